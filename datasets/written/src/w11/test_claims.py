"""claims: tasks written by w11."""

from testgen import I


def test_submit_empty_shows_summary():
    """submitting the empty claim form should show 'There is a problem' with 'Enter your policy number.' in it"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.see("Enter your policy number.")


def test_submit_empty_lists_all_required():
    """empty submit > summary should also list Choose the type of claim. and Confirm the declaration to submit your claim."""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("Choose the type of claim.")
    I.see("Confirm the declaration to submit your claim.")
    I.see("Enter the amount you're claiming.")


def test_policy_bad_format_on_blur():
    """policy number '123456' (no letters) -> after tabbing out: Policy numbers look like AB-123456."""
    I.go_to("/claims/")
    I.fill("Policy number", "123456")
    I.press("Tab")
    I.see("Policy numbers look like AB-123456.")


def test_policy_uppercased():
    """policy_number should be tidied to caps: 'hm-204816' becomes HM-204816 when I leave the field"""
    I.go_to("/claims/")
    I.fill("Policy number", "hm-204816")
    I.press("Tab")
    I.see_value("Policy number", "HM-204816")


def test_policy_error_clears_when_fixed():
    """inline error should go away while fixing: 'HM-20' + Tab shows the format error, then typing HM-204816 removes it"""
    I.go_to("/claims/")
    I.fill("Policy number", "HM-20")
    I.press("Tab")
    I.see("Policy numbers look like AB-123456.")
    I.fill("Policy number", "HM-204816")
    I.dont_see("Policy numbers look like AB-123456.")


def test_email_invalid():
    """email 'kenji@mail' should be rejected on blur — Enter an email address like name@example.com."""
    I.go_to("/claims/")
    I.fill("Email address", "kenji@mail")
    I.press("Tab")
    I.see("Enter an email address like name@example.com.")


def test_email_valid_no_error():
    """a good email (kenji@example.co.uk) must NOT get the 'like name@example.com' error after blur"""
    I.go_to("/claims/")
    I.fill("Email address", "kenji@example.co.uk")
    I.press("Tab")
    I.dont_see("Enter an email address like name@example.com.")


def test_date_in_future():
    """date of incident after today (2026-03-20) -> The date of the incident can't be after today (14 March 2026)."""
    I.go_to("/claims/")
    I.fill("Date of incident", "2026-03-20")
    I.see("The date of the incident can't be after today (14 March 2026).")


def test_date_too_old():
    """incident more than a year ago (2024-12-01) should be refused: We can only take claims for incidents in the last year."""
    I.go_to("/claims/")
    I.fill("Date of incident", "2024-12-01")
    I.see("We can only take claims for incidents in the last year.")


def test_date_missing_on_submit():
    """no date + Submit claim -> 'Enter the date of the incident.'"""
    I.go_to("/claims/")
    I.fill("Policy number", "HM-204816")
    I.click("Submit claim")
    I.see("Enter the date of the incident.")


def test_description_counter():
    """description counter: typing 'Burst pipe' (10 chars) should leave 190 characters left"""
    I.go_to("/claims/")
    I.fill("Description", "Burst pipe")
    I.see("190 characters left")


def test_description_too_long():
    """description over 200 chars should show 'N characters too many' (212 chars -> 12 characters too many)"""
    I.go_to("/claims/")
    I.fill("Description", "Water came through the kitchen ceiling overnight after a pipe burst upstairs, soaking the sofa, the rug, two framed prints, a laptop left on the table and most of the books on the lower shelves of the bookcase ok")
    I.see("12 characters too many")


def test_description_too_long_error():
    """too-long description (212 chars) should error on blur: Keep the description to 200 characters or fewer."""
    I.go_to("/claims/")
    I.fill("Description", "Water came through the kitchen ceiling overnight after a pipe burst upstairs, soaking the sofa, the rug, two framed prints, a laptop left on the table and most of the books on the lower shelves of the bookcase ok")
    I.press("Tab")
    I.see("Keep the description to 200 characters or fewer.")


def test_description_too_short():
    """description 'TV broke' is under 20 chars -> Tell us a bit more: at least 20 characters."""
    I.go_to("/claims/")
    I.fill("Description", "TV broke")
    I.press("Tab")
    I.see("Tell us a bit more: at least 20 characters.")


