"""Curvature: HVPs, extreme eigenvalues, trace, SLQ, convexity maps, sharpness, directions.

Every numeric check is against an independent computation: the dense Hessian from
``torch.autograd.functional.hessian`` on small float64 models, or closed forms on
quadratics.
"""

from __future__ import annotations

import copy
import threading
import warnings

import numpy as np
import pytest
import torch
from torch import nn

import lossviz as lv
from lossviz.core import eigensolvers as es
from lossviz.core import hessian as hz
from lossviz.core import hvp
from lossviz.core.directions import normalize_direction
from lossviz.core.params import classify


# ------------------------------------------------------------------ fixtures / helpers
def tanh_net(seed: int = 0, hidden: int = 6) -> nn.Module:
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(3, hidden), nn.Tanh(), nn.Linear(hidden, 3)).double()


def tanh_data(n: int = 24, seed: int = 1):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, 3, generator=g, dtype=torch.float64), torch.randint(
        0, 3, (n,), generator=g
    )


def flat_params(model: nn.Module, at: torch.Tensor | None = None) -> torch.Tensor:
    return torch.cat([p.detach().reshape(-1) for p in model.parameters()]) if at is None else at


def dense_hessian(model: nn.Module, X, y, loss_fn=None, theta=None, names=None) -> torch.Tensor:
    loss_fn = loss_fn or nn.functional.cross_entropy
    named = dict(model.named_parameters())
    names = names or list(named)
    base = {n: p.detach() for n, p in named.items()}
    flat0 = torch.cat([base[n].reshape(-1) for n in names]) if theta is None else theta

    def f(flat):
        ps = dict(base)
        o = 0
        for n in names:
            ps[n] = flat[o : o + base[n].numel()].view(base[n].shape)
            o += base[n].numel()
        return loss_fn(torch.func.functional_call(model, ps, (X,)), y)

    return torch.autograd.functional.hessian(f, flat0)


def snapshot(model: nn.Module):
    return (
        [(p.detach().clone(), p.requires_grad, p.grad) for p in model.parameters()],
        [b.detach().clone() for b in model.buffers()],
        [m.training for m in model.modules()],
    )


def assert_same(model: nn.Module, snap) -> None:
    params, bufs, flags = snap
    for p, (d, rg, g) in zip(model.parameters(), params, strict=True):
        assert torch.equal(p.detach(), d) and p.requires_grad == rg and p.grad is g
    for b, d in zip(model.buffers(), bufs, strict=True):
        assert torch.equal(b, d)
    assert [m.training for m in model.modules()] == flags


class VecModel(nn.Module):
    """A 'model' whose output is its own parameter vector (loss = a function of it)."""

    def __init__(self, w):
        super().__init__()
        self.w = nn.Parameter(torch.as_tensor(w, dtype=torch.float64))

    def forward(self, x):
        return self.w.expand(x.shape[0], -1)


DUMMY = (torch.zeros(2, 1, dtype=torch.float64), torch.zeros(2))


def quad_loss(A, m):
    A = torch.as_tensor(A, dtype=torch.float64)
    m = torch.as_tensor(m, dtype=torch.float64)

    def loss(out, y):
        d = out[0] - m
        return 0.5 * d @ A @ d

    return loss


def saddle_loss(out, y):
    return out[0, 0] ** 2 - out[0, 1] ** 2


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    # the models here are tiny: extra threads only add synchronization overhead
    n = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)


@pytest.fixture(scope="module")
def tanh_case():
    net = tanh_net()
    X, y = tanh_data()
    Hd = dense_hessian(net, X, y)
    return net, (X, y), torch.linalg.eigh(Hd), Hd


# ------------------------------------------------------------------ eigenvalues
def test_lanczos_both_ends_match_dense(tanh_case):
    net, data, (ev, _), _ = tanh_case
    ev = ev.numpy()
    snap = snapshot(net)
    got = lv.hessian_eigenvalues(net, data, k=2, which="both", device="cpu", tol=1e-6)
    want = np.concatenate([ev[:2], ev[-2:]])
    np.testing.assert_allclose(got, want, rtol=1e-4)
    top = lv.hessian_eigenvalues(net, data, k=3, device="cpu", tol=1e-6)
    np.testing.assert_allclose(top, ev[::-1][:3], rtol=1e-4)
    bottom = lv.hessian_eigenvalues(net, data, which="smallest", device="cpu", tol=1e-6)
    assert bottom.shape == (1,) and ev[0] < 0
    np.testing.assert_allclose(bottom, ev[:1], rtol=1e-4)
    assert_same(net, snap)


def test_power_iteration_matches_dense(tanh_case):
    net, data, (ev, _), _ = tanh_case
    ev = ev.numpy()
    res = lv.hessian_eigenvalues(
        net, data, which="both", method="power", device="cpu", tol=1e-6, return_info=True
    )
    assert res.converged and res.method == "power"
    np.testing.assert_allclose(res.values, [ev[0], ev[-1]], rtol=1e-4)


def test_power_top_k_with_deflation_on_quadratic():
    A = np.diag([5.0, 3.0, 1.0, -0.5, -2.0])
    Q, _ = np.linalg.qr(np.random.default_rng(0).normal(size=(5, 5)))
    A = Q @ A @ Q.T
    model = VecModel(np.zeros(5))
    kw = dict(loss_fn=quad_loss(A, np.ones(5)), device="cpu", tol=1e-7, method="power")
    np.testing.assert_allclose(lv.hessian_eigenvalues(model, DUMMY, k=2, **kw), [5, 3], rtol=1e-5)
    got = lv.hessian_eigenvalues(model, DUMMY, k=2, which="smallest", **kw)
    np.testing.assert_allclose(got, [-2, -0.5], rtol=1e-5)


