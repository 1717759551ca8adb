"""Mode connectivity, planes through points and ensembles (lossviz.core.connect)."""

from __future__ import annotations

import copy
import math

import numpy as np
import pytest
import torch
from torch import nn

import lossviz as lv
from conftest import assert_identical, snapshot
from lossviz.core.connect import Curve, curve_weights
from lossviz.zoo import MLP
from lossviz.zoo.train import fit


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    # tiny nets: intra-op threads only add overhead (and are very slow on a busy machine)
    old = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(old)


def permuted(model: MLP, perm) -> MLP:
    """The same function with the hidden units permuted (a symmetric minimum)."""
    out = copy.deepcopy(model)
    perm = torch.as_tensor(perm)
    with torch.no_grad():
        out.hidden[0].weight.copy_(model.hidden[0].weight[perm])
        out.hidden[0].bias.copy_(model.hidden[0].bias[perm])
        out.head.weight.copy_(model.head.weight[:, perm])
    return out


@pytest.fixture(scope="module")
def toy():
    """A 2-hidden-unit ReLU MLP solving |x0| > 1 (needs both units) and its permuted twin."""
    g = torch.Generator().manual_seed(0)
    X = torch.randn(400, 2, generator=g) * 1.5
    y = (X[:, 0].abs() > 1.0).long()
    torch.manual_seed(0)
    model_a = MLP(2, 2, width=2, depth=1)
    with torch.no_grad():  # start near the known solution relu(x0 - c) + relu(-x0 - c)
        model_a.hidden[0].weight.copy_(
            torch.tensor([[1.0, 0.0], [-1.0, 0.0]]) + 0.3 * torch.randn(2, 2)
        )
        model_a.hidden[0].bias.fill_(-0.5)
        model_a.head.weight.copy_(torch.tensor([[-1.0, -1.0], [1.0, 1.0]]))
        model_a.head.bias.zero_()
    fit(model_a, (X, y), epochs=300, lr=0.03, batch_size=64)
    model_b = permuted(model_a, [1, 0])
    return model_a, model_b, (X, y)


@pytest.fixture(scope="module")
def trained_curve(toy):
    model_a, model_b, data = toy
    return lv.connect(model_a, model_b, data, steps=600, lr=0.02, batch_size=64, seed=0)


def flat(state, names) -> torch.Tensor:
    return torch.cat([state[n].reshape(-1).double() for n in names])


# ------------------------------------------------------------------ weights and points
@pytest.mark.parametrize("kind", ["bezier", "polychain"])
@pytest.mark.parametrize("degree", [1, 2, 3, 5])
def test_curve_weights_partition_of_unity(kind, degree):
    t = np.linspace(0, 1, 23)
    w = curve_weights(kind, degree, t)
    assert w.shape == (23, degree + 1)
    np.testing.assert_allclose(w.sum(axis=1), 1.0, atol=1e-12)
    assert (w >= 0).all()
    # both families reproduce the straight line from equally spaced control points
    np.testing.assert_allclose(w @ (np.arange(degree + 1) / degree), t, atol=1e-12)
    assert np.array_equal(curve_weights(kind, degree, 0.0), np.eye(degree + 1)[0])
    assert np.array_equal(curve_weights(kind, degree, 1.0), np.eye(degree + 1)[-1])


def test_endpoints_are_exactly_the_models(toy, trained_curve):
    model_a, model_b, (X, _) = toy
    c = trained_curve
    for n, v in model_a.state_dict().items():
        if v.is_floating_point():
            assert torch.equal(c.points[0][n], v)
            assert torch.equal(c.point(0.0)[n], v)
    for n, v in model_b.state_dict().items():
        if v.is_floating_point():
            assert torch.equal(c.points[-1][n], v)
            assert torch.equal(c.point(1.0)[n], v)
    assert c.bends == 1 and len(c.bend_points) == 1
    with torch.no_grad():
        assert torch.equal(c.to_model(0.0)(X), model_a(X))
        assert torch.equal(c.to_model(1.0)(X), model_b(X))


def test_point_matches_quadratic_bezier_formula(trained_curve):
    c = trained_curve
    a, th, b = c.points
    for t in (0.1, 0.37, 0.5, 0.9):
        p = c.point(t)
        for n in c.names:
            expect = (1 - t) ** 2 * a[n] + 2 * t * (1 - t) * th[n] + t**2 * b[n]
            torch.testing.assert_close(p[n], expect, rtol=1e-6, atol=1e-7)
    # the trained bend moved off the straight line's midpoint
    mid = {n: 0.5 * (a[n] + b[n]) for n in c.names}
    assert max(float((th[n] - mid[n]).abs().max()) for n in c.names) > 1e-2
    # to_model(t) is a separate model holding point(t)
    m = c.to_model(0.37)
    for n, v in m.state_dict().items():
        torch.testing.assert_close(v, c.point(0.37)[n])


