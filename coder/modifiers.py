"""Describing words before a listed actor: 'Fornost and the evil awful Gondor', 'Mordor, the awful
Fornost, and good Gondor'. PETRARCH read such lists off a parse tree, where the adjectives sit
inside each noun phrase; the coder joins actors only across 'and' and commas, so a folder that
asks for it (settings.txt `list_modifiers yes`) widens each listed actor over the plain words
before it. Off by default: the shipped dictionaries keep their own list rules (subjects.compound).
"""

from __future__ import annotations

from typing import Final

from dataclasses import replace

from .records import ActorMatch, Tokens

MAX_WORDS: Final = 3
ARTICLES: Final = frozenset({"the", "a", "an"})
LIST_WORDS: Final = frozenset({"and", ","})


def widen_listed(tokens: Tokens, actors: list[ActorMatch], function_words: frozenset[str],
                 verb_forms: frozenset[str]) -> list[ActorMatch]:
    """Each actor after 'and' or a comma, widened over up to three describing words before it."""
    out: list[ActorMatch] = []
    for a in actors:
        floor = out[-1].end if out else 0
        j = a.start
        while (j - 1 >= floor and a.start - j < MAX_WORDS and tokens[j - 1].norm.isalpha()
               and tokens[j - 1].norm not in function_words and tokens[j - 1].norm not in verb_forms):
            j -= 1
        while j - 1 >= floor and tokens[j - 1].norm in ARTICLES:
            j -= 1
        if j < a.start and j - 1 >= floor and tokens[j - 1].norm in LIST_WORDS and out:
            a = replace(a, start=j)
        out.append(a)
    return out
