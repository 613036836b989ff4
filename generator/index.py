"""Stage 3, index: what only the whole archive knows.

Entry point: `build_index(articles, registry)`. It gives each article its page path
(resolving collisions deterministically), gathers every entity's mentions and
quotations across articles, and ranks related articles by shared entities.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sentencex import segment

from generator.annotate.entities import aliases
from generator.annotate.entities.aliases import unshout
from generator.annotate.registry import Registry, RegistryEntry
from generator.annotate.words import ORGANIZATION_LAST_WORDS
from generator.model import ENTITY_FOLDERS, Article, Entity, Mention, Problem, Quote, entity_id

RELATED_LIMIT = 5
RELATED_MAX_HOLDERS = 200
LARGE_ARCHIVE = 2000
NEIGHBOUR_LIMIT = 12

# Pure functions of a name that unification asks about every mention of every article
# (the same few thousand names over and over): each name is worked out once.
fold = functools.lru_cache(maxsize=1 << 16)(aliases.fold)
name_key = functools.lru_cache(maxsize=1 << 16)(aliases.name_key)
usual_name = functools.lru_cache(maxsize=1 << 16)(aliases.usual_name)
is_acronym = functools.lru_cache(maxsize=1 << 16)(aliases.is_acronym)


@dataclass(slots=True)
class MentionRef:
    """One article's mention of an entity, with the sentence around it."""

    article: Article
    sentence: str
    count: int


@dataclass(slots=True)
class QuoteRef:
    article: Article
    quote: Quote


@dataclass(slots=True)
class EntityPage:
    id: str
    type: str
    name: str
    description: str = ""
    aliases: dict[str, str] = field(default_factory=dict)  # casefolded -> shown form
    roles: dict[str, str] = field(default_factory=dict)  # role -> date first seen
    rank: str | None = None
    links: dict[str, str] = field(default_factory=dict)
    mentions: list[MentionRef] = field(default_factory=list)
    quotes: list[QuoteRef] = field(default_factory=list)
    neighbours: Counter[str] = field(default_factory=Counter)
    by_month: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class ArchiveIndex:
    articles: list[Article]  # newest first
    urls: dict[str, str]  # article id -> page path without .md (articles/2017/04/slug)
    entities: dict[str, EntityPage]
    related: dict[str, list[Article]]
    previous: dict[str, Article | None]
    following: dict[str, Article | None]
    problems: list[Problem] = field(default_factory=list)

    def page_of(self, article: Article) -> str:
        return self.urls[article.id]

    def quotes(self) -> list[QuoteRef]:
        return [QuoteRef(a, q) for a in self.articles for q in a.quotes]


def _newest_first(article: Article) -> tuple:
    return (-(article.date.toordinal() if article.date else 0), article.id, article.path)


def build_index(
    articles: list[Article], registry: Registry, entity_min_articles: int | None = None
) -> ArchiveIndex:
    """The cross-article view of the archive.

    Entities get a page when the registry names them, when they are quoted, or when at
    least `entity_min_articles` articles mention them (default: 1, or 2 from
    LARGE_ARCHIVE articles on, where automatic recognition's one-off names would
    otherwise outnumber the articles and mislead more often than they help).
    """
    usable = [a for a in articles if a.blocks and a.title]
    unify_entities(usable, registry)
    problems: list[Problem] = []
    _assign_ids(usable, problems)
    ordered = sorted(usable, key=_newest_first)
    urls = {a.id: _article_path(a) for a in ordered}
    if entity_min_articles is None:
        entity_min_articles = 2 if len(ordered) >= LARGE_ARCHIVE else 1
    registered = {entry.id for entry in registry.entries}
    entities = {
        key: page
        for key, page in _gather_entities(ordered, registry).items()
        if key in registered or page.quotes or len(page.mentions) >= entity_min_articles
    }
    related = _related(ordered)
    previous: dict[str, Article | None] = {}
    following: dict[str, Article | None] = {}
    for position, article in enumerate(ordered):
        following[article.id] = ordered[position - 1] if position else None
        previous[article.id] = ordered[position + 1] if position + 1 < len(ordered) else None
    return ArchiveIndex(ordered, urls, entities, related, previous, following, problems)


