"""core/trajectory.py (recording, PCA, projection, files) and render/animate.py."""

from __future__ import annotations

import ast
import copy
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

import lossviz as lv
from conftest import assert_identical, snapshot
from lossviz.core.trajectory import (
    Trajectory,
    decision_boundaries,
    grid_2d,
    pca_directions,
    snapshot_metrics,
)
from lossviz.landscape import Landscape, ProjectedPath


# ---------------------------------------------------------------------- helpers
def make_net(seed: int = 0) -> nn.Module:
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(4, 12), nn.ReLU(), nn.Linear(12, 3))


def set_flat(net: nn.Module, vec: np.ndarray) -> None:
    with torch.no_grad():
        nn.utils.vector_to_parameters(torch.tensor(vec, dtype=torch.float32), net.parameters())


def flat(net: nn.Module) -> np.ndarray:
    return nn.utils.parameters_to_vector(net.parameters()).detach().double().numpy()


def synthetic(budget_mb: float = 64.0, n: int = 25, seed: int = 0, line: bool = False):
    """A trajectory theta_i = theta_c + a_i u + b_i v in a known plane (u, v orthonormal)."""
    net = make_net(seed)
    P = sum(p.numel() for p in net.parameters())
    rng = np.random.default_rng(seed)
    Q, _ = np.linalg.qr(rng.standard_normal((P, 2)))
    theta = flat(net)
    t = np.linspace(0, 1, n)
    a = 4 * (1 - t) * np.cos(2.5 * t)
    b = 0.0 * t if line else 1.5 * (1 - t) * np.sin(4 * t)
    traj = Trajectory(name="synthetic", max_memory_mb=budget_mb)
    for i in range(n):
        set_flat(net, theta + a[i] * Q[:, 0] + b[i] * Q[:, 1])
        assert traj.record(net)
    return traj, net, Q, a, b


def as_dirs(traj: Trajectory, vectors) -> lv.Directions:
    return lv.Directions([traj.unflatten(np.asarray(v, dtype=np.float32)) for v in vectors])


# ---------------------------------------------------------------------- PCA
@pytest.mark.parametrize("solver", ["full", "randomized", "gram"])
def test_pca_recovers_known_plane(solver):
    traj, _, Q, a, b = synthetic()
    dirs = pca_directions(traj, n=2, solver=solver)
    assert dirs.meta["kind"] == "pca" and dirs.meta["solver"] == solver
    V = dirs.vectors().numpy()
    np.testing.assert_allclose(V @ V.T, np.eye(2), atol=1e-6)  # orthonormal
    # principal angles between span(V) and span(Q): cosines are the singular values
    cos = np.linalg.svd(V @ Q, compute_uv=False)
    assert np.all(np.degrees(np.arccos(np.clip(cos, -1, 1))) < 0.05)
    evr = dirs.explained_variance_ratio
    assert evr.sum() == pytest.approx(1.0, abs=1e-6)
    # independent: eigenvalues of the covariance of the 2-D coordinates
    ab = np.stack([a, b], 1)
    lam = np.sort(np.linalg.eigvalsh(np.cov(ab.T)))[::-1]
    np.testing.assert_allclose(evr, lam / lam.sum(), atol=1e-5)
    assert dirs.axis_labels == [f"PC1 ({100 * evr[0]:.1f}%)", f"PC2 ({100 * evr[1]:.1f}%)"]
    # projection onto the PCA plane is a rotation/reflection of the known coordinates
    c, res = traj.project(dirs, return_residuals=True)
    known = ab - ab[-1]
    R = np.linalg.lstsq(known, c, rcond=None)[0]
    np.testing.assert_allclose(R @ R.T, np.eye(2), atol=1e-4)
    np.testing.assert_allclose(known @ R, c, atol=1e-4)
    assert res.max() < 1e-4
    assert traj.explained(dirs) == pytest.approx(evr.sum(), abs=1e-6)


