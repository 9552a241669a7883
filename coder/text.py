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

# Marks that end a word ("Syria,") and are always a token of their own after letters.
CLOSERS: Final = frozenset(',.;:!?)]}"”')

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
WORD_BEFORE_RE: Final = re.compile(r"(?:[^\W_]|\.)*\Z")  # letters, digits and dots up to where the search ends
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
    cut at spaces first, in C; a piece of letters alone (most words) is one token, and letters
    and a closing mark ("Syria,") are two, without the regular expression, which reads the rest."""
    tokens: list[Token] = []
    at = 0
    for piece in text.split():
        at = text.find(piece, at)
        end = at + len(piece)
        if piece.isalpha():
            tokens.append(Token(piece, normalize(piece), at, end))
        elif piece[-1] in CLOSERS and piece[:-1].isalpha():
            word, mark = piece[:-1], piece[-1]
            tokens.append(Token(word, normalize(word), at, end - 1))
            tokens.append(Token(mark, normalize(mark), end - 1, end))
        else:
            for m in TOKEN_RE.finditer(text, at, end):
                word = m.group()
                tokens.append(Token(word, normalize(word), m.start(), m.end()))
        at = end
    return tuple(tokens)


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    """Decide whether the period at `dot` ends a sentence, looking at the word before it."""
    if text[dot] != ".":
        return True
    found = WORD_BEFORE_RE.search(text, text.rfind(" ", 0, dot) + 1, dot)  # from the last space: no further back
    word = found.group() if found else ""
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
