"""`coder dict import`: PETRARCH and TABARI dictionaries into a coder folder, every line accounted for.

The dictionaries here are small and made up (the countries of Ruritania, Freedonia...), written in
PETRARCH's formats to exercise each construct once."""

import csv

import pytest
from click.testing import CliRunner

from coder.cli import cli
from coder.dictfile import parse_names_file
from coder.errors import ImportFailed
from coder.lexicon import load
from coder.petrarch_import import REPORT, Sources, import_dictionaries
from coder.petrarch_names import petrarch_date, read_actor_blocks, read_agents
from coder.petrarch_verbs import convert_blocks, irregular_row, read_blocks
from conftest import events_of

ACTORS = """\
<!-- made-up actors for the import tests -->
# a comment line
RURITANIA_  [RUR]
+RURITANIAN
+STRELSAU   # its capital

FREEDONIA [FRE]
+FREEDONIAN

RUDOLF_RASSENDYLL  [RUR]
\t[RURGOV 940101-981231]
\t[RURELI >990101]

MICHAEL_ELPHBERG
\t[RURREB <930630]

SYLVANIA   [SYL]
LAKE_PEOPLE  [LAK/SYL]
GHOST_LEGION  [---]
BAD_DATES  [RUR]
\t[RURGOV 19990231-20000101]
DUCHY_OF_GRAUSTARK [graustark]
FREEDONIAN  [FREGOV]
PRINCESS_FLAVIA
QUEEN_FLAVIA
\t[RURGOV]
ORPHAN_NAME
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
PRIME_MINISTER [~GOV]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CONGRESS!PERSON! [~LEG]
FOREIGN_MINISTER [~GOVFRM]
RELIEF_AGENCY [NGO~]
NO_CODE_HERE
ARMY [~MIL]
"""

VERBS_1 = """\
&MONEY
+DUCATS
+GOLD_CROWNS

&NEGAUX
+DID N'T
+WILL NOT

--- CONDEMN [111] ---
CONDEMN
DENOUNCE
- * &MONEY [999]
- &NEGAUX * +  [112]
- + WAS_ *  [113]
- SAID * [114]
- * PROPOSAL [---]
- * % [115]

--- VISIT [042:043] ---
VISIT
+CALL_ON {+CALLS_ON +CALLED_ON +CALLING_ON}
WIRE_+TAP

--- GIVE [070] ---
GIVE {GAVE GIVEN GIVING}
- * &MONEY [071]
- * AID [073:074]
- * BONUS [abc]
- * EXTRA_BONUS [075]
- * EXTRA BONUS [076]
- * EXTRA_BONUS [075]
"""

VERBS_2 = """\
####### SYNONYM SETS #######
&WEAPON
+ROCKET
+MORTAR

####### VERB PATTERNS #######
---  FIRE   [190]  ---
FIRE
SHOOT {SHOT SHOOTING SHOOTS}
- * {&WEAPON ROUNDS} (AT +)   [195]
- * (INTO AIR) [---]
- &WEAPON *  [194]

~ a (a b ATTACK) SAY = a b 015
"""

DISCARDS = """\
# story-level discards start with a plus
+FOOTBALL CUP
CHESS_OLYMPIAD
+
"""

ISSUES = """\
<ISSUE CATEGORY="MONEY">
n:ducat [CURRENCY]
~ducat tales
</ISSUE>
"""


@pytest.fixture
def files(tmp_path):
    paths = {}
    for name, text in [("test.actors.txt", ACTORS), ("test.agents.txt", AGENTS), ("test.verbs.txt", VERBS_1),
                       ("cameo2.txt", VERBS_2), ("test.discards.txt", DISCARDS), ("test.issues.txt", ISSUES)]:
        paths[name] = tmp_path / name
        paths[name].write_text(text, encoding="utf-8")
    return paths


