"""Verb patterns matched in a sentence (patterns.py compiles them).

Matching finds the verb, the words that must follow it, the object noun (after the verb, or
before it in the passive) and the target actor in the `+` slot.
"""

from __future__ import annotations

from typing import Final


from .patterns import GAP, TARGET_STOPS, Pattern, Reach, VerbIndex
from .records import ActorMatch, Tokens, VerbMatch
from .voice import object_before, passive_auxiliary, passive_participle
from .wordclass import (BOUNDARY, DETERMINERS, NOUN_LIKE, QUANTITY, adjective_use, after_noun, after_past_verb,
                        before_participle, capitalised, counted, in_name, is_noun_use, plain)

FORCES: Final = frozenset({"MIL", "COP"})
POSSESSIVES: Final = frozenset("its their his her".split())
PRONOUNS: Final = frozenset("he she it they him them".split())  # a pronoun between a pattern's words is no target


def _find_word(tokens: Tokens, pos: int, forms: frozenset[str], actor_at: set[int], limit: int = GAP,
               listing: bool = False, places: bool = False) -> int:
    """Index of the first token at or after pos (within `limit` others) in forms, or -1.
    An object noun may follow a list of modifiers (`listing`): "imposed trade, oil and air sanctions";
    a word before the target may follow a place (`places`): "agreed in Tokyo on Monday to"."""
    used, j = 0, pos - 1  # counts, numbers and hyphenated pieces ("nuclear-related", "25 percent") use up no gap
    while j + 1 < len(tokens):
        j += 1
        norm = tokens[j].norm
        if norm in forms or (norm[:1].isdigit() and scale(tokens, j) in forms):
            return j
        if places and j in actor_at and j > pos and tokens[j - 1].norm in ("in", "at") and j - 1 not in actor_at:
            while j + 1 < len(tokens) and j + 1 in actor_at:  # "agreed in Tokyo on Monday to": a place
                j += 1
            continue
        if j in actor_at and (k := _hyphened_past(tokens, j, actor_at)):  # "walk away from U.S.-brokered talks"
            j = k
            continue
        if j in actor_at and tokens[j].norm in PRONOUNS:  # "rejected demands that he step down"
            used += 1
            continue
        if j in actor_at and j > pos and tokens[j - 1].norm in POSSESSIVES and j - 1 not in actor_at:
            while j + 1 < len(tokens) and j + 1 in actor_at:  # "pull its forces out of": the object, no target
                j += 1
            continue
        listed = listing and j > pos and (norm == "and" or (norm == "," and plain(tokens, j + 1)))
        if (norm in BOUNDARY and not listed) or j in actor_at:
            return -1
        if not (listed or norm == "-" or norm in QUANTITY or norm[:1].isdigit() or (j > 0 and tokens[j - 1].norm == "-")
                or (j > pos and capitalised(tokens[j]) and capitalised(tokens[j - 1]))):  # "the Strategic Arms Reduction Treaty"
            used += 1
        if used > limit:
            return -1
    return -1


COUNT_STOPS: Final = frozenset("in on at of since by from until to before after".split())  # 'in 300 towns'


def scale(tokens: Tokens, j: int) -> str | None:
    """'killed more than 800 villagers': a number written in figures counts as the word of its
    scale ('hundred', 'thousand'), so the count patterns of mass violence see it. Not a year
    ('in 2014') nor a number after a preposition ('of 300 metres')."""
    digits = tokens[j].norm.replace(",", "")
    if not digits.isdigit() or (j > 0 and tokens[j - 1].norm in COUNT_STOPS):
        return None
    n = int(digits)
    if "," not in tokens[j].norm and 1900 <= n <= 2100:
        return None
    return "thousand" if n >= 1000 else "hundred" if n >= 100 else None


def _hyphened_past(tokens: Tokens, j: int, actor_at: set[int]) -> int | None:
    """'U.S.-brokered', 'Saudi-led': an actor that only makes an adjective with '-' and a
    participle; the participle's index, or None."""
    while j + 1 < len(tokens) and j + 1 in actor_at:
        j += 1
    k = j + 2
    hyphened = k < len(tokens) and tokens[j + 1].norm == "-" and tokens[k].text.islower()
    return k if hyphened and tokens[k].norm.endswith(("ed", "led", "run")) else None


def _compound_end(tokens: Tokens, target: ActorMatch, actors_from: dict[int, ActorMatch]) -> int:
    """'asked the EU and the IMF on Friday to ...': a pattern's words after '+' follow the whole list."""
    end, j = target.end, target.end
    while j < len(tokens) and tokens[j].norm in ("and", ",", "the"):
        j += 1
        if j in actors_from and tokens[j - 1].norm != ",":
            end = j = actors_from[j].end
    return end


