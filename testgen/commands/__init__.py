"""CLI subcommands: each module exposes `register(subparsers)` and is found by `testgen.cli`."""
