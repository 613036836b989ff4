"""What a capitalised run looks like: a person's name, a body's, a place's.

Speaker phrases (phrases.py) and the article's names (names.py) ask these questions of
the words beside a quotation: is `BankAmerica` a surname, `Officials` a person, `Ministry
of Defence` a body?
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from generator.annotate import ner
from generator.annotate.entities.aliases import company_base
from generator.annotate.words import (
    ANONYMOUS_HEADS,
    FIRM_LAST_WORDS,
    MEDIA_HEADS,
    NATIONALITY_WORDS,
    ORGANIZATION_HEADS,
    ORGANIZATION_LAST_WORDS,
    PERSON_HEADS,
    PLACE_FIRST,
    ROLE_WORDS,
    word_list,
)

# Last words of capitalised runs that name events, media and places, not people.
PLACE_HEADS = frozenset(
    word_list(
        """
        convention press poll news times post journal magazine review tribune herald
        street avenue hall tower club school college church county city island valley
        river mountains bay park square airport station hotel casino stadium arena
        caucus caucuses primary debate summit conference festival act bill amendment
        """
    )
)


def without_initials(words: list[str]) -> list[str]:
    """`Donald J. Trump` and `Donald Trump` are one person: drop middle initials."""
    if len(words) < 3:
        return words
    middle = [w for w in words[1:-1] if not (len(w) <= 2 and w.endswith("."))]
    return [words[0], *middle, words[-1]]


def one_name(word: str) -> bool:
    """Could this single word be a person's surname? Not `BankAmerica` (a capital
    inside), `Officials` (a plural role) or `India` (a country or state)."""
    if any(c.isupper() for c in word[1:]) and "-" not in word and "'" not in word:
        return False
    low = word.lower()
    if generic_plural(low) or word in NATIONALITY_WORDS or word[:-1] in NATIONALITY_WORDS:
        return False  # `Soviets`, `Japanese`: a people
    if low.endswith("ly") and low in ner.resources()[1]:
        return False  # `Simply remarking, "..."`: an adverb opening the sentence
    return low not in region_names()


def generic_plural(word: str) -> bool:
    """`officials`, `bankers`, `critics`, `witnesses`: a plural common noun (a person's
    head, or a word news writes in lower case), never the name of one person."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False  # `Cross`, `Gus`, `Francis`
    singular = word[:-2] if word.endswith("es") and word[:-2] in PERSON_HEADS else word[:-1]
    heads = PERSON_HEADS | ANONYMOUS_HEADS | ROLE_WORDS
    return singular in heads or word in ner.resources()[1]


@functools.cache
def region_names() -> frozenset[str]:
    """Countries, continents and US states from the entity stage's gazetteer, when it is
    there (generator/data/regions.txt); without it, no word is ruled out."""
    path = Path(__file__).resolve().parents[1] / "data" / "regions.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip().lower() for line in lines if line and not line.startswith("#"))


def placelike(parts: list[str]) -> bool:
    return parts[0].lower() in PLACE_FIRST or (len(parts) > 1 and parts[-1].lower() in PLACE_HEADS)


def is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def company_shaped(name: str) -> bool:
    """A body's name by its form (`Acme Tire and Rubber Co`, `Ministry of Defence`)."""
    return looks_org(name) or company_base(name) != name


_ORG_NAMES = frozenset(("white house", "kremlin", "pentagon"))


def looks_org(name: str) -> bool:
    low = name.lower()
    words = low.split()
    if not words:
        return False
    if words[-1] in ORGANIZATION_HEADS | FIRM_LAST_WORDS or low in _ORG_NAMES:
        return True  # `Ministry of Defence`, `GMAC Financial Services`
    if words[-1] in ORGANIZATION_LAST_WORDS and name.split()[-1][:1].isupper():
        return True  # `General Products Division`: never "she"
    if "of" in words[1:-1] and words[words.index("of") - 1] in ORGANIZATION_HEADS:
        return True  # `Bank of Wessex`, `Ministry of Defence`
    if len(words) >= 2 and words[-1] in MEDIA_HEADS:
        return True  # `New York Times`, `Washington Post`: a newspaper
    if _BRAND.match(name):
        return True  # `SHTFplan`, `NBCnews`: a website's or brand's name, not a person's
    return name.isupper() and len(name) > 1


_BRAND = re.compile(r"^[A-Z]{2,}[a-z]{2,}$")