def _object_actor(tokens: Tokens, pos: int, forms: frozenset[str], actors_from: dict[int, ActorMatch],
                  limit: int = GAP) -> ActorMatch | None:
    """'stormed Kenya's parliament', 'expelled Russian diplomats': an actor whose last word is the
    pattern's object noun is both the object and, when nothing follows it in the pattern, the target."""
    used = 0
    for j in range(pos, len(tokens)):
        if j in actors_from:
            actor = actors_from[j]
            return actor if tokens[actor.end - 1].norm in forms else None
        norm = tokens[j].norm
        if norm in BOUNDARY:
            return None
        if not (norm == "-" or norm in QUANTITY or norm[:1].isdigit() or (j > 0 and tokens[j - 1].norm == "-")):
            used += 1  # "his front-line troops": hyphenated pieces and counts use up no gap
        if used > limit:
            return None
    return None


def _named(actor: ActorMatch) -> bool:
    """An actor that names its country or organisation ("Russian diplomats"), or a bare role
    placed from context that is no armed force ("closed a reformist newspaper"); not the sender's
    own forces ("France delivered fighter jets", "Kenya deployed police")."""
    return any(not src.startswith("agents") and ":" in src for src in actor.sources) or actor.agent not in FORCES


def _ending_at(actors_from: dict[int, ActorMatch], j: int) -> ActorMatch | None:
    """The actor of several words whose last word is at j, when it names its country or
    organisation (_named): not a lone role placed from context ("recalled its ambassador to")."""
    actor = next((a for a in actors_from.values() if a.end - 1 == j and a.start < j), None)
    return actor if actor and _named(actor) else None


def _listed_forces_end(tokens: Tokens, pos: int, actors_from: dict[int, ActorMatch]) -> int | None:
    """'rushed troops and tanks to', 'sent armoured vehicles and commandos to': the sender's own
    forces listed after the object noun belong to the object; where they end, or None."""
    j = pos
    while j < len(tokens) and tokens[j].norm in ("and", ","):
        j += 1
    actor = actors_from.get(j)
    return actor.end if j > pos and actor and not _named(actor) else None


def _find_word_across(tokens: Tokens, pos: int, forms: frozenset[str], actors_from: dict[int, ActorMatch],
                      limit: int) -> tuple[int, ActorMatch | None]:
    """As _find_word, but passing over one actor (not counted in the gap): 'allowed that Mordor
    isn't a really pleasant place' finds 'really pleasant' past Mordor. Returns (-1, None) or the
    word's index and the actor passed."""
    j, used, crossed = pos, 0, None
    while j < len(tokens) and used <= limit:
        if j in actors_from and crossed is None:
            crossed = actors_from[j]
            j = crossed.end
            continue
        if tokens[j].norm in forms:
            return (j, crossed) if crossed else (-1, None)
        if tokens[j].norm in BOUNDARY or j in actors_from:
            break
        used += 1
        j += 1
    return -1, None


def _target_after(tokens: Tokens, pos: int, actors_from: dict[int, ActorMatch], window: int, stops: frozenset[str],
                  locative: frozenset[str] = TARGET_STOPS) -> ActorMatch | None:
    """The first actor within `window` words; counts ("more than 1,700", "dozens of") and the
    pieces of hyphenated words ("anti-war") do not use up the window."""
    j, used = pos, 0
    while j < len(tokens) and used <= window:
        if j in actors_from:  # "supplied Yemen's Houthi rebels with": the country's own actor named after it
            actor = actors_from[j]
            owns = actor.end < len(tokens) and tokens[actor.end].norm == "'s"
            owned = actors_from.get(actor.end + 1) if owns else None
            return owned if owned and owned.country and owned.country == actor.country else actor
        norm = tokens[j].norm
        if norm == "at" and j + 1 < len(tokens) and tokens[j + 1].norm == "least":
            j += 2
            continue
        if norm in BOUNDARY or norm in locative or (norm in stops and not _after_article(tokens, j)
                                                     and tokens[j - 1].norm != "-"):  # "the Kurdish-held town of"
            return None
        if norm == "and" and j + 1 < len(tokens) and tokens[j + 1].text.endswith("ing") and tokens[j + 1].text.islower():
            return None  # "killing 39 people and taking shoppers hostage": the next verb's object
        if not (norm in QUANTITY or norm[:1].isdigit() or norm == "-"):
            used += 1
        j += 1
    return None


def _after_article(tokens: Tokens, j: int) -> bool:
    """'a set of resolutions': a participle's spelling after an article is a noun, not a verb;
    after a number it describes who is counted ("released two detained Canadians")."""
    return j > 0 and (tokens[j - 1].norm in ("a", "an", "the") or counted(tokens, j))


