"""The Spark engine: one SparkSession per process, and Ibis's PySpark backend over a dataset.

PySpark is an optional extra (``pip install 'dipwatch[spark]'``), imported on first use. The
session's settings are, from weakest to strongest: dipwatch's defaults (:data:`DEFAULTS`:
``local[2]``, UTC, no web UI), Spark's own ``$SPARK_CONF_DIR/spark-defaults.conf``, the file
``$DIPWATCH_SPARK_CONF`` (else ``spark.conf`` in dipwatch's config directory, if there is
one; the format of ``spark-defaults.conf``: ``key value`` per line, ``#`` comments), and
``$DIPWATCH_SPARK_MASTER``. The README shows them for standalone, YARN and Kubernetes.

>>> conf = spark_conf({"DIPWATCH_SPARK_MASTER": "spark://head:7077"})
>>> conf["spark.master"], "spark.driver.host" in conf
('spark://head:7077', False)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_config_dir

from dipwatch.errors import InputError, StoreError
from dipwatch.store.dataset import LAYOUT, LAYOUTS, file_schema, layout_schema

if TYPE_CHECKING:
    from ibis.backends import BaseBackend
    from pyspark.sql import DataFrame, SparkSession

INSTALL_HINT = (
    "the Spark engine needs PySpark: pip install 'dipwatch[spark]' (with uv: uv sync --extra "
    "spark), and a Java 17 or newer runtime (Debian: apt-get install default-jre-headless)"
)

#: What dipwatch asks of Spark unless the configuration says otherwise.
DEFAULTS = {
    "spark.master": "local[2]",
    "spark.app.name": "dipwatch",
    "spark.sql.session.timeZone": "UTC",
    "spark.ui.enabled": "false",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.ui.showConsoleProgress": "false",
}
#: Added for a local master only: stay on the loopback, and few shuffle partitions for 2 cores.
LOCAL = {
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.shuffle.partitions": "8",
    "spark.driver.memory": "4g",
}


def conf_file(env: Mapping[str, str] = os.environ) -> Path | None:
    """The dipwatch Spark settings file in use, if any."""
    given = env.get("DIPWATCH_SPARK_CONF")
    if given:
        path = Path(given).expanduser()
        if not path.is_file():
            raise InputError(f"DIPWATCH_SPARK_CONF={given}: no such file")
        return path
    found = Path(user_config_dir("dipwatch", appauthor=False)) / "spark.conf"
    return found if found.is_file() else None


def read_conf(path: Path) -> dict[str, str]:
    """A ``spark-defaults.conf``-style file as a dict; InputError naming the line otherwise.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "spark.conf"
    >>> _ = p.write_text("# cluster\\nspark.master  yarn\\nspark.executor.memory 8g\\n")
    >>> read_conf(p)
    {'spark.master': 'yarn', 'spark.executor.memory': '8g'}
    """
    conf = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        key, _, value = text.replace("=", " ", 1).partition(" ")
        if not key.startswith("spark.") or not value.strip():
            raise InputError(f"{path}:{n}: expected 'spark.<name> <value>', found {text!r}")
        conf[key] = value.strip()
    return conf


def spark_conf(env: Mapping[str, str] = os.environ) -> dict[str, str]:
    """The settings dipwatch gives the SparkSession builder (see the module docstring)."""
    conf = dict(DEFAULTS)
    log4j = Path(__file__).with_name("log4j2.properties")
    conf["spark.driver.extraJavaOptions"] = f"-Dlog4j.configurationFile={log4j.as_uri()}"
    path = conf_file(env)
    if path:
        conf.update(read_conf(path))
    if env.get("DIPWATCH_SPARK_MASTER"):
        conf["spark.master"] = env["DIPWATCH_SPARK_MASTER"]
    if conf["spark.master"].startswith("local"):
        conf = {**LOCAL, **conf}
    return conf


_SESSION: list[Any] = []  # the process's one session, created on first use


def session() -> SparkSession:
    """The process's SparkSession, started on first use (a JVM: a few seconds)."""
    if _SESSION and not _stopped(_SESSION[0]):
        return _SESSION[0]
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise InputError(INSTALL_HINT) from None  # a setup to fix: exit 2
    conf = spark_conf()
    if conf["spark.master"].startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        # the workers run this interpreter (and so this dipwatch), not whatever python3 is first
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder
    for key, value in conf.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as err:  # the JVM did not start: most often no Java
        raise StoreError(
            f"cannot start Spark ({str(err).splitlines()[0]}); {INSTALL_HINT}"
        ) from None
    spark.sparkContext.setLogLevel(os.environ.get("DIPWATCH_SPARK_LOG_LEVEL", "ERROR"))
    _SESSION[:] = [spark]
    return spark


