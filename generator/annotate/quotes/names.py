"""The people an article names: capitalised runs outside quotations, titles, surnames.

Quotation attribution resolves speaker phrases against this book: a surname to the
full name, a pronoun or a description to a fitting person mentioned nearby.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from itertools import islice

from generator.annotate.quotes.genders import first_name_gender
from generator.annotate.quotes.nameshapes import (
    PLACE_HEADS,
    is_acronym,
    looks_org,
    one_name,
    placelike,
    without_initials,
)
from generator.annotate.quotes.phrases import (
    ADJECTIVE_ROLES,
    LISTENER_CUES,
    SUBORDINATORS,
    Phrase,
    Token,
    is_cue,
    is_namey,
    is_role,
    particle_free,
    strip_possessive,
    surname_after_given,
    tokenize,
)
from generator.annotate.quotes.spans import (
    QuoteSpan,
)
from generator.annotate.words import (
    CUES,
    FEMALE_NAMES,
    GIVEN_NAME_AFTER,
    HONORIFICS,
    MALE_NAMES,
    NATIONALITY_WORDS,
    NOT_NAMES,
    OFFICE_WORDS,
    ORGANIZATION_HEADS,
    PERSON_HEADS,
    PLACE_FIRST,
    ROLE_WORDS,
)
from generator.model import Article, Block, EntityType

# Organization heads that name what follows `of`: `Association of Seafood Workers`.
_ORG_BEFORE_OF = frozenset(
    ORGANIZATION_HEADS
    | {"association", "society", "league", "federation", "union", "chamber", "bank"}
)
# Capitalised sentence openers that are not part of a name.
_OPENERS = frozenset(
    {"the", "neither", "either", "both", "each", "every", "only", "even"}
    | SUBORDINATORS
    | {"does", "did", "do", "is", "are", "was", "were", "can", "will", "would", "should"}
    | {"could", "has", "have", "how", "what", "why", "where", "who"}  # `Does Ramadan ...?`
    | {"another", "this", "that", "these", "those", "some", "any", "no", "every", "such"}
    | {"one", "a", "an"}  # `One Japanese refiner said`: no person "One Japanese"
)
# `... Secretary of `, `... Minister of Mines and `: an office's `of` right before a run
_AFTER_OFFICE_OF = re.compile(r"[A-Z][a-z]+ of (?:[A-Z][a-z]+ and )?\Z")
_QUOTE_MARK = re.compile(r"[\"“”«»]")
_HE = re.compile(r"\b(?:he|his|him)\b")
_SHE = re.compile(r"\b(?:she|her|hers)\b")
_SUBJECT_PLACE = re.compile(r"(?:^|\n|\. |[,.?!][\"”] )\Z")  # a sentence or a quotation ended
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
GUESS_OVERRULED = 3  # "he" after a census-guessed woman's name, never "she": a man
MAX_RUNS = 5000  # capitalised runs read for names; real articles have a few hundred


CHUNK = 4000  # characters tokenised at a time when reading names


MAX_NAME_CHARS = 150_000  # text read for names; a long feature is a third of that


@dataclass(slots=True)
class Person:
    name: str
    kind: EntityType = "person"
    gender: str | None = None
    guessed: bool = False  # the gender is the census's guess from the first name alone
    roles: set[str] = field(default_factory=set)  # titles the text gives next to the name
    entity_roles: set[str] = field(default_factory=set)  # roles from entity recognition
    known: bool = False  # evidence that it is a person: a title, a speech verb, an entity
    mentions: list[int] = field(default_factory=list)


class NameBook:
    """The people an article names outside quotations, with their titles and mentions."""

    def __init__(self, article: Article, blocks: list[Block], spans: list[QuoteSpan]) -> None:
        self.article = article
        self.text = article.text
        self.blocks = blocks
        self.spans = spans
        self.people: dict[str, Person] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.mentions: list[tuple[int, str]] = []  # (offset, person name), sorted
        self.speaker_mentions: set[int] = set()  # mentions next to a speech verb
        self.alternatives: dict[int, list[str]] = {}  # bare surname -> other full names
        self.speaker_counts: dict[str, int] = {}  # person -> quotes naming them as speaker
        self.entities = {e.name.lower(): e for e in article.entities}
        for e in article.entities:  # "Kodak said" of Eastman Kodak Co: a word inside its name
            for short in {m.text for m in e.mentions if e.type == "organization"}:
                if short in e.name.split()[1:-1]:
                    self.entities.setdefault(short.lower(), e)
        self.body_start = next((b.start for b in blocks if b.kind == "paragraph"), blocks[-1].start)

    # -- names in the article -------------------------------------------------

    def fit(self, offset: int, name: str, gender: str | None) -> str | None:
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

    def _collect_names(self, phrases: list[Phrase | None]) -> None:
        """Every capitalised run outside quotes that looks like a name; then mentions."""
        for entity in self.article.entities:
            if entity.type in ("person", "organization"):
                person = self._person(entity.name, entity.type)
                person.known = True
                person.entity_roles.update(w for r in entity.roles for w in r.lower().split())
            if entity.type == "organization":  # "that Hughes proposed" of Hughes Tool Co
                for short in {m.text for m in entity.mentions} - {entity.name}:
                    if " " not in short and entity.name.startswith(short + " "):
                        self._person(short, "organization").known = True
        runs = list(islice(self._runs(), MAX_RUNS))
        for _offset, run, role in runs:
            self._register_run(run, role)
        for _offset, run, _role in runs:  # `Angel Mendoza ...`, later `Mendoza regularly ...`
            if len(run) == 1 and run[0].low not in NOT_NAMES:
                full = self._match_surname(run[0].text)
                if full and " " in full and self.people[full].kind == "person":
                    self.people[full].known = True
        for person in list(self.people.values()):  # `Rakeyia Scott`, wife of `Keith Scott`
            parts = person.name.split()
            if person.kind == "person" and not person.known and 2 <= len(parts) <= 3:
                family = self.by_surname.get(parts[-1], [])
                if any(n != person.name and self.people[n].known for n in family):
                    person.known = True
        for phrase in phrases:
            if phrase and phrase.kind == "name":
                name = self._canonical_run(phrase.text, phrase.words)
                if not name:
                    continue
                full = self._match_surname(name) if " " not in name else None
                if full and " " in full:
                    self.people[full].known = True  # `Grushko said` after `Alexander Grushko`
                    continue
                if phrase.weak and " " not in name:
                    continue  # a one-word guess (`Nice`) is no evidence of a person
                if looks_org(name):
                    self._person(name, "organization").known = True
                else:
                    person = self._person(name, "person")
                    person.known = True
                    person.roles.update(phrase.words)
        for offset, run, role in runs:
            resolved = self._resolve_run(run, offset)
            if resolved:
                if len(run) == 1:  # `Clinton`: Hillary or Bill, as the pronoun decides
                    others = self.by_surname.get(strip_possessive(run[0].text), [])
                    self.alternatives[offset] = [n for n in others if n != resolved]
                self.mentions.append((offset, resolved))
                self.people[resolved].mentions.append(offset)
                if role and role[-1] == "said":
                    self.speaker_mentions.add(offset)
        self.mentions.sort()
        self.mention_offsets = [m[0] for m in self.mentions]
        self._genders_from_pronouns()
        self._guesses_overruled()

    def _genders_from_pronouns(self) -> None:
        """A person of unknown gender whom the text, opening a sentence with them, goes
        on to call "he" (or "she") within that sentence and the next, at least twice and
        never the other way: `Batten continued. ... he asked the crowds`; the same overrules
        the census's guess from a first name (`Marty Walz ... She said`)."""
        votes: dict[str, list[int]] = {}
        for offset, name in self.mentions[:MAX_RUNS]:
            person = self.people[name]
            if (person.gender is not None and not person.guessed) or person.kind != "person":
                continue
            if (
                offset
                and self.text[offset - 1] not in "\n"
                and self.text[offset - 2 : offset] != ". "
            ):
                continue  # not the subject opening a sentence
            window = self.text[offset : offset + 240].lower()
            window = _QUOTE_MARK.split(window, 1)[0]  # the writer's words, not a quotation's
            tally = votes.setdefault(name, [0, 0])
            tally[0] += len(_HE.findall(window))
            tally[1] += len(_SHE.findall(window))
        for name, (male, female) in votes.items():
            if male >= 2 and not female:
                self.people[name].gender, self.people[name].guessed = "m", False
            elif female >= 2 and not male:
                self.people[name].gender, self.people[name].guessed = "f", False

    def _guesses_overruled(self) -> None:
        """The census only guesses a gender from a first name; the text overrules it when
        "he" (or "she") follows the person's name as a subject (opening a sentence, or
        after a quotation: `"...," Sprinkel said`) with nobody else named between, often
        and never the other way (`Beryl Sprinkel`, a man: `Sprinkel told ... He also
        suggested`). Otherwise "he added" after his quotation goes to another man. A
        surname two people share (`Lazar`, husband and wife) is no one's vote."""
        guessed = {name for name, person in self.people.items() if person.guessed}
        if not guessed or not self.mentions:
            return
        votes: dict[str, list[int]] = {}
        for start, end in self._chunks(self._outside_quotes()):
            for found in islice(_SUBJECT_PRONOUN.finditer(self.text, start, end), MAX_RUNS):
                k = bisect.bisect(self.mention_offsets, found.start()) - 1
                if k < 0 or self.mentions[k][1] not in guessed:
                    continue
                offset, name = self.mentions[k]
                subject = _SUBJECT_PLACE.search(self.text, max(0, offset - 3), offset)
                if subject is None or self.alternatives.get(offset):
                    continue
                tally = votes.setdefault(name, [0, 0])
                tally[found.group().lower() == "she"] += 1
        for name, (male, female) in votes.items():
            person = self.people[name]
            if person.gender == "f" and male >= GUESS_OVERRULED and not female:
                person.gender, person.guessed = "m", False
            elif person.gender == "m" and female >= GUESS_OVERRULED and not male:
                person.gender, person.guessed = "f", False

    def _runs(self) -> Iterator[tuple[int, list[Token], list[str]]]:
        """Capitalised runs outside quotations, each with the lowercase words before it
        (`businessman Oscar Lindqvist`), read lazily so a cap bounds the work."""
        for start, end in self._chunks(self._outside_quotes()):
            tokens = tokenize(self.text, start, end)
            i = 0
            while i < len(tokens):
                if not (tokens[i].cap and tokens[i].low not in NOT_NAMES and is_namey(tokens[i])):
                    i += 1
                    continue
                j = i
                while j < len(tokens) and (
                    (is_namey(tokens[j]) and tokens[j].low not in NOT_NAMES)
                    or surname_after_given(tokens, j)  # `Rick May`
                ):
                    j += 1
                    of = j + 1 < len(tokens) and tokens[j].low == "of" and tokens[j + 1].cap
                    if of and tokens[j - 1].low in _ORG_BEFORE_OF:  # `Association of X`
                        j += 1
                role: list[str] = []
                for t in reversed(tokens[max(0, i - 4) : i]):
                    if (t.cap and not is_role(t.text)) or not t.text[:1].isalpha():
                        break  # `Permanent Representative to NATO Alexander Grushko`: a role
                    role.insert(0, t.low)
                after_cue = (  # `said Jake Horowitz, editor`, not `said China and Russia`
                    i > 0
                    and tokens[i - 1].low in CUES
                    and tokens[i - 1].low not in LISTENER_CUES  # `told Reuters.`
                    and (j == len(tokens) or tokens[j].text in ",.;")
                )
                comma = j < len(tokens) and tokens[j].text == ","
                close = next(
                    (
                        k
                        for k in range(j + 2, min(len(tokens) - 1, j + 9))
                        if tokens[k].text in ",."
                    ),
                    -1,
                )  # `Robert Lutz, Chrysler executive vice-president, said`: past the apposition
                apposed = (
                    comma and close > 0 and tokens[close].text == "," and is_cue(tokens, close + 1)
                )
                if (j < len(tokens) and is_cue(tokens, j)) or after_cue or apposed:
                    role.append("said")  # `Sanders said ...`: a person, even with no quote
                yield tokens[i].start, tokens[i:j], role
                i = max(j, i + 1)

    def _chunks(self, pieces: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """Long pieces cut at a space about every CHUNK characters, so that names are read
        lazily and the MAX_RUNS cap also bounds the tokenising."""
        budget = MAX_NAME_CHARS
        for start, end in pieces:
            end = min(end, start + budget)
            budget -= end - start
            while end - start > CHUNK:
                cut = self.text.rfind(" ", start + CHUNK // 2, start + CHUNK)
                cut = cut if cut > start else start + CHUNK
                yield start, cut
                start = cut
            yield start, end
            if budget <= 0:
                return

    def _outside_quotes(self) -> list[tuple[int, int]]:
        pieces: list[tuple[int, int]] = []
        spans = iter(self.spans)
        current = next(spans, None)
        for block in self.blocks:
            pos = block.start
            if block.kind == "title" and _title_case(self.text[block.start : block.end]):
                pos = block.end  # `Temper Tantrum Over ...`: every word capitalised, no names
            while current and current.start < block.end:
                if current.start > pos:
                    pieces.append((pos, current.start))
                pos = max(pos, current.end)
                current = next(spans, None)
            if pos < block.end:
                pieces.append((pos, block.end))
        return pieces

    def _person(self, name: str, kind: EntityType) -> Person:
        person = self.people.get(name)
        if person is None:
            parts = name.split()
            named = len(parts) > 1 and first_name_gender(parts[0].lower()) is not None
            if kind == "person" and parts and placelike(parts) and not named:
                kind = "place"  # `South Carolina`, `Trump Tower` (not `John Tower`): no speaker
            if kind == "person" and looks_org(name):
                kind = "organization"  # `SHTFplan reported`: a website, never "he"
            if kind == "person" and name in NATIONALITY_WORDS:
                kind = "other"  # `Polish officials said`: a nationality, never a person
            person = self.people[name] = Person(name, kind)
            if kind == "person" and parts:
                self.by_surname.setdefault(strip_possessive(parts[-1]), []).append(name)
                if particle_free(parts[-1]) != parts[-1]:  # `Rifa'i said` after `al-Rifa'i`
                    self.by_surname.setdefault(particle_free(parts[-1]), []).append(name)
                if len(parts) == 2 and GIVEN_NAME_AFTER.fullmatch(parts[1]):
                    self.by_surname.setdefault(parts[0], []).append(name)  # `Kim Mahn-je`
                first = parts[0].lower()
                person.gender = (
                    "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else None
                )
                person.known = person.gender is not None  # a first name marks a person
                if person.gender is None and len(parts) > 1:
                    person.gender = first_name_gender(first)  # `Gerard Batten`
                    person.known = person.gender is not None
                    person.guessed = person.known
        return person

    def _canonical_run(self, text: str, role: list[str] | None = None) -> str:
        """Drop titles and honorifics from a capitalised run: `Sen. Ted Cruz` -> `Ted Cruz`;
        after `Secretary of`, the run's first word ends the title (`Commerce Malcolm
        Baldrige`)."""
        raw = text.split()
        if role and role[-1] in ("of", "the") and len(raw) == 3 and not is_role(raw[0]):
            raw = raw[1:]
        words = [strip_possessive(w) for w in raw[_owner_cut(raw) :]]  # `Bank of Tokyo's Kimura`
        inner = [n for n, w in enumerate(words[:-1]) if n and w.lower() in ROLE_WORDS]
        if inner and len(words) - inner[-1] > 2:
            words = words[inner[-1] + 1 :]  # `Treasury Secretary James Baker`
            if words[0] == "of":  # `Under Secretary of Commerce Bruce Smart`: the office's
                words = words[1:]
                while len(words) > 2 and (words[0].lower() in OFFICE_WORDS or words[0] == "and"):
                    words = words[1:]
        while len(words) > 1 and (is_role(words[0]) or words[0].isupper()):
            words = words[1:]
        if len(words) > 3:
            joined = particle_free(words[-2]) != words[-2]  # `Ali al-Khalifa al-Sabah`
            words = words[-3:] if len(words[-2]) <= 2 or joined else words[-2:]
        return " ".join(without_initials(words))

    def _register_run(self, run: list[Token], role: list[str]) -> None:
        words = [strip_possessive(t.text) for t in run]
        if (
            role
            and role[-1] in ("of", "the")
            and len(words) == 3
            and not is_role(words[0])
            and words[1][:1].isupper()  # not `the Bank of Japan`: no person "of Japan"
        ):
            words = words[1:]  # `Secretary of Commerce Malcolm Baldrige`
        if _AFTER_OFFICE_OF.search(self.text, max(0, run[0].start - 40), run[0].start):
            # `Under Secretary of Commerce Bruce Smart`, `Minister of Mines and Energy
            # Subroto`: the office's words, as the entities have them
            while len(words) > 1 and words[0].lower() in OFFICE_WORDS:
                words = words[1:]
        while words and words[0].lower() in _OPENERS:  # `Neither Clinton`, `The Kremlin`
            words = words[1:]
        org_like = words and (
            (len(words) > 2 and words[1] == "of" and words[0].lower() in _ORG_BEFORE_OF)
            or words[-1].lower() in ORGANIZATION_HEADS
            or words[-1].lower() in PLACE_HEADS
            or is_acronym(words[-1])
        )
        if org_like and not any(w.lower() in HONORIFICS for w in words):
            cut = owned_unit([t.text for t in run[len(run) - len(words) :]], self.entities)
            if not cut or len(words) - cut > 1:  # not `Institute` of `Kiel University's`
                self._person(" ".join(words[cut:]), "organization").known = True
            return
        cut = _owner_cut([t.text for t in run]) - (len(run) - len(words))
        words = words[max(0, cut) :]  # `Hutton's Phillippi`: the person, not the firm
        gender = None
        lead_roles: list[str] = []
        while words and (is_role(words[0]) or is_acronym(words[0])):
            gender = HONORIFICS.get(words[0].lower(), gender)
            lead_roles.append(words[0].lower())
            words = words[1:]
        if len(words) > 3:  # `Political Affairs Wendy Sherman`
            joined = particle_free(words[-2]) != words[-2]  # `Ali al-Khalifa al-Sabah`
            words = words[-3:] if len(words[-2]) <= 2 or joined else words[-2:]
        if len(words) < 2 or any(w.isupper() and len(w) > 1 for w in words):
            said = bool(role) and role[-1] == "said"
            first_name = bool(words) and words[0].lower() in FEMALE_NAMES | MALE_NAMES
            if words and (lead_roles or gender or said or first_name) and len(words) == 1:
                name = self._match_surname(words[0])
                if name is not None and lead_roles and self.text.find(name, 0, run[0].start) < 0:
                    name = None  # `President Trump` first: not the Ivanka Trump named later
                if name is None and words[0].lower() in FEMALE_NAMES | MALE_NAMES:
                    name = self._person(words[0], "person").name  # `his wife, Jane,`
                lone = words[0]
                titled = bool(lead_roles) and lead_roles[-1] not in ADJECTIVE_ROLES
                if titled and self._in_other_name(run[0].start):
                    return  # `the General Agreement on Tariffs`: a body's words, no title
                if (
                    name is None
                    and (said or gender or titled)
                    and not looks_org(lone)
                    and one_name(lone)
                ):
                    name = self._person(lone, "person").name  # `Sanders said`, `Mr. Kim`
                if name is None:
                    return
                person = self.people[name]
                person.known = True
                if gender:
                    person.gender, person.guessed = gender, False
                person.roles.update(r for r in lead_roles if r not in ADJECTIVE_ROLES)
            return
        words = without_initials(words)
        name = " ".join(words)
        if name.lower() in self.entities and self.entities[name.lower()].type != "person":
            return
        if words[0].lower() in PLACE_FIRST:
            return  # `South Carolina`, `New Hampshire`, `Los Angeles`
        person = self._person(name, "person")
        said = bool(role) and role[-1] == "said"
        titled = any(r not in ADJECTIVE_ROLES for r in lead_roles)
        if said or titled or gender or role and (role[-1] in PERSON_HEADS | ROLE_WORDS):
            person.known = True
            person.roles.update(lead_roles + role)
        if gender:
            person.gender, person.guessed = gender, False

    def _in_other_name(self, offset: int) -> bool:
        """Whether a mention of an organization, place or event the article recognised
        holds the offset."""
        return any(
            m.start <= offset < m.end
            for e in self.article.entities
            if e.type != "person"
            for m in e.mentions
        )

    def _match_surname(self, word: str, at: int | None = None) -> str | None:
        """The full name a surname stands for: the latest one named before `at`,
        preferring people known as such and names longer than the surname."""
        names = self.by_surname.get(strip_possessive(word))
        if not names:
            return None

        def rank(name: str) -> tuple[bool, bool, bool, int]:
            person = self.people[name]
            mentions = person.mentions
            if at is not None:
                before = [m for m in mentions[:200] if m < at]
                last = before[-1] if before else -1
                # `President Trump` before any `Ivanka Trump`: not hers
                named = name == word or last >= 0 or self.text.find(name, 0, at) >= 0
            else:
                last = mentions[0] if mentions else -1
                named = True
            return (named, " " in name, person.known, last)

        return max(names, key=rank)

    def _given_name_of(self, word: str, at: int) -> str | None:
        """`Sheikh Ali` after `Sheikh Ali al-Khalifa al-Sabah`, `Prince Alwaleed` after
        `Prince Alwaleed Bin Talal`: a title and a given name stand for the one person
        named before with that given name (none when two share it)."""
        found = [
            p.name
            for p in self.people.values()
            if p.kind == "person"
            and p.name.split()[0] == word
            and " " in p.name
            and self.text.find(p.name, 0, at) >= 0
        ]
        return found[0] if len(found) == 1 else None

    def _resolve_run(self, run: list[Token], at: int | None = None) -> str | None:
        """The known person a capitalised run mentions, if any."""
        raw = [t.text for t in run]
        words = [strip_possessive(w) for w in raw[_owner_cut(raw) :]]
        while words and (is_role(words[0]) or is_acronym(words[0])):
            words = words[1:]
        if not words:
            return None
        name = " ".join(words)
        person = self.people.get(name)
        if person is not None and len(words) == 1 and person.kind == "person":
            match = self._match_surname(words[0], at)  # `Ham` after `Norman Ham`
            if match and " " in match and self.people[match].known:
                person = self.people[match]
        if person is None and len(words) == 1:
            match = self._match_surname(words[0], at)
            person = self.people.get(match) if match else None
        if person is None and len(words) > 1:
            match = self._match_surname(words[-1])
            person = self.people.get(match) if match else None
            if person and person.name.split()[0] != words[0]:
                person = None
        if person is None and len(words) > 2:
            for k in (3, 2):  # `Ohio Democratic Party Chairman David Pepper`
                person = self.people.get(" ".join(words[-k:]))
                if person is not None and person.known and person.kind == "person":
                    break
                person = None
        if person and person.known and person.kind == "person":
            return person.name
        return None

    # -- per-quote phrases ------------------------------------------------------


def _owner_cut(words: list[str]) -> int:
    """Where the name after an owner's possessive starts (`Hutton's Phillippi`, `Bank of
    Tokyo's Kimura`: the person is the one after the firm), else 0."""
    return max((n + 1 for n, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), default=0)


def owned_unit(words: list[str], entities: Container[str]) -> int:
    """Where a unit's name starts after its owner's possessive, else 0: an owner that is a
    name of its own (an entity of the article's, or a body's by its looks) and a unit the
    article names (`General Motors Corp's GMAC Financial Services`), or a unit's lone
    head word (`Kiel University's Institute`), glued without the possessive make a name
    no text writes. Not `Moody's Investors Service`, `McDonald's Corp` (no entity "Moody",
    no body's word), nor `the EC's Executive Commission`, which the entities know as
    "EC Executive Commission", the European Commission."""
    cut = _owner_cut(words)
    if not cut:
        return 0
    owner = " ".join(strip_possessive(w) for w in words[:cut])
    unit = " ".join(strip_possessive(w) for w in words[cut:])
    named = owner.lower() in entities or looks_org(owner)
    return cut if named and (unit.lower() in entities or cut == len(words) - 1) else 0


def _title_case(line: str) -> bool:
    """A headline in title case: most of its longer words start with a capital."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
