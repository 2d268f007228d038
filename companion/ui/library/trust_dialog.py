"""The explicit choice to install a pack signed by a key this computer does not trust."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from companion.core.library.signing import Signer, TrustPolicy, UntrustedSignerError
from companion.core.settings import Settings

log = logging.getLogger(__name__)


class TrustGate(QObject):
    """The trust policy the library uses, plus the fingerprints the user accepted in this
    session (never saved: to trust a publisher for good, add the key in Settings)."""

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.allowed: set[str] = set()
        self._parent = parent

    def policy(self, *, peer: bool = False) -> TrustPolicy:
        return TrustPolicy.from_lines(
            self.settings.library.trusted_keys, allow=self.allowed, require_signature=peer
        )

    def accept(self, exc: BaseException) -> bool:
        """For an untrusted signer, ask; True when the user chose to install (retry)."""
        if not isinstance(exc, UntrustedSignerError):
            return False
        if not self.ask(self._parent, exc.signer):
            return False
        self.allowed.add(exc.signer.fingerprint)
        log.info("the user accepted the signer %s for this session", exc.signer.fingerprint)
        return True

    @classmethod
    def ask(cls, parent: QWidget, signer: Signer) -> bool:
        """Show the fingerprint and ask. Tests replace this."""
        box, install = cls.question(parent, signer)
        box.exec()
        return box.clickedButton() is install

    @staticmethod
    def question(parent: QWidget, signer: Signer) -> tuple[QMessageBox, QPushButton]:
        """The dialog and its install button."""
        box = QMessageBox(parent)
        # the claimed name is not signed: never rendered as markup (a fake "checked" line)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("TrustGate", "Unknown publisher"))
        if signer.is_sample:
            text = QCoreApplication.translate(
                "TrustGate",
                "This pack is signed with the SAMPLE key, which anyone can use. "
                "Install it only if you made it yourself for testing.",
            )
        else:
            text = QCoreApplication.translate(
                "TrustGate",
                "This pack is signed by a key this computer does not trust yet. "
                "It claims to come from: %1",
            ).replace("%1", signer.name or QCoreApplication.translate("TrustGate", "(no name)"))
        box.setText(text)
        box.setInformativeText(
            QCoreApplication.translate(
                "TrustGate",
                "Key fingerprint:\n%1\n\nInstall it only if the publisher gave you this "
                "same fingerprint.",
            ).replace("%1", signer.fingerprint)
        )
        install = box.addButton(
            QCoreApplication.translate("TrustGate", "Install (key %1)").replace(
                "%1", signer.fingerprint[:9] + "…"
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        return box, install
