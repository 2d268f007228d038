"""What a screen reader hears: the real app under Xvfb, read through AT-SPI (issue 21).

The app (``atspi_app.py``, the real ``companion.cli.main`` plus a read-only probe that
says what the screen shows) runs with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on the
xcb platform in a private D-Bus session with the accessibility bus
(``at-spi-bus-launcher``). ``atspi_walk.py`` runs under the system Python (``gi`` with
``Atspi``), switches areas with Ctrl+1…5, reads the tree Orca reads, presses Tab round
each area and records announcements. The checks, in English and Swahili:

- every text the screen shows is in the tree (name, description or text);
- every enabled interactive object has a name, and not just its value;
- Tab reaches every enabled control of the area, with no trap, starting at the area's
  first control (not at a scroll area);
- the countdown announces at most once a minute by itself, and on demand.

Without AT-SPI on the machine the test skips locally and FAILS in CI (``CI`` set).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
AREAS = ("countdown", "live", "compose", "library", "accounts")
#: the shortcut of "Say time left" in the countdown area
SAY_KEY = "ctrl+shift+t"
#: how long the walker keeps watching the countdown for announcements (s)
COUNTDOWN_WAIT = 4.0
#: one run (start, five areas, Tab rounds) must stay well inside this (s)
RUN_TIMEOUT = 240

#: the instant each run starts at, and the countdown text it must show
RUNS = {
    # two hours before the start: the figure ticks ("01:59:5x")
    "en": "2018-03-14T22:00:05Z",
    # after the day (no next edition): "Thank you for taking part" in Swahili
    "sw": "2018-03-17T12:00:00Z",
}
#: pages of areas the walk opens after the areas (steps: see atspi_walk.steps)
VIEWS = {
    # the Compose area's second tab
    "outbox": {"en": "ctrl+3 @Outbox", "sw": "ctrl+3 @Kikasha_toezi"},
    # the Live view's state of each source ("Details" under the connection state)
    "sources": {"en": "ctrl+2 @Details", "sw": "ctrl+2 @Maelezo"},
    # the sample photobook, opened from the Library (it is the first, selected item)
    "photobook": {"en": "ctrl+4 @Open", "sw": "ctrl+4 @Fungua"},
}
#: the dialogs the walk opens after the areas (Settings, the keyboard shortcuts, About,
#: the media viewer on the first post's pictures, adding a Mastodon account, the
#: photobook's full-screen presentation)
DIALOGS = (
    *(f"settings-{n}" for n in range(1, 7)),
    "shortcuts",
    "about",
    "media",
    "mastodon",
    "presentation",
)
MORE_DIALOGS = {
    "media": {"en": "ctrl+2 !Amina @Pictures", "sw": "ctrl+2 !Amina @Picha"},
    "mastodon": {"en": "ctrl+5 @Add_Mastodon…", "sw": "ctrl+5 @Ongeza_Mastodon…"},
    # the open photobook's "Present" button
    "presentation": {"en": "ctrl+4 @Present", "sw": "ctrl+4 @Wasilisha"},
}
#: Help menu (its mnemonic in each language), then its second entry, "About…"
ABOUT_KEYS = {"en": "alt+h Down Return", "sw": "alt+s Down Return"}
#: the Library's "Update pack" button: without a pack address it says so (announced)
UPDATE_PACK = {"en": "Update pack", "sw": "Sasisha kifurushi"}

INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "list",
    "tree",
    "tree table",
    "table",
    "page tab list",
    "link",
}


def find_launcher() -> str | None:
    """at-spi-bus-launcher, looked for where .ci/run looks (scripts/atspi_launcher.sh)."""
    found = subprocess.run(
        ["bash", str(ROOT / "scripts" / "atspi_launcher.sh")],
        capture_output=True,
        text=True,
        check=False,
    )
    path = found.stdout.strip()
    return path if found.returncode == 0 and path else None


def missing_tools() -> list[str]:
    tools = ("xdotool", "Xvfb", "xvfb-run", "dbus-run-session")
    missing = [t for t in tools if not shutil.which(t)]
    if find_launcher() is None:
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        missing.append("gi with Atspi for /usr/bin/python3 (python3-gi, gir1.2-atspi-2.0)")
    return missing


SESSION = r"""
set -u
launcher="$1"; shift
MORE_ARGS=("$@")
"$launcher" --launch-immediately >/dev/null 2>&1 &
bus=$!
if command -v gnome-keyring-daemon >/dev/null; then
  echo -n companion-test \
    | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
