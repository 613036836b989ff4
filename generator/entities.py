"""Entity recognition and resolution: people, organizations, places and events.

Entry point: `find_entities(article, registry)`. Three layers, each measured by
`generator/eval_entities.py`:
1. recognise: the registry's names and aliases first (people chose them), then a CRF
   trained on CoNLL-2003 (`ner.py`) for everything else, then rules for events and for
   acronyms defined in parentheses;
2. filter: the registry's `ignore` list and words that only look like names (weekdays,
   months, "The", capitalised words in title-case headlines that the body never names);
3. resolve: one entity per real-world thing in the article: surnames to full names,
   acronyms to long names, "Russia's NATO envoy" to the envoy the article names, and a
   name found once is found everywhere in the article ("one sense per discourse").
Everything is linear in the article's length.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from . import ner
from .model import ENTITY_FOLDERS, Article, Entity, Mention
from .registry import Registry, RegistryEntry

SEARCHED_BLOCKS = ("title", "lead", "paragraph", "heading")
HEADLINE_BLOCKS = ("title", "heading")
# The CRF tags this many tokens of an article (about 30 pages); past that, in a runaway
# file, only the registry, the rules and names already found are matched, so that a
# megabyte still takes about a second.
MAX_TAGGED_TOKENS = 20_000
# CRF spans whose least certain word is labelled with a lower marginal probability are
# dropped (the same name elsewhere in the article, found with confidence, still counts).
# Chosen on CoNLL-2003 dev prose sentences (0.5: P .883 R .872; 0.6: P .897 R .858;
# 0.7: P .907 R .841; 0.8: P .926 R .807): precision first, F1 within half a point.
MIN_CONFIDENCE = 0.7
_settings = {"min_confidence": MIN_CONFIDENCE}  # eval_entities.py varies it to measure
CRF_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}

NOT_NAMES = frozenset(
    [
        "most",
        "many",
        "some",
        "several",
        "few",
        "both",
        "all",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "of",
        "in",
        "on",
        "at",
        "for",
        "and",
        "but",
        "or",
        "if",
        "as",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "its",
        "there",
        "here",
        "when",
        "while",
        "after",
        "before",
        "during",
        "since",
        "about",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "madam",
        "course",
        "however",
        "meanwhile",
        "also",
        "according",
    ]
)
# Capitalised words that name no single entity: faiths, parties' members, deities.
NOT_ENTITIES = frozenset(
    [
        "God",
        "Allah",
        "Muslim",
        "Muslims",
        "Christian",
        "Christians",
        "Jew",
        "Jews",
        "Jewish",
        "Catholic",
        "Catholics",
        "Protestant",
        "Protestants",
        "Hindu",
        "Hindus",
        "Buddhist",
        "Buddhists",
        "Sikh",
        "Sikhs",
        "Democrat",
        "Democrats",
        "Republican",
        "Republicans",
        "Latino",
        "Latinos",
        "Latina",
        "Latinas",
        "Hispanic",
        "Hispanics",
        "Hey",
        "Moreover",
        "Indeed",
        "Yes",
        "Oh",
        "Okay",
        "Islamist",
        "Islamists",
        "Sunni",
        "Sunnis",
        "Shia",
        "Shiite",
        "Shiites",
    ]
)
RANKS = (
    "Field Marshal",
    "Marshal",
    "Army General",
    "General of the Army",
    "Colonel General",
    "Lieutenant General",
    "Major General",
    "Brigadier General",
    "Brigadier",
    "General",
    "Lieutenant Colonel",
    "Colonel",
    "Major",
    "Captain",
    "Lieutenant",
    "Sergeant",
    "Admiral",
    "Vice Admiral",
    "Rear Admiral",
    "Fleet Admiral",
    "Commodore",
)
_RANK_WORDS = frozenset(word for rank in RANKS for word in rank.split() if word[:1].isupper())
ROLE_HEADS = frozenset(
    [
        "minister",
        "representative",
        "ambassador",
        "envoy",
        "president",
        "secretary",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "chief",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "governor",
        "mayor",
        "senator",
        "congressman",
        "congresswoman",
        "king",
        "queen",
        "prince",
        "princess",
        "head",
        "leader",
        "ceo",
        "editor",
        "judge",
        "justice",
        "deputy",
        "adviser",
        "advisor",
        "officer",
        "premier",
        "chancellor",
        "attorney",
        "general",
        "counsel",
        "coordinator",
        "commissioner",
        "diplomat",
        "prosecutor",
        "speaker",
        "member",
        "founder",
        "executive",
        "manager",
        "analyst",
        "professor",
    ]
)
HONORIFICS = frozenset(
    [
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "alderman",
        "sheriff",
        "inspector",
        "detective",
        "constable",
        "bishop",
        "archbishop",
        "pope",
        "cardinal",
        "rabbi",
        "imam",
        "pastor",
        "reverend",
        "rev",
        "father",
        "sister",
        "lord",
        "lady",
        "sir",
        "dame",
        "dr",
        "prof",
        "professor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "madam",
        "mister",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "ag",
    ]
)
TITLE_WORDS = (
    ROLE_HEADS
    | HONORIFICS
    | frozenset(
        [
            "vice",
            "prime",
            "foreign",
            "defense",
            "defence",
            "interior",
            "finance",
            "state",
            "permanent",
            "first",
            "former",
            "acting",
            "special",
            "assistant",
            "foreign-affairs",
            "general",
            "deputy",
            "senior",
            "chief",
        ]
    )
)
CONNECTORS = frozenset({"of", "to", "for", "the", "and", "on", "in", "at"})
DESCRIPTION_HEADS = {
    "envoy": "diplomat",
    "ambassador": "diplomat",
    "diplomat": "diplomat",
    "representative": "diplomat",
    "minister": "minister",
    "president": "president",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
}
EVENT_HEADS = frozenset(
    [
        "summit",
        "conference",
        "forum",
        "congress",
        "games",
        "olympics",
        "olympiad",
        "championship",
        "championships",
        "cup",
        "festival",
        "expo",
        "exhibition",
        "talks",
        "meeting",
        "session",
        "assembly",
        "war",
        "election",
        "elections",
        "referendum",
        "marathon",
        "tournament",
        "convention",
    ]
)
LOWERCASE_EVENT_HEADS = frozenset({"summit", "conference", "forum", "talks", "games"})
ORDINALS = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "annual",
    ]
)
NATIONALITIES = {
    "American": "United States",
    "British": "United Kingdom",
    "Chinese": "China",
    "Dutch": "Netherlands",
    "French": "France",
    "German": "Germany",
    "Greek": "Greece",
    "Israeli": "Israel",
    "Japanese": "Japan",
    "Polish": "Poland",
    "Russian": "Russia",
    "Spanish": "Spain",
    "Swedish": "Sweden",
    "Swiss": "Switzerland",
    "Turkish": "Turkey",
    "Ukrainian": "Ukraine",
    "US": "United States",
    "U.S.": "United States",
}
ORGANIZATION_HEADS = frozenset(
    [
        "league",
        "organization",
        "organisation",
        "committee",
        "union",
        "council",
        "party",
        "agency",
        "bank",
        "fund",
        "association",
        "ministry",
        "company",
        "corporation",
        "corp",
        "inc",
        "group",
        "institute",
        "commission",
        "federation",
        "service",
        "court",
        "university",
        "church",
        "front",
        "movement",
        "alliance",
    ]
)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,9}$")
_DESCRIPTION_MODIFIERS = frozenset({"permanent", "deputy", "top", "chief", "senior", "special"})
_DESCRIPTION_HEAD = re.compile(r"\b(?:" + "|".join(DESCRIPTION_HEADS) + r")\b", re.IGNORECASE)
_CIVIL_GENERALS = frozenset(
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
_OPENERS = frozenset({'"', "“", "'", "‘", "(", "[", "-", "—", "–"})
_DATELINE_AFTER = re.compile(r" ?(?:\(|[-–—] )")  # "CLEVELAND - ", "Cleveland (AFP) –"
_PARTY_CODE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")  # "R-Fla": party and state
_INITIAL = re.compile(r"^[A-Z]\.$")
_VERBS = frozenset({"said", "says", "told", "is", "was", "has", "had", "will", "would"})
_POSSESSIVE = frozenset({"'s", "’s", "'S", "’S"})


@dataclass(slots=True)
class Candidate:
    """A mention before resolution: span, type, how it was found, and its entity key."""

    start: int
    end: int
    type: str
    source: str  # registry, crf, rule, description, repeat
    key: str = ""
    entry: RegistryEntry | None = None
    headline: bool = False
    weak: bool = False  # a context alias: counts only beside another mention
    name: str = ""  # the name to show, when the span is not it ("MOSCOW")


@dataclass(slots=True)
class _Found:
    """An entity being assembled."""

    type: str
    name: str
    id: str = ""
    roles: list[str] = field(default_factory=list)
    rank: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    words: tuple[str, ...] = ()


def entity_id(entity_type: str, name: str) -> str:
    """Stable page path of an entity: `people/alexander-grushko`."""
    return f"{ENTITY_FOLDERS[entity_type]}/{slugify(name, max_length=80) or 'unnamed'}"


def find_entities(article: Article, registry: Registry) -> list[Entity]:
    """Every entity the article mentions, each with all its mention offsets."""
    return [found.entity for found in _analyse(article, registry)]


def name_mentions(article: Article, registry: Registry) -> list[tuple[int, int, str]]:
    """(start, end, type) of the mentions that are names, not descriptions (for evaluation)."""
    out: list[tuple[int, int, str]] = []
    for found in _analyse(article, registry):
        for candidate in found.candidates:
            if candidate.source != "description":
                out.append((candidate.start, candidate.end, found.entity.type))
    return out


@dataclass(slots=True)
class _Result:
    entity: Entity
    candidates: list[Candidate]


# --------------------------------------------------------------------------- analysis


class _Region:
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


def _analyse(article: Article, registry: Registry) -> list[_Result]:
    text = article.text
    regions = _regions(article)
    candidates: list[Candidate] = []
    unsure: list[Candidate] = []  # CRF names below MIN_CONFIDENCE: kept only if supported
    sentence_starts: set[int] = set()
    budget = MAX_TAGGED_TOKENS
    for region in regions:
        candidates.extend(_registry_matches(region, registry))
        for sentence in ner.sentences(region.tokens):
            sentence_starts.add(sentence[0].start)
            if len(sentence) > 1 and sentence[0].text in _OPENERS:
                sentence_starts.add(sentence[1].start)  # "Hey, ..." after a quotation mark
            words = [t.text for t in sentence]
            budget -= len(words)
            confidences: list[float] = []
            labels = ner.tag_words(words, confidences) if budget >= 0 else ["O"] * len(words)
            for span in ner.spans_from_iob(sentence, labels, confidences):
                doubtful = span.confidence < _settings["min_confidence"]
                kind = CRF_TYPES.get(span.label, "other")
                last_word = text[span.start : span.end].rsplit(None, 1)[-1].lower()
                if kind == "other" and last_word in ORGANIZATION_HEADS:
                    kind = "organization"  # "the Arab League": CoNLL calls some of these MISC
                # a title's first word is capitalised anyway: the body must confirm it
                lone_first = (
                    region.kind in HEADLINE_BLOCKS
                    and span.start == sentence[0].start
                    and span.end == sentence[0].end
                )
                headline = region.headline_case or lone_first
                if (
                    kind == "organization"
                    and span.start == region.start
                    and _DATELINE_AFTER.match(text, span.end)
                    and _is_place(text[span.start : span.end])
                ):
                    kind = "place"  # "CLEVELAND - ...": a dateline's city
                candidate = Candidate(span.start, span.end, kind, "crf", headline=headline)
                (unsure if doubtful else candidates).append(candidate)
            candidates.extend(_event_rules(sentence, labels, region.headline_case))
        candidates.extend(_acronym_definitions(region))
    candidates.extend(_dateline_mentions(article))
    candidates = [part for c in candidates for part in _trim(c, text)]
    candidates = [
        c for c in candidates if _looks_like_name(c, text, registry, c.start in sentence_starts)
    ]
    candidates = _without_overlaps(candidates)
    candidates = _confirm_headlines(candidates, text)
    candidates += [
        c
        for c in _supported(unsure, candidates, text)
        if _looks_like_name(c, text, registry, c.start in sentence_starts)
    ]
    candidates += _repeats(candidates, regions, text)
    candidates = _without_overlaps(candidates)
    entities = _resolve(candidates, text, registry)
    _find_roles(entities, regions, text)
    _find_descriptions(entities, regions, text)
    return _results(entities, text, registry)


def _regions(article: Article) -> list[_Region]:
    blocks = [b for b in article.blocks if b.kind in SEARCHED_BLOCKS]
    if not article.blocks:
        return [_Region("paragraph", article.text, 0)]
    return [_Region(b.kind, article.text[b.start : b.end], b.start) for b in blocks]


# --------------------------------------------------------------------------- recognition


def _registry_matches(region: _Region, registry: Registry) -> list[Candidate]:
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
            key = _norm(" ".join(keys[i : i + length]))
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


def _event_rules(sentence: list[ner.Token], labels: list[str], headline: bool) -> list[Candidate]:
    """Named events: "Moscow Security Conference", "Sixth Moscow Conference on Global
    Security", and "NATO's Warsaw summit" (a named place or body before a lowercase head)."""
    found: list[Candidate] = []
    words = [t.text for t in sentence]
    n = len(words)
    for i, word in enumerate(words):
        low = word.lower()
        if low not in EVENT_HEADS:
            continue
        if word[:1].isupper():
            first = i
            while first > 0 and _name_word(words[first - 1]):
                first -= 1
            while first < i and words[first].lower() in NOT_NAMES:
                first += 1
            last = i + 1
            if last + 1 < n and words[last] in ("on", "of", "for") and _name_word(words[last + 1]):
                last += 1
                while last < n and (_name_word(words[last]) or words[last] in ("and", "the")):
                    last += 1
                while words[last - 1] in ("and", "the"):
                    last -= 1
            if last - first >= 2 and not headline:
                found.append(
                    Candidate(sentence[first].start, sentence[last - 1].end, "event", "rule")
                )
        elif low in LOWERCASE_EVENT_HEADS and i > 0 and labels[i - 1] != "O":
            first = i - 1
            while first > 0 and labels[first].startswith("I-"):
                first -= 1
            if first >= 2 and words[first - 1] in _POSSESSIVE and labels[first - 2] != "O":
                first -= 2
                while first > 0 and labels[first].startswith("I-"):
                    first -= 1
            found.append(Candidate(sentence[first].start, sentence[i].end, "event", "rule"))
    return found


