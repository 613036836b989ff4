"""Company names the wire marks: partners' surnames joined by "and" before a firm's word,
a name in angle brackets (`<Fichtel und Sachs AG>`), a name before its ticker. The model
cuts such names at their joining word; the marks say where one begins and ends. Split from
candidates.py, which trims the model's spans."""

from __future__ import annotations

import re

from generator.annotate import ner
from generator.annotate.entities.aliases import usual_name
from generator.annotate.entities.candidates import (
    INITIAL,
    POSSESSIVE,
    Candidate,
    Region,
    is_place,
)
from generator.annotate.entity_words import FIRM_PARTS, FOREIGN_AND, SAME_COMPANY_WORDS
from generator.annotate.words import (
    FIRM_LAST_WORDS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANIZATION_HEADS,
    ORGANIZATION_LAST_WORDS,
)

# nouns before "of" and partners' names that make them a firm: `the law firm of Paul, Weiss`
_FIRM_NOUNS = frozenset({"firm", "firms", "partnership"})


def _partner(word: str) -> bool:
    return (
        len(word) > 2
        and word[:1].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and word.lower() not in NOT_NAMES
        and word.lower() not in FIRM_LAST_WORDS
    )


def partner_firms(region: Region) -> list[Candidate]:
    """`<Pratt and Whitney>`, `Donaldson, Lufkin and Jenrette Securities`, `Pratt and
    Whitney unit`: partners' surnames joined by "and" are one firm where wire copy brackets
    them or a firm word follows; the model reads each name apart (a place "Whitney")."""
    found: list[Candidate] = []
    tokens, words, text = region.tokens, region.words, region.text
    countries = ner.regions()  # `Canada and Pearson Plc`: two names
    for i, word in enumerate(words):
        if word != "and" or i < 1 or i + 1 >= len(words) or not _partner(words[i + 1]):
            continue
        first = i - 2 if words[i - 1] == "," else i - 1  # `Lufkin, and Jenrette`
        if first < 0 or not _partner(words[first]):
            continue
        while first >= 2 and words[first - 1] == "," and _partner(words[first - 2]):
            first -= 2
        before = words[first - 1] if first > 0 else ""
        owner = words[first - 2].lower() if first > 1 else ""  # `Corp's Pratt and Whitney`
        owned = before in POSSESSIVE and owner not in FIRM_LAST_WORDS
        firm_of = before == "of" and owner in _FIRM_NOUNS  # `the law firm of Paul, Weiss, ...`
        named_before = first > 1 and words[first - 2][:1].isupper()  # `Bank of X and Y`
        if before[:1].isupper() or owned or before == ">" or (before == "of" and named_before):
            continue  # `Sumitomo Trust and Banking Co`, `Frank's Nursery and Crafts`: longer
        end = i + 1
        while end + 1 < len(words) and words[end + 1].lower() in FIRM_LAST_WORDS:
            end += 1
        start, stop = tokens[first].start, tokens[end].end
        local_start, local_stop = start - region.start, stop - region.start
        bracketed = text[local_start - 1 : local_start] == "<" and text[local_stop:].startswith(">")
        named = end > i + 1 or (end + 1 < len(words) and words[end + 1].lower() in FIRM_PARTS)
        named = named or firm_of
        partners = [w for w in words[first : i + 2] if w not in (",", "and")]
        places = [w for w in partners if is_place(w)]  # `Lufkin`, a Texas town too
        if (bracketed or named) and len(places) < len(partners) and not countries & set(places):
            found.append(Candidate(start, stop, "organization", "rule"))
    return found


# what follows "and" in a firm named after its founder ("Don Bybee and Associates",
# "Arthur D. Little and Partners"): no person's name goes on so. Not "and Sons": "Alex. Brown
# and Sons Inc" read whole left its "Brown Inc" and "Wagner and Brown" to a person Brown
_FOUNDERS_FIRM_WORDS = frozenset({"Associates", "Partners"})


def founders_firms(region: Region) -> list[Candidate]:
    """`Don Bybee and Associates`: a person's name before "and Associates" (or "and
    Partners") names the firm, not the person; the model reads the person alone ("Don Bybee"),
    a page for someone the story never mentions. Up to three name words or initials; a
    capitalised word before them may be part of a longer name, so none is made then."""
    found: list[Candidate] = []
    tokens, words = region.tokens, region.words
    for i, word in enumerate(words):
        if word != "and" or i + 1 >= len(words) or words[i + 1] not in _FOUNDERS_FIRM_WORDS:
            continue
        first = i
        while first > max(0, i - 3) and (
            _partner(words[first - 1]) or INITIAL.match(words[first - 1])
        ):
            first -= 1
        before = words[first - 1] if first > 0 else ""
        if first == i or not _partner(words[first]) or before[:1].isupper() and before != "The":
            continue
        end = i + 1
        while end + 1 < len(words) and words[end + 1].lower() in FIRM_LAST_WORDS:
            end += 1
        found.append(Candidate(tokens[first].start, tokens[end].end, "organization", "rule"))
    return found


