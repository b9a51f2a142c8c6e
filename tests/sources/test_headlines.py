"""Headlines glued to their story in plain-text CCTV transcripts (``sources.headlines``): where
the seam is found, where it is not, and what the coder makes of a split round-up. The sentences
are our own, in the shape of the 2022 transcripts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipwatch.coder import code_document
from dipwatch.models import Document
from dipwatch.sources.headlines import glued_headline, split_glued_headlines
from dipwatch.sources.xwlb import read_xwlb


def _head(sentence: str) -> str | None:
    at = glued_headline(sentence)
    return None if at is None else sentence[:at].removeprefix("央视网消息（新闻联播）：")


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        # the body opens on its day and a comma
        ("智利新总统宣誓就职11日，智利新总统在首都宣誓就职。", "智利新总统宣誓就职"),
        ("两国外长通话讨论地区局势今天（5月19日），两国外长通了电话。", "两国外长通话讨论地区局势"),
        ("乌东部局势再度紧张当地时间22日，乌克兰东部多地传出炮声。", "乌东部局势再度紧张"),
        ("欧洲多国通胀创新高近日，多国统计部门公布数据。", "欧洲多国通胀创新高"),
        ("美国新冠确诊病例再创新高截至12日，美国累计确诊病例增加。", "美国新冠确诊病例再创新高"),
        # on its source, with or without a day
        ("俄称将回应北约东扩据塔斯社12日报道，俄罗斯外长表示将作出回应。", "俄称将回应北约东扩"),
        ("美国多地爆发抗议活动据美国媒体报道，多地民众走上街头。", "美国多地爆发抗议活动"),
        # a headline ending on 所为, "the doing of", which closes its phrase (seed 142)
        (
            "叙称炼油厂爆炸系以色列所为据叙利亚通讯社12日报道，叙利亚外长表示，爆炸是以色列制造的。",
            "叙称炼油厂爆炸系以色列所为",
        ),
        ("美国贸易逆差再创新高根据美国商务部8日公布的数据，逆差扩大。", "美国贸易逆差再创新高"),
        # on a full name with its day soon after
        ("芬兰称将加强边境管控芬兰内政部12日宣布，将加强边境管控。", "芬兰称将加强边境管控"),
        ("伊朗谴责美国制裁伊朗石油美国财政部11日宣布新制裁。", "伊朗谴责美国制裁伊朗石油"),
        ("某某宣誓就任智利总统智利国会11日举行就职仪式。", "某某宣誓就任智利总统"),
        # on the speaker of a ``X：…`` headline said again
        ("学者：对话协商才是唯一出路学者指出，各方应坐下来谈。", "学者：对话协商才是唯一出路"),
        ("学者：对话协商才是唯一出路一些学者指出，各方应坐下来谈。", "学者：对话协商才是唯一出路"),
        # after the credit line
        (
            "央视网消息（新闻联播）：智利新总统宣誓就职11日，智利新总统宣誓就职。",
            "智利新总统宣誓就职",
        ),
        # on a framing phrase and a comma, the body's subject and day after it (seed 134)
        (
            "甲国外长：乙国忽视甲方 关闭对话大门针对近期两国的外交摩擦，甲国外长12日表示，将回应。",
            "甲国外长：乙国忽视甲方 关闭对话大门",
        ),
        (
            "法国称反对乌克兰快速加入欧盟对于乌克兰加入欧盟一事，法国总统12日表示反对。",
            "法国称反对乌克兰快速加入欧盟",
        ),
        (
            "意大利多地民众举行反战游行针对西方国家向乌克兰运送武器，12日，罗马举行游行。",
            "意大利多地民众举行反战游行",
        ),
    ],
)
def test_a_glued_headline_is_found_where_its_body_opens(sentence: str, head: str) -> None:
    assert _head(sentence) == head


@pytest.mark.parametrize(
    "sentence",
    [
        "俄罗斯外交部发言人12日表示，将作出回应。",  # a body with no headline
        "中共中央政治局常委、中央书记处书记某某7日上午，代表党中央看望专家。",  # a title and a person
        "欧盟轮值主席国法国14日宣布新一轮制裁。",  # a rank among states, then the state
        "美国东部时间2月22日，美国商务部作出裁定。",  # a time zone
        "第五届中国国际进口博览会今天（11月5日）在上海开幕。",  # an edition, then a name
        "石油输出国组织欧佩克与非欧佩克产油国5日举行会议。",  # one organisation named two ways
        "联合国秘书长也门问题特使格伦德2日宣布停火延长。",  # a title, then another state's name
        "由两国共同主办的第三届论坛中国组委会今天（3月1日）成立。",  # a modifier's opening word
        "安理会相关决议规定维持联合国对该国武器禁运期限至今年10月18日。",  # a term's day
        "欧洲各界人士积极评价法国总统3日同德国总理举行的会谈。",  # a noun phrase, the object
        "美方最新表态12日，物价上涨。",  # too short before the day
        # a framing phrase with no subject and day after it, or 对于…来说 (for whom)
        "部分受访企业表示随着疫情影响逐步消退，生产经营将很快恢复常态。",
        "这个充满爱意的数字对于乡亲们来说有着特殊的意义，2019年5月20日这一天，总书记来到大棚。",
        # 针对 after a name or a side: that one's act, no framing phrase (its object named)
        "中方坚决反对美方针对中国企业的制裁，外交部发言人12日表示，将采取措施。",
        "俄罗斯强烈谴责乌克兰针对俄境内的袭击，俄外交部12日发表声明。",
    ],
)
def test_no_seam_where_the_words_before_the_day_are_no_headline(sentence: str) -> None:
    assert glued_headline(sentence) is None


def test_each_glued_headline_gets_a_line_of_its_own() -> None:
    body = (
        "央视网消息（新闻联播）：芬兰称将加强边境管控芬兰内政部12日宣布，将加强边境管控。"
        "另外，边境口岸将延长开放时间。专家：制裁伤及欧洲自身12日，欧盟统计局公布数据。"
    )
    assert split_glued_headlines(body).split("\n") == [
        "央视网消息（新闻联播）：",
        "芬兰称将加强边境管控",
        "芬兰内政部12日宣布，将加强边境管控。另外，边境口岸将延长开放时间。",
        "专家：制裁伤及欧洲自身",
        "12日，欧盟统计局公布数据。",
    ]
    assert split_glued_headlines("芬兰内政部12日宣布，将加强边境管控。") == (
        "芬兰内政部12日宣布，将加强边境管控。"
    )


_PLAIN = (
    "# 《新闻联播》 (20220519)\n\n## 新闻摘要\n\n(暂无简介)\n\n## 详细新闻\n\n### (无标题)\n\n"
    "央视网消息（新闻联播）：俄称为回应不友好举动驱逐其外交官俄罗斯外交部18日宣布，"
    "俄方将驱逐法国驻俄外交人员34人。\n\n[查看原文](https://tv.cctv.com/x.shtml)\n"
)


def test_the_plain_layout_is_split_and_the_html_layout_left_alone() -> None:
    (plain,) = read_xwlb(_PLAIN, "x.md")
    assert plain.text.split("\n")[1] == "俄称为回应不友好举动驱逐其外交官"
    html = _PLAIN.replace("央视网消息", "<p>央视网消息").replace("34人。", "34人。</p>")
    (paragraph,) = read_xwlb(html, "x.md")
    assert "\n" not in paragraph.text


_ROUND_UP = (
    "# 《新闻联播》 (20220505)\n\n## 新闻摘要\n\n(暂无简介)\n\n## 详细新闻\n\n### (无标题)\n\n"
    "央视网消息（新闻联播）：欧盟提出新一轮对俄制裁欧盟委员会4日提交了新一轮对俄罗斯制裁措施。"
    "乌称将继续抵抗俄军进攻乌克兰总统泽连斯基4日表示，乌军将继续抵抗。\n"
)


def test_a_round_up_s_headlines_lend_the_body_no_actor() -> None:
    """Glued, 对俄制裁 made Russia the sanctioner and 俄军进攻 an attack the body never
    tells; split, the sanction is the EU's, once, on the body's day, and no attack is coded."""
    (piece,) = read_xwlb(_ROUND_UP, "x.md")
    doc = Document(piece.text, published=date(2022, 5, 5), source="CCTV")
    events = [(e.date, e.code[:2], e.source_actor[:3], e.target_actor[:3])
              for e in code_document(doc)]  # fmt: skip
    assert events == [(date(2022, 5, 4), "16", "EEC", "RUS")]


def test_with_no_names_of_states_no_body_opens_on_a_name(monkeypatch) -> None:
    """A reference with no Chinese names (a user's own) gives a pattern that never matches:
    an empty alternation would match at every position, a name of length 0 everywhere."""
    from dipwatch.sources import headlines

    monkeypatch.setattr(headlines, "countries", lambda: _NoTerms())
    monkeypatch.setattr(headlines, "organisations", lambda: [])
    assert headlines._names.__wrapped__().search("芬兰内政部12日宣布") is None


class _NoTerms:
    def terms(self) -> list[tuple[str, str, str]]:
        return []


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="日据根数今天（）当地时间北京12月年—近前节上午晚报道消息，美国", max_size=90),
    st.integers(0, 30),
)
def test_a_search_from_the_mark_finds_what_the_whole_search_finds(text: str, lo: int) -> None:
    """``_search_by_mark`` skips a window with no 日 (据) and starts at most a match's length
    before the first: the same match as the search of the whole window, where it reads
    (the story's day, its source, the day after a framing phrase)."""
    from dipwatch.sources import headlines

    for pattern, mark in ((headlines._DATE, "日"), (headlines._REPORTED, "据")):
        for hi in (lo + headlines._LONGEST_SUBJECT, lo + headlines._FURTHEST_DAY):
            whole = pattern.search(text, lo, hi)
            found = headlines._search_by_mark(pattern, mark, text, lo, hi)
            assert (found and found.span()) == (whole and whole.span())
