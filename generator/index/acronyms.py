"""One body, several names: an acronym and the long name it stands for, and a long name
written in another word order ("Department of Transportation", "Transportation
Department"). `resolution.unify_entities` gathers what the articles spell out and calls
these steps on the archive's groups of names."""

from __future__ import annotations

import re
from collections import Counter

from generator.annotate.entities.aliases import initials_of
from generator.annotate.words import CONNECTORS
from generator.index.names import ACRONYM, Group, company_base, final, name_key, usual_name
from generator.model import Mention

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Z&]{1,5}) \($")
# capitalised words joined by spaces and small words: a name as running text writes it
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-z][A-Za-z'.-]*(?:,? (?:(?:and|of|the|for|on|&) )?[A-Z][A-Za-z'.-]*)+"
)
_LETTERS_JOINED = re.compile(r"([A-Z]) and ([A-Z])")  # "S and P": Standard and Poor's


def initials_forms(name: str) -> set[str]:
    """The acronyms a name is written as: its initials, with or without its legal form,
    with an acronym inside it kept whole ("BHP Gold Mines Ltd" -> BHPGM), and with its
    small words' initials ("Department of Transportation" -> DOT)."""
    forms = set()
    for form in (name, company_base(name) or name):
        forms.add(initials_of(form))
        words = [w for w in _WORD.findall(form) if w[0].isupper() or w.lower() in CONNECTORS]
        forms.add("".join(w[0].upper() for w in words))
        words = [w for w in _WORD.findall(form) if w.lower() not in CONNECTORS]
        forms.add("".join(w if ACRONYM.fullmatch(w) else w[0] for w in words if w[0].isupper()))
    return forms


def acronym_form(name: str) -> str:
    """The name as the acronym it is ("NATO"; "SP" for "S and P", the wire's way with
    Standard and Poor's), or "" if it is none."""
    if ACRONYM.fullmatch(name):
        return name
    joined = _LETTERS_JOINED.fullmatch(name)
    return joined[1] + joined[2] if joined else ""


def spelled_in_text(text: str, acronym: str) -> str:
    """The name a story spells the acronym out as where the model found no entity in it
    ("Standard and Poor's Corp said ... S and P said"): the first run of capitalised
    words whose initials the acronym is, or ""."""
    for run in _CAPITALISED_RUN.finditer(text):
        if acronym in initials_forms(run[0]):
            return run[0]
    return ""


def acronym_before(text: str, mention: Mention, name: str) -> str:
    """The acronym a name spells out in brackets after it ("ASCS (Agriculture
    Stabilization and Conservation Service)"), else ""."""
    found = _ACRONYM_BEFORE.search(text, max(0, mention.start - 9), mention.start)
    if found is None or text[mention.end : mention.end + 1] != ")":
        return ""
    return found[1] if found[1] in initials_forms(name) else ""


def spelled_acronyms(groups: dict[str, Group], spelled: dict[str, Counter[str]]) -> None:
    """An acronym is the long name an article spells it out as, or names beside it,
    whether the archive writes it in capitals or not. The acronym's own company ("ITT
    Corp" beside "ITT") spells nothing out: it casts no vote against the long name
    ("International Telephone and Telegraph Corp said ... ITT said")."""
    for key, all_votes in spelled.items():
        votes = {long: n for long, n in all_votes.items() if long != key and long in groups}
        group = groups.get(key)
        if not votes or group is None or group.registered or group.junk:
            continue
        if usual_name(group.name):
            continue
        best, count = max(votes.items(), key=lambda item: (item[1], item[0]))
        target = groups.get(best)
        if target is None or target is group:
            continue
        initials = initials_forms(target.name)  # "Liffe" as well as "LIFFE"
        letters = acronym_form(group.name) or group.name
        if count * 3 >= 2 * sum(votes.values()) and _letters_of(letters, initials):
            if target.junk:  # "GNP" of "Gross National Product": a term's short form
                group.junk = target.junk
            else:
                group.target = target


