"""event: Qt-free core."""