fi
sleep 0.3
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 \
  "$APP_PYTHON" "$HERE/atspi_app.py" "$PROBE" -- --data-dir "$DATA" --lang "$LANG_CODE" \
  --now "$NOW" >"$PROBE/app.log" 2>&1 &
app=$!
"$SYSTEM_PYTHON" "$HERE/atspi_walk.py" --probe "$PROBE" --out "$OUT" \
  --say-key "$SAY_KEY" --countdown-wait "$COUNTDOWN_WAIT" --press "library=$UPDATE_PACK" \
  --dialog "settings:6=ctrl+comma" --dialog "shortcuts=F1" --dialog "about=$ABOUT_KEYS" \
  "${MORE_ARGS[@]}"
code=$?
kill "$app" 2>/dev/null; wait "$app" 2>/dev/null
kill "$bus" 2>/dev/null
exit $code
"""


def seed_posts(data: Path, now: str) -> None:
    """Three saved posts for the Live list: pictures with alt text, a content warning,
    a repost (the app opens offline and shows the saved posts)."""
    from datetime import timedelta

    from companion.core.accounts.credentials import MemoryCredentialStore
    from companion.core.clock import parse_instant
    from companion.core.live.model import Author, Media, Post
    from companion.core.live.store import PostStore
    from companion.core.paths import Paths
    from companion.core.services import CoreServices

    at = parse_instant(now)
    paths = Paths.for_data_dir(data)
    paths.ensure()
    core = CoreServices.open(paths, credentials=MemoryCredentialStore())
    try:
        # nothing leaves the machine: no connectivity check, one Mastodon "server" on
        # a loopback port nothing listens on (the Live view then works from the saved
        # posts, as it does offline), no Bluesky
        core.settings.general.connectivity_check_url = ""
        core.settings.live.mastodon_instances = ["https://127.0.0.1:9"]
        core.settings.live.bluesky_enabled = False
        core.save_settings()
        posts = [
            Post(
                uri="https://mastodon.example/@amina/1",
                network="mastodon",
                author=Author("Amina Juma", "amina@mastodon.example"),
                created_at=at - timedelta(minutes=5),
                html="<p>Gold panning at Geita this morning #shareASM</p>",
                text="Gold panning at Geita this morning #shareASM",
                media=(
                    # nothing answers there: the viewer shows the alt text
                    Media(
                        "image", "http://127.0.0.1:9/pan.jpg", alt="Two miners wash gravel in a pan"
                    ),
                    Media(
                        "image", "http://127.0.0.1:9/scale.jpg", alt="A scale weighing gold dust"
                    ),
                ),
                tags=("shareASM",),
            ),
            Post(
                uri="at://did:plc:kofi/post/2",
                network="bluesky",
                author=Author("Kofi Mensah", "kofi.bsky.social"),
                created_at=at - timedelta(minutes=9),
                html="<p>Mercury levels near the river are high.</p>",
                text="Mercury levels near the river are high.",
                content_warning="health",
            ),
            Post(
                uri="https://mastodon.example/@iied/3",
                network="mastodon",
                author=Author("IIED", "iied@mastodon.example"),
                created_at=at - timedelta(minutes=20),
                html="<p>Welcome to the third #shareASM day</p>",
                text="Welcome to the third #shareASM day",
                reposted_by="amina@mastodon.example",
            ),
        ]
        PostStore(core.db).save(posts, at)
    finally:
        core.close()


def app_log_of(probe: Path) -> str:
    log = probe / "app.log"
    return log.read_text(errors="replace") if log.exists() else ""


def run_session(lang: str, tmp: Path) -> dict[str, Any]:
    launcher = find_launcher()
    assert launcher is not None
    probe, data = tmp / "probe", tmp / "data"
    probe.mkdir()
    data.mkdir()
    seed_posts(data, RUNS[lang])
    out = tmp / "report.json"
    run_dir = tmp / "run"
    run_dir.mkdir(mode=0o700)
    env = {
        **os.environ,
        "APP_PYTHON": sys.executable,
        "SYSTEM_PYTHON": SYSTEM_PYTHON,
        "HERE": str(HERE),
        "PROBE": str(probe),
        "DATA": str(data),
        "OUT": str(out),
        "LANG_CODE": lang,
        "NOW": RUNS[lang],
        "SAY_KEY": SAY_KEY,
        "UPDATE_PACK": UPDATE_PACK[lang],
        "ABOUT_KEYS": ABOUT_KEYS[lang],
        "COUNTDOWN_WAIT": str(COUNTDOWN_WAIT),
        "XDG_RUNTIME_DIR": str(run_dir),
        "XDG_DATA_HOME": str(tmp / "xdg-data"),
        "XDG_CONFIG_HOME": str(tmp / "xdg-config"),
        "XDG_CACHE_HOME": str(tmp / "xdg-cache"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    cmd = [
        "dbus-run-session",
        "--",
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1280x800x24",
        "bash",
        "-c",
        SESSION,
        "bash",
        launcher,
        *(f"--view={name}={keys[lang]}" for name, keys in VIEWS.items()),
        *(f"--dialog={name}={keys[lang]}" for name, keys in MORE_DIALOGS.items()),
    ]
    started = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        env=env,
        cwd=ROOT,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        output, _ = proc.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        output, _ = proc.communicate()
        pytest.fail(
            f"the AT-SPI run took over {RUN_TIMEOUT} s\n"
            f"{output.decode(errors='replace')[-3000:]}\n{app_log_of(probe)[-2000:]}"
        )
    app_log = app_log_of(probe)
    assert proc.returncode == 0 and out.exists(), (
        f"the AT-SPI walk failed ({proc.returncode}):\n"
        f"{output.decode(errors='replace')[-4000:]}\napp log:\n{app_log[-3000:]}"
    )
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    report["seconds"] = round(time.monotonic() - started, 1)
    keep = os.environ.get("COMPANION_ATSPI_REPORT")  # for a closer look by hand
    if keep:
        Path(f"{keep}.{lang}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return report


@pytest.fixture(scope="module", params=sorted(RUNS))
def report(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    if not sys.platform.startswith("linux"):
        pytest.skip("AT-SPI is the Linux desktop's accessibility bus")
    missing = missing_tools()
    if missing:
        reason = f"AT-SPI test needs: {', '.join(missing)} (scripts/bootstrap.sh installs them)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    lang = str(request.param)
    result = run_session(lang, tmp_path_factory.mktemp(f"atspi-{lang}"))
    result["lang"] = lang
    return result


# -- helpers -----------------------------------------------------------------------
def norm(text: str) -> str:
    """Compare modulo white space, digits (a ticking figure moves between reads) and
    the ellipsis and colon of "Open…" and "Language:" (not spoken)."""
    text = re.sub(r"[…:]", " ", text.replace("\u2028", " "))
    return re.sub(r"\d", "0", " ".join(text.split())).casefold()


def words(text: str) -> str:
    """:func:`norm` of the words: an arrow drawn on a button ("◀ Previous", "Zoom +")
    is decoration, its name says what it does."""
    return norm(re.sub(r"[^\w\s%]", " ", text))


def spoken(obj: dict[str, Any]) -> str:
    return " ".join(x for x in (obj["name"], obj["description"], obj["text"]) if x)


def interactive(obj: dict[str, Any]) -> bool:
    return (
        obj["role"] in INTERACTIVE
        and "showing" in obj["states"]
        and "enabled" in obj["states"]
        and "focusable" in obj["states"]
    )


def label_of(obj: dict[str, Any]) -> str:
    """The name Orca speaks: the labelled-by targets' names, else the object's name
    (on Linux Qt names a combo box by its value and labels it through the relation)."""
    relations = obj.get("relations", [])
    labels = [t for r in relations if r["type"] == "labelled-by" for t in r["targets"]]
    return " ".join(t for t in labels if t) or obj["name"]


def value_of(obj: dict[str, Any]) -> str:
    value = obj.get("value")
    if obj["role"] in ("text", "entry", "password text"):
        return ""  # a text field's name is its label; its text is its value
    return "" if value is None else str(value)


def orca_line(obj: dict[str, Any]) -> str:
    """Roughly what Orca says on focus: name, role, value, description."""
    parts = [label_of(obj), obj.get("role", "")]
    value = value_of(obj)
    if value and value != obj["name"]:
        parts.append(value)
    if obj["description"]:
        parts.append(obj["description"])
    return ", ".join(p for p in parts if p)


def opened(report: dict[str, Any], area: str) -> dict[str, Any]:
    """The walk's record of an area or a dialog (which must have opened)."""
    data: dict[str, Any] = report["areas"][area]
    assert data.get("opened", True), (
        f"[{report['lang']}] {area} did not open ({data['keys']}): "
        f"{ {k: v for k, v in data.items() if k in ('failed', 'app_saw', 'windows')} }"
    )
    return data


