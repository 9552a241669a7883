"""The coder's own exceptions, and every user-facing message in one place.

    CoderError
     +-- InputError          a story record that cannot be read (path, line, field)
     +-- DictionaryError     one bad dictionary line (path, line)
     +-- DictionaryErrors    every DictionaryError of one load, raised together
     +-- EventSchemaError    an event that fails the JSON Schema (event id, JSON path)
     +-- QueryError          SQL that DuckDB refused, or a dataset that is missing
     +-- DatasetError        an output folder locked by another run, or holding a bad part
     +-- RunStopped          --strict: the first reject stopped a run
     +-- OutputError         an export or report file that cannot be written as asked
     +-- EngineError         worker processes or a Dask cluster that cannot code as asked
     +-- GoldErrors          every bad line of a gold set, raised together
     +-- ImportFailed        a PETRARCH/TABARI dictionary set that cannot be written as a coder folder

The library raises these; only the CLI turns them into Click errors.
"""

from __future__ import annotations

MESSAGES = {
    # input records
    "bad_json": "not valid JSON ({detail}; expected one JSON object a line)",
    "not_object": "expected a JSON object, got {detail}",
    "missing": "missing required field (expected {detail})",
    "empty": "field is empty (expected {detail})",
    "bad_date": "expected a date as YYYY-MM-DD, got {detail!r}",
    "bad_type": "expected {detail}",
    "bad_encoding": "not valid UTF-8 ({detail}; expected UTF-8 text: re-encode the file, e.g. iconv -f LATIN1 -t UTF-8)",
    "bad_unicode": "not valid Unicode (a lone surrogate {detail}, from a JSON \\u escape; expected text)",
    "too_long": "too long ({detail}; expected a news story: split it, or raise the limit with --max-story-chars)",
    "line_too_long": "line too long ({detail}; expected one JSON object a line: is this a binary file?)",
    "csv_columns": "CSV header lacks required columns {detail}; expected a first row naming the columns id, text and "
                   "(unless --date is given) date",
    "csv_cells": "row has more cells than the header ({detail}; expected text with commas to be quoted)",
    "bad_csv": "CSV row cannot be parsed ({detail})",
    "unreadable": "cannot read the file ({detail})",
    "long_sentence": "sentence {detail}; it is not coded (expected prose: is this a table or a list?)",
    "no_date": "no date: pass --date or name the file with a YYYY-MM-DD date",
    "duplicate_id": "id {detail!r} is used twice",
    "unknown_format": "cannot tell the input format from the file name (expected .jsonl, .json, .csv, .txt or .xml)",
    "bad_xml": "not well-formed XML ({detail}); the rest of the file is not read",
    # dictionaries
    "bad_code": "bad code {detail!r} (expected upper-case 3-letter chunks such as SYR or SYRGOV)",
    "bad_agent_code": "bad agent code {detail!r} (expected 3 upper-case letters such as GOV, or chunks of 3 such as GOVFRM)",
    "bad_dates": "bad date range {detail!r} (expected [YYYY-MM-DD..YYYY-MM-DD], either end may be empty)",
    "reversed_dates": "date range {detail!r} ends before it starts",
    "no_names": "no names after the code (expected CODE [FROM..TO] name | name ...)",
    "empty_name": "empty name between '|' separators",
    "orphan_continuation": "continuation line with no entry above it",
    "unknown_event_code": "unknown CAMEO event code {detail!r} (not in cameo.tsv)",
    "bad_event_code": "bad event code {detail!r} (expected 2 to 4 digits such as 040 or 1823, "
                      "maybe with a capital letter such as 174K in an imported set)",
    "no_pattern": "no pattern after the event code",
    "bad_pattern": "bad pattern: {detail}",
    "bad_row": "bad row: {detail}",
    "bad_reference": "bad references line {detail!r} (expected KIND phrase | phrase, KIND one of person, thing, "
                     "group, pair, person_word; person, thing and group take one-word pronouns)",
    "bad_discard": "bad roots {detail!r} in a discards line (expected KIND ROOTS phrase | phrase, ROOTS either * "
                   "or comma-separated roots such as 18,19,20)",
    "bad_mood": "bad mood line {detail!r} (expected MOOD POSITION word | word, MOOD one of intent, threat, "
                "hypothetical, denial; POSITION one of before, to, ing, clause, sentence)",
    "missing_file": "dictionary file not found",
    "bad_setting": "bad setting {detail!r} (expected word_gap N (0-20), target_window N (0-60), target_stops "
                   "word word ... (- for none), a yes/no switch or a comma_* limit: see dictionaries/README.md)",
    # dictionary import (coder/petrarch_import.py)
    "import_failed": "cannot import into {detail}",
    # dictionary lint (coder/lint.py)
    "conflicting_codes": "conflicting codes for {detail} on the same dates",
    "overlapping_dates": "overlapping date ranges for {detail}",
    "duplicate_name": "duplicate name {detail}",
    "shadowed_pattern": "pattern can never match: same words as an earlier pattern {detail}",
    "duplicate_pattern": "duplicate pattern {detail}",
    "shadowed_agent": "agent name {detail!r} is also an actor name, so the actor always wins",
    "common_word": "unquoted one-word name {detail!r} is an everyday word (write it in double quotes to match its case)",
    # events
    "schema": "event fails schema at {detail}",
    # runs and their output folder
    "locked": "{detail}; two runs cannot write one folder at once: wait for it to finish, or use another --out",
    "bad_part": "{detail} (expected a Parquet file written by `coder code`): move it out of the dataset and rerun",
    "bad_mode": "unknown mode {detail!r} (expected append or overwrite)",
    "write_failed": "cannot write {detail}; the parts already written are whole: fix this and rerun the same "
                    "input (no event is added twice)",
    # worker processes and Dask (coder/parallel.py, coder/distributed.py)
    "no_dask": "--engine dask needs Dask's distributed scheduler, which is not installed: pip install 'coder[dask]' "
               "(or pip install 'dask[distributed]')",
    "bad_engine": "unknown engine {detail!r} (expected local or dask)",
    "scheduler_without_dask": "a scheduler address ({detail}) is only used with --engine dask",
    "worker_died": "a worker process died ({detail}); the parts already written are whole: rerun the same input "
                   "(no event is added twice), with fewer --workers if memory ran out",
    "worker_dictionaries": "a worker loaded different dictionaries ({detail}): did a dictionary file change during "
                           "the run? Rerun to code with one version",
    "no_scheduler": "cannot reach the Dask scheduler at {detail}",
    "worker_version": "a Dask worker runs coder {detail}: install the same coder version on the workers",
    "worker_load": "a worker could not load the dictionaries: {detail}",
    # query
    "no_dataset": "no events dataset at {detail} (run `coder code --out DIR` first)",
    "sql": "query failed: {detail}",
    "not_read_only": "only queries that read are allowed (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN), not {detail}",
    "no_view": "no view {detail}",
    "one_statement": "expected one SQL statement, got {detail}",
    "bad_where": "--where must be one condition over the events' columns (such as source_country = 'IRN'): {detail}",
    "export_suffix": "cannot tell the export file type from {detail} (expected .csv, .tsv or .parquet)",
    "report_suffix": "cannot tell the report type from {detail} (expected .html or .png)",
    "no_matplotlib": "`coder report` draws with matplotlib, which is not installed: pip install 'coder[report]' "
                     "(or pip install matplotlib)",
}


