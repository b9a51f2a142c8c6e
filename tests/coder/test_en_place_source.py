"""Acts told without a named doer but with where they happened (``source: place``): a bombing
in a city, crowds marching in a capital, someone put under investigation in a state. Our own
sentences, not the PLOVER gold; and each such rule leaves the fold it was written from."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.api.evaluate_plover import fold_coder
from dipwatch.coder.doc import Document
from dipwatch.evaluation import default_gold_dir
from dipwatch.evaluation.folds import load_tuning
from tests.coder.conftest import countries, triples

D = date(2001, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A judge was killed in a car bomb explosion near the courts in Kabul.", ("AFG", "18", "")),
        ("A suicide bomber blew himself up at a checkpoint in Baghdad, killing five.",
         ("IRQ", "18", "")),
        ("Thousands of people marched in Paris against the pension reform.", ("FRA", "14", "")),
        ("A Canadian tourist has been put under investigation in Spain over the fire.",
         ("ESP", "09", "CAN")),
    ],
)  # fmt: skip
def test_the_place_is_the_doer_of_an_act_without_one(code, text, expected):
    assert expected in countries(code(text, D))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Japanese tourists were kidnapped in Yemen.", ("YEM", "18", "JPN")),
        ("Two American journalists have been detained in Iran.", ("IRN", "17", "USA")),
        ("Ten opposition activists were arrested in Harare.", ("ZWE", "17", "ZWE")),
    ],
)  # fmt: skip
def test_a_doerless_passive_is_the_act_of_its_place(code, text, expected):
    assert expected in countries(code(text, D))


def test_a_doerless_passive_on_the_places_own_people_has_no_known_doer(code):
    assert countries(code("Two Afghan soldiers were killed in Kandahar.", D)) == []


def test_a_passive_with_its_doer_is_the_doers_act(code):
    found = triples(code("Two Japanese tourists were kidnapped by rebels in Yemen.", D))
    assert found == [("YEMREB", "181", "JPN")]


def test_no_place_no_event(code):
    assert countries(code("Thousands of people marched against the pension reform.", D)) == []


def test_a_hunger_strike_is_no_military_strike(code):
    found = countries(code("A Syrian deputy began a hunger strike to protest Assad's refusal.", D))
    assert ("SYR", "19", "SYR") not in found


@pytest.mark.parametrize(
    ("fold", "text"),
    [
        (1, "Thousands of people marched in Paris against the pension reform."),
        (1, "Fierce fighting broke out between Armenian and Azerbaijani forces."),
        (2, "A Canadian tourist has been put under investigation in Spain over the fire."),
        (3, "A judge was killed in a car bomb explosion near the courts in Kabul."),
        (3, "Two Japanese tourists were kidnapped in Yemen."),
        (2, "Ten opposition activists were arrested in Harare."),
    ],
)
def test_a_rule_listed_under_a_fold_is_not_used_on_that_fold(code, fold, text):
    """The cross-validation is honest only if a fold is coded without what its records shaped."""
    tuned = load_tuning(default_gold_dir() / "plover_tuning.yaml")
    doc = Document(text=text, source="plover", lang="en", published=D, location="t")
    assert countries(code(text, D))  # the full rules code it
    assert not [e for e in fold_coder(tuned[fold])(doc) if e.root in ("09", "14", "17", "18", "19")]