def test_repeated_eigenvalues_found_with_multiplicity():
    # H = diag(2, 2, 2, 1): the Krylov space closes after 2 steps; Lanczos restarts
    model = VecModel(np.zeros(4))
    A = np.diag([2.0, 2.0, 2.0, 1.0])
    got = lv.hessian_eigenvalues(model, DUMMY, k=3, loss_fn=quad_loss(A, np.zeros(4)), device="cpu")
    np.testing.assert_allclose(got, [2, 2, 2], rtol=1e-10)


def test_per_layer_blocks_match_dense_blocks(tanh_case):
    net, (X, y), _, _ = tanh_case
    out = lv.hessian_eigenvalues(net, (X, y), per_layer=True, device="cpu", tol=1e-6)
    assert list(out) == [n for n, _ in net.named_parameters()]
    for name, vals in out.items():
        Hb = dense_hessian(net, X, y, names=[name])
        np.testing.assert_allclose(vals[0], torch.linalg.eigvalsh(Hb)[-1].item(), rtol=1e-4)
    mods = lv.layer_eigenvalues(net, (X, y), device="cpu", tol=1e-6)
    assert list(mods) == ["0", "2"]
    Hb = dense_hessian(net, X, y, names=["2.weight", "2.bias"])
    np.testing.assert_allclose(mods["2"], torch.linalg.eigvalsh(Hb)[-1].item(), rtol=1e-4)


@pytest.mark.parametrize("mode", ["auto", "forward", "reverse"])
def test_hvp_matches_dense(tanh_case, mode):
    net, data, _, Hd = tanh_case
    v = torch.randn(Hd.shape[0], dtype=torch.float64)
    hv = lv.hessian_vector_product(net, data, v, device="cpu", hvp=mode)
    got = torch.cat([t.reshape(-1) for t in hv.values()])
    torch.testing.assert_close(got, Hd @ v, rtol=1e-10, atol=1e-12)
    pieces = torch.split(v, [p.numel() for p in hv.values()])
    as_dict = {n: t.view(hv[n].shape) for n, t in zip(hv, pieces, strict=True)}
    hv2 = lv.hessian_vector_product(net, data, as_dict, device="cpu", hvp=mode)
    for n in hv:
        torch.testing.assert_close(hv2[n], hv[n])


def test_vectorized_hvp_matches_loop(tanh_case):
    net, data, _, _ = tanh_case
    from lossviz.core.evaluate import as_eval_data

    cpu = torch.device("cpu")
    H = hvp.HessianOperator(net, as_eval_data(data, cpu), nn.functional.cross_entropy, cpu)
    V = torch.randn(5, H.P, dtype=torch.float64)
    T = H.theta + 0.1 * torch.randn(5, H.P, dtype=torch.float64)
    loop, lv_ = H.matvec(V, T)
    vec, vv = H.matvec(V, T, vectorize=True)
    torch.testing.assert_close(vec, loop)
    torch.testing.assert_close(vv, lv_)
    for k in range(5):
        Hd = dense_hessian(net, *data, theta=T[k])
        torch.testing.assert_close(loop[k], Hd @ V[k])


# ------------------------------------------------------------------ trace, density
def test_trace_ci_contains_exact_and_converges(tanh_case):
    net, data, (ev, _), _ = tanh_case
    exact = float(ev.sum())
    res = lv.hessian_trace(net, data, n_probes=30, device="cpu", seed=3)
    assert res.n_probes == 30 and res["estimate"] == res.estimate
    assert res.ci[0] <= exact <= res.ci[1]
    assert res.ci[1] - res.ci[0] == pytest.approx(2 * 1.96 * res.std_error)
    many = lv.hessian_trace(net, data, n_probes=600, device="cpu", seed=4, vectorize=True)
    assert many.ci[0] <= exact <= many.ci[1]
    assert abs(many.estimate - exact) < 0.05 * abs(exact)
    assert many.std_error < res.std_error


def test_trace_exact_for_diagonal_hessian():
    c = np.array([1.0, 2.0, 4.0])
    model = VecModel(np.zeros(3))
    res = lv.hessian_trace(model, DUMMY, n_probes=5, loss_fn=quad_loss(np.diag(c), c), device="cpu")
    assert res.estimate == pytest.approx(7.0) and res.std_error == pytest.approx(0.0, abs=1e-12)


def test_spectrum_slq_nodes_and_moment(tanh_case):
    net, data, (ev, _), Hd = tanh_case
    P = Hd.shape[0]
    sp = lv.hessian_spectrum(net, data, n_iter=P, n_runs=1, device="cpu", seed=5)
    # a full Krylov space: the nodes are the eigenvalues
    np.testing.assert_allclose(np.sort(sp.nodes[0]), ev.numpy(), atol=1e-8)
    np.testing.assert_allclose(sp.weights.sum(axis=1), 1.0, rtol=1e-10)
    # first moment = q^T H q for the (normalized) Rademacher probe of this seed
    z = hvp.rademacher(1, P, 5, torch.device("cpu"))[0]
    assert sp.moment(1) == pytest.approx(float(z @ Hd @ z) / P, rel=1e-8)
    dx = sp.bin_centers[1] - sp.bin_centers[0]
    assert sp.density.sum() * dx == pytest.approx(1.0)
    assert sp.bin_centers[0] < ev[0] and sp.bin_centers[-1] > ev[-1]


