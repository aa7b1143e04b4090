"""spa: tasks written by w4."""

from testgen import I


def test_create_contact():
    """As a salesperson, I want to add a new contact so that I can reach them later.
AC1: from New contact, fill Full name "Priya Raman", Email "priya@example.com", Company "Orbit Labs"
AC2: Create contact shows "Contact created"
AC3: the contact card shows priya@example.com"""
    I.go_to("/spa/")
    I.click("New contact")
    I.fill("Full name", "Priya Raman")
    I.fill("Email", "priya@example.com")
    I.fill("Company", "Orbit Labs")
    I.click("Create contact")
    I.see("Contact created")
    I.see("priya@example.com")


def test_new_contact_requires_name():
    """The new contact form must not accept a contact without a name.
AC: click Create contact with an empty form -> "Name is required.\""""
    I.go_to("/spa/new")
    I.click("Create contact")
    I.see("Name is required.")


def test_new_contact_bad_email():
    """AC1: name "Tom Ashby", email "tom@ashby"
AC2: "Enter a valid email address." shows and no contact is created"""
    I.go_to("/spa/new")
    I.fill("Full name", "Tom Ashby")
    I.fill("Email", "tom@ashby")
    I.click("Create contact")
    I.see("Enter a valid email address.")
    I.dont_see("Contact created")


def test_search_by_company():
    """As a user I want to find people by their company.
AC1: on Contacts type "freight" in the search box
AC2: Ivan Petrov is shown
AC3: the result count says 1 contact"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "freight")
    I.see("Ivan Petrov")
    I.see("1 contact")


def test_search_no_match():
    """Searching contacts for "zzz" should say No contacts match "zzz"."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "zzz")
    I.see('No contacts match "zzz".')


def test_search_hides_others():
    """AC1: search "example.jp"
AC2: only Hana Kobayashi is left; Amara Okafor is not in the list"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "example.jp")
    I.see("Hana Kobayashi")
    I.dont_see("Amara Okafor")


def test_search_in_url():
    """As a user I want to share a search link, so the query ends up in the address: searching "lind" puts q=lind in the URL and shows Gustav Lind."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "lind")
    I.see_url("q=lind")
    I.see("Gustav Lind")


def test_open_contact_details():
    """As a user I want to see a contact's phone number.
AC: clicking Chen Wei in the contact list opens the card with +86 10 5555 0103 and job title Operations"""
    I.go_to("/spa/contacts")
    I.click("Chen Wei")
    I.see("+86 10 5555 0103")
    I.see("Operations")


def test_contact_no_notes():
    """AC: Bruno Castellani's card says "No notes yet\""""
    I.go_to("/spa/contacts")
    I.click("Bruno Castellani")
    I.see("No notes yet")


def test_star_contact_from_list():
    """As a user I want to star the people I talk to most.
AC1: star Esteban Ruiz from the list
AC2: a message "Starred Esteban Ruiz" appears
AC3: he then shows up under Starred on the Home screen"""
    I.go_to("/spa/contacts")
    I.click("Star Esteban Ruiz")
    I.see("Starred Esteban Ruiz")
    I.click("Home")
    I.see("Chef, Sol y Sombra")


def test_unstar_contact():
    """As a user, I want to unstar someone.
- on the Starred page, un-star Dagny Halvorsen
- "Removed star from Dagny Halvorsen" is shown
- after opening Starred again she is no longer in the list"""
    I.go_to("/spa/contacts?starred=1")
    I.click("Star Dagny Halvorsen")
    I.see("Removed star from Dagny Halvorsen")
    I.click("Home")
    I.click("Starred")
    I.dont_see("Dagny Halvorsen")


def test_starred_page_list():
    """AC: the Starred section lists exactly 3 contacts by default, including Hana Kobayashi"""
    I.go_to("/spa/")
    I.click("Starred")
    I.see("3 contacts")
    I.see("Hana Kobayashi")


