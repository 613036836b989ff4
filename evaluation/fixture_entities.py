"""Measure entity finding: `python -m evaluation.fixture_entities [--conll PATH] [--fixtures DIR]`.

Precision, recall and F1 over person, organization and place mentions, counting a
mention right only when its span and type are both exact. Two test sets: the
hand-written fixtures in `tests/fixtures/entities/`, and CoNLL-2003 (read at run time
from `../shared/corpora/`, never copied), detokenised into running text with offsets
so the whole pipeline runs on it as it would on an article.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.annotate.registry import Registry, load_registry
from generator.model import Article, Block

CORPORA_DIR = Path(
    os.environ.get("NEWS_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora")
)
CONLL_DEV = CORPORA_DIR / "conll2003-dev.txt.gz"
FIXTURES_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "entities"
CONLL_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
SCORED_TYPES = ("person", "organization", "place")
_DATELINE_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}

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


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of (words, IOB tags) from a CoNLL-2003 file, gzipped or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if words:
                    sentences.append((words, tags))
                words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(parts[-1])
    if words:
        sentences.append((words, tags))
    return sentences


def conll_documents(
    sentences: list[tuple[list[str], list[str]]],
) -> list[list[tuple[list[str], list[str]]]]:
    """Group sentences into stories: a dateline (`LONDON 1996-08-30`) follows the headline."""
    starts = [
        i - 1
        for i, (words, _) in enumerate(sentences)
        if i > 0 and len(words) <= 8 and _DATELINE_DATE.match(words[-1])
    ]
    starts = [0] + [s for s in starts if s > 0]
    bounds = [*starts, len(sentences)]
    return [sentences[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def detokenise(words: list[str], tags: list[str], offset: int) -> tuple[str, Gold]:
    """One sentence as running text, and its gold mentions as character spans."""
    parts: list[str] = []
    position = offset
    starts: list[int] = []
    ends: list[int] = []
    quote_open = False
    for i, word in enumerate(words):
        space = bool(parts)
        if word in _NO_SPACE_BEFORE or (word == '"' and quote_open):
            space = False
        if i and (words[i - 1] in _NO_SPACE_AFTER or (words[i - 1] == '"' and quote_open)):
            space = False
        if word == '"':
            quote_open = not quote_open
        if space:
            parts.append(" ")
            position += 1
        starts.append(position)
        parts.append(word)
        position += len(word)
        ends.append(position)
    gold: Gold = set()
    current: list[int] | None = None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if current and (prefix != "I" or kind != current[2]):
            if current[2] in CONLL_TYPES:
                gold.add((starts[current[0]], ends[current[1]], CONLL_TYPES[current[2]]))
            current = None
        if prefix in ("B", "I") and current is None:
            current = [i, i, kind]
        elif prefix == "I" and current:
            current[1] = i
    return "".join(parts), gold


def conll_articles(path: Path) -> list[tuple[Article, Gold]]:
    """Each CoNLL story as an Article (headline as title, sentences as paragraphs)."""
    out: list[tuple[Article, Gold]] = []
    for number, document in enumerate(conll_documents(read_conll(path))):
        text = ""
        blocks: list[Block] = []
        gold: Gold = set()
        for index, (words, tags) in enumerate(document):
            if text:
                text += "\n"
            sentence, spans = detokenise(words, tags, len(text))
            kind = "title" if index == 0 and number > 0 else "paragraph"
            blocks.append(Block(kind, len(text), len(text) + len(sentence)))
            text += sentence
            gold |= spans
        article = Article(path=f"conll/{number}", text=text, blocks=blocks)
        out.append((article, gold))
    return out


def found_mentions(article: Article, registry: Registry) -> Gold:
    """Name mentions (not descriptions like "the envoy") the pipeline finds, as spans."""
    from generator.annotate.entities.recognition import name_mentions

    return {(m[0], m[1], m[2]) for m in name_mentions(article, registry) if m[2] in SCORED_TYPES}


def rules_baseline(article: Article) -> Gold:
    """The approach the CRF was chosen over: runs of capitalised words, typed by gazetteers
    (places), first names (people) and organization words or acronyms; the rest dropped."""
    from generator.annotate import ner
    from generator.annotate.entities.recognition import NOT_NAMES, ORGANIZATION_HEADS

    gazetteer, lower, first_names = ner.resources()
    found: Gold = set()
    for block in article.blocks:
        for sentence in ner.sentences(ner.tokenize(article.block_text(block), block.start)):
            run: list[ner.Token] = []
            for index, token in enumerate([*sentence, None]):
                word = token.text if token else ""
                initial = index == 0 and word.lower() in lower
                if token and word[:1].isupper() and word.lower() not in NOT_NAMES and not initial:
                    run.append(token)
                    continue
                if run:
                    words = [t.text for t in run]
                    kind = None
                    if tuple(w.lower() for w in words) in gazetteer.names:
                        kind = "place"
                    elif words[0] in first_names and len(words) > 1:
                        kind = "person"
                    elif words[-1].lower() in ORGANIZATION_HEADS or (
                        len(words) == 1 and words[0].isupper() and len(words[0]) > 1
                    ):
                        kind = "organization"
                    if kind:
                        found.add((run[0].start, run[-1].end, kind))
                run = []
    return found


def evaluate(pairs: list[tuple[Article, Gold]], registry: Registry) -> tuple[Score, float]:
    """The score over articles and the mean seconds per article."""
    score, _, seconds = evaluate_with_prose(pairs, registry)
    return score, seconds


def evaluate_with_prose(
    pairs: list[tuple[Article, Gold]], registry: Registry
) -> tuple[Score, Score, float]:
    """Also the score on prose sentences only (mixed case, ten words or more, not a
    headline or a results table): the nearest CoNLL has to the news the archive holds."""
    score, prose = Score(), Score()
    seconds = 0.0
    for article, gold in pairs:
        began = time.perf_counter()
        found = found_mentions(article, registry)
        seconds += time.perf_counter() - began
        score.add(gold, found)
        for block in article.blocks:
            words = article.text[block.start : block.end].split()
            if block.kind == "title" or len(words) < 10:
                continue
            if sum(word.islower() for word in words) < 0.4 * len(words):
                continue
            inside = block.start, block.end
            prose.add(
                {m for m in gold if inside[0] <= m[0] < inside[1]},
                {m for m in found if inside[0] <= m[0] < inside[1]},
            )
    return score, prose, seconds / max(1, len(pairs))


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.fixture_entities")
    parser.add_argument("--conll", type=Path, default=CONLL_DEV, help="CoNLL-2003 file")
    parser.add_argument("--fixtures", type=Path, default=FIXTURES_DIR)
    parser.add_argument("--errors", type=int, default=0, help="show N CoNLL mistakes")
    parser.add_argument(
        "--min-confidence", type=float, help="drop CRF names labelled less surely than this"
    )
    args = parser.parse_args(argv)
    fixture_score = Score()
    for article, gold, registry in fixture_articles(args.fixtures):
        fixture_score.add(gold, found_mentions(article, registry))
    print(fixture_score.report("fixtures"))
    if not args.conll.exists():
        print(f"{args.conll}: not found, CoNLL skipped", file=sys.stderr)
        return 0
    pairs = conll_articles(args.conll)
    score, prose, seconds = evaluate_with_prose(pairs, Registry())
    words = sum(len(a.text.split()) for a, _ in pairs) / max(1, len(pairs))
    print(score.report(f"CoNLL {args.conll.name} ({len(pairs)} stories)"))
    print(prose.report("  of which prose sentences"))
    print(f"  {seconds * 1000:.2f} ms per story of {words:.0f} words on average")
    baseline = Score()
    for article, gold in pairs:
        baseline.add(gold, rules_baseline(article))
    print(baseline.report("rules baseline (capitalised runs + gazetteers), for comparison"))
    if args.errors:
        shown = 0
        for article, gold in pairs:
            found = found_mentions(article, Registry())
            for start, end, kind in sorted(gold ^ found):
                side = "missed" if (start, end, kind) in gold else "wrong "
                print(f"{side} {kind:12} {article.text[start:end]!r}  <{_context(article, start)}>")
                shown += 1
            if shown >= args.errors:
                break
    return 0


def _context(article: Article, start: int) -> str:
    return article.text[max(0, start - 40) : start + 40].replace("\n", " / ")


if __name__ == "__main__":
    raise SystemExit(main())
