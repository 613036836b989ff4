"""The archive-wide entity resolution of the index stage: one entity, one page.

Entry point: `unify_entities(articles, registry, doubts)`, called by `build_index`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from generator.annotate import ner
from generator.annotate.entities.aliases import is_country, unshout, us_state
from generator.annotate.entity_words import (
    FIRM_PARTS,
    MANY_PER_COUNTRY,
    PUBLICATION_NOUNS,
    TENURE_WORDS,
)
from generator.annotate.registry import Registry, RegistryEntry
from generator.annotate.words import (
    CONNECTORS,
    GENERIC_NAME_WORDS,
    GENERIC_PLURALS,
    LOWERCASE_EVENT_HEADS,
    MONTH_NAMES,
    NATIONALITY_WORDS,
    NOT_ENTITIES,
    ORGANIZATION_LAST_WORDS,
    TERM_LAST_WORDS,
    TITLE_WORDS,
)
from generator.index.acronyms import (
    acronym_before,
    acronym_form,
    initials_forms,
    initials_heads,
    initials_of,
    spelled_acronyms,
    spelled_in_text,
    word_orders,
)
from generator.index.alias_splits import split_aliases
from generator.index.bodies import settle_bodies
from generator.index.casing import Casing, read_casing
from generator.index.companies import companies_by_short_name
from generator.index.doubts import Doubt, doubts_left, spelled_alike
from generator.index.earning import earn_pages
from generator.index.events import join_event_names
from generator.index.evidence import listed_place, read_evidence
from generator.index.forms import body_forms
from generator.index.kinds import a_description, chambers, rated_issuers, retype
from generator.index.mixes import joined_names, rate_names, seatless, signed_off, titled_people
from generator.index.names import (
    ACRONYM,
    Group,
    Weights,
    a_place,
    acronym_companies,
    acronyms_beside_companies,
    acronyms_inside,
    cities_of_states,
    common_lower,
    company_base,
    company_twins,
    country_bodies,
    cut_names,
    described_people,
    final,
    fold,
    full_names,
    given_name,
    initialled_companies,
    initials_beside_companies,
    is_acronym,
    longer_names,
    name_key,
    named_near,
    near_each_other,
    other_given_name,
    place_bodies,
    read_before,
    roles_run_into_people,
    title_words,
    two_names,
    usual_name,
    word_beginnings,
)
from generator.index.pieces import own_pieces
from generator.index.places import (
    city_states,
    names_of_their_time,
    rivers_of_states,
    split_states,
    straits,
    the_gulf,
)
from generator.index.variants import (
    join_variants,
    person_variants,
    shift_slips,
    short_bodies,
    variant_pairs_left,
)
from generator.model import ENTITY_TYPES, Article, Entity, entity_id, entity_type_of

_CAPITALS_WEIGHT = 0.25  # a name in a capitals headline says little about its type or form
_LEGAL_FORM_WEIGHT = 3.0  # "Inc", "Corp" say organization louder than a model's guess
_DATELINE_WEIGHT = 10.0  # a story's dateline names a place, over "a Milan banker" elsewhere
_DOMINANT = 2  # a candidate named in twice as many articles as all others together wins
_COMPANY = ORGANIZATION_LAST_WORDS
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_PLAIN_CAPITALS = re.compile(r"(?<![<\w.&])([A-Z][A-Z&]{1,5})(?![\w&>]|\.[A-Z])")
_CUE_WEIGHT = 2.0
_KIND_WEIGHT = 3.0  # "the site Politifact": the text says what it is, louder than "said it"
_ORGANIZATION_CUE = re.compile(
    r"(?:'s?)?\s+(?:said|says|reported|announced)\s+(?:it|its)\b"
    r"|'s?\s+(?:shares|stock|board|subsidiary|unit|chairman|president|shareholders)\b"
)
# a body's kind written right before its name: "the fact-checking site Politifact", "a new
# group called Black Votes Matter", "the daily Politiken", "Italy's export credit agency
# Mediocredito Centrale" (a publication's noun after an article or a possessive: "seven
# weekly Japan-Britain flights" are no weekly's)
_ORGANIZATION_BEFORE = re.compile(
    r"\b(?:group|organization|organisation|site|website|outlet|nonprofit|charity|coalition)"
    r"(?:\s+(?:called|named))?\s+\Z"
    r"|(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts)|'s)\s+(?:[\w-]+\s+){0,3}(?:"
    + "|".join(sorted(PUBLICATION_NOUNS))
    + r")\s+\Z"
)
# a company's part named between a company's "its" or "the" and the part's noun ("its
# Mountain Bell subsidiary", "the Mountain Bell board of directors"), and the angle brackets
# the wire sets round a company's name ("<Mountain Bell>")
_PART_BEFORE = re.compile(r"\b(?:its|the) \Z")
_PART_AFTER = re.compile(r" (?:" + "|".join(FIRM_PARTS) + r"|board of directors)\b")
_PERSON_CUE = re.compile(r",?\s+(?:said|says|told)\s+(?:he|she)\b|,\s+(?:who|whose)\s+he\b")
# "president of the Costa Rican Coffee Institute, said he": the phrase's head said it
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|at|with|from)(?: the)? $")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$")
_QUALIFIER = re.compile(r",\s+([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)")
# a town placed by the city or country it lies in: "Greenwich, near London", "Greenwich,
# south London", "the London borough of Greenwich"
_PLACED_NEAR = re.compile(
    r",\s+(?:near|outside|(?:north|south|east|west|central)(?:ern)?)\s+([A-Z][a-z]+)\b"
)
# after a state's name: a list goes on ("Chicago, Washington and Boston"), or the state is
# an item of its own ("Indianapolis, New York's Kennedy Airport")
_LIST_GOES_ON = re.compile(r",? (?:and|or|&) |, [A-Z]|,? (?:as well as|plus) |['’]s\b")
_PLACED_IN = re.compile(r"\b([A-Z][a-z]+) (?:borough|suburb|district) of \Z")
_BRACKETED = re.compile(r"<([A-Z](?:[A-Z&]{1,5}|[a-z]{1,3}[A-Z]{2,3}))(?:\.[A-Z]{1,3})?>")


def unify_entities(
    articles: list[Article], registry: Registry, doubts: list[Doubt] | None = None
) -> set[str]:
    """One entity, one page, across the archive: `JAPAN` is Japan and takes its name; U.S.,
    US and United States (Fed, Federal Reserve Board; Calif. and California) are one
    entity; legal forms (Inc, Corp, Ltd) and a leading "The" make no other name; an
    acronym is the name the archive spells it out as; a short name ("Apple") is the one
    company it begins; a surname alone is the full name that the archive makes
    unambiguous around its date; the type is voted over every mention, a legal form
    counting for more. Months, nationalities, plural nouns, fragments ("Bank of") and
    tickers are no entities. Registry entries keep their own id, name and type, and win
    any name they or their aliases hold. Rewrites the articles' entities (and quotations'
    speaker ids) in place; running it again changes nothing. Returns the ids that get no
    page of their own (the evidence cannot tell which of several things they are), and
    adds what the archive is unsure of to `doubts`."""
    registered: dict[str, RegistryEntry] = {}
    for entry in registry.entries:
        if entry.when:
            continue
        for name in (entry.name, *entry.aliases):
            registered.setdefault(name_key(name), entry)
    by_id = registry.by_id()
    splits = _splits(registry)
    groups: dict[str, Group] = {}
    spelled: dict[str, Counter[str]] = defaultdict(Counter)  # acronym key -> long name keys
    beside: dict[str, set[str]] = defaultdict(set)  # acronym key -> companies it begins
    dual = city_states(articles)  # "New York": a city and a state
    initialled: dict[str, Counter[str]] = defaultdict(Counter)  # "scherer" -> R.P. Scherer Inc
    for article in articles:
        day = article.date.toordinal() if article.date else None
        _split_by_context(article, splits)
        split_states(article, dual)
        names_of_their_time(article)
        the_gulf(article)
        straits(article)
        rivers_of_states(article)
        own_pieces(article)
        long_names: dict[str, str] = {}
        company_words = {  # "Kodak said" beside "Eastman Kodak Co": the company
            word
            for entity in article.entities
            if company_base(entity.name) != entity.name
            for word in company_base(entity.name).split()
        }
        for entity in article.entities:
            if not entity.mentions or entity.id in by_id:
                continue
            key = name_key(entity.name)
            group = groups.get(key) or groups.setdefault(key, Group(key))
            shouted = _shouted(entity.name)
            weight = len(entity.mentions) * (_CAPITALS_WEIGHT if shouted else 1.0)
            group.forms[entity.name] += weight
            group.types[entity.type] += weight
            group.articles += 1
            if company_base(entity.name) != entity.name:
                group.legal = True
                group.types["organization"] += _LEGAL_FORM_WEIGHT * weight
            _vote_by_context(group, article.text, entity)
            if article.place and name_key(article.place) == key:  # "Milan, April 8 -"
                group.types["place"] += _DATELINE_WEIGHT
            read_evidence(group, article, entity)
            if entity.type in ("organization", "place"):
                read_before(group, article.text, entity)
            if entity.type == "person" and entity.name in company_words:
                group.types["organization"] += _LEGAL_FORM_WEIGHT * weight
            if day is not None:
                group.dates.add(day)
            for mention in entity.mentions:  # "Central Intelligence Agency (CIA)"
                if ACRONYM.fullmatch(mention.text) and name_key(mention.text) != key:
                    spelled[name_key(mention.text)][key] += 2
                elif acronym := acronym_before(article.text, mention, entity.name):
                    spelled[name_key(acronym)][key] += 2
            if " " in entity.name and not acronym_form(entity.name):  # not "S and P"
                for initials in initials_forms(entity.name):
                    long_names.setdefault(initials, key)
        _speakers_cut(article, by_id)
        for quote in article.quotes:  # a speaker no mention links is a name too
            if quote.speaker and quote.speaker_id and quote.speaker_id not in by_id:
                key = name_key(quote.speaker)
                if key not in groups:
                    kind = entity_type_of(quote.speaker_id)
                    groups[key] = Group(key, Weights({quote.speaker: 1}), Weights({kind: 1}))
                if entity_type_of(quote.speaker_id) == "organization" and " " in quote.speaker:
                    # "the American Federation of Teachers calling her" ... "the AFT"
                    for initials in initials_forms(quote.speaker):
                        long_names.setdefault(initials, key)
        for entity in article.entities:  # the acronym beside its expansion
            if (short := acronym_form(entity.name)) and short in long_names:
                spelled[name_key(entity.name)][long_names[short]] += 1
            elif short and (long_name := spelled_in_text(article.text, short)):
                spelled[name_key(entity.name)][name_key(long_name)] += 1
        acronyms_beside_companies(article, beside)
        initials_beside_companies(article, initialled)
    for key, group in groups.items():
        group.days = sorted(group.dates)
        _decide(group, registered.get(key))
    casing = read_casing(articles)
    shift_slips(groups, casing.lower)
    retype(groups, casing.lower, casing.upper)
    chambers(groups)
    rated_issuers(groups)
    _junk(groups, articles, casing)
    _tenure(groups)
    two_names(groups)
    spelled_acronyms(groups, spelled)
    company_twins(groups)
    cities_of_states(groups, dual)
    _events_by_acronym(groups)
    join_event_names(groups)
    qualified = _qualifiers(articles, groups, by_id)
    surnames = full_names(groups)
    cut_names(groups)
    title_words(groups, casing.lower)
    companies_by_short_name(groups, surnames, casing.lower)
    acronym_companies(groups, beside)
    initialled_companies(groups, initialled)
    roles_run_into_people(groups)
    described_people(groups, surnames, casing.lower, casing.upper)
    _glued_descriptions(groups, casing)
    _truncated_bodies(groups)
    _ministries(groups)
    country_bodies(groups)
    place_bodies(groups)
    word_orders(groups)  # "Transportation Department", "Department of Transportation"
    initials_heads(groups)  # "DLJ Securities" is "Donaldson, Lufkin and Jenrette Securities"
    near = acronyms_inside(groups)  # "EC Commission" is "European Community Commission"
    word_beginnings(groups, casing.lower)
    _surname_first(groups, surnames)
    longer_names(groups, casing.lower)
    person_variants(groups, articles)  # after: a title run into a name finds its full name first
    short_bodies(groups, articles)
    body_forms(groups, articles, initials_forms, casing)  # "Tax Policy Center", "DHS", "Exxon"
    variants = join_variants(groups, articles, casing.lower + casing.upper, spelled, casing.lower)
    joined_names(groups)  # last: a piece's own short forms have found their names
    seatless(groups)
    earn_pages(groups, casing.lower, surnames)
    for group in groups.values():
        surname = name_key(group.name)  # "Sen. Sanders" is read as "Sanders"
        if group.type == "person" and " " not in group.name and surnames.get(surname):
            group.doubt = "a surname alone, of " + ", ".join(sorted(_names(surnames[surname])))
    titled_people(articles, groups)  # "President Ford's": no company's mention
    rate_names(articles, groups)  # "the Lombard rate": no town's mention
    signed_off(articles)  # "... renegotiated. REUTERS": no agency's mention
    for article in articles:
        _rewrite(article, groups, surnames, by_id)
        _qualify(article, qualified)
    settle_bodies(articles, groups, casing.lower, set(by_id))  # "Senate" of Italy
    declined = {g.id for g in groups.values() if g.doubt and not g.registered and not g.target}
    # "Manufacturers Hanover Ltd" of London, "Alberta"; not a page's piece that gets none
    split_aliases(articles, set(by_id) | declined)
    held = Counter(entity.id for article in articles for entity in article.entities)
    if doubts is not None:
        doubts.extend(doubts_left(groups, surnames, held, initials_of))
        pairs = variant_pairs_left(variants)
        pairs += [(a, b) for a, b in near if final(a) is not final(b)]
        doubts.extend(spelled_alike(a, b) for a, b in pairs if held[a.id] and held[b.id])
    return declined


def _speakers_cut(article: Article, registered: dict[str, RegistryEntry]) -> None:
    """A speaker of two words or more that no mention links and that ends a longer name
    of the article ("Financial Services" of "GMAC Financial Services said") is that name's
    entity (a surname alone is the index's to resolve); a piece of an event's or a place's
    name ("National Convention") speaks for no one, and links to no page."""
    linked = {entity.id for entity in article.entities if entity.mentions}
    for quote in article.quotes:
        speaker = quote.speaker or ""
        if (
            " " not in speaker
            or not quote.speaker_id
            or quote.speaker_id in registered
            or quote.speaker_id in linked
        ):
            continue
        whole = next(
            (e for e in article.entities if e.mentions and e.name.endswith(" " + speaker)), None
        )
        if whole is not None and whole.type in ("person", "organization"):
            quote.speaker_id, quote.speaker = whole.id, whole.name
        elif whole is not None:
            quote.speaker_id = None


def _vote_by_context(group: Group, text: str, entity: Entity) -> None:
    """The words around a mention vote for its kind, as a reader reads them: "said it",
    "its shares", "a group called", "<X>", "its X subsidiary" for an organization; "Mr",
    "said he" for a person (not after "of", "for", "at": "president of the Coffee
    Institute, said he" is the president); "in X" for a place."""
    for mention in entity.mentions:
        bracketed = text[mention.start - 1 : mention.start] + text[mention.end : mention.end + 1]
        if bracketed == "<>" or _ORGANIZATION_BEFORE.search(
            text[max(0, mention.start - 60) : mention.start]
        ):
            group.types["organization"] += _KIND_WEIGHT
        elif _ORGANIZATION_CUE.match(text, mention.end) or (
            _PART_AFTER.match(text, mention.end)
            and (
                entity.type == "person"  # no person has a unit ("Oil Co's Kennecott unit")
                or _PART_BEFORE.search(text, max(0, mention.start - 5), mention.start)
            )
        ):
            group.types["organization"] += _CUE_WEIGHT
        elif (
            _PERSON_CUE.match(text, mention.end)
            and not _OBJECT_BEFORE.search(text, max(0, mention.start - 9), mention.start)
        ) or _HONORIFIC_BEFORE.search(text, max(0, mention.start - 6), mention.start):
            group.types["person"] += _CUE_WEIGHT
        elif text[max(0, mention.start - 4) : mention.start] == " in ":
            group.types["place"] += _CUE_WEIGHT / 2


def _names(groups: list[Group]) -> set[str]:
    return {g.name for g in groups}


def _shouted(name: str) -> bool:
    return any(c.isalpha() for c in name) and name.upper() == name and not is_acronym(name)


def _decide(group: Group, entry: RegistryEntry | None) -> None:
    if entry is not None:
        group.name, group.type, group.id = entry.name, entry.type, entry.id
        group.registered = True
        return
    known = next(filter(None, map(usual_name, sorted(group.forms))), None)
    plain = {form: n for form, n in group.forms.items() if not _shouted(form)}
    if known is not None:
        group.name, group.type = known
    else:
        forms = plain or group.forms
        name = max(sorted(forms), key=lambda form: forms[form])
        group.name = name if plain else unshout(name)
        group.type = max(
            ENTITY_TYPES, key=lambda kind: (group.types[kind], -ENTITY_TYPES.index(kind))
        )
    group.id = entity_id(group.type, group.name)


def _junk(groups: dict[str, Group], articles: list[Article], casing: Casing) -> None:
    """Names that are no entity whatever the model said: a month, a nationality, a
    plural noun or other word the archive writes in lower case ("bankers said"), a
    fragment of generic words ("Bank of", "Co Ltd"), a party member ("Texas Democrat"),
    and a stock symbol the archive writes only in angle brackets (`<CKGH.HK>`, `<RtrSY>`)."""
    lower, upper = casing.lower, casing.upper
    bracketed: set[str] = set()
    for article in articles:
        bracketed.update(_BRACKETED.findall(article.text))
    plain = _plain_symbols(articles, bracketed)
    for group in groups.values():
        if group.registered or usual_name(group.name):
            continue
        words = [w.strip(".").casefold() for w in company_base(group.name).split()]
        word = words[0] if len(words) == 1 else ""
        if not words:
            group.junk = "a legal form alone"
        elif word in MONTH_NAMES:
            group.junk = "a month"
        elif group.name in NATIONALITY_WORDS or group.name.title() in NATIONALITY_WORDS:
            group.junk = "a nationality"
        elif group.name.endswith("s") and group.name[:-1] in NATIONALITY_WORDS:
            group.junk = "a nationality's people"  # "Soviets", "Americans"
        elif group.name in casing.terms:
            group.junk = "a term the archive spells out in lower case"  # "GDP", "EFP"
        elif _PLURAL_ACRONYM.fullmatch(group.name):
            group.junk = "a plural: a kind, not a thing"  # "PCBs", "MCAs"
        elif word in GENERIC_PLURALS or (
            word and not ACRONYM.fullmatch(group.name) and lower[word] >= 3 * max(upper[word], 1)
        ):
            group.junk = "a word the archive writes in lower case"
        elif all(w in GENERIC_NAME_WORDS or w in CONNECTORS for w in words):
            group.junk = "generic words, no name"
        elif word and group.opening == group.mentioned > 0:
            group.junk = "a common word only a headline or a sentence's start capitalises"
        elif (
            group.legal
            and word
            and not ACRONYM.fullmatch(company_base(group.name))
            and lower[word] >= max(upper[word], 3)
        ):
            group.junk = "the end of a company's name"  # "Power Co" of "Green Mountain ..."
        elif len(words) > 1 and words[-1] in TITLE_WORDS:
            group.junk = "a title, no name"  # "Nevada Sen."
        elif len(words) > 1 and group.name.split()[-1] in NOT_ENTITIES:
            group.junk = "a description"
        elif (
            len(words) > 1
            and words[-1] in TERM_LAST_WORDS
            and group.type != "person"
            and not group.legal
        ):
            group.junk = "a term, no body"  # "Gross National Product", "Value Added Tax"
        elif any(common_lower(w) for w in group.name.split()[1:]):
            group.junk = "a description"  # "Abilene investment firm", "Treasury and agency"
        elif group.type == "event" and _described(group.name, groups):
            group.junk = "a description"  # "the Venezuelan talks", "the London talks"
        elif group.name in bracketed and group.name not in plain:
            group.junk = "a stock symbol"


def _tenure(groups: dict[str, Group]) -> None:
    """A name a word of tenure opens ("Former Treasury" of "Former Treasury official C.
    Fred Bergsten", "Ex-Senate", "Acting Finance Ministry") is the name after the word:
    the entity of that name, or a person's name renamed; a body or place the archive does
    not name alone is no entity ("Former House" of "Former House speaker Newt Gingrich")."""
    for group in groups.values():
        if group.registered or group.junk or group.target or usual_name(group.name):
            continue
        first, _, rest = group.name.partition(" ")
        head, dash, glued = first.partition("-")
        if dash and glued[:1].isupper() and head.casefold() + "-" in TENURE_WORDS:
            rest = f"{glued} {rest}".strip()  # "Ex-Senate", "Then-Gov. Bush"
        elif not (rest and first.casefold() in TENURE_WORDS):
            continue
        found = groups.get(name_key(rest))
        if found is not None and found is not group and not found.junk:
            group.target = found
        elif group.type == "person" and " " in rest:
            group.name, group.id = rest, entity_id("person", rest)
        else:
            group.junk = "a word of tenure before a name, no name of its own"


def _described(name: str, groups: dict[str, Group]) -> bool:
    """An event named by a nationality or a place and a plain head ("Venezuelan talks",
    "London talks"): which talks, the words do not say."""
    *words, head = name.split()
    return bool(words) and head in LOWERCASE_EVENT_HEADS and all(a_place(w, groups) for w in words)


def _plain_symbols(articles: list[Article], symbols: set[str]) -> set[str]:
    """The symbols the archive also writes outside angle brackets (as names)."""
    found: set[str] = set()
    if symbols:
        for article in articles:
            found.update(w for w in _PLAIN_CAPITALS.findall(article.text) if w in symbols)
    return found


def _events_by_acronym(groups: dict[str, Group]) -> None:
    """ "ICO talks" are the "International Coffee Organization talks" when the archive
    spells ICO out."""
    for group in groups.values():
        first, _, rest = group.name.partition(" ")
        body = groups.get(name_key(first)) if group.type == "event" and rest else None
        if body is None or body.target is None or group.registered:
            continue
        long_form = groups.get(name_key(f"{final(body).name} {rest}"))
        if long_form is not None and long_form is not group and long_form.type == "event":
            group.target = long_form


def _qualifier(article: Article, entity: Entity) -> str:
    """The state or country a place's mention is qualified by ("MIDLAND, Texas"), or the
    listed place the text puts it in or near ("Greenwich, near London")."""
    text = article.text
    for mention in entity.mentions:
        inside = mention.text.partition(", ")[2].strip(" .")  # a dateline's "MIDLAND, Texas"
        match = _QUALIFIER.match(text, mention.end)
        after = match[1] if match else ""
        # in running text an abbreviation qualifies ("Midland, Mich."), a state's name
        # only where no list goes on after it ("Montgomery, Illinois for")
        listed = match is not None and _LIST_GOES_ON.match(text, match.end())
        state = us_state(inside) or (
            us_state(after) if us_state(after) != after or not listed else ""
        )
        if state:
            return state
        near = _PLACED_NEAR.match(text, mention.end) or _PLACED_IN.search(
            text, max(0, mention.start - 30), mention.start
        )
        if near and near[1] != entity.name and listed_place(near[1]):
            return us_state(near[1]) or near[1]
    return ""


def _qualifiers(
    articles: list[Article], groups: dict[str, Group], registered: dict[str, RegistryEntry]
) -> dict[str, Group]:
    """Towns that the archive qualifies with two US states ("MIDLAND, Mich.", "MIDLAND,
    Texas" in datelines, "Midland, Tex." in the text) are two places: id -> the group,
    marked unsure for articles that say neither."""
    seen: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for entity in article.entities:
            if entity.type != "place" or not entity.mentions or entity.id in registered:
                continue
            if usual_name(entity.name) is None:  # a town, not a country or a state
                qualifier = _qualifier(article, entity)
                if qualifier and qualifier != entity.name:
                    seen[name_key(entity.name)].add(qualifier)
    split: dict[str, Group] = {}
    for key, qualifiers in seen.items():
        group = groups.get(key)
        if group is not None and len(qualifiers) > 1 and not group.registered:
            group.doubt = "a place name qualified as " + " and as ".join(sorted(qualifiers))
            split[group.id] = group
    return split


def _qualify(article: Article, qualified: dict[str, Group]) -> None:
    if not qualified:
        return
    for entity in article.entities:
        if entity.id in qualified:
            qualifier = _qualifier(article, entity)
            if qualifier:
                entity.name = f"{qualified[entity.id].name}, {qualifier}"
                entity.id = entity_id("place", entity.name)


def _glued_descriptions(groups: dict[str, Group], casing: Casing) -> None:
    """A name the model ran a description into ("Washington-based Atlantic Council", "U.S.
    Carmaker General Motors") is the name after it: the words before it are a place or
    nationality with words the archive writes in lower case ("carmaker"), or end in
    "-based". It joins that name's entity; only "-based" is enough to rename alone. Where the
    archive also writes the name without its place, the name after the place is that one
    even when its first word is a common one: "British Land Rover Group" is Land Rover
    Group ("land" is a common word, and "Rover Group" another firm)."""
    prefixes: dict[Group, tuple[str, str]] = {}
    for group in groups.values():
        words = group.name.split()
        if len(words) < 2 or group.registered or group.junk or group.target:
            continue
        based = max(
            (i for i, w in enumerate(words[:-1]) if w.casefold().endswith("-based")), default=-1
        )
        if based >= 0:
            prefixes[group] = ("", " ".join(words[based + 1 :]))
            continue
        places = 0
        while places < len(words) - 1 and a_place(words[places], groups):
            places += 1
        if places and places < len(words) - 1 and words[places][:1].isupper():
            prefixes[group] = (words[places].casefold(), " ".join(words[places + 1 :]))
        elif (
            places == len(words) - 1
            and words[places - 1].endswith(".")
            and not group.legal
            and words[-1] not in ner.company_words()
        ):
            prefixes[group] = (words[-1].casefold(), "")  # "U.S. Officials said"
    if not prefixes:
        return
    lower, upper = casing.lower, casing.upper
    for group, (word, rest) in prefixes.items():
        if word and lower[word] < max(2, 2 * upper[word]):
            continue  # "U.S. Steel", "West German Chemical ...": a name's own word
        if rest and not company_base(rest):
            continue  # "Ashland Oil Inc": the rest is a legal form, no name
        target = groups.get(name_key(rest)) if rest else None
        if target is not None and fold(target.name) in ORGANIZATION_LAST_WORDS | GENERIC_NAME_WORDS:
            target = None  # "U.S. Wheat Associates" is no "Associates": unsure, no page
        whole = groups.get(name_key(f"{word} {rest}")) if target and word else None
        if whole is not None and whole is not group and not whole.junk:
            target = whole  # "British Land Rover Group" is Land Rover Group, no "Rover Group"
        if not rest:  # the copy capitalised the word after the abbreviation
            group.junk = "a place and a common word"
        elif target is not None and not target.junk and target is not group:
            group.target = target
        elif not word and target is None:
            group.name = rest  # "Washington-based Atlantic Council": the council
            group.id = entity_id(group.type, rest)
        elif a_description(word, rest, group.type):
            group.doubt = "a description run into a name"


def _truncated_bodies(groups: dict[str, Group]) -> None:
    """An organization's name that ends in a generic word ("Chicago Board") and begins
    the longer names of other bodies ("Chicago Board of Trade", "Chicago Board Options
    Exchange") is the one it begins, or, when it begins several, none of them; not when it
    is a known name or named in more articles than one of them ("Securities and Exchange
    Commission" beside a run-on "Securities and Exchange Commission Robertson")."""
    starts: dict[str, list[Group]] = defaultdict(list)
    for group in groups.values():
        words = fold(group.name).split()
        if group.type == "organization" and not group.junk and len(words) > 2:
            for size in range(2, len(words)):
                starts[" ".join(words[:size])].append(group)
    for group in groups.values():
        words = fold(group.name).split()
        if (
            group.type != "organization"
            or group.registered
            or group.junk
            or group.target
            or group.legal
            or len(words) < 2
            or words[-1] not in GENERIC_NAME_WORDS
        ):
            continue
        longer = {final(g).id: final(g) for g in starts.get(" ".join(words), []) if g is not group}
        if usual_name(group.name) or any(g.articles < group.articles for g in longer.values()):
            continue  # "Securities and Exchange Commission Robertson": a name run on
        if len(longer) == 1:
            group.target = next(iter(longer.values()))
        elif longer:
            group.doubt = "the start of several bodies' names: " + ", ".join(
                sorted(g.name for g in longer.values())[:4]
            )


def _ministries(groups: dict[str, Group]) -> None:
    """ "Labour Ministry", "Ministry of Finance": every country has one, and a name without
    a country says not which; no page unless the editor's registry names it (a longer name,
    "Ministry of International Trade and Industry", is one body). So too a "District
    Court" whose district the name leaves out, a body named by generic words alone, and a
    country's court or bank that the name leaves unnamed."""
    for group in groups.values():
        words = group.name.split()
        if (
            group.type == "organization"
            and not group.registered
            and not group.target
            and any(w.casefold() == "ministry" for w in words)
            and len([w for w in words if w.casefold() not in CONNECTORS]) == 2
            and not any(a_place(w, groups) for w in words)
        ):
            group.doubt = "a ministry of no named country"
        elif fold(group.name).endswith("district court") and not group.registered:
            group.doubt = "a district court of no named district"
        elif _generic_body(group, groups):
            group.doubt = "a body of no named country"  # "Reserve Bank", "Stock Exchange"
        elif _one_of_many(group):
            group.doubt = "one of a country's many courts, banks or groups"  # "U.K. Court"


def _one_of_many(group: Group) -> bool:
    """A country and a body a country has many of ("U.K. Court", "U.S. Bank"): which one,
    the name says not."""
    words = group.name.split()
    return (
        group.type == "organization"
        and len(words) == 2
        and is_country(words[0])
        and words[1].casefold() in MANY_PER_COUNTRY
        and not (group.registered or group.target or group.junk or group.legal)
        and usual_name(group.name) is None
    )


def _generic_body(group: Group, groups: dict[str, Group]) -> bool:
    """A two-word body named by a body's word and a common word alone ("Reserve Bank",
    "National Bank", "Stock Exchange"): many countries have one, and the name says not
    whose."""
    words = fold(group.name).split()
    common = ner.resources()[1]
    return (
        group.type == "organization"
        and len(words) == 2
        and words[-1] in GENERIC_NAME_WORDS
        and all(w in GENERIC_NAME_WORDS or w in common for w in words)
        and not (group.registered or group.target or group.junk or group.legal)
        and not usual_name(group.name)
        and not any(a_place(w, groups) for w in group.name.split())
    )


def _surname_first(groups: dict[str, Group], surnames: dict[str, list[Group]]) -> None:
    """A lone word that is no one's surname and no given name, but begins one two-word
    person's name, is that person named surname first ("Deng" ... "Deng Xiaoping"); not
    after a peer's title, which a surname takes ("Lord Barber" is not Barber Conable)."""
    firsts: dict[str, list[Group]] = defaultdict(list)
    for group in groups.values():
        words = group.name.split()  # "Li Ka-shing": a hyphenated given name is one word
        if group.type == "person" and len(words) == 2 and not group.junk and not group.target:
            firsts[name_key(words[0])].append(group)
    for group in groups.values():
        if (
            group.type != "person"
            or " " in group.name
            or group.registered
            or group.junk
            or group.target
            or surnames.get(group.key)
            or given_name(group.name)
            or group.peered
        ):
            continue
        found = firsts.get(group.key, [])
        if len(found) == 1 and near_each_other(found[0], group):
            group.target = found[0]


def _surname_of(near: list[Group]) -> Group | None:
    """The one person of that surname around the date (the forms of one name count as
    one), or the one named in twice as many articles as all the others together."""
    people: dict[str, Group] = {}
    named: Counter[str] = Counter()  # "Donald Trump", "Donald J. Trump": one person's articles
    for group in near:
        people[final(group).id] = final(group)
        named[final(group).id] += group.articles
    if len(people) == 1:
        return next(iter(people.values()))
    ranked = sorted(people, key=lambda i: (-named[i], i))
    if ranked and named[ranked[0]] >= _DOMINANT * sum(named[i] for i in ranked[1:]):
        return people[ranked[0]]
    return None


def _rewrite(
    article: Article,
    groups: dict[str, Group],
    surnames: dict[str, list[Group]],
    registered: dict[str, RegistryEntry],
) -> None:
    day = article.date.toordinal() if article.date else None

    def person(key: str, group: Group) -> Group:
        """A surname alone is the one full name the archive gives around the date."""
        if group.type != "person" or " " in group.name:
            return group
        near = [g for g in surnames.get(key, []) if day is None or named_near(g.days, day)]
        found = _surname_of(near)
        return final(found) if found is not None else group

    merged: dict[str, Entity] = {}
    renamed: dict[str, str] = {}
    dropped: set[str] = set()
    for entity in article.entities:
        if not entity.mentions or entity.id in registered:
            merged.setdefault(entity.id, entity)
            continue
        key = name_key(entity.name)
        group = final(groups[key])
        if group.junk:
            dropped.add(entity.id)
            continue
        if " " not in group.name:  # "Sanders", or "Sen. Sanders" read as the surname alone
            found = person(name_key(group.name), group)
            group = group if other_given_name(article.text, entity, found) else found
        renamed[entity.id] = group.id
        entity.id, entity.name, entity.type = group.id, group.name, group.type
        if entity.id in merged:  # two forms of one name in one article: one entity
            kept = merged[entity.id]
            kept.mentions = sorted([*kept.mentions, *entity.mentions], key=lambda m: m.start)
            kept.roles += [role for role in entity.roles if role not in kept.roles]
            kept.rank = kept.rank or entity.rank
        else:
            merged[entity.id] = entity
    article.entities = list(merged.values())
    names = {entity.id: entity.name for entity in article.entities}
    for quote in article.quotes:
        if quote.speaker_id and quote.speaker_id not in registered:
            if quote.speaker_id in dropped:  # "bankers said": no one to link
                quote.speaker_id = None
                continue
            key = name_key(quote.speaker or "")
            said_by = final(groups[key]) if key in groups else None
            if said_by is not None and quote.speaker_id not in renamed:  # "Deng said"
                said_by = person(key, said_by)
            if said_by is not None and said_by.junk:
                quote.speaker_id = None
                continue
            speaker_id = renamed.get(quote.speaker_id) or (said_by.id if said_by else None)
            quote.speaker_id = speaker_id or quote.speaker_id
            # the page of a speaker no mention links is titled with the quote's speaker
            speaker = quote.speaker or ""
            shown = unshout(speaker) if _shouted(speaker) else quote.speaker
            quote.speaker = names.get(quote.speaker_id) or (said_by.name if said_by else shown)


def _splits(registry: Registry) -> dict[str, list[RegistryEntry]]:
    """Name key -> the entries that name it only where their context words appear."""
    found: dict[str, list[RegistryEntry]] = defaultdict(list)
    for entry in registry.entries:
        if entry.when:
            for name in entry.aliases:
                found[name_key(name)].append(entry)
    return found


def _split_by_context(article: Article, splits: dict[str, list[RegistryEntry]]) -> None:
    """ "Midland" is the registry's "Midland, Texas" in an article that says Texas."""
    if not splits:
        return
    for entity in article.entities:
        entries = splits.get(name_key(entity.name)) if entity.mentions else None
        for entry in entries or []:
            if any(_says(article.text, word) for word in entry.when):
                entity.id, entity.name, entity.type = entry.id, entry.name, entry.type
                break


@functools.lru_cache(maxsize=1024)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")


def _says(text: str, word: str) -> bool:
    return _word_pattern(word).search(text) is not None
