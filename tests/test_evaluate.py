"""core/evaluate.py: surface/interpolate against an independent naive loop; bad input."""

from __future__ import annotations

import copy
import os
import sys
import threading
import warnings

import numpy as np
import pytest
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

import lossviz as lv
from conftest import assert_identical, snapshot
from lossviz.core.engine import LAYOUT_CACHE, SETUP_CACHE, Engine
from lossviz.core.inputs import as_eval_data, resolve_metrics
from lossviz.core.schedule import MEASURE_LOOP_POINTS, THREADS_MIN_POINTS, Schedule
from lossviz.core.schedule import STRATEGY_CACHE as _STRATEGY_CACHE


def naive(model, X, y, dirs, coords, loss_fn=nn.functional.cross_entropy, train=False):
    """Independent reference: copy the model, write weights, forward, average."""
    a = coords[0]
    b = coords[1] if len(coords) > 1 else None
    shape = (len(a),) if b is None else (len(a), len(b))
    loss, acc = np.empty(shape), np.empty(shape)
    state0 = copy.deepcopy(model.state_dict())
    for idx in np.ndindex(*shape):
        m = copy.deepcopy(model)
        m.load_state_dict(state0)
        m.train(train)
        sd = m.state_dict()
        with torch.no_grad():
            for n in dirs.names:
                t = state0[n].clone() + a[idx[0]] * dirs[0][n]
                if b is not None:
                    t = t + b[idx[1]] * dirs[1][n]
                sd[n].copy_(t)
            out = m(X)
            loss[idx] = float(loss_fn(out, y))
            acc[idx] = float((out.argmax(1) == y).float().mean())
    return loss, acc


class CNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(1, 4, 3, padding=1)
        self.bn = nn.BatchNorm2d(4)
        self.c2 = nn.Conv2d(4, 4, 3, padding=1)
        self.fc = nn.Linear(4 * 4 * 4, 3)

    def forward(self, x):
        x = torch.relu(self.bn(self.c1(x)))
        x = nn.functional.max_pool2d(torch.relu(self.c2(x)), 2)
        return self.fc(x.flatten(1))


