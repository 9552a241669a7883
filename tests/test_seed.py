"""The user's own example article, read from ../shared (skipped when it is absent)."""

import pytest

from conftest import SHARED
from coder.readers import iter_stories
from coder.pipeline import code_story

SEED = SHARED / "seeds" / "seed_story.jsonl"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not here")


@pytest.fixture(scope="module")
def seed_events(full):
    (story,) = list(iter_stories(SEED))
    _, events = code_story(story, full)
    return events


def has(events, source, target, root=None, code=None):
    return any(e.source_country == source and e.target_country == target
               and (root is None or e.root_code == root) and (code is None or e.event_code == code) for e in events)


def test_iran_meets_syria(seed_events):
    assert has(seed_events, "IRN", "SYR", root="04")


def test_us_sanctions_on_syria_in_the_passive(seed_events):
    hits = [e for e in seed_events if (e.source_country, e.event_code, e.target_country) == ("USA", "163", "SYR")]
    assert hits and any("imposed on Damascus by the United States" in e.sentence for e in hits)


def test_syria_condemns_the_us_sanctions(seed_events):
    assert has(seed_events, "SYR", "USA", root="11")


def test_no_event_points_the_wrong_way(seed_events):
    assert not has(seed_events, "SYR", "USA", code="163")
    assert not has(seed_events, "USA", "SYR", root="11")
