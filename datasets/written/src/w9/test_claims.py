"""claims: tasks written by w9."""

from testgen import I


def test_submit_full_claim():
    """Fill in a whole theft claim properly (policy AB-123456, my email, 1 March 2026, bike stolen from the shed, £450) and submit. We should get claim CL-0042 submitted and the handler will email me."""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "alex@example.com")
    I.fill("Date of incident", "2026-03-01")
    I.check("Theft")
    I.fill("Description", "My bike was stolen from the garden shed overnight.")
    I.fill("Amount claimed", "450")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("Claim CL-0042 submitted")
    I.see("A claims handler will email alex@example.com within 2 working days.")


def test_empty_submit_summary():
    """Submit the claim form empty. There should be a problem summary at the top listing what's missing"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.see("Enter your policy number.")
    I.see("Choose the type of claim.")
    I.see("Confirm the declaration to submit your claim.")


def test_bad_policy_format():
    """policy number in the wrong format (12345) - error under the policy field"""
    I.go_to("/claims/")
    I.fill("Policy number", "12345")
    I.press("Tab")
    I.see("Policy numbers look like AB-123456.")


def test_policy_uppercased():
    """Type the policy number in lowercase and tab away. It gets tidied up to capitals, no error."""
    I.go_to("/claims/")
    I.fill("Policy number", "cd-654321")
    I.press("Tab")
    I.see_value("Policy number", "CD-654321")
    I.dont_see("Policy numbers look like AB-123456.")


def test_bad_email():
    """An error appears under the email field if it's not a real address"""
    I.go_to("/claims/")
    I.fill("Email address", "alex@home")
    I.press("Tab")
    I.see("Enter an email address like name@example.com.")


def test_future_date_refused():
    """A date after today isn't accepted for the incident"""
    I.go_to("/claims/")
    I.fill("Date of incident", "2026-04-02")
    I.see("The date of the incident can't be after today (14 March 2026).")


def test_old_date_refused():
    """Incidents older than a year are refused - try January 2025."""
    I.go_to("/claims/")
    I.fill("Date of incident", "2025-01-10")
    I.see("We can only take claims for incidents in the last year.")


def test_short_description():
    """Description has to be at least 20 characters; 'tv broke' is too short"""
    I.go_to("/claims/")
    I.fill("Description", "tv broke")
    I.press("Tab")
    I.see("Tell us a bit more: at least 20 characters.")


def test_description_counter():
    """As I type the description the characters left counter goes down. 'Water came through the ceiling' is 30 chars -> 170 left."""
    I.go_to("/claims/")
    I.fill("Description", "Water came through the ceiling")
    I.see("170 characters left")


def test_amount_formatted():
    """Type 1250.5 as the amount and leave the field - it should be shown as 1,250.50"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "1250.5")
    I.press("Tab")
    I.see_value("Amount claimed", "1,250.50")


def test_amount_over_limit():
    """30000 is more than you can claim online. Should say the max is 25k."""
    I.go_to("/claims/")
    I.fill("Amount claimed", "30000")
    I.press("Tab")
    I.see("The most you can claim online is £25,000.00.")


def test_amount_not_number():
    """amount 'lots' -> error asking for pounds"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "lots")
    I.press("Tab")
    I.see("Enter an amount in pounds, like 1,250.00.")