def _letters_of(acronym: str, initials: set[str]) -> bool:
    """Are the acronym's letters a name's initials, in their order or in the order of the
    body's own language ("IBC", Instituto Brasileiro do Cafe, for the "Brazilian Coffee
    Institute" the story spells it out as)?"""
    letters = sorted(acronym.upper())
    return acronym.upper() in initials or any(sorted(form) == letters for form in initials)


_DEPARTMENT_OF = re.compile(r"Department of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_X_DEPARTMENT = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) Department")


def word_orders(groups: dict[str, Group]) -> None:
    """One body written in two word orders is one body: "Department of Transportation" and
    "Transportation Department" (the archive reads a department no country qualifies as
    its one country's, as it reads "Treasury"), and a name whose two words either side of
    its "and" swap places ("General Agreement on Trade and Tariffs", the wire's slip for
    "... on Tariffs and Trade"), with a word besides them to say it is the one body. The
    name in fewer articles takes the other's page; a name the registry or the table of
    usual names holds keeps its own."""
    for group in list(groups.values()):
        if not _may_move(group):
            continue
        for other_name in _other_orders(group.name):
            other = groups.get(name_key(other_name))
            if other is None or other is group or other.junk or other.doubt:
                continue
            other = final(other)
            if other is group or other.type != "organization":
                continue
            if _may_move(other) and (other.articles, other.name) < (group.articles, group.name):
                other.target = group
            else:
                group.target = other
            break


def _may_move(group: Group) -> bool:
    """May the group take another name's page: a plain organization's name of its own."""
    return (
        group.type == "organization"
        and not group.registered
        and not group.target
        and not group.junk
        and not group.doubt
        and usual_name(group.name) is None
    )


def _other_orders(name: str) -> list[str]:
    """The name in the other word orders it may be written in."""
    if found := _DEPARTMENT_OF.fullmatch(name):
        return [f"{found[1]} Department"]
    if found := _X_DEPARTMENT.fullmatch(name):
        return [f"Department of {found[1]}"]
    words = name.split()
    return [
        " ".join([*words[: i - 1], words[i + 1], "and", words[i - 1], *words[i + 2 :]])
        for i, word in enumerate(words)
        if word == "and" and 0 < i < len(words) - 1 and len(words) > 3
    ]


def initials_heads(groups: dict[str, Group]) -> None:
    """A firm named with an acronym before its last words ("DLJ Securities") is the firm
    whose leading words those initials are, with the same last words ("Donaldson, Lufkin
    and Jenrette Securities Corp"), when the archive names one such firm: the letters
    and the words agree across stories. Two or more, and it stays itself; so does a name
    with a legal form of its own ("UBS Securities Inc" is not "Union Bank of Switzerland
    (Securities) Ltd", its London namesake)."""
    spelled: dict[tuple[str, str], list[Group]] = {}
    for group in groups.values():
        words = _WORD.findall(company_base(group.name) or group.name)
        if group.type != "organization" or group.junk or group.doubt or len(words) < 4:
            continue
        if "(" in group.name:  # "Union Bank of Switzerland (Securities) Ltd": a unit's name
            continue
        for cut in range(2, len(words)):
            lead = [w for w in words[:cut] if w.lower() not in CONNECTORS]
            if len(lead) > 2 and all(w[0].isupper() for w in lead):
                tail = " ".join(words[cut:]).lower()
                spelled.setdefault(("".join(w[0] for w in lead), tail), []).append(group)
    for group in list(groups.values()):
        first, _, rest = (company_base(group.name) or group.name).partition(" ")
        if not rest or not ACRONYM.fullmatch(first) or not _may_move(group) or group.legal:
            continue  # "UBS Securities Inc" is a firm of its own
        found = {final(g).key: final(g) for g in spelled.get((first, rest.lower()), [])}
        if len(found) == 1 and (long := next(iter(found.values()))) is not group:
            group.target = long