def test_cubic_bezier_and_polychain_formulas(toy):
    model_a, model_b, data = toy
    cub = lv.connect(model_a, model_b, data, bends=2, steps=5, seed=1)
    P = cub.points
    assert len(P) == 4
    t = 0.3
    for n in cub.names:
        expect = (
            (1 - t) ** 3 * P[0][n]
            + 3 * t * (1 - t) ** 2 * P[1][n]
            + 3 * t**2 * (1 - t) * P[2][n]
            + t**3 * P[3][n]
        )
        torch.testing.assert_close(cub.point(t)[n], expect)
    poly = lv.connect(model_a, model_b, data, kind="polychain", steps=5, seed=1)
    a, th, b = poly.points
    for t in (0.2, 0.5, 0.8):
        for n in poly.names:  # Garipov et al.'s two-segment chain
            if t <= 0.5:
                expect = 2 * (t * th[n] + (0.5 - t) * a[n])
            else:
                expect = 2 * ((t - 0.5) * b[n] + (1 - t) * th[n])
            torch.testing.assert_close(poly.point(t)[n], expect)


def test_bends_start_on_the_line():
    X, y = torch.randn(32, 2), torch.randint(0, 2, (32,))
    a, b = MLP(2, 2, width=3, depth=1), MLP(2, 2, width=3, depth=1)
    c = lv.connect(a, b, (X, y), bends=3, steps=0)
    sa, sb = a.state_dict(), b.state_dict()
    for k, bend in enumerate(c.bend_points, start=1):
        s = k / 4
        for n in c.names:
            torch.testing.assert_close(bend[n], (1 - s) * sa[n] + s * sb[n])


def test_frozen_parameters_follow_the_line():
    X, y = torch.randn(64, 2), torch.randint(0, 2, (64,))
    a, b = MLP(2, 2, width=3, depth=1), MLP(2, 2, width=3, depth=1)
    a.hidden[0].weight.requires_grad_(False)
    snap = snapshot(a)
    c = lv.connect(a, b, (X, y), steps=20, lr=0.05)
    assert_identical(a, snap)
    n = "hidden.0.weight"
    torch.testing.assert_close(c.points[1][n], 0.5 * (a.state_dict()[n] + b.state_dict()[n]))
    assert not torch.allclose(
        c.points[1]["head.weight"], 0.5 * (a.head.weight + b.head.weight).detach()
    )


# ------------------------------------------------------------------ the barrier
def test_straight_line_has_barrier_and_curve_removes_most_of_it(toy, trained_curve):
    model_a, model_b, data = toy
    line = lv.interpolate(model_a, model_b, data, a=(0.0, 1.0, 41), progress=False)
    along = trained_curve.evaluate(data, ts=(0.0, 1.0, 41))
    ends = max(line["loss"][0], line["loss"][-1])
    assert ends < 0.1
    assert line["loss"].max() > ends + 1.0  # a clear barrier on the straight line
    assert along["loss"].max() < 0.5 * line["loss"].max()
    assert along["loss"].max() < line["loss"].max() - 1.0
    # same endpoints on both 1D landscapes
    np.testing.assert_allclose(along["loss"][[0, -1]], line["loss"][[0, -1]], rtol=1e-5)
    assert along.coords[0][0] == 0.0 and along.coords[0][-1] == 1.0
    assert along.meta["kind"] == "curve" and along.ndim == 1
    # the value at t = 0.5 equals a direct forward pass of the model at phi(0.5)
    X, y = data
    with torch.no_grad():
        direct = nn.functional.cross_entropy(trained_curve.to_model(0.5)(X), y)
    assert along["loss"][20] == pytest.approx(float(direct), rel=1e-5)


