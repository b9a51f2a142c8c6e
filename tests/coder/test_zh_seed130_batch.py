"""What the seed-130 dev batch of whole CCTV items (eval/README.md, ``xwlb_docs``) showed the
coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 4 January 2023."""

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.coder.dates import find_dates
from dipwatch.models import Document
from tests.coder.conftest import broadcast

D = date(2023, 1, 4)


def dated(text: str) -> set[tuple[str, str, str, str]]:
    """(source country, root, target country, day) of the events of ``text`` read as an item
    of the broadcast of ``D``."""
    doc = Document(text, published=D, kind="xwlb", source="xwlb")
    return {
        ((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3], e.date.isoformat())
        for e in code_document(doc)
    }


@pytest.mark.parametrize(
    "text",
    [
        # the other side's report, with no date of its own, after a claim of the first side
        # about the same pair's force dated another day
        "俄国防部3日称，俄军打击了乌军阵地。俄方还称，1日发生的一处俄军营地遭乌军炮击事件造成多人死亡。"
        "乌克兰方面称，乌军击退了俄军进攻，并对俄军弹药库进行了打击。",
        "以色列国防军3日称，以军空袭了加沙地带多处目标。以方还称，1日发生的以军哨所遭哈马斯袭击事件造成两人受伤。"
        "哈马斯方面称，其武装人员对以军坦克进行了打击。",
    ],
)
def test_a_sides_own_report_tells_the_days_force(text):
    acts = dated(text)
    doer = "UKR" if "乌克兰方面" in text else "PSE"
    target = "RUS" if doer == "UKR" else "ISR"
    assert (doer, "19", target, "2023-01-03") in acts
    assert (doer, "19", target, "2023-01-01") in acts


def test_the_same_sides_force_told_again_stays_one_event():
    # no report of the doer's side opens the sentence: still the same day's force told again
    text = "俄国防部3日称，1日发生的一处俄军营地遭乌军炮击事件造成多人死亡。乌军炮击了俄军营地。"
    assert len([a for a in dated(text) if a[0] == "UKR"]) == 1


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # a day right before 发生的 dates the thing named; it leads no later sentence
        ("俄方还称，1日发生的袭击事件造成多人死亡。乌方称，乌军打击了俄军阵地。", None),
        # a lead day still leads
        ("1日，俄军打击了乌军阵地。乌方称，乌军打击了俄军阵地。", "2023-01-01"),
    ],
)
def test_a_day_of_what_happened_leads_nothing(text, lead):
    first = find_dates(text, D)[0]
    assert first.attributive == (lead is None)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # support of a pair's cooperation is no support of the pair's first member
        ("马耳他将继续支持欧盟同中国加强合作。", ("MLT", "EEC")),
        ("泰国支持东盟与日本深化经贸关系。", ("THA", "ASN")),
    ],
)
def test_support_of_a_pairs_act_is_not_of_its_member(text, act):
    assert act not in {(s, t) for s, _, t in broadcast(text, D)}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # support of a state itself, or of its act with no partner, stays support
        ("马耳他支持欧盟发挥更大作用。", ("MLT", "05", "EEC")),
        ("泰国支持东盟，愿同日本深化合作。", ("THA", "05", "ASN")),
    ],
)
def test_support_of_a_state_stays(text, act):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a state that will take forward its own pair's friendly ties means to cooperate with
        # the other of the pair
        ("普京表示，俄方将继续发挥建设性作用，推动俄中友好关系不断发展。", ("RUS", "03", "CHN")),
        (
            "马耳他总理表示，马耳他将继续在欧盟发挥建设性作用，推动马中友好关系走深走实。",
            ("MLT", "03", "CHN"),
        ),
    ],
)
def test_a_state_pushing_its_own_pairs_ties_means_to_cooperate(text, act):
    assert act in broadcast(text, D)


def test_pushing_others_ties_is_no_intent_towards_them():
    acts = broadcast("美方将继续施压，推动日韩友好关系。", D)
    assert not {a for a in acts if a[0] == "USA" and a[1] == "03"}
