"""The built site opened from file://: navigation, search in English and Chinese, no errors, nothing fetched from outside."""
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from harness import check, console_errors, file_url, outside_requests, requested_urls, set_width, visible_text, wait_for


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



READING_PAGES = ("index.html", "regions/index.html", "regions/shanghai/index.html", "regions/beijing/index.html",
                 "checker/draft-fields/index.html", "checker/rules/index.html", "domains/validity/index.html",
                 "glossary/index.html", "naming/individual-websites/index.html", "404.html", "search/index.html")

OVERFLOW = """
var width = window.innerWidth, bad = [];
function scroller(el) {
  for (var p = el.parentElement; p; p = p.parentElement) {
    var s = getComputedStyle(p);
    if ((s.overflowX === "auto" || s.overflowX === "scroll") && p.scrollWidth > p.clientWidth) return p;
  }
  return null;
}
document.querySelectorAll("body *").forEach(function (el) {
  var r = el.getBoundingClientRect();
  if (!r.width || !r.height || el.closest(".visually-hidden, .skip-link")) return;
  if (r.right <= width + 1 && r.left >= -1) return;
  var p = scroller(el);
  if (p && p.classList.contains("scrolls") && p.getBoundingClientRect().right <= width + 1) return;
  bad.push(el.tagName.toLowerCase() + "." + el.className + " " + Math.round(r.left) + ".." + Math.round(r.right) + (p ? " in an unmarked scroller" : ""));
});
return {bad: bad.slice(0, 5), count: bad.length, page: document.documentElement.scrollWidth};
"""


def test_nothing_wider_than_the_viewport(ctx):
    d = ctx.driver
    try:
        for width in (1280, 1024, 390):
            set_width(d, width)
            for page in READING_PAGES:
                d.get(file_url(ctx.site, page))
                found = d.execute_script(OVERFLOW)
                check(found["page"] <= width, f"{page} at {width} px: the page is {found['page']} px wide")
                check(not found["count"], f"{page} at {width} px: {found['count']} elements outside the viewport, e.g. {found['bad']}")
    finally:
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_wide_tables_scroll_with_the_first_column_in_view(ctx):
    d = ctx.driver
    try:
        set_width(d, 390)
        d.get(file_url(ctx.site, "regions/index.html"))
        wrap = d.find_element(By.CSS_SELECTOR, ".table-wrap:has(.province-matrix)")
        check("scrolls" in wrap.get_attribute("class"), "the wide matrix is not marked as scrolling")
        check(wrap.get_attribute("tabindex") == "0", "the scrolling table cannot be reached with the keyboard")
        first = d.find_element(By.CSS_SELECTOR, ".province-matrix tbody th")
        before = first.rect["x"]
        d.execute_script("arguments[0].scrollLeft = 300", wrap)
        check(abs(first.rect["x"] - before) < 2, "the first column scrolled out of view")
        lines = d.execute_script("return document.querySelector('.province-matrix tbody td span[lang]').getClientRects().length")
        height = d.execute_script("return document.querySelector('.province-matrix tbody td span[lang]').getBoundingClientRect().height")
        check(lines == 1 and height < 40, f"北京 breaks over lines ({lines} boxes, {height} px tall)")
        d.get(file_url(ctx.site, "regions/shanghai/index.html"))
        table = d.find_element(By.CSS_SELECTOR, "table.province-limits")
        check(d.execute_script("return getComputedStyle(arguments[0]).display", table) == "block", "the province table is not stacked on a phone")
        note = d.find_element(By.CSS_SELECTOR, "table.province-limits td[data-label=Note]")
        check(0 <= note.rect["x"] and note.rect["x"] + note.rect["width"] <= 391, "the Note is off-screen on a phone")
        label = d.execute_script("return getComputedStyle(arguments[0], '::before').content", note)
        check("Note" in label, f"stacked cells are not labelled: {label}")
    finally:
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_on_this_page_on_a_phone(ctx):
    d = ctx.driver
    try:
        set_width(d, 390)
        d.get(file_url(ctx.site, "regions/index.html"))
        contents = d.find_element(By.CSS_SELECTOR, "details.toc-inline")
        check(contents.is_displayed(), "no On this page list at 390 px")
        contents.find_element(By.TAG_NAME, "summary").click()
        link = contents.find_element(By.CSS_SELECTOR, "a[href='#matrix']")
        link.click()
        wait_for(d, lambda d: d.current_url.endswith("#matrix"), message="the On this page link did not jump")
        top = d.execute_script("return document.getElementById('matrix').getBoundingClientRect().top")
        check(0 <= top < 200, f"the section is not in view after the jump (top {top})")
        d.find_element(By.CSS_SELECTOR, ".nav-toggle").click()
        sections = [a for a in d.find_elements(By.CSS_SELECTOR, "#sidebar .nav-page a") if a.is_displayed()]
        check(len(sections) > 10, "the mobile menu does not list the page's sections")
        sections[0].click()
        check(not d.find_element(By.ID, "sidebar").is_displayed(), "the menu stays open after jumping to a section")
        set_width(d, 1280)
        check(not contents.is_displayed(), "the inline list shows beside the side column at 1280 px")
    finally:
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


