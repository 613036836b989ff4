"""What the text says around each mention of a name, for deciding whether it earns a page
of its own (`earning.earn_pages`). The model's type alone is weak evidence: a place must
be a place some list or the archive's own datelines know, a one-word organization must
act like one, a person must carry a person's name or title.

`resolution.unify_entities` calls `read_evidence` on every mention, and `earn_pages`
once the names are grouped.
"""

from __future__ import annotations

import functools
import re

import pycountry

from generator.annotate import census, ner
from generator.annotate.entities.aliases import is_country, us_state
from generator.annotate.entities.candidates import VERBS_AFTER_NAMES
from generator.annotate.entity_words import (
    BROKING_FIRM_NOUNS,
    CONTINENTS,
    DESCRIBED_FIRM_NOUNS,
    LAW_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PRODUCT_DESCRIPTIONS,
    PRODUCT_NOUNS,
    PUBLICATION_NOUNS,
    REGION_WORDS,
    STAFF_NOUNS,
    STORM_WORDS,
)
from generator.annotate.words import (
    CONNECTORS,
    FIRM_LAST_WORDS,
    GENERIC_NAME_WORDS,
    GIVEN_NAME_TITLES,
    HONORIFICS,
    MONTH_NAMES,
    ORGANIZATION_LAST_WORDS,
    PEERAGE_TITLES,
    ROLE_WORDS,
    TITLE_WORDS,
    word_list,
)
from generator.index.events import read_event_cues
from generator.index.names import (
    ACRONYM,
    Group,
    company_base,
    fold,
    name_key,
    usual_name,
)
from generator.model import Article, Entity, Mention
from generator.read.encoding import garbled