def sources(files, **kw):
    return Sources(verbs=[files["test.verbs.txt"], files["cameo2.txt"]], actors=[files["test.actors.txt"]],
                   agents=[files["test.agents.txt"]], discards=[files["test.discards.txt"]],
                   issues=[files["test.issues.txt"]], **kw)


@pytest.fixture
def imported(files, tmp_path):
    result = import_dictionaries(sources(files), tmp_path / "out")
    return result, load(tmp_path / "out")


def notes_at(result, name, line):
    return [n for n in result.notes if n.path.endswith(name) and n.line == line]


# -- dates and small pieces -------------------------------------------------------------


@pytest.mark.parametrize("text,iso", [("940101", "1994-01-01"), ("301231", "2030-12-31"), ("310101", "1931-01-01"),
                                      ("19990816", "1999-08-16"), ("19990231", None), ("2004017", None)])
def test_petrarch_dates(text, iso):
    assert petrarch_date(text) == iso


@pytest.mark.parametrize("base,forms,row", [
    ("give", ("gave", "given", "giving"), ("give", "gave", "given", "gives", "giving")),
    ("speed", ("speeding", "speeds", "sped"), ("speed", "sped", "sped", "speeds", "speeding")),
    ("put", ("puts", "putting"), ("put", "put", "put", "puts", "putting")),
    ("break", ("broke", "broken"), ("break", "broke", "broken")),
])
def test_irregular_rows_from_forms_in_any_order(base, forms, row):
    assert irregular_row(base, forms) == row


# -- actors ------------------------------------------------------------------------------


def test_actor_blocks_keep_synonyms_dates_and_defaults(files):
    blocks, _ = read_actor_blocks(files["test.actors.txt"])
    by_name = {b.names[0][0]: b for b in blocks if b.names}
    assert [n for n, _ in by_name["RURITANIA"].names] == ["RURITANIA", "RURITANIAN", "STRELSAU"]
    spans = [(c.code, c.start, c.end) for c in by_name["RUDOLF RASSENDYLL"].codes]
    assert spans == [("RUR", None, None), ("RURGOV", "1994-01-01", "1998-12-31"), ("RURELI", "1999-01-01", None)]
    assert [(c.code, c.start, c.end) for c in by_name["MICHAEL ELPHBERG"].codes] == [("RURREB", None, "1993-06-30")]


def test_actors_are_written_with_date_ranges_and_code_by_date(imported):
    _, lex = imported
    assert events_of(lex, "Rudolf Rassendyll condemned Freedonia.", "1995-05-05") == [("RURGOV", "111", "FRE")]
    assert events_of(lex, "Rudolf Rassendyll condemned Freedonia.", "2001-05-05") == [("RURELI", "111", "FRE")]
    assert events_of(lex, "Rudolf Rassendyll condemned Freedonia.", "1990-05-05") == [("RUR", "111", "FRE")]
    assert events_of(lex, "Michael Elphberg condemned Freedonia.", "1993-06-30") == [("RURREB", "111", "FRE")]
    assert events_of(lex, "Michael Elphberg condemned Freedonia.", "1993-07-01") == []  # no code after the range


def test_actor_lines_that_do_not_convert_are_noted_with_file_and_line(imported):
    result, _ = imported
    assert "null" in notes_at(result, "test.actors.txt", 19)[0].reason  # GHOST_LEGION [---]
    assert notes_at(result, "test.actors.txt", 18) == []  # [LAK/SYL]: a name for both, converted whole
    assert "date restriction" in notes_at(result, "test.actors.txt", 21)[0].reason  # 31 February
    assert "lower-case" in notes_at(result, "test.actors.txt", 22)[0].reason
    assert "no usable code" in notes_at(result, "test.actors.txt", 27)[0].reason  # ORPHAN_NAME
    assert all(n.action in ("skipped", "approximated") for n in result.notes)


def test_a_name_for_several_actors_codes_each(imported):
    _, lex = imported
    assert sorted(events_of(lex, "Lake People condemned Ruritania.", "2000-01-01")) == [
        ("LAK", "111", "RUR"), ("SYL", "111", "RUR")]