# -- the checks --------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("area", AREAS + tuple(VIEWS) + DIALOGS)
def test_every_visible_text_is_in_the_tree(report: dict[str, Any], area: str) -> None:
    data = opened(report, area)
    heard = [words(spoken(o)) for o in data["window"]]
    missing = []
    for shown in data["shown"]:
        if not re.search(r"\w", shown["text"]):
            continue  # a symbol ("★") is decoration; its column or button has a real name
        text = words(shown["text"])
        if not any(text in h for h in heard):
            missing.append(f"{shown['cls']}: {shown['text']!r}")
    assert not missing, f"[{report['lang']}] shown but not in the AT-SPI tree:\n" + "\n".join(
        missing
    )


@pytest.mark.slow
@pytest.mark.parametrize("area", AREAS + tuple(VIEWS) + DIALOGS)
def test_every_control_has_a_name_that_is_not_its_value(report: dict[str, Any], area: str) -> None:
    data = opened(report, area)
    bad = []
    for obj in data["area"]:
        if not interactive(obj):
            continue
        name = label_of(obj).strip()
        if not name:
            bad.append(f"unnamed {obj['role']} at {obj['path']}")
        elif value_of(obj) and name == value_of(obj).strip():
            bad.append(f"{obj['role']} named by its value {name!r} at {obj['path']}")
    assert not bad, f"[{report['lang']}] " + "\n".join(bad)


