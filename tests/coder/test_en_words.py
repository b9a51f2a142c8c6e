"""``Words`` finds what the case-blind alternation it replaces finds (issue 10's speed target:
the same spans, only sooner)."""

import re
from datetime import date

from dipwatch.coder import en_actors
from dipwatch.coder.doc import Coding
from dipwatch.coder.en_words import FOLDS, Words
from dipwatch.coder.normalise import normalise
from dipwatch.coder.reference import default_reference
from dipwatch.models import Document

_TEXTS = (
    "Kurdish rebels and KURDS met Kurds-in-exile; the kurdish-led police, Police and POLICEMEN.",
    "Tamil Tigers, Tamils and Arab and arabs: a Kurd, Kurdistan and anti-Kurdish riots.",
    "the SECURITY FORCES of government forces and government; 3police _police police_",
    "İzmir's Kurds, ıraqi Kurds, ſecurity forces and Police in Aſia.",  # letters re folds
    "Kurds\nPolice\tsoldiers—troops“rebels”",
)
_WORDS = ("Kurds", "Kurdish", "Kurd", "Tamil", "Tamils", "Arab", "Arabs", "police", "policemen",
          "security forces", "government", "government forces", "soldiers", "troops", "rebels")  # fmt: skip


def _blind(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])", re.IGNORECASE)


def _coding(text: str) -> Coding:
    c = Coding(Document(text), default_reference())
    normalise(c)
    return c


def test_words_find_the_spans_of_the_case_blind_regex():
    words, blind = Words(_WORDS), _blind(_WORDS)
    for text in _TEXTS:
        c = _coding(text)
        regex, read = words.reader(c)
        for lo in range(0, len(text), 3):
            for hi in (lo + 9, lo + 30, len(text)):
                got = [m.span() for m in regex.finditer(read, lo, hi)]
                assert got == [m.span() for m in blind.finditer(c.norm, lo, hi)], (text, lo, hi)
        for pos in range(len(text)):
            found, expected = regex.match(read, pos), blind.match(c.norm, pos)
            assert (found and found.span()) == (expected and expected.span())


def test_a_text_with_a_letter_re_folds_otherwise_is_read_case_blind():
    words = Words(_WORDS)
    assert words.reader(_coding(_TEXTS[0]))[0] is words.lower
    assert words.reader(_coding(_TEXTS[3]))[0] is words.blind
    assert FOLDS.search(_TEXTS[3]) and not FOLDS.search(_TEXTS[0])
    assert Words(("Québécois", "Kurds")).reader(_coding(_TEXTS[0]))[0].flags & re.IGNORECASE


def test_the_reference_sector_words_and_peoples_find_what_their_regexes_found():
    c = _coding(" ".join(_TEXTS[:3]) + " Hutu militiamen, Pashtun tribesmen and Druze villagers.")
    lex = c.reference.rules["en"].lexicon
    sectors, table = en_actors._sector_words(c), lex.get("ethnic_groups", {})
    for words, finder in (
        (tuple(sectors[1]), sectors[0]),
        (tuple(table), en_actors._people_finder(table)),
    ):
        regex, read = finder.reader(c)
        assert regex is finder.lower
        found = [m.span() for m in regex.finditer(read)]
        assert found and found == [m.span() for m in _blind(words).finditer(c.norm)]


def test_located_sector_words_take_the_sentences_place(code):
    c = code("Gunmen killed three policemen in southern Lebanon. Israeli jets struck targets in "
             "Lebanon. In Tehran, students stormed the British embassy.", date(2000, 1, 1))  # fmt: skip
    found = [(c.text[m.start : m.end], m.code) for m in c.mentions]
    assert ("policemen", "LBNCOP") in found and ("students", "IRNEDU") in found
    assert not any(text == "jets" for text, _ in found)


_PLACES = (
    "Rebels attacked a village in northern Uganda and troops inside the far north-east Congo.",
    "Talks near Geneva, across the Border, throughout  South Sudan; outside Kabul, within Iraq.",
    "IN THE SOUTHERN Lebanon, in-the north, pin east, Into Syria, InSide the Gaza Strip.",
)


def test_regexes_that_open_with_their_letters_find_what_the_boundary_ones_found():
    heads = ("Committee", "Commission", "Council", "Forum", "Fund", "Front", "Watch")
    old_heads = re.compile(r"\b(?:" + "|".join(heads) + r")\b")
    old_half = re.compile(r"\b[Tt]he\s+(?P<half>North|South)\b(?!\s+(?:[A-Z]|of\s+[A-Z]))")
    texts = (*_TEXTS, *_PLACES, "the North, The South Korea, theNorth, the Fund's Watchers, "
             "Forums, a Council-run Front; Human Rights Watch. the south, the North of Mali")  # fmt: skip
    for text in texts:
        for old, new in (
            (old_heads, en_actors._body_head(heads)),
            (old_half, en_actors._KOREA_HALF),
        ):
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_the_lower_case_locative_finds_what_the_case_blind_one_found():
    answers = []
    for text in _PLACES:
        c = _coding(text)
        for end in range(len(text) + 1):
            for lo in (max(0, end - 40), max(0, end - 12)):
                found = en_actors._LOCATIVE_LOWER.search(c.lower[lo:end]) is not None
                assert found == (en_actors._LOCATIVE.search(c.norm[lo:end]) is not None)
                answers.append(found)
    assert True in answers and False in answers


def test_is_adjective_is_the_adjective_regex():
    from dipwatch.coder.english import _ADJECTIVE, is_adjective

    words = ("european", "asian", "chinese", "british", "islamic", "political", "active",
             "famous", "useful", "large-scale", "israeli", "iraqi", "xi", "Israeli", "a-b-c",
             "a-", "-", "mid-2020s", "pro-_x", "ţi", "visit", "talks", "de-", "twenty-one")  # fmt: skip
    assert [is_adjective(w) for w in words] == [bool(_ADJECTIVE.search(w)) for w in words]
    assert True in map(is_adjective, words) and False in map(is_adjective, words)


def test_capitalised_finds_what_the_regex_finds_that_opens_with_a_capital():
    table = ("kurds", "kurdish", "tamil", "tamils", "hutu", "druze")
    words = Words(table)
    texts = (*_TEXTS, "Kurds-led KURDS kurds Kurdish_x Tamil's Hutu-Tutsi Druze. (Tamils) 3Kurds",
             "Ḱurds and Kurds in Erbil, Tamils and the Hutu—Druze")  # fmt: skip
    assert words.runs and not Words(("tamil tigers", "kurds")).runs
    for text in texts:
        c = _coding(text)
        regex, read = words.reader(c)
        for pos in (0, 5, 17):
            expected = [m.span() for m in regex.finditer(read, pos) if c.norm[m.start()].isupper()]
            assert [m.span() for m in words.capitalised(c, pos)] == expected, (text, pos)
    assert [m.group() for m in words.capitalised(_coding(texts[-2]))] == [
        "KURDS",
        "Tamil",
        "Druze",
        "Tamils",
    ]
