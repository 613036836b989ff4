"""Forms of one thing a story writes apart, made one entity within the article.

Renames the text states: "Armtek Corp, formerly Armstrong Rubber Co", "Systemed Inc said
it changed its name to Knowledge Data Systems Inc", "a name change to Stoneridge Resources
Inc": the story says the two names are one company (or one place: "Ho Chi Minh City,
formerly Saigon"), so they make one entity, named by the newer name, the older kept as
its mention's text. Misspelt surnames: "Alan H. Marcove" ... "Alan Marvoce", "Harvey
Kapnick" ... "Kapnik said": the same letters in another order, or one letter more or
less, in the story that names the person in full.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.annotate import census, ner
from generator.annotate.entities.aliases import company_base
from generator.annotate.entities.candidates import INITIAL, Candidate, span_name
from generator.annotate.words import ORGANIZATION_LAST_WORDS

# "X, formerly Y", "X (formerly known as Y)", "X - formerly the Y": the old name follows
_FORMERLY = re.compile(
    r"\s*(?:,|\(|-|--)\s*formerly(?: known as| called)?\s+(?:the\s+)?<?", re.IGNORECASE
)
# "the company, formerly Y": the old name of the company the sentence is about
_THE_COMPANY_FORMERLY = re.compile(
    r"\b[Tt]he company\s*(?:,|\()\s*formerly(?: known as| called)?\s+(?:the\s+)?<?"
)
# "changed its name to Y", "change the company's name to Y", "its name change to Y"
_NAME_CHANGE = (
    r"\b(?:chang(?:e|ed|es|ing) (?:its|their|the company's|the company’s) name|name change)"
)
_CHANGE_TO = re.compile(_NAME_CHANGE + r" to\s+<?")
_CHANGE_FROM = re.compile(_NAME_CHANGE + r" from\s+<?")  # "... from X to Y"
_TO = re.compile(r">?\s+to\s+<?")
_KINDS = ("organization", "place")


def apply_renames(candidates: list[Candidate], text: str) -> None:
    """Write every mention of a renamed thing's old name as its new name (`form`), so the
    two resolve to one entity. A name that is both renamed and a new name in one story
    ("Orange-Co Inc" renamed, and another firm renamed "Orange-Co Inc") is left alone,
    and so is a name the story gives two different new names."""
    pairs = _stated_renames(candidates, text)
    new_names: dict[str, dict[str, Candidate]] = {}  # old name -> its new names (no full stop)
    for old, new in pairs:
        new_names.setdefault(span_name(old, text), {})[span_name(new, text).rstrip(".")] = new
    made = {name for names in new_names.values() for name in names}
    renamed = {
        old: next(iter(new.values()))
        for old, new in new_names.items()
        if len(new) == 1 and old.rstrip(".") not in made
    }
    others = {
        company_base(span_name(c, text))
        for c in candidates
        if span_name(c, text) not in renamed
        and company_base(span_name(c, text)) != span_name(c, text)
    }
    for name in list(renamed):
        base = company_base(name)  # "Windsor Industries said" after "Windsor Industries Inc"
        if base and base != name and base not in others and base not in renamed:
            renamed[base] = renamed[name]
    for c in candidates:
        to = renamed.get(span_name(c, text))
        if c.entry is None and c.type in _KINDS and to is not None:
            c.form, c.type = span_name(to, text), to.type


def _stated_renames(candidates: list[Candidate], text: str) -> list[tuple[Candidate, Candidate]]:
    """(old, new) pairs of names the text says are one thing renamed."""
    names = sorted(
        (c for c in candidates if c.type in _KINDS and not c.headline), key=lambda c: c.start
    )
    at = {c.start: c for c in names}
    pairs: list[tuple[Candidate, Candidate]] = []
    for c in names:
        formerly = _FORMERLY.match(text, c.end)
        old = at.get(formerly.end()) if formerly else None
        if old is not None and _one_kind(old, c, text):
            pairs.append((old, c))
    for match in _THE_COMPANY_FORMERLY.finditer(text):
        old = at.get(match.end())
        subject = _subject(names, text, match.start())
        if old is not None and subject is not None and _one_kind(old, subject, text):
            pairs.append((old, subject))
    for match in _CHANGE_TO.finditer(text):
        new, old = at.get(match.end()), _subject(names, text, match.start())
        if old is not None and new is not None and _one_kind(old, new, text):
            pairs.append((old, new))
    for match in _CHANGE_FROM.finditer(text):
        old = at.get(match.end())
        to = _TO.match(text, old.end) if old is not None else None
        new = at.get(to.end()) if to else None
        if old is not None and new is not None and _one_kind(old, new, text):
            pairs.append((old, new))
    return [(old, new) for old, new in pairs if span_name(old, text) != span_name(new, text)]


def _one_kind(old: Candidate, new: Candidate, text: str) -> bool:
    """Are the two names of a rename one kind of thing? A renamed thing keeps its kind,
    so where the model read one of a company's names as a town ("Altus, formerly known as
    First Southern Federal Savings and Loan Association": Altus is a town too), the other
    name's legal form or body's last word says which kind both are, and the place is
    retyped. Without that word the two stay apart."""
    if old.type == new.type:
        return True
    kinds = {old.type, new.type}
    if kinds != {"organization", "place"}:
        return False
    body, place = (old, new) if old.type == "organization" else (new, old)
    span = span_name(body, text)
    if company_base(span) == span and span.split()[-1].lower() not in ORGANIZATION_LAST_WORDS:
        return False
    place.type = "organization"
    return True


def _subject(names: list[Candidate], text: str, cue: int) -> Candidate | None:
    """The company a sentence is about, before `cue`: the one organization the sentence
    names before it, where that one is a company (it has a legal form: "Systemed Inc said
    it changed its name"); none where it names two ("shareholders of American Agronomics
    Corp, which acquired Orange-Co's unit")."""
    start = max(text.rfind(". ", 0, cue), text.rfind("\n", 0, cue)) + 1
    before = [c for c in names if start <= c.start and c.end <= cue and c.type == "organization"]
    if len(before) != 1:
        return None
    span = span_name(before[0], text)
    return before[0] if company_base(span) not in ("", span) else None


def respell_people(candidates: list[Candidate], text: str) -> None:
    """Write a misspelt person's mentions as the spelling the story gave first: a full name
    with the same given name ("Alan Marvoce" after "Alan H. Marcove"), or a lone surname no
    one else bears ("Kapnik said" beside "Harvey Kapnick"). Near surnames of two people,
    "Hansen" and "Hanson", differ by a letter changed, which is no misspelling here; and
    a lone surname near two people's is left alone, and so is one the newswire knows as a
    word of its own ("Reagan" beside "Donald Regan"). A lone name that is the first of two
    surnames ("Chacin" of "Juan Chacin Guzman", "Pena" of "Enrique Pena Nieto") is that
    person too."""
    people = [c for c in candidates if c.type == "person" and c.entry is None]
    full: dict[tuple[str, str], str] = {}  # (given name, surname) -> first full spelling
    for c in sorted(people, key=lambda c: c.start):
        words = [w for w in span_name(c, text).split() if not INITIAL.match(w)]
        if len(words) < 2:
            continue
        twin = next(
            (
                name
                for (given, surname), name in full.items()
                if given == words[0] and _misspelt(words[-1], surname)
            ),
            None,
        )
        if twin is not None:
            c.form = twin
        else:
            full.setdefault((words[0], words[-1]), span_name(c, text))
    surnames = Counter(surname for _, surname in full)
    fathers = Counter(_father(name) for name in full.values())
    for c in people:
        span = span_name(c, text)
        if " " in span or span in surnames or census.given_name(span):
            continue
        if fathers[span] == 1:  # "Chacin said" of "Juan Chacin Guzman"
            c.form = next(name for name in full.values() if _father(name) == span)
            continue
        near = {surname for surname in surnames if _misspelt(span, surname)}
        if len(near) == 1 and surnames[next(iter(near))] == 1 and not _newswire_word(span):
            c.form = next(iter(near))


def _misspelt(word: str, other: str) -> bool:
    """Is `word` `other` misspelt: of five letters or more, the same first letter, and the
    same letters in another order ("Marvoce", "Marcove") or one letter more or less
    ("Kapnik", "Kapnick")?"""
    a, b = word.casefold(), other.casefold()
    if a == b or min(len(a), len(b)) < 5 or a[0] != b[0] or not (a + b).isalpha():
        return False
    if len(a) == len(b):
        return sorted(a) == sorted(b)
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def _father(name: str) -> str:
    """The first of two surnames, in a name of three words (given name, father's and
    mother's surnames: "Juan Chacin Guzman"): a middle word that is no given name
    ("Mary Ann Smith") and no initial; "" for other names."""
    words = [w for w in name.split() if not INITIAL.match(w)]
    if len(words) != 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return ""
    return "" if census.given_name(words[1]) else words[1]


def _newswire_word(word: str) -> bool:
    """Is the word one the newswire uses often enough to have a word cluster ("reagan",
    "volcker")? A misspelling is seldom one ("Kapnik", "Yuetter")."""
    return word.casefold() in ner.clusters()
