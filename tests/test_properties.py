"""Property-based tests: random Unicode text never crashes the splitter or the coder."""

from hypothesis import given, settings
from hypothesis import strategies as st

from coder.pipeline import code_story
from coder.records import Story
from coder.text import split_sentences, tokenize

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
wire = st.lists(st.sampled_from(["Iran", "met", "Syria", "U.S.", "did", "not", "attack", "by", "the", ",", ".",
                                 "and", "Mr.", "3.5", '"', "sanctions", "imposed", "on", "Damascus", "\n\n"]),
                max_size=60).map(" ".join)


@given(texts)
def test_tokens_point_at_their_text(text):
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text and tok.text.strip()


@given(st.one_of(texts, wire))
def test_sentences_cover_the_words_in_order(text):
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    words = [w for s in sentences for w in s.text.split()]
    assert words == text.split()


@settings(max_examples=150)
@given(st.one_of(texts, wire))
def test_coding_never_crashes_and_events_are_consistent(mini, text):
    n, events = code_story(Story("h", "2020-01-01", text), mini)
    assert n == len(split_sentences(text))
    for e in events:
        assert e.source_actor != e.target_actor and e.event_code.startswith(e.root_code)
        assert e.verb_text in e.sentence
