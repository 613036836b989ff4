"""Stage 3, index: which names earn a page of their own. `earn_pages` weighs what
`evidence.read_evidence` noted of every mention (a title, "its", a dateline, a product's
noun) and declines a page where the evidence is weak or says the name is a piece of
another, another kind of thing, or no one thing: the name stays plain text and `entities
review` lists why (README, "earn a page")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from generator.annotate import census, ner
from generator.annotate.entities.aliases import is_country
from generator.annotate.entity_words import (
    BODY_HEADS,
    NUMBERED_BODY_HEADS,
    ROOM_OR_CRAFT_HEADS,
    STRUCTURE_HEADS,
)
from generator.annotate.words import (
    COMPASS_POINTS,
    HONORIFICS,
    MONTH_NAMES,
    NAME_SUFFIXES,
    NOT_NAMES,
    NOT_PERSON_LAST_WORDS,
    ORGANIZATION_LAST_WORDS,
    TITLE_WORDS,
    word_list,
)
from generator.index.events import needs_event_cues
from generator.index.evidence import (
    PLACE_HEADS,
    QUARTERS,
    common_surnames,
    listed_place,
    shaped_like_place,
)
from generator.index.kinds import acts_as_body
from generator.index.misspellings import misspelt_names
from generator.index.names import (
    ACRONYM,
    Group,
    a_place,
    company_base,
    final,
    first_name,
    given_name,
    name_key,
    usual_name,
)
from generator.model import entity_id

_SAYS = frozenset(word_list("said says told added reported"))  # "Nederland B.A. Said"
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_MODEL_NUMBER = re.compile(r"[A-Z]{1,2}-?\d{2,}[A-Z]?")
_MODEL_LETTERS = re.compile(r"[A-Z]{1,3}|[A-Z]*-?\d+[A-Z\d-]*")
_EVENT_HEADS = frozenset({"Conference", "Forum"})
_PERSON_OF = re.compile(r"(([A-Z][a-z]+)(?: [A-Z]\.)? [A-Z][a-z'-]+) of ([A-Z].+)")
_RATIO = re.compile(r"/[a-z]")  # "GNP/capita": a measure per a common noun
_TIME_PREFIXES = frozenset(word_list("post pre"))  # "a Post World War Two peak"
_MIDDLE_INITIAL = re.compile(r"([A-Z][a-z]+) [A-Z]\. ([A-Z][\w'-]+)")


def _open(group: Group) -> bool:
    return not (group.registered or group.target or group.junk or group.doubt)


def earn_pages(
    groups: dict[str, Group], counts: Counter[str], surnames: dict[str, list[Group]]
) -> None:
    """Decline a page to a name whose evidence is weak (rules 1-5 of the README's "earn a
    page"): it stays plain text and `entities review` lists why. `counts`: the words the
    archive writes in lower case (the index's one casing pass); short words ("of") say
    nothing of a name."""
    lower = frozenset(word for word in counts if len(word) > 2 and word.isalpha())
    misspelt_names(groups)
    fragments = [
        g
        for g in groups.values()
        if _open(g) and g.type == "organization" and g.legal and _generic_company(g.name, lower)
    ]
    longer = _longer_names(groups) if fragments else {}
    for group in fragments:
        _fragment(group, longer)
    companies = _company_prefixes(groups)
    for group in groups.values():
        if not _open(group):
            continue
        doubt = ""
        if group.mentioned and group.column_gaps * 2 >= group.mentioned:
            group.junk = "a table's columns read as one name"
            continue
        if group.type in ("place", "person") and group.partners * 2 > group.mentioned > 0:
            group.doubt, group.weak = (
                "a partner's name in a firm's name ('Pratt and Whitney')",
                True,
            )
            continue
        if (
            group.mentioned
            and group.comma_cut * 2 >= group.mentioned
            and not listed_place(group.name)
        ):
            doubt = "a piece of a firm's name cut at a comma"
        elif _a_piece(group, groups):
            doubt = "a piece of a longer name (a capitalised word joined to it)"
        elif _a_model(group):
            doubt = "a product's model ('the 944 Turbo')"
        elif group.type in ("person", "place") and group.storms * 2 >= group.mentioned > 0:
            doubt = "a storm's name ('superstorm Sandy')"
        elif group.mentioned and group.rates * 2 >= group.mentioned and not acts_as_body(group):
            doubt = "a rate a margin follows ('LIBOR plus 0.5 pct'), no body"
        elif group.vessels * 2 >= group.mentioned > 0 and not acts_as_body(group):
            doubt = "a ship's name ('the tanker the Sea Isle City')"
        elif group.feasts * 2 >= group.mentioned > 0 and not acts_as_body(group):
            doubt = "a holiday's name ('the Corpus Christi holiday')"
        elif _RATIO.search(group.name) and not group.legal:
            doubt = "a ratio, no name ('GNP/capita')"
        elif _a_room_or_craft(group):
            doubt = (
                "a room of a building or a craft ('the White House East Room'), no place or body"
            )
        elif _a_firms_short_name(group):
            doubt = "a firm's short name ('Erskine' of 'Erskine Resources Ltd'), no place"
        elif group.type == "place":
            doubt = _place_doubt(group, lower, surnames)
        elif group.type in ("organization", "event") and _a_product(group):
            doubt = "a product, a treaty or a weapon, no body"
        elif group.type == "organization" and _a_family(group, surnames):
            doubt = "a family: the plural of a surname the archive's people bear ('the Khans')"
        elif group.type == "organization" and _a_weak_product(group, companies):
            doubt = "a product's noun or model number after it, and nothing a body does"
        elif (
            group.type == "person"
            and not group.person_cues
            and group.named_products * 2 > group.mentioned
            and _a_product(group)
        ):
            doubt = "a product, a brand or a measure ('the Richter scale'), no person"
        elif group.type == "organization" and _a_firms_end(group, groups):
            doubt = "the end of a firm's name ('Smith Kline and French Laboratories')"
        elif group.type == "organization" and group.local * 2 >= group.mentioned > 0:
            doubt = "a body's generic name, its state or town cut off"
        elif group.type == "organization":
            doubt = _organization_doubt(group, groups, lower)
        elif group.type == "person":
            doubt = _person_doubt(group, groups, companies)
        elif group.type == "event":
            doubt = _event_doubt(group, groups, lower)
        group.doubt, group.weak = doubt, bool(doubt)


def _a_room_or_craft(group: Group) -> bool:
    """ "The news conference in the White House East Room", "placed in orbit a
    Geostationary Operational Environmental Satellite": a name a room's or a craft's word
    ends, that does nothing a body does, is the room or the craft, no place and no body
    (the "Communications Satellite Corp" has its legal form)."""
    words = group.name.split()
    return (
        len(words) > 1
        and words[-1].casefold() in ROOM_OR_CRAFT_HEADS
        and group.type in ("place", "organization")
        and not acts_as_body(group)
    )


def _a_firms_end(group: Group, groups: dict[str, Group]) -> bool:
    """A company's name that "X and" runs into in most of its mentions, where X is no
    company, no place and no legal form ("Alex. Brown and Sons Inc", "Holt, Rinehart and
    Winston Inc"): the end of a firm of partners' names, not a company of its own ("Plessey
    and GEC" are two, and so are "Westar Timber and Westar Petroleum")."""
    last = group.name.split()[-1].casefold()
    if not (group.legal or last in ORGANIZATION_LAST_WORDS) or not group.mentioned:
        return False
    ends = 0
    for word, count in group.partners_before.items():
        known = groups.get(name_key(word))
        if known is None or known.type != "organization" or known.junk or known.doubt:
            ends += count
    return ends * 2 > group.mentioned


def _a_model(group: Group) -> bool:
    """ "the 944 Turbo, up from", "the 911 Targa and": a name a model number comes before
    in more than half its mentions, with no legal form, is the model, no town or person
    (a building's number is its address: "the 300 Sixth Avenue Building")."""
    return (
        group.models * 2 > group.mentioned
        and not group.legal
        and not group.registered
        and group.name.split()[-1].casefold() not in STRUCTURE_HEADS
    )


def _a_product(group: Group) -> bool:
    """ "EWSD digital switching systems", "the INF treaty", "the Richter scale", "Keflex,
    a product whose": a name a product noun follows, or a product's description, in more
    than half its mentions, that never acts as a body ("said it", shares) and has no legal
    form, names the thing made, signed or measured by; so does a longer name a product
    noun follows in every mention ("Sun workstation and Compact Disc Interactive
    technologies"). A "person" is one only when no title or "he" shows a person and the
    noun comes right after the name ("Richter scale"; not "Khomeini wants nuclear
    weapons"): `earn_pages`."""
    followed = (
        group.products * 2 > group.mentioned
        if " " not in group.name
        else group.products == group.mentioned
    )
    return (
        followed
        and group.mentioned > 0
        and not group.legal
        and not group.organization_cues
        and not group.its
        and usual_name(group.name) is None
    )


def _a_family(group: Group, surnames: dict[str, list[Group]]) -> bool:
    """ "The confrontation between the Khans and Mr. Trump": a one-word "organization"
    that is the plural of a surname people in the archive bear ("Khizr Khan"), and that
    does nothing a body does, is their family, no body."""
    name = group.name
    return (
        " " not in name
        and name.endswith("s")
        and not name.endswith("ss")
        and name[:-1].isalpha()
        and not ACRONYM.fullmatch(name[:-1])
        and name_key(name[:-1]) in surnames
        and not (acts_as_body(group) or group.speaks)
    )


def _a_weak_product(group: Group, companies: dict[str, list[Group]]) -> bool:
    """An "organization" with nothing a body has or does (no legal form, no body's word,
    no "said it", "its", speaker's verb or "members of") that a product's noun or a model
    number follows in a quarter of its mentions ("Kraft Singles cheese product", "Minitel
    terminals", "the VAX 8250, VAX 8350") names the thing made: its maker would show a
    body's cue somewhere. A known name, or a one-word name a company's name begins
    ("Honda cars" of Honda Motor Co), is the maker. A name set in quotation marks alone
    in most of its mentions is a work's title (a film's "Beverly Hills Cop II"). A
    one-word name only a model number or quotation marks follow is the maker's or a
    body's too ("his Boeing 757 airliner", "mispronounced 'Hamas'"), and the number
    after a union's branch is the branch's own ("UAW Locals 72 and 75")."""
    words = [w.casefold() for w in group.name.split()]
    titled = group.quoted if group.quoted * 2 > group.mentioned else 0
    cued = group.products + group.numbered + titled
    return (
        bool(group.products or len(words) > 1)  # "Boeing 757 airliner", "'Hamas'"
        and cued > 0
        and cued * 4 >= group.mentioned
        and not (acts_as_body(group) or group.speaks)
        and not any(w in BODY_HEADS or w in ORGANIZATION_LAST_WORDS for w in words)
        and words[-1] not in NUMBERED_BODY_HEADS
        and usual_name(group.name) is None
        and not (len(words) == 1 and companies.get(group.key))
    )


def _a_firms_short_name(group: Group) -> bool:
    """A "place" in one or two articles, each of which runs it into a firm's name ("Erskine
    Resources Ltd", "Franklin High-Yield Insured Tax-Free Income Fund"), and that no text
    places or locates ("in Erskine", "Erskine, Alberta", a dateline): the firm's first
    word and its short name ("shareholders of Erskine"), no place."""
    return (
        group.type == "place"
        and group.articles <= 2
        and group.firm_begun >= group.mentioned > 0
        and not group.placed
        and not group.located
    )


def _place_doubt(group: Group, lower: frozenset[str], surnames: dict[str, list[Group]]) -> str:
    """Rule 1: a place page only for a listed place, a dateline, or "X, <state>". A
    quarter's adjective alone ("Eastern", "Central") names no place, and which company
    it shortens ("Eastern's new owner": Eastern Airlines? Eastern Utilities?) the archive
    cannot tell: none; nor a place's kind alone ("the Gulf" where no story says which)."""
    name = group.name
    if name.casefold() in QUARTERS - COMPASS_POINTS:
        return "a quarter's adjective alone: no place, and which company's short name?"
    if name.casefold() in PLACE_HEADS and not group.placed:
        return "a gulf, a coast or a bay named alone: which one?"  # "the Gulf" of no story's
    if group.placed or (listed_place(name) and usual_name(name) is not None):
        return ""
    if ACRONYM.fullmatch(name) or _PLURAL_ACRONYM.fullmatch(name):
        return "" if usual_name(name) else "an acronym no list knows as a place"
    if not listed_place(name):
        common = all(w.casefold() in lower for w in name.split())  # "White House"
        if group.articles > 2 or common or shaped_like_place(name):
            return ""
        return "a place no list knows, in one or two articles"
    if group.articles > 2:
        return ""
    if group.key in surnames:
        return "a listed place's name, but a person's surname in the archive"
    return ""


def _organization_doubt(group: Group, groups: dict[str, Group], lower: frozenset[str]) -> str:
    """Rules 2 and 5: a one-word organization with no legal form that is a person's name,
    a bare head word that many bodies' names end in (a fragment: "Center", cut from
    "Center for Responsive Politics" and "Center for Politics"), or does not act like a
    company; a product's model ("Macintosh SE", "A330")."""
    words = group.name.split()
    if _MODEL_NUMBER.fullmatch(group.name):
        return "a model number"
    if _person_of_firm(group, groups):
        return "" if group.target else "a person run into his firm's name"
    if (
        len(words) > 1
        and not group.legal
        and _MODEL_LETTERS.fullmatch(words[-1])
        and usual_name(words[-1]) is None
        and words[-1].casefold() not in lower
        and name_key(" ".join(words[:-1])) in groups
    ):
        return "a product's model"
    if len(words) != 1 or group.legal or ACRONYM.fullmatch(group.name) or usual_name(group.name):
        return ""
    word = words[0].casefold()
    if word in BODY_HEADS or word in STRUCTURE_HEADS:
        return "a body's or a building's head word alone ('Center' of 'Center for Politics')"
    if word in lower:
        return ""  # "House", "Grace": a common word too, not only a person's name
    if given_name(word) or word in common_surnames():
        longer = _longer_companies(group, groups)
        if len(longer) == 1:  # "Lilly" of "Eli Lilly and Co" alone in the archive
            group.target = longer[0]  # and "Ford" of "Ford 5/8 to 90-3/4", Ford Motor Co
            return ""
        if group.organization_cues < 2:
            return "a one-word name that is also a person's name"
    return ""


def _person_of_firm(group: Group, groups: dict[str, Group]) -> bool:
    """ "Jeffrey Leeds of Chemical Bank": a given name and a surname, "of", and a company
    (a legal form, or an organization the archive names) is the person, not a body; his
    page when the archive names him alone, else none."""
    found = _PERSON_OF.fullmatch(group.name)
    if not found or not given_name(found[2]) or group.registered:
        return False
    firm = groups.get(name_key(found[3]))
    if company_base(found[3]) == found[3] and (firm is None or firm.type != "organization"):
        return False
    person = groups.get(name_key(found[1]))
    if person is not None and person.type == "person" and not person.junk:
        group.target = final(person)
    return True


def _longer_companies(group: Group, groups: dict[str, Group]) -> list[Group]:
    """The companies with a legal form whose name holds this one word."""
    return [
        g
        for g in groups.values()
        if g.legal
        and g is not group
        and not g.junk
        and not g.target
        and group.name in company_base(g.name).split()
    ]


def _company_prefixes(groups: dict[str, Group]) -> dict[str, list[Group]]:
    """The companies each run of a company's first words begins ("hal roach" -> Hal Roach
    Studios Inc; "chrysler" -> Chrysler Corp), by name key."""
    found: dict[str, list[Group]] = defaultdict(list)
    for group in groups.values():
        if group.type != "organization" or group.junk or group.doubt or group.target:
            continue
        words = company_base(group.name).split()
        for size in range(1, len(words)):
            found[name_key(" ".join(words[:size]))].append(group)
    return found


def _person_doubt(group: Group, groups: dict[str, Group], companies: dict[str, list[Group]]) -> str:
    """Rule 4: a person needs a person's evidence across its mentions (a known given name,
    a title, he/she, an age, a description; a speaker's verb counts only where nothing
    shows a body); a company's "its" or another name of a body, with none of those,
    makes it the company, a name that begins a company's ("Hal Roach" of Hal Roach Studios
    Inc) or begins with one ("Chrysler LeBaron") is the company or its product, and a name
    with no evidence either way gets no page. A surname with only a suffix, or a rock's or
    a field's name, is none, and so is a given name alone, a word no name list knows that
    only sentences' starts capitalise, or a country's abbreviation run into a word."""
    words = group.name.split()
    if len(words) < 2:
        company = _one_word_company(group, companies)
        if company or group.type != "person":
            return company
        if census.mostly_given(group.name) and not (group.registered or group.crowned):
            # "Hillary", "Charles": the story names no one in full by it (the annotator
            # joins those), and the archive's one bearer may be another ("Francis Gary
            # Powers" for the pope, who is "Pope Francis": a title given names take alone)
            return "a given name alone: the story names no one by it in full"
        if (
            group.sentence_starts >= group.mentioned > 0
            and not (group.person_cues or group.speaks or group.crowned or group.registered)
            and not (census.surname(group.name) or census.first_name(group.name))
        ):
            # "Hindsight had proved him right": only a sentence's start capitalises it, and
            # no name list knows it
            return "a word a sentence's start capitalises, no name the census knows"
        return ""
    if words[0].endswith(".") and is_country(words[0]):
        # "the first treatment in the U.S. AZT or azidothymidine": a sentence's last word
        # run into the next's first
        return "a country's abbreviation run into the next sentence, no person"
    if words[-1].casefold() in NAME_SUFFIXES and len(words) == 2:
        return "a suffix and a surname, no first name"
    if words[-1].casefold() in NOT_PERSON_LAST_WORDS and not group.person_cues:
        return "a field's or a product's name, no person"
    if words[-1].casefold() in STRUCTURE_HEADS:
        return "a place's or a building's name, no person"
    if group.person_cues or not group.mentioned:
        return ""  # a quotation's speaker with no mention links is a person the text names
    owners = [g for g in companies.get(group.key, []) if g is not group]
    if len(owners) == 1 and owners[0].legal:
        group.target = owners[0]  # "Hal Roach" of Hal Roach Studios Inc
        return ""
    if group.tickers:  # "175,000 dlrs from C.R. Bard <BCR>": no person has a stock symbol
        group.type, group.id = "organization", entity_id("organization", group.name)
        return ""
    first, title = words[0], words[0].casefold()
    named = (  # a given name, initials, a middle initial ("Ivor T. Quellan"), a title
        # written into the name ("Sen. Lamar Alexander"), one of the census's commonest
        # surnames last ("Tiger Woods"; not "Cheung Kong")
        first_name(first)
        or title in HONORIFICS
        or title.rstrip(".") in TITLE_WORDS
        or words[-1].casefold() in common_surnames()
        or re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)*", first)
        or _MIDDLE_INITIAL.fullmatch(group.name)
    )
    maker = groups.get(name_key(first))
    maker = final(maker) if maker is not None else None  # "Yahoo" of "Yahoo News"
    if not named and (
        owners
        or (
            maker is not None
            and maker.type == "organization"
            and not (maker.junk or maker.doubt or maker.target)
        )
    ):
        return "a company's name or its product's, no person"
    if group.its or (group.organization_cues and not (named or group.speaks)):
        group.type, group.id = "organization", entity_id("organization", group.name)
        return ""
    if named or group.speaks:
        return ""
    if group.mentioned and group.located * 2 >= group.mentioned:
        return "no first name, title or pronoun, and named as where: a place?"
    return "no first name, title, pronoun or speaker's verb: no sign of a person"


def _one_word_company(group: Group, companies: dict[str, list[Group]]) -> str:
    """A one-word "person" that a company's "its", "said it" or a share price follows
    ("Alphabet, the parent company of Google", "Beecham 8p at 525") and nothing shows a
    person is a company: the one legal company it begins ("Scott's said" of <Scott's
    Hospitality Inc>), else its own; with only "said it" or a price and several companies
    it begins ("Williams said it": Williams Cos or Williams Natural Gas?), no page."""
    if not (group.its or group.organization_cues) or group.person_cues:
        return ""
    group.type, group.id = "organization", entity_id("organization", group.name)
    owners = [g for g in companies.get(group.key, []) if g is not group]
    if len(owners) == 1 and owners[0].legal:
        group.target = owners[0]
    elif owners and not group.its:
        return "a company's short name that several companies' names begin"
    return ""


def _event_doubt(group: Group, groups: dict[str, Group], lower: frozenset[str]) -> str:
    """Rule 5: a "Conference" or "Forum" named after a company or a product is none, and
    neither is one a capitalised word runs on from ("Six-Party Conference Bridge": a
    product's name cut), a time after or before an event ("a Post World War Two peak"),
    nor one common word the archive writes in lower case ("Marathon" of "Walsh at First
    Marathon", a brokerage: a race has a town's or a sponsor's name)."""
    if group.mentioned and group.run_after * 2 >= group.mentioned:
        return "a piece of a longer name (a capitalised word runs on from it)"
    words = group.name.split()
    if len(words) > 1 and words[0].casefold() in _TIME_PREFIXES:
        return "a time after or before an event ('a Post World War Two peak'), no event"
    if len(words) == 1 and group.name.casefold() in lower:
        return "a common word alone ('Marathon'), no event's name"
    if needs_event_cues(group):
        return "no mention shows an event (held, attended, a date, a place): a treaty or a body?"
    *words, head = group.name.split()
    if head not in _EVENT_HEADS or not words:
        return ""
    for end in range(1, len(words) + 1):
        known = groups.get(name_key(" ".join(words[:end])))
        if known is not None and known.type == "organization" and not known.junk:
            return "a company's or a product's name, no event"
    return ""


def _generic_company(name: str, lower: frozenset[str]) -> bool:
    """A company's name whose words are all common words ("Petroleum Corp")."""
    words = company_base(name).split()
    common = ner.resources()[1]
    return bool(words) and all(w.casefold() in lower or w.casefold() in common for w in words)


def _longer_names(groups: dict[str, Group]) -> dict[str, list[Group]]:
    """Each organization under the shorter names it holds: the words that end it after a
    word ("Department Stores Co" of "May Department Stores Co") and those before an "of"
    ("Petroleum Corp" of "Petroleum Corp of Jamaica"). One pass, so that rule 3 looks a
    name up instead of scanning every organization for every name."""
    table: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        if g.junk or g.type != "organization":
            continue
        words = g.name.split(" ")
        for k in range(1, len(words)):
            if re.match(r"\w", words[k - 1][-1:]):
                table[" ".join(words[k:])].append(g)
        for of in re.finditer(r" of \w", g.name):
            table[g.name[: of.start()]].append(g)
    return table


def _fragment(group: Group, table: dict[str, list[Group]]) -> None:
    """Rule 3: a common-word company that ends one longer name ("May Department Stores Co")
    or begins it before "of" ("Petroleum Corp of Jamaica") is that name; several, no page."""
    if group.articles > 2 or " " not in group.name:
        return  # named apart in three articles: a company of its own
    base = group.name  # the whole name, legal form and all: "Department Stores Co"
    longer = {
        g.id or g.key: g
        for g in table.get(base, ())
        if g is not group and not g.junk and len(g.name) > len(base)
    }
    if len(longer) == 1:
        whole = next(iter(longer.values()))
        lead = whole.name[: whole.name.find(base)].split()[-1:]
        run_on = {word.split()[-1] for word in group.before}  # "Gulf and" before "Western Inc"
        if not run_on or set(lead) & run_on:
            group.target = whole
        else:
            group.doubt, group.weak = "a piece of a longer company's name", True
    elif longer:
        group.doubt, group.weak = "a piece of several longer companies' names", True


def _a_piece(group: Group, groups: dict[str, Group]) -> bool:
    """More than half the mentions joined to a capitalised word that is no title, month,
    weekday, suffix, place or nationality (nor, after it, a legal form or a speaker's verb:
    "Nederland B.A. Said"; nor, before a person, anything but a given name: "Secretary
    of State for Inter-American Affairs Paul Taylor"): the name is a piece of a longer
    one the model cut ("Steering Committee", "Folk Shop", "AC" of "AC and R"). Inside a
    company's angle brackets any word but "The" joins it, and so do the words an acronym
    after it spells out with it ("Agricultural Investment Reform (FAIR)")."""

    def joins(word: str) -> bool:
        folded = word.casefold()
        return bool(word) and not (
            folded in NOT_NAMES
            or folded in TITLE_WORDS
            or folded in MONTH_NAMES
            or folded in NAME_SUFFIXES
            or a_place(word, groups)
        )

    pieces = 0
    for sides, count in group.joined.items():
        left, right = sides.split("|")
        if left.startswith("<"):
            pieces += count * any(w.casefold() not in NOT_NAMES for w in left[1:].split())
        elif left.startswith("(") or (
            (joins(left) and (group.type != "person" or first_name(left)))
            or (joins(right) and right.casefold() not in (_SAYS | ORGANIZATION_LAST_WORDS))
        ):
            pieces += count
    return pieces * 2 > group.mentioned > 0