def _assign_ids(articles: list[Article], problems: list[Problem]) -> None:
    """Two articles never share a page: a page's address leaves out the day, so the same
    headline twice in a month (or twice a day) gives later paths a suffix of their own."""
    seen: dict[str, Article] = {}  # page path -> the article published there
    for article in sorted(articles, key=lambda a: a.path):
        page = _article_path(article)
        if page in seen:
            first = seen[page]
            suffix = hashlib.sha1(article.path.encode()).hexdigest()[:6]
            problems.append(
                Problem(
                    article.path,
                    1,
                    f"same page address as {first.path} ({page}); "
                    f"published as {article.id}-{suffix}",
                    "give one of them a different title, or set `slug:` in front matter",
                    severity="notice",
                )
            )
            article.id = f"{article.id}-{suffix}"
            page = _article_path(article)
        seen[page] = article


def _article_path(article: Article) -> str:
    slug = article.id
    if article.date:
        prefix = article.date.isoformat() + "-"
        slug = slug.removeprefix(prefix)
        return f"articles/{article.date:%Y/%m}/{slug}"
    return f"articles/undated/{slug}"


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds the span, for context lines. Sentences are
    split by `sentencex`, which knows abbreviations: "a U.S. agency" is one sentence."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right == -1 else right
    # A paragraph of any length costs the same: a window around the span.
    left, right = max(left, start - SENTENCE_WINDOW), min(right, end + SENTENCE_WINDOW)
    paragraph = text[left:right]
    first = last = None
    for begin, finish in _sentence_bounds(paragraph):
        if finish > start - left and begin < max(end - left, start - left + 1):
            first = begin if first is None else first
            last = finish
    snippet = paragraph[first:last].strip() if first is not None else paragraph.strip()
    return snippet if len(snippet) <= 400 else snippet[:400].rsplit(" ", 1)[0] + " …"


SENTENCE_WINDOW = 2_000


@functools.lru_cache(maxsize=4096)
def _sentence_bounds(paragraph: str) -> tuple[tuple[int, int], ...]:
    bounds, position = [], 0
    for sentence in segment("en", paragraph):
        found = paragraph.find(sentence, position)
        begin = position if found == -1 else found
        bounds.append((begin, begin + len(sentence)))
        position = begin + len(sentence)
    return tuple(bounds)


def _gather_entities(articles: list[Article], registry: Registry) -> dict[str, EntityPage]:
    pages: dict[str, EntityPage] = {}
    for entry in registry.entries:
        pages[entry.id] = EntityPage(
            entry.id,
            entry.type,
            entry.name,
            entry.description,
            {alias.casefold(): alias for alias in entry.aliases},
            {role: "" for role in entry.roles},
            links=dict(entry.links),
        )
    for article in articles:
        month = f"{article.date:%Y-%m}" if article.date else "undated"
        ids = [e.id for e in article.entities if e.mentions]
        for entity in article.entities:
            if not entity.mentions:
                continue
            page = pages.get(entity.id) or pages.setdefault(
                entity.id, EntityPage(entity.id, entity.type, entity.name)
            )
            _merge(page, entity, article)
            first = _context_mention(article, entity)
            page.mentions.append(
                MentionRef(
                    article, sentence_at(article.text, first.start, first.end), len(entity.mentions)
                )
            )
            page.by_month[month] += 1
            page.neighbours.update(i for i in ids if i != entity.id)
        for quote in article.quotes:
            if quote.speaker_id:
                # A quoted speaker gets a page even when no mention of them was linked,
                # so an attributed quotation never points at a missing page.
                page = pages.get(quote.speaker_id) or pages.setdefault(
                    quote.speaker_id,
                    EntityPage(quote.speaker_id, _type_of(quote.speaker_id), quote.speaker or ""),
                )
                page.quotes.append(QuoteRef(article, quote))
                if not page.mentions or page.mentions[-1].article is not article:
                    sentence = sentence_at(article.text, quote.start, quote.end)
                    page.mentions.append(MentionRef(article, sentence, 0))
                    page.by_month[month] += 1
    return {key: pages[key] for key in sorted(pages)}