_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*) \Z")
_PRONOUN_AFTER = re.compile(r"[^.]{0,80}?\b(?:he|she|his|her)\b")
ORGANIZATION_AFTER = re.compile(
    r"(?:'s)? (?:said|says|added|reported) (?:it|its)\b|'s? (?:shares|stock)\b"
    r"| (?:shares|stock)\b|,? <[A-Z.]+>"
    # a share price in a market report: "Beecham 8p at 525", "Glaxo fell a penny to
    # 1,480", "Wellcome shed 23p to 397" (a company's shares, never a person's)
    r"| (?:(?:rose|fell|gained|lost|added|eased|shed|dropped|slipped|firmed|jumped|climbed"
    r") )?(?:a penny|\d[\d.,/-]*(?: ?p| pence| cents?| pfennigs?| yen| dlrs?)?)"
    r"(?: (?:higher|lower|up|down|firmer|easier))? (?:at|to) \d"
)
_TICKER_AFTER = re.compile(r",? <[A-Z][A-Z.]*>")
# a list of names that "other brands" ends, or that "brands such as" opens: "Calvin Klein,
# Jessica Simpson and Tommy Hilfiger, among more than 15 other brands"
_LIST_ITEM = r"[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3}"
_BRANDS_AFTER = re.compile(
    rf"(?:(?:,|,? and|,? or) {_LIST_ITEM}){{0,6}},? (?:among|and|or)\b[^.;:]{{0,30}}"
    r"\bother (?:brands|labels)\b"
)
_BRANDS_BEFORE = re.compile(
    r"\b(?:brands|labels),? (?:such as|like|including) "
    rf"(?:{_LIST_ITEM}(?:,|,? and|,? or) ){{0,6}}\Z"
)
PLACED_AFTER = re.compile(r", ([A-Z][\w.]+(?: [A-Z][\w.]+)?)")
_COMMA_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w.]*), \Z")
_LOCATING = frozenset({"from", "in", "at", "near"})
_COMMA_AFTER = re.compile(r", [A-Z]\w+ (?:and|&) [A-Z]")
# the rest of a partners' firm after the comma: "Smith Barney, Harris Upham and Co"
_PARTNERS_AFTER = re.compile(r", (?:[A-Z]\w+ ){2,3}(?:and|&) Co\b")
PROVINCE = re.compile(r" (?:Province|Prefecture|Sheng)$")  # "Guangdong Province"
_COLUMN_GAP = re.compile(r"\S(?: {2,}|\t)\S")
_LOWER_RUN = re.compile(r"(?: [a-z][a-z-]*){1,5}")
_NOT_MODIFIERS = frozenset(
    word_list(
        """
        said says the a an and or of to in for with will would has have had is was are were
        be its it that which who on at by from as than
        """
    )
)
# a law's or a pact's word after a name the model cut from it or used for it: "the
# Glass-Steagall Act", "the (FAIR) Act", "the 12-nation TPP pact" (not "agreement" or
# "deal": "the Contel agreement", "the ICO agreement" are a company's and a body's)
_LAW_AFTER = re.compile(r"\)? (?:Act|pacts?)\b")
# what only a gathering has: goers, and people who attend it or drop out of it ("CPAC
# attendees", "drop out of CPAC"); a body has members, staff and delegates too
_GATHERING_AFTER = re.compile(r"(?:'s|’s)? (?:attendees?|-?goers)\b|-goers\b")
_GATHERING_BEFORE = re.compile(
    r"\b(?:attend|attends|attended|attending|drop out of|dropped out of|pulled out of)"
    r"(?: the)? \Z"
)
# a place's kind written before its name: "the port of Tumaco", "the town of Goldendale";
# or an area's after it: "the Haj Omran border area of northeast Iraq"
_SITED_BEFORE = re.compile(r"\b(?:port|town|city|village|region|province|suburb) of \Z")
_SITED_AFTER = re.compile(r"(?: border)? (?:area|region)\b")
# an office's staff after its name: "White House aides", "the White House chief of staff"
_STAFF_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(STAFF_NOUNS)) + r"|chief of staff|press secretary)\b", re.I
)
# a product's trade name after the words that sell it: "marketed by Eli Lilly Co <LLY> as
# Keflex", "sold under the brand Zantac"
_MARKETED_BEFORE = re.compile(
    r"\b(?:marketed|sold|branded|licensed)(?: by [^.;:\"]{1,50}?)? (?:as|under the (?:brand|"
    r"trade ?name|name)(?: name)?) \Z"
)
# a model number before a name that no lower-case noun follows: "the 944 Turbo, up from",
# "the 911 Turbo Cabriolet", "the 944 Turbo is"; not a year ("the 2012 Benghazi attack")
# nor a count ("the 12 EC countries", "the 49 Pulse victims")
_MODEL_BEFORE = re.compile(r"\b(?:the|its|a) (?!(?:19|20)\d\d\b)\d{2,4}[A-Z]{0,2} \Z")
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# a margin after a name, which only a rate has: "at LIBOR plus 0.375 pct"
_RATE_AFTER = re.compile(r" (?:plus|minus) \d")
# a rate's or a lending facility's words after a name, at most two words between: "the
# Lombard rate", "discount and Lombard rates", "the Lombard emergency financing facility"
# (a rate named after a word, or a place's own: "the Texas unemployment rate";
# `mixes.rate_names` tells them apart); not a plant's "facility" ("its Lima facility")
RATE_NAMED_AFTER = re.compile(
    r"(?: (?!(?:said|says|and|or|the|to|of|in|at)\b)[a-z-]+){0,2}"
    r" (?:rates?|(?:financing|funding|lending|credit) facility)\b"
)
# a poll after a name, the pollster's: "a new Gallup poll", "Gallup's survey"
_POLL_AFTER = re.compile(r"(?:'s|’s)? (?:polls?|surveys?)\b")
# a ship's word before its name: "the American-flag tanker the Sea Isle City", "the frigate
# Stark" (not "carrier" or "liner": an airline is a carrier too; nor a fleet's size: "its
# seven-ship Middle East Task Force")
_VESSEL_BEFORE = re.compile(
    r"(?<![\w-])(?:tanker|supertanker|ship|vessel|freighter|frigate|destroyer|cruiser|submarine"
    r"|ferry|icebreaker)(?:,? the)? \Z"
)
# the words that give a business's trade name: "E.W. Scripps Co (doing business as Scripps
# Howard)", or its trade: "at stockbrokers Hoare Govett"
_TRADE_NAME_BEFORE = re.compile(
    r"\b(?:doing business as|trading as|d/b/a|" + "|".join(sorted(BROKING_FIRM_NOUNS)) + r") \Z"
)
_QUOTES = frozenset('"“”')
# a holiday's word after a name: "because of the Corpus Christi holiday here"
_FEAST_AFTER = re.compile(r" (?:holiday|holidays|feast)\b")
# a model number after a name, then a product's noun, a comma, "and" or the sentence's end:
# "the VAX 8250, VAX 8350", "Domain Series 4000 models", "Formula Shell 98 octane
# gasoline"; not a year ("Chrysler 1987 earnings"), a price or an amount ("Glaxo 1,480",
# "Ford 45 pct": a lower-case word after the number other than a product's noun says so)
_NUMBER_AFTER = re.compile(
    r" (?!(?:19|20)\d\d\b)\d{2,5}[A-Z]{0,2}(?![\w/-]|[.,]\d)"
    r"(?=[,.;)]| and\b|((?: [a-z][\w-]*){1,3}))"
)
# a storm's word before a name: "superstorm Sandy", "Hurricane Maria" (the model cut it)
_STORM_BEFORE = re.compile(r"\b(?i:" + "|".join(sorted(STORM_WORDS)) + r") \Z")
_FORMED_BEFORE = re.compile(
    r"\b(?:formed|founded|joined|join|joining|established|set up|members? of|membership in)"
    r"(?: the)? \Z"
)
_PARTNER_BEFORE = re.compile(r"(?<![\w.,])((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(,| and| &|) \Z")
_FIRM_AFTER = re.compile(
    r"((?: (?:and|&) [A-Z][a-z]+|, [A-Z][a-z]+)?)((?: [A-Z][a-z.]+){0,3})(,? <[A-Z])?"
)
_PARTNER_AND = re.compile(r"((?:[A-Z][\w.]*,? ){0,4})([A-Z][a-z]+) (?:and|&) \Z")
# a firm of partners' names a firm's analyst or its legal form follows ("said Carroll
# McEntee and McGinley (Futures) analyst Denis Karnosky", "Blunt Ellis and Loewi Inc",
# "Tucker Anthony and R.L. Day Inc", "Joseph E. Seagram and Sons Inc"), or a broking
# firm's trade comes before ("Bombay stock brokers Batliwala and Karani said"): the name
# "and" joins is a partner's, no person's or place's
_FIRM_ANALYST_AFTER = re.compile(
    r" (?:and|&) (?:[A-Z][\w.'-]* ){1,3}(?:\([A-Z][\w.'-]*\) )?"
    r"(?:analysts?|economists?|strategists?|(?:"
    + "|".join(sorted(re.escape(w.capitalize()) for w in FIRM_LAST_WORDS))
    + r"))(?![\w-])"
)
# capitalised words run on from a name to a firm's last word or a fund's ("Erskine
# Resources Ltd", "Franklin High-Yield Insured Tax-Free Income Fund"): the firm's name
_FIRM_RUN = r"((?: [A-Z][\w&'-]*){1,6})"  # no word's full stop: a sentence may end there
_BROKERS_AND_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(BROKING_FIRM_NOUNS)) + r") (?:[A-Z][\w'-]* ){1,2}(?:and|&) \Z"
)
_CAPITAL_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w.]*\s){1,3})\Z")
# a person's shape around a name: an age ("Smith, 45,"), a description after a comma
# ("Arjen Los, analyst with") or before it ("the broker, Joachim Schmidt"), a speaker
# ("said Vahid Fathi", "Wayne Bennett told"), a post ("elected Zoltan Guttman", "Gary
# Frashier was named")
_AGE_AFTER = re.compile(r", \d{2},")
_DESCRIBED_AFTER = re.compile(r", (?:the |a |an |his |her )?((?:[\w'.-]+ ){0,4}[\w'.-]+)")
_DESCRIBED_BEFORE = re.compile(r"([^.,;:\"]{0,80}), \Z")
# a description after a comma, "is" or "was", up to its head noun: ", a discount apparel
# chain.", " is an antibiotic with", " was a deeply flawed law,"
_DESCRIPTION_AFTER = re.compile(
    r"(?:,| is| was) (?:a|an|the) ((?:[\w'-]+ ){0,4}?[a-z][\w'-]+)"
    r"(?=[,.;)]| (?:of|in|at|for|on|to|from|with|that|which|who|whose|based)\b)"
)
_OF_AFTER = re.compile(r" (?:of|at) (?:the )?")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:elected|appointed|named|succeeds?|replaces?|replacing|succeeding)"
    r"|([a-z][\w-]+)(?: is| was)?) \Z"
)
_PERSON_AFTER = re.compile(
    r", who\b|(?: (?:was|has been|had been|will be))? (?:elected|appointed|named|quoted)\b"
)
# a speaker's verb, of a person or a body ("Sallie Mae said")
_SPEAKS_BEFORE = re.compile(r"\b(?:said|says|told|according to) \Z")
_SPEAKS_AFTER = re.compile(r",? (?:said|says|told)\b(?! (?:it|its)\b)")
# a speaker whom the next sentence calls a publication: "Pravda said. The party daily said"
_PUBLICATION_NEXT = re.compile(
    r"(?:'s)? (?:said|says|reported|added|wrote)\b[^.]{0,80}\.\s+The (?:[\w-]+ ){0,2}("
    + "|".join(sorted(PUBLICATION_NOUNS))
    + r") (?:said|says|reported|added|wrote)\b"
)
_ITS_AFTER = re.compile(r"(?:'s)?(?: [a-z]+){0,4} its ([a-z]+)")
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]")
_SENTENCE_START = re.compile(r"[.!?][\"']? \Z")
_APPOSED = re.compile(r"(?:, | \()\Z")
# a capitalised word joined to a mention inside a sentence ("Lower House Steering
# Committee", "Little Folk Shop"), or one letter after "and" ("AC and R Advertising")
_JOINED_BEFORE = re.compile(r"(?<=[\w,;)] )([A-Z][A-Za-z]*) \Z")
# an acronym in brackets after a mention, and the capitalised words before the mention
# ("Foreign| Agricultural Investment Reform (FAIR) Act")
_ACRONYM_AFTER = re.compile(r" \(([A-Z]{2,8})\)")
_CAPITALS_BEFORE = re.compile(r"((?:[A-Z][\w'-]* ){1,4})\Z")
_IN_BRACKETS = re.compile(r"<((?:[A-Z][\w.&'-]*,? |(?:and|for|of|de|&) ){1,5})\Z")
_JOINED_AFTER = re.compile(r" (?:(?:and|&) ([A-Z])(?![\w.&])|([A-Z][a-z]+)\b)")
# first or last words that make a name a place
PLACE_HEADS = frozenset(
    word_list(
        """
        fort ocean sea strait bay island islands isle lake county province prefecture coast gulf
        river mountains mount peninsula valley canal port cape desert plain plains mine harbor
        harbour straits shoal shoals atoll
        """
    )
)
QUARTERS = frozenset(
    word_list("north south east west northern southern eastern western central upper lower")
)


