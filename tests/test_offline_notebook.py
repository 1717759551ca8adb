"""A committed notebook reopened in JupyterLab without running it and without network.

tests/browser_notebooks/offline.ipynb was executed by nbclient with ``store_widget_state=True``
(``make_offline.py``). JupyterLab opens a copy; no cell is run, and every request that does
not go to 127.0.0.1 is aborted. Trusted (``jupyter trust``), the Explorer's front-end must draw
the stored frame from the saved widget state (ES module and float32 buffers embedded), and the
drawn values must be the landscape `lossviz.surface` computes for the notebook's settings.
Untrusted, JupyterLab must show the output's ``image/png`` fallback instead.

Run with ``pytest -m browser``. Needs /usr/bin/chromium and jupyterlab.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.browser

NB_DIR = Path(__file__).parent / "browser_notebooks"
sys.path.insert(0, str(NB_DIR))
import harness as H  # noqa: E402
import make_offline  # noqa: E402

if H.available():
    pytest.skip(H.available(), allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

SNAPSHOT = NB_DIR / "offline.ipynb"


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab serving a trusted and an untrusted copy of the snapshot; one browser."""
    assert SNAPSHOT.exists(), "run tests/browser_notebooks/make_offline.py"
    work = tmp_path_factory.mktemp("offline")
    # the trust store holds digests of notebook *contents*: the two copies must differ, or
    # signing one trusts the other too
    nb = json.loads(SNAPSHOT.read_text())
    for name in ("trusted", "untrusted"):
        nb["metadata"]["lossviz_test_copy"] = name
        (work / f"{name}.ipynb").write_text(json.dumps(nb))
    # a trust store of our own: the user's nbsignatures.db is not touched
    env = {"JUPYTER_DATA_DIR": str(work / ".jupyter-data")}
    subprocess.run(
        [sys.executable, "-m", "jupyter", "trust", "trusted.ipynb"],
        cwd=work,
        env={**os.environ, **env},
        check=True,
        capture_output=True,
    )
    with H.lab_server(work, env=env) as base, sync_api.sync_playwright() as p:
        browser = H.launch(p)
        yield browser, base
        browser.close()


def _stored_frame() -> dict:
    """The LandscapeView state saved in the snapshot (traits and decoded float32 buffers)."""
    nb = json.loads(SNAPSHOT.read_text())
    state = nb["metadata"]["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    views = [m for m in state.values() if "frame" in m["state"] and "_esm" in m["state"]]
    assert len(views) == 1, "the snapshot holds one lossviz view"
    m = views[0]
    frame = m["state"]["frame"]
    buffers = {}
    for b in m.get("buffers", []):
        raw = base64.b64decode(b["data"])
        buffers[tuple(b["path"])] = np.frombuffer(raw, dtype="<f4")
    return {"frame": frame, "buffers": buffers, "esm": m["state"]["_esm"]}


def _reference() -> np.ndarray:
    import lossviz as lv
    from lossviz import zoo

    net, data = zoo.pretrained(make_offline.MODEL, with_data=True)
    n = make_offline.RESOLUTION
    dirs = lv.random_directions(net, n=2, seed=make_offline.SEED)
    land = lv.surface(net, data, dirs, a=(-1, 1, n), b=(-1, 1, n), progress=False)
    return np.asarray(land["loss"], dtype=np.float64)


def test_snapshot_is_self_contained():
    """The stored state embeds the ES module (no import from a URL) and the final frame."""
    stored = _stored_frame()
    esm = stored["esm"]
    assert len(esm) > 10_000 and "export" in esm
    # nothing is imported from another host at run time
    assert not re.search(r"""(?:\bimport\b|\bfrom\b)\s*\(?\s*["'](?:https?:)?//""", esm)
    frame = stored["frame"]
    assert frame["preview"] is False
    n = make_offline.RESOLUTION
    losses = [v for k, v in stored["buffers"].items() if k[-2:] == ("metrics", "loss")]
    assert len(losses) == 1 and losses[0].size == n * n
    np.testing.assert_allclose(losses[0].reshape(n, n), _reference(), rtol=1e-4)


def test_trusted_snapshot_draws_offline(lab):
    browser, base = lab
    page = H.new_page(browser)
    try:
        H.open_notebook(page, base, "trusted.ipynb", "lab", run=False)
        H.wait_instances(page, 1)
        view = H.wait_view(page, 0, lambda v: v["lastPaint"]["frameId"] is not None)
        stored = _stored_frame()
        assert view["lastPaint"]["frameId"] == stored["frame"]["id"]
        n = make_offline.RESOLUTION
        assert (view["lastPaint"]["nx"], view["lastPaint"]["ny"]) == (n, n)
        drawn = np.asarray(view["lastPaint"]["values"], dtype=np.float64).reshape(n, n)
        np.testing.assert_allclose(drawn, _reference(), rtol=1e-4)
        shown = H.nonblank(page, "div.lossviz-view")
        assert shown["colors"] > 20 and shown["width"] > 300, shown
        # the widget drew: the PNG fallback is not what is shown
        assert page.locator(".jp-OutputArea-output img[src^='data:image/png']").count() == 0
        assert H.console_errors(page) == []
        assert H.blocked_requests(page) == []
    finally:
        H.close_page(page)


def test_untrusted_snapshot_shows_png_fallback(lab):
    browser, base = lab
    page = H.new_page(browser)
    try:
        H.open_notebook(page, base, "untrusted.ipynb", "lab", run=False)
        img = page.locator(".jp-OutputArea-output img[src^='data:image/png']").first
        img.wait_for(state="visible", timeout=H.START_TIMEOUT * 1000)
        size = img.evaluate("(i) => [i.naturalWidth, i.naturalHeight, i.complete]")
        assert size[2] and size[0] > 300 and size[1] > 150, size
        shown = H.nonblank(page, ".jp-OutputArea-output img[src^='data:image/png']")
        assert shown["colors"] > 20, shown
        assert page.locator("div.lossviz-view").count() == 0
        assert H.console_errors(page) == []
        assert H.blocked_requests(page) == []
    finally:
        H.close_page(page)
