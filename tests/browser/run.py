#!/usr/bin/env python3
"""Browser tests in headless Chromium: the site from file://, the checker through `icp serve`, screenshots.

Prints `browser: N passed, N failed` (", N skipped" when the server is not available) and exits 1 on any failure.
"""
import argparse
import os
import shutil
import sys
import tempfile
import traceback
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import selenium  # noqa: F401
except ImportError:
    # Debian's python3-selenium belongs to the system Python; another python3 may come first on PATH.
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    raise

import checker_tests  # noqa: E402
import language_tests  # noqa: E402
import site_tests  # noqa: E402
from harness import Failure, Server, build_site, chromium, file_url, set_width, wait_for  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WIDTHS = (1280, 390)


class Context:
    def __init__(self, driver, site, artifacts, server=None):
        self.driver, self.site, self.artifacts, self.server = driver, site, artifacts, server
        self.screenshot_checker = False


def take_screenshots(ctx):
    """Home, a province, search results and (with the server) a checker report at each width."""
    d = ctx.driver
    shots = {
        "home": file_url(ctx.site),
        "regions": file_url(ctx.site, "regions/index.html"),
        "province": file_url(ctx.site, "regions/hubei/index.html"),
        "search": file_url(ctx.site, "search/index.html", "q=" + urllib.parse.quote("domain 域名")),
    }
    for width in WIDTHS:
        set_width(d, width)
        for theme in ("light", "dark"):
            d.get(shots["home"])
            d.execute_script("localStorage.setItem('icp-theme', arguments[0])", theme)
            for name, url in shots.items():
                d.get(url)
                if name == "search":
                    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"), message="no search results to capture")
                save(d, os.path.join(ctx.artifacts, f"{name}-{width}-{theme}.png"))
        d.execute_script("localStorage.removeItem('icp-theme')")
        if ctx.server:
            d.get(ctx.server.url("check"))
            checker_tests.fill(d, checker_tests.FAILING)
            d.find_element(By.CSS_SELECTOR, "form.checker-form button.checker-submit").click()
            wait_for(d, lambda d: "all-digits" in d.page_source, message="no checker report to capture")
            save(d, os.path.join(ctx.artifacts, f"checker-report-{width}.png"))
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def save(driver, path):
    height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 6000)")
    width = driver.execute_script("return window.innerWidth")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.save_screenshot(path)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--icp", default=os.path.join(REPO, ".build/debug/icp"))
    parser.add_argument("--root", default=REPO)
    parser.add_argument("--artifacts", default=os.path.join(REPO, "test-artifacts"))
    args = parser.parse_args()
    icp = os.path.abspath(args.icp)
    os.makedirs(args.artifacts, exist_ok=True)
    passed = failed = skipped = 0

    def run(test, ctx):
        nonlocal passed, failed
        try:
            test(ctx)
            passed += 1
            print(f"PASS {test.__name__}")
        except Exception as error:  # a test's own failure or a WebDriver error: report it and go on
            failed += 1
            detail = str(error) if isinstance(error, Failure) else traceback.format_exc(limit=3)
            print(f"FAIL {test.__name__}: {detail}")

    work = tempfile.mkdtemp(prefix="icp-browser-")
    server = driver = None
    try:
        site = build_site(icp, args.root, work)
        driver = chromium()
        ctx = Context(driver, site, args.artifacts)
        for test in site_tests.TESTS + language_tests.TESTS:
            run(test, ctx)
        if Server.help_text(icp) is None:
            skipped += len(checker_tests.TESTS)
            print("SKIP checker tests: this icp has no `serve` command yet")
        else:
            try:
                server = Server(icp, work).start()
                ctx.server = server
                for test in checker_tests.TESTS:
                    run(test, ctx)
            except Failure as error:
                failed += len(checker_tests.TESTS)
                print(f"FAIL checker tests: {error}")
                server = None
                ctx.server = None
        run(take_screenshots, ctx)
    except Exception as error:
        failed += 1
        print(f"FAIL setup: {error}")
    finally:
        if driver:
            driver.quit()
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"browser: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
