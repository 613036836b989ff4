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

from generator.annotate import ner
from generator.annotate.entities.aliases import company_base, usual_name
from generator.annotate.entities.candidates import Candidate
from generator.annotate.entities.events import generic_event
from generator.annotate.entity_words import (
    DESCRIBED_BODIES,
    PARTY_WORDS,
)
from generator.annotate.words import (
    AGENCY_ATTRIBUTION_BEFORE,
    AGENCY_SELF_NAMES,
    BODY_LAST_WORDS,
    DRUG_SUFFIXES,
    FIRM_LAST_WORDS,
    GENERIC_NAME_WORDS,
    GENERIC_PLURALS,
    MEDIA_HEADS,
    MONTH_NAMES,
    NATIONALITY_WORDS,
    NOT_ENTITY_LAST_WORDS,
    NOT_NAMES,
    ORGANIZATION_LAST_WORDS,
    PERSON_HEADS,
    PLACE_FIRST,
    PLACE_LAST_WORDS,
    REGNAL_NUMBERS,
    ROLE_HEADS,
    SENTENCE_OPENERS,
    TITLE_WORDS,
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


def retype(candidate: Candidate, text: str) -> Candidate:
    """Before titles are trimmed: "General Electric Co" is a company, not a General."""
    if candidate.type == "person" and candidate.source != "registry":
        words = text[candidate.start : candidate.end].split()
        if len(words) > 1 and words[-1].lower() in ORGANIZATION_LAST_WORDS:
            candidate.type = "organization"
    return candidate


# a legal form right after a name, past a country in brackets: the name is a firm's
_FORM_AFTER = re.compile(r" \([A-Z][A-Za-z. ]+\) (?:Inc|Corp|Ltd|Plc)\b")
_PAPER_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_FAMILY_AFTER = re.compile(r" (?:family|families|dynasty|clan)(?![\w-])")


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
    if len(words) > 1 and candidate.type != "person" and words[-1].lower() in MONTH_NAMES:
        candidate.end -= len(words[-1]) + 1  # "New York Dec" (a futures month), "... February"
        span, words = span[: -len(words[-1]) - 1], words[:-1]
    paper = _PAPER_AFTER.match(text, candidate.end) if candidate.type == "place" else None
    if paper and paper[1].lower() in MEDIA_HEADS:
        candidate.end, candidate.type = paper.end(), "organization"  # the Washington Post
    elif candidate.type == "place" and len(words) > 1 and words[-1].lower() in MEDIA_HEADS:
        candidate.type = "organization"  # "Washington Post" read whole as a place
    if candidate.type == "person" and _FORM_AFTER.match(text, candidate.end):
        candidate.type = "organization"  # `Dean Witter Reynolds (Canada) Inc`: a firm's name
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
    if candidate.type == "person" and all(_INITIALS.fullmatch(w) or len(w) == 1 for w in words):
        return False  # `E.H.`: initials alone name nobody
    if len(words) > 1 and words[0].lower() in SENTENCE_OPENERS:
        candidate.start = text.index(words[1], candidate.start + len(words[0]))
        words = words[1:]  # "Although Brazil ...": Brazil
    last = words[-1].lower()
    if words[-1] == "n.a.":
        return False  # "Barley n.a. 1.56": a table's "not available"
    if last in NOT_ENTITY_LAST_WORDS or (last.endswith(".") and last[:-1] in TITLE_WORDS):
        return False  # "U.S. Dlrs", "Nevada Sen."
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
        if after:  # "Samuel Montagu and Co Ltd", "Oliver's Stores Inc": the company
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
    words = re.findall(r"[\w']+", text[max(0, start - 80) : start - 1])[-len(span) :]
    return (
        len(words) == len(span)
        and all(w[:1].islower() for w in words)
        and "".join(w[0] for w in words) == span.lower()
    )


_CAPITAL_BEFORE = re.compile(r"(?<![.!?:;\n] )(?<![\w.])([A-Z][a-z]+) \Z")


def _whole_company_name(candidate: Candidate, text: str) -> None:
    """ "Community Bank System Inc" that the model began at "Bank": a company's name that
    a capitalised word runs into from the left starts there ("Bank System Inc" is no name)."""
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
        if not match or word in NOT_NAMES or (word in TITLE_WORDS and not _name_word(word)):
            return
        candidate.start = match.start(1)
