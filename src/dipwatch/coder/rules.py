"""Event rules: the pattern files ``reference/data/patterns/{zh,en}.yaml``, read and validated.

The pattern language is described at the top of ``zh.yaml``. A pattern is compiled into a
sequence of ``Element``s; its longest required word element is the trigger, which is looked up
with one Aho-Corasick automaton per language, and the other elements are checked around it.
A malformed file raises ``PatternError`` naming the file and the rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, reduce
from operator import or_
from pathlib import Path
from typing import Any

from dipwatch.coder.automaton import Automaton
from dipwatch.coder.english import expand
from dipwatch.errors import PatternError
from dipwatch.reference.fold import fold
from dipwatch.reference.loader import read_yaml

LANGS = ("zh", "en")
# pair: the first of a pair of short forms (俄乌外长在…会谈: 俄); speaker_first: the speaker
# before or after the pattern, else the first actor before it (never the home state).
# group: the participants of a gathering China takes part in, named by a group word (与会领导人).
# place: the first state named as a place in the sentence (killed in a blast in Beirut: LBN).
# striker: the forces of another state than the one struck, named in the sentence or the one
# after or before it (…一辆汽车遭空袭。…已指示以军…: 以军).
SOURCE_FALLBACKS = ("first", "before", "speaker", "home", "none", "pair", "speaker_first",
                    "group", "place", "striker")  # fmt: skip
# after? is "after" when there is one, else no target (protests, resignations, curfews).
# partner: first_other, or else a state named only in a pair (中尼建交: 尼).
# occasion: partner, or else the other state of the pair the item named before (第四届中俄能源
# 商务论坛…。谢钦宣读俄罗斯总统普京贺信: 中), the occasion a message is read out at.
# topic: the actor of a topic clause opening the sentence (对于美方…，中方表示坚决反对: 美方).
# carried: only the party a recent sentence lends (习近平在会中警告…: the one he met).
# pair: the other state of the pair the source is in (巴以冲突爆发: 以).
# story: none in the sentence; the English story's (condemned the move: the mover).
# agreed: the other party of the last accord (05) told before by the source's state (蓋亞那…
# 宣布終止該協議: Taiwan, with whom it was signed).
# participants: every other party of a gathering China takes part in, else as ``after``.
# place: the first state named after the act (or between its doer and it), a place too
# (以军在黎巴嫩南部发动空袭: LBN).
# struck: what the subject of a passive strike with no doer names (…难民营一辆汽车遭空袭: PSE).
# attacker: the first actor of another state before it, in its sentence or the one before
# (…发射了多枚导弹。叙利亚防空系统启动拦截: whose missiles were downed).
# told: the first actor of the sentence before (…更新出口管制规定；中共外交部当天表示坚决反对).
# this: the first actor of the last sentence ended by 。 (…参拜靖国神社。…；…对此表示"失望").
# answered: first_other, else told (美国宣布对俄罗斯实施新一轮制裁。俄方表示，将采取反制措施).
# followed: the target of the act told last, in the sentence or the one before (英国、加拿大
# 同日跟进制裁: whom the sanctions before were on).
# parties: both parties of the act told last before, each a target (印度对巴基斯坦发动导弹
# 袭击。中方…呼吁双方保持克制: India and Pakistan).
# signers: the parties named right before an accord's making (…批准日韩两国签订的…协定。…指出
# 该协定…是非法的: Japan and Korea), each a target.
# home: the document's home state when the sentence names no state but it and the source's
# (越南总理发来贺信，对节目播出表示祝贺: a message sent hither, to the occasion reported).
# hither: the document's home state, whatever other states the sentence names (发来贺电贺函的还有
# 黎巴嫩…议长贝里，老挝…: the states named are the listed senders, not addressees).
TARGET_FALLBACKS = ("after", "first_other", "after!", "first_other!", "after?", "none",
                    "partner", "partner!", "topic", "topic!", "carried!", "pair!",
                    "story", "participants", "participants!", "place", "place!",
                    "followed!", "told!", "occasion!", "attacker!", "struck!", "answered",
                    "answered!", "parties!", "this!", "agreed!", "signers!", "home",
                    "hither")  # fmt: skip
GAP_MARKS = ("…", "...")
# English words too common to trigger a pattern on: found in every other sentence, they cost a
# check each time and seldom lead to a match.
_FUNCTION_WORDS = frozenset((
    "and", "or", "with", "to", "of", "in", "on", "at", "by", "for", "from", "against",
    "will", "would", "the", "a", "an", "that",
    "位于",  # 向位于…的X发射: where the target is, never the act
))  # fmt: skip
_CODE = re.compile(r"^\d{3,4}$")
_ACTOR = re.compile(r"^[A-Z]{3}([A-Z]{3})?$")
_SLOT = re.compile(r"^\{([ST])(!?)\}$")
_LEXICON_LISTS = (
    "home_roles", "prc_offices", "talks_named", "home", "joiners", "dyad_context", "dyad_block", "never", "speech", "locative",
    "reporter_after", "reporter_before", "voice_after", "negation", "negation_adjacent", "negation_before_doer", "negation_exceptions",
    "negation_of_paper",
    "conditional", "conditional_exceptions", "future", "adjacent_shorts", "short_after", "passive",
    "dyad_subject", "conjunctions", "event_after", "doubling", "role_joiners", "by",
    "passive_auxiliaries", "titles", "name_chars", "name_stops", "place_after", "former",
    "third_parties", "side_mark", "side_words", "side_block_after", "short_before", "run_word_ends", "run_word_starts", "side_regions", "side_exclude", "side_spelt_stands",
    "reduced_passive", "not_actors", "carry_openers", "carry_opener_exceptions", "embedding", "short_governors",
    "short_after_governed", "event_modifiers", "occasion_after", "separately", "pair_words",
    "pair_after", "pair_before", "list_openers", "topic_openers", "group_words", "meeting_acts", "if_words",
    "hypothetical", "time_anchors", "carry_back_openers", "told_of_openers", "statement_openers", "body_after", "body_never_first", "date_list_marks",
    "undated_frames", "object_verbs", "object_verbs_before_clause", "naming_before", "naming_after", "background_openers",
    "group_founded", "group_summit", "group_held", "state_mark", "state_never", "state_named_here",
    "state_block_after", "stance_after_short", "stance_never", "topic_marks", "habitual", "habitual_exceptions", "origin_before", "killer_before", "blamed_before",
    "occasion_frames", "decided", "noun_modifiers", "weak_modifiers", "adjectival",
    "infinitive_governors", "adverbial_acts", "reporting", "threat_verbs", "side_before",
    "side_verbs", "side_noun_after", "since_after", "since_first", "since_adverbs", "anniversary", "background",
    "now", "still", "reacted_openers", "background_exceptions", "affairs_of", "affairs_verbs", "destination_before", "attributive_before", "about_before", "venue_after",
    "mediation_after", "reach_after", "addressee", "speaker_adverbs", "group_subjects", "place_words",
    "place_shorts", "short_heads", "not_verbs", "pretended", "naming", "patient_markers", "harm_nominals", "undone",
    "unnamed", "opponents", "infinitive_nouns", "consequences", "unrealised", "anaphors", "sequence_openers",
    "topic_acts", "topic_papers", "contents_openers", "pursuit", "trigger_words", "prepared", "readied", "aims", "not_held_after", "scheduled_after", "happened_after", "appeal_before", "demanded_acts", "refusals",
    "warnings", "body_heads", "state_body_words", "topic_after", "governed_any", "short_word_ends",
    "area_after", "leader_after", "supplier_after", "posted_heads", "arms_trade", "china_coming",
    "noun_predicates", "obliged", "obliged_exceptions",
    "alleged_heads", "alleged_before", "unless_exceptions", "wished", "capital_named_after", "clock_after",
    "future_exceptions", "future_in_clause", "reproached_measure", "crowd_words", "march_words", "independence_words", "obliged_before", "acted_on_before", "patient_verbs", "imposing", "aid_embedding", "private_people", "since_events", "reproach_verbs",
    "unnamed_doers", "traditional_only",
)  # fmt: skip
_UNNORMALISED = ("joiners", "conjunctions", "role_joiners", "body_heads", "state_body_words")


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a pattern: words (any one of ``words``) or an actor slot (S or T).

    ``long`` says the gap *before* this element is the long one (a ``…`` stood there);
    ``verbs`` are those of its words that are verb forms (``visit~``): never nouns after "the"
    or "her" (a suspension of links: ``suspension`` is a noun anyway, ``suspend`` is a verb).
    """

    words: tuple[str, ...] = ()
    slot: str = ""
    verbs: frozenset[str] = frozenset()
    optional: bool = False
    required: bool = False
    long: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled pattern; ``needs`` numbers the word lists, besides the trigger's, of which one
    word must occur in a sentence for the pattern to match there (a quick test first; see
    ``need_words``). The numbers are those of the rule set the pattern was compiled for."""

    text: str
    elements: tuple[Element, ...]
    anchor: int
    needs: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule of a pattern file.

    >>> rule = rules("zh").by_id["zh.041.call"]
    >>> (rule.code, rule.patterns[0].elements[rule.patterns[0].anchor].words[0])
    ('041', '通电话')
    """

    id: str
    code: str
    patterns: tuple[Pattern, ...]
    source: str
    target: str
    confidence: float
    gap: int
    long_gap: int
    unless: tuple[str, ...] = ()
    future: str | None = None
    negation: bool = True
    mutual: bool = False
    joint: bool = True
    # What a condition turns the rule's own code into (the rule set's ``conditional``), if any.
    threat: str | None = None


