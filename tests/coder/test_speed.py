"""The engine's shortcuts give what the plain scans they replace gave (issue 10's speed target:
per-sentence work done once per document or at load time, never a change in output)."""

import re
from datetime import date

import pytest

from dipwatch.coder import coding, discourse, en_checks, en_clauses, patterns, zh_checks, zh_news
from dipwatch.coder.carry import _opening, carried, lend_source, lends_to, starting_in
from dipwatch.coder.dates import _ZH, _ZH_FIRST, _ZH_STARTS, is_headline
from dipwatch.coder.discourse import _short_places
from dipwatch.coder.doc import Mention, Sentence
from dipwatch.coder.matcher import Matcher, _finder, matched_text, window
from dipwatch.coder.slots import _coordinated, coordinated
from dipwatch.coder.zh_news import _holding, _in_longer_word
from dipwatch.models import Document
from dipwatch.trie import trie_pattern
from tests.coder.conftest import triples


def test_opening_is_the_first_opener_in_order_at_the_position():
    openers = ("他表示", "他", "双方")
    assert _opening(openers, "，他表示同意", 1) == "他表示"
    assert _opening(("他", "他表示"), "，他表示同意", 1) == "他"
    assert _opening(openers, "，我们表示", 1) is None


def test_mentions_starting_in_a_span_are_those_a_scan_finds():
    mentions = [Mention(s, s + 2, "X", None, "name") for s in (0, 3, 3, 7, 12)]
    for lo, hi in ((0, 20), (3, 4), (4, 12), (13, 20), (3, 3)):
        assert list(starting_in(mentions, lo, hi)) == [m for m in mentions if lo <= m.start < hi]


def test_short_places_finds_a_short_form_only_before_another_cjk_character():
    finder = _short_places(frozenset(("俄", "黎", "Xi", "美国")))
    assert [m.start() for m in finder.finditer("俄列宁格勒州，黎。美国俄")] == [0]
    assert _short_places(frozenset()).search("俄列宁") is None


def _count_carries(monkeypatch) -> list[int]:
    """The sentences whose carry is worked out, in order: ``zh_checks.carried`` counted."""
    asked: list[int] = []

    def counted(coding, sentence, recent):
        asked.append(sentence.index)
        return carried(coding, sentence, recent)

    monkeypatch.setattr(zh_checks, "carried", counted)
    return asked


def test_the_carry_is_worked_out_only_for_a_sentence_with_a_candidate(code, monkeypatch):
    asked = _count_carries(monkeypatch)
    c = code("国家主席习近平同俄罗斯总统普京举行会谈。天气晴朗。会谈中，双方同意加强合作。",
             date(2022, 2, 25))  # fmt: skip
    assert asked == [2]  # not the sentence with no trigger (天气晴朗)
    assert ("CHNGOV", "030", "RUSGOV") in triples(c)  # and the carry still lends its actors


def test_the_carry_is_not_worked_out_for_a_candidate_that_names_its_parties(code, monkeypatch):
    asked = _count_carries(monkeypatch)
    c = code("国家主席习近平同俄罗斯总统普京举行会谈。美国总统拜登会见了日本首相岸田文雄。",
             date(2022, 2, 25))  # fmt: skip
    assert asked == []  # both parties of the meeting are named: nothing to lend
    assert ("USAGOV", "040", "JPNGOV") in triples(c)


def test_a_source_is_lent_only_to_a_candidate_with_no_doer_of_its_own():
    real, default = Mention(0, 2, "CHN", "CHN", "name"), Mention(3, 3, "CHN", "CHN", "home")
    assert lends_to(None, False) and lends_to(default, False)
    assert not lends_to(real, False) and not lends_to(None, True)
    assert lend_source(real, False, (default, None)) is real
    assert lend_source(None, False, (real, None)) is real


def test_a_matchers_carry_is_worked_out_once(code):
    c = code("国家主席习近平同俄罗斯总统普京举行会谈。", date(2022, 2, 25))
    calls: list[int] = []
    mt = Matcher(c, c.sentences[0], c.reference.rules["zh"], c.mentions)
    assert mt.carry is None  # nothing lent by default
    mt = Matcher(c, c.sentences[0], c.reference.rules["zh"], c.mentions)
    mt.lend = lambda: calls.append(1) or (c.mentions[0], None)
    assert mt.carry == mt.carry == (c.mentions[0], None) and calls == [1]


def test_a_sentence_with_no_trigger_is_not_matched(code, monkeypatch):
    built: list[int] = []

    class Counted(Matcher):
        def __init__(self, coding, sentence, *rest):
            built.append(sentence.index)
            super().__init__(coding, sentence, *rest)

    monkeypatch.setattr(patterns, "Matcher", Counted)
    c = code(
        "国家主席习近平同俄罗斯总统普京举行会谈。天气晴朗。双方同意加强合作。", date(2022, 2, 25)
    )
    assert built == [0, 2]
    assert ("CHNGOV", "040", "RUSGOV") in triples(c)


def test_needed_words_are_those_of_the_sentence_only(code):
    # 反对 stands in the next sentence: the first one does not hold it.
    c = code("外交部发言人表示。中方坚决反对。", date(2022, 2, 25))
    rules = c.reference.rules["zh"]
    need = next(i for words, i in rules.need_ids.items() if "反对" in words)
    first = Matcher(c, c.sentences[0], rules, [])
    second = Matcher(c, c.sentences[1], rules, [])
    assert not first.present((need,)) and second.present((need,))


def test_window_gives_end_positions_in_the_whole_text():
    automaton = _finder(("中方", "反对"))
    text = "外交部表示。中方坚决反对。"
    assert window(automaton, text, 6, 13) == [(7, 2), (11, 2)]
    assert window(automaton, text, 0, 6) == []


def test_last_of_is_where_the_last_word_starts(code):
    c = code("They called off the visit and cancelled the talks.", date(2022, 2, 25))
    mt = Matcher(c, c.sentences[0], c.reference.rules["en"], [])
    words = ("called off", "cancelled", "postponed")
    for lo, hi in ((0, len(mt.text)), (0, 20), (20, 40), (40, len(mt.text))):
        expected = max(mt.text.rfind(w, lo, hi) for w in words)
        assert mt.last_of(words, lo, hi) == expected
    assert mt.last_of((), 0, 10) == -1


def test_a_trie_of_words_is_found_where_their_plain_alternation_is(code):
    c = code("They called off the visit, cancel it (or call it off?) and won't re-cancel. "
             "中方不会取消访问，也没有推迟。", date(2022, 2, 25))  # fmt: skip
    lists = [("call", "called off", "call off", "cancel", "cancelled", "c", "won't", "(or", "?)"),
             ("不会", "不", "取消", "没有", "推迟", "没")]  # fmt: skip
    lists += [w for lex in (c.reference.rules["en"].lexicon, c.reference.rules["zh"].lexicon)
              for w in lex.values() if isinstance(w, tuple) and w and all(
                  isinstance(x, str) and x for x in w)]  # fmt: skip
    text = c.norm.lower()
    for words in lists:
        trie, plain = re.compile(trie_pattern(words)), re.compile("|".join(map(re.escape, words)))
        for lo in range(len(text)):
            for hi in (lo + 6, len(text)):
                found, expected = trie.search(text, lo, hi), plain.search(text, lo, hi)
                assert (found and found.start()) == (expected and expected.start()), words
    assert re.fullmatch(trie_pattern(("", "x")), "") and trie_pattern(("ab", "a")) == "a(?:b)?"


def test_coordinated_actors_are_worked_out_once_and_handed_out_afresh(code):
    c = code("美国和欧盟对俄罗斯实施制裁。", date(2022, 2, 25))
    mt = Matcher(c, c.sentences[0], c.reference.rules["zh"], c.mentions)
    first = coordinated(mt, c.mentions[0], None)
    assert [m.country for m in first][:1] == ["USA"] and len(first) >= 2
    first.clear()  # a caller's list is its own
    assert coordinated(mt, c.mentions[0], None) == _coordinated(mt, c.mentions[0], None, (-1, 1))


