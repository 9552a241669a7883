"""The on-disk cache of compiled dictionaries: used when it fits, never when it is stale."""

import multiprocessing
import os
import shutil
import time

import pytest

from conftest import MINI, events_of
from coder import dictcache, lexicon
from coder.lexicon import load

TEXT = "Iran met Syria. Greece condemned Iran."


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A copy of the mini dictionaries, with a cache folder of its own."""
    monkeypatch.setenv("CODER_CACHE", str(tmp_path / "cache"))
    copy = tmp_path / "dictionaries"
    shutil.copytree(MINI, copy)
    return copy


def cache_files(folder):
    return sorted((folder.parent / "cache").glob("*"))


def no_compiling(_folder):
    raise AssertionError("compiled, though the cache holds this version")


def test_second_load_reads_the_cache(folder, monkeypatch):
    first = load(folder)
    assert [f.suffix for f in cache_files(folder)] == [".pickle"]
    monkeypatch.setattr(lexicon, "compile_folder", no_compiling)
    second = load(folder)
    assert second.version == first.version and second.path == folder
    assert events_of(second, TEXT) == events_of(first, TEXT) == [("IRN", "040", "SYR")]


def test_an_edited_dictionary_is_compiled_again(folder):
    before = load(folder)
    countries = folder / "actors" / "countries.txt"
    countries.write_text(countries.read_text() + "GRC  Greece | Greek\n")
    after = load(folder)
    assert after.version != before.version
    assert ("GRC", "111", "IRN") in events_of(after, TEXT)
    assert ("GRC", "111", "IRN") not in events_of(before, TEXT)
    assert len(cache_files(folder)) == 1  # the stale file was removed


def test_without_a_cache_the_same_dictionaries(folder, monkeypatch):
    monkeypatch.setenv("CODER_CACHE", "off")
    assert events_of(load(folder), TEXT) == events_of(load(folder, cache=False), TEXT)
    assert cache_files(folder) == []


def test_an_unwritable_cache_folder_only_costs_time(folder, monkeypatch):
    blocker = folder.parent / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CODER_CACHE", str(blocker / "cache"))
    assert events_of(load(folder), TEXT) == [("IRN", "040", "SYR")]


def test_a_damaged_cache_file_is_replaced(folder):
    first = load(folder)
    (path,) = cache_files(folder)
    path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disk
    assert load(folder).version == first.version
    assert dictcache.read(path).version == first.version


def _load_version(folder: str) -> str:
    return load(folder).version


def test_concurrent_first_loads_leave_one_whole_file(folder):
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        versions = pool.map(_load_version, [str(folder)] * 3)
    assert len(set(versions)) == 1
    (path,) = cache_files(folder)  # no temporary file left behind
    assert dictcache.read(path).version == versions[0]


def test_files_unused_for_a_month_are_removed_when_one_is_written(folder):
    cache = folder.parent / "cache"
    cache.mkdir()
    stale, fresh = cache / "lexicon-0000000000-aaa-bbb-py311.pickle", cache / "lexicon-1111111111-aaa-bbb-py311.pickle"
    for f in (stale, fresh):
        f.write_bytes(b"another folder's dictionaries")
    month_ago = time.time() - 31 * 86400
    os.utime(stale, (month_ago, month_ago))
    load(folder)
    assert not stale.exists() and fresh.exists()
    assert len(cache_files(folder)) == 2
