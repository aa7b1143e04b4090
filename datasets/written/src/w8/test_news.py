"""news: tasks written by w8."""

from testgen import I


def test_cookie_notice_accept_goes_away():
    """Accept all in the cookie box at the bottom. The cookie notice text should be gone."""
    I.go_to("/news/")
    I.click("Accept all")
    I.dont_see("We use cookies to remember your preferences")


def test_cookie_notice_only_essential():
    """Pick the second button in the cookie banner (only essential) - banner disappears."""
    I.go_to("/news/")
    I.click("Only essential")
    I.dont_see("No advertising trackers.")


def test_load_more_stories():
    """Click the button under the last story card to load more. Count at the top should say 18 of 36."""
    I.go_to("/news/")
    I.click("Accept all")
    I.click("Load more stories")
    I.see("Showing 18 of 36 stories")


def test_load_all_stories_button_gone():
    """Keep pressing Load more until the end (3 times). The list should show all 36 and the load more button should be gone."""
    I.go_to("/news/")
    I.click("Accept all")
    I.click("Load more stories")
    I.click("Load more stories")
    I.click("Load more stories")
    I.see("Showing 36 of 36 stories")
    I.dont_see("Load more stories")


def test_tag_chip_running():
    """In the row of tag chips, click #running. Only 3 stories remain, all tagged running, e.g. Course record falls on a wet morning."""
    I.go_to("/news/")
    I.click("#running")
    I.see("Showing 3 of 3 stories tagged #running")
    I.see("Course record falls on a wet morning", near="Sports")


def test_tag_chip_toggle_off():
    """click the #space chip, then click it again to turn it off. The count goes back to 9 of 36 and the 'tagged' bit disappears"""
    I.go_to("/news/")
    I.click("#space")
    I.see("tagged #space")
    I.click("#space")
    I.see("Showing 9 of 36 stories")
    I.dont_see("tagged #space")


def test_tag_filter_hides_other_story():
    """Filter by the #football chip. The ferry timetable story (first card) must not be listed anymore."""
    I.go_to("/news/")
    I.click("#football")
    I.dont_see("Harbor city agrees new ferry timetable after marathon talks")
    I.see("How a small club's academy became its best signing")


def test_search_ferry():
    """Type ferry into the search box in the nav bar and hit Search. The heading should change to Search results for “ferry” and Ferry fares frozen for another year should be among the results."""
    I.go_to("/news/")
    I.fill("Search articles", "ferry")
    I.click("Search")
    I.see("Search results for “ferry”")
    I.see("Ferry fares frozen for another year")


def test_search_no_match():
    """search for 'zeppelin' with Enter. Should tell me no stories match and to try another word."""
    I.go_to("/news/")
    I.fill("Search articles", "zeppelin")
    I.press("Enter")
    I.see("No stories match “zeppelin”. Try another word.")


def test_section_link_science():
    """Click the fourth link in the section bar (Science). URL should have category=science, the frozen lake story is listed and the ferry story isn't there."""
    I.go_to("/news/")
    I.click("Science")
    I.see_url("category=science")
    I.see("Three winters on a frozen lake reveal a thousand years of weather")
    I.dont_see("Harbor city agrees new ferry timetable after marathon talks")


def test_section_sports_count():
    """Open Sports from the top nav. It should say Showing 7 of 7 stories."""
    I.go_to("/news/")
    I.click("Sports")
    I.see("Showing 7 of 7 stories")


def test_newsletter_signup_ok():
    """Newsletter box in the right rail: enter reader@lantern.test, Sign up. Thanks message mentions the Morning Brief arriving at that address."""
    I.go_to("/news/")
    I.click("Accept all")
    I.fill("Your email", "reader@lantern.test")
    I.click("Sign up")
    I.see("Thanks! The Morning Brief will arrive at reader@lantern.test.")


def test_newsletter_invalid_email():
    """Put 'not an email' in the newsletter field and sign up -> it should be refused with 'Please enter a valid email address.'"""
    I.go_to("/news/")
    I.click("Accept all")
    I.fill("Your email", "not an email")
    I.click("Sign up")
    I.see("Please enter a valid email address.")
    I.dont_see("Thanks!")


def test_subscribe_offer_opens():
    """Click the Subscribe for $1 a week thing in the masthead, top right. A special offer should pop open: $4 a week after six months."""
    I.go_to("/news/")
    I.click("Subscribe for $1 a week", near="Today's paper")
    I.see("then $4 a week")


def test_subscribe_offer_close_x():
    """Open the subscribe offer and close it with the little × at its end. The offer text should vanish."""
    I.go_to("/news/")
    I.click("Subscribe for $1 a week", near="Today's paper")
    I.see("unlimited reading for $1 a week")
    I.click("×")
    I.dont_see("unlimited reading for $1 a week")