def test_dates_within_and_date_position_agree_with_a_scan_of_every_date():
    """The bisection that made long texts linear finds what a scan of all the dates finds."""
    text = ("2021 年 3 月 5 日，中方宣布…。4 月 8 日和 9 日，两国举行会谈。同年 12 月，"
            "美方宣布制裁；12 月 10 日尼加拉瓜与台湾断交。") * 3  # fmt: skip
    c = coding(Document(text=text, lang="zh-Hans", published=date(2022, 1, 1), genre="narrative"))
    assert len(c.dates) >= 6
    for lo in range(0, len(text), 7):
        for hi in range(lo, len(text) + 1, 11):
            assert c.dates_within(lo, hi) == [d for d in c.dates if lo <= d.start and d.end <= hi]
    assert [c.date_position(d) for d in c.dates] == list(range(len(c.dates)))


_CLAUSES = (
    "the agreements that victoria had signed with ",
    "the operation which ",
    "said on friday that china ",
    "days after china ended its drills and ",
    "weeks before the talks, ",
    "the minister met ",
    "in retaliation for u.s. ",
    "in protest against the ",
    "since russia invaded ukraine ",
    "",
)


def test_the_quick_word_tests_hold_for_the_english_clause_regexes():
    """restrictive_clause and vague_after look for a word before their regexes: a regex that
    can match without that word would make the quick test drop a rejection."""
    for text in _CLAUSES:
        for lo in range(len(text) + 1):
            window = text[lo:]
            if "that" not in window and "which" not in window:
                assert en_checks._RESTRICTIVE.search(window) is None
                assert en_checks._SUBJECT_RELATIVE.search(window) is None
            if "after" not in window and "before" not in window:
                assert en_clauses._VAGUE_AFTER.search(window) is None
            if "since" not in window:
                assert en_clauses._SINCE.search(window) is None


def test_one_adverbial_regex_finds_what_one_regex_per_word_finds():
    words = ("in retaliation", "in protest", "in response")
    for text in _CLAUSES:
        for lo in range(len(text) + 1):
            window = text[lo:]
            each = any(
                re.search(rf"\b{re.escape(a)}\s+(?:for|to|against)\s+(?:[\w.'’\-]+\s+){{0,2}}$",
                          window) for a in words)  # fmt: skip
            assert (en_checks._adverbial(words).search(window) is not None) == each


def test_present_is_a_word_of_each_needed_list_anywhere_in_the_sentence(code):
    """The needed lists found are gathered as bits: the answer is still, for each pattern,
    whether every list it needs has a word somewhere in the sentence."""
    c = code("China said it would impose sanctions on U.S. firms after talks in Tokyo failed.",
             date(2022, 2, 25))  # fmt: skip
    rules = c.reference.rules["en"]
    words_of = {i: words for words, i in rules.need_ids.items()}
    mt = Matcher(c, c.sentences[0], rules, c.mentions)
    text = mt.text[mt.s.start : mt.s.end]
    patterns = [p for rule in rules.rules for p in rule.patterns]
    answers = [mt.present(p.needs) for p in patterns]
    assert answers == [all(any(w in text for w in words_of[i]) for i in p.needs) for p in patterns]
    assert True in answers and False in answers


def test_role_words_are_kept_per_lexicon():
    first, second = {"roles": {"foreign minister": "GOV"}}, {"roles": {"army chief": "MIL"}}
    assert en_clauses.role_words(first) == frozenset({"minister"})
    assert en_clauses.role_words(second) == frozenset({"chief"})
    assert en_clauses.role_words(first) is en_clauses.role_words(first)


def test_whole_word_is_no_ascii_letter_or_digit_on_either_side():
    from dipwatch.coder.actors import _whole_word

    text = "us, u.s. and usa; ÜSA 1us"
    found = [(a, a + 2) for a in range(len(text) - 1) if _whole_word(text, a, a + 2)]
    expected = [(a, a + 2) for a in range(len(text) - 1)
                if not (a > 0 and text[a - 1].isascii() and text[a - 1].isalnum())
                and not (a + 2 < len(text) and text[a + 2].isascii() and text[a + 2].isalnum())]  # fmt: skip
    assert found == expected and (0, 2) in found


def test_firsts_of_a_phrase_are_those_a_scan_for_each_finds():
    from itertools import permutations

    from dipwatch.coder.actors import _firsts, _Part
    from dipwatch.coder.lexicon import Entry

    entries = [Entry("role", "GOV"), Entry("name", "USA", "USA"), Entry("person", "X", "CHN"),
               Entry("org", "NATO"), Entry("home", "", "CHN"), Entry("role", "MIL", "FRA")]  # fmt: skip
    for group in permutations([_Part(i, i + 1, e) for i, e in enumerate(entries)], 3):
        group = list(group)
        assert _firsts(group) == (
            next((p for p in group if p.entry.kind == "role"), None),
            next((p.entry for p in group if p.entry.kind == "person"), None),
            next(
                (
                    p.entry.country
                    for p in group
                    if p.entry.kind not in ("role", "home") and p.entry.country
                ),
                None,
            ),
            next((p.entry for p in group if p.entry.kind == "org"), None),
        )


def test_future_clause_is_what_the_clause_scan_alone_finds():
    from dipwatch.coder import en_dates

    def scanned(text: str, lo: int, start: int) -> bool:
        begin = lo
        for m in en_dates._CLAUSE_START.finditer(text, lo, start):
            if not en_dates._JOINED_TIMES.search(text, max(lo, m.start() - 12), m.end()):
                begin = m.end()
        return en_dates._FUTURE.search(text, begin, start) is not None

    text = ("Xi will visit Paris on Monday and Tuesday, officials said, after talks that could "
            "end on Friday; the ministers met on Sunday.")  # fmt: skip
    answers = [en_dates._future_clause(text, lo, start)
               for lo in range(0, len(text), 5) for start in range(lo, len(text) + 1, 3)]  # fmt: skip
    assert answers == [scanned(text, lo, start)
                       for lo in range(0, len(text), 5) for start in range(lo, len(text) + 1, 3)]  # fmt: skip
    assert True in answers and False in answers


def test_only_organisations_are_looked_up_as_groups(code, monkeypatch):
    from dipwatch.coder import groups

    asked: list[str] = []
    original = groups._members

    def members(table, name):
        asked.append(name)
        return original(table, name)

    monkeypatch.setattr(groups, "_members", members)
    # (a Chinese text: the groups step reads Chinese only, en_groups an English text's lists)
    c = code("澳英美联盟领导人13日在华盛顿会晤，中国和俄罗斯举行联合演习。", date(2023, 3, 13))
    orgs = [c.norm[m.start : m.end] for m in c.mentions if m.kind == "org"]
    assert asked == orgs and len(asked) < len(c.mentions)


def test_a_storys_lead_is_worked_out_once_and_dates_as_before(code, monkeypatch):
    text = ("BEIJING, March 26 (X) - China and Honduras established diplomatic ties on Sunday. "
            "Honduras cut ties with Taiwan a day earlier. Wang Yi met the Honduran foreign "
            "minister in Beijing. He said China would send aid.")  # fmt: skip
    c = code(text, date(2023, 3, 27), genre="news")
    spots = [(i, s.start + k) for i, s in enumerate(c.sentences) for k in (0, 10, 30)]
    asked, cached, fresh = _dated_twice(c, spots, "lead_day", monkeypatch)
    assert 0 < asked[0] <= 2  # the first two story sentences, once
    assert cached == fresh and asked[-1] > 2


def _dated_twice(c, spots, helper: str, monkeypatch) -> tuple[list, list, list]:
    """``en_dates.event_date`` at each (sentence, start) of ``spots``, once as one document
    does, once with the story's dates forgotten before each; ``helper`` of ``en_dates`` counted:
    (how often it had been asked after the first reading, then after each of the second; the
    dates of both readings)."""
    from dipwatch.coder import en_dates

    calls: list[int] = []
    original = getattr(en_dates, helper)
    monkeypatch.setattr(en_dates, helper, lambda *a: calls.append(1) or original(*a))
    c.story_lead = None  # as a new document
    cached = [en_dates.event_date(c, i, start) for i, start in spots]
    asked, fresh = [len(calls)], []
    for i, start in spots:
        c.story_lead = None  # each asked afresh, as every event was before
        fresh.append(en_dates.event_date(c, i, start))
        asked.append(len(calls))
    return asked, cached, fresh


