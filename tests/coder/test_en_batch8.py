"""English constructions the eighth en_news batch (en-d250…en-d262) showed, in wire sentences
of our own: a refusal to speak ("declined to comment on the summit") rejects no one; thanks
told with an adjective ("was grateful to India") are praise; a round of talks two states
"ended" was held, while negotiations "concluded" stay an agreement; a meal shared with a
leader ("agreed over dinner with X") is a meeting with him; a company's registration revoked
sanctions its state; a state named after "work together to <verb>" is the purpose's object, no
partner; a verb joined with "and again" keeps the sayer as its subject; talks counted in
rounds were held; what a speaker hopes others will do is no act of theirs; a time inside a
"whose" relative clause is that clause's; an issue raised with a leader is a concern voiced
to his state, an amount raised no complaint; a permit suspended sanctions its holder's state;
a refusal to name an act ("declined to call it an invasion") rejects no one; a leader who
"spoke briefly with" another met him; drills "joined by" another state's troops, and two
states' ships that "sailed together", are military cooperation; people a state says "were
suspected of" a crime are accused by it; a time right after a counted plural and its past
participle ("two Canadians detained in December") dates the participle, not the act; a
measure named, then ", which X announced", is X's act; and such an aside stays an act inside
a sentence's condition; thanks to a group of states reach the members named after
"including"; an actor and one past verb after a noun phrase, right before the trigger, are
a contact relative clause ("an event Moon attended"), not the trigger's subject; purchases
promised "from" a state, however long the list of goods, are an intent to trade with it; a
state said to be "met with" a response is threatened; a craft "shot … down", the particle
after its object, is force against the state the story said sent it; the actor right before
"was ready (willing) to" is the one ready, not the target; support given "during" or
"throughout" a conflict is a side taken, no dated act.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder.test_en_wire_structure import events as coded
from tests.coder.test_en_world_clauses import _holds, _lacks, _lacks_root

# (why, text, date, what must hold of the events found)
CASES = [
    # declining to comment is said to reporters: no rejection of the story's other party
    ("declined to comment", "HANOI, May 4 (Dipwatch) - Laos and Vietnam signed a border treaty "
     "on Friday. Cambodia's foreign ministry declined to comment on the treaty.",
     date(2018, 5, 4), [_lacks_root("12")]),
    ("refused to say", "LIMA, May 4 (Dipwatch) - Peru's foreign minister met his Chilean "
     "counterpart on Friday. Bolivia refused to say whether it would send an envoy.",
     date(2018, 5, 4), [_lacks_root("12")]),
    # "grateful to X" thanks X
    ("grateful to", "BANGKOK, May 4 (Dipwatch) - Thailand's foreign minister said on Friday "
     "that Bangkok was grateful to India for its help after the floods.", date(2018, 5, 4),
     [_holds(("THA", "051", "IND", "2018-05-04"))]),
    # two sides that "ended" talks held them
    ("ended talks", "KUALA LUMPUR, May 4 (Dipwatch) - Malaysian and Singaporean officials ended "
     "four days of talks on the water dispute on Friday.", date(2018, 5, 4),
     [_holds(("MYS", "04", "SGP", "2018-05-04"))]),
    # a meal shared with a leader is a meeting with him
    ("over dinner with", "JAKARTA, May 4 (Dipwatch) - Indonesia's president agreed over dinner "
     "with the Australian prime minister on Friday to resume the naval patrols.",
     date(2018, 5, 4), [_holds(("IDN", "04", "AUS", "2018-05-04"))]),
    # a registration or permit revoked, as a licence is, sanctions the holder's state
    ("revoked the registration", "DHAKA, May 4 (Dipwatch) - India revoked the registration of "
     "Bangladesh's largest jute exporter on Friday.", date(2018, 5, 4),
     [_holds(("IND", "163", "BGD", "2018-05-04"))]),
    # "agreed to work together to bring X back": X is what the cooperation is for
    ("work together to", "LIMA, May 4 (Dipwatch) - The leaders of Chile and Peru agreed on "
     "Friday to work together to bring Bolivia back to the talks.", date(2018, 5, 4),
     [_holds(("CHL", "030", "PER", "2018-05-04")), _lacks(("CHL", "030", "BOL", "2018-05-04")),
      _lacks(("PER", "030", "BOL", "2018-05-04"))]),
    # "said that … and again urged": the sayer urges, not the reported clause's subject
    ("and again urged", "LIMA, May 4 (Dipwatch) - Peru's foreign ministry said on Friday that "
     "the arrests were arbitrary and again urged Chile to release the two men.", date(2018, 5, 4),
     [_holds(("PER", "100", "CHL", "2018-05-04"))]),
    # "held three rounds of talks": talks held (the two leaders: the story's pair)
    ("rounds of talks", "HANOI, May 4 (Dipwatch) - Vietnam and Laos signed a border treaty on "
     "Friday.\n\nThe two leaders held three rounds of talks on Thursday.", date(2018, 5, 4),
     [_holds(("VNM", "040", "LAO", "2018-05-03"))]),
    # "hoped X and Y would meet": a wish of the speaker, no meeting of X and Y
    ("hoped others would", "TOKYO, May 4 (Dipwatch) - Japan's foreign minister said on Friday "
     "that Tokyo hoped India and Pakistan would meet soon.", date(2018, 5, 4),
     [_lacks_root("04"), _lacks_root("03")]),
    # the time of a "whose" relative clause is its own: the main verb's day is the act's
    ("whose clause time", "HANOI, May 4 (Dipwatch) - Vietnam and Laos signed a border treaty on "
     "Friday.\n\nThe two leaders, whose armies clashed last year, held talks on Thursday.",
     date(2018, 5, 4), [_holds(("VNM", "040", "LAO", "2018-05-03"))]),
    # an issue raised with a leader: a concern voiced to his state
    ("raised with", "CANBERRA, May 4 (Dipwatch) - Australia's prime minister said he had "
     "raised the treatment of detained journalists with the Indonesian president on Friday.",
     date(2018, 5, 4), [_holds(("AUS", "012", "IDN", "2018-05-04"))]),
    ("raised tariffs", "CANBERRA, May 4 (Dipwatch) - Australia raised its tariffs on steel "
     "together with New Zealand on Friday.", date(2018, 5, 4), [_lacks_root("01")]),
    # a permit suspended, as one revoked
    ("suspended the permit", "LONDON, May 4 (Dipwatch) - Britain suspended the permit of the "
     "Russian state airline on Friday.", date(2018, 5, 4),
     [_holds(("GBR", "163", "RUS", "2018-05-04"))]),
    # refusing to name an act is no rejection of anyone
    ("declined to call", "NEW DELHI, May 4 (Dipwatch) - Russia's troops crossed into Georgia on "
     "Friday. India's foreign ministry declined to call the assault an invasion.",
     date(2018, 5, 4), [_lacks_root("12")]),
    # a talk by no named means is a contact
    ("spoke briefly with", "BRASILIA, May 4 (Dipwatch) - Brazil's president spoke briefly with "
     "the Argentine president on Friday.", date(2018, 5, 4),
     [_holds(("BRA", "040", "ARG", "2018-05-04"))]),
    # a partner's troops joining a state's drills: military cooperation with it
    ("joined by", "MINSK, May 4 (Dipwatch) - Belarusian troops began large exercises near Brest "
     "on Friday, joined by 500 Serbian soldiers.", date(2018, 5, 4),
     [_holds(("BLR", "062", "SRB", "2018-05-04"))]),
    # two states' warships moving as one
    ("sailed together", "SEOUL, May 4 (Dipwatch) - Six American and Japanese warships sailed "
     "together through the Korea Strait on Friday.", date(2018, 5, 4),
     [_holds(("USA", "062", "JPN", "2018-05-04"))]),
    # "said two X were suspected of smuggling": an accusation of X's state; the time of the
    # participle describing them is not the accusation's
    ("suspected of", "HANOI, May 4 (Dipwatch) - Vietnam said on Friday that two Cambodian "
     "businessmen were suspected of smuggling weapons.", date(2018, 5, 4),
     [_holds(("VNM", "112", "KHM", "2018-05-04"))]),
    ("participle time", "HANOI, May 4 (Dipwatch) - Vietnamese state media said on Friday that "
     "two Chinese fishermen detained in April were suspected of spying.", date(2018, 5, 4),
     [_holds(("VNM", "112", "CHN", "2018-05-04")), _lacks(("VNM", "112", "CHN", "2018-04-01"))]),
    # "the import ban, which X announced on Tuesday": X's sanction, on the story's other party
    ("ban, which announced", "LIMA, May 4 (Dipwatch) - Peru accused Chile on Friday of hurting "
     "its farmers. The import ban, which Chilean President Gabriel Boric announced on Tuesday, "
     "took effect on Thursday.", date(2018, 5, 4),
     [_holds(("CHL", "163", "PER", "2018-05-01"))]),
    # the aside is told as done though the main clause is conditioned
    ("aside in a condition", "LIMA, May 4 (Dipwatch) - Peru said on Friday it would respond if "
     "Chile went ahead with a ban on Peruvian fish, which Chilean President Gabriel Boric "
     "announced on Tuesday.", date(2018, 5, 4),
     [_holds(("CHL", "163", "PER", "2018-05-01")), _lacks(("CHL", "1312", "PER", "2018-05-01"))]),
    # thanks to "the countries that had…, including A, B and C": each of them
    ("grateful to the countries including", "HANOI, May 4 (Dipwatch) - Vietnam said on Friday "
     "it was grateful to the countries that had sent rescuers, including Japan, South Korea "
     "and Australia.", date(2018, 5, 4),
     [_holds(("VNM", "051", "JPN", "2018-05-04")), _holds(("VNM", "051", "KOR", "2018-05-04")),
      _holds(("VNM", "051", "AUS", "2018-05-04"))]),
    # "officers hired for a concert the Peruvian president attended beat…": the officers beat
    ("contact clause subject", "LIMA, May 4 (Dipwatch) - Chilean police officers hired for a "
     "concert the Peruvian president attended beat two Peruvian reporters on Friday.",
     date(2018, 5, 4),
     [_holds(("CHL", "182", "PER", "2018-05-04")), _lacks(("PER", "182", "CHL", "2018-05-04"))]),
    # "agreed to buy a … amount of … from X": economic cooperation promised to X
    ("agreed to buy from", "LIMA, May 4 (Dipwatch) - Peru agreed on Friday to buy a \"large "
     "but not yet settled\" amount of copper, grain, fertiliser and industrial machinery from "
     "Brazil.", date(2018, 5, 4), [_holds(("PER", "0311", "BRA", "2018-05-04"))]),
    # "told reporters that Chile would be met with a firm response": a threat to Chile
    ("would be met with", "LIMA, May 4 (Dipwatch) - Peru's president told reporters on Friday "
     "that Chile would be met with a firm response if it made any more threats.",
     date(2018, 5, 4), [_holds(("PER", "130", "CHL", "2018-05-04"))]),
    # "shot the balloon down": force against the balloon's state
    ("shot the balloon down", "TOKYO, May 4 (Dipwatch) - A Russian surveillance balloon "
     "drifted over Japan on Wednesday. Japanese fighters shot the balloon down off Hokkaido on "
     "Thursday.", date(2018, 5, 4), [_holds(("JPN", "190", "RUS", "2018-05-03"))]),
    # "urged both sides …, and said Turkey was ready to play a role": Turkey is ready, aimed at
    # no one named after; with a state after "in", at that state
    ("was ready to", "ANKARA, May 4 (Dipwatch) - Turkey's foreign minister urged both Armenia "
     "and Azerbaijan to show restraint on Friday and said Turkey was ready to play a "
     "constructive role.", date(2018, 5, 4),
     [_lacks(("ARM", "030", "TUR", "2018-05-04")), _lacks(("AZE", "030", "TUR", "2018-05-04"))]),
    ("was ready to play a role in", "ANKARA, May 4 (Dipwatch) - Turkey's foreign minister said "
     "on Friday that Turkey was ready to play a constructive role in Libya.", date(2018, 5, 4),
     [_holds(("TUR", "030", "LBY", "2018-05-04"))]),
    # "which backed Laos during its dispute with Thailand in 2019": a stance, no act of 2019
    ("backed during", "HANOI, May 4 (Dipwatch) - Vietnam, which backed Laos during its border "
     "dispute with Thailand in 2016, said on Friday it welcomed the new treaty.",
     date(2018, 5, 4), [_lacks(("VNM", "051", "LAO", "2016-01-01"))]),
    ("backed on a day", "HANOI, May 4 (Dipwatch) - Vietnam backed Laos on Friday in its border "
     "dispute with Thailand.", date(2018, 5, 4), [_holds(("VNM", "05", "LAO", "2018-05-04"))]),
]  # fmt: skip


@pytest.mark.parametrize(("why", "text", "day", "checks"), CASES)
def test_batch8(why, text, day, checks):
    found = coded(text, day)
    assert all(check(found) for check in checks), (why, found)


def test_concluded_negotiations_stay_an_agreement():
    """Negotiations concluded on a deal are the deal reached (057), not talks held."""
    found = coded(
        "OTTAWA, May 4 (Dipwatch) - Canada and Mexico concluded negotiations on a trade "
        "agreement on Friday.",
        date(2018, 5, 4),
    )
    assert not any(code.startswith("04") for _, code, _, _ in found), found
