"""The `coder` command: parses options and calls the library, nothing more."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from . import __version__
from .build import describe
from .errors import CoderError
from .lexicon import load

DEFAULT_OUT = "out"
EXIT_REJECTS = 3  # `coder code` finished, but some records went to rejects


def dictionaries_option(f):
    return click.option("--dictionaries", "dictionaries", type=click.Path(exists=True, file_okay=False),
                        default=None, help="Dictionary folder (default: the project's dictionaries/).")(f)


def quiet_option(f):
    return click.option("--quiet", "-q", is_flag=True,
                        help="No progress bar (it is drawn only on a terminal anyway).")(f)


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


def _lexicon(path):
    try:
        return load(path)
    except CoderError as exc:
        raise click.ClickException(str(exc)) from None


def _version(ctx: click.Context, _param, wanted: bool) -> None:
    """--version: the version and which build runs, worked out only when asked (not at every start)."""
    if wanted and not ctx.resilient_parsing:
        click.echo(f"coder {__version__}, {describe()}")
        ctx.exit()


@click.group()
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
              help="Show the version and the build (pure Python or compiled), and exit.")
def cli():
    """Code news stories into CAMEO political events, and query them."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "out", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False),
              help="Output folder: events/, rejects/ and runs/ go here.")
@click.option("--date", "default_date", callback=_date, help="Date (YYYY-MM-DD) for .txt stories and records without one.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "txt", "xml"]), default=None,
              help="Input format (default: from each file's extension).")
@click.option("--strict", is_flag=True, help="Stop at the first rejected story or event (exit status 1).")
@click.option("--mode", type=click.Choice(["append", "overwrite"]), default="append", show_default=True,
              help="append: add only events not already in DIR (a rerun adds nothing twice); "
                   "overwrite: first remove DIR's earlier events of every story the inputs hold.")
@click.option("--batch-rows", type=click.IntRange(1), default=50_000, show_default=True,
              help="Events per Parquet part: a killed run loses at most this much work.")
@click.option("--max-story-chars", type=click.IntRange(1), default=1_000_000, show_default=True,
              help="Longer stories are rejected, not coded.")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Processes that code (default: one per core; 1 codes in this process). With --engine dask "
                   "and no --scheduler: the local cluster's workers.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes on this machine; dask: tasks on a Dask cluster (pip install 'coder[dask]').")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: the scheduler to use, e.g. tcp://10.0.0.5:8786 (default: start a local cluster).")
@quiet_option
@dictionaries_option
def code(inputs, out, default_date, fmt, strict, mode, batch_rows, max_story_chars, workers, engine, scheduler, quiet,
         dictionaries):
    """Code stories from INPUT files (JSONL, CSV, .txt) or folders into a Parquet dataset.

    Exit status: 0 when everything was coded, 3 when some records went to DIR/rejects/,
    1 on an error (and, with --strict, at the first reject).
    """
    from .batch import run
    from .progress import coding_bar

    lexicon = _lexicon(dictionaries)
    try:
        with coding_bar(inputs, quiet) as bar:
            summary = run(inputs, out, lexicon, fmt=fmt, default_date=default_date, strict=strict, progress=bar,
                          mode=mode, batch_rows=batch_rows, max_story_chars=max_story_chars,
                          workers=workers, engine=engine, scheduler=scheduler)
    except CoderError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(summary.line())
    click.echo(f"events: {out}/events  rejects: {summary.rejects}  summary: {out}/runs/{summary.run_id}.json")
    if summary.rejects:
        click.echo(f"rejects written to {out}/rejects/rejects-{summary.run_id}.jsonl", err=True)
        sys.exit(EXIT_REJECTS)


@cli.command()
@click.argument("sql")
@click.option("--data", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False),
              help="Dataset folder written by `coder code --out`.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(sql, data, fmt):
    """Run DuckDB SQL over the view `events` of a coded dataset."""
    from .query import run_query
    from .report import format_rows

    try:
        columns, rows = run_query(sql, data)
    except CoderError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(format_rows(columns, rows, fmt))


@cli.command()
@click.argument("sentence")
@click.option("--date", "day", callback=_date, default=None, help="Story date for dated dictionary entries (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print the events as JSON records.")
@dictionaries_option
def explain(sentence, day, as_json, dictionaries):
    """Show how SENTENCE is coded: tokens, actors, verb patterns, events, and what was dropped."""
    from .pipeline import explain as explain_text
    from .report import format_trace

    lexicon = _lexicon(dictionaries)
    traces = explain_text(sentence, day or dt.date.today().isoformat(), lexicon)
    if as_json:
        click.echo(json.dumps([e.to_record() for t in traces for e in t.events], indent=2, ensure_ascii=False))
        return
    click.echo(f"dictionaries {lexicon.path} (version {lexicon.version})")
    for trace in traces:
        click.echo(format_trace(trace))


@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--min-f1", type=click.FloatRange(0, 1), default=None,
              help="Exit with status 1 when F1 at --level falls below this.")
@click.option("--level", type=click.Choice(["root", "full", "event"]), default="root", show_default=True,
              help="Level for --min-f1 and the lists of mistakes.")
