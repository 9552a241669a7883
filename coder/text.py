"""The one tokenizer and sentence splitter.

Dictionary names and patterns go through `tokenize` too, so a name matches text exactly
when both tokenize alike. Normalised forms fold case, accents and curly quotes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from .records import Sentence, Token

TOKEN_RE: Final = re.compile(
    r"""
    \S                                    # every token starts with a character that is not a space
    (?: (?<=[^\W\d_]) \. (?:[^\W\d_]\.)+    # a letter: dotted abbreviations: U.S., U.N., U.S.A.
      | (?<=\d) \d*+ (?:[.,:]\d+)* %?        # a digit: numbers: 3.5, 1,000, 12:30, 40%
      | (?<=['’]) s\b                        # an apostrophe: possessive 's
      | (?<=\w) \w*+ (?: (?=['’]s\b)         # a word character: a word, that stops before a possessive
                       | (?:['’]\w+)* )      # (Iran's), else keeps inner apostrophes: O'Neill, didn't
      |                                     # any other single character
    )
    """,
    re.VERBOSE,  # one leading \S (not six alternatives) lets the engine skip spaces fast; the same tokens
)

# Words that end with a period but do not end a sentence.
TITLES: Final = frozenset(
    "mr mrs ms dr gen lt col maj capt cpl sgt adm cmdr sen rep gov pres prof rev st "
    "jr sr messrs mme fr hon amb brig".split()
)
MONTHS: Final = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
OTHER_ABBREVIATIONS: Final = frozenset("no nos vol vs etc approx est inc corp ltd co dept univ ft mt".split())
NEVER_END: Final = TITLES | MONTHS | frozenset({"no", "nos", "vs", "approx", "est", "ft", "mt", "st"})
# After a dotted abbreviation (U.S.) these words probably start a new sentence.
SENTENCE_STARTERS: Final = frozenset(
    "the a an he she it they we i in on at but and however meanwhile this that these those "
    "his her its their there officials police".split()
)

# [.!?][.!?]*, not [.!?]+: a pattern that opens with one character class is scanned for that class
# in C, twice as fast as one that opens with a repeat
BOUNDARY_RE: Final = re.compile(r"""[.!?][.!?]*['"’”)\]]*(?=\s+["'“‘(\[]*[^\W_])""")
PARAGRAPH_RE: Final = re.compile(r"\n\s*\n")
NEXT_WORD_RE: Final = re.compile(r"""\s+["'“‘(\[]*([^\s]+)""")


@lru_cache(maxsize=200_000)
def normalize(word: str) -> str:
    """Lower-case, fold accents and curly quotes: 'Erdoğan' -> 'erdogan'."""
    word = word.lower()
    if word.isascii():
        return word
    word = word.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of a text: the hottest loop of a run. No token spans a space, so the text is
    cut at spaces (in C), and each piece is tokenized once, when first seen: a run meets the
    same pieces ("the", "Syria,") again and again."""
    tokens: list[Token] = []
    at = 0
    for piece in text.split():
        at = text.find(piece, at)
        parts = PIECES.get(piece)
        if parts is None:
            parts = _piece_parts(piece)
        for offset, word, norm in parts:
            start = at + offset
            tokens.append(Token(word, norm, start, start + len(word)))
        at += len(piece)
    return tuple(tokens)


def _piece_parts(piece: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, word, normalised word) of each token of a piece of text with no space in it. What
    TOKEN_RE finds in the piece alone it finds in the text: its look-behinds see a space or the
    start alike, its look-aheads a space or the end."""
    if len(PIECES) >= PIECES_KEPT:
        PIECES.clear()
    found = [(m.start(), m.group()) for m in TOKEN_RE.finditer(piece)]
    parts = PIECES[piece] = tuple([(offset, word, normalize(word)) for offset, word in found])
    return parts


PIECES: Final[dict[str, tuple[tuple[int, str, str], ...]]] = {}
PIECES_KEPT: Final = 100_000


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    """Decide whether the period at `dot` ends a sentence, looking at the word before it."""
    if text[dot] != ".":
        return True
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    low = word.lower()
    if not word:
        return True
    if word.replace(".", "").replace(",", "").isdigit():  # a number ends the sentence: "closed at 158.4."
        return True
    if len(word) == 1 and word.isupper():  # an initial: George W. Bush
        return False
    if low in NEVER_END:
        return False
    nxt = NEXT_WORD_RE.match(text, after)
    next_word = nxt.group(1).strip(".,;:") if nxt else ""
    if next_word[:1].islower():  # "the U.N. on Monday": a sentence does not start in lower case
        return False
    if "." in word or low in OTHER_ABBREVIATIONS:  # U.S. / Inc. at a sentence end or not
        return next_word.lower() in SENTENCE_STARTERS
    return True


def _spans(text: str):
    for para in _paragraphs(text):
        p_start, p_end = para
        start = p_start
        for m in BOUNDARY_RE.finditer(text, p_start, p_end):
            if _ends_sentence(text, m.start(), m.end()):
                yield start, m.end()
                start = m.end()
        yield start, p_end


def _paragraphs(text: str):
    start = 0
    for m in PARAGRAPH_RE.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def split_sentences(text: str, story_id: str = "") -> list[Sentence]:
    """Split a story into sentences, keeping character offsets into the story."""
    out: list[Sentence] = []
    for start, end in _spans(text):
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        s_start = start + lead
        s_text = " ".join(stripped.split()) if "\n" in stripped else stripped
        out.append(
            Sentence(story_id, len(out), s_text, s_start, s_start + len(stripped), tokenize(s_text))
        )
    return out
