"""Reading the archive: article pages, indexes, feeds, metadata and data downloads,
checked in the built HTML of a site made from the sample article, the invented
articles in tests/fixtures/reading/ and generated tide tables (enough to paginate)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import time
from pathlib import Path

import feedparser
import markdown
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import FIXTURES, ROOT, build_site, generator, make_project

SITE_URL = "https://archive.example.org/news/"
READING = FIXTURES / "reading"
SAMPLE_PAGE = "articles/2017/04/russian-envoy-says-no-progress-in-relations/"
GRUSHKO = "people/alexander-grushko"
TIDE_TABLES = 55
MONTHS = [dt.date(2023, m, 1).strftime("%B") for m in range(1, 13)]
HOSTILE_TITLE = 'Budget vote in Port Mirren: "</script><script>alert(1)</script>" & `code` {braces}'


def tide_table(number: int) -> str:
    """A short invented article; many of them make the indexes paginate."""
    month, day = number % 12 + 1, number % 28 + 1
    return (
        f"---\ndate: 2023-{month:02d}-{day:02d}\nagency: Coastal Wire\n---\n"
        f"Tide table number {number} for Port Mirren\n"
        "The harbour office published its tide table\n"
        f"PORT MIRREN, {MONTHS[month - 1]} {day}. /CWA/. The harbour office of Port Mirren "
        f"published tide table number {number} on the day.\n"
    )


def reading_registry() -> str:
    """The repository's registry plus the invented entities of the fixtures."""
    registry: dict = {"entities": []}
    own = ROOT / "content" / "entities.yml"
    if own.exists():
        registry = yaml.safe_load(own.read_text("utf-8")) or registry
    registry.setdefault("entities", [])
    registry["entities"] += yaml.safe_load((READING / "registry.yml").read_text("utf-8"))[
        "entities"
    ]
    return yaml.safe_dump(registry, sort_keys=False, allow_unicode=True)


def make_reading_project(where: Path) -> Path:
    articles: dict[str, str | bytes] = {
        path.relative_to(READING).as_posix(): path.read_text("utf-8")
        for path in READING.rglob("*.txt")
    }
    for number in range(1, TIDE_TABLES + 1):
        articles[f"2023/{number % 12 + 1:02d}/tide-table-{number}.txt"] = tide_table(number)
    return make_project(where, articles, registry=reading_registry())


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(make_reading_project(tmp_path_factory.mktemp("reading")), SITE_URL)


def soup_of(site: Path, page: str) -> BeautifulSoup:
    path = site / page
    if path.is_dir() or page.endswith("/"):
        path = path / "index.html"
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def article_of(site: Path, title_start: str) -> str:
    """The page folder of the article whose title starts with `title_start`."""
    for path in sorted((site / "articles").glob("*/*/*/index.html")):
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        if soup.select_one("article h1").get_text(strip=True).startswith(title_start):
            return path.parent.relative_to(site).as_posix() + "/"
    raise AssertionError(f"no article titled {title_start!r}")


def text_of(node) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ", strip=True)).strip()


def jsonld_of(soup: BeautifulSoup) -> dict:
    (script,) = soup.select('script[type="application/ld+json"]')
    return json.loads(script.string)


# -- article pages ---------------------------------------------------------------------


def test_article_header_links_date_place_and_agency_into_the_archive(site: Path):
    soup = soup_of(site, SAMPLE_PAGE)
    meta = soup.select_one("article .article-meta")
    links = {a.get_text(strip=True): a["href"] for a in meta.find_all("a")}
    assert links["6 April 2017"].endswith("archive/2017/04/")
    assert links["TASS"].endswith("sources/tass/")
    assert "Moscow" in text_of(meta)
    assert re.search(r"\d+ quotations", text_of(meta))


def test_source_link_only_for_http_addresses(site: Path):
    storm = soup_of(site, article_of(site, "Storm warning"))
    source = storm.select_one("article .article-links a[href^='https://example.org']")
    assert source["href"] == "https://example.org/storms/warning?id=17&lang=en"
    assert source.get_text(strip=True) == "example.org"
    budget = soup_of(site, article_of(site, "Budget vote"))
    hrefs = [a.get("href", "") for a in budget.find_all("a")]
    assert not [h for h in hrefs if h.lower().startswith(("javascript", "data:"))]
    assert "javascript:alert" not in budget.select_one("article .article-links").decode()
    assert jsonld_of(storm)["isBasedOn"] == "https://example.org/storms/warning?id=17&lang=en"
    assert "isBasedOn" not in jsonld_of(budget)