@dataclass(slots=True)
class RuleSet:
    """The rules of one language, their lexicon and the trigger automaton."""

    lang: str
    where: str
    rules: tuple[Rule, ...]
    lexicon: dict[str, Any]
    conditional: dict[str, str]
    by_id: dict[str, Rule] = field(default_factory=dict)
    triggers: Any = None  # Automaton: word -> (length, ((rule index, pattern index), ...))
    short_needs: tuple[tuple[str, int], ...] = ()  # (a, in, of; their lists' bits): see need_words
    words: Any = None  # Automaton: triggers and needs (``sentence_words``), read once a sentence
    need_ids: dict[tuple[str, ...], int] = field(default_factory=dict)  # list -> its number

    def fold(self, word: str) -> str:
        """A word as it is matched: folded for Chinese, lower case for English."""
        return fold(word) if self.lang == "zh" else word.lower()


def _fail(where: str, entry: str, reason: str) -> PatternError:
    return PatternError(where, entry, reason)


def _words(token: str, lang: str, forms: dict[str, Any] | None = None) -> tuple[str, ...]:
    """The alternatives of a word element; ``_`` stands for a space inside a phrase, and in
    English ``~`` after a word stands for all its verb forms (``agree~``: agreed, agrees…)."""
    words = [w.replace("_", " ") for w in token.split("|")]
    if lang == "zh":
        return tuple(fold(w) for w in words)
    forms = forms if forms is not None else {}
    out: list[str] = []
    for w in words:
        expanded = expand(w.lower(), forms.get("verb_forms"), forms.get("doubling", ()))
        for form in expanded:
            if form not in out:
                out.append(form)
    return tuple(out)