def _context_mention(article: Article, entity: Entity) -> Mention:
    """The first mention in running text: a title or dateline repeats what the entity
    page already shows, so its sentence says nothing about the entity."""
    skipped = [b for b in article.blocks if b.kind in ("title", "dateline", "front-matter")]
    for mention in entity.mentions:
        if not any(b.start <= mention.start < b.end for b in skipped):
            return mention
    return entity.mentions[0]


def _type_of(entity_id: str) -> str:
    """An entity's type from its page folder (`people/x` -> person); speakers default to person."""
    folder = entity_id.partition("/")[0]
    return next((kind for kind, name in ENTITY_FOLDERS.items() if name == folder), "person")


def _merge(page: EntityPage, entity: Entity, article: Article) -> None:
    date = article.date.isoformat() if article.date else ""
    for role in entity.roles:
        if role not in page.roles or (date and (not page.roles[role] or date < page.roles[role])):
            page.roles[role] = date
    page.rank = page.rank or entity.rank
    for mention in entity.mentions:
        key = mention.text.casefold()
        if key != page.name.casefold() and len(page.aliases) < 50:
            # The same alias in other capitals keeps one form, whatever the order seen.
            page.aliases[key] = min(page.aliases.get(key, mention.text), mention.text)


def _related(articles: list[Article]) -> dict[str, list[Article]]:
    """Top articles sharing the most entities; rarer shared entities weigh more (idf-like).

    Entities in more than RELATED_MAX_HOLDERS articles say little about two articles
    being related and would make this quadratic, so they are left out.
    """
    holders: dict[str, list[int]] = defaultdict(list)
    for position, article in enumerate(articles):
        for entity in article.entities:
            holders[entity.id].append(position)
    weights = {
        entity_id: 1.0 / len(positions)
        for entity_id, positions in holders.items()
        if 1 < len(positions) <= RELATED_MAX_HOLDERS
    }
    related: dict[str, list[Article]] = {}
    for position, article in enumerate(articles):
        scores: dict[int, float] = {}
        for entity in article.entities:
            weight = weights.get(entity.id)
            if weight is None:
                continue
            for other in holders[entity.id]:
                scores[other] = scores.get(other, 0.0) + weight
        scores.pop(position, None)
        best = heapq.nsmallest(RELATED_LIMIT, scores.items(), key=lambda item: (-item[1], item[0]))
        related[article.id] = [articles[other] for other, _ in best]
    return related


# ----------------------------------------------------------------------------- one page per thing

_TYPE_ORDER = ("person", "organization", "place", "event", "other")
_CAPITALS_WEIGHT = 0.25  # a name in a capitals headline says little about its type or form
_SURNAME_DAYS = 62
_COMPANY = (
    ORGANIZATION_LAST_WORDS  # "Reagan" is the Ronald Reagan the archive names within two months
)


@dataclass(slots=True)
class _Group:
    """Every article's entity that shares one name key."""

    forms: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    dates: set[int] = field(default_factory=set)
    name: str = ""
    type: str = ""
    id: str = ""


def unify_entities(articles: list[Article], registry: Registry) -> None:
    """One entity, one page, across the archive: `JAPAN` is Japan and takes its name; U.S.,
    US and United States (and Fed, Federal Reserve, Federal Reserve Board) are one entity;
    a surname alone is the full name that the archive makes unambiguous around its date;
    the type is the one most mentions give. Registry entries keep their own id, name and
    type, and win any name they or their aliases hold. Rewrites the articles' entities
    (and quotations' speaker ids) in place; running it again changes nothing."""
    registered: dict[str, RegistryEntry] = {}
    for entry in registry.entries:
        for name in (entry.name, *entry.aliases):
            registered.setdefault(name_key(name), entry)
    by_id = registry.by_id()
    groups: dict[str, _Group] = {}
    for article in articles:
        day = article.date.toordinal() if article.date else None
        for entity in article.entities:
            if not entity.mentions or entity.id in by_id:
                continue
            group = groups.setdefault(name_key(entity.name), _Group())
            shouted = _shouted(entity.name)
            weight = len(entity.mentions) * (_CAPITALS_WEIGHT if shouted else 1.0)
            group.forms[entity.name] += weight
            group.types[entity.type] += weight
            if day is not None:
                group.dates.add(day)
    for key, group in groups.items():
        _decide(group, registered.get(key))
    surnames = _full_names(groups)
    _companies_by_short_name(groups, surnames)
    for article in articles:
        _rewrite(article, groups, surnames, by_id)


