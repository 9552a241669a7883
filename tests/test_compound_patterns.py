"""`% * verb` patterns: only a compound subject fits them, and its members act on each other."""

import pytest

from coder.errors import DictionaryErrors
from coder.lexicon import load
from conftest import events_of
from test_pattern_extensions import folder as base_folder

CODES = [("030", "03", "Intend to cooperate", 1, 4.0), ("031", "03", "Intend to engage", 1, 5.0),
         ("081", "08", "Ease restrictions", 2, 5.0),
         ("120", "12", "Reject", 3, -4.0), ("191", "19", "Test-only compound code", 4, -9.0),
         ("046", "04", "Engage in negotiation", 1, 7.0)]


def folder(tmp_path, verbs):
    root = base_folder(tmp_path, verbs)
    have = (root / "cameo.tsv").read_text(encoding="utf-8")
    with open(root / "cameo.tsv", "a", encoding="utf-8") as fh:
        for row in CODES:
            if f"\n{row[0]}\t" not in have:
                fh.write("\t".join(map(str, row)) + "\n")
    return root


VERBS = "081  agree\n030:030  % * agree\n191  % have * delay\n"


def test_a_compound_subject_takes_the_compound_pattern_and_codes_both_ways(tmp_path):
    lex = load(folder(tmp_path, VERBS))
    assert sorted(events_of(lex, "Syria and Turkey agree that the border should open.")) == [
        ("SYR", "030", "TUR"), ("TUR", "030", "SYR")]


def test_a_single_subject_takes_the_plain_pattern(tmp_path):
    lex = load(folder(tmp_path, VERBS + "081  agree with +\n"))
    assert events_of(lex, "Syria agrees with Turkey on the border.") == [("SYR", "081", "TUR")]


def test_the_words_before_the_verb_follow_the_compound_and_no_target_is_taken(tmp_path):
    lex = load(folder(tmp_path, VERBS + "120  delay +\n"))
    found = sorted(events_of(lex, "Syria and Turkey have delayed their meeting with Israel."))
    assert found == [("SYR", "191", "TUR"), ("TUR", "191", "SYR")]
    assert events_of(lex, "Syria has delayed the meeting with Israel.") == [("SYR", "120", "ISR")]


def test_a_percent_sign_only_leads_a_pattern(tmp_path):
    with pytest.raises(DictionaryErrors) as info:
        load(folder(tmp_path, "191  have % * delay\n"))
    assert "bad pattern" in str(info.value) or "bad_pattern" in str(info.value)


def test_a_compound_target_slot_takes_only_a_list(tmp_path):
    lex = load(folder(tmp_path, "081  agree with +\n031  agree with %\n"))
    assert sorted(events_of(lex, "Iran agrees with Syria and Turkey on the border.")) == [
        ("IRN", "031", "SYR"), ("IRN", "031", "TUR")]
    assert events_of(lex, "Iran agrees with Syria on the border.") == [("IRN", "081", "SYR")]


def test_words_tied_by_an_underscore_must_be_adjacent(tmp_path):
    lex = load(folder(tmp_path, "030  agree on new_border_talks with +\n081  agree with +\n"))
    assert events_of(lex, "Iran agreed on new border talks with Syria.") == [("IRN", "030", "SYR")]
    assert events_of(lex, "Iran agreed on new long border talks with Syria.") == []  # 081 needs 'with' next


def test_lead_words_tied_by_an_underscore_must_be_adjacent(tmp_path):
    lex = load(folder(tmp_path, "081  condemn +\n030  most_certainly did * condemn +\n"))
    assert events_of(lex, "Iran most certainly did condemn Syria.") == [("IRN", "030", "SYR")]
    assert events_of(lex, "Iran most often certainly did condemn Syria.") == [("IRN", "081", "SYR")]


def test_a_lead_word_tied_to_the_verb_must_stand_right_before_it(tmp_path):
    lex = load(folder(tmp_path, "081  condemn +\n030  recently_ * condemn +\n"))
    assert events_of(lex, "Iran recently condemned Syria.") == [("IRN", "030", "SYR")]
    assert events_of(lex, "Iran recently did condemn Syria.") == [("IRN", "081", "SYR")]


def test_a_word_tied_to_the_verb_must_follow_it_directly(tmp_path):
    lex = load(folder(tmp_path, "081  condemn +\n030  condemn _loudly +\n"))
    assert events_of(lex, "Iran condemned loudly Syria.") == [("IRN", "030", "SYR")]
    assert events_of(lex, "Iran condemned very loudly Syria.") == [("IRN", "081", "SYR")]