def common_surnames() -> frozenset[str]:
    """The census's most common surnames, folded."""
    return census.common_surnames()


@functools.cache
def subdivisions() -> frozenset[str]:
    """Provinces, states and prefectures of every country ("Quebec", "Tasmania")."""
    found: set[str] = set()
    for subdivision in pycountry.subdivisions:
        name = PROVINCE.sub("", subdivision.name)
        found.update((subdivision.name, name, *name.split(" and ")))  # "Newfoundland"
    return frozenset(found)


@functools.cache
def _states_and_provinces() -> frozenset[str]:
    """The states and provinces of every country that has them ("Ontario", "Texas",
    "Punjab"), not their prefectures, counties or cities ("Tokyo", "Kent", "Paris")."""
    found = {s.name for s in pycountry.subdivisions if s.type in ("State", "Province")}
    return frozenset(name for name in found if not is_country(name))  # "Luxembourg"


def a_state_or_province(name: str) -> bool:
    """A state's or a province's name, which "X, " before it makes X a town in it ("its
    Timmins, Ontario property"), unless it is also a country's ("Niger")."""
    return name in _states_and_provinces()


@functools.lru_cache(maxsize=1 << 16)
def listed_place(name: str) -> bool:
    """A place the country table, the gazetteer, the regions list or the subdivisions know,
    or a US state named as one ("State of Washington", the state that shares its name
    with a city: `names.split_states`)."""
    known = usual_name(name)
    if known is not None:
        return known[1] == "place"
    if name.startswith("State of ") and us_state(name.removeprefix("State of ")):
        return True
    words = tuple(w.casefold() for w in name.split())
    gazetteer = ner.resources()[0].names
    return (
        words in gazetteer
        or ("the", *words) in gazetteer  # "Hague", "The Hague"
        or name in ner.regions()
        or name in subdivisions()
    )


