"""PETRARCH and TABARI verb dictionaries, converted to this coder's verb patterns.

Both PETRARCH formats (and TABARI's, which has no `---` block headers) are read by one parser:

    &CURRENCY                 a synonym set ("synset"), used in patterns as &CURRENCY
    +DOLLARS
    --- GRANT [070] ---       a block: its verbs share its patterns; [070] is the code of a bare verb
    GRANT
    GIVE {GAVE GIVEN GIVING}  irregular forms; +BREAK_DOWN / WIRE_+TAP: multi-word verbs (+ marks the verb)
    - * &CURRENCY [903]       pattern: words before and after the verb (*), + target, $ source,
    - * (TO BORDER) [154]     % compound, ^ any words; PETRARCH-2 groups {noun phrases} and (preps)

This coder's patterns start at the verb: `verb words + words`. What maps is converted: words after
the verb in order (PETRARCH-2 groups flattened), `+`, synsets expanded, `_` ties kept, `^` kept
before the target (past the next actor) and dropped elsewhere (the coder allows a few words between
pattern words anyway). What does not map is noted with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product

from .petrarch_source import APPROXIMATED, SKIPPED, Line, Note, note, source_lines

EVENT_CODE = re.compile(r"^\d{2,4}[A-Z]?$")
CODE_IN_LINE = re.compile(r"\[([^\]]*)\]")
MAX_EXPANSION = 400  # patterns one line may expand into through its synsets
GROUPING = str.maketrans({"{": " ", "}": " ", "(": " ", ")": " ", "_": " _ "})  # "_": a tie, kept as a word
SLOTS = ("+", "*", "%", "$", "^")


@dataclass(slots=True)
class VerbDef:
    line: Line
    verb: str  # the inflected word, lower case
    after: tuple[str, ...]  # words of a multi-word verb after it ("break down")
    forms: tuple[str, ...]  # irregular forms given in {...}
    code: str  # its own code, or the block's
    before: tuple[str, ...] = ()  # words of a multi-word verb before it, tied to it (WIRE_+TAP)


@dataclass(slots=True)
class PatternDef:
    line: Line
    pre: list[str]
    post: list[str]
    code: str


@dataclass(slots=True)
class VerbBlock:
    line: Line
    code: str
    verbs: list[VerbDef] = field(default_factory=list)
    patterns: list[PatternDef] = field(default_factory=list)


@dataclass(slots=True)
class Converted:
    """A verb file, converted: pattern lines, irregular verbs, codes used, notes."""

    patterns: list[tuple[str, str, Line]] = field(default_factory=list)  # (code, pattern, source line)
    irregular: dict[str, tuple[str, ...]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)


# -- reading ----------------------------------------------------------------------------


def bracket_code(text: str) -> tuple[str | None, str]:
    """The first [code] in a line (None if there is none) and the text before it."""
    m = CODE_IN_LINE.search(text)
    return (m.group(1).strip(), text[: m.start()]) if m else (None, text)


def read_blocks(path, tabari: bool = False) -> tuple[list[VerbBlock], dict[str, list[str]], list[Note]]:
    """Blocks and synsets of a verb file, with notes on lines that belong nowhere."""
    blocks: list[VerbBlock] = []
    synsets: dict[str, list[str]] = {}
    notes: list[Note] = []
    current_set: str | None = None
    after_pattern = True  # a verb line after a pattern (or first in a file) opens a TABARI-style block
    for line in source_lines(path, tabari):
        text = line.text.strip()
        if text.startswith("&"):
            current_set = text.split()[0].rstrip("_")
            synsets[current_set] = []
        elif text.startswith("+") and current_set:
            synsets[current_set].append(text[1:].strip())
        elif text.startswith("~"):
            notes.append(note(line, SKIPPED, "PETRARCH-2 transformation (~): it recodes the events of nested "
                                             "verbs, which the coder does not combine"))
        elif text.startswith("---"):
            current_set, after_pattern = None, False
            code, _ = bracket_code(text)
            blocks.append(VerbBlock(line, code or "---"))
        elif text.startswith("-"):
            current_set, after_pattern = None, True
            _add_pattern(blocks, line, text, notes)
        else:
            current_set = None
            if after_pattern or not blocks:
                blocks.append(VerbBlock(line, bracket_code(text)[0] or "---"))
            after_pattern = False
            _add_verb(blocks[-1], line, text, notes)
    return blocks, synsets, notes


def _add_pattern(blocks, line: Line, text: str, notes) -> None:
    code, body = bracket_code(text[1:])
    if not blocks:
        notes.append(note(line, SKIPPED, "pattern with no verb block above it"))
    elif code is None:
        notes.append(note(line, SKIPPED, "pattern without a [code]"))
    elif body.count("*") != 1:
        notes.append(note(line, SKIPPED, "pattern without exactly one * (the verb's place)"))
    else:
        pre, post = body.translate(GROUPING).split("*")
        blocks[-1].patterns.append(PatternDef(line, pre.split(), post.split(), code))


def _add_verb(block: VerbBlock, line: Line, text: str, notes) -> None:
    code, head = bracket_code(text)
    head, _, forms = head.partition("{")
    words = head.replace("_", " ").split()
    if not words:
        notes.append(note(line, SKIPPED, "verb line without a verb"))
        return
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    at = marked[0] if marked else 0
    verb = words[at].lstrip("+").lower()
    if not verb.isalpha():
        notes.append(note(line, SKIPPED, "verb is not one word (hyphenated?)", verb))
        return
    irregular = tuple(_form(f) for f in forms.partition("}")[0].split() if _form(f))
    after = tuple(w.lower() for w in words[at + 1 :])
    before = tuple(w.lower() for w in words[:at])
    if not all(w.replace("'", "").isalpha() for w in before):
        notes.append(note(line, SKIPPED, "words before the verb of a multi-word verb that are not words", " ".join(before)))
        return
    block.verbs.append(VerbDef(line, verb, after, irregular, code or block.code, before))


def _form(text: str) -> str:
    """The verb word of a form: '+BREAKS_DOWN' -> 'breaks', 'BROKE' -> 'broke'."""
    parts = text.split("_")
    marked = [p for p in parts if p.startswith("+")]
    word = (marked[0] if marked else parts[0]).lstrip("+").lower()
    return word if word.isalpha() else ""


# -- converting -------------------------------------------------------------------------


def event_code(raw: str, line: Line, notes: list[Note], pattern: bool = True) -> str | None:
    """`A` or `A:B` (B: the event back from target to source); None (noted) for null, discard, unknown codes.

    A verb whose block has the null code [---] is no loss (its patterns code it), so it is not noted."""
    first, colon, second = raw.partition(":")
    first, second = first.strip().upper(), second.strip().upper()
    if first == "---" or not first and not colon:
        if pattern:
            notes.append(note(line, SKIPPED, "null code [---]: the coder has no pattern that codes nothing"))
        return None
    if first == "###":
        notes.append(note(line, SKIPPED, "discard code [###]: the coder cannot drop a sentence from a verb pattern"))
        return None
    if not first:
        notes.append(note(line, SKIPPED, "only a reverse event code [:B]: the coder codes the verb's own direction", raw))
        return None
    if not EVENT_CODE.match(first) or (second not in ("", "---") and not EVENT_CODE.match(second)):
        notes.append(note(line, SKIPPED, "not an event code (2-4 digits, maybe one letter)", raw))
        return None
    return f"{first}:{second}" if second not in ("", "---") else first


def expand(words: list[str], synsets: dict[str, list[str]], depth: int = 0) -> list[list[str]] | None:
    """Every word list a pattern's synsets stand for; None if a synset is unknown or they nest too deep."""
    options: list[list[list[str]]] = []
    for word in words:
        if not word.startswith("&"):
            options.append([[word]])
            continue
        name = word.rstrip("_")
        if name not in synsets or depth > 3:
            return None
        members: list[list[str]] = []
        for member in synsets[name]:
            sub = expand(member.translate(GROUPING).split(), synsets, depth + 1)
            if sub is None:
                return None
            members += sub
        options.append(members)
    total = 1
    for o in options:
        total *= len(o)
    if total > MAX_EXPANSION:
        return []
    return [[w for part in combo for w in part] for combo in product(*options)]


