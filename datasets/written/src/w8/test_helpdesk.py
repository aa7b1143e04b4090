"""helpdesk: tasks written by w8."""

from testgen import I


def test_create_ticket():
    """Click the New ticket button next to the page title and log a ticket: subject 'Export button missing', requester ola@nordic.example, priority High, description 'The export button vanished after the last update.' After creating, a status line says Ticket #1051 created and it's in the Open list."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Export button missing")
    I.fill("Requester email", "ola@nordic.example")
    I.select("Priority", "High")
    I.fill("Description", "The export button vanished after the last update.")
    I.click("Create ticket")
    I.see("Ticket #1051 created.")
    I.see("Export button missing")
    I.see("5 tickets open")


def test_create_ticket_empty_form_errors():
    """Open the New ticket dialog and press Create ticket without filling anything. Three errors should show: Enter a subject, Enter the requester's email, Describe the problem."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.click("Create ticket")
    I.see("Enter a subject.")
    I.see("Enter the requester's email.")
    I.see("Describe the problem.")


def test_create_ticket_short_subject():
    """new ticket with subject 'Hi', a valid email (a@b.co) and a long enough description ('Nothing loads on the dashboard page.'). It must refuse: subject at least 5 characters."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Hi")
    I.fill("Requester email", "a@b.co")
    I.fill("Description", "Nothing loads on the dashboard page.")
    I.click("Create ticket")
    I.see("Subject must be at least 5 characters.")
    I.dont_see("Ticket #1051 created.")


def test_create_ticket_bad_email():
    """In the new ticket form put 'sam at home' in the second field (requester email) and tab out. Error: Enter an email like name@example.com."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Requester email", "sam at home")
    I.press("Tab")
    I.see("Enter an email like name@example.com.")


def test_create_ticket_short_description():
    """Description too short: subject 'Login loop', email kai@example.com, description 'broken'. Expect the 'at least 20 characters' error under the description."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Login loop")
    I.fill("Requester email", "kai@example.com")
    I.fill("Description", "broken")
    I.click("Create ticket")
    I.see("Add a few more details (at least 20 characters).")


def test_new_ticket_dialog_close_icon():
    """Open the New ticket dialog, type a subject (Printer jam) and close it with the × in the dialog's top corner. Nothing created - no Printer jam in the list."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Printer jam")
    I.click("Close")
    I.dont_see("Printer jam")
    I.dont_see("created.")


def test_new_ticket_dialog_escape():
    """New ticket -> press Escape. The dialog (Log a ticket for a customer...) should close."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.see("Log a ticket for a customer.")
    I.press("Escape")
    I.dont_see("Log a ticket for a customer.")


def test_pending_tab():
    """Switch to the second tab, Pending. 2 tickets pending: Lars Berg's export question and Sofia Rossi's refund."""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.see("2 tickets pending")
    I.see("How do I export my data?")
    I.see("Refund for duplicate charge")


def test_solved_tab_hides_open():
    """Open the Solved tab. Dark mode request is there, and the password reset ticket (open) is not."""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.see("Dark mode request")
    I.dont_see("Can't reset my password")


def test_all_tickets_tab():
    """Last tab, All tickets: 9 tickets in total."""
    I.go_to("/helpdesk/")
    I.click("All tickets")
    I.see("9 tickets in total")


def test_search_tickets():
    """Type 'vat' in the search box above the table. Only the invoice ticket from Tom Okafor stays; the photo upload crash disappears."""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "vat")
    I.see("Invoice shows the wrong VAT number")
    I.dont_see("App crashes when uploading a photo")


def test_search_no_match():
    """Search open tickets for 'printer'. It should say No tickets match “printer”."""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "printer")
    I.see("No tickets match “printer”.")


def test_open_ticket_show_more():
    """Open the first ticket in the table (password reset). The long message is cut - click Show more in it and check the rest appears ('send a link that works')."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.see("#1042 · Can't reset my password")
    I.click("Show more")
    I.see("send a link that works?")


def test_ticket_mark_solved():
    """Open #1043 (the VAT invoice one), press the blue Mark as solved button at the top. The status line under the title should read Status: Solved and the button turns into Reopen ticket."""
    I.go_to("/helpdesk/")
    I.click("Invoice shows the wrong VAT number")
    I.click("Mark as solved")
    I.see("Status: Solved · Priority: Normal")
    I.see("Reopen ticket")


