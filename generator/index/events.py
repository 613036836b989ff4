"""What the archive says about a name with an event word ("Convention", "Forum",
"Conference", "summit"): an event is held, attended, opened or dated; a body is described
as one ("the Eagle Forum, the conservative organization she founded"); a treaty is neither
("the Geneva Convention"). Without an event's sign in any mention the name gets no event
page; with a body's signs and no more of an event's it is an organization.
"""

from __future__ import annotations

import re

from generator.annotate.words import CONNECTORS
from generator.index.names import Group, final
from generator.model import Mention

# event words that also end bodies', treaties' and shows' names: these need the text's word
AMBIGUOUS_HEADS = frozenset(
    {"convention", "conference", "forum", "meeting", "summit", "assembly", "session", "congress"}
)

_WHEN = (
    r"(?:this|last|next|that) (?:week|month|year|summer|spring|fall|autumn|winter)['’]s"
    r"|(?:19|20)\d\d|annual|upcoming|biennial|bi-annual|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
)
_EVENT_BEFORE = re.compile(
    r"\b(?:at|attend|attended|attending|attends|addressed|addressing|address|during|before"
    r"|after|ahead of|since|opening of|start of|end of|close of|eve of|host|hosted|hosting"
    r"|hosts|held|organi[sz]ed|organi[sz]ing|organizer of|speech to|speaking to|spoke to"
    r"|delegates to|participants in|presided over|until|through"
    r"|(?:went|go|goes|going|came|come|comes|coming|travel+ed|headed|heads|trip|invited) to)"
    rf"(?: the)?(?: (?:{_WHEN}))* \Z"
)
_EVENT_AFTER = re.compile(
    r"(?:,? (?:(?:was|will be|is|to be) )?(?:held|scheduled|convened)\b"
    r"|,? which (?:was|is|will be) (?:attended|held)"
    r"| (?:opens|opened|begins|began|ended|ends|starts|started|closes|closed)\b"
    r"| (?:this|next|last) (?:week|month|summer|year)\b"
    r"| on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"| in (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:19|20)\d\d)\b"
    r"|, (?:an|the) (?:[\w-]+ ){0,3}(?:event|gathering|meeting|conference|summit)\b)"
)
_BODY_AFTER = re.compile(
    r",? (?:the|a|an) (?:[\w-]+ ){0,4}(?:organization|organisation|group|think tank|arm"
    r"|association|nonprofit|coalition|lobby|institute|foundation|network|movement|union"
    r"|federation|alliance|club|society|caucus|agency)\b"
    # a firm's trade told of it: "against Kits Games, which planned to market a game"
    r"|, which (?:plans?|planned|intends?|intended) to (?:market|sell|make|produce|build)\b"
    r"|, which (?:makes|sells|markets|manufactures|owns|operates)\b"
)
_BODY_BEFORE = re.compile(
    r"\b(?:group|organization|organisation|association)(?:,| called| named| known as)"
    r"(?: the)? \Z|\b(?:according to|auspices of)(?: the)? \Z"
)
_DATED_BEFORE = re.compile(rf"(?:{_WHEN}) \Z")


def read_event_cues(group: Group, text: str, mention: Mention) -> None:
    """Count the mention's signs of an event ("at the ... in Cleveland", "the 2016 ...",
    "... held in") and of a body ("..., the conservative organization", "a group called")."""
    if text.startswith("title:", text.rfind("\n", 0, mention.start) + 1):
        return  # a headline's words say little
    before = text[max(0, mention.start - 60) : mention.start]
    if (
        _EVENT_BEFORE.search(before)
        or _DATED_BEFORE.search(before)
        or _EVENT_AFTER.match(text, mention.end)
    ):
        group.event_cues += 1
    if _BODY_AFTER.match(text, mention.end) or _BODY_BEFORE.search(before):
        group.body_cues += 1


def needs_event_cues(group: Group) -> bool:
    """An event word that also ends bodies' and treaties' names, with no mention that
    shows an event (the "Geneva Convention": a treaty; "Eagle Forum": a body)."""
    words = {w.casefold() for w in group.name.split()}  # "U.N. Conference on Africa"
    return bool(words & AMBIGUOUS_HEADS) and group.event_cues == 0


def a_described_body(group: Group) -> bool:
    """ "the Eagle Forum, the conservative organization she founded", "a group called
    Occupy DNC Convention": the text says what it is, more often than it shows an event."""
    return group.body_cues > 0 and group.body_cues >= group.event_cues


_SAME_WORDS = {"gop": "republican"}  # the Grand Old Party is the Republican Party


def _event_words(name: str) -> frozenset[str]:
    words = name.casefold().replace("’s", "").replace("'s", "").split()
    return frozenset(_SAME_WORDS.get(w, w) for w in words if w not in CONNECTORS)


def join_event_names(groups: dict[str, Group]) -> None:
    """One event under several names: "Republican Convention" where an article of the
    archive wrote it for the "Republican National Convention" (a form of that page), or a
    convention, conference, forum or summit whose words are all among one other event's
    of the same kind ("NATO summit" of the "NATO Warsaw summit", "GOP National Convention").
    Where the words fit several events ("World War" of I and II), the name gets no page."""
    events = [g for g in groups.values() if g.type == "event" and not g.junk and g.target is None]
    by_form: dict[str, set[int]] = {}
    for at, group in enumerate(events):
        for form in group.forms:
            by_form.setdefault(form.casefold(), set()).add(at)
    words = [_event_words(g.name) for g in events]
    for at, group in enumerate(events):
        if group.registered:
            continue
        head = _head(group.name)
        named = by_form.get(group.name.casefold(), set()) - {at}
        wider = {
            other
            for other, theirs in enumerate(words)
            if other != at
            and _head(events[other].name) == head
            and (words[at] < theirs or (words[at] == theirs and _rank(events[other], group)))
        }
        found = named or (wider if head in AMBIGUOUS_HEADS or len(wider) > 1 else set())
        targets = {id(final(events[other])): final(events[other]) for other in found}
        targets.pop(id(group), None)
        if len(targets) == 1:
            group.target = next(iter(targets.values()))
        elif len(targets) > 1:
            group.doubt = "the words of several events' names: " + ", ".join(
                sorted(t.name for t in targets.values())
            )


def _rank(one: Group, other: Group) -> bool:
    """Of two names with the same words, the one more articles use is the event's name."""
    return (one.articles, one.name) > (other.articles, other.name)


def _head(name: str) -> str:
    """The event word that ends a name, before its number ("World War II": war)."""
    words = name.casefold().split()
    while len(words) > 1 and re.fullmatch(r"[ivx]+|\d+", words[-1]):
        words.pop()
    return words[-1]
