"""Plain-text rendering for the CLI: result tables and `explain` traces."""

from __future__ import annotations

import csv
import io
import json

from .misses import cause_table
from .records import Trace


def format_rows(columns: list[str], rows: list[tuple], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], indent=2, default=str, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buf.getvalue().rstrip("\n")
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def format_trace(trace: Trace) -> str:
    s = trace.sentence
    lines = [f"Sentence {s.index}: {s.text}",
             "  tokens: " + " ".join(f"{i}:{t.text}" for i, t in enumerate(s.tokens))]
    lines.append("  actors:" if trace.actors else "  actors: none")
    for a in trace.actors:
        parts = f"country={a.country or '-'} agent={a.agent or '-'}"
        lines.append(f"    [{a.start}-{a.end}) {a.text!r} -> {a.code} ({parts}) from {', '.join(a.sources)}")
    lines.append("  verb patterns:" if trace.verbs else "  verb patterns: none")
    for v in trace.verbs:
        voice = "passive" if v.passive else "active"
        target = f", target {v.target.code}" if v.target else ""
        lines.append(f"    {v.verb}:{s.tokens[v.verb].text} -> {v.code} '{v.pattern}' from {v.source} ({voice}{target})")
    lines.append("  events:" if trace.events else "  events: none")
    for e in trace.events:
        lines.append(f"    {e.source_actor} {e.event_code} {e.target_actor}  (root {e.root_code}, quad {e.quad_class}, "
                     f"goldstein {e.goldstein:+.1f}{', ACLED ' + e.acled_event_type if e.acled_event_type else ''})")
    for reason in trace.dropped:
        lines.append(f"  dropped: {reason}")
    return "\n".join(lines)


def root_name(codes: dict, root: str) -> str:
    """A root's name from the ontology (its own row, else its 'other' code such as 040)."""
    etype = codes.get(root) or codes.get(root + "0")
    return etype.name if etype else "?"


def format_evaluation(result, codes: dict, level: str = "root", mistakes: bool = True) -> str:
    """The scores of `coder evaluate`: levels, a table per root, then each mistake with its sentence."""
    rows = [(name, s.tp, s.fp, s.fn, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
            for name, s in result.scores.items()]
    out = [f"{result.items} gold items", "",
           format_rows(["level", "tp", "fp", "fn", "precision", "recall", "f1"], rows).rsplit("\n", 1)[0], ""]
    roots = [(r, root_name(codes, r), s.tp + s.fn, s.tp + s.fp, s.tp,
              f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}") for r, s in sorted(result.by_root.items())]
    out += ["by root (root level):",
            format_rows(["root", "name", "gold", "coded", "tp", "precision", "recall", "f1"], roots).rsplit("\n", 1)[0]]
    if mistakes:
        missed = [m for m in result.mistakes[level] if m.kind == "miss"]
        out += ["", f"misses by cause ({level} level):",
                format_rows(["cause", "misses"], cause_table([m.cause for m in missed])).rsplit("\n", 1)[0]]
        for kind, title in (("miss", "missed"), ("false", "false events (with the pattern that made them)")):
            found = [m for m in result.mistakes[level] if m.kind == kind]
            out += ["", f"{title} ({level} level): {len(found)}"]
            out += [f"  {m.item.id}  {' '.join(m.key)}  [{_why(m)}]  | {m.item.text}" for m in found]
    return "\n".join(out)


def _why(mistake) -> str:
    return f"{mistake.cause}: {mistake.detail}" if mistake.detail else mistake.cause


def evaluation_json(result) -> str:
    """The scores as JSON, for scripts and CI logs."""
    score = lambda s: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision,  # noqa: E731
                       "recall": s.recall, "f1": s.f1}
    return json.dumps({"items": result.items,
                       "levels": {k: score(s) for k, s in result.scores.items()},
                       "by_root": {k: score(s) for k, s in sorted(result.by_root.items())},
                       "mistakes": {lvl: [{"id": m.item.id, "kind": m.kind, "key": list(m.key), "cause": m.cause,
                                           "detail": m.detail, "text": m.item.text}
                                          for m in ms] for lvl, ms in result.mistakes.items()}}, indent=2)


LEVEL_NAMES = {"root": "source country, target country, root", "full": "full actor codes and event code",
               "event": "event code alone"}


def evaluation_markdown(result, codes: dict) -> str:
    """The scores as Markdown tables, for a README or a paper's appendix."""
    out = ["| level | precision | recall | F1 |", "| --- | --- | --- | --- |"]
    out += [f"| {k}: {LEVEL_NAMES.get(k, k)} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"
            for k, s in result.scores.items()]
    out += ["", "| root | name | gold | coded | precision | recall | F1 |", "| --- | --- | --- | --- | --- | --- | --- |"]
    out += [f"| {r} | {root_name(codes, r)} | {s.tp + s.fn} | {s.tp + s.fp} | {s.precision:.2f} "
            f"| {s.recall:.2f} | {s.f1:.2f} |" for r, s in sorted(result.by_root.items())]
    return "\n".join(out)