# ------------------------------------------------------------------ convexity maps
def test_ratio_map_convex_quadratic_is_exactly_zero():
    rng = np.random.default_rng(1)
    B = rng.normal(size=(4, 4))
    A = B @ B.T + 0.5 * np.eye(4)
    model = VecModel(rng.normal(size=4))
    dirs = lv.random_directions(model, n=2, seed=0, norm="none")
    land = lv.eigen_ratio_surface(
        model, DUMMY, dirs, a=(-1, 1, 4), b=(-1, 1, 3), loss_fn=quad_loss(A, np.zeros(4)),
        device="cpu", progress=False,
    )  # fmt: skip
    assert land.shape == (4, 3) and set(land.metrics) == {
        "loss", "lambda_min", "lambda_max", "eigen_ratio"
    }  # fmt: skip
    assert np.all(land["eigen_ratio"] == 0.0)
    ev = np.linalg.eigvalsh(A)
    np.testing.assert_allclose(land["lambda_max"], ev[-1], rtol=1e-4)
    np.testing.assert_allclose(land["lambda_min"], ev[0], rtol=1e-4)


def test_ratio_map_saddle_is_one():
    model = VecModel([0.3, -0.2])
    dirs = lv.random_directions(model, n=2, seed=1, norm="none")
    land = lv.eigen_ratio_surface(
        model, DUMMY, dirs, a=(-1, 1, 3), loss_fn=saddle_loss, device="cpu", progress=False
    )
    np.testing.assert_allclose(land["eigen_ratio"], 1.0, rtol=1e-10)
    np.testing.assert_allclose(land["lambda_min"], -2.0, rtol=1e-10)
    np.testing.assert_allclose(land["lambda_max"], 2.0, rtol=1e-10)
    w = model.w.detach().numpy()
    (a_vals, b_vals), d = land.coords, dirs.vectors().numpy()
    p = w + a_vals[0] * d[0] + b_vals[2] * d[1]
    assert land["loss"][0, 2] == pytest.approx(p[0] ** 2 - p[1] ** 2)


@pytest.mark.parametrize("strategy,warm", [("loop", True), ("vmap", True), ("loop", False)])
def test_ratio_map_matches_dense_at_grid_points(tanh_case, strategy, warm):
    net, (X, y), _, _ = tanh_case
    snap = snapshot(net)
    dirs = lv.random_directions(net, n=2, seed=2, norm="filter")
    land = lv.eigen_ratio_surface(
        net, (X, y), dirs, a=(-0.5, 0.5, 3), b=[-0.4, 0.6], device="cpu", progress=False,
        tol=1e-6, strategy=strategy, chunk_size=4, warm_start=warm,
    )  # fmt: skip
    assert land.meta["strategy"] == strategy and land.meta["unconverged"] == 0
    assert land.meta["warm_start"] is warm
    assert land.meta["n_hvp"] > 0
    theta = flat_params(net)
    D = dirs.vectors()
    for i, a in enumerate(land.coords[0]):
        for j, b in enumerate(land.coords[1]):
            th = theta + a * D[0] + b * D[1]
            ev = torch.linalg.eigvalsh(dense_hessian(net, X, y, theta=th)).numpy()
            assert land["lambda_min"][i, j] == pytest.approx(ev[0], rel=1e-4)
            assert land["lambda_max"][i, j] == pytest.approx(ev[-1], rel=1e-4)
            want = 0.0 if ev[0] >= 0 else abs(ev[0] / ev[-1])
            assert land["eigen_ratio"][i, j] == pytest.approx(want, rel=1e-4)
    assert_same(net, snap)


@pytest.mark.parametrize("strategy", ["loop", "vmap"])
def test_ratio_map_moves_batchnorm_buffers_along_interpolation(strategy):
    # interpolation directions include the running statistics: a = 1 must be model_b
    X, y = tanh_data(16)
    torch.manual_seed(0)
    net_a = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Tanh(), nn.Linear(4, 3)).double()
    net_a.train()
    net_a(X)
    net_b = copy.deepcopy(net_a)
    with torch.no_grad():
        for p in net_b.parameters():
            p.add_(0.3 * torch.randn_like(p))
    net_b(X + 1.0)  # different running statistics
    net_a.eval(), net_b.eval()
    dirs = lv.interpolation_direction(net_a, net_b)
    assert "1.running_mean" in dirs.names
    land = lv.eigen_ratio_surface(
        net_a, (X, y), dirs, a=[0.0, 1.0], device="cpu", progress=False, tol=1e-6,
        strategy=strategy, chunk_size=2,
    )  # fmt: skip
    for i, net in enumerate((net_a, net_b)):
        ev = torch.linalg.eigvalsh(dense_hessian(net, X, y)).numpy()
        assert land["lambda_min"][i] == pytest.approx(ev[0], rel=1e-4)
        assert land["lambda_max"][i] == pytest.approx(ev[-1], rel=1e-4)


