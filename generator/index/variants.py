"""Two spellings of one name across stories, and a wire's typo in one: "Citicorp
Industrial Credit Inc" and "Citicorp Industries Credit Inc", "RMJ Holdings Corp" and "RMJ
Holding Corp", "Western Europe" and "West Europe", "Wang Chao-Ming" and "Wang
Chang-Ming", "Treassury". Precision first: two names of one kind that differ in one word,
by an inflection or a slip of one or two letters, join only when their stories agree (the
same article, or a rarer name both name beside them, or one acronym both spell out); else
both keep their pages and `entities review` lists the pair, unless one is a slip of a
common word (no page). The archive or English may settle a slip without a story naming
both (`named_slips`, `form_slips`): a spelling of two stories at most beside one named
far more ("Salmon Brothers", "Security and Exchange Commission"), a word English hardly
knows one letter off a word it knows ("Mocrosoft").

The forms of one person's name ("Tim Cook", "Timothy D. Cook") join too (`person_variants`).

`resolution.unify_entities` calls `person_variants` and `join_variants` once the names are
grouped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.annotate.census import NICKNAMES
from generator.annotate.entity_words import (
    INFLECTIONS,
    SHORT_NAME_HEADS,
)
from generator.annotate.words import (
    CONNECTORS,
    GENERIC_NAME_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORGANIZATION_LAST_WORDS,
    TITLE_WORDS,
)
from generator.index.evidence import QUARTERS, common_surnames, listed_place
from generator.index.names import (
    Group,
    company_base,
    final,
    first_name,
    fold,
    given_name,
    name_key,
    near_each_other,
    usual_name,
)
from generator.model import Article, entity_id

_SHARED_RARE = 30  # a name beside both is evidence when at most 1 in 30 stories names it
_SLIP_RARE = 2  # a word the archive writes this often at most may be a slip ("Treassury")
_SLIP_COMMON = 20  # ... of a lower-case word it writes this often at least ("treasury")
_SLIP_ENGLISH = 1.5  # ... and that English writes less than 1.5 on wordfreq's Zipf scale
_ENGLISH_KNOWN = 2.0  # ... one letter off a word English writes 2.0 or more: the slip's
_FAR_MORE = 5  # a spelling named in 5 times the articles of another is the archive's ...
_FEW_STORIES = 2  # ... when the other is named in two stories at most
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LANGUAGES = [
    "de",
    "nl",
    "sv",
    "da",
    "nb",
    "fi",
    "es",
    "pt",
    "it",
    "fr",
    "ca",
    "ro",
    "pl",
    "cs",
    "hu",
    "tr",
    "id",
    "ms",
]


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
    lower: Counter[str],
) -> list[Variant]:
    """Join each pair of spellings whose stories agree (or that the archive spells one
    acronym out as: `spelled`, acronym key -> long names' keys), the other joining the one
    a list knows, else the one named in more articles, else the one whose words the
    archive writes more often (`words`: casefolded word counts; `lower`: in lower case);
    return every pair found. A slip of a common word that no story ties to its right
    spelling gets no page."""
    slipped = _slips(groups, words, lower)
    named = named_slips(groups, words) | {
        slip: (right, True) for slip, right in form_slips(groups).items()
    }
    pairs = _pairs(groups) + [
        (group, groups[key]) for group, (_, key) in slipped.items() if key in groups
    ]
    pairs += [(slip, right) for slip, (right, _) in named.items()]
    pairs += _spelled_two_ways(groups, spelled)
    if not pairs:
        _no_page(slipped)
        return []
    acronyms: dict[str, set[str]] = defaultdict(set)  # "OECD" for both of its spellings
    spelled_as: Counter[str] = Counter()
    for acronym, long_names in spelled.items():
        for key, times in long_names.items():
            acronyms[key].add(acronym)
            spelled_as[key] += times
    wanted = {g.key for pair in pairs for g in pair}
    beside = _beside(articles, wanted)
    rare = max(10, len(articles) // _SHARED_RARE)
    named_in: dict[str, int] = {k: g.articles for k, g in groups.items()}
    found = []
    for a, b in pairs:
        kept, other = sorted((a, b), key=lambda g: _rank(g, words, spelled_as[g.key]))
        if named.get(kept, (None,))[0] is other:  # "Staff Buildiers Inc": a slip, however it ranks
            kept, other = other, kept
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
        slip = other in named and named[other][0] is kept and named[other][1]
        joined = together or spelled_out or slip or bool(shared) or _region(a.name, b.name)
        joined = joined and not _country_and_region(a.name, b.name)
        if joined:
            other.target = kept
        found.append(Variant(kept, other, joined))
    _no_page(slipped)
    return found


def _no_page(slipped: dict[Group, tuple[str, str]]) -> None:
    """A slip no story ties to its right spelling gets no page: a reader would meet the
    wire's typo as a name ("Preesident Nixon", "Treassury")."""
    for group, (right, _) in slipped.items():
        if not (group.target or group.junk or group.doubt):
            group.doubt = f"a slip of {right}, which the archive writes often"
            group.weak = True


def _slips(
    groups: dict[str, Group], words: Counter[str], lower: Counter[str]
) -> dict[Group, tuple[str, str]]:
    """Names with a word the archive writes twice at most, that English hardly knows
    (`wordfreq`), one letter off (not the first) a word the archive writes in lower case
    often ("Treassury", "Manufactuerers", "Genral"), or, as a person's first word, off a
    given name or a title ("Arthurt", "Preesident"): group -> (the name spelled right, its
    key). "Capitol", "Corning", "Hermann" and "Nacional" are words or names of their own."""
    found: dict[Group, tuple[str, str]] = {}
    for group in groups.values():
        if group.registered or group.junk or group.target or group.doubt:
            continue
        if group.type not in ("person", "organization", "place") or usual_name(group.name):
            continue
        tokens = group.name.split()
        for at, token in enumerate(tokens):
            word = token.strip(".,").casefold()
            if len(word) < 6 or not word.isalpha() or words[word] > _SLIP_RARE:
                continue
            if any(c.isupper() for c in token[1:]) or given_name(word) or listed_place(token):
                continue  # "InterWest", "ANIMED": a name's own spelling
            right = _right_spelling(word, words, lower, group.type, at == 0)
            if right and _unknown_word(word):
                fixed = right if token[:1].islower() else right.capitalize()
                tail = token[len(token.rstrip(".,")) :]
                name = " ".join([*tokens[:at], fixed + tail, *tokens[at + 1 :]])
                found[group] = (name, name_key(name))
                break
    return found


def named_slips(groups: dict[str, Group], words: Counter[str]) -> dict[Group, tuple[Group, bool]]:
    """Names of two words or more that are another name of the archive but for one letter
    added, dropped or two swapped (not the first letter) in a word the archive writes
    twice at most: slip -> (the name spelled right, named in as many articles or more;
    whether the archive or English settles it). The word is one English hardly knows
    ("Chicago Boad of Trade", "Qunnipiac University"), or the name spelled right is named
    far more, in stories enough that a rare spelling of two stories at most is the wire's
    slip ("Salmon Brothers" beside Salomon Brothers). Named in as many articles, the slip
    is settled when English knows the word spelled right ("Mocrosoft Corp", "Microsoft
    Corp"), else `join_variants` asks one story to name both ("Staff Buildiers Inc",
    "Staff Builders"). The name spelled right may have joined another form of its own
    ("PaineWebbber Inc" is the Paine Webber that "PaineWebber Inc" is). A letter changed
    may make another firm's name ("Midcom", "Widcom"): only a word English hardly knows,
    of seven letters or more, changed inside into one it knows is a slip."""
    found: dict[Group, tuple[Group, bool]] = {}
    for group in groups.values():
        if group.registered or group.junk or group.target or group.doubt:
            continue
        tokens = group.name.split()
        if group.type not in ("organization", "place") or len(tokens) < 2:
            continue
        for at, token in enumerate(tokens):
            word = token.strip(".,").casefold()
            if len(word) < 4 or not word.isalpha() or words[word] > _SLIP_RARE:
                continue
            slips, changed = _slip_edits(word), _changed_inside(word)
            matched: dict[str, Group] = {}  # the spelling's own group: its own articles count
            for edit in slips | changed:
                name = " ".join([*tokens[:at], edit, *tokens[at + 1 :]])
                right = groups.get(name_key(name))
                if right is not None and _a_right_spelling(right, group):
                    matched[edit] = right
            if len({final(right) for right in matched.values()}) != 1:
                continue
            spelled = max(matched.values(), key=lambda g: g.articles)
            unknown = _unknown_word(word)
            english = unknown and any(_english_word(edit) for edit in matched)
            far_more = len(word) >= 6 and _named_far_more(spelled, group)
            if set(matched) <= changed and not english:
                continue
            if unknown or far_more:
                settled = spelled.articles > group.articles or english or far_more
                found[group] = (final(spelled), settled)
                break
    return found


def _a_right_spelling(right: Group, slip: Group) -> bool:
    """A name of the slip's kind, named in as many articles or more ("Merc", the Chicago
    Mercantile Exchange's short name, is named in fewer than its long name: a "Merck" is
    measured against the "Merc" it is a letter off)."""
    kept = final(right)
    return (
        kept is not slip
        and kept.type == slip.type
        and right.articles >= slip.articles
        and not kept.junk
    )


def _changed_inside(word: str) -> set[str]:
    """The word with one letter changed, neither the first nor the last, in words of seven
    letters or more ("mocrosoft")."""
    if len(word) < 7:
        return set()
    changed = {word[:i] + c + word[i + 1 :] for i in range(1, len(word) - 1) for c in _LETTERS}
    return changed - {word}


def _english_word(word: str) -> bool:
    """A word English writes often enough to be the name spelled right ("microsoft")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= _ENGLISH_KNOWN


def _named_far_more(right: Group, slip: Group) -> bool:
    """The name named in `_FAR_MORE` times the articles of the other, which two stories
    at most name: the archive settles which spelling is the name."""
    return slip.articles <= _FEW_STORIES and right.articles >= _FAR_MORE * slip.articles


def _slip_edits(word: str) -> set[str]:
    """The word with one letter dropped, added or two neighbours swapped, after the first."""
    edits = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    edits |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    edits |= {word[:i] + letter + word[i:] for i in range(1, len(word) + 1) for letter in _LETTERS}
    edits.discard(word)
    return edits


def _unknown_word(word: str) -> bool:
    """A word that English text hardly ever writes, nor the common words of the languages
    a Latin alphabet writes ("Banken", "Agentur", "Commerciale"): a slip, not a name."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < _SLIP_ENGLISH and all(
        zipf_frequency(word, language, wordlist="small") < _SLIP_ENGLISH for language in _LANGUAGES
    )


