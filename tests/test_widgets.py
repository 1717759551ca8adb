"""Widgets without a browser: scheduling, state -> job / view trait, frames, caches, errors,
eigen-ratio confirmation, offline pictures, descent math (the reference of the browser's ball)."""

from __future__ import annotations

import inspect
import subprocess
import sys
import threading
import time
from dataclasses import fields

import numpy as np
import pytest
import torch

import lossviz as lv
from lossviz.widgets.controller import Controller
from lossviz.widgets.descent import GridFunction, descend
from lossviz.widgets.job import LandscapeJob, slice_at_b0
from lossviz.widgets.state import (
    ComputeState,
    JobOptions,
    WidgetOptions,
    next_compute_state,
    split_changes,
    weights_key,
)
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


def test_descent_refuses_any_metric_but_the_loss():
    """The ball descends the loss only: on accuracy it would climb out of the basin."""
    a = np.linspace(-1, 1, 5)
    land = lv.Landscape((a, a), {"loss": np.add.outer(a**2, a**2), "accuracy": np.ones((5, 5))})
    with pytest.raises(ValueError, match="metric='accuracy'.*loss"):
        GridFunction.from_landscape(land, "accuracy")
    with pytest.raises(ValueError, match="metric='eigen_ratio'"):
        GridFunction.from_landscape(land, "eigen_ratio")
    f = GridFunction.from_landscape(land)
    np.testing.assert_array_equal(f.z, land["loss"])


# ---------------------------------------------------------------------- controller
def _slow_job(log, delay=0.01, steps=5):
    def job(req, ctx):
        for _ in range(steps):
            if ctx.cancel.is_set():
                raise lv.Cancelled()
            time.sleep(delay)
        ctx.emit(("preview", req))
        for _ in range(steps):
            if ctx.cancel.is_set():
                raise lv.Cancelled()
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


def test_controller_ask_blocks_until_answered_and_a_new_request_says_no():
    asked, answers = [], []

    def job(req, ctx):
        answers.append((req, ctx.ask({"q": req})))
        ctx.emit(req)

    ctl = Controller(job, on_ask=asked.append)
    ctl.submit("first")
    for _ in range(200):
        if ctl.asking:
            break
        time.sleep(0.01)
    assert ctl.asking and asked == [{"q": "first"}]
    assert not ctl.wait(0.2)  # blocked on the question
    ctl.answer(True)
    assert ctl.wait(5) and answers == [("first", True)]
    # a newer request while asking: the old question is answered "no"
    ctl.submit("second")
    for _ in range(200):
        if ctl.asking:
            break
        time.sleep(0.01)
    ctl.submit("third")
    for _ in range(200):
        if len(answers) >= 2 and ctl.asking:
            break
        time.sleep(0.01)
    assert answers[1] == ("second", False)
    ctl.answer(False)
    assert ctl.wait(5) and answers[2] == ("third", False)
    # without on_ask a question is answered yes at once
    ctl2 = Controller(job)
    ctl2.submit("x")
    assert ctl2.wait(5) and answers[-1] == ("x", True)
    ctl.close()
    ctl2.close()


# ---------------------------------------------------------------------- pure logic
def test_compute_state_validation_and_keys():
    st = ComputeState()
    with pytest.raises(ValueError, match="norm"):
        st.update(norm="bogus")
    with pytest.raises(ValueError, match="a: min"):
        st.update(a=(1, -1))
    with pytest.raises(ValueError, match="a must hold finite"):
        st.update(a=(-np.inf, 1))
    with pytest.raises(TypeError, match="unknown setting"):
        st.update(colour="red")
    with pytest.raises(ValueError, match="resolution"):
        ComputeState(resolution=1000)
    with pytest.raises(ValueError, match="seed"):
        ComputeState(seed=-1)
    assert ComputeState(seed=np.int64(12345)).seed == 12345  # 5-digit numpy seeds
    key = st.compute_key()
    assert st.update(seed=1).compute_key() != key
    assert st.update(b=(-2, 2)).compute_key() != key
    one = st.update(ndim=1)
    assert one.update(b=(-3, 3)).compute_key() == one.compute_key()  # b unused in 1D
    with pytest.raises(ValueError, match="eigen"):
        ComputeState(ndim=1, eigen=True)


def test_display_settings_never_make_a_job_and_only_eigen_ratio_does():
    comp, disp = split_changes(
        {"seed": 3, "view": "surface", "scale": "linear", "clip": 0, "metric": "accuracy"}
    )
    assert comp == {"seed": 3}
    assert disp == {"view": "surface", "scale": "linear", "clip": 0, "metric": "accuracy"}
    with pytest.raises(TypeError, match="unknown setting.*colour"):
        split_changes({"colour": "red"})
    st = ComputeState()
    for metric in ("loss", "accuracy"):
        assert next_compute_state(st, {}, metric) is st  # no job
    on = next_compute_state(st, {}, "eigen_ratio")
    assert on.eigen and on.compute_key() == st.compute_key()
    # the map stays on across other changes (and is dropped only when switched off)
    assert next_compute_state(on, {"seed": 2}, "loss").eigen
    assert not next_compute_state(on, {"eigen": False}, "loss").eigen


