"""helpdesk: tasks written by w2."""

from testgen import I


def test_pending_view_count():
    """Ticket views - Pending
1. Navigate to /helpdesk/
2. Click the Pending tab
Expected result: "2 tickets pending" is displayed and "Refund for duplicate charge" is listed."""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.see("2 tickets pending")
    I.see("Refund for duplicate charge")


def test_solved_view_hides_open_tickets():
    """Verify that the Solved view shows only solved tickets.
1. Navigate to /helpdesk/
2. Click Solved
Expected: "3 tickets solved"; the open ticket "Can't reset my password" is not displayed."""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.see("3 tickets solved")
    I.dont_see("Can't reset my password")


def test_all_tickets_total():
    """Open the "All tickets" tab - counter should read "9 tickets in total"."""
    I.go_to("/helpdesk/")
    I.click("All tickets")
    I.see("9 tickets in total")


def test_search_no_match_in_open_view():
    """Search within a view
Test data: refund
1. Navigate to /helpdesk/ (Open view)
2. Enter the test data in Search tickets
Expected result: "No tickets match “refund”." (the refund ticket is Pending, not Open)."""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "refund")
    I.see("No tickets match “refund”.")


def test_search_by_ticket_number():
    """Search by ticket number
1. Navigate to /helpdesk/
2. Type 1046 in Search tickets
Expected: only "Two-factor codes not arriving" is shown; "Can't reset my password" is not."""
    I.go_to("/helpdesk/")
    I.fill("Search tickets", "1046")
    I.see("Two-factor codes not arriving")
    I.dont_see("Can't reset my password")


def test_search_by_requester_all_view():
    """Search by requester name in All tickets
Test data: kenji
1. Navigate to /helpdesk/
2. Click All tickets
3. Enter the test data in the search box
ER: Dark mode request (Kenji Ito) is displayed."""
    I.go_to("/helpdesk/")
    I.click("All tickets")
    I.fill("Search tickets", "kenji")
    I.see("Dark mode request")


def test_open_ticket_details():
    """Open a ticket
1. Navigate to /helpdesk/
2. Click "Can't reset my password"
Expected result: the ticket page shows "#1042 · Can't reset my password" and "Status: Open · Priority: High · Assignee: Unassigned"."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.see("#1042 · Can't reset my password")
    I.see("Status: Open · Priority: High · Assignee: Unassigned")


def test_long_message_show_more():
    """Long customer message - Show more
1. Navigate to /helpdesk/ and open ticket #1042
2. In the conversation, click Show more
Expected: the rest of the message ("Could you reset it for me or send a link that works?") is displayed and the link changes to Show less."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Show more")
    I.see("Could you reset it for me or send a link that works?")
    I.see("Show less")


def test_reply_empty_not_sent():
    """Verify that an empty reply cannot be sent.
1. Navigate to /helpdesk/
2. Open "Invoice shows the wrong VAT number"
3. Click Send reply with the Reply field empty
Expected result: "Write a reply before sending." is displayed."""
    I.go_to("/helpdesk/")
    I.click("Invoice shows the wrong VAT number")
    I.click("Send reply")
    I.see("Write a reply before sending.")


def test_reply_moves_ticket_to_pending():
    """Send a reply

Test data: Reply = "Thanks Tom, a corrected invoice is on its way."

1. Navigate to /helpdesk/
2. Open ticket "Invoice shows the wrong VAT number"
3. Enter the test data in Reply and click Send reply

Expected result:
- The reply appears in the conversation
- Status changes to Pending ("Status: Pending · Priority: Normal")"""
    I.go_to("/helpdesk/")
    I.click("Invoice shows the wrong VAT number")
    I.fill("Reply", "Thanks Tom, a corrected invoice is on its way.")
    I.click("Send reply")
    I.see("Thanks Tom, a corrected invoice is on its way.")
    I.see("Status: Pending · Priority: Normal")


