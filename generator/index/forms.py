"""The short forms of a body's name that modern news writes beside the full one: the end
of the name ("Tax Policy Center" of "Urban-Brookings Tax Policy Center", "The Journal" of
"The Wall Street Journal"), its initials ("DHS"), its first word ("Exxon" of "Exxon
Mobil") or all but a body's head word ("Fox Business" of "Fox Business Network"), the
name without its kind ("Miami-Dade" of "Miami-Dade County") and a body's product named
after it ("USA TODAY/Suffolk University Poll").

The model reads each story alone, and a story that names a body in full and then short
gives two names; the index, with every story, joins them where the stories that use the
short form write the full one too. A name the model glued or cut ("FBI and Justice
Department", "Internal Trump University") must not become the body's name: the full name
is never a glued one, and is named in as many stories as the short one at least.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable

from generator.annotate.entities.aliases import is_country
from generator.annotate.entity_words import SAME_COMPANY_WORDS, STANDING_WORDS
from generator.annotate.words import (
    CONNECTORS,
    GENERIC_NAME_WORDS,
    NAME_PARTICLES,
    NATIONALITY_WORDS,
    ORG_SYNONYMS,
    ORGANIZATION_HEADS,
    ORGANIZATION_LAST_WORDS,
    PLACE_LAST_WORDS,
)
from generator.index.casing import Casing
from generator.index.evidence import PROVINCE, listed_place, subdivisions
from generator.index.names import (
    ACRONYM,
    Group,
    final,
    first_name,
    fold,
    name_key,
    usual_name,
)
from generator.model import Article, entity_id

_GLUE = re.compile(r"\s(?:and|&)\s|/")  # "FBI and Justice Department", "NBC/Wall Street Journal"
_POLL_WORDS = frozenset({"poll"})
_WORDS = re.compile(r"[\s/]+")  # "NBC/Wall Street Journal": two names
_MARKS = ".,;:!?\"'“”‘’()[]"
_GIVEN = re.compile(r"(?<![\w.])([A-Z][a-z]+) $")  # "Laura " before "Ingraham"
_POSSESSED = re.compile(r"['’]s ([A-Z][a-z]+)\b")  # "'s College" after "St. Anselm"
_ARTICLES = frozenset({"The", "A", "An"})  # a pollster's poll: "USA TODAY/Suffolk University Poll"


def body_forms(
    groups: dict[str, Group],
    articles: list[Article],
    initials: Callable[[str], set[str]],
    casing: Casing,
) -> None:
    """Join each short form of a body's name to the body (see the module's docstring):
    the short form's stories must write one full name only, in half of them or more, and
    no story may run the short form into another name ("New York Post" beside "The Post"
    and "The Washington Post"); a company's first word must begin no other company's name
    in the archive."""
    _provinces(groups)
    _described(groups)
    stories: dict[str, list[str]] = defaultdict(list)  # name key -> its stories' texts
    for article in articles:
        for key in {name_key(e.name) for e in article.entities if e.mentions}:
            stories[key].append(article.text)
    bodies = [g for g in groups.values() if g.type == "organization" and not (g.junk or g.target)]
    ends: dict[str, list[Group]] = defaultdict(list)  # "tax policy center" -> longer names
    starts: dict[str, list[Group]] = defaultdict(list)  # "exxon" -> "Exxon Mobil"
    spelled: dict[str, list[Group]] = defaultdict(list)  # "DHS" -> its long names
    for group in bodies:
        words = group.name.split()
        if _GLUE.search(group.name):
            continue
        for size in range(1, len(words)):
            if _adds_a_name(words[:-size], words[-size:], casing):
                ends[fold(" ".join(words[-size:]))].append(group)
        if len(words) == 2 and _names_one(words[1], casing):
            starts[fold(words[0])].append(group)
        if len(words) > 2 and words[-1].casefold() in ORGANIZATION_HEADS:
            starts[fold(" ".join(words[:-1]))].append(group)  # "Fox Business Network"
        if len(words) > 2:
            for form in initials(group.name):
                spelled[form].append(group)
    for group in groups.values():  # "Miami-Dade County"
        words = fold(group.name).split()
        placed = group.type == "place" and not (group.junk or group.target)
        if placed and len(words) > 1 and words[-1] in PLACE_LAST_WORDS:
            starts[" ".join(words[:-1])].append(group)
    named_bodies: dict[str, list[Group]] = defaultdict(list)  # "noah" -> "Trevor Noah"
    surnames = {  # a surname some person's full name has: resolution's to resolve
        name_key(g.name.split()[-1])
        for g in groups.values()
        if g.type == "person" and " " in g.name and not g.junk
    }
    for group in bodies:
        given, _, surname = group.name.partition(" ")
        if surname and " " not in surname and first_name(given) and _a_person(group):
            named_bodies[name_key(surname)].append(group)
    for group in groups.values():
        if group.type == "person" and " " not in group.name and not _settled(group):
            found = [] if group.key in surnames else named_bodies.get(group.key, [])
            person = _person_as_body(found, stories.get(group.key, []))
            if person is not None:
                person.type, person.id = "person", entity_id("person", person.name)
                group.target = person
        if _settled(group) or group.type not in ("organization", "place"):
            continue
        words = fold(group.name).split()
        whole = " ".join(words)
        texts = stories.get(group.key, [])
        if group.type == "place":
            found, runs = [], False
        elif ACRONYM.fullmatch(group.name):
            found, runs = spelled.get(group.name, []), False
        elif len(words) > 1 and words[-1] in _POLL_WORDS:
            found, runs = [g for g in bodies if fold(g.name) == " ".join(words[:-1])], False
        else:
            found, runs = ends.get(whole, []), True
            first = starts.get(whole, []) if not listed_place(group.name) else []
            if len({final(g).id for g in first}) == 1:  # two companies it begins: neither
                found = found + first
        body = _written_beside(group, found, texts, runs) or _cut(group, groups, texts)
        if body is None and ACRONYM.fullmatch(group.name):
            body = _spelled_out(group, found)
        if body is not None:
            group.target = body


def _spelled_out(group: Group, found: list[Group]) -> Group | None:
    """An acronym of four letters or more that no story spells out is the one body the
    archive names by a name of three words or more whose initials it is ("ACLU" of
    "American Civil Liberties Union", "FEMA"). Three letters are the initials of too
    many names ("NEA": the National Education Association, the National Endowment for
    the Arts), and two bodies with the letters leave it alone."""
    bodies = {final(g).id: final(g) for g in found}
    if len(group.name) < 4 or not group.name.isalpha() or len(bodies) != 1:
        return None
    return next(iter(bodies.values()))


def _provinces(groups: dict[str, Group]) -> None:
    """ "Guangdong Province" is Guangdong, a province the subdivisions list: one place,
    named as the archive names it in more stories."""
    for group in list(groups.values()):
        short = PROVINCE.sub("", group.name)
        if group.type != "place" or short == group.name or short not in subdivisions():
            continue
        other = groups.get(name_key(short))
        if other is None or other.type != "place" or _settled(group) or _settled(other):
            continue
        lesser, greater = sorted((group, other), key=lambda g: (g.articles, g is other))
        if final(greater) is not lesser:
            lesser.target = final(greater)


def _a_person(group: Group) -> bool:
    """A body's name that may be a person's the model misread ("Trevor Noah"): no legal
    form, nothing it does as a body ("said it", its shares), nor a body's word."""
    return not (
        group.legal
        or group.organization_cues
        or group.its
        or group.formed
        or any(_body_word(w) for w in group.name.split())
    )


