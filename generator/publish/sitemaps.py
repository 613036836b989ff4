"""A large site's sitemap as an index of smaller sitemaps.

MkDocs writes one `sitemap.xml` listing every page, and Material fetches it on every
first visit (to know which links its instant navigation may load in place). At 10,000
articles it is 2.5 MB (230 KB gzip), more than a visitor's whole search. Beyond
`SPLIT_FROM` pages, `split_sitemap` turns it into a sitemap index, as search engines
expect at that size, pointing to one sitemap per section of the site (`articles`,
`people`, ...), each at most `PER_FILE` pages. Material then finds no pages in it, and
links open as ordinary page loads instead of instant navigation.
"""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

SPLIT_FROM = 5_000  # pages; a 1,000-article archive has about 3,500
PER_FILE = 10_000  # the protocol allows 50,000; smaller files are easier to re-fetch
FOLDER = "sitemaps"
NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


def split_sitemap(
    site_dir: Path,
    split_from: int = SPLIT_FROM,
    per_file: int = PER_FILE,
    base: str | None = None,
) -> int:
    """Replace `site_dir/sitemap.xml` (and .gz) by an index of per-section sitemaps when
    it lists at least `split_from` pages; returns the number of sitemaps written. `base`
    is the site's address (`site_url`); without it, the home page's is taken."""
    sitemap = Path(site_dir) / "sitemap.xml"
    if not sitemap.is_file():
        return 0
    urls = ElementTree.parse(sitemap).getroot().findall(f"{{{NAMESPACE}}}url")
    if len(urls) < split_from:
        return 0
    base = _base_of(urls, base)
    sections: dict[str, list[ElementTree.Element]] = defaultdict(list)
    for url in urls:
        sections[_section(_loc(url), base)].append(url)
    folder = Path(site_dir) / FOLDER
    folder.mkdir(exist_ok=True)
    for stale in folder.glob("*.xml"):
        stale.unlink()
    index = ElementTree.Element("sitemapindex", xmlns=NAMESPACE)
    for section in sorted(sections):
        entries = sections[section]
        for number, start in enumerate(range(0, len(entries), per_file), start=1):
            name = f"{section}-{number}.xml"
            urlset = ElementTree.Element("urlset", xmlns=NAMESPACE)
            for url in entries[start : start + per_file]:
                urlset.append(_plain(url))
            _write(folder / name, urlset)
            entry = ElementTree.SubElement(index, "sitemap")
            ElementTree.SubElement(entry, "loc").text = f"{base}{FOLDER}/{name}"
            dates = [d for url in urlset if (d := url.findtext("lastmod"))]
            if dates:
                ElementTree.SubElement(entry, "lastmod").text = max(dates)
    _write(sitemap, index)
    sitemap.with_name("sitemap.xml.gz").write_bytes(gzip.compress(sitemap.read_bytes(), mtime=0))
    return len(index)


def _loc(url: ElementTree.Element) -> str:
    return (url.findtext(f"{{{NAMESPACE}}}loc") or "").strip()


def _base_of(urls: list[ElementTree.Element], site_url: str | None) -> str:
    """The site's root address: `site_url` when every page is under it, else the
    shortest page address (the home page)."""
    if site_url:
        root = site_url if site_url.endswith("/") else f"{site_url}/"
        if all(_loc(url).startswith(root) for url in urls):
            return root
    home = min((_loc(url) for url in urls), key=len)
    parts = urlsplit(home)
    path = parts.path if parts.path.endswith("/") else parts.path.rsplit("/", 1)[0] + "/"
    return f"{parts.scheme}://{parts.netloc}{path}" if parts.scheme else path


def _section(loc: str, base: str) -> str:
    """`articles` for .../articles/2017/04/x/; `pages` for the home and one-level pages."""
    relative = loc[len(base) :] if loc.startswith(base) else urlsplit(loc).path.lstrip("/")
    first, _, rest = relative.partition("/")
    return first if rest and first.isidentifier() else "pages"


def _plain(url: ElementTree.Element) -> ElementTree.Element:
    """The same <url> entry without the namespace prefix ElementTree would add."""
    copy = ElementTree.Element("url")
    for child in url:
        ElementTree.SubElement(copy, child.tag.split("}", 1)[-1]).text = (child.text or "").strip()
    return copy


def _write(path: Path, root: ElementTree.Element) -> None:
    ElementTree.indent(root, space=" ")
    path.write_bytes(ElementTree.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n")