def test_sample_article_has_quotation_callouts_attributed_to_grushko(site: Path):
    soup = soup_of(site, SAMPLE_PAGE)
    callouts = soup.select("article .admonition.quote")
    assert len(callouts) >= 3
    for callout in callouts:
        title = callout.select_one(".admonition-title")
        link = title.find("a")
        assert link.get_text(strip=True) == "Alexander Grushko"
        assert link["href"].rstrip("/").endswith(GRUSHKO)
    anchors = [a["id"] for a in soup.select("article a.quote-anchor")]
    assert anchors[:3] == ["q1", "q2", "q3"] and len(anchors) == len(set(anchors))


def test_article_groups_its_entities_by_type(site: Path):
    soup = soup_of(site, SAMPLE_PAGE)
    groups = {
        text_of(p.strong).rstrip(":"): [a.get_text(strip=True) for a in p.find_all("a")]
        for p in soup.select("article .article-entities")
    }
    assert "Alexander Grushko" in groups["People"]
    assert "NATO" in groups["Organizations"]
    assert list(groups) == [
        k for k in ("People", "Organizations", "Places", "Events") if k in groups
    ]


def test_related_articles_rank_by_shared_entities_and_stay_bounded(site: Path):
    bridge = soup_of(site, article_of(site, "Harbour bridge"))
    heading = bridge.find("h2", id="related-articles")
    related = [a.get_text(strip=True) for a in heading.find_next("ul").find_all("a")]
    assert 1 <= len(related) <= 5
    assert related[0].startswith("Northern Ferry Company cuts")  # shares Varga and the company
    tide = soup_of(site, article_of(site, "Tide table number 7 "))
    heading = tide.find("h2", id="related-articles")
    assert len(heading.find_next("ul").find_all("a")) == 5  # 55 tide tables share Port Mirren


def test_previous_and_next_articles_follow_the_dates(site: Path):
    soup = soup_of(site, article_of(site, "Harbour bridge"))
    more = soup.find("h2", id="more-from-the-archive").find_next("ul")
    items = {text_of(li).split(":")[0]: text_of(li) for li in more.find_all("li")}
    assert "Budget vote" in items["Previous article"]  # 20 February
    assert "Northern Ferry Company" in items["Next article"]  # 6 March


def test_permanent_link_and_citation_use_site_url_and_escape_the_title(site: Path):
    page = article_of(site, "Budget vote")
    soup = soup_of(site, page)
    permalink = soup.select_one("article a[rel='bookmark']")
    assert permalink["href"] == SITE_URL + page
    cites = soup.select("article pre.cite")
    assert len(cites) == 2
    plain, bibtex = (c.get_text() for c in cites)
    assert HOSTILE_TITLE in plain and SITE_URL + page in plain
    assert bibtex.startswith("@misc{") and bibtex.rstrip().endswith("}")
    assert r"\{braces\}" in bibtex and r"\&" in bibtex
    # The title's markup stayed text: no element came out of it.
    assert not soup.select("article pre.cite script, article pre.cite code code")
    live = [s for s in soup.find_all("script") if s.get("type") != "application/ld+json"]
    assert not [s for s in live if "alert" in (s.string or "")]


# -- metadata --------------------------------------------------------------------------


def test_jsonld_describes_the_news_article(site: Path):
    data = jsonld_of(soup_of(site, SAMPLE_PAGE))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Russian envoy says no progress in relations between Russia, NATO"
    assert data["datePublished"] == "2017-04-06"
    assert data["publisher"] == {"@type": "Organization", "name": "TASS"}
    assert data["url"] == SITE_URL + SAMPLE_PAGE
    assert any(m["name"] == "Alexander Grushko" for m in data.get("mentions", []))


