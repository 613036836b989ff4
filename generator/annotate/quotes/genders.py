"""The gender a first name tells, from the US Census first-name lists (census.py). Used
only to rule a candidate out for "he" or "she" (`Gerard Batten` is no "she"); a name
common for both stays unknown."""

from __future__ import annotations

from functools import cache

from generator.annotate.census import first_name_shares

_MARGIN = 5.0  # one gender's share of bearers must be this many times the other's


@cache
def _table() -> dict[str, str]:
    table = {}
    for first, by in first_name_shares().items():
        male, female = by.get("m", 0.0), by.get("f", 0.0)
        if male >= _MARGIN * female:
            table[first] = "m"
        elif female >= _MARGIN * male:
            table[first] = "f"
    return table


def first_name_gender(first: str) -> str | None:
    """ "m", "f" or None for a lowercase first name."""
    return _table().get(first)
