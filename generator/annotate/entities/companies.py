"""A company's short names in one story: "Savin said" after "Savin Corp", "First
Financial" after "First Financial Management Corp", a division named after a person
("Conner Ballan division"). `resolution.resolve_candidates` calls these before it groups
the story's mentions into entities."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wordfreq import zipf_frequency

from generator.annotate import census, ner
from generator.annotate.entities.aliases import company_base, is_acronym, is_country, name_words
from generator.annotate.entities.candidates import Candidate, is_place, span_name
from generator.annotate.entity_words import FIRM_PARTS, INFLECTIONS, SAME_COMPANY_WORDS
from generator.annotate.words import (
    CONNECTORS,
    FIRM_LAST_WORDS,
    NATIONALITY_WORDS,
    ORGANIZATION_HEADS,
    ORGANIZATION_LAST_WORDS,
)

# a place or a line of business in brackets inside a firm's name: its unit's, "Deutsche
# Bank (Asia) AG" of "Deutsche Bank AG"
_QUALIFIER = re.compile(r" \([^)]*\)")
_PART_AFTER = re.compile(r" (?:" + "|".join(FIRM_PARTS) + r")\b")


def companies_by_first_word(candidates: list[Candidate], text: str) -> None:
    """ "Savin said" after "Savin Corp": the company by its short name, not a person. A
    body named after a person the article names ("Clinton" beside "Hillary Clinton" and the
    "Clinton Foundation", "Obama Administration") is the person: only a company's legal
    form makes the short name the company's."""
    companies: dict[str, str] = {}
    for c in candidates:
        words = span_name(c, text).split()
        if (
            c.type == "organization"
            and len(words) > 1
            and words[-1].lower() in ORGANIZATION_LAST_WORDS
            and words[0][:1].isupper()
        ):
            companies.setdefault(words[0], " ".join(words))
    named = {
        w[-1] for c in candidates if c.type == "person" and len(w := span_name(c, text).split()) > 1
    }
    for c in candidates:
        span = span_name(c, text)
        if c.entry is not None or c.type != "person" or span not in companies:
            continue
        if span not in named or company_base(companies[span]) != companies[span]:
            c.type, c.form = "organization", companies[span]


def units(candidates: list[Candidate], text: str) -> None:
    """ "analyst with Conner Ballan division of Edward Viner and Co": a "person" a firm's
    part follows is the part, a body; no person has a division (so "said Ballan" is the
    analyst Jerry Ballan, not the division)."""
    for c in candidates:
        if c.type == "person" and c.entry is None and _PART_AFTER.match(text, c.end):
            c.type = "organization"


def companies_by_short_name(candidates: list[Candidate], text: str) -> None:
    """ "First Financial said" after "First Financial Management Corp": a short name the
    article uses after naming one company in full (with its legal form, or else a firm's
    last word: "Telcom International Group") is that company. Not when the article
    names a company by the short name itself ("Cominco American Inc, a unit of Cominco
    Ltd"), nor when the longer name adds a place to a one-word short name ("Hyundai Motor
    America", "Ford Motor Co of Canada"): that one is a unit of the other's, and so is a
    country's unit named by the short name and its place ("Vostrand Motor America"). A
    short name of two words or more that begins the one company the story names so is
    that company where its name goes on with other words than a place's ("Carolina Power"
    of "Carolina Power and Light Co", "Occidental Life" of "Occidental Life Insurance Co
    of Australia Ltd"); one that drops the first word may be a unit ("Barrick Resources
    (USA) Inc" of "American Barrick Resources Corp")."""
    full: dict[tuple[str, ...], tuple[int, str]] = {}  # base words -> (first start, name)
    initials = set()  # "IEL" is "Industrial Equity Ltd", not "IEL Finance Ltd"
    first: dict[str, int] = {}  # where each name is first used
    said: dict[str, int] = {}  # ... and first used below the title
    for c in candidates:
        span = span_name(c, text)
        base = company_base(span)
        for name in (span, base):
            initials.add("".join(word[0] for word in name.split() if word[:1].isupper()))
        first.setdefault(span, c.start)
        if not c.headline:
            said.setdefault(span, c.start)
        if c.type == "organization" and base and base != span and _proper(span):
            start, _ = full.get(name_words(base), (c.start, span))
            full[name_words(base)] = (min(start, c.start), span)
    firms: dict[tuple[str, ...], tuple[int, str]] = {}  # "Telcom International Group"
    for c in candidates:
        span = span_name(c, text)
        words = name_words(span)
        if (
            c.type == "organization"
            and len(words) > 1
            and words[-1] in _FIRM_WORDS
            and company_base(span) == span
            and _proper(span)
        ):
            firms.setdefault(words, (c.start, span))
    body: dict[str, list[str | None]] = {}  # a short name -> what its body mentions name
    for c in sorted(candidates, key=lambda c: c.headline):  # the body's first
        span = span_name(c, text)
        if c.entry is not None or c.type != "organization" or company_base(span) != span:
            continue
        long = _long_form(c, span, _Named(full, firms, initials, first, said), text)
        twins = body.get(span, [])
        if c.headline and twins:  # "EVERBRIGHT" above "An Everbright statement" is that one
            long = twins[0] if len(set(twins)) == 1 else None
        elif not c.headline:
            body.setdefault(span, []).append(long)
        if long is not None:
            c.form = long