def test_a_caret_skips_past_the_next_actor(tmp_path):
    sentence = "Iran agreed at Turkey with Syria."
    assert events_of(load(folder(tmp_path / "a", "030  agree at ^ with +\n")), sentence) == [("IRN", "030", "SYR")]
    assert events_of(load(folder(tmp_path / "b", "030  agree at with +\n")), sentence) == []  # an actor in the way


def test_a_participle_spelled_like_its_base_is_a_verb_after_has(tmp_path):
    from coder.inflect import inflect

    assert inflect("overcome", {"overcome": ("overcome", "overcame", "overcome")})["overcome"] == "pp"
    root = folder(tmp_path, "030  overcome rift with +\n")
    with open(root / "irregular_verbs.txt", "a", encoding="utf-8") as fh:
        fh.write("overcome  overcame  overcome\n")
    assert events_of(load(root), "Iran has overcome its rift with Syria.") == [("IRN", "030", "SYR")]


def test_with_the_setting_pattern_words_may_lie_past_an_actor_who_is_the_target(tmp_path):
    verbs = "081  fault\n030  fault border_policy\n"
    sentence = "Iran faulted what Syria calls a border policy."
    assert events_of(load(folder(tmp_path / "a", verbs)), sentence) == [("IRN", "081", "SYR")]
    root = folder(tmp_path / "b", verbs)
    (root / "settings.txt").write_text("words_past_actors yes\n", encoding="utf-8")
    lex = load(root)
    assert lex.verbs.reach.cross_actors
    assert events_of(lex, sentence) == [("IRN", "030", "SYR")]


def test_a_leading_plus_makes_the_subject_the_target_of_the_source_in_the_dollar_slot(tmp_path):
    lex = load(folder(tmp_path, "081  free +\n030  + * free from $\n"))
    assert events_of(lex, "Iran was freed from Syria's grip.") == [("SYR", "030", "IRN")]
    assert events_of(lex, "Iran freed Turkey.") == [("IRN", "081", "TUR")]


@pytest.mark.parametrize("line", ["030  + * free from +\n", "030  free from $\n", "030  did + * free from $\n"])
def test_a_source_slot_needs_a_leading_plus_and_only_then(tmp_path, line):
    with pytest.raises(DictionaryErrors):
        load(folder(tmp_path, line))


def test_with_the_setting_words_before_the_verb_may_lie_past_an_actor(tmp_path):
    verbs = "046  + hosting * celebrate holiday with $\n"
    sentence = "Iran is hosting Syria to celebrate the holiday with Turkey."
    assert events_of(load(folder(tmp_path / "a", verbs)), sentence) == []
    root = folder(tmp_path / "b", verbs)
    (root / "settings.txt").write_text("words_past_actors yes\n", encoding="utf-8")
    assert events_of(load(root), sentence) == [("TUR", "046", "IRN")]


def test_a_caret_passes_no_actor_named_after_the_next_word(tmp_path):
    lex = load(folder(tmp_path, "030  warn their ^ about +\n"))
    assert events_of(lex, "Iran warned their people about Syria.") == [("IRN", "030", "SYR")]
    assert events_of(lex, "Iran warned their Turkey allies about Syria.") == [("IRN", "030", "SYR")]


def test_a_verb_that_takes_of_is_active_after_an_actor(tmp_path):
    lex = load(folder(tmp_path, "030  warn\n"))
    assert events_of(lex, "Iran warned of Syria.") == [("IRN", "030", "SYR")]


def test_modifier_lists_let_a_pattern_word_follow_a_list_of_describing_words(tmp_path):
    sentence = "Iran restored complete, full diplomatic ties with Syria."
    root = folder(tmp_path, "030  restore diplomatic ties +\n")
    assert events_of(load(root), sentence) == []  # the comma ends the pattern's reach
    (root / "settings.txt").write_text("modifier_lists yes\n", encoding="utf-8")
    listed = load(root)
    assert listed.verbs.reach.modifier_lists
    assert events_of(listed, sentence) == [("IRN", "030", "SYR")]


def test_exact_words_match_a_pattern_word_only_as_written(tmp_path):
    root = folder(tmp_path, "030  restore tie +\n")
    assert events_of(load(root), "Iran restored ties with Syria.") == [("IRN", "030", "SYR")]  # plurals too
    (root / "settings.txt").write_text("exact_words yes\n", encoding="utf-8")
    exact = load(root)
    assert events_of(exact, "Iran restored ties with Syria.") == []
    assert events_of(exact, "Iran restored a tie with Syria.") == [("IRN", "030", "SYR")]


def test_a_participle_spelled_word_after_an_article_does_not_end_the_target_search(tmp_path):
    lex = load(folder(tmp_path, "030  adopt\n081  set +\n"))
    assert events_of(lex, "Iran adopted a set of measures with Syria.") == [("IRN", "030", "SYR")]
