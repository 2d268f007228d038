"""Layout of the composer: drafts list, editor, targets with counters, pictures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.compose.outbox_view import OutboxView
from companion.ui.palette import error_text_style

LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("sw", "Kiswahili"),
    ("fr", "Français"),
    ("pt", "Português"),
    ("es", "Español"),
    ("mg", "Malagasy"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposeView", text)


def read_thumbnail(path: str) -> QImage:
    """A small, upright preview; safe on a worker thread (QImage, not QPixmap)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(144, 144, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class ImageRow(QFrame):
    """One picture: thumbnail, alt text field, remove button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(72, 72)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alt = QLineEdit(self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(error_text_style(self))
        self.remove = QPushButton(self)
        col = QVBoxLayout()
        col.addWidget(self.alt)
        col.addWidget(self.warning)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.thumb)
        row.addLayout(col, 1)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def set_image(self, image: object) -> None:
        """Show the preview read by :func:`read_thumbnail` (``?`` if unreadable)."""
        if isinstance(image, QImage) and not image.isNull():
            self.thumb.setPixmap(
                QPixmap.fromImage(image).scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio)
            )
        else:
            self.thumb.setText("?")

    def retranslate(self) -> None:
        self.alt.setPlaceholderText(
            QCoreApplication.translate("ComposeView", "Describe the picture (alt text) — required")
        )
        self.alt.setAccessibleName(
            QCoreApplication.translate("ComposeView", "Picture description (alt text)")
        )
        self.remove.setText(QCoreApplication.translate("ComposeView", "Remove"))
        self.remove.setAccessibleName(QCoreApplication.translate("ComposeView", "Remove picture"))
        self.thumb.setAccessibleName(QCoreApplication.translate("ComposeView", "Picture preview"))


class ComposeView(QWidget):
    """Widgets only; :class:`~companion.ui.compose.area.ComposeWidget` wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

        # -- write tab ------------------------------------------------------
        write = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal, write)
        wl = QVBoxLayout(write)
        wl.setContentsMargins(6, 6, 6, 6)
        wl.addWidget(split)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.drafts_label = QLabel(left)
        self.drafts = QListWidget(left)
        self.drafts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drafts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_btn = QPushButton(left)
        self.dup_btn = QPushButton(left)
        self.del_btn = QPushButton(left)
        buttons = QGridLayout()
        buttons.addWidget(self.new_btn, 0, 0)
        buttons.addWidget(self.dup_btn, 0, 1)
        buttons.addWidget(self.del_btn, 1, 0, 1, 2)
        self.undo_btn = QPushButton(left)
        self.undo_btn.hide()
        buttons.addWidget(self.undo_btn, 2, 0, 1, 2)
        ll.addWidget(self.drafts_label)
        ll.addWidget(self.drafts, 1)
        ll.addLayout(buttons)
        split.addWidget(left)

        editor = QWidget()
        scroll = QScrollArea()
        self.editor_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        scroll.setWidget(editor)
        el = QVBoxLayout(editor)
        el.setContentsMargins(6, 0, 6, 0)
        top = QHBoxLayout()
        top.setSpacing(4)  # three labelled combo boxes on one line, also at 800 px
        self.template = QComboBox(editor)
        self.tags = QComboBox(editor)
        self.language = QComboBox(editor)
        for code, name in LANGUAGES:
            self.language.addItem(f"{name} ({code})", code)
        self.language_label = QLabel(editor)
        self.language_label.setBuddy(self.language)
        # visible labels name the combo boxes (labelled-by: Qt names a combo by its value)
        self.template_label = QLabel(editor)
        self.template_label.setBuddy(self.template)
        self.tags_label = QLabel(editor)
        self.tags_label.setBuddy(self.tags)
        for combo in (self.template, self.tags):  # room for their labels on small screens
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(1)
        top.addWidget(self.template_label)
        top.addWidget(self.template, 2)
        top.addWidget(self.tags_label)
        top.addWidget(self.tags, 1)
        top.addStretch()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        el.addLayout(top)
        self.spoiler = QLineEdit(editor)
        el.addWidget(self.spoiler)
        self.text = QPlainTextEdit(editor)
        self.text.setTabChangesFocus(True)  # a post has no tab characters; keyboard users move on
        self.text.setMinimumHeight(140)
        el.addWidget(self.text, 2)
        self.saved = QLabel(editor)
        self.saved.setAlignment(Qt.AlignmentFlag.AlignRight)
        el.addWidget(self.saved)

        self.targets_box = QGroupBox(editor)
        self.targets_layout = QVBoxLayout(self.targets_box)
        self.no_accounts = QLabel(self.targets_box)
        self.no_accounts.setWordWrap(True)
        self.targets_layout.addWidget(self.no_accounts)
        el.addWidget(self.targets_box)

        self.thread_box = QGroupBox(editor)
        tl = QVBoxLayout(self.thread_box)
        self.thread_hint = QLabel(self.thread_box)
        self.thread_hint.setWordWrap(True)
        self.thread_edit = QPlainTextEdit(self.thread_box)
        self.thread_edit.setTabChangesFocus(True)
        self.thread_edit.setMinimumHeight(120)
        self.thread_status = QLabel(self.thread_box)
        self.thread_status.setWordWrap(True)
        tl.addWidget(self.thread_hint)
        tl.addWidget(self.thread_edit)
        tl.addWidget(self.thread_status)
        self.thread_box.hide()
        el.addWidget(self.thread_box)

        self.images_box = QGroupBox(editor)
        il = QVBoxLayout(self.images_box)
        self.alt_reminder = QLabel(self.images_box)
        self.alt_reminder.setWordWrap(True)
        self.images_layout = QVBoxLayout()
        self.add_image = QPushButton(self.images_box)
        il.addWidget(self.alt_reminder)
        il.addLayout(self.images_layout)
        il.addWidget(self.add_image, 0, Qt.AlignmentFlag.AlignLeft)
        el.addWidget(self.images_box)

        when = QHBoxLayout()
        self.schedule = QCheckBox(editor)
        self.post_at = QDateTimeEdit(editor)
        self.post_at.setCalendarPopup(True)
        self.post_at.setEnabled(False)
        self.when_note = QLabel(editor)
        self.when_note.setWordWrap(True)
        when.addWidget(self.schedule)
        when.addWidget(self.post_at)
        when.addWidget(self.when_note, 1)
        el.addLayout(when)

        actions = QHBoxLayout()
        self.problems = QLabel(editor)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # server text in errors
        self.problems.setStyleSheet(error_text_style(editor))
        self.open_x = QPushButton(editor)
        self.send = QPushButton(editor)
        self.send.setDefault(True)
        actions.addWidget(self.problems, 1)
        actions.addWidget(self.open_x)
        actions.addWidget(self.send)
        el.addLayout(actions)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([220, 860])

        self.outbox = OutboxView()
        self.tabs.addTab(write, "")
        self.tabs.addTab(self.outbox, "")
        self.retranslate()

    def retranslate(self) -> None:
        # the date and time as the UI language writes them (set again on a language change)
        self.post_at.setLocale(QLocale())
        self.post_at.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.tabs.setTabText(0, QCoreApplication.translate("ComposeView", "Write"))
        self.tabs.setTabText(1, QCoreApplication.translate("ComposeView", "Outbox"))
        self.drafts_label.setText(QCoreApplication.translate("ComposeView", "Drafts"))
        self.drafts.setAccessibleName(QCoreApplication.translate("ComposeView", "Drafts"))
        self.new_btn.setText(QCoreApplication.translate("ComposeView", "New"))
        self.new_btn.setAccessibleName(QCoreApplication.translate("ComposeView", "New draft"))
        self.dup_btn.setText(QCoreApplication.translate("ComposeView", "Duplicate"))
        self.dup_btn.setAccessibleName(QCoreApplication.translate("ComposeView", "Duplicate draft"))
        self.del_btn.setText(QCoreApplication.translate("ComposeView", "Delete"))
        self.del_btn.setAccessibleName(QCoreApplication.translate("ComposeView", "Delete draft"))
        self.undo_btn.setText(QCoreApplication.translate("ComposeView", "Undo delete"))
        self.undo_btn.setAccessibleName(QCoreApplication.translate("ComposeView", "Undo delete"))
        self.template.setAccessibleName(
            QCoreApplication.translate("ComposeView", "Start from a template")
        )
        self.tags.setAccessibleName(QCoreApplication.translate("ComposeView", "Insert a hashtag"))
        self.template_label.setText(QCoreApplication.translate("ComposeView", "&Template:"))
        self.tags_label.setText(QCoreApplication.translate("ComposeView", "&Hashtag:"))
        self.language_label.setText(QCoreApplication.translate("ComposeView", "&Language:"))
        self.language.setAccessibleName(
            QCoreApplication.translate("ComposeView", "Language of the post")
        )
        self.spoiler.setPlaceholderText(
            QCoreApplication.translate("ComposeView", "Content warning (optional)")
        )
        self.spoiler.setAccessibleName(QCoreApplication.translate("ComposeView", "Content warning"))
        self.text.setPlaceholderText(
            QCoreApplication.translate("ComposeView", "What is happening at the dialogue?")
        )
        self.text.setAccessibleName(QCoreApplication.translate("ComposeView", "Post text"))
        self.targets_box.setTitle(QCoreApplication.translate("ComposeView", "Post to"))
        self.no_accounts.setText(
            QCoreApplication.translate(
                "ComposeView",
                "No accounts yet. Add one under Accounts; you can still write and save drafts.",
            )
        )
        self.thread_box.setTitle(QCoreApplication.translate("ComposeView", "Thread"))
        self.thread_hint.setText(
            QCoreApplication.translate(
                "ComposeView",
                "Too long for one post. Here it is as a thread: edit the parts freely; "
                "a line with --- separates them.",
            )
        )
        self.thread_edit.setAccessibleName(
            QCoreApplication.translate("ComposeView", "Thread parts")
        )
        self.images_box.setTitle(QCoreApplication.translate("ComposeView", "Pictures (up to 4)"))
        self.alt_reminder.setText(
            QCoreApplication.translate(
                "ComposeView",
                "Every picture needs a description (alt text) so people who cannot see it, "
                "or whose connection does not load it, know what it shows. Location and "
                "camera details are removed before upload.",
            )
        )
        self.add_image.setText(QCoreApplication.translate("ComposeView", "Add picture…"))
        self.add_image.setAccessibleName(QCoreApplication.translate("ComposeView", "Add picture"))
        self.schedule.setText(QCoreApplication.translate("ComposeView", "Post at"))
        self.schedule.setAccessibleDescription(
            QCoreApplication.translate("ComposeView", "Post at a set time")
        )
        self.post_at.setAccessibleName(QCoreApplication.translate("ComposeView", "Time to post"))
        self.open_x.setText(QCoreApplication.translate("ComposeView", "Open on X"))
        self.open_x.setAccessibleDescription(
            QCoreApplication.translate("ComposeView", "Open the post on X in the browser")
        )
        self.send.setText(QCoreApplication.translate("ComposeView", "Send"))
        self.send.setAccessibleName(QCoreApplication.translate("ComposeView", "Send to the outbox"))
        self.send.setToolTip(
            QCoreApplication.translate(
                "ComposeView", "Put the post in the outbox; it goes out when online (Ctrl+Enter)"
            )
        )
        self.outbox.retranslate()
