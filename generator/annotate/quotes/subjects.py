"""What the quotation resolver reads a sentence with, and the `Speaker` it returns: the
subject of a sentence's main clause, a body or document opening it, a person the text
introduces without a name, a state a description names, a document given as the source,
and the words for documents, kin and bodies that decide how a description is read."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from generator.annotate.entities.aliases import us_state
from generator.annotate.quotes.phrases import (
    ASIDES,
    Phrase,
    Token,
    is_cue,
    is_namey,
    object_phrase,
    read_phrase,
    sentence_subject,
    subject_before,
)
from generator.annotate.quotes.spans import QuoteSpan
from generator.annotate.words import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    ORGANIZATION_HEADS,
    PERSON_HEADS,
    SPEAKING_PAPERS,
)
from generator.model import Attribution, EntityType, Quote


def _any_of(words: frozenset[str]) -> str:
    """A regex alternation of the words, longest first, so that "bank" does not cut
    "bankers" short."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# `Joni Ernst, R-Iowa,`, `Ted Cruz (R-Texas)`: a person's party and state after the name
PARTY_STATE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3},? \(?[RDI]-([A-Z][A-Za-z.]+)")
OWNER_OF_ROLE = re.compile(r"\s+(?:to|for)\s+(?:[A-Z][\w.]*\s+){0,4}")  # `the aide to (X) Lyng`

# `the ministry`, `The agency`: an organization by its description.
ORG_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?:" + _any_of(ORGANIZATION_HEADS) + r")\b")

# Someone the text introduces without a name: `one senior banking official`, `a Western
# envoy`, `another dealer` (an indefinite article, up to three words, a person's head).
UNNAMED_PERSON = re.compile(
    r"\b(?:(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?(?P<head>"
    + _any_of(PERSON_HEADS | ANONYMOUS_HEADS)
    + r")|[Tt]he\s+(?:(?:(?:[A-Z]\.)+|[\w-]+) ){0,3}?(?P<anonymous>"
    + _any_of(ANONYMOUS_HEADS)
    + r"))\b(?!['’]s)"
)  # `one senior banking official`, `another dealer`; `the State Department source` (anonymous)

# a capitalised word joined to a lower-case one, an adjective and no name's word: "the
# al Qaeda-linked Islamic extremist cleric", "Boston-based"
COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w'’]*-[a-z]+")

# A question set out in an interview: `Q:`, `Question:`, `TASS:`-style lines are not.
QUESTION = re.compile(r"\s*(?:Q|Question)\s*[:.—–-]\s")

# A sentence opening with a body or a document as its subject: `The ministry said`, `But
# the report raised`, `The party's executive committee found`.
OPENING_BODY = re.compile(
    r"(?:(?:But|And|Yet|However\s*,)\s+)?(?P<body>[Tt]he\s+(?:[\w'’-]+\s+){0,3}?(?P<head>(?i:"
    + _any_of(ORGANIZATION_HEADS | DOCUMENT_NOUNS)
    + r")))(?=\s+(?!of\b)[a-z])"
)


_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?:;\n,][\"”’]?\s+(?<!\w,\s)|\b[a-z]\w*,\s+"
    r"|\b(?:[Aa]nd|[Bb]ut|said|says|added|adds|to)\s+"
    r"|\b(?i:" + "|".join(sorted(ASIDES)) + r"),\s+)$"  # `However, a fund manager made`
)


def closes_sentence(tokens: list[Token], k: int) -> bool:
    """`... said the troops "continued their advance."`: a closing mark after a full
    stop ends the sentence it closes."""
    return (
        k > 0
        and tokens[k].text in '"”'
        and tokens[k - 1].text in ".!?"
        and (k + 1 == len(tokens) or tokens[k + 1].cap)
    )


def main_subject(sentence: list[Token], quoted: Callable[[int], bool]) -> Phrase | None:
    """The subject of a sentence's main clause, before any quotation in it: the subject
    of its first speech verb (`The CCM's national executive committee said it was ...`,
    `..., the EC's Executive Commission said in a report`), else its opening name or
    body (`GNA gave no details`, `The Commission blamed ...`)."""
    for k, tok in enumerate(sentence):
        if quoted(tok.start) or tok.text in '"“”':
            break
        if k and is_cue(sentence, k) and tok.low != "according":
            found = subject_before(sentence, k)
            if found:
                first = next(n for n, t in enumerate(sentence) if t is found[0])
                end = first + len(found)
                joined = first >= 2 and sentence[first - 1].low in ("of", "and", "&")
                if joined and sentence[first - 2].cap:
                    first -= 2  # `the Bank of Wessex`, `Duff and Phelps`: the whole name
                    while first and sentence[first - 1].cap and is_namey(sentence[first - 1]):
                        first -= 1
                    name = " ".join(t.text for t in sentence[first:end])
                    return Phrase("name", name, [], sentence[first].start)
                return read_phrase(found)
            if sentence[k - 1].text == ",":
                return object_phrase(sentence, k + 1)  # `..., said the ministry`
    opening = OPENING_BODY.match(" ".join(t.text for t in sentence[:8]))
    if opening is not None:  # `The Commission blamed ...`, `But the report raised ...`
        words = opening.group("body").split()
        if all(w[:1].isupper() for w in words[1:]):  # `The Trayvon Martin Foundation`
            return Phrase("name", " ".join(words[1:]), [], sentence[0].start)
        low = [w.lower() for w in words[1:]]
        return Phrase("description", " ".join(words), low, sentence[0].start)
    return sentence_subject(sentence)


