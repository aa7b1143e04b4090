"""spa: tasks written by w2."""

from testgen import I


def test_search_by_name():
    """Search contacts by name
Test data: chen
1. Navigate to /spa/contacts
2. Enter the test data in Search contacts
Expected result: "1 contact" is displayed and the result is Chen Wei."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "chen")
    I.see("1 contact")
    I.see("Chen Wei")


def test_search_no_results():
    """Verify that a search with no matches shows the empty state.
1. Navigate to /spa/contacts
2. Type "zzq" in the search box
Expected: 'No contacts match "zzq".' and Amara Okafor is not listed."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "zzq")
    I.see('No contacts match "zzq".')
    I.dont_see("Amara Okafor")


def test_search_by_company():
    """Search by company name - "solar" should return Kwame Mensah (Gold Coast Solar)."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "solar")
    I.see("Kwame Mensah")
    I.see("1 contact")


def test_search_by_email_domain():
    """Search by email

Test data: example.pl

1. Navigate to /spa/contacts
2. Enter the test data in Search contacts

Expected result: only Julia Nowak is listed; Ivan Petrov is not displayed."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "example.pl")
    I.see("Julia Nowak")
    I.dont_see("Ivan Petrov")


def test_create_contact_name_only():
    """Create contact - mandatory field only
Test data: Full name = Priya Nair
1. Navigate to /spa/new
2. Enter the test data in Full name
3. Click Create contact
Expected result:
- Snackbar "Contact created" is shown
- The contact card for Priya Nair opens with "No notes yet\""""
    I.go_to("/spa/new")
    I.fill("Full name", "Priya Nair")
    I.click("Create contact")
    I.see("Contact created")
    I.see("No notes yet")


def test_create_contact_without_name():
    """Verify that the system does not accept a contact without a name.
1. Navigate to /spa/new
2. Enter "priya@harbor.test" in Email, leave Full name empty
3. Click Create contact
ER: "Name is required." is displayed; no "Contact created" message."""
    I.go_to("/spa/new")
    I.fill("Email", "priya@harbor.test")
    I.click("Create contact")
    I.see("Name is required.")
    I.dont_see("Contact created")


def test_create_contact_invalid_email():
    """New contact with invalid email
Test data: Full name "Tom Baker", Email "tom@baker"
1. Navigate to /spa/new
2. Fill in the test data
3. Click Create contact
Expected: "Enter a valid email address." under Email."""
    I.go_to("/spa/new")
    I.fill("Full name", "Tom Baker")
    I.fill("Email", "tom@baker")
    I.click("Create contact")
    I.see("Enter a valid email address.")


def test_create_full_contact():
    """Create contact with all details

Test data:
Full name: Oliver Grant
Email: oliver.grant@example.com
Company: Harbor Trust
Job title: Analyst

Steps:
1. Navigate to /spa/new
2. Fill in Full name, Email, Company and Job title with the test data
3. Click Create contact

Expected result: the contact card shows the email oliver.grant@example.com, company Harbor Trust and job title Analyst."""
    I.go_to("/spa/new")
    I.fill("Full name", "Oliver Grant")
    I.fill("Email", "oliver.grant@example.com")
    I.fill("Company", "Harbor Trust")
    I.fill("Job title", "Analyst")
    I.click("Create contact")
    I.see("oliver.grant@example.com")
    I.see("Harbor Trust")
    I.see("Analyst")


def test_edit_job_title():
    """Edit contact
1. Navigate to /spa/contacts and open Esteban Ruiz
2. Click Edit
3. Change Job title to "Head chef" and click Save
Expected result: "Saved changes" is displayed and the card shows Head chef."""
    I.go_to("/spa/contacts")
    I.click("Esteban Ruiz")
    I.click("Edit")
    I.fill("Job title", "Head chef")
    I.click("Save")
    I.see("Saved changes")
    I.see("Head chef")


def test_delete_contact():
    """Delete contact
1. Navigate to /spa/contacts/9 (Ivan Petrov)
2. Click Delete
3. Confirm with Delete in the dialog
Expected result:
1. Dialog text "Ivan Petrov will be removed from your contacts." is shown at step 2.
2. Snackbar "Deleted Ivan Petrov" appears and the contacts list shows 13 contacts."""
    I.go_to("/spa/contacts/9")
    I.click("Delete")
    I.see("Ivan Petrov will be removed from your contacts.")
    with I.within("Delete contact?"):
        I.click("Delete")
    I.see("Deleted Ivan Petrov")
    I.see("13 contacts")