def pattern_words(p: PatternDef, synsets, notes: list[Note]) -> list[tuple[list[str], list[str]]] | None:
    """(words before the verb, words after it) for each synset expansion; None (noted) if it cannot be converted."""
    pre = [w for w in p.pre if w != "^"]
    post = _skips(p.post)
    reason = None
    # '+ * FROM $': the subject is the target and the actor at $ the source (the coder's `+ * verb from $`)
    swapped = (pre[:1] == ["+"] and post.count("$") == 1 and not {"+", "%"} & set(post)
               and not {"+", "$", "%"} & set(pre[1:]))
    if not swapped and ({"+", "$"} & set(pre) or "%" in pre[1:]):
        reason = ("an actor before the verb ($ *, or + * without one $ after the verb): the coder takes the "
                  "source from before the verb")
    elif not swapped and "$" in post:
        reason = "a source ($) after the verb without a target (+) before it: the coder has no such slot"
    elif "%" in post and ("+" in post or post.count("%") > 1):
        reason = "a compound marker (%) with another target slot: the coder has one slot"
    elif post.count("+") > 1:
        reason = "more than one target (+)"
    if reason:
        notes.append(note(p.line, SKIPPED, reason))
        return None
    expanded = expand(pre + ["*"] + post, synsets)
    if expanded is None:
        notes.append(note(p.line, SKIPPED, "uses a synset (&NAME) that is not defined"))
        return None
    if not expanded:
        notes.append(note(p.line, SKIPPED, f"synsets expand into more than {MAX_EXPANSION} patterns"))
        return None
    return [(_detokenize(w[: w.index("*")]), _detokenize(w[w.index("*") + 1 :])) for w in expanded]