def _name_word(word: str) -> bool:
    return (word[:1].isupper() and word.lower() not in NOT_NAMES) or word.lower() in ORDINALS


def _acronym_definitions(region: _Region) -> list[Candidate]:
    """ "Organization for Security and Cooperation in Europe (OSCE)": both, one entity.

    The long form is the shortest run of capitalised words and connectors before the
    parenthesis whose initials spell the acronym.
    """
    found: list[Candidate] = []
    tokens = region.tokens
    if "(" not in region.text:
        return found
    words = region.words
    for i in [i for i, word in enumerate(words) if word == "("]:
        if i < 2 or i + 2 >= len(tokens) or words[i + 2] != ")":
            continue
        acronym = tokens[i + 1].text
        if not _ACRONYM.match(acronym):
            continue
        first = _long_form_start(tokens, i, acronym)
        if first is None:
            continue
        long_start, long_end = tokens[first].start, tokens[i - 1].end
        key = "acronym:" + acronym
        found.append(Candidate(long_start, long_end, "organization", "rule", key=key))
        acronym_token = tokens[i + 1]
        found.append(
            Candidate(acronym_token.start, acronym_token.end, "organization", "rule", key=key)
        )
    return found


def _long_form_start(tokens: list[ner.Token], paren: int, acronym: str) -> int | None:
    letters = acronym.replace("&", "").upper()
    initials = ""
    first = paren
    while first > 0 and paren - first < 12:
        word = tokens[first - 1].text
        if word[:1].isupper():
            initials = word[0] + initials
        elif word.lower() not in CONNECTORS:
            break
        first -= 1
        if word[:1].isupper() and initials == letters:
            return first
        if len(initials) > len(letters):
            break
    return None


