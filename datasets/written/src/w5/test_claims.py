"""claims: tasks written by w5."""

from testgen import I


def test_submit_empty_summary():
    """Scenario: empty claim
Given I am on the claims page
When I click "Submit claim" without filling anything
Then I should see "There is a problem"
And "Enter your policy number.\""""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.see("Enter your policy number.")


def test_empty_submit_lists_declaration():
    """when I submit the blank claim form
then the summary also has "Confirm the declaration to submit your claim." and "Choose the type of claim.\""""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("Confirm the declaration to submit your claim.")
    I.see("Choose the type of claim.")


def test_bad_policy_number():
    """Scenario: wrong policy format
Given I type "12345" into "Policy number"
When I move on to the Email address field
Then I see "Policy numbers look like AB-123456.\""""
    I.go_to("/claims/")
    I.fill("Policy number", "12345")
    I.click("Email address")
    I.see("Policy numbers look like AB-123456.")


def test_policy_uppercased():
    """Given I enter the policy number "hm-204816"
When I tab away
Then the field shows "HM-204816" and no policy error appears"""
    I.go_to("/claims/")
    I.fill("Policy number", "hm-204816")
    I.press("Tab")
    I.see_value("Policy number", "HM-204816")
    I.dont_see("Policy numbers look like AB-123456.")


def test_bad_email():
    """Scenario: email without domain
When I fill "Email address" with "sam@home" and press Tab
Then I should see "Enter an email address like name@example.com.\""""
    I.go_to("/claims/")
    I.fill("Email address", "sam@home")
    I.press("Tab")
    I.see("Enter an email address like name@example.com.")


def test_email_error_clears_while_fixing():
    """Given the email error is showing for "sam@home"
When I correct it to "sam@home.org"
Then the error should disappear"""
    I.go_to("/claims/")
    I.fill("Email address", "sam@home")
    I.press("Tab")
    I.see("Enter an email address like name@example.com.")
    I.fill("Email address", "sam@home.org")
    I.dont_see("Enter an email address like name@example.com.")


def test_future_date():
    """Scenario: incident in the future
When I enter "2026-04-01" as Date of incident
Then I see "The date of the incident can't be after today (14 March 2026).\""""
    I.go_to("/claims/")
    I.fill("Date of incident", "2026-04-01")
    I.see("The date of the incident can't be after today (14 March 2026).")


def test_old_date():
    """When the Date of incident is "2024-12-25"
Then it says "We can only take claims for incidents in the last year.\""""
    I.go_to("/claims/")
    I.fill("Date of incident", "2024-12-25")
    I.see("We can only take claims for incidents in the last year.")


def test_description_counter():
    """Scenario: characters left
When I type "Burst pipe under sink" into Description
Then the counter shows "179 characters left\""""
    I.go_to("/claims/")
    I.fill("Description", "Burst pipe under sink")
    I.see("179 characters left")


def test_description_too_short():
    """Given I write "Stolen bike" as the Description
When I click out of the field into Amount claimed
Then I should see "Tell us a bit more: at least 20 characters.\""""
    I.go_to("/claims/")
    I.fill("Description", "Stolen bike")
    I.click("Amount claimed")
    I.see("Tell us a bit more: at least 20 characters.")


def test_amount_tidied():
    """Scenario: amount formatting
When I enter "1250.5" in "Amount claimed" and press Tab
Then the field should read "1,250.50\""""
    I.go_to("/claims/")
    I.fill("Amount claimed", "1250.5")
    I.press("Tab")
    I.see_value("Amount claimed", "1,250.50")


def test_amount_too_large():
    """When I claim "30000"
and leave the field
Then I see "The most you can claim online is £25,000.00.\""""
    I.go_to("/claims/")
    I.fill("Amount claimed", "30000")
    I.press("Tab")
    I.see("The most you can claim online is £25,000.00.")


def test_amount_not_a_number():
    """Scenario: letters in the amount
Given I put "a lot" in Amount claimed
When I tab out
Then the error "Enter an amount in pounds, like 1,250.00." shows"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "a lot")
    I.press("Tab")
    I.see("Enter an amount in pounds, like 1,250.00.")


def test_amount_below_one():
    """When I enter 0.50 as the amount claimed and tab away
then I get "The amount must be at least £1.00.\""""
    I.go_to("/claims/")
    I.fill("Amount claimed", "0.50")
    I.press("Tab")
    I.see("The amount must be at least £1.00.")


def test_bad_file_type():
    """Scenario: wrong file
When I type "receipt.docx" into the receipt file name and press Tab
Then I see "File names must end in .pdf, .jpg or .png.\""""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "receipt.docx")
    I.press("Tab")
    I.see("File names must end in .pdf, .jpg or .png.")


def test_good_file_no_error():
    """given the file name "tv-photo.JPG"
when I leave the field and click Submit claim
then I get the other errors like "Enter your policy number." but no file name error"""
    I.go_to("/claims/")
    I.fill("Receipt or photo file name (optional)", "tv-photo.JPG")
    I.press("Tab")
    I.click("Submit claim")
    I.see("Enter your policy number.")
    I.dont_see("File names must end in .pdf, .jpg or .png.")


