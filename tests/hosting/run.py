#!/usr/bin/env python3
"""The release as a company would run it: `make dist`'s archive unpacked into an empty folder, two
`icp serve --site` instances from it, and real nginx on loopback publishing the handbook at /handbook/
with the archive's own nginx configuration.

Checks through the proxy: the home page and a province page with every link they hold, search from the
page (headless Chromium), the checker's form and its downloads, the 404 page, /api/check with the
cross-site check; forwarded headers from an untrusted address are ignored; killing one instance loses no
request. Usage: tests/hosting/run.py --icp .build/debug/icp (packages that binary; no release build).
Prints `hosting: N passed, N failed` and exits 1 on any failure.
"""
import argparse
import glob
import html.parser
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse

try:
    import selenium  # noqa: F401
except ImportError:
    # Debian's python3-selenium belongs to the system Python; another python3 may come first on PATH.
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PREFIX = "/handbook/"


class Failure(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, body=None, headers=None, source=None):
    """(status, headers, body) of one request on a fresh connection, optionally from `source` (an address)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0) if source else None)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def wait_ready(port, path, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if request(port, "GET", path)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise Failure(f"nothing answered {path} on port {port} within {seconds} s")


class Links(html.parser.HTMLParser):
    """Every href and src of a page, and the form actions."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "action", "formaction") and value is not None:
                self.urls.append((tag, name, value))