def _stopped(spark: SparkSession) -> bool:
    return spark.sparkContext._jsc is None


def read_table(spark: SparkSession, root: str, table: str) -> DataFrame:
    """A table of the dataset at ``root`` (a path or URI) as a DataFrame in the layout's column
    order; an empty one of the right schema when the dataset has no such table."""
    from pyspark.errors import AnalysisException

    schema = spark_schema(table)
    try:
        frame = spark.read.schema(schema).parquet(f"{root.rstrip('/')}/{table}")
    except AnalysisException as err:
        if "PATH_NOT_FOUND" not in str(err):
            raise StoreError(f"{root}/{table}: {str(err).splitlines()[0]}") from None
        frame = spark.createDataFrame([], schema)
    return frame.select(*schema.names)


def write_table(frame: DataFrame, root: str, table: str, mode: str = "overwrite") -> None:
    """Write ``frame`` as ``table`` of the dataset at ``root``, replacing that table: Hive
    partitions by the month of the layout's date column, in the layout's column order."""
    from pyspark.sql import functions as f

    layout = LAYOUT[table]
    names = layout_schema(table).names
    if layout.partition and layout.partition not in frame.columns:
        frame = frame.withColumn(layout.partition, f.date_format(layout.date_column, "yyyy-MM"))
    writer = frame.select(*names).write.mode(mode)
    if layout.partition:
        writer = writer.partitionBy(layout.partition)
    writer.parquet(f"{root.rstrip('/')}/{table}")


def append_table(frame: DataFrame, root: str, table: str) -> int:
    """Add the rows of ``frame`` whose key is not in ``table`` of the dataset yet; how many."""
    layout = LAYOUT[table]
    spark = frame.sparkSession
    stored = read_table(spark, root, table).select(*layout.key)
    fresh = frame.join(stored, list(layout.key), "left_anti").persist()
    try:
        n = fresh.count()
        if n:
            write_table(fresh, root, table, mode="append")
        return n
    finally:
        fresh.unpersist()


def count_rows(spark: SparkSession, root: str, table: str) -> int:
    return read_table(spark, root, table).count()


def text_lines(spark: SparkSession, paths: list[str]) -> DataFrame:
    """The lines of text files (any URI Spark reads) as ``file``, ``line`` rows."""
    from pyspark.sql import functions as f

    frame = spark.read.text(paths)
    return frame.select(f.input_file_name().alias("file"), f.col("value").alias("line"))


def spark_schema(table: str, partition: bool = True) -> Any:
    """The Spark schema of a dataset table (without its partition column: of its files)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(layout_schema(table) if partition else file_schema(table))


def spark_backend(root: str) -> BaseBackend:
    """Ibis's PySpark backend with every table of the dataset at ``root`` as a view."""
    spark = session()
    for layout in LAYOUTS:
        read_table(spark, root, layout.name).createOrReplaceTempView(layout.name)
    return _backend_class().from_connection(spark)


@cache
def _backend_class() -> type:
    from dipwatch.store.engines import lazy_ibis_compilers

    lazy_ibis_compilers()
    import ibis.backends.pyspark as ibis_pyspark

    class Backend(ibis_pyspark.Backend):
        """Ibis's PySpark backend, but ``disconnect`` leaves the process's session running
        (other backends and jobs of this process use it; Spark stops it at exit)."""

        def disconnect(self) -> None:
            pass

    return Backend
