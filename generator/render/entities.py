"""Entity pages (one per person, organization, place, event) and their A-Z indexes."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup

from generator.index import EntityPage
from generator.model import ENTITY_FOLDERS, TYPE_LABELS, count
from generator.render.articles import SCHEMA_TYPES
from generator.render.charts import bar_chart, monthly_counts, period_totals
from generator.render.context import (
    INDEX_PAGE_SIZE,
    PageContext,
    earliest_role,
    newest_first,
    quotes_by_article,
)
from generator.render.feeds import entity_feed
from generator.render.graph import neighbour_graph
from generator.render.markup import (
    a_link,
    escape_attr,
    safe_json,
    web_url,
)
from generator.render.search import entity_filters

ENTITY_PAGE_SIZE = 50


ENTITY_QUOTE_LIMIT = 100


def entity_pages(ctx: PageContext, entity: EntityPage) -> None:
    mentions = sorted(entity.mentions, key=lambda m: newest_first(m.article))
    quotes = sorted(
        ctx.distinct_quotes(entity.quotes), key=lambda q: (newest_first(q.article), q.quote.start)
    )
    neighbours = [
        (ctx.index.entities[i], n)
        for i, n in sorted(entity.neighbours.items(), key=lambda kv: (-kv[1], kv[0]))
        if i in ctx.index.entities
    ][:12]
    roles = distinct_roles(entity.roles)
    aliases = names_among(entity.aliases.values())
    pages = list(ctx.paginate(entity.id, mentions, ENTITY_PAGE_SIZE, as_html=True))
    entity_feed(ctx, entity)
    if ctx.reuse(
        [path for path, _, _ in pages],
        "entity",
        entity=entity.id,
        name=entity.name,
        type=entity.type,
        description=entity.description,
        rank=entity.rank,
        roles=roles,
        links=sorted(entity.links.items()),
        aliases=aliases,
        mentions=[(ctx.article_key(m.article), m.sentence, m.count) for m in mentions],
        quotations=[(ctx.article_key(q.article), q.quote.id) for q in quotes],
        neighbours=[(ctx.entity_key(other.id), count) for other, count in neighbours],
        months=sorted(entity.by_month.items()),
    ):
        return
    months = _timeline(entity.by_month)
    quote_months = monthly_counts(ref.article.date for ref in quotes)
    mentions_chart = bar_chart(
        entity.by_month, chart_id="chart-mentions", what="Mentions by month", noun="articles"
    )
    quotes_chart = bar_chart(
        quote_months, chart_id="chart-quotations", what="Quotations by month", noun="quotations"
    )
    elsewhere = _external_links(entity.links)
    jsonld = safe_json(entity_jsonld(ctx, entity, [url for _, url in elsewhere]))
    for path, chunk, pager in pages:
        first = path == f"{entity.id}.md"
        ctx.write(
            path,
            "entity.md.j2",
            {
                "title": escape_attr(entity.name),
                "description": escape_attr(
                    entity.description
                    or f"{TYPE_LABELS[entity.type][0]} in the archive: "
                    f"{count(len(entity.mentions), 'article')}, {count(len(quotes), 'quotation')}"
                ),
                "entity_type": entity.type,
                "entity_id": entity.id,
                "feed": f"{entity.id}/feed.xml",
                "search_filters": entity_filters(entity) if first else None,
                "jsonld": jsonld if first else None,
            },
            entity=entity,
            label=TYPE_LABELS[entity.type][0],
            roles=roles,
            aliases=aliases,
            mentions=chunk,
            quotes=quotes_by_article(quotes[:ENTITY_QUOTE_LIMIT]) if first else [],
            more_quotes=max(0, len(quotes) - ENTITY_QUOTE_LIMIT),
            neighbours=neighbours if first else [],
            months=months if first else [],
            quote_periods=period_totals((m for m, _ in months), quote_months)
            if first and entity.quotes
            else {},
            mentions_chart=Markup(mentions_chart) if first else "",
            quotes_chart=Markup(quotes_chart) if first else "",
            # With one article, the neighbours are that article's entities, all
            # with the same weight: the list below says it all.
            graph=Markup(neighbour_graph(entity, neighbours, path, ctx.settings.use_directory_urls))
            if first and len(entity.mentions) > 1
            else "",
            first=first,
            pager=pager,
            feed=f"{entity.id}/feed.xml",
            elsewhere=Markup(", ").join(a_link(label, url) for label, url in elsewhere)
            if first
            else "",
        )


def entity_jsonld(ctx: PageContext, entity: EntityPage, same_as: list[str]) -> dict[str, Any]:
    """schema.org Person, Organization, Place or Event for the entity's page."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(entity.type, "Thing"),
        "name": entity.name,
        "identifier": entity.id,
    }
    if entity.description:
        data["description"] = entity.description
    if ctx.site_url:
        data["url"] = ctx.url_of(entity.id)
    names = names_among(entity.aliases.values())
    if names:
        data["alternateName"] = names[:20]
    if entity.type == "person" and entity.roles:
        data["jobTitle"] = earliest_role(entity)
    if same_as:
        data["sameAs"] = same_as
    return data