@dataclass(slots=True)
class _Named:
    """What a story names: its companies in full and its firms by their base words (->
    where first named, the name), the initials of its names, where each name is first
    used, and first used below the title."""

    full: dict[tuple[str, ...], tuple[int, str]]
    firms: dict[tuple[str, ...], tuple[int, str]]
    initials: set[str]
    first: dict[str, int]
    said: dict[str, int]


def _long_form(c: Candidate, span: str, named: _Named, text: str) -> str | None:
    """The full name of the one company a short name names (see
    `_companies_by_short_name`), or None."""
    full, firms, initials, first = named.full, named.firms, named.initials, named.first
    words = name_words(span)
    if words in full or span in initials or _region(span):
        return None  # "Cominco" beside "Cominco Ltd" is that one
    if text[max(0, c.start - 3) : c.start] in ("'s ", "’s "):
        return None  # "Malaysia's Central Bank": its owner's, not "Cooperative Central Bank"
    before = len(text) if c.headline else c.start  # a title writes the short name
    longer = _beginning(words, full, before) or _beginning(words, firms, before)
    if len(longer) > 1:  # "Deutsche" names the parent, not its "(Asia)" unit
        parents = {n: _QUALIFIER.sub("", n) for n in longer}
        units = {n for n, parent in parents.items() if parent != n and parent in longer}
        longer = {n: at for n, at in longer.items() if n not in units}
    ticked = _ticker_of(span, [n for _, n in (*full.values(), *firms.values())], text)
    if ticked is not None and set(longer) <= {ticked}:
        return ticked  # not "BCW" of "BCW Acquisition Inc" beside "Becor Western <BCW>"
    if len(longer) != 1:
        return None
    ((name, start),) = longer.items()
    base = company_base(name).split()
    if _clipped(words, name_words(" ".join(base))) or _initialled(
        words, name_words(" ".join(base))
    ):
        return name  # "British Telecom", "GM Canada": the name itself, no part added
    if _inner(words, name_words(" ".join(base))):
        if named.said.get(span, len(text)) < start:
            return None  # "Airbus" before "Deutsche Airbus GmbH": the consortium, no partner
        return name if _inner_word(words, base, named, text) else None
    opening = text[max(0, start - 2) : start].strip() in ("", ".", '"', "“")
    if opening and name_words(company_base(name))[0] != words[0]:
        return None  # "Aiding Royal Trust's ...": a sentence's first word, not the name's
    if span.isupper() and is_acronym(span) and first[span] < start:
        return None  # "GM <GM> HOPES ..." before "GM Overseas Distribution Corporation";
        # a headline's "FORD", written "Ford" below, is no acronym
    extra = [w for w in company_base(name).split() if w.lower() not in words]
    begins = len(words) > 1 and name_words(company_base(name))[: len(words)] == words
    after = company_base(name).split()[len(span.split()) :][:1]
    national = any(is_country(w.strip("()")) or w in NATIONALITY_WORDS for w in after)
    if (
        (begins and not national)
        or not any(_place_word(word) for word in extra)
        or (
            _one_word_and_country(words, company_base(name).split())
            and not _RUN_ON.search(text[max(0, start - 40) : start])
        )
    ):
        return name
    return None


# last words of a firm's name that the news drops when it names the firm short ("Kobe
# Rubber Exchange", "Qantas Airways"); not a body's heads ("Senate Banking Committee" is
# no short name's, nor "Treasury Department")
_FIRM_WORDS = (
    FIRM_LAST_WORDS
    | SAME_COMPANY_WORDS
    | (
        ORGANIZATION_LAST_WORDS
        - ORGANIZATION_HEADS
        - {"department", "office", "board", "bureau", "authority", "administration"}
    )
)


