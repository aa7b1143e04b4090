"""news: tasks written by w3."""

from testgen import I


def test_load_more_stories():
    """[Home] front page shows 9 stories; click Load more stories → "Showing 18 of 36 stories" """
    I.go_to("/news/")
    I.click("Load more stories")
    I.see("Showing 18 of 36 stories")


def test_load_more_until_end():
    """Keep clicking Load more stories until the end (3 clicks). Expected: "You're all caught up." and the Load more button gone"""
    I.go_to("/news/")
    I.click("Load more stories")
    I.click("Load more stories")
    I.click("Load more stories")
    I.see("You're all caught up.")
    I.see("Showing 36 of 36 stories")
    I.dont_see("Load more stories")


def test_search_ferry():
    """Search the Lantern for "ferry" → heading Search results for “ferry”, 4 stories"""
    I.go_to("/news/")
    I.fill("Search articles", "ferry")
    I.click("Search")
    I.see("Search results for “ferry”")
    I.see("Showing 4 of 4 stories")
    I.see("Ferry fares frozen for another year")


def test_search_no_results():
    """search for zebra. Expected message: No stories match “zebra”. Try another word."""
    I.go_to("/news/")
    I.fill("Search articles", "zebra")
    I.press("Enter")
    I.see("No stories match “zebra”. Try another word.")


def test_search_single_story():
    """Searching "opera" should find exactly 1 story (singular "story"), the tram depot one"""
    I.go_to("/news/")
    I.fill("Search articles", "opera")
    I.press("Enter")
    I.see("Showing 1 of 1 story")
    I.see("An opera rehearsed in an old tram depot finds its voice")


def test_search_excludes_other_stories():
    """search "lake": the two lake stories only. The ferry fares story must not be in the results"""
    I.go_to("/news/")
    I.fill("Search articles", "lake")
    I.press("Enter")
    I.see("Lake study moves to two new sites to test a surprising result")
    I.see("Showing 2 of 2 stories")
    I.dont_see("Ferry fares frozen for another year")


def test_category_world():
    """[Nav] World section → heading World, 8 stories, no Load more button since everything fits"""
    I.go_to("/news/")
    I.click("World")
    I.see("Showing 8 of 8 stories")
    I.see("Ferry crews prepare for longer summer schedules")
    I.dont_see("Load more stories")


def test_category_technology():
    """Click Technology in the nav. Expected kicker Technology on stories and "The quiet virtue of boring software" listed"""
    I.go_to("/news/")
    I.click("Technology")
    I.see_url("category=tech")
    I.see("The quiet virtue of boring software")
    I.see("Showing 7 of 7 stories")


def test_category_hides_other_sections():
    """Sports page shouldn't list culture stories — e.g. "An opera rehearsed in an old tram depot finds its voice" must not be there"""
    I.go_to("/news/")
    I.click("Sports")
    I.see("How a small club's academy became its best signing")
    I.dont_see("An opera rehearsed in an old tram depot finds its voice")


def test_tag_chip_filter():
    """Home: click the #transport chip → "Showing 5 of 5 stories tagged #transport" """
    I.go_to("/news/")
    I.click("#transport")
    I.see("Showing 5 of 5 stories tagged #transport")


def test_tag_chip_toggle_off():
    """Clicking a tag chip twice should turn the filter off again, back to Showing 9 of 36 stories"""
    I.go_to("/news/")
    I.click("#climate")
    I.see("Showing 4 of 4 stories tagged #climate")
    I.click("#climate")
    I.see("Showing 9 of 36 stories")


def test_tag_filter_in_category():
    """In Science, click #space → only the 2 space stories (observatory + museum telescope)"""
    I.go_to("/news/index.html?category=science")
    I.click("#space")
    I.see("Showing 2 of 2 stories tagged #space")
    I.see("The museum telescope that students book a year ahead")


def test_open_article_from_list():
    """Click a headline on the front page (The quiet virtue of boring software) → article page with byline By Mira Sandoval · March 24, 2024 · 6 min read"""
    I.go_to("/news/")
    I.click("The quiet virtue of boring software")
    I.see("By Mira Sandoval · March 24, 2024 · 6 min read")


