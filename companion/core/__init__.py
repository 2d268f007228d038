"""Qt-free core of the app. Nothing under this package may import PySide6."""
