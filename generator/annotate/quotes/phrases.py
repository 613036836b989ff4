"""Speaker phrases: the words beside a quotation that say who speaks.

Tokens, speech verbs (cues) and the subject or object phrase of a cue: a name, a
pronoun, a description ("the Russian diplomat") or an institution ("the Kremlin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from generator.annotate.entities.aliases import company_base
from generator.annotate.quotes.genders import first_name_gender
from generator.annotate.quotes.nameshapes import company_shaped, generic_plural, placelike
from generator.annotate.quotes.spans import WORD
from generator.annotate.words import (
    CUES,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    HONORIFICS,
    MALE_NAMES,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANIZATION_HEADS,
    PERSON_HEADS,
    PRONOUNS,
    ROLE_WORDS,
    WEEKDAYS,
    word_list,
)

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # `U.S.`, `N.C.`
    r"|(?:Mrs|Mr|Ms|Dr|Del|Sens?|Reps?|Gov|Lt|Gens?|Col|Sgt|Jr|Sr|St|Rev|Prof|Adm|Capt|Maj|Cmdr|"
    r"Ft|Mt|Pres|Supt|Atty|Insp|Cpl|Pvt|No|[A-Z])\.(?=\s|$|,)"
    r"|[^\W_][\w'’\-]*"
    r"|[^\w\s]"
)


FIRST_NAMES = FEMALE_NAMES | MALE_NAMES


_TITLES = frozenset(("del.",))  # `Del. Stacey Plaskett` (a delegate)


_CUE_NEEDS = {"pointed": "out", "went": "on", "puts": "it", "put": "it"}


_SKIP_BEFORE_CUE = (
    frozenset(
        word_list(
            """
        also later then has had have was were is are been once previously recently
        repeatedly further again earlier just simply even only reportedly publicly privately
        bluntly would will could might may can quoted as being who had has further
        additionally subsequently separately flatly angrily on today tonight yesterday
        """
        )
    )
    | WEEKDAYS
)  # `Priebus later Thursday told Fox News:` is Priebus's


ADJECTIVE_ROLES = frozenset(
    word_list(
        """
        democratic republican democrat gop state states house senate russian american
        british french german chinese ukrainian us u.s. u.s new york texas florida ohio
        california former acting permanent special presidential majority minority first
        foreign defense defence interior vice deputy
        """
    )
)


ADVERBIAL = frozenset(
    word_list("at in on after when during before while as asked later earlier then still but and")
)


SUBORDINATORS = frozenset(
    word_list("when after as while although though if because before since once despite unlike")
)


_PASSIVE = frozenset(word_list("been was were is are being be"))


_AUXILIARIES = frozenset(word_list("was is has does gets seems looks goes means needs wants"))


_IRREGULAR_PAST = frozenset(
    word_list("shot hit spoke wrote told put went began struck threw gave swore let shook broke")
)


LISTENER_CUES = frozenset(word_list("told tells tell telling asked asks informed assured"))


INDEFINITE = frozenset(word_list("a an one another two three some several many most other"))


PREPOSITIONS = frozenset(
    word_list("with of for to in at by from about on into against among between like than")
)


_OPENING = PREPOSITIONS | frozenset(word_list("before after during"))  # "Speaking after"
_ADJECTIVES = frozenset(word_list("his her their its our my your these those many some all recent"))


_COMPLEMENT = frozenset(word_list("to for of at with from in close"))


_DETERMINERS = frozenset(
    word_list(
        """
        the a an this that his her their its one another two three
        """
    )
)


# `al-Rifa'i`, `bin-Laden`: a particle joined to a capitalised name is a name's word
_PARTICLE_NAME = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, NAME_PARTICLES), key=len, reverse=True)) + ")-[A-Z]"
)


class Token:
    """A word or punctuation mark with its offsets; `cap`: capitalised, as names are."""

    __slots__ = ("text", "start", "end", "low", "cap")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.low = text.lower()
        self.cap = text[:1].isupper() or ("-" in text and _PARTICLE_NAME.match(text) is not None)


def particle_free(word: str) -> str:
    """`al-Rifa'i` -> `Rifa'i`: the surname as the text gives it again on its own."""
    return word.split("-", 1)[1] if _PARTICLE_NAME.match(word) else word


# `Rep. Gwen Moore (D-Wis.) said`, `Scott (D-Va.)`: a party tag inside the speaker phrase
_PARTY_TAG = re.compile(
    r"\((?:[DRI]|Dem|Rep|GOP|Democrat|Republican|Independent)(?:[-–,][^()\n]{1,30})?\)"
)


def tokenize(text: str, start: int, end: int, limit: int = 0) -> list[Token]:
    """The tokens of text[start:end]; only the first `limit` when it is set. A party tag
    in parentheses (`(D-Wis.)`) is left out, so the name before it meets its verb."""
    found = _TOKEN.finditer(text, start, end)
    if limit:
        found = islice(found, limit)
    tokens = [Token(m.group(), m.start(), m.end()) for m in found]
    if text.find("(", start, end) < 0:
        return tokens
    tags = [(m.start(), m.end()) for m in _PARTY_TAG.finditer(text, start, end)]
    if not tags:
        return tokens
    return [t for t in tokens if not any(a <= t.start < b for a, b in tags)]


def is_role(word: str) -> bool:
    """A title or occupation written before a name: `Sen.`, `Councillor`, `Baker`."""
    low = word.lower()
    return low in ROLE_WORDS or low in HONORIFICS or low in PERSON_HEADS or low in _TITLES


def is_cue(tokens: list[Token], i: int) -> bool:
    low = tokens[i].low
    if low == "according":
        return i + 1 < len(tokens) and tokens[i + 1].low == "to"
    if low in _CUE_NEEDS:
        return i + 1 < len(tokens) and tokens[i + 1].low == _CUE_NEEDS[low]
    if low in ("read", "reads"):  # `the article read`, `the statement reads`
        if i > 0 and tokens[i - 1].low in DOCUMENT_NOUNS:
            return True
        # `"...," read a report in The Daily Lantern`
        ahead = [t.low for t in tokens[i + 1 : i + 3]]
        return len(ahead) == 2 and ahead[0] in ("a", "an", "the") and ahead[1] in DOCUMENT_NOUNS
    if low not in CUES:
        return False
    if i and tokens[i].cap and tokens[i - 1].text not in '."“”:':
        return False  # `the United States`: a capitalised word inside a sentence
    if i and low.endswith("s") and not low.endswith("ss"):
        # `45 states`, `the claims`, `Trump's remarks`: a noun, not a verb
        before = tokens[i - 1]
        noun = before.low in _DETERMINERS or before.text[:1].isdigit()
        # `to member states`: a word after a preposition is no subject, so its noun's plural
        noun = noun or (i >= 2 and not before.cap and tokens[i - 2].low in PREPOSITIONS)
        return not (noun or before.text.endswith(("'s", "’s")) or before.low in _ADJECTIVES)
    return True


def cue_text(tokens: list[Token], i: int) -> str:
    low = tokens[i].low
    if low == "according" or low in _CUE_NEEDS:
        return f"{tokens[i].text} {tokens[i + 1].text}"
    return tokens[i].text


def is_namey(tok: Token) -> bool:
    """A token that can be part of a proper name."""
    t = tok.text
    if not tok.cap:
        return t.lower() in NAME_PARTICLES
    if strip_possessive(tok.low) in NOT_NAMES:
        return False  # `Tuesday’s New Hampshire primary`
    return t[-1:] != "." or len(t) <= 4 or t.lower() in HONORIFICS


def surname_after_given(tokens: list[Token], j: int) -> bool:
    """`Rick May`, `Theresa May`: a capitalised word that is otherwise no name (a month,
    a weekday) is a surname right after a given name."""
    if j == 0 or not tokens[j].cap or tokens[j].text.isupper():
        return False
    given = tokens[j - 1]
    return (
        given.cap
        and not given.text.isupper()
        and given.low not in NOT_NAMES  # `In December`: the census knows a girl named In
        and (given.low in FIRST_NAMES or first_name_gender(given.low) is not None)
    )


def strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    if word.endswith(("s'", "s’")):  # `Francis'`
        return word[:-1]
    return word


@dataclass(slots=True)
class Phrase:
    """A speaker phrase as the text gives it: a name, a pronoun or a description."""

    kind: str  # name | pronoun | description | unnamed | implicit
    text: str
    words: list[str]  # lowercase words of the phrase
    start: int
    gender: str | None = None
    weak: bool = False  # guessed as a sentence's subject, not read beside a speech verb
    issuer: bool = False  # named as a document's source (`a report in The Daily Lantern`)


def read_phrase(tokens: list[Token]) -> Phrase | None:
    """Classify the words that name a speaker (subject of a speech verb)."""
    if not tokens:
        return None
    low = [t.low for t in tokens]
    if len(tokens) == 1 and low[0] in PRONOUNS:
        return Phrase("pronoun", tokens[0].text, low, tokens[0].start, PRONOUNS[low[0]])
    if len(tokens) > 1 and low[0] in INDEFINITE:
        # `one New Hampshire Democrat`, `an Obama aide`: someone the article does not name
        return Phrase("unnamed", " ".join(t.text for t in tokens), low, tokens[0].start)
    for k in range(len(tokens) - 3):  # `analyst Jack Kirnan of Kidder Peabody and Co`
        if tokens[k].cap and (k == 0 or not tokens[k - 1].cap):
            j = k
            while j < len(tokens) and is_namey(tokens[j]) and tokens[j].cap:
                j += 1
            run = [t.text for t in tokens[k:j]]
            follows = j + 1 < len(tokens) and tokens[j].low in ("of", "at")
            if follows and tokens[j + 1].low == "the":  # `Mr. Morgan of the Sierra Club`
                follows = j + 2 < len(tokens) and tokens[j + 2].cap
            elif follows:
                follows = tokens[j + 1].cap
            if (
                follows
                and len(run) >= 2
                and tokens[j].low == "of"
                and run[-1].lower() in ORGANIZATION_HEADS
                and tokens[j + 1].cap
            ):
                # `the American Federation of Teachers calling her`: a body's name goes on
                # over "of" and the capitalised words right after it
                end = j + 1
                while end < len(tokens) and is_namey(tokens[end]) and tokens[end].cap:
                    end += 1
                name = " ".join(t.text for t in tokens[k:end])
                return Phrase("name", name, low[:k], tokens[k].start)
            if (
                follows
                and len(run) == 1
                and tokens[j].low == "at"
                and k == 0
                and not (is_role(run[0]) or generic_plural(low[0]) or low[0] in NOT_NAMES)
                and not placelike(run)
            ):
                return Phrase("name", run[0], [], tokens[0].start)  # `Walsh at First Marathon`
            if follows and len(run) >= 2 and not placelike(run) and not all(map(is_role, run)):
                if run[-1].lower() in ROLE_WORDS and not any(
                    w.lower() in FIRST_NAMES or first_name_gender(w.lower()) for w in run[:-1]
                ):
                    break  # `Deputy Under Secretary of Commerce Bruce Smart`: an office
                # `analyst Jack Kirnan of ...`, `Mr. Morgan of the Sierra Club`
                return Phrase("name", " ".join(run), low[:k], tokens[k].start)
    last = tokens[-1]
    if last.cap and strip_possessive(last.text) == last.text:
        # a trailing run of capitalised words is a name; words before it are its role
        i = len(tokens)
        if surname_after_given(tokens, i - 1):
            i -= 1  # `analyst Rick May`
        while i > 0 and (
            (is_namey(tokens[i - 1]) and tokens[i - 1].low not in NOT_NAMES)
            or _company_and(tokens, i)
        ):
            i -= 1
        named = tokens[i:]
        while named and not named[0].cap:
            named = named[1:]
        if named:
            role = low[:i]
            titles = all(is_role(t.text) or t.low in ORGANIZATION_HEADS for t in named)
            if role and role[-1] in _DETERMINERS and titles and named[-1].low in PERSON_HEADS:
                # `the Treasury Secretary said`: an office described, whose holder the
                # text named before, not a name
                words = [w for w in low if w not in ("the", "a", "an")]
                text = " ".join(t.text for t in tokens)
                return Phrase("description", text, words, tokens[0].start)
            complement = len(role) >= 2 and role[-1] in _COMPLEMENT
            name = " ".join(t.text for t in named)
            if complement and (
                role[-2] not in ROLE_WORDS or role[-1] in ("to", "for") or company_shaped(name)
            ):
                # `a longtime adviser to both Clintons`, `the aide to Lyng`, `the chairman
                # of Acme Tire and Rubber Co`: the speaker is not the one named (`Secretary
                # of State X` is)
                return Phrase("unnamed", " ".join(t.text for t in tokens), low, tokens[0].start)
            return Phrase("name", name, role, named[0].start)
    if low[0] in _DETERMINERS or any(t.text.endswith(("'s", "’s")) for t in tokens[:-1]):
        words = [w for w in low if w not in ("the", "a", "an")]
        if words:
            return Phrase("description", " ".join(t.text for t in tokens), words, tokens[0].start)
    if len(low) == 1 and low[0] in PERSON_HEADS and not low[0].endswith("s"):
        return None  # `to member states`: one singular noun with no article names no one
    if all(not t.cap for t in tokens) and low[-1] in PERSON_HEADS | ORGANIZATION_HEADS:
        return Phrase("description", " ".join(t.text for t in tokens), low, tokens[0].start)
    return None


def subject_before(tokens: list[Token], cue: int) -> list[Token]:
    """Words naming the subject of the cue at `cue`, read backwards from it."""
    i = cue
    if i >= 2 and tokens[i - 1].low == "to" and tokens[i - 2].low == "except":
        return []  # `He declined to comment on talks with X except to say`: not X
    if i >= 2 and tokens[i - 1].low == "to" and not tokens[i - 2].cap:
        i -= 2  # "went on to say", "interjected to say"
        if i and tokens[i - 1].low == "on":
            i -= 1
    while i > 0 and (tokens[i - 1].low in _SKIP_BEFORE_CUE or tokens[i - 1].low.endswith("ly")):
        if tokens[i - 1].cap and tokens[i - 1].low not in _SKIP_BEFORE_CUE:
            break
        i -= 1
    passive = tokens[cue].low.endswith("ed") and any(t.low in _PASSIVE for t in tokens[i:cue])
    if passive:
        return []  # `has been confirmed as`, `was asked`: the subject did not say it
    if i >= 3 and tokens[i - 1].text in '”"' and tokens[i - 2].text == ",":
        # `Tom Wells, author of the exposé “The War Within ,” explained`: past the title
        opening = next((k for k in range(i - 2, max(0, i - 40), -1) if tokens[k].text in '“"'), 0)
        i = opening if opening else i
    end = i
    if end >= 3 and tokens[end - 1].text == ",":
        k = end - 2
        while k >= 0 and tokens[k].cap and is_namey(tokens[k]):
            k -= 1
        if end - 2 - k >= 2 and (k < 0 or tokens[k].text in ",;:"):
            end -= 1  # `..., NYMEX President Rosemary McFadden, said`: a stray comma
    if end >= 2 and tokens[end - 1].text == ",":
        # an appositive between subject and verb: "O'Malley, who ..., interjected"
        inside = False  # a comma inside a quoted title (`“The War Within ,”`) is not one
        for k in range(end - 2, max(0, end - 30), -1):
            if tokens[k].text in '"“”':
                inside = tokens[k].text == "”" or (tokens[k].text == '"' and not inside)
                continue
            if inside:
                continue
            if tokens[k].text == "," and k:
                after = tokens[k + 1]
                party_tag = after.text[:2] in ("R-", "D-", "I-")  # `Ron Johnson, R-Wis., said`
                role = is_role(after.text)  # `Chris Leslie, MP for Nottingham East, insisted`
                if (after.cap and not party_tag and not role) or not tokens[k - 1].cap:
                    return []
                end = k
                break
        else:
            return []
        end = _before_asides(tokens, end)
    if end == 0:
        return []
    if tokens[end - 1].low in PRONOUNS:
        return tokens[end - 1 : end]
    j = end
    while j > 0 and end - j < 9:
        tok = tokens[j - 1]
        if _company_and(tokens[:end], j):
            j -= 1  # `The chairman of Acme Tire and Rubber Co charged`: one company's name
            continue
        if tok.text == "," and _company_comma(tokens, j, end):
            j -= 2  # `analyst at Kidder, Peabody and Co said`: the firm's own comma
            continue
        if tok.text in ',;:()—–"“”' or tok.low in ("and", "but", "that", "which", "who"):
            break
        noun_before = j >= 2 and tokens[j - 2].text[:1].islower() and tokens[j].cap
        kin = tok.low == "of" and j >= 2 and tokens[j - 2].low in PERSON_HEADS  # `mother of three`
        if tok.low in _COMPLEMENT and (noun_before or kin):
            j -= 1  # `one senior banker in Jeddah`, `a spokesman for Trump`
            continue
        if tok.low in ("of", "at") and j >= 3 and tokens[j - 2].cap and tokens[j - 3].cap:
            j -= 1  # `Shadi Hamid of the Brookings Institution declared`
            continue
        opens = j < 3 or tokens[j - 3].text in ".;"
        if tok.low == "at" and j >= 2 and tokens[j - 2].cap and opens:
            j -= 1  # `Walsh at First Marathon suggested`: a sentence opening with the name
            continue
        if not tok.cap and tok.low in NOT_NAMES and tok.low not in _DETERMINERS:
            break
        j -= 1
        if tok.low in ("the", "a", "an"):
            if j >= 2 and tokens[j - 1].low in ("of", "for") and tokens[j - 2].text[:1].isalpha():
                j -= 1  # `the General Secretary of the Unite union said`
                continue
            break
    found = _named_before_role(tokens, j) or tokens[j:end]
    k = len(found)
    while k and ((found[k - 1].cap and is_namey(found[k - 1])) or _company_and(found, k)):
        k -= 1
    before = found[k - 1] if 0 < k < len(found) else None
    noun = before is not None and before.text[:1].islower() and not is_role(before.text)
    if noun and before and before.low not in _COMPLEMENT | NAME_PARTICLES | _DETERMINERS:
        of = next((n for n in range(k - 2, 0, -1) if found[n].low in ("of", "at")), None)
        between = found[of + 1 : k - 1] if of is not None else []
        if of is not None and found[of - 1].cap and all(not t.cap for t in between):
            return found[:of]  # `Wendy Cork of the brokerage Nesbitt Thomson Inc said`
        return found[k:]  # `In a statement Corbyn said`: the name, not the statement
    return found


def _before_asides(tokens: list[Token], end: int) -> int:
    """`Prince Abdullah, in an interview with the magazine Al-Majalis, carried by SPA,
    said`: an aside that opens with a preposition before the one found is an aside too;
    the subject ends before the first."""
    while True:
        comma = next((k for k in range(end - 1, max(0, end - 20), -1) if tokens[k].text == ","), 0)
        between = tokens[comma + 1 : end]
        if not comma or any(t.text in ';:"“”' for t in between):
            return end
        if between[0].low not in PREPOSITIONS or not tokens[comma - 1].cap:
            return end
        end = comma


def _company_and(tokens: list[Token], j: int) -> bool:
    """Is the `and` before `tokens[j]` inside one company's name, between capitalised
    words and before words that end in a legal form (`Acme Tire and Rubber Co`), or
    between its letters (`S and P`)?"""
    if j < 2 or tokens[j - 1].low != "and" or not tokens[j - 2].cap:
        return False
    if j < len(tokens) and _letter(tokens[j - 2]) and _letter(tokens[j]):
        return True  # `S and P said`, `AT and T`: the wire's "&" between a firm's letters
    words = [t.text for t in tokens[j:]]
    tail = " ".join(words)
    return bool(words) and all(w[:1].isupper() for w in words) and company_base(tail) != tail


def _letter(tok: Token) -> bool:
    """A capital letter or two standing for a name (`S` and `P` of Standard and Poor's)."""
    return len(tok.text) <= 2 and tok.text.isalpha() and tok.text.isupper()


def _company_comma(tokens: list[Token], j: int, end: int) -> bool:
    """Is the comma before `tokens[j]` inside a firm's name that follows `at`, `with` or
    `of` (`analyst at Kidder, Peabody and Co`, `with Smith Barney, Harris Upham and Co`)?"""
    after = tokens[j:end]
    if not any(_company_and(after, n) for n in range(2, len(after))):
        return False
    k = j - 1
    while k > 0 and tokens[k - 1].cap and is_namey(tokens[k - 1]):
        k -= 1
    return k < j - 1 and k > 0 and tokens[k - 1].low in ("at", "with", "of")


def _named_before_role(tokens: list[Token], j: int) -> list[Token]:
    """`Len McCluskey, the General Secretary of the Unite union said`, `Gavin Shuker, MP
    for Luton South, ... says`: a role in apposition after a name; the name speaks."""
    if j >= 3 and tokens[j - 1].low in ("for", "of", "at") and is_role(tokens[j - 2].text):
        j -= 2  # `MP for Luton South`
    if not (j < len(tokens) and (tokens[j].low in ("the", "a", "an") or is_role(tokens[j].text))):
        return []
    if j >= 4 and tokens[j - 1].low == "and" and is_role(tokens[j - 2].text):
        j -= 2  # `Anthony Anton, president and CEO of ...`
    if j >= 3 and tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower():
        j -= 1  # `Tom Hale, oil analyst with ...`: a word before the role
    if j < 2 or tokens[j - 1].text != "," or not tokens[j - 2].cap:
        return []
    k = j - 2
    while k > 0 and is_namey(tokens[k - 1]) and tokens[k - 1].low not in NOT_NAMES:
        k -= 1
    run = tokens[k : j - 1]
    if len(run) < 2 or (k and tokens[k - 1].text not in ",.;:"):
        return []
    return run


def generic_attribution(rest: list[Token]) -> tuple[Phrase | None, str | None]:
    """`"Jeb wants to be a tough guy," Trump shot back.`: after a quote that ends in a
    comma, a name or pronoun and then a verb attribute it even when the verb is not
    a known speech verb."""
    if rest[0].low in ("he", "she"):
        j = 1
    else:
        j = 0
        while j < min(len(rest), 5) and is_namey(rest[j]) and rest[j].low not in NOT_NAMES:
            j += 1
    if j == 0 or j >= len(rest):
        return None, None
    verb = rest[j]
    verbal = verb.low.endswith(("ed", "s")) or verb.low in _IRREGULAR_PAST
    verbal = verbal and verb.low not in _AUXILIARIES
    if verb.text[:1].islower() and verbal and verb.low not in NOT_NAMES:
        phrase = read_phrase(rest[:j])
        if phrase is not None and phrase.kind in ("name", "pronoun"):
            return phrase, verb.text
    return None, None


# adverbs a sentence sets between commas after its subject (`UCPB, however, sought`)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}

ASIDES = frozenset(word_list("however meanwhile though too also instead nonetheless moreover"))


def sentence_subject(tokens: list[Token]) -> Phrase | None:
    """The grammatical subject of a sentence, roughly: its first name or pronoun that
    a lowercase word (the verb) follows, skipping an opening adverbial clause."""
    k = 0
    participle = len(tokens) > 1 and tokens[0].low.endswith("ing") and tokens[1].low in _OPENING
    if tokens and (tokens[0].low in SUBORDINATORS or participle):
        # `When Trump suggested ..., Rubio fired back:`, `Speaking to reporters, Reid said`:
        # the subject follows the clause
        k = next((n + 1 for n, t in enumerate(tokens[:30]) if t.text == ","), 0)
    while k < min(len(tokens), 30):
        tok = tokens[k]
        if tok.low in ("he", "she") and (k == 0 or tokens[k - 1].text == ","):
            return _weak(read_phrase([tok]))
        if tok.cap and tok.low not in NOT_NAMES and is_namey(tok) and not tok.low.endswith("ly"):
            j = k
            while j < len(tokens) and is_namey(tokens[j]) and tokens[j].low not in NOT_NAMES:
                j += 1
                r = j
                while r < min(len(tokens), j + 3) and not tokens[r].cap and is_role(tokens[r].text):
                    r += 1
                if r > j and r < len(tokens) and tokens[r].cap:
                    j = r  # `Festival director Amelia Grant`, `Republican presidential candidate X`
            nxt = tokens[j] if j < len(tokens) else None
            opening = k == 0 or tokens[k - 1].text == ","
            appositive = j + 1 < len(tokens) and tokens[j + 1].low in ("a", "an", "the", "who")
            aside = (  # `UCPB, however, sought ...`: an adverb between commas
                j + 3 < len(tokens)
                and tokens[j + 1].low in ASIDES
                and tokens[j + 2].text == ","
                and tokens[j + 3].text[:1].islower()
            )
            if opening and nxt is not None and nxt.text == "," and aside:
                return _weak(read_phrase(tokens[k:j]))
            if opening and nxt is not None and nxt.text == "," and (j - k >= 2 or appositive):
                # `Dean, a former Democratic National Committee chairman, poked at`
                # `Senate Leader Mitch McConnell, R-Ky., delivered`
                return _weak(read_phrase(tokens[k:j]))
            modifier = k and (tokens[k - 1].low in _DETERMINERS or tokens[k - 1].cap)
            if modifier and j - k == 1:
                k = j  # `the German Catholic newspaper`, `the God-given rights`: not a subject
                continue
            if nxt is not None and nxt.text[:1].islower() and nxt.low not in ("of", "and"):
                start = k
                while start > 0 and tokens[start - 1].text[:1].islower() and start > k - 4:
                    if tokens[start - 1].low in NOT_NAMES:
                        break
                    start -= 1
                if not (start and tokens[start - 1].low in PREPOSITIONS):
                    return _weak(read_phrase(tokens[start:j]))  # not `with journalist Matei Rosca`
                titled = (
                    start >= 2 and tokens[start - 1].low == "of" and is_role(tokens[start - 2].text)
                )
                first = next((n for n in range(start, j) if tokens[n].low in FIRST_NAMES), None)
                if titled and first is not None and j - first >= 2:
                    # `Former Secretary of State Hillary Clinton mixed up ...`: the name ends it
                    return _weak(read_phrase(tokens[first:j]))
            k = j
            continue
        k += 1
    return None


def _weak(phrase: Phrase | None) -> Phrase | None:
    if phrase is not None:
        phrase.weak = True
    return phrase


def name_tail(tokens: list[Token]) -> list[Token]:
    """The capitalised run at the end of `tokens`, when it starts a sentence or clause."""
    i = len(tokens)
    while i > 0 and is_namey(tokens[i - 1]) and tokens[i - 1].low not in NOT_NAMES:
        i -= 1
    if i == len(tokens) or (
        i > 0 and tokens[i - 1].text not in "-—–,.;" and tokens[i - 1].low != "from"
    ):
        return []
    return tokens[i:]


def sentence_end(tokens: list[Token], k: int) -> bool:
    """A full stop ends the sentence unless an abbreviation's (`R-Ky., said`)."""
    if tokens[k].text in "!?":
        return True
    if tokens[k].text != ".":
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or not (nxt.text == "," or nxt.text[:1].islower())


def subject_phrase(subject: list[Token]) -> Phrase | None:
    """The subject of a cue that follows a quote: `Grushko`, `Smith, a lawyer, said`,
    `than that of the CIA chief, Zuckoff said`."""
    quoted = next((n for n, t in enumerate(subject) if t.low == "quoted"), 0)
    if 0 < quoted < len(subject) - 2 and subject[-1].low == "as":
        # `"...," a source quoted them as saying`: the words are theirs, not the source's
        named = subject[quoted + 1 : -1]
        if len(named) == 1 and named[0].low in _OBJECT_PRONOUNS:
            word = _OBJECT_PRONOUNS[named[0].low]
            return Phrase("pronoun", word, [word], named[0].start, PRONOUNS[word])
        return read_phrase(named)
    while subject and (subject[-1].low in _SKIP_BEFORE_CUE or subject[-1].text == ","):
        subject = subject[:-1]
    commas = [n for n, t in enumerate(subject) if t.text == ","]
    if not commas:
        return read_phrase(subject)
    head = read_phrase(subject[: commas[0]])
    # `"..." occupied by the Iranians, it said`: words that go on with the quoted sentence
    opener = subject[0].low
    goes_on = not subject[0].cap and not (
        opener in _DETERMINERS
        or opener in PERSON_HEADS
        or opener in ROLE_WORDS
        or opener in PRONOUNS
        or generic_plural(opener)
    )
    # `Levesque, Beaubien Inc analyst Donna Pulcine told`: the comma is the firm's
    firm = _firm_goes_on(subject, commas[0] + 1)
    if head is not None and head.kind in ("name", "pronoun") and not goes_on and not firm:
        return head
    both = _joint_subject(subject, commas)
    if both:  # `the president of X, XA, and the chairman of Y said`: no one speaker
        words = "".join(
            (" " if n and t.start > both[n - 1].end else "") + t.text for n, t in enumerate(both)
        )
        return Phrase("unnamed", words, [t.low for t in both], both[0].start)
    tail = read_phrase(subject[commas[-1] + 1 :])
    if tail is not None and tail.kind in ("name", "pronoun"):
        return tail
    return None if goes_on or firm else head  # `"..." between her and Trump, and ... she`


def _joint_subject(subject: list[Token], commas: list[int]) -> list[Token]:
    """The words of a subject that names two speakers, the last after `, and` (`the
    president of X, XA, and the chairman of Y`), from the first piece that reads as a
    speaker (not `on world trade,` that ends the quoted sentence); else nothing."""
    last = subject[commas[-1] + 1 :]
    if len(last) < 2 or last[0].low != "and" or read_phrase(last[1:]) is None:
        return []
    pieces = zip([0, *(n + 1 for n in commas[:-1])], commas, strict=True)
    first = next((b for b, e in pieces if read_phrase(subject[b:e]) is not None), None)
    return subject[first:] if first is not None else []


def object_phrase(tokens: list[Token], start: int) -> Phrase | None:
    """The speaker after an inverted cue; a name in apposition wins over a description
    (`said Clinton's introducer, actress Jamie Lee Curtis`)."""
    obj = object_after(tokens, start)
    phrase = read_phrase(obj)
    if phrase is not None and phrase.kind in ("description", "unnamed"):
        after = start + len(obj)
        if after < len(tokens) and tokens[after].text == ",":
            appositive = read_phrase(object_after(tokens, after + 1))
            if appositive is not None and appositive.kind == "name":
                return appositive
    return phrase


def object_after(tokens: list[Token], start: int) -> list[Token]:
    """Words naming the speaker after an inverted cue: `said Grushko`, `said the minister`,
    `said master of ceremonies Asab Al-Tabchi`."""
    out: list[Token] = []
    skip = 0
    for n, tok in enumerate(tokens[start : start + 10], start):
        if skip:
            skip -= 1
            continue
        if out and out[-1].cap and _a_bracketed_word(tokens, n):
            skip = 2  # `said Bache Securities (Japan) vice president Peter Wolffe`
            continue
        if tok.text in ',.;:!?()—–"“”':
            break
        firm = tok.low == "and" and n + 1 < len(tokens) and _firm_goes_on(tokens, n + 1)
        ends = not tok.cap and tok.low in NOT_NAMES and tok.low not in NAME_PARTICLES
        ends = ends and not firm  # `said Wertheim and Co analyst Michael Ellman`
        # `said former Nevada Sen. and Reagan confidant Paul Laxalt`: an abbreviated title
        # comes before a name, so the name is still to come
        titled = out and out[-1].text.endswith(".") and is_role(out[-1].text)
        ends = ends and not (tok.low == "and" and titled)
        if out and ends and not (tok.low == "of" and not out[-1].cap):
            break
        if out and out[-1].low in PRONOUNS:
            break
        if out and not tok.cap and tok.low in CUES:
            break  # `said Ms. Broaddrick told Fox's Laura Ingraham`: a second verb
        if out and out[-1].low in DOCUMENT_NOUNS and tok.low.endswith("ed"):
            break  # `said the statement quoted by IRNA`: the statement, not its carrier
        out.append(tok)
    return out


def _firm_goes_on(tokens: list[Token], n: int) -> bool:
    """Do the capitalised words from `n` end a firm's name in a legal form (`Co`, `Benson
    Ltd's` of `said Kleinwort and Benson Ltd's securities analyst, Peter Tasker`)?"""
    run = []
    for tok in tokens[n : n + 4]:
        if not tok.cap:
            break
        run.append(strip_possessive(tok.text))
    if run and run[0].lower() in ("co", "co."):
        return True
    names = (" ".join(run[:n]) for n in range(1, len(run) + 1))  # `Beaubien Inc Toronto-based`
    return any(company_base(name) not in (name, "") for name in names)  # not `ASA president`


def _a_bracketed_word(tokens: list[Token], n: int) -> bool:
    """One capitalised word in brackets at `n` ("(Japan)", "(UK)") that more words follow:
    a firm's country, inside the phrase that goes on to name the speaker."""
    return (
        n + 3 < len(tokens)
        and tokens[n].text == "("
        and tokens[n + 1].cap
        and tokens[n + 2].text == ")"
        and tokens[n + 3].text not in ',.;:!?()—–"“”'
    )


def same_words(a: str, b: str) -> bool:
    """One quote's words hold the other's, and the shorter has four words or more."""
    short, long = sorted((a, b), key=len)
    return short.count(" ") >= 3 and short in long


def normal_form(text: str) -> str:
    return " ".join(m.group().lower() for m in WORD.finditer(text))


_CLAUSE_HEADS = frozenset(("that", "said", "says", "told", "tells"))  # open a reported clause


def document_source(tokens: list[Token], start: int) -> Phrase | None:
    """`"...," read a report in The Daily Lantern`, `said a statement from the Kremlin`:
    the name the document is said to come from."""
    k = start
    while k < min(len(tokens), start + 3) and tokens[k].low in ("a", "an", "the"):
        k += 1
    if k + 2 >= len(tokens) or tokens[k].low not in DOCUMENT_NOUNS:
        return None
    if tokens[k + 1].low not in ("in", "from", "by"):
        return None
    k += 2
    if tokens[k].low == "the" and k + 1 < len(tokens) and tokens[k + 1].cap:
        k += 1
    end = k
    while end < len(tokens) and end < k + 6 and tokens[end].cap and is_namey(tokens[end]):
        end += 1
    if end == k:
        return None
    text = " ".join(t.text for t in tokens[k:end])
    return Phrase("name", text, [], tokens[k].start, issuer=True)


def that_clause(tokens: list[Token]) -> list[Token] | None:
    """The clause a participle after `after`, `before`, `while` ... attaches to when a
    that-clause holds it (`X expressed concern that ICE had broken its word after
    telling him`, `X said the agency had ...`): the tokens after the last `that` or
    speech verb, else None."""
    if len(tokens) < 3 or tokens[-1].low not in SUBORDINATORS:
        return None
    cut = max(
        (n + 1 for n, t in enumerate(tokens[:-1]) if t.low in _CLAUSE_HEADS),
        default=0,
    )
    return tokens[cut:-1] if cut else None


def clause_subject(tokens: list[Token]) -> Phrase | None:
    """`Swisher meant Holder and Clinton corrected her, adding, "..."`: the subject of
    the clause nearest the participle, after the last `and`, `but` or `;`."""
    cut = max((n + 1 for n, t in enumerate(tokens) if t.low in ("and", "but", ";")), default=0)
    if cut == 0:
        return None
    phrase = sentence_subject(tokens[cut:])
    if phrase is None or phrase.kind not in ("name", "pronoun"):
        return None
    phrase.weak = False  # the subject of the verb the participle follows
    return phrase


def weaves(tokens: list[Token], k: int) -> bool:
    """Does the verb at `k` ("called", "calling") weave in the quotation that follows the
    tokens: in the same clause (no comma or colon between: not `After Brown criticized
    him, Hillary shot back, "..."`), and not inside what an earlier speech verb reports
    (`Clinton claimed that statements by Trump calling for ... make him "..."`) unless a
    quotation of its own stands between them?"""
    after = [t.text for t in tokens[k + 1 :]]
    if any(t in ",;:" for t in after) and after != [","]:  # `what X called, "..."` weaves
        return False
    for j in range(k - 1, -1, -1):
        if tokens[j].text in '"“”' or tokens[j].low == "what":
            return True  # `renewed its warning because of what spokeswoman X called`: X's
        if tokens[j].low == "with" and j + 1 < k and all(t.cap for t in tokens[j + 1 : k]):
            return True  # `Both leaders stressed ..., with Reagan describing France as "..."`
        if is_cue(tokens, j):
            return False
    return True