class ResNetish(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(2, 8)
        self.blocks = nn.ModuleList(
            nn.Sequential(nn.Linear(8, 8), nn.LayerNorm(8), nn.ReLU(), nn.Linear(8, 8))
            for _ in range(3)
        )
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        h = self.inp(x)
        for blk in self.blocks:
            h = torch.relu(h + blk(h))
        return self.out(h)


class Stateful(nn.Module):
    """Updates a buffer in place during forward: vmap cannot run it."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 3)
        self.register_buffer("calls", torch.zeros(()))

    def forward(self, x):
        self.calls.add_(self.fc.weight.sum().detach())
        return self.fc(x) + 0.0 * self.calls


def _trained_bn_cnn():
    torch.manual_seed(0)
    m = CNN()
    m.train()
    with torch.no_grad():
        for _ in range(3):
            m(torch.randn(16, 1, 8, 8))  # non-trivial running statistics
    return m.eval()


CASES = {
    "mlp": (
        lambda: nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3)),
        lambda: (torch.randn(60, 2), torch.randint(0, 3, (60,))),
    ),
    "cnn_bn": (_trained_bn_cnn, lambda: (torch.randn(30, 1, 8, 8), torch.randint(0, 3, (30,)))),
    "residual": (ResNetish, lambda: (torch.randn(50, 2), torch.randint(0, 3, (50,)))),
}


@pytest.mark.parametrize("strategy", ["loop", "vmap", "auto"])
@pytest.mark.parametrize("case", list(CASES))
def test_surface_matches_naive_loop(case, strategy):
    torch.manual_seed(0)
    make_model, make_data = CASES[case]
    model = make_model().eval()
    X, y = make_data()
    dirs = lv.random_directions(model, n=2, seed=1)
    snap = snapshot(model)
    land = lv.surface(
        model, (X, y), dirs, a=(-1.0, 1.0, 5), b=(-0.5, 1.5, 4), progress=False, strategy=strategy
    )
    loss, acc = naive(model, X, y, dirs, land.coords)
    assert land["loss"].shape == (5, 4)
    assert np.allclose(land["loss"], loss, atol=1e-5, rtol=1e-5)
    assert np.allclose(land["accuracy"], acc, atol=1e-6)
    assert np.allclose(land.coords[1], [-0.5, 1 / 6, 5 / 6, 1.5])
    assert_identical(model, snap)


def test_fallback_for_model_vmap_cannot_run():
    torch.manual_seed(0)
    model = Stateful()
    X, y = torch.randn(20, 2), torch.randint(0, 3, (20,))
    dirs = lv.random_directions(model, n=2, seed=0)
    snap = snapshot(model)
    with pytest.warns(RuntimeWarning, match="per-point loop"):
        land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 4), progress=False, strategy="vmap")
    assert land.meta["strategy"] == "loop"
    loss, _ = naive(model, X, y, dirs, land.coords)
    assert np.allclose(land["loss"], loss, atol=1e-5)
    assert_identical(model, snap)


def test_lstm_model_matches_naive():
    class CharRNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(10, 6)
            self.rnn = nn.LSTM(6, 8, batch_first=True)
            self.fc = nn.Linear(8, 10)

        def forward(self, x):
            h, _ = self.rnn(self.emb(x))
            return self.fc(h[:, -1])

    torch.manual_seed(0)
    model = CharRNN().eval()
    X, y = torch.randint(0, 10, (24, 7)), torch.randint(0, 10, (24,))
    dirs = lv.random_directions(model, n=2, seed=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 3), progress=False)
    loss, _ = naive(model, X, y, dirs, land.coords)
    assert np.allclose(land["loss"], loss, atol=1e-5)


def test_one_direction_gives_1d_and_data_forms_agree(spiral_data, small_mlp):
    X, y = spiral_data
    d1 = lv.random_directions(small_mlp, n=1, seed=3)
    ref = lv.surface(small_mlp, (X, y), d1, a=(-1.0, 1.0, 7), progress=False)
    assert ref.ndim == 1 and ref["loss"].shape == (7,)
    loss, _ = naive(small_mlp, X, y, d1, ref.coords)
    assert np.allclose(ref["loss"], loss, atol=1e-5)
    ds = TensorDataset(X, y)
    for data in (ds, DataLoader(ds, batch_size=17), (X.numpy(), y.numpy())):
        land = lv.surface(small_mlp, data, d1, a=(-1.0, 1.0, 7), progress=False)
        assert np.allclose(land["loss"], ref["loss"], atol=1e-5)
    batched = lv.surface(small_mlp, (X, y), d1, a=(-1.0, 1.0, 7), progress=False, batch_size=13)
    assert np.allclose(batched["loss"], ref["loss"], atol=1e-5)


def test_custom_loss_and_metrics(spiral_data, small_mlp):
    X, y = spiral_data

    def margin(out, t):
        return (out.gather(1, t[:, None]).squeeze(1) - out.mean(1)).mean()

    def mse(out, t):
        return ((out.softmax(1) - nn.functional.one_hot(t, 3)) ** 2).mean()

    d = lv.random_directions(small_mlp, n=2, seed=0)
    land = lv.surface(
        small_mlp,
        (X, y),
        d,
        a=(-1.0, 1.0, 3),
        metrics={"mse": mse, "margin": margin},
        progress=False,
    )
    assert land.metrics == ["mse", "margin"]
    ref, _ = naive(small_mlp, X, y, d, land.coords, loss_fn=mse)
    assert np.allclose(land["mse"], ref, atol=1e-6)
    land2 = lv.surface(small_mlp, (X, y), d, a=(-1.0, 1.0, 3), loss_fn=mse, progress=False)
    assert np.allclose(land2["loss"], ref, atol=1e-6)


def test_batchnorm_train_mode_recomputes_statistics():
    model = _trained_bn_cnn()
    X, y = torch.randn(30, 1, 8, 8), torch.randint(0, 3, (30,))
    dirs = lv.random_directions(model, n=2, seed=0)
    snap = snapshot(model)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 3), bn="train", progress=False)
    loss, _ = naive(model, X, y, dirs, land.coords, train=True)
    assert np.allclose(land["loss"], loss, atol=1e-5)
    evaluated = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 3), progress=False)
    assert not np.allclose(evaluated["loss"], land["loss"])
    assert_identical(model, snap)


def test_interpolate_endpoints_reproduce_both_models():
    a, b = _trained_bn_cnn(), _trained_bn_cnn()
    torch.manual_seed(5)
    with torch.no_grad():
        for p in b.parameters():
            p.add_(0.2 * torch.randn_like(p))
        b.bn.running_mean.add_(0.3)
    X, y = torch.randn(30, 1, 8, 8), torch.randint(0, 3, (30,))
    line = lv.interpolate(a, b, (X, y), a=(-0.5, 1.5, 5), progress=False)
    assert line.ndim == 1 and np.allclose(line.coords[0], [-0.5, 0, 0.5, 1, 1.5])
    with torch.no_grad():
        la = float(nn.functional.cross_entropy(a(X), y))
        lb = float(nn.functional.cross_entropy(b(X), y))
    assert line["loss"][1] == pytest.approx(la, abs=1e-5)
    assert line["loss"][3] == pytest.approx(lb, abs=1e-5)
    sd_line = lv.interpolate(a, b.state_dict(), (X, y), a=(-0.5, 1.5, 5), progress=False)
    assert np.allclose(sd_line["loss"], line["loss"])


def test_model_unchanged_after_exception_in_loss_and_after_cancel(spiral_data, small_mlp):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    snap = snapshot(small_mlp)
    calls = {"n": 0}

    def bad_loss(out, t):
        calls["n"] += 1
        if calls["n"] > 8:
            raise RuntimeError("loss exploded")
        return nn.functional.cross_entropy(out, t)

    with pytest.raises(RuntimeError, match="loss exploded"):
        lv.surface(
            small_mlp,
            (X, y),
            dirs,
            a=(-1.0, 1.0, 9),
            loss_fn=bad_loss,
            progress=False,
            strategy="loop",
        )
    assert_identical(small_mlp, snap)

    ev = threading.Event()
    seen = []

    def cb(partial, done, total):
        seen.append(done)
        if done >= 20:
            ev.set()

    with pytest.raises(lv.Cancelled) as info:
        lv.surface(
            small_mlp,
            (X, y),
            dirs,
            a=(-1.0, 1.0, 11),
            progress=False,
            cancel=ev,
            callback=cb,
            chunk_size=10,
            strategy="loop",
        )
    part = info.value.landscape
    assert part is not None and np.isfinite(part["loss"]).sum() == seen[-1]
    assert np.isnan(part["loss"]).sum() == 121 - seen[-1]
    assert_identical(small_mlp, snap)


def test_callback_reports_partial_results(spiral_data, small_mlp):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    frames = []
    land = lv.surface(
        small_mlp,
        (X, y),
        dirs,
        a=(-1.0, 1.0, 6),
        progress=False,
        chunk_size=12,
        callback=lambda p, d, t: frames.append((d, t, np.isfinite(p["loss"]).sum())),
    )
    assert [f[0] for f in frames] == [12, 24, 36] and all(f[1] == 36 for f in frames)
    assert [f[2] for f in frames] == [12, 24, 36]
    assert land.complete


def test_nan_losses_become_nan_with_warning(spiral_data, small_mlp):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=1, seed=0)

    def log_loss(out, t):  # NaN where the logits go negative enough
        return torch.log(out.mean() + 0.05)

    with pytest.warns(RuntimeWarning, match="non-finite"):
        land = lv.surface(
            small_mlp,
            (X, y),
            dirs,
            a=(-30.0, 30.0, 21),
            loss_fn=log_loss,
            metrics=("loss",),
            progress=False,
        )
    assert np.isnan(land["loss"]).any() and np.isfinite(land["loss"]).any()


def test_subsample_is_marked_preview(spiral_data, small_mlp):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    land = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 3), subsample=30, progress=False)
    assert land.meta["preview"] and land.meta["n_samples"] == 30
    full = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 3), progress=False)
    assert not full.meta["preview"] and full.meta["n_samples"] == len(X)


def test_center_argument_moves_the_grid(spiral_data, small_mlp):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=1, seed=0)
    shifted = copy.deepcopy(small_mlp)
    with torch.no_grad():
        for n, p in shifted.named_parameters():
            p.add_(0.5 * dirs[0][n])
    a = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 5), progress=False, center=shifted)
    b = lv.surface(small_mlp, (X, y), dirs, a=(-0.5, 1.5, 5), progress=False)
    assert np.allclose(a["loss"], b["loss"], atol=1e-5)


def test_strategy_choice_is_cached_and_recorded(spiral_data, small_mlp):
    X, y = spiral_data
    _STRATEGY_CACHE.clear()
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    first = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 5), progress=False)
    again = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 5), progress=False)
    tiny = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 3), progress=False)
    assert tiny.meta["strategy"] == "loop" and "small grid" in tiny.meta["strategy_note"]
    assert first.meta["strategy"] in ("loop", "vmap")
    assert again.meta["strategy"] == first.meta["strategy"]
    assert "cached" in again.meta["strategy_note"]
    assert first.meta["directions"]["norm"] == "filter"
    assert first.directions is not None and len(first.directions) == 2


BAD = [
    (dict(a=(1.0, -1.0, 5)), ValueError, "min must be < max"),
    (dict(a=(-1.0, 1.0, 1)), ValueError, "number of points"),
    (dict(a=(-1.0, 1.0, 10**6)), ValueError, "number of points"),
    (dict(a=(-1.0, float("nan"), 5)), ValueError, "finite"),
    (dict(a=(-1.0, 1.0, 2.5)), TypeError, "integer"),
    (dict(a=[0.0, 0.0, 1.0]), ValueError, "increasing"),
    (dict(metrics=("loss", "f1")), ValueError, "unknown metric 'f1'"),
    (dict(metrics=()), ValueError, "at least one"),
    (dict(strategy="fast"), ValueError, "strategy='fast'"),
    (dict(bn="batch"), ValueError, "bn='batch'"),
    (dict(device="tpu"), ValueError, "device"),
    (dict(chunk_size=0), ValueError, "chunk_size"),
    (dict(loss_fn=3), TypeError, "loss_fn"),
]


@pytest.mark.parametrize("kwargs,exc,match", BAD)
def test_bad_arguments(spiral_data, small_mlp, kwargs, exc, match):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    snap = snapshot(small_mlp)
    with pytest.raises(exc, match=match):
        lv.surface(small_mlp, (X, y), dirs, progress=False, **kwargs)
    assert_identical(small_mlp, snap)


def test_bad_data_and_directions(small_mlp):
    X, y = torch.randn(10, 2), torch.randint(0, 3, (10,))
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    with pytest.raises(ValueError, match="empty"):
        lv.surface(small_mlp, (X[:0], y[:0]), dirs, progress=False)
    with pytest.raises(ValueError, match="9"):
        lv.surface(small_mlp, (X, y[:9]), dirs, progress=False)
    with pytest.raises(ValueError, match="one device"):
        lv.surface(small_mlp, (X.to("meta"), y), dirs, progress=False)
    with pytest.raises(TypeError, match="data must be"):
        lv.surface(small_mlp, "data.csv", dirs, progress=False)
    other = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 3))
    with pytest.raises(ValueError, match="shape"):
        lv.surface(
            small_mlp,
            (X, y),
            lv.random_directions(
                nn.Sequential(
                    nn.Linear(2, 15), nn.ReLU(), nn.Linear(15, 16), nn.Tanh(), nn.Linear(16, 3)
                ),
                n=2,
            ),
            progress=False,
        )
    with pytest.raises(ValueError, match="no direction for parameter"):
        lv.surface(small_mlp, (X, y), lv.random_directions(other, n=2), progress=False)
    with pytest.raises(TypeError, match="Directions"):
        lv.surface(small_mlp, (X, y), [dirs[0]], progress=False)
    with pytest.raises(ValueError, match="b was given"):
        lv.surface(small_mlp, (X, y), dirs[:1], b=(-1.0, 1.0, 3), progress=False)
    three = lv.Directions([dirs[0], dirs[1], dirs[0]])
    with pytest.raises(ValueError, match="1 \\(1D\\) or 2"):
        lv.surface(small_mlp, (X, y), three, progress=False)


def test_interpolation_past_the_ends_keeps_batchnorm_variances_valid():
    a, b = _trained_bn_cnn(), _trained_bn_cnn()
    with torch.no_grad():
        b.bn.running_var.mul_(4.0)  # extrapolating to a = -0.5 would make a variance < 0
    X, y = torch.randn(30, 1, 8, 8), torch.randint(0, 3, (30,))
    line = lv.interpolate(a, b, (X, y), a=(-1.0, 2.0, 7), progress=False)
    assert np.isfinite(line["loss"]).all()


def test_model_that_cannot_run_on_the_data_gives_a_clear_error(small_mlp):
    X, y = torch.randn(10, 5), torch.randint(0, 3, (10,))
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    with pytest.raises(ValueError, match="cannot run on the data.*shape \\(10, 5\\)"):
        lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 3), progress=False)


# ---------------------------------------------------------------------- CPU speed paths
class ViewAfterConv(CNN):
    """``.view`` on a conv activation: fails on a channels-last tensor."""

    def forward(self, x):
        x = torch.relu(self.bn(self.c1(x)))
        x = nn.functional.max_pool2d(torch.relu(self.c2(x)), 2)
        return self.fc(x.view(x.shape[0], -1))


@pytest.mark.parametrize("cls", [CNN, ViewAfterConv])
def test_channels_last_layout_is_exact_or_not_used(cls):
    torch.manual_seed(0)
    model = cls().eval()
    X, y = torch.randn(40, 1, 8, 8), torch.randint(0, 3, (40,))
    dirs = lv.random_directions(model, n=2, seed=3, ignore=None)
    snap = snapshot(model)
    # declare channels-last faster for this model so only correctness decides
    metrics = resolve_metrics(("loss", "accuracy"), None)
    eng = Engine(
        model, as_eval_data((X, y), torch.device("cpu")), dirs, metrics, torch.device("cpu")
    )
    LAYOUT_CACHE.clear()
    SETUP_CACHE.clear()
    LAYOUT_CACHE[eng.cache_key()] = True
    land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 4), b=(-0.5, 0.5, 3), progress=False)
    assert land.meta["channels_last"] is (cls is CNN)
    if cls is ViewAfterConv:
        assert "channels-last layout fails" in land.meta["strategy_note"]
        assert LAYOUT_CACHE[eng.cache_key()] is False
    loss, acc = naive(model, X, y, dirs, land.coords)
    assert np.allclose(land["loss"], loss, atol=1e-5, rtol=1e-5)
    assert np.allclose(land["accuracy"], acc)
    assert_identical(model, snap)


def test_channels_last_engine_stores_conv_weights_nhwc():
    torch.manual_seed(0)
    model = CNN().eval()
    X, y = torch.randn(8, 1, 8, 8), torch.randint(0, 3, (8,))
    dirs = lv.random_directions(model, n=2, seed=0)
    eng = Engine(
        model, as_eval_data((X, y), torch.device("cpu")), dirs, resolve_metrics(("loss",), None),
        torch.device("cpu"),
    )  # fmt: skip
    eng.pack(channels_last=True)
    w = eng.live["c2.weight"]
    assert w.is_contiguous(memory_format=torch.channels_last) and not w.is_contiguous()
    # the flat buffer still holds theta + c1 d1 + c2 d2 for every tensor
    eng.write([0.3, -0.7])
    for n in dirs.names:
        want = model.state_dict()[n] + 0.3 * dirs[0][n] - 0.7 * dirs[1][n]
        assert torch.allclose(eng.live[n], want, atol=1e-6), n
    assert eng.flat.data_ptr() <= w.data_ptr() < eng.flat.data_ptr() + 4 * eng.flat.numel()


def test_auto_measures_on_real_grid_points(spiral_data, small_mlp):
    """The measurement evaluates actual grid points with both strategies; all are exact."""
    X, y = spiral_data
    _STRATEGY_CACHE.clear()
    dirs = lv.random_directions(small_mlp, n=2, seed=5)
    seen = []
    land = lv.surface(
        small_mlp, (X, y), dirs, a=(-1.0, 1.0, 8), b=(-1.0, 1.0, 6), progress=False,
        callback=lambda p, d, t: seen.append(p.meta["strategy"]),
    )  # fmt: skip
    assert seen[0] == "measure" and seen[-1] in ("loop", "vmap")
    assert land.meta["strategy_note"].startswith("measured loop")
    loss, acc = naive(small_mlp, X, y, dirs, land.coords)
    assert np.allclose(land["loss"], loss, atol=1e-5, rtol=1e-5)
    assert np.allclose(land["accuracy"], acc)


def test_measuring_rounds_of_the_loop_stay_short(spiral_data, small_mlp, monkeypatch):
    """Loop rounds run at most MEASURE_LOOP_POINTS points, vmap rounds a whole chunk."""
    X, y = spiral_data
    _STRATEGY_CACHE.clear()
    calls = []
    for name in ("eval_loop", "eval_vmap"):
        orig = getattr(Engine, name)

        def record(self, C, _orig=orig, _name=name):
            calls.append((_name, len(C)))
            return _orig(self, C)

        monkeypatch.setattr(Engine, name, record)
    dirs = lv.random_directions(small_mlp, n=2, seed=5)
    land = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 24), b=(-1.0, 1.0, 20),
                      progress=False, workers=1)  # fmt: skip
    measured = calls[: 2 * Schedule.ROUNDS]
    assert [c[0] for c in measured] == ["eval_loop", "eval_vmap"] * Schedule.ROUNDS
    k = min(64, 480 // (4 * Schedule.ROUNDS))  # the measuring chunk of a 480-point grid
    assert all(n == MEASURE_LOOP_POINTS for name, n in measured if name == "eval_loop")
    assert all(n == k for name, n in measured if name == "eval_vmap")
    assert sum(n for _, n in calls) == 480  # every point evaluated once
    loss, _ = naive(small_mlp, X, y, dirs, land.coords)
    assert np.allclose(land["loss"], loss, atol=1e-5, rtol=1e-5)


def test_a_choice_measured_on_a_small_grid_is_measured_again_on_a_larger_one(
    spiral_data, small_mlp
):
    """vmap gains with the chunk: a decision from tiny measuring chunks is not reused."""
    X, y = spiral_data
    _STRATEGY_CACHE.clear()
    dirs = lv.random_directions(small_mlp, n=2, seed=5)
    kw = {"progress": False, "workers": 1}
    small = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 5), b=(-1.0, 1.0, 5), **kw)
    assert small.meta["strategy_note"].startswith("measured")  # 25 points: chunks of 2
    ((key, (_, _, at)),) = _STRATEGY_CACHE.items()
    assert at == 2
    large = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 24), b=(-1.0, 1.0, 20), **kw)
    assert large.meta["strategy_note"].startswith("measured")  # not the small grid's choice
    assert _STRATEGY_CACHE[key][2] == min(64, 480 // 12)
    again = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 5), b=(-1.0, 1.0, 5), **kw)
    assert again.meta["strategy_note"].startswith("cached choice")  # measured on more points
    loss, _ = naive(small_mlp, X, y, dirs, again.coords)
    assert np.allclose(again["loss"], loss, atol=1e-5, rtol=1e-5)


def test_auto_falls_back_when_vmap_fails_while_measuring():
    _STRATEGY_CACHE.clear()
    torch.manual_seed(0)
    model = Stateful()
    X, y = torch.randn(20, 2), torch.randint(0, 3, (20,))
    dirs = lv.random_directions(model, n=2, seed=0)
    with pytest.warns(RuntimeWarning, match="per-point loop"):
        land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 6), progress=False)
    assert land.meta["strategy"] == "loop" and land.meta["strategy_note"].startswith(
        "vmap unavailable"
    )
    loss, _ = naive(model, X, y, dirs, land.coords)
    assert np.allclose(land["loss"], loss, atol=1e-5)


_ALLOC = """
import ctypes, resource, torch
from lossviz.core._cpu import retained_memory
with retained_memory() as tuned, torch.no_grad():
    t = torch.empty(5 << 20)  # 20 MB
    # glibc's chunk header: bit 2 of the size field marks a block served by mmap, which
    # is handed back to the OS on free and page-faulted in again on the next allocation
    mmapped = bool(ctypes.c_size_t.from_address(t.data_ptr() - 8).value & 2)
    del t
    x = torch.ones(1024, 1024, 4)
    r0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(20):
        h = x
        for _ in range(4):  # a forward pass: a chain of 16 MB activations
            h = h * 2.0
        del h
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - r0
print(tuned, mmapped, faults)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc allocator")
def test_retained_memory_keeps_activations_off_mmap():
    """Under ``retained_memory`` activations come from the heap and are reused, not faulted
    in again per forward; LOSSVIZ_MALLOC_TUNING=0 leaves glibc's defaults alone."""
    import subprocess

    def run(env_value):
        env = {**os.environ, "LOSSVIZ_MALLOC_TUNING": env_value}
        out = subprocess.run(
            [sys.executable, "-c", _ALLOC], capture_output=True, text=True, env=env, check=True
        ).stdout.split()
        return out[0] == "True", out[1] == "True", int(out[2])

    tuned, mmapped_tuned, faults_tuned = run("1")
    untuned, mmapped_default, _ = run("0")
    assert tuned and not untuned
    assert mmapped_default and not mmapped_tuned
    # 20 forwards x 4 activations x 16 MB: 320k page faults if every activation faulted in
    # again; reused memory faults only the working set in once
    assert faults_tuned < 40_000


# ---------------------------------------------------------------------- worker threads
class Wide(nn.Module):
    """Large layer outputs, so that ``workers="auto"`` uses threads."""

    def __init__(self):
        super().__init__()
        self.l1 = nn.Linear(8, 256)
        self.l2 = nn.Linear(256, 3)

    def forward(self, x):
        return self.l2(torch.relu(self.l1(x)))


@pytest.fixture(scope="module")
def wide_case():
    torch.manual_seed(0)
    model = Wide().eval()
    X, y = torch.randn(400, 8), torch.randint(0, 3, (400,))  # 400 KB per hidden output
    return model, X, y, lv.random_directions(model, n=2, seed=4)


def test_worker_threads_match_naive_and_restore_threads(wide_case):
    model, X, y, dirs = wide_case
    snap = snapshot(model)
    threads = torch.get_num_threads()
    seen = []
    land = lv.surface(
        model, (X, y), dirs, a=(-1.0, 1.0, 12), b=(-1.0, 0.5, 11), progress=False,
        workers=3, callback=lambda p, d, t: seen.append((d, int(np.isfinite(p["loss"]).sum()))),
    )  # fmt: skip
    assert land.meta["workers"] == 3
    assert land.meta["narrow_linear"] == 1  # the 256 -> 3 head runs as (W x^T)^T
    loss, acc = naive(model, X, y, dirs, land.coords)
    assert np.allclose(land["loss"], loss, atol=1e-5, rtol=1e-5)
    # another summation order can flip a prediction whose top two logits tie to ~1e-7
    assert np.abs(land["accuracy"] - acc).max() <= 1 / len(y) + 1e-9
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == 132
    assert all(finite >= d for d, finite in seen)  # the partial result holds what is done
    assert torch.get_num_threads() == threads
    assert_identical(model, snap)


def test_auto_workers_follow_layer_output_size(wide_case, spiral_data, small_mlp):
    model, X, y, dirs = wide_case
    wide = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 16), progress=False)
    small = lv.surface(
        small_mlp, spiral_data, lv.random_directions(small_mlp, n=2, seed=0),
        a=(-1.0, 1.0, 16), progress=False,
    )  # fmt: skip
    expected = min(torch.get_num_threads(), 8, 256 // THREADS_MIN_POINTS)
    assert wide.meta["workers"] == expected  # 400 KB outputs: compute-bound
    assert small.meta["workers"] == 1  # tiny outputs: dispatch-bound


def test_worker_threads_cancel_and_errors(wide_case):
    model, X, y, dirs = wide_case
    snap = snapshot(model)
    stop = threading.Event()

    def cb(partial, done, total):
        if done >= 40:
            stop.set()

    with pytest.raises(lv.Cancelled) as info:
        lv.surface(
            model, (X, y), dirs, a=(-1.0, 1.0, 20), progress=False, workers=2, cancel=stop,
            callback=cb, chunk_size=8, strategy="loop",
        )  # fmt: skip
    part = info.value.landscape
    finite = np.isfinite(part["loss"])
    assert 40 <= finite.sum() < 400
    loss, _ = naive(model, X, y, dirs, part.coords)
    assert np.allclose(part["loss"][finite], loss[finite], atol=1e-5)

    def bad_loss(out, t):
        raise RuntimeError("loss exploded")

    with pytest.raises(RuntimeError, match="loss exploded"):
        lv.surface(
            model, (X, y), dirs, a=(-1.0, 1.0, 20), progress=False, workers=2,
            loss_fn=bad_loss, metrics=("loss",),
        )  # fmt: skip
    assert_identical(model, snap)
    with pytest.raises(ValueError, match="workers must be 'auto' or a positive integer"):
        lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 4), progress=False, workers=0)


