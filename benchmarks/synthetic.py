"""A realistic store of generated events for the benchmarks: what a store fed by GDELT and by
coded texts for four years looks like, at any size.

- **states**: the countries table's real states, with a skewed mix of partners (the PRC's
  salient partners first, then the rest by population, weight ~ 1/rank), so that a few pairs
  carry most events and ~190 states have some;
- **pairs**: 85% between the PRC and another state (either direction, half of them
  government actors), 5% between Taiwan and another state, 10% between two other states: a
  store loaded with the default scope (``--keep prc``: events with a PRC actor or location,
  and states with Taiwan);
- **codes**: real CAMEO codes, roots weighted as event data are (statements, consultations
  and intents most; force rarest), each with its codebook's quad class and Goldstein value;
  15% tagged with an issue (Taiwan, trade, human rights, democracy, Xinjiang…);
- **reports**: each fact is reported 1 to 4 times (mean ~1.9), as wires, broadcasters and
  GDELT's many URLs report one meeting; the reports share a ``story_id`` (date × pair ×
  code) as ingest gives them;
- **origins**: 35% coded text: documents of ~6 sentences from ~20 sources (state media,
  ministries, wires, analysts) in zh-Hans, zh-Hant and English, each event keeping its sentence
  (names in the document's script) and its document; 65% GDELT-like rows with a source URL
  and no sentence;
- **time**: 2019-01-01 to 2022-12-31, loaded month by month in date order, as daily GDELT
  files and news arrive; the ``coverage`` table is filled as ``Store.load`` fills it.

    from benchmarks.synthetic import generate
    generate(Path("/tmp/bench.duckdb"), 1_000_000)
"""

from __future__ import annotations

import random
import time
from datetime import date
from pathlib import Path

#: The PRC's salient partners, most events first; every other state follows by population.
SALIENT = ("USA", "RUS", "JPN", "KOR", "GBR", "DEU", "FRA", "AUS", "IND", "PAK", "PRK", "VNM",
           "PHL", "KAZ", "IRN", "SAU", "BRA", "ZAF", "IDN", "CAN", "LTU", "ITA", "TUR", "EGY",
           "AFG", "KHM", "LAO", "MNG", "NIC", "HND", "SRB", "HUN", "ARG", "NGA", "ETH", "KEN")  # fmt: skip
#: Relative weight of each CAMEO root (event data: statements, consultations, intents most).
ROOT_WEIGHTS = {"01": 10, "02": 6, "03": 10, "04": 25, "05": 10, "06": 5, "07": 3, "08": 2,
                "09": 1, "10": 2, "11": 8, "12": 4, "13": 3, "14": 2, "15": 1, "16": 2,
                "17": 2, "18": 1, "19": 1, "20": 0.2}  # fmt: skip
ISSUES = ("taiwan", "trade", "human_rights", "democracy", "xinjiang", "hong_kong", "technology",
          "climate", "covid", "security", "south_china_sea", "belt_and_road")  # fmt: skip
#: name, language, URL host, official?
SOURCES = (
    ("新华社", "zh-Hans", "news.cn"), ("CCTV", "zh-Hans", "cctv.com"),
    ("外交部", "zh-Hans", "fmprc.gov.cn"), ("人民日报", "zh-Hans", "people.com.cn"),
    ("中央社", "zh-Hant", "cna.com.tw"), ("外交部（臺北）", "zh-Hant", "mofa.gov.tw"),
    ("聯合報", "zh-Hant", "udn.com"), ("國防安全研究院", "zh-Hant", "indsr.org.tw"),
    ("Reuters", "en", "reuters.com"), ("Associated Press", "en", "apnews.com"),
    ("The Diplomat", "en", "thediplomat.com"), ("Kyodo", "en", "kyodonews.net"),
    ("Yonhap", "en", "yna.co.kr"), ("TASS", "en", "tass.com"), ("White House", "en", "whitehouse.gov"),
    ("State Department", "en", "state.gov"), ("Global Times", "en", "globaltimes.cn"),
    ("South China Morning Post", "en", "scmp.com"), ("BBC", "en", "bbc.co.uk"),
    ("Nikkei Asia", "en", "asia.nikkei.com"),
)  # fmt: skip
GDELT_HOSTS = ("reuters.com", "xinhuanet.com", "globaltimes.cn", "scmp.com", "apnews.com",
               "bbc.co.uk", "nytimes.com", "theguardian.com", "yna.co.kr", "japantimes.co.jp",
               "tass.com", "timesofindia.indiatimes.com", "aljazeera.com", "dw.com")  # fmt: skip
START, END = date(2019, 1, 1), date(2022, 12, 31)
#: Reports per story on average (the shares of 1, 2, 3 and 4 reports in EVENTS).
REPORTS = 0.45 * 1 + 0.25 * 2 + 0.18 * 3 + 0.12 * 4
SLOTS = 4000

