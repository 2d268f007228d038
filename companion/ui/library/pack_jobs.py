"""The library's long jobs: syncing the pack from its address (also on a timer),
downloading on-demand files, importing and exporting packs (USB sticks). Each runs
in the background with progress; what changed is announced (packs)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from companion.core.changes import PACKS, Outcome
from companion.core.library.manifest import Manifest, PackFile, pick
from companion.core.library.service import Library
from companion.core.library.sideload import FileProgress, export_pack, import_pack
from companion.core.library.sync import (
    SyncProgress,
    SyncResult,
    fetch_on_demand,
    sync_allowed,
    sync_pack,
)
from companion.core.net import HttpClient
from companion.core.settings import Settings
from companion.ui.a11y import announce
from companion.ui.errors import error_text
from companion.ui.library.library_text import waiting_text
from companion.ui.library.library_view import LibraryView
from companion.ui.library.trust_dialog import TrustGate
from companion.ui.locale_format import number
from companion.ui.ops import ChangeOp, QueryOp
from companion.ui.tasks import TaskManager

AUTO_SYNC_EVERY_MS = 30 * 60 * 1000
FIRST_AUTO_SYNC_MS = 5000

Progress = SyncProgress | FileProgress
T = TypeVar("T")


def _mb(n: float) -> str:
    return number(n / 1_000_000, 1)


def _changed(gen: Generator[Progress, None, T]) -> Generator[Progress, None, Outcome[T]]:
    """A job's generator whose result says the packs changed."""
    result = yield from gen
    return Outcome(result, PACKS)


