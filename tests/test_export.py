"""Exports read back: exact column names and order, row counts and values against the coded events."""

import csv
from collections import defaultdict

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from analytics_data import KEY, code_dataset, dedup, read_events
from coder.cli import cli
from coder.errors import OutputError, QueryError
from coder.export import export

# The peers' layouts, written out here independently of coder/export.py.
GDELT = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"] + [
    f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")] + [
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone"] + [
    f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")] + [
    "DATEADDED", "SOURCEURL"]
ICEWS = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
         "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
         "City", "District", "Province", "Country", "Latitude", "Longitude"]
PHOENIX = ["id", "date", "year", "month", "day", "source", "src_actor", "src_agent", "src_other_agent", "target",
           "tgt_actor", "tgt_agent", "tgt_other_agent", "code", "root_code", "quad_class", "goldstein",
           "joined_issues", "lat", "lon", "placename", "statename", "countryname", "aid", "url"]
PHOENIX_CLINE = ["EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
           "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
           "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
           "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources"]
ACLED = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
         "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
         "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
         "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
LAYOUTS = {"gdelt": GDELT, "icews": ICEWS, "phoenix": PHOENIX, "phoenix-cline": PHOENIX_CLINE, "acled": ACLED}


@pytest.fixture(scope="module")
def coded(tmp_path_factory, full):
    out = code_dataset(tmp_path_factory.mktemp("export"), full)
    events = read_events(out)
    return out, events, dedup(events)


def read_back(path):
    """(header, rows as dicts of strings or values) of a .csv, .tsv or .parquet file."""
    if path.suffix == ".parquet":
        table = pq.read_table(path)
        return table.schema.names, table.to_pylist()
    with open(path, newline="", encoding="utf-8") as fh:
        if path.suffix == ".tsv":
            lines = fh.read().splitlines()
            header = lines[0].split("\t")
            return header, [dict(zip(header, line.split("\t"))) for line in lines[1:]]
        reader = csv.reader(fh)
        header = next(reader)
        return header, [dict(zip(header, r)) for r in reader]


def expected_rows(fmt, events, groups):
    if fmt == "icews":
        return len(events)
    if fmt == "acled":
        return sum(g["acled_event_type"] is not None for g in groups.values())
    return len(groups)


def test_layouts_have_the_peers_column_counts():
    assert [len(LAYOUTS[f]) for f in ("gdelt", "icews", "phoenix", "phoenix-cline", "acled")] == [61, 20, 25, 26, 31]


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".parquet"])
@pytest.mark.parametrize("fmt", ["gdelt", "icews", "phoenix", "phoenix-cline", "acled"])
def test_export_reads_back_with_exact_columns_and_rows(coded, tmp_path, fmt, suffix):
    out, events, groups = coded
    path = tmp_path / f"{fmt}{suffix}"
    written = export(out, path, fmt)
    header, rows = read_back(path)
    assert header == LAYOUTS[fmt]
    assert written == len(rows) == expected_rows(fmt, events, groups) > 0


def test_gdelt_values_follow_the_events(coded, tmp_path):
    out, events, groups = coded
    export(out, tmp_path / "g.parquet", "gdelt")
    rows = pq.read_table(tmp_path / "g.parquet").to_pylist()
    assert sum(r["NumMentions"] for r in rows) == len(events)
    assert len({r["GLOBALEVENTID"] for r in rows}) == len(rows)
    by_key = {(k[0].strftime("%Y%m%d"), *k[1:]): g for k, g in groups.items()}
    for r in rows:
        day = str(r["SQLDATE"])
        g = by_key[(day, r["Actor1Code"], r["Actor2Code"], r["EventCode"])]
        assert (r["NumMentions"], r["NumArticles"], r["NumSources"]) == (
            g["num_mentions"], g["num_stories"], g["num_sources"])
        assert r["MonthYear"] == int(day[:6]) and r["Year"] == int(day[:4])
        assert (r["EventRootCode"], r["QuadClass"]) == (g["root_code"], g["quad_class"])
        assert r["EventBaseCode"] == g["event_code"][:3] and r["IsRootEvent"] == int(g["sentence_index"] == 0)
        assert r["Actor1CountryCode"] == g["source_country"] and r["Actor1Type1Code"] == g["source_agent"]
        assert r["ActionGeo_Lat"] is None and r["AvgTone"] is None
        assert str(r["DATEADDED"]).startswith(day)