def _dateline_mentions(article: Article) -> list[Candidate]:
    """The dateline's place ("MOSCOW") and agency ("/TASS/"), as annotate.py read them."""
    found: list[Candidate] = []
    for block in article.blocks_of("dateline")[:1]:
        segment = article.text[block.start : block.end]
        for value, kind in (
            (article.place_raw or article.place, "place"),
            (article.agency, "organization"),
        ):
            if not value:
                continue
            index = segment.find(value)
            if index < 0:
                index = segment.upper().find(value.upper())
            if index >= 0:
                start = block.start + index
                name = article.place if kind == "place" and article.place else value
                key = f"{kind}:{_norm(name).lower()}"
                found.append(Candidate(start, start + len(value), kind, "rule", key=key, name=name))
    return found


# --------------------------------------------------------------------------- filtering


def _trim(candidate: Candidate, text: str) -> list[Candidate]:
    """Drop leading "The", ranks and titles and a trailing possessive from a span, and split
    "NATO Alexander Grushko" (a body's name run into a person's) in two."""
    if candidate.source == "registry":
        return [candidate]
    span = text[candidate.start : candidate.end]
    if " " not in span and span[:1].isalnum() and span[-1:].isalnum():  # one word: most names
        if span.lower() in NOT_NAMES or span in NOT_ENTITIES or _PARTY_CODE.match(span):
            return []
        if candidate.type == "organization" and span in ner.regions():
            candidate.type = "place"  # "Texas": the state, not (as in CoNLL sports) a team
        return [candidate]
    tokens = ner.tokenize(span, candidate.start)
    while tokens and (tokens[-1].text in _POSSESSIVE or not tokens[-1].text[:1].isalnum()):
        tokens.pop()
    while tokens and (tokens[0].text.lower() in NOT_NAMES or not tokens[0].text[:1].isalnum()):
        tokens.pop(0)
    if candidate.type == "person":
        _, lower, first_names = ner.resources()
        while len(tokens) > 1 and (
            tokens[0].text.lower() in TITLE_WORDS
            or _rank_word(tokens[0].text)
            or (tokens[0].text.lower() in lower and tokens[0].text not in first_names)
        ):
            tokens.pop(0)  # "Councillor Marta Kowalczyk" is Marta Kowalczyk
    if not tokens:
        return []
    parts = [candidate]
    first_names = ner.resources()[2]
    if candidate.type in ("organization", "place", "other") and candidate.source == "crf":
        for k in range(1, len(tokens) - 1):
            if (
                tokens[k].text in first_names
                and tokens[k - 1].text.isupper()
                and all(_capitalised(t.text) for t in tokens[k + 1 :])
            ):
                person = Candidate(tokens[k].start, tokens[-1].end, "person", "crf")
                parts.append(person)
                tokens = tokens[:k]
                break
    if len(tokens) == 1 and (tokens[0].text in NOT_ENTITIES or _PARTY_CODE.match(tokens[0].text)):
        return []
    if len(parts) == 1 and candidate.type in ("organization", "place", "other"):
        split = _split_title(candidate, tokens)
        if split is not None:
            return split
    if candidate.type == "organization" and len(tokens) == 1 and tokens[0].text in ner.regions():
        candidate.type = "place"  # "Texas": the state, not (as in CoNLL's sports pages) a team
    candidate.start, candidate.end = tokens[0].start, tokens[-1].end
    return parts


