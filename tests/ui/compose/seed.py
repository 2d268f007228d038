"""Seed a data folder with accounts, a long draft, a picture without alt text and
an outbox holding every state — for the screenshots and UI tests."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

from PIL import Image

from companion.core.accounts.model import Account, AccountRepository, AccountState, Network
from companion.core.compose.drafts import Draft, DraftImage, DraftStore
from companion.core.compose.outbox import Outbox, State
from companion.core.compose.x_counting import x_intent_url
from companion.core.services import CoreServices

LONG_TEXT = (
    "Today at the dialogue in Geita, artisanal miners, district officials and buyers sat "
    "at one table for the first time. Women who process ore spoke about mercury and the "
    "cost of clean equipment. A cooperative from Mwanza showed how shared licences cut "
    "the time to sell gold from weeks to days. Everyone agreed on one thing: fair access "
    "to formal markets matters more than new rules on paper. Next: a follow-up meeting "
    "with the Mining Commission in January, and a photobook of the day."
)


def accounts(core: CoreServices) -> list[Account]:
    repo = AccountRepository(core.db)
    made = [
        Account(
            "a-masto",
            Network.MASTODON,
            "https://mastodon.example",
            "@amina@mastodon.example",
            info={"max_characters": 500, "id": "1"},
        ),
        Account(
            "b-sky",
            Network.BLUESKY,
            "https://pds.example",
            "amina.bsky.social",
            info={"did": "did:plc:abc123"},
        ),
        Account("c-x", Network.X, "https://api.x.com", "@amina_asm"),
    ]
    for a in made:
        repo.save(a)
        core.credentials.set(a.id, json.dumps({"access_token": "t", "accessJwt": "t"}))
    return made


def picture(folder: Path) -> Path:
    img = Image.new("RGB", (640, 420), (190, 140, 70))
    for x in range(0, 640, 40):
        for y in range(0, 420, 40):
            img.paste((120, 90, 40), (x, y, x + 20, y + 20))
    path = folder / "site-visit.jpg"
    buf = io.BytesIO()
    img.save(buf, "JPEG")
    path.write_bytes(buf.getvalue())
    return path


def seed(core: CoreServices) -> Draft:
    made = accounts(core)
    store = DraftStore(core.db, core.clock.now)
    folder = core.paths.data
    pic = picture(folder)
    draft = Draft.new(LONG_TEXT, language="en", source="programme")
    draft.images = [DraftImage(str(pic), "")]
    draft.targets = [a.id for a in made]
    store.save(draft)
    outbox = Outbox(core.db, folder / "outbox-media")
    now = core.clock.now()
    states = [
        (State.QUEUED, "Waiting for a connection: dialogue notes from Tarkwa", "", ""),
        (State.SENDING, "Sending now: photo of the women's processing group", "", ""),
        (
            State.SENT,
            "Sent: opening session with the district officer",
            "https://mastodon.example/@amina/1",
            "",
        ),
        (
            State.FAILED,
            "Failed: a post the server refused",
            "",
            "mastodon.example: the server answered 422 (Validation failed).",
        ),
        (
            State.NEEDS_LOGIN,
            "Needs login: Bluesky thread about licences",
            "",
            "amina.bsky.social: the login has expired. Open Accounts and log in again.",
        ),
        (State.SCHEDULED, "Scheduled: join the closing panel at 16:00", "", ""),
    ]
    for n, (state, text, link, error) in enumerate(states):
        d = store.save(Draft.new(text))
        account = made[1] if "Bluesky" in text or n % 2 else made[0]
        (item_id,) = outbox.enqueue(d, [account], "shareASM", now)
        outbox.finish(item_id, state, now, link=link, error=error)
        if state is State.SENT:
            outbox.part_sent(item_id, 0, remote_id="1", url=link)
        if state is State.SCHEDULED:
            core.db.execute(
                "UPDATE compose_outbox SET post_at = ? WHERE id = ?",
                ((now + timedelta(hours=3)).isoformat(), item_id),
            )
    # X without posting rights: a thread ready for the user on the X website
    d = store.save(Draft.new("Ready on X: " + LONG_TEXT))
    (x_id,) = outbox.enqueue(d, [made[2]], "shareASM", now)
    x_item = outbox.get(x_id)
    assert x_item is not None
    outbox.hand_off(x_id, now, link=x_intent_url(x_item.parts[0].text))
    core.db.execute(
        "UPDATE accounts SET state = ? WHERE id = 'b-sky'", (AccountState.CONNECTED.value,)
    )
    return store.get(draft.id) or draft


def main() -> int:
    """``python -m tests.ui.compose.seed DATA_DIR``: seed a folder for screenshots."""
    import sys

    from companion.core.accounts.credentials import MemoryCredentialStore
    from companion.core.paths import Paths

    core = CoreServices.open(
        Paths.for_data_dir(Path(sys.argv[1])), credentials=MemoryCredentialStore()
    )
    try:
        seed(core)
    finally:
        core.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
