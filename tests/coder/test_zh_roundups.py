"""Round-ups of reactions and a few words of praise (our own sentences in a broadcast's style)."""

from datetime import date

from tests.coder.conftest import broadcast

DAY = date(2022, 10, 2)


def _events(text: str, day: date = DAY) -> set[tuple[str, str, str]]:
    return broadcast(text, day)


def test_each_speaker_a_round_up_names_did_its_lead_s_act():
    found = _events("近日，许多国家领导人纷纷致电习近平，热烈祝贺中华人民共和国成立73周年。"
                    "新加坡总统哈莉玛表示，中国一直是国际社会的积极贡献者。"
                    "蒙古国总统预祝即将召开的大会取得圆满成功。")  # fmt: skip
    assert {("SGP", "05", "CHN"), ("MNG", "05", "CHN")} <= found


def test_a_lead_done_by_someone_named_or_another_story_is_no_round_up():
    named = _events(
        "该草案寻求就指控对叙利亚实施制裁。中国代表刘结一在表决后发言说，草案无助于解决问题。"
    )
    assert not {e for e in named if e[0] == "CHN"}
    stories = _events("近日，一些国家领导人致电中方，积极评价中方成就。\n印尼选委会宣布结果\n"
                      "印尼当选总统普拉博沃今天发表讲话说，将致力于消除贫困。")  # fmt: skip
    assert not {e for e in stories if e[0] == "IDN"}


def test_a_short_surname_inside_a_longer_name_is_no_one():
    found = _events("国际奥委会部主任克里斯托夫·杜比对北京冬奥会场馆给予积极评价。")
    assert not {e for e in found if e[0] == "USA"}
