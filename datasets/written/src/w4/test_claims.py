"""claims: tasks written by w4."""

from testgen import I


def test_submit_full_claim():
    """As a policy holder, I want to submit a home contents claim online so that I don't have to phone.
AC1: policy AB-123456, email sam@example.com, date 2026-02-01, Theft, a description of at least 20 characters, amount 450, declaration ticked
AC2: "Claim CL-0042 submitted" is shown"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "sam@example.com")
    I.fill("Date of incident", "2026-02-01")
    I.check("Theft")
    I.fill("Description", "Bike stolen from the locked garden shed overnight.")
    I.fill("Amount claimed", "450")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("Claim CL-0042 submitted")


def test_empty_submit_error_summary():
    """AC1: submitting the empty claim form shows "There is a problem"
AC2: the summary includes "Enter your policy number." and "Choose the type of claim.\""""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.see("Enter your policy number.")
    I.see("Choose the type of claim.")


def test_policy_number_format():
    """As an insurer we only accept real policy numbers.
- the form must not accept "12345" as a policy number
- leaving the field shows "Policy numbers look like AB-123456.\""""
    I.go_to("/claims/")
    I.fill("Policy number", "12345")
    I.press("Tab")
    I.see("Policy numbers look like AB-123456.")


def test_policy_number_uppercased():
    """AC: a policy number typed in lower case, "cd-654321", is tidied to CD-654321 when I move to the next field"""
    I.go_to("/claims/")
    I.fill("Policy number", "cd-654321")
    I.press("Tab")
    I.see_value("Policy number", "CD-654321")


def test_email_format_error():
    """As a claimant I want to know if I mistyped my email. "sam@example" should show "Enter an email address like name@example.com." once I leave the field."""
    I.go_to("/claims/")
    I.fill("Email address", "sam@example")
    I.press("Tab")
    I.see("Enter an email address like name@example.com.")


def test_error_clears_while_fixing():
    """AC1: a bad email "sam" shows the email error after leaving the field
AC2: typing a proper address sam@example.com makes the error go away"""
    I.go_to("/claims/")
    I.fill("Email address", "sam")
    I.press("Tab")
    I.see("Enter an email address like name@example.com.")
    I.fill("Email address", "sam@example.com")
    I.dont_see("Enter an email address like name@example.com.")


def test_future_date_rejected():
    """The form must not accept an incident date in the future.
AC: 2026-04-01 -> "The date of the incident can't be after today (14 March 2026).\""""
    I.go_to("/claims/")
    I.fill("Date of incident", "2026-04-01")
    I.see("The date of the incident can't be after today (14 March 2026).")


def test_old_date_rejected():
    """AC: an incident on 2024-12-25 is too old: "We can only take claims for incidents in the last year.\""""
    I.go_to("/claims/")
    I.fill("Date of incident", "2024-12-25")
    I.see("We can only take claims for incidents in the last year.")


def test_description_counter():
    """As a claimant I want to see how much I can still write.
AC: typing "Water leaked from the bathroom" (30 characters) into Description shows "170 characters left\""""
    I.go_to("/claims/")
    I.fill("Description", "Water leaked from the bathroom")
    I.see("170 characters left")


def test_description_too_short():
    """AC: description "TV broke" is too short -> "Tell us a bit more: at least 20 characters.\""""
    I.go_to("/claims/")
    I.fill("Description", "TV broke")
    I.press("Tab")
    I.see("Tell us a bit more: at least 20 characters.")


def test_amount_over_limit():
    """As the insurer, we cap online claims.
- Amount claimed 30000
- error "The most you can claim online is £25,000.00.\""""
    I.go_to("/claims/")
    I.fill("Amount claimed", "30000")
    I.press("Tab")
    I.see("The most you can claim online is £25,000.00.")


def test_amount_tidied():
    """AC: an amount of "1250.5" is reformatted to 1,250.50 when the field loses focus"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "1250.5")
    I.press("Tab")
    I.see_value("Amount claimed", "1,250.50")


def test_amount_not_a_number():
    """The amount field must not accept words. Typing "a lot" gives "Enter an amount in pounds, like 1,250.00."."""
    I.go_to("/claims/")
    I.fill("Amount claimed", "a lot")
    I.press("Tab")
    I.see("Enter an amount in pounds, like 1,250.00.")


def test_amount_below_one_pound():
    """AC: 0.50 is refused with "The amount must be at least £1.00.\""""
    I.go_to("/claims/")
    I.fill("Amount claimed", "0.50")
    I.press("Tab")
    I.see("The amount must be at least £1.00.")


def test_file_type_rejected():
    """As a claims handler I can only open PDFs and images.
AC: receipt file name "receipt.docx" -> "File names must end in .pdf, .jpg or .png.\""""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "receipt.docx")
    I.press("Tab")
    I.see("File names must end in .pdf, .jpg or .png.")


def test_declaration_required():
    """AC1: the summary asks to "Confirm the declaration to submit your claim." when the box isn't ticked
AC2: after ticking the declaration and submitting again, that message is no longer listed"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("Confirm the declaration to submit your claim.")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.dont_see("Confirm the declaration to submit your claim.")


def test_clear_form():
    """As a claimant who wants to start over, I want a Clear form button.
AC1: type policy AB-111111 then Clear form
AC2: "The form has been cleared." is shown and the policy number field is empty"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-111111")
    I.click("Clear form")
    I.see("The form has been cleared.")
    I.see_value("Policy number", "")


def test_clear_form_removes_summary():
    """AC: after a failed submit, Clear form makes the "There is a problem" summary go away"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.click("Clear form")
    I.dont_see("There is a problem")


def test_recap_no_evidence():
    """As a claimant I want to check what I sent.
