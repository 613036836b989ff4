"""Named events among a sentence's words: "Moscow Security Conference", "World War II",
"NATO's Warsaw summit"; not a piece of a longer name, a generic phrase or another year's
meeting. `recognition` adds them to the model's candidates."""

from __future__ import annotations

import re

from generator.annotate import ner
from generator.annotate.entities.candidates import POSSESSIVE, Candidate
from generator.annotate.entity_words import (
    EVENT_WORD_BEFORE,
    GENERIC_EVENT_WORDS,
    INDEFINITE_ARTICLES,
    PARTY_WORDS,
)
from generator.annotate.words import (
    EVENT_HEADS,
    LOWERCASE_EVENT_HEADS,
    MONTH_NAMES,
    NOT_NAMES,
    ORDINALS,
    SENTENCE_OPENERS,
)


def event_rules(sentence: list[ner.Token], labels: list[str], headline: bool) -> list[Candidate]:
    """Named events: "Moscow Security Conference", "Sixth Moscow Conference on Global
    Security", "World War II", and "NATO's Warsaw summit" (a named place or body before a
    lowercase head). No event: a piece of a longer name ("Federal Election Commission",
    "Tampa Convention Center"), a generic one ("the National Championship"), a "Congress"
    with no ordinal (the legislature: "the Republican Congress") or a description ("a
    Chamber of Commerce summit")."""
    found: list[Candidate] = []
    words = [t.text for t in sentence]
    n = len(words)
    for i, word in enumerate(words):
        low = word.lower()
        if low not in EVENT_HEADS:
            continue
        if word[:1].isupper():
            first = i
            while first > 0 and _name_word(words[first - 1]):
                first -= 1
            while first < i and words[first].lower() in _NOT_FIRST_WORDS:
                first += 1
            last = i + 1
            if last + 1 < n and words[last] in ("on", "of", "for") and _named_from(words, last + 1):
                last += 1
                of_a_body = words[last] == "the"  # "Congress of the Federation of Purchasing"
                while last < n and (
                    _name_word(words[last])
                    or words[last] in ("and", "the")
                    or (of_a_body and words[last] in ("of", "for") and _named_from(words, last + 1))
                ):
                    last += 1
                while words[last - 1] in ("and", "the"):
                    last -= 1
            if last - first < 2 or headline:
                continue
            end = sentence[last - 1].end
            numeral = _WAR_NUMBER.match(words[last]) if last < n and low == "war" else None
            if numeral:  # "World War II", "World War I": the number is the name
                end, last = sentence[last].start + numeral.end(1), last + 1
            if _an_event_name(words, first, i, last):
                found.append(Candidate(sentence[first].start, end, "event", "rule"))
        elif low in LOWERCASE_EVENT_HEADS and i > 0 and labels[i - 1] != "O":
            first = i - 1
            while first > 0 and labels[first].startswith("I-"):
                first -= 1
            if first >= 2 and words[first - 1] in POSSESSIVE and labels[first - 2] != "O":
                first -= 2
                while first > 0 and labels[first].startswith("I-"):
                    first -= 1
            if not _described(words, first) and not _another_year(words, first):
                found.append(Candidate(sentence[first].start, sentence[i].end, "event", "rule"))
    return found


_NOT_FIRST_WORDS = NOT_NAMES | SENTENCE_OPENERS  # "Once Congress postpones ..."
_WAR_NUMBER = re.compile(r"(I{1,3}|IV|[12]|One|Two|Three)(?:$|[-.])")  # "World War II-era"


def _an_event_name(words: list[str], first: int, head: int, last: int) -> bool:
    """Whether the capitalised words[first:last] ending in an event word at `head` name an
    event, not a piece of a longer name, the legislature or a generic phrase."""
    after = words[last] if last < len(words) else ""
    if after[:1].isupper() and after.lower() not in NOT_NAMES and after not in POSSESSIVE:
        return False  # "Federal Election Commission", "Kentucky International Convention Center"
    if after.lower() in EVENT_WORD_BEFORE:
        return False  # "Tampa Convention center", "Morning Meeting program"
    if after in ("of", "for") and _named_from(words, last + 1):
        return False  # "Conference of Presidents of Major ... Organizations": cut short
    if first > 1 and words[first - 1] == "of" and _name_word(words[first - 2]):
        return False  # "Dave Leip's Atlas of U.S. Presidential Elections": a title's end
    if words[head].lower() == "war" and words[head + 1 : head + 2] == ["on"]:
        return False  # "War on Drugs", "War on Women": a campaign or a slogan
    if words[head].lower() == "congress" and not any(
        w.lower() in ORDINALS or w[:1].isdigit() for w in words[max(0, first - 1) : head]
    ):
        return False  # "the Republican-led Congress": the legislature, no party congress
    return not generic_event(words[first : head + 1])


def generic_event(words: list[str]) -> bool:
    """ "the National Championship", "the State GOP Convention": an event word after a
    generic adjective and at most a party's name says which kind, not which one."""
    before = [w.lower() for w in words[:-1]]
    return (
        words[-1].lower() in EVENT_HEADS
        and bool(before)
        and before[0] in GENERIC_EVENT_WORDS
        and all(w in GENERIC_EVENT_WORDS or w in PARTY_WORDS for w in before)
    )


def _another_year(words: list[str], first: int) -> bool:
    """ "last year's G-7 summit", "the previous OPEC meeting": a recurring event's other
    instance, which a page of the one the story is about would mix in."""
    before = [w.lower() for w in words[max(0, first - 3) : first]]
    return bool(set(before) & {"last", "previous", "past"}) or before[-2:] in (
        ["year", "'s"],
        ["year", "’s"],
        ["year's"],
    )


def _described(words: list[str], first: int) -> bool:
    """ "a Chamber of Commerce summit", "a July NATO summit": an indefinite article before
    a body's name and a lower-case head describes an event, it names none."""
    for word in reversed(words[max(0, first - 3) : first]):
        if word in INDEFINITE_ARTICLES:
            return True
        if word == "the" or not (word.islower() or word.isdigit() or word.lower() in MONTH_NAMES):
            return False
    return False


def _name_word(word: str) -> bool:
    return (word[:1].isupper() and word.lower() not in NOT_NAMES) or word.lower() in ORDINALS


def _named_from(words: list[str], k: int) -> bool:
    """Does a name begin at words[k], after a "the" or not ("Congress of the International
    Federation of ...": the event's name goes on)?"""
    k += k < len(words) - 1 and words[k] == "the"
    return k < len(words) and _name_word(words[k])
