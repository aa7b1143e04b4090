"""ariaapp: tasks written by w8."""

from testgen import I


def test_tick_second_task():
    """Tick the second task in the list (Book the venue). Progress above the list goes to 2 of 4 done."""
    I.go_to("/ariaapp/")
    I.check("Book the venue")
    I.see("2 of 4 done")


def test_untick_first_task():
    """The first task is already done - untick it. Counter should drop to 0 of 4 done."""
    I.go_to("/ariaapp/")
    I.uncheck("Draft the press kit")
    I.see("0 of 4 done")


def test_add_task_with_enter():
    """Type 'Order the balloons' in the Add a task box under the list and press Enter. It shows as the last task and the count becomes 1 of 5 done."""
    I.go_to("/ariaapp/")
    I.fill("Add a task", "Order the balloons")
    I.press("Enter")
    I.see("Order the balloons")
    I.see("1 of 5 done")


def test_add_empty_task_refused():
    """Click into the add-task box and press Enter with nothing typed. It shouldn't add anything; the hint under the box changes to 'Type a task first, then press Enter'."""
    I.go_to("/ariaapp/")
    I.click("Add a task")
    I.press("Enter")
    I.see("Type a task first, then press Enter")
    I.see("1 of 4 done")


def test_hide_completed_tasks():
    """In Preferences on the left, uncheck the second box (Show completed tasks). The done task Draft the press kit should disappear from the list."""
    I.go_to("/ariaapp/")
    I.uncheck("Show completed tasks")
    I.dont_see("Draft the press kit")
    I.see("Book the venue")


def test_switch_project_in_sidebar():
    """Pick the second project in the sidebar list. Title becomes Borealis redesign with 2 of 3 done."""
    I.go_to("/ariaapp/")
    I.click("Borealis redesign")
    I.see("2 of 3 done")
    I.see("Run user interviews")


def test_empty_project_hint():
    """Select the last project, Cascade migration. It has no tasks: expect 'No tasks yet. Add the first one below.'"""
    I.go_to("/ariaapp/")
    I.select("Projects", "Cascade migration")
    I.see("No tasks yet. Add the first one below.")
    I.dont_see("Book the venue")


def test_activity_after_completing():
    """Tick Send invitations (the last task), then open the middle tab. The activity log should say Completed “Send invitations”."""
    I.go_to("/ariaapp/")
    I.check("Send invitations")
    I.click("Activity")
    I.see("Completed “Send invitations”")


def test_activity_tab_default():
    """Open the Activity tab on a fresh page: only 'Project created' is logged, and the task list is hidden."""
    I.go_to("/ariaapp/")
    I.click("Activity")
    I.see("Project created")
    I.dont_see("Confirm the caterer")


def test_create_project_dialog():
    """Click the orange New project button at the top right, name it Zephyr rollout, Create. A toast says Created Zephyr rollout and the heading switches to it."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Zephyr rollout")
    I.click("Create")
    I.see("Created Zephyr rollout")
    I.see("No tasks yet. Add the first one below.")


def test_create_private_project():
    """New project 'Skunkworks', tick the Private project box in the dialog, create. The Private badge should appear next to the title."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Skunkworks")
    I.check("Private project")
    I.click("Create")
    I.see("Private")


def test_create_project_blank_refused():
    """Open the new project dialog and hit Create with the name empty. Error: Give the project a name."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.click("Create")
    I.see("Give the project a name.")


def test_create_project_duplicate_name():
    """Try creating a project called 'apollo launch' (lowercase). It must be refused because it already exists."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "apollo launch")
    I.click("Create")
    I.see("A project called “apollo launch” already exists.")


def test_create_dialog_escape():
    """Open New project, type Temp, press Escape. The dialog closes and no Temp project gets created."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Temp")
    I.press("Escape")
    I.dont_see("Create project")
    I.dont_see("Created Temp")


def test_menu_rename_project():
    """Use the ⋯ button next to the project title -> Rename, change it to Apollo relaunch and Save. Toast: Renamed to Apollo relaunch."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Rename")
    I.fill("Project name", "Apollo relaunch")
    I.click("Save")
    I.see("Renamed to Apollo relaunch")


def test_menu_duplicate_project():
    """Project actions menu, second item (Duplicate). You end up on Apollo launch (copy)."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Duplicate")
    I.see("Duplicated Apollo launch")
    I.see("Apollo launch (copy)")


def test_menu_archive_project():
    """Archive the current project from the actions menu (the red last item). Apollo launch should be gone from the sidebar and Borealis redesign opens."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Archive")
    I.see("Archived Apollo launch")
    I.see("Run user interviews")
    I.dont_see("Book the venue")


def test_menu_pin_project():
    """Switch to the third project, then pin it with Pin to top from the ⋯ menu. Toast: Pinned Cascade migration."""
    I.go_to("/ariaapp/")
    I.click("Cascade migration")
    I.click("Project actions")
    I.click("Pin to top")
    I.see("Pinned Cascade migration")


def test_menu_escape_closes():
    """Open the project actions menu and press Escape - Duplicate and Archive should no longer be visible."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.see("Duplicate")
    I.press("Escape")
    I.dont_see("Duplicate")


def test_settings_public_link_switch():
    """Settings tab: flip the second switch (Public link) on. The share URL https://orbit.example/p/apollo shows up."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.check("Public link")
    I.see("https://orbit.example/p/apollo")
    I.see("Public link on")


def test_settings_email_switch():
    """In Settings turn on 'Email me about changes'. The summary line at the bottom ends with Email on."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.check("Email me about changes")
    I.see("Email on")


def test_settings_priority_urgent():
    """Settings -> in the Priority list choose the last option, Urgent. Summary reads Priority: Urgent, and Activity logs Priority set to urgent."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.select("Priority", "Urgent")
    I.see("Priority: Urgent")
    I.click("Activity")
    I.see("Priority set to urgent")


def test_settings_budget_slider_end():
    """Focus the Budget alert slider in Settings and press End. It should read 100%."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Budget alert at")
    I.press("End")
    I.see("Budget alert at 100%")


def test_help_button_tip():
    """Click the round ? icon next to New project. A tip about arrow keys and Escape appears."""
    I.go_to("/ariaapp/")
    I.click("Help")
    I.see("Use arrow keys to move between tabs, options and menu items.")


def test_footer_status_link():
    """Footer, first link (Status): toast says all systems normal."""
    I.go_to("/ariaapp/")
    I.click("Status")
    I.see("Status: all systems normal")


def test_tabs_arrow_right():
    """Click the Tasks tab and press the right arrow twice. You should be on Settings: Priority: High in the summary."""
    I.go_to("/ariaapp/")
    I.click("Tasks")
    I.press("ArrowRight")
    I.press("ArrowRight")
    I.see("Priority: High")


def test_reopen_task_activity():
    """Untick Draft the press kit, then open the Activity tab. It should log Reopened “Draft the press kit”."""
    I.go_to("/ariaapp/")
    I.uncheck("Draft the press kit")
    I.click("Activity")
    I.see("Reopened “Draft the press kit”")


def test_switch_project_keeps_tasks_separate():
    """Add 'Hire a photographer' to Apollo, then switch to Borealis redesign in the sidebar. The new task must not show up there."""
    I.go_to("/ariaapp/")
    I.fill("Add a task", "Hire a photographer")
    I.press("Enter")
    I.see("Hire a photographer")
    I.click("Borealis redesign")
    I.dont_see("Hire a photographer")
