"""Explorer and Compare in a real headless Chromium, served by Voila and by JupyterLab.

The notebook tests/browser_notebooks/widgets.ipynb is opened, a slider is dragged with the
mouse, and the data plotly holds in the page (``.js-plotly-plot``'s ``data``) is checked
against `lossviz.surface` for the new state. Screenshots go to pytest's tmp dir (and to
docs/screenshots/ when LOSSVIZ_SAVE_SCREENSHOTS=1).

Run with ``pytest -m browser``. Needs /usr/bin/chromium, voila and jupyterlab.
"""

from __future__ import annotations

import contextlib
import json
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
import warnings
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
NB_DIR = Path(__file__).parent / "browser_notebooks"
NOTEBOOK = "widgets.ipynb"
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
START_TIMEOUT = 240  # seconds: a loaded 2-core CI machine needs ~40 s to run the notebook

if not Path(CHROMIUM).exists() or shutil.which("voila") is None:
    pytest.skip("needs /usr/bin/chromium and voila", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


# ---------------------------------------------------------------------- servers
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _server(cmd: list[str], url: str, cwd: Path, env: dict | None = None):
    log = open(cwd / "server.log", "w")  # noqa: SIM115 - closed in finally
    proc = subprocess.Popen(
        cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, env=env
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited: {(cwd / 'server.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(url, timeout=5):
                    break
            except urllib.error.HTTPError:  # it answered (an error page is fine)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{cmd[0]} did not answer at {url}") from None
                time.sleep(0.5)
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


@pytest.fixture(scope="module")
def chromium():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def workdir(tmp_path):
    shutil.copy(NB_DIR / NOTEBOOK, tmp_path / NOTEBOOK)
    return tmp_path


# ---------------------------------------------------------------------- page helpers
_READ_PLOT = """(sel) => {
  const d = document.querySelector(sel);
  if (!d || !d.data) return null;
  const arr = (v) => (v == null ? null : Array.from(v, (r) =>
      (r != null && typeof r === 'object' && r.length !== undefined) ? Array.from(r) : r));
  return {
    title: (d.layout && d.layout.title && d.layout.title.text) || '',
    traces: d.data.map((t) => ({type: t.type, name: t.name || '', x: arr(t.x),
                                y: arr(t.y), z: arr(t.z)})),
  };
}"""


def _plot(page, sel):
    return page.evaluate(_READ_PLOT, sel)


def _wait_plot(page, sel, pred, timeout=90.0, what="plot"):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = _plot(page, sel)
        if last is not None and pred(last):
            return last
        time.sleep(0.2)
    summary = None if last is None else {"title": last["title"], "n": len(last["traces"])}
    root = sel.split()[0]
    status = page.locator(f"{root} .widget-html").all_inner_texts()[:4]
    raise AssertionError(f"timed out waiting for {what}; last: {json.dumps(summary)}; {status}")


def _final(p):
    """A finished (not preview, not placeholder) frame with a contour trace."""
    return (
        bool(p["traces"])
        and p["traces"][0]["type"] == "contour"
        and "PREVIEW" not in p["title"]
        and "computing" not in p["title"]
    )


def _slider(page, root, label):
    s = page.locator(f"{root} .widget-hslider").filter(
        has=page.locator(".widget-label", has_text=re.compile(rf"^{label}$"))
    )
    assert s.count() == 1, f"slider {label!r} not found under {root}"
    return s


def _drag(page, handle, dx):
    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + dx / 2, y, steps=4)
    page.mouse.move(x + dx, y, steps=4)
    page.mouse.up()


def _numbers(text):
    return [float(v) for v in re.findall(r"[-−]?\d+(?:\.\d+)?", text.replace("−", "-"))]


def _screenshot(page, tmp, name):
    path = tmp / f"{name}.png"
    # a viewport (not full_page) screenshot: after a full-page capture headless Chromium
    # stopped applying plotly updates in this page (seen with Voila)
    page.screenshot(path=str(path))
    if os.environ.get("LOSSVIZ_SAVE_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, SHOTS / f"{name}.png")
    assert path.stat().st_size > 10_000
    return path


# ---------------------------------------------------------------------- references
def _models():
    """The notebook's models (pretrained zoo checkpoints) and data."""
    from lossviz import zoo

    net, data = zoo.pretrained("spiral-mlp128-64-32", with_data=True)
    plain = zoo.pretrained("spiral-mlp16")
    skip = zoo.pretrained("spiral-mlp16-skip")
    return data, net, {"16 layers, no skip": plain, "16 layers, skip": skip}


def _reference(model, data, a, b, n, seed=0):
    import lossviz as lv

    dirs = lv.random_directions(model, n=2, seed=seed)
    return lv.surface(model, data, dirs, a=(*a, n), b=(*b, n), progress=False)


def _check_explorer(page, tmp, tag):
    """Drag the Explorer's 'a range' lower handle; the page must show the new state."""
    data, net, _ = _models()
    plot = ".lossviz-explorer .js-plotly-plot"
    first = _wait_plot(page, plot, _final, what="the Explorer's first frame")
    x0 = first["traces"][0]["x"]
    assert x0[0] == pytest.approx(-1.0) and len(x0) == 15
    ref = _reference(net, data, (-1, 1), (-1, 1), 15)
    np.testing.assert_allclose(first["traces"][0]["z"], ref["loss"].T, rtol=1e-4)
    _screenshot(page, tmp, f"{tag}-explorer-before")

    slider = _slider(page, ".lossviz-explorer", "a range")
    _drag(page, slider.locator(".noUi-handle-lower"), 40)
    time.sleep(0.5)  # the readout is final once the mouse is up
    lo, hi = _numbers(slider.locator(".widget-readout").inner_text())
    assert lo > -1.0 and hi == pytest.approx(1.0)
    # intermediate frames of the drag may come first; the last request must win
    moved = _wait_plot(
        page,
        plot,
        lambda p: _final(p) and abs(p["traces"][0]["x"][0] - lo) < 1e-6,
        timeout=180,
        what=f"the Explorer's frame for a = [{lo}, {hi}] after the drag",
    )
    tr = moved["traces"][0]
    np.testing.assert_allclose(tr["x"], np.linspace(lo, hi, 15), atol=1e-9)
    np.testing.assert_allclose(tr["y"], np.linspace(-1, 1, 15), atol=1e-9)
    ref = _reference(net, data, (lo, hi), (-1, 1), 15)
    np.testing.assert_allclose(tr["z"], ref["loss"].T, rtol=1e-4)
    assert not np.allclose(tr["z"], first["traces"][0]["z"])
    status = page.locator(".lossviz-explorer .widget-html").filter(has_text="on 600 samples")
    assert "✓" in status.first.inner_text()
    _screenshot(page, tmp, f"{tag}-explorer-after")

    # click the contour: a ball drops there and gradient descent runs on the 2-D slice
    area = page.locator(f"{plot} .nsewdrag").first.bounding_box()
    page.mouse.click(area["x"] + area["width"] * 0.5, area["y"] + area["height"] * 0.25)
    balled = _wait_plot(
        page,
        plot,
        lambda p: (
            p["traces"][-1]["name"] == "ball"
            and len(p["traces"][-1]["x"] or []) == 1
            and len(p["traces"][-2]["x"] or []) > 2
        ),
        what="the descent ball after a click",
    )
    trail = balled["traces"][-2]
    assert lo <= trail["x"][0] <= hi and 0 < trail["y"][0] <= 1  # upper half of the plot
    note = page.locator(".lossviz-explorer .widget-html").filter(has_text="steps").first
    assert "not on the network" in note.inner_text()


def _check_compare(page, tmp, tag):
    """Drag the Compare's resolution slider: both panels follow, one colour scale."""
    data, _, models = _models()
    plot = ".lossviz-compare .js-plotly-plot"
    _wait_plot(page, plot, lambda p: _final(p) and len(p["traces"][0]["x"]) == 9)
    slider = _slider(page, ".lossviz-compare", "resolution")
    _drag(page, slider.locator(".noUi-handle"), 8)
    time.sleep(0.5)  # the readout is final once the mouse is up
    n = int(_numbers(slider.locator(".widget-readout").inner_text())[0])
    assert n != 9
    moved = _wait_plot(
        page,
        plot,
        lambda p: _final(p) and len(p["traces"][0]["x"]) == n,
        timeout=180,
        what=f"the Compare's {n}x{n} frame after the drag",
    )
    panels = [t for t in moved["traces"] if t["type"] == "contour"]
    assert len(panels) == 2
    for tr, (name, model) in zip(panels, models.items(), strict=True):
        assert len(tr["x"]) == n, name
        ref = _reference(model, data, (-1, 1), (-1, 1), n)
        # the Compare draws log10(loss) (scale='log' in the notebook)
        np.testing.assert_allclose(tr["z"], np.log10(ref["loss"].T), rtol=1e-4, err_msg=name)
    layout = page.evaluate(f"() => document.querySelector('{plot}').layout.coloraxis || null")
    assert layout is not None  # both panels use one shared colour axis
    page.locator(plot).scroll_into_view_if_needed()
    _screenshot(page, tmp, f"{tag}-compare")


# ---------------------------------------------------------------------- tests
def _with_retry(run, what):
    """One retry: a real browser on a busy 2-core machine occasionally misses a frame."""
    try:
        run()
    except Exception as exc:  # noqa: BLE001 - retried once, then raised
        warnings.warn(
            f"{what}: first attempt failed ({type(exc).__name__}: {exc}); retrying", stacklevel=2
        )
        run()


def test_voila_explorer_and_compare(chromium, workdir):
    _with_retry(lambda: _run_voila(chromium, workdir), "Voila")


def test_jupyterlab_explorer(chromium, workdir):
    if shutil.which("jupyter-lab") is None:
        pytest.skip("needs jupyterlab")
    _with_retry(lambda: _run_lab(chromium, workdir), "JupyterLab")


def _run_voila(chromium, workdir):
    port = _free_port()
    cmd = [
        shutil.which("voila"),
        NOTEBOOK,
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
    ]
    url = f"http://127.0.0.1:{port}/"
    with _server(cmd, url, workdir):
        page = chromium.new_page(viewport={"width": 1280, "height": 1800})
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url, timeout=START_TIMEOUT * 1000)
        _check_explorer(page, workdir, "voila")
        _check_compare(page, workdir, "voila")
        page.close()
    assert not [e for e in errors if "lossviz" in e or "plotly" in e.lower()], errors


def _run_lab(chromium, workdir):
    port = _free_port()
    settings = workdir / "lab-settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True, exist_ok=True)
    # render every cell (JupyterLab 4 only renders cells in view by default)
    (settings / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    env = dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(workdir / "lab-settings"))
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        "--allow-root",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        "--LabApp.expose_app_in_browser=True",  # window.jupyterapp
        f"--ServerApp.root_dir={workdir}",
    ]
    url = f"http://127.0.0.1:{port}"
    with _server(cmd, url + "/api", workdir, env=env):
        page = chromium.new_page(viewport={"width": 1280, "height": 1800})
        page.goto(f"{url}/lab/tree/{NOTEBOOK}", timeout=START_TIMEOUT * 1000)
        page.wait_for_function(
            "() => window.jupyterapp && document.querySelector('.jp-Notebook')",
            timeout=START_TIMEOUT * 1000,
        )
        # wait until the kernel is idle, then run everything
        page.wait_for_function(
            """() => { const w = window.jupyterapp.shell.currentWidget;
                       return w && w.sessionContext && w.sessionContext.session &&
                              w.sessionContext.session.kernel &&
                              w.sessionContext.session.kernel.status === 'idle'; }""",
            timeout=START_TIMEOUT * 1000,
        )
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
        _check_explorer(page, workdir, "jupyterlab")
        _check_compare(page, workdir, "jupyterlab")
        page.close()