#: One month of events, in date order: text reports (with documents) and GDELT-like rows.
EVENTS = """
WITH stories AS (
  SELECT i, $start + CAST(floor(i * $days / $stories) AS INTEGER) AS date,
         random() AS r_pair, random() AS r_gov1, random() AS r_gov2, random() AS r_issue,
         random() AS r_issue2, random() AS r_reports,
         $p[1 + CAST(floor(random() * len($p)) AS INTEGER)] AS p1,
         $p[1 + CAST(floor(random() * len($p)) AS INTEGER)] AS p2,
         $c[1 + CAST(floor(random() * len($c)) AS INTEGER)] AS c
  FROM range($stories) t(i)
), reports AS (
  SELECT *, unnest(range(CASE WHEN r_reports < 0.45 THEN 1 WHEN r_reports < 0.70 THEN 2
                              WHEN r_reports < 0.88 THEN 3 ELSE 4 END)) AS j
  FROM stories
), pairs AS (
  SELECT *,
    CASE WHEN r_pair < 0.43 THEN 'CHN' WHEN r_pair < 0.85 THEN p1 WHEN r_pair < 0.875 THEN 'TWN'
         ELSE p1 END AS s,
    CASE WHEN r_pair < 0.43 THEN p1 WHEN r_pair < 0.85 THEN 'CHN' WHEN r_pair < 0.875 THEN p1
         WHEN r_pair < 0.90 THEN 'TWN' WHEN p2 = p1 THEN 'USA' ELSE p2 END AS t,
    random() < 0.35 AS is_text
  FROM reports
), coded AS (
  SELECT *, c.code AS code, c.root AS root, c.quad AS quad, c.gold AS gold,
         s || CASE WHEN r_gov1 < 0.5 THEN 'GOV' ELSE '' END AS source_actor,
         t || CASE WHEN r_gov2 < 0.5 THEN 'GOV' ELSE '' END AS target_actor,
         CASE WHEN r_issue < 0.15 THEN [$issues[1 + CAST(floor(r_issue2 * len($issues)) AS INTEGER)]]
              ELSE []::VARCHAR[] END AS issues,
         -- the reports of one story land in different documents (of different sources)
         row_number() OVER (PARTITION BY is_text ORDER BY j, i) - 1 AS k
  FROM pairs
)
SELECT
  $tag || '-' || i || '-' || j AS event_id, date, 'day' AS date_precision, source_actor,
  target_actor, code, root, quad AS quad_class, gold AS goldstein, issues,
  CASE WHEN is_text THEN 'text' ELSE 'gdelt' END AS origin,
  CASE WHEN is_text THEN $tag || '-d' || (k // 6) END AS doc_id,
  CASE WHEN is_text THEN CAST(k % 6 AS INTEGER) END AS sentence,
  CASE WHEN is_text THEN
    CASE $src_lang[1 + CAST((k // 6) % len($src_lang) AS INTEGER)]
      WHEN 'en' THEN 'On ' || day(date) || ' ' || monthname(date) || ', ' || $en[s] || ' '
                     || lower($label_en[code]) || ' (' || $en[t] || '), officials said.'
      WHEN 'zh-Hant' THEN month(date) || '月' || day(date) || '日，' || $hant[s] || '與'
                     || $hant[t] || '：' || $label_hant[code] || '。'
      ELSE month(date) || '月' || day(date) || '日，' || $hans[s] || '同' || $hans[t] || '：'
           || $label_hans[code] || '。' END
  END AS text,
  CASE WHEN is_text THEN 'bench.' || code END AS pattern,
  CASE WHEN is_text THEN 0.8 END AS confidence,
  CASE WHEN NOT is_text THEN 1 + CAST(floor(random() * 20) AS INTEGER) END AS num_mentions,
  CASE WHEN NOT is_text THEN 1 + CAST(floor(random() * 5) AS INTEGER) END AS num_sources,
  CASE WHEN NOT is_text THEN round(random() * 10 - 5, 2) END AS tone,
  CASE WHEN NOT is_text THEN 'https://www.' || $hosts[1 + CAST(floor(random() * len($hosts)) AS INTEGER)]
       || '/' || strftime(date, '%Y/%m/%d') || '/' || i || '-' || j || '.html' END AS url,
  's' || substr(md5(CAST(date AS VARCHAR) || s || t || code), 1, 15) AS story_id,
  'bench' AS run_id
FROM coded ORDER BY date, i, j
"""

DOCUMENTS = """
INSERT INTO documents (doc_id, source, kind, lang, title, published, url, sha256, text, run_id)
SELECT doc_id, $src_name[1 + n], 'bench', $src_lang[1 + n],
       'Generated report ' || doc_id, min(date),
       'https://' || $src_host[1 + n] || '/' || doc_id || '.html', md5(doc_id),
       string_agg(text, ' ' ORDER BY sentence), 'bench'
FROM (SELECT *, CAST(split_part(doc_id, '-d', 2) AS BIGINT) % len($src_name) AS n
      FROM events WHERE run_id = 'bench' AND doc_id LIKE $tag || '-d%')
GROUP BY doc_id, n
"""


