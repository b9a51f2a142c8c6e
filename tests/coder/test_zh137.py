"""Faults the eighteenth round left in Chinese, mended by their construction (eval/README.md,
coder-zh137). Sentences of our own, each read as an item of a broadcast."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

DAY = date(2025, 3, 4)


def _acts(text: str) -> set[tuple[str, str, str]]:
    return broadcast(text, DAY)


# (a) a missile fired at one side and intercepted by it: the interceptor's force on the firer,
# the firer's strike on the side it flew at (not the name nearest the missile as its owner).
_INTERCEPTED = {
    "沙特军方今天说，沙特防空部队拦截了也门胡塞武装向沙特南部边境发射的一枚弹道导弹。": {
        ("SAU", "19", "YEM"),
        ("YEM", "19", "SAU"),
    },
    "美军今天拦截了胡塞武装向美军驱逐舰发射的两枚导弹。": {
        ("USA", "19", "YEM"),
        ("YEM", "19", "USA"),
    },
    "以色列军方今天称，以军拦截了黎巴嫩真主党向以色列北部发射的多枚火箭弹。": {
        ("ISR", "19", "LBN"),
        ("LBN", "19", "ISR"),
    },
}


@pytest.mark.parametrize(("text", "events"), _INTERCEPTED.items())
def test_fire_intercepted_runs_from_the_firer(text, events):
    assert {a for a in _acts(text) if a[1] == "19"} == events


# (b) talks held with each side's delegation: a meeting with each side of the story.
def test_talks_with_each_sides_delegation():
    acts = _acts(
        "俄罗斯与乌克兰代表团今天在伊斯坦布尔举行谈判。土耳其外长今天分别会见了双方代表团。"
    )
    assert {("TUR", "04", "RUS"), ("TUR", "04", "UKR")} <= acts


def test_delegations_of_no_told_pair_give_no_meeting():
    assert not {a for a in _acts("土耳其外长今天分别会见了双方代表团。") if a[1] == "04"}


# (c) several sanctioners (or accusers) answered with 对此: each is the target; the accusers
# do not oppose China.
@pytest.mark.parametrize(
    "text",
    [
        "美国、英国和加拿大宣布对中国官员实施单边制裁，中方对此予以坚决反对。",
        "美国、英国、加拿大和欧盟日前宣布对中国有关个人和实体实施制裁。中方对此坚决反对。",
    ],
)
def test_this_answers_each_sanctioner(text):
    acts = _acts(text)
    assert {("CHN", "11", "USA"), ("CHN", "11", "GBR"), ("CHN", "11", "CAN")} <= acts


def test_accusers_answered_are_the_targets_not_the_doers():
    acts = _acts("美国、英国和澳大利亚滥用多边平台，对中国无端指责，中方对此坚决反对。")
    assert {("CHN", "11", "USA"), ("CHN", "11", "GBR"), ("CHN", "11", "AUS")} <= acts
    assert not {a for a in acts if a[2] == "CHN" and a[1] == "11"}


@pytest.mark.parametrize("text", ["日本对中国的做法，坚决反对。", "中方对美方的做法坚决反对。"])
def test_opposition_with_its_own_subject_stays(text):
    assert {a for a in _acts(text) if a[1] == "11"}


# (d) apologies: 表示歉意 to or over another state's loss is 055; one demanded is no apology.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("日本外务大臣今天向韩国政府表示歉意。", ("JPN", "05", "KOR")),
        ("俄罗斯总统今天对阿塞拜疆客机在俄罗斯境内发生的事故表示歉意。", ("RUS", "05", "AZE")),
    ],
)
def test_regret_expressed_is_an_apology(text, event):
    acts = _acts(text)
    assert event in acts


@pytest.mark.parametrize(
    "text", ["韩国外长今天要求日本对殖民统治历史表示歉意。", "日方今天拒绝对韩国表示歉意。"]
)
def test_regret_asked_or_refused_is_none(text):
    acts = _acts(text)
    assert not any(s == "JPN" and root == "05" for s, root, _ in acts)


# (e) a visit planned and put off: a contact halted (164), with the host; no visit.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("美国国务卿今天宣布推迟原定的访华行程。", ("USA", "16", "CHN")),
        ("法国外交部今天宣布推迟外长原定下周对日本的访问。", ("FRA", "16", "JPN")),
    ],
)
def test_visit_put_off(text, event):
    acts = _acts(text)
    assert event in acts
    assert not {a for a in acts if a[1] == "04"}


def test_visit_put_off_asked_is_a_demand_only():
    acts = _acts("美方今天要求中方推迟原定的访问。")
    assert not {a for a in acts if a[1] == "16"}


# (f) openness to relations with a named state: relations intended (032).
def test_open_to_ties_is_intent():
    acts = _acts("以色列外交部长今天表示，以色列对与黎巴嫩建立外交关系持开放态度。")
    assert ("ISR", "03", "LBN") in acts


@pytest.mark.parametrize(
    "text",
    [
        "以色列外长表示，如果条件成熟，以色列对与黎巴嫩建立外交关系持开放态度。",
        "中方对国际科学界开展科研合作持开放态度。",
    ],
)
def test_openness_on_a_condition_or_to_no_state_is_none(text):
    assert not {a for a in _acts(text) if a[1] == "03"}


# (g) restrictions on a state (its bank, its goods): one sanction, 163, not 172 too.
@pytest.mark.parametrize(
    "text",
    ["日本政府今天宣布对俄罗斯央行实施限制措施。", "中方今天宣布对欧盟医疗器械采取对等限制措施。"],
)
def test_restrictions_are_one_sanction(text):
    acts = _acts(text)
    assert {a for a in acts if a[1] in ("16", "17")} and not {a for a in acts if a[1] == "17"}


# (h) a UN body's head crediting China's standing record: the credit is given on the day.
@pytest.mark.parametrize(
    "text",
    [
        "联合国教科文组织总干事阿祖莱今天会见了中国代表团。阿祖莱表示，中国政府一直积极支持教科文组织工作，"
        "为全球教育事业发挥了重要作用。",
        "聯合國教科文組織總幹事阿祖萊今天會見了中國代表團。阿祖萊表示，中國政府一直積極支持教科文組織工作，"
        "為全球教育事業發揮了重要作用。",
    ],
)
def test_credit_of_a_standing_record_is_praise_of_the_day(text):
    assert ("UNO", "05", "CHN") in _acts(text)


def test_credit_recalled_before_the_saying_stays_background():
    acts = _acts(
        "联合国教科文组织总干事阿祖莱今天会见了中国代表团。阿祖莱此前表示，中国政府一直积极支持教科文组织"
        "工作，为全球教育事业发挥了重要作用。"
    )
    assert ("UNO", "05", "CHN") not in acts


# (i) a standing course (始终, 长期) in another's statement is a record in both scripts.
@pytest.mark.parametrize(
    "text",
    [
        "谭德塞说，中方始终支持世界卫生组织，中国支持设立世界卫生组织传统医学中心。",
        "譚德塞說，中方始終支持世界衛生組織，中國支持設立世界衛生組織傳統醫學中心。",
        "谭德塞指出，中国长期重视世界卫生组织工作，中方支持设立世界卫生组织传统医学中心。",
        "譚德塞指出，中國長期重視世界衛生組織工作，中方支持設立世界衛生組織傳統醫學中心。",
    ],
)
def test_standing_course_is_a_record_in_both_scripts(text):
    assert not {a for a in _acts(text) if a[0] == "CHN" and a[1] == "05"}


# (j) a craft downed by a pronoun: the state that sent it, told in the sentence or the one before.
@pytest.mark.parametrize(
    "text",
    [
        "伊朗军方今天说，一架美军无人机当天凌晨进入伊朗领空，伊方用导弹将其击落。",
        "伊朗军方今天说，一架美军无人机当天凌晨进入伊朗领空。伊方用导弹将其击落。",
    ],
)
def test_craft_downed_by_a_pronoun_is_force_on_its_state(text):
    assert ("IRN", "19", "USA") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗军方今天否认将其击落。",
        "美国军方今天称，美军驱逐舰发现一枚巡航导弹朝其方向飞来，随后将其击落。",
    ],
)
def test_craft_downed_denied_or_of_no_state_is_none(text):
    assert not {a for a in _acts(text) if a[1] == "19"}


# (k) a summary line that opens on its heading (要点：…) tells again what its chapter tells dated.
_CHAPTER = (
    "第二章　2018 年底至 2019 年初的中拉关系\n\n"
    "要点：巴拿马总统访华，智利要求台湾机构更名。\n\n"
    "2018 年 12 月 5 日，巴拿马总统访问中国，同国家主席会谈。\n\n"
    "2019 年 1 月 10 日，智利外长宣布，智方要求台湾驻智机构更名。\n"
)


def test_summary_line_acts_told_again_are_one():
    c = coding(Document(_CHAPTER, published=date(2019, 2, 20), genre="narrative"))
    demands = [e for e in c.events if e.code.startswith("10") and e.target_actor == "TWN"]
    assert [str(e.date) for e in demands] == ["2019-01-10"]
