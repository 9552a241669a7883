"""Write a coded dataset in the column layouts of GDELT 2.0, ICEWS, Phoenix and ACLED.

Column names and their order are exactly the peers'; what this coder does not know (geo
fields, tone, fatalities...) is left empty (null). Which rows each format gets:

    gdelt    one row per events_dedup row (date, source, target, code), with NumMentions,
             NumSources and NumArticles from num_mentions, num_sources and num_stories
    icews    one row per event (ICEWS keeps a story and sentence per event)
    phoenix  one row per events_dedup row, in the real-time Phoenix files' lower-case columns
             (id, date, year, month, day, source, src_actor, src_agent, ..., code, root_code,
             quad_class, goldstein, ...)
    phoenix-cline  the same rows in the Cline Center Phoenix files' CamelCase columns (EventID,
             SourceActorFull, ..., PentaClass, ...), with the story ids, URLs and publishers merged
    acled    one row per events_dedup row whose event maps onto an ACLED type

Names: an actor that is a bare country gets the country's name from the dictionaries
(dictionaries/actors/countries.txt); any other actor gets the words that named it in the
sentence. Ids (GLOBALEVENTID, Event ID, EventID) are the first 60 bits of our event id as
an integer, so they are stable across exports. The file type comes from the extension:
.csv, .tsv or .parquet.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .dictfile import parse_names_file
from .errors import OutputError, QueryError
from .lexicon import default_dictionaries
from .ontology import load_ontology
from .query import connect
from .views import dedup_sql
from .writer import atomic_write

SECTORS = {  # CAMEO agent code -> ICEWS-style sector word (our wording)
    "AGR": "Agriculture", "BUS": "Business", "COP": "Police", "CRM": "Criminal", "CVL": "Civilians",
    "EDU": "Education", "ELI": "Elites", "ENV": "Environment", "GOV": "Government", "HLH": "Health",
    "HRI": "Human Rights", "INS": "Insurgents", "JUD": "Judicial", "LAB": "Labor", "LEG": "Legislative",
    "MED": "Media", "MIL": "Military", "MOD": "Moderate", "NGO": "Non-Governmental Organization",
    "OPP": "Opposition", "PTY": "Political Party", "RAD": "Radical", "REB": "Rebels", "REF": "Refugees",
    "REL": "Religious", "SET": "Settlers", "SPY": "Intelligence", "UAF": "Unidentified Armed Forces",
}

NULL_TEXT, NULL_INT, NULL_REAL = "NULL::VARCHAR", "NULL::INTEGER", "NULL::DOUBLE"
EVENT_INT_ID = "CAST('0x' || substr(event_id, 1, 15) AS BIGINT)"
DAY_INT = "CAST(strftime(date, '%Y%m%d') AS INTEGER)"
GOLDSTEIN = "round(CAST(goldstein AS DOUBLE), 1)"


def _cols(*pairs) -> list[tuple[str, str]]:
    return list(pairs)


def _actor(n: int, side: str) -> list[tuple[str, str]]:
    """GDELT's ten columns for Actor1 (side 'source') or Actor2 ('target')."""
    a = f"Actor{n}"
    return [(f"{a}Code", f"{side}_actor"), (f"{a}Name", f"upper({side}_name)"), (f"{a}CountryCode", f"{side}_country"),
            (f"{a}KnownGroupCode", NULL_TEXT), (f"{a}EthnicCode", NULL_TEXT), (f"{a}Religion1Code", NULL_TEXT),
            (f"{a}Religion2Code", NULL_TEXT), (f"{a}Type1Code", f"{side}_agent"), (f"{a}Type2Code", NULL_TEXT),
            (f"{a}Type3Code", NULL_TEXT)]


def _geo(prefix: str) -> list[tuple[str, str]]:
    """GDELT's eight geography columns, all empty: the coder does not geolocate."""
    return [(f"{prefix}_Type", NULL_INT), (f"{prefix}_FullName", NULL_TEXT), (f"{prefix}_CountryCode", NULL_TEXT),
            (f"{prefix}_ADM1Code", NULL_TEXT), (f"{prefix}_ADM2Code", NULL_TEXT), (f"{prefix}_Lat", NULL_REAL),
            (f"{prefix}_Long", NULL_REAL), (f"{prefix}_FeatureID", NULL_TEXT)]


