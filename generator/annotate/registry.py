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

from generator.model import ENTITY_TYPES, EntityType, Problem, is_entity_type
from generator.read.yamlsafe import UnsafeYAML, load_yaml

HEADER = """\
# Entity registry: canonical people, organizations, places and events.
# It wins over automatic recognition. Each entry under `entities:` has
#   name: canonical name (the page title)          type: person|organization|place|event|other
#   aliases: other names in the text (matched with their capitals as written)
#   description, roles, wikidata (QID), links, id (page path; default from type and name)
#   when: words an article must say for the aliases to mean this entry (splits a name)
# Names under `ignore:` never become entities.
# `python -m generator entities suggest --add NAME` appends entries here.
"""


@dataclass(slots=True)
class RegistryEntry:
    name: str
    type: EntityType
    id: str = ""
    aliases: list[str] = field(default_factory=list)
    # names that mean this entity only in an article that also names it otherwise
    # ("the Alliance" for NATO)
    context_aliases: list[str] = field(default_factory=list)
    description: str = ""
    roles: list[str] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)
    # the aliases mean this entry only in an article that says one of these words
    # ("Midland" is "Midland, Texas" where the article says Texas)
    when: list[str] = field(default_factory=list)
    line: int = 1  # where the entry starts in entities.yml


@dataclass(slots=True)
class Lookup:
    """Registry names and aliases keyed by their words, for token-by-token matching."""

    names: dict[str, RegistryEntry] = field(default_factory=dict)
    folded: dict[str, RegistryEntry] = field(default_factory=dict)
    context: set[str] = field(default_factory=set)
    firsts: set[str] = field(default_factory=set)
    folded_firsts: set[str] = field(default_factory=set)
    longest: int = 0


@dataclass(slots=True)
class Registry:
    entries: list[RegistryEntry] = field(default_factory=list)
    ignore: set[str] = field(default_factory=set)
    digest: str = ""
    problems: list[Problem] = field(default_factory=list)
    path: str = ""
    ignore_lines: dict[str, int] = field(default_factory=dict)
    _lookup: Lookup | None = field(default=None, repr=False, compare=False)
    _ignored: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _known: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def by_id(self) -> dict[str, RegistryEntry]:
        return {entry.id: entry for entry in self.entries}

    def lookup(self) -> Lookup:
        """Names and aliases by their tokens (built once; the first entry wins a clash)."""
        if self._lookup is None:
            from generator.annotate.ner import tokenize

            lookup = Lookup()
            for entry in self.entries:
                if entry.when:  # its aliases are settled across the archive, in context
                    names = [entry.name]
                    for name in names:
                        words = [_norm(t.text) for t in tokenize(name)]
                        if words:
                            lookup.names.setdefault(" ".join(words), entry)
                            lookup.folded.setdefault(" ".join(words).lower(), entry)
                            lookup.firsts.add(words[0])
                            lookup.folded_firsts.add(words[0].lower())
                            lookup.longest = max(lookup.longest, len(words))
                    continue
                context = [*entry.context_aliases]
                context += [a[0].upper() + a[1:] for a in context if a.startswith("the ")]
                for name in [entry.name, *entry.aliases, *context]:
                    words = [_norm(t.text) for t in tokenize(name)]
                    if not words:
                        continue
                    key = " ".join(words)
                    if key not in lookup.names and name in context:
                        lookup.context.add(key)
                    lookup.names.setdefault(key, entry)
                    lookup.folded.setdefault(key.lower(), entry)
                    lookup.firsts.add(words[0])
                    lookup.folded_firsts.add(words[0].lower())
                    lookup.longest = max(lookup.longest, len(words))
            self._lookup = lookup
        return self._lookup

    def is_ignored(self, name: str) -> bool:
        """Whether a name is on the `ignore` list (case and spacing do not matter)."""
        if self._ignored is None:
            self._ignored = frozenset(_norm(word).casefold() for word in self.ignore)
        return bool(self._ignored) and _norm(name).casefold() in self._ignored

    def knows(self, name: str) -> bool:
        """Whether a name is an entry's name or alias, or ignored."""
        if self._known is None:
            self._known = frozenset(
                _norm(n).casefold() for e in self.entries for n in [e.name, *e.aliases]
            )
        return self.is_ignored(name) or _norm(name).casefold() in self._known


def _norm(value: str) -> str:
    return " ".join(value.replace("’", "'").split())