def _beginning(
    words: tuple[str, ...], names: dict[tuple[str, ...], tuple[int, str]], before: int
) -> dict[str, int]:
    """The names, named before `before`, that `words` begin: a firm's name without a legal
    form counts only where no company with one does ("RMJ Securities" beside "RMJ
    Holdings Corp" is its unit); a name holding the short one inside it only where none
    begins with it ("Hughes" beside "Hughes Tool Co" and "Baker Hughes Inc")."""
    found = {
        name: (start, _inner(words, base))
        for base, (start, name) in names.items()
        if (len(base) > len(words) or _clipped(words, base))
        and _shortened(words, base)
        and start < before
    }
    beginning = {name: start for name, (start, inner) in found.items() if not inner}
    return beginning or {name: start for name, (start, _) in found.items()}


def _shortened(words: tuple[str, ...], base: tuple[str, ...]) -> bool:
    """Is `words` the name `base` shortened: its first words ("First Financial"), or, of
    two words or more, all its words but one, in order, the first or the last kept
    ("Statistics Office" of "Federal Statistics Office", "Kobe Exchange" of "Kobe Rubber
    Exchange"; not "Baltic Exchange" of "Baltic International Freight Futures Exchange"),
    or the surname of the person a company is named after ("Disney" of "Walt Disney"), or
    one rare word of it (`_inner`), or it with its last word clipped (`_clipped`) or its
    first words in initials (`_initialled`)?"""
    if base[: len(words)] == words:
        return True
    if _after_person(words, base) or _inner(words, base):
        return True  # "Disney" of "Walt Disney"; "Kodak" of "Eastman Kodak" (`_inner_word`)
    if _clipped(words, base) or _initialled(words, base):
        return True
    if len(words) < 2 or len(base) != len(words) + 1:
        return False
    if words[0] != base[0] and words[-1] != base[-1]:
        return False
    rest = iter(base)
    return all(word in rest for word in words) and not set(base) & CONNECTORS


def _clipped(words: tuple[str, ...], base: tuple[str, ...]) -> bool:
    """Is a short name the full one with its last word clipped ("British Telecom" of
    "British Telecommunications Plc")? Not a word's ending ("Bank" of "Banking", "Holding"
    of "Holdings") nor a few letters ("Royal Trust" of "Royal Trustco Ltd", its parent):
    two names may differ by those."""
    if len(words) < 2 or len(words) != len(base) or words[:-1] != base[:-1]:
        return False
    clip, word = words[-1], base[-1]
    cut = word[len(clip) :]
    return len(clip) >= 4 and word.startswith(clip) and len(cut) >= _CUT and cut not in INFLECTIONS


_CUT = 4  # the letters a clip drops at least: "Trust" of "Trustco" is the trust company


def _initialled(words: tuple[str, ...], base: tuple[str, ...]) -> bool:
    """Is a short name the full one with its first words in initials ("GM Canada" of
    "General Motors of Canada Ltd", "CP Air" of "Canadian Pacific Air Lines Ltd")? The
    rest must go on with the words after them, so "GM Canada" is not "General Motors Corp"."""
    if len(words) < 2 or len(words[0]) < 2:
        return False
    for k in range(2, len(base)):
        letters = "".join(w[0] for w in base[:k] if w not in CONNECTORS)
        rest = tuple(w for w in base[k:] if w not in CONNECTORS)
        if letters == words[0] and rest[: len(words) - 1] == words[1:]:
            return True
    return False


def _inner(words: tuple[str, ...], base: tuple[str, ...]) -> bool:
    """Is a one-word short name a word of a company's name but its first, not the
    surname of the person it is named after ("Kodak" of "Eastman Kodak", not "Disney" of
    "Walt Disney")? Such a name is the company's only where the story names no company
    that begins with it (`_beginning`) and `_inner_word` allows."""
    return len(words) == 1 and words[0] in base[1:] and not _after_person(words, base)


# "Holt, Rinehart and Winston Canada Ltd": the long name may be cut from a longer one
_RUN_ON = re.compile(r"\b[A-Z][\w.]*,? (?:and|&) $")


def _one_word_and_country(words: tuple[str, ...], base: list[str]) -> bool:
    """Is the long name the one word of the short name and a country, nothing else
    ("Unicorp Canada Corp" ... "Unicorp, a holding company")? The story that names it
    and the short word alone names no parent apart: a parent is named by a longer short
    name ("Vostrand Motor" of "Vostrand Motor America Inc") or in full."""
    return (
        len(words) == 1
        and len(base) == 2
        and is_country(base[1])
        and not is_acronym(base[0])
        and name_words(base[0]) == words
    )