@pytest.mark.slow
@pytest.mark.parametrize("area", AREAS + tuple(VIEWS) + DIALOGS)
def test_tab_reaches_every_control_in_order(report: dict[str, Any], area: str) -> None:
    data = opened(report, area)
    first = data["first_focus"]
    assert first is not None, f"[{report['lang']}] Ctrl+N left no focus in {area}"
    assert first["role"] in INTERACTIVE | {"list item", "page tab", "filler"} and first["name"], (
        f"[{report['lang']}] Ctrl+N put the focus on {first['role']} {first['name']!r}"
    )
    order = data["tab_order"]
    reached = {(o["role"], o["name"]) for o in [first, *order]}
    # items in a list/table carry the list's focus; count the list as reached
    for o in [first, *order]:
        if o["role"] in ("list item", "table cell", "tree item"):
            reached.add(("*item", ""))
    assert len(order) < 60, f"[{report['lang']}] Tab never came back round in {area}"
    stuck = [o for o in order if o["name"] == "(no focus change)"]
    controls = [o for o in data["area"] if interactive(o)]
    others = [c for c in controls if (c["role"], c["name"]) != (first["role"], first["name"])]
    if not others:
        # one control (a message box's OK, the presented page): Tab has nowhere to go
        stuck = []
        order = []
    assert not stuck, f"[{report['lang']}] Tab did not move the focus in {area}: " + " → ".join(
        orca_line(o) for o in order
    )
    # reading order: in one row (same top edge) Tab never jumps back to the left
    mine = {(o["role"], o["name"]) for o in data["area"]}
    backwards = [
        f"{orca_line(a)} → {orca_line(b)}"
        for a, b in itertools.pairwise(order)
        # from the area's last control to the sidebar is going round, not back
        if (b["role"], b["name"]) in mine
        and a["extents"]
        and b["extents"]
        and abs(a["extents"][1] - b["extents"][1]) <= 3
        and b["extents"][0] < a["extents"][0]
    ]
    assert not backwards, f"[{report['lang']}] Tab goes back left in a row: {backwards}"
    if first["role"] == "page tab":  # a tab chosen with the arrows: its tab bar
        reached.add(("page tab list", first["name"]))
    # an editable combo box's text field: Tab gives the focus to the combo box
    combos = [o["path"] + "/" for o in data["area"] if o["role"] == "combo box"]
    missed = []
    for obj in data["area"]:
        if not interactive(obj) or obj["path"].startswith(tuple(combos)):
            continue
        if (obj["role"], obj["name"]) in reached:
            continue
        if obj["role"] in ("list", "tree", "table", "tree table") and ("*item", "") in reached:
            continue
        missed.append(f"{obj['role']} {obj['name']!r}")
    assert not missed, (
        f"[{report['lang']}] Tab never reaches in {area}:\n"
        + "\n".join(missed)
        + "\norder: "
        + " → ".join(orca_line(o) for o in order)
    )


