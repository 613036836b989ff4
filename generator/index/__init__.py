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

from generator.annotate.registry import Registry
from generator.annotate.words import ORGANIZATION_LAST_WORDS
from generator.index.doubts import Doubt
from generator.index.evidence import listed_place
from generator.index.names import company_base, name_key
from generator.index.resolution import unify_entities
from generator.model import Article, Entity, EntityType, Mention, Problem, Quote, entity_type_of

RELATED_LIMIT = 5
RELATED_MAX_HOLDERS = 200
NEIGHBOUR_LIMIT = 12


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
    type: EntityType
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
    doubts: list[Doubt] = field(default_factory=list)

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

    An entity gets a page when the registry names it, when it is quoted, or when it earns
    one by evidence (`earns_page`), whatever the archive's size; `entity_min_articles`,
    when set, asks for that many articles as well. A name the archive cannot tell apart
    from others of its spelling gets none (see `unify_entities`).
    """
    usable = [a for a in articles if a.blocks and a.title]
    doubts: list[Doubt] = []
    declined = unify_entities(usable, registry, doubts)
    problems: list[Problem] = registry_warnings(usable, registry)
    _assign_ids(usable, problems)
    ordered = sorted(usable, key=_newest_first)
    urls = {a.id: _article_path(a) for a in ordered}
    registered = {entry.id for entry in registry.entries}
    entities = {}
    for key, page in _gather_entities(ordered, registry).items():
        paged = key not in declined and earns_page(page, entity_min_articles or 1)
        paged = paged and not _thin_person(page)
        if key in registered or (page.quotes and key not in declined) or paged:
            entities[key] = page
        elif key not in declined and page.mentions:
            doubts.append(_unpaged(page))
    related = _related(ordered)
    previous: dict[str, Article | None] = {}
    following: dict[str, Article | None] = {}
    for position, article in enumerate(ordered):
        following[article.id] = ordered[position - 1] if position else None
        previous[article.id] = ordered[position + 1] if position + 1 < len(ordered) else None
    doubts.sort(key=lambda d: (-d.articles, d.kind, d.name))
    index = ArchiveIndex(ordered, urls, entities, related, previous, following, problems)
    index.doubts = doubts
    return index


def stand_in(index: ArchiveIndex, fresh: Article) -> bool:
    """Give a freshly annotated `fresh` the archive's ids of the article at its path, so
    its page can be rendered against this index before the archive is indexed again (the
    preview shows an edit first). An entity takes the id its words had in the indexed
    article; one the article did not name before keeps its own id (a link only when the
    index has that page). False when the page cannot stand in: a new article, or one
    whose headline moved it to another address."""
    old = next((a for a in index.articles if a.path == fresh.path), None)
    if old is None or not fresh.blocks or not fresh.title:
        return False
    if _article_path(fresh) != index.urls.get(old.id):  # a new headline, or a suffix
        return False
    fresh.id = old.id
    by_words = {m.text: e.id for e in old.entities for m in e.mentions}
    by_words.update({e.name: e.id for e in old.entities})
    ids: dict[str, str] = {}
    for entity in fresh.entities:
        votes = Counter(by_words[m.text] for m in entity.mentions if m.text in by_words)
        new_id = votes.most_common(1)[0][0] if votes else by_words.get(entity.name, entity.id)
        ids[entity.id] = new_id
        entity.id = new_id
    for quote in fresh.quotes:
        if quote.speaker_id:
            quote.speaker_id = ids.get(quote.speaker_id, quote.speaker_id)
    return True


def earns_page(page: EntityPage, min_articles: int = 1) -> bool:
    """A page when the evidence makes the name one real thing a reader can look up: named
    in two articles, or twice in one, or once in full (two words or more; an organization
    with a legal form or a body's word, "Inc", "Authority"), or a listed town its one
    article is datelined from ("BETHLEHEM, Pa."), and in at least `min_articles`
    articles. Any other lone word once is left as plain text."""
    if len(page.mentions) < min_articles:
        return False
    mentions = sum(max(ref.count, 1) for ref in page.mentions)
    if len(page.mentions) >= 2 or mentions >= 2:
        return True
    if page.type == "organization":  # once: only a name that says it is a body
        return any(_says_organization(form) for form in (page.name, *page.aliases.values()))
    return len(page.name.split()) >= 2 or _dateline_town(page)


def _dateline_town(page: EntityPage) -> bool:
    """A place a list knows that names the article's dateline: a reader can look it up."""
    place = page.mentions[0].article.place if page.mentions else None
    return (
        page.type == "place"
        and place is not None
        and name_key(place) == name_key(page.name)
        and listed_place(page.name)
    )


def _thin_person(page: EntityPage) -> bool:
    """A person known by one word in one article: a reader cannot tell who it is."""
    return page.type == "person" and " " not in page.name and len(page.mentions) < 2


def _says_organization(name: str) -> bool:
    """`Kestrel Glassworks Inc`, `Mirren Harbour Authority`: a legal form or a body's word."""
    words = name.split()
    return company_base(name) != name or (
        len(words) > 1 and words[-1].casefold() in ORGANIZATION_LAST_WORDS
    )


def _unpaged(page: EntityPage) -> Doubt:
    kind = page.type
    return Doubt(
        "no page",
        page.name,
        len(page.mentions),
        f"a {kind} named once in one article",
        [f"- name: {page.name}", f"  type: {kind}"],
    )


def registry_warnings(articles: list[Article], registry: Registry) -> list[Problem]:
    """A registry entry or ignored name that matches nothing in the archive is a warning
    at its line: a misspelling there would otherwise go unnoticed."""
    if not articles or not registry.path:
        return []
    used = {e.id for a in articles for e in a.entities}
    used |= {q.speaker_id for a in articles for q in a.quotes if q.speaker_id}
    problems = []
    for entry in registry.entries:
        if entry.id not in used:
            problems.append(
                Problem(
                    registry.path,
                    entry.line,
                    f"`{entry.name}` matches no name in the archive",
                    "check its spelling and aliases, or remove the entry",
                    severity="warning",
                )
            )
    if registry.ignore:
        texts = [a.text.casefold() for a in articles]
        for word, line in sorted(registry.ignore_lines.items(), key=lambda item: item[1]):
            folded = word.casefold()
            if not any(folded in text for text in texts):
                problems.append(
                    Problem(
                        registry.path,
                        line,
                        f"ignored name `{word}` appears in no article",
                        "check its spelling, or remove it from `ignore:`",
                        severity="warning",
                    )
                )
    return problems


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
                    EntityPage(
                        quote.speaker_id, entity_type_of(quote.speaker_id), quote.speaker or ""
                    ),
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