# ---------------------------------------------------------------------- issue 14
def naive_points(model, batches, dirs, coords, prepare=None, metric="loss"):
    """Per-point reference: a fresh deepcopy of the model at every point (its buffers as
    they were), weights written, forward over the batches, sample-weighted mean."""
    mesh = np.meshgrid(*coords, indexing="ij")
    C = np.stack([m.ravel() for m in mesh], axis=1)
    out = []
    for c in C:
        m = copy.deepcopy(model)
        m.eval()
        params = dict(m.named_parameters())
        params.update(m.named_buffers())
        with torch.no_grad():
            for n in dirs.names:
                for k, ck in enumerate(c):
                    params[n].add_(float(ck) * dirs[k][n].to(params[n].dtype))
            if prepare is not None:
                prepare(m)
            total, count = 0.0, 0
            for x, y in batches:
                o = m(x).double()
                v = (
                    nn.functional.cross_entropy(o, y)
                    if metric == "loss"
                    else ((o.argmax(1) == y).double().mean())
                )
                total += float(v) * len(x)
                count += len(x)
        out.append(total / count)
    return np.array(out).reshape(tuple(len(a) for a in coords))


class ScalesItself(nn.Module):
    """Issue 14.1: forward() mutates a buffer in place."""

    def __init__(self):
        super().__init__()
        self.l = nn.Linear(2, 3)
        self.register_buffer("scale", torch.ones(()))

    def forward(self, x):
        self.scale.mul_(1.01)
        return self.l(x) * self.scale


