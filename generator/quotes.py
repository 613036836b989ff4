"""Quotation finding and speaker attribution.

Entry point: `find_quotes(article)`. It reads `article.entities` to give speakers the
recognised entity's id and name, but finds speaker names itself when that list is
empty, so it does not depend on the entity stage.

Two passes, both linear in the text's length:

1. `_find_spans` pairs quotation marks block by block (title, lead, paragraphs) with a
   small state machine, never a backtracking regex. Apostrophes, inch marks and
   single quotes nested in double ones never open a quotation; a quote left open at
   a paragraph's end (the news convention for a quote that runs on) continues in the
   next paragraph; headlines may quote with single marks.
2. `_Attributor` reads a bounded window of words on each side of every quote for a
   speech verb (cue) and its subject: a name, a pronoun, a description ("the
   Russian diplomat") or an institution ("the Kremlin"). Pronouns and descriptions
   resolve to the fitting person named most recently outside quotations, preferring
   the subject or the speaker of that sentence; a surname resolves to the full name.

Only direct quotations are returned: a quote woven into the writer's own clause
(`called the plan "a costly mistake"`, `said that "..."`) is a mixed quotation and is
left out, as are one- and two-word scare quotes with no speaker beside them. When
the text does not say who speaks, the quote keeps `speaker=None`: an honest blank
beats a wrong name. Work is capped (MAX_* below) so pathological input stays fast.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .entities import entity_id
from .model import ENTITY_FOLDERS, Article, Block, Entity, Quote


def _words(text: str) -> list[str]:
    """Whitespace-separated word lists keep the vocabularies below readable."""
    return text.split()


SEARCH_BLOCKS = ("title", "lead", "paragraph")
WINDOW = 320  # characters of context read on each side of a quote
MIN_WORDS = 3  # shorter quotes count only when a speaker is attached (else scare quotes)
MAX_MARKS = 2000  # a block with more quotation marks than this is not prose: skip it
MAX_QUOTES = 3000  # quotations read per article; the longest real ones have a few hundred
MAX_RUNS = 5000  # capitalised runs read for names; real articles have a few hundred
CHUNK = 4000  # characters tokenised at a time when reading names
MAX_NAME_CHARS = 150_000  # text read for names; a long feature is a third of that

_MARKS = re.compile(r"[\"“”„«»]")
_OPENERS = "“„«"
_CLOSERS = "”»"
_BEFORE_OPEN = "([{—–-/‘'"
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # `U.S.`, `N.C.`
    r"|(?:Mrs|Mr|Ms|Dr|Sens?|Reps?|Gov|Lt|Gens?|Col|Sgt|Jr|Sr|St|Rev|Prof|Adm|Capt|Maj|Cmdr|"
    r"Ft|Mt|Pres|Supt|Atty|Insp|Cpl|Pvt|No|[A-Z])\.(?=\s|$|,)"
    r"|[^\W_][\w'’\-]*"
    r"|[^\w\s]"
)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")

CUES = frozenset(
    _words(
        """
        said says say saying told tells tell telling added adds adding noted notes noting
        stressed stresses stressing elaborated elaborates explained explains explaining
        warned warns warning asked asks continued continues insisted insists insisting
        argued argues arguing wrote writes writing declared declares stated states remarked
        remarks replied replies responded responds recalled recalls recalling observed
        observes claimed claims claiming tweeted tweets tweeting announced announces
        acknowledged acknowledges admitted admits suggested suggests concluded concludes
        emphasized emphasizes emphasised emphasises complained complains joked jokes quipped
        quips cautioned cautions predicted predicts urged urges conceded concedes agreed
        agrees countered counters shouted yelled recounted recounts answered answers mused
        muses boasted boasts vowed vows promised promises charged charges contended contends
        maintained maintains asserted asserts thundered exclaimed cried screamed whispered
        commented comments posted wondered wonders lamented laments proclaimed reiterated
        reiterates confirmed confirms demanded pleaded retorted snapped scoffed sighed
        hinted opined interjected texted emailed blasted fumed raged bragged touted
        described describes recalled conceded testified explained railed ranted griped
        pointed elaborated noted stressing underlined underscored underscores highlighted
        reported reports informed assured exhorted sings sang chanted intoned chanting yelling
        shouting screamed cry
        """
    )
)
_CUE_NEEDS = {"pointed": "out", "went": "on", "puts": "it", "put": "it"}
STATEMENT_NOUNS = frozenset(
    _words(
        """
        statement message tweet tweets post posts email letter memo interview remarks speech
        response reply retort answer note warning plea appeal question words
        """
    )
)
PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "we": None, "i": None}
_SKIP_BEFORE_CUE = frozenset(
    _words(
        """
        also later then has had have was were is are been once previously recently
        repeatedly further again earlier just simply even only reportedly publicly privately
        bluntly would will could might may can quoted as being who had has further
        additionally subsequently separately flatly angrily
        """
    )
)
HONORIFICS = {
    "mr.": "m",
    "mr": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "miss": "f",
    "dr.": None,
    "dr": None,
}
ROLE_WORDS = frozenset(
    _words(
        """
        president vice prime minister deputy foreign defense defence interior secretary
        general lieutenant lt. gen. gen major maj. colonel col. sergeant sgt. captain capt.
        admiral adm. commander cmdr. senator sen. sens. representative rep. reps.
        congressman congresswoman governor gov. mayor ambassador envoy spokesman spokeswoman
        spokesperson chairman chairwoman chair director chief head leader speaker justice
        judge attorney former acting permanent special presidential candidate nominee
        democratic republican democrat gop state states house senate majority minority whip
        first lady gentleman king queen prince princess pope cardinal bishop rev. reverend
        father pastor rabbi imam sheikh professor prof. dr. doctor officer detective sheriff
        chancellor premier commissioner inspector superintendent supt. council councilman
        councilwoman assemblyman assemblywoman delegate consul diplomat minister's press
        campaign manager strategist adviser advisor aide analyst economist founder executive
        ceo coo cfo owner host anchor correspondent editor columnist author writer pollster
        attorney-general secretary-general russian american british french german chinese
        ukrainian us u.s. u.s un n.y. texas florida ohio new york california sen rep gov mr.
        mrs. ms. mr mrs ms miss sir dame lord lady saint st. jr. lawmaker legislator mp u.n.
        pres. atty. cpl. pvt. fr. sister brother coach councillor councilor alderman staff
        """
    )
)
ORG_HEADS = frozenset(
    _words(
        """
        kremlin ministry department government administration agency office company
        committee commission council campaign party embassy pentagon police army military
        navy court bureau service authority authorities union organization organisation
        organizations group foundation institute university white house senate congress
        parliament duma cabinet board bank corporation corp. inc. firm network newspaper
        channel staff team alliance coalition federation secretariat mission headquarters
        center centre commission
        """
    )
)
PERSON_HEADS = frozenset(
    _words(
        """
        diplomat minister envoy official president senator candidate nominee spokesman
        spokeswoman spokesperson ambassador representative secretary governor mayor leader
        chairman chairwoman chief director congressman congresswoman lawmaker businessman
        businesswoman billionaire mogul politician general commander officer head premier
        chancellor king queen prince pope woman man lawyer attorney judge justice professor
        analyst expert economist adviser advisor aide manager strategist founder executive
        ceo owner host anchor pollster activist author writer columnist reporter
        correspondent editor doctor surgeon neurosurgeon physician actor actress singer star
        veteran father mother wife husband son daughter brother sister democrat republican
        frontrunner front-runner contender rival opponent challenger incumbent speaker whip
        legislator delegate commissioner sheriff detective inspector superintendent
        prosecutor coach player rapper comedian student teacher priest pastor rabbi imam
        baker farmer nurse driver resident chef shopkeeper stallholder
        cleric counsel consul deputy negotiator presenter vice-president
        """
    )
)
# Common first names that mark a person as female, so "she" skips men named nearby.
# Common first names that mark a person as male, so "she" skips them.
MALE_NAMES = frozenset(
    _words(
        """
        donald bernie bill barack joe john ted marco jeb ben chris mike rand rick scott
        paul mitch harry tim george ronald jimmy al dick newt lindsey rudy reince corey
        steve stephen james robert michael william david richard charles thomas mark
        daniel matthew anthony kevin jason jeff jeffrey brian ryan gary eric jacob
        nicholas jonathan larry frank justin brandon raymond gregory samuel benjamin
        patrick jack dennis jerry alexander tyler henry douglas peter adam nathan zachary
        kyle walter harold carl arthur roger keith jeremy lawrence sean christian albert
        joshua andrew kenneth edward ronald timothy jose juan carlos luis vladimir sergei
        dmitry alexei viktor igor boris xi francois emmanuel nicolas recep bashar
        hassan benjamin bibi abdel mohammed muhammad ali omar ahmed hugo evo fidel raul
        tom tony jim bob fred ed ken greg phil dan doug herman sam max lou sean
        """
    )
)
FEMALE_NAMES = frozenset(
    _words(
        """
        hillary carly nancy elizabeth sarah kellyanne michelle melania ivanka hope huma
        debbie nikki susan mary patricia jennifer linda barbara margaret lisa karen betty
        helen sandra donna carol ruth sharon laura kimberly deborah jessica cynthia angela
        melissa brenda amy anna rebecca virginia kathleen pamela martha amanda stephanie
        carolyn christine marie janet catherine ann anne joyce diane alice julie heather
        teresa theresa gloria evelyn jean cheryl katherine joan ashley judith rose janice
        kelly nicole judy christina kathy beverly denise tammy irene jane lori rachel
        marilyn andrea kathryn jacqueline bonnie julia diana emily robin peggy rita dawn
        connie tracy carmen rosa cindy grace wendy victoria kim shannon sheila ellen elaine
        monica emma anita valerie megan megyn alicia suzanne gail veronica jill erin lauren
        sally yvonne samantha dana holly melanie katie kristen vanessa beth tara claire
        chelsea betsy kirsten dianne patty maria heidi kamala tulsi condoleezza madeleine
        federica marine dilma greta katy maxine loretta marsha ileana joni mazie tammy
        omarosa natalie caroline olga tatiana svetlana irina natalia yulia elena ekaterina
        maria sonia jackie jo jacquelyn ayanna gretchen kristi kristin kate katrina leah
        naomi brooke hannah madison abigail olivia sophia isabella mia charlotte ella
        """
    )
)
# Words before a name that describe it without showing it is a person's name
# (`Democratic National Convention`, `Russian Foreign Ministry`).
# Last words of capitalised runs that name events, media and places, not people.
_PLACE_HEADS = frozenset(
    _words(
        """
        convention press poll news times post journal magazine review tribune herald
        street avenue hall tower club school college church county city island valley
        river mountains bay park square airport station hotel casino stadium arena
        caucus caucuses primary debate summit conference festival act bill amendment
        """
    )
)
_PLACE_FIRST = frozenset(
    _words(
        """
        north south east west northern southern eastern western new los san las santa
        fort saint mount lake port united great central upper lower greater el la
        """
    )
)
_ADJECTIVE_ROLES = frozenset(
    _words(
        """
        democratic republican democrat gop state states house senate russian american
        british french german chinese ukrainian us u.s. u.s new york texas florida ohio
        california former acting permanent special presidential majority minority first
        foreign defense defence interior vice deputy
        """
    )
)
_ADVERBIAL = frozenset(
    _words("at in on after when during before while as asked later earlier then still but and")
)
_SUBORDINATORS = frozenset(
    _words("when after as while although though if because before since once despite unlike")
)
_AUXILIARIES = frozenset(_words("was is has does gets seems looks goes means needs wants"))
_IRREGULAR_PAST = frozenset(
    _words("shot hit spoke wrote told put went began struck threw gave swore let shook broke")
)
_LISTENER_CUES = frozenset(_words("told tells tell telling asked asks informed assured"))
_INDEFINITE = frozenset(_words("a an one another two three some several many most other"))
_PREPOSITIONS = frozenset(
    _words("with of for to in at by from about on into against among between like than")
)
_ADJECTIVES = frozenset(_words("his her their its our my your these those many some all recent"))
_COMPLEMENT = frozenset(_words("to for of at with from in close"))
_DETERMINERS = frozenset(
    _words(
        """
        the a an this that his her their its one another two three
        """
    )
)
_NAME_PARTICLES = frozenset(
    _words(
        """
        de van von der da di del la le bin al ibn st. dos das du
        """
    )
)
_NOT_NAMES = frozenset(
    _words(
        """
        the a an in on at but and or if as for to of by with from this that these those it
        its he she they we i you his her their our my your after before when while during
        since until monday tuesday wednesday thursday friday saturday sunday january
        february march april may june july august september october november december there
        here what who why how where which yes no not so asked according still yet meanwhile
        however also now then today tonight yesterday tomorrow someone somebody nobody
        everyone anyone
        """
    )
)


@dataclass(slots=True)
class _Span:
    """A quotation found by the scanner, before attribution."""

    start: int
    end: int
    block: int  # index into the list of searched blocks
    open_ended: bool = False  # no closing mark: the quote runs on to the next paragraph
    continues: bool = False  # carries on a quote left open at the previous paragraph's end


@dataclass(slots=True)
class _Speaker:
    name: str
    kind: str  # person | organization
    attribution: str
    cue: str | None


@dataclass(slots=True)
class _Person:
    name: str
    kind: str = "person"
    gender: str | None = None
    roles: set[str] = field(default_factory=set)  # titles the text gives next to the name
    entity_roles: set[str] = field(default_factory=set)  # roles from entity recognition
    known: bool = False  # evidence that it is a person: a title, a speech verb, an entity
    mentions: list[int] = field(default_factory=list)


def find_quotes(article: Article) -> list[Quote]:
    """Every direct quotation in the title, lead and body, with its speaker when the text says."""
    blocks = [b for b in article.blocks if b.kind in SEARCH_BLOCKS]
    if not blocks or not article.text:
        return []
    spans = _find_spans(article.text, blocks)
    if not spans:
        return []
    attributor = _Attributor(article, blocks, spans)
    return attributor.run()


# --------------------------------------------------------------------------- spans


def _find_spans(text: str, blocks: list[Block]) -> list[_Span]:
    """Pair quotation marks block by block; linear in the number of marks."""
    spans: list[_Span] = []
    carried = False  # the previous paragraph ended inside a quotation
    for index, block in enumerate(blocks):
        found = _spans_in_block(text, block.start, block.end, index)
        if not found and block.kind == "title":
            found = _single_quoted(text, block.start, block.end, index)
        if carried and found and found[0].start == _first_visible(text, block.start, block.end):
            found[0].continues = True
        carried = bool(found) and found[-1].open_ended and block.kind == "paragraph"
        spans.extend(found)
        if len(spans) >= MAX_QUOTES:
            return spans[:MAX_QUOTES]
    return spans


def _single_quoted(text: str, start: int, end: int, index: int) -> list[_Span]:
    """Headlines often quote with single marks: `Envoy says 'no progress' with NATO`.
    An opening mark follows a space and precedes a letter; a closing one follows a
    letter or punctuation and precedes a space, punctuation or the end. Only the first
    thousand characters are read: a headline is short."""
    end = min(end, start + 1000)
    spans: list[_Span] = []
    open_at: int | None = None
    for i in range(start, end):
        if text[i] not in "'‘’":
            continue
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if text[i] != "’" and (prev.isspace() or prev in ":(") and nxt.isalnum():
                open_at = i
        elif text[i] != "‘" and not prev.isspace() and (nxt.isspace() or nxt in ",.:;!?)"):
            if prev == "s" and nxt.isspace() and _closes_later(text, i + 1, end):
                continue  # `players' union` inside a quote
            spans.append(_Span(open_at, i + 1, index))
            open_at = None
    return [s for s in spans if _has_words(text, s.start, s.end)]


def _closes_later(text: str, start: int, end: int) -> bool:
    """Is there another closing single mark before `end`?"""
    return any(
        text[j] in "'’" and (j + 1 == end or not text[j + 1].isalnum()) for j in range(start, end)
    )


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _is_inch(text: str, i: int, start: int) -> bool:
    """`6'2"`, `15" screen`, `12"x9"`: a double prime after a number."""
    if i == start or not text[i - 1].isdigit():
        return False
    j = i - 1
    while j > start and text[j - 1].isdigit():
        j -= 1
    if j > start and text[j - 1] in "'’′":
        return True
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return nxt in "x×-" or nxt == " " and text[i + 2 : i + 3].isalpha()


def _spans_in_block(text: str, start: int, end: int, index: int) -> list[_Span]:
    """Pair the block's quotation marks. A quote opened with one style of mark may hold
    a quote in the other style (`"about “Equal Justice”"`), when its own closing mark
    is still to come; otherwise a mark of the other style ends it (sloppy copy)."""
    spans: list[_Span] = []
    open_at: int | None = None
    nested = 0  # depth of other-style quotes inside the open one
    marks = list(islice(_MARKS.finditer(text, start, end), MAX_MARKS + 1))
    if len(marks) > MAX_MARKS:
        return spans
    last_straight = max((m.start() for m in marks if m.group() == '"'), default=-1)
    last_curly = max((m.start() for m in marks if m.group() in _CLOSERS), default=-1)
    for match in marks:
        i = match.start()
        mark = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if mark == '"' and prev.isalpha() and nxt.isalpha():
            continue  # `I don"t`: an apostrophe typed as a double mark
        straight_open = open_at is not None and text[open_at] == '"'
        if open_at is not None and (mark == '"') != straight_open:
            # a mark of the other style inside an open quote
            later = last_straight if straight_open else last_curly  # the outer's closing mark
            if straight_open and mark in _OPENERS and later > i:
                nested += 1
                continue
            if straight_open and mark in _CLOSERS and nested:
                nested -= 1
                continue
            if not straight_open and later > i and _nested_straight(prev, nxt, nested):
                nested = 1 - nested
                continue
        if mark == '"':
            opener = (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace()
            closer = not prev.isspace()
            if open_at is None:
                if _is_inch(text, i, start):
                    continue
                if opener or (not nxt.isspace() and nxt not in ",.;:!?)]"):
                    open_at, nested = i, 0
                continue
            if closer or nxt.isspace() or nxt in ",.;:!?)":  # `'Well done,' " said Russell`
                if _is_inch(text, i, start) and _looks_open_after(text, i, end):
                    continue
                spans.append(_Span(open_at, i + 1, index))
                open_at = None
            elif opener:  # a new opening mark: the previous quote was never closed
                spans.append(_unclosed(text, open_at, i, index))
                open_at, nested = i, 0
            continue
        if mark in _OPENERS:
            if open_at is not None and not prev.isspace() and (nxt.isspace() or nxt in ",.;:"):
                spans.append(_Span(open_at, i + 1, index))  # `“It's unusual,“ said ...`
                open_at = None
                continue
            if open_at is not None:
                spans.append(_unclosed(text, open_at, i, index))
            open_at, nested = i, 0
        elif open_at is not None:
            spans.append(_Span(open_at, i + 1, index))
            open_at = None
    if open_at is not None:
        spans.append(_unclosed(text, open_at, end, index))
    return [s for s in spans if _has_words(text, s.start, s.end)]


def _nested_straight(prev: str, nxt: str, nested: int) -> bool:
    """Inside a curly quote, does this straight mark open (or close) a nested quote?"""
    if nested:
        return not prev.isspace()
    return (prev.isspace() or prev in _BEFORE_OPEN) and not nxt.isspace()


def _looks_open_after(text: str, i: int, end: int) -> bool:
    """After an inch mark inside a quote, is there still a closing mark to come?"""
    return _MARKS.search(text, i + 1, min(end, i + WINDOW)) is not None


def _unclosed(text: str, start: int, end: int, index: int) -> _Span:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return _Span(start, end, index, open_ended=True)


def _has_words(text: str, start: int, end: int) -> bool:
    return _WORD.search(text, start, end) is not None


def _word_count(text: str, start: int, end: int, limit: int = 50) -> int:
    count = 0
    for _ in _WORD.finditer(text, start, end):
        count += 1
        if count >= limit:
            break
    return count


# --------------------------------------------------------------------------- tokens


class _Tok:
    """A word or punctuation mark with its offsets."""

    __slots__ = ("text", "start", "end", "low", "cap")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.low = text.lower()
        self.cap = text[:1].isupper()


def _tokens(text: str, start: int, end: int, limit: int = 0) -> list[_Tok]:
    """The tokens of text[start:end]; only the first `limit` when it is set."""
    found = _TOKEN.finditer(text, start, end)
    if limit:
        found = islice(found, limit)
    return [_Tok(m.group(), m.start(), m.end()) for m in found]


def _is_role(word: str) -> bool:
    """A title or occupation written before a name: `Sen.`, `Councillor`, `Baker`."""
    low = word.lower()
    return low in ROLE_WORDS or low in HONORIFICS or low in PERSON_HEADS


def _is_cue(tokens: list[_Tok], i: int) -> bool:
    low = tokens[i].low
    if low == "according":
        return i + 1 < len(tokens) and tokens[i + 1].low == "to"
    if low in _CUE_NEEDS:
        return i + 1 < len(tokens) and tokens[i + 1].low == _CUE_NEEDS[low]
    if low not in CUES:
        return False
    if i and tokens[i].cap and tokens[i - 1].text not in '."“”:':
        return False  # `the United States`: a capitalised word inside a sentence
    if i and low.endswith("s") and not low.endswith("ss"):
        # `45 states`, `the claims`, `Trump's remarks`: a noun, not a verb
        before = tokens[i - 1]
        noun = before.low in _DETERMINERS or before.text[:1].isdigit()
        return not (noun or before.text.endswith(("'s", "’s")) or before.low in _ADJECTIVES)
    return True


def _cue_text(tokens: list[_Tok], i: int) -> str:
    low = tokens[i].low
    if low == "according" or low in _CUE_NEEDS:
        return f"{tokens[i].text} {tokens[i + 1].text}"
    return tokens[i].text


def _is_namey(tok: _Tok) -> bool:
    """A token that can be part of a proper name."""
    t = tok.text
    if not t[:1].isupper():
        return t.lower() in _NAME_PARTICLES
    if _strip_possessive(tok.low) in _NOT_NAMES:
        return False  # `Tuesday’s New Hampshire primary`
    return t[-1:] != "." or len(t) <= 4 or t.lower() in HONORIFICS


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# --------------------------------------------------------------------------- phrases


@dataclass(slots=True)
class _Phrase:
    """A speaker phrase as the text gives it: a name, a pronoun or a description."""

    kind: str  # name | pronoun | description | unnamed | implicit
    text: str
    words: list[str]  # lowercase words of the phrase
    start: int
    gender: str | None = None
    weak: bool = False  # guessed as a sentence's subject, not read beside a speech verb


def _phrase(tokens: list[_Tok]) -> _Phrase | None:
    """Classify the words that name a speaker (subject of a speech verb)."""
    if not tokens:
        return None
    low = [t.low for t in tokens]
    if len(tokens) == 1 and low[0] in PRONOUNS:
        return _Phrase("pronoun", tokens[0].text, low, tokens[0].start, PRONOUNS[low[0]])
    if len(tokens) > 1 and low[0] in _INDEFINITE:
        # `one New Hampshire Democrat`, `an Obama aide`: someone the article does not name
        return _Phrase("unnamed", " ".join(t.text for t in tokens), low, tokens[0].start)
    for k in range(len(tokens) - 3):  # `analyst Jack Kirnan of Kidder Peabody and Co`
        if tokens[k].cap and (k == 0 or not tokens[k - 1].cap):
            j = k
            while j < len(tokens) and _is_namey(tokens[j]) and tokens[j].cap:
                j += 1
            run = [t.text for t in tokens[k:j]]
            follows = j + 1 < len(tokens) and tokens[j].low in ("of", "at") and tokens[j + 1].cap
            if follows and len(run) >= 2 and not _is_role(run[0]) and not _placelike(run):
                return _Phrase("name", " ".join(run), low[:k], tokens[k].start)
    last = tokens[-1]
    if last.cap and _strip_possessive(last.text) == last.text:
        # a trailing run of capitalised words is a name; words before it are its role
        i = len(tokens)
        while i > 0 and _is_namey(tokens[i - 1]) and tokens[i - 1].low not in _NOT_NAMES:
            i -= 1
        run = tokens[i:]
        while run and not run[0].cap:
            run = run[1:]
        if run:
            role = low[:i]
            if len(role) >= 2 and role[-1] in _COMPLEMENT and role[-2] not in ROLE_WORDS:
                # `a longtime adviser to both Clintons`: the speaker is not the one named
                return _Phrase("unnamed", " ".join(t.text for t in tokens), low, tokens[0].start)
            return _Phrase("name", " ".join(t.text for t in run), role, run[0].start)
    if low[0] in _DETERMINERS or any(t.text.endswith(("'s", "’s")) for t in tokens[:-1]):
        words = [w for w in low if w not in ("the", "a", "an")]
        if words:
            return _Phrase("description", " ".join(t.text for t in tokens), words, tokens[0].start)
    if all(not t.cap for t in tokens) and low[-1] in PERSON_HEADS | ORG_HEADS:
        return _Phrase("description", " ".join(t.text for t in tokens), low, tokens[0].start)
    return None


def _subject_before(tokens: list[_Tok], cue: int) -> list[_Tok]:
    """Words naming the subject of the cue at `cue`, read backwards from it."""
    i = cue
    if i >= 2 and tokens[i - 1].low == "to" and not tokens[i - 2].cap:
        i -= 2  # "went on to say", "interjected to say"
        if i and tokens[i - 1].low == "on":
            i -= 1
    while i > 0 and (tokens[i - 1].low in _SKIP_BEFORE_CUE or tokens[i - 1].low.endswith("ly")):
        if tokens[i - 1].cap and tokens[i - 1].low not in _SKIP_BEFORE_CUE:
            break
        i -= 1
    end = i
    if end >= 2 and tokens[end - 1].text == ",":
        # an appositive between subject and verb: "O'Malley, who ..., interjected"
        for k in range(end - 2, max(0, end - 30), -1):
            if tokens[k].text == "," and k:
                opening = tokens[k + 1]
                party_tag = opening.text[:2] in ("R-", "D-", "I-")  # `Ron Johnson, R-Wis., said`
                if (opening.cap and not party_tag) or not tokens[k - 1].cap:
                    return []
                end = k
                break
        else:
            return []
    if end == 0:
        return []
    if tokens[end - 1].low in PRONOUNS:
        return tokens[end - 1 : end]
    j = end
    while j > 0 and end - j < 9:
        tok = tokens[j - 1]
        if tok.text in ',;:()—–"“”' or tok.low in ("and", "but", "that", "which", "who"):
            break
        noun_before = j >= 2 and tokens[j - 2].text[:1].islower() and tokens[j].cap
        if tok.low in _COMPLEMENT and noun_before:
            j -= 1  # `one senior banker in Jeddah`, `a spokesman for Trump`
            continue
        if not tok.cap and tok.low in _NOT_NAMES and tok.low not in _DETERMINERS:
            break
        j -= 1
        if tok.low in ("the", "a", "an"):
            break
    return tokens[j:end]


def _generic_attribution(rest: list[_Tok]) -> tuple[_Phrase | None, str | None]:
    """`"Jeb wants to be a tough guy," Trump shot back.`: after a quote that ends in a
    comma, a name or pronoun and then a verb attribute it even when the verb is not
    a known speech verb."""
    if rest[0].low in ("he", "she"):
        j = 1
    else:
        j = 0
        while j < min(len(rest), 5) and _is_namey(rest[j]) and rest[j].low not in _NOT_NAMES:
            j += 1
    if j == 0 or j >= len(rest):
        return None, None
    verb = rest[j]
    verbal = verb.low.endswith(("ed", "s")) or verb.low in _IRREGULAR_PAST
    verbal = verbal and verb.low not in _AUXILIARIES
    if verb.text[:1].islower() and verbal and verb.low not in _NOT_NAMES:
        phrase = _phrase(rest[:j])
        if phrase is not None and phrase.kind in ("name", "pronoun"):
            return phrase, verb.text
    return None, None


def _sentence_subject(tokens: list[_Tok]) -> _Phrase | None:
    """The grammatical subject of a sentence, roughly: its first name or pronoun that
    a lowercase word (the verb) follows, skipping an opening adverbial clause."""
    k = 0
    if tokens and tokens[0].low in _SUBORDINATORS:
        # `When Trump suggested ..., Rubio fired back:` - the subject follows the clause
        k = next((n + 1 for n, t in enumerate(tokens[:30]) if t.text == ","), 0)
    while k < min(len(tokens), 30):
        tok = tokens[k]
        if tok.low in ("he", "she") and (k == 0 or tokens[k - 1].text == ","):
            return _weak(_phrase([tok]))
        if tok.cap and tok.low not in _NOT_NAMES and _is_namey(tok) and not tok.low.endswith("ly"):
            j = k
            while j < len(tokens) and _is_namey(tokens[j]) and tokens[j].low not in _NOT_NAMES:
                j += 1
                r = j
                while (
                    r < min(len(tokens), j + 3) and not tokens[r].cap and _is_role(tokens[r].text)
                ):
                    r += 1
                if r > j and r < len(tokens) and tokens[r].cap:
                    j = r  # `Festival director Amelia Grant`, `Republican presidential candidate X`
            nxt = tokens[j] if j < len(tokens) else None
            opening = k == 0 or tokens[k - 1].text == ","
            if opening and nxt is not None and nxt.text == "," and j - k >= 2:
                # `Senate Leader Mitch McConnell, R-Ky., delivered`
                return _weak(_phrase(tokens[k:j]))
            if nxt is not None and nxt.text[:1].islower() and nxt.low not in ("of", "and"):
                start = k
                while start > 0 and tokens[start - 1].text[:1].islower() and start > k - 4:
                    if tokens[start - 1].low in _NOT_NAMES:
                        break
                    start -= 1
                if not (start and tokens[start - 1].low in _PREPOSITIONS):
                    return _weak(_phrase(tokens[start:j]))  # not `with journalist Matei Rosca`
            k = j
            continue
        k += 1
    return None


def _weak(phrase: _Phrase | None) -> _Phrase | None:
    if phrase is not None:
        phrase.weak = True
    return phrase


def _name_tail(tokens: list[_Tok]) -> list[_Tok]:
    """The capitalised run at the end of `tokens`, when it starts a sentence or clause."""
    i = len(tokens)
    while i > 0 and _is_namey(tokens[i - 1]) and tokens[i - 1].low not in _NOT_NAMES:
        i -= 1
    if i == len(tokens) or (
        i > 0 and tokens[i - 1].text not in "-—–,.;" and tokens[i - 1].low != "from"
    ):
        return []
    return tokens[i:]


def _sentence_end(tokens: list[_Tok], k: int) -> bool:
    """A full stop ends the sentence unless an abbreviation's (`R-Ky., said`)."""
    if tokens[k].text in "!?":
        return True
    if tokens[k].text != ".":
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or not (nxt.text == "," or nxt.text[:1].islower())


