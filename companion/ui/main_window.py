"""The main window: a sidebar of areas, menus, shortcuts, a message bar and a status bar."""

from __future__ import annotations

import logging
import time
import traceback
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME, LICENSE, version
from companion.core.connectivity import NetState
from companion.core.errors import KnownError
from companion.ui.a11y import focus_first_control, spoken_text
from companion.ui.area_base import AreaWidget
from companion.ui.areas import AREA_KEYS, AREAS, AreaSpec
from companion.ui.async_area import AsyncArea
from companion.ui.context import AppContext
from companion.ui.errors import notice_text, something_went_wrong, translated_text
from companion.ui.i18n import follow_language
from companion.ui.message_bar import MessageBar
from companion.ui.ops import ChangeOp
from companion.ui.plain import escape
from companion.ui.session_end import SessionEnd
from companion.ui.sidebar import Sidebar

if TYPE_CHECKING:
    from companion.ui.live.export_report import ReportExporter

log = logging.getLogger(__name__)


#: areas built at start even when another one is shown: the countdown owns the
#: reminders, which must fire whichever area the user left open
ALWAYS_BUILT: tuple[str, ...] = ("countdown",)


def _application() -> QGuiApplication:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)  # a window needs one
    return app


class MainWindow(QMainWindow):
    """Holds the areas; builds each one the first time it is shown."""

    def __init__(
        self, ctx: AppContext, *, first_run: bool = False, remember_state: bool = True
    ) -> None:
        super().__init__()
        self._ctx = ctx
        self._remember_state = remember_state
        self._areas: dict[str, AreaWidget] = {}
        self._exporter: ReportExporter | None = None
        self._shut_down = False
        #: the sidebar shows icons only; ``_rail_chosen`` once the user picked it
        self.rail = False
        self._rail_chosen: bool | None = None
        self._window_state = QSettings(
            str(ctx.core.paths.config / "window.ini"), QSettings.Format.IniFormat
        )
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(640, 480))

        self.sidebar = Sidebar(self)
        self.stack = QStackedWidget(self)
        for _ in AREAS:
            self.stack.addWidget(QWidget(self.stack))  # replaced on first show
        self.message_bar = MessageBar(self)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.message_bar)
        right.addWidget(self.stack, 1)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.network_label = QLabel(self)
        self.network_label.setObjectName("networkState")
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("networkSignIn")
        self.sign_in_button.setFlat(True)
        self.sign_in_button.hide()
        self.sign_in_button.clicked.connect(self._on_sign_in)
        self.statusBar().addPermanentWidget(self.network_label)
        self.statusBar().addPermanentWidget(self.sign_in_button)

        self._build_actions()
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        ctx.connectivity.online_changed.connect(self._on_online_changed)
        ctx.connectivity.reach_changed.connect(self._on_online_changed)
        ctx.connectivity.unreachable_changed.connect(self._on_online_changed)
        ctx.tasks.known_error.connect(self._on_known_error)
        ctx.tasks.bug.connect(self._on_bug)
        ctx.signals.show_area_requested.connect(self.show_area)
        ctx.signals.compose_requested.connect(self._on_compose_requested)
        self.retranslate()
        follow_language(self._on_language_changed)
        self._restore_state()
        for key in ALWAYS_BUILT:
            self.area(key)
        #: the end of the app however it comes: a Windows logoff closes no window
        self.session_end = SessionEnd(_application(), self, ctx)
        for problem in ctx.core.problems:
            self.message_bar.show_message(notice_text(problem), level="warning")
        if first_run and not ctx.core.problems:
            self.message_bar.show_message(
                self.tr(
                    "Welcome! Everything here works offline: the countdown, your drafts and "
                    "the library. Add your accounts under Accounts when you have a connection."
                )
            )

    # -- building ---------------------------------------------------------
    def _build_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        # Ctrl+, everywhere (Windows and Linux have no standard key for it), Cmd+, on macOS
        keys = [QKeySequence("Ctrl+,")]
        for seq in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
            if seq.toString() not in {k.toString() for k in keys}:
                keys.append(seq)
        self.settings_action.setShortcuts(keys)
        self.settings_action.triggered.connect(self._on_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.export_report_action = QAction(self)
        self.export_report_action.triggered.connect(self._on_export_report)
        self.file_menu.addAction(self.export_report_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu("")
        self.area_actions: list[QAction] = []
        for index, spec in enumerate(AREAS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setData(spec.key)
            action.triggered.connect(self._on_area_action)
            self.view_menu.addAction(action)
            self.addAction(action)
            self.area_actions.append(action)
        self.view_menu.addSeparator()
        # the sidebar as an icon rail: chosen here (Ctrl+B), or by itself on narrow windows
        self.rail_action = QAction(self)
        self.rail_action.setCheckable(True)
        self.rail_action.setShortcut(QKeySequence("Ctrl+B"))
        self.rail_action.triggered.connect(self._on_rail_chosen)
        self.view_menu.addAction(self.rail_action)
        self.addAction(self.rail_action)
        self.fullscreen_action = QAction(self)
        self.fullscreen_action.setShortcut(QKeySequence.StandardKey.FullScreen)
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.toggled.connect(self._on_fullscreen)
        self.view_menu.addAction(self.fullscreen_action)

        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self._on_shortcuts)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        self.addAction(self.quit_action)

    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.file_menu.setTitle(self.tr("&File"))
        self.export_report_action.setText(self.tr("&Export report…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        for action, spec in zip(self.area_actions, AREAS, strict=True):
            action.setText(spec.translated_title())
        self.fullscreen_action.setText(self.tr("&Full screen"))
        self.rail_action.setText(self.tr("Collapse the &sidebar"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About shareASM Companion"))
        self.sidebar.rail = self.rail
        self.sidebar.retranslate(self.tr("Areas"), self.tr("Choose what to show"))
        self._on_online_changed(self._ctx.connectivity.online)

    @Slot()
    def _on_language_changed(self) -> None:
        # a window being torn down (its menus already gone) has nothing to retranslate
        if shiboken6.isValid(self.file_menu):
            self.retranslate()

    # -- areas ---------------------------------------------------------------
    def area(self, key: str) -> AreaWidget:
        """The widget of area ``key``, built now if it was never shown."""
        if key not in self._areas:
            index = AREA_KEYS.index(key)
            spec = AREAS[index]
            widget = self._build_area(spec)
            old = self.stack.widget(index)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.insertWidget(index, widget)
            self._areas[key] = widget
        return self._areas[key]

    def _build_area(self, spec: AreaSpec) -> AreaWidget:
        from companion.ui.placeholder import PlaceholderArea

        widget: AreaWidget
        try:
            widget = spec.load_factory()(self._ctx)
        except KnownError as exc:
            widget = PlaceholderArea(spec.translated_title(), translated_text(exc))
        widget.setObjectName(f"area_{spec.key}")
        return widget

    def show_area(self, key: str) -> None:
        index = AREA_KEYS.index(key)
        self.area(key)
        self.stack.setCurrentIndex(index)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)

    def current_area_key(self) -> str:
        return AREA_KEYS[max(0, self.stack.currentIndex())]

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(AREAS):
            self.show_area(AREAS[row].key)

    @Slot()
    def _on_area_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_area(str(action.data()))
            area = self.area(str(action.data()))
            if not focus_first_control(area) and isinstance(area, AsyncArea):  # not a scroll area
                area.focus_when_ready()

    @Slot(str, str)
    def _on_compose_requested(self, text: str, source: str) -> None:
        """Switch to Compose and hand it the text (the area's ``start_draft``)."""
        self.show_area("compose")
        self.area("compose").start_draft(text, source)

    # -- status ----------------------------------------------------------------
    @Slot()
    def _on_online_changed(self, *_args: object) -> None:
        """The status bar says what the app reaches (companion/core/connectivity.py)."""
        monitor = self._ctx.connectivity
        reach, down = monitor.reach, monitor.unreachable
        portal = reach is not None and reach.state is NetState.PORTAL
        if reach is None:
            text = (
                self.tr("Checking connection…")
                if monitor.enabled
                else self.tr("Connection check off")
            )
        elif portal:
            text = self.tr("⚠ This network needs you to sign in")
        elif reach.online and down:
            # never "Online" beside a server that "could not be reached"
            text = self.tr("◐ Connected, but %n server(s) not answering", "", down)
        elif reach.online:
            text = self.tr("● Online")
        else:
            text = self.tr("○ Offline — working from saved data")
        self.network_label.setText(text)
        detail = ""
        if reach is not None:
            detail = (
                QCoreApplication.translate("Connectivity", reach.detail_text).replace(
                    "%1", reach.detail_arg
                )
                if reach.detail_text
                else reach.detail
            )
        self.network_label.setToolTip(detail)
        self.network_label.setAccessibleName(  # without the drawn "○"
            self.tr("Network state: %1").replace("%1", spoken_text(text))
        )
        self.sign_in_button.setText(self.tr("Open the sign-in page"))
        self.sign_in_button.setVisible(portal)

    @Slot()
    def _on_sign_in(self) -> None:
        reach = self._ctx.connectivity.reach
        if reach is not None and reach.portal_url:
            QDesktopServices.openUrl(QUrl(reach.portal_url))

    @Slot(object)
    def _on_known_error(self, exc: KnownError) -> None:
        self.message_bar.show_message(translated_text(exc), level="warning")

    @Slot(object)
    def _on_bug(self, exc: BaseException) -> None:
        report = "".join(traceback.format_exception(exc))
        from companion.core.logsetup import redact

        self.message_bar.show_message(
            something_went_wrong(),
            level="error",
            report=f"{APP_NAME} {version()}\n{redact(report)}",
        )

    # -- dialogs -------------------------------------------------------------
    def report_exporter(self) -> ReportExporter:
        if self._exporter is None:
            from companion.ui.live.export_report import ReportExporter

            self._exporter = ReportExporter(self._ctx, self)
            self._exporter.exported.connect(self.message_bar.show_message)
        return self._exporter

    @Slot()
    def _on_export_report(self) -> None:
        self.report_exporter().ask_and_export()

    @Slot()
    def _on_settings(self) -> None:
        import copy

        from companion.ui.settings_dialog import SettingsDialog

        settings = self._ctx.services.settings
        snapshot = settings.snapshot()
        edited = copy.deepcopy(snapshot)
        dialog = SettingsDialog(edited, self)
        if dialog.exec():
            dialog.apply()
            # only what the user changed, on top of the settings as they are when it
            # runs: an update still queued (a mute from the live view) is not undone;
            # saved on the database lane; the areas hear which keys changed
            ChangeOp(self._ctx.tasks, lambda: settings.apply_edits(snapshot, edited)).run()

    @Slot()
    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # ~1.5 ms for its class and enums

        QMessageBox.about(
            self,
            self.tr("About shareASM Companion"),
            self.tr(
                "<h3>shareASM Companion %1</h3>"
                "<p>A companion for IIED's #shareASM digital day on artisanal and "
                "small-scale mining: countdown, live posts, offline composing and the "
                "programme library.</p><p>Licence: %2</p>"
            )
            .replace("%1", version())
            .replace("%2", LICENSE),
        )

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do): the window's actions, every area's actions and
        QShortcuts (areas are built for this), then the viewers' keys."""
        from companion.ui import shortcuts

        areas = [self.area(key) for key in AREA_KEYS]
        return shortcuts.collect([self, *areas]) + shortcuts.viewer_keys()

    @Slot()
    def _on_shortcuts(self) -> None:
        rows = self.shortcut_rows()
        html = (
            "<table>"
            + "".join(
                f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(t)}</td></tr>"
                for k, t in rows
            )
            + "</table>"
        )
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(html)
        box.setAccessibleName(self.tr("Keyboard shortcuts"))
        box.setAccessibleDescription("; ".join(f"{k}: {t}" for k, t in rows))
        box.exec()

    @Slot(bool)
    def _on_fullscreen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- state -----------------------------------------------------------------
    # -- sidebar rail ------------------------------------------------------------
    #: below this width (logical pixels) the sidebar becomes an icon rail by itself
    RAIL_BELOW = 1100

    def set_rail(self, on: bool) -> None:
        if on == self.rail:
            return
        self.rail = on
        self.rail_action.setChecked(on)
        self.retranslate()

    @Slot(bool)
    def _on_rail_chosen(self, on: bool) -> None:
        self._rail_chosen = on
        self.set_rail(on)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._rail_chosen is None:
            self.set_rail(self.width() < self.RAIL_BELOW)

    def _restore_state(self) -> None:
        geometry = self._window_state.value("geometry")
        if geometry is not None and not self.restoreGeometry(geometry):
            log.info("saved window geometry ignored")
        if geometry is None:
            self.resize(1100, 720)
        last = str(self._window_state.value("last_area", "countdown"))
        self.show_area(last if last in AREA_KEYS else "countdown")

    def save_state(self) -> None:
        if not self._remember_state:
            return
        self._window_state.setValue("geometry", self.saveGeometry())
        self._window_state.setValue("last_area", self.current_area_key())
        self._window_state.sync()

    # -- the end ---------------------------------------------------------------
    #: how long the session end's commit waits for the draft save and queued writes
    #: (Windows gives an app a few seconds before it says the app blocks the logoff)
    COMMIT_WAIT_S = 3.0

    def commit_data(self) -> None:
        """The session is ending (Windows logs off, shuts down or restarts for an
        update; Qt's ``commitDataRequest``): what is typed is saved and the writes
        queued land, each wait bounded. Nothing stops and the logoff is never
        cancelled: another program may cancel it and the app goes on."""
        deadline = time.monotonic() + self.COMMIT_WAIT_S
        for widget in self._areas.values():
            widget.commit_data(deadline - time.monotonic())
        if not self._ctx.tasks.drain_lane(deadline - time.monotonic()):
            log.info("session end: database writes still queued after %.0f s", self.COMMIT_WAIT_S)

    def shutdown(self) -> None:
        """The app is quitting: the window's state is remembered and every area saves
        what is typed and stops its timers and jobs. Once only (a close, then the quit;
        or the quit alone at a Windows logoff, which closes no window)."""
        if self._shut_down:
            return
        self._shut_down = True
        self.save_state()
        for widget in self._areas.values():
            widget.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
