"""library: Qt-free core."""
