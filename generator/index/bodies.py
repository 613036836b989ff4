"""Bodies named by generic words alone ("Senate", "Congress", "Social Democratic Party",
"House of Representatives", "National Bank"): many countries and states have one, and one
page for every body of the name mixes them (Italy's Senate with the U.S. Senate). A mention
is the body of the country or state the text ties it to: a country's or a state's word
right before it ("Sweden's ruling Social Democratic Party", "the Philippine House of
Representatives", "North Carolina Senate and House"), the same name so tied elsewhere in
the story ("the Italian Senate ... the Senate"), or the one country a story names, its
headline too ("ITALIAN PREMIER ... told the Senate"). Mentions tied to a country other than
the page's own (the country its usual name carries, "United States Congress", or the one
the archive ties the name to twice as often as all others together) leave it for that
country's body: a page the archive names so ("Italian Senate"), else the name and its
country ("Senate (Italy)"). An untied mention stays where it is.

`resolution.unify_entities` calls `split_bodies` once the names are resolved, like the
qualified towns ("Midland, Texas"), so that no rule joins the split names back.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

import pycountry

from generator.annotate import ner
from generator.annotate.entities.aliases import fold, is_country, unshout, us_state, usual_name
from generator.annotate.entity_words import (
    BODY_HEADS,
    CHAMBER_HEADS,
    COMMITTEE_NOUNS,
    NATIONAL_BODY_WORDS,
    PARTY_WORDS,
    SEAT_RACE_NOUNS,
    SUPRANATIONAL_WORDS,
)
from generator.annotate.words import (
    CONNECTORS,
    GENERIC_NAME_WORDS,
    NATIONALITIES,
    NATIONALITY_WORDS,
)
from generator.index.evidence import listed_place
from generator.index.names import ACRONYM, Group, final, name_key
from generator.model import Article, Entity, Mention, entity_id

_DOMINANT = 2  # the country tied twice as often as all others together is the page's own
# the capitalised words that tie a mention to a country: "Sweden's ruling", "Japan's
# 512-seat", "the Philippine", "North Carolina" (adjacent, or a possessive and at most two
# lower-case words between: "Japan urged Congress" ties nothing)
_TIED_BEFORE = re.compile(
    r"(?<![\w.'’-])((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)"
    r"(?:((?:'s|’s)\s+(?:[a-z\d][\w-]*\s+){0,2})|\s+)\Z"
)
# a chamber and "and" between the tying words and the mention: "North Carolina Senate and
# House of Representatives", "the Ohio House or Senate"
_CHAMBER_AND = re.compile(
    r"\s(?:" + "|".join(sorted(w.title() for w in CHAMBER_HEADS)) + r")\s(?:and|or)\s+\Z"
)
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?;:\"]\s|\n")  # not "U.S. "
_DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "ine", "i")
_GENERIC_WORDS = CONNECTORS | GENERIC_NAME_WORDS | CHAMBER_HEADS | PARTY_WORDS
_GENERIC_HEADS = CHAMBER_HEADS | GENERIC_NAME_WORDS | BODY_HEADS  # a generic body's last word
_COMMITTEE_WORDS = BODY_HEADS | COMMITTEE_NOUNS | CHAMBER_HEADS  # "House Banking Committee"
# a campus the model cut from its university's name: "University of California at Irvine",
# "University of California, San Diego" (not a list: "..., Davis and Stanford")
_CAMPUS_AFTER = re.compile(r"( at|,) ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b(?!,? (?:and|or)\b|'s|’s)")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+\b")


def generic_body(name: str, lower: Counter[str]) -> bool:
    """A body's name whose every word is a common one, the archive's lower-case words, a
    chamber's or a body's word, with a body's head last: "Senate", "Upper House", "Social
    Democratic Party", "Chamber of Commerce"; not "University of California" (a place's),
    "American Stock Exchange" (a country's word), "World Bank" (no country's), nor a name
    the alias table knows as one body ("Federal Reserve"), unless it is a country's
    ("Congress": the United States Congress)."""
    words = fold(name).split()
    head = words[: words.index("of")] if "of" in words else words  # "House of Representatives"
    if not head or head[-1] not in _GENERIC_HEADS:
        return False
    known = usual_name(name)
    if known is not None and not _named_country(known[0]):
        return False
    common = ner.resources()[1]
    pairs = zip(name.split(), name.split()[1:], strict=False)
    return all(
        (w in _GENERIC_WORDS or w in common or lower[w])
        and w not in SUPRANATIONAL_WORDS
        and not country_of(w.title())
        for w in words
    ) and not any(listed_place(f"{a} {b}") for a, b in pairs)  # "... Bank of New York"


def _country_body(name: str, lower: Counter[str]) -> bool:
    """A page of a body named by generic words, or whose usual name is a country's and
    generic words ("United States Congress", "U.S. Justice Department")."""
    if generic_body(name, lower):
        return True
    known = usual_name(name)
    return known is not None and known[0] == name and bool(_named_country(name))


def _named_country(name: str) -> str:
    """The country a body's name begins with ("United States Congress"), or ""."""
    words = name.split()
    for size in (2, 1):
        country = country_of(" ".join(words[:size])) if len(words) > size else ""
        if country:
            return country
    return ""


