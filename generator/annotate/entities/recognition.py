"""Entity recognition: `find_entities`, the entry point of the entity stage.

Candidates from the registry, the CRF model and the rules are chosen without
overlaps, headline names are confirmed by the body, and the rest is resolved to one
entity per person, organization, place or event the article names.
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from generator.annotate import census, ner
from generator.annotate.entities.aliases import (
    PLACES,
    company_base,
    is_country,
    one_letter_dropped,
    us_state,
    usual_name,
)
from generator.annotate.entities.candidates import (
    CONFIRMED_BLOCKS,
    DATELINE_AFTER,
    OPENING_MARKS,
    Candidate,
    Region,
    acronym_definitions,
    dateline_mentions,
    is_place,
    looks_like_name,
    normal_name,
    regions_of,
    registry_matches,
    trim_candidate,
    trim_person,
)
from generator.annotate.entities.events import event_rules
from generator.annotate.entities.firm_marks import (
    foreign_partner_firms,
    founders_firms,
    partner_firms,
    wire_company_names,
)
from generator.annotate.entities.resolution import (
    Result,
    entity_results,
    find_descriptions,
    find_roles,
    resolve_candidates,
)
from generator.annotate.entities.sanity import retype, sane
from generator.annotate.entities.short_forms import defined_short_forms
from generator.annotate.entities.tables import without_table_codes
from generator.annotate.entity_words import (
    DESCRIBED_FIRM_NOUNS,
    NATIONAL_BODY_WORDS,
    PERSON_NOUNS,
)
from generator.annotate.registry import Registry
from generator.annotate.words import (
    BODY_LAST_WORDS,
    NAME_JOINS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NATIONALITY_WORDS,
    NOT_NAMES,
    ORGANIZATION_HEADS,
    PATRONYMICS,
    ROLE_HEADS,
    ROLE_WORDS,
    SENTENCE_OPENERS,
)
from generator.model import Article, Entity, EntityType

_LIST_GAP = re.compile(r",? and |, ")  # between two items of a list
_ONE_OF_THEM = re.compile(r"\b(?:like|such as|including) \Z")  # "analysts like Eppel of"
_ENGLISH_WORD = 3.0  # wordfreq's Zipf scale: "eppel" 0, "osman" 2.9; "chase" 4.4, "bank" 5.5
# The CRF tags this many tokens of an article (about 30 pages); past that, in a runaway
# file, only the registry, the rules and names already found are matched, so that a
# megabyte still takes about a second.
MAX_TAGGED_TOKENS = 20_000


# CRF spans whose least certain word is labelled with a lower marginal probability are
# dropped (the same name elsewhere in the article, found with confidence, still counts).
# Chosen through the real path (`python3 ../shared/eval/entities.py`, CoNLL-2003 dev as
# stories; 0.5: P .917 R .896 F1 .906; 0.6: P .926 R .888 F1 .906; 0.7: P .933 R .881
# F1 .906; 0.8: P .942 R .856 F1 .897): the highest precision at the best F1.
MIN_CONFIDENCE = 0.7


CRF_TYPES: dict[str, EntityType] = {"PER": "person", "ORG": "organization", "LOC": "place"}


def find_entities(article: Article, registry: Registry) -> list[Entity]:
    """Every entity the article mentions, each with all its mention offsets."""
    return [found.entity for found in _analyse(article, registry)]


def name_mentions(article: Article, registry: Registry) -> list[tuple[int, int, str]]:
    """(start, end, type) of the mentions that are names, not descriptions (for evaluation)."""
    out: list[tuple[int, int, str]] = []
    for found in _analyse(article, registry):
        for candidate in found.candidates:
            if candidate.source != "description":
                out.append((candidate.start, candidate.end, found.entity.type))
    return out


def _analyse(article: Article, registry: Registry) -> list[Result]:
    text = article.text
    regions = regions_of(article)
    candidates: list[Candidate] = []
    unsure: list[Candidate] = []  # CRF names below MIN_CONFIDENCE: kept only if supported
    sentence_starts: set[int] = set()
    budget = MAX_TAGGED_TOKENS
    # what the whole article says about each capitalised word, for the CRF's features
    document = ner.Document(
        [t.text for t in sentence]
        for region in regions
        for sentence in ner.sentences(region.tokens)
    )
    for region in regions:
        candidates.extend(registry_matches(region, registry))
        for sentence in ner.sentences(region.tokens):
            sentence_starts.add(sentence[0].start)
            if len(sentence) > 1 and sentence[0].text in OPENING_MARKS:
                sentence_starts.add(sentence[1].start)  # "Hey, ..." after a quotation mark
            words = [t.text for t in sentence]
            budget -= len(words)
            confidences: list[float] = []
            labels = (
                ner.tag_words(words, confidences, document) if budget >= 0 else ["O"] * len(words)
            )
            for span in ner.spans_from_iob(sentence, labels, confidences):
                doubtful = span.confidence < MIN_CONFIDENCE
                kind = CRF_TYPES.get(span.label, "other")
                last_word = text[span.start : span.end].rsplit(None, 1)[-1].lower()
                if kind == "other" and last_word in ORGANIZATION_HEADS:
                    kind = "organization"  # "the Arab League": CoNLL calls some of these MISC
                # a title's first word is capitalised anyway: the body must confirm it
                lone_first = span.start == sentence[0].start and span.end == sentence[0].end
                headline = region.kind in CONFIRMED_BLOCKS and (region.headline_case or lone_first)
                if (
                    kind == "organization"
                    and span.start == region.start
                    and DATELINE_AFTER.match(text, span.end)
                    and is_place(text[span.start : span.end])
                ):
                    kind = "place"  # "CLEVELAND - ...": a dateline's city
                candidate = Candidate(span.start, span.end, kind, "crf", headline=headline)
                (unsure if doubtful else candidates).append(candidate)
            title_case = region.kind in CONFIRMED_BLOCKS and region.headline_case
            candidates.extend(event_rules(sentence, labels, title_case))
        candidates.extend(acronym_definitions(region))
        candidates.extend(partner_firms(region))
        candidates.extend(founders_firms(region))
        candidates.extend(foreign_partner_firms(region))
        candidates.extend(wire_company_names(region))
    candidates.extend(dateline_mentions(article))
    candidates, unsure = _joined_heads(candidates, unsure, text)
    candidates, unsure = _after_offices(candidates, text), _after_offices(unsure, text)
    candidates = [part for c in candidates for part in trim_candidate(retype(c, text), text)]
    candidates = [
        c
        for c in candidates
        if looks_like_name(c, text, registry, c.start in sentence_starts) and sane(c, text)
    ]
    candidates = _glued_openers(_without_overlaps(candidates), text, sentence_starts)
    candidates = _confirm_headlines(candidates, text, regions)
    candidates = _listed_people(_people_of_bodies(candidates, text), text)
    candidates = defined_short_forms(candidates, text)
    candidates += [
        c
        for c in _supported(unsure, candidates, text)
        if looks_like_name(c, text, registry, c.start in sentence_starts) and sane(c, text)
    ]
    candidates += [c for c in _repeats(candidates, regions, text) if sane(c, text)]
    candidates = _places_cut(
        _without_overlaps(_unglued(_joined(candidates, text), text)), text, regions
    )
    candidates = _without_lone_openers(candidates, text, sentence_starts)
    entities = resolve_candidates(without_table_codes(candidates, text), text)
    find_roles(entities, regions)
    find_descriptions(entities, regions)
    return entity_results(entities, text, registry)


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best of overlapping spans: registry, then rules, then longer spans."""
    priority = {"registry": 0, "description": 1, "rule": 2, "crf": 3, "repeat": 4}

    def rank(c: Candidate) -> tuple[int, int, int]:
        first = 0 if c.type == "event" and c.source == "rule" else priority[c.source]
        return (first, -(c.end - c.start), c.start)

    ranked = sorted(candidates, key=rank)
    taken: list[Candidate] = []
    end = max((c.end for c in candidates), default=0)
    occupied = bytearray(end)
    for candidate in ranked:
        if 1 in occupied[candidate.start : candidate.end]:
            continue
        occupied[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _glued_openers(
    candidates: list[Candidate], text: str, sentence_starts: set[int]
) -> list[Candidate]:
    """A sentence's first word that the model ran into the name after it. A common word,
    a participle or a misspelt small word (`_no_name_word`) that the article never writes
    inside a sentence, before a name the article gives on its own, is no part of the name:
    "Ruling Democratic Justice Party" where "the Democratic Justice Party", "Addressing New
    York State Republican Party's gala", "Athough Reagan's topic" (a misspelt "Although")
    where "President Reagan". A lone word opening a sentence that the article also writes
    in lower case is a common word, no body ("Coffee producing countries ..." where
    "coffee exporters")."""
    named: dict[str, dict[int, EntityType]] = {}  # a name -> its spans' starts and kinds
    for c in candidates:
        name = normal_name(text[c.start : c.end])
        named.setdefault(name, {})[c.start] = c.type
        if c.type == "person" and " " in name:  # "Donald Trump": "Trump"
            named.setdefault(name.rsplit(" ", 1)[1], {}).setdefault(c.start, "person")
    given, first_names = census.given_names(), ner.resources()[2]
    kept: list[Candidate] = []
    for c in candidates:
        if c.start not in sentence_starts or c.source != "crf" or c.entry is not None:
            kept.append(c)
            continue
        span = text[c.start : c.end]
        opener = _OPENER.match(span)
        if opener is None:
            joined = _JOIN_AFTER.match(text, c.end)  # "Bank fuer Gemeinwirtschaft AG"
            if c.type != "organization" or not _written_lower(span, text) or joined:
                kept.append(c)
            continue
        word, rest = opener[1], span[opener.end() :]
        kinds = {k for start, k in named.get(normal_name(rest), {}).items() if start != c.start}
        if (
            kinds
            and _no_name_word(word, common=" " in rest or kinds == {"person"})
            and word.lower() not in given
            and word not in first_names
            and not word.isupper()
            and not re.search(rf"[\w,;] {re.escape(word)}(?![\w'’-])", text)
            and not is_place(span)
            and usual_name(span) is None
        ):
            c.start += opener.end()
            if c.type not in kinds and len(kinds) == 1:
                c.type = kinds.pop()  # "Chasing Trump", a body to the model: Trump
        kept.append(c)
    return kept


_OPENER = re.compile(r"([\w'’-]+)\s+")
_JOIN_AFTER = re.compile(rf" (?:{'|'.join(NAME_JOINS)}) ")


def _no_name_word(word: str, common: bool) -> bool:
    """A participle ("Impeaching Trump ... is one imperative", "Adding Piedmont"), a
    sentence's opening word misspelt by one letter ("Athough"; "White" is no "While", so
    only the unmistakable long ones), or where `common`, before a longer
    name or a surname, a common word ("Ruling") or a nationality ("Filipino Clinton
    staffers"); a common word before one word of another name may be the first of a name
    ("White House" where the "House" votes). A word no list knows may be a given name
    ("Isel Lopez") or a body's own ("Banque Paribas")."""
    lower = word.lower()
    if lower.endswith("ing"):
        return True
    if lower in ner.resources()[1]:
        return common  # a word of its own, not misspelt: "White" is no "While"
    if common and word in NATIONALITY_WORDS:
        return True
    return any(one_letter_dropped(lower, opener) for opener in _LONG_OPENERS)


def _written_lower(word: str, text: str) -> bool:
    """Does the text also write a capitalised word in lower case ("Coffee", "coffee")?"""
    lower = word.lower()
    return lower != word and re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text) is not None


