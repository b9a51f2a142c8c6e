"""Classes of error met judging random CCTV days no gold holds (issue 10, eval/README.md
"Judging output no gold holds", seeds 100, 105 and 106), each fixed as a rule about a
construction (``zh_unseen``, and the actor and selection steps named); the sentences are our
own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

D = date(2024, 3, 12)


def _events(text: str) -> list[tuple[str, str, str]]:
    """(source, code, target) of every event of ``text`` read as a broadcast item."""
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb"))
    return [(e.source_actor or "", e.code, e.target_actor or "") for e in c.events]


def _roots(text: str, root: str) -> list[tuple[str, str]]:
    """(source country, target country) of the events of ``root`` in ``text``."""
    return [(s[:3], t[:3]) for s, code, t in _events(text) if code[:2] == root]


def test_the_one_killed_in_an_attack_did_not_make_it():
    text = "一名伊朗将领12日在美国和以色列对伊朗的联合袭击中遇害。"
    assert ("IRN", "USA") not in _roots(text, "19")
    assert ("ISR", "IRN") in _roots(text, "19")


def test_force_a_state_is_allowed_to_use_is_no_strike():
    text = "据报道，一些北约国家12日允许乌克兰使用其提供的武器打击俄罗斯境内的目标。"
    assert not _roots(text, "19")
    assert _roots("乌克兰12日使用远程武器打击俄罗斯境内的目标。", "19") == [("UKR", "RUS")]


def test_residents_suing_their_own_government_sue_no_foreign_state():
    text = (
        "冲绳数千居民就美军机噪音提起诉讼12日，日本冲绳县一处美军基地附近的居民向法院提起诉讼，"
        "指控该基地军机噪音影响生活，要求日本政府限制美军军机夜间飞行。"
    )
    assert not [e for e in _events(text) if e[0][:3] == "USA" or e[2][:3] == "USA"]


def test_a_state_suing_another_in_an_international_court_still_sues():
    text = "菲律宾12日就海洋争端向国际仲裁庭提起诉讼，要求中国停止相关活动。"
    assert ("PHL", "CHN") in [(s[:3], t[:3]) for s, _, t in _events(text)]


def test_a_pair_of_short_forms_criticising_a_third_state_is_both_states():
    text = "中俄外长12日在会谈中批评美国的单边做法。"
    assert sorted(_roots(text, "11")) == [("CHN", "USA"), ("RUS", "USA")]


def test_support_wished_of_others_is_not_given():
    text = "王毅表示，希望包括法国在内的欧洲国家保持客观，支持中方为维护和平所作的努力。"
    assert ("FRA", "CHN") not in _roots(text, "05")
    assert ("FRA", "CHN") in _roots("法国12日表示支持中方为维护和平所作的努力。", "05")


def test_a_coercive_act_a_purpose_clause_names_is_not_done():
    text = "俄总统指出，2013年，为抓捕揭露美国情报机构监听行为的那名前雇员，美国曾迫使一架外国专机在欧洲降落。"
    assert not _roots(text, "17")


def test_a_crowd_opposing_a_state_then_demanding_its_own_government():
    text = (
        "24日，数千名韩国民众在首尔举行今年以来第三次大规模集会，反对日本将核污染水排海，"
        "要求韩国政府向国际法庭提起诉讼，敦促日本政府在陆地建设设施。"
    )
    events = _events(text)
    assert not [e for e in events if e[0][:3] == "JPN" and e[1][:2] == "10"]
    assert [(s[:3], t[:3]) for s, code, t in events if code[:2] == "10"] == [("KOR", "JPN")]


def test_taiwan_independence_opposed_never_endorses_one_china():
    text = "各国反对“台独”的立场越坚决，坚持一个中国原则的态度越鲜明，地区就越稳定。"
    assert not [e for e in _events(text) if e[0][:3] == "TWN"]


def test_a_statement_that_speaks_is_not_the_home_state():
    text = (
        "12日，约旦、埃及和沙特三国外长发表联合声明，呼吁停火。"
        "声明强调，以色列必须停止对加沙地带的军事行动。"
    )
    assert not [e for e in _events(text) if e[0][:3] == "CHN"]
    spoken = "外交部发言人12日表示，美方必须停止对中国企业的打压。"
    assert ("CHN", "USA") in _roots(spoken, "10")


def test_a_view_of_sanctions_is_no_sanction():
    text = "德国一位前总理12日撰文称，对俄罗斯的经济制裁并没有让俄罗斯经济陷入困境。"
    assert not _roots(text, "16")
    assert _roots("德国12日宣布对俄罗斯实施新的经济制裁。", "16") == [("DEU", "RUS")]
    assert _roots("美国12日制裁了多家与俄罗斯有关的企业。", "16") == [("USA", "RUS")]


def test_a_release_announced_for_a_later_day_is_intent():
    text = "哈马斯12日表示，将于下周释放4名以色列被扣押人员。"
    assert [code for _, code, _ in _events(text)] == ["0353"]
    assert [code for _, code, _ in _events("哈马斯12日释放了4名以色列被扣押人员。")] == ["084"]


def test_palestinian_armed_factions_are_the_groups():
    text = "巴勒斯坦武装派别12日称，其成员在汗尤尼斯同以军交火。"
    assert [s for s, code, _ in _events(text) if code[:2] == "19"] == ["PSEREB"]


def test_a_raid_with_killings_that_day_is_one_act_of_force():
    text = "以军12日闯入约旦河西岸杰宁难民营。巴方称，以军在当地打死了三名巴勒斯坦人。"
    assert [code[:2] for _, code, _ in _events(text)] == ["19"]
    assert [code for _, code, _ in _events("以军12日闯入约旦河西岸杰宁难民营。")] == ["150"]


@pytest.mark.parametrize(
    "text",
    [
        "连日来，台风“范斯高”和“白鹿”先后袭击菲律宾北部。",
        "菲律宾北部遭台风袭击\n连日来，台风“白鹿”“范斯高”先后袭击菲律宾北部。",
        "伊朗革命卫队12日称，使用法塔赫导弹袭击了以色列境内的目标。",
    ],
)
def test_a_storm_or_a_weapon_named_after_someone_is_no_actor(text):
    assert not [e for e in _events(text) if e[0][:3] in ("USA", "PSE")]


def test_an_armed_group_before_its_weapon_owns_it():
    assert _roots("真主党火箭弹12日袭击了以色列北部。", "19") == [("LBN", "ISR")]
    assert _roots("美军战机12日击落一架中共无人机。", "19") == [("USA", "CHN")]