def test_article_seed_comments():
    """harbor-ferry-timetable article should show "2 comments" with Jun's comment"""
    I.go_to("/news/article.html?slug=harbor-ferry-timetable")
    I.see("2 comments")
    I.see("Finally! The early crossing was always packed.")


def test_post_comment():
    """[Comments] On boring-software, post a comment as Tomasz: "Boring is good, we run the same stack for 9 years." Expected: comment shows and the header goes from 1 comment to 2 comments"""
    I.go_to("/news/article.html?slug=boring-software")
    I.click("Accept all")
    I.fill("Name", "Tomasz")
    I.fill("Your comment", "Boring is good, we run the same stack for 9 years.")
    I.click("Post comment")
    I.see("Boring is good, we run the same stack for 9 years.")
    I.see("2 comments")


def test_comment_too_short():
    """Comment shorter than 10 chars must be refused: "Nice" → Comments must be at least 10 characters."""
    I.go_to("/news/article.html?slug=lantern-parade")
    I.click("Accept all")
    I.fill("Name", "Ola")
    I.fill("Your comment", "Nice")
    I.click("Post comment")
    I.see("Comments must be at least 10 characters.")
    I.dont_see("1 comment")


def test_comment_no_name():
    """post a comment without a name → "Please tell us your name." """
    I.go_to("/news/article.html?slug=lantern-parade")
    I.click("Only essential")
    I.fill("Your comment", "Lovely piece about the parade.")
    I.click("Post comment")
    I.see("Please tell us your name.")


def test_comment_empty_body():
    """Name filled, comment box empty, Post comment. Error: Write something before posting."""
    I.go_to("/news/article.html?slug=course-record")
    I.click("Accept all")
    I.fill("Name", "Piotr")
    I.click("Post comment")
    I.see("Write something before posting.")


def test_first_comment_replaces_empty_note():
    """An article without comments says "No comments yet. Start the conversation." – after posting one it should read 1 comment and the note must be gone"""
    I.go_to("/news/article.html?slug=pressing-high")
    I.click("Accept all")
    I.fill("Name", "Kasia")
    I.fill("Your comment", "Great breakdown of the press.")
    I.click("Post comment")
    I.see("1 comment")
    I.dont_see("No comments yet. Start the conversation.")


def test_comment_persists_after_reload():
    """Comments are saved in the browser. Post one on course-record, reload the article — it's still there."""
    I.go_to("/news/article.html?slug=course-record")
    I.click("Accept all")
    I.fill("Name", "Marek")
    I.fill("Your comment", "I was there, it poured all morning.")
    I.click("Post comment")
    I.go_to("/news/article.html?slug=course-record")
    I.see("I was there, it poured all morning.")


def test_unknown_article_slug():
    """article.html?slug=does-not-exist → "We couldn't find that story", and no comment form (Join the conversation hidden)"""
    I.go_to("/news/article.html?slug=does-not-exist")
    I.see("We couldn't find that story")
    I.dont_see("Join the conversation")


def test_older_story_link():
    """On the first story (harbor-ferry-timetable) click "Older story →", should open the matchbox sensor article"""
    I.go_to("/news/article.html?slug=harbor-ferry-timetable")
    I.click("Older story →")
    I.see("A sensor the size of a matchbox that sleeps until the world changes")
    I.see_url("slug=matchbox-sensor")


def test_newer_story_link():
    """Newer story ← from the matchbox sensor article goes back to the ferry timetable piece"""
    I.go_to("/news/article.html?slug=matchbox-sensor")
    I.click("← Newer story")
    I.see_url("slug=harbor-ferry-timetable")
    I.see("By Mira Sandoval · March 28, 2024 · 3 min read")


def test_article_tag_link():
    """Article tags are links. On tram-depot-opera click #music → search results for “music” listing 2 stories"""
    I.go_to("/news/article.html?slug=tram-depot-opera")
    I.click("#music")
    I.see("Search results for “music”")
    I.see("Showing 2 of 2 stories")


