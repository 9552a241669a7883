"""Benchmark: code a wire-style corpus end to end (JSONL in, validated Parquet out), print speed and peak memory.

    python bench/run.py                                # 200,000 sentences: 1 worker, then one per core
    python bench/run.py --sentences 50000 --workers 2  # one size, one setting
    python bench/run.py --input my.jsonl               # your own corpus instead of a generated one
    python bench/run.py --scaling                      # time at 50k, 100k, 200k, 400k and 800k sentences
    python bench/run.py --sentences 20000 --profile    # where the time goes (one process)
    python bench/run.py --engine dask --workers 2      # the same on a local Dask cluster

The corpus comes from bench/corpus.py (seeded, so runs are reproducible): about a quarter of
its sentences carry an event. Each setting runs in a fresh process, so its peak memory and CPU
time are its own: the run's process (RUSAGE_SELF) and its workers (RUSAGE_CHILDREN: the CPU of
all, the peak of the largest). On a shared machine, CPU time shows what the work costs when the
wall clock cannot (sentences a CPU-second times the cores is what an idle machine would reach,
when the run's process is not the bottleneck). `seconds` is the run itself, starting workers included; loading the
dictionaries in the run's process is shown apart, and `wall` is the whole process.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus import make_corpus  # noqa: E402

from coder import build  # noqa: E402
from coder.batch import run  # noqa: E402
from coder.lexicon import load  # noqa: E402
from coder.parallel import default_workers  # noqa: E402

SCALING = (50_000, 100_000, 200_000, 400_000, 800_000)


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return round(usage.ru_utime + usage.ru_stime, 1)


def measure(corpus: Path, out: Path, workers: int, engine: str, dictionaries: str | None) -> dict:
    """One run in this process: what the parent prints a line of."""
    started = time.perf_counter()
    lexicon = load(dictionaries)
    load_s = time.perf_counter() - started
    summary = run([corpus], out, lexicon, workers=workers, engine=engine)
    return {"workers": summary.workers, "engine": engine, "sentences": summary.sentences, "events": summary.events,
            "stories": summary.stories_read, "seconds": summary.seconds, "load": round(load_s, 2),
            "self_mb": peak_mb(resource.RUSAGE_SELF), "worker_mb": peak_mb(resource.RUSAGE_CHILDREN),
            "self_cpu": cpu_seconds(resource.RUSAGE_SELF), "worker_cpu": cpu_seconds(resource.RUSAGE_CHILDREN)}


def measure_apart(corpus: Path, workers: int, args) -> dict:
    """measure() in a fresh process, so that peak memory is this setting's alone."""
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        extra = ["--dictionaries", args.dictionaries] if args.dictionaries else []
        done = subprocess.run([sys.executable, __file__, "--measure", "--input", str(corpus), "--out", tmp,
                               "--workers", str(workers), "--engine", args.engine, *extra],
                              capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"benchmark run failed:\n{done.stderr}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["wall"] = time.perf_counter() - started
        return result


def line(r: dict) -> str:
    helpers = r["workers"] if r["workers"] > 1 or r["engine"] == "dask" else 0
    total = r["self_mb"] + helpers * r["worker_mb"]
    memory = (f"{r['self_mb']:,.0f} MB run + {helpers} x {r['worker_mb']:,.0f} MB workers = at most {total:,.0f} MB"
              if helpers else f"{r['self_mb']:,.0f} MB")
    return (f"{r['engine']:5} {r['workers']:>2} worker(s): {r['sentences']:,} sentences, {r['events']:,} events in "
            f"{r['seconds']:.1f}s (wall {r['wall']:.1f}s, dictionaries {r['load']:.1f}s): "
            f"{r['sentences'] / r['seconds']:,.0f} sentences/s, {r['events'] / r['seconds']:,.0f} events/s; "
            f"peak memory {memory}; CPU {r['self_cpu']:.0f}s run + {r['worker_cpu']:.0f}s workers "
            f"({r['sentences'] / max(r['self_cpu'] + r['worker_cpu'], 0.1):,.0f} sentences a CPU-second)")


def worker_counts(text: str) -> list[int]:
    return [default_workers() if w == "all" else int(w) for w in text.split(",")]


def throughput(args, tmp: Path) -> None:
    corpus = Path(args.input) if args.input else tmp / "corpus.jsonl"
    if not args.input:
        make_corpus(corpus, args.sentences, args.seed)
    print(f"corpus: {corpus.name if args.input else 'generated, seed %d' % args.seed}, "
          f"{corpus.stat().st_size / 1e6:,.1f} MB; {default_workers()} core(s) here; coder {build.describe()}",
          flush=True)
    for workers in dict.fromkeys(worker_counts(args.workers)):
        print(line(measure_apart(corpus, workers, args)), flush=True)


def scaling(args, tmp: Path) -> None:
    """The same setting at each size: how the time grows when the input doubles."""
    workers = worker_counts(args.workers)[-1]
    print(f"scaling, {workers} worker(s), {args.engine}, coder {build.describe()}:")
    previous, timings = None, []
    for size in SCALING:
        corpus = tmp / f"corpus-{size}.jsonl"
        make_corpus(corpus, size, args.seed)
        r = measure_apart(corpus, workers, args)
        corpus.unlink()
        cpu = r["self_cpu"] + r["worker_cpu"]
        ratio = (f"; x{r['seconds'] / previous[0]:.2f} the time and x{cpu / previous[1]:.2f} the CPU of half as much"
                 if previous else "")
        print(f"{size:>9,} sentences: {r['seconds']:6.1f}s ({r['sentences'] / r['seconds']:,.0f} sentences/s), "
              f"CPU {cpu:6.1f}s, peak {r['self_mb']:,.0f} MB run, {r['worker_mb']:,.0f} MB largest worker{ratio}",
              flush=True)
        previous = r["seconds"], cpu
        timings.append((size, r["seconds"]))
    print(linear_fit(timings))


def linear_fit(timings: list[tuple[int, float]]) -> str:
    """Least squares time = fixed + per sentence x size: a fixed cost (starting workers, the last
    batch) makes a doubling cost less than twice as much, and the fit shows whether what grows
    with the input grows linearly: each time's gap from the line, and each doubling of the part
    beyond the fixed cost."""
    n = len(timings)
    mean_x = sum(x for x, _ in timings) / n
    mean_y = sum(y for _, y in timings) / n
    slope = sum((x - mean_x) * (y - mean_y) for x, y in timings) / sum((x - mean_x) ** 2 for x, _ in timings)
    fixed = mean_y - slope * mean_x
    gaps = ", ".join(f"{100 * (y - fixed - slope * x) / y:+.0f}%" for x, y in timings)
    grown = ", ".join(f"x{(b - fixed) / (a - fixed):.2f}" for (_, a), (_, b) in zip(timings, timings[1:]))
    return (f"fit: {fixed:.1f}s fixed + {slope * 1e6:.1f} us a sentence ({1 / slope:,.0f} sentences/s once "
            f"started); each time's gap from the line: {gaps}; each doubling, the time beyond the fixed cost "
            f"grew {grown}")


def profile(args, tmp: Path) -> None:
    corpus = Path(args.input) if args.input else tmp / "corpus.jsonl"
    if not args.input:
        make_corpus(corpus, args.sentences, args.seed)
    lexicon = load(args.dictionaries)
    profiler = cProfile.Profile()
    profiler.enable()
    summary = run([corpus], tmp / "out", lexicon, workers=1)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
    print(f"sentences: {summary.sentences}  events: {summary.events}  seconds (profiled): {summary.seconds:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=200_000, help="size of the generated corpus")
    ap.add_argument("--input", help="a JSONL corpus to code instead of a generated one")
    ap.add_argument("--workers", default="1,all", help="comma-separated worker counts; 'all' = one per core")
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dictionaries", help="dictionary folder (default: the project's)")
    ap.add_argument("--scaling", action="store_true", help=f"time at {', '.join(f'{s:,}' for s in SCALING)} sentences")
    ap.add_argument("--profile", action="store_true", help="cProfile one in-process run")
    ap.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)  # one run, as JSON (used by the above)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.input), Path(args.out), int(args.workers), args.engine,
                                 args.dictionaries)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        (profile if args.profile else scaling if args.scaling else throughput)(args, Path(tmp))


if __name__ == "__main__":
    main()
