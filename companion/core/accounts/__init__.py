"""accounts: Qt-free core."""
