"""The checker served by `icp serve` under check/: reaching it, a report at an address that holds the
draft, Back and fresh browsers, field links, the error summary and its aria, entity-type fields, adding
and removing websites, loading a YAML file, the access log, relative addresses and report screenshots."""
import os
import tempfile
import time
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from harness import check, chromium, console_errors, file_url, outside_requests, requested_urls, set_width, wait_for

CLEAN = {
    "entity.type": "organization",
    "entity.name": "杭州云帆科技有限公司",
    "entity.province": "zhejiang",
    "entity.document_province": "zhejiang",
    "entity.age": "35",
    "entity.leader_is_legal_representative": "true",
    "entity.phone_province": "zhejiang",
    "websites.0.name": "云帆科技产品介绍",
    "websites.0.content": "general",
    "websites.0.access": "domain",
    "websites.0.cdn": "none",
    "websites.0.domains.0.name": "yunfan-tech.com",
    "websites.0.domains.0.registrar_approved": "true",
    "websites.0.domains.0.real_name_verified": "true",
    "websites.0.domains.0.verified_days_ago": "30",
    "websites.0.domains.0.holder": "杭州云帆科技有限公司",
    "websites.0.domains.0.days_to_expiry": "300",
    "websites.0.domains.0.privacy_protection": "false",
    "instance.provider": "alibaba",
    "instance.product": "ecs",
    "instance.region": "cn-hangzhou",
    "instance.billing": "subscription",
    "instance.term_months": "12",
    "instance.public_ip": "true",
    "instance.service_numbers_used": "0",
}

FAILING = dict(CLEAN, **{"websites.0.name": "12345678"})


def fill(driver, values):
    for name, value in values.items():
        fields = driver.find_elements(By.NAME, name)
        if not fields:
            continue
        field = fields[0]
        if field.tag_name == "select":
            Select(field).select_by_value(value)
        elif field.get_attribute("type") in ("checkbox", "radio"):
            for box in fields:
                if box.get_attribute("value") == value and not box.is_selected():
                    driver.execute_script("arguments[0].click()", box)
        else:
            field.clear()
            field.send_keys(value)


def open_form(ctx):
    d = ctx.driver
    d.get(ctx.server.url("check/"))
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "form.checker-form"), message="no checker form at check/")


def click(driver, element):
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def submit(ctx, values):
    d = ctx.driver
    open_form(ctx)
    fill(d, values)
    click(d, d.find_element(By.CSS_SELECTOR, "form.checker-form button.checker-submit"))
    wait_for(d, lambda d: "/check/report?d=" in d.current_url and d.find_elements(By.CSS_SELECTOR, ".checker-report, .error-summary"),
             message="no report at a check/report?d= address after submitting")


def assert_clean(ctx, where):
    errors = console_errors(ctx.driver)
    check(not errors, f"console errors on {where}: {errors}")
    outside = outside_requests(requested_urls(ctx.driver), [ctx.server.url()])
    check(not outside, f"requests leaving the site on {where}: {outside}")


def report_text(driver):
    return driver.find_element(By.ID, "report").text


def test_home_reaches_the_form_in_one_click(ctx):
    d = ctx.driver
    for page in ("", "naming/"):
        d.get(ctx.server.url(page))
        href = d.find_element(By.CSS_SELECTOR, "header .site-check").get_attribute("href")
        check(href.endswith("/check/index.html"), f"{page or 'home'}: the header's Check a draft link is {href}")
    d.get(ctx.server.url())
    cta = d.find_elements(By.CSS_SELECTOR, ".checker-cta .checker-cta-button")
    check(cta and cta[0].is_displayed(), "the home page has no call to action")
    click(d, d.find_element(By.CSS_SELECTOR, "header .site-check"))
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "form.checker-form"), message="one click from home did not reach the form")
    assert_clean(ctx, "the home page")


