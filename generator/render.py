"""Stage 4, render: Jinja2 templates -> Markdown pages with YAML front matter.

Entry point: `render_pages(index, problems, settings)`, returning {docs path: text}.
Render never re-parses text: it walks the offsets the earlier stages recorded.
Every value a template prints is escaped for Markdown unless it is `Markup` built
here, so article text cannot become markup by accident.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import frontmatter
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from slugify import slugify

from .index import ArchiveIndex, EntityPage
from .markup import escape_attr, escape_md, escape_title, md_link
from .model import ENTITY_FOLDERS, Article, Block, Problem, Quote

if TYPE_CHECKING:
    from .pipeline import Settings

PAGE_SIZE = 25
ENTITY_PAGE_SIZE = 50
INDEX_PAGE_SIZE = 200
TYPE_LABELS = {
    "person": ("Person", "People"),
    "organization": ("Organization", "Organizations"),
    "place": ("Place", "Places"),
    "event": ("Event", "Events"),
    "other": ("Other", "Other"),
}
_BODY_KINDS = ("paragraph", "heading", "byline", "caption", "also-read", "boilerplate")


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return escape_md(value)


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("generator", "templates"),
        finalize=_finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["long_date"] = long_date
    env.filters["title_attr"] = lambda text: Markup(escape_title(str(text)))
    return env


def long_date(value: dt.date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "Undated"


def _document(meta: dict[str, Any], body: str) -> str:
    """A page: YAML front matter (through python-frontmatter and PyYAML) and body."""
    clean = {key: value for key, value in meta.items() if value not in (None, "", [], {})}
    return frontmatter.dumps(frontmatter.Post(body, **clean), sort_keys=False) + "\n"


class Renderer:
    """Renders every page of the archive from one index."""

    def __init__(self, index: ArchiveIndex, problems: Sequence[Problem], settings: Settings):
        self.index = index
        self.problems = problems
        self.settings = settings
        self.env = _environment()
        self.pages: dict[str, str] = {}

    def render_all(self) -> dict[str, str]:
        for article in self.index.articles:
            self.article_page(article)
        for entity in self.index.entities.values():
            if entity.mentions or entity.quotes:
                self.entity_pages(entity)
        self.home_pages()
        self.archive_pages()
        self.entity_indexes()
        self.quote_pages()
        self.grouped_pages("sources", "Sources", lambda a: [a.agency] if a.agency else [])
        self.grouped_pages("tags", "Tags", lambda a: a.tags)
        self.report_page()
        return self.pages

    # -- helpers -----------------------------------------------------------------------

    def path_of(self, article: Article) -> str:
        return self.index.page_of(article) + ".md"

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

    def write(self, path: str, template: str, meta: dict[str, Any], **context: Any) -> None:
        body = self.env.get_template(template).render(here=path, r=self, **context)
        self.pages[path] = _document(meta, body)

    def paginate(
        self, base: str, items: Sequence[Any], size: int
    ) -> Iterable[tuple[str, list[Any], Markup]]:
        """Pages `base.md`, `base/2.md`, ...; each with a pager line linking the others."""
        total = max(1, -(-len(items) // size))
        paths = [f"{base}.md"] + [f"{base}/{n}.md" for n in range(2, total + 1)]
        if base.endswith("/index"):
            folder = base[: -len("/index")]
            paths = [f"{base}.md"] + [f"{folder}/page/{n}.md" for n in range(2, total + 1)]
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
        by_type: dict[str, list[str]] = defaultdict(list)
        for entity in article.entities:
            if entity.mentions:
                by_type[ENTITY_FOLDERS[entity.type]].append(entity.id)
        speakers = sorted({q.speaker for q in article.quotes if q.speaker})
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
            "search": {"boost": 2},
        }
        self.write(
            path,
            "article.md.j2",
            meta,
            article=article,
            body=Markup(self.article_body(article, path)),
            grouped=self.grouped_entities(article),
            related=self.index.related.get(article.id, []),
            previous=self.index.previous.get(article.id),
            following=self.index.following.get(article.id),
            quote_count=len(article.quotes),
        )

    def grouped_entities(self, article: Article) -> list[tuple[str, list[Markup]]]:
        groups = []
        for kind, (_, plural) in TYPE_LABELS.items():
            names = sorted(
                (e for e in article.entities if e.type == kind and e.mentions),
                key=lambda e: e.name.lower(),
            )
            if names:
                groups.append(
                    (plural, [self.entity_link(e.id, self.path_of(article)) for e in names])
                )
        return groups

    def article_body(self, article: Article, here: str) -> str:
        """The article's words in order: lead, dateline, headings, paragraphs, callouts."""
        links = _first_mentions_by_section(article)
        quotes_in: dict[int, list[Quote]] = defaultdict(list)
        blocks = [b for b in article.blocks if b.kind in ("lead", "dateline", *_BODY_KINDS)]
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
            target = posixpath.relpath(f"{entity.id}.md", posixpath.dirname(here))
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
        for path, chunk, pager in self.paginate(entity.id, mentions, ENTITY_PAGE_SIZE):
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
                },
                entity=entity,
                label=TYPE_LABELS[entity.type][0],
                roles=roles,
                mentions=chunk,
                quotes=quotes[:100] if first else [],
                neighbours=neighbours if first else [],
                months=sorted(entity.by_month.items()) if first else [],
                first=first,
                pager=pager,
            )

    def entity_indexes(self) -> None:
        by_type: dict[str, list[EntityPage]] = defaultdict(list)
        for entity in self.index.entities.values():
            if entity.mentions or entity.quotes:
                by_type[entity.type].append(entity)
        for kind, (_, plural) in TYPE_LABELS.items():
            folder = ENTITY_FOLDERS[kind]
            entities = sorted(by_type.get(kind, []), key=lambda e: (e.name.lower(), e.id))
            letters: dict[str, list[EntityPage]] = defaultdict(list)
            for entity in entities:
                letter = entity.name[:1].upper()
                letters[letter if letter.isalpha() else "#"].append(entity)
            for path, chunk, pager in self.paginate(f"{folder}/index", entities, INDEX_PAGE_SIZE):
                grouped: dict[str, list[EntityPage]] = defaultdict(list)
                for entity in chunk:
                    letter = entity.name[:1].upper()
                    grouped[letter if letter.isalpha() else "#"].append(entity)
                self.write(
                    path,
                    "entity_index.md.j2",
                    {"title": plural, "description": f"{plural} in the archive, A to Z"},
                    plural=plural,
                    grouped=sorted(grouped.items()),
                    total=len(entities),
                    pager=pager,
                )
            if kind == "other" and not entities:
                self.pages.pop(f"{folder}/index.md", None)

    # -- lists -------------------------------------------------------------------------

    def home_pages(self) -> None:
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
            )

    def archive_pages(self) -> None:
        months: dict[str, list[Article]] = defaultdict(list)
        for article in self.index.articles:
            months[f"{article.date:%Y/%m}" if article.date else "undated"].append(article)
        years: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for key, items in sorted(months.items(), reverse=True):
            years[key[:4] if key != "undated" else "undated"].append((key, len(items)))
            label = (
                dt.date(int(key[:4]), int(key[5:]), 1).strftime("%B %Y")
                if key != "undated"
                else "Undated articles"
            )
            for path, chunk, pager in self.paginate(f"archive/{key}", items, INDEX_PAGE_SIZE):
                self.write(
                    path,
                    "list.md.j2",
                    {"title": label, "description": f"Articles from {label}"},
                    heading=label,
                    articles=chunk,
                    pager=pager,
                    total=len(items),
                )
        self.write(
            "archive/index.md",
            "archive.md.j2",
            {"title": "Archive", "description": "Articles by year and month"},
            years=sorted(years.items(), reverse=True),
            total=len(self.index.articles),
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
                quotes=chunk,
                speakers=speakers[:INDEX_PAGE_SIZE] if path == "quotes/index.md" else [],
                pager=pager,
                total=len(quotes),
            )

    def grouped_pages(self, folder: str, title: str, keys_of: Any) -> None:
        groups: dict[str, list[Article]] = defaultdict(list)
        for article in self.index.articles:
            for key in keys_of(article):
                groups[key].append(article)
        slugs = {}
        for key in sorted(groups):
            slug = slugify(key) or "item"
            while slug in slugs.values():
                slug += "-x"
            slugs[key] = slug
            for path, chunk, pager in self.paginate(
                f"{folder}/{slug}", groups[key], INDEX_PAGE_SIZE
            ):
                self.write(
                    path,
                    "list.md.j2",
                    {"title": escape_attr(key), "description": f"{title}: {escape_attr(key)}"},
                    heading=key,
                    articles=chunk,
                    pager=pager,
                    total=len(groups[key]),
                )
        self.write(
            f"{folder}/index.md",
            "groups.md.j2",
            {"title": title, "description": f"Articles by {title.lower()}"},
            title=title,
            groups=[(key, f"{folder}/{slugs[key]}.md", len(groups[key])) for key in sorted(groups)],
        )

    def report_page(self) -> None:
        self.write(
            "report.md",
            "report.md.j2",
            {"title": "Build report", "search": {"exclude": True}},
            problems=sorted(self.problems, key=lambda p: (p.path, p.line, p.message)),
            articles=len(self.index.articles),
        )


def _earliest_role(entity: EntityPage) -> str | None:
    dated = sorted(entity.roles.items(), key=lambda kv: (kv[1] or "9999", kv[0]))
    return dated[0][0] if dated else None


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _newest_key(article: Article) -> tuple:
    return (-(article.date.toordinal() if article.date else 0), article.id)


def _first_paragraph(article: Article) -> str:
    for block in article.blocks:
        if block.kind == "paragraph":
            return article.block_text(block)[:300]
    return ""


def _first_mentions_by_section(article: Article) -> dict[tuple[int, int], str]:
    """The first mention of each entity in each section (between headings) gets a link."""
    headings = [b.start for b in article.blocks if b.kind == "heading"]
    chosen: dict[tuple[int, str], tuple[int, int]] = {}
    for entity in article.entities:
        for mention in entity.mentions:
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


def render_pages(
    index: ArchiveIndex, problems: Sequence[Problem], settings: Settings
) -> dict[str, str]:
    """Every generated page of the archive, keyed by its path under docs/."""
    return Renderer(index, problems, settings).render_all()
