"""ariaapp: tasks written by w4."""

from testgen import I


def test_complete_task_updates_progress():
    """As a project lead, I want to tick off tasks so that I can see how far along we are.
AC1: in Apollo launch, tick "Book the venue"
AC2: the progress reads "2 of 4 done\""""
    I.go_to("/ariaapp/")
    I.check("Book the venue")
    I.see("2 of 4 done")


def test_reopen_task():
    """AC1: unticking "Draft the press kit" in Apollo launch brings progress to 0 of 4 done
AC2: the Activity tab shows Reopened “Draft the press kit”"""
    I.go_to("/ariaapp/")
    I.uncheck("Draft the press kit")
    I.see("0 of 4 done")
    I.click("Activity")
    I.see("Reopened “Draft the press kit”")


def test_add_task_with_enter():
    """As a team member I want to add a task quickly.
AC1: type "Order banners" in "Add a task" and press Enter
AC2: the task appears in the list and progress says 1 of 5 done"""
    I.go_to("/ariaapp/")
    I.fill("Add a task", "Order banners")
    I.press("Enter")
    I.see("Order banners")
    I.see("1 of 5 done")


def test_add_empty_task_hint():
    """The task box must not add an empty task: pressing Enter with nothing typed changes the hint to "Type a task first, then press Enter"."""
    I.go_to("/ariaapp/")
    I.click("Add a task")
    I.press("Enter")
    I.see("Type a task first, then press Enter")


def test_switch_project():
    """As a user with several projects, I want to switch between them from the sidebar.
AC: choosing Borealis redesign shows its tasks (Run user interviews) and "2 of 3 done\""""
    I.go_to("/ariaapp/")
    I.click("Borealis redesign")
    I.see("Run user interviews")
    I.see("2 of 3 done")


def test_empty_project():
    """AC: Cascade migration has no tasks yet, so it says "No tasks yet. Add the first one below.\""""
    I.go_to("/ariaapp/")
    I.click("Cascade migration")
    I.see("No tasks yet. Add the first one below.")


def test_hide_completed_tasks():
    """As a user I want to hide finished tasks to focus on what's left.
- untick "Show completed tasks"
- "Draft the press kit" (done) disappears
- "Send invitations" is still listed"""
    I.go_to("/ariaapp/")
    I.uncheck("Show completed tasks")
    I.dont_see("Draft the press kit")
    I.see("Send invitations")


def test_create_project():
    """As a user I want to start a new project.
AC1: New project, name "Delta outreach", Create
AC2: toast "Created Delta outreach"
AC3: the new project opens with no tasks"""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Delta outreach")
    I.click("Create")
    I.see("Created Delta outreach")
    I.see("No tasks yet. Add the first one below.")


def test_create_private_project():
    """AC1: create "Secret sauce" with "Private project" ticked
AC2: the project header shows the Private badge"""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Secret sauce")
    I.check("Private project")
    I.click("Create")
    I.see("Private")


def test_create_project_without_name():
    """The Create project dialog must not accept an empty name. Click Create without typing — "Give the project a name." shows."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.click("Create")
    I.see("Give the project a name.")


def test_duplicate_project_name():
    """As a user I don't want two projects with the same name.
AC: creating a project named "apollo launch" says A project called “apollo launch” already exists."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "apollo launch")
    I.click("Create")
    I.see("A project called “apollo launch” already exists.")


def test_cancel_create_dialog():
    """AC: typing "Throwaway" in the new project dialog and pressing Cancel doesn't create anything — no Throwaway project anywhere on the page"""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Throwaway")
    I.click("Cancel")
    I.dont_see("Throwaway")


def test_escape_closes_dialog():
    """As a keyboard user I want Escape to close the Create project dialog (the "Projects group tasks, activity and settings." text goes away)."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.see("Projects group tasks, activity and settings.")
    I.press("Escape")
    I.dont_see("Projects group tasks, activity and settings.")


def test_rename_project():
    """As a project owner I want to rename my project.
