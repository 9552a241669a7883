"""Roles placed in the countries named after them (settings.txt `role_places`), tested on the mini set."""

from coder.lexicon import load
from conftest import events_of
from test_pattern_extensions import folder

PLACES = "role_places of in from\nplace_bare_roles no\n"


def test_without_the_setting_a_role_before_from_keeps_no_country(tmp_path):
    lex = load(folder(tmp_path, "", "place_bare_roles no\n"))
    assert lex.actors.role_places == frozenset()
    assert events_of(lex, "Soldiers from Syria attacked Israel.") == [("MIL", "190", "ISR")]


def test_a_role_from_a_country_belongs_to_it(tmp_path):
    lex = load(folder(tmp_path, "", PLACES))
    assert lex.actors.role_places == {"of", "in", "from"}
    assert events_of(lex, "Soldiers from Syria attacked Israel.") == [("SYRMIL", "190", "ISR")]


def test_roles_and_countries_in_lists_pair_up(tmp_path):
    lex = load(folder(tmp_path, "", PLACES))
    found = sorted(events_of(lex, "Troops and police in Syria and Turkey attacked Israel."))
    assert found == [("SYRCOP", "190", "ISR"), ("SYRMIL", "190", "ISR"), ("TURCOP", "190", "ISR"),
                     ("TURMIL", "190", "ISR")]


def test_a_role_of_several_countries_as_a_target(tmp_path):
    lex = load(folder(tmp_path, "", PLACES))
    found = sorted(events_of(lex, "Iran condemned the officials of Syria, Turkey and Israel."))
    assert found == [("IRN", "111", "ISRGOV"), ("IRN", "111", "SYRGOV"), ("IRN", "111", "TURGOV")]


def test_a_prefix_role_goes_before_the_code_of_the_actor_after_it(tmp_path):
    root = folder(tmp_path, "")
    with open(root / "agents.txt", "a", encoding="utf-8") as fh:
        fh.write("NGO~  Relief Corps\n")
    lex = load(root)
    assert lex.actors.prefixes
    assert events_of(lex, "Relief Corps Syria condemned Israel.") == [("NGOSYR", "111", "ISR")]
    assert events_of(lex, "Relief Corps Syrian officials condemned Israel.") == [("NGOSYRGOV", "111", "ISR")]
    assert events_of(lex, "Relief Corps condemned Israel.") == []  # a prefix alone is no actor


def test_a_role_right_before_a_name_coded_as_a_country_joins_it(tmp_path):
    root = folder(tmp_path, "")
    (root / "actors" / "people.txt").write_text("TUR  Kemal Sunal\n", encoding="utf-8")
    lex = load(root)
    assert events_of(lex, "President Kemal Sunal condemned Israel.") == [("TURGOV", "111", "ISR")]
    assert events_of(lex, "Kemal Sunal condemned Israel.") == [("TUR", "111", "ISR")]


def test_a_role_of_an_organisation_takes_the_organisation_code_first(tmp_path):
    lex = load(folder(tmp_path, "", PLACES))
    assert events_of(lex, "The officials of the United Nations condemned Israel.") == [("IGOUNOGOV", "111", "ISR")]
    plain = load(folder(tmp_path / "plain", ""))
    assert events_of(plain, "The officials of the United Nations condemned Israel.") == [("IGOUNO", "111", "ISR")]


def test_former_role_holders_are_the_elite_with_the_setting(tmp_path):
    plain = load(folder(tmp_path / "plain", ""))
    assert plain.actors.former is False
    assert events_of(plain, "Former Syrian officials condemned Israel.") == [("SYRGOV", "111", "ISR")]
    lex = load(folder(tmp_path / "former", "", PLACES + "former_elite yes\n"))
    assert events_of(lex, "Former Syrian officials condemned Israel.") == [("SYRELI", "111", "ISR")]
    assert events_of(lex, "Syria condemned former Turkish police.") == [("SYR", "111", "TURELI")]
    assert events_of(lex, "Former officials of the United Nations condemned Israel.") == [("IGOUNOELI", "111", "ISR")]


def test_a_role_in_an_organisation_is_placed_there(tmp_path):
    lex = load(folder(tmp_path, "", PLACES))
    assert events_of(lex, "Officials in the United Nations condemned Israel.") == [("IGOUNOGOV", "111", "ISR")]


def test_a_role_after_an_actor_with_a_role_is_stacked_only_with_the_setting(tmp_path):
    root = folder(tmp_path, "")
    (root / "actors" / "groups.txt").write_text("ZZZGOV  Bluebird Council\n", encoding="utf-8")
    lex = load(root)
    assert events_of(lex, "Bluebird Council police condemned Israel.") == [("ZZZGOV", "111", "ISR")]
    with open(root / "settings.txt", "a", encoding="utf-8") as fh:
        fh.write("stack_roles yes\n")
    stacked = load(root)
    assert stacked.actors.stack_roles
    assert events_of(stacked, "Bluebird Council police condemned Israel.") == [("ZZZGOVCOP", "111", "ISR")]
    assert events_of(stacked, "Bluebird Council officials condemned Israel.") == [("ZZZGOV", "111", "ISR")]  # no repeat