@functools.lru_cache(maxsize=4096)
def country_of(words: str) -> str:
    """The country or US state one or two words name: a country ("Sweden", "U.S."), its
    people's word ("Swedish", "Philippine", "EGYPTIAN"), a state ("North Carolina"); ""
    if none (a town: "Manila's" says no country here)."""
    for form in dict.fromkeys((words, words.title())):
        known = usual_name(form)
        if known is not None and known[1] == "place":
            return known[0]
        if form in NATIONALITIES:
            return NATIONALITIES[form]
        demonym = _demonym(form)
        if demonym or form in NATIONALITY_WORDS:
            return demonym or form  # "Soviet", "Arab": the people's word names it
    return ""


def _demonym(word: str) -> str:
    """The one country whose name a people's word is made from ("Italian": Italy,
    "Hungarian": Hungary, "Philippine": Philippines); "" if none or several."""
    if not word.isalpha() or len(word) < 5:
        return ""
    found = set()
    for country in _country_names():
        if country.startswith(word) and len(country) - len(word) == 1:
            found.add(country)  # "Philippine": Philippines
        for ending in _DEMONYM_ENDINGS:
            stem = word.removesuffix(ending)
            near = len(country) - len(stem) <= 3  # "Hungar|y", "Ital|y", "Swed|en"
            if stem != word and len(stem) >= 4 and country.startswith(stem) and near:
                found.add(country)
    return next(iter(found)) if len(found) == 1 else ""


@functools.cache
def _country_names() -> tuple[str, ...]:
    """ISO's one-word country names, whose people's words are made from them."""
    return tuple(c.name for c in pycountry.countries if " " not in c.name)


def settle_bodies(
    articles: list[Article], groups: dict[str, Group], lower: Counter[str], registered: set[str]
) -> None:
    """Give each body named by generic words the mentions that are its own: a country's
    (`_split_by_country`), a chamber's committee (`_chamber_committees`), a university's
    campus (`_campuses`)."""
    _split_by_country(articles, groups, lower, registered)
    for article in articles:
        _chamber_committees(article, groups, registered)
        _campuses(article, registered)


def _split_by_country(
    articles: list[Article], groups: dict[str, Group], lower: Counter[str], registered: set[str]
) -> None:
    """Move each generic body's mention that the text ties to a country other than its
    page's own to that country's body (see the module's docstring). Running it again
    changes nothing: a moved mention's entity is no generic body's."""
    found: list[tuple[Article, Entity, dict[int, tuple[str, str]]]] = []
    tied: dict[str, Counter[str]] = defaultdict(Counter)  # entity id -> articles per country
    for article in articles:
        main = ""
        for entity, ties in _article_ties(article, lower):
            if entity.id in registered:
                continue  # the editor's entry says what it is
            found.append((article, entity, ties))
            tied[entity.id].update({country for country, _ in ties.values()})
            if len(ties) < len(entity.mentions):  # an untied mention votes for the home
                main = main or _main_country(article)
                tied[entity.id].update([main] if main and not ties else [])
    qualified = _qualified(groups, lower)
    for article, entity, ties in found:
        votes = tied[entity.id] + qualified[fold(entity.name)]
        if len(votes) < 2:
            continue  # one country's body, whatever its name: nothing mixed
        home = _home(entity.name, votes)
        moved: dict[str, list[Mention]] = defaultdict(list)
        for mention in entity.mentions:
            country, words = ties.get(mention.start, ("", ""))
            if country and country != home:
                moved[_body_of(article, groups, mention, country, words)].append(mention)
        taken = next(iter(moved.values())) if len(moved) == 1 else []
        spelled = [m for m in entity.mentions if ACRONYM.fullmatch(m.text) and m not in taken]
        if taken and len(taken) + len(spelled) == len(entity.mentions):
            taken.extend(spelled)  # "the Central Statistical Office (CSO) ... The CSO said"
        if moved:
            move_to_bodies(article, entity, moved)