@pytest.mark.slow
def test_countdown_announces_at_most_once_a_minute(report: dict[str, Any]) -> None:
    data = report["areas"]["countdown"]
    on_demand = data.get("on_demand", [])
    assert len(on_demand) == 1, f"[{report['lang']}] Say time left: {on_demand}"
    automatic = [
        a
        for a in report["announcements"]
        if a not in on_demand and data["started"] <= a["t"] <= data["ended"]
    ]
    minutes = (data["ended"] - data["started"]) / 60
    assert len(automatic) <= 1 + int(minutes), automatic
    said = norm(on_demand[0]["text"])
    assert any(o["name"] and norm(o["name"]) in said for o in data["area"]), on_demand


@pytest.mark.slow
def test_run_is_bounded(report: dict[str, Any]) -> None:
    assert report["seconds"] < RUN_TIMEOUT


@pytest.mark.slow
def test_tab_into_the_posts_focuses_a_post(report: dict[str, Any]) -> None:
    order = report["areas"]["live"]["tab_order"]
    roles = [o["role"] for o in order]
    assert "list item" in roles, f"[{report['lang']}] {[orca_line(o) for o in order]}"
    post = order[roles.index("list item")]
    # who, where, when and the text, and the pictures' alt text as description
    assert "Amina Juma" in post["name"] and "Mastodon" in post["name"], post["name"]
    assert "Geita" in post["name"] and "Two miners" in post["description"], post


@pytest.mark.slow
def test_status_messages_are_announced(report: dict[str, Any]) -> None:
    pressed = report["areas"]["library"]["pressed"][UPDATE_PACK[report["lang"]]]
    assert pressed["found"], f"[{report['lang']}] no {UPDATE_PACK[report['lang']]!r} button"
    said = [a["text"] for a in pressed["announcements"]]
    assert any("pack" in t.casefold() or "kifurushi" in t.casefold() for t in said), said


#: roles a screen reader treats as text it can walk through (not a "label" blob)
TEXT_ROLES = {"text", "document text", "document web", "document frame", "entry"}


@pytest.mark.slow
def test_the_reading_pane_is_text_with_the_post(report: dict[str, Any]) -> None:
    """Tab from the current post reaches the reading pane: a read-only text object
    (not a "label", as a QTextBrowser is) whose text is the selected post's."""
    lang = report["lang"]
    order = report["areas"]["live"]["tab_order"]
    roles = [o["role"] for o in order]
    assert "list item" in roles, f"[{lang}] {[orca_line(o) for o in order]}"
    after = order[roles.index("list item") + 1 :]
    panes = [o for o in after if "Text" in o.get("interfaces", []) and "Geita" in o["text"]]
    assert panes, f"[{lang}] {[orca_line(o) for o in order]}"
    pane = panes[0]
    assert pane["role"] in TEXT_ROLES, f"[{lang}] the reading pane is a {pane['role']!r}"
    assert pane is after[0], f"[{lang}] Tab from the post goes to {orca_line(after[0])}"
    assert pane["name"] == {"en": "Selected post", "sw": "Chapisho lililochaguliwa"}[lang]
    assert "read-only" in pane["states"] and "editable" not in pane["states"], pane["states"]
    assert "focusable" in pane["states"], pane["states"]
    # the selected post: who wrote it, the text, the pictures' alt text
    assert "Amina Juma" in pane["text"] and "Gold panning at Geita" in pane["text"], pane
    assert "Two miners wash gravel in a pan" in pane["text"], pane
    assert "Geita" not in pane["description"], "the post is not said twice"


