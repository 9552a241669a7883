"""A dictionary-based political event coder: news stories in, CAMEO events out.

    import coder
    lexicon = coder.load_dictionaries()               # compile dictionaries/ once
    summary = coder.code_files(["stories.jsonl"], "out", lexicon)
    columns, rows = coder.run_query("SELECT * FROM events", "out")
    monthly = coder.open_dataset("out").lazy("dyad_month")   # a polars LazyFrame
"""

__version__ = "0.1.0"

from .build import stale as _stale  # noqa: E402

if _old := _stale():  # an edited source beside its old compiled module: the old code would run
    import warnings

    warnings.warn(f"coder: compiled modules older than their sources: {', '.join(_old)}. Rebuild them "
                  "(CODER_COMPILE=1 pip install -e .) or delete them (rm coder/*.so)", stacklevel=2)

from .batch import run as code_files  # noqa: E402
from .errors import (  # noqa: E402
    CoderError, DictionaryError, DictionaryErrors, EventSchemaError, InputError, QueryError,
)
from .lexicon import load as load_dictionaries  # noqa: E402
from .pipeline import code_stories, code_story, explain  # noqa: E402
from .query import Dataset, open_dataset, run_query, scan  # noqa: E402
from .readers import iter_stories  # noqa: E402
from .records import ActorMatch, Event, Sentence, Story, Token, VerbMatch  # noqa: E402
from .text import split_sentences, tokenize  # noqa: E402

__all__ = [
    "ActorMatch",
    "CoderError",
    "Dataset",
    "DictionaryError",
    "DictionaryErrors",
    "Event",
    "EventSchemaError",
    "InputError",
    "QueryError",
    "Sentence",
    "Story",
    "Token",
    "VerbMatch",
    "code_files",
    "code_stories",
    "code_story",
    "explain",
    "iter_stories",
    "load_dictionaries",
    "open_dataset",
    "run_query",
    "scan",
    "split_sentences",
    "tokenize",
]
