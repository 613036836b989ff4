"""Saved web pages: the article's text and metadata, without navigation, ads or comments.

trafilatura does the hard part (finding the main text among the page furniture, and
the title, date, author and canonical URL in its metadata); this module turns its
result into paragraphs and says clearly when a page holds no article.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, cast

from lxml import etree

from generator.importers.common import (
    Candidate,
    Found,
    markup_paragraphs,
    normalise,
    one_line,
    parse_date,
    same_words,
)
from generator.model import Problem

if TYPE_CHECKING:
    from trafilatura.metadata import Document

# Browsers write this comment at the top of a page saved with "Save page as".
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
MIN_ARTICLE_WORDS = 12
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def read_page(path: Path, data: bytes) -> Found:
    """The article of one saved page, or a problem saying why there is none."""
    import trafilatura

    if not data.strip():
        yield Problem(path.as_posix(), 1, "the page is empty", "save the page again")
        return
    saved_url = None
    page: bytes | str = data
    if is_mhtml(path, data):
        html, saved_url = _unwrap_mhtml(data)
        if html is None:
            yield Problem(
                path.as_posix(),
                1,
                "no HTML page inside this MHTML archive",
                "save the page again as 'Web page, complete' or 'Web page, HTML only'",
            )
            return
        page = html
    document = None
    for recall in (False, True):  # precision first; short articles may need recall
        try:
            found = trafilatura.bare_extraction(
                page,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                favor_recall=recall,
                date_extraction_params=_DATE_PARAMS,
            )
            document = cast("Document | None", found)  # a Document unless as_dict
        except Exception as error:  # noqa: BLE001 - a library failure on one page
            yield Problem(
                path.as_posix(),
                1,
                f"the page could not be parsed ({type(error).__name__}: {error})",
                "open it in a browser and save it again as 'Web page, HTML only'",
            )
            return
        if document is not None and document.body is not None and len(document.body):
            break
    if document is None or document.body is None:
        yield Problem(
            path.as_posix(),
            1,
            "no article text found in the page",
            "save the article's own page (not a home or index page), or copy its text "
            "into a .txt file",
        )
        return
    paragraphs = markup_paragraphs(document.body)
    title = one_line(document.title)
    if paragraphs and title and same_words(paragraphs[0], title):
        paragraphs.pop(0)  # the page's <h1> repeats the title
    if not paragraphs or _only_links(paragraphs, data):
        yield Problem(
            path.as_posix(),
            1,
            "no article text found in the page (only links and menus)",
            "save the article's own page (not a home or index page), or copy its text "
            "into a .txt file",
        )
        return
    url = document.url or saved_url or _saved_from(data)
    yield Candidate(
        title=title,
        paragraphs=paragraphs,
        importer="html",
        file=path,
        date=parse_date(document.date),
        author=one_line(document.author) or None,
        url=url or None,
    )


def is_mhtml(path: Path, data: bytes) -> bool:
    """Pages saved as a single file (.mhtml, .mht) are MIME messages wrapping the HTML."""
    return path.suffix.lower() in (".mhtml", ".mht") or data[:1024].lstrip().startswith(
        (b"From:", b"MIME-Version:", b"Snapshot-Content-Location:")
    )


def _unwrap_mhtml(data: bytes) -> tuple[str | None, str | None]:
    """(the HTML of the saved page, the URL it was saved from)."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.default)
    url = message.get("Snapshot-Content-Location")
    for part in message.walk():
        if part.get_content_type() == "text/html":
            location = part.get("Content-Location")
            payload = part.get_payload(decode=True)
            html = payload if isinstance(payload, bytes) else b""
            charset = part.get_content_charset() or "utf-8"
            try:
                text = html.decode(charset, "replace")
            except LookupError:
                text = html.decode("utf-8", "replace")
            return text, str(url or location or "") or None  # text: its <meta charset> is moot
    return None, None


def _only_links(paragraphs: list[str], data: bytes | str) -> bool:
    """A home or index page: every line of what was "extracted" is the text of a link."""
    from lxml import html

    try:
        root = html.document_fromstring(data)
    except (ValueError, etree.ParserError):
        return False
    links = {normalise(a.text_content()) for a in root.iter("a")}
    words = sum(
        len(line.split())
        for paragraph in paragraphs
        for line in paragraph.split("\n")
        if normalise(line) not in links
    )
    return words < MIN_ARTICLE_WORDS


def _saved_from(data: bytes | str) -> str | None:
    head = data[:4096] if isinstance(data, bytes) else data[:4096].encode("utf-8", "replace")
    found = _SAVED_FROM.search(head)
    return found.group(1).decode("ascii", "replace") if found else None