HAN_OUTSIDE_ZH = """
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), node, bad = [], han = /\\p{Script=Han}/u;
while ((node = walker.nextNode())) {
  if (!han.test(node.nodeValue) || node.parentElement.closest("script, style, noscript")) continue;
  var owner = node.parentElement.closest("[lang]");
  if (!owner || !/^zh/i.test(owner.getAttribute("lang"))) bad.push(node.nodeValue.trim().slice(0, 30));
}
return bad;
"""


def test_chinese_text_is_marked_as_chinese(ctx):
    d = ctx.driver
    for page in READING_PAGES:
        d.get(file_url(ctx.site, page, "q=" + urllib.parse.quote("备案") if page.startswith("search") else ""))
        if page.startswith("search"):
            wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"), message="no results for 备案")
        check(d.execute_script("return document.documentElement.lang") == "en", f"{page}: the page language is not en")
        bad = d.execute_script(HAN_OUTSIDE_ZH)
        check(not bad, f"{page}: Chinese text outside lang=zh-CN: {bad[:5]}")


def first_result(d, site, query):
    d.get(file_url(site, "search/index.html", "q=" + urllib.parse.quote(query)))
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"), message=f"no results for {query}")
    return d.find_element(By.CSS_SELECTOR, "#search-results .search-result").get_attribute("href")


def test_search_puts_the_expected_page_first(ctx):
    d = ctx.driver
    expected = {
        ".io": "domains/tlds-and-registrars/",
        "residence permit": "regions/",
        "ICP license": "basics/icp-filing-vs-licence/",
        "ICP licence": "basics/icp-filing-vs-licence/",
        "前置审批": "pre-approval/",
    }
    for query, page in expected.items():
        href = first_result(d, ctx.site, query)
        check("/public/" + page in href and "/checker/" not in href, f"{query}: the first result is {href}, not {page}")
    d.get(file_url(ctx.site, "search/index.html", "q=.io"))
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results mark"), message="nothing highlighted for .io")
    marks = {m.text.lower() for m in d.find_elements(By.CSS_SELECTOR, "#search-results mark")}
    check(marks <= {"io", ".io"}, f".io highlights parts of other words: {marks}")
    for query, marked in (("license", "licence"), ("beian", "备案"), ("organisation", "organization")):
        first_result(d, ctx.site, query)
        marks = {m.text.lower() for m in d.find_elements(By.CSS_SELECTOR, "#search-results mark")}
        check(any(m.startswith(marked) for m in marks), f"{query}: the other spelling {marked} is not highlighted: {marks}")
    pages = [a.get_attribute("href").split("#")[0] for a in d.find_elements(By.CSS_SELECTOR, "#search-results > li > .search-result:first-child")]
    check(len(pages) == len(set(pages)), "a page appears twice instead of being grouped")


def test_more_results_shows_more(ctx):
    d = ctx.driver
    first_result(d, ctx.site, "filing")
    before = len(d.find_elements(By.CSS_SELECTOR, "#search-results > li"))
    button = d.find_element(By.ID, "search-more")
    check(button.is_displayed() and before == 10, f"{before} results and no More results button")
    status = d.find_element(By.ID, "search-status").text
    button.click()
    after = len(d.find_elements(By.CSS_SELECTOR, "#search-results > li"))
    check(after > before, f"More results showed {after} results")
    check(d.find_element(By.ID, "search-status").text != status, "the status does not count the shown results")
    check(len(d.find_elements(By.CSS_SELECTOR, "form[role=search] input[type=search]")) == 2, "the search page should render the header box hidden, beside its own")
    visible = [i for i in d.find_elements(By.CSS_SELECTOR, "input[type=search]") if i.is_displayed()]
    check(len(visible) == 1, f"{len(visible)} search boxes on the search page")


