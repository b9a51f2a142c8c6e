"""The Latin automaton's pass is skipped on a text with no letter a-z (most Chinese texts),
unless it holds one of the Latin forms with no such letter (17+1)."""

from dipwatch.coder import actors, default_reference
from dipwatch.coder.doc import Coding
from dipwatch.coder.normalise import normalise
from dipwatch.models import Document


def _parts(text: str) -> list[str]:
    c = Coding(Document(text), default_reference())
    normalise(c)
    return [c.norm[p.start : p.end] for p in actors._dictionary_parts(c, c.reference.actors)]


def test_the_latin_forms_with_no_letter_are_known():
    assert "17+1" in default_reference().actors.latin_unlettered
    assert all(
        not any("a" <= ch <= "z" for ch in k) for k in default_reference().actors.latin_unlettered
    )


def test_a_latin_form_with_no_letter_is_found_in_a_text_with_no_letter():
    assert "17+1" in _parts("中国—中东欧国家17+1合作")
    assert "apec" not in _parts("中国—中东欧国家17+1合作")
    assert "APEC" in _parts("出席APEC会议")
