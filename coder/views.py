"""Ready-made analysis views over the view `events`, registered on every query connection.

    events        one row per coded event (the dataset as written, plus integer year and month)
    events_dedup  the one-a-day filter: one row per date, source actor, target actor and
                  event code, with how many events it collapsed (num_mentions), from how many
                  stories (num_stories) and publishers (num_sources)
    dyad_month    per source country, target country and month: event counts, Goldstein sum
                  and mean, and counts per quad class
    actor_month   per actor (full CAMEO code) and month, counting both roles
    root_month    per CAMEO root code and month

The aggregate views count deduplicated events, as GDELT's and Phoenix's users do; the
`mentions` column keeps the raw count. Goldstein weights are stored as 32-bit floats and
are rounded back to their one decimal before summing, so sums carry no float noise.
Each view's columns are listed in VIEW_COLUMNS (and in the README).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The key of the one-a-day filter, and the order that picks the row kept for each key:
# the earliest sentence first, so a lead-sentence mention (sentence 0) always wins.
DEDUP_KEY = "date, source_actor, target_actor, event_code"
DEDUP_ORDER = "sentence_index, story_id, event_id"
GOLDSTEIN = "round(CAST(goldstein AS DOUBLE), 1)"
MONTH = "CAST(date_trunc('month', date) AS DATE)"

QUAD_COUNTS = ", ".join(
    f"count(*) FILTER (WHERE quad_class = {q}) AS {name}"
    for q, name in ((1, "verbal_coop"), (2, "material_coop"), (3, "verbal_conflict"), (4, "material_conflict")))


def dedup_sql(source: str = "events") -> str:
    """SELECT text of the one-a-day filter over SOURCE (a view, table or CTE name)."""
    return (f"SELECT *, count(*) OVER k AS num_mentions, count(DISTINCT story_id) OVER k AS num_stories, "
            f"count(DISTINCT publisher) OVER k AS num_sources FROM {source} "
            f"WINDOW k AS (PARTITION BY {DEDUP_KEY}) "
            f"QUALIFY row_number() OVER (PARTITION BY {DEDUP_KEY} ORDER BY {DEDUP_ORDER}) = 1")


DYAD_MONTH = f"""
SELECT source_country, target_country, {MONTH} AS month,
       count(*) AS events, sum(num_mentions) AS mentions,
       sum({GOLDSTEIN}) AS goldstein_sum, avg({GOLDSTEIN}) AS goldstein_mean, {QUAD_COUNTS}
FROM events_dedup GROUP BY ALL"""

ACTOR_MONTH = f"""
WITH sides AS (
    SELECT source_actor AS actor, source_country AS country, date, TRUE AS as_src, goldstein, quad_class, num_mentions
    FROM events_dedup
    UNION ALL
    SELECT target_actor, target_country, date, FALSE, goldstein, quad_class, num_mentions FROM events_dedup)
SELECT actor, country, {MONTH} AS month,
       count(*) AS events, count(*) FILTER (WHERE as_src) AS as_source, count(*) FILTER (WHERE NOT as_src) AS as_target,
       sum(num_mentions) AS mentions,
       coalesce(sum({GOLDSTEIN}) FILTER (WHERE as_src), 0) AS goldstein_as_source,
       coalesce(sum({GOLDSTEIN}) FILTER (WHERE NOT as_src), 0) AS goldstein_as_target, {QUAD_COUNTS}
FROM sides GROUP BY ALL"""

ROOT_MONTH = f"""
SELECT root_code, quad_class, {MONTH} AS month,
       count(*) AS events, sum(num_mentions) AS mentions, sum({GOLDSTEIN}) AS goldstein_sum
FROM events_dedup GROUP BY ALL"""

VIEWS = {  # in the order they must be created
    "events_dedup": dedup_sql("events"),
    "dyad_month": DYAD_MONTH,
    "actor_month": ACTOR_MONTH,
    "root_month": ROOT_MONTH,
}

_COUNTS = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"]
VIEW_COLUMNS = {
    "events_dedup": ["<every column of events>", "num_mentions", "num_stories", "num_sources"],
    "dyad_month": ["source_country", "target_country", "month", "events", "mentions", "goldstein_sum",
                   "goldstein_mean", *_COUNTS],
    "actor_month": ["actor", "country", "month", "events", "as_source", "as_target", "mentions",
                    "goldstein_as_source", "goldstein_as_target", *_COUNTS],
    "root_month": ["root_code", "quad_class", "month", "events", "mentions", "goldstein_sum"],
}


def register(con) -> None:
    """Create the analysis views on a connection that already has the view `events`."""
    for name, sql in VIEWS.items():
        con.execute(f"CREATE VIEW {name} AS {sql}")


# --- the figures behind `coder report` ----------------------------------------------------

@dataclass
class ReportTables:
    """What `coder report` draws, already aggregated: plain lists, no DuckDB objects."""

    title: str
    monthly: list[tuple] = field(default_factory=list)  # (month, q1, q2, q3, q4, goldstein_sum)
    top_dyads: list[tuple] = field(default_factory=list)  # (source_country, target_country, events)
    top_actors: list[tuple] = field(default_factory=list)  # (actor, events)
    roots: list[tuple] = field(default_factory=list)  # (root_code, quad_class, events)
    events: int = 0


def _filters(dyad, start, end) -> tuple[str, list]:
    """A WHERE clause over events_dedup with bound parameters (never pasted into the SQL)."""
    clauses, params = ["TRUE"], []
    if dyad:
        clauses.append("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))")
        params += [dyad[0], dyad[1], dyad[1], dyad[0]]
    if start:
        clauses.append("date >= CAST(? AS DATE)")
        params.append(start)
    if end:
        clauses.append("date <= CAST(? AS DATE)")
        params.append(end)
    return " AND ".join(clauses), params


def report_tables(con, dyad=None, start=None, end=None, top: int = 10, step=None) -> ReportTables:
    """Monthly quad-class counts and net Goldstein, top dyads and actors, root codes.

    A dyad (A, B) takes events in both directions; start and end (YYYY-MM-DD) are inclusive.
    `step` is called after each query, for a progress bar.
    """
    where, params = _filters(dyad, start, end)
    base = f"(SELECT * FROM events_dedup WHERE {where})"
    step = step or (lambda: None)

    def rows(sql: str, extra=()) -> list[tuple]:
        result = con.execute(sql.replace("BASE", base), params * sql.count("BASE") + list(extra)).fetchall()
        step()
        return result

    tables = ReportTables(f"{dyad[0]}-{dyad[1]} (both directions)" if dyad else "all events")
    tables.monthly = rows(f"SELECT {MONTH} AS month, {QUAD_COUNTS}, sum({GOLDSTEIN}) FROM BASE GROUP BY 1 ORDER BY 1")
    # a dyad side with no country (an IGO, a rebel group with no state) shows its actor code
    tables.top_dyads = rows("SELECT coalesce(source_country, source_actor) AS s, "
                            "coalesce(target_country, target_actor) AS t, count(*) AS n "
                            "FROM BASE GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [top])
    tables.top_actors = rows("SELECT actor, count(*) AS n FROM (SELECT source_actor AS actor FROM BASE UNION ALL "
                             "SELECT target_actor FROM BASE) GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [top])
    tables.roots = rows("SELECT root_code, quad_class, count(*) FROM BASE GROUP BY 1, 2 ORDER BY 1")
    tables.events = sum(r[2] for r in tables.roots)
    return tables