GDELT = [
    ("GLOBALEVENTID", EVENT_INT_ID), ("SQLDATE", DAY_INT), ("MonthYear", "year(date) * 100 + month(date)"),
    ("Year", "year(date)"), ("FractionDate", "round(year(date) + dayofyear(date) / 365.0, 4)"),
    *_actor(1, "source"), *_actor(2, "target"),
    ("IsRootEvent", "CAST(sentence_index = 0 AS INTEGER)"), ("EventCode", "event_code"),
    ("EventBaseCode", "substr(event_code, 1, 3)"), ("EventRootCode", "root_code"),
    ("QuadClass", "CAST(quad_class AS INTEGER)"), ("GoldsteinScale", GOLDSTEIN),
    ("NumMentions", "num_mentions"), ("NumSources", "num_sources"), ("NumArticles", "num_stories"),
    ("AvgTone", NULL_REAL), *_geo("Actor1Geo"), *_geo("Actor2Geo"), *_geo("ActionGeo"),
    ("DATEADDED", "CAST(strftime(date, '%Y%m%d') || '000000' AS BIGINT)"), ("SOURCEURL", "coalesce(url, story_id)"),
]

ICEWS = [
    ("Event ID", EVENT_INT_ID), ("Event Date", "date"), ("Source Name", "source_name"),
    ("Source Sectors", "source_sector"), ("Source Country", "source_country_name"), ("Event Text", "event_name"),
    ("CAMEO Code", "event_code"), ("Intensity", GOLDSTEIN), ("Target Name", "target_name"),
    ("Target Sectors", "target_sector"), ("Target Country", "target_country_name"), ("Story ID", "story_id"),
    ("Sentence Number", "sentence_index + 1"), ("Publisher", "publisher"), ("City", NULL_TEXT),
    ("District", NULL_TEXT), ("Province", NULL_TEXT), ("Country", NULL_TEXT), ("Latitude", NULL_REAL),
    ("Longitude", NULL_REAL),
]

# Phoenix's own five classes: 0 neutral (roots 01-02), 1 verbal cooperation (03-05), 2 material
# cooperation (06-08), 3 verbal conflict (09-13 and 16), 4 material conflict (14-15, 17-20).
PHOENIX_CLASS = ("CASE WHEN root_code IN ('01', '02') THEN 0 WHEN root_code <= '05' THEN 1 WHEN root_code <= '08' "
                 "THEN 2 WHEN root_code <= '13' OR root_code = '16' THEN 3 ELSE 4 END")


def _phoenix_parts(side: str) -> tuple[str, str, str, str]:
    """A Phoenix actor in four parts: full code, entity (country or IGO...), role, other chunks."""
    entity = (f"CASE WHEN substr({side}_actor, 1, 3) = {side}_country OR substr({side}_actor, 1, 3) IN "
              f"('IGO', 'NGO', 'IMG', 'MNC') THEN substr({side}_actor, 1, 3) END")
    chunks = f"regexp_extract_all({side}_actor, '...')"
    rest = f"(CASE WHEN ({entity}) IS NULL THEN {chunks} ELSE {chunks}[2:] END)"
    at = f"coalesce(list_position({rest}, {side}_agent), 0)"  # the role's chunk, dropped from the rest
    kept = f"(CASE WHEN {at} = 0 THEN {rest} ELSE list_concat({rest}[1:{at} - 1], {rest}[{at} + 1:]) END)"
    others = f"nullif(array_to_string({kept}, ';'), '')"
    return f"{side}_actor", entity, f"{side}_agent", others


def _phoenix_actor(side: str, word: str) -> list[tuple[str, str]]:
    names = (f"{word}ActorFull", f"{word}ActorEntity", f"{word}ActorRole", f"{word}ActorAttribute")
    return list(zip(names, _phoenix_parts(side)))


def _phoenix_snake(side: str, short: str) -> list[tuple[str, str]]:
    names = (side, f"{short}_actor", f"{short}_agent", f"{short}_other_agent")
    return list(zip(names, _phoenix_parts(side)))


