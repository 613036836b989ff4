"""What a name must show to earn a page of its own. The model's type alone is weak
evidence: a place must be a place some list or the archive's own datelines know, a
one-word organization must act like one, a person must carry a person's name or title.
A name that shows too little is left as plain text and listed by `entities review`.

`resolution.unify_entities` calls `read_evidence` on every mention and `earn_pages`
once the names are grouped.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

import pycountry

from generator.annotate import census, ner
from generator.annotate.entities.aliases import is_country, us_state
from generator.annotate.entity_words import (
    BODY_HEADS,
    DESCRIBED_FIRM_NOUNS,
    PERSON_NOUNS,
    PRODUCT_NOUNS,
    PUBLICATION_NOUNS,
    STRUCTURE_HEADS,
)
from generator.annotate.words import (
    CONNECTORS,
    GENERIC_NAME_WORDS,
    GIVEN_NAME_TITLES,
    HONORIFICS,
    MONTH_NAMES,
    NAME_SUFFIXES,
    NOT_NAMES,
    NOT_PERSON_LAST_WORDS,
    ORGANIZATION_LAST_WORDS,
    ROLE_WORDS,
    TITLE_WORDS,
    word_list,
)
from generator.index.events import needs_event_cues, read_event_cues
from generator.index.names import (
    ACRONYM,
    Group,
    a_place,
    company_base,
    final,
    first_name,
    fold,
    given_name,
    name_key,
    near_each_other,
    usual_name,
)
from generator.model import Article, Entity, Mention, entity_id
from generator.read.encoding import garbled

COMMON_SURNAMES = 2000  # the census's most common surnames: "Johnson", "Warner", "Conrad"
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
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
PLACED_AFTER = re.compile(r", ([A-Z][\w.]+(?: [A-Z][\w.]+)?)")
_COMMA_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w.]*), \Z")
_LOCATING = frozenset({"from", "in", "at", "near"})
_COMMA_AFTER = re.compile(r", [A-Z]\w+ (?:and|&) [A-Z]")
_MODEL_NUMBER = re.compile(r"[A-Z]{1,2}-?\d{2,}[A-Z]?")
_MODEL_LETTERS = re.compile(r"[A-Z]{1,3}|[A-Z]*-?\d+[A-Z\d-]*")
_EVENT_HEADS = frozenset({"Conference", "Forum"})
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
# a place's kind written before its name: "the port of Tumaco", "the town of Goldendale"
_SITED_BEFORE = re.compile(r"\b(?:port|town|city|village|region|province|suburb) of \Z")
_FORMED_BEFORE = re.compile(
    r"\b(?:formed|founded|joined|join|joining|established|set up|members? of|membership in)"
    r"(?: the)? \Z"
)
_PERSON_OF = re.compile(r"(([A-Z][a-z]+)(?: [A-Z]\.)? [A-Z][a-z'-]+) of ([A-Z].+)")
_PARTNER_BEFORE = re.compile(r"(?<![\w.,])((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(,| and| &|) \Z")
_FIRM_AFTER = re.compile(
    r"((?: (?:and|&) [A-Z][a-z]+|, [A-Z][a-z]+)?)((?: [A-Z][a-z.]+){0,3})(,? <[A-Z])?"
)
_PARTNER_AND = re.compile(r"((?:[A-Z][\w.]*,? ){0,4})([A-Z][a-z]+) (?:and|&) \Z")
_MIDDLE_INITIAL = re.compile(r"([A-Z][a-z]+) [A-Z]\. ([A-Z][\w'-]+)")
_CAPITAL_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w.]*\s){1,3})\Z")
# a person's shape around a name: an age ("Smith, 45,"), a description after a comma
# ("Arjen Los, analyst with") or before it ("the broker, Joachim Schmidt"), a speaker
# ("said Vahid Fathi", "Wayne Bennett told"), a post ("elected Zoltan Guttman", "Gary
# Frashier was named")
_AGE_AFTER = re.compile(r", \d{2},")
_DESCRIBED_AFTER = re.compile(r", (?:the |a |an |his |her )?((?:[\w'.-]+ ){0,4}[\w'.-]+)")
_DESCRIBED_BEFORE = re.compile(r"([^.,;:\"]{0,80}), \Z")
# a description after a comma, up to its head noun: ", a discount apparel chain."
_DESCRIPTION_AFTER = re.compile(
    r", (?:a|an|the) ((?:[\w'-]+ ){0,4}?[a-z][\w'-]+)"
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
_SAYS = frozenset(word_list("said says told added reported"))  # "Nederland B.A. Said"
_JOINED_AFTER = re.compile(r" (?:(?:and|&) ([A-Z])(?![\w.&])|([A-Z][a-z]+)\b)")
# first or last words that make a name a place
PLACE_HEADS = frozenset(
    word_list(
        """
        fort ocean sea strait bay island islands isle lake county province prefecture coast gulf
        river mountains mount peninsula valley canal port cape desert plain plains mine harbor
        harbour
        """
    )
)
QUARTERS = frozenset(
    word_list("north south east west northern southern eastern western central upper lower")
)
_COMPASS_POINTS = frozenset(word_list("north south east west"))  # "the West", "the South"


def common_surnames() -> frozenset[str]:
    """The census's most common surnames, folded."""
    return census.common_surnames(COMMON_SURNAMES)