def test_project_onto_known_directions_recovers_coordinates():
    traj, _, Q, a, b = synthetic()
    c = traj.project(as_dirs(traj, Q.T))
    np.testing.assert_allclose(c[:, 0], a - a[-1], atol=1e-5)
    np.testing.assert_allclose(c[:, 1], b - b[-1], atol=1e-5)


def test_straight_line_is_one_component_of_100_percent():
    traj, _, Q, a, _ = synthetic(line=True)
    d1 = pca_directions(traj, n=1)
    assert d1.explained_variance_ratio[0] == pytest.approx(1.0, abs=1e-9)
    assert abs(d1.vectors().numpy()[0] @ Q[:, 0]) == pytest.approx(1.0, abs=1e-6)
    assert d1.axis_labels == ["PC1 (100.0%)"]
    for solver in ("full", "gram"):
        with pytest.warns(UserWarning, match="fewer than 2 dimensions"):
            d2 = pca_directions(traj, n=2, solver=solver)
        assert d2.explained_variance_ratio[0] == pytest.approx(1.0, abs=1e-9)
        assert d2.explained_variance_ratio[1] < 1e-9
        V = d2.vectors().numpy()
        np.testing.assert_allclose(V @ V.T, np.eye(2), atol=1e-6)


def test_projection_onto_non_orthogonal_directions_is_exact():
    traj, _, Q, a, b = synthetic()
    u, v = Q[:, 0], Q[:, 1]
    d1, d2 = 2.0 * u, 0.8 * u + 0.3 * v  # cosine ~0.94: far from orthogonal
    # theta_i - theta_n = a' u + b' v = alpha d1 + beta d2  =>  beta = b'/0.3 ...
    beta = (b - b[-1]) / 0.3
    alpha = ((a - a[-1]) - 0.8 * beta) / 2.0
    dirs = as_dirs(traj, [d1, d2])
    assert abs(dirs.cosine()[0, 1]) > 0.9
    c, res = traj.project(dirs, return_residuals=True)
    np.testing.assert_allclose(c[:, 0], alpha, atol=1e-4)
    np.testing.assert_allclose(c[:, 1], beta, atol=1e-4)
    assert res.max() < 1e-4


def test_residuals_measure_distance_from_the_plane():
    traj, net, Q, a, b = synthetic(n=6)
    rng = np.random.default_rng(5)
    w = rng.standard_normal(Q.shape[0])
    w -= Q @ (Q.T @ w)
    w /= np.linalg.norm(w)
    off = np.array([0.0, 0.5, 0.0, 1.0, 0.2, 0.0])  # last = center: in the plane
    traj2 = Trajectory()
    theta = np.stack([traj.snapshot(i).astype(np.float64) for i in range(6)])
    for i in range(6):
        set_flat(net, theta[i] + off[i] * w)
        traj2.record(net)
    dirs = as_dirs(traj2, Q.T)
    c, res = traj2.project(dirs, return_residuals=True)
    X = np.stack([traj2.snapshot(i).astype(np.float64) for i in range(6)]) - traj2.snapshot(-1)
    # independent: dense least squares per snapshot
    coef = np.linalg.lstsq(Q, X.T, rcond=None)[0].T
    np.testing.assert_allclose(c, coef, atol=1e-6)
    r = np.linalg.norm(X - coef @ Q.T, axis=1)
    expect = np.divide(r, np.linalg.norm(X, axis=1), out=np.zeros(6), where=r > 0)
    np.testing.assert_allclose(res, expect, atol=1e-6)
    assert res[1] > 0.05 and res[0] < 1e-5 and res[-1] == 0.0


@pytest.mark.parametrize("solver", ["full", "randomized", "gram"])
def test_spill_to_disk_gives_identical_pca(solver, tmp_path):
    mem, *_ = synthetic(budget_mb=64)
    disk, *_ = synthetic(budget_mb=0.005)  # ~1.6 snapshots fit: the rest spills
    assert not mem.spilled and disk.spilled
    np.testing.assert_array_equal(mem.matrix(), np.asarray(disk.matrix()))
    dm = pca_directions(mem, solver=solver)
    dd = pca_directions(disk, solver=solver)
    np.testing.assert_array_equal(dm.vectors().numpy(), dd.vectors().numpy())
    np.testing.assert_array_equal(dm.explained_variance_ratio, dd.explained_variance_ratio)
    np.testing.assert_array_equal(mem.project(dm), disk.project(dd))
    spill = Path(disk._store.path)
    assert spill.exists()
    disk.close()
    assert not spill.parent.exists() and len(disk) == 0


