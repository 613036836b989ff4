"""Article pages: header, body with quotation callouts and entity links, citations.

Render never re-parses text: it walks the offsets the earlier stages recorded.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from typing import Any

from markupsafe import Markup

from generator.model import (
    ENTITY_FOLDERS,
    TYPE_LABELS,
    Article,
    Block,
    BlockKind,
    EntityType,
    Quote,
    count,
)
from generator.render.context import PageContext, earliest_role, long_date
from generator.render.markup import (
    a_link,
    escape_attr,
    escape_md,
    html_text,
    safe_json,
    web_url,
)
from generator.render.search import article_filters

_BODY_KINDS: tuple[BlockKind, ...] = (
    "paragraph",
    "heading",
    "table",
    "byline",
    "caption",
    "also-read",
    "boilerplate",
)

# schema.org's type for each entity type
SCHEMA_TYPES: dict[EntityType, str] = {
    "person": "Person",
    "organization": "Organization",
    "place": "Place",
    "event": "Event",
    "other": "Thing",
}


def article_page(ctx: PageContext, article: Article) -> None:
    path = ctx.path_of(article)
    related = ctx.index.related.get(article.id, [])
    if ctx.reuse(
        [path],
        "article",
        article=ctx.article_key(article),
        related=[ctx.article_key(other) for other in related],
        previous=ctx.article_key(ctx.index.previous.get(article.id)),
        following=ctx.article_key(ctx.index.following.get(article.id)),
        entities=[ctx.entity_key(entity.id) for entity in article.entities],
        speakers=[ctx.entity_key(quote.speaker_id) for quote in article.quotes],
        source=ctx.source_slugs.get(article.agency or ""),
        tags=[ctx.tag_slugs.get(tag) for tag in article.tags],
    ):
        return
    by_type: dict[str, list[str]] = defaultdict(list)
    for entity in article.entities:
        if entity.mentions:
            by_type[ENTITY_FOLDERS[entity.type]].append(entity.id)
    speakers = sorted({q.speaker for q in article.quotes if q.speaker})
    permalink = ctx.url_of(ctx.index.page_of(article)) if ctx.site_url else ""
    source = web_url(article.url)
    meta = {
        # The page's <title>, og:title and lists: readable case for a capitals headline;
        # the page's own heading keeps it as written.
        "title": escape_attr(ctx.headline(article)),
        "description": escape_attr(article.lead or first_paragraph(article)),
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
        "jsonld": safe_json(article_jsonld(ctx, article, permalink, source)),
        "search": {"boost": 2},
        "search_filters": article_filters(article),
    }
    ctx.write(
        path,
        "article.md.j2",
        meta,
        article=article,
        heading=article_heading(article),
        header=article_header(ctx, article, path, len(article.quotes)),
        source_link=a_link(_host(source), source, css="source-link") if source else None,
        permalink=a_link(permalink, permalink, rel="bookmark")
        if ctx.site_url
        else ctx.html_link("this page", path, path),
        body=Markup(article_body(ctx, article, path)),
        grouped=grouped_entities(ctx, article),
        related=related,
        previous=ctx.index.previous.get(article.id),
        following=ctx.index.following.get(article.id),
        cite_text=Markup(_pre(citation_text(article, permalink, source))),
        cite_bibtex=Markup(_pre(citation_bibtex(article, permalink, source))),
    )


def article_heading(article: Article) -> Markup:
    """The headline as the page's first heading; a very long one as an HTML block."""
    if len(article.title) > LONG_HEADING:
        return Markup(f"<h1>{html_text(article.title)}</h1>")
    return Markup(f"# {escape_md(article.title)}")


def article_header(ctx: PageContext, article: Article, here: str, quote_count: int) -> Markup:
    """Date (linked to its month), place, agency and tags, each a way into the archive."""
    parts: list[Markup] = []
    if article.date:
        month = f"archive/{article.date:%Y/%m}.md"
        parts.append(ctx.html_link(long_date(article.date), month, here))
    else:
        parts.append(ctx.html_link("Undated", "archive/undated.md", here))
    if article.place:
        place = next(
            (e.id for e in article.entities if e.type == "place" and e.name == article.place),
            None,
        )
        if place and place in ctx.index.entities:
            parts.append(ctx.html_entity_link(place, here, article.place))
        else:
            parts.append(Markup(html_text(article.place)))
    if article.agency:
        target = f"sources/{ctx.source_slugs[article.agency]}.md"
        parts.append(ctx.html_link(article.agency, target, here))
    if quote_count:
        first = article.quotes[0].id
        parts.append(ctx.html_link(count(quote_count, "quotation"), here, here, first))
    for tag in article.tags:
        parts.append(ctx.html_link(f"#{tag}", f"tags/{ctx.tag_slugs[tag]}.md", here))
    # A quotation in the headline has no callout: its anchor opens the page.
    shown = _shown_blocks(article)
    anchors = "".join(
        _anchor(quote.id)
        for quote in article.quotes
        if not any(b.start <= quote.start < b.end for b in shown)
    )
    return Markup(anchors) + Markup(" · ").join(parts)