@pytest.mark.parametrize("strategy", ["loop", "vmap", "auto"])
def test_forward_mutating_a_buffer_every_point_sees_the_original_buffers(strategy):
    _STRATEGY_CACHE.clear()
    torch.manual_seed(0)
    model = ScalesItself()
    X, y = torch.randn(60, 2), torch.randint(0, 3, (60,))
    dirs = lv.random_directions(model, n=2, seed=0)
    snap = snapshot(model)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        land = lv.surface(
            model, (X, y), dirs, a=(-1.0, 1.0, 6), progress=False, strategy=strategy,
            batch_size=25, metrics=("loss",),
        )  # fmt: skip
    # three batches per point: the buffer grows within a point, as in the reference
    batches = [(X[i : i + 25], y[i : i + 25]) for i in range(0, 60, 25)]
    ref = naive_points(model, batches, dirs, land.coords)
    assert np.allclose(land["loss"], ref, atol=1e-6, rtol=1e-6)
    assert land.meta["strategy"] == "loop"
    if strategy != "loop":  # vmap would share the buffer between points: said so
        assert any("updates the buffers ['scale']" in str(w.message) for w in caught)
    assert_identical(model, snap)


def test_vmap_chunk_that_changes_a_shared_buffer_is_refused_and_restored():
    from lossviz.core.engine import BufferMutation

    torch.manual_seed(0)
    model = ScalesItself()
    X, y = torch.randn(10, 2), torch.randint(0, 3, (10,))
    dirs = lv.random_directions(model, n=2, seed=0)
    cpu = torch.device("cpu")
    eng = Engine(model, as_eval_data((X, y), cpu), dirs, resolve_metrics("loss", None), cpu)
    assert not eng.reset_buffers  # no probe forward yet: the mutation is seen afterwards
    with torch.no_grad(), pytest.raises(BufferMutation, match="scale"):
        eng.eval_vmap(np.zeros((4, 2)))
    assert float(eng.live["scale"]) == 1.0 and eng.reset_buffers