def foreign_partner_firms(region: Region) -> list[Candidate]:
    """`Haighton en Ruth B.V.`: two partners' names joined by a foreign "and" before a
    firm's last word are one firm even where the wire brackets nothing; the model reads
    "Ruth B.V." alone, a firm that does not exist. The name before the joiner is one word,
    or words joined by particles ("Minas de Almaden y Arrayanes S.A."); after another
    capitalised word it may open a longer name the rule cannot bound, so none is made."""
    found: list[Candidate] = []
    tokens, words = region.tokens, region.words
    for i in range(1, len(words) - 2):
        if words[i] not in FOREIGN_AND or not (_partner(words[i - 1]) and _partner(words[i + 1])):
            continue
        form = words[i + 2].lower()
        if form not in ORGANIZATION_LAST_WORDS or form in ORGANIZATION_HEADS:
            continue
        first = i - 1
        while first > 1 and words[first - 1] in NAME_PARTICLES and words[first - 2][:1].isupper():
            first -= 2
        longer = first > 0 and words[first - 1][:1].isupper()
        if longer or (first == i - 1 and is_place(words[first])):
            continue
        found.append(Candidate(tokens[first].start, tokens[i + 2].end, "organization", "rule"))
    return found


# words that join the parts of one company's name: `Power and Light Co`, `Fichtel und Sachs`,
# `Hoogovens en Staalfabrieken NV`, `Banca Nazionale del Lavoro`
_PARTS_JOINERS = frozenset({"and", "&"}) | FOREIGN_AND  # the model cuts names there
_NAME_JOINERS = _PARTS_JOINERS | {"of"} | NAME_PARTICLES
_TICKER = re.compile(r"[A-Z][A-Z0-9]{0,6}(?:\.[A-Z]{1,3})?")


def wire_company_names(region: Region) -> list[Candidate]:
    """Reuters marks company names: `<Fichtel und Sachs AG>` brackets a whole name, and a
    ticker follows one (`Pennsylvania Power and Light Co <PPL>`). The model cuts such a name
    at its joining word ("Sachs AG", a place "Pennsylvania" and "Light Co"); the marks say
    where it begins and ends. A bracketed ticker (`<GE>`, `<PHAB ST>`) is no name, and a
    place or a company before "and" stays apart (`Canada and Pearwood Plc <PW>`)."""
    found: list[Candidate] = []
    tokens, words = region.tokens, region.words
    for i, word in enumerate(words):
        if word != "<" or i + 2 >= len(words):
            continue
        close = next((j for j in range(i + 1, min(i + 16, len(words))) if words[j] == ">"), 0)
        opening = i + 1
        if "-" in words[opening:close]:  # `<BNL - Banca Nazionale del Lavoro>`: the long name
            dashes = [i] + [j for j in range(opening, close) if words[j] == "-"] + [close]
            parts = sorted(zip(dashes, dashes[1:], strict=False), key=lambda p: p[0] - p[1])
            opening, close = parts[0][0] + 1, parts[0][1]
        inside = words[opening:close]
        if not inside or not inside[0][:1].isupper():
            continue
        if len(inside) == 1 and _a_whole_name(inside[0]):
            continue  # `<Chemical Bank of New <York>`, `... Contracting <Inc>`: garbled
        if len(inside) == 1 and _TICKER.fullmatch(inside[0]):
            first = _name_before_ticker(words, i)
            if first is not None:
                end = tokens[i - 1].end
                found.append(Candidate(tokens[first].start, end, "organization", "rule"))
        elif any(w.lower() != w.upper() and w != w.upper() for w in inside) and all(
            w[:1].isupper() or w in _NAME_JOINERS or w in ",.'-" for w in inside
        ):  # a ticker or a headline is in capitals
            found.append(
                Candidate(tokens[opening].start, tokens[close - 1].end, "organization", "rule")
            )
    return found


def _name_before_ticker(words: list[str], ticker: int) -> int | None:
    """Where the company name that ends before a ticker begins, when one "and" runs
    through it, or when it begins with a place ("U.S. Air Group Inc <U>", which the model
    reads as a place and "Air Group Inc"; the other names it reads whole). Not in a list
    ("Goldenbell, United and Inca Resources Inc") nor after a person ("Daniel Roling of
    Merrill Lynch")."""
    first = ticker
    while first > 0 and (
        words[first - 1][:1].isupper()
        or words[first - 1] in _PARTS_JOINERS
        or (words[first - 1] == "." and first > 1 and _abbreviated(words[first - 2]))
    ):  # `Alex. Brown and Sons Inc`
        first -= 1
    while first < ticker and (words[first] in _PARTS_JOINERS or words[first] == "The"):
        first += 1
    name = words[first:ticker]
    joins = [k for k, w in enumerate(name) if w in _PARTS_JOINERS]
    if not joins and len(name) > 2 and name[-1].lower() in FIRM_LAST_WORDS:
        usual = usual_name(name[0])  # "U.S.": the model cuts it from `U.S. Air Group Inc`
        place = usual is not None and usual[1] == "place"
        return first if place and any(w != w.upper() for w in name) else None  # no title
    if len(joins) != 1 or name[-1].lower() not in FIRM_LAST_WORDS or joins[0] == 0:
        return None
    if first > 0 and words[first - 1] in (",", "of"):
        return None
    head = " ".join(name[: joins[0]])
    if joins[0] == 1 and is_place(head) or head.lower() in FIRM_LAST_WORDS:
        return None
    if _a_whole_name(name[joins[0] - 1]):
        return None  # `Marlow Minerals Ltd and Cambrook Inc`, `Daewoo Group and ...`: two
    return first


def _abbreviated(word: str) -> bool:
    """A short capitalised word a full stop may follow inside a name ("Alex.", "St.")."""
    return word[:1].isupper() and len(word) <= 4 and word.lower() not in FIRM_LAST_WORDS


def _a_whole_name(word: str) -> bool:
    """Does a name end with this word, so that "and" after it begins another name?"""
    lower = word.lower()
    return lower in FIRM_LAST_WORDS or lower in SAME_COMPANY_WORDS or is_place(word)