def _confirm_headlines(
    candidates: list[Candidate], text: str, regions: list[Region]
) -> list[Candidate]:
    """In Title Case or ALL CAPS titles keep only names that the body also names, in any
    case: the same name, a person's surname (`SHEARER` ... `Alan Shearer`), or a country.
    A title that is nothing but a person's name is a byline line above the dateline."""
    body: dict[str, EntityType] = {}
    for c in candidates:
        if not c.headline:
            name = normal_name(text[c.start : c.end]).lower()
            body.setdefault(name, c.type)
            if c.type == "person" and " " in name:
                body.setdefault(name.rsplit(" ", 1)[1], "person")
    titles = [(r.start, r.end) for r in regions if r.kind in CONFIRMED_BLOCKS]
    countries = ner.regions()
    kept = []
    for candidate in candidates:
        if candidate.headline:
            name = normal_name(text[candidate.start : candidate.end])
            kind = body.get(name.lower())
            alone = any(
                text[s : candidate.start].strip() == "" and text[candidate.end : e].strip() == ""
                for s, e in titles
            )
            if kind is None and candidate.type == "place" and name.title() in countries:
                kind = "place"
            if kind is None and alone and candidate.type == "person" and " " in name:
                kind = "person"
            if kind is None:
                continue
            candidate.type = kind
        kept.append(candidate)
    return kept


