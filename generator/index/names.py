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

from generator.annotate import ner
from generator.annotate.census import first_name, given_name
from generator.annotate.entities import aliases
from generator.annotate.entity_words import (
    NATIONAL_BODY_WORDS,
    SAME_COMPANY_WORDS,
)
from generator.annotate.words import (
    CONNECTORS,
    FIRM_LAST_WORDS,
    MONTH_NAMES,
    NAME_PARTICLES,
    NATIONALITIES,
    NATIONALITY_WORDS,
    NOT_NAMES,
    ORGANIZATION_LAST_WORDS,
    TITLE_WORDS,
)
from generator.model import Article, Entity, EntityType, entity_id

fold = functools.lru_cache(maxsize=1 << 16)(aliases.fold)
name_key = functools.lru_cache(maxsize=1 << 16)(aliases.name_key)
usual_name = functools.lru_cache(maxsize=1 << 16)(aliases.usual_name)
is_acronym = functools.lru_cache(maxsize=1 << 16)(aliases.is_acronym)

# legal forms cleanco leaves on: a US bank's "N.A." after, a Dutch "NV" before
_UNREAD_FORMS = re.compile(r"\A(?:N\.?V\.?\s+)?(?P<name>.+?)(?:,?\s+N\.A\.?)?\Z")


@functools.lru_cache(maxsize=1 << 16)
def company_base(name: str) -> str:
    """The name without its legal form (`aliases.company_base`), reading too the forms
    cleanco leaves on ("Chase Manhattan Bank N.A.", "NV Philips Gloeilampenfabrieken"):
    a unit with such a form is a company of its own, not its parent's short name."""
    base = aliases.company_base(name)
    if base != name:
        return base
    match = _UNREAD_FORMS.match(name)
    if match is None or match["name"] == name or not match["name"][:1].isupper():
        return base
    return aliases.company_base(match["name"]) or match["name"]


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
    crowned: int = 0  # mentions after a title given names take alone ("Pope Francis")
    peered: int = 0  # mentions after a peer's title, which surnames take ("Lord Barber")
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
    tickers: int = 0  # mentions a stock symbol follows ("C.R. Bard <BCR>"): a company's
    placed: int = 0  # mentions written "X, <state or country>", or the dateline's place
    provinced: int = 0  # of which: "X, <a state or a province>" ("its Timmins, Ontario mine")
    located: int = 0  # mentions after "from", "in", "at", "near" ("at Abu Simbel")
    mentioned: int = 0
    comma_cut: int = 0  # mentions cut at the comma of a firm's name ("Robertson, Colman and")
    column_gaps: int = 0  # mentions running over a table's column gap ("Tankers  Regular")
    products: int = 0  # mentions a product noun follows ("the INF treaty", "EWSD systems")
    named_products: int = 0  # of which: the noun right after, or "marketed as", "a product"
    models: int = 0  # mentions a model number comes before ("the 944 Turbo, up from")
    rates: int = 0  # mentions a margin follows, as a rate's ("LIBOR plus 0.5 pct")
    rate_named: int = 0  # mentions a rate's word follows ("the Lombard rate")
    polls: int = 0  # mentions a poll follows ("a new Gallup poll")
    vessels: int = 0  # mentions a ship's word comes before ("the tanker the Sea Isle City")
    feasts: int = 0  # mentions a holiday's word follows ("the Corpus Christi holiday")
    quoted: int = 0  # mentions set in quotation marks alone, a work's title ("Bright Lights")
    outlets: int = 0  # mentions a business's title, outlets or trade name ("Forbes magazine")
    employers: int = 0  # "person" mentions after a person's name and "of" ("Ed Lee of Lee Co")
    numbered: int = 0  # mentions a model number follows, no product noun ("VAX 8250, VAX")
    storms: int = 0  # mentions a storm's word comes before ("superstorm Sandy")
    laws: int = 0  # mentions a law's or a pact's word follows ("Glass-Steagall Act", "TPP pact")
    gatherings: int = 0  # mentions only a gathering has ("CPAC attendees", "drop out of CPAC")
    formed: int = 0  # mentions a body's verb comes before ("formed the", "members of the")
    run_after: int = 0  # mentions a capitalised word runs on from ("Conference Bridge")
    local: int = 0  # mentions a state or town runs into ("New York State Public ...")
    sited: int = 0  # mentions a place's kind comes before or after ("the port of Tumaco")
    staffed: int = 0  # mentions its staff follow, an office's ("White House aides")
    seats: int = 0  # mentions of a company's town ("<Qintex Ltd> of Brisbane said")
    partners: int = 0  # mentions inside a firm of partners' names ("Pratt and Whitney")
    firm_begun: int = 0  # mentions in articles where it begins a firm's name ("Erskine Resources")
    partners_before: Counter[str] = field(default_factory=Counter)  # "Brown" of "... Sons"
    its: int = 0  # mentions "its" follows in the clause ("Comissaria Smith said in its review")
    speaks: int = 0  # mentions a speaker's verb is next to ("Sallie Mae said"): either kind
    joined: Counter[str] = field(default_factory=Counter)  # "Lower|" of "Lower Folk Shop"
    event_cues: int = 0  # mentions an event's words surround ("at the", "held", "the 2016")
    body_cues: int = 0  # mentions a body's words surround (", the conservative organization")
    opening: int = 0  # mentions only a headline or a sentence's start capitalises ("Electric")
    started: int = 0  # one-word mentions opening a sentence, a noun after ("Blue chips")
    sentence_starts: int = 0  # one-word mentions opening a sentence or a line ("Hindsight had")


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
_LOWER = 3  # times the archive writes a word in lower case: an English word, not a name's


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