AC1: submit a Water damage claim (policy ZZ-000001, email lee@example.org, 2026-03-01, amount 89.99) without any receipt file
AC2: the recap says Evidence: None given"""
    I.go_to("/claims/")
    I.fill("Policy number", "ZZ-000001")
    I.fill("Email address", "lee@example.org")
    I.fill("Date of incident", "2026-03-01")
    I.check("Water damage")
    I.fill("Description", "Ceiling collapsed after a pipe burst upstairs.")
    I.fill("Amount claimed", "89.99")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("None given")


def test_done_page_email_and_date():
    """AC1: a Fire or smoke claim for incident date 2025-12-24, email kim@example.net, policy FR-424242, £2,000
AC2: the confirmation shows 24 December 2025 and "A claims handler will email kim@example.net\""""
    I.go_to("/claims/")
    I.fill("Policy number", "FR-424242")
    I.fill("Email address", "kim@example.net")
    I.fill("Date of incident", "2025-12-24")
    I.check("Fire or smoke")
    I.fill("Description", "Candle set the curtains and sofa alight.")
    I.fill("Amount claimed", "2000")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("A claims handler will email kim@example.net")


def test_summary_link_focuses_field():
    """From the error summary, clicking "Enter your email address." should put me straight into the email field, so whatever I type next (ann@example.com) lands there."""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.click("Enter your email address.")
    I.type("ann@example.com")
    I.see_value("Email address", "ann@example.com")


def test_type_error_clears_when_chosen():
    """AC1: submit empty -> "Choose the type of claim."
AC2: pick Accidental damage and submit again: that error is gone, the others (e.g. policy number) remain"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.check("Accidental damage")
    I.click("Submit claim")
    I.dont_see("Choose the type of claim.")
    I.see("Enter your policy number.")


def test_description_too_long():
    """The description must not accept more than 200 characters.
AC1: paste a 210-character description
AC2: the counter says "10 characters too many"
AC3: on submit the error "Keep the description to 200 characters or fewer." shows"""
    I.go_to("/claims/")
    I.fill("Description", "The storm blew the garden door open and rain soaked the living room carpet, the sofa, two armchairs, a bookcase full of books and the television stand. The TV itself shorted out and the rug is ruined now......!")
    I.see("10 characters too many")
    I.click("Submit claim")
    I.see("Keep the description to 200 characters or fewer.")


def test_amount_with_pound_sign():
    """AC: "£1,000" in Amount claimed is accepted and tidied to 1,000.00 when I leave the field"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "£1,000")
    I.press("Tab")
    I.see_value("Amount claimed", "1,000.00")


def test_todays_date_accepted():
    """As a claimant who had a break-in this morning, I want to claim for today (14 March 2026).
AC: submitting with date 2026-03-14 does not show any date error, while other errors (e.g. "Enter your policy number.") still do"""
    I.go_to("/claims/")
    I.fill("Date of incident", "2026-03-14")
    I.click("Submit claim")
    I.see("Enter your policy number.")
    I.dont_see("Enter the date of the incident.")


def test_missing_email_on_submit():
    """AC: with a valid policy number AB-123456 but no email, submitting lists "Enter your email address." in the summary"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.click("Submit claim")
    I.see("Enter your email address.")
    I.dont_see("Enter your policy number.")


def test_file_extension_any_case():
    """As a claimant uploading from my phone, file names like "SCAN_001.PNG" should be accepted — no "File names must end in .pdf, .jpg or .png." error when I leave the field."""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "SCAN_001.PNG")
    I.press("Tab")
    I.dont_see("File names must end in .pdf, .jpg or .png.")
    I.see_value("Receipt or photo file name (optional)", "SCAN_001.PNG")


def test_policy_number_trimmed():
    """AC: " xy-000777 " (with spaces, lower case) becomes XY-000777 after leaving the field, with no format error"""
    I.go_to("/claims/")
    I.fill("Policy number", " xy-000777 ")
    I.press("Tab")
    I.see_value("Policy number", "XY-000777")
    I.dont_see("Policy numbers look like AB-123456.")


def test_recap_amount_formatted():
    """As a claimant I want to double-check the amount I asked for.
AC1: submit an Accidental damage claim (AB-246810, jo@example.com, 2026-01-20) for "75.5"
AC2: the summary of what I told them shows £75.50"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-246810")
    I.fill("Email address", "jo@example.com")
    I.fill("Date of incident", "2026-01-20")
    I.check("Accidental damage")
    I.fill("Description", "Dropped the laptop down the stairs, screen cracked.")
    I.fill("Amount claimed", "75.5")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("£75.50")


def test_clear_resets_counter():
    """AC1: type "Lost my wedding ring in the garden" into Description
AC2: Clear form puts the counter back to "200 characters left\""""
    I.go_to("/claims/")
    I.fill("Description", "Lost my wedding ring in the garden")
    I.see("166 characters left")
    I.click("Clear form")
    I.see("200 characters left")


def test_summary_lists_amount_error():
    """When everything but the amount is missing or wrong, the summary should still list "Enter the amount you're claiming." on submit."""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("Enter the amount you're claiming.")
    I.see("Describe what happened.")


def test_second_error_summary_updates():
    """As a claimant fixing mistakes, the error summary should only list what's still wrong.
AC1: submit the empty form
AC2: fill Policy number AB-123456 and submit again
AC3: "Enter your policy number." is gone while "Enter your email address." remains"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.fill("Policy number", "AB-123456")
    I.click("Submit claim")
    I.dont_see("Enter your policy number.")
    I.see("Enter your email address.")
