"""Content/ -> annotated Markdown -> a MkDocs Material site, end to end."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import FIXTURES, ROOT, SAMPLE, build_site, generator, make_project

ARTICLE_PAGE = "articles/2017/04/russian-envoy-says-no-progress-in-relations/index.html"


def visible_text(html: str, selector: str = "article") -> str:
    soup = BeautifulSoup(html, "html.parser")
    node = soup.select_one(selector) or soup
    for hidden in node.select("script, style, .headerlink"):
        hidden.decompose()
    return normalise(node.get_text(""))


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def test_sample_article_page_shows_metadata_headings_and_every_sentence(sample_site: Path):
    html = (sample_site / ARTICLE_PAGE).read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one("article")
    assert article.h1.get_text(strip=True).startswith("Russian envoy says no progress")
    headings = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in article.find_all("h2")]
    assert "Russia, NATO need to resume military dialogue" in headings
    assert "Moscow Security Conference" in headings
    text = visible_text(html)
    assert "6 April 2017" in text and "Moscow" in text and "TASS" in text
    lead = SAMPLE.read_text("utf-8").splitlines()[1]
    assert article.select_one(".article-lead").get_text(" ", strip=True) == lead
    assert (
        article.select_one(".article-dateline").get_text(strip=True) == "MOSCOW, April 6. /TASS/."
    )
    for sentence in sentences(SAMPLE.read_text("utf-8")):
        assert normalise(sentence) in text, sentence


def _links(site: Path, page: str) -> list[str]:
    soup = BeautifulSoup((site / page).read_text("utf-8"), "html.parser")
    return [a.get("href", "") for a in soup.select("article a")]


def test_sample_article_is_reachable_from_home_and_archive(sample_site: Path):
    target = "russian-envoy-says-no-progress-in-relations/"
    assert any(href.endswith(target) for href in _links(sample_site, "index.html"))
    month = next(h for h in _links(sample_site, "archive/index.html") if "2017/04" in h)
    month_page = (Path("archive") / month / "index.html").as_posix()
    assert any(href.endswith(target) for href in _links(sample_site, month_page))


def test_articles_stay_out_of_the_sidebar(sample_site: Path):
    soup = BeautifulSoup((sample_site / "index.html").read_text("utf-8"), "html.parser")
    nav_links = [a.get("href", "") for a in soup.select("nav.md-nav--primary a")]
    assert nav_links and not any("articles/" in href for href in nav_links)


def test_front_matter_carries_the_article_metadata(sample_site: Path):
    import frontmatter

    page = (
        sample_site.parent
        / "docs"
        / "articles/2017/04/russian-envoy-says-no-progress-in-relations.md"
    )
    post = frontmatter.load(page)
    assert post["title"] == "Russian envoy says no progress in relations between Russia, NATO"
    assert post["date"] == "2017-04-06"
    assert post["place"] == "Moscow" and post["agency"] == "TASS"
    assert post["source"] == "content/2017/04/russian-envoy-says-no-progress.txt"
    assert post["description"].startswith("&quot;In particular")


def test_annotate_json_gives_the_record_with_exact_offsets():
    result = generator("annotate", "--json", str(SAMPLE), cwd=ROOT)
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record["title"] == "Russian envoy says no progress in relations between Russia, NATO"
    assert record["lead"].startswith('"In particular, there has been no progress')
    assert record["lead"].endswith("Russia's NATO envoy said")
    assert (record["date"], record["place"], record["agency"]) == ("2017-04-06", "Moscow", "TASS")
    assert record["date_source"].startswith("dateline")
    assert record["id"] == "2017-04-06-russian-envoy-says-no-progress-in-relations"
    with open(SAMPLE, encoding="utf-8") as handle:
        text = handle.read()
    kinds = Counter(block["kind"] for block in record["blocks"])
    assert kinds["title"] == 1 and kinds["lead"] == 1 and kinds["dateline"] == 1
    assert kinds["heading"] == 2
    covered = set()
    for block in record["blocks"]:
        chunk = text[block["start"] : block["end"]]
        assert chunk == chunk.strip() and chunk
        covered.update(range(block["start"], block["end"]))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
    headings = [text[b["start"] : b["end"]] for b in record["blocks"] if b["kind"] == "heading"]
    assert headings == [
        "Russia, NATO need to resume military dialogue",
        "Moscow Security Conference",
    ]


def _tag_counts(html: str) -> Counter:
    article = BeautifulSoup(html, "html.parser").select_one("article")
    return Counter(tag.name for tag in article.find_all(True))


def test_markdown_and_html_metacharacters_render_literally(tmp_path: Path):
    source = (FIXTURES / "site" / "metacharacters.txt").read_text("utf-8")
    # The same article with every metacharacter replaced: the element structure must match.
    plain = re.sub(r"[<>*_#\[\]|`&{}!\\]", "x", source)
    plain = re.sub(r"^(\d+)\.|^-", r"\1x", plain, flags=re.M)
    project = make_project(
        tmp_path, {"2023/03/meta.txt": source, "2023/03/plain.txt": plain}, with_sample=False
    )
    site = build_site(project)
    pages = {p: p.read_text("utf-8") for p in (site / "articles").glob("**/index.html")}
    assert len(pages) == 2
    hostile = next(html for html in pages.values() if "<script>" in visible_text(html, "h1"))
    control = next(html for html in pages.values() if "<script>" not in visible_text(html, "h1"))
    assert _tag_counts(hostile) == _tag_counts(control)
    text = visible_text(hostile)
    for literal in (
        '<script>alert("x")</script>',
        "*budget*",
        "_every_",
        "#district",
        "[links](javascript:alert(1))",
        "| tables |",
        "`code`",
        "& &amp; entities &lt;b&gt;",
        '<img src=x onerror="alert(2)">',
        '{: onclick="alert(3)" }',
        "<b>bold</b>",
        "# This line starts with a hash",
        "1. This line looks",
        "- So does this one",
        "> And this one",
    ):
        assert literal in text, literal
    soup = BeautifulSoup(hostile, "html.parser")
    assert not soup.select("article script, article img, article b, article [onclick]")
