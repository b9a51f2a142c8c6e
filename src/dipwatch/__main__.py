"""``python -m dipwatch`` runs the command line."""

from dipwatch.cli.main import run

if __name__ == "__main__":
    run()