def _subject_phrase(subject: list[_Tok]) -> _Phrase | None:
    """The subject of a cue that follows a quote: `Grushko`, `Smith, a lawyer, said`,
    `than that of the CIA chief, Zuckoff said`."""
    while subject and (subject[-1].low in _SKIP_BEFORE_CUE or subject[-1].text == ","):
        subject = subject[:-1]
    commas = [n for n, t in enumerate(subject) if t.text == ","]
    if not commas:
        return _phrase(subject)
    head = _phrase(subject[: commas[0]])
    if head is not None and head.kind in ("name", "pronoun"):
        return head
    tail = _phrase(subject[commas[-1] + 1 :])
    if tail is not None and tail.kind in ("name", "pronoun"):
        return tail
    return head


def _object_phrase(tokens: list[_Tok], start: int) -> _Phrase | None:
    """The speaker after an inverted cue; a name in apposition wins over a description
    (`said Clinton's introducer, actress Jamie Lee Curtis`)."""
    obj = _object_after(tokens, start)
    phrase = _phrase(obj)
    if phrase is not None and phrase.kind in ("description", "unnamed"):
        after = start + len(obj)
        if after < len(tokens) and tokens[after].text == ",":
            appositive = _phrase(_object_after(tokens, after + 1))
            if appositive is not None and appositive.kind == "name":
                return appositive
    return phrase