def test_amount_too_small():
    """50p isn't enough, the minimum is a pound"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "0.50")
    I.press("Tab")
    I.see("The amount must be at least £1.00.")


def test_bad_file_type():
    """Receipt file called receipt.docx should be rejected - only pdf, jpg, png"""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "receipt.docx")
    I.press("Tab")
    I.see("File names must end in .pdf, .jpg or .png.")


def test_error_clears_while_fixing():
    """Get the email error, then correct the address. The error should disappear while I fix it."""
    I.go_to("/claims/")
    I.fill("Email address", "nope")
    I.press("Tab")
    I.see("Enter an email address like name@example.com.")
    I.fill("Email address", "nope@example.com")
    I.dont_see("Enter an email address like name@example.com.")


def test_clear_form():
    """Fill a couple of fields then Clear form. Everything is emptied and it tells you the form was cleared."""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "alex@example.com")
    I.click("Clear form")
    I.see("The form has been cleared.")
    I.see_value("Policy number", "")
    I.see_value("Email address", "")


def test_recap_shows_details():
    """After submitting a water damage claim the summary should repeat the date in words, the type, the amount with a £ and say no evidence given"""
    I.go_to("/claims/")
    I.fill("Policy number", "ZX-000111")
    I.fill("Email address", "sam@example.org")
    I.fill("Date of incident", "2026-02-20")
    I.check("Water damage")
    I.fill("Description", "Burst pipe soaked the living room carpet.")
    I.fill("Amount claimed", "800")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("20 February 2026")
    I.see("Water damage")
    I.see("£800.00")
    I.see("None given")


def test_forgot_declaration():
    """Everything filled in except the declaration tick box. Submitting should be refused with the declaration error."""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "alex@example.com")
    I.fill("Date of incident", "2026-03-10")
    I.check("Accidental damage")
    I.fill("Description", "Dropped my laptop down the stairs.")
    I.fill("Amount claimed", "600")
    I.click("Submit claim")
    I.see("Confirm the declaration to submit your claim.")
    I.dont_see("submitted")


def test_start_another_claim():
    """After a successful claim, Start another claim gives a fresh empty form and the next one would be CL-0043"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "alex@example.com")
    I.fill("Date of incident", "2026-03-01")
    I.check("Fire or smoke")
    I.fill("Description", "Toaster fire damaged the kitchen cupboard.")
    I.fill("Amount claimed", "300")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.click("Start another claim")
    I.see_value("Policy number", "")
    I.dont_see("Claim CL-0042 submitted")


def test_evidence_in_recap():
    """if I give a receipt file name it's listed as evidence on the confirmation"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "alex@example.com")
    I.fill("Date of incident", "2026-03-05")
    I.check("Theft")
    I.fill("Description", "Phone taken from my bag on the bus.")
    I.fill("Amount claimed", "700")
    I.fill("Receipt or photo file name (optional)", "receipt-phone.pdf")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("receipt-phone.pdf")


def test_summary_link_count():
    """Submit with only the policy filled; the policy error shouldn't be in the summary but email should"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.click("Submit claim")
    I.see("Enter your email address.")
    I.dont_see("Enter your policy number.")


def test_description_too_long():
    """If the description goes over 200 characters the counter says how many too many"""
    I.go_to("/claims/")
    I.fill("Description", "The storm blew the garden gate off its hinges and it smashed through the conservatory window, breaking two panes of glass, a ceramic plant pot, a wicker chair, the blinds and a small side table that was next to it.")
    I.see("characters too many")


def test_amount_with_pound_sign():
    """Amount typed as £2,000 is fine and gets shown as 2,000.00"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "£2,000")
    I.press("Tab")
    I.see_value("Amount claimed", "2,000.00")
    I.dont_see("Enter an amount in pounds, like 1,250.00.")


def test_summary_goes_after_success_fix():
    """Submit empty, then fill everything in correctly and submit again - no problem box, claim submitted"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "alex@example.com")
    I.fill("Date of incident", "2026-03-12")
    I.check("Accidental damage")
    I.fill("Description", "Spilled coffee over my work laptop keyboard.")
    I.fill("Amount claimed", "950")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("Claim CL-0042 submitted")
    I.dont_see("There is a problem")


def test_pick_type_clears_error():
    """After the 'choose the type' error, pick Theft and submit again. That error shouldn't be there anymore."""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("Choose the type of claim.")
    I.check("Theft")
    I.click("Submit claim")
    I.dont_see("Choose the type of claim.")


def test_jpg_file_ok():
    """A photo called damage.JPG is allowed (case doesn't matter), no file error"""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "damage.JPG")
    I.press("Tab")
    I.dont_see("File names must end in .pdf, .jpg or .png.")


def test_empty_description_error():
    """Submitting with no description asks you to describe what happened"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("Describe what happened.")
    I.see("Enter the amount you're claiming.")


def test_policy_error_clears():
    """Fix a bad policy number and the error goes away as soon as it's right"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB123")
    I.press("Tab")
    I.see("Policy numbers look like AB-123456.")
    I.fill("Policy number", "AB-123456")
    I.dont_see("Policy numbers look like AB-123456.")


def test_recap_policy_tidied():
    """Submit with a lowercase policy number - the summary shows it in capitals"""
    I.go_to("/claims/")
    I.fill("Policy number", "gh-777888")
    I.fill("Email address", "alex@example.com")
    I.fill("Date of incident", "2026-01-15")
    I.check("Water damage")
    I.fill("Description", "Washing machine leaked into the flat below.")
    I.fill("Amount claimed", "1200")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("GH-777888")
    I.see("15 January 2026")
