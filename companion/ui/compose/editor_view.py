"""The scrolling part of the composer: text, targets with counters, previews, pictures."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("sw", "Kiswahili"),
    ("fr", "Français"),
    ("pt", "Português"),
    ("es", "Español"),
    ("mg", "Malagasy"),
)


def _wrapping(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class EditorPanel(QWidget):
    """Widgets only, laid out to shrink to the width it is given (no sideways scroll)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        el = QVBoxLayout(self)
        el.setContentsMargins(6, 0, 6, 0)
        top = QGridLayout()  # two short rows: fits 600 px at 150 %
        top.setHorizontalSpacing(4)
        self.template = QComboBox(self)
        self.tags = QComboBox(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(f"{name} ({code})", code)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        # visible labels name the combo boxes (labelled-by: Qt names a combo by its value)
        self.template_label = QLabel(self)
        self.template_label.setBuddy(self.template)
        self.tags_label = QLabel(self)
        self.tags_label.setBuddy(self.tags)
        for combo in (self.template, self.tags, self.language):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        # the popup shows whole template names, however narrow the box
        self.template.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        top.addWidget(self.template_label, 0, 0)
        top.addWidget(self.template, 0, 1)
        top.addWidget(self.tags_label, 0, 2)
        top.addWidget(self.tags, 0, 3)
        top.addWidget(self.language_label, 1, 0)
        top.addWidget(self.language, 1, 1)
        top.setColumnStretch(1, 2)
        top.setColumnStretch(3, 1)
        el.addLayout(top)
        self.spoiler = QLineEdit(self)
        el.addWidget(self.spoiler)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)  # a post has no tab characters; keyboard users move on
        self.text.setMinimumHeight(110)
        # room for a few lines; the counters and the preview stay close below
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        el.addWidget(self.text)
        self.hashtag_note = _wrapping(self)
        el.addWidget(self.hashtag_note)

        self.targets_box = QGroupBox(self)
        self.targets_layout = QVBoxLayout(self.targets_box)
        self.no_accounts = _wrapping(self.targets_box)
        self.targets_layout.addWidget(self.no_accounts)
        el.addWidget(self.targets_box)

        self.preview_box = QGroupBox(self)
        pl = QVBoxLayout(self.preview_box)
        self.preview_summary = _wrapping(self.preview_box)
        self.preview_layout = QVBoxLayout()
        pl.addWidget(self.preview_summary)
        pl.addLayout(self.preview_layout)
        el.addWidget(self.preview_box)

        self.thread_box = QGroupBox(self)
        tl = QVBoxLayout(self.thread_box)
        self.thread_hint = _wrapping(self.thread_box)
        self.thread_edit = QPlainTextEdit(self.thread_box)
        self.thread_edit.setTabChangesFocus(True)
        self.thread_edit.setMinimumHeight(100)
        self.thread_status = _wrapping(self.thread_box)
        # brings back the user's edits to the thread after a text change split it again
        self.thread_restore = QPushButton(self.thread_box)
        self.thread_restore.hide()
        tl.addWidget(self.thread_hint)
        tl.addWidget(self.thread_edit)
        tl.addWidget(self.thread_status)
        tl.addWidget(self.thread_restore, 0, Qt.AlignmentFlag.AlignLeft)
        self.thread_box.hide()
        el.addWidget(self.thread_box)

        self.images_box = QGroupBox(self)
        il = QVBoxLayout(self.images_box)
        self.alt_reminder = _wrapping(self.images_box)
        self.images_layout = QVBoxLayout()
        self.add_image = QPushButton(self.images_box)
        self.image_problem = _wrapping(self.images_box)
        il.addWidget(self.alt_reminder)
        il.addLayout(self.images_layout)
        il.addWidget(self.add_image, 0, Qt.AlignmentFlag.AlignLeft)
        il.addWidget(self.image_problem)
        el.addWidget(self.images_box)

        # when to post: shown in the pinned action bar (the view moves them there)
        self.schedule = QCheckBox(self)
        self.post_at = QDateTimeEdit(self)
        self.post_at.setCalendarPopup(True)
        self.post_at.setEnabled(False)
        self.when_note = _wrapping(self)
        el.addStretch(1)

    def retranslate(self) -> None:
        # the date and time as the UI language writes them (set again on a language change)
        self.post_at.setLocale(QLocale())
        self.post_at.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
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
        self.preview_box.setTitle(QCoreApplication.translate("ComposeView", "What will be posted"))
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
        self.thread_restore.setText(
            QCoreApplication.translate("ComposeView", "Bring back my edits to the thread")
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
