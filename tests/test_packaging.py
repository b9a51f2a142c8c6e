"""What an installation gets: runtime dependencies as compatible ranges and nothing only the
benchmarks need, the licence the project declares, and docstring examples that really run."""

from __future__ import annotations

import ast
import re
import tomllib

from tests.conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SRC = ROOT / "src" / "dipwatch"

#: Distribution names whose import name differs.
IMPORT_NAMES = {"pyyaml": "yaml", "python-docx": "docx", "pyahocorasick": "ahocorasick",
                "ibis-framework": "ibis", "pyarrow-hotfix": "pyarrow_hotfix",
                "vl-convert-python": "vl_convert"}  # fmt: skip


def _runtime() -> dict[str, str]:
    deps = {}
    for spec in PROJECT["project"]["dependencies"]:
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)(\[[^\]]*\])?(.*)", spec)
        assert m, spec
        deps[m[1].lower()] = m[3]
    return deps


def test_runtime_dependencies_are_compatible_ranges():
    for name, spec in _runtime().items():
        assert re.fullmatch(r">=[\w.]+,<[\d.]+", spec), f"{name}{spec}: use >=x.y,<next"


def test_benchmark_only_packages_are_not_installed_for_users():
    runtime = set(_runtime())
    assert not runtime & {"psutil", "pandas", "pytest", "ruff"}
    assert {"psutil", "pandas"} <= {
        re.split(r"[=<>\[]", d)[0] for d in PROJECT["dependency-groups"]["bench"]
    }


def test_every_runtime_dependency_is_imported_somewhere():
    imported = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.split(".")[0])
    # ibis imports pyarrow-hotfix; sqlglot is listed to hold it to a version ibis 12 works with
    for_ibis = {"pyarrow-hotfix", "sqlglot"}
    for name in set(_runtime()) - for_ibis:
        assert IMPORT_NAMES.get(name, name.replace("-", "_")) in imported, f"{name} is unused"


def test_the_licence_is_the_full_apache_2_text():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PROJECT["project"]["license"] == {"text": "Apache-2.0"}
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    for clause in ("1. Definitions.", "4. Redistribution.", "9. Accepting Warranty or Additional"
                   " Liability.", "END OF TERMS AND CONDITIONS"):  # fmt: skip
        assert clause in text


def test_docstring_examples_run_with_the_tests_and_are_real():
    pytest_cfg = PROJECT["tool"]["pytest"]["ini_options"]
    assert "src" in pytest_cfg["testpaths"] and "--doctest-modules" in pytest_cfg["addopts"]
    fake = []
    for path in SRC.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r">>> #|\+SKIP", line):
                fake.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not fake, "\n".join(fake)


def test_setup_installs_compiled_bytecode():
    setup = (ROOT / "Makefile").read_text(encoding="utf-8").split("setup:", 1)[1].split("\n\n")[0]
    assert "uv sync --frozen --compile-bytecode" in setup
    assert "compileall -q src/dipwatch" in setup  # the editable install's own source
