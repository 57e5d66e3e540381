"""Person-name patterns shared by the people and quote extractors.

Takes the decoded text and the spans to read, with their tokens (``text.tokens``: the
context's, read once per region, or read here) and, with a model, NER ``PERSON`` spans; gives
``NameMention`` items: each person's name as printed with its span, and the title or role
printed next to it (pre-posed "Secretary of Homeland Security Janet Napolitano", appositive
"Susan Kang Schroeder, Chief of Staff", "Sen. X (R-Mont.)", a plural "Sens. A and B").
A name is recognised by a known given name (the gender-guesser lexicon, read once at first use), by a
title or honorific before it, by an age or party label after it, by the release writing its
surname after a title elsewhere ("Mr. Bedsole"), or by its place in a ";" list of names; with a
model, by a NER ``PERSON`` span. Names are Unicode: letters of any cased script ("José Peña
Muñoz", "Zoë Łukasz", "Дмитрий Иванов"), with the tokens' ``UPPER``/``LOWER`` classes.
Every scan is linear in the text (bounded runs, bisected spans).
Also gives the helpers that compare names (``surname``, ``compatible``) and guess a given name's
gender.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from pressparse.lexicon import (
    ACADEMIC_RANKS,
    APPOINTMENT_VERBS,
    COMMON_WORD_SURNAMES,
    DEGREES,
    DETERMINERS,
    HEADING_BREAK_WORDS,
    HONORIFICS,
    NAME_ABBREVIATIONS,
    NAME_ORG_WORDS,
    NAME_SUFFIXES,
    NOT_NAME,
    ORG_KIND_NOUNS,
    PLACE_OF_NOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_TITLES,
    PREPOSITIONS,
    ROLE_MODIFIERS,
    SMALL_WORDS,
    STUDENT_ROLES,
    TITLE_CONNECTORS,
    TITLE_HEADS,
    TITLE_OPENERS,
)
from pressparse.text.tokens import (
    ACRONYM,
    CAP,
    INITIAL,
    LETTER,
    LOWER,
    POSSESSIVES,
    STOP_MARKS,
    UPPER,
    RegionTokens,
    Token,
    strip_possessive,
)
from pressparse.textspan import Span, collapse, iter_lines, paragraphs

_U, _LO = f"[{UPPER}]", f"[{LOWER}]"
_NICK_OPEN, _NICK_CLOSE = frozenset('"“'), frozenset('"”')  # the marks around a nickname
_PARTY = re.compile(rf"\s*\([RDI]-?\s?{_U}(?:{LETTER}|\.){{1,6}}\)")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_LOWER_WORD = re.compile(rf"\b{_LO}+\b")
_ANY_WORD = re.compile(rf"{LETTER}(?:{LETTER}|['’-])*")
_AGE = re.compile(r",\s*\d{1,3}\s*,")

_FIELD_LINKS = _wordset("of in")
_FIELD_WORDS = 5  # a role of a field: its head, "of" and up to three words of the field
# prepositions that never stand inside a title printed before a name
_TITLE_STOP = _wordset("by from with to at regarding statement remarks")
_TICKER = re.compile(r"\s*\((?:NYSE|NASDAQ|Nasdaq|AMEX|OTC\w*|TSX\w*|CSE|ASX|LSE|NYSE American)\s*:")


@dataclass(frozen=True)
class NameMention:
    """A person's name as printed (``start``/``end``), with the title printed beside it."""

    start: int
    end: int
    name: str
    title: str | None = None
    honorific: bool = False  # named with Mr./Ms./Dr. (a form of address, not a title)
    alone: bool = False  # one word the sentence treats as a person's whole name ("Rihanna, who ...")

    @property
    def parts(self) -> tuple[str, ...]:
        return name_parts(self.name)


@lru_cache(maxsize=1 << 14)
def name_parts(name: str) -> tuple[str, ...]:
    """The words of a name without suffixes and dots: "John D. Rockefeller IV" -> (John, D, Rockefeller)."""
    words = [w.strip(".,\"“”‘’'") for w in name.split()]
    return tuple(w for w in words if w and w not in NAME_SUFFIXES and w.rstrip(".") not in NAME_SUFFIXES)


def surname(name: str) -> str:
    parts = name_parts(name)
    return parts[-1].casefold() if parts else ""


def compatible(a: str, b: str) -> bool:
    """Same surname, and every given name of the shorter is an initial or equal of the longer."""
    pa, pb = [_folded(w) for w in name_parts(a)], [_folded(w) for w in name_parts(b)]
    if not pa or not pb or pa[-1] != pb[-1]:
        return False
    short, long_ = sorted((pa[:-1], pb[:-1]), key=len)
    return all(any(lt == st or (len(st) == 1 and lt.startswith(st)) for lt in long_) for st in short)


def _folded(word: str) -> str:
    """A name word compared without case or the apostrophe's form ("Kaialiʻi" is "Kaiali'i")."""
    return word.casefold().replace("’", "'").replace("ʻ", "'")


