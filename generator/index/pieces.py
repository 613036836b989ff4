"""Mentions that a longer name in the same article owns: a town's name that begins the
article's company ("San Miguel" beside San Miguel Corp), a body's generic name whose
state the model cut off ("State Public Service Commission" beside the New York State
Public Service Commission), and the last surname of a firm's comma list ("Stephens" of
"Robertson, Colman and Stephens"), which is no one-word company.

`resolution.unify_entities` calls `own_pieces` on each article before it groups names.
"""

from __future__ import annotations

import re

from generator.annotate.entities.aliases import is_country
from generator.index.evidence import (
    ORGANIZATION_AFTER,
    PLACED_AFTER,
    generic_name,
    listed_place,
)
from generator.index.names import company_base, fold, usual_name
from generator.model import Article, Entity, Mention

_LOCATING = re.compile(
    r"\b(?:in|at|from|near|to|across|outside|throughout|around|into|greater)\s+\Z"
)
_AREA_AFTER = re.compile(
    r"\s+(?:area|region|city|county|state|district|province|suburbs?|metropolitan)\b"
)
_FIRM_LIST = re.compile(r"(?<![\w.&])((?:[A-Z][a-z]+, )+[A-Z][a-z]+) (?:and|&) \Z")


def own_pieces(article: Article) -> None:
    """Give a piece's mentions to the longer name the article owns it by, or drop the
    piece where the piece is all it is. Running it again changes nothing."""
    entities = [e for e in article.entities if e.mentions]
    bodies = [e for e in entities if e.type == "organization"]
    if not bodies:
        return
    starts = {m.start for e in entities for m in e.mentions}
    lines = [
        (str(b.kind), b.start, b.end) for b in article.blocks if b.kind in ("dateline", "title")
    ]
    dropped: set[int] = set()
    for entity in entities:
        if entity.type == "place" and usual_name(entity.name) is None:
            _give_to_company(article, entity, bodies, lines)
        elif entity.type == "organization" and generic_name(entity.name):
            _give_to_qualified(entity, bodies)
        one_word = " " not in entity.name
        if not entity.mentions or (one_word and _firm_piece(article, entity, starts)):
            dropped.add(id(entity))
    speakers = {q.speaker_id for q in article.quotes}
    article.entities = [
        e for e in article.entities if id(e) not in dropped or e.id in speakers and e.mentions
    ]


def _move(entity: Entity, owner: Entity, mentions: list[Mention]) -> None:
    keep = [m for m in entity.mentions if m not in mentions]
    owner.mentions = sorted([*owner.mentions, *mentions], key=lambda m: m.start)
    entity.mentions = keep


def _give_to_company(
    article: Article, place: Entity, bodies: list[Entity], lines: list[tuple[str, int, int]]
) -> None:
    """ "San Miguel" in an article about San Miguel Corp: every mention that says not
    where (no dateline, no "in", no ", <state>") is the company, and so is the headline's
    where no mention stays a place; a body without a legal form takes only mentions that
    act like one ("said it", its shares, a ticker)."""
    start = place.name.casefold() + " "
    owners = [e for e in bodies if e.name.casefold().startswith(start)]
    if len({fold(company_base(e.name) or e.name) for e in owners}) != 1:
        return  # none, or two companies ("Dome Petroleum Ltd" and "Dome Petroleum" are one)
    owner = max(owners, key=lambda e: (company_base(e.name) != e.name, len(e.mentions)))
    legal = company_base(owner.name) != owner.name
    text = article.text
    taken, headline, stays = [], [], 0
    for mention in place.mentions:
        placed = PLACED_AFTER.match(text, mention.end)
        line = next((kind for kind, a, b in lines if a <= mention.start < b), "")
        rest = owner.name[len(place.name) :].split()[0].casefold()
        if text[mention.end :].casefold().split(maxsplit=1)[:1] == [rest]:
            taken.append(mention)  # the company's name cut ("BOISE CASCADE <BCC>")
        elif line == "title":
            headline.append(mention)
        elif (
            line
            or _LOCATING.search(text, max(0, mention.start - 30), mention.start)
            or (placed and listed_place(placed[1]))
            or _AREA_AFTER.match(text, mention.end)
            or not (legal or ORGANIZATION_AFTER.match(text, mention.end))
        ):
            stays += 1
        else:
            taken.append(mention)
    if not stays:  # a headline's town is the company the story names it by
        taken += headline
    _move(place, owner, taken)


def _give_to_qualified(body: Entity, bodies: list[Entity]) -> None:
    """ "State Public Service Commission" beside "New York State Public Service
    Commission" in one article: the body of the state or town the article names (a
    country's, "U.S. Air Force" beside "Air Force", is the national body either way)."""
    tail = fold(body.name)
    owners = {
        e.id: e
        for e in bodies
        if e is not body
        and fold(e.name).endswith(" " + tail)
        and listed_place(p := e.name[: len(e.name) - len(body.name)].strip())
        and not is_country(p)
    }
    if len(owners) == 1:
        _move(body, next(iter(owners.values())), list(body.mentions))


def _firm_piece(article: Article, entity: Entity, starts: set[int]) -> bool:
    """Every mention ends a firm's comma list ("Robertson, Colman and Stephens") whose
    other names the article names nowhere on their own: a firm, not this one word."""
    text = article.text
    for mention in entity.mentions:
        run = _FIRM_LIST.search(text, max(0, mention.start - 80), mention.start)
        if run is None:
            return False
        at = run.start(1)
        items = run[1].split(", ")
        if any(listed_place(item) for item in items):
            return False  # "Binghamton, Buffalo and Syracuse": towns
        named = 0
        for item in items:
            named += at in starts
            at += len(item) + 2
        if named == len(items):
            return False  # "Ford, Chrysler and Toyota": three companies the article names
    return True
