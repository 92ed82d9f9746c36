"""Shared pieces of the browser tests: the built site, headless Chromium, the local server."""
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ALLOWED_SCHEMES = ("file:", "data:", "about:", "chrome:", "devtools:")


class Failure(AssertionError):
    """A check that did not hold."""


def check(condition, message):
    if not condition:
        raise Failure(message)


def build_site(icp, root, work):
    """Builds the site with the debug icp into `work/public`, beside links to the checkout's sources.

    The server then serves that folder, so neither test touches the checkout's committed public/.
    """
    for name in ("content", "theme", "site.yaml"):
        if os.path.exists(os.path.join(root, name)):
            os.symlink(os.path.join(os.path.abspath(root), name), os.path.join(work, name))
    out = os.path.join(work, "public")
    result = subprocess.run([icp, "build", "--root", work, "--out", out, "--quiet"], capture_output=True, text=True)
    if result.returncode != 0:
        raise Failure("icp build failed:\n" + (result.stderr or result.stdout)[-4000:])
    return out


def chromium(width=1280, height=900):
    """Headless Chromium with console and network logging turned on."""
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--no-first-run", "--disable-extensions", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-default-apps",
                 "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US",
                 f"--window-size={width},{height}"):
        options.add_argument(flag)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    return driver


def set_width(driver, width, height=900):
    """Resizes the viewport (not the window) so screenshots are exactly `width` wide."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def console_errors(driver):
    """Severe console entries since the last call."""
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def requested_urls(driver):
    """URLs the browser asked for since the last call."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def outside_requests(urls, allowed_prefixes=()):
    return [u for u in urls if not u.startswith(ALLOWED_SCHEMES) and not u.startswith(tuple(allowed_prefixes))]


def wait_for(driver, condition, seconds=10, message="timed out"):
    try:
        return WebDriverWait(driver, seconds).until(lambda d: condition(d))
    except Exception as error:
        raise Failure(f"{message} (url {driver.current_url})") from error


def visible_text(driver, selector):
    return " ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, selector))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`icp serve --no-build` on a free loopback port, serving `root/public` (a temporary root, not the checkout)."""

    def __init__(self, icp, root):
        self.icp, self.root = icp, root
        self.port = free_port()
        self.process = None
        self.log = tempfile.TemporaryFile()

    @staticmethod
    def help_text(icp):
        """The serve command's --help, or None when the command does not exist yet."""
        result = subprocess.run([icp, "serve", "--help"], capture_output=True, text=True)
        return result.stdout if result.returncode == 0 else None

    def start(self):
        args = [self.icp, "serve", "--root", self.root, "--port", str(self.port), "--no-build"]
        self.process = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise Failure("icp serve exited early:\n" + self.output())
            try:
                with urllib.request.urlopen(self.url("check"), timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        raise Failure("icp serve did not answer GET /check within 60 s:\n" + self.output())

    def url(self, path=""):
        return f"http://127.0.0.1:{self.port}/{path}"

    def output(self):
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-3000:]

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def file_url(site, path="index.html", query=""):
    url = "file://" + os.path.abspath(os.path.join(site, path))
    return url + (("?" + query) if query else "")
