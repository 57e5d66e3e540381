"""Noise shapes: which lines of a page are blog or site chrome, end marks or page metadata.

Takes one line of text (stripped); gives its noise kind or None. The shapes are those the
platforms print (Blogger, WordPress, TypePad, Tumblr, news sites, wires), not a list of
any corpus's lines: "Posted by <name> at <time>", "<n> comments:", "Labels: ...",
"Share to <network>", "Topic(s):", "Updated <date>", markdown links to the source, ...
Also recognises the blog platform from the kinds of chrome a page carries.
Every shape is linear on any line: lists and breadcrumbs are matched part by part with parts that
cannot hold a separator, every look-ahead is bounded (no possessive forms: Python 3.10).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pressparse.lexicon import MENU_ITEMS, STREET_SUFFIXES
from pressparse.patterns import DATE, WEEKDAY

_D = DATE.pattern
_TIME = r"\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?"

END_MARK = re.compile(
    r"(?:#\s?){1,8}|[-\u2013\u2014]\s?30\s?[-\u2013\u2014]|-\s?#{3}\s?-|\*{3}|\+{3}|xxx|XXX|ENDS?|Ends"
    r"|[-\u2013\u2014]\s?(?i:ends?)\s?[-\u2013\u2014]"
)

_PART = r"[^\u2022|\n]{2,120}"  # one part of a list parted by bullets or bars
_SEP = r"(?:\s{0,2}[\u2022\u00b7\uf0b7|]\s{0,2}|\S\s{2,}\S)"
_STREET = (
    r"\b\d{1,6}\s(?:[NSEW]\.?\s)?(?:[A-Z][\w.'-]*\s){0,3}"
    rf"(?:{'|'.join(STREET_SUFFIXES)})\b"
)
_MENU = "(?:" + "|".join(sorted(MENU_ITEMS, key=len, reverse=True)) + ")"
_ZIP = r"[A-Z][A-Za-z.]+,?\s\d{5}(?:-\d{4})?\b"
# (five digits in a row, a ZIP's, are looked for first: a cheap test that most lines fail; every
# look-ahead is bounded, so a line costs at most a few hundred steps per position)
_ADDRESS_FOOTER = (
    r"(?=.{0,215}\d{5})"
    rf"(?=.{{0,160}}{_STREET})(?=.{{0,200}}{_ZIP})(?=.{{0,200}}{_SEP}).{{10,220}}"
)

# (kind, platform or None, pattern matched against the whole stripped line)
_SHAPES: tuple[tuple[str, str | None, str], ...] = (
    # Blogger
    ("blog", "blogger", r"Posted by .{1,60}? at " + _TIME + r".{0,200}"),
    ("blog", "blogger", r"(?:Email This\s?)?BlogThis!.{0,120}|Email This"),
    ("blog", "blogger", r"Share to (?:X|Twitter|Facebook|Pinterest)(?:Share to \w+){0,4}"),
    ("blog", "blogger", r"Subscribe to: Post Comments(?: \(Atom\))?|Subscribe to: Posts \(Atom\)"),
    ("blog", "blogger", r"(?:(?:Newer|Older) Post\s?){1,2}(?:Home)?"),
    ("blog", "blogger", r"View my complete profile|Blog Archive|About Me"),
    ("blog", "blogger", r"[\u25ba\u25bc\u25b6\u25b8]\s{0,3}.{1,40}\(\d{1,5}\)"),
    ("blog", "blogger", r"(?:.{1,40} theme\. )?Powered by Blogger\.?"),
    ("blog", None, r"Labels?: .{1,200}|Tags?: .{1,200}"),
    ("blog", "blogger", r"(?:No|\d{1,5}) comments?:|Post a Comment"),
    ("blog", "typepad", r"Post a comment|Comments \(\d+\)"),
    ("blog", None, r"(?:No|\d{1,5}) (?:comments?|responses?|replies)"),
    ("blog", None, r".{1,40} said\.\.\.|Reply|Delete|Anonymous"),
    ("blog", None, rf"(?:{_D}),? at {_TIME}"),
    # WordPress
    ("blog", "wordpress", r"Posted on (?:" + _D + r")(?: by .{1,60})?"),
    ("blog", "wordpress", r"(?:" + _D + r") \u00b7 .{1,60} \u00b7 Leave a comment"),
    ("blog", "wordpress", r"Leave a (?:Reply|comment)(?: Cancel reply)?|Enter your comment here\.{0,3}"),
    ("blog", "wordpress", r"Like this:|Like Loading\.{0,3}"),
    ("blog", None, r"Share this:?|Related"),
    ("blog", "wordpress", r"This entry was posted in .{1,300}|Bookmark the permalink\.?"),
    ("blog", "wordpress", r"(?:Proudly )?powered by WordPress\.?|Blog at WordPress\.com\.?"),
    ("blog", None, r"\u2190 .{1,120}|.{1,120} \u2192"),
    # TypePad
    ("blog", "typepad", r"Posted (?:at " + _TIME + r" )?in .{1,80}\|\s?Permalink.{0,120}"),
    ("blog", "typepad", r"Verify your Comment|Previewing your Comment|Your Information|Permalink"),
    ("blog", "typepad", r"\(Name and email address are required\..{0,120}"),
    ("blog", "typepad", r"Powered by TypePad\.?"),
    # Tumblr
    ("blog", "tumblr", r"\d{1,6} notes?|Ask me anything"),
    ("blog", None, r"Previous post|Next post|Archive"),
    ("blog", "tumblr", r"Posted (?:on )?(?:" + _D + r")"),
    ("blog", "tumblr", r"(?:#\w{2,40}\s?){2,12}"),
    ("blog", "tumblr", r"Powered by Tumblr\.?"),
    # DOJ and other sites' page metadata after the release
    (
        "meta",
        None,
        r"Topics?(?:\(s\))?:|Components?(?:\(s\))?:|Press Release Number:?.{0,20}|Attachments?(?:\(s\))?:?"
        r"|Related (?:Materials|Links|Documents|Content|Resources):?",
    ),
    ("meta", None, r"Updated (?:" + _D + r")"),
    ("meta", None, r"Read More\s?>{0,2}|Read more\s?>{0,2}|Tagged with:?|Filed under:?.{0,100}"),
    (
        "meta",
        None,
        r"(?:Related|Latest|Recent|More) (?i:posts|news|articles|stories|releases|press releases)"
        r"|(?:Related|Associated|Useful|External) (?i:links)",
    ),
    ("meta", None, r"Posted on: .{1,40}|Published:? .{0,40}|Author:?|Published"),
    # a wire page's pointers to more of the same source after the release
    ("meta", None, r"More from this source|View (?:all|more) (?:news|releases|posts)"),
    # a wire page's chrome under the release: "You just read: <title>", "Distribution channels: ..."
    ("wire", None, r"You just read:.{1,300}|Distribution channels:.{1,200}"),
    # a scanned page's number or the pointer to the next page: "- 2 -", "/2", "Page 2 of 3"
    ("page", None, r"[-\u2013]\s?\d{1,3}\s?[-\u2013]|/\d{1,2}|(?i:page\s\d{1,3}(?:\sof\s\d{1,3})?)"),
    # a printed page's running footer or header: a postal address parted by bullets or wide gaps
    # ("Courts Building \u2022 133 N. Riverfront Blvd. \u2022 Dallas, Texas 75207 \u2022 214/653-3600")
    ("page", None, _ADDRESS_FOOTER),
    # site chrome
    ("site", None, r"Skip to (?:main )?(?:content|navigation)|Scroll to top|Back to top|You are here:?"),
    # a cookie banner: its heading, its sentence and its buttons ("Cookies on GOV.UK", "We use some
    # essential cookies to make this website work.", "Accept additional cookies", "Manage preferences")
    (
        "site",
        None,
        r"(?i:cookies? (?:on|settings|preferences|policy|notice)\b.{0,60}"
        r"|(?:accept|reject|allow|decline|manage|view)(?: all| additional| essential| optional| analytics)?"
        r" cookies(?: settings)?|manage (?:cookie )?preferences)"
        r"|(?:We|This (?:web)?site|Our (?:web)?site) uses? (?:\w+ ){0,3}cookies\b.{0,250}",
    ),
    # a share bar and a page's feedback prompt: "Share this page", "Share on Facebook", "Is this page useful?"
    (
        "site",
        None,
        r"Share (?:this (?:page|article|story|post|release)|on (?:Facebook|Twitter|X|LinkedIn|Email))"
        r"|(?:Is|Was) this page (?:useful|helpful)\??|Report a problem(?: or mistake)? (?:with|on) this page",
    ),
    # a menu printed on one line: "Menu Home News Submit Release", "Home  News  Appeals"
    ("site", None, rf"(?:{_MENU}\s{{1,3}}){{2,8}}(?:{_MENU}|[A-Z]\w{{1,20}})"),
    # a language switcher: "Other available languages: none", "Available languages: EN FR DE"
    ("site", None, r"(?:Other |Also )?(?:available |other )?(?:in )?languages?:.{0,80}"),
    ("site", None, rf"Today(?: is)?:? (?:{_D})"),
    (
        "site",
        None,
        r"(?:Quick |Useful |Related )?Links:|Site ?[Mm]ap|Privacy Policy|Terms of (?:Use|Service)|"
        r"Select Language|Powered by|Translate",
    ),
    (
        "site",
        None,
        r"Home|Share|Print|Email|Menu|Search|Search for|Search form|Back|View All|Main menu|Follow Us",
    ),
    (
        "site",
        None,
        r"Facebook|Twitter|X|LinkedIn|Instagram|YouTube|RSS|Pinterest|Reddit|StumbleUpon|Google\+|Digg",
    ),
    ("site", None, r".{0,60}(?:Sign[- ]?up|Subscribe).{0,40}(?:newsletter|updates|e-?mail).{0,120}"),
    ("site", None, r"Newsletter Sign-?Up|Stay Connected.{0,30}|Let's Keep in Touch!?|Contact Us"),
    ("site", None, r"Name\*|Email\*|Please leave this field empty\.|Are You a Human\?.{0,20}"),
    ("site", None, r"https?://\S{1,500}|www\.\S{1,300}"),
    # a site's copyright and its page stamp: "... Copyright \u00a9 2000 Australian Democrats",
    # "http://... Last modified: Thu, 18 May 2000 13:51:26"
    (
        "site",
        None,
        r".{0,200}(?:Copyright\s?)?(?:\u00a9|\([cC]\))\s?(?:19|20)\d\d.{0,120}"
        r"|Copyright (?:19|20)\d\d.{0,120}",
    ),
    ("meta", None, r"(?:\S{1,200}\s)?(?:Last|Date) (?:modified|updated):\s.{1,120}"),
    # a menu or link list parted by bullets or bars: no part holds a separator, so each part ends at
    # one place only (no backtracking over where the separators fall: linear on any line)
    ("site", None, rf"{_PART}(?:\s[\u2022|]\s{_PART}){{2,8}}"),
    ("meta", None, r"(?:19|20)\d\d-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?"),
    ("site", None, r"\d{1,2} min read|Click Here to Access PDF Version|Visit Our Website|\[?TWEET THIS\]?"),
    # an embedded video's or document's chrome: "448 subscribers", "Download PDF", "Watch on YouTube"
    (
        "site",
        None,
        r"\d[\d,.]{0,9}[KkMm]? subscribers|Download(?: (?:PDF|the PDF|Document|File))?|Watch on YouTube",
    ),
    # a breadcrumb: "Home > News > Title" (parts free of the separators, each opening on a non-space)
    ("site", None, r"(?:Home|News|Newsroom)\s?(?:[>\u00bb/|]\s?[^>\u00bb/|\s][^>\u00bb/|\n]{0,79}){1,6}"),
    # wire pages around the release
    ("wire", None, r"-{3,}|_{3,}|={3,}"),
    ("wire", None, r"!?\[[^\]]{0,200}\]\(https?://[^)\s]{1,500}\)\s?.{0,40}"),
    ("wire", None, r"Pickup - \[.{1,500}"),
    ("wire", None, r"View (?:source|original) version on .{1,300}"),
    ("wire", None, r"This (?:news story|article) (?:relied on|has been amplified by) .{1,600}"),
    (
        "wire",
        None,
        r"The post .{1,300} (?:first appeared|appeared first) on "
        r"(?!the\b)[^\s.]{2,40}(?:[ .][^\s.]{2,40}){0,2}\.?",
    ),
    ("wire", None, r"Add .{1,60} as your preferred news source.{0,40}"),
    ("wire", None, r"Originally published (?:at|on) .{1,300}"),
)
# every shape at once, each in its group ``s<index>``: a full match takes the first shape (in the
# order above) that fits the whole line, and ``lastgroup`` names it (the shapes' own groups are
# made non-capturing)
_ANY = re.compile(
    "|".join(
        f"(?P<s{i}>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', rx)})"
        for i, (_, _, rx) in enumerate(_SHAPES)
        if rx is not _ADDRESS_FOOTER
    )
)
_FOOTER_AT = next(i for i, (_, _, rx) in enumerate(_SHAPES) if rx is _ADDRESS_FOOTER)
_FOOTER = re.compile(_ADDRESS_FOOTER)
_FIVE_DIGITS = re.compile(r"\d{5}")
# a blog's date header: a date alone on a line, optionally with its weekday
DATE_ALONE = re.compile(rf"(?:{WEEKDAY},?\s{{1,3}})?(?:{_D})", re.IGNORECASE)


def noise_kind(line: str) -> tuple[str, str | None] | None:
    """(kind, platform) of a chrome line, or None when the line is not chrome by its shape."""
    s = line.strip()
    if not s or len(s) > 700:
        return None
    return _shape_of(s)


@lru_cache(maxsize=1024)  # the layout asks again about the lines it joins or keeps apart
def _shape_of(s: str) -> tuple[str, str | None] | None:
    if END_MARK.fullmatch(s):
        return ("end", None)
    m = _ANY.fullmatch(s)
    at = int(m.lastgroup[1:]) if m and m.lastgroup else len(_SHAPES)
    if at > _FOOTER_AT and _FIVE_DIGITS.search(s) and _FOOTER.fullmatch(s):
        at = _FOOTER_AT  # (the footer's shape is tried apart, only on lines holding a ZIP's five digits)
    if at == len(_SHAPES):
        return None
    kind, platform, _ = _SHAPES[at]
    return (kind, platform)


def platform_of(platforms: Iterable[str | None]) -> str | None:
    """The blog platform most of a page's chrome lines point to (None when none does)."""
    counts: dict[str, int] = {}
    for p in platforms:
        if p:
            counts[p] = counts.get(p, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None
