"""The gender a first name tells, from the US Census first-name lists that the `names`
package ships (MIT; the lists are public domain). Used only to rule a candidate out for
"he" or "she" (`Gerard Batten` is no "she"); a name common for both stays unknown."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

_FILES = {"m": "dist.male.first", "f": "dist.female.first"}
_MARGIN = 5.0  # one gender's share of bearers must be this many times the other's


@cache
def _table() -> dict[str, str]:
    share: dict[str, dict[str, float]] = {}
    for gender, name in _FILES.items():
        for line in files("names").joinpath(name).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                share.setdefault(parts[0].lower(), {})[gender] = float(parts[1])
    table = {}
    for first, by in share.items():
        male, female = by.get("m", 0.0), by.get("f", 0.0)
        if male >= _MARGIN * female:
            table[first] = "m"
        elif female >= _MARGIN * male:
            table[first] = "f"
    return table


def first_name_gender(first: str) -> str | None:
    """ "m", "f" or None for a lowercase first name."""
    return _table().get(first)