def need_words(
    need_ids: dict[tuple[str, ...], int],
) -> tuple[dict[str, int], tuple[tuple[str, int], ...]]:
    """Every word the patterns of a rule set need: word -> the numbers of its lists
    (``need_ids``, numbered as the set's patterns were compiled) as the bits of one number, so
    a sentence is searched once for all of them, in the automaton of its triggers
    (``sentence_words``), and its lists are one OR away.

    English words of one or two letters (a, in, of, to) are apart, as (word, bits), each looked
    for in the sentence as a whole: the automaton would report one hit for each of their many
    occurrences (a third of its hits were the letter a).
    """
    table: dict[str, set[int]] = {}
    for words, i in need_ids.items():
        for w in words:
            table.setdefault(w, set()).add(i)
    words: dict[str, int] = {}
    short: list[tuple[str, int]] = []
    for w, found in table.items():
        bits = sum(1 << i for i in found)
        if len(w) <= 2 and w.isascii() and w.isalpha():
            short.append((w, bits))
        else:
            words[w] = bits
    return words, tuple(short)


def short_needs(ruleset: RuleSet, text: str, start: int, end: int) -> int:
    """The bits of the needed lists that the short English words (``need_words``) found in
    ``text[start:end]`` put in: each word looked for once in the sentence."""
    if not ruleset.short_needs:
        return 0
    window, found = text[start:end], 0
    for word, bits in ruleset.short_needs:
        if word in window:
            found |= bits
    return found


