"""Compiled dictionaries kept on disk, so a run (and each of its workers) starts in a blink.

Compiling the shipped dictionaries takes about half a second; unpickling them a tenth of that.
A cache file is named by what the compiled result depends on: the dictionary folder (its
resolved path and its version, the hash of its files' names and bytes), the source of this
package and the Python version. Edit a dictionary file, or the code that compiles it, and the
next load compiles afresh and replaces the stale file.

The folder is $CODER_CACHE, else $XDG_CACHE_HOME/coder, else ~/.cache/coder; CODER_CACHE=off
turns the cache off. A file is written under a temporary name and renamed into place, so
concurrent runs (or the workers of one) never read half a file; when the folder cannot be
written, or a file cannot be read, the dictionaries are simply compiled, as without a cache.
Only files this user wrote are read: pickles are code, so keep the folder private.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

log = logging.getLogger("coder")
PACKAGE = Path(__file__).resolve().parent
OFF = frozenset({"off", "0", "no", "false"})
T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where compiled dictionaries are kept, or None when the cache is turned off."""
    chosen = os.environ.get("CODER_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in OFF or not chosen.strip() else Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "coder"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of this package's source: a change to how dictionaries compile makes old files stale."""
    h = hashlib.sha256()
    for f in sorted(PACKAGE.glob("*.py")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:10]


def cache_file(folder: Path, version: str) -> Path | None:
    where = cache_dir()
    if where is None:
        return None
    place = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:10]
    python = f"py{sys.version_info.major}{sys.version_info.minor}"
    return where / f"lexicon-{place}-{version}-{code_version()}-{python}.pickle"


def read(path: Path):
    """The object pickled in `path`, or None when there is none or it cannot be read."""
    try:
        with open(path, "rb") as fh:
            enabled = gc.isenabled()
            gc.disable()  # a million small objects: collecting while they are made triples the time
            try:
                return pickle.load(fh)
            finally:
                if enabled:
                    gc.enable()
    except FileNotFoundError:
        return None
    except Exception as exc:  # a truncated or foreign file: compile instead, and replace it
        log.debug("dictionary cache %s unreadable (%s): compiling", path, exc)
        return None


def write(path: Path, value) -> bool:
    """Pickle `value` to `path` atomically (temporary file, then rename); False when it cannot."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        prune(path)
        return True
    except (OSError, pickle.PicklingError) as exc:
        log.debug("dictionary cache %s not written (%s)", path, exc)
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def prune(kept: Path, max_age_days: float = 30) -> None:
    """Remove this folder's older cache files (other versions of its dictionaries or of the code),
    and any file unused for `max_age_days` (a temporary folder's, say: it will not be asked again)."""
    place = "-".join(kept.name.split("-")[:2])
    oldest = time.time() - max_age_days * 86400
    for old in kept.parent.glob("lexicon-*.pickle"):
        try:
            if old != kept and (old.name.startswith(place + "-") or old.stat().st_atime < oldest):
                old.unlink()
        except OSError:
            pass


def cached(folder: Path, version: str, build: Callable[[], T], fits: Callable[[T], bool] = lambda _: True) -> T:
    """What build() returns for this folder at this version, from the cache when it is there.
    `fits` checks a value read or built really is of this version (a file edited while it was
    being compiled makes one that is not: it is used, not kept)."""
    path = cache_file(folder, version)
    if path is not None:
        found = read(path)
        if found is not None and fits(found):
            return found
    value = build()
    if path is not None and fits(value):
        write(path, value)
    return value