def test_ratio_map_power_1d_cancel_and_callback(tanh_case):
    net, data, _, _ = tanh_case
    dirs = lv.random_directions(net, n=1, seed=3)
    seen = []
    land = lv.eigen_ratio_surface(
        net, data, dirs, a=[-0.2, 0.0], device="cpu", progress=False, method="power",
        tol=1e-4, strategy="loop", chunk_size=1, callback=lambda _l, d, t: seen.append((d, t)),
    )  # fmt: skip
    assert land.shape == (2,) and seen[-1] == (2, 2)
    assert np.all(land["lambda_min"] <= land["lambda_max"])
    ev = lv.hessian_eigenvalues(net, data, which="both", device="cpu", tol=1e-6)
    np.testing.assert_allclose([land["lambda_min"][1], land["lambda_max"][1]], ev, rtol=1e-3)
    ev_ = threading.Event()
    ev_.set()
    snap = snapshot(net)
    with pytest.raises(lv.Cancelled) as info:
        lv.eigen_ratio_surface(net, data, dirs, a=(-1, 1, 3), device="cpu", cancel=ev_)
    assert info.value.landscape is not None and np.isnan(info.value.landscape["loss"]).all()
    assert_same(net, snap)


# ------------------------------------------------------------------ sharpness
def test_sharpness_closed_form_on_quadratic():
    c = np.array([1.0, 3.0, 0.5])
    m = np.array([0.2, -1.0, 2.0])
    model = VecModel(m)  # at the minimum
    eps = 0.05
    res = lv.sharpness(model, DUMMY, epsilon=eps, loss_fn=quad_loss(np.diag(c), m), device="cpu")
    bound = eps * (np.abs(m) + 1)
    assert res["loss"] == pytest.approx(0.0)
    assert res["max_loss"] == pytest.approx(0.5 * np.sum(c * bound**2), rel=1e-10)
    assert res["epsilon_sharpness"] == pytest.approx(100 * res["max_loss"], rel=1e-10)
    assert res["lambda_max"] == pytest.approx(3.0) and res["trace"] == pytest.approx(4.5)
    table = lv.sharpness_table(
        {"flat": VecModel(m), "sharp": VecModel(m)}, DUMMY, epsilon=eps,
        loss_fn=quad_loss(np.diag(c), m), device="cpu", n_probes=2,
    )  # fmt: skip
    assert [r["model"] for r in table] == ["flat", "sharp"]
    text = str(table)
    assert "flat" in text and "sharp" in text and "ε-sharpness" in text and "4.5" in text


def test_sharpness_orders_flat_and_sharp_minima():
    m = np.zeros(3)
    flat = lv.sharpness(VecModel(m), DUMMY, loss_fn=quad_loss(np.eye(3), m), device="cpu")
    sharp = lv.sharpness(VecModel(m), DUMMY, loss_fn=quad_loss(10 * np.eye(3), m), device="cpu")
    for key in ("lambda_max", "trace", "epsilon_sharpness"):
        assert sharp[key] > flat[key]


# ------------------------------------------------------------------ directions
def test_hessian_directions_are_eigenvectors(tanh_case):
    net, data, (ev, _), Hd = tanh_case
    snap = snapshot(net)
    dirs = lv.hessian_directions(net, data, n=2, device="cpu", tol=1e-8)
    assert isinstance(dirs, lv.Directions) and dirs.meta["kind"] == "hessian"
    np.testing.assert_allclose(dirs.meta["eigenvalues"], ev.numpy()[::-1][:2], rtol=1e-6)
    V = dirs.vectors()
    for lam, v in zip(dirs.meta["eigenvalues"], V, strict=True):
        assert float(v.norm()) == pytest.approx(1.0)
        torch.testing.assert_close(Hd @ v, lam * v, atol=1e-6, rtol=0)
    assert abs(float(V[0] @ V[1])) < 1e-8
    dirs.check_model(net)
    filt = lv.hessian_directions(net, data, n=2, norm="filter", device="cpu", tol=1e-8)
    theta = {n: p.detach() for n, p in net.named_parameters()}
    want = normalize_direction(dirs[0], theta, classify(net), "filter", "biasbn")
    for n in want:
        torch.testing.assert_close(filt[0][n], want[n])
    assert filt.meta["norm"] == "filter"
    assert_same(net, snap)


# ------------------------------------------------------------------ reliability
def test_model_unchanged_with_batchnorm_and_after_exception():
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(3, 5), nn.BatchNorm1d(5), nn.ReLU(), nn.Linear(5, 3)).double()
    net.train()
    net[0].weight.requires_grad_(False)
    X, y = tanh_data(16)
    net(X)  # move the running statistics away from their defaults
    snap = snapshot(net)
    lv.hessian_eigenvalues(net, (X, y), device="cpu")
    lv.hessian_eigenvalues(net, (X, y), device="cpu", bn="train")
    lv.hessian_trace(net, (X, y), n_probes=3, device="cpu")
    dirs = lv.random_directions(net, n=2, seed=0)
    lv.eigen_ratio_surface(net, (X, y), dirs, a=(-1, 1, 2), device="cpu", progress=False)
    assert_same(net, snap)
    calls = [0]

    def flaky(out, target):
        calls[0] += 1
        if calls[0] > 3:
            raise RuntimeError("boom")
        return nn.functional.cross_entropy(out, target)

    with pytest.raises(RuntimeError, match="boom"):
        lv.hessian_eigenvalues(net, (X, y), loss_fn=flaky, device="cpu", bn="train")
    assert_same(net, snap)
    assert all(m.track_running_stats for m in net.modules() if isinstance(m, nn.BatchNorm1d))


