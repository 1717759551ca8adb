"""Widgets without a browser: scheduling, state -> landscape, errors, descent math."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import numpy as np
import pytest
import torch

import lossviz as lv
from lossviz.widgets.controller import Controller, LandscapeJob, ViewState
from lossviz.widgets.descent import GridFunction, descend
from lossviz.zoo import MLP, spiral


# ---------------------------------------------------------------------- fixtures
def same_values(actual, desired):
    """Equal up to float rounding: the evaluator may pick loop or vmap per call (they agree
    to ~1e-8), while a stale frame of another state differs by far more."""
    np.testing.assert_allclose(actual, desired, rtol=1e-6, atol=1e-7)


@pytest.fixture(scope="module")
def data():
    return spiral(n_per_class=100)


@pytest.fixture(scope="module")
def net():
    torch.manual_seed(0)
    return MLP(2, 3, width=12, depth=2)


def _ref(model, data, seed=0, norm="filter", ignore="biasbn", a=(-1, 1), b=(-1, 1), n=21, ndim=2):
    dirs = lv.random_directions(model, n=ndim, seed=seed, norm=norm, ignore=ignore)
    kw = {"b": (b[0], b[1], n)} if ndim == 2 else {}
    return lv.surface(model, data, dirs, a=(a[0], a[1], n), progress=False, **kw)


def _slider_msg(widget, value):
    """Change a widget the way the browser does: a comm 'update' message."""
    state = {"value": value}
    if hasattr(widget, "options"):  # selection widgets sync the index
        state = {"index": [v for _, v in widget._options_full].index(value)}
    widget._handle_msg(
        {
            "content": {"data": {"method": "update", "state": state, "buffer_paths": []}},
            "buffers": [],
        }
    )


# ---------------------------------------------------------------------- descent
def _quadratic(center=(0.3, -0.2), scale=(1.0, 3.0), n=41):
    a = np.linspace(-2, 2, n)
    b = np.linspace(-1.5, 1.5, n + 6)
    A, B = np.meshgrid(a, b, indexing="ij")
    z = scale[0] * (A - center[0]) ** 2 + scale[1] * (B - center[1]) ** 2
    return GridFunction(a, b, z)


def test_interpolant_is_exact_for_bilinear_functions():
    rng = np.random.default_rng(0)
    a = np.sort(rng.uniform(-1, 1, 7))
    b = np.sort(rng.uniform(-2, 2, 9))
    c = rng.normal(size=4)
    A, B = np.meshgrid(a, b, indexing="ij")
    f = GridFunction(a, b, c[0] + c[1] * A + c[2] * B + c[3] * A * B)
    for _ in range(20):
        x, y = rng.uniform(a[0], a[-1]), rng.uniform(b[0], b[-1])
        assert f.value((x, y)) == pytest.approx(c[0] + c[1] * x + c[2] * y + c[3] * x * y)
        exact = [c[1] + c[3] * y, c[2] + c[3] * x]
        np.testing.assert_allclose(f.cell_gradient((x, y)), exact, rtol=1e-9, atol=1e-9)


def test_gradient_of_sampled_quadratic_is_exact():
    f = _quadratic()
    rng = np.random.default_rng(1)
    for _ in range(20):
        x, y = rng.uniform(-1.8, 1.8), rng.uniform(-1.3, 1.3)
        np.testing.assert_allclose(
            f.gradient((x, y)), [2 * (x - 0.3), 6 * (y + 0.2)], rtol=1e-9, atol=1e-9
        )


@pytest.mark.parametrize("method,lr", [("gd", 0.1), ("momentum", 0.03), ("adam", 0.05)])
def test_descent_converges_to_quadratic_minimum(method, lr):
    path = descend(_quadratic(), (-1.5, 1.0), method=method, lr=lr, steps=3000)
    assert path.status == "converged"
    np.testing.assert_allclose(path.points[-1], [0.3, -0.2], atol=1e-3)
    assert path.values[-1] < path.values[0]
    np.testing.assert_array_equal(path.points[0], [-1.5, 1.0])


def test_too_large_learning_rate_diverges():
    f = _quadratic(scale=(1.0, 1.0))
    # GD on s*x^2 contracts iff lr < 1/s: 0.9 converges, 1.1 grows |x - x*| every step
    assert descend(f, (1.0, 0.5), lr=0.9, steps=2000).status == "converged"
    path = descend(f, (1.0, 0.5), lr=1.1, steps=2000)
    assert path.status == "left the grid"
    dist = np.linalg.norm(path.points - [0.3, -0.2], axis=1)
    assert np.all(np.diff(dist) > 0)


def test_momentum_rolls_through_a_small_bump_that_stops_gd():
    a = np.linspace(-3, 3, 121)
    b = np.linspace(-1, 1, 41)
    A, B = np.meshgrid(a, b, indexing="ij")
    # a slope down to x = 2 with a small dip (local minimum) near x = -0.9 on the way
    z = 0.1 * (A - 2) ** 2 - 0.25 * np.exp(-((A + 1) ** 2) / 0.08) + B**2
    f = GridFunction(a, b, z)
    gd = descend(f, (-2.5, 0.3), method="gd", lr=0.05, steps=3000)
    mom = descend(f, (-2.5, 0.3), method="momentum", lr=0.02, momentum=0.9, steps=3000)
    assert gd.status == mom.status == "converged"
    assert gd.points[-1][0] == pytest.approx(-0.89, abs=0.05)  # stuck in the dip
    assert mom.points[-1][0] == pytest.approx(2.0, abs=0.01)  # the global minimum
    assert mom.values[-1] < gd.values[-1]


def test_descent_validation_and_nan():
    f = _quadratic()
    with pytest.raises(ValueError, match="method"):
        descend(f, (0, 0), method="newton")
    with pytest.raises(ValueError, match="outside"):
        descend(f, (5, 0))
    with pytest.raises(ValueError, match="lr"):
        descend(f, (0, 0), lr=-1)
    z = f.z.copy()
    z[25:, :] = np.nan  # uncomputed region on the way to the minimum
    path = descend(GridFunction(f.a, f.b, z), (-1.5, 0.0), lr=0.1, steps=500)
    assert path.status in ("converged", "nan")
    g = GridFunction(f.a, f.b, np.where(np.arange(f.a.size)[:, None] > 5, np.nan, f.z))
    assert descend(g, (0.0, 0.0), lr=0.1).status == "nan"


# ---------------------------------------------------------------------- controller
def _slow_job(log, delay=0.01, steps=5):
    def job(req, ctx):
        for _ in range(steps):
            if ctx.cancel.is_set():
                from lossviz import Cancelled

                raise Cancelled()
            time.sleep(delay)
        ctx.emit(("preview", req))
        for _ in range(steps):
            if ctx.cancel.is_set():
                from lossviz import Cancelled

                raise Cancelled()
            time.sleep(delay)
        ctx.emit(("full", req))

    return job


def test_controller_last_request_wins():
    shown = []
    ctl = Controller(_slow_job(shown), on_frame=shown.append)
    gens = []
    for i in range(20):
        gens.append(ctl.submit(i))
        time.sleep(0.003)
    assert ctl.wait(10)
    assert shown[-1] == ("full", 19)
    # nothing after the last request's first frame belongs to an older request
    first_19 = shown.index(("preview", 19))
    assert all(r == 19 for _, r in shown[first_19:])
    # frames arrive in request order (never an old frame after a newer one)
    reqs = [r for _, r in shown]
    assert reqs == sorted(reqs)
    assert gens == list(range(1, 21))
    assert not ctl.busy
    ctl.close()


def test_controller_cancel_and_error():
    shown, errors, statuses = [], [], []
    started = threading.Event()

    def job(req, ctx):
        started.set()
        if req == "boom":
            raise RuntimeError("boom in the loss")
        for _ in range(1000):
            if ctx.cancel.is_set():
                raise lv.Cancelled()
            time.sleep(0.005)
        ctx.emit(req)

    ctl = Controller(
        job,
        on_frame=shown.append,
        on_error=lambda e, tb: errors.append((e, tb)),
        on_status=statuses.append,
    )
    ctl.submit("long")
    assert started.wait(5)
    t0 = time.perf_counter()
    ctl.cancel()
    assert ctl.wait(5)
    assert time.perf_counter() - t0 < 1.0
    assert shown == [] and statuses[-1] == "cancelled"
    ctl.submit("boom")
    assert ctl.wait(5)
    assert statuses[-1] == "error"
    assert isinstance(errors[-1][0], RuntimeError) and "boom in the loss" in errors[-1][1]
    assert isinstance(ctl.last_error, RuntimeError)
    ctl.close()


def test_view_state_validation_and_keys():
    st = ViewState()
    with pytest.raises(ValueError, match="norm"):
        st.update(norm="bogus")
    with pytest.raises(ValueError, match="a: min"):
        st.update(a=(1, -1))
    with pytest.raises(TypeError, match="unknown setting"):
        st.update(colour="red")
    with pytest.raises(ValueError, match="resolution"):
        ViewState(resolution=1000)
    key = st.compute_key()
    assert st.update(metric="accuracy", scale="log", view="surface").compute_key() == key
    assert st.update(view="1d").compute_key() != key
    assert st.update(seed=1).compute_key() != key
    assert st.update(view="1d", b=(-3, 3)).compute_key() == st.update(view="1d").compute_key()


def test_landscape_job_preview_then_full(data, net):
    frames = []
    job = LandscapeJob({"m": net}, data, preview_points=7, preview_samples=64)
    ctl = Controller(job, on_frame=frames.append)
    st = ViewState(seed=2, norm="layer", a=(-0.5, 1.0), b=(-1.0, 0.5), resolution=15)
    ctl.submit(st)
    assert ctl.wait(60)
    assert [f.preview for f in frames] == [True, False]
    prev, full = frames
    assert prev.lands["m"].shape == (7, 7) and prev.lands["m"].meta["preview"]
    assert prev.lands["m"].meta["n_samples"] == 64 and "preview" in prev.label
    ref = _ref(net, data, seed=2, norm="layer", a=(-0.5, 1.0), b=(-1.0, 0.5), n=15)
    same_values(full.lands["m"]["loss"], ref["loss"])
    same_values(full.lands["m"]["accuracy"], ref["accuracy"])
    # the same state again comes from the cache: one frame, at once
    ctl.submit(st.update(view="surface"))
    assert ctl.wait(5)
    assert len(frames) == 3 and not frames[-1].preview
    assert frames[-1].lands["m"] is full.lands["m"]
    ctl.close()


# ---------------------------------------------------------------------- widgets
pytest.importorskip("ipywidgets")
pytest.importorskip("plotly")


def _z(fig, i=0):
    return np.asarray(fig.data[i].z, dtype=float)


@pytest.fixture()
def explorer(net, data):
    ex = lv.Explorer(net, data, resolution=15, snapshot_timeout=0, preview_samples=64)
    yield ex
    ex.close()


def test_import_lossviz_does_not_import_widget_toolkits():
    code = (
        "import sys, lossviz; "
        "print(sorted(m for m in ('ipywidgets', 'plotly', 'pyvista', 'anywidget') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_explorer_state_changes_give_the_expected_landscapes(explorer, net, data):
    ex = explorer
    assert ex.wait(60)
    ref = _ref(net, data, n=15)
    same_values(ex.landscape["loss"], ref["loss"])
    # what is drawn: the renderer's contour of the landscape (z is land[metric].T)
    assert ex.figure.data[0].type == "contour"
    np.testing.assert_allclose(_z(ex.figure), ref["loss"].T)
    np.testing.assert_allclose(ex.figure.data[0].x, ref.coords[0])
    assert "PREVIEW" not in ex.figure.layout.title.text

    ex.set(norm="layer", seed=3, ignore="none", a=(-0.5, 0.8), b=(-1.2, 0.4), resolution=11)
    assert ex.w_norm.value == "layer" and ex.w_seed.value == 3  # controls follow set()
    assert ex.wait(60)
    ref = _ref(net, data, seed=3, norm="layer", ignore=None, a=(-0.5, 0.8), b=(-1.2, 0.4), n=11)
    same_values(ex.landscape["loss"], ref["loss"])
    np.testing.assert_allclose(_z(ex.figure), ref["loss"].T)
    # the axes follow the new bounds (the widget keeps UI state across frames)
    assert list(ex.figure.layout.xaxis.range) == [-0.5, 0.8]
    assert list(ex.figure.layout.yaxis.range) == [-1.2, 0.4]

    # render-only changes: no recomputation, new picture
    shown = ex.frames_shown
    ex.set(metric="accuracy")
    assert ex.wait(5)
    np.testing.assert_allclose(_z(ex.figure), ref["accuracy"].T)
    ex.set(view="surface", scale="log")
    assert ex.figure.data[0].type == "surface"
    np.testing.assert_allclose(_z(ex.figure), np.log10(ref["accuracy"].T), atol=1e-12)
    assert ex.frames_shown == shown  # the landscape was not recomputed

    ex.set(view="1d", metric="loss", scale="linear")
    assert ex.wait(60)
    ref1 = _ref(net, data, seed=3, norm="layer", ignore=None, a=(-0.5, 0.8), n=11, ndim=1)
    assert ex.landscape.ndim == 1
    same_values(ex.landscape["loss"], ref1["loss"])
    assert ex.w_b.disabled
    with pytest.raises(ValueError, match="norm"):
        ex.set(norm="bogus")
    with pytest.raises(TypeError, match="unknown setting"):
        ex.set(colour="red")


def test_burst_of_20_slider_messages_ends_on_the_last_state(explorer, net, data):
    ex = explorer
    assert ex.wait(60)
    seen = []
    orig = ex._on_frame

    def spy(frame):
        seen.append(frame.state.seed)
        orig(frame)

    ex.controller.on_frame = spy
    for s in range(1, 21):
        _slider_msg(ex.w_seed, s)  # as if the browser sent 20 updates in a row
    assert ex.w_seed.value == 20 and ex.state.seed == 20
    assert ex.wait(60)
    assert seen[-1] == 20 and ex.frame.state.seed == 20 and not ex.frame.preview
    ref = _ref(net, data, seed=20, n=15)
    same_values(ex.landscape["loss"], ref["loss"])
    np.testing.assert_allclose(_z(ex.figure), ref["loss"].T)
    assert "PREVIEW" not in ex.figure.layout.title.text

    # range slider messages too (lists, as the front end sends them)
    _slider_msg(ex.w_a, [-0.25, 0.75])
    _slider_msg(ex.w_res, 9)
    assert ex.wait(60)
    ref = _ref(net, data, seed=20, a=(-0.25, 0.75), n=9)
    same_values(ex.landscape["loss"], ref["loss"])
    np.testing.assert_allclose(ex.figure.data[0].x, ref.coords[0])


def test_preview_frame_comes_first_and_is_labelled(net, data):
    titles = []
    ex = lv.Explorer(net, data, resolution=21, preview_samples=32, snapshot_timeout=0)
    orig = ex._on_frame

    def spy(frame):
        orig(frame)
        titles.append((frame.preview, ex.figure.layout.title.text, ex.w_status.value))

    ex.controller.on_frame = spy
    ex.set(seed=7)
    assert ex.wait(60)
    assert [p for p, _, _ in titles] == [True, False]
    assert "PREVIEW" in titles[0][1] and "11x11 on 32 samples" in titles[0][1]
    assert "PREVIEW" in titles[0][2] and "PREVIEW" not in titles[1][2]
    ex.close()


def test_cancel_keeps_the_last_finished_frame(net, data):
    slow = threading.Event()

    def loss(out, y):
        if slow.is_set():
            time.sleep(0.02)
        return torch.nn.functional.cross_entropy(out, y)

    ex = lv.Explorer(net, data, resolution=9, loss_fn=loss, snapshot_timeout=0, preview_points=0)
    assert ex.wait(60)
    before = ex.landscape
    slow.set()
    ex.set(seed=5, resolution=41)  # ~1700 points x 20 ms: far longer than the test
    time.sleep(0.3)
    assert ex.controller.busy
    t0 = time.perf_counter()
    ex.cancel()
    assert ex.wait(10)
    assert time.perf_counter() - t0 < 5
    assert ex.landscape is before
    assert "cancelled" in ex.w_status.value
    assert ex.error_text == ""
    ex.close()


def test_error_in_the_loss_is_shown_in_the_widget(net, data):
    broken = threading.Event()

    def loss(out, y):
        if broken.is_set():
            raise RuntimeError("the loss exploded on purpose")
        return torch.nn.functional.cross_entropy(out, y)

    ex = lv.Explorer(net, data, resolution=7, loss_fn=loss, snapshot_timeout=0)
    assert ex.wait(60)
    assert ex.w_error.layout.display == "none"
    broken.set()
    ex.set(seed=1)
    assert ex.wait(60)
    assert "the loss exploded on purpose" in ex.w_error.value
    assert "RuntimeError" in ex.error_text
    assert ex.w_error.layout.display != "none"
    broken.clear()
    ex.set(seed=2)
    assert ex.wait(60)
    assert ex.error_text == "" and ex.w_error.layout.display == "none"
    assert ex.landscape.meta["seed"] == 2
    ex.close()


def test_bad_arguments_raise_at_construction(net, data):
    with pytest.raises(ValueError, match="view"):
        lv.Explorer(net, data, view="4d", snapshot_timeout=0)
    with pytest.raises(TypeError, match="data"):
        lv.Explorer(net, "not data", snapshot_timeout=0)
    with pytest.raises(TypeError, match="trajectory"):
        lv.Explorer(net, data, trajectory=42, snapshot_timeout=0)
    with pytest.raises(ValueError, match="view"):
        lv.Compare({"a": net}, data, view="pyvista", snapshot_timeout=0)


def test_ball_runs_on_the_current_slice(explorer):
    ex = explorer
    assert ex.wait(60)
    land = ex.landscape
    ex.w_method.value = "momentum"
    ex.w_lr.value = 0.01
    path = ex.drop_ball(0.6, -0.6, animate=False)
    expected = descend(
        GridFunction.from_landscape(land), (0.6, -0.6), "momentum", lr=0.01, momentum=0.9,
        steps=ex.w_steps.value,
    )  # fmt: skip
    np.testing.assert_array_equal(path.points, expected.points)
    ball, trail = ex.figure.data[-1], ex.figure.data[-2]
    assert ball.name == "ball"
    np.testing.assert_allclose([ball.x[0], ball.y[0]], path.points[-1])
    np.testing.assert_allclose(trail.x, path.points[:, 0])
    assert "not on the network" in ex.w_descent_msg.value
    # a click on the contour drops the ball there (what plotly's click event calls)
    from plotly.callbacks import Points

    pts = Points(point_inds=[0], xs=[0.3], ys=[0.2], trace_name=None, trace_index=0)
    ex._on_click(ex.figure.data[0], pts, None)
    assert ex.descent_path.points[0].tolist() == [0.3, 0.2]
    # a new landscape removes the stale ball
    ex.set(seed=9)
    assert ex.wait(60)
    assert ex.descent_path is None and len(ex.figure.data[-1].x) == 0
    ex.remove_ball()


def test_exports_and_static_snapshot(explorer, tmp_path):
    ex = explorer
    ex.export_dir = tmp_path
    assert ex.wait(60)
    (p,) = ex.export_landscape()
    back = lv.Landscape.load(p)
    same_values(back["loss"], ex.landscape["loss"])
    h = ex.export_html()
    text = h.read_text()
    assert "plotly" in text and h.stat().st_size > 1_000_000  # self-contained
    bundle = ex._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "text/html" in bundle and "Plotly.newPlot" in bundle["text/html"]


@pytest.mark.slow
def test_export_png(explorer, tmp_path):
    ex = explorer
    assert ex.wait(60)
    p = ex.export_png(tmp_path / "x.png")
    assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_compare_shares_controls_and_colour_scale(data):
    torch.manual_seed(1)
    m1 = MLP(2, 3, width=12, depth=3)
    m2 = MLP(2, 3, width=12, depth=3, skip=1)
    cmp = lv.Compare({"no skip": m1, "skip": m2}, data, resolution=9, snapshot_timeout=0)
    assert cmp.wait(60)
    cmp.set(seed=4, norm="filter")
    assert cmp.wait(60)
    lands = cmp.landscapes
    assert list(lands) == ["no skip", "skip"]
    for name, m in (("no skip", m1), ("skip", m2)):
        ref = _ref(m, data, seed=4, n=9)  # each its own directions, from the same seed
        same_values(lands[name]["loss"], ref["loss"])
    fig = cmp.figure
    contours = [t for t in fig.data if t.type == "contour"]
    assert len(contours) == 2
    for t, name in zip(contours, lands, strict=True):
        np.testing.assert_allclose(np.asarray(t.z, float), lands[name]["loss"].T)
    # one shared colour scale covering both panels
    assert {t.coloraxis for t in contours} == {"coloraxis"}
    lo, hi = fig.layout.coloraxis.cmin, fig.layout.coloraxis.cmax
    allz = np.concatenate([lands[n]["loss"].ravel() for n in lands])
    assert lo <= allz.min() + 1e-9 and hi >= allz.max() - 1e-9
    for s in range(5, 15):
        _slider_msg(cmp.w_seed, s)
    assert cmp.wait(60)
    assert all(ld.meta["seed"] == 14 for ld in cmp.landscapes.values())
    cmp.close()


@pytest.mark.slow
def test_trajectory_overlay_and_pca_mode(data):
    pytest.importorskip("sklearn")
    from lossviz.core.trajectory import Trajectory, pca_directions

    torch.manual_seed(2)
    net = MLP(2, 3, width=8, depth=2)
    traj = Trajectory(unit="epoch")
    opt = torch.optim.SGD(net.parameters(), lr=0.5)
    for epoch in range(9):
        traj.record(net, step=epoch)
        if epoch < 8:
            for _ in range(5):
                opt.zero_grad()
                torch.nn.functional.cross_entropy(net(data[0]), data[1]).backward()
                opt.step()
    ex = lv.Explorer(net, data, trajectory=traj, resolution=9, snapshot_timeout=0)
    assert ex.wait(60)
    assert ex.w_epoch.max == len(traj) - 1 == 8
    _slider_msg(ex.w_directions, "pca")
    assert ex.state.directions == "pca"
    assert ex.wait(60)
    assert ex.w_seed.disabled and ex.w_norm.disabled
    dirs = pca_directions(traj, n=2, center=net)
    a, b = ex.state.a, ex.state.b
    ref = lv.surface(net, data, dirs, a=(*a, 9), b=(*b, 9), progress=False)
    np.testing.assert_allclose(ex.landscape["loss"], ref["loss"], rtol=1e-6, atol=1e-7)
    path = traj.path(dirs, center=net)
    # the whole path fits inside the automatically chosen ranges
    assert a[0] < path.coords[:, 0].min() and path.coords[:, 0].max() < a[1]
    assert b[0] < path.coords[:, 1].min() and path.coords[:, 1].max() < b[1]

    def lengths():
        return [len(t.x) for t in ex.figure.data if t.type == "scatter" and t.x is not None]

    assert len(traj) in lengths()
    _slider_msg(ex.w_epoch, 3)
    assert 4 in lengths() and len(traj) not in lengths()
    ex.close()


def test_apply_figure_drops_nested_axis_settings_of_the_previous_figure():
    """An equal-aspect contour followed by a wide grid: the old scaleanchor must go, or
    plotly squeezes the new y range to keep the old aspect."""
    import plotly.graph_objects as go

    from lossviz.landscape import Landscape
    from lossviz.render import plotly as lvp
    from lossviz.widgets.explorer import apply_figure

    def land(a, b):
        A, B = np.linspace(*a, 5), np.linspace(*b, 5)
        return Landscape((A, B), {"loss": np.add.outer(A**2, B**2) + 1}, {})

    fw = go.FigureWidget()
    apply_figure(fw, lvp.contour(land((-1, 1), (-1, 1))))
    assert fw.layout.yaxis.scaleanchor == "x"  # square grid: equal aspect
    apply_figure(fw, lvp.contour(land((0.2, 1), (-1, 1))))
    assert not fw.layout.yaxis.scaleanchor
    assert (
        fw.layout.yaxis.title.text == lvp.contour(land((0.2, 1), (-1, 1))).layout.yaxis.title.text
    )
