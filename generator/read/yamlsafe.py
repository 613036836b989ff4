"""YAML from outside (front matter, the registry), loaded safely and in bounded time.

`yaml.safe_load` refuses custom tags such as `!!python/object`, but not an alias bomb,
whose few lines expand to billions of nodes as soon as anything walks the result.
`load_yaml` scans the events first and refuses anchors and aliases, unknown tags,
deep nesting and oversized documents, each with the line where it happens.
Dates stay text, so an impossible date is reported by the caller rather than raised.
`FrontMatter` is python-frontmatter's YAML handler reading through `load_yaml`.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

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


_UNCLOSED = {
    "while scanning a quoted scalar": (
        "the quoted value that starts here is never closed",
        "add the closing quotation mark",
    ),
    "while parsing a flow sequence": (
        "the [ list that starts here is never closed",
        "add the closing ]",
    ),
    "while parsing a flow mapping": (
        "the { mapping that starts here is never closed",
        "add the closing }",
    ),
}


def yaml_error_message(error: yaml.YAMLError, first_line: int = 1) -> tuple[int, str, str]:
    """(line, message, hint) for a YAML syntax error, at the line and column where YAML
    found the problem; for a quote or bracket never closed, where it opens (YAML itself
    notices only at the end of the block). `first_line` is the file's line of the YAML's
    first line."""
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    context = getattr(error, "context", None)
    mark = getattr(error, "problem_mark", None)
    what, hint = problem, "fix the YAML there, or remove the block"
    opening = getattr(error, "context_mark", None)
    if context in _UNCLOSED and opening is not None:
        mark = opening
        what, hint = _UNCLOSED[context]
        hint += ", or remove the block"
    elif context:
        what = f"{context}: {problem}"
    if mark is None:
        return first_line, f"front matter is not valid YAML ({what})", hint
    line = first_line + mark.line
    return (
        line,
        f"front matter is not valid YAML at line {line}, column {mark.column + 1}: {what}",
        hint,
    )


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


class FrontMatter(YAMLHandler):
    """python-frontmatter's YAML handler with the bounded loader. A block opens with a
    `---` line at the very start of the file and closes at the next `---` or `...` line
    (YAML's end of document); what `split` gives back keeps every character's place, so
    the reader's offsets and line numbers stay those of the file."""

    FM_BOUNDARY = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
    _OPENING = re.compile(r"---[ \t]*(?:\n|\Z)")

    def __init__(self, max_chars: int = MAX_YAML_CHARS) -> None:
        super().__init__()
        self.max_chars = max_chars

    def detect(self, text: str) -> bool:
        """Whether the file opens with a front-matter fence."""
        return self._OPENING.match(text) is not None

    def split(self, text: str) -> tuple[str, str]:
        """(the YAML between the fences, from the line after the opening one; the text
        after the closing fence, from the newline that ends it). ValueError when the
        block is never closed."""
        source, rest = super().split(text)
        return source.removeprefix("\n"), rest

    def load(self, fm: str, **kwargs: object) -> Any:  # noqa: ANN401, ARG002 - the handler's signature
        """The YAML through `load_yaml`: raises UnsafeYAML or yaml.YAMLError."""
        return load_yaml(fm, self.max_chars)
