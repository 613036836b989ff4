"""Speaker attribution, and `find_quotes`, the entry point of quotation finding.

`find_quotes(article)` reads `article.entities` to give speakers the recognised
entity's id and name, but finds speaker names itself when that list is empty.

`_Attributor` reads a bounded window of words on each side of every quote for a
speech verb (cue) and its subject, or a layout that names the speaker (`"..." ― Jane
Doe`, `Name: "..."`, a lead-in ending in a colon, a list under "Below are X's key
statements"); resolution.py turns the phrase into a speaker.

Direct quotations are returned, and partial quotations woven into reported speech
(`X said the weapons were "designed to ..."`, marked `partial`); a quote woven into
the writer's own clause (`called the plan "a costly mistake"`) is left out, as are
one- and two-word scare quotes with no speaker beside them. When the text does not
say who speaks, the quote keeps `speaker=None` (or the description, unlinked): an
honest blank beats a wrong name. Work is capped (MAX_* here and in spans) so
pathological input stays fast.
"""

from __future__ import annotations

import re
from typing import Literal

from generator.annotate.entities.aliases import is_country
from generator.annotate.quotes.cues_before import phrase_ending
from generator.annotate.quotes.phrases import (
    ADVERBIAL,
    LISTENER_CUES,
    SUBORDINATORS,
    Phrase,
    Token,
    cue_text,
    document_source,
    generic_attribution,
    is_cue,
    is_namey,
    normal_form,
    object_phrase,
    read_phrase,
    same_words,
    sentence_end,
    sentence_subject,
    strip_possessive,
    subject_before,
    subject_phrase,
    tokenize,
)
from generator.annotate.quotes.repeats import mark_repeats, name_back_along_runs
from generator.annotate.quotes.resolution import Resolver
from generator.annotate.quotes.spans import (
    MIN_WORDS,
    SEARCH_BLOCKS,
    WINDOW,
    WORD,
    QuoteSpan,
    broken_by,
    find_spans,
    first_visible,
    names_a_term,
    spells_out,
    word_count,
)
from generator.annotate.quotes.subjects import Speaker, credited_name
from generator.annotate.words import (  # issue 16's lists
    CUES,
    FIRST_PERSON,
    NOT_NAMES,
    ORGANIZATION_HEADS,
    PARTIAL_CUES,
    STATEMENT_NOUNS,
    word_list,
)
from generator.model import Article, Attribution, Entity, Quote, entity_id

# `Below are Orlov's key statements:`, `Here are the highlights of what Lavrov said:`
_LIST_HEADER = re.compile(
    r"\b(?:statements|remarks|quotes|quotations|comments|theses|highlights|said|says)\b[^.!?]*:$",
    re.IGNORECASE,
)


# How often a speaker found each way is right, roughly (the methods page gives the
# measured shares): a quote's confidence when no model gave a probability. A pronoun's
# is the ranker's probability; a continuation keeps the quote it carries on from.
CONFIDENCE: dict[Attribution | Literal["unnamed"], float] = {
    "explicit": 0.95,
    "editor": 1.0,
    "list": 0.9,
    "lead": 0.9,
    "interview": 0.85,
    "description": 0.8,
    "pronoun": 0.75,
    "continuation": 0.85,
    "unnamed": 0.9,  # the text's own description, linked to no page
}


# Words that open the reported clause after `said` (`GM said it ...`): a sentence of its own.
_CLAUSE_OPENERS = frozenset(
    word_list("it that he she they we the a an its his her their there this these those")
)


_QUOTE_MARKS = "\"“”„«»'‘’"


# `A: "..."` in an interview
_ANSWER = re.compile(r"(?:^|\s)(?:A|Answer)\s*[:.—–-]\s*$")


# A name on its own after a closing mark and a dash, ending the line or followed by a
# comma (age, town): vox-pop lines and pull quotes.
_DASH_NAME = re.compile(
    r"(?:[ \t\xa0]*[―—–]|-(?=[A-Z]))[ \t\xa0]*((?:[A-Z][\w'’\-]*\.?[ \t\xa0]+){0,3}[A-Z][\w'’\-]+)"
    r"[ \t\xa0]*(?:[,.]|$)",
    re.MULTILINE,
)


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