def test_a_lone_match_is_kept_as_it_is_by_each_choice(code):
    """_finish skips the choices among matches for a lone match: each keeps it unchanged."""
    from dipwatch.coder.english import agreed_to, one_act_per_trigger
    from dipwatch.coder.selection import best, subsumed, unembed

    texts = ("China agreed to cut tariffs on U.S. goods.", "Japan condemned the North Korean "
             "missile launch.", "Russia expelled two British diplomats.",
             "Wang Yi met Antony Blinken in Munich on Saturday.")  # fmt: skip
    matches = [m for t in texts for m in code(t, date(2023, 3, 1)).matches]
    assert len(matches) >= 3
    for m in matches:
        intent = en_checks._intent(code(texts[0], date(2023, 3, 1)).reference.rules["en"])
        assert agreed_to(texts[0], one_act_per_trigger([m]), intent) == [m]
        assert best(subsumed(unembed([m]))) == [m]


def test_tense_and_clause_window_read_only_what_they_need(code):
    """tense reads 'will' and threat verbs only for a conflictual act it may turn into a threat,
    clause_window a joined 'and' only before a past verb: the readings stay."""
    cases = {
        "China warned it would impose sanctions on Lithuania.": ("CHN", "1312", "LTU"),
        "Japan has decided to impose sanctions on Russia.": ("JPN", "163", "RUS"),
        "Russia will visit and expelled British diplomats.": ("RUS", "166", "GBRGOV"),
    }
    for text, event in cases.items():
        assert event in triples(code(text, date(2023, 3, 1))), text


def test_issues_are_sorted_tuples_and_empty_for_a_sentence_without_one(code):
    c = code("China sent vaccines to Kyiv and spoke of the Belt and Road. The weather was fine.",
             date(2023, 3, 1))  # fmt: skip
    assert len(c.issues) == 2 and c.issues[1] == ()
    assert c.issues[0] and list(c.issues[0]) == sorted(c.issues[0])


def test_an_english_office_of_an_organisation_acts(code, monkeypatch):
    """Whether an English phrase holds a title is read only for an organisation's phrase."""
    from dipwatch.coder import actors

    asked: list[str] = []
    original = actors._english_office
    monkeypatch.setattr(actors, "_english_office",
                        lambda c, m, g: asked.append(c.norm[m.start : m.end]) or original(c, m, g))  # fmt: skip
    c = code("G7 leaders condemned Russia at the summit in Hiroshima.", date(2023, 5, 20))
    assert asked == ["G7 leaders"]
    assert ("GOS", "111", "RUS") in triples(c)


def test_a_locative_is_read_only_before_an_inert_place(code, monkeypatch):
    asked: list[int] = []
    original = Matcher._placed
    monkeypatch.setattr(Matcher, "_placed", lambda self, at: asked.append(at) or original(self, at))
    code("China sanctioned Lithuania on Friday.", date(2023, 3, 1))
    assert asked == []  # no inert place: nothing to read
    c = code("Blinken arrived in Amman on Monday.", date(2023, 3, 1))
    assert asked and any(e.target_actor and e.target_actor.startswith("JOR") for e in c.events)


def test_triggers_are_what_a_window_of_the_automaton_finds(code):
    for text in (
        "Xi met Biden. China imposed sanctions on Lithuania.",
        "中方表示欢迎。双方举行会谈。",
    ):
        c = code(text, date(2023, 3, 1))
        for s in c.sentences:
            ruleset = c.reference.rules["zh" if s.cjk else "en"]
            found = patterns._triggers(ruleset, c, s)
            assert found and found == window(ruleset.triggers, matched_text(c, ruleset.lang),
                                             s.start, s.end)  # fmt: skip


def test_a_sentence_is_placed_in_its_story_once(code, monkeypatch):
    asked: list[int] = []
    original = en_clauses._in_story_body
    monkeypatch.setattr(en_clauses, "_in_story_body",
                        lambda mt: asked.append(mt.s.index) or original(mt))  # fmt: skip
    text = ("BEIJING, March 26 (X) - China and Honduras established ties on Sunday. The United "
            "States has criticised China and has warned Honduras and has condemned Taiwan.")  # fmt: skip
    c = code(text, date(2023, 3, 27), genre="news")
    mt = Matcher(c, c.sentences[-1], c.reference.rules["en"], c.mentions)
    assert en_clauses.in_story_body(mt) and en_clauses.in_story_body(mt)
    assert asked.count(c.sentences[-1].index) <= 2  # once in the coding, once for this matcher
    first = Matcher(c, c.sentences[1], c.reference.rules["en"], c.mentions)
    assert not en_clauses.in_story_body(first)  # the lead


def test_a_tables_derived_words_are_worked_out_once_per_table():
    from dipwatch.coder.memo import per_table

    built: list[str] = []
    first, second = {"roles": {"a": "GOV"}}, {"roles": {"a": "GOV"}}
    for table in (first, second, first, second):
        per_table(table, "roles", lambda t=table: built.append("x") or sorted(t["roles"]))
    assert built == ["x", "x"]  # once for each table, equal or not
    assert per_table(first, "other", lambda: 1) == 1  # one table, several names


def test_english_story_word_lists_are_not_rebuilt_per_document(code, monkeypatch):
    """The sector-word regex, the title words and the given names are the reference's: built
    once, not for every document (they cost more than coding a short sentence)."""
    from dipwatch.coder import en_actors

    built: list[str] = []
    for name in ("_sector_pattern", "_words_of", "_description_finder"):
        original = getattr(en_actors, name)
        monkeypatch.setattr(en_actors, name,
                            lambda *a, n=name, f=original: built.append(n) or f(*a))  # fmt: skip
    for text in ("Rebels attacked a village in northern Uganda.",
                 "President Joe Biden met Xi Jinping. Biden said they agreed.",
                 "China warned the self-ruled island."):  # fmt: skip
        code(text, date(2023, 3, 1))
    assert len(built) <= 3  # at most once each (none if an earlier test built them)
    c = code("Taiwan said the self-ruled island would hold drills.", date(2023, 3, 1))
    assert ("self-ruled island", "TWN") in [(c.text[m.start : m.end], m.code) for m in c.mentions]
    c = code("Gunmen killed three policemen in southern Lebanon.", date(2000, 1, 1))
    assert ("policemen", "LBNCOP") in [(c.text[m.start : m.end], m.code) for m in c.mentions]


def test_a_triggers_patterns_are_resolved_once_with_the_bits_they_need(code):
    """The loop over a trigger's patterns reads them from one tuple per trigger word, and its
    test of the needed words answers what ``present`` answers."""
    c = code("China said it would impose sanctions on U.S. firms after talks in Tokyo failed.",
             date(2022, 2, 25))  # fmt: skip
    rules = c.reference.rules["en"]
    mt = Matcher(c, c.sentences[0], rules, c.mentions)
    triggers = patterns._triggers(rules, c, c.sentences[0])
    assert triggers
    for _, (_, hits) in triggers:
        resolved = patterns._resolved(rules, hits)
        assert resolved is patterns._resolved(rules, hits)
        assert [(r, rule, pattern) for r, rule, pattern, _ in resolved] == [
            (r, rules.rules[r], rules.rules[r].patterns[p]) for r, p in hits
        ]
        for _, _, pattern, wanted in resolved:
            assert (mt.present_bits() & wanted == wanted) == mt.present(pattern.needs)


def test_dictionary_parts_keep_the_whole_word_hits_alone(code):
    """The whole-word test written inline keeps the hits ``_whole_word`` keeps."""
    from dipwatch.coder.actors import _dictionary_parts, _longest, _Part, _whole_word

    c = code("Russia's us-led plans: the U.S., Usa and the US met in Beijing; 1us, aus.",
             date(2023, 3, 1))  # fmt: skip
    lex = c.reference.actors
    scanned = []
    for end, (length, entries) in lex.latin.iter(c.lower):
        start, stop = end + 1 - length, end + 1
        if _whole_word(c.lower, start, stop):
            entry = next((e for e in entries if e.exact is None
                          or c.norm[start:stop] == e.exact), None)  # fmt: skip
            if entry is not None:
                scanned.append(_Part(start, stop, entry))
    expected = _longest(scanned, len(c.norm))
    assert _dictionary_parts(c, lex, False) == expected and len(expected) >= 3


