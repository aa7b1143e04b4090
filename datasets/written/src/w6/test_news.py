"""news: tasks written by w6."""

from testgen import I


def test_load_more_stories():
    """So I'd open the Daily Lantern, get rid of the cookie thing (Accept all) and click Load more stories. It should go from 9 to "Showing 18 of 36 stories"."""
    I.go_to("/news/")
    I.click("Accept all")
    I.click("Load more stories")
    I.see("Showing 18 of 36 stories")


def test_load_all_caught_up():
    """Keep clicking Load more stories till the end (three clicks after closing the cookie box with Only essential). You should get "You're all caught up." and the Load more button goes."""
    I.go_to("/news/")
    I.click("Only essential")
    I.click("Load more stories")
    I.click("Load more stories")
    I.click("Load more stories")
    I.see("You're all caught up.")
    I.see("Showing 36 of 36 stories")
    I.dont_see("Load more stories")


def test_cookie_accept_hides_notice():
    """Cookie notice: click Accept all and the "We use cookies..." box should disappear."""
    I.go_to("/news/")
    I.click("Accept all")
    I.dont_see("We use cookies to remember your preferences and count visits.")


def test_cookie_choice_remembered():
    """Choose Only essential, then go to the home page again — the cookie notice shouldn't come back."""
    I.go_to("/news/")
    I.click("Only essential")
    I.go_to("/news/")
    I.dont_see("We use cookies to remember your preferences and count visits.")


def test_science_section():
    """Click Science in the section bar. Heading should be Science, and it's 7 science stories (Showing 7 of 7 stories), with the frozen lake one in there."""
    I.go_to("/news/")
    I.click("Science")
    I.see("Showing 7 of 7 stories")
    I.see("Three winters on a frozen lake reveal a thousand years of weather")


def test_sports_section_no_world():
    """Sports section shouldn't have any world news — click Sports and the ferry timetable headline shouldn't be listed (it's still in the breaking bar at the top though, so I'd look for the full headline)."""
    I.go_to("/news/")
    I.click("Sports")
    I.see("Pressing high from the first whistle")
    I.dont_see("Harbor city agrees new ferry timetable after marathon talks")


def test_search_ferry():
    """Search the Lantern for "ferry" and hit Search. Heading goes to Search results for “ferry” and you'd see Ferry fares frozen for another year."""
    I.go_to("/news/")
    I.fill("Search articles", "ferry")
    I.click("Search")
    I.see("Search results for “ferry”")
    I.see("Ferry fares frozen for another year")


def test_search_nothing_found():
    """Search for "zeppelin" — nothing about that, so it should say No stories match “zeppelin”. Try another word."""
    I.go_to("/news/")
    I.fill("Search articles", "zeppelin")
    I.press("Enter")
    I.see("No stories match “zeppelin”. Try another word.")


def test_search_url():
    """Searching "opera" should put q=opera in the address."""
    I.go_to("/news/")
    I.fill("Search articles", "opera")
    I.click("Search")
    I.see_url("q=opera")


def test_tag_chip_filter():
    """In Technology, click the #energy chip. It should say Showing 3 of 3 stories tagged #energy, and "Why the update is reaching volunteers first" (that's a software one, not energy) goes."""
    I.go_to("/news/index.html?category=tech")
    I.click("#energy")
    I.see("Showing 3 of 3 stories tagged #energy")
    I.dont_see("Why the update is reaching volunteers first")


def test_tag_chip_toggle_off():
    """Clicking the same chip twice turns it off. On Culture, click #music twice and it's back to Showing 7 of 7 stories with no "tagged" bit."""
    I.go_to("/news/index.html?category=culture")
    I.click("#music")
    I.see("Showing 2 of 2 stories tagged #music")
    I.click("#music")
    I.see("Showing 7 of 7 stories")
    I.dont_see("tagged #music")


def test_open_article():
    """Click The quiet virtue of boring software in Most read — the article opens and there's 1 comment from Felix."""
    I.go_to("/news/")
    I.click("The quiet virtue of boring software")
    I.see("1 comment")
    I.see("Printing this out for my whole team.")


def test_post_comment():
    """On the ferry timetable story, post a comment as "Jo" saying "Great news for commuters like me!" — it should appear and the count goes from 2 to 3 comments."""
    I.go_to("/news/article.html?slug=harbor-ferry-timetable")
    I.fill("Name", "Jo")
    I.fill("Your comment", "Great news for commuters like me!")
    I.click("Post comment")
    I.see("Great news for commuters like me!")
    I.see("3 comments")


def test_comment_needs_name():
    """Leave Name empty and try to post a comment ("Lovely piece, thank you") on the boring software article: should say Please tell us your name."""
    I.go_to("/news/article.html?slug=boring-software")
    I.fill("Your comment", "Lovely piece, thank you")
    I.click("Post comment")
    I.see("Please tell us your name.")


def test_comment_too_short():
    """Comment "Nice!" is too short, I'd expect "Comments must be at least 10 characters." and the comment count to stay put at 1 comment."""
    I.go_to("/news/article.html?slug=boring-software")
    I.fill("Name", "Sam")
    I.fill("Your comment", "Nice!")
    I.click("Post comment")
    I.see("Comments must be at least 10 characters.")
    I.see("1 comment")


def test_comment_empty_body():
    """Name filled (Ravi) but no comment at all → "Write something before posting."."""
    I.go_to("/news/article.html?slug=course-record")
    I.fill("Name", "Ravi")
    I.click("Post comment")
    I.see("Write something before posting.")


