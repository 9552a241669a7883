"""Verb-pattern features that imported PETRARCH/TABARI sets need, tested on the mini dictionaries:
reverse codes (`042:043`), words before the verb (`did not * condemn`), and settings.txt."""

import shutil

import pytest

from coder.errors import DictionaryErrors
from coder.lexicon import load
from coder.lint import lint
from coder.patterns import LOCATIVE, Reach
from conftest import MINI, events_of

EXTRA_CODES = [("043", "04", "Host a visit", 1, 2.8), ("112", "11", "Accuse", 3, -2.0),
               ("904", "90", "Test-only code", 1, 0.0)]


def folder(tmp_path, verbs: str, settings: str | None = None):
    """The mini dictionaries plus some verb lines (and settings.txt), loaded."""
    root = tmp_path / "dicts"
    shutil.copytree(MINI, root)
    with open(root / "cameo.tsv", "a", encoding="utf-8") as fh:
        for row in EXTRA_CODES:
            fh.write("\t".join(map(str, row)) + "\n")
    (root / "verbs" / "extra.txt").write_text(verbs, encoding="utf-8")
    if settings is not None:
        (root / "settings.txt").write_text(settings, encoding="utf-8")
    return root


def test_a_reverse_code_gives_the_event_back_from_the_target(tmp_path):
    lex = load(folder(tmp_path, "042:043  visit +\n"))
    assert sorted(events_of(lex, "Iran visited Syria.")) == [("IRN", "042", "SYR"), ("SYR", "043", "IRN")]


def test_a_reverse_code_applies_to_each_member_of_a_compound_target(tmp_path):
    lex = load(folder(tmp_path, "042:043  visit +\n"))
    found = set(events_of(lex, "Iran visited Syria and Turkey."))
    assert {("SYR", "043", "IRN"), ("TUR", "043", "IRN"), ("IRN", "042", "TUR")} <= found


@pytest.mark.parametrize("line,reason", [("042:  visit +", "bad event code"), ("042:999  visit +", "unknown CAMEO"),
                                         (":043  visit +", "bad event code")])
def test_bad_reverse_codes_are_load_errors_naming_the_line(tmp_path, line, reason):
    with pytest.raises(DictionaryErrors) as info:
        load(folder(tmp_path, line + "\n"))
    assert "extra.txt:1:" in str(info.value) and reason in str(info.value)


def test_words_before_the_verb_select_a_pattern_and_keep_their_negation(tmp_path):
    lex = load(folder(tmp_path, "112  did not * condemn +\n"))
    assert events_of(lex, "Iran did not condemn Israel.") == [("IRN", "112", "ISR")]
    assert events_of(lex, "Iran condemned Israel.") == [("IRN", "111", "ISR")]
    assert events_of(lex, "Iran will not condemn Israel.") == []  # another negation: still dropped


def test_words_before_the_verb_may_have_a_few_words_between_them(tmp_path):
    lex = load(folder(tmp_path, "112  did not * condemn +\n"))
    assert events_of(lex, "Iran did certainly not condemn Israel.") == [("IRN", "112", "ISR")]
    assert events_of(lex, "Iran did , as expected , not condemn Israel.") == []  # a comma ends the search


def test_a_pattern_with_words_before_the_verb_reads_a_noun_looking_word_as_its_verb(tmp_path):
    """'ever attack' looks like a noun ('the attack') to the coder; 'can't ever * attack' says it is a verb."""
    plain = load(folder(tmp_path / "a", ""))
    assert events_of(plain, "Iran can't ever attack Israel.") == []
    led = load(folder(tmp_path / "b", "904  can't ever * attack +\n"))
    assert events_of(led, "Iran can't ever attack Israel.") == [("IRN", "904", "ISR")]


@pytest.mark.parametrize("pattern", ["* condemn +", "did not *", "did * not * condemn", "+ did * condemn"])
def test_a_misplaced_star_is_a_load_error(tmp_path, pattern):
    with pytest.raises(DictionaryErrors) as info:
        load(folder(tmp_path, f"112  {pattern}\n"))
    assert "extra.txt:1: bad pattern" in str(info.value)


def test_lint_does_not_call_patterns_with_other_words_before_the_verb_shadowed(tmp_path):
    root = folder(tmp_path, "112  did not * condemn +\n904  will not * condemn +\n")
    assert not [f for f in lint(root) if "extra.txt" in f.path]


def test_default_reach_is_the_news_wire_one(mini):
    assert mini.verbs.reach == Reach() and LOCATIVE | {"by"} == Reach().stops


SENTENCE = "Iran condemned the long , brutal and shameful closure of the border posts in Syria."


def test_settings_widen_the_target_search(tmp_path):
    assert events_of(load(folder(tmp_path / "a", "")), SENTENCE) == []
    wide = load(folder(tmp_path / "b", "", "target_window 12\ntarget_stops -\n"))
    assert wide.verbs.reach == Reach(target_window=12, stops=frozenset())
    assert events_of(wide, SENTENCE.replace(" ,", "")) == [("IRN", "111", "SYR")]


def test_target_stops_can_be_listed(tmp_path):
    lex = load(folder(tmp_path, "", "target_window 12\ntarget_stops in at\n"))
    assert lex.verbs.reach.stops == {"in", "at"}
    assert events_of(lex, SENTENCE.replace(" ,", "")) == []  # 'in' still stops the search


def test_settings_may_leave_bare_roles_without_a_country(tmp_path):
    sentence = "Protesters in Syria condemned Israel."
    assert events_of(load(folder(tmp_path / "a", "")), sentence) == [("SYROPP", "111", "ISR")]
    assert events_of(load(folder(tmp_path / "b", "", "place_bare_roles no\n")), sentence) == [("OPP", "111", "ISR")]


@pytest.mark.parametrize("line", ["target_window many", "word_gap 99", "speed 3", "target_window",
                                  "place_bare_roles maybe"])
def test_a_bad_setting_is_a_load_error_naming_the_line(tmp_path, line):
    with pytest.raises(DictionaryErrors) as info:
        load(folder(tmp_path, "", "# settings\n" + line + "\n"))
    assert "settings.txt:2: bad setting" in str(info.value)
