"""Facts the shipped actor dictionaries must hold for armed groups, metonyms and IGOs.

Each case names a phrase, a story date and the code a careful coder would give it on
that date; the dates sit on both sides of the changes the dictionaries record.
"""

import pytest

from conftest import events_of
from coder.actors import match_actors
from coder.text import tokenize


def codes_of(full, text, day):
    return [a.code for a in match_actors(tokenize(text), full.actors, day, full.verb_forms)]


@pytest.mark.parametrize("text,day,code", [
    # The Taliban: rebels, government, insurgents, government again.
    ("the Taliban", "1995-06-01", "AFGREB"),
    ("the Taliban", "1999-06-01", "AFGGOV"),
    ("the Taliban", "2010-06-01", "AFGINS"),
    ("the Taliban", "2021-08-15", "AFGGOV"),
    # Sudan's RSF: a state paramilitary until the war of April 2023.
    ("the Rapid Support Forces", "2019-06-03", "SDNMIL"),
    ("the RSF", "2023-04-14", "SDNMIL"),
    ("the RSF", "2023-04-15", "SDNREB"),
    ("Hemedti", "2021-01-01", "SDNGOV"),
    ("Hemedti", "2024-01-01", "SDNREB"),
    # The TPLF between party and rebellion.
    ("the TPLF", "2015-01-01", "ETHPTY"),
    ("the TPLF", "2021-06-01", "ETHREB"),
    ("the TPLF", "2023-06-01", "ETHPTY"),
    # Wagner's day of mutiny.
    ("Wagner", "2023-06-01", "RUSMIL"),
    ("Wagner", "2023-06-24", "RUSREB"),
    # FARC: rebels, party years, dissidents.
    ("FARC", "2010-01-01", "COLREB"),
    ("FARC", "2019-01-01", "COLPTY"),
    ("FARC", "2022-01-01", "COLREB"),
    # HTS took Damascus on 2024-12-08.
    ("Hayat Tahrir al-Sham", "2020-01-01", "SYRREB"),
    ("Hayat Tahrir al-Sham", "2025-01-01", "SYRGOV"),
    # Fano fought beside the army in Tigray, then against it.
    ("Fano militias", "2021-06-01", "ETHUAF"),
    ("Fano militias", "2024-01-01", "ETHREB"),
    # Bare "Maoists": Nepal during its war, India otherwise.
    ("Maoist rebels", "2001-06-01", "NPLREB"),
    ("Maoist rebels", "2010-04-06", "INDINS"),
    # The ANC: armed struggle, transition, government party.
    ("the ANC", "1990-03-01", "ZAFREB"),
    ("the ANC", "1992-03-01", "ZAFOPP"),
    ("the ANC", "2000-03-01", "ZAFPTY"),
])
def test_groups_change_role_with_the_date(full, text, day, code):
    assert codes_of(full, text, day) == [code]


@pytest.mark.parametrize("text,code", [
    ("Hezbollah", "LBNREB"), ("Hizballah", "LBNREB"), ("Hizbollah", "LBNREB"),
    ("Hamas", "PSEREB"), ("the Qassam Brigades", "PSEREB"), ("Palestinian Islamic Jihad", "PSEREB"),
    ("Fatah", "PSEPTY"), ("Ansar Allah", "YEMREB"), ("the Huthis", "YEMREB"),
    ("Daesh", "IMGMUSISI"), ("ISIL", "IMGMUSISI"), ("al-Shabab", "SOMINS"), ("Shebab", "SOMINS"),
    ("ISWAP", "NGAINS"), ("Boko Haram", "NGAINS"), ("the PKK", "TURREB"), ("the YPG", "SYRREB"),
    ("M23", "CODREB"), ("JNIM", "MLIINS"), ("the Allied Democratic Forces", "CODINS"),
    ("the ELN", "COLREB"), ("the Arakan Army", "MMRREB"),
    ("the KIA", "MMRREB"), ("the TTP", "PAKINS"), ("the BLA", "PAKINS"),
    ("the Lord's Resistance Army", "UGAREB"), ("the Janjaweed", "SDNUAF"),
    ("Kataib Hezbollah", "IRQUAF"), ("Lashkar-e-Taiba", "INDINS"), ("Jaish-e-Mohammed", "INDINS"),
    ("the LTTE", "LKAREB"), ("CPI (Maoist)", "INDINS"), ("CPI(Maoist)", "INDINS"),
    ("Abu Sayyaf", "PHLINS"), ("the New People's Army", "PHLINS"), ("Sendero Luminoso", "PERINS"),
    ("the Zapatistas", "MEXREB"), ("Ambazonian separatists", "CMRREB"),
    ("Anglophone separatists", "CMRREB"), ("the Haqqani network", "AFGINS"),
])
def test_named_groups_and_their_spellings(full, text, code):
    assert codes_of(full, text, "2020-06-01") == [code]