def needed_bits(ruleset: RuleSet, text: str, start: int, end: int) -> int:
    """The bits of the needed lists of which a word is in ``text[start:end]``: from the hits of
    ``ruleset.words`` there and the short English words."""
    hits = ruleset.words.iter(text, start, end) if len(ruleset.words) else []
    found = reduce(or_, [bits for _, (_, _, bits, _) in hits], 0)
    return found | short_needs(ruleset, text, start, end)


def sentence_words(
    triggers: Any, needs: dict[str, int], issues: dict[str, tuple[str, ...]] | None = None
) -> Automaton:
    """The triggers and the needed words in one automaton: word -> (length, the trigger's
    (rule, pattern) numbers or (), the bits of the needed lists it is in or 0, the ids of the
    issues it is a term of or ()). A sentence is read once for all: most sentences with a
    trigger are then asked for the needed lists, and every one for its issues
    (``issues.IssueTerms``)."""
    table: dict[str, tuple[int, tuple[tuple[int, int], ...], int, tuple[str, ...]]] = {}
    for word, (length, hits) in triggers.items():
        table[word] = (length, hits, 0, ())
    for word, bits in needs.items():
        length, hits, _, _ = table.get(word, (len(word), (), 0, ()))
        table[word] = (length, hits, bits, ())
    for word, ids in (issues or {}).items():
        length, hits, bits, _ = table.get(word, (len(word), (), 0, ()))
        table[word] = (length, hits, bits, ids)
    automaton = Automaton()
    for word, value in table.items():
        automaton.add_word(word, value)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _verb_forms(token: str, lang: str, forms: dict[str, Any] | None) -> frozenset[str]:
    """The forms of the ``~`` words of an English token (``suspend~|suspension``: suspend…)."""
    if lang != "en" or "~" not in token:
        return frozenset()
    verbs = "|".join(w for w in token.split("|") if "~" in w)
    return frozenset(_words(verbs, lang, forms))


#: A word class in a pattern: ``@name`` among a word element's alternatives stands for the
#: words the lexicon's ``word_classes`` lists under that name (``表示 {T!} @wrong_acts``).
CLASS_MARK = "@"


def _with_classes(token: str, forms: dict[str, Any] | None, where: str, entry: str) -> str:
    """A word element with its ``@name`` alternatives written out: one list of a class of
    words (what a speaker judges wrong) serves every pattern that names it, so a word added
    there reaches them all."""
    if CLASS_MARK not in token:
        return token
    classes = (forms or {}).get("word_classes", {})
    optional, out = token.endswith("?"), []
    for word in token.rstrip("?").split("|"):
        if not word.startswith(CLASS_MARK):
            out.append(word)
        elif word[1:] in classes:
            out.extend(classes[word[1:]])
        else:
            raise _fail(where, entry, f"unknown word class {word!r} in {token!r}")
    return "|".join(out) + ("?" if optional else "")