class Deployment:
    """The unpacked archive, its two instances and nginx, all in one temporary folder."""

    def __init__(self, icp, work):
        self.work = work
        archive = subprocess.run([os.path.join(REPO, "deploy", "make-dist.sh")], cwd=REPO, check=True, capture_output=True, text=True,
                                 env={**os.environ, "ICP_BINARY": os.path.abspath(icp), "DIST_DIR": os.path.join(work, "dist")}).stdout.strip()
        self.root = os.path.join(work, "installed")
        os.makedirs(self.root)
        subprocess.run(["tar", "-xzf", archive, "-C", self.root], check=True)
        self.release = os.path.join(self.root, "icp-handbook")
        self.site = os.path.join(self.release, "site")
        self.ports = [free_port(), free_port()]
        self.nginx_port = free_port()
        self.instances = [self.start_instance(port) for port in self.ports]
        self.nginx = self.start_nginx()

    def start_instance(self, port):
        log = open(os.path.join(self.work, f"instance-{port}.log"), "w")
        # From an empty folder: nothing of the checkout is within reach.
        process = subprocess.Popen(
            [os.path.join(self.release, "bin", "icp"), "serve", "--site", self.site, "--port", str(port),
             "--trusted-proxy", "127.0.0.1", "--log-format", "json", "--metrics"],
            cwd=self.root, stdout=log, stderr=log)
        wait_ready(port, "/healthz/ready")
        return process

    def log_lines(self, port):
        time.sleep(0.2)  # the log is written every 50 ms
        with open(os.path.join(self.work, f"instance-{port}.log")) as f:
            return [json.loads(line) for line in f if line.startswith("{")]

    def start_nginx(self):
        conf = os.path.join(self.work, "conf")
        os.makedirs(conf)
        for path in glob.glob(os.path.join(self.release, "nginx", "*.conf")):
            text = open(path).read()
            text = text.replace("/opt/icp-handbook/site/", self.site + "/").replace("/etc/nginx/snippets/", conf + "/")
            text = text.replace("127.0.0.1:8081", f"127.0.0.1:{self.ports[0]}").replace("127.0.0.1:8082", f"127.0.0.1:{self.ports[1]}")
            open(os.path.join(conf, os.path.basename(path)), "w").write(text)
        temp = os.path.join(self.work, "nginx-temp")
        os.makedirs(temp)
        main = os.path.join(self.work, "nginx.conf")
        open(main, "w").write(f"""
daemon off;
worker_processes 1;
pid {self.work}/nginx.pid;
error_log {self.work}/nginx-error.log warn;
events {{ worker_connections 512; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {self.work}/nginx-access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {conf}/icp-handbook-upstream.conf;
    server {{
        listen 127.0.0.1:{self.nginx_port};
        server_name localhost;
        include {conf}/icp-handbook-locations.conf;
    }}
}}
""")
        process = subprocess.Popen(["nginx", "-p", self.work, "-c", main, "-e", os.path.join(self.work, "nginx-error.log")],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_ready(self.nginx_port, PREFIX)
        return process

    def get(self, path, **kwargs):
        return request(self.nginx_port, "GET", path, **kwargs)

    def stop(self):
        for process in [self.nginx, *self.instances]:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()


def links_resolve(d, page):
    """Every relative link of `page` stays under the prefix and answers 200 through the proxy."""
    status, _, body = d.get(page)
    check(status == 200, f"{page}: {status}")
    parser = Links()
    parser.feed(body.decode())
    checked = 0
    for tag, attribute, value in parser.urls:
        url = urllib.parse.urljoin(page, value)
        parts = urllib.parse.urlsplit(url)
        if parts.scheme or value.startswith("#") or value.startswith("data:") or attribute in ("action", "formaction"):
            continue
        check(parts.path.startswith(PREFIX), f"{page}: {tag} {attribute}={value} leaves {PREFIX}")
        status, _, _ = d.get(parts.path + ("?" + parts.query if parts.query else ""))
        check(status == 200, f"{page}: {tag} {attribute}={value} ({parts.path}) answers {status}")
        checked += 1
    check(checked > 10, f"{page}: only {checked} links")
    return body.decode()


EXAMPLE = [
    ("entity.type", "organization"), ("entity.name", "杭州某某科技有限公司"), ("entity.province", "zhejiang"),
    ("websites.0.name", "12345"), ("websites.0.domains.0.name", "example.com"), ("websites.0.content", "general"),
]


def form_body(pairs):
    return urllib.parse.urlencode(pairs).encode()


def test_pages(d):
    status, headers, _ = d.get("/handbook")
    check(status == 301 and headers.get("location") == PREFIX, f"/handbook: {status} {headers.get('location')}")
    home = links_resolve(d, PREFIX)
    check("ICP" in home, "the home page has no title")
    links_resolve(d, PREFIX + "regions/zhejiang/")
    status, headers, _ = d.get(PREFIX + "naming/")
    check("content-security-policy" in headers and headers.get("cache-control") == "no-cache", f"static headers: {headers}")
    status, headers, body = d.get(PREFIX + "no/such/page/")
    check(status == 404 and b'<base href="/handbook/">' in body, f"404 page: {status}")


def test_search(d):
    status, _, body = d.get(PREFIX + "search-index.js")
    check(status == 200 and "备案".encode() in body, "the search index is not served")
    sys.path.insert(0, os.path.join(REPO, "tests", "browser"))
    try:
        from harness import chromium, wait_for
        from selenium.webdriver.common.by import By
    except ImportError:
        print("hosting: search in the browser skipped (no Selenium)")
        return
    driver = chromium()
    try:
        driver.get(f"http://127.0.0.1:{d.nginx_port}{PREFIX}search/index.html?q=domain")
        wait_for(driver, lambda drv: drv.find_elements(By.CSS_SELECTOR, "#search-results .search-result"), message="no search results under /handbook/")
        first = driver.find_element(By.CSS_SELECTOR, "#search-results a[href]").get_attribute("href")
        check(urllib.parse.urlsplit(first).path.startswith(PREFIX), f"a search result leaves the prefix: {first}")
        driver.get(f"http://127.0.0.1:{d.nginx_port}{PREFIX}check/")
        wait_for(driver, lambda drv: drv.find_elements(By.CSS_SELECTOR, "form.checker-form"), message="no form under /handbook/check/")
        errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        check(not errors, f"console errors on the form: {errors}")
    finally:
        driver.quit()


def test_form(d):
    status, headers, _ = d.get("/handbook/check")
    check(status == 301 and urllib.parse.urljoin("/handbook/check", headers.get("location", "")) == PREFIX + "check/",
          f"/handbook/check: {status} {headers.get('location')}")
    page = links_resolve(d, PREFIX + "check/")
    check('action="report"' in page, "the form's action is not relative")
    origin = {"Origin": f"http://127.0.0.1:{d.nginx_port}", "Content-Type": "application/x-www-form-urlencoded"}
    status, headers, _ = request(d.nginx_port, "POST", PREFIX + "check/report", form_body(EXAMPLE), origin)
    location = headers.get("location", "")
    check(status == 303 and location.startswith("report?d="), f"posting the form: {status} {location}")
    # The report's address holds the draft: any instance answers it, in HTML and in JSON.
    status, _, body = d.get(PREFIX + "check/" + location)
    check(status == 200 and b"all-digits" in body, f"the report's address: {status}")
    status, _, body = d.get(PREFIX + "check/" + location.replace("report?", "report.json?", 1))
    check(status == 200 and json.loads(body)["verdict"] == "fail", f"the report's JSON address: {status}")
    for download, kind in (("draft.yaml", b"entity:"), ("report.json", b'"verdict"')):
        status, headers, body = request(d.nginx_port, "POST", PREFIX + "check/" + download, form_body(EXAMPLE), origin)
        check(status == 200 and kind in body and "attachment" in headers.get("content-disposition", ""), f"{download}: {status}")
    status, _, _ = request(d.nginx_port, "POST", PREFIX + "check/report", form_body(EXAMPLE), {**origin, "Origin": "http://evil.example"})
    check(status == 403, f"a cross-site form post got {status}")


def test_api(d):
    body = json.dumps({"entity": {"type": "individual", "name": "李明", "province": "zhejiang"},
                       "websites": [{"name": "2026", "domains": [{"name": "liming.cn"}]}]}).encode()
    json_type = {"Content-Type": "application/json"}
    status, headers, reply = request(d.nginx_port, "POST", PREFIX + "api/check", body, json_type)
    check(status == 200, f"/api/check: {status} {reply[:200]}")
    report = json.loads(reply)
    check(report["verdict"] == "fail" and any(f["rule"] == "name/all-digits" for f in report["findings"]), f"report: {report['verdict']}")
    status, _, _ = request(d.nginx_port, "POST", PREFIX + "api/check", body, {**json_type, "Origin": f"http://127.0.0.1:{d.nginx_port}"})
    check(status == 200, f"a same-site API post through the proxy got {status}")
    status, _, _ = request(d.nginx_port, "POST", PREFIX + "api/check", body, {**json_type, "Origin": "http://evil.example"})
    check(status == 403, f"a cross-site API post got {status}")
    status, _, rules = d.get(PREFIX + "api/rules")
    check(status == 200 and b"name/all-digits" in rules, f"/api/rules: {status}")


def test_spoofed_forwarding(d):
    spoof = {"X-Forwarded-For": "203.0.113.66", "X-Request-Id": "spoofed-id", "X-Forwarded-Host": "evil.example"}
    # Through nginx: it replaces X-Forwarded-For and X-Request-Id with its own.
    status, _, _ = d.get(PREFIX + "check/", headers=spoof)
    check(status == 200, f"through the proxy: {status}")
    # Straight to an instance from 127.0.0.3, which it does not trust: the headers are ignored.
    port = d.ports[0]
    status, _, _ = request(port, "GET", "/check/", headers={**spoof, "X-Forwarded-For": "203.0.113.77"}, source="127.0.0.3")
    check(status == 200, f"a spoofed X-Forwarded-Host from an untrusted address was not ignored: {status}")
    lines = [line for p in d.ports for line in d.log_lines(p) if line.get("path") == "/check/"]
    clients = {line.get("client") for line in lines}
    check("203.0.113.66" not in clients and "203.0.113.77" not in clients, f"a spoofed address reached the log: {clients}")
    check("127.0.0.3" in clients, f"the untrusted client is not logged by its own address: {clients}")
    ids = {line.get("request_id") for line in lines}
    check("spoofed-id" not in ids and any(i and len(i) == 32 for i in ids), f"request ids: {ids}")


def test_instance_loss(d):
    body = json.dumps({"entity": {"type": "individual", "name": "李明", "province": "zhejiang"}}).encode()
    results, stop = [], threading.Event()

    def load():
        while not stop.is_set():
            try:
                status, _, _ = request(d.nginx_port, "POST", PREFIX + "api/check", body, {"Content-Type": "application/json"})
            except OSError as error:
                status = str(error)
            results.append(status)
            status, _, _ = d.get(PREFIX + "check/")
            results.append(status)

    workers = [threading.Thread(target=load) for _ in range(4)]
    for worker in workers:
        worker.start()
    time.sleep(1.0)
    d.instances[0].send_signal(signal.SIGKILL)
    killed_at = len(results)
    time.sleep(2.0)
    stop.set()
    for worker in workers:
        worker.join()
    check(len(results) > killed_at + 20, f"too few requests after the kill: {len(results) - killed_at}")
    lost = [r for r in results if r not in (200, 400)]
    check(not lost, f"{len(lost)} of {len(results)} requests lost after an instance was killed: {lost[:5]}")


TESTS = [test_pages, test_search, test_form, test_api, test_spoofed_forwarding, test_instance_loss]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--icp", required=True)
    args = parser.parse_args()
    if not shutil.which("nginx"):
        print("hosting: nginx is missing (make hosting-deps installs it)")
        return 1
    work = tempfile.mkdtemp(prefix="icp-hosting-")
    os.chmod(work, 0o755)  # nginx's workers run as another user when the test runs as root
    passed = failed = 0
    deployment = None
    try:
        deployment = Deployment(args.icp, work)
        for test in TESTS:
            try:
                test(deployment)
                passed += 1
                print(f"ok   {test.__name__}")
            except Exception:
                failed += 1
                print(f"FAIL {test.__name__}")
                traceback.print_exc()
    except Exception:
        failed += 1
        traceback.print_exc()
        for log in glob.glob(os.path.join(work, "*.log")):
            print(f"--- {os.path.basename(log)}")
            print(open(log).read()[-3000:])
    finally:
        if deployment:
            deployment.stop()
        if not failed:
            shutil.rmtree(work, ignore_errors=True)
    print(f"hosting: {passed} passed, {failed} failed" + (f" (logs in {work})" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
