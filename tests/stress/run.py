#!/usr/bin/env python3
"""Longer attacks against the release `icp serve` on 127.0.0.1 (make stress; not part of make test).

Each attack reports the server's resident memory and open descriptors before, during (the highest sampled)
and after. Prints a Markdown table and, with --write, replaces the "Stress" section of bench/results.md.
"""
import argparse, os, resource, selectors, signal, socket, subprocess, threading, time, urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GET = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
STALLED = b"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"entity\":"


class Server:
    def __init__(self, binary):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen([binary, "serve", "--no-build", "--root", REPO, "--port", str(self.port)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if self.health() == 200:
                return
            time.sleep(0.1)
        raise SystemExit("icp serve did not start")

    def health(self):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2) as reply:
                return reply.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            return None

    def usage(self):
        """Resident memory in MiB and open descriptors."""
        with open(f"/proc/{self.process.pid}/status") as status:
            rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
        return rss / 1024, len(os.listdir(f"/proc/{self.process.pid}/fd"))


class Sampler:
    """Samples the server every 0.2 s while an attack runs and keeps the highest figures."""
    def __init__(self, server):
        self.server, self.peak, self.running = server, (0, 0), True
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while self.running:
            rss, fds = self.server.usage()
            self.peak = (max(self.peak[0], rss), max(self.peak[1], fds))
            time.sleep(0.2)

    def stop(self):
        self.running = False
        self.thread.join()
        return self.peak


def pipelined(server, count):
    """One connection sends `count` pipelined GETs and reads nothing."""
    connection = socket.create_connection(("127.0.0.1", server.port))
    connection.setblocking(False)
    batch, sent, stalled_since = GET * 1000, 0, None
    start = time.time()
    while sent < count * len(GET) and time.time() - start < 30:
        try:
            sent += connection.send(batch[: min(len(batch), count * len(GET) - sent)])
            stalled_since = None
        except BlockingIOError:
            stalled_since = stalled_since or time.time()
            if time.time() - stalled_since > 3:
                break  # the server stopped reading
            time.sleep(0.01)
    note = f"{sent // len(GET):,} of {count:,} requests accepted before the server stopped reading"
    time.sleep(1)
    return connection, note


def stalled_bodies(server, count):
    """`count` connections each send a POST head and a tenth of the body they announce, then wait."""
    sockets, refused, failed = [], 0, 0
    for index in range(count):
        try:
            connection = socket.create_connection(("127.0.0.1", server.port), timeout=5)
            connection.sendall(STALLED)
            sockets.append(connection)
        except OSError:
            failed += 1
    time.sleep(2)
    health = server.health()
    selector = selectors.DefaultSelector()
    for connection in sockets:
        connection.setblocking(False)
        selector.register(connection, selectors.EVENT_READ)
    answers = {}
    deadline = time.time() + 45
    while time.time() < deadline and len(answers) < len(sockets):
        for key, _ in selector.select(timeout=0.5):
            try:
                data = key.fileobj.recv(4096)
            except OSError:
                data = b""
            status = data[9:12].decode(errors="replace") if data.startswith(b"HTTP/1.1") else "closed"
            answers[key.fileobj] = status
            selector.unregister(key.fileobj)
    counts = {}
    for status in answers.values():
        counts[status] = counts.get(status, 0) + 1
    summary = ", ".join(f"{n:,} × {s}" for s, n in sorted(counts.items()))
    open_left = len(sockets) - len(answers)
    return sockets, f"{len(sockets):,} opened ({failed:,} failed to connect): {summary}; {open_left:,} still open after 45 s; /healthz {health} while they were open"


def soak(server, seconds):
    """Eight keep-alive clients mixing pages, the API and slow heads for `seconds`."""
    done, stop = [0], time.time() + seconds
    draft = (b'{"entity": {"type": "organization", "name": "\xe6\x9d\xad\xe5\xb7\x9e\xe6\x9f\x90\xe6\x9f\x90\xe7\xa7\x91\xe6\x8a\x80\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8", '
             b'"province": "zhejiang"}, "websites": [{"name": "12345", "domains": [{"name": "example.com"}]}]}')

    def client(kind):
        connection = None
        while time.time() < stop:
            try:
                connection = connection or socket.create_connection(("127.0.0.1", server.port), timeout=5)
                if kind == "slow":
                    connection.sendall(b"GET / HTTP/1.1\r\nHost: 1")
                    time.sleep(1)
                    connection.close()
                    connection = None
                    continue
                request = GET if kind == "page" else (
                    b"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + str(len(draft)).encode() + b"\r\n\r\n" + draft)
                connection.sendall(request)
                head = b""
                while b"\r\n\r\n" not in head:
                    head += connection.recv(65536)
                length = int(next(l for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")).split(b":")[1])
                body = head.split(b"\r\n\r\n", 1)[1]
                while len(body) < length:
                    body += connection.recv(65536)
                done[0] += 1
            except (OSError, StopIteration, ValueError):
                connection = None
    threads = [threading.Thread(target=client, args=(kind,)) for kind in ["page"] * 4 + ["api"] * 2 + ["slow"] * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return None, f"{done[0]:,} requests answered in {seconds} s"


def shutdown(server, count):
    """SIGTERM while `count` clients stall their bodies: seconds until the process exits."""
    sockets = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(count)]
    for connection in sockets:
        connection.sendall(STALLED)
    time.sleep(0.5)
    start = time.time()
    server.process.send_signal(signal.SIGTERM)
    try:
        server.process.wait(timeout=60)
        return sockets, f"exited {time.time() - start:.2f} s after SIGTERM with {count} stalled clients"
    except subprocess.TimeoutExpired:
        server.process.kill()
        return sockets, f"still running 60 s after SIGTERM with {count} stalled clients"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--icp", default=os.path.join(REPO, ".build/release/icp"))
    parser.add_argument("--pipelined", type=int, default=1_000_000)
    parser.add_argument("--stalled", type=int, default=20_000)
    parser.add_argument("--soak", type=int, default=60)
    parser.add_argument("--write", action="store_true", help="write the table into bench/results.md")
    options = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    stalled = min(options.stalled, hard - 200)

    server = Server(options.icp)
    rows = []
    attacks = [
        (f"{options.pipelined:,} pipelined GET / on one connection, nothing read", lambda: pipelined(server, options.pipelined)),
        (f"{stalled:,} POSTs whose body never ends", lambda: stalled_bodies(server, stalled)),
        (f"{options.soak} s soak: 4 page clients, 2 API clients, 2 slow heads", lambda: soak(server, options.soak)),
    ]
    for name, attack in attacks:
        before = server.usage()
        sampler = Sampler(server)
        held, note = attack()
        peak = sampler.stop()
        health_during = server.health()
        if held is not None:
            for connection in held if isinstance(held, list) else [held]:
                connection.close()
        time.sleep(3)
        after = server.usage()
        rows.append((name, before, peak, after, f"{note}; /healthz {health_during} at the end of the attack, {server.health()} after"))
        print(rows[-1], flush=True)
    before = server.usage()
    _, note = shutdown(server, 100)
    rows.append(("SIGTERM with 100 stalled bodies", before, before, (0, 0), note))

    table = ["| attack | RSS MiB before / peak / after | descriptors before / peak / after | what happened |", "|---|---|---|---|"]
    for name, before, peak, after, note in rows:
        table.append(f"| {name} | {before[0]:.0f} / {peak[0]:.0f} / {after[0]:.0f} | {before[1]} / {peak[1]} / {after[1]} | {note} |")
    text = "\n".join(table)
    print(text)
    if options.write:
        path = os.path.join(REPO, "bench/results.md")
        content = open(path).read()
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO).stdout.strip()
        section = (f"## Stress\n\n`make stress` (tests/stress/run.py) at {commit}, release build, {os.cpu_count()} cores, "
                   f"descriptor limit {hard:,}; \"after\" is 3 s after the attacking connections closed.\n\n{text}\n")
        if "## Stress\n" in content:
            start = content.index("## Stress\n")
            end = content.find("\n## ", start + 1)
            content = content[:start] + section + (content[end + 1:] if end >= 0 else "")
        else:
            content = content.rstrip("\n") + "\n\n" + section
        open(path, "w").write(content)


if __name__ == "__main__":
    main()
