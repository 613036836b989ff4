"""Entity resolution: which entity each candidate names, within one article.

Surnames resolve to the full name given earlier, types are voted across mentions,
events merge by their key words, and titles beside a name become the person's roles.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from wordfreq import zipf_frequency

from generator.annotate import census, ner
from generator.annotate.entities.aliases import is_country
from generator.annotate.entities.candidates import (
    ACRONYM,
    CIVIL_GENERALS,
    INITIAL,
    POSSESSIVE,
    VERBS_AFTER_NAMES,
    Candidate,
    Region,
    is_capitalised,
    normal_name,
    span_name,
    trim_person,
)
from generator.annotate.entities.companies import (
    companies_by_first_word,
    companies_by_short_name,
    units,
)
from generator.annotate.entities.forms import apply_renames, respell_people
from generator.annotate.entity_words import BODY_LEVEL_WORDS
from generator.annotate.registry import Registry
from generator.annotate.words import (
    CONNECTORS,
    DESCRIPTION_HEADS,
    EVENT_HEADS,
    GIVEN_NAME_AFTER,
    GIVEN_NAME_TITLES,
    KIN_WORDS,
    MONTH_NAMES,
    NAME_JOINS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NATIONALITIES,
    NOT_NAMES,
    OFFICE_WORDS,
    ORDINALS,
    ORGANIZATION_HEADS,
    RANKS,
    REGNAL_NUMBERS,
    ROLE_HEADS,
    ROLE_WORDS,
)
from generator.model import Entity, EntityType, Mention, entity_id

_DESCRIPTION_MODIFIERS = frozenset({"permanent", "deputy", "top", "chief", "senior", "special"})


_DESCRIPTION_HEAD = re.compile(r"\b(?:" + "|".join(DESCRIPTION_HEADS) + r")\b", re.IGNORECASE)
_ENGLISH = 3.0  # wordfreq's Zipf scale: "endorses" 3.0, "osman" 2.9, "apolonio" 0
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")  # a whole word of a name, no initial


@dataclass(slots=True)
class _Found:
    """An entity being assembled."""

    type: EntityType
    name: str
    id: str = ""
    roles: list[str] = field(default_factory=list)
    rank: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    words: tuple[str, ...] = ()


@dataclass(slots=True)
class Result:
    entity: Entity
    candidates: list[Candidate]


def resolve_candidates(candidates: list[Candidate], text: str) -> list[_Found]:
    """Group mentions into entities: registry entries, acronyms, surnames, equal names."""
    _capitals_forms(candidates, text)
    apply_renames(candidates, text)
    respell_people(candidates, text)
    companies_by_first_word(candidates, text)
    _people_by_surname(candidates, text)
    units(candidates, text)
    _vote_types(candidates, text)
    companies_by_short_name(candidates, text)
    people = [(c, text[c.start : c.end].split()) for c in candidates if c.type == "person"]
    full_names = {tuple(parts) for _, parts in people if len(parts) > 1}
    family_names = Counter(parts[-1] for parts in full_names)
    for candidate, parts in people:  # the surname of another mention of a person
        trim_person(candidate, text, _other_surname(family_names, parts))
    entities: dict[str, _Found] = {}
    order: list[str] = []

    def add(key: str, kind: EntityType, name: str, candidate: Candidate) -> None:
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
            acronym_of[candidate.key] = normal_name(text[candidate.start : candidate.end])
    surnames: dict[str, str] = {}
    surnames_seen: dict[str, list[tuple[int, str]]] = {}  # surname -> (offset, person)
    initials: dict[str, str] = {}
    given_names: dict[str, str] = {}  # first word of one person's full name -> that person
    for candidate in ordered:
        span = span_name(candidate, text)
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
        if key is None and candidate.type == "person" and _given_name(text, candidate):
            key = given_names.get(span) or None  # "Tom" or "Sheikh Ali", named in full
        if key is not None and span in surnames and span not in initials:
            key = _nearest_full_name(surnames_seen.get(span, []), candidate.start) or key
        if key is None:
            words = _event_key(span) if candidate.type == "event" else span.lower()
            key = candidate.key or f"{candidate.type}:{words}"
            name = candidate.name or _display_name(span, candidate.type)
            add(key, candidate.type, name, candidate)
            _remember(span, candidate.type, key, surnames, initials)
            if candidate.type == "person":
                _remember_suffixed(span, key, surnames, family_names)
            if candidate.type == "person" and len(span.split()) > 1:
                surnames_seen.setdefault(span.split()[-1], []).append((candidate.start, key))
                first = span.split()[0]
                given_names[first] = key if given_names.get(first, key) == key else ""
        else:
            entities[key].candidates.append(candidate)
            if candidate.type == "person" and len(span.split()) > 1:
                surnames_seen.setdefault(span.split()[-1], []).append((candidate.start, key))
    found = [entities[k] for k in order]
    _merge_events(found)
    _events_called(found, text)
    _heads_named_before(found, text)
    _levels_left_out(found, text)
    return found


def _given_name(text: str, candidate: Candidate) -> bool:
    """May a one-word name be the given name of a person named in full ("Tom told her",
    "Sheikh Ali")? Not in a pair that shares a surname ("David and Charles", "David and
    Jeanne Heidler"), a relative ("his son George"), a name cut from a longer one ("Bill de
    Blasio") or a surname after a name or title ("Rand Paul", "Sen. Paul")."""
    span = text[candidate.start : candidate.end]
    if " " in span:
        return False
    before = text[max(0, candidate.start - 30) : candidate.start]
    words = before.split()
    if _PAIRED_AFTER.match(text, candidate.end) or _PAIRED_BEFORE.search(before):
        return False
    if words and words[-1].strip(",").lower() in KIN_WORDS:
        return False
    if _NAME_AFTER.match(text, candidate.end):
        return False  # "Bill de Blasio", "Bill O'Reilly": a longer name the model cut
    last = words[-1] if words else ""
    # "Rand Paul", "Sen. Paul": a surname, or a name the model cut; "Sheikh Ali" is not
    return not (
        last[:1].isupper()
        and last.lower() not in GIVEN_NAME_TITLES
        and (not last.endswith(_SENTENCE_ENDS) or last.lower() in ROLE_WORDS)
    )


_NAME_AFTER = re.compile(
    r" (?:(?:" + "|".join(sorted(map(re.escape, NAME_PARTICLES))) + r") )?[A-Z]"
)
_SENTENCE_ENDS = tuple(".!?:;\"”’')")
_PAIRED_AFTER = re.compile(r",? (?:and|&) (?!I\b)[A-Z]")  # not "Anthony and I"
_PAIRED_BEFORE = re.compile(r"[A-Z][a-z]+,? (?:and|&) \Z")


def _other_surname(family_names: Counter[str], parts: list[str]) -> Callable[[str], bool]:
    """Is a word the surname of a person the article names otherwise than `parts`?"""
    own = parts[-1] if len(parts) > 1 else None
    return lambda word: family_names[word] > (word == own)


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
    kept = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not INITIAL.match(w)]
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
            and all(is_capitalised(w) for w in words)
            and not any(w.lower() in ORGANIZATION_HEADS for w in words)
        ):
            c.type = "person"