PHOENIX = [
    ("id", EVENT_INT_ID), ("date", DAY_INT), ("year", "year(date)"), ("month", "month(date)"), ("day", "day(date)"),
    *_phoenix_snake("source", "src"), *_phoenix_snake("target", "tgt"),
    ("code", "event_code"), ("root_code", "root_code"), ("quad_class", PHOENIX_CLASS), ("goldstein", GOLDSTEIN),
    ("joined_issues", NULL_TEXT), ("lat", NULL_REAL), ("lon", NULL_REAL), ("placename", NULL_TEXT),
    ("statename", NULL_TEXT), ("countryname", NULL_TEXT), ("aid", "merged_sentences"), ("url", "merged_urls"),
]

PHOENIX_CLINE = [
    ("EventID", EVENT_INT_ID), ("Date", DAY_INT), ("Year", "year(date)"), ("Month", "month(date)"),
    ("Day", "day(date)"),
    *_phoenix_actor("source", "Source"), *_phoenix_actor("target", "Target"),
    ("EventCode", "event_code"), ("EventRootCode", "root_code"), ("PentaClass", PHOENIX_CLASS),
    ("GoldsteinScore", GOLDSTEIN), ("Issues", NULL_TEXT), ("Lat", NULL_REAL), ("Lon", NULL_REAL),
    ("LocationName", NULL_TEXT), ("StateName", NULL_TEXT), ("CountryCode", NULL_TEXT),
    ("SentenceID", "merged_sentences"), ("URLs", "merged_urls"), ("NewsSources", "merged_publishers"),
]


def _inter(side: str) -> str:
    """ACLED's numeric actor type: 1 state forces, 2 rebels, 3 political militias, 5 rioters,
    6 protesters, 7 civilians, 8 external/other forces (IGO forces); null when unknown."""
    a = f"{side}_agent"
    return (f"CASE WHEN {a} IN ('GOV', 'MIL', 'COP', 'SPY') AND {side}_country IS NOT NULL THEN 1 "
            f"WHEN {a} IN ('REB', 'INS') THEN 2 WHEN {a} = 'UAF' THEN 3 "
            f"WHEN {a} = 'OPP' AND acled_event_type = 'Riots' THEN 5 WHEN {a} = 'OPP' THEN 6 "
            f"WHEN {a} IN ('CVL', 'REF') THEN 7 WHEN starts_with({side}_actor, 'IGO') THEN 8 END")


DISORDER = ("CASE WHEN acled_sub_event_type = 'Excessive force against protesters' "
            "THEN 'Political violence; Demonstrations' "
            "WHEN acled_sub_event_type = 'Mob violence' THEN 'Political violence' "
            "WHEN acled_event_type IN ('Protests', 'Riots') THEN 'Demonstrations' "
            "WHEN acled_event_type = 'Strategic developments' THEN 'Strategic developments' "
            "ELSE 'Political violence' END")
ACLED_COUNTRY = "coalesce(target_country, source_country, 'XXX')"

ACLED = [
    ("event_id_cnty", f"{ACLED_COUNTRY} || row_number() OVER (PARTITION BY {ACLED_COUNTRY} ORDER BY date, event_id)"),
    ("event_date", "date"), ("year", "year(date)"), ("time_precision", "1"), ("disorder_type", DISORDER),
    ("event_type", "acled_event_type"), ("sub_event_type", "acled_sub_event_type"), ("actor1", "source_name"),
    ("assoc_actor_1", NULL_TEXT), ("inter1", "inter1"), ("actor2", "target_name"),
    ("assoc_actor_2", NULL_TEXT), ("inter2", "inter2"),
    ("interaction", "CASE WHEN inter1 IS NOT NULL AND inter2 IS NOT NULL THEN least(inter1, inter2) * 10 + "
                    "greatest(inter1, inter2) ELSE coalesce(inter1, inter2) * 10 END"),
    ("civilian_targeting", "CASE WHEN acled_event_type = 'Violence against civilians' OR target_agent = 'CVL' "
                           "THEN 'Civilian targeting' END"),
    ("iso", NULL_INT), ("region", NULL_TEXT), ("country", "coalesce(target_country_name, source_country_name)"),
    ("admin1", NULL_TEXT), ("admin2", NULL_TEXT), ("admin3", NULL_TEXT), ("location", NULL_TEXT),
    ("latitude", NULL_REAL), ("longitude", NULL_REAL), ("geo_precision", NULL_INT), ("source", "publisher"),
    ("source_scale", NULL_TEXT), ("notes", "sentence"), ("fatalities", NULL_INT), ("tags", NULL_TEXT),
    ("timestamp", "NULL::BIGINT"),
]

