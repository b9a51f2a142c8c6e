"""A pronoun object is never its own clause's subject (issue 10, English that generalises).

"him" stands for a person named before it who is not the subject of the verb it is the object
of: in "Zelenskiy left …, after an exchange in which Trump accused him of …", Trump is the
subject of "accused", so "him" is Zelenskiy; in "Xi met Biden and praised him", the person
right before "him" (Biden) is no subject of "praised" (", and" or "and" between), so "him" is
Biden. ``en_actors`` read "him" as the last person named who is not the first of the sentence:
the first is often the one meant, when the clause of "him" has a subject of its own.
"""

from __future__ import annotations

import re

from dipwatch.coder.doc import Mention

# What may stand between a clause's subject and "him": adverbs and one verb, perhaps with an
# auxiliary (had told, would meet, has repeatedly urged); no clause break.
# The subject may be the head of a "who" clause (Obama, who cancelled …), and "him" the object
# of a preposition in the verb's object (cancelled a meeting with him): the clause is the same.
_SUBJECT_TO_OBJECT = re.compile(
    r"(?:,\s+who)?\s+(?:(?:had|has|have|would|will|did|does|also|then|later|again|repeatedly|"
    r"\w+ly)\s+){0,2}[a-z]+\s+(?:(?:a|an|the|his|her|its|their)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:with|to|for|against|on|about)\s+)?$"
)


def clause_subject(lower: str, person: Mention, at: int) -> bool:
    """Is ``person`` the subject of the verb whose object is the pronoun at ``at``?

    >>> clause_subject("in which trump accused him", Mention(9, 14, "USA", "USA", "person"), 23)
    True
    >>> clause_subject("met biden and praised him", Mention(4, 9, "USA", "USA", "person"), 22)
    False
    >>> clause_subject("obama, who cancelled a meeting with him", Mention(0, 5, "USA", "USA",
    ...                "person"), 36)
    True
    """
    return _SUBJECT_TO_OBJECT.fullmatch(lower, person.end, at) is not None
