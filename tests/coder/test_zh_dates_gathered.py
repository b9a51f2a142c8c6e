"""The Chinese date expression's branches gathered by their first characters
(``dates._by_first_character``): the branch that reads a date is the one it was before."""

from dipwatch.coder import dates


def test_a_branch_joins_an_earlier_group_only_past_branches_that_cannot_begin_where_it_can():
    regex = dates._by_first_character(
        r"(?=\S)(?:(?P<year>\d+年)|(?P<today>今天)|(?P<days>\d+天)|(?P<word>今\S)|(?P<num>\d+))"
    )
    # year, days and num open with a digit, today and word with 今: two groups, their order kept
    assert regex.pattern.count("(?=[") == 2
    assert [regex.match(t).lastgroup for t in ("2023年", "3天", "12", "今天", "今年")] == [
        "year",
        "days",
        "num",
        "today",
        "word",
    ]


def test_a_branch_that_may_begin_anywhere_keeps_the_branches_after_it_behind_it():
    regex = dates._by_first_character(r"(?=\S)(?:(?P<a>\d+年)|(?P<any>.年)|(?P<b>\d+))")
    assert regex.match("3年").lastgroup == "a"
    assert regex.match("3月").lastgroup == "b"
    assert regex.match("今年").lastgroup == "any"
    assert regex.pattern.index("(?P<any>") < regex.pattern.index("(?P<b>")


def test_each_branch_of_the_gathered_expression_reads_its_own_groups_only():
    names = dates._ZH_BRANCHES[1]
    assert names["ymd"] == ("ymd", "y1", "m1", "d1")
    assert names["pday"] == ("pday", "pw", "pd")
    assert dates._ZH.pattern.count("(?=[") > 10
