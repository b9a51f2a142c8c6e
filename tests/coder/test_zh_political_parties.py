"""Foreign parties speak for themselves: a party and its officers are PTY (PETRARCH's agents
dictionary codes PARTY_LEADER so), not their state's government, except in party states, whose
party organs act for the state (GOV)."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document


def _acts(text: str) -> list[tuple[str | None, str, str | None]]:
    c = coding(Document(text, published=date(2021, 7, 2), source="xwlb"))
    return [(e.source_actor, e.code, e.target_actor) for e in c.events]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("日本共产党主席志位和夫致电祝贺中国共产党成立一百周年。", "JPNPTY"),
        ("巴西共产党主席桑托斯致信中共中央，热烈祝贺中国共产党成立一百周年。", "BRAPTY"),
        ("葡萄牙共产党总书记索萨致电习近平，祝贺中国共产党成立一百周年。", "PRTPTY"),
    ],
)
def test_a_party_of_a_multi_party_state_is_no_government(text, source):
    assert (source, "051") in {(s, code) for s, code, _ in _acts(text)}
    assert not any(s and s.endswith("GOV") for s, _, _ in _acts(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("越南共产党中央总书记阮富仲致电习近平，祝贺中国共产党成立一百周年。", "VNMGOV"),
        ("老挝人民革命党中央总书记通伦致电习近平，祝贺中国共产党成立一百周年。", "LAOGOV"),
    ],
)
def test_the_party_of_a_party_state_acts_for_it(text, source):
    assert (source, "051") in {(s, code) for s, code, _ in _acts(text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("俄罗斯自由民主党主席日里诺夫斯基表示，两国友谊深厚。", "RUSPTY"),
        ("哈萨克斯坦“光明道路”民主党主席表示，两国友谊深厚。", "KAZPTY"),
        ("英国工党领袖表示，两国友谊深厚。", "GBRPTY"),
    ],
)
def test_a_partys_own_name_between_its_country_and_its_title(text, code):
    c = coding(Document(text, published=date(2021, 7, 2), source="xwlb"))
    assert c.mentions[0].code == code and c.mentions[0].start == 0


def test_a_demonstrative_before_the_title_is_no_party_name():
    c = coding(Document("德国支持该党主席的意见。", published=date(2021, 7, 2), source="xwlb"))
    assert "DEUPTY" not in {m.code for m in c.mentions}


def test_states_listed_before_their_parties_stand_for_them():
    c = coding(Document("阿根廷、巴西、古巴和智利等多国共产党联名祝贺中国共产党成立100周年。",
                        published=date(2021, 7, 2), source="xwlb"))  # fmt: skip
    assert {e.source_actor for e in c.events} == {"ARGPTY", "BRAPTY", "CUBGOV", "CHLPTY"}
    # a list with no party after it is the states
    c = coding(Document("美国和日本举行会谈。", published=date(2021, 7, 2), source="xwlb"))
    assert [m.code for m in c.mentions] == ["USA", "JPN"]


def test_we_in_a_party_officers_words_is_the_party():
    c = coding(Document("蒙古国民主党主席表示，我们愿同中方携手并肩，加强合作。",
                        published=date(2021, 7, 2), source="xwlb"))  # fmt: skip
    assert ("MNGPTY", "030") in {(e.source_actor, e.code[:3]) for e in c.events}
    assert not any(e.source_actor == "MNG" for e in c.events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("罗马尼亚社会民主党等政党政要也在来电中赞赏中国积极开展国际合作。", "ROUPTY"),
        # (a day after the party's name stands after 党, not between the state and it)
        ("罗马尼亚社会民主党12日致电中共中央，赞赏中国积极开展国际合作。", "ROUPTY"),
        ("莫桑比克解放阵线党日前发表声明，谴责美国将病毒溯源问题政治化。", "MOZPTY"),
        ("埃塞繁荣党愿同中国共产党携手加强合作。", "ETHPTY"),
    ],
)
def test_a_state_named_before_its_partys_own_name_is_the_party(text, source):
    assert source in {s for s, _, _ in _acts(text)}


def test_both_parties_members_are_no_party():
    assert "USAPTY" not in {s for s, _, _ in _acts("美国两党议员批评中国。")}
