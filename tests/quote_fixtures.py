"""Scoring the hand-written quotation fixtures in tests/fixtures/quotes/.

Each `NAME.txt` has a `NAME.json` naming its quotations (opening words) and their
speakers; a quotation is found when a predicted quote covers it, and its speaker is
right when the names share their last word.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.annotate.quotes.attribution import find_quotes
from generator.model import Article, Block, Quote
from generator.read.reader import read_article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"


PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her"}


@dataclass(slots=True)
class Truth:
    """One true quotation: its pieces (a quote broken by its attribution has two) and,
    when the text names one, its speaker."""

    pieces: list[tuple[int, int]]
    speaker: str | None = None  # the name as the labels give it
    speaker_kind: str = "name"  # name | pronoun | description | none

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def size(self) -> int:
        return sum(e - s for s, e in self.pieces)

    def overlap(self, start: int, end: int) -> int:
        return sum(_overlap(start, end, s, e) for s, e in self.pieces)


@dataclass(slots=True)
class Tally:
    """Counts behind precision, recall and speaker accuracy."""

    true: int = 0
    matched: int = 0
    found: int = 0
    right: int = 0
    named: int = 0
    named_correct: int = 0
    unnamed: int = 0
    unnamed_correct: int = 0
    pronoun: int = 0  # quotes introduced by he or she
    pronoun_resolved: int = 0
    other_pronoun: int = 0  # by I, we, they, it: often no single named person
    other_pronoun_resolved: int = 0
    inside_indirect: int = 0
    misses: list[str] = field(default_factory=list)
    wrong_speakers: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            value = getattr(other, name)
            if isinstance(value, list):
                getattr(self, name).extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def summary(self) -> dict[str, float | int]:
        precision = self.right / self.found if self.found else 1.0
        recall = self.matched / self.true if self.true else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        lenient = (self.right + self.inside_indirect) / self.found if self.found else 1.0
        return {
            "quotes": self.true,
            "found": self.found,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "precision_indirect_ok": round(lenient, 4),
            "speaker_accuracy": round(self.named_correct / self.named, 4) if self.named else 1.0,
            "named": self.named,
            "unattributed_accuracy": (
                round(self.unnamed_correct / self.unnamed, 4) if self.unnamed else 1.0
            ),
            "pronoun_resolved": (
                round(self.pronoun_resolved / self.pronoun, 4) if self.pronoun else 1.0
            ),
            "pronoun_quotes": self.pronoun,
            "other_pronoun_resolved": (
                round(self.other_pronoun_resolved / self.other_pronoun, 4)
                if self.other_pronoun
                else 1.0
            ),
            "other_pronoun_quotes": self.other_pronoun,
        }


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _covered(start: int, end: int, spans: Iterable[tuple[int, int]]) -> int:
    """Characters of [start, end) covered by the union of `spans`."""
    cover = 0
    pos = start
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, end)
        if e > s:
            cover += e - s
            pos = e
    return cover


def _last_word(name: str) -> str:
    words = [w.strip(".,'’\"“”").lower() for w in name.split()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words if w]
    return words[-1] if words else ""


def same_speaker(found: str | None, expected: str | None) -> bool:
    """Names agree when equal, or when one is a surname of the other."""
    if not found or not expected:
        return found == expected
    if found.lower() == expected.lower():
        return True
    head = expected.split(",")[0]
    words = {_last_word(w) for w in head.split()}
    return _last_word(found) in words or found.lower() in expected.lower()


def score(text: str, truths: list[Truth], quotes: list[Quote], label: str = "") -> Tally:
    """Compare one article's found quotes with its true ones."""
    tally = Tally(true=len(truths), found=len(quotes))
    for quote in quotes:
        size = quote.end - quote.start
        inside = max((t.overlap(quote.start, quote.end) for t in truths), default=0)
        if size and inside * 2 >= size:
            tally.right += 1
    for truth in truths:
        near = [q for q in quotes if truth.overlap(q.start, q.end)]
        cover = sum(_covered(s, e, [(q.start, q.end) for q in near]) for s, e in truth.pieces)
        shown = text[truth.pieces[0][0] : truth.pieces[0][1]]
        if not truth.size or cover * 2 < truth.size:
            tally.misses.append(f"{label}: {shown[:90]!r}")
            continue
        tally.matched += 1
        best = max(near, key=lambda q: truth.overlap(q.start, q.end))
        if truth.speaker_kind == "name":
            tally.named += 1
            if same_speaker(best.speaker, truth.speaker):
                tally.named_correct += 1
            else:
                tally.wrong_speakers.append(
                    f"{label}: {shown[:60]!r} "
                    f"expected {truth.speaker!r} got {best.speaker!r} ({best.attribution})"
                )
        elif truth.speaker_kind == "none":
            tally.unnamed += 1
            if best.speaker is None:
                tally.unnamed_correct += 1
            else:
                tally.wrong_speakers.append(
                    f"{label}: {shown[:60]!r} expected no speaker, got {best.speaker!r}"
                )
        elif truth.speaker_kind == "pronoun" and (truth.speaker or "").lower() in ("he", "she"):
            tally.pronoun += 1
            tally.pronoun_resolved += bool(best.speaker)
        elif truth.speaker_kind == "pronoun":
            tally.other_pronoun += 1
            tally.other_pronoun_resolved += bool(best.speaker)
    return tally


def load_fixture(path: Path, with_entities: bool = False) -> tuple[Article, list[Truth]]:
    """Read `NAME.txt` and its `NAME.json` expectations, and find the article's quotes.

    By default the quotes are found with `article.entities` empty, so the measure is of
    the quotes stage alone; `with_entities` runs the whole annotate stage first."""
    article = read_article(path)
    if with_entities:
        from generator.annotate.article import annotate
        from generator.annotate.registry import Registry

        annotate(article, Registry())
    else:
        article.quotes = find_quotes(article)
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    truths: list[Truth] = []
    pos = 0
    for item in expected["quotes"]:
        snippet = item["text"]
        at = article.text.find(snippet, pos)
        if at < 0:
            raise ValueError(f"{path.name}: expected quote not in the text: {snippet!r}")
        speaker = item.get("speaker")
        truths.append(Truth([(at, at + len(snippet))], speaker, "name" if speaker else "none"))
        pos = at + 1
    return article, truths


def evaluate(fixtures_dir: Path = FIXTURES, with_entities: bool = False) -> dict[str, Any]:
    """Precision, recall, F1 and speaker accuracy over every fixture in the folder."""
    total = Tally()
    per_file: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(fixtures_dir).glob("*.txt")):
        article, truths = load_fixture(path, with_entities)
        tally = score(article.text, truths, article.quotes, path.stem)
        per_file[path.stem] = tally.summary()
        total.add(tally)
    return {
        **total.summary(),
        "files": per_file,
        "misses": total.misses,
        "wrong_speakers": total.wrong_speakers,
    }


def paragraphs_article(*paragraphs: str, title: str = "A headline") -> Article:
    """An article built in memory: title, then one paragraph block per string."""
    text = "\n".join((title, *paragraphs))
    article = Article(path="test.txt", text=text)
    pos = 0
    for index, chunk in enumerate(text.split("\n")):
        kind = "title" if index == 0 else "paragraph"
        article.blocks.append(Block(kind, pos, pos + len(chunk)))
        pos += len(chunk) + 1
    return article
