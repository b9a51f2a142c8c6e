"""What the seed-200 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``,
coder-zh135) showed the coder doing wrong, mended at its construction: a consensus of leaders
that an item on another official's meeting recalls, with no date of its own, is background,
not an act of the day (``zh_aspect.not_a_consensus_recalled``); another state's act or words
a speaker calls tiresome, outrageous or regrettable (令人厌倦, 令人愤慨, 令人遗憾), also with a
degree word or a quotation mark between, are his criticism of their doer
(``zh.111.said_act_wrong``). Our own sentences, as items of a broadcast of 17 February 2022."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2022, 2, 17)


@pytest.mark.parametrize(
    "text",
    [
        "全国人大常委会委员长17日同新西兰议长举行会谈。委员长指出，今年是两国建交50周年。"
        "习近平主席同阿德恩总理就两国关系发展达成重要共识。",
        "中央政治局常委17日会见马来西亚总理。常委表示，习近平主席同总理先生就共建中马命运共同体"
        "达成重要共识。",
    ],
)
def test_a_leaders_consensus_recalled_in_another_officials_meeting_is_no_act(text: str) -> None:
    acts = broadcast(text, DAY)
    assert not {a for a in acts if a[1] == "01"}


@pytest.mark.parametrize(
    "text",
    [
        # the item is the leader's own: his name opens it
        "国家主席习近平17日同新西兰总理阿德恩通电话。习近平同阿德恩就两国关系发展达成重要共识。",
        # a word of this occasion, or a date of its own
        "委员长17日同新西兰议长举行会谈。双方认为，习近平主席此次同阿德恩总理就两国关系达成重要共识。",
        "委员长17日同新西兰议长举行会谈。委员长表示，习近平主席昨天同阿德恩总理就两国关系达成重要共识。",
    ],
)
def test_a_consensus_of_the_items_own_occasion_stands(text: str) -> None:
    acts = broadcast(text, DAY)
    assert ("CHN", "01", "NZL") in acts


@pytest.mark.parametrize(
    "text, pair",
    [
        ("俄罗斯方面表示，北约持续的污蔑和威胁令人厌倦。", ("RUS", "11", "NAT")),
        ("伊朗外交部发言人17日表示，美方的相关言论令人愤慨。", ("IRN", "11", "USA")),
        ("日本外务大臣17日表示，韩方的这一决定的做法令人遗憾。", ("JPN", "11", "KOR")),
        ("欧盟17日表示，美国的关税威胁“绝对不可接受”。", ("EEC", "11", "USA")),
        ("西班牙首相17日表示，美方的这些制裁“构成了非常令人担忧的先例”。", ("ESP", "11", "USA")),
    ],
)
def test_another_states_act_called_tiresome_or_outrageous_is_criticism(
    text: str, pair: tuple[str, str, str]
) -> None:
    assert pair in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # no act of a state is judged: a situation, or the speaker's own people's voices
        "美国疾控中心主任17日表示，美国疫情形势再度令人担忧。",
        "美国专家表示，美国新冠疫苗的接种率仍令人担忧。",
        # the threat is the speaker's fear of one, not a state's act he judges
        "俄罗斯方面表示，如果北约继续东扩，威胁将令人不安。",
    ],
)
def test_no_criticism_without_a_states_act_judged(text: str) -> None:
    assert not {a for a in broadcast(text, DAY) if a[1] == "11"}
