"""Benchmark: generate a wire-style corpus, code it end to end, print speed and peak memory.

    python bench/run.py --sentences 50000            # JSONL in, validated Parquet out
    python bench/run.py --sentences 20000 --profile  # where the time goes

The corpus is generated from templates written for this project, so runs are reproducible.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coder.batch import run  # noqa: E402
from coder.lexicon import load  # noqa: E402

SUBJECTS = ["Iran", "The Syrian foreign ministry", "Israeli troops", "Turkish police", "The United States",
            "Russian President Vladimir Putin", "Kenyan protesters", "The United Nations", "Chinese officials",
            "Ukrainian forces", "North Korea", "The European Union", "Egyptian mediators", "Houthi rebels"]
OBJECTS = ["Syria", "the Iranian government", "Lebanon", "Kurdish militants", "Washington", "Ukraine",
           "South Korean troops", "the Sudanese army", "Hamas", "Indian officials", "Saudi Arabia", "NATO"]
VERBS = ["met with", "condemned", "accused {o} of violating the truce", "imposed new sanctions on",
         "fired missiles at", "praised", "threatened", "arrested", "signed an agreement with", "rejected",
         "called on {o} to", "attacked", "hosted", "expelled diplomats from", "promised aid to"]
FILLER = ["Markets in Tokyo closed 1.2 percent higher on Tuesday.", "The weather in the region stayed mild.",
          "Officials gave no further details.", "The talks are expected to resume next week."]


def sentence(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(FILLER)
    s, o, v = rng.choice(SUBJECTS), rng.choice(OBJECTS), rng.choice(VERBS)
    return f"{s} {v.format(o=o)} on Monday." if "{o}" in v else f"{s} {v} {o} on Monday."


def make_corpus(path: Path, sentences: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        written, i = 0, 0
        while written < sentences:
            n = min(rng.randint(3, 8), sentences - written)
            text = " ".join(sentence(rng) for _ in range(n))
            day = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            fh.write(json.dumps({"id": f"bench-{i}", "date": day, "text": text}) + "\n")
            written, i = written + n, i + 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=50_000)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        make_corpus(corpus, args.sentences)
        t0 = time.perf_counter()
        lexicon = load()
        load_s = time.perf_counter() - t0
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        summary = run([corpus], Path(tmp) / "out", lexicon)
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"dictionaries loaded in {load_s:.2f}s ({lexicon.counts})")
        print(f"sentences: {summary.sentences}  events: {summary.events}  seconds: {summary.seconds:.2f}")
        print(f"sentences/second: {summary.sentences / summary.seconds:,.0f}  "
              f"events/second: {summary.events / summary.seconds:,.0f}  peak memory: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
