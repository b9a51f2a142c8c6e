"""Shortcuts of the shared machinery give what the plain code they replace gave (issue 10's
Chinese speed target: the same output, less work per sentence)."""

import re
from datetime import date

import pytest

from dipwatch.coder import coding, default_reference
from dipwatch.coder.automaton import Automaton
from dipwatch.coder.dates import _ZH, _ZH_BRANCHES, _groups, is_headline
from dipwatch.coder.doc import Sentence
from dipwatch.coder.groups import _named_groups
from dipwatch.coder.normalise import _BREAK_RUN, _END
from dipwatch.coder.zh_actors import _anaphor_finder, _governed, unnamed_speaker
from dipwatch.models import Document
from dipwatch.reference.fold import fold

_WORDS = ("talks", "met", "中方", "会谈", "欢迎", "\u2d65")


@pytest.mark.parametrize("text", ["China met Japan; talks ended.", "中方表示欢迎，双方举行会谈。",
                                  "中方𠀋表示欢迎会谈", "中文会谈"])  # fmt: skip
def test_an_automatons_raw_hits_converted_are_its_iter(text):
    """``Automaton.raw`` leaves its hits as read (word numbers, ends past the word in the
    window): converted as its docstring says, they are ``iter``'s, on Latin, CJK and
    beyond-BMP windows; ⵥ (U+2D65) is the second byte of 中 and the first of 文 in UTF-16,
    never found in 中文."""
    automaton = Automaton()
    for word in _WORDS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    for start in range(len(text)):
        offset, values, found = automaton.raw(text, start, len(text))
        kept = [(end + offset, values[i]) for i, _, end in found]
        assert kept == automaton.iter(text, start, len(text))
        assert kept == [(i + len(w) - 1, w) for i in range(start, len(text))
                        for w in _WORDS if text.startswith(w, i)]  # fmt: skip


_DATES = (
    "2023年3月5日，去年底，今年初，2023年底，2024年，2035年远景，5年前，年初，今年3月，明年5月6日",
    "3月5、6日，3月，27号，次月20日，上个月5日，今年春季，上半年，第三季度，",
    "昨（25）日，本（11）月7日，去（2021）年11月16日，今（112）年，上周三，周五，星期日",
    "今天，昨日，本月，上个月，去年，次日，此前一天，前一天，三天后，4天后，半个月后，两个月后",
    "当月，月底，数日后，中旬，次月，隔年4月，2023.3.10，112/3/10，民国110年11月16日，110年11月",
    "二〇二一年十一月十六日，十一月十六日，民国110年",
)


@pytest.mark.parametrize("text", _DATES)
def test_a_dates_groups_are_its_groupdict(text):
    """``_groups`` reads only the branch of ``_ZH`` that matched: the same dict as
    ``groupdict()``, for dates of (nearly) every branch."""
    found = list(_ZH.finditer(fold(text)))  # (as the coder reads it: （25） in half width)
    assert len(found) >= 3
    for m in found:
        assert _groups(m, _ZH_BRANCHES) == m.groupdict()


def test_a_governed_short_form_is_found_where_the_governor_first_regex_finds_it():
    """``_governed`` opens with the short form and looks behind for its governor: the same
    matches as the regex that opened with the lookbehind."""
    governors, shorts, after = ("对", "向"), ("俄", "美", "朝"), ("实", "出", "提")
    old = re.compile("(?<=[对向])[俄美朝](?=[实出提])")
    text = "对俄实施制裁，向朝提供援助，对美好，美对俄出口，对\n俄实，向美出"
    assert [m.span() for m in _governed(governors, shorts, after).finditer(text)] == [
        m.span() for m in old.finditer(text)
    ]
    assert len(old.findall(text)) == 4


def test_the_anaphor_finder_takes_the_longest_anaphor():
    finder = _anaphor_finder(("该国", "该国政府", "该武装"))
    assert [m.group() for m in finder.finditer("该国政府表示，该国和该武装")] == [
        "该国政府", "该国", "该武装"]  # fmt: skip
    assert _anaphor_finder(()) is None


def _unnamed_by_scans(coding, start, limit, mentions):
    """unnamed_speaker as it was written: a find for each verb, an rfind for each word."""
    words, text = coding.reference.actors.words, coding.norm
    verbs = (*words.get("speech", ()), ":")
    verb = min((i for w in verbs if (i := text.find(w, start, limit)) >= 0), default=-1)
    if verb < 0:
        return False
    who = max((i for w in words.get("third_parties", ()) if (i := text.rfind(w, start, verb)) >= 0),
              default=-1)  # fmt: skip
    return who >= 0 and not any(m for m in mentions if start <= m.start < verb and m.country)


