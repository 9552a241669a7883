"""Facts the shipped dictionaries must hold, and their agreement with the reference tables."""

import csv

import pytest

from conftest import ROOT, SHARED, events_of
from coder.actors import match_actors
from coder.text import tokenize

REFERENCE = SHARED / "reference" / "cameo_event_codes.tsv"


def codes_of(full, text, day):
    return [a.code for a in match_actors(tokenize(text), full.actors, day, full.verb_forms)]


def test_the_shipped_dictionaries_load(full):
    assert full.counts["countries"] >= 190
    assert full.counts["patterns"] >= 500


def test_every_root_has_verb_patterns(full):
    roots = {p.code[:2] for group in full.verbs.patterns.values() for p in group}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


@pytest.mark.parametrize("text,day,code", [
    ("Bashar al-Assad", "2010-01-01", "SYRGOV"),
    ("Donald Trump", "2019-06-01", "USAGOV"),
    ("Donald Trump", "2025-06-01", "USAGOV"),
    ("Damascus", "2020-01-01", "SYR"),
    ("the Iranian foreign minister", "2020-01-01", "IRNGOV"),
    ("Israeli troops", "2020-01-01", "ISRMIL"),
    ("Syrian rebels", "2020-01-01", "SYRREB"),
    ("Turkish police", "2020-01-01", "TURCOP"),
    ("Kenyan protesters", "2020-01-01", "KENOPP"),
    ("NATO", "2020-01-01", "IGOWSTNAT"),
    ("the United Nations", "2020-01-01", "IGOUNO"),
])
def test_issue_examples(full, text, day, code):
    assert codes_of(full, text, day) == [code]


def test_assad_is_not_government_after_december_2024(full):
    assert "SYRGOV" not in codes_of(full, "Bashar al-Assad", "2025-03-01")


@pytest.mark.parametrize("sentence,event", [
    ("Iran consulted Syria.", ("IRN", "040", "SYR")),
    ("The United States imposed sanctions on Syria.", ("USA", "163", "SYR")),
    ("Iran met with Syria.", ("IRN", "040", "SYR")),
    ("Syria condemned Israel.", ("SYR", "111", "ISR")),
    ("Iran accused Israel of sabotage.", ("IRN", "112", "ISR")),
    ("North Korea fired missiles at South Korea.", ("PRK", "195", "KOR")),
])
def test_issue_verb_examples(full, sentence, event):
    assert event in events_of(full, sentence)


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not here")
def test_ontology_agrees_with_the_reference(full):
    with open(REFERENCE, encoding="utf-8") as fh:
        ref = {r["code"]: r for r in csv.DictReader(fh, delimiter="\t")}
    assert set(full.codes) == set(ref)
    for code, etype in full.codes.items():
        assert etype.root == ref[code]["root"], code
        assert etype.quad_class == int(ref[code]["quad_class"]), code
        # GDELT's table has one blank (1213); there the ICEWS weight stands in
        weight = ref[code]["goldstein_gdelt"] or ref[code]["goldstein_icews"]
        assert etype.goldstein == pytest.approx(float(weight)), code


def test_quad_class_follows_the_root(full):
    for etype in full.codes.values():
        root = int(etype.root)
        assert etype.quad_class == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)


def test_acled_types_are_acled_types(full):
    types = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
             "Strategic developments"}
    assert {r.event_type for r in full.acled} == types


def test_examples_are_our_own_words():
    """The bundled example must not reuse the seed article's sentences."""
    seed = SHARED / "seeds" / "000_3610eaa3e15073dd.txt"
    if not seed.exists():
        pytest.skip("../shared/seeds is not here")
    ours = (ROOT / "examples" / "stories.jsonl").read_text(encoding="utf-8")
    words = seed.read_text(encoding="utf-8").split()
    shingles = {" ".join(words[i : i + 8]) for i in range(len(words) - 8)}
    assert not [s for s in shingles if s in ours]
