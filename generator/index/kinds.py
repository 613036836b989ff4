"""What kind of thing a name is, decided by its own words and uses whatever the model
said: a body, a law, a gathering, a site, a seat town, a chamber (`resolution` calls
`retype` and `chambers` once the archive's evidence is read)."""

from __future__ import annotations

import re
from collections import Counter

from generator.annotate.entities.aliases import is_country, us_state
from generator.annotate.entity_words import (
    BODY_HEADS,
    CHAMBER_HEADS,
    COURT_WORDS,
    DESCRIBED_FIRM_NOUNS,
    FOREIGN_FIRM_WORDS,
    MILITARY_RANKS,
    PERSON_NOUNS,
    PROGRAMME_HEADS,
    TREATY_HEADS,
)
from generator.annotate.words import FIRM_LAST_WORDS, NOT_NAMES, ORGANIZATION_LAST_WORDS
from generator.index.events import a_described_body
from generator.index.evidence import (
    PLACE_HEADS,
    a_region,
    common_surnames,
    listed_place,
    shaped_like_place,
)
from generator.index.names import Group, first_name, fold, name_key, usual_name
from generator.model import entity_id


def retype(groups: dict[str, Group], lower: Counter[str], upper: Counter[str]) -> None:
    """A kind the name's own words or uses decide, whatever the model said: a "Council",
    "Group" or "Association" is a body (a "person" so named too, when nothing shows a
    person: no title, pronoun or age; and one with a legal form inside or a company's
    word in another language, "L.E. Myers Co Group", "Usines Renault", whatever a "he"
    near it says), and so is a "Forum" that companies formed or
    joined ("members of the Kestrel Forum"); a country's name run into a word that is no
    place and no common word ("US Sprint"; not "Uruguay Round": `lower` and `upper` count
    the archive's lower-case and mid-sentence capitalised words) is a body, not a place;
    a programme, a plan, a law or a pact ("Export Enhancement Program", "Takeover Code",
    "Glass-Steagall" of "the Glass-Steagall Act", "the TPP pact") is a thing, neither a
    body nor a person; a body-shaped name that people attend ("CPAC attendees") and that
    does nothing a body does is a gathering, an event; a geographic name the model read as
    a body ("South China Sea", "Maricopa County", "Pearl Harbor"), or one the text calls a
    place ("the port of Tumaco") and that acts as no body, is a place; so is a region a
    model read as a body or a person ("Latin America", "E. Europe")."""
    starts = {  # "Platte River" of "Platte River Networks": the body's short name
        " ".join(fold(g.name).split()[:size])
        for g in groups.values()
        if g.type == "organization"
        for size in range(1, len(g.name.split()))
    }
    for group in groups.values():
        words = group.name.split()
        if (
            not group.registered
            and len(words) > 1
            and group.type in ("organization", "person", "event")
            and words[-1].casefold() in PROGRAMME_HEADS
        ) or (not group.registered and group.type in ("organization", "event") and _a_law(group)):
            group.type, group.id = "other", entity_id("other", group.name)
        elif not group.registered and group.type == "organization" and _a_gathering(group):
            group.type, group.id = "event", entity_id("event", group.name)
        elif not group.registered and _a_pollster(group):
            group.type, group.id = "organization", entity_id("organization", group.name)
        elif not group.registered and _a_ranked_person(group):
            group.type, group.id = "person", entity_id("person", group.name)
        elif not group.registered and _a_body(group, lower, upper):
            group.type, group.id = "organization", entity_id("organization", group.name)
        elif not group.registered and (
            _a_seat_town(group)
            or _a_site(group, starts)
            or _a_sited_town(group)
            or _a_provinced_town(group)
            or _a_region(group)
        ):
            group.type, group.id = "place", entity_id("place", group.name)


def acts_as_body(group: Group) -> bool:
    """A legal form, "said it", shares, "its", "formed"/"members of": what a body does."""
    return bool(group.legal or group.organization_cues or group.its or group.formed)