def _supported(unsure: list[Candidate], sure: list[Candidate], text: str) -> list[Candidate]:
    """Doubtful names that the article confirms: the same name, or a person whose surname
    it names with confidence ("Nadia Brook" ... "Brook said")."""
    known = {(normal_name(text[c.start : c.end]), c.type) for c in sure}
    named = {name for name, _ in known}
    family = {name.split()[-1] for name, kind in known if kind == "person" and " " in name}
    given = census.given_names()
    kept = []
    for candidate in [part for c in unsure for part in trim_candidate(c, text)]:
        span = normal_name(text[candidate.start : candidate.end])
        words = span.split()
        if (span, candidate.type) in known:
            kept.append(candidate)
        elif 1 < len(words) <= 3 and (
            (words[-1], "person") in known
            or (len(words) == 2 and words[-1] in family and words[0].lower() in given)
        ):  # "Bush said"; "Jeb Bush" where "George P. Bush" is named: a relative
            candidate.type = "person"  # the model doubted the type; the surname says person
            trim_person(candidate, text, {words[-1]}.__contains__)  # "Subroto said" before
            kept.append(candidate)
        elif (
            candidate.type == "person"
            and len(words) == 3
            and words[-2].lower() in NAME_PARTICLES
            and " ".join(words[-2:]) in named
        ):
            kept.append(candidate)  # "Fernand St Germain" ... "St Germain said"
        elif candidate.type == "person" and 1 < len(words) <= 3 and _after_role(candidate, text):
            kept.append(candidate)  # "Polish National Bank head Wladyslaw Baka"
        elif len(words) > 1 and is_country(span):
            candidate.type = "place"  # "East Germany said": a country's name of two words
            kept.append(candidate)
        elif candidate.type == "organization":
            person = _person_of(candidate, text, known)
            if person is not None:
                kept.append(person)
        elif candidate.type == "place" and _quarter_country(candidate, text):
            kept.append(candidate)  # "West Germany said": the model knew "West" as a quarter
    return kept