class DropBN(nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = nn.Linear(4, 32)
        self.bn = nn.BatchNorm1d(32)
        self.drop = nn.Dropout(0.5)
        self.l2 = nn.Linear(32, 3)

    def forward(self, x):
        return self.l2(self.drop(torch.relu(self.bn(self.l1(x)))))


def test_bn_train_switches_normalization_only_dropout_stays_off():
    torch.manual_seed(0)
    model = DropBN().eval()
    X, y = torch.randn(64, 4), torch.randint(0, 3, (64,))
    dirs = lv.random_directions(model, n=2, seed=0)
    snap = snapshot(model)
    runs = [
        lv.surface(
            model, (X, y), dirs, a=(-1.0, 1.0, 4), bn="train", progress=False, strategy=strategy
        )  # fmt: skip
        for strategy in ("loop", "loop", "auto", "vmap")
    ]
    assert np.array_equal(runs[0]["loss"], runs[1]["loss"])  # deterministic: no dropout

    def bn_only(m):
        m.bn.train()

    ref = naive_points(model, [(X, y)], dirs, runs[0].coords, prepare=bn_only)
    for run in runs:
        assert np.allclose(run["loss"], ref, atol=1e-6, rtol=1e-6)
    assert_identical(model, snap)


def _confident(kind, bias):
    """A model whose logits are large (offset ``bias``) and mostly right: small loss."""
    torch.manual_seed(0)
    if kind == "mlp":
        m, X = nn.Sequential(nn.Linear(10, 64), nn.ReLU(), nn.Linear(64, 10)), torch.randn(500, 10)
    else:
        m = nn.Sequential(
            nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(8 * 64, 10)
        )
        X = torch.randn(500, 1, 8, 8)
    with torch.no_grad():
        m[-1].weight.mul_(40)
        m[-1].bias.add_(bias)
        y = m(X).argmax(1)
        y[:5] = torch.randint(0, 10, (5,))
    return m.eval(), X, y


def test_fused_cross_entropy_is_as_accurate_as_torch():
    """Same float32 logits: the fused loss is no further from float64 than F.cross_entropy."""
    from lossviz.core.engine import fused_metrics

    fused = fused_metrics({"loss": nn.functional.cross_entropy})
    err_fused, err_torch = [], []
    for seed in range(20):
        g = torch.Generator().manual_seed(seed)
        z = torch.randn(500, 10, generator=g) * 8 + 100  # large logits, confident
        y = z.argmax(1)
        y[:5] = torch.randint(0, 10, (5,), generator=g)
        ref = float(nn.functional.cross_entropy(z.double(), y))
        err_torch.append(abs(float(nn.functional.cross_entropy(z, y)) - ref))
        err_fused.append(abs(float(fused(z, y)[0]) - ref))
        assert err_fused[-1] <= err_torch[-1] + 2**-24 * ref  # + one float32 ulp
    assert sum(err_fused) <= sum(err_torch)


@pytest.mark.parametrize("kind,bias", [("mlp", 100.0), ("cnn", 30.0)])
def test_surface_loss_at_center_as_accurate_as_torch(kind, bias):
    model, X, y = _confident(kind, bias)
    with torch.no_grad():
        ref = float(nn.functional.cross_entropy(copy.deepcopy(model).double()(X.double()), y))
        own = float(nn.functional.cross_entropy(model(X), y))
    dirs = lv.random_directions(model, n=1, seed=0)
    land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 3), progress=False, metrics=("loss",))
    assert abs(land["loss"][1] - ref) <= abs(own - ref) + 2 * 2**-24 * ref


class BNCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(3, 16, 3, padding=1)
        self.bn = nn.BatchNorm2d(16)
        self.c2 = nn.Conv2d(16, 16, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(16)
        self.fc = nn.Linear(16 * 8 * 8, 10)

    def forward(self, x):
        x = torch.relu(self.bn(self.c1(x)))
        x = nn.functional.max_pool2d(torch.relu(self.bn2(self.c2(x))), 2)
        return self.fc(x.flatten(1))


class _AlwaysFaster(dict):
    """A layout cache that declares channels-last faster: only accuracy decides."""

    def get(self, key, default=None):
        return True


def test_cpu_fast_paths_as_accurate_as_plain_forward_with_bn_train(monkeypatch):
    from lossviz.core import engine

    monkeypatch.setattr(engine, "LAYOUT_CACHE", _AlwaysFaster())
    monkeypatch.setattr(engine, "SETUP_CACHE", engine.OrderedDict())
    torch.manual_seed(0)
    model = BNCNN().eval()
    X, y = torch.randn(200, 3, 16, 16), torch.randint(0, 10, (200,))
    dirs = lv.random_directions(model, n=2, seed=0)
    land = lv.surface(
        model, (X, y), dirs, a=(-1.0, 1.0, 4), b=(-1.0, 1.0, 3), bn="train", progress=False,
        metrics=("loss",), strategy="loop",
    )  # fmt: skip

    def train_bn(m):
        m.bn.train()
        m.bn2.train()

    ref64 = naive_points(copy.deepcopy(model).double(), [(X.double(), y)], dirs, land.coords,
                         prepare=train_bn)  # fmt: skip
    ref32 = naive_points(model, [(X, y)], dirs, land.coords, prepare=train_bn)
    err, err_plain = np.abs(land["loss"] - ref64), np.abs(ref32 - ref64)
    assert np.all(err <= 1.5 * err_plain + 2.5e-7 * np.abs(ref64)), (err.max(), err_plain.max())


def test_negative_interpolated_variance_warns_once_and_nan_on_request():
    a, b = _trained_bn_cnn(), _trained_bn_cnn()
    with torch.no_grad():
        b.bn.running_var.mul_(4.0)
    X, y = torch.randn(30, 1, 8, 8), torch.randint(0, 3, (30,))
    coords = np.linspace(-1.0, 2.0, 7)
    # independent count: (1 - t) var_a + t var_b < 0 for some channel
    va, vb = a.bn.running_var.double().numpy(), b.bn.running_var.double().numpy()
    expected = np.array([((1 - t) * va + t * vb < 0).any() for t in coords])
    assert expected.sum() == 2
    with pytest.warns(RuntimeWarning, match="at 2 of 7 grid points.*negative_var='nan'") as rec:
        clamped = lv.interpolate(a, b, (X, y), a=(-1.0, 2.0, 7), progress=False)
    assert sum("BatchNorm running variance" in str(w.message) for w in rec) == 1
    assert np.isfinite(clamped["loss"]).all()
    assert clamped.meta["negative_variance_points"] == 2
    with pytest.warns(RuntimeWarning, match="those points are NaN"):
        nan = lv.interpolate(a, b, (X, y), a=(-1.0, 2.0, 7), progress=False, negative_var="nan")
    assert np.array_equal(np.isnan(nan["loss"]), expected)
    assert np.allclose(nan["loss"][~expected], clamped["loss"][~expected])
    with pytest.raises(ValueError, match="negative_var='zero'"):
        lv.interpolate(a, b, (X, y), progress=False, negative_var="zero")


def test_user_hooks_are_not_run_or_copied(spiral_data, small_mlp):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    loss, _ = naive(small_mlp, X, y, dirs, [np.linspace(-1, 1, 4)] * 2)  # before the hooks
    seen = []

    class Recorder:
        def __call__(self, module, inp, out):
            seen.append(out)

        def __deepcopy__(self, memo):  # a hook's object must never be copied
            raise RuntimeError("hook object copied")

    handles = [
        small_mlp[0].register_forward_hook(Recorder()),
        small_mlp[2].register_forward_pre_hook(lambda m, inp: seen.append(inp)),
        small_mlp[4].register_full_backward_hook(lambda m, gi, go: seen.append(go)),
        small_mlp.register_forward_hook(lambda m, inp, kw, out: seen.append(out),
                                        with_kwargs=True),
    ]  # fmt: skip
    snap = snapshot(small_mlp)
    for strategy in ("loop", "vmap"):
        land = lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 4), progress=False,
                          strategy=strategy)  # fmt: skip
        assert seen == []
        assert np.allclose(land["loss"], loss, atol=1e-5)
    assert_identical(small_mlp, snap)
    small_mlp(X)  # the user's hooks are still in place on the user's model
    assert len(seen) == 3
    for h in handles:
        h.remove()


