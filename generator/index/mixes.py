"""Names that gather several things on one page: two bodies' names joined by a hyphen or a
slash ("ABC News-Washington Post", a joint poll of two outlets; "Texaco-Pennzoil", a
dispute of two companies; "McDonnell Douglas Corp/Textron Inc", a team of two). A reader
looks up each of the two, not the pair: a page of the pair is a third page for things that
have their own (`resolution.unify_entities` calls `joined_names` once the types are
decided)."""

from __future__ import annotations

import re

from generator.index.names import Group, company_base, final, name_key

# a hyphen or a slash between two capitalised names ("Texaco-Pennzoil", "NBC News/Wall
# Street Journal"); not one inside a word ("Bio/dynamics") nor after a lone letter ("A/S",
# "I/N Tek")
_JOIN = re.compile(r"(?<=\w\w)[-/](?=[A-Z])")


def joined_names(groups: dict[str, Group]) -> None:
    """An organization's name that a hyphen or a slash cuts into two names the archive
    names on their own, two other bodies or places ("ABC News" and "Washington Post",
    "Edmonton" and "Swann Hills"), is the two of them, not a third thing: its mentions stay
    plain text. Names the archive knows only joined ("Coca-Cola", "Royal Dutch/Shell
    Group", where no "Shell Group" stands alone) and places ("Dallas/Fort Worth") keep
    their page; so does a name whose parts are a person's ("Hewlett-Packard"). A hyphen
    also makes one company's name of two with a legal form after them ("Georgia-Pacific
    Corp", "Prudential-Bache Securities Inc"), and ties a campus or a station to its body
    ("University of California-Los Angeles", "WKOW-TV")."""
    for group in groups.values():
        if group.type != "organization" or group.registered or group.junk or group.target:
            continue
        for join in _JOIN.finditer(group.name):
            hyphen = join[0] == "-"
            if hyphen and company_base(group.name) != group.name:
                continue
            first = _named_alone(group.name[: join.start()], group, groups)
            second = _named_alone(group.name[join.end() :], group, groups)
            if hyphen and second is not None and second.type == "place":
                continue
            if first is not None and second is not None and first is not second:
                group.junk = f"two names joined: {first.name} and {second.name}"
                break


def _named_alone(part: str, whole: Group, groups: dict[str, Group]) -> Group | None:
    """The body or place a piece of a joined name names on its own in the archive, or None
    (a person's name, a piece never named alone, two letters such as a station's "TV", or
    the joined name's own short form)."""
    part = part.strip()
    found = groups.get(name_key(part)) if len(part) > 2 else None
    if found is None or found.junk or found is whole:
        return None
    found = final(found)
    if found is whole or found.junk or found.type not in ("organization", "place"):
        return None
    return found
