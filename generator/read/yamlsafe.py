"""YAML from outside (front matter, the registry), loaded safely and in bounded time.

`yaml.safe_load` refuses custom tags such as `!!python/object`, but not an alias bomb,
whose few lines expand to billions of nodes as soon as anything walks the result.
`load_yaml` scans the events first and refuses anchors and aliases, unknown tags,
deep nesting and oversized documents, each with the line where it happens.
Dates stay text, so an impossible date is reported by the caller rather than raised.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_YAML_CHARS = 1024 * 1024
MAX_DEPTH = 20
_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
}


class UnsafeYAML(ValueError):
    """A refused document: `line` is 0-based within the YAML source."""

    def __init__(self, line: int, message: str, hint: str) -> None:
        super().__init__(message)
        self.line, self.message, self.hint = line, message, hint


class _TextDatesLoader(yaml.SafeLoader):
    """safe_load that keeps dates as text."""


_TextDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(source: str, max_chars: int = MAX_YAML_CHARS) -> Any:  # noqa: ANN401
    """Parse untrusted YAML; raises UnsafeYAML for refused documents, yaml.YAMLError for
    invalid ones."""
    if len(source) > max_chars:
        raise UnsafeYAML(
            0,
            f"is {len(source):,} characters, over the {max_chars:,}-character limit",
            "keep it to short `key: value` lines",
        )
    depth = 0
    for event in yaml.parse(source, Loader=yaml.SafeLoader):
        line = event.start_mark.line if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise UnsafeYAML(
                line,
                "uses a YAML anchor or alias (& or *), which is not allowed",
                "write the value out in full",
            )
        tag = getattr(event, "tag", None)
        if tag and tag not in _PLAIN_TAGS and tag != "!":
            raise UnsafeYAML(
                line,
                f"uses the YAML tag {tag!r}, which is not allowed",
                "remove the tag and write a plain value",
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise UnsafeYAML(line, f"is nested more than {MAX_DEPTH} levels deep", "flatten it")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return yaml.load(source, Loader=_TextDatesLoader)  # noqa: S506 - a SafeLoader
