"""spa: tasks written by w11."""

from testgen import I


def test_contacts_link_lists_everyone():
    """nav > Contacts should open 'All contacts' with 14 contacts"""
    I.go_to("/spa/")
    I.click("Contacts")
    I.see("All contacts")
    I.see("14 contacts")


def test_search_by_name():
    """search 'chen' on the contacts page -> should show Chen Wei and '1 contact'"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "chen")
    I.see("Chen Wei")
    I.see("1 contact")


def test_search_hides_non_matching():
    """contacts search > typing 'Petrov' should hide Amara Okafor from the list"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "Petrov")
    I.see("Ivan Petrov")
    I.dont_see("Amara Okafor")


def test_search_by_company():
    """should find people by company too: search 'Sakura' gives just Hana Kobayashi (1 contact)"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "Sakura")
    I.see("Hana Kobayashi")
    I.see("1 contact")


def test_search_no_match_empty_state():
    """searching for 'zzz' should show the empty state: No contacts match "zzz"."""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "zzz")
    I.see('No contacts match "zzz".')
    I.see("0 contacts")


def test_search_updates_url():
    """search box should put the query in the url (?q=nowak)"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "nowak")
    I.see_url("q=nowak")


def test_search_by_email_domain():
    """search by email: 'example.jp' -> only Hana Kobayashi, 1 contact"""
    I.go_to("/spa/contacts")
    I.fill("Search contacts", "example.jp")
    I.see("1 contact")
    I.see("Hana Kobayashi")


def test_open_contact_detail():
    """clicking Bruno Castellani in the list should open his card with phone +39 06 555 0102"""
    I.go_to("/spa/contacts")
    I.click("Bruno Castellani")
    I.see("+39 06 555 0102")
    I.see("Castellani & Figli")


def test_detail_url_has_id():
    """contact detail url should be /spa/contacts/<id> — open Chen Wei, url ends with /contacts/3"""
    I.go_to("/spa/contacts")
    I.click("Chen Wei")
    I.see_url("/spa/contacts/3")


def test_detail_no_notes_yet():
    """Esteban Ruiz detail should say 'No notes yet' under Notes"""
    I.go_to("/spa/contacts")
    I.click("Esteban Ruiz")
    I.see("No notes yet")


def test_starred_filter():
    """Starred (sidebar) should list only starred people — Dagny yes, Bruno no"""
    I.go_to("/spa/")
    I.click("Starred")
    I.see("Starred contacts")
    I.see("Dagny Halvorsen")
    I.dont_see("Bruno Castellani")


def test_star_contact_snackbar():
    """star Gustav Lind from the list -> snackbar 'Starred Gustav Lind'"""
    I.go_to("/spa/contacts")
    I.click("Star Gustav Lind")
    I.see("Starred Gustav Lind")


def test_unstar_contact_snackbar():
    """unstarring Amara Okafor should say 'Removed star from Amara Okafor'"""
    I.go_to("/spa/contacts")
    I.click("Star Amara Okafor")
    I.see("Removed star from Amara Okafor")


def test_starred_contact_appears_in_starred_list():
    """starring Kwame Mensah, then going to Starred -> Kwame should be in there"""
    I.go_to("/spa/contacts")
    I.click("Star Kwame Mensah")
    I.click("Starred")
    I.see("Kwame Mensah")
    I.see("4 contacts")


def test_unstarred_contact_leaves_starred_list():
    """home > unstar Hana Kobayashi > reload home: she must not be under Starred anymore, 2 starred"""
    I.go_to("/spa/")
    I.click("Star Hana Kobayashi")
    I.go_to("/spa/")
    I.dont_see("Hana Kobayashi")
    I.see("2 starred")


def test_create_contact():
    """new contact > Full name 'Zoe Park', email zoe@example.com, Create contact -> 'Contact created' and her card"""
    I.go_to("/spa/")
    I.click("New contact")
    I.fill("Full name", "Zoe Park")
    I.fill("Email", "zoe@example.com")
    I.click("Create contact")
    I.see("Contact created")
    I.see("zoe@example.com")


def test_create_contact_name_required():
    """should show 'Name is required.' when I hit Create contact with an empty name"""
    I.go_to("/spa/new")
    I.fill("Email", "nobody@example.com")
    I.click("Create contact")
    I.see("Name is required.")


