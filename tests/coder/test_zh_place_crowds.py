"""Crowds of the places listed before them (our own sentences in the style of a broadcast)."""

from datetime import date

from tests.coder.conftest import broadcast

DAY = date(2024, 3, 17)


def test_the_crowds_of_listed_places_demonstrate_each():
    """在A、B等国，民众…抗议 Y: each listed state's crowd demonstrates against Y (141)."""
    found = broadcast("在智利、秘鲁等国，当地民众举行集会，抗议美国的关税政策。", DAY)
    assert {("CHL", "14", "USA"), ("PER", "14", "USA")} <= found
    found = broadcast(
        "16日，在法国巴黎、德国柏林等地，大批民众也举行示威，谴责以色列对加沙的空袭。", DAY
    )
    assert {("FRA", "14", "ISR"), ("DEU", "14", "ISR")} <= found
    assert not {e for e in found if e[1] == "11"}  # a march, not a state's word


def test_no_crowd_of_the_places_without_the_frame_or_with_a_doer():
    """Without the 在 frame the places are no crowd's; an actor opening the clause acts itself."""
    found = broadcast("智利、秘鲁等国民众对此表示关注。", DAY)
    assert not {e for e in found if e[1] == "14"}
    found = broadcast("在智利、秘鲁等国访问期间，美国国务卿谴责委内瑞拉。", DAY)
    assert not {e for e in found if e[0] in ("CHL", "PER")}


def test_no_crowd_of_the_places_in_a_frame_of_time_or_blaming_its_own_state():
    """Review probes (review-zh27): 在…访问期间 is a frame of time, not of the crowd's places;
    a crowd blaming 本国政府 reproaches its own state, not the one its policy is about."""
    found = broadcast("在法国、德国等欧洲国家访问期间，民众举行抗议活动，谴责以色列。", DAY)
    assert not {e for e in found if e[0] in ("FRA", "DEU")}
    found = broadcast("在法国和德国，不少民众批评本国政府对乌克兰的军事援助。", DAY)
    assert not {e for e in found if e[2] == "UKR"}
    # the frame of places still holds (…等欧洲国家，…)
    found = broadcast("在法国、德国等欧洲国家，部分民众对美国的关税政策表示不满。", DAY)
    assert {("FRA", "14", "USA"), ("DEU", "14", "USA")} <= found