def test_script_closing_title_cannot_break_out_of_jsonld_or_meta_tags(site: Path):
    page = article_of(site, "Budget vote")
    html = (site / page / "index.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    raw = soup.select_one('script[type="application/ld+json"]').string
    assert "</script" not in raw.lower() and "<" not in raw
    assert jsonld_of(soup)["headline"] == HOSTILE_TITLE
    head = soup.head
    assert head.find("meta", property="og:title")["content"] == HOSTILE_TITLE
    assert head.find("meta", attrs={"name": "twitter:title"})["content"] == HOSTILE_TITLE
    # As many <script> elements as on a harmless article page: none was injected.
    harmless = soup_of(site, article_of(site, "Storm warning"))
    assert len(soup.find_all("script")) == len(harmless.find_all("script"))


def test_opengraph_tags_on_article_pages(site: Path):
    head = soup_of(site, SAMPLE_PAGE).head
    og = {m["property"]: m["content"] for m in head.find_all("meta", property=True)}
    assert og["og:type"] == "article"
    assert og["og:title"].startswith("Russian envoy says no progress")
    assert og["og:url"] == SITE_URL + SAMPLE_PAGE
    assert og["og:description"].startswith('"In particular')
    assert og["article:published_time"] == "2017-04-06"
    assert head.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"


def test_entity_pages_carry_their_own_jsonld_and_links_elsewhere(site: Path):
    soup = soup_of(site, "people/elena-varga/")
    data = jsonld_of(soup)
    assert (data["@type"], data["name"]) == ("Person", "Elena Varga")
    assert data["url"] == SITE_URL + "people/elena-varga/"
    assert data["sameAs"] == ["https://example.org/varga"]
    hrefs = [a["href"] for a in soup.select("article a[href]")]
    assert "https://example.org/varga" in hrefs
    assert not [h for h in hrefs if h.startswith("javascript")]
    og = {m["property"]: m["content"] for m in soup.head.find_all("meta", property=True)}
    assert og["og:type"] == "website" and og["og:title"] == "Elena Varga"


def test_sitemap_gives_each_article_its_own_date(site: Path):
    sitemap = BeautifulSoup((site / "sitemap.xml").read_text("utf-8"), "xml")
    dates = {
        url.loc.get_text(strip=True): url.lastmod.get_text(strip=True)
        for url in sitemap.find_all("url")
        if url.lastmod
    }
    assert dates[SITE_URL + SAMPLE_PAGE] == "2017-04-06"
    assert dates[SITE_URL + article_of(site, "Storm warning")] == "2024-02-12"


# -- feeds -----------------------------------------------------------------------------


def test_site_feed_lists_the_newest_articles_and_is_linked_from_pages(site: Path):
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    links = [entry.link for entry in feed.entries]
    assert links[0] == SITE_URL + article_of(site, "Northern Ferry Company cuts")
    assert len(links) == 50  # bounded, though the archive has more
    published = [entry.published_parsed for entry in feed.entries]
    assert published == sorted(published, reverse=True)
    for page in ("", SAMPLE_PAGE, GRUSHKO + "/"):
        alternates = soup_of(site, page).find_all("link", rel="alternate")
        assert any(link["href"].endswith("feed.xml") for link in alternates), page


def test_entity_feed_lists_the_articles_about_it(site: Path):
    feed = feedparser.parse((site / GRUSHKO / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert [entry.link for entry in feed.entries] == [SITE_URL + SAMPLE_PAGE]
    soup = soup_of(site, GRUSHKO + "/")
    assert soup.find("link", rel="alternate", href="feed.xml")
    busy = feedparser.parse((site / "places/port-mirren/feed.xml").read_bytes())
    assert len(busy.entries) == 50  # 59 articles mention Port Mirren; the feed is bounded


def test_feeds_are_the_same_bytes_when_nothing_changed(tmp_path: Path):
    from generator.pipeline import Settings, generate

    project = make_project(tmp_path, with_sample=True)
    settings = Settings(
        content_dir=project / "content",
        docs_dir=project / "docs",
        cache_dir=None,
        site_url=SITE_URL,
    )
    first = generate(settings).pages
    time.sleep(1.1)  # a clock-based timestamp would differ now
    second = generate(settings).pages
    assert first["feed.xml"] == second["feed.xml"]
    assert first[f"{GRUSHKO}/feed.xml"] == second[f"{GRUSHKO}/feed.xml"]


# -- indexes ---------------------------------------------------------------------------


def test_home_lists_latest_articles_with_metadata_and_paginates(site: Path):
    soup = soup_of(site, "")
    headlines = soup.select("article h2.summary-title a:not(.headerlink)")
    assert len(headlines) == 25
    assert headlines[0].get_text(strip=True).startswith("Northern Ferry Company cuts")
    first_meta = text_of(soup.select("article .article-meta")[0])
    assert first_meta == "6 March 2024 · Port Mirren · Coastal Wire"
    assert "Fewer passengers need us now" in text_of(soup.select("article .article-summary")[0])
    older = soup.find("a", string=re.compile("Older"))
    assert older["href"].endswith("page/2/")
    last = soup_of(site, "page/3/")
    assert len(last.select("article h2.summary-title a:not(.headerlink)")) == 60 - 50
    assert last.find("a", string=re.compile("Newer"))


def test_archive_counts_articles_by_year_and_month(site: Path):
    soup = soup_of(site, "archive/")
    text = text_of(soup.select_one("article"))
    assert "March 2024 (2)" in text and "February 2024 (2)" in text and "April 2017 (1)" in text
    year = soup_of(site, "archive/2024/")
    assert "4 articles from 2024" in text_of(year.select_one("article"))
    month = soup_of(site, "archive/2024/03/")
    assert [a.get_text(strip=True)[:8] for a in month.select("article li > a:first-child")] == [
        "Northern",
        "Harbour ",
    ]


def test_entity_indexes_are_a_to_z_with_article_counts(site: Path):
    soup = soup_of(site, "people/")
    letters = [h.get_text(strip=True).rstrip("¶") for h in soup.select("article h2")]
    assert letters == sorted(letters)
    entries = {a.get_text(strip=True): text_of(a.parent) for a in soup.select("article li a")}
    assert entries["Alexander Grushko"].endswith("(1)")
    assert entries["Elena Varga"].endswith("(3)")
    jump = soup.select_one("article .az-jump")
    assert jump and all(a["href"].startswith("#letter-") for a in jump.find_all("a"))
    places = {a.get_text(strip=True) for a in soup_of(site, "places/").select("article li a")}
    assert "Port Mirren" in places
    other = {a.get_text(strip=True) for a in soup_of(site, "other/").select("article li a")}
    assert "Harbour Act" in other


def test_quotes_index_and_entity_page_gather_quotations(site: Path):
    quotes = soup_of(site, "quotes/")
    # Quotations first, the most quoted speakers below them.
    assert quotes.select_one("article blockquote") is not None
    by_speaker = {a.get_text(strip=True) for a in quotes.select("article .quote-speakers a")}
    assert {"Alexander Grushko", "Elena Varga", "Tomas Brandt"} <= by_speaker
    entity = soup_of(site, GRUSHKO + "/")
    quotations = entity.find("h2", id="quotations")
    assert quotations is not None
    context = entity.find("article").find_all("a", href=re.compile(r"#q\d+$"))
    assert len(context) >= 3
    assert all(SAMPLE_PAGE.split("/")[-2] in a["href"] for a in context)
    articles = entity.find("h2", id="articles") or entity.find("h2", string=re.compile("Articles"))
    assert "Russian envoy says no progress" in text_of(articles.find_next("ul"))


def test_sources_and_tags_pages_count_articles(site: Path):
    sources = text_of(soup_of(site, "sources/").select_one("article"))
    assert "TASS (1)" in sources and f"Coastal Wire ({4 + TIDE_TABLES})" in sources
    tags = text_of(soup_of(site, "tags/").select_one("article"))
    assert "budget (1)" in tags and "weather (1)" in tags
    # A tag called "index" gets a page of its own without replacing the tags index.
    assert "index (1)" in tags
    assert "Storm warning" in text_of(soup_of(site, "tags/index-x/").select_one("article"))
    budget = soup_of(site, "tags/budget/")
    assert "Budget vote in Port Mirren" in text_of(budget.select_one("article"))


def test_not_found_page_offers_a_way_back(site: Path):
    soup = soup_of(site, "404.html")
    assert "Page not found" in text_of(soup.select_one("article"))
    hrefs = [a["href"] for a in soup.select("article a")]
    assert "/news/archive/" in hrefs and "/news/people/" in hrefs


# -- data ------------------------------------------------------------------------------


def test_annotations_download_as_json_lines_and_csv(site: Path):
    articles = [
        json.loads(line) for line in (site / "data/articles.jsonl").read_text("utf-8").splitlines()
    ]
    assert len(articles) == 4 + TIDE_TABLES + 1
    sample = next(a for a in articles if a["id"].startswith("2017-04-06-russian-envoy"))
    assert sample["page"] == SITE_URL + SAMPLE_PAGE
    quote = sample["quotes"][1]
    assert sample["text"][quote["start"] : quote["end"]] == quote["text"]
    rows = list(csv.DictReader(io.StringIO((site / "data/quotations.csv").read_text("utf-8"))))
    grushko = [row for row in rows if row["speaker_id"] == GRUSHKO]
    assert len(grushko) >= 3 and grushko[0]["page"].startswith(SITE_URL + SAMPLE_PAGE + "#q")
    entities = [
        json.loads(line) for line in (site / "data/entities.jsonl").read_text("utf-8").splitlines()
    ]
    assert next(e for e in entities if e["id"] == GRUSHKO)["quotations"] >= 3
    table = list(csv.DictReader(io.StringIO((site / "data/articles.csv").read_text("utf-8"))))
    hostile = next(row for row in table if row["title"] == HOSTILE_TITLE)
    assert hostile["tags"] == "budget; council"
    data_page = soup_of(site, "data/")
    linked = {a["href"] for a in data_page.select("article a")}
    assert {"articles.jsonl", "quotations.csv", "entities.jsonl"} <= linked


# -- cost ------------------------------------------------------------------------------


def _synthetic_index(count: int):
    """An archive of `count` invented articles sharing a few entities, so that every
    bounded list (mentions, quotations, related, pages of lists) is full at 300 already."""
    from generator.annotate.registry import Registry
    from generator.index import build_index
    from generator.model import Article, Block, Entity, Mention, Quote

    articles = []
    for n in range(count):
        title = f"Report number {n} from the harbour"
        lead = f"Lead of report {n}"
        body = f'Mayor Person{n % 3} said "we will see" about Company{n % 5} today.'
        text = f"{title}\n{lead}\n{body}\n"
        start = len(title) + len(lead) + 2
        person, company = text.index("Person", start), text.index("Company", start)
        quote = text.index('"we', start)
        article = Article(
            path=f"content/{n}.txt",
            text=text,
            id=f"report-{n}",
            title=title,
            lead=lead,
            date=dt.date(2020, 1, 1) + dt.timedelta(days=n % 1500),
            place="Port Mirren",
            agency="Coastal Wire",
            blocks=[
                Block("title", 0, len(title)),
                Block("lead", len(title) + 1, start - 1),
                Block("paragraph", start, len(text) - 1),
            ],
            entities=[
                Entity(
                    f"people/person{n % 3}",
                    "person",
                    f"Person{n % 3}",
                    ["Mayor"],
                    None,
                    [Mention(person, person + 6 + len(str(n % 3)), f"Person{n % 3}")],
                ),
                Entity(
                    f"organizations/company{n % 5}",
                    "organization",
                    f"Company{n % 5}",
                    [],
                    None,
                    [Mention(company, company + 7 + len(str(n % 5)), "Company")],
                ),
            ],
            quotes=[
                Quote(
                    "q1",
                    quote,
                    quote + 13,
                    '"we will see"',
                    f"Person{n % 3}",
                    f"people/person{n % 3}",
                    "said",
                    "explicit",
                )
            ],
        )
        articles.append(article)
    return build_index(articles, Registry())


def _as_mkdocs(body: str) -> str:
    """A page body as this project's mkdocs.yml converts it."""
    extensions = ["admonition", "attr_list", "md_in_html", "tables", "toc"]
    return markdown.markdown(body, extensions=extensions)


def test_hostile_entity_names_stay_text_in_every_output():
    """Names come from articles and the registry: data, wherever they are printed."""
    from generator.render.pages import render_pages
    from generator.settings import Settings

    index = _synthetic_index(3)
    hostile = 'Eve <script>alert(1)</script> "quoted" `tick` [x](javascript:y)'
    for entity in index.entities.values():
        entity.name = hostile
    for article in index.articles:
        for entity in article.entities:
            entity.name = hostile
    pages = render_pages(index, [], Settings(site_url=SITE_URL)).pages
    for path, text in pages.items():
        if path.endswith(".md"):
            body = text.split("\n---\n", 1)[-1]
            assert "<script>" not in body, path
            shown = BeautifulSoup(_as_mkdocs(body), "html.parser")
            assert not shown.find("script"), path
            assert not shown.select('a[href^="javascript"]'), path
            if path.startswith("people/") and "Eve" in body:
                assert hostile in shown.get_text(), path  # shown as written
        elif path.endswith(".xml"):
            assert "<script>" not in text and "&lt;script&gt;" in text, path
    front = pages["articles/2020/01/report-0.md"].split("\n---\n", 1)[0]
    jsonld = yaml.safe_load(front.removeprefix("---\n"))["jsonld"]
    assert "<" not in jsonld and json.loads(jsonld)["mentions"][0]["name"] == hostile


def test_no_page_grows_with_the_archive():
    """Four times the articles, and no page (lists, entities, feeds) is much longer: every
    list is paginated or bounded. What rendering costs is measured by `make bench`."""
    from generator.render.pages import render_pages
    from generator.settings import Settings

    sizes = {}
    for count in (300, 1200):
        pages = render_pages(_synthetic_index(count), [], Settings(site_url=SITE_URL)).pages
        sizes[count] = {
            path: len(text)
            for path, text in pages.items()
            if not path.startswith("data/")  # downloads hold the whole archive by design
        }
    small, large = sizes[300], sizes[1200]
    assert max(large.values()) < 1.2 * max(small.values()) + 2000
    for path in ("index.md", "people/person1.md", "quotes/index.md", "feed.xml"):
        assert large[path] < 1.2 * small[path] + 2000, path


HEADLINE_QUOTE = """\
"The quay will open in June," harbour master says
Work on the north quay begins next week
PORT ELLING, March 6 (Reuters) - Harbour master Tomas Reyes said on Monday the council \
backed the new harbour plan. "We will start with the north quay," Reyes told reporters.
Lena Ostrova, the chief engineer, said the work would take two years.
"""


def test_a_headline_quotation_and_an_entity_without_a_page_still_read_right(tmp_path: Path):
    """The headline's quotation has no callout, yet links to it land on the article
    (a `--strict` build fails on a missing anchor); in a large archive a one-off entity
    has no page, and "In this article" names it as text, not by its page address."""
    project = make_project(tmp_path, {"2023/03/harbour-plan.txt": HEADLINE_QUOTE})
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace(
            "  - news-archive:\n", "  - news-archive:\n      entity_min_articles: 2\n", 1
        ),
        "utf-8",
    )
    site = build_site(project)
    page = next((site / "articles/2023/03").glob("*/index.html"))
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    assert soup.select_one("h1").get_text().startswith('"The quay will open in June,"')
    anchors = {a["id"] for a in soup.select("a.quote-anchor")}
    assert {"q1", "q2"} <= anchors
    quotes = BeautifulSoup((site / "quotes/index.html").read_text("utf-8"), "html.parser")
    assert any(a["href"].endswith("#q1") for a in quotes.select("a[href*='articles/2023/03/']"))
    listed = " ".join(p.get_text() for p in soup.select("p.article-entities"))
    assert "Lena Ostrova" in listed and "people/" not in listed
    assert not soup.select("p.article-entities a[href*='lena-ostrova']")


def _same_headline(day: int, words: str) -> str:
    return (
        "Harbour board delays its vote\n"
        "The board met again without a decision\n"
        f"PORT ELLING, May {day} (Reuters) - Harbour master Tomas Reyes said on Tuesday the "
        f'board would wait. "{words}," Reyes told reporters.\n'
    )


def test_the_same_headline_twice_in_a_month_gets_two_pages(tmp_path: Path):
    """A page's address leaves out the day: two stories with one headline in a month get
    two pages, each with its own quotation, and the later one is reported."""
    project = make_project(
        tmp_path,
        {
            "2023/05/vote-first.txt": _same_headline(2, "We need more time"),
            "2023/05/vote-second.txt": _same_headline(9, "We will vote in June"),
        },
    )
    report = generator("build", cwd=project)
    assert "same page address as content/2023/05/vote-first.txt" in report.stderr
    site = build_site(project)  # --strict: a quotation link to the wrong page fails it
    pages = sorted((site / "articles/2023/05").glob("harbour-board-delays-its-vote*/index.html"))
    assert len(pages) == 2
    texts = [page.read_text("utf-8") for page in pages]
    assert sum("We need more time" in text for text in texts) == 1
    assert sum("We will vote in June" in text for text in texts) == 1
