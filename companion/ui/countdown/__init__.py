"""The countdown area."""