def test_delete_contact_keep():
    """Delete - Keep
Verify that clicking Keep in the delete confirmation does not remove the contact.
1. Open /spa/contacts/2 (Bruno Castellani)
2. Click Delete, then click Keep
Expected: the dialog closes, "Deleted Bruno Castellani" is not displayed."""
    I.go_to("/spa/contacts/2")
    I.click("Delete")
    I.click("Keep")
    I.dont_see("Bruno Castellani will be removed from your contacts.")
    I.dont_see("Deleted Bruno Castellani")


def test_star_contact_from_list():
    """Star a contact
1. Navigate to /spa/contacts
2. Click the star next to Bruno Castellani
ER: "Starred Bruno Castellani" message."""
    I.go_to("/spa/contacts")
    I.click("Star Bruno Castellani")
    I.see("Starred Bruno Castellani")


def test_unstar_contact():
    """Remove star
1. Navigate to /spa/contacts
2. Click the star of Amara Okafor (currently starred)
Expected result: "Removed star from Amara Okafor" is shown."""
    I.go_to("/spa/contacts")
    I.click("Star Amara Okafor")
    I.see("Removed star from Amara Okafor")


def test_starred_section():
    """Click Starred in the side menu. Expected: "Starred contacts" page with 3 contacts."""
    I.go_to("/spa/")
    I.click("Starred")
    I.see("Starred contacts")
    I.see("3 contacts")


def test_unknown_route_not_found():
    """Unknown page
1. Navigate to /spa/invoices
Expected result: "Page not found" and the message "Nothing lives at /spa/invoices." are displayed."""
    I.go_to("/spa/invoices")
    I.see("Page not found")
    I.see("Nothing lives at /spa/invoices.")


def test_open_contact_details():
    """Contact details
1. Navigate to /spa/contacts
2. Click Hana Kobayashi
Expected result: phone +81 3 5555 0108 and company Sakura Robotics are displayed."""
    I.go_to("/spa/contacts")
    I.click("Hana Kobayashi")
    I.see("+81 3 5555 0108")
    I.see("Sakura Robotics")


def test_search_updates_url():
    """Search term in the address bar
1. Navigate to /spa/contacts
2. Enter nadia in the search field
Expected: URL contains ?q=nadia"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "nadia")
    I.see_url("q=nadia")


def test_new_contact_cancel():
    """Cancel new contact
1. Navigate to /spa/new
2. Enter "Draft Person" in Full name
3. Click Cancel
Expected result: user returns to All contacts and "Draft Person" is not in the list."""
    I.go_to("/spa/new")
    I.fill("Full name", "Draft Person")
    I.click("Cancel")
    I.see("All contacts")
    I.dont_see("Draft Person")


def test_add_notes_on_edit():
    """Add notes to an existing contact
Test data: Notes = Prefers calls after 3pm
1. Navigate to /spa/contacts/5
2. Click Edit, enter the test data in Notes, click Save
ER: the card shows "Prefers calls after 3pm" instead of "No notes yet"."""
    I.go_to("/spa/contacts/5")
    I.click("Edit")
    I.fill("Notes", "Prefers calls after 3pm")
    I.click("Save")
    I.see("Prefers calls after 3pm")
    I.dont_see("No notes yet")


def test_created_contact_searchable_after_reload():
    """Created contact is kept

1. Navigate to /spa/new, enter "Zoe Quinn" as Full name and click Create contact
2. Navigate to /spa/contacts
3. Search for "zoe"

Expected result: Zoe Quinn is found (1 contact)."""
    I.go_to("/spa/new")
    I.fill("Full name", "Zoe Quinn")
    I.click("Create contact")
    I.see("Contact created")
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "zoe")
    I.see("Zoe Quinn")
    I.see("1 contact")


def test_deleted_contact_not_found_in_search():
    """Verify that a deleted contact is no longer returned by search.
