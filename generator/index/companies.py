"""A company's short name across the archive: "Apple" is Apple Computer Inc when the
archive's names make that the one company it begins (`resolution.unify_entities` calls
`companies_by_short_name` once the groups are built)."""

from __future__ import annotations

from collections import Counter, defaultdict

from generator.annotate import ner
from generator.annotate.entities.aliases import is_country, name_words
from generator.annotate.entity_words import SAME_COMPANY_WORDS
from generator.annotate.words import GENERIC_NAME_WORDS, NATIONALITY_WORDS
from generator.index.names import ACRONYM, Group, company_base, is_acronym, usual_name


def companies_by_short_name(
    groups: dict[str, Group], surnames: dict[str, list[Group]], lower: Counter[str]
) -> None:
    """A short name that no one in the archive has as a surname, but that begins a
    company's name ("Apple" ... "Apple Computer Inc"), is that company when only one
    company (or one and its subsidiaries) begins so; with several, or beside another
    body's name ("Corning Glass Works" beside "Corning International Corp"), it is none of
    them. A "place" no gazetteer knows ("Pennzoil") is read the same way. A name written
    with a legal form of its own ("Pizza Inn Inc") is a whole company: it joins a longer
    name only when that adds a word like "Group" ("Morgan Stanley Group Inc"). A word the
    archive writes in lower case, capitalised only where a sentence opens ("Blue chips
    in Singapore" beside "Blue Arrow Plc"), is no company's short name: it stays plain."""
    companies: dict[str, dict[Group, tuple[str, ...]]] = defaultdict(dict)  # start -> words
    bodies: dict[str, dict[Group, tuple[str, ...]]] = defaultdict(dict)  # "Corning Glass Works"
    for group in groups.values():
        if group.type != "organization" or group.junk:
            continue
        for form in sorted(group.forms, key=lambda f: (-group.forms[f], f)):
            words = name_words(company_base(form) or form)
            for size in (1, 2):
                if size < len(words):
                    (companies if group.legal else bodies)[" ".join(words[:size])].setdefault(
                        group, words
                    )
    for group in groups.values():
        words = name_words(company_base(group.name) or group.name)
        if (
            len(words) > 2
            or words[0] in GENERIC_NAME_WORDS
            or (group.type == "place" and not _unknown_place(group.name))
            or group.type not in ("person", "organization", "place")
            or group.registered
            or group.junk
            or group.target
            or (len(words) == 1 and surnames.get(group.key) and not _possessive(group))
            or ACRONYM.fullmatch(group.name)
        ):
            continue
        found = {c: w for c, w in companies.get(" ".join(words), {}).items() if c is not group}
        if not found:
            continue
        if len(words) == 1 and 0 < group.started == group.mentioned and lower[words[0]]:
            group.doubt = "a common word only a sentence's start capitalises"
            continue
        shortest = min(found, key=lambda c: (len(found[c]), len(c.name), c.name))
        parts = found[shortest]
        if _full_company(group) and not set(parts[len(words) :]) <= SAME_COMPANY_WORDS:
            continue  # "Boeing Co" is not its "Boeing Military Airplane Co"
        if group.type == "organization" and any(_national(w) for w in parts[len(words) :]):
            continue  # "Cargill" is not its "Cargill U.K. Ltd", a country's unit
        found |= {
            c: w
            for c, w in bodies.get(" ".join(words), {}).items()
            if c is not group and w[: len(parts)] != parts
        }
        if all(w[: len(parts)] == parts for w in found.values()):
            group.target = shortest
        elif group.type == "person" or not group.legal:
            group.doubt = "the start of several companies' names: " + ", ".join(
                sorted(c.name for c in found)[:4]
            )


def _national(word: str) -> bool:
    """A country's name or adjective ("U.K.", "America", "British") in a company's name."""
    return is_country(word) or word.title() in NATIONALITY_WORDS


def _possessive(group: Group) -> bool:
    """Is the name always written with "'s" ("Moody's", "Sotheby's"): a firm, not the
    surname of the archive's "A. Moody"?"""
    return all(form.endswith(("'s", "’s")) for form in group.forms)


def _full_company(group: Group) -> bool:
    """A name the running text writes with its own legal form ("Pizza Inn Inc"): a whole
    company's name, not the start of a longer company's ("Pizza Inn Acquiring Corp")."""
    return any(company_base(form) != form and not _shouted(form) for form in group.forms)


def _unknown_place(name: str) -> bool:
    """A "place" no gazetteer or country table knows ("Pennzoil", "Piedmont"): the
    evidence for a place is the model's guess alone."""
    words = tuple(w.casefold() for w in name.split())
    return usual_name(name) is None and words not in ner.resources()[0].names


def _shouted(name: str) -> bool:
    """Written all in capitals, as a headline writes it (not an acronym)."""
    return any(c.isalpha() for c in name) and name.upper() == name and not is_acronym(name)