# ------------------------------------------------------------------ the plane
def test_connect_plane_contains_the_points_and_the_curve(toy, trained_curve):
    model_a, model_b, data = toy
    c = trained_curve
    land, (pts, curve_path) = lv.connect_plane(c, data, grid=(7, 6), progress=False)
    assert land.ndim == 2 and land.shape == (7, 6) and land.meta["kind"] == "plane"
    # residuals ~0: a quadratic Bezier lies in the plane of its control points
    assert np.abs(pts.residuals).max() < 1e-6
    assert np.abs(curve_path.residuals).max() < 1e-6
    names = [n for n, _ in model_a.named_parameters()]
    dirs = lv.plane_directions(c.points[0], c.points[-1], c.points[1], model=model_a)
    U = dirs.vectors()
    np.testing.assert_allclose(U @ U.T, np.eye(2), atol=1e-6)  # orthonormal (float32)
    origin = flat(c.points[0], names)
    # reconstruct every control point and curve point from its 2-D coordinates
    for xy, state in zip(pts.coords, c.points, strict=True):
        rec = origin + torch.as_tensor(xy) @ U
        torch.testing.assert_close(rec, flat(state, names), rtol=0, atol=1e-5)
    ts = np.linspace(0, 1, len(curve_path))
    for xy, t in zip(curve_path.coords, ts, strict=True):
        rec = origin + torch.as_tensor(xy) @ U
        torch.testing.assert_close(rec, flat(c.point(float(t)), names), rtol=0, atol=1e-5)
    # coordinates agree with plane_directions' own bookkeeping and with true distances
    np.testing.assert_allclose(pts.coords[0], [0, 0], atol=1e-12)
    np.testing.assert_allclose(pts.coords[-1], dirs.meta["points"]["b"], rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(pts.coords[1], dirs.meta["points"]["c"], rtol=1e-6, atol=1e-6)
    dist = float((flat(c.points[-1], names) - origin).norm())
    assert pts.coords[-1][0] == pytest.approx(dist, rel=1e-6)
    # the grid covers all points, and one grid value equals a direct forward pass
    a_vals, b_vals = land.coords
    for xy in np.concatenate([pts.coords, curve_path.coords]):
        assert a_vals[0] < xy[0] < a_vals[-1] and b_vals[0] < xy[1] < b_vals[-1]
    i, j = 3, 2
    theta = origin + a_vals[i] * U[0] + b_vals[j] * U[1]
    net = copy.deepcopy(model_a)
    torch.nn.utils.vector_to_parameters(theta.float(), net.parameters())
    X, y = data
    with torch.no_grad():
        expect = float(nn.functional.cross_entropy(net(X), y))
    assert land["loss"][i, j] == pytest.approx(expect, rel=1e-4, abs=1e-6)
    # the paths carry the true losses at the points
    with torch.no_grad():
        la = float(nn.functional.cross_entropy(model_a(X), y))
    assert pts.values[0] == pytest.approx(la, rel=1e-5)


def test_multi_bend_curve_plane_reports_residuals(toy):
    model_a, model_b, data = toy
    c = lv.connect(model_a, model_b, data, bends=3, steps=50, seed=2)
    land, (pts, cp) = lv.connect_plane(c, data, grid=5, curve_points=11, progress=False)
    # the plane goes through theta_a, theta_b and phi(0.5): those have residual ~0
    assert cp.residuals[0] < 1e-6 and cp.residuals[5] < 1e-6 and cp.residuals[-1] < 1e-6
    assert np.isfinite(cp.residuals).all() and len(pts) == 5


# ------------------------------------------------------------------ snapshots and ensembles
def test_plane_surface_of_snapshots(toy):
    model_a, model_b, data = toy
    nets = [model_a, model_b]
    for seed in (5, 6):
        torch.manual_seed(seed)
        m = MLP(2, 2, width=2, depth=1)
        fit(m, data, epochs=20, lr=0.03, batch_size=64, seed=seed)
        nets.append(m)
    land, path = lv.plane_surface(nets, data, through=(0, 2, 3), grid=5, progress=False)
    assert len(path) == 4 and land.shape == (5, 5)
    assert np.abs(path.residuals[[0, 2, 3]]).max() < 1e-6
    assert path.residuals[1] > 1e-3  # model_b is not in the plane of the other three
    names = [n for n, _ in model_a.named_parameters()]
    st = [{n: p.detach() for n, p in m.named_parameters()} for m in nets]
    d = lv.plane_directions(nets[0], nets[2], nets[3])
    U = d.vectors()
    o = flat(st[0], names)
    for k in (0, 2, 3):
        rec = o + torch.as_tensor(path.coords[k]) @ U  # U is float32-rounded: ~1e-7
        torch.testing.assert_close(rec, flat(st[k], names), rtol=0, atol=1e-5)
    # projection of the off-plane point is its least-squares foot point
    diff = flat(st[1], names) - o
    np.testing.assert_allclose(path.coords[1], (U @ diff).numpy(), rtol=1e-9)
    foot = o + torch.as_tensor(path.coords[1]) @ U
    rel = float((flat(st[1], names) - foot).norm() / (flat(st[1], names) - o).norm())
    assert path.residuals[1] == pytest.approx(rel, rel=1e-9)
    assert land.meta["equal_aspect"] is True


def test_ensemble_accuracy_matches_manual_computation():
    g = torch.Generator().manual_seed(1)
    X = torch.randn(300, 4, generator=g)
    y = (X[:, 0] + X[:, 1] * X[:, 2] > 0).long() + (X[:, 3] > 1).long()
    nets = []
    for seed in range(3):
        torch.manual_seed(seed)
        m = MLP(4, 3, width=6, depth=1)
        fit(m, (X, y), epochs=3, lr=0.05, batch_size=64, seed=seed)
        nets.append(m)
    snaps = [snapshot(m) for m in nets]
    res = lv.ensemble_accuracy(nets, (X, y), batch_size=70)
    with torch.no_grad():
        probs = [torch.softmax(m(X).double(), dim=1) for m in nets]
    mean = sum(probs) / 3
    assert res["ensemble"] == pytest.approx(float((mean.argmax(1) == y).double().mean()))
    for r, p in zip(res["members"], probs, strict=True):
        assert r == pytest.approx(float((p.argmax(1) == y).double().mean()))
    nll = float(-torch.log(mean[torch.arange(len(y)), y]).mean())
    assert res["ensemble_nll"] == pytest.approx(nll, rel=1e-9)
    assert res["n_models"] == 3 and res["n_samples"] == 300
    # state dicts work too
    res2 = lv.ensemble_accuracy([m.state_dict() for m in nets], (X, y), model=nets[0])
    assert res2["ensemble"] == res["ensemble"]
    for m, s in zip(nets, snaps, strict=True):
        assert_identical(m, s)


def _cyclic_api():
    import inspect

    try:
        from lossviz.core.trajectory import Trajectory
    except ImportError:  # pragma: no cover - before the trajectory module exists
        pytest.skip("lossviz.core.trajectory is not available")
    if "schedule" not in inspect.signature(fit).parameters:  # pragma: no cover
        pytest.skip("the trainer has no cyclic schedules")
    return Trajectory


@pytest.mark.parametrize(
    "schedule, pretrain", [("cosine_cyclic", False), ("triangular_cyclic", True)]
)
def test_snapshot_ensembles_sse_and_fge(toy, schedule, pretrain):
    """SSE (cosine cyclic lr, snapshot at cycle ends) and FGE (triangular cyclic lr from a
    trained net, snapshot where the lr is lowest): snapshots on the plane of three of them,
    and the ensemble's accuracy against its members'."""
    Trajectory = _cyclic_api()
    _, _, data = toy
    X, y = data
    torch.manual_seed(11)
    m = MLP(2, 2, width=8, depth=1)
    if pretrain:
        fit(m, data, epochs=20, lr=0.03, batch_size=64)
    traj = Trajectory(name=schedule)
    fit(
        m,
        data,
        epochs=12,
        lr=0.1,
        batch_size=64,
        optimizer="sgd",
        schedule=schedule,
        cycles=4,
        lr_min=0.001,
        record=traj,
        record_unit="cycle",
    )
    assert len(traj) == 5  # the start point, then one snapshot per cycle
    snaps = [traj.state(i) for i in range(1, len(traj))]
    res = lv.ensemble_accuracy(snaps, data, model=m)
    with torch.no_grad():
        probs = []
        for st in snaps:
            net = copy.deepcopy(m)
            torch.nn.utils.vector_to_parameters(
                torch.cat([st[n].reshape(-1) for n, _ in m.named_parameters()]), net.parameters()
            )
            probs.append(torch.softmax(net(X).double(), dim=1))
    expect = float(((sum(probs) / 4).argmax(1) == y).double().mean())
    assert res["ensemble"] == pytest.approx(expect)
    assert len(res["members"]) == 4
    land, path = lv.plane_surface(traj, data, model=m, through=(1, 2, 4), grid=5, progress=False)
    assert path.name == schedule and path.labels == traj.labels
    assert np.abs(path.residuals[[1, 2, 4]]).max() < 1e-6
    np.testing.assert_allclose(path.coords[1], [0, 0], atol=1e-12)
    assert land.shape == (5, 5)


# ------------------------------------------------------------------ BatchNorm
def bn_net(seed: int) -> nn.Module:
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(2, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))