Preconditions: contact Gustav Lind exists (/spa/contacts/7).
1. Open the contact, click Delete and confirm.
2. Search contacts for "gustav".
Expected result: 'No contacts match "gustav".'"""
    I.go_to("/spa/contacts/7")
    I.click("Delete")
    with I.within("Delete contact?"):
        I.click("Delete")
    I.see("Deleted Gustav Lind")
    I.fill("Search contacts", "gustav")
    I.see('No contacts match "gustav".')


def test_star_from_detail_shows_in_starred():
    """Star contact from its card
1. Navigate to /spa/contacts/10 (Julia Nowak)
2. Click the star next to the name
3. Click Starred in the menu
Expected: Julia Nowak is listed among the starred contacts (4 contacts now)."""
    I.go_to("/spa/contacts/10")
    I.click("Star Julia Nowak")
    I.see("Starred Julia Nowak")
    I.click("Starred")
    I.see("Julia Nowak")
    I.see("4 contacts")


def test_direct_contact_url():
    """Open /spa/contacts/3 directly - Chen Wei's card should load (Jade River Logistics, Operations)."""
    I.go_to("/spa/contacts/3")
    I.see("Jade River Logistics")
    I.see("Operations")


def test_browse_all_from_home():
    """Home > Browse all contacts
1. Navigate to /spa/
2. Click Browse all contacts
Expected result: All contacts page with "14 contacts"."""
    I.go_to("/spa/")
    I.click("Browse all contacts")
    I.see("14 contacts")


def test_edit_clear_name_rejected():
    """Edit contact - empty name
1. Navigate to /spa/contacts/6/edit
2. Clear Full name
3. Click Save
Expected: "Name is required." and "Saved changes" is not shown."""
    I.go_to("/spa/contacts/6/edit")
    I.fill("Full name", "")
    I.click("Save")
    I.see("Name is required.")
    I.dont_see("Saved changes")


def test_back_link_from_card():
    """Back to list
1. Open /spa/contacts/12
2. Click "← All contacts"
Expected result: the list page is shown with the search box and 14 contacts."""
    I.go_to("/spa/contacts/12")
    I.click("All contacts")
    I.see("14 contacts")


def test_search_within_starred():
    """Search inside Starred

1. Navigate to /spa/contacts?starred=1
2. Search for "hana"

Expected result: 1 contact - Hana Kobayashi; Dagny Halvorsen is not shown."""
    I.go_to("/spa/contacts?starred=1")
    I.fill("Search contacts", "hana")
    I.see("1 contact")
    I.see("Hana Kobayashi")
    I.dont_see("Dagny Halvorsen")


def test_rename_contact_updates_list():
    """Rename a contact
Test data: Mateo Silva -> Mateo Silva Costa
1. Open /spa/contacts/13/edit
2. Change Full name to the new value and click Save
3. Go back to All contacts
ER: list shows "Mateo Silva Costa"."""
    I.go_to("/spa/contacts/13/edit")
    I.fill("Full name", "Mateo Silva Costa")
    I.click("Save")
    I.see("Saved changes")
    I.click("All contacts")
    I.see("Mateo Silva Costa")


def test_add_contact_button_from_list():
    """From All contacts, click "Add contact" -> New contact form should open (URL /spa/new)."""
    I.go_to("/spa/contacts")
    I.click("Add contact")
    I.see_url("/spa/new")
    I.see("New contact")


def test_edit_cancel_discards_changes():
    """Edit - Cancel
Verify that changes are not saved when Cancel is clicked on the edit form.
1. Navigate to /spa/contacts/4/edit (Dagny Halvorsen)
2. Change Company to "Coastal Cruises"
3. Click Cancel
Expected result: the contact card still shows Fjordline Ferries; Coastal Cruises is not displayed."""
    I.go_to("/spa/contacts/4/edit")
    I.fill("Company", "Coastal Cruises")
    I.click("Cancel")
    I.see("Fjordline Ferries")
    I.dont_see("Coastal Cruises")


def test_search_is_case_insensitive():
    """Search in capitals - "AMARA" should still find Amara Okafor (1 contact)."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "AMARA")
    I.see("1 contact")
    I.see("Amara Okafor")


def test_clearing_search_restores_list():
    """Clear search
1. Navigate to /spa/contacts
2. Enter "chen" in Search contacts - 1 contact
3. Clear the search field
Expected: all 14 contacts are listed again."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "chen")
    I.see("1 contact")
    I.fill("Search contacts", "")
    I.see("14 contacts")
