"""What site/ weighs, and whether it fits the host it is published on.

GitHub Pages publishes sites of at most 1 GB; a larger site/ builds fine and only its
deploy fails, late and without saying why. The whole Reuters-21578 dump (18,778 stories)
made a 1.4 GB site/, so an archive can pass the limit without anyone noticing. A fifth
of every page was the theme templates' indentation, which `compact_html` drops.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

MB = 1024 * 1024
# Elements whose white space is their content.
_VERBATIM = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.S | re.I)
_VERBATIM_START = re.compile(r"<(?:pre|textarea)\b", re.I)


def compact_html(html: str) -> str:
    """The page without the indentation and blank lines the templates leave: each line's
    leading white space goes, and a line break stays wherever there was white space, so
    the page reads, parses and runs the same (scripts keep their line breaks). Text in
    `<pre>` and `<textarea>` is left as it is. A fifth of a page; 0.16 ms a page."""
    if _VERBATIM_START.search(html) is None:
        return _without_indentation(html)
    parts = _VERBATIM.split(html)  # text, verbatim element, its tag name, text, ...
    return "".join(
        _without_indentation(part) if at % 3 == 0 else part
        for at, part in enumerate(parts)
        if at % 3 != 2
    )


def _without_indentation(text: str) -> str:
    """Each line's indentation and the blank lines go; the first line, which may go on
    from an element before it, stays as it is."""
    if "\n" not in text:
        return text
    first, *middle, last = text.split("\n")
    return "\n".join([first, *filter(None, map(str.lstrip, middle)), last.lstrip()])


def site_bytes(site_dir: Path) -> tuple[int, int]:
    """The total size of the files under `site_dir` and how many there are."""
    total = count = 0
    for directory, _dirs, names in os.walk(site_dir):
        for name in names:
            try:
                total += os.stat(os.path.join(directory, name)).st_size
            except OSError:
                continue
            count += 1
    return total, count


def hosting_warning(site_dir: Path, limit_mb: int) -> str | None:
    """What to say when site/ is larger than the host publishes (`limit_mb`, 0: no limit)."""
    if limit_mb <= 0:
        return None
    total, count = site_bytes(site_dir)
    if total <= limit_mb * MB:
        return None
    return (
        f"site/ is {total / MB:,.0f} MB in {count:,} files, over hosting_limit_mb "
        f"({limit_mb:,} MB; GitHub Pages publishes sites of at most 1,024 MB and refuses a "
        "larger one only when deploying): publish this site/ on a static host without that "
        "limit (any web server, an object store, Netlify, Cloudflare Pages), or split the "
        "archive by year (README, 'Large archives'); set `hosting_limit_mb` of the "
        "news-archive plugin in mkdocs.yml to your host's limit, or 0 to check nothing"
    )