def test_gram_solver_matches_sklearn():
    traj, *_ = synthetic(n=12)
    for centered in (True, False):
        d_full = pca_directions(traj, n=2, solver="full", centered=centered)
        d_gram = pca_directions(traj, n=2, solver="gram", centered=centered)
        np.testing.assert_allclose(d_full.vectors().numpy(), d_gram.vectors().numpy(), atol=1e-6)
        np.testing.assert_allclose(
            d_full.explained_variance_ratio, d_gram.explained_variance_ratio, atol=1e-9
        )


# ---------------------------------------------------------------------- several runs
def two_runs():
    X = torch.randn(64, 4, generator=torch.Generator().manual_seed(0))
    y = torch.randint(0, 3, (64,), generator=torch.Generator().manual_seed(1))
    from lossviz.zoo.train import fit

    runs = []
    for opt in ("sgd", "adam"):
        net = make_net(0)
        traj = Trajectory(name=opt)
        fit(net, (X, y), epochs=6, lr=0.05, optimizer=opt, batch_size=16, record=traj)
        runs.append((traj, net))
    return runs, (X, y)


@pytest.fixture(scope="module")
def runs():
    return two_runs()[0]


def test_joint_pca_over_runs_and_shared_center(runs):
    (ts, ns), (ta, na) = runs
    dirs = pca_directions([ts, ta], n=2)
    # independent: PCA of all snapshots stacked (centered) via numpy SVD
    M = np.concatenate([ts.matrix(), ta.matrix()]).astype(np.float64)
    M -= M.mean(0)
    _, s, vt = np.linalg.svd(M, full_matrices=False)
    cos = np.linalg.svd(dirs.vectors().numpy() @ vt[:2].T, compute_uv=False)
    np.testing.assert_allclose(cos, 1.0, atol=1e-6)
    np.testing.assert_allclose(dirs.explained_variance_ratio, (s**2 / (s**2).sum())[:2], atol=1e-8)
    assert dirs.meta["runs"] == ["sgd", "adam"]
    # the default center is the last snapshot of the first run ...
    np.testing.assert_array_equal(
        lv.Directions([dirs.center]).vectors()[0].numpy(), ts.snapshot(-1).astype(np.float64)
    )
    # ... so the second run, projected without center=, is refused (it would be shifted)
    with pytest.raises(ValueError, match="pass center="):
        ta.project(lv.Directions(list(dirs), dirs.meta))
    pa = ta.path(dirs, name="adam", warn_below=0.0)  # dirs.center is used
    ps = ts.path(dirs, warn_below=0.0)
    assert isinstance(pa, ProjectedPath) and pa.name == "adam" and ps.name == "sgd"
    np.testing.assert_allclose(ps.coords[-1], 0.0, atol=1e-9)
    assert pa.labels[0] == "epoch 0" and pa.labels[-1] == "epoch 6"
    # explicit center: any snapshot works as origin; shifts coordinates rigidly
    c0 = ta.project(dirs, center=ta.state(-1))
    np.testing.assert_allclose(c0 - c0[-1], pa.coords - pa.coords[-1], atol=1e-5)


