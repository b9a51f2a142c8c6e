"""English constructions the ninth en_news batch (en-d263…en-d274) showed, in wire sentences
of our own: "May" after a given name is a surname, not the modal of speculation (a prime
minister of that name met someone: a meeting); a ministry named after a possessive and a
sector word ("Chile's commerce ministry") is a subject of its own after ", and"; a trailing
attribution set off by a comma (", the trade ministry announced on Saturday") dates an act the
clause before left undated, while "the sanctions announced on Saturday" stays a participle;
"free trade" frees no one; a journey's origin ("arrived from X") is not visited; a warning
against a practice (a bare noun after "against") threatens no one; a sentence set "at the
banquet" or "after the talks" the sentence before dated has that day; an object gapped after
a repeated preposition ("called on X to … and on Y and Z to …") is an object too; a pair
("both men") that says it will work together to persuade a third state works with each other;
a passive whose subject is a weapon or launch the story told ("The missile, fired on …, was
condemned by A, B and C") is aimed at the state that fired it, an aside between or not;
people a speaker's clause calls "suspected of" a crime (a reduced relative, no "were") are
accused by the speaker; an issue raised with a leader, bare or determined, is a concern voiced
to his state, and raised in the sentence after a dated contact has that contact's day, even
with a long title and name between the contact and its day; "the two" right before a verb
of what pairs do is the pair; a warning against an indefinite or quoted noun phrase names no
target either; the next stop of a tour ("goes on to A, B and C") is an intent to visit each,
dated, as a journey told in the present tense is, by the story's lead; an agreement signed
"in" another state's capital with no partner named is signed with that state.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks, _lacks_root

# (why, text, date, what must hold of the events found)
CASES = [
    # a surname "May" is no "may" of speculation
    ("surname May", "LONDON, March 8 (Dipwatch) - Prime Minister Theresa May met Indian "
     "Prime Minister Narendra Modi in London on Wednesday.", date(2018, 3, 8),
     [_holds(("GBR", "04", "IND", "2018-03-07"))]),
    ("surname May criticised", "LONDON, March 8 (Dipwatch) - British Prime Minister Theresa "
     "May criticised Russia on Wednesday.", date(2018, 3, 8),
     [_holds(("GBR", "111", "RUS", "2018-03-07"))]),
    # …while the modal still speculates, and the month still dates
    ("modal may", "LONDON, March 8 (Dipwatch) - Britain may criticise Russia on Wednesday.",
     date(2018, 3, 8), [_lacks_root("11")]),
    ("month May", "LONDON, June 8 (Dipwatch) - In May Britain criticised Russia.",
     date(2018, 6, 8), [_holds(("GBR", "111", "RUS", "2018-05-01"))]),
    # a ministry named by sector after a possessive is the subject of its own joined clause
    ("commerce ministry", "LIMA, May 4 (Dipwatch) - Bolivia asked for a list of goods, and "
     "Chile's commerce ministry accused Peru on Thursday of dumping.", date(2018, 5, 4),
     [_holds(("CHL", "112", "PER", "2018-05-03")), _lacks(("BOL", "112", "PER", "2018-05-03"))]),
    # a trailing attribution's day dates the act the clause before left undated
    ("announced on", "LIMA, May 6 (Dipwatch) - Chile banned all imports of copper from Peru, "
     "the trade ministry announced on Saturday, a week after Lima raised its duties.",
     date(2018, 5, 6), [_holds(("CHL", "163", "PER", "2018-05-05"))]),
    # …but a participle with no comma before it describes its noun
    ("participle announced", "LIMA, May 6 (Dipwatch) - Chile condemned the duties announced on "
     "Saturday by Peru.", date(2018, 5, 6), [_holds(("CHL", "111", "PER", "2018-05-06"))]),
    # "free trade" is an adjective's compound: no release
    ("free trade", "GENEVA, May 4 (Dipwatch) - Brazil's president defended free trade on "
     "Friday in an address to the United Nations.", date(2018, 5, 4), [_lacks_root("08")]),
    # a journey's origin is not where it goes
    ("arrived from", "HANOI, May 4 (Dipwatch) - Thailand's prime minister arrived from Laos, "
     "where he had met the Lao president on Thursday.", date(2018, 5, 4),
     [_lacks(("THA", "042", "LAO", "2018-05-04")), _holds(("THA", "04", "LAO", "2018-05-03"))]),
    # a warning against a practice is aimed at no state, not at the story's other party
    ("warned against a practice", "HANOI, May 4 (Dipwatch) - Thailand's prime minister held "
     "talks with the Lao president on Thursday. He warned against protectionism at the same "
     "meeting.", date(2018, 5, 4), [_lacks_root("13")]),
    ("warned against the move", "HANOI, May 4 (Dipwatch) - Laos closed its border with Thailand "
     "on Thursday. Thailand warned against the move on Friday.", date(2018, 5, 4),
     [_holds(("THA", "13", "LAO", "2018-05-04"))]),
    # set at an occasion the sentence before dated: that occasion's day
    ("at the banquet", "HANOI, May 4 (Dipwatch) - The Lao president ended a visit to Vietnam on "
     "Friday.\n\nVietnam's president held talks with him on Wednesday and hosted a banquet in "
     "the evening. At the banquet, the Lao president thanked Vietnam for its help.",
     date(2018, 5, 4), [_holds(("LAO", "051", "VNM", "2018-05-02"))]),
    # a gapped object after a repeated preposition
    ("and on X to", "HANOI, May 4 (Dipwatch) - Vietnam and Laos called on Thailand to reopen the "
     "border and on Cambodia and Myanmar to resume their talks on Friday.", date(2018, 5, 4),
     [_holds(("VNM", "02", "KHM", "2018-05-04")), _holds(("LAO", "02", "MMR", "2018-05-04")),
      _holds(("VNM", "02", "THA", "2018-05-04"))]),
    # the pair said it would work together to persuade a third: with each other
    ("both men work together", "HANOI, May 4 (Dipwatch) - Vietnam's foreign minister met his "
     "Lao counterpart on Thursday. Both men said they would work together to persuade Cambodia "
     "to reopen the border.", date(2018, 5, 4),
     [_holds(("VNM", "03", "LAO", "2018-05-03")), _lacks(("VNM", "030", "KHM", "2018-05-03"))]),
    # a passive whose subject is a weapon fired earlier in the story: the firer is its target
    ("missile condemned by", "SEOUL, May 4 (Dipwatch) - China banned imports from North Korea "
     "on Friday, a week after Pyongyang tested a new missile.\n\nThe missile, fired on April "
     "27, was condemned the same day by Japan and South Korea.", date(2018, 5, 4),
     [_holds(("JPN", "111", "PRK", "2018-04-27")), _holds(("KOR", "111", "PRK", "2018-04-27"))]),
    # "men suspected of" in what a speaker says: the speaker's accusation
    ("men suspected of", "MANILA, May 4 (Dipwatch) - Philippine police said on Friday that they "
     "were hunting three Chinese men suspected of smuggling weapons.", date(2018, 5, 4),
     [_holds(("PHL", "112", "CHN", "2018-05-04"))]),
    # a bare issue raised with a leader, in the sentence after the dated talks with him (the
    # partner's title and name between the talks and their day)
    ("raised with", "OTTAWA, May 4 (Dipwatch) - Canada and Mexico signed a trade pact on "
     "Friday.\n\nCanadian Prime Minister Justin Trudeau held talks with Mexican President "
     "Enrique Pena Nieto on Thursday, and the two governments signed deals. Trudeau raised "
     "human rights with Pena Nieto, his office said.", date(2018, 5, 4),
     [_holds(("CAN", "012", "MEX", "2018-05-03"))]),
    # …while a contact with its day right after it comes first (what Pena Nieto told: Monday)
    ("nearest contact", "OTTAWA, May 8 (Dipwatch) - Canada and Mexico signed a pact on Monday."
     "\n\nCanadian Foreign Minister Chrystia Freeland held long talks with Mexican Foreign "
     "Minister Luis Videgaray on Sunday and met Mexican President Enrique Pena Nieto on Monday. "
     "Pena Nieto told Freeland that Ottawa must stop the logging.", date(2018, 5, 8),
     [_holds(("MEX", "10", "CAN", "2018-05-07"))]),
    # "the two" alone before a verb of what pairs do
    ("the two agreed", "LIMA, May 4 (Dipwatch) - Peru's president held talks with Chile's "
     "president in Lima on Thursday, and the two agreed to resume the border commission.",
     date(2018, 5, 4), [_holds(("PER", "03", "CHL", "2018-05-03"))]),
    # a warning against "a …": an indefinite noun phrase, no act of the story
    ("warned against a", "LIMA, May 4 (Dipwatch) - Peru's president met Chile's president on "
     "Thursday. At a news conference with him, he warned against \"a new arms race\".",
     date(2018, 5, 4), [_lacks_root("13")]),
    # the next stops of a tour: intents, dated by the lead (tests/coder/test_en_clause_times)
    ("goes on to", "LIMA, May 4 (Dipwatch) - Spain's foreign minister met Peru's president on "
     "Thursday. He goes on to Chile and Bolivia.", date(2018, 5, 4),
     [_holds(("ESP", "036", "CHL", "2018-05-03")), _holds(("ESP", "036", "BOL", "2018-05-03")),
      _lacks_root("042")]),
    # an agreement signed in another state's capital, no partner named: that state's
    ("signed in a capital", "LIMA, Jan 7 (Dipwatch) - Spain's foreign minister signed an "
     "agreement in Lima on Wednesday.", date(2021, 1, 7),
     [_holds(("ESP", "057", "PER", "2021-01-06"))]),
    ("signed at home", "MADRID, Jan 7 (Dipwatch) - Spain's foreign minister signed an agreement "
     "in Madrid on Wednesday.", date(2021, 1, 7), [_lacks_root("05")]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "day", "checks"), CASES)
def test_batch9(why, text, day, checks):
    found = coded(text, day)
    assert all(check(found) for check in checks), (why, found)
