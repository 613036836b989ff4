"""Generated pages' HTML blocks skip Python-Markdown's HTML parser and change nothing:
the same HTML, table of contents and anchors as Python-Markdown makes of them."""

from __future__ import annotations

from pathlib import Path

import frontmatter
import markdown
from conftest import generator, harbour_articles, make_project
from mkdocs.structure.pages import _RawHTMLPreprocessor

from generator.mkdocs_plugin.speedups.blocks import GeneratedBlocks
from generator.publish.docs import read_manifest

# The Markdown extensions of the repository's mkdocs.yml.
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc"]
CONFIGS = {"toc": {"permalink": True}}

HOSTILE = {
    "2023/05/awkward.txt": (
        "Brackets [x](javascript:alert(1)) and <script>alert(1)</script> in a headline\n"
        "A lead with `code`, *stars* and &amp; entities\n"
        'LIMA, May 3 (Reuters) - Mayor Ana Quispe said on Tuesday: "We will *not* '
        'sign <b>this</b> [deal](http://example.com)."\n\n' + "[] " * 3_000 + "\n\n"
        "- not a list item\n"
        "1. not a numbered one\n"
        "> not a quotation block\n\n"
        '"It is a fair deal," Quispe said. "Nobody loses."\n'
    ),
}


def _convert(text: str, stash: bool) -> tuple[str, list, set[str]]:
    """What MkDocs' Page.render makes of `text`: HTML, TOC tokens, anchors."""
    extensions = [*EXTENSIONS, GeneratedBlocks(lambda: True)] if stash else EXTENSIONS
    md = markdown.Markdown(extensions=extensions, extension_configs=CONFIGS)
    anchors = _RawHTMLPreprocessor()
    anchors._register(md)  # as Page.render registers it
    html = md.convert(text)
    return html, md.toc_tokens, anchors.present_anchor_ids


def test_stashed_blocks_make_exactly_what_python_markdown_makes(tmp_path: Path):
    project = make_project(tmp_path, {**harbour_articles(4), **HOSTILE})
    generator("build", cwd=project)
    docs = project / "docs"
    compared = 0
    for relative in sorted(read_manifest(docs)):
        if not relative.endswith(".md"):
            continue
        body = frontmatter.loads((docs / relative).read_text("utf-8")).content
        assert _convert(body, stash=True) == _convert(body, stash=False), relative
        compared += 1
    assert compared > 20  # articles, entities, lists: every page family
    article = next(
        page
        for page in (frontmatter.load(path) for path in (docs / "articles").rglob("*.md"))
        if page["source"].endswith("awkward.txt")
    )
    html, toc, anchors = _convert(article.content, stash=True)
    assert "<script>" not in html and 'href="javascript' not in html
    assert "[x](javascript:alert(1))" in html  # shown as written
    assert {"q1", "q2"} <= anchors  # quotation anchors in the blocks, for link checks
    assert "Cite this" in [token["name"] for token in toc[0]["children"]]


def test_pages_of_other_origin_take_python_markdowns_usual_way():
    text = "# Notes\n\n<div>\n*kept as written*\n</div>\n\nSome *text*.\n"
    md = markdown.Markdown(extensions=[*EXTENSIONS, GeneratedBlocks(lambda: False)])
    anchors = _RawHTMLPreprocessor()
    anchors._register(md)
    assert md.convert(text) == markdown.markdown(text, extensions=EXTENSIONS)
