"""A name after a state's title that later acts on its own with a verb of stance (赞赏, 感谢,
谴责) and no speech verb, and a title the state's role word begins (越南财政部 + 长): the
misses the hand checks of free CCTV days listed, gathered (eval/README.md), with sentences of
our own."""

from datetime import date

from tests.coder.conftest import broadcast

D = date(2024, 9, 25)


def test_a_name_that_praises_on_its_own_is_its_states():
    found = broadcast("王毅会见越南外长黎明山。黎明山高度赞赏中国在减贫方面取得的成就。", D)
    assert ("VNM", "05", "CHN") in found


def test_a_name_that_thanks_or_condemns_on_its_own():
    found = broadcast("王毅会见老挝外长宋赛。宋赛感谢中方的长期支持。", D)
    assert ("LAO", "05", "CHN") in found
    found = broadcast("李强会见柬埔寨副首相孙占托。孙占托谴责以色列的空袭。", D)
    assert ("KHM", "11", "ISR") in found


def test_a_title_the_role_word_begins():
    # 越南财政部 is the state's mention; its 部长 runs past it and the name follows.
    found = broadcast("丁薛祥会见越南副总理兼财政部长陈文山。陈文山高度赞赏中国发展取得的成就。", D)
    assert ("VNM", "05", "CHN") in found


def test_a_second_post_after_a_title_that_ends_the_states_mention():
    # 新加坡副总理 ends with a title; 兼贸工部长 adds a second one before the name, in a list.
    found = broadcast(
        "韩正会见新加坡副总理兼贸工部长林文山、老挝副总理吉乔。林文山赞赏中国发展取得的成就。", D
    )
    assert ("SGP", "05", "CHN") in found
