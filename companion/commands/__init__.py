"""Headless subcommands, one module per feature."""