def test_mark_ticket_solved():
    """Mark as solved
1. Navigate to /helpdesk/ and open "Two-factor codes not arriving"
2. Click Mark as solved
3. Click Back to tickets
Expected: the list shows "Ticket #1046 marked as solved." and "3 tickets open"."""
    I.go_to("/helpdesk/")
    I.click("Two-factor codes not arriving")
    I.click("Mark as solved")
    I.click("Back to tickets")
    I.see("Ticket #1046 marked as solved.")
    I.see("3 tickets open")


def test_reopen_solved_ticket():
    """Reopen ticket
1. Navigate to /helpdesk/, click the Solved tab
2. Open "Dark mode request"
3. Click Reopen ticket
Expected result: status line shows "Status: Open" and the Mark as pending / Mark as solved buttons are available."""
    I.go_to("/helpdesk/")
    I.click("Solved")
    I.click("Dark mode request")
    I.click("Reopen ticket")
    I.see("Status: Open")
    I.see("Mark as pending")


def test_assign_ticket():
    """Assign a ticket
Test data: Assignee = Rosa Lind
1. Navigate to /helpdesk/ and open "App crashes when uploading a photo"
2. Go to the Details tab
3. Select the test data in Assignee
Expected: the status line shows "Assignee: Rosa Lind"."""
    I.go_to("/helpdesk/")
    I.click("App crashes when uploading a photo")
    I.click("Details")
    I.select("Assignee", "Rosa Lind")
    I.see("Assignee: Rosa Lind")


def test_assignment_in_history():
    """Assignment is recorded in History
1. Open ticket #1043 from /helpdesk/
2. Details tab: set Assignee to Eli Moreno
3. Open the History tab
ER: "Assigned to Eli Moreno" is listed."""
    I.go_to("/helpdesk/")
    I.click("Invoice shows the wrong VAT number")
    I.click("Details")
    I.select("Assignee", "Eli Moreno")
    I.click("History")
    I.see("Assigned to Eli Moreno")


def test_details_tab_shows_email():
    """Ticket Details tab - open "Can't reset my password" and click Details; the requester email maya.chen@example.com should be shown."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Details")
    I.see("maya.chen@example.com")


def test_status_change_history():
    """History after a status change
1. Navigate to /helpdesk/
2. Open "Can't reset my password" and click Mark as pending
3. Open History
Expected result: "Status changed to Pending" is listed in the history."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Mark as pending")
    I.click("History")
    I.see("Status changed to Pending")


def test_new_ticket_empty_form():
    """New ticket - required fields
1. Navigate to /helpdesk/
2. Click New ticket
3. Click Create ticket without filling anything
Expected result: "Enter a subject.", "Enter the requester's email." and "Describe the problem." are displayed."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.click("Create ticket")
    I.see("Enter a subject.")
    I.see("Enter the requester's email.")
    I.see("Describe the problem.")


def test_new_ticket_short_subject():
    """Verify that the system does not accept a subject shorter than 5 characters.
Test data: Subject = Help
1. Navigate to /helpdesk/, click New ticket
2. Enter the test data in Subject and click Create ticket
Expected: "Subject must be at least 5 characters." """
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Help")
    I.click("Create ticket")
    I.see("Subject must be at least 5 characters.")


def test_new_ticket_invalid_email():
    """New ticket - requester email format
Test data: customer@mail
Steps: open New ticket, enter the email, press Tab.
ER: "Enter an email like name@example.com.\""""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Requester email", "customer@mail")
    I.press("Tab")
    I.see("Enter an email like name@example.com.")


def test_new_ticket_short_description():
    """Description too short
1. Navigate to /helpdesk/ and click New ticket
2. Enter "Broken" in Description and click Create ticket
Expected: "Add a few more details (at least 20 characters)." """
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Description", "Broken")
    I.click("Create ticket")
    I.see("Add a few more details (at least 20 characters).")


def test_create_ticket():
    """TC-HD-01 Create a new ticket

Test data:
Subject: Statement PDF will not download
Requester email: j.doe@example.com
Priority: Urgent
Description: Clicking Download on the March statement does nothing in Firefox.

Steps:
1. Navigate to /helpdesk/
2. Click New ticket and fill in the test data
3. Click Create ticket

Expected result: "Ticket #1051 created." is displayed and the Open view now shows 5 tickets open."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Statement PDF will not download")
    I.fill("Requester email", "j.doe@example.com")
    I.select("Priority", "Urgent")
    I.fill("Description", "Clicking Download on the March statement does nothing in Firefox.")
    I.click("Create ticket")
    I.see("Ticket #1051 created.")
    I.see("5 tickets open")


def test_new_ticket_requester_from_email():
    """New ticket requester name
