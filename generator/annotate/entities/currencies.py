"""A currency's name, which names no body and no person ("Venezuelan Bolivar").

Rate tables list currencies by country ("Venezuelan Bolivar   N/A", "Kuwait Dinar
0.350461", "Pound Sterling"), and the model takes many of them for organizations, or
"Deutsche Mark" for a person called Mark. The currency nouns come from the English names
that the Unicode CLDR (through `babel`) and ISO 4217 (through `pycountry`) give each
currency, current or withdrawn; only names of two or three words count ("Swiss Franc",
"South African Rand"), the pattern of a country's words and its currency, and no name of a
fund or a unit of account ("Special Drawing Rights", "European Currency Unit") lends its
last word. A currency noun is
also a surname (Rand, Pound, Mark) or a town (Bolivar), so it names a currency only after
a people's or a country's word or another currency noun.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from generator.annotate.entities.candidates import is_place
from generator.annotate.words import NATIONALITY_WORDS

_WORD_BEFORE = re.compile(r"(?<!\S)(\S+) \Z")  # "Venezuelan " before "Bolivar"
# the last word of short names in those lists that is no currency noun: "Unknown Currency",
# "RINET Funds", "Zimbabwe Gold" (the metal: "Canadian Gold" is a miner), "European
# Currency Unit", "Special Drawing Rights", "Testing Currency Code"
_NOT_CURRENCY_NOUNS = frozenset({"currency", "funds", "gold", "unit", "rights", "code"})


def _plain(word: str) -> str:
    """The word without accents, in lower case ("Bolívar" is written "Bolivar")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@cache
def currency_nouns() -> frozenset[str]:
    """The last words of the short English names of currencies, without accents."""
    import pycountry
    from babel import Locale

    names = [*Locale("en").currencies.values(), *(c.name for c in pycountry.currencies)]
    nouns = set()
    for name in names:
        words = name.split(" (")[0].split()
        if len(words) in (2, 3) and words[-1].isalpha():
            nouns.add(_plain(words[-1]))
    return frozenset(nouns - _NOT_CURRENCY_NOUNS)


def names_a_currency(words: list[str], text: str, start: int) -> bool:
    """Whether a span of these words, at `start` in `text`, names a currency.

    Its last word is a currency noun and the word ahead of it (in the span, or right
    before the span, a space apart, when the span is that noun alone) is a people's or a
    country's word ("Venezuelan", "Kuwait"), a country's dotted abbreviation ("S.A.
    Rand", "U.A.E. Dirham") or another currency noun ("Pound Sterling"). A comma between
    them makes a list ("Uganda, Zaire and Burundi"): the country Zaire, no currency.
    """
    if _plain(words[-1]) not in currency_nouns():
        return False
    if len(words) > 1:
        ahead = words[-2]
    elif before := _WORD_BEFORE.search(text, max(0, start - 30), start):
        ahead = before[1]
    else:
        return False
    return (
        ahead in NATIONALITY_WORDS
        or is_place(ahead)
        or (ahead.endswith(".") and ahead.count(".") > 1 and ahead.isupper())
        or _plain(ahead) in currency_nouns()
    )