def test_breaking_news_link():
    """Breaking news banner → "follow the story" should open the ferry timetable article"""
    I.go_to("/news/")
    I.click("follow the story")
    I.see("Harbor city agrees new ferry timetable after marathon talks")
    I.see("2 comments")


def test_most_read_link():
    """Most read rail, #3 "Course record falls on a wet morning" → article by Helen Achebe"""
    I.go_to("/news/")
    I.click("Course record falls on a wet morning")
    I.see("By Helen Achebe · March 3, 2024 · 11 min read")


def test_newsletter_signup():
    """[Newsletter] The Morning Brief, email tomasz@example.com, Sign up. Expected: Thanks! The Morning Brief will arrive at tomasz@example.com."""
    I.go_to("/news/")
    I.fill("Your email", "tomasz@example.com")
    I.click("Sign up")
    I.see("Thanks! The Morning Brief will arrive at tomasz@example.com.")


def test_newsletter_bad_email():
    """newsletter with "tomasz(at)example.com" has to be rejected - Please enter a valid email address."""
    I.go_to("/news/")
    I.fill("Your email", "tomasz(at)example.com")
    I.click("Sign up")
    I.see("Please enter a valid email address.")


def test_cookie_notice_dismiss():
    """Cookie notice: click Only essential and it should go away"""
    I.go_to("/news/")
    I.click("Only essential")
    I.dont_see("We use cookies to remember your preferences")


def test_subscribe_offer():
    """Click "Subscribe for $1 a week" in the masthead → the special offer box shows "then $4 a week" """
    I.go_to("/news/")
    I.click("Subscribe for $1 a week")
    I.see("Special offer:")
    I.see("then $4 a week")


def test_article_category_kicker():
    """On an article the section link above the headline (Culture on lantern-parade) goes to the Culture list"""
    I.go_to("/news/article.html?slug=lantern-parade")
    I.click("Culture", near="The paper-lantern parade that gave a pastry its name")
    I.see_url("category=culture")
    I.see("Showing 7 of 7 stories")


def test_search_matches_summary():
    """Search looks in summaries too: "matchbox" finds 3 stories, incl. The quiet virtue of boring software (matchbox only in its summary)"""
    I.go_to("/news/")
    I.fill("Search articles", "matchbox")
    I.press("Enter")
    I.see("Showing 3 of 3 stories")
    I.see("How long can a matchbox battery really last?")


def test_search_matches_tags():
    """searching a tag word, "privacy", returns the one story tagged #privacy: Why the update is reaching volunteers first"""
    I.go_to("/news/")
    I.fill("Search articles", "privacy")
    I.click("Search")
    I.see("Showing 1 of 1 story")
    I.see("Why the update is reaching volunteers first")


def test_tag_chip_inside_search():
    """[Search] search ferry (4 results) then click the #transport chip → Showing 3 of 3 stories tagged #transport, riverbank story dropped"""
    I.go_to("/news/")
    I.fill("Search articles", "ferry")
    I.press("Enter")
    I.click("#transport")
    I.see("Showing 3 of 3 stories tagged #transport")
    I.dont_see("Voices from the riverbank: hope and practical worry")


def test_close_subscribe_offer():
    """Open the $1 a week offer and close it with the × — offer text should be gone again"""
    I.go_to("/news/")
    I.click("Subscribe for $1 a week")
    I.see("then $4 a week")
    I.click("×")
    I.dont_see("then $4 a week")


def test_comment_form_resets():
    """After Post comment the form should be emptied (Name and Your comment blank)"""
    I.go_to("/news/article.html?slug=sold-out-weekend")
    I.click("Accept all")
    I.fill("Name", "Zofia")
    I.fill("Your comment", "Tickets were gone in minutes, crazy.")
    I.click("Post comment")
    I.see_value("Name", "")
    I.see_value("Your comment", "")


def test_newsletter_clears_field():
    """newsletter signup ok → the email box is cleared afterwards"""
    I.go_to("/news/")
    I.fill("Your email", "reader@example.org")
    I.click("Sign up")
    I.see("Thanks! The Morning Brief will arrive at reader@example.org.")
    I.see_value("Your email", "")
