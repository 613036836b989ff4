"""Speaker attribution, and `find_quotes`, the entry point of quotation finding.

`find_quotes(article)` reads `article.entities` to give speakers the recognised
entity's id and name, but finds speaker names itself when that list is empty.

`_Attributor` reads a bounded window of words on each side of every quote for a
speech verb (cue) and its subject. Pronouns and descriptions resolve to the fitting
person named most recently outside quotations, preferring the subject or the speaker
of that sentence; a surname resolves to the full name.

Only direct quotations are returned: a quote woven into the writer's own clause
(`called the plan "a costly mistake"`, `said that "..."`) is a mixed quotation and is
left out, as are one- and two-word scare quotes with no speaker beside them. When
the text does not say who speaks, the quote keeps `speaker=None`: an honest blank
beats a wrong name. Work is capped (MAX_* here and in spans) so pathological input
stays fast.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from generator.annotate.quotes.names import NameBook
from generator.annotate.quotes.phrases import (
    ADVERBIAL,
    INDEFINITE,
    SUBORDINATORS,
    Phrase,
    Token,
    abbreviation_before,
    cue_text,
    generic_attribution,
    has_role,
    is_cue,
    is_namey,
    looks_org,
    name_tail,
    normal_form,
    object_after,
    object_phrase,
    read_phrase,
    region_names,
    same_words,
    sentence_end,
    sentence_subject,
    strip_possessive,
    subject_before,
    subject_phrase,
    tokenize,
)
from generator.annotate.quotes.spans import (
    MIN_WORDS,
    SEARCH_BLOCKS,
    WINDOW,
    WORD,
    QuoteSpan,
    find_spans,
    first_visible,
    word_count,
)
from generator.annotate.words import (
    CUES,
    NOT_NAMES,
    ORGANIZATION_HEADS,
    PERSON_HEADS,
    ROLE_WORDS,
    STATEMENT_NOUNS,
)
from generator.model import ENTITY_FOLDERS, Article, Entity, Quote, entity_id


@dataclass(slots=True)
class _Speaker:
    name: str
    kind: str  # person | organization
    attribution: str
    cue: str | None


def find_quotes(article: Article) -> list[Quote]:
    """Every direct quotation in the title, lead and body, with its speaker when the text says."""
    blocks = [b for b in article.blocks if b.kind in SEARCH_BLOCKS]
    if not blocks or not article.text:
        return []
    spans = find_spans(article.text, blocks)
    if not spans:
        return []
    attributor = _Attributor(article, blocks, spans)
    return attributor.run()


class _Attributor(NameBook):
    """Finds each quote's speaker phrase, then resolves it to a person or organization."""

    def _phrase_after(self, span: QuoteSpan, limit: int) -> tuple[Phrase | None, str | None]:
        """`"...," he said` / `"...," said Grushko` right after the closing mark."""
        tokens = tokenize(self.text, span.end, min(limit, span.end + WINDOW), 48)
        i = 0
        while i < len(tokens) and tokens[i].text in ",.!?—–-:;":
            i += 1
        if i < len(tokens) and tokens[i].text == "(":
            return None, None
        rest = tokens[i:]
        inner = self.text[span.end - 2 : span.end - 1]  # punctuation inside the closing mark
        ends_sentence = inner == "." and bool(rest) and rest[0].cap
        for k, tok in enumerate(rest[:40]):
            if sentence_end(rest, k) or tok.text in '"“”;':
                break
            late = k >= 12 and not any(t.text == "," for t in rest[:6])
            if late and not (is_cue(rest, k) and rest[k - 1].text == ","):
                continue
            if is_cue(rest, k):
                if late or (k and rest[k - 1].text == "," and rest[0].text[:1].islower()):
                    obj = object_phrase(rest, k + 1)
                    if obj is not None and obj.kind == "name":
                        return obj, cue_text(rest, k)
                    if late:
                        continue
                if k == 0:
                    start = 1 if tok.low != "according" else 2
                    return object_phrase(rest, start), cue_text(rest, k)
                if ends_sentence and (k > 5 or any(t.text == "," for t in rest[:k])):
                    return None, None  # `"..." South Carolina, he said, was ...`
                return subject_phrase(rest[:k]), cue_text(rest, k)
        if inner in ",?!" and rest:
            return generic_attribution(rest)
        return None, None

    def _phrase_before(self, span: QuoteSpan, limit: int) -> tuple[Phrase | None, str | None]:
        """`Grushko said: "..."`, `According to Grushko, "..."` earlier in the sentence."""
        return self._phrase_ending(max(limit, span.start - WINDOW), span.start)

    def _phrase_ending(self, lo: int, hi: int) -> tuple[Phrase | None, str | None]:
        """The speaker phrase of the sentence that ends at `hi` (where a quote opens)."""
        tokens = tokenize(self.text, lo, hi)
        # start of the sentence holding the quote
        first = 0
        for k in range(len(tokens), 0, -1):
            if tokens[k - 1].text in ".!?" and (k == len(tokens) or tokens[k].cap):
                before = tokens[k - 2].text if k >= 2 else ""
                if not (len(before) == 1 and before.isupper()):
                    first = k
                    break
        tokens = tokens[first:]
        for k in range(len(tokens) - 1, -1, -1):
            if len(tokens) - k > 40:
                break
            if not is_cue(tokens, k):
                continue
            if tokens[k].low == "according":
                return read_phrase(object_after(tokens, k + 2)), cue_text(tokens, k)
            participle = tokens[k].low.endswith("ing") and k and tokens[k - 1].text != "as"
            if participle or (k and tokens[k - 1].low == "and"):
                # `Sanders stepped up ..., saying, "..."`, `Lazar said ... and added, "..."`,
                # `..., Nefzi said, adding, "..."` (the nearer speech verb's subject)
                phrase = None
                for k2 in range(k - 1, max(-1, k - 6), -1):
                    if is_cue(tokens, k2) and not tokens[k2].low.endswith("ing"):
                        phrase = read_phrase(subject_before(tokens, k2))
                        break
                if phrase is None or phrase.kind not in ("name", "pronoun"):
                    phrase = sentence_subject(tokens[:k])
                if phrase is None and k == 0 and participle:
                    # `Adding, "..."` opens a sentence: the subject is the last one named
                    phrase = Phrase("implicit", tokens[k].text, [], tokens[k].start)
                if phrase is not None:
                    return phrase, cue_text(tokens, k)
            subject = subject_before(tokens, k)
            phrase = read_phrase(subject)
            if phrase is None and k + 1 < len(tokens):
                phrase = read_phrase(object_after(tokens, k + 1))  # `Said Smith: "..."`
            if phrase is None and tokens[k].low.endswith("ing") and k and tokens[k - 1].text == ",":
                phrase = sentence_subject(tokens[:k])  # `Smith lobbied ..., saying, "..."`
            if phrase is not None:
                return phrase, cue_text(tokens, k)
        if (
            len(tokens) >= 2
            and tokens[-1].text in ",:"
            and any(t.low in STATEMENT_NOUNS for t in tokens)
        ):  # `Trump issued a statement, "..."`, `McConnell delivered a message: "..."`
            phrase = sentence_subject(tokens[:-1])
            if phrase is not None:
                return phrase, None
        if len(tokens) >= 2 and tokens[-1].text == ":":  # `Carl Bialik: "..."`
            phrase = read_phrase(name_tail(tokens[:-1]))
            if phrase is not None and phrase.kind == "name":
                return phrase, None
            phrase = sentence_subject(tokens[:-1])  # `Trump leaned in and boomed: "..."`
            if phrase is not None:
                return phrase, None
        return None, None

    def _lead_in(self, block_index: int) -> Phrase | None:
        """`Trump issued the following statement:` ending the paragraph before a quote."""
        if block_index <= 0:
            return None
        block = self.blocks[block_index - 1]
        end = block.end
        while end > block.start and self.text[end - 1].isspace():
            end -= 1
        if end == block.start or self.text[end - 1] != ":":
            return None
        lo = max(block.start, end - WINDOW)
        phrase, _cue = self._phrase_ending(lo, end)
        if phrase is not None:
            return phrase
        tokens = tokenize(self.text, lo, end)
        start = max((k + 1 for k, t in enumerate(tokens) if t.text in ".!?"), default=0)
        k = start
        while k < len(tokens):
            j = k
            while j < len(tokens) and is_namey(tokens[j]) and tokens[j].low not in NOT_NAMES:
                j += 1
            if j > k:
                phrase = read_phrase(tokens[k:j])
                name = self._canonical_run(phrase.text) if phrase else ""
                if phrase and phrase.kind == "name" and (" " in name or name in self.by_surname):
                    return phrase
            k = j + 1
        return None

    # -- resolution ----------------------------------------------------------

    def _resolve(self, phrase: Phrase, at: int) -> _Speaker | None:
        if phrase.kind == "unnamed":
            return None
        if phrase.kind == "implicit":
            name = self._recent_person(at, None, None)
            return _Speaker(name, "person", "pronoun", None) if name else None
        if phrase.kind == "name":
            return self._resolve_name(phrase)
        if phrase.kind == "pronoun":
            if phrase.gender is None:
                return None
            name = self._recent_person(at, phrase.gender, None)
            return _Speaker(name, "person", "pronoun", None) if name else None
        return self._resolve_description(phrase, at)

    def _resolve_name(self, phrase: Phrase) -> _Speaker | None:
        whole = [strip_possessive(w) for w in phrase.text.split() if w.lower() != "the"]
        if whole and looks_org(" ".join(whole)):
            return _Speaker(" ".join(whole), "organization", "explicit", None)  # `State Department`
        name = self._canonical_run(phrase.text, phrase.words)
        if not name:
            return None
        if " " not in name and (name.lower() in ROLE_WORDS or name.lower() in PERSON_HEADS):
            words = [w for w in phrase.words if w not in ("the",)] + [name.lower()]
            role = Phrase("description", phrase.text, words, phrase.start)
            return self._resolve_description(role, phrase.start)
        if looks_org(name):
            return _Speaker(name, "organization", "explicit", None)
        parts = name.split()
        if len(parts) == 1:
            full = self._match_surname(parts[0], phrase.start)
            if full:
                return _Speaker(full, self.people[full].kind, "explicit", None)
            entity = self.entities.get(name.lower())
            if entity is not None and entity.type == "organization":
                return _Speaker(entity.name, "organization", "explicit", None)
            if entity is None and not self._proper_noun(name):
                return None  # `Later, ...`, `Immediately after ...`: a capitalised first word
            if entity is None and name.lower() in region_names():
                return _Speaker(name, "place", "explicit", None)  # `India said`
        return _Speaker(name, "person", "explicit", None)

    def _proper_noun(self, word: str) -> bool:
        """Is `word` written with a capital inside a sentence somewhere in the article,
        not only as a sentence's first word? Names are; `Later` and `Several` are not."""
        if word.endswith("ly") or word.lower() in NOT_NAMES or word.isupper():
            return False
        pos = self.text.find(word)
        for _ in range(50):
            if pos < 0:
                return False
            before = self.text[max(0, pos - 2) : pos]
            if len(before) == 2 and before[1].isspace() and before[0] not in ".!?:\n":
                return True  # `the Trump campaign`, `," Trump said`
            pos = self.text.find(word, pos + len(word))
        return False

    def _resolve_description(self, phrase: Phrase, at: int) -> _Speaker | None:
        head = phrase.words[-1]
        if head in ORGANIZATION_HEADS or " ".join(phrase.words[-2:]) == "white house":
            org = self._recent_org(phrase)
            if org:
                return _Speaker(org, "organization", "description", None)
            if phrase.text[:1].islower() and any(t[:1].isupper() for t in phrase.text.split()[1:]):
                words = phrase.text.split()
                return _Speaker(" ".join(words[1:]), "organization", "description", None)
            return None
        if phrase.text.split()[0].lower() in INDEFINITE:
            return None  # `a longtime adviser`, `one official`: the article does not say who
        if head.endswith("s") and head[:-1] in PERSON_HEADS:
            return None  # plural: "officials said"
        if head not in PERSON_HEADS and head not in ROLE_WORDS:
            return None  # `the report said`, `the statement said`: not a person
        name = self._recent_person(at, None, head)
        return _Speaker(name, "person", "description", None) if name else None

    def _recent_org(self, phrase: Phrase) -> str | None:
        """The organization named in the article whose name holds the description's head
        (`the ministry` -> `Russian Foreign Ministry`); the last one registered wins."""
        head = phrase.words[-1]
        best = None
        for person in self.people.values():
            if person.kind == "organization" and head in person.name.lower().split():
                best = person.name
        return best

    def _recent_person(self, at: int, gender: str | None, head: str | None) -> str | None:
        """The most recent fitting person named before `at`; for the lead and title, the
        person the body names most."""
        if at < self.body_start:
            return self._salient_person(gender, head)
        index = bisect.bisect_left(self.mention_offsets, at)
        fallback = None
        entity_match = None  # a role that only entity recognition gave
        unsure = None  # for "she": a person of unknown gender, if no woman is near
        seen = 0
        for offset, mentioned in reversed(self.mentions[max(0, index - 60) : index]):
            name = self._fit(offset, mentioned, gender)
            if name is None:
                continue
            person = self.people[name]
            seen += 1
            if head is None:
                first_fit = seen == 1
                if first_fit and offset in self.speaker_mentions and person.gender is None:
                    return name  # `..., Romero said. "...," she said`: the last speaker
                if gender == "f" and person.gender is None:
                    unsure = unsure or name
                    if seen > 6:
                        break
                    continue
                return self._subject_of_sentence(offset, name, gender)
            if has_role(head, person.roles):
                return name
            if entity_match is None and has_role(head, person.entity_roles):
                entity_match = name
            if fallback is None:
                fallback = name
            if seen > 12 and offset < at - 3000:
                break
        return entity_match or fallback or unsure

    def _subject_of_sentence(self, offset: int, name: str, gender: str | None) -> str:
        """Of the people named in the sentence holding the mention at `offset`, the first
        that fits: `Smith attacked Jones. "...," he said` means Smith."""
        lo = offset
        floor = max(0, offset - WINDOW)
        while lo > floor:
            char = self.text[lo - 1]
            if char == "\n":
                break
            full_stop = char == " " and self.text[lo - 2 : lo - 1] in ".!?"
            if full_stop and not abbreviation_before(self.text, lo - 2):
                break
            lo -= 1
        opening = WORD.match(self.text, lo)
        if opening and opening.group().lower() in SUBORDINATORS:
            comma = self.text.find(",", lo, offset)  # `Although ... Clinton's emails, Lynch ...`
            lo = comma if comma > 0 else lo
        first = bisect.bisect_left(self.mention_offsets, lo)
        last = bisect.bisect_right(self.mention_offsets, offset)
        fitting = []
        for start, other in self.mentions[first:last]:
            fit = self._fit(start, other, gender)
            if fit is not None:
                fitting.append((start, fit))
        speakers = [other for start, other in fitting if start in self.speaker_mentions]
        if speakers:
            return speakers[-1]
        return fitting[0][1] if fitting else name

    def _fit(self, offset: int, name: str, gender: str | None) -> str | None:
        """The person a mention names, if the pronoun's gender allows; a bare surname
        shared by several people names the one that fits (`Clinton` ... `she`)."""
        if not gender or self.people[name].gender in (None, gender):
            if gender and self.people[name].gender is None:
                for other in self.alternatives.get(offset, ()):
                    if self.people[other].gender == gender:
                        return other
            return name
        for other in self.alternatives.get(offset, ()):
            if self.people[other].gender == gender:
                return other
        return None

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

    # -- the pass over all quotes ------------------------------------------------

    def run(self) -> list[Quote]:
        """Attribute every span, keep the direct quotations, then fix up multi-paragraph
        quotes and the lead's quotes from the body."""
        embedded = [not span.continues and self._embedded(span) for span in self.spans]
        found = self._find_phrases(embedded)
        self._collect_names([phrase for _span, phrase, _cue in found])
        self.speaker_counts = self._count_speakers(found)
        quotes: list[Quote] = []
        kept: list[QuoteSpan] = []
        for (span, phrase, cue), woven in zip(found, embedded, strict=True):
            previous = (quotes[-1], kept[-1]) if quotes else None
            speaker = self._speaker_for(span, phrase, cue, previous)
            if woven or not self._stands_alone(span, phrase):
                continue
            quote = Quote(
                id="", start=span.start, end=span.end, text=self.text[span.start : span.end]
            )
            if speaker is not None:
                self._fill(quote, speaker)
            quotes.append(quote)
            kept.append(span)
        _name_back_along_runs(quotes, kept)
        self._lead_from_body(quotes)
        for number, quote in enumerate(quotes, 1):
            quote.id = f"q{number}"
        return quotes

    def _find_phrases(
        self, embedded: list[bool]
    ) -> list[tuple[QuoteSpan, Phrase | None, str | None]]:
        """The speaker phrase and cue next to each span: after it first, else before it.
        Windows stop at the neighbouring direct quotes of the same block."""
        found: list[tuple[QuoteSpan, Phrase | None, str | None]] = []
        direct_before: QuoteSpan | None = None
        for n, span in enumerate(self.spans):
            block = self.blocks[span.block]
            prev = direct_before
            if not embedded[n]:
                direct_before = span
            nxt = self.spans[n + 1] if n + 1 < len(self.spans) else None
            lower = prev.end if prev and prev.block == span.block else block.start
            upper = nxt.start if nxt and nxt.block == span.block else block.end
            phrase, cue = self._phrase_after(span, upper)
            if phrase is None:
                before, before_cue = self._phrase_before(span, lower)
                if before is not None:
                    phrase, cue = before, before_cue
                cue = cue or before_cue
            found.append((span, phrase, cue))
        return found

    def _count_speakers(
        self, found: list[tuple[QuoteSpan, Phrase | None, str | None]]
    ) -> dict[str, int]:
        """How often each person is named as a speaker: salience for the lead's quotes."""
        counts: dict[str, int] = {}
        for _span, phrase, _cue in found:
            if phrase and phrase.kind == "name":
                speaker = self._resolve_name(phrase)
                if speaker and speaker.kind == "person":
                    counts[speaker.name] = counts.get(speaker.name, 0) + 1
        return counts

    def _speaker_for(
        self,
        span: QuoteSpan,
        phrase: Phrase | None,
        cue: str | None,
        previous: tuple[Quote, QuoteSpan] | None,
    ) -> _Speaker | None:
        """The quote's own speaker phrase; else the quote it carries on from (the other
        half of a broken quote, a quote running over paragraphs); else a lead-in
        paragraph ending in a colon."""
        if phrase is not None:
            speaker = self._resolve(phrase, span.start)
            if speaker is not None:
                speaker.cue = cue
            return speaker
        speaker = None
        if previous is not None:
            quote, before = previous
            if span.continues and before.open_ended:
                speaker = self._from_quote(quote, "continuation")
            elif before.block == span.block and quote.speaker:
                speaker = self._from_quote(quote, quote.attribution)
            elif before.block == span.block - 1 and self._opens_block(span):
                speaker = self._from_quote(quote, "continuation")
        if self._opens_block(span) and not span.continues:
            lead_in = self._lead_in(span.block)
            resolved = self._resolve(lead_in, span.start) if lead_in is not None else None
            if resolved is not None:
                speaker = resolved
        return speaker

    def _stands_alone(self, span: QuoteSpan, phrase: Phrase | None) -> bool:
        """Not a scare quote: three words or more, or a short quote with its speaker or
        speech verb right beside it (`"Absolutely," he said`)."""
        if span.open_ended or span.continues:
            return True
        if word_count(self.text, span.start, span.end) >= MIN_WORDS:
            return True
        if phrase is not None and self._adjacent(span, phrase):
            return True
        return self._after_cue(span)

    def _opens_block(self, span: QuoteSpan) -> bool:
        block = self.blocks[span.block]
        return span.start == first_visible(self.text, block.start, block.end)

    def _embedded(self, span: QuoteSpan) -> bool:
        """A quote woven into the writer's own clause (`called it "a disaster"`,
        `said that "..."`) is a mixed quotation, not a direct one: the marks follow a
        word that is not a speech verb."""
        block_start = self.blocks[span.block].start
        i = span.start
        while i > block_start and self.text[i - 1].isspace():
            i -= 1
        if i == block_start:
            return False
        char = self.text[i - 1]
        if char == "," and self._lowercase_after_clause(span, block_start, i):
            return True
        if not (char.isalnum() or char in "—–-"):
            return False
        if char in "—–-":
            return True
        j = i
        while j > block_start and (self.text[j - 1].isalnum() or self.text[j - 1] in "'’"):
            j -= 1
        word = self.text[j:i].lower()
        return word not in CUES

    def _lowercase_after_clause(self, span: QuoteSpan, block_start: int, comma: int) -> bool:
        """`An economic downturn, he said, "could be ..."`: a quote that starts in lower
        case after a comma finishes the writer's sentence, unless the sentence so far is
        only its attribution (`According to Grushko, "without ..."`, `He said, "we ..."`)."""
        first = WORD.search(self.text, span.start, span.end)
        if first is None or not first.group()[:1].islower():
            return False
        tokens = tokenize(self.text, max(block_start, comma - WINDOW), comma)
        start = 0
        for k in range(len(tokens) - 1, 0, -1):
            if sentence_end(tokens, k - 1) or tokens[k - 1].text in '"“”':
                start = k
                break
        chunks: list[list[Token]] = [[]]
        for tok in tokens[start:]:
            if tok.text == ",":
                chunks.append([])
            else:
                chunks[-1].append(tok)
        chunks = [c for c in chunks if c]
        while chunks and (len(chunks[0]) == 1 or chunks[0][0].low in ADVERBIAL):
            chunks.pop(0)  # `But, he noted, "while ..."`, `At one point, Clinton said, "as ..."`
        if not chunks:
            return False  # `Yet, "it is hard ...," added Zarate`
        last = chunks[-1]
        cues = [k for k in range(len(last)) if is_cue(last, k)]
        if not cues:
            return True  # `in any negotiation, "we will ..."`
        # `He said, "we ..."` and `..., saying, "the advice ..."` are direct;
        # `An economic downturn, he said, "could be ..."` is not.
        return not (len(chunks) == 1 or last[cues[-1]].low.endswith("ing"))

    def _after_cue(self, span: QuoteSpan) -> bool:
        """`he yelled "You lie!"`: a short quote right after a speech verb."""
        tokens = tokenize(
            self.text, max(self.blocks[span.block].start, span.start - 40), span.start
        )
        while tokens and tokens[-1].text in ",:":
            tokens.pop()
        return bool(tokens) and tokens[-1].low in CUES

    def _adjacent(self, span: QuoteSpan, phrase: Phrase) -> bool:
        """Is the speaker phrase right next to a short quote (not a scare quote)?"""
        gap = self.text[span.end : phrase.start] if phrase.start >= span.end else ""
        if phrase.start >= span.end:
            return len(gap) < 40 and self.text[span.end - 2 : span.end - 1] in ",.!?"
        between = self.text[phrase.start : span.start]
        return between.rstrip().endswith((":", ","))

    def _from_quote(self, quote: Quote, attribution: str) -> _Speaker | None:
        if quote.speaker is None:
            return None
        folder = (quote.speaker_id or "").split("/", 1)[0]
        kind = next((t for t, f in ENTITY_FOLDERS.items() if f == folder), "person")
        return _Speaker(quote.speaker, kind, attribution, quote.cue)

    def _fill(self, quote: Quote, speaker: _Speaker) -> None:
        entity = self._entity_for(speaker)
        if entity is not None:
            quote.speaker, quote.speaker_id = entity.name, entity.id
        else:
            quote.speaker = speaker.name
            quote.speaker_id = entity_id(speaker.kind, speaker.name)
        quote.cue = speaker.cue
        quote.attribution = speaker.attribution

    def _entity_for(self, speaker: _Speaker) -> Entity | None:
        """The recognised entity for a speaker: the same name, else the one person whose
        name ends with the speaker's surname (the first name decides between several)."""
        exact = self.entities.get(speaker.name.lower())
        if exact is not None:
            return exact
        if speaker.kind != "person":
            return None
        words = speaker.name.lower().split()
        same = [
            e
            for e in self.article.entities
            if e.type == "person" and e.name.lower().split()[-1:] == words[-1:]
        ]
        if len(same) > 1:
            same = [e for e in same if e.name.lower().split()[0] == words[0]]
        return same[0] if len(same) == 1 else None

    def _lead_from_body(self, quotes: list[Quote]) -> None:
        """A title or lead quote repeated in the body takes the body quote's speaker; a
        lead quote resolved through the body is marked `lead`."""
        body = [
            (normal_form(q.text), q) for q in quotes if q.start >= self.body_start and q.speaker
        ]
        for quote in quotes:
            if quote.start >= self.body_start:
                break
            key = normal_form(quote.text)
            same = next((q for text, q in body if same_words(key, text)), None)
            if same is not None:
                quote.speaker, quote.speaker_id = same.speaker, same.speaker_id
                quote.attribution = "lead"
                quote.cue = quote.cue or same.cue
            elif quote.attribution in ("description", "pronoun"):
                quote.attribution = "lead"


def _name_back_along_runs(quotes: list[Quote], spans: list[QuoteSpan]) -> None:
    """A quote running over several paragraphs is often attributed only at its end:
    carry that speaker back to the earlier paragraphs of the same quotation."""
    for n in range(len(quotes) - 2, -1, -1):
        here, after = quotes[n], quotes[n + 1]
        if here.speaker or not after.speaker:
            continue
        if spans[n].open_ended and spans[n + 1].continues:
            here.speaker, here.speaker_id, here.cue = after.speaker, after.speaker_id, after.cue
            here.attribution = "continuation" if spans[n].continues else after.attribution
