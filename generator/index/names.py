"""Name groups of the archive-wide resolution, and the rules that read one name against
the archive's others: a name the model cut from a longer one, two names run together, an
acronym beside the company it begins, a person's name inside a longer one.

`resolution.unify_entities` builds the groups and calls these rules in order.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from nicknames import NickNamer

from generator.annotate import ner
from generator.annotate.entities import aliases
from generator.annotate.words import (
    FEMALE_NAMES,
    MALE_NAMES,
    MONTH_NAMES,
    NATIONALITY_WORDS,
    ORGANIZATION_LAST_WORDS,
    TITLE_WORDS,
)
from generator.model import Article, Entity, EntityType

fold = functools.lru_cache(maxsize=1 << 16)(aliases.fold)
name_key = functools.lru_cache(maxsize=1 << 16)(aliases.name_key)
usual_name = functools.lru_cache(maxsize=1 << 16)(aliases.usual_name)
is_acronym = functools.lru_cache(maxsize=1 << 16)(aliases.is_acronym)
company_base = functools.lru_cache(maxsize=1 << 16)(aliases.company_base)

SURNAME_DAYS = 62  # "Reagan" is the Ronald Reagan the archive names within two months
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")


class Weights(dict[str, float]):
    """A Counter of float weights (typing's Counter counts in ints): 0 for a key never
    counted, without adding it."""

    def __missing__(self, key: str) -> float:
        return 0

    def most_common(self) -> list[tuple[str, float]]:
        return sorted(self.items(), key=lambda item: item[1], reverse=True)


@dataclass(slots=True, eq=False)
class Group:
    """Every article's entity that shares one name key."""

    key: str = ""
    forms: Weights = field(default_factory=Weights)
    types: Weights = field(default_factory=Weights)
    dates: set[int] = field(default_factory=set)
    days: list[int] = field(default_factory=list)  # the dates, sorted: nearness by bisection
    read: int = 0  # mentions in running text
    before: Counter[str] = field(default_factory=Counter)  # capitalised words run into them
    after: Counter[str] = field(default_factory=Counter)  # "and Row" after "Harper"
    titled: int = 0  # mentions a title follows ("Agriculture Secretary")
    articles: int = 0
    legal: bool = False  # some form carries a legal form (Inc, Corp, AG)
    name: str = ""
    type: EntityType = "other"  # decided once every article is read
    id: str = ""
    registered: bool = False
    target: Group | None = None  # the entity this name is another name of
    junk: str = ""  # why the name is no entity at all
    doubt: str = ""  # why the name gets no page of its own
    weak: bool = False  # the doubt is thin evidence (evidence.py), not several things
    person_cues: int = 0  # mentions with a title before or "he"/"she" after
    organization_cues: int = 0  # articles where it "said it", has shares or a ticker
    placed: int = 0  # mentions written "X, <state or country>", or the dateline's place
    located: int = 0  # mentions after "from", "in", "at", "near" ("at Abu Simbel")
    mentioned: int = 0
    comma_cut: int = 0  # mentions cut at the comma of a firm's name ("Robertson, Colman and")
    column_gaps: int = 0  # mentions running over a table's column gap ("Tankers  Regular")
    products: int = 0  # mentions a product noun follows ("the INF treaty", "EWSD systems")
    formed: int = 0  # mentions a body's verb comes before ("formed the", "members of the")
    run_after: int = 0  # mentions a capitalised word runs on from ("Conference Bridge")
    local: int = 0  # mentions a state or town runs into ("New York State Public ...")
    seats: int = 0  # mentions of a company's town ("<Qintex Ltd> of Brisbane said")
    partners: int = 0  # mentions inside a firm of partners' names ("Pratt and Whitney")
    partners_before: Counter[str] = field(default_factory=Counter)  # "Brown" of "... Sons"
    event_cues: int = 0  # mentions an event's words surround ("at the", "held", "the 2016")
    body_cues: int = 0  # mentions a body's words surround (", the conservative organization")


_AND_AFTER = re.compile(r" ((?:and|&) [A-Z][a-z]+)\b")


_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_RUN_ON = re.compile(r"(?<![\w.&'-])([A-Z][a-z]+)((?: and| &)?) \Z")


def read_before(group: Group, text: str, entity: Entity) -> None:
    """Note the capitalised word that runs into each mention from the left ("Westinghouse
    Electric Corp", "Pratt and Whitney"): the model may have cut a name."""
    for mention in entity.mentions:
        line = text.rfind("\n", 0, mention.start) + 1
        if text.startswith("title:", line):
            continue  # a headline capitalises every word
        group.read += 1
        before = _RUN_ON.search(text, max(line, mention.start - 40), mention.start)
        if before:
            group.before[before[1] + before[2]] += 1
        after = _AND_AFTER.match(text, mention.end)
        if after:
            group.after[after[1]] += 1
        title = _WORD_AFTER.match(text, mention.end)
        if title and title[1].casefold() in TITLE_WORDS:
            group.titled += 1


def common_lower(word: str) -> bool:
    """A common English word in lower case, which no name carries inside it ("an Abilene
    investment firm"); short particles ("de", "am", "der") are names' own."""
    return len(word) > 3 and word.islower() and word in ner.resources()[1]


_AND = re.compile(r" and (?!(?:Co|Company|Sons)\b)")


def two_names(groups: dict[str, Group]) -> None:
    """An organization run together from two ("PDVSA and Union Pacific", "Barclays Bank and
    National Westminster Bank"): each part is a name the archive knows or a body's name,
    one of them at least two words long; the archive's pages for the parts stay."""
    for group in groups.values():
        parts = _AND.split(group.name)
        if group.type != "organization" or len(parts) < 2 or group.registered or group.junk:
            continue
        if all(company_base(p) not in ("", p) for p in parts) or all(
            _a_body(part, group, groups) for part in parts
        ):
            group.junk = "two names run together"


def _a_body(part: str, whole: Group, groups: dict[str, Group]) -> bool:
    """Whether the archive names a part of a name on its own, as an organization."""
    known = groups.get(name_key(part))
    return (
        known is not None and known is not whole and not known.junk and known.type == "organization"
    )


def cut_names(groups: dict[str, Group]) -> None:
    """An organization or place that the text, in two of three mentions or more, runs on
    from a capitalised word that is no place, title, legal form or common word
    ("Westinghouse Electric Corp", "Sunday Express") is the end of a longer name the model
    cut: it joins that name where the archive has it, else it gets no entity. After "and"
    ("Pratt and Whitney", "Rochester Gas and Electric Corp") the longer name must be in the
    archive, or an organization's follow a common word ("Gas and", "Ways and"): "Sears
    and Kellwood Co" are two companies, "Central and South America" two places."""
    common = ner.resources()[1]
    joined: dict[str, list[Group]] = defaultdict(list)  # "harper and row" -> its companies
    for group in groups.values():
        words = fold(group.name).split()
        for at, word in enumerate(words[1:-1], 1):
            if word in ("and", "&") and group.type == "organization" and not group.junk:
                joined[" ".join(words[: at + 2])].append(group)
    for group in groups.values():
        if (
            group.type not in ("organization", "place")
            or not group.read
            or group.registered
            or group.junk
            or group.target
            or usual_name(group.name)
        ):
            continue
        cut: Counter[str] = Counter()
        for before, count in group.before.items():
            word, folded = before.split()[0], before.split()[0].casefold()
            if before.endswith(("and", "&")):
                longer = groups.get(name_key(f"{before} {group.name}"))
                if longer is not None or (
                    group.type == "organization"
                    and folded in common
                    and folded not in ORGANIZATION_LAST_WORDS
                ):
                    cut[before] += count
            elif not (
                folded in common
                or folded in TITLE_WORDS
                or folded in MONTH_NAMES
                or folded in ORGANIZATION_LAST_WORDS
                or a_place(word, groups)
            ):
                cut[before] += count
        for after, count in group.after.items():  # "Harper" of "Harper and Row Inc"
            joins = {g.id: g for g in joined.get(fold(f"{group.name} {after}"), [])}
            if len(joins) == 1 and group not in joins.values():
                cut[" ".join(("", after))] += count
        if sum(cut.values()) * 3 < 2 * group.read:
            continue
        before = cut.most_common(1)[0][0]
        if before.startswith(" "):
            longer = joined[fold(f"{group.name}{before}")][0]
            group.target = final(longer)
            continue
        longer = groups.get(name_key(f"{before} {group.name}"))
        if longer is not None and longer is not group and not final(longer).junk:
            group.target = final(longer)
        else:
            group.junk = "the end of a longer name"


def title_words(groups: dict[str, Group]) -> None:
    """A one-word organization that a title follows in half its mentions or more
    ("Agriculture Secretary Richard Lyng", "Commerce Undersecretary") is a word of the
    title, which says no body a reader can look up."""
    for group in groups.values():
        if (
            group.type == "organization"
            and " " not in group.name
            and group.read
            and group.titled * 2 >= group.read
            and not (group.registered or group.legal or group.target or group.junk)
            and not is_acronym(group.name)
            and not usual_name(group.name)
        ):
            group.junk = "a word of a title"


def company_twins(groups: dict[str, Group]) -> None:
    """ "Gillette" named as a company beside "Gillette Co" is that company: a place's name
    with a legal form keeps a key of its own ("Boston Corp"), and joins its plain form
    only where the archive reads that as an organization too, or as a place that nothing
    places (no dateline, no "in San Miguel", no ", <state>" after it) and that acts as a
    company once ("San Miguel shares"; not "Holiday fares" of an airline)."""
    for key, group in groups.items():
        twin = groups.get(key + "&company")
        unplaced = (
            group.type == "place"
            and group.organization_cues > 0
            and not (group.placed or group.located)
        )
        if (
            twin is not None
            and (group.type == "organization" or (unplaced and usual_name(group.name) is None))
            and not (group.registered or group.junk or group.target or twin.junk)
        ):
            group.target = twin


def acronyms_beside_companies(article: Article, beside: dict[str, set[str]]) -> None:
    """Note each acronym named in the same article as a company whose name it begins
    ("AFG" beside "AFG Industries Inc")."""
    acronyms = {e.name for e in article.entities if e.mentions and ACRONYM.fullmatch(e.name)}
    if not acronyms:
        return
    for entity in article.entities:
        first = entity.name.split()[0]
        if first in acronyms and first != entity.name and company_base(entity.name) != entity.name:
            beside[name_key(first)].add(name_key(entity.name))


def acronym_companies(groups: dict[str, Group], beside: dict[str, set[str]]) -> None:
    """An acronym that no article spells out, named beside one company whose name it
    begins ("AFG" ... "AFG Industries Inc", "TVX" ... "TVX Mining Corp"), is that company;
    beside several, it stays itself."""
    for key, companies in beside.items():
        group = groups.get(key)
        if group is None or group.registered or group.junk or group.target or group.legal:
            continue  # "NZI Corp" beside "NZI Capital Corp": a company of its own
        if usual_name(group.name) or group.type not in ("organization", "person", "place"):
            continue
        found = {final(groups[k]).id: final(groups[k]) for k in companies if k in groups}
        found = {i: g for i, g in found.items() if not g.junk and g is not group}
        if len(found) == 1:
            group.target = next(iter(found.values()))


def roles_run_into_people(groups: dict[str, Group]) -> None:
    """A name that is an office run into a person the archive names in full ("Chancellor
    of the Exchequer Nigel Lawson"), or a person run into their body ("Gene Kimmelman of
    the Consumer Federation"), is that person."""
    people: dict[str, Group] = {
        fold(g.name): g
        for g in groups.values()
        if g.type == "person" and len(g.name.split()) > 1 and not g.junk and not g.target
    }
    for group in groups.values():
        words = fold(group.name).split()
        if group.type == "person" or group.registered or group.junk or group.target:
            continue
        for size in (2, 3):
            person = people.get(" ".join(words[-size:])) if len(words) > size + 1 else None
            head = " ".join(words[:size])
            if person is None and len(words) > size + 1 and words[size] == "of":
                person = people.get(head)
            if person is not None and person is not group:
                group.target = person
                break


def a_place(word: str, groups: dict[str, Group]) -> bool:
    """A nationality, or a word the archive (or the country table) names as a place."""
    if word in NATIONALITY_WORDS:
        return True
    known = usual_name(word)
    group = groups.get(name_key(word))
    return (known is not None and known[1] == "place") or (
        group is not None and group.type == "place" and not group.junk
    )


NICKNAMES = NickNamer()


def given_name(word: str) -> bool:
    word = word.casefold()
    return bool(
        word in ner.resources()[2]
        or word in MALE_NAMES
        or word in FEMALE_NAMES
        or NICKNAMES.canonicals_of(word)
        or NICKNAMES.nicknames_of(word)
    )


def named_near(days: list[int], day: int) -> bool:
    """Whether a sorted list of dates holds one within `SURNAME_DAYS` of `day` (a
    bisection: a name's dates are as many as its articles)."""
    at = bisect_left(days, day - SURNAME_DAYS)
    return at < len(days) and days[at] <= day + SURNAME_DAYS


def near_each_other(a: Group, b: Group) -> bool:
    """Whether two names are named within `SURNAME_DAYS` of each other."""
    few, many = sorted((a.days, b.days), key=len)
    return any(named_near(many, day) for day in few)


def longer_names(groups: dict[str, Group]) -> None:
    """A person's name that ends the one longer name the archive gives near in time is
    that person ("Febres Cordero", "Leon Febres Cordero"), and a title, a common word or
    a word of a body's name run into a full name ("Commerce Bruce Smart") is no part of it."""
    people = [
        g
        for g in groups.values()
        if g.type == "person" and " " in g.name and not g.junk and not g.target
    ]
    by_name = {fold(g.name): g for g in people}
    bodies = {
        word
        for g in groups.values()
        if g.type == "organization" and not g.junk
        for word in fold(g.name).split()
    }
    for group in people:
        words = fold(group.name).split()
        rest = by_name.get(" ".join(words[1:])) if len(words) > 2 else None
        if (
            rest is not None
            and not group.registered
            and not given_name(words[0])
            and (words[0] in TITLE_WORDS or words[0] in ner.resources()[1] or words[0] in bodies)
        ):
            group.target = rest  # a title, a common word or a body's word: no first name
    people = [g for g in people if not g.target]
    by_tail: dict[str, list[Group]] = defaultdict(list)
    for group in people:
        words = fold(group.name).split()
        for size in range(2, len(words)):
            by_tail[" ".join(words[-size:])].append(group)
    for group in people:
        longer = by_tail.get(fold(group.name), [])
        if not group.registered and len(longer) == 1 and near_each_other(group, longer[0]):
            group.target = longer[0]


def final(group: Group) -> Group:
    seen = 0
    while group.target is not None and seen < 8:
        group, seen = group.target, seen + 1
    return group
