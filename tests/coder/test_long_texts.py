"""A long text costs its length: per-sentence work reads the sentence's neighbours, never every
mention, match or character told before it (DESIGN: linear in length; the long narrative of
``benchmarks/bench_coder.py --lang long``). Each shortcut gives what the scan it replaced gave."""

import random
from types import SimpleNamespace

from dipwatch.coder import actors, normalise, zh_embedded, zh_planned
from dipwatch.coder.doc import Coding, Match, Mention
from dipwatch.models import Document


def test_matches_of_a_sentence_and_of_a_doer_are_those_a_scan_finds_as_matches_grow():
    c = Coding(Document(text="x"), None)  # type: ignore[arg-type]
    rng = random.Random(7)
    doers = [Mention(k, k + 1, "USA", "USA", "name") for k in range(5)]
    for sentence in range(40):
        for _ in range(rng.randrange(3)):
            doer = rng.choice([*doers, None])
            target = rng.choice([doers[0], None])
            c.matches.append(Match("r", "010", sentence, 0, 1, doer, target, 1.0))
        for i in range(sentence + 2):
            assert c.matches_of(i) == [m for m in c.matches if m.sentence == i]
        for d in doers:
            first = next((m for m in c.matches if m.source is d and m.target is not None), None)
            assert c.first_match_from(d) is first


def test_wrapped_lines_are_joined_block_by_block_as_over_the_whole_text(monkeypatch):
    paragraph = ("5 月 20 日,南韩公布调查结果,指控北韩以鱼雷击沉该舰,指控北\n\n韩以鱼雷,击沉。\n"
                 "中方表示,双方应当保持克制,避免局势进一步紧张升级,维护半岛\n和平。\n\n")  # fmt: skip
    text = paragraph * 400
    blocks: list[int] = []
    join = normalise._join_block
    monkeypatch.setattr(normalise, "_join_block", lambda s: blocks.append(len(s)) or join(s))
    joined = normalise.join_wrapped_lines(text)
    assert joined != text and joined == normalise.join_wrapped_lines(paragraph) * 400
    assert len(blocks) > 5 and max(blocks) < 2 * normalise._JOIN_BLOCK  # not the whole text
    monkeypatch.setattr(normalise, "_JOIN_BLOCK", 10**9)  # one block: the text at once
    assert normalise.join_wrapped_lines(text) == joined


class _Reads(str):
    """A text that notes how far back each ``rfind`` and forward each ``find`` reads."""

    reads: list[int]

    def rfind(self, sub, lo=0, hi=None):  # type: ignore[override]
        self.reads.append(hi - lo)
        return str.rfind(self, sub, lo, hi)

    def find(self, sub, lo=0, hi=None):  # type: ignore[override]
        self.reads.append((len(self) if hi is None else hi) - lo)
        return str.find(self, sub, lo, hi)


def test_a_planned_contacts_clause_is_found_reading_near_it_only():
    plain = "美方表示，" + "各方会谈将举行" * 3000 + "。中美会晤"
    text = _Reads(plain)
    text.reads = []
    at = len(plain) - 2
    start = max(plain.rfind(ch, 0, at) for ch in zh_planned._CLAUSE_END) + 1
    assert zh_planned._clause(text, at) == start  # what a scan back to the start finds
    assert zh_planned._clause(text, 6) == 5 and zh_planned._clause(text, 3) == 0
    assert max(text.reads[: len(zh_planned._CLAUSE_END)]) < 100  # the mark is near: no more
    assert zh_planned._clause_end(plain, 6) == plain.index("。")
    assert zh_planned._clause_end(plain, len(plain) - 3) == len(plain)


def test_a_two_character_name_inside_words_is_judged_without_a_scan_per_name(monkeypatch):
    norm = "扩张董军" * 60 + "，董军表示"
    people = [Mention(k * 4 + 2, k * 4 + 4, "CHN", "CHN", "person") for k in range(60)]
    standing = Mention(len(norm) - 4, len(norm) - 2, "CHN", "CHN", "person")
    coding = SimpleNamespace(norm=norm, dates=[], reference=SimpleNamespace(
        actors=SimpleNamespace(name_chars=frozenset())))  # fmt: skip
    calls: list[int] = []
    stands = zh_embedded._stands
    monkeypatch.setattr(zh_embedded, "_stands", lambda n, m: calls.append(1) or stands(n, m))
    zh_embedded.embedded_names(coding, [*people, standing])  # type: ignore[arg-type]
    assert not any(m.inert for m in people)  # the name stands once: not a piece of words
    assert len(calls) <= 3 * 61  # a few per mention, not one per pair of them
    calls.clear()
    lone = [Mention(k * 4 + 2, k * 4 + 4, "CHN", "CHN", "person") for k in range(60)]
    zh_embedded.embedded_names(coding, lone)  # type: ignore[arg-type]
    assert all(m.inert for m in lone) and len(calls) <= 3 * 60


def test_the_speaker_of_our_state_is_looked_for_among_its_sentences_mentions(code, monkeypatch):
    sizes: list[int] = []
    before = actors.speaker_before
    monkeypatch.setattr(actors, "speaker_before",
                        lambda c, s, lim, ms: sizes.append(len(ms)) or before(c, s, lim, ms))  # fmt: skip
    c = code("美国总统表示，我国愿同日本合作。" * 100)
    assert len(sizes) >= 100 and max(sizes) <= 3  # not every mention told before
    assert [m.country for m in c.mentions[:3]] == ["USA", "USA", "JPN"]