def test_icews_keeps_story_and_sentence(coded, tmp_path):
    out, events, _ = coded
    export(out, tmp_path / "i.csv", "icews")
    _, rows = read_back(tmp_path / "i.csv")
    assert sorted((r["Story ID"], int(r["Sentence Number"]), r["CAMEO Code"]) for r in rows) == \
        sorted((e["story_id"], e["sentence_index"] + 1, e["event_code"]) for e in events)
    iran = [r for r in rows if r["Source Name"] == "Iran"]
    assert iran and all(r["Source Country"] == "Iran" for r in iran)  # country names come from the dictionaries


def test_phoenix_lists_every_merged_sentence(coded, tmp_path):
    out, events, _ = coded
    export(out, tmp_path / "p.tsv", "phoenix-cline")
    _, rows = read_back(tmp_path / "p.tsv")
    sentences = defaultdict(set)  # dedup key -> the sentences its events came from
    for e in events:
        sentences[tuple(e[k] for k in KEY)].add(f"{e['story_id']}-{e['sentence_index'] + 1}")
    assert sorted(r["SentenceID"] for r in rows) == sorted(";".join(sorted(v)) for v in sentences.values())
    assert any(";" in r["SentenceID"] for r in rows)
    assert all(0 <= int(r["PentaClass"]) <= 4 for r in rows)


def test_phoenix_splits_actors_as_phoenix_does(coded, tmp_path):
    """source is the whole code; src_actor its country (or IGO...), src_agent its role."""
    out, events, groups = coded
    export(out, tmp_path / "p.csv", "phoenix")
    _, rows = read_back(tmp_path / "p.csv")
    assert len(rows) == len(groups)
    for r in rows:
        assert r["source"].startswith(r["src_actor"] or r["source"])
        g = next(g for k, g in groups.items() if (k[1], k[2], k[3]) == (r["source"], r["target"], r["code"]))
        assert (r["src_agent"] or None, r["root_code"]) == (g["source_agent"], g["root_code"])


def test_acled_rows_are_the_mapped_events(coded, tmp_path):
    out, _, groups = coded
    export(out, tmp_path / "a.csv", "acled")
    _, rows = read_back(tmp_path / "a.csv")
    assert sorted((r["event_type"], r["sub_event_type"]) for r in rows) == sorted(
        (g["acled_event_type"], g["acled_sub_event_type"]) for g in groups.values() if g["acled_event_type"])
    assert len({r["event_id_cnty"] for r in rows}) == len(rows)
    assert all(r["notes"] and r["event_date"][:4] == r["year"] for r in rows)


def test_where_filters_the_events(coded, tmp_path):
    out, events, _ = coded
    n = export(out, tmp_path / "w.csv", "icews", where="source_country = 'IRN' AND year = 2020")
    assert n == sum(e["source_country"] == "IRN" and e["date"].year == 2020 for e in events) > 0


@pytest.mark.parametrize("where", [
    "TRUE; COPY (SELECT 1) TO '{target}'",
    "TRUE)) SELECT 1; COPY (SELECT 1) TO '{target}' --",
    "nope = 1",
])
def test_unsafe_or_bad_where_is_refused_and_writes_nothing(coded, tmp_path, where):
    out, _, _ = coded
    target = tmp_path / "pwned.csv"
    with pytest.raises(QueryError, match="--where"):
        export(out, tmp_path / "x.csv", "gdelt", where=where.format(target=target))
    assert not target.exists() and not (tmp_path / "x.csv").exists()


def test_unknown_file_type(coded, tmp_path):
    out, _, _ = coded
    with pytest.raises(OutputError, match=r"\.csv, \.tsv or \.parquet"):
        export(out, tmp_path / "x.xlsx", "gdelt")


def test_cli_export(coded, tmp_path):
    out, events, _ = coded
    path = tmp_path / "cli.tsv"
    result = CliRunner().invoke(cli, ["export", str(path), "--format", "icews", "--data", str(out)])
    assert result.exit_code == 0 and f"wrote {len(events)} icews rows" in result.output
    assert "\r" not in result.output  # no progress bar when stdout is not a terminal
    bad = CliRunner().invoke(cli, ["export", str(path), "--format", "icews", "--data", str(out), "--where", "x ="])
    assert bad.exit_code == 1 and "Error: --where" in bad.output