# an office and its body written before a name: "Chancellor of the Exchequer Nigel Lawson"
_OFFICE_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+) of (?:the )?(?:[A-Z][\w.&'-]* ){1,4}\Z")


# the openers a misspelling may be taken for ("Athough"): short words make too many
_LONG_OPENERS = frozenset(w for w in SENTENCE_OPENERS | NOT_NAMES if len(w) > 4)
_OFFICE_OF_THE = re.compile(r"\b([A-Z][a-z]+) of the \Z")


def _after_offices(candidates: list[Candidate], text: str) -> list[Candidate]:
    """ "U.K. Chancellor of the Exchequer Nigel Lawson", the model's name starting at the
    office's body: the person from the given name on (two or three capitalised words, no
    body's head), and the body when it has a name of more than one word ("Governor of the
    Bank of England Robin Leigh-Pemberton")."""
    out: list[Candidate] = []
    for c in candidates:
        office = _OFFICE_OF_THE.search(text, max(0, c.start - 40), c.start)
        cut = _office_cut(c, text) if office and office[1].lower() in ROLE_HEADS else None
        if cut is None:
            out.append(c)
            continue
        if cut[0] > c.start:
            out.append(Candidate(c.start, cut[0], "organization", c.source))
        out.append(Candidate(cut[1], c.end, "person", c.source))
    return out


def _office_cut(c: Candidate, text: str) -> tuple[int, int] | None:
    """(end of the body's name or the span's start, start of the person's given name) of
    a span that begins with an office's body and ends with a person, or None."""
    given = census.given_names()
    words = list(re.finditer(r"\S+", text[c.start : c.end]))
    first = next((k for k, w in enumerate(words) if k and w[0].lower() in given), None)
    if first is None or words[0][0].lower() in given:
        return None
    person = words[first:]
    if not 2 <= len(person) <= 3 or any(
        not w[0][:1].isupper() or w[0].lower() in ORGANIZATION_HEADS for w in person
    ):
        return None
    body_end = c.start + words[first - 1].end() if first > 1 else c.start
    return body_end, c.start + person[0].start()


def _after_role(candidate: Candidate, text: str) -> bool:
    """Is the name written right after a lowercase word for what a person is ("bank head
    Wladyslaw Baka", "analyst Jan Kubo") or after an office of a body ("Chancellor of the
    Exchequer Nigel Lawson", from a given name on), every word of it capitalised?"""
    before = text[max(0, candidate.start - 30) : candidate.start].split()
    span = text[candidate.start : candidate.end]
    if not (
        bool(before)
        and all(w[:1].isupper() for w in span.split())
        and text[candidate.start - 1 : candidate.start] == " "
    ):
        return False
    if before[-1] in PERSON_NOUNS:
        return True
    office = _OFFICE_OF_BEFORE.search(text, max(0, candidate.start - 60), candidate.start)
    return (
        office is not None
        and office[1].lower() in ROLE_HEADS
        and span.split()[0].lower() in census.given_names()
    )


def _people_of_bodies(candidates: list[Candidate], text: str) -> list[Candidate]:
    """ "Dana Mercer of First National Bank of Chicago", one body to the model, is the
    person and the body when the article names a person by that surname."""
    known = {(normal_name(text[c.start : c.end]), c.type) for c in candidates}
    out: list[Candidate] = []
    for c in candidates:
        person = _person_of(c, text, known) if c.type == "organization" else None
        if person is None or c.entry is not None:
            out.append(c)
            continue
        body = Candidate(person.end + len(" of "), c.end, "organization", c.source)
        out += [person, *trim_candidate(body, text)]  # "of the Consumer Federation"
    return out


def _person_of(
    candidate: Candidate, text: str, known: set[tuple[str, EntityType]]
) -> Candidate | None:
    """ "Dana Johnson of First National Bank of Chicago", one body to the model: the
    person before "of" (from a given name: "Chairman Ed Kolb of"), when the article names
    a person by that surname ("First Chicago's Johnson said"). Of a doubtful span the body,
    still doubtful, is left out."""
    cut = text.find(" of ", candidate.start, candidate.end)
    if cut < 0:
        return None
    tokens = ner.tokenize(text[candidate.start : cut], candidate.start)
    if len(tokens) == 1 and _a_surname_of(tokens[0].text, text, candidate, cut, known):
        return Candidate(candidate.start, cut, "person", candidate.source)
    if not 1 < len(tokens) <= 3 or (tokens[-1].text, "person") not in known:
        return None
    given = census.given_names()
    first = next((t for t in tokens[:-1] if t.text.lower() in given), None)
    return None if first is None else Candidate(first.start, cut, "person", candidate.source)


def _without_lone_openers(
    candidates: list[Candidate], text: str, sentence_starts: set[int]
) -> list[Candidate]:
    """ "Hindsight had proved him right": a one-word "person" that opens a sentence, a word
    English often writes and no common surname or given name, which no other name of the
    story holds in any case, is the sentence's capitalised first word (a "Trump" that
    opens a sentence is named in full elsewhere, "CHRYSLER" in the headline too)."""
    words = [text[c.start : c.end].casefold() for c in candidates]
    return [
        c
        for c, word in zip(candidates, words, strict=True)
        if not (
            c.type == "person"
            and c.source == "crf"
            and c.start in sentence_starts
            and " " not in word
            and zipf_frequency(word, "en") >= _ENGLISH_WORD
            and word not in census.common_surnames()
            and not census.first_name(word)
            and sum(word in other.split() for other in words) == 1
        )
    ]


def _listed_people(candidates: list[Candidate], text: str) -> list[Candidate]:
    """ "Justices William Brennan, Byron White, Thurgood Marshall": a name the model reads
    as a body, a given name first and a surname last (a common one or a word English
    hardly writes), no legal form, listed beside a person and no body, is a person."""
    ordered = sorted(candidates, key=lambda c: c.start)
    for i, c in enumerate(ordered):
        words = text[c.start : c.end].split()
        if c.type != "organization" or c.source != "crf" or not 2 <= len(words) <= 3:
            continue
        name, last = text[c.start : c.end], words[-1].casefold()
        surname = last in census.common_surnames() or zipf_frequency(last, "en") < _ENGLISH_WORD
        if company_base(name) != name or not surname or not census.mostly_given(words[0]):
            continue  # not "Asia Society", "Pearl Jam", "Dean Witter Inc"
        around = [(ordered[i - 1], ordered[i - 1].end, c.start)] if i else []
        if i + 1 < len(ordered):
            around.append((ordered[i + 1], c.end, ordered[i + 1].start))
        listed = [other.type for other, gap, end in around if _LIST_GAP.fullmatch(text[gap:end])]
        if "person" in listed and all(kind == "person" for kind in listed):
            c.type = "person"
    return candidates


def _a_surname_of(
    word: str, text: str, candidate: Candidate, cut: int, known: set[tuple[str, EntityType]]
) -> bool:
    """ "Williams of Bankers Trust" where the article names John Williams, or "analysts
    such as Walsh of First Marathon" (a common surname or a word English hardly writes,
    as one of the people a plural noun stands for): the person; never a body's head
    ("Bank of Japan", "Ministry of Finance") nor a firm and its country ("Deutz of West
    Germany")."""
    body = text[cut + len(" of ") : candidate.end]
    if word.lower() in ORGANIZATION_HEADS or is_country(body) or us_state(body) or body in PLACES:
        return False
    if _ONE_OF_THEM.search(text, max(0, candidate.start - 12), candidate.start):
        folded = word.casefold()
        return zipf_frequency(folded, "en") < _ENGLISH_WORD or folded in census.common_surnames()
    return any(
        kind == "person" and " " in name and name.rsplit(" ", 1)[1] == word for name, kind in known
    )


def _joined_heads(
    candidates: list[Candidate], unsure: list[Candidate], text: str
) -> tuple[list[Candidate], list[Candidate]]:
    """ "the Center for Responsive Politics": a body's head the model tagged alone (often
    unsure of it) and the body's name it tagged after "for" are one name, not "Center" and
    "Responsive Politics". So are a body's head and the place or body written right after
    "of" ("Zionist Organization of America", "National Democratic Party of Germany"): the
    short form is another body's name or none. Not after a company's legal form: "Novopharm
    Ltd of Canada" is the firm and where it is. Returns the candidates and the unsure ones,
    the pieces joined."""
    crf = sorted((c for c in candidates + unsure if c.source == "crf"), key=lambda c: c.start)
    pieces: set[int] = set()
    joined: list[Candidate] = []
    for head, rest in zip(crf, crf[1:], strict=False):
        between, name = text[head.end : rest.start], text[head.start : head.end]
        if (
            head.type == "organization"
            and (
                (between == " for " and rest.type == "organization")
                or (
                    between == " of "
                    and rest.type in ("organization", "place")
                    and company_base(name) == name
                )
            )
            and id(head) not in pieces
            and name.split()[-1].lower() in ORGANIZATION_HEADS
        ):
            pieces.update((id(head), id(rest)))
            joined.append(Candidate(head.start, rest.end, "organization", "crf"))
    if not joined:
        return candidates, unsure
    return (
        [c for c in candidates if id(c) not in pieces] + joined,
        [c for c in unsure if id(c) not in pieces],
    )


def _joined(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Two names of one kind with only a name's inner word between them are one name the
    model cut in two: "Sheikh Abdul-Aziz bin Khalifa al-Thani", "Bank fuer
    Gemeinwirtschaft AG" (neither half is anyone's or anything's name)."""
    out: list[Candidate] = []
    by_end: dict[int, list[Candidate]] = {}  # a candidate's end -> the names ending there
    for c in sorted(candidates, key=lambda c: (c.start, -c.end)):
        join = _JOIN_BEFORE.search(text, max(0, c.start - 8), c.start)
        joiner = join[1] if join else ""
        ended = by_end.get(join.start(), []) if join and joiner in NAME_JOINS else []
        halves = [a for a in ended if a.type == c.type and a.entry is None and c.entry is None]
        given = _given_name(join.start(), text) if join and joiner in PATRONYMICS else None
        if not halves and c.type == "person" and c.entry is None and given is not None:
            for phrase in ended:  # "Crown Prince Abdullah", which the model read as a title's
                by_end[phrase.end].remove(phrase)
                phrase.end = given - 1
                if phrase.end <= phrase.start:
                    out.remove(phrase)
            c.start = given
        for a in halves:
            by_end[a.end].remove(a)
            a.end = c.end
            by_end.setdefault(a.end, []).append(a)
        if not halves:
            out.append(c)
            by_end.setdefault(c.end, []).append(c)
    return out


_JOIN_BEFORE = re.compile(r" (\w+) \Z")
_LAST_WORD = re.compile(r"(?<![\w.'’-])[A-Z][\w'’-]+\Z")


def _given_name(join: int, text: str) -> int | None:
    """Where a person's name begins when the model tagged only the name after "bin"
    ("Crown Prince Abdullah bin Abdul Aziz" read as a title's phrase and a person "Abdul
    Aziz", his father's name and a page of its own for a man the story never names): at
    the capitalised word before "bin", unless that word is a title's or a nationality's."""
    last = _LAST_WORD.search(text, max(0, join - 30), join)
    if last is None or last[0].lower() in ROLE_WORDS or last[0] in NATIONALITY_WORDS:
        return None
    return None if last[0].lower() in NOT_NAMES else last.start()


def _unglued(candidates: list[Candidate], text: str) -> list[Candidate]:
    """ "Lawson told Funaro Brazil had to ...": a surname the article gives a person run
    into a country is the person and the country. "Entertainment Marketing and Zinn said":
    a body and, after "and", the surname of a person the article names are the body and
    the person."""
    surnames = {
        text[c.start : c.end].split()[-1]
        for c in candidates
        if c.type == "person" and " " in text[c.start : c.end]
    }
    out = []
    for c in candidates:
        words = text[c.start : c.end].split(" ")
        if c.entry is None and len(words) == 2 and words[0] in surnames and is_country(words[1]):
            middle = c.start + len(words[0]) + 1
            out += [
                Candidate(c.start, middle - 1, "person", c.source),
                Candidate(middle, c.end, "place", c.source),
            ]
        elif (
            c.entry is None
            and c.type == "organization"
            and len(words) > 2
            and words[-2] == "and"
            and words[-1] in surnames
        ):
            last = c.end - len(words[-1])
            out += [
                Candidate(c.start, last - len(" and "), "organization", c.source),
                Candidate(last, c.end, "person", c.source),
            ]
        else:
            out.append(c)
    return out


_QUARTER_BEFORE = re.compile(r"(?<![\w.-])((?i:north|south|east|west)|[NSEW]\.?) \Z")
_QUARTERS = {"n": "North", "s": "South", "e": "East", "w": "West"}
# a town's state written after it inside one span: "Washington D.C.", "Kestrel Falls, Ore."
_STATE_TAIL = re.compile(r",?\s+([A-Z][\w.]*(?: [A-Z][\w.]*)?)\Z")
# a part of a state, not a town in it: "Northern Calif.", "upstate N.Y."
_STATE_PART = re.compile(r"(?i:(?:north|south|east|west)(?:ern)?|central|upstate|downstate)\Z")
# "Canada Zero, a sole purpose company": a capitalised word runs the place into a firm's name
_FIRM_RUN_ON = re.compile(
    r" ([A-Z][a-z]+),? (?:a|an) (?:[\w-]+ ){0,3}(?:" + "|".join(DESCRIBED_FIRM_NOUNS) + r")\b"
)
_WORD_AFTER = re.compile(r" (\w+)")
_TICKER_AFTER = re.compile(r" ?<[A-Z][A-Z0-9&]*(?:\.[A-Z]{1,3})?>")
_WAR_AFTER = re.compile(r" [Ww]ars?\b")  # "Iranian Gulf war thrusts": Iranian "Gulf war" thrusts
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.&'-]*|of|and|&) \Z")  # "Chemical New York <CHL>"


def _town_of_state(span: str) -> str:
    """The town of a place span that ends with its US state's abbreviation ("Washington
    D.C." -> "Washington", "Syracuse N.Y."), or "" when the span is no such pair."""
    tail = _STATE_TAIL.search(span)
    if tail is None or tail.start() == 0 or usual_name(span) is not None:
        return ""
    town, state = span[: tail.start()], us_state(tail[1])
    # an abbreviation only: a full state's name ends many names ("Lake Michigan", "Port
    # Washington", "Czarnikow Rionda of New York")
    return town if state and state != tail[1] and not _STATE_PART.match(town) else ""


# a state's abbreviation after a town: "Wayne, N.J.", "Salem, Ore."
_STATE_AFTER = re.compile(r",\s+([A-Z][a-z]*\.(?: ?[A-Z]\.)?)")


def _firms_home_town(c: Candidate, candidates: list[Candidate], text: str) -> bool:
    """ "Security Services of America of Wayne, N.J.": the model reads a firm "Security
    Services" and a place "America of Wayne". A place span "Country of Town" before a
    state's abbreviation, right after a firm's "of", is the firm's country and its town:
    the firm takes "of America", the place is "Wayne"."""
    span = text[c.start : c.end]
    country, of, town = span.partition(" of ")
    state = _STATE_AFTER.match(text, c.end)
    if not (of and town and state and us_state(state[1]) and is_country(country)):
        return False
    firm = next(
        (f for f in candidates if f.type == "organization" and f.end == c.start - len(" of ")),
        None,
    )
    if firm is None or text[firm.end : c.start] != " of " or usual_name(span) is not None:
        return False
    firm.end = c.start + len(country)
    c.start = c.end - len(town)
    return True


def _quarter_country(c: Candidate, text: str) -> tuple[int, str] | None:
    """Where a country begins and its name, when a quarter before a place makes a country
    with it ("West Germany", "south Africa", the headline's "S AFRICA"); in lower case a
    quarter of a former country is a region ("in east Germany" today)."""
    quarter = _QUARTER_BEFORE.search(text, max(0, c.start - 7), c.start)
    if quarter is None:
        return None
    word = _QUARTERS[quarter[1][0].lower()]
    known = usual_name(f"{word} {text[c.start : c.end].title()}")
    if known is None or not is_country(known[0]):
        return None
    if quarter[1].islower() and known[0] in PLACES:
        return None
    return quarter.start(1), known[0]


def _places_cut(candidates: list[Candidate], text: str, regions: list[Region]) -> list[Candidate]:
    """Places the model cut out of a longer name. A quarter before a place that makes a
    country with it ("south Africa", the headline's "S AFRICA") is that country, not the
    continent. A nationality run into the place of a war's name ("Iranian Gulf war") is
    no place. A place run into a firm's name by a capitalised word ("Canada Zero, a sole
    purpose company") is no mention, nor are the same words in a title ("CANADA ZERO
    ISSUES ..."), nor a place that begins a body's name ("Kiel University"). A place that
    Reuters marks with a ticker ("DOME <DMP>") is a company
    in the whole article, unless a longer name ends on it ("Chemical New York <CHL>") or
    the article names the company in full ("Dome Petroleum Ltd": `index.pieces` gives it
    the place's mentions that say not where)."""
    titles = [r for r in regions if r.kind in CONFIRMED_BLOCKS and r.headline_case]
    companies: set[str] = set()
    kept: list[Candidate] = []
    for c in candidates:
        if c.type != "place" or c.source not in ("crf", "repeat") or c.entry is not None:
            kept.append(c)
            continue
        span = text[c.start : c.end]
        if _TICKER_AFTER.match(text, c.end) and not _NAME_BEFORE.search(
            text, max(0, c.start - 30), c.start
        ):
            companies.add(normal_name(span).lower())
        if _firms_home_town(c, candidates, text):
            span = text[c.start : c.end]
        town = _town_of_state(span)
        if town:  # "Washington D.C.": the town, which its state's abbreviation qualifies
            c.end = c.start + len(town)
            span = town
        country = _quarter_country(c, text)
        if country:
            c.start, c.name, c.key = country[0], country[1], f"place:{country[1].lower()}"
            kept = [k for k in kept if k.end <= c.start]  # "West" alone, cut by the model
            kept.append(c)
            continue
        if any(r.start <= c.start < r.end for r in titles):
            after = _WORD_AFTER.match(text, c.end)
            if not (after and _run_into_firm(f"{span.title()} {after[1].title()}", text)):
                kept.append(c)
            continue
        run_on = _FIRM_RUN_ON.match(text, c.end)
        head = _WORD_AFTER.match(text, c.end)
        if head and head[1].istitle() and head[1].lower() in BODY_LAST_WORDS - NATIONAL_BODY_WORDS:
            continue  # "Kiel University's institute", "the Washington Institute for ...
        if not (run_on and usual_name(run_on[1]) is None) and not (
            " " in span and span.split()[0] in NATIONALITY_WORDS and _WAR_AFTER.match(text, c.end)
        ):
            kept.append(c)
    for c in kept:  # "Dome Petroleum Ltd" in the article: index.pieces gives it "Dome"
        if c.type == "organization" and " " in (name := normal_name(text[c.start : c.end])):
            companies.discard(name.split()[0].lower())
    for c in kept:
        named = normal_name(text[c.start : c.end]).lower()
        if c.type == "place" and c.source in ("crf", "repeat") and named in companies:
            c.type = "organization"
    return kept


def _run_into_firm(words: str, text: str) -> bool:
    """Whether the text writes a title's words as a firm's name ("Canada Zero, a ...")."""
    place, _, word = words.rpartition(" ")
    for found in re.finditer(rf"\b{re.escape(place)}(?= {re.escape(word)}\b)", text):
        run_on = _FIRM_RUN_ON.match(text, found.end())
        if run_on and usual_name(run_on[1]) is None:
            return True
    return False


def _repeats(candidates: list[Candidate], regions: list[Region], text: str) -> list[Candidate]:
    """A name found once is the same name wherever else it appears in the article; one
    found in a title's capitals is marked a headline's, as the model's are ("REICHHOLD"
    above "Reichhold Chemicals Inc": the title writes the short name of a company the body
    names in full)."""
    known: dict[str, EntityType] = {}
    suffixed_surnames: set[str] = set()  # "Bainum" of "Stewart Bainum Jr."
    longest = 1
    for candidate in candidates:
        if candidate.source in ("registry", "description") or candidate.type == "event":
            continue
        words = tuple(
            normal_name(t.text) for t in ner.tokenize(text[candidate.start : candidate.end])
        )
        known.setdefault(" ".join(words), candidate.type)
        longest = max(longest, len(words))
        if candidate.type == "person" and len(words) > 1:
            # "Jr.", "Sr", not a numeral in capitals that ends a firm's name too ("Mark IV")
            if len(words) > 2 and words[-1].casefold() in NAME_SUFFIXES and words[-1].istitle():
                known.setdefault(" ".join(words[-2:]), "person")  # "Griffin Jr.", no "Jr."
                words = words[:-1]
                suffixed_surnames.add(words[-1].casefold())
            known.setdefault(words[-1], "person")
    folded = {key.lower(): kind for key, kind in known.items()}
    firsts = {key.split(" ", 1)[0] for key in known}
    folded_firsts = {key.lower() for key in firsts}
    found: list[Candidate] = []
    for region in regions:
        tokens = region.tokens
        # capitals in a title say nothing: `VARGA LEADS ...` names the body's Ilse Varga
        shouted = region.kind in CONFIRMED_BLOCKS and region.headline_case
        keys = [t.text.lower() if shouted else t.text for t in tokens]
        names, starts = (folded, folded_firsts) if shouted else (known, firsts)
        for i in range(len(tokens)):
            if keys[i] not in starts:
                continue
            for length in range(min(longest, len(tokens) - i), 0, -1):
                kind = names.get(normal_name(" ".join(keys[i : i + length])))
                # "Bainum Sr." of a father or son: the mention is "Bainum", and a bare
                # "Bainum" before another suffix is another man of the family, no repeat
                suffix = i + 1 < len(keys) and keys[i + 1].casefold() in NAME_SUFFIXES
                suffixed = suffix and keys[i].casefold() in suffixed_surnames and length < 3
                if suffixed and length == 1:
                    break
                if kind:
                    end = tokens[i + length - (2 if suffixed else 1)].end
                    found.append(Candidate(tokens[i].start, end, kind, "repeat", headline=shouted))
                    break
    return found