def article_jsonld(
    ctx: PageContext, article: Article, permalink: str, source: str | None
) -> dict[str, Any]:
    """schema.org NewsArticle; built as data and serialised by safe_json."""
    publisher = article.agency or ctx.settings.site_name
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.lead or first_paragraph(article),
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
        if entity.mentions and entity.id in ctx.index.entities:
            thing = {"@type": SCHEMA_TYPES.get(entity.type, "Thing"), "name": entity.name}
            if ctx.site_url:
                thing["url"] = ctx.url_of(entity.id)
            mentions.append(thing)
    if mentions:
        data["mentions"] = mentions
    return data


def citation_text(article: Article, permalink: str, source: str | None) -> str:
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


def citation_bibtex(article: Article, permalink: str, source: str | None) -> str:
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


def grouped_entities(ctx: PageContext, article: Article) -> list[tuple[str, Markup]]:
    groups = []
    for kind, (_, plural) in TYPE_LABELS.items():
        names = sorted(
            (e for e in article.entities if e.type == kind and e.mentions),
            key=lambda e: e.name.lower(),
        )
        if names:
            # An entity without a page of its own (one-off, in a large archive) is
            # shown by its name, as text.
            links = [ctx.html_entity_link(e.id, ctx.path_of(article), e.name) for e in names]
            groups.append((plural, Markup(", ").join(links)))
    return groups


# Blocks shown as a paragraph of their own kind, never as a callout.
_LABELLED = ("lead", "dateline", "byline", "caption", "also-read", "boilerplate")


def article_body(ctx: PageContext, article: Article, here: str) -> str:
    """The article's words in order: lead, dateline, headings, paragraphs, callouts.

    All but the headings are HTML blocks, which Python-Markdown passes through as they
    are: the generator knows every link's address, and a block costs time linear in
    its length however many of its characters need escaping. Headings stay Markdown,
    so MkDocs anchors them and lists them in the table of contents.
    """
    links = _first_mentions_by_section(article)
    quotes_in: dict[int, list[Quote]] = defaultdict(list)
    blocks = _shown_blocks(article)
    for quote in article.quotes:
        for position, block in enumerate(blocks):
            if block.start <= quote.start < block.end:
                quotes_in[position].append(quote)
                break
    out: list[str] = []
    speaking = None  # the speaker of the callout `out` ends with
    for position, block in enumerate(blocks):
        quotes = quotes_in.get(position, [])
        set_off = block.kind not in ("heading", "table", *_LABELLED)
        full = [q for q in quotes if not q.partial] if set_off else []
        # Who speaks, and how the callout's title says they were found.
        speaker = (full[0].speaker_id or full[0].speaker, how_found(full[0])) if full else None
        if speaker and speaker[0] and speaker == speaking:
            # The same speaker's next paragraph joins their callout: one callout per
            # stretch of speech, as a newspaper sets it, not a box per paragraph. One
            # whose speaker was found another way keeps a title that says so.
            head, _ = out[-1].rsplit("</div>", 1)
            inner = inline(ctx, article, block, links, quotes, here)
            out[-1] = f"{head}<p>{inner}</p>\n</div>"
            continue
        speaking = speaker
        if block.kind == "heading":
            out.append(_heading(article, block, quotes))
        elif block.kind == "table":
            out.append(_table(article.block_text(block)))
        elif block.kind in _LABELLED:
            inner = inline(ctx, article, block, links, quotes, here)
            out.append(f'<p class="article-{block.kind}">{inner}</p>')
        elif full:
            out.append(
                callout(ctx, full[0], inline(ctx, article, block, links, quotes, here), here)
            )
        else:  # partial quotations stay marked inline in the paragraph
            out.append(f"<p>{inline(ctx, article, block, links, quotes, here)}</p>")
    return "\n\n".join(out)


# A heading longer than this is an HTML block: in Markdown, Python-Markdown's inline
# pass rebuilds the heading on every escaped character it matches (quadratic time).
LONG_HEADING = 4_000


def _heading(article: Article, block: Block, quotes: list[Quote]) -> str:
    """A subheading in Markdown (anchored, in the table of contents); a very long one
    as an HTML block."""
    as_html = block.end - block.start > LONG_HEADING
    escape = html_text if as_html else escape_md
    text, position = article.text, block.start
    parts: list[str] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.start >= position:
            parts.append(escape(text[position : quote.start]) + _anchor(quote.id))
            position = quote.start
    parts.append(escape(text[position : block.end]))
    inner = "".join(parts)
    return f"<h2>{inner}</h2>" if as_html else "## " + " ".join(inner.split("\n"))


