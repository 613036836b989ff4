"""Material's navigation and tabs, rendered once for many generated pages, are what
Material renders on each page by itself."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import build_site, harbour_articles, make_project, run

PARTS = ("nav.md-nav--primary", "nav.md-tabs")


def _parts(page: Path) -> list[str]:
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    return [" ".join(str(soup.select_one(selector)).split()) for selector in PARTS]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_shared_navigation_is_what_material_draws_on_each_page(tmp_path: Path, directory_urls):
    project = make_project(tmp_path, harbour_articles(3))
    if not directory_urls:  # pages side by side: `connections.html` beside `index.html`
        config = project / "mkdocs.yml"
        text = config.read_text("utf-8")
        assert "use_directory_urls: true" in text
        config.write_text(text.replace("use_directory_urls: true", "use_directory_urls: false"))
    shared = build_site(project)
    plain = tmp_path / "plain"
    shutil.copytree(project, plain)
    for name in ("nav.html", "tabs.html"):  # Material's partials as they are
        (plain / "overrides" / "partials" / name).unlink()
    shutil.rmtree(plain / "site")
    run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=plain)
    pages = sorted(page for page in shared.rglob("*.html") if "assets" not in page.parts)
    kinds = {page.relative_to(shared).parts[0].removesuffix(".html") for page in pages}
    assert {"articles", "people", "about", "connections"} <= kinds  # in and out of the nav
    for page in pages:
        mine = _parts(page)
        assert "None" not in mine, page
        assert mine == _parts(plain / "site" / page.relative_to(shared)), page