def parse_pattern(
    text: str,
    lang: str,
    where: str,
    entry: str,
    forms: dict[str, Any] | None = None,
    need_ids: dict[tuple[str, ...], int] | None = None,
) -> Pattern:
    """Compile one pattern string; ``need_ids`` numbers the word lists of the rule set it
    belongs to (a list that recurs keeps its number), a fresh numbering when not given.

    >>> p = parse_pattern("{S} 同|与 {T!} … 通电话", "zh", "f", "r")
    >>> [(e.words, e.slot, e.long) for e in p.elements][2:], p.anchor
    ([((), 'T', False), (('通电话',), '', True)], 3)
    """
    elements: list[Element] = []
    long = False
    for token in text.split():
        if token in GAP_MARKS:
            if long or not elements:
                raise _fail(where, entry, f"misplaced {token} in pattern {text!r}")
            long = True
            continue
        slot = _SLOT.match(token)
        if slot:
            if any(e.slot == slot.group(1) for e in elements):
                raise _fail(where, entry, f"slot {token} twice in pattern {text!r}")
            elements.append(Element(slot=slot.group(1), required=bool(slot.group(2)), long=long))
        else:
            optional = token.endswith("?")
            if "?" in token.rstrip("?"):  # (加大了?|加强了?: the first ? would be a word's)
                raise _fail(where, entry, f"? inside {token!r} of pattern {text!r}: one ? at the "
                            "end makes the element optional; write the words out (a了|a|b)")  # fmt: skip
            token = _with_classes(token, forms, where, entry)
            words = _words(token.rstrip("?"), lang, forms)
            if any(not w.strip() for w in words):
                raise _fail(where, entry, f"empty word in {token!r} of pattern {text!r}")
            verbs = _verb_forms(token.rstrip("?"), lang, forms)
            elements.append(Element(words=words, verbs=verbs, optional=optional, long=long))
        long = False
    if long:
        raise _fail(where, entry, f"pattern {text!r} ends with a gap")
    candidates = [i for i, e in enumerate(elements) if e.words and not e.optional]
    if not candidates:
        raise _fail(where, entry, f"pattern {text!r} has no required word to trigger on")
    # The trigger is the rarest element: a content word, the longer the better, never "and";
    # in English the verb (``~``) first, so that each act has one trigger: its verb.
    anchor = max(candidates, key=lambda i: (
        _FUNCTION_WORDS.isdisjoint(elements[i].words), bool(elements[i].verbs),
        min(len(w) for w in elements[i].words), -i))  # fmt: skip
    need_ids = {} if need_ids is None else need_ids
    needs = tuple(need_ids.setdefault(e.words, len(need_ids)) for i, e in enumerate(elements)
                  if e.words and not e.optional and i != anchor)  # fmt: skip
    return Pattern(text, tuple(elements), anchor, needs)