def test_a_name_defined_again_later_takes_the_later_codes(imported):
    result, lex = imported
    assert events_of(lex, "Freedonian condemned Ruritania.", "2000-01-01") == [("FREGOV", "111", "RUR")]
    (dup,) = notes_at(result, "test.actors.txt", 8)
    assert dup.action == "approximated" and "test.actors.txt:23" in dup.detail


def test_an_entry_without_a_code_line_takes_the_codes_of_the_next(imported):
    result, lex = imported
    assert events_of(lex, "Princess Flavia condemned Freedonia.", "2000-01-01") == [("RURGOV", "111", "FRE")]
    assert notes_at(result, "test.actors.txt", 24)[0].action == "approximated"


def test_country_codes_go_to_countries_txt_so_agents_join_them(imported, tmp_path):
    _, lex = imported
    countries, _ = parse_names_file(tmp_path / "out" / "actors" / "countries.txt")
    assert {"RUR", "FRE", "SYL"} <= {e.code for e in countries}
    assert events_of(lex, "The Ruritanian prime minister condemned Freedonia.", "2000-01-01") == [("RURGOV", "111", "FRE")]


# -- agents ------------------------------------------------------------------------------


def test_agents_get_plurals_substitutions_and_stacked_codes(files):
    entries, notes = read_agents(files["test.agents.txt"])
    names: dict[str, set[str]] = {}
    for e in entries:
        names.setdefault(e.code, set()).update(e.names)
    assert {"PRIME MINISTER", "PRIME MINISTERS"} <= names["GOV"]
    assert {"ATTORNEY GENERAL", "ATTORNEYS GENERAL"} <= names["GOV"] and "ATTORNEY GENERALS" not in names["GOV"]
    assert names["COP"] == {"POLICE"}  # {}: no plural
    assert names["LEG"] == {"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"}  # a set's items take no plural
    assert "FOREIGN MINISTERS" in names["GOVFRM"]
    reasons = {n.line: n.reason for n in notes}
    assert 7 not in reasons and names["NGO~"] >= {"RELIEF AGENCY"}  # a prefix code, kept as NGO~
    assert "without a [code]" in reasons[8]


def test_a_stacked_agent_code_joins_a_country(imported):
    _, lex = imported
    assert events_of(lex, "The Ruritanian foreign minister condemned Freedonia.", "2000-01-01") == [
        ("RURGOVFRM", "111", "FRE")]


# -- verbs -------------------------------------------------------------------------------


def read_blocks_text(text: str, folder):
    path = folder / "v.txt"
    path.write_text(text, encoding="utf-8")
    blocks, synsets, _ = read_blocks(path)
    return blocks, synsets


def test_petrarch_1_verbs_expand_synsets_and_keep_words_before_the_verb(files, tmp_path):
    blocks, synsets, _ = read_blocks(files["test.verbs.txt"])
    converted = convert_blocks(blocks, synsets)
    lines = {(code, pattern) for code, pattern, _ in converted.patterns}
    assert {("111", "condemn"), ("111", "denounce"), ("999", "condemn ducats"), ("999", "denounce gold_crowns"),
            ("112", "didn't * condemn +"), ("112", "will not * denounce +"), ("114", "said * condemn")} <= lines
    assert ("042:043", "visit") in lines and ("042:043", "call on") in lines and ("042:043", "wire_ * tap") in lines
    assert ("073:074", "give aid") in lines
    swapped = convert_blocks(*read_blocks_text("--- FREE [081] ---\nFREE\n- + * FROM $ [066]\n", tmp_path))
    assert ("066", "+ * free from $") in {(c, p) for c, p, _ in swapped.patterns}
    assert converted.irregular["give"][:3] == ("give", "gave", "given")


