"""Train the pronoun ranker's weights: `python -m evaluation.train_quotes [CORPORA_DIR]`.

A developer step (`make quotes-model`), not a run-time one. It reads PolNeAR train
(`polnear-train-dev.jsonl.gz`, split "train") at run time and writes only feature
weights to `generator/annotate/data/quote_ranker.json`; no text of the corpus is kept.

PolNeAR marks sources as the text gives them ("he"), unresolved, so pronouns cannot be
learned from their own labels. Instead every quotation whose speaker the text names
(`"...," Fowler said`), where PolNeAR's source agrees with the name and that person was
named earlier, is re-read as if the name were a pronoun of the person's gender: the
candidates are the people named before the speaker phrase and the recent quotations'
speakers (ranker.candidates, exactly as at run time), and the right one is the named
person. A conditional logit (softmax over each quotation's candidates, L2-regularised,
full-batch gradient descent from zero) is fitted in pure Python: deterministic, no
dependencies. Articles are split 80/20 by id to report held-out accuracy, then the
weights are refitted on all of train.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
import sys
from pathlib import Path

from generator.annotate.entities.recognition import find_entities
from generator.annotate.quotes import ranker
from generator.annotate.quotes.attribution import _Attributor
from generator.annotate.quotes.spans import SEARCH_BLOCKS, find_spans
from generator.annotate.registry import Registry
from generator.read.reader import read_source

CORPORA_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPUS_NAME = "polnear-train-dev.jsonl.gz"
L2 = 0.01
STEPS = 400
RATE = 0.5

Instance = tuple[list[list[float]], int]


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", text)}


class _Recorder(_Attributor):
    """The attributor, recording a ranking instance for each named speaker."""

    gold: list[tuple[int, int, set[str]]]
    instances: list[Instance]

    def _speaker_for(self, span, phrase, cue, previous):
        speaker = super()._speaker_for(span, phrase, cue, previous)
        if phrase is None or phrase.kind != "name" or speaker is None:
            return speaker
        person = self.people.get(speaker.name)
        if person is None or person.kind != "person":
            return speaker
        names = _words(speaker.name)
        agrees = any(s < span.end and span.start < e and names & words for s, e, words in self.gold)
        if not agrees:
            return speaker
        at = min(span.start, phrase.start)
        found = ranker.candidates(self, at, person.gender, self.quote_speakers)
        right = [n for n, c in enumerate(found) if c.name == speaker.name]
        if right and len(found) > 1:
            self.instances.append(([c.features for c in found], right[0]))
        return speaker


def instances_of(row: dict, registry: Registry) -> list[Instance]:
    text = row["text"]
    article = read_source(text.encode("utf-8"), f"{row['id']}.txt")
    if not article.text:
        return []
    article.entities = find_entities(article, registry)
    blocks = [b for b in article.blocks if b.kind in SEARCH_BLOCKS]
    spans = find_spans(article.text, blocks) if blocks else []
    if not spans:
        return []
    recorder = _Recorder(article, blocks, spans)
    recorder.gold = []
    for a in row["attributions"]:
        if a.get("direct") and a["content"] and a["source"]:
            source = " ".join(text[s:e] for s, e in a["source"])
            recorder.gold.append((a["content"][0][0], a["content"][-1][1], _words(source)))
    recorder.instances = []
    recorder.run()
    return recorder.instances


def fit(data: list[Instance], size: int) -> list[float]:
    """Conditional logit by full-batch gradient descent."""
    w = [0.0] * size
    for _step in range(STEPS):
        grad = [L2 * x for x in w]
        for rows, right in data:
            scores = [sum(a * b for a, b in zip(w, f, strict=True)) for f in rows]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for f, e in zip(rows, exps, strict=True):
                p = e / total
                for k, x in enumerate(f):
                    if x:
                        grad[k] += p * x / len(data)
            for k, x in enumerate(rows[right]):
                if x:
                    grad[k] -= x / len(data)
        w = [a - RATE * g for a, g in zip(w, grad, strict=True)]
    return w


def accuracy(w: list[float], data: list[Instance]) -> float:
    ok = 0
    for rows, right in data:
        scores = [sum(a * b for a, b in zip(w, f, strict=True)) for f in rows]
        ok += scores.index(max(scores)) == right
    return ok / len(data) if data else 0.0


def _held_out(article_id: str) -> bool:
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % 5 == 0


def main(argv: list[str]) -> int:
    corpora = Path(argv[0]) if argv else CORPORA_DIR
    path = corpora / CORPUS_NAME
    if not path.exists():
        print(f"{path}: not found — pass the folder holding {CORPUS_NAME}", file=sys.stderr)
        return 2
    registry = Registry()
    train: list[Instance] = []
    test: list[Instance] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["split"] != "train":
                continue
            (test if _held_out(row["id"]) else train).extend(instances_of(row, registry))
    size = len(ranker.FEATURES)
    w = fit(train, size)
    first = [0.0] * size
    first[ranker.FEATURES.index("rank0")] = 1.0
    print(f"instances: {len(train)} train, {len(test)} held out")
    held, recent = accuracy(w, test), accuracy(first, test)
    print(f"held-out accuracy {held:.3f} (most recent mention: {recent:.3f})")
    w = fit(train + test, size)
    model = {
        "about": "pronoun ranker weights (evaluation/train_quotes.py, PolNeAR train)",
        "instances": len(train) + len(test),
        "weights": {name: round(x, 4) for name, x in zip(ranker.FEATURES, w, strict=True)},
    }
    ranker.MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {ranker.MODEL_PATH}")
    for name, x in sorted(model["weights"].items(), key=lambda item: -abs(item[1])):
        print(f"  {name:20} {x:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