FORMATS = {"gdelt": GDELT, "icews": ICEWS, "phoenix": PHOENIX, "phoenix-cline": PHOENIX_CLINE, "acled": ACLED}
DEDUPLICATED = {"gdelt", "phoenix", "phoenix-cline", "acled"}
COLUMNS = {name: [c for c, _ in cols] for name, cols in FORMATS.items()}


def lookups(dictionaries=None) -> dict[str, list[tuple[str, str]]]:
    """(code, name) pairs the exports join on: country names, CAMEO event names, sectors."""
    folder = Path(dictionaries) if dictionaries else default_dictionaries()
    countries: dict[str, str] = {}
    entries, _ = parse_names_file(folder / "actors" / "countries.txt")
    for entry in entries:
        if len(entry.code) == 3:
            countries.setdefault(entry.code, entry.names[0].strip('"'))
    codes, _ = load_ontology(folder / "cameo.tsv")
    return {"_country_names": sorted(countries.items()),
            "_event_names": sorted((c, t.name) for c, t in codes.items()),
            "_sectors": sorted(SECTORS.items())}


def _register_lookups(con, tables: dict) -> None:
    for name, pairs in tables.items():
        con.register(name, pa.table({"code": [p[0] for p in pairs], "name": [p[1] for p in pairs]},
                                    schema=pa.schema([("code", pa.string()), ("name", pa.string())])))


def _named(base: str) -> str:
    """SELECT over BASE adding country names, event names, sectors and display names of both actors."""
    def name(side, alias):
        return f"CASE WHEN {side}_actor = {side}_country THEN {alias}.name ELSE {side}_text END AS {side}_name"
    return (f"SELECT b.*, sc.name AS source_country_name, tc.name AS target_country_name, ev.name AS event_name, "
            f"ss.name AS source_sector, ts.name AS target_sector, {name('source', 'sc')}, {name('target', 'tc')} "
            f"FROM {base} b LEFT JOIN _country_names sc ON sc.code = b.source_country "
            f"LEFT JOIN _country_names tc ON tc.code = b.target_country "
            f"LEFT JOIN _event_names ev ON ev.code = b.event_code "
            f"LEFT JOIN _sectors ss ON ss.code = b.source_agent LEFT JOIN _sectors ts ON ts.code = b.target_agent")


SENTENCE_ID = "story_id || '-' || (sentence_index + 1)"  # Phoenix numbers sentences from 1
MERGED = ("SELECT date, source_actor, target_actor, event_code, "
          f"string_agg(DISTINCT {SENTENCE_ID}, ';' ORDER BY {SENTENCE_ID}) AS merged_sentences, "
          "string_agg(DISTINCT url, ';' ORDER BY url) AS merged_urls, "
          "string_agg(DISTINCT publisher, ';' ORDER BY publisher) AS merged_publishers "
          "FROM filtered GROUP BY ALL")