@pytest.mark.parametrize(
    ("text", "trigger"),
    [("the besieged town", "besieged"), ("a meeting with xi", "meeting with"),
     ("after fighting broke out", "fighting broke"), ("they met xi", "met xi"),
     ("her visit", "visit"), ("a stolen car", "stolen")],
)  # fmt: skip
def test_is_modifier_reads_the_triggers_first_word(text, trigger):
    from dipwatch.coder.english import is_modifier

    a = text.index(trigger)
    first = trigger.split(" ", 1)[0]
    alone = is_modifier(text, a, a + len(first), {"participles": frozenset(("stolen",))})
    assert is_modifier(text, a, a + len(trigger), {"participles": frozenset(("stolen",))}) == alone


def test_drills_simulating_an_attack_are_no_attack(code):
    c = code("Chinese forces held drills simulating attacks on Taiwan.", date(2023, 4, 9))
    assert c.counts["pretended"] >= 1
    assert not any(e.code.startswith(("18", "19")) for e in c.events)


def test_spans_sort_by_start_as_a_lambda_sorted_them(code):
    from dipwatch.coder.doc import BY_START
    from dipwatch.coder.selection import best

    c = code("Wang Yi met Antony Blinken and Sergei Lavrov in Munich; China and Russia "
             "condemned the United States and Japan.", date(2023, 2, 18))  # fmt: skip
    shuffled = c.mentions[::-1] + c.mentions[:2]  # ties keep their order
    assert sorted(shuffled, key=BY_START) == sorted(shuffled, key=lambda m: m.start)
    chosen = best(c.matches)
    assert len(chosen) >= 2 and chosen == sorted(chosen, key=lambda m: (m.start, m.code))


def test_only_a_plain_place_after_a_locative_is_inert(code):
    """The kinds of a phrase are read once a bare place is possible at all: a person or an
    office after "in" stays an actor, a country after "in (the)" is a place."""
    c = code("Blinken met in the United States with Foreign Minister Wang Yi in Beijing.",
             date(2023, 3, 1))  # fmt: skip
    inert = {c.text[m.start : m.end]: m.inert for m in c.mentions}
    assert inert["United States"] and inert["Beijing"]
    assert not inert["Blinken"] and not any(v for k, v in inert.items() if "Wang Yi" in k)


@pytest.mark.parametrize(
    ("phrase", "country", "keys"),
    [("President Joe Biden", "USA", ("Biden",)), ("Xi Jinping", "CHN", ("Jinping", "Xi")),
     ("Foreign Minister Joseph Wu", "TWN", ("Wu",)), ("Ursula von der Leyen", "EEC", ("Leyen",)),
     ("China", "CHN", ()), ("Ferdinand Marcos Jr.", "PHL", ("Marcos",))],
)  # fmt: skip
def test_surname_keys_are_a_function_of_the_phrase(phrase, country, keys):
    """Kept per phrase: the keys of a phrase are those its words give, asked again or not."""
    from dipwatch.coder.en_actors import _name_words, _phrase_keys, _surname_keys

    roles = frozenset(("president", "foreign", "minister"))
    given = frozenset(("Joseph",))
    words = _surname_keys(_name_words(phrase, roles), country, given)
    assert _phrase_keys(phrase, country, roles, given) == tuple(words) == keys
    assert _phrase_keys(phrase, country, roles, given) == keys


def test_a_trigger_is_checked_only_once_one_of_its_patterns_holds(code, monkeypatch):
    """The patterns are read before the trigger's own check (a modifier, a noun): at a trigger
    none of whose patterns holds the check is never asked, and asked once at one where
    several hold; the events are those of the check read first."""
    import dataclasses

    asked: list[tuple[int, int]] = []
    checks = patterns.LANGUAGES["en"]
    counted = dataclasses.replace(
        checks, skip_trigger=lambda mt, a, b: asked.append((a, b)) or checks.skip_trigger(mt, a, b)
    )
    monkeypatch.setitem(patterns.LANGUAGES, "en", counted)
    held = code("Russia praised the besieged Ukrainian army.", date(2022, 3, 1))
    assert len(asked) == len(set(asked)) == 2 and held.counts["modifier"] == 1
    assert [(e.source_actor, e.code, e.target_actor) for e in held.events] == [
        ("RUS", "051", "UKRMIL")]  # fmt: skip
    asked.clear()
    none = code("He praised the besieged town.", date(2022, 3, 1))
    assert asked == [] and none.counts["pattern"] >= 1 and none.events == []


def test_a_trigger_whose_patterns_all_lack_their_words_is_not_read_further(code, monkeypatch):
    """The needed words are tested before the trigger's own checks: a trigger none of whose
    patterns can hold costs no skip check (counted as ``needs``), and the events stay."""
    import dataclasses

    asked: list[tuple[int, int]] = []
    checks = patterns.LANGUAGES["en"]
    counted = dataclasses.replace(
        checks, skip_trigger=lambda mt, a, b: asked.append((a, b)) or checks.skip_trigger(mt, a, b)
    )
    monkeypatch.setitem(patterns.LANGUAGES, "en", counted)
    text = ("Japan protested after Chinese coast guard ships entered its waters, and Tokyo "
            "summoned the Chinese ambassador on Monday.")  # fmt: skip
    c = code(text, date(2023, 3, 1))
    rules, s = c.reference.rules["en"], c.sentences[0]
    mt = Matcher(c, s, rules, c.mentions)
    ready, idle = set(), set()
    for end, (length, hits) in patterns._triggers(rules, c, s):
        a, b = end + 1 - length, end + 1
        if not mt._whole(a, b):
            continue
        bits = mt.present_bits()
        holds = any(bits & w == w for *_, w in patterns._resolved(rules, hits))
        (ready if holds else idle).add((a, b))
    assert idle and set(asked) <= ready
    # a state's protest is its complaint (coder-en49): the protest and the summons are one
    # complaint to China in one sentence, the first kept
    assert [(e.source_actor, e.code, e.target_actor) for e in c.events] == [
        ("JPN", "114", "CHNMIL")]  # fmt: skip


_PLAIN_STORY_REGEXES = {  # as first written, with the boundary as the regex's first element
    "_PAIR": r"\b(?:[Tt]he\s+(?P<n>two|three|four)|[Bb]oth|[Tt]heir)\s+"
    r"(?:(?<=two\s|ree\s|our\s)(?P<region>Gulf|Arab|European|Asian|African|Baltic|Nordic|"
    r"Pacific|Western|Balkan|Central\s+Asian|Latin\s+American)\s+)?(?:foreign\s+ministers|"
    r"defen[cs]e\s+ministers|prime\s+ministers|top\s+diplomats|sides|countries|nations|leaders|"
    r"governments|presidents|ministers|men|neighbours|neighbors|capitals|delegations|militaries|"
    r"armies|powers|states|allies)\b"
    r"|\b[Bb]oth(?=\s+to\s+[a-z])",
    "_PRONOUN": r"\b(?:[Hh]e|[Ss]he|him|his|[Ii]t|[Tt]hey|them)\b",
    "_CAPITALISED": r"(?<![\w\-'’])[A-Z][A-Za-zà-ÿ]+(?![\w\-'’])",
    "_DOCUMENT": r"\bthe (paper|statement|communique|communiqué|document|declaration|letter|"
    r"report)\b",
}


_PLAIN_REGEXES = {
    **{f"en_actors.{k}": v for k, v in _PLAIN_STORY_REGEXES.items()},
    "en_dates._YEAR": r"\b(?:19|20)\d\d\b",
    "en_checks._CONDITION": r"\b(?:if|unless|whether)\b",
    "en_dates._INFINITIVE": r"\bto\s+(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b)[a-z]+"
    r"(?<![^s]s)(?<!tion)(?<!ment)\b[^,;:\"“”]*$",
}


