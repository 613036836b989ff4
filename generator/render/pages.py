"""Stage 4, render: Jinja2 templates -> Markdown pages with YAML front matter.

Entry point: `render_pages(index, problems, settings, previous)`, returning {docs path:
text} and the input digest of each page, so the next run can keep unchanged pages.
Render never re-parses text: it walks the offsets the earlier stages recorded.
Every value a template prints is escaped for Markdown unless it is `Markup` built
here, so article text cannot become markup by accident.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from slugify import slugify

from generator.index import ArchiveIndex, EntityPage
from generator.model import ENTITY_FOLDERS, TYPE_LABELS, Article, Block, Problem, Quote
from generator.publish.pagefind import article_filters, entity_filters
from generator.render.charts import bar_chart, monthly_counts, period_totals
from generator.render.dataset import DATA_FOLDER, dataset_files
from generator.render.feeds import FeedItem, atom_feed
from generator.render.graph import SITE_GRAPH_PAGE, neighbour_graph, site_graph_page
from generator.render.markup import (
    escape_attr,
    escape_md,
    escape_title,
    md_link,
    relative_path,
    safe_json,
    web_url,
)
from generator.render.previews import entity_cards
from generator.settings import code_digest

if TYPE_CHECKING:
    from generator.settings import Settings

PAGE_SIZE = 25
ENTITY_PAGE_SIZE = 50
INDEX_PAGE_SIZE = 200
ENTITY_QUOTE_LIMIT = 100
# libyaml's emitter when PyYAML has it: the same YAML, several times faster.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_BODY_KINDS = ("paragraph", "heading", "byline", "caption", "also-read", "boilerplate")
SITE_FEED = "feed.xml"
FEED_SIZE = 50
SCHEMA_TYPES = {
    "person": "Person",
    "organization": "Organization",
    "place": "Place",
    "event": "Event",
    "other": "Thing",
}


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return escape_md(value)


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("generator.render", "templates"),
        finalize=_finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["long_date"] = long_date
    env.filters["title_attr"] = lambda text: Markup(escape_title(str(text)))
    return env


@functools.lru_cache(maxsize=4096)
def long_date(value: dt.date | None) -> str:
    """`6 April 2017`, the way a newspaper writes it (cached: every list prints dates)."""
    return f"{value.day} {value:%B %Y}" if value else "Undated"


def _document(meta: dict[str, Any], body: str) -> str:
    """A page: YAML front matter, written by PyYAML's safe dumper (never by string
    formatting), then the Markdown body."""
    clean = {key: value for key, value in meta.items() if value not in (None, "", [], {})}
    # No line folding (width): folding long values was half of the emitter's time.
    header = yaml.dump(clean, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1 << 30)
    return f"---\n{header}---\n\n{body}\n"


@dataclass(slots=True)
class PageCache:
    """What an earlier run rendered: each page's input digest and where its text is.

    Rendering is the generator's costliest stage, and one edited article changes the
    inputs of only a few pages; the others keep the text they had.
    """

    keys: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    docs_dir: Path | None = None
    # False when the caller only needs to know a page is unchanged on disk (the CLI).
    load_texts: bool = True

    def text(self, path: str) -> str | None:
        if path in self.texts:
            return self.texts[path]
        if self.docs_dir is None:
            return None
        try:
            return (self.docs_dir / path).read_text("utf-8")
        except OSError:
            return None


class Renderer:
    """Renders every page of the archive from one index."""

    def __init__(
        self,
        index: ArchiveIndex,
        problems: Sequence[Problem],
        settings: Settings,
        previous: PageCache | None = None,
    ):
        self.index = index
        self.previous = previous or PageCache()
        self.keys: dict[str, str] = {}
        self.unchanged: set[str] = set()  # reused pages left on disk, not in self.pages
        self.salt = (code_digest(), settings.site_url, settings.site_name)
        self.problems = problems
        self.settings = settings
        self.env = _environment()
        self.pages: dict[str, str] = {}
        self.site_url = settings.site_url.rstrip("/") + "/" if settings.site_url else ""
        self.sources = _group(index.articles, lambda a: [a.agency] if a.agency else [])
        self.tags = _group(index.articles, lambda a: a.tags)
        self.source_slugs = _slugs(self.sources)
        self.tag_slugs = _slugs(self.tags)

    def render_all(self) -> dict[str, str]:
        """Every page and file, each written once: the cost is linear in the archive."""
        for article in self.index.articles:
            self.article_page(article)
        for entity in self.index.entities.values():
            if entity.mentions or entity.quotes:
                self.entity_pages(entity)
        self.home_pages()
        self.archive_pages()
        self.entity_indexes()
        self.quote_pages()
        self.grouped_pages("sources", "Sources", self.sources, self.source_slugs)
        self.grouped_pages("tags", "Tags", self.tags, self.tag_slugs)
        self.report_page()
        self.pages.update(entity_cards(self.index.entities, self.index.page_of))
        self.pages[SITE_GRAPH_PAGE] = _document(
            {"title": "Connections", "description": "Who is mentioned with whom in the archive"},
            site_graph_page(self.index.entities),
        )
        self.pages[SITE_FEED] = self.site_feed()
        self.data_pages()
        return self.pages

    # -- helpers -----------------------------------------------------------------------

    def path_of(self, article: Article) -> str:
        return self.index.page_of(article) + ".md"

    def url_of(self, page: str) -> str:
        """The page's address (absolute when site_url is set); `page` is a docs path
        without `.md`. Pages are published with directory URLs (`use_directory_urls`)."""
        folder = page.removesuffix("index").rstrip("/")
        return self.site_url + (folder + "/" if folder else "")

    def file_url(self, path: str) -> str:
        """The address of a non-page file such as a feed."""
        return self.site_url + path

    def link(self, label: str, target: str, here: str, anchor: str = "") -> Markup:
        return md_link(label, target, here, anchor)

    def article_link(self, article: Article, here: str, anchor: str = "") -> Markup:
        return self.link(article.title, self.path_of(article), here, anchor)

    def entity_link(self, entity_id: str, here: str, label: str | None = None) -> Markup:
        entity = self.index.entities.get(entity_id)
        name = label or (entity.name if entity else entity_id)
        if entity is None:
            return Markup(escape_md(name))
        return self.link(name, f"{entity_id}.md", here)

    def reuse(self, paths: Sequence[str], *inputs: object) -> bool:
        """Record the digest of the pages' inputs; when an earlier run rendered the same
        inputs, take its text and return True. `inputs` must hold everything the pages
        show, as plain values."""
        key = hashlib.sha1(repr((self.salt, inputs)).encode("utf-8")).hexdigest()
        for path in paths:
            self.keys[path] = key
        if any(self.previous.keys.get(path) != key for path in paths):
            return False
        previous = self.previous
        if not previous.load_texts and previous.docs_dir is not None:
            if all((previous.docs_dir / path).exists() for path in paths):
                self.unchanged.update(paths)
                return True
            return False
        texts = [previous.text(path) for path in paths]
        if any(text is None for text in texts):
            return False
        self.pages.update(zip(paths, texts, strict=True))
        return True

    def article_key(self, article: Article | None) -> tuple:
        """An article as other pages show it; its digest covers text and annotations."""
        if article is None:
            return ()
        return (article.digest or id(article), article.id)

    def entity_key(self, entity_id: str | None) -> tuple:
        """An entity as links and callout titles show it (or that it has no page)."""
        entity = self.index.entities.get(entity_id or "")
        if entity is None:
            return (entity_id,)
        return (entity.id, entity.name, _earliest_role(entity))

    def write(self, path: str, template: str, meta: dict[str, Any], **context: Any) -> None:
        body = self.env.get_template(template).render(here=path, r=self, **context)
        self.pages[path] = _document(meta, body)

    def paginate(
        self, base: str, items: Sequence[Any], size: int
    ) -> Iterable[tuple[str, list[Any], Markup]]:
        """Pages `base.md`, `base/2.md`, ...; each with a pager line linking the others."""
        total = max(1, -(-len(items) // size))
        paths = [f"{base}.md"] + [f"{base}/{n}.md" for n in range(2, total + 1)]
        if base == "index" or base.endswith("/index"):
            folder = base[: -len("index")]
            paths = [f"{base}.md"] + [f"{folder}page/{n}.md" for n in range(2, total + 1)]
        for number, path in enumerate(paths, start=1):
            chunk = list(items[(number - 1) * size : number * size])
            yield path, chunk, self.pager(paths, number, path)

    def pager(self, paths: list[str], number: int, here: str) -> Markup:
        if len(paths) == 1:
            return Markup("")
        parts = []
        if number > 1:
            parts.append(self.link("← Newer", paths[number - 2], here))
        parts.append(Markup(f"Page {number} of {len(paths)}"))
        if number < len(paths):
            parts.append(self.link("Older →", paths[number], here))
        return Markup(" · ").join(parts)

    def meta_line(self, article: Article, quote_count: int = 0) -> str:
        parts = [long_date(article.date), article.place, article.agency]
        if quote_count:
            parts.append(_plural(quote_count, "quotation"))
        return " · ".join(part for part in parts if part)

    def entity_line(self, entity: EntityPage, label: str) -> str:
        parts = [label, entity.rank, _plural(len(entity.mentions), "article")]
        if entity.quotes:
            parts.append(_plural(len(entity.quotes), "quotation"))
        return " · ".join(part for part in parts if part)

    # -- articles ----------------------------------------------------------------------

    def article_page(self, article: Article) -> None:
        path = self.path_of(article)
        related = self.index.related.get(article.id, [])
        if self.reuse(
            [path],
            self.article_key(article),
            [self.article_key(other) for other in related],
            self.article_key(self.index.previous.get(article.id)),
            self.article_key(self.index.following.get(article.id)),
            [self.entity_key(entity.id) for entity in article.entities],
            [self.entity_key(quote.speaker_id) for quote in article.quotes],
            self.source_slugs.get(article.agency or ""),
            [self.tag_slugs.get(tag) for tag in article.tags],
        ):
            return
        by_type: dict[str, list[str]] = defaultdict(list)
        for entity in article.entities:
            if entity.mentions:
                by_type[ENTITY_FOLDERS[entity.type]].append(entity.id)
        speakers = sorted({q.speaker for q in article.quotes if q.speaker})
        permalink = self.url_of(self.index.page_of(article)) if self.site_url else ""
        source = web_url(article.url)
        meta = {
            "title": escape_attr(article.title),
            "description": escape_attr(article.lead or _first_paragraph(article)),
            "date": article.date.isoformat() if article.date else None,
            "place": article.place,
            "agency": article.agency,
            "source": article.path,
            "url": article.url,
            "id": article.id,
            "tags": article.tags,
            "quotes": len(article.quotes),
            "speakers": speakers,
            "entities": dict(sorted(by_type.items())),
            "og_type": "article",
            "jsonld": safe_json(self.article_jsonld(article, permalink, source)),
            "search": {"boost": 2},
            "search_filters": article_filters(article),
        }
        self.write(
            path,
            "article.md.j2",
            meta,
            article=article,
            header=self.article_header(article, path, len(article.quotes)),
            source_link=Markup(_html_link(source, _host(source), css="source-link"))
            if source
            else None,
            permalink=Markup(_html_link(permalink, permalink, rel="bookmark"))
            if self.site_url
            else self.link("this page", path, path),
            body=Markup(self.article_body(article, path)),
            grouped=self.grouped_entities(article),
            related=related,
            previous=self.index.previous.get(article.id),
            following=self.index.following.get(article.id),
            cite_text=Markup(_pre(self.citation_text(article, permalink, source))),
            cite_bibtex=Markup(_pre(self.citation_bibtex(article, permalink, source))),
        )

    def article_header(self, article: Article, here: str, quote_count: int) -> Markup:
        """Date (linked to its month), place, agency and tags, each a way into the archive."""
        parts: list[Markup] = []
        if article.date:
            parts.append(
                self.link(long_date(article.date), f"archive/{article.date:%Y/%m}.md", here)
            )
        else:
            parts.append(self.link("Undated", "archive/undated.md", here))
        if article.place:
            place = next(
                (e.id for e in article.entities if e.type == "place" and e.name == article.place),
                None,
            )
            if place and place in self.index.entities:
                parts.append(self.entity_link(place, here, article.place))
            else:
                parts.append(Markup(escape_md(article.place)))
        if article.agency:
            target = f"sources/{self.source_slugs[article.agency]}.md"
            parts.append(self.link(article.agency, target, here))
        if quote_count:
            first = article.quotes[0].id
            parts.append(self.link(_plural(quote_count, "quotation"), here, here, first))
        for tag in article.tags:
            parts.append(self.link(f"#{tag}", f"tags/{self.tag_slugs[tag]}.md", here))
        # A quotation in the headline has no callout: its anchor opens the page.
        shown = _shown_blocks(article)
        anchors = "".join(
            f'<a id="{escape_attr(quote.id)}" class="quote-anchor"></a>'
            for quote in article.quotes
            if not any(b.start <= quote.start < b.end for b in shown)
        )
        return Markup(anchors) + Markup(" · ").join(parts)

    def article_jsonld(
        self, article: Article, permalink: str, source: str | None
    ) -> dict[str, Any]:
        """schema.org NewsArticle; built as data and serialised by safe_json."""
        publisher = article.agency or self.settings.site_name
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "description": article.lead or _first_paragraph(article),
            "identifier": article.id,
        }
        if article.date:
            data["datePublished"] = article.date.isoformat()
        if permalink:
            data["url"] = permalink
            data["mainEntityOfPage"] = permalink
        if source:
            data["isBasedOn"] = source
        data["publisher"] = {"@type": "Organization", "name": publisher}
        if article.byline:
            data["author"] = {"@type": "Person", "name": article.byline}
        else:
            data["author"] = {"@type": "Organization", "name": publisher}
        if article.place:
            data["locationCreated"] = {"@type": "Place", "name": article.place}
        datelines = article.blocks_of("dateline")
        if datelines:
            data["dateline"] = article.block_text(datelines[0])
        if article.tags:
            data["keywords"] = list(article.tags)
        mentions = []
        for entity in article.entities:
            if entity.mentions and entity.id in self.index.entities:
                thing = {"@type": SCHEMA_TYPES.get(entity.type, "Thing"), "name": entity.name}
                if self.site_url:
                    thing["url"] = self.url_of(entity.id)
                mentions.append(thing)
        if mentions:
            data["mentions"] = mentions
        return data

    def citation_text(self, article: Article, permalink: str, source: str | None) -> str:
        """A plain-text reference in the usual news style: who, title, when, where."""
        parts = [f"{article.agency}." if article.agency else ""]
        parts.append(f"“{article.title}.”")
        if article.place:
            parts.append(f"{article.place},")
        parts.append(f"{long_date(article.date)}.")
        if source:
            parts.append(f"{source}.")
        if permalink:
            parts.append(f"Archived at {permalink}.")
        return " ".join(part for part in parts if part)

    def citation_bibtex(self, article: Article, permalink: str, source: str | None) -> str:
        fields: list[tuple[str, str]] = [("title", "{" + _bibtex(article.title) + "}")]
        author = article.byline or article.agency
        if author:
            fields.append(("author", "{" + _bibtex(author) + "}"))
        if article.agency:
            fields.append(("organization", _bibtex(article.agency)))
        if article.date:
            fields.append(("year", str(article.date.year)))
            fields.append(("month", f"{article.date:%b}".lower()))
            fields.append(("date", article.date.isoformat()))
        if article.place:
            fields.append(("address", _bibtex(article.place)))
        if source:
            fields.append(("url", _bibtex(source)))
        if permalink:
            fields.append(("howpublished", "\\url{" + _bibtex(permalink) + "}"))
        key = _bibtex_key(article)
        lines = [f"@misc{{{key},"]
        lines += [
            f"  {name} = {value if name in ('year', 'month') else '{' + value + '}'},"
            for name, value in fields
        ]
        lines.append("}")
        return "\n".join(lines)

    def grouped_entities(self, article: Article) -> list[tuple[str, Markup]]:
        groups = []
        for kind, (_, plural) in TYPE_LABELS.items():
            names = sorted(
                (e for e in article.entities if e.type == kind and e.mentions),
                key=lambda e: e.name.lower(),
            )
            if names:
                # An entity without a page of its own (one-off, in a large archive) is
                # shown by its name, as text.
                links = [self.entity_link(e.id, self.path_of(article), e.name) for e in names]
                groups.append((plural, Markup(", ").join(links)))
        return groups

    def article_body(self, article: Article, here: str) -> str:
        """The article's words in order: lead, dateline, headings, paragraphs, callouts."""
        links = _first_mentions_by_section(article)
        quotes_in: dict[int, list[Quote]] = defaultdict(list)
        blocks = _shown_blocks(article)
        for quote in article.quotes:
            for position, block in enumerate(blocks):
                if block.start <= quote.start < block.end:
                    quotes_in[position].append(quote)
                    break
        out: list[str] = []
        for position, block in enumerate(blocks):
            inner = self.inline(article, block, links, quotes_in.get(position, []), here)
            if block.kind == "heading":
                out.append(f"## {inner}")
            elif block.kind == "lead":
                out.append(f"{inner}\n{{ .article-lead }}")
            elif block.kind == "dateline":
                out.append(f"{inner}\n{{ .article-dateline }}")
            elif block.kind in ("byline", "caption", "also-read", "boilerplate"):
                out.append(f"{inner}\n{{ .article-{block.kind} }}")
            elif quotes_in.get(position):
                out.append(self.callout(quotes_in[position][0], inner, here))
            else:
                out.append(inner)
        return "\n\n".join(out)

    def callout(self, quote: Quote, inner: str, here: str) -> str:
        """A Material `quote` admonition titled with the speaker, linked, and their role."""
        title = "Unattributed quotation"
        entity = self.index.entities.get(quote.speaker_id or "")
        if entity is not None:
            target = relative_path(f"{entity.id}.md", posixpath.dirname(here))
            title = f"[{escape_title(entity.name)}]({target})"
            role = _earliest_role(entity)
            if role:
                title += f" · {escape_title(role)}"
        elif quote.speaker:
            title = escape_title(quote.speaker)
        body = "\n".join(f"    {line}" if line else "" for line in inner.split("\n"))
        return f'!!! quote "{title}"\n\n{body}'

    def inline(
        self,
        article: Article,
        block: Block,
        links: dict[tuple[int, int], str],
        quotes: list[Quote],
        here: str,
    ) -> str:
        """A block's text with entity links and quotation anchors spliced in at offsets."""
        marks: list[tuple[int, int, str, str]] = []  # (start, order, kind, payload)
        for quote in quotes:
            marks.append((quote.start, 0, "anchor", quote.id))
        for (start, end), entity_id in links.items():
            if block.start <= start and end <= block.end:
                marks.append((start, 1, "link", f"{end}\0{entity_id}"))
        marks.sort()
        text = article.text
        position = block.start
        parts: list[str] = []
        for start, _, kind, payload in marks:
            if start < position:
                continue
            parts.append(escape_md(text[position:start]))
            position = start
            if kind == "anchor":
                parts.append(f'<a id="{payload}" class="quote-anchor"></a>')
            else:
                end_text, entity_id = payload.split("\0")
                end = int(end_text)
                if entity_id in self.index.entities:
                    parts.append(self.entity_link(entity_id, here, text[start:end]))
                    position = end
        parts.append(escape_md(text[position : block.end]))
        return "".join(parts)

    # -- entities ----------------------------------------------------------------------

    def entity_pages(self, entity: EntityPage) -> None:
        mentions = sorted(entity.mentions, key=lambda m: _newest_key(m.article))
        quotes = sorted(entity.quotes, key=lambda q: (_newest_key(q.article), q.quote.start))
        neighbours = [
            (self.index.entities[i], n)
            for i, n in sorted(entity.neighbours.items(), key=lambda kv: (-kv[1], kv[0]))
            if i in self.index.entities
        ][:12]
        roles = sorted(entity.roles.items(), key=lambda kv: (kv[1] or "9999", kv[0]))
        pages = list(self.paginate(entity.id, mentions, ENTITY_PAGE_SIZE))
        feed = f"{entity.id}/feed.xml"
        if self.reuse(
            [path for path, _, _ in pages] + [feed],
            entity.id,
            entity.name,
            entity.type,
            entity.description,
            entity.rank,
            roles,
            sorted(entity.links.items()),
            sorted(entity.aliases.values()),
            [(self.article_key(m.article), m.sentence, m.count) for m in mentions],
            [(self.article_key(q.article), q.quote.id) for q in quotes],
            [(self.entity_key(other.id), count) for other, count in neighbours],
            sorted(entity.by_month.items()),
        ):
            return
        self.pages[feed] = self.entity_feed(entity)
        months = _timeline(entity.by_month)
        quote_months = monthly_counts(ref.article.date for ref in entity.quotes)
        mentions_chart = bar_chart(
            entity.by_month, chart_id="chart-mentions", what="Mentions by month", noun="articles"
        )
        quotes_chart = bar_chart(
            quote_months, chart_id="chart-quotations", what="Quotations by month", noun="quotations"
        )
        elsewhere = _external_links(entity.links)
        jsonld = safe_json(self.entity_jsonld(entity, [url for _, url in elsewhere]))
        for path, chunk, pager in pages:
            first = path == f"{entity.id}.md"
            self.write(
                path,
                "entity.md.j2",
                {
                    "title": escape_attr(entity.name),
                    "description": escape_attr(
                        entity.description
                        or f"{TYPE_LABELS[entity.type][0]} in the archive: "
                        f"{len(entity.mentions)} articles, {len(entity.quotes)} quotations"
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
                mentions=chunk,
                quotes=_by_article(quotes[:ENTITY_QUOTE_LIMIT]) if first else [],
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
                graph=Markup(neighbour_graph(entity, neighbours, path))
                if first and len(entity.mentions) > 1
                else "",
                first=first,
                pager=pager,
                feed=f"{entity.id}/feed.xml",
                elsewhere=Markup(", ").join(
                    Markup(_html_link(url, label)) for label, url in elsewhere
                )
                if first
                else "",
            )

    def entity_jsonld(self, entity: EntityPage, same_as: list[str]) -> dict[str, Any]:
        """schema.org Person, Organization, Place or Event for the entity's page."""
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": SCHEMA_TYPES.get(entity.type, "Thing"),
            "name": entity.name,
            "identifier": entity.id,
        }
        if entity.description:
            data["description"] = entity.description
        if self.site_url:
            data["url"] = self.url_of(entity.id)
        if entity.aliases:
            data["alternateName"] = sorted(entity.aliases)[:20]
        if entity.type == "person" and entity.roles:
            data["jobTitle"] = _earliest_role(entity)
        if same_as:
            data["sameAs"] = same_as
        return data

    def entity_indexes(self) -> None:
        by_type: dict[str, list[EntityPage]] = defaultdict(list)
        for entity in self.index.entities.values():
            if entity.mentions or entity.quotes:
                by_type[entity.type].append(entity)
        for kind, (_, plural) in TYPE_LABELS.items():
            folder = ENTITY_FOLDERS[kind]
            entities = sorted(by_type.get(kind, []), key=lambda e: (e.name.lower(), e.id))
            for path, chunk, pager in self.paginate(f"{folder}/index", entities, INDEX_PAGE_SIZE):
                grouped: dict[str, list[EntityPage]] = defaultdict(list)
                for entity in chunk:
                    grouped[_letter(entity.name)].append(entity)
                self.write(
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
                )
            if kind == "other" and not entities:
                self.pages.pop(f"{folder}/index.md", None)

    # -- lists -------------------------------------------------------------------------

    def home_pages(self) -> None:
        """The latest articles, paginated; the first page also links every index."""
        other = any(
            e.type == "other" and (e.mentions or e.quotes) for e in self.index.entities.values()
        )
        for path, chunk, pager in self.paginate("index", self.index.articles, PAGE_SIZE):
            self.write(
                path,
                "home.md.j2",
                {
                    "title": "Latest articles" if path != "index.md" else self.settings.site_name,
                    "description": "The newest articles in the archive",
                },
                articles=chunk,
                pager=pager,
                total=len(self.index.articles),
                first=path == "index.md",
                other=other,
            )

    def archive_pages(self) -> None:
        """Archive index (years and months with counts), a page per year and per month."""
        months: dict[str, list[Article]] = defaultdict(list)
        for article in self.index.articles:
            months[f"{article.date:%Y/%m}" if article.date else "undated"].append(article)
        years: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        for key, items in sorted(months.items(), reverse=True):
            label = _month_label(key)
            years[key[:4] if key != "undated" else "undated"].append((key, label, len(items)))
            for path, chunk, pager in self.paginate(f"archive/{key}", items, INDEX_PAGE_SIZE):
                self.write(
                    path,
                    "list.md.j2",
                    {"title": label, "description": f"Articles from {label}"},
                    heading=label,
                    articles=chunk,
                    pager=pager,
                    total=len(items),
                    up=("Archive", "archive/index.md")
                    if key == "undated"
                    else (key[:4], f"archive/{key[:4]}.md"),
                )
        ordered = sorted(years.items(), reverse=True)
        for year, entries in ordered:
            if year == "undated":
                continue
            self.write(
                f"archive/{year}.md",
                "archive_year.md.j2",
                {"title": year, "description": f"Articles from {year}, month by month"},
                year=year,
                months=entries,
                total=sum(count for _, _, count in entries),
            )
        self.write(
            "archive/index.md",
            "archive.md.j2",
            {"title": "Archive", "description": "Articles by year and month"},
            years=[(year, entries, sum(c for _, _, c in entries)) for year, entries in ordered],
            total=len(self.index.articles),
            chart=Markup(
                bar_chart(
                    monthly_counts(a.date for a in self.index.articles),
                    chart_id="chart-articles",
                    what="Articles by month",
                    noun="articles",
                )
            ),
        )

    def quote_pages(self) -> None:
        quotes = self.index.quotes()
        by_speaker: Counter[str] = Counter(
            ref.quote.speaker_id for ref in quotes if ref.quote.speaker_id
        )
        speakers = [
            (self.index.entities[sid], count)
            for sid, count in sorted(by_speaker.items(), key=lambda kv: (-kv[1], kv[0]))
            if sid in self.index.entities
        ]
        for path, chunk, pager in self.paginate("quotes/index", quotes, INDEX_PAGE_SIZE):
            self.write(
                path,
                "quotes.md.j2",
                {"title": "Quotes", "description": "Every quotation in the archive, newest first"},
                groups=_by_article(chunk),
                speakers=speakers[:INDEX_PAGE_SIZE] if path == "quotes/index.md" else [],
                pager=pager,
                total=len(quotes),
            )

    def grouped_pages(
        self, folder: str, title: str, groups: dict[str, list[Article]], slugs: dict[str, str]
    ) -> None:
        """An index of `groups` (agencies or tags) with counts, and a paginated page each."""
        for key, items in groups.items():
            base = f"{folder}/{slugs[key]}"
            for path, chunk, pager in self.paginate(base, items, INDEX_PAGE_SIZE):
                self.write(
                    path,
                    "list.md.j2",
                    {"title": escape_attr(key), "description": f"{title}: {escape_attr(key)}"},
                    heading=key,
                    articles=chunk,
                    pager=pager,
                    total=len(items),
                )
        rows = [(key, f"{folder}/{slugs[key]}.md", len(items)) for key, items in groups.items()]
        for path, chunk, pager in self.paginate(f"{folder}/index", rows, INDEX_PAGE_SIZE):
            self.write(
                path,
                "groups.md.j2",
                {"title": title, "description": f"Articles by {title.lower()}"},
                title=title,
                groups=chunk,
                total=len(rows),
                pager=pager,
            )

    # -- feeds and data ----------------------------------------------------------------

    def feed_item(self, article: Article) -> FeedItem:
        categories = [
            (e.id, e.name) for e in article.entities if e.mentions and e.id in self.index.entities
        ]
        return FeedItem(
            url=self.url_of(self.index.page_of(article)),
            title=article.title,
            summary=article.lead or _first_paragraph(article),
            date=article.date,
            author=article.byline or article.agency or self.settings.site_name,
            categories=categories[:20],
        )

    def site_feed(self) -> str:
        """The newest articles of the whole archive."""
        return atom_feed(
            title=self.settings.site_name,
            subtitle="The newest articles in the archive",
            self_url=self.file_url(SITE_FEED),
            page_url=self.url_of("index"),
            author=self.settings.site_name,
            items=[self.feed_item(a) for a in self.index.articles[:FEED_SIZE]],
        )

    def entity_feed(self, entity: EntityPage) -> str:
        """The newest articles that mention one entity (or quote them)."""
        newest = sorted(entity.mentions, key=lambda m: _newest_key(m.article))[:FEED_SIZE]
        return atom_feed(
            title=f"{entity.name} - {self.settings.site_name}",
            subtitle=f"The newest articles about {entity.name}",
            self_url=self.file_url(f"{entity.id}/feed.xml"),
            page_url=self.url_of(entity.id),
            author=self.settings.site_name,
            items=[self.feed_item(ref.article) for ref in newest],
        )

    def data_pages(self) -> None:
        """The annotations as files to download, and the page that explains them."""
        files = dataset_files(self.index, self.url_of)
        self.pages.update(files)
        sizes = {path: len(text.encode("utf-8")) for path, text in files.items()}
        self.write(
            f"{DATA_FOLDER}/index.md",
            "data.md.j2",
            {"title": "Data", "description": "The archive's annotations as JSON Lines and CSV"},
            files=[(path, _size(sizes[path])) for path in sorted(files)],
            articles=len(self.index.articles),
            quotes=sum(len(a.quotes) for a in self.index.articles),
            entities=sum(1 for e in self.index.entities.values() if e.mentions or e.quotes),
        )

    def report_page(self) -> None:
        self.write(
            "report.md",
            "report.md.j2",
            {"title": "Build report", "search": {"exclude": True}},
            problems=sorted(self.problems, key=lambda p: (p.path, p.line, p.message)),
            articles=len(self.index.articles),
        )


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
    for month, count in months:
        years[month[:4]] += count
    return sorted(years.items())


def _by_article(refs: Sequence[Any]) -> list[tuple[Article, list[Quote]]]:
    """Quotations grouped under their article, keeping the order given."""
    groups: list[tuple[Article, list[Quote]]] = []
    for ref in refs:
        if groups and groups[-1][0] is ref.article:
            groups[-1][1].append(ref.quote)
        else:
            groups.append((ref.article, [ref.quote]))
    return groups


def _letter(name: str) -> str:
    """The A-to-Z heading a name files under; digits and symbols file under 0-9."""
    letter = name[:1].upper()
    return letter if letter.isalpha() else "0–9"


def _letter_anchor(letter: str) -> str:
    if letter == "0–9":
        return "letter-0-9"
    return "letter-" + (letter.lower() if letter.isascii() else f"u{ord(letter):x}")


def _month_label(key: str) -> str:
    if key == "undated":
        return "Undated articles"
    return dt.date(int(key[:4]), int(key[5:]), 1).strftime("%B %Y")


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    if count < 1024 * 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count / (1024 * 1024):.1f} MB"