def shaped_like_place(name: str) -> bool:
    """A name its own words make a place: a geographic head ("Lake Victoria", "Orange
    County", "Red Sea"), a quarter of a listed place ("Northern Alaska"), a region of a
    continent ("Latin America", "Southeast Asia"), or common words
    only ("White House", "Wall Street", "Far East"; an acronym is none: "US" of "US Sprint"
    is no "us")."""
    words = name.split()
    lower = ner.resources()[1]
    return (
        words[-1].casefold() in PLACE_HEADS
        or words[0].casefold() in PLACE_HEADS
        or (len(words) > 1 and words[0].casefold() in QUARTERS)
        or a_region(name)
        or (
            len(words) > 1
            and all(w.casefold() in lower and not ACRONYM.fullmatch(w) for w in words)
        )
    )


def a_region(name: str) -> bool:
    """A continent a quarter's or a region's word comes before ("Latin America", "Central
    America", "E. Europe"): a region, whatever a model read."""
    words = name.casefold().split()
    return len(words) == 2 and words[0] in REGION_WORDS and words[1] in CONTINENTS


def read_evidence(group: Group, article: Article, entity: Entity) -> None:
    """Note what the text says around each mention: a title or a pronoun (a person), "said
    it" or shares (an organization), ", <state>" after it (a place), a comma of a firm's
    name cut ("Smith Barney, Harris Upham and Co")."""
    text = article.text
    acts = False
    for mention in entity.mentions:
        if garbled(text[mention.start : mention.end + 2]):
            group.junk = "a name garbled by mojibake (the reader warns of the file)"
        before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        group.mentioned += 1
        if before and before[1] in _LOCATING:
            group.located += 1
        titled = before and before[1].casefold() in (HONORIFICS.keys() | ROLE_WORDS)
        group.crowned += bool(before and before[1].casefold() in GIVEN_NAME_TITLES)
        group.peered += bool(before and before[1].casefold() in PEERAGE_TITLES)
        its = _ITS_AFTER.match(text, mention.end)
        if titled or _PRONOUN_AFTER.match(text, mention.end):
            group.person_cues += 1
        elif its and its[1] not in PERSON_NOUNS:
            group.its += 1  # "Comissaria Smith said in its weekly review"
        elif _a_person_shape(article, mention):
            group.person_cues += 1
        elif (
            _apposed(article, mention)
            or _described_as_firm(text, mention)
            or _PUBLICATION_NEXT.match(text, mention.end)
        ):
            group.its += 1  # "The Student Loan Marketing Association, Sallie Mae,"
        elif _SPEAKS_AFTER.match(text, mention.end) or _SPEAKS_BEFORE.search(
            text, max(0, mention.start - 20), mention.start
        ):
            group.speaks += 1
        if _a_seat(article, mention):
            group.seats += 1  # "said it" after it is the company's
        elif ORGANIZATION_AFTER.match(text, mention.end):
            acts = True
        group.tickers += bool(_TICKER_AFTER.match(text, mention.end))
        group.employers += entity.type == "person" and _a_persons_firm(article, entity, mention)
        placed = PLACED_AFTER.match(text, mention.end)
        if placed and listed_place(placed[1]):
            group.placed += 1
            group.provinced += a_state_or_province(placed[1])
        group.comma_cut += _cut_at_comma(text, entity, mention)
        _read_shape(group, article, entity, mention)
        group.opening += _capitalised_by_place(text, mention)
        group.started += _opens_sentence(text, mention)
        group.sentence_starts += " " not in mention.text and _at_sentence_start(text, mention)
        if entity.type == "event":
            read_event_cues(group, text, mention)
    if article.place and name_key(article.place) == group.key:
        group.placed += 1
    group.organization_cues += acts
    if entity.type == "place" and _begins_a_firm(text, entity.name):
        group.firm_begun += len(entity.mentions)


