import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coder.text import TOKEN_RE, normalize, split_sentences, tokenize

SPLITS = [
    ("The U.S. imposed sanctions on Syria. Iran objected.", ["The U.S. imposed sanctions on Syria.", "Iran objected."]),
    ("Mr. Smith met Gen. Jones and Sen. Lee on Jan. 5 in Rome.", ["Mr. Smith met Gen. Jones and Sen. Lee on Jan. 5 in Rome."]),
    ("George W. Bush spoke. He left.", ["George W. Bush spoke.", "He left."]),
    ("Growth was 3.5 percent in 2019. It fell.", ["Growth was 3.5 percent in 2019.", "It fell."]),
    ('"We will respond," he said. Iran denied it.', ['"We will respond," he said.', "Iran denied it."]),
    ('He said: "Leave now." Then he left.', ['He said: "Leave now."', "Then he left."]),
    ("Troops visited the U.N. on Monday. Talks began.", ["Troops visited the U.N. on Monday.", "Talks began."]),
    ("The index closed at 158.4. Traders were calm.", ["The index closed at 158.4.", "Traders were calm."]),
    ("It ranked No. 2 in the world. Fine.", ["It ranked No. 2 in the world.", "Fine."]),
    ("The talks moved to the U.S. The ministers met again.", ["The talks moved to the U.S.", "The ministers met again."]),
    ("First paragraph without a stop\n\nSecond paragraph.", ["First paragraph without a stop", "Second paragraph."]),
    ("Is it over? Yes! Really.", ["Is it over?", "Yes!", "Really."]),
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_sentence_offsets_point_into_the_story():
    text = "  Iran spoke. Syria listened.  "
    for s in split_sentences(text, "s1"):
        assert text[s.start : s.end] == s.text
        assert s.story_id == "s1"
    assert [s.index for s in split_sentences(text)] == [0, 1]


TOKENS = [
    ("Syria's envoy", ["syria", "'s", "envoy"]),
    ("Bashar al-Assad", ["bashar", "al", "-", "assad"]),
    ("the U.S. and U.N.", ["the", "u.s.", "and", "u.n."]),
    ("didn't attack", ["didn't", "attack"]),
    ("Erdoğan in Côte d’Ivoire", ["erdogan", "in", "cote", "d'ivoire"]),
    ("1,000 troops, 3.5% growth", ["1,000", "troops", ",", "3.5%", "growth"]),
    ("O'Neill's aide's U.S.-led talks", ["o'neill's", "aide", "'s", "u.s.", "-", "led", "talks"]),
    ("at 12:30, 40 % 'so' x_y 2nd", ["at", "12:30", ",", "40", "%", "'", "so", "'", "x_y", "2", "nd"]),
]


@pytest.mark.parametrize("text,expected", TOKENS)
def test_tokenize(text, expected):
    assert [t.norm for t in tokenize(text)] == expected


def test_token_offsets_and_original_text():
    text = "Iran’s ENVOY"
    toks = tokenize(text)
    assert [text[t.start : t.end] for t in toks] == [t.text for t in toks]
    assert toks[-1].text == "ENVOY" and toks[-1].norm == "envoy"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab'’s. ,1:%-é_\u0301\nU.S\t\"ß0", max_size=40))
def test_tokens_cover_every_character_but_spaces_once_in_order(text):
    toks = tokenize(text)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))
    assert all(t.text == text[t.start : t.end] and not any(c.isspace() for c in t.text) for t in toks)
    covered = {k for t in toks for k in range(t.start, t.end)}
    assert covered == {k for k, c in enumerate(text) if not c.isspace()}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZb'’s. ,;)”1:%-é_\u0301\nU.S\t\"ß0\u00a0ı", max_size=40))
def test_tokens_piece_by_piece_are_those_of_the_whole_text(text):
    """tokenize runs TOKEN_RE on each piece between spaces alone: the tokens must be the ones it
    gives on the whole text."""
    assert [(t.text, t.start, t.end) for t in tokenize(text)] == \
        [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def test_normalize_folds_accents_and_quotes():
    assert normalize("Türkiye’s") == "turkiye's"
