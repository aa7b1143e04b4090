"""helpdesk: tasks written by w4."""

from testgen import I


def test_open_tickets_count():
    """AC: switching to the Pending tab shows "2 tickets pending" with "How do I export my data?" in the list"""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.see("2 tickets pending")
    I.see("How do I export my data?")


def test_all_tickets_count():
    """As a support lead, I want to see every ticket at once.
AC: the All tickets tab says "9 tickets in total\""""
    I.go_to("/helpdesk/")
    I.click("All tickets")
    I.see("9 tickets in total")


def test_solved_tab_hides_open():
    """AC1: on the Solved tab, "Dark mode request" is listed
AC2: the open ticket "Can't reset my password" is not"""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.see("Dark mode request")
    I.dont_see("Can't reset my password")


def test_search_tickets():
    """As an agent I want to find a ticket by the customer's name.
AC: searching "priya" in Open shows "App crashes when uploading a photo" and hides the VAT invoice ticket"""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "priya")
    I.see("App crashes when uploading a photo")
    I.dont_see("Invoice shows the wrong VAT number")


def test_search_by_number():
    """Searching for 1046 should bring up "Two-factor codes not arriving"."""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "1046")
    I.see("Two-factor codes not arriving")


def test_search_no_match():
    """AC: searching "printer" gives No tickets match “printer”."""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "printer")
    I.see("No tickets match “printer”.")


def test_open_ticket_detail():
    """As an agent, I want to open a ticket to read the conversation.
AC1: click "Invoice shows the wrong VAT number"
AC2: the title reads "#1043 · Invoice shows the wrong VAT number"
AC3: the status line shows Priority: Normal and Assignee: Unassigned"""
    I.go_to("/helpdesk/")
    I.click("Invoice shows the wrong VAT number")
    I.see("#1043 · Invoice shows the wrong VAT number")
    I.see("Status: Open · Priority: Normal · Assignee: Unassigned")


def test_long_message_show_more():
    """AC1: open "Can't reset my password"
AC2: "Show more" on Maya's message reveals "send a link that works?"
AC3: the button then reads Show less"""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Show more", near="Maya Chen")
    I.see("send a link that works?")
    I.see("Show less")


def test_mark_ticket_solved():
    """As an agent I want to close a ticket once the customer is happy.
AC1: open "Two-factor codes not arriving", Mark as solved
AC2: the status line says Status: Solved
AC3: the Reopen ticket button is offered"""
    I.go_to("/helpdesk/")
    I.click("Two-factor codes not arriving")
    I.click("Mark as solved")
    I.see("Status: Solved")
    I.see("Reopen ticket")


def test_reopen_solved_ticket():
    """AC: reopening "Change the billing email" from the Solved tab sets its status back to Open"""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.click("Change the billing email")
    I.click("Reopen ticket")
    I.see("Status: Open")


def test_solved_ticket_leaves_open_list():
    """As an agent, a ticket I solved should disappear from my Open queue.
- solve "App crashes when uploading a photo"
- go Back to tickets
- the Open list says 3 tickets open and no longer has that ticket"""
    I.go_to("/helpdesk/")
    I.click("App crashes when uploading a photo")
    I.click("Mark as solved")
    I.click("Back to tickets")
    I.see("3 tickets open")
    I.dont_see("App crashes when uploading a photo")


def test_send_reply_moves_to_pending():
    """As an agent replying to a customer, I want the ticket to wait for them.
AC1: on "Invoice shows the wrong VAT number" write a Reply "Corrected invoice attached." and Send reply
AC2: my reply appears in the conversation
AC3: the status becomes Pending"""
    I.go_to("/helpdesk/")
    I.click("Invoice shows the wrong VAT number")
    I.fill("Reply", "Corrected invoice attached.")
    I.click("Send reply")
    I.see("Corrected invoice attached.")
    I.see("Status: Pending")


def test_empty_reply_rejected():
    """The reply box must not send an empty message: Send reply with nothing typed shows "Write a reply before sending."."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Send reply")
    I.see("Write a reply before sending.")


def test_assign_ticket():
    """As a team lead, I want to assign tickets to agents.
