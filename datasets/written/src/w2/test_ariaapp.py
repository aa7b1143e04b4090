"""ariaapp: tasks written by w2."""

from testgen import I


def test_create_project():
    """Create a new project
Test data: Project name = Zephyr rollout
1. Navigate to /ariaapp/
2. Click New project
3. Enter the test data in Project name
4. Click Create
Expected result:
- Toast "Created Zephyr rollout" is displayed
- The new project is opened (title Zephyr rollout) with "No tasks yet. Add the first one below.\""""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Zephyr rollout")
    I.click("Create")
    I.see("Created Zephyr rollout")
    I.see("No tasks yet. Add the first one below.")


def test_create_project_without_name():
    """Verify that the system does not accept a project without a name.
1. Navigate to /ariaapp/
2. Click New project
3. Leave Project name empty and click Create
Expected result: "Give the project a name." is displayed and the dialog stays open."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.click("Create")
    I.see("Give the project a name.")
    I.see("Create project")


def test_create_project_duplicate_name():
    """Duplicate project name
Test data: apollo launch (same as the existing project, different case)
1. Navigate to /ariaapp/
2. Click New project and enter the test data in Project name
3. Click Create
Expected: error 'A project called “apollo launch” already exists.'"""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "apollo launch")
    I.click("Create")
    I.see("A project called “apollo launch” already exists.")


def test_create_private_project():
    """Private project badge

1. Navigate to /ariaapp/
2. Click New project, type "Payroll audit" in Project name
3. Tick Private project
4. Click Create

Expected result: the project header shows the "Private" badge."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Payroll audit")
    I.check("Private project")
    I.click("Create")
    I.see("Payroll audit")
    I.see("Private")


def test_cancel_create_project():
    """Cancel project creation
1. Navigate to /ariaapp/
2. Click New project and type "Scratch" as Project name
3. Click Cancel
ER: dialog is closed and no "Scratch" project appears in the Projects list."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Scratch")
    I.click("Cancel")
    I.dont_see("Create project")
    I.dont_see("Scratch")


def test_escape_closes_create_dialog():
    """Press Escape in the Create project dialog -> the dialog closes."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.see("Projects group tasks, activity and settings.")
    I.press("Escape")
    I.dont_see("Projects group tasks, activity and settings.")


def test_switch_to_borealis():
    """Switch project
1. Navigate to /ariaapp/
2. Select "Borealis redesign" in the Projects list
Expected result: the tasks of Borealis are shown ("Run user interviews") and progress reads 2 of 3 done."""
    I.go_to("/ariaapp/")
    I.click("Borealis redesign")
    I.see("Run user interviews")
    I.see("2 of 3 done")


def test_empty_project_message():
    """Open Cascade migration from the sidebar. Expected: "No tasks yet. Add the first one below." and "0 of 0 done"."""
    I.go_to("/ariaapp/")
    I.click("Cascade migration")
    I.see("No tasks yet. Add the first one below.")
    I.see("0 of 0 done")


def test_complete_task_updates_progress():
    """Complete a task
Preconditions: Apollo launch is open (default), 1 of 4 done.
1. Tick the task "Book the venue".
Expected result: progress changes to "2 of 4 done"."""
    I.go_to("/ariaapp/")
    I.check("Book the venue")
    I.see("2 of 4 done")


def test_add_task_with_enter():
    """Add a task
Test data: Order name badges
1. Navigate to /ariaapp/
2. Click in "Add a task" and type the test data
3. Press Enter
Expected result: the task "Order name badges" is added to the list and the counter shows 1 of 5 done."""
    I.go_to("/ariaapp/")
    I.click("Add a task")
    I.type("Order name badges")
    I.press("Enter")
    I.see("Order name badges")
    I.see("1 of 5 done")


def test_add_empty_task_shows_hint():
    """Verify that an empty task is not added.
1. Navigate to /ariaapp/
2. Click the "Add a task" field and press Enter without typing.
Expected: the hint changes to "Type a task first, then press Enter" and the counter stays at 1 of 4 done."""
    I.go_to("/ariaapp/")
    I.click("Add a task")
    I.press("Enter")
    I.see("Type a task first, then press Enter")
    I.see("1 of 4 done")


def test_hide_completed_tasks():
    """Show completed tasks - off
1. Navigate to /ariaapp/
2. Untick "Show completed tasks" in Preferences
Expected result: the completed task "Draft the press kit" is no longer displayed."""
    I.go_to("/ariaapp/")
    I.uncheck("Show completed tasks")
    I.dont_see("Draft the press kit")


