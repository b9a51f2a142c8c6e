"""English dates of the dev date errors sorted by cause (eval/README.md, coder-dates29): a
quotation attributed with no time after a sentence whose ``said on`` dated the statement, and an
answer (``responded``) right after the dated act it answers, and a plan's place between
``planned for`` and its time. Wire stories of our own, coded on
test_en_batch22.DAY (2021-03-10, a Wednesday); each with a neighbour that must keep the lead's
day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder import test_en_batch22 as batch22
from tests.coder import test_en_dates23 as dates23

D = "2021-03-10"
TUE = "2021-03-09"
MON = "2021-03-08"
# Each case: why, the story, the events that must be found, the (source, root, target) absent.
CASES = [
    ("a quotation attributed after the paragraph's dated statement: the statement's day",
     "SEOUL, March 10 (Dipwatch) - The United States began deploying a missile defence system "
     "in South Korea on Monday.\n\nChina said on Tuesday it firmly opposed the deployment. "
     '"We will take necessary measures," foreign ministry spokesman Wang Wenbin told a regular '
     "briefing, and he urged the United States to stop the deployment.",
     [("CHN", "100", "USA", TUE)], []),
    ("control: the quotation opens the next paragraph: the lead's day",
     "SEOUL, March 10 (Dipwatch) - The United States began deploying a missile defence system "
     "in South Korea on Monday.\n\nChina said on Tuesday it firmly opposed the deployment.\n\n"
     '"We will take necessary measures," foreign ministry spokesman Wang Wenbin told a regular '
     "briefing, and he urged the United States to stop the deployment.",
     [("CHN", "100", "USA", MON)], []),
    ("control: no quotation opens the sentence: the lead's day",
     "SEOUL, March 10 (Dipwatch) - The United States began deploying a missile defence system "
     "in South Korea on Monday.\n\nChina said on Tuesday it firmly opposed the deployment. "
     "Foreign ministry spokesman Wang Wenbin told a regular briefing that he urged the United "
     "States to stop the deployment.",
     [("CHN", "100", "USA", MON)], []),
    ("an answer right after the dated act it answers: that act's day",
     "ANCHORAGE, March 10 (Dipwatch) - Talks between the United States and China ended on "
     "Wednesday.\n\nBlinken told Yang Jiechi on Monday that China's actions threatened the "
     "rules-based order.\n\nYang responded with a speech accusing the United States of "
     "hypocrisy.",
     [("CHN", "112", "USA", MON)], []),
    ("control: an answer with a time of its own keeps it",
     "ANCHORAGE, March 10 (Dipwatch) - Talks between the United States and China ended on "
     "Wednesday.\n\nBlinken told Yang Jiechi on Monday that China's actions threatened the "
     "rules-based order.\n\nYang responded on Tuesday with a speech accusing the United States "
     "of hypocrisy.",
     [("CHN", "112", "USA", TUE)], []),
    ("control: no answer's verb: the lead's day",
     "ANCHORAGE, March 10 (Dipwatch) - Talks between the United States and China ended on "
     "Wednesday.\n\nBlinken told Yang Jiechi on Monday that China's actions threatened the "
     "rules-based order.\n\nYang gave a speech accusing the United States of hypocrisy.",
     [("CHN", "112", "USA", D)], []),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_dates_of_the_dev_errors_by_cause(why: str, text: str, found: list, absent: list) -> None:
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)


@pytest.mark.parametrize(
    "text",
    [
        "Washington cancelled a summit with Putin planned for Moscow in September.",
        "Tokyo called off the talks with Seoul scheduled for Busan on Saturday.",
    ],
)
def test_a_plans_place_before_its_time_leaves_it_the_plans(text):
    """``planned for Moscow in September``: the month after the plan's place is the plan's (not
    the last September), so the cancelling takes the story's day (a Thursday, 14 March)."""
    assert dates23._date(text, text.split()[1]) == dates23._DAY


def test_a_time_of_its_own_after_a_plans_place_still_dates_the_act():
    """Guard: the cancelling's own day, before the plan, keeps dating it."""
    text = "Washington on Tuesday cancelled a summit with Putin planned for Moscow in September."
    assert dates23._date(text, "cancelled") == date(2024, 3, 12)
