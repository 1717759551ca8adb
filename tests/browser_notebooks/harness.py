"""Real-browser harness: Jupyter servers, headless Chromium, network blocking, page probes.

Used by ``tests/test_browser.py``, ``tests/test_offline_notebook.py`` and
``benchmarks/bench_widget_browser.py``. Not a test module (pytest does not collect it).

Servers (each a context manager yielding the base URL):

- `lab_server` : JupyterLab 4 (``window.jupyterapp`` exposed, every cell rendered);
- `notebook_server` : Notebook 7 (same settings);
- `voila_server` : Voila on one notebook.

Pages come from `new_page`: every request that does not go to 127.0.0.1 is aborted (the
tests prove that nothing is fetched from a CDN), and console errors, uncaught exceptions and
blocked requests are recorded on ``page.lossviz_log``.

The page probes read the test hooks of the lossviz front-end (see /work/coord/TEAM.md, "The
widget contract"): ``div.lossviz-view`` with ``data-frame-id`` (id of the frame last painted)
and ``window.__lossviz[i].lastPaint``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
#: headless Chromium with software WebGL (three.js draws) and no GPU compositing (without
#: it a JupyterLab page gets almost no animation frames and every latency is wrong)
LAUNCH_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-gpu-compositing",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
#: seconds a server and a notebook get to come up on a loaded 2-core machine
START_TIMEOUT = float(os.environ.get("LOSSVIZ_BROWSER_START_TIMEOUT", "240"))

#: console messages that are not errors of the page under test
BENIGN = (
    # requests to other hosts, aborted on purpose by `block_network`
    re.compile(r"net::ERR_FAILED|net::ERR_BLOCKED|ERR_INTERNET_DISCONNECTED"),
    re.compile(r"Failed to load resource"),
    re.compile(r"favicon"),
    # Notebook 7.6.5's own start-up error (a settings plugin without schema; seen in a
    # plain notebook without any widget)
    re.compile(r"reading 'schema'\)\s+at \S+/static/notebook/notebook_core"),
)


def available() -> str | None:
    """Why the browser tier cannot run here, or None when it can."""
    if not Path(CHROMIUM).exists():
        return f"needs {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "needs playwright"
    return None


# ---------------------------------------------------------------------- servers
def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def server(
    cmd: list[str], url: str, cwd: Path, env: dict | None = None, name: str = "server"
) -> Iterator[subprocess.Popen]:
    """Start ``cmd`` in its own process group, wait until ``url`` answers, stop it after."""
    logfile = cwd / f"{name}.log"
    log = open(logfile, "w")  # noqa: SIM115 - closed in finally
    proc = subprocess.Popen(
        cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env=env
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited: {logfile.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=5):
                    break
            except urllib.error.HTTPError:  # it answered (an error page is fine)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{cmd[0]} did not answer at {url}") from None
                time.sleep(0.3)
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        log.close()


def _jupyter_env(workdir: Path) -> dict:
    """Settings shared by JupyterLab and Notebook 7: render every cell, no news, no checks."""
    root = workdir / ".lab-settings"
    tracker = root / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True, exist_ok=True)
    # JupyterLab 4 / Notebook 7 only render the cells in view by default
    (tracker / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    # no "Would you like to get notified about official Jupyter news?" toast over the page
    news = root / "@jupyterlab" / "apputils-extension"
    news.mkdir(parents=True, exist_ok=True)
    (news / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false", "checkForUpdates": false}'
    )
    return dict(
        os.environ,
        JUPYTERLAB_SETTINGS_DIR=str(root),
        JUPYTER_CONFIG_DIR=str(workdir / ".jupyter-config"),
        PYTHONUNBUFFERED="1",
    )


def _jupyter_flags(port: int, workdir: Path) -> list[str]:
    return [
        "--no-browser",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        "--allow-root",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        "--ServerApp.disable_check_xsrf=True",
        f"--ServerApp.root_dir={workdir}",
        "--LabServerApp.expose_app_in_browser=True",  # window.jupyterapp
    ]


@contextlib.contextmanager
def lab_server(workdir: Path, env: dict | None = None) -> Iterator[str]:
    """JupyterLab 4 serving ``workdir``; yields the base URL (open ``/lab/tree/NAME``).

    ``env`` adds environment variables (e.g. ``JUPYTER_DATA_DIR`` of a notebook trust store).
    """
    port = free_port()
    cmd = [sys.executable, "-m", "jupyterlab", *_jupyter_flags(port, workdir)]
    base = f"http://127.0.0.1:{port}"
    full_env = {**_jupyter_env(workdir), **(env or {})}
    with server(cmd, base + "/api", workdir, env=full_env, name="lab"):
        yield base


@contextlib.contextmanager
def notebook_server(workdir: Path) -> Iterator[str]:
    """Notebook 7 serving ``workdir``; yields the base URL (open ``/notebooks/NAME``)."""
    port = free_port()
    cmd = [sys.executable, "-m", "notebook", *_jupyter_flags(port, workdir)]
    base = f"http://127.0.0.1:{port}"
    with server(cmd, base + "/api", workdir, env=_jupyter_env(workdir), name="notebook"):
        yield base


@contextlib.contextmanager
def voila_server(workdir: Path, notebook: str) -> Iterator[str]:
    """Voila rendering ``workdir/notebook``; yields the page URL."""
    voila = shutil.which("voila")
    if voila is None:
        raise RuntimeError("voila is not installed")
    port = free_port()
    cmd = [
        voila,
        notebook,
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        # Notebook 7's lab extension fails to load in Voila 0.5 (module federation error
        # RUNTIME-012 "@jupyterlab/docregistry"): not ours, and not needed to show widgets
        "--VoilaConfiguration.extension_denylist=['@jupyter-notebook/lab-extension']",
    ]
    url = f"http://127.0.0.1:{port}/"
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(workdir / ".jupyter-config"))
    with server(cmd, url + "voila/static/", workdir, env=env, name="voila"):
        yield url


# ---------------------------------------------------------------------- browser
def launch(playwright: Any, **kwargs: Any) -> Any:
    """Debian's Chromium, headless, with software WebGL."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, **kwargs)


