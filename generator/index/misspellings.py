"""Stage 3, index: a name the text misspells is the name it means. Wire copy slips a
letter ("George Schultz", "Rence Priebus", a dateline's "LOS ANGELS"); a page of its own
for the slip is a duplicate a reader sees at once. Only a slip the archive can settle
joins: the other spelling is a known one (a given name the lists know, a place the
gazetteer knows) and the slip's is not, so that two real names a letter apart (Ivana and
Ivanka Trump, Irving and Irvine) stay apart. A saint's name written short or long ("St.
Paul", "Saint Paul") is one place too."""

from __future__ import annotations

import re
from collections import defaultdict

from generator.annotate.census import first_name
from generator.annotate.entities.aliases import one_letter_dropped
from generator.index.evidence import common_surnames, listed_place
from generator.index.names import Group, name_key, near_each_other

_FAR_MORE = 2  # "named far more": over twice the articles
_SAINT = re.compile(r"(?<![\w.])(St|Ste)\.? (?=[A-Z])")  # "St. Paul", "Sault Ste. Marie"
_SAINT_WORDS = {"St": "Saint ", "Ste": "Sainte "}


def misspelt_names(groups: dict[str, Group]) -> None:
    """Join each misspelt person and place to the name it means (README, "earn a page",
    rule 4)."""
    open_groups = [
        g
        for g in groups.values()
        if not (g.registered or g.target or g.junk or g.doubt) and g.type in ("person", "place")
    ]
    _surnames(open_groups)
    _given_names(open_groups)
    _places(open_groups)
    _saints(open_groups)


def _surnames(groups: list[Group]) -> None:
    """A surname one letter off a person of the same first name named in more articles
    near in time is that person ("Albert Melknikov", "Albert Melnikov"); where both are
    common surnames, only if the other is named far more ("George Schultz" beside the
    Secretary of State George Shultz; not "Paul Johnston" beside a Paul Johnson of two
    stories)."""
    by_first: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        words = group.name.split()
        if group.type == "person" and len(words) == 2:
            by_first[words[0]].append(group)
    for people in by_first.values():
        for a in people:
            surname = a.name.split()[1]
            for b in people:
                other = b.name.split()[1]
                both = {surname.casefold(), other.casefold()} <= common_surnames()
                if (
                    b.articles > a.articles * (_FAR_MORE if both else 1)
                    and not (a.target or b.target)
                    and one_letter_off(surname, other)
                    and near_each_other(a, b)
                ):
                    a.target = b
                    break


def _given_names(groups: list[Group]) -> None:
    """A first name no list knows, one letter off a known one of a person with the same
    surname named near in time, is that person ("Rence Priebus", "Joh Husted"); a known
    first name is a person of its own ("Ivana Trump" beside "Ivanka Trump")."""
    by_rest: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        first, *rest = group.name.split()
        if group.type == "person" and rest:
            by_rest[" ".join(rest)].append(group)
    for people in by_rest.values():
        for a in people:
            first = a.name.split()[0]
            if first_name(first) or not first.isalpha():
                continue
            meant = [
                b
                for b in people
                if b is not a
                and not b.target
                and first_name(b.name.split()[0])
                and one_letter_off(first, b.name.split()[0], shortest=3)
                and near_each_other(a, b)
            ]
            if len(meant) == 1:
                a.target = meant[0]


def _places(groups: list[Group]) -> None:
    """A place no gazetteer knows, one letter inside its name off a place it knows that
    the archive names more often, is that place (a dateline's "LOS ANGELS", "San
    Meteo"). Not a person's name ("Cameron", "Greene"), nor a first or last letter apart:
    that makes another word ("Kansai", "Pontiacs")."""
    known: dict[int, list[Group]] = defaultdict(list)
    for group in groups:
        if group.type == "place" and listed_place(group.name):
            known[len(group.name)].append(group)
    for a in groups:
        if a.type != "place" or a.target or listed_place(a.name) or _a_persons(a.name):
            continue
        size = len(a.name)
        meant = [
            b
            for b in known[size - 1] + known[size] + known[size + 1]
            if b.articles > a.articles
            and one_letter_off(a.name, b.name, shortest=6)
            and a.name[0] == b.name[0]
            and a.name[-1] == b.name[-1]
        ]
        if len(meant) == 1:
            a.target = meant[0]


def _saints(groups: list[Group]) -> None:
    """A place named after a saint is one place whether the wire writes "St." or "Saint"
    ("St. Paul, Minn.", "Saint Paul, Minn."): the form named in fewer articles joins the
    other, at a tie the long form the short one (the wire's usual)."""
    by_key = {g.key: g for g in groups if g.type == "place" and not g.target}
    for short in list(by_key.values()):
        long = _SAINT.sub(lambda m: _SAINT_WORDS[m[1]], short.name)
        other = by_key.get(name_key(long)) if long != short.name else None
        if other is None or other is short or other.target:
            continue
        kept, joined = (other, short) if other.articles > short.articles else (short, other)
        joined.target = kept


def one_letter_off(a: str, b: str, shortest: int = 5) -> bool:
    """One letter added, dropped or changed, in names of `shortest` letters or more."""
    if a == b or min(len(a), len(b)) < shortest or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return one_letter_dropped(a, b)


def _a_persons(name: str) -> bool:
    """A given name or a common surname ("Cameron", "Greene"): a person's, maybe."""
    return first_name(name) or name.casefold() in common_surnames()