def _remember(
    name: str, kind: str, key: str, surnames: dict[str, str], initials: dict[str, str]
) -> None:
    words = name.split()
    if kind == "person" and len(words) > 1 and words[-1] not in REGNAL_NUMBERS:
        surnames.setdefault(words[-1], key)  # "John Paul II" has none
    if kind == "person" and len(words) == 2 and GIVEN_NAME_AFTER.fullmatch(words[1]):
        surnames.setdefault(words[0], key)  # "Kim Mahn-je" ... "Kim told reporters"
    if kind == "person" and len(words) > 2 and words[-2].lower() in NAME_PARTICLES:
        surnames.setdefault(" ".join(words[-2:]), key)  # "St Germain said"
    if kind == "person" and _two_surnames(words):  # "Fernando Santos Alvite" ... "Santos Alvite"
        surnames.setdefault(" ".join(words[1:]), key)
    joins = [i for i, word in enumerate(words) if kind == "person" and word in NAME_JOINS]
    if joins and joins[0] > 0:  # "Sheikh Abdul-Aziz bin Khalifa ..." ... "Sheikh Abdul-Aziz"
        surnames.setdefault(" ".join(words[: joins[0]]), key)
        if joins[0] > 1 and words[0].lower() in GIVEN_NAME_TITLES:
            surnames.setdefault(" ".join(words[1 : joins[0]]), key)  # ... "Abdul-Aziz"
    if kind == "organization" and len(words) > 1:
        acronym = "".join(w[0] for w in words if w[:1].isupper())
        if len(acronym) > 1:
            initials.setdefault(acronym, key)
        if is_country(words[0]) and len(acronym) > 3:  # "U.S. National Soybean Processors
            initials.setdefault(acronym[1:], key)  # Association" ... "The NSPA charged"
        bracket = next((i for i, word in enumerate(words) if word.startswith("(")), 0)
        if bracket > 1:  # "China Development Finance Co (H.K.) Ltd" ... "CDFC"
            initials.setdefault("".join(w[0] for w in words[:bracket] if w[:1].isupper()), key)
    initials.setdefault(name, key)


