"""Verb patterns compiled once: each pattern line parsed into the words it needs before and
after its verb, and every verb's patterns indexed by its inflected forms and by the rarest word
each needs, so matching (verbs.py) tries only the patterns a sentence could fit.

A pattern is `verb word <object> + word` (see dictionaries/README.md).
"""

from __future__ import annotations

from typing import Final

from dataclasses import dataclass, field

from .dictfile import PatternEntry
from .errors import DictionaryError
from .inflect import inflect, noun_forms
from .records import Token, by_fields
from .text import tokenize

GAP: Final = 3  # other words allowed between a pattern's words
TARGET_WINDOW: Final = 4  # words allowed between the slot and the target actor
# A target is never looked for past these: "signed an agreement in Pretoria" has no target.
LOCATIVE: Final = frozenset("in at near inside outside across during after before since amid".split())
TARGET_STOPS: Final = LOCATIVE | {"by"}  # "by" names the author of a passive, not a target


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str
    verb: str
    before: tuple[tuple[str, frozenset[str]], ...]  # ("word" | "next" | "object", accepted forms);
    # "next": right after the word before it, no gap (`new_economic_relations`); "skip": `^`, past
    # the next actor ("celebrated Eid at Osgiliath with Gondor": `celebrate eid at ^ with +`)
    after: tuple[frozenset[str], ...]  # words that must follow the target
    has_slot: bool
    text: str
    where: str
    needs: tuple[frozenset[str], ...] = ()  # every word it needs, each as its accepted forms
    reverse: str | None = None  # code of the event back from the target to the source
    lead: tuple[frozenset[str], ...] = ()  # words that must stand before the verb, in order (`did not * clash`)
    compound: bool = False  # `% * agree`: only for a compound subject, whose members act on each other
    lead_tight: tuple[bool, ...] = ()  # for each lead word: must the next one (or the verb) follow with no gap?
    compound_target: bool = False  # `agree with %`: the target slot takes only a compound ('X and Y')
    swapped: bool = False  # `+ * free from $`: the subject is the target, the `$` slot the source

    def __reduce__(self):
        return by_fields(self)

    def possible(self, present: set[str]) -> bool:
        """Could it match a sentence with these words? (A set test before the real match.)"""
        return not any(map(present.isdisjoint, self.needs))  # in C: called for every candidate

    @property
    def weight(self) -> int:
        extras = self.has_slot + self.compound + self.compound_target
        return len(self.lead) + len(self.before) + len(self.after) + extras


def _word_forms(word: str, exact: bool) -> frozenset[str]:
    return frozenset({word}) if exact else noun_forms(word)


def compile_pattern(entry: PatternEntry, exact: bool = False) -> Pattern:
    """Parse one pattern line; raise DictionaryError naming it when it is malformed. `exact`:
    its words match only as written (settings.txt exact_words), not their plurals too."""
    lead, tight, pieces = _lead(entry, exact)
    swapped = entry.pattern.split()[0] == "+"
    verb = pieces[0].lower()
    if not verb.isalpha():
        raise DictionaryError(entry.path, entry.line, "bad_pattern", f"first word {pieces[0]!r} must be a verb")
    before: list[tuple[str, frozenset[str]]] = []
    after: list[frozenset[str]] = []
    has_slot = compound_target = False
    for piece in pieces[1:]:
        if piece in ("+", "%", "$"):
            if has_slot or (piece == "$") != swapped:
                raise DictionaryError(entry.path, entry.line, "bad_pattern", "more than one '+' or '%' (one target "
                                      "slot); '$' only with a leading '+' (+ * free from $)")
            has_slot, compound_target = True, piece == "%"
            continue
        if piece == "^":
            if not has_slot:
                before.append(("skip", frozenset()))
            continue
        if piece.startswith("<") or piece.endswith(">"):
            word = piece[1:-1].lower()
            if not (piece.startswith("<") and piece.endswith(">") and word.isalpha()):
                raise DictionaryError(entry.path, entry.line, "bad_pattern", f"object {piece!r} must be <word>")
            if has_slot:
                raise DictionaryError(entry.path, entry.line, "bad_pattern", "an <object> must come before '+'")
            before.append(("object", _word_forms(word, exact)))
            continue
        for k, tok in enumerate(tokenize(piece.replace("_", " "))):
            forms = _word_forms(tok.norm, exact) if tok.norm.isalpha() else frozenset({tok.norm})
            if has_slot:
                after.append(forms)
            else:
                tied = (k and "_" in piece) or (not k and piece.startswith("_"))  # `_out`: right after the verb
                before.append(("next" if tied else "word", forms))
    needs = tuple(forms for what, forms in before if what != "skip") + tuple(after) + lead
    return Pattern(entry.code, verb, tuple(before), tuple(after), has_slot, entry.pattern, entry.where, needs,
                   entry.reverse, lead, entry.pattern.split()[0] == "%", tight, compound_target, swapped)