def test_batchnorm_curve_buffers_and_bn_update():
    g = torch.Generator().manual_seed(2)
    X = torch.randn(256, 2, generator=g)
    y = (X[:, 0] * X[:, 1] > 0).long()
    a, b = bn_net(0), bn_net(1)
    fit(a, (X, y), epochs=5, lr=0.05)
    fit(b, (X, y), epochs=5, lr=0.05, seed=1)
    a.train()  # a user's model left in train mode stays in train mode
    sa, sb = snapshot(a), snapshot(b)
    c = lv.connect(a, b, (X, y), steps=30, batch_size=64)
    assert_identical(a, sa)
    assert_identical(b, sb)
    # buffers follow the straight line (exact at the ends)
    for t in (0.0, 0.3, 1.0):
        p = c.point(t)
        for n in ("1.running_mean", "1.running_var"):
            torch.testing.assert_close(
                p[n], (1 - t) * a.state_dict()[n] + t * b.state_dict()[n], rtol=1e-6, atol=1e-7
            )
    with pytest.warns(UserWarning, match="bn_update=True"):
        plain = c.evaluate((X, y), ts=[0.0, 0.4, 1.0])
    upd = c.evaluate((X, y), ts=[0.0, 0.4, 1.0], bn_update=True, batch_size=100)
    assert plain.meta["bn_update"] is False and upd.meta["bn_update"] is True
    # plain evaluation at the ends is the models' own eval-mode loss
    with torch.no_grad():
        ea = copy.deepcopy(a).eval()
        assert plain["loss"][0] == pytest.approx(float(nn.functional.cross_entropy(ea(X), y)))
    # bn_update: independent recomputation (fresh stats, cumulative average over batches)
    net = c.to_model(0.4)
    for m in net.modules():
        if isinstance(m, nn.BatchNorm1d):
            m.reset_running_stats()
            m.momentum = None
    net.train()
    with torch.no_grad():
        for i in range(0, len(X), 100):
            net(X[i : i + 100])
        net.eval()
        expect = float(nn.functional.cross_entropy(net(X), y))
    assert upd["loss"][1] == pytest.approx(expect, rel=1e-5)
    assert upd["loss"][1] != pytest.approx(plain["loss"][1], rel=1e-3)
    # the momentum attribute of the user's model is restored
    assert a[1].momentum == 0.1
    assert_identical(a, sa)


