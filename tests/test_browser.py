"""Explorer and Compare in a real headless Chromium: JupyterLab 4, Notebook 7 and Voila.

tests/browser_notebooks/widgets.ipynb (an Explorer on a spiral MLP trained in the notebook,
with its trajectory, and a Compare of 16-layer MLPs without / with skip connections) is
opened in each front-end, once per module (the servers are module-scoped), and driven as a
person would: the ipywidgets compute controls with the mouse and keyboard (slider drags,
seed box, dropdowns, buttons), the front-end's own toolbar (``[data-control=...]``) by
clicks and selections, the 2D plot by clicks, the 3D view by mouse drags. Every check reads
the page: ``window.__lossviz[i].lastPaint`` (what was drawn, with the raw values of panel 0)
and ``div.lossviz-view[data-frame-id]``, the DOM text of titles and ticks, screenshots of the
element (non-blank). Reference values are recomputed here with `lossviz.surface` (and
`lossviz.widgets.descent.descend` for the ball) from the same weights and settings.

A separate Voila page holds 18 widgets in 3D (more than Chromium's 16 WebGL contexts): each
must draw when scrolled to. No request may leave 127.0.0.1 (the page's network is blocked),
and no console error may appear. Screenshots go to pytest's tmp dir, and to docs/screenshots/ with
``LOSSVIZ_SAVE_SCREENSHOTS=1``.

Run with ``pytest -m browser``. Needs /usr/bin/chromium, jupyterlab, notebook and voila.
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import os
import re
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.browser

NB_DIR = Path(__file__).parent / "browser_notebooks"
sys.path.insert(0, str(NB_DIR))
import harness as H  # noqa: E402

if H.available():
    pytest.skip(H.available(), allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

NOTEBOOK = "widgets.ipynb"
SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
EX = ".lossviz-explorer"
CMP = ".lossviz-compare"
VIEWS = ("contour", "surface", "paraview", "1d")
#: every ordered pair of views once (an Euler circuit of the complete directed graph)
VIEW_TOUR = ("contour", "surface", "contour", "paraview", "contour", "1d", "surface",
             "paraview", "surface", "1d", "paraview", "1d", "contour")  # fmt: skip
FRONTENDS = ("lab", "notebook", "voila")
#: how long a computation may take on a loaded 2-core machine
COMPUTE_TIMEOUT = 240.0


# ---------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def chromium():
    with sync_api.sync_playwright() as p:
        b = H.launch(p)
        yield b
        b.close()


class Session:
    """One front-end serving widgets.ipynb, with one page open on it."""

    def __init__(self, frontend: str, page, workdir: Path):
        self.frontend = frontend
        self.page = page
        self.workdir = workdir

    def errors(self) -> list[str]:
        return H.console_errors(self.page)


@pytest.fixture(scope="module", params=FRONTENDS)
def session(request, chromium, tmp_path_factory):
    frontend = request.param
    needs = {"lab": "jupyter-lab", "notebook": "jupyter-notebook", "voila": "voila"}[frontend]
    if shutil.which(needs) is None:
        pytest.skip(f"needs {needs}")
    work = tmp_path_factory.mktemp(frontend)
    shutil.copy(NB_DIR / NOTEBOOK, work / NOTEBOOK)
    if frontend == "voila":
        ctx = H.voila_server(work, NOTEBOOK)
    elif frontend == "lab":
        ctx = H.lab_server(work)
    else:
        ctx = H.notebook_server(work)
    with ctx as base:
        page = H.new_page(chromium, width=1280, height=1000)
        try:
            if frontend == "voila":
                H.open_voila(page, base)
            else:
                H.open_notebook(page, base, NOTEBOOK, frontend)
            yield Session(frontend, page, work)
        finally:
            H.close_page(page)


@pytest.fixture()
def s(session):
    """The module's session; every test ends with no console error and nothing fetched."""
    yield session
    assert session.errors() == [], f"console errors in {session.frontend}"
    assert H.blocked_requests(session.page) == [], "the page tried to reach another host"


# ---------------------------------------------------------------------- references
def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@functools.lru_cache(maxsize=4)
def _explorer_model(digest: str, path: str):
    import torch

    from lossviz import zoo

    net = zoo.mlp_128_64_32()
    net.load_state_dict(torch.load(path, weights_only=True))
    assert _sha(Path(path)) == digest
    return net


def _data():
    from lossviz import zoo

    return zoo.spiral()


@functools.lru_cache(maxsize=32)
def _surface(model_key, seed, norm, ignore, a, b, n) -> dict:
    """Loss and accuracy of `lossviz.surface` for one model and compute settings."""
    import lossviz as lv

    model = _model_from_key(model_key)
    dirs = lv.random_directions(model, n=2, seed=seed, norm=norm, ignore=ignore)
    land = lv.surface(model, _data(), dirs, a=(*a, n), b=(*b, n), progress=False)
    return {m: np.asarray(land[m], dtype=np.float64) for m in ("loss", "accuracy")}


_MODELS: dict = {}


def _model_from_key(key):
    return _MODELS[key]


def explorer_ref(s: Session, seed=0, norm="filter", ignore="biasbn", a=(-1, 1), b=(-1, 1), n=15):
    path = s.workdir / "explorer_net.pt"
    key = ("explorer", _sha(path))
    if key not in _MODELS:
        _MODELS[key] = _explorer_model(key[1], str(path))
    a = tuple(round(float(v), 6) for v in a)
    b = tuple(round(float(v), 6) for v in b)
    return _surface(key, seed, norm, None if ignore == "none" else ignore, a, b, n)


COMPARE_MODELS = {"16 layers, no skip": "spiral-mlp16", "16 layers, skip": "spiral-mlp16-skip"}


def compare_ref(name: str, seed=0, a=(-1, 1), b=(-1, 1), n=9):
    from lossviz import zoo

    key = ("compare", COMPARE_MODELS[name])
    if key not in _MODELS:
        _MODELS[key] = zoo.pretrained(COMPARE_MODELS[name])
    return _surface(key, seed, "filter", "biasbn", tuple(a), tuple(b), n)


# ---------------------------------------------------------------------- page helpers
def final(n: int | None = None, fid_above: int | None = None):
    """Predicate: the current frame is a finished grid (not a preview) and is painted."""

    def pred(v):
        lp = v["lastPaint"]
        m = v["model"]
        return (
            lp is not None
            and m["preview"] is False
            and lp["frameId"] == m["frame_id"]
            and (n is None or lp["nx"] == n)
            and (fid_above is None or lp["frameId"] > fid_above)
        )

    return pred


def wait_final(s: Session, root: str, what: str, **kw) -> dict:
    return H.wait_view(s.page, root, final(**kw), timeout=COMPUTE_TIMEOUT, what=what)


def grid(view: dict, ny: int | None = None) -> np.ndarray:
    lp = view["lastPaint"]
    vals = np.asarray(lp["values"], dtype=np.float64)
    return vals.reshape(lp["nx"], ny or lp["ny"])