def _home(name: str, votes: Counter[str]) -> str:
    """The country a page's name carries ("United States Congress"), else the one the
    archive ties its mentions to, or names before it ("U.S. Senate"), in two articles or
    more and twice as often as all others together; "" if none."""
    country = _named_country(name)
    if country or not votes:
        return country
    country, count = max(votes.items(), key=lambda item: (item[1], item[0]))
    others = sum(votes.values()) - count
    return country if count >= max(2, _DOMINANT * others) else ""


def _qualified(groups: dict[str, Group], lower: Counter[str]) -> dict[str, Counter[str]]:
    """Generic body name -> the articles of each country the archive names before it
    ("U.S. Senate", "Italian Senate")."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for group in groups.values():
        words = group.name.split()
        if group.type != "organization" or group.junk:
            continue  # "U.S. Senate" counts, whichever page it joined
        for size in (2, 1):
            rest = " ".join(words[size:])
            country = country_of(" ".join(words[:size])) if len(words) > size else ""
            if country and generic_body(rest, lower):
                found[fold(rest)][country] += group.articles
                break
    return found


def _article_ties(
    article: Article, lower: Counter[str]
) -> list[tuple[Entity, dict[int, tuple[str, str]]]]:
    """Each organization with a mention in generic words, and the country (and the words
    that name it) each such mention is tied to, by mention start."""
    text = article.text
    found = []
    named: dict[str, set[tuple[str, str]]] = defaultdict(set)  # generic words -> countries
    for entity in article.entities:  # "Italian Senate", "U.S. House"
        words = entity.name.split()
        for size in (2, 1):
            rest = " ".join(words[size:])
            country = country_of(" ".join(words[:size])) if len(words) > size else ""
            if country and generic_body(rest, lower) and not us_state(country):
                named[fold(rest)].add((country, " ".join(words[:size])))
                break
    story = _story_country(article)
    for entity in article.entities:
        if entity.type != "organization" or not _country_body(entity.name, lower):
            continue
        generic = [m for m in entity.mentions if generic_body(m.text, lower)]
        if not generic:
            continue
        ties = {m.start: _tie(text, m) for m in generic}
        for mention in generic:
            tie = ties[mention.start]
            if tie[0] and not us_state(tie[0]):  # a state's chamber: only where it says so
                named[fold(mention.text)].add(tie)
        for mention in generic:
            own = named[fold(mention.text)]
            if ties[mention.start][0]:
                continue
            if len({country for country, _ in own}) == 1:
                ties[mention.start] = next(iter(own))
            elif not own and story and _national(mention.text):
                ties[mention.start] = (story, "")
        found.append((entity, {start: tie for start, tie in ties.items() if tie[0]}))
    return found


def _tie(text: str, mention: Mention) -> tuple[str, str]:
    """The country or state right before a mention ("Sweden's ruling|", "the Philippine|",
    "North Carolina Senate and|"), and the words naming it where they and the mention
    make the body's name (no possessive between); ("", "") if none."""
    since = max(0, mention.start - 80)
    for stop in _SENTENCE_BREAK.finditer(text, since, mention.start):
        since = stop.end()
    before = text[since : mention.start]
    chained = _CHAMBER_AND.search(before)
    if chained:
        before = before[: chained.start()] + " "
    tied = _TIED_BEFORE.search(before)
    if tied is None:
        return "", ""
    words = tied[1].split()
    for size in range(len(words), 0, -1):  # "North Carolina", then "Carolina"
        country = country_of(" ".join(words[-size:]))
        if country and us_state(country) and (tied[2] or _seat_race(text, mention)):
            return "", ""  # "Ohio's Senate race", "Vermont's House member": Congress's seats
        written = " ".join(words[-size:])
        if country:  # the words, where they and the mention make the body's name
            return country, "" if tied[2] else unshout(written) if written.isupper() else written
    return "", ""


