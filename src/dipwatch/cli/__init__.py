"""The command line: a thin Typer layer over :mod:`dipwatch.api`."""
