"""claims: tasks written by w2."""

from testgen import I


def test_submit_empty_claim():
    """Submit an empty claim form
1. Navigate to /claims/
2. Click Submit claim without filling in any field
Expected result:
- The error summary "There is a problem" is displayed at the top
- It lists "Enter your policy number." and "Confirm the declaration to submit your claim.\""""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.see("Enter your policy number.")
    I.see("Confirm the declaration to submit your claim.")


def test_policy_number_wrong_format():
    """Verify that the system does not accept a policy number in the wrong format.
Test data: 123456
1. Navigate to /claims/
2. Enter the test data in Policy number and press Tab to leave the field
Expected result: "Policy numbers look like AB-123456." is displayed under the field."""
    I.go_to("/claims/")
    I.fill("Policy number", "123456")
    I.press("Tab")
    I.see("Policy numbers look like AB-123456.")


def test_policy_number_uppercased():
    """Policy number is converted to upper case
Test data: hm-204815
1. Navigate to /claims/
2. Type the test data in Policy number
3. Move to the next field (Tab)
Expected: the field now shows HM-204815 and no error is displayed."""
    I.go_to("/claims/")
    I.fill("Policy number", "hm-204815")
    I.press("Tab")
    I.see_value("Policy number", "HM-204815")
    I.dont_see("Policy numbers look like AB-123456.")


def test_invalid_email_on_blur():
    """Email address - inline validation
1. Navigate to /claims/
2. Enter "priya@harbour" in Email address
3. Tab out of the field
ER: "Enter an email address like name@example.com." """
    I.go_to("/claims/")
    I.fill("Email address", "priya@harbour")
    I.press("Tab")
    I.see("Enter an email address like name@example.com.")


def test_incident_date_in_future():
    """Date of incident after today

Test data: 20/03/2026 (today is 14 March 2026)

1. Navigate to /claims/
2. Enter the test data in Date of incident
3. Click Submit claim

Expected result: "The date of the incident can't be after today (14 March 2026).\""""
    I.go_to("/claims/")
    I.fill("Date of incident", "2026-03-20")
    I.click("Submit claim")
    I.see("The date of the incident can't be after today (14 March 2026).")


def test_incident_date_older_than_a_year():
    """Incident older than one year
Test data: Date of incident = 13/03/2025
Steps: navigate to /claims/, enter the date.
Expected: "We can only take claims for incidents in the last year." is shown."""
    I.go_to("/claims/")
    I.fill("Date of incident", "2025-03-13")
    I.see("We can only take claims for incidents in the last year.")


def test_description_too_short():
    """Description - minimum length
1. Navigate to /claims/
2. Enter "TV broken" in Description and press Tab
Expected result: "Tell us a bit more: at least 20 characters." is displayed."""
    I.go_to("/claims/")
    I.fill("Description", "TV broken")
    I.press("Tab")
    I.see("Tell us a bit more: at least 20 characters.")


def test_description_counter():
    """Type "Window smashed" (14 characters) in Description - the counter under it should change to "186 characters left"."""
    I.go_to("/claims/")
    I.fill("Description", "Window smashed")
    I.see("186 characters left")


def test_description_over_limit():
    """Description longer than 200 characters
Test data: a 207-character description
1. Navigate to /claims/
2. Paste the test data into Description
3. Click Submit claim
Expected result:
1. Counter shows "7 characters too many"
2. Error "Keep the description to 200 characters or fewer." is displayed"""
    I.go_to("/claims/")
    I.fill("Description", "The washing machine hose split overnight and water spread across the utility room, soaking the rug, two boxes of books, a wooden chair and the bottom shelf of the pantry, including a bread maker and a mixer.")
    I.see("7 characters too many")
    I.click("Submit claim")
    I.see("Keep the description to 200 characters or fewer.")


def test_amount_not_a_number():
    """Verify that the system does not accept a non-numeric amount.
Test data: Amount claimed = twelve hundred
1. Navigate to /claims/
2. Enter the test data in Amount claimed and Tab out
Expected result: "Enter an amount in pounds, like 1,250.00." """
    I.go_to("/claims/")
    I.fill("Amount claimed", "twelve hundred")
    I.press("Tab")
    I.see("Enter an amount in pounds, like 1,250.00.")


