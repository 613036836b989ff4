"""`mkdocs build` that renders only the generated pages whose inputs changed.

MkDocs empties `site/` at the start of every build that is not `--dirty` and renders
every page again. A generated page's HTML depends only on its own Markdown, its address,
and what every page shares: mkdocs.yml (and the environment it reads), the theme and its
overrides, the navigation (the hand-written pages), and the versions of the code that
renders. So just before MkDocs cleans `site/`, the plugin renames it aside
(`.cache/site-previous`) and, once MkDocs has cleaned, renames it back; each generated
page whose Markdown and shared inputs are those of the last successful build keeps its
HTML file, and MkDocs renders the rest. After the build, every file the build did not
make (a deleted article's page, a file no longer generated) is removed, so `site/` holds
what a clean build makes. A kept page's file is not touched, so Pagefind
(publish/pagefind.py), which re-indexes only the shards holding a page written since its
last run, leaves their bundles as they are.

What MkDocs checks for a page it renders is kept for the pages it does not: their
anchors (links into them are still validated) and the anchors they link to (validated
again, since the target may have changed), and a page is rendered again whenever a page
it links to is gone. The record of the last build is written only when that build logged
no warning, so a strict build fails again wherever a clean one would. Any doubt (no record,
another configuration, a failed build, a `site/` on another file system) means MkDocs
renders everything, as before.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator import (
    SITE_PACKAGES,
    code_digest,
    file_signature,
    fingerprint,
    package_version,
    read_record,
    remove_file,
)
from generator.mkdocs_plugin.config import ENGINE
from generator.mkdocs_plugin.files import config_fingerprint

log = logging.getLogger("mkdocs.plugins.news-archive")

# Front-matter values that templates rendered once for the whole site read from every
# page: the sitemap's `lastmod` (overrides/sitemap.xml). Kept as text, as they print.
SITE_WIDE_META = ("date",)
# Relative Markdown links the generator writes: `](../people/ines-varga.md#x)`.
_MD_LINK = re.compile(r"\]\(([^()\s#]+\.md)(?:#[^()\s]*)?\)")


@dataclass(slots=True)
class Kept:
    """What the last build made of one page, enough to stand in for rendering it."""

    key: str
    dest: str  # relative to site/
    title: str | None
    meta: dict[str, str]
    anchors: list[str]
    links: dict[str, dict[str, str]]  # linked src_uri -> {anchor: link as written}


@dataclass(slots=True)
class SiteReuse:
    """One `mkdocs build`'s reuse of the previous build's output."""

    record_path: Path
    stash: Path
    site: Path = Path("site")
    shared: str = ""
    previous: dict[str, Kept] = field(default_factory=dict)
    current: dict[str, str] = field(default_factory=dict)  # src_uri -> key, generated pages
    reused: dict[str, Kept] = field(default_factory=dict)
    previous_static: dict[str, list[str]] = field(default_factory=dict)
    static: dict[str, str] = field(default_factory=dict)  # src_uri -> source signature
    copies_skipped: int = 0
    active: bool = False

    # -- before MkDocs cleans site/ --------------------------------------------------
    def set_aside(self, config: MkDocsConfig) -> None:
        """Move the last build's site/ out of MkDocs' way (it would delete it)."""
        self.site = Path(config.site_dir).resolve()
        shutil.rmtree(self.stash, ignore_errors=True)  # a build that failed left it
        record = read_record(self.record_path, "site")
        self.record_path.unlink(missing_ok=True)  # rewritten only if this build succeeds
        if "shared" not in record or not self.site.is_dir():
            return
        try:
            self.stash.parent.mkdir(parents=True, exist_ok=True)
            os.rename(self.site, self.stash)
        except OSError as error:  # another file system: render everything
            log.debug(f"news-archive: cannot reuse {self.site}: {error}")
            return
        self.shared = record.get("shared", "")
        self.previous = {uri: Kept(**kept) for uri, kept in record.get("pages", {}).items()}
        self.previous_static = record.get("static", {})
        self.active = True

    def put_back(self) -> None:
        """Once MkDocs has cleaned: the last build's site/ is site/ again."""
        if not self.active:
            return
        try:
            if self.site.exists():
                os.rmdir(self.site)  # MkDocs' clean leaves no folder, or an empty one
            os.rename(self.stash, self.site)
        except OSError as error:
            log.debug(f"news-archive: cannot reuse {self.site}: {error}")
            shutil.rmtree(self.stash, ignore_errors=True)
            self.active = False

    # -- once the generated pages are among MkDocs' files ----------------------------
    def choose(self, config: MkDocsConfig, files: Files, generated: set[str]) -> set[str]:
        """The generated pages whose last output stands; returns their src_uris."""
        shared = shared_inputs(config, files, generated)
        self.current = {}
        contents: dict[str, bytes] = {}
        for file in files.documentation_pages():
            if file.src_uri in generated:
                contents[file.src_uri] = data = file.content_bytes
                self.current[file.src_uri] = _page_key(file, data)
        self.reused = {}
        self._skip_copies(files)
        if not self.active or shared != self.shared:
            self.shared = shared
            return set()
        uris = files.src_uris
        for uri, key in self.current.items():
            kept = self.previous.get(uri)
            found = uris.get(uri)
            if kept is None or kept.key != key or found is None or kept.dest != found.dest_uri:
                continue
            if not os.path.isfile(os.path.join(self.site, kept.dest)):
                continue
            data = contents[uri]
            # Article and entity pages link in HTML: no Markdown link to look for.
            linked = _linked(uri, data.decode("utf-8", "replace")) if b"](" in data else ()
            if any(target not in uris for target in linked):
                continue  # rendering it again reports the broken link
            self.reused[uri] = kept
        self.shared = shared
        return set(self.reused)

    def _skip_copies(self, files: Files) -> None:
        """MkDocs copies every static file (the theme's, the data files) on every build;
        one whose source and copy are as the last build left them is not copied again."""
        self.static, self.copies_skipped = {}, 0
        for file in files:
            if file.is_documentation_page():
                continue
            signature = _source_signature(file)
            if signature is None:
                continue
            self.static[file.src_uri] = signature
            before = self.previous_static.get(file.src_uri)
            if not self.active or before is None or before[:2] != [signature, file.dest_uri]:
                continue
            if file_signature(os.path.join(self.site, file.dest_uri)) == before[2]:
                file.copy_file = _no_copy  # type: ignore[method-assign]
                self.copies_skipped += 1

    def stand_in(self, page: Page, files: Files, template: str) -> None:
        """Make `page` cost nothing in MkDocs: no reading, no conversion, no template;
        its last output stays in site/."""
        kept = self.reused[page.file.src_uri]

        def read_source(config: MkDocsConfig) -> None:
            page.markdown = ""
            page.meta = {**kept.meta, "template": template}

        def render(config: MkDocsConfig, files: Files) -> None:
            page.content = ""
            page.toc = get_toc([])
            page._title_from_render = kept.title
            page.present_anchor_ids = set(kept.anchors)
            uris = files.src_uris
            page.links_to_anchors = {
                uris[uri]: anchors for uri, anchors in kept.links.items() if uri in uris
            }

        page.read_source = read_source  # type: ignore[method-assign]
        page.render = render  # type: ignore[method-assign]

    # -- after every page is written -------------------------------------------------
    def sweep(self, config: MkDocsConfig, files: Files, folders: set[str]) -> int:
        """Remove what the last build made and this one did not (a deleted article's
        page, a file no longer generated); `folders` are managed whole by their own
        writers (Pagefind's bundle). Hidden entries stay, as MkDocs' clean keeps them."""
        if not self.active:
            return 0
        made = {file.dest_uri for file in files}
        for template in [*config.theme.static_templates, *config.extra_templates]:
            made.update((template, f"{template}.gz"))
        unmade = []
        for folder, dirs, names in os.walk(self.site, topdown=True):
            relative = os.path.relpath(folder, self.site).replace(os.sep, "/")
            if relative == ".":
                relative = ""
                dirs[:] = [d for d in dirs if d not in folders and not d.startswith(".")]
                names = [n for n in names if not n.startswith(".")]
            for name in names:
                if (f"{relative}/{name}" if relative else name) not in made:
                    unmade.append(Path(folder, name))
        return sum(remove_file(path, self.site) for path in unmade)

    def finish(self, files: Files) -> dict[str, Any]:
        """What the next build needs to know of this one's pages, for the site's record
        (written only when the build logged no warning)."""
        pages = {}
        uris = files.src_uris
        for uri, key in self.current.items():
            file = uris.get(uri)
            page = file.page if file is not None else None
            if file is None or page is None:
                continue
            links = page.links_to_anchors or {}
            pages[uri] = {
                "key": key,
                "dest": file.dest_uri,
                "title": page._title_from_render,
                "meta": {k: str(page.meta[k]) for k in SITE_WIDE_META if k in page.meta},
                "anchors": sorted(page.present_anchor_ids or ()),
                "links": {linked.src_uri: dict(a) for linked, a in links.items()},
            }
        static = {}
        for uri, signature in self.static.items():
            file = uris.get(uri)
            if file is not None:
                copy = file_signature(os.path.join(self.site, file.dest_uri))
                if copy is not None:
                    static[uri] = [signature, file.dest_uri, copy]
        return {"shared": self.shared, "pages": pages, "static": static}

    def abandon(self) -> None:
        """After a failed build: nothing is recorded, the next build renders all."""
        self.record_path.unlink(missing_ok=True)
        if self.active and self.stash.is_dir() and not self.site.exists():
            os.rename(self.stash, self.site)  # failed before MkDocs' first file
        shutil.rmtree(self.stash, ignore_errors=True)
        self.active = False


