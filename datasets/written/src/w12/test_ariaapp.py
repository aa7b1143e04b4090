"""ariaapp: tasks written by w12."""

from testgen import I


def test_pick_project_from_listbox():
    """In the Projects listbox pick Borealis redesign. The level 1 heading should change to Borealis redesign and the progress text read 2 of 3 done."""
    I.go_to("/ariaapp/")
    I.select("Projects", "Borealis redesign")
    I.see("2 of 3 done")
    I.see("Run user interviews")


def test_empty_project_shows_hint():
    """Select the Cascade migration option in the Projects listbox; since it has no tasks the panel should say "No tasks yet. Add the first one below.\""""
    I.go_to("/ariaapp/")
    I.click("Cascade migration")
    I.see("No tasks yet. Add the first one below.")
    I.see("0 of 0 done")


def test_arrow_down_in_projects_listbox():
    """Focus the Projects listbox on Apollo launch and press ArrowDown — selection should move to Borealis redesign (its task Audit color contrast is shown)."""
    I.go_to("/ariaapp/")
    I.click("Apollo launch")
    I.press("ArrowDown")
    I.see("Audit color contrast")
    I.dont_see("Book the venue")


def test_check_task_updates_progress():
    """Check the Book the venue checkbox in the Tasks group. Progress should go from 1 of 4 done to 2 of 4 done."""
    I.go_to("/ariaapp/")
    I.check("Book the venue")
    I.see("2 of 4 done")


def test_uncheck_done_task():
    """uncheck "Draft the press kit" -> 0 of 4 done"""
    I.go_to("/ariaapp/")
    I.uncheck("Draft the press kit")
    I.see("0 of 4 done")


def test_space_toggles_task_checkbox():
    """Check Book the venue, then press Tab to move to the Confirm the caterer checkbox and press Space. Both should be ticked now: 3 of 4 done."""
    I.go_to("/ariaapp/")
    I.check("Book the venue")
    I.press("Tab")
    I.press(" ")
    I.see("3 of 4 done")


def test_add_task_with_enter():
    """Type "Order banners" in the Add a task textbox and press Enter. A new Order banners checkbox should appear and the counter read 1 of 5 done."""
    I.go_to("/ariaapp/")
    I.fill("Add a task", "Order banners")
    I.press("Enter")
    I.see("Order banners")
    I.see("1 of 5 done")


def test_add_empty_task_refused():
    """Focus the Add a task textbox without typing anything and press Enter. Nothing is added; the hint should change to Type a task first, then press Enter."""
    I.go_to("/ariaapp/")
    I.click("Add a task")
    I.press("Enter")
    I.see("Type a task first, then press Enter")


def test_hide_completed_tasks():
    """Uncheck the Show completed tasks checkbox under Preferences. Draft the press kit (done) must disappear, Book the venue stays."""
    I.go_to("/ariaapp/")
    I.uncheck("Show completed tasks")
    I.dont_see("Draft the press kit")
    I.see("Book the venue")


def test_activity_logs_completed_task():
    """Complete Confirm the caterer, then activate the Activity tab. The log should have Completed “Confirm the caterer” at the top."""
    I.go_to("/ariaapp/")
    I.check("Confirm the caterer")
    I.click("Activity")
    I.see("Completed “Confirm the caterer”")


def test_arrow_right_moves_to_activity_tab():
    """Focus the Tasks tab and press ArrowRight: the Activity tab panel should show (Project created entry), tasks panel hidden."""
    I.go_to("/ariaapp/")
    I.click("Tasks")
    I.press("ArrowRight")
    I.see("Project created")
    I.dont_see("Book the venue")


def test_create_project():
    """Activate the New project button, type Delta outreach in the Project name textbox of the Create project dialog and activate Create.
    - status announces Created Delta outreach
    - heading is Delta outreach, with no tasks yet"""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Delta outreach")
    I.click("Create")
    I.see("Created Delta outreach")
    I.see("No tasks yet. Add the first one below.")


def test_create_project_empty_name():
    """New project dialog, leave Project name blank, activate Create. The alert should say Give the project a name."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.click("Create")
    I.see("Give the project a name.")


def test_create_project_duplicate_name():
    """Try to create a project called apollo launch (lower case). It should be refused with A project called “apollo launch” already exists."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "apollo launch")
    I.click("Create")
    I.see("A project called “apollo launch” already exists.")


