"""The first components: a folded copy of the text to match on, and sentences with offsets.

``norm`` is ``fold(text)`` (Traditional to Simplified, 臺 to 台, full-width to half-width) with
odd whitespace made plain; ``lower`` is its lower-case twin for English names. Both keep the
text's length, so every offset found in them is an offset into the original document.
"""

from __future__ import annotations

import re

from dipwatch.coder.doc import Coding, Sentence
from dipwatch.coder.en_dates import dateline
from dipwatch.reference.fold import fold

# Whitespace that is not a newline becomes a space; \r becomes a space so that \r\n stays one break.
_SPACES = str.maketrans({"\t": " ", "\r": " ", "\u00a0": " ", "\u2028": "\n", "\u2029": "\n"})
_ODD_SPACE = re.compile("[\t\r\u00a0\u2028\u2029]")
_CJK = re.compile(r"[\u3400-\u9fff]")
# A Chinese terminator ends a sentence anywhere; an English one only before space or a quote.
# (Each alternative opens with its character: the engine then skips along the text to one of
# them by itself, where a class as the first alternative has it try the regex at every place.)
_END = re.compile(r"。|!|\?|;|\n|\.(?=\s|$|[\"”’)])")
_CLOSERS = '”’"」』)]）'
_ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "gen",
        "sen",
        "rep",
        "gov",
        "prof",
        "inc",
        "co",
        "ltd",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "e.g",
        "i.e",
        "p.r.c",
        "a.m",
        "p.m",
    ]
)


def normalise(coding: Coding) -> None:
    """Fill ``coding.norm`` and ``coding.lower`` from the document's text.

    >>> from dipwatch.coder.reference import default_reference
    >>> from dipwatch.models import Document
    >>> c = Coding(Document("臺灣，ＵＳ"), default_reference())
    >>> normalise(c); c.norm
    '台湾,US'
    """
    norm = fold(coding.text)
    if _ODD_SPACE.search(norm):
        norm = norm.translate(_SPACES)
    if "\n" in norm and not norm.isascii() and _CJK.search(norm):
        norm = join_wrapped_lines(norm)
    lower = norm.lower()
    if len(lower) != len(norm):  # a few letters (İ) grow when lowered: keep offsets aligned
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)
    coding.norm = norm
    coding.lower = lower


def split_sentences(coding: Coding) -> None:
    """Fill ``coding.sentences``: spans between terminators, trimmed, with paragraph numbers.

    >>> from dipwatch.coder.reference import default_reference
    >>> from dipwatch.models import Document
    >>> c = Coding(Document("He met Mr. Li in the U.S. on Nov. 3. 中方表示欢迎。"), default_reference())
    >>> normalise(c); split_sentences(c); [c.text[s.start:s.end] for s in c.sentences]
    ['He met Mr. Li in the U.S. on Nov. 3.', '中方表示欢迎。']
    """
    norm = coding.norm
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    line = dateline(norm)
    if line is not None:  # BEIJING, Dec 10 (Agency) -: the story's place and date, a sentence
        _add(sentences, norm, 0, line.end, paragraph)
        start = line.end
    for m in _END.finditer(norm, start):
        end = m.end()
        if m.group() == "." and _is_abbreviation(norm, m.start()):
            continue
        if m.group() == "\n" and _wrapped(norm, m.start()):
            continue
        # A closing quote or bracket belongs to the sentence it ends; after a line break it
        # opens the next one ("We will…," he said).
        while m.group() != "\n" and end < len(norm) and norm[end] in _CLOSERS:
            end += 1
        _add(sentences, norm, start, end, paragraph)
        if m.group() == "\n":
            paragraph += 1
        start = end
    _add(sentences, norm, start, len(norm), paragraph)
    coding.sentences = sentences


# A line break with the blank lines and spaces around it (a PDF extraction leaves a blank
# line after each line of print); written to open with a character (a newline, or a space
# before one) that the engine skips along the text to.
_BREAK_RUN = re.compile(r"(?:\n|  *\n)(?: *\n)* *")
#: How long a printed line of Chinese runs at least when a PDF wraps it: columns of 37
#: characters are common, and narrower ones of 26 to 30 (a page in two columns, wide margins).
_WRAPPED_LINE = 24
_NOT_BLANK = re.compile(r"[^ \n]")
# What ends a clause: where a word cut by a wrapped line has surely ended.
_CLAUSE_END = re.compile(r"[,、;:。!?\n]")