def _bad_loss(kind):
    def loss(out, t):
        if kind == "vector":
            return nn.functional.cross_entropy(out, t, reduction="none")
        if kind == "float":
            return float(nn.functional.cross_entropy(out, t))
        return None

    return loss


@pytest.mark.parametrize(
    "kind,exc,match",
    [
        ("vector", ValueError, r"loss_fn returned a tensor of shape \(120,\).*reduction='mean'"),
        ("float", TypeError, "loss_fn must return a scalar torch.Tensor.*float"),
        ("none", TypeError, "loss_fn must return a scalar torch.Tensor.*NoneType"),
    ],
)
def test_loss_fn_returning_a_non_scalar_is_named(spiral_data, small_mlp, kind, exc, match):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    snap = snapshot(small_mlp)
    for strategy in ("loop", "auto"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # vmap's fallback note
            with pytest.raises(exc, match=match):
                lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 5), loss_fn=_bad_loss(kind),
                           progress=False, strategy=strategy)  # fmt: skip
    with pytest.raises(ValueError, match=r"metrics\['per_sample'\] returned a tensor"):
        lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 3), progress=False,
                   metrics={"per_sample": _bad_loss("vector")})  # fmt: skip
    assert_identical(small_mlp, snap)


def test_integer_parameter_refused_integer_buffer_fine(spiral_data):
    X, y = spiral_data

    class WithInts(nn.Module):
        def __init__(self, int_param):
            super().__init__()
            self.fc = nn.Linear(2, 3)
            if int_param:
                self.steps = nn.Parameter(torch.zeros(2, dtype=torch.long), requires_grad=False)
            self.register_buffer("count", torch.tensor(3))

        def forward(self, x):
            return self.fc(x) + 0 * self.count

    torch.manual_seed(0)
    ok = WithInts(False).eval()
    dirs = lv.random_directions(ok, n=2, seed=0)
    land = lv.surface(ok, (X, y), dirs, a=(-1.0, 1.0, 3), progress=False)
    assert np.allclose(land["loss"], naive(ok, X, y, dirs, land.coords)[0], atol=1e-6)
    bad = WithInts(True)
    with pytest.raises(ValueError, match=r"non-floating-point parameters \['steps \(int64\)'\]"):
        lv.surface(bad, (X, y), dirs, progress=False)


