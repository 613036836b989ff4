"""Legal forms that name another company than the page's: the name key drops a company's
legal form ("Sears Plc" and "Sears" share one key), which joins two companies whose forms
say they are two.

- A form of another law is another company: "Manufacturers Hanover Ltd", the London bank,
  is not "Manufacturers Hanover Corp" of New York, nor "General Electric Co Plc" the
  American "General Electric Co" (`entity_words.LEGAL_FORM_LAWS`).
- A person's name with a legal form is the person's firm: "Ivan F. Boesky and Co LP" is
  the partnership, not Ivan F. Boesky.
- A company a story calls "its own ... subsidiary" is the unit: "Morgan Keegan Inc ... its
  own Morgan Keegan and Co Inc subsidiary" are two companies; so are "Commercial Credit
  Co" and "its Canadian vehicle leasing unit, Commercial Credit Corp Ltd".
- A company whose British or continental form a foreign exchange's ticker follows ("Sears
  Plc <SEHL.L>", "General Electric Co Plc <GECL.L>") is not the namesake an American
  ticker of other letters follows ("SEARS <S>", "General Electric <GE>"): a company's
  American listing takes its home ticker's letters ("Jaguar Plc <JAGR.L>", "JAGUAR
  <JAGRY>"; "BP" for "BP.L").

Such mentions leave the page for a company of their own name, once the names are resolved
(`alias_splits.split_aliases` calls `split_legal_forms`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

import pycountry

from generator.annotate.entities.aliases import unshout
from generator.annotate.entity_words import CANADIAN_DATELINES, FIRM_PARTS, LEGAL_FORM_LAWS
from generator.index.bodies import move_to_bodies
from generator.index.names import company_base
from generator.model import Article, Entity, Mention

# "Co Ltd", "Corp Ltd": one form that any law's companies take ("Honda Motor Co Ltd")
_ANY_LAW_BEFORE_LTD = frozenset(("co", "corp", "company", "corporation"))
# the words a firm's name ends in that no person's name has
_FIRM_ENDINGS = frozenset(("co", "cos", "company", "lp", "llp", *LEGAL_FORM_LAWS))
_AMERICAN = LEGAL_FORM_LAWS["inc"]
_OWN_BEFORE = re.compile(r"\bits (?:own )?\Z")
_PART_AFTER = re.compile(r" (?:" + "|".join(sorted(FIRM_PARTS)) + r")\b")
# a unit's name in apposition: "its Canadian vehicle leasing unit, Commercial Credit Corp Ltd"
_PART_BEFORE = re.compile(r"\bits (?:[\w-]+ ){0,4}(?:" + "|".join(sorted(FIRM_PARTS)) + r"), \Z")
_TICKER_AFTER = re.compile(r",? <([A-Z][A-Z.]*)>")
# the forms of companies that list at home abroad ("Plc", "AG", "NV"), not a form Canada's
# companies write too ("Ltd")
_LISTED_FORMS = frozenset(
    ("plc", *(form for form, kind in LEGAL_FORM_LAWS.items() if kind == "continental"))
)


def split_legal_forms(articles: list[Article], registered: set[str]) -> None:
    """Give each mention whose legal form names another company than its page's to a
    company of its own name (see the module's docstring). Running it again changes
    nothing."""
    for article in articles:
        for entity in list(article.entities):
            if entity.id in registered or not entity.mentions:
                continue
            if entity.type == "person":
                _move(article, entity, [m for m in entity.mentions if _a_firm(m.text)])
            elif entity.type == "organization":
                _move(article, entity, _own_units(article.text, entity))
    _other_laws(articles, registered)
    _listed_abroad(articles, registered)


def law(name: str, canadian: bool = False) -> str:
    """The law whose legal form ends the name ("american" for "Inc", "british" for
    "Plc"), "" for a name without one or with a form any law's companies take. A story of
    Canada, whose companies write "Inc", "Corp" and "Ltd" alike ("Nesbitt Thomson Deacon
    Inc", "... Ltd"), says no law by "Ltd"."""
    words = name.replace(".", " ").replace(",", " ").casefold().split()
    if len(words) < 2:
        return ""
    if words[-1] in ("ltd", "limited") and (canadian or words[-2] in _ANY_LAW_BEFORE_LTD):
        return ""
    return LEGAL_FORM_LAWS.get(words[-1], "")


@functools.cache
def _canadian_words() -> re.Pattern[str]:
    """Canada, its people's word, its provinces' and its dateline cities' names, as words."""
    provinces = [s.name for s in pycountry.subdivisions.get(country_code="CA") or []]
    words = ("Canada", "Canadian", *provinces, *CANADIAN_DATELINES)
    words = (*words, *(word.upper() for word in words))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")\b")


def _a_firm(text: str) -> bool:
    """ "Ivan F. Boesky and Co LP": a name that a firm's legal form ends."""
    base = company_base(text)
    cut = text[len(base) :].replace(".", " ").replace(",", " ").casefold().split()
    return bool(base) and base != text and any(word in _FIRM_ENDINGS for word in cut)


def _own_units(text: str, entity: Entity) -> list[Mention]:
    """The mentions written "its own <name> subsidiary" or "its Canadian leasing unit,
    <name>" where the entity's other mentions
    write the name with another legal form: the unit, not the company that owns it (a unit
    named alone elsewhere in the story, "its ROLM Corp subsidiary ... ROLM said", stays)."""
    units = [
        m
        for m in entity.mentions
        if (
            _OWN_BEFORE.search(text, max(0, m.start - 8), m.start)
            and _PART_AFTER.match(text, m.end)
            or _PART_BEFORE.search(text, max(0, m.start - 70), m.start)
        )
        and company_base(m.text) != m.text
    ]
    formed = {
        m.text.casefold()
        for m in entity.mentions
        if m not in units and company_base(m.text) != m.text
    }
    return [m for m in units if formed and m.text.casefold() not in formed]


def _other_laws(articles: list[Article], registered: set[str]) -> None:
    """Move the mentions with a legal form of a law other than the page's home law: the
    law of its name's form, else the one its mentions' forms take in more articles than
    all others together. A story that writes no form of the home law gives the other
    company its short mentions too ("Sears Plc ... Sears said"). Only an American form
    against another says two companies: the Old World's forms among themselves stay
    joined ("Unilever NV" and "Unilever Plc", one group's twin companies)."""
    found: dict[str, list[tuple[Article, Entity, bool]]] = defaultdict(list)
    laws: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        canadian = bool(_canadian_words().search(article.text))
        for entity in article.entities:
            if entity.type != "organization" or entity.id in registered:
                continue
            found[entity.id].append((article, entity, canadian))
            laws[entity.id].update({law(m.text, canadian) for m in entity.mentions} - {""})
    for key, written in laws.items():
        if len(written) < 2 or _AMERICAN not in written:
            continue
        home = law(found[key][0][1].name) or _dominant(written)
        if not home:
            continue
        for article, entity, canadian in found[key]:
            told = {law(m.text, canadian) for m in entity.mentions}
            other = told - {"", home}
            if home != _AMERICAN:  # a continental page's British form stays
                other &= {_AMERICAN}
            if not other:
                continue
            homeless = home not in told and len(other) == 1
            moved = [m for m in entity.mentions if homeless or law(m.text, canadian) in other]
            _move(article, entity, moved)


def _listed_abroad(articles: list[Article], registered: set[str]) -> None:
    """Move the mentions a foreign exchange's ticker follows, with a British or a
    continental form ("Sears Plc <SEHL.L>"), off a page whose mentions an American ticker
    of other letters follows ("SEARS <S>"); a story that writes no American form nor
    ticker gives that company its short mentions too (see the module's docstring)."""
    found: dict[str, list[tuple[Article, Entity]]] = defaultdict(list)
    american: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for entity in article.entities:
            if entity.type != "organization" or entity.id in registered:
                continue
            found[entity.id].append((article, entity))
            for m in entity.mentions:
                ticker = _TICKER_AFTER.match(article.text, m.end)
                if ticker and "." not in ticker[1]:
                    american[entity.id].add(ticker[1])
    for key, tickers in american.items():
        for article, entity in found[key]:
            abroad = [m for m in entity.mentions if _listed_elsewhere(article.text, m, tickers)]
            if not abroad:
                continue
            home = any(
                law(m.text) == _AMERICAN or _TICKER_AFTER.match(article.text, m.end)
                for m in entity.mentions
                if m not in abroad
            )
            bare = [] if home else [m for m in entity.mentions if company_base(m.text) == m.text]
            _move(article, entity, [*abroad, *bare])


def _listed_elsewhere(text: str, mention: Mention, american: set[str]) -> bool:
    """A mention with a British or a continental form that a foreign exchange's ticker
    follows, none of the `american` tickers its letters or its letters and a depositary
    receipt's "Y" or "F" ("JAGR.L", "JAGRY")."""
    words = mention.text.replace(".", " ").casefold().split()
    if len(words) < 2 or words[-1] not in _LISTED_FORMS:
        return False
    ticker = _TICKER_AFTER.match(text, mention.end)
    if ticker is None or "." not in ticker[1]:
        return False
    root = ticker[1].split(".")[0]
    return not american & {root, root + "Y", root + "F"}


def _dominant(written: Counter[str]) -> str:
    """The law named in more articles than all others together, "" if none is."""
    top, count = written.most_common(1)[0]
    return top if count > sum(written.values()) - count else ""


def _move(article: Article, entity: Entity, mentions: list[Mention]) -> None:
    """Give the mentions to the companies their formed texts name (`move_to_bodies`)."""
    names = _names(mentions)
    if names:
        move_to_bodies(article, entity, names)


def _names(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """Company name -> its mentions: each law's most written formed text (a headline's
    capitals set right), which the short mentions join when one law is written."""
    by_law: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if company_base(m.text) != m.text:
            shown = unshout(m.text) if m.text.isupper() else m.text
            by_law[law(m.text)][shown] += 0 if m.text.isupper() else 1
    if not by_law:
        return {}
    name_of = {
        kind: max(counts.items(), key=lambda item: (item[1], len(item[0])))[0]
        for kind, counts in by_law.items()
    }
    given: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        kind = law(m.text)
        if kind in name_of and company_base(m.text) != m.text:
            given[name_of[kind]].append(m)
        elif len(name_of) == 1:
            given[next(iter(name_of.values()))].append(m)
    return given