def _split_title(candidate: Candidate, tokens: list[ner.Token]) -> list[Candidate] | None:
    """ "US Senator Jeff Sessions" or "Senate Majority Leader Mitch McConnell" tagged as one
    body: the person after the last title word, and a leading place if there is one."""
    titles = [
        k
        for k in range(len(tokens) - 1)
        if tokens[k].text.lower().rstrip(".") in TITLE_WORDS or _rank_word(tokens[k].text)
    ]
    if not titles:
        return None
    name = tokens[titles[-1] + 1 :]
    extra: list[Candidate] = []
    gazetteer = ner.resources()[0]
    for j in range(1, len(name) - 1):  # "Sen. Joni Ernst of Iowa"
        if name[j].text == "of" and tuple(t.text.lower() for t in name[j + 1 :]) in gazetteer.names:
            place = name[j + 1 :]
            extra.append(Candidate(place[0].start, place[-1].end, "place", candidate.source))
            name = name[:j]
            break
    title = tokens[titles[-1]].text.lower().rstrip(".")
    if len(name) == 1 and (title not in ROLE_HEADS | HONORIFICS or _rank_word(title.title())):
        return None  # "General Motors" is no General called Motors
    if not all(_capitalised(t.text) for t in name) or any(
        t.text.lower() in TITLE_WORDS or t.text.lower() in ORGANIZATION_HEADS for t in name
    ):
        return None
    found = [Candidate(name[0].start, name[-1].end, "person", candidate.source), *extra]
    first = tokens[0]
    if titles[0] == 1 and (first.text.lower(),) in gazetteer.names:
        found.append(Candidate(first.start, first.end, "place", candidate.source))
    return found