AC1: Project actions > Rename, change to "Apollo relaunch", Save
AC2: toast "Renamed to Apollo relaunch"
AC3: Activity logs "Renamed from Apollo launch to Apollo relaunch\""""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Rename")
    I.fill("Project name", "Apollo relaunch")
    I.click("Save")
    I.see("Renamed to Apollo relaunch")
    I.click("Activity")
    I.see("Renamed from Apollo launch to Apollo relaunch")


def test_duplicate_project():
    """AC1: Project actions > Duplicate on Apollo launch
AC2: "Apollo launch (copy)" is opened, with the same 4 tasks (1 of 4 done)"""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Duplicate")
    I.see("Apollo launch (copy)")
    I.see("1 of 4 done")


def test_pin_project():
    """As a user I want my favourite project on top. Pin Borealis redesign via the project actions menu; the toast says "Pinned Borealis redesign"."""
    I.go_to("/ariaapp/")
    I.click("Borealis redesign")
    I.click("Project actions")
    I.click("Pin to top")
    I.see("Pinned Borealis redesign")


def test_archive_project():
    """As a user I want to archive projects that are finished.
AC1: archive Cascade migration from the actions menu
AC2: "Archived Cascade migration" is shown
AC3: it is gone from the Projects list"""
    I.go_to("/ariaapp/")
    I.click("Cascade migration")
    I.click("Project actions")
    I.click("Archive")
    I.see("Archived Cascade migration")
    I.wait_for("Apollo launch")
    I.dont_see("Cascade migration")


def test_menu_escape():
    """AC: the project actions menu opens on click and Escape closes it again, so Duplicate is not visible anymore"""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.see("Duplicate")
    I.press("Escape")
    I.dont_see("Duplicate")


def test_public_link_switch():
    """As a project owner I want to share a read-only link.
AC1: on the Settings tab turn on Public link
AC2: "Anyone with this link can view" appears with https://orbit.example/p/apollo"""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Public link")
    I.see("Anyone with this link can view")
    I.see("https://orbit.example/p/apollo")


def test_email_switch_summary():
    """AC: on Settings, switching on "Email me about changes" makes the summary say "Email on\""""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Email me about changes")
    I.see("Email on")


def test_change_priority():
    """As a lead I want to raise the priority.
AC1: Settings tab, pick Urgent
AC2: summary reads "Priority: Urgent"
AC3: Activity says "Priority set to urgent\""""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Urgent")
    I.see("Priority: Urgent")
    I.click("Activity")
    I.see("Priority set to urgent")


def test_budget_slider_keyboard():
    """As a keyboard user I want to adjust the budget alert with the arrow keys: focus the slider, hit End and then the left arrow once; the summary should say "Budget alert at 95%"."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Budget alert at")
    I.press("End")
    I.press("ArrowLeft")
    I.see("Budget alert at 95%")


def test_help_tooltip():
    """AC: clicking the Help button shows "Use arrow keys to move between tabs\""""
    I.go_to("/ariaapp/")
    I.click("Help")
    I.see("Use arrow keys to move between tabs")


def test_footer_feedback():
    """As a user I want to send feedback from the footer. Clicking "Send feedback" shows "Feedback sent. Thank you!"."""
    I.go_to("/ariaapp/")
    I.click("Send feedback")
    I.see("Feedback sent. Thank you!")


def test_added_task_in_activity():
    """AC1: add "Print badges" to Apollo launch
AC2: on Activity, Added “Print badges” is the latest entry"""
    I.go_to("/ariaapp/")
    I.fill("Add a task", "Print badges")
    I.press("Enter")
    I.click("Activity")
    I.see("Added “Print badges”")


