"""Classes of error found in the seed-116 dev batch of whole CCTV items (eval/README.md,
``xwlb_docs``), each fixed as a rule about a construction; the sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder.dates import find_dates
from tests.coder.conftest import broadcast

D = date(2024, 3, 12)


def _events(text: str) -> set[tuple[str, str, str]]:
    """(source country, root, target country) of the events of ``text`` as a broadcast item."""
    return broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a given name opening with 若 (João, José, Jorge) is no if-word
        (
            "应国家主席习近平邀请，佛得角共和国总统若泽·马里亚·内韦斯将于3月14日至17日对中国进行国事访问。",
            ("CPV", "03", "CHN"),
        ),
        (
            "应国家主席习近平邀请，巴西总统若热·席尔瓦将于3月14日对中国进行国事访问。",
            ("BRA", "03", "CHN"),
        ),
        # drones or missiles downed, named with whose they are, are their launcher's strike
        ("乌克兰空军12日称，乌军击落了25架俄军发射的无人机。", ("RUS", "19", "UKR")),
        (
            "俄罗斯国防部12日称，俄防空系统过去一夜拦截并摧毁40架乌克兰无人机。",
            ("UKR", "19", "RUS"),
        ),
        ("以色列国防军12日称，以军拦截了10枚伊朗导弹。", ("IRN", "19", "ISR")),
        # troops still withdraw; a government still accuses; a rally is still a demonstration
        ("美军12日从阿富汗撤军。", ("USA", "08", "AFG")),
        ("叙利亚政府12日指控土耳其侵犯人权。", ("SYR", "11", "TUR")),
        ("12日，数千名韩国民众在首尔举行集会，反对日本将核污染水排海。", ("KOR", "14", "JPN")),
        # a state the speaker says tries to cover up or to smear is accused
        (
            "朝鲜外务省发言人12日表示，美国试图通过所谓人权问题来掩盖其自身的罪行。",
            ("PRK", "11", "USA"),
        ),
        ("伊朗外长12日回应称，以色列试图通过媒体抹黑伊朗。", ("IRN", "11", "ISR")),
        # a state's operation the speaker finds in breach of law is criticised
        ("联合国秘书长发言人12日表示，土耳其军队的行动违反了国际法。", ("UNO", "11", "TUR")),
        # medicines and food sent are aid
        (
            "世界卫生组织12日表示，世卫组织近期向加沙地带的医院运送了药品和燃料。",
            ("UNO", "07", "PSE"),
        ),
        ("土耳其12日向叙利亚提供了一批食品和生活物资。", ("TUR", "07", "SYR")),
    ],
)
def test_the_batchs_constructions_give_their_act(text, act):
    assert act in _events(text)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a real if-clause still makes the visit supposed
        ("巴西外长表示，若条件允许，巴西总统将对中国进行国事访问。", ("BRA", "04", "CHN")),
        # drones only bought, destroyed as targets on the ground, or watching are no strike
        ("波兰国防部12日表示，波兰将采购能够击落俄罗斯无人机的防空系统。", ("RUS", "19", "POL")),
        (
            "俄国防部12日称，俄军在赫尔松州摧毁多架乌军无人机、多管火箭炮排等军事目标。",
            ("UKR", "19", "RUS"),
        ),
        ("伊朗伊斯兰革命卫队12日击落一架美国“全球鹰”无人机。", ("USA", "19", "IRN")),
    ],
)
def test_what_only_looks_like_the_act_is_none(text, act):
    assert act not in _events(text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # diplomats and nationals leaving a country are evacuated, not withdrawn
        ("法国驻苏丹使馆工作人员12日开始撤离苏丹。", "08"),
        ("近日，多国外交人员和侨民已陆续撤离也门。", "08"),
        # a state's private people accuse in no one's name
        ("叙利亚居民及其亲属12日提起诉讼，指控土耳其政府侵犯人权。", "11"),
        ("据报道，也门难民12日指责沙特阿拉伯拖延援助。", "11"),
        # a try of no schemer's kind, or one denied, is no accusation
        ("俄国防部12日称，乌军试图渡过第聂伯河，被俄军击退。", "11"),
        ("伊朗外长12日表示，以色列并未试图掩盖其失败。", "11"),
        # fuel for an army is no aid
        ("俄国防部12日称，俄军打击了用于向乌军提供燃料的泊位设施。", "07"),
    ],
)
def test_no_act_of_the_root(text, root):
    assert not [e for e in _events(text) if e[1] == root]


def test_a_war_of_twelve_days_is_no_day():
    found = find_dates("6月13日，以色列对伊朗发动空袭，此后的12日战争中…", D)
    assert [m.day.isoformat() for m in found] == ["2023-06-13"]