def _is_place(name: str) -> bool:
    return tuple(w.lower() for w in name.split()) in ner.resources()[0].names


def _capitalised(word: str) -> bool:
    """ "McConnell", "O'Neill", "Jr." but not "AG" or "ceo"."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _rank_word(word: str) -> bool:
    return word in _RANK_WORDS


def _looks_like_name(
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


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best of overlapping spans: registry, then rules, then longer spans."""
    priority = {"registry": 0, "description": 1, "rule": 2, "crf": 3, "repeat": 4}

    def rank(c: Candidate) -> tuple[int, int, int]:
        first = 0 if c.type == "event" and c.source == "rule" else priority[c.source]
        return (first, -(c.end - c.start), c.start)

    ranked = sorted(candidates, key=rank)
    taken: list[Candidate] = []
    end = max((c.end for c in candidates), default=0)
    occupied = bytearray(end)
    for candidate in ranked:
        if 1 in occupied[candidate.start : candidate.end]:
            continue
        occupied[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _confirm_headlines(candidates: list[Candidate], text: str) -> list[Candidate]:
    """In Title Case or ALL CAPS headlines keep only names that the body also names."""
    body = {_norm(text[c.start : c.end]).lower(): c.type for c in candidates if not c.headline}
    kept = []
    for candidate in candidates:
        if candidate.headline:
            kind = body.get(_norm(text[candidate.start : candidate.end]).lower())
            if kind is None:
                continue
            candidate.type = kind
        kept.append(candidate)
    return kept


def _supported(unsure: list[Candidate], sure: list[Candidate], text: str) -> list[Candidate]:
    """Doubtful names that the article confirms: the same name, or a person whose surname
    it names with confidence ("Nadia Brook" ... "Brook said")."""
    known = {(_norm(text[c.start : c.end]), c.type) for c in sure}
    kept = []
    for candidate in [part for c in unsure for part in _trim(c, text)]:
        span = _norm(text[candidate.start : candidate.end])
        words = span.split()
        if (span, candidate.type) in known or (
            candidate.type == "person" and len(words) > 1 and (words[-1], "person") in known
        ):
            kept.append(candidate)
    return kept


def _repeats(candidates: list[Candidate], regions: list[_Region], text: str) -> list[Candidate]:
    """A name found once is the same name wherever else it appears in the article."""
    known: dict[str, str] = {}
    longest = 1
    for candidate in candidates:
        if candidate.source in ("registry", "description") or candidate.type == "event":
            continue
        words = tuple(_norm(t.text) for t in ner.tokenize(text[candidate.start : candidate.end]))
        known.setdefault(" ".join(words), candidate.type)
        longest = max(longest, len(words))
        if candidate.type == "person" and len(words) > 1:
            known.setdefault(words[-1], "person")
    firsts = {key.split(" ", 1)[0] for key in known}
    found: list[Candidate] = []
    for region in regions:
        tokens = region.tokens
        keys = [t.text for t in tokens]
        for i in range(len(tokens)):
            if keys[i] not in firsts:
                continue
            for length in range(min(longest, len(tokens) - i), 0, -1):
                kind = known.get(_norm(" ".join(keys[i : i + length])))
                if kind:
                    found.append(
                        Candidate(tokens[i].start, tokens[i + length - 1].end, kind, "repeat")
                    )
                    break
    return found


# --------------------------------------------------------------------------- resolution


def _resolve(candidates: list[Candidate], text: str, registry: Registry) -> list[_Found]:
    """Group mentions into entities: registry entries, acronyms, surnames, equal names."""
    _people_by_surname(candidates, text)
    _vote_types(candidates, text)
    entities: dict[str, _Found] = {}
    order: list[str] = []

    def add(key: str, kind: str, name: str, candidate: Candidate) -> None:
        if key not in entities:
            entities[key] = _Found(kind, name)
            order.append(key)
        entities[key].candidates.append(candidate)

    # Registry entries and full names first, so surnames and acronyms find them.
    ordered = sorted(
        candidates,
        key=lambda c: (c.entry is None, -len(text[c.start : c.end].split()), c.start),
    )
    acronym_of: dict[str, str] = {}
    for candidate in ordered:
        if (
            candidate.key.startswith("acronym:")
            and candidate.end - candidate.start > len(candidate.key) - 8
        ):
            acronym_of[candidate.key] = _norm(text[candidate.start : candidate.end])
    surnames: dict[str, str] = {}
    surnames_seen: dict[str, list[tuple[int, str]]] = {}  # surname -> (offset, person)
    initials: dict[str, str] = {}
    for candidate in ordered:
        span = _norm(text[candidate.start : candidate.end])
        if candidate.entry is not None:
            entry = candidate.entry
            add("id:" + entry.id, entry.type, entry.name, candidate)
            entities["id:" + entry.id].id = entry.id
            _remember(entry.name, entry.type, "id:" + entry.id, surnames, initials)
            for alias in entry.aliases:
                initials.setdefault(alias, "id:" + entry.id)
            continue
        if candidate.key.startswith("acronym:"):
            long_form = acronym_of.get(candidate.key, span)
            key = _existing(long_form, candidate.type, entities, initials, surnames)
            key = key or f"{candidate.type}:{long_form.lower()}"
            add(key, candidate.type, long_form, candidate)
            initials.setdefault(candidate.key[len("acronym:") :], key)
            _remember(long_form, candidate.type, key, surnames, initials)
            continue
        if candidate.type == "person":
            span = _without_initials(span)  # "Donald J. Trump" is "Donald Trump"
        key = _existing(span, candidate.type, entities, initials, surnames)
        if key is not None and span in surnames and span not in initials:
            key = _nearest_full_name(surnames_seen.get(span, []), candidate.start) or key
        if key is None:
            words = _event_key(span) if candidate.type == "event" else span.lower()
            key = candidate.key or f"{candidate.type}:{words}"
            name = candidate.name or _display_name(span, candidate.type)
            add(key, candidate.type, name, candidate)
            _remember(span, candidate.type, key, surnames, initials)
            if candidate.type == "person" and len(span.split()) > 1:
                surnames_seen.setdefault(span.split()[-1], []).append((candidate.start, key))
        else:
            entities[key].candidates.append(candidate)
            if candidate.type == "person" and len(span.split()) > 1:
                surnames_seen.setdefault(span.split()[-1], []).append((candidate.start, key))
    found = [entities[k] for k in order]
    _merge_events(found)
    return found


def _nearest_full_name(seen: list[tuple[int, str]], offset: int) -> str | None:
    """Of the people sharing a surname ("Michelle Obama", "Barack Obama"), the one named
    in full most recently before `offset` (or first, if none was named before it)."""
    if len({key for _, key in seen}) < 2:
        return None
    before = [item for item in seen if item[0] < offset]
    return max(before)[1] if before else min(seen)[1]


def _without_initials(span: str) -> str:
    words = span.split()
    if len(words) < 3:
        return span
    kept = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not _INITIAL.match(w)]
    return " ".join(kept)


