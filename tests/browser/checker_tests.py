"""The checker form served by `icp serve` (GET/POST /check): a failing draft, its docs links, a clean draft."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from harness import check, console_errors, outside_requests, requested_urls, wait_for

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
                    box.click()
        else:
            field.clear()
            field.send_keys(value)


def submit(ctx, values):
    d = ctx.driver
    d.get(ctx.server.url("check"))
    wait_for(d, lambda d: d.find_elements(By.CSS_SELECTOR, "form.checker-form"), message="no checker form at /check")
    fill(d, values)
    d.find_element(By.CSS_SELECTOR, "form.checker-form button[type=submit]:not([name]):not([formaction])").click()
    wait_for(d, lambda d: d.execute_script("return document.readyState") == "complete" and "verdict" in d.page_source.lower()
             or d.find_elements(By.CSS_SELECTOR, "[class*=finding], [class*=report], [class*=verdict]"),
             message="no report after submitting")


def assert_clean(ctx, where):
    errors = console_errors(ctx.driver)
    check(not errors, f"console errors on {where}: {errors}")
    outside = outside_requests(requested_urls(ctx.driver), [ctx.server.url()])
    check(not outside, f"requests leaving the site on {where}: {outside}")


def test_failing_draft_shows_findings_with_docs_links(ctx):
    d = ctx.driver
    console_errors(d)
    requested_urls(d)
    submit(ctx, FAILING)
    check("name/all-digits" in d.page_source, "the report does not name the rule name/all-digits")
    links = [a for a in d.find_elements(By.CSS_SELECTOR, "a[href*='#all-digits']")]
    check(links, "no docs link to #all-digits in the findings")
    ctx.screenshot_checker = True
    links[0].click()
    wait_for(d, lambda d: d.current_url.split("#")[0].rstrip("/").endswith(("naming", "naming/index.html")) and d.current_url.endswith("#all-digits"),
             message="the docs link did not open naming/#all-digits")
    check(d.find_elements(By.ID, "all-digits"), "the anchor #all-digits is not on the page")
    assert_clean(ctx, "the failing draft")


def test_clean_draft_passes(ctx):
    d = ctx.driver
    submit(ctx, CLEAN)
    check(not d.find_elements(By.CSS_SELECTOR, ".finding-error, .severity-error"), "a clean draft shows errors: "
          + " | ".join(e.text for e in d.find_elements(By.CSS_SELECTOR, ".finding-error, .severity-error"))[:500])
    check("pass" in d.page_source.lower(), "the report does not say the draft passed")
    assert_clean(ctx, "the clean draft")


TESTS = [test_failing_draft_shows_findings_with_docs_links, test_clean_draft_passes]
