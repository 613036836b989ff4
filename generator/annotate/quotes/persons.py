"""Which person a description or a pronoun means, among the people the article names.

`PersonBook` extends the article's `NameBook` with what the resolution of "he"/"she"
and of a description of a person needs (resolution.py holds the rest): the learned
ranker's pick of the person the discourse is about (ranker.py), the person named
before with a described role (`the Florida senator`), the person the text introduced
without a name (`one senior banking official`), and the interviewee of an interview.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from generator.annotate.entities.aliases import us_state
from generator.annotate.quotes import ranker
from generator.annotate.quotes.names import NameBook
from generator.annotate.quotes.phrases import Phrase
from generator.annotate.quotes.roles import has_role
from generator.annotate.quotes.spans import QuoteSpan
from generator.annotate.quotes.subjects import (
    KIN,
    OWNER_OF_ROLE,
    PARTY_STATE,
    PLAIN_PERSONS,
    QUESTION,
    RELATIVE_AFTER,
    UNNAMED_AFTER,
    UNNAMED_PERSON,
    opens_subject,
    state_named,
)
from generator.annotate.words import (
    ANONYMOUS_HEADS,
    FEMALE_HEADS,
    MALE_HEADS,
    NATIONALITY_WORDS,
    ORGANIZATION_HEADS,
    ROLE_WORDS,
)
from generator.model import Article, Block

_REPORTS = re.compile(r"\s+(?:said|says|added|noted|argued)\b")  # `the diplomat said the ...`
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[A-Z\"“]")
_FUNCTION_WORDS = "(?:the|for|of|to|with|from|by|at|in|on|and|or|his|her|their|its)"
_INDEFINITE_HEAD: dict[str, re.Pattern[str]] = {}  # head -> `a/an/one ... head` pattern
_NATIONS = {w.lower(): w.lower() for w in NATIONALITY_WORDS} | dict.fromkeys(
    ("u.s.", "u.s", "us", "american"), "american"
)


def _served(words: Iterable[str]) -> tuple[set[str], set[str]]:
    """The kinds of body (`ministry`, `treasury`) and the nations a title's words name."""
    low = [w.lower() for w in words]
    return {w for w in low if w in ORGANIZATION_HEADS}, {_NATIONS[w] for w in low if w in _NATIONS}