def _people_by_surname(candidates: list[Candidate], text: str) -> None:
    """ "Melania Trump" tagged as a place is a person when the article names a person
    Trump: a two-word name ending in a known surname, with no organization word."""
    surnames = set()
    for c in candidates:
        words = text[c.start : c.end].split()
        if c.type == "person" and len(words) > 1:
            surnames.add(words[-1])
    if not surnames:
        return
    for c in candidates:
        if c.entry is not None or c.type not in ("organization", "place") or c.source == "rule":
            continue
        words = text[c.start : c.end].split()
        if (
            len(words) in (2, 3)
            and words[-1] in surnames
            and all(_capitalised(w) for w in words)
            and not any(w.lower() in ORGANIZATION_HEADS for w in words)
        ):
            c.type = "person"


def _remember(
    name: str, kind: str, key: str, surnames: dict[str, str], initials: dict[str, str]
) -> None:
    words = name.split()
    if kind == "person" and len(words) > 1:
        surnames.setdefault(words[-1], key)
    if kind == "organization" and len(words) > 1:
        acronym = "".join(w[0] for w in words if w[:1].isupper())
        if len(acronym) > 1:
            initials.setdefault(acronym, key)
    initials.setdefault(name, key)


def _existing(
    span: str,
    kind: str,
    entities: dict[str, _Found],
    initials: dict[str, str],
    surnames: dict[str, str],
) -> str | None:
    if span in initials:
        return initials[span]
    if kind in ("person", "organization", "place") and span in surnames:
        return surnames[span]
    key = f"{kind}:{span.lower()}"
    return key if key in entities else None


def _vote_types(candidates: list[Candidate], text: str) -> None:
    """One name, one type per article: the majority of recognised types wins."""
    votes: dict[str, Counter[str]] = {}
    for c in candidates:
        if c.entry is None and c.type != "event":
            votes.setdefault(_norm(text[c.start : c.end]), Counter())[c.type] += 1
    for c in candidates:
        if c.entry is None and c.type != "event":
            ranked = votes[_norm(text[c.start : c.end])].most_common()
            c.type = min(ranked, key=lambda item: (-item[1], item[0]))[0]


def _event_key(span: str) -> str:
    words = [w for w in _event_words(span)]
    return " ".join(words).lower()


def _event_words(span: str) -> list[str]:
    words = [w for w in re.split(r"[\s]+", span.replace("’s", "").replace("'s", "")) if w]
    while words and (words[0].lower() in ORDINALS or words[0].isdigit()):
        words.pop(0)
    return words


def _merge_events(found: list[_Found]) -> None:
    """ "Moscow Security Conference" and "Sixth Moscow Conference on Global Security": one
    event when one's words are among the other's and both end in the same kind of event."""
    events = [f for f in found if f.type == "event"]
    for f in events:
        f.words = tuple(w.lower() for w in _event_words(f.name))
    for small in sorted(events, key=lambda f: len(f.words)):
        content = {w for w in small.words if w not in CONNECTORS}
        heads = content & EVENT_HEADS
        for big in events:
            if big is small or not big.candidates or len(big.words) <= len(small.words):
                continue
            if heads and content <= set(big.words):
                big.candidates.extend(small.candidates)
                small.candidates = []
                break


def _display_name(span: str, kind: str) -> str:
    if kind == "event":
        return " ".join(_event_words(span))
    if span.isupper() and len(span) > 5 and kind != "organization":
        return span.title()
    return span


# --------------------------------------------------------------------------- roles