def _right_spelling(
    word: str, words: Counter[str], lower: Counter[str], kind: str, first: bool
) -> str:
    """The one word one letter off (after the first letter) that the archive writes in
    lower case often, or for a person's first word a title or a given name, else ""."""
    changed = {word[:i] + c + word[i + 1 :] for i in range(1, len(word)) for c in _LETTERS}
    edits = (_slip_edits(word) | changed) - {word}
    if kind == "person":
        right = {
            e for e in edits if first and (e in TITLE_WORDS or (words[e] >= 1 and given_name(e)))
        }
    else:
        right = {e for e in edits if lower[e] >= _SLIP_COMMON}
    return next(iter(right)) if len(right) == 1 else ""


def _rank(
    group: Group, words: Counter[str], spelled_as: int
) -> tuple[int, int, int, bool, int, int, str]:
    """Known names first ("Cayman Islands"), then more articles, then the name the archive
    spells its acronym out as more often (`spelled_as`), then a name with no word the
    archive writes twice at most (a slip: "Thomsom", "Amerian"), then a legal form ("Gold
    Mines Inc"), then the commoner words."""
    known = usual_name(group.name) is not None or listed_place(group.name)
    name = company_base(group.name) or group.name  # "Amerian Salt Co": no help from "Co"
    counts = [words[w] for w in name.casefold().split()]
    slip = any(count <= 2 for count in counts)
    return -known, -group.articles, -spelled_as, slip, -group.legal, -sum(counts), group.key


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