# ------------------------------------------------------------------ safety and validation
def test_user_models_unchanged(toy, trained_curve):
    model_a, model_b, data = toy
    sa, sb = snapshot(model_a), snapshot(model_b)
    c = lv.connect(model_a, model_b, data, steps=10, kind="polychain", optimizer="sgd", lr=0.01)
    c.evaluate(data, ts=(0, 1, 5))
    c.to_model(0.5)
    lv.connect_plane(c, data, grid=3, progress=False)
    lv.ensemble_accuracy([model_a, model_b], data)
    assert_identical(model_a, sa)
    assert_identical(model_b, sb)
    # a curve from a state dict endpoint gives the same curve
    c2 = lv.connect(
        model_a, model_b.state_dict(), data, steps=10, kind="polychain", optimizer="sgd", lr=0.01
    )
    for p, q in zip(c.points, c2.points, strict=True):
        for n in c.names:
            assert torch.equal(p[n], q[n])


def test_dataloader_data_gives_the_same_evaluation(toy, trained_curve):
    from torch.utils.data import DataLoader, TensorDataset

    model_a, model_b, (X, y) = toy
    loader = DataLoader(TensorDataset(X, y), batch_size=96)
    a = trained_curve.evaluate(loader, ts=(0, 1, 5))
    b = trained_curve.evaluate((X, y), ts=(0, 1, 5))
    np.testing.assert_allclose(a["loss"], b["loss"], rtol=1e-5)
    np.testing.assert_allclose(a["accuracy"], b["accuracy"])
    c = lv.connect(model_a, model_b, loader, steps=5, batch_size=32)
    assert len(c.history) == 5 and all(math.isfinite(v) for v in c.history)


def test_history_and_meta(trained_curve):
    c = trained_curve
    assert len(c.history) == 600 and all(math.isfinite(v) for v in c.history)
    assert c.meta["steps"] == 600 and c.meta["kind"] == "bezier"
    assert "bezier" in repr(c)
    assert isinstance(c, Curve)