def load_registry(path: Path) -> Registry:
    """Load the registry with a safe YAML loader; problems are reported, never raised."""
    if not path.exists():
        return Registry()
    raw = path.read_bytes()
    registry = Registry(digest=hashlib.sha256(raw).hexdigest()[:16], path=path.as_posix())
    try:
        data = load_yaml(raw.decode("utf-8", errors="replace")) or {}
    except UnsafeYAML as refused:
        registry.problems.append(
            Problem(
                path.as_posix(),
                refused.line + 1,
                f"the registry {refused.message}",
                f"{refused.hint}; until then the registry is ignored",
            )
        )
        return registry
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
            Problem(
                path.as_posix(),
                1,
                "the registry is not a mapping",
                "start it with `entities:` and a list of entries",
            )
        )
        return registry
    from generator.model import entity_id

    lines = _lines(raw.decode("utf-8", errors="replace"))
    for index, item in enumerate(data.get("entities") or []):
        entry = _entry(item)
        if entry is None:
            registry.problems.append(
                Problem(
                    path.as_posix(),
                    lines["entities"][index] if index < len(lines["entities"]) else 1,
                    f"entry {index + 1} needs a `name` and a `type` ({', '.join(ENTITY_TYPES)})",
                    "fix or remove the entry",
                )
            )
            continue
        entry.id = entry.id or entity_id(entry.type, entry.name)
        if index < len(lines["entities"]):
            entry.line = lines["entities"][index]
        registry.entries.append(entry)
    registry.ignore = {str(word) for word in data.get("ignore") or []}
    ignored = [str(word) for word in data.get("ignore") or []]
    registry.ignore_lines = dict(zip(ignored, lines["ignore"], strict=False))
    return registry


def _lines(text: str) -> dict[str, list[int]]:
    """The line (1-based) of each item under `entities:` and `ignore:`, for warnings."""
    found: dict[str, list[int]] = {"entities": [], "ignore": []}
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return found
    if not isinstance(root, yaml.MappingNode):
        return found
    for key, value in root.value:
        if key.value in found and isinstance(value, yaml.SequenceNode):
            found[key.value] = [item.start_mark.line + 1 for item in value.value]
    return found


def _entry(item: Any) -> RegistryEntry | None:
    if not isinstance(item, dict) or not item.get("name"):
        return None
    kind = item.get("type")
    if not is_entity_type(kind):
        return None
    links = item.get("links") or {}
    if item.get("wikidata"):
        links = {**links, "wikidata": str(item["wikidata"])}
    return RegistryEntry(
        name=str(item["name"]),
        type=kind,
        id=str(item.get("id") or ""),
        aliases=[str(a) for a in item.get("aliases") or []],
        context_aliases=[str(a) for a in item.get("context_aliases") or []],
        description=str(item.get("description") or ""),
        roles=[str(r) for r in item.get("roles") or []],
        links={str(k): str(v) for k, v in links.items()},
        when=[str(w) for w in item.get("when") or []],
    )


def append_entries(path: Path, entries: list[dict[str, Any]]) -> None:
    """Append entries under `entities:`, keeping comments and the rest of the file as is.

    The new entries are written by the YAML library and spliced in at the end of the
    `entities:` list; the result is parsed again before it replaces the file.
    """
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER + "entities:\n"
    data = load_yaml(text) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: the registry is not a mapping")
    before = len(data.get("entities") or [])
    lines = text.splitlines(keepends=True)
    key_line = next((i for i, line in enumerate(lines) if line.startswith("entities:")), None)
    if key_line is None:
        if text and not text.endswith("\n"):
            text += "\n"
        text += "entities:\n"
        lines = text.splitlines(keepends=True)
        key_line = len(lines) - 1
    elif lines[key_line].split(":", 1)[1].strip() not in ("", "[]"):
        raise ValueError(f"{path}: write `entities:` as a block list to append to it")
    lines[key_line] = "entities:\n"
    end = key_line + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in (" ", "-", "#")):
        end += 1
    while end > key_line + 1 and not lines[end - 1].strip():
        end -= 1
    indent = next(
        (
            line[: len(line) - len(line.lstrip())]
            for line in lines[key_line + 1 : end]
            if line.lstrip().startswith("- ")
        ),
        "  ",
    )
    dumped = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=1000)
    block = "".join(indent + line if line.strip() else line for line in dumped.splitlines(True))
    if end > key_line + 1:
        block = "\n" + block  # entries are easier to read apart
    new_text = "".join(lines[:end]) + block + "".join(lines[end:])
    check = yaml.safe_load(new_text) or {}
    if len(check.get("entities") or []) != before + len(entries):
        raise ValueError(f"{path}: could not append entries without breaking the file")
    path.write_text(new_text, encoding="utf-8")
