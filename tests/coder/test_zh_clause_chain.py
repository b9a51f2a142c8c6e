"""A clause that opens with its verb goes on from the clause before it (the seventh prose dev
batch, eval/README.md): its doer is the actor that opens that clause, a list of states
included, not the first actor of the sentence, which is the subject of another clause."""

from datetime import date

from tests.coder.conftest import countries


def test_a_list_opening_the_clause_before_the_verb_is_the_doer(code):
    text = (
        "5 日，法國外長在巴黎會見伊朗外長，德國、英國與義大利政府同日發表聲明，指責伊朗扣押油輪。"
    )
    got = set(countries(code(text, date(2019, 8, 1), genre="narrative")))
    assert {("DEU", "11", "IRN"), ("GBR", "11", "IRN"), ("ITA", "11", "IRN")} <= got
    assert ("FRA", "11", "IRN") not in got


def test_a_verb_with_no_clause_subject_before_it_still_falls_back_on_the_first_actor(code):
    text = "5 日，法國外長在記者會上發表談話，指責伊朗扣押油輪。"
    got = countries(code(text, date(2019, 8, 1), genre="narrative"))
    assert ("FRA", "11", "IRN") in got
