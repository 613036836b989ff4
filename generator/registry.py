"""The entity registry, `content/entities.yml`: canonical entities chosen by people.

It wins over automatic recognition: its names, types and aliases decide how a
mention resolves, and its `ignore` list names words that must never become entities.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import ENTITY_TYPES, Problem


@dataclass(slots=True)
class RegistryEntry:
    name: str
    type: str
    id: str = ""
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    roles: list[str] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Registry:
    entries: list[RegistryEntry] = field(default_factory=list)
    ignore: set[str] = field(default_factory=set)
    digest: str = ""
    problems: list[Problem] = field(default_factory=list)

    def by_id(self) -> dict[str, RegistryEntry]:
        return {entry.id: entry for entry in self.entries}


def load_registry(path: Path) -> Registry:
    """Load the registry with a safe YAML loader; problems are reported, never raised."""
    if not path.exists():
        return Registry()
    raw = path.read_bytes()
    registry = Registry(digest=hashlib.sha256(raw).hexdigest()[:16])
    try:
        data = yaml.safe_load(raw.decode("utf-8", errors="replace")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        registry.problems.append(
            Problem(
                path.as_posix(),
                (mark.line + 1) if mark else 1,
                f"the registry is not valid YAML ({getattr(error, 'problem', error)})",
                "fix the YAML; until then the registry is ignored",
            )
        )
        return registry
    if not isinstance(data, dict):
        registry.problems.append(
            Problem(path.as_posix(), 1, "the registry is not a mapping",
                    "start it with `entities:` and a list of entries")
        )
        return registry
    from .entities import entity_id

    for index, item in enumerate(data.get("entities") or []):
        entry = _entry(item)
        if entry is None:
            registry.problems.append(
                Problem(path.as_posix(), 1, f"entry {index + 1} needs a `name` and a `type` "
                        f"({', '.join(ENTITY_TYPES)})", "fix or remove the entry")
            )
            continue
        entry.id = entry.id or entity_id(entry.type, entry.name)
        registry.entries.append(entry)
    registry.ignore = {str(word) for word in data.get("ignore") or []}
    return registry


def _entry(item: Any) -> RegistryEntry | None:
    if not isinstance(item, dict) or not item.get("name") or item.get("type") not in ENTITY_TYPES:
        return None
    links = item.get("links") or {}
    if item.get("wikidata"):
        links = {**links, "wikidata": str(item["wikidata"])}
    return RegistryEntry(
        name=str(item["name"]),
        type=str(item["type"]),
        id=str(item.get("id") or ""),
        aliases=[str(a) for a in item.get("aliases") or []],
        description=str(item.get("description") or ""),
        roles=[str(r) for r in item.get("roles") or []],
        links={str(k): str(v) for k, v in links.items()},
    )
