"""Messages read out at an occasion of two states, and visits named as nouns with their year."""

from __future__ import annotations

from datetime import date

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast

D = date(2022, 12, 8)


def _events(text: str) -> set[tuple[str, str, str, date, str]]:
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb", genre="news"))
    return {((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3], e.date,
             e.date_precision) for e in c.events}  # fmt: skip


def test_a_message_read_out_is_to_the_other_state_of_the_occasion():
    """The forum of two states the item opened with names the partner, sentences later."""
    text = ("第五届中俄能源商务论坛8日在北京开幕。俄罗斯副总理出席开幕式。"
            "俄罗斯能源公司总裁谢钦宣读俄罗斯总统普京贺信并致辞。")  # fmt: skip
    assert ("RUS", "05", "CHN") in broadcast(text, D)


def test_a_message_read_out_at_an_occasion_of_no_pair_has_no_partner():
    text = "第五届国际能源论坛8日在莫斯科开幕。谢钦宣读俄罗斯总统普京贺信并致辞。"
    assert not any(r == "05" for _, r, _ in broadcast(text, D))


def test_a_message_word_after_a_name_ends_the_name():
    """普京贺信: 贺 begins the message, it is no character of a transliterated name."""
    c = coding(Document("谢钦宣读俄罗斯总统普京贺信。", published=D))
    assert [c.norm[m.start : m.end] for m in c.mentions] == ["俄罗斯总统普京"]


def test_a_visit_named_as_a_noun_with_its_year_is_that_years_visit():
    text = "萨勒曼表示，热烈欢迎习近平主席再次访问沙特，您2016年对沙特的成功访问令人难忘。"
    found = _events(text)
    assert ("CHN", "04", "SAU", date(2016, 1, 1), "year") in found


def test_a_visit_named_as_a_noun_is_a_visit():
    assert ("CHN", "04", "SAU") in broadcast("习近平主席对沙特的国事访问取得圆满成功。", D)


def test_a_visit_to_come_named_as_a_noun_is_no_visit():
    found = broadcast("沙方期待习近平主席对沙特的国事访问取得圆满成功。", D)
    assert not any(r == "04" for _, r, _ in found)


def test_an_act_recalled_by_its_month_leaves_the_days_own_act_of_the_pair():
    """A signing recalled by its month (去年3月…签署) is not the first telling of the joint
    statement the item reports with no day of its own: both are events."""
    text = (
        "国务院总理李强当天出席中肯经贸合作论坛。"
        "李强表示，去年3月，中肯两国政府在北京签署了合作协议。"
        "中肯两国政府共同发表关于深化产能合作的联合声明。"
    )
    found = coding(Document(text, published=D, kind="xwlb", source="xwlb")).events
    agreed = {(e.date, e.date_precision) for e in found if e.root == "05"}
    assert (D, "day") in agreed


def test_a_message_sent_to_a_bodys_meeting_is_to_the_body():
    """致电第N届…峰会: the body whose meeting gets the message is its addressee; attending
    the meeting names no party."""
    sent = coding(Document("习近平10日致电第38届非洲联盟峰会，表示热烈祝贺。", published=D))
    assert [(e.source_actor, e.code, e.target_actor) for e in sent.events] == [
        ("CHNGOV", "051", "OAU")
    ]
    attended = coding(Document("王毅出席第38届非洲联盟峰会。", published=D))
    assert not [e for e in attended.events if e.target_actor == "OAU"]