def test_eval_mode_batchnorm_matches_dense_in_eval_mode():
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Tanh(), nn.Linear(4, 3)).double()
    X, y = tanh_data(16)
    net.train()
    net(X)
    net.eval()
    ev = torch.linalg.eigvalsh(dense_hessian(net, X, y)).numpy()
    net.train()
    got = lv.hessian_eigenvalues(net, (X, y), which="both", device="cpu", tol=1e-6)
    np.testing.assert_allclose(got, [ev[0], ev[-1]], rtol=1e-4)
    assert net.training


def test_nan_loss_and_nonfinite_hessian_messages(tanh_case):
    net, (X, y), _, _ = tanh_case
    Xn = X.clone()
    Xn[0, 0] = float("nan")
    with pytest.raises(ValueError, match="not finite"):
        lv.hessian_eigenvalues(net, (Xn, y), device="cpu")
    with pytest.raises(ValueError, match="not finite"):
        lv.hessian_trace(net, (Xn, y), device="cpu")
    model = VecModel([0.0, 0.0])
    with pytest.raises(FloatingPointError, match="not finite"):
        lv.hessian_eigenvalues(
            model, DUMMY, loss_fn=lambda o, t: (o[0] ** 2).sum().sqrt(), device="cpu"
        )


def test_nonconvergence_is_reported(tanh_case):
    net, data, _, _ = tanh_case
    with pytest.warns(hz.HessianConvergenceWarning, match="did not converge"):
        res = lv.hessian_eigenvalues(
            net, data, device="cpu", max_iter=3, tol=1e-12, return_info=True
        )
    assert not res.converged and res.residual > 1e-12 and res.iterations == 3
    dirs = lv.random_directions(net, n=1, seed=0)
    with pytest.warns(hz.HessianConvergenceWarning):
        land = lv.eigen_ratio_surface(
            net, data, dirs, a=(-1, 1, 2), device="cpu", progress=False, max_iter=2, tol=1e-6
        )
    assert land.meta["unconverged"] == 2 and land.meta["unconverged_points"] == [[0], [1]]
    assert np.isfinite(land["lambda_max"]).all()
    with pytest.warns(hz.HessianConvergenceWarning, match="NaN"):
        land = lv.eigen_ratio_surface(
            net, data, dirs, a=(-1, 1, 2), device="cpu", progress=False, max_iter=2, tol=1e-9,
            unconverged="nan",
        )  # fmt: skip
    assert np.isnan(land["eigen_ratio"]).all() and np.isfinite(land["loss"]).all()


class OldStyleTanh(torch.autograd.Function):
    """No functorch support (no setup_context): forward-mode AD is unavailable."""

    @staticmethod
    def forward(ctx, x):
        y = torch.tanh(x)
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, g):
        (y,) = ctx.saved_tensors
        return g * (1 - y * y)


class _NoGradMul(torch.autograd.Function):
    """g * (1 - y^2) with no derivative of its own, like a kernel lacking double backward."""

    @staticmethod
    def forward(ctx, g, y):
        return g * (1 - y * y)

    @staticmethod
    def backward(ctx, grad):
        raise RuntimeError("derivative for this kernel is not implemented")


class NoDoubleTanh(OldStyleTanh):
    @staticmethod
    def backward(ctx, g):
        (y,) = ctx.saved_tensors
        return _NoGradMul.apply(g, y)


class FnNet(nn.Module):
    def __init__(self, fn):
        super().__init__()
        torch.manual_seed(0)
        self.a, self.b, self.fn = nn.Linear(3, 4).double(), nn.Linear(4, 3).double(), fn

    def forward(self, x):
        return self.b(self.fn.apply(self.a(x)))


def test_double_backward_fallback_and_not_twice_differentiable():
    X, y = tanh_data(12)
    net = FnNet(OldStyleTanh)
    ev = torch.linalg.eigvalsh(dense_hessian(net, X, y)).numpy()
    with pytest.warns(RuntimeWarning, match="double backward"):
        got = lv.hessian_eigenvalues(net, (X, y), which="both", device="cpu", tol=1e-6)
    np.testing.assert_allclose(got, [ev[0], ev[-1]], rtol=1e-4)
    with pytest.raises(ValueError, match="not twice differentiable"):
        lv.hessian_eigenvalues(FnNet(NoDoubleTanh), (X, y), device="cpu")


def test_argument_validation(tanh_case):
    net, data, _, _ = tanh_case
    with pytest.raises(ValueError, match="which"):
        lv.hessian_eigenvalues(net, data, which="middle")
    with pytest.raises(ValueError, match="method"):
        lv.hessian_eigenvalues(net, data, method="arnoldi")
    with pytest.raises(ValueError, match="k must"):
        lv.hessian_eigenvalues(net, data, k=0)
    with pytest.raises(ValueError, match="exceeds the number of parameters"):
        lv.hessian_eigenvalues(net, data, k=1000)
    with pytest.raises(ValueError, match="tol"):
        lv.hessian_eigenvalues(net, data, tol=0)
    with pytest.raises(ValueError, match="params"):
        lv.hessian_eigenvalues(net, data, params=["nope"])
    with pytest.raises(ValueError, match="n_probes"):
        lv.hessian_trace(net, data, n_probes=1)
    with pytest.raises(TypeError, match="Directions"):
        lv.eigen_ratio_surface(net, data, {"a": 1})
    with pytest.raises(ValueError, match="norm"):
        lv.hessian_directions(net, data, norm="dfilter")
    with pytest.raises(TypeError, match="models"):
        lv.sharpness_table(net, data)
    with pytest.raises(ValueError, match="hvp"):
        lv.hessian_trace(net, data, hvp="fast")