def test_first_comment_on_empty_article():
    """Articles with no comments say "No comments yet. Start the conversation." — post one on the Course record story (Ana, "What a run in that weather!") and that line should go, with 1 comment showing."""
    I.go_to("/news/article.html?slug=course-record")
    I.fill("Name", "Ana")
    I.fill("Your comment", "What a run in that weather!")
    I.click("Post comment")
    I.see("1 comment")
    I.dont_see("No comments yet. Start the conversation.")


def test_comment_survives_reload():
    """Comments are kept, so post one ("Mei", "Saving this for the weekend.") on the lantern parade article and reload — still there."""
    I.go_to("/news/article.html?slug=lantern-parade")
    I.fill("Name", "Mei")
    I.fill("Your comment", "Saving this for the weekend.")
    I.click("Post comment")
    I.go_to("/news/article.html?slug=lantern-parade")
    I.see("Saving this for the weekend.")


def test_newsletter_signup():
    """Sign up for The Morning Brief with jo@example.com. Should thank you: "Thanks! The Morning Brief will arrive at jo@example.com."."""
    I.go_to("/news/")
    I.fill("Your email", "jo@example.com")
    I.click("Sign up")
    I.see("Thanks! The Morning Brief will arrive at jo@example.com.")


def test_newsletter_bad_email():
    """Newsletter with a rubbish email ("jo@example") should be refused — "Please enter a valid email address." and definitely no Thanks!"""
    I.go_to("/news/")
    I.fill("Your email", "jo@example")
    I.click("Sign up")
    I.see("Please enter a valid email address.")
    I.dont_see("Thanks! The Morning Brief")


def test_culture_page_count():
    """Culture section: click Culture and it should be Showing 7 of 7 stories, with the pastry queue one in the list."""
    I.go_to("/news/")
    I.click("Culture")
    I.see("Showing 7 of 7 stories")
    I.see("The queue outside the bakery starts before sunrise")


def test_missing_story():
    """A made-up slug, article.html?slug=no-such-story, should give "We couldn't find that story" with a link back to the front page."""
    I.go_to("/news/article.html?slug=no-such-story")
    I.see("We couldn't find that story")
    I.click("Back to the front page")
    I.see("Latest stories")


def test_breaking_follow_story():
    """The breaking news bar's "follow the story" link should take you to the ferry timetable article, with Jun's comment about the early crossing."""
    I.go_to("/news/")
    I.click("follow the story")
    I.see("Harbor city agrees new ferry timetable after marathon talks")
    I.see("Finally! The early crossing was always packed.")


def test_older_story_link():
    """From the ferry timetable article click Older story → it should be the matchbox sensor one."""
    I.go_to("/news/article.html?slug=harbor-ferry-timetable")
    I.click("Older story")
    I.see("A sensor the size of a matchbox that sleeps until the world changes")


def test_article_tag_link_search():
    """On the boring software article, click the #design tag at the bottom — it runs a search, heading Search results for “design”."""
    I.go_to("/news/article.html?slug=boring-software")
    I.click("#design")
    I.see("Search results for “design”")
    I.see("Six quiet rooms: inside the season's most talked-about exhibition")


def test_category_kicker_link():
    """Open Three winters on a frozen lake from Most read, then click the little Science label above the headline — you're on the Science section, 7 stories."""
    I.go_to("/news/")
    I.click("Three winters on a frozen lake")
    I.click("Science", near="Three winters on a frozen lake reveal a thousand years of weather")
    I.see("Showing 7 of 7 stories")


def test_world_section_url():
    """World in the section bar — the address should have category=world and the list is all world stories, 8 of them (Showing 8 of 8 stories)."""
    I.go_to("/news/")
    I.click("World")
    I.see_url("category=world")
    I.see("Showing 8 of 8 stories")


def test_newsletter_clears_box():
    """After signing up for the Morning Brief (lantern@example.org) the email box should be emptied out."""
    I.go_to("/news/")
    I.fill("Your email", "lantern@example.org")
    I.click("Sign up")
    I.see("Thanks! The Morning Brief will arrive at lantern@example.org.")
    I.see_value("Your email", "")


def test_comment_form_clears():
    """After posting a comment ("Lee", "Brilliant reporting as always.") on the night market story, the Name and comment boxes should be empty again."""
    I.go_to("/news/article.html?slug=harbor-night-market")
    I.fill("Name", "Lee")
    I.fill("Your comment", "Brilliant reporting as always.")
    I.click("Post comment")
    I.see("Brilliant reporting as always.")
    I.see_value("Name", "")


def test_search_from_article_page():
    """The search box works from an article too: on the boring software story search "marathon" and it should list The volunteers who marshal the marathon route at dawn."""
    I.go_to("/news/article.html?slug=boring-software")
    I.fill("Search articles", "marathon")
    I.click("Search")
    I.see("Search results for “marathon”")
    I.see("The volunteers who marshal the marathon route at dawn")


def test_newer_story_link():
    """From the matchbox sensor article, "Newer story" takes you back to the ferry timetable one."""
    I.go_to("/news/article.html?slug=matchbox-sensor")
    I.click("Newer story")
    I.see("Harbor city agrees new ferry timetable after marathon talks")


def test_technology_load_more_hidden():
    """Technology only has 7 stories, so there's no need for Load more — click Technology and the Load more stories button shouldn't be there."""
    I.go_to("/news/")
    I.click("Technology")
    I.see("Showing 7 of 7 stories")
    I.dont_see("Load more stories")
