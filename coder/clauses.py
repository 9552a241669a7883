"""Comma-delimited asides dropped before coding, as TABARI and PETRARCH-1 did.

"Arnor, the official said, will restore ties": a short clause between commas (or before the
first comma, or after the last) is often an aside whose actors would otherwise be taken for the
subject or the target. A dictionary folder may ask for such clauses to be removed when their
length in words lies within limits (settings.txt: comma_min/comma_max for clauses inside the
sentence, comma_bmin/comma_bmax for the first clause, comma_emin/comma_emax for the last). A
maximum of 0 switches that kind off; all are off by default, as the shipped dictionaries want.
"""

from __future__ import annotations

from typing import Final

from dataclasses import dataclass

from .records import Token, Tokens, by_fields

END_MARKS: Final = frozenset({".", "?", "!"})


@dataclass(frozen=True, slots=True)
class CommaLimits:
    """Lengths (in words) of the comma-delimited clauses to drop; a max of 0 drops none of that kind."""

    min: int = 0  # a clause between two commas
    max: int = 0
    bmin: int = 0  # the clause before the first comma
    bmax: int = 0
    emin: int = 0  # the clause after the last comma
    emax: int = 0

    def __reduce__(self):
        return by_fields(self)

    @property
    def active(self) -> bool:
        return bool(self.max or self.bmax or self.emax)


def _words(tokens: Tokens, lo: int, hi: int) -> int:
    return sum(1 for t in tokens[lo:hi] if any(c.isalnum() for c in t.norm))


def _within(count: int, low: int, high: int) -> bool:
    return high > 0 and low <= count <= high


def _in_list(tokens: Tokens, i: int) -> bool:
    """'Mordor, Rohan, Fornost and Bree', 'Mordor, the awful Fornost, and good Gondor': a comma
    between names that run on to 'and NAME' joins a list; it opens no aside. Between the names only
    commas, articles and up to two plain words before each name may stand ('On Monday, Iran said'
    and 'Iran, the official said' are no lists)."""
    if not (0 < i < len(tokens) - 1 and tokens[i - 1].text[:1].isupper()) or _list_closed(tokens, i):
        return False
    plain, joined = 0, False
    for word in tokens[i + 1 :]:
        if word.text[:1].isupper():
            if joined:
                return True
            plain = 0
        elif word.norm in ("and", "or"):
            joined, plain = True, 0
        elif word.norm in (",", "the", "a", "an"):
            continue
        elif word.norm.isalpha() and plain < 2:
            plain += 1
        else:
            return False
    return False


def _list_closed(tokens: Tokens, i: int) -> bool:
    """'between Calenardhon and Gondor, and ...': the list before the comma already had its 'and'."""
    j = i - 1
    while j >= 0 and (tokens[j].text[:1].isupper() or tokens[j].norm in ("the", "a", "an")):
        j -= 1
    return j >= 0 and tokens[j].norm in ("and", "or")


def clause_spans(tokens: Tokens, limits: CommaLimits) -> list[tuple[int, int]]:
    """Token spans [lo, hi) to drop, each with one of its commas."""
    commas = [i for i, t in enumerate(tokens) if t.norm == "," and not _in_list(tokens, i)]
    if not commas or not limits.active:
        return []
    end = len(tokens)
    while end > 0 and tokens[end - 1].norm in END_MARKS:
        end -= 1
    spans = []
    if _within(_words(tokens, 0, commas[0]), limits.bmin, limits.bmax):
        spans.append((0, commas[0] + 1))
    for left, right in zip(commas, commas[1:]):
        if _within(_words(tokens, left + 1, right), limits.min, limits.max):
            spans.append((left, right))
    if commas[-1] < end and _within(_words(tokens, commas[-1] + 1, end), limits.emin, limits.emax):
        spans.append((commas[-1], end))
    return spans


def drop_clauses(tokens: Tokens, limits: CommaLimits) -> tuple[Token, ...]:
    """The sentence's tokens without the comma-delimited clauses the limits select."""
    spans = clause_spans(tokens, limits)
    if not spans:
        return tokens
    gone = {j for lo, hi in spans for j in range(lo, hi)}
    return tuple(t for j, t in enumerate(tokens) if j not in gone)
