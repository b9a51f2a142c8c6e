"""Building GDELT, ICEWS and events CSV test inputs in code, row by row, by column name."""

from __future__ import annotations

import zipfile
from pathlib import Path

from dipwatch.sources.gdelt import MENTION_COLUMNS, V1_COLUMNS, V2_COLUMNS

CHN_USA = {
    "Actor1Code": "CHNGOV", "Actor1Name": "CHINA", "Actor1CountryCode": "CHN",
    "Actor1Type1Code": "GOV", "Actor2Code": "USAGOV", "Actor2Name": "UNITED STATES",
    "Actor2CountryCode": "USA", "Actor2Type1Code": "GOV", "ActionGeo_CountryCode": "CH",
}  # fmt: skip


def gdelt_row(event_id: int, day: str = "20211116", code: str = "036", version: int = 2,
              **fields: str) -> str:  # fmt: skip
    """One tab-separated GDELT events row; unnamed columns are empty, a few get real values."""
    columns = V2_COLUMNS if version == 2 else V1_COLUMNS
    values = {
        "GlobalEventID": str(event_id), "SQLDATE": day, "MonthYear": day[:6], "Year": day[:4],
        "FractionDate": f"{day[:4]}.8767", "IsRootEvent": "1", "EventCode": code,
        "EventBaseCode": code[:3], "EventRootCode": code[:2], "QuadClass": "1",
        "GoldsteinScale": "4.0", "NumMentions": "10", "NumSources": "2", "NumArticles": "10",
        "AvgTone": "-1.25", "DATEADDED": "20211116234500",
        "SOURCEURL": f"https://news.example.org/{event_id}",
    }  # fmt: skip
    values.update(fields)
    return "\t".join(values.get(c.name, "") for c in columns)


def mention_row(event_id: int, url: str, sentence: int = 1) -> str:
    values = {
        "GlobalEventID": str(event_id), "EventTimeDate": "20211116234500",
        "MentionTimeDate": "20211117001500", "MentionType": "1",
        "MentionSourceName": "news.example.org", "MentionIdentifier": url,
        "SentenceID": str(sentence), "InRawText": "1", "Confidence": "50",
        "MentionDocLen": "3000", "MentionDocTone": "-1.2",
    }  # fmt: skip
    return "\t".join(values.get(c.name, "") for c in MENTION_COLUMNS)


def write_lines(path: Path, lines: list[str] | list[bytes]) -> Path:
    data = b"".join((x if isinstance(x, bytes) else x.encode("utf-8")) + b"\n" for x in lines)
    path.write_bytes(data)
    return path


def zip_file(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(source, source.name)
    return target


def prc_sample(path: Path) -> Path:
    """A small GDELT 2.0 export: what the default scope keeps, leaves out, and quarantines.

    Lines: 1 CHN-USA 036 | 2 the same story again | 3 RUS-FRA (out) | 4 USA-TWN (kept) |
    5 action in China only (kept) | 6 bad date | 7 only 20 columns | 8 not UTF-8 |
    9 actor from CountryCode + Type1Code | 10 JPN-KOR (out)
    """
    rows: list[str | bytes] = [
        gdelt_row(1001, code="017", **CHN_USA),
        gdelt_row(1002, code="017", **{**CHN_USA, "Actor2Code": "USA"}),
        gdelt_row(1003, Actor1Code="RUS", Actor1CountryCode="RUS", Actor2Code="FRA",
                  Actor2CountryCode="FRA", ActionGeo_CountryCode="FR"),
        gdelt_row(1004, code="111", Actor1Code="USAGOV", Actor1CountryCode="USA",
                  Actor2Code="TWN", Actor2CountryCode="TWN", ActionGeo_CountryCode="TW"),
        gdelt_row(1005, code="043", Actor1Code="BUS", Actor2Code="EDU", ActionGeo_CountryCode="CH"),
        gdelt_row(1006, day="20211332", **CHN_USA),
        "\t".join(["1007"] * 20),
        gdelt_row(1008, **CHN_USA).replace("CHINA", "CHINA\udcff").encode("utf-8", "surrogateescape"),
        gdelt_row(1009, code="042", Actor1CountryCode="CHN", Actor1Type1Code="MIL",
                  Actor2Code="PAKMIL", Actor2CountryCode="PAK", ActionGeo_CountryCode="PK"),
        gdelt_row(1010, Actor1Code="JPN", Actor1CountryCode="JPN", Actor2Code="KOR",
                  Actor2CountryCode="KOR", ActionGeo_CountryCode="JA"),
    ]  # fmt: skip
    return write_lines(path, rows)  # type: ignore[arg-type]