@pytest.mark.parametrize("name", sorted(_PLAIN_REGEXES))
def test_regexes_find_what_a_leading_boundary_found(name):
    """The boundary is read behind the first letter, not before it: the same matches."""
    import importlib
    import random

    module, attr = name.split(".")
    fast = getattr(importlib.import_module(f"dipwatch.coder.{module}"), attr)
    plain = re.compile(_PLAIN_REGEXES[name])
    pieces = [*"theTHEhSsImItyobBpaerwndcs _-'’.,\nàÿ1", "the ", "They ", "him", "Both ", "two",
              " sides", "the paper", "xthe", "_he", "Their leaders", "it", "Liu He", "1999",
              "2023", "19", "20", "if", "unless", "whether", "_if", "to ", "to visit", "xto",
              "ments", "tion", "to the"]  # fmt: skip
    draw = random.Random(7)
    for _ in range(3000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 24)))
        for pos in (0, len(text) // 3):
            found = [(m.span(), m.groups()) for m in fast.finditer(text, pos)]
            assert found == [(m.span(), m.groups()) for m in plain.finditer(text, pos)], text


@pytest.mark.parametrize(
    ("source", "target", "domestic"),
    [("EGYCOP", "EGYOPP", True), ("CHN", "CHNGOV", False), ("CHNGOV", "CHN", False),
     ("USA", "USABUS", False), ("USAGOV", "USABUS", False), ("RUS", "RUS", False)],
)  # fmt: skip
def test_an_act_inside_one_state_is_between_two_of_its_sectors(source, target, domestic):
    # (a firm acts as its state, as its government does: USAGOV and USABUS are one actor)
    from types import SimpleNamespace

    from dipwatch.coder.english import is_domestic

    assert is_domestic(SimpleNamespace(code=source), SimpleNamespace(code=target)) is domestic


def test_ascii_texts_skip_the_cjk_scans_with_the_same_answers(code):
    """``isascii`` is a flag of a string: an English text is not scanned for CJK characters
    (fold, the automata, each sentence), and the answers are those of the scans."""
    from dipwatch.coder.automaton import Automaton
    from dipwatch.reference.fold import _table, fold

    text = "China and the U.S. met in Geneva; talks [1] ended ~ 5 p.m. {ok}\n\tfine."
    assert fold(text) == text.translate(_table()) == text
    assert fold("臺灣ＵＳ") == "台湾US"
    automaton = Automaton()
    for word in ("talks", "met", "中方", "u.s."):
        automaton.add_word(word, word)
    automaton.make_automaton()
    lower = text.lower()
    assert [v for _, v in automaton.iter(lower)] == ["u.s.", "met", "talks"]
    c = code("China met Japan. 中方表示欢迎。 Talks ended.", date(2023, 3, 1))
    assert [s.cjk for s in c.sentences] == [False, True, False]
    assert not any(s.cjk for s in code(text, date(2023, 3, 1)).sentences)


def test_fold_replaces_only_what_the_table_changes_as_translate_would():
    """``fold`` replaces the characters its table changes one by one (a regex finds them): the
    same text as translating every character, Traditional, full-width, the ideographic space
    and a character beyond the Basic Multilingual Plane included."""
    from dipwatch.reference.fold import _table, fold

    for text in (
        "臺灣與宏都拉斯斷交，ＵＳ　代表團於𠝹讓後抵達。",
        "中方表示欢迎（全文）：",
        "𠝹",
        "。",
    ):
        assert fold(text) == text.translate(_table())
        assert len(fold(text)) == len(text)
    assert fold("外交部發言人，１２３") == "外交部发言人,123"


_WINDOWS = (
    "china said on friday, after talks that ended, that it would not, although, though and "
    "until then, rejects claims that; because she sweetened, whenever whiles since-when",
    "he told reporters he was warned and urged; they asked, assured and retold; untold tells",
    "beijing denied on monday that it had sent arms; dismissed the reports that; deny that",
    "The U.S. rejected allegations that China had; the denial that; he denies it, that's all",
)


def test_letter_opened_clause_regexes_find_what_the_boundary_ones_found():
    from dipwatch.coder import en_dates

    old_subordinate = re.compile(
        r",|\b(?:after|before|when|while|since|because|although|though|until)\b"
    )
    old_telling = re.compile(r"\b(?:told|tells|urged|urges|asked|assured|warned)\b")
    for text in _WINDOWS:
        for lo in range(0, len(text), 4):
            for old, new in ((old_subordinate, en_checks._SUBORDINATE),
                             (old_telling, en_dates._TELLING)):  # fmt: skip
                assert [m.span() for m in new.finditer(text, lo)] == [
                    m.span() for m in old.finditer(text, lo)
                ]


def test_a_denial_holds_that_and_a_verb_of_denial():
    """not_denied reads its regex only where 'that' and den, reject or dismiss stand."""
    for text in _WINDOWS:
        lower = text.lower()
        for lo in range(0, len(lower), 3):
            for hi in range(lo, len(lower) + 1, 5):
                if en_checks._DENIAL.search(lower, lo, hi) is not None:
                    window = lower[lo:hi]
                    assert "that" in window
                    assert any(w in window for w in ("den", "reject", "dismiss"))


def test_a_matchers_nearby_actors_are_worked_out_once_per_spot(code, monkeypatch):
    asked: list[tuple] = []
    original = Matcher.actors_near
    monkeypatch.setattr(Matcher, "actors_near",
                        lambda self, *a: asked.append(a) or original(self, *a))  # fmt: skip
    c = code("China and Russia held talks and signed an agreement on Friday.", date(2023, 3, 1))
    assert asked and len(asked) == len(set(asked))  # each spot once for its sentence
    assert ("CHN", "RUS") in {(e.source_actor, e.target_actor) for e in c.events}


#: One example of each expression of dates._ZH (its group), as it opens the text.
_DATE_EXPRESSIONS = [
    ("民国110年11月16日", "roc"), ("民国99年是", "rocy"), ("二〇二一年十一月十六日", "cmd"),
    ("2021年11月16日", "ymd"), ("2021年11月", "ym"), ("2024年底", "yend"), ("去年底", "rend"),
    ("2021年，", "yr"), ("5年前", "ago"), ("年初，", "ybare"), ("今年3月5日", "rym"),
    ("3月5、6日", "md"), ("3月份", "mp"), ("27号与", "d"), ("次月20日", "nextmd"),
    ("上月5日", "nextmd"), ("去年秋天，", "season"), ("春季，", "season"), ("下半年，", "season"),
    ("今天", "rel"), ("昨日", "rel"), ("前天", "rel"), ("明年", "rel"), ("本月", "rel"),
    ("下个月", "rel"), ("次日", "next"), ("第二天", "next"), ("此前一天", "prev"),
    ("前一日", "prev"), ("三天后", "later"), ("4 周后", "later"), ("半个月后", "halfm"),
    ("两个月后", "laterm"), ("当月", "samem"), ("同月", "samem"), ("月底", "samem"),
    ("数日后", "samem"), ("几天后", "samem"), ("中旬", "samem"), ("上旬", "samem"),
    ("次月", "nextm"), ("隔年4月", "nexty"), ("2023.3.10", "ymdn"), ("112/3/10", "rocn"),
    ("3/10", "mdn"), ("此后两天", "thenn"), ("其后三天", "thenn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "group"), _DATE_EXPRESSIONS)
def test_every_date_expression_begins_as_the_guard_lets_it(text, group):
    assert re.match(_ZH_FIRST, text) and re.match(_ZH_STARTS, text)
    m = _ZH.match(text)
    assert m is not None and m.lastgroup == group and m.start() == 0


def test_the_date_guard_skips_numbers_and_words_no_date_opens():
    for text in ("1200万人", "一带一路", "上海", "年轻人", "同意", "30%"):
        assert not (re.match(_ZH_FIRST, text) and re.match(_ZH_STARTS, text)), text


@pytest.mark.parametrize(
    "text",
    ["中国和俄罗斯签署协议。国家主席习近平同俄罗斯总统普京举行会谈，双方同意加强合作。",
     "外交部发言人表示，美方应停止对台军售。\n中美关系\n王毅会见韩国外长𠀋。"],
)  # fmt: skip
def test_present_in_chinese_read_in_pairs_of_bytes_is_a_plain_scan(code, text):
    """The needed words are read as the triggers are (pairs of bytes; a character beyond the
    BMP the plain way): each sentence's lists are those a plain search finds."""
    c = code(text, date(2022, 2, 25))
    rules = c.reference.rules["zh"]
    words_of = {i: words for words, i in rules.need_ids.items()}
    for s in c.sentences:
        if not s.cjk:
            continue
        mt, sentence = Matcher(c, s, rules, c.mentions), c.norm[s.start : s.end]
        found = {i for i, words in words_of.items() if any(w in sentence for w in words)}
        assert mt.present_bits() == sum(1 << i for i in found)


def test_a_headline_is_told_without_cutting_the_sentence_out():
    norm = "魁北克枪击案 凶手被控多项谋杀罪\n加拿大警方30日确定凶手。\n中美关系"
    for a, b, want in ((0, 16, True), (17, 29, False), (31, 35, True), (31, 40, True)):
        assert is_headline(norm, Sentence(0, a, b, 0, True)) is want


@pytest.mark.parametrize(
    ("text", "lang"),
    [("国家主席习近平同俄罗斯总统普京举行会谈，双方同意加强合作。中方坚决反对制裁。", "zh"),
     ("China imposed sanctions on Lithuania. Xi met Biden and they agreed to cooperate.", "en")],
)  # fmt: skip
def test_one_reading_gives_the_triggers_and_the_needed_lists(code, text, lang):
    """The sentence is read once for its triggers and its needed words: the same triggers as
    the trigger automaton's, the same lists as a matcher gathers itself."""
    c = code(text, date(2022, 2, 25))
    rules = c.reference.rules[lang]
    for s in c.sentences:
        triggers, present = patterns._scan(rules, c, s)
        text = matched_text(c, lang)
        assert triggers and triggers == rules.triggers.iter(text, s.start, s.end)
        assert present == Matcher(c, s, rules, c.mentions).present_bits() != 0


def test_a_trigger_inside_a_longer_word_is_found_from_the_words_holding_it():
    words = ("轰炸机", "纠纷调解", "调解员")
    assert _holding(words, "调解") == (("纠纷调解", 2), ("调解员", 0))
    assert _holding(words, "调解") is _holding(words, "调解")  # worked out once
    text = "美军轰炸机飞越。双方调解纠纷。纠纷调解员到场。"
    for word, want in (("轰炸", True), ("调解", False)):
        a = text.find(word)
        assert _in_longer_word(text, a, a + len(word), words) is want
    a = text.rfind("调解")
    assert _in_longer_word(text, a, a + 2, words)


def test_a_sentences_quotation_marks_are_looked_for_once(code):
    """Whether a sentence holds a quotation mark is read once, by its first candidate; the
    quotation's speaker is still its subject."""
    text = '"Japan has ignored the rules," the Chinese ministry said, condemning Tokyo.'
    c = code(text, date(2023, 8, 24))
    assert [(e.source_actor, e.target_actor) for e in c.events if e.root == "11"] == [
        ("CHNGOV", "JPN")
    ]
    for sentence, quoted in (("China condemned Japan on Monday.", False), (text, True)):
        c = code(sentence, date(2023, 8, 24))
        s, ruleset = c.sentences[0], c.reference.rules["en"]
        mt = Matcher(c, s, ruleset, c.mentions)
        assert patterns._sentence_matches(en_checks.EN, mt, patterns._triggers(ruleset, c, s))
        assert mt.cache[en_clauses._QUOTED] is quoted


def test_a_rules_steps_leave_out_only_those_that_cannot_act_on_it(monkeypatch):
    """Each rule's candidates pass only the steps marked for it (``for_rules``): the events of
    our English sentences and wire stories are those that every step gives."""
    from pathlib import Path

    from dipwatch.coder.checks import Checks
    from dipwatch.coder.rules import rules
    from dipwatch.evaluation.documents import load_documents
    from dipwatch.evaluation.gold import load_en

    root = Path(__file__).resolve().parents[2]
    docs = [Document(i.text, lang="en", published=i.doc_date)
            for i in load_en(root / "eval" / "en.jsonl")]  # fmt: skip
    docs += [Document(d.text or "", lang="en", published=d.doc_date, genre="news")
             for d in load_documents(root / "eval" / "docs" / "en_news.jsonl")[:40]]  # fmt: skip
    chosen = [[repr(e) for e in coding(d).events] for d in docs]
    meet = next(r for r in rules("en").rules if r.code.startswith("04") and r.code != "042")
    kept = {s.__name__ for s in en_checks.EN.steps_for(meet)}
    assert "craft_route" in kept and not {"dateline_place", "envoys_not_troops"} & kept
    monkeypatch.setattr(Checks, "steps_for", lambda self, rule: self.steps)
    assert [[repr(e) for e in coding(d).events] for d in docs] == chosen


def test_a_step_for_codes_is_left_out_only_for_rules_that_never_reach_them():
    """``for_codes`` leaves a step out for a rule none of whose codes (its own, its future, a
    root some step turns a code into: ``CHANGED_INTO``) the step acts on; every code an English
    step writes, from a table or as a literal, has its root there."""
    from pathlib import Path

    from dipwatch.coder.checks import CHANGED_INTO
    from dipwatch.coder.rules import rules, threat_of

    english = rules("en")
    written = [*english.conditional.values(), *en_checks._REJECTION.values()]
    for path in Path(en_checks.__file__).parent.glob("en_*.py"):
        written += re.findall(r'c\.code, c\.rule_id = "(\d+)"', path.read_text())
    assert {"145", "043"} <= set(written)
    assert {code[:2] for code in written} <= CHANGED_INTO
    # a meeting that may be planned (its future, 036, is given) and one that may not
    planned = next(r for r in english.rules if r.code[:2] == "04" and (r.future or "")[:2] == "03")
    done = next(r for r in english.rules if r.code[:2] == "04" and r.future is None)
    kept = {s.__name__ for s in en_checks.EN.steps_for(planned)}
    assert "exchange_partner" in kept
    # (self_included acts on 11, a root a step writes since coder-en41: harm told by its
    # victim is an accusation, 112; it is kept for every rule and reads the code itself)
    assert "self_included" in kept
    assert not {"signed_in_place", "stance_over_period", "civilian_force"} & kept
    assert "exchange_partner" not in {s.__name__ for s in en_checks.EN.steps_for(done)}
    # ``tense`` acts only through a future or a threat: none of the codes written before it
    # (a guest's welcome, a threat) has a threat of its own, and a rule with neither skips it
    assert not any(
        threat_of(english.conditional, code) for code in ("043", *english.conditional.values())
    )
    forceful = next(r for r in english.rules if r.future is None and r.threat is not None)
    assert "tense" in {s.__name__ for s in en_checks.EN.steps_for(forceful)}
    assert done.threat is None and "tense" not in {s.__name__ for s in en_checks.EN.steps_for(done)}


def _dev_english() -> list[Document]:
    """Our English dev sentences and dev news articles (eval/), as ``dipwatch evaluate`` reads
    them: a corpus on which a shortcut must give what the full path gives."""
    from pathlib import Path

    from dipwatch.evaluation.documents import load_documents
    from dipwatch.evaluation.gold import load_en

    root = Path(__file__).resolve().parents[2] / "eval"
    docs = [Document(i.text, lang="en", published=i.doc_date)
            for i in load_en(root / "en.jsonl") if i.split == "dev"]  # fmt: skip
    docs += [Document(d.text or "", lang="en", published=d.doc_date, genre="news")
             for d in load_documents(root / "docs" / "en_news.jsonl") if d.split == "dev"]  # fmt: skip
    return docs


def _acts(docs: list[Document]) -> list[list[tuple]]:
    return [[(m.rule, m.code, m.sentence, m.start, m.end, m.source and m.source.code,
              m.target and m.target.code, m.confidence) for m in coding(d).matches]
            for d in docs]  # fmt: skip


def test_a_rules_later_patterns_are_skipped_once_one_filled_both_slots(monkeypatch):
    """A rule's pattern that fills S and T on a trigger wins there (a later one must fill more
    to win): the later patterns are not walked, and every match is what walking them gave."""
    docs = _dev_english()
    walked: list[int] = []
    original = patterns.candidate
    monkeypatch.setattr(patterns, "candidate", lambda *a: walked.append(1) or original(*a))
    quick, quick_walks = _acts(docs), len(walked)
    monkeypatch.setattr(patterns, "_MOST_SLOTS", 3)  # (no candidate fills three: never skips)
    assert _acts(docs) == quick
    assert len(walked) - quick_walks > quick_walks  # the full path walked more


def test_a_participle_before_a_time_ends_its_window_as_the_quick_test_reads():
    """_reduced_relative tries its lazy regex only where the window ends with a participle's
    ending and the time's preposition (``_PARTICIPLE_END``): every window the regex finds its
    participle in passes that test, over every window of our dev sentences."""
    from dipwatch.coder import en_dates

    texts = [d.text.lower() for d in _dev_english()[:150]] + [
        "the election held the day before", "the law passed in ", "the talks ended on ",
        "its troops withdrawn earlier ", "a deal struck last ", "the vote, held on ",
    ]  # fmt: skip
    held = 0
    for text in texts:
        for a in range(0, len(text), 5):
            for end in range(a, min(len(text), a + 90) + 1, 3):
                window = text[a:end]
                if en_dates._PARTICIPLE_BEFORE.search(window) is not None:
                    held += 1
                    assert en_dates._PARTICIPLE_END.search(window) is not None, window
    assert held > 20


class _CountedSearch:
    """A regex whose searches are counted (a compiled pattern's methods cannot be patched)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searched = pattern, 0

    def search(self, *args):
        self.searched += 1
        return self.pattern.search(*args)


def test_a_ranking_is_looked_for_only_in_a_sentence_with_a_ranking_word(code, monkeypatch):
    counted = _CountedSearch(zh_news._FIRST_OF)
    monkeypatch.setattr(zh_news, "_FIRST_OF", counted)
    c = code("国家主席习近平同俄罗斯总统普京举行会谈。", date(2022, 2, 25))
    assert counted.searched == 0 and ("CHNGOV", "040", "RUSGOV") in triples(c)
    c = code("古巴是西半球第一个同新中国建立外交关系的国家，两国友谊历久弥坚。", date(2022, 2, 25))
    assert counted.searched > 0  # the ranking word is there: the regex is asked


def test_the_item_edges_are_the_headlines_read_once(code, monkeypatch):
    asked: list[int] = []
    original = discourse.is_headline
    monkeypatch.setattr(discourse, "is_headline",
                        lambda norm, s: asked.append(s.index) or original(norm, s))  # fmt: skip
    c = code("习近平会见普京\n国家主席习近平同俄罗斯总统普京举行会谈。双方同意加强合作。",
             date(2022, 2, 25))  # fmt: skip
    # each sentence is asked once for the speakers and once for the items, not once more for
    # each reading of the leads
    assert sorted(asked) == sorted(2 * [s.index for s in c.sentences])
    assert c.leads[-1] == ("CHN", "RUS")


def test_an_elements_longest_word_is_measured_with_its_automaton():
    from dipwatch.coder.matcher import _finder_and_longest

    words = ("met", "meets", "meeting")
    automaton, longest = _finder_and_longest(words)
    assert longest == 7 and automaton is _finder(words)
    assert _finder_and_longest(words)[0] is automaton  # built once per word list
    assert window(automaton, "they met", 0, 8) == [(7, 3)]


def test_the_modifier_tests_read_sets_as_they_read_the_lexicons_tuples(code):
    from dipwatch.coder.en_structure import after_preposition
    from dipwatch.coder.english import after_determiner

    lex = code("China met Japan.", date(2023, 4, 2)).reference.rules["en"].lexicon
    weak, strong = en_checks._modifier_sets(lex)
    assert isinstance(weak, frozenset) and weak == frozenset(lex["weak_modifiers"])
    assert strong == frozenset(lex["noun_modifiers"]) and en_checks._modifier_sets(lex)[0] is weak
    heads = en_clauses.role_words(lex)
    for text in ("over her first confirmed visit to Taiwan", "a push for new sanctions on",
                 "in defence support", "China's military began", "the two leaders met",
                 "for more economic aid", "a russian official offered"):  # fmt: skip
        for a in range(1, len(text)):
            assert after_determiner(text, a, weak, strong, heads) == after_determiner(
                text, a, lex["weak_modifiers"], lex["noun_modifiers"], heads
            )
            assert after_preposition(text, a, weak) == after_preposition(
                text, a, lex["weak_modifiers"]
            )


def test_a_sentences_own_day_is_worked_out_once_for_its_events(code, monkeypatch):
    text = ("BEIJING, March 26 (X) - Wang Yi and Antony Blinken spoke by phone on Wednesday. "
            "Wang told Blinken that China opposed the sanctions and urged Washington to lift "
            "them.")  # fmt: skip
    c = code(text, date(2023, 3, 27), genre="news")
    spots = [(i, s.start + k) for i, s in enumerate(c.sentences) for k in (0, 10, 30, 50)]
    asked, cached, fresh = _dated_twice(c, spots, "_contact_day", monkeypatch)
    assert asked[0] == len(c.sentences) < len(spots)  # once a sentence, not once an event
    assert cached == fresh and asked[-1] == asked[0] + len(spots)
    assert cached[-1] == (date(2023, 3, 22), "day")  # what Wang told: the call's Wednesday


def test_a_clause_mark_is_found_where_the_assertion_first_regex_found_it():
    from dipwatch.coder.matcher import _CLAUSE, _CLAUSE_MARK

    plain = re.compile(f"(?!(?<=\\d),\\d)[{re.escape(''.join(sorted(_CLAUSE)))}]")
    assert _CLAUSE_MARK.pattern.startswith("[")  # opens with the marks: skips to them
    texts = ["2,000 prisoners, freed", "1,2;3,a", "a,1 9,", ",5", "9,", "中方表示,1,000;",
             "He said: yes!", "7,8,9", "x,,1", "no mark at all"]  # fmt: skip
    for text in texts:
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                found = [m.span() for m in _CLAUSE_MARK.finditer(text, lo, hi)]
                assert found == [m.span() for m in plain.finditer(text, lo, hi)]


class _Counted:
    """A regex whose calls are counted by method name (a compiled pattern's methods cannot be
    patched)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, {}

    def __getattr__(self, name: str):
        def call(*args):
            self.calls[name] = self.calls.get(name, 0) + 1
            return getattr(self.pattern, name)(*args)

        return call


def test_a_date_with_no_plan_opener_before_it_is_not_read_for_a_plan(code, monkeypatch):
    from dipwatch.coder import dates

    counted = _Counted(dates._PLAN_OPENS)
    monkeypatch.setattr(dates, "_PLAN_OPENS", counted)
    c = code("国家主席习近平3月5日同俄罗斯总统普京举行会谈。", date(2024, 3, 6))
    # one search for an opener, then nothing: no list of the sentence's ends nor openers
    assert counted.calls == {"search": 1} and c.events[0].date == date(2024, 3, 5)
    counted.calls.clear()
    c = code("外交部宣布，王毅计划访问俄罗斯，3月5日抵达莫斯科。", date(2024, 3, 1))
    assert counted.calls.get("finditer") == 1  # an opener: the last one is looked for


def test_a_sentence_with_no_bodys_head_is_not_read_clause_by_clause(code, monkeypatch):
    from dipwatch.coder import carry

    c = code("另据媒体报道，福岛县渔业协会29日在与日本经济产业大臣会谈时表达了反对立场。",
             date(2023, 7, 30))  # fmt: skip
    s = c.sentences[0]
    at = c.norm.index("会谈")
    counted = _Counted(carry._LEAD)
    monkeypatch.setattr(carry, "_LEAD", counted)
    assert carry.own_subject(c, s, at) == c.norm.index("福岛")
    assert counted.calls.get("match", 0) > 0
    counted.calls.clear()
    c = code("另据媒体报道，日本经济产业大臣29日在东京表达了反对立场。", date(2023, 7, 30))
    assert carry.own_subject(c, c.sentences[0], c.norm.index("表达")) is None
    assert counted.calls == {}  # no head of a body before the act: one search, no clauses read


def test_counted_short_forms_are_looked_for_only_in_a_text_with_a_list_mark(code, monkeypatch):
    from dipwatch.coder import actors

    lex = code("中美").reference.actors
    assert lex.short_sorted == "".join(sorted(lex.short_chars))  # sorted once, at load time
    asked: list[str] = []
    original = actors._counted_list
    monkeypatch.setattr(
        actors, "_counted_list", lambda chars: asked.append(chars) or original(chars)
    )
    code("国家主席习近平同俄罗斯总统普京举行会谈。", date(2022, 2, 25))
    assert asked == []  # no 、: no list to read
    c = code("美、英、法三国领导人发表联合声明。", date(2022, 2, 25))
    assert asked == [lex.short_sorted]
    assert {"USA", "GBR", "FRA"} <= {m.country for m in c.mentions}


def test_the_arms_buyers_regex_is_built_once_and_opens_with_the_short_forms(code, monkeypatch):
    from dipwatch.coder import zh_actors

    code("美国国务院24日宣布，批准3亿美元对乌军售。", date(2023, 7, 30))
    built: list[str] = []
    original = zh_actors.one_of
    monkeypatch.setattr(zh_actors, "one_of", lambda words: built.append(words) or original(words))
    c = code("美媒称，美国政府初步批准向以军售价值6亿美元的武器。", date(2023, 7, 30))
    assert built == [] and ("USAGOV", "07", "ISR") in [(s, k[:2], t) for s, k, t in triples(c)]
    lex = c.reference.actors
    heads = lex.words.get("arms_trade", ())
    regex = zh_actors._arms_buyer(lex.short_sorted, heads)
    assert regex.pattern.startswith("[")  # skipped along the text to the short forms
    plain = re.compile(f"(?<=[对向涉])[{re.escape(lex.short_sorted)}](?={original(heads)})")
    for text in (
        "对乌军售",
        "向以军售，涉乌军援",
        "乌军售",
        "对美军售对",
        "俄军对乌军阵地",
        "对乌",
    ):
        for lo in range(len(text)):
            assert [m.span() for m in regex.finditer(text, lo)] == [
                m.span() for m in plain.finditer(text, lo)
            ]


def test_parts_are_read_for_armies_in_deals_only_in_a_text_with_a_deal(code):
    from dipwatch.coder.actors import _without_armies_in_deals

    deals = code("中美").reference.actors.words.get("arms_trade", ())
    parts: list = []
    # 军 in the text (most broadcasts have it), no deal: the parts are given back unread
    assert _without_armies_in_deals(parts, "俄军对乌军阵地发动进攻。", deals) is parts
    assert _without_armies_in_deals(parts, "批准对乌军售。", deals) is not parts


def _gated_steps() -> list:
    return [s for s in en_checks.EN.steps if getattr(s, "gate", ())]


def _gate_holds(step, lex: dict, sentence: str) -> bool:
    """Does every word list of ``step``'s gate have a word in ``sentence`` (matched text)?"""
    return all(any(w in sentence for w in (words(lex) if callable(words) else words))
               for words in step.gate)  # fmt: skip


def test_a_gated_step_acts_only_in_a_sentence_its_gate_lets_through(monkeypatch):
    """Every call of a gated step that rejects or changes a candidate, with the gates off, is
    in a sentence that holds its gate's words: a shut gate skips only calls that do nothing
    (our English dev sentences and dev news articles)."""
    from dipwatch.coder import checks

    def snapshot(c):
        return (dict(c.slots), c.source, c.target, list(c.sources), list(c.targets), c.lo,
                c.code, c.rule_id, c.confidence, c.threat, list(c.pairs))  # fmt: skip

    acted: list[tuple] = []

    def watching(step):
        def watched(c):
            before = snapshot(c)
            reason = step(c)
            if reason is not None or snapshot(c) != before:
                acted.append((step, c.mt.rules.lexicon, c.mt.text[c.mt.s.start : c.mt.s.end]))
            return reason

        return watched

    wrapped = {s: watching(s) for s in _gated_steps()}
    assert len(wrapped) >= 10
    monkeypatch.setattr(checks.Checks, "gated_steps", lambda self, rule, mt: tuple(
        wrapped.get(s, s) for s in self.steps_for(rule)))  # fmt: skip
    _acts(_dev_english())
    assert len({step for step, _, _ in acted}) >= 10  # most gated steps act somewhere
    wrong = [(s.__name__, text) for s, lex, text in acted if not _gate_holds(s, lex, text)]
    assert wrong == []


def test_the_gates_leave_every_match_as_every_step_gives_it(monkeypatch):
    """With each candidate's steps chosen by the gates of its sentence, the matches of our
    English dev sentences and articles are those that every step (of its rule) gives, and
    fewer steps are called."""
    from dipwatch.coder import checks

    sizes: list[tuple[int, int]] = []  # (steps chosen, steps of the rule) per candidate
    original = checks.Checks.gated_steps

    def counted(self, rule, mt):
        found = original(self, rule, mt)
        sizes.append((len(found), len(self.steps_for(rule))))
        return found

    monkeypatch.setattr(checks.Checks, "gated_steps", counted)
    docs = _dev_english()
    gated = _acts(docs)
    monkeypatch.setattr(checks.Checks, "gated_steps", lambda self, rule, mt: self.steps_for(rule))
    assert _acts(docs) == gated
    chosen, every = sum(a for a, _ in sizes), sum(b for _, b in sizes)
    assert chosen < every * 0.95  # (a gate that never shut would save nothing)


def test_a_gate_shuts_on_a_sentence_without_one_word_of_each_list(code):
    """relative_subject needs a comma and a relative pronoun (as part of any word); habitual
    one of has, have, had; a Chinese sentence's steps have no gate."""
    from dipwatch.coder.en_checks import relative_subject
    from dipwatch.coder.en_clauses import habitual

    for text, relative, perfect in (
        ("China condemned Japan on Monday.", False, False),
        ("China, which has long protested, condemned Japan.", True, True),
        ("China condemned Japan, whose ship sank.", True, False),  # (who in whose)
        ("China condemned Japan which had sent a ship.", False, True),  # no comma
    ):
        c = code(text, date(2023, 8, 24))
        ruleset = c.reference.rules["en"]
        mt = Matcher(c, c.sentences[0], ruleset, c.mentions)
        rule = next(r for r in ruleset.rules if relative_subject in en_checks.EN.steps_for(r)
                    and habitual in en_checks.EN.steps_for(r))  # fmt: skip
        steps = en_checks.EN.gated_steps(rule, mt)
        assert (relative_subject in steps, habitual in steps) == (relative, perfect), text
    c = code("中方坚决反对。", date(2022, 2, 25))
    ruleset = c.reference.rules["zh"]
    mt = Matcher(c, c.sentences[0], ruleset, c.mentions)
    rule = ruleset.rules[0]
    assert zh_checks.ZH.gated_steps(rule, mt) == zh_checks.ZH.steps_for(rule)
    assert en_checks.EN.has_gates and not zh_checks.ZH.has_gates  # (a Chinese candidate's
    # steps are its rule's, with no sentence read for gates)


class _CountedRegex:
    """A regex that counts its searches (``re.Pattern`` cannot be patched)."""

    def __init__(self, pattern: str) -> None:
        self.regex, self.asked = re.compile(pattern), 0

    def search(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        self.asked += 1
        return self.regex.search(text, lo, hi)


def test_a_sentence_is_searched_once_for_a_steps_words(code):
    """``Matcher.in_sentence`` reads the sentence once for each regex, whoever asks, and only
    that sentence: what a step's gate asks of every candidate."""
    c = code("民调显示，多数人反对制裁。天气晴朗。", date(2023, 8, 24))
    polls = _CountedRegex("民调")
    first, second = (Matcher(c, s, c.reference.rules["zh"], c.mentions) for s in c.sentences)
    assert [first.in_sentence(polls) for _ in range(3)] == [True] * 3
    assert second.in_sentence(polls) is False
    assert polls.asked == 2


def test_a_plans_date_is_sought_only_in_a_text_that_names_a_plan():
    """Without 原定 (原订, 原计划) in the text no date is a plan's: the resolver asks no regex
    before each date; with one, the plan's date is still a thing's, not the act's."""
    from dipwatch.coder.dates import _Resolver, find_dates

    assert not _Resolver(date(2024, 5, 1), text="中方宣布推迟 6 月的访问。").plans
    assert _Resolver(date(2024, 5, 1), text="推迟原计划 6 月的访问。").plans
    found = find_dates("中方宣布推迟原定 6 月对美国的访问。", date(2024, 5, 1))
    assert [d.attributive for d in found] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "外交部发言人就台独问题答记者问。美方在南海挑衅。\n\nTaiwan and Hong Kong were raised. 涉疆问题。",
        "中方坚决反对台独。香港特区政府表示欢迎。",
        "The Taiwan Strait and the South China Sea were discussed.",
    ],
)
def test_issues_read_in_the_rules_scan_are_those_of_a_whole_text_pass(text):
    from dipwatch.coder import default_reference
    from dipwatch.coder.issues import _tag

    c = coding(Document(text=text))
    whole: list[set[str]] = [set() for _ in c.sentences]
    _tag(c, default_reference().issues.automaton, whole)
    assert c.issues == [tuple(sorted(ids)) for ids in whole]
    assert any(c.issues)


def test_a_chinese_text_is_not_read_again_for_its_issues(monkeypatch):
    from dipwatch.coder import default_reference

    terms = default_reference().issues
    read: list[str] = []
    monkeypatch.setattr(terms.automaton, "iter", lambda text, *a: read.append(text) or [])
    c = coding(Document(text="中方坚决反对台独。美方在南海挑衅。"))
    assert c.issues and c.issues[0] and not read
