"""news: tasks written by w9."""

from testgen import I


def test_search_ferry():
    """Search for ferry. Results heading should say search results for ferry and the ferry timetable story is in there."""
    I.go_to("/news/")
    I.fill("Search articles", "ferry")
    I.click("Search")
    I.see("Search results for “ferry”")
    I.see("Harbor city agrees new ferry timetable after marathon talks")


def test_search_no_results():
    """searching for something nonsense like zzzqqq gives the no stories match message"""
    I.go_to("/news/")
    I.fill("Search articles", "zzzqqq")
    I.press("Enter")
    I.see("No stories match “zzzqqq”. Try another word.")


def test_load_more():
    """Front page shows 9 stories. Hit load more and it should say showing 18 of 36."""
    I.go_to("/news/")
    I.click("Accept all")
    I.click("Load more stories")
    I.see("Showing 18 of 36 stories")


def test_load_all_caught_up():
    """Keep loading more until there's nothing left - you get the all caught up note and the button is gone"""
    I.go_to("/news/")
    I.click("Only essential")
    I.click("Load more stories")
    I.click("Load more stories")
    I.click("Load more stories")
    I.see("You're all caught up.")
    I.dont_see("Load more stories")


def test_sports_section():
    """Open the Sports section. Heading changes to Sports, 7 stories, and world news like the ferry timetable isn't listed."""
    I.go_to("/news/")
    I.click("Sports")
    I.see("Showing 7 of 7 stories")
    I.see("Course record falls on a wet morning")
    I.dont_see("Harbor city agrees new ferry timetable after marathon talks")


def test_tag_chip_filter():
    """In Technology, click the #energy tag. Only the energy stories stay - 3 of them."""
    I.go_to("/news/")
    I.click("Technology")
    I.click("#energy")
    I.see("Showing 3 of 3 stories tagged #energy")
    I.dont_see("Why the update is reaching volunteers first")


def test_tag_chip_toggle_off():
    """Click a tag chip twice and the filter comes off again"""
    I.go_to("/news/")
    I.click("Culture")
    I.click("#music")
    I.see("Showing 2 of 2 stories tagged #music")
    I.click("#music")
    I.see("Showing 7 of 7 stories")


def test_newsletter_signup():
    """sign up for the morning brief with my email, should get a thanks message with my address"""
    I.go_to("/news/")
    I.click("Accept all")
    I.fill("Your email", "alex@example.com")
    I.click("Sign up")
    I.see("Thanks! The Morning Brief will arrive at alex@example.com.")


def test_newsletter_bad_email():
    """Newsletter with a bad email gets refused."""
    I.go_to("/news/")
    I.click("Accept all")
    I.fill("Your email", "alex.example.com")
    I.click("Sign up")
    I.see("Please enter a valid email address.")
    I.dont_see("Thanks!")


def test_cookie_banner_goes_away():
    """Accept cookies, banner disappears and doesn't come back on the next page"""
    I.go_to("/news/")
    I.click("Accept all")
    I.dont_see("We use cookies to remember your preferences")
    I.click("World")
    I.dont_see("We use cookies to remember your preferences")



def test_open_article_comments():
    """Open the boring software story from most read. It should have 1 comment from Felix."""
    I.go_to("/news/")
    I.click("The quiet virtue of boring software")
    I.see("1 comment")
    I.see("Printing this out for my whole team.")


def test_post_comment():
    """On the ferry timetable article, post a comment as Dana. The count goes from 2 to 3 and my comment shows up."""
    I.go_to("/news/article.html?slug=harbor-ferry-timetable")
    I.click("Accept all")
    I.fill("Name", "Dana")
    I.fill("Your comment", "Great news for commuters like me.")
    I.click("Post comment")
    I.see("3 comments")
    I.see("Great news for commuters like me.")


def test_comment_too_short():
    """A comment that's too short (like 'nice') is refused"""
    I.go_to("/news/article.html?slug=course-record")
    I.click("Only essential")
    I.fill("Name", "Sam")
    I.fill("Your comment", "nice")
    I.click("Post comment")
    I.see("Comments must be at least 10 characters.")
    I.see("No comments yet. Start the conversation.")


def test_comment_no_name():
    """Posting without a name -> error asking for your name, and without text it asks you to write something"""
    I.go_to("/news/article.html?slug=course-record")
    I.click("Only essential")
    I.click("Post comment")
    I.see("Please tell us your name.")
    I.see("Write something before posting.")


def test_first_comment_replaces_empty_note():
    """Article with no comments: after I post one the 'no comments yet' line should be gone and it says 1 comment"""
    I.go_to("/news/article.html?slug=lantern-parade")
    I.click("Accept all")
    I.fill("Name", "Priya")
    I.fill("Your comment", "I had no idea about the pastry story!")
    I.click("Post comment")
    I.see("1 comment")
    I.dont_see("No comments yet. Start the conversation.")