#: every URL that does not go to this machine (the pattern is handed to the browser, so
#: local requests are never paused waiting for Python)
REMOTE = re.compile(
    r"^(?!(?:https?|wss?)://(?:127\.0\.0\.1|localhost)(?::\d+)?/)(?:https?|wss?|ftp)://"
)


def block_network(page: Any, log: dict) -> None:
    """Abort every request that does not go to 127.0.0.1 (recorded in ``log['blocked']``)."""

    def abort(route: Any) -> None:
        log["blocked"].append(route.request.url)
        route.abort("internetdisconnected")

    page.route(REMOTE, abort)


def new_page(browser: Any, width: int = 1280, height: int = 1000, offline: bool = True) -> Any:
    """A page with network blocking and error capture (``page.lossviz_log``)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    log: dict[str, list] = {"console": [], "errors": [], "blocked": []}

    def on_console(msg: Any) -> None:
        if msg.type in ("error", "assert"):
            loc = msg.location or {}
            log["console"].append(f"{msg.text} @ {loc.get('url', '')}:{loc.get('lineNumber', '')}")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: log["errors"].append(f"uncaught: {exc.stack or exc}"))
    page.on("crash", lambda _p: log["errors"].append("page crashed"))
    if offline:
        block_network(page, log)
    page.lossviz_log = log
    return page


def close_page(page: Any) -> None:
    """Close ``page`` without route handlers racing the close."""
    with contextlib.suppress(Exception):
        page.unroute_all(behavior="ignoreErrors")
    with contextlib.suppress(Exception):
        page.close()


def console_errors(page: Any, allow: tuple = ()) -> list[str]:
    """Uncaught exceptions and console errors of ``page`` that are not benign noise."""
    log = page.lossviz_log
    pats = BENIGN + tuple(re.compile(a) if isinstance(a, str) else a for a in allow)
    return [m for m in log["errors"] + log["console"] if not any(p.search(m) for p in pats)]


#: requests to other hosts the front-ends themselves make (Voila's Font Awesome stylesheet)
KNOWN_REMOTE = (re.compile(r"@fortawesome/fontawesome-free"),)


def blocked_requests(page: Any) -> list[str]:
    """Requests to other hosts that were aborted, less the front-ends' own known ones."""
    return [u for u in page.lossviz_log["blocked"] if not any(p.search(u) for p in KNOWN_REMOTE)]


# ---------------------------------------------------------------------- notebooks
_KERNEL_IDLE = """() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const k = w && w.sessionContext && w.sessionContext.session &&
            w.sessionContext.session.kernel;
  return !!(k && k.status === 'idle' && document.querySelector('.jp-Notebook')); }"""


def open_notebook(page: Any, base: str, name: str, frontend: str, run: bool = True) -> None:
    """Open ``name`` in JupyterLab (``"lab"``) or Notebook 7 (``"notebook"``); run all cells.

    Waits until the kernel is idle before running (not when ``run`` is False).
    """
    # ?reset: JupyterLab would otherwise reopen the tabs of the previous page of the session
    path = {"lab": f"/lab/tree/{name}?reset", "notebook": f"/notebooks/{name}"}[frontend]
    page.goto(base + path, timeout=START_TIMEOUT * 1000)
    page.wait_for_function(
        "() => window.jupyterapp && document.querySelector('.jp-Notebook')",
        timeout=START_TIMEOUT * 1000,
        polling=250,
    )
    if run:
        page.wait_for_function(_KERNEL_IDLE, timeout=START_TIMEOUT * 1000, polling=250)
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")


def open_voila(page: Any, url: str) -> None:
    """Open a Voila page (Voila runs the notebook itself)."""
    page.goto(url, timeout=START_TIMEOUT * 1000, wait_until="domcontentloaded")


