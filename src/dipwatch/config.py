"""Settings: where the database lives and which engine runs the analyses."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from dipwatch.errors import InputError

ENGINES = ("duckdb",)  # "spark" arrives with the scale-out issue


def default_db_path() -> Path:
    """``$DIPWATCH_DB`` if set, else ``dipwatch.duckdb`` in the user's data directory."""
    env = os.environ.get("DIPWATCH_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("dipwatch", appauthor=False)) / "dipwatch.duckdb"


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path
    engine: str = "duckdb"
    adopt: bool = False  # add dipwatch's tables to a DuckDB file of another application

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise InputError(f"unknown engine {self.engine!r}; choose one of: {', '.join(ENGINES)}")

    @classmethod
    def from_options(
        cls, db: Path | None = None, engine: str | None = None, adopt: bool = False
    ) -> Settings:
        return cls(
            db=db or default_db_path(),
            engine=engine or os.environ.get("DIPWATCH_ENGINE", "duckdb"),
            adopt=adopt,
        )