#: after the day (the Swahili run): "More about the day", shown under the figure
MORE_ABOUT = {"sw": "Zaidi kuhusu siku hii"}
WRITE_A_POST = {"en": "Write a post", "sw": "Andika chapisho"}


@pytest.mark.slow
def test_countdown_links_once_and_in_page_order(report: dict[str, Any]) -> None:
    """Each link is one button (not also a label's link), and Tab meets "More about the
    day" where it stands, under the figure, before the buttons below it."""
    lang = report["lang"]
    data = report["areas"]["countdown"]
    order = [data["first_focus"], *data["tab_order"]]
    names = [o["name"] for o in order]
    links = [o["name"] for o in data["area"] if o["description"].startswith(("http", "mailto"))]
    assert links and len(links) == len(set(links)), f"[{lang}] links twice: {links}"
    if lang not in MORE_ABOUT:
        return
    more = [i for i, n in enumerate(names) if n.startswith(MORE_ABOUT[lang])]
    assert len(more) == 1, f"[{lang}] {names}"
    assert more[0] < names.index(WRITE_A_POST[lang]), f"[{lang}] Tab order: {names}"


@pytest.mark.slow
@pytest.mark.parametrize("area", AREAS)
def test_the_sidebar_marks_the_current_area_selected(report: dict[str, Any], area: str) -> None:
    """The rail's highlight is the list's selection: Orca hears the current area as the
    selected item of "Areas"."""
    objs = report["areas"][area]["window"]
    lists = [o for o in objs if o["role"] == "list" and o["description"] in SIDEBAR]
    assert len(lists) == 1, [o["name"] for o in objs if o["role"] == "list"]
    side = lists[0]
    items = [
        o
        for o in objs
        if o["role"] == "list item"
        and o["path"].startswith(side["path"] + "/")
        and o["depth"] == side["depth"] + 1
    ]
    assert len(items) == len(AREAS), items
    selected = [i for i, o in enumerate(items) if "selected" in o["states"]]
    assert selected == [AREAS.index(area)], [(o["name"], o["states"]) for o in items]


#: the sidebar's description, "Choose what to show"
SIDEBAR = {"Choose what to show", "Chagua cha kuonyesha"}

#: every run's report, for the checks that compare the languages (en runs first)
REPORTS: dict[str, dict[str, Any]] = {}


