"""news: tasks written by w12."""

from testgen import I


def test_cookie_accept_all_closes_notice():
    """The Cookie notice dialog shows on first visit. Activate Accept all — the notice should go away."""
    I.go_to("/news/")
    I.click("Accept all")
    I.dont_see("We use cookies to remember your preferences and count visits.")


def test_cookie_only_essential():
    """Choose Only essential in the cookie notice and check the dialog text is not there anymore."""
    I.go_to("/news/")
    I.click("Only essential")
    I.dont_see("No advertising trackers.")


def test_search_ferry():
    """Tab to the Search articles searchbox, type ferry and activate the Search button. The heading should become Search results for “ferry” and Ferry fares frozen for another year is one of the hits."""
    I.go_to("/news/")
    I.fill("Search articles", "ferry")
    I.click("Search")
    I.see("Search results for “ferry”")
    I.see("Ferry fares frozen for another year")


def test_search_with_enter_key():
    """In Search articles type telescope and press Enter; the museum telescope story should be the result (Showing 1 of 1 story)."""
    I.go_to("/news/")
    I.fill("Search articles", "telescope")
    I.press("Enter")
    I.see("The museum telescope that students book a year ahead")
    I.see("Showing 1 of 1 story")


def test_search_no_results():
    """search for zeppelin. the live text must say No stories match “zeppelin”. Try another word."""
    I.go_to("/news/")
    I.fill("Search articles", "zeppelin")
    I.click("Search")
    I.see("No stories match “zeppelin”. Try another word.")


def test_technology_section():
    """Activate the Technology link in the section nav. The heading reads Technology and the status says Showing 7 of 7 stories; no World stories like Ferry fares frozen."""
    I.go_to("/news/")
    I.click("Technology")
    I.see("Showing 7 of 7 stories")
    I.see("Batching small jobs halves a data center's power bill")
    I.dont_see("Harbor city agrees new ferry timetable after marathon talks")


def test_load_more_stories():
    """Activate the Load more stories button once: Showing 18 of 36 stories, and the 10th story Forty minutes of rain, then a course record appears."""
    I.go_to("/news/")
    I.click("Load more stories")
    I.see("Showing 18 of 36 stories")
    I.see("Forty minutes of rain, then a course record")


def test_load_all_stories_caught_up():
    """Keep activating Load more stories until everything is shown (three times). The page should say You're all caught up. and the button disappears."""
    I.go_to("/news/")
    I.click("Load more stories")
    I.click("Load more stories")
    I.click("Load more stories")
    I.see("You're all caught up.")
    I.see("Showing 36 of 36 stories")
    I.dont_see("Load more stories")


def test_tag_chip_football():
    """In the Filter by tag group press the #football toggle button. Status: Showing 3 of 3 stories tagged #football, including Pressing high from the first whistle."""
    I.go_to("/news/")
    I.click("#football")
    I.see("Showing 3 of 3 stories tagged #football")
    I.see("Pressing high from the first whistle")


def test_tag_chip_toggle_off():
    """Press #music, then press it again to release it. The tag filter is cleared: back to Showing 9 of 36 stories, no "tagged #music" any more."""
    I.go_to("/news/")
    I.click("#music")
    I.see("tagged #music")
    I.click("#music")
    I.see("Showing 9 of 36 stories")
    I.dont_see("tagged #music")


def test_tag_in_sports_section():
    """Go to Sports and pick the #running chip - 3 stories tagged #running, Course record falls on a wet morning among them"""
    I.go_to("/news/")
    I.click("Sports")
    I.click("#running")
    I.see("Showing 3 of 3 stories tagged #running")
    I.see("Course record falls on a wet morning")


def test_subscribe_offer_opens():
    """Activate "Subscribe for $1 a week" in the masthead; the special offer should show: unlimited reading for $1 a week for your first six months, then $4 a week."""
    I.go_to("/news/")
    I.click("Subscribe for $1 a week")
    I.see("unlimited reading for $1 a week for your first six months, then $4 a week.")


def test_subscribe_offer_closes():
    """Open the subscribe offer then close it with its × control. The offer text (Cancel anytime.) should be hidden again."""
    I.go_to("/news/")
    I.click("Subscribe for $1 a week")
    I.see("Cancel anytime.")
    I.click("×")
    I.dont_see("Cancel anytime.")


def test_newsletter_signup():
    """In The Morning Brief box, type rosa@example.com in the Your email textbox and activate Sign up. Status should announce Thanks! The Morning Brief will arrive at rosa@example.com."""
    I.go_to("/news/")
    I.click("Accept all")
    I.fill("Your email", "rosa@example.com")
    I.click("Sign up")
    I.see("Thanks! The Morning Brief will arrive at rosa@example.com.")


def test_newsletter_invalid_email():
    """Sign up for the newsletter with "rosa at example" as email. It must be refused: Please enter a valid email address."""
    I.go_to("/news/")
    I.click("Accept all")
    I.fill("Your email", "rosa at example")
    I.click("Sign up")
    I.see("Please enter a valid email address.")
    I.dont_see("Thanks! The Morning Brief")