def _strings(value: Any, where: str, entry: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(where, entry, f"{key} must be a list of non-empty strings")
    return tuple(value)


def _rule(
    raw: Any,
    index: int,
    lang: str,
    defaults: dict[str, Any],
    where: str,
    lex: dict[str, Any],
    need_ids: dict[tuple[str, ...], int],
) -> Rule:
    entry = f"rules[{index}]"
    if not isinstance(raw, dict):
        raise _fail(where, entry, "a rule must be a mapping")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id.startswith(f"{lang}."):
        raise _fail(where, entry, f"id must be a string starting with '{lang}.'")
    entry = f"rule {rule_id}"
    unknown = set(raw) - {"id", "code", lang, "source", "target", "confidence", "gap", "unless",
                          "future", "negation", "long_gap", "mutual", "joint"}  # fmt: skip
    if unknown:
        raise _fail(where, entry, f"unknown key(s): {', '.join(sorted(unknown))}")
    code = raw.get("code")
    for key in ("code", "future"):
        value = raw.get(key)
        if (key == "code" or value is not None) and not (
            isinstance(value, str) and _CODE.match(value)
        ):
            raise _fail(where, entry, f'{key} {value!r} is not a CAMEO code string like "041"')
    texts = _strings(raw.get(lang), where, entry, lang)
    if not texts:
        raise _fail(where, entry, f"no patterns under {lang!r}")
    opts = {**defaults, **{k: v for k, v in raw.items() if k in defaults}}
    _check_fallback(opts["source"], SOURCE_FALLBACKS, where, entry, "source")
    _check_fallback(opts["target"], TARGET_FALLBACKS, where, entry, "target")
    confidence = opts["confidence"]
    if not isinstance(confidence, int | float) or not 0 < confidence <= 1:
        raise _fail(where, entry, f"confidence {confidence!r} is not in (0, 1]")
    for key in ("gap", "long_gap"):
        if not isinstance(opts[key], int) or opts[key] < 0:
            raise _fail(where, entry, f"{key} {opts[key]!r} is not a non-negative integer")
    unless = tuple(fold(w) if lang == "zh" else w.lower() for w in _strings(
        raw.get("unless"), where, entry, "unless"))  # fmt: skip
    return Rule(
        id=rule_id, code=code,
        patterns=tuple(parse_pattern(t, lang, where, entry, lex, need_ids) for t in texts),
        source=opts["source"], target=opts["target"], confidence=float(confidence),
        gap=opts["gap"], long_gap=opts["long_gap"], unless=unless, future=raw.get("future"),
        negation=bool(raw.get("negation", True)),
        mutual=bool(raw.get("mutual", False)), joint=bool(raw.get("joint", True)),
    )  # fmt: skip


def _check_fallback(value: Any, allowed: tuple[str, ...], where: str, entry: str, key: str) -> None:
    if not isinstance(value, str) or not (value in allowed or _ACTOR.match(value)):
        raise _fail(where, entry, f"{key} {value!r} is not one of {', '.join(allowed)} or a code")


def _word_classes(raw: Any, where: str, norm: Any) -> dict[str, tuple[str, ...]]:
    """The lexicon's named classes of words (``@name`` in a pattern: ``_with_classes``)."""
    raw = raw or {}
    if not isinstance(raw, dict):
        raise _fail(where, "lexicon.word_classes", "must map a class name to a list of words")
    return {
        str(name): tuple(
            norm(w) for w in _strings(words, where, f"lexicon.word_classes.{name}", str(name))
        )
        for name, words in raw.items()
    }


def _lexicon(raw: Any, lang: str, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _fail(where, "lexicon", "missing or not a mapping")
    norm = (lambda w: fold(w)) if lang == "zh" else (lambda w: w.lower())
    lex: dict[str, Any] = {}
    for key in _LEXICON_LISTS:
        words = _strings(raw.get(key), where, f"lexicon.{key}", key)
        lex[key] = tuple(w if key in _UNNORMALISED else norm(w) for w in words)
    roles = raw.get("roles") or {}
    if not isinstance(roles, dict):
        raise _fail(where, "lexicon.roles", "must map a role (GOV, MIL…) to words")
    lex["roles"] = {}
    for role, words in roles.items():
        if not (isinstance(role, str) and re.match(r"^[A-Z]{3}$", role)):
            raise _fail(where, "lexicon.roles", f"role {role!r} is not a three-letter code")
        for w in _strings(words, where, f"lexicon.roles.{role}", role):
            lex["roles"][norm(w)] = role
    lex["fixed"] = {}
    for mapping_key in ("fixed", "acronyms", "home_sources"):
        mapping = raw.get(mapping_key) or {}
        if not isinstance(mapping, dict):
            raise _fail(where, f"lexicon.{mapping_key}", "must be a mapping")
        for word, code in mapping.items():
            if not (isinstance(code, str) and _ACTOR.match(code)):
                raise _fail(where, f"lexicon.{mapping_key}", f"{word!r}: {code!r} is not a code")
        lex[mapping_key] = (
            {norm(str(w)): c for w, c in mapping.items()} if mapping_key == "fixed"
            else {str(w): c for w, c in mapping.items()}
        )  # fmt: skip
    nouns = raw.get("story_nouns") or {}
    if not isinstance(nouns, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and re.match(r"^(\d\d)?$", v)
        for k, v in nouns.items()
    ):  # fmt: skip
        raise _fail(where, "lexicon.story_nouns", "must map a noun to a CAMEO root or ''")
    lex["story_nouns"] = {norm(k): v for k, v in nouns.items()}
    for key in ("descriptions", "ethnic_groups"):  # a phrase -> the codes it may stand for
        described = raw.get(key) or {}
        if not isinstance(described, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and v
            and all(isinstance(c, str) and _ACTOR.match(c) for c in v)
            for k, v in described.items()
        ):  # fmt: skip
            raise _fail(where, f"lexicon.{key}", "must map a noun phrase to a list of codes")
        lex[key] = {norm(k): tuple(v) for k, v in described.items()}
    shorts = raw.get("short_forms") or {}
    if not isinstance(shorts, dict) or not all(
        isinstance(k, str) and len(k) == 1 and isinstance(v, list)
        and all(isinstance(c, str) and re.match(r"^[A-Z]{3}$", c) for c in v)
        for k, v in shorts.items()
    ):  # fmt: skip
        raise _fail(where, "lexicon.short_forms", "must map one character to a list of ISO3 codes")
    lex["short_forms"] = {norm(k): tuple(v) for k, v in shorts.items()}
    pairs = raw.get("pair_states") or {}
    if not isinstance(pairs, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and len(v) == len(k)
        and all(isinstance(c, str) and re.match(r"^[A-Z]{3}$", c) for c in v)
        for k, v in pairs.items()
    ):  # fmt: skip
        raise _fail(where, "lexicon.pair_states", "must map a pair of short forms to as many ISO3")
    lex["pair_states"] = {norm(k): tuple(v) for k, v in pairs.items()}
    lex["word_classes"] = _word_classes(raw.get("word_classes"), where, norm)
    verbs = raw.get("verb_forms") or {}
    if not isinstance(verbs, dict):
        raise _fail(where, "lexicon.verb_forms", "must map a verb to its irregular forms")
    lex["verb_forms"] = {
        norm(str(v)): _strings(fs, where, f"lexicon.verb_forms.{v}", str(v))
        for v, fs in verbs.items()
    }
    # Irregular past forms: what a passive (was struck, were held) may end in.
    lex["participles"] = frozenset(f for fs in lex["verb_forms"].values() for f in fs
                                   if not f.endswith("ing"))  # fmt: skip
    part_of = raw.get("part_of") or {}
    codes = [*part_of, *part_of.values()] if isinstance(part_of, dict) else [None]
    if not all(re.match(r"^[A-Z]{3}$", str(c)) for c in codes):
        raise _fail(where, "lexicon.part_of", "must map ISO3 codes to ISO3 codes (HKG: CHN)")
    lex["part_of"] = dict(part_of)
    for key in ("home_markers", "home_markers_hant", "home_markers_hans", "home_markers_weak"):
        markers = raw.get(key) or {}
        lex[key] = {c: tuple(norm(w) for w in ws) for c, ws in markers.items()}
    return lex


def threat_of(conditional: dict[str, str], code: str) -> str | None:
    """The threat a condition makes of ``code`` (the longest listed prefix), if any."""
    return next((conditional[k] for k in (code, code[:3], code[:2]) if k in conditional), None)


@cache
def _rules(lang: str, path: str | None) -> RuleSet:
    if lang not in LANGS:
        raise PatternError(str(path or lang), "file", f"language {lang!r} is not one of {LANGS}")
    data, where = read_yaml(f"patterns/{lang}.yaml", path)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise _fail(where, "file", "expected a mapping with a 'rules' list")
    if data.get("lang", lang) != lang:
        raise _fail(where, "lang", f"file is for {data.get('lang')!r}, expected {lang!r}")
    defaults = {"source": "first", "target": "after", "confidence": 0.8, "gap": 6,
                "long_gap": 40, **(data.get("defaults") or {})}  # fmt: skip
    conditional = {str(k): str(v) for k, v in (data.get("conditional") or {}).items()}
    lex = _lexicon(data.get("lexicon"), lang, where)
    need_ids: dict[tuple[str, ...], int] = {}  # this set's numbering of the words patterns need
    rules_ = tuple(
        _rule(r, i, lang, defaults, where, lex, need_ids) for i, r in enumerate(data["rules"])
    )
    rules_ = tuple(replace(r, threat=threat_of(conditional, r.code)) for r in rules_)
    by_id: dict[str, Rule] = {}
    for rule in rules_:
        if rule.id in by_id:
            raise _fail(where, f"rule {rule.id}", "duplicate id")
        by_id[rule.id] = rule
    ruleset = RuleSet(lang, where, rules_, lex, conditional)
    ruleset.by_id = by_id
    ruleset.triggers = _automaton(rules_)
    needs, ruleset.short_needs = need_words(need_ids)
    ruleset.need_ids = need_ids
    ruleset.words = sentence_words(ruleset.triggers, needs)
    return ruleset


def _automaton(rules_: tuple[Rule, ...]) -> Any:
    table: dict[str, list[tuple[int, int]]] = {}
    for r, rule in enumerate(rules_):
        for p, pattern in enumerate(rule.patterns):
            for word in pattern.elements[pattern.anchor].words:
                table.setdefault(word, []).append((r, p))
    automaton = (
        Automaton()
    )  # read in pairs of bytes: Chinese triggers start with hundreds of characters
    for word, hits in table.items():
        automaton.add_word(word, (len(word), tuple(hits)))
    automaton.make_automaton()
    return automaton


def rules(lang: str, path: Path | str | None = None) -> RuleSet:
    """The rules for ``lang`` (``zh`` or ``en``): bundled, or the user's YAML file at ``path``.

    >>> len(rules("zh").rules) > 50
    True
    """
    return _rules(lang, str(path) if path is not None else None)
