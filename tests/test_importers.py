"""Bring articles in from saved web pages, feeds and data dumps (`generator import`).

The fixtures in fixtures/import/ are invented articles wrapped in the clutter real
pages have (menus, ads, comments, share buttons), broken markup, feeds with and
without dates, and dumps with their own column names.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import CORPORA, FIXTURES, generator

from generator.importers import import_sources
from generator.importers.archive import split_front_matter

IMPORT = FIXTURES / "import"
PAGES, FEEDS, DUMPS, BAD = (IMPORT / name for name in ("pages", "feeds", "dumps", "bad"))
DUMP_MAP = {"title": "headline", "text": "body", "date": "published", "url": "link"}
CORPUS = CORPORA / "reuters-21578.jsonl.gz"


def article(path: Path) -> tuple[dict, list[str]]:
    """(front matter, paragraphs) of an imported file, as a person would read it."""
    meta, body = split_front_matter(path.read_text("utf-8"))
    return meta, [p.strip("\n") for p in body.split("\n\n") if p.strip()]


def snapshot(folder: Path) -> dict[str, bytes]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files}


def written(report, name: str) -> Path:
    matches = [Path(path) for path, _ in report.imported if Path(path).name == name]
    assert matches, f"{name} not imported; report: {report.lines()}"
    return matches[0]


def test_saved_page_gives_the_article_without_menus_ads_or_comments(tmp_path: Path):
    report = import_sources([PAGES / "harbour-bridge.html"], tmp_path / "content")
    path = written(report, "harbour-bridge-reopens-after-repairs.txt")
    assert path == tmp_path / "content/2024/03/harbour-bridge-reopens-after-repairs.txt"
    meta, paragraphs = article(path)
    assert meta["title"] == "Harbour bridge reopens after repairs"
    assert str(meta["date"]) == "2024-03-14"
    assert meta["author"] == "Mara Lindqvist"
    assert meta["url"] == "https://news.example.org/2024/03/harbour-bridge-reopens"
    assert meta["imported"]["importer"] == "html"
    assert meta["imported"]["file"].endswith("pages/harbour-bridge.html")
    assert meta["imported"]["retrieved"]
    assert paragraphs[0] == "Harbour bridge reopens after repairs"  # title line first, once
    assert paragraphs[1].startswith("PORTSEA, March 14 - The swing bridge")
    assert "Cost overruns" in paragraphs  # the subheading is kept as its own line
    assert "counterweight & deck." in paragraphs[-2]  # inline markup dropped, words kept
    assert paragraphs[-1] == (
        "Ferry services that ran during the closure will stop at the end of the month."
    )
    text = path.read_text("utf-8")
    for clutter in ("Home", "widgets", "Finally!", "Related stories", "All rights reserved"):
        assert clutter not in text


def test_page_metadata_from_json_ld_legacy_encoding_lists_and_quotes(tmp_path: Path):
    report = import_sources([PAGES / "library-hours.html"], tmp_path / "content")
    meta, paragraphs = article(written(report, "library-to-cut-weekend-hours.txt"))
    assert (meta["title"], str(meta["date"]), meta["author"]) == (
        "Library to cut weekend hours",
        "2023-11-02",
        "Ines Okafor",
    )
    assert meta["url"] == "https://www.valley-courier.example/local/library-hours-cut"
    assert paragraphs[1].startswith("The central library in Eastbrook will close on Sundays")
    assert "The café on the ground floor" in paragraphs[2]  # windows-1252 page decoded
    assert "“Nobody on this committee wanted to do this,” said its chair" in paragraphs[3]
    assert "- Saturday: 10 am to 2 pm" in paragraphs  # a list item, not a heading
    assert paragraphs[-1].endswith("more than the library’s count of weekend visitors in October.")
    body = "\n\n".join(paragraphs)
    for clutter in ("SPECIAL OFFER", "Typical.", "Share this article", "mattress", "Most read"):
        assert clutter not in body


def test_broken_markup_still_imports(tmp_path: Path):
    report = import_sources([PAGES / "broken-markup.html"], tmp_path / "content")
    meta, paragraphs = article(written(report, "ferry-timetable-changes-for-winter.txt"))
    assert meta["url"] == "https://ferries.example.net/news/winter-timetable"
    assert str(meta["date"]) == "2022-10-28"
    assert paragraphs[1].startswith("The island ferry will run four times a day")
    assert paragraphs[-1] == "The operator said the summer timetable would return in April."
    assert "cookies" not in "\n".join(paragraphs)


def test_page_saved_as_a_single_file_mhtml(tmp_path: Path):
    report = import_sources([PAGES / "lighthouse-keeper.mhtml"], tmp_path / "content")
    meta, paragraphs = article(written(report, "lighthouse-keeper-retires-after-31-years.txt"))
    assert (meta["url"], str(meta["date"]), meta["author"]) == (
        "https://coastweekly.example/news/lighthouse-keeper-retires",
        "2021-06-30",
        "Sven Aalto",
    )
    assert paragraphs[1].startswith("Eero Lind, the last resident keeper")
    assert "“I will miss the storms,” he said. “Not the stairs.”" in paragraphs  # QP decoded
    assert paragraphs[-1] == "The lighthouse will open to visitors next summer."
    assert "newsletter" not in "\n".join(paragraphs) and "Congratulations" not in meta["title"]


def test_feed_entries_become_articles_and_a_repeat_of_a_saved_page_is_skipped(tmp_path: Path):
    content = tmp_path / "content"
    import_sources([PAGES / "harbour-bridge.html"], content)
    report = import_sources([FEEDS], content)
    meta, paragraphs = article(written(report, "fish-market-moves-to-the-old-rope-works.txt"))
    assert (meta["title"], str(meta["date"]), meta["author"]) == (
        "Fish market moves to the old rope works",
        "2024-03-11",
        "Jonas Pettersen",
    )
    assert meta["url"].startswith("https://news.example.org/2024/03/fish-market-moves")
    assert meta["imported"]["importer"] == "feed"
    assert paragraphs[1].startswith("The Saturday fish market will move")
    assert "which has a roof <and> running water." in paragraphs[2]  # text, not markup
    assert paragraphs[-1] == "The first market at the new site is planned for May 4."
    assert "alert(" not in "\n".join(paragraphs)
    atom_meta, atom_paragraphs = article(
        written(report, "dredging-of-the-north-channel-to-start-in-june.txt")
    )
    assert str(atom_meta["date"]) == "2024-04-02"  # published, not updated
    assert atom_paragraphs[-1].startswith("Boats over 12 metres should use the south channel")
    # the feed's copy of the bridge story is the page already imported: same URL, same words
    present = dict(report.present)  # an article of the feed that content/ holds already
    assert "already in the archive" in present[f"{(FEEDS / 'portsea-gazette.rss').as_posix()}:8"]
    assert len(list(content.rglob("harbour-bridge*.txt"))) == 1


def test_feed_entry_without_date_goes_to_undated_with_a_message(tmp_path: Path):
    report = import_sources([FEEDS / "harbour-notes.atom"], tmp_path / "content")
    path = written(report, "harbour-office-opening-hours.txt")
    assert path.parent == tmp_path / "content" / "undated"
    assert "date" not in article(path)[0]
    [message] = [str(p) for p in report.problems]
    assert message.startswith(f"{(FEEDS / 'harbour-notes.atom').as_posix()}:15: entry ")
    assert "has no date" in message and " — add <pubDate>" in message


def test_dumps_with_a_column_mapping(tmp_path: Path):
    report = import_sources([DUMPS], tmp_path / "content", mapping=DUMP_MAP)
    meta, paragraphs = article(written(report, "tram-line-extension-approved.txt"))
    assert (meta["title"], str(meta["date"]), meta["url"], meta["author"]) == (
        "Tram line extension approved",
        "2024-05-06",
        "https://metro.example.com/tram-extension",
        "Ruth Abara",
    )
    assert meta["imported"] | {"file": "", "retrieved": ""} == {
        "importer": "jsonl",
        "file": "",
        "line": 1,
        "retrieved": "",
        "text_hash": meta["imported"]["text_hash"],
    }
    assert paragraphs[1].startswith("EASTBROOK, May 6 - The city council approved")
    assert paragraphs[-1].endswith("the first trams would run in the autumn of 2026.")
    _, bakery = article(written(report, "bakery-wins-regional-bread-prize.txt"))
    assert bakery[1:] == [  # an HTML body is split into its paragraphs
        "A small bakery in Northgate has won the regional prize for rye bread.",
        "Its owner, Lotte Frisk, said the recipe came from her grandmother.",
    ]
    csv_meta, pool = article(written(report, "night-buses-to-run-on-fridays.txt"))
    assert str(csv_meta["date"]) == "2024-06-20" and csv_meta["imported"]["line"] == 7
    assert pool[1:] == [
        "Night buses will run on Friday nights from July, the transport company said.",
        "The trial will last six months.",
    ]


def test_gzipped_dump(tmp_path: Path):
    dump = tmp_path / "metro.jsonl.gz"
    dump.write_bytes(gzip.compress((DUMPS / "metro.jsonl").read_bytes()))
    report = import_sources([dump], tmp_path / "content", mapping=DUMP_MAP)
    assert written(report, "tram-line-extension-approved.txt").exists()
    assert len(report.imported) == 3


def test_dry_run_reports_and_writes_nothing(tmp_path: Path):
    content = tmp_path / "content"
    report = import_sources([FEEDS, PAGES], content, dry_run=True)
    assert len(report.imported) == 7 and not content.exists()
    assert report.summary().startswith("dry run, nothing written: 7 new")
    assert len(report.skipped) == 1  # the bridge story, in a feed and as a page


def test_semicolon_csv_with_commas_in_the_text(tmp_path: Path):
    dump = tmp_path / "export.csv"
    dump.write_text(
        "headline;body;published\n"
        'Dock strike ends;"Dock workers, after three days, went back; the port reopened.";'
        "2024-07-01\n",
        "utf-8",
    )
    report = import_sources([dump], tmp_path / "content", mapping={"title": "headline"})
    _, paragraphs = article(written(report, "dock-strike-ends.txt"))
    assert paragraphs == [
        "Dock strike ends",
        "Dock workers, after three days, went back; the port reopened.",
    ]


def test_json_array_file_with_a_damaged_end(tmp_path: Path):
    dump = tmp_path / "export.json"
    dump.write_text(
        '[\n  {"title": "Pier lights replaced", "text": "All forty lamps on the pier were '
        'replaced.", "date": "2024-08-01"},\n  {"title": "Cut off", "text": \n'
    )
    report = import_sources([dump], tmp_path / "content")
    assert [Path(p).name for p, _ in report.imported] == ["pier-lights-replaced.txt"]
    assert str(report.errors[0]).startswith(f"{dump.as_posix()}:3: not a JSON object")


def test_bad_inputs_give_located_messages_and_the_rest_imports(tmp_path: Path):
    report = import_sources([BAD, DUMPS], tmp_path / "content", mapping=DUMP_MAP)
    messages = [str(p) for p in report.problems]

    def message(prefix: str, *words: str) -> None:
        found = [m for m in messages if m.startswith(prefix)]
        assert found, f"no message starting {prefix!r} in {messages}"
        assert " — " in found[0] and all(w in found[0] for w in words), found[0]

    bad, dumps = BAD.as_posix(), DUMPS.as_posix()
    message(f"{bad}/index-page.html:1: no article text found", "not a home or index page")
    message(f"{bad}/empty.html:1: the page is empty")
    message(f"{bad}/no-text-column.csv:1: no column 'body' (for text)", "headline, published")
    message(f"{dumps}/council.csv:1: no column 'link' (for url)", "imported without it")
    message(f"{bad}/truncated-feed.xml:31: the feed's XML is damaged")
    message(f"{bad}/truncated-feed.xml:21: entry 'Fish market", "has no text")
    message(f"{dumps}/metro.jsonl:2: not a JSON object")
    message(f"{dumps}/metro.jsonl:4: record has no article text", "--map text=")
    message(f"{dumps}/metro.jsonl:5: date 'sometime in May' not understood", "YYYY-MM-DD")
    message(f"{dumps}/council.csv:2: date '12/06/2024' not understood")
    imported = sorted(Path(path).name for path, _ in report.imported)
    assert imported == [
        "bakery-wins-regional-bread-prize.txt",
        "council-meeting-moved.txt",
        "harbour-bridge-reopens-after-repairs.txt",  # the entry before the damage
        "night-buses-to-run-on-fridays.txt",
        "swimming-pool-reopens-after-refit.txt",
        "tram-line-extension-approved.txt",
    ]
    assert (tmp_path / "content/undated/council-meeting-moved.txt").exists()


def test_wrong_mapping_is_reported_a_few_times_then_counted(tmp_path: Path):
    dump = tmp_path / "many.jsonl"
    dump.write_text(
        "".join(json.dumps({"headline": f"Item {n}", "body": "Text."}) + "\n" for n in range(9))
    )
    report = import_sources([dump], tmp_path / "content", mapping={"text": "story"})
    assert len(report.skipped) == 9 and not report.imported
    lines = [str(p) for p in report.problems]
    assert len(lines) == 4, lines
    assert lines[0].startswith(f"{dump.as_posix()}:1: record has no 'story' (mapped to text)")
    assert "6 more records like this" in lines[-1]


def test_importing_twice_changes_nothing(tmp_path: Path):
    content = tmp_path / "content"
    sources = [PAGES, FEEDS, DUMPS]
    first = import_sources(sources, content, mapping=DUMP_MAP)
    before = snapshot(content)
    touched = {p: p.stat().st_mtime_ns for p in content.rglob("*.txt")}
    assert len(before) == len(first.imported) == 12
    second = import_sources(sources, content, mapping=DUMP_MAP)
    assert snapshot(content) == before
    assert {p: p.stat().st_mtime_ns for p in content.rglob("*.txt")} == touched  # not rewritten
    assert not second.imported and not second.updated
    assert len(second.present) == len(first.imported)  # "12 already there"
    assert len(second.skipped) == len(first.skipped)


def test_changed_text_for_the_same_url_updates_the_file(tmp_path: Path):
    content = tmp_path / "content"
    feed = tmp_path / "gazette.rss"
    shutil.copy(FEEDS / "portsea-gazette.rss", feed)
    import_sources([feed], content)
    path = content / "2024/03/fish-market-moves-to-the-old-rope-works.txt"
    bridge = (content / "2024/03/harbour-bridge-reopens-after-repairs.txt").read_bytes()
    feed.write_text(
        feed.read_text("utf-8").replace("planned for May 4.", "now planned for May 11."), "utf-8"
    )
    report = import_sources([feed], content)
    assert report.updated == [(path.as_posix(), f"{feed.as_posix()}:21")]
    assert not report.imported
    assert "updated" in report.lines()[0] and path.as_posix() in report.lines()[0]
    meta, paragraphs = article(path)
    assert paragraphs[-1] == "The first market at the new site is now planned for May 11."
    assert len(list(content.rglob("fish-market*.txt"))) == 1
    assert (content / "2024/03/harbour-bridge-reopens-after-repairs.txt").read_bytes() == bridge
    # a file people wrote themselves is never overwritten, even with the same URL
    mine = content / "2024/03/my-notes.txt"
    mine.write_text(f"---\nurl: {meta['url']}\n---\nMy notes\n\nSomething else.\n", "utf-8")
    path.unlink()
    report = import_sources([feed], content)
    assert mine.read_text("utf-8").endswith("Something else.\n")
    assert not report.imported and "was not imported" in report.present[-1][1]


def test_changed_text_of_a_dump_record_updates_its_file(tmp_path: Path):
    dump = tmp_path / "wire.jsonl"
    record = {"id": "7", "title": "Rain delays harvest", "date": "2024-09-02"}
    dump.write_text(json.dumps(record | {"text": "Rain has delayed the harvest."}) + "\n")
    content = tmp_path / "content"
    [(path, _)] = import_sources([dump], content).imported
    dump.write_text(json.dumps(record | {"text": "Rain has delayed the wheat harvest."}) + "\n")
    report = import_sources([dump], content)
    assert report.updated == [(path, f"{dump.as_posix()}:1")] and not report.imported
    assert article(Path(path))[1][-1] == "Rain has delayed the wheat harvest."
    assert article(Path(path))[0]["imported"]["record"] == "7"


def test_hand_written_files_with_broken_front_matter_do_not_stop_an_import(tmp_path: Path):
    content = tmp_path / "content"
    (content / "notes").mkdir(parents=True)
    (content / "notes/broken.md").write_text("---\ntitle: [unclosed\n---\nBody\n", "utf-8")
    (content / "notes/list.txt").write_text("---\n- not a mapping\n---\nA title\n", "utf-8")
    report = import_sources([FEEDS / "harbour-notes.atom"], content)
    assert len(report.imported) == 2 and not report.errors


def test_same_title_different_story_gets_its_own_file(tmp_path: Path):
    dump = tmp_path / "two.jsonl"
    records = [
        {"title": "Council meets", "text": f"The council met on {day} and did {what}."}
        for day, what in (("Monday", "little"), ("Tuesday", "a lot"))
    ]
    dump.write_text("".join(json.dumps(r | {"date": "2024-01-02"}) + "\n" for r in records))
    report = import_sources([dump], tmp_path / "content")
    assert sorted(Path(p).name for p, _ in report.imported) == [
        "council-meets-2.txt",
        "council-meets.txt",
    ]


def test_text_that_looks_like_markup_or_yaml_stays_data(tmp_path: Path):
    title = 'Mayor: "--- no comment" # <b>not bold</b> &amp; - item'
    dump = tmp_path / "tricky.jsonl"
    text = (
        "---\n\ntitle: fake\n\n<script>alert(1)</script> is what the post said.\n\n"
        "...\n\nEnd.\u2028\x00Really."
    )
    dump.write_text(json.dumps({"title": title + "\nsecond line", "text": text}) + "\n")
    report = import_sources([dump], tmp_path / "content")
    [(path, _)] = report.imported
    meta, paragraphs = article(Path(path))
    assert meta["title"] == title + " second line"
    assert paragraphs == [
        title + " second line",
        "---",
        "title: fake",
        "<script>alert(1)</script> is what the post said.",
        "...",
        "End. Really.",  # a line separator would split the reader's line numbering
    ]
    raw = Path(path).read_text("utf-8")
    assert yaml.safe_load(raw.split("\n---\n")[0].removeprefix("---\n"))["title"] == meta["title"]


def test_import_command_then_annotate_reads_title_date_and_no_errors(tmp_path: Path):
    args = ["import", str(PAGES), str(FEEDS), str(DUMPS), "--content", "content"]
    mapping = [f"--map={field}={column}" for field, column in DUMP_MAP.items()]
    result = generator(*args, *mapping, cwd=tmp_path, check=False)
    assert result.returncode == 1, result.stderr  # metro.jsonl has two broken records
    assert "12 new, 0 updated" in result.stdout
    assert "metro.jsonl:2: not a JSON object" in result.stderr
    assert "has no date" in result.stderr
    annotated = generator("annotate", "--json", "content", cwd=tmp_path)
    records = {Path(r["path"]).name: r for r in map(json.loads, annotated.stdout.splitlines())}
    assert len(records) == 12
    for name, record in records.items():
        meta, paragraphs = article(tmp_path / "content" / record["path"].split("content/")[-1])
        assert record["title"] == meta["title"] == paragraphs[0], name
        assert record["errors"] == [], name
        if "date" in meta:
            assert (record["date"], record["date_source"]) == (str(meta["date"]), "front-matter")
        assert record["url"] == meta.get("url")
    bridge = records["harbour-bridge-reopens-after-repairs.txt"]
    assert (bridge["place"], bridge["date"]) == ("Portsea", "2024-03-14")
    again = generator(*args, *mapping, cwd=tmp_path, check=False)
    assert "0 new, 0 updated, 12 already there" in again.stdout
    clean = generator("import", str(PAGES), "--content", "content", "--quiet", cwd=tmp_path)
    assert clean.stdout.strip() == (
        "0 new, 0 updated, 4 already there, 0 skipped; 0 errors, 0 warnings"
    )


def test_import_command_rejects_a_bad_mapping(tmp_path: Path):
    result = generator("import", str(DUMPS), "--map", "body", cwd=tmp_path, check=False)
    assert result.returncode == 2
    assert "write it as FIELD=COLUMN" in result.stderr
    result = generator("import", str(DUMPS), "--map", "headline=title", cwd=tmp_path, check=False)
    assert result.returncode == 2 and "unknown field 'headline'" in result.stderr
    assert not (tmp_path / "content").exists()


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.exists(), reason="the Reuters corpus is not in ../shared/corpora")
def test_first_200_reuters_stories_import_and_read_back(tmp_path: Path):
    from generator.annotate.article import annotate
    from generator.annotate.registry import load_registry
    from generator.read.reader import read_article

    report = import_sources([CORPUS], tmp_path / "content", limit=200)
    assert not report.errors
    # The collection repeats a few stories: --limit counts articles written, not records.
    assert len(report.imported) == 200 and report.skipped
    with gzip.open(CORPUS, "rt", encoding="utf-8") as stream:
        first = json.loads(stream.readline())
    path, origin = report.imported[0]
    assert origin.endswith(":1")
    meta, paragraphs = article(Path(path))
    assert meta["title"] == paragraphs[0] == first["title"]
    assert paragraphs[1] == first["text"].split("\n\n")[1]  # dateline paragraph, verbatim
    assert paragraphs[-1] == first["text"].split("\n\n")[-1]
    registry = load_registry(tmp_path / "none.yml")
    for path, _ in report.imported[:40]:
        record = annotate(read_article(Path(path)), registry)
        assert not record.errors, (path, record.errors)
        assert record.date_source == "front-matter" and record.date.year == 1987


def _dump(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_titles_that_differ_past_the_page_slug_get_their_own_page_address(tmp_path: Path):
    long = "Harbour board expresses grave concern on the ferry timetable"
    records = [
        {
            "id": "1",
            "title": f"{long} MOVE",
            "text": "First story. It is short.",
            "date": "2024-05-02",
        },
        {"id": "2", "title": f"{long} MOVES", "text": "Another story.", "date": "2024-05-03"},
    ]
    content = tmp_path / "content"
    report = import_sources([_dump(tmp_path, records)], content)
    assert len(report.imported) == 2
    metas = [article(Path(path))[0] for path, _ in report.imported]
    assert "slug" not in metas[0] and metas[1]["slug"].endswith("-2")
    # The build publishes them at two addresses, without a warning.
    result = generator("build", "--strict", cwd=_project_with(tmp_path, content))
    assert "same page address" not in result.stderr, result.stderr
    # Importing again keeps the slug it gave.
    again = import_sources([_dump(tmp_path, records)], content)
    assert not again.imported and not again.updated


def _project_with(tmp_path: Path, content: Path) -> Path:
    from conftest import make_project

    project = make_project(tmp_path / "p", with_sample=False)
    shutil.rmtree(project / "content")
    shutil.copytree(content, project / "content")
    return project


def test_source_names_the_agency_for_the_whole_import_or_per_record(tmp_path: Path):
    records = [
        {
            "id": "1",
            "title": "Ferry timetable changes",
            "text": "The ferry runs later.",
            "date": "2024-05-02",
        },
        {"id": "2", "title": "Market hall reopens", "text": "The hall opened.", "agency": "AFP"},
    ]
    report = import_sources([_dump(tmp_path, records)], tmp_path / "content", source="Reuters")
    agencies = sorted(article(Path(path))[0]["agency"] for path, _ in report.imported)
    assert agencies == ["AFP", "Reuters"]


def test_an_empty_or_unreadable_source_says_so(tmp_path: Path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    folder = tmp_path / "nothing"
    folder.mkdir()
    report = import_sources([empty, folder], tmp_path / "content")
    messages = [str(p) for p in report.problems]
    assert any("empty.jsonl:1: the file is empty" in m for m in messages), messages
    assert any("nothing:1: the folder holds no files" in m for m in messages), messages
    unreadable = tmp_path / "locked.jsonl"
    unreadable.write_text('{"title": "T", "text": "x"}\n', encoding="utf-8")
    unreadable.chmod(0)
    try:
        report = import_sources([unreadable], tmp_path / "content")
    finally:
        unreadable.chmod(0o644)
    if os.geteuid() != 0:  # root reads any file
        assert "cannot be read (Permission denied)" in str(report.problems[0])