def _find_roles(entities: list[_Found], regions: list[_Region], text: str) -> None:
    """Titles before a person's name ("Russian Deputy Defense Minister Lieutenant General
    Alexander Fomin") or after it between commas ("Tomas Lindqvist, the commander of ...,")."""
    people = [(c.start, c.end, f) for f in entities if f.type == "person" for c in f.candidates]
    region_starts = [region.start for region in regions]
    for start, end, person in sorted(people, key=lambda item: item[0]):
        at = bisect.bisect_right(region_starts, start) - 1
        if at < 0 or start >= regions[at].end:
            continue
        region = regions[at]
        i = bisect.bisect_left(region.starts, start)
        if i >= len(region.starts) or region.starts[i] != start:
            continue
        rank, role = _title_before(region.tokens, i)
        if role is None:
            role = _title_after(region.tokens, i, end)
        if rank and not person.rank:
            person.rank = rank
        if role and role not in person.roles:
            person.roles.append(role)


def _title_after(tokens: list[ner.Token], index: int, end: int) -> str | None:
    """ ", the commander of the garrison," right after the name."""
    j = index
    while j < len(tokens) and tokens[j].end <= end:
        j += 1
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    phrase: list[str] = []
    for token in tokens[j + 1 : j + 10]:
        if token.text in (",", ".", ";", ")"):
            break
        phrase.append(token.text)
    else:
        return None
    if phrase and phrase[0].lower() in ("the", "a", "an"):
        phrase.pop(0)
    if not phrase or phrase[0].lower() in ("who", "which", "whose", "he", "she", "said"):
        return None
    heads = [w for w in phrase[:4] if w.lower() in ROLE_HEADS]
    first_names = ner.resources()[2]
    if (
        not heads
        or any(w.lower() in _VERBS or w in first_names or w[:1].isdigit() for w in phrase)
        or phrase[0] in ("and", "or", "but")
    ):
        return None
    return _join_words(phrase)


def _title_before(tokens: list[ner.Token], index: int) -> tuple[str | None, str | None]:
    words = [t.text for t in tokens[max(0, index - 14) : index]]
    rank = None
    for candidate in RANKS:
        parts = candidate.split()
        if len(words) >= len(parts) and words[-len(parts) :] == parts:
            if candidate == "General" and len(words) > 1 and words[-2] in _CIVIL_GENERALS:
                break  # Attorney General, Secretary General: an office, not a rank
            rank = candidate
            words = words[: -len(parts)]
            break
    first = len(words)
    while first > 0:
        word = words[first - 1]
        if word[:1].isupper() or word in _POSSESSIVE or word.lower() in CONNECTORS:
            first -= 1
        else:
            break
    phrase = words[first:]
    while phrase and (phrase[0].lower() in CONNECTORS or phrase[0] in _POSSESSIVE):
        phrase.pop(0)
    if phrase and phrase[0] == "The":
        phrase.pop(0)
    if "and" in phrase:  # "President Obama and Vice President Biden": Biden's is the last
        last = len(phrase) - 1 - phrase[::-1].index("and")
        if any(w.lower() in ROLE_HEADS for w in phrase[last + 1 :]):
            phrase = phrase[last + 1 :]
    if not any(w.lower() in ROLE_HEADS for w in phrase):
        return rank, None
    role = _join_words(phrase)
    return rank, role


def _join_words(words: list[str]) -> str:
    out = ""
    for word in words:
        if word in _POSSESSIVE:
            out += "'s"
        else:
            out += (" " if out else "") + word
    return out


def _find_descriptions(entities: list[_Found], regions: list[_Region], text: str) -> None:
    """ "Russia's NATO envoy", "the Russian diplomat": a mention of the one person whose
    role in this article names the same country and the same kind of office."""
    people = [f for f in entities if f.type == "person" and f.roles]
    if not people:
        return
    for region in regions:
        tokens = region.tokens
        for match in _DESCRIPTION_HEAD.finditer(region.text):
            i = bisect.bisect_left(region.starts, region.start + match.start())
            if i == 0 or i >= len(tokens) or tokens[i].start != region.start + match.start():
                continue
            token = tokens[i]
            head = DESCRIPTION_HEADS.get(token.text.lower())
            if head is None:
                continue
            span = _description_span(tokens, i)
            if span is None:
                continue
            first, country = span
            matches = [p for p in people if _role_matches(p, country, head)]
            if len(matches) != 1:
                continue
            start, end = tokens[first].start, token.end
            for other in entities:  # names inside a resolved description give way to it
                other.candidates = [c for c in other.candidates if c.end <= start or c.start >= end]
            matches[0].candidates.append(Candidate(start, end, "person", "description"))


def _description_span(tokens: list[ner.Token], head: int) -> tuple[int, str] | None:
    """Start token and country of "Russia's [NATO] [permanent] envoy" / "the Russian ..."."""
    i = head - 1
    while i >= 0 and (tokens[i].text in _DESCRIPTION_MODIFIERS or _ACRONYM.match(tokens[i].text)):
        i -= 1
    if i >= 1 and tokens[i].text in _POSSESSIVE and tokens[i - 1].text[:1].isupper():
        return i - 1, tokens[i - 1].text
    if i >= 0 and tokens[i].text in NATIONALITIES:
        first = i - 1 if i >= 1 and tokens[i - 1].text.lower() == "the" else i
        if first == i:
            return None
        return first, NATIONALITIES[tokens[i].text]
    return None