def _person_as_body(found: list[Group], texts: list[str]) -> Group | None:
    """The one "Given Surname" body that the stories of a surname alone write ("A
    flabbergasted Noah" beside "'Daily Show' host Trevor Noah", read as an organization):
    that person."""
    whole = {g.id: g for g in found if any(_written(t, g.name) for t in texts)}
    return next(iter(whole.values())) if len(whole) == 1 else None


def _described(groups: dict[str, Group]) -> None:
    """A name whose first word describes a place or a body the archive names without it
    is that one: a country before a place of two words or more ("U.K. North Sea", the
    British sector of the North Sea), a body's standing ("Opposition Labour Party"), the
    US's level of government before a body the alias table knows ("Federal Environmental
    Protection Agency"). Not a country before a body: the "U.K. Treasury" is another
    treasury (`names.country_bodies` weighs those); nor a listed place ("British Virgin
    Islands") or a body's kind alone ("Opposition Party")."""
    for group in list(groups.values()):
        first, _, rest = group.name.partition(" ")
        other = groups.get(name_key(rest)) if rest and not _settled(group) else None
        if other is None or final(other) is group or final(other).junk:
            continue
        if group.type == "place":
            described = (
                (is_country(first) or first in NATIONALITY_WORDS)
                and " " in rest
                and not is_country(rest)
                and not listed_place(group.name)
            )
        else:
            known = usual_name(rest)
            described = group.type == "organization" and (
                (first.casefold() in STANDING_WORDS and not _body_word(rest))
                or (first.casefold() == "federal" and known is not None and known[1] == group.type)
            )
        if described and final(other).type == group.type:
            group.target = final(other)


