"""Person-name patterns shared by the people and quote extractors.

Takes the decoded text and the spans to read (and, with a model, NER ``PERSON`` spans); gives
``NameMention`` items: each person's name as printed with its span, and the title or role
printed next to it (pre-posed "Secretary of Homeland Security Janet Napolitano", appositive
"Susan Kang Schroeder, Chief of Staff", "Sen. X (R-Mont.)", a plural "Sens. A and B").
A name is recognised by a known given name (the gender-guesser lexicon, loaded lazily), by a
title or honorific before it, or by an age or party label after it. Also gives the helpers
that compare names (``surname``, ``compatible``) and guess a given name's gender.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pressparse.textspan import Span, collapse, iter_lines, paragraphs

# one token: an acronym with dots (U.S.), a word (with a dot kept for now), a number, a sign
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*\.?|\d+|[^\sA-Za-z\d]")
_CAP = re.compile(r"[A-Z](?:[a-z]+|['’][A-Z])(?:[A-Z]?[a-z]+)*(?:-[A-Z][a-z]+)*")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}")
_INITIAL = re.compile(r"[A-Z]\.")
_POSSESSIVE = re.compile(r"['’]s$")
_PARTY = re.compile(r"\s*\([RDI]-?\s?[A-Z][A-Za-z.]{1,6}\)")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SMALL_WORDS = _wordset("a an the of for and or in on at to by with from as vs")
_AGE = re.compile(r",\s*\d{1,3}\s*,")

ABBREVIATIONS = _wordset(
    "sen sens rep reps gov dr mr mrs ms jr sr st lt sgt capt det atty gen hon rev prof cmdr col supt "
    "asst dep insp maj adm"
)
SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx"})
PLURAL_TITLES = {
    "sens": "Sen.",
    "senators": "Senator",
    "reps": "Rep.",
    "representatives": "Representative",
    "officers": "Officer",
    "judges": "Judge",
    "detectives": "Detective",
    "deputies": "Deputy",
    "agents": "Agent",
}
# words that head a title or role (matched case-insensitively, dots dropped)
TITLE_HEADS = (
    _wordset(
        """
    secretary minister president vice senator sen rep representative congressman congresswoman
    governor gov mayor judge justice attorney attorneys general sheriff chief director commissioner
    officer agent charge detective det deputy investigator inspector chairman chairwoman chair
    chairperson ceo cfo coo cto cmo founder co-founder cofounder partner principal manager leader
    speaker ambassador spokesperson spokesman spokeswoman analyst prosecutor counsel administrator
    superintendent supt captain capt lieutenant lt sergeant sgt trooper professor prof dean chancellor
    provost executive vp member councilmember councilman councilwoman supervisor treasurer comptroller
    clerk auditor trustee commander cmdr colonel col admiral marshal warden coordinator specialist
    advocate pastor reverend rev bishop rabbi owner editor coach da ada defendant co-defendant lawyer
    physician surgeon economist scientist engineer architect consultant adviser advisor head
    representative delegate envoy premier chancellor magistrate solicitor barrister constable
    """
    )
    | PLURAL_TITLES.keys()
)
# capitalised words that end an organisation or place, never a person's name
NOT_NAME = _wordset(
    """
    county department office hospital university health services service center centre program
    programme act street avenue road boulevard city state police court division association committee
    council bank group inc llc ltd corp corporation company foundation institute school college
    airport river beach island bay mountain valley building district agency bureau
    administration commission board authority fund project initiative report plan system network
    news press media international national federal american united states america university's
    republican democrat democratic party senate congress assembly legislature government ministry
    year day month week january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday north south east west northern
    southern eastern western new fort mount saint the a an this that these those his her their our its
    my your we i he she they it there here and or but if when while after before during for with from
    about into onto upon over under by at in on of to as is are was were be been has have had do does
    did can could will would shall should may might must not no yes all any each every both some many
    more most other such only own same so than too very just also today tomorrow yesterday said says
    according following contact media email phone tel fax www com org gov net read more click posted
    """
)
# lower-case words that may stand before a lower-case role head ("board member", "managing director")
ROLE_MODIFIERS = _wordset(
    "former acting interim then board managing executive general senior chief deputy assistant lead "
    "co founding vice legal regional area park amusement"
)
CONNECTORS = frozenset({"of", "for", "in", "the", "on"})
ARTICLES = frozenset({"the", "a", "an", "our", "its", "his", "her", "their"})


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    stop: bool = False  # a sentence ends right after this token


@dataclass(frozen=True)
class NameMention:
    """A person's name as printed (``start``/``end``), with the title printed beside it."""

    start: int
    end: int
    name: str
    title: str | None = None
    honorific: bool = False  # named with Mr./Ms./Dr. (a form of address, not a title)

    @property
    def parts(self) -> list[str]:
        return name_parts(self.name)


