"""Material's navigation, rendered once where thousands of pages share the result.

Material draws the navigation sidebar and the tabs on every page, walking the whole
navigation each time: a fifth of what a generated page costs in MkDocs. On a page that
is not in the navigation (an article, an entity page) nothing in them is active, so
their HTML depends only on where their links lead from that page: the page-relative
address of the site's root and of every navigation entry. `overrides/partials/nav.html`
and `tabs.html` wrap Material's own partials (loaded here under `material-theme/`) in
`news_archive_shared`, which renders each once per distinct set of addresses and build:
once per folder of pages, in practice.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url


class SharedParts:
    """`{% call news_archive_shared(name, page, base_url) %}...{% endcall %}`: the
    body's HTML, rendered the first time it is asked for with the same addresses."""

    def __init__(self, nav: Navigation | None) -> None:
        self.html: dict[tuple, Markup] = {}
        self.in_nav = _urls(nav) if nav is not None else set()
        self.targets = sorted(self.in_nav)

    def __call__(self, name: str, page: Page, base_url: str, caller: Callable[[], str]) -> Markup:
        # A page the navigation lists shows itself active (the home page among them,
        # generated as it is): its own. Without directory URLs, such a page's links read
        # as those of the pages beside it (`index.html` from `report.html` too).
        if not self.targets or page.url in self.in_nav:
            return Markup(caller())
        key = (name, base_url, *(get_relative_url(url, page.url) for url in self.targets))
        found = self.html.get(key)
        if found is None:
            found = self.html[key] = Markup(caller())
        return found


def _urls(nav: Navigation) -> set[str]:
    """The address of every entry of the navigation, sections' links included."""
    found = {nav.homepage.url} if nav.homepage is not None else set()
    stack = list(nav.items)
    while stack:
        item = stack.pop()
        url = getattr(item, "url", None)
        if isinstance(url, str):
            found.add(url)
        stack.extend(getattr(item, "children", None) or [])
    return found
