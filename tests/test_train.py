"""zoo/train.py: optimizers, L1, learning-rate schedules, recording that leaves training alone."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from torch import nn

from lossviz import Trajectory
from lossviz.zoo.train import fit, lr_schedule


def data(n=48, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, 2, generator=g), torch.randint(0, 3, (n,), generator=g)


def net(seed=0):
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 3))


# ---------------------------------------------------------------------- closed forms
def cosine_closed(i, T, M, a0):
    """Huang et al. 2017, eq. (2): a(t) = a0/2 (cos(pi mod(t-1, ceil(T/M)) / ceil(T/M)) + 1)."""
    c = math.ceil(T / M)
    return a0 / 2 * (math.cos(math.pi * ((i - 1) % c) / c) + 1)


def triangular_closed(i, c, a1, a2):
    """Garipov et al. 2018, FGE: t(i) = (mod(i-1, c) + 1) / c."""
    t = (((i - 1) % c) + 1) / c
    return (1 - 2 * t) * a1 + 2 * t * a2 if t <= 0.5 else (2 - 2 * t) * a2 + (2 * t - 1) * a1


@pytest.mark.parametrize(
    "schedule, kwargs",
    [
        ("constant", {}),
        ("step", {"step_size": 2, "gamma": 0.5}),
        ("cosine_cyclic", {"cycles": 3}),
        ("triangular_cyclic", {"cycles": 2, "lr_min": 0.001}),
    ],
)
def test_fit_applies_the_documented_lr_curves(schedule, kwargs):
    X, y = data()
    lr = 0.1
    hist = fit(
        net(), (X, y), epochs=6, lr=lr, batch_size=16, optimizer="sgd", schedule=schedule, **kwargs
    )
    spe = hist.steps_per_epoch
    T = 6 * spe
    assert spe == 3 and hist.lr.shape == (T,)
    for i in range(1, T + 1):
        if schedule == "constant":
            expect = lr
        elif schedule == "step":
            expect = lr * 0.5 ** (((i - 1) // spe) // 2)
        elif schedule == "cosine_cyclic":
            expect = cosine_closed(i, T, 3, lr)
        else:
            expect = triangular_closed(i, math.ceil(T / 2), lr, 0.001)
        assert hist.lr[i - 1] == pytest.approx(expect, rel=1e-12, abs=1e-15), i
    np.testing.assert_allclose(hist.lr, lr_schedule(schedule, T, lr, steps_per_epoch=spe, **kwargs))


def test_cyclic_schedules_restart_and_snapshot_at_the_lowest_rate():
    T = 40
    cos = lr_schedule("cosine_cyclic", T, 1.0, cycles=4)
    assert [cos[k] for k in (0, 10, 20, 30)] == [1.0, 1.0, 1.0, 1.0]  # restarts
    assert np.all(np.diff(cos[:10]) < 0)
    tri = lr_schedule("triangular_cyclic", T, 1.0, cycles=4, lr_min=0.0)
    assert tri[4] == pytest.approx(0.0) and tri[9] == pytest.approx(1.0)  # t=1/2, t=1
    X, y = data(n=40)
    for schedule, expect_steps in (
        ("cosine_cyclic", [10, 20, 30, 40]),
        ("triangular_cyclic", [5, 15, 25, 35]),
    ):
        traj = Trajectory()
        hist = fit(
            net(),
            (X, y),
            epochs=4,
            lr=0.05,
            batch_size=4,
            optimizer="sgd",
            schedule=schedule,
            cycles=4,
            record=traj,
            record_unit="cycle",
        )
        assert hist.cycle_steps == expect_steps
        assert traj.unit == "cycle" and traj.steps == [0, 1, 2, 3, 4]
        lowest = [hist.lr[s - 1] for s in expect_steps]
        assert max(lowest) <= hist.lr.min() + 1e-3 * 0.05


# ---------------------------------------------------------------------- recording
@pytest.mark.parametrize("optimizer", ["sgd", "adam", "adamw"])
def test_recording_does_not_change_training(optimizer):
    X, y = data()
    kw = dict(
        epochs=5,
        lr=0.05,
        batch_size=8,
        optimizer=optimizer,
        weight_decay=1e-3,
        l1=1e-4,
        schedule="cosine_cyclic",
        cycles=2,
        seed=3,
    )
    a, b, c = net(), net(), net()
    ha = fit(a, (X, y), **kw)
    traj = Trajectory(every=2)
    hb = fit(b, (X, y), record=traj, record_unit="step", **kw)
    cb_traj = Trajectory()
    hc = fit(c, (X, y), on_epoch=cb_traj.callback(), **kw)
    for p, q, r in zip(a.parameters(), b.parameters(), c.parameters(), strict=True):
        assert torch.equal(p, q) and torch.equal(p, r)
    assert list(ha) == list(hb) == list(hc)
    T = 5 * 6
    assert traj.steps == [0] + list(range(2, T + 1, 2))
    np.testing.assert_array_equal(
        traj.snapshot(-1), torch.cat([p.detach().reshape(-1) for p in b.parameters()]).numpy()
    )
    assert np.isnan(traj.losses[0]) and np.all(np.isfinite(traj.losses[1:]))
    assert cb_traj.steps == [1, 2, 3, 4, 5] and cb_traj.labels[0] == "epoch 1"


def test_record_every_epochs_keeps_the_final_point():
    X, y = data()
    traj = Trajectory(every=3)
    fit(net(), (X, y), epochs=7, batch_size=16, record=traj)
    assert traj.unit == "epoch" and traj.steps == [0, 3, 6, 7]
    with pytest.raises(ValueError, match="counts epochs"):
        fit(net(), (X, y), epochs=1, record=traj, record_unit="step")


# ---------------------------------------------------------------------- options
def test_l1_and_weight_decay_enter_the_update():
    X, y = data()
    lr, l1 = 0.1, 0.05
    m = net()
    ref = net()
    fit(m, (X, y), epochs=1, lr=lr, batch_size=len(X), optimizer="sgd", momentum=0.0, l1=l1)
    ref.zero_grad()
    nn.functional.cross_entropy(ref(X), y).backward()
    with torch.no_grad():
        for p, q in zip(ref.parameters(), m.parameters(), strict=True):
            expect = p - lr * (p.grad + l1 * torch.sign(p))
            torch.testing.assert_close(q, expect, rtol=1e-6, atol=1e-7)
    a, b = net(), net()
    fit(a, (X, y), epochs=2, optimizer="adam", weight_decay=0.1)
    fit(b, (X, y), epochs=2, optimizer="adamw", weight_decay=0.1)
    assert not torch.equal(a[0].weight, b[0].weight)


def test_cli_signature_and_bad_arguments():
    X, y = data()
    hist = fit(net(), (X, y), epochs=2)  # how the CLI calls it
    assert isinstance(hist, list) and len(hist) == 2 and all(isinstance(v, float) for v in hist)
    with pytest.raises(ValueError, match="schedule"):
        fit(net(), (X, y), epochs=1, schedule="exp")
    with pytest.raises(ValueError, match="record_unit='cycle'"):
        fit(net(), (X, y), epochs=1, record=Trajectory(), record_unit="cycle")
    with pytest.raises(ValueError, match="l1"):
        fit(net(), (X, y), epochs=1, l1=-1.0)
    with pytest.raises(TypeError, match="Trajectory"):
        fit(net(), (X, y), epochs=1, record=[])
    with pytest.raises(ValueError, match="cycles"):
        lr_schedule("cosine_cyclic", 10, 0.1, cycles=0)


def test_pca_study_rows():
    from lossviz.zoo.train import pca_study

    rows = pca_study(depths=(1,), widths=(5,), epochs=3, n_per_class=20)
    assert [r["model"] for r in rows] == ["logistic regression", "MLP 1x5"]
    assert rows[0]["params"] == 9 and rows[1]["params"] == 2 * 5 + 5 + 5 * 3 + 3
    for r in rows:
        assert 0 <= r["pc2"] <= r["pc1"] <= 1 and r["pc1+pc2"] == pytest.approx(r["pc1"] + r["pc2"])
