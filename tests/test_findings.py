"""The paper's findings, checked at teaching scale on CPU (spiral data, small MLPs).

Each test trains small models with fixed seeds and asserts the *direction* of an effect
with a margin, using random filter-normalized directions (`lv.random_directions`),
`lv.surface` / `lv.eigen_ratio_surface` and the scalar summaries of
`lossviz.zoo.measures`. Where the paper's effect does not show at this scale, the test
asserts what we observe and says why (or is an ``xfail`` with the measured numbers).
The numbers quoted in the docstrings come from these exact settings (torch 2.x, CPU).
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
import torch

import lossviz as lv
from lossviz import zoo
from lossviz.zoo.train import fit

CHANCE = math.log(3)  # cross-entropy of a uniform guess over the spiral's 3 classes


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Tiny models train fastest on one thread (and the machine may be shared)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def spiral():
    return zoo.spiral(200, 3, seed=0)


def _train(data, seed=0, **kw):
    """Build ``zoo.MLP(2, 3, **arch)`` with a seed and train it with `fit`."""
    arch = {k: kw.pop(k) for k in ("width", "depth", "skip", "batch_norm") if k in kw}
    torch.manual_seed(seed)
    model = zoo.MLP(2, 3, **arch)
    fit(model, tuple(data), seed=seed, **kw)
    return model.eval()


def _surface(model, data, n=1, seed=0, **kw):
    dirs = lv.random_directions(model, n=n, seed=seed, norm=kw.pop("norm", "filter"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return lv.surface(model, data, dirs, progress=False, metrics=("loss",), **kw)


def _norm(model):
    return float(torch.cat([p.detach().flatten() for p in model.parameters()]).norm())


# ---------------------------------------------------------------------- (a) skip connections
DEEP = dict(width=32, depth=16, epochs=150, lr=0.005, batch_size=64, optimizer="adam")


@pytest.fixture(scope="module")
def deep_pair(spiral):
    """16-layer MLPs without / with a shortcut every 2 layers, seeds 0 and 1."""
    return {skip: [_train(spiral, seed=s, skip=skip, **DEEP) for s in (0, 1)] for skip in (None, 2)}


@pytest.mark.slow
def test_skip_connections_widen_and_smooth_the_basin(spiral, deep_pair):
    """Paper, Fig. 5: without skip connections a deep net's surface is chaotic, with
    them it is a wide convex-looking basin. Measured on 31x31 filter-normalized 2D
    surfaces in [-1, 1]^2: the share of the grid below chance-level loss (ln 3) is
    0.048 / 0.089 without skips vs 0.386 / 0.344 with them (seeds 0 / 1); strict local
    minima (below loss 5): 4 / 2 vs 2 / 2."""
    stats = {}
    for skip, models in deep_pair.items():
        lands = [_surface(m, spiral, n=2, a=(-1.0, 1.0, 31)) for m in models]
        stats[skip] = {
            "basin": [zoo.basin_area(land, CHANCE) for land in lands],
            "minima": [zoo.local_minima(land, below=5.0) for land in lands],
        }
    print("deep MLP skip/no-skip", stats)
    no, yes = stats[None], stats[2]
    assert np.mean(yes["basin"]) > 2.0 * np.mean(no["basin"])
    assert min(yes["basin"]) > max(no["basin"])
    assert sum(no["minima"]) >= sum(yes["minima"])


@pytest.mark.slow
def test_skip_connections_reduce_the_nonconvex_share(spiral, deep_pair):
    """Paper, Fig. 7: eigen-ratio maps |lambda_min/lambda_max| of the Hessian are mostly
    near 0 (blue) with shortcuts and large (yellow) without. Share of a 7x7 grid in
    [-1, 1]^2 with a ratio above 0.1 (seed 0): 0.90 without vs 0.65 with shortcuts."""
    shares = {}
    for skip, models in deep_pair.items():
        dirs = lv.random_directions(models[0], n=2, seed=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            er = lv.eigen_ratio_surface(models[0], spiral, dirs, a=(-1.0, 1.0, 7), progress=False)
        shares[skip] = zoo.nonconvex_share(er, 0.1)
    print("eigen-ratio share > 0.1", shares)
    assert shares[None] > shares[2] + 0.1


# ---------------------------------------------------------------------- (c) width
WIDTH = dict(depth=8, epochs=100, lr=0.005, batch_size=64, optimizer="adam")


@pytest.mark.slow
def test_wider_nets_have_smoother_wider_basins(spiral):
    """Paper, Fig. 6: wider networks have wider, more convex basins. 8-layer MLPs
    without shortcuts, width 16 vs 128, seeds 0 and 1, 31x31 surfaces in [-1, 1]^2:
    basin share below ln 3: 0.024 / 0.067 (width 16) vs 0.311 / 0.456 (width 128);
    local minima 3 / 2 vs 1 / 1."""
    stats = {}
    for width in (16, 128):
        lands = [
            _surface(_train(spiral, seed=s, width=width, **WIDTH), spiral, n=2, a=(-1, 1, 31))
            for s in (0, 1)
        ]
        stats[width] = {
            "basin": [zoo.basin_area(land, CHANCE) for land in lands],
            "minima": [zoo.local_minima(land, below=5.0) for land in lands],
        }
    print("width 16 vs 128", stats)
    assert min(stats[128]["basin"]) > 2.0 * max(stats[16]["basin"])
    assert sum(stats[128]["minima"]) <= sum(stats[16]["minima"])


# ---------------------------------------------------------------------- (b) batch size
BATCH = dict(width=[128, 64, 32], epochs=60, lr=0.01, optimizer="adam")


@pytest.fixture(scope="module")
def batch_pair(spiral):
    """Small batch (16) and full batch (600) minimizers of the same MLP."""
    return {bs: _train(spiral, batch_size=bs, **BATCH) for bs in (16, 600)}


@pytest.mark.slow
def test_small_batch_minimizer_is_flatter_under_filter_normalization(spiral, batch_pair):
    """Paper, Fig. 3 (bottom): with filter-normalized directions the small-batch
    minimizer looks flatter (wider) than the large-batch one. Mean rise of 1D curves
    at a = +-0.5 over 3 direction seeds: 0.230 (batch 16) vs 0.353 (batch 600). Both
    generalize equally here (test accuracy 0.99). Unlike the paper, the small-batch
    minimizer also looks flatter *without* filter normalization (see the xfail below)."""
    rise = {
        bs: np.mean(
            [zoo.sharpness_1d(_surface(m, spiral, seed=s, a=(-1, 1, 21)), 0.5) for s in range(3)]
        )
        for bs, m in batch_pair.items()
    }
    print("filter-normalized rise at 0.5", rise)
    assert rise[16] < 0.8 * rise[600]


@pytest.mark.slow
def test_interpolation_large_batch_side_is_sharper(spiral, batch_pair):
    """Paper, Fig. 2 (Keskar et al.'s plot): on the line from the small-batch (a=0) to
    the large-batch (a=1) minimizer, the loss rises faster beyond the large-batch end:
    +2.61 at a = 1.25 vs -0.005 at a = -0.25."""
    line = lv.interpolate(
        batch_pair[16], batch_pair[600], spiral, a=(-0.5, 1.5, 41), progress=False
    )
    a, loss = line.coords[0], line["loss"]
    rise_small = np.interp(-0.25, a, loss) - np.interp(0.0, a, loss)
    rise_large = np.interp(1.25, a, loss) - np.interp(1.0, a, loss)
    print("interpolation rise 0.25 beyond small / large end", rise_small, rise_large)
    assert rise_large > 3 * rise_small


@pytest.mark.slow
@pytest.mark.xfail(
    strict=False,
    reason="the paper's flip (with weight decay 5e-4 the small-batch minimizer looks "
    "sharper without filter normalization) does not show here: measured rise at a=0.1 "
    "of non-normalized 1D plots 0.010 (batch 16) vs 0.099 (batch 600), although the "
    "small-batch weights are smaller (|w| 14.7 vs 16.3)",
)
def test_weight_decay_flips_the_unnormalized_batch_size_picture(spiral):
    models = {bs: _train(spiral, batch_size=bs, weight_decay=5e-4, **BATCH) for bs in (16, 600)}
    rise = {
        bs: np.mean(
            [
                zoo.sharpness_1d(_surface(m, spiral, seed=s, norm="none", a=(-0.1, 0.1, 11)), 0.1)
                for s in range(3)
            ]
        )
        for bs, m in models.items()
    }
    print("wd 5e-4 non-normalized rise", rise, {bs: _norm(m) for bs, m in models.items()})
    assert rise[16] > rise[600]


# ---------------------------------------------------------------------- (d) weight decay
WD = dict(width=[128, 64, 32], batch_norm=True, epochs=40, lr=0.05, batch_size=16)


@pytest.fixture(scope="module")
def wd_models(spiral):
    """BatchNorm MLPs trained with SGD (momentum 0.9), weight decay 0, 5e-4, 5e-3."""
    return {wd: _train(spiral, optimizer="sgd", weight_decay=wd, **WD) for wd in (0, 5e-4, 5e-3)}


def _rises(model, spiral):
    none = np.mean(
        [
            zoo.sharpness_1d(_surface(model, spiral, seed=s, norm="none", a=(-0.1, 0.1, 11)), 0.1)
            for s in range(3)
        ]
    )
    filt = np.mean(
        [zoo.sharpness_1d(_surface(model, spiral, seed=s, a=(-1, 1, 11)), 0.5) for s in range(3)]
    )
    return none, filt


@pytest.mark.slow
def test_weight_decay_changes_only_the_unnormalized_picture(spiral, wd_models):
    """Paper, Sec. 5: with BatchNorm the loss does not depend on the scale of the
    weights, so weight decay (smaller weights) makes a fixed-size, non-normalized
    perturbation relatively larger: the 1D plot looks sharper although the function
    is the same kind of minimizer. Filter normalization removes the artefact.

    Measured (batch 16, 3 direction seeds): |w| 23.5 -> 7.9 with weight decay 5e-3;
    rise of the non-normalized plot at a = 0.1: 0.021 -> 0.156 (7.5x); rise of the
    filter-normalized plot at a = 0.5: 0.066 -> 0.051. At this scale the decay needs to
    be 10x the paper's (the paper's 5e-4 acts over ~100x more steps; xfail below)."""
    n0, f0 = _rises(wd_models[0], spiral)
    n1, f1 = _rises(wd_models[5e-3], spiral)
    w0, w1 = _norm(wd_models[0]), _norm(wd_models[5e-3])
    print(
        f"|w| {w0:.1f} -> {w1:.1f}; unnormalized rise {n0:.4f} -> {n1:.4f}; "
        f"filter rise {f0:.4f} -> {f1:.4f}"
    )
    assert w1 < 0.6 * w0
    assert n1 > 3 * n0  # the non-normalized plot looks much sharper ...
    assert 0.5 < f1 / f0 < 2.0  # ... the filter-normalized one does not


@pytest.mark.slow
@pytest.mark.xfail(
    strict=False,
    reason="weight decay 5e-4 (the paper's value) barely shrinks the weights in ~2.4k "
    "steps: |w| 23.5 -> 18.1, unnormalized rise 0.021 -> 0.027 (1.3x; 7.5x with 5e-3)",
)
def test_paper_weight_decay_5e4_changes_the_unnormalized_picture(spiral, wd_models):
    n0, _ = _rises(wd_models[0], spiral)
    n1, _ = _rises(wd_models[5e-4], spiral)
    print(
        f"wd 5e-4: |w| {_norm(wd_models[0]):.1f} -> {_norm(wd_models[5e-4]):.1f}; "
        f"unnormalized rise {n0:.4f} -> {n1:.4f}"
    )
    assert n1 > 2 * n0


# ---------------------------------------------------------------------- measures
def test_measures_on_known_surfaces():
    """The summaries themselves, on closed-form surfaces."""
    a = np.linspace(-1, 1, 21)
    A, B = np.meshgrid(a, a, indexing="ij")
    bowl = A**2 + B**2
    assert zoo.local_minima(bowl) == 1
    assert zoo.basin_area(bowl, 0.5) == pytest.approx(np.mean(bowl < 0.5))
    egg = np.cos(3 * np.pi * A) + np.cos(3 * np.pi * B)  # minima at (+-1/3, +-1/3)
    assert zoo.local_minima(egg) == 4
    land = lv.Landscape((a,), {"loss": 2 * a**2})
    assert zoo.sharpness_1d(land, 0.5) == pytest.approx(0.5, abs=1e-2)
    er = lv.Landscape((a, a), {"eigen_ratio": np.where(A > 0, 0.5, 0.0)})
    assert zoo.nonconvex_share(er, 0.1) == pytest.approx(np.mean(A > 0))
    with pytest.raises(ValueError, match="radius"):
        zoo.sharpness_1d(land, 2.0)
    with pytest.raises(ValueError, match="metric"):
        zoo.basin_area(land, 1.0, metric="accuracy")
