"""What the seed-186 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder getting wrong, each class mended at its construction: a report on how a long tour
went (…访问A、B、C并出席…大会情况的书面报告) is no visit of the day, however many stops and
gatherings it names (``zh_news._REPORT_REACH``). Our own sentences, as items of a broadcast of
3 May 2024."""

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
