"""The built site opened from file://: navigation, search in English and Chinese, no errors, nothing fetched from outside."""
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from harness import check, console_errors, file_url, outside_requests, requested_urls, visible_text, wait_for


def clean_logs(ctx):
    console_errors(ctx.driver)
    requested_urls(ctx.driver)


def assert_clean(ctx, where):
    errors = console_errors(ctx.driver)
    check(not errors, f"console errors on {where}: {errors}")
    outside = outside_requests(requested_urls(ctx.driver))
    check(not outside, f"requests leaving the site on {where}: {outside}")


def test_home_page_has_landmarks_and_search_box(ctx):
    d = ctx.driver
    clean_logs(ctx)
    d.get(file_url(ctx.site))
    check(d.find_elements(By.CSS_SELECTOR, "a.skip-link[href='#main']"), "no skip link")
    for landmark in ("header.site-header", "nav#sidebar", "main#main", "form[role=search]", "footer.site-footer"):
        check(d.find_elements(By.CSS_SELECTOR, landmark), f"no {landmark} on the home page")
    levels = [int(h.tag_name[1]) for h in d.find_elements(By.CSS_SELECTOR, "main h1, main h2, main h3, main h4")]
    check(levels and levels[0] == 1, "the home page does not start with an h1")
    check(all(b - a <= 1 for a, b in zip(levels, levels[1:])), f"headings skip a level: {levels}")
    for element in d.find_elements(By.CSS_SELECTOR, "[href], [src]"):
        value = element.get_attribute("outerHTML").split(">")[0]
        check(' href="/' not in value and ' src="/' not in value, f"root-relative URL: {value}")
    assert_clean(ctx, "the home page")


def test_navigation_to_a_province_and_back(ctx):
    d = ctx.driver
    clean_logs(ctx)
    d.get(file_url(ctx.site))
    regions = [a for a in d.find_elements(By.CSS_SELECTOR, ".nav-tree a") if a.text.strip() == "Regions"]
    check(regions, "no Regions link in the sidebar")
    regions[0].click()
    wait_for(d, lambda d: d.current_url.endswith("regions/index.html"), message="Regions did not open")
    hubei = d.find_elements(By.CSS_SELECTOR, "main a[href$='hubei/index.html']")
    check(hubei, "the Regions page has no link to Hubei")
    hubei[0].click()
    wait_for(d, lambda d: "regions/hubei/index.html" in d.current_url, message="Hubei did not open")
    check("Hubei" in d.find_element(By.TAG_NAME, "h1").text, "the province page has no Hubei heading")
    check(d.find_elements(By.CSS_SELECTOR, ".nav-tree a[aria-current=page]"), "the sidebar does not mark the current page")
    check("Regions" in visible_text(d, ".breadcrumbs"), "no breadcrumbs to Regions")
    check(d.find_elements(By.CSS_SELECTOR, ".page-meta .reviewed time"), "no reviewed date at the end of the page")
    check(d.find_elements(By.CSS_SELECTOR, ".prev-next a[rel=prev]"), "no previous link")
    crumb = [a for a in d.find_elements(By.CSS_SELECTOR, ".breadcrumbs a") if a.text.strip() == "Regions"]
    crumb[0].click()
    wait_for(d, lambda d: d.current_url.endswith("regions/index.html"), message="the breadcrumb did not lead back")
    d.back()
    wait_for(d, lambda d: "regions/hubei/" in d.current_url, message="history back did not return to Hubei")
    assert_clean(ctx, "the navigation path")


def test_english_search_from_the_header(ctx):
    d = ctx.driver
    clean_logs(ctx)
    d.get(file_url(ctx.site, "basics/index.html"))
    d.find_element(By.TAG_NAME, "body").send_keys("/")
    box = d.switch_to.active_element
    check(box.get_attribute("id") == "site-search-input", "`/` did not focus the search box")
    box.send_keys("domain validity")
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#site-search-popup .search-result"), message="no results as you type")
    check(d.find_elements(By.CSS_SELECTOR, "#site-search-popup mark"), "matched words are not highlighted")
    first = d.find_element(By.CSS_SELECTOR, "#site-search-popup .search-result").get_attribute("href")
    box.send_keys(Keys.ARROW_DOWN)
    check(d.find_element(By.CSS_SELECTOR, "#site-search-popup .search-result").get_attribute("aria-selected") == "true", "↓ did not select the first result")
    box.send_keys(Keys.ENTER)
    wait_for(d, lambda d: d.current_url == first, message="Enter did not open the result")
    check("domain" in d.page_source.lower(), "the opened result does not mention domains")
    assert_clean(ctx, "English search")


def test_chinese_search_page(ctx):
    d = ctx.driver
    clean_logs(ctx)
    expectations = {"前置审批": "pre-approval/", "湖北": "regions/hubei/", "个人网站": "naming/individual-websites/"}
    for query, page in expectations.items():
        d.get(file_url(ctx.site, "search/index.html", "q=" + urllib.parse.quote(query)))
        wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"), message=f"no results for {query}")
        hrefs = [a.get_attribute("href") for a in d.find_elements(By.CSS_SELECTOR, "#search-results .search-result")[:5]]
        check(any("/public/" + page in h for h in hrefs), f"{query}: nothing under {page} in the top five: {hrefs}")
        check(d.find_elements(By.CSS_SELECTOR, "#search-results mark"), f"{query}: nothing highlighted")
        check(d.find_elements(By.CSS_SELECTOR, "#search-results .result-section"), f"{query}: results do not name their section")
    box = d.find_element(By.ID, "search-page-input")
    box.clear()
    box.send_keys("前置审批")
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"), message="typing on the search page found nothing")
    link = d.find_element(By.CSS_SELECTOR, "#search-results .search-result")
    target = link.get_attribute("href")
    link.click()
    wait_for(d, lambda d: d.current_url == target, message="the result did not open")
    if "#" in target:
        anchor = target.split("#", 1)[1]
        check(d.find_elements(By.ID, urllib.parse.unquote(anchor)), f"the result's anchor #{anchor} is not on the page")
    assert_clean(ctx, "Chinese search")


def test_search_page_without_javascript_lists_sections(ctx):
    html = open(ctx.site + "/search/index.html", encoding="utf-8").read()
    check("<noscript>" in html and "JavaScript" in html, "the search page does not explain that search needs JavaScript")
    for section in ("basics/index.html", "regions/index.html", "naming/index.html"):
        check(section in html, f"the search page does not list {section}")


TESTS = [
    test_home_page_has_landmarks_and_search_box,
    test_navigation_to_a_province_and_back,
    test_english_search_from_the_header,
    test_chinese_search_page,
    test_search_page_without_javascript_lists_sections,
]