def _skips(post: list[str]) -> list[str]:
    """PETRARCH's `^` (skip a phrase) is kept, once, before the target slot: the coder reads it as
    'past the next actor'; after the slot, or doubled, it is dropped (the coder allows a few words
    between pattern words anyway)."""
    slot = next((i for i, w in enumerate(post) if w in ("+", "%", "$")), len(post))
    out: list[str] = []
    for i, w in enumerate(post):
        if w == "^" and (i > slot or (out and out[-1] == "^")):
            continue
        out.append(w)
    return out


def _detokenize(words: list[str]) -> list[str]:
    """Treebank splits contractions (DID N'T); the coder's tokenizer keeps them whole (didn't)."""
    out: list[str] = []
    for w in words:
        if w.upper() == "N'T" and out and out[-1] == "_" and len(out) > 1 and out[-2] not in SLOTS:
            out.pop()
            out[-1] += w
        elif w.upper() == "N'T" and out and out[-1] not in SLOTS + ("_",):
            out[-1] += w
        else:
            out.append(w)
    return out


def _words(words: list[str]) -> str:
    """Pattern text; words PETRARCH tied with `_` (no word may come between) stay tied: to each
    other (`new_economic`), a word to the verb (`recently_ *`) and, in the words after the verb,
    the first to it (`_upon`). A tie to a slot (`TO_+`, `^`) is dropped."""
    out: list[str] = []
    tie = False
    for w in words:
        if w == "_":
            tie = True
            continue
        w = w if w in SLOTS else w.lower()
        if tie and w == "*" and out and out[-1] not in SLOTS:
            out[-1] += "_"
            out.append(w)
        elif tie and not out and w not in SLOTS:
            out.append("_" + w)
        elif tie and out and out[-1] not in SLOTS and w not in SLOTS:
            out[-1] += "_" + w
        else:
            out.append(w)
        tie = False
    return " ".join(out)