def test_verb_lines_that_do_not_convert_are_noted(files):
    blocks, synsets, read_notes = read_blocks(files["test.verbs.txt"])
    notes = read_notes + convert_blocks(blocks, synsets).notes
    reasons = {n.line: n.reason for n in notes}
    assert "actor before the verb" in reasons[14]  # + WAS_ *: a target before the verb, no source slot
    assert "null code" in reasons[16]
    assert 17 not in reasons  # `* %`: a compound target, a slot of the coder's own
    assert 22 not in reasons  # WIRE_+TAP: `wire_ * tap`
    assert "not an event code" in reasons[28]  # [abc]


def test_words_tied_by_an_underscore_stay_tied_and_repeats_are_noted(imported, tmp_path):
    """EXTRA_BONUS (adjacent) and EXTRA BONUS (other words may come between) are two patterns."""
    from coder.lint import lint

    result, lex = imported
    assert events_of(lex, "Ruritania gave an extra bonus to Freedonia.", "2000-01-01") == [("RUR", "075", "FRE")]
    assert events_of(lex, "Ruritania gave an extra holiday bonus to Freedonia.", "2000-01-01") == [
        ("RUR", "076", "FRE")]
    assert notes_at(result, "test.verbs.txt", 30) == []
    assert "repeats" in notes_at(result, "test.verbs.txt", 31)[0].reason
    assert not [f for f in lint(tmp_path / "out") if f.kind in ("shadowed_pattern", "duplicate_pattern")]


def test_petrarch_2_groups_are_flattened_and_transformations_noted(files):
    blocks, synsets, notes = read_blocks(files["cameo2.txt"])
    converted = convert_blocks(blocks, synsets)
    lines = {(code, pattern) for code, pattern, _ in converted.patterns}
    assert {("195", "fire rocket rounds at +"), ("195", "shoot mortar rounds at +"), ("194", "rocket * fire")} <= lines
    assert "transformation" in {n.line: n.reason for n in notes}[14]
    assert converted.irregular["shoot"] == ("shoot", "shot", "shot", "shoots", "shooting")


def test_imported_verbs_code_with_their_own_codes(imported):
    _, lex = imported
    day = "2000-01-01"
    assert events_of(lex, "Ruritania condemned Freedonia.", day) == [("RUR", "111", "FRE")]
    assert events_of(lex, "Ruritania didn't condemn Freedonia.", day) == [("RUR", "112", "FRE")]
    assert sorted(events_of(lex, "Ruritania visited Freedonia.", day)) == [("FRE", "043", "RUR"), ("RUR", "042", "FRE")]
    assert events_of(lex, "Freedonia shot mortar rounds at Ruritania.", day) == [("FRE", "195", "RUR")]
    assert "999" in lex.codes and lex.codes["999"].root == "99"  # a code CAMEO lacks, in the set's own list


# -- the folder --------------------------------------------------------------------------


def test_the_folder_holds_every_file_the_loader_needs(imported, tmp_path):
    out = tmp_path / "out"
    for name in ("cameo.tsv", "acled.tsv", "agents.txt", "irregular_verbs.txt", "discards.txt", "settings.txt", REPORT):
        assert (out / name).exists(), name
    _, lex = imported
    assert lex.verbs.reach.target_window > 4  # PETRARCH's reach, wider than news-wire defaults


def test_discards_rule_out_the_sentence(imported):
    result, lex = imported
    assert events_of(lex, "Ruritania condemned Freedonia at the Chess Olympiad.", "2000-01-01") == []
    assert events_of(lex, "Ruritania condemned Freedonia after the football cup.", "2000-01-01") == []
    assert "story discard" in notes_at(result, "test.discards.txt", 2)[0].reason


def test_issue_lines_are_all_reported(imported):
    result, _ = imported
    assert sorted(n.line for n in result.notes if n.path.endswith("test.issues.txt")) == [1, 2, 3, 4]


def test_the_report_lists_every_note_with_file_and_line(imported, tmp_path):
    result, _ = imported
    with open(tmp_path / "out" / REPORT, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) == len(result.notes) > 10
    assert all(r["file"] and int(r["line"]) > 0 and r["reason"] for r in rows)
    summary = result.summary()
    assert "skipped" in summary and "approximated" in summary and REPORT in summary


