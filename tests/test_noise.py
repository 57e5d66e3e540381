"""Noise shapes: chrome lines by platform, end marks, page metadata, and body lines that are not noise."""

from __future__ import annotations

import pytest

from pressparse.noise import noise_kind, platform_of


@pytest.mark.parametrize(
    ("line", "kind", "platform"),
    [
        (
            "Posted by J. Alvarez at 6:38 AM Email ThisBlogThis!Share to TwitterShare to Facebook",
            "blog",
            "blogger",
        ),
        ("Posted by Tom Whitfield at 11:02 PM", "blog", "blogger"),
        ("No comments:", "blog", "blogger"),
        ("3 comments:", "blog", "blogger"),
        ("Post a Comment", "blog", "blogger"),
        ("Subscribe to: Post Comments (Atom)", "blog", "blogger"),
        ("Picture Window theme. Powered by Blogger.", "blog", "blogger"),
        ("\u25ba  2014 (255)", "blog", "blogger"),
        ("Newer Post Older Post Home", "blog", "blogger"),
        ("Labels: justice, DHS", "blog", None),
        ("Concerned Citizen said...", "blog", None),
        ("February 25, 2011 at 4:59 PM", "blog", None),
        ("Posted on June 20, 2007 by PolicyDesk", "blog", "wordpress"),
        ("Like Loading...", "blog", "wordpress"),
        (
            "This entry was posted in Border Security and tagged courts. Bookmark the permalink.",
            "blog",
            "wordpress",
        ),
        ("Proudly powered by WordPress", "blog", "wordpress"),
        ("\u2190 Senate passes border bill", "blog", None),
        ("Posted at 1:33 AM in Public Safety | Permalink | Comments (1) | TrackBack (0)", "blog", "typepad"),
        ("Post a comment", "blog", "typepad"),
        ("Verify your Comment", "blog", "typepad"),
        ("33 notes", "blog", "tumblr"),
        ("Posted Oct 19, 2012", "blog", "tumblr"),
        ("#Congress #justice #markets", "blog", "tumblr"),
        ("Topic(s):", "meta", None),
        ("Component(s):", "meta", None),
        ("Press Release Number:", "meta", None),
        ("Updated May 19, 2016", "meta", None),
        ("Related Materials:", "meta", None),
        ("Read More>>", "meta", None),
        ("Latest Posts", "meta", None),
        ("2021-10-13 15:03:07", "meta", None),
        ("Skip to main content", "site", None),
        ("448 subscribers", "site", None),
        ("Download PDF", "site", None),
        ("More from this source", "meta", None),
        ("- ends -", "end", None),
        ("ENDS", "end", None),
        ("Share", "site", None),
        (
            "Sign up to receive our newsletter. Get updates for news, events and more!",
            "site",
            None,
        ),
        (
            "Courts Building \u2022 133 N. Riverfront Blvd. \u2022 Dallas, Texas 75207 \u2022 214/653-3600",
            "page",
            None,
        ),
        # a PDF page's footer: the bullets may come out as a private-use glyph or as wide gaps
        (
            "Courts Building \uf0b7 133 N. Riverfront Blvd., L.B. 19 \uf0b7 Dallas, Texas 75207-4399",
            "page",
            None,
        ),
        (
            "Courts Building  133 N. Riverfront Blvd., L.B. 19  Dallas, Texas 75207-4399  214/653-3600",
            "page",
            None,
        ),
        ("Today: July 24, 2008", "site", None),
        ("Links:", "site", None),
        ("Select Language", "site", None),
        ("Powered by", "site", None),
        ("Privacy Policy", "site", None),
        ("https://danewscenter.com/wp-content/uploads/2021/10/Ribbon.jpg", "site", None),
        ("[Original/Source Press Release](https://www.newmediawire.com/news/x-7076066)", "wire", None),
        (
            "This article has been amplified by NewsRamp in collaboration with Evertise Studios. ",
            "wire",
            None,
        ),
        ("View source version on newsdirect.com: https://newsdirect.com/news/x-1", "wire", None),
        ("The post Q&A with Jane Doe, VP of Sales at Acme appeared first on citybiz.", "wire", None),
        ("The post Acme Opens a Plant first appeared on Example News.", "wire", None),
        ("---", "wire", None),
        ("###", "end", None),
        ("# # #", "end", None),
        ("-30-", "end", None),
        # a site's copyright and page stamp
        (
            "Top | Email | Authorised by: J. Roe, Barton ACT 2604. Copyright \u00a9 2000 Acme Party",
            "site",
            None,
        ),
        ("\u00a91997 Department of Immigration, Australia.", "site", None),
        ("http://www.example.org/media/display.htm Last modified: Thu, 18 May 2000 13:51:26", "meta", None),
        # a cookie banner, a share bar, a feedback prompt, a one-line menu
        ("Cookies on GOV.UK", "site", None),
        ("We use some essential cookies to make this website work.", "site", None),
        ("This website uses cookies", "site", None),
        ("Accept additional cookies", "site", None),
        ("Manage preferences", "site", None),
        ("Share this page", "site", None),
        ("Share on Facebook", "site", None),
        ("Was this page helpful?", "site", None),
        ("Report a problem or mistake on this page", "site", None),
        ("Menu Home News Submit Release", "site", None),
        ("Home  News  Appeals", "site", None),
        # link sections and stamps after the release; a wire's chrome
        ("Related news", "meta", None),
        ("Associated links", "meta", None),
        ("Date modified: 2022-06-03", "meta", None),
        ("You just read: Harbor City Marathon Raises Record Sum", "wire", None),
        ("Distribution channels: Sports, Healthcare", "wire", None),
        # a scanned page's number and the pointer to the next page
        ("- 2 -", "page", None),
        ("/2", "page", None),
        ("Page 2 of 5", "page", None),
    ],
)
def test_noise_shapes(line: str, kind: str, platform: str | None) -> None:
    assert noise_kind(line) == (kind, platform)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices rose after the announcement, the company said.",
        "The Department will share the data with state partners.",
        "# Canadian-American Homeland Security Collaboration",
        "Posted guards at the border crossed into the zone on Monday.",
        "Labels on the packages were falsified, according to the indictment.",
        "WASHINGTON\u2014Secretary of Homeland Security Janet Napolitano today met with Minister Toews.",
        "June 17, 2011",
        "Contact: 202-282-8010",
        "The post office on Main Street appeared first on the list of closures.",
        "The office moved to 133 N. Riverfront Blvd., Dallas, Texas 75207 on Monday.",
        "1201 Franklin, Suite 600",
        "Today is the beginning of a new era for the county.",
        "Links to the report are posted online.",
        "The law protects works under copyright for 70 years after the author's death.",
        "The rules were last modified in 2019, the agency said.",
        # cookies, menus and page words in a release's own lines
        "We had coffee and cookies and then chatted with the residents.",
        "Girl Scout Cookie season kicks off January 12, 2026",
        "Facebook reserves the right to use cookies to figure out what that link was.",
        "Home Depot Opens New Store",
        "News Release",
        "Share prices of the company rose.",
        "Page Count Rises",
        "",
    ],
)
def test_body_lines_are_not_noise(line: str) -> None:
    assert noise_kind(line) is None


@pytest.mark.parametrize(
    ("platforms", "expected"),
    [
        (["blogger", None, "blogger", "wordpress"], "blogger"),
        ([None, None], None),
        (["tumblr"], "tumblr"),
    ],
)
def test_platform_of(platforms: list[str | None], expected: str | None) -> None:
    assert platform_of(platforms) == expected