def test_open_first_story():
    """Click the headline of the first story in the list. The article opens with the byline Mira Sandoval and has 2 comments."""
    I.go_to("/news/")
    I.click("Accept all")
    I.click("Harbor city agrees new ferry timetable after marathon talks")
    I.see_url("slug=harbor-ferry-timetable")
    I.see("2 comments")
    I.see("Will the night ferry keep running on Sundays?")


def test_breaking_banner_link():
    """In the dark strip at the very top, follow the story link; you land on the ferry article and the comment by Jun is visible"""
    I.go_to("/news/")
    I.click("follow the story")
    I.see("Finally! The early crossing was always packed.")


def test_post_comment():
    """On the boring software article, post a comment as Ines: 'Boring is beautiful, honestly.' It should show under the existing one and the heading goes to 2 comments."""
    I.go_to("/news/article.html?slug=boring-software")
    I.click("Accept all")
    I.fill("Name", "Ines")
    I.fill("Your comment", "Boring is beautiful, honestly.")
    I.click("Post comment")
    I.see("Boring is beautiful, honestly.")
    I.see("2 comments")


def test_comment_too_short():
    """Comment form on the frozen lake story: name Pat, comment 'wow' -> Post. Must be refused: at least 10 characters."""
    I.go_to("/news/article.html?slug=frozen-lake-cores")
    I.click("Accept all")
    I.fill("Name", "Pat")
    I.fill("Your comment", "wow")
    I.click("Post comment")
    I.see("Comments must be at least 10 characters.")
    I.see("No comments yet. Start the conversation.")


def test_comment_empty_form_errors():
    """Hit Post comment with both boxes empty on the matchbox sensor article. Two errors: tell us your name, and write something before posting."""
    I.go_to("/news/article.html?slug=matchbox-sensor")
    I.click("Accept all")
    I.click("Post comment")
    I.see("Please tell us your name.")
    I.see("Write something before posting.")


def test_first_comment_on_empty_article():
    """Go to the tram depot opera story (no comments yet). Post as Lu: 'Saw it twice, the depot echo is magic.' The 'no comments yet' note should be replaced and the count says 1 comment."""
    I.go_to("/news/article.html?slug=tram-depot-opera")
    I.click("Accept all")
    I.fill("Name", "Lu")
    I.fill("Your comment", "Saw it twice, the depot echo is magic.")
    I.click("Post comment")
    I.see("1 comment")
    I.dont_see("No comments yet.")


def test_article_older_story_link():
    """Open the first article, then follow the Older story link at the bottom. The next article should be the matchbox sensor one."""
    I.go_to("/news/article.html?slug=harbor-ferry-timetable")
    I.click("Accept all")
    I.click("Older story")
    I.see_url("slug=matchbox-sensor")
    I.see("A sensor the size of a matchbox that sleeps until the world changes")


def test_article_tag_link():
    """On the boring software article click the #design tag near the end -> you get search results for design."""
    I.go_to("/news/article.html?slug=boring-software")
    I.click("Accept all")
    I.click("#design")
    I.see("Search results for “design”")


def test_article_unknown_slug():
    """Open article.html?slug=no-such-story. It should say we couldn't find that story and not show the comment form."""
    I.go_to("/news/article.html?slug=no-such-story")
    I.see("We couldn't find that story")
    I.dont_see("Join the conversation")


def test_article_kicker_back_to_section():
    """From the sensor article, click the small section label above the headline (Technology) and check you're on the tech list with 7 stories."""
    I.go_to("/news/article.html?slug=matchbox-sensor")
    I.click("Accept all")
    I.click("Technology", near="A sensor the size of a matchbox")
    I.see_url("category=tech")
    I.see("Showing 7 of 7 stories")


def test_most_read_link():
    """Click the third item in the Most read list on the right. You should land on the course-record article, which has no comments yet."""
    I.go_to("/news/")
    I.click("Accept all")
    I.click("Course record falls on a wet morning")
    I.see_url("slug=course-record")
    I.see("No comments yet. Start the conversation.")


def test_search_then_tag_chip():
    """Search for 'software' from the nav bar, then narrow with the #privacy chip. Only the volunteers-first update story should be left."""
    I.go_to("/news/")
    I.click("Accept all")
    I.fill("Search articles", "software")
    I.press("Enter")
    I.click("#privacy")
    I.see("Why the update is reaching volunteers first")
    I.dont_see("Batching small jobs halves a data center's power bill")


def test_home_link_resets_section():
    """Open the Culture section, then click Home (first link in the nav bar). The heading is back to Latest stories and 9 of 36."""
    I.go_to("/news/")
    I.click("Culture")
    I.see_url("category=culture")
    I.click("Home")
    I.see("Showing 9 of 36 stories")


def test_comment_missing_name_only():
    """On the sensor article write a proper comment ('Battery life numbers look great.') but leave Name empty. Post should be refused with Please tell us your name."""
    I.go_to("/news/article.html?slug=matchbox-sensor")
    I.click("Accept all")
    I.fill("Your comment", "Battery life numbers look great.")
    I.click("Post comment")
    I.see("Please tell us your name.")
    I.see("No comments yet. Start the conversation.")