def name_parts(name: str) -> list[str]:
    """The words of a name without suffixes and dots: "John D. Rockefeller IV" -> [John, D, Rockefeller]."""
    words = [w.strip(".,") for w in name.split()]
    return [w for w in words if w and w not in SUFFIXES and w.rstrip(".") not in SUFFIXES]


def surname(name: str) -> str:
    parts = name_parts(name)
    return parts[-1].casefold() if parts else ""


def compatible(a: str, b: str) -> bool:
    """Same surname, and every given name of the shorter is an initial or equal of the longer."""
    pa, pb = [w.casefold() for w in name_parts(a)], [w.casefold() for w in name_parts(b)]
    if not pa or not pb or pa[-1] != pb[-1]:
        return False
    short, long_ = sorted((pa[:-1], pb[:-1]), key=len)
    return all(any(lt == st or (len(st) == 1 and lt.startswith(st)) for lt in long_) for st in short)


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def gender(given: str) -> str | None:
    """ "female", "male" or None (unknown, androgynous, or not a given name)."""
    g = _detector().get_gender(given)
    if g in ("female", "mostly_female"):
        return "female"
    if g in ("male", "mostly_male"):
        return "male"
    return None


@lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    w = word.strip(".")
    if len(w) < 2 or w.casefold() in NOT_NAME or w.casefold() in TITLE_HEADS or not _CAP.fullmatch(w):
        return False
    return _detector().get_gender(w) != "unknown"


def tokens(text: str, span: Span) -> list[Token]:
    """Tokens of ``text[span]``; a word's dot is kept only on abbreviations and initials."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text, span[0], span[1]):
        s, e, t = m.start(), m.end(), m.group()
        if t.endswith(".") and len(t) > 1 and not _ACRONYM.fullmatch(t):
            bare = t[:-1]
            if bare.casefold() not in ABBREVIATIONS and not _INITIAL.fullmatch(t) and bare not in SUFFIXES:
                out.append(Token(s, e - 1, bare, stop=True))
                continue
        out.append(Token(s, e, t, stop=t in {".", "!", "?", ";", ":"}))
    return out


def _is_cap(t: Token) -> bool:
    return bool(_CAP.fullmatch(_POSSESSIVE.sub("", t.text)))


def _is_initial(t: Token) -> bool:
    return bool(_INITIAL.fullmatch(t.text))


def _head(t: Token) -> str:
    return t.text.casefold().rstrip(".")


def _is_title_word(t: Token) -> bool:
    return _head(t) in TITLE_HEADS


def _name_like(t: Token) -> bool:
    return (_is_cap(t) or _is_initial(t) or t.text in SUFFIXES) and _head(t) not in NOT_NAME


def _title_before(text: str, toks: list[Token], i: int) -> tuple[str | None, bool, int]:
    """The title printed right before token ``i``: (title, is an honorific, index of its first token)."""
    j = i - 1
    first = i
    while j >= 0 and i - j <= 14:
        t = toks[j]
        if t.stop and t.text not in {".", "!", "?", ";", ":"}:
            # "Napolitano." ends a sentence before the title
            break
        low = _head(t)
        if _is_cap(t) or _ACRONYM.fullmatch(t.text) or low in ABBREVIATIONS:
            first = j
        elif t.text in {"'s", "’s"} or (first < i and (low in CONNECTORS or _office_and(toks, j))):
            pass
        elif t.text.islower() and (low in TITLE_HEADS or (low in ROLE_MODIFIERS and first < i)):
            first = j
        else:
            break
        j -= 1
    words = toks[first:i]
    while words and (_head(words[0]) in CONNECTORS or _head(words[0]) in ARTICLES):
        words = words[1:]
    if not words:
        return None, False, i
    heads = [k for k, w in enumerate(words) if _is_title_word(w)]
    if not heads:
        return None, False, i
    # a lower-case role begins at its modifiers, not at the capitalised words of another phrase
    if words[-1].text.islower() and words[heads[-1]].text.islower():
        k = len(words) - 1
        while k > 0 and (words[k - 1].text.islower() or _is_cap(words[k - 1])):
            k -= 1
        words = words[k:]
    if len(words) == 1 and _head(words[0]) in HONORIFICS:
        return None, True, i
    words = [w for w in words if _head(w) not in HONORIFICS] or words
    title = collapse(text[words[0].start : words[-1].end])
    return title, False, i - len(words)


def _office_and(toks: list[Token], j: int) -> bool:
    """Token ``j`` is an "and" inside an office's name ("Secretary of Health and Human Services")."""
    return _head(toks[j]) == "and" and any(_head(x) == "of" for x in toks[max(0, j - 3) : j])