def _object_after(tokens: list[_Tok], start: int) -> list[_Tok]:
    """Words naming the speaker after an inverted cue: `said Grushko`, `said the minister`,
    `said master of ceremonies Asab Al-Tabchi`."""
    out: list[_Tok] = []
    for tok in tokens[start : start + 10]:
        if tok.text in ',.;:!?()—–"“”':
            break
        ends = not tok.cap and tok.low in _NOT_NAMES and tok.low not in _NAME_PARTICLES
        if out and ends and not (tok.low == "of" and not out[-1].cap):
            break
        if out and out[-1].low in PRONOUNS:
            break
        out.append(tok)
    return out


# --------------------------------------------------------------------------- attribution


class _Attributor:
    """Finds each quote's speaker phrase, then resolves it to a person or organization."""

    def __init__(self, article: Article, blocks: list[Block], spans: list[_Span]) -> None:
        self.article = article
        self.text = article.text
        self.blocks = blocks
        self.spans = spans
        self.people: dict[str, _Person] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.mentions: list[tuple[int, str]] = []  # (offset, person name), sorted
        self.speaker_mentions: set[int] = set()  # mentions next to a speech verb
        self.alternatives: dict[int, list[str]] = {}  # bare surname -> other full names
        self.speaker_counts: dict[str, int] = {}  # person -> quotes naming them as speaker
        self.entities = {e.name.lower(): e for e in article.entities}
        self.body_start = next((b.start for b in blocks if b.kind == "paragraph"), blocks[-1].start)

    # -- names in the article -------------------------------------------------

    def _collect_names(self, phrases: list[_Phrase | None]) -> None:
        """Every capitalised run outside quotes that looks like a name; then mentions."""
        for entity in self.article.entities:
            if entity.type in ("person", "organization"):
                person = self._person(entity.name, entity.type)
                person.known = True
                person.entity_roles.update(w for r in entity.roles for w in r.lower().split())
        runs = list(islice(self._runs(), MAX_RUNS))
        for _offset, run, role in runs:
            self._register_run(run, role)
        for _offset, run, _role in runs:  # `Angel Mendoza ...`, later `Mendoza regularly ...`
            if len(run) == 1 and run[0].low not in _NOT_NAMES:
                full = self._match_surname(run[0].text)
                if full and " " in full and self.people[full].kind == "person":
                    self.people[full].known = True
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
                if _looks_org(name):
                    self._person(name, "organization").known = True
                else:
                    person = self._person(name, "person")
                    person.known = True
                    person.roles.update(phrase.words)
        for offset, run, role in runs:
            name = self._resolve_run(run, offset)
            if name:
                if len(run) == 1:  # `Clinton`: Hillary or Bill, as the pronoun decides
                    others = self.by_surname.get(_strip_possessive(run[0].text), [])
                    self.alternatives[offset] = [n for n in others if n != name]
                self.mentions.append((offset, name))
                self.people[name].mentions.append(offset)
                if role and role[-1] == "said":
                    self.speaker_mentions.add(offset)
        self.mentions.sort()
        self.mention_offsets = [m[0] for m in self.mentions]

    def _runs(self) -> Iterator[tuple[int, list[_Tok], list[str]]]:
        """Capitalised runs outside quotations, each with the lowercase words before it
        (`businessman Oscar Lindqvist`), read lazily so a cap bounds the work."""
        for start, end in self._chunks(self._outside_quotes()):
            tokens = _tokens(self.text, start, end)
            i = 0
            while i < len(tokens):
                if not (tokens[i].cap and tokens[i].low not in _NOT_NAMES and _is_namey(tokens[i])):
                    i += 1
                    continue
                j = i
                while j < len(tokens) and _is_namey(tokens[j]) and tokens[j].low not in _NOT_NAMES:
                    j += 1
                role: list[str] = []
                for t in reversed(tokens[max(0, i - 4) : i]):
                    if t.cap or not t.text[:1].isalpha():
                        break
                    role.insert(0, t.low)
                after_cue = (  # `said Jake Horowitz, editor`, not `said China and Russia`
                    i > 0
                    and tokens[i - 1].low in CUES
                    and tokens[i - 1].low not in _LISTENER_CUES  # `told Reuters.`
                    and (j == len(tokens) or tokens[j].text in ",.;")
                )
                if (j < len(tokens) and _is_cue(tokens, j)) or after_cue:
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
            while current and current.start < block.end:
                if current.start > pos:
                    pieces.append((pos, current.start))
                pos = max(pos, current.end)
                current = next(spans, None)
            if pos < block.end:
                pieces.append((pos, block.end))
        return pieces

    def _person(self, name: str, kind: str) -> _Person:
        person = self.people.get(name)
        if person is None:
            parts = name.split()
            if kind == "person" and parts and _placelike(parts):
                kind = "place"  # `South Carolina`, `Trump Tower`: never a speaker or antecedent
            person = self.people[name] = _Person(name, kind)
            if kind == "person" and parts:
                self.by_surname.setdefault(_strip_possessive(parts[-1]), []).append(name)
                first = parts[0].lower()
                person.gender = (
                    "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else None
                )
                person.known = person.gender is not None  # a first name marks a person
        return person

    def _canonical_run(self, text: str, role: list[str] | None = None) -> str:
        """Drop titles and honorifics from a capitalised run: `Sen. Ted Cruz` -> `Ted Cruz`;
        after `Secretary of`, the run's first word ends the title (`Commerce Malcolm
        Baldrige`)."""
        raw = text.split()
        if role and role[-1] in ("of", "the") and len(raw) == 3 and not _is_role(raw[0]):
            raw = raw[1:]
        cut = max((n + 1 for n, w in enumerate(raw[:-1]) if w.endswith(("'s", "’s"))), default=0)
        words = [_strip_possessive(w) for w in raw[cut:]]  # `Bank of Tokyo's Kimura`
        inner = [n for n, w in enumerate(words[:-1]) if n and w.lower() in ROLE_WORDS]
        if inner and len(words) - inner[-1] > 2:
            words = words[inner[-1] + 1 :]  # `Treasury Secretary James Baker`
        while len(words) > 1 and (_is_role(words[0]) or words[0].isupper()):
            words = words[1:]
        if len(words) > 3:
            words = words[-3:] if len(words[-2]) <= 2 else words[-2:]
        return " ".join(_without_initials(words))

    def _register_run(self, run: list[_Tok], role: list[str]) -> None:
        words = [_strip_possessive(t.text) for t in run]
        if role and role[-1] in ("of", "the") and len(words) == 3 and not _is_role(words[0]):
            words = words[1:]  # `Secretary of Commerce Malcolm Baldrige`
        if words and words[0].lower() == "the":
            words = words[1:]
        org_like = words and (
            words[-1].lower() in ORG_HEADS
            or words[-1].lower() in _PLACE_HEADS
            or _acronym(words[-1])
        )
        if org_like and not any(w.lower() in HONORIFICS for w in words):
            self._person(" ".join(words), "organization").known = True
            return
        gender = None
        lead_roles: list[str] = []
        while words and (_is_role(words[0]) or _acronym(words[0])):
            gender = HONORIFICS.get(words[0].lower(), gender)
            lead_roles.append(words[0].lower())
            words = words[1:]
        if len(words) > 3:  # `Political Affairs Wendy Sherman`
            words = words[-3:] if len(words[-2]) <= 2 else words[-2:]
        if len(words) < 2 or any(w.isupper() and len(w) > 1 for w in words):
            said = bool(role) and role[-1] == "said"
            first_name = bool(words) and words[0].lower() in FEMALE_NAMES | MALE_NAMES
            if words and (lead_roles or gender or said or first_name) and len(words) == 1:
                name = self._match_surname(words[0])
                if name is None and words[0].lower() in FEMALE_NAMES | MALE_NAMES:
                    name = self._person(words[0], "person").name  # `his wife, Jane,`
                lone = words[0]
                if name is None and (said or gender) and not _looks_org(lone) and _one_name(lone):
                    name = self._person(lone, "person").name  # `Sanders said`, `Mr. Kim`
                if name is None:
                    return
                person = self.people[name]
                person.known = True
                person.gender = gender or person.gender
            return
        words = _without_initials(words)
        name = " ".join(words)
        if name.lower() in self.entities and self.entities[name.lower()].type != "person":
            return
        if words[0].lower() in _PLACE_FIRST:
            return  # `South Carolina`, `New Hampshire`, `Los Angeles`
        person = self._person(name, "person")
        said = bool(role) and role[-1] == "said"
        titled = any(r not in _ADJECTIVE_ROLES for r in lead_roles)
        if said or titled or gender or role and (role[-1] in PERSON_HEADS | ROLE_WORDS):
            person.known = True
            person.roles.update(lead_roles + role)
        if gender:
            person.gender = gender

    def _match_surname(self, word: str, at: int | None = None) -> str | None:
        """The full name a surname stands for: the latest one named before `at`,
        preferring people known as such and names longer than the surname."""
        names = self.by_surname.get(_strip_possessive(word))
        if not names:
            return None

        def rank(name: str) -> tuple[bool, bool, int]:
            person = self.people[name]
            mentions = person.mentions
            if at is not None:
                before = [m for m in mentions[:200] if m < at]
                last = before[-1] if before else -1
            else:
                last = mentions[0] if mentions else -1
            return (" " in name, person.known, last)

        return max(names, key=rank)

    def _resolve_run(self, run: list[_Tok], at: int | None = None) -> str | None:
        """The known person a capitalised run mentions, if any."""
        words = [_strip_possessive(t.text) for t in run]
        while words and (_is_role(words[0]) or _acronym(words[0])):
            words = words[1:]
        if not words:
            return None
        name = " ".join(words)
        person = self.people.get(name)
        if person is None and len(words) == 1:
            match = self._match_surname(words[0], at)
            person = self.people.get(match) if match else None
        if person is None and len(words) > 1:
            match = self._match_surname(words[-1])
            person = self.people.get(match) if match else None
            if person and person.name.split()[0] != words[0]:
                person = None
        if person and person.known and person.kind == "person":
            return person.name
        return None

    # -- per-quote phrases ------------------------------------------------------

    def _phrase_after(self, span: _Span, limit: int) -> tuple[_Phrase | None, str | None]:
        """`"...," he said` / `"...," said Grushko` right after the closing mark."""
        tokens = _tokens(self.text, span.end, min(limit, span.end + WINDOW), 48)
        i = 0
        while i < len(tokens) and tokens[i].text in ",.!?—–-:;":
            i += 1
        if i < len(tokens) and tokens[i].text == "(":
            return None, None
        rest = tokens[i:]
        inner = self.text[span.end - 2 : span.end - 1]  # punctuation inside the closing mark
        ends_sentence = inner == "." and bool(rest) and rest[0].cap
        for k, tok in enumerate(rest[:40]):
            if _sentence_end(rest, k) or tok.text in '"“”;':
                break
            late = k >= 12 and not any(t.text == "," for t in rest[:6])
            if late and not (_is_cue(rest, k) and rest[k - 1].text == ","):
                continue
            if _is_cue(rest, k):
                if late or (k and rest[k - 1].text == "," and rest[0].text[:1].islower()):
                    obj = _object_phrase(rest, k + 1)
                    if obj is not None and obj.kind == "name":
                        return obj, _cue_text(rest, k)
                    if late:
                        continue
                if k == 0:
                    start = 1 if tok.low != "according" else 2
                    return _object_phrase(rest, start), _cue_text(rest, k)
                if ends_sentence and (k > 5 or any(t.text == "," for t in rest[:k])):
                    return None, None  # `"..." South Carolina, he said, was ...`
                return _subject_phrase(rest[:k]), _cue_text(rest, k)
        if inner in ",?!" and rest:
            return _generic_attribution(rest)
        return None, None

    def _phrase_before(self, span: _Span, limit: int) -> tuple[_Phrase | None, str | None]:
        """`Grushko said: "..."`, `According to Grushko, "..."` earlier in the sentence."""
        return self._phrase_ending(max(limit, span.start - WINDOW), span.start)

    def _phrase_ending(self, lo: int, hi: int) -> tuple[_Phrase | None, str | None]:
        """The speaker phrase of the sentence that ends at `hi` (where a quote opens)."""
        tokens = _tokens(self.text, lo, hi)
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
            if not _is_cue(tokens, k):
                continue
            if tokens[k].low == "according":
                return _phrase(_object_after(tokens, k + 2)), _cue_text(tokens, k)
            participle = tokens[k].low.endswith("ing") and k and tokens[k - 1].text != "as"
            if participle or (k and tokens[k - 1].low == "and"):
                # `Sanders stepped up ..., saying, "..."`, `Lazar said ... and added, "..."`,
                # `..., Nefzi said, adding, "..."` (the nearer speech verb's subject)
                phrase = None
                for k2 in range(k - 1, max(-1, k - 6), -1):
                    if _is_cue(tokens, k2) and not tokens[k2].low.endswith("ing"):
                        phrase = _phrase(_subject_before(tokens, k2))
                        break
                if phrase is None or phrase.kind not in ("name", "pronoun"):
                    phrase = _sentence_subject(tokens[:k])
                if phrase is None and k == 0 and participle:
                    # `Adding, "..."` opens a sentence: the subject is the last one named
                    phrase = _Phrase("implicit", tokens[k].text, [], tokens[k].start)
                if phrase is not None:
                    return phrase, _cue_text(tokens, k)
            subject = _subject_before(tokens, k)
            phrase = _phrase(subject)
            if phrase is None and k + 1 < len(tokens):
                phrase = _phrase(_object_after(tokens, k + 1))  # `Said Smith: "..."`
            if phrase is None and tokens[k].low.endswith("ing") and k and tokens[k - 1].text == ",":
                phrase = _sentence_subject(tokens[:k])  # `Smith lobbied ..., saying, "..."`
            if phrase is not None:
                return phrase, _cue_text(tokens, k)
        if (
            len(tokens) >= 2
            and tokens[-1].text in ",:"
            and any(t.low in STATEMENT_NOUNS for t in tokens)
        ):  # `Trump issued a statement, "..."`, `McConnell delivered a message: "..."`
            phrase = _sentence_subject(tokens[:-1])
            if phrase is not None:
                return phrase, None
        if len(tokens) >= 2 and tokens[-1].text == ":":  # `Carl Bialik: "..."`
            phrase = _phrase(_name_tail(tokens[:-1]))
            if phrase is not None and phrase.kind == "name":
                return phrase, None
            phrase = _sentence_subject(tokens[:-1])  # `Trump leaned in and boomed: "..."`
            if phrase is not None:
                return phrase, None
        return None, None

    def _lead_in(self, block_index: int) -> _Phrase | None:
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
        tokens = _tokens(self.text, lo, end)
        start = max((k + 1 for k, t in enumerate(tokens) if t.text in ".!?"), default=0)
        k = start
        while k < len(tokens):
            j = k
            while j < len(tokens) and _is_namey(tokens[j]) and tokens[j].low not in _NOT_NAMES:
                j += 1
            if j > k:
                phrase = _phrase(tokens[k:j])
                name = self._canonical_run(phrase.text) if phrase else ""
                if phrase and phrase.kind == "name" and (" " in name or name in self.by_surname):
                    return phrase
            k = j + 1
        return None

    # -- resolution ----------------------------------------------------------

    def _resolve(self, phrase: _Phrase, at: int) -> _Speaker | None:
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

    def _resolve_name(self, phrase: _Phrase) -> _Speaker | None:
        whole = [_strip_possessive(w) for w in phrase.text.split() if w.lower() != "the"]
        if whole and _looks_org(" ".join(whole)):
            return _Speaker(" ".join(whole), "organization", "explicit", None)  # `State Department`
        name = self._canonical_run(phrase.text, phrase.words)
        if not name:
            return None
        if " " not in name and (name.lower() in ROLE_WORDS or name.lower() in PERSON_HEADS):
            words = [w for w in phrase.words if w not in ("the",)] + [name.lower()]
            role = _Phrase("description", phrase.text, words, phrase.start)
            return self._resolve_description(role, phrase.start)
        if _looks_org(name):
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
            if entity is None and name.lower() in _regions():
                return _Speaker(name, "place", "explicit", None)  # `India said`
        return _Speaker(name, "person", "explicit", None)

    def _proper_noun(self, word: str) -> bool:
        """Is `word` written with a capital inside a sentence somewhere in the article,
        not only as a sentence's first word? Names are; `Later` and `Several` are not."""
        if word.endswith("ly") or word.lower() in _NOT_NAMES or word.isupper():
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

    def _resolve_description(self, phrase: _Phrase, at: int) -> _Speaker | None:
        head = phrase.words[-1]
        if head in ORG_HEADS or " ".join(phrase.words[-2:]) == "white house":
            org = self._recent_org(phrase)
            if org:
                return _Speaker(org, "organization", "description", None)
            if phrase.text[:1].islower() and any(t[:1].isupper() for t in phrase.text.split()[1:]):
                words = phrase.text.split()
                return _Speaker(" ".join(words[1:]), "organization", "description", None)
            return None
        if phrase.text.split()[0].lower() in _INDEFINITE:
            return None  # `a longtime adviser`, `one official`: the article does not say who
        if head.endswith("s") and head[:-1] in PERSON_HEADS:
            return None  # plural: "officials said"
        if head not in PERSON_HEADS and head not in ROLE_WORDS:
            return None  # `the report said`, `the statement said`: not a person
        name = self._recent_person(at, None, head)
        return _Speaker(name, "person", "description", None) if name else None

    def _recent_org(self, phrase: _Phrase) -> str | None:
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
            if _has_role(head, person.roles):
                return name
            if entity_match is None and _has_role(head, person.entity_roles):
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
            if full_stop and not _abbreviation_before(self.text, lo - 2):
                break
            lo -= 1
        opening = _WORD.match(self.text, lo)
        if opening and opening.group().lower() in _SUBORDINATORS:
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
                    if _has_role(head, getattr(self.people[name], roles)):
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
        kept: list[_Span] = []
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

    def _find_phrases(self, embedded: list[bool]) -> list[tuple[_Span, _Phrase | None, str | None]]:
        """The speaker phrase and cue next to each span: after it first, else before it.
        Windows stop at the neighbouring direct quotes of the same block."""
        found: list[tuple[_Span, _Phrase | None, str | None]] = []
        direct_before: _Span | None = None
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
        self, found: list[tuple[_Span, _Phrase | None, str | None]]
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
        span: _Span,
        phrase: _Phrase | None,
        cue: str | None,
        previous: tuple[Quote, _Span] | None,
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

    def _stands_alone(self, span: _Span, phrase: _Phrase | None) -> bool:
        """Not a scare quote: three words or more, or a short quote with its speaker or
        speech verb right beside it (`"Absolutely," he said`)."""
        if span.open_ended or span.continues:
            return True
        if _word_count(self.text, span.start, span.end) >= MIN_WORDS:
            return True
        if phrase is not None and self._adjacent(span, phrase):
            return True
        return self._after_cue(span)

    def _opens_block(self, span: _Span) -> bool:
        block = self.blocks[span.block]
        return span.start == _first_visible(self.text, block.start, block.end)

    def _embedded(self, span: _Span) -> bool:
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

    def _lowercase_after_clause(self, span: _Span, block_start: int, comma: int) -> bool:
        """`An economic downturn, he said, "could be ..."`: a quote that starts in lower
        case after a comma finishes the writer's sentence, unless the sentence so far is
        only its attribution (`According to Grushko, "without ..."`, `He said, "we ..."`)."""
        first = _WORD.search(self.text, span.start, span.end)
        if first is None or not first.group()[:1].islower():
            return False
        tokens = _tokens(self.text, max(block_start, comma - WINDOW), comma)
        start = 0
        for k in range(len(tokens) - 1, 0, -1):
            if _sentence_end(tokens, k - 1) or tokens[k - 1].text in '"“”':
                start = k
                break
        chunks: list[list[_Tok]] = [[]]
        for tok in tokens[start:]:
            if tok.text == ",":
                chunks.append([])
            else:
                chunks[-1].append(tok)
        chunks = [c for c in chunks if c]
        while chunks and (len(chunks[0]) == 1 or chunks[0][0].low in _ADVERBIAL):
            chunks.pop(0)  # `But, he noted, "while ..."`, `At one point, Clinton said, "as ..."`
        if not chunks:
            return False  # `Yet, "it is hard ...," added Zarate`
        last = chunks[-1]
        cues = [k for k in range(len(last)) if _is_cue(last, k)]
        if not cues:
            return True  # `in any negotiation, "we will ..."`
        # `He said, "we ..."` and `..., saying, "the advice ..."` are direct;
        # `An economic downturn, he said, "could be ..."` is not.
        return not (len(chunks) == 1 or last[cues[-1]].low.endswith("ing"))

    def _after_cue(self, span: _Span) -> bool:
        """`he yelled "You lie!"`: a short quote right after a speech verb."""
        tokens = _tokens(self.text, max(self.blocks[span.block].start, span.start - 40), span.start)
        while tokens and tokens[-1].text in ",:":
            tokens.pop()
        return bool(tokens) and tokens[-1].low in CUES

    def _adjacent(self, span: _Span, phrase: _Phrase) -> bool:
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
        body = [(_normal(q.text), q) for q in quotes if q.start >= self.body_start and q.speaker]
        for quote in quotes:
            if quote.start >= self.body_start:
                break
            key = _normal(quote.text)
            same = next((q for text, q in body if _same_words(key, text)), None)
            if same is not None:
                quote.speaker, quote.speaker_id = same.speaker, same.speaker_id
                quote.attribution = "lead"
                quote.cue = quote.cue or same.cue
            elif quote.attribution in ("description", "pronoun"):
                quote.attribution = "lead"


