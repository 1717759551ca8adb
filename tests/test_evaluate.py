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
from lossviz.core.evaluate import _STRATEGY_CACHE


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
    from lossviz.core.evaluate import _LAYOUT_CACHE, _Engine, as_eval_data, resolve_metrics

    torch.manual_seed(0)
    model = cls().eval()
    X, y = torch.randn(40, 1, 8, 8), torch.randint(0, 3, (40,))
    dirs = lv.random_directions(model, n=2, seed=3, ignore=None)
    snap = snapshot(model)
    # declare channels-last faster for this model so only correctness decides
    metrics = resolve_metrics(("loss", "accuracy"), None)
    eng = _Engine(
        model, as_eval_data((X, y), torch.device("cpu")), dirs, metrics, torch.device("cpu")
    )
    _LAYOUT_CACHE.clear()
    _LAYOUT_CACHE[eng.cache_key()] = True
    land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 4), b=(-0.5, 0.5, 3), progress=False)
    assert land.meta["channels_last"] is (cls is CNN)
    if cls is ViewAfterConv:
        assert "channels-last layout fails" in land.meta["strategy_note"]
        assert _LAYOUT_CACHE[eng.cache_key()] is False
    loss, acc = naive(model, X, y, dirs, land.coords)
    assert np.allclose(land["loss"], loss, atol=1e-5, rtol=1e-5)
    assert np.allclose(land["accuracy"], acc)
    assert_identical(model, snap)


def test_channels_last_engine_stores_conv_weights_nhwc():
    from lossviz.core.evaluate import _Engine, as_eval_data, resolve_metrics

    torch.manual_seed(0)
    model = CNN().eval()
    X, y = torch.randn(8, 1, 8, 8), torch.randint(0, 3, (8,))
    dirs = lv.random_directions(model, n=2, seed=0)
    eng = _Engine(
        model, as_eval_data((X, y), torch.device("cpu")), dirs, resolve_metrics(("loss",), None),
        torch.device("cpu"),
    )  # fmt: skip
    eng._pack(channels_last=True)
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
    expected = min(torch.get_num_threads(), 8, 256 // 64)
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