def _title_after(text: str, toks: list[Token], k: int) -> str | None:
    """An appositive title after the name ending before token ``k``: ", Chief of Staff," ."""
    if k >= len(toks) or toks[k].text != ",":
        return None
    words: list[Token] = []
    for t in toks[k + 1 : k + 16]:
        if t.text in {",", ";", "(", ")", ".", ":", "|"} or t.text.isdigit() or _head(t) in {"said", "says"}:
            break
        words.append(t)
        if t.stop:
            break
    while words and _head(words[0]) in ARTICLES | {"and", "current", "who", "which"}:
        if _head(words[0]) in {"and", "who", "which"}:
            return None
        words = words[1:]
    if not words or _head(words[0]) in {"of", "from", "in", "at"}:
        return None
    if not any(_is_title_word(w) for w in words):
        return None
    return collapse(text[words[0].start : words[-1].end])


def _runs(toks: list[Token]) -> Iterator[tuple[int, int]]:
    """Maximal runs [i, j) of name-like tokens (capitalised words, initials, suffixes) in one sentence."""
    i, n = 0, len(toks)
    while i < n:
        if not (_is_cap(toks[i]) or _is_initial(toks[i])):
            i += 1
            continue
        j = i
        while j < n and (_is_cap(toks[j]) or _is_initial(toks[j]) or toks[j].text in SUFFIXES):
            j += 1
            if toks[j - 1].stop or _POSSESSIVE.search(toks[j - 1].text):
                break
        yield i, j
        i = j


def _split(toks: list[Token], i: int, j: int) -> int | None:
    """Where the name begins inside the capitalised run [i, j), or None when it holds no name.

    After the run's last title word ("Brooklyn Supreme Court Justice | Danny Chun"), else at its
    first given name or initial that starts a name of two to five words, else after a lower-case
    role ("defendant Crosetti Brand").
    """
    heads = [k for k in range(i, j) if _is_title_word(toks[k]) or _head(toks[k]) in HONORIFICS]
    if heads and heads[-1] + 1 < j:
        return heads[-1] + 1
    for k in range(i, j - 1):
        rest = toks[k:j]
        if len(rest) > 5 or any(_head(t) in NOT_NAME for t in rest):
            continue
        if is_given_name(toks[k].text) or (_is_initial(toks[k]) and _is_cap(toks[k + 1])):
            return k
    if i > 0 and toks[i - 1].text.islower() and _is_title_word(toks[i - 1]) and j - i >= 2:
        return i
    return None


def _strip_possessive(s: str) -> str:
    return _POSSESSIVE.sub("", s)