def _a_law(group: Group) -> bool:
    """A law's or a pact's word after a mention ("the Glass-Steagall Act", "the 12-nation
    TPP pact"), a pact's own shape ("Transatlantic Trade and Investment Partnership", the
    "Bill of Rights"), and nothing a body does: the name of the law or the pact."""
    words = group.name.casefold().split()
    shaped = (words[-1] in TREATY_HEADS and "trade" in words) or group.name.startswith("Bill of ")
    return (group.laws > 0 or shaped) and not acts_as_body(group)


def _a_gathering(group: Group) -> bool:
    """ "CPAC attendees", "drop out of CPAC" in two mentions and nothing a body does (no
    "said it", "its", "members of"): a conference, which the news names like a body. Not
    a body's own name ("remarks made at the National Petroleum Refiners Association":
    its meeting is the event, the association the body)."""
    return (
        group.gatherings > 1
        and not acts_as_body(group)
        and not group.speaks
        and group.name.split()[-1].casefold() not in BODY_HEADS
    )


def _a_body(group: Group, lower: Counter[str], upper: Counter[str]) -> bool:
    words = group.name.split()
    if group.type == "person":  # "Paulson Partners", "National Security Council"
        return (
            _firm_worded(words)
            or _an_outlet(group)
            or _a_persons_firm(group)
            or (
                len(words) > 1
                and words[-1].casefold() in ORGANIZATION_LAST_WORDS
                and not group.person_cues
                and not (len(words) == 2 and first_name(words[0]))  # "Frank Church" may be one
            )
        )
    if group.type == "event":
        return words[-1].casefold() in BODY_HEADS or group.formed > 0 or a_described_body(group)
    return _an_office(group) or (
        group.type == "place"
        and len(words) == 2
        and is_country(words[0])
        and words[1][:1].isupper()
        and lower[words[1].casefold()] < max(2, 2 * upper[words[1].casefold()])
        and not listed_place(group.name)
        and not shaped_like_place(group.name)
        and not listed_place(words[1])
    )


def _an_office(group: Group) -> bool:
    """A "place" no list knows that has staff ("White House aides", "a White House
    spokesman", "the White House chief of staff") and that speaks or has staff in a quarter
    of its mentions ("the White House said"): an office named by its building, a body. A
    listed town or country keeps its kind ("Moscow officials" are a city's, "Moscow said"
    its government's), and so do a name a place's head ends ("Coast", "Bay") and a town
    no list knows that a dateline or ", <state>" places or "in" locates more often than it
    acts ("PEKING, March 3", "in Peking")."""
    acting = group.staffed + group.speaks
    return (
        group.type == "place"
        and group.staffed > 0
        and acting >= 2
        and 4 * acting >= group.mentioned
        and not group.placed
        and group.located < acting
        and group.name.split()[-1].casefold() not in PLACE_HEADS
        and not listed_place(group.name)
    )


def _an_outlet(group: Group) -> bool:
    """ "Forbes magazine", "John Wanamaker stores", "Gordon Drummond pharmacies", "(doing
    business as Scripps Howard)", "brokers James Capel": a "person" a business's title or its
    outlets follow, or that the text gives as a trade name or a broking firm, where the body's
    cues ("its", "said it") weigh as much as the person's (a loose "his" near "Forbes"): the
    publication or the chain."""
    return group.outlets > 0 and (
        group.outlets + group.its + group.organization_cues >= group.person_cues
    )


def _a_persons_firm(group: Group) -> bool:
    """ "Edward Johnson of Johnson Redbook said he": a "person" named right after another
    person and "of" in half its mentions or more, whose person's cues (a "he" after it,
    which is that other person's) weigh no more than that and the body's: the firm the
    person works for."""
    return group.employers * 2 >= group.mentioned > 0 and (
        group.employers + group.its + group.organization_cues >= group.person_cues
    )


def _a_pollster(group: Group) -> bool:
    """ "A new Gallup poll", "according to Gallup": a "place" or a "person" (with no
    person's cue) a poll follows, that speaks in the rest as often, and that no dateline,
    ", <state>" or "in" places, is the pollster. A state's or a country's poll ("the Iowa
    poll") is the state's."""
    return (
        group.type in ("place", "person")
        and not (group.type == "person" and group.person_cues)
        and group.polls > 0
        and (group.polls + group.speaks) * 3 >= group.mentioned
        and not (group.placed or group.located * 3 > group.mentioned)
        and not (us_state(group.name) or is_country(group.name))
    )