def opens_subject(text: str, offset: int) -> bool:
    """Does an unnamed person's description open a sentence or clause (`One analyst
    said`, `..., said one expert`, `According to one Western envoy`), rather than
    stand in apposition to a name (`Smith, an analyst,`) or after a verb (`is a`)?"""
    return _SUBJECT_BEFORE.search(text, max(0, offset - 40), offset) is not None


def state_named(words: list[str]) -> str:
    """The US state among a description's words (`the New York senator`), or ""."""
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            state = us_state(" ".join(words[i : i + size]).removesuffix("'s"))
            if state:
                return state
    return ""


def a_document_phrase(phrase: Phrase) -> str | None:
    """`The report`, `the OECD report`, `The paper`: a document the text names as the
    source, whose issuer it does not say plainly; shown as the text gives it (`the
    OECD report`), linked to no page. A document of a kind (`a report`) is none."""
    words = phrase.text.split()
    if (
        phrase.kind != "description"
        or not 2 <= len(words) <= 4
        or words[0].lower() != "the"
        or words[-1].lower() not in SPEAKING_PAPERS
        or not all(w[:1].isupper() or w.isalpha() for w in words[1:])
    ):
        return None
    return " ".join(["the", *words[1:]])


def a_document(quote: Quote) -> bool:
    """A quotation given, unlinked, to a document (`the report`)."""
    words = (quote.speaker or "").split()
    return (
        not quote.speaker_id
        and len(words) >= 2
        and words[0] == "the"
        and words[-1].lower() in SPEAKING_PAPERS
    )


# Documents a person writes (`the book said`: its author); names of things that do not
# speak for themselves.
WRITTEN_BY_PEOPLE = frozenset(
    ("book", "memoir", "letter", "email", "e-mail", "tweet", "post", "column", "note", "text")
)

COURT_PAPERS = frozenset(("ruling", "opinion", "verdict", "judgment", "judgement", "order"))

KIN = frozenset(("father", "mother", "son", "daughter", "husband", "wife", "brother", "sister"))

# Heads that say only a person's sex or age: `the man shouted` is someone the text met
# without a name (`One man in Manchester`, `a middle-aged cashier`), not the one named last
PLAIN_PERSONS = frozenset(("man", "woman", "boy", "girl"))

# `the man who built his career on ...`: a restrictive clause that tells who (not `the
# woman, who did not want to be named`)
RELATIVE_AFTER = re.compile(r"\s+(?:who|whose)\b")

# `the regional manager for one of the major oil companies who spoke on condition that he
# not be named`: the words after a description that say the text names no one
UNNAMED_AFTER = re.compile(
    r"[^.!?\"“”]{0,40}?\b(?:for|of|at|with) one of\b"
    r"|[^.!?\"“”]{0,120}?\b(?:anonymity|on condition|not (?:to )?be (?:named|identified))\b"
)

GENERIC_BODIES = frozenset(("group", "organization", "organisation", "company", "firm"))


@dataclass(slots=True)
class Speaker:
    name: str
    kind: EntityType | Literal["unnamed"]  # unnamed: a description, no page
    attribution: Attribution
    cue: str | None
    via: str | None = None  # the pronoun or description it was identified from
    confidence: float | None = None  # the ranker's probability, when it chose


def owner_as_given(phrase: Phrase) -> Speaker | None:
    """`The embassy's health alert says`, no embassy named or spoken before: the body as
    the text gives it, linked to no page."""
    text = phrase.text.replace("’", "'")
    if "'s " not in text:
        return None
    owner = text.split("'s ", 1)[0].split()
    if len(owner) != 2 or owner[0].lower() != "the" or owner[1] not in ORGANIZATION_HEADS:
        return None
    name = f"the {owner[1]}"
    return Speaker(name, "unnamed", "description", None, via=name)


_CREDIT = re.compile(
    r"[―—–-]?\s*((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+)(?:,\s*[^.!?\"“”]{1,60})?\.?"
)


def credited_name(line: str) -> str | None:
    """The name of a credit line under a pull quote (`Ilse Varga, harbour master`,
    `— Tomas Brek`): two to four capitalised words, a short role after a comma; not a
    section's heading in capitals after the quotation (`TRUMP COUNTER.`)."""
    found = _CREDIT.fullmatch(line.strip())
    return found.group(1) if found and not found.group(1).isupper() else None


def described_before(previous: tuple[Quote, QuoteSpan] | None, block: int) -> tuple[str, int]:
    """The text's own description of whoever spoke the quotation just before in this
    paragraph (`"...," said the regional manager ... "...," he added`) and where that
    quotation starts, or ("", 0)."""
    if previous is None or previous[1].block != block or previous[0].speaker_id:
        return "", 0
    speaker = previous[0].speaker or ""
    described = speaker.split(" ", 1)[0].lower() in ("the", "a", "an", "one", "another")
    return (speaker, previous[0].start) if described else ("", 0)
