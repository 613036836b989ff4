"""What a recognised span cannot be, whatever the model says.

- The copy's own agency as the channel of an attribution ("told Reuters", "a Reuter
  survey") is no mention of an organization; "Reuter" is never a person.
- A "person" ending in a company or body word ("General Electric Co", "Trade Department")
  is an organization; one holding a drug or enzyme name ("Retrovir") is no person.
- Tickers in angle brackets (`<GE>`, `<ABNN.AS>`), currency amounts ("U.S. Dlrs") and
  spans holding a bracket that they do not open ("Pte) Ltd") are no names.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.annotate import census, ner
from generator.annotate.entities.aliases import company_base, usual_name
from generator.annotate.entities.candidates import Candidate, is_place
from generator.annotate.entities.currencies import names_a_currency
from generator.annotate.entities.events import generic_event
from generator.annotate.entity_words import (
    CHAMBER_HEADS,
    DEAL_ROLE_NOUNS,
    DESCRIBED_BODIES,
    FIRM_DESCRIPTION_NOUNS,
    FOREIGN_CONNECTORS,
    LAND_HEADS,
    PARTY_WORDS,
)
from generator.annotate.words import (
    AGENCY_ATTRIBUTION_BEFORE,
    AGENCY_SELF_NAMES,
    AMOUNT_WORDS,
    BODY_LAST_WORDS,
    COMPASS_POINTS,
    CONNECTORS,
    DRUG_SUFFIXES,
    FIRM_LAST_WORDS,
    GENERIC_NAME_WORDS,
    GENERIC_PLURALS,
    LETTERED_NOUNS,
    MEDIA_HEADS,
    MONTH_NAMES,
    NAME_PARTICLES,
    NATIONALITY_WORDS,
    NOT_ENTITY_LAST_WORDS,
    NOT_NAMES,
    OFFICE_WORDS,
    ORGANIZATION_HEADS,
    ORGANIZATION_LAST_WORDS,
    PERSON_HEADS,
    PLACE_FIRST,
    PLACE_LAST_WORDS,
    REGNAL_NUMBERS,
    ROLE_HEADS,
    SENTENCE_OPENERS,
    SITE_NOUNS,
    SITE_VERBS,
    TITLE_WORDS,
    WEEKDAYS,
    word_list,
)

_WORD_BEFORE = re.compile(r"(\w+)\W{0,3}\Z")
_TICKER = re.compile(r"[A-Z][A-Z.&]{0,5}")
_TICKER_END = re.compile(r"(?:\.[A-Z]{1,3})?>")  # `<GE>`, `<CKGH.HK>`
_LEGAL = r"(?:Co|Cos|Inc|Corp|Ltd|Plc|PLC|Company|Corporation)\b\.?"
_COMPANY_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+"
    + _LEGAL
    + r"|'s(?:\s+[A-Z][a-z]+){1,3}\s+"
    + _LEGAL
    + r")"
    + r"(?:\s+(?:Inc|Ltd|Plc|PLC)\b\.?)?"
)
_STATE_AFTER = re.compile(r",\s+([A-Z][a-z]{0,4}\.?|[A-Z]\.[A-Z]\.)(?=,)")
_TERM_ABBREVIATION = re.compile(r"[A-Z]{2,6}")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# Moody's credit ratings ("upgraded to Aaa from Aa-1"); S and P's AAA or CCC may be initials
_TICKER_BEFORE = re.compile(r"<[A-Z0-9&]+\.\Z")
_TICKER_AFTER = re.compile(r"[A-Z0-9.]*>")
_SAINT_NAME = re.compile(r" ([A-Z][a-z]+)\b")
_RATING = re.compile(r"(?:Aaa|Aa|Baa|Ba|Caa)(?:-?[123])?")
# Standard and Poor's ratings in a change ("to AA from AA-Plus", "to BB-minus from BB"):
# their letters alone may be initials ("CCC", the Commodity Credit Corp)
_SP = r"([ABCD]{1,3})(?:-(?i:plus|minus)|[+-])?"
_RATING_CHANGE = re.compile(rf"\bto {_SP} from {_SP}")
# the end of an abbreviation glued to the span: "(D-W.Va.)", "Dr.-Ing." (not "U.S.-Japan")
_GLUED_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]?\.-?\Z")
# a capitalised word right before an initial, which it then ends: "Series A. Moody's"
_LABEL_BEFORE = re.compile(r"(?<![\w.,'’-])([A-Z][A-Za-z]+) \Z")
_INITIAL = re.compile(r"[A-Z]\.")
# "California state Senate", "a former state House member": a state's chamber, no nation's
_STATE_BEFORE = re.compile(r"\bstate \Z")
# "Buckeye State voters", "Gulf State allies": a nickname, no town's or region's mention
# (a country or a state before it stays: "U.S. State department", "Texas State court")
_STATE_AFTER_PLACE = re.compile(r" State\b")
# the end of a title that a capitalised word and "the" begin mid-sentence: "Sunday's Meet
# the Press", "president of Rock the Vote" (not "on Monday the DOJ", "In January the Senate")
_TITLE_BEFORE = re.compile(r"(?<=[a-z,’'] )([A-Z][a-z]+) the \Z")
# a body's name that goes on past "for": "Republic Bank for Savings", "Economic Commission
# for Europe" (the model cut it at "for", and the rest joined another body's page)
# a second plural after "and", ending a name ("of Americans and Eurasians in Houston")
_PEOPLES_AFTER = re.compile(r" and ([A-Z][a-z]+s)\b(?! [A-Z])")
_FOR_NAME = re.compile(r" for [A-Z][a-z][\w&'-]*(?: (?:and |the )?[A-Z][a-z][\w&'-]*){0,6}")
# makes or divisions in a list before their noun: "its Oldsmobile, Pontiac and Buick divisions"
_DIVISIONS_AFTER = re.compile(r"(?:,? (?:and |or )?[A-Z][\w-]*){1,6} (?:divisions|brands)\b")
_LAST_DIVISION = re.compile(r" (?:divisions|brands)\b")
# a foreign body's name run on past its small words up to the brackets of an acronym
# with the name's first initial: "Ente Nazionale" + " per l'Energia Elettrica (ENEL)"
_FOREIGN_TAIL = re.compile(
    rf"(?: (?:{'|'.join(sorted(FOREIGN_CONNECTORS))})(?: (?:[ld]['’])?[A-Z][\w-]*)+)+"
    r"(?= \(([A-Z][A-Z&]{1,9})\))"
)
_LISTED_BEFORE = re.compile(r"[A-Z][\w-]*,? (?:and |or )?\Z")


def retype(candidate: Candidate, text: str) -> Candidate:
    """Before titles are trimmed: "General Electric Co" is a company, not a General."""
    if candidate.type == "person" and candidate.source != "registry":
        words = text[candidate.start : candidate.end].split()
        if len(words) > 1 and words[-1].lower() in ORGANIZATION_LAST_WORDS:
            candidate.type = "organization"
    return candidate


# a legal form right after a name, past a place or a line of business in brackets: the
# name is a firm's, and the brackets are part of it ("Dean Witter Reynolds (Canada) Inc",
# "Robert Fleming (Securities) Ltd", "Citicorp Investment Bank (Singapore) Ltd" is not the
# bank's London firm)
_FORM_AFTER = re.compile(
    r" \([A-Z][A-Za-z. ]+\) (?:Inc|Corp|Co|Ltd|Limited|Plc|Pte|Bhd|AG|SA|NV|BV|GmbH)\b\.?"
)
_PAPER_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
# first words of places' names that never end a body's or a place's name (a surname
# may: "Arjen Los"): such a name is cut
_PLACE_OPENERS = frozenset(word_list("new los las san santa"))
_FAMILY_AFTER = re.compile(r" (?:family|families|dynasty|clan)(?![\w-])")
# a round number after a one-word name, then the companies it ranks or the clause's end:
# "a Fortune 500 company", "among the top 100 of the Fortune 500," (not a year: "Ford
# 1986", nor an amount: "sell Qintex 900,000 shares")
_RANKING_AFTER = re.compile(
    r" (?!(?:19|20)\d\d\b)[1-9]\d?00"
    r"(?: (?:company|companies|corporations|firms|list)\b|[,.;)](?!\d))"
)
_SITE_BEFORE = re.compile(r"\b(?:[Tt]he|its|their|his|her|a|an|this|that) \Z")
_SITE_AFTER = re.compile(r" ([a-z]+)\b")


_CAMEL = re.compile(r"[a-z][A-Z]")  # "McMoRan" has two; run-together words have more


def sane(candidate: Candidate, text: str) -> bool:
    """False for a span that is no entity; may retype a person as an organization."""
    if candidate.source in ("registry", "description"):
        return True
    span = text[candidate.start : candidate.end]
    words = span.split()
    if not words:
        return False
    bracketed = text[candidate.start - 1 : candidate.start] == "<"
    if bracketed and _TICKER_END.match(text, candidate.end):
        if _TICKER.fullmatch(span):
            return False  # `<GE>`: a stock ticker after the company's name
        if candidate.type == "person":
            candidate.type = "organization"  # `<Pratt and Whitney>`: Reuters marks companies
    if _RATING.fullmatch(span) or _rated(candidate, text):
        return False  # `Aaa`, `Baa-2`, `to AA from AA-Plus`: a credit rating
    if len(words) == 1 and _FAMILY_AFTER.match(text, candidate.end):
        return False  # `the Kadoorie family`, `the Bush dynasty`: no one of them alone
    if len(words) == 1 and _RANKING_AFTER.match(text, candidate.end):
        return False  # `the Fortune 500 companies`: a ranking's name, not its publisher
    if len(words) == 1 and span.casefold() in COMPASS_POINTS:
        after = _PAPER_AFTER.match(text, candidate.end)
        if after and after[1] in NATIONALITY_WORDS:
            return False  # `West German consumers`, `East European`: an adjective's half
    if (
        candidate.type == "person"
        and len(words) == 1
        and words[0].lower() not in census.given_names()  # "the Bernie field campaign"
        and _names_a_site(candidate, text)
    ):
        return False  # `Bousquet mine number two`: the mine, not a person Bousquet
    if len(words) > 1 and candidate.type != "person" and words[-1].lower() in MONTH_NAMES:
        candidate.end -= len(words[-1]) + 1  # "New York Dec" (a futures month), "... February"
        span, words = span[: -len(words[-1]) - 1], words[:-1]
    paper = _PAPER_AFTER.match(text, candidate.end) if candidate.type == "place" else None
    if paper and paper[1].lower() in MEDIA_HEADS:
        candidate.end, candidate.type = paper.end(), "organization"  # the Washington Post
    elif candidate.type == "place" and len(words) > 1 and words[-1].lower() in MEDIA_HEADS:
        candidate.type = "organization"  # "Washington Post" read whole as a place
    form = _FORM_AFTER.match(text, candidate.end)
    if form and candidate.type in ("person", "organization"):
        candidate.type, candidate.end = "organization", form.end()
        span, words = text[candidate.start : candidate.end], span.split() + form[0].split()
    if any(len(_CAMEL.findall(word)) > 2 for word in words):
        return False  # "Daniel MaransFlagShareLikeReplyPaige": a web page's buttons run in
    if len(span) == 1 or span in REGNAL_NUMBERS:
        return False  # `class H` stock, the `Macintosh II`: a letter or a number, no name
    if _TICKER_BEFORE.search(text, max(0, candidate.start - 12), candidate.start) and (
        _TICKER_AFTER.match(text, candidate.end)
    ):
        return False  # `<BTOM.MI>`: an exchange's suffix inside a ticker
    saint = _SAINT_NAME.match(text, candidate.end) if span.endswith(" St.") else None
    if saint:  # `First National Bank of St.` `Paul`: a sentence split at the saint's "St."
        candidate.end = saint.end()
        span, words = text[candidate.start : candidate.end], [*words, saint[1]]
    elif (
        candidate.type == "person" and text[max(0, candidate.start - 4) : candidate.start] == "St. "
    ):
        return False  # `St. Paul`: a place's or a church's name, no person
    defined = text.find(f"({span})") + 1 if _TERM_ABBREVIATION.fullmatch(span) else 0
    if defined and _abbreviates_words(span, text, defined):
        return False  # "processed palm oil (PPO)": a term's abbreviation, no name, anywhere
    if span.count(")") != span.count("(") or "<" in span or ">" in span:
        return False  # `Pte) Ltd`, `BAC> Bank of America`
    partners = candidate.source == "rule" and " and " in span  # `Donaldson, Lufkin and Jenrette`
    if ", " in span and candidate.type != "place" and not partners:
        return False  # "Japan Development Bank, People's Finance Corp": two names
    if any(w in ("The", "A", "An") for w in words[1:]):
        return False  # `S and P. The issue ...`: a sentence break inside the span
    cut = _sentence_break(words)
    if cut is not None and not _place_after_break(candidate, text, words, cut):
        return False  # `S and P. On June 12`: a sentence break inside the span
    span = text[candidate.start : candidate.end]
    words = span.split()
    if _GLUED_BEFORE.search(text, max(0, candidate.start - 4), candidate.start):
        return False  # "Va" of "(D-W.Va.)", "Ing" of "Dr.-Ing.": inside another word
    if any(w.lower() in AMOUNT_WORDS for w in words) and not _firm_abbreviation(candidate, text):
        return False  # "N.Z. Dlrs of 77-day Treasury" bills, "2.6 BIL": an amount
    if candidate.type == "person" and _initial_of_label(words, text, candidate.start):
        return False  # "Series A. Moody's": a label's letter before the next sentence
    state = _STATE_BEFORE.search(text, max(0, candidate.start - 6), candidate.start)
    if state and len(words) == 1 and words[0].lower() in CHAMBER_HEADS:
        return False  # "California state Senate": not the Senate of the nation's page
    if (
        candidate.type == "place"
        and len(words) == 1
        and _STATE_AFTER_PLACE.match(text, candidate.end)
        and usual_name(span) is None
    ):
        return False  # "Buckeye State voters": Ohio, not the town of Buckeye
    title = _TITLE_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
    if title and len(words) == 1 and title[1].lower() not in MONTH_NAMES | WEEKDAYS:
        return False  # "Meet the Press": a show's title, no body's name
    run_on = _FOR_NAME.match(text, candidate.end)
    if run_on and candidate.type != "person" and words[-1].lower() in ORGANIZATION_HEADS:
        candidate.type, candidate.end = "organization", run_on.end()
        span = text[candidate.start : candidate.end]
        words = span.split()
    foreign = _FOREIGN_TAIL.match(text, candidate.end)
    if foreign and candidate.type == "organization" and foreign[1][0] == words[0][0]:
        candidate.end = foreign.end()  # "Ente Nazionale" per l'Energia Elettrica (ENEL)
        span = text[candidate.start : candidate.end]
        words = span.split()
    peoples = _PEOPLES_AFTER.match(text, candidate.end)
    if (
        peoples
        and candidate.type == "organization"
        and len(words) > 2
        and words[-2] == "of"
        and words[-1].endswith("s")
        and not is_place(words[-1])
        and not is_place(peoples[1])
    ):  # "Turquoise Council of Americans and Eurasians": the peoples of a body's name
        candidate.end = peoples.end()
        span = text[candidate.start : candidate.end]
        words = span.split()
    if candidate.type == "place" and _listed_make(candidate, text):
        return False  # "GM's Oldsmobile, Pontiac and Buick divisions": makes, not the towns
    words = _without_lower_tail(candidate, text, words)
    if not words:
        return False
    span = text[candidate.start : candidate.end]
    if candidate.type == "person" and all(_INITIALS.fullmatch(w) or len(w) == 1 for w in words):
        return False  # `E.H.`: initials alone name nobody
    deal_role = candidate.type == "organization" and words[0].lower() in DEAL_ROLE_NOUNS
    if len(words) > 1 and (words[0].lower() in SENTENCE_OPENERS or deal_role):
        candidate.start = text.index(words[1], candidate.start + len(words[0]))
        words = words[1:]  # "Although Brazil ...": Brazil
    last = words[-1].lower()
    if words[-1] == "n.a.":
        return False  # "Barley n.a. 1.56": a table's "not available"
    if len(words) > 1 and last in _PLACE_OPENERS and candidate.type != "person":
        return False  # "<Chemical Bank of New <York>": cut by a broken bracket; not "Arjen Los"
    if last in NOT_ENTITY_LAST_WORDS or (last.endswith(".") and last[:-1] in TITLE_WORDS):
        return False  # "U.S. Dlrs", "Nevada Sen."
    if candidate.type == "place" and _cut_from_a_title(words, text, candidate.end):
        candidate.end -= len(words[-1]) + 1  # "White House Budget chief": the White House
        words, last = words[:-1], words[-2].lower()
        span = text[candidate.start : candidate.end]
    if candidate.type == "organization" and _portfolio_of_a_title(words, text, candidate.end):
        return False  # "National Security Adviser Frank Carlucci": a title's words
    if candidate.type == "place" and _firm_after_the(candidate, text, words):
        return False  # "at The Hartford" mid-sentence: a firm's name, no town
    if _describes_a_firm(words, text, candidate.end):
        return False  # "a U.S. Securities house": a country's firm of a trade, no name
    if candidate.type == "organization" and _names_land(words):
        candidate.type = "place"  # "the Arctic National Wildlife Refuge": land, no body
    if names_a_currency(words, text, candidate.start):
        return False  # "Venezuelan Bolivar", "Kuwait Dinar", "Deutsche Mark" in a rate table
    if last in GENERIC_PLURALS and (len(words) == 1 or candidate.type != "person"):
        return False
    if len(words) == 1 and last in ORGANIZATION_LAST_WORDS and candidate.type != "organization":
        return False  # a lone "NV" or "Corp"
    if span in AGENCY_SELF_NAMES:
        if candidate.type == "person":
            return False
        before = _WORD_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
        if before and before.group(1).lower() in AGENCY_ATTRIBUTION_BEFORE:
            return False
    if generic_event(words):
        return False  # "the State GOP Convention", "the National Championship": which one?
    body = " ".join(words[1:]).lower()
    if _described_body(words) and (words[0].lower() in PARTY_WORDS or body != "administration"):
        if words[0].lower() in PARTY_WORDS or body in _UNNAMED:
            return False  # "the Republican Senate", "a Democratic House", "a Trump House"
        candidate.start = text.index(words[1], candidate.start + len(words[0]))
        words = words[1:]  # "the Clinton State Department": the State Department
    if candidate.type == "person" and len(words) == 1 and words[0] in NATIONALITY_WORDS:
        return False  # "the Greek government"
    if candidate.type == "organization" and candidate.source == "crf":
        _whole_company_name(candidate, text)
    if candidate.type == "place" and len(words) > 1 and last in FIRM_LAST_WORDS | BODY_LAST_WORDS:
        candidate.type = "organization"  # "Victor Temporary Services": a firm, no place
    if candidate.type == "person":
        after = _COMPANY_AFTER.match(text, candidate.end)
        owner = len(words) > 1 and words[0].lower() in census.given_names()
        if after and not (owner and after[0].startswith("'")):
            # "Samuel Montagu and Co Ltd", "Oliver's Stores Inc": the company; not a
            # person's full name before a possessive ("Ivan Boesky's Seemala Corp")
            candidate.type, candidate.end = "organization", after.end()
            return True
        state = _STATE_AFTER.match(text, candidate.end)
        if state and (usual_name(state[1]) or ("", ""))[1] == "place":
            candidate.type = "place"  # "Valley Cottage, N.Y., based ...": a town
            return True
        if any(w in AGENCY_SELF_NAMES for w in words) or last in ORGANIZATION_LAST_WORDS:
            candidate.type = "organization"  # "Reuter Monitor", "Electric Co"
            _whole_company_name(candidate, text)  # "General Electric Co"
        elif last in PLACE_LAST_WORDS or (len(words) > 1 and words[0].lower() in PLACE_FIRST):
            candidate.type = "place"  # "Mount Kilimanjaro", "Fort Worth"
        elif plural_of_head(last):
            return False  # "Deputy Secretary Generals of the UN": a plural noun, nobody
        elif len(words) == 1 and "/" in text[candidate.start - 1 : candidate.end + 1]:
            return False  # `Norf./Phil.` in a price table: abbreviated places
        elif any(w.lower().endswith(DRUG_SUFFIXES) and len(w) > 5 for w in words):
            return False
    return True


def _names_a_site(candidate: Candidate, text: str) -> bool:
    """A surname alone before a site's noun names the site, which is no person's page
    ("Bousquet mine number two"; "the Hunt field", where the noun is a verb too)."""
    after = _SITE_AFTER.match(text, candidate.end)
    if after is None or after[1] not in SITE_NOUNS:
        return False
    before = _SITE_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
    return after[1] not in SITE_VERBS or before is not None


def _sentence_break(words: list[str]) -> int | None:
    """Where a capitalised small word after one ending in a period opens a sentence ("S
    and P. On June 12" holds no name): the index of that word, else None."""
    return next(
        (
            i
            for i, (before, word) in enumerate(zip(words, words[1:], strict=False), 1)
            if before.endswith(".") and word[0].isupper() and word.lower() in CONNECTORS
        ),
        None,
    )


def _place_after_break(candidate: Candidate, text: str, words: list[str], cut: int) -> bool:
    """Wire copy capitalises the word after "U.S.": in "the U.S. And West Germany" the
    span's end is a place that the table knows, and the span becomes that place (the
    "U.S." is named again elsewhere, or stays plain)."""
    spans = list(re.finditer(r"\S+", text[candidate.start : candidate.end]))
    known = usual_name(" ".join(words[cut + 1 :])) if cut + 1 < len(words) else None
    if known is None or known[1] != "place":
        return False
    candidate.start += spans[cut + 1].start()
    candidate.type = "place"
    return True


def _firm_abbreviation(candidate: Candidate, text: str) -> bool:
    """A span in brackets after a company's legal form abbreviates that company, even in
    an amount's letters: "Banque Internationale a Luxembourg SA (BIL)"."""
    if (
        text[candidate.start - 1 : candidate.start] != "("
        or text[candidate.end : candidate.end + 1] != ")"
    ):
        return False
    before = text[max(0, candidate.start - 12) : candidate.start - 1].split()
    return bool(before) and before[-1].lower().rstrip(".") in ORGANIZATION_LAST_WORDS


def _listed_make(candidate: Candidate, text: str) -> bool:
    """A name in a list of a company's divisions or brands ("its Oldsmobile, Pontiac and
    Buick divisions") is a make, whatever town shares it (a region's division, "its Gulf
    Coast divisions", stands alone and keeps its place)."""
    if _DIVISIONS_AFTER.match(text, candidate.end):
        return True
    return bool(
        _LAST_DIVISION.match(text, candidate.end)
        and _LISTED_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
    )


def _initial_of_label(words: list[str], text: str, start: int) -> bool:
    """A name that opens on an initial after a capitalised word the model left out: the
    letter ends that word's phrase ("Series A. Moody's", "Class B. Smith") when the word
    names a kind of thing that letters tell apart (not "Sergey V. Lavrov", whose given
    name the model may leave out)."""
    if not _INITIAL.fullmatch(words[0]) or len(words) < 2:
        return False
    before = _LABEL_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    return before[1].lower() in LETTERED_NOUNS


def _without_lower_tail(candidate: Candidate, text: str, words: list[str]) -> list[str]:
    """ "Interstate Commerce Commission for authority": lower-case words after a small word
    end no name; the name stops before the small word. One word left is no name either
    ("TV and radio", "Part of the"): a name the article gives elsewhere comes back as a
    repeat ("in Akron of the chemical businesses")."""
    spans = list(re.finditer(r"\S+", text[candidate.start : candidate.end]))
    for i in range(1, len(words) - 1):
        tail = words[i + 1 :]
        if words[i] in CONNECTORS and all(w.islower() and w.isalpha() for w in tail):
            if candidate.type == "person" or any(w in NAME_PARTICLES for w in tail):
                return words
            if candidate.type == "event" or i == 1:
                return []  # "Trump at news conference", "TV and radio": a word, no name
            candidate.end = candidate.start + spans[i - 1].end()
            return words[:i]
    return words


# bodies no name without a country's ("the Obama Administration" is one, and stays)
_UNNAMED = frozenset({"house", "government", "cabinet", "majority"})


def _described_body(words: list[str]) -> bool:
    """A country's one Senate, White House or State Department after a party's or a
    leader's name ("Republican-controlled Congress" is read before): a description of the
    body in their time, not a name (a state's or a country's: "Kentucky House", "U.S.
    Senate", "Russian Government", are names)."""
    if len(words) < 2 or " ".join(words[1:]).lower() not in DESCRIBED_BODIES:
        return False
    if " ".join(words).lower() in DESCRIBED_BODIES:
        return False  # the "White House" itself
    first = words[0]
    if first.lower() in PARTY_WORDS:
        return True
    common = ner.resources()[1]  # "the 19th Party Congress", "Upper House": no leader's name
    return not (
        usual_name(first)
        or first in NATIONALITY_WORDS
        or not first[:1].isupper()
        or first.lower() in common
    )


def plural_of_head(word: str) -> bool:
    """Whether a word is the plural of a noun that describes a person ("generals",
    "ministers", "deputies"): a plural common noun names a kind, never one person."""
    word = word.casefold()
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    singulars = {word[:-1]}
    if word.endswith("es"):
        singulars.add(word[:-2])
    if word.endswith("ies"):
        singulars.add(word[:-3] + "y")
    return bool(singulars & PERSON_HEADS)


def _name_word(word: str) -> bool:
    """ "First", "State": title words that also begin bodies' names ("First Interstate
    Bancorp"), unlike an office ("General", "Chief")."""
    return word in GENERIC_NAME_WORDS and word not in ROLE_HEADS


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_GOVERNMENT_TITLE_AFTER = re.compile(r" (?:Minister|Secretary|Adviser|Advisor) [A-Z]")


# a capital "The" after a lower-case word or a comma: inside a sentence, a name's own
# (not among a headline's capitalised words: "Hillary Insulted The Benghazi Families")
_THE_BEFORE = re.compile(r"(?:(?<![\w'’-])[a-z]+|,) The \Z")


def _firm_after_the(candidate: Candidate, text: str, words: list[str]) -> bool:
    """A town's one-word name after a capital "The" inside a sentence ("the casualty
    business at The Hartford") is a firm's name; no town takes "The", unless the gazetteer
    writes the place with it ("in The Hague", "The Bronx") or it is a country's ("The
    Netherlands")."""
    if len(words) != 1 or not _THE_BEFORE.search(
        text, max(0, candidate.start - 30), candidate.start
    ):
        return False
    return usual_name(words[0]) is None and not is_place(f"The {words[0]}")


def _names_land(words: list[str]) -> bool:
    """A name ending in "Refuge" or "Park" is a stretch of land, unless a firm's or a
    body's word comes before ("Meyer Detective Agency Inc of National Park" is the
    agency)."""
    if len(words) < 2 or words[-1].lower() not in LAND_HEADS:
        return False
    return not any(w.lower().strip(",") in ORGANIZATION_LAST_WORDS for w in words[:-1])


def _cut_from_a_title(words: list[str], text: str, end: int) -> bool:
    """A place and a portfolio before a lower-case title ("White House Budget chief James
    Miller"): the portfolio belongs to the title, no place's name ends in it."""
    if len(words) < 2 or words[-1].lower() not in OFFICE_WORDS:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after[1] in ROLE_HEADS


def _portfolio_of_a_title(words: list[str], text: str, end: int) -> bool:
    """A portfolio before a capitalised government title and its holder ("Resources and
    Energy Minister Gareth Evans", "National Security Adviser Frank Carlucci", "U.S.
    Energy Secretary John Herrington"): the title's words, no body. A body's own word
    keeps the name ("Department of Energy Secretary"); a firm's title is written in lower
    case ("Occidental Petroleum chairman Armand Hammer")."""
    return (
        len(words) > 1
        and words[-1].lower() in OFFICE_WORDS
        and not any(w.lower() in ORGANIZATION_HEADS for w in words)
        and _GOVERNMENT_TITLE_AFTER.match(text, end) is not None
    )


def _describes_a_firm(words: list[str], text: str, end: int) -> bool:
    """A country and one word before a lower-case "house" or "firm" ("a U.S. Securities
    house said"): the trade of a firm the story leaves unnamed, capitalised by the copy;
    a firm's name would carry its own words, not the country's alone."""
    if len(words) != 2 or (usual_name(words[0]) or ("", ""))[1] != "place":
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after[1] in FIRM_DESCRIPTION_NOUNS


def _rated(candidate: Candidate, text: str) -> bool:
    """Is the span a rating's letters in "to X from Y"?"""
    window = max(0, candidate.start - 20)
    return any(
        (match.start(1), match.end(1)) == (candidate.start, candidate.end)
        or (match.start(2), match.end(2)) == (candidate.start, candidate.end)
        for match in _RATING_CHANGE.finditer(text, window, candidate.end + 20)
    )


def _abbreviates_words(span: str, text: str, start: int) -> bool:
    """Whether `(SPAN)` follows lower-case words whose initials it is (a hyphen or a
    quotation mark between them too: `"market-on-close" (MOC)`)."""
    if text[start - 1 : start] != "(" or text[start + len(span) : start + len(span) + 1] != ")":
        return False
    before = re.findall(r"[\w']+", text[max(0, start - 80) : start - 1])
    words = before[-len(span) :]
    if (
        len(words) == len(span)
        and all(w[:1].islower() for w in words)
        and "".join(w[0] for w in words) == span.lower()
    ):
        return True
    # a translated term keeps its own language's letters in another order: "the liquid
    # assets in public hands (ALP)", activos liquidos en manos del publico
    words = before[-len(span) - 2 :]
    if len(span) < 3 or len(words) < len(span) or not all(w[:1].islower() for w in words):
        return False
    initials = Counter(w[0] for w in words)
    return not Counter(span.lower()) - initials


# a capitalised word before a name, whole with its hyphenated parts ("Freeport-Mcmoran")
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:;\n] )(?<![\w.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)*) \Z")


def _whole_company_name(candidate: Candidate, text: str) -> None:
    """ "Community Bank System Inc" that the model began at "Bank": a company's name that
    a capitalised word runs into from the left starts there ("Bank System Inc" is no name),
    at the first of a hyphen's words ("Freeport-Mcmoran Resource Partners Ltd")."""
    span = text[candidate.start : candidate.end]
    legal = company_base(span) != span
    if not legal and span.split()[-1].lower() not in FIRM_LAST_WORDS:
        return
    for _ in range(3):
        match = _CAPITAL_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
        word = match[1].lower() if match else ""
        if match and legal and word in ROLE_HEADS and word not in NOT_NAMES:
            candidate.start = match.start(1)  # "General Electric Co", "General Refractories
            return  # Co": an office word before a company's legal name is its first word
        if (
            not match
            or word in NOT_NAMES
            or word in DEAL_ROLE_NOUNS  # "Underwriter Moseley Holding Corp"
            or (word in TITLE_WORDS and not _name_word(word))
        ):
            return
        candidate.start = match.start(1)
