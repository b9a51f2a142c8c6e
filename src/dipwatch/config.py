"""Settings: where the database lives, which engine runs the analyses, and what it reads.

The DuckDB engine reads the store's file (or, given ``dataset``, a Parquet dataset); the Spark
engine reads a Parquet dataset (docs/dataset.md): ``dataset`` when given (a path or any URI
Spark reads), else the one beside the database, which ``connect`` brings up to date first.
Spark's own settings (master URL, memory, …) are read by ``dipwatch.store.spark``.

>>> Settings.from_options(Path("a/dipwatch.duckdb"), "spark").dataset_location()
'a/dipwatch.parquet'
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from dipwatch.errors import InputError

ENGINES = ("duckdb", "spark")


def default_db_path() -> Path:
    """``$DIPWATCH_DB`` if set, else ``dipwatch.duckdb`` in the user's data directory."""
    env = os.environ.get("DIPWATCH_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("dipwatch", appauthor=False)) / "dipwatch.duckdb"


@dataclass(frozen=True, slots=True)
class Settings:
    """``db``: the DuckDB file; ``engine``: one of ENGINES; ``dataset``: a Parquet dataset
    to read instead of the file (None: the file, or for Spark the dataset beside it)."""

    db: Path
    engine: str = "duckdb"
    dataset: str | None = None

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise InputError(f"unknown engine {self.engine!r}; choose one of: {', '.join(ENGINES)}")

    @classmethod
    def from_options(
        cls, db: Path | None = None, engine: str | None = None, dataset: str | None = None
    ) -> Settings:
        """The options given, else ``$DIPWATCH_DB``, ``$DIPWATCH_ENGINE``, ``$DIPWATCH_DATASET``."""
        return cls(
            db=db or default_db_path(),
            engine=engine or os.environ.get("DIPWATCH_ENGINE", "duckdb"),
            dataset=dataset or os.environ.get("DIPWATCH_DATASET") or None,
        )

    def dataset_location(self) -> str:
        """The dataset to read: ``dataset``, else ``<db name>.parquet`` beside the database."""
        if self.dataset:
            return self.dataset
        return str(self.db.with_suffix(".parquet"))
