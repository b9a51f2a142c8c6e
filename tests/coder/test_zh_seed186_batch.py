"""What the seed-186 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended at its construction: a report on how a long tour
went (…访问A、B、C并出席…大会情况的书面报告) is no visit of the day, however many stops and
gatherings it names (``zh_news._REPORT_REACH``); the head of a firm named with its state
(美国…公司董事长, …首席执行官) speaks for that state where named again alone (the ``titles`` of
the Chinese lexicon, read by ``zh_spoken_names``); will to cooperate told with 对华 before the
field (愿继续扩大对华长期合作) is intent towards China (``zh.030.toward_china``). Our own
sentences, as items of a broadcast of 3 May 2024."""

from datetime import date

from dipwatch.coder import coding
from dipwatch.models import Document

DAY = date(2024, 5, 3)


def _acts(text: str) -> set[tuple[str, str, str]]:
    """(source country, root, target country) of the events of ``text``."""
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    return {((e.source_actor or "")[:3], e.root, (e.target_actor or "")[:3]) for e in c.events}


def test_a_report_on_a_long_tour_is_no_visit_of_the_day() -> None:
    assert (
        _acts(
            "会议审议了全国人大常委会委员长赵乐际访问哈萨克斯坦、塞尔维亚、葡萄牙并出席第十次国际议会联盟大会情况的书面报告。"
        )
        == set()
    )


def test_a_tour_told_as_news_is_still_a_visit() -> None:
    acts = _acts(
        "全国人大常委会委员长赵乐际2日访问哈萨克斯坦、塞尔维亚、葡萄牙并出席第十次国际议会联盟大会。"
    )
    assert {("CHN", "04", "KAZ"), ("CHN", "04", "SRB"), ("CHN", "04", "PRT")} <= acts


def test_a_firms_head_named_again_speaks_for_the_firms_state() -> None:
    acts = _acts(
        "国务院副总理在北京会见美国维达公司董事长罗贝克。"
        "罗贝克高度赞赏中国经济社会发展成就，表示愿继续扩大对华合作。"
    )
    assert {("USA", "05", "CHN"), ("USA", "03", "CHN")} <= acts


def test_will_to_cooperate_with_china_told_with_duihua() -> None:
    assert ("ZMB", "03", "CHN") in _acts("赞方愿全面深化对华合作，促进两国关系发展。")


def test_cooperation_with_china_cut_is_no_intent() -> None:
    assert ("USA", "03", "CHN") not in _acts("美国愿限制对华合作。")
