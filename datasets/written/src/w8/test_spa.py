"""spa: tasks written by w8."""

from testgen import I


def test_create_new_contact():
    """Use the last link in the side drawer to add a contact: Full name Olu Adeyemi, email olu@example.com, company Harmattan Audio. After Create contact you should land on Olu's card with a 'Contact created' snackbar."""
    I.go_to("/spa/")
    I.click("New contact")
    I.fill("Full name", "Olu Adeyemi")
    I.fill("Email", "olu@example.com")
    I.fill("Company", "Harmattan Audio")
    I.click("Create contact")
    I.see("Contact created")
    I.see("Harmattan Audio")
    I.see("olu@example.com")


def test_create_contact_without_name():
    """New contact form: only fill the Phone field (+1 555 0199) and press Create contact. It must be refused with Name is required."""
    I.go_to("/spa/new")
    I.fill("Phone", "+1 555 0199")
    I.click("Create contact")
    I.see("Name is required.")
    I.dont_see("Contact created")


def test_create_contact_bad_email():
    """new contact: name Pim, email 'pim@nowhere' -> Create. Error under the email box: Enter a valid email address."""
    I.go_to("/spa/new")
    I.fill("Full name", "Pim")
    I.fill("Email", "pim@nowhere")
    I.click("Create contact")
    I.see("Enter a valid email address.")


def test_create_contact_cancel():
    """Start a new contact called Ghost Person, then hit the outlined Cancel next to the create button. You end up on All contacts and Ghost Person isn't in the list."""
    I.go_to("/spa/new")
    I.fill("Full name", "Ghost Person")
    I.click("Cancel")
    I.see("All contacts")
    I.dont_see("Ghost Person")


def test_contacts_list_count():
    """Open Contacts from the drawer (second link). The counter under the search reads 14 contacts."""
    I.go_to("/spa/")
    I.click("Contacts")
    I.see("14 contacts")
    I.see_url("/spa/contacts")


def test_search_contacts_by_company():
    """On the contacts list, type 'robotics' in the search field at the top. Only Hana Kobayashi is left: 1 contact."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "robotics")
    I.see("1 contact")
    I.see("Hana Kobayashi")
    I.dont_see("Amara Okafor")


def test_search_contacts_no_match():
    """Search contacts for 'xylophone'. Empty state says no contacts match "xylophone"."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "xylophone")
    I.see('No contacts match "xylophone".')


def test_search_updates_url():
    """Type chen in the contacts search; the address bar should pick up q=chen and Chen Wei stays listed"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "chen")
    I.see_url("q=chen")
    I.see("Chen Wei")


def test_starred_view_only_starred():
    """Click Starred (third link in the drawer). Three contacts, and Bruno Castellani shouldn't be there."""
    I.go_to("/spa/")
    I.click("Starred")
    I.see("Starred contacts")
    I.see("3 contacts")
    I.dont_see("Bruno Castellani")


def test_star_contact_snackbar():
    """In the full contact list hit the star button on Bruno's row (the second row). A snackbar says Starred Bruno Castellani."""
    I.go_to("/spa/contacts")
    I.click("Star Bruno Castellani")
    I.see("Starred Bruno Castellani")


def test_unstar_first_on_home():
    """On the home page click the star next to the first starred contact (Amara). Snackbar: Removed star from Amara Okafor."""
    I.go_to("/spa/")
    I.click("Star Amara Okafor")
    I.see("Removed star from Amara Okafor")


def test_star_then_starred_list():
    """Star Ivan Petrov from the contacts list, then go to Starred. He should be listed there now, with 4 contacts."""
    I.go_to("/spa/contacts")
    I.click("Star Ivan Petrov")
    I.click("Starred")
    I.see("Ivan Petrov")
    I.see("4 contacts")


def test_open_contact_detail():
    """Open the second contact in the home page's Starred list (Dagny). Her card should show the phone +47 22 55 01 04 and 'No notes yet'."""
    I.go_to("/spa/")
    I.click("Dagny Halvorsen Captain, Fjordline Ferries")
    I.see("+47 22 55 01 04")
    I.see("No notes yet")