def test_create_private_project_badge():
    """In the Create project dialog name it Secret plans, check the Private project checkbox and press Create — the Private badge should show next to the heading."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Secret plans")
    I.check("Private project")
    I.click("Create")
    I.see("Private")


def test_cancel_create_dialog():
    """Open New project, type Zeta in Project name, then Cancel. The dialog closes and there's no Zeta project in the listbox."""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.fill("Project name", "Zeta")
    I.click("Cancel")
    I.dont_see("Projects group tasks, activity and settings.")
    I.dont_see("Zeta")


def test_escape_closes_create_dialog():
    """open the Create project dialog and hit Escape, dialog should be dismissed"""
    I.go_to("/ariaapp/")
    I.click("New project")
    I.see("Projects group tasks, activity and settings.")
    I.press("Escape")
    I.dont_see("Projects group tasks, activity and settings.")


def test_rename_project_from_menu():
    """Activate the Project actions button, pick the Rename menuitem, replace the Project name with Apollo relaunch and activate Save. Status: Renamed to Apollo relaunch."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Rename")
    I.fill("Project name", "Apollo relaunch")
    I.click("Save")
    I.see("Renamed to Apollo relaunch")


def test_rename_to_existing_name_refused():
    """Rename Apollo launch to Borealis redesign via Project actions > Rename. Saving must be refused: A project called “Borealis redesign” already exists."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Rename")
    I.fill("Project name", "Borealis redesign")
    I.click("Save")
    I.see("A project called “Borealis redesign” already exists.")


def test_duplicate_project():
    """Project actions menu → Duplicate. We should get the toast Duplicated Apollo launch and a new project Apollo launch (copy) selected."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Duplicate")
    I.see("Duplicated Apollo launch")
    I.see("Apollo launch (copy)")


def test_pin_project_to_top():
    """Select Cascade migration, open Project actions and activate the Pin to top menu item. Status region says Pinned Cascade migration."""
    I.go_to("/ariaapp/")
    I.click("Cascade migration")
    I.click("Project actions")
    I.click("Pin to top")
    I.see("Pinned Cascade migration")


def test_archive_project():
    """Archive Apollo launch through the Project actions menu (Archive item). Expect "Archived Apollo launch" and its tasks like Book the venue to be gone."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.click("Archive")
    I.see("Archived Apollo launch")
    I.dont_see("Book the venue")


def test_escape_closes_project_menu():
    """Open the Project actions menu button, then press Escape. The menu with Rename / Duplicate should close."""
    I.go_to("/ariaapp/")
    I.click("Project actions")
    I.see("Duplicate")
    I.press("Escape")
    I.dont_see("Duplicate")


def test_email_switch_on():
    """Go to the Settings tab and turn on the "Email me about changes" switch. Its state text should read On and the summary end with Email on."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.check("Email me about changes")
    I.see("On")
    I.see("Email on")


def test_public_link_switch_shows_url():
    """Settings tab: switch on Public link. A line Anyone with this link can view: https://orbit.example/p/apollo should appear."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.check("Public link")
    I.see("Anyone with this link can view:")
    I.see("https://orbit.example/p/apollo")


def test_priority_listbox_urgent():
    """In Settings, in the Priority listbox choose Urgent; the status summary should say Priority: Urgent."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.select("Priority", "Urgent")
    I.see("Priority: Urgent")


def test_priority_change_logged():
    """change Priority to Low on the Settings tab, then open the Activity tab — there should be an entry Priority set to low"""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Low")
    I.click("Activity")
    I.see("Priority set to low")


def test_budget_slider_end_key():
    """Settings: focus the Budget alert at slider and press End. It should go to 100% (summary: Budget alert at 100%)."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Budget alert at")
    I.press("End")
    I.see("Budget alert at 100%")


def test_budget_slider_arrow_left():
    """On the Settings tab put focus on the Budget alert at slider and press Home, then ArrowRight twice → 10%."""
    I.go_to("/ariaapp/")
    I.click("Settings")
    I.click("Budget alert at")
    I.press("Home")
    I.press("ArrowRight")
    I.press("ArrowRight")
    I.see("Budget alert at 10%")


def test_help_button_tooltip():
    """Activate the Help button in the top bar; a tooltip should appear: Use arrow keys to move between tabs, options and menu items."""
    I.go_to("/ariaapp/")
    I.click("Help")
    I.see("Use arrow keys to move between tabs, options and menu items.")


def test_footer_status_link():
    """Activate the Status link in the footer, the status region should announce Status: all systems normal"""
    I.go_to("/ariaapp/")
    I.click("Status")
    I.see("Status: all systems normal")


def test_footer_send_feedback():
    """Activate the Send feedback link at the bottom. Expect "Feedback sent. Thank you!" announced."""
    I.go_to("/ariaapp/")
    I.click("Send feedback")
    I.see("Feedback sent. Thank you!")
