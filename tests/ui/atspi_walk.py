#!/usr/bin/python3
"""Walks the running app through AT-SPI the way Orca reads it; writes a JSON report.

Runs under the *system* Python, which has ``gi`` with ``Atspi`` (Debian packages
``python3-gi`` and ``gir1.2-atspi-2.0``); the project's venv does not need PyGObject.
``tests/ui/test_atspi.py`` starts the app (``atspi_app.py``) and this script, then
checks the report. Keys are pressed with ``xdotool``.

For each area: press the area's shortcut (Ctrl+N), wait until it finished loading,
ask the app's probe what the screen shows, read every showing object of the window
(role, name, description, text, value, states, extents), press Tab until the focus
comes back to where it started (at most ``--tabs`` times), and record every
``object:announcement`` event the whole time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

#: roles of objects that are list/table members, not Tab stops of their own
ITEM_ROLES = {"list item", "table cell", "tree item", "menu item", "page tab", "table row"}
#: a list of posts can be long: read at most this many children of one object
MAX_CHILDREN = 60
MAX_OBJECTS = 1500


def pump(seconds: float) -> None:
    ctx = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while ctx.pending():
            ctx.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


class Events:
    """Focus changes and announcements, with the time they arrived."""

    def __init__(self) -> None:
        self.t0 = time.monotonic()
        self.focus: list[Any] = []
        self.announcements: list[dict[str, Any]] = []
        self._focus = Atspi.EventListener.new(self._on_focus)
        self._focus.register("object:state-changed:focused")
        self._announce = Atspi.EventListener.new(self._on_announce)
        self._announce.register("object:announcement")

    def _on_focus(self, event: Any) -> None:
        if event.detail1 == 1 and event.source is not None:
            self.focus.append(event.source)

    def _on_announce(self, event: Any) -> None:
        text = event.any_data if isinstance(event.any_data, str) else str(event.any_data)
        self.announcements.append(
            {
                "t": round(time.monotonic() - self.t0, 3),
                "text": text,
                "politeness": int(event.detail1),
                "source": safe(lambda: event.source.get_name(), ""),
            }
        )


def safe(fn: Any, default: Any = None) -> Any:
    try:
        return fn()
    except Exception:  # an object can vanish while we read it
        return default


def describe(obj: Any) -> dict[str, Any]:
    """Everything Orca would use of one object."""
    states = safe(obj.get_state_set)
    names = []
    if states is not None:
        for st in (
            "showing",
            "focusable",
            "focused",
            "enabled",
            "sensitive",
            "selected",
            "checked",
            "editable",
            "read-only",
            "expanded",
            "multi-line",
        ):
            kind = getattr(Atspi.StateType, st.upper().replace("-", "_"), None)
            if kind is not None and states.contains(kind):
                names.append(st)
    interfaces = safe(obj.get_interfaces, []) or []
    text = ""
    if "Text" in interfaces:
        count = safe(lambda: Atspi.Text.get_character_count(obj), 0) or 0
        text = safe(lambda: Atspi.Text.get_text(obj, 0, min(count, 4000)), "") or ""
    value = None
    if "Value" in interfaces:
        value = safe(lambda: Atspi.Value.get_current_value(obj))
    ext = safe(lambda: obj.get_extents(Atspi.CoordType.SCREEN))
    relations = []
    for rel in safe(obj.get_relation_set, []) or []:
        kind = safe(lambda r=rel: r.get_relation_type().value_nick, "")
        targets = [
            safe(lambda r=rel, i=i: r.get_target(i).get_name(), "")
            for i in range(safe(rel.get_n_targets, 0) or 0)
        ]
        relations.append({"type": kind, "targets": targets})
    return {
        "role": safe(obj.get_role_name, ""),
        "name": safe(obj.get_name, "") or "",
        "description": safe(obj.get_description, "") or "",
        "text": text,
        "value": value,
        "states": names,
        "interfaces": sorted(interfaces),
        "relations": relations,
        "extents": [ext.x, ext.y, ext.width, ext.height] if ext is not None else None,
        "children": safe(obj.get_child_count, 0) or 0,
    }


def key_of(d: dict[str, Any]) -> str:
    # not the extents: a scroll area moves its controls while Tab goes round
    return f"{d['role']}|{d['name']}|{d['description']}"


def walk(obj: Any, depth: int, path: str, out: list[dict[str, Any]]) -> None:
    if len(out) >= MAX_OBJECTS:
        return
    d = describe(obj)
    if "showing" not in d["states"] and depth > 1:
        return
    d["depth"], d["path"] = depth, path
    # the combo box's value is its selected entry (what Orca reads after the name)
    if d["role"] == "combo box":
        d["value"] = combo_value(obj)
    out.append(d)
    count = min(d["children"], MAX_CHILDREN)
    for i in range(count):
        child = safe(lambda i=i, o=obj: o.get_child_at_index(i))
        if child is not None:
            walk(child, depth + 1, f"{path}/{i}", out)


def combo_value(obj: Any) -> str:
    for i in range(safe(obj.get_child_count, 0) or 0):
        child = safe(lambda i=i, o=obj: o.get_child_at_index(i))
        if child is None:
            continue
        if "Selection" in (safe(child.get_interfaces, []) or []):
            sel = safe(lambda c=child: Atspi.Selection.get_selected_child(c, 0))
            if sel is not None:
                return safe(sel.get_name, "") or ""
        if "Text" in (safe(child.get_interfaces, []) or []):
            n = safe(lambda c=child: Atspi.Text.get_character_count(c), 0) or 0
            return safe(lambda c=child, n=n: Atspi.Text.get_text(c, 0, n), "") or ""
    return ""


class Probe:
    """Asks the app (``atspi_app.py``) what the screen shows."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.n = 0

    def ask(self, command: str, timeout: float = 10.0) -> dict[str, Any]:
        self.n += 1
        req = self.folder / f"req-{self.n:04d}"
        resp = self.folder / f"resp-{self.n:04d}.json"
        req.write_text(command, encoding="utf-8")
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if resp.exists():
                data: dict[str, Any] = json.loads(resp.read_text(encoding="utf-8"))
                return data
            pump(0.05)
        raise TimeoutError(f"the app did not answer {command!r}")


