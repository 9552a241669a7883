"""Instructions a sentence: a measure of the coding work that the machine's speed does not move.

Timings on a shared virtual machine drift by a third from one minute to the next; the number of
instructions executed does not. This codes the first 300 stories of the bench corpus (2,760
sentences) in this process, as a worker does (dictionaries loaded, then frozen out of the
garbage collector's reach), once under valgrind's callgrind, and subtracts a run that loads the
dictionaries and codes nothing. Needs valgrind (Debian: apt install valgrind).

    python bench/instructions.py                # 300 stories
    python bench/instructions.py --stories 100
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus  # noqa: E402


def code_first(corpus: Path, stories: int) -> tuple[int, int]:
    """(sentences, events) of the first `stories` stories, coded in this process."""
    from coder.batch import code_results
    from coder.lexicon import load
    from coder.records import Story

    with corpus.open() as fh:  # every line read in both runs, so that reading cancels out of the difference
        batch = [Story(r["id"], r["date"], r["text"]) for r in map(json.loads, fh)][:stories]
    lexicon = load(None)
    gc.collect()
    gc.freeze()  # as parallel.start_worker does: the dictionaries are never collected
    results = code_results(batch, lexicon)
    return sum(c.sentences for c in results), sum(len(c.good) for c in results)


def counted(corpus: Path, stories: int) -> tuple[int, str]:
    """Instructions callgrind counts for a run of this script coding `stories` stories, and its output."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", sys.executable,
                               __file__, "--code", str(stories), "--corpus", str(corpus)],
                              capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    if done.returncode:
        sys.exit(f"valgrind run failed:\n{done.stderr[-2000:]}")
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        sys.exit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1)), done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--corpus", help="a bench corpus (default: the 50,000-sentence one, seed 7)")
    parser.add_argument("--code", type=int, help=argparse.SUPPRESS)  # the run valgrind watches
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus) if args.corpus else Path(tmp) / "corpus.jsonl"
        if not args.corpus:
            make_corpus(corpus, 50_000, 7)
        if args.code is not None:
            print(*code_first(corpus, args.code))
            return
        if not shutil.which("valgrind"):
            sys.exit("needs valgrind (Debian: apt install valgrind)")
        from coder import build
        from coder.lexicon import load
        print(f"coder {build.describe()}", flush=True)
        load(None)  # compiled and cached now, so that both runs below read the cache alike
        base, _ = counted(corpus, 0)
        total, output = counted(corpus, args.stories)
        sentences, events = map(int, output.split())
        print(f"{args.stories} stories, {sentences:,} sentences, {events:,} events: "
              f"{(total - base) / sentences:,.0f} instructions a sentence")


if __name__ == "__main__":
    main()
