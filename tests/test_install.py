"""A wheel (`pip install .`, not the editable quickstart) carries the shipped dictionaries and
schema: installed, it codes the bundled example with nothing beside it."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from coder.build import PACKAGE, shipped

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["setup.py", "pyproject.toml", "README.md", "MANIFEST.in", "build_support", "dictionaries", "schemas"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A pure-Python wheel built from a copy of the checkout (setup.py writes into the tree it builds)."""
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, src / name)
    shutil.copytree(ROOT / "coder", src / "coder", ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k != "CODER_COMPILE"}
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(src)],
                   check=True, env=env, capture_output=True)
    return next(out.glob("coder-*.whl"))


def test_the_wheel_carries_the_dictionaries_and_schema(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped_files = {f"coder/_data/{p.relative_to(ROOT).as_posix()}"
                     for folder in ("dictionaries", "schemas") for p in (ROOT / folder).rglob("*") if p.is_file()}
    assert shipped_files and shipped_files <= names


def test_an_installed_wheel_codes_the_example(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(site), "CODER_CACHE": "off"}
    for name in ("CODER_DICTIONARIES", "CODER_SCHEMA"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-m", "coder", "code", str(ROOT / "examples" / "stories.jsonl"),
                           "--out", str(tmp_path / "out"), "--workers", "1"],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert list((tmp_path / "out" / "events").rglob("*.parquet"))


def test_shipped_folders_are_found_beside_the_package_in_a_checkout():
    assert shipped("dictionaries") == ROOT / "dictionaries" == PACKAGE.parent / "dictionaries"
    assert (shipped("schemas") / "event.schema.json").is_file()
