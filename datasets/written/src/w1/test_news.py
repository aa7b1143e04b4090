"""news: tasks written by w1."""

from testgen import I


def test_tech_section():
    """nav Technology -> 7 stories, no world stuff (ferry timetable)"""
    I.go_to("/news/")
    I.click("Technology")
    I.see("Showing 7 of 7 stories")
    I.dont_see("Harbor city agrees new ferry timetable after marathon talks")


def test_world_section_count():
    """World tab => showing 8 of 8"""
    I.go_to("/news/")
    I.click("World")
    I.see("Showing 8 of 8 stories")


def test_search_ferry():
    """search 'ferry' -> results heading + ferry crews story, lake story not there"""
    I.go_to("/news/")
    I.fill("Search articles", "ferry")
    I.click("Search")
    I.see("Search results for “ferry”")
    I.see("Ferry crews prepare for longer summer schedules")
    I.dont_see("Three winters on a frozen lake reveal a thousand years of weather")


def test_search_no_hits():
    """search the lantern for 'xyzzy' + enter -> no stories match, try another word"""
    I.go_to("/news/")
    I.fill("Search articles", "xyzzy")
    I.press("Enter")
    I.see("Try another word.")


def test_search_by_tag_word():
    """search: 'tactics' (it's only a tag) => 2 football stories"""
    I.go_to("/news/")
    I.fill("Search articles", "tactics")
    I.click("Search")
    I.see("Showing 2 of 2 stories")
    I.see("Pressing high from the first whistle")


def test_load_more():
    """[home] Load more stories -> 18 of 36, 'Forty minutes of rain' now visible"""
    I.go_to("/news/")
    I.click("Load more stories")
    I.see("Showing 18 of 36 stories")
    I.see("Forty minutes of rain, then a course record")


def test_load_more_to_end():
    """keep hitting load more (3x) -> 'You're all caught up.', btn gone"""
    I.go_to("/news/")
    I.click("Load more stories")
    I.click("Load more stories")
    I.click("Load more stories")
    I.see("You're all caught up.")
    I.dont_see("Load more stories")


def test_tag_chip_football():
    """tag chip #football -> 3 stories tagged #football"""
    I.go_to("/news/")
    I.click("#football")
    I.see("Showing 3 of 3 stories tagged #football")


def test_tag_chip_toggle_off():
    """click #energy chip then again -> filter off, back to 9 of 36"""
    I.go_to("/news/")
    I.click("#energy")
    I.see("tagged #energy")
    I.click("#energy")
    I.see("Showing 9 of 36 stories")
    I.dont_see("tagged #energy")


def test_sports_running_chip():
    """Sports section, then #running chip => 3 running stories, no football"""
    I.go_to("/news/")
    I.click("Sports")
    I.click("#running")
    I.see("Showing 3 of 3 stories tagged #running")
    I.dont_see("Pressing high from the first whistle")


def test_most_read_opens_article():
    """most read #1 (boring software) -> article page, Felix's comment there"""
    I.go_to("/news/")
    I.click("The quiet virtue of boring software")
    I.see("By Mira Sandoval")
    I.see("Printing this out for my whole team.")


def test_post_comment():
    """[comments] matchbox sensor article: name Dana, comment 'Tiny and clever, love it.' -> post -> 1 comment"""
    I.go_to("/news/article.html?slug=matchbox-sensor")
    I.fill("Name", "Dana")
    I.fill("Your comment", "Tiny and clever, love it.")
    I.click("Post comment")
    I.see("1 comment")
    I.see("Tiny and clever, love it.")


def test_comment_no_name():
    """post comment w/o name -> 'Please tell us your name.', not posted"""
    I.go_to("/news/article.html?slug=tram-depot-opera")
    I.fill("Your comment", "Wonderful acoustics in that depot.")
    I.click("Post comment")
    I.see("Please tell us your name.")
    I.dont_see("1 comment")


def test_comment_too_short():
    """comment 'nice' (under 10 chars) shouldn't post -> min 10 characters msg"""
    I.go_to("/news/article.html?slug=lantern-parade")
    I.fill("Name", "Sam")
    I.fill("Your comment", "nice")
    I.click("Post comment")
    I.see("Comments must be at least 10 characters.")


def test_comment_empty_body():
    """name only, empty comment -> Write something before posting."""
    I.go_to("/news/article.html?slug=course-record")
    I.fill("Name", "Sam")
    I.click("Post comment")
    I.see("Write something before posting.")


def test_comment_adds_to_seeded():
    """ferry timetable story has 2 comments; add one more (Pat / 'Sunday ferries please!') => 3 comments"""
    I.go_to("/news/article.html?slug=harbor-ferry-timetable")
    I.fill("Name", "Pat")
    I.fill("Your comment", "Sunday ferries please!")
    I.click("Post comment")
    I.see("3 comments")


def test_comment_survives_reload():
    """post a comment on frozen lake story, reload => still there"""
    I.go_to("/news/article.html?slug=frozen-lake-cores")
    I.fill("Name", "Lee")
    I.fill("Your comment", "Three winters is dedication.")
    I.click("Post comment")
    I.go_to("/news/article.html?slug=frozen-lake-cores")
    I.see("Three winters is dedication.")


def test_comment_form_resets():
    """after posting, name + comment boxes empty again"""
    I.go_to("/news/article.html?slug=pastry-queue")
    I.fill("Name", "Ines")
    I.fill("Your comment", "Worth the early alarm.")
    I.click("Post comment")
    I.see("Worth the early alarm.")
    I.see_value("Name", "")


