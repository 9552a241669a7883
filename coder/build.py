"""Which of this package's modules run compiled (a CODER_COMPILE=1 build, setup.py), whether
any was built from a source that has since been edited, and where the shipped data lies.

An editable install leaves the compiled modules beside their sources, and Python imports the
compiled one first: edit the .py and the old code would still run. So a stale build is named
when the package is imported, with the way out.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.machinery
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)  # ".cpython-311-x86_64-linux-gnu.so", ".so"...


def shipped(name: str) -> Path:
    """A folder that ships with coder (dictionaries, schemas): beside the package in a checkout
    or an editable install, inside it (coder/_data/, copied there by setup.py) in a wheel."""
    beside = PACKAGE.parent / name
    return beside if beside.is_dir() else PACKAGE / "_data" / name


def compiled(package: Path = PACKAGE) -> list[str]:
    """Names of the modules in `package` that are compiled extensions, sorted."""
    return sorted({p.name.split(".")[0] for p in package.iterdir() if p.name.endswith(SUFFIXES)})


def built_from(package: Path = PACKAGE) -> dict[str, str]:
    """Module -> sha256 of the source it was compiled from, as setup.py wrote it in _compiled.py."""
    record = package / "_compiled.py"
    if not record.exists():  # a source checkout never built
        return {}
    for node in ast.parse(record.read_text()).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["SOURCES"]:
            return ast.literal_eval(node.value)
    return {}


def stale(package: Path = PACKAGE) -> list[str]:
    """Compiled modules whose source is not the one they were built from (or has gone)."""
    names = compiled(package)
    built = built_from(package) if names else {}
    return [name for name in names if not (package / f"{name}.py").exists()
            or built.get(name) != hashlib.sha256((package / f"{name}.py").read_bytes()).hexdigest()]


def describe(package: Path = PACKAGE) -> str:
    """One line for benchmarks and --version: what kind of build this is."""
    names = compiled(package)
    if not names:
        return "pure Python"
    old = stale(package)
    return f"compiled with mypyc ({len(names)} modules" + (f"; {len(old)} STALE: {', '.join(old)})" if old else ")")
