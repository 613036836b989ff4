"""The shared document model: every stage reads and extends these objects.

Offsets are character offsets into `Article.text`, the whole decoded source file
(front matter included), so `text[start:end]` is always exactly the span.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, Literal, TypeGuard, get_args

from slugify import slugify

# The vocabularies of the record, each declared once as a type; the tuple of its values
# (where code needs them listed) and every table keyed by it derive from that type, and
# the type checker holds the rest of the code to it.
EntityType = Literal["person", "organization", "place", "event", "other"]
ENTITY_TYPES: tuple[EntityType, ...] = get_args(EntityType)

# A block of the layout (`Block.kind`): together they cover every non-space character.
BlockKind = Literal[
    "front-matter",
    "title",
    "lead",
    "dateline",
    "byline",
    "caption",
    "also-read",
    "paragraph",
    "heading",
    "table",
    "boilerplate",
]

# How a quotation's speaker was found (`Quote.attribution`, explained there).
Attribution = Literal[
    "explicit",
    "pronoun",
    "description",
    "continuation",
    "lead",
    "list",
    "interview",
    "editor",
    "none",
]

# How bad a problem is (`Problem.severity`, explained there).
Severity = Literal["error", "warning", "notice"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)

# Which evidence decided an article's date (`Article.date_source`; read/dates.py).
DateSource = Literal[
    "front-matter",
    "text",
    "dateline",
    "dateline+weekday",
    "dateline+text",
    "dateline+path",
    "dateline+config",
    "dateline+guess",
    "path",
    "none",
]

# An entity type's folder of pages, and its name as readers see it: (one, many).
ENTITY_FOLDERS: dict[EntityType, str] = {
    "person": "people",
    "organization": "organizations",
    "place": "places",
    "event": "events",
    "other": "other",
}
TYPE_LABELS: dict[EntityType, tuple[str, str]] = {
    "person": ("Person", "People"),
    "organization": ("Organization", "Organizations"),
    "place": ("Place", "Places"),
    "event": ("Event", "Events"),
    "other": ("Other", "Other"),
}


def is_entity_type(value: object) -> TypeGuard[EntityType]:
    """Whether a value from outside (YAML, a form) is one of the entity types."""
    return value in ENTITY_TYPES


def entity_type_of(entity_id: str) -> EntityType:
    """An entity's type from its page's folder (`people/x` -> person); person when the
    folder is none of the types' (a speaker's page given by hand)."""
    folder = entity_id.partition("/")[0]
    return next((kind for kind, name in ENTITY_FOLDERS.items() if name == folder), "person")


def entity_id(entity_type: EntityType, name: str) -> str:
    """Stable page path of an entity: `people/alexander-grushko`."""
    return f"{ENTITY_FOLDERS[entity_type]}/{slugify(name, max_length=80) or 'unnamed'}"


@dataclass(slots=True)
class Block:
    """A run of the source text with one role in the layout (title, paragraph, ...)."""

    kind: BlockKind
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Role:
    """A role or title the text gives a person, dated by the article it comes from."""

    title: str
    rank: str | None = None
    date: str | None = None
    article: str | None = None


@dataclass(slots=True)
class Entity:
    """An entity as one article mentions it; `id` is its page path (`people/x-y`)."""

    id: str
    type: EntityType
    name: str
    roles: list[str] = field(default_factory=list)
    rank: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """A quotation and who said it.

    - `speaker`: the name shown; `speaker_id`: the speaker's page (`people/x-y`), empty
      when the article never names who speaks (then `speaker` may hold the description
      the text gives, e.g. "a Disney spokesman", to show without a link).
    - `cue`: the speech verb beside it (`said`, `according to`).
    - `attribution`: how the speaker was found: `explicit` (named beside the quote),
      `pronoun` ("he said"), `description` ("the Russian diplomat said"),
      `continuation` (carries on from the paragraph before), `lead` (a title or lead
      quote resolved through the body), `list` (under "Below are X's key statements"),
      `interview` (an interview's "I" or answer: the person interviewed), `editor` (a
      correction in the article's front matter, `speakers:`), or `none`.
    - `via`: the words the speaker was identified from when not named beside the quote
      ("the Russian diplomat", "she"), for a tooltip "identified from ..."; else None.
    - `partial`: a partial quotation woven into reported speech (`said the plan was
      "a mistake"`): show it marked inline in its paragraph, not as a callout.
    - `confidence`: how likely the speaker shown is right (for a quotation left
      unattributed, that nobody the text names said it), from 0 to 1: the pronoun
      ranker's probability for "he"/"she", else a prior for how the speaker was found
      (`CONFIDENCE` in annotate/quotes/attribution.py).
    - `same_as`: the id of the quotation this one repeats (a title or lead quotation
      the body gives again, or a shortened copy `no progress ...,` of a fuller one):
      one quotation in two places, counted once on the speaker and Quotes pages.
    """

    id: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None
    attribution: Attribution = "none"
    via: str | None = None
    partial: bool = False
    same_as: str | None = None
    confidence: float = 0.0


def count(number: int, noun: str) -> str:
    """`1 article`, `2 articles`: every message that counts says it this way."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


@dataclass(slots=True)
class Problem:
    """A message about one source file: where, what is wrong and how to fix it.

    Severity "error" and "warning" are for what a person must fix (`--strict` fails on
    them); "notice" is a disagreement the build settles by a stated rule (the front-matter
    date wins over the dateline, a second page of one address gets a suffix): reported
    for an editor to see, never fatal."""

    path: str
    line: int
    message: str
    hint: str = ""
    severity: Severity = "error"

    @property
    def blocking(self) -> bool:
        """Whether `--strict` fails on it: a person must fix it."""
        return self.severity != "notice"

    def __str__(self) -> str:
        tail = f" — {self.hint}" if self.hint else ""
        return f"{self.path}:{self.line}: {self.message}{tail}"


@dataclass(slots=True)
class Article:
    """One source article: its text, layout blocks, metadata and annotations."""

    path: str
    text: str
    format: str = "wire"
    id: str = ""
    title: str = ""
    lead: str = ""
    date: dt.date | None = None
    date_source: DateSource = "none"
    place: str | None = None
    place_raw: str | None = None
    agency: str | None = None
    byline: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # and notices
    digest: str = ""  # of the source and everything its annotation depends on; not in records

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def blocks_of(self, kind: BlockKind) -> list[Block]:
        return [b for b in self.blocks if b.kind == kind]

    def line_of(self, offset: int) -> int:
        """The 1-based line number of a character offset, for messages."""
        return self.text.count("\n", 0, offset) + 1

    def problem(
        self, offset: int, message: str, hint: str = "", severity: Severity = "error"
    ) -> None:
        entry = Problem(self.path, self.line_of(offset), message, hint, severity)
        (self.errors if severity == "error" else self.warnings).append(entry)

    def to_record(self) -> dict[str, Any]:
        """The JSON record of ANNOTATIONS.md."""
        return {
            "path": self.path,
            "id": self.id,
            "title": self.title,
            "lead": self.lead,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            "place": self.place,
            "place_raw": self.place_raw,
            "agency": self.agency,
            "byline": self.byline,
            "url": self.url,
            "tags": self.tags,
            "blocks": [{"kind": b.kind, "start": b.start, "end": b.end} for b in self.blocks],
            "quotes": [_fields(q) for q in self.quotes],
            "entities": [
                {**_fields(e), "mentions": [_fields(m) for m in e.mentions]} for e in self.entities
            ],
            "errors": [str(p) for p in self.errors],
            "warnings": [str(p) for p in self.warnings if p.blocking],
            "notices": [str(p) for p in self.warnings if not p.blocking],
        }

    @classmethod
    def from_record(cls, record: dict[str, Any], text: str) -> Article:
        """Rebuild an article from its record (the cache stores records)."""
        article = cls(path=record["path"], text=text)
        for key in ("id", "title", "lead", "date_source", "place", "place_raw", "agency"):
            setattr(article, key, record[key])
        article.byline, article.url, article.tags = record["byline"], record["url"], record["tags"]
        article.format = record.get("format", "wire")
        article.meta = record.get("meta", {})
        article.date = dt.date.fromisoformat(record["date"]) if record["date"] else None
        article.blocks = [Block(**b) for b in record["blocks"]]
        article.quotes = [Quote(**q) for q in record["quotes"]]
        article.entities = [
            Entity(**{**e, "mentions": [Mention(**m) for m in e["mentions"]]})
            for e in record["entities"]
        ]
        article.errors = [parse_problem(p, "error") for p in record["errors"]]
        article.warnings = [parse_problem(p, "warning") for p in record["warnings"]]
        article.warnings += [parse_problem(p, "notice") for p in record.get("notices", [])]
        return article


def _fields(item: object) -> dict[str, Any]:
    """A flat dataclass as a dict; dataclasses.asdict deep-copies and is several times slower."""
    return {name: getattr(item, name) for name in _FIELD_NAMES[type(item)]}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in (Block, Mention, Role, Entity, Quote)
}


def parse_problem(text: str, severity: Severity) -> Problem:
    location, _, rest = text.partition(": ")
    path, _, line = location.rpartition(":")
    message, _, hint = rest.partition(" — ")
    return Problem(path, int(line) if line.isdigit() else 1, message, hint, severity)
