"""A short form a story gives a body right after its full name, whatever its letters.

`candidates.acronym_definitions` ties "Central Intelligence Agency (CIA)" together because
the letters spell the words. Many short forms do not: a body's name in its own language
("French Cereals Intervention Office (ONIC)", "National Statistics Institute (INSEE)"), a
word of its own ("Petroleos Mexicanos (Pemex)"), letters from inside the words
("Kalgoorlie Lake Pty Ltd (KLV)"). When the story sets such a short form in brackets, or
between commas, right after a name the model calls an organization, and then writes it
again, it is that body's name in that story: "ONIC said" is no second body.
"""

from __future__ import annotations

import re

from generator.annotate.entities.aliases import initials_of
from generator.annotate.entities.candidates import ACRONYM, Candidate, is_place
from generator.annotate.words import AMOUNT_WORDS, NOT_ENTITY_LAST_WORDS, TERM_LAST_WORDS

# after the name: maybe the end of the wire's company brackets and a stock symbol, then
# "(ONIC)" with no name going on after it ("Sunbeam Corp (Canada) Ltd" is a unit's
# name), or ", ONIC," in capitals
_DEFINED_AFTER = re.compile(
    r">?(?: <[A-Z][A-Z0-9.]{0,11}>)?"
    r"(?: \((?P<paren>[A-Z][A-Za-z&]{1,9})\)(?! [A-Z][a-z])|, (?P<comma>[A-Z][A-Z&]{1,9}),)"
)
_THE_BEFORE = re.compile(r"\b[Tt]he \Z")  # "the Bolivian Labour Organization, COB, told"
# a capitalised word right before the name, maybe with a link word: the model cut a longer
# name ("Swiss Options and [Financial Futures Exchange] (Soffex)"), whose short form it is
_CUT_BEFORE = re.compile(r"\b(?!The )[A-Z][\w']*(?:-[A-Z][\w']*)*(?: (?:and|of|for|&))? \Z")
_OWN_WORD = 4  # a short form in lower case ("Pemex") is this long at least


def defined_short_forms(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Key each organization followed by a short form the story uses again and the short
    form itself as one body (the key `acronym_definitions` gives), adding the short form's
    mention if the model missed it. Not a place in brackets ("Bache Securities (Japan)"),
    a term's or amount's name, a short form another name of the story begins with, holds
    or has as initials ("with the Securities and Exchange Commission, WEDGE, which": the
    Wedge Group), nor one the story gives two names ("The Chicago Mercantile Exchange,
    CME, and the Chicago Board Options Exchange, CME,": a slip, no definition)."""
    defined: dict[str, list[tuple[Candidate, int]]] = {}
    for long in candidates:
        found = _DEFINED_AFTER.match(text, long.end)
        if found is None or not _a_body(long, text):
            continue
        group = "paren" if found["paren"] else "comma"
        short, start = found[group], found.start(group)
        if group == "comma" and not _THE_BEFORE.search(text, 0, long.start):
            continue  # "City College, NY,": a place after a name, not its short form
        if _CUT_BEFORE.search(text, max(0, long.start - 40), long.start):
            continue
        if _a_short_form(short, start, text, candidates, long):
            defined.setdefault(short, []).append((long, start))
    by_start = {c.start: c for c in candidates}
    added: list[Candidate] = []
    for short, definitions in defined.items():
        if len({text[long.start : long.end] for long, _ in definitions}) > 1:
            continue
        key = "acronym:" + short
        for long, start in definitions:
            long.key = key
            mention = by_start.get(start)
            if mention is not None and mention.end == start + len(short):
                mention.key, mention.type = key, "organization"
            elif mention is None:
                added.append(Candidate(start, start + len(short), "organization", "rule", key=key))
    return candidates + added


def _a_body(long: Candidate, text: str) -> bool:
    """Is the candidate a body's name no rule has keyed yet, not a term's ("Retail Price
    Index (RPI)") nor the registry's (whose entry knows its own short forms)?"""
    if long.type != "organization" or long.entry is not None or long.key:
        return False
    name = text[long.start : long.end]
    if name.isupper():
        return False  # "ALCAN (AL) TO CLOSE ...": a headline's stock symbol
    last = name.rsplit(None, 1)[-1].lower()
    return last not in TERM_LAST_WORDS and last not in NOT_ENTITY_LAST_WORDS


def _a_short_form(
    short: str, start: int, text: str, candidates: list[Candidate], long: Candidate
) -> bool:
    """May `short` be the body's short form: letters in capitals or a capitalised word of
    its own ("Pemex", not "(Holdings)" in lower case elsewhere), no place, no amount, used
    again in the story outside the wire's brackets, and in no other name of it?"""
    if not ACRONYM.match(short) and not (len(short) >= _OWN_WORD and short[1:].islower()):
        return False
    if is_place(short) or short.lower() in AMOUNT_WORDS or f"<{short}>" in text:
        return False  # "TWA <TWA>": a listed company's own name, never another's
    if not short.isupper() and re.search(rf"\b{short.lower()}\b", text):
        return False
    word = re.compile(rf"(?<![<(\w]){re.escape(short)}\b")  # not the title's copy
    if not any(m.start() != start for m in word.finditer(text)):
        return False
    folded = short.casefold()
    long_name = text[long.start : long.end]
    for other in candidates:
        name = text[other.start : other.end]
        if other is long or name in (long_name, short) or other.start == start:
            continue
        if folded in name.casefold().split() or initials_of(name) == short:
            return False  # "Pemex Japan", "Wedge Group Inc", "Trans World Airlines"
    return True
