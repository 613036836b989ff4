"""Who a speaker phrase means: a name, a pronoun, a description or a document.

`Resolver` extends the article's `PersonBook` (persons.py) with the resolution of each
kind of speaker phrase (`_resolve`): a surname to the full name; "he"/"she" to the
person the discourse is about (the learned ranker, ranker.py); "it"/"they" to the organization
that spoke before; a description ("the Russian diplomat") to the person named with
that role, else the one the discourse is about; a document ("the statement said") to
the organization that issued it. Speakers the article never names keep the
description as their text and get no page.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from generator.annotate.entities.aliases import company_base
from generator.annotate.entity_words import PARTY_WORDS, PUBLICATION_NOUNS
from generator.annotate.quotes.names import owned_unit
from generator.annotate.quotes.nameshapes import (
    generic_plural,
    looks_org,
    region_names,
)
from generator.annotate.quotes.persons import PersonBook
from generator.annotate.quotes.phrases import (
    INDEFINITE,
    Phrase,
    Token,
    is_cue,
    is_namey,
    is_role,
    sentence_end,
    strip_possessive,
    subject_phrase,
    tokenize,
)
from generator.annotate.quotes.spans import QuoteSpan
from generator.annotate.quotes.subjects import (
    COMPOUND_ADJECTIVE,
    COURT_PAPERS,
    GENERIC_BODIES,
    OPENING_BODY,
    WRITTEN_BY_PEOPLE,
    Speaker,
    a_document,
    a_document_phrase,
    closes_sentence,
    described_before,
    main_subject,
    owner_as_given,
)
from generator.annotate.words import (
    ANONYMOUS_HEADS,
    BODY_ORGANS,
    DOCUMENT_NOUNS,
    FIRM_LAST_WORDS,
    NOT_ENTITIES,
    NOT_NAMES,
    ORG_SYNONYMS,
    ORGANIZATION_HEADS,
    ORGANIZATION_LAST_WORDS,
    PERSON_HEADS,
    ROLE_WORDS,
    SPEAKING_PAPERS,
    word_list,
)
from generator.model import ENTITY_FOLDERS, Article, Attribution, Block, Quote, entity_type_of

_BODY_WORDS = ORGANIZATION_HEADS | FIRM_LAST_WORDS | ORGANIZATION_LAST_WORDS
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
_LETTERS_AND = re.compile(r"[A-Z]{1,2} (?:and|&) [A-Z]{1,2}")  # a firm's letters: "S and P"
_ORG_QUOTE_REACH = 400  # characters: how far a body's quotation still holds the floor
# verbs of a sentence whose subject speaks on in the quotation after it
_SAID = frozenset(
    word_list("said says added told stressed insisted explained predicted argued warned noted")
)
_MAX_MENTIONS = 8  # how many mentions of a document back its issuer is looked for
_DOCUMENT_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "this", "that"))
_BODY_SENTENCES = 5  # how many sentences back "it" may look for the body it stands for
_BODY_HEADS = ORGANIZATION_HEADS | DOCUMENT_NOUNS | SPEAKING_PAPERS


class Resolver(PersonBook):
    """Resolves speaker phrases against the people and organizations an article names."""

    def __init__(self, article: Article, blocks: list[Block], spans: list[QuoteSpan]) -> None:
        super().__init__(article, blocks, spans)
        self.previous: tuple[Quote, QuoteSpan] | None = None  # the last quote kept
        self.org_speakers: list[str] = []  # organizations that spoke a quotation so far
        self.org_quotes: list[int] = []  # where each of their quotations starts

    @functools.cached_property
    def lowered(self) -> str:
        """The text in lower case, once per article, with every offset where it was
        (a letter whose lower case is two, `İ`, stays as it is)."""
        lowered = self.text.lower()
        if len(lowered) == len(self.text):
            return lowered
        return "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)

    # -- resolution ----------------------------------------------------------

    def _resolve(self, phrase: Phrase, at: int) -> Speaker | None:
        if phrase.kind == "unnamed" and phrase.words[-1] in DOCUMENT_NOUNS:
            return self._document_owner(phrase)  # `according to a GTX statement`: GTX's
        if phrase.kind == "unnamed":
            return None
        if phrase.kind == "implicit":
            name = self._discourse_person(at, None)
            return Speaker(name, "person", "pronoun", None, None, self.chosen) if name else None
        if phrase.kind == "name":
            speaker = self._resolve_name(phrase)
            if speaker is not None and phrase.issuer and speaker.kind == "person":
                person = self.people.get(speaker.name)
                if person is None or (person.gender is None and not person.roles):
                    speaker.kind = "organization"  # a paper or site, unless shown a person
            return speaker
        if phrase.kind == "pronoun":
            if phrase.gender is None:
                return self._it_or_they(phrase, at)
            # `X condemned what he called "..."`, `X fired back: "...," he wrote`: the
            # subject of the words before the quotation, in its own sentence
            own = phrase.start <= at or self.text[:at].rstrip().endswith(":")
            name = self._own_subject(at, phrase.gender) if own else None
            name = name or self._discourse_person(at, phrase.gender)
            if name is not None and self._after_org_quote(name, at):
                return None
            held = described_before(self.previous, bisect.bisect_right(self.block_starts, at) - 1)
            if held[0] and not (name and self._last_mention(name, at) > held[1]):
                return Speaker(held[0], "unnamed", "pronoun", None, phrase.text)  # he goes on
            unnamed = self._unnamed_before(at, phrase.gender) if at >= self.body_start else None
            if unnamed is not None and (name is None or self._unnamed_after(unnamed, name, at)):
                # `One analyst said ... "...," he said`: the analyst, whom the text never names
                return Speaker(unnamed[1], "unnamed", "pronoun", None, phrase.text)
            return Speaker(name, "person", "pronoun", None, None, self.chosen) if name else None
        return self._resolve_description(phrase, at)

    def _after_org_quote(self, name: str, at: int) -> bool:
        """`"...," SHTFplan reported. "...," he declared.`: right after a body's quotation,
        "he" is someone inside it, not a person named before it; leave it open."""
        org = next((o for o in reversed(self.org_quotes) if o < at), None)
        if org is None or at - org > _ORG_QUOTE_REACH:
            return False
        if any(org < o < at for o, _n in self.quote_speakers):
            return False
        return self._last_mention(name, at) < org

    def _resolve_name(self, phrase: Phrase) -> Speaker | None:
        written = [w for w in phrase.text.split() if w.lower() != "the"]
        if len(written) > 1 and written[-1].istitle() and written[-1].lower() in PUBLICATION_NOUNS:
            # `The People's Daily said`: a paper, by the name it is written with
            known = self.entities.get(" ".join(written).lower())
            return Speaker(
                known.name if known else " ".join(written), "organization", "explicit", None
            )
        cut = owned_unit(written, self.entities)  # `General Motors Corp's GMAC Financial ...`
        whole = [strip_possessive(w) for w in written[cut if len(written) - cut > 1 else 0 :]]
        if whole and looks_org(" ".join(whole)):
            return Speaker(" ".join(whole), "organization", "explicit", None)  # `State Department`
        entity = self.entities.get(" ".join(whole).lower())
        company = self._company_called(whole) if len(whole) > 1 else None
        if company is not None and company_base(company) != " ".join(whole):
            company = None  # `Dillard Spriggs` of `Dillard Spriggs of Petroleum Analysis Ltd`
        if company is not None and (entity is None or entity.type != "person"):
            return Speaker(company, "organization", "explicit", None)  # `K Mart` of `K Mart Corp`
        if _LETTERS_AND.fullmatch(" ".join(whole)):  # `S and P said`: the wire's S&P
            return Speaker(
                entity.name if entity else " ".join(whole), "organization", "explicit", None
            )
        name = self._canonical_run(phrase.text, phrase.words)
        if not name:
            return None
        low = name.lower()
        role_word = low in ROLE_WORDS or low in PERSON_HEADS
        alone = " " not in phrase.text.strip()  # `Bankers said`, not `The New York Times`
        alone = alone and not any(" " in n for n in self.by_surname.get(name, ()))  # `Banks`
        if alone and " " not in name and generic_plural(low):
            return None  # `Officials said`, `Bankers said`: people the article does not name
        if " " not in name and role_word and name[:1].isupper():
            full = self._match_surname(name, phrase.start)  # `Baker said` after `Brian Baker`
            if full and " " in full and self.people[full].kind == "person":
                return Speaker(full, "person", "explicit", None)
        if " " not in name and role_word and not (name[:1].isupper() and self._named_as(name)):
            words = [w for w in phrase.words if w not in ("the",)] + [name.lower()]
            role = Phrase("description", phrase.text, words, phrase.start)
            return self._resolve_description(role, phrase.start)
        if looks_org(name):
            return Speaker(name, "organization", "explicit", None)
        parts = name.split()
        if len(parts) == 1:
            full = self._match_surname(parts[0], phrase.start)
            if full in (None, name) and len(whole) > 1 and is_role(whole[-2]):
                full = self._given_name_of(name, phrase.start) or full  # `Sheikh Ali`
            company = self._company_called([name]) if full in (None, name) else None
            if company is not None and name.lower() not in self.entities:
                return Speaker(company, "organization", "explicit", None)  # `Digital said`
            if full:
                return Speaker(full, self.people[full].kind, "explicit", None)
            entity = self.entities.get(name.lower())
            if entity is not None and entity.type == "organization":
                return Speaker(entity.name, "organization", "explicit", None)
            if entity is None and not self._proper_noun(name):
                return None  # `Later, ...`, `Immediately after ...`: a capitalised first word
            if entity is None and name.lower() in region_names():
                return Speaker(name, "place", "explicit", None)  # `India said`
        if name in NOT_ENTITIES:
            return None  # `67 Latin American artists`: a description, nobody's name
        if COMPOUND_ADJECTIVE.fullmatch(parts[0]):
            return self._after_adjectives(phrase, parts)
        return Speaker(name, "person", "explicit", None)

    def _after_adjectives(self, phrase: Phrase, parts: list[str]) -> Speaker | None:
        """A name after adjectives like `Texas-based` and `Co-anchor` is the name after
        them (`Texas-based Matt Mackowiak`); one word that no other name of the article
        ends with is the rest of a description (`the al Qaeda-linked Islamic extremist`)."""
        while parts and COMPOUND_ADJECTIVE.fullmatch(parts[0]):
            parts = parts[1:]
        rest = " ".join(parts)
        if not rest:
            return None
        if len(parts) == 1 and rest.lower() not in self.entities:
            full = self._match_surname(rest, phrase.start)
            if full is None or COMPOUND_ADJECTIVE.fullmatch(full.split()[0]):
                return None
        return self._resolve_name(Phrase(phrase.kind, rest, phrase.words, phrase.start))

    def _named_as(self, word: str) -> bool:
        """Is this capitalised trade word the short name of a body the article names
        (`Baker` of `Baker International Corp`, `State` of `State Department`), not `the
        baker`? A party word never is (`The former Republican presidential candidate`)."""
        if word.lower() in PARTY_WORDS:
            return False
        entity = self.entities.get(word.lower())
        return (
            entity is not None
            and entity.type == "organization"
            or bool(self._companies_called([word]))
        )

    def _company_called(self, words: list[str]) -> str | None:
        """`Digital said` in a story about Digital Equipment Corp, `Canonie said` after
        Canonie Environmental Services Corp, `K Mart said` after K Mart Corp: the one
        organization whose longer name the words open."""
        found = self._companies_called(words)
        return found.pop() if len(found) == 1 else None

    def _companies_called(self, words: list[str]) -> set[str]:
        """The organizations named in the article whose longer names open with `words`."""
        n = len(words)
        found = {
            e.name
            for e in self.article.entities
            if e.type == "organization" and e.name.split()[:n] == words and e.name.count(" ") >= n
        }
        found |= {
            p.name
            for p in self.people.values()
            if p.kind == "organization" and p.name.split()[:n] == words and p.name.count(" ") >= n
        }
        return found

    def _proper_noun(self, word: str) -> bool:
        """Is `word` written with a capital inside a sentence somewhere in the article,
        not only as a sentence's first word? Names are; `Later` and `Several` are not."""
        if word.endswith("ly") or word.lower() in NOT_NAMES or word.isupper():
            return False
        pos = self.text.find(word, self.body_start)  # a title-case headline proves nothing
        for _ in range(50):
            if pos < 0:
                return False
            before = self.text[max(0, pos - 2) : pos]
            if len(before) == 2 and before[1].isspace() and before[0] not in ".!?:\n":
                return True  # `the Trump campaign`, `," Trump said`
            pos = self.text.find(word, pos + len(word))
        return False

    def _resolve_description(self, phrase: Phrase, at: int) -> Speaker | None:
        words = phrase.words
        head = words[-1]
        if "of" in words[1:]:  # `the 34-year-old mother of three`
            head = words[words.index("of", 1) - 1]
        if head in DOCUMENT_NOUNS and phrase.text.split()[0].lower() not in INDEFINITE:
            owner = self._document_owner(phrase)
            if owner is not None:
                return owner
            given = owner_as_given(phrase)
            if given is not None and given.name.split()[-1] not in GENERIC_BODIES:
                return given  # `the embassy's alert`, no embassy named: not another body
            return self._document_source(phrase, at) or given
        if head in ORGANIZATION_HEADS or " ".join(words[-2:]) == "white house":
            org = self._sentence_body(phrase) or self._speaking_body(phrase, at)
            org = org or self._recent_org(phrase)
            if org:
                return Speaker(org, "organization", "description", None)
            names = phrase.text.split()
            if any(t[:1].isupper() for t in names[1:]):  # `the U.S. government`: as named
                if names[0].lower() in ("the", "a", "an", "its", "their"):
                    names = names[1:]
                named = " ".join(w for w in names if w[:1].isupper())
                known = self.entities.get(named.lower())
                if known is not None and known.type == "organization":
                    # `The official International Business newspaper`: the paper's page
                    return Speaker(known.name, "organization", "description", None)
                return Speaker(" ".join(names), "organization", "description", None)
            if head not in PERSON_HEADS:
                # `Statistics Canada also reported ... "...," the federal agency said`: the
                # body the sentences before are about, not the last one named
                body = self._speaking_body(phrase, at, fitting=False)
                return Speaker(body, "organization", "description", None) if body else None
        if phrase.text.split()[0].lower() in INDEFINITE:
            return None  # `a longtime adviser`, `one official`: the article does not say who
        if head.endswith("s") and head[:-1] in PERSON_HEADS:
            return None  # plural: "officials said"
        if head not in PERSON_HEADS and head not in ROLE_WORDS:
            return None  # not a person
        name = self._described_person(phrase, head, at)
        return Speaker(name, "person", "description", None) if name else None

    def _document_source(self, phrase: Phrase, at: int) -> Speaker | None:
        """`the statement said`, `the article read`: the organization that spoke the
        quotation before (this paragraph or the two before), else the issuer an earlier
        mention of the document gives (`The ministry said in a statement ... "...," the
        statement said`); the person who spoke before, when a mention gives the document
        to a person (`Smith said in a statement`); for a ruling, the court named before.
        Otherwise nobody, not the organization named last: a letter's signatories may
        never be named, and a document someone only handed over (`One provided a
        document`) is not theirs."""
        here = bisect.bisect_right(self.block_starts, at) - 1
        head = phrase.words[-1]
        before = None
        if self.previous is not None:
            quote, span = self.previous
            if span.block >= here - 2 and quote.speaker:
                before = self._from_quote(quote, "description")
                if before is not None and before.kind == "organization":
                    return before
        lo = self.block_starts[max(0, here - 2)] if here >= 0 else 0
        mention = self.lowered.rfind(head, lo, min(at, phrase.start))
        org = None
        if head not in WRITTEN_BY_PEOPLE and mention > lo:  # a letter may be sent *to* one
            org = self._issuer_before(head, mention, lo)
        elif head not in WRITTEN_BY_PEOPLE and self.org_speakers:
            # no statement named before: the body that has spoken in the story, not the
            # one named last (`The World Bank last week said ...`)
            return Speaker(self.org_speakers[-1], "organization", "description", None)
        if org is not None and org.kind == "organization":
            return org
        if org is not None and before is not None and before.kind == "person":
            return before  # `Smith said in a statement`: the one who spoke before
        if head in WRITTEN_BY_PEOPLE:
            return None
        if head in COURT_PAPERS:  # `said the ruling`: the court named before
            court = self._recent_org(Phrase("description", phrase.text, ["court"], at))
            if court is not None:
                return Speaker(court, "organization", "description", None)
        return None

    def _document_owner(self, phrase: Phrase) -> Speaker | None:
        """`The embassy's health alert says`, `Treasury's statement said`, `the IMF report
        stated`: the body whose document it is."""
        text = phrase.text.replace("’", "'")
        if "'s " not in text:
            # `the IMF report stated`, `a Treasury statement`: a name before the noun
            named = [word for word in text.split()[1:-1] if word[:1].isupper()]
            if not named:
                return None
            owner = self._resolve_name(Phrase("name", " ".join(named), [], phrase.start))
            if owner is None or owner.kind != "organization":
                return None
            return Speaker(owner.name, "organization", "description", None)
        owners = text.split("'s ", 1)[0].split()
        if owners and owners[0].lower() in ("the", "its"):
            owners = owners[1:]
        if not owners:
            return None
        if owners[-1].lower() in ORGANIZATION_HEADS and not owners[-1][:1].isupper():
            words = [w.lower() for w in owners]
            org = self._recent_org(Phrase("description", " ".join(owners), words, phrase.start))
            return Speaker(org, "organization", "description", None) if org else None
        owner = self._resolve_name(Phrase("name", " ".join(owners), [], phrase.start))
        if owner is None or owner.kind != "organization":
            return None
        # `the Bank's proposal` after the Bank of England: the body its short name means
        bodies = self._companies_called(owner.name.split())
        if len(bodies) > 1:  # `the Bank's` with two banks named: the text's words, no page
            return Speaker(phrase.text, "unnamed", "description", None, via=phrase.text)
        body = bodies.pop() if bodies else owner.name
        return Speaker(body, "organization", "description", None)

    def _issuer_before(self, head: str, mention: int, lo: int) -> Speaker | None:
        """Who issued the document last mentioned at `mention`: the first earlier mention
        (this paragraph and the two before) whose sentence tells (`In a statement issued
        after the meeting, the Treasury said`, `Common Cause filed a suit ... The suit
        blasted`); else, further back in the story, the one body every telling mention
        names (`the Treasury statement said ... The one-page statement noted the IMF
        ... "...," the statement said`: the Treasury's, not the IMF's). Two bodies, or
        none: nobody."""
        issuers: set[str] = set()
        for _ in range(_MAX_MENTIONS):
            if mention < self.body_start:
                break
            decided, issuer = self._issuer_at(mention, head)
            if issuer is not None:
                issuer.attribution = "description"  # through the document
            if decided and mention > lo:
                return issuer
            if decided:
                body = issuer is not None and issuer.kind == "organization"
                issuers.add(issuer.name if issuer is not None and body else "")
            mention = self.lowered.rfind(head, self.body_start, mention)
        if len(issuers) == 1 and "" not in issuers:
            return Speaker(issuers.pop(), "organization", "description", None)
        return None

    def _issuer_at(self, mention: int, head: str) -> tuple[bool, Speaker | None]:
        """Who issued the document mentioned at `mention`, as its sentence tells: a body
        before the noun (`the Treasury statement`, `the Bank's report`) or after it (`the
        statement by the Iranian High Command`), or the subject that speaks in it (`The
        ministry said in a statement`). (True, None) when the sentence gives it to
        someone it cannot name; (False, None) when it does not tell (`The one-page
        statement noted the International Monetary Fund expressed confidence`: the IMF
        is only named in it). A person the sentence gives it to (`Smith said in a
        statement`) comes back as a person."""
        if self._inside_quote(mention):
            return False, None
        start = max(self.text.rfind(". ", 0, mention), self.text.rfind("\n", 0, mention)) + 1
        ends = [e for e in (self.text.find(". ", mention), self.text.find("\n", mention)) if e >= 0]
        tokens = tokenize(self.text, start, min(ends, default=len(self.text)))
        k = next((n for n, t in enumerate(tokens) if t.start == mention), None)
        if k is None or tokens[k].low.rstrip("s") != head:
            return False, None  # `statements`, `reported`: another word
        j = last = k  # the words before the noun, up to its determiner: tokens[j:last]
        while j > 0 and last - j < 4 and tokens[j - 1].low not in _DOCUMENT_DETERMINERS:
            if tokens[j - 1].text == ")" and last == j:  # `the Vox Populi (...) column`
                opening = next(
                    (n for n in range(j - 2, max(0, j - 10), -1) if tokens[n].text == "("), 0
                )
                if opening:
                    j = last = opening
                    continue
            if not tokens[j - 1].text[:1].isalnum():
                break
            j -= 1
        determiner = tokens[j - 1].low if j > 0 else ""
        owners = tokens[j:last]
        titled = k and tokens[k].cap  # `its American Community Survey`: a title, no owner
        if not titled and any(
            t.cap and t is not tokens[0] or t.text.endswith(("'s", "’s")) for t in owners
        ):
            return True, self._owner_before(tokens[max(0, j - 1) : last] + [tokens[k]])
        after = [t for t in tokens[k + 1 : k + 9] if t.low != "the"]
        if len(after) >= 2 and after[0].low in ("by", "from") and after[1].cap:
            run = []  # `The statement by the Iranian High Command`
            for tok in after[1:]:
                if not (tok.cap and is_namey(tok)):
                    break
                run.append(tok.text)
            named = Phrase("name", " ".join(run), [], after[1].start, issuer=True)
            owner = self._resolve(named, named.start)  # a body unless shown a person
            return True, owner if owner is not None and owner.kind == "organization" else None
        if determiner not in ("a", "an", "its", "their"):
            return False, None  # `The report said`, `said the report is`: no new issuer
        subject = main_subject(tokens, self._inside_quote)
        if subject is None:  # `The liberal activist group MoveOn.org issued a statement`
            return self._org_named_before(start, mention)
        if subject.kind == "pronoun" and subject.words[0] == "it":
            return False, None
        if subject.kind == "pronoun" and subject.words[0] in ("he", "she"):
            return True, Speaker(subject.text, "person", "pronoun", None)  # `he said in a`
        if subject.kind == "pronoun":
            return True, None
        speaker = self._resolve(subject, subject.start)
        if speaker is None and subject.kind != "name":
            return False, None  # `A spokesman said in a statement`: nobody the text names
        if speaker is None or speaker.kind not in ("organization", "person"):
            return True, None
        return True, speaker  # `The ministry said in a statement`, `Smith said in a letter`

    def _owner_before(self, words: list[Token]) -> Speaker | None:
        """The body a document's own words name before it: `the Treasury statement`,
        `Treasury's statement`, `a Times article` (The New York Times), `the Vox Populi
        column` (a paper's column, unless the name is shown a person's)."""
        text = " ".join(t.text for t in words)
        owner = self._document_owner(Phrase("description", text, [], words[0].start))
        named = [strip_possessive(t.text) for t in words[:-1] if t.cap and t is not words[0]]
        if owner is None and len(named) == 1:
            low = [named[0].lower()]
            body = self._recent_org(Phrase("description", named[0], low, words[0].start))
            owner = Speaker(body, "organization", "description", None) if body else None
        if owner is None and named:
            issuer = Phrase("name", " ".join(named), [], words[0].start, issuer=True)
            owner = self._resolve(issuer, issuer.start)
        return owner if owner is not None and owner.kind == "organization" else None

    def _org_named_before(self, start: int, end: int) -> tuple[bool, Speaker | None]:
        """The organization named last between `start` and `end`, outside quotations, as
        (found, speaker)."""
        best, where = None, (-1, 0)
        for person in self.people.values():
            if person.kind != "organization" or not person.known or len(person.name) < 3:
                continue
            pos = self.text.rfind(person.name, start, end)
            if pos >= 0 and not self._inside_quote(pos):
                rank = (pos + len(person.name), len(person.name))
                if rank > where:
                    best, where = person.name, rank
        if best is None:
            return False, None
        return True, Speaker(best, "organization", "description", None)

    def _body_named(self, phrase: Phrase) -> str | None:
        """The organization a name phrase means, by its looks or as the entities know it
        (`Statistics Canada`), else None."""
        speaker = self._resolve_name(phrase)
        if speaker is None:
            return None
        entity = self.entities.get(speaker.name.lower())
        if entity is None and speaker.name.lower() in _BODY_WORDS:
            return None  # `Financial institutions "..."`: a body's word alone names no body
        known = self.people.get(speaker.name)
        if speaker.kind == "organization" or known is not None and known.kind == "organization":
            return speaker.name
        return entity.name if entity is not None and entity.type == "organization" else None

    def _speaking_body(self, phrase: Phrase, at: int, fitting: bool = True) -> str | None:
        """`USAir said ... Piedmont. The company said ...`: the body the sentences before
        have as their subject and, when `fitting`, whose name fits the description
        (`company`: Co, Corp, Inc ...; `USAir` for USAir Group Inc), not the one named
        last. A person or "it" as subject passes the question on; a subject of the same
        description (`The company also said`) too."""
        head = phrase.words[-1]
        heads = ORG_SYNONYMS.get(head, (head,))
        for subject in self._subjects_before(min(at, phrase.start)):
            if subject is None or subject.kind in ("pronoun", "unnamed"):
                continue
            if subject.kind == "description" and subject.words[-1] in BODY_ORGANS:
                owner = [strip_possessive(w) for w in subject.text.split() if w[:1].isupper()]
                owner = owner[1:] if owner and owner[0].lower() == "the" else owner
                if not owner:
                    continue  # `The board voted`: the company named further back
                subject = Phrase("name", " ".join(owner), [], subject.start)  # `The Acme board`
            elif subject.kind == "description":
                if subject.words[-1] == head:
                    continue  # `The company also said`: the same one, named further back
                return None  # another body, described: the text has moved on
            body = self._body_named(subject)
            if body is None:
                continue
            names = {body} | self._companies_called(body.split())
            if not fitting or any(h in name.lower().split() for name in names for h in heads):
                return max(names, key=len)
            return None  # another kind of body (`The ministry said ...`)
        return None

    def _sentence_body(self, phrase: Phrase) -> str | None:
        """`<Banco Santander> signed a letter of intent with Bank of America ..., the bank
        said`: a body described after the comma that ends its sentence is the sentence's
        subject when that is a body of the kind, not the one named last."""
        block = self.blocks[bisect.bisect_right(self.block_starts, phrase.start) - 1]
        tokens = tokenize(self.text, block.start, phrase.start)
        ends = [k for k in range(len(tokens) - 1) if sentence_end(tokens, k)]
        sentence = tokens[ends[-1] + 1 if ends else 0 :]
        if len(sentence) < 3 or sentence[-1].text != "," and sentence[-2].text != ",":
            return None  # `..., the bank said`; `... "...," the company said`
        dash = next((k for k, t in enumerate(sentence[:8]) if t.text in "-—–"), -1)
        words = [t for t in sentence[dash + 1 :] if t.text not in "<>"]  # `<Banco Santander>`
        end = next((k for k, t in enumerate(words) if not (t.cap and is_namey(t))), 0)
        if len(words) > 2 and words[0].low == "the":  # `The Acme board rejected ...`: Acme
            inner = next((k for k, t in enumerate(words[1:]) if not (t.cap and is_namey(t))), 0)
            if inner and words[inner + 1].low in BODY_ORGANS:
                words, end = words[1:], inner
        if not end or not words[end].text[:1].islower():
            return None  # not a name opening the sentence as its subject
        opening = Phrase("name", " ".join(t.text for t in words[:end]), [], words[0].start)
        body = self._body_named(opening)
        heads = ORG_SYNONYMS.get(phrase.words[-1], (phrase.words[-1],))
        return body if body and any(h in body.lower().split() for h in heads) else None

    def _recent_org(self, phrase: Phrase) -> str | None:
        """The organization named in the article whose name holds the description's head
        (`the ministry` -> `Russian Foreign Ministry`); the last one registered wins."""
        head = phrase.words[-1]
        heads = ORG_SYNONYMS.get(head, (head,))
        best, where = None, (False, -2, 0)
        opening = self._sentence_opening(phrase.start)
        for person in self.people.values():
            if (
                person.kind == "organization"
                and any(h in person.name.lower().split() for h in heads)
                and company_base(person.name) != ""  # "Co Inc" of "Granite and Co Inc"
            ):
                pos = self.text.rfind(person.name, 0, max(phrase.start, 0))
                end = pos + len(person.name) if pos >= 0 else -1
                first = person.name.split()[0]
                if len(first) >= 4 and first[0].isupper() and first.lower() not in NOT_NAMES:
                    # `A Kleinwort Benson spokesman ... the company said`: a short mention
                    short = self.text.rfind(first, 0, max(phrase.start, 0))
                    if short >= 0 and short + len(first) > end:
                        pos, end = short, short + len(first)
                # `The board asked Granite Partners to "...," the company said`: a body the
                # description's own sentence names past its first words is not the described
                inside = pos > opening and len(self.text[opening:pos].split()) > 1
                rank = (not inside, end, len(person.name))
                if rank >= where:  # the one named last before the description
                    best, where = person.name, rank
        return best

    def _sentence_opening(self, at: int) -> int:
        """Where the sentence that holds `at` begins: after the last full stop before it
        outside quotation marks."""
        for end in reversed([m.end() for m in _SENTENCE_END.finditer(self.text, 0, at)]):
            if not self._inside_quote(end - 1):
                return end
        return 0

    def said_before(self, span: QuoteSpan) -> Speaker | None:
        """A quotation with no speech verb of its own that opens a sentence right after
        one whose subject said something (`He said Opec had expected some fluctuations.
        "We hope ..."`): that subject, a name or "he"/"she", speaks on. Only the sentence
        just before, in the same paragraph, with no quotation mark in it."""
        block = self.blocks[span.block]
        before = self.text[block.start : span.start].rstrip()
        if span.continues or span.start < self.body_start or not before:
            return None
        if before[-1] not in ".!?" or any(mark in before for mark in '"“”'):
            return None
        tokens = tokenize(self.text, block.start, block.start + len(before))
        ends = [k for k, t in enumerate(tokens[:-1]) if t.text in ".!?"]
        sentence = tokens[ends[-1] + 1 if ends else 0 :]
        for k in range(1, min(4, len(sentence))):
            if is_cue(sentence, k) and sentence[k].low in _SAID:
                phrase = subject_phrase(sentence[:k])
                if phrase is None or phrase.kind not in ("name", "pronoun"):
                    return None
                speaker = self._resolve(phrase, phrase.start)
                if speaker is not None and speaker.attribution in ("pronoun", "description"):
                    speaker.via = phrase.text
                return speaker
        return None

    def _it_or_they(self, phrase: Phrase, at: int) -> Speaker | None:
        """`"...," it added` after `the ministry said`: the organization that spoke the
        quotation before, in this paragraph or the two before; else nobody."""
        if phrase.words[0] in ("i", "we"):
            name = self.interviewee()
            return Speaker(name, "person", "interview", None) if name else None
        if phrase.words[0] not in ("it", "they"):
            return None
        if phrase.words[0] == "it":
            decided, body = self._body_before(at)
            if decided:
                return body
        here = bisect.bisect_right(self.block_starts, at) - 1
        if self.previous is not None:
            quote, span = self.previous
            organization = (quote.speaker_id or "").startswith(ENTITY_FOLDERS["organization"] + "/")
            if span.block >= here - 2 and quote.speaker and organization:
                return Speaker(quote.speaker, "organization", "pronoun", None)
            if span.block >= here - 2 and phrase.words[0] == "it" and a_document(quote):
                # `The report said "...". ... "...," it warned`: the same document
                return Speaker(quote.speaker or "", "unnamed", "pronoun", None, via=quote.speaker)
        if phrase.words[0] == "it":
            return self._subject_body(at)
        return None

    def _subjects_before(self, at: int) -> Iterator[Phrase | None]:
        """The subjects of the sentences before `at` (`main_subject`), nearest first:
        this paragraph and the two before, at most `_BODY_SENTENCES`; None for a
        sentence that names none. The walk ends at a sentence that opens with a
        quotation, whose speaker the quotation's own attribution gives."""
        here = bisect.bisect_right(self.block_starts, at) - 1
        lo = self.block_starts[max(0, here - 2)] if here >= 0 else 0
        tokens = tokenize(self.text, max(lo, self.body_start), at)  # not the headline
        ends = [
            k
            for k in range(len(tokens))
            if sentence_end(tokens, k)
            and not self._inside_quote(tokens[k].start)
            and (k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end)  # not `2.9`
            or closes_sentence(tokens, k)
        ]
        starts = [0, *(k + 1 for k in ends)]
        sentences = [tokens[a : b + 1] for a, b in zip(starts, ends, strict=False)]
        for sentence in reversed(sentences[-_BODY_SENTENCES:]):
            if not sentence or self._inside_quote(sentence[0].start):
                return
            if sentence[0].text in '"“':
                return  # `"...," the ministry said`: the quotation's speaker
            yield main_subject(sentence, self._inside_quote)

    def _body_before(self, at: int) -> tuple[bool, Speaker | None]:
        """`Dayton Hudson Corp said sales rose ... It called the pace "encouraging"`: "it"
        is the body the sentences before are about. Walking back sentence by sentence
        (`_subjects_before`), a sentence whose subject is "it" passes the question on;
        the first other subject decides: a body or a document is the speaker (a
        document speaks for its issuer), a person or a plural leaves it open (two could
        be meant). A quotation, or no sentence with a subject, leaves it undecided
        (False) for the quotations' own speakers."""
        for subject in self._subjects_before(at):
            if subject is None:
                continue
            if subject.kind == "pronoun":
                if subject.words[0] == "it":
                    continue  # `It said ...`: the same body, named further back
                return True, None  # `They said`, `He said`: not one body
            if subject.kind == "description" and subject.words[-1] not in _BODY_HEADS:
                return True, None  # `The spokesman said`: a person
            body = self._body_named(subject) if subject.kind == "name" else None
            speaker = (
                Speaker(body, "organization", "pronoun", None)
                if body
                else self._resolve(subject, subject.start)
            )
            if speaker is None and subject.kind == "description":
                speaker = self._unnamed(subject)  # `The CCM's national executive committee`
            if speaker is None or speaker.kind in ("person", "place"):
                return True, None
            speaker.attribution = "pronoun"
            speaker.via = None
            return True, speaker
        return False, None

    def _subject_body(self, at: int) -> Speaker | None:
        """`The ministry pointed out that ... "...," it noted`, `The report found ...
        "...," it said`: the body or document that opens the sentence before, in this
        paragraph; a document speaks for the body that issued it."""
        here = bisect.bisect_right(self.block_starts, at) - 1
        lo = self.block_starts[here] if here >= 0 else 0
        sentence = max(self.text.rfind(". ", lo, at) + 2, lo)
        previous = max(self.text.rfind(". ", lo, max(lo, sentence - 2)) + 2, lo)
        for start in (sentence, previous):
            found = OPENING_BODY.match(self.text, start, at)
            if found is None:
                continue
            head = found.group("head").lower()
            text = found.group("body")
            described = Phrase("description", text, text.lower().split(), found.start("body"))
            if head in DOCUMENT_NOUNS:  # `The report said ... "...," it said`
                return self._document_source(described, at) or self._unnamed(described)
            org = self._recent_org(described)
            return Speaker(org, "organization", "pronoun", None) if org else None
        return None

    def _unnamed(self, phrase: Phrase) -> Speaker | None:
        """A speaker the article describes but never names (`a Disney spokesman`, `a
        strategist who requested anonymity`): shown as the text gives it, linked to no
        page, since a wrong link misleads more than none."""
        plural = phrase.kind == "name" and " " not in phrase.text.strip()  # `Officials said`
        if phrase.kind not in ("unnamed", "description") and not plural:
            return None
        words = [w for w in phrase.text.lower().split() if w not in ("of", "the", "a", "an")]
        document = a_document_phrase(phrase)
        if document is not None:
            return Speaker(document, "unnamed", "description", None, via=document)
        heads = PERSON_HEADS | ANONYMOUS_HEADS | ORGANIZATION_HEADS
        generic = plural and generic_plural(words[0]) if words else False  # `Critics said`
        if not generic and not any(
            w in heads or (w.endswith("s") and w[:-1] in heads) for w in words
        ):
            return None
        text = " ".join(phrase.text.split())
        return Speaker(text, "unnamed", "description", None, via=text)

    def _from_quote(self, quote: Quote, attribution: Attribution) -> Speaker | None:
        if quote.speaker is None:
            return None
        sure = quote.confidence
        if not quote.speaker_id:
            return Speaker(quote.speaker, "unnamed", attribution, quote.cue, quote.via, sure)
        kind = entity_type_of(quote.speaker_id)
        return Speaker(quote.speaker, kind, attribution, quote.cue, quote.via, sure)
