# The two commands of the README: `make demo` (the main job, end to end) and `make test`.
# Both install what they need first (uv, then the locked Python dependencies).
UV_VERSION := 0.13.9

.PHONY: setup demo test lint format bench eval

# --compile-bytecode: where Python may not write bytecode (PYTHONDONTWRITEBYTECODE, a read-only
# install), every `dipwatch` run would compile again the packages it imports, seconds a run.
# It leaves out the project's own source (an editable install): compileall does that part
# (~0.1 s a run; Python still recompiles a module whose source changed since).
setup:
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet "uv==$(UV_VERSION)"
	uv sync --frozen --compile-bytecode --quiet
	uv run --frozen python -m compileall -q src/dipwatch

demo: setup
	uv run dipwatch demo

test: setup
	uv run ruff check src tests benchmarks
	uv run pytest

lint: setup
	uv run ruff check src tests benchmarks
	uv run ruff format --check src tests benchmarks

format: setup
	uv run ruff format src tests benchmarks

# The benchmark-only packages (psutil, pandas) are the `bench` dependency group.
bench: setup
	uv sync --frozen --compile-bytecode --quiet --group bench
	uv run --group bench python benchmarks/bench_startup.py
	uv run --group bench python benchmarks/bench_coder.py
	uv run --group bench python benchmarks/bench_gdelt_ingest.py
	uv run --group bench python benchmarks/bench_many_files.py
	uv run --group bench python benchmarks/bench_analysis.py
	uv run --group bench python benchmarks/bench_report.py

eval: setup
	uv run dipwatch evaluate
