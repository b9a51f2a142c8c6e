"""Reference tables shipped as package data, loaded once and validated.

Every loader takes an optional ``path`` to a user's own file in the same layout, which is used
instead of the bundled one. Malformed files raise ReferenceDataError naming the file and entry.

Public API (what the rest of dipwatch may call):

- ``countries(path=None) -> CountryTable``       (``dipwatch.reference.countries``)
- ``people(path=None) -> PeopleTable``           leaders, ministers, spokespeople with terms
- ``organisations(path=None) -> list[Organisation]``
- ``cameo(path=None) -> CameoCodebook``          event codes with labels, Goldstein, quad, PLOVER
- ``issues(path=None) -> list[Issue]``           the issue lexicon
- ``recognition(path=None) -> RecognitionHistory`` ROC/PRC recognition changes since 1971
"""

from dipwatch.reference.cameo import CameoCode, CameoCodebook, cameo
from dipwatch.reference.countries import Country, CountryTable, countries
from dipwatch.reference.issues import Issue, issues
from dipwatch.reference.people import Organisation, People, PeopleTable, Person, organisations, people
from dipwatch.reference.recognition import RecognitionChange, RecognitionHistory, recognition

__all__ = [
    "CameoCode", "CameoCodebook", "Country", "CountryTable", "Issue", "Organisation", "People",
    "PeopleTable", "Person", "RecognitionChange", "RecognitionHistory", "cameo", "countries",
    "issues", "organisations", "people", "recognition",
]  # fmt: skip