def _begins_a_firm(text: str, name: str) -> bool:
    """The article writes the name as the first words of a firm's or a fund's ("Erskine" of
    "Erskine Resources Ltd"): its other mentions may be the firm's short name."""
    for found in re.finditer(r"\b" + re.escape(name) + _FIRM_RUN, text):
        words = [word.strip(".,").casefold() for word in found[1].split()]
        if any(word in FIRM_LAST_WORDS or word == "fund" for word in words):
            return True
    return False


def _a_persons_firm(article: Article, entity: Entity, mention: Mention) -> bool:
    """ "Analyst Edward Johnson of Johnson Redbook said": a name right after another
    person's name and "of" is where that person works, a body (a person is "of" a place
    or a body, not of another person). The same person's name before it is the model's
    cut of a firm's name ("Johnson" of "Edward Johnson of Johnson Redbook Associates"
    joined to Edward Johnson): no evidence on that person."""
    if article.text[max(0, mention.start - 4) : mention.start] != " of ":
        return False
    return any(
        other is not entity
        and other.type == "person"
        and any(m.end == mention.start - 4 for m in other.mentions)
        for other in article.entities
    )


def _cut_at_comma(text: str, entity: Entity, mention: Mention) -> bool:
    """A piece of a firm's name the model cut at one of its commas: the partners after it
    ("Robertson, Colman and Stephens", "Smith Barney, Harris Upham and Co"; not a list of
    firms, "County Natwest Ltd, Samuel Montagu and Co Ltd", where the name ends in its
    legal form) or the firm's own "and" after a comma before it ("Merck and Co, Lilly and
    Co" is a list)."""
    comma = _COMMA_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if comma:
        return bool(re.search(r" (?:and|&) ", entity.name)) and company_base(comma[1]) == comma[1]
    return bool(_COMMA_AFTER.match(text, mention.end)) or bool(
        _PARTNERS_AFTER.match(text, mention.end) and company_base(entity.name) == entity.name
    )


def _a_person_shape(article: Article, mention: Mention) -> bool:
    """An age, a person's description beside the name, a post, or a body the name is "of":
    what a reader takes for a person ("Bentley Whitfield, 31,", "Saleh Kamel, a leading
    businessman", "the official, Nahum Vaskevitch", "elected Zoltan Guttman", "Scott
    Putney of Repligen")."""
    text, end, start = article.text, mention.end, mention.start
    if _AGE_AFTER.match(text, end) or _PERSON_AFTER.match(text, end):
        return True
    before = _PERSON_BEFORE.search(text, max(0, start - 30), start)
    if before and (not before[1] or before[1] in PERSON_NOUNS):
        return True
    for described in (
        _DESCRIBED_BEFORE.search(text, max(0, start - 82), start),
        _DESCRIBED_AFTER.match(text, end),
    ):
        words = re.split(r"[\s-]", described[1]) if described else ()
        if any(word.strip(".").casefold() in PERSON_NOUNS for word in words):
            return True
    of = _OF_AFTER.match(text, end)
    return of is not None and any(
        m.start == of.end()
        for e in article.entities
        if e.type == "organization"
        for m in e.mentions
    )


