"""Harbour Mutual (claims): inline validation on blur and submit, error summary links, success panel."""

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser

GOOD_DESCRIPTION = "A pipe burst in the kitchen and soaked the sofa and rug."


@pytest.fixture
def claim(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/claims/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Make a home contents claim")
    return page


def fill_valid(page: Page) -> None:
    page.get_by_label("Policy number").fill("hm-204518")
    page.get_by_label("Email address").fill("robin@example.com")
    page.get_by_label("Date of incident").fill("2026-03-02")
    page.get_by_label("Water damage").check()
    page.get_by_label("Description").fill(GOOD_DESCRIPTION)
    page.get_by_label("Amount claimed").fill("1250.5")
    page.get_by_label("Receipt or photo file name (optional)").fill("sofa-invoice.pdf")
    page.get_by_label("I confirm the information I've given is true and complete.").check()


def test_submitting_empty_shows_summary_with_every_error(claim: Page) -> None:
    claim.get_by_role("button", name="Submit claim").click()
    summary = claim.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("There is a problem")
    expect(summary.get_by_role("link")).to_have_text([
        "Enter your policy number.", "Enter your email address.", "Enter the date of the incident.",
        "Choose the type of claim.", "Describe what happened.", "Enter the amount you're claiming.",
        "Confirm the declaration to submit your claim.",
    ])
    expect(claim).to_have_title("Error: Make a claim · Harbour Mutual")
    expect(claim.get_by_label("Policy number")).to_have_attribute("aria-invalid", "true")
    expect(claim.get_by_label("Policy number")).to_have_accessible_description(
        "It's on your renewal letter, for example AB-123456. Enter your policy number.")
    expect(claim.get_by_role("radiogroup", name="Claim type")).to_have_attribute("aria-invalid", "true")


def test_summary_links_move_focus_to_their_fields(claim: Page) -> None:
    claim.get_by_role("button", name="Submit claim").click()
    claim.get_by_role("link", name="Enter the amount you're claiming.").click()
    expect(claim.get_by_label("Amount claimed")).to_be_focused()
    claim.get_by_role("link", name="Choose the type of claim.").focus()
    claim.keyboard.press("Enter")
    expect(claim.get_by_label("Theft")).to_be_focused()
    claim.keyboard.press("ArrowDown")
    expect(claim.get_by_label("Accidental damage")).to_be_checked()
    expect(claim.locator("#type-error")).to_be_hidden()


def test_policy_number_format_error_on_blur_and_live_fix(claim: Page) -> None:
    policy = claim.get_by_label("Policy number")
    policy.fill("AB123456")
    claim.keyboard.press("Tab")
    expect(claim.get_by_text("Policy numbers look like AB-123456.")).to_be_visible()
    expect(claim.get_by_label("Email address")).to_be_focused()
    policy.fill("ab-12345")
    expect(claim.get_by_text("Policy numbers look like AB-123456.")).to_be_visible()
    policy.press("6")
    expect(claim.get_by_text("Policy numbers look like AB-123456.")).to_be_hidden()
    policy.blur()
    expect(policy).to_have_value("AB-123456")
    claim.get_by_label("Email address").focus()
    claim.keyboard.press("Tab")
    expect(claim.locator("#email-error")).to_be_hidden()


def test_date_rules_with_today_fixed(claim: Page) -> None:
    date = claim.get_by_label("Date of incident")
    expect(date).to_have_attribute("max", "2026-03-14")
    date.fill("2026-03-15")
    date.blur()
    future = "The date of the incident can't be after today (14 March 2026)."
    expect(claim.get_by_text(future)).to_be_visible()
    date.fill("2025-03-13")
    expect(claim.get_by_text("We can only take claims for incidents in the last year.")).to_be_visible()
    date.fill("2026-03-14")
    expect(claim.locator("#date-error")).to_be_hidden()
    expect(date).not_to_have_attribute("aria-invalid", "true")


def test_description_counter_and_limits(claim: Page) -> None:
    description = claim.get_by_label("Description")
    counter = claim.locator("#description-count")
    expect(counter).to_have_text("200 characters left")
    description.fill("x" * 80)
    expect(counter).to_have_text("120 characters left")
    description.fill("x" * 199)
    expect(counter).to_have_text("1 character left")
    description.fill("x" * 201)
    expect(counter).to_have_text("1 character too many")
    description.blur()
    expect(claim.get_by_text("Keep the description to 200 characters or fewer.")).to_be_visible()
    description.fill("Too short")
    expect(claim.get_by_text("Tell us a bit more: at least 20 characters.")).to_be_visible()
    description.fill(GOOD_DESCRIPTION)
    expect(claim.locator("#description-error")).to_be_hidden()
    expect(counter).to_have_text(f"{200 - len(GOOD_DESCRIPTION)} characters left")


def test_amount_is_formatted_and_bounded(claim: Page) -> None:
    amount = claim.get_by_label("Amount claimed")
    amount.fill("1250.5")
    amount.blur()
    expect(amount).to_have_value("1,250.50")
    amount.fill("twelve")
    amount.blur()
    expect(claim.get_by_text("Enter an amount in pounds, like 1,250.00.")).to_be_visible()
    amount.fill("25000.01")
    expect(claim.get_by_text("The most you can claim online is £25,000.00.")).to_be_visible()
    amount.fill("0.99")
    expect(claim.get_by_text("The amount must be at least £1.00.")).to_be_visible()
    amount.fill("£25,000")
    amount.blur()
    expect(amount).to_have_value("25,000.00")
    expect(claim.locator("#amount-error")).to_be_hidden()


def test_file_name_and_declaration(claim: Page) -> None:
    file_name = claim.get_by_label("Receipt or photo file name (optional)")
    file_name.fill("receipt.docx")
    file_name.blur()
    expect(claim.get_by_text("File names must end in .pdf, .jpg or .png.")).to_be_visible()
    file_name.fill("receipt.JPG")
    expect(claim.locator("#file-error")).to_be_hidden()
    claim.get_by_role("button", name="Submit claim").click()
    expect(claim.locator("#confirm-error")).to_have_text("Confirm the declaration to submit your claim.")
    declaration = claim.get_by_label("I confirm the information I've given is true and complete.")
    declaration.focus()
    claim.keyboard.press("Space")
    expect(declaration).to_be_checked()
    expect(claim.locator("#confirm-error")).to_be_hidden()


def test_valid_claim_shows_the_reference_and_recap(claim: Page) -> None:
    fill_valid(claim)
    claim.get_by_role("button", name="Submit claim").click()
    done = claim.get_by_role("region", name="Claim CL-0042 submitted")
    expect(done).to_be_focused()
    expect(claim).to_have_title("Claim submitted · Harbour Mutual")
    recap = claim.locator("#recap")
    expect(recap).to_contain_text("HM-204518")
    expect(recap).to_contain_text("2 March 2026")
    expect(recap).to_contain_text("Water damage")
    expect(recap).to_contain_text("£1,250.50")
    expect(recap).to_contain_text("sofa-invoice.pdf")
    handler = "A claims handler will email robin@example.com within 2 working days."
    expect(claim.get_by_text(handler)).to_be_visible()
    claim.get_by_role("button", name="Start another claim").click()
    expect(claim.get_by_label("Policy number")).to_be_focused()
    expect(claim.get_by_label("Policy number")).to_have_value("")
    fill_valid(claim)
    claim.get_by_role("button", name="Submit claim").click()
    expect(claim.get_by_role("heading", name="Claim CL-0043 submitted")).to_be_visible()


def test_clear_form_removes_values_and_errors(claim: Page) -> None:
    claim.get_by_label("Policy number").fill("ZZ")
    claim.get_by_role("button", name="Submit claim").click()
    claim.get_by_role("button", name="Clear form").click()
    expect(claim.get_by_role("status").filter(has_text="cleared")).to_have_text("The form has been cleared.")
    expect(claim.locator("#error-summary")).to_be_hidden()
    expect(claim.get_by_label("Policy number")).to_have_value("")
    expect(claim.get_by_text("Policy numbers look like AB-123456.")).to_be_hidden()
    expect(claim).to_have_title("Make a claim · Harbour Mutual")


def test_runtime_errors_then_submit(claim: Page) -> None:
    I.click("Submit claim")
    I.see("There is a problem")
    I.see("Choose the type of claim.")
    I.fill("Policy number", "AB-12")
    I.fill("Email address", "robin@example.com")
    I.see("Policy numbers look like AB-123456.")
    I.fill("Policy number", "AB-123456")
    I.dont_see("Policy numbers look like AB-123456.", near="Policy number")
    I.fill("Date of incident", "2026-03-10")
    I.check("Theft")
    I.fill("Description", "My bike was taken from the shed overnight.")
    I.see("158 characters left")
    I.fill("Amount claimed", "640")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("Claim CL-0042 submitted")
    I.see("£640.00")


def test_runtime_summary_link(claim: Page) -> None:
    I.click("Submit claim")
    I.click("Enter your email address.")
    I.type("not-an-email")
    I.press("Tab")
    I.see("Enter an email address like name@example.com.")


def test_runtime_date_is_checked_once_complete(claim: Page) -> None:
    with I.within("What happened"):
        I.fill("Date of incident", "2026-04-01")
        I.see("The date of the incident can't be after today (14 March 2026).")
        I.fill("Date of incident", "2026-03-01")
        I.dont_see("after today (14 March 2026)")
        I.check("Fire or smoke")
    I.see_value("Fire or smoke", "checked")
