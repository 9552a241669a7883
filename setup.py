"""Plain Python by default. With CODER_COMPILE=1 the modules that code each sentence are
compiled to C with mypyc (the same source, run about half again as fast; README "Speed").

    CODER_COMPILE=1 pip install -e '.[dev]'

The compiled modules are the pipeline's, from splitting sentences to assembling events; the
readers, writers, CLI and dictionary loaders stay Python, since they run once per batch or per
run. A list of what was compiled, with a hash of each source, is written to coder/_compiled.py,
so the package can tell when a source was edited after the build (coder.build.stale).
"""

import hashlib
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "build_support"))
from backend import compiling  # noqa: E402 - the one test of CODER_COMPILE, shared with the build backend

COMPILED = ("actors aims attackers claims clauses demands discards events gerunds grammar inflect modality modifiers "
            "newactors ontology patterns pipeline possessors protests records references retaliation roles subjects "
            "targets text verbs violence voice wordclass").split()


def record_sources() -> None:
    """coder/_compiled.py: each compiled module's source hash (empty in a pure-Python build)."""
    hashes = {m: hashlib.sha256((HERE / "coder" / f"{m}.py").read_bytes()).hexdigest() for m in COMPILED} \
        if compiling() else {}
    lines = ['"""Written by setup.py: the modules compiled by this build, with their sources\' sha256."""', "",
             "SOURCES = {"] + [f"    {m!r}: {h!r}," for m, h in hashes.items()] + ["}", ""]
    (HERE / "coder" / "_compiled.py").write_text("\n".join(lines))


def extensions() -> list:
    if not compiling():
        return []
    try:
        from mypyc.build import mypycify  # a build requirement only when compiling (build_support/backend.py)
    except ImportError:
        raise SystemExit("CODER_COMPILE=1 needs mypy to compile with: pip installs it itself, unless "
                         "--no-build-isolation is given (then: pip install mypy==2.4.1 first)") from None

    # type-checked as compiled: the modules they import but that stay Python are only read for their types
    flags = ["--ignore-missing-imports", "--follow-imports=silent"]
    return mypycify(flags + [f"coder/{m}.py" for m in COMPILED], opt_level="3")


class BuildWithData(build_py):
    """A wheel carries the shipped dictionaries and schema inside the package, in coder/_data/:
    installed, no checkout lies beside it (coder.build.shipped). An editable install reads them
    where they are."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            for name in ("dictionaries", "schemas"):
                self.copy_tree(str(HERE / name), str(Path(self.build_lib) / "coder" / "_data" / name))


record_sources()
setup(ext_modules=extensions(), cmdclass={"build_py": BuildWithData})