def _lead(entry: PatternEntry, exact: bool = False) -> tuple[tuple[frozenset[str], ...], tuple[bool, ...], list[str]]:
    """Split `did not * clash over efforts` into the words before the verb (with, for each, whether
    `_` ties the next word or the verb to it: `most_certainly did * clash`, `recently_ * allow`)
    and the rest."""
    pieces = entry.pattern.split()
    if "*" not in pieces:
        return (), (), pieces
    at = pieces.index("*")
    if (at == 0 or at == len(pieces) - 1 or "*" in pieces[at + 1 :] or "+" in pieces[1:at] or "%" in pieces[1:at]
            or (pieces[0] == "+" and "$" not in pieces[at + 1 :])):
        raise DictionaryError(entry.path, entry.line, "bad_pattern",
                              "'*' stands between the words before the verb and the verb (did not * clash; "
                              "a leading % asks for a compound subject: % have * delay; a leading + for a "
                              "source slot $: + * free from $)")
    words = [(t.norm, tied) for piece in pieces[:at] if piece not in ("%", "+") for t, tied in _ties(piece)]
    return (tuple(_word_forms(w, exact) if w.isalpha() else frozenset({w}) for w, _ in words),
            tuple(tight for _, tight in words), pieces[at + 1 :])


def _ties(piece: str) -> list[tuple[Token, bool]]:
    """The words of a piece, each with whether the word after it must follow with no gap."""
    toks = tokenize(piece.replace("_", " "))
    inner = "_" in piece.strip("_")
    return [(t, (inner and k < len(toks) - 1) or (k == len(toks) - 1 and piece.endswith("_")))
            for k, t in enumerate(toks)]


@dataclass(frozen=True, slots=True)
class Reach:
    """How far a pattern looks. The defaults suit news wire; a dictionary folder may set its own
    in settings.txt (an imported PETRARCH set, whose coder read targets off a parse tree, looks further)."""

    gap: int = GAP  # other words allowed between a pattern's words
    target_window: int = TARGET_WINDOW  # words allowed between the slot and the target actor
    stops: frozenset[str] = TARGET_STOPS  # words after which no target is looked for
    cross_actors: bool = False  # may a pattern's words lie past an actor, who is then the target?
    exact_words: bool = False  # do a pattern's words match only as written (no plural: PETRARCH's `EFFORT`)?
    modifier_lists: bool = False  # may a pattern's word follow a list of describing words ("complete, full")?

    def __reduce__(self):
        return by_fields(self)


@dataclass(slots=True)
class VerbIndex:
    """Verb forms -> (verb, kind), and each verb's patterns, most specific first."""

    forms: dict[str, list[tuple[str, str]]]
    patterns: dict[str, list[Pattern]]
    participles: frozenset[str] = frozenset()  # past forms: a target search stops at another verb
    # verb -> (word form -> positions of the patterns whose first word it is, positions of patterns
    # with no words): thousands of patterns, but a sentence holds only the words of a few
    keyed: dict[str, tuple[dict[str, list[int]], list[int]]] = field(default_factory=dict)
    reach: Reach = Reach()
    led: frozenset[str] = frozenset()  # verbs with patterns that name words before the verb

    def all_forms(self) -> frozenset[str]:
        return frozenset(self.forms)

    def candidates(self, verb: str, present: set[str]) -> list[Pattern]:
        """The verb's patterns that could match a sentence with these words, best first."""
        by_word, bare = self.keyed[verb]
        found = set(bare)
        for word in present:
            keyed = by_word.get(word)
            if keyed is not None:
                found.update(keyed)
        group = self.patterns[verb]
        # a pattern needing one word was found by it (or needs none): only the others are tested
        return [p for p in [group[i] for i in sorted(found)] if len(p.needs) < 2 or p.possible(present)]


def _key(group: list[Pattern]) -> tuple[dict[str, list[int]], list[int]]:
    """Each pattern filed under the forms of one word it needs (the rarest-looking: a pattern that
    can match needs them all, so any one finds it), and the patterns that need none."""
    by_word: dict[str, list[int]] = {}
    bare: list[int] = []
    for i, p in enumerate(group):
        if not p.needs:
            bare.append(i)
        for form in min(p.needs, key=_commonness) if p.needs else ():
            by_word.setdefault(form, []).append(i)
    return by_word, bare


COMMON: Final = frozenset("to of in on at for with from by as and or the a an into over against about after "
                   "up out off than that 's".split())


def _commonness(forms: frozenset[str]) -> tuple[bool, int]:
    """Function words are in most sentences; of the others, longer words are rarer."""
    return (not forms.isdisjoint(COMMON), -min(map(len, forms)))


def compile_patterns(entries: list[PatternEntry], irregular, reach: Reach = Reach()) -> tuple[VerbIndex, list[DictionaryError]]:
    errors: list[DictionaryError] = []
    patterns: dict[str, list[Pattern]] = {}
    for entry in entries:
        try:
            p = compile_pattern(entry, reach.exact_words)
        except DictionaryError as exc:
            errors.append(exc)
            continue
        patterns.setdefault(p.verb, []).append(p)
    forms: dict[str, list[tuple[str, str]]] = {}
    for verb, group in patterns.items():
        group.sort(key=lambda p: -p.weight)  # stable: file order breaks ties
        for form, kind in inflect(verb, irregular).items():
            forms.setdefault(form, []).append((verb, kind))
    participles = frozenset(f for f, kinds in forms.items() if any(k in ("pp", "past") for _, k in kinds))
    keyed = {verb: _key(group) for verb, group in patterns.items()}
    led = frozenset(verb for verb, group in patterns.items() if any(p.lead or p.compound for p in group))
    return VerbIndex(forms, patterns, participles, keyed, reach, led), errors
