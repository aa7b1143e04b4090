"""helpdesk: tasks written by w6."""

from testgen import I


def test_pending_tab():
    """So I'd open Harbor and click the Pending tab. Should say 2 tickets pending and list the data export one ("How do I export my data?") — and not the password one, that's Open."""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.see("2 tickets pending")
    I.see("How do I export my data?")
    I.dont_see("Can't reset my password")


def test_all_tickets_tab():
    """All tickets tab should show the lot: "9 tickets in total", with the Dark mode request in there too."""
    I.go_to("/helpdesk/")
    I.click("All tickets")
    I.see("9 tickets in total")
    I.see("Dark mode request")


def test_search_by_number():
    """Search works on the ticket number — type 1046 in Search tickets and only the Two-factor codes not arriving ticket should be left."""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "1046")
    I.see("Two-factor codes not arriving")
    I.dont_see("Invoice shows the wrong VAT number")


def test_search_no_match():
    """Search for something silly like "banana" and it should say No tickets match “banana”."""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "banana")
    I.see("No tickets match “banana”.")


def test_search_by_requester():
    """Searching by name: "okafor" should find Tom Okafor's VAT invoice ticket."""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "okafor")
    I.see("Invoice shows the wrong VAT number")
    I.dont_see("App crashes when uploading a photo")


def test_open_ticket_view():
    """Click the "App crashes when uploading a photo" ticket. The title should be #1044 · App crashes when uploading a photo and the status line says Status: Open · Priority: Urgent · Assignee: Unassigned."""
    I.go_to("/helpdesk/")
    I.click("App crashes when uploading a photo")
    I.see("#1044 · App crashes when uploading a photo")
    I.see("Status: Open · Priority: Urgent · Assignee: Unassigned")


def test_reply_needs_text():
    """Open the password ticket (Can't reset my password) and press Send reply with nothing typed. It should say "Write a reply before sending."."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Send reply")
    I.see("Write a reply before sending.")


def test_reply_moves_to_pending():
    """Replying to an open ticket flips it to Pending. Open the VAT invoice one, type "Sorry about that, corrected invoice attached." in Reply, Send reply — the message appears and the status line says Status: Pending."""
    I.go_to("/helpdesk/")
    I.click("Invoice shows the wrong VAT number")
    I.fill("Reply", "Sorry about that, corrected invoice attached.")
    I.click("Send reply")
    I.see("Sorry about that, corrected invoice attached.")
    I.see("Status: Pending · Priority: Normal · Assignee: Unassigned")


def test_mark_as_solved():
    """Open Two-factor codes not arriving, hit Mark as solved, then Back to tickets. There's a "Ticket #1046 marked as solved." note and the Open tab is down to 3 tickets open."""
    I.go_to("/helpdesk/")
    I.click("Two-factor codes not arriving")
    I.click("Mark as solved")
    I.see("Status: Solved")
    I.click("Back to tickets")
    I.see("Ticket #1046 marked as solved.")
    I.see("3 tickets open")


def test_reopen_solved_ticket():
    """Go to Solved, open Dark mode request and click Reopen ticket. Status line should change to Status: Open, and the Reopen button goes (you get Mark as pending instead)."""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.click("Dark mode request")
    I.click("Reopen ticket")
    I.see("Status: Open · Priority: Low")
    I.dont_see("Reopen ticket")


def test_assign_ticket():
    """Open the Refund for duplicate charge ticket (it's under Pending), go to the Details tab and set Assignee to Rosa Lind. Status line should end with Assignee: Rosa Lind."""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.click("Refund for duplicate charge")
    I.click("Details")
    I.select("Assignee", "Rosa Lind")
    I.see("Assignee: Rosa Lind")


def test_history_after_assign():
    """After assigning the password ticket to Eli Moreno (Details tab, Assignee), the History tab should have "Assigned to Eli Moreno" in it."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Details")
    I.select("Assignee", "Eli Moreno")
    I.click("History")
    I.see("Assigned to Eli Moreno")


def test_history_status_change():
    """Mark the photo-crash ticket as pending and check History — "Status changed to Pending" should be listed under the Ticket created line."""
    I.go_to("/helpdesk/")
    I.click("App crashes when uploading a photo")
    I.click("Mark as pending")
    I.click("History")
    I.see("Status changed to Pending")


def test_show_more_long_message():
    """The password ticket has a long message that's cut off. Click Show more and the end of it should appear ("send a link that works?")."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Show more")
    I.see("send a link that works?")
    I.see("Show less")


def test_long_message_cut_by_default():
    """And the other way round — when you first open Can't reset my password, the tail of the message ("send a link that works?") shouldn't show until you expand it."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.see("Maya Chen")
    I.dont_see("send a link that works?")


def test_new_ticket_created():
    """Create a ticket: New ticket, Subject "Cannot download receipts", email "li.wei@example.com", Priority High, Description "The download button on the receipts page does nothing." then Create ticket. Should say Ticket #1051 created. and it's in the Open list."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Cannot download receipts")
    I.fill("Requester email", "li.wei@example.com")
    I.select("Priority", "High")
    I.fill("Description", "The download button on the receipts page does nothing.")
    I.click("Create ticket")
    I.see("Ticket #1051 created.")
    I.see("Cannot download receipts")
    I.see("5 tickets open")