@pytest.mark.parametrize("exact", [True, False])
def test_weights_key_follows_the_content(exact, monkeypatch):
    import lossviz.widgets.state as state_mod

    if not exact:  # large / accelerator models: version counter + checksums
        monkeypatch.setattr(state_mod, "EXACT_HASH_BYTES", 0)
    torch.manual_seed(0)
    m = MLP(2, 3, width=6, depth=2)
    k0 = weights_key(m)
    assert weights_key(m) == k0
    p = next(m.parameters())
    with torch.no_grad():
        p.add_(1)
    k1 = weights_key(m)
    assert k1 != k0
    p.data[0, 0] += 1e-3  # .data: no version bump, the content still changes the key
    assert weights_key(m) != k1
    m2 = MLP(2, 3, width=6, depth=2)
    m2.load_state_dict(m.state_dict())
    if exact:  # equal content, equal key (the checksum path also keys on the storage)
        assert weights_key(m2) == weights_key(m)


def test_landscape_job_preview_then_full(data, net):
    frames = []
    job = LandscapeJob({"m": net}, data, preview_points=7, preview_samples=64)
    ctl = Controller(job, on_frame=frames.append)
    st = ComputeState(seed=2, norm="layer", a=(-0.5, 1.0), b=(-1.0, 0.5), resolution=15)
    ctl.submit(job.request(st))
    assert ctl.wait(60)
    assert [f.preview for f in frames] == [True, False]
    prev, full = frames
    assert prev.lands["m"].shape == (7, 7) and prev.lands["m"].meta["preview"]
    assert prev.lands["m"].meta["n_samples"] == 64 and "preview" in prev.label
    ref = _ref(net, data, seed=2, norm="layer", a=(-0.5, 1.0), b=(-1.0, 0.5), n=15)
    same_values(full.lands["m"]["loss"], ref["loss"])
    same_values(full.lands["m"]["accuracy"], ref["accuracy"])
    # the same state again comes from the cache: one frame, at once
    ctl.submit(job.request(st))
    assert ctl.wait(5)
    assert len(frames) == 3 and not frames[-1].preview
    assert frames[-1].lands["m"] is full.lands["m"]
    ctl.close()


def test_job_caches_are_keyed_on_the_weights(data):
    """Issue 14.6: frames and directions cached by settings only showed a stale landscape."""
    torch.manual_seed(3)
    m = MLP(2, 3, width=8, depth=2)
    job = LandscapeJob({"m": m}, data, preview_points=0)
    frames = []
    ctl = Controller(job, on_frame=frames.append)
    st = ComputeState(resolution=7)
    ctl.submit(job.request(st))
    assert ctl.wait(60)
    with torch.no_grad():
        for p in m.parameters():
            p.mul_(1.5)
    req = job.request(st)
    assert job.cached(req) is None  # the old frame is not this model's
    ctl.submit(req)
    assert ctl.wait(60)
    ref = _ref(m, data, n=7)  # directions from the new weights, surface around them
    same_values(frames[-1].lands["m"]["loss"], ref["loss"])
    ctl.close()


def test_slice_at_b0_is_the_1d_landscape_along_the_first_direction(data, net):
    two = _ref(net, data, seed=4, n=9)
    one = _ref(net, data, seed=4, n=9, ndim=1)
    line = slice_at_b0(two)
    assert line.ndim == 1 and line.meta["b"] == 0.0
    same_values(line["loss"], one["loss"])
    same_values(line["accuracy"], one["accuracy"])


# ---------------------------------------------------------------------- widgets
pytest.importorskip("ipywidgets")
pytest.importorskip("anywidget")

from lossviz.widgets.serialize import decode_frame  # noqa: E402


def _frame(w):
    """The frame the view holds, decoded (float32 arrays)."""
    return decode_frame(w.view.frame)


def _grid(w, metric="loss", panel=0):
    return _frame(w)["panels"][panel]["metrics"][metric]


def _view_msg(widget, **state):
    """Change view traits the way the browser does (a comm 'update' message)."""
    widget._handle_msg(
        {
            "content": {"data": {"method": "update", "state": state, "buffer_paths": []}},
            "buffers": [],
        }
    )


def _custom_msg(view, content):
    view._handle_msg({"content": {"data": {"method": "custom", "content": content}}, "buffers": []})


@pytest.fixture()
def explorer(net, data):
    ex = lv.Explorer(net, data, resolution=15, snapshot_timeout=0, preview_samples=64)
    yield ex
    ex.close()


