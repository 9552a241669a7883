"""The grammar as a codebook: sentence -> expected (source, code, target) events, mini dictionaries."""

import pytest

from conftest import events_of
from coder.grammar import is_negated
from coder.text import tokenize

CODEBOOK = [
    # active voice: subject before the verb, object or prepositional object after it
    ("Iran consulted Syria.", []),  # 'consult' is not in the mini dictionary
    ("Iran met Syria on Monday.", [("IRN", "040", "SYR")]),
    ("The Iranian foreign minister met with Syrian President Bashar al-Assad in Damascus.", [("IRNGOV", "040", "SYRGOV")]),
    ("The Syrian foreign ministry condemned the American sanctions.", [("SYRGOV", "111", "USA")]),
    ("Iran accused the United States of lying.", [("IRN", "112", "USA")]),
    ("Israeli troops fired missiles at Syrian positions.", [("ISRMIL", "195", "SYR")]),
    ("Turkish police arrested Syrian protesters.", [("TURCOP", "173", "SYROPP")]),
    ("The United States imposed new sanctions on Syria.", [("USA", "163", "SYR")]),
    # passive voice with 'by'
    ("Sanctions imposed on Damascus by the United States hurt the economy.", [("USA", "163", "SYR")]),
    ("New sanctions were imposed on Syria by Washington.", [("USA", "163", "SYR")]),
    ("Syria was attacked by Israel.", [("ISR", "190", "SYR")]),
    ("Syria was attacked by hundreds of Turkish troops.", [("TURMIL", "190", "SYR")]),
    ("Syria was attacked on Monday.", []),  # passive with no 'by': no source
    # compound actors
    ("Iran and Syria discussed sanctions.", [("IRN", "040", "SYR"), ("SYR", "040", "IRN")]),
    ("Iran and Turkey condemned Israel.", [("IRN", "111", "ISR"), ("TUR", "111", "ISR")]),
    ("Israel attacked Syria and Iran.", [("ISR", "190", "SYR"), ("ISR", "190", "IRN")]),
    # moods (moods.txt, announced.tsv): promised acts take their announced code, imagined ones none
    ("Iran will meet Syria.", [("IRN", "036", "SYR")]),
    ("Iran vowed to meet Syria.", [("IRN", "036", "SYR")]),
    ("Iran agreed on Monday to meet Syria.", [("IRN", "036", "SYR")]),
    ("Israel threatened to attack Syria.", [("ISR", "1384", "SYR")]),
    ("The United States would impose sanctions on Syria.", [("USA", "1312", "SYR")]),
    ("The United States will sanction Syria.", [("USA", "1312", "SYR")]),
    ("Israel could attack Syria.", []),
    ("Israel may soon attack Syria.", []),
    ("Israel denied attacking Syria.", []),
    ("If Israel attacks Syria, Iran will condemn Israel.", [("IRN", "111", "ISR")]),  # verbal acts keep their code
    ("Did Israel attack Syria?", []),
    ("Iran urged Turkey on Monday to attack Israel.", []),  # requested: Turkey did not attack
    ("Iran demanded that Israel attack Syria.", [("IRN", "100", "ISR")]),  # a demand on Israel; no attack
    ("Iran denied that Israel attacked Syria.", []),
    # a conjunction opens a clause with its own subject; conjoined verbs share an object
    ("Iran condemned Turkey after Israeli troops attacked Syria.", [("IRN", "111", "TUR"), ("ISRMIL", "190", "SYR")]),
    ("Israel attacked and condemned Syria.", [("ISR", "190", "SYR"), ("ISR", "111", "SYR")]),
    ("Iran met Syria on Monday in Damascus and later condemned Israel.", [("IRN", "040", "SYR"), ("IRN", "111", "ISR")]),
    ("Iran condemned Turkey after Israeli troops attacked and occupied Syria.",
     [("IRN", "111", "TUR"), ("ISRMIL", "190", "SYR")]),
    # a relative clause's subject is what stands before 'that', 'which' or 'who'
    ("Turkey condemned the group that attacked Syria.", []),
    ("Syrian troops, who attacked Israel, met Iran.", [("SYRMIL", "190", "ISR"), ("SYRMIL", "040", "IRN")]),
    # statements take a target only through '+'; participles after a comma only elaborate
    ("Iran said Turkey was wrong.", []),
    ("Iran condemned Israel, saying Syria suffered.", [("IRN", "111", "ISR")]),
    # acts of force with no named target hit their place
    ("Israeli troops attacked positions in Damascus.", [("ISRMIL", "190", "SYR")]),
    # discards (discards.txt): sports rule out everything, disasters rule out violence only
    ("Turkey attacked Iran in the World Cup semi-final.", []),
    ("Israel attacked Syria after the earthquake.", []),
    ("Iran condemned Israel after the earthquake.", [("IRN", "111", "ISR")]),
    # recode.tsv: who does it to whom can change the code (mini: troops attacking protesters -> 173)
    ("Turkish troops attacked protesters.", [("TURMIL", "173", "TUROPP")]),
    ("Turkish troops attacked Syria.", [("TURMIL", "190", "SYR")]),
    # negation and governed infinitives
    ("Israel did not attack Syria.", []),
    ("Israel didn't attack Syria.", []),
    ("Israel never attacked Syria.", []),
    # places are not subjects; conjoined verbs share their subject
    ("In Damascus, Iran met Turkey.", [("IRN", "040", "TUR")]),
    ("The U.S. met Iran and condemned Syria.", [("USA", "040", "IRN"), ("USA", "111", "SYR")]),
    # reported speech: the actor after 'said' is the subject of the reported clause
    ("Iran said Israel attacked Syria.", [("ISR", "190", "SYR")]),
    ("Iran said Israel had attacked Syria.", [("ISR", "190", "SYR")]),
    ("Iran said Damascus would attack Israel.", [("SYR", "1384", "ISR")]),  # an announced attack is a threat
    # a place after 'in' is not a target; a compound then acts on itself only for symmetric roots
    ("Iran and Syria met in Damascus.", [("IRN", "040", "SYR"), ("SYR", "040", "IRN")]),
    ("Iran met Syria in Turkey.", [("IRN", "044", "SYR")]),  # a third country: 044
    ("Iran and Syria met Syrian officials.", [("IRN", "040", "SYR"), ("SYR", "040", "IRN")]),  # among themselves
    ("Iran was met by Turkey and Syria.", [("TUR", "040", "IRN"), ("SYR", "040", "IRN")]),
    ("Iran and Syria condemned sanctions in Damascus.", []),
    # a verb form after a determiner is a noun
    ("Turkey condemned the attack on Israel.", [("TUR", "111", "ISR")]),
    ("Turkey condemned the attack by Israel on Monday.", [("TUR", "111", "ISR")]),  # the author after 'by'
    ("Turkey attacked the convoy by the river.", []),  # only disapproval, rejection and inquiry look for one
    ("Iran discussed unilateral sanctions imposed on Damascus by the United States.", [("USA", "163", "SYR")]),
    # the same actor on both sides gives nothing
    ("Syrian troops attacked Syrian protesters.", [("SYRMIL", "173", "SYROPP")]),  # recoded (recode.tsv)
    ("Damascus condemned Syria.", []),
]


