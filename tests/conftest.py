import os
from pathlib import Path

import pytest

from coder.lexicon import load

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MINI = HERE / "fixtures" / "mini"
SHARED = Path(os.environ.get("CODER_SHARED") or ROOT.parent / "shared")  # a worktree elsewhere may point to it


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