def _group(articles: Sequence[Article], keys_of: Any) -> dict[str, list[Article]]:
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        for key in keys_of(article):
            groups[key].append(article)
    return dict(sorted(groups.items()))


def _slugs(groups: dict[str, list[Article]]) -> dict[str, str]:
    """A stable, unique page name for each group key (agency or tag)."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    taken.update(("index", "page"))  # the group index and its pagination live beside them
    for key in sorted(groups):
        slug = slugify(key) or "item"
        while slug in taken:
            slug += "-x"
        taken.add(slug)
        slugs[key] = slug
    return slugs


def _html_link(href: str, label: str, rel: str = "", css: str = "") -> str:
    """An inline HTML link; both the address and the label are escaped as data."""
    extra = (f' rel="{rel}"' if rel else "") + (f' class="{css}"' if css else "")
    return f'<a href="{html.escape(href, quote=True)}"{extra}>{html.escape(label)}</a>'


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc.removeprefix("www.") or url


def _pre(text: str) -> str:
    """A raw HTML <pre> block: the text is escaped, so a backtick or `</pre>` in a title
    cannot end it. Blank lines are avoided because they would end the HTML block."""
    lines = [line for line in text.split("\n") if line.strip()]
    return '<pre class="cite"><code>' + html.escape("\n".join(lines)) + "</code></pre>"


_BIBTEX_SPECIAL = str.maketrans(
    {
        "\\": "\\textbackslash{}",
        "{": "\\{",
        "}": "\\}",
        "&": "\\&",
        "%": "\\%",
        "$": "\\$",
        "#": "\\#",
        "_": "\\_",
        "~": "\\textasciitilde{}",
        "^": "\\textasciicircum{}",
    }
)


def _bibtex(text: str) -> str:
    """Text as BibTeX/LaTeX shows it literally; newlines become spaces."""
    return " ".join(text.translate(_BIBTEX_SPECIAL).split())


def _bibtex_key(article: Article) -> str:
    return re.sub(r"[^A-Za-z0-9:-]+", "-", article.id).strip("-") or "article"


def _earliest_role(entity: EntityPage) -> str | None:
    dated = sorted(entity.roles.items(), key=lambda kv: (kv[1] or "9999", kv[0]))
    return dated[0][0] if dated else None


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _newest_key(article: Article) -> tuple:
    return (-(article.date.toordinal() if article.date else 0), article.id)


def _shown_blocks(article: Article) -> list[Block]:
    """The blocks the article's body shows, in order (not the title or front matter)."""
    return [b for b in article.blocks if b.kind in ("lead", "dateline", *_BODY_KINDS)]