def _apposed(article: Article, mention: Mention) -> bool:
    """The name set beside an organization's as its other name, between commas or in
    brackets ("The Student Loan Marketing Association, Sallie Mae, announced")."""
    text = article.text
    if not _APPOSED.search(text, max(0, mention.start - 2), mention.start):
        return False
    if text[mention.end : mention.end + 1] not in (",", ")"):
        return False
    end = mention.start - (2 if text[mention.start - 2] == "," else 1)
    return any(
        m.end == end for e in article.entities if e.type == "organization" for m in e.mentions
    )


def _described_as_firm(text: str, mention: Mention) -> bool:
    """A description after the name whose head noun is a business's or a body's ("J.
    Brannam, a discount apparel chain", "Brae, the Boston leasing concern"): the text says
    what the name is, whatever its shape."""
    described = _DESCRIPTION_AFTER.match(text, mention.end)
    if described is None:
        return False
    return described[1].split()[-1].casefold() in DESCRIBED_FIRM_NOUNS


def _described_as_product(text: str, mention: Mention) -> bool:
    """A description after the name whose head noun is a product's ("Keflex, a product
    whose patent expires", "Keflex is an antibiotic with"): the thing sold, no body."""
    described = _DESCRIPTION_AFTER.match(text, mention.end)
    return described is not None and described[1].split()[-1].casefold() in PRODUCT_DESCRIPTIONS


def _model_number_after(text: str, mention: Mention) -> int:
    """Where a model number after the name ends ("VAX 8250, VAX 8350", "Domain Series
    4000 personal workstations"), or 0: a number lower-case words follow is a model's only
    when a product's noun is among them ("Ford 45 pct", "Glaxo 985 pence" are amounts)."""
    found = _NUMBER_AFTER.match(text, mention.end)
    if found is None:
        return 0
    if found[1] is not None and not any(w in PRODUCT_NOUNS for w in found[1].split()):
        return 0
    return found.end()


def _capitalised_by_place(text: str, mention: Mention) -> bool:
    """A one-word mention that opens a sentence or stands in a line of capitals, of a word
    the same text writes in lower case ("Electric output so far this year", "WEEKLY
    ELECTRIC OUTPUT" beside "electric output"): its capital says nothing of a name. A
    story the wire sent all in lower case but for its sentences' starts ("adams said")
    says nothing of which words are names."""
    word = mention.text
    if " " in word or not word.isalpha() or not _MID_SENTENCE_CAPITAL.search(text):
        return False
    line = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    headline = text[line : end if end >= 0 else len(text)]
    if word.isupper() and headline.upper() != headline:
        return False  # an acronym in running text ("US", "AIDS")
    opens = _SENTENCE_START.search(text, max(line, mention.start - 3), mention.start)
    if not (opens or mention.start == line or headline.upper() == headline):
        return False
    return re.search(rf"\b{word.lower()}\b", text) is not None


def _opens_sentence(text: str, mention: Mention) -> bool:
    """A one-word mention at a sentence's or a line's start with a lower-case word after
    it that is no verb a name takes ("Blue chips in Singapore", not "Wedge said"): the
    capital may be the place's alone."""
    after = _WORD_AFTER.match(text, mention.end)
    if " " in mention.text or not after or after[1] in VERBS_AFTER_NAMES:
        return False
    return _at_sentence_start(text, mention)


def _at_sentence_start(text: str, mention: Mention) -> bool:
    line = text.rfind("\n", 0, mention.start) + 1
    return mention.start == line or bool(
        _SENTENCE_START.search(text, max(line, mention.start - 3), mention.start)
    )


def _a_seat(article: Article, mention: Mention) -> bool:
    """A town named right after "<company> of", where the article's organization ends
    ("<Qintex Ltd> of Brisbane said it"): the company's seat, a place."""
    text = article.text
    if text[max(0, mention.start - 4) : mention.start] != " of ":
        return False
    end = mention.start - 4 - (text[mention.start - 5 : mention.start - 4] == ">")
    return any(
        m.end == end for e in article.entities if e.type == "organization" for m in e.mentions
    )


