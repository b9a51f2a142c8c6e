"""``dipwatch code``: files in, one JSON object per event out, the database untouched."""

import json

from typer.testing import CliRunner

from dipwatch.cli.main import app

runner = CliRunner()


def test_code_prints_one_json_object_per_event(tmp_path):
    path = tmp_path / "readout.txt"
    path.write_text(
        "2021年11月16日，国家主席习近平同美国总统拜登举行视频会晤。\n中方决定将中立两国外交关系降为代办级。\n",
        encoding="utf-8",
    )
    db = tmp_path / "never.duckdb"
    result = runner.invoke(app, ["--db", str(db), "code", str(path), "--date", "2021-11-21"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [(r["source"], r["code"], r["target"], r["date"]) for r in lines] == [
        ("CHNGOV", "040", "USAGOV", "2021-11-16"),
        ("CHN", "161", "LTU", "2021-11-21"),
    ]
    first = lines[0]
    for key in ("doc", "sentence", "text", "span", "date_precision", "root", "quad_class",
                "goldstein", "issues", "pattern", "confidence"):  # fmt: skip
        assert key in first
    text = path.read_text(encoding="utf-8")
    assert text[first["span"][0] : first["span"][1]] == "举行视频会晤"
    assert not db.exists()


def test_code_table_and_bad_options(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Xi Jinping spoke by phone with Vladimir Putin on Dec. 15, 2021.", encoding="utf-8"
    )
    result = runner.invoke(app, ["code", str(path), "--format", "table"])
    assert result.exit_code == 0 and "041" in result.stdout
    result = runner.invoke(app, ["code", str(path), "--format", "xml"])
    assert result.exit_code != 0


def test_code_genre_decides_how_undated_days_are_read(tmp_path):
    path = tmp_path / "chapter.txt"
    path.write_text("2022 年中共外交\n3 月 25 日，习近平会见普京。\n", encoding="utf-8")

    def dates(*genre: str) -> list[str]:
        args = ["code", str(path), "--date", "2024-06-30", *genre]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        return [json.loads(line)["date"] for line in result.stdout.splitlines() if line[:1] == "{"]

    assert dates() == dates("--genre", "narrative") == ["2022-03-25"]  # decided: a heading
    assert dates("--genre", "news") == ["2024-03-25"]
    result = runner.invoke(app, ["code", str(path), "--genre", "memoir"])
    assert result.exit_code != 0 and "unknown genre" in str(result.exception or result.output)
