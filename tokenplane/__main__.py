"""`python -m tokenplane`: the same as the `tokenplane` command."""

from tokenplane.cli import run

run()