def _national(name: str) -> bool:
    """A body a country has one of, which a story of one country names as its own ("the
    Finance Ministry", "the Central Bureau of Statistics"); not a town's ("Chamber of
    Commerce") nor a party."""
    return any(w in NATIONAL_BODY_WORDS for w in fold(name).split())


def _seat_race(text: str, mention: Mention) -> bool:
    """A chamber's word followed by an election's noun ("Wisconsin Senate candidate"): a
    state's race for a seat in the national chamber."""
    after = text[mention.end : mention.end + 30].split()
    return bool(after) and after[0].strip(".,;:").casefold() in SEAT_RACE_NOUNS


def _story_country(article: Article) -> str:
    """The one country a story names, its headline naming it too ("ITALIAN PREMIER
    CRAXI ..."); a US state is the United States. "" if it names several or none."""
    title = [(b.start, b.end) for b in article.blocks_of("title")]
    countries: set[str] = set()
    headline: set[str] = set()
    for entity in article.entities:
        country = country_of(entity.name) if entity.type == "place" and entity.mentions else ""
        country = "United States" if us_state(country) else country
        if country:
            countries.add(country)
            if any(a <= m.start < b for m in entity.mentions for a, b in title):
                headline.add(country)
    for match in _CAPITALISED.finditer(article.text):
        word = match[0].title()
        titled = any(a <= match.start() < b for a, b in title)
        if word in NATIONALITY_WORDS or (titled and is_country(word)):  # "NORWAY'S PRICES"
            countries.add(country_of(word))
            headline.update([country_of(word)] if titled else [])
    return next(iter(countries)) if len(countries) == 1 and headline == countries else ""


def _main_country(article: Article) -> str:
    """The country that half a story's mentions of countries, states and peoples name or
    more (a US state's is the United States's): the one a story mostly tells of, a vote
    for the page of a generic name it leaves untied, never a tie; "" if none."""
    named: Counter[str] = Counter()
    for entity in article.entities:
        country = country_of(entity.name) if entity.type == "place" else ""
        named["United States" if us_state(country) else country] += len(entity.mentions)
    for match in _CAPITALISED.finditer(article.text):
        if match[0].title() in NATIONALITY_WORDS:
            named[country_of(match[0])] += 1
    named.pop("", None)
    top = max(named.items(), key=lambda item: (item[1], item[0]), default=("", 0))
    return top[0] if top[1] >= 2 and 2 * top[1] >= sum(named.values()) else ""


def _body_of(
    article: Article, groups: dict[str, Group], mention: Mention, country: str, words: str
) -> str:
    """The name of the country's body a mention is: the article's or the archive's name
    for it ("Italian Senate"), else a state's words and the name ("North Carolina
    Senate"), else the name and its country ("Finance Ministry (Japan)")."""
    name = unshout(mention.text) if mention.text.isupper() else mention.text
    name = name.removeprefix("the ").removeprefix("The ")
    peoples = [w for w in sorted(NATIONALITY_WORDS) if country_of(w) == country]
    forms = [f"{w} {name}" for w in dict.fromkeys([words, country, *peoples]) if w]
    forms.append(f"{name} of {country}")
    for entity in article.entities:
        if entity.type == "organization" and any(
            name_key(f) == name_key(entity.name) for f in forms
        ):
            return entity.name
    for form in forms:
        group = groups.get(name_key(form))
        if group is not None and not (final(group).junk or final(group).doubt):
            return final(group).name
    if country in NATIONALITY_WORDS:  # a people's word that names no country ("Finnish")
        return f"{country} {name}"
    if words and us_state(country):  # "New York Democratic Party": a state's own name
        return f"{words} {name}"
    return f"{name} ({country})"  # one name however tied: "Japanese", "Japan's"