def _a_ranked_person(group: Group) -> bool:
    """ "Admiral Harris, 59, ... He was born": an "organization" named by a military rank
    and a common surname, that a person's cue follows and that does nothing a body does,
    is the officer ("General Motors" says "its", and "Motors" is no surname; the "Sgt.
    York gun" is a weapon)."""
    words = group.name.split()
    return (
        group.type == "organization"
        and len(words) == 2
        and words[0].casefold().rstrip(".") in MILITARY_RANKS
        and words[1].casefold() in common_surnames()
        and group.person_cues > 0
        and not (acts_as_body(group) or group.products)
    )


def _firm_worded(words: list[str]) -> bool:
    """A legal form after a name's first word ("L.E. Myers Co Group", "Smith Industries
    Group") or a company's word in another language ("Usines Renault" of "Regie Nationale
    des Usines Renault", "Girozentrale" cut from a state bank's name): no person's name
    holds one, so a "he" near it ("seeking control of L.E. Myers Co Group, said he raised
    his stake": the bidder's) shows no person."""
    folded = [w.casefold() for w in words]
    inner_form = len(words) > 1 and any(w in FIRM_LAST_WORDS for w in folded[1:])
    return inner_form or any(w in FOREIGN_FIRM_WORDS for w in folded)


def _a_site(group: Group, starts: set[str]) -> bool:
    """An "organization" that ends in a geographic head ("South China Sea", "Pearl
    Harbor", "Scarborough Shoal", "Hoover Dam"), or that one begins before "of" ("Strait of Hormuz";
    a head first says less: "Coast Guard", "Desert Storm"), and holds no body's
    word ("World Affairs Council of Orange County"), that does nothing a body does (a
    legal form, "its", "said it", "members of") and begins no body's name ("Platte River
    Networks")."""
    words = [w.casefold() for w in group.name.split()]
    return (
        group.type == "organization"
        and len(words) > 1
        and (words[-1] in _SITE_HEADS or _a_head_of(words))
        and not any(w in ORGANIZATION_LAST_WORDS or w in BODY_HEADS for w in words)
        and not (group.legal or group.its or group.organization_cues or group.formed)
        and fold(group.name) not in starts
    )


# a region a crop or an industry names ("Western Corn Belt", "Rust Belt") and a dam
# ("hydroelectric power from Hoover Dam"): a site, though a place's head only where a model
# read a body (a person may be called Dam: "Kenneth Dam")
_SITE_HEADS = PLACE_HEADS | {"belt", "dam"}
# heads that also name a government or an authority before "of": "County of Los Angeles",
# "Port of Seattle"
_RULED_HEADS = frozenset({"county", "province", "prefecture", "port"})


def _a_head_of(words: list[str]) -> bool:
    """A geographic head, "of" and a name ("Strait of Hormuz", "Gulf of Mexico"): the
    site, unless the head names a government or an authority too."""
    return words[0] in PLACE_HEADS - _RULED_HEADS and words[1] == "of"


def _a_sited_town(group: Group) -> bool:
    """An "organization" the text calls a place ("the port of Tumaco", "the town of X",
    "the Haj Omran border area") that does nothing a body does (no legal form, "its",
    "said it", speaker's verb, "members of"): the town, not a body named after it."""
    return (
        group.type == "organization"
        and group.sited > 0
        and not (acts_as_body(group) or group.speaks)
    )


def _a_provinced_town(group: Group) -> bool:
    """An "organization" written "X, <a state or a province>" in half its mentions or
    more ("its Timmins, Ontario property") that a place list knows and that does nothing
    a body does (no legal form, "its", "said it", speaker's verb, "members of"): the town
    in that state or province, which a model read as the company working there. A bank
    is written so too ("the failed First State Bank of Rockford, Iowa"), but no list
    knows it as a place."""
    return (
        group.type == "organization"
        and group.provinced * 2 >= group.mentioned > 0
        and listed_place(group.name)
        and not (acts_as_body(group) or group.speaks)
    )