def test_static_site_says_how_to_start_the_checker(ctx):
    d = ctx.driver
    for page in ("index.html", "checker/index.html"):
        d.get(file_url(ctx.site, page))
        check(":8080" not in d.find_element(By.TAG_NAME, "main").text, f"{page}: names a port")
        cta = d.find_element(By.CSS_SELECTOR, ".checker-cta")
        check("make serve" in cta.text, f"{page}: the call to action does not say how to start the checker")
        click(d, d.find_element(By.CSS_SELECTOR, "header .site-check"))
        wait_for(d, lambda d: d.current_url.endswith("check/index.html"), message=f"{page}: the header link did not open the checker's page")
        notice = d.find_element(By.TAG_NAME, "main").text
        check("icp serve" in notice and ":8080" not in notice, f"{page}: the static checker page does not say how to start the checker")
        click(d, d.find_element(By.CSS_SELECTOR, "main a[href*='start-server']"))
        wait_for(d, lambda d: d.current_url.endswith("checker/index.html#start-server"), message="the notice's link does not reach the start instructions")


def test_report_survives_back_and_reload(ctx):
    d = ctx.driver
    console_errors(d)
    requested_urls(d)
    submit(ctx, FAILING)
    address, before = d.current_url, report_text(d)
    check("Website 1 › Website name" in before, "the report does not name the field as the form labels it")
    check("`" not in before and "/websites/" not in before, "the report shows backticks or JSON pointers")
    explained = d.find_elements(By.CSS_SELECTOR, ".finding-docs a")
    check(explained, "no Explained in link")
    check(" › " in explained[0].text, f"Explained in shows {explained[0].text!r}, not a page title and section")
    click(d, explained[0])
    wait_for(d, lambda d: "/check/" not in d.current_url, message="the Explained in link did not open a page")
    d.back()
    wait_for(d, lambda d: d.current_url == address and d.find_elements(By.ID, "report"), message="Back did not return to the report")
    check(report_text(d) == before, "Back shows a different report")
    d.refresh()
    wait_for(d, lambda d: d.find_elements(By.ID, "report"), message="reload lost the report")
    check(report_text(d) == before, "reload shows a different report")
    assert_clean(ctx, "the report")


def test_report_address_opens_in_a_fresh_browser(ctx):
    submit(ctx, FAILING)
    address, before = ctx.driver.current_url, report_text(ctx.driver)
    fresh = chromium()
    try:
        fresh.get(address)
        wait_for(fresh, lambda d: d.find_elements(By.ID, "report"), message="a fresh browser shows no report at the address")
        check(report_text(fresh) == before, "a fresh browser shows a different report")
        check(fresh.find_element(By.NAME, "websites.0.name").get_attribute("value") == "12345678", "the form is not filled from the address")
    finally:
        fresh.quit()


def test_every_field_link_lands_and_addresses_are_relative(ctx):
    d = ctx.driver
    submit(ctx, dict(FAILING, **{"entity.age": "old"}))
    targets = {a.get_attribute("href").split("#", 1)[1] for a in d.find_elements(By.CSS_SELECTOR, "main a[href*='#']")
               if a.get_attribute("href").split("#")[0] == d.current_url.split("#")[0]}
    check(targets, "the report has no field links")
    missing = [t for t in targets if not d.find_elements(By.ID, urllib.parse.unquote(t))]
    check(not missing, f"field links that land on nothing: {missing}")
    raw = d.execute_script("return Array.from(document.querySelectorAll('main [href], main [src], main [action], main [formaction]'))"
                           ".map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || e.getAttribute('formaction'))")
    absolute = [u for u in raw if u.startswith("/") or (u.startswith("http") and "127.0.0.1" in u)]
    check(not absolute, f"addresses that are not relative: {absolute[:5]}")


