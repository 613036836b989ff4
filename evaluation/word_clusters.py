"""Word clusters for the recogniser: `python -m evaluation.word_clusters [CORPORA_DIR]`.

A developer step (run by `make entities-model` before the CRF is trained). Words of the
Reuters-21578 newswire (1987, Distribution 1.0, free for research) are described by the
words seen just before and after them, the counts reduced to 64 dimensions (positive
pointwise mutual information, then a truncated SVD), and grouped by k-means twice: into
`COARSE` and into `FINE` clusters. The result, `generator/annotate/data/clusters.txt`,
holds one line per word (`word coarse fine`, lowercase, digits as 0): cluster numbers
only, no text of the corpus. It lets the CRF treat a word it never saw in CoNLL-2003 like
the words it is used like ("Airdrieonians" like other clubs, "Norwest" like banks).
Needs numpy (the `train` extra).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from generator.annotate.ner import CLUSTERS_PATH, tokenize

VOCABULARY = 30_000  # most frequent words clustered
MIN_COUNT = 4
CONTEXTS = 1_000  # most frequent words used as left/right contexts
DIMENSIONS = 64
COARSE = 64
FINE = 512
SEED = 17
CORPORA_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpora"
_DIGIT = re.compile(r"\d")


def key(word: str) -> str:
    """How a word is looked up: lowercase, digits as 0 (the run-time lookup does the same)."""
    return _DIGIT.sub("0", word.lower())


def corpus_sentences(corpora: Path) -> list[list[str]]:
    sentences = []
    with gzip.open(corpora / "reuters-21578.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            for paragraph in json.loads(line)["text"].split("\n"):
                words = [key(t.text) for t in tokenize(paragraph)]
                if words:
                    sentences.append(words)
    return sentences


def kmeans(vectors, k: int, rng, iterations: int = 25):  # noqa: ANN001, ANN201 - numpy arrays
    import numpy as np

    centres = vectors[rng.choice(len(vectors), k, replace=False)].copy()
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(vectors @ centres.T, axis=1)  # unit vectors: cosine similarity
        for c in range(k):
            members = vectors[labels == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) or 1.0)
            else:
                centres[c] = vectors[rng.integers(len(vectors))]
    return labels


def build(corpora: Path = CORPORA_DIR) -> None:
    import numpy as np

    sentences = corpus_sentences(corpora)
    counts = Counter(w for s in sentences for w in s)
    words = [w for w, n in counts.most_common(VOCABULARY) if n >= MIN_COUNT]
    index = {w: i for i, w in enumerate(words)}
    contexts = {w: i for i, (w, _) in enumerate(counts.most_common(CONTEXTS))}
    rows, columns = [], []
    for sentence in sentences:
        padded = ["<s>", *sentence, "</s>"]
        for position in range(1, len(padded) - 1):
            row = index.get(padded[position])
            if row is None:
                continue
            left = contexts.get(padded[position - 1])
            right = contexts.get(padded[position + 1])
            if left is not None:
                rows.append(row)
                columns.append(left)
            if right is not None:
                rows.append(row)
                columns.append(CONTEXTS + right)
    matrix = np.zeros((len(words), 2 * CONTEXTS), dtype=np.float32)
    np.add.at(matrix, (np.array(rows), np.array(columns)), 1.0)
    total = matrix.sum()
    row_sums = matrix.sum(axis=1, keepdims=True)
    column_sums = matrix.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        matrix = np.log(matrix * total / (row_sums @ column_sums))
    matrix = np.nan_to_num(np.maximum(matrix, 0.0), posinf=0.0).astype(np.float32)
    # truncated SVD through the small Gram matrix of the context columns
    values, vectors_right = np.linalg.eigh(matrix.T @ matrix)
    top = np.argsort(values)[::-1][:DIMENSIONS]
    vectors = matrix @ vectors_right[:, top]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(SEED)
    coarse = kmeans(vectors, COARSE, rng)
    fine = kmeans(vectors, FINE, rng)
    header = (
        "# Word clusters (lowercase word, 64-way cluster, 512-way cluster) from the contexts\n"
        "# of words in Reuters-21578 (Distribution 1.0, free for research); numbers only, no\n"
        "# corpus text. Rebuilt by `make entities-model` (evaluation/word_clusters.py).\n"
    )
    lines = [f"{w} {coarse[i]} {fine[i]}" for i, w in enumerate(words) if " " not in w]
    CLUSTERS_PATH.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {CLUSTERS_PATH} ({len(lines):,} words)", file=sys.stderr)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPORA_DIR)
