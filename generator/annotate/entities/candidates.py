"""Entity candidates: spans that may name a person, organization, place or event.

A candidate comes from the registry, the statistical model, a rule (events, acronym
definitions, the dateline) and is trimmed of titles and function words before any
decision about which entity it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.annotate import census, ner
from generator.annotate.entities.aliases import company_base, is_country, usual_name
from generator.annotate.entities.name_starts import (
    INITIAL_WORD,
    given_after_title,
    given_name_before,
    surname_in_compound,
    unknown_given_name_before,
    word_given_name_before,
)
from generator.annotate.entity_words import (
    LEGAL_FORM_LAWS,
    PARTY_WORDS,
)
from generator.annotate.registry import Registry, RegistryEntry
from generator.annotate.words import (
    CONNECTORS,
    CUES,
    DATE_WORDS_BEFORE_MONTH,
    ENTITY_EXTRA_TITLES,
    FIRM_LAST_WORDS,
    FIRST_PERSON,
    HONORIFICS,
    MONTH_NAMES,
    NAME_PARTICLES,
    NOT_ENTITIES,
    NOT_NAMES,
    OFFICE_WORDS,
    ORGANIZATION_HEADS,
    ORGANIZATION_LAST_WORDS,
    RANKS,
    REGNAL_NUMBERS,
    ROLE_HEADS,
    ROLE_WORDS,
    TERM_LAST_WORDS,
    TITLE_WORDS,
)
from generator.model import Article, EntityType

_TITLES = TITLE_WORDS | ENTITY_EXTRA_TITLES  # "Treasurer Paul Keating" is Paul Keating


SEARCHED_BLOCKS = ("title", "lead", "paragraph", "heading", "table")


HEADLINE_BLOCKS = ("title", "heading")


# Only the title's names need the body's confirmation: its capitals say nothing.
CONFIRMED_BLOCKS = ("title",)


_RANK_WORDS = frozenset(word for rank in RANKS for word in rank.split() if word[:1].isupper())


ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,9}$")


CIVIL_GENERALS = frozenset(
    {
        "Attorney",
        "Secretary",
        "Surgeon",
        "Solicitor",
        "Inspector",
        "Postmaster",
        "Auditor",
        "Consul",
        "Governor",
        "Director",
        "Procurator",
        "Prosecutor",
        "Comptroller",
    }
)


OPENING_MARKS = frozenset({'"', "“", "'", "‘", "(", "[", "-", "—", "–"})


DATELINE_AFTER = re.compile(r" ?(?:\(|[-–—] )")  # "CLEVELAND - ", "Cleveland (AFP) –"


_PARTY_CODE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")  # "R-Fla": party and state


INITIAL = re.compile(r"^[A-Z]\.$")


VERBS_AFTER_NAMES = frozenset({"said", "says", "told", "is", "was", "has", "had", "will", "would"})


POSSESSIVE = frozenset({"'s", "’s", "'S", "’S"})


@dataclass(slots=True)
class Candidate:
    """A mention before resolution: span, type, how it was found, and its entity key."""

    start: int
    end: int
    type: EntityType
    source: str  # registry, crf, rule, description, repeat
    key: str = ""
    entry: RegistryEntry | None = None
    headline: bool = False
    weak: bool = False  # a context alias: counts only beside another mention
    name: str = ""  # the name to show, when the span is not it ("MOSCOW")
    form: str = ""  # a capitals mention's usual form in the article ("VARGA" -> "Varga")


class Region:
    """One searched block, tokenised, with its sentences."""

    __slots__ = ("kind", "text", "tokens", "words", "starts", "headline_case", "start", "end")

    def __init__(self, kind: str, text: str, start: int) -> None:
        self.kind = kind
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.tokens = ner.tokenize(text, start)
        self.words = [t.text for t in self.tokens]
        self.starts = [t.start for t in self.tokens]
        self.headline_case = kind in HEADLINE_BLOCKS and _is_headline_case(self.tokens)


def _is_headline_case(tokens: list[ner.Token]) -> bool:
    """Title Case or ALL CAPS: capitals there say nothing about names."""
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    if len(words) < 2:
        return False
    if sum(1 for w in words if w.isupper()) >= 0.6 * len(words):
        return True
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    return len(long_words) >= 2 and capitalised >= 0.8 * len(long_words)


def regions_of(article: Article) -> list[Region]:
    blocks = [b for b in article.blocks if b.kind in SEARCHED_BLOCKS]
    if not article.blocks:
        return [Region("paragraph", article.text, 0)]
    regions: list[Region] = []
    for block in blocks:
        if block.kind != "table":
            regions.append(Region(block.kind, article.text[block.start : block.end], block.start))
            continue
        position = block.start  # a table is read row by row: a row is a sentence
        for line in article.text[block.start : block.end].split("\n"):
            if line.strip():
                regions.append(Region("table", line, position))
            position += len(line) + 1
    return regions


def registry_matches(region: Region, registry: Registry) -> list[Candidate]:
    """Registry names and aliases, longest first, token-aligned (case as written)."""
    lookup = registry.lookup()
    if not lookup.names:
        return []
    found: list[Candidate] = []
    tokens = region.tokens
    keys = [t.text for t in tokens]  # a name's first word has no curly apostrophe to fold
    if region.headline_case:
        keys = [k.lower() for k in keys]
    names = lookup.folded if region.headline_case else lookup.names
    firsts = lookup.folded_firsts if region.headline_case else lookup.firsts
    i = 0
    while i < len(tokens):
        if keys[i] not in firsts:
            i += 1
            continue
        for length in range(min(lookup.longest, len(tokens) - i), 0, -1):
            key = normal_name(" ".join(keys[i : i + length]))
            entry = names.get(key)
            if entry is not None:
                start, end = tokens[i].start, tokens[i + length - 1].end
                weak = key in lookup.context
                found.append(Candidate(start, end, entry.type, "registry", entry=entry, weak=weak))
                i += length
                break
        else:
            i += 1
    return found


def acronym_definitions(region: Region) -> list[Candidate]:
    """ "Organization for Security and Cooperation in Europe (OSCE)": both, one entity.

    The long form is the shortest run of capitalised words and connectors before the
    parenthesis whose initials spell the acronym. An acronym of three letters or more set
    between commas right after the name is one too ("Petroleos de Venezuela, PDVSA, the
    state oil company"): the spelling keeps a list's next name out.
    """
    found: list[Candidate] = []
    tokens = region.tokens
    words = region.words
    for i in [i for i, word in enumerate(words) if word in ("(", ",")]:
        closing = ")" if words[i] == "(" else ","
        if i < 2 or i + 2 >= len(tokens) or words[i + 2] != closing:
            continue
        acronym = tokens[i + 1].text
        if not ACRONYM.match(acronym) or (closing == "," and len(acronym) < 3):
            continue
        end = _before_symbol(words, i)  # "North Broken Hill Holdings Ltd <NBHA.ME> (NBH)"
        first = _long_form_start(tokens, end, acronym)
        if first is None or (closing == "," and not _a_body(words[first:end])):
            continue
        long_start, long_end = tokens[first].start, tokens[end - 1].end
        key = "acronym:" + acronym
        found.append(Candidate(long_start, long_end, "organization", "rule", key=key))
        acronym_token = tokens[i + 1]
        found.append(
            Candidate(acronym_token.start, acronym_token.end, "organization", "rule", key=key)
        )
    return found


def _a_body(words: list[str]) -> bool:
    """Do `words` name a body, not a term of trade ("Gross Domestic Product, GDP,", "Frozen
    Concentrated Orange Juice, FCOJ,")? A body's last word, or a link word inside them
    ("Chicago Board of Trade", "Petroleos de Venezuela") and no term's last word."""
    last = words[-1].lower()
    if last in ORGANIZATION_LAST_WORDS:
        return True
    return any(w in _LINKS for w in words) and last not in TERM_LAST_WORDS


def _before_symbol(words: list[str], paren: int) -> int:
    """Where the name before "(" ends: before the stock symbol the wire sets between a
    company's name and its acronym ("<NBHA.ME>"), if there is one."""
    if paren > 1 and words[paren - 1] == ">":
        opening = next((k for k in range(paren - 2, max(0, paren - 7), -1) if words[k] == "<"), 0)
        return opening or paren
    return paren


_LINKS = CONNECTORS | NAME_PARTICLES  # "Petroleos de Venezuela", "Board of Trade"
_INNER_LETTERS = 4  # an acronym this long may take letters from inside a word ("PCIAC")
_APOSTROPHES = frozenset({"'", "’"})  # a plural's possessive: "Farmers' Home Administration"


def _long_form_start(tokens: list[ner.Token], paren: int, acronym: str) -> int | None:
    """Where the long form before "(ACRONYM)" begins: the shortest run of capitalised
    words and connectors (a name's particle too: "de") whose initials spell it, a
    connector's initial counted or not
    ("Board of Investments (BOI)", "Organization for Security and Cooperation in Europe
    (OSCE)"), a possessive inside it no word of its own ("National People's Congress
    (NPC)", "Farmers' Home Administration (FmHA)": the model cuts at the possessive)."""
    letters = acronym.replace("&", "").upper()
    words: list[str] = []
    first = paren
    while first > 0 and paren - first < 12:
        word = tokens[first - 1].text
        plural = word in _APOSTROPHES and first > 1 and tokens[first - 2].text.endswith("s")
        if (word in POSSESSIVE or plural) and words:
            first -= 1  # "People's Congress": the possessive of a word the initials count
            continue
        if not word[:1].isupper() and word.lower() not in _LINKS:
            break
        words.insert(0, word)
        first -= 1
        whole = first == 0 or not tokens[first - 1].text[:1].isupper()
        if word[:1].isupper() and _spells_out(words, letters, whole):
            return first
        if sum(w[:1].isupper() for w in _without_legal_tail(words)) > len(letters):
            break
    return _translated_start(tokens, paren, letters)


def _translated_start(tokens: list[ner.Token], paren: int, letters: str) -> int | None:
    """Where a translated long form begins: the capitalised words just before the
    parenthesis, as many as the acronym's letters, whose initials are those letters in
    another order ("the Mexican Coffee Institute (IMC)": the acronym of the Spanish name).
    A connector among them, or a word more, and it is no long form of this acronym."""
    first = paren - len(letters)
    words = [t.text for t in tokens[max(first, 0) : paren]]
    if len(letters) < 3 or first < 0 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    before = tokens[first - 1].text if first > 0 else ""
    if before[:1].isupper() and before.isalpha():
        return None  # "Banco Mexican Coffee Institute (IMC)": a longer run, not this one
    return first if sorted(w[0] for w in words) == sorted(letters) else None


def _spells_out(words: list[str], letters: str, whole: bool) -> bool:
    """Do `words` spell `letters` (`_spells`), a legal form or "Holdings" after them
    counted or not ("North Broken Hill Holdings Ltd (NBH)"), or, for a body's whole name
    (no capitalised word before it) and four letters or more, with a word giving letters
    from inside it too ("Petrocanada International Assistance Corporation (PCIAC)",
    "Singapore International Monetary Exchange (SIMEX)"; not a rate's or a weapon's name,
    nor "Constructors' Association" of "the Automobile Constructors' Association (CSCA)")?"""
    base = _without_legal_tail(words)
    return (
        _spells(words, letters)
        or (base != words and _spells(base, letters))
        or _spells_but_legal_form(words, letters)
        or (
            whole
            and len(letters) >= _INNER_LETTERS
            and words[-1].lower() in ORGANIZATION_LAST_WORDS  # no "Offered Rate (LIBOR)"
            and _inner_spells(words, letters)
        )
    )


def _spells_but_legal_form(words: list[str], letters: str) -> bool:
    """Do `words` spell all of `letters` but two closing ones that are the firm's legal
    form, which the name leaves out ("Petroleos de Venezuela" of "PDVSA": S.A.)?"""
    form, rest = letters[-2:], letters[:-2]
    return len(rest) >= 3 and form.lower() in LEGAL_FORM_LAWS and _spells(words, rest)


def _without_legal_tail(words: list[str]) -> list[str]:
    """The words before a firm's closing words ("Holdings Ltd"), which acronyms often skip."""
    base = list(words)
    while base and base[-1].lower() in FIRM_LAST_WORDS:
        base.pop()
    return base


def _inner_spells(words: list[str], letters: str) -> bool:
    """`_spells`, but a capitalised word may give, after its initial, more letters of
    itself in order ("Petrocanada": P and C)."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if not word[:1].isupper():
        return _inner_spells(rest, letters) or (
            letters[:1] == word[0].upper() and _inner_spells(rest, letters[1:])
        )
    if letters[:1] != word[0]:
        return False
    taken, inside = 1, word[1:].upper()
    while True:
        if _inner_spells(rest, letters[taken:]):
            return True
        found = inside.find(letters[taken : taken + 1]) if taken < len(letters) else -1
        if found < 0:
            return False
        inside, taken = inside[found + 1 :], taken + 1


def _spells(words: list[str], letters: str) -> bool:
    """Do the initials of `words` spell `letters`, every capitalised word's initial in
    its place and a connector's one there or not?"""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if not word[:1].isupper():
        if letters[:1] == word[0].upper() and _spells(rest, letters[1:]):
            return True
        return _spells(rest, letters)
    return letters[:1] == word[0] and _spells(rest, letters[1:])


def dateline_mentions(article: Article) -> list[Candidate]:
    """The dateline's place ("MOSCOW") and agency ("/TASS/"), as the reader found them."""
    found: list[Candidate] = []
    for block in article.blocks_of("dateline")[:1]:
        segment = article.text[block.start : block.end]
        pairs: tuple[tuple[str | None, EntityType], ...] = (
            (article.place_raw or article.place, "place"),
            (article.agency, "organization"),
        )
        for value, kind in pairs:
            if not value:
                continue
            index = segment.find(value)
            if index < 0:
                index = segment.upper().find(value.upper())
            if index >= 0:
                start = block.start + index
                name = article.place if kind == "place" and article.place else value
                key = f"{kind}:{normal_name(name).lower()}"
                found.append(Candidate(start, start + len(value), kind, "rule", key=key, name=name))
                if kind == "place":
                    found.extend(_dateline_regions(segment, index + len(value), block.start))
    return found


_DATELINE_REGION = re.compile(r"[ ]?,[ ]([A-Z][A-Za-z.'-]+(?:[ ][A-Z][A-Za-z.'-]+){0,2})")


def _dateline_regions(segment: str, position: int, offset: int) -> list[Candidate]:
    """The state or country after a dateline's city: `TAVILDARA, Tajikistan 1996-08-30`."""
    found = []
    while match := _DATELINE_REGION.match(segment, position):
        name = match[1].rstrip(".")
        if name.split()[0].casefold() in MONTH_NAMES:
            break  # `NEW YORK, Feb 26`: the date, not a region
        start = offset + match.start(1)
        found.append(Candidate(start, start + len(name), "place", "rule"))
        position = match.end()
    return found


def trim_candidate(candidate: Candidate, text: str) -> list[Candidate]:
    """Drop leading "The", ranks and titles and a trailing possessive from a span, and split
    "NATO Alexander Grushko" (a body's name run into a person's) in two."""
    if candidate.source == "registry":
        return [candidate]
    if candidate.type == "person":
        candidate.end = surname_in_compound(candidate.end, text)
    joined = _joined_names(candidate, text)
    if joined is None:
        joined = _owner_and_unit(candidate, text)
    if joined is None:
        joined = _glued_by_a_word(candidate, text)
    if joined is not None:
        return [part for piece in joined for part in trim_candidate(piece, text)]
    span = text[candidate.start : candidate.end]
    if " " not in span and span[:1].isalnum() and span[-1:].isalnum():  # one word: most names
        if span.lower() in NOT_NAMES or span in NOT_ENTITIES or _PARTY_CODE.match(span):
            return []
        if (
            not span.isupper()
            and _TITLE_ABBREVIATION.match(text, candidate.end)
            and f"{span.lower()}." in ROLE_WORDS
        ):
            return []  # "Sec. Clinton", "Sen. Kaine": a title before a name, no acronym
        if span.lower() in MONTH_NAMES:  # "Feb", "Sept": a date's month
            return []
        if candidate.type == "organization" and (span in ner.regions() or is_country(span)):
            candidate.type = "place"  # "Texas", "Surinam": the state, not (as in CoNLL) a team
        if candidate.type == "person":
            candidate.start = word_given_name_before(candidate.start, text)
        return [candidate]
    tokens = ner.tokenize(span, candidate.start)
    if _contraction(tokens[0]):
        return []  # "I'm Muslim", "I'm Nancy": a sentence's words, whatever the model said
    while tokens and (
        tokens[-1].text in POSSESSIVE
        or not tokens[-1].text[:1].isalnum()
        or _contraction(tokens[-1])  # "Jim Eastland I've"
    ):
        tokens.pop()
    while tokens and (tokens[0].text.lower() in NOT_NAMES or not tokens[0].text[:1].isalnum()):
        if _a_name_word(tokens, text) or _firm_month(tokens[0], tokens[1:], text):
            break
        tokens.pop(0)
    if candidate.type == "person":
        tokens = _person_tokens(tokens, text)
    if not tokens:
        return []
    if candidate.type == "organization":
        tokens = _with_month_before(tokens, text)
    parts = [candidate]
    first_names = ner.resources()[2]
    if candidate.type in ("organization", "place", "other") and candidate.source == "crf":
        for k in range(1, len(tokens) - 1):
            if (
                tokens[k].text in first_names
                and tokens[k - 1].text.isupper()
                and all(is_capitalised(t.text) for t in tokens[k + 1 :])
            ):
                person = Candidate(tokens[k].start, tokens[-1].end, "person", "crf")
                parts.append(person)
                tokens = tokens[:k]
                break
    if text[tokens[0].start : tokens[-1].end] in NOT_ENTITIES or (
        len(tokens) == 1 and _PARTY_CODE.match(tokens[0].text)
    ):
        return []
    if len(parts) == 1 and candidate.type in ("organization", "place", "other"):
        split = _split_title(candidate, tokens)
        if split is None and candidate.source == "crf":
            split = _person_of_body(tokens, text)
        if split is not None:
            return split
    if candidate.type == "organization" and len(tokens) == 1 and tokens[0].text in ner.regions():
        candidate.type = "place"  # "Texas": the state, not (as in CoNLL's sports pages) a team
    candidate.start, candidate.end = tokens[0].start, tokens[-1].end
    if candidate.type == "person":
        candidate.start = unknown_given_name_before(given_name_before(candidate.start, text), text)
    return parts


def _contraction(token: ner.Token) -> bool:
    """ "I'm", "I’ve": a speaker's words, never part of a name."""
    return token.text.lower() in FIRST_PERSON and not token.text.isalpha()


# small words that begin names when the text capitalises them inside a sentence
_NAME_OPENERS = frozenset({"Our", "No"})


def _a_name_word(tokens: list[ner.Token], text: str) -> bool:
    """A capitalised "Our" or "No" the text also writes inside a sentence before the same
    words ("ads from Our Principles PAC", "than No Child Left Behind mandated"): the
    first word of a name ("Our Revolution", "No Child Left Behind"), not the word a
    sentence opens with, so kept wherever the name stands."""
    first = tokens[0].text
    if first not in _NAME_OPENERS or len(tokens) < 2:
        return False
    rest = re.escape(text[tokens[1].start : tokens[-1].end])
    return re.search(rf"[a-z,] {first} {rest}\b", text) is not None


# the word before a span, whatever its case ("In May ...", "said May ..."), and a
# capitalised word right before a span
_ANY_WORD_BEFORE = re.compile(r"(\w+) \Z")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+) \Z")


def _firm_month(month: ner.Token, rest: list[ner.Token], text: str) -> bool:
    """ "May Department Stores Co said", "said May Petroleum Inc": a capitalised month's
    word before capitalised words that end in a business's word is the firm's first word,
    not a date, unless a word before it makes it one ("in May", "last March", "since
    June"; a day or a year after it is no part of a firm's span). Dropped, or left out by
    the model, it leaves a page "Department Stores Co" and none for the firm."""
    if month.text.lower() not in MONTH_NAMES or not month.text[:1].isupper():
        return False
    if not rest or not rest[0].text[:1].isupper() or rest[-1].text.lower() not in FIRM_LAST_WORDS:
        return False
    before = _ANY_WORD_BEFORE.search(text, max(0, month.start - 20), month.start)
    return before is None or (
        before[1].lower() not in DATE_WORDS_BEFORE_MONTH and not before[1].isdigit()
    )


def _with_month_before(tokens: list[ner.Token], text: str) -> list[ner.Token]:
    """A firm's span with the month's word the model left out before it ("May" of "May
    Department Stores Co", see `_firm_month`)."""
    before = _CAPITALISED_BEFORE.search(text, max(0, tokens[0].start - 12), tokens[0].start)
    if before is None:
        return tokens
    month = ner.Token(before[1], before.start(1), before.end(1))
    return [month, *tokens] if _firm_month(month, tokens, text) else tokens


# a title's abbreviation, its full stop and a name ("Sec. Clinton"): never an acronym
# however the abbreviation is spelt ("SEC. The filing" is the acronym, in capitals)
_TITLE_ABBREVIATION = re.compile(r"\. [A-Z][a-z]")

# a party before a surname ("Democrat Clinton", "Republican Trump") and a hyphenated post
# before a name ("Co-anchor Norah O'Donnell") say who the name is, not part of it
_PARTY_BEFORE = re.compile(r"(\w+) (?=[A-Z][\w'’-]+$)")
_HYPHENATED_POST = re.compile(r"(?:Co|Ex|Then|Vice)-[a-z]+ (?=[A-Z])")
_JOINED = re.compile(r" and the (?=[A-Z])")  # "Black Lives Matter and the Workers World Party"
# a company's legal form, "and" or "'s" and another name: two companies ("Gordon Capital
# Corp and First Marathon Securities Ltd", "Wisconsin Energy Corp's Wisconsin Electric
# Power Co"), where "Goldman, Sachs and Co" is one
_FIRMS_JOINED = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Plc)\.?( and |['’]s )(?=[A-Z])")
# one head before "of" twice, joined by "and": two bodies ("Bank of Taiwan and Bank of
# Communications", "Ministry of Finance and Ministry of Trade")
_SAME_HEADS_JOINED = re.compile(r"^([A-Z][a-z]+) of [^,]+?( and )(?=\1 of [A-Z])")
# a legal form's full stop and a capitalised word that is no other legal form: a sentence
# or a list goes on to the next name ("... of Dolan Inc. Harbor Marketing said")
_FORM_ENDS_SENTENCE = re.compile(
    r"\b(?:Co|Corp|Inc|Ltd|Plc)\.( )(?=[A-Z])(?!(?:Co|Corp|Inc|Ltd|Plc|Cos|LLC|SA|AG|NV)\b)"
)


def _joined_names(candidate: Candidate, text: str) -> list[Candidate] | None:
    """Two names the model ran together ("Black Lives Matter and the Workers World Party",
    "Holiday Corp and Communications Satellite Corp", a parent's possessive and its unit;
    not a "/" that wire names keep: "Royal Dutch/Shell Group"): the two, each its own; a
    party or a post before a person's name ("Democrat Clinton", "Co-anchor Norah Vance"):
    the person. None when the span is one name."""
    span = text[candidate.start : candidate.end]
    party = _PARTY_BEFORE.match(span)
    party = party if party is not None and party[1].lower() in PARTY_WORDS else None
    lead = party or _HYPHENATED_POST.match(span)
    rest = span[lead.end() :].split()[0].lower() if lead is not None else ""
    common = rest in ner.resources()[1] or rest in ORGANIZATION_HEADS  # "Democratic Party"
    common = common or (lead is not None and usual_name(span[lead.end() :]) is not None)
    if lead is not None and not common and candidate.type in ("person", "organization"):
        return [Candidate(candidate.start + lead.end(), candidate.end, "person", candidate.source)]
    cut = _JOINED.search(span) or _FIRMS_JOINED.search(span) or _FORM_ENDS_SENTENCE.search(span)
    cut = cut or _SAME_HEADS_JOINED.match(span)
    if cut is None or candidate.type == "event":
        return None
    start, end = cut.span(cut.lastindex or 0)  # the words between the two names
    left, right = span[:start], span[end:]
    if not (left[:1].isupper() and right[:1].isupper() and left.strip() and right.strip()):
        return None
    return [
        Candidate(candidate.start, candidate.start + start, candidate.type, candidate.source),
        Candidate(candidate.start + end, candidate.end, candidate.type, candidate.source),
    ]


# words no name of a person, a body or a place holds, which the model runs two names or a
# name and a date together over ("Trump or Cruz", "Clinton than Sanders", "Republican whom
# Trump", "acquire Western National Life Insurance Co from Beneficial Corp", "State
# Department from 2009")
_GLUE = re.compile(r" (?:or|nor|than|whom|from) ")
# a lower-case word of four letters or more inside a person's name: a verb the model ran
# two names over ("Cruz blasted Rubio", "Patrick told Cruz"); "da", "zur", "al-Khalifa",
# "d'Estaing" are a name's own
_PERSON_GLUE = re.compile(r" [a-z]{4,} ")


def _glued_by_a_word(candidate: Candidate, text: str) -> list[Candidate] | None:
    """A span the model ran over a word no name holds: the name before it, and the name
    after it when one follows (not "from 2009", "or any"). None when the span has none."""
    if candidate.type not in ("person", "organization", "place"):
        return None
    span = text[candidate.start : candidate.end]
    glue = _GLUE.search(span)
    if glue is None and candidate.type == "person":
        glue = _PERSON_GLUE.search(span)
    if glue is None or not span[:1].isupper():
        return None
    start, end = glue.span()
    parts = [Candidate(candidate.start, candidate.start + start, candidate.type, candidate.source)]
    if span[end : end + 1].isupper():
        parts.append(
            Candidate(candidate.start + end, candidate.end, candidate.type, candidate.source)
        )
    return parts


# a possessive inside a span, before a capitalised word: an owner and what it owns
_OWNER = re.compile(r"['’]s (?=[A-Z])")
# a capitalised name and "of (the)" before a span: the span's first word ends that name
_NAME_OF_BEFORE = re.compile(r"[A-Z][\w.&'-]* of (?:the )?\Z")


def _owner_and_unit(candidate: Candidate, text: str) -> list[Candidate] | None:
    """A possessive inside a body's or a place's span joins two names, not one, when the
    owner is named on its own: the article writes it elsewhere without the possessive
    ("Mobil's Chemical's Plastic Packaging Division" where "Mobil said"), it is a person's
    full name ("Ivan Boesky's Seemala Corp"), or it ends a name begun before the span
    ("Central Bancshares of the South's Central Bank of the South"). The owner (unless
    begun before) and the owned, each its own name; one word after the possessive is a
    piece of a longer name ("Mobil's Chemical"), no name. Names that keep their
    possessive ("McDonald's Corp", "People's Daily", "Moody's Investors Service") are
    never written without it, and none is a person's. None when the span is one name."""
    if candidate.type not in ("organization", "place") or candidate.source != "crf":
        return None
    span = text[candidate.start : candidate.end]
    cut = _OWNER.search(span)
    if cut is None:
        return None
    owner, owned = span[: cut.start()], span[cut.end() :]
    unit = Candidate(candidate.start + cut.end(), candidate.end, candidate.type, candidate.source)
    units = [unit] if " " in owned else []
    if " " not in owner and _NAME_OF_BEFORE.search(
        text, max(0, candidate.start - 40), candidate.start
    ):
        return units
    words = owner.split()
    lower = ner.resources()[1]
    if (
        1 < len(words) <= 3
        and words[0].lower() in census.given_names()
        and all(is_capitalised(w) for w in words[1:])
        and (
            not any(w.lower() in lower for w in words[1:])
            or owned.split()[0] == words[-1]  # "Alan Bond's Bond Corp Holdings Ltd"
        )
        and not is_place(owner)
    ):  # not "Cleveland Police Patrolmen's Association"
        person = Candidate(candidate.start, candidate.start + len(owner), "person", "crf")
        return [person, *units]
    if owner.lower() in lower:
        return None  # "People's Daily": a common word's possessive
    alone = re.compile(rf"(?<![\w'’-]){re.escape(owner)}(?![\w'’-])")
    if not any(found.start() != candidate.start for found in alone.finditer(text)):
        return None
    named = Candidate(candidate.start, candidate.start + len(owner), candidate.type, "crf")
    return [named, *units]


def trim_person(candidate: Candidate, text: str, is_surname: Callable[[str], bool]) -> None:
    """A span that became a person after trimming ("Energy Subroto", "Staff Howard
    Baker", tagged a body and then known by the surname) loses the title words a
    person's span loses, when what is left reads as a person: its last word is a
    surname the article gives a person, or a first name opens a name of two words. A
    body's name made a person ("Public Utilities") is not cut into a fragment."""
    if candidate.source in ("registry", "description"):
        return
    tokens = ner.tokenize(text[candidate.start : candidate.end], candidate.start)
    kept = _person_tokens(tokens, text)
    if not kept or kept[0].start == candidate.start:
        if kept:
            candidate.end = kept[-1].end  # a regnal number only
        return
    if is_surname(kept[-1].text) or (len(kept) > 1 and kept[0].text in ner.resources()[2]):
        candidate.start, candidate.end = kept[0].start, kept[-1].end


def _person_tokens(tokens: list[ner.Token], text: str) -> list[ner.Token]:
    """A person's words: without the titles and the office before the name
    ("Councillor Marta Kowalczyk", "Minister of Mines and Energy Subroto", "Chief of
    Staff Howard Baker"), with a regnal number after it ("Pope John Paul II")."""
    _, lower, first_names = ner.resources()
    while len(tokens) > 1 and (
        _title_word(tokens[0].text.lower())
        or _rank_word(tokens[0].text)
        or (
            (tokens[0].text.lower() in lower or tokens[0].text.lower() in OFFICE_WORDS)
            and tokens[0].text not in first_names
            and not given_after_title(tokens[0], text)
        )
    ):
        tokens = tokens[1:]
    if tokens:
        after = ner.tokenize(text[tokens[-1].end : tokens[-1].end + 6], tokens[-1].end)
        if (
            after
            and after[0].text in REGNAL_NUMBERS
            and text[tokens[-1].end : after[0].start] == " "
        ):
            tokens = [*tokens, after[0]]
    return tokens


def _title_word(word: str) -> bool:
    """A title, or titles joined by a hyphen ("vice-chairman", "co-chairman")."""
    return word in _TITLES or (
        "-" in word and all(part in _TITLES or part == "co" for part in word.split("-"))
    )


def _split_title(candidate: Candidate, tokens: list[ner.Token]) -> list[Candidate] | None:
    """ "US Senator Jeff Sessions" or "Senate Majority Leader Mitch McConnell" tagged as one
    body: the person after the last title word, and a leading place if there is one."""
    titles = [
        k
        for k in range(len(tokens) - 1)
        if tokens[k].text.lower().rstrip(".") in _TITLES or _rank_word(tokens[k].text)
    ]
    if not titles:
        return None
    name = _after_office(tokens[titles[-1] + 1 :])
    extra: list[Candidate] = []
    gazetteer = ner.resources()[0]
    for j in range(1, len(name) - 1):  # "Sen. Joni Ernst of Iowa"
        if name[j].text == "of" and tuple(t.text.lower() for t in name[j + 1 :]) in gazetteer.names:
            place = name[j + 1 :]
            extra.append(Candidate(place[0].start, place[-1].end, "place", candidate.source))
            name = name[:j]
            break
    title = tokens[titles[-1]].text.lower().rstrip(".")
    if len(name) == 1 and (
        title not in ROLE_HEADS | frozenset(HONORIFICS) or _rank_word(title.title())
    ):
        return None  # "General Motors" is no General called Motors
    if (
        not _person_words(name)
        or any(t.text.lower() in TITLE_WORDS or t.text.lower() in ORGANIZATION_HEADS for t in name)
        or name[-1].text.lower() in ORGANIZATION_LAST_WORDS
    ):
        return None  # "Premier Auction Services": a firm whose name begins with a title
    found = [Candidate(name[0].start, name[-1].end, "person", candidate.source), *extra]
    first = tokens[0]
    if titles[0] == 1 and (first.text.lower(),) in gazetteer.names:
        found.append(Candidate(first.start, first.end, "place", candidate.source))
    return found


def _after_office(name: list[ner.Token]) -> list[ner.Token]:
    """ "of the Exchequer Nigel Lawson" after "Chancellor": the person from the given name
    on, past the office's "of" and its body ("Governor of the Bank of England Robin
    Leigh-Pemberton")."""
    if not name or name[0].text != "of":
        return name
    given = census.given_names()
    for k in range(2, len(name) - 1):
        if name[k].text.lower() in given and all(is_capitalised(t.text) for t in name[k:]):
            return name[k:]
    return name


def _person_words(name: list[ner.Token]) -> bool:
    """Capitalised words, with a particle or an initial inside ("Mr. de Vos", "Ludwig van
    Beethoven", "John F. Kennedy")."""
    return is_capitalised(name[-1].text) and all(
        is_capitalised(t.text)
        or t.text.lower() in NAME_PARTICLES
        or INITIAL_WORD.match(f"{t.text} ")
        for t in name
    )


def _person_of_body(tokens: list[ner.Token], text: str) -> list[Candidate] | None:
    """ "Kaveh Majlesi of Lund University", "Gene Kimmelman of the Consumer Federation of
    America" tagged as one body: the person, and the body they are of, each its own name.
    The words before "of" must read as a person's: a given name first (or a word no list
    knows, before a body's head: "University"), no common word or body's head last
    ("Georgia Institute of Technology", "Brooklyn Academy of Music" stay whole)."""
    of = next((k for k, t in enumerate(tokens) if t.text == "of"), len(tokens))
    rest = tokens[of + 1 :]
    if rest and rest[0].text.lower() == "the":
        rest = rest[1:]
    if not 2 <= of <= 3 or not rest or not rest[0].text[:1].isupper():
        return None
    name = tokens[:of]
    lower = ner.resources()[1]
    first, last = name[0].text, name[-1].text.lower()
    given = first.lower() in census.given_names()
    body = text[rest[0].start : rest[-1].end]
    cue = _WORD_BEFORE_SPAN.search(text, max(0, name[0].start - 20), name[0].start)
    spoken = cue is not None and cue[1] in CUES and len(name) == 2
    if not given and (
        spoken or (rest[-1].text.lower() in ORGANIZATION_HEADS and company_base(body) == body)
    ):
        # "Kaveh Majlesi of Lund University": a name no list knows, of a body by its head
        # (not a firm's legal form: "Consolidated Edison Co of New York Inc"), or of any
        # body after a speech verb ("said Natsuo Okada of Sumitomo Bank Ltd.")
        before = text[name[0].start : name[-1].end]
        given = (
            first.lower() not in lower and not is_place(first) and company_base(before) == before
        )
    if not given or last in lower or last in ORGANIZATION_HEADS or not _person_words(name):
        return None
    if is_place(body):
        return None  # "Bell Textron of Canada": a firm and its country, as wire copy names it
    return [
        Candidate(name[0].start, name[-1].end, "person", "crf"),
        Candidate(rest[0].start, rest[-1].end, "organization", "crf"),
    ]


_WORD_BEFORE_SPAN = re.compile(r"\b([a-z]+) \Z")


def is_place(name: str) -> bool:
    return tuple(w.lower() for w in name.split()) in ner.resources()[0].names


def is_capitalised(word: str) -> bool:
    """ "McConnell", "O'Neill", "Jr." but not "AG" or "ceo"."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _rank_word(word: str) -> bool:
    return word in _RANK_WORDS


def looks_like_name(
    candidate: Candidate, text: str, registry: Registry, sentence_start: bool
) -> bool:
    """Not ignored, not a weekday or "Of course", not a lone title ("Brigadier"), and not
    a common word that is capitalised only because it starts a sentence ("Harbour ...")."""
    span = text[candidate.start : candidate.end]
    if registry.is_ignored(span):
        return False
    if candidate.source == "registry":
        return True
    if candidate.type == "other":
        return False
    words = span.split()
    if all(w.lower().strip(".") in NOT_NAMES for w in words):
        return False
    if all(w.lower() in TITLE_WORDS or _rank_word(w) for w in words):
        return False
    if len(words) == 1 and candidate.source == "crf":
        gazetteer, lower, first_names = ner.resources()
        common = span.lower() in lower and (span.lower(),) not in gazetteer.names
        if common and sentence_start:
            return False
        if common and candidate.type == "person" and span not in first_names:
            return False  # a lone "Moreover"; a surname like "Rice" returns as a repeat
    return any(c.isupper() for c in span)


def normal_name(value: str) -> str:
    return " ".join(value.replace("’", "'").split())


def span_name(candidate: Candidate, text: str) -> str:
    """The name a candidate stands for: the form a rule gave it, else its words."""
    return normal_name(candidate.form or text[candidate.start : candidate.end])