def _a_partner(text: str, mention: Mention) -> bool:
    """A name inside a firm of partners' names: a name no list places runs into it, "and"
    joins them, and a legal form, a body's word or a ticker ends the run ("Pratt and
    Whitney <UTX>", "Donaldson, Lufkin and Jenrette Securities Corp")."""
    before = _PARTNER_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    after = _FIRM_AFTER.match(text, mention.end)
    if not before or not after or not (before[2] in (" and", " &") or after[1]):
        return False
    ends = after[2].split()
    if not (after[3] or (ends and ends[-1].casefold() in ORGANIZATION_LAST_WORDS)):
        return False
    words = before[1].split()
    return not any(listed_place(" ".join(words[i:])) for i in range(len(words)))


def _partner_before(text: str, entity: Entity, mention: Mention) -> str:
    """The partner's name "and" joins to a company's ("Brown" of "Alex. Brown and Sons
    Inc"), when it is no place, no legal form, does not begin the company's name too
    ("Westar Timber and Westar Petroleum") and ends no list ("Sonora, Goldenbell, United
    and Inca Resources Inc")."""
    if entity.type != "organization":
        return ""
    found = _PARTNER_AND.search(text, max(0, mention.start - 60), mention.start)
    if not found or found[1].count(",") > 1:
        return ""
    run, word = found[1].replace(",", " ").split(), found[2]
    first = entity.name.split()[0]
    if word.casefold() in ORGANIZATION_LAST_WORDS or listed_place(word) or first in run:
        return ""
    if run and run[-1].casefold() in ORGANIZATION_LAST_WORDS:
        return ""  # "Kredietbank SA Luxembourgeoise and Banque de Luxembourg SA"
    return word


def _read_shape(group: Group, article: Article, entity: Entity, mention: Mention) -> None:
    """Note what a mention's shape says: a column gap inside it (a table's header read as one
    name), a product noun after it ("INF missiles"), a body's verb before it ("formed the
    Kestrel Forum"), a capitalised word run on from it ("Conference Bridge"), a state or a town
    run into it ("New York State Public Service Commission"), a place's kind before it ("the
    port of Tumaco") or an area's after it ("the Haj Omran border area"), an office's staff
    after it ("White House aides"), the words that sell a
    product before it ("marketed as Keflex") or a description that calls it one after it
    ("Keflex is an antibiotic"), a list of brands it stands in ("Calvin Klein ... among 15 other
    brands"), a law's word after it or a description that calls it a law ("NCLB was a deeply
    flawed law"), a model number before it ("the 944 Turbo,"), a storm's word before it
    ("superstorm Sandy")."""
    text = article.text
    if _COLUMN_GAP.search(mention.text):
        group.column_gaps += 1
    if (entity.type == "place" and _a_partner(text, mention)) or (
        entity.type in ("place", "person")
        and (
            _FIRM_ANALYST_AFTER.match(text, mention.end)
            or _BROKERS_AND_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        )
    ):
        group.partners += 1
    partner = _partner_before(text, entity, mention)
    if partner:
        group.partners_before[partner] += 1
    numbered = _model_number_after(text, mention)
    spelled = _ACRONYM_AFTER.match(text, mention.end)  # "Integrated Circuits (ASIC) chips"
    run = _LOWER_RUN.match(text, spelled.end() if spelled else mention.end)
    words = run[0].split() if run else []
    products = group.products
    if (
        _described_as_product(text, mention)
        or _MARKETED_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        or (words[:1] and words[0] in PRODUCT_NOUNS)
        or _BRANDS_AFTER.match(text, mention.end)
        or _BRANDS_BEFORE.search(text, max(0, mention.start - 200), mention.start)
    ):
        group.products += 1
        group.named_products += 1
    else:
        for word in words:
            if word in PRODUCT_NOUNS:
                group.products += 1
            if word in PRODUCT_NOUNS or word in _NOT_MODIFIERS:
                break
    group.numbered += bool(numbered) and group.products == products
    group.outlets += bool(words[:1] and words[0] in OUTLET_NOUNS) or bool(
        _TRADE_NAME_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    )
    after = _WORD_AFTER.match(text, mention.end)
    if _MODEL_BEFORE.search(text, max(0, mention.start - 12), mention.start) and (
        after is None or after[1] in _NOT_MODIFIERS
    ):
        group.models += 1
    if _STORM_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        group.storms += 1
    _read_kind_words(group, text, mention)
    if _FORMED_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        group.formed += 1
    if _SITED_BEFORE.search(text, max(0, mention.start - 12), mention.start) or (
        _SITED_AFTER.match(text, mention.end)
    ):
        group.sited += 1
    group.staffed += bool(_STAFF_AFTER.match(text, mention.end))
    described = _DESCRIPTION_AFTER.match(text, mention.end)
    if _LAW_AFTER.match(text, mention.end) or (
        described and described[1].split()[-1].casefold() in LAW_NOUNS
    ):
        group.laws += 1
    if _GATHERING_AFTER.match(text, mention.end) or _GATHERING_BEFORE.search(
        text, max(0, mention.start - 30), mention.start
    ):
        group.gatherings += 1
    line = text.rfind("\n", 0, mention.start) + 1
    if not text.startswith("title:", line):
        _read_joined(group, text, line, mention)
    after = _CAPITAL_AFTER.match(text, mention.end)
    if after and not text.startswith("title:", line):
        word = after[1].casefold()
        if not (word in TITLE_WORDS or word in MONTH_NAMES or word in ORGANIZATION_LAST_WORDS):
            group.run_after += 1
    before = _WORDS_BEFORE.search(text, max(line, mention.start - 40), mention.start)
    if entity.type == "organization" and before and generic_name(entity.name):
        words = before[1].split()
        for size in range(len(words), 0, -1):
            place = " ".join(words[-size:])
            if listed_place(place):
                group.local += not is_country(place)
                break


