"""Issue 27: a page's key is the digest of what it shows, so a page whose key did not
change is the same page. Hypothesis changes one input a page shows (a headline, a
sentence, a speaker, a date, the agency, tags, an entity's description, an article added
or deleted, a setting) and checks, page by page, that an unchanged key means an
unchanged text, that the edit changes some page, and that an incremental run (unchanged
pages taken from the previous one) makes exactly the pages of a clean run."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path

from conftest import harbour_articles
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator import PageCache, Settings, generate
from generator.render.context import PAGE_INPUTS, PageContext

REGISTRY = (
    "entities:\n"
    "  - name: Ines Varga\n    type: person\n    description: Harbour master of Port Elling\n"
)
FERRY = (
    "Ferry service resumes at Port Elling\nThe islands are reachable again\n"
    "PORT ELLING, May 2 (Reuters) - The ferry sailed again on Tuesday, Ines Varga said. "
    '"The crossing is safe," said captain Tomas Brek.\n'
)
WORD = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)
Archive = dict[str, str]
Edit = Callable[[Archive, Settings], None]


def _replace(path: str, old: str, new: str) -> Edit:
    def edit(archive: Archive, _: Settings) -> None:
        assert old in archive[path], (path, old)
        archive[path] = archive[path].replace(old, new, 1)

    return edit


def _set(**values: object) -> Edit:
    def edit(_: Archive, settings_: Settings) -> None:
        for name, value in values.items():
            setattr(settings_, name, value)

    return edit


def _add(path: str, text: str) -> Edit:
    def edit(archive: Archive, _: Settings) -> None:
        archive[path] = text

    return edit


def _delete(path: str) -> Edit:
    def edit(archive: Archive, _: Settings) -> None:
        del archive[path]

    return edit


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, Edit]:
    """One change to one input of the pages, described for the failure message."""
    word = draw(WORD)
    n = draw(st.integers(1, 3))
    harbour = f"2023/0{n}/harbour-{n}.txt"
    ferry = "2023/05/ferry.txt"
    choices: list[tuple[str, Edit]] = [
        ("headline", _replace(harbour, "Harbour board meets", f"{word} board meets")),
        ("lead", _replace(harbour, "discussed the budget", f"discussed the {word} budget")),
        ("body", _replace(harbour, "meets every month.", f"meets every month. {word} came.")),
        ("quotation", _replace(harbour, '"We are ready', f'"We are {word.lower()} and ready')),
        ("speaker", _replace(ferry, "said captain Tomas Brek", f"said captain Tomas {word}")),
        ("date", _replace(harbour, f"March {n} (Reuters)", f"March {n + 10} (Reuters)")),
        ("agency", _replace(harbour, "(Reuters)", "(AFP)")),
        ("tags", _replace(harbour, "Harbour board", f"---\ntags: [{word}]\n---\nHarbour board")),
        ("description", _replace("entities.yml", "Harbour master of", f"{word} of")),
        ("added", _add(f"2023/06/{word.lower()}.txt", FERRY.replace("Tuesday", word))),
        ("deleted", _delete(harbour)),
        ("site name", _set(site_name=f"{word} archive")),
        ("site_url", _set(site_url=f"https://{word.lower()}.example.org/")),
        ("directory URLs", _set(use_directory_urls=False)),
    ]
    return draw(st.sampled_from(choices))


def _generate(archive: Archive, settings_: Settings, previous: PageCache | None = None):
    content = settings_.content_dir
    for path in content.rglob("*"):
        if path.is_file():
            path.unlink()
    for relative, text in archive.items():
        (content / relative).parent.mkdir(parents=True, exist_ok=True)
        (content / relative).write_text(text, "utf-8")
    return generate(settings_, previous)


# No shrinking: an example is one named edit and a word, readable as drawn.
@settings(
    max_examples=12,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(edits())
def test_a_page_whose_key_is_unchanged_shows_the_same_text(edit: tuple[str, Edit]):
    what, change = edit
    archive: Archive = {**harbour_articles(3), "2023/05/ferry.txt": FERRY}
    archive["entities.yml"] = REGISTRY
    with tempfile.TemporaryDirectory() as folder:
        before_settings = Settings(
            content_dir=Path(folder) / "content",
            docs_dir=Path(folder) / "docs",
            cache_dir=None,
            site_url="https://example.org/archive/",
            jobs=1,
        )
        before = _generate(archive, before_settings)
        after_settings = dataclasses.replace(before_settings)
        change(archive, after_settings)
        after = _generate(archive, after_settings)
        incremental = _generate(
            archive, after_settings, PageCache(dict(before.keys), dict(before.pages))
        )
    # Pages without a key are made afresh on every run (indexes, the home page).
    same_key = [p for p in after.keys if before.keys.get(p) == after.keys[p]]
    assert [p for p in same_key if before.pages[p] != after.pages[p]] == [], what
    pages = after.pages.keys() | before.pages.keys()
    assert any(before.pages.get(p) != after.pages.get(p) for p in pages), what
    assert incremental.pages == after.pages, what
    assert incremental.keys == after.keys, what


def test_every_declared_page_family_keys_its_pages(tmp_path: Path, monkeypatch):
    """Each family of render/context.PAGE_INPUTS keys pages of the example archive by
    its declared inputs: no family in the table is one no page uses (the property test
    above then covers them all), and every page it keys has a key."""
    families: dict[str, list[str]] = {}
    reuse = PageContext.reuse

    def spy(self, paths, family, **inputs):
        families.setdefault(family, []).extend(paths)
        return reuse(self, paths, family, **inputs)

    monkeypatch.setattr(PageContext, "reuse", spy)
    archive: Archive = {**harbour_articles(3), "2023/05/ferry.txt": FERRY}
    archive["entities.yml"] = REGISTRY
    settings_ = Settings(
        content_dir=tmp_path / "content", docs_dir=tmp_path / "docs", cache_dir=None, jobs=1
    )
    result = _generate(archive, settings_)
    assert families.keys() == PAGE_INPUTS.keys()
    for family, paths in families.items():
        assert all(path in result.keys for path in paths), family
    assert families["article"] and all(p.startswith("articles/") for p in families["article"])