def test_ticket_mark_pending_then_list():
    """On the two-factor ticket (last row) choose Mark as pending, then go Back to tickets. The Open tab should now say 3 tickets open and not list it anymore."""
    I.go_to("/helpdesk/")
    I.click("Two-factor codes not arriving")
    I.click("Mark as pending")
    I.see("Status: Pending")
    I.click("Back to tickets")
    I.see("3 tickets open")
    I.dont_see("Two-factor codes not arriving")


def test_reopen_solved_ticket():
    """Go to Solved, open the dark mode request and click Reopen ticket. Status changes to Open."""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.click("Dark mode request")
    I.click("Reopen ticket")
    I.see("Status: Open · Priority: Low")


def test_send_reply():
    """Open the photo crash ticket (#1044), type a reply 'Could you try the 3.2 beta?' and Send reply. Your message shows under 'You' and the ticket moves to Pending."""
    I.go_to("/helpdesk/")
    I.click("App crashes when uploading a photo")
    I.fill("Reply", "Could you try the 3.2 beta?")
    I.click("Send reply")
    I.see("Could you try the 3.2 beta?")
    I.see("Status: Pending · Priority: Urgent")


def test_send_empty_reply_refused():
    """On any ticket (take the first one), hit Send reply with the box empty. Error: Write a reply before sending."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Send reply")
    I.see("Write a reply before sending.")


def test_assign_ticket():
    """Open Ana Souza's ticket, go to the Details tab and set the Assignee dropdown to Rosa Lind. The header line ends with Assignee: Rosa Lind."""
    I.go_to("/helpdesk/")
    I.click("Two-factor codes not arriving")
    I.click("Details")
    I.select("Assignee", "Rosa Lind")
    I.see("Assignee: Rosa Lind")


def test_ticket_details_tab_email():
    """Open the VAT ticket and click the middle tab (Details): requester email tom@okafor.example is shown."""
    I.go_to("/helpdesk/")
    I.click("Invoice shows the wrong VAT number")
    I.click("Details")
    I.see("tom@okafor.example")


def test_history_after_assign():
    """Assign ticket #1042 to Eli Moreno in Details, then check the History tab lists 'Assigned to Eli Moreno'."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Details")
    I.select("Assignee", "Eli Moreno")
    I.click("History")
    I.see("Assigned to Eli Moreno")


def test_breadcrumb_back_to_list():
    """Open a ticket (Two-factor codes) then click Tickets in the breadcrumb trail. You're back on the list with 4 tickets open."""
    I.go_to("/helpdesk/")
    I.click("Two-factor codes not arriving")
    I.click("Tickets", near="Support")
    I.see("4 tickets open")
    I.dont_see("Send reply")


def test_faq_urgent():
    """Expand the first Agent FAQ question on the right. Answer says to answer within one hour."""
    I.go_to("/helpdesk/")
    I.click("When is a ticket urgent?")
    I.see("Answer within one hour.")


def test_faq_pending_collapse():
    """Open 'What does Pending mean?' in the FAQ and then close it again - the 7 days text should be hidden."""
    I.go_to("/helpdesk/")
    I.click("What does Pending mean?")
    I.see("Pending tickets close by themselves after 7 days without a reply.")
    I.click("What does Pending mean?")
    I.dont_see("Pending tickets close by themselves after 7 days")


def test_announcement_show_more():
    """In the weekend cover banner at the top click Show more. The extra text about Monday 9:00 appears, and the link flips to Show less."""
    I.go_to("/helpdesk/")
    I.click("Show more")
    I.see("Everything else waits until Monday 9:00.")
    I.see("Show less")


def test_new_ticket_default_priority_normal():
    """Create a ticket with subject 'Cannot change avatar', email li@example.cn, description 'The upload spinner never finishes on my profile.' and leave the priority dropdown alone. Then open it from the list: it should be Priority: Normal."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Cannot change avatar")
    I.fill("Requester email", "li@example.cn")
    I.fill("Description", "The upload spinner never finishes on my profile.")
    I.click("Create ticket")
    I.click("Cannot change avatar")
    I.see("Status: Open · Priority: Normal · Assignee: Unassigned")


def test_pending_ticket_mark_open():
    """Pending tab -> open the refund ticket (Sofia Rossi) -> Mark as open. The line under the title should now say Status: Open."""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.click("Refund for duplicate charge")
    I.click("Mark as open")
    I.see("Status: Open · Priority: Normal")


def test_history_tab_after_solving():
    """Solve ticket #1046 (two-factor codes) and look at its History tab: Status changed to Solved should be the last entry, after Ticket created by Ana Souza."""
    I.go_to("/helpdesk/")
    I.click("Two-factor codes not arriving")
    I.click("Mark as solved")
    I.click("History")
    I.see("Ticket created by Ana Souza")
    I.see("Status changed to Solved")
