"""The package's layout: stages import only downwards, no import circle, MkDocs only in
the adapter, the command line and the adapter only through the package's `__all__`."""

from __future__ import annotations

import ast
from pathlib import Path

import generator

PACKAGE = Path(generator.__file__).resolve().parent
MAX_LINES = 900

# The stages from the bottom up. A module may import modules of its own rank or lower.
# The stage order README states: read, annotate, index, render, publish; the one
# orchestrator above them all; the MkDocs adapter and the command line above it.
RANKS = [
    ("generator.model", "generator.settings", "generator.buildstate"),
    ("generator.read",),
    ("generator.annotate",),
    ("generator.distributed", "generator.annotations"),  # annotating a whole archive
    ("generator.index",),
    ("generator.render",),
    ("generator.publish",),
    ("generator.pipeline", "generator.suggest", "generator.importers"),
    ("generator.mkdocs_plugin", "generator.cli"),
    ("generator.__main__",),
]
FACADE = "generator"  # the package itself: declares __all__, imported by the top rank


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ("generator", *path.relative_to(PACKAGE).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> list[tuple[str, list[str], int]]:
    """(module imported, names taken from it, line) for every import in the file,
    nested and TYPE_CHECKING ones included."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [alias.name for alias in node.names]
            submodules = [f"{base}.{n}" for n in names if f"{base}.{n}" in MODULES]
            if submodules:
                found += [(module, [], node.lineno) for module in submodules]
            else:
                found.append((base, names, node.lineno))
    return found


def _rank(module: str) -> int | None:
    for rank, prefixes in enumerate(RANKS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return rank
    return None


def _graph() -> dict[str, set[str]]:
    return {
        name: {m for m, _, _ in _imports(name, path) if m in MODULES and m != name}
        for name, path in MODULES.items()
    }


def test_every_module_belongs_to_a_stage():
    """A new module is placed in a stage (or this list grows on purpose)."""
    unplaced = [name for name in MODULES if name != FACADE and _rank(name) is None]
    assert unplaced == []


def test_no_stage_imports_a_higher_one():
    upward = []
    for name, path in MODULES.items():
        if name == FACADE:
            continue
        for module, _, line in _imports(name, path):
            if module == FACADE:
                if _rank(name) != len(RANKS) - 2 and not name.startswith("generator.__main__"):
                    upward.append(f"{path.name}:{line} imports the package facade")
                continue
            if module in MODULES and _rank(module) > _rank(name):
                upward.append(f"{name}:{line} -> {module}")
    assert upward == []


def test_no_import_circle():
    """Tarjan's strongly connected components: every one is a single module."""
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert circles == []


def test_only_the_adapter_imports_mkdocs():
    offenders = [
        f"{name}:{line}"
        for name, path in MODULES.items()
        if not name.startswith("generator.mkdocs_plugin")
        for module, _, line in _imports(name, path)
        if module.split(".")[0] in ("mkdocs", "properdocs", "material")
    ]
    assert offenders == []
    # The check looks at real imports: the adapter does import MkDocs.
    assert any(
        module.startswith("mkdocs.")
        for name, path in MODULES.items()
        if name.startswith("generator.mkdocs_plugin")
        for module, _, _ in _imports(name, path)
    )


def test_publish_never_calls_the_orchestrator():
    """Publishing is a stage: the pipeline calls it, never the other way round."""
    offenders = [
        f"{name}:{line} -> {module}"
        for name, path in MODULES.items()
        if name.startswith("generator.publish")
        for module, _, line in _imports(name, path)
        if module in ("generator.pipeline", FACADE) or module.startswith("generator.pipeline.")
    ]
    assert offenders == []


def test_the_adapter_and_command_line_run_stages_only_through_the_pipeline():
    """The MkDocs adapter and the command line take no stage's entry point from the
    package: they call the pipeline's (`write_docs`, `build_site`, `site_pages`,
    `publish_site`), which the package's names lead to."""
    stage_steps = {
        "annotate",
        "build_index",
        "render_pages",
        "docs_are_current",
        "load_manifest",
        "read_manifest",
        "index_site",
        "split_sitemap",
        "hosting_warning",
    }
    taken: set[str] = set()
    offenders = []
    for name, path in MODULES.items():
        if not name.startswith(("generator.cli", "generator.mkdocs_plugin")):
            continue
        for module, names, line in _imports(name, path):
            if module == FACADE:
                taken.update(names)
                offenders += [f"{name}:{line} {n}" for n in names if n in stage_steps]
    assert offenders == []
    from generator import pipeline

    orchestrated = {"write_docs", "build_site", "site_pages", "publish_site"}
    assert orchestrated <= taken
    assert all(getattr(generator, n) is getattr(pipeline, n) for n in orchestrated)


def test_command_line_and_adapter_use_only_the_declared_api():
    """`cli/` and `mkdocs_plugin/` take from the generator only what `__all__` offers
    (and their own folder's modules)."""
    offenders = []
    for name, path in MODULES.items():
        folder = next(
            (f for f in ("generator.cli", "generator.mkdocs_plugin") if name.startswith(f)), None
        )
        if folder is None:
            continue
        for module, names, line in _imports(name, path):
            if module.startswith(folder) or not module.startswith("generator"):
                continue
            if module != FACADE or not set(names) <= set(generator.__all__):
                offenders.append(f"{name}:{line} from {module} import {', '.join(names)}")
    assert offenders == []


def test_modules_stay_readable():
    long = {
        name: n
        for name, path in MODULES.items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_declared_api_exists():
    missing = [name for name in generator.__all__ if not hasattr(generator, name)]
    assert missing == []


ADAPTER = PACKAGE / "mkdocs_plugin"
SPEEDUPS = "generator.mkdocs_plugin.speedups"
PUBLIC_PATH_LINES = 400


def _code_lines(path: Path) -> int:
    """Lines of code: not blank, not a comment, not part of a docstring."""
    text = path.read_text(encoding="utf-8")
    docstrings: set[int] = set()
    for node in ast.walk(ast.parse(text)):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                docstrings.update(range(body[0].lineno, (body[0].end_lineno or 0) + 1))
    return sum(
        1
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.strip().startswith("#") and number not in docstrings
    )


def _public_path() -> dict[str, Path]:
    return {
        name: path
        for name, path in MODULES.items()
        if name.startswith("generator.mkdocs_plugin") and not name.startswith(SPEEDUPS)
    }


def test_the_adapters_public_path_is_small():
    """What runs with `speedups: false`: at most 400 lines of code (the issue's bound;
    it was 1,378 lines with the accelerator woven in)."""
    lines = {name: _code_lines(path) for name, path in _public_path().items()}
    assert 200 < sum(lines.values()) <= PUBLIC_PATH_LINES, lines


def test_the_public_path_touches_no_private_attribute_and_loads_speedups_lazily():
    """Outside speedups/, the adapter reads or sets no `_private` attribute of anything
    but its own objects, and imports the accelerator only when the switch is on."""
    offenders = []
    for path in _public_path().values():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            ):
                offenders.append(f"{path.name}:{node.lineno} .{node.attr}")
        for node in tree.body:  # module-level imports run whatever the switch says
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(SPEEDUPS):
                offenders.append(f"{path.name}:{node.lineno} imports speedups")
    assert offenders == []
    # The accelerator itself does reach inside MkDocs: the check above means something.
    speedups = PACKAGE / "mkdocs_plugin" / "speedups" / "reuse.py"
    assert "._title_from_render" in speedups.read_text(encoding="utf-8")
