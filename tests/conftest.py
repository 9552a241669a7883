import os
from pathlib import Path

import pytest

from coder.lexicon import load

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MINI = HERE / "fixtures" / "mini"
SHARED = Path(os.environ.get("CODER_SHARED") or ROOT.parent / "shared")  # a worktree elsewhere may point to it


@pytest.fixture(scope="session", autouse=True)
def dictionary_cache(tmp_path_factory):
    """Compiled dictionaries are cached in the session's own folder, not the user's (dictcache.py)."""
    previous = os.environ.get("CODER_CACHE")
    os.environ["CODER_CACHE"] = str(tmp_path_factory.mktemp("dictionary-cache"))
    yield
    if previous is None:
        os.environ.pop("CODER_CACHE", None)
    else:
        os.environ["CODER_CACHE"] = previous


@pytest.fixture(scope="session")
def mini():
    """A tiny hand-written dictionary folder: results depend only on the engine."""
    return load(MINI)


@pytest.fixture(scope="session")
def full():
    """The shipped dictionaries."""
    return load(ROOT / "dictionaries")


def events_of(lexicon, text, date="2020-08-17"):
    from coder.pipeline import explain

    return [(e.source_actor, e.event_code, e.target_actor) for t in explain(text, date, lexicon) for e in t.events]