def shared_inputs(config: MkDocsConfig, files: Files, generated: set[str]) -> str:
    """One digest of what every page's HTML depends on besides its own Markdown."""
    return fingerprint(
        config_fingerprint(config),  # mkdocs.yml and the theme overrides
        ENGINE,  # each writes its name into every page's meta tags
        config.site_url,
        config.site_name,
        config.use_directory_urls,
        _relative_to_config(config, config.docs_dir),
        config.theme.name,
        sorted(config.plugins),
        [package_version(p) for p in SITE_PACKAGES],
        os.environ.get("SOURCE_DATE_EPOCH"),
        code_digest(),  # the generator's code and templates
        # The hand-written pages: the navigation shows their titles on every page.
        [
            (file.src_uri, _page_key(file))
            for file in files.documentation_pages()
            if file.src_uri not in generated
        ],
    )


def _relative_to_config(config: MkDocsConfig, path: str) -> str:
    """`path` as mkdocs.yml names it, however MkDocs was pointed at mkdocs.yml."""
    folder = os.path.dirname(os.path.abspath(config.config_file_path or "mkdocs.yml"))
    return os.path.relpath(os.path.abspath(path), folder)


def _no_copy(dirty: bool = False) -> None:
    return None


def _source_signature(file: File) -> str | None:
    """What a static file's copy is made from: its bytes' digest when it is made in
    memory, else the source file's size and modification time."""
    if file._content is not None:
        return fingerprint(file.content_bytes)
    if file.abs_src_path is None:
        return None
    return file_signature(file.abs_src_path)


def _page_key(file: File, data: bytes | None = None) -> str:
    data = file.content_bytes if data is None else data
    return fingerprint(file.src_uri, file.dest_uri, data)


def _linked(src_uri: str, markdown: str) -> set[str]:
    """The pages a page's Markdown links to, as docs-relative paths."""
    folder = posixpath.dirname(src_uri)
    return {
        posixpath.normpath(posixpath.join(folder, target))
        for target in _MD_LINK.findall(markdown)
        if "://" not in target
    }