def join_wrapped_lines(norm: str) -> str:
    r"""Make whole the words a PDF's printed lines cut (指控北\n\n韓以魚雷…, 中共外\n\n交部):
    the break of a wrapped line (``_wrapped``) and its blank lines are moved, as spaces, to the
    end of the clause the next line goes on with, so that the cut word is matched whole and
    the sentence runs on. The text keeps its length; offsets inside such a clause point a few
    characters off in the original.

    >>> join_wrapped_lines("5 月 20 日,南韩公布调查结果,指控北韩以鱼雷击沉该舰,指控北\n\n韩以鱼雷,击沉。")
    '5 月 20 日,南韩公布调查结果,指控北韩以鱼雷击沉该舰,指控北韩以鱼雷  ,击沉。'
    """
    # Block by block, each cut after a line that ends a sentence (。 then a newline: no moving
    # reaches over it, nor looks back past it), so that a move copies its block, not the text:
    # rebuilding the whole text at each move made long texts quadratic.
    pieces, at = [], 0
    while (cut := norm.find("。\n", at + _JOIN_BLOCK)) >= 0:
        pieces.append(_join_block(norm[at : cut + 2]))
        at = cut + 2
    return "".join([*pieces, _join_block(norm[at:])])


#: How many characters a block of :func:`join_wrapped_lines` has at least.
_JOIN_BLOCK = 4096


def _join_block(norm: str) -> str:
    at = 0
    while (m := _BREAK_RUN.search(norm, at)) is not None:
        at = m.end()
        if not _wrapped(norm, m.start() + norm[m.start() : m.end()].index("\n")):
            continue
        end = _CLAUSE_END.search(norm, m.end())
        stop = end.start() if end else len(norm)
        moved = norm[m.end() : stop] + " " * (m.end() - m.start())
        norm = norm[: m.start()] + moved + norm[stop:]
        at = m.start() + (stop - m.end())
    return norm


def _wrapped(norm: str, newline: int) -> bool:
    r"""True when the newline at ``newline`` only wraps a Chinese line of a PDF: inside a date
    (``11\n月 15 日``), or after a long line with a comma that runs on without a terminator.

    >>> _wrapped("11\n月 15 日", 2), _wrapped("标题\n正文", 2)
    (True, False)
    """
    line_start = norm.rfind("\n", 0, newline) + 1
    line = norm[line_start:newline].strip(" ")
    after = norm[newline + 1 : newline + 3].lstrip(" ")[:1]
    if not line or not after:
        return False
    if line[-1].isdigit() and after in "年月日号":
        return True
    if after == "\n":  # a blank line after it: a PDF's, when the next line goes on
        # (a search, not the rest of the text stripped: one copy of it a line was quadratic)
        rest = _NOT_BLANK.search(norm, newline)
        if rest is None:
            return False
        after = rest.group()
    return (
        len(line) >= _WRAPPED_LINE
        and "," in line
        and (_CJK.match(line[-1]) is not None or line[-1] in ",、")
        and (_CJK.match(after) is not None or after.isdigit() or after in ",、")
    )


def _is_abbreviation(norm: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial, not a sentence."""
    begin = dot
    while begin > 0 and (norm[begin - 1].isalpha() or norm[begin - 1] == "."):
        begin -= 1
    word = norm[begin:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    rest = norm[dot + 1 : dot + 3].lstrip()
    if rest[:1].islower():  # a sentence does not start in lower case
        return True
    # A single capital letter is an initial (Joe R. Biden), unless a new sentence follows? rare.
    # So is a run of them (K.P. Sharma Oli).
    return (len(word) == 1 and norm[dot - 1].isupper()) or _INITIALS.fullmatch(
        norm, begin, dot
    ) is not None


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


#: The longest sentence coded whole, in characters. The longest in ten years of CCTV news is
#: about 600; a text that runs on for longer without a full stop (an unpunctuated dump, a
#: table flattened to one line) is cut into pieces, at a comma or space near the limit where
#: there is one, so that coding time grows with the text's length, not with its square.
LONGEST = 1000
_BREAK = re.compile(r"[,、;: ]")


def _add(sentences: list[Sentence], norm: str, start: int, end: int, paragraph: int) -> None:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    while end - start > LONGEST:
        cut = start + LONGEST
        breaks = [m.end() for m in _BREAK.finditer(norm, start + LONGEST // 2, cut)]
        _add(sentences, norm, start, breaks[-1] if breaks else cut, paragraph)
        start = breaks[-1] if breaks else cut
    if end > start:
        # (``isascii`` is a flag of the string: an English text is not scanned per sentence)
        cjk = not norm.isascii() and _CJK.search(norm, start, end) is not None
        sentences.append(Sentence(len(sentences), start, end, paragraph, cjk))
