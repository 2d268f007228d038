"""The accounts area."""
