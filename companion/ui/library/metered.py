"""Is the connection metered? Qt's QNetworkInformation knows on some systems only.

Returns True/False where a backend reports it (Windows, macOS/iOS, Android, and
Linux with NetworkManager), and None where it cannot tell. The settings page says so.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def metered_state() -> bool | None:
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:  # pragma: no cover
        return None
    feature = QNetworkInformation.Feature.Metered
    info = QNetworkInformation.instance()
    if info is None or not info.supports(feature):
        try:
            QNetworkInformation.loadBackendByFeatures(feature)
        except (RuntimeError, TypeError) as exc:  # pragma: no cover
            log.debug("no network information backend: %s", exc)
            return None
        info = QNetworkInformation.instance()
    if info is None or not info.supports(feature):
        return None
    return bool(info.isMetered())
