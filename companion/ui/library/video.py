"""Videos: QtMultimedia when it works here, else an honest message and the system player."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.ui.i18n import follow_language
from companion.ui.library.publication import open_with_system

log = logging.getLogger(__name__)


class VideoViewer(QWidget):
    """Plays a downloaded video.

    Signals:
        close_requested(): back to the list.
    """

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.back = QPushButton(self)
        self.play = QPushButton(self)
        self.system = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (self.back, self.play, self.system):
            bar.addWidget(w)
        bar.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.message)
        self.player: object | None = None
        self.video_widget: QWidget | None = None
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            from PySide6.QtMultimediaWidgets import QVideoWidget

            self.player = QMediaPlayer(self)
            self.audio = QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
            self.video_widget = QVideoWidget(self)
            self.player.setVideoOutput(self.video_widget)
            self.player.errorOccurred.connect(self._on_error)
            self.layout_.addWidget(self.video_widget, 1)
        except (ImportError, RuntimeError) as exc:
            log.info("video playback unavailable: %s", exc)
            self.player = None
        self.back.clicked.connect(self._on_back)
        self.play.clicked.connect(self._on_play)
        self.system.clicked.connect(self._on_system)
        self.retranslate()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Library"))
        self.back.setAccessibleName(self.tr("Back to the library"))
        self.play.setText(self.tr("Play / pause"))
        self.play.setAccessibleName(self.tr("Play or pause the video"))
        self.system.setText(self.tr("Open with system player"))
        self.system.setAccessibleName(self.tr("Open with the system's video player"))
        if self.player is None:
            self.message.setText(
                self.tr(
                    "Videos cannot play inside the app on this computer. "
                    "Use the system player instead."
                )
            )

    def open(self, path: Path) -> None:
        from PySide6.QtCore import QUrl

        self.path = path
        self.play.setEnabled(self.player is not None)
        if self.player is not None:
            # the media is loaded when it is first played: opening a video starts no
            # decoding threads, and Back lets them go (see stop)
            self.player.setSource(QUrl())  # type: ignore[attr-defined]

    @Slot()
    def _on_play(self) -> None:
        if self.player is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer

        p: QMediaPlayer = self.player  # type: ignore[assignment]
        if p.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            p.pause()
        else:
            if p.source().isEmpty() and self.path is not None:
                from PySide6.QtCore import QUrl

                p.setSource(QUrl.fromLocalFile(str(self.path)))
            p.play()

    @Slot()
    def _on_back(self) -> None:
        self.stop()
        self.close_requested.emit()

    def stop(self) -> None:
        if self.player is not None:
            from PySide6.QtCore import QUrl

            self.player.stop()  # type: ignore[attr-defined]
            self.player.setSource(QUrl())  # type: ignore[attr-defined]

    @Slot()
    def _on_system(self) -> None:
        if self.path is not None:
            open_with_system(self.path)

    @Slot()
    def _on_error(self) -> None:
        err = self.player.errorString() if self.player is not None else ""  # type: ignore[attr-defined]
        log.info("video playback failed: %s", err)
        self.message.setText(
            self.tr("This video cannot play inside the app (%1). Use the system player.").replace(
                "%1", err
            )
        )
