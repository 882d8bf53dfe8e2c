"""The import graph of `cases/` has no circle: every module-level import, read from the
source, points one way (views and the API → services → selectors and models; tasks →
services; services send tasks by name through `cases.services.queue`)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cases"


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The project modules `path` imports at module level (not inside functions)."""
    name = _module(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        # `if TYPE_CHECKING:` imports are for annotations only: not in the body's list.
        for item in [node]:
            if isinstance(item, ast.Import):
                targets = [alias.name for alias in item.names]
            elif isinstance(item, ast.ImportFrom):
                base = item.module or ""
                if item.level:  # "from .fields import x" inside cases.extraction
                    parent = package.split(".")[: len(package.split(".")) - item.level + 1]
                    base = ".".join([*parent, base]).strip(".")
                # "from cases.extraction import fields" imports the module fields; "from
                # cases.models import Case" imports cases.models.
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in item.names
                ]
            else:
                continue
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    found.add(target)
    return found


def _graph() -> dict[str, set[str]]:
    paths = [p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts]
    modules = {_module(p) for p in paths}
    return {_module(p): _imports(p, modules) for p in paths}


def _circle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_no_import_circle_inside_cases() -> None:
    circle = _circle(_graph())
    assert circle is None, "import circle: " + " → ".join(circle or [])


def test_the_checker_sees_a_circle() -> None:
    assert _circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _circle({"a": {"b"}, "b": set()}) is None


def test_a_process_that_never_imported_the_tasks_can_send_them_by_name() -> None:
    """A web process sends tasks without importing cases.tasks (services never do)."""
    import subprocess
    import sys

    code = (
        "import django, os, sys; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'tracker.settings');"
        "django.setup(); assert 'cases.tasks' not in sys.modules;"
        "from cases.services.queue import task;"
        "print(task('article_fetch_task').name)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "cases.tasks.article_fetch_task", out.stderr


def test_the_app_imports_its_modules_at_module_level() -> None:
    """No import inside a function to dodge a circle in the app's code. Only scripts that
    point Django at their own database first (benchmarks, the robustness run) and
    AppConfig.ready import late."""
    late = []
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts or path.name in ("bench.py", "robustness.py", "apps.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("cases"):
                        late.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert late == []