def _spelled_two_ways(
    groups: dict[str, Group], spelled: dict[str, Counter[str]]
) -> list[tuple[Group, Group]]:
    """Long names one acronym stands for that are one name written two ways: a word
    clipped ("United Auto Workers", "United Automobile Workers": both "UAW"), written in
    another form ("Agriculture Stabilization and Conservation Service", "Agricultural
    ...": both "ASCS"; "Organisation for Economic Cooperation and Development",
    "Organization for Economic Co-operation ...": both "OECD") or the same words in
    another order ("Ministry of International and Trade Industry": "MITI"). Two bodies
    with one acronym whose names differ otherwise stay apart ("National", "International")."""
    pairs = []
    for long_names in spelled.values():
        found = [groups[k] for k in sorted(long_names) if k in groups]
        for i, a in enumerate(found):
            for b in found[i + 1 :]:
                if a.type == b.type == "organization" and _written_two_ways(a.name, b.name):
                    pairs.append((a, b))
    return pairs


def _written_two_ways(a: str, b: str) -> bool:
    """The same words in another order, or word for word the same but one clipped or in
    another form, not the last: its first four letters or more begin the other's ("auto",
    "automobile"), or it is the other's inflection or British spelling ("agriculture",
    "agricultural"; "organisation", "organization"; a hyphen is no word of its own)."""
    words_a, words_b = fold(a.replace("-", "")).split(), fold(b.replace("-", "")).split()
    if len(words_a) != len(words_b) or words_a == words_b:
        return False
    if sorted(words_a) == sorted(words_b):
        return True
    differ = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if len(differ) != 1 or words_a[-1] != words_b[-1]:
        return False  # the head is the same: a "Committeeman" is no "Committee"
    short, long = sorted(differ[0], key=len)
    clipped = len(short) >= 4 and long.startswith(short)
    return clipped or _word_form(short, long) or (len(short) >= 5 and _distance(short, long) == 1)