def test_bad_slug():
    """article.html?slug=nope -> couldn't find that story; 'Back to the front page' -> latest stories"""
    I.go_to("/news/article.html?slug=nope")
    I.see("We couldn't find that story")
    I.click("Back to the front page")
    I.see("Showing 9 of 36 stories")


def test_older_story():
    """on boring software, Older story -> observatory article"""
    I.go_to("/news/article.html?slug=boring-software")
    I.click("Older story →")
    I.see("Four universities and a museum share one small observatory")


def test_newer_story():
    """newer story from boring-software => valley farmers piece"""
    I.go_to("/news/article.html?slug=boring-software")
    I.click("← Newer story")
    I.see("Valley farmers rewrite their calendars as the river plan advances")


def test_first_story_no_newer():
    """first story (harbor ferry) shouldn't have a newer-story link, only older"""
    I.go_to("/news/")
    I.click("Harbor city agrees new ferry timetable after marathon talks")
    I.see("Older story →")
    I.dont_see("Newer story")


def test_article_tag_link():
    """article tag link #climate -> search results for climate"""
    I.go_to("/news/article.html?slug=frozen-lake-cores")
    I.click("#climate")
    I.see("Search results for “climate”")
    I.see_url("q=climate")


def test_article_related():
    """'More from Technology' list: click the batching one -> that article opens"""
    I.go_to("/news/article.html?slug=boring-software")
    I.click("Batching small jobs halves a data center's power bill")
    I.see("Power use fell by almost half")
    I.see_url("slug=scheduler-batching")


def test_newsletter_bad():
    """morning brief signup w/ 'me@home' -> Please enter a valid email address."""
    I.go_to("/news/")
    I.fill("Your email", "me@home")
    I.click("Sign up")
    I.see("Please enter a valid email address.")


def test_newsletter_ok():
    """sign up dana@example.org => 'Thanks! The Morning Brief will arrive at dana@example.org.'"""
    I.go_to("/news/")
    I.fill("Your email", "dana@example.org")
    I.click("Sign up")
    I.see("Thanks! The Morning Brief will arrive at dana@example.org.")


def test_cookie_only_essential():
    """cookie notice -> Only essential, notice gone"""
    I.go_to("/news/")
    I.click("Only essential")
    I.dont_see("We use cookies to remember your preferences")


def test_cookie_not_back_after_accept():
    """accept all cookies, open an article -> no cookie notice there"""
    I.go_to("/news/")
    I.click("Accept all")
    I.click("Course record falls on a wet morning")
    I.dont_see("No advertising trackers")


def test_subscribe_offer():
    """masthead 'Subscribe for $1 a week' -> special offer text shows"""
    I.go_to("/news/")
    I.click("Subscribe for $1 a week")
    I.see("unlimited reading for $1 a week for your first six months")


def test_subscribe_offer_close():
    """open the $1 offer then × it -> offer gone"""
    I.go_to("/news/")
    I.click("Subscribe for $1 a week")
    I.click("×")
    I.dont_see("then $4 a week")


def test_breaking_follow():
    """breaking banner 'follow the story' -> ferry article w/ Jun + Marguerite comments"""
    I.go_to("/news/")
    I.click("follow the story")
    I.see("2 comments")
    I.see("Will the night ferry keep running on Sundays?")


def test_article_kicker_category():
    """in an article click the category kicker (Science) => science list, 7 stories"""
    I.go_to("/news/article.html?slug=museum-telescope")
    I.click("Science")
    I.see("Showing 7 of 7 stories")


def test_culture_section():
    """Culture -> 7 stories, opera one listed"""
    I.go_to("/news/")
    I.click("Culture")
    I.see("Showing 7 of 7 stories")
    I.see("An opera rehearsed in an old tram depot finds its voice")


def test_search_then_chip():
    """search 'climate' then tag #farming chip -> just the valley farmers story"""
    I.go_to("/news/")
    I.fill("Search articles", "climate")
    I.click("Search")
    I.click("#farming")
    I.see("Showing 1 of 1 story tagged #farming")


def test_search_keeps_query():
    """after searching 'harbor' the search box still has harbor in it"""
    I.go_to("/news/")
    I.fill("Search articles", "harbor")
    I.press("Enter")
    I.see_value("Search articles", "harbor")
    I.see("Harbor night market returns to the old customs house")


def test_comment_count_plural_seeded():
    """boring software (1 comment), add Rae: 'Boring is beautiful.' -> 2 comments"""
    I.go_to("/news/article.html?slug=boring-software")
    I.fill("Name", "Rae")
    I.fill("Your comment", "Boring is beautiful.")
    I.click("Post comment")
    I.see("2 comments")
    I.see("Boring is beautiful.")


def test_chip_then_load_more_hidden():
    """#research chip (5 stories) -> no load more btn"""
    I.go_to("/news/")
    I.click("#research")
    I.see("Showing 5 of 5 stories tagged #research")
    I.dont_see("Load more stories")


def test_science_then_article():
    """Science section -> open 'The museum telescope...' -> byline + 'More from Science'"""
    I.go_to("/news/")
    I.click("Science")
    I.click("The museum telescope that students book a year ahead")
    I.see("More from Science")
    I.see_url("slug=museum-telescope")


def test_search_case_insensitive():
    """search 'FERRY' in caps -> same ferry results (4)"""
    I.go_to("/news/")
    I.fill("Search articles", "FERRY")
    I.press("Enter")
    I.see("Showing 4 of 4 stories")


def test_comment_whitespace_name():
    """name = spaces only, valid comment -> 'Please tell us your name.'"""
    I.go_to("/news/article.html?slug=sold-out-weekend")
    I.fill("Name", "   ")
    I.fill("Your comment", "Missed out again, sigh.")
    I.click("Post comment")
    I.see("Please tell us your name.")