def callout(ctx: PageContext, quote: Quote, inner: str, here: str) -> str:
    """A quotation set off as Material's `quote` admonition (the HTML `!!! quote`
    makes), titled with the speaker, linked, their role and how they were found."""
    entity = ctx.index.entities.get(quote.speaker_id or "")
    if entity is not None:
        title = ctx.html_entity_link(entity.id, here)
        role = earliest_role(entity)
        if role:
            title += Markup(" · ") + Markup(html_text(role))
    elif quote.speaker and not quote.speaker_id:  # `one dealer`: the text's own words
        title = Markup(html_text(quote.speaker))
        title += Markup(' <span class="quote-unnamed">not named in the article</span>')
    elif quote.speaker:
        title = Markup(html_text(quote.speaker))
    else:
        title = Markup("Unattributed quotation")
    found = how_found(quote)
    if found:
        title += Markup(f' <span class="quote-via">{html_text(found)}</span>')
    return (
        f'<div class="admonition quote">\n<p class="admonition-title">{title}</p>\n'
        f"<p>{inner}</p>\n</div>"
    )


# Attributions a reader cannot see beside the quotation: the callout says how the
# speaker was found, from the words the annotator read.
INFERRED = {"pronoun", "description", "continuation", "lead", "list", "interview"}


def how_found(quote: Quote) -> str:
    """`identified from "the Russian diplomat"`, `attribution corrected by the editor`,
    or "" where the speaker is named beside the quotation."""
    if quote.attribution == "editor":
        return "attribution corrected by the editor"
    via = " ".join((quote.via or "").split())
    if via == quote.speaker:
        return ""  # `a leading bank economist`: shown as the text gives it
    if quote.attribution in INFERRED and via and (quote.speaker or quote.speaker_id):
        return f"identified from “{via}”"
    return ""


def _anchor(quote_id: str) -> str:
    return f'<a id="{escape_attr(quote_id)}" class="quote-anchor"></a>'


def inline(
    ctx: PageContext,
    article: Article,
    block: Block,
    links: dict[tuple[int, int], str],
    quotes: list[Quote],
    here: str,
) -> str:
    """A block's text as HTML, entity links and quotation anchors spliced in at their
    offsets; a partial quotation is marked where it stands, its speaker as a tooltip."""
    marks: list[tuple[int, int, str, str]] = []  # (start, order, kind, payload)
    for quote in quotes:
        marks.append((quote.start, 0, "anchor", quote.id))
        if quote.partial:
            marks.append((quote.start, 1, "open", quote.id))
            marks.append((min(quote.end, block.end), -1, "close", quote.id))
    for (start, end), entity_id in links.items():
        if block.start <= start and end <= block.end:
            marks.append((start, 2, "link", f"{end}\0{entity_id}"))
    marks.sort()
    partial = {quote.id: quote for quote in quotes if quote.partial}
    opened: set[str] = set()
    text = article.text
    position = block.start
    parts: list[str] = []
    for start, _, kind, payload in marks:
        if kind == "close":  # never skipped: closes after a link that ran past it
            if payload in opened:
                parts.append(html_text(text[position : max(position, start)]) + "</span>")
                position = max(position, start)
                opened.discard(payload)
            continue
        if start < position:
            continue
        parts.append(html_text(text[position:start]))
        position = start
        if kind == "anchor":
            parts.append(_anchor(payload))
        elif kind == "open":
            said = _partial_speaker(ctx, partial[payload])
            parts.append(f'<span class="quote-partial" title="{escape_attr(said)}">')
            opened.add(payload)
        else:
            end_text, entity_id = payload.split("\0")
            end = int(end_text)
            if entity_id in ctx.index.entities:
                parts.append(ctx.html_entity_link(entity_id, here, text[start:end]))
                position = end
    parts.append(html_text(text[position : block.end]))
    parts.extend("</span>" for _ in opened)
    return "".join(parts)


def _partial_speaker(ctx: PageContext, quote: Quote) -> str:
    """The tooltip of a partial quotation: who said it, as the callouts name speakers."""
    entity = ctx.index.entities.get(quote.speaker_id or "")
    name = entity.name if entity is not None else quote.speaker
    return f"Quoting {name}" if name else "Quotation"


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc.removeprefix("www.") or url


def _table(text: str) -> str:
    """A wire table (results, standings, prices) verbatim, in a raw HTML <pre> block: the
    text is escaped, so nothing in it becomes markup; rows a blank line apart in the source
    are shown line under line (a blank line would end the HTML block)."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    return '<pre class="article-table"><code>' + html.escape("\n".join(lines)) + "</code></pre>"


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


def _shown_blocks(article: Article) -> list[Block]:
    """The blocks the article's body shows, in order (not the title or front matter)."""
    return [b for b in article.blocks if b.kind in ("lead", "dateline", *_BODY_KINDS)]


def first_paragraph(article: Article) -> str:
    for block in article.blocks:
        if block.kind == "paragraph":
            return article.block_text(block)[:300]
    return ""


def _first_mentions_by_section(article: Article) -> dict[tuple[int, int], str]:
    """The first mention of each entity in each section (between headings) gets a link.
    Headings and the dateline stay plain: links there read as navigation, and the
    header already links the article's place and agency."""
    plain = [b for b in article.blocks if b.kind in ("heading", "dateline", "table")]
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