# ---------------------------------------------------------------------- lossviz probes
_VIEWS = "() => Array.from(document.querySelectorAll('div.lossviz-view')).length"

#: the live instance ``which``: an index into ``window.__lossviz`` or a CSS selector of an
#: ancestor (e.g. ``".lossviz-compare"``; the last connected instance under it)
_FIND = """(which) => {
  const el = (x) => x && (x.root || x.el);
  const all = (window.__lossviz || []).filter((x) => el(x) && el(x).isConnected);
  if (typeof which === 'number') return all[which] || null;
  const mine = all.filter((x) => el(x).closest(which));
  return mine.length ? mine[mine.length - 1] : null;
}"""

_READ = (
    """([which, full]) => {
  const inst = ("""
    + _FIND
    + """)(which);
  if (!inst) return null;
  const host = inst.root || inst.el;
  const el = host.matches('div.lossviz-view') ? host
           : host.querySelector('div.lossviz-view') || host;
  const lp = inst.lastPaint;
  const conv = (p) => {
    if (!p) return null;
    const o = {};
    for (const [k, v] of Object.entries(p)) {
      if (ArrayBuffer.isView(v))
        o[k] = full ? Array.from(v) : v.length;
      else o[k] = v;
    }
    return o;
  };
  return {
    frameId: el.getAttribute('data-frame-id'),
    view: el.getAttribute('data-view'),
    metric: el.getAttribute('data-metric'),
    scale: el.getAttribute('data-scale'),
    paintedAt: el.getAttribute('data-painted-at'),
    lastPaint: conv(lp),
    panels: (inst.panels || []).map(conv),
    model: {
      frame_id: inst.model.get('frame') ? inst.model.get('frame').id : null,
      preview: inst.model.get('frame') ? inst.model.get('frame').preview : null,
      view: inst.model.get('view'), metric: inst.model.get('metric'),
      scale: inst.model.get('scale'), status: inst.model.get('status'),
      clip: inst.model.get('clip'), colormap: inst.model.get('colormap'),
      epoch: inst.model.get('epoch'), camera: inst.model.get('camera'),
      ball: inst.model.get('ball'), presentation: inst.model.get('presentation'),
    },
  };
}"""
)


def count_views(page: Any) -> int:
    """How many lossviz views are in the page (``div.lossviz-view``)."""
    return page.evaluate(_VIEWS)


def read_view(page: Any, which: int | str, values: bool = True) -> dict | None:
    """The state of a lossviz instance: attributes, ``lastPaint`` (arrays as lists).

    ``which`` is an index into the live instances or a selector of an ancestor element.
    """
    return page.evaluate(_READ, [which, values])


def instance(page: Any, which: int | str) -> Any:
    """A JS handle on the lossviz instance ``which`` (see `read_view`)."""
    return page.evaluate_handle("(w) => (" + _FIND + ")(w)", which)


def wait_view(
    page: Any,
    which: int | str,
    pred: Callable[[dict], bool],
    timeout: float = 120.0,
    what: str = "a painted frame",
    values: bool = True,
) -> dict:
    """Poll `read_view` until ``pred`` holds; the assertion message says what was seen last."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = read_view(page, which, values=values)
        except Exception as exc:  # noqa: BLE001 - the page may be navigating
            last = {"error": str(exc)}
        if last is not None and "error" not in last:
            try:
                if pred(last):
                    return last
            except (KeyError, TypeError, IndexError):
                pass
        page.wait_for_timeout(150)  # (not time.sleep: playwright's events keep flowing)
    brief = None
    if last is not None:
        brief = {k: v for k, v in last.items() if k not in ("lastPaint", "panels")}
        lp = last.get("lastPaint") or {}
        brief["lastPaint"] = {k: v for k, v in lp.items() if not isinstance(v, list)}
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}; last: {brief}")


def wait_instances(page: Any, n: int, timeout: float = START_TIMEOUT) -> None:
    """Wait until ``window.__lossviz`` holds at least ``n`` instances, each painted once."""
    page.wait_for_function(
        """(n) => (window.__lossviz || []).length >= n &&
                  window.__lossviz.slice(0, n).every((x) => x.lastPaint)""",
        arg=n,
        timeout=timeout * 1000,
        polling=250,
    )


def nonblank(page: Any, selector: str) -> dict:
    """How many distinct colours the canvases / svgs under ``selector`` show.

    Reads a screenshot of the element (WebGL canvases without ``preserveDrawingBuffer``
    cannot be read back from the page), returns ``{"colors": n, "width": w, "height": h}``.
    """
    import io

    from PIL import Image

    loc = page.locator(selector).first
    png = loc.screenshot()
    im = Image.open(io.BytesIO(png)).convert("RGB")
    small = im.resize((max(1, im.width // 4), max(1, im.height // 4)))
    colors = len(small.getcolors(maxcolors=1 << 24))
    return {"colors": colors, "width": im.width, "height": im.height}