def message(kind: str, detail: object = "") -> str:
    return MESSAGES[kind].format(detail=detail)


class CoderError(Exception):
    """Base class of every error the coder raises on purpose."""


class InputError(CoderError):
    """A story record that cannot be coded; points at file, line and field."""

    def __init__(self, path: str, line: int, field: str | None, kind: str, detail: object = ""):
        self.path, self.line, self.field, self.kind = str(path), line, field, kind
        self.reason = message(kind, detail)
        where = f"{self.path}:{line}" + (f": field '{field}'" if field else "")
        super().__init__(f"{where}: {self.reason}")


class DictionaryError(CoderError):
    """One bad dictionary line."""

    def __init__(self, path: str, line: int, kind: str, detail: object = ""):
        self.path, self.line, self.kind = str(path), line, kind
        super().__init__(f"{self.path}:{line}: {message(kind, detail)}")


class DictionaryErrors(CoderError):
    """All errors found while loading a dictionary folder, reported at once."""

    def __init__(self, errors: list[DictionaryError]):
        self.errors = errors
        lines = "\n".join(str(e) for e in errors[:50])
        more = f"\n... and {len(errors) - 50} more" if len(errors) > 50 else ""
        super().__init__(f"{len(errors)} dictionary error(s):\n{lines}{more}")


class EventSchemaError(CoderError):
    """An event record that does not match schemas/event.schema.json."""

    def __init__(self, event_id: str, json_path: str, reason: str):
        self.event_id, self.json_path, self.reason = event_id, json_path, reason
        super().__init__(f"event {event_id}: {message('schema', json_path)}: {reason}")


class QueryError(CoderError):
    """A query that could not run."""

    def __init__(self, kind: str, detail: object = ""):
        super().__init__(message(kind, detail))


class DatasetError(CoderError):
    """An output folder a run cannot write: another run holds it, or a part is unreadable."""

    def __init__(self, kind: str, detail: object = ""):
        self.kind = kind
        super().__init__(message(kind, detail))


class RunStopped(CoderError):
    """--strict: the first reject stopped the run; what was coded before it is kept."""

    def __init__(self, reject: CoderError, out: str):
        self.reject = reject
        super().__init__(f"{reject} (--strict: run stopped; rejects kept in {out}/rejects/)")


class OutputError(CoderError):
    """An export or report that cannot be written as asked (file type, missing plotting library)."""

    def __init__(self, kind: str, detail: object = ""):
        super().__init__(message(kind, detail))


class EngineError(CoderError):
    """Worker processes or a Dask cluster that cannot code as asked (a worker died, Dask is missing).

    It crosses process boundaries (a worker raises it, the parent reports it), so it pickles
    as its kind and detail."""

    def __init__(self, kind: str, detail: object = ""):
        self.kind, self.detail = kind, detail
        super().__init__(message(kind, detail))

    def __reduce__(self):
        return type(self), (self.kind, self.detail)


class GoldErrors(CoderError):
    """Every bad line of a gold set: scoring a partly read gold set would mislead."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        lines = "\n".join(str(e) for e in errors[:50])
        super().__init__(f"{len(errors)} bad gold line(s):\n{lines}")


class ImportFailed(CoderError):
    """`coder dict import` cannot write its folder (not empty), or the folder it wrote does not load."""

    def __init__(self, out: str, detail: object = ""):
        self.out = out
        super().__init__(f"{message('import_failed', out)}: {detail}")
