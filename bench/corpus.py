"""A reproducible wire-style corpus: stories of 4 to 14 sentences where, as in real wire news,
most sentences report no event (background, figures, quotes, boilerplate) and about a quarter
do (with the shipped dictionaries, `python bench/corpus.py --check` prints the share).

Every template here was written for this project. Sentences run 10 to 35 words, as news
sentences do, and many that carry no event still name actors, so the actor matcher works on
them as it would on real text.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ACTORS = ["Iran", "the Iranian government", "Syria", "the Syrian foreign ministry", "Israeli troops", "Israel",
          "Turkish police", "Turkey", "the United States", "Washington", "Russia", "the Russian military",
          "Kenyan protesters", "the United Nations", "Chinese officials", "China", "Ukrainian forces", "Ukraine",
          "North Korea", "the European Union", "Egyptian mediators", "Houthi rebels", "the Pakistani army",
          "Indian officials", "the Saudi government", "French President Emmanuel Macron", "the German government",
          "Brazilian police", "the Nigerian army", "Ethiopian troops", "the Afghan government", "Lebanon",
          "Iraqi security forces", "the Mexican government", "Colombian rebels", "the Japanese government",
          "South Korea", "Venezuelan opposition leaders", "Sudanese paramilitaries", "NATO"]
TARGETS = ["Syria", "the Iranian government", "Lebanon", "Kurdish militants", "Washington", "Ukraine",
           "South Korean troops", "the Sudanese army", "Hamas", "Indian officials", "Saudi Arabia", "NATO",
           "Russia", "protesters in the capital", "the Israeli government", "Turkey", "Egypt", "Pakistan",
           "the United Nations", "Chinese diplomats", "the Iraqi government", "Jordan", "Qatar", "Germany",
           "opposition lawmakers", "Ethiopia", "the Afghan Taliban", "Venezuela", "Japan", "Greece"]
ACTS = ["met with {o}", "condemned {o}", "accused {o} of violating the ceasefire", "imposed new sanctions on {o}",
        "fired missiles at {o}", "praised {o}", "threatened {o}", "arrested members of {o}",
        "signed an agreement with {o}", "rejected a proposal from {o}", "attacked {o}", "hosted {o}",
        "expelled diplomats from {o}", "promised aid to {o}", "criticized {o}", "held talks with {o}",
        "welcomed a statement by {o}", "warned {o}", "blamed {o} for the attack", "demanded an apology from {o}",
        "clashed with {o}", "thanked {o} for its support", "accused {o} of spying", "sent troops to confront {o}",
        "agreed to cooperate with {o}", "denounced {o}", "visited {o}", "shelled positions held by {o}"]
LEADS = ["", "", "", "On Monday, ", "Earlier this week, ", "In a statement on Tuesday, ", "Late on Friday, ",
         "For the second time this month, ", "Despite mounting pressure, "]
WHEN = ["", " on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday", " late on Saturday",
        " on Sunday", " overnight", " earlier this week"]
TAILS = ["", "", ", officials said", ", according to state media", ", the ministry said in a statement",
         ", witnesses said", " after weeks of rising tension", ", a spokesman told reporters",
         ", two people familiar with the matter said", " in the capital"]
CITIES = ["Cairo", "Beirut", "Damascus", "Kyiv", "Nairobi", "Istanbul", "Tehran", "Baghdad", "Geneva", "Brussels",
          "Caracas", "Lagos", "Islamabad", "Tokyo", "Seoul", "Bogota", "Khartoum", "Addis Ababa", "Kabul", "Doha"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
GOODS = ["bread", "fuel", "rice", "cooking oil", "medicine", "electricity", "rent", "sugar"]
QUOTES = ["We will not accept this", "The situation remains very difficult", "Nobody knows what will happen next",
          "We are ready for any outcome", "This is only the beginning", "People are tired and afraid",
          "We have heard these promises before", "The next few days will be decisive"]
SPEAKERS = ["one official said", "a resident told reporters", "a diplomat said", "a local shopkeeper said",
            "an aid worker said", "a senior lawmaker said", "one analyst said"]
QUIET = [  # sentences that report no event; {actor} names one all the same
    "{actor} has a population of about {n} million people and a young workforce.",
    "The economy grew {x} percent in the {ordinal} quarter, according to figures released on {day}.",
    "Prices of {goods} have doubled since {month}, residents of {city} said.",
    "Prices of {goods} rose {x} percent in {month}, the statistics office said.",
    '"{quote}," {speaker}, speaking on condition of anonymity.',
    '"{quote}," {speaker}.',
    "The report could not be independently verified.",
    "The ministry did not respond to a request for comment.",
    "The talks are expected to resume next week in {city}.",
    "Shares in {city} closed {x} percent higher, led by energy and banking stocks.",
    "The region has seen sporadic unrest since {year}, when a dispute over land turned violent.",
    "{actor} has struggled to contain inflation, which reached {n} percent last year.",
    "Temperatures in {city} are expected to reach {t} degrees on {day}.",
    "It was not immediately clear how many people were affected.",
    "Officials gave no further details.",
    "Parliament in {city} is expected to vote on the budget in {month}.",
    "The bridge linking the two halves of the city reopened on {day} after months of repairs.",
    "Analysts expect growth to slow to about {x} percent next year as exports weaken.",
    "The {ordinal} round of the football league was postponed because of heavy rain.",
    "About {n},000 people live in the town, most of them farmers and traders.",
    "Elections are due in {month} {year2}, the electoral commission in {city} said.",
    "The currency has lost about a {frac} of its value against the dollar since {month}.",
    "Schools in {city} will stay closed until the end of the month, the city council said.",
    "The new airport terminal, which cost {n} million dollars, is expected to open in {month}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["first", "second", "third", "fourth"]
FRACTIONS = ["third", "quarter", "fifth", "half"]
P_LEAD_EVENT = 0.7  # a story's first sentence usually reports its news
P_EVENT = 0.2  # later sentences: most report none


def event_sentence(rng: random.Random) -> str:
    subject, target = rng.choice(ACTORS), rng.choice(TARGETS)
    while target.lower() == subject.lower():
        target = rng.choice(TARGETS)
    text = f"{rng.choice(LEADS)}{subject} {rng.choice(ACTS).format(o=target)}{rng.choice(WHEN)}{rng.choice(TAILS)}."
    return text[0].upper() + text[1:]


def quiet_sentence(rng: random.Random) -> str:
    text = rng.choice(QUIET).format(
        actor=rng.choice(ACTORS), n=rng.randint(2, 90), x=f"{rng.randint(0, 9)}.{rng.randint(0, 9)}",
        ordinal=rng.choice(ORDINALS), day=rng.choice(DAYS), goods=rng.choice(GOODS), month=rng.choice(MONTHS),
        city=rng.choice(CITIES), quote=rng.choice(QUOTES), speaker=rng.choice(SPEAKERS), year=rng.randint(1990, 2015),
        year2=rng.randint(2016, 2026), t=rng.randint(-5, 45), frac=rng.choice(FRACTIONS))
    return text[0].upper() + text[1:] if text[0] != '"' else text


def story_text(rng: random.Random, n: int) -> str:
    sentences = [event_sentence(rng) if rng.random() < (P_LEAD_EVENT if i == 0 else P_EVENT) else quiet_sentence(rng)
                 for i in range(n)]
    dateline = f"{rng.choice(CITIES).upper()} - " if rng.random() < 0.5 else ""
    return dateline + " ".join(sentences)


def make_corpus(path: Path, sentences: int, seed: int = 7) -> int:
    """Write `sentences` sentences as JSONL stories to path; return the number of stories."""
    rng = random.Random(seed)
    written = stories = 0
    with open(path, "w", encoding="utf-8") as fh:
        while written < sentences:
            n = min(rng.randint(4, 14), sentences - written)
            day = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            fh.write(json.dumps({"id": f"bench-{stories}", "date": day, "text": story_text(rng, n),
                                 "publisher": "bench"}) + "\n")
            written, stories = written + n, stories + 1
    return stories


def check(sentences: int = 20_000) -> None:
    """Print the share of sentences the shipped dictionaries code into at least one event."""
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from coder.lexicon import load
    from coder.pipeline import code_story
    from coder.readers import iter_stories

    lexicon = load()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        make_corpus(path, sentences)
        total = with_event = events = 0
        for story in iter_stories(path):
            n, coded = code_story(story, lexicon)
            total += n
            with_event += len({e.sentence_index for e in coded})
            events += len(coded)
    print(f"{total:,} sentences, {with_event:,} with an event ({with_event / total:.0%}), {events:,} events")


if __name__ == "__main__":
    check()