def test_tasks_stay_per_project():
    """Tasks added to one project must not show up in another: add "Write migration script" to Cascade migration, then open Borealis redesign — the task is not there."""
    I.go_to("/ariaapp/")
    I.click("Cascade migration")
    I.fill("Add a task", "Write migration script")
    I.press("Enter")
    I.see("0 of 1 done")
    I.click("Borealis redesign")
    I.dont_see("Write migration script")


def test_project_list_arrow_keys():
    """As a keyboard user, I want to move through projects with the arrow keys.
AC: with Apollo launch focused in the Projects list, ArrowDown opens Borealis redesign (2 of 3 done)"""
    I.go_to("/ariaapp/")
    I.click("Apollo launch")
    I.press("ArrowDown")
    I.see("2 of 3 done")


def test_tabs_arrow_right():
    """AC1: focus the Tasks tab and press ArrowRight
AC2: the Activity view opens and shows "Project created\""""
    I.go_to("/ariaapp/")
    I.click("Tasks")
    I.press("ArrowRight")
    I.see("Project created")


def test_unpin_project():
    """As a user I want to undo a pin: pin Apollo launch, then choose Pin to top again — "Unpinned Apollo launch"."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Pin to top")
    I.click("Project actions")
    I.click("Pin to top")
    I.see("Unpinned Apollo launch")


def test_cannot_archive_last_project():
    """The app must not let me archive my only project.
AC1: archive projects until one is left
AC2: archiving the last one says "You can't archive your only project.\""""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Archive")
    I.click("Project actions")
    I.click("Archive")
    I.click("Project actions")
    I.click("Archive")
    I.see("You can't archive your only project.")


def test_rename_to_existing_name():
    """AC: renaming Apollo launch to "Borealis redesign" is refused: A project called “Borealis redesign” already exists."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Rename")
    I.fill("Project name", "Borealis redesign")
    I.click("Save")
    I.see("A project called “Borealis redesign” already exists.")


def test_footer_status_link():
    """As a user wondering if the app is down, the footer Status link should tell me: "Status: all systems normal"."""
    I.go_to("/ariaapp/")
    I.click("Status")
    I.see("Status: all systems normal")


def test_public_link_off_again():
    """AC1: turn Public link on, then off
AC2: the "Anyone with this link can view" box is gone"""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Public link")
    I.see("Anyone with this link can view")
    I.click("Public link")
    I.dont_see("Anyone with this link can view")


def test_duplicate_activity():
    """AC: a duplicated project's Activity starts with "Duplicated from Apollo launch\""""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Duplicate")
    I.click("Activity")
    I.see("Duplicated from Apollo launch")


def test_add_and_complete_task():
    """As a team member I want to tick off something I just added.
AC1: add "Buy stamps" to Apollo launch
AC2: tick it
AC3: progress reads "2 of 5 done\""""
    I.go_to("/ariaapp/")
    I.fill("Add a task", "Buy stamps")
    I.press("Enter")
    I.check("Buy stamps")
    I.see("2 of 5 done")


def test_new_project_not_private_by_default():
    """AC: a project created without ticking "Private project" (name "Open house") has no Private badge"""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Open house")
    I.click("Create")
    I.see("Created Open house")
    I.dont_see("Private")


def test_priority_arrow_keys():
    """As a keyboard user I want to change priority with the arrows: on Settings, focus the Priority list (High) and press ArrowUp — summary says "Priority: Medium"."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("High")
    I.press("ArrowUp")
    I.see("Priority: Medium")


def test_show_completed_again():
    """AC1: untick "Show completed tasks" (Draft the press kit disappears)
AC2: tick it again and "Draft the press kit" is back"""
    I.go_to("/ariaapp/")
    I.uncheck("Show completed tasks")
    I.dont_see("Draft the press kit")
    I.check("Show completed tasks")
    I.see("Draft the press kit")


def test_create_with_enter():
    """As a keyboard user I want to press Enter in the Project name box instead of clicking Create: "Echo pilot" + Enter shows "Created Echo pilot"."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Echo pilot")
    I.press("Enter")
    I.see("Created Echo pilot")
