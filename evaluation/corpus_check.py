"""Robustness run of the reader over real wire copy: `python -m evaluation.corpus_check`.

Reads every story of the Reuters-21578 collection (19,043 stories from 1987, kept
outside the repository) through the same code path as files, and prints how many were
read, how many gave errors, how many non-space characters fell outside every block
(must be 0: the reader loses nothing), and the share of stories whose dateline place
and month/day agree with the collection's own `dateline` field.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.model import Article
from generator.read.dateline import MONTH_PATTERN, MONTHS, find_dateline
from generator.read.dates import find_date
from generator.read.reader import read_source

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/reuters-21578.jsonl.gz"
_EXPECTED_DATE = re.compile(
    rf"(?:(?P<month>{MONTH_PATTERN})[ ]{{1,2}}(?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})[ ](?P<month2>{MONTH_PATTERN}))(?!\d)"
)


@dataclass(slots=True)
class CorpusReport:
    """What a corpus run found; `agreement` is the share of datelines read as the collection
    states them."""

    stories: int = 0
    errors: int = 0
    characters_lost: int = 0
    overlapping: int = 0
    agreed: int = 0
    seconds: float = 0.0
    disagreements: list[tuple[str, str, str]] = field(default_factory=list)
    error_messages: list[str] = field(default_factory=list)

    @property
    def agreement(self) -> float:
        return self.agreed / self.stories if self.stories else 1.0

    def lines(self) -> list[str]:
        return [
            f"stories read:       {self.stories:,}",
            f"with errors:        {self.errors:,}",
            f"characters lost:    {self.characters_lost:,}",
            f"overlapping blocks: {self.overlapping:,}",
            f"dateline agreement: {self.agreement:.2%} ({self.agreed:,} of {self.stories:,}: "
            "place and month/day as the collection's `dateline` field gives them)",
            f"time:               {self.seconds:.1f} s",
        ]


def characters_lost(article: Article) -> int:
    """Non-space characters of the text that lie outside every block."""
    covered = 0
    lost = 0
    text = article.text
    for block in sorted(article.blocks, key=lambda b: b.start):
        if block.start > covered:
            lost += sum(1 for c in text[covered : block.start] if not c.isspace())
        covered = max(covered, block.end)
    return lost + sum(1 for c in text[covered:] if not c.isspace())


def blocks_overlap(article: Article) -> bool:
    """True when two blocks share characters (each character has one role)."""
    ordered = sorted(article.blocks, key=lambda b: (b.start, b.end))
    return any(a.end > b.start for a, b in zip(ordered, ordered[1:], strict=False))


def stories(path: Path, limit: int | None = None, every: int = 1) -> Iterator[dict]:
    """The collection's records, optionally every n-th one and at most `limit` of them."""
    taken = 0
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % every:
                continue
            if limit is not None and taken >= limit:
                return
            taken += 1
            yield json.loads(line)


def expected_dateline(field_text: str) -> tuple[str, int | None, int | None]:
    """Place and month/day as the collection's `dateline` field (`SALVADOR, Feb 26 -`) says."""
    found = _EXPECTED_DATE.search(field_text)
    head = field_text[: found.start()] if found else field_text
    head = re.split(r",| -|\(", head, maxsplit=1)[0]
    place = " ".join(head.split()).rstrip(".").lstrip("*")
    if not found:
        return place, None, None
    month = found["month"] or found["month2"]
    return place, MONTHS[month[:3].lower()], int(found["day"] or found["day2"])


def agrees(article: Article, field_text: str) -> bool:
    """The reader's dateline gives the collection's place and month/day."""
    place, month, day = expected_dateline(field_text)
    block = next(iter(article.blocks_of("dateline")), None)
    found = find_dateline(article.block_text(block)) if block else None
    if found is None:
        return False
    return (found.place or "").lower() == place.lower() and (found.month, found.day) == (
        month,
        day,
    )


def run(path: Path, limit: int | None = None, every: int = 1) -> CorpusReport:
    """Read each story as a `.txt` file would be read, and count what was lost or misread."""
    report = CorpusReport()
    began = time.perf_counter()
    for record in stories(path, limit, every):
        name = f"reuters-21578/{record['id']}.txt"
        article = read_source(record["text"].encode("utf-8"), name, ".txt")
        find_date(article, default_year=1987)
        report.stories += 1
        if article.errors:
            report.errors += 1
            report.error_messages.extend(str(p) for p in article.errors[:1])
        report.characters_lost += characters_lost(article)
        report.overlapping += blocks_overlap(article)
        if agrees(article, record["dateline"]):
            report.agreed += 1
        else:
            block = next(iter(article.blocks_of("dateline")), None)
            mine = article.block_text(block) if block else "(none)"
            report.disagreements.append((record["id"], record["dateline"], mine))
    report.seconds = time.perf_counter() - began
    return report


def main(argv: list[str] | None = None) -> int:
    """Print the corpus figures; exit 1 when characters are lost or agreement is under 99%."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.corpus_check", description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="read at most this many stories")
    parser.add_argument("--every", type=int, default=1, help="read every n-th story")
    parser.add_argument("--show", type=int, default=10, help="disagreements to print")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found", file=sys.stderr)
        return 2
    report = run(args.corpus, args.limit, args.every)
    print("\n".join(report.lines()))
    for story, expected, mine in report.disagreements[: args.show]:
        print(f"  story {story}: collection {expected!r}, reader {mine!r}")
    for message in report.error_messages[: args.show]:
        print(f"  {message}")
    ok = report.characters_lost == 0 and report.overlapping == 0 and report.agreement >= 0.99
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