@functools.cache
def subdivisions() -> frozenset[str]:
    """Provinces, states and prefectures of every country ("Quebec", "Tasmania")."""
    found: set[str] = set()
    for subdivision in pycountry.subdivisions:
        name = PROVINCE.sub("", subdivision.name)
        found.update((subdivision.name, name, *name.split(" and ")))  # "Newfoundland"
    return frozenset(found)


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
    County", "Red Sea"), a quarter of a listed place ("Northern Alaska"), or common words
    only ("White House", "Wall Street", "Far East"; an acronym is none: "US" of "US Sprint"
    is no "us")."""
    words = name.split()
    lower = ner.resources()[1]
    return (
        words[-1].casefold() in PLACE_HEADS
        or words[0].casefold() in PLACE_HEADS
        or (len(words) > 1 and words[0].casefold() in QUARTERS)
        or (
            len(words) > 1
            and all(w.casefold() in lower and not ACRONYM.fullmatch(w) for w in words)
        )
    )


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
        placed = PLACED_AFTER.match(text, mention.end)
        if placed and listed_place(placed[1]):
            group.placed += 1
        comma = _COMMA_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if (
            comma
            and re.search(r" (?:and|&) ", entity.name)
            and company_base(comma[1]) == comma[1]  # "Merck and Co, Lilly and Co": a list
        ) or (_COMMA_AFTER.match(text, mention.end) and not comma):
            group.comma_cut += 1
        _read_shape(group, article, entity, mention)
        group.opening += _capitalised_by_place(text, mention)
        if entity.type == "event":
            read_event_cues(group, text, mention)
    if article.place and name_key(article.place) == group.key:
        group.placed += 1
    group.organization_cues += acts


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
    """Note what a mention's shape says: a column gap inside it (a table's header read as
    one name), a product noun after it ("INF missiles"), a body's verb before it ("formed
    the Kestrel Forum"), a capitalised word run on from it ("Conference Bridge"), a state
    or a town run into it ("New York State Public Service Commission"), a place's kind
    before it ("the port of Tumaco")."""
    text = article.text
    if _COLUMN_GAP.search(mention.text):
        group.column_gaps += 1
    if entity.type == "place" and _a_partner(text, mention):
        group.partners += 1
    partner = _partner_before(text, entity, mention)
    if partner:
        group.partners_before[partner] += 1
    run = _LOWER_RUN.match(text, mention.end)
    for word in run[0].split() if run else ():
        if word in PRODUCT_NOUNS:
            group.products += 1
        if word in PRODUCT_NOUNS or word in _NOT_MODIFIERS:
            break
    if _FORMED_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        group.formed += 1
    if _SITED_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        group.sited += 1
    if _LAW_AFTER.match(text, mention.end):
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


def _read_joined(group: Group, text: str, line: int, mention: Mention) -> None:
    """Note the capitalised words joined to a mention inside its sentence, left and right
    ("Lower|" of "Lower House Steering Committee", "|R" of "AC and R"), the word before
    it inside a company's angle brackets ("<American|" of "<American Barrick Resources
    Corp>"), and the words before it that the acronym after it spells out too ("(Foreign|"
    of "Foreign Agricultural Investment Reform (FAIR)"): `earn_pages` decides which of
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