def test_open_story_from_list():
    """Activate the link Harbor city agrees new ferry timetable after marathon talks. The article opens and the comments heading says 2 comments, one asking whether the night ferry keeps running on Sundays."""
    I.go_to("/news/")
    I.click("Harbor city agrees new ferry timetable after marathon talks")
    I.see_url("slug=harbor-ferry-timetable")
    I.see("2 comments")
    I.see("Will the night ferry keep running on Sundays?")


def test_breaking_news_link():
    """In the Breaking news region activate follow the story. We should land on the ferry timetable article (Join the conversation form at the bottom)."""
    I.go_to("/news/")
    I.click("follow the story")
    I.see_url("article.html?slug=harbor-ferry-timetable")
    I.see("Join the conversation")


def test_post_comment():
    """On the boring software article, tab to Name and type Rosa, then Your comment: "Boring is beautiful, agreed." Activate Post comment. The comment shows and the heading changes to 2 comments."""
    I.go_to("/news/article.html?slug=boring-software")
    I.fill("Name", "Rosa")
    I.fill("Your comment", "Boring is beautiful, agreed.")
    I.click("Post comment")
    I.see("Boring is beautiful, agreed.")
    I.see("2 comments")


def test_first_comment_on_empty_story():
    """Open the lantern parade article (no comments yet), post a comment as Kai: "The pastry is worth the queue." The heading should read 1 comment and the no comments message is gone."""
    I.go_to("/news/article.html?slug=lantern-parade")
    I.fill("Name", "Kai")
    I.fill("Your comment", "The pastry is worth the queue.")
    I.click("Post comment")
    I.see("1 comment")
    I.dont_see("No comments yet. Start the conversation.")


def test_comment_kept_after_reload():
    """Post a comment (name Lea, text Great photos from the depot!) on the tram depot opera story, then reload the page: the comment should still be there."""
    I.go_to("/news/article.html?slug=tram-depot-opera")
    I.fill("Name", "Lea")
    I.fill("Your comment", "Great photos from the depot!")
    I.click("Post comment")
    I.go_to("/news/article.html?slug=tram-depot-opera")
    I.see("Great photos from the depot!")


def test_comment_without_name():
    """Leave Name empty, write "I disagree with the premise here." in Your comment and activate Post comment → error Please tell us your name."""
    I.go_to("/news/article.html?slug=boring-software")
    I.fill("Your comment", "I disagree with the premise here.")
    I.click("Post comment")
    I.see("Please tell us your name.")
    I.dont_see("2 comments")


def test_comment_too_short():
    """Comment form: Name Ola, Your comment just "Nice!" — posting should be refused with Comments must be at least 10 characters."""
    I.go_to("/news/article.html?slug=boring-software")
    I.fill("Name", "Ola")
    I.fill("Your comment", "Nice!")
    I.click("Post comment")
    I.see("Comments must be at least 10 characters.")


def test_comment_empty_body():
    """fill Name = Sam, leave the comment textarea blank, Post comment. Expect: Write something before posting."""
    I.go_to("/news/article.html?slug=boring-software")
    I.fill("Name", "Sam")
    I.click("Post comment")
    I.see("Write something before posting.")


def test_most_read_link():
    """From the front page, activate Course record falls on a wet morning under Most read. The article should open (URL slug=course-record) in the Sports section with No comments yet."""
    I.go_to("/news/")
    I.click("Course record falls on a wet morning")
    I.see_url("slug=course-record")
    I.see("No comments yet. Start the conversation.")


def test_older_story_link():
    """On the ferry timetable article activate the "Older story →" link; the next article, A sensor the size of a matchbox that sleeps until the world changes, should open."""
    I.go_to("/news/article.html?slug=harbor-ferry-timetable")
    I.click("Older story →")
    I.see_url("slug=matchbox-sensor")
    I.see("A sensor the size of a matchbox that sleeps until the world changes")


def test_article_tag_link_searches():
    """In the Tags line of the frozen lake article activate the #research link. It should show Search results for “research”."""
    I.go_to("/news/article.html?slug=frozen-lake-cores")
    I.click("#research")
    I.see("Search results for “research”")


def test_article_section_kicker_link():
    """On the tram depot opera article activate the Culture link above the headline → Culture list, Showing 7 of 7 stories."""
    I.go_to("/news/article.html?slug=tram-depot-opera")
    I.click("Culture", near="An opera rehearsed in an old tram depot finds its voice")
    I.see_url("category=culture")
    I.see("Showing 7 of 7 stories")


def test_unknown_story_back_link():
    """Open article.html?slug=no-such-story: it should say We couldn't find that story. Activate Back to the front page and the Latest stories list loads."""
    I.go_to("/news/article.html?slug=no-such-story")
    I.see("We couldn't find that story")
    I.click("Back to the front page")
    I.see("Showing 9 of 36 stories")


def test_search_from_article_page():
    """While reading the boring software article, use the Search articles box at the top: type opera, activate Search. The front page shows Search results for “opera”."""
    I.go_to("/news/article.html?slug=boring-software")
    I.fill("Search articles", "opera")
    I.click("Search")
    I.see("Search results for “opera”")
    I.see("An opera rehearsed in an old tram depot finds its voice")


def test_world_section_no_load_more():
    """Activate the World link: all 8 World stories fit on one page, so the Load more stories button should not be offered."""
    I.go_to("/news/")
    I.click("World")
    I.see("Showing 8 of 8 stories")
    I.dont_see("Load more stories")
