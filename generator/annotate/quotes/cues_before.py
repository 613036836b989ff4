"""Who speaks a quotation that opens after its speech verb: `Grushko said: "..."`,
`According to Grushko, "..."`, `He gave no details but said, "..."`. The words before
the quotation, read back from the quotation mark to the start of its sentence."""

from __future__ import annotations

from generator.annotate.quotes.phrases import (
    LISTENER_CUES,
    PREPOSITIONS,
    Phrase,
    clause_subject,
    cue_text,
    is_cue,
    name_tail,
    object_after,
    read_phrase,
    sentence_subject,
    subject_before,
    that_clause,
    tokenize,
    weaves,
)
from generator.annotate.words import PARTIAL_CUES, STATEMENT_NOUNS


def phrase_ending(text: str, lo: int, hi: int) -> tuple[Phrase | None, str | None]:
    """The speaker phrase of the sentence that ends at `hi` (where a quote opens)."""
    tokens = tokenize(text, lo, hi)
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
        if tokens[k].low in PARTIAL_CUES and not tokens[k].cap and weaves(tokens, k):
            # `with Ryan saying he was "..." and Trump calling it a "..."`: the nearer verb
            woven = read_phrase(subject_before(tokens, k))
            if woven is not None and woven.kind in ("name", "pronoun"):
                return woven, cue_text(tokens, k)
        if not is_cue(tokens, k):
            continue
        if tokens[k].low == "according":
            return read_phrase(object_after(tokens, k + 2)), cue_text(tokens, k)
        quoted = next(
            (q for q in range(k - 1, max(-1, k - 8), -1) if tokens[q].low == "quoted"), -1
        )
        if quoted > 0 and tokens[k - 1].low == "as":
            named = read_phrase(tokens[quoted + 1 : k - 1])
            passive = tokens[quoted - 1].low in ("was", "were", "is", "are", "been", "be")
            if named is not None and named.kind == "name" and not passive:
                # `Tass quoted Gorbachev as saying`: the one quoted speaks, not the medium
                return named, cue_text(tokens, k)
            # `He was quoted by PAP as saying`: the sentence's subject
            return sentence_subject(tokens[:quoted]), cue_text(tokens, k)
        participle = tokens[k].low.endswith("ing") and k and tokens[k - 1].text != "as"
        but = k > 0 and tokens[k - 1].low == "but"
        if participle or but or (k and tokens[k - 1].low == "and"):
            # `Sanders stepped up ..., saying, "..."`, `Lazar said ... and added, "..."`,
            # `He gave no details but said, "..."`, `..., Nefzi said, adding, "..."`
            # (the nearer speech verb's subject)
            phrase = None
            for k2 in range(k - 1, -1 if but else max(-1, k - 6), -1):  # "said ... but added"
                if is_cue(tokens, k2) and not tokens[k2].low.endswith("ing"):
                    phrase = read_phrase(subject_before(tokens, k2))
                    break
            opening = all(t.low.endswith("ly") for t in tokens[:k])  # `Simply remarking,`
            if phrase is None and participle and tokens[k - 1].cap and not opening:
                # `footage of Hillary Clinton asking, "..."`: the name before the verb
                run = name_tail(tokens[:k]) or tokens[k - 1 : k]
                named = read_phrase(run)
                phrase = named if named is not None and named.kind == "name" else None
            inner = that_clause(tokens[:k]) if participle else None
            if inner is not None:
                # `Saris expressed concern that ICE had broken its word after telling
                # him that he would "..."`: the participle belongs to the that-clause
                phrase = sentence_subject(inner)
                if phrase is None or phrase.kind not in ("name", "pronoun"):
                    return None, cue_text(tokens, k)
                return phrase, cue_text(tokens, k)
            cued = but and phrase is not None  # `The spokesman said ... but added:`
            known = phrase is not None and phrase.kind in ("name", "pronoun")
            if not (known or opening or cued):
                # `He gave no details but said, "..."`: "but" joins the sentence's verbs
                clause = None if but else clause_subject(tokens[:k])
                phrase = clause or sentence_subject(tokens[:k])
            if phrase is None and opening and participle:
                # `Adding, "..."` opens a sentence: the subject is the last one named
                phrase = Phrase("implicit", tokens[k].text, [], tokens[k].start)
            if phrase is not None and (phrase.kind in ("name", "pronoun") or cued or not but):
                return phrase, cue_text(tokens, k)
        subject = subject_before(tokens, k)
        phrase = read_phrase(subject)
        if phrase is None and len(subject) > 1 and subject[0].low == "as":
            phrase = read_phrase(subject[1:])  # `As one employee told the Weekly, "..."`
        relative = k >= 3 and tokens[k - 1].low == "who" and tokens[k - 2].text == ","
        if phrase is None and relative:
            named = read_phrase(name_tail(tokens[: k - 2]))  # `Lynch, who told Congress:`
            phrase = named if named is not None and named.kind == "name" else None
        if phrase is None and k + 1 < len(tokens):
            phrase = read_phrase(object_after(tokens, k + 1))  # `Said Smith: "..."`
            opener = tokens[k + 1].low
            # not `X, 35, ..., said on Twitter`, `said that Moscow`, nor whom one
            # `told`: a subject the words cannot read leaves the speaker open; but `was
            # asked by host Bill Maher, "..."`: the agent speaks
            aside = opener in PREPOSITIONS or opener == "that" or tokens[k].low in LISTENER_CUES
            if phrase is not None and phrase.kind == "name" and aside and opener != "by":
                phrase = None
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