def test_amount_below_minimum():
    """Amount under £1
Test data: 0.50
1. Navigate to /claims/
2. Enter the amount and click Submit claim
Expected: "The amount must be at least £1.00." """
    I.go_to("/claims/")
    I.fill("Amount claimed", "0.50")
    I.click("Submit claim")
    I.see("The amount must be at least £1.00.")


def test_amount_above_online_limit():
    """Amount over the online limit

Test data: 25000.01

1. Navigate to /claims/
2. Enter the test data in "Amount claimed"
3. Press Tab

Expected result: error "The most you can claim online is £25,000.00." is displayed."""
    I.go_to("/claims/")
    I.fill("Amount claimed", "25000.01")
    I.press("Tab")
    I.see("The most you can claim online is £25,000.00.")


def test_amount_formatted_on_blur():
    """Amount rounding/format
1. Navigate to /claims/
2. Enter 1250.5 in Amount claimed
3. Leave the field
Expected result: the value is reformatted to 1,250.50."""
    I.go_to("/claims/")
    I.fill("Amount claimed", "1250.5")
    I.press("Tab")
    I.see_value("Amount claimed", "1,250.50")


def test_amount_with_pound_sign():
    """Enter "£2,000" as Amount claimed and tab out; the field should read 2,000.00 with no error."""
    I.go_to("/claims/")
    I.fill("Amount claimed", "£2,000")
    I.press("Tab")
    I.see_value("Amount claimed", "2,000.00")
    I.dont_see("Enter an amount in pounds, like 1,250.00.")


def test_file_name_wrong_extension():
    """Receipt file type
Test data: receipt-tv.gif
1. Navigate to /claims/
2. Enter the test data in "Receipt or photo file name (optional)"
3. Press Tab
ER: "File names must end in .pdf, .jpg or .png.\""""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "receipt-tv.gif")
    I.press("Tab")
    I.see("File names must end in .pdf, .jpg or .png.")


def test_claim_type_required():
    """Claim type not selected
1. Navigate to /claims/
2. Fill in Policy number AB-123456 and Email address priya@example.com
3. Click Submit claim without choosing a claim type
Expected: "Choose the type of claim." is displayed; "Enter your policy number." is not."""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "priya@example.com")
    I.click("Submit claim")
    I.see("Choose the type of claim.")
    I.dont_see("Enter your policy number.")


def test_submit_valid_claim():
    """TC-CL-01 Submit a valid home contents claim

Test data:
Policy number: AB-123456
Email address: priya@example.com
Date of incident: 01/03/2026
Claim type: Water damage
Description: Burst pipe flooded the kitchen floor.
Amount claimed: 1250.50

Steps:
1. Navigate to /claims/
2. Fill in all fields with the test data
3. Tick the declaration
4. Click Submit claim

Expected result: confirmation "Claim CL-0042 submitted" is displayed."""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "priya@example.com")
    I.fill("Date of incident", "2026-03-01")
    I.check("Water damage")
    I.fill("Description", "Burst pipe flooded the kitchen floor.")
    I.fill("Amount claimed", "1250.50")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("Claim CL-0042 submitted")


def test_recap_shows_no_evidence():
    """Claim recap without a file
Preconditions: valid claim (policy XY-654321, email sam@example.com, date 10/02/2026, Theft, description "Bike stolen from the shed overnight.", amount 480) with no file name.
1. Submit the claim
Expected result: under "What you told us", Evidence shows "None given"."""
    I.go_to("/claims/")
    I.fill("Policy number", "XY-654321")
    I.fill("Email address", "sam@example.com")
    I.fill("Date of incident", "2026-02-10")
    I.check("Theft")
    I.fill("Description", "Bike stolen from the shed overnight.")
    I.fill("Amount claimed", "480")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("None given")


def test_recap_date_in_long_format():
    """Recap date format
1. Navigate to /claims/
2. Complete the form: AB-123456, priya@example.com, 14/03/2026 (today), Fire or smoke, "Smoke damage to the living room curtains.", 300, declaration ticked
3. Click Submit claim
Expected: Date of incident is shown as "14 March 2026" in the recap."""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "priya@example.com")
    I.fill("Date of incident", "2026-03-14")
    I.check("Fire or smoke")
    I.fill("Description", "Smoke damage to the living room curtains.")
    I.fill("Amount claimed", "300")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("14 March 2026")


