"""Editor corrections of speakers, from the article's front matter.

    ---
    speakers:
      q3: Jane Doe                       # by quotation id
      "We will not pay": Jane Doe        # by the quotation's opening words
      q5: none                           # nobody: leave it unattributed
      q7: {speaker: Foreign Ministry, type: organization}
    ---

A list of `{quote: ..., speaker: ..., type: ...}` items works as well. Corrections are
part of the source file, so they survive rebuilds and re-annotation; they win over the
annotator and give the quotation `attribution: "editor"`. A correction that matches no
quotation is reported as a warning (file, line, what to fix), never dropped silently.
"""

from __future__ import annotations

import re
from typing import Any

from generator.model import Article, EntityType, Quote, entity_id, is_entity_type

FIELD = "speakers"
_NOBODY = {"none", "nobody", "unattributed", "-", ""}
_WORDS = re.compile(r"[^\W_][\w'’\-]*")


def apply_corrections(article: Article) -> None:
    """Apply the front matter's `speakers:` corrections to `article.quotes`."""
    raw = article.meta.get(FIELD)
    if raw in (None, "", [], {}):
        return
    at = _field_offset(article)
    for key, value in _entries(raw, article, at):
        quote = _find(article.quotes, key)
        if quote is None:
            article.problem(
                at,
                f"speaker correction `{key}` matches no quotation",
                "key it by a quotation id (q1, q2, ...) or by the first words of the "
                "quotation as the article gives them",
                severity="warning",
            )
            continue
        _correct(article, quote, value)


def _entries(raw: Any, article: Article, at: int) -> list[tuple[str, Any]]:
    if isinstance(raw, dict):
        return [(str(k), v) for k, v in raw.items()]
    if isinstance(raw, list):
        out = []
        for item in raw:
            if isinstance(item, dict) and "quote" in item:
                out.append((str(item["quote"]), item))
            else:
                article.problem(
                    at,
                    f"speaker correction {item!r} has no `quote:`",
                    "write `- {quote: q3, speaker: Jane Doe}`",
                    severity="warning",
                )
        return out
    article.problem(
        at,
        f"front matter `{FIELD}` should map quotations to speakers",
        "write `speakers:` then lines like `q3: Jane Doe`",
        severity="warning",
    )
    return []


def _find(quotes: list[Quote], key: str) -> Quote | None:
    key = key.strip()
    for quote in quotes:
        if quote.id == key:
            return quote
    opening = [w.lower() for w in _WORDS.findall(key)]
    if not opening:
        return None
    for quote in quotes:
        words = [w.lower() for w in _WORDS.findall(quote.text)]
        if words[: len(opening)] == opening:
            return quote
    return None


def _correct(article: Article, quote: Quote, value: Any) -> None:
    kind: EntityType = "person"
    if isinstance(value, dict):
        name = value.get("speaker")
        given = str(value.get("type") or "person").lower()
        kind = given if is_entity_type(given) else "person"
        page = value.get("id")
    else:
        name, page = value, None
    quote.attribution = "editor"
    quote.via = None
    quote.confidence = 1.0
    if name is None or str(name).strip().lower() in _NOBODY:
        quote.speaker = quote.speaker_id = quote.cue = None
        return
    name = str(name).strip()
    entity = next((e for e in article.entities if e.name.lower() == name.lower()), None)
    quote.speaker = entity.name if entity else name
    quote.speaker_id = str(page) if page else entity.id if entity else entity_id(kind, name)


def _field_offset(article: Article) -> int:
    """Where `speakers:` stands in the front matter, for the warning's line number."""
    found = re.search(rf"(?m)^{FIELD}\s*:", article.text)
    return found.start() if found else 0