# ------------------------------------------------------------------ SLQ (issue 14, item 14)
def reference_slq(Hd: torch.Tensor, z: torch.Tensor, m: int):
    """PyHessian-style SLQ on a dense matrix: Lanczos with full reorthogonalization from
    ``z``, then one eigen-decomposition of the tridiagonal matrix."""
    Hd = Hd.to(torch.float64)
    q = z / z.norm()
    Q, alpha, beta = [q], [], []
    w = Hd @ q
    for j in range(m):
        a = float(w @ Q[j])
        alpha.append(a)
        w = w - a * Q[j] - (beta[-1] * Q[j - 1] if j else 0)
        for _ in range(2):
            for v in Q:
                w = w - (w @ v) * v
        if j == m - 1:
            break
        b = float(w.norm())
        beta.append(b)
        Q.append(w / b)
        w = Hd @ Q[-1]
    T = np.diag(alpha) + np.diag(beta, 1) + np.diag(beta, -1)
    ev, S = np.linalg.eigh(T)
    return ev, S[0] ** 2


def test_spectrum_eigendecomposes_each_probe_once(tanh_case, monkeypatch):
    net, data, _, _ = tanh_case
    calls = []
    real = np.linalg.eigh

    def counting(a, *args, **kw):
        calls.append(np.shape(a))
        return real(a, *args, **kw)

    monkeypatch.setattr(np.linalg, "eigh", counting)
    sp = lv.hessian_spectrum(net, data, n_iter=12, n_runs=3, device="cpu", seed=2)
    # one eigen-decomposition of each probe's 12 x 12 tridiagonal matrix, none per step
    assert calls == [(12, 12)] * 3
    assert sp.nodes.shape == (3, 12)


def test_spectrum_quadrature_moments_match_dense_hessian(tanh_case):
    net, data, (ev, _), Hd = tanh_case
    P = Hd.shape[0]
    m, runs, seed = 5, 4, 3
    sp = lv.hessian_spectrum(net, data, n_iter=m, n_runs=runs, device="cpu", seed=seed)
    np.testing.assert_allclose(sp.weights.sum(axis=1), 1.0, rtol=1e-12)
    assert np.all(sp.weights >= 0)
    assert np.all((sp.nodes >= ev[0].item() - 1e-9) & (sp.nodes <= ev[-1].item() + 1e-9))
    # Gauss quadrature with m nodes is exact for polynomials of degree <= 2m - 1:
    # sum_i w_i node_i^k == q^T H^k q for each (normalized) probe q
    Z = hvp.rademacher(runs, P, seed, torch.device("cpu"))
    Qn = Z / Z.norm(dim=1, keepdim=True)
    for order in range(1, 2 * m):
        Hk = torch.linalg.matrix_power(Hd, order)
        exact = ((Qn @ Hk) * Qn).sum(dim=1).numpy()
        got = (sp.weights * sp.nodes**order).sum(axis=1)
        scale = float(ev.abs().max()) ** order
        np.testing.assert_allclose(got, exact, rtol=0, atol=1e-9 * scale)
    # a full Krylov space: average over probes of the moments estimates tr(H^k) / P
    full = lv.hessian_spectrum(net, data, n_iter=P, n_runs=1, device="cpu", seed=seed)
    np.testing.assert_allclose(np.sort(full.nodes[0]), ev.numpy(), atol=1e-8)


def test_spectrum_equals_reference_lanczos(tanh_case):
    net, data, _, Hd = tanh_case
    P = Hd.shape[0]
    m, runs, seed = 9, 2, 7
    sp = lv.hessian_spectrum(net, data, n_iter=m, n_runs=runs, device="cpu", seed=seed)
    Z = hvp.rademacher(runs, P, seed, torch.device("cpu"))
    for i in range(runs):
        ev, wt = reference_slq(Hd, Z[i], m)
        np.testing.assert_allclose(sp.nodes[i], ev, rtol=0, atol=1e-9)
        np.testing.assert_allclose(sp.weights[i], wt, rtol=0, atol=1e-9)
    # and the monitored solver (the previous per-step algorithm) builds the same matrix
    H = hvp.HessianSetup(net, data, None, "cpu", None, None, "eval").hessian()
    op = lambda idx, V: H.matvec(V)[0]  # noqa: E731
    a = es.lanczos(op, Z, P, "both", m, 1e-300, seed=seed, monitor=True)
    b = es.lanczos(op, Z, P, "both", m, 1e-300, seed=seed, monitor=False)
    for (a1, b1), (a2, b2) in zip(a.tridiag, b.tridiag, strict=True):
        np.testing.assert_allclose(a1, a2, rtol=1e-13, atol=1e-13)
        np.testing.assert_allclose(b1, b2, rtol=1e-13, atol=1e-13)


def test_invariant_test_agrees_with_eigenvalues():
    rng = np.random.default_rng(0)
    for _ in range(200):
        n = int(rng.integers(1, 8))
        al = rng.normal(size=(3, n)) * 10.0 ** rng.integers(-3, 3)
        be = np.abs(rng.normal(size=(3, n - 1)))
        T = es.tridiagonal(al, be)
        scale = np.abs(np.linalg.eigvalsh(T)).max(axis=1)
        bn = scale * 1e-10 * rng.choice([0.3, 0.999, 1.001, 2.0, 5.0], size=3)
        np.testing.assert_array_equal(es.krylov_invariant(al, be, bn), bn <= 1e-10 * scale)