def test_completed_task_in_activity():
    """Activity log after completing a task
1. Navigate to /ariaapp/
2. Tick "Send invitations"
3. Open the Activity tab
Expected: entry “Completed “Send invitations”” is listed in the activity."""
    I.go_to("/ariaapp/")
    I.check("Send invitations")
    I.click("Activity")
    I.see("Completed “Send invitations”")


def test_reopen_task():
    """Reopen a done task
1. Navigate to /ariaapp/
2. Untick "Draft the press kit"
Expected result: 0 of 4 done; the Activity tab shows Reopened “Draft the press kit”."""
    I.go_to("/ariaapp/")
    I.uncheck("Draft the press kit")
    I.see("0 of 4 done")
    I.click("Activity")
    I.see("Reopened “Draft the press kit”")


def test_rename_project():
    """Rename project
Test data: new name "Apollo relaunch"
1. Navigate to /ariaapp/
2. Click Project actions (⋯) and choose Rename
3. Replace the Project name with the test data and click Save
Expected result: toast "Renamed to Apollo relaunch" and the title shows the new name."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Rename")
    I.fill("Project name", "Apollo relaunch")
    I.click("Save")
    I.see("Renamed to Apollo relaunch")


def test_rename_to_existing_name():
    """Verify that the system does not accept renaming to the name of another project.
1. Navigate to /ariaapp/
2. Project actions > Rename
3. Enter "Cascade migration" and click Save
Expected result: 'A project called “Cascade migration” already exists.' is displayed."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Rename")
    I.fill("Project name", "Cascade migration")
    I.click("Save")
    I.see("A project called “Cascade migration” already exists.")


def test_duplicate_project():
    """Duplicate a project
1. Navigate to /ariaapp/
2. Open Project actions and click Duplicate
ER: toast "Duplicated Apollo launch"; new project "Apollo launch (copy)" is opened."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Duplicate")
    I.see("Duplicated Apollo launch")
    I.see("Apollo launch (copy)")


def test_pin_project():
    """Pin to top
1. Navigate to /ariaapp/
2. Select Cascade migration in the Projects list
3. Project actions > Pin to top
Expected result: "Pinned Cascade migration" toast is displayed."""
    I.go_to("/ariaapp/")
    I.click("Cascade migration")
    I.click("Project actions")
    I.click("Pin to top")
    I.see("Pinned Cascade migration")


def test_archive_project():
    """Archive the current project
Steps:
1. Navigate to /ariaapp/ (Apollo launch is open)
2. Click Project actions, then Archive
Expected result: toast "Archived Apollo launch" and Borealis redesign is opened instead (Run user interviews is listed)."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Archive")
    I.see("Archived Apollo launch")
    I.see("Run user interviews")


def test_cannot_archive_last_project():
    """Last project cannot be archived
1. Navigate to /ariaapp/
2. Archive projects via Project actions > Archive until only one is left (twice)
3. Try to Archive the remaining project
Expected: "You can't archive your only project." """
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Archive")
    I.click("Project actions")
    I.click("Archive")
    I.click("Project actions")
    I.click("Archive")
    I.see("You can't archive your only project.")


def test_public_link_switch():
    """Public link
1. Navigate to /ariaapp/ and open the Settings tab
2. Turn on the Public link switch
Expected result: "Anyone with this link can view:" with https://orbit.example/p/apollo is displayed."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Public link")
    I.see("Anyone with this link can view:")
    I.see("https://orbit.example/p/apollo")


def test_email_notifications_summary():
    """Settings tab - switch on "Email me about changes", the summary line should end with "Email on"."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Email me about changes")
    I.see("Public link off · Email on")


def test_priority_urgent():
    """Project priority
1. Navigate to /ariaapp/
2. Go to Settings
3. Select Urgent in Priority
Expected result: summary shows "Priority: Urgent"."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Urgent")
    I.see("Priority: Urgent")


def test_priority_change_logged():
    """Priority change appears in Activity
1. Navigate to /ariaapp/, Settings tab
2. Click Low under Priority
3. Open Activity
ER: "Priority set to low" is in the log."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Low")
    I.click("Activity")
    I.see("Priority set to low")