def test_import_lossviz_does_not_import_widget_toolkits():
    code = (
        "import sys, lossviz; "
        "print(sorted(m for m in ('ipywidgets', 'plotly', 'pyvista', 'anywidget', 'matplotlib') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_explorer_frames_are_float32_bytes_equal_to_surface(explorer, net, data):
    ex = explorer
    assert ex.wait(60)
    ref = _ref(net, data, n=15)
    same_values(ex.landscape["loss"], ref["loss"])
    raw = ex.view.frame
    assert isinstance(raw["panels"][0]["metrics"]["loss"], bytes)
    assert isinstance(raw["a"], bytes) and len(raw["a"]) == 15 * 4
    f = _frame(ex)
    assert not f["preview"] and f["ndim"] == 2
    np.testing.assert_allclose(f["a"], ref.coords[0], rtol=1e-6)
    np.testing.assert_allclose(f["b"], ref.coords[1], rtol=1e-6)
    # row-major [i, j] <-> (a[i], b[j]), float32 of the landscape
    np.testing.assert_allclose(_grid(ex), ref["loss"], rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(_grid(ex, "accuracy"), ref["accuracy"], rtol=1e-6)
    assert ex.view.available_metrics == ["loss", "accuracy"]
    assert ex.view.status["state"] == "idle"
    # the paper preset by default: log colour scale, loss clipped at 10
    assert (ex.view.scale, ex.view.clip, ex.view.view) == ("log", 10.0, "contour")

    ex.set(norm="layer", seed=3, ignore=None, a=(-0.5, 0.8), b=(-1.2, 0.4), resolution=11)
    assert ex.w_norm.value == "layer" and ex.w_seed.value == 3  # controls follow set()
    assert ex.wait(60)
    ref = _ref(net, data, seed=3, norm="layer", ignore=None, a=(-0.5, 0.8), b=(-1.2, 0.4), n=11)
    same_values(ex.landscape["loss"], ref["loss"])
    f = _frame(ex)
    np.testing.assert_allclose(f["panels"][0]["metrics"]["loss"], ref["loss"], rtol=1e-6)
    ends = [f["a"][0], f["a"][-1], f["b"][0], f["b"][-1]]
    np.testing.assert_allclose(ends, [-0.5, 0.8, -1.2, 0.4], rtol=1e-6)


def test_display_changes_send_no_job_and_set_the_view(explorer, net, data):
    ex = explorer
    assert ex.wait(60)
    gen, frame_id, shown = ex.controller.generation, ex.view.frame["id"], ex.frames_shown
    ex.set(view="surface", scale="linear", clip=0, metric="accuracy", colormap="plasma")
    ex.set(view="paraview", presentation=True, epoch=3, camera={"eye": [1, 2, 3]})
    ex.set(view="pyvista")  # the old name of the ParaView-style view
    assert (ex.view.view, ex.view.scale, ex.view.clip) == ("paraview", "linear", 0.0)
    assert (ex.view.metric, ex.view.colormap, ex.view.epoch) == ("accuracy", "plasma", 3)
    assert ex.view.presentation and ex.view.camera == {"eye": [1, 2, 3]}
    # the same from the browser: trait messages, never a job
    for state in (
        {"view": "1d"},
        {"view": "contour"},
        {"scale": "log"},
        {"clip": 5.0},
        {"metric": "loss"},
        {"metric": "accuracy"},
        {"colormap": "viridis"},
        {"ball": {"method": "adam", "lr": 0.1, "start": [0.1, 0.2], "running": True}},
    ):
        _view_msg(ex.view, **state)
        for k, v in state.items():
            assert getattr(ex.view, k) == v
    assert ex.wait(5)
    assert ex.controller.generation == gen
    assert ex.view.frame["id"] == frame_id and ex.frames_shown == shown
    # the 1D view of a 2D frame is the row b = 0: the 1D landscape along d1
    one = _ref(net, data, n=15, ndim=1)
    f = _frame(ex)
    j = int(np.argmin(np.abs(f["b"])))
    np.testing.assert_allclose(f["panels"][0]["metrics"]["loss"][:, j], one["loss"], rtol=1e-6)


def test_every_compute_control_maps_to_its_job(explorer):
    ex = explorer
    assert ex.wait(60)
    cases = [
        (ex.w_seed, 12345, "seed", 12345),  # a 5-digit seed fits
        (ex.w_norm, "model", "norm", "model"),
        (ex.w_ignore, "none", "ignore", "none"),
        (ex.w_a, [-0.5, 0.5], "a", (-0.5, 0.5)),
        (ex.w_b, [-0.25, 0.75], "b", (-0.25, 0.75)),
        (ex.w_res, 7, "resolution", 7),
    ]
    for widget, value, name, expected in cases:
        gen = ex.controller.generation
        _slider_msg(widget, value)
        assert getattr(ex.state, name) == expected
        assert ex.controller.generation == gen + 1, name  # exactly one job per change
        assert ex.wait(60)
        assert ex.frame.state == ex.state  # the frame drawn is the last state's
    assert ex.landscape.meta["seed"] == 12345 and ex.landscape.shape == (7, 7)
    gen = ex.controller.generation
    ex.w_reroll.click()  # a new random seed: one job
    assert ex.state.seed == ex.w_seed.value != 12345 and ex.controller.generation == gen + 1
    assert ex.wait(60)
    assert ex.w_seed.layout.width == "170px"
    assert ex.w_cancel.layout.min_width and ex.w_cancel.layout.flex == "0 0 auto"
    with pytest.raises(ValueError, match="norm"):
        ex.set(norm="bogus")
    with pytest.raises(TypeError, match="unknown setting"):
        ex.set(colour="red")
    with pytest.raises(ValueError, match="view"):
        ex.set(view="4d")
    with pytest.raises(ValueError, match="clip"):
        ex.set(clip=-1)
    with pytest.raises(ValueError, match="colormap"):
        ex.set(colormap="rainbow-unicorn")
    with pytest.raises(ValueError, match="resolution"):
        ex.set(resolution=2)
    with pytest.raises(ValueError, match="directions='pca' needs trajectory"):
        ex.set(directions="pca")
    # a failed set() changed nothing
    assert ex.state.norm == "model" and ex.view.view == "contour"


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
    np.testing.assert_allclose(_grid(ex), ref["loss"], rtol=1e-6, atol=1e-7)
    assert not _frame(ex)["preview"]

    # range slider messages too (lists, as the front end sends them)
    _slider_msg(ex.w_a, [-0.25, 0.75])
    _slider_msg(ex.w_res, 9)
    assert ex.wait(60)
    ref = _ref(net, data, seed=20, a=(-0.25, 0.75), n=9)
    same_values(ex.landscape["loss"], ref["loss"])
    np.testing.assert_allclose(_frame(ex)["a"], ref.coords[0], rtol=1e-6)


def test_preview_frame_comes_first_and_is_labelled(net, data):
    seen = []
    ex = lv.Explorer(net, data, resolution=21, preview_samples=32, snapshot_timeout=0)
    orig = ex._on_frame

    def spy(frame):
        orig(frame)
        f = _frame(ex)
        seen.append((f["preview"], f["note"], dict(ex.view.status), ex.w_status.value))

    ex.controller.on_frame = spy
    ex.set(seed=7)
    assert ex.wait(60)
    assert [p for p, *_ in seen] == [True, False]
    assert "11x11 on 32 samples" in seen[0][1]
    assert seen[0][2]["state"] == "computing" and "preview" in seen[0][2]["message"]
    assert "PREVIEW" in seen[0][3] and "PREVIEW" not in seen[1][3]
    assert seen[1][2]["state"] == "idle"
    ex.close()


def test_cancel_keeps_the_last_finished_frame(net, data):
    slow = threading.Event()

    def loss(out, y):
        if slow.is_set():
            time.sleep(0.02)
        return torch.nn.functional.cross_entropy(out, y)

    ex = lv.Explorer(net, data, resolution=9, loss_fn=loss, snapshot_timeout=0, preview_points=0)
    assert ex.wait(60)
    before, frame_id = ex.landscape, ex.view.frame["id"]
    slow.set()
    ex.set(seed=5, resolution=41)  # ~1700 points x 20 ms: far longer than the test
    time.sleep(0.3)
    assert ex.controller.busy and not ex.w_cancel.disabled
    assert ex.view.status["state"] == "computing"
    t0 = time.perf_counter()
    ex.w_cancel.click()
    assert ex.wait(10)
    assert time.perf_counter() - t0 < 5
    assert ex.landscape is before and ex.view.frame["id"] == frame_id
    assert "cancelled" in ex.w_status.value and "cancelled" in ex.view.status["message"]
    assert ex.error_text == "" and ex.w_cancel.disabled
    ex.close()


def test_error_in_the_loss_is_shown_in_the_view(net, data):
    broken = threading.Event()

    def loss(out, y):
        if broken.is_set():
            raise RuntimeError("the loss exploded on purpose")
        return torch.nn.functional.cross_entropy(out, y)

    ex = lv.Explorer(net, data, resolution=7, loss_fn=loss, snapshot_timeout=0)
    assert ex.wait(60)
    assert ex.view.status["state"] == "idle"
    broken.set()
    ex.set(seed=1)
    assert ex.wait(60)
    assert ex.view.status["state"] == "error"
    assert "the loss exploded on purpose" in ex.view.status["message"]
    assert "RuntimeError" in ex.error_text and "exploded" in ex.w_status.value
    broken.clear()
    ex.set(seed=2)
    assert ex.wait(60)
    assert ex.error_text == "" and ex.view.status["state"] == "idle"
    assert ex.landscape.meta["seed"] == 2
    ex.close()


def test_bad_arguments_raise_naming_the_argument(net, data):
    kw = {"snapshot_timeout": 0}
    for bad, match in (
        ({"view": "4d"}, "view"),
        ({"metric": "energy"}, "metric"),
        ({"scale": "sqrt"}, "scale"),
        ({"clip": -1.0}, "clip"),
        ({"colormap": "nope"}, "colormap"),
        ({"seed": -3}, "seed"),
        ({"norm": "bogus"}, "norm"),
        ({"resolution": 1}, "resolution"),
        ({"a": (1, -1)}, "a: min"),
        ({"preview_points": -1}, "preview_points"),
        ({"preview_samples": 0}, "preview_samples"),
        ({"snapshot_timeout": -1}, "snapshot_timeout"),
        ({"eigen_confirm_s": -5}, "eigen_confirm_s"),
        ({"span": 0}, "span"),
    ):
        with pytest.raises(ValueError, match=match):
            lv.Explorer(net, data, **{**kw, **bad})
    with pytest.raises(TypeError, match="data"):
        lv.Explorer(net, "not data", **kw)
    with pytest.raises(TypeError, match="trajectory"):
        lv.Explorer(net, data, trajectory=42, **kw)
    with pytest.raises(ValueError, match="view"):
        lv.Compare({"a": net}, data, view="4d", **kw)
    with pytest.raises(TypeError, match="models"):
        lv.Compare({}, data, **kw)


def test_shared_keywords_are_one_option_group(net, data):
    """Issue 15: Explorer / Compare take their shared keywords as keywords (unchanged) or as
    one `WidgetOptions`; each widget keeps its own defaults and publishes every keyword."""
    opt = WidgetOptions(seed=3, norm="layer", view="pyvista", clip=2, preview_points=0)
    assert opt.view == "paraview" and opt.clip == 2.0 and opt.resolution is None
    assert opt.compute_state() == ComputeState(seed=3, norm="layer")
    assert opt.display()["view"] == "paraview"
    ex = lv.Explorer(net, data, options=opt, seed=5, resolution=7, snapshot_timeout=0)
    assert ex.state == ComputeState(seed=5, norm="layer", resolution=7)  # keywords win
    assert ex.view.view == "paraview" and ex.view.clip == 2.0
    assert ex.w_export_name.value == "lossviz-landscape" and ex.job.preview_points == 0
    ex.close()
    cmp = lv.Compare([net], data, options=opt, snapshot_timeout=0)
    assert cmp.state == ComputeState(seed=3, norm="layer", resolution=31)  # Compare's default
    assert cmp.w_export_name.value == "lossviz-compare"
    cmp.close()
    names = {f.name for f in fields(WidgetOptions)}
    for cls, res, export in (
        (lv.Explorer, 41, "lossviz-landscape"),
        (lv.Compare, 31, "lossviz-compare"),
    ):
        params = inspect.signature(cls).parameters
        assert names <= set(params) and "kwargs" not in params
        assert params["resolution"].default == res and params["export_name"].default == export
        assert params["options"].kind is inspect.Parameter.KEYWORD_ONLY
    assert {"trajectory", "dirs"} <= set(inspect.signature(lv.Explorer).parameters)
    msg = r"Explorer\(\) got an unexpected keyword argument 'resolutoin'"
    with pytest.raises(TypeError, match=msg):
        lv.Explorer(net, data, resolutoin=9)
    with pytest.raises(TypeError, match=r"Compare\(\) got an unexpected keyword argument 'dirs'"):
        lv.Compare([net], data, dirs=None)
    with pytest.raises(TypeError, match="options must be a WidgetOptions or None, got dict"):
        lv.Explorer(net, data, options={"seed": 1})
    with pytest.raises(ValueError, match="span"):
        WidgetOptions(span=-1.0)
    with pytest.raises(TypeError, match="surface_kwargs"):
        JobOptions(surface_kwargs=["bn"])
    # the job takes the same object (a WidgetOptions is a JobOptions) or its keywords
    job = LandscapeJob({"m": net}, data, options=opt, preview_samples=64)
    assert job.preview_points == 0 and job.preview_samples == 64
    assert isinstance(job.options, WidgetOptions) and job.options.seed == 3
    assert "preview_points" in inspect.signature(LandscapeJob).parameters
    with pytest.raises(
        TypeError, match=r"LandscapeJob\(\) got an unexpected keyword argument 'seed'"
    ):
        LandscapeJob({"m": net}, data, seed=1)


def test_one_fixed_direction_gives_a_1d_explorer(net, data):
    dirs = lv.random_directions(net, n=1, seed=8)
    with pytest.raises(ValueError, match="view='1d'"):
        lv.Explorer(net, data, dirs=dirs, snapshot_timeout=0)
    ex = lv.Explorer(net, data, dirs=dirs, view="1d", resolution=11, snapshot_timeout=0)
    assert ex.wait(60)
    f = _frame(ex)
    assert f["ndim"] == 1 and "b" not in f
    ref = lv.surface(net, data, dirs, a=(-1, 1, 11), progress=False)
    np.testing.assert_allclose(f["panels"][0]["metrics"]["loss"], ref["loss"], rtol=1e-6)
    assert ex.w_b.disabled and ex.w_seed.disabled and ex.w_eigen.disabled
    with pytest.raises(ValueError, match="view='contour' is not allowed"):
        ex.set(view="contour")
    with pytest.raises(ValueError, match="eigen"):
        ex.set(metric="eigen_ratio")
    assert ex.view.view == "1d" and ex.view.metric == "loss"
    ex.close()


def test_model_changed_in_place_is_recomputed(data):
    """Issue 14.6: after ``p.add_(1)`` the Explorer showed the cached, stale landscape."""
    torch.manual_seed(5)
    m = MLP(2, 3, width=8, depth=2)
    ex = lv.Explorer(m, data, resolution=7, snapshot_timeout=0, preview_points=0)
    assert ex.wait(60)
    old = ex.landscape["loss"].copy()
    ex.set(seed=1)
    assert ex.wait(60)
    with torch.no_grad():
        for p in m.parameters():
            p.add_(0.5)
    ex.set(seed=0)  # a state seen before: it must not come from the old weights' cache
    assert ex.wait(60)
    ref = _ref(m, data, n=7)
    assert not np.allclose(ref["loss"], old)
    same_values(ex.landscape["loss"], ref["loss"])
    np.testing.assert_allclose(_grid(ex), ref["loss"], rtol=1e-6, atol=1e-7)
    # changed behind the version counter (.data) and no control touched: wait() notices
    with torch.no_grad():
        next(m.parameters()).data.mul_(2)
    assert ex.wait(60)
    same_values(ex.landscape["loss"], _ref(m, data, n=7)["loss"])
    ex.close()


def test_ball_descends_the_loss_whatever_metric_is_shown(explorer):
    ex = explorer
    assert ex.wait(60)
    land = ex.landscape
    ex.set(metric="accuracy")
    path = ex.drop_ball(0.6, -0.6, method="momentum", lr=0.01)
    assert ex.view.ball == {"method": "momentum", "lr": 0.01, "start": [0.6, -0.6], "running": True}
    expected = descend(
        GridFunction(land.coords[0], land.coords[1], land["loss"]),
        (0.6, -0.6), "momentum", lr=0.01, steps=200,
    )  # fmt: skip
    np.testing.assert_array_equal(path.points, expected.points)
    assert path.values[-1] <= path.values[0]  # downhill on the loss, even with accuracy shown
    ex.remove_ball()
    assert ex.view.ball["start"] is None and not ex.view.ball["running"]
    with pytest.raises(ValueError, match="ball"):
        ex.set(ball={"method": "newton"})


def test_eigen_ratio_asks_before_a_long_map_and_computes_on_ok(data):
    torch.manual_seed(6)
    m = MLP(2, 3, width=4, depth=1)
    # eigen_confirm_s=0: every projection is "too long", so the question is always asked
    ex = lv.Explorer(
        m, data, resolution=5, snapshot_timeout=0, preview_points=0, eigen_confirm_s=0.0
    )
    assert ex.wait(60)
    gen = ex.controller.generation
    _view_msg(ex.view, metric="accuracy")  # computed with the loss: no job
    assert ex.controller.generation == gen
    _view_msg(ex.view, metric="eigen_ratio")  # the user picks the map in the browser
    assert ex.controller.generation == gen + 1 and ex.state.eigen and ex.w_eigen.value
    assert not ex.wait(60)  # returns: the job waits for the user's answer
    st = ex.view.status
    assert st["state"] == "confirm" and st["estimate_s"] > 0 and "Compute it?" in st["message"]
    assert st["estimate_s"] == pytest.approx(ex.job.last_estimate[0])
    seen = []
    ex.view.observe(lambda c: seen.append(c["new"]), names="status")
    _custom_msg(ex.view, {"type": "confirm", "ok": True})
    assert ex.wait(120)
    # after the answer: progress with the time left, then idle
    eta = [s for s in seen if s["state"] == "computing" and s["estimate_s"] is not None]
    assert eta and all(s["estimate_s"] >= 0 for s in eta) and "left" in eta[-1]["message"]
    assert seen[-1]["state"] == "idle"
    land = ex.landscape
    assert "eigen_ratio" in land.metrics
    dirs = lv.random_directions(m, n=2, seed=0)
    ref = lv.eigen_ratio_surface(m, data, dirs, a=(-1, 1, 5), b=(-1, 1, 5), progress=False)
    np.testing.assert_allclose(_grid(ex, "eigen_ratio"), ref["eigen_ratio"], rtol=1e-3, atol=1e-3)
    same_values(land["loss"], _ref(m, data, n=5)["loss"])
    assert ex.view.available_metrics == ["loss", "accuracy", "eigen_ratio"]
    # back to the loss: display only
    gen = ex.controller.generation
    ex.set(metric="loss")
    assert ex.controller.generation == gen
    ex.close()


def test_eigen_ratio_declined_goes_back_to_the_loss(data):
    torch.manual_seed(6)
    m = MLP(2, 3, width=4, depth=1)
    ex = lv.Explorer(
        m, data, resolution=5, snapshot_timeout=0, preview_points=0, eigen_confirm_s=0.0
    )
    assert ex.wait(60)
    frame_id, gen = ex.view.frame["id"], ex.controller.generation
    _slider_msg(ex.w_eigen, True)  # the "compute" checkbox: one eigen-ratio job
    assert ex.state.eigen and ex.controller.generation == gen + 1
    assert not ex.wait(60) and ex.view.status["state"] == "confirm"
    _custom_msg(ex.view, {"type": "confirm", "ok": False})
    assert ex.wait(30)
    assert ex.view.metric == "loss" and not ex.state.eigen and not ex.w_eigen.value
    assert "eigen_ratio" not in ex.landscape.metrics
    assert ex.view.status["state"] != "confirm"
    assert ex.view.frame["id"] == frame_id  # nothing new drawn
    # a projection under the threshold never asks; requested_metric works like metric
    ex.eigen_confirm_s = 1e9
    _view_msg(ex.view, requested_metric="eigen_ratio")
    assert ex.wait(120)
    assert "eigen_ratio" in ex.landscape.metrics
    projected, points = ex.job.last_estimate
    assert 0 < projected < 1e9 and points >= 1
    ex.close()


def _png_pixels(png: bytes) -> np.ndarray:
    import io

    import matplotlib.image as mpimg

    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return mpimg.imread(io.BytesIO(png), format="png")


def test_png_fallback_shows_the_last_final_frame(explorer):
    import base64

    pytest.importorskip("matplotlib")
    ex = explorer
    assert ex.wait(60)
    bundle = ex._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    img = _png_pixels(base64.b64decode(bundle["image/png"]))
    assert img.shape[0] > 300 and img.shape[1] > 500
    assert float(img[..., :3].std()) > 0.05  # a picture, not a blank canvas
    # the fallback follows the display settings: another metric gives another picture
    ex.set(metric="accuracy")
    img2 = _png_pixels(ex.fallback_png())
    assert img2.shape == img.shape and np.abs(img2 - img).mean() > 1e-3


def test_to_html_is_a_standalone_offline_page(explorer, tmp_path):
    import base64
    import json
    import re

    ex = explorer
    assert ex.wait(60)
    ex.set(view="paraview", scale="linear")
    page = ex.to_html(tmp_path / "ex.html").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ex.html"]  # atomic: no leftovers
    m = re.search(r'import\("data:text/javascript;base64,([A-Za-z0-9+/=]+)"\)', page)
    esm = base64.b64decode(m.group(1)).decode()
    from lossviz.widgets.base import STATIC

    static = (STATIC / "widget.js").read_text()
    assert esm == static and "renderStandalone" in esm
    state = json.loads(re.search(r'id="lossviz-state">(.*?)</script>', page, re.S).group(1))
    assert state["view"] == "paraview" and state["scale"] == "linear"
    loss = np.frombuffer(base64.b64decode(state["frame"]["panels"][0]["metrics"]["loss"]), "<f4")
    np.testing.assert_allclose(loss.reshape(15, 15), ex.landscape["loss"], rtol=1e-6)
    for cdn in ("cdn.", "unpkg.com", "jsdelivr", "cdnjs", "esm.sh", "plot.ly", "googleapis"):
        assert cdn not in page
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', page)


def test_to_html_leaves_nothing_behind_when_writing_fails(explorer, tmp_path, monkeypatch):
    import lossviz.widgets.base as base

    ex = explorer
    assert ex.wait(60)
    (tmp_path / "old.html").write_text("keep me")

    def broken(*args, **kwargs):
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(base.Path, "write_text", broken)
    with pytest.raises(OSError, match="disk full"):
        ex.to_html(tmp_path / "old.html")
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == ["old.html"]
    assert (tmp_path / "old.html").read_text() == "keep me"
    with pytest.raises(FileNotFoundError, match="does not exist"):
        ex.to_html(tmp_path / "missing" / "x.html")


def test_save_and_static_figure(explorer, tmp_path):
    ex = explorer
    assert ex.wait(60)
    (p,) = ex.save(tmp_path / "land.npz")
    back = lv.Landscape.load(p)
    same_values(back["loss"], ex.landscape["loss"])
    pytest.importorskip("plotly")
    fig = ex.static_figure()  # the view's settings: log scale
    z = ex.landscape["loss"].T
    np.testing.assert_allclose(np.asarray(fig.data[0].z, float), np.log10(z), atol=1e-12)
    ex.set(scale="linear")
    fig = ex.static_figure()
    np.testing.assert_allclose(np.asarray(fig.data[0].z, float), z)


def test_compare_sends_one_frame_with_every_panel(data):
    torch.manual_seed(1)
    m1 = MLP(2, 3, width=12, depth=3)
    m2 = MLP(2, 3, width=12, depth=3, skip=1)
    cmp = lv.Compare(
        {"no skip": m1, "skip": m2}, data, resolution=9, snapshot_timeout=0, view="paraview"
    )
    assert cmp.wait(60)
    cmp.set(seed=4, norm="filter")
    assert cmp.wait(60)
    lands = cmp.landscapes
    assert list(lands) == ["no skip", "skip"]
    f = _frame(cmp)
    assert [p["name"] for p in f["panels"]] == ["no skip", "skip"]  # one frame, all panels
    for k, (name, m) in enumerate((("no skip", m1), ("skip", m2))):
        ref = _ref(m, data, seed=4, n=9)  # each its own directions, from the same seed
        same_values(lands[name]["loss"], ref["loss"])
        np.testing.assert_allclose(_grid(cmp, panel=k), ref["loss"], rtol=1e-6, atol=1e-7)
    gen = cmp.controller.generation
    cmp.set(view="contour", scale="log", clip=3.0)  # one view for all panels: no job
    assert cmp.controller.generation == gen
    for s in range(5, 15):
        _slider_msg(cmp.w_seed, s)
    assert cmp.wait(60)
    assert all(ld.meta["seed"] == 14 for ld in cmp.landscapes.values())
    img = _png_pixels(cmp.fallback_png())
    assert float(img[..., :3].std()) > 0.05
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
    path = _frame(ex)["panels"][0]["path"]
    assert path is not None and path["x"].size == len(traj)
    _slider_msg(ex.w_directions, "pca")
    assert ex.state.directions == "pca"
    assert ex.wait(60)
    assert ex.w_seed.disabled and ex.w_norm.disabled
    dirs = pca_directions(traj, n=2, center=net)
    a, b = ex.state.a, ex.state.b
    ref = lv.surface(net, data, dirs, a=(*a, 9), b=(*b, 9), progress=False)
    np.testing.assert_allclose(ex.landscape["loss"], ref["loss"], rtol=1e-6, atol=1e-7)
    proj = traj.path(dirs, center=net)
    # the whole path fits inside the automatically chosen ranges
    assert a[0] < proj.coords[:, 0].min() and proj.coords[:, 0].max() < a[1]
    assert b[0] < proj.coords[:, 1].min() and proj.coords[:, 1].max() < b[1]
    sent = _frame(ex)["panels"][0]["path"]
    np.testing.assert_allclose(sent["x"], proj.coords[:, 0], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(sent["y"], proj.coords[:, 1], rtol=1e-5, atol=1e-6)
    # the epoch slider is the view's: display only
    gen = ex.controller.generation
    ex.set(epoch=3)
    assert ex.view.epoch == 3 and ex.controller.generation == gen
    ex.close()


def test_widget_model_traits_name_the_real_front_end_classes(explorer, net, data):
    # the widget's JS model/view classes come from ipywidgets' synced ``_model_*`` / ``_view_*``
    # traits: an attribute like ``_model_name = "MLP"`` made Voila fail with
    # "Class MLP not found in module @jupyter-widgets/controls"
    import ipywidgets

    box = ipywidgets.VBox()
    cmp = lv.Compare({"a": net}, data, resolution=9, snapshot_timeout=0)
    try:
        for w in (explorer, cmp):
            state = w.get_state()
            for key in ("_model_name", "_model_module", "_view_name", "_view_module"):
                assert state[key] == getattr(box, key), (type(w).__name__, key, state[key])
    finally:
        cmp.close()
        box.close()


def test_fallback_contour_labels_are_round_numbers():
    from lossviz.widgets.snapshot import label_levels

    np.testing.assert_allclose(label_levels(0.0347, 3.22, True), [0.05, 0.1, 0.2, 0.5, 1, 2])
    np.testing.assert_allclose(label_levels(0.0, 1.0, False), [0.2, 0.4, 0.6, 0.8])
    assert label_levels(1.0, 1.0, True).size == 0