def _two_surnames(words: list[str]) -> bool:
    """A given name and two more words of a name ("Fernando Santos Alvite", "Debbie
    Wasserman Schultz"), the last two of which name the person alone; not a description
    or a headline's verb run into a name ("Republican Donald Trump", "Endorses Paul
    Ryan"): the first word is a given name the lists know or no common English word."""
    return (
        len(words) == 3
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and (census.first_name(words[0]) or zipf_frequency(words[0].lower(), "en") < _ENGLISH)
    )


def _remember_suffixed(
    name: str, key: str, surnames: dict[str, str], family_names: Counter[str]
) -> None:
    """ "Wyatt said" after "Oscar S. Wyatt Jr" is him: the word before a suffix is the
    surname, unless another person the article names in full bears it ("Donald Trump Jr."
    beside "Donald Trump")."""
    words = name.split()
    if len(words) > 2 and words[-1].casefold() in NAME_SUFFIXES and not family_names[words[-2]]:
        surnames.setdefault(words[-2], key)


def _existing(
    span: str,
    kind: str,
    entities: dict[str, _Found],
    initials: dict[str, str],
    surnames: dict[str, str],
) -> str | None:
    if span in initials:
        return initials[span]
    if kind == "organization" and " " not in span and len(span) > 2 and span.upper() in initials:
        return initials[span.upper()]  # "Liffe" beside "London International ... (LIFFE)"
    if kind in ("person", "organization", "place") and span in surnames:
        return surnames[span]
    key = f"{kind}:{span.lower()}"
    return key if key in entities else None


def _capitals_forms(candidates: list[Candidate], text: str) -> None:
    """A mention in capitals (`VARGA`, `KESTREL CLUB`, a dateline's `NORTHFIELD`) is the
    name the article writes in its usual case, or the person whose surname that is."""
    usual: dict[str, str] = {}
    for c in candidates:
        span = normal_name(text[c.start : c.end])
        if c.entry is None and span.upper() != span:
            usual.setdefault(span.lower(), span)
            words = span.split()
            if c.type == "person" and len(words) > 1:
                usual.setdefault(words[-1].lower(), words[-1])
    for c in candidates:
        span = normal_name(text[c.start : c.end])
        if c.entry is None and span.upper() == span and span.lower() in usual:
            c.form = usual[span.lower()]