def test_budget_alert_end_key():
    """Budget alert slider - keyboard
1. Navigate to /ariaapp/ and open Settings
2. Focus the "Budget alert at" slider and press End
Expected result: value shows 100% ("Budget alert at 100%" in the summary)."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Budget alert at")
    I.press("End")
    I.see("Budget alert at 100%")


def test_help_button_tip():
    """Click the Help (?) button in the top bar.
Expected: help text "Use arrow keys to move between tabs, options and menu items." is displayed."""
    I.go_to("/ariaapp/")
    I.click("Help")
    I.see("Use arrow keys to move between tabs, options and menu items.")


def test_footer_status_link():
    """Footer - Status
1. Navigate to /ariaapp/
2. Click Status in the footer
Expected result: "Status: all systems normal"."""
    I.go_to("/ariaapp/")
    I.click("Status")
    I.see("Status: all systems normal")


def test_footer_send_feedback():
    """Send feedback link (footer) -> message "Feedback sent. Thank you!" should pop up."""
    I.go_to("/ariaapp/")
    I.click("Send feedback")
    I.see("Feedback sent. Thank you!")


def test_tabs_arrow_right_to_activity():
    """Tabs keyboard navigation
1. Navigate to /ariaapp/
2. Click the Tasks tab and press ArrowRight
Expected: the Activity panel is shown with "Project created"; the task list is not displayed."""
    I.go_to("/ariaapp/")
    I.click("Tasks")
    I.press("ArrowRight")
    I.see("Project created")
    I.dont_see("Book the venue")


def test_project_list_keyboard():
    """Projects list - keyboard
1. Navigate to /ariaapp/
2. Click Apollo launch in the Projects list, then press ArrowDown
Expected result: Borealis redesign is opened (task "Audit color contrast" visible)."""
    I.go_to("/ariaapp/")
    I.click("Apollo launch", near="Borealis redesign")
    I.press("ArrowDown")
    I.see("Audit color contrast")


def test_public_link_is_per_project():
    """Verify that the Public link setting is stored per project.
1. Navigate to /ariaapp/, open Settings and turn on Public link for Apollo launch
2. Select Borealis redesign in the Projects list
Expected result: the share link is not displayed for Borealis (no https://orbit.example/p/ link)."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Public link")
    I.see("https://orbit.example/p/apollo")
    I.click("Borealis redesign")
    I.dont_see("Anyone with this link can view:")


def test_rename_cancel_with_escape():
    """Rename - cancel with Escape
1. Navigate to /ariaapp/
2. Project actions > Rename, type "Temp name"
3. Press Escape
Expected result: dialog closes, the project is still called Apollo launch and "Renamed to Temp name" is not shown."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Rename")
    I.fill("Project name", "Temp name")
    I.press("Escape")
    I.dont_see("Rename project")
    I.dont_see("Renamed to Temp name")


def test_new_project_task_added():
    """Add first task to a new project
Test data: project "Kiosk pilot", task "Pick a vendor"
1. Navigate to /ariaapp/, create the project from the test data
2. In "Add a task" type the task and press Enter
Expected: "Pick a vendor" is listed and progress is 0 of 1 done."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Kiosk pilot")
    I.click("Create")
    I.fill("Add a task", "Pick a vendor")
    I.press("Enter")
    I.see("Pick a vendor")
    I.see("0 of 1 done")


def test_unpin_project():
    """Unpin a pinned project
1. Navigate to /ariaapp/
2. Project actions > Pin to top
3. Project actions > Pin to top again
Expected result: toast "Unpinned Apollo launch" is displayed."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Pin to top")
    I.see("Pinned Apollo launch")
    I.click("Project actions")
    I.click("Pin to top")
    I.see("Unpinned Apollo launch")


def test_project_menu_escape():
    """Verify that the Project actions menu closes with Escape.
1. Navigate to /ariaapp/
2. Click Project actions - Duplicate and Archive are listed
3. Press Escape
Expected: the menu is closed, Duplicate is not displayed."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.see("Duplicate")
    I.press("Escape")
    I.dont_see("Duplicate")


def test_create_project_with_enter_key():
    """Create project using the keyboard: New project, type "Lighthouse" in Project name and press Enter (no mouse click on Create).
Expected: Created Lighthouse."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Lighthouse")
    I.press("Enter")
    I.see("Created Lighthouse")


def test_budget_alert_home_key():
    """Budget alert at 0%
1. Navigate to /ariaapp/ > Settings tab
2. Click the "Budget alert at" slider and press Home
Expected result: summary reads "Budget alert at 0%"."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Budget alert at")
    I.press("Home")
    I.see("Budget alert at 0%")