# verbs a medium reports with: the words it quotes are someone else's when the sentence
# names that someone with a speech verb of his own
_MEDIUM_CUES = frozenset(("reported", "reports", "reporting"))


class _Attributor(Resolver):
    """Finds each quote's speaker phrase, then resolves it to a person or organization."""

    def __init__(self, article: Article, blocks: list, spans: list[QuoteSpan]) -> None:
        super().__init__(article, blocks, spans)
        self.attribution_lines: set[int] = set()  # blocks that only attribute the quote above

    def _phrase_after(self, span: QuoteSpan, limit: int) -> tuple[Phrase | None, str | None]:
        """`"...," he said` / `"...," said Grushko` right after the closing mark."""
        byline = _DASH_NAME.match(self.text, span.end, min(limit, span.end + 120))
        if byline is not None:  # `"..." ― Jane Doe`, `"..." — Jane Doe, 34, of Phoenix`
            run = tokenize(self.text, byline.start(1), byline.end(1))
            phrase = read_phrase(run)
            if phrase is not None and phrase.kind == "name":
                return phrase, None
        tokens = tokenize(self.text, span.end, min(limit, span.end + WINDOW), 48)
        i = 0
        while i < len(tokens) and tokens[i].text in ",.!?—–-:;":
            i += 1
        if i < len(tokens) and tokens[i].text == "(":
            return None, None
        rest = tokens[i:]
        if rest and rest[0].low in SUBORDINATORS and rest[0].low not in ("as", "despite"):
            return None, None  # `"That makes me smart," when Clinton blasted him`: a new clause
        inner = self.text[span.end - 2 : span.end - 1]  # punctuation inside the closing mark
        ends_sentence = inner == "." and bool(rest) and rest[0].cap
        for k, tok in enumerate(rest[:40]):
            if sentence_end(rest, k) or tok.text in '"“”;':
                break
            late = k >= 12 and not any(t.text == "," for t in rest[:6])
            if late and not (is_cue(rest, k) and rest[k - 1].text == ","):
                continue
            if is_cue(rest, k):
                inverted = late or (k and rest[k - 1].text == "," and rest[0].text[:1].islower())
                # `"...," an intelligence source ... told Fox News`: whom one tells is the
                # listener, never the speaker
                if inverted and tok.low not in LISTENER_CUES:
                    obj = object_phrase(rest, k + 1)
                    if obj is not None and obj.kind == "name":
                        return obj, cue_text(rest, k)
                if inverted and late:
                    continue
                if k == 0 and tok.low.endswith("ing") and tok.low != "according":
                    break  # `"..." adding the goals include ...`: the speaker goes on; look before
                if k == 0:
                    start = 1 if tok.low != "according" else 2
                    source = document_source(rest, start)
                    if source is not None:
                        return source, cue_text(rest, k)
                    return object_phrase(rest, start), cue_text(rest, k)
                if ends_sentence and (k > 5 or any(t.text == "," for t in rest[:k])):
                    return None, None  # `"..." South Carolina, he said, was ...`
                follows = rest[k + 1].low if k + 1 < len(rest) else ""
                if ends_sentence and (follows in _CLAUSE_OPENERS or follows[:1].isdigit()):
                    return None, None  # `"...fall." GM said it anticipates ...`: a new report
                return subject_phrase(rest[:k]), cue_text(rest, k)
        if inner in ",?!" and rest:
            return generic_attribution(rest)
        return None, None

    def _phrase_before(self, span: QuoteSpan, limit: int) -> tuple[Phrase | None, str | None]:
        """`Grushko said: "..."`, `According to Grushko, "..."` earlier in the sentence."""
        return phrase_ending(self.text, max(limit, span.start - WINDOW), span.start)

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
        phrase, _cue = phrase_ending(self.text, lo, end)
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
            self.previous = previous
            speaker = self._speaker_for(span, phrase, cue, previous)
            if speaker is not None and self._mute_place(speaker):
                speaker = None  # `a salesman from Sumter, South Carolina, says`
            if speaker is not None and speaker.kind == "person":
                self.quote_speakers.append((span.start, speaker.name))
            if speaker is not None and speaker.kind == "organization":
                self.org_speakers.append(speaker.name)
                self.org_quotes.append(span.start)
            partial = woven and self._reported(span, phrase, cue)
            if woven and not partial and self._first_person(span):
                partial = True  # `talk to the banks "If I've got some solution ..."`
                speaker = speaker if cue is not None else None
            excerpt = self._excerpt(span)
            alone = partial or excerpt or self._stands_alone(span, phrase)
            alone = alone and not spells_out(self.text, span.start, span.end)  # a term
            alone = alone and not names_a_term(self.text, span.start, span.end)
            if (woven and not partial and not excerpt) or not alone:
                continue
            quote = Quote(
                id="", start=span.start, end=span.end, text=self.text[span.start : span.end]
            )
            quote.partial = partial
            if speaker is not None:
                self._fill(quote, speaker)
            quotes.append(quote)
            kept.append(span)
        name_back_along_runs(quotes, kept)
        self._pull_quote_credits(quotes, kept)
        self._statement_lists(quotes, kept)
        repeats: list[tuple[Quote, Quote]] = []
        self._lead_from_body(quotes, repeats)
        for number, quote in enumerate(quotes, 1):
            quote.id = f"q{number}"
        for lead, body in repeats:
            lead.same_as = body.id  # one quotation shown in two places
        mark_repeats(quotes)
        return quotes

    def _pull_quote_credits(self, quotes: list[Quote], kept: list[QuoteSpan]) -> None:
        """A pull quote: a paragraph that is only a quotation, the speaker named on the
        next line and nothing else there (`Ilse Varga, harbour master`)."""
        for quote, span in zip(quotes, kept, strict=True):
            if quote.speaker:
                continue
            block = self.blocks[span.block]
            if self.text[block.start : block.end].strip() != quote.text.strip():
                continue
            after = [b for b in self.article.blocks if b.start >= block.end]
            credit = min(after, key=lambda b: b.start) if after else None
            name = credit and credited_name(self.text[credit.start : credit.end])
            if name:
                self._fill(quote, Speaker(name, "person", "explicit", None))

    def _statement_lists(self, quotes: list[Quote], kept: list[QuoteSpan]) -> None:
        """`Below are Orlov's key statements:` then one quotation a paragraph (`On
        sanctions: "..."`): the header names the speaker of the list, which runs until a
        paragraph without a quotation. A speaker the line itself names wins."""
        by_block: dict[int, list[Quote]] = {}
        for quote, span in zip(quotes, kept, strict=True):
            by_block.setdefault(span.block, []).append(quote)
        current: Speaker | None = None
        for number, block in enumerate(self.blocks):
            line = self.text[block.start : block.end].rstrip()
            if line.endswith(":") and _LIST_HEADER.search(line[-200:]):
                current = self._list_speaker(block.start, block.start + len(line))
                continue
            if current is None:
                continue
            if number not in by_block:
                current = None
                continue
            for quote in by_block[number]:
                if quote.speaker is None or quote.attribution in ("continuation", "none"):
                    self._fill(quote, Speaker(current.name, current.kind, "list", None))
                    quote.via = current.via

    def _list_speaker(self, start: int, end: int) -> Speaker | None:
        """The person or organization a statements header names (`Orlov's`, `by X`)."""
        tokens = tokenize(self.text, max(start, end - 200), end)
        runs: list[list[Token]] = []
        for tok in tokens:
            if tok.cap and is_namey(tok) and tok.low not in NOT_NAMES:
                if runs and runs[-1][-1].end + 1 >= tok.start and "'" not in runs[-1][-1].text:
                    runs[-1].append(tok)
                else:
                    runs.append([tok])
        for run in reversed(runs):
            text = " ".join(strip_possessive(t.text) for t in run)
            speaker = self._resolve_name(Phrase("name", text, [], run[0].start))
            if speaker is not None and speaker.kind in ("person", "organization"):
                speaker.via = " ".join(self.text[start:end].split())
                return speaker
        return None

    def _reported(self, span: QuoteSpan, phrase: Phrase | None, cue: str | None) -> bool:
        """A partial quotation woven into reported speech (`X said the weapons were
        "designed to ..."`, `X stressed the need to "address ..."`): a speech verb and its
        speaker earlier in the same sentence."""
        if phrase is None or cue is None:
            return False  # with a speaker's phrase and verb, a speaker left open is honest
        if word_count(self.text, span.start, span.end) < 2:
            return False  # one word (`called the queue a "miracle"`): a scare quote
        words = WORD.findall(self.text, span.start, span.end)
        exclaimed = self.text[span.end - 2 : span.end - 1] in "!?"  # `to "Free Tommy Robinson!"`
        if sum(w[:1].isupper() for w in words) * 2 > len(words) and not exclaimed:
            return False  # a title: `said on CBS's "Face the Nation"`
        if phrase.start >= span.end:  # `because "most people don't know," she said`
            between = tokenize(self.text, span.end, phrase.start)
            return not any(sentence_end(between, k) for k in range(len(between)))
        if phrase.start >= span.start:
            return False
        between = tokenize(self.text, phrase.start, span.start)
        return not any(sentence_end(between, k) for k in range(len(between) - 1))

    def _first_person(self, span: QuoteSpan) -> bool:
        """Five words or more in the first person are somebody's words, whatever verb
        (or none) weaves them in (`had to be discussed "because we can't stay ..."`)."""
        words = WORD.findall(self.text, span.start, span.end)
        return len(words) >= 5 and any(w.lower() in FIRST_PERSON for w in words)

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
            if phrase is not None and cue in _MEDIUM_CUES:
                # `saying the Ohio Republican was "...", CNN reported`: the one it reports
                before, before_cue = self._phrase_before(span, lower)
                if before is not None and before.kind in ("name", "pronoun"):
                    phrase, cue = before, before_cue
            if phrase is None:
                before, before_cue = self._phrase_before(span, lower)
                if before is not None:
                    phrase, cue = before, before_cue
                cue = cue or before_cue
            if phrase is None and not embedded[n]:
                phrase, cue = self._phrase_next_line(span)
            if prev is not None and found and (phrase is None or phrase.start < span.start):
                # `"...," Thiel wrote in a statement to Wired explaining why ..., "but ..."`:
                # the second half of a broken quotation is the first half's speaker's
                first, first_phrase, first_cue = found[-1]
                if (
                    first is prev
                    and first_phrase
                    and broken_by(self.text, prev, first_phrase.start, span)
                ):
                    phrase, cue = first_phrase, first_cue
            far = (
                phrase is not None
                and phrase.start > span.end
                and word_count(self.text, span.end, phrase.start) > _NEAR_AFTER
            )
            if embedded[n] and (phrase is None or cue is None or far):
                # `Trump's order for the "...", "without redaction," the agencies ...,
                # according to Bloomberg`: the statement's owner before a far attribution
                woven, woven_cue = self._woven_phrase(span, lower)
                if woven is not None:
                    phrase, cue = woven, woven_cue
            found.append((span, phrase, cue))
        return found

    def _phrase_next_line(self, span: QuoteSpan) -> tuple[Phrase | None, str | None]:
        """A quote that closes its line, attributed on the next (`..."` / `she continued
        in a line of questioning.`, `Waters went on.`): in copy of a sentence a line, a
        short next line that opens with its speaker and a speech verb."""
        block = self.blocks[span.block]
        if span.open_ended or span.end < block.end or span.block + 1 >= len(self.blocks):
            return None, None
        following = self.blocks[span.block + 1]
        opening = self.text[following.start : following.start + 1]
        if following.kind != "paragraph" or not opening or opening in _QUOTE_MARKS:
            return None, None
        tokens = tokenize(self.text, following.start, min(following.end, following.start + 200))
        if not tokens or (len(tokens) > 8 and tokens[0].cap):
            return None, None
        for k in range(min(len(tokens), 5)):
            if not is_cue(tokens, k):
                continue
            phrase = object_phrase(tokens, 1) if k == 0 else subject_phrase(tokens[:k])
            if phrase is None or phrase.kind not in ("name", "pronoun", "description"):
                return None, None
            if tokens[0].cap and self.text.find(phrase.text, 0, span.start) < 0:
                return None, None  # `Article posted with permission from ...`: not a speaker
            self.attribution_lines.add(span.block + 1)
            return phrase, cue_text(tokens, k)
        return None, None

    def _woven_phrase(self, span: QuoteSpan, lower: int) -> tuple[Phrase | None, str | None]:
        """Who a partial quotation belongs to when no speech verb stands beside it: the
        subject of a verb that weaves quoted words in (`Groh-Wargo called the ruling
        "good news"`), the owner of a statement (`Trump's vow to "get involved"`), or the
        attribution closing the sentence (`..., a senior official said.`)."""
        tokens = tokenize(self.text, max(lower, span.start - WINDOW), span.start)
        first = 0
        for k in range(len(tokens) - 1, 0, -1):
            if sentence_end(tokens, k - 1):
                first = k
                break
        tokens = tokens[first:]
        for k in range(len(tokens) - 1, -1, -1):
            tok = tokens[k]
            if tok.low.endswith("ing") and is_cue(tokens, k) and tok.low not in PARTIAL_CUES:
                break  # `... after telling him that he would "..."`: a nearer speaker's words
            if tok.low in PARTIAL_CUES and not tok.cap:
                phrase = read_phrase(subject_before(tokens, k)) or sentence_subject(tokens[:k])
                if phrase is not None:
                    return phrase, tok.text
            # `Trump's vow to "..."`, `President Trump's Monday order for the "..."`
            owner = next(
                (
                    o
                    for o in range(k - 1, max(-1, k - 3), -1)
                    if tokens[o].text.endswith(("'s", "’s"))
                ),
                -1,
            )
            if tok.low in STATEMENT_NOUNS and owner >= 0 and tokens[owner].cap:
                i = owner
                while i and tokens[i - 1].cap and is_namey(tokens[i - 1]):
                    i -= 1
                while i < owner and tokens[i].low in SUBORDINATORS | NOT_NAMES:
                    i += 1  # `Despite President Trump's order`
                run = [strip_possessive(t.text) for t in tokens[i : owner + 1]]
                return Phrase("name", " ".join(run), [], tokens[i].start), tok.text
        if len(tokens) > 4 and tokens[0].low == "in" and tokens[2].low in STATEMENT_NOUNS:
            comma = next((k for k, t in enumerate(tokens[:8]) if t.text == ","), None)
            if comma is not None:  # `In the letter, Pelosi "expressed ..."`
                clause = tokens[comma + 1 :]
                mark = next((k for k, t in enumerate(clause) if t.text in '"“”'), len(clause))
                phrase = sentence_subject(clause[:mark])
                if phrase is not None and phrase.kind in ("name", "pronoun"):
                    return phrase, tokens[2].text
        return self._sentence_tail(span)

    def _sentence_tail(self, span: QuoteSpan) -> tuple[Phrase | None, str | None]:
        """`..., but those are "now considered unlikely", a senior official said.`: the
        clause after the sentence's last comma is its attribution."""
        block = self.blocks[span.block]
        if self.text[span.end - 2 : span.end - 1] in ".!?":
            return None, None  # the quotation ended its sentence
        tokens = tokenize(self.text, span.end, min(block.end, span.end + WINDOW), 64)
        end = next((k for k in range(len(tokens)) if sentence_end(tokens, k)), None)
        if end is None:
            return None, None
        tokens = tokens[:end]
        commas = [k for k, t in enumerate(tokens) if t.text == ","]
        rest = tokens[commas[-1] + 1 :] if commas else []
        if not rest or len(rest) > 12 or any(t.text in '"“”' for t in rest):
            return None, None
        if is_cue(rest, 0):
            return object_phrase(rest, 1), cue_text(rest, 0)
        for k in range(1, len(rest)):
            if is_cue(rest, k) and len(rest) - k <= 4:
                return subject_phrase(rest[:k]), cue_text(rest, k)
        return None, None

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
    ) -> Speaker | None:
        """The quote's own speaker phrase; else the quote it carries on from (the other
        half of a broken quote, a quote running over paragraphs); else a lead-in
        paragraph ending in a colon."""
        if phrase is not None:
            # "He said his adviser, Frank Moreau, was ... "with proper discipline"": who
            # "he" is was settled before the names the sentence goes on to give
            speaker = self._resolve(phrase, min(span.start, phrase.start))
            if speaker is not None and (phrase.weak or cue is None) and not self._evident(speaker):
                speaker = None  # `Air traffic control tapes ...: "..."`: no sign of a person
            headline = self.blocks[span.block].kind == "title"
            if (
                speaker is not None
                and cue is None
                and headline
                and not self._named_in_body(speaker)
            ):
                speaker = None  # `Black Death: 'It's 100% Likely'`: a topic, not a speaker
            if speaker is None:
                speaker = self._unnamed(phrase)
            elif speaker.attribution in ("pronoun", "description"):
                speaker.via = phrase.text
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
            elif before.block == span.block - 2 and span.block - 1 in self.attribution_lines:
                # `"...?"` / `Cross went on.` / `"We will start ..."`: she carries on
                speaker = (
                    self._from_quote(quote, "continuation") if self._opens_block(span) else None
                )
        if self._opens_block(span) and not span.continues:
            lead_in = self._lead_in(span.block)
            resolved = self._resolve(lead_in, span.start) if lead_in is not None else None
            if resolved is not None:
                speaker = resolved
        speaker = speaker or self.said_before(span)  # `He said Opec had expected ... "..."`
        if speaker is None and span.block and span.start >= self.body_start:
            question = self.blocks[span.block - 1]
            asked = self.text[question.start : question.end].rstrip().endswith("?")
            answer = _ANSWER.search(self.text[max(question.start, span.start - 12) : span.start])
            name = self.interviewee() if asked or answer else None
            if name:  # an interview's answer, after its question
                speaker = Speaker(name, "person", "interview", None)
        return speaker

    def _excerpt(self, span: QuoteSpan) -> bool:
        """A headline quoting a word or two of a quotation the body gives in full
        (`Plague could be 'stronger': WHO`): a quotation, not a scare quote."""
        block = self.blocks[span.block]
        if block.kind != "title":
            return False
        before = self.text[block.start : span.start]
        sourced = self.text[span.end : span.end + 1] == ":"  # `'stronger': WHO`
        if not sourced and ":" in before:  # `Cardinal Müller: ... an 'atrocity'`
            head = before.split(":", 1)[0].split()
            sourced = any(len(self.by_surname.get(w, ())) for w in head[-2:])
        tokens = tokenize(self.text, block.start, block.end, 60)
        sourced = sourced or any(is_cue(tokens, k) for k in range(len(tokens)))  # `X says ...`
        if not sourced:
            return False  # `Strange 'Sonic Attacks' Against Diplomats`: the writer's words
        key = f" {normal_form(self.text[span.start + 1 : span.end - 1])} "  # inside the marks
        return key.strip() != "" and any(
            key in f" {normal_form(self.text[other.start : other.end])} "
            for other in self.spans
            if other.start >= self.body_start
        )

    def _named_in_body(self, speaker: Speaker) -> bool:
        person = self.people.get(speaker.name)
        return person is not None and any(m >= self.body_start for m in person.mentions)

    def _evident(self, speaker: Speaker) -> bool:
        """Is a speaker found by layout alone (a colon, a sentence's subject) a person the
        text shows as one elsewhere: entity recognition, a title, a first name, a speech
        verb, or a name of two words or more? Else it may be a topic (`Air`)."""
        if speaker.kind != "person":
            return True
        entity = self.entities.get(speaker.name.lower())
        if entity is not None:
            return entity.type == "person"
        person = self.people.get(speaker.name)
        return person is not None and person.known and (" " in speaker.name or bool(person.roles))

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
        if phrase.start >= span.end:  # `"Absolutely," he said`, `"Absolutely nothing", he said`
            inside = self.text[span.end - 2 : span.end - 1] in ",.!?"
            return len(gap) < 40 and (inside or self.text[span.end : span.end + 1] == ",")
        between = self.text[phrase.start : span.start]
        return between.rstrip().endswith((":", ","))

    def _fill(self, quote: Quote, speaker: Speaker) -> None:
        quote.via = speaker.via
        quote.confidence = (
            CONFIDENCE.get(speaker.attribution, CONFIDENCE["explicit"])
            if speaker.confidence is None
            else speaker.confidence
        )
        if speaker.kind == "unnamed":
            quote.speaker, quote.speaker_id = speaker.name, None
            quote.cue, quote.attribution = speaker.cue, speaker.attribution
            quote.confidence = max(quote.confidence, CONFIDENCE["unnamed"])
            return
        entity = self._entity_for(speaker)
        if entity is not None:
            quote.speaker, quote.speaker_id = entity.name, entity.id
        else:
            quote.speaker = speaker.name
            quote.speaker_id = entity_id(speaker.kind, speaker.name)
        quote.cue = speaker.cue
        quote.attribution = speaker.attribution

    def _mute_place(self, speaker: Speaker) -> bool:
        """A town, a state or a street never speaks; a country may ("China said"), and a
        body named like a place ("the White House said") is a body."""
        entity = self._entity_for(speaker)
        name = entity.name if entity is not None else speaker.name
        kind = entity.type if entity is not None else speaker.kind
        last = name.split()[-1].lower() if name.split() else ""
        return kind == "place" and not is_country(name) and last not in ORGANIZATION_HEADS

    def _entity_for(self, speaker: Speaker) -> Entity | None:
        """The recognised entity for a speaker: the same name, else the one entity with a
        mention of it, else the one person whose name ends with the speaker's surname (the
        first name decides between several)."""
        exact = self.entities.get(speaker.name.lower())
        if exact is not None:
            return exact
        # `IMF`, `Sheikh Ali`, a person's name past a title: the entity a mention gives
        last = len(speaker.name.split()) if speaker.kind == "person" else 0
        named = [
            e
            for e in self.article.entities
            if e.type == speaker.kind
            and any(speaker.name in (m.text, " ".join(m.text.split()[-last:])) for m in e.mentions)
        ]
        if speaker.kind != "person" or len(named) == 1:
            return named[0] if len(named) == 1 else None
        words = speaker.name.lower().split()
        same = [
            e
            for e in self.article.entities
            if e.type == "person" and e.name.lower().split()[-1:] == words[-1:]
        ]
        if len(same) > 1:
            same = [e for e in same if e.name.lower().split()[0] == words[0]]
        return same[0] if len(same) == 1 else None

    def _lead_from_body(self, quotes: list[Quote], repeats: list[tuple[Quote, Quote]]) -> None:
        """A title or lead quote repeated in the body is one quotation shown twice: it
        takes the body quote's speaker (marked `lead`) and is listed in `repeats`."""
        body = [(normal_form(q.text), q) for q in quotes if q.start >= self.body_start]
        for quote in quotes:
            if quote.start >= self.body_start:
                break
            key = normal_form(quote.text)
            same = next((q for text, q in body if same_words(key, text)), None)
            if same is None and key.count(" ") < 3:  # `'stronger': WHO`, a word of a quote
                inner = f" {normal_form(quote.text[1:-1])} "
                same = next((q for text, q in body if inner in f" {text} "), None)
            if same is not None:
                repeats.append((quote, same))
            if same is not None and same.speaker:
                quote.speaker, quote.speaker_id = same.speaker, same.speaker_id
                quote.attribution = "lead"
                quote.cue = quote.cue or same.cue
                quote.via = same.via
                quote.confidence = same.confidence
            elif quote.attribution in ("description", "pronoun"):
                quote.attribution = "lead"


_NEAR_AFTER = 8  # words: an attribution farther after a woven quote is the sentence's
