"""Quotations that continue or repeat one another: a quotation over several paragraphs
takes the speaker its last paragraph names, and a repeated or shortened quotation points
to the one it repeats (`same_as`)."""

from __future__ import annotations

import re

from generator.annotate.quotes.phrases import normal_form
from generator.annotate.quotes.spans import QuoteSpan
from generator.model import Quote


def name_back_along_runs(quotes: list[Quote], spans: list[QuoteSpan]) -> None:
    """A quote running over several paragraphs is often attributed only at its end:
    carry that speaker back to the earlier paragraphs of the same quotation."""
    for n in range(len(quotes) - 2, -1, -1):
        here, after = quotes[n], quotes[n + 1]
        if here.speaker or not after.speaker:
            continue
        if spans[n].open_ended and spans[n + 1].continues:
            here.speaker, here.speaker_id, here.cue = after.speaker, after.speaker_id, after.cue
            here.attribution = "continuation" if spans[n].continues else after.attribution
            here.confidence, here.via = after.confidence, after.via


_ELLIPSIS = re.compile(r"\.\.\.|…")


def mark_repeats(quotes: list[Quote]) -> None:
    """Set `same_as` on each quotation that repeats another of the article: the same
    words, or a shortened copy (`no progress ...,`) of a fuller one. The first of equal
    ones and the fuller one are kept; a lead's repeat of the body is already marked."""
    kept: list[tuple[str, Quote]] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.same_as:
            continue
        words = normal_form(quote.text)
        same = next((other for text, other in kept if text == words), None)
        if same is not None:
            quote.same_as = same.id
            continue
        kept.append((words, quote))
    for words, quote in kept:
        parts = [normal_form(part) for part in _ELLIPSIS.split(quote.text)]
        parts = [part for part in parts if len(part) >= 12]
        if not parts or len(parts) == 1 and parts[0] == words and not _ELLIPSIS.search(quote.text):
            continue
        for other, fuller in kept:
            if fuller is not quote and len(other) > len(words) and all(p in other for p in parts):
                quote.same_as = fuller.id
                break