def export_sql(fmt: str, where: str | None = None) -> str:
    """The one SELECT statement that produces FORMAT's rows, filtered by WHERE over `events`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    ctes = [f"filtered AS (SELECT * FROM events WHERE ({where or 'TRUE'}))"]
    base = "filtered"
    if fmt in DEDUPLICATED:
        ctes.append(f"dedup AS ({dedup_sql('filtered')})")
        base = "dedup"
    if fmt.startswith("phoenix"):
        ctes.append(f"merged AS ({MERGED})")
        base = "(SELECT * FROM dedup JOIN merged USING (date, source_actor, target_actor, event_code))"
    ctes.append(f"named AS ({_named(base)})")
    source = "named"
    if fmt == "acled":  # inter1 and inter2 feed `interaction`, so they are computed first
        ctes.append(f"typed AS (SELECT *, {_inter('source')} AS inter1, {_inter('target')} AS inter2 "
                    "FROM named WHERE acled_event_type IS NOT NULL)")
        source = "typed"
    select = ", ".join(f'{expr} AS "{col}"' for col, expr in FORMATS[fmt])
    return f"WITH {', '.join(ctes)} SELECT {select} FROM {source} ORDER BY date, event_id"


WRITERS = {".csv": ",", ".tsv": "\t", ".parquet": None}


def export(data, path, fmt: str, where: str | None = None, *, dictionaries=None, progress=None,
           batch_rows: int = 50_000) -> int:
    """Write DATA's events to PATH in FORMAT's columns; return the number of rows written.

    WHERE is one SQL condition over the columns of `events` (for example
    "source_country = 'IRN' AND year = 2020"); it is checked to be a single read-only
    statement before anything runs. PROGRESS, if given, is a coder.progress.Progress.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in WRITERS:
        raise OutputError("export_suffix", path.name)
    con = connect(data)
    try:
        sql = export_sql(fmt, where)
        _check_where(con, sql, where)
        _register_lookups(con, lookups(dictionaries))
        if progress is not None:
            progress.total = con.execute(f"SELECT count(*) FROM ({sql})").fetchall()[0][0]
        reader = _arrow_reader(con.sql(sql), batch_rows)
        written = [0]
        atomic_write(path, lambda tmp: written.__setitem__(0, _write(reader, tmp, WRITERS[suffix], progress)))
        return written[0]
    except duckdb.Error as exc:  # a --where that names a missing column, compares a date with a number...
        raise QueryError("bad_where", str(exc).splitlines()[0]) from None
    finally:
        con.close()
        if progress is not None:
            progress.close()


def _arrow_reader(relation, batch_rows: int):
    """A pyarrow RecordBatchReader over a relation (the method's name changed across DuckDB versions)."""
    method = getattr(relation, "to_arrow_reader", None) or relation.fetch_arrow_reader
    return method(batch_rows)


def _check_where(con, sql: str, where: str | None) -> None:
    """The filter must leave the statement one SELECT: no `; COPY ...`, no comment or paren tricks."""
    if where is None:
        return
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError("bad_where", str(exc).splitlines()[0]) from None
    if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
        raise QueryError("bad_where", "it may not end the statement or start another")


def _write(reader, tmp: Path, delimiter: str | None, progress) -> int:
    rows = 0
    writer = None
    try:
        for batch in reader:
            if writer is None:
                writer = _open_writer(tmp, batch.schema, delimiter)
            writer.write_batch(batch)
            rows += batch.num_rows
            if progress is not None:
                progress.update(batch.num_rows)
        if writer is None:  # no rows: still a file with the header (or the Parquet schema)
            writer = _open_writer(tmp, reader.schema, delimiter)
    finally:
        if writer is not None:
            writer.close()
    return rows


def _open_writer(tmp: Path, schema: pa.Schema, delimiter: str | None):
    if delimiter is None:
        return pq.ParquetWriter(tmp, schema, compression="zstd")
    if delimiter == "\t":
        return TsvWriter(tmp, schema)
    options = pacsv.WriteOptions(include_header=True, delimiter=delimiter, quoting_style="needed")
    return pacsv.CSVWriter(tmp, schema, write_options=options)


class TsvWriter:
    """Tab-separated text as GDELT, ICEWS and Phoenix ship it: no quoting at all, so tabs and
    line breaks inside a value become spaces; a null is an empty field."""

    def __init__(self, path: Path, schema: pa.Schema):
        self.fh = open(path, "w", encoding="utf-8", newline="")
        self.fh.write("\t".join(schema.names) + "\n")

    def write_batch(self, batch: pa.RecordBatch) -> None:
        if not batch.num_rows:
            return
        cols = []
        for col in batch.columns:
            text = pc.cast(col, pa.string())
            if pa.types.is_string(col.type):
                text = pc.replace_substring_regex(text, r"[\t\r\n]", " ")
            cols.append(pc.fill_null(text, ""))
        lines = pc.binary_join_element_wise(*cols, "\t")
        self.fh.write("\n".join(lines.to_pylist()) + "\n")

    def close(self) -> None:
        self.fh.close()