Create a ticket with subject "Card declined at checkout", email priya.n@example.com and description "My card is declined every time I try to pay." - the list should show the requester as priya.n."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Card declined at checkout")
    I.fill("Requester email", "priya.n@example.com")
    I.fill("Description", "My card is declined every time I try to pay.")
    I.click("Create ticket")
    I.see("priya.n")


def test_new_ticket_cancel():
    """Cancel New ticket
1. Navigate to /helpdesk/
2. Click New ticket, enter "Test cancel" in Subject
3. Click Cancel
Expected result: the dialog closes and no ticket "Test cancel" is created."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.fill("Subject", "Test cancel")
    I.click("Cancel")
    I.dont_see("Log a ticket for a customer.")
    I.dont_see("Test cancel")


def test_new_ticket_escape():
    """Press Escape in the New ticket dialog. Expected: dialog is closed."""
    I.go_to("/helpdesk/")
    I.click("New ticket")
    I.see("Log a ticket for a customer. Fields marked * are required.")
    I.press("Escape")
    I.dont_see("Log a ticket for a customer. Fields marked * are required.")


def test_faq_pending_meaning():
    """Agent FAQ
1. Navigate to /helpdesk/
2. Expand "What does Pending mean?"
Expected: the answer "Pending tickets close by themselves after 7 days without a reply." is displayed."""
    I.go_to("/helpdesk/")
    I.click("What does Pending mean?")
    I.see("Pending tickets close by themselves after 7 days without a reply.")


def test_announcement_show_more():
    """Weekend cover announcement
1. Navigate to /helpdesk/
2. Click Show more in the announcement banner
ER: "Everything else waits until Monday 9:00." is displayed."""
    I.go_to("/helpdesk/")
    I.click("Show more")
    I.see("Everything else waits until Monday 9:00.")


def test_breadcrumb_back_to_list():
    """Breadcrumb from ticket to list
1. Navigate to /helpdesk/, open "Two-factor codes not arriving"
2. Click Tickets in the breadcrumb
Expected result: the ticket list is shown again with "4 tickets open"."""
    I.go_to("/helpdesk/")
    I.click("Two-factor codes not arriving")
    with I.within("Breadcrumb"):
        I.click("Tickets")
    I.see("4 tickets open")


def test_pending_ticket_mark_open():
    """Pending ticket back to open
1. Navigate to /helpdesk/, click Pending
2. Open "How do I export my data?" and click Mark as open
3. Click Back to tickets
Expected: "Ticket #1045 marked as open."."""
    I.go_to("/helpdesk/")
    I.click("Pending")
    I.click("How do I export my data?")
    I.click("Mark as open")
    I.click("Back to tickets")
    I.see("Ticket #1045 marked as open.")


def test_views_arrow_key():
    """Ticket views - keyboard
1. Navigate to /helpdesk/
2. Click the Open tab and press ArrowRight
Expected result: the Pending view is activated ("2 tickets pending")."""
    I.go_to("/helpdesk/")
    I.click("Open")
    I.press("ArrowRight")
    I.see("2 tickets pending")


def test_detail_tabs_manual_activation():
    """Ticket detail tabs need Enter to activate
1. Navigate to /helpdesk/ and open "Can't reset my password"
2. Click the Conversation tab and press ArrowRight (focus moves to Details)
3. Press Enter
Expected result: after step 2 the details (maya.chen@example.com) are not shown yet; after step 3 they are displayed."""
    I.go_to("/helpdesk/")
    I.click("Can't reset my password")
    I.click("Conversation")
    I.press("ArrowRight")
    I.dont_see("maya.chen@example.com")
    I.press("Enter")
    I.see("maya.chen@example.com")