def _region(name: str) -> bool:
    """Is a short name a country, continent or state ("Pennsylvania" beside "Pennsylvania
    Power and Light Co": the state's government, not the firm)? A town's name is no such
    sign: "Honda" and "Superior" are towns too, and the story that calls them organizations
    (its mentions voted so, a dateline's place would have outvoted them) means the firm."""
    return name in ner.regions() or is_country(name)


def _proper(name: str) -> bool:
    """Is every word of a name capitalised or a joining word ("Bank of Japan")? The
    model's "Western National Life Insurance Co from Beneficial Corp" is not."""
    return all(w[:1].isupper() or w in CONNECTORS or not w[:1].isalpha() for w in name.split())


# the joining words that put a place into a company's name ("Ford Motor Co of Canada")
_PLACE_JOINS = frozenset({"of", "in", "at"})


def _place_word(word: str) -> bool:
    """Does a word of a company's name say where it is ("America", "Canada", "U.S.", "of")?
    An "and" does not: "Superior" of "Superior Coffee and Foods" is the firm."""
    return (
        word.lower() in _PLACE_JOINS
        or word in NATIONALITY_WORDS
        or is_place(word)
        or is_country(word)
    )


def _after_person(words: tuple[str, ...], base: tuple[str, ...]) -> bool:
    """Is `words` the surname of the person a company is named after ("Disney" of "Walt
    Disney")?"""
    return (
        len(words) == 1
        and len(base) == 2
        and words[0] == base[1]
        and census.first_name(base[0])
        and base[1] not in ORGANIZATION_LAST_WORDS
    )


_COMMON = 4.0  # wordfreq's Zipf scale: "kodak" 3.3, "lynch" 3.9; "chase" 4.4, "mining" 4.6


def _inner_word(words: tuple[str, ...], base: list[str], named: _Named, text: str) -> bool:
    """May a one-word short name that is not the first word of a company's name be that
    company ("Kodak said" after "Eastman Kodak Co", "TVX already holds" after "Consolidated
    TVX Mining Corp")? Only a word English seldom uses, and the story never in small
    letters, no firm word nor place ("Erie" is the lake's), with no country or nationality
    before it ("Hoechst" beside "American Hoechst Corp" is the German parent, not its
    unit) and nothing but a firm's words after it ("Mining"; "Hutton" beside "E.F. Hutton
    LBO Inc" is the group the LBO unit belongs to). The words before it must name no other
    company of the story ("Celanese" beside "Hoechst AG" and "Hoechst Celanese Corp" is
    the company Hoechst bought, not the one named after both), nor be written apart from
    it: "raised to BBB-plus from BBB Hechinger Co's" glues a rating to the name."""
    word = words[0]
    index = next((i for i, w in enumerate(base) if name_words(w) == words), 0)
    owner = name_words(" ".join(base[:index]))
    before = re.escape(" ".join(base[:index]))
    return (
        index > 0
        and not re.search(rf"(?<![\w.<]){before}(?! (?i:{re.escape(base[index])})\b)", text)
        and owner not in named.full
        and owner not in named.firms
        and zipf_frequency(word, "en") < _COMMON
        and word not in _FIRM_WORDS
        and not re.search(r"\b" + re.escape(word) + r"\b", text)  # folded: in small letters
        and not is_place(word.title())
        and all(w.lower() in ORGANIZATION_LAST_WORDS for w in base[index + 1 :])
        and not any(
            is_country(w.strip("()")) or w in NATIONALITY_WORDS or _region(w) for w in base[:index]
        )
    )


def _ticker_of(short: str, names: list[str], text: str) -> str | None:
    """The one company the story writes with the short name as its ticker: "KLM Royal
    Dutch Airlines <KLM.AS>" ... "KLM said" (the news gives a firm's ticker right after its
    name, so the short name is that firm, not a part of it named before)."""
    if not short.isupper() or not is_acronym(short):
        return None
    ticked = set()
    for m in re.finditer(r"<" + re.escape(short) + r"(?:\.[A-Z]{1,3})?>", text):
        before = name_words(text[max(0, m.start() - 80) : m.start()].rstrip(" >"))
        for name in names:
            base = name_words(company_base(name))
            if len(base) > 1 and before[-len(base) :] == base:
                ticked.add(name)
    return ticked.pop() if len(ticked) == 1 else None