AC1: open "Two-factor codes not arriving", go to Details, choose Assignee Rosa Lind
AC2: the status line says Assignee: Rosa Lind
AC3: History shows "Assigned to Rosa Lind\""""
    I.go_to("/helpdesk/")
    I.click("Two-factor codes not arriving")
    I.click("Details")
    I.select("Assignee", "Rosa Lind")
    I.see("Assignee: Rosa Lind")
    I.click("History")
    I.see("Assigned to Rosa Lind")


def test_details_tab_email():
    """AC: the Details tab of "Refund for duplicate charge" shows the requester's email sofia.rossi@example.it"""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.click("Refund for duplicate charge")
    I.click("Details")
    I.see("sofia.rossi@example.it")


def test_history_status_change():
    """AC1: mark "How do I export my data?" as open again (it's pending)
AC2: the History tab lists "Status changed to Open\""""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.click("How do I export my data?")
    I.click("Mark as open")
    I.click("History")
    I.see("Status changed to Open")


def test_create_ticket():
    """As an agent taking a phone call, I want to log a ticket for the customer.
AC1: New ticket with Subject "Password manager import fails", email nora@example.com, Priority High, and a description of 20+ characters
AC2: "Ticket #1051 created." is shown
AC3: it appears in the Open list"""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Password manager import fails")
    I.fill("Requester email", "nora@example.com")
    I.select("Priority", "High")
    I.fill("Description", "The CSV import stops at row 12 with no error message.")
    I.click("Create ticket")
    I.see("Ticket #1051 created.")
    I.see("Password manager import fails")


def test_create_ticket_validation():
    """AC: the New ticket form must not accept empty fields — Create ticket straight away shows "Enter a subject.", "Enter the requester's email." and "Describe the problem.\""""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.click("Create ticket")
    I.see("Enter a subject.")
    I.see("Enter the requester's email.")
    I.see("Describe the problem.")


def test_short_subject():
    """As a lead I want meaningful subjects: "Help" as a subject gets "Subject must be at least 5 characters." when the form is sent."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Help")
    I.click("Create ticket")
    I.see("Subject must be at least 5 characters.")


def test_bad_requester_email():
    """AC: requester email "nora(at)example.com" is refused with "Enter an email like name@example.com.\""""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Requester email", "nora(at)example.com")
    I.click("Create ticket")
    I.see("Enter an email like name@example.com.")


def test_cancel_new_ticket():
    """AC1: start a New ticket, type Subject "Never mind this one", then Cancel
AC2: the dialog is closed and no "Never mind this one" ticket exists"""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Never mind this one")
    I.click("Cancel")
    I.dont_see("Never mind this one")


def test_escape_closes_new_ticket():
    """Pressing Escape in the New ticket dialog should close it (the "Fields marked * are required." text is gone)."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.see("Fields marked * are required.")
    I.press("Escape")
    I.dont_see("Fields marked * are required.")


def test_faq_accordion():
    """As a new agent I want quick answers. Expanding "How do refunds work?" shows "Refunds under $200 need no approval."."""
    I.go_to("/helpdesk/")
    I.click("How do refunds work?")
    I.see("Refunds under $200 need no approval.")


def test_faq_collapse():
    """AC1: open "What does Pending mean?"
AC2: clicking it again hides "close by themselves after 7 days\""""
    I.go_to("/helpdesk/")
    I.click("What does Pending mean?")
    I.see("close by themselves after 7 days")
    I.click("What does Pending mean?")
    I.dont_see("close by themselves after 7 days")


def test_announcement_show_more():
    """AC: "Show more" in the weekend cover banner reveals "Everything else waits until Monday 9:00.\""""
    I.go_to("/helpdesk/")
    I.click("Show more")
    I.see("Everything else waits until Monday 9:00.")


def test_breadcrumb_back_to_list():
    """As an agent, the breadcrumb should take me back: from ticket #1044, clicking Tickets in the breadcrumb returns to the list showing "4 tickets open"."""
    I.go_to("/helpdesk/")
    I.click("App crashes when uploading a photo")
    I.see("#1044 · App crashes when uploading a photo")
    I.click("Tickets", near="#1044")
    I.see("4 tickets open")


def test_status_message_after_back():
    """AC1: open "Can't reset my password", Mark as pending, Back to tickets
AC2: the list page says "Ticket #1042 marked as pending.\""""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Mark as pending")
    I.click("Back to tickets")
    I.see("Ticket #1042 marked as pending.")