_GENDER_CODES = {
    "M": "male",
    "1M": "mostly_male",
    "?M": "mostly_male",
    "F": "female",
    "1F": "mostly_female",
    "?F": "mostly_female",
    "?": "andy",
}


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, str]]:
    """gender-guesser's name file: lower-cased given name -> {gender: its country columns}.

    The very table ``gender_guesser.detector.Detector(case_sensitive=False)`` builds, read at once
    (its own line-by-line codecs reader takes several times longer).
    """
    table: dict[str, dict[str, str]] = {}
    data = (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    for raw in data.splitlines():
        line = raw.strip()
        if line[0] in "#=":
            continue
        code, name = line.split(None, 2)[:2]
        name, countries = name.lower(), line[30:-1]
        forms = [name.replace("+", r) for r in ("", " ", "-")] if "+" in name else [name]
        for form in forms:
            table.setdefault(form, {})[_GENDER_CODES[code]] = countries
    return table


_SIDES = {"female": "female", "mostly_female": "female", "male": "male", "mostly_male": "male"}


@lru_cache(maxsize=4096)
def gender(given: str) -> str | None:
    """ "female", "male" or None: the gender that at least twice as many countries give the name as
    the other gender or both (gender-guesser's table); None for a name used both ways ("Bernie",
    "Pat") or unknown."""
    genders = _lexicon().get(given.lower()) or _lexicon().get(_fold(given)) or {}
    count = {"female": 0, "male": 0, "andy": 0}
    for g, countries in genders.items():
        count[_SIDES.get(g, "andy")] += len(countries.replace(" ", ""))
    if count["female"] > 0 and count["female"] >= 2 * (count["male"] + count["andy"]):
        return "female"
    if count["male"] > 0 and count["male"] >= 2 * (count["female"] + count["andy"]):
        return "male"
    return None


@lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    w = word.strip(".")
    if len(w) < 2 or w.casefold() in NOT_NAME or w.casefold() in TITLE_HEADS or not CAP.fullmatch(w):
        return False
    return w.lower() in _lexicon() or _fold(w) in _lexicon()


def _fold(word: str) -> str:
    """The word lower-cased without its accents ("Éloïse" -> "eloise"), as the lexicon may spell it."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _is_title_word(t: Token) -> bool:
    return t.head in TITLE_HEADS


def _stop_word(t: Token) -> bool:
    """A capitalised word that is no part of a person's name (an initial "A." or "I." is)."""
    return t.head in NOT_NAME and not t.initial


def _name_like(t: Token) -> bool:
    return (t.cap or t.initial or t.text in NAME_SUFFIXES) and not _stop_word(t)


def _surname_title(toks: list[Token], k: int, j: int) -> bool:
    """The run's last word is a title word used as a surname after a given name ("Emily Dean")."""
    return (
        j - k >= 2
        and _is_title_word(toks[j - 1])
        and (is_given_name(toks[j - 2].text) or INITIAL.fullmatch(toks[j - 2].text) is not None)
    )


def _title_before(text: str, toks: list[Token], i: int) -> tuple[str | None, bool, int]:
    """The title printed right before token ``i``: (title, is an honorific, index of its first token)."""
    first = _role_of_field(toks, i)
    if first is not None:
        return collapse(text[toks[first].start : toks[i - 1].end]), False, first
    title, honorific, first = _capitalised_title_before(text, toks, i)
    k = first if title else i - 1 if honorific else i  # "…, Mr | Bill Hayden"
    if k >= 2 and toks[k - 1].text == ",":
        # the office set off before the name: "the Minister for Justice and Customs, Senator Chris Ellison"
        office, _, start = _capitalised_title_before(text, toks, k - 1)
        if office and start > 0 and toks[start - 1].head == "the" and _is_title_word(toks[start]):
            return office, honorific, start
    return title, honorific, first


def _role_of_field(toks: list[Token], i: int) -> int | None:
    """Where a lower-case role of a field printed right before token ``i`` begins ("associate
    professor of earth sciences | Elise Knittle", "senior in community studies | X"), else None."""
    j = i - 1
    while j >= 0 and i - j <= _FIELD_WORDS and toks[j].text.isalpha() and toks[j].text.islower():
        if toks[j].head in _FIELD_LINKS and j < i - 1 and j > 0:
            head = toks[j - 1]
            if head.text.islower() and (head.head in TITLE_HEADS or head.head in STUDENT_ROLES):
                k = j - 1
                while k > 0 and toks[k - 1].head in ROLE_MODIFIERS and _lower_or_first(toks, k - 1):
                    k -= 1
                return k
        j -= 1
    return None


def _lower_or_first(toks: list[Token], k: int) -> bool:
    """Token ``k`` is lower-case, or capitalised only as a sentence's first word."""
    return toks[k].text.islower() or k == 0 or toks[k - 1].stop


def _title_walk(toks: list[Token], i: int) -> int:
    """The first token of the capitalised words, connectors and lower-case role words printed
    right before token ``i`` that may make a title (``i`` when there are none)."""
    j = i - 1
    first = i
    while j >= 0 and i - j <= 14:
        t = toks[j]
        if t.stop and t.text not in STOP_MARKS:
            # "Napolitano." ends a sentence before the title
            break
        low = t.head
        if low in _TITLE_STOP:
            break  # "Statement By | State Attorney X" (a heading's capitalised preposition)
        if t.cap or ACRONYM.fullmatch(t.text) or low in NAME_ABBREVIATIONS:
            first = j
        elif t.text in {"'s", "’s"} or (first < i and (low in TITLE_CONNECTORS or _office_and(toks, j))):
            pass
        elif t.text.islower() and (low in TITLE_HEADS or (low in ROLE_MODIFIERS and first < i)):
            first = j
        else:
            break
        j -= 1
    return first


def _capitalised_title_before(text: str, toks: list[Token], i: int) -> tuple[str | None, bool, int]:
    """A title of capitalised words (or a lower-case role head) printed right before token ``i``."""
    words = toks[_title_walk(toks, i) : i]
    while words and (words[0].head in TITLE_CONNECTORS | DETERMINERS | TITLE_OPENERS):
        words = words[1:]
    if not words:
        return None, False, i
    if len(words) == 1 and words[0].head in HONORIFICS:
        return None, True, i
    heads = [k for k, w in enumerate(words) if _is_title_word(w)]
    if not heads:
        return None, False, i
    # a lower-case role begins at its modifiers, not at the capitalised words of another phrase
    if words[-1].text.islower() and words[heads[-1]].text.islower():
        k = len(words) - 1
        while k > 0 and (words[k - 1].text.islower() or words[k - 1].cap):
            k -= 1
        words = words[k:]
    words = [w for w in words if w.head not in HONORIFICS] or words
    title = collapse(text[words[0].start : words[-1].end])
    return title, False, i - len(words)


def _student_of(words: list[Token], n: int) -> bool:
    """Word ``n`` is a student's year followed by a field ("junior in community studies")."""
    return words[n].head in STUDENT_ROLES and n + 1 < len(words) and words[n + 1].head in _FIELD_LINKS


def _office_and(toks: list[Token], j: int) -> bool:
    """Token ``j`` is an "and" inside an office's name ("Secretary of Health and Human Services",
    "Minister for Justice and Customs")."""
    return toks[j].head == "and" and any(x.head in {"of", "for"} for x in toks[max(0, j - 3) : j])


def _title_after(text: str, toks: list[Token], k: int) -> str | None:
    """An appositive title after the name ending before token ``k``: ", Chief of Staff," (past
    degrees: ", M.D., Ph.D., Chief Medical Officer")."""
    k = _past_degrees(toks, k)
    if k >= len(toks) or toks[k].text != ",":
        return None
    words: list[Token] = []
    for t in toks[k + 1 : k + 16]:
        if t.text in {",", ";", "(", ")", ".", ":", "|"} or t.text.isdigit() or t.head in {"said", "says"}:
            break
        if words and t.head in {"who", "which", "that"}:
            break
        words.append(t)
        if t.stop:
            break
    while words and words[0].head in DETERMINERS | {"and", "current", "who", "which"}:
        if words[0].head in {"and", "who", "which"}:
            return None
        words = words[1:]
    if not words or words[0].head in PREPOSITIONS:
        return None
    heads = [n for n, w in enumerate(words) if _is_title_word(w) or _student_of(words, n)]
    if not heads:
        return None
    if heads[-1] + 1 < len(words) and is_given_name(words[heads[-1] + 1].text):
        return None  # ", Sen. Dianne Feinstein": another person, not an appositive
    return collapse(text[words[0].start : words[-1].end])


def _past_degrees(toks: list[Token], k: int) -> int:
    """The comma after the degrees printed at token ``k`` (", M.D., Ph.D.,"), else ``k``."""
    while k < len(toks) and toks[k].text == ",":
        n = k + 1
        while n < len(toks) and n - k <= 3 and toks[n].text != ",":
            n += 1
        letters = "".join(t.text for t in toks[k + 1 : n]).replace(".", "").lower()
        if n >= len(toks) or letters not in DEGREES:
            break
        k = n
    return k


def _runs(text: str, toks: list[Token]) -> Iterator[tuple[int, int]]:
    """Maximal runs [i, j) of name-like tokens (capitalised words, initials, suffixes) in one sentence;
    a run that fills its line ends with it (a list of names, one a line)."""
    i, n = 0, len(toks)
    while i < n:
        if not (toks[i].cap or _initials(toks, i)):
            i += 1
            continue
        j = i
        whole_line = _line_start(text, toks[i].start)
        while j < n and (toks[j].cap or _initials(toks, j) or toks[j].text in NAME_SUFFIXES):
            j += 1
            if toks[j - 1].stop or toks[j - 1].text.endswith(POSSESSIVES):
                break
            if whole_line and j < n and "\n" in text[toks[j - 1].end : toks[j].start]:
                break
            if _nickname(toks, j):
                j += 3
        yield i, j
        i = j


def _line_start(text: str, at: int) -> bool:
    """Only spaces (or a bullet) stand between the line's start and ``at``."""
    start = text.rfind("\n", 0, at) + 1
    return at - start <= 4 and not text[start:at].strip(" \t-•*")


_ITEM_TAIL = re.compile(r"[ \t]{0,20}(?:$|\n|,|\()")


def _list_item(text: str, toks: list[Token], i: int, j: int) -> bool:
    """The run [i, j) opens its line as a list item does: a given name and a surname or two, then
    the line's end, a comma or a parenthesis ("- Maria Lopez (Chicago)", "Maria Lopez, Yale")."""
    return (
        2 <= j - i <= 3
        and is_given_name(toks[i].text)
        and _line_start(text, toks[i].start)
        and bool(_ITEM_TAIL.match(text, toks[j - 1].end))
    )


# what follows a person's name, not a company's: ", who", "said she"
_PERSON_AFTER = re.compile(r",[ \t]{1,3}who\s|[ \t]{1,3}(?:said|says|told|added)[ \t]{1,3}(?:she|he)\b")


def _one_word_person(text: str, toks: list[Token], i: int) -> bool:
    """A single capitalised word the sentence treats as a person ("Rihanna, who ...", "Rihanna said she
    ..."): a name the release introduces without a title or a surname; not a place after a preposition
    an article or a comma ("the people of Gaza, who", "of Jamaica, Queens, who", "the Bronx, who")."""
    t = toks[i]
    if i > 0 and (toks[i - 1].head in PREPOSITIONS | DETERMINERS or toks[i - 1].text == ","):
        return False
    return (
        t.cap
        and not t.text.isupper()
        and len(t.text) > 2
        and not _stop_word(t)
        and not _is_title_word(t)
        and t.head not in HONORIFICS
        and bool(_PERSON_AFTER.match(text, t.end))
    )


def _nickname(toks: list[Token], j: int) -> bool:
    """Tokens ``j``.. are a quoted nickname between a given name and a surname: Jesús | "Chuy" | García."""
    if j + 3 >= len(toks) or toks[j].text not in _NICK_OPEN:
        return False
    nick, close, last = toks[j + 1 : j + 4]
    return nick.cap and close.text in _NICK_CLOSE and last.cap and close.start == nick.end


def _initials(toks: list[Token], i: int) -> bool:
    """Token ``i`` is an initial ("D."), or initials ("M.R.C.") before a capitalised word that is no
    title ("M.R.C. Greenwood", not "U.S. Senator")."""
    t = toks[i]
    if not t.initial or len(t.text) == 2:
        return t.initial
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.cap and not _is_title_word(nxt) and not _stop_word(nxt)


def _split(toks: list[Token], i: int, j: int) -> int | None:
    """Where the name begins inside the capitalised run [i, j), or None when it holds no name.

    After the run's last title word ("Brooklyn Supreme Court Justice | Danny Chun"), else at its
    first given name or initial that starts a name of two to five words, else after a lower-case
    role ("defendant Crosetti Brand").
    """
    k = _title_split(toks, i, j)
    if k is not None:
        return k
    if word_surname_at(toks, i, j):
        return i
    for k in range(max(i, j - 5), j - 1):  # a name is at most five words
        if any(_stop_word(t) for t in toks[k:j]):
            continue
        # one initial ("John D." but not "War I. Speakers", nor "U.S." without a title before it)
        initial = toks[k].initial and len(toks[k].text) == 2 and toks[k].head not in NOT_NAME
        if is_given_name(toks[k].text) or (initial and toks[k + 1].cap):
            return k
    return None


def word_surname_at(toks: list[Token], k: int, j: int) -> bool:
    """Tokens [k, j) are a title's holder named by a given name and a surname that is also a common
    word ("Prime Minister Theresa May", "professor of environmental studies Daniel Press")."""
    if j - k != 2 or not is_given_name(toks[k].text):
        return False
    last = toks[k + 1]
    if not last.cap or last.head not in COMMON_WORD_SURNAMES:
        return False
    before = toks[k - 1] if k > 0 else None
    return before is not None and (_is_title_word(before) or _role_of_field(toks, k) is not None)


def _title_split(toks: list[Token], i: int, j: int) -> int | None:
    """Where a name begins after a title word: inside the run, or right before it ("Sen." "defendant")."""
    end = j - 1 if _surname_title(toks, i, j) else j
    heads = [k for k in range(i, end) if _is_title_word(toks[k]) or toks[k].head in HONORIFICS]
    if heads and heads[-1] + 1 < j:
        return heads[-1] + 1
    if i > 0 and (_is_title_word(toks[i - 1]) or toks[i - 1].head in HONORIFICS):
        lower = toks[i - 1].text.islower()
        if (j - i >= 2 or not lower) and not (lower and toks[i - 1].text.endswith("s") and j - i < 2):
            return i
    return None


def _mention(text: str, toks: list[Token], k: int, j: int) -> NameMention | None:
    """The mention of the name tokens [k, j) with its title, if they make a person's name."""
    run_end = j
    word_surname = word_surname_at(toks, k, j)
    while j > k and not _name_like(toks[j - 1]) and not word_surname:
        j -= 1
    if j > k and j < run_end and toks[j].head in NAME_ORG_WORDS:
        return None  # "General Accountability Office", "Walter Reed Army Medical Center"
    surname_title = _surname_title(toks, k, j)
    cut = None if surname_title else _title_after_name(toks, k, j)
    if cut is not None:
        j = cut  # "Roberto Benes Regional Director": the title printed after the name without a comma
    names = toks[k:j]
    if not _name_words(names, surname_title, word_surname):
        return None
    start, end = names[0].start, names[-1].end
    if names[-1].text.endswith(POSSESSIVES):
        end -= 2
    name = collapse(strip_possessive(text[start:end]))
    title, honorific, first = _title_before(text, toks, k)
    if title is not None and len(names) == 1 and "\n" in text[toks[first].start : start]:
        return None  # "Chief Executive Officer | Google": a lone word under a title is no surname
    if title is None and cut is not None:
        title = collapse(text[toks[cut].start : toks[run_end - 1].end])
    if title is not None and title.rstrip(".").lower() in ACADEMIC_RANKS:
        title = _title_after(text, toks, j) or title  # "Prof. X, President of the Council": the office
    if title is None:
        title = (
            _role_before_comma(text, toks, k)
            or _office_before_comma(text, toks, k)
            or _title_after(text, toks, j)
            or _title_as(text, toks, j)
        )
    return NameMention(start, end, name, title, honorific)


def _role_before_comma(text: str, toks: list[Token], k: int) -> str | None:
    """A lower-case role set off by a comma right before the name ("long-time colleague and
    co-founder, Colin Harrold"): the role head with its modifiers."""
    if k < 2 or toks[k - 1].text != "," or not toks[k - 2].text.islower() or not _is_title_word(toks[k - 2]):
        return None
    n = k - 2
    while n > 0 and toks[n - 1].text.islower() and toks[n - 1].head in ROLE_MODIFIERS:
        n -= 1
    return collapse(text[toks[n].start : toks[k - 2].end])


def _office_before_comma(text: str, toks: list[Token], k: int) -> str | None:
    """An office that opens the sentence and is set off by a comma before the name ("The Minister
    for Housing, Local Government and Heritage, Darragh Quinlan TD, has ..."): from its title word
    to the comma."""
    if k < 3 or toks[k - 1].text != ",":
        return None
    n = k - 2
    while n >= 0 and k - n <= _OFFICE_WORDS and not (n < k - 2 and toks[n].stop):
        if "\n" in text[toks[n].end : toks[n + 1].start]:
            break  # the line's start
        t = toks[n]
        if not (t.cap or t.text == "," or t.head in TITLE_CONNECTORS or t.head == "and"):
            return None
        n -= 1
    if n >= 0 and not toks[n].stop and "\n" not in text[toks[n].end : toks[n + 1].start]:
        return None  # not the opening words of a sentence or a line
    first = n + 1 + (toks[n + 1].head == "the")
    if first >= k - 1 or not _is_title_word(toks[first]):
        return None
    if any(is_given_name(a.text) and b.cap for a, b in pairwise(toks[first + 1 : k - 1])):
        return None  # "Deputy District Attorneys Kathryn Turner, Stephen Spinella": a list of names
    return collapse(text[toks[first].start : toks[k - 2].end])


_OFFICE_WORDS = 14  # the longest office printed before a name and a comma


def _title_as(text: str, toks: list[Token], j: int) -> str | None:
    """The role a sentence gives the name ending before token ``j`` after an appointment verb and
    "as" ("Jessica Rotge has joined the organization as Area Manager")."""
    verb = next((n for n in range(j, min(j + 3, len(toks))) if toks[n].head in APPOINTMENT_VERBS), None)
    if verb is None:
        return None
    at = next((n for n in range(verb + 1, min(verb + 6, len(toks))) if toks[n].head == "as"), None)
    if at is None or any(t.stop for t in toks[verb:at]):
        return None
    n = at + 1
    while n < len(toks) and toks[n].head in DETERMINERS:
        n += 1
    first = n
    while n < len(toks) and (toks[n].cap or (n > first and toks[n].head in TITLE_CONNECTORS)):
        n += 1
        if toks[n - 1].stop:
            break  # "… as Field Director in Virginia. Dena …": the sentence ends the title
    while n > first and toks[n - 1].head in TITLE_CONNECTORS:
        n -= 1
    if not any(_is_title_word(t) for t in toks[first:n]):
        return None
    return collapse(text[toks[first].start : toks[n - 1].end])


def _name_words(names: list[Token], surname_title: bool, word_surname: bool) -> bool:
    """The tokens may make a name: no stop word (unless a common-word surname), no title word
    (unless a title-word surname), not only initials, at most five words."""
    if not names or all(t.initial or t.text in NAME_SUFFIXES for t in names):
        return False
    last = len(names) - 1
    if any(
        (_stop_word(t) and not word_surname) or (_is_title_word(t) and not (surname_title and n == last))
        for n, t in enumerate(names)
    ):
        return False
    return sum(1 for t in names if _name_like(t)) <= 5


def _title_after_name(toks: list[Token], k: int, j: int) -> int | None:
    """Where a title printed right after a name of two or more words begins, inside the run
    [k, j) ("Roberto Benes | Regional Director"), with its capitalised modifiers; else None."""
    heads = [n for n in range(k + 2, j) if _is_title_word(toks[n])]
    if not heads:
        return None
    n = heads[0]
    while n > k + 2 and toks[n - 1].head in ROLE_MODIFIERS:
        n -= 1
    prev = toks[k - 1] if k else None
    if prev is not None and prev.cap and not (_is_title_word(prev) or prev.head in HONORIFICS):
        return None  # "Santa | Cruz Market President", "New | York Special Agent"
    if not (n - k == 2 or (n - k == 3 and toks[k + 1].initial)) or not is_given_name(toks[k].text):
        return None  # a given name and a surname (with an initial between): "Roberto Benes", "John Q. Smith"
    if any(_is_title_word(t) or _stop_word(t) or t.head in HONORIFICS for t in toks[k:n]):
        return None
    return n


def find(
    text: str,
    regions: Iterable[Span],
    person_spans: Sequence[Span] | None = None,
    other_spans: Sequence[Span] = (),
    tokens: Callable[[Span], RegionTokens] | None = None,
) -> list[NameMention]:
    """Every person-name mention in ``regions``: named in full, or by surname after a title.

    ``person_spans`` are the NER ``PERSON`` spans (model mode; None in rules-only mode), and
    ``other_spans`` the model's other entities (organisations, places, works...). A name found by
    its given name alone, with no title, age or party beside it, must not end in a word the
    release also writes in lower case; in model mode it must also be a NER person, or end in a word
    of one, or lie outside every other entity the model found.
    In a title-case line (a heading) only a name printed after a title counts. A bare name that
    the release also prints as the front of an organisation or place ("Walter Reed Army Medical
    Center") or with a stock ticker is no person.
    ``tokens`` gives a region's tokens (the context's, read once for every extractor); without
    it, each region is tokenised here.
    """
    regions = list(regions)
    scan = _Scan(text, regions, person_spans, other_spans)
    for region in regions:
        region_tokens = tokens(region) if tokens is not None else RegionTokens(text, region)
        for para in paragraphs(text, region):
            scan.paragraph(para, *region_tokens.within(para))
    return scan.result()


@dataclass
class _Paragraph:
    """One paragraph's tokens, its title-case lines, and what the last name left open: a plural
    title ("Sens. A and B") and the end of a party label ("(D-N.Y.)", no names inside)."""

    toks: list[Token]
    starts: list[int]
    headings: list[Span]
    plural: str | None = None
    label_end: int = -1

    def heading(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.headings)

    def after_and(self, i: int) -> bool:
        """Token ``i`` follows "and" or a comma (the next name of a list)."""
        return i > 0 and self.toks[i - 1].head in {"and", ","}


_LIST_ITEM = 60  # the longest list item that may hold a name and its title ("X, Vice Chairman")
_ITEM_END = re.compile(r"[;.]")


class _Scan:
    """One ``find`` over a release: the words it writes in lower case, the NER persons, and the
    names found so far (and the eponyms: names that are the front of an organisation or place)."""

    def __init__(
        self, text: str, regions: list[Span], person_spans: Sequence[Span] | None, other_spans: Sequence[Span]
    ) -> None:
        self.text = text
        self.other = sorted(other_spans)
        self.other_ends = [e for _, e in self.other]
        self.ner = sorted(person_spans or ())
        self.ner_ends = [e for _, e in self.ner]
        # the words of the model's person names ("Ruddock" a person, though "Philip Ruddock" an ORG)
        self.person_words = {w.casefold() for s, e in self.ner for w in text[s:e].split()}
        self.lower: set[str] = set().union(*(_LOWER_WORD.findall(text, s, e) for s, e in regions))
        self.found: dict[tuple[int, int], NameMention] = {}
        self.eponyms: set[str] = set()
        # names without a cue, kept when the release also writes the surname after a title or
        # honorific ("Chess Bedsole" ... "Mr. Bedsole"), or when they stand in a list with ";"
        self.pending: list[tuple[NameMention, tuple[int | None, int | None]]] = []
        self.addressed: set[str] = set()  # words printed after an honorific or a title ("Mr. Bedsole")

    def result(self) -> list[NameMention]:
        addressed = self.addressed | {
            m.parts[-1].casefold() for m in self.found.values() if len(m.parts) == 1
        }
        ends = sorted(m.end for m in self.found.values())
        starts = sorted(m.start for m in self.found.values())
        for m, (before, after) in self.pending:
            last = m.parts[-1].casefold()
            listed = self.listed(before, after, ends, starts)
            if last in addressed or (listed and last not in self.lower and not self.in_other(m)):
                self.found.setdefault((m.start, m.end), m)
        kept = [
            m for m in self.found.values() if m.title or m.honorific or m.name.casefold() not in self.eponyms
        ]
        return sorted(kept, key=lambda m: m.start)

    def paragraph(self, para: Span, toks: list[Token], starts: list[int]) -> None:
        """Find the names in one paragraph, given its tokens and where they start."""
        p = _Paragraph(toks, starts, _title_case_lines(self.text, para))
        for a, b in pairwise(toks):
            if b.cap and (a.head in HONORIFICS or _is_title_word(a)):
                self.addressed.add(strip_possessive(b.text).casefold())
        for i, j in _runs(self.text, toks):
            m = self.run(p, i, j)
            if m is not None:
                self.found.setdefault((m.start, m.end), m)

    def run(self, p: _Paragraph, i: int, j: int) -> NameMention | None:
        """The name mention in the capitalised run [i, j) of the paragraph, if any."""
        toks = p.toks
        if toks[i].start < p.label_end:
            return None
        if _org_of(toks, i):
            # "Department of | Motor Vehicles": no name, unless after a title inside the run
            # ("City of | Miami Police Chief Manuel A. Morales")
            k = _title_split(toks, i, j)
            if k is None or k == i or j - k < 2:
                return None
            i = k
        heading = p.heading(toks[i].start)
        if j - i == 1 and not heading and _one_word_person(self.text, toks, i):
            m = _mention(self.text, toks, i, j)
            if m is None or m.parts[-1].casefold() in self.lower:
                return None
            return replace(m, alone=True)
        ent = None if heading else self.ner_start(p, i, j)
        k = self.name_start(p, i, j, heading, ent)
        if k is None:
            _note_eponym(toks, i, j, self.eponyms)
            p.plural = None
            if not heading:
                self.note_pending(p, i, j)
            return None
        m = _mention(self.text, toks, k, _heading_end(toks, k, j) if heading else j)
        if m is None or not self.plausible(toks, k, m, ent):
            return None
        label = _PARTY.match(self.text, m.end)
        p.label_end = label.end() if label else p.label_end
        if _TICKER.match(self.text, m.end):
            self.eponyms.add(m.name.casefold())
            return None
        m = _plural_title(p, i, k, m)
        if _placed(self.text, toks, k, m):
            self.eponyms.add(m.name.casefold())  # a place or a company wherever the release prints it
            return None
        return m if self.kept(m, ent) else None

    def listed(self, before: int | None, after: int | None, ends: list[int], starts: list[int]) -> bool:
        """A name stands next to another in a list with ";": the nearest name found ends within the
        item before the ";" that precedes it, or starts within the item after the ";" that follows it
        ("A, Chair; B; C"). ``ends`` and ``starts`` are the found names' ends and starts, sorted."""
        if before is not None:
            k = bisect_right(ends, before) - 1
            if k >= 0 and before - ends[k] <= _LIST_ITEM and not _ITEM_END.search(self.text, ends[k], before):
                return True
        if after is not None:
            k = bisect_left(starts, after)
            if k < len(starts) and starts[k] - after <= _LIST_ITEM:
                return not _ITEM_END.search(self.text, after, starts[k])
        return False

    def note_pending(self, p: _Paragraph, i: int, j: int) -> None:
        """Keep a run of two or three capitalised words that may be a name with no cue beside it."""
        toks = p.toks
        if not 2 <= j - i <= 3 or toks[i].initial or (i > 0 and toks[i - 1].cap):
            return
        m = _mention(self.text, toks, i, j)
        if m is None or len(m.parts) != j - i or _common_words(toks, i, m, self.lower):
            return
        before = toks[i - 1].start if i > 0 and toks[i - 1].text == ";" else None
        after = toks[j].end if j < len(toks) and toks[j].text == ";" else None
        self.pending.append((m, (before, after)))

    def name_start(self, p: _Paragraph, i: int, j: int, heading: bool, ent: int | None) -> int | None:
        """Where a name begins in the run [i, j): after a title, at a given name or initial, at a NER
        person, at a run introduced by an age, party or appositive title, or as the next of a plural."""
        k = _title_split(p.toks, i, j) if heading else _split(p.toks, i, j)
        if k is None and ent is not None:
            k = ent
        if (
            k is None
            and 2 <= j - i <= 3
            and (_labelled(self.text, p.toks[j - 1].end) if heading else _introduced(self.text, p.toks, j))
        ):
            k = i  # an age or party label, also in a title-case line ("Tapu Aniceto Sitagata, 33,")
        if k is None and p.plural and p.after_and(i):
            k = i
        if k is None and heading and _list_item(self.text, p.toks, i, j):
            k = i
        return k

    def plausible(self, toks: list[Token], k: int, m: NameMention, ent: int | None) -> bool:
        """A mention that may name a person: two words or a title, and not common words."""
        if len(m.parts) < 2 and m.title is None and not m.honorific and ent is None:
            return False
        return ent is not None or not _common_words(toks, k, m, self.lower)

    def kept(self, m: NameMention, ent: int | None) -> bool:
        """A bare name (no title, honorific, age or party) must be a NER person in model mode, and
        must not end in a word the release writes in lower case in rules mode."""
        if m.title is not None or m.honorific or _labelled(self.text, m.end):
            return True
        if ent is not None:
            return True
        last = m.parts[-1].casefold()
        return last not in self.lower and (last in self.person_words or not self.in_other(m))

    def in_other(self, m: NameMention) -> bool:
        """The mention overlaps an entity the model labels other than a person."""
        k = bisect_right(self.other_ends, m.start)
        return k < len(self.other) and self.other[k][0] < m.end

    def ner_start(self, p: _Paragraph, i: int, j: int) -> int | None:
        """The first token of the run [i, j) where a NER person name of two or more words begins."""
        lo, hi = p.toks[i].start, p.toks[j - 1].end
        for n in range(bisect_right(self.ner_ends, lo), len(self.ner)):
            s, e = self.ner[n]
            if s >= hi:
                break
            first = max(i, bisect_left(p.starts, s))
            if first + 1 < j and p.toks[first + 1].start < e:
                return first
        return None


def _plural_title(p: _Paragraph, i: int, k: int, m: NameMention) -> NameMention:
    """A title printed once for several people ("Sens. A and B"): singular, for each of them."""
    toks = p.toks
    single = _singular(toks[k - 1]) if k > 0 and m.title else None
    if single is not None and m.title is not None:
        p.plural = m.title[: len(m.title) - len(toks[k - 1].text)] + single
        return replace(m, title=p.plural)
    if p.plural and m.title is None and p.after_and(i):
        return replace(m, title=p.plural)
    p.plural = None
    return m


def _org_of(toks: list[Token], i: int) -> bool:
    """The run at ``i`` ends an organisation's name: "Department of | Motor Vehicles"."""
    before = toks[i - 2] if i >= 2 else None
    return (
        before is not None
        and toks[i - 1].head in {"of", "for"}
        and before.cap
        and before.head in NAME_ORG_WORDS
    )


def _common_words(toks: list[Token], k: int, m: NameMention, lower: set[str]) -> bool:
    """A name with no known given name made of words the release also writes in lower case
    ("Justice | Assistance Grant")."""
    first = toks[k]
    if len(m.parts) < 2 or is_given_name(first.text) or first.initial:
        return False
    return any(p.casefold() in lower for p in m.parts)


def _singular(t: Token) -> str | None:
    """The singular of a plural title word ("Sens." -> "Sen.", "Attorneys" -> "Attorney"), else None."""
    head = t.head
    if head in PLURAL_TITLES:
        return PLURAL_TITLES[head]
    if head.endswith("s") and head[:-1] in TITLE_HEADS and len(head) > 4:
        return t.text[:-1]
    return None


def _introduced(text: str, toks: list[Token], j: int) -> bool:
    """The run before token ``j`` is followed by an age, a party label or an appositive title
    without an article (", founder and CEO of X"), as a person's name is."""
    if _labelled(text, toks[j - 1].end):
        return True
    return (
        j + 1 < len(toks) and toks[j + 1].head not in DETERMINERS and _title_after(text, toks, j) is not None
    )


def _heading_end(toks: list[Token], k: int, j: int) -> int:
    """Where a name in a title-case heading stops: before a verb ("... Rundle Regarding ...")."""
    for n in range(k, j):
        head = toks[n].head
        if head in HEADING_BREAK_WORDS or head.endswith(("ing", "ed")):
            return n
    return j


def _note_eponym(toks: list[Token], i: int, j: int, eponyms: set[str]) -> None:
    """Record the given-name-led front of a run that ends as an organisation or place."""
    if j - i >= 3 and toks[j - 1].head in NAME_ORG_WORDS and is_given_name(toks[i].text):
        for n in range(i + 2, min(j - 1, i + 3) + 1):
            eponyms.add(" ".join(t.text for t in toks[i:n]).casefold())


def _title_case_lines(text: str, span: Span) -> list[Span]:
    """Lines of ``span`` written in title case (headings: "Man Charged With Fraud")."""
    out = []
    for line in iter_lines(text, *span):
        if line.text.rstrip()[-1:] in {".", ",", ":"}:
            continue
        caps = 0
        for w in _ANY_WORD.findall(line.text):
            if w.casefold() in SMALL_WORDS:
                continue
            if not w[0].isupper():
                break
            caps += 1
        else:
            if caps >= 3:
                out.append((line.start, line.end))
    return out


def _placed(text: str, toks: list[Token], k: int, m: NameMention) -> bool:
    """A bare name (no title, honorific, age or party) printed after a lower-case kind of company
    ("search firm Spencer Stuart"), a place's preposition ("processors in Nova Scotia", not "in
    John Smith's campaign"), a place's noun and "of" ("citizens of Hong Kong") or an owner's
    possessive ("Huda Kattan’s Huda Beauty")."""
    if m.title is not None or m.honorific or k == 0 or text.startswith(POSSESSIVES, m.end):
        return False
    before = toks[k - 1]
    if before.cap and before.text.endswith(POSSESSIVES) and k >= 2 and is_given_name(toks[k - 2].text):
        return (
            True  # "Huda Kattan’s Huda Beauty": a thing a person's name stands before (not "Proactive's X")
        )
    if before.head == "of" and k >= 2:
        return toks[k - 2].head in PLACE_OF_NOUNS  # "citizens of Hong Kong"
    return before.text.islower() and (before.head in ORG_KIND_NOUNS or before.head in PLACE_PREPOSITIONS)


def _labelled(text: str, end: int) -> bool:
    """A name followed by an age (", 39,") or a party label ("(R-Mont.)")."""
    return bool(_AGE.match(text, end) or _PARTY.match(text, end))
