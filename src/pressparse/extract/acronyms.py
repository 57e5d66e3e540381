"""Acronym extractor: acronym/expansion pairs the release defines.

Takes a ``Context``; gives a tuple of ``Acronym`` items with spans into the decoded input.

A definition is written in either order: ``World Customs Organization (WCO)`` or
``WCO (World Customs Organization)``. The letters of the acronym are aligned with the
initials of the words before the parenthesis (right to left, function words optional),
so the expansion is only the words the letters stand for: ``Byrne Justice Assistance
Grant (JAG)`` gives JAG = ``Justice Assistance Grant``. Each acronym is defined once;
``mentions`` are its later bare uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from pressparse.context import Context
from pressparse.lexicon import ARTICLES, EXPANSION_WORDS, ORG_FRONT_HEADS
from pressparse.models import Acronym
from pressparse.textspan import Span, collapse

# "(WCO)", "(the “WCO”)", "(E-911)", "(SMBs)", "(U.N.)", "(DG COMP)", a word before the letters
# ("(Africa CDC)") or a year after them ("(CPHIA 2026)"); and ", or GAANN" after the name
_PAREN_ACR = re.compile(
    r"\(\s*(?:the\s+|or\s+)?[\"“']?(?:(?P<pre>[A-Z][a-z]{2,})\s)?"
    r"(?P<acr>[A-Za-z0-9][A-Za-z0-9&./-]{0,11}?|[A-Z]{2,4}\s[A-Z]{2,6})"
    r"\.?[\"”']?(?:\s(?:19|20)\d\d)?\s*\)"
    r"|,\s{1,20}or\s+(?P<or_acr>[A-Z][A-Za-z0-9&/-]{1,11})(?=[\s,.;:)!?])"
)
# "WCO (World Customs Organization)"; the capital comes first so that the regex engine skips
# ahead to capitals, and the look-behind then checks that no word character or hyphen precedes it
_ACR_PAREN = re.compile(r"(?P<acr>[A-Z](?<![\w-].)[A-Za-z0-9&./-]{0,11}?)\s?\((?P<inner>[^()\n]{3,120})\)")
# a party-and-state tag after a legislator's name: (R-VA), (D-Vt.), (I-ME)
_PARTY = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")
# a word of an expansion: no spaces, parentheses, brackets or double quotes
_WORD = re.compile(r"[^\s()\[\]{}\"“”]+")
# where an expansion cannot reach back across: sentence ends, clause breaks, brackets, quotes
_STOP_BACK = re.compile(r"(?<![A-Z]\.[A-Z])[.!?;:](?=\s)|[()\[\]{}]|\n\s*\n|[—–]|\s-\s")
_CORE_STRIP = "'’.,;:!?-–—&*"
_YEAR = re.compile(r"(?:19|20)\d\d")
# a capital after three small letters, inside a word: "NextGenerationEU", "AmeriCorps"
_CAMEL = re.compile(r"(?<=[^\W\d_])[^\W\d_A-Z]{3}[A-Z]")
_MAX_WORDS = 14
_LOOKBACK = 300  # characters an expansion may start before its parenthesis


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    core: str

    @property
    def function(self) -> bool:
        return self.core.lower() in EXPANSION_WORDS or not self.core


def letters(acronym: str) -> str:
    """The letters an acronym stands for: alphanumerics, without a plural ``s`` (``SMBs`` -> ``SMB``)."""
    chars = "".join(c for c in acronym if c.isalnum())
    if len(chars) > 2 and chars.endswith("s") and chars[-2].isupper():
        chars = chars[:-1]
    return chars.lower()


def is_acronym(token: str) -> bool:
    """An acronym has two capitals (``WCO``, ``DoD``, ``SMBs``) or a capital and a digit (``E-911``)."""
    uppers = sum(c.isupper() for c in token)
    digits = sum(c.isdigit() for c in token)
    if not token[:1].isupper() or _PARTY.fullmatch(token):
        return False
    lowers = sum(c.islower() for c in token)
    return (uppers >= 2 or (uppers == 1 and digits > 0)) and lowers <= uppers


def coined(token: str) -> bool:
    """A coined name, not an acronym: a capitalised word with a capital after a run of three
    small letters (``NextGenerationEU``, ``AmeriCorps``; not ``McDonald``, ``DeLauro``) or a
    capital hyphened to a capitalised word (``E-Rate``, ``E-Verify``)."""
    if not token[:1].isupper() or is_acronym(token):
        return False
    parts = token.split("-")
    if len(parts) == 2 and len(parts[0]) == 1 and parts[1][:1].isupper():
        return True
    return bool(_CAMEL.search(token))


def core(word: str) -> str:
    """A word without edge punctuation or a possessive ending."""
    core = word.strip(_CORE_STRIP)
    for poss in ("'s", "’s"):
        if core.endswith(poss):
            core = core[: -len(poss)]
    return core.rstrip("'’")


def _chunks(core: str) -> list[tuple[str, int]]:
    """The letter runs a word can stand for, each with a penalty: its initial, the initials of
    its hyphen parts or capitals, or a short prefix (``911`` for ``E-911``)."""
    low = core.lower()
    if not low or not low[0].isalnum():
        return []
    out: list[tuple[str, int]] = [(low[0], 0)]
    if low.startswith("ex"):  # X for Exchange, Express
        out.append(("x", 1))
    parts = [p for p in re.split(r"[-/.]", core) if p]
    if len(parts) > 1:
        out.append(("".join(p[0].lower() for p in parts), 0))
        out.append((parts[-1][0].lower(), 1))  # S for "al-Sham"
    caps = [c.lower() for c in core[1:] if c.isupper()]
    if core[0].isupper() and caps and not core.isupper():
        out.append((low[0] + "".join(caps), 0))
    for k in range(2, min(len(low), 4) + 1):
        prefix = low[:k]
        if prefix.isalnum():
            out.append((prefix, k))
    return out


def align(cores: list[str], acr: str) -> tuple[int, int] | None:
    """Index range ``(first, last)`` of the words (``cores``: words without punctuation, e.g.
    ``Attorney`` for ``Attorney’s``) the letters ``acr`` stand for, aligned so that
    every word in between is matched or a function word; ``None`` when they do not align.
    The last word must be matched, or be the one word before the acronym left over (``Act``)."""
    n = len(cores)
    best: tuple[int, int, int, int] | None = None  # (penalty, length, first, last)
    for last, skip_penalty in ((n - 1, 0), (n - 2, 3)):
        if last < 0:
            continue
        found = _align_from(tuple(cores[: last + 1]), acr)
        if found is not None:
            cand = (found[0] + skip_penalty, last - found[1], found[1], last)
            best = cand if best is None or cand < best else best
    return None if best is None else (best[2], best[3])


@lru_cache(maxsize=4096)
def _align_from(cores: tuple[str, ...], acr: str) -> tuple[int, int] | None:
    """Align ``acr`` to words ending at ``cores[-1]`` (which must take the last letters);
    gives (penalty, index of the first word) of the cheapest, shortest alignment."""

    @cache
    def go(i: int, k: int) -> tuple[int, int] | None:
        # letters acr[:k] remain, to be matched by words cores[..i]; cores[i] may be used
        if k == 0:
            return None
        if i < 0:
            return None
        core = cores[i]
        best: tuple[int, int] | None = None
        for chunk, pen in _chunks(core):
            if len(chunk) <= k and acr[k - len(chunk) : k] == chunk:
                if k == len(chunk):
                    if core.lower() in EXPANSION_WORDS and (core.islower() or core.lower() in ARTICLES):
                        continue  # a name may open with "Los" or "La" ("Los Angeles"), not with "of"
                    cand = (pen, i)
                else:
                    sub = _skip(i - 1, k - len(chunk))
                    if sub is None:
                        continue
                    cand = (pen + sub[0], sub[1])
                if best is None or (cand[0], -cand[1]) < (best[0], -best[1]):
                    best = cand
        return best

    @cache
    def _skip(i: int, k: int) -> tuple[int, int] | None:
        # match acr[:k] with words cores[..i], passing over function words
        best = go(i, k)
        j = i
        while j >= 0 and (cores[j].lower() in EXPANSION_WORDS or not cores[j]):
            j -= 1
            alt = go(j, k)
            if alt is not None and (best is None or (alt[0] + 1, -alt[1]) < (best[0], -best[1])):
                best = (alt[0] + 1, alt[1])
        return best

    return go(len(cores) - 1, len(acr))


def _words_before(text: str, lo: int, hi: int) -> list[_Word]:
    """The words of ``text[lo:hi]`` after the last clause break, at most ``_MAX_WORDS`` of them."""
    lo = max(lo, hi - _LOOKBACK)
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    start = lo
    for m in _STOP_BACK.finditer(text, lo, hi - 1):
        start = m.end()
    words = [_Word(m.start(), m.end(), core(m.group())) for m in _WORD.finditer(text, start, hi)]
    return words[-_MAX_WORDS:]


def _expansion(text: str, words: list[_Word], first: int, last: int) -> tuple[str, int] | None:
    s = words[first].start
    e = words[last].end
    while e > s and text[e - 1] in ",;:":
        e -= 1
    if last - first < 1 and len(words[first].core) < 4:
        return None
    if not any(c.isupper() for c in text[s:e]) and last == first:
        return None
    return collapse(text[s:e]), s


def _loose(text: str, words: list[_Word], acr: str) -> tuple[int, int] | None:
    """When the letters do not align word for word, the proper name before the parenthesis
    whose capitalised initials hold the letters in order: ``Centers for Medicare & Medicaid
    Services (CMS)``, ``Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)``,
    ``Centers for Disease Control and Prevention (CDC)``. The name runs from the last word
    that can take the first letter (and the "Bureau of" in front of it) to the parenthesis;
    the words after the last letter are few, with no comma or article (a new name) among them."""
    if len(acr) < 3 or not acr.isalpha() or not words or not words[-1].core[:1].isupper():
        return None
    first = _proper_run_start(words)
    for i in reversed(range(first, len(words))):
        if words[i].function or words[i].core[0].lower() != acr[0]:
            continue
        last = _loose_end(text, words, i, acr)
        if last is None:
            continue
        if i - 2 >= first and words[i - 1].core.lower() in ("of", "for", "on") and not words[i - 2].function:
            i -= 2  # "Bureau of Alcohol ..."
        if any(w.function and w.core.lower() not in ("and", "&") for w in words[last + 1 :]):
            return i, last  # "Plan of Action for Indochinese Asylum Seekers (CPA)": a qualifier after
        return i, len(words) - 1
    return None


def _proper_run_start(words: list[_Word]) -> int:
    """Where the run of capitalised and function words that ends the list starts."""
    first = len(words)
    while first > 0 and (words[first - 1].core[:1].isupper() or words[first - 1].function):
        first -= 1
    return first


def _loose_end(text: str, words: list[_Word], i: int, acr: str) -> int | None:
    """The word taking the acronym's last letter when its letters are read in order from word
    ``i`` (function words passed over, a few others skipped); None where they are not all
    read, or the words after the last letter are many or hold a comma or an article."""
    k, last, skipped = 1, i, 0
    for j in range(i + 1, len(words)):
        if words[j].function:
            continue
        if k < len(acr) and words[j].core[0].lower() == acr[k]:
            k, last = k + 1, j
        else:
            skipped += 1
    tail = words[last + 1 :]
    comma = "," in text[words[last].end : words[-1].end]
    article = any(w.core.lower() in ("the", "a", "an") for w in tail)
    if k < len(acr) or comma or article or len(tail) > 4 or skipped > len(acr) + 1:
        return None
    return last


def _foreign(words: list[_Word], acr: str) -> tuple[int, int] | None:
    """When the letters are another language's initials ("Directorate of Civil Protection
    (DGPC)", from the French name): the capitalised name before the parenthesis that opens
    with the first letter and whose every initial is one of the letters, all but one of
    them given; printed as is."""
    if len(acr) < 3 or not acr.isalpha():
        return None
    first = len(words)
    while first > 0 and (words[first - 1].core[:1].isupper() or words[first - 1].function):
        first -= 1
    content = [i for i in range(first, len(words)) if not words[i].function]
    if not content or content[-1] != len(words) - 1:
        return None
    for k, i in enumerate(content):
        initials = [words[j].core[0].lower() for j in content[k:]]
        if initials[0] != acr[0] or len(initials) < len(acr) - 1 or len(initials) > len(acr):
            continue
        if all(initials.count(c) <= acr.count(c) for c in initials):
            return i, len(words) - 1
    return None


def _name_before(text: str, lo: int, m: re.Match[str]) -> tuple[str, str, int] | None:
    """The acronym of a ``_PAREN_ACR`` match, the expansion printed before it and where that starts;
    a word printed with the letters ("Africa CDC") must open the expansion."""
    acr, pre = m.group("acr") or m.group("or_acr"), m.group("pre")
    if not is_acronym(acr):
        return None
    words = _words_before(text, lo, m.start())
    if len(words) > 2 and words[-2].core.lower() == "of" and _YEAR.fullmatch(words[-1].core):
        words = words[:-2]  # "... Persons Act of 2000 (RLUIPA)"
    if not words:
        return None
    cores, lets = [w.core for w in words], letters(acr)
    got = align(cores, lets) or _loose(text, words, lets) or _foreign(words, lets)
    if got is None:
        return None
    first, last = _office_of(words, *got, lets)
    if pre is not None:
        if first == 0 or words[first - 1].core != pre:
            return None
        first, acr = first - 1, f"{pre} {acr}"
    exp = _expansion(text, words, first, last)
    return None if exp is None else (acr, exp[0], exp[1])


def _office_of(words: list[_Word], first: int, last: int, acr: str) -> tuple[int, int]:
    """The expansion widened to an office in front whose initial the first letter shares with
    the first word ("Office of Oil Spill Prevention and Response (OSPR)": O is both)."""
    if first >= 2 and words[first - 1].core.lower() in ("of", "for"):
        head = words[first - 2].core
        if head.lower() in ORG_FRONT_HEADS and head[0].lower() == acr[0] == words[first].core[0].lower():
            return first - 2, last
    return first, last


def _definitions(text: str, region: Span) -> list[tuple[str, str, Span]]:
    """Every (acronym, expansion, span) defined in ``region``, in text order."""
    lo, hi = region
    found: list[tuple[str, str, Span]] = []
    for m in _PAREN_ACR.finditer(text, lo, hi):
        pair = _name_before(text, lo, m)
        if pair is not None:
            found.append((pair[0], pair[1], (pair[2], m.end())))
    for m in _ACR_PAREN.finditer(text, lo, hi):
        acr, inner = m.group("acr"), m.group("inner")
        if not is_acronym(acr):
            continue
        ilo = m.start("inner")
        words = [_Word(w.start() + ilo, w.end() + ilo, core(w.group())) for w in _WORD.finditer(inner)]
        while words and words[0].core.lower() in ("the", "a", "an"):
            words = words[1:]
        if len(words) < 2 or len(words) > _MAX_WORDS:
            continue
        got = align([w.core for w in words], letters(acr))
        if got is None or got[0] != 0 or got[1] != len(words) - 1:
            continue
        exp = _expansion(text, words, *got)
        if exp is not None:
            found.append((acr, exp[0], (m.start(), m.end())))
    found.sort(key=lambda d: d[2])
    return found


def _uses(text: str, acrs: list[str], regions: tuple[Span, ...]) -> dict[str, list[Span]]:
    """Every bare use of each of ``acrs`` in ``regions``, found in one pass over the text."""
    found: dict[str, list[Span]] = {a: [] for a in acrs}
    if not acrs:
        return found
    names = "|".join(re.escape(a) for a in sorted(set(acrs), key=len, reverse=True))
    pat = re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")
    for lo, hi in regions:
        for m in pat.finditer(text, lo, hi):
            found[m.group()].append(m.span())
    return found


NAME: Final = "acronyms"
NEEDS: Final[tuple[str, ...]] = ()


def extract(ctx: Context) -> tuple[Acronym, ...]:
    """Find every acronym the release defines, once each, with its later bare uses."""
    return find(ctx.text, ctx.regions)


def find(text: str, regions: tuple[Span, ...]) -> tuple[Acronym, ...]:
    """The acronyms defined in ``regions`` of ``text``, once each, with their later bare uses."""
    seen: set[str] = set()
    defined: list[tuple[str, str, Span]] = []
    for region in regions:
        for acr, expansion, span in _definitions(text, region):
            key = acr.replace(".", "")
            if key not in seen:
                seen.add(key)
                defined.append((acr, expansion, span))
    uses = _uses(text, [d[0] for d in defined], regions)
    return tuple(
        Acronym(acronym=acr, expansion=exp, span=span, mentions=[u for u in uses[acr] if u[0] >= span[1]])
        for acr, exp, span in defined
    )
