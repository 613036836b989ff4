"""What every page family renders with: templates, links, the page cache, pagination.

Every value a template prints is escaped for Markdown unless it is `Markup` built
here, so article text cannot become markup by accident. `reuse` keeps a page's text
while the digest of its inputs is unchanged.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from markupsafe import Markup
from slugify import slugify

from generator.buildstate import fingerprint
from generator.index import ArchiveIndex, EntityPage
from generator.model import Article, Problem, Quote, count
from generator.render.markup import (
    a_link,
    escape_md,
    file_href,
    html_text,
    md_link,
    page_href,
    page_url,
)
from generator.render.teasers import (
    archive_acronyms,
    readable_headline,
    running_text,
    teaser,
    without_dateline,
)
from generator.settings import Settings, code_digest

INDEX_PAGE_SIZE = 200

PageFamily = Literal["article", "entity", "entity feed", "list", "file"]
# What each page family shows besides the settings and the code (which every key
# holds): a page's key is the fingerprint of these inputs, named in this order, and
# `PageContext.reuse` refuses a call that names any other. An input missing here is a
# page kept while what it shows has changed; tests/test_render_keys.py changes each
# input of an archive and checks that no page keeps its key and changes its text.
PAGE_INPUTS: dict[PageFamily, tuple[str, ...]] = {
    # An article by `article_key` (its digest covers its text and annotations), its
    # neighbours by theirs, the entities it links by `entity_key`.
    "article": (
        "article",
        "related",
        "previous",
        "following",
        "entities",
        "speakers",
        "source",
        "tags",
    ),
    "entity": (
        "entity",
        "name",
        "type",
        "description",
        "rank",
        "roles",
        "links",
        "aliases",
        "mentions",
        "quotations",
        "neighbours",
        "months",
    ),
    # Its entries: each article's key, address and the entities it is filed under.
    "entity feed": ("entity", "name", "entries"),
    # Home, archive, quotation, source, tag and data pages: everything the template is
    # given, as plain values (lists._inputs).
    "list": ("template", "meta", "context"),
    # Made whole every run (entity cards, data downloads, the graph, the site feed).
    "file": ("text",),
}


# libyaml's emitter when PyYAML has it: the same YAML, several times faster.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return escape_md(value)


@functools.lru_cache(maxsize=4)
def _environment(bytecode_dir: Path | None = None) -> Environment:
    """The templates, compiled once per process, and with a cache folder, once per
    version: Jinja's compiler would otherwise be a tenth of a second of every rebuild."""
    env = Environment(
        loader=PackageLoader("generator.render", "templates"),
        bytecode_cache=FileSystemBytecodeCache(str(bytecode_dir)) if bytecode_dir else None,
        finalize=_finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["long_date"] = long_date
    env.filters["without_dateline"] = without_dateline  # `KUWAIT, March 1 -` off a sentence
    env.filters["text"] = lambda text: Markup(html_text(str(text)))  # inside HTML blocks
    return env


def _template_cache(cache_dir: Path | None) -> Path | None:
    """Beside the annotation cache (`.cache/generator-templates`), not in it: that folder
    holds only annotation records."""
    if cache_dir is None:
        return None
    folder = cache_dir.with_name(cache_dir.name + "-templates")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


@functools.lru_cache(maxsize=4096)
def long_date(value: dt.date | None) -> str:
    """`6 April 2017`, the way a newspaper writes it (cached: every list prints dates)."""
    return f"{value.day} {value:%B %Y}" if value else "Undated"


def page_document(meta: dict[str, Any], body: str) -> str:
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


LONG_LABEL = 300  # characters of a headline shown in a link to its article


class PageContext:
    """What every page family renders with: the index, templates, links, the page
    cache, pagination; pages are collected in `pages`."""

    def __init__(
        self,
        index: ArchiveIndex,
        problems: Sequence[Problem],
        settings: Settings,
        previous: PageCache | None = None,
        acronyms: frozenset[str] | None = None,
    ):
        self.index = index
        self.previous = previous or PageCache()
        self.keys: dict[str, str] = {}
        self.unchanged: set[str] = set()  # reused pages left on disk, not in self.pages
        self.salt = fingerprint(code_digest(), settings.page_inputs())
        self._headlines: dict[str, str] = {}
        self._acronyms = acronyms  # worked out over the archive when first needed
        self._repeats: dict[str, frozenset[str]] = {}
        self._teasers: dict[str, str] = {}
        self.feed_items: dict[str, Any] = {}  # article id -> its Atom entry (feeds.py)
        self._entity_keys: dict[str | None, tuple] = {}
        self.problems = problems
        self.settings = settings
        self.env = _environment(_template_cache(settings.cache_dir))
        self.pages: dict[str, str] = {}
        self.site_url = settings.site_url.rstrip("/") + "/" if settings.site_url else ""
        self.sources = _group(index.articles, lambda a: [a.agency] if a.agency else [])
        self.tags = _group(index.articles, lambda a: a.tags)
        self.source_slugs = _slugs(self.sources)
        self.tag_slugs = _slugs(self.tags)

    def memos(self) -> tuple:
        """What was worked out once per article or entity, to hand to another context
        over the same index (`take_memos`)."""
        return self._headlines, self._repeats, self._teasers, self.feed_items, self._entity_keys

    def take_memos(self, memos: tuple) -> None:
        for mine, theirs in zip(self.memos(), memos, strict=True):
            mine.update(theirs)

    def path_of(self, article: Article) -> str:
        return self.index.page_of(article) + ".md"

    def url_of(self, page: str) -> str:
        """The page's address (absolute when site_url is set), as MkDocs publishes it
        (`use_directory_urls`); `page` is a docs path without `.md`."""
        return self.site_url + page_url(f"{page}.md", self.settings.use_directory_urls)

    def file_url(self, path: str) -> str:
        """The address of a non-page file such as a feed."""
        return self.site_url + path

    def link(self, label: str, target: str, here: str, anchor: str = "") -> Markup:
        return md_link(label, target, here, anchor)

    def article_link(self, article: Article, here: str, anchor: str = "") -> Markup:
        return self.link(self._link_title(article), self.path_of(article), here, anchor)

    def _link_title(self, article: Article) -> str:
        # A headline of thousands of characters is shortened where other pages link
        # it: escaped, each bracket is a Markdown match, and matches cost quadratic time.
        title = self.headline(article)
        return title[:LONG_LABEL].rstrip() + "…" if len(title) > LONG_LABEL else title

    def headline(self, article: Article) -> str:
        """The headline as lists, page titles and feeds show it (readable_headlines)."""
        if not self.settings.readable_headlines:
            return article.title
        shown = self._headlines.get(article.id)
        if shown is None:
            shown = readable_headline(article.title, running_text(article), self.acronyms())
            self._headlines[article.id] = shown
        return shown

    def acronyms(self) -> frozenset[str]:
        """The archive's acronyms (`archive_acronyms`): one headline reads one way in
        every list, and `USDA` stays `USDA` where its own story spells the name out."""
        if self._acronyms is None:
            self._acronyms = archive_acronyms(running_text(a) for a in self.index.articles)
        return self._acronyms

    def known_acronyms(self) -> frozenset[str] | None:
        """The acronyms if this context has worked them out, for a later page of the
        same archive (the preview's edit shown first) to reuse."""
        return self._acronyms

    def distinct_quotes(self, refs: Iterable[Any]) -> list[Any]:
        """The quotation refs without repeats: a quotation an article gives twice (in the
        lead and again in the body) is one quotation on the Quotes and speaker pages."""
        return [ref for ref in refs if ref.quote.id not in self._repeats_in(ref.article)]

    def _repeats_in(self, article: Article) -> frozenset[str]:
        found = self._repeats.get(article.id)
        if found is None:
            found = self._repeats[article.id] = frozenset(q.id for q in article.quotes if q.same_as)
        return found

    def teaser(self, article: Article) -> str:
        """The lead, else the body's opening sentences (see teasers.py); worked out once
        per article, however many lists show it."""
        shown = self._teasers.get(article.id)
        if shown is None:
            shown = self._teasers[article.id] = teaser(article)
        return shown

    def entity_link(self, entity_id: str, here: str, label: str | None = None) -> Markup:
        """A link to the entity's page; its name as text when it has none."""
        name, has_page = self._entity_name(entity_id, label)
        return self.link(name, f"{entity_id}.md", here) if has_page else Markup(escape_md(name))

    def _entity_name(self, entity_id: str, label: str | None) -> tuple[str, bool]:
        entity = self.index.entities.get(entity_id)
        return label or (entity.name if entity else entity_id), entity is not None

    def reuse(self, paths: Sequence[str], family: PageFamily, **inputs: object) -> bool:
        """Record the fingerprint of the pages' inputs, named as `PAGE_INPUTS` declares
        for their family; when an earlier run rendered the same inputs, take its text and
        return True."""
        declared = PAGE_INPUTS[family]
        if inputs.keys() != set(declared):
            raise TypeError(f"{family} pages show {', '.join(declared)}; given {', '.join(inputs)}")
        values = [inputs[name] for name in declared]
        # The inputs as one part (one JSON encoding, a few microseconds a page), a lone
        # input as itself: a data download's megabytes are hashed, not copied into JSON.
        key = fingerprint(self.salt, family, *(values if len(values) == 1 else [values]))
        return self._reuse_by_key(paths, key)

    def _reuse_by_key(self, paths: Sequence[str], key: str) -> bool:
        for path in paths:
            self.keys[path] = key
        if any(self.previous.keys.get(path) != key for path in paths):
            return False
        previous = self.previous
        if not previous.load_texts and previous.docs_dir is not None:
            folder = os.fspath(previous.docs_dir)
            if all(os.path.exists(os.path.join(folder, path)) for path in paths):
                self.unchanged.update(paths)
                return True
            return False
        texts = [previous.text(path) for path in paths]
        found = [text for text in texts if text is not None]
        if len(found) < len(texts):
            return False
        self.pages.update(zip(paths, found, strict=True))
        return True

    def add_files(self, files: dict[str, str]) -> None:
        """Pages and files made whole every run (cheap to make, like entity cards and
        the data downloads): one whose text is unchanged is known by the digest of its
        text, so it is neither read back to compare nor written again."""
        for path, text in files.items():
            if not self.reuse([path], "file", text=text):
                self.pages[path] = text

    def article_key(self, article: Article | None) -> tuple:
        """An article as other pages show it; its digest covers text and annotations."""
        if article is None:
            return ()
        # The headline as lists show it depends on the archive's acronyms too.
        return (article.digest or id(article), article.id, self.headline(article))

    def entity_key(self, entity_id: str | None) -> tuple:
        """An entity as links and callout titles show it (or that it has no page); worked
        out once per entity, however many pages' keys name it."""
        found = self._entity_keys.get(entity_id)
        if found is None:
            entity = self.index.entities.get(entity_id or "")
            if entity is None:
                found = (entity_id,)
            else:
                found = (entity.id, entity.name, earliest_role(entity))
            self._entity_keys[entity_id] = found
        return found

    def write(self, path: str, template: str, meta: dict[str, Any], **context: Any) -> None:
        body = self.env.get_template(template).render(here=path, r=self, **context)
        self.pages[path] = page_document(meta, body)

    def paginate(
        self,
        base: str,
        items: Sequence[Any],
        size: int,
        newest_first: bool = True,
        as_html: bool = False,
    ) -> Iterable[tuple[str, list[Any], Markup]]:
        """Pages `base.md`, `base/2.md`, ...; each with a pager line linking the others
        ("Newer"/"Older" for lists by date, "Previous"/"Next" for A-Z lists), in
        Markdown or, for pages written as HTML blocks, as an HTML paragraph."""
        total = max(1, -(-len(items) // size))
        paths = [f"{base}.md"] + [f"{base}/{n}.md" for n in range(2, total + 1)]
        if base == "index" or base.endswith("/index"):
            folder = base[: -len("index")]
            paths = [f"{base}.md"] + [f"{folder}page/{n}.md" for n in range(2, total + 1)]
        for number, path in enumerate(paths, start=1):
            chunk = list(items[(number - 1) * size : number * size])
            yield path, chunk, self.pager(paths, number, path, newest_first, as_html)

    def pager(
        self,
        paths: list[str],
        number: int,
        here: str,
        by_date: bool = True,
        as_html: bool = False,
    ) -> Markup:
        if len(paths) == 1:
            return Markup("")
        back, forward = ("← Newer", "Older →") if by_date else ("← Previous", "Next →")
        link = self.html_link if as_html else self.link
        parts = []
        if number > 1:
            parts.append(link(back, paths[number - 2], here))
        parts.append(Markup(f"Page {number} of {len(paths)}"))
        if number < len(paths):
            parts.append(link(forward, paths[number], here))
        line = Markup(" · ").join(parts)
        return Markup("<p>") + line + Markup("</p>") if as_html else line

    def meta_line(self, article: Article, quote_count: int = 0) -> str:
        parts = [long_date(article.date), article.place, article.agency]
        if quote_count:
            parts.append(count(quote_count, "quotation"))
        return " · ".join(part for part in parts if part)

    # Links inside the HTML blocks of article and entity pages, which MkDocs passes
    # through as written: the generator writes the URL MkDocs would have made.
    def href(self, target: str, here: str, anchor: str = "") -> str:
        return page_href(target, here, self.settings.use_directory_urls, anchor)

    def html_link(self, label: str, target: str, here: str, anchor: str = "") -> Markup:
        return a_link(label, self.href(target, here, anchor))

    def file_href(self, target: str, here: str) -> str:
        return file_href(target, here, self.settings.use_directory_urls)

    def html_article_link(self, article: Article, here: str, anchor: str = "") -> Markup:
        return self.html_link(self._link_title(article), self.path_of(article), here, anchor)

    def html_entity_link(self, entity_id: str, here: str, label: str | None = None) -> Markup:
        name, has_page = self._entity_name(entity_id, label)
        if not has_page:
            return Markup(html_text(name))
        return self.html_link(name, f"{entity_id}.md", here)

    def entity_line(self, entity: EntityPage, label: str) -> str:
        parts = [label, entity.rank, count(len(entity.mentions), "article")]
        quotes = len(self.distinct_quotes(entity.quotes))
        if quotes:
            parts.append(count(quotes, "quotation"))
        return " · ".join(part for part in parts if part)


def quotes_by_article(refs: Sequence[Any]) -> list[tuple[Article, list[Quote]]]:
    """Quotations grouped under their article, keeping the order given."""
    groups: list[tuple[Article, list[Quote]]] = []
    for ref in refs:
        if groups and groups[-1][0] is ref.article:
            groups[-1][1].append(ref.quote)
        else:
            groups.append((ref.article, [ref.quote]))
    return groups


def size_label(count: int) -> str:
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


def earliest_role(entity: EntityPage) -> str | None:
    dated = sorted(entity.roles.items(), key=lambda kv: (kv[1] or "9999", kv[0]))
    return dated[0][0] if dated else None


def newest_first(article: Article) -> tuple:
    return (-(article.date.toordinal() if article.date else 0), article.id)
