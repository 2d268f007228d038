from __future__ import annotations

import logging
from pathlib import Path

import pytest

from companion.core.logsetup import redact, setup_logging

SECRETS = [
    ("Authorization: Bearer abcDEF123456789xyz", "abcDEF123456789xyz"),
    ('{"Authorization": "Bearer zzzz99998888"}', "zzzz99998888"),
    ("app password abcd-efgh-ijkl-mnop used", "abcd-efgh-ijkl-mnop"),
    ("access_token=SuperSecretValue42&x=1", "SuperSecretValue42"),
    ('{"refreshJwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig"}', "eyJhbGciOiJIUzI1NiJ9"),
    ("client_secret: s3cr3t-client", "s3cr3t-client"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_redact(text: str, secret: str) -> None:
    assert secret not in redact(text)
    assert "[REDACTED]" in redact(text)


def test_plain_text_is_untouched() -> None:
    text = "Fetched 20 posts from mastodon.social for #shareASM in 0.4 s"
    assert redact(text) == text


@pytest.mark.allow_warnings
def test_log_file_never_holds_a_token(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    log_file = tmp_path / "logs" / "companion.log"
    setup_logging(log_file)
    log = logging.getLogger("companion.test")
    log.info("sending with headers %s", {"Authorization": "Bearer TOPSECRET123456"})
    try:
        raise ValueError("token=TOPSECRET123456")
    except ValueError:
        log.exception("failed")
    for h in logging.getLogger().handlers:
        h.flush()
    content = log_file.read_text()
    assert "TOPSECRET123456" not in caplog.text
    assert "sending with headers" in content
    assert "TOPSECRET123456" not in content
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_companion", False):
            root.removeHandler(h)
            h.close()
