"""Context for the start-up figures: the countdown's window made of plain PySide6 widgets,
with no app behind it (no modules of ours, no database, event file, settings,
translations, time zones or threads). It starts, builds a main window with three menus
of actions, a status bar, a sidebar list of five areas and a scrolled page like the
countdown's (two large bold titles, a grid of field-site times, four buttons, a check
box, a programme tree and six wrapped paragraphs), paints once, saves a PNG and quits.

``bench_first_screen`` runs it beside the bare window: the gap between the two is what
Qt's own widgets cost for this screen, before any of the app's work.

    python benchmarks/skeleton_window.py OUT.png
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

ABOUT = (
    "IIED's third #shareASM digital day on artisanal and small-scale mining (ASM): an "
    "open online space, all day, for ASM workers, researchers and everyone involved to "
    "share ideas for a safer, more inclusive, sustainable and productive ASM sector."
)


def _title(text: str, points: int) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(True)
    label.setFont(font)
    return label


def _page() -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.addWidget(_title("#shareASM digital day 2018", 14))
    column.addWidget(_title("Thank you for taking part", 26))
    sites = QGridLayout()
    for row, city in enumerate(("Accra", "Dar es Salaam", "Antananarivo", "Manaus")):
        sites.addWidget(QLabel(city), row, 0)
        sites.addWidget(QLabel("now Sat 02:06"), row, 1)
        sites.addWidget(QLabel("same day, from 00:00 local"), row, 2)
    column.addLayout(sites)
    buttons = QHBoxLayout()
    for text in ("Write a post", "Add to calendar…", "Open event file…", "Say time left"):
        buttons.addWidget(QPushButton(text))
    column.addLayout(buttons)
    column.addWidget(QCheckBox("Times in the event's zone"))
    programme = QTreeWidget()
    programme.setHeaderLabels(["", "Time", "Session"])
    for i in range(5):
        programme.addTopLevelItem(QTreeWidgetItem(["", f"{9 + i}:00", f"Session {i + 1}"]))
    column.addWidget(programme)
    for _ in range(6):
        paragraph = QLabel(ABOUT)
        paragraph.setWordWrap(True)
        column.addWidget(paragraph)
    return page


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    for title in ("&File", "&View", "&Help"):
        menu = window.menuBar().addMenu(title)
        for i in range(4):
            action = QAction(f"Action {i + 1}", window)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            menu.addAction(action)
    window.statusBar().addPermanentWidget(QLabel("Connection check off"))
    central = QWidget()
    row = QHBoxLayout(central)
    sidebar = QListWidget()
    sidebar.addItems(["Countdown", "Live", "Compose", "Library", "Accounts"])
    row.addWidget(sidebar)
    stack = QStackedWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(_page())
    stack.addWidget(scroll)
    row.addWidget(stack, 1)
    window.setCentralWidget(central)
    window.resize(910, 512)
    window.show()
    app.processEvents()
    ok = window.grab().save(sys.argv[1], "PNG")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
