"""The Chinese edition from file://: the language switch, the remembered choice, search in each edition."""
import os
import urllib.parse

from selenium.webdriver.common.by import By

from harness import check, console_errors, file_url, outside_requests, requested_urls, set_width, wait_for

KEY = "icp-language"


def forget(d, ctx):
    d.get(file_url(ctx.site))
    d.execute_script("localStorage.removeItem(arguments[0])", KEY)


def assert_clean(ctx, where):
    errors = console_errors(ctx.driver)
    check(not errors, f"console errors on {where}: {errors}")
    outside = outside_requests(requested_urls(ctx.driver))
    check(not outside, f"requests leaving the site on {where}: {outside}")


def test_switch_language_on_a_province_page(ctx):
    d = ctx.driver
    forget(d, ctx)
    console_errors(d)
    requested_urls(d)
    d.get(file_url(ctx.site, "regions/hubei/index.html"))
    switch = d.find_elements(By.CSS_SELECTOR, ".language-switch a[data-language='zh-CN']")
    check(switch and switch[0].is_displayed(), "no visible switch to Chinese in the header")
    switch[0].click()
    wait_for(d, lambda d: d.current_url.endswith("zh-CN/regions/hubei/index.html"), message="the switch did not open the Chinese Hubei page")
    check(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN", "the Chinese page is not lang=zh-CN")
    check("湖北" in d.find_element(By.TAG_NAME, "h1").text, "the Chinese province page has no 湖北 heading")
    check("地区" in d.find_element(By.CSS_SELECTOR, ".breadcrumbs").text, "the breadcrumbs are not in Chinese")
    # The choice is remembered: an English page opened later goes to its Chinese version.
    d.get(file_url(ctx.site, "basics/index.html"))
    wait_for(d, lambda d: d.current_url.endswith("zh-CN/basics/index.html"), message="the remembered Chinese was not applied to another page")
    d.find_element(By.CSS_SELECTOR, ".language-switch a[data-language='en']").click()
    wait_for(d, lambda d: d.current_url.endswith("/basics/index.html") and "zh-CN" not in d.current_url, message="the switch did not lead back to English")
    check(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "the English page is not lang=en")
    d.get(file_url(ctx.site, "regions/hubei/index.html"))
    check("zh-CN" not in d.current_url, "English was not remembered")
    assert_clean(ctx, "the language switch")
    forget(d, ctx)


def search(d, site, path, query):
    d.get(file_url(site, path, "q=" + urllib.parse.quote(query)))
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"), message=f"no results for {query} on {path}")
    return [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "#search-results .search-result")]


def test_search_in_each_edition(ctx):
    d = ctx.driver
    forget(d, ctx)
    for query in ("前置审批", "residence permit"):
        english = search(d, ctx.site, "search/index.html", query)
        check(all("/zh-CN/" not in h for h in english), f"{query}: the English search leads into the Chinese edition: {english[:3]}")
        chinese = search(d, ctx.site, "zh-CN/search/index.html", query)
        check(all("/zh-CN/" in h for h in chinese), f"{query}: the Chinese search leads out of the Chinese edition: {chinese[:3]}")
        status = d.find_element(By.ID, "search-status").text
        check("个页面" in status, f"{query}: the Chinese search status is not in Chinese: {status}")
    hits = search(d, ctx.site, "zh-CN/search/index.html", "前置审批")
    check(any("/zh-CN/pre-approval/" in h for h in hits[:5]), f"前置审批: no pre-approval page in the Chinese top five: {hits[:5]}")
    hits = search(d, ctx.site, "zh-CN/search/index.html", "居住证")
    check(hits, "居住证 finds nothing in the Chinese edition")


def test_chinese_not_found_page(ctx):
    d = ctx.driver
    forget(d, ctx)
    d.get(file_url(ctx.site, "zh-CN/404.html"))
    check(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN", "the Chinese 404 page is not lang=zh-CN")
    check("找不到页面" in d.find_element(By.TAG_NAME, "h1").text, "the Chinese 404 page has no Chinese heading")
    links = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "main a")]
    check(links and all("/zh-CN/" in h for h in links), f"the Chinese 404 page links out of the edition: {links[:3]}")


def test_chinese_screenshots(ctx):
    d = ctx.driver
    forget(d, ctx)
    shots = {
        "zh-home": file_url(ctx.site, "zh-CN/index.html"),
        "zh-province": file_url(ctx.site, "zh-CN/regions/hubei/index.html"),
        "zh-search": file_url(ctx.site, "zh-CN/search/index.html", "q=" + urllib.parse.quote("前置审批")),
    }
    for width in (1280, 390):
        set_width(d, width)
        for name, url in shots.items():
            d.get(url)
            if name == "zh-search":
                wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"), message="no search results to capture")
            d.save_screenshot(os.path.join(ctx.artifacts, f"{name}-{width}.png"))
    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


TESTS = [test_switch_language_on_a_province_page, test_search_in_each_edition, test_chinese_not_found_page, test_chinese_screenshots]
