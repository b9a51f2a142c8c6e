"""English dates of the dev date errors sorted by cause (eval/README.md, coder-dates29): a
quotation attributed with no time after a sentence whose ``said on`` dated the statement, and an
answer (``responded``) right after the dated act it answers. Wire stories of our own, coded on
test_en_batch22.DAY (2021-03-10, a Wednesday); each with a neighbour that must keep the lead's
day.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

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