@functools.lru_cache(maxsize=1 << 16)
def generic_name(name: str) -> bool:
    """A body's name made of generic and connecting words alone ("State Public Service
    Commission", "Public Service Commission")."""
    words = fold(name).split()
    common = ner.resources()[1]
    return len(words) > 1 and all(
        w in GENERIC_NAME_WORDS or w in CONNECTORS or w in common for w in words
    )


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
    _misspelt_people(groups)
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
        if group.type == "place" and group.partners * 2 > group.mentioned > 0:
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
        elif group.type == "place":
            doubt = _place_doubt(group, lower, surnames)
        elif group.type in ("organization", "event") and _a_product(group):
            doubt = "a product, a treaty or a weapon, no body"
        elif group.type == "organization" and _a_firms_end(group, groups):
            doubt = "the end of a firm's name ('Smith Kline and French Laboratories')"
        elif group.type == "organization" and group.local * 2 >= group.mentioned > 0:
            doubt = "a body's generic name, its state or town cut off"
        elif group.type == "organization":
            doubt = _organization_doubt(group, groups, lower)
        elif group.type == "person":
            doubt = _person_doubt(group, groups, companies)
        elif group.type == "event":
            doubt = _event_doubt(group, groups)
        group.doubt, group.weak = doubt, bool(doubt)


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


def _a_product(group: Group) -> bool:
    """ "EWSD digital switching systems", "the INF treaty": a name a product noun follows
    in more than half its mentions, that never acts as a body ("said it", shares) and has no legal
    form, names the thing made or signed; so does a longer name a product noun follows in
    every mention ("Sun workstation and Compact Disc Interactive technologies")."""
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


def _place_doubt(group: Group, lower: frozenset[str], surnames: dict[str, list[Group]]) -> str:
    """Rule 1: a place page only for a listed place, a dateline, or "X, <state>". A
    quarter's adjective alone ("Eastern", "Central") names no place, and which company
    it shortens ("Eastern's new owner": Eastern Airlines? Eastern Utilities?) the archive
    cannot tell: none."""
    name = group.name
    if name.casefold() in QUARTERS - _COMPASS_POINTS:
        return "a quarter's adjective alone: no place, and which company's short name?"
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
    a field's name, is none, and so is a given name alone."""
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
        return ""
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


def _event_doubt(group: Group, groups: dict[str, Group]) -> str:
    """Rule 5: a "Conference" or "Forum" named after a company or a product is none, and
    neither is one a capitalised word runs on from ("Six-Party Conference Bridge": a
    product's name cut)."""
    if group.mentioned and group.run_after * 2 >= group.mentioned:
        return "a piece of a longer name (a capitalised word runs on from it)"
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


def _misspelt_people(groups: dict[str, Group]) -> None:
    """Rule 4: a surname one letter off a person of the same first name named in more
    articles near in time is that person ("George Schultz", "George Shultz")."""
    by_first: dict[str, list[Group]] = defaultdict(list)
    for group in groups.values():
        words = group.name.split()
        if group.type == "person" and len(words) == 2 and not group.junk:
            by_first[words[0]].append(group)
    for people in by_first.values():
        for a in people:
            if not _open(a):
                continue
            for b in people:
                if (
                    b.articles > a.articles
                    and not b.target
                    and _one_letter_off(a.name.split()[1], b.name.split()[1])
                    and near_each_other(a, b)
                ):
                    a.target = b
                    break


def _one_letter_off(a: str, b: str) -> bool:
    """One letter added, dropped or changed, in names of five letters or more."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
