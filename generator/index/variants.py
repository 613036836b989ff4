"""Two spellings of one name across stories: "Citicorp Industrial Credit Inc" and
"Citicorp Industries Credit Inc", "RMJ Holdings Corp" and "RMJ Holding Corp", "Western
Europe" and "West Europe", "Wang Chao-Ming" and "Wang Chang-Ming". Precision first: two
names of one kind that differ in one word, by an inflection or a slip of one or two
letters, join only when their stories agree (the same article, or a rarer name both name
beside them); else both keep their pages and `entities review` lists the pair.

`resolution.unify_entities` calls `join_variants` once the names are grouped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.annotate.words import (
    CONNECTORS,
    GENERIC_NAME_WORDS,
    INFLECTIONS,
    ORGANIZATION_LAST_WORDS,
)
from generator.index.evidence import QUARTERS, listed_place
from generator.index.names import Group, company_base, final, fold, name_key, usual_name
from generator.model import Article

_SHARED_RARE = 30  # a name beside both is evidence when at most 1 in 30 stories names it


@dataclass(slots=True)
class Variant:
    """Two groups whose names are spellings of one another, and whether they joined."""

    kept: Group
    other: Group
    joined: bool


def join_variants(
    groups: dict[str, Group],
    articles: list[Article],
    words: Counter[str],
    spelled: dict[str, Counter[str]],
) -> list[Variant]:
    """Join each pair of spellings whose stories agree (or that the archive spells one
    acronym out as: `spelled`, acronym key -> long names' keys), the other joining the one
    a list knows, else the one named in more articles, else the one whose words the
    archive writes more often (`words`: casefolded word counts); return every pair found."""
    pairs = _pairs(groups)
    if not pairs:
        return []
    acronyms: dict[str, set[str]] = defaultdict(set)  # "OECD" for both of its spellings
    for acronym, long_names in spelled.items():
        for key in long_names:
            acronyms[key].add(acronym)
    wanted = {g.key for pair in pairs for g in pair}
    beside = _beside(articles, wanted)
    rare = max(10, len(articles) // _SHARED_RARE)
    named_in: dict[str, int] = {k: g.articles for k, g in groups.items()}
    found = []
    for a, b in pairs:
        kept, other = sorted((a, b), key=lambda g: _rank(g, words))
        if kept.target or other.target:
            continue
        context_a, context_b = beside.get(a.key, set()), beside.get(b.key, set())
        together = a.key in context_b or b.key in context_a
        shared = {
            k
            for k in context_a & context_b
            if named_in.get(k, rare + 1) <= rare and not _country(groups.get(k))
        }
        spelled_out = bool(acronyms.get(a.key, set()) & acronyms.get(b.key, set()))
        joined = together or spelled_out or bool(shared) or _region(a.name, b.name)
        if joined:
            other.target = kept
        found.append(Variant(kept, other, joined))
    return found


def _rank(group: Group, words: Counter[str]) -> tuple[int, int, bool, int, int, str]:
    """Known names first ("Cayman Islands"), then more articles, then a name with no word
    the archive writes twice at most (a slip: "Thomsom", "Amerian"), then a legal form
    ("Gold Mines Inc"), then the commoner words."""
    known = usual_name(group.name) is not None or listed_place(group.name)
    name = company_base(group.name) or group.name  # "Amerian Salt Co": no help from "Co"
    counts = [words[w] for w in name.casefold().split()]
    slip = any(count <= 2 for count in counts)
    return -known, -group.articles, slip, -group.legal, -sum(counts), group.key


def _country(group: Group | None) -> bool:
    known = usual_name(group.name) if group is not None else None
    return known is not None and known[1] == "place"


def _pairs(groups: dict[str, Group]) -> list[tuple[Group, Group]]:
    """Names of one kind and length that differ in one word, the other words the same and
    one of them no generic word ("Citicorp", "Wang"; not "Midcom Inc" and "Widcom Inc")."""
    by_frame: dict[tuple[str, int, str], list[tuple[Group, str]]] = defaultdict(list)
    for group in groups.values():
        if group.registered or group.junk or group.target or group.doubt:
            continue
        if group.type not in ("person", "organization", "place"):
            continue
        # "chao-ming": a given name's parts stay; "RMJ Holding" is "RMJ Holding Corp"
        name = group.name if group.type == "person" else company_base(group.name) or group.name
        words = name.casefold().split()
        if len(words) < 2:
            continue
        for at, word in enumerate(words):
            rest = words[:at] + ["*"] + words[at + 1 :]
            if any(_distinctive(w) for w in rest if w != "*") or word in QUARTERS:
                by_frame[(group.type, at, " ".join(rest))].append((group, word))
    pairs: dict[tuple[str, str], tuple[Group, Group]] = {}
    for (kind, _, _), members in by_frame.items():
        if len(members) > 6:
            continue  # "* Corp": a frame many names share says nothing
        for i, (a, word_a) in enumerate(members):
            for b, word_b in members[i + 1 :]:
                if a is not b and _spellings(word_a, word_b, kind):
                    key = tuple(sorted((a.key, b.key)))
                    pairs.setdefault((key[0], key[1]), (a, b))
    return list(pairs.values())


def _distinctive(word: str) -> bool:
    """A word that names, not one every body's name holds ("bank", "inc", "of")."""
    return not (
        word in GENERIC_NAME_WORDS
        or word in CONNECTORS
        or word in ORGANIZATION_LAST_WORDS
        or word in QUARTERS
        or usual_name(word) is not None
    )


def _spellings(a: str, b: str, kind: str) -> bool:
    """Two spellings of one word: an inflection in a body's or a place's name ("holding",
    "holdings"; "industrial", "industries"; "west", "western"), or, in words of six
    letters or more, one letter added, dropped, changed or two swapped ("thomsom"); in a
    person's hyphenated given name, one part the same and the other two letters off at
    most ("chao-ming")."""
    if a == b or a.isdigit() or b.isdigit():
        return False
    if {a, b} <= QUARTERS:
        return a[:4] == b[:4]  # "West", "Western"; "North" and "South" are other places
    if kind != "person" and _inflected(a, b):
        return True  # "Edward" and "Edwards" may be two people
    if min(len(a), len(b)) >= 6 and _distance(a, b) <= 1:
        return True
    parts_a, parts_b = a.split("-"), b.split("-")
    if kind == "person" and len(parts_a) == len(parts_b) > 1:
        differ = [(x, y) for x, y in zip(parts_a, parts_b, strict=True) if x != y]
        return len(differ) == 1 and min(map(len, differ[0])) >= 3 and _distance(*differ[0]) <= 2
    return False


def _inflected(a: str, b: str) -> bool:
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    rest = {a[common:], b[common:]} - {""}
    return common >= 4 and rest <= INFLECTIONS and not (rest & {"n", "an"} and common < 6)


def _distance(a: str, b: str) -> int:
    """Edit distance, a swap of two neighbouring letters counting one."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def _region(a: str, b: str) -> bool:
    """ "Western Europe", "West Europe": a quarter word and its "-ern" form before one
    name that is no country or state ("South Africa" is no "Southern Africa")."""
    words_a, words_b = fold(a).split(), fold(b).split()
    return (
        len(words_a) == len(words_b) == 2
        and words_a[1:] == words_b[1:]
        and {words_a[0], words_b[0]} <= QUARTERS
        and words_a[0][:4] == words_b[0][:4]
        and usual_name(a) is None
        and usual_name(b) is None
    )


def _beside(articles: list[Article], wanted: set[str]) -> dict[str, set[str]]:
    """Name key -> the keys of every other name its articles name (for the wanted keys)."""
    found: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        keys = {name_key(e.name) for e in article.entities if e.mentions}
        for key in keys & wanted:
            found[key] |= keys - {key}
    return found


def variant_pairs_left(variants: list[Variant]) -> list[tuple[Group, Group]]:
    """The pairs left apart, for `entities review`."""
    return [(v.kept, v.other) for v in variants if not v.joined and not final(v.other).junk]
