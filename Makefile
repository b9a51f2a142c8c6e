# The two commands of the README: `make demo` (the main job, end to end) and `make test`.
# Both install what they need first (uv, then the locked Python dependencies).
UV_VERSION := 0.13.9

.PHONY: setup demo test lint format bench eval

setup:
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet "uv==$(UV_VERSION)"
	uv sync --frozen --quiet

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

bench: setup
	uv run python benchmarks/bench_coder.py
	uv run python benchmarks/bench_gdelt_ingest.py
	uv run python benchmarks/bench_analysis.py
	uv run python benchmarks/bench_report.py

eval: setup
	uv run dipwatch evaluate
