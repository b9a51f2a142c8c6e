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
