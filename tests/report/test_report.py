"""The 2021-Q4 report of the demo corpus (real events in our own words), built once in every
language and format, and each output opened and checked as a reader's program would."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from dipwatch.api.demo import corpus_files, examples_dir
from dipwatch.api.ingest import IngestOptions, ingest
from dipwatch.api.report import FORMATS, build, write_report
from dipwatch.models import LANGS
from dipwatch.periods import parse_period
from dipwatch.report.document import resolve
from dipwatch.report.findings import gather
from dipwatch.store import Store

pytestmark = pytest.mark.slow
#: Words in capitals that the reports may print: names of datasets and codebooks, not states.
ALLOWED_CAPS = {"CAMEO", "CCTV", "GDELT", "ICEWS", "PRC", "URL"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("report") / "demo.duckdb"
    s = Store(db)
    ingest(s, corpus_files(examples_dir()), options=IngestOptions(keep="all"))
    yield s
    s.close()


@pytest.fixture(scope="module")
def files(store, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return write_report(store.ibis(), "2021Q4", out_dir=out)


@pytest.fixture(scope="module")
def findings(store):
    return gather(store.ibis(), parse_period("2021Q4"))


def text(files, lang: str) -> str:
    return files[f"{lang}.md"].read_text(encoding="utf-8")


def section(md: str, heading: str) -> str:
    """The Markdown under ``heading`` up to the next heading of the same or a higher level."""
    level = re.search(rf"^(#+) {re.escape(heading)}$", md, re.M)
    assert level, f"no heading {heading!r}"
    rest = md[level.end() :]
    stop = re.search(rf"^#{{1,{len(level[1])}}} ", rest, re.M)
    return rest[: stop.start()] if stop else rest


def test_every_language_and_format_is_written(files):
    assert sorted(files) == sorted(f"{lang}.{fmt}" for lang in LANGS for fmt in FORMATS)
    assert all(p.stat().st_size > 1000 for p in files.values())


def test_nicaragua_switched_on_10_december_and_honduras_did_not(findings):
    switched = {s.country: s.date for s in findings.allies.switches}
    assert switched == {"NIC": date(2021, 12, 10)}
    assert "HND" in findings.allies.allies and "NIC" not in findings.allies.allies
    assert "NIC" in findings.allies.allies_before
    watched = {w.country: w for w in findings.allies.watch if w.score}
    assert "HND" in watched and watched["HND"].evidence


ALLIES = {"en": "Taiwan's diplomatic allies", "zh-Hant": "我國邦交國", "zh-Hans": "台湾的邦交国"}
WATCH = {"en": "Watch list", "zh-Hant": "觀察名單", "zh-Hans": "观察名单"}
SWITCHES = {"en": "Switches this period", "zh-Hant": "本期斷交", "zh-Hans": "本期断交"}


def test_the_reports_say_so_in_three_languages(files, findings):
    """Each finding is written in its analysis's own words, in the reader's language."""
    lithuania = next(p for p in findings.typology if p.country == "LTU")
    honduras = next(w for w in findings.allies.watch if w.country == "HND")
    nicaragua = findings.allies.switches[0]
    kinds = {"en": "Condemnation and sanctions (1 state): Lithuania.",
             "zh-Hant": "「外交譴責與制裁」（1個國家）：立陶宛。",
             "zh-Hans": "“外交谴责与制裁”（1个国家）：立陶宛。"}  # fmt: skip
    for lang in LANGS:
        md = text(files, lang)
        assert nicaragua.text[lang] in section(md, SWITCHES[lang]), lang
        watch = section(md, WATCH[lang])
        assert honduras.text[lang] in watch and "Nicaragua" not in watch, lang
        assert kinds[lang] in md and lithuania.text[lang] in md, lang
    assert "Nicaragua switched recognition from Taipei to Beijing on 10 December 2021." in text(
        files, "en"
    )
    assert "尼加拉瓜於2021年12月10日與臺灣斷交" in text(files, "zh-Hant")
    assert "洪都拉斯" in section(text(files, "zh-Hans"), WATCH["zh-Hans"])


def test_allies_count_agrees_with_the_list(files, findings):
    n, before = len(findings.allies.allies), len(findings.allies.allies_before)
    assert (n, before) == (14, 15)
    md = section(text(files, "en"), ALLIES["en"])
    assert (
        f"On 31 December 2021 Taiwan had {n} diplomatic allies; on 30 September 2021 it had {before}"
        in md
    )
    listed = md.split("They are ", 1)[1].split(".\n", 1)[0]
    assert len(re.split(r", (?:and )?", listed)) == n  # each ally once, each name whole
    assert "the Holy See, and Saint Vincent and the Grenadines" in listed


def test_key_judgments_are_the_analysis_with_its_evidence(files, findings, store):
    """Every key judgment is in the report as the analysis wrote it, in every language, with
    one footnote that quotes its evidence."""
    report = build(store.ibis(), "2021Q4")
    judged = report.sections[0].blocks[0].items
    assert [p.text.by_lang for p in judged] == [j.text for j in findings.judgments]
    for j, para in zip(findings.judgments, judged, strict=True):
        (note,) = para.notes
        cited = report.notes[note - 1].citations
        assert {c.event_id for c in cited} <= {e.event_id for e in j.evidence}
        assert cited and all(c.text or c.url for c in cited)
    for lang in LANGS:
        head = section(text(files, lang), {"en": "Key judgments", "zh-Hant": "重點",
                                           "zh-Hans": "要点"}[lang])  # fmt: skip
        assert all(j.text[lang] in head for j in findings.judgments), lang
    assert "over democracy and ideology, and human rights" in text(files, "en")


def test_contradictions_and_alerts_are_in_their_own_words(files, findings):
    xi_putin = [c for c in findings.contradictions if c.kind == "date"]
    assert xi_putin and xi_putin[0].pair == ("CHN", "RUS")
    for lang in LANGS:
        md = text(files, lang)
        assert xi_putin[0].text[lang] in md, lang
        assert all(a.text[lang] in md for a in findings.alerts), lang
    assert "CCTV gives 15 December 2021 (10 days apart)" in text(files, "en")


def test_nothing_is_claimed_about_time_the_store_does_not_cover(files, findings):
    """The demo's texts start on 1 August 2021: the previous quarter is not compared, the
    method note says where the data start, and no trend is claimed."""
    assert not any(s.previous_covered for s in findings.dyads)
    says = {"en": ("The data start on 5 July 2021", "Data from coded texts start on 1 August 2021"),
            "zh-Hant": ("資料始於2021年7月5日", "文本資料始於2021年8月1日"),
            "zh-Hans": ("数据始于2021年7月5日", "文本数据始于2021年8月1日")}  # fmt: skip
    for lang, (start, texts) in says.items():
        md = text(files, lang)
        assert start in md and texts in md, lang
    en = text(files, "en")
    assert "previous period" not in en.split("## Key judgments")[1].split("## US–China")[1].split(
        "it is not compared")[0]  # fmt: skip
    assert not re.search(r"\b(up|down) from\b", en)


def test_counts_agree_in_grammar_and_lists_read_whole(files):
    en = text(files, "en")
    assert not re.search(
        r"\b1 (events|states|reports|allies|days|months|sources|documents|acts)\b", en
    )
    assert not re.search(
        r"\b([02-9]|\d\d+) (event|state|report|ally|day|month|source|document)\b", en
    )
    assert not re.search(
        r", [A-Z][a-z]+ rights|concern [A-Z][a-z]+ rights", en
    )  # issues mid-sentence
    assert "main partners" not in en and "most of them with" not in en


def test_footnotes_quote_each_report_once(store):
    report = build(store.ibis(), "2021Q4")
    bodies = []
    for note in report.notes:
        keys = [(c.source, c.date, c.text or c.url) for c in note.citations]
        assert len(keys) == len(set(keys)), note.number  # no sentence twice in one note
        bodies.append(tuple(keys))
    assert len(bodies) == len(set(bodies))  # no two notes that say the same


def test_us_china_section_names_the_16_november_summit(files):
    days = {"en": "16 November 2021", "zh-Hant": "2021年11月16日", "zh-Hans": "2021年11月16日"}
    titles = {"en": "US–China relations", "zh-Hant": "美中關係", "zh-Hans": "中美关系"}
    for lang in LANGS:
        assert days[lang] in section(text(files, lang), titles[lang]), lang


def test_three_languages_have_the_same_sections_counts_and_notes(store):
    report = build(store.ibis(), "2021Q4")
    docs = [resolve(report, lang) for lang in LANGS]
    shapes = [[(p.key, p.level, len(p.items)) for p in d.walk()] for d in docs]
    assert shapes[0] == shapes[1] == shapes[2]
    assert len({len(d.notes) for d in docs}) == 1
    keys = [p.key for p in docs[0].walk() if p.level == 1]
    assert keys == ["key_judgments", "us_china", "others", "allies", "watch", "chronology",
                    "charts", "evidence", "method"]  # fmt: skip
    found = gather(store.ibis(), parse_period("2021Q4"))
    events, sources = sum(s.events for s in found.coverage), len(found.coverage)
    for d in docs:  # the method note's counts and each source's span, in every language
        method = d.parts[-1]
        assert str(events) in method.items[0].text and str(sources) in method.items[0].text
        spans = [p.text for p in method.items[1].items]
        assert spans == [s.text[d.lang] for s in found.coverage]


def test_prose_names_states_never_codes(files):
    for lang in LANGS:
        body = [line for line in text(files, lang).splitlines() if not line.startswith("[^")]
        caps = {m for line in body for m in re.findall(r"(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])", line)}
        assert caps <= ALLOWED_CAPS, (lang, caps - ALLOWED_CAPS)
    zh = [line for line in text(files, "zh-Hant").splitlines() if not line.startswith("[^")]
    assert not [line for line in zh if "Nicaragua" in line or "United States" in line]


def test_html_is_one_offline_file_for_a_phone(files):
    for lang in LANGS:
        page = files[f"{lang}.html"].read_text(encoding="utf-8")
        assert '<meta name="viewport"' in page and "default-src 'none'" in page
        assert not re.search(r"<(script|link|iframe|object|embed|img)\b", page, re.I)
        assert not re.search(r"\b(src|srcset|data)\s*=|url\(|@import", page, re.I)
        outside = [h for h in re.findall(r'href="([^"]*)"', page) if not h.startswith("#")]
        notes = page[page.index('<ol class="notes">') :]
        assert all(f'href="{h}" rel="noreferrer"' in notes for h in outside)  # only sources cited
        assert page.count("<svg") == 4 and f'lang="{lang}"' in page


def test_docx_has_headings_tables_footnotes_and_an_east_asian_font(files, store):
    import docx
    from docx.oxml.ns import qn

    doc = resolve(build(store.ibis(), "2021Q4"), "zh-Hant")
    word = docx.Document(str(files["zh-Hant.docx"]))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [p.title for p in doc.walk()]
    assert len(word.tables) == 2 and len(word.inline_shapes) == 4  # sources, chronology; charts
    sources = [c.text for c in word.tables[0].columns[0].cells]
    assert sources[0] == "來源" and "GDELT" in sources and "CCTV" in sources
    for style in word.styles.element.findall(qn("w:style")):
        fonts = style.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "Noto Sans CJK TC"
        assert fonts.get(qn("w:eastAsiaTheme")) is None
    with zipfile.ZipFile(files["zh-Hant.docx"]) as z:
        body, notes = z.read("word/document.xml").decode(), z.read("word/footnotes.xml").decode()
    refs = [int(n) for n in re.findall(r'w:footnoteReference w:id="(\d+)"', body)]
    assert refs == list(range(1, len(doc.notes) + 1))  # Word's numbering is ours
    assert notes.count("<w:footnote ") == len(doc.notes) + 2  # and two separators
    assert "尼加拉瓜" in body


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="needs poppler-utils (pdffonts, pdftoppm)")
def test_pdf_embeds_a_cjk_font_and_renders(files, tmp_path):
    for lang in LANGS:
        pdf = files[f"{lang}.pdf"]
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        cjk = [line for line in fonts.splitlines() if "CJK" in line]
        assert cjk and all(" yes yes yes " in line for line in cjk), fonts
        words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert {"en": "Nicaragua", "zh-Hant": "尼加拉瓜", "zh-Hans": "尼加拉瓜"}[lang] in words
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "2", str(files["zh-Hant.pdf"]),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 2 and all(p.stat().st_size > 10_000 for p in pages)


def test_compare_adds_what_changed_in_every_language(store):
    report = build(store.ibis(), "2021Q4", compare="2021Q3")
    assert [s.key for s in report.sections][1] == "changes"
    for lang in LANGS:
        part = resolve(report, lang).parts[1]
        assert part.items and part.title


def test_no_cjk_font_refuses_the_pdf_and_writes_nothing(store, tmp_path, monkeypatch):
    from dipwatch.report import pdf

    monkeypatch.setattr(pdf, "FONT_DIRS", (str(tmp_path / "none"),))
    monkeypatch.delenv("DIPWATCH_FONT_DIR", raising=False)
    pdf.cjk_font_dirs.cache_clear()
    try:
        with pytest.raises(pdf.FontError, match="fonts-noto-cjk"):
            write_report(store.ibis(), "2021Q4", formats="md,pdf", out_dir=tmp_path / "out")
    finally:
        pdf.cjk_font_dirs.cache_clear()
    assert not (tmp_path / "out").exists()


def test_report_command_on_an_empty_store_says_each_section_has_nothing(tmp_path):
    import sys

    Store(tmp_path / "empty.duckdb").close()
    proc = subprocess.run(
        [sys.executable, "-m", "dipwatch", "--db", str(tmp_path / "empty.duckdb"), "report",
         "--period", "2021Q4", "--lang", "en,zh-Hans", "--format", "md", "-o", str(tmp_path)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    written = sorted(Path(p).name for p in proc.stdout.split())
    assert written == ["report-2021Q4-en.md", "report-2021Q4-zh-Hans.md"]
    md = (tmp_path / "report-2021Q4-en.md").read_text(encoding="utf-8")
    for line in (
        "The store holds no events.",
        "hold no events between China",
        "No ally has documented dealings",
        "No event was recorded this period.",
        "Nicaragua switched recognition from Taipei to Beijing on 10 December 2021.",
    ):
        assert line in md
    assert md.count("## ") >= 9


def test_a_session_kept_for_the_period_gives_the_same_report(store):
    """The dashboard may keep one session per period and build the report on it."""
    from dipwatch.analysis.session import Session
    from dipwatch.errors import InputError
    from dipwatch.report import markdown

    alone = markdown.render(resolve(build(store.ibis(), "2021Q4"), "en"))
    with Session(store.ibis(), parse_period("2021Q4")) as session:
        kept = [markdown.render(resolve(build(store.ibis(), "2021Q4", session=session), "en"))
                for _ in range(2)]  # fmt: skip
        with pytest.raises(InputError, match="2021Q4"):
            build(store.ibis(), "2021Q3", session=session)
    assert kept == [alone, alone]


@pytest.mark.parametrize("lang", ["zh-Hant", "en"])
def test_markdown_charts_are_svg_files_beside_it(files, lang):
    md_path = files[f"{lang}.md"]
    links = re.findall(r"^!\[[^\]]*\]\(([^)]+)\)$", md_path.read_text(encoding="utf-8"), re.M)
    assert len(links) == 4
    for link in links:
        svg = (md_path.parent / link).read_text(encoding="utf-8")
        assert link.startswith(md_path.stem) and svg.lstrip().startswith("<svg")
        assert "http" not in re.sub(r'xmlns(:\w+)?="[^"]*"', "", svg)  # nothing to fetch


def test_a_citation_is_dated_no_finer_than_its_event():
    from datetime import date

    from dipwatch.analysis.chronicle import Citation
    from dipwatch.report.document import _citation

    month = Citation("e1", date(2021, 11, 1), "分析", "11 月，立陶宛允許臺灣設立代表處。", None,
                     "zh-Hant", "text", "month")  # fmt: skip
    assert _citation(month, "en").startswith("November 2021, 分析")
    assert _citation(month, "zh-Hant").startswith("2021年11月")
    day = Citation("e2", date(2021, 11, 18), "MOFA", "Lithuania let Taiwan open an office.", None,
                   "en", "text")  # fmt: skip
    assert _citation(day, "en").startswith("18 November 2021")


def test_the_event_list_shows_a_month_dated_event_by_its_month():
    from datetime import date

    from dipwatch.web.present import event_row

    row = {"event_id": "e1", "date": date(2021, 11, 1), "date_precision": "month",
           "source_actor": "LTU", "target_actor": "TWN", "code": "050", "root": "05",
           "origin": "text", "text": "…", "doc_id": None, "url": None}  # fmt: skip
    assert event_row(row, {}, "en")["day"] == "November 2021"
