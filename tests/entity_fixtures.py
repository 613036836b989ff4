"""Scoring the hand-written entity fixtures in tests/fixtures/entities/.

Each `*.txt` has a `*.yml` listing its expected mentions (and a registry to load);
a mention counts only when its span and type are both exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.annotate.entities.candidates import Candidate
from generator.annotate.entities.resolution import resolve_candidates
from generator.annotate.registry import Registry, load_registry
from generator.model import Article, Block

FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures" / "entities"


SCORED_TYPES = ("person", "organization", "place")


Gold = set[tuple[int, int, str]]


@dataclass
class Score:
    """Counts of exact span-and-type matches, overall and per type."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)

    def add(self, gold: Gold, found: Gold) -> None:
        for kind in SCORED_TYPES:
            counts = self.by_type.setdefault(kind, [0, 0, 0])
            g = {m for m in gold if m[2] == kind}
            f = {m for m in found if m[2] == kind}
            counts[0] += len(g & f)
            counts[1] += len(f - g)
            counts[2] += len(g - f)
            self.true_positive += len(g & f)
            self.false_positive += len(f - g)
            self.false_negative += len(g - f)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def precision(self) -> float:
        return self.prf(self.true_positive, self.false_positive, self.false_negative)[0]

    @property
    def recall(self) -> float:
        return self.prf(self.true_positive, self.false_positive, self.false_negative)[1]

    @property
    def f1(self) -> float:
        return self.prf(self.true_positive, self.false_positive, self.false_negative)[2]

    def report(self, name: str) -> str:
        lines = [f"{name}: P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"]
        for kind, (tp, fp, fn) in sorted(self.by_type.items()):
            p, r, f = self.prf(tp, fp, fn)
            lines.append(f"  {kind:13} P={p:.3f} R={r:.3f} F1={f:.3f} (gold {tp + fn})")
        return "\n".join(lines)


def found_mentions(article: Article, registry: Registry) -> Gold:
    """Name mentions (not descriptions like "the envoy") the pipeline finds, as spans."""
    from generator.annotate.entities.recognition import name_mentions

    return {(m[0], m[1], m[2]) for m in name_mentions(article, registry) if m[2] in SCORED_TYPES}


def fixture_articles(folder: Path = FIXTURES_DIR) -> list[tuple[Article, Gold, Registry]]:
    """Fixture cases: `*.txt` text with a `*.yml` of expected mentions (and registry)."""
    cases: list[tuple[Article, Gold, Registry]] = []
    for text_path in sorted(folder.glob("*.txt")):
        expected = yaml.safe_load(text_path.with_suffix(".yml").read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        article = Article(path=text_path.name, text=text, blocks=fixture_blocks(text))
        registry = Registry()
        if expected.get("registry"):
            registry = load_registry(folder / expected["registry"])
        gold: Gold = set()
        for item in expected.get("mentions") or []:
            gold |= spans_of(text, item["text"], item["type"], item.get("occurrences"))
        cases.append((article, gold, registry))
    return cases


def fixture_blocks(text: str) -> list[Block]:
    """First line the title, every other non-empty line a paragraph."""
    blocks: list[Block] = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            kind = "title" if not blocks else "paragraph"
            blocks.append(Block(kind, position, position + len(line)))
        position += len(line) + 1
    return blocks


def spans_of(text: str, needle: str, kind: str, occurrences: list[int] | None = None) -> Gold:
    """Every whole-word occurrence of `needle` (or the listed ones, 1-based) as gold spans."""
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    found = [(m.start(), m.end(), kind) for m in pattern.finditer(text)]
    if occurrences:
        found = [found[i - 1] for i in occurrences if 0 < i <= len(found)]
    return set(found)


def resolved_organizations(text: str, spans: list[tuple[str, int, bool]]) -> dict[str, list[str]]:
    """Entity name -> its mentions' texts, when the model reads organizations at (span,
    which occurrence of it, whether in the title): what one story's resolution makes."""
    candidates = []
    for span, nth, title in spans:
        start = [m.start() for m in re.finditer(re.escape(span), text)][nth]
        candidates.append(
            Candidate(start, start + len(span), "organization", "crf", headline=title)
        )
    return {
        f.name: sorted(text[c.start : c.end] for c in f.candidates)
        for f in resolve_candidates(candidates, text)
    }