def test_a_folder_that_is_not_empty_is_refused_unless_overwritten(files, tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "keep.txt").write_text("x")
    with pytest.raises(ImportFailed, match="not empty"):
        import_dictionaries(sources(files), tmp_path / "busy")
    import_dictionaries(sources(files), tmp_path / "busy", overwrite=True)
    assert not (tmp_path / "busy" / "keep.txt").exists()


def test_tabari_files_take_semicolon_comments(tmp_path):
    actors = tmp_path / "t.actors"
    actors.write_text("RURITANIA_ [RUR] ; a TABARI comment\nFREEDONIA_ [FRE]\n", encoding="utf-8")
    verbs = tmp_path / "t.verbs"
    verbs.write_text("CONDEMN [111] ; TABARI has no --- blocks\n- * LOUDLY [112]\nDENOUNCE [113]\n", encoding="utf-8")
    import_dictionaries(Sources(verbs=[verbs], actors=[actors], tabari=True), tmp_path / "out")
    lex = load(tmp_path / "out")
    assert events_of(lex, "Ruritania denounced Freedonia.") == [("RUR", "113", "FRE")]
    assert events_of(lex, "Ruritania condemned loudly Freedonia.") == [("RUR", "112", "FRE")]


def test_a_multi_word_verb_with_words_before_it_needs_them_right_before(imported):
    _, lex = imported
    assert sorted(events_of(lex, "Ruritania wire tapped Freedonia.", "2000-01-01")) == [
        ("FRE", "043", "RUR"), ("RUR", "042", "FRE")]
    assert events_of(lex, "Ruritania tapped Freedonia.", "2000-01-01") == []


def test_verbs_listed_in_a_past_form_are_read_as_past_forms(tmp_path):
    """PETRARCH-1 lists LEFT and CALLED as verbs: 'the mayor left for X' and 'has called for' are verbs there."""
    actors = tmp_path / "t.actors"
    actors.write_text("RURITANIA_ [RUR]\nFREEDONIA_ [FRE]\n", encoding="utf-8")
    verbs = tmp_path / "t.verbs"
    verbs.write_text("--- LEFT [032] ---\nLEFT\n\n--- CALLED [010] ---\nCALLED\n- * FOR [096]\n", encoding="utf-8")
    import_dictionaries(Sources(verbs=[verbs], actors=[actors]), tmp_path / "out")
    rows = (tmp_path / "out" / "irregular_verbs.txt").read_text(encoding="utf-8").splitlines()
    assert "left left left" in rows and "called called called" in rows
    lex = load(tmp_path / "out")
    assert events_of(lex, "Ruritania's new mayor left for Freedonia.") == [("RUR", "032", "FRE")]
    assert events_of(lex, "Ruritania has called for Freedonia to act.") == [("RUR", "096", "FRE")]


def test_cli_imports_and_codes_with_the_folder(files, tmp_path):
    out = tmp_path / "cli-out"
    args = ["dict", "import", "petrarch", "--verbs", str(files["test.verbs.txt"]), "--actors",
            str(files["test.actors.txt"]), "--agents", str(files["test.agents.txt"]), "--discards",
            str(files["test.discards.txt"]), "--issues", str(files["test.issues.txt"]), "--out", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "line(s) skipped" in result.output and "test.actors.txt" in result.output
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 1 and "not empty" in again.output
    stories = tmp_path / "s.jsonl"
    stories.write_text('{"id": "a", "date": "2000-01-01", "text": "Ruritania condemned Freedonia."}\n')
    coded = CliRunner().invoke(cli, ["code", str(stories), "--out", str(tmp_path / "ds"), "--dictionaries", str(out)])
    assert coded.exit_code == 0, coded.output


def test_every_source_line_is_converted_or_reported(files, imported):
    from petrarch_accounting import unaccounted

    result, _ = imported
    assert unaccounted(sources(files), result) == []
