"""The order of the steps, and nothing else: sentences -> actors -> references -> verbs -> grammar -> events.

No I/O here: `batch` reads and writes; this module only codes.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from dataclasses import replace

from .actors import match_actors
from .attackers import attribute
from .claims import credit_claims
from .clauses import drop_clauses
from .demands import reported_demands
from .events import assemble
from .grammar import assign, discard
from .gerunds import drop_gerund_clauses
from .lexicon import Lexicon
from .newactors import new_actors
from .records import Event, Sentence, Story, Tokens, Trace
from .references import Discourse, resolve
from .retaliation import answer_back
from .text import split_sentences
from .verbs import match_verbs


def code_sentence(story: Story, sentence: Sentence, lexicon: Lexicon, trace: Trace | None = None,
                  discourse: Discourse | None = None) -> list[Event]:
    """Events of one sentence; `discourse` carries what earlier sentences of the story named."""
    if lexicon.settings.commas.active:  # a folder that drops comma-delimited asides (settings.txt)
        sentence = replace(sentence, tokens=drop_clauses(sentence.tokens, lexicon.settings.commas))
        if trace is not None:
            trace.sentence = sentence
    tokens, settings = sentence.tokens, lexicon.settings
    actors = match_actors(tokens, lexicon.actors, story.date, lexicon.verb_forms)
    if discourse is not None:
        actors = resolve(tokens, actors, discourse, lexicon.references)
    actors = attribute(tokens, actors)  # 'gunmen believed to belong to al-Shabaab': the group
    if settings.new_actor_length:  # PETRARCH's unknown noun phrases as actors (settings.txt)
        actors = _with_new_actors(tokens, actors, lexicon)
    if not actors:
        if trace is not None:
            trace.dropped.append("no actors in the sentence")
        return []
    matches = match_verbs(tokens, actors, lexicon.verbs)
    if not settings.gerund_clauses:  # 'after leaving X' left uncoded, as PETRARCH (settings.txt)
        matches = drop_gerund_clauses(tokens, matches)
    dyads = assign(tokens, actors, matches, lexicon.modality) if matches else []  # most sentences have none
    dyads = reported_demands(tokens, actors, dyads, lexicon.modality) if dyads else dyads
    if dyads and (cue := lexicon.discards.find(tokens)):
        dyads = discard(dyads, *cue)
    if dyads and discourse is not None:  # "the troops fought back": against who attacked them
        dyads = answer_back(tokens, dyads, discourse.pair)
    if discourse is not None:
        discourse.update(actors, dyads, tokens)
    events = assemble(story, sentence, dyads, lexicon)
    if trace is not None:
        trace.actors, trace.verbs, trace.events, trace.dyads = actors, matches, events, dyads
        trace.dropped += [f"{d.verb.code} '{tokens[d.verb.verb].text}': {d.dropped}" for d in dyads if d.dropped]
        if not matches:
            trace.dropped.append("no verb pattern matched")
    return events


def _with_new_actors(tokens: Tokens, actors, lexicon: Lexicon):
    new = new_actors(tokens, actors, match_verbs(tokens, actors, lexicon.verbs),
                     lexicon.settings.new_actor_length, lexicon.verb_forms)
    return sorted(actors + new, key=lambda a: a.start) if new else actors


def code_story(story: Story, lexicon: Lexicon, max_tokens: int | None = None,
               skipped: list[Sentence] | None = None) -> tuple[int, list[Event]]:
    """(number of sentences, events) of one story. Sentences of more than `max_tokens` tokens
    (a table, a dump) are not coded but added to `skipped`, so one cannot stall a run."""
    sentences = split_sentences(story.text, story.id)
    events: list[Event] = []
    discourse = Discourse()
    for sentence in sentences:
        if max_tokens is not None and len(sentence.tokens) > max_tokens:
            if skipped is not None:
                skipped.append(sentence)
            continue
        events += code_sentence(story, sentence, lexicon, discourse=discourse)
    return len(sentences), credit_claims(events, lexicon, discourse.claimers)


def code_stories(stories: Iterable[Story], lexicon: Lexicon) -> Iterator[Event]:
    for story in stories:
        yield from code_story(story, lexicon)[1]


def explain(text: str, date: str, lexicon: Lexicon, story_id: str = "explain") -> list[Trace]:
    """Code a text and keep, sentence by sentence, why it was coded as it was."""
    story = Story(story_id, date, text)
    traces = []
    discourse = Discourse()
    for sentence in split_sentences(text, story_id):
        trace = Trace(sentence)
        code_sentence(story, sentence, lexicon, trace, discourse)
        traces.append(trace)
    credited = credit_claims([e for t in traces for e in t.events], lexicon, discourse.claimers)  # "X claimed ..."
    for trace in traces:
        trace.events = [e for e in credited if e.sentence_index == trace.sentence.index]
    return traces