def entity_indexes(ctx: PageContext) -> None:
    by_type: dict[str, list[EntityPage]] = defaultdict(list)
    for entity in ctx.index.entities.values():
        if entity.mentions or entity.quotes:
            by_type[entity.type].append(entity)
    for kind, (_, plural) in TYPE_LABELS.items():
        folder = ENTITY_FOLDERS[kind]
        entities = sorted(by_type.get(kind, []), key=lambda e: (e.name.lower(), e.id))
        pages = list(ctx.paginate(f"{folder}/index", entities, INDEX_PAGE_SIZE, False))
        first_page: dict[str, str] = {}  # letter -> the page its first name is on
        for path, chunk, _ in pages:
            for entity in chunk:
                first_page.setdefault(_letter(entity.name), path)
        for path, chunk, pager in pages:
            grouped: dict[str, list[EntityPage]] = defaultdict(list)
            for entity in chunk:
                grouped[_letter(entity.name)].append(entity)
            ctx.write(
                path,
                "entity_index.md.j2",
                {"title": plural, "description": f"{plural} in the archive, A to Z"},
                plural=plural,
                grouped=[
                    (letter, _letter_anchor(letter), items)
                    for letter, items in sorted(grouped.items())
                ],
                total=len(entities),
                pager=pager,
                letters=_letter_bar(ctx, first_page, path),
            )
        if kind == "other" and not entities:
            ctx.pages.pop(f"{folder}/index.md", None)


_WIKIDATA = re.compile(r"Q[1-9][0-9]*")


def _external_links(links: dict[str, str]) -> list[tuple[str, str]]:
    """(label, address) of an entity's pages elsewhere: a Wikidata item id becomes its
    page; any other value is used only if it is an http(s) address."""
    found = []
    for name, value in sorted(links.items()):
        if name.lower() == "wikidata" and _WIKIDATA.fullmatch(value.strip()):
            found.append(("Wikidata", f"https://www.wikidata.org/wiki/{value.strip()}"))
        elif url := web_url(value):
            found.append((name.replace("_", " ").capitalize(), url))
    return found


def _timeline(by_month: Counter[str]) -> list[tuple[str, int]]:
    """Mentions by month, or by year once that would be more than 24 rows, so the
    table stays short however long the archive runs."""
    months = sorted(by_month.items())
    if len(months) <= 24:
        return months
    years: Counter[str] = Counter()
    for month, number in months:
        years[month[:4]] += number
    return sorted(years.items())


_PARTICLES = {
    "de",
    "da",
    "del",
    "der",
    "di",
    "du",
    "van",
    "von",
    "bin",
    "ibn",
    "al",
    "el",
    "la",
    "le",
}
_ROLE_FILLER = {"of", "the", "to", "for", "a", "an", "and", "in"}


def names_among(aliases: Iterable[str]) -> list[str]:
    """The aliases that are names ("Grushko", "Alexander V. Grushko"), sorted. A phrase
    with a lower-case word or an article in front ("The Russian diplomat", "Russia's NATO
    envoy") describes the person: a role or an epithet, not another way to write the name."""
    names = set()
    for alias in aliases:
        words = alias.split()
        if not words or words[0].casefold() in ("the", "a", "an"):
            continue
        if all(w[:1].isupper() or not w[:1].isalpha() or w in _PARTICLES for w in words):
            names.add(alias)
    return sorted(names)


def _role_key(role: str) -> frozenset[str]:
    words = re.findall(r"\w+", role.casefold().replace("’", "'").replace("'s", ""))
    return frozenset(w for w in words if w not in _ROLE_FILLER)


def distinct_roles(roles: Mapping[str, str | None]) -> list[tuple[str, str | None]]:
    """Roles, earliest first, each once: "Russia's Permanent Representative to NATO" and
    "Permanent Representative of Russia to NATO" are one role in two wordings (the first
    seen is shown, with the earliest date of either)."""
    ordered = sorted(roles.items(), key=lambda kv: (kv[1] or "9999", kv[0]))
    shown: dict[frozenset[str], tuple[str, str | None]] = {}
    for role, date in ordered:
        key = _role_key(role) or frozenset([role])
        if key not in shown:
            shown[key] = (role, date)
    return list(shown.values())


ALPHABET = [chr(code) for code in range(ord("A"), ord("Z") + 1)]


def _letter_bar(ctx: PageContext, first_page: dict[str, str], here: str) -> list[Markup]:
    """A to Z (and 0-9 and other letters when names file there), the same on every
    page of the index: each letter links to the page and heading where its names
    start; a letter with no names is shown but not linked."""
    letters = sorted(set(ALPHABET) | set(first_page), key=lambda name: (name == "0–9", name))
    bar = []
    for letter in letters:
        page = first_page.get(letter)
        if page is None:
            bar.append(Markup('<span class="az-none">{}</span>').format(letter))
        elif page == here:
            bar.append(Markup("[{}](#{})").format(letter, _letter_anchor(letter)))
        else:
            bar.append(ctx.link(letter, page, here, _letter_anchor(letter)))
    return bar


def _letter(name: str) -> str:
    """The A-to-Z heading a name files under; digits and symbols file under 0-9."""
    letter = name[:1].upper()
    return letter if letter.isalpha() else "0–9"


def _letter_anchor(letter: str) -> str:
    if letter == "0–9":
        return "letter-0-9"
    return "letter-" + (letter.lower() if letter.isascii() else f"u{ord(letter):x}")