def test_pca_plus_random_and_plane_through_three_points(runs):
    (ts, ns), (ta, na) = runs
    d = pca_directions([ts, ta], n=2, mode="pca+random", seed=3)
    d_same = pca_directions([ts, ta], n=2, mode="pca+random", seed=3)
    d_other = pca_directions([ts, ta], n=2, mode="pca+random", seed=4)
    V = d.vectors().numpy()
    assert abs(V[0] @ V[1]) < 1e-8 * np.linalg.norm(V[1])  # orthogonalized
    np.testing.assert_array_equal(V, d_same.vectors().numpy())
    assert not np.allclose(V[1], d_other.vectors().numpy()[1])
    joint = pca_directions([ts, ta], n=1)
    np.testing.assert_allclose(V[0], joint.vectors().numpy()[0], atol=1e-12)
    assert d.meta["kind"] == "pca+random" and d.axis_labels[1].startswith("random (filter")
    # v = r - (r.u) u with r filter-normalized at the center and zero on biases (biasbn):
    # recover r.u from a bias entry and check r's filter norms against the center's
    u, v = V
    b0 = slice(48, 60)  # "0.bias"
    alpha = -v[b0] / u[b0]
    np.testing.assert_allclose(alpha, alpha[0], rtol=1e-4)
    r = v + alpha[0] * u
    center = ts.snapshot(-1).astype(np.float64)
    np.testing.assert_allclose(
        np.linalg.norm(r[:48].reshape(12, 4), axis=1),
        np.linalg.norm(center[:48].reshape(12, 4), axis=1),
        rtol=1e-4,
    )
    assert 0.0 <= d.explained_variance_ratio[1] < 0.5
    # the plane through three points (existing plane_directions) projects them exactly
    plane = lv.plane_directions(ts.state(-1), ta.state(-1), ts.state(0), model=ns)
    c = ts.project(plane, center=ts.state(-1))
    pts = plane.meta["points"]
    np.testing.assert_allclose(c[-1], pts["a"], atol=1e-5)
    np.testing.assert_allclose(c[0], pts["c"], atol=1e-4)
    cb = ta.project(plane, center=ts.state(-1))
    np.testing.assert_allclose(cb[-1], pts["b"], atol=1e-4)


# ---------------------------------------------------------------------- recording
def test_context_manager_with_optimizer_hook_records_every_k_steps():
    X = torch.randn(32, 4, generator=torch.Generator().manual_seed(0))
    y = torch.randint(0, 3, (32,), generator=torch.Generator().manual_seed(0))

    def train(traj=None):
        net = make_net(1)
        opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
        ctx = Trajectory(net, optimizer=opt, every=3) if traj else None
        with ctx if ctx is not None else _null():
            for _ in range(10):
                opt.zero_grad()
                nn.functional.cross_entropy(net(X), y).backward()
                opt.step()
        return net, ctx

    plain, _ = train()
    net, traj = train(traj=True)
    assert traj.steps == [0, 3, 6, 9, 10]  # step 0, every 3rd step, and the final weights
    assert traj.labels[1] == "step 3"
    for p, q in zip(plain.parameters(), net.parameters(), strict=True):
        assert torch.equal(p, q)  # recording does not change training
    np.testing.assert_array_equal(traj.snapshot(-1), flat(net).astype(np.float32))
    assert traj._hook is None


class _null:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return None


def test_record_every_losses_and_architecture_errors():
    net = make_net()
    traj = Trajectory(every=2, unit="epoch")
    kept = [traj.record(net, loss=torch.tensor(0.5 + i)) for i in range(5)]
    assert kept == [True, False, True, False, True]
    assert traj.steps == [0, 2, 4]
    np.testing.assert_allclose(traj.losses, [0.5, 2.5, 4.5])
    assert traj.state(0)["0.weight"].shape == (12, 4)
    with pytest.raises(ValueError, match="shape"):
        traj.record(nn.Sequential(nn.Linear(4, 13), nn.ReLU(), nn.Linear(13, 3)), force=True)
    with pytest.raises(ValueError, match="differ"):
        traj.record(nn.Sequential(nn.Linear(4, 12), nn.Linear(12, 3), nn.Linear(3, 3)))
    with pytest.raises(ValueError, match="every"):
        Trajectory(every=0)
    with pytest.raises(ValueError, match="unit"):
        Trajectory(unit="hour")
    with pytest.raises(IndexError):
        traj.snapshot(3)


