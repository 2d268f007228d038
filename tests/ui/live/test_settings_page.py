from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.core.settings import Settings
from companion.ui.live.settings_page import LiveSettingsPage


def test_apply_normalises_and_reports(qtbot: QtBot) -> None:
    s = Settings()
    page = LiveSettingsPage(s)
    qtbot.addWidget(page)
    page.instances.setPlainText(
        "mastodon.social\nhttps://Mastodon.Social/\n\nftp://x\nhttps://social.example:8443/"
    )
    page.extra_tags.setText("#ASM, artisanalmining  #ASM")
    page.muted_accounts.setPlainText("@spam@bad.example\n")
    page.muted_words.setPlainText("crypto\n  \n")
    page.bluesky.setChecked(False)
    page.data_saver.setChecked(True)
    page.apply(s)
    assert s.live.mastodon_instances == ["https://mastodon.social", "https://social.example:8443"]
    assert s.live.extra_tags == ["ASM", "artisanalmining"]
    assert s.live.muted_accounts == ["spam@bad.example"]
    assert s.live.muted_words == ["crypto"]
    assert not s.live.bluesky_enabled and s.live.data_saver
    assert "ftp://x" in page.problem.text()
    assert page.title() == "Live"
