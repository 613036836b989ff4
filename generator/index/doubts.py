"""What entity resolution leaves unsure, for `entities review`: each doubt with the
entities.yml lines that would settle it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.index.names import ACRONYM, Group, usual_name


@dataclass(slots=True)
class Doubt:
    """Something the archive is unsure of, for `entities review`: what, how much it
    matters (articles), and the entities.yml lines that would settle it."""

    kind: str
    name: str
    articles: int
    why: str
    settle: list[str] = field(default_factory=list)


def spelled_alike(kept: Group, other: Group) -> Doubt:
    """Two spellings of one name that no story ties together (variants.py), or two names
    alike once an acronym is spelled out ("EC Executive Commission")."""
    why = f"may be {kept.name} ({kept.articles} articles): alike, no story ties them"
    settle = [f"- name: {kept.name}", f"  type: {kept.type}", f"  aliases: [{other.name}]"]
    return Doubt("near duplicate", other.name, other.articles, why, settle)


def doubts_left(
    groups: dict[str, Group],
    surnames: dict[str, list[Group]],
    held: Counter[str],
    initials: Callable[[str], str],
) -> list[Doubt]:
    """What resolution left unsure: names with no page because several things share them,
    types decided on thin evidence, and acronyms left apart from a long name like them."""
    found: list[Doubt] = []
    by_initials: dict[str, list[Group]] = defaultdict(list)
    for group in groups.values():
        if group.type == "organization" and " " in group.name and not group.junk:
            by_initials[initials(group.name)].append(group)
    for group in groups.values():
        if group.registered or group.junk or group.target or not held[group.id]:
            continue
        if group.doubt and group.weak:  # the editor may give it a page in entities.yml
            settle = [f"- name: {group.name}", f"  type: {group.type}"]
            found.append(Doubt("no page", group.name, held[group.id], group.doubt, settle))
            continue
        if group.doubt:
            options = surnames.get(group.key) if group.type == "person" else None
            settle = []
            for other in sorted(options or [], key=lambda g: -g.articles)[:3]:
                settle += [f"- name: {other.name}", f"  type: {other.type}"]
                settle += [f"  aliases: [{group.name}]", "  when: [WORD ITS ARTICLES USE]"]
            settle = settle or [f"ignore: [{group.name}]"]
            found.append(Doubt("several things", group.name, held[group.id], group.doubt, settle))
            continue
        total = sum(group.types.values())
        thin = total and group.types[group.type] < 0.6 * total and not usual_name(group.name)
        if group.articles >= 2 and thin:
            others = [k for k, _ in group.types.most_common() if k != group.type]
            found.append(
                Doubt(
                    "kind",
                    group.name,
                    group.articles,
                    f"{group.type} on thin evidence (also read as {', '.join(others)})",
                    [f"- name: {group.name}", f"  type: {others[0] if others else group.type}"],
                )
            )
        twins = by_initials.get(group.name, []) if ACRONYM.fullmatch(group.name) else []
        for twin in twins[:2]:
            found.append(
                Doubt(
                    "near duplicate",
                    group.name,
                    group.articles,
                    f"may be {twin.name} ({twin.articles} articles); never spelled out beside it",
                    [f"- name: {twin.name}", "  type: organization", f"  aliases: [{group.name}]"],
                )
            )
    return found
