"""Which of this package's modules run compiled (a CODER_COMPILE=1 build, setup.py), and whether
any was built from a source that has since been edited.

An editable install leaves the compiled modules beside their sources, and Python imports the
compiled one first: edit the .py and the old code would still run. So a stale build is named
when the package is imported, with the way out.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def compiled() -> list[str]:
    """Names of the modules here that are compiled extensions, sorted."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)  # ".cpython-311-x86_64-linux-gnu.so", ".so"...
    return sorted({p.name.split(".")[0] for p in PACKAGE.iterdir() if p.name.endswith(suffixes)})


def built_from() -> dict[str, str]:
    """Module -> sha256 of the source each compiled module was built from (setup.py writes it)."""
    try:
        from ._compiled import SOURCES
    except ImportError:  # a source checkout never built
        return {}
    return dict(SOURCES)


def stale() -> list[str]:
    """Compiled modules whose source is not the one they were built from."""
    built = built_from()
    out = []
    for name in compiled():
        source = PACKAGE / f"{name}.py"
        digest = hashlib.sha256(source.read_bytes()).hexdigest() if source.exists() else None
        if digest is None or built.get(name) != digest:
            out.append(name)
    return out


def describe() -> str:
    """One line for benchmarks and --version: what kind of build this is."""
    names = compiled()
    if not names:
        return "pure Python"
    old = stale()
    return f"compiled with mypyc ({len(names)} modules" + (f"; {len(old)} STALE: {', '.join(old)})" if old else ")")