def _cut(group: Group, groups: dict[str, Group], texts: list[str]) -> Group | None:
    """The name a body's or place's short form is cut from, in half its occurrences or
    more: a person's given name before it ("The Laura Ingraham Show", "told Ingraham": Laura
    Ingraham), or a possessive and a body's word after it ("St. Anselm's College": St.
    Anselm College); never a name a listed place holds ("at Dartmouth")."""
    if len(group.name.split()) > 2 or listed_place(group.name):
        return None
    whole: dict[str, Group] = {}
    cut = seen = 0
    for text in texts:
        for form in group.forms:
            for match in _pattern(form).finditer(text):
                seen += 1
                given = _GIVEN.search(text, max(0, match.start() - 40), match.start())
                after = _POSSESSED.match(text, match.end())
                if given and first_name(given[1]):
                    longer = groups.get(name_key(f"{given[1]} {form}"))
                    kinds: tuple[str, ...] = ("person",)
                elif after:
                    longer = groups.get(name_key(f"{form} {after[1]}"))
                    kinds = ("organization",)
                else:
                    continue
                if longer is not None and final(longer).type in kinds:
                    whole[final(longer).id] = final(longer)
                    cut += 1
    body = next(iter(whole.values()), None)
    if len(whole) != 1 or body is None or body is group or body.junk or cut * 2 < seen:
        return None
    return body


def _settled(group: Group) -> bool:
    return bool(
        group.registered
        or group.junk
        or group.target
        or group.legal
        or group.doubt
        or usual_name(group.name)
    )


def _named(word: str, casing: Casing) -> bool:
    """A word a longer name adds that can be the name's own, not a description the model
    glued to it ("Addressing", "Internal", "American", "275-acre"): the archive writes it
    capitalised as often as in lower case, or it is a body's word ("Department of")."""
    folded = word.casefold()
    if folded in CONNECTORS or folded in GENERIC_NAME_WORDS or folded in ORGANIZATION_LAST_WORDS:
        return True
    return not (
        any(c.isdigit() for c in word)
        or word in NATIONALITY_WORDS
        or casing.lower[folded] >= 2 * max(casing.upper[folded], 1)
    )


def _adds_a_name(extra: list[str], short: list[str], casing: Casing) -> bool:
    """Whether the words a longer name adds before a short one make the same body's full
    name ("Urban-Brookings" Tax Policy Center, "Department of" Homeland Security), not
    another body of that kind ("Central" Bank of Ceylon beside the Bank of Ceylon): words
    of a body's kind only when the short name has none, and none before a group's name."""
    if short[-1].casefold() in SAME_COMPANY_WORDS:
        return False  # "Austin Rover Group", a unit of the "Rover Group"
    headed = any(_body_word(w) for w in short)
    return all(_named(w, casing) and not (headed and _body_word(w)) for w in extra)