def test_full_claim_submitted():
    """Scenario: successful claim
Given I am on the claims page
When I fill Policy number "HM-204816", Email address "sam@home.org", Date of incident "2026-02-10"
And I choose "Water damage"
And I fill Description "Washing machine leaked and ruined the kitchen floor" and Amount claimed "850"
And I tick the declaration and click Submit claim
Then I should see "Claim CL-0042 submitted\""""
    I.go_to("/claims/")
    I.fill("Policy number", "HM-204816")
    I.fill("Email address", "sam@home.org")
    I.fill("Date of incident", "2026-02-10")
    I.check("Water damage")
    I.fill("Description", "Washing machine leaked and ruined the kitchen floor")
    I.fill("Amount claimed", "850")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("Claim CL-0042 submitted")


def test_recap_shows_date_and_amount():
    """Given a complete Theft claim for policy "AB-123456", email "jo@example.com", 2026-01-05, description "Laptop taken from the hallway overnight", £1200
When I submit it
Then the recap shows the amount as "£1,200.00\""""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.fill("Email address", "jo@example.com")
    I.fill("Date of incident", "2026-01-05")
    I.check("Theft")
    I.fill("Description", "Laptop taken from the hallway overnight")
    I.fill("Amount claimed", "1200")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("£1,200.00")


def test_clear_form():
    """Scenario: clear the form
Given I typed "AB-123456" in Policy number
When I click "Clear form"
Then I see "The form has been cleared."
And the policy field is empty"""
    I.go_to("/claims/")
    I.fill("Policy number", "AB-123456")
    I.click("Clear form")
    I.see("The form has been cleared.")
    I.see_value("Policy number", "")


def test_clear_form_removes_summary():
    """Given I submitted the empty form and the error summary showed
When I click Clear form
Then "There is a problem" should not be visible"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.see("There is a problem")
    I.click("Clear form")
    I.dont_see("There is a problem")


def test_type_error_clears_on_choice():
    """Scenario: choosing a type after the error
Given I clicked Submit claim with nothing filled
When I pick "Fire or smoke"
Then "Choose the type of claim." goes away next to the options"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.check("Fire or smoke")
    I.click("Submit claim")
    I.dont_see("Choose the type of claim.")


def test_description_too_many():
    """When I paste a description that runs to 203 characters
Then the counter says "3 characters too many\""""
    I.go_to("/claims/")
    I.fill("Description", "The storm blew the garden shed door open and rain got into every box we stored inside it, ruining two bicycles, a lawnmower, a pressure washer, camping gear and our old photo albums from the nineties....")
    I.see("3 characters too many")


def test_summary_link_focuses_field():
    """Scenario: summary links
Given I submitted an empty claim
When I click "Enter your email address." in the summary
Then I can type "kim@example.com" into the email field straight away"""
    I.go_to("/claims/")
    I.click("Submit claim")
    I.click("Enter your email address.", near="There is a problem")
    I.type("kim@example.com")
    I.see_value("Email address", "kim@example.com")


def test_amount_with_pound_sign():
    """When I type "£2,000" into Amount claimed and tab out
Then it is tidied to "2,000.00" with no error"""
    I.go_to("/claims/")
    I.fill("Amount claimed", "£2,000")
    I.press("Tab")
    I.see_value("Amount claimed", "2,000.00")
    I.dont_see("Enter an amount in pounds, like 1,250.00.")


def test_recap_evidence_none():
    """Scenario: no evidence file
Given a valid Fire or smoke claim on policy "ZX-777111" by "ria@example.com" on 2025-12-24 for "Candle set the curtains and sofa alight", £3000, with no file name
When I submit
Then the recap shows Evidence "None given\""""
    I.go_to("/claims/")
    I.fill("Policy number", "ZX-777111")
    I.fill("Email address", "ria@example.com")
    I.fill("Date of incident", "2025-12-24")
    I.check("Fire or smoke")
    I.fill("Description", "Candle set the curtains and sofa alight")
    I.fill("Amount claimed", "3000")
    I.check("I confirm the information I've given is true and complete.")
    I.click("Submit claim")
    I.see("None given")


def test_policy_empty_after_touch():
    """when I submit the claim form with only the email "a@b.co" filled
then I still see "Enter your policy number."
but not "Enter your email address.\""""
    I.go_to("/claims/")
    I.fill("Email address", "a@b.co")
    I.click("Submit claim")
    I.see("Enter your policy number.")
    I.dont_see("Enter your email address.")


def test_description_exact_twenty():
    """Scenario: twenty characters is enough
When I type "Window smashed today" (20 characters) into Description and move to Amount claimed
Then "Tell us a bit more: at least 20 characters." should not show
and the counter says "180 characters left\""""
    I.go_to("/claims/")
    I.fill("Description", "Window smashed today")
    I.click("Amount claimed")
    I.see("180 characters left")
    I.dont_see("Tell us a bit more: at least 20 characters.")