def test_callback_for_fit():
    from lossviz.zoo.train import fit

    X = torch.randn(40, 4, generator=torch.Generator().manual_seed(0))
    y = torch.randint(0, 3, (40,), generator=torch.Generator().manual_seed(0))
    net = make_net()
    traj = Trajectory()
    traj.record(net, step=0)
    fit(net, (X, y), epochs=5, batch_size=8, on_epoch=traj.callback(every=2))
    assert traj.unit == "epoch" and traj.steps == [0, 2, 4]


# ---------------------------------------------------------------------- bad input
def test_bad_inputs_give_clear_errors():
    net = make_net()
    one = Trajectory()
    one.record(net)
    with pytest.raises(ValueError, match="at least 2 snapshots"):
        pca_directions(one)
    with pytest.raises(ValueError, match="at least 2 are needed"):
        one.project(lv.random_directions(net, n=2))
    with pytest.raises(ValueError, match="has 0 snapshot"):
        Trajectory().matrix()
    traj, *_ = synthetic(n=3)
    with pytest.raises(ValueError, match="n can be at most 2"):
        pca_directions(traj, n=3)
    with pytest.raises(ValueError, match="positive integer"):
        pca_directions(traj, n=0)
    with pytest.raises(ValueError, match="mode"):
        pca_directions(traj, mode="ica")
    with pytest.raises(ValueError, match="solver"):
        pca_directions(traj, solver="arpack")
    with pytest.raises(ValueError, match="exactly 2"):
        pca_directions(traj, n=3, mode="pca+random")
    with pytest.raises(TypeError, match="Trajectory"):
        pca_directions(np.zeros((3, 3)))
    other = Trajectory()
    other.record(nn.Linear(4, 3))
    other.record(nn.Linear(4, 3))
    with pytest.raises(ValueError, match="architecture"):
        pca_directions([traj, other])
    # directions that do not match
    with pytest.raises(ValueError, match="do not match"):
        traj.project(lv.random_directions(nn.Linear(4, 3), n=2))
    with pytest.raises(TypeError, match="Directions"):
        traj.project(np.eye(2))
    u = lv.random_directions(make_net(), n=1)[0]
    with pytest.raises(ValueError, match="linearly dependent"):
        traj.project(lv.Directions([u, {k: 2 * v for k, v in u.items()}]))
    with pytest.raises(ValueError, match="center"):
        traj.project(lv.random_directions(make_net(), n=2), center=nn.Linear(4, 3))


# ---------------------------------------------------------------------- files
@pytest.mark.parametrize("suffix", [".npz", ".h5"])
@pytest.mark.parametrize("budget", [64.0, 0.005])
def test_save_load_round_trip(tmp_path, suffix, budget):
    traj, *_ = synthetic(budget_mb=budget, n=7)
    traj._losses[2] = 0.25
    path = traj.save(tmp_path / f"t{suffix}")
    back = Trajectory.load(path, max_memory_mb=budget)
    assert back.spilled == traj.spilled
    np.testing.assert_array_equal(np.asarray(back.matrix()), np.asarray(traj.matrix()))
    assert back.steps == traj.steps and back.names == traj.names and back.shapes == traj.shapes
    assert back.unit == traj.unit and back.name == "synthetic" and back.classes == traj.classes
    np.testing.assert_array_equal(back.losses, traj.losses)
    np.testing.assert_array_equal(
        pca_directions(back).vectors().numpy(), pca_directions(traj).vectors().numpy()
    )
    assert [p.name for p in tmp_path.iterdir()] == [f"t{suffix}"]  # no temp files left


