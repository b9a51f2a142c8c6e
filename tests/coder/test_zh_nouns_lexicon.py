"""Acts told by nouns, words the lexicon lacked, and acts a pair agrees to go on with (issue 10,
eval/README.md "Acts told by nouns, the lexicon's gaps, the doer from the item"): a visit made in
a foreign host's company (在…陪同下参观) is a meeting with the host; supplies handed over (移交)
are aid; envoys exchanged (互派大使) are relations restored; an exchange agreed to go on
(同意继续交换被俘人员) is one to come; a reply that encourages or thanks a state's people
(复信…，鼓励…) praises them. Sentences of our own, with the neighbours the rules must leave
alone."""

from datetime import date

import pytest

from tests.coder.conftest import acts_table, broadcast

DAY = date(2025, 6, 12)

FOUND = """
# a visit made in a foreign host's company meets the host
CHN 04 FRA  王毅在法国外长巴罗陪同下参观了卢浮宫。
CHN 04 LAO  国家主席习近平夫人彭丽媛在老挝国家主席夫人陪同下参观了一所学校。
CHN 04 EGY  李强在埃及总理马德布利陪同下检阅仪仗队。
# supplies handed over are aid
CHN 07 LAO  中国政府向老挝移交了一批抗疫物资。
# envoys exchanged restore relations; announced, an intent
EGY 05 TUR  埃及与土耳其宣布互派大使。
IRN 03 SAU  伊朗副外长表示，伊朗和沙特阿拉伯将在两周内互派大使。
# an exchange the pair agrees to go on with is to come; one done is a release
RUS 03 UKR  俄乌代表团12日在伊斯坦布尔举行谈判。双方同意继续交换被俘人员。
RUS 08 UKR  俄乌双方3日再次交换被俘人员。
# a reply that encourages or thanks a state's people praises them
CHN 05 PRT  近日，国家主席习近平复信葡萄牙一所中学的学生，鼓励他们学好中文。
CHN 05 GRC  国家主席习近平3日给希腊友好人士回信，感谢他们长期致力于中希友好。
"""

#: The root must not be found: one's own officials' or a firm's company, persons handed over,
#: envoys still to be exchanged, an exchange only agreed, a reply to one's own people.
NOT_FOUND = """
04  习近平在浙江省委书记陪同下考察了杭州的一家企业。
04  李强在一家汽车公司董事长陪同下参观了展区。
07  俄方向白俄罗斯移交了两名嫌疑人。
05  伊朗副外长表示，伊朗和沙特阿拉伯将在两周内互派大使。
08  俄乌代表团12日在伊斯坦布尔举行谈判。双方同意继续交换被俘人员。
05  近日，习近平给一所小学的学生们回信，勉励他们好好学习。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(FOUND))
def test_the_act_told_is_found(text, acts):
    assert acts <= broadcast(text, DAY)


@pytest.mark.parametrize("row", NOT_FOUND.strip().splitlines())
def test_the_neighbour_is_no_such_act(row):
    root, text = row.split("  ", 1)
    assert root not in {r for _, r, _ in broadcast(text, DAY)}