def title_words(groups: dict[str, Group], lower: Counter[str]) -> None:
    """A one-word organization that a title follows in half its mentions or more
    ("Agriculture Secretary Richard Lyng", "Commerce Undersecretary"), or a longer one of
    common words, none a body's ("National Security Adviser Frank Carlucci"), is words
    of the title, which say no body a reader can look up."""
    for group in groups.values():
        words = fold(group.name).split()
        if (
            group.type == "organization"
            and (len(words) == 1 or _field_words(words, lower))
            and group.read
            and group.titled * 2 >= group.read
            and not (group.registered or group.legal or group.target or group.junk)
            and not is_acronym(group.name)
            and not usual_name(group.name)
        ):
            group.junk = "a word of a title"


def _field_words(words: list[str], lower: Counter[str]) -> bool:
    """Words the archive writes in lower case, none a body's ("national security",
    "external affairs"; not "new york fed", "foreign ministry"): the field an office's
    title names."""
    return all(lower[w] >= _LOWER for w in words) and not ORGANIZATION_LAST_WORDS.intersection(
        words
    )


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
    ("AFG" beside "AFG Industries Inc", or beside a firm's name with no legal form: "FCS"
    beside "FCS Laboratories")."""
    acronyms = {e.name for e in article.entities if e.mentions and ACRONYM.fullmatch(e.name)}
    if not acronyms:
        return
    for entity in article.entities:
        words = entity.name.split()
        firm = company_base(entity.name) != entity.name or words[-1].lower() in FIRM_LAST_WORDS
        if words[0] in acronyms and len(words) > 1 and firm:
            beside[name_key(words[0])].add(name_key(entity.name))


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


_CREDIT = re.compile(r"(.+?)/([A-Z].*)")
_TWO_PEOPLE = re.compile(r"([A-Z][\w'’-]+) (?:and|or|&) ([A-Z][\w'’-]+)")


def described_people(
    groups: dict[str, Group],
    surnames: dict[str, list[Group]],
    lower: Counter[str],
    upper: Counter[str],
) -> None:
    """A person's name the model ran something into. A photo credit ("John Moore/Getty
    Images": a photographer and the agency the archive names, no one the story names) and
    two names ("Cruz and Trump", "Clinton or Sanders") are no one. A title or a word the
    archive writes in lower case before a name ("Sen. Lamar Alexander", "Moderator Bret
    Baier", "Billionaire Donald Trump", "74-year-old Sanders"; `lower` and `upper` count
    the archive's lower-case and mid-sentence capitalised words) is no part of it: the
    person is the one the rest names, or the rest after a title or before a given name
    ("Rep. Rio Tilton"), a surname alone the one it names around its date."""
    for group in groups.values():
        if group.type != "person" or group.registered or group.junk or group.target:
            continue
        credit = _CREDIT.fullmatch(group.name)
        two = _TWO_PEOPLE.fullmatch(group.name)
        if credit and " " in credit[1] and _a_body_named(credit[2], groups):
            group.junk = "a photo credit: a photographer and an agency"
            continue
        if two and all(_named(part, groups, surnames) for part in two.groups()):
            group.junk = "two names run together"
            continue
        tokens = group.name.split()
        titled = False  # "Rep. Rio Tilton": after a title, the words are a name
        while len(tokens) > 1 and _described(tokens[0], lower, upper):
            titled = titled or tokens[0].casefold().rstrip(".") in TITLE_WORDS
            tokens = tokens[1:]
        if len(tokens) == len(group.name.split()):
            continue
        rest = " ".join(tokens)
        found = groups.get(name_key(rest))
        person = final(found) if found is not None else None
        if person is not None and person is not group and person.type == "person":
            if not person.junk:
                group.target = person
        elif (len(tokens) > 1 and (titled or first_name(tokens[0]))) or any(
            g is not group for g in surnames.get(name_key(rest), [])
        ):
            group.name, group.id = rest, entity_id("person", rest)


def _described(token: str, lower: Counter[str], upper: Counter[str]) -> bool:
    """A title ("Sen."), a word written in lower case ("74-year-old", "die-hard"; not a
    particle: "de Blasio"), or a word the archive writes in lower case and never
    capitalises inside a sentence ("Moderator", "Co-anchor", "Billionaire" open a sentence
    or a headline; "Skip Rutherford" is a name), and no given name."""
    word = token.casefold().rstrip(".")
    head = word.rsplit("-", 1)[-1]
    if first_name(token) or first_name(head) or word in NAME_PARTICLES:
        return False
    return (
        word in TITLE_WORDS
        or not token[:1].isupper()
        or any(w.isalpha() and lower[w] >= 2 and not upper[w] for w in {word, head})
    )


def _a_body_named(name: str, groups: dict[str, Group]) -> bool:
    """Whether the archive names an organization so ("Getty Images", "Reuters")."""
    found = groups.get(name_key(name))
    known = usual_name(name)
    return (found is not None and final(found).type == "organization") or (
        known is not None and known[1] == "organization"
    )


def _named(part: str, groups: dict[str, Group], surnames: dict[str, list[Group]]) -> bool:
    """Whether the archive names a word on its own: a person's surname, or a name."""
    found = groups.get(name_key(part))
    return bool(surnames.get(name_key(part))) or (found is not None and not final(found).junk)


def named_near(days: list[int], day: int) -> bool:
    """Whether a sorted list of dates holds one within `SURNAME_DAYS` of `day` (a
    bisection: a name's dates are as many as its articles)."""
    at = bisect_left(days, day - SURNAME_DAYS)
    return at < len(days) and days[at] <= day + SURNAME_DAYS


def near_each_other(a: Group, b: Group) -> bool:
    """Whether two names are named within `SURNAME_DAYS` of each other; a name only
    undated articles give is near any other (the archive's one candidate is the evidence,
    as for a surname in an undated article)."""
    if not a.days or not b.days:
        return True
    few, many = sorted((a.days, b.days), key=len)
    return any(named_near(many, day) for day in few)


def _lower_word(word: str, lower: Counter[str]) -> bool:
    """A word the archive writes in lower case twice or more ("endorses"): no given name."""
    return lower[word] >= 2


def longer_names(groups: dict[str, Group], lower: Counter[str]) -> None:
    """A person's name that ends the one longer name the archive gives near in time is
    that person ("Febres Cordero", "Leon Febres Cordero"; not when the archive writes the
    first word in lower case twice: "Endorses Paul Ryan", nor when the name begins with a
    given name: "Donald Trump" is whole, "QIf Donald Trump" a description run in), and a
    title, a common word or a word of a body's name run into a full name ("Commerce Bruce
    Smart") is no part of it."""
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
        if (
            not group.registered
            and len(longer) == 1
            and not _given_first(group.name)  # "Donald Trump": a whole name
            and near_each_other(group, longer[0])
            and not _lower_word(fold(longer[0].name).split()[0], lower)
        ):
            group.target = longer[0]


def _given_first(name: str) -> bool:
    """A name that begins with a given name, not a particle ("Le Pen" is a surname)."""
    first = name.split()[0]
    return first.casefold() not in NAME_PARTICLES and first_name(first)


def final(group: Group) -> Group:
    seen = 0
    while group.target is not None and seen < 8:
        group, seen = group.target, seen + 1
    return group


def _body(group: Group | None) -> bool:
    """An organization the archive pages as a body in its own right: no legal form, no
    other name's short form ("Energy" of "Energy Factors Inc")."""
    return (
        group is not None
        and group.type == "organization"
        and not (group.junk or group.doubt or group.legal or group.target)
    )


def _country_words(words: list[str]) -> int:
    """How many words a name begins with that name a country ("U.S.", "West German")."""
    for size in (2, 1):
        head = " ".join(words[:size])
        if len(words) > size and (head in NATIONALITY_WORDS or _country(head)):
            return size
    return 0


def _country_of(words: str) -> str:
    """The country a name's first words name ("U.S.", "American": United States)."""
    known = usual_name(words)
    return known[0] if known else NATIONALITIES.get(words, words)


def _country(name: str) -> bool:
    known = usual_name(name)
    return known is not None and known[1] == "place" and not aliases.us_state(name)


def country_bodies(groups: dict[str, Group]) -> None:
    """A national body with its country before it ("U.S. Treasury", "U.S. Food and Drug
    Administration") is the body the archive names without it ("Treasury", "Food and
    Drug Administration") when that country is the one the archive qualifies it with, in
    twice as many articles as every other country together ("U.K. Treasury" keeps its
    page); a company ("American Express", "Express Inc") is no national body."""
    qualified: dict[str, dict[str, list[Group]]] = defaultdict(lambda: defaultdict(list))
    for group in groups.values():
        words = group.name.split()
        size = _country_words(words)
        rest = groups.get(name_key(" ".join(words[size:]))) if size else None
        if (
            size
            and _body(group)
            and not group.registered
            and not group.target
            and rest is not None
            and rest is not group
            and _body(rest)
            and any(w in NATIONAL_BODY_WORDS for w in fold(rest.name).split())
        ):
            country = _country_of(" ".join(words[:size]))
            own = _country_words(rest.name.split())  # "U.S. Department of Agriculture"
            if not own or _country_of(" ".join(rest.name.split()[:own])) == country:
                qualified[rest.key][country].append(group)
    for key, countries in qualified.items():
        counts = {c: sum(g.articles for g in found) for c, found in countries.items()}
        for country, found in countries.items():
            others = sum(counts.values()) - counts[country]
            if counts[country] >= 2 * others:
                for group in found:
                    group.target = final(groups[key])


def _of_place(name: str) -> tuple[str, str] | None:
    """ "Federal Reserve Bank of New York" -> ("federal reserve bank", "new york")."""
    body, of, place = fold(name).rpartition(" of ")
    return (body, place) if of and body and place else None


def place_bodies(groups: dict[str, Group]) -> None:
    """A body named with its town or country first ("New York Federal Reserve Bank", "New
    York Fed") is the body the archive names "<body> of <place>" ("Federal Reserve Bank of
    New York") when that is the one such name: the short form counts by the long name it
    is known for ("Fed": Federal Reserve)."""
    by_place: dict[str, list[tuple[str, Group]]] = defaultdict(list)
    for group in groups.values():
        found = _of_place(group.name) if group.type == "organization" else None
        if found and not group.junk and a_place(" ".join(group.name.rsplit(" of ", 1)[1:]), groups):
            by_place[found[1]].append((found[0], group))
    if not by_place:
        return
    for group in groups.values():
        if group.type != "organization" or group.registered or group.junk or group.target:
            continue
        words = group.name.split()
        for size in (2, 1):
            place, rest = " ".join(words[:size]), " ".join(words[size:])
            if not rest or fold(place) not in by_place:
                continue
            known = usual_name(rest)
            long_name = fold(known[0]) if known else fold(rest)
            if known is None and " " not in rest:
                continue  # "Washington University" is no "University of Washington"
            bodies = {
                final(g).id: final(g)
                for body, g in by_place[fold(place)]
                if g is not group and (body == long_name or body.startswith(long_name + " "))
            }
            if len(bodies) == 1:
                group.target = next(iter(bodies.values()))
            break


def _beginnings(word: str, parts: list[str]) -> bool:
    """Whether a word is the beginnings of the parts in order, one to three letters of
    each and two or more of the last ("nymex": New York Mercantile Exchange; "comex":
    Commodity Exchange)."""
    if not parts:
        return not word
    last = len(parts) == 1
    for size in range(3, 0 if not last else 1, -1):
        if len(parts[0]) >= size and word.startswith(parts[0][:size]):
            if last and word == parts[0][:size] and size >= 2:
                return True
            if not last and _beginnings(word[size:], parts[1:]):
                return True
    return False


def word_beginnings(groups: dict[str, Group], counts: Counter[str]) -> None:
    """A one-word name made of its words' beginnings ("Nymex", "COMEX") is the one body of
    the archive whose name it abbreviates so ("New York Mercantile Exchange", "Commodity
    Exchange Inc"); not a word the archive writes in lower case, nor a given name."""
    by_letter: dict[str, list[tuple[list[str], Group]]] = defaultdict(list)
    for group in groups.values():
        base = company_base(group.name) or group.name
        parts = [w for w in fold(base).split() if w not in CONNECTORS]
        if group.type == "organization" and len(parts) > 1 and not group.junk:
            by_letter[parts[0][0]].append((parts, group))
    for group in groups.values():
        word = fold(group.name)
        if (
            " " in word
            or len(word) < 5
            or not word.isalpha()
            or group.type != "organization"
            or group.registered
            or group.junk
            or group.target
            or group.doubt
            or group.legal
            or usual_name(group.name)
            or counts[word]
            or given_name(word)
            or (word,) in ner.resources()[0].names  # "Paris", no "PAC America Rising"
        ):
            continue
        found = {
            final(g).id: final(g)
            for parts, g in by_letter.get(word[0], [])
            if g is not group
            and len(parts) < len(word)
            and not word.startswith(parts[0])  # "Newman" of "Newman Manufacturing Inc"
            and _beginnings(word, parts)
        }
        if len(found) == 1:
            group.target = next(iter(found.values()))


_INITIALS = re.compile(r"(?:[A-Z]\.\s?)+(?=[A-Z][a-z])")


def initials_beside_companies(article: Article, found: dict[str, Counter[str]]) -> None:
    """Note each one-word name named in the same article as a company whose name is
    initials and that word ("Scherer" beside "R.P. Scherer Inc")."""
    short = {name_key(e.name) for e in article.entities if e.mentions and " " not in e.name}
    if not short:
        return
    for entity in article.entities:
        initials = _INITIALS.match(entity.name)
        base = company_base(entity.name)
        rest = base[initials.end() :].split() if initials and base != entity.name else []
        whole = all(w.casefold() in SAME_COMPANY_WORDS for w in rest[1:])  # no "Hutton LBO"
        if rest and whole and entity.mentions and name_key(rest[0]) in short:
            found[name_key(rest[0])][name_key(entity.name)] += 1


def initialled_companies(groups: dict[str, Group], found: dict[str, Counter[str]]) -> None:
    """A one-word name that, in half its articles or more, is named beside the one company
    named by initials and that word ("a Scherer director" beside "R.P. Scherer Inc") is
    that company, whoever else bears the surname; a name of two words or more is the one
    company the archive names so after initials, near its dates ("Warburg Securities" of
    "S.G. Warburg Securities Co Ltd"). A company named after initials with its legal form
    ("H.C. F. Porsche AG") is the one company the archive names so without them, with the
    same legal form ("Porsche AG"), near its dates."""
    longer: dict[str, list[Group]] = defaultdict(list)
    legal: dict[str, list[Group]] = defaultdict(list)  # "porsche" -> H.C. F. Porsche AG
    for company in groups.values():
        initials = _INITIALS.match(company.name)
        if initials and usual_name(initials[0].strip()):
            continue  # "U.S. Supreme Court": a country's, which other bodies share a name with
        rest = company_base(company.name)[initials.end() :] if initials else ""
        if company.type == "organization" and len(rest.split()) > 1 and not company.junk:
            longer[name_key(rest)].append(company)
        if initials and company.type == "organization" and company.legal and not company.junk:
            legal[company.name[initials.end() :]].append(company)
    for key, named in longer.items():
        short = groups.get(key)
        if short is None or short.registered or short.junk or short.target or len(named) > 1:
            continue
        if short.type == "organization" and near_each_other(short, named[0]):
            short.target = named[0]
    for form, named in legal.items():
        short = groups.get(name_key(form))
        if short is None or len(named) > 1 or named[0].registered or named[0].target:
            continue
        if short.type != "organization" or not short.legal or form not in short.forms:
            continue
        if not (short.junk or short.target) and near_each_other(short, named[0]):
            named[0].target = short
    for key, companies in found.items():
        group = groups.get(key)
        if group is None or group.registered or group.junk or group.target or group.legal:
            continue
        if usual_name(group.name) or group.type not in ("organization", "person"):
            continue
        targets = {final(groups[k]).id: final(groups[k]) for k in companies if k in groups}
        if len(targets) == 1 and 2 * sum(companies.values()) >= group.articles:
            target = next(iter(targets.values()))
            if target is not group and not target.junk:
                group.target = target


def cities_of_states(groups: dict[str, Group], dual: set[str]) -> None:
    """ "New York City" is the city the archive's "New York" datelines name."""
    for state in dual:
        city, named = groups.get(name_key(f"{state} City")), groups.get(name_key(state))
        if city is not None and named is not None and not city.registered and city is not named:
            city.target = named


def full_names(groups: dict[str, Group]) -> dict[str, list[Group]]:
    """Surname key -> the people of two or more words with that surname; a hyphenated
    surname is both its last part ("Assad" of "Bashar al-Assad") and whole
    ("Schroeder-Hohenwarth" of "Hanns Christian Schroeder-Hohenwarth")."""
    found: dict[str, list[Group]] = defaultdict(list)
    for group in groups.values():
        words = fold(group.name).split()
        if group.type == "person" and len(words) > 1 and not group.junk:
            found[name_key(words[-1])].append(group)
            spaced = group.name.split()
            if len(spaced) > 1 and name_key(spaced[-1]) != name_key(words[-1]):
                found[name_key(spaced[-1])].append(group)
    return found


def acronyms_inside(groups: dict[str, Group]) -> list[tuple[Group, Group]]:
    """A body named with an acronym the archive spells out ("EC Commission") is the body
    named with the words spelled out ("European Community Commission"); return the pairs
    that only look alike once spelled out, a word or two left out ("EC Executive
    Commission", "European Commission"), for `entities review`."""
    by_head: dict[str, list[tuple[list[str], Group]]] = defaultdict(list)
    spelled_out: list[tuple[list[str], Group]] = []
    for group in groups.values():
        if group.type != "organization" or " " not in group.name:
            continue
        if group.junk or group.target or group.doubt:
            continue
        words = group.name.split()
        spelled = [_spelled_out(w, groups) for w in words]
        long_name = " ".join(s or w for s, w in zip(spelled, words, strict=True))
        found = groups.get(name_key(long_name)) if any(spelled) else None
        if found is None and is_acronym(words[0]) and aliases.is_country(words[0]):
            # "U.S. Lines" is "United States Lines Inc" where the archive writes that (not
            # in the key: "U.S. Air" is "USAir")
            country = aliases.usual_name(words[0])
            if country is not None:
                found = groups.get(name_key(" ".join([country[0], *words[1:]])))
        if found is not None and found is not group and not found.junk and not group.registered:
            group.target = final(found)
            continue
        long_words = fold(long_name).split()
        by_head[long_words[-1]].append((long_words, group))
        if any(spelled) and not spelled[-1] and "and" not in long_words:  # not "U.S. and EC"
            spelled_out.append((long_words, group))
    near: list[tuple[Group, Group]] = []
    for long_words, group in spelled_out:
        for short, other in by_head[long_words[-1]]:
            if other is not group and _inside(short, long_words):
                near.append((other, group))
    return near


def _spelled_out(word: str, groups: dict[str, Group]) -> str:
    """The organization's name an acronym stands for in the archive ("EC"), or ""."""
    if not ACRONYM.fullmatch(word.replace(".", "")):  # "EC", "U.N."
        return ""
    known = usual_name(word)
    if known is not None:
        return known[0] if known[1] == "organization" and " " in known[0] else ""
    group = groups.get(name_key(word))
    target = group.target if group is not None else None  # the name it stands for
    return target.name if target is not None and target.type == "organization" else ""


def _inside(short: list[str], long: list[str]) -> bool:
    """Whether every word of a shorter name comes, in order, in a longer one."""
    rest = iter(long)
    return len(short) < len(long) and all(word in rest for word in short)


_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+\Z")


def other_given_name(text: str, entity: Entity, found: Group) -> bool:
    """Whether the text puts a given name the model left out before a surname alone ("Sen.
    Rand Paul", tagged "Paul") that is not the full name's the archive would join it to
    ("Ron Paul"): another person, whoever else bears the surname."""
    if found.type != "person" or " " not in found.name:
        return False
    common, own = ner.resources()[1], set(fold(found.name).split())
    for mention in entity.mentions:
        before = _WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        word = before[1].casefold() if before else ""
        if word and not (word in own or word in common or word in TITLE_WORDS or word in NOT_NAMES):
            return True
    return False