def _abbreviation_before(text: str, dot: int) -> bool:
    """Is the full stop at `dot` part of `Rep.`, `Mr.`, `J.` rather than a sentence end?"""
    start = dot
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start : dot + 1].lower()
    return len(word) == 2 or word in HONORIFICS or word in ROLE_WORDS


def _without_initials(words: list[str]) -> list[str]:
    """`Donald J. Trump` and `Donald Trump` are one person: drop middle initials."""
    if len(words) < 3:
        return words
    middle = [w for w in words[1:-1] if not (len(w) <= 2 and w.endswith("."))]
    return [words[0], *middle, words[-1]]


def _one_name(word: str) -> bool:
    """Could this single word be a person's surname? Not `BankAmerica` (a capital
    inside), `Officials` (a plural role) or `India` (a country or state)."""
    if any(c.isupper() for c in word[1:]) and "-" not in word and "'" not in word:
        return False
    low = word.lower()
    if low.endswith("s") and low[:-1] in PERSON_HEADS | ROLE_WORDS:
        return False
    return low not in _regions()


@functools.cache
def _regions() -> frozenset[str]:
    """Countries, continents and US states from the entity stage's gazetteer, when it is
    there (generator/data/regions.txt); without it, no word is ruled out."""
    path = Path(__file__).resolve().parent / "data" / "regions.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip().lower() for line in lines if line and not line.startswith("#"))


