"""The live area."""