def _vote_types(candidates: list[Candidate], text: str) -> None:
    """One name, one type per article: the majority of recognised types wins (a dateline's
    place counts thrice: "NORTHFIELD 2031-02-14" says what Northfield is)."""
    votes: dict[str, Counter[EntityType]] = {}
    for c in candidates:
        if c.entry is None and c.type != "event":
            weight = 3 if c.source == "rule" and c.type == "place" else 1
            votes.setdefault(span_name(c, text), Counter())[c.type] += weight
    for c in candidates:
        if c.entry is None and c.type != "event":
            ranked = votes[span_name(c, text)].most_common()
            c.type = min(ranked, key=lambda item: (-item[1], item[0]))[0]


def _event_key(span: str) -> str:
    words = [w for w in _event_words(span)]
    return " ".join(words).lower()


_WAR_NUMERALS = {"first": "I", "second": "II", "third": "III"}
_WAR_NUMBERS = {"One": "I", "Two": "II", "Three": "III", "1": "I", "2": "II"}


def _event_words(span: str) -> list[str]:
    words = [w for w in re.split(r"[\s]+", span.replace("’s", "").replace("'s", "")) if w]
    if len(words) > 2 and words[-2].lower() == "war" and words[-1] in _WAR_NUMBERS:
        return [*words[:-1], _WAR_NUMBERS[words[-1]]]  # "World War Two" is World War II
    if words and words[-1].lower() in ("war", "wars"):
        numeral = _WAR_NUMERALS.get(words[0].lower()) if len(words) > 2 else None
        if numeral:  # "Second World War" is "World War II": the ordinal is the name
            return [*words[1:], numeral]
        return words
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


_CALLED = re.compile(r",? (?:essentially|also known as|known as|also called|dubbed)(?: the)? ")


def _events_called(found: list[_Found], text: str) -> None:
    """ "the Gay Games, essentially the LGBT Olympics": the second name, set off as another
    name for the first, is that event."""
    events = [f for f in found if f.type == "event" and f.candidates]
    starts = {c.start: f for f in events for c in f.candidates}
    for event in events:
        for candidate in list(event.candidates):
            called = _CALLED.match(text, candidate.end)
            other = starts.get(called.end()) if called else None
            if other is not None and other is not event and other.candidates:
                event.candidates.extend(other.candidates)
                other.candidates = []


# "the" and lower-case words before a body's head word alone: "the three day Congress"
_THE_BEFORE = re.compile(r"\b[Tt]he(?: [a-z][\w-]*){0,3} \Z")


def _heads_named_before(found: list[_Found], text: str) -> None:
    """ "Delegates to the three day Congress" after "The American Pork Congress kicks
    off": a body's head word alone after "the" is the one longer name of the article that
    ends with it; written bare ("urged Congress") it may be another body, and stays, as
    does the head of a name a country begins ("U.S. Treasury"), another country's maybe."""
    longer: dict[str, list[_Found]] = {}
    for entity in found:
        words = entity.name.split()
        if len(words) > 1 and entity.type in ("organization", "event") and entity.candidates:
            longer.setdefault(words[-1].lower(), []).append(entity)
    for entity in found:
        head = entity.name.lower()
        # "the Bank" of a London story is the Bank of England beside "Barclays Bank"
        if " " in head or head not in ORGANIZATION_HEADS | EVENT_HEADS or head == "bank":
            continue
        owners = longer.get(head, [])
        if len(owners) != 1 or owners[0] is entity or is_country(owners[0].name.split()[0]):
            continue  # "U.S. Treasury Secretary", then "the Treasury spokesman" in London
        after_the = [
            c
            for c in entity.candidates
            if c.entry is None and _THE_BEFORE.search(text, max(0, c.start - 40), c.start)
        ]
        owners[0].candidates.extend(after_the)
        entity.candidates = [c for c in entity.candidates if c not in after_the]


