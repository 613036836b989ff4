"""Issue 26: an archive is publishable as it comes. A strict build fails only on what a
person must fix, a failed one changes nothing, and the public site shows no build
report and no source path."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from conftest import SAMPLE, generator, make_project, run

GOOD = """Harbour board delays its vote
The board met again without a decision
PORT ELLING, May 2 (Reuters) - Harbour master Tomas Reyes said the board would wait.
"""


def make_build(project: Path) -> int:
    """`CI=true make build`: the generator strictly, then MkDocs strictly; make stops at
    the first command that fails. Returns the exit status."""
    steps = [
        [sys.executable, "-m", "generator", "build", "--strict"],
        [sys.executable, "-m", "generator", "site", "--strict"],
    ]
    for step in steps:
        result = run(["env", "CI=true", *step], cwd=project, check=False)
        if result.returncode:
            return result.returncode
    return 0


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (hidden ones too) with a digest of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_failed_strict_build_leaves_docs_and_site_as_they_were(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"2023/05/vote.txt": GOOD})
    assert make_build(project) == 0
    docs, site = snapshot(project / "docs"), snapshot(project / "site")
    assert any(page.startswith("articles/2023/05/") for page in docs)
    # An edit that would change pages, and a file a person must fix.
    vote = project / "content/2023/05/vote.txt"
    vote.write_text(GOOD.replace("would wait", "would wait until June"), "utf-8")
    (project / "content/2023/05/broken.txt").write_text(
        '---\ntitle: "never closed\n---\nHeadline\nLead\nText.\n', "utf-8"
    )
    assert make_build(project) == 1
    assert snapshot(project / "docs") == docs
    assert snapshot(project / "site") == site
    failed = generator("build", "--strict", cwd=project, check=False)
    assert "broken.txt:2: front matter is not valid YAML" in failed.stderr
    assert "docs/ left as it was" in failed.stderr
    # Fixed: the next build publishes the edit.
    (project / "content/2023/05/broken.txt").unlink()
    assert make_build(project) == 0
    assert snapshot(project / "docs") != docs


def test_a_date_the_build_settles_by_its_rule_is_a_notice_not_a_failure(
    tmp_path: Path,
) -> None:
    """An importer writes `date:` from the dump's timestamp; a re-issued story whose
    dateline says another day is settled by the stated rule (front matter wins)."""
    reissued = "---\ndate: 1987-03-02\n---\n" + GOOD.replace("May 2", "February 27")
    project = make_project(tmp_path, {"1987/03/reissued.txt": reissued}, with_sample=False)
    result = generator("build", "--strict", cwd=project)
    assert "notice: content/1987/03/reissued.txt:2: front matter date 1987-03-02" in result.stderr
    assert "1 article; " in result.stderr and "0 errors, 0 warnings, 2 notices" in result.stderr
    report = (project / "build-report.txt").read_text("utf-8")
    assert "reissued.txt:2: front matter date 1987-03-02 does not match" in report


def test_the_site_holds_no_build_report_and_no_source_path(tmp_path: Path) -> None:
    reissued = "---\ndate: 2023-05-20\n---\n" + GOOD
    project = make_project(tmp_path, {"2023/05/vote.txt": reissued})
    assert make_build(project) == 0
    assert "content/2023/05/vote.txt:2:" in (project / "build-report.txt").read_text("utf-8")
    site = project / "site"
    assert not (site / "report").exists() and not (site / "report.html").exists()
    sample = SAMPLE.name
    leaks = [
        path.relative_to(site).as_posix()
        for path in site.rglob("*")
        if path.is_file()
        and path.suffix in {".html", ".json", ".jsonl", ".csv", ".xml", ".md", ".txt"}
        and any(
            name in path.read_text("utf-8", errors="replace")
            for name in ("content/2023/05/vote.txt", sample)
        )
    ]
    assert not leaks


def test_bytes_that_are_not_utf8_are_reported_with_their_offset(tmp_path: Path) -> None:
    data = b"Council Headline\xff\xfe\nThe council met\nLONDON, March 3 (Reuters) - It met.\n"
    project = make_project(tmp_path, {"2023/03/stray.txt": data}, with_sample=False)
    result = generator("build", "--strict", cwd=project, check=False)
    assert result.returncode == 1  # a person must fix the file
    assert (
        "content/2023/03/stray.txt:1: not valid UTF-8: byte 16 is 0xFF; the file was read as "
        "cp1252" in result.stderr
    )
    assert "save the file as UTF-8" in result.stderr
    # A file saved as UTF-8 is read without a word.
    (project / "content/2023/03/stray.txt").write_bytes(data.replace(b"\xff\xfe", b""))
    assert "UTF-8" not in generator("build", "--strict", cwd=project).stderr


def test_import_limit_counts_articles_written(tmp_path: Path) -> None:
    """`--limit N` gives N articles: a record repeating one already written is skipped
    and not counted; a second run finds them there and writes nothing."""
    records = []
    for n in range(6):
        text = f"PORT ELLING, May {n + 1} (Reuters) - The harbour board met for the {n}th time."
        records.append({"title": f"Harbour board meets again {n}", "text": text})
        if n < 2:
            records.append({"title": f"Harbour board meets again {n}", "text": text})
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    args = ["import", str(dump), "--limit", "4"]
    first = generator(*args, "--quiet", cwd=tmp_path, check=False)
    assert first.stdout.strip().startswith("4 new, 0 updated, 0 already there, 2 skipped;")
    assert len(list((tmp_path / "content").rglob("*.txt"))) == 4
    again = generator(*args, "--quiet", cwd=tmp_path, check=False)
    assert again.stdout.strip().startswith("0 new, 0 updated, 4 already there, 2 skipped;")
    more = generator("import", str(dump), "--limit", "5", "--quiet", cwd=tmp_path, check=False)
    assert more.stdout.strip().startswith("1 new, 0 updated, 4 already there, 2 skipped;")
    assert len(list((tmp_path / "content").rglob("*.txt"))) == 5


SPEECH = """Harbour board delays its vote
The board met again without a decision
PORT ELLING, May 2 (Reuters) - Harbour master Tomas Reyes said the board would wait.
"We need more time to read the plans," Reyes said.
"We will vote in June, not before," Reyes said.
"That is far too late for the fishermen," said council member Ana Lind.
"""


def test_consecutive_quotations_of_one_speaker_share_one_callout(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"2023/05/speech.txt": SPEECH}, with_sample=False)
    generator("build", cwd=project)
    page = next((project / "docs/articles/2023/05").glob("*.md")).read_text("utf-8")
    callouts = page.split('<div class="admonition quote">')[1:]
    assert len(callouts) == 2, page
    assert "We need more time" in callouts[0] and "We will vote in June" in callouts[0]
    assert "Tomas Reyes" in callouts[0] and callouts[0].count("admonition-title") == 1
    assert "far too late" in callouts[1] and "Ana Lind" in callouts[1]


def test_readable_headlines_keep_acronyms_and_symbols() -> None:
    from generator.render.teasers import archive_acronyms, readable_headline

    story = "The company said its CMOs were priced. <HKBH.HK> rose. It sold mail."
    cases = {
        "GENERAL ELECTRIC<GE> SELLS UNIT": "General Electric<GE> Sells Unit",
        "BRITISH LEYLAND <RANGE ROVER> SALES UP": "British Leyland <Range Rover> Sales Up",
        "TWA <TWA> GETS LONDON ROUTE": "TWA <TWA> Gets London Route",
        "MAIL BOXES ETC <MAIL> YEAR NET": "Mail Boxes Etc <MAIL> Year Net",
        "SL INDUSTRIES INC <SL> 2ND QTR NET": "SL Industries Inc <SL> 2nd QTR Net",
        "HK BANK PROFIT RISES": "HK Bank Profit Rises",  # HK of <HKBH.HK>
        "THOMSON UNIT'S CMO OFFERING PRICED": "Thomson Unit's CMO Offering Priced",
        "GM'S <GM> PONTIAC HAS INCENTIVES": "GM's <GM> Pontiac Has Incentives",
    }
    for title, shown in cases.items():
        assert readable_headline(title, story) == shown
    # USDA where its own story spells the name out: the archive writes it in capitals.
    others = ["The USDA said.", "USDA officials met.", "A USDA report.", "Crops, USDA said."]
    known = archive_acronyms([*others, "The NOTE was read. A note. Another note here."])
    assert "USDA" in known and "NOTE" not in known
    title = "USDA SEES LOWER CORN STOCKS"
    assert readable_headline(title, "The Agriculture Department said.") == (
        "Usda Sees Lower Corn Stocks"
    )
    assert readable_headline(title, "The Agriculture Department said.", known) == (
        "USDA Sees Lower Corn Stocks"
    )


def test_a_failed_mkdocs_build_leaves_site_as_it_was(tmp_path: Path) -> None:
    """MkDocs' own strict failure (a broken link in a hand-written page) comes after it
    has written pages: `generator site` builds beside site/ and swaps only on success."""
    project = make_project(tmp_path, {"2023/05/vote.txt": GOOD})
    assert make_build(project) == 0
    site = snapshot(project / "site")
    again = run([sys.executable, "-m", "generator", "site", "--strict"], cwd=project)
    assert "site/ is current" in again.stdout  # what the build recorded holds after the swap
    about = project / "docs/about.md"
    text = about.read_text("utf-8")
    about.write_text(text + "\nSee [the missing page](missing.md).\n", "utf-8")
    failed = run([sys.executable, "-m", "generator", "site", "--strict"], cwd=project, check=False)
    assert failed.returncode == 1 and "site/ is as it was" in failed.stderr
    assert snapshot(project / "site") == site
    assert not (project / ".site.building").exists()
    about.write_text(text.replace("archive", "archive, edited", 1), "utf-8")
    assert make_build(project) == 0
    assert snapshot(project / "site") != site and not (project / ".site.old").exists()
