"""Names, counts and dates in the reader's language (dipwatch.i18n)."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch import i18n
from dipwatch.errors import InputError
from dipwatch.models import LANGS
from dipwatch.reference import REGIONS, countries


@pytest.mark.parametrize("lang", LANGS)
def test_every_region_has_a_name_in_every_language(lang):
    names = [i18n.region_name(r, lang) for r in REGIONS]
    assert all(names) and len(set(names)) == len(REGIONS)
    if lang != "en":
        assert not any(n in REGIONS for n in names), names


@pytest.mark.parametrize("lang", LANGS)
def test_no_state_is_named_by_its_code(lang):
    for c in countries():
        assert i18n.name(c.iso3, lang) not in (c.iso3, c.iso2, ""), c.iso3


def test_actor_codes_and_organisations_are_named_by_their_country_or_group():
    assert i18n.name("USAGOV", "zh-Hant") == "美國"
    assert i18n.name("CHNMIL", "zh-Hans") == "中国"
    assert i18n.name("EEC", "en") == "European Union"
    assert i18n.name("XYZ", "en") == "XYZ"  # unknown: kept, never lost


@pytest.mark.parametrize(
    ("n", "lang", "expected"),
    [(0, "en", "0 states"), (1, "en", "1 state"), (21, "en", "21 states"),
     (1, "zh-Hans", "1个国家"), (1200, "en", "1,200 states")],
)  # fmt: skip
def test_counts_agree_with_their_noun(n, lang, expected):
    assert i18n.count(n, "state", lang) == expected


def test_lists_and_dates_read_as_the_language_writes_them():
    assert i18n.listing(["A"], "en") == "A"
    assert i18n.listing(["A", "B"], "en") == "A and B"
    assert i18n.listing(["美国", "日本"], "zh-Hans") == "美国和日本"
    assert i18n.day(date(2021, 11, 16), "zh-Hans") == "2021年11月16日"
    assert i18n.day(date(2021, 11, 16), "en", "year") == "2021"


def test_an_unknown_language_is_an_input_error_naming_the_valid_ones():
    with pytest.raises(InputError, match="zh-Hant, zh-Hans, en"):
        i18n.check_lang("fr")
