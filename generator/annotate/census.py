"""The US Census name lists the `names` package ships (MIT; the lists are public domain):
one reader for every rule that asks whether a word is a given name or a common surname,
and what share of a given name's bearers are men or women."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from nicknames import NickNamer

from generator.annotate.words import FEMALE_NAMES, MALE_NAMES

_FIRST = {"m": "dist.male.first", "f": "dist.female.first"}


def _rows(name: str) -> list[tuple[str, float]]:
    """(folded name, percentage of bearers) in the list's order, the commonest first."""
    rows = []
    for line in files("names").joinpath(name).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            rows.append((parts[0].casefold(), float(parts[1])))
    return rows


@cache
def first_name_shares() -> dict[str, dict[str, float]]:
    """Folded given name -> {"m": share of men, "f": share of women} that bear it."""
    shares: dict[str, dict[str, float]] = {}
    for gender, name in _FIRST.items():
        for first, share in _rows(name):
            shares.setdefault(first, {})[gender] = share
    return shares


@cache
def given_names() -> frozenset[str]:
    """Every given name of the lists, men's and women's ("bruce"), and of the news's own
    list in words.py ("rand", "newt"), folded."""
    return frozenset(first_name_shares()) | FEMALE_NAMES | MALE_NAMES


COMMON_SURNAMES = 2000  # the census's most common surnames: "Johnson", "Warner", "Conrad"


@cache
def common_surnames(count: int = COMMON_SURNAMES) -> frozenset[str]:
    """The `count` commonest surnames, folded ("johnson", "warner")."""
    return frozenset(name for name, _ in _rows("dist.all.last")[:count])


@cache
def _surname_shares() -> dict[str, float]:
    return dict(_rows("dist.all.last"))


def mostly_given(word: str) -> bool:
    """Is the word a given name more than a surname, by the census's shares ("Hillary",
    "Donald"; not "Carter", "Nixon", "Subroto", "Xi")?"""
    folded = word.casefold()
    given = max(first_name_shares().get(folded, {}).values(), default=0.0)
    return given > _surname_shares().get(folded, 0.0)


NICKNAMES = NickNamer()


def given_name(word: str) -> bool:
    """A given name of words.py's lists or a nickname's ("Walt")."""
    word = word.casefold()
    return bool(
        word in MALE_NAMES
        or word in FEMALE_NAMES
        or NICKNAMES.canonicals_of(word)
        or NICKNAMES.nicknames_of(word)
    )


def surname(word: str) -> bool:
    """A surname the census knows, however rare ("Koch", "Nakasone"; not "Hindsight")."""
    return word.casefold() in _surname_shares()


def first_name(word: str) -> bool:
    """A given name the name lists or the census know."""
    return given_name(word) or word.casefold() in given_names()