def partners() -> list[str]:
    """``SLOTS`` draws of partner states, skewed: weight 1/(rank + 2)."""
    from dipwatch.reference import countries

    states = [c for c in countries() if c.kind == "state" and c.iso3 not in ("CHN", "TWN")]
    rest = sorted((c for c in states if c.iso3 not in SALIENT),
                  key=lambda c: (-(c.population_m or 0), c.iso3))  # fmt: skip
    ranked = [*SALIENT, *(c.iso3 for c in rest)]
    weights = [1 / (r + 2) for r in range(len(ranked))]
    return random.Random(7).choices(ranked, weights, k=SLOTS)


def codes() -> list[dict[str, object]]:
    """``SLOTS`` draws of real three-digit CAMEO codes, roots weighted by ROOT_WEIGHTS."""
    from dipwatch.reference import cameo

    found = [c for c in cameo() if len(c.code) == 3 and c.root in ROOT_WEIGHTS]
    per_root: dict[str, list[object]] = {}
    for c in found:
        per_root.setdefault(c.root, []).append(c)
    weights = [ROOT_WEIGHTS[c.root] / len(per_root[c.root]) for c in found]
    drawn = random.Random(11).choices(found, weights, k=SLOTS)
    return [{"code": c.code, "root": c.root, "quad": c.quad_class, "gold": c.goldstein}
            for c in drawn]  # fmt: skip


def names() -> dict[str, dict[str, str]]:
    """Per language: ISO3 -> name (the sentences name states as the texts would)."""
    from dipwatch.reference import countries

    table = [c for c in countries() if c.kind == "state"] + [
        c for c in countries() if c.iso3 == "TWN"
    ]  # fmt: skip
    return {
        "en": {c.iso3: c.name_en for c in table},
        "zh-Hant": {c.iso3: c.name_zh_hant for c in table},
        "zh-Hans": {c.iso3: c.name_zh_hans for c in table},
    }


def labels() -> dict[str, dict[str, str]]:
    from dipwatch.reference import cameo

    found = [c for c in cameo() if len(c.code) == 3]
    strip = lambda s: s.split("（")[0].replace(", not specified below", "")  # noqa: E731
    return {
        "en": {c.code: strip(c.label_en) for c in found},
        "zh-Hant": {c.code: strip(c.label_zh_hant) for c in found},
        "zh-Hans": {c.code: strip(c.label_zh_hans) for c in found},
    }


def _map(d: dict[str, str]) -> dict[str, list[str]]:
    """A dict as DuckDB binds a MAP parameter."""
    return {"key": list(d), "value": list(d.values())}


def _months() -> list[tuple[date, int]]:
    out, y, m = [], START.year, START.month
    while date(y, m, 1) <= END:
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        out.append((date(y, m, 1), (nxt - date(y, m, 1)).days))
        y, m = nxt.year, nxt.month
    return out


def generate(db: Path, n: int, say=print) -> None:
    """Fill ``db`` with about ``n`` generated events (and their documents and coverage),
    unless it holds that many already."""
    from dipwatch.store import Store

    with Store(db) as store:
        con = store.connection
        have = store.count("events")
        if have >= 0.98 * n:  # the number of reports per story is drawn: n is approximate
            return
        if have:
            raise SystemExit(f"{db} holds {have:,} events, fewer than {n:,}: remove it first")
        t = time.perf_counter()
        words, verbs = names(), labels()
        months = _months()
        fixed = {
            "p": partners(), "c": codes(), "issues": list(ISSUES),
            "hosts": list(GDELT_HOSTS), "src_lang": [s[1] for s in SOURCES],
            "en": _map(words["en"]), "hant": _map(words["zh-Hant"]), "hans": _map(words["zh-Hans"]),
            "label_en": _map(verbs["en"]), "label_hant": _map(verbs["zh-Hant"]),
            "label_hans": _map(verbs["zh-Hans"]),
        }  # fmt: skip
        total_days = sum(d for _, d in months)
        done = 0
        for k, (first, days) in enumerate(months):
            size = n * sum(d for _, d in months[: k + 1]) // total_days - done
            tag = f"b{first:%Y%m}"
            con.execute(
                f"INSERT INTO events BY NAME ({EVENTS})",
                {
                    **fixed,
                    "start": first,
                    "days": days,
                    "stories": round(size / REPORTS),
                    "tag": tag,
                },
            )
            con.execute(
                DOCUMENTS,
                {"src_name": [s[0] for s in SOURCES], "src_lang": fixed["src_lang"],
                 "src_host": [s[2] for s in SOURCES], "tag": tag},
            )  # fmt: skip
            done += size
        from dipwatch.store.database import _COVERAGE_SQL  # what every load records, for all

        con.execute(_COVERAGE_SQL, ["bench", -1, -1])
        con.execute("CHECKPOINT")
        say(f"generated {store.count('events'):,} events, {store.count('documents'):,} "
            f"documents in {time.perf_counter() - t:.0f} s")  # fmt: skip
