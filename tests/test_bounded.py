"""Issue 19: hostile articles (a very long line of brackets, a headline of thousands of
characters, tens of thousands of quotation marks, brackets nested deep) build, and every
word of them is on the article's page. Their sizes here keep the test quick; `make bench`
times the full-size set (a 1 MB line, 100,000 quotation marks)."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import build_site, make_project

# Before long blocks were written as HTML, the 200 KB line alone took minutes in MkDocs.
WORDS = 8_000


def _words(prefix: str, count: int = WORDS) -> list[str]:
    return [f"{prefix}{n}" for n in range(count)]


def hostile_articles() -> dict[str, tuple[str, list[str]]]:
    """relative path -> (text, the words its page must show)."""
    brackets = _words("bracket")
    title = _words("title", 2_000)
    quoted = _words("quoted", 20_000)  # 40,000 quotation marks
    deep = _words("deep", 50)
    nest = 10_000
    return {
        "2023/05/brackets.txt": (
            "A line of brackets\nThe lead.\nLIMA, May 3 (Reuters) - "
            + "".join(f"[[{w}]] &#91; <b>*_`|" for w in brackets)
            + "\n",
            brackets,
        ),
        "2023/05/one-line.txt": (" [] ".join(title) + "\n", title),
        "2023/05/quotes.txt": (
            "Quotation marks\nThe lead.\nLIMA, May 3 (Reuters) - "
            + " ".join(f'"{w}"' for w in quoted)
            + " Anna Berg said.\n",
            quoted,
        ),
        "2023/05/deep.txt": (
            "Deep brackets\nThe lead.\nLIMA, May 3 (Reuters) - "
            + "(" * nest
            + "[" * nest
            + " ".join(deep)
            + "]" * nest
            + ")" * nest
            + "\n",
            deep,
        ),
    }


def _page_text(site: Path, source: str) -> str:
    """The visible text of the article page made from `content/<source>`."""
    # docs/ names each page's source in its front matter; the site names none.
    docs = site.parent / "docs"
    for page in (docs / "articles").rglob("*.md"):
        if f"\nsource: {source}\n" in page.read_text("utf-8"):
            html = (site / page.relative_to(docs).with_suffix("") / "index.html").read_text()
            article = BeautifulSoup(html, "html.parser").select_one("article")
            assert article is not None
            return article.get_text(" ")
    raise AssertionError(f"no page for {source}")


def test_hostile_articles_build_and_show_every_word(tmp_path: Path):
    articles = hostile_articles()
    project = make_project(tmp_path, {path: text for path, (text, _) in articles.items()})
    site = build_site(project)
    for path, (_, words) in articles.items():
        shown = set(re.findall(r"[a-z]+\d+", _page_text(site, f"content/{path}")))
        missing = [word for word in words if word not in shown]
        assert not missing, f"{path}: {len(missing)} words missing, e.g. {missing[:5]}"
    # Escaped, never markup: the brackets article's `<b>` is text, not an element.
    page = next((site / "articles").rglob("a-line-of-brackets/index.html")).read_text("utf-8")
    article = BeautifulSoup(page, "html.parser").select_one("article")
    assert article is not None and article.find("b") is None
    assert "<b>*_`|" in article.get_text()
