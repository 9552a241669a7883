import pytest

from coder.dictfile import PatternEntry
from coder.errors import DictionaryError
from coder.inflect import inflect
from coder.patterns import compile_pattern

IRREGULAR = {"meet": ("meet", "met", "met"), "be": ("be", "was", "been", "is", "being")}

INFLECTIONS = [
    ("impose", {"imposes", "imposed", "imposing"}),
    ("ban", {"bans", "banned", "banning"}),
    ("deny", {"denies", "denied", "denying"}),
    ("attack", {"attacks", "attacked", "attacking"}),
    ("accuse", {"accuses", "accused", "accusing"}),
    ("discuss", {"discusses", "discussed", "discussing"}),
    ("veto", {"vetoes", "vetoed", "vetoing"}),
    ("meet", {"meets", "met", "meeting"}),
    ("be", {"is", "was", "been", "being"}),
    # a final -l after one vowel is doubled too, as the wires spell it; -eal and -oil are not
    ("cancel", {"cancels", "canceled", "cancelled", "cancelling"}),
    ("signal", {"signaled", "signalled", "signalling"}),
]


def test_no_doubled_l_after_two_vowels():
    assert "appealled" not in inflect("appeal", {}) and "appealed" in inflect("appeal", {})


@pytest.mark.parametrize("verb,forms", INFLECTIONS)
def test_inflections(verb, forms):
    got = inflect(verb, IRREGULAR)
    assert forms <= set(got) and got[verb] == "base"


def test_past_participle_is_marked():
    assert inflect("meet", IRREGULAR)["met"] == "pp"
    assert inflect("impose", {})["imposed"] == "pp"


def test_compile_pattern_parts():
    p = compile_pattern(PatternEntry("163", "impose <sanction> on +", "f.txt", 3))
    assert p.verb == "impose" and p.has_slot and p.after == ()
    assert [kind for kind, _ in p.before] == ["object", "word"]
    assert "sanctions" in p.before[0][1]
    q = compile_pattern(PatternEntry("112", "accuse + of", "f.txt", 4))
    assert q.before == () and q.after == (frozenset({"of", "ofs"}),)


@pytest.mark.parametrize("pattern,message", [
    ("+ meet", "first word '+' must be a verb"),
    ("meet + with +", "more than one '+'"),
    ("meet <talk with", "must be <word>"),
    ("accuse + <crime>", "must come before '+'"),
])
def test_bad_patterns_name_the_line(pattern, message):
    with pytest.raises(DictionaryError) as info:
        compile_pattern(PatternEntry("040", pattern, "verbs/x.txt", 7))
    assert str(info.value).startswith("verbs/x.txt:7: bad pattern") and message in str(info.value)


def test_words_a_pattern_consumed_are_not_verbs_again(mini):
    """'imposed sanctions on': 'sanctions' is the object of 'impose', not a second verb."""
    from coder.actors import match_actors
    from coder.text import tokenize
    from coder.verbs import match_verbs

    tokens = tokenize("The United States imposed sanctions on Syria.")
    actors = match_actors(tokens, mini.actors, "2020-01-01", mini.verb_forms)
    assert [(m.code, tokens[m.verb].text) for m in match_verbs(tokens, actors, mini.verbs)] == [("163", "imposed")]


@pytest.mark.parametrize("sentence", ["Russian troops withdrew from Kherson.",
                                      "The International Monetary Fund disbursed 5 billion dollars to Ukraine."])
def test_an_object_noun_inside_the_subject_does_not_make_a_passive(full, sentence):
    """'withdraw <troop> from +' must not read 'Russian troops withdrew' as 'troops (were) withdrawn'."""
    from coder.pipeline import explain

    (trace,) = explain(sentence, "2022-11-11", full)
    assert not any(v.passive for v in trace.verbs)