def test_new_ticket_all_empty():
    """Open New ticket and just hit Create ticket. You should get all three errors: Enter a subject., Enter the requester's email. and Describe the problem."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.click("Create ticket")
    I.see("Enter a subject.")
    I.see("Enter the requester's email.")
    I.see("Describe the problem.")


def test_new_ticket_short_subject():
    """Subject has to be at least 5 characters — put "Help" and it should moan "Subject must be at least 5 characters." at you."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Help")
    I.click("Create ticket")
    I.see("Subject must be at least 5 characters.")


def test_new_ticket_bad_email():
    """Bad email: "rosa.example.com" (no @) should be rejected with Enter an email like name@example.com."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Requester email", "rosa.example.com")
    I.click("Create ticket")
    I.see("Enter an email like name@example.com.")


def test_new_ticket_short_description():
    """Description "Broken" is too short, I'd expect "Add a few more details (at least 20 characters)."."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Description", "Broken")
    I.click("Create ticket")
    I.see("Add a few more details (at least 20 characters).")


def test_new_ticket_cancel():
    """Open New ticket, type a subject ("Printer on fire"), then Cancel. Nothing should be created — no Printer on fire in the list and still 4 tickets open."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Printer on fire")
    I.click("Cancel")
    I.dont_see("Printer on fire")
    I.see("4 tickets open")


def test_new_ticket_escape():
    """Escape should close the New ticket dialog as well; the "Log a ticket for a customer" text goes away."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.see("Log a ticket for a customer. Fields marked * are required.")
    I.press("Escape")
    I.dont_see("Log a ticket for a customer. Fields marked * are required.")


def test_faq_urgent():
    """In the Agent FAQ, click When is a ticket urgent? — the answer should open: "Answer within one hour." is the bit I'd look for."""
    I.go_to("/helpdesk/")
    I.click("When is a ticket urgent?")
    I.see("Answer within one hour.")


def test_faq_refunds_toggle_closed():
    """Open How do refunds work? and then click it again to close it. The $200 sentence should be hidden again."""
    I.go_to("/helpdesk/")
    I.click("How do refunds work?")
    I.see("Refunds under $200 need no approval.")
    I.click("How do refunds work?")
    I.dont_see("Refunds under $200 need no approval.")


def test_announcement_show_more():
    """The weekend cover banner has a Show more link; click it and "Everything else waits until Monday 9:00." should turn up."""
    I.go_to("/helpdesk/")
    I.click("Show more")
    I.see("Everything else waits until Monday 9:00.")


def test_breadcrumb_back_to_list():
    """Open a ticket (Change the billing email, in Solved), then click Tickets in the breadcrumb to get back — the ticket table with 3 tickets solved should be back."""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.click("Change the billing email")
    I.see("#1047 · Change the billing email")
    I.click("Tickets", near="Support")
    I.see("3 tickets solved")


def test_reply_on_pending_stays_pending():
    """Replying on a Pending ticket doesn't change anything status-wise. Pending tab, open How do I export my data?, reply "Just checking in!" and it should still say Status: Pending."""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.click("How do I export my data?")
    I.fill("Reply", "Just checking in!")
    I.click("Send reply")
    I.see("Just checking in!")
    I.see("Status: Pending")


def test_new_ticket_lands_in_open_tab_only():
    """A brand-new ticket is Open, so it shouldn't show on Pending. Create one (Subject "Locked out after update", email sam@example.com, Description "Since this morning's update the app keeps logging me out."), then click Pending — not there."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Locked out after update")
    I.fill("Requester email", "sam@example.com")
    I.fill("Description", "Since this morning's update the app keeps logging me out.")
    I.click("Create ticket")
    I.click("Pending")
    I.see("2 tickets pending")
    I.dont_see("Locked out after update")


def test_search_then_switch_tab():
    """Type "refund" in Search tickets while on Open — nothing matches there, so "No tickets match “refund”." Then click Pending and the Refund for duplicate charge ticket should show."""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "refund")
    I.see("No tickets match “refund”.")
    I.click("Pending")
    I.see("Refund for duplicate charge")


def test_unassign_history():
    """On the password ticket, assign Dana Price and then set it back to Unassigned in Details. History should have "Assignee removed"."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Details")
    I.select("Assignee", "Dana Price")
    I.select("Assignee", "Unassigned")
    I.click("History")
    I.see("Assignee removed")


def test_pending_back_to_open():
    """On Pending, open Refund for duplicate charge and click Mark as open. Status: Open should show, then back on the list Pending only has 1 ticket pending."""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.click("Refund for duplicate charge")
    I.click("Mark as open")
    I.see("Status: Open · Priority: Normal")
    I.click("Back to tickets")
    I.click("Pending")
    I.see("1 ticket pending")


def test_faq_pending_meaning():
    """Open "What does Pending mean?" in the FAQ and it should explain the 7 days thing."""
    I.go_to("/helpdesk/")
    I.click("What does Pending mean?")
    I.see("Pending tickets close by themselves after 7 days without a reply.")