def form_slips(groups: dict[str, Group]) -> dict[Group, Group]:
    """Bodies' names that are another's but for one word in another form, a body the
    archive names far more ("Security and Exchange Commission" in one story, the
    Securities and Exchange Commission in 80): slip -> the name the archive uses. Names
    of generic words are other bodies when both are named often ("Central Statistical
    Office" in Britain, "Central Statistics Office" in Ireland), and a quarter's word
    makes another place's body ("North", "Northern"): those stay apart."""
    frames: dict[tuple[int, str], list[tuple[Group, str]]] = defaultdict(list)
    for group in groups.values():
        if group.registered or group.junk or group.target or group.doubt:
            continue
        if group.type != "organization":
            continue
        words = fold(company_base(group.name) or group.name).split()
        if len(words) < 2:
            continue
        for at, word in enumerate(words):
            if len(word) >= 4 and word not in QUARTERS:
                frames[(at, " ".join(words[:at] + ["*"] + words[at + 1 :]))].append((group, word))
    found: dict[Group, Group] = {}
    for members in frames.values():
        for right, word in members:
            for slip, other in members:
                if slip not in found and _named_far_more(right, slip) and _word_form(word, other):
                    found[slip] = right
    return found


def _word_form(a: str, b: str) -> bool:
    """One word's inflections ("security", "securities"; "agriculture", "agricultural",
    a final "e" dropped before the ending)."""
    return a != b and (_inflected(a, b) or _inflected(a.removesuffix("e"), b.removesuffix("e")))


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
    "holdings"; "industrial", "industries"; "west", "western"), a small word ("of", "on":
    "General Agreement of Tariffs and Trade"), or, in words of six
    letters or more, one letter added, dropped, changed or two swapped ("thomsom"), or in
    a person's name the same letters in another order, the first kept ("alixrod"); in a
    person's hyphenated given name, one part the same and the other two letters off at
    most ("chao-ming")."""
    if a == b or a.isdigit() or b.isdigit():
        return False
    if {a, b} <= QUARTERS:
        return a[:4] == b[:4]  # "West", "Western"; "North" and "South" are other places
    if kind != "person" and {a, b} <= CONNECTORS:
        return True  # "General Agreement of Tariffs and Trade"
    if kind != "person" and _inflected(a, b):
        return True  # "Edward" and "Edwards" may be two people
    if min(len(a), len(b)) >= 6 and _distance(a, b) <= 1:
        return True
    if kind == "person" and len(a) == len(b) >= 6 and a[0] == b[0] and sorted(a) == sorted(b):
        return True  # "Alixrod", "Axilrod": a surname's letters in another order
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


def _country_and_region(a: str, b: str) -> bool:
    """ "South Africa" and "Southern Africa", "North Korea" and "Northern Korea": a quarter
    word and its "-ern" form where one name is a country or state, so the other is the
    region around it, however often one story names both."""
    words_a, words_b = fold(a).split(), fold(b).split()
    return (
        len(words_a) == len(words_b)
        and words_a[1:] == words_b[1:]
        and {words_a[0], words_b[0]} <= QUARTERS
        and words_a[0] != words_b[0]
        and (usual_name(a) is not None or usual_name(b) is not None)
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


_SHIFT_SLIP = re.compile(r"\b[A-Z]{2}[a-z]+\b")


def shift_slips(groups: dict[str, Group], lower: Counter[str]) -> None:
    """A word the wire typed with the shift key held one letter too long ("Springboard
    Software INc", "Action DRug Co") is written as the word ("Inc", "Drug"): a legal form,
    or a word the archive writes in lower case ("MCorp" stays)."""

    def fixed(match: re.Match[str]) -> str:
        word = match[0].casefold()
        slip = lower[word] >= 3 or word.strip(".") in ORGANIZATION_LAST_WORDS
        return match[0].capitalize() if slip else match[0]

    for group in groups.values():
        name = _SHIFT_SLIP.sub(fixed, group.name) if not group.registered else group.name
        if name != group.name:
            group.name, group.id = name, entity_id(group.type, name)


_INITIALS = re.compile(r"[A-Z]\.?(?:[A-Z]\.)*")


@dataclass(frozen=True, slots=True)
class _PersonName:
    """A person's name read into its parts: "Joseph R. Biden Jr." -> joseph, (r,), biden,
    jr; "Bashar al-Assad" -> bashar, (), assad (a particle says no other person)."""

    first: str
    middles: tuple[str, ...]  # folded words; an initial is one letter
    surname: str
    suffix: str

    def initialled(self) -> bool:
        return all(len(m) == 1 for m in self.middles)


def _person_name(name: str) -> _PersonName | None:
    """The parts of a name of a given name, middles, a surname and a suffix, or None (a
    first initial, "J. Christopher Stevens", or one word)."""
    tokens = name.split()
    suffix = fold(tokens[-1]) if len(tokens) > 2 and tokens[-1].casefold() in NAME_SUFFIXES else ""
    tokens = tokens[:-1] if suffix else tokens
    if len(tokens) < 2 or _INITIALS.fullmatch(tokens[0]) or not tokens[0][:1].isupper():
        return None
    middles: list[str] = []
    for token in tokens[1:-1]:
        if _INITIALS.fullmatch(token):
            middles += [letter.casefold() for letter in token if letter.isalpha()]
        else:
            middles += [w for w in fold(token).split() if w not in NAME_PARTICLES]
    surname = [w for w in fold(tokens[-1]).split() if w not in NAME_PARTICLES]  # "al-Assad"
    first = fold(tokens[0]).split()
    if len(surname) != 1 or len(first) != 1:
        return None
    return _PersonName(first[0], tuple(middles), surname[0], suffix)


def _contradict(a: _PersonName, b: _PersonName) -> bool:
    """Two forms that cannot name one person: another given name, suffix or middles
    ("George W. Bush", "George H.W. Bush")."""
    return (
        not _same_given_name(a, b)
        or a.suffix != b.suffix
        or (bool(a.middles) and bool(b.middles) and not _same_middles(a, b))
    )


def _same_given_name(a: _PersonName, b: _PersonName) -> bool:
    return (
        a.first == b.first
        or b.first in NICKNAMES.canonicals_of(a.first)
        or a.first in NICKNAMES.canonicals_of(b.first)
    )


def _same_middles(a: _PersonName, b: _PersonName) -> bool:
    return len(a.middles) == len(b.middles) and all(
        x == y or (min(len(x), len(y)) == 1 and x[0] == y[0])
        for x, y in zip(a.middles, b.middles, strict=True)
    )


def _same_person_name(a: _PersonName, b: _PersonName) -> bool:
    """Two forms of one person's name: the same surname and suffix, the same given name or
    a nickname of it ("Tim", "Timothy"), and the same middles, or none in one of them.
    Middle words, not initials, where the other has none ("Hillary Rodham Clinton") need
    the same given name and no middle word that is a given name ("Rafael Edward Cruz" may
    be the son of a "Rafael Cruz")."""
    if a.surname != b.surname or _contradict(a, b):
        return False
    if a.middles and b.middles:
        return True
    fuller = a if a.middles else b
    return fuller.initialled() or (
        a.first == b.first and not any(first_name(m) for m in fuller.middles)
    )


def person_variants(groups: dict[str, Group], articles: list[Article]) -> None:
    """One person whatever the form of the name: "Tim Cook" and "Timothy D. Cook", "Joe
    Biden" and "Joseph R. Biden", "Bashar Assad" and "Bashar al-Assad" (a form the model
    typed a place or a body joins the person), named within two months of each other,
    are one page: by the given name the archive uses in more articles, written with its
    middle initials ("Donald J. Trump", as the wire's first mention writes it), else the
    form named in more articles.
    Precision first: forms that a name could tie to two people ("George Bush": "George W.
    Bush", "George H.W. Bush", which contradict each other) join nothing; a suffix ("Jr.",
    "III") or a middle name that is a given name says another person ("Donald Trump Jr.",
    "Rafael Edward Cruz"); a nickname with other middles and one of the census's commonest
    surnames ("Steve Cohen", a congressman; "Stephen S. Cohen", an economist) joins only
    where the stories agree (one names the other, or both a rarer name)."""
    by_surname: dict[str, list[tuple[Group, _PersonName]]] = defaultdict(list)
    for group in groups.values():
        if group.junk or group.target or not _a_person_form(group):
            continue
        parts = _person_name(group.name)
        if parts is not None:
            by_surname[parts.surname].append((group, parts))
    pairs: dict[str, list[tuple[int, int]]] = defaultdict(list)  # surname -> forms alike
    unsure: set[tuple[str, str]] = set()  # a nickname and other middles: the stories must agree
    for surname, forms in by_surname.items():
        if len(forms) < 2 or len(forms) > 40:
            continue  # "Smith": too many people to tell apart by their names
        for i, (a, parts_a) in enumerate(forms):
            for j in range(i + 1, len(forms)):
                b, parts_b = forms[j]
                if _same_person_name(parts_a, parts_b) and near_each_other(a, b):
                    pairs[surname].append((i, j))
                    if (
                        parts_a.first != parts_b.first
                        and parts_a.middles != parts_b.middles
                        and surname in common_surnames()  # "Durbin" names few people
                    ):
                        unsure.add((a.key, b.key))  # "Steve Cohen", "Stephen S. Cohen"
    beside = _beside(articles, {key for pair in unsure for key in pair}) if unsure else {}
    rare = max(10, len(articles) // _SHARED_RARE)
    for surname, forms in by_surname.items():
        links: dict[int, set[int]] = defaultdict(set)  # names of one person whose stories agree
        for i, j in pairs.get(surname, []):
            a, b = forms[i][0], forms[j][0]
            if (a.key, b.key) not in unsure or _named_beside(a, b, beside, groups, rare):
                links[i].add(j)
                links[j].add(i)
        seen: set[int] = set()
        for start in list(links):
            if start in seen:
                continue
            component, queue = {start}, [start]
            while queue:
                for other in links[queue.pop()] - component:
                    component.add(other)
                    queue.append(other)
            seen |= component
            members = [forms[i][0] for i in sorted(component)]
            every_pair = not any(
                _contradict(forms[i][1], forms[j][1]) for i in component for j in component
            )
            people = [g for g in members if g.type == "person"]
            if not every_pair or not people or sum(g.registered for g in members) > 1:
                continue
            firsts: Counter[str] = Counter()
            for group in members:
                firsts[fold(group.name).split()[0]] += group.articles
            kept = max(people, key=lambda g: _person_rank(g, firsts))
            for group in members:
                if group is not kept:
                    group.target = kept


def _named_beside(
    a: Group, b: Group, beside: dict[str, set[str]], groups: dict[str, Group], rare: int
) -> bool:
    """Whether one story names both, or their stories name a rarer name beside each."""
    context_a, context_b = beside.get(a.key, set()), beside.get(b.key, set())
    if a.key in context_b or b.key in context_a:
        return True
    return any(k in groups and groups[k].articles <= rare for k in context_a & context_b)


def _a_person_form(group: Group) -> bool:
    """A person, or a name the model typed a place or a body that a person's name could be:
    a given name first, no legal form, no place a list knows ("Bashar al-Assad")."""
    if group.type == "person":
        return True
    return (
        group.type in ("place", "organization")
        and not (group.registered or group.legal)
        and usual_name(group.name) is None
        and not listed_place(group.name)
        and first_name(group.name.split()[0])
    )


def _person_rank(group: Group, firsts: Counter[str]) -> tuple[bool, int, int, int, int, str]:
    """The registry's name first, then the given name named in more articles ("Joe", not
    "Joseph"), then middle initials ("Donald J. Trump"; not "Hillary Rodham Clinton": a
    middle name is the formal form), then more articles; at a tie, the longer given name
    ("James", not "Jim")."""
    parts = _person_name(group.name)
    initials = len(parts.middles) if parts is not None and parts.initialled() else 0
    first = fold(group.name).split()[0]
    return group.registered, firsts[first], initials, group.articles, len(first), group.id


def short_bodies(groups: dict[str, Group], articles: list[Article]) -> None:
    """A one-word body the news names short ("Quinnipiac") is the one body of the archive
    named by it and a word the news drops ("Quinnipiac University") when a story names
    both, or calls that body by both; not when two such bodies begin with it ("Harvard
    University", "Harvard College"), nor a place a list knows, nor a company with a legal
    form."""
    longer: dict[str, list[Group]] = defaultdict(list)
    for group in groups.values():
        words = fold(group.name).split()
        if (
            group.type == "organization"
            and len(words) == 2
            and words[1] in SHORT_NAME_HEADS
            and not (group.junk or group.target)
        ):
            longer[name_key(group.name.split()[0])].append(group)
    short = {
        key: found[0]
        for key, found in longer.items()
        if len(found) == 1
        and key in groups
        and groups[key].type == "organization"
        and not (groups[key].registered or groups[key].junk or groups[key].target)
        and not (groups[key].legal or groups[key].doubt)
        and usual_name(groups[key].name) is None
        and not listed_place(groups[key].name)
    }
    if not short:
        return
    beside = _beside(articles, set(short))
    written_short = {  # a story that called the body by both ("Monmouth University ... Monmouth")
        name_key(entity.name)
        for article in articles
        for entity in article.entities
        if any(
            name_key(m.text) in short and name_key(m.text) != name_key(entity.name)
            for m in entity.mentions
        )
    }
    for key, body in short.items():
        if body.key in beside.get(key, set()) or body.key in written_short:
            groups[key].target = body