def _body_word(word: str) -> bool:
    folded = word.casefold()
    return folded in GENERIC_NAME_WORDS or folded in ORGANIZATION_LAST_WORDS


def _names_one(word: str, casing: Casing) -> bool:
    """A second word that names the company ("Mobil" of "Exxon Mobil") or says the whole
    company ("Rover Group"), not a unit's kind or a paper a company may own beside its own
    name ("Exxon Chemical", "Fox News"), nor a body's kind or a place's."""
    folded = word.casefold()
    if folded in SAME_COMPANY_WORDS:
        return True
    return _named(word, casing) and not (
        folded in ORGANIZATION_LAST_WORDS
        or folded in GENERIC_NAME_WORDS
        or folded in ORG_SYNONYMS["newspaper"]
        or folded in PLACE_LAST_WORDS
    )


def _written_beside(group: Group, found: list[Group], texts: list[str], runs: bool) -> Group | None:
    """The one full name that the stories of a short form write, in half of them or more,
    named in as many stories as the short form at least; None when they write two, or
    (`runs`) when a story runs the short form into a name that is not the full one."""
    found = [g for g in found if g.articles >= group.articles and final(g) is not group]
    written: dict[str, Group] = {}
    beside = 0
    for text in texts:
        here = {final(g).id: final(g) for g in found if _written(text, g.name)}
        written |= here
        beside += bool(here)
    body = next(iter(written.values()), None)
    if len(written) != 1 or body is None or body.junk or beside * 2 < len(texts):
        return None
    names = [fold(g.name).split() for g in found if final(g) is body]
    short = fold(group.name).split()
    if runs and any(_runs_into(t, form, short, names) for t in texts for form in group.forms):
        return None
    return body


def _runs_into(text: str, form: str, short: list[str], names: list[list[str]]) -> bool:
    """Whether the text runs the short form into a name none of the full ones is: a
    capitalised word next to it that is not the rest of a full name ("New York Post" when
    the full name is "Washington Post")."""
    for match in _pattern(form).finditer(text):
        before = _WORDS.split(text[max(0, match.start() - 60) : match.start()])
        after = _WORDS.split(text[match.end() : match.end() + 60])
        if not any(_fits(before, after, short, name) for name in names):
            return True
    return False


def _fits(before: list[str], after: list[str], short: list[str], name: list[str]) -> bool:
    """Whether the words next to one mention of a short form are the rest of the full name
    (its beginning before the mention, its end after it), or no name's words: a word in
    lower case, "The", or another clause."""
    at_end = name[-len(short) :] == short
    rest = name[: -len(short)][::-1] if at_end else name[len(short) :]
    words = before[::-1] if at_end else after
    if words[0]:  # "(Journal", "Exxon's": nothing runs into it on that side
        return True
    at = 0
    for word, next_word in zip(words[1:], [*words[2:], ""], strict=True):
        bare = word.strip(_MARKS)
        if at_end and word.rstrip(_MARKS) != word:
            return True  # "Indianapolis. The Post": the word ends another clause
        if at >= len(rest) or not bare:
            return True  # the whole name, or a longer one holding it
        parts = fold(bare).split()  # "Urban-Brookings": two words of the name
        parts = parts[::-1] if at_end else parts
        if parts != rest[at : at + len(parts)]:  # "Cie du Midi" is no "Cie Generale"
            joins = bare.casefold() in NAME_PARTICLES or bare in ("of", "for")
            named = bare[:1].isupper() or (joins and next_word[:1].isupper())
            return not named or bare in _ARTICLES
        at += len(parts)
        if not at_end and bare != word:
            return True  # "Exxon Mobil's"
    return True


@functools.lru_cache(maxsize=4096)
def _pattern(name: str, folded: bool = False) -> re.Pattern[str]:
    flags = re.IGNORECASE if folded else 0
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", flags)


def _written(text: str, name: str) -> bool:
    """Whether the text writes the name, in any case ("Department Of Homeland Security"
    in a title)."""
    return _pattern(name, True).search(text) is not None
