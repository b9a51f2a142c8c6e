"""``python -m dipwatch`` runs the command line."""

from dipwatch.cli.main import run

run()