def test_curve_save_load_roundtrip(toy, trained_curve, tmp_path):
    model_a, _, data = toy
    path = trained_curve.save(tmp_path / "curve.npz")
    back = Curve.load(path, model_a)
    assert back.kind == "bezier" and back.bends == 1 and back.meta == trained_curve.meta
    assert back.history == trained_curve.history
    for p, q in zip(trained_curve.points, back.points, strict=True):
        for n in trained_curve.names:
            assert torch.equal(p[n], q[n])
    with pytest.raises(ValueError, match="suffix"):
        trained_curve.save(tmp_path / "curve.pkl")
    np.savez(tmp_path / "other.npz", x=np.zeros(3))
    with pytest.raises(ValueError, match="not a lossviz curve"):
        Curve.load(tmp_path / "other.npz", model_a)
    with pytest.raises(ValueError, match="points\\[0\\]"):
        Curve.load(path, MLP(2, 2, width=3, depth=1))


@pytest.mark.parametrize(
    "kwargs, exc, word",
    [
        ({"kind": "spline"}, ValueError, "kind"),
        ({"bends": 0}, ValueError, "bends"),
        ({"steps": -1}, ValueError, "steps"),
        ({"lr": 0.0}, ValueError, "lr"),
        ({"batch_size": 0}, ValueError, "batch_size"),
        ({"optimizer": "rmsprop"}, ValueError, "optimizer"),
        ({"loss_fn": 3}, TypeError, "loss_fn"),
        ({"seed": 1.5}, TypeError, "seed"),
    ],
)
def test_connect_validates_arguments(toy, kwargs, exc, word):
    model_a, model_b, data = toy
    with pytest.raises(exc, match=word):
        lv.connect(model_a, model_b, data, **kwargs)


def test_other_validation(toy, trained_curve):
    model_a, model_b, data = toy
    with pytest.raises(ValueError, match="model_b"):
        lv.connect(model_a, MLP(2, 2, width=3, depth=1), data)
    with pytest.raises(TypeError, match="model_a"):
        lv.connect("net", model_b, data)
    with pytest.raises(ValueError, match="ts"):
        trained_curve.evaluate(data, ts=(-0.5, 1.0, 5))
    with pytest.raises(ValueError, match="t must lie"):
        trained_curve.point(1.5)
    with pytest.raises(TypeError, match="Curve"):
        lv.connect_plane(object(), data)
    with pytest.raises(ValueError, match="grid"):
        lv.connect_plane(trained_curve, data, grid=1)
    with pytest.raises(ValueError, match="margin"):
        lv.connect_plane(trained_curve, data, margin=-1)
    with pytest.raises(ValueError, match="through"):
        lv.plane_surface([model_a, model_b, model_a], data, through=(0, 0, 1))
    with pytest.raises(ValueError, match="three"):
        lv.plane_surface([model_a, model_b], data)
    with pytest.raises(ValueError, match="collinear|same point"):
        lv.plane_surface([model_a, model_b, model_a], data, grid=3)
    with pytest.raises(TypeError, match="models"):
        lv.ensemble_accuracy(model_a, data)
    with pytest.raises(TypeError, match="model="):
        lv.ensemble_accuracy([model_a.state_dict()], data)


def test_bn_update_keeps_dropout_off_and_is_deterministic():
    g = torch.Generator().manual_seed(3)
    X = torch.randn(200, 2, generator=g)
    y = (X[:, 0] > 0).long()

    def net(seed):
        torch.manual_seed(seed)
        return nn.Sequential(
            nn.Linear(2, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 2)
        )

    a, b = net(0), net(1)
    ends = [{**dict(m.named_parameters()), **dict(m.named_buffers())} for m in (a, b)]
    c = Curve(a, ends, kind="bezier")
    ts = [0.0, 0.5, 1.0]
    runs = [c.evaluate((X, y), ts=ts, bn_update=True, batch_size=50)["loss"] for _ in range(2)]
    np.testing.assert_array_equal(runs[0], runs[1])
    # reference: statistics from BatchNorm-only training mode (Dropout off), cumulative average
    ref = c.to_model(0.5)
    ref.eval()
    for m in ref.modules():
        if isinstance(m, nn.BatchNorm1d):
            m.reset_running_stats()
            m.momentum = None
            m.train()
    with torch.no_grad():
        for i in range(0, len(X), 50):
            ref(X[i : i + 50])
        ref.eval()
        expect = float(nn.functional.cross_entropy(ref(X), y))
    assert runs[0][1] == pytest.approx(expect, rel=1e-6)