def everything(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Every object read in every area, page and dialog of a run."""
    return [o for d in report["areas"].values() if d.get("opened", True) for o in d["window"]]


#: what the countdown shows in each run: the event's title and the figure
COUNTDOWN = {
    "en": ("#shareASM digital day 2018", r"^01:59:\d\d$"),
    "sw": ("Siku ya kidijitali ya #shareASM 2018", r"^Asante kwa kushiriki$"),
}


@pytest.mark.slow
def test_the_countdown_is_read_as_shown(report: dict[str, Any]) -> None:
    """The title and the figure are labels named by what they show ("01:59:53", "Thank
    you for taking part"); "Time remaining" is only their description."""
    lang = report["lang"]
    title, figure = COUNTDOWN[lang]
    labels = [o for o in report["areas"]["countdown"]["area"] if o["role"] == "label"]
    assert any(o["name"] == title for o in labels), [o["name"] for o in labels]
    figures = [o for o in labels if re.match(figure, o["name"])]
    assert len(figures) == 1, [o["name"] for o in labels]
    assert figures[0]["description"] == {"en": "Time remaining", "sw": "Muda uliobaki"}[lang]


@pytest.mark.slow
def test_countdown_announcements_are_polite(report: dict[str, Any]) -> None:
    """Only "Say time left" may interrupt (assertive); the countdown's own
    announcements, and every other status message, are polite."""
    on_demand = report["areas"]["countdown"].get("on_demand", [])
    rude = [a for a in report["announcements"] if a not in on_demand and a["politeness"] != 1]
    assert not rude, f"[{report['lang']}] {rude}"


#: the Live view's connection state (the app opens offline) and its sources' summary
LIVE_STATE = {
    "en": ("1 source unreachable", "sources answering"),
    "sw": ("Chanzo 1 hakifikiki", "vinajibu"),
}


@pytest.mark.slow
def test_live_states_and_posts_are_read_as_shown(report: dict[str, Any]) -> None:
    """The connection and sources states are labels named by their text; each post is
    a list item with who, network, time, "reposted by", the content-warning marker (the
    text hidden behind it) and the number of pictures."""
    lang = report["lang"]
    objs = report["areas"]["live"]["area"]
    state, sources = LIVE_STATE[lang]
    labels = [o["name"] for o in objs if o["role"] == "label"]
    assert any(n.startswith(state) for n in labels), labels
    assert any(sources in n for n in labels), labels
    items = {o["name"].split(" (")[0]: o for o in objs if o["role"] == "list item"}
    assert set(items) >= {"Amina Juma", "Kofi Mensah", "IIED"}, list(items)
    on = {"en": "on", "sw": "kwenye"}[lang]
    for who, network in (("Amina Juma", "Mastodon"), ("Kofi Mensah", "Bluesky")):
        assert f" {on} {network}, " in items[who]["name"], items[who]["name"]
        assert re.search(r", \d+ \w+ \d\d:\d\d\.", items[who]["name"]), items[who]["name"]
    amina = items["Amina Juma"]
    assert re.search({"en": r"2 pictures$", "sw": r"picha 2$"}[lang], amina["name"]), amina
    assert "A scale weighing gold dust" in amina["description"], amina
    kofi = items["Kofi Mensah"]["name"]
    assert "health" in kofi and "Mercury" not in kofi, kofi
    repost = {"en": "Reposted by @amina", "sw": "Imeshirikiwa upya na @amina"}[lang]
    assert repost in items["IIED"]["name"], items["IIED"]["name"]


@pytest.mark.slow
@pytest.mark.parametrize("area", AREAS + tuple(VIEWS) + DIALOGS)
def test_tab_into_a_list_focuses_its_item(report: dict[str, Any], area: str) -> None:
    """A list with items that Tab reaches gives the focus to its current item, so a
    screen reader reads the item, not only "Posts, list"."""
    data = opened(report, area)
    with_items = {
        o["path"]
        for o in data["window"]
        if o["role"] in ("list", "tree", "table")
        and any(
            c["role"] in ("list item", "tree item", "table cell")
            for c in data["window"]
            if c["path"].startswith(o["path"] + "/") and c["depth"] == o["depth"] + 1
        )
    }
    named = {o["path"]: o["name"] for o in data["window"] if o["path"] in with_items}
    bare = [
        o["name"]
        for o in [data["first_focus"] or {}, *data["tab_order"]]
        if o.get("role") in ("list", "tree", "table") and o["name"] in named.values()
    ]
    assert not bare, f"[{report['lang']}] Tab into {bare} focuses the list, not its item"


#: strings the same in both languages because they are data, names or addresses
SAME_IN_SWAHILI = re.compile(
    r"^(?:@|https?:|mailto:|[\w.+-]+@[\w.-]+$|shareASM Companion$|IIED|First #shareASM"
    r"|Second #shareASM|Amina|Kofi|SAMPLE|Africa/|Accra$|Antananarivo$|Dar es Salaam$"
    r"|Manaus$|Mastodon$|Bluesky$|X$|OK$|Hashtag:$|\d|[^\w]*$"
    # the posts' alt text, the placeholder of a server address
    r"|Two miners|A scale weighing|mastodon\.social$)"
)


@pytest.mark.slow
def test_nothing_is_read_in_english_in_swahili(report: dict[str, Any]) -> None:
    """Every name, description and text the Swahili run exposes that the English run
    exposes word for word is data (a name, an address), not an untranslated string."""
    REPORTS[report["lang"]] = report
    if report["lang"] != "sw" or "en" not in REPORTS:
        return
    english = {o[k] for o in everything(REPORTS["en"]) for k in ("name", "description") if o[k]}
    same = sorted(
        {
            o[k]
            for o in everything(report)
            for k in ("name", "description")
            if o[k] in english
            and re.search(r"[A-Za-z]{3}", o[k])
            and not SAME_IN_SWAHILI.match(o[k])
        }
    )
    assert not same, "read in English in the Swahili run:\n" + "\n".join(same)


#: controls a keyboard user presses (a screen reader user has no mouse)
PRESSED = {"push button", "toggle button", "check box", "radio button", "combo box"}


@pytest.mark.slow
@pytest.mark.parametrize("area", AREAS + tuple(VIEWS) + DIALOGS)
def test_every_button_takes_the_keyboard_focus(report: dict[str, Any], area: str) -> None:
    """An enabled button that never takes the focus cannot be reached by Tab: a blind
    user cannot press it (a key that does the same is no help if nothing says so)."""
    data = opened(report, area)
    stranded = [
        f"{o['role']} {o['name']!r}"
        for o in data["area"]
        if o["role"] in PRESSED
        and "showing" in o["states"]
        and "enabled" in o["states"]
        and "focusable" not in o["states"]
    ]
    assert not stranded, f"[{report['lang']}] never reached by Tab in {area}: {stranded}"


#: the Compose editor's first field and the bar pinned below the editor
COMPOSE_ORDER = {
    "en": ("Post text", "Send to the outbox"),
    "sw": ("Maandishi ya chapisho", "Tuma kwenye kikasha toezi"),
}


@pytest.mark.slow
def test_compose_tab_order_is_reading_order(report: dict[str, Any]) -> None:
    """Tab goes down the editor (the post's text) before the bar pinned below it
    (Post at, Open on X, Send), not from the drafts straight to Send."""
    data = report["areas"]["compose"]
    names = [o["name"] for o in [data["first_focus"], *data["tab_order"]]]
    text, send = COMPOSE_ORDER[report["lang"]]
    assert text in names and send in names, names
    assert names.index(text) < names.index(send), names


#: arrows, shapes and signs drawn for the eye: Orca says "black left-pointing triangle"
DRAWN = re.compile("[\u2190-\u21ff\u25a0-\u25ff\u2600-\u26ff\u2700-\u27bf\u2b00-\u2bff★]")


@pytest.mark.slow
def test_names_leave_out_drawn_symbols(report: dict[str, Any]) -> None:
    """ "◀ Previous", "○ Offline", "EN ⇄ SW" are drawn for the eye; the names say the
    words ("Previous", "Offline")."""
    drawn = sorted({o["name"] for o in everything(report) if DRAWN.search(o["name"])})
    assert not drawn, f"[{report['lang']}] {drawn}"


@pytest.mark.slow
@pytest.mark.parametrize("area", AREAS + tuple(VIEWS) + DIALOGS)
def test_labels_are_named_by_what_they_show(report: dict[str, Any], area: str) -> None:
    """A label that shows information is named by (or has as text) what it shows; a
    custom name ("Caption", "Length for Mastodon") hides it, even when another object
    describes the same words."""
    data = opened(report, area)
    named = [words(f"{o['name']} {o['text']}") for o in data["window"]]
    hidden = [
        s["text"][:80]
        for s in data["shown"]
        if s["kind"] == "label"
        and re.search(r"\w", s["text"])
        and not any(words(s["text"]) in n for n in named)
    ]
    assert not hidden, f"[{report['lang']}] labels named otherwise than they show: {hidden}"


@pytest.mark.slow
@pytest.mark.parametrize("area", AREAS)
def test_shift_tab_goes_back_round_the_same_controls(report: dict[str, Any], area: str) -> None:
    """Shift+Tab comes back round too (no trap one way only), through the controls Tab
    reached, in the opposite order."""
    data = report["areas"][area]
    back = data["back_order"]
    assert len(back) < 60 and not any(o["name"] == "(no focus change)" for o in back), (
        f"[{report['lang']}] Shift+Tab in {area}: " + " → ".join(orca_line(o) for o in back)
    )
    forward = [(o["role"], o["name"]) for o in data["tab_order"]]
    backward = [(o["role"], o["name"]) for o in back]
    assert backward == forward[::-1], (
        f"[{report['lang']}] Tab: {[n for _, n in forward]}\nShift+Tab: {[n for _, n in backward]}"
    )