# ------------------------------------------------------------------ cost estimate (issue 14.15)
@pytest.mark.parametrize("strategy", ["loop", "vmap"])
def test_eigen_ratio_time_estimate_against_measured(tanh_case, strategy):
    net, data, _, _ = tanh_case
    dirs = lv.random_directions(net, n=2, seed=3)
    kw = dict(a=(-1, 1, 9), b=(-1, 1, 9), device="cpu", strategy=strategy, max_iter=30)
    snap = snapshot(net)
    est = hz.estimate_eigen_ratio_time(net, data, dirs, **kw)
    assert_same(net, snap)
    assert est.n_points == 81 and 1 <= est.points_measured < 81
    assert est.strategy == strategy and est.seconds == float(est)
    assert est.seconds == pytest.approx(est.setup_s + est.per_point_s * 81)
    land = lv.eigen_ratio_surface(net, data, dirs, progress=False, **kw)
    measured = land.meta["seconds"]
    assert measured / 3 <= est.seconds <= 3 * measured, (est, measured)
    first = land.meta["first_estimate_s"]
    assert measured / 3 <= first <= 3 * measured


def test_eigen_ratio_callback_carries_estimate(tanh_case):
    net, data, _, _ = tanh_case
    dirs = lv.random_directions(net, n=2, seed=3)
    seen = []

    def cb(partial, done, total):
        seen.append((done, total, partial.meta["estimate_s"], partial.meta["elapsed_s"]))

    land = lv.eigen_ratio_surface(
        net, data, dirs, a=(-1, 1, 5), b=(-1, 1, 4), device="cpu", progress=False,
        strategy="loop", chunk_size=3, callback=cb,
    )  # fmt: skip
    dones = [s[0] for s in seen]
    assert dones == [3, 6, 9, 12, 15, 18, 20] and all(s[1] == 20 for s in seen)
    for _, _, est, elapsed in seen:
        assert est is not None and np.isfinite(est) and est > 0 and elapsed > 0
    # the projection tracks the run: the last one is the measured total
    assert seen[-1][2] == pytest.approx(seen[-1][3], rel=0.05, abs=0.02)
    assert land.meta["first_estimate_s"] == pytest.approx(seen[0][2], rel=1e-3)
    assert "estimate_s" not in land.meta and land.meta["seconds"] >= seen[-1][3]


def test_eigen_ratio_progress_bar_shows_estimate(tanh_case, monkeypatch):
    net, data, _, _ = tanh_case
    dirs = lv.random_directions(net, n=2, seed=3)
    import tqdm.auto

    postfixes = []
    real = tqdm.auto.tqdm

    class Spy(real):
        def set_postfix_str(self, s="", refresh=True):
            postfixes.append(s)
            return super().set_postfix_str(s, refresh)

    monkeypatch.setattr(tqdm.auto, "tqdm", Spy)
    lv.eigen_ratio_surface(
        net, data, dirs, a=(-1, 1, 3), b=(-1, 1, 3), device="cpu", progress=True,
        strategy="loop", chunk_size=4,
    )  # fmt: skip
    assert len(postfixes) == 3 and all(p.startswith("total ≈ ") for p in postfixes)


def test_estimate_eigen_ratio_time_validates_keywords(tanh_case):
    net, data, _, _ = tanh_case
    dirs = lv.random_directions(net, n=2, seed=3)
    with pytest.raises(TypeError, match="toll"):
        hz.estimate_eigen_ratio_time(net, data, dirs, toll=1e-3)
    with pytest.raises(ValueError, match="strategy"):
        hz.estimate_eigen_ratio_time(net, data, dirs, strategy="fast")


