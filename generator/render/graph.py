"""Who appears with whom: entity graphs as static SVG with real links.

Two views, both bounded whatever the archive's size: on an entity's page, the
NEIGHBOUR_LIMIT entities most often mentioned with it, placed around it (radial
layout); and a site-wide page of the SITE_LIMIT most connected entities (people and
organizations first) in columns by type, one name to a row so that labels never
collide, joined by at most SITE_EDGE_LIMIT lines. Layouts are pure arithmetic on sorted input,
so the output is byte-identical across runs. Each node is an SVG <a> (focusable with
the keyboard); the Markdown list beside each graph carries the same links for screen
readers and for reading without pictures.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from markupsafe import Markup

from generator.index import EntityPage
from generator.model import TYPE_LABELS, count
from generator.render.charts import svg_text
from generator.render.markup import escape_md, md_link, page_href

NEIGHBOUR_LIMIT = 12
SITE_LIMIT = 32
SITE_EDGE_LIMIT = 160
SITE_GRAPH_PAGE = "connections.md"
_LABEL_CHARS = 22  # a label fits the space to the next column of the site graph


def _legend(types: set[str]) -> str:
    """What the node colours mean, for the types shown."""
    keys = "".join(
        f'<span class="graph-key graph-key--{kind}">{label}</span>'
        for kind, (label, _) in TYPE_LABELS.items()
        if kind in types
    )
    return f'<figcaption class="graph-legend">{keys}</figcaption>'


_LABEL_WIDTH = 165  # px at 12px type: the room between a node and the next column


def _char_width(char: str) -> float:
    """About how wide a character of a 12px sans-serif label is, in px."""
    if char in "WMmw@%":
        return 11.0
    if char.isupper() or char.isdigit():
        return 8.0
    if char in " .,:;'’!|ilj()[]/-":
        return 3.5
    return 6.5


def _fitted(name: str, width: float = _LABEL_WIDTH) -> str:
    """`name`, cut with `…` where it would run past `width`."""
    used = 0.0
    for position, char in enumerate(name):
        used += _char_width(char)
        if used > width:
            return name[:position].rstrip() + "…"
    return name


def _wrapped(name: str, width: float = _LABEL_WIDTH, most: int = 2) -> list[str]:
    """`name` in lines of at most `width` (so no label of the site graph reaches the
    next column), broken between words: "Securities and Exchange / Commission". Only a
    name longer than `most` lines is cut, with `…`."""
    lines: list[str] = []
    for word in name.split():
        if lines and _text_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > most:
        lines = [*lines[: most - 1], _fitted(" ".join(lines[most - 1 :]) + " …", width)]
    return [_fitted(line, width) for line in lines]


def _text_width(text: str) -> float:
    return sum(_char_width(char) for char in text)


def _short(name: str) -> str:
    return name if len(name) <= _LABEL_CHARS else name[: _LABEL_CHARS - 1].rstrip() + "…"


def _node(
    entity: EntityPage,
    here: str,
    directory_urls: bool,
    x: float,
    y: float,
    radius: float,
    name: str,
    label: str,
) -> str:
    """One linked node: circle and label; `name` (the full name and its count) is the
    link's accessible name. Few elements on purpose: every tag costs Markdown time in
    every build. The link is `xlink:href`: Material's instant navigation rewrites every
    `[href]` of a new page by assignment, which throws on an SVG link and stops the page
    from loading; previews.js hands clicks on these links to instant navigation."""
    # Raw HTML, which MkDocs does not rewrite: the address MkDocs gives the page.
    href = svg_text(page_href(f"{entity.id}.md", here, directory_urls))
    return (
        f'<a class="graph-node graph-node--{entity.type}" xlink:href="{href}"'
        f' aria-label="{svg_text(name)}">'
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}"/>{label}</a>'
    )


def _edges(lines: Sequence[tuple[str, float, float, float, float]], css: str) -> list[str]:
    """Lines as one <path> per stroke style (`style` attributes text), not one element
    per line: the same picture in far fewer tags."""
    grouped: dict[str, list[str]] = {}
    for style, x1, y1, x2, y2 in lines:
        grouped.setdefault(style, []).append(f"M{x1:.1f} {y1:.1f}L{x2:.1f} {y2:.1f}")
    return [
        f'<path class="{css}" {style} d="{"".join(segments)}"/>'
        for style, segments in sorted(grouped.items())
    ]


def neighbour_graph(
    center: EntityPage,
    neighbours: Sequence[tuple[EntityPage, int]],
    here: str,
    directory_urls: bool = True,
) -> str:
    """The entity in the middle, the entities mentioned with it around it; node size and
    line width grow with the number of articles naming both. "" without neighbours."""
    shown = list(neighbours[:NEIGHBOUR_LIMIT])
    if not shown:
        return ""
    width, height = 640, 400
    cx, cy, ring = width / 2, height / 2, 140.0
    strongest = max(count for _, count in shown) or 1
    title = f"Often mentioned with {center.name}"
    summary = ", ".join(f"{other.name} ({count})" for other, count in shown)
    parts = [
        '<figure class="connected-graph" data-pagefind-ignore>',
        f'<svg class="graph" viewBox="0 0 {width} {height}" role="group"'
        ' aria-labelledby="graph-neighbours-title">',
        f'<title id="graph-neighbours-title">{svg_text(title)}: {svg_text(summary)}</title>',
    ]
    placed = []
    lines = []
    for position, (other, shared) in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * position / len(shown)
        x, y = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
        share = shared / strongest
        placed.append((other, shared, angle, x, y, 5 + 11 * math.sqrt(share)))
        lines.append((f'stroke-width="{1 + 4 * share:.0f}"', cx, cy, x, y))
    parts += _edges(lines, "graph-edge")
    parts.append(
        f'<g class="graph-node graph-node--{center.type} graph-center">'
        f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="18"/>'
        f'<text x="{cx:.1f}" y="{cy + 34:.1f}" text-anchor="middle">'
        f"{svg_text(_short(center.name))}</text></g>"
    )
    for other, shared, angle, x, y, radius in placed:
        cosine = math.cos(angle)
        anchor = "start" if cosine > 0.3 else "end" if cosine < -0.3 else "middle"
        offset = radius + 6
        lx = x + (offset if anchor == "start" else -offset if anchor == "end" else 0)
        ly = y + (4 if anchor != "middle" else (-offset if math.sin(angle) < 0 else offset + 10))
        label = (
            f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">'
            f"{svg_text(_short(other.name))}</text>"
        )
        name = f"{other.name}: mentioned with {center.name} in {count(shared, 'article')}"
        parts.append(_node(other, here, directory_urls, x, y, radius, name, label))
    parts.append("</svg>")
    parts.append(_legend({center.type} | {other.type for other, _ in shown}) + "</figure>")
    return "\n".join(parts)


def connections(entity: EntityPage, entities: Mapping[str, EntityPage]) -> list[tuple[str, int]]:
    """(entity id, articles in common) for the neighbours that have pages, strongest first."""
    return sorted(
        ((other, n) for other, n in entity.neighbours.items() if other in entities),
        key=lambda item: (-item[1], item[0]),
    )


# The site graph shows people and organizations first: places are mentioned with
# everything (a dateline names one in every article) and would fill the picture.
SITE_TYPE_ORDER = ("person", "organization", "event", "other", "place")
SITE_TYPE_QUOTA = {"person": 12, "organization": 12, "event": 4, "other": 4, "place": 4}
SITE_ROWS = 16  # nodes per column; a type with more continues in the next column
# A row holds a label of two lines (_LINE_HEIGHT apart) with room between rows.
_COLUMN_WIDTH, _ROW_HEIGHT, _TOP, _LINE_HEIGHT = 200, 30, 22, 12


def _connection_scores(entities: Mapping[str, EntityPage]) -> list[tuple[int, int, str]]:
    scored = []
    for key, entity in entities.items():
        if not (entity.mentions or entity.quotes):
            continue
        distinct = weight = 0
        for other, n in entity.neighbours.items():
            if other in entities:
                distinct += 1
                weight += n
        if distinct:
            scored.append((-distinct, -weight, key))
    scored.sort()
    return scored


def most_connected(entities: Mapping[str, EntityPage], limit: int = SITE_LIMIT) -> list[str]:
    """Ids of the entities mentioned alongside the most different others (ties: more
    shared articles, then id), among those with pages: each type up to its quota
    (people and organizations first), then the best of the rest up to `limit`."""
    scored = _connection_scores(entities)
    taken: list[str] = []
    count: dict[str, int] = {}
    for _, _, key in scored:
        kind = entities[key].type
        if count.get(kind, 0) < SITE_TYPE_QUOTA.get(kind, 4) and len(taken) < limit:
            taken.append(key)
            count[kind] = count.get(kind, 0) + 1
    chosen = set(taken)
    rank = {kind: n for n, kind in enumerate(SITE_TYPE_ORDER)}
    rest = [key for _, _, key in scored if key not in chosen]
    rest.sort(key=lambda key: rank.get(entities[key].type, len(rank)))  # stable: by score
    taken += rest[: max(0, limit - len(taken))]
    return taken


def _columns(nodes: list[str], entities: Mapping[str, EntityPage]) -> list[list[str]]:
    """Three kinds of columns: people, organizations, then the rest (events, other,
    places), at most SITE_ROWS to a column, the most connected at the top."""
    groups: list[list[str]] = [[], [], []]
    for key in nodes:
        kind = entities[key].type
        groups[0 if kind == "person" else 1 if kind == "organization" else 2].append(key)
    rank = {kind: n for n, kind in enumerate(SITE_TYPE_ORDER)}
    groups[2].sort(key=lambda key: rank.get(entities[key].type, len(rank)))  # stable
    return [
        group[start : start + SITE_ROWS]
        for group in groups
        for start in range(0, len(group), SITE_ROWS)
    ]


def site_graph(
    entities: Mapping[str, EntityPage], here: str = SITE_GRAPH_PAGE, directory_urls: bool = True
) -> str:
    """The most connected entities in columns by type, each name on a row of its own
    (labels never collide, whatever the archive's size), joined by their strongest
    co-mentions; lines within a column bow out to its left. "" when no two entities
    share an article."""
    chosen = most_connected(entities)
    if len(chosen) < 2:
        return ""
    chosen_set = set(chosen)
    edges = sorted(
        (
            (-n, a, b)
            for a in sorted(chosen)
            for b, n in entities[a].neighbours.items()
            if b in chosen_set and a < b
        ),
    )[:SITE_EDGE_LIMIT]
    columns = _columns(chosen, entities)
    width = 20 + _COLUMN_WIDTH * len(columns)
    height = _TOP * 2 + _ROW_HEIGHT * (max(len(column) for column in columns) - 1)
    spots: dict[str, tuple[float, float]] = {}
    for number, column in enumerate(columns):
        left = 30 + _COLUMN_WIDTH * number
        for row, key in enumerate(column):
            spots[key] = (left, _TOP + _ROW_HEIGHT * row)
    strongest = max((-e[0] for e in edges), default=1)
    degree = {key: sum(1 for o in entities[key].neighbours if o in entities) for key in chosen}
    most = max(degree.values())
    title = f"The {len(chosen)} most connected entities and the articles they share"
    parts = [
        '<figure class="connected-graph connected-graph--site" data-pagefind-ignore>',
        f'<svg class="graph" viewBox="0 0 {width} {height}" role="group"'
        ' aria-labelledby="graph-site-title">',
        f'<title id="graph-site-title">{svg_text(title)}</title>',
    ]
    grouped: dict[str, list[str]] = {}
    for negative, a, b in edges:
        share = -negative / strongest
        (x1, y1), (x2, y2) = spots[a], spots[b]
        if x1 == x2:  # same column: a curve out to the left, not a line through the names
            bow = max(x1 - 12 - abs(y2 - y1) / 3, 8 - x1)  # the curve stays in the picture
            segment = f"M{x1:.1f} {y1:.1f}Q{bow:.1f} {(y1 + y2) / 2:.1f} {x2:.1f} {y2:.1f}"
        else:
            segment = f"M{x1:.1f} {y1:.1f}L{x2:.1f} {y2:.1f}"
        style = f'stroke-width="{1 + 2 * share:.0f}" stroke-opacity="{0.2 + 0.5 * share:.1f}"'
        grouped.setdefault(style, []).append(segment)
    parts += [
        f'<path class="graph-edge" {style} d="{"".join(segments)}"/>'
        for style, segments in sorted(grouped.items())
    ]
    for key in chosen:
        entity = entities[key]
        x, y = spots[key]
        radius = 4 + 7 * math.sqrt(degree[key] / most)
        lines = _wrapped(entity.name)
        top = y + 4 - (len(lines) - 1) * _LINE_HEIGHT / 2
        spans = "".join(
            f'<tspan x="{x + 13:.1f}" y="{top + n * _LINE_HEIGHT:.1f}">{svg_text(line)}</tspan>'
            for n, line in enumerate(lines)
        )
        label = f'<text text-anchor="start">{spans}</text>'

        name = f"{entity.name}: mentioned with {count(degree[key], 'other')}"
        parts.append(_node(entity, here, directory_urls, x, y, radius, name, label))
    parts.append("</svg>")
    parts.append(_legend({entities[key].type for key in chosen}) + "</figure>")
    return "\n".join(parts)


def site_graph_page(
    entities: Mapping[str, EntityPage], here: str = SITE_GRAPH_PAGE, directory_urls: bool = True
) -> str:
    """The Markdown body of the site-wide graph page: the picture, then the same
    entities and their strongest connections as a list of links."""
    picture = site_graph(entities, here, directory_urls)
    lines = ["# Connections", ""]
    if not picture:
        lines.append("No two entities are mentioned in the same article yet.")
        return "\n".join(lines) + "\n"
    chosen = most_connected(entities)
    lines += [
        f"The {len(chosen)} people, organizations, events and places mentioned alongside "
        "the most others, in columns by kind (the colours are in the key below the "
        "picture), the most connected at the top. A line joins two of them when articles "
        "mention both; the thicker the line, the more articles. Each name links to its "
        "page; the list below the picture gives each one's strongest connections.",
        "",
        '<div class="connections-layout" markdown>',
        "",
        picture,
        "",
        '<div class="connections-list" markdown>',
        "",
        "## As a list { #as-a-list }",
        "",
    ]
    for key in sorted(chosen, key=lambda k: (entities[k].name.lower(), k)):
        entity = entities[key]
        links = connections(entity, entities)
        strongest = Markup(", ").join(
            md_link(entities[other].name, f"{other}.md", here) + Markup(f" ({n})")
            for other, n in links[:5]
        )
        kind = TYPE_LABELS.get(entity.type, TYPE_LABELS["other"])[0]
        lines.append(
            f"- {md_link(entity.name, f'{key}.md', here)} · {escape_md(kind)} · "
            f"mentioned with {count(len(links), 'other')}, most often {strongest}"
        )
    lines += ["", "</div>", "", "</div>"]
    return "\n".join(lines) + "\n"