def _placelike(parts: list[str]) -> bool:
    return parts[0].lower() in _PLACE_FIRST or (
        len(parts) > 1 and parts[-1].lower() in _PLACE_HEADS
    )


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _name_back_along_runs(quotes: list[Quote], spans: list[_Span]) -> None:
    """A quote running over several paragraphs is often attributed only at its end:
    carry that speaker back to the earlier paragraphs of the same quotation."""
    for n in range(len(quotes) - 2, -1, -1):
        here, after = quotes[n], quotes[n + 1]
        if here.speaker or not after.speaker:
            continue
        if spans[n].open_ended and spans[n + 1].continues:
            here.speaker, here.speaker_id, here.cue = after.speaker, after.speaker_id, after.cue
            here.attribution = "continuation" if spans[n].continues else after.attribution


def _same_words(a: str, b: str) -> bool:
    """One quote's words hold the other's, and the shorter has four words or more."""
    short, long = sorted((a, b), key=len)
    return short.count(" ") >= 3 and short in long


def _normal(text: str) -> str:
    return " ".join(m.group().lower() for m in _WORD.finditer(text))


def _looks_org(name: str) -> bool:
    low = name.lower()
    words = low.split()
    if not words:
        return False
    if words[-1] in ORG_HEADS or low in ("white house", "kremlin", "pentagon"):
        return True
    return name.isupper() and len(name) > 1


_ROLE_SYNONYMS = {
    "diplomat": {"ambassador", "envoy", "representative", "minister", "diplomat", "consul"},
    "envoy": {"ambassador", "envoy", "representative", "diplomat"},
    "senator": {"sen.", "senator", "sen"},
    "congressman": {"rep.", "representative", "congressman"},
    "congresswoman": {"rep.", "representative", "congresswoman"},
    "lawmaker": {"sen.", "rep.", "senator", "representative", "congressman", "lawmaker"},
    "governor": {"gov.", "governor"},
    "official": {"minister", "secretary", "spokesman", "spokeswoman", "official", "deputy"},
    "general": {"gen.", "general"},
    "nominee": {"nominee", "candidate"},
    "candidate": {"nominee", "candidate"},
    "frontrunner": {"nominee", "candidate", "front-runner", "frontrunner"},
    "front-runner": {"nominee", "candidate", "front-runner", "frontrunner"},
}


def _has_role(head: str, roles: set[str]) -> bool:
    return head in roles or _role_match(head, roles)


def _role_match(head: str, roles: set[str]) -> bool:
    return bool(_ROLE_SYNONYMS.get(head, set()) & roles)