def _lead_start(tokens: Tokens, verb: int, lead: tuple[frozenset[str], ...], actor_at: set[int], gap: int,
                tight: tuple[bool, ...] = (), cross: bool = False) -> int:
    """Where the words a pattern needs before its verb begin ('didn't clash': the 'didn't'), or -1.
    Each may have `gap` other words after it, as the words after the verb may, unless the word
    after it is tied to it (`tight`). With `cross` (words_past_actors), actors between do not count."""
    pos = verb
    for k in range(len(lead) - 1, -1, -1):
        forms, limit = lead[k], 0 if k < len(tight) and tight[k] else gap
        j = pos - 1
        passed = 0  # actor tokens passed over, not counted in the gap
        while j >= 0 and pos - 1 - j - passed <= limit and tokens[j].norm not in forms:
            if tokens[j].norm in BOUNDARY or (j in actor_at and not (cross and limit)):
                return -1
            passed += j in actor_at
            j -= 1
        if j < 0 or pos - 1 - j - passed > limit:
            return -1
        pos = j
    return pos


def _try(pattern: Pattern, tokens: Tokens, verb: int, kind: str, actor_at: set[int], actors_from: dict[int, ActorMatch],
         stops: frozenset[str] = frozenset(),
         reach: Reach = Reach()):
    """Match one pattern at a verb; None if its words are not there."""
    lead = (_lead_start(tokens, verb, pattern.lead, actor_at, reach.gap, pattern.lead_tight, reach.cross_actors)
            if pattern.lead else None)
    if lead == -1 or (pattern.compound and not _compound_before(tokens, verb if lead is None else lead, actors_from)):
        return None
    pos, object_first, held, crossed = verb + 1, False, None, None
    for n, (what, forms) in enumerate(pattern.before):
        if what == "skip":  # past an actor named before the pattern's next word, if any
            following = pattern.before[n + 1][1] if n + 1 < len(pattern.before) else frozenset()
            pos = _past_actor(tokens, pos, actors_from, reach.gap, following)
            continue
        if what == "next":  # `_` ties the word to the one before it: no gap at all
            j = pos if pos < len(tokens) and tokens[pos].norm in forms else -1
        else:
            j = _find_word(tokens, pos, forms, actor_at, reach.gap, what == "object" or reach.modifier_lists, True)
        if j < 0 and reach.cross_actors and what == "word" and crossed is None:
            j, crossed = _find_word_across(tokens, pos, forms, actors_from, reach.gap)
        if j < 0 and what == "object" and kind in ("pp", "past") and object_before(tokens, verb, forms, actor_at) \
                and not (verb + 1 < len(tokens) and tokens[verb + 1].norm in DETERMINERS):  # "vessels seized the"
            object_first = True
            continue
        if j < 0 and what == "object" and (actor := _object_actor(tokens, pos, forms, actors_from, reach.gap)):
            j, held = actor.end - 1, actor if n == len(pattern.before) - 1 and _named(actor) else None
        elif j >= 0 and what == "object" and n == len(pattern.before) - 1 and j in actor_at:
            held = _ending_at(actors_from, j)  # "expelled 13 foreign aid agencies": the words end an actor
        if j < 0 and what == "word" and n and pattern.before[n - 1][0] == "object" \
                and (past := _listed_forces_end(tokens, pos, actors_from)):
            j = _find_word(tokens, past, forms, actor_at, reach.gap)
        if j < 0:
            return None
        pos = j + 1
    direct = all(what == "object" for what, _ in pattern.before)
    passive = kind in ("pp", "past") and (object_first or passive_auxiliary(tokens, verb)
                                          or (direct and passive_participle(tokens, verb, actor_at, pattern.verb)))
    target = held
    # in the passive a direct object is the subject; a compound's members are each other's targets
    if target is None and not (passive and direct) and not pattern.compound:
        target = _target_after(tokens, pos, actors_from, reach.target_window, stops, reach.stops)
    if target is None and crossed is not None and not (pattern.has_slot or pattern.compound):
        target = crossed  # the actor the pattern's words lay past is the one acted on
    if target and pattern.compound_target and not _listed_after(tokens, target, actors_from):
        return None
    tail = _compound_end(tokens, target, actors_from) if target else pos
    for forms in pattern.after:
        if target is None:
            return None
        j = _find_word(tokens, tail, forms, actor_at, reach.gap)
        if j < 0:
            return None
        tail = j + 1
    if pattern.swapped:  # the actor in the slot is the source; the subject will be the target
        return None if target is None else VerbMatch(pattern.code, verb, pos, pattern.text, pattern.where, False,
                                                     None, tail, pattern.reverse, lead, target)
    return VerbMatch(pattern.code, verb, pos, pattern.text, pattern.where, passive, target, tail, pattern.reverse,
                     lead)