def _a_region(group: Group) -> bool:
    """A region ("Latin America", "West Europe") read as a body or a person, acting as no
    body (an airline's "Air Europe" or a bank's "Security Pacific" is no region)."""
    return (
        group.type in ("organization", "person")
        and a_region(group.name)
        and not acts_as_body(group)
    )


def _a_seat_town(group: Group) -> bool:
    """A listed town voted organization only where it is a company's seat ("<Qintex Ltd>
    of Brisbane said it") and nowhere acting as a body itself is the town."""
    return (
        group.type == "organization"
        and group.seats > 0
        and not group.organization_cues
        and not group.legal
        and usual_name(group.name) is None
        and listed_place(group.name)
    )


# a credit rating in Moody's letters and rank ("Aa-2", "Baa1", "B-3"), which wire copy
# writes right before the issuer it rates: "cut to Aa-3 from Aa-2 Dayton Hudson's notes"
_RATING = re.compile(r"(?:Aaa|Aa|A|Baa|Ba|B|Caa|Ca)-?[1-3]")


def rated_issuers(groups: dict[str, Group]) -> None:
    """A name a rating begins ("Aa-2 Dayton Hudson", "B-3 National Gypsum Co") is the
    rated issuer, a company or a body, never a person: the name the rest spells where the
    archive has it ("Dayton Hudson Corp"), else the rest as an organization's name."""
    for group in groups.values():
        words = group.name.split()
        if group.registered or group.junk or group.target or len(words) < 2:
            continue
        if not _RATING.fullmatch(words[0]) or group.type not in ("person", "organization"):
            continue
        rest = " ".join(words[1:])
        found = groups.get(name_key(rest))
        if found is not None and found is not group:
            group.target = found
        else:
            group.name, group.type = rest, "organization"
            group.id = entity_id("organization", rest)


def chambers(groups: dict[str, Group]) -> None:
    """A "place" that is a legislature's chamber ("Japan's 512-seat Lower House", "the
    top Republican in the Kentucky House") is a body: its own words say so, whatever the
    model read."""
    for group in groups.values():
        if group.type == "place" and not group.registered and _a_chamber(group.name.split()):
            group.type, group.id = "organization", entity_id("organization", group.name)


def _a_chamber(words: list[str]) -> bool:
    """A legislature's chamber named by its rank or its state ("Lower House", "Upper
    House", "South Dakota House", "Ohio Senate"): a body, though a model reads a place.
    The "White House" and the "Opera House" are neither a rank nor a state."""
    if len(words) < 2 or words[-1].casefold() not in CHAMBER_HEADS:
        return False
    before = " ".join(words[:-1])
    return before.casefold() in ("lower", "upper") or (
        listed_place(before) and not listed_place(" ".join(words))
    )


def a_description(word: str, rest: str, kind: str) -> bool:
    """Is the word after a place the noun a description ends in, what a firm is ("U.S.
    Carmaker General Motors") or a person ("U.S. Analyst ...", "Ohio State University
    Professor of Medicine"), or a function word between two names ("U.S. And European")?
    Any other word begins the name itself, a place's body or company ("American Stock
    Exchange", "Pennsylvania Power and Light Co"), however often the archive writes it in
    lower case; unless the name ends in no name ("U.S. Trade Act of 1974"), runs on as a
    headline does ("Iowa Polls Not Necessarily Wrong"), or is a court of a kind a country
    has many of ("U.S. Bankruptcy Court": which one?; its "Japan Development Bank" or
    "Surinam News Agency" is one), all left unsure. A person's noun before the rest is
    the name's own ("Massachusetts General Hospital"), unless the name is a person's."""
    words = rest.split()
    return (
        word.endswith("maker")
        or word in NOT_NAMES
        or word in DESCRIBED_FIRM_NOUNS
        or (kind == "person" and word in PERSON_NOUNS)
        or any(w.casefold() in PERSON_NOUNS for w in words)
        or not words[-1][:1].isupper()
        or any(w.casefold() in NOT_NAMES for w in words if w[:1].isupper())  # a headline
        or (len(words) == 1 and words[0].casefold() in COURT_WORDS)
    )