def test_comment_remembered():
    """comments stick around - post one, reload the article, still there"""
    I.go_to("/news/article.html?slug=boring-software")
    I.click("Accept all")
    I.fill("Name", "Lee")
    I.fill("Your comment", "Boring is beautiful, agreed.")
    I.click("Post comment")
    I.go_to("/news/article.html?slug=boring-software")
    I.see("Boring is beautiful, agreed.")
    I.see("2 comments")


def test_missing_story():
    """A bad article link should show a can't find that story page"""
    I.go_to("/news/article.html?slug=not-a-real-story")
    I.see("We couldn't find that story")
    I.dont_see("Join the conversation")


def test_older_story_link():
    """From the first ferry article, Older story takes you to the matchbox sensor piece"""
    I.go_to("/news/article.html?slug=harbor-ferry-timetable")
    I.click("Accept all")
    I.click("Older story →")
    I.see("A sensor the size of a matchbox that sleeps until the world changes")


def test_article_tag_link():
    """click the #research tag at the bottom of an article, you get search results for research"""
    I.go_to("/news/article.html?slug=frozen-lake-cores")
    I.click("Accept all")
    I.click("#research")
    I.see("Search results for “research”")
    I.see("Four universities and a museum share one small observatory")


def test_breaking_follow():
    """The breaking news banner's follow the story link goes to the ferry article"""
    I.go_to("/news/")
    I.click("follow the story")
    I.see("Harbor city agrees new ferry timetable after marathon talks")
    I.see_url("slug=harbor-ferry-timetable")


def test_search_keeps_term():
    """After searching 'climate' the search box still has my word in it, and the count says 5 stories"""
    I.go_to("/news/")
    I.fill("Search articles", "climate")
    I.press("Enter")
    I.see_value("Search articles", "climate")
    I.see("Showing 5 of 5 stories")


def test_world_section_count():
    """World section lists 8 stories"""
    I.go_to("/news/")
    I.click("World")
    I.see("Showing 8 of 8 stories")
    I.see("Ferry fares frozen for another year")


def test_search_case_insensitive():
    """Searching in capitals (OPERA) still finds the tram depot opera story"""
    I.go_to("/news/")
    I.fill("Search articles", "OPERA")
    I.click("Search")
    I.see("An opera rehearsed in an old tram depot finds its voice")
    I.see("Showing 1 of 1 story")


def test_newsletter_field_clears():
    """After signing up for the newsletter the email box empties"""
    I.go_to("/news/")
    I.click("Only essential")
    I.fill("Your email", "reader@example.org")
    I.click("Sign up")
    I.see("Thanks! The Morning Brief will arrive at reader@example.org.")
    I.see_value("Your email", "")


def test_comment_form_resets():
    """Post a comment on the course record story - the name and comment boxes empty afterwards"""
    I.go_to("/news/article.html?slug=course-record")
    I.click("Accept all")
    I.fill("Name", "Tom")
    I.fill("Your comment", "What a run, in that weather too.")
    I.click("Post comment")
    I.see("1 comment")
    I.see_value("Name", "")
    I.see_value("Your comment", "")


def test_newer_story_link():
    """From the matchbox sensor story, the newer story link goes back to the ferry timetable one"""
    I.go_to("/news/article.html?slug=matchbox-sensor")
    I.click("Accept all")
    I.click("← Newer story")
    I.see("Harbor city agrees new ferry timetable after marathon talks")
    I.see("2 comments")


def test_blank_comment_refused():
    """A comment that's only spaces doesn't count as a comment"""
    I.go_to("/news/article.html?slug=pastry-queue")
    I.click("Only essential")
    I.fill("Name", "Ana")
    I.fill("Your comment", "               ")
    I.click("Post comment")
    I.see("Write something before posting.")
    I.see("0 comments")


def test_cookie_choice_remembered():
    """Choose only essential cookies, reload - the cookie notice doesn't come back"""
    I.go_to("/news/")
    I.click("Only essential")
    I.go_to("/news/")
    I.dont_see("We use cookies to remember your preferences")


def test_football_tag_home():
    """On the home page, the #football tag narrows the list to 3 stories"""
    I.go_to("/news/")
    I.click("Accept all")
    I.click("#football")
    I.see("Showing 3 of 3 stories tagged #football")
    I.dont_see("A sensor the size of a matchbox that sleeps until the world changes")


def test_most_read_no_comments():
    """Open 'three winters on a frozen lake' from Most read. No comments on that one yet."""
    I.go_to("/news/")
    I.click("Three winters on a frozen lake")
    I.see("Three winters on a frozen lake reveal a thousand years of weather")
    I.see("No comments yet. Start the conversation.")
