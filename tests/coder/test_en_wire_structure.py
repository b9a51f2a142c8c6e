"""English constructions of whole wire stories, in sentences of our own: a time adverbial
between a verb and its infinitive, calls told "spoke with X by phone", envoys (not troops)
withdrawn, relations downgraded or normalised, meetings chaired together, mediation and
money offered, plans to host or recognise, retaliation told with "by" and a gerund, drills
held together, and an organisation's official taken up again by surname."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document

Event = tuple[str, str, str, str]


def events(text: str, day: date) -> list[Event]:
    """(source country, code, target country, date) of each event of a news story."""
    c = coding(Document(text, published=day, genre="news"))
    return [((e.source_actor or "")[:3], e.code, (e.target_actor or "")[:3], e.date.isoformat())
            for e in c.events]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # agreed on Thursday to…: the time is an adverbial, what was agreed is the act
        ("CAIRO, Oct 24 (Dipwatch) - Ethiopia and Egypt agreed on Thursday to resume technical "
         "talks on the dam.", date(2019, 10, 24), [("ETH", "036", "EGY", "2019-10-24")]),
        # …unless the particle comes back after the time: agreed on guidelines
        ("JAKARTA, July 13 (Dipwatch) - China and ASEAN agreed on Thursday on guidelines for "
         "talks.", date(2023, 7, 13), [("CHN", "057", "ASN", "2023-07-13")]),
        ("WASHINGTON, Sept 16 (Dipwatch) - The UAE agreed on Aug. 13 to normalise relations "
         "with Israel.", date(2020, 9, 16), [("ARE", "054", "ISR", "2020-08-13")]),
        # "agreed to" is no longer a verb than "agreed": the upgrade, not a bare agreement
        ("PRETORIA, Sept 3 (Dipwatch) - China and South Africa agreed on Monday to raise "
         "relations to an all-round strategic partnership.", date(2024, 9, 3),
         [("CHN", "057", "ZAF", "2024-09-02")]),
        # the manner after the object: a call
        ("WASHINGTON, Oct 5 (Dipwatch) - U.S. President Joe Biden spoke with Japanese Prime "
         "Minister Fumio Kishida by phone on Tuesday.", date(2022, 10, 5),
         [("USA", "041", "JPN", "2022-10-04")]),
        # diplomats withdrawn are ties cut (161), troops withdrawn a pullback (087)
        ("BANGKOK, July 25 (Dipwatch) - Thailand recalled its ambassador from Phnom Penh on "
         "Wednesday, and Cambodia downgraded relations on Thursday, withdrawing all but one of "
         "its diplomats from Bangkok.", date(2025, 7, 25),
         [("THA", "161", "KHM", "2025-07-23"), ("KHM", "161", "THA", "2025-07-24")]),
        ("NEW DELHI, Sept 9 (Dipwatch) - India and China began withdrawing troops from the "
         "border area on Thursday.", date(2022, 9, 9),
         [("IND", "087", "CHN", "2022-09-08"), ("CHN", "087", "IND", "2022-09-08")]),
        # "who co-chaired the summit with X": the noun before "who" and the chair beside him
        ("SOCHI, Oct 24 (Dipwatch) - Russian President Vladimir Putin, who co-chaired the "
         "summit with Egyptian President Abdel Fattah al-Sisi on Wednesday, spoke of trade.",
         date(2019, 10, 24), [("RUS", "040", "EGY", "2019-10-23")]),
        # mediation offered between two states: an intent towards each
        ("WASHINGTON, July 23 (Dipwatch) - Trump said on Monday that he would be willing to "
         "mediate between India and Pakistan over Kashmir.", date(2019, 7, 23),
         [("USA", "039", "IND", "2019-07-22"), ("USA", "039", "PAK", "2019-07-22")]),
        # money a state will give another: aid promised
        ("CANBERRA, Dec 8 (Dipwatch) - Under the agreement, Australia will give Papua New "
         "Guinea 200 million Australian dollars over four years.", date(2023, 12, 8),
         [("AUS", "033", "PNG", "2023-12-08")]),
        # will host: a meeting planned, dated when it is told
        ("LONDON, March 1 (Dipwatch) - British Prime Minister Keir Starmer will host Ukrainian "
         "President Volodymyr Zelenskiy in London on Sunday.", date(2025, 3, 1),
         [("GBR", "036", "UKR", "2025-03-01")]),
        # recognition a state says it will give is an intent; given, the act
        ("WASHINGTON, Sept 30 (Dipwatch) - Biden said on Thursday the United States would "
         "recognise the Cook Islands and Niue as sovereign states.", date(2022, 9, 30),
         [("USA", "030", "COK", "2022-09-29"), ("USA", "030", "NIU", "2022-09-29")]),
        ("TARAWA, Sept 21 (Dipwatch) - Kiribati recognised China on Friday.", date(2019, 9, 21),
         [("KIR", "054", "CHN", "2019-09-20")]),
        # a gerund after "by" that tells how a state retaliated is the act
        ("OTTAWA, May 10 (Dipwatch) - Canada expelled a Chinese diplomat on Monday, and China "
         "retaliated by expelling a Canadian diplomat on Tuesday.", date(2023, 5, 10),
         [("CAN", "166", "CHN", "2023-05-08"), ("CHN", "166", "CAN", "2023-05-09")]),
        # drills held together need no "joint" and may be one exercise; drills apart are none
        ("TOKYO, June 16 (Dipwatch) - Japan, the United States and Australia held a joint "
         "naval exercise on Tuesday.", date(2023, 6, 16),
         [("JPN", "062", "USA", "2023-06-13"), ("JPN", "062", "AUS", "2023-06-13"),
          ("USA", "062", "AUS", "2023-06-13")]),
        ("MANILA, June 16 (Dipwatch) - U.S. and Philippine forces began annual drills on "
         "Monday.", date(2023, 6, 16), [("USA", "062", "PHL", "2023-06-12")]),
        ("TOKYO, June 16 (Dipwatch) - China and Russia held talks on Tuesday after Japan held "
         "drills.", date(2023, 6, 16), [("CHN", "040", "RUS", "2023-06-13")]),
        # a reaction to "the raid", "the launch": the doer of the act the noun names again,
        # read from its verb (the raid itself has no event of its own here)
        ("MEXICO CITY, April 7 (Dipwatch) - Mexico broke off relations with Ecuador on Friday "
         "after Ecuadorean police stormed the Mexican embassy in Quito.\n\nBrazil and "
         "Colombia condemned the raid on Saturday.", date(2024, 4, 7),
         [("MEX", "161", "ECU", "2024-04-05"), ("BRA", "111", "ECU", "2024-04-06"),
          ("COL", "111", "ECU", "2024-04-06")]),
        # "the two sides" agreed after an act told the other way round: the story's order
        ("NAYPYITAW, Jan 18 (Dipwatch) - Chinese President Xi Jinping and Myanmar's leader "
         "Aung San Suu Kyi signed 33 agreements on Saturday.\n\nXi arrived in Naypyitaw on "
         "Friday for a two-day state visit, and was welcomed by President Win Myint.\n\nThe two sides agreed to speed up work on the "
         "corridor.", date(2020, 1, 18),
         [("CHN", "057", "MMR", "2020-01-18"), ("MMR", "043", "CHN", "2020-01-17"),
          ("CHN", "030", "MMR", "2020-01-18")]),
        # drones launched at a state are an air attack; the drones another state launched,
        # shot down, are force against whoever launched them
        ("JERUSALEM, April 14 (Dipwatch) - Iran launched more than 300 drones at Israel late on "
         "Saturday.\n\nU.S. and British warplanes shot down dozens of the drones on Saturday "
         "night.", date(2024, 4, 14),
         [("IRN", "195", "ISR", "2024-04-13"), ("USA", "190", "IRN", "2024-04-13"),
          ("GBR", "190", "IRN", "2024-04-13")]),
        # imports of a state's goods stopped (163) or resumed (085); countermeasures announced
        ("BEIJING, Aug 25 (Dipwatch) - China suspended imports of Japanese seafood on Thursday "
         "and resumed imports of Australian barley.", date(2023, 8, 25),
         [("CHN", "163", "JPN", "2023-08-24"), ("CHN", "085", "AUS", "2023-08-24")]),
        ("BEIJING, Aug 25 (Dipwatch) - China on Thursday announced countermeasures against "
         "Lithuania's deputy transport minister.", date(2023, 8, 25),
         [("CHN", "163", "LTU", "2023-08-24")]),
        # retaliation promised if another does something: a threat aimed at that other
        ("BEIJING, Aug 25 (Dipwatch) - China said on Thursday it would retaliate if the EU "
         "imposed tariffs on its electric vehicles.", date(2023, 8, 25),
         [("CHN", "130", "EEC", "2023-08-24")]),
        # the Taiwan Affairs Office is Beijing's
        ("BEIJING, Aug 25 (Dipwatch) - The Taiwan Affairs Office criticised Taiwan's president "
         "on Thursday.", date(2023, 8, 25), [("CHN", "111", "TWN", "2023-08-24")]),
        # an act the story told, said to violate or undermine something: criticism of its doer
        ("BEIJING, July 12 (Dipwatch) - The U.S. State Department approved the sale of tanks to "
         "Taiwan on Monday.\n\nBeijing said on Friday that the sale violated international "
         "law.", date(2019, 7, 12),
         [("USA", "072", "TWN", "2019-07-08"), ("CHN", "111", "USA", "2019-07-12")]),
        # congratulations sent, or exchanged (one act each way); condolences offered
        ("BEIJING, June 16 (Dipwatch) - Xi and Tokayev exchanged congratulatory messages on "
         "Tuesday. China offered condolences to Turkey on Wednesday.", date(2023, 6, 16),
         [("CHN", "051", "KAZ", "2023-06-13"), ("KAZ", "051", "CHN", "2023-06-13"),
          ("CHN", "018", "TUR", "2023-06-14")]),
        # "called for" an end to sanctions is the easing of sanctions demanded, as the CAMEO
        # manual codes "called for the lifting of UN sanctions" (1054), never a phone call
        ("BEIJING, June 16 (Dipwatch) - During talks with Blinken in Beijing on Monday, Wang "
         "Yi called for an end to U.S. sanctions.", date(2023, 6, 16),
         [("CHN", "1054", "USA", "2023-06-12")]),
        # a title with "-elect" is one title (U.S. President-elect Donald Trump)
        ("BEIJING, Jan 18 (Dipwatch) - Chinese President Xi Jinping and U.S. President-elect "
         "Donald Trump spoke by phone on Friday.", date(2025, 1, 18),
         [("CHN", "041", "USA", "2025-01-17")]),
        # a passive's doer after "by" and an article; a state's boat blocked: a blockade
        ("MANILA, June 16 (Dipwatch) - A Philippine boat was rammed by a Chinese coast guard "
         "ship on Tuesday.", date(2023, 6, 16), [("CHN", "190", "PHL", "2023-06-13")]),
        ("MANILA, June 16 (Dipwatch) - A Philippine supply boat was blocked by Chinese coast "
         "guard ships on Tuesday.", date(2023, 6, 16), [("CHN", "191", "PHL", "2023-06-13")]),
        # a month that opens the sentence ("In March,") dates its clause as "in March" does
        ("TAIPEI, June 16 (Dipwatch) - In March, Honduras cut ties with Taiwan.",
         date(2023, 6, 16), [("HND", "161", "TWN", "2023-03-01")]),
        # another state's aircraft in one's air defence zone, or detected around it
        ("TAIPEI, June 16 (Dipwatch) - Thirty Chinese military aircraft entered Taiwan's air "
         "defence identification zone on Tuesday.", date(2023, 6, 16),
         [("CHN", "150", "TWN", "2023-06-13")]),
        ("TOKYO, June 16 (Dipwatch) - Japan's defence ministry said on Tuesday it had spotted "
         "two Chinese warships near Yonaguni.", date(2023, 6, 16),
         [("CHN", "150", "JPN", "2023-06-13")]),
        # a run of initials (K.P. Sharma Oli) does not end the sentence
        ("KATHMANDU, Oct 13 (Dipwatch) - Chinese President Xi Jinping and Nepali Prime "
         "Minister K.P. Sharma Oli signed 20 agreements on Sunday.", date(2019, 10, 13),
         [("CHN", "057", "NPL", "2019-10-13")]),
        # what a demand asks for is no act of its own, adjectives before it or not
        ("BRUSSELS, May 25 (Dipwatch) - European Union leaders demanded on Monday the "
         "immediate release of a Belarusian journalist.", date(2021, 5, 25),
         [("EEC", "100", "BLR", "2021-05-24")]),
        # Abdel Fattah al-Sisi is one person: "A and B agreed" is a pair, once
        ("SOCHI, Oct 24 (Dipwatch) - Ethiopian Prime Minister Abiy Ahmed and Egyptian "
         "President Abdel Fattah al-Sisi agreed on Thursday to resume talks on the dam "
         "Ethiopia is building.", date(2019, 10, 24), [("ETH", "036", "EGY", "2019-10-24")]),
        # a contact agreed to, after a phrase between ("agreed in a joint declaration to
        # meet"), is an intent to meet; Guyanese names Guyana; the joint declaration the pair
        # agreed in is their agreement (057, as the gold of en-d174 has it)
        ("KINGSTOWN, Dec 15 (Dipwatch) - Venezuelan President Nicolas Maduro and Guyanese "
         "President Irfaan Ali, who shook hands on Thursday, agreed in a joint declaration to "
         "meet again in Brazil.", date(2023, 12, 15),
         [("VEN", "057", "GUY", "2023-12-15"), ("VEN", "036", "GUY", "2023-12-15")]),
        # prisoners swapped: a release by each side; an expulsion ordered: the expulsion
        ("KYIV, June 16 (Dipwatch) - Russia and Ukraine exchanged 100 prisoners of war on "
         "Tuesday.", date(2023, 6, 16),
         [("RUS", "0841", "UKR", "2023-06-13"), ("UKR", "0841", "RUS", "2023-06-13")]),
        ("BAMAKO, June 16 (Dipwatch) - Mali ordered the expulsion of the French ambassador on "
         "Tuesday.", date(2023, 6, 16), [("MLI", "166", "FRA", "2023-06-13")]),
        # a present perfect in a relative clause beside the act is background; a dated
        # past there is an act of its own
        ("LONDON, June 16 (Dipwatch) - Britain, which has imposed sanctions on Iran, urged "
         "Tehran on Tuesday to release the prisoners.", date(2023, 6, 16),
         [("GBR", "100", "IRN", "2023-06-13")]),
        ("LONDON, June 16 (Dipwatch) - Britain, which imposed sanctions on Iran on Monday, "
         "urged Tehran on Tuesday to release the prisoners.", date(2023, 6, 16),
         [("GBR", "163", "IRN", "2023-06-12"), ("GBR", "100", "IRN", "2023-06-13")]),
        # a verb form after a preposition is a noun (a push for new sanctions, blocked);
        # an act in the conditional perfect never happened
        ("SEOUL, June 16 (Dipwatch) - China and Russia blocked a U.S.-led push for new "
         "sanctions on North Korea on Thursday.", date(2023, 6, 16), []),
        ("SEOUL, June 16 (Dipwatch) - Russia vetoed a U.N. resolution on Tuesday that would "
         "have extended sanctions on North Korea.", date(2023, 6, 16),
         [("RUS", "129", "UNO", "2023-06-13")]),
        # communication lines cut off, a pact suspended: relations reduced
        ("SEOUL, June 16 (Dipwatch) - North Korea cut off all communication lines with South "
         "Korea on Tuesday. Seoul suspended a 2018 military pact with Pyongyang on "
         "Wednesday.", date(2023, 6, 16),
         [("PRK", "161", "KOR", "2023-06-13"), ("KOR", "160", "PRK", "2023-06-14")]),
        # weapons named by kind, delivered (072) or to be sent (0332); retaliation "on
        # Wednesday by expelling": the day between the verb and "by"
        ("PARIS, June 16 (Dipwatch) - Poland delivered MiG-29 fighter jets to Ukraine on "
         "Tuesday. Germany will send Leopard tanks to Ukraine, Chancellor Olaf Scholz said on "
         "Wednesday.", date(2023, 6, 16),
         [("POL", "072", "UKR", "2023-06-13"), ("DEU", "0332", "UKR", "2023-06-14")]),
        ("PARIS, June 16 (Dipwatch) - Moscow retaliated on Wednesday by expelling four French "
         "diplomats.", date(2023, 6, 16), [("RUS", "166", "FRA", "2023-06-14")]),
        # "the presidents of Kenya and Nigeria": a plural title before coordinated states
        ("BEIJING, June 16 (Dipwatch) - Xi met the presidents of Kenya and Nigeria on "
         "Tuesday.", date(2023, 6, 16),
         [("CHN", "040", "KEN", "2023-06-13"), ("CHN", "040", "NGA", "2023-06-13")]),
        # accusations the story told, denied; a response promised to the expulsions: each
        # aimed at the doer of the act its noun names
        ("PARIS, June 16 (Dipwatch) - Paris accused Moscow on Tuesday of running a "
         "disinformation campaign. The Kremlin denied the accusations on Wednesday.",
         date(2023, 6, 16),
         [("FRA", "112", "RUS", "2023-06-13"), ("RUS", "016", "FRA", "2023-06-14")]),
        ("PARIS, June 16 (Dipwatch) - France expelled four Russian diplomats on Tuesday. "
         "Russia's foreign ministry said on Wednesday it would respond to the expulsions.",
         date(2023, 6, 16),
         [("FRA", "166", "RUS", "2023-06-13"), ("RUS", "130", "FRA", "2023-06-14")]),
        # a state (or its act) judged in reported speech with a word of blame: criticism,
        # negated or not
        ("BEIJING, June 16 (Dipwatch) - Blinken said on Tuesday that China was not impartial "
         "on Ukraine.", date(2023, 6, 16), [("USA", "111", "CHN", "2023-06-13")]),
        # a threat coordinated with a condemnation of the same subject is aimed where the
        # condemnation was (not at Tsai, named in its reason)
        ("LOS ANGELES, April 6 (Dipwatch) - China's foreign ministry condemned the United "
         "States on Thursday for hosting Tsai and said it would take resolute measures.",
         date(2023, 4, 6),
         [("CHN", "111", "USA", "2023-04-06"), ("CHN", "130", "USA", "2023-04-06")]),
        # "the two sides" after an act between the EU and China: the EU is a party too
        ("BEIJING, July 25 (Dipwatch) - European Commission President Ursula von der Leyen "
         "met Chinese President Xi Jinping in Beijing on Thursday and called on Beijing to "
         "use its influence on Russia.\n\nXi told the EU leaders that Europe should not see "
         "China as a rival. The two sides issued a joint statement on climate change.",
         date(2025, 7, 25),
         [("EEC", "040", "CHN", "2025-07-24"), ("EEC", "020", "CHN", "2025-07-24"),
          ("CHN", "100", "EEC", "2025-07-24"), ("EEC", "057", "CHN", "2025-07-24")]),
        # a visit begun or one a leader is on; a ceremony hosted for a visitor
        ("BEIJING, June 16 (Dipwatch) - Spain's prime minister Pedro Sanchez began a "
         "three-day visit to China on Thursday.", date(2023, 6, 16),
         [("ESP", "042", "CHN", "2023-06-15")]),
        ("BEIJING, June 16 (Dipwatch) - Xi hosted a welcoming ceremony for Brazilian President "
         "Lula on Friday.", date(2023, 6, 16), [("CHN", "043", "BRA", "2023-06-16")]),
        # an object that names a kind of states ("other island leaders") leaves no target,
        # whatever state the warning's content names
        ("SUVA, May 31 (Dipwatch) - Micronesia's president warned other island leaders in a "
         "letter on Friday that the pact could drag them into a conflict between China and "
         "the West.", date(2022, 5, 31), []),
        # "prompting Tokyo to warn residents": Tokyo's own act, no event between states;
        # "prompted Japan to lodge a protest with Beijing": Japan's act towards China
        ("SEOUL, Oct 5 (Dipwatch) - North Korea fired a missile into the sea on Tuesday, "
         "prompting Tokyo to warn residents in the north to take cover.", date(2022, 10, 5), []),
        ("SEOUL, Oct 5 (Dipwatch) - China's drills prompted Japan to lodge a protest with "
         "Beijing on Tuesday.", date(2022, 10, 5), [("JPN", "114", "CHN", "2022-10-04")]),
        # a participle after a craft tells its route, not a visit
        ("MINSK, May 24 (Dipwatch) - Belarus forced a passenger jet flying from Athens to "
         "Vilnius to land on Sunday.", date(2021, 5, 24), []),
        # an object reached across "without" is the undone act's, not the verb's
        ("WASHINGTON, March 1 (Dipwatch) - Ukraine's president left the White House on Friday "
         "without signing a minerals deal with the United States.", date(2025, 3, 1), []),
        # passives whose subject is no actor: the party after the verb, or the doer's partner
        ("OTTAWA, June 16 (Dipwatch) - Sanctions were imposed on Russia by the European Union "
         "on Friday. The agreement was signed by China and Iran on Saturday.", date(2023, 6, 16),
         [("EEC", "163", "RUS", "2023-06-16"), ("CHN", "057", "IRN", "2023-06-10")]),
    ],
)  # fmt: skip
def test_constructions_of_a_story(text: str, day: date, expected: list[Event]):
    assert events(text, day) == expected


def test_an_organisations_official_is_taken_up_again_by_surname():
    """European Commission President Ursula von der Leyen, then "Von der Leyen, who also held
    talks with Li Qiang": the EU's official, as a state's people are."""
    found = events("BEIJING, April 7 (Dipwatch) - French President Emmanuel Macron met Chinese "
                   "President Xi Jinping on Thursday, with European Commission President Ursula "
                   "von der Leyen.\n\nVon der Leyen, who also held talks with Li Qiang, warned "
                   "China on Thursday.", date(2023, 4, 7))  # fmt: skip
    assert ("EEC", "130", "CHN", "2023-04-06") in found