@click.option("--no-mistakes", is_flag=True, help="Print the scores only, without the lists of mistakes.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores and mistakes as JSON.")
@click.option("--markdown", is_flag=True, help="Print the scores as Markdown tables (levels and roots).")
@dictionaries_option
def evaluate(gold, min_f1, level, no_mistakes, as_json, markdown, dictionaries):
    """Score the coder against GOLD files (JSONL) or folders: precision, recall and F1.

    Levels: root = (source country, target country, root code); full = (source actor,
    target actor, event code); event = event code alone.
    """
    from .evaluate import evaluate as score, read_gold
    from .report import evaluation_json, evaluation_markdown, format_evaluation

    lexicon = _lexicon(dictionaries)
    try:
        result = score(read_gold(gold, lexicon.codes), lexicon)
    except CoderError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(evaluation_json(result))
    elif markdown:
        click.echo(evaluation_markdown(result, lexicon.codes))
    else:
        click.echo(f"dictionaries {lexicon.path} (version {lexicon.version})")
        click.echo(format_evaluation(result, lexicon.codes, level, mistakes=not no_mistakes))
    f1 = result.scores[level].f1
    if min_f1 is not None and f1 < min_f1:
        click.echo(f"F1 at {level} level {f1:.3f} is below --min-f1 {min_f1}", err=True)
        sys.exit(1)


@cli.group(name="dict", invoke_without_command=True)
@dictionaries_option
@click.pass_context
def dict_group(ctx, dictionaries):
    """Load a dictionary folder, report any errors, and show what it holds."""
    if ctx.invoked_subcommand is not None:
        return
    lexicon = _lexicon(dictionaries)
    click.echo(f"{lexicon.path}  version {lexicon.version}")
    for name, count in lexicon.counts.items():
        click.echo(f"  {name:12} {count}")


@dict_group.command(name="lint")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.pass_context
def dict_lint(ctx, folder, strict):
    """Check a dictionary folder (default: --dictionaries or the project's) for lines that clash.

    Exit status 1 when there are errors (or, with --strict, warnings).
    """
    from .lint import lint

    findings = lint(folder or ctx.parent.params.get("dictionaries"))
    for finding in findings:
        click.echo(str(finding))
    errors = sum(f.level == "error" for f in findings)
    warnings = len(findings) - errors
    click.echo(f"{errors} error(s), {warnings} warning(s)")
    if errors or (strict and warnings):
        sys.exit(1)


@dict_group.command(name="import")
@click.argument("kind", type=click.Choice(["petrarch", "tabari"]))
@click.option("--verbs", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Verb dictionary (PETRARCH-1 .verbpatterns, PETRARCH-2 CAMEO.2.0.txt, TABARI .verbs); repeatable.")
@click.option("--actors", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Actor dictionary; repeatable.")
@click.option("--agents", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Agent dictionary; repeatable.")
@click.option("--discards", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Discard list; repeatable.")
@click.option("--issues", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Issue list: read and reported line by line (the coder writes no issue field).")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Dictionary folder to write.")
@click.option("--overwrite", is_flag=True, help="Replace OUT if it is not empty.")
def dict_import(kind, verbs, actors, agents, discards, issues, out, overwrite):
    """Convert PETRARCH or TABARI dictionaries into a dictionary folder OUT.

    Code with it: coder code INPUT --dictionaries OUT. Every line that could not be converted as
    it stood is listed, with its file, line and reason, in OUT/import-report.tsv.
    """
    from pathlib import Path

    from .petrarch_import import Sources, import_dictionaries

    if not (verbs or actors or agents or discards):
        raise click.UsageError("name at least one dictionary file (--verbs, --actors, --agents or --discards)")
    sources = Sources(*([Path(p) for p in group] for group in (verbs, actors, agents, discards, issues)),
                      tabari=kind == "tabari")
    try:
        result = import_dictionaries(sources, out, overwrite)
    except CoderError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(result.summary())


@cli.command(name="export")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["gdelt", "icews", "phoenix", "phoenix-cline", "acled"]), required=True,
              help="Whose column layout to write.")
@click.option("--data", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False),
              help="Dataset folder written by `coder code --out`.")
@click.option("--where", default=None, help="SQL condition over the events' columns, e.g. \"source_country = 'IRN'\".")
@quiet_option
@dictionaries_option
def export_cmd(file, fmt, data, where, quiet, dictionaries):
    """Write the dataset to FILE with GDELT 2.0, ICEWS, Phoenix or ACLED columns.

    FILE's extension picks the file type: .csv, .tsv (tab-separated, unquoted, as the peers
    ship it) or .parquet. Fields the coder does not fill (geography, tone...) are empty.
    """
    from .export import export
    from .progress import bar

    try:
        rows = export(data, file, fmt, where, dictionaries=dictionaries,
                      progress=bar(None, "events", "export", quiet=quiet))
    except CoderError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {rows} {fmt} rows to {file}")


@cli.command(name="report")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--data", default=DEFAULT_OUT, show_default=True, type=click.Path(file_okay=False),
              help="Dataset folder written by `coder code --out`.")
@click.option("--dyad", nargs=2, default=None, metavar="SOURCE TARGET",
              help="Only events between two country codes (both directions), e.g. --dyad IRN SYR.")
@click.option("--from", "start", callback=_date, default=None, help="First date (YYYY-MM-DD), inclusive.")
@click.option("--to", "end", callback=_date, default=None, help="Last date (YYYY-MM-DD), inclusive.")
@quiet_option
def report_cmd(file, data, dyad, start, end, quiet):
    """Draw monthly events by quad class with the net Goldstein line, top dyads and actors,
    and root codes, into FILE: a .png for papers or a self-contained .html page.
    """
    from .charts import report
    from .progress import bar

    dyad = tuple(code.upper() for code in dyad) if dyad else None
    try:
        tables = report(data, file, dyad, start, end, progress=bar(None, "steps", "report", quiet=quiet))
    except CoderError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {file}: {tables.title}, {tables.events} events")


def main():  # pragma: no cover
    sys.exit(cli())