def _role_matches(person: _Found, country: str, head: str) -> bool:
    for role in person.roles:
        words = role.replace("'s", " ").split()
        heads = {DESCRIPTION_HEADS.get(w.lower()) for w in words}
        mentions_country = country in role or any(NATIONALITIES.get(w) == country for w in words)
        if head in heads and mentions_country:
            return True
    return False


# --------------------------------------------------------------------------- output


def _results(entities: list[_Found], text: str, registry: Registry) -> list[_Result]:
    results: list[_Result] = []
    for found in entities:
        candidates = sorted(
            {(c.start, c.end): c for c in found.candidates}.values(), key=lambda c: c.start
        )
        if not candidates or all(c.weak for c in candidates):
            continue
        name = found.name
        if found.type == "person" and not found.id:
            named = [text[c.start : c.end] for c in candidates if c.source != "description"]
            if named:
                name = max(named, key=lambda n: (len(n.split()), len(n)))
        if registry.is_ignored(name):
            continue
        mentions = [Mention(c.start, c.end, text[c.start : c.end]) for c in candidates]
        entity = Entity(
            id=found.id or entity_id(found.type, _norm(name)),
            type=found.type,
            name=_norm(name),
            roles=found.roles,
            rank=found.rank,
            mentions=mentions,
        )
        results.append(_Result(entity, candidates))
    results.sort(key=lambda r: r.candidates[0].start)
    merged: dict[str, _Result] = {}
    for result in results:
        if result.entity.id in merged:
            kept = merged[result.entity.id]
            kept.candidates += result.candidates
            kept.entity.mentions = sorted(
                kept.entity.mentions + result.entity.mentions, key=lambda m: m.start
            )
            kept.entity.roles += [r for r in result.entity.roles if r not in kept.entity.roles]
        else:
            merged[result.entity.id] = result
    return list(merged.values())


def _norm(value: str) -> str:
    return " ".join(value.replace("’", "'").split())


# --------------------------------------------------------------------------- suggest


@dataclass(slots=True)
class Suggestion:
    """A name found across the archive that the registry does not know yet."""

    name: str
    type: str
    id: str
    mentions: int = 0
    articles: int = 0
    example: str = ""


def suggest_entities(content_dir: Path, registry: Registry, min_count: int = 2) -> list[Suggestion]:
    """Entities found in `content_dir` that are not in the registry, most mentioned first."""
    from .annotate import annotate
    from .pipeline import collect_sources
    from .read import read_article

    known = set(registry.by_id())
    found: dict[str, Suggestion] = {}
    for path in collect_sources(content_dir)[0]:
        article = annotate(read_article(path), registry)
        for entity in article.entities:
            if entity.id in known or registry.knows(entity.name):
                continue
            suggestion = found.setdefault(
                entity.id, Suggestion(entity.name, entity.type, entity.id)
            )
            suggestion.mentions += len(entity.mentions)
            suggestion.articles += 1
            if not suggestion.example and entity.mentions:
                first = entity.mentions[0]
                suggestion.example = _context(article.text, first.start, first.end)
    ranked = [s for s in found.values() if s.mentions >= min_count]
    return sorted(ranked, key=lambda s: (-s.mentions, s.name.casefold(), s.id))


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    before = text[max(0, start - width) : start].rsplit("\n", 1)[-1]
    after = text[end : end + width].split("\n", 1)[0]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def add_entities_command(commands: argparse._SubParsersAction) -> None:
    """`python -m generator entities suggest ...` (registered by cli.py)."""
    entities = commands.add_parser("entities", help="review the entity registry")
    actions = entities.add_subparsers(dest="entities_command", metavar="ACTION", required=True)
    suggest = actions.add_parser(
        "suggest", help="list names found across the archive that the registry lacks"
    )
    suggest.add_argument("--content", type=Path, default=Path("content"), help="source folder")
    suggest.add_argument("--min-count", type=int, default=2, help="fewest mentions to list")
    suggest.add_argument(
        "--add", nargs="+", metavar="NAME", default=[], help="append these names to the registry"
    )
    suggest.set_defaults(run=run_suggest)


def run_suggest(args: argparse.Namespace) -> int:
    """Print suggestions (count, type, name, id, example); with --add, append to the registry."""
    from .registry import append_entries, load_registry

    path = args.content / "entities.yml"
    registry = load_registry(path)
    for problem in registry.problems:
        print(problem, file=sys.stderr)
    wanted = {name.casefold(): name for name in args.add}
    suggestions = suggest_entities(args.content, registry, 1 if wanted else args.min_count)
    if not wanted:
        for s in suggestions:
            print(f"{s.mentions:5} {s.articles:4}  {s.type:12}  {s.name}  ({s.id})")
            print(f"{'':12}{s.example}")
        print(f"{len(suggestions)} suggestions", file=sys.stderr)
        return 0
    chosen = [s for s in suggestions if s.name.casefold() in wanted]
    missing = set(wanted) - {s.name.casefold() for s in chosen}
    for name in sorted(missing):
        print(f"{wanted[name]}: not among the suggestions, not added", file=sys.stderr)
    if chosen:
        try:
            append_entries(path, [{"name": s.name, "type": s.type} for s in chosen])
        except ValueError as error:
            print(error, file=sys.stderr)
            return 1
        print(f"added {len(chosen)} entries to {path}", file=sys.stderr)
    return 1 if missing else 0