def move_to_bodies(article: Article, entity: Entity, moved: dict[str, list[Mention]]) -> None:
    """Give the mentions to the named bodies, the article's entity of that name if any
    (made if it has none); a quotation the emptied entity spoke is the body's that took
    all its mentions. The country split and the legal-form split both move so."""
    taken = {m.start for found in moved.values() for m in found}
    entity.mentions = [m for m in entity.mentions if m.start not in taken]
    by_id = {e.id: e for e in article.entities}
    for name, mentions in moved.items():
        body_id = entity_id("organization", name)
        body = by_id.get(body_id)
        if body is None:
            body = by_id[body_id] = Entity(body_id, "organization", name)
            article.entities.append(body)
        body.mentions = sorted([*body.mentions, *mentions], key=lambda m: m.start)
    if not entity.mentions:
        article.entities.remove(entity)
        if len(moved) == 1:
            name = next(iter(moved))
            for quote in article.quotes:
                if quote.speaker_id == entity.id:
                    quote.speaker_id, quote.speaker = entity_id("organization", name), name


def _chamber_committees(article: Article, groups: dict[str, Group], registered: set[str]) -> None:
    """A chamber's committee cut before its word ("Senate Agriculture" of "the Senate
    Agriculture subcommittee", "House and Senate Agriculture committees"; "House Banking"
    of "a House Banking hearing") is the committee: the archive's page of that name, or
    the name and "Committee" where the text writes "committee" after it; else, a hearing's
    or a subcommittee's only, no page (plain text). A committee named without its chamber
    ("the Armed Services Committee") is the one chamber's the story names in full."""
    text = article.text
    dropped: set[str] = set()
    for entity in list(article.entities):
        words = entity.name.split()
        if entity.type != "organization" or entity.id in registered or len(words) < 2:
            continue
        if words[0] in ("House", "Senate") and words[1] != "of":
            if fold(words[-1]) in _COMMITTEE_WORDS:
                continue
            after = [_word_after(text, m) for m in entity.mentions]
            if not after or not all(w in COMMITTEE_NOUNS for w in after):
                continue  # "Senate Democrats", "House Majority PAC"
            known = groups.get(name_key(f"{entity.name} Committee"))
            if known is not None and not final(known).junk:
                move_to_bodies(article, entity, {final(known).name: list(entity.mentions)})
            elif any(w.startswith("committee") for w in after):
                move_to_bodies(article, entity, {f"{entity.name} Committee": list(entity.mentions)})
            else:
                article.entities.remove(entity)
                dropped.add(entity.id)
        elif fold(words[-1]) == "committee":
            owners = {
                e.name
                for e in article.entities
                if e.type == "organization"
                and e.name.split()[0] in ("House", "Senate")
                and name_key(" ".join(e.name.split()[1:])) == name_key(entity.name)
            }
            if len(owners) == 1:  # "the Senate Armed Services Committee ... the committee"
                move_to_bodies(article, entity, {owners.pop(): list(entity.mentions)})
    for quote in article.quotes:
        if quote.speaker_id in dropped:
            quote.speaker_id = None


def _word_after(text: str, mention: Mention) -> str:
    """The word right after a mention, folded ("subcommittee" of "House Banking
    subcommittee"); "" if none."""
    after = text[mention.end : mention.end + 20].split()
    return (
        after[0].strip(".,;:'\"").casefold()
        if after and text[mention.end : mention.end + 1] == " "
        else ""
    )


def _campuses(article: Article, registered: set[str]) -> None:
    """A university named for its state or town, and the campus the text names right
    after it ("University of California at Irvine", "State University of New York at New
    Paltz", "University of California, San Diego": after a comma, a place a list knows):
    the campus, one page each however
    the text joins them ("University of California, Irvine"), not the university's."""
    for entity in list(article.entities):
        university, of, place = entity.name.rpartition(" of ")
        if (
            entity.type != "organization"
            or entity.id in registered
            or not of
            or "university" not in fold(university).split()
            or not listed_place(place)
        ):
            continue
        moved: dict[str, list[Mention]] = defaultdict(list)
        for mention in entity.mentions:
            campus = _CAMPUS_AFTER.match(article.text, mention.end)
            if campus and campus[2] != place and (campus[1] == " at" or listed_place(campus[2])):
                moved[f"{entity.name}, {campus[2]}"].append(mention)  # "at Purchase": a campus
        if moved:
            move_to_bodies(article, entity, moved)
