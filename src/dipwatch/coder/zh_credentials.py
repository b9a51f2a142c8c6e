"""Envoys who present their credentials to China's head of state (issue 10, eval/README.md
``xwlb_docs``): the envoys, listed by name after the act (他们是：越南驻华大使范清平、…), are each
met (``040``), and welcomed (``051``) when the host welcomes them later in the item. A
``groups`` act.

Provenance: the dev batch of seed 136.
"""

from __future__ import annotations

import re

from dipwatch.coder.carry import starting_in
from dipwatch.coder.doc import Coding, Match, Mention
from dipwatch.coder.summits import HOME


def code_credentials(coding: Coding) -> None:
    """国家主席习近平…接受16位驻华大使递交国书。…他们是：越南驻华大使范清平、巴拿马驻华大使雷鸣…
    …习近平欢迎使节们来华履新: the head of state who receives envoys' credentials meets each
    envoy's state (``040``), and his welcome to the envoys, told later in the item, is a ``051``
    to each (the seed-136 batch's sixteen ambassadors; the guidelines' decision in eval/README.md
    ``xwlb_docs``). The states are those of the list that names the envoys (他们是：); an envoy
    listed is his state's, as a minister is."""
    norm = coding.norm
    if _CREDENTIALS not in norm:
        return  # (one text in hundreds: a word test, not a search a sentence)
    for i, s in enumerate(coding.sentences):
        received = norm.find(_CREDENTIALS, s.start, s.end)
        if received < 0:
            continue
        host = next((m for m in starting_in(coding.mentions, s.start, received)
                     if not m.inert and m.country == HOME), None)  # fmt: skip
        envoys = _envoys_listed(coding, i + 1)
        if host is None or not envoys:
            continue
        coding.matches.extend(
            Match("zh.040.credentials", "040", i, received, received + len(_CREDENTIALS),
                  host, m, 0.7)
            for m in envoys
        )  # fmt: skip
        welcome = _WELCOMED.search(norm, s.end)
        if welcome is None:
            continue
        j = next(k for k, t in enumerate(coding.sentences) if t.start <= welcome.start() < t.end)
        coding.matches.extend(
            Match("zh.051.envoys_welcomed", "051", j, welcome.start(), welcome.end(), host, m, 0.6)
            for m in envoys
        )


#: The act of the head of state (接受…递交国书) and the list of envoys named after it.
_CREDENTIALS = "递交国书"
_LISTED = re.compile(r"(?:他们|她们|他们分别)是:")
#: After a listed state: its envoy's title, then the envoy's name up to the next 、 or the end.
_ENVOY = re.compile(r"驻华(?:特命全权)?大使")
#: The host's welcome to the envoys as a group (欢迎使节们来华履新, 欢迎各位大使).
_WELCOMED = re.compile(r"欢迎(?:使节们|各位使节|大使们|各位大使|新任大使们)")
#: How many sentences after the credentials the list may come (the ceremony told in between).
_LIST_REACH = 4


def _envoys_listed(coding: Coding, first: int) -> list[Mention]:
    """The states of the envoys listed (他们是：A驻华大使X、B驻华大使Y…) in one of the few
    sentences from ``first``, each once."""
    norm = coding.norm
    for s in coding.sentences[first : first + _LIST_REACH]:
        listed = _LISTED.search(norm, s.start, s.end)
        if listed is None:
            continue
        found: dict[str, Mention] = {}
        for m in starting_in(coding.mentions, listed.end(), s.end):
            if m.country and m.country != HOME:
                envoy = _ENVOY.search(norm, m.start, m.end + 6)  # (in the mention or after)
                if envoy and envoy.start() <= m.end and m.country not in found:
                    found[m.country] = m
        return list(found.values())
    return []