def _levels_left_out(found: list[_Found], text: str) -> None:
    """ "The Statistics Office said" after "the Federal Statistics Office said": a body's
    name after "the" is the one longer name of the article that only adds a level of
    government before it ("Federal", "National"). Not a bank's ("the Home Loan Bank" is
    one of many), nor a name with a connector ("Bank of Canada" is no "National Bank of
    Canada"), nor a firm's ("Celanese Corp" is not "Hoechst Celanese Corp")."""
    longer: dict[str, list[_Found]] = {}
    for entity in found:
        first, _, rest = entity.name.partition(" ")
        if entity.type == "organization" and first.lower() in BODY_LEVEL_WORDS:
            longer.setdefault(rest, []).append(entity)
    for entity in found:
        words = entity.name.split()
        owners = longer.get(entity.name, [])
        if (
            entity.type != "organization"
            or len(owners) != 1
            or len(words) < 2
            or words[-1].lower() not in ORGANIZATION_HEADS - {"bank"}
            or any(w.lower() in CONNECTORS | NAME_PARTICLES for w in words)
        ):
            continue
        after_the = [
            c
            for c in entity.candidates
            if c.entry is None and _THE_BEFORE.search(text, max(0, c.start - 40), c.start)
        ]
        owners[0].candidates.extend(after_the)
        entity.candidates = [c for c in entity.candidates if c not in after_the]


def _display_name(span: str, kind: str) -> str:
    if kind == "event":
        return " ".join(_event_words(span))
    if span.isupper() and len(span) > 5 and kind != "organization":
        return span.title()
    return span


def find_roles(entities: list[_Found], regions: list[Region]) -> None:
    """Titles before a person's name ("Russian Deputy Defense Minister Lieutenant General
    Alexander Fomin") or after it between commas ("Tomas Lindqvist, the commander of ...,")."""
    people = [(c.start, c.end, f) for f in entities if f.type == "person" for c in f.candidates]
    surnames = frozenset(f.name.split()[-1] for f in entities if f.type == "person" and f.name)
    region_starts = [region.start for region in regions]
    for start, end, person in sorted(people, key=lambda item: item[0]):
        at = bisect.bisect_right(region_starts, start) - 1
        if at < 0 or start >= regions[at].end:
            continue
        region = regions[at]
        if region.headline_case:
            continue  # "BRAZILIAN FINANCE MINISTER MEETS STOLTENBERG": a headline's words
        i = bisect.bisect_left(region.starts, start)
        if i >= len(region.starts) or region.starts[i] != start:
            continue
        rank, role = _title_before(region.tokens, i, surnames)
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
        or any(
            w.lower() in VERBS_AFTER_NAMES or w in first_names or w[:1].isdigit() for w in phrase
        )
        or phrase[0] in ("and", "or", "but")
    ):
        return None
    return _join_words(phrase)