def test_load_rejects_wrong_files(tmp_path):
    a = np.linspace(-1, 1, 3)
    Landscape((a,), {"loss": a**2}).save(tmp_path / "land.npz")
    with pytest.raises(ValueError, match="not a lossviz trajectory.*Landscape.load"):
        Trajectory.load(tmp_path / "land.npz")
    np.savez(tmp_path / "plain.npz", x=np.zeros(3))
    with pytest.raises(ValueError, match="not a lossviz file"):
        Trajectory.load(tmp_path / "plain.npz")
    (tmp_path / "t.txt").write_text("hello")
    with pytest.raises(ValueError, match="neither"):
        Trajectory.load(tmp_path / "t.txt")
    with pytest.raises(FileNotFoundError):
        Trajectory.load(tmp_path / "missing.npz")
    traj, *_ = synthetic(n=3)
    with pytest.raises(ValueError, match="suffix"):
        traj.save(tmp_path / "t.pkl")
    traj.save(tmp_path / "good.npz")
    with np.load(tmp_path / "good.npz") as z:
        parts = {k: z[k] for k in z.files}
    parts["snapshots"] = parts["snapshots"][:, :-1]
    np.savez(tmp_path / "bad.npz", **parts)
    with pytest.raises(ValueError, match="expected"):
        Trajectory.load(tmp_path / "bad.npz")


# ---------------------------------------------------------------------- paths, evaluation
def test_path_true_losses_match_a_naive_loop_and_model_untouched(spiral_data):
    X, y = spiral_data
    net = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
    from lossviz.zoo.train import fit

    traj = Trajectory(name="adam")
    fit(net, (X, y), epochs=8, lr=0.05, batch_size=32, record=traj)
    dirs = pca_directions(traj)
    snap = snapshot(net)
    path = traj.path(dirs, net, (X, y))
    assert_identical(net, snap)
    ref = copy.deepcopy(net)
    expect = []
    for i in range(len(traj)):
        set_flat(ref, traj.snapshot(i).astype(np.float64))
        with torch.no_grad():
            expect.append(float(nn.functional.cross_entropy(ref(X), y)))
    np.testing.assert_allclose(path.values, expect, rtol=1e-5)
    acc = snapshot_metrics(traj, net, (X, y), metrics=("accuracy",), indices=[0, len(traj) - 1])
    with torch.no_grad():
        assert acc["accuracy"][1] == pytest.approx(float((net(X).argmax(1) == y).float().mean()))
    assert path.explained == pytest.approx(dirs.explained_variance_ratio.sum(), abs=1e-6)
    assert path.residuals.shape == (len(traj),)
    # decision boundaries at every snapshot == a direct forward with the loaded weights
    xs, ys, grid = grid_2d(X, resolution=20)
    assert grid.shape == (400, 2) and xs.size == ys.size == 20
    cls, conf = decision_boundaries(traj, net, grid, indices=[0, len(traj) - 1])
    assert_identical(net, snap)
    set_flat(ref, traj.snapshot(0).astype(np.float64))
    with torch.no_grad():
        out = ref(torch.from_numpy(grid))
    np.testing.assert_array_equal(cls[0], out.argmax(1).numpy())
    np.testing.assert_allclose(conf[0], out.softmax(1).max(1).values.numpy(), rtol=1e-5)
    with pytest.raises(ValueError, match="both model= and data="):
        traj.path(dirs, model=net)


def test_path_warns_when_the_plane_explains_little():
    traj, net, *_ = synthetic(n=8)
    rnd = lv.random_directions(net, n=2, seed=1, norm="none")
    with pytest.warns(UserWarning, match="explains only"):
        p = traj.path(rnd)
    assert p.explained < 0.5 and p.residuals[:-1].min() > 0.9
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        traj.path(pca_directions(traj))