def test_amount_not_a_number():
    """amount 'lots' must be rejected (Enter an amount in pounds, like 1,250.00.)"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "lots")
    I.press("Tab")
    I.see("Enter an amount in pounds, like 1,250.00.")


def test_amount_below_one_pound():
    """should refuse 0.50 -> The amount must be at least £1.00."""
    I.go_to("/claims/")
    I.fill("Amount claimed", "0.50")
    I.press("Tab")
    I.see("The amount must be at least £1.00.")


def test_amount_over_limit():
    """amount > £25k (30000) -> 'The most you can claim online is £25,000.00.'"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "30000")
    I.press("Tab")
    I.see("The most you can claim online is £25,000.00.")


def test_amount_formatted():
    """amount 1250.5 gets reformatted on blur to 1,250.50"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "1250.5")
    I.press("Tab")
    I.see_value("Amount claimed", "1,250.50")


def test_amount_with_pound_sign():
    """amount typed as '£2,000' should be accepted and shown as 2,000.00 (no error)"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "£2,000")
    I.press("Tab")
    I.see_value("Amount claimed", "2,000.00")
    I.dont_see("Enter an amount in pounds, like 1,250.00.")


def test_amount_three_decimals_rejected():
    """amount with 3 decimals (12.345) isn't a valid pounds amount -> error, not rounded"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "12.345")
    I.press("Tab")
    I.see("Enter an amount in pounds, like 1,250.00.")


def test_file_wrong_extension():
    """receipt file 'receipt-tv.docx' -> File names must end in .pdf, .jpg or .png."""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "receipt-tv.docx")
    I.press("Tab")
    I.see("File names must end in .pdf, .jpg or .png.")


def test_file_uppercase_ext_ok():
    """file name with caps extension (PHOTO.JPG) should be fine — no extension error even after submitting"""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "PHOTO.JPG")
    I.click("Submit claim")
    I.see("There is a problem")
    I.dont_see("File names must end in .pdf, .jpg or .png.")


def test_clear_form():
    """Clear form should empty the fields and say 'The form has been cleared.'"""
    I.go_to("/claims/")
    I.fill("Policy number", "HM-204816")
    I.fill("Email address", "kenji@example.com")
    I.click("Clear form")
    I.see("The form has been cleared.")
    I.see_value("Policy number", "")


def test_clear_form_hides_summary():
    """after a failed submit, Clear form must hide the 'There is a problem' box"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.click("Clear form")
    I.dont_see("There is a problem")


def test_full_claim_submitted():
    """happy path: HM-204816, kenji@example.com, 2026-03-01, Water damage, description, £480, declaration ticked -> Claim CL-0042 submitted"""
    I.go_to("/claims/")
    I.fill("Policy number", "HM-204816")
    I.fill("Email address", "kenji@example.com")
    I.fill("Date of incident", "2026-03-01")
    I.check("Water damage")
    I.fill("Description", "Washing machine leaked and ruined the kitchen floor.")
    I.fill("Amount claimed", "480")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("Claim CL-0042 submitted")


def test_full_claim_recap():
    """success page recap should repeat what I entered — date of incident written out as 2 February 2026 (Theft, AB-123456)"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "kenji@example.com")
    I.fill("Date of incident", "2026-02-02")
    I.check("Theft")
    I.fill("Description", "Bike stolen from the locked shed in the garden.")
    I.fill("Amount claimed", "650")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("2 February 2026")


def test_declaration_required():
    """everything but the declaration -> must NOT submit, shows Confirm the declaration to submit your claim."""
    I.go_to("/claims/")
    I.fill("Policy number", "HM-204816")
    I.fill("Email address", "kenji@example.com")
    I.fill("Date of incident", "2026-03-01")
    I.check("Fire or smoke")
    I.fill("Description", "Toaster caught fire and scorched the cupboards.")
    I.fill("Amount claimed", "300")
    I.click("Submit claim")
    I.see("Confirm the declaration to submit your claim.")
    I.dont_see("Claim CL-0042 submitted")


def test_help_link():
    """Help link in the header should go to #help"""
    I.go_to("/claims/")
    I.click("Help")
    I.see_url("#help")


def test_date_today_allowed():
    """date = today (2026-03-14) is allowed, shouldn't get the "can't be after today" error"""
    I.go_to("/claims/")
    I.fill("Date of incident", "2026-03-14")
    I.press("Tab")
    I.dont_see("The date of the incident can't be after today (14 March 2026).")


def test_description_error_clears_while_typing():
    """description > 'TV broke' + Tab gives the 20-characters error > keep typing to 'TV broke after a power surge' > error should disappear"""
    I.go_to("/claims/")
    I.fill("Description", "TV broke")
    I.press("Tab")
    I.see("Tell us a bit more: at least 20 characters.")
    I.fill("Description", "TV broke after a power surge")
    I.dont_see("Tell us a bit more: at least 20 characters.")