@pytest.mark.parametrize("text,day,code", [
    # The country inside these phrases is the backer, not the actor.
    ("pro-Russian separatists", "2015-01-10", "UKRREB"),
    ("Russian-backed separatists", "2015-01-10", "UKRREB"),
    ("anti-Assad rebels", "2013-01-01", "SYRREB"),
    ("ethnic Albanian rebels", "2001-05-01", "MKDREB"),
    ("Albanian rebels", "1999-03-01", "XKXREB"),
    ("Iran-backed Houthis", "2020-01-01", "YEMREB"),
])
def test_phrases_that_name_a_backer(full, text, day, code):
    assert codes_of(full, text, day) == [code]


def test_case_sensitive_acronyms_leave_ordinary_words_alone(full):
    assert codes_of(full, "Lebanese Forces", "2020-01-01") == ["LBNPTY"]
    assert codes_of(full, "Lebanese forces", "2020-01-01") == ["LBNMIL"]
    assert codes_of(full, "the ETA", "2010-01-01") == ["ESPINS"]
    assert codes_of(full, "an eta of ten minutes", "2010-01-01") == []


def test_dead_leaders_are_not_coded_after_their_death(full):
    assert codes_of(full, "Hassan Nasrallah", "2020-01-01") == ["LBNREB"]
    assert codes_of(full, "Hassan Nasrallah", "2025-01-01") == []


@pytest.mark.parametrize("text,day,code", [
    ("the Kremlin", "2020-01-01", "RUSGOV"), ("the White House", "2020-01-01", "USAGOV"),
    ("the Pentagon", "2020-01-01", "USAMIL"), ("Downing Street", "2020-01-01", "GBRGOV"),
    ("the Elysee", "2020-01-01", "FRAGOV"), ("Zhongnanhai", "2020-01-01", "CHNGOV"),
    ("the Blue House", "2020-01-01", "KORGOV"), ("Foggy Bottom", "2020-01-01", "USAGOV"),
    ("the CIA", "2020-01-01", "USASPY"), ("Pyongyang", "2020-01-01", "PRK"),
    ("Tehran", "2020-01-01", "IRN"), ("Beijing", "2020-01-01", "CHN"),
    ("Myanmar's junta", "2022-01-01", "MMRGOV"), ("the State Administration Council", "2022-01-01", "MMRGOV"),
    ("the CNSP", "2020-09-01", "MLIGOV"), ("the CNSP", "2023-09-01", "NERGOV"),
    ("KCNA", "2020-01-01", "PRKMED"),
])
def test_metonyms_and_named_juntas(full, text, day, code):
    assert codes_of(full, text, day) == [code]


def test_a_junta_without_a_country_is_coded_by_role_alone(full):
    assert codes_of(full, "the junta", "2022-01-01") == ["GOV"]


@pytest.mark.parametrize("text,code", [
    ("Mercosur", "IGOSAMMSR"), ("the OECD", "IGOOED"), ("OPEC+", "IGOOPC"), ("the IPCC", "IGOUNOENV"),
    ("the International Crisis Group", "NGO"), ("the CSTO", "IGOCASCST"), ("ECOWAS", "IGOWAFWAS"),
    ("the Arab League", "IGOMEAARL"), ("Doctors Without Borders", "NGOHLHMSF"),
])
def test_organisations(full, text, code):
    assert codes_of(full, text, "2020-06-01") == [code]


def test_houthi_missile_sentence(full):
    events = events_of(full, "Houthi rebels fired missiles at Saudi Arabia.", "2019-09-14")
    assert ("YEMREB", "195", "SAU") in events