def test_an_unnamed_speaker_is_found_as_the_word_by_word_scans_found_it():
    """The verbs and the third parties searched for as one regex each: the same answer as a
    find (rfind) of each word, for every span of a few sentences."""
    text = ("国际人士指出，美国的做法违反国际法。专家认为：这是错误的。美国专家表示反对。"
            "学者说，分析人士称中方表示欢迎。业内人士")  # fmt: skip
    c = coding(Document(text=text, published=date(2024, 5, 1)))
    answers = set()
    for start in range(0, len(text), 3):
        for limit in range(start, len(text) + 1, 2):
            got = unnamed_speaker(c, start, limit, c.mentions)
            assert got == _unnamed_by_scans(c, start, limit, c.mentions), (start, limit)
            answers.add(got)
    assert answers == {True, False}


def test_a_sentence_remembers_whether_it_is_a_headline():
    """``is_headline`` works its answer out once per sentence (several components ask it of
    every one): asked again, the same; the answer takes no part in a sentence's equality."""
    text = "魁北克枪击案 凶手被控多项谋杀罪\n加拿大警方30日确定凶手。"
    heads = [Sentence(0, 0, 16, 0, True), Sentence(1, 17, 29, 0, True)]
    assert [is_headline(text, s) for s in heads] == [True, False]
    assert [s.headline for s in heads] == [True, False]
    assert [is_headline(text, s) for s in heads] == [True, False]
    assert heads[0] == Sentence(0, 0, 16, 0, True)


@pytest.mark.parametrize(
    ("text", "groups"),
    [("中日韩领导人会议举行。美国、英国与澳大利亚宣布成立三边安全伙伴关系。",
      [("CHN", "JPN", "KOR"), ("USA", "GBR", "AUS")]),
     ("中国—阿富汗—巴基斯坦外长对话举行。美国表示欢迎。", [("CHN", "AFG", "PAK")])],
)  # fmt: skip
def test_runs_of_states_are_groups_and_one_state_is_none(text, groups):
    """_named_groups reads a run's states only when it has two mentions or more."""
    c = coding(Document(text=text, published=date(2024, 5, 1)))
    assert [members for _, _, members in _named_groups(c)] == groups


def test_sentence_ends_and_line_breaks_are_found_as_the_class_first_regexes_found_them():
    """_END and _BREAK_RUN open with their characters as alternatives (a scan the engine makes
    itself): the same matches as they gave written with a class or spaces first."""
    old_end = re.compile(r"[。!?;\n]|\.(?=\s|$|[\"”’)])")
    old_break = re.compile(r" *\n(?: *\n)* *")
    texts = ["中方表示欢迎。He met Mr. Li.\n  \n 双方会谈!好?是;", "a.b. c.”\n\n\nd . ", "no end"]
    for text in texts:
        assert [m.span() for m in _END.finditer(text)] == [
            m.span() for m in old_end.finditer(text)]  # fmt: skip
        assert [m.span() for m in _BREAK_RUN.finditer(text)] == [
            m.span() for m in old_break.finditer(text)]  # fmt: skip
    assert len(_END.findall(texts[0])) == 8 and len(_BREAK_RUN.findall(texts[1])) == 1


def test_a_run_of_short_forms_is_two_or_more():
    """ActorLexicon.short_run (one class, then one or more of it): runs of two or more."""
    run = default_reference().actors.short_run
    assert [m.group() for m in run.finditer("中美关系，中方，中日韩，美")] == ["中美", "中日韩"]


def test_the_disaster_gate_holds_every_word_a_speakers_frame_needs():
    """``zh_aspect`` reads a sentence for a disaster word once before trying its frame's regex
    for each candidate: the gate must hold every word the frame needs (a frame with a word the
    gate lacks would never be tried)."""
    from dipwatch.coder.zh_aspect import _DISASTER_WORDS, _FRAME

    needed = re.search(r"\(\?:((?:发生|遭受)[^)]*)\)", _FRAME.pattern)
    assert needed is not None
    assert set(needed.group(1).split("|")) == set(_DISASTER_WORDS.pattern.split("|"))
    for m in _FRAME.finditer("习近平强调，在中国发生新冠肺炎疫情初期，你向中方表达了慰问。"):
        assert _DISASTER_WORDS.search(m.group())


def test_an_unnamed_doers_regex_finds_a_text_where_one_of_its_words_is():
    """``zh_unnamed_doers`` asks one regex whether any of its words follows the speaker before
    looking for each: it finds a span exactly where one of the words lies whole inside it."""
    from dipwatch.coder.zh_unnamed_doers import _words

    lex = default_reference().rules["zh"].lexicon
    words, regex = _words(lex)
    text = "佩斯科夫表示，西方向乌克兰提供武器，一些国家对此表示关切，某国官员称"
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1):
            found = regex.search(text, lo, hi) is not None
            assert found == any(text.find(w, lo, hi) >= 0 for w in words)