@pytest.mark.parametrize(
    "axis,match",
    [
        ((-1e308, 1e308, 5), "a=.*overflows float64"),
        ((-1e39, 1e39, 5), "a: coordinates up to 1e\\+39 .* overflow the model's float32"),
        ([-1e39, -1.0, 1.0, 1e39], "a: coordinates up to 1e\\+39"),
    ],
)
def test_overflowing_bounds_are_refused(spiral_data, small_mlp, axis, match):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    with pytest.raises(ValueError, match=match):
        lv.surface(small_mlp, (X, y), dirs, a=axis, progress=False)
    with pytest.raises(ValueError, match=match.replace("a", "b", 1)):
        lv.surface(small_mlp, (X, y), dirs, a=(-1.0, 1.0, 3), b=axis, progress=False)


def test_labels_out_of_range_are_named(spiral_data, small_mlp):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    for bad in (3, -1):
        yb = y.clone()
        yb[7] = bad
        with pytest.raises(
            ValueError, match=r"labels must be class indices in \[0, 3\).*3 outputs"
        ):
            lv.surface(small_mlp, (X, yb), dirs, a=(-1.0, 1.0, 3), progress=False)
    # cross-entropy's ignore_index (-100) is a label the loss skips
    yi = y.clone()
    yi[:10] = -100
    land = lv.surface(small_mlp, (X, yi), dirs, a=(-1.0, 1.0, 3), progress=False,
                      metrics=("loss",))  # fmt: skip
    ref = naive_points(small_mlp, [(X, yi)], dirs, land.coords)
    assert np.allclose(land["loss"], ref, atol=1e-6)


def test_model_on_meta_device_is_refused(spiral_data, small_mlp):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=2, seed=0)
    meta = copy.deepcopy(small_mlp).to("meta")
    with pytest.raises(ValueError, match="model is on the 'meta' device.*to_empty"):
        lv.surface(meta, (X, y), dirs, progress=False)


def test_three_number_list_axis_is_ambiguous(spiral_data, small_mlp):
    X, y = spiral_data
    dirs = lv.random_directions(small_mlp, n=1, seed=0)
    with pytest.raises(ValueError, match=r"a=\[-1, 1, 41\] is ambiguous: write a=\(-1, 1, 41\).*"
                                         r"np.array\(\[-1, 1, 41\]\)"):  # fmt: skip
        lv.surface(small_mlp, (X, y), dirs, a=[-1, 1, 41], progress=False)
    spaced = lv.surface(small_mlp, (X, y), dirs, a=(-1, 1, 41), progress=False)
    assert np.allclose(spaced.coords[0], np.linspace(-1, 1, 41))
    three = lv.surface(small_mlp, (X, y), dirs, a=np.array([-1, 1, 41]), progress=False)
    assert np.array_equal(three.coords[0], [-1.0, 1.0, 41.0])
    # lists that cannot mean (min, max, num) are coordinates
    assert np.array_equal(
        lv.surface(small_mlp, (X, y), dirs, a=[-1.0, 0.0, 0.5], progress=False).coords[0],
        [-1.0, 0.0, 0.5],
    )


def test_bn_recompute_matches_naive_per_point_statistics():
    model = _trained_bn_cnn()
    torch.manual_seed(3)
    Xt, yt = torch.randn(60, 1, 8, 8) * 2 + 0.5, torch.randint(0, 3, (60,))  # "training"
    X, y = torch.randn(30, 1, 8, 8), torch.randint(0, 3, (30,))
    train_batches = [(Xt[i : i + 20], yt[i : i + 20]) for i in range(0, 60, 20)]
    dirs = lv.random_directions(model, n=2, seed=0)
    snap = snapshot(model)
    land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 4), b=(-1.0, 1.0, 3),
                      bn="recompute", bn_data=DataLoader(TensorDataset(Xt, yt), batch_size=20),
                      progress=False)  # fmt: skip
    assert land.meta["strategy"] == "loop" and land.meta["bn"] == "recompute"

    def recompute(m):
        m.bn.reset_running_stats()
        m.bn.momentum = None
        m.bn.train()
        for xb, _ in train_batches:
            m(xb)
        m.eval()

    ref = naive_points(model, [(X, y)], dirs, land.coords, prepare=recompute)
    acc = naive_points(model, [(X, y)], dirs, land.coords, prepare=recompute, metric="acc")
    assert np.allclose(land["loss"], ref, atol=1e-5, rtol=1e-5)
    assert np.allclose(land["accuracy"], acc)
    stale = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 4), b=(-1.0, 1.0, 3), progress=False)
    assert not np.allclose(stale["loss"], land["loss"])
    assert_identical(model, snap)
    # default statistics batches: the evaluation data
    own = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 3), bn="recompute", progress=False)

    def recompute_eval(m):
        m.bn.reset_running_stats()
        m.bn.momentum = None
        m.bn.train()
        m(X)
        m.eval()

    ref = naive_points(model, [(X, y)], dirs, own.coords, prepare=recompute_eval)
    assert np.allclose(own["loss"], ref, atol=1e-5, rtol=1e-5)
    with pytest.raises(ValueError, match="bn_data is used only with bn='recompute'"):
        lv.surface(model, (X, y), dirs, bn_data=(X, y), progress=False)


def test_forward_mutating_a_buffer_in_the_tiled_path(tmp_path):
    torch.manual_seed(0)
    model = ScalesItself()
    X, y = torch.randn(40, 2), torch.randint(0, 3, (40,))
    dirs = lv.random_directions(model, n=2, seed=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 6), progress=False, tiles=4,
                          store=tmp_path / "tiles", metrics=("loss",))  # fmt: skip
    ref = naive_points(model, [(X, y)], dirs, land.coords)
    assert np.allclose(land["loss"], ref, atol=1e-6, rtol=1e-6)