class PackJobs(QObject):
    """Signals:
    busy_changed(str): the job running now ("sync", "download", "import", "export")
        or "" when idle.
    """

    busy_changed = Signal(str)

    def __init__(
        self,
        view: LibraryView,
        tasks: TaskManager,
        library: Library,
        http: HttpClient,
        settings: Settings,
        *,
        is_online: Callable[[], bool | None],
        metered: Callable[[], bool | None],
        trust: TrustGate,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.tasks = tasks
        self.library = library
        self.http = http
        self.settings = settings
        self.is_online = is_online
        self.metered = metered
        self.busy = ""
        self.trust = trust
        #: what to run again when the user accepts an unknown publisher's key
        self._retry: Callable[[], object] | None = None
        self._cancel: threading.Event | None = None
        self._auto_timer = QTimer(self)
        self._auto_timer.setInterval(AUTO_SYNC_EVERY_MS)
        self._auto_timer.timeout.connect(self._on_auto_sync)
        # the first automatic sync soon after start; a timer of ours, so stop() stops it
        self._first_auto = QTimer(self)
        self._first_auto.setSingleShot(True)
        self._first_auto.timeout.connect(self._on_auto_sync)
        view.sync.clicked.connect(self._on_sync_clicked)
        view.cancel.clicked.connect(self._on_cancel)

    def start_timer(self) -> None:
        self._auto_timer.start()
        self._first_auto.start(FIRST_AUTO_SYNC_MS)

    def set_busy(self, what: str) -> None:
        self.busy = what
        v = self.view
        v.progress.setVisible(bool(what))
        v.cancel.setVisible(what in ("sync", "download"))
        for b in (v.sync, v.import_btn, v.export_btn, v.download_btn):
            b.setEnabled(not what)
        if what:
            v.progress.setRange(0, 0)
        self.busy_changed.emit(what)

    def _run(
        self,
        what: str,
        job: Callable[[], Generator[Progress, None, T]],
        done: Callable[[T], None],
    ) -> None:
        self.set_busy(what)
        ChangeOp(self.tasks, lambda: _changed(job()), lane="net").success(done).failure(
            self._on_job_failed
        ).progress(self._on_progress).run()

    # -- sync -------------------------------------------------------------------
    @Slot()
    def _on_sync_clicked(self) -> None:
        self.start_sync(manual=True)

    @Slot()
    def _on_auto_sync(self) -> None:
        self.start_sync(manual=False)

    def start_sync(self, *, manual: bool) -> bool:
        url = self.settings.library.pack_url
        if self.busy:
            return False
        if not url:
            if manual:
                self.view.status.setText(
                    QCoreApplication.translate(
                        "LibraryWidget",
                        "No pack address yet: set it in Settings → Library, "
                        "or import a pack from a USB stick.",
                    )
                )
                announce(self.view.status, self.view.status.text())
            return False
        if not manual:
            lib = self.settings.library
            ok, _why = sync_allowed(
                only_unmetered=lib.only_unmetered,
                only_at_night=lib.only_at_night,
                metered=self.metered(),
                local_now=self.http.now().astimezone(),
            )
            if not ok or self.is_online() is False:
                return False
            if self.library.store.turn.holder:
                # another job writes the pack store (a copy from another laptop): the
                # next automatic sync comes soon enough, no need to queue this one
                return False
        self._cancel = cancel = threading.Event()
        http, store = self.http, self.library.store
        self.view.status.setText(
            QCoreApplication.translate("LibraryWidget", "Checking for a new pack…")
        )
        trust = self.trust.policy()
        # ask about an unknown publisher only when the user started the sync
        self._retry = (lambda: self.start_sync(manual=True)) if manual else None
        self._run(
            "sync",
            lambda: sync_pack(http, store, url, cancel=cancel, trust=trust),
            self._on_sync_done,
        )
        return True

    @Slot(object)
    def _on_progress(self, p: Progress) -> None:
        v = self.view
        if p.stage == "queued":  # another job writes the pack store: this one waits
            v.progress.setRange(0, 0)
            v.cancel.setVisible(self._cancel is not None)
            v.status.setText(waiting_text(p.current))
            announce(v.status, v.status.text())
            return
        v.cancel.setVisible(self.busy in ("sync", "download"))
        if isinstance(p, SyncProgress) and p.stage == "manifest":
            # its turn came (the status said whom it waited for)
            v.status.setText(
                QCoreApplication.translate("LibraryWidget", "Checking for a new pack…")
            )
            return
        if p.total_bytes:
            v.progress.setRange(0, 1000)
            v.progress.setValue(int(1000 * p.done_bytes / p.total_bytes))
        text = (
            QCoreApplication.translate("LibraryWidget", "%1 of %2 MB")
            .replace("%1", _mb(p.done_bytes))
            .replace("%2", _mb(p.total_bytes))
        )
        if isinstance(p, SyncProgress):
            if p.speed:
                text += " · " + QCoreApplication.translate("LibraryWidget", "%1 MB/s").replace(
                    "%1", number(p.speed / 1e6, 2)
                )
            if p.eta is not None:
                minutes = int(p.eta // 60)
                left = QCoreApplication.translate("LibraryWidget", "less than a minute left")
                if minutes:
                    count = minutes + 1
                    # pyside6-lupdate marks only self.tr(text, "", n) as plural
                    left = self.tr("about %Ln min left", "", count)
                text += " · " + left
            if p.stage == "install":
                text = QCoreApplication.translate("LibraryWidget", "Installing the new pack…")
        v.status.setText(text)

    def _on_sync_done(self, result: SyncResult) -> None:
        self.set_busy("")
        m = result.manifest
        if result.up_to_date:
            self.view.status.setText(
                QCoreApplication.translate(
                    "LibraryWidget", "The pack is up to date (version %1)."
                ).replace("%1", m.version)
            )
            announce(self.view.status, self.view.status.text())
        else:
            self.view.status.setText(
                QCoreApplication.translate(
                    "LibraryWidget", "Pack version %1 installed (%2 MB downloaded)."
                )
                .replace("%1", m.version)
                .replace("%2", _mb(result.bytes_fetched))
            )
            announce(self.view.status, self.view.status.text())

    def _on_job_failed(self, exc: BaseException) -> None:
        self.set_busy("")
        retry, self._retry = self._retry, None
        if retry is not None and self.trust.accept(exc):  # an unknown key, accepted
            retry()
            return
        self.show_failure(exc)

    def show_failure(self, exc: BaseException) -> None:
        self.view.status.setText(error_text(exc).replace("\n", " "))
        announce(self.view.status, self.view.status.text(), assertive=True)

    @Slot()
    def _on_cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    # -- download on demand -------------------------------------------------------
    def download(self, pack_id: str, files: list[PackFile]) -> None:
        if self.busy:
            return
        self._cancel = cancel = threading.Event()
        http, store = self.http, self.library.store

        def job() -> Generator[Progress, None, None]:
            for f in files:
                yield from fetch_on_demand(http, store, pack_id, f, cancel=cancel)
            return None

        self._run("download", job, self._on_download_done)

    def _on_download_done(self, _result: None) -> None:
        self.set_busy("")
        self.view.status.setText(QCoreApplication.translate("LibraryWidget", "Downloaded."))

    # -- import / export ----------------------------------------------------------
    @classmethod
    def ask_path(cls, parent: QWidget, kind: str) -> str:
        """Ask for a path; ``kind`` is import-folder, import-archive, export-folder or
        export-archive. Tests replace this."""
        if kind == "import-folder":
            return QFileDialog.getExistingDirectory(
                parent, QCoreApplication.translate("LibraryWidget", "Pack folder")
            )
        if kind == "import-archive":
            return QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("LibraryWidget", "Pack archive"),
                "",
                QCoreApplication.translate("LibraryWidget", "Zip archives (*.zip)"),
            )[0]
        if kind == "export-folder":
            return QFileDialog.getExistingDirectory(
                parent, QCoreApplication.translate("LibraryWidget", "Export into folder")
            )
        return QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("LibraryWidget", "Export to archive"),
            "shareasm-pack.zip",
            QCoreApplication.translate("LibraryWidget", "Zip archives (*.zip)"),
        )[0]

    def start_import(self, path: str, lang: str) -> None:
        if not path or self.busy:
            return
        store = self.library.store
        self.view.status.setText(QCoreApplication.translate("LibraryWidget", "Checking the pack…"))
        trust, self._retry = self.trust.policy(), lambda: self.start_import(path, lang)
        # stops the import while it waits for another job (a copy from another laptop)
        self._cancel = cancel = threading.Event()
        self._run(
            "import",
            lambda: import_pack(Path(path), store, trust=trust, cancel=cancel),
            lambda manifest: self._on_import_done(manifest, lang),
        )

    def _on_import_done(self, manifest: Manifest, lang: str) -> None:
        self.set_busy("")
        self.view.status.setText(
            QCoreApplication.translate("LibraryWidget", "Pack %1 version %2 installed.")
            .replace("%1", pick(manifest.title, lang))
            .replace("%2", manifest.version)
        )

    def start_export(self, path: str, packs: dict[str, Manifest]) -> None:
        if not path or self.busy or not packs:
            return
        real = [m for m in packs.values() if not m.sample]
        pack_id = (real or list(packs.values()))[0].id
        store = self.library.store
        self.set_busy("export")
        self.view.status.setText(QCoreApplication.translate("LibraryWidget", "Exporting…"))
        # stopped when the app quits (the copy written so far is removed)
        self._cancel = cancel = threading.Event()
        QueryOp(
            self.tasks, lambda: export_pack(store, pack_id, Path(path), cancel=cancel), lane="net"
        ).success(self._on_export_done).failure(self._on_job_failed).progress(
            self._on_progress
        ).run()

    def _on_export_done(self, target: Path) -> None:
        self.set_busy("")
        self.view.status.setText(
            QCoreApplication.translate("LibraryWidget", "Exported to %1.").replace(
                "%1", str(target)
            )
        )

    def stop(self) -> None:
        self._auto_timer.stop()
        self._first_auto.stop()
        if self._cancel is not None:
            self._cancel.set()
