"""The compose area."""
