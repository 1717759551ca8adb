"""core/engine.py and core/grid.py: the package-public engine and grid-driver API."""

from __future__ import annotations

import copy
import threading
import warnings

import numpy as np
import pytest
import torch
from torch import nn

import lossviz as lv
from lossviz.core.engine import Engine
from lossviz.core.grid import Cancelled, GridRun
from lossviz.core.inputs import as_eval_data, resolve_metrics

CPU = torch.device("cpu")


def _bn_mlp(seed):
    torch.manual_seed(seed)
    m = nn.Sequential(nn.Linear(3, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 4))
    m.train()
    with torch.no_grad():
        m(torch.randn(64, 3))
    return m.eval()


def test_eval_state_gives_the_metrics_of_another_model_state():
    a, b = _bn_mlp(0), _bn_mlp(1)
    X, y = torch.randn(50, 3), torch.randint(0, 4, (50,))
    eng = Engine(a, as_eval_data((X, y), CPU, batch_size=20), None,
                 resolve_metrics(("loss", "accuracy"), None), CPU)  # fmt: skip
    with torch.no_grad():
        eng.probe()
        for model in (b, a, b):  # states one after the other, buffers included
            got = eng.eval_state(model.state_dict()).numpy()
            out = model(X)
            want = [float(nn.functional.cross_entropy(out.double(), y)),
                    float((out.argmax(1) == y).double().mean())]  # fmt: skip
            assert np.allclose(got, want, atol=1e-6)
    with pytest.raises(ValueError, match="does not have"):
        eng.eval_state({"nope": torch.zeros(1)})


@pytest.mark.parametrize("strategy", ["loop", "vmap"])
def test_eval_points_matches_a_naive_loop(strategy):
    model = _bn_mlp(2)
    X, y = torch.randn(40, 3), torch.randint(0, 4, (40,))
    dirs = lv.random_directions(model, n=2, seed=0)
    eng = Engine(model, as_eval_data((X, y), CPU), dirs, resolve_metrics("loss", None), CPU)
    C = np.array([[0.0, 0.0], [0.5, -1.0], [-1.0, 0.25]])
    with torch.no_grad():
        eng.probe()
        got = eng.eval_points(C, strategy=strategy)[:, 0].numpy()
    for c, g in zip(C, got, strict=True):
        m = copy.deepcopy(model)
        with torch.no_grad():
            for n, p in m.named_parameters():
                p.add_(c[0] * dirs[0][n] + c[1] * dirs[1][n])
            assert g == pytest.approx(float(nn.functional.cross_entropy(m(X).double(), y)),
                                      abs=1e-6)  # fmt: skip
    with pytest.raises(ValueError, match="strategy='fast'"):
        eng.eval_points(C, strategy="fast")


def test_grid_run_progress_partial_cancel_and_finish():
    coords = (np.linspace(-1, 1, 3), np.linspace(0, 1, 2))
    seen = []
    stop = threading.Event()
    with GridRun(coords, ["loss", "acc"], {"kind": "surface"}, cancel=stop,
                 callback=lambda p, d, t: seen.append((d, t, int(np.isfinite(p["loss"]).sum())))
                 ) as run:  # fmt: skip
        assert run.grid_view().shape == (3, 2, 2) and np.isnan(run.values).all()
        run.grid_view()[0, :, :] = [[1.0, 0.5], [2.0, 0.5]]  # a tile writes a block
        run.advance(2, {"strategy": "loop"})
        assert seen == [(2, 6, 2)] and run.meta["strategy"] == "loop"
        assert not run.cancelled()
        stop.set()
        assert run.cancelled()
        with pytest.raises(Cancelled) as info:
            run.stop()
        part = info.value.landscape
        assert np.array_equal(part["loss"][0], [1.0, 2.0]) and np.isnan(part["loss"][1:]).all()
        run.values[2:] = 1.0
        run.values[3, 0] = np.inf  # one bad point
        run.values[5, 0] = np.nan  # one on purpose
        expected = np.zeros(6, bool)
        expected[5] = True
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            land = run.finish(expected_nan=expected)
    assert [str(w.message) for w in caught] == [
        "lossviz: 1 of 6 grid points gave a non-finite value (NaN/inf); they are NaN in the result"
    ]
    assert np.isnan(land["loss"][1, 1]) and land.meta["kind"] == "surface"
    assert "seconds" in land.meta and land.coords[1].tolist() == [0.0, 1.0]


def test_fused_loss_of_half_precision_logits_is_computed_in_float32():
    from lossviz.core.engine import fused_metrics

    fused = fused_metrics({"loss": nn.functional.cross_entropy})
    g = torch.Generator().manual_seed(0)
    z = (torch.randn(400, 10, generator=g) * 4).to(torch.bfloat16)
    y = torch.randint(0, 10, (400,), generator=g)
    ref = float(nn.functional.cross_entropy(z.double(), y))
    own = float(nn.functional.cross_entropy(z, y))  # bfloat16 throughout
    got = float(fused(z, y)[0])
    assert abs(got - ref) <= 1e-6 * ref < abs(own - ref)