def test_unassign_ticket():
    """As a lead who assigned the wrong person, I want to undo it.
- on "Dark mode request" (Solved tab) assign Eli Moreno in Details, then set it back to Unassigned
- History shows "Assignee removed\""""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.click("Dark mode request")
    I.click("Details")
    I.select("Assignee", "Eli Moreno")
    I.select("Assignee", "Unassigned")
    I.click("History")
    I.see("Assignee removed")


def test_show_less_collapses():
    """AC: after Show more on the long password-reset message, Show less hides "send a link that works?" again"""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Show more", near="Maya Chen")
    I.click("Show less")
    I.dont_see("send a link that works?")


def test_agent_message_in_conversation():
    """As an agent picking up a colleague's ticket, I want to see what was already asked: "App crashes when uploading a photo" shows Dana Price's question "Which phone model do you use?"."""
    I.go_to("/helpdesk/")
    I.click("App crashes when uploading a photo")
    I.see("Which phone model do you use?")


def test_short_description():
    """AC: a New ticket description of "Broken" is refused with "Add a few more details (at least 20 characters).\""""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Description", "Broken")
    I.click("Create ticket")
    I.see("Add a few more details (at least 20 characters).")


def test_new_ticket_breadcrumb():
    """AC: opening ticket 1045 from the Pending tab adds "#1045" to the breadcrumb"""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.click("How do I export my data?")
    I.see("#1045")


def test_new_ticket_counts_in_open():
    """As a lead, new tickets should count towards the Open queue.
AC: after creating "Cannot download invoices" for ravi@example.com (description 20+ characters) the Open tab says 5 tickets open"""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Cannot download invoices")
    I.fill("Requester email", "ravi@example.com")
    I.fill("Description", "The download button on the billing page does nothing.")
    I.click("Create ticket")
    I.see("5 tickets open")


def test_reply_on_solved_stays_solved():
    """AC1: on the solved ticket "Can't invite a teammate" send the reply "Glad it works now!"
AC2: the reply is shown and the status stays Solved (not Pending)"""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.click("Can't invite a teammate")
    I.fill("Reply", "Glad it works now!")
    I.click("Send reply")
    I.see("Glad it works now!")
    I.see("Status: Solved")


def test_search_within_solved():
    """As an agent, search should stay inside the tab I'm on: on Solved, searching "password" finds nothing — No tickets match “password”."""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.fill("Search tickets", "password")
    I.see("No tickets match “password”.")


def test_reopen_faq_answer():
    """AC: the FAQ "Can I reopen a solved ticket?" answers "choose Reopen ticket; the customer gets an email\""""
    I.go_to("/helpdesk/")
    I.click("Can I reopen a solved ticket?")
    I.see("choose Reopen ticket; the customer gets an email")


def test_urgent_ticket_created():
    """AC1: log a New ticket "Checkout page returns 500" for mo@example.com with Priority Urgent and a 20+ character description
AC2: the new ticket #1051 shows Urgent when opened"""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Checkout page returns 500")
    I.fill("Requester email", "mo@example.com")
    I.select("Priority", "Urgent")
    I.fill("Description", "Every customer gets an error when paying by card.")
    I.click("Create ticket")
    I.click("Checkout page returns 500")
    I.see("Status: Open · Priority: Urgent")


def test_pending_to_solved_leaves_pending_tab():
    """As an agent, solving a pending ticket should take it off the Pending tab: solve "Refund for duplicate charge", go back — Pending says 1 ticket pending."""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.click("Refund for duplicate charge")
    I.click("Mark as solved")
    I.click("Back to tickets")
    I.click("Pending")
    I.see("1 ticket pending")


def test_created_date_in_details():
    """As an agent, I want to know how old a ticket is: the Details tab of "Can't reset my password" shows Created 2026-03-12."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Details")
    I.see("2026-03-12")


def test_reply_box_cleared_after_send():
    """AC1: send the reply "Looking into it now." on "Two-factor codes not arriving"
AC2: the Reply box is empty afterwards and the message is in the conversation"""
    I.go_to("/helpdesk/")
    I.click("Two-factor codes not arriving")
    I.fill("Reply", "Looking into it now.")
    I.click("Send reply")
    I.see("Looking into it now.")
    I.see_value("Reply", "")
