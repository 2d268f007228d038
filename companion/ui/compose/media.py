"""The draft's pictures: add (checked first), describe, remove."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from companion.core.compose.drafts import DraftImage
from companion.core.compose.images import MAX_IMAGES, MAX_INPUT_BYTES
from companion.ui.a11y import announce
from companion.ui.compose.editor_view import EditorPanel
from companion.ui.compose.media_view import ImageRow, read_thumbnail
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


@dataclass
class Checked:
    path: str
    alt: str
    image: QImage | None
    problem: str


def check_picture(path: str, alt: str) -> Checked:
    """Read a picture file off the GUI thread: too big, unreadable or fine."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return Checked(
            path,
            alt,
            None,
            QCoreApplication.translate("ComposeWidget", "The file %1 cannot be read.").replace(
                "%1", path
            ),
        )
    if size > MAX_INPUT_BYTES:
        return Checked(
            path,
            alt,
            None,
            QCoreApplication.translate(
                "ComposeWidget", "%1 is over 60 MB: choose a smaller copy of the picture."
            ).replace("%1", os.path.basename(path)),
        )
    image = read_thumbnail(path)
    if image.isNull():
        return Checked(
            path,
            alt,
            None,
            QCoreApplication.translate(
                "ComposeWidget", "%1 is not a picture the app can read (JPEG, PNG or WebP)."
            ).replace("%1", os.path.basename(path)),
        )
    return Checked(path, alt, image, "")


class MediaController(QObject):
    """Signals:
    changed(): pictures or their descriptions changed."""

    changed = Signal()

    def __init__(self, panel: EditorPanel, tasks: TaskManager, parent: QObject | None = None):
        super().__init__(parent)
        self.panel = panel
        self.tasks = tasks
        self.images: list[DraftImage] = []
        self.rows: list[ImageRow] = []
        #: counts the drafts shown: a picture checked for an earlier one is not added
        #: to the one shown now
        self._shown = 0
        panel.add_image.clicked.connect(self._on_add_clicked)

    @classmethod
    def ask_image(cls, parent: QWidget) -> str:
        """Ask for a picture file (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ComposeWidget", "Add picture"),
            "",
            QCoreApplication.translate("ComposeWidget", "Pictures (*.jpg *.jpeg *.png *.webp)"),
        )
        return path

    def collect(self) -> list[DraftImage]:
        return [
            DraftImage(img.path, row.alt.text())
            for img, row in zip(self.images, self.rows, strict=False)
        ]

    def show(self, images: list[DraftImage]) -> None:
        self._shown += 1
        self.images = list(images)
        self._show_rows()
        for image, row in zip(self.images, self.rows, strict=False):
            self.tasks.run_db(partial(read_thumbnail, image.path), on_success=row.set_image)

    def problems(self) -> list[str]:
        out = []
        for n, row in enumerate(self.rows, start=1):
            missing = not row.alt.text().strip()
            row.warning.setText(
                QCoreApplication.translate(
                    "ComposeWidget", "Picture %1 needs a description before posting."
                ).replace("%1", str(n))
                if missing
                else ""
            )
            if missing:
                out.append(
                    QCoreApplication.translate(
                        "ComposeWidget", "A picture has no description (alt text)."
                    )
                )
        return out

    def _tell(self, text: str) -> None:
        self.panel.image_problem.setText(text)
        if text:
            announce(self.panel.image_problem, text, assertive=True)

    @Slot()
    def _on_add_clicked(self) -> None:
        if len(self.images) >= MAX_IMAGES:
            self._tell(QCoreApplication.translate("ComposeWidget", "At most 4 pictures per post."))
            return
        path = self.ask_image(self.panel)
        if path:
            self.add_image(path)

    def add_image(self, path: str, alt: str = "") -> None:
        """Check the file off the GUI thread, then add it (or say what is wrong)."""
        if len(self.images) >= MAX_IMAGES:
            self._tell(QCoreApplication.translate("ComposeWidget", "At most 4 pictures per post."))
            return
        self.tasks.run_net(
            partial(check_picture, path, alt), on_success=partial(self._on_checked, self._shown)
        )

    def _on_checked(self, shown: int, checked: Checked) -> None:
        if shown != self._shown:
            log.info("a picture checked for another draft is not added to this one")
            return
        if checked.problem:
            self._tell(checked.problem)
            return
        if len(self.images) >= MAX_IMAGES:
            self._tell(QCoreApplication.translate("ComposeWidget", "At most 4 pictures per post."))
            return
        self._tell("")
        self.images = [*self.collect(), DraftImage(checked.path, checked.alt)]
        self._show_rows()
        self.rows[-1].set_image(checked.image)
        self.changed.emit()

    def _show_rows(self) -> None:
        alts = [img.alt for img in self.images]
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for alt in alts:
            row = ImageRow(self.panel.images_box)
            row.alt.setText(alt)
            row.alt.textChanged.connect(self.changed)
            row.remove.clicked.connect(self._on_remove)
            self.panel.images_layout.addWidget(row)
            self.rows.append(row)
        self.panel.add_image.setEnabled(len(self.images) < MAX_IMAGES)

    @Slot()
    def _on_remove(self) -> None:
        button = self.sender()
        index = next((n for n, r in enumerate(self.rows) if r.remove is button), None)
        if index is None:
            return
        current = self.collect()
        kept = [img for n, img in enumerate(current) if n != index]
        thumbs = [r.thumb.pixmap() for n, r in enumerate(self.rows) if n != index]
        self.images = kept
        self._show_rows()
        for row, pixmap in zip(self.rows, thumbs, strict=False):
            row.thumb.setPixmap(pixmap)
        self._tell("")
        self.changed.emit()

    def retranslate(self) -> None:
        for row in self.rows:
            row.retranslate()