def _read_kind_words(group: Group, text: str, mention: Mention) -> None:
    """Note the words around a mention that say what kind of thing it is, none a body, a person
    or a place: a rate's margin after it ("LIBOR plus 0.375 pct"), a poll after it (its
    pollster's: "a Gallup poll"), a rate's word after it ("the Lombard rate"), a ship's word
    before it ("the tanker the Sea Isle City"), a holiday's after it ("the Corpus Christi
    holiday"), quotation marks around it alone (a work's title: a film's "Beverly Hills Cop
    II")."""
    group.rates += bool(_RATE_AFTER.match(text, mention.end))
    group.rate_named += bool(RATE_NAMED_AFTER.match(text, mention.end))
    group.polls += bool(_POLL_AFTER.match(text, mention.end))
    group.vessels += bool(_VESSEL_BEFORE.search(text, max(0, mention.start - 20), mention.start))
    group.feasts += bool(_FEAST_AFTER.match(text, mention.end))
    after = text[mention.end : mention.end + 2]
    closed = after[:1] in _QUOTES or (after[:1] in ",." and after[1:2] in _QUOTES)
    group.quoted += closed and text[mention.start - 1 : mention.start] in _QUOTES


def _read_joined(group: Group, text: str, line: int, mention: Mention) -> None:
    """Note the capitalised words joined to a mention inside its sentence, left and right
    ("Lower|" of "Lower House Steering Committee", "|R" of "AC and R"), the word before
    it inside a company's angle brackets ("<American|" of "<American Barrick Resources
    Corp>"), and the words before it that the acronym after it spells out too ("(Foreign|"
    of "Foreign Agricultural Investment Reform (FAIR)"): `earning.earn_pages` decides which of
    them are a longer name's."""
    bracket = _IN_BRACKETS.search(text, max(line, mention.start - 60), mention.start)
    if bracket:
        words = [w.rstrip(",") for w in bracket[1].split() if w[0].isupper()]
        group.joined[f"<{' '.join(words)}|"] += 1
        return
    spelled = _spelled_before(text, line, mention)
    if spelled:
        group.joined[f"({spelled}|"] += 1
        return
    before = _JOINED_BEFORE.search(text, max(line, mention.start - 30), mention.start)
    after = _JOINED_AFTER.match(text, mention.end)
    if before or after:
        left = before[1] if before else ""
        right = (after[1] or after[2]) if after else ""
        group.joined[f"{left}|{right}"] += 1


def _spelled_before(text: str, line: int, mention: Mention) -> str:
    """The capitalised words right before a mention whose initials, with the mention's,
    make the acronym in brackets after it ("Foreign" of "Foreign Agricultural Investment
    Reform (FAIR)"): the longer name is the one the text defines; "" if none."""
    after = _ACRONYM_AFTER.match(text, mention.end)
    if after is None:
        return ""
    own = "".join(w[0] for w in mention.text.split() if w[0].isupper())
    acronym = after[1]
    if not own or len(acronym) <= len(own) or not acronym.endswith(own):
        return ""
    before = _CAPITALS_BEFORE.search(text, max(line, mention.start - 60), mention.start)
    missing = acronym[: -len(own)]
    words = before[1].split() if before else []
    if len(missing) > len(words):
        return ""
    taken = words[len(words) - len(missing) :]
    return " ".join(taken) if "".join(w[0] for w in taken) == missing else ""


@functools.lru_cache(maxsize=1 << 16)
def generic_name(name: str) -> bool:
    """A body's name made of generic and connecting words alone ("State Public Service
    Commission", "Public Service Commission")."""
    words = fold(name).split()
    common = ner.resources()[1]
    return len(words) > 1 and all(
        w in GENERIC_NAME_WORDS or w in CONNECTORS or w in common for w in words
    )