def find_app(name: str, timeout: float) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = safe(lambda i=i, d=desktop: d.get_child_at_index(i))
            if app is not None and name in (safe(app.get_name, "") or ""):
                for j in range(safe(app.get_child_count, 0) or 0):
                    frame = safe(lambda j=j, a=app: a.get_child_at_index(j))
                    if frame is not None and safe(frame.get_role_name) == "frame":
                        return app, frame
        pump(0.2)
    raise TimeoutError(f"no application {name!r} with a window on the AT-SPI bus")


def key(spec: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", spec], check=True, timeout=10)


def focused_after(events: Events, before: int, timeout: float) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        pump(0.03)
        if len(events.focus) > before:
            pump(0.15)  # take the last one of a burst (a list then its current item)
            return events.focus[-1]
    return None


#: roles a step ``@NAME`` may press
PRESSABLE = {"push button", "toggle button", "check box", "page tab"}


def find_named(root: Any, name: str) -> Any:
    todo = [root]
    while todo:
        obj = todo.pop(0)
        if safe(obj.get_role_name) in PRESSABLE and safe(obj.get_name) == name:
            states = safe(obj.get_state_set)
            if states is not None and states.contains(Atspi.StateType.SHOWING):
                return obj
        for i in range(min(safe(obj.get_child_count, 0) or 0, MAX_CHILDREN)):
            child = safe(lambda i=i, o=obj: o.get_child_at_index(i))
            if child is not None:
                todo.append(child)
    return None


def find_item(root: Any, prefix: str) -> Any:
    """The first showing list item whose name starts with ``prefix``."""
    todo = [root]
    while todo:
        obj = todo.pop(0)
        if safe(obj.get_role_name) == "list item" and (safe(obj.get_name, "") or "").startswith(
            prefix
        ):
            return obj
        for i in range(min(safe(obj.get_child_count, 0) or 0, MAX_CHILDREN)):
            child = safe(lambda i=i, o=obj: o.get_child_at_index(i))
            if child is not None:
                todo.append(child)
    return None


def steps(app: Any, spec: str) -> list[str]:
    """Do the steps of ``spec`` (space-separated): an xdotool key name; ``@NAME``
    presses the showing button (check box, tab) named NAME through AT-SPI; ``!PREFIX``
    clicks the showing list item whose name starts with PREFIX (``_`` stands for a
    space in both). Returns what could not be done."""
    failed = []
    for token in spec.split():
        if token[0] in "@!":
            name = token[1:].replace("_", " ")
            found = None
            for window in top_windows(app):
                states = safe(window.get_state_set)
                if states is None or not states.contains(Atspi.StateType.SHOWING):
                    continue
                found = find_named(window, name) if token[0] == "@" else find_item(window, name)
                if found is not None:
                    break
            if found is None:
                failed.append(token)
            elif token[0] == "@":
                safe(lambda t=found: Atspi.Action.do_action(t, 0))
            else:
                ext = safe(lambda t=found: t.get_extents(Atspi.CoordType.SCREEN))
                if ext is None:
                    failed.append(token)
                else:
                    x, y = ext.x + min(ext.width // 2, 40), ext.y + ext.height // 2
                    subprocess.run(
                        ["xdotool", "mousemove", str(x), str(y), "click", "1"],
                        check=True,
                        timeout=10,
                    )
        else:
            key(token)
        pump(0.4)
    return failed


def area_root(frame: Any) -> Any:
    """The showing child of the window's stack (the current area)."""
    todo = [frame]
    while todo:
        obj = todo.pop(0)
        if safe(obj.get_role_name) == "layered pane":
            for i in range(safe(obj.get_child_count, 0) or 0):
                child = safe(lambda i=i, o=obj: o.get_child_at_index(i))
                states = safe(child.get_state_set) if child is not None else None
                if states is not None and states.contains(Atspi.StateType.SHOWING):
                    return child
        for i in range(safe(obj.get_child_count, 0) or 0):
            child = safe(lambda i=i, o=obj: o.get_child_at_index(i))
            if child is not None:
                todo.append(child)
    return None


def focus_window(title: str) -> None:
    """Give the keyboard to the app's main window (at start, and after a dialog closed)."""
    subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", f"^{title}$", "windowfocus"],
        check=False,
        timeout=20,
        capture_output=True,
    )
    pump(0.5)


def tab_round(
    events: Events, first_d: dict[str, Any] | None, tabs: int, press: str = "Tab"
) -> list[dict[str, Any]]:
    """Press Tab (or ``press``: shift+Tab) until the focus comes back to the first
    control seen (at most ``tabs``)."""
    order: list[dict[str, Any]] = []
    seen_start = key_of(first_d) if first_d else None
    if first_d is not None and first_d["role"] == "page tab":
        # a tab chosen with the arrows: Tab comes back to its tab bar (named after it)
        seen_start = key_of({**first_d, "role": "page tab list", "description": ""})
    for _ in range(tabs):
        before = len(events.focus)
        key(press)
        obj = focused_after(events, before, 1.0)
        if obj is None:
            order.append(
                {"role": "", "name": "(no focus change)", "description": "", "extents": None}
            )
            if len(order) >= 3 and all(not o["role"] for o in order[-3:]):
                break
            continue
        d = describe(obj)
        if seen_start is None:
            seen_start = key_of(d)
        elif key_of(d) == seen_start or (
            first_d is not None and first_d["role"] == "page tab" and key_of(d) == key_of(first_d)
        ):
            break
        order.append(d)
    return order


def top_windows(app: Any) -> list[Any]:
    return [
        w
        for j in range(safe(app.get_child_count, 0) or 0)
        if (w := safe(lambda j=j, a=app: a.get_child_at_index(j))) is not None
    ]


def walk_dialog(
    app: Any, frame: Any, probe: Probe, events: Events, keys: str, tabs: int, pages: int
) -> list[dict[str, Any]]:
    """Open a dialog with ``keys`` (xdotool key names, space-separated), read it like an
    area (its tree, what it shows, a Tab round; each of its first ``pages`` tabs), then
    close it with Escape."""
    t_start = round(time.monotonic() - events.t0, 3)
    focus_window(safe(frame.get_name, ""))
    before = len(events.focus)
    failed = steps(app, keys)
    dialog = None
    shown: dict[str, Any] = {}
    end = time.monotonic() + 10
    while time.monotonic() < end and dialog is None:
        shown = probe.ask("dialog")
        if shown.get("dialog"):
            dialog = next(
                (
                    w
                    for w in top_windows(app)
                    if safe(w.get_name) != safe(frame.get_name)
                    # the photobook's presentation is a bare full-screen widget ("filler")
                    and safe(w.get_role_name) in ("dialog", "alert", "frame", "window", "filler")
                    and safe(lambda w=w: w.get_state_set().contains(Atspi.StateType.SHOWING))
                ),
                None,
            )
        pump(0.2)
    if dialog is None:
        windows = [
            f"{safe(w.get_role_name)} {safe(w.get_name)!r}"
            + (
                " showing"
                if safe(lambda w=w: w.get_state_set().contains(Atspi.StateType.SHOWING))
                else ""
            )
            for w in top_windows(app)
        ]
        return [
            {
                "opened": False,
                "started": t_start,
                "keys": keys,
                "failed": failed,
                "app_saw": shown,
                "windows": windows,
            }
        ]
    pump(0.5)
    first = focused_after(events, before, 1.0)
    records: list[dict[str, Any]] = []
    for page in range(pages):
        if page:
            # the Tab round ended where it began, on the tabs: the next tab, then read
            before = len(events.focus)
            key("Right")
            first = focused_after(events, before, 1.0) or first
            pump(0.5)
        first_d = describe(first) if first is not None else None
        shown = probe.ask("dialog")
        objs: list[dict[str, Any]] = []
        walk(dialog, 1, "dialog", objs)
        records.append(
            {
                "opened": True,
                "keys": keys,
                "started": t_start,
                "first_focus": first_d,
                "shown": shown.get("texts", []),
                "window": objs,
                "area": objs,
                "tab_order": tab_round(events, first_d, tabs),
            }
        )
    key("Escape")
    end = time.monotonic() + 5
    while time.monotonic() < end and probe.ask("dialog").get("dialog"):
        pump(0.2)
    for record in records:
        record["ended"] = round(time.monotonic() - events.t0, 3)
    return records


def walk_view(
    app: Any, frame: Any, probe: Probe, events: Events, keys: str, args: argparse.Namespace
) -> dict[str, Any]:
    """Do ``keys`` (see :func:`steps`) in the main window, then read the area that shows
    (a page of an area: the Compose outbox, an open photobook) like an area."""
    t_start = round(time.monotonic() - events.t0, 3)
    focus_window(args.window)
    before = len(events.focus)
    failed = steps(app, keys)
    end = time.monotonic() + args.timeout
    state: dict[str, Any] = {}
    while time.monotonic() < end:
        state = probe.ask("idle")
        if state.get("idle"):
            break
        pump(0.1)
    pump(0.6)
    first = focused_after(events, before, 1.0)
    first_d = describe(first) if first is not None else None
    shown = probe.ask("visible")
    window_objs: list[dict[str, Any]] = []
    walk(frame, 0, "", window_objs)
    root = area_root(frame)
    area_objs: list[dict[str, Any]] = []
    if root is not None:
        walk(root, 1, "area", area_objs)
    order = tab_round(events, first_d, args.tabs)
    return {
        "keys": keys,
        "failed": failed,
        "opened": not failed,
        "started": t_start,
        "ended": round(time.monotonic() - events.t0, 3),
        "first_focus": first_d,
        "shown": shown.get("texts", []),
        "window": window_objs,
        "area": area_objs,
        "tab_order": order,
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    probe = Probe(Path(args.probe))
    events = Events()
    app, frame = find_app(args.app, timeout=args.timeout)
    focus_window(args.window)
    report: dict[str, Any] = {"areas": {}, "announcements": events.announcements}
    for index, area in enumerate(args.areas.split(",")):
        t_start = round(time.monotonic() - events.t0, 3)
        before = len(events.focus)
        key(f"ctrl+{index + 1}")
        end = time.monotonic() + args.timeout
        state: dict[str, Any] = {}
        while time.monotonic() < end:
            state = probe.ask("idle")
            if state.get("area") == area and state.get("idle"):
                break
            pump(0.1)
        pump(0.6)
        first = focused_after(events, before, 1.0)
        first_d = describe(first) if first is not None else None
        shown = probe.ask("visible")
        window_objs: list[dict[str, Any]] = []
        walk(frame, 0, "", window_objs)
        root = area_root(frame)
        area_objs: list[dict[str, Any]] = []
        if root is not None:
            walk(root, 1, "area", area_objs)
        order = tab_round(events, first_d, args.tabs)
        # and back round with Shift+Tab (a trap may hold only one way)
        extra: dict[str, Any] = {"back_order": tab_round(events, first_d, args.tabs, "shift+Tab")}
        for spec in args.press:
            where, _, name = spec.partition("=")
            if where != area:
                continue
            n_before = len(events.announcements)
            target = find_named(root, name) if root is not None else None
            if target is not None:
                safe(lambda t=target: Atspi.Action.do_action(t, 0))
            pump(1.5)
            extra.setdefault("pressed", {})[name] = {
                "found": target is not None,
                "announcements": events.announcements[n_before:],
            }
        if area == "countdown" and args.say_key:
            n_before = len(events.announcements)
            key(args.say_key)
            pump(1.0)
            extra["on_demand"] = events.announcements[n_before:]
            # let the countdown run for a while: any announcement shows here
            pump(args.countdown_wait)
        report["areas"][area] = {
            "started": t_start,
            "ended": round(time.monotonic() - events.t0, 3),
            "first_focus": first_d,
            "shown": shown.get("texts", []),
            "window": window_objs,
            "area": area_objs,
            "tab_order": order,
            **extra,
        }
    for spec in args.view:
        name, _, keys = spec.partition("=")
        report["areas"][name] = walk_view(app, frame, probe, events, keys, args)
    for spec in args.dialog:
        name, _, keys = spec.partition("=")
        name, _, pages = name.partition(":")
        records = walk_dialog(app, frame, probe, events, keys, args.tabs, int(pages or 1))
        for page, record in enumerate(records, start=1):
            report["areas"][f"{name}-{page}" if pages else name] = record
    report["app"] = safe(app.get_name, "")
    return report


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--probe", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--areas", default="countdown,live,compose,library,accounts")
    parser.add_argument("--app", default="shareasm")
    parser.add_argument("--window", default="shareASM Companion")
    parser.add_argument("--tabs", type=int, default=60)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--say-key", default="")
    parser.add_argument("--countdown-wait", type=float, default=0.0)
    parser.add_argument(
        "--press", action="append", default=[], help="AREA=button name: press it after Tab"
    )
    parser.add_argument(
        "--dialog",
        action="append",
        default=[],
        help="NAME[:PAGES]=KEYS: open a dialog with these keys (after the areas), read it"
        " (and its first PAGES tabs: NAME-1, NAME-2…), Escape",
    )
    parser.add_argument(
        "--view",
        action="append",
        default=[],
        help="NAME=STEPS: after the areas, do these steps in the main window and read what"
        " shows like an area (steps: key names, @BUTTON, !ITEM; see steps())",
    )
    args = parser.parse_args()
    report = run(args)
    Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