def _compound_before(tokens: Tokens, pos: int, actors_from: dict[int, ActorMatch]) -> bool:
    """'Gondor and Osgiliath (have) delayed': an actor joined to another by 'and' ends right before pos."""
    by_end = {a.end: a for a in actors_from.values()}
    if pos > 0 and tokens[pos - 1].norm == ")":  # 'the European Union (EU) agree'
        pos = next((j for j in range(pos - 2, max(-1, pos - 6), -1) if tokens[j].norm == "("), pos)
    last = by_end.get(pos)
    if last is None:
        return False
    j = last.start
    while j > 0 and tokens[j - 1].norm in ("the", "a", "an"):
        j -= 1
    k = j - 1
    while k >= 0 and tokens[k].norm in (",", "and"):
        k -= 1
    return "and" in {t.norm for t in tokens[k + 1 : j]} and (k + 1) in by_end


def _past_actor(tokens: Tokens, pos: int, actors_from: dict[int, ActorMatch], gap: int,
                following: frozenset[str] = frozenset()) -> int:
    """Just past the first actor within `gap` words of pos (`^`), or pos when there is none before
    the pattern's next word (`warn their ^ about +`: "warned their people about X" passes no actor)."""
    for j in range(pos, min(len(tokens), pos + gap + 1)):
        if j in actors_from:
            return actors_from[j].end
        if tokens[j].norm in BOUNDARY or tokens[j].norm in following:
            break
    return pos


def _listed_after(tokens: Tokens, actor: ActorMatch, actors_from: dict[int, ActorMatch]) -> bool:
    """'with Syria and Turkey': another actor follows the target across 'and' or a comma."""
    j = actor.end
    while j < len(tokens) and tokens[j].norm in (",", "and", "the"):
        j += 1
    return j > actor.end and j in actors_from and "and" in {t.norm for t in tokens[actor.end : j]}


def match_verbs(tokens: Tokens, actors: list[ActorMatch], index: VerbIndex) -> list[VerbMatch]:
    """Every verb in the sentence that one of its patterns fits, best pattern first."""
    forms = index.forms
    norms = [t.norm for t in tokens]
    verb_at = [i for i, word in enumerate(norms) if word in forms]  # only the words that may be verbs
    if not verb_at:
        return []
    actor_at = {j for a in actors for j in range(a.start, a.end)}
    actors_from = {a.start: a for a in actors}
    actor_end_to_start = {a.end - 1: a.start for a in actors}
    found: list[VerbMatch] = []
    present = set(norms)
    present.update(filter(None, (scale(tokens, j) for j, n in enumerate(norms) if n[:1].isdigit())))  # '800': hundred
    covered = 0  # words a pattern consumed ("send <aid> to +") are not verbs of their own
    for i in verb_at:
        candidates = forms[tokens[i].norm]
        if not candidates or i in actor_at or i < covered or in_name(tokens, i):
            continue
        # a word that looks like a noun here is still a verb for a pattern that names the words
        # before it ("can't ever * clash"): those words show it is one
        noun = all(kind in NOUN_LIKE for _, kind in candidates) and (
            is_noun_use(tokens, i, actor_end_to_start, all(kind == "ing" for _, kind in candidates))
            or (all(kind != "ing" for _, kind in candidates)  # "considering targeted sanctions": a verb
                and (before_participle(tokens, i, index.participles) or after_noun(tokens, i, actor_end_to_start))))
        noun = noun or adjective_use(tokens, i, candidates) or after_past_verb(tokens, i, candidates, forms)
        if noun and not any(verb in index.led for verb, _ in candidates):
            continue
        best = None
        for verb, kind in candidates:
            for pattern in index.candidates(verb, present):
                if noun and not (pattern.lead or pattern.compound):
                    continue
                hit = _try(pattern, tokens, i, kind, actor_at, actors_from, index.participles, index.reach)
                if hit and (hit.target or hit.passive or pattern.compound or hit.named_source):
                    best = hit
                    break
                best = best or hit
            if best and (best.target or best.passive or best.named_source or best.pattern.startswith("%")):
                break
        if best:
            found.append(best)
            covered = max(best.end, best.tail_end)  # "rejected opposition demands": "demands" is no verb
    leads = {m.lead for m in found if m.lead is not None}  # "heavy fighting broke out": a pattern's own word
    return [m for m in found if m.verb not in leads] if leads else found