# ---------------------------------------------------------------------- rendering
def test_animation_frames_gif_and_honesty(tmp_path):
    pytest.importorskip("plotly")
    from lossviz.render import animate as A

    a = np.linspace(-2, 2, 21)
    land = Landscape((a, a), {"loss": 1 + a[:, None] ** 2 + 0.5 * a[None, :] ** 2})
    t = np.linspace(0, 1, 30)
    xy = np.stack([1.5 * np.cos(3 * t) * (1 - t), np.sin(3 * t) * (1 - t)], 1)
    true = 1 + xy[:, 0] ** 2 + 0.5 * xy[:, 1] ** 2 + 0.1
    path = ProjectedPath(
        xy, name="SGD", values=true, residuals=np.linspace(0.3, 0, 30), explained=0.9
    )
    other = ProjectedPath(xy[:12] * 0.5, name="Adam")
    rep = A.path_report(land, path)
    np.testing.assert_allclose(rep["surface"], true - 0.1, atol=0.02)  # bilinear
    np.testing.assert_allclose(rep["gap"], -0.1, atol=0.02)
    xs = np.linspace(-1, 1, 8)
    ys = np.linspace(-1, 1, 6)
    bnd = np.stack([(np.arange(48) + k) % 3 for k in range(30)])
    X, yl = np.random.default_rng(0).normal(size=(20, 2)), np.arange(20) % 3
    fig = A.animate(
        land, [path, other], boundary=bnd, boundary_grid=(xs, ys), data=(X, yl), max_frames=10
    )
    assert len(fig.frames) == 10 and fig.data[0].type == "contour"
    last = fig.frames[-1]
    so_far = last.data[0]
    np.testing.assert_allclose(so_far.x, xy[:, 0])  # the full path at the end
    np.testing.assert_allclose(last.data[2].x, xy[:12, 0] * 0.5)  # shorter run stops
    assert last.data[-1].z.shape == (6, 8)
    np.testing.assert_array_equal(last.data[-1].z.ravel(), bnd[-1])
    assert fig.layout.updatemenus[0].buttons[0].label.endswith("play")
    assert [s.label for s in fig.layout.sliders[0].steps][-1] == "step 29"
    assert "true loss" in so_far.hovertext[-1] and "off-plane" in so_far.hovertext[0]
    np.testing.assert_array_equal(A.frame_indices(30, 10)[[0, -1]], [0, 29])
    out = A.write_gif(
        land,
        path,
        tmp_path / "a.gif",
        boundary=bnd,
        boundary_grid=(xs, ys),
        data=(X, yl),
        max_frames=5,
    )
    from PIL import Image

    with Image.open(out) as im:
        assert im.format == "GIF" and im.n_frames == 5
    h = A.honesty(land, [path, other])
    assert len(h.data) == 4 and "90%" in h.layout.title.text
    h1 = A.honesty(land, other)  # no true values, no residuals: one panel, and it says so
    assert len(h1.data) == 1 and "unknown" in h1.layout.title.text
    with pytest.raises(ValueError, match="boundary_grid"):
        A.animate(land, path, boundary=bnd)
    with pytest.raises(ValueError, match="snapshots"):
        A.animate(land, path, boundary=bnd[:5], boundary_grid=(xs, ys))
    with pytest.raises(ValueError, match=".gif"):
        A.write_gif(land, path, tmp_path / "a.png")


def test_animate_module_does_not_import_torch():
    src = Path(__import__("lossviz.render.animate", fromlist=["x"]).__file__).read_text()
    mods = set()
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Import):
            mods |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            mods.add(node.module.split(".")[0])
    assert "torch" not in mods


def test_context_manager_without_optimizer_keeps_initial_and_final():
    net = make_net()
    with Trajectory(net, every=100) as traj:
        for _ in range(3):
            with torch.no_grad():
                net[0].weight.add_(0.1)
            traj.record(net)  # steps 1, 2, 3: not multiples of 100
    assert traj.steps == [0, 3]
    np.testing.assert_array_equal(traj.snapshot(-1), flat(net).astype(np.float32))
    with Trajectory(net) as t2:  # no training at all: one snapshot
        pass
    assert t2.steps == [0]
    with Trajectory(net) as t3:  # weights changed but record never called
        with torch.no_grad():
            net[0].bias.add_(1.0)
    assert t3.steps == [0, 1]


def test_pca_directions_survive_save_load(tmp_path, runs):
    (ts, ns), (ta, na) = runs
    dirs = pca_directions([ts, ta])
    back = lv.Directions.load(dirs.save(tmp_path / "d.h5"), ns)
    np.testing.assert_allclose(back.explained_variance_ratio, dirs.explained_variance_ratio)
    assert back.axis_labels == dirs.axis_labels and back.meta["kind"] == "pca"
    np.testing.assert_allclose(ts.project(back), ts.project(dirs), atol=1e-6)  # same center
    with pytest.raises(ValueError, match="pass center="):  # the loaded dirs forgot .center
        ta.project(back)
    np.testing.assert_allclose(ta.project(back, center=ts.state(-1)), ta.project(dirs), atol=1e-6)


