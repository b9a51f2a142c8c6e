"""English false alarms on dev, by cause (coder-en59's section of eval/README.md), in wire
sentences of our own: a past verb joined by "and" to an undated pluperfect of the story's own
narration shares its "had" and is background; a pledge of several states to help a third is
no intent between the pledgers; the East and South China Seas named together are no China; a
ruling welcomed is a court's act, not the story's target's.
"""

from __future__ import annotations

import pytest

from tests.coder import test_en_batch22 as batch22

# Coded on test_en_batch22.DAY (2021-03-10, a Wednesday). Each case: why, the story, the events
# that must be found (source, code, target, day), and the (source, root, target) that must not.
CASES = [
    (
        "had blamed … and accused, undated narration: both background",
        "NEW DELHI, March 10 (Dipwatch) - India had blamed the bombing on a Pakistan-based group "
        "and accused Islamabad of harbouring militants.",
        [],
        [("IND", "112", "PAK")],
    ),
    (
        "had blamed … on Monday and accused: dated, read",
        "NEW DELHI, March 10 (Dipwatch) - India had blamed the bombing on a Pakistan-based group "
        "on Monday and accused Islamabad of harbouring militants.",
        [("IND", "112", "PAK", "2021-03-08")],
        [],
    ),
    (
        "a sayer tells the pluperfect: the day's account, read",
        "NEW DELHI, March 10 (Dipwatch) - India said it had blamed the bombing on a group and "
        "accused Islamabad of harbouring militants.",
        [("IND", "112", "PAK", "2021-03-10")],
        [],
    ),
    (
        "denied that … had entered … and accused: the main verb's, read",
        "SEOUL, March 10 (Dipwatch) - Russia denied that its bombers had entered the zone and "
        "accused South Korean pilots of reckless flying.",
        [("RUS", "112", "KOR", "2021-03-10")],
        [],
    ),
    (
        "had a call … and accused: had is the verb, read",
        "NEW DELHI, March 10 (Dipwatch) - India had a phone call with Nepal and accused Islamabad "
        "of harbouring militants.",
        [("IND", "112", "PAK", "2021-03-10")],
        [],
    ),
    (
        "a new subject after and: its own clause, read",
        "NEW DELHI, March 10 (Dipwatch) - India had blamed the bombing on a group, and Japan "
        "accused Pakistan of harbouring militants.",
        [("JPN", "112", "PAK", "2021-03-10")],
        [],
    ),
    (
        "three states vowed to help a fourth: each one's intent to it, none between them",
        "SUVA, March 10 (Dipwatch) - Japan, Australia and New Zealand vowed on Sunday to help Fiji "
        "rebuild its ports.",
        [("JPN", "030", "FJI", "2021-03-07"), ("NZL", "030", "FJI", "2021-03-07")],
        [("JPN", "03", "AUS"), ("JPN", "03", "NZL"), ("AUS", "03", "NZL")],
    ),
    (
        "two states agreed on a plan: their agreement with each other stays",
        "GENEVA, March 10 (Dipwatch) - Japan and Australia agreed on Sunday on a plan to rebuild "
        "the ports.",
        [("JPN", "030", "AUS", "2021-03-07")],
        [],
    ),
    (
        "the East and South China Seas: a place, no China",
        "CANBERRA, March 10 (Dipwatch) - Australia and Japan said they were seriously concerned "
        "about the situation in the East and South China Seas.",
        [],
        [("AUS", "01", "CHN"), ("JPN", "01", "CHN")],
    ),
    (
        "control: concerned about China's conduct there is aimed at China",
        "CANBERRA, March 10 (Dipwatch) - Australia and Japan said they were seriously concerned "
        "about China's conduct in the East and South China Seas.",
        [("AUS", "012", "CHN", "2021-03-10")],
        [],
    ),
    (
        "a tribunal's ruling against China welcomed: no welcome of China",
        "MANILA, March 10 (Dipwatch) - An arbitration tribunal ruled against China's claims. The "
        "Philippines welcomed the ruling on Tuesday.",
        [],
        [("PHL", "05", "CHN")],
    ),
    (
        "control: a court named before its ruling is what is welcomed",
        "THE HAGUE, March 10 (Dipwatch) - Ukraine welcomed the U.N. court ruling on Tuesday.",
        [("UKR", "051", "UNO", "2021-03-09")],
        [],
    ),
    (
        "control: a state's decision welcomed is aimed at the story's doer",
        "ISLAMABAD, March 10 (Dipwatch) - China decided on Tuesday to send flood aid to Pakistan. "
        "Pakistan welcomed the decision.",
        [("PAK", "05", "CHN", "2021-03-09")],
        [],
    ),
    (
        "control: a place where two states vowed is no third party",
        "SINGAPORE, March 10 (Dipwatch) - Japan and Australia vowed on Sunday to keep the sea lanes "
        "open, at talks in Singapore.",
        [("JPN", "030", "AUS", "2021-03-07")],
        [],
    ),
]


@pytest.mark.parametrize(("why", "text", "found", "absent"), CASES, ids=[c[0] for c in CASES])
def test_english_false_alarms_by_cause(why: str, text: str, found: list, absent: list) -> None:
    batch22.test_constructions_of_the_fourteenth_batch(why, text, found, absent)