def test_edit_contact_job_title():
    """As a user I want to keep job titles up to date.
AC1: open Julia Nowak, Edit, change Job title to "Publisher"
AC2: Save shows "Saved changes"
AC3: her card now says Publisher"""
    I.go_to("/spa/contacts")
    I.click("Julia Nowak")
    I.click("Edit")
    I.fill("Job title", "Publisher")
    I.click("Save")
    I.see("Saved changes")
    I.see("Publisher")


def test_edit_cancel_keeps_old_value():
    """AC1: edit Kwame Mensah, change Company to "Sun Co" but press Cancel
AC2: the card still shows Gold Coast Solar and not Sun Co"""
    I.go_to("/spa/contacts")
    I.click("Kwame Mensah")
    I.click("Edit")
    I.fill("Company", "Sun Co")
    I.click("Cancel")
    I.see("Gold Coast Solar")
    I.dont_see("Sun Co")


def test_add_notes_to_contact():
    """As a user I want to write notes on a contact so I remember what we talked about. Edit Lucia Ferreira, put "Wants 20kg of beans monthly" in Notes, save; the note is shown on her card."""
    I.go_to("/spa/contacts")
    I.click("Lucia Ferreira")
    I.click("Edit")
    I.fill("Notes", "Wants 20kg of beans monthly")
    I.click("Save")
    I.see("Wants 20kg of beans monthly")


def test_delete_contact():
    """As a user I want to delete contacts I no longer need.
AC1: open Mateo Silva, Delete, confirm with Delete in the dialog
AC2: "Deleted Mateo Silva" is shown
AC3: the list shows 13 contacts"""
    I.go_to("/spa/contacts")
    I.click("Mateo Silva")
    I.click("Delete")
    I.see("Mateo Silva will be removed from your contacts.")
    I.click("Delete", near="Keep")
    I.see("Deleted Mateo Silva")
    I.see("13 contacts")


def test_delete_keep():
    """AC1: start deleting Nadia Haddad but choose Keep in the dialog
AC2: her card is still there (Cedar Clinics) and the dialog text is gone"""
    I.go_to("/spa/contacts")
    I.click("Nadia Haddad")
    I.click("Delete")
    I.click("Keep")
    I.dont_see("Nadia Haddad will be removed from your contacts.")
    I.see("Cedar Clinics")


def test_home_counts():
    """As a user on the Home screen I want a quick count of my contacts. After creating "Zoe Park" from Add contact, Home shows 15 contacts."""
    I.go_to("/spa/")
    I.click("Add contact")
    I.fill("Full name", "Zoe Park")
    I.click("Create contact")
    I.see("Contact created")
    I.click("Home")
    I.see("15")


def test_unknown_page():
    """AC: visiting /spa/nowhere shows "Page not found" with a "Go home" link that brings back the Welcome back screen"""
    I.go_to("/spa/nowhere")
    I.see("Page not found")
    I.click("Go home")
    I.see("Welcome back")


def test_deep_link_to_contact():
    """AC: opening /spa/contacts/4 directly shows Dagny Halvorsen with the company Fjordline Ferries"""
    I.go_to("/spa/contacts/4")
    I.see("Dagny Halvorsen")
    I.see("Fjordline Ferries")


def test_back_to_all_contacts():
    """From a contact card (Amara Okafor), the "All contacts" link should bring back the full list with 14 contacts."""
    I.go_to("/spa/contacts")
    I.click("Amara Okafor")
    I.click("All contacts")
    I.see("14 contacts")


def test_created_contact_in_search():
    """As a user, I expect a new contact to be searchable straight away.
AC1: create "Olga Berg" with company "Baltic Wool"
AC2: on Contacts, searching "baltic" finds Olga Berg"""
    I.go_to("/spa/new")
    I.fill("Full name", "Olga Berg")
    I.fill("Company", "Baltic Wool")
    I.click("Create contact")
    I.click("Contacts")
    I.fill("Search contacts", "baltic")
    I.see("Olga Berg")


def test_rename_contact_heading():
    """AC1: rename Gustav Lind to "Gustav Lindqvist" through Edit
AC2: the card heading reads Gustav Lindqvist"""
    I.go_to("/spa/contacts/7/edit")
    I.fill("Full name", "Gustav Lindqvist")
    I.click("Save")
    I.see("Gustav Lindqvist")