def test_error_summary_and_field_messages_are_announced(ctx):
    d = ctx.driver
    submit(ctx, dict(FAILING, **{"entity.age": "old"}))
    summary = d.find_element(By.ID, "error-summary")
    check(summary.get_attribute("role") == "alert", "the error summary is not announced (role=alert)")
    check(d.switch_to.active_element == summary, "focus is not on the error summary")
    link = summary.find_element(By.CSS_SELECTOR, "a[href='#f-entity-age']")
    check("Error" in link.text and "Entity › Age" in link.text, f"summary entry reads {link.text!r}")
    field = d.find_element(By.ID, "f-entity-age")
    check(field.get_attribute("aria-invalid") == "true", "the invalid field has no aria-invalid")
    described = field.get_attribute("aria-describedby").split()
    notes = [d.find_element(By.ID, i) for i in described if i != "f-entity-age-help"]
    check(notes and "Error" in notes[0].text, "the field's message is not named by aria-describedby")
    click(d, link)
    wait_for(d, lambda d: d.current_url.endswith("#f-entity-age"), message="the summary link does not go to the field")
    # A rule finding is repeated beside its field too, and marks it invalid when it is an error.
    submit(ctx, FAILING)
    name = d.find_element(By.ID, "f-websites-0-name")
    beside = [d.find_element(By.ID, i).text for i in name.get_attribute("aria-describedby").split() if i != "f-websites-0-name-help"]
    check(any("digits" in text for text in beside), f"the all-digits finding is not beside the website name: {beside}")
    check(name.get_attribute("aria-invalid") == "true", "the website name with an error has no aria-invalid")
    check(d.find_elements(By.CSS_SELECTOR, "#error-summary a[href='#f-websites-0-name']"), "the summary does not link the finding's field")


def test_entity_type_shows_the_fields_that_apply(ctx):
    d = ctx.driver
    open_form(ctx)
    kind = Select(d.find_element(By.ID, "f-entity-type"))
    personal = lambda: d.find_element(By.ID, "f-entity-residence_permit_province").is_displayed()
    company = lambda: d.find_element(By.ID, "f-entity-state_level").is_displayed()
    kind.select_by_value("individual")
    check(personal() and not company(), "individual: organization fields still shown, or personal ones hidden")
    kind.select_by_value("organization")
    check(company() and not personal(), "organization: personal fields still shown, or organization ones hidden")
    kind.select_by_value("")
    check(company() and personal(), "no type chosen: some fields are hidden")


def test_add_and_remove_a_website(ctx):
    d = ctx.driver
    open_form(ctx)
    click(d, d.find_element(By.CSS_SELECTOR, "button[value='add-website']"))
    wait_for(d, lambda d: d.find_elements(By.NAME, "websites.1.name"), message="Add a website added no row")
    check(d.current_url.endswith("#f-websites-1"), f"Add a website returned to {d.current_url}, not the new website")
    top = d.execute_script("return document.getElementById('f-websites-1').getBoundingClientRect().top")
    check(-5 <= top < 400, f"the new website is not in view (top {top})")
    fill(d, {"websites.1.name": "第二个网站"})
    click(d, d.find_element(By.CSS_SELECTOR, "button[value='remove-website.0']"))
    wait_for(d, lambda d: not d.find_elements(By.NAME, "websites.1.name"), message="Remove website 1 removed no row")
    check(d.find_element(By.NAME, "websites.0.name").get_attribute("value") == "第二个网站", "the remaining website is not the second one")
    check(d.find_element(By.CSS_SELECTOR, "button[value='add-website']").get_attribute("class") == "button-secondary",
          "the add button looks like the submit button")


def test_load_a_yaml_draft_from_a_file(ctx):
    d = ctx.driver
    open_form(ctx)
    path = os.path.join(tempfile.mkdtemp(prefix="icp-draft-"), "draft.yaml")
    with open(path, "w", encoding="utf-8") as out:
        out.write("entity: {type: individual, name: 张三, province: 浙}\nwebsites:\n  - name: 张三的学习笔记\n    domains: [zhangsan.cn]\n")
    d.find_element(By.CSS_SELECTOR, "#load-draft summary").click()
    d.find_element(By.ID, "draft-file").send_keys(path)
    wait_for(d, lambda d: d.find_elements(By.NAME, "websites.0.name") and d.find_element(By.NAME, "websites.0.name").get_attribute("value") == "张三的学习笔记",
             message="the YAML file did not load into the form")
    check(Select(d.find_element(By.ID, "f-entity-type")).first_selected_option.get_attribute("value") == "individual", "entity type not loaded")
    check(d.find_element(By.NAME, "websites.0.domains.0.name").get_attribute("value") == "zhangsan.cn", "domain not loaded")


def test_access_log_leaves_the_draft_out(ctx):
    submit(ctx, FAILING)
    time.sleep(0.5)
    log = ctx.server.output()
    lines = [line for line in log.splitlines() if "/check/report" in line]
    check(lines, "the access log has no line for the report")
    check(not any("?d=" in line or "report?" in line or "12345678" in line for line in lines), f"the access log writes the draft: {lines[:2]}")


