"""claims: tasks written by w7."""

from testgen import I


def test_submit_empty_form():
    """make click on Submit claim with all empty. Expected: "There is a problem" and Enter your policy number."""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.see("Enter your policy number.")


def test_bad_policy_number():
    """policy number 123456 without letters -> system not accept, message Policy numbers look like AB-123456."""
    I.go_to("/claims/")
    I.fill("Policy number", "123456")
    I.click("Submit claim")
    I.see("Policy numbers look like AB-123456.")


def test_invalid_email():
    """Email address "ana@mail" and Submit claim, must to appear Enter an email address like name@example.com."""
    I.go_to("/claims/")
    I.fill("Email address", "ana@mail")
    I.click("Submit claim")
    I.see("Enter an email address like name@example.com.")


def test_future_date():
    """date of incident in the future 2026-04-01, submit. Expected: The date of the incident can't be after today (14 March 2026)."""
    I.go_to("/claims/")
    I.fill("Date of incident", "2026-04-01")
    I.click("Submit claim")
    I.see("The date of the incident can't be after today (14 March 2026).")


def test_old_date():
    """incident date 2024-12-25 is too old, verify that appears the message We can only take claims for incidents in the last year."""
    I.go_to("/claims/")
    I.fill("Date of incident", "2024-12-25")
    I.click("Submit claim")
    I.see("We can only take claims for incidents in the last year.")


def test_short_description():
    """Description only "Bike stolen" (too short) + submit -> Tell us a bit more: at least 20 characters."""
    I.go_to("/claims/")
    I.fill("Description", "Bike stolen")
    I.click("Submit claim")
    I.see("Tell us a bit more: at least 20 characters.")


def test_description_counter():
    """write in Description "My laptop was stolen" (20 chars), the counter must show 180 characters left"""
    I.go_to("/claims/")
    I.fill("Description", "My laptop was stolen")
    I.see("180 characters left")


def test_amount_too_big():
    """Amount claimed 30000 → error The most you can claim online is £25,000.00."""
    I.go_to("/claims/")
    I.fill("Amount claimed", "30000")
    I.click("Submit claim")
    I.see("The most you can claim online is £25,000.00.")


def test_amount_not_number():
    """put amount "five hundred" in letters. system must not accept it: Enter an amount in pounds, like 1,250.00."""
    I.go_to("/claims/")
    I.fill("Amount claimed", "five hundred")
    I.click("Submit claim")
    I.see("Enter an amount in pounds, like 1,250.00.")


def test_amount_too_small():
    """amount 0.50 , submit, Expected: The amount must be at least £1.00."""
    I.go_to("/claims/")
    I.fill("Amount claimed", "0.50")
    I.click("Submit claim")
    I.see("The amount must be at least £1.00.")


def test_wrong_file_type():
    """receipt file name receipt.docx is wrong type. Verify "File names must end in .pdf, .jpg or .png.\""""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "receipt.docx")
    I.click("Submit claim")
    I.see("File names must end in .pdf, .jpg or .png.")


def test_no_claim_type_no_declaration():
    """submit without choose claim type and without declaration: errors Choose the type of claim. and Confirm the declaration to submit your claim."""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("Choose the type of claim.")
    I.see("Confirm the declaration to submit your claim.")


def test_full_claim_submitted():
    """Full claim: policy ab-123456, email ana@example.com, date 2026-03-10, Theft, description "Someone took my bicycle from the garden", amount 450, receipt-bike.pdf, confirm, Submit claim.
Result: "Claim CL-0042 submitted" and the policy in capitals AB-123456"""
    I.go_to("/claims/")
    I.fill("Policy number", "ab-123456")
    I.fill("Email address", "ana@example.com")
    I.fill("Date of incident", "2026-03-10")
    I.check("Theft")
    I.fill("Description", "Someone took my bicycle from the garden")
    I.fill("Amount claimed", "450")
    I.fill("Receipt or photo file name (optional)", "receipt-bike.pdf")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("Claim CL-0042 submitted")
    I.see("AB-123456")


def test_clear_form():
    """fill policy AB-654321 and email, then Clear form. Expected: The form has been cleared. and policy field empty"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-654321")
    I.fill("Email address", "ana@example.com")
    I.click("Clear form")
    I.see("The form has been cleared.")
    I.see_value("Policy number", "")


def test_error_goes_away_when_fixed():
    """submit empty, then write policy number AB-123456 and submit again — the error Enter your policy number. must not be there anymore"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("Enter your policy number.")
    I.fill("Policy number", "AB-123456")
    I.click("Submit claim")
    I.dont_see("Enter your policy number.")


def test_description_too_long_counter():
    """write a description longer than 200 chars (I use 203 letters) -> counter say 3 characters too many"""
    I.go_to("/claims/")
    I.fill("Description", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    I.see("3 characters too many")