def _mention(text: str, toks: list[Token], k: int, j: int) -> NameMention | None:
    """The mention of the name tokens [k, j) with its title, if they make a person's name."""
    while j > k and not _name_like(toks[j - 1]):
        j -= 1
    names = toks[k:j]
    if not names or any(_head(t) in NOT_NAME or _is_title_word(t) for t in names):
        return None
    if all(_is_initial(t) or t.text in SUFFIXES for t in names):
        return None
    if len(names) > 5:
        return None
    start, end = names[0].start, names[-1].end
    if _POSSESSIVE.search(names[-1].text):
        end -= 2
    name = collapse(_strip_possessive(text[start:end]))
    title, honorific, _ = _title_before(text, toks, k)
    if title is None:
        title = _title_after(text, toks, j)
    return NameMention(start, end, name, title, honorific)


def find(text: str, regions: Iterable[Span], person_spans: Sequence[Span] | None = None) -> list[NameMention]:
    """Every person-name mention in ``regions``: named in full, or by surname after a title.

    ``person_spans`` are the NER ``PERSON`` spans (model mode; None in rules-only mode). A name
    found by its given name alone, with no title, age or party beside it, must be a NER person
    in model mode, and must not end in a word the release also writes in lower case in rules mode.
    """
    found: dict[tuple[int, int], NameMention] = {}
    ner = sorted(person_spans or ())
    regions = list(regions)
    lower = {w.group() for s, e in regions for w in _LOWER_WORD.finditer(text, s, e)}
    for region in regions:
        for para in paragraphs(text, region):
            toks = tokens(text, para)
            headings = _title_case_lines(text, para)
            plural: str | None = None
            for i, j in _runs(toks):
                if any(a <= toks[i].start < b for a, b in headings):
                    continue
                k = _split(toks, i, j)
                ent = _ner_start(toks, i, j, ner)
                if k is None and ent is not None:
                    k = ent
                if k is None and j - i >= 2 and _labelled(text, toks[j - 1].end):
                    k = i
                if k is None and plural and i > 0 and _head(toks[i - 1]) in {"and", ","}:
                    k = i
                if k is None:
                    plural = None
                    continue
                m = _mention(text, toks, k, j)
                if m is None or (len(m.parts) < 2 and m.title is None and not m.honorific and ent is None):
                    continue
                pre = _head(toks[k - 1]) if k > 0 else ""
                if pre in PLURAL_TITLES:
                    plural = PLURAL_TITLES[pre]
                    m = NameMention(m.start, m.end, m.name, plural, m.honorific)
                elif plural and m.title is None and i > 0 and _head(toks[i - 1]) in {"and", ","}:
                    m = NameMention(m.start, m.end, m.name, plural, m.honorific)
                else:
                    plural = None
                bare = m.title is None and not m.honorific and not _labelled(text, m.end)
                if bare and person_spans is not None and ent is None:
                    continue
                if bare and person_spans is None and m.parts[-1].casefold() in lower:
                    continue
                found.setdefault((m.start, m.end), m)
    return sorted(found.values(), key=lambda m: m.start)


def _title_case_lines(text: str, span: Span) -> list[Span]:
    """Lines of ``span`` written in title case (headings: "Man Charged With Fraud")."""
    out = []
    for line in iter_lines(text, *span):
        words = [w for w in _ANY_WORD.findall(line.text) if w.casefold() not in _SMALL_WORDS]
        caps = sum(1 for w in words if w[0].isupper())
        if len(words) >= 3 and caps == len(words) and line.text.rstrip()[-1:] not in {".", ",", ":"}:
            out.append((line.start, line.end))
    return out


def _ner_start(toks: list[Token], i: int, j: int, ner: list[Span]) -> int | None:
    """The first token of the run [i, j) where a NER person name of two or more words begins."""
    for s, e in ner:
        if e <= toks[i].start or s >= toks[j - 1].end:
            continue
        inside = [k for k in range(i, j) if s <= toks[k].start < e]
        if len(inside) >= 2:
            return inside[0]
    return None


def _labelled(text: str, end: int) -> bool:
    """A name followed by an age (", 39,") or a party label ("(R-Mont.)")."""
    return bool(_AGE.match(text, end) or _PARTY.match(text, end))
