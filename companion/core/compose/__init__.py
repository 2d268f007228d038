"""compose: Qt-free core."""
