"""The issue lexicon: which topic (Taiwan, Xinjiang, trade, ...) a sentence is about.

``data/issues.yaml`` lists the issues with labels in English, Traditional Chinese (Taiwan usage)
and Simplified Chinese, ``core: true`` for the issues Beijing treats as core interests, and the
terms that mark a sentence as being about each issue, Chinese (either script) and English.

Matching rules the coder relies on (see ``Issue.match_terms`` and ``term_index``):

- Chinese terms are compared after ``fold`` (Traditional to Simplified, 臺 to 台), English
  terms without regard to case and at word boundaries;
- a term belongs to one issue, so a match names its issue, unless the file lists it under
  ``shared_terms``; a shared term tags every issue that lists it (強迫勞動: xinjiang and
  human_rights).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from dipwatch.errors import ReferenceDataError
from dipwatch.reference.fold import fold, fold_key
from dipwatch.reference.loader import label_in, read_yaml

ISSUE_IDS = (
    "taiwan", "hong_kong", "xinjiang", "tibet", "human_rights", "democracy", "trade",
    "technology", "belt_and_road", "security", "south_china_sea", "covid", "olympics",
    "climate", "afghanistan", "ukraine",
)  # fmt: skip
KEYS = ("id", "label_en", "label_zh_hant", "label_zh_hans", "core", "terms_zh", "terms_en")
#: Optional: ``terms_url``, the words that tag an event-data row by its source URL (GDELT).
OPTIONAL = ("terms_url",)
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Issue:
    """One issue of the lexicon.

    >>> t = issues()[0]
    >>> (t.issue_id, t.label_zh_hant, t.core, "九二共識" in t.terms_zh)
    ('taiwan', '臺灣問題', True, True)
    """

    issue_id: str
    label_en: str
    label_zh_hant: str
    label_zh_hans: str
    core: bool
    terms_zh: tuple[str, ...]
    terms_en: tuple[str, ...]
    terms_url: tuple[str, ...] = ()

    def label(self, lang: str = "en") -> str:
        """The label in ``en``, ``zh-Hant`` or ``zh-Hans``.

        >>> issues()[0].label("zh-Hans")
        '台湾问题'
        """
        return label_in(self, lang)

    def terms(self) -> tuple[str, ...]:
        """Every term as written, Chinese first."""
        return (*self.terms_zh, *self.terms_en)

    def match_terms(self) -> tuple[str, ...]:
        """The distinct terms in the form to look for in ``fold(text).lower()``, longest first.

        ``fold`` keeps the length, so a span found this way is the span in the original text.

        >>> "台湾海峡" in issues()[0].match_terms() and "taiwan strait" in issues()[0].match_terms()
        True
        """
        return tuple(sorted({match_form(t) for t in self.terms()}, key=lambda t: (-len(t), t)))


def match_form(term: str) -> str:
    """A term as the coder looks for it: folded to Simplified, 台 for 臺, lower case.

    >>> match_form("臺灣海峽"), match_form("Taiwan Strait")
    ('台湾海峡', 'taiwan strait')
    """
    return fold(term).lower()


def _fail(where: str, entry: str, reason: str) -> ReferenceDataError:
    return ReferenceDataError(where, entry, reason)


def _text(value: Any, where: str, entry: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, entry, f"{key} must be non-empty text, not {value!r}")
    return value.strip()


def _terms(value: Any, where: str, entry: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise _fail(where, entry, f"{key} must be a non-empty list of terms")
    # A bare number in YAML (2022) is not text: ask for quotes rather than guess.
    return tuple(_text(v, where, entry, f"a term in {key} (quote numbers)") for v in value)


def _issue(item: Any, where: str, index: int) -> Issue:
    entry = f"issue #{index + 1}"
    if not isinstance(item, dict):
        raise _fail(where, entry, "each issue must be a mapping of id, labels, core and terms")
    if isinstance(item.get("id"), str):
        entry = f"issue {item['id']!r}"
    missing = [k for k in KEYS if k not in item]
    unknown = sorted(set(item) - set(KEYS) - set(OPTIONAL))
    if missing or unknown:
        parts = [f"missing {', '.join(missing)}"] * bool(missing)
        parts += [f"unknown key(s) {', '.join(unknown)}"] * bool(unknown)
        raise _fail(where, entry, "; ".join(parts))
    issue_id = _text(item["id"], where, entry, "id")
    if not _ID.match(issue_id):
        raise _fail(where, entry, "id must be lower_snake_case, such as south_china_sea")
    if not isinstance(item["core"], bool):
        raise _fail(where, entry, f"core must be true or false, not {item['core']!r}")
    return Issue(
        issue_id=issue_id,
        label_en=_text(item["label_en"], where, entry, "label_en"),
        label_zh_hant=_text(item["label_zh_hant"], where, entry, "label_zh_hant"),
        label_zh_hans=_text(item["label_zh_hans"], where, entry, "label_zh_hans"),
        core=item["core"],
        terms_zh=_terms(item["terms_zh"], where, entry, "terms_zh"),
        terms_en=_terms(item["terms_en"], where, entry, "terms_en"),
        terms_url=_url_terms(item.get("terms_url") or [], where, entry),
    )


def _url_terms(value: Any, where: str, entry: str) -> tuple[str, ...]:
    """URL terms: lower-case words joined by hyphens (``hong-kong``), as slugs write them."""
    terms = _terms(value, where, entry, "terms_url") if value else ()
    for t in terms:
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", t):
            raise _fail(where, entry, f"terms_url {t!r}: write lower-case words joined by hyphens")
    return terms


def url_pattern(issue: Issue) -> str | None:
    """A regular expression (RE2 and Python alike) finding ``issue``'s URL terms as whole words
    in a lower-cased URL, whatever joins the words (``hong-kong``, ``hong_kong``, ``HongKong``
    does not match: slugs separate words).

    >>> url_pattern(next(i for i in issues() if i.issue_id == "hong_kong"))[:40]
    '(^|[^a-z0-9])(hong[^a-z0-9]+kong|hongkon'
    """
    if not issue.terms_url:
        return None
    words = "|".join(t.replace("-", "[^a-z0-9]+") for t in issue.terms_url)
    return f"(^|[^a-z0-9])({words})([^a-z0-9]|$)"


def url_issue_cases() -> tuple[tuple[str, str], ...]:
    """``(regex, issue_id)`` for every issue with URL terms, in the lexicon's order: what an
    engine's loader applies to a source URL (``tags`` in :mod:`dipwatch.layout`).

    >>> dict((v, k) for k, v in url_issue_cases())["taiwan"][:14]
    '(^|[^a-z0-9])('
    """
    return tuple((pat, i.issue_id) for i in issues() if (pat := url_pattern(i)))


def url_issues(url: str | None) -> tuple[str, ...]:
    """The issues a source URL's words name, in the lexicon's order: how an event-data row,
    which carries no issues, is tagged (the same rule runs in SQL at ingest).

    >>> url_issues("https://www.xinhuanet.com/english/2021-11/16/xi-warns-taiwan-independence.htm")
    ('taiwan',)
    >>> url_issues("https://www.gov.uk/news/2021-12-08-no-ministers-beijing-olympics-human-rights")
    ('human_rights', 'olympics')
    >>> url_issues("https://example.org/thailand-food"), url_issues(None)
    ((), ())
    """
    low = (url or "").lower()
    return tuple(issue for pat, issue in url_issue_cases() if re.search(pat, low))


def _check_overlaps(rows: list[Issue], shared: set[str], where: str) -> None:
    """A term (after folding) in two issues must be listed as shared, or matches are ambiguous."""
    owner: dict[str, str] = {}
    for issue in rows:
        for term in issue.terms():
            key = fold_key(term)
            other = owner.setdefault(key, issue.issue_id)
            if other != issue.issue_id and key not in shared:
                reason = f"term {term!r} is also a term of {other!r}; list it in shared_terms"
                raise _fail(where, f"issue {issue.issue_id!r}", reason)


@cache
def _issues(path: str | None) -> tuple[Issue, ...]:
    data, where = read_yaml("issues.yaml", path)
    if not isinstance(data, dict) or not isinstance(data.get("issues"), list):
        raise _fail(where, "file", "expected a mapping with an 'issues' list")
    unknown = sorted(set(data) - {"issues", "shared_terms"})
    if unknown:
        raise _fail(where, "file", f"unknown top-level key(s): {', '.join(unknown)}")
    shared_raw = data.get("shared_terms") or []
    if not isinstance(shared_raw, list):
        raise _fail(where, "shared_terms", "must be a list of terms")
    shared = {fold_key(_text(t, where, "shared_terms", "a shared term")) for t in shared_raw}
    rows: list[Issue] = []
    for index, item in enumerate(data["issues"]):
        issue = _issue(item, where, index)
        if any(r.issue_id == issue.issue_id for r in rows):
            raise _fail(where, f"issue {issue.issue_id!r}", "duplicate id")
        rows.append(issue)
    _check_overlaps(rows, shared, where)
    return tuple(rows)


def issues(path: Path | str | None = None) -> list[Issue]:
    """The issue lexicon: the bundled one, or the user's YAML at ``path`` in the same layout.

    >>> [i.issue_id for i in issues() if i.core]
    ['taiwan', 'hong_kong', 'xinjiang', 'tibet', 'human_rights', 'democracy']
    """
    return list(_issues(str(path) if path is not None else None))


def term_index(path: Path | str | None = None) -> dict[str, tuple[str, ...]]:
    """Every term in ``match_form`` -> the ids of the issues it tags (several for shared terms).

    Built for a one-pass matcher (Aho-Corasick) over ``fold(text).lower()``.

    >>> term_index()["台独"], term_index()["强迫劳动"]
    (('taiwan',), ('xinjiang', 'human_rights'))
    """
    return dict(_term_index(str(path) if path is not None else None))


@cache
def _term_index(path: str | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    index: dict[str, list[str]] = {}
    for issue in _issues(path):
        for term in issue.match_terms():
            ids = index.setdefault(term, [])
            if issue.issue_id not in ids:
                ids.append(issue.issue_id)
    return tuple((term, tuple(ids)) for term, ids in index.items())