class PersonBook(NameBook):
    """The people of an article, with the person a pronoun or a description means."""

    def __init__(self, article: Article, blocks: list[Block], spans: list[QuoteSpan]) -> None:
        super().__init__(article, blocks, spans)
        self.quote_speakers: list[tuple[int, str]] = []  # (quote start, person) so far
        self.block_starts = [b.start for b in blocks]
        self._interviewee: str | None = None  # "" once known not to be an interview
        self.chosen: float | None = None  # the ranker's probability for its last choice
        self.span_starts = [span.start for span in spans]

    def _described_person(self, phrase: Phrase, head: str, at: int) -> str | None:
        """`the Russian diplomat`, `the New York businessman`: a person the article
        named before who holds that role; failing that, for a head that is not an
        anonymous one (`the official`), the person the discourse is about (ranker)."""
        if at < self.body_start:
            return self._salient_person(None, head)
        says_so = UNNAMED_AFTER.match(self.text, phrase.start + len(phrase.text)) is not None
        unnamed = says_so or self._introduced_so(phrase, at)
        name = None if unnamed else self._described_named_person(phrase, head, at)
        if name is None:
            return None
        intro = self._unnamed_introduction(head, at)
        # `A senior official ... the official said`: the unnamed one, introduced since
        return None if intro > self._last_mention(name, at) else name

    def _introduced_so(self, phrase: Phrase, at: int) -> bool:
        """`a State Department official said` in the lead, `the State Department official
        said` later: the same words the text introduced someone unnamed with, however far
        back and whoever was named since (a bare `the official` is left to the window)."""
        words = phrase.text.split()[1:]
        if len(words) < 2 or phrase.text.split()[0].lower() != "the":
            return False
        pattern = r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+" + r"\s+".join(map(re.escape, words)) + r"\b"
        return re.search(pattern, self.text[self.body_start : at]) is not None

    def _last_mention(self, name: str, at: int) -> int:
        return max((m for m in self.people[name].mentions if m < at), default=-1)

    def _unnamed_before(self, at: int, gender: str | None) -> tuple[int, str] | None:
        """The last person the text introduced without a name (`one senior banking
        official`, `a Western envoy`, `another dealer`) in this paragraph or the one
        before `at`, outside quotations, as (offset, the text's words)."""
        here = bisect.bisect_right(self.block_starts, at) - 1
        lo = self.block_starts[max(0, here - 1)] if here >= 0 else 0
        found = None
        for match in UNNAMED_PERSON.finditer(self.text, max(lo, at - 1500), at):
            head = (match.group("head") or match.group("anonymous")).lower()
            if gender == "f" and head in MALE_HEADS or gender == "m" and head in FEMALE_HEADS:
                continue
            if self._inside_quote(match.start()) or not opens_subject(self.text, match.start()):
                continue
            found = (match.start(), " ".join(match.group().split()))
        return found

    def _unnamed_after(self, unnamed: tuple[int, str], name: str, at: int) -> bool:
        """Was the unnamed person introduced after `name` was last mentioned, counting
        a name inside the description (`the aide to Lyng`) as part of it, or a name the
        speech the unnamed one reports names in passing, no subject of it (not `A reporter
        asked Sanders`)?"""
        last = self._last_mention(name, at)
        if unnamed[0] > last:
            return True
        between = self.text[unnamed[0] + len(unnamed[1]) : last]
        if (
            _SENTENCE_END.search(between) is None
            and _REPORTS.match(between)
            and not opens_subject(self.text, last)
        ):
            return True  # `The diplomat said ... since the resignation of Hu Yaobang. He said`
        return last - unnamed[0] < 80 and OWNER_OF_ROLE.fullmatch(between) is not None

    def _inside_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self.span_starts, offset) - 1
        return index >= 0 and offset < self.spans[index].end

    def _unnamed_introduction(self, head: str, at: int) -> int:
        """Where the text last introduced someone unnamed with this head before `at`
        (`a senior official who asked not to be named`), or -1."""
        lo = max(self.body_start, at - 1500)
        found = -1
        pattern = _INDEFINITE_HEAD.get(head)
        if pattern is None:
            pattern = _INDEFINITE_HEAD[head] = re.compile(
                rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!{_FUNCTION_WORDS}\b)[\w-]+\s+){{0,3}}"
                rf"{re.escape(head)}\b"
            )
        for match in pattern.finditer(self.text, lo, at):
            found = match.start()
        return found

    def _described_named_person(self, phrase: Phrase, head: str, at: int) -> str | None:
        gender = "f" if head in FEMALE_HEADS else "m" if head in MALE_HEADS else None
        own = {w.lower() for w in phrase.text.replace("’", "'").split("'")[0].split()}
        found = [
            c
            for c in ranker.candidates(self, at, gender, self.quote_speakers)
            if not own & {w.lower() for w in c.name.split()}  # not `Obama` of `Obama's aide`
            and self._body_fits(phrase, c.name)
        ]
        # `the Florida senator`: not the one the text ties to another state (`R-Iowa`)
        state = state_named(phrase.text.split()[:-1])
        if state:
            found = [c for c in found if self._state_of(c.name) in ("", state)]
        # `the Russian leader`, `the French president`: the nationality must fit too
        nations = {w for w in phrase.words if w.capitalize() in NATIONALITY_WORDS}
        for roles in ("roles", "entity_roles"):
            fitting = [c for c in found if has_role(head, getattr(self.people[c.name], roles))]
            if nations:
                fitting = [
                    c
                    for c in fitting
                    if nations <= self.people[c.name].roles | self.people[c.name].entity_roles
                ] or fitting
            if fitting:
                return ranker.best(fitting)
        if head in ANONYMOUS_HEADS:  # `the official said`: only someone named as one
            name = self._role_holder(at, gender, head)
            return name if name and self._body_fits(phrase, name) else None
        end = phrase.start + len(phrase.text)
        if head in PLAIN_PERSONS and not RELATIVE_AFTER.match(self.text, end):
            return None  # `"...," the man shouted`: unnamed, unless a clause says who
        if phrase.words[0] in ("his", "her", "their"):
            # `his wife whispered`, `his longtime personal physician says`: someone's kin or
            # aide, and that someone is the one the text is about
            return None
        if head in ROLE_WORDS and head not in KIN and self._role_taken(head, at):
            return None  # `the president said`: the office is someone's the window lacks
        if self._unnamed_introduction(head, at) >= 0:
            return None  # `A western diplomat said ... "...," the diplomat said`: that one
        return ranker.best(found)  # `the 34-year-old said`: the person the text is about

    def _body_fits(self, phrase: Phrase, name: str) -> bool:
        """`the ministry official` is no `Treasury Secretary James Baker`, nor `the U.S.
        official` `French Prime Minister Jacques Chirac`: where the description and the
        person's titles both name the kind of body served or the nation, they must share
        one (a title without either, `Chairman John Smith`, fits any)."""
        person = self.people[name]
        titles = _served(person.roles | person.entity_roles)
        described = _served(phrase.words[:-1])
        return all(not d or not t or bool(d & t) for d, t in zip(described, titles, strict=True))

    def _state_of(self, name: str) -> str:
        """The US state the text gives a person: a role (`Texas Gov.`) or the party and
        state after the name (`Sen. Joni Ernst, R-Iowa`); "" if none."""
        for role in self.people[name].roles | self.people[name].entity_roles:
            if us_state(role):
                return us_state(role)
        for offset in self.people[name].mentions[:20]:
            party = PARTY_STATE.match(self.text, offset)
            if party and us_state(party.group(1)):
                return us_state(party.group(1))
        return ""

    def _role_taken(self, head: str, at: int) -> bool:
        """Does the text before `at` give this role to some person it names?"""
        return any(
            p.kind == "person"
            and bool(p.mentions)
            and p.mentions[0] < at
            and (has_role(head, p.roles) or has_role(head, p.entity_roles))
            for p in self.people.values()
        )

    def _role_holder(self, at: int, gender: str | None, head: str) -> str | None:
        """The person named before `at` with the role `head` (or a synonym), if any."""
        for roles in ("roles", "entity_roles"):
            for _offset, name in reversed(
                self.mentions[: bisect.bisect_left(self.mention_offsets, at)]
            ):
                person = self.people[name]
                if gender and person.gender not in (None, gender):
                    continue
                if has_role(head, getattr(person, roles)):
                    return name
        return None

    def interviewee(self) -> str | None:
        """In an interview (the headline, lead or opening says so, or questions are set
        out as `Q:`), the person interviewed: the one named most; "I" and "we" in
        quotations are theirs. Elsewhere "I" is the writer, and nobody is linked."""
        if self._interviewee is None:
            self._interviewee = ""
            head = " ".join(self.text[b.start : b.end] for b in self.blocks[:4]).lower()
            questions = sum(
                1 for b in self.blocks if QUESTION.match(self.text, b.start, b.end) is not None
            )
            if "interview" in head or questions >= 2:
                self._interviewee = self._salient_person(None, None) or ""
        return self._interviewee or None

    def _own_subject(self, at: int, gender: str) -> str | None:
        """`Ban Ki-moon condemned what he called a "brazen breach"`, `Reid told reporters he
        was "not worried"`: "he" before the quotation, in a sentence whose subject is the
        one person of that gender it names, is that subject, not the one who spoke last."""
        lo = max(self.text.rfind(end, 0, at) for end in (". ", "? ", "! ", "\n")) + 1
        if at < self.body_start or at - lo > 300 or any(m in self.text[lo:at] for m in '"“”'):
            return None
        first = bisect.bisect_left(self.mention_offsets, lo)
        named = []
        for offset, mentioned in self.mentions[
            first : bisect.bisect_left(self.mention_offsets, at)
        ]:
            name = self.fit(offset, mentioned, gender)
            if name is not None and self.people[name].kind == "person":
                named.append((offset, name))
        if not named or any(name != named[0][1] for _offset, name in named):
            return None
        offset, name = named[0]
        opening = self.text[lo:offset].split()  # nothing but a title before the subject
        if not all(w[:1].isupper() for w in opening) or ranker.possessive(self.text, offset):
            return None
        self.chosen = None  # no ranker's pick: the confidence a pronoun's speaker has
        return name

    def _discourse_person(self, at: int, gender: str | None) -> str | None:
        """Who a pronoun means: the learned ranker's pick among the people named before
        and the recent quotations' speakers (ranker.py); the lead's, the salient one."""
        if at < self.body_start:
            self.chosen = None
            return self._salient_person(gender, None)
        name, self.chosen = ranker.choice(ranker.candidates(self, at, gender, self.quote_speakers))
        return name

    def _salient_person(self, gender: str | None, head: str | None) -> str | None:
        scores: dict[str, int] = {}
        for name, count in self.speaker_counts.items():
            scores[name] = scores.get(name, 0) + 3 * count
        for _offset, name in self.mentions:
            scores[name] = scores.get(name, 0) + 1
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        fitting = [
            n
            for n, _ in ranked
            if self.people.get(n)
            and self.people[n].kind == "person"
            and not (gender and self.people[n].gender and self.people[n].gender != gender)
        ]
        if head:
            for roles in ("roles", "entity_roles"):
                for name in fitting:
                    if has_role(head, getattr(self.people[name], roles)):
                        return name
        return fitting[0] if fitting else None