def test_confirmation_email_line():
    """After submitting a valid claim, the page should say a claims handler will email the address entered.
Test data: GH-777001 / claims.test@example.org / 05/01/2026 / Accidental damage / "Dropped the laptop down the stairs." / 899.99"""
    I.go_to("/claims/")
    I.fill("Policy number", "GH-777001")
    I.fill("Email address", "claims.test@example.org")
    I.fill("Date of incident", "2026-01-05")
    I.check("Accidental damage")
    I.fill("Description", "Dropped the laptop down the stairs.")
    I.fill("Amount claimed", "899.99")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("A claims handler will email claims.test@example.org within 2 working days.")


def test_policy_error_clears_while_fixing():
    """Inline error clears when corrected
1. Navigate to /claims/
2. Enter "AB12" in Policy number and press Tab - the format error is shown
3. Change the value to AB-123456
Expected result: "Policy numbers look like AB-123456." disappears."""
    I.go_to("/claims/")
    I.fill("Policy number", "AB12")
    I.press("Tab")
    I.see("Policy numbers look like AB-123456.")
    I.fill("Policy number", "AB-123456")
    I.dont_see("Policy numbers look like AB-123456.")


def test_clear_form():
    """Clear form
1. Navigate to /claims/
2. Enter AB-123456 in Policy number and "Lost my ring in the garden" in Description
3. Click Clear form
Expected result: "The form has been cleared." and Policy number is empty."""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Description", "Lost my ring in the garden")
    I.click("Clear form")
    I.see("The form has been cleared.")
    I.see_value("Policy number", "")


def test_clear_form_removes_error_summary():
    """Verify that Clear form removes the error summary.
1. Navigate to /claims/
2. Click Submit claim (errors shown)
3. Click Clear form
Expected: "There is a problem" is no longer displayed."""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.click("Clear form")
    I.dont_see("There is a problem")


def test_claim_type_error_clears_on_choice():
    """Claim type error disappears after a choice
1. Navigate to /claims/ and click Submit claim
2. Select "Theft" under Claim type
ER: "Choose the type of claim." is no longer displayed next to the options."""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("Choose the type of claim.")
    I.check("Theft")
    with I.within("Claim type"):
        I.dont_see("Choose the type of claim.")


def test_declaration_error_clears_when_ticked():
    """Declaration
1. Navigate to /claims/
2. Click Submit claim - "Confirm the declaration to submit your claim." appears
3. Tick "I confirm the information I've given is true and complete."
Expected result: the declaration error under the checkbox disappears."""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.check("I confirm the information I've given is true and complete.")
    with I.within("Declaration"):
        I.dont_see("Confirm the declaration to submit your claim.")


def test_help_link():
    """Header link Help should take the user to the help footer (#help)."""
    I.go_to("/claims/")
    I.click("Help")
    I.see_url("#help")


def test_description_twenty_characters_accepted():
    """Description boundary - exactly 20 characters
Test data: "Laptop stolen at bus" (20 characters)
1. Navigate to /claims/
2. Enter the test data in Description and press Tab
Expected result: no "at least 20 characters" error; counter shows 180 characters left."""
    I.go_to("/claims/")
    I.fill("Description", "Laptop stolen at bus")
    I.press("Tab")
    I.see("180 characters left")
    I.dont_see("Tell us a bit more: at least 20 characters.")


def test_empty_email_on_submit():
    """Email address is mandatory
1. Navigate to /claims/
2. Enter AB-123456 in Policy number only
3. Click Submit claim
Expected result: "Enter your email address." is shown in the error summary and next to the field."""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.click("Submit claim")
    I.see("Enter your email address.")


def test_file_name_jpeg_accepted():
    """Receipt file name in upper case (PHOTO-1.JPEG) must be accepted: tab out and check that the file type error is not displayed; then submit the form and check the file error is still not there."""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "PHOTO-1.JPEG")
    I.press("Tab")
    I.click("Submit claim")
    I.see("There is a problem")
    I.dont_see("File names must end in .pdf, .jpg or .png.")