def _shouted(name: str) -> bool:
    return any(c.isalpha() for c in name) and name.upper() == name and not is_acronym(name)


def _decide(group: _Group, entry: RegistryEntry | None) -> None:
    if entry is not None:
        group.name, group.type, group.id = entry.name, entry.type, entry.id
        return
    known = next(filter(None, map(usual_name, sorted(group.forms))), None)
    plain = {form: n for form, n in group.forms.items() if not _shouted(form)}
    if known is not None:
        group.name, group.type = known
    else:
        forms = plain or group.forms
        name = max(sorted(forms), key=lambda form: forms[form])
        group.name = name if plain else unshout(name)
        group.type = max(
            _TYPE_ORDER, key=lambda kind: (group.types[kind], -_TYPE_ORDER.index(kind))
        )
    group.id = entity_id(group.type, group.name)


def _companies_by_short_name(groups: dict[str, _Group], surnames: dict[str, list[_Group]]) -> None:
    """A one-word "person" that no one in the archive has as a surname, but that begins
    exactly one company's name ("Firestone" ... "Firestone Tire and Rubber Co"), is that
    company."""
    firsts: dict[str, set[str]] = defaultdict(set)
    companies: dict[str, _Group] = {}
    for group in groups.values():
        words = group.name.split()
        if group.type == "organization" and len(words) > 1 and words[-1].lower() in _COMPANY:
            firsts[name_key(words[0])].add(group.id)
            companies[group.id] = group
    for key, group in groups.items():
        if group.type != "person" or " " in group.name or surnames.get(key):
            continue
        ids = firsts.get(key, set())
        if len(ids) == 1:
            company = companies[next(iter(ids))]
            group.name, group.type, group.id = company.name, company.type, company.id


def _full_names(groups: dict[str, _Group]) -> dict[str, list[_Group]]:
    """Surname key -> the people of two or more words with that surname."""
    found: dict[str, list[_Group]] = defaultdict(list)
    for group in groups.values():
        words = fold(group.name).split()
        if group.type == "person" and len(words) > 1:
            found[name_key(words[-1])].append(group)
    return found


def _rewrite(
    article: Article,
    groups: dict[str, _Group],
    surnames: dict[str, list[_Group]],
    registered: dict[str, RegistryEntry],
) -> None:
    day = article.date.toordinal() if article.date else None
    merged: dict[str, Entity] = {}
    renamed: dict[str, str] = {}
    for entity in article.entities:
        if not entity.mentions or entity.id in registered:
            merged.setdefault(entity.id, entity)
            continue
        key = name_key(entity.name)
        group = groups[key]
        if group.type == "person" and len(fold(entity.name).split()) == 1:
            near = [
                g
                for g in surnames.get(key, [])
                if day is None or any(abs(d - day) <= _SURNAME_DAYS for d in g.dates)
            ]
            if len({g.id for g in near}) == 1:
                group = near[0]
        renamed[entity.id] = group.id
        entity.id, entity.name, entity.type = group.id, group.name, group.type
        if entity.id in merged:  # two forms of one name in one article: one entity
            kept = merged[entity.id]
            kept.mentions = sorted([*kept.mentions, *entity.mentions], key=lambda m: m.start)
            kept.roles += [role for role in entity.roles if role not in kept.roles]
            kept.rank = kept.rank or entity.rank
        else:
            merged[entity.id] = entity
    article.entities = list(merged.values())
    names = {entity.id: entity.name for entity in article.entities}
    for quote in article.quotes:
        if quote.speaker_id and quote.speaker_id not in registered:
            group = groups.get(name_key(quote.speaker or ""))
            speaker_id = renamed.get(quote.speaker_id) or (group.id if group else None)
            quote.speaker_id = speaker_id or quote.speaker_id
            # the page of a speaker no mention links is titled with the quote's speaker
            speaker = quote.speaker or ""
            shown = unshout(speaker) if _shouted(speaker) else quote.speaker
            quote.speaker = names.get(quote.speaker_id) or (group.name if group else shown)
