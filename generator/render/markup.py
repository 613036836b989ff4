"""Source text is data: turn it into Markdown, or HTML, that shows exactly those characters.

In Markdown (headings, list pages) every character that means something to Markdown or
HTML becomes a numeric character reference, which Python-Markdown passes through
untouched and the browser shows as the character itself; in the HTML blocks of article
and entity pages text is HTML-escaped. Nothing an article says can become an element.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from urllib.parse import urlsplit

from markupsafe import Markup

_ALWAYS = {c: f"&#{ord(c)};" for c in "&<>\\`*_{}[]#|!~^=$"}
_TABLE = str.maketrans(_ALWAYS)
# Markers that only mean something at the start of a line: lists, quotes, rules, setext.
_LINE_START = re.compile(r"(?m)^([ \t]*)(?:([-+:])|(\d{1,9})([.)]))")


def escape_md(text: str) -> str:
    """Markdown that renders as `text`, character for character."""
    escaped = text.translate(_TABLE)
    return _LINE_START.sub(_escape_marker, escaped)


def _escape_marker(match: re.Match[str]) -> str:
    indent, symbol, digits, dot = match.groups()
    if symbol:
        return f"{indent}&#{ord(symbol)};"
    return f"{indent}{digits}&#{ord(dot)};"


def escape_attr(text: str) -> str:
    """For values the theme prints into HTML unescaped (front-matter title, description)."""
    return html.escape(text, quote=True)


def relative_path(target: str, folder: str) -> str:
    """`target` relative to `folder`, both docs-relative and normalised (no `.`/`..`).
    The same result as posixpath.relpath without its os.getcwd() calls, which made
    linking the slowest part of rendering."""
    target_parts = target.split("/")
    folder_parts = folder.split("/") if folder else []
    common = 0
    limit = min(len(target_parts) - 1, len(folder_parts))
    while common < limit and target_parts[common] == folder_parts[common]:
        common += 1
    return "/".join([".."] * (len(folder_parts) - common) + target_parts[common:])


def md_link(label: str, target: str, from_page: str, anchor: str = "") -> Markup:
    """A Markdown link from page `from_page` to page `target` (both docs-relative .md paths)."""
    relative = relative_path(target, posixpath.dirname(from_page))
    suffix = f"#{anchor}" if anchor else ""
    return Markup(f"[{escape_md(label)}]({relative}{suffix})")


def page_url(page: str, directory_urls: bool = True) -> str:
    """Where MkDocs publishes docs page `page` (a `.md` path), relative to the site:
    `people/a.md` is `people/a/` with `use_directory_urls`, else `people/a.html`."""
    stem = page.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    return stem.removesuffix("index") if stem.endswith("/index") else stem + "/"


def page_href(target: str, here: str, directory_urls: bool = True, anchor: str = "") -> str:
    """The address of docs page `target` as a link from page `here` (both `.md` paths),
    for raw HTML, which MkDocs does not rewrite: the URL MkDocs gives `target`,
    relative to the folder of the URL it gives `here`."""
    suffix = f"#{anchor}" if anchor else ""
    if target == here and anchor:
        return suffix
    url = page_url(target, directory_urls)
    folder = _url_folder(here, directory_urls)
    if url.endswith("/") or not url:
        relative = relative_path(url + "index", folder)[: -len("index")]
    else:
        relative = relative_path(url, folder)
    return (relative or "./") + suffix


def file_href(target: str, here: str, directory_urls: bool = True) -> str:
    """The address of a file that is not a page (a feed) as a link from page `here`."""
    return relative_path(target, _url_folder(here, directory_urls))


def _url_folder(page: str, directory_urls: bool) -> str:
    """The folder of the URL MkDocs gives `page`, which its relative links start from."""
    url = page_url(page, directory_urls)
    return url[: url.rfind("/")] if "/" in url else ""


def a_link(label: str, href: str, css: str = "", rel: str = "") -> Markup:
    """An HTML link, to a page of the site or elsewhere; address and label are escaped
    as data."""
    extra = (f' rel="{rel}"' if rel else "") + (f' class="{css}"' if css else "")
    return Markup(f'<a href="{html.escape(href, quote=True)}"{extra}>{html_text(label)}</a>')


def html_text(text: str) -> str:
    """Source text as HTML text inside an HTML block: escaped, so nothing in it becomes
    markup, and without blank lines (a blank line would end the block)."""
    return _BLANK_LINES.sub("", html.escape(text, quote=False))


_BLANK_LINES = re.compile(r"\n[ \t]*(?=\n)")


_SCRIPT_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def safe_json(data: object) -> str:
    """JSON that can sit inside a <script> element: no `</script>`, `<!--` or entity
    can appear in it, because <, > and & are written as \\u escapes (still valid JSON)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_UNSAFE)


def web_url(value: str | None) -> str | None:
    """`value` if it is an absolute http or https address, else None: only these ever
    become links, so a `javascript:` or `data:` URL in front matter stays text."""
    if not value:
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c.isspace() or ord(c) < 32 for c in value):
        return None
    return value