def test_deleted_contact_not_found_in_search():
    """Once Ivan Petrov has been deleted, searching for "ivan" should give no matches."""
    I.go_to("/spa/contacts/9")
    I.click("Delete")
    I.click("Delete", near="Keep")
    I.see("Deleted Ivan Petrov")
    I.fill("Search contacts", "ivan")
    I.see('No contacts match "ivan".')


def test_search_by_email_domain():
    """AC: searching contacts for "example.org" finds 2 contacts: Bruno Castellani and Fatima Zahra"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "example.org")
    I.see("2 contacts")
    I.see("Fatima Zahra")


def test_star_from_detail_card():
    """As a user looking at someone's card, I want to star them right there. Open Chen Wei and press the star — "Starred Chen Wei"."""
    I.go_to("/spa/contacts")
    I.click("Chen Wei")
    I.click("Star Chen Wei")
    I.see("Starred Chen Wei")


def test_edit_with_bad_email():
    """The edit form must not accept a broken email.
AC1: edit Esteban Ruiz, set Email to "esteban@"
AC2: Save shows "Enter a valid email address." and "Saved changes" does not appear"""
    I.go_to("/spa/contacts/5/edit")
    I.fill("Email", "esteban@")
    I.click("Save")
    I.see("Enter a valid email address.")
    I.dont_see("Saved changes")


def test_cancel_new_contact():
    """AC: Cancel on the New contact form goes back to All contacts with 14 contacts"""
    I.go_to("/spa/new")
    I.fill("Full name", "Half Done")
    I.click("Cancel")
    I.see("14 contacts")
    I.dont_see("Half Done")


def test_browse_all_from_home():
    """As a user on the Home screen, "Browse all contacts" should open the full list (All contacts, 14 contacts)."""
    I.go_to("/spa/")
    I.click("Browse all contacts")
    I.see("All contacts")
    I.see("14 contacts")


def test_clear_search_shows_all():
    """AC1: search "chen" -> 1 contact
AC2: emptying the search box brings back all 14 contacts"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "chen")
    I.see("1 contact")
    I.fill("Search contacts", "")
    I.see("14 contacts")


def test_name_only_contact():
    """As a user in a hurry, I want to save a contact with just a name.
AC: creating "Walter" with nothing else gives "Contact created" and "No notes yet" on the card"""
    I.go_to("/spa/new")
    I.fill("Full name", "Walter")
    I.click("Create contact")
    I.see("Contact created")
    I.see("No notes yet")


def test_starred_list_grows():
    """AC1: star Ivan Petrov from All contacts
AC2: the Starred page now lists 4 contacts, Ivan Petrov among them"""
    I.go_to("/spa/contacts")
    I.click("Star Ivan Petrov")
    I.click("Starred")
    I.see("4 contacts")
    I.see("Ivan Petrov")


def test_edit_phone_number():
    """As a user whose contact changed numbers, I want to update the phone: edit Fatima Zahra's Phone to "+212 600 123 456", save, and the card shows the new number instead of the old +212 522 555 106."""
    I.go_to("/spa/contacts")
    I.click("Fatima Zahra")
    I.click("Edit")
    I.fill("Phone", "+212 600 123 456")
    I.click("Save")
    I.see("+212 600 123 456")
    I.dont_see("+212 522 555 106")


def test_search_link_opens_filtered():
    """AC: opening /spa/contacts?q=sakura directly shows just Hana Kobayashi (1 contact) with "sakura" already in the search box"""
    I.go_to("/spa/contacts?q=sakura")
    I.see("1 contact")
    I.see("Hana Kobayashi")
    I.see_value("Search contacts", "sakura")


def test_delete_updates_home_count():
    """AC1: delete Amara Okafor (a starred contact) from her card
AC2: on Home she is no longer under Starred"""
    I.go_to("/spa/contacts/1")
    I.click("Delete")
    I.click("Delete", near="Keep")
    I.see("Deleted Amara Okafor")
    I.click("Home")
    I.dont_see("Amara Okafor")