def test_edit_contact_job_title():
    """Go to Julia Nowak's card, hit Edit, change Job title to Senior editor and Save. Snackbar 'Saved changes' and the card shows Senior editor."""
    I.go_to("/spa/contacts")
    I.click("Julia Nowak")
    I.click("Edit")
    I.fill("Job title", "Senior editor")
    I.click("Save")
    I.see("Saved changes")
    I.see("Senior editor")


def test_edit_contact_notes():
    """Open contact #5 directly (/spa/contacts/5), edit it and add the note 'Allergic to shellfish'. After saving, the note appears instead of No notes yet."""
    I.go_to("/spa/contacts/5")
    I.click("Edit")
    I.fill("Notes", "Allergic to shellfish")
    I.click("Save")
    I.see("Allergic to shellfish")
    I.dont_see("No notes yet")


def test_delete_contact_confirm():
    """Open Kwame Mensah, press the outlined Delete button, confirm with the red Delete in the dialog. You should be back on the list with a Deleted Kwame Mensah snackbar and 13 contacts."""
    I.go_to("/spa/contacts")
    I.click("Kwame Mensah")
    I.click("Delete")
    I.see("Kwame Mensah will be removed from your contacts.")
    I.click("Delete", near="Keep")
    I.see("Deleted Kwame Mensah")
    I.see("13 contacts")


def test_delete_contact_keep():
    """On Lucia Ferreira's page, click Delete then choose Keep in the popup. She's still there - her email lucia.f@example.br is shown and no Deleted message."""
    I.go_to("/spa/contacts")
    I.click("Lucia Ferreira")
    I.click("Delete")
    I.click("Keep")
    I.see("lucia.f@example.br")
    I.dont_see("Deleted Lucia Ferreira")


def test_detail_back_link():
    """From a contact card (Mateo Silva), use the back arrow link at the top to return to All contacts."""
    I.go_to("/spa/contacts")
    I.click("Mateo Silva")
    I.see("mateo.silva@example.com")
    I.click("All contacts")
    I.see("14 contacts")


def test_unknown_route_not_found():
    """Go to /spa/nowhere. Page not found should show, then the Go home link brings back Welcome back."""
    I.go_to("/spa/nowhere")
    I.see("Page not found")
    I.click("Go home")
    I.see("Welcome back")


def test_home_add_contact_button():
    """Press the Add contact button at the top of the home screen and check the New contact form appears with a Create contact button."""
    I.go_to("/spa/")
    I.click("Add contact")
    I.see_url("/spa/new")
    I.see("Create contact")


def test_browse_all_contacts_link():
    """Home: the link at the bottom under the starred list takes me to the full list - Nadia Haddad should be on it."""
    I.go_to("/spa/")
    I.click("Browse all contacts")
    I.see("Nadia Haddad")


def test_deleted_contact_url_is_not_found():
    """Delete contact 3 (Chen Wei) from his card, then open /spa/contacts/3 again. Should be page not found."""
    I.go_to("/spa/contacts/3")
    I.click("Delete")
    I.click("Delete", near="Keep")
    I.see("Deleted Chen Wei")
    I.go_to("/spa/contacts/3")
    I.see("Page not found")


def test_edit_cancel_keeps_values():
    """Open Gustav Lind, click Edit, change the company to IKEA, then hit Cancel. His card should still say Nordic Pine."""
    I.go_to("/spa/contacts/7")
    I.click("Edit")
    I.fill("Company", "IKEA")
    I.click("Cancel")
    I.see("Nordic Pine")
    I.dont_see("IKEA")


def test_edit_clear_name_refused():
    """Edit Fatima Zahra and clear the Full name box, then Save. It must say Name is required. and not save."""
    I.go_to("/spa/contacts/6/edit")
    I.fill("Full name", "")
    I.click("Save")
    I.see("Name is required.")
    I.dont_see("Saved changes")


def test_new_contact_appears_in_list():
    """Create a contact named Aaron Abel (nothing else). Then open Contacts: there are 15 now and Aaron Abel is in the list."""
    I.go_to("/spa/new")
    I.fill("Full name", "Aaron Abel")
    I.click("Create contact")
    I.see("Contact created")
    I.click("Contacts")
    I.see("15 contacts")
    I.see("Aaron Abel")