def test_load_rejects_losses_or_steps_of_the_wrong_length(tmp_path):
    """issue 14.13: one loss and one increasing step per snapshot, or a clear error."""
    traj, *_ = synthetic(n=4)
    traj.save(tmp_path / "good.npz")
    with np.load(tmp_path / "good.npz") as z:
        parts = {k: z[k] for k in z.files}
    bad = {
        "short_losses": {"losses": parts["losses"][:-1]},
        "long_losses": {"losses": np.concatenate([parts["losses"], [1.0]])},
        "text_losses": {"losses": np.array(["a", "b", "c", "d"])},
        "steps_back": {"steps": parts["steps"][::-1].copy()},
        "float_steps": {"steps": parts["steps"].astype(np.float64)},
    }
    for name, change in bad.items():
        np.savez(tmp_path / f"{name}.npz", **{**parts, **change})
        with pytest.raises(ValueError, match="'losses'|'steps'") as info:
            Trajectory.load(tmp_path / f"{name}.npz")
        assert f"{name}.npz" in str(info.value)
    assert len(Trajectory.load(tmp_path / "good.npz").losses) == 4


@pytest.mark.parametrize("solver", ["auto", "full", "gram"])
@pytest.mark.parametrize("centered", [True, False])
def test_pca_of_identical_snapshots_is_a_clear_error(solver, centered):
    """issue 14.13: no 'PC1 (nan%)' from a run whose weights never moved."""
    net = make_net()
    traj = Trajectory()
    for _ in range(4):
        traj.record(net)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no numpy divide warnings on the way
        with pytest.raises(ValueError, match="snapshots are all (identical|equal to the center)"):
            pca_directions(traj, n=2, solver=solver, centered=centered)
    # one moved snapshot: defined again (PC1 along the move, PC2 explained variance 0)
    with torch.no_grad():
        net[0].weight[0, 0] += 1.0
    traj.record(net)
    with pytest.warns(UserWarning, match="span fewer than 2 dimensions"):
        dirs = pca_directions(traj, n=2, solver=solver, centered=centered)
    assert np.isfinite(dirs.explained_variance_ratio).all()
    assert dirs.explained_variance_ratio[0] == pytest.approx(1.0)
    assert "nan" not in " ".join(dirs.axis_labels)
    u = dirs.vectors()[0]
    assert abs(float(u[0])) == pytest.approx(1.0, abs=1e-6)  # the moved weight, 0.weight[0, 0]


def test_snapshot_evaluation_runs_on_a_private_copy():
    """snapshot_metrics / decision_boundaries go through the engine: no user hook runs, the
    user's model (weights, buffers, train flag) is untouched, results match a naive forward."""
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(2, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 3))
    X, y = torch.randn(64, 2), torch.randint(0, 3, (64,))
    traj = Trajectory()
    for step in range(3):
        traj.record(net, step=step)
        with torch.no_grad():
            net[0].weight.add_(0.2)
    calls = []
    net.register_forward_hook(lambda *a: calls.append(1))
    net.train()
    snap = snapshot(net)
    vals = snapshot_metrics(traj, net, (X, y), metrics=("loss", "accuracy"))
    cls, _ = decision_boundaries(traj, net, X)
    assert calls == [] and net.training
    assert_identical(net, snap)
    ref = copy.deepcopy(net).eval()
    for i in range(len(traj)):
        with torch.no_grad():
            for n, t in traj.state(i).items():
                ref.get_parameter(n).copy_(t)
            out = ref(X)
        assert vals["loss"][i] == pytest.approx(float(nn.functional.cross_entropy(out, y)), 1e-5)
        assert vals["accuracy"][i] == pytest.approx(float((out.argmax(1) == y).float().mean()))
        np.testing.assert_array_equal(cls[i], out.argmax(1).numpy())
