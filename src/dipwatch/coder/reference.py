"""``Reference``: everything the coder looks things up in, compiled once per process.

It bundles the actor automata (countries, people, organisations, the pattern files' lexicons),
the rules of each language with their trigger automata, the issue automaton and the CAMEO
codebook. ``default_reference()`` builds the bundled one on first use and caches it, so each
worker process of a pool builds (or, when forked, inherits) it once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

from dipwatch.coder.issues import IssueTerms, issue_terms
from dipwatch.coder.lexicon import ActorLexicon
from dipwatch.coder.rules import LANGS, RuleSet, need_words, rules, sentence_words
from dipwatch.errors import PatternError


@dataclass(slots=True)
class Reference:
    """The compiled dictionaries, rules and codebook the pipeline's components use.

    >>> ref = default_reference()
    >>> sorted(ref.rules), ref.codebook["041"].root
    (['en', 'zh'], '04')
    """

    actors: ActorLexicon
    rules: dict[str, RuleSet]
    issues: IssueTerms
    codebook: Any

    @classmethod
    def build(
        cls,
        patterns: dict[str, Path | str] | None = None,
        *,
        countries_path: Path | str | None = None,
        people_path: Path | str | None = None,
        organisations_path: Path | str | None = None,
        cameo_path: Path | str | None = None,
        issues_path: Path | str | None = None,
        places_path: Path | str | None = None,
    ) -> Reference:
        """Compile the bundled reference, or users' files given by path (``patterns`` maps
        ``zh``/``en`` to a pattern file). Raises PatternError for a rule whose code the CAMEO
        codebook does not know."""
        from dipwatch.reference import cameo, countries, issues, organisations, people
        from dipwatch.reference.issues import term_index
        from dipwatch.reference.places import places

        chosen = {lang: rules(lang, (patterns or {}).get(lang)) for lang in LANGS}
        codebook = cameo(cameo_path)
        for ruleset in chosen.values():
            _check_codes(ruleset, codebook)
        issues(issues_path)  # validates the file before its index is used
        actors = ActorLexicon.build(
            # Places (顿涅茨克: UKR) are terms of the same dictionary as countries' names.
            chain(countries(countries_path).terms(), places(places_path).terms()),
            people(people_path).surface_forms(),
            organisations(organisations_path),
            {lang: rs.lexicon for lang, rs in chosen.items()},
        )
        terms = issue_terms(term_index(issues_path))
        zh = chosen["zh"]
        if terms.in_scan and len(zh.words):  # the Chinese terms read in the rules' scan
            needs = need_words(zh.need_ids)[0]
            words = sentence_words(zh.triggers, needs, terms.in_scan)
            chosen["zh"] = replace(zh, words=words)
        return cls(actors, chosen, terms, codebook)


def _check_codes(ruleset: RuleSet, codebook: Any) -> None:
    for rule in ruleset.rules:
        for code in (rule.code, rule.future):
            if code is not None and code not in codebook:
                raise PatternError(
                    ruleset.where, f"rule {rule.id}", f"code {code} is not in the CAMEO codebook"
                )
    for key, code in ruleset.conditional.items():
        if code not in codebook:
            raise PatternError(
                ruleset.where, f"conditional {key}", f"code {code} is not in the CAMEO codebook"
            )


@cache
def default_reference() -> Reference:
    """The bundled reference, built once per process."""
    return Reference.build()