def convert_blocks(blocks: list[VerbBlock], synsets) -> Converted:
    """Each block's verbs times its patterns, as (code, pattern) lines, each line once."""
    out = Converted()
    for block in blocks:
        start = len(out.patterns)
        _convert_block(block, synsets, out)
        used = {pattern.split()[pattern.split().index("*") + 1] if "*" in pattern.split() else pattern.split()[0]
                for _, pattern, _ in out.patterns[start:]}
        out.notes += [note(v.line, SKIPPED, "verb left without a pattern: its code is null and none of its "
                                            "block's patterns could be converted") for v in block.verbs
                      if v.verb not in used]
    _drop_repeats(out)
    return out


def _drop_repeats(out: Converted) -> None:
    """Keep the first line of each pattern. A source line that gave only repeats is noted, and so is
    one with words equal to an earlier line's under another code (PETRARCH told them apart by `_`
    adjacency, which the coder does not read): the earlier one would always win."""
    first: dict[str, tuple[str, Line]] = {}
    kept, lines, fresh, shadowed = [], {}, set(), {}
    for code, pattern, line in out.patterns:
        lines[id(line)] = line
        if pattern not in first:
            first[pattern] = (code, line)
            kept.append((code, pattern, line))
            fresh.add(id(line))
        elif first[pattern][0] != code:
            earlier_code, earlier = first[pattern]
            shadowed.setdefault(id(line), f"{pattern!r}: {earlier_code} at line {earlier.number} wins over {code}")
    out.patterns = kept
    for key, line in lines.items():
        if key in shadowed:
            out.notes.append(note(line, APPROXIMATED, "same words as an earlier pattern with another code (told "
                                  "apart by _ adjacency or word order in PETRARCH): the earlier one wins", shadowed[key]))
        elif key not in fresh:
            out.notes.append(note(line, SKIPPED, "repeats patterns of an earlier line"))


def _convert_block(block: VerbBlock, synsets, out: Converted) -> None:
    for verb in block.verbs:
        if verb.forms:
            out.irregular.setdefault(verb.verb, irregular_row(verb.verb, verb.forms))
        code = event_code(verb.code, verb.line, out.notes, pattern=False)
        if code:
            out.patterns.append((code, _words([*_tied(verb.before), verb.verb, *verb.after]), verb.line))
    for p in block.patterns:
        code = event_code(p.code, p.line, out.notes)
        if code is None:
            continue
        if not block.verbs:
            out.notes.append(note(p.line, SKIPPED, "its block has no verb the coder can use"))
            continue
        for pre, post in pattern_words(p, synsets, out.notes) or ():
            for verb in block.verbs:
                lead = [*pre, *(_tied(verb.before) or ["*"])] if pre else _tied(verb.before)
                tail = f" {_words(post)}" if post else ""
                out.patterns.append((code, _words([*lead, verb.verb, *verb.after]) + tail, p.line))


def _tied(before: tuple[str, ...]) -> list[str]:
    """WIRE_+TAP: the words before a multi-word verb, tied to each other and to it (`wire_ * tap`)."""
    out: list[str] = []
    for w in before:
        out += [w, "_"]
    return [*out, "*"] if out else []


def irregular_row(base: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """base past participle third ing, from forms given in any order ({SPEEDING SPEEDS SPED})."""
    ing = next((f for f in forms if f.endswith("ing")), None)
    third = next((f for f in forms if f.endswith("s") and f != base and f[:2] == base[:2] and not f.endswith("ss")), None)
    rest = [f for f in forms if f not in (ing, third, base)]
    past = rest[0] if rest else base
    participle = rest[1] if len(rest) > 1 else past
    row = [base, past, participle]
    if third or ing:
        row.append(third or (base + "s"))
    if ing:
        row.append(ing)
    return tuple(row)
