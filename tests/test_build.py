"""The optional compiled build (setup.py, CODER_COMPILE=1): what is compiled is known, an edited
source is caught, and compiled code gives the same events as the Python it was built from."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coder import build
from coder.lexicon import load
from coder.pipeline import code_story
from coder.readers import iter_stories

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = build.SUFFIXES[0]  # this Python's own suffix for a compiled module


def fake_build(folder: Path, sources: dict[str, str], compiled: list[str]) -> Path:
    """A package folder holding `sources`, a stand-in compiled file for each of `compiled`, and
    the record of what they were built from, as setup.py writes it."""
    folder.mkdir()
    for name, text in sources.items():
        (folder / f"{name}.py").write_text(text)
    for name in compiled:
        (folder / f"{name}{EXTENSION}").write_bytes(b"")
    hashes = {n: hashlib.sha256(sources[n].encode()).hexdigest() for n in compiled}
    (folder / "_compiled.py").write_text(f"SOURCES = {hashes!r}\n")
    return folder


def test_a_plain_checkout_is_pure_python(tmp_path):
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "text.py").write_text("x = 1\n")
    assert build.compiled(folder) == [] and build.stale(folder) == []
    assert build.describe(folder) == "pure Python"


def test_compiled_modules_built_from_their_sources_are_not_stale(tmp_path):
    folder = fake_build(tmp_path / "pkg", {"text": "x = 1\n", "verbs": "y = 2\n"}, ["text", "verbs"])
    assert build.compiled(folder) == ["text", "verbs"]
    assert build.stale(folder) == []
    assert build.describe(folder) == "compiled with mypyc (2 modules)"


def test_a_source_edited_after_the_build_is_named_stale(tmp_path):
    folder = fake_build(tmp_path / "pkg", {"text": "x = 1\n", "verbs": "y = 2\n"}, ["text", "verbs"])
    (folder / "verbs.py").write_text("y = 3\n")
    assert build.stale(folder) == ["verbs"]
    assert "1 STALE: verbs" in build.describe(folder)


def test_a_compiled_module_with_no_record_of_its_source_is_stale(tmp_path):
    """A pure-Python reinstall rewrites the record but leaves an editable tree's old compiled files."""
    folder = fake_build(tmp_path / "pkg", {"text": "x = 1\n"}, ["text"])
    (folder / "_compiled.py").write_text("SOURCES = {\n}\n")
    assert build.stale(folder) == ["text"]


def test_the_version_line_says_which_build_runs():
    from click.testing import CliRunner

    from coder.cli import cli

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and build.describe() in result.output


CODE_STORIES = """
import json, sys
import coder.build
assert not coder.build.compiled(), coder.build.PACKAGE
from coder.lexicon import load
from coder.pipeline import code_story
from coder.readers import iter_stories
lexicon = load()
for story in iter_stories(sys.argv[1]):
    for event in code_story(story, lexicon)[1]:
        print(json.dumps(event.to_record(), sort_keys=True))
"""


def coded_here(path: Path) -> list[str]:
    lexicon = load()
    return [json.dumps(e.to_record(), sort_keys=True) for s in iter_stories(path) for e in code_story(s, lexicon)[1]]


@pytest.mark.skipif(not build.compiled(), reason="this install is pure Python (CODER_COMPILE=1 compiles it)")
def test_compiled_code_gives_the_same_events_as_its_python_source(tmp_path):
    """The bench corpus and the bundled examples, coded here (compiled) and by a copy of the
    package's .py files alone (pure Python, in a subprocess): the same events, field by field."""
    assert build.stale() == [], "rebuild: CODER_COMPILE=1 pip install -e ."
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from corpus import make_corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    corpus = tmp_path / "corpus.jsonl"
    make_corpus(corpus, 5_000, seed=11)
    inputs = [corpus, ROOT / "examples" / "stories.jsonl"]
    shutil.copytree(build.PACKAGE, tmp_path / "pure" / "coder", ignore=shutil.ignore_patterns(
        "*.so", "*.pyd", "__pycache__", "_compiled.py"))
    for path in inputs:
        # the copy, not this install, is imported: PYTHONPATH comes before site-packages
        env = {**os.environ, "PYTHONPATH": str(tmp_path / "pure"), "CODER_DICTIONARIES": str(ROOT / "dictionaries")}
        pure = subprocess.run([sys.executable, "-c", CODE_STORIES, str(path)], capture_output=True, text=True,
                              check=True, cwd=tmp_path, env=env)
        compiled = coded_here(path)
        assert len(compiled) > 100 or path.parent.name == "examples"
        assert pure.stdout.splitlines() == compiled