def test_report_screenshots_light_and_dark(ctx):
    d = ctx.driver
    submit(ctx, FAILING)
    address = d.current_url
    try:
        for scheme in ("light", "dark"):
            d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            for width in (1280, 390):
                set_width(d, width)
                d.get(address)
                wait_for(d, lambda d: d.find_elements(By.ID, "report"), message="no report to capture")
                height = d.execute_script("return Math.min(document.documentElement.scrollHeight, 8000)")
                d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
                d.save_screenshot(os.path.join(ctx.artifacts, f"checker-report-{width}-{scheme}.png"))
                overflow = d.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
                check(overflow <= 1, f"the report overflows {width} px by {overflow} px ({scheme})")
    finally:
        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_clean_draft_passes(ctx):
    d = ctx.driver
    console_errors(d)
    submit(ctx, CLEAN)
    check(not d.find_elements(By.CSS_SELECTOR, ".finding-error"), "a clean draft shows errors: "
          + " | ".join(e.text for e in d.find_elements(By.CSS_SELECTOR, ".finding-error"))[:500])
    check("Pass" in report_text(d), "the report does not say the draft passed")
    assert_clean(ctx, "the clean draft")


def test_chinese_form_gives_a_chinese_report_that_stays_in_chinese(ctx):
    d = ctx.driver
    console_errors(d)
    d.get(ctx.server.url("zh-CN/naming/"))
    click(d, d.find_element(By.CSS_SELECTOR, "header .site-check"))
    wait_for(d, lambda d: "/zh-CN/check/" in d.current_url and d.find_elements(By.CSS_SELECTOR, "form.checker-form"),
             message="the Chinese edition's header does not lead to the Chinese form")
    check(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN", "the Chinese form is not marked zh-CN")
    check("检查草稿" in d.find_element(By.CSS_SELECTOR, "button.checker-submit").text, "the submit button is not in Chinese")
    api = d.find_element(By.CSS_SELECTOR, "[data-api-address]").text
    check(api == ctx.server.url("api/check"), f"the Chinese form names the API at {api}")
    fill(d, FAILING)
    click(d, d.find_element(By.CSS_SELECTOR, "form.checker-form button.checker-submit"))
    wait_for(d, lambda d: "/zh-CN/check/report?d=" in d.current_url and d.find_elements(By.ID, "report"),
             message="no Chinese report at a zh-CN/check/report?d= address")
    text = report_text(d)
    check("不通过" in text and "全部由数字组成" in text, f"the report is not in Chinese: {text[:300]}")
    summary = d.find_element(By.ID, "error-summary").text
    check("网站1 › 网站名称" in summary, f"the error summary does not name the field in Chinese: {summary[:300]}")
    for width in (1280, 390):
        set_width(d, width)
        d.save_screenshot(os.path.join(ctx.artifacts, f"checker-report-zh-CN-{width}.png"))
    set_width(d, 1280)
    link = d.find_element(By.CSS_SELECTOR, ".finding-error .finding-docs a[href*='all-digits']")
    click(d, link)
    wait_for(d, lambda d: "/zh-CN/naming/" in d.current_url, message=f"the report's link left the Chinese edition: {d.current_url}")
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "h2#all-digits"), message=f"the linked section is missing at {d.current_url}: {d.title}")
    check(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN", f"the linked page is not the Chinese one: {d.current_url}")
    assert_clean(ctx, "the Chinese report")


TESTS = [
    test_chinese_form_gives_a_chinese_report_that_stays_in_chinese,
    test_home_reaches_the_form_in_one_click, test_static_site_says_how_to_start_the_checker,
    test_report_survives_back_and_reload, test_report_address_opens_in_a_fresh_browser,
    test_every_field_link_lands_and_addresses_are_relative, test_error_summary_and_field_messages_are_announced,
    test_entity_type_shows_the_fields_that_apply, test_add_and_remove_a_website, test_load_a_yaml_draft_from_a_file,
    test_access_log_leaves_the_draft_out, test_report_screenshots_light_and_dark, test_clean_draft_passes,
]
