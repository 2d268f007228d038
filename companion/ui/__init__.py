"""Qt widgets. They stay thin and call into :mod:`companion.core`."""