def test_create_contact_bad_email():
    """new contact form should reject an email without @ ('zoe.example.com') -> Enter a valid email address."""
    I.go_to("/spa/new")
    I.fill("Full name", "Zoe Park")
    I.fill("Email", "zoe.example.com")
    I.click("Create contact")
    I.see("Enter a valid email address.")
    I.dont_see("Contact created")


def test_create_contact_without_email_ok():
    """email is optional: creating 'Omar Said' with no email should still work"""
    I.go_to("/spa/new")
    I.fill("Full name", "Omar Said")
    I.click("Create contact")
    I.see("Contact created")
    I.see("Omar Said")


def test_new_contact_shows_in_list_count():
    """after adding 'Pia Berg' the contacts list should say 15 contacts and include her"""
    I.go_to("/spa/new")
    I.fill("Full name", "Pia Berg")
    I.fill("Company", "Berg Bikes")
    I.click("Create contact")
    I.see("Contact created")
    I.click("Contacts")
    I.see("15 contacts")
    I.see("Pia Berg")


def test_cancel_new_contact_goes_to_list():
    """New contact > Cancel should go back to All contacts without saving (no 'Rex Hunt')"""
    I.go_to("/spa/new")
    I.fill("Full name", "Rex Hunt")
    I.click("Cancel")
    I.see("All contacts")
    I.dont_see("Rex Hunt")


def test_edit_job_title():
    """edit Gustav Lind's job title to 'Master carpenter', Save -> 'Saved changes' + new title on the card"""
    I.go_to("/spa/contacts")
    I.click("Gustav Lind")
    I.click("Edit")
    I.fill("Job title", "Master carpenter")
    I.click("Save")
    I.see("Saved changes")
    I.see("Master carpenter")


def test_edit_add_notes():
    """editing a contact: add notes 'Met at expo' for Julia Nowak -> 'No notes yet' replaced by the note"""
    I.go_to("/spa/contacts")
    I.click("Julia Nowak")
    I.click("Edit")
    I.fill("Notes", "Met at expo")
    I.click("Save")
    I.see("Met at expo")
    I.dont_see("No notes yet")


def test_edit_clear_name_rejected():
    """edit > clearing Full name and saving must fail with Name is required."""
    I.go_to("/spa/contacts/5/edit")
    I.fill("Full name", "")
    I.click("Save")
    I.see("Name is required.")
    I.dont_see("Saved changes")


def test_edit_cancel_keeps_old_value():
    """edit_cancel: change Mateo Silva's phone to 000 then Cancel -> detail still shows +351 21 555 0113"""
    I.go_to("/spa/contacts/13/edit")
    I.fill("Phone", "000")
    I.click("Cancel")
    I.see("+351 21 555 0113")
    I.dont_see("000")


def test_delete_contact_confirm():
    """delete contact > confirm Delete in the dialog > snackbar 'Deleted Ivan Petrov' and 13 contacts"""
    I.go_to("/spa/contacts/9")
    I.click("Delete")
    I.see("Ivan Petrov will be removed from your contacts.")
    I.click("Delete", near="Keep")
    I.see("Deleted Ivan Petrov")
    I.see("13 contacts")


def test_delete_contact_keep():
    """should NOT delete when I pick Keep in the 'Delete contact?' dialog — Nadia Haddad stays"""
    I.go_to("/spa/contacts")
    I.click("Nadia Haddad")
    I.click("Delete")
    I.click("Keep")
    I.dont_see("Deleted Nadia Haddad")
    I.see("nadia.haddad@example.com")


def test_deleted_contact_gone_from_search():
    """after deleting Lucia Ferreira, searching 'Lucia' should come back empty"""
    I.go_to("/spa/contacts/12")
    I.click("Delete")
    I.click("Delete", near="Keep")
    I.see("Deleted Lucia Ferreira")
    I.fill("Search contacts", "Lucia")
    I.see("0 contacts")


def test_unknown_route_not_found():
    """/spa/nope should render 'Page not found' and Go home should take me back to Welcome back"""
    I.go_to("/spa/nope")
    I.see("Page not found")
    I.click("Go home")
    I.see("Welcome back")


def test_back_link_from_detail():
    """contact card > '← All contacts' link should return to the full list"""
    I.go_to("/spa/contacts/4")
    I.click("All contacts")
    I.see("14 contacts")