def control(s: Session, root: str, name: str):
    loc = s.page.locator(f"{root} [data-control='{name}']")
    assert loc.count() == 1, f"{root}: one [data-control={name}] expected, found {loc.count()}"
    return loc


def set_control(s: Session, root: str, name: str, value) -> None:
    """Use a front-end toolbar control as a person would (select, type, click)."""
    loc = control(s, root, name)
    loc.scroll_into_view_if_needed()
    tag = loc.evaluate("(e) => e.tagName.toLowerCase() + ':' + (e.type || '')")
    if tag.startswith("select"):
        loc.select_option(str(value))
    elif tag == "input:number":
        loc.click(click_count=3)
        loc.press_sequentially(str(value))
        loc.press("Enter")
        loc.blur()
    elif tag == "input:range":
        drag_range(s, loc, float(value))
    else:
        loc.click()


def drag_range(s: Session, loc, target: float) -> None:
    """Drag a range input's thumb to ``target`` with the mouse, then fine-tune with arrows.

    (A click without a pause between mouse down and up does not move the thumb in headless
    Chromium; a drag does, as for a person.)
    """
    lo, hi, step = (
        float(loc.get_attribute(k) or d) for k, d in (("min", 0), ("max", 100), ("step", 1))
    )
    box = loc.bounding_box()
    thumb = min(16.0, box["height"])
    y = box["y"] + box["height"] / 2

    def px(v: float) -> float:
        return box["x"] + thumb / 2 + (v - lo) / ((hi - lo) or 1) * (box["width"] - thumb)

    s.page.mouse.move(px(float(loc.input_value())), y)
    s.page.mouse.down()
    s.page.mouse.move(px(target), y, steps=6)
    s.page.mouse.up()
    for _ in range(40):
        now = float(loc.input_value())
        if abs(now - target) < step / 2:
            break
        loc.press("ArrowRight" if now < target else "ArrowLeft")
    assert abs(float(loc.input_value()) - target) < step / 2, (loc.input_value(), target)


def reset_display(s: Session, root: str) -> None:
    """Back to the default display (a failed test may have left presentation mode on)."""
    v = H.read_view(s.page, root, values=False)
    if v and v["model"]["presentation"]:
        set_control(s, root, "presentation", None)
    s.page.evaluate("() => document.fullscreenElement && document.exitFullscreen()")
    for name, value in (("view", "contour"), ("metric", "loss"), ("scale", "log"),
                        ("colormap", "auto")):  # fmt: skip
        if v and v["model"][name] != value:
            set_control(s, root, name, value)
    if v and v["model"]["clip"] != 10:
        set_control(s, root, "clip", 10)
    if v and v["model"]["ball"]["start"] is not None:
        set_control(s, root, "ball-clear", None)


def paint_after(s: Session, root: str, before: dict, what: str, pred=None, timeout=30.0):
    """Wait for a repaint after ``before`` (a `read_view` result) that satisfies ``pred``."""
    t0 = float(before["lastPaint"]["t"])
    return H.wait_view(
        s.page,
        root,
        lambda v: v["lastPaint"]["t"] > t0 and (pred is None or pred(v)),
        timeout=timeout,
        what=what,
    )


def texts(s: Session, root: str, css: str) -> list[str]:
    """Visible texts of the elements matching ``css`` inside the view under ``root``."""
    return s.page.evaluate(
        """([root, css]) => {
          const r = document.querySelector(root + ' div.lossviz-view');
          if (!r) return [];
          return Array.from(r.querySelectorAll(css)).filter((e) => {
            const b = e.getBoundingClientRect();
            const st = getComputedStyle(e);
            return b.width > 0 && b.height > 0 && st.visibility !== 'hidden'
                   && st.display !== 'none';
          }).map((e) => e.textContent.trim());
        }""",
        [root, css],
    )


def panel_boxes(s: Session, root: str) -> dict:
    """Bounding boxes of the visible panels and of the view (page coordinates)."""
    return s.page.evaluate(
        """(root) => {
          const r = document.querySelector(root + ' div.lossviz-view');
          const vis = (e) => { const b = e.getBoundingClientRect();
                               return b.width > 0 && b.height > 0 && e.offsetParent !== null; };
          const box = (e) => { const b = e.getBoundingClientRect();
                               return {x: b.x, y: b.y, w: b.width, h: b.height}; };
          const cell = r.closest('.jp-OutputArea-output') || document.body;
          return {view: box(r), cell: box(cell),
                  panels: Array.from(r.querySelectorAll('.lossviz-panel')).filter(vis).map(box)};
        }""",
        root,
    )


def shot(s: Session, root: str, name: str) -> Path:
    """Screenshot of the view under ``root`` (tmp dir; docs/screenshots with the env var)."""
    loc = s.page.locator(f"{root} div.lossviz-view").first
    loc.scroll_into_view_if_needed()
    path = s.workdir / f"{s.frontend}-{name}.png"
    loc.screenshot(path=str(path))
    # docs/screenshots: every view in JupyterLab, two pictures from each other front-end
    keep = s.frontend == "lab" or name in ("explorer-contour", "compare-paraview")
    if os.environ.get("LOSSVIZ_SAVE_SCREENSHOTS") == "1" and keep:
        SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, SHOTS / f"{s.frontend}-{name}.png")
    return path


