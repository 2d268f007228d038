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
RUN_TIMEOUT = 110

#: the instant each run starts at, and the countdown text it must show
RUNS = {
    # two hours before the start: the figure ticks ("01:59:5x")
    "en": "2018-03-14T22:00:05Z",
    # after the day (no next edition): "Thank you for taking part" in Swahili
    "sw": "2018-03-17T12:00:00Z",
}
#: the dialogs the walk opens after the areas (Settings, the keyboard shortcuts, About)
DIALOGS = (*(f"settings-{n}" for n in range(1, 7)), "shortcuts", "about")
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
  --dialog "settings:6=ctrl+comma" --dialog "shortcuts=F1" --dialog "about=$ABOUT_KEYS"
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
        posts = [
            Post(
                uri="https://mastodon.example/@amina/1",
                network="mastodon",
                author=Author("Amina Juma", "amina@mastodon.example"),
                created_at=at - timedelta(minutes=5),
                html="<p>Gold panning at Geita this morning #shareASM</p>",
                text="Gold panning at Geita this morning #shareASM",
                media=(
                    Media("image", alt="Two miners wash gravel in a pan"),
                    Media("image", alt="A scale weighing gold dust"),
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
    assert data.get("opened", True), f"[{report['lang']}] {area} did not open ({data['keys']})"
    return data


# -- the checks --------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("area", AREAS + DIALOGS)
def test_every_visible_text_is_in_the_tree(report: dict[str, Any], area: str) -> None:
    data = opened(report, area)
    heard = [norm(spoken(o)) for o in data["window"]]
    missing = []
    for shown in data["shown"]:
        if not re.search(r"\w", shown["text"]):
            continue  # a symbol ("★") is decoration; its column or button has a real name
        text = norm(shown["text"])
        if not any(text in h for h in heard):
            missing.append(f"{shown['cls']}: {shown['text']!r}")
    assert not missing, f"[{report['lang']}] shown but not in the AT-SPI tree:\n" + "\n".join(
        missing
    )


@pytest.mark.slow
@pytest.mark.parametrize("area", AREAS + DIALOGS)
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
@pytest.mark.parametrize("area", AREAS + DIALOGS)
def test_tab_reaches_every_control_in_order(report: dict[str, Any], area: str) -> None:
    data = opened(report, area)
    first = data["first_focus"]
    assert first is not None, f"[{report['lang']}] Ctrl+N left no focus in {area}"
    assert first["role"] in INTERACTIVE | {"list item", "page tab"} and first["name"], (
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
    if len(controls) == 1 and (first["role"], first["name"]) == (
        controls[0]["role"],
        controls[0]["name"],
    ):
        stuck = []  # one control (a message box's OK): Tab has nowhere else to go
        order = []
    assert not stuck, f"[{report['lang']}] Tab did not move the focus in {area}: " + " → ".join(
        orca_line(o) for o in order
    )
    # reading order: in one row (same top edge) Tab never jumps back to the left
    backwards = [
        f"{orca_line(a)} → {orca_line(b)}"
        for a, b in itertools.pairwise(order)
        if a["extents"]
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