def _title_before(
    tokens: list[ner.Token], index: int, surnames: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """The rank and role written before a name; `surnames` are those of the article's
    people ("Douglas and Agriculture Minister Colin Moyle": Douglas's is no part of it)."""
    words = [t.text for t in tokens[max(0, index - 14) : index]]
    rank = None
    for candidate in RANKS:
        parts = candidate.split()
        if len(words) >= len(parts) and words[-len(parts) :] == parts:
            if candidate == "General" and len(words) > 1 and words[-2] in CIVIL_GENERALS:
                break  # Attorney General, Secretary General: an office, not a rank
            rank = candidate
            words = words[: -len(parts)]
            break
    first = len(words)
    while first > 0:
        word = words[first - 1]
        if word[:1].isupper() or word in POSSESSIVE or word.lower() in CONNECTORS:
            first -= 1
        else:
            break
    phrase = words[first:]
    if phrase and phrase[-1].lower() in CONNECTORS:
        return rank, None  # "Congressman Berkley Bedell and Bill Lesher": the first one's
    # "in January President ...": a date or a small word opens no role
    for at in range(len(phrase) - 1, -1, -1):
        word = phrase[at].lower()
        if (word in NOT_NAMES and word not in CONNECTORS) or word in MONTH_NAMES:
            phrase = phrase[at + 1 :]
            break
    while phrase and (phrase[0].lower() in CONNECTORS or phrase[0] in POSSESSIVE):
        phrase.pop(0)
    if phrase and phrase[0] == "The":
        phrase.pop(0)
    if "and" in phrase:  # "President Obama and Vice President Biden": Biden's is the last
        last = len(phrase) - 1 - phrase[::-1].index("and")
        # but "Ways and Means Committee Chairman" is one role: the words around "and"
        # name no office of their own
        after = phrase[last + 1 : last + 2]
        if (
            any(w.lower() in ROLE_HEADS for w in phrase[last + 1 :])
            and (
                any(w.lower() in ROLE_HEADS for w in phrase[:last])
                or any(w.lower() in ROLE_WORDS for w in after)
                # "Douglas and Agriculture Minister Colin Moyle": a name, then an office; not
                # "Research and Technology Minister"
                or (any(w.lower() in OFFICE_WORDS for w in after) and phrase[last - 1] in surnames)
                # "Prime Minister Bob Hawke and Treasurer Paul Keating": a named person's ends
                or (phrase[last - 1] in surnames and last > 1 and phrase[last - 2][:1].isupper())
            )
        ):
            phrase = phrase[last + 1 :]
    if "of" in phrase:  # "the Social Democrats of Prime Minister Kalevi Sorsa": his office
        at = phrase.index("of")
        title = phrase[at + 1 : at + 2]
        if not any(w.lower() in ROLE_HEADS for w in phrase[:at]) and any(
            w.lower() in ROLE_WORDS - OFFICE_WORDS for w in title
        ):
            phrase = phrase[at + 1 :]
    if not any(w.lower() in ROLE_HEADS for w in phrase):
        return rank, None
    role = _join_words(phrase)
    return rank, role


def _join_words(words: list[str]) -> str:
    out = ""
    for word in words:
        if word in POSSESSIVE:
            out += "'s"
        else:
            out += (" " if out else "") + word
    return out


def find_descriptions(entities: list[_Found], regions: list[Region]) -> None:
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
    while i >= 0 and (tokens[i].text in _DESCRIPTION_MODIFIERS or ACRONYM.match(tokens[i].text)):
        i -= 1
    if i >= 1 and tokens[i].text in POSSESSIVE and tokens[i - 1].text[:1].isupper():
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


def entity_results(entities: list[_Found], text: str, registry: Registry) -> list[Result]:
    results: list[Result] = []
    for found in entities:
        candidates = sorted(
            {(c.start, c.end): c for c in found.candidates}.values(), key=lambda c: c.start
        )
        if not candidates or all(c.weak for c in candidates):
            continue
        name = found.name
        if found.type == "person" and not found.id:
            named = [c.form or text[c.start : c.end] for c in candidates]
            named = [n for n, c in zip(named, candidates, strict=True) if c.source != "description"]
            usual = [n for n in named if n.upper() != n] or named  # "Ilse Varga", not "VARGA"
            if usual:
                name = max(usual, key=lambda n: (len(n.split()), len(n), n.upper() != n))
        if registry.is_ignored(name):
            continue
        mentions = [Mention(c.start, c.end, text[c.start : c.end]) for c in candidates]
        entity = Entity(
            id=found.id or entity_id(found.type, normal_name(name)),
            type=found.type,
            name=normal_name(name),
            roles=found.roles,
            rank=found.rank,
            mentions=mentions,
        )
        results.append(Result(entity, candidates))
    results.sort(key=lambda r: r.candidates[0].start)
    merged: dict[str, Result] = {}
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