def test_theme_switch_persists_across_pages(ctx):
    d = ctx.driver
    d.get(file_url(ctx.site))
    d.execute_script("localStorage.removeItem('icp-theme')")
    d.get(file_url(ctx.site))
    toggle = d.find_element(By.CSS_SELECTOR, ".theme-toggle")
    check(toggle.is_displayed(), "no theme switch")
    for _ in range(3):
        if d.execute_script("return document.documentElement.dataset.theme") == "dark":
            break
        toggle.click()
    check(d.execute_script("return document.documentElement.dataset.theme") == "dark", "the switch never chose dark")
    d.get(file_url(ctx.site, "regions/index.html"))
    check(d.execute_script("return document.documentElement.dataset.theme") == "dark", "dark was not remembered on the next page")
    background = d.execute_script("return getComputedStyle(document.body).backgroundColor")
    check(background == "rgb(20, 23, 28)", f"the dark theme is not applied: {background}")
    check("Dark" in d.find_element(By.CSS_SELECTOR, ".theme-toggle").get_attribute("aria-label").title(), "the switch does not say dark")
    d.find_element(By.CSS_SELECTOR, ".theme-toggle").click()
    d.get(file_url(ctx.site, "basics/index.html"))
    check(d.execute_script("return getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)", "auto did not follow the light system theme")
    d.execute_script("localStorage.removeItem('icp-theme')")


def test_tile_map_links_every_province(ctx):
    d = ctx.driver
    d.get(file_url(ctx.site, "regions/index.html"))
    tiles = d.find_elements(By.CSS_SELECTOR, "figure.province-map svg a.tile")
    check(len(tiles) == 31, f"{len(tiles)} tiles on the map")
    check(len(d.find_elements(By.CSS_SELECTOR, "figure.province-map .map-legend li")) >= 2, "the map has no legend")
    check(len(d.find_elements(By.CSS_SELECTOR, ".visually-hidden table tbody tr")) == 31, "no table of the map's data")
    targets = d.execute_script("""return Array.from(arguments[0], function (t) {
      return [t.dataset.province, t.getAttribute("aria-label").split(":")[0], new URL(t.getAttribute("href"), location.href).href];
    });""", tiles)
    check(len({href for _, _, href in targets}) == 31, "two tiles link to the same page")
    d.find_element(By.CSS_SELECTOR, "a.tile[data-province=hubei]").click()
    wait_for(d, lambda d: d.current_url.endswith("regions/hubei/index.html"), message="clicking the Hubei tile did not open Hubei")
    for slug, name, href in targets:
        d.get(href)
        check(d.current_url.endswith(f"regions/{slug}/index.html"), f"the {slug} tile opens {d.current_url}")
        check(d.find_element(By.TAG_NAME, "h1").text.startswith(name), f"the {slug} tile opens a page titled {d.find_element(By.TAG_NAME, 'h1').text}")


def test_reading_comforts(ctx):
    d = ctx.driver
    d.get(file_url(ctx.site, "checker/index.html"))
    pres = d.find_elements(By.CSS_SELECTOR, "main pre")
    if pres:
        check(len(d.find_elements(By.CSS_SELECTOR, "main .code button.copy")) == len(pres), "a code block has no copy button")
    d.get(file_url(ctx.site, "404.html"))
    box = d.find_element(By.CSS_SELECTOR, "main form[role=search] input[name=q]")
    box.send_keys("domain")
    box.submit()
    wait_for(d, lambda d: "search/index.html?q=domain" in d.current_url, message="the 404 page's search did not open the search page")
    try:
        set_width(d, 390)
        d.get(file_url(ctx.site, "regions/shanghai/index.html"))
        header = d.find_element(By.CSS_SELECTOR, ".site-header")
        check(header.size["height"] <= 60, f"the mobile header is {header.size['height']} px tall")
        check(not d.find_element(By.CSS_SELECTOR, ".search-key").is_displayed(), "the / key hint shows on a phone")
    finally:
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    d.get(file_url(ctx.site, "regions/shanghai/index.html"))
    links = len(d.find_elements(By.CSS_SELECTOR, "main article a[href^='http']"))
    d.execute_script("window.dispatchEvent(new Event('beforeprint'))")
    notes = d.find_elements(By.CSS_SELECTOR, ".print-notes li")
    check(links and len(notes) == links, f"{len(notes)} printed notes for {links} links")
    check(not d.find_elements(By.CSS_SELECTOR, "td .print-notes"), "printed URLs inside a table cell")
    d.execute_script("window.dispatchEvent(new Event('afterprint'))")
    check(not d.find_elements(By.CSS_SELECTOR, ".print-notes"), "the printed notes stay on screen")
    for page in ("regions/shanghai/index.html", "glossary/index.html", "regions/index.html", "domains/tlds-and-registrars/index.html"):
        d.get(file_url(ctx.site, page))
        text = d.find_element(By.TAG_NAME, "main").text
        for leak in ("with_proof", "not_allowed", "legal_representative", "provinces.yaml"):
            check(leak not in text, f"{page} shows `{leak}` to readers")
        for link in d.find_elements(By.CSS_SELECTOR, "main a[href*='rules/index.html#']"):
            anchor = urllib.parse.unquote(link.get_attribute("href").split("#", 1)[1])
            check(link.text.strip() != anchor, f"{page}: a rule link reads as its id {anchor}")


TESTS = [
    test_home_page_has_landmarks_and_search_box,
    test_navigation_to_a_province_and_back,
    test_english_search_from_the_header,
    test_chinese_search_page,
    test_search_page_without_javascript_lists_sections,
    test_nothing_wider_than_the_viewport,
    test_wide_tables_scroll_with_the_first_column_in_view,
    test_on_this_page_on_a_phone,
    test_chinese_text_is_marked_as_chinese,
    test_search_puts_the_expected_page_first,
    test_more_results_shows_more,
    test_theme_switch_persists_across_pages,
    test_tile_map_links_every_province,
    test_reading_comforts,
]