@pytest.mark.parametrize("sentence,expected", CODEBOOK)
def test_grammar_codebook(mini, sentence, expected):
    assert events_of(mini, sentence) == expected


@pytest.mark.parametrize("text,verb,negated", [
    ("Iran did not meet Syria", 3, True),
    ("Iran has never met Syria", 3, True),
    ("Iran met Syria", 1, False),
    ("No, Iran did meet Syria today", 4, False),
])
def test_negation_window(text, verb, negated):
    assert is_negated(tokenize(text), verb) is negated


def test_explain_says_why_a_candidate_was_dropped(mini):
    from coder.pipeline import explain

    (trace,) = explain("Israel did not attack Syria.", "2020-01-01", mini)
    assert trace.events == [] and trace.dropped == ["190 'attack': negated verb"]
    (trace,) = explain("Nothing happened today.", "2020-01-01", mini)
    assert trace.dropped == ["no actors in the sentence"]


@pytest.mark.parametrize("sentence,expected", [
    ("Iran said on Monday that Turkey's plan was unwise.", [("IRN", "010", "TUR")]),  # about Turkey
    ("Iran said on Monday that Tehran's plan was wise.", []),  # about itself: no target
    ("Prime Minister Theresa May accused Russia of lying.", [("GBRGOV", "112", "RUS")]),  # a name is no mood cue
])
def test_with_the_shipped_dictionaries(full, sentence, expected):
    assert events_of(full, sentence, date="2018-03-20") == expected


def test_a_rule_code_missing_from_the_dictionary_falls_back(tmp_path):
    """A dictionary set without 044 keeps the pattern's own code for a meeting abroad."""
    import shutil

    from coder.lexicon import load

    from conftest import MINI

    folder = tmp_path / "d"
    shutil.copytree(MINI, folder)
    rows = (folder / "cameo.tsv").read_text().splitlines()
    (folder / "cameo.tsv").write_text("\n".join(r for r in rows if not r.startswith("044")) + "\n")
    assert events_of(load(folder), "Iran met Syria in Turkey.") == [("IRN", "040", "SYR")]
