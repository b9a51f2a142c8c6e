"""Errors of the seed-191 batch mended at their construction (coder-zh120, eval/README.md):
our own sentences, read as items of a broadcast of 3 March 2025."""

from datetime import date

import pytest

from tests.coder.conftest import acts_table, broadcast

D = date(2025, 3, 3)

REACTION_TO_THIS = """
# 对此 answers the other state its own sentence names before the reaction, not the body the
# story opens on
IRN 11 FRA  联合国安理会3日就管道问题举行公开会。联合国副秘书长强调，破坏基础设施应受到调查。伊朗代表表示，法国等国对这一事件的调查毫无进展，且拒绝分享结果，伊朗方面对此表示强烈不满。
# with none there, the last sentence's doer, as before
KOR 11 JPN  日本首相参拜靖国神社。韩国驻日使馆当天对此表示失望。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(REACTION_TO_THIS))
def test_this_answers_the_state_its_own_sentence_names(text, acts):
    assert broadcast(text, D) == acts


def test_a_place_in_the_reactions_sentence_is_not_what_it_answers():
    acts = broadcast("联合国安理会3日举行会议。伊朗代表在纽约表示，伊朗方面对此表示强烈不满。", D)
    assert ("IRN", "11", "USA") not in acts


REGION_FORUM = """
# a message to a forum of China and a region congratulates no state of the item it is told in
CHN 04 ETH  李强会见埃塞俄比亚总理。今年6月，习近平主席向中非合作论坛部长级会议致贺信，宣布中国对非洲国家实施零关税。
CHN 04 EGY  王毅会见埃及外长。习近平主席向中阿合作论坛部长级会议致贺信。
# a forum of two states still congratulates the other one
CHN 04 RUS; CHN 05 RUS  王毅会见俄罗斯外长。习近平主席向第四届中俄能源商务论坛致贺信。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(REGION_FORUM))
def test_a_regions_forum_names_no_partner(text, acts):
    assert broadcast(text, D) == acts


CHAIRS_INVITATION = """
# an attendance at the invitation of a state named with its chair's title meets that state
CHN 04 IND  应金砖国家轮值主席国印度总理莫迪邀请，国务院总理李强出席金砖国家领导人第十八次会晤。
CHN 04 MYS  应东盟轮值主席国马来西亚总理安瓦尔邀请，国务院总理李强出席东亚合作领导人系列会议。
# announced, it is the intent, as without the title
CHN 03 MYS  应东盟轮值主席国马来西亚总理安瓦尔邀请，国务院总理李强将出席东亚合作领导人系列会议。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(CHAIRS_INVITATION))
def test_a_chairs_invitation_names_the_inviter(text, acts):
    assert broadcast(text, D) == acts