# ------------------------------------------------------------------ modes and wrappers (issue 14)
class DropBN(nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(4)
        self.l1 = nn.Linear(3, 6)
        self.bn = nn.BatchNorm1d(6)
        self.drop = nn.Dropout(0.5)
        self.l2 = nn.Linear(6, 3)

    def forward(self, x):
        return self.l2(self.drop(torch.tanh(self.bn(self.l1(x)))))


def test_bn_train_changes_normalization_only_dropout_stays_off():
    net = DropBN().double()
    with torch.no_grad():
        net.bn.running_mean.fill_(0.3)
        net.bn.running_var.fill_(2.0)
    X, y = tanh_data(32, seed=5)
    snap = snapshot(net)
    runs = [
        lv.hessian_eigenvalues(net, (X, y), which="both", bn="train", device="cpu", tol=1e-10)
        for _ in range(2)
    ]
    assert_same(net, snap)
    np.testing.assert_array_equal(runs[0], runs[1])
    # reference: BatchNorm with batch statistics, Dropout off (eval), dense float64 Hessian
    ref = copy.deepcopy(net).eval()
    ref.bn.train()
    ref.bn.track_running_stats = False
    ev = torch.linalg.eigvalsh(dense_hessian(ref, X, y))
    np.testing.assert_allclose(runs[0], [ev[0].item(), ev[-1].item()], rtol=1e-7, atol=1e-9)
    tr = lv.hessian_trace(net, (X, y), n_probes=4, bn="train", device="cpu", seed=1)
    tr2 = lv.hessian_trace(net, (X, y), n_probes=4, bn="train", device="cpu", seed=1)
    assert tr.estimate == tr2.estimate


def test_data_parallel_is_unwrapped(tanh_case):
    net, data, (ev, _), Hd = tanh_case
    net = copy.deepcopy(net)  # DataParallel moves its module to the GPU when there is one
    dp = nn.DataParallel(net)
    snap = snapshot(net)
    vals = lv.hessian_eigenvalues(dp, data, which="both", device="cpu", tol=1e-10)
    np.testing.assert_allclose(vals, [ev[0].item(), ev[-1].item()], rtol=1e-8)
    assert_same(net, snap)
    # names keep the wrapper's prefix where they meet the caller
    first = next(iter(dict(dp.named_parameters())))
    assert first.startswith("module.")
    block = lv.hessian_eigenvalues(dp, data, params=[first], device="cpu")
    assert block.shape == (1,)
    v = {n: torch.ones_like(p) for n, p in dp.named_parameters()}
    hv = lv.hessian_vector_product(dp, data, v, device="cpu")
    assert list(hv) == list(v)
    flat = torch.cat([t.reshape(-1) for t in hv.values()])
    torch.testing.assert_close(flat, Hd @ torch.ones(Hd.shape[0], dtype=torch.float64))
    dirs = lv.random_directions(dp, n=2, seed=1)
    land = lv.eigen_ratio_surface(dp, data, dirs, a=(-0.5, 0.5, 3), device="cpu", progress=False)
    ref = lv.eigen_ratio_surface(
        net, data, lv.random_directions(net, n=2, seed=1), a=(-0.5, 0.5, 3), device="cpu",
        progress=False,
    )  # fmt: skip
    np.testing.assert_allclose(land["lambda_max"], ref["lambda_max"], rtol=1e-6)


def test_meta_device_model_is_refused_by_name():
    with torch.device("meta"):
        net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 3))
    X, y = tanh_data()
    for fn in (lv.hessian_eigenvalues, lv.hessian_trace, lv.hessian_spectrum):
        with pytest.raises(ValueError, match=r"model is on the 'meta' device"):
            fn(net, (X, y), device="cpu")


class ScaleCounter(nn.Module):
    """forward() changes a buffer in place (issue 14, item 1)."""

    def __init__(self):
        super().__init__()
        torch.manual_seed(6)
        self.l1 = nn.Linear(3, 5)
        self.l2 = nn.Linear(5, 3)
        self.register_buffer("scale", torch.ones((), dtype=torch.float64))

    def forward(self, x):
        self.scale.mul_(1.01)
        return self.l2(torch.tanh(self.l1(x))) * self.scale


def test_every_hvp_sees_the_buffers_as_they_were():
    net = ScaleCounter().double()
    X, y = tanh_data(40, seed=8)
    snap = snapshot(net)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # torch.func, no fallback
        runs = [
            lv.hessian_eigenvalues(net, (X, y), which="both", device="cpu", tol=1e-10, hvp=m)
            for m in ("forward", "reverse")
        ]
        tr = [lv.hessian_trace(net, (X, y), n_probes=3, device="cpu").estimate for _ in range(2)]
    assert_same(net, snap)
    # reference: the same network with the buffer as it is, scaled once per forward
    ref = copy.deepcopy(net)

    class Fixed(nn.Module):
        def __init__(self):
            super().__init__()
            self.l1, self.l2 = ref.l1, ref.l2

        def forward(self, x):
            return self.l2(torch.tanh(self.l1(x))) * 1.01

    ev = torch.linalg.eigvalsh(dense_hessian(Fixed(), X, y))
    for vals in runs:
        np.testing.assert_allclose(vals, [ev[0].item(), ev[-1].item()], rtol=1e-7, atol=1e-10)
    assert tr[0] == tr[1]
    dirs = lv.random_directions(net, n=2, seed=2)
    maps = [
        lv.eigen_ratio_surface(
            net,
            (X, y),
            dirs,
            a=(-0.5, 0.5, 3),
            device="cpu",
            progress=False,
            strategy=st,
            tol=1e-8,
            max_iter=60,
        )  # fmt: skip
        for st in ("loop", "vmap")
    ]
    np.testing.assert_allclose(maps[0]["lambda_max"], maps[1]["lambda_max"], rtol=1e-6)
    np.testing.assert_allclose(maps[0]["loss"], maps[1]["loss"], rtol=1e-12)
    assert_same(net, snap)


def test_user_hooks_do_not_run_at_every_hvp(tanh_case):
    net, data, (ev, _), _ = tanh_case
    net = copy.deepcopy(net)
    seen = []
    handle = net[0].register_forward_hook(lambda m, i, o: seen.append(o.shape))
    try:
        vals = lv.hessian_eigenvalues(net, data, which="both", device="cpu", tol=1e-10)
        lv.hessian_trace(net, data, n_probes=3, device="cpu")
        lv.hessian_spectrum(net, data, n_iter=5, device="cpu")
        dirs = lv.random_directions(net, n=2, seed=1)
        lv.eigen_ratio_surface(net, data, dirs, a=(-0.5, 0.5, 3), device="cpu", progress=False)
        lv.sharpness(net, data, n_probes=2, steps=2, device="cpu")
    finally:
        handle.remove()
    assert seen == []
    np.testing.assert_allclose(vals, [ev[0].item(), ev[-1].item()], rtol=1e-8)
    net(data[0])  # the hook itself is untouched