def _first_paragraph(article: Article) -> str:
    for block in article.blocks:
        if block.kind == "paragraph":
            return article.block_text(block)[:300]
    return ""


def _first_mentions_by_section(article: Article) -> dict[tuple[int, int], str]:
    """The first mention of each entity in each section (between headings) gets a link.
    Headings and the dateline stay plain: links there read as navigation, and the
    header already links the article's place and agency."""
    plain = [b for b in article.blocks if b.kind in ("heading", "dateline")]
    headings = [b.start for b in article.blocks if b.kind == "heading"]
    chosen: dict[tuple[int, str], tuple[int, int]] = {}
    for entity in article.entities:
        for mention in entity.mentions:
            if any(b.start <= mention.start < b.end for b in plain):
                continue
            section = sum(1 for h in headings if h <= mention.start)
            key = (section, entity.id)
            if key not in chosen or mention.start < chosen[key][0]:
                chosen[key] = (mention.start, mention.end)
    spans = sorted((span, entity_id) for (_, entity_id), span in chosen.items())
    links: dict[tuple[int, int], str] = {}
    last_end = -1
    for (start, end), entity_id in spans:
        if start >= last_end:
            links[(start, end)] = entity_id
            last_end = end
    return links


@dataclass(slots=True)
class Rendered:
    pages: dict[str, str]  # path under docs/ -> text
    keys: dict[str, str]  # path -> digest of its inputs, to give back as `previous`
    unchanged: set[str]  # pages kept as they are on disk (only with load_texts=False)


def render_pages(
    index: ArchiveIndex,
    problems: Sequence[Problem],
    settings: Settings,
    previous: PageCache | None = None,
) -> Rendered:
    """Every generated page of the archive, keyed by its path under docs/."""
    renderer = Renderer(index, problems, settings, previous)
    return Rendered(renderer.render_all(), renderer.keys, renderer.unchanged)