def colors_in(png: bytes | Path) -> int:
    from PIL import Image

    raw = png.read_bytes() if isinstance(png, Path) else png
    im = Image.open(io.BytesIO(raw)).convert("RGB")
    im = im.resize((max(1, im.width // 4), max(1, im.height // 4)))
    return len(im.getcolors(maxcolors=1 << 24))


def drawing_colors(s: Session, root: str, view: str) -> int:
    """Distinct colours of the drawing itself (2D canvas, 3D canvas or the 1D svg)."""
    css = {
        "contour": "canvas.lv-canvas",
        "surface": "canvas.lossviz-3d-canvas",
        "paraview": "canvas.lossviz-3d-canvas",
        "1d": ".lv-panel-1d svg",
    }[view]
    loc = s.page.locator(f"{root} div.lossviz-view {css}").first
    return colors_in(loc.screenshot())


# ---------------------------------------------------------------------- ipywidgets
def ipy(s: Session, root: str, kind: str, label: str):
    """The ipywidgets control of ``kind`` (css class) whose description is ``label``."""
    loc = s.page.locator(f"{root} .{kind}").filter(
        has=s.page.locator(".widget-label", has_text=re.compile(rf"^{re.escape(label)}$"))
    )
    assert loc.count() == 1, f"{root}: ipywidgets {kind} {label!r} not found"
    return loc


def drag(s: Session, handle, dx: float) -> None:
    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    s.page.mouse.move(x, y)
    s.page.mouse.down()
    s.page.mouse.move(x + dx / 2, y, steps=4)
    s.page.mouse.move(x + dx, y, steps=4)
    s.page.mouse.up()


def numbers(text: str) -> list[float]:
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", text.replace("−", "-"))]


def readout(s: Session, slider) -> list[float]:
    s.page.wait_for_timeout(400)  # the readout is final once the mouse is up
    return numbers(slider.locator(".widget-readout").inner_text())


# ---------------------------------------------------------------------- view checks
def check_view(s: Session, root: str, view: str, ref: dict, names: list[str]) -> dict:
    """The view under ``root`` draws ``view`` of the current frame correctly.

    ``ref`` maps metric -> reference grid of panel 0; ``names`` are the panel titles.
    """
    v = H.wait_view(
        s.page, root, lambda v: v["lastPaint"]["view"] == view and v["view"] == view,
        timeout=30, what=f"the {view} view",
    )  # fmt: skip
    lp = v["lastPaint"]
    metric = lp["metric"]
    assert lp["frameId"] == v["model"]["frame_id"], "a display switch must not recompute"
    nx = lp["nx"]
    want = ref[metric]
    if view == "1d":
        # the slice b = theta*_b = 0 through the 2D grid (index (ny - 1) / 2 on [-1, 1])
        ny = want.shape[1]
        assert lp["ny"] == 1 and len(lp["values"]) == nx
        np.testing.assert_allclose(lp["values"], want[:, (ny - 1) // 2], rtol=1e-4)
    else:
        np.testing.assert_allclose(grid(v), want, rtol=1e-4, atol=1e-6)
    # titles: axis titles in every view, z title / colour bar where there is a colour scale
    # (3D labels are written at the next animation frame: give them a moment)
    deadline = time.monotonic() + 5
    while True:
        got = {
            role: texts(s, root, f"[data-role='{role}']")
            for role in ("x-title", "y-title", "z-title", "colorbar-title")
        }
        got["colorbar-ticks"] = texts(s, root, "[data-role='colorbar'] .lv-tick")
        need = ["x-title", "y-title"]
        if view in ("surface", "paraview"):
            need.append("z-title")
        if view != "1d":
            need.append("colorbar-title")
        ok = all(got[r] and all(got[r]) for r in need)
        ok = ok and (view == "1d" or len(got["colorbar-ticks"]) >= 2)
        if ok or time.monotonic() > deadline:
            break
        s.page.wait_for_timeout(200)
    assert ok, (view, got)
    if len(names) > 1:
        titles = texts(s, root, "[data-role='panel-title']")
        for name in names:
            assert any(name in t for t in titles), (view, name, titles)
    # panels: all visible, side by side, roughly equal, inside the view
    boxes = panel_boxes(s, root)
    panels, vb = boxes["panels"], boxes["view"]
    assert len(panels) == len(names), (view, panels)
    widths = [p["w"] for p in panels]
    assert min(widths) > 0.25 * vb["w"] / max(1, len(names)), (view, widths, vb)
    assert max(widths) - min(widths) <= 0.05 * max(widths) + 2, (view, widths)
    for p in panels:
        assert p["x"] >= vb["x"] - 1 and p["x"] + p["w"] <= vb["x"] + vb["w"] + 1, (view, p, vb)
        assert p["h"] > 150, (view, p)
    # the figure fills the cell's width (issue 16 item 7: it was ~640 px whatever the cell)
    assert 0.9 * boxes["cell"]["w"] <= vb["w"] <= boxes["cell"]["w"] + 1, (view, vb, boxes)
    if view == "contour":
        assert "θ*" in texts(s, root, "text"), "no θ* marker"
    assert drawing_colors(s, root, view) > 12, f"the {view} drawing is blank"
    check_text_layout(s, root, f"{root} {view}")
    if view != "1d" and metric != "eigen_ratio":
        check_colorbar(s, root, lp["colormap"])
    return v


_LABELS_JS = """(root) => {
  const r = document.querySelector(root + ' div.lossviz-view');
  const view = r.getBoundingClientRect();
  const out = [];
  const els = r.querySelectorAll('.lv-body text, .lv-body [data-role], .lossviz-panel-3d span');
  for (const e of els) {
    const text = (e.textContent || '').trim();
    if (!text || e.children.length && e.tagName.toLowerCase() !== 'text') continue;
    const st = getComputedStyle(e);
    if (st.display === 'none' || st.visibility === 'hidden' || +st.opacity === 0) continue;
    const b = e.getBoundingClientRect();
    if (b.width === 0 || b.height === 0) continue;
    let w, h, m;
    if (e instanceof SVGGraphicsElement) {
      const bb = e.getBBox();
      m = e.getScreenCTM();
      const sx = Math.hypot(m.a, m.b), sy = Math.hypot(m.c, m.d);
      w = bb.width * sx; h = bb.height * sy;
    } else {
      m = new DOMMatrix(st.transform === 'none' ? undefined : st.transform);
      if (Math.abs(m.b) < 1e-6) {  // not rotated: the text itself, not its (block) box
        const rg = document.createRange();
        rg.selectNodeContents(e);
        const t = rg.getBoundingClientRect();
        out.push({text, role: e.getAttribute('data-role') || e.className || e.tagName,
                  cx: t.x + t.width / 2, cy: t.y + t.height / 2, w: t.width, h: t.height,
                  angle: 0, box: [t.x, t.y, t.x + t.width, t.y + t.height]});
        continue;
      }
      w = e.offsetWidth; h = e.offsetHeight;
    }
    const angle = Math.atan2(m.b, m.a);
    out.push({text, role: e.getAttribute('data-role') || e.getAttribute('class') || e.tagName,
              cx: b.x + b.width / 2, cy: b.y + b.height / 2, w, h, angle,
              box: [b.x, b.y, b.x + b.width, b.y + b.height]});
  }
  return {view: [view.x, view.y, view.x + view.width, view.y + view.height], labels: out};
}"""


def _corners(lab: dict, shrink: float = 0.7) -> np.ndarray:
    """Corners of a label's (rotated) text box, shrunk to the glyphs' core."""
    c, s_ = math.cos(lab["angle"]), math.sin(lab["angle"])
    hw, hh = 0.5 * lab["w"] * 0.94, 0.5 * lab["h"] * shrink
    loc = np.array([[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]])
    rot = np.array([[c, -s_], [s_, c]])
    return loc @ rot.T + [lab["cx"], lab["cy"]]


def _separated(p: np.ndarray, q: np.ndarray) -> bool:
    """Separating-axis test of two convex quadrilaterals."""
    for poly in (p, q):
        for k in range(4):
            edge = poly[(k + 1) % 4] - poly[k]
            axis = np.array([-edge[1], edge[0]])
            a, b = p @ axis, q @ axis
            if a.max() <= b.min() or b.max() <= a.min():
                return True
    return False


def check_text_layout(s: Session, root: str, what: str) -> None:
    """No two visible labels of the figure overlap, and none sticks out of the view."""
    info = s.page.evaluate(_LABELS_JS, root)
    labels = info["labels"]
    x0, y0, x1, y1 = info["view"]
    out = [
        (lab["role"], lab["text"])
        for lab in labels
        if lab["box"][0] < x0 - 2 or lab["box"][2] > x1 + 2 or lab["box"][1] < y0 - 2
    ]
    assert not out, f"{what}: labels outside the view: {out}"
    polys = [_corners(lab) for lab in labels]
    clashes = [
        (labels[i]["text"], labels[j]["text"])
        for i in range(len(labels))
        for j in range(i + 1, len(labels))
        if not _separated(polys[i], polys[j])
    ]
    assert not clashes, f"{what}: overlapping labels: {clashes}"


def check_colorbar(s: Session, root: str, cmap_name: str) -> None:
    """The colour bar's ends show the colormap's ends (matplotlib's, as the reference)."""
    import matplotlib
    from PIL import Image

    bar = s.page.locator(f"{root} div.lossviz-view [data-role='colorbar'] .lv-colorbar-bar").first
    im = Image.open(io.BytesIO(bar.screenshot())).convert("RGB")
    w, h = im.size
    want = matplotlib.colormaps[cmap_name]
    for frac, at in ((0.04, 1.0), (0.96, 0.0)):  # top = high end
        got = np.array(im.getpixel((w // 2, int(frac * h))), dtype=float)
        ref = 255 * np.array(want(at)[:3])
        assert np.abs(got - ref).max() < 45, (cmap_name, frac, got.tolist(), ref.tolist())


def check_log_axis(s: Session, root: str, log: bool) -> None:
    """1D view: the y tick labels sit at positions linear in log10(label) (or in label)."""
    ticks = s.page.evaluate(
        """(root) => {
          const g = document.querySelector(
            root + " div.lossviz-view .lv-panel-1d [data-role='y-axis']");
          return {scale: g && g.getAttribute('data-scale'),
                  ticks: Array.from(g ? g.querySelectorAll("text.lv-tick[text-anchor='end']") : [])
                           .map((t) => [t.textContent, +t.getAttribute('y')])};
        }""",
        root,
    )
    assert ticks["scale"] == ("log" if log else "linear"), ticks
    pts = [(numbers(t)[0], y) for t, y in ticks["ticks"] if numbers(t)]
    pts = [(v, y) for v, y in pts if v > 0] if log else pts
    assert len(pts) >= 3, ticks
    vals = np.array([v for v, _ in pts])
    ys = np.array([y for _, y in pts])
    # on a log axis the labels span more than a factor 5 and y is linear in log10(value)
    xs = np.log10(vals) if log else vals
    fit = np.polyfit(xs, ys, 1)
    resid = ys - np.polyval(fit, xs)
    assert np.abs(resid).max() < 2.5, (log, pts)
    if log:
        assert vals.max() / vals.min() > 5, pts


# ---------------------------------------------------------------------- Explorer
def explorer_first(s: Session) -> dict:
    v = wait_final(s, EX, "the Explorer's first full frame", n=15)
    reset_display(s, EX)
    np.testing.assert_allclose(grid(v), explorer_ref(s)["loss"], rtol=1e-4)
    return v


def test_explorer_every_view_after_every_other(s):
    explorer_first(s)
    ref = explorer_ref(s)
    set_control(s, EX, "view", "contour")
    seen = set()
    for view in VIEW_TOUR:
        set_control(s, EX, "view", view)
        check_view(s, EX, view, ref, ["model"])
        if view == "1d":
            check_log_axis(s, EX, log=True)
        if view not in seen:
            seen.add(view)
            shot(s, EX, f"explorer-{view}")
    assert seen == set(VIEWS)
    # the 1D slice on a linear axis, then log again
    set_control(s, EX, "view", "1d")
    set_control(s, EX, "scale", "linear")
    H.wait_view(s.page, EX, lambda v: v["lastPaint"]["yscale"] == "linear", timeout=30,
                what="a linear 1D axis")  # fmt: skip
    check_log_axis(s, EX, log=False)
    set_control(s, EX, "scale", "log")
    H.wait_view(s.page, EX, lambda v: v["lastPaint"]["yscale"] == "log", timeout=30,
                what="a log 1D axis")  # fmt: skip
    check_log_axis(s, EX, log=True)
    set_control(s, EX, "view", "contour")


def test_explorer_display_controls(s):
    """scale, clip, colormap, metric, epoch: client-side only, drawn values stay exact."""
    v0 = explorer_first(s)
    ref = explorer_ref(s)
    set_control(s, EX, "view", "contour")
    v = check_view(s, EX, "contour", ref, ["model"])
    fid = v["lastPaint"]["frameId"]
    # log <-> linear: the colour range follows, the data do not change
    loss = ref["loss"]
    assert v["lastPaint"]["scale"] == "log"
    set_control(s, EX, "scale", "linear")
    v = paint_after(s, EX, v, "linear scale", lambda v: v["lastPaint"]["scale"] == "linear")
    lo, hi = v["lastPaint"]["zmin"], v["lastPaint"]["zmax"]
    clip = v["lastPaint"]["clip"] or math.inf
    assert lo == pytest.approx(loss.min(), rel=1e-4)
    assert hi == pytest.approx(min(loss.max(), clip), rel=1e-4)
    # clip: the top of the scale is the clip level (when the grid reaches it)
    level = float(np.round(np.quantile(loss, 0.5), 2))
    set_control(s, EX, "clip", level)
    v = paint_after(s, EX, v, f"clip at {level}", lambda v: v["lastPaint"]["clip"] == level)
    assert v["lastPaint"]["zmax"] == pytest.approx(level, rel=1e-6)
    assert v["model"]["clip"] == level
    texts_cb = texts(s, EX, "[data-role='colorbar-title']")
    assert any("clip" in t for t in texts_cb), texts_cb
    set_control(s, EX, "clip", 0)  # 0 = no clipping
    v = paint_after(s, EX, v, "no clip", lambda v: v["lastPaint"]["clip"] == 0)
    assert v["lastPaint"]["zmax"] == pytest.approx(loss.max(), rel=1e-4)
    set_control(s, EX, "clip", 10)
    set_control(s, EX, "scale", "log")
    v = paint_after(s, EX, v, "log scale", lambda v: v["lastPaint"]["scale"] == "log")
    assert v["lastPaint"]["zmin"] == pytest.approx(math.log10(loss.min()), abs=1e-3) or v[
        "lastPaint"
    ]["zmin"] == pytest.approx(loss.min(), rel=1e-4)
    # colormap: the picture changes, the numbers do not
    before = drawing_colors(s, EX, "contour")
    png0 = s.page.locator(f"{EX} canvas.lv-canvas").first.screenshot()
    set_control(s, EX, "colormap", "magma")
    v = paint_after(s, EX, v, "magma", lambda v: v["lastPaint"]["colormap"] == "magma")
    png1 = s.page.locator(f"{EX} canvas.lv-canvas").first.screenshot()
    assert png0 != png1 and drawing_colors(s, EX, "contour") > 12 and before > 12
    set_control(s, EX, "colormap", "auto")
    # accuracy: exact values, linear scale, no clip; back to loss
    set_control(s, EX, "metric", "accuracy")
    v = paint_after(s, EX, v, "accuracy", lambda v: v["lastPaint"]["metric"] == "accuracy")
    np.testing.assert_allclose(grid(v), ref["accuracy"], rtol=1e-4, atol=1e-6)
    assert v["lastPaint"]["scale"] == "linear"
    check_view(s, EX, "contour", ref, ["model"])
    set_control(s, EX, "metric", "loss")
    v = paint_after(s, EX, v, "loss again", lambda v: v["lastPaint"]["metric"] == "loss")
    # epoch slider: the label says "epoch k" for the trajectory point shown
    n_points = 9  # the notebook records epochs 0..8
    set_control(s, EX, "epoch", 3)
    v = paint_after(s, EX, v, "epoch 3", lambda v: v["lastPaint"]["epoch"] == 3)
    label = s.page.locator(f"{EX} [data-role='epoch-label']").inner_text().strip()
    assert label == "epoch 3", label
    # the trajectory's current point is labelled with its epoch on the plot (not "end")
    on_plot = texts(s, EX, ".lv-body text")
    assert "epoch 3" in on_plot and "end" not in on_plot, on_plot
    set_control(s, EX, "epoch", n_points - 1)
    v = paint_after(s, EX, v, "last epoch", lambda v: v["lastPaint"]["epoch"] == n_points - 1)
    label = s.page.locator(f"{EX} [data-role='epoch-label']").inner_text().strip()
    assert label == f"epoch {n_points - 1}", label
    assert v["lastPaint"]["frameId"] == fid == v0["lastPaint"]["frameId"], "no recomputation"


def test_explorer_descent_ball(s):
    """Click the plot: the ball descends the loss like the Python reference; never accuracy."""
    from lossviz.widgets.descent import GridFunction, descend

    explorer_first(s)
    ref = explorer_ref(s)
    set_control(s, EX, "view", "contour")
    set_control(s, EX, "metric", "loss")
    v = check_view(s, EX, "contour", ref, ["model"])
    set_control(s, EX, "ball-method", "momentum")
    set_control(s, EX, "ball-lr", math.log10(0.02))
    canvas = s.page.locator(f"{EX} canvas.lv-canvas").first
    box = canvas.bounding_box()
    s.page.mouse.click(box["x"] + 0.75 * box["width"], box["y"] + 0.3 * box["height"])
    v = H.wait_view(
        s.page, EX,
        lambda v: v["lastPaint"]["ball"] is not None and not v["model"]["ball"]["running"]
        and v["lastPaint"]["ball"]["steps"] > 3,
        timeout=60, what="the ball to finish",
    )  # fmt: skip
    ball = v["lastPaint"]["ball"]
    assert ball["metric"] == "loss"
    start = v["model"]["ball"]["start"]
    assert 0.4 < start[0] < 0.6 and 0.3 < start[1] < 0.5, start  # where the click was
    lr = v["model"]["ball"]["lr"]
    assert v["model"]["ball"]["method"] == "momentum" and lr == pytest.approx(0.02, rel=0.02)
    a = np.linspace(-1, 1, 15)
    f32 = ref["loss"].astype(np.float32).astype(np.float64)  # what the browser holds
    want = descend(GridFunction(a, a, f32), start, method="momentum", lr=lr, steps=150)
    got = np.asarray(ball["points"], dtype=np.float64)
    assert got.shape[0] == len(want.points), (got.shape, len(want.points))
    np.testing.assert_allclose(got, want.points, atol=1e-4)
    status = s.page.locator(f"{EX} [data-role='ball-status']").inner_text()
    assert "loss" in status and "step" in status, status
    shot(s, EX, "explorer-ball")
    # "run" replays the finished descent from the same start
    t_done = v["lastPaint"]["t"]
    set_control(s, EX, "ball-run", None)
    v = H.wait_view(
        s.page, EX,
        lambda v: v["lastPaint"]["t"] > t_done and v["lastPaint"]["ball"] is not None
        and not v["model"]["ball"]["running"] and v["lastPaint"]["ball"]["steps"] > 3,
        timeout=60, what="the replayed ball to finish",
    )  # fmt: skip
    np.testing.assert_allclose(v["lastPaint"]["ball"]["points"], want.points, atol=1e-4)
    # on accuracy the ball never runs: run is disabled and a click drops nothing
    set_control(s, EX, "metric", "accuracy")
    v = paint_after(s, EX, v, "accuracy", lambda v: v["lastPaint"]["metric"] == "accuracy")
    assert control(s, EX, "ball-run").is_disabled()
    assert not v["model"]["ball"]["running"]
    s.page.mouse.click(box["x"] + 0.2 * box["width"], box["y"] + 0.8 * box["height"])
    s.page.wait_for_timeout(500)
    v2 = H.read_view(s.page, EX)
    assert v2["model"]["ball"]["start"] == start and not v2["model"]["ball"]["running"]
    set_control(s, EX, "metric", "loss")
    # remove the ball: no stale status stays
    set_control(s, EX, "ball-clear", None)
    H.wait_view(s.page, EX, lambda v: v["model"]["ball"]["start"] is None, timeout=10,
                what="the ball removed")  # fmt: skip
    assert s.page.locator(f"{EX} [data-role='ball-status']").inner_text().strip() == ""


def test_explorer_presentation_and_png(s):
    explorer_first(s)
    set_control(s, EX, "view", "contour")
    v = H.read_view(s.page, EX)
    set_control(s, EX, "presentation", None)
    v = paint_after(s, EX, v, "presentation", lambda v: v["lastPaint"]["presentation"])
    sizes = s.page.evaluate(
        """(root) => Array.from(document.querySelectorAll(root + ' div.lossviz-view text'))
             .filter((t) => t.getBoundingClientRect().width > 0)
             .map((t) => parseFloat(getComputedStyle(t).fontSize))""",
        EX,
    )
    assert sizes and min(sizes) >= 18, sizes
    shot(s, EX, "explorer-presentation")
    set_control(s, EX, "presentation", None)
    v = paint_after(s, EX, v, "presentation off", lambda v: not v["lastPaint"]["presentation"])
    # the figure follows the cell's width when the window is resized
    w0 = v["lastPaint"]["width"]
    size = s.page.viewport_size
    s.page.set_viewport_size({"width": size["width"] - 300, "height": size["height"]})
    try:
        v = paint_after(
            s, EX, v, "a repaint at the narrower width",
            lambda v: v["lastPaint"]["width"] < w0 - 150, timeout=20,
        )  # fmt: skip
        check_view(s, EX, "contour", explorer_ref(s), ["model"])
    finally:
        s.page.set_viewport_size(size)
    paint_after(s, EX, v, "the wider width again", lambda v: v["lastPaint"]["width"] == w0)
    with s.page.expect_download(timeout=30_000) as dl:
        set_control(s, EX, "png", None)
    png = Path(dl.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and colors_in(png) > 20


def test_explorer_compute_controls(s):
    """Seed box, normalization, bias/BN, a range (mouse drag), resolution: exact frames."""
    v = explorer_first(s)
    # seed: five digits, shown whole, and the frame of that seed
    seed_box = ipy(s, EX, "widget-text", "seed").locator("input")
    seed_box.click(click_count=3)
    seed_box.press_sequentially("12345")
    seed_box.press("Enter")
    fits = seed_box.evaluate("(e) => [e.value, e.scrollWidth <= e.clientWidth]")
    assert fits == ["12345", True], fits
    v = wait_final(s, EX, "the seed 12345 frame", fid_above=v["lastPaint"]["frameId"])
    np.testing.assert_allclose(grid(v), explorer_ref(s, seed=12345)["loss"], rtol=1e-4)
    # normalization and bias/BN rule
    ipy(s, EX, "widget-dropdown", "normalize").locator("select").select_option(index=1)
    v = wait_final(s, EX, "the layer-normalized frame", fid_above=v["lastPaint"]["frameId"])
    np.testing.assert_allclose(
        grid(v), explorer_ref(s, seed=12345, norm="layer")["loss"], rtol=1e-4
    )
    ipy(s, EX, "widget-dropdown", "bias/BN").locator("select").select_option(index=1)
    v = wait_final(s, EX, "the copy-bias frame", fid_above=v["lastPaint"]["frameId"])
    want = explorer_ref(s, seed=12345, norm="layer", ignore="none")["loss"]
    np.testing.assert_allclose(grid(v), want, rtol=1e-4)
    # a range: drag the lower handle with the mouse
    slider = ipy(s, EX, "widget-hslider", "a range")
    drag(s, slider.locator(".noUi-handle-lower"), 40)
    lo, hi = readout(s, slider)
    assert lo > -1 and hi == pytest.approx(1.0)
    prev = v["lastPaint"]["frameId"]
    v = H.wait_view(
        s.page, EX, lambda v: final(fid_above=prev)(v) and abs(_a0(s) - lo) < 1e-6,
        timeout=COMPUTE_TIMEOUT, what=f"the frame for a = [{lo}, {hi}]",
    )  # fmt: skip
    want = explorer_ref(s, seed=12345, norm="layer", ignore="none", a=(lo, hi))["loss"]
    np.testing.assert_allclose(grid(v), want, rtol=1e-4)
    # resolution: drag the handle; the frame has that many points per axis
    res = ipy(s, EX, "widget-hslider", "resolution")
    drag(s, res.locator(".noUi-handle"), -12)
    n = int(readout(s, res)[0])
    assert n != 15 and n % 2 == 1
    v = wait_final(s, EX, f"the {n}x{n} frame", n=n)
    want = explorer_ref(s, seed=12345, norm="layer", ignore="none", a=(lo, hi), n=n)["loss"]
    np.testing.assert_allclose(grid(v), want, rtol=1e-4)
    shot(s, EX, "explorer-after-controls")


NORMS = ("filter", "layer", "model", "weight", "none")  # the order of the dropdown


def explorer_settings(s: Session) -> dict:
    """The Explorer's compute settings as its controls show them, and the frame's axes."""
    seed = int(ipy(s, EX, "widget-text", "seed").locator("input").input_value())
    norm = ipy(s, EX, "widget-dropdown", "normalize").locator("select")
    ignore = ipy(s, EX, "widget-dropdown", "bias/BN").locator("select")
    axes = _axes(s, EX)
    return {
        "seed": seed,
        "norm": NORMS[norm.evaluate("(e) => e.selectedIndex")],
        "ignore": ("biasbn", "none")[ignore.evaluate("(e) => e.selectedIndex")],
        "a": (axes["a"][0], axes["a"][-1]),
        "b": (axes["b"][0], axes["b"][-1]),
        "n": len(axes["a"]),
    }


def _axes(s: Session, root: str) -> dict:
    return s.page.evaluate(
        """(root) => { const i = window.__lossviz.filter((x) => (x.root || x.el).isConnected &&
                                   (x.root || x.el).closest(root)).pop();
                       return {a: Array.from(i.frame.a), b: Array.from(i.frame.b),
                               a_label: i.frame.aLabel || ''}; }""",
        root,
    )


def test_explorer_more_controls(s):
    """re-roll, b range, PCA directions, cancel, eigen-ratio confirm, HTML and file export."""
    import lossviz as lv

    v = wait_final(s, EX, "the Explorer's current frame")
    reset_display(s, EX)
    # the cancel button shows its whole label (issue 16 item 7: it was squeezed to "ca...")
    cancel = s.page.locator(f"{EX} button.jupyter-button", has_text="cancel")
    assert cancel.count() == 1
    fits = cancel.evaluate("(e) => [e.innerText.trim(), e.scrollWidth <= e.clientWidth + 1]")
    assert fits == ["cancel", True], fits
    # re-roll: a new seed in the seed box and the frame of that seed
    before = explorer_settings(s)
    s.page.locator(f"{EX} button.jupyter-button", has_text="re-roll").click()
    v = wait_final(s, EX, "the re-rolled frame", fid_above=v["lastPaint"]["frameId"])
    st = explorer_settings(s)
    assert st["seed"] != before["seed"]
    ref = explorer_ref(s, st["seed"], st["norm"], st["ignore"], st["a"], st["b"], st["n"])
    np.testing.assert_allclose(grid(v), ref["loss"], rtol=1e-4)
    # b range: drag the upper handle to the left
    slider = ipy(s, EX, "widget-hslider", "b range")
    drag(s, slider.locator(".noUi-handle-upper"), -40)
    lo, hi = readout(s, slider)
    assert hi < st["b"][1]
    prev = v["lastPaint"]["frameId"]
    v = H.wait_view(
        s.page, EX, lambda v: final(fid_above=prev)(v) and abs(_axes(s, EX)["b"][-1] - hi) < 1e-6,
        timeout=COMPUTE_TIMEOUT, what=f"the frame for b = [{lo}, {hi}]",
    )  # fmt: skip
    st = explorer_settings(s)
    ref = explorer_ref(s, st["seed"], st["norm"], st["ignore"], st["a"], st["b"], st["n"])
    np.testing.assert_allclose(grid(v), ref["loss"], rtol=1e-4)
    # PCA of the trajectory: the plane of the path, axes fitted to it
    s.page.locator(f"{EX} .widget-toggle-buttons button", has_text="PCA").click()
    prev = v["lastPaint"]["frameId"]
    v = H.wait_view(
        s.page, EX, lambda v: final(fid_above=prev)(v) and _axes(s, EX)["a_label"].startswith("PC"),
        timeout=COMPUTE_TIMEOUT, what="the PCA frame (axis 'PC1 ...')",
    )  # fmt: skip
    st = explorer_settings(s)
    net = _MODELS[("explorer", _sha(s.workdir / "explorer_net.pt"))]
    traj = lv.Trajectory.load(s.workdir / "explorer_traj.npz")
    dirs = lv.pca_directions(traj, n=2, center=net)
    land = lv.surface(
        net, _data(), dirs, a=(*st["a"], st["n"]), b=(*st["b"], st["n"]), progress=False
    )
    np.testing.assert_allclose(grid(v), np.asarray(land["loss"]), rtol=1e-4)
    shot(s, EX, "explorer-pca")
    # export: a standalone HTML page that draws offline, and the landscape file
    for f in s.workdir.glob("lossviz-landscape*"):
        f.unlink()
    s.page.locator(f"{EX} button.jupyter-button", has_text="HTML page").click()
    s.page.locator(f"{EX} button.jupyter-button", has_text="landscape file").click()
    html, npz = s.workdir / "lossviz-landscape.html", s.workdir / "lossviz-landscape.npz"
    deadline = time.monotonic() + 120
    while not (html.exists() and npz.exists()) and time.monotonic() < deadline:
        s.page.wait_for_timeout(250)
    assert html.exists() and npz.exists(), sorted(p.name for p in s.workdir.iterdir())
    saved = lv.Landscape.load(npz)
    np.testing.assert_allclose(np.asarray(saved["loss"]), grid(v), rtol=1e-6)
    page = H.new_page(s.page.context.browser, width=1100, height=900)
    try:
        page.goto(html.as_uri())
        H.wait_instances(page, 1, timeout=60)
        w = H.read_view(page, 0)
        np.testing.assert_allclose(grid(w), grid(v), rtol=1e-6)
        assert colors_in(page.locator("div.lossviz-view canvas").first.screenshot()) > 12
        assert H.console_errors(page) == [] and H.blocked_requests(page) == []
    finally:
        H.close_page(page)
    # back to random directions
    s.page.locator(f"{EX} .widget-toggle-buttons button", has_text="random").click()
    prev = v["lastPaint"]["frameId"]
    v = H.wait_view(
        s.page, EX,
        lambda v: final(fid_above=prev)(v) and not _axes(s, EX)["a_label"].startswith("PC"),
        timeout=COMPUTE_TIMEOUT, what="the random-directions frame",
    )  # fmt: skip
    st = explorer_settings(s)
    ref = explorer_ref(s, st["seed"], st["norm"], st["ignore"], st["a"], st["b"], st["n"])
    np.testing.assert_allclose(grid(v), ref["loss"], rtol=1e-4)
    # eigen-ratio map (minutes on this machine): start it, then stop it with cancel; the
    # loss frame stays drawn
    fid = v["lastPaint"]["frameId"]
    box = s.page.locator(f"{EX} .widget-checkbox", has_text="eigen-ratio").locator("input")
    box.check()
    H.wait_view(
        s.page, EX,
        lambda v: v["model"]["status"]["state"] in ("computing", "confirm")
        and "eigen" in v["model"]["status"]["message"],
        timeout=60, what="the eigen-ratio computation to start",
    )  # fmt: skip
    assert not cancel.is_disabled()
    cancel.click()
    v = H.wait_view(
        s.page, EX, lambda v: v["model"]["status"]["state"] not in ("computing", "confirm"),
        timeout=60, what="the computation to stop after cancel",
    )  # fmt: skip
    assert v["lastPaint"]["frameId"] == fid and v["lastPaint"]["metric"] == "loss"
    box.uncheck()


def _a0(s: Session) -> float:
    """The first a coordinate of the Explorer's current frame (decoded in the page)."""
    return s.page.evaluate(
        """(root) => { const i = window.__lossviz.filter((x) => (x.root || x.el).isConnected &&
                                   (x.root || x.el).closest(root)).pop();
                       return i && i.frame ? i.frame.a[0] : null; }""",
        EX,
    )


# ---------------------------------------------------------------------- Compare
def compare_first(s: Session, n: int = 9) -> dict:
    v = wait_final(s, CMP, "the Compare's first full frame", n=n)
    reset_display(s, CMP)
    check_compare_values(v, n)
    return v


def check_compare_values(v: dict, n: int, a=(-1, 1)) -> None:
    panels = v["panels"]
    assert [p["title"] for p in panels] == list(COMPARE_MODELS)
    for p in panels:
        want = compare_ref(p["title"], a=a, n=n)[v["lastPaint"]["metric"]]
        vals = np.asarray(p["values"], dtype=np.float64)
        if v["lastPaint"]["view"] == "1d":
            np.testing.assert_allclose(vals, want[:, (n - 1) // 2], rtol=1e-4)
        else:
            np.testing.assert_allclose(vals.reshape(n, n), want, rtol=1e-4, err_msg=p["title"])
    # one colour scale and z range for all panels: the range covers both panels' values
    lp = v["lastPaint"]
    both = np.concatenate([np.asarray(p["values"], dtype=np.float64) for p in panels])
    if lp["scale"] == "linear" and lp["metric"] == "loss" and not lp["clip"]:
        assert lp["zmax"] == pytest.approx(np.nanmax(both), rel=1e-4)


def test_compare_round_trip_and_every_view(s):
    """Issue 16 item 1: contour -> surface -> contour keeps both panels; then every pair."""
    compare_first(s)
    names = list(COMPARE_MODELS)
    refs = compare_ref(names[0])
    set_control(s, CMP, "view", "contour")
    check_view(s, CMP, "contour", refs, names)
    shot(s, CMP, "compare-contour")
    set_control(s, CMP, "view", "surface")
    check_view(s, CMP, "surface", refs, names)
    set_control(s, CMP, "view", "contour")
    v = check_view(s, CMP, "contour", refs, names)
    check_compare_values(v, 9)
    seen = set()
    for view in VIEW_TOUR:
        set_control(s, CMP, "view", view)
        v = check_view(s, CMP, view, refs, names)
        check_compare_values(v, 9)
        if view not in seen:
            seen.add(view)
            if view != "contour":
                shot(s, CMP, f"compare-{view}")
    # the default paper preset: log colour scale, clip at 10, one range for both panels
    assert v["lastPaint"]["scale"] == "log" and v["lastPaint"]["clip"] == 10
    set_control(s, CMP, "view", "contour")
    set_control(s, CMP, "scale", "linear")
    v = paint_after(s, CMP, v, "linear", lambda v: v["lastPaint"]["scale"] == "linear")
    both = np.concatenate([np.asarray(p["values"], dtype=np.float64) for p in v["panels"]])
    assert v["lastPaint"]["zmax"] == pytest.approx(min(10, np.nanmax(both)), rel=1e-4)
    set_control(s, CMP, "clip", 3)
    v = paint_after(s, CMP, v, "clip 3", lambda v: v["lastPaint"]["clip"] == 3)
    assert v["lastPaint"]["zmax"] == pytest.approx(3, rel=1e-6)
    check_compare_values(v, 9)
    set_control(s, CMP, "clip", 10)
    set_control(s, CMP, "scale", "log")


def test_compare_linked_cameras(s):
    """Drag-rotate the right 3D panel: the left one turns the same way (one shared camera)."""
    compare_first(s)
    set_control(s, CMP, "view", "surface")
    check_view(s, CMP, "surface", compare_ref(list(COMPARE_MODELS)[0]), list(COMPARE_MODELS))
    s.page.wait_for_timeout(300)
    labels0 = _label_positions(s)
    boxes = panel_boxes(s, CMP)["panels"]
    left, right = sorted(boxes, key=lambda b: b["x"])
    shot_left0 = _panel_png(s, left)
    cam0 = H.read_view(s.page, CMP, values=False)["model"]["camera"]
    x, y = right["x"] + right["w"] / 2, right["y"] + right["h"] / 2
    s.page.mouse.move(x, y)
    s.page.mouse.down()
    s.page.mouse.move(x + 60, y + 10, steps=6)
    s.page.mouse.move(x + 120, y + 20, steps=6)
    s.page.mouse.up()
    v = H.wait_view(
        s.page, CMP, lambda v: v["model"]["camera"] and v["model"]["camera"] != cam0,
        timeout=10, what="the camera trait to change after a drag",
    )  # fmt: skip
    s.page.wait_for_timeout(500)  # damping settles
    labels1 = _label_positions(s)
    assert _panel_png(s, left) != shot_left0, "the other panel did not turn"
    # the same camera for both panels: axis labels sit at the same places within each panel
    for role in ("x-title", "y-title", "z-title"):
        p0, p1 = labels1[role]
        assert abs(p0[0] - p1[0]) < 3 and abs(p0[1] - p1[1]) < 3, (role, labels1)
        q0 = labels0[role][0]
        moved = abs(p0[0] - q0[0]) + abs(p0[1] - q0[1])
        assert moved > 3, (role, labels0, labels1)
    assert v["model"]["camera"]["eye"] != cam0.get("eye")
    shot(s, CMP, "compare-surface-rotated")


def _label_positions(s: Session) -> dict:
    """Per role, per 3D panel: the label's centre relative to its panel's top-left corner."""
    return s.page.evaluate(
        """(root) => {
          const r = document.querySelector(root + ' div.lossviz-view');
          const out = {};
          for (const role of ['x-title', 'y-title', 'z-title']) {
            out[role] = Array.from(r.querySelectorAll('.lossviz-panel-3d')).map((p) => {
              const pb = p.getBoundingClientRect();
              const e = p.querySelector(`[data-role='${role}']`);
              const b = e.getBoundingClientRect();
              return [b.x + b.width / 2 - pb.x, b.y + b.height / 2 - pb.y];
            });
          }
          return out;
        }""",
        CMP,
    )


def _panel_png(s: Session, box: dict) -> bytes:
    return s.page.screenshot(
        clip={"x": box["x"], "y": box["y"], "width": box["w"], "height": box["h"]}
    )


def test_compare_resolution_drag(s):
    v = compare_first(s)
    set_control(s, CMP, "view", "contour")
    res = ipy(s, CMP, "widget-hslider", "resolution")
    drag(s, res.locator(".noUi-handle"), 8)
    n = int(readout(s, res)[0])
    assert n != 9
    v = wait_final(s, CMP, f"the Compare's {n}x{n} frame", n=n)
    check_compare_values(v, n)
    check_view(s, CMP, "contour", compare_ref(list(COMPARE_MODELS)[0], n=n), list(COMPARE_MODELS))
    # a typed seed: both panels get the new directions
    seed_box = ipy(s, CMP, "widget-text", "seed").locator("input")
    seed_box.click(click_count=3)
    seed_box.press_sequentially("54321")
    seed_box.press("Enter")
    wants = {name: compare_ref(name, seed=54321, n=n)["loss"] for name in COMPARE_MODELS}

    def seeded(v):  # the last change wins: wait for the finished frame of seed 54321
        return final(fid_above=fid)(v) and all(
            np.allclose(np.reshape(p["values"], (n, n)), wants[p["title"]], rtol=1e-4)
            for p in v["panels"]
        )

    fid = v["lastPaint"]["frameId"]
    v = H.wait_view(s.page, CMP, seeded, timeout=COMPUTE_TIMEOUT, what="the seed 54321 frame")
    for p in v["panels"]:
        np.testing.assert_allclose(np.reshape(p["values"], (n, n)), wants[p["title"]], rtol=1e-4)


# ---------------------------------------------------------------------- many 3D views
MANY = 18  # more views than Chromium's 16 WebGL contexts per page

MANY_CELL = f"""import numpy as np
import ipywidgets as widgets
from lossviz import Landscape
from lossviz.widgets.serialize import frame_payload
from lossviz.widgets.view import LandscapeView

a = np.linspace(-1, 1, 21)
views = []
for k in range({MANY}):
    loss = 0.1 + np.add.outer(a**2, (1 + k / 4) * a**2)
    frame = frame_payload({{f"view {{k}}": Landscape((a, a), {{"loss": loss}})}})
    views.append(LandscapeView(frame=frame, view="surface" if k % 2 else "paraview"))
widgets.VBox(views)"""


def test_many_3d_views_in_one_page(chromium, tmp_path):
    """18 widgets in 3D in one Voila page: each draws when scrolled to, the first again last."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.cells = [nbformat.v4.new_code_cell(MANY_CELL)]
    nbformat.write(nb, tmp_path / "many.ipynb")
    with H.voila_server(tmp_path, "many.ipynb") as url:
        page = H.new_page(chromium, width=1100, height=900)
        gl_warnings = []
        page.on(
            "console",
            lambda m: "context" in m.text.lower() and "webgl" in m.text.lower()
            and gl_warnings.append(m.text),
        )  # fmt: skip
        try:
            H.open_voila(page, url)
            H.wait_instances(page, MANY)
            s = Session("voila", page, tmp_path)
            roots = page.locator("div.lossviz-view")
            assert roots.count() == MANY
            for k in [*range(MANY), 0]:
                root = roots.nth(k)
                root.scroll_into_view_if_needed()
                canvas = root.locator("canvas.lossviz-3d-canvas")
                canvas.wait_for(state="visible", timeout=30_000)
                page.wait_for_timeout(300)  # the renderer draws on the next frame
                assert colors_in(canvas.first.screenshot()) > 12, f"view {k} is blank"
            assert s.errors() == [] and H.blocked_requests(page) == []
            # the front-end keeps its own budget of live contexts: Chromium never drops one
            assert gl_warnings == [], gl_warnings
        finally:
            H.close_page(page)
