"""Curvature of the loss: Hessian-vector products, extreme eigenvalues, trace, sharpness.

Everything here is built on one operation, the Hessian-vector product (HVP) of the loss
over the evaluation data, computed forward-over-reverse with ``torch.func``
(``jvp(grad(f))``: one forward and one backward pass with forward-mode tangents, no
``create_graph`` double backward). Parameters go through ``functional_call``, so the
user's model is never written to. On top of the HVP:

- Lanczos with full reorthogonalization (extreme eigenvalues at both ends of the spectrum
  in one run) and power iteration with shifts and deflation;
- Hutchinson's trace estimator with Rademacher probes and a 95% confidence interval;
- stochastic Lanczos quadrature (SLQ) for the spectral density (Ghorbani et al. 2019,
  PyHessian);
- the ``|lambda_min / lambda_max|`` convexity map of Li et al. (2018, section 6) on a grid
  of points ``theta* + a d1 + b d2``: Lanczos runs in lockstep over a chunk of grid points
  with a vmapped HVP, or point by point, whichever is faster here;
- sharpness measures (top eigenvalue, trace, epsilon-sharpness of Keskar et al. 2017) and
  Hessian eigenvector directions.

All solvers work on batches of independent problems ``(K, P)`` so one implementation
serves a single point (``K = 1``), several probes, and a chunk of grid points.
"""

from __future__ import annotations

import math
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.func import functional_call, grad_and_value, jvp, vjp

from .._util import check_choice
from ..landscape import Landscape
from .directions import Directions, normalize_direction
from .evaluate import (
    EvalData,
    Metric,
    _batch_len,
    _is_cancelled,
    _progress_bar,
    as_eval_data,
    check_grid_directions,
    grid_axes,
    grid_coefficients,
    resolve_device,
    resolve_metrics,
)
from .norm import set_norm_mode
from .params import check_model, classify, preserved, state_tensors

__all__ = [
    "EigenResult",
    "HessianConvergenceWarning",
    "HessianSpectrum",
    "RatioMapEstimate",
    "SharpnessTable",
    "TraceEstimate",
    "eigen_ratio_surface",
    "estimate_eigen_ratio_time",
    "hessian_directions",
    "hessian_eigenvalues",
    "hessian_spectrum",
    "hessian_trace",
    "hessian_vector_product",
    "layer_eigenvalues",
    "sharpness",
    "sharpness_table",
]

WHICH = ("largest", "smallest", "both")
METHODS = ("lanczos", "power")
STRATEGIES = ("auto", "loop", "vmap")
BN_MODES = ("eval", "train")
_TINY = 1e-300
_WRAPPERS = (nn.DataParallel, nn.parallel.DistributedDataParallel)


HVP_MODES = ("auto", "forward", "reverse")
_MODE_CACHE: OrderedDict[tuple, str] = OrderedDict()


class HessianConvergenceWarning(RuntimeWarning):
    """An eigenvalue solver stopped at ``max_iter`` before reaching ``tol``."""


# ============================================================== the HVP operator
class _Hessian:
    """The Hessian of the mean loss over ``data`` w.r.t. a set of parameters (flat).

    ``theta`` is the flat vector of the selected parameters at the center; every other
    parameter and every buffer is held fixed (``fixed``), except floating buffers that
    a caller moves per point through ``extras``.
    """

    def __init__(
        self,
        model: nn.Module,
        data: EvalData,
        loss: Metric,
        device: torch.device,
        names: Sequence[str] | None = None,
        center: Mapping[str, torch.Tensor] | None = None,
        hvp: str = "auto",
    ) -> None:
        self.model = model
        self.requested = hvp
        self.data = data
        self.loss = loss
        self.device = device
        state: OrderedDict[str, torch.Tensor] = OrderedDict(model.named_parameters())
        state.update(model.named_buffers())
        if center is not None:
            state.update(center)
        base = OrderedDict((n, t.detach().to(device).clone()) for n, t in state.items())
        all_params = [n for n, p in model.named_parameters() if p.is_floating_point()]
        self.names = list(all_params if names is None else names)
        self.like = OrderedDict((n, base[n]) for n in self.names)
        dtype = self.like[self.names[0]].dtype
        for t in self.like.values():
            dtype = torch.promote_types(dtype, t.dtype)
        self.dtype = dtype
        self.sizes = [t.numel() for t in self.like.values()]
        self.theta = torch.cat([t.reshape(-1).to(dtype) for t in self.like.values()])
        self.P = int(self.theta.numel())
        self.fixed = OrderedDict((n, t) for n, t in base.items() if n not in self.like)
        self.weights = [_batch_len(x) / data.n for x, _ in data.batches]
        self.mode: str | None = None  # "forward", "reverse" or "double_backward"
        self.vmap_ok = True
        self.n_hvp = 0

    # -- the loss as a function of the flat vector ---------------------------
    def _tensors(self, flat: torch.Tensor, extra: Mapping[str, torch.Tensor]) -> dict:
        out = dict(self.fixed)
        out.update(extra)
        for (n, t), piece in zip(self.like.items(), torch.split(flat, self.sizes), strict=True):
            piece = piece.view(t.shape)
            out[n] = piece if piece.dtype == t.dtype else piece.to(t.dtype)
        return out

    def _loss_one(self, flat: torch.Tensor, extra: Mapping, x: Any, y: torch.Tensor):
        out = functional_call(self.model, self._tensors(flat, extra), (x,))
        val = self.loss(out, y)
        if val.numel() != 1:
            raise ValueError(
                f"loss_fn must return a scalar (the mean over the batch), got shape "
                f"{tuple(val.shape)}"
            )
        return val.reshape(())

    def _hvp_jvp(self, flat, v, extra, x, y):
        def g(t):
            return grad_and_value(self._loss_one)(t, extra, x, y)

        (_, val), (hv, _) = jvp(g, (flat,), (v,))
        return hv, val

    def _hvp_db(self, flat, v, extra, x, y):
        with torch.enable_grad():
            t = flat.detach().clone().requires_grad_(True)
            val = self._loss_one(t, extra, x, y)
            (g,) = torch.autograd.grad(val, t, create_graph=True, allow_unused=True)
            if g is None or g.grad_fn is None:
                return torch.zeros_like(flat), val.detach()
            (hv,) = torch.autograd.grad(g, t, grad_outputs=v, allow_unused=True)
        return (torch.zeros_like(flat) if hv is None else hv.detach()), val.detach()

    # -- evaluation ----------------------------------------------------------
    def value(self, theta: torch.Tensor | None = None) -> float:
        """Mean loss at ``theta`` (default: the center), forward passes only."""
        flat = self.theta if theta is None else theta.to(self.device, self.dtype)
        total = 0.0
        with torch.no_grad():
            for w, (x, y) in zip(self.weights, self.data.batches, strict=True):
                total += w * float(self._loss_one(flat, {}, x, y).to(torch.float64))
        return total

    def value_and_grad(self, theta: torch.Tensor) -> tuple[float, torch.Tensor]:
        """Mean loss and its gradient (float64) at a flat ``theta``."""
        flat = theta.to(self.device, self.dtype)
        total, grad = 0.0, torch.zeros(self.P, dtype=torch.float64, device=self.device)
        for w, (x, y) in zip(self.weights, self.data.batches, strict=True):
            g, val = grad_and_value(self._loss_one)(flat, {}, x, y)
            total += w * float(val.detach().to(torch.float64))
            grad += w * g.detach().to(torch.float64)
        return total, grad

    def _hvp_rev(self, flat, v, extra, x, y):
        def g(t):
            return grad_and_value(self._loss_one)(t, extra, x, y)

        _, vjp_fn, val = vjp(g, flat, has_aux=True)
        (hv,) = vjp_fn(v)
        return hv, val

    def _hvp(self, mode: str):
        return {"forward": self._hvp_jvp, "reverse": self._hvp_rev}.get(mode, self._hvp_db)

    def _point(self, theta, v, extra) -> tuple[torch.Tensor, torch.Tensor]:
        if self.mode is None:
            self.prepare()
        f = self._hvp(self.mode)
        hv_tot = torch.zeros(self.P, dtype=torch.float64, device=self.device)
        val_tot = torch.zeros((), dtype=torch.float64, device=self.device)
        for w, (x, y) in zip(self.weights, self.data.batches, strict=True):
            hv, val = f(theta, v, extra, x, y)
            hv_tot += w * hv.detach().to(torch.float64)
            val_tot += w * val.detach().to(torch.float64)
        return hv_tot, val_tot

    def prepare(self) -> str:
        """Choose how HVPs are computed; returns the mode.

        ``"forward"`` (forward-over-reverse, ``jvp(grad(f))``) and ``"reverse"``
        (reverse-over-reverse, ``vjp(grad(f))``) are both ``torch.func`` transforms and
        vmappable; ``"auto"`` times both on the first batch and keeps the faster (cached
        per model and data). When neither runs (e.g. a custom autograd.Function without
        functorch support) autograd's double backward is used, with a warning.
        """
        if self.mode is not None:
            return self.mode
        hvp = self.requested
        x, y = self.data.batches[0]
        g = torch.Generator().manual_seed(0)
        v = torch.randn(self.P, generator=g, dtype=torch.float64).to(self.device, self.dtype)
        key = (
            id(self.model), type(self.model).__name__, self.P, self.data.n,
            len(self.data.batches), self.device.type, str(self.dtype),
        )  # fmt: skip
        cands = ["forward", "reverse"] if hvp == "auto" else [hvp]
        if hvp == "auto" and key in _MODE_CACHE:
            cands = [_MODE_CACHE[key]]
        ok: list[str] = []
        errors: list[BaseException] = []
        for m in cands:
            try:
                self._hvp(m)(self.theta, v, {}, x, y)
                ok.append(m)
            except ValueError:
                raise
            except Exception as exc:
                errors.append(exc)
        if not ok:
            try:
                self._hvp_db(self.theta, v, {}, x, y)
            except ValueError:
                raise
            except Exception as exc2:
                exc1 = errors[0]
                raise ValueError(
                    "the loss is not twice differentiable with respect to the parameters "
                    "(needed for Hessian-vector products): torch.func failed with "
                    f"{type(exc1).__name__}: {_first_line(exc1)}; double backward failed "
                    f"with {type(exc2).__name__}: {_first_line(exc2)}"
                ) from exc2
            warnings.warn(
                "lossviz: torch.func transforms are not available for this model "
                f"({type(errors[0]).__name__}: {_first_line(errors[0])}); using autograd "
                "double backward (slower, no vectorization) for Hessian-vector products",
                RuntimeWarning,
                stacklevel=5,
            )
            self.mode = "double_backward"
            self.vmap_ok = False
            return self.mode
        if len(ok) == 1:
            self.mode = ok[0]
        else:
            sync = torch.cuda.synchronize if self.device.type == "cuda" else (lambda: None)
            best = {}
            for _ in range(2):
                for m in ok:
                    sync()
                    t0 = time.perf_counter()
                    self._hvp(m)(self.theta, v, {}, x, y)
                    sync()
                    dt = time.perf_counter() - t0
                    best[m] = min(best.get(m, math.inf), dt)
            self.mode = min(ok, key=lambda m: best[m])
        if hvp == "auto":
            _MODE_CACHE[key] = self.mode
            while len(_MODE_CACHE) > 64:
                _MODE_CACHE.popitem(last=False)
        return self.mode

    def matvec(
        self,
        V: torch.Tensor,
        thetas: torch.Tensor | None = None,
        extras: Mapping[str, torch.Tensor] | None = None,
        vectorize: bool = False,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """``H(theta_k) v_k`` for each row; returns (float64 ``(K, P)``, losses ``(K,)``).

        ``thetas`` (``(K, P)``) and ``extras`` (``{buffer: (K, ...)}``) default to the
        center. ``vectorize`` evaluates all rows in one vmapped call.
        """
        K = V.shape[0]
        self.n_hvp += K
        Vd = V.to(self.device, self.dtype)
        Td = None if thetas is None else thetas.to(self.device, self.dtype)
        extras = dict(extras or {})
        if self.mode is None:
            self.prepare()
        if vectorize and K > 1 and self.vmap_ok and self.mode != "double_backward":
            try:
                return self._matvec_vmap(Vd, Td, extras)
            except ValueError:
                raise
            except Exception as exc:
                warnings.warn(
                    "lossviz: vectorized Hessian-vector products failed for this model "
                    f"({type(exc).__name__}: {_first_line(exc)}); using the per-point loop",
                    RuntimeWarning,
                    stacklevel=3,
                )
                self.vmap_ok = False
        HV = torch.empty(K, self.P, dtype=torch.float64, device=self.device)
        vals = torch.empty(K, dtype=torch.float64, device=self.device)
        for k in range(K):
            th = self.theta if Td is None else Td[k]
            ex = {n: t[k] for n, t in extras.items()}
            HV[k], vals[k] = self._point(th, Vd[k], ex)
        return HV, vals

    def _matvec_vmap(self, Vd, Td, extras):
        K = Vd.shape[0]
        in_theta = None if Td is None else 0
        th = self.theta if Td is None else Td
        f = torch.vmap(self._hvp_jvp, in_dims=(in_theta, 0, 0 if extras else None, None, None))
        HV = torch.zeros(K, self.P, dtype=torch.float64, device=self.device)
        vals = torch.zeros(K, dtype=torch.float64, device=self.device)
        for w, (x, y) in zip(self.weights, self.data.batches, strict=True):
            hv, val = f(th, Vd, extras, x, y)
            HV += w * hv.detach().to(torch.float64)
            vals += w * val.detach().to(torch.float64)
        return HV, vals

    def unflatten(self, vec: torch.Tensor) -> OrderedDict[str, torch.Tensor]:
        """Split a flat vector into ``{name: tensor}`` with the parameters' shapes/dtypes."""
        out = OrderedDict()
        for (n, t), piece in zip(self.like.items(), torch.split(vec, self.sizes), strict=True):
            out[n] = piece.reshape(t.shape).to(t.dtype)
        return out


def _first_line(exc: BaseException) -> str:
    s = str(exc).strip().splitlines()
    return s[0][:200] if s else ""


# Operator used by the solvers: op(idx, V) -> H_idx V (float64), idx = active rows.
_Op = Callable[[np.ndarray, torch.Tensor], torch.Tensor]


# ============================================================== Lanczos (batched)
@dataclass
class _SolveOut:
    largest: np.ndarray  # (K, k), descending
    smallest: np.ndarray  # (K, k), ascending
    vec_largest: torch.Tensor | None  # (K, k, P)
    vec_smallest: torch.Tensor | None
    converged: np.ndarray  # (K,) bool
    residual: np.ndarray  # (K,) max relative residual of the wanted pairs
    iterations: np.ndarray  # (K,) HVPs used per problem
    failed: np.ndarray  # (K,) bool: non-finite HVP
    tridiag: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)  # Lanczos T
    # per problem: Ritz values (ascending) and squared first eigenvector components of T
    quadrature: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)


def _want(which: str, k: int, m: int) -> np.ndarray:
    k = min(k, m)
    lo = np.arange(k)
    hi = np.arange(m - k, m)
    if which == "largest":
        return hi
    if which == "smallest":
        return lo
    return np.union1d(lo, hi)


def _lanczos(
    op: _Op,
    v0: torch.Tensor,
    k: int,
    which: str,
    max_iter: int,
    tol: float,
    vectors: bool = False,
    seed: int = 0,
    monitor: bool = True,
) -> _SolveOut:
    """Lanczos with full reorthogonalization on ``K`` independent problems in lockstep.

    Stops a problem when the residual ``beta_j |s_{j,i}|`` of every wanted Ritz pair is
    at most ``tol * max|theta|`` (an upper bound on the eigenvalue error), when the
    Krylov space is exhausted, or at ``max_iter``. An invariant subspace before ``k``
    values are found (or, up to ``k - 1`` times, before the space is exhausted) restarts
    with a fresh random vector orthogonal to the basis, so exactly repeated eigenvalues
    are found with their multiplicity (up to ``k``).

    ``monitor=False`` runs a fixed number of steps (``max_iter``, as stochastic Lanczos
    quadrature does): no Ritz values are computed during the run, only once per problem at
    the end (``out.quadrature``: nodes and squared first components). The invariant-space
    test then uses cheap two-sided bounds on ``max|theta|`` (largest row 2-norm and row
    1-norm of the tridiagonal matrix) and an exact eigenvalue solve only where the two
    bounds disagree, so it takes the same decisions as the monitored run.
    """
    K, P = v0.shape
    dev = v0.device
    m = int(min(max_iter, P))
    Q = torch.zeros(K, m + 1, P, dtype=torch.float64, device=dev)
    alpha = np.zeros((K, m))
    beta = np.zeros((K, m))
    Q[:, 0] = v0 / v0.norm(dim=1, keepdim=True).clamp_min(_TINY)
    steps = np.zeros(K, dtype=int)
    done = np.zeros(K, dtype=bool)
    conv = np.zeros(K, dtype=bool)
    failed = np.zeros(K, dtype=bool)
    resid = np.full(K, np.inf)
    restarts = np.zeros(K, dtype=int)
    gen = torch.Generator().manual_seed(int(seed) + 7919)
    for j in range(m):
        act = np.flatnonzero(~done)
        if act.size == 0:
            break
        ta = torch.as_tensor(act, device=dev)
        every = act.size == K  # all rows active: views instead of gathered copies
        q = Q[:, j] if every else Q[ta, j]
        W = op(act, q)
        bad = ~torch.isfinite(W).all(dim=1).cpu().numpy()
        if bad.any():
            failed[act[bad]] = True
            done[act[bad]] = True
            W = torch.where(torch.as_tensor(bad, device=dev)[:, None], torch.zeros_like(W), W)
        a = (q * W).sum(dim=1)
        W = W - a[:, None] * q
        if j > 0:
            prev = Q[:, j - 1] if every else Q[ta, j - 1]
            W = W - torch.as_tensor(beta[act, j - 1], device=dev)[:, None] * prev
        Qa = Q[:, : j + 1] if every else Q[ta, : j + 1]
        # full reorthogonalization; a second pass only where the first cancelled much of
        # W (||W|| fell below 1/sqrt(2) of its value: "twice is enough", Kahan-Parlett)
        before = W.norm(dim=1)
        W = W - torch.einsum("kjp,kj->kp", Qa, torch.einsum("kjp,kp->kj", Qa, W))
        b = W.norm(dim=1)
        again = b < 0.7071 * before
        if bool(again.any()):
            W2 = W - torch.einsum("kjp,kj->kp", Qa, torch.einsum("kjp,kp->kj", Qa, W))
            W = torch.where(again[:, None], W2, W)
            b = W.norm(dim=1)
        alpha[act, j] = a.cpu().numpy()
        bn = b.cpu().numpy()
        n = j + 1
        enough = n >= min(k, P)
        if monitor:
            evals, evecs = np.linalg.eigh(tridiagonal(alpha[act, :n], beta[act, : n - 1]))
            scale = np.maximum(np.abs(evals).max(axis=1), _TINY)
            want = _want(which, k, n)
            res = bn[:, None] * np.abs(evecs[:, -1, want])
            rel = res.max(axis=1) / scale
            invariant = bn <= 1e-10 * scale
        else:
            rel = np.full(act.size, np.nan)  # not measured: a fixed number of steps
            invariant = _invariant(alpha[act, :n], beta[act, : n - 1], bn)
        restart = []
        for r, i in enumerate(act):
            if done[i]:
                continue
            steps[i] = n
            resid[i] = rel[r]
            if invariant[r] and n < m and restarts[i] < k - 1:
                # each restart can add one more copy of an exactly repeated eigenvalue
                restart.append(r)
                restarts[i] += 1
            elif monitor and enough and rel[r] <= tol:
                conv[i] = done[i] = True
            elif n == m:
                done[i] = True
                conv[i] = not monitor or (n == P and bool(invariant[r] or rel[r] <= max(tol, 1e-8)))
            elif invariant[r]:
                restart.append(r)
        bn_store = bn.copy()
        if restart:
            # the Krylov space is invariant: continue from a fresh orthogonal vector
            rs = torch.as_tensor(restart, device=dev)
            R = torch.randn(len(restart), P, generator=gen, dtype=torch.float64).to(dev)
            Qr = Q[ta[rs], : j + 1]
            for _ in range(2):
                R = R - torch.einsum("kjp,kj->kp", Qr, torch.einsum("kjp,kp->kj", Qr, R))
            W[rs] = R
            b[rs] = R.norm(dim=1)
            bn_store[restart] = 0.0  # T decouples into blocks
        beta[act, j] = bn_store
        if n < m:
            live = torch.as_tensor(~done[act], device=dev)
            Q[ta[live], j + 1] = W[live] / b[live, None].clamp_min(_TINY)
    # Ritz values and vectors
    kk = min(k, m)
    largest = np.full((K, kk), np.nan)
    smallest = np.full((K, kk), np.nan)
    vl = torch.zeros(K, kk, P, dtype=torch.float64, device=dev) if vectors else None
    vs = torch.zeros(K, kk, P, dtype=torch.float64, device=dev) if vectors else None
    tri, quad = [], []
    for i in range(K):
        n = steps[i]
        tri.append((alpha[i, :n].copy(), beta[i, : n - 1].copy()))
        if failed[i]:
            quad.append((np.full(n, np.nan), np.zeros(n)))
            continue
        # the one eigen-decomposition of this problem's tridiagonal matrix
        ev, S = np.linalg.eigh(tridiagonal(alpha[i, :n], beta[i, : n - 1]))
        quad.append((ev, S[0] ** 2))
        kn = min(kk, n)
        largest[i, :kn] = ev[::-1][:kn]
        smallest[i, :kn] = ev[:kn]
        if vectors:
            Sl = torch.as_tensor(S[:, ::-1][:, :kn].copy(), device=dev)
            Ss = torch.as_tensor(S[:, :kn].copy(), device=dev)
            vl[i, :kn] = Sl.T @ Q[i, :n]
            vs[i, :kn] = Ss.T @ Q[i, :n]
    return _SolveOut(largest, smallest, vl, vs, conv & ~failed, resid, steps, failed, tri, quad)


def tridiagonal(alpha: np.ndarray, beta: np.ndarray) -> np.ndarray:
    """Dense symmetric tridiagonal matrices ``(..., n, n)`` from diagonals ``(..., n)``.

    Parameters
    ----------
    alpha : numpy.ndarray
        Diagonals, shape ``(..., n)``.
    beta : numpy.ndarray
        Off-diagonals, shape ``(..., n - 1)``.

    Returns
    -------
    numpy.ndarray
        Shape ``(..., n, n)``.
    """
    n = alpha.shape[-1]
    T = np.zeros(alpha.shape + (n,))
    idx = np.arange(n)
    T[..., idx, idx] = alpha
    if n > 1:
        T[..., idx[:-1], idx[1:]] = beta
        T[..., idx[1:], idx[:-1]] = beta
    return T


def _invariant(alpha: np.ndarray, beta: np.ndarray, bn: np.ndarray) -> np.ndarray:
    """``bn <= 1e-10 max|eig(T)|`` per row, without an eigen-decomposition where possible.

    ``max|eig(T)|`` lies between the largest row 2-norm and the largest row 1-norm of the
    symmetric matrix ``T``; only rows where the test differs between the two bounds are
    decided by the exact eigenvalues.
    """
    b = np.abs(beta)
    pad = np.zeros(alpha.shape[:-1] + (1,))
    left = np.concatenate([pad, b], axis=-1)
    right = np.concatenate([b, pad], axis=-1)
    lower = np.sqrt(alpha**2 + left**2 + right**2).max(axis=-1)
    upper = (np.abs(alpha) + left + right).max(axis=-1)
    sure = bn <= 1e-10 * np.maximum(lower, _TINY)
    maybe = ~sure & (bn <= 1e-10 * np.maximum(upper, _TINY))
    if maybe.any():
        ev = np.linalg.eigvalsh(tridiagonal(alpha[maybe], beta[maybe]))
        sure[maybe] = bn[maybe] <= 1e-10 * np.maximum(np.abs(ev).max(axis=-1), _TINY)
    return sure


# ============================================================== power iteration
def _power_run(
    op: _Op,
    v0: torch.Tensor,
    shift: torch.Tensor,
    deflate: torch.Tensor | None,
    max_iter: int,
    tol: float,
    scale: torch.Tensor | None,
    failed: np.ndarray,
) -> tuple[np.ndarray, torch.Tensor, np.ndarray, np.ndarray, np.ndarray]:
    """Power iteration on ``H - shift I`` (optionally deflated), batched over rows.

    Returns (eigenvalue of H, vectors, converged, relative residual, iterations).
    """
    K, P = v0.shape
    dev = v0.device
    v = v0.clone()
    if deflate is not None:
        v = v - torch.einsum("krp,kr->kp", deflate, torch.einsum("krp,kp->kr", deflate, v))
    v = v / v.norm(dim=1, keepdim=True).clamp_min(_TINY)
    mu = np.zeros(K)
    conv = np.zeros(K, dtype=bool)
    resid = np.full(K, np.inf)
    iters = np.zeros(K, dtype=int)
    done = failed.copy()
    sh = shift.to(dev, torch.float64)
    scale = None if scale is None else scale.to(dev, torch.float64)
    for _ in range(max_iter):
        act = np.flatnonzero(~done)
        if act.size == 0:
            break
        ta = torch.as_tensor(act, device=dev)
        va = v[ta]
        W = op(act, va) - sh[ta, None] * va
        bad = ~torch.isfinite(W).all(dim=1).cpu().numpy()
        if bad.any():
            failed[act[bad]] = True
            done[act[bad]] = True
            W = torch.where(torch.as_tensor(bad, device=dev)[:, None], torch.zeros_like(W), W)
        if deflate is not None:
            Da = deflate[ta]
            W = W - torch.einsum("krp,kr->kp", Da, torch.einsum("krp,kp->kr", Da, W))
        m = (va * W).sum(dim=1)
        r = (W - m[:, None] * va).norm(dim=1)
        sc = m.abs() if scale is None else scale[ta]
        rel = (r / sc.clamp_min(_TINY)).cpu().numpy()
        mu[act] = m.cpu().numpy()
        resid[act] = rel
        iters[act] += 1
        nw = W.norm(dim=1, keepdim=True)
        zero = (nw[:, 0] <= _TINY).cpu().numpy()
        v[ta] = torch.where(nw > _TINY, W / nw.clamp_min(_TINY), va)
        for r_, i in enumerate(act):
            if done[i]:
                continue
            if rel[r_] <= tol or zero[r_]:
                conv[i] = done[i] = True
    lam = mu + shift.cpu().numpy()
    lam[failed] = np.nan
    return lam, v, conv & ~failed, resid, iters


def _power(
    op: _Op,
    v0: torch.Tensor,
    k: int,
    which: str,
    max_iter: int,
    tol: float,
    vectors: bool = False,
) -> _SolveOut:
    """Extreme eigenvalues by power iteration with shifts and deflation.

    A first run finds the eigenvalue of largest magnitude ``mu``. With ``k = 1`` it is
    the largest (``mu > 0``) or smallest (``mu < 0``) one, and the other end is the
    dominant eigenvalue of ``H - mu I``. Otherwise ``H + |mu| I`` (or ``H - |mu| I``) is
    semi-definite and deflated power iteration on it yields the top (bottom) ``k``.
    """
    K, P = v0.shape
    dev = v0.device
    failed = np.zeros(K, dtype=bool)
    zero = torch.zeros(K, dtype=torch.float64)
    mu, vmu, c0, r0, it0 = _power_run(op, v0, zero, None, max_iter, tol, None, failed)
    iters = it0.copy()
    scale = torch.as_tensor(np.abs(np.nan_to_num(mu)))
    kk = min(k, P)
    out: dict[str, Any] = {}
    conv = c0.copy()
    resid = r0.copy()
    for end in ("largest", "smallest"):
        if which not in (end, "both"):
            continue
        sign = 1.0 if end == "largest" else -1.0
        vals = np.full((K, kk), np.nan)
        vecs = torch.zeros(K, kk, P, dtype=torch.float64, device=dev)
        if kk == 1:
            # the dominant eigenvalue already is this end where its sign matches
            same = np.sign(mu) == sign
            vals[same, 0] = mu[same]
            vecs[torch.as_tensor(same, device=dev), 0] = vmu[torch.as_tensor(same, device=dev)]
            rows = np.flatnonzero(~same & ~failed)
            if rows.size:
                sh = torch.as_tensor(mu)  # H - mu I: its dominant eigenvalue is the other end
                lam, vv, c, r, it = _power_run(
                    _sub_op(op, rows), v0[torch.as_tensor(rows, device=dev)], sh[rows], None,
                    max_iter, tol, scale[rows], failed[rows].copy(),
                )  # fmt: skip
                vals[rows, 0] = lam
                vecs[torch.as_tensor(rows, device=dev), 0] = vv
                conv[rows] &= c
                resid[rows] = np.maximum(resid[rows], r)
                iters[rows] += it
        else:
            sh = -sign * scale  # H + |mu| I (largest) or H - |mu| I (smallest)
            for j in range(kk):
                rows = np.flatnonzero(~failed)
                if rows.size == 0:
                    break
                tr = torch.as_tensor(rows, device=dev)
                g = torch.Generator().manual_seed(1000 + j)
                vj = torch.randn(rows.size, P, generator=g, dtype=torch.float64).to(dev)
                defl = vecs[tr, :j] if j > 0 else None
                lam, vv, c, r, it = _power_run(
                    _sub_op(op, rows), vj, sh[rows], defl, max_iter, tol,
                    2 * scale[rows], failed[rows].copy(),
                )  # fmt: skip
                vals[rows, j] = lam
                vecs[tr, j] = vv
                conv[rows] &= c
                resid[rows] = np.maximum(resid[rows], r)
                iters[rows] += it
            order = np.argsort(-sign * vals, axis=1)
            vals = np.take_along_axis(vals, order, axis=1)
            vecs = vecs[torch.arange(K)[:, None], torch.as_tensor(order)]
        out[end] = (vals, vecs)
    nanv = np.full((K, kk), np.nan)
    return _SolveOut(
        out.get("largest", (nanv, None))[0],
        out.get("smallest", (nanv, None))[0],
        out["largest"][1] if vectors and "largest" in out else None,
        out["smallest"][1] if vectors and "smallest" in out else None,
        conv & ~failed,
        resid,
        iters,
        failed,
    )


def _sub_op(op: _Op, rows: np.ndarray) -> _Op:
    return lambda idx, V: op(rows[idx], V)


# ============================================================== shared plumbing
def _check_int(name: str, value: Any, low: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < low:
        raise ValueError(f"{name} must be an integer >= {low}, got {value!r}")
    return int(value)


def _check_tol(tol: Any) -> float:
    if isinstance(tol, bool) or not isinstance(tol, (int, float)) or not (0 < tol < 1):
        raise ValueError(f"tol must be a number in (0, 1), got {tol!r}")
    return float(tol)


class _Setup:
    """Validated inputs shared by the public functions, entered inside ``preserved``."""

    def __init__(
        self,
        model: nn.Module,
        data: Any,
        loss_fn: Metric | None,
        device: Any,
        batch_size: int | None,
        subsample: int | None,
        bn: str,
        params: Sequence[str] | None = None,
        center: Any = None,
        hvp: str = "auto",
    ) -> None:
        check_model(model)
        check_choice("bn", bn, BN_MODES)
        check_choice("hvp", hvp, HVP_MODES)
        self.hvp = hvp
        if subsample is not None:
            _check_int("subsample", subsample)
        # DataParallel / DistributedDataParallel: the Hessian is the wrapped module's
        # (torch.func cannot call through the wrapper); names keep the wrapper's prefix
        # ("module.") where they meet the caller (params, directions, center)
        self.wrapper = model
        self.prefix = ""
        while isinstance(model, _WRAPPERS):
            model = model.module
            self.prefix += "module."
        self.model = model
        self.loss = resolve_metrics(("loss",), loss_fn)["loss"]
        self.loss_name = (
            getattr(loss_fn, "__name__", type(loss_fn).__name__) if loss_fn else ("cross_entropy")
        )
        self.device = resolve_device(device)
        self.data = as_eval_data(data, self.device, batch_size=batch_size, subsample=subsample)
        self.bn = bn
        named = OrderedDict(model.named_parameters())
        if params is not None:
            if isinstance(params, str):
                params = [params]
            params = [self.unprefixed(p) for p in params]
            unknown = [p for p in params if p not in named]
            if unknown or not params:
                raise ValueError(
                    f"params must name parameters of the model; unknown: {unknown[:5]} "
                    f"(the model has {list(named)[:8]}{' ...' if len(named) > 8 else ''})"
                )
        self.params = None if params is None else list(params)
        names = self.params or list(named)
        nonfloat = [n for n in names if not named[n].is_floating_point()]
        if nonfloat:
            raise ValueError(f"parameters {nonfloat[:5]} are not floating point")
        if center is not None and self.prefix and isinstance(center, Mapping):
            center = {self.unprefixed(k): v for k, v in center.items()}
        elif isinstance(center, _WRAPPERS):
            center = center.module
        self.center = None if center is None else state_tensors(center, model, "center")
        self._bn_saved: list[tuple[nn.Module, bool]] = []

    def unprefixed(self, name: str) -> str:
        """A name of the wrapper's state as the wrapped module calls it."""
        return name[len(self.prefix) :] if self.prefix and name.startswith(self.prefix) else name

    def enter(self) -> None:
        """Put the model in the evaluation mode (call inside ``preserved(model)``).

        ``bn="train"`` puts normalization layers only in training mode (batch statistics);
        Dropout and every other module stay in eval mode, so the Hessian is deterministic.
        """
        set_norm_mode(self.wrapper, self.bn == "train")
        if self.bn == "train":
            # batch statistics without touching the running buffers
            for mod in self.model.modules():
                if isinstance(mod, nn.modules.batchnorm._BatchNorm):
                    self._bn_saved.append((mod, mod.track_running_stats))
                    mod.track_running_stats = False

    def exit(self) -> None:
        for mod, flag in self._bn_saved:
            mod.track_running_stats = flag
        self._bn_saved.clear()

    def hessian(self, names: Sequence[str] | None = None) -> _Hessian:
        return _Hessian(
            self.model, self.data, self.loss, self.device, names or self.params, self.center,
            self.hvp,
        )  # fmt: skip


class _Session:
    """``with _Session(setup) as s`` == preserved model + evaluation mode."""

    def __init__(self, setup: _Setup) -> None:
        self.setup = setup
        self._cm = preserved(setup.wrapper)

    def __enter__(self) -> _Setup:
        self._cm.__enter__()
        try:
            self.setup.enter()
        except BaseException:
            self.setup.exit()
            self._cm.__exit__(None, None, None)
            raise
        return self.setup

    def __exit__(self, *exc: Any) -> None:
        try:
            self.setup.exit()
        finally:
            self._cm.__exit__(*exc)


def _check_center_loss(H: _Hessian) -> float:
    f0 = H.value()
    if not math.isfinite(f0):
        raise ValueError(
            f"the loss at the model's weights is {f0} (not finite), so its curvature is "
            "undefined; check the data for NaN/inf, the weights, and loss_fn"
        )
    return f0


def _start(P: int, K: int, seed: int, device: torch.device) -> torch.Tensor:
    g = torch.Generator().manual_seed(int(seed))
    v = torch.randn(P, generator=g, dtype=torch.float64)
    return v.to(device).expand(K, P).clone()


def _rademacher(n: int, P: int, seed: int, device: torch.device) -> torch.Tensor:
    g = torch.Generator().manual_seed(int(seed))
    z = torch.randint(0, 2, (n, P), generator=g, dtype=torch.int8).to(torch.float64) * 2 - 1
    return z.to(device)


def _solve(
    H: _Hessian,
    k: int,
    which: str,
    method: str,
    max_iter: int | None,
    tol: float,
    seed: int,
    vectors: bool = False,
) -> _SolveOut:
    def op(idx: np.ndarray, V: torch.Tensor) -> torch.Tensor:
        HV, _ = H.matvec(V)
        return HV

    v0 = _start(H.P, 1, seed, H.device)
    if method == "lanczos":
        mi = max_iter if max_iter is not None else max(100, 4 * k + 20)
        return _lanczos(op, v0, k, which, mi, tol, vectors=vectors, seed=seed)
    mi = max_iter if max_iter is not None else 1000
    return _power(op, v0, k, which, mi, tol, vectors=vectors)


def _raise_if_failed(out: _SolveOut) -> None:
    if out.failed.any():
        raise FloatingPointError(
            "a Hessian-vector product was not finite (NaN/inf): the loss may not be twice "
            "differentiable at these weights (e.g. sqrt or log at 0) or it overflows; "
            "try a float64 model or check loss_fn"
        )


def _warn_unconverged(what: str, out: _SolveOut, tol: float, stacklevel: int = 3) -> None:
    if not out.converged.all():
        warnings.warn(
            f"lossviz: {what} did not converge in {int(out.iterations.max())} iterations "
            f"(relative residual {float(np.nanmax(out.residual)):.2e} > tol={tol:g}); "
            "the values are estimates: raise max_iter or tol",
            HessianConvergenceWarning,
            stacklevel=stacklevel,
        )


# ============================================================== public: eigenvalues
@dataclass
class EigenResult:
    """Extreme Hessian eigenvalues with convergence information.

    Attributes
    ----------
    values : numpy.ndarray
        As returned by `hessian_eigenvalues`.
    converged : bool
        All wanted eigenpairs reached ``tol``.
    residual : float
        Largest relative residual ``||H v - lambda v|| / max|lambda|`` of the wanted pairs
        (an upper bound on each eigenvalue's relative error).
    n_hvp : int
        Hessian-vector products computed.
    iterations : int
        Solver iterations.
    method : str
        ``"lanczos"`` or ``"power"``.
    vectors : numpy.ndarray or None
        Unit eigenvectors (rows, flat over the parameters), when requested.
    """

    values: np.ndarray
    converged: bool
    residual: float
    n_hvp: int
    iterations: int
    method: str
    vectors: np.ndarray | None = None


def _values(out: _SolveOut, which: str, row: int = 0) -> np.ndarray:
    if which == "largest":
        return out.largest[row].copy()
    if which == "smallest":
        return out.smallest[row].copy()
    return np.concatenate([out.smallest[row], out.largest[row][::-1]])


def hessian_eigenvalues(
    model: nn.Module,
    data: Any,
    k: int = 1,
    which: str = "largest",
    method: str = "lanczos",
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    max_iter: int | None = None,
    tol: float = 1e-4,
    seed: int = 0,
    batch_size: int | None = None,
    subsample: int | None = None,
    bn: str = "eval",
    hvp: str = "auto",
    params: Sequence[str] | None = None,
    per_layer: bool | str = False,
    return_info: bool = False,
) -> Any:
    """Extreme eigenvalues of the Hessian of the loss over ``data``.

    Parameters
    ----------
    model : torch.nn.Module
        The model (never modified; bit-identical afterwards, also after an exception).
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data; the loss is the mean over all of it.
    k : int
        Number of eigenvalues at each requested end.
    which : {"largest", "smallest", "both"}
        ``"largest"``: the ``k`` algebraically largest, descending. ``"smallest"``: the
        ``k`` most negative (smallest), ascending. ``"both"``: ``2k`` values ascending,
        the ``k`` smallest then the ``k`` largest (``lmin, lmax = ...`` for ``k = 1``).
    method : {"lanczos", "power"}
        Lanczos with full reorthogonalization (default; both ends in one run) or power
        iteration with shifts and deflation.
    loss_fn : callable, optional
        ``f(output, y) -> mean loss``; cross-entropy by default.
    device : str or torch.device
        ``"auto"`` (CUDA when available), ``"cpu"``, ``"cuda"``.
    max_iter : int, optional
        Iteration limit (Lanczos: Krylov dimension, default ``max(100, 4k + 20)``; power:
        iterations per run, default 1000).
    tol : float
        Stop when every wanted pair has ``||H v - lambda v|| <= tol * max|lambda|``.
    seed : int
        Seed of the start vector.
    batch_size, subsample : int, optional
        As in `lossviz.surface`.
    bn : {"eval", "train"}
        Normalization layers with running statistics (default) or batch statistics;
        Dropout and other modules stay in eval mode either way (deterministic).
    hvp : {"auto", "forward", "reverse"}
        How HVPs are computed, both with ``torch.func``: forward-over-reverse
        ``jvp(grad(f))`` or reverse-over-reverse ``vjp(grad(f))``; ``"auto"`` times both
        once per model and data and keeps the faster. Models that torch.func cannot
        transform fall back to autograd double backward (with a warning).
    params : sequence of str, optional
        Restrict the Hessian to these parameters (the block of the Hessian); others are
        held fixed. Default: all parameters.
    per_layer : bool or {"parameter", "module"}
        Return ``{name: values}``, one Hessian block per parameter tensor (``True`` or
        ``"parameter"``) or per module's own parameters (``"module"``); a block smaller
        than ``k`` gives all its eigenvalues.
    return_info : bool
        Return an `EigenResult` (values, convergence, residual, HVP count).

    Returns
    -------
    numpy.ndarray or EigenResult or dict
        The eigenvalues (float64).

    Warns
    -----
    HessianConvergenceWarning
        When ``max_iter`` is reached first; ``return_info=True`` gives the residual.

    Notes
    -----
    Lanczos from one start vector sees a repeated eigenvalue once unless the Krylov space
    closes exactly; for ``k > 1`` with nearly repeated eigenvalues prefer ``"power"``.

    Examples
    --------
    >>> import torch, lossviz as lv
    >>> X, y = torch.randn(64, 2), torch.randint(0, 3, (64,))
    >>> net = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.Tanh(), torch.nn.Linear(8, 3))
    >>> lmin, lmax = lv.hessian_eigenvalues(net, (X, y), which="both", device="cpu")
    >>> bool(lmin <= lmax)
    True
    """
    k = _check_int("k", k)
    check_choice("which", which, WHICH)
    check_choice("method", method, METHODS)
    tol = _check_tol(tol)
    if max_iter is not None:
        _check_int("max_iter", max_iter)
    if per_layer not in (False, True, "parameter", "module"):
        raise ValueError(
            f"per_layer={per_layer!r} is not allowed; choose False, True, 'parameter' or 'module'"
        )
    setup = _Setup(model, data, loss_fn, device, batch_size, subsample, bn, params, hvp=hvp)
    with _Session(setup) as s:
        if per_layer:
            groups = _layer_groups(s.model, "module" if per_layer == "module" else "parameter")
            result: dict[str, Any] = {}
            for gname, names in groups.items():
                H = s.hessian(names)
                if gname == next(iter(groups)):
                    _check_center_loss(H)
                out = _solve(H, k, which, method, max_iter, tol, seed)
                _raise_if_failed(out)
                _warn_unconverged(f"{method} for {gname!r}", out, tol)
                vals = _values(out, which)
                result[gname] = (
                    EigenResult(
                        vals,
                        bool(out.converged[0]),
                        float(out.residual[0]),
                        H.n_hvp,
                        int(out.iterations[0]),
                        method,
                    )  # fmt: skip
                    if return_info
                    else vals
                )
            return result
        H = s.hessian()
        if k > H.P:
            raise ValueError(f"k={k} exceeds the number of parameters ({H.P})")
        _check_center_loss(H)
        out = _solve(H, k, which, method, max_iter, tol, seed, vectors=return_info)
        _raise_if_failed(out)
        _warn_unconverged(method, out, tol)
        vals = _values(out, which)
        if not return_info:
            return vals
        vecs = None
        if which == "largest" and out.vec_largest is not None:
            vecs = out.vec_largest[0].cpu().numpy()
        elif which == "smallest" and out.vec_smallest is not None:
            vecs = out.vec_smallest[0].cpu().numpy()
        elif out.vec_largest is not None and out.vec_smallest is not None:
            vecs = np.concatenate(
                [out.vec_smallest[0].cpu().numpy(), out.vec_largest[0].cpu().numpy()[::-1]]
            )
        return EigenResult(
            vals, bool(out.converged[0]), float(out.residual[0]), H.n_hvp,
            int(out.iterations[0]), method, vecs,
        )  # fmt: skip


def _layer_groups(model: nn.Module, by: str) -> OrderedDict[str, list[str]]:
    groups: OrderedDict[str, list[str]] = OrderedDict()
    if by == "parameter":
        for n, p in model.named_parameters():
            if p.is_floating_point():
                groups[n] = [n]
        return groups
    for mname, mod in model.named_modules():
        names = [
            f"{mname}.{pn}" if mname else pn
            for pn, p in mod.named_parameters(recurse=False)
            if p.is_floating_point()
        ]
        if names:
            groups[mname or type(mod).__name__] = names
    return groups


def layer_eigenvalues(
    model: nn.Module,
    data: Any,
    by: str = "module",
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    **kwargs: Any,
) -> dict[str, float]:
    """Top eigenvalue of each layer's Hessian block (the other parameters held fixed).

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    by : {"module", "parameter"}
        One block per module (its weight and bias together) or per parameter tensor.
    loss_fn, device
        As in `hessian_eigenvalues`.
    **kwargs
        Passed to `hessian_eigenvalues` (``method``, ``tol``, ``max_iter``, ...).

    Returns
    -------
    dict of str to float
        ``{module or parameter name: lambda_max}`` in model order.
    """
    check_choice("by", by, ("module", "parameter"))
    for bad in ("k", "which", "per_layer", "return_info"):
        if bad in kwargs:
            raise TypeError(f"layer_eigenvalues() does not take {bad}=")
    out = hessian_eigenvalues(
        model, data, k=1, which="largest", loss_fn=loss_fn, device=device, per_layer=by,
        **kwargs,
    )  # fmt: skip
    return {n: float(v[0]) for n, v in out.items()}


def hessian_vector_product(
    model: nn.Module,
    data: Any,
    vector: Mapping[str, torch.Tensor] | torch.Tensor,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    batch_size: int | None = None,
    bn: str = "eval",
    hvp: str = "auto",
) -> OrderedDict[str, torch.Tensor]:
    """The Hessian of the mean loss over ``data`` times ``vector``.

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    vector : mapping of str to torch.Tensor, or torch.Tensor
        ``{param_name: tensor}`` over all parameters, or one flat vector.
    loss_fn, device, batch_size, bn, hvp
        As in `hessian_eigenvalues`.

    Returns
    -------
    OrderedDict of str to torch.Tensor
        ``H v`` shaped like the parameters.
    """
    setup = _Setup(model, data, loss_fn, device, batch_size, None, bn, hvp=hvp)
    with _Session(setup) as s:
        H = s.hessian()
        if isinstance(vector, torch.Tensor):
            if vector.dim() != 1 or vector.numel() != H.P:
                raise ValueError(
                    f"vector must be flat with {H.P} elements, got shape {tuple(vector.shape)}"
                )
            v = vector
        elif isinstance(vector, Mapping):
            vector = {s.unprefixed(k): v for k, v in vector.items()}
            missing = [n for n in H.names if n not in vector]
            if missing:
                raise ValueError(f"vector has no tensor for parameter(s) {missing[:5]}")
            for n in H.names:
                if tuple(vector[n].shape) != tuple(H.like[n].shape):
                    raise ValueError(
                        f"vector[{n!r}] has shape {tuple(vector[n].shape)}, the parameter "
                        f"has {tuple(H.like[n].shape)}"
                    )
            v = torch.cat([vector[n].reshape(-1).to(H.device, torch.float64) for n in H.names])
        else:
            raise TypeError(f"vector must be a mapping or a tensor, got {type(vector).__name__}")
        HV, _ = H.matvec(v.reshape(1, -1).to(H.device, torch.float64))
        return OrderedDict((s.prefix + k, t) for k, t in H.unflatten(HV[0]).items())


# ============================================================== public: trace, density
@dataclass
class TraceEstimate:
    """Hutchinson estimate of the Hessian trace.

    Attributes
    ----------
    estimate : float
        Mean of ``z^T H z`` over the probes.
    ci : tuple of float
        95% confidence interval ``estimate -/+ 1.96 s / sqrt(n_probes)``.
    std_error : float
        ``s / sqrt(n_probes)`` (``s``: sample standard deviation).
    n_probes : int
        Rademacher probes used (= HVPs).
    samples : numpy.ndarray
        The individual ``z^T H z``.
    """

    estimate: float
    ci: tuple[float, float]
    std_error: float
    n_probes: int
    samples: np.ndarray = field(repr=False)

    def __float__(self) -> float:
        return self.estimate

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)

    def as_dict(self) -> dict[str, Any]:
        """``{"estimate", "ci", "std_error", "n_probes"}`` (JSON-friendly)."""
        return {
            "estimate": self.estimate,
            "ci": list(self.ci),
            "std_error": self.std_error,
            "n_probes": self.n_probes,
        }

    def __str__(self) -> str:
        return (
            f"trace ~ {self.estimate:.6g} (95% CI {self.ci[0]:.6g} .. {self.ci[1]:.6g}, "
            f"{self.n_probes} probes)"
        )


def _trace(H: _Hessian, n_probes: int, seed: int, chunk: int, vectorize: bool) -> TraceEstimate:
    Z = _rademacher(n_probes, H.P, seed, H.device)
    samples = np.empty(n_probes)
    for s in range(0, n_probes, chunk):
        z = Z[s : s + chunk]
        HZ, _ = H.matvec(z, vectorize=vectorize)
        if not torch.isfinite(HZ).all():
            raise FloatingPointError(
                "a Hessian-vector product was not finite (NaN/inf); the trace is undefined"
            )
        samples[s : s + len(z)] = (z * HZ).sum(dim=1).cpu().numpy()
    est = float(samples.mean())
    se = float(samples.std(ddof=1) / math.sqrt(n_probes))
    return TraceEstimate(est, (est - 1.96 * se, est + 1.96 * se), se, n_probes, samples)


def hessian_trace(
    model: nn.Module,
    data: Any,
    n_probes: int = 100,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    seed: int = 0,
    vectorize: bool | None = None,
    batch_size: int | None = None,
    subsample: int | None = None,
    bn: str = "eval",
    hvp: str = "auto",
    params: Sequence[str] | None = None,
) -> TraceEstimate:
    """Hutchinson estimate of the Hessian trace with a 95% confidence interval.

    ``tr(H) = E[z^T H z]`` for Rademacher ``z`` (entries +-1); the interval is
    ``mean -/+ 1.96 s / sqrt(n_probes)``.

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    n_probes : int
        Number of probes (>= 2), one HVP each.
    loss_fn, device, batch_size, subsample, bn, hvp, params
        As in `hessian_eigenvalues`.
    seed : int
        Seed of the probes.
    vectorize : bool, optional
        vmap the HVP over chunks of probes (default: on CUDA only, where it wins).

    Returns
    -------
    TraceEstimate
        ``.estimate``, ``.ci`` (low, high), ``.n_probes``, ``.std_error``, ``.samples``;
        also indexable like a dict (``res["estimate"]``).
    """
    n_probes = _check_int("n_probes", n_probes, 2)
    setup = _Setup(model, data, loss_fn, device, batch_size, subsample, bn, params, hvp=hvp)
    with _Session(setup) as s:
        H = s.hessian()
        _check_center_loss(H)
        vec = (H.device.type == "cuda") if vectorize is None else bool(vectorize)
        return _trace(H, n_probes, seed, 32 if vec else n_probes, vec)


@dataclass
class HessianSpectrum:
    """Spectral density of the Hessian from stochastic Lanczos quadrature.

    Attributes
    ----------
    bin_centers : numpy.ndarray
        Eigenvalue axis (evenly spaced).
    density : numpy.ndarray
        Smoothed density at ``bin_centers``; integrates to 1 (``sum * bin width``).
    nodes : numpy.ndarray
        ``(n_runs, n_iter)`` Ritz values of each run (Gauss quadrature nodes).
    weights : numpy.ndarray
        ``(n_runs, n_iter)`` quadrature weights (each row sums to 1).
    sigma : float
        Width of the Gaussian kernel.
    n_hvp : int
        Hessian-vector products used.
    """

    bin_centers: np.ndarray
    density: np.ndarray
    nodes: np.ndarray
    weights: np.ndarray
    sigma: float
    n_hvp: int

    def moment(self, order: int = 1) -> float:
        """Quadrature estimate of ``tr(H^order) / P`` (order 1: mean eigenvalue)."""
        return float(np.mean(np.sum(self.weights * self.nodes**order, axis=1)))


def hessian_spectrum(
    model: nn.Module,
    data: Any,
    n_iter: int = 80,
    n_runs: int = 1,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    n_bins: int = 200,
    sigma: float = 1e-3,
    seed: int = 0,
    batch_size: int | None = None,
    subsample: int | None = None,
    bn: str = "eval",
    hvp: str = "auto",
    params: Sequence[str] | None = None,
) -> HessianSpectrum:
    """Hessian eigenvalue density by stochastic Lanczos quadrature (SLQ).

    Each run is ``n_iter`` Lanczos steps from a normalized Rademacher vector; the
    eigenvalues of the tridiagonal matrix are quadrature nodes weighted by the squared
    first components of its eigenvectors. The density is the average over runs of
    Gaussians of width ``sigma * (max - min)`` at the nodes, for a histogram-like plot.

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    n_iter : int
        Lanczos steps per run (capped at the number of parameters).
    n_runs : int
        Independent runs averaged (more = smoother, unbiased density).
    loss_fn, device, batch_size, subsample, bn, hvp, params
        As in `hessian_eigenvalues`.
    n_bins : int
        Points of the returned density grid.
    sigma : float
        Kernel width relative to the spectrum's extent.
    seed : int
        Seed of the probes.

    Returns
    -------
    HessianSpectrum
    """
    n_iter = _check_int("n_iter", n_iter, 2)
    n_runs = _check_int("n_runs", n_runs)
    n_bins = _check_int("n_bins", n_bins, 2)
    if not (isinstance(sigma, (int, float)) and sigma > 0):
        raise ValueError(f"sigma must be a positive number, got {sigma!r}")
    setup = _Setup(model, data, loss_fn, device, batch_size, subsample, bn, params, hvp=hvp)
    with _Session(setup) as s:
        H = s.hessian()
        _check_center_loss(H)
        vec = H.device.type == "cuda"

        def op(idx: np.ndarray, V: torch.Tensor) -> torch.Tensor:
            return H.matvec(V, vectorize=vec)[0]

        Z = _rademacher(n_runs, H.P, seed, H.device)
        # a fixed n_iter steps (fewer only if the Krylov space closes); the tridiagonal
        # matrix of each probe is eigen-decomposed once, at the end
        out = _lanczos(op, Z, H.P, "both", n_iter, 1e-300, seed=seed, monitor=False)
        _raise_if_failed(out)
    m = int(out.iterations.max())
    nodes_a = np.full((n_runs, m), np.nan)
    weights_a = np.zeros((n_runs, m))
    for i, (ev, wt) in enumerate(out.quadrature):
        nodes_a[i, : len(ev)] = ev
        weights_a[i, : len(ev)] = wt
    lo, hi = float(np.nanmin(nodes_a)), float(np.nanmax(nodes_a))
    width = max(hi - lo, 1e-12 * max(abs(lo), abs(hi), 1.0))
    sig = float(sigma) * width
    grid = np.linspace(lo - 5 * sig - 0.01 * width, hi + 5 * sig + 0.01 * width, n_bins)
    dens = np.zeros(n_bins)
    for nd, wt in zip(nodes_a, weights_a, strict=True):
        ok = np.isfinite(nd)
        diff = grid[:, None] - nd[ok][None, :]
        dens += (wt[ok][None, :] * np.exp(-0.5 * (diff / sig) ** 2)).sum(axis=1)
    dens /= n_runs * sig * math.sqrt(2 * math.pi)
    dens /= max(float(dens.sum() * (grid[1] - grid[0])), _TINY)
    return HessianSpectrum(grid, dens, nodes_a, weights_a, sig, H.n_hvp)


# ============================================================== public: convexity maps
def _act_bytes(H: _Hessian) -> int:
    """Bytes of all module outputs for one forward over the largest batch."""
    from .evaluate import output_bytes

    x, y = max(H.data.batches, key=lambda b: _batch_len(b[0]))
    return output_bytes(H.model, lambda: H._loss_one(H.theta, {}, x, y))


def _map_chunk_size(H: _Hessian, iters: int, requested: int | None) -> int:
    from .evaluate import _available_bytes

    if requested is not None:
        return requested
    per_point = 6 * _act_bytes(H) + (iters + 6) * H.P * 8
    budget = _available_bytes(H.device) // 4
    cap = 256 if H.device.type == "cuda" else 32
    return int(max(1, min(cap, budget // max(per_point, 1))))


def _ratio(lmin: np.ndarray, lmax: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(lmin >= 0, 0.0, np.abs(lmin) / np.abs(lmax))
    r[~np.isfinite(r)] = np.nan
    r[np.isnan(lmin) | np.isnan(lmax)] = np.nan
    return r


def eigen_ratio_surface(
    model: nn.Module,
    data: Any,
    dirs: Directions,
    a: Any = (-1.0, 1.0, 21),
    b: Any = None,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    progress: bool = True,
    *,
    method: str = "lanczos",
    max_iter: int | None = None,
    tol: float = 1e-3,
    strategy: str = "auto",
    chunk_size: int | None = None,
    batch_size: int | None = None,
    bn: str = "eval",
    hvp: str = "auto",
    subsample: int | None = None,
    center: nn.Module | Mapping[str, torch.Tensor] | None = None,
    cancel: Any = None,
    callback: Callable[[Landscape, int, int], None] | None = None,
    seed: int = 0,
    warm_start: bool = True,
    unconverged: str = "keep",
    store_directions: bool = True,
) -> Landscape:
    """Convexity map: Hessian extreme eigenvalues at every grid point (Li et al., sec. 6).

    At each point ``theta* + a d1 + b d2`` the most negative and the largest eigenvalue of
    the Hessian are found (Lanczos or power iteration on HVPs) and mapped as
    ``|lambda_min / lambda_max|``: near 0 where the landscape is locally (nearly) convex,
    large where it is strongly non-convex. Where ``lambda_min >= 0`` (locally convex) the
    ratio is exactly 0.

    Parameters
    ----------
    model : torch.nn.Module
        The model at the center point (never modified).
    data : tuple of (X, y), Dataset or DataLoader
    dirs : Directions
        One (1D) or two (2D) directions, e.g. from `lossviz.random_directions`.
    a, b : tuple (min, max, num) or array_like
        Grid axes as in `lossviz.surface` (default 21 points on [-1, 1]).
    loss_fn : callable, optional
        ``f(output, y) -> mean loss``; cross-entropy by default.
    device : str or torch.device
        ``"auto"``, ``"cpu"``, ``"cuda"``.
    progress : bool
        Show a tqdm progress bar.
    method : {"lanczos", "power"}
        Eigenvalue solver (Lanczos: both ends in one run).
    max_iter : int, optional
        Iteration limit per point (default 60 for Lanczos, 500 per run for power).
    tol : float
        Relative residual at which a point's eigenvalues count as converged.
    strategy : {"auto", "loop", "vmap"}
        ``"vmap"``: the solver runs in lockstep over a chunk of grid points with one
        vmapped HVP per step; ``"loop"``: point by point; ``"auto"`` measures both.
    chunk_size : int, optional
        Grid points per chunk (default from free memory).
    batch_size, bn, subsample, center, cancel, store_directions
        As in `lossviz.surface`.
    callback : callable, optional
        ``callback(partial, done, total)`` after each chunk of grid points, as in
        `lossviz.surface`; ``partial.meta["estimate_s"]`` is the projected total time in
        seconds (set-up plus the mean time per finished point times all points) and
        ``partial.meta["elapsed_s"]`` the time so far. The progress bar shows the same
        projection. To know the cost before starting, use `estimate_eigen_ratio_time`.
    hvp : {"auto", "forward", "reverse"}
        As in `hessian_eigenvalues`.
    seed : int
        Seed of the solver's random start vector (the same at every point).
    warm_start : bool
        Start each point's solver from its grid neighbour's extreme eigenvectors (plus
        the random start vector), which cuts the HVPs per point; the results agree with
        cold starts within ``tol``.
    unconverged : {"keep", "nan"}
        Points whose solver hit ``max_iter`` keep the solver's estimates (default, with a
        warning and their indices in ``meta["unconverged_points"]``) or become NaN.

    Returns
    -------
    Landscape
        Metrics ``"loss"``, ``"lambda_min"``, ``"lambda_max"`` and ``"eigen_ratio"``;
        ``meta["n_hvp"]``, ``meta["unconverged"]`` (points that hit ``max_iter``),
        ``meta["seconds"]`` and ``meta["first_estimate_s"]`` (the projection after the
        first chunk).

    Warns
    -----
    HessianConvergenceWarning
        If some points did not converge (their values are the solver's estimates).

    Notes
    -----
    ``tol`` bounds each point's residual, so every reported value is within about
    ``tol * max|lambda|`` of an eigenvalue; where the extreme eigenvalues form a tight
    cluster (often the small negative ones) the value may be another member of the
    cluster. On the digits MLP, warm and cold starts agreed to 0.5% of ``lambda_max``
    at ``tol = 1e-3``; lower ``tol`` for quantitative use.
    """

    check_choice("unconverged", unconverged, ("keep", "nan"))
    job = _RatioMap(
        model, data, dirs, a, b, loss_fn, device, method=method, max_iter=max_iter, tol=tol,
        strategy=strategy, chunk_size=chunk_size, batch_size=batch_size, bn=bn, hvp=hvp,
        subsample=subsample, center=center, seed=seed, warm_start=warm_start,
    )  # fmt: skip
    npts = job.npts
    bar = _progress_bar(npts, progress, "lossviz eigen ratio")

    def on_chunk(n: int) -> None:
        est = job.estimate_s()
        if bar is not None:
            bar.update(n)
            if est is not None:
                bar.set_postfix_str(f"total ≈ {_format_seconds(est)}", refresh=False)
        if callback is not None:
            callback(job.partial(), job.done, npts)

    try:
        job.run(cancel, on_chunk)
    finally:
        if bar is not None:
            bar.close()
    values, conv, resid, meta, mi = job.values, job.conv, job.resid, job.meta, job.mi
    nbad = int(np.isnan(values[:, 0]).sum())
    if nbad:
        warnings.warn(
            f"lossviz: {nbad} of {npts} grid points gave a non-finite loss or Hessian; "
            "they are NaN in the result",
            RuntimeWarning,
            stacklevel=2,
        )
    unconv = np.flatnonzero(~conv)
    meta["unconverged"] = int(unconv.size)
    meta["unconverged_points"] = [
        [int(v) for v in np.unravel_index(i, job.shape)] for i in unconv[:100]
    ]
    meta["max_residual"] = float(np.nanmax(resid)) if np.isfinite(resid).any() else None
    if unconv.size:
        if unconverged == "nan":
            values[unconv, 1:] = np.nan
        warnings.warn(
            f"lossviz: the eigenvalues did not converge at {unconv.size} of {npts} grid "
            f"points within max_iter={mi} (largest relative residual "
            f"{meta['max_residual']:.2e} > tol={job.tol:g}); their values are "
            + ("set to NaN" if unconverged == "nan" else "estimates")
            + " (see meta['unconverged_points']); raise max_iter or tol",
            HessianConvergenceWarning,
            stacklevel=2,
        )
    meta["seconds"] = round(time.perf_counter() - job.t_start, 4)
    meta.pop("elapsed_s", None)
    meta.pop("estimate_s", None)
    mets = {m: values[:, j].reshape(job.shape) for j, m in enumerate(_RatioMap.NAMES)}
    return Landscape(tuple(job.coords), mets, meta, dirs.numpy() if store_directions else None)


def _format_seconds(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


class _RatioMap:
    """One eigen-ratio map: validated settings, then grid points solved chunk by chunk.

    The time per point is measured as chunks finish: `estimate_s` projects the total from
    the set-up time plus the mean time per finished point (the first chunk runs without
    warm starts, so early projections err long).
    """

    NAMES = ("loss", "lambda_min", "lambda_max", "eigen_ratio")

    def __init__(
        self,
        model: nn.Module,
        data: Any,
        dirs: Directions,
        a: Any,
        b: Any,
        loss_fn: Metric | None,
        device: Any,
        *,
        method: str,
        max_iter: int | None,
        tol: float,
        strategy: str,
        chunk_size: int | None,
        batch_size: int | None,
        bn: str,
        hvp: str,
        subsample: int | None,
        center: Any,
        seed: int,
        warm_start: bool,
    ) -> None:
        self.t_start = time.perf_counter()
        check_grid_directions(model, dirs)
        check_choice("method", method, METHODS)
        check_choice("strategy", strategy, STRATEGIES)
        self.tol = _check_tol(tol)
        if max_iter is not None:
            _check_int("max_iter", max_iter)
        if chunk_size is not None:
            _check_int("chunk_size", chunk_size)
        self.coords = grid_axes(dirs, a, b)
        self.shape = tuple(c.size for c in self.coords)
        self.npts = math.prod(self.shape)
        self.C = grid_coefficients(self.coords)
        self.setup = _Setup(
            model, data, loss_fn, device, batch_size, subsample, bn, None, center, hvp=hvp
        )
        self.mi = max_iter if max_iter is not None else (60 if method == "lanczos" else 500)
        self.model, self.dirs, self.method = model, dirs, method
        self.strategy, self.chunk_size = strategy, chunk_size
        self.seed, self.warm_start, self.bn = seed, bool(warm_start), bn
        self.values = np.full((self.npts, 4), np.nan)
        self.conv = np.ones(self.npts, dtype=bool)
        self.resid = np.full(self.npts, np.nan)
        self.meta: dict[str, Any] = {}
        self.done = 0
        self.setup_s: float | None = None
        self.first_estimate_s: float | None = None

    def elapsed_s(self) -> float:
        return time.perf_counter() - self.t_start

    def estimate_s(self) -> float | None:
        """Projected total seconds of the whole map (None before the first chunk)."""
        if self.done == 0 or self.setup_s is None:
            return None
        per_point = max(self.elapsed_s() - self.setup_s, 0.0) / self.done
        return self.setup_s + per_point * self.npts

    def partial(self) -> Landscape:
        meta = dict(self.meta)
        meta["elapsed_s"] = round(self.elapsed_s(), 4)
        meta["estimate_s"] = self.estimate_s()
        mets = {m: self.values[:, j].reshape(self.shape).copy() for j, m in enumerate(self.NAMES)}
        return Landscape(tuple(self.coords), mets, meta)

    def run(
        self,
        cancel: Any = None,
        on_chunk: Callable[[int], None] | None = None,
        sample: bool = False,
    ) -> None:
        """Solve the grid points in order, in the model's session.

        ``sample=True`` solves only one chunk of points spread over the grid (for
        `estimate_eigen_ratio_time`) and stores no values.
        """
        with _Session(self.setup) as s:
            H = s.hessian()
            _check_center_loss(H)
            self._run(H, cancel, on_chunk, sample)

    def _run(self, H: _Hessian, cancel: Any, on_chunk: Any, sample: bool) -> None:
        dirs, dev, warm_start, seed = self.dirs, H.device, self.warm_start, self.seed
        pre = self.setup.prefix
        D = torch.stack(
            [
                torch.cat([d[pre + n].reshape(-1).to(dev, torch.float64) for n in H.names])
                for d in dirs
            ]
        )
        bufdirs = {}
        for name in dirs.names:
            n = self.setup.unprefixed(name)
            if n in H.like:
                continue
            Dn = torch.stack([d[name].to(dev, torch.float64) for d in dirs])
            if bool((Dn != 0).any()):
                bufdirs[n] = (H.fixed[n].to(torch.float64), Dn)
        theta0 = H.theta.to(torch.float64)

        def run_chunk(Cc: np.ndarray, vectorize: bool, V0: Any = None) -> tuple:
            Ct = torch.as_tensor(Cc, device=dev, dtype=torch.float64)
            thetas = (theta0 + Ct @ D).to(H.dtype)
            extras = {
                n: (base + torch.tensordot(Ct, Dn, dims=1)).to(H.fixed[n].dtype)
                for n, (base, Dn) in bufdirs.items()
            }
            losses = np.full(len(Cc), np.nan)
            seen = np.zeros(len(Cc), dtype=bool)

            def op(idx: np.ndarray, V: torch.Tensor) -> torch.Tensor:
                ti = torch.as_tensor(idx, device=dev)
                HV, vals = H.matvec(V, thetas[ti], {n: e[ti] for n, e in extras.items()}, vectorize)
                new = ~seen[idx]
                losses[idx[new]] = vals.cpu().numpy()[new]
                seen[idx] = True
                return HV

            v0 = _start(H.P, len(Cc), seed, dev)
            if V0 is not None:
                # warm start: the neighbour's extreme eigenvectors plus an equal share
                # of the fixed random vector (keeps every direction in the Krylov space)
                r = v0 / v0.norm(dim=1, keepdim=True)
                w = V0 / V0.norm(dim=1, keepdim=True).clamp_min(_TINY)
                v0 = torch.where(torch.isfinite(w).all(dim=1, keepdim=True), w + r, r)
            if self.method == "lanczos":
                out = _lanczos(op, v0, 1, "both", self.mi, self.tol, vectors=warm_start, seed=seed)
            else:
                out = _power(op, v0, 1, "both", self.mi, self.tol, vectors=warm_start)
            lmin, lmax = out.smallest[:, 0], out.largest[:, 0]
            bad = ~np.isfinite(losses)
            lmin[bad] = lmax[bad] = np.nan
            vecs = None
            if warm_start and out.vec_smallest is not None and out.vec_largest is not None:
                vecs = out.vec_smallest[:, 0] + out.vec_largest[:, 0]
            return losses, lmin, lmax, out.converged | out.failed | bad, out.residual, vecs

        npts, shape = self.npts, self.shape
        chosen, k, note = _choose_map(H, self.C, self.strategy, self.chunk_size, self.mi, shape[-1])
        self.meta.update(
            {
                "kind": "eigen_ratio" if len(dirs) == 2 else "eigen_ratio_line",
                "directions": dirs.describe(),
                "axis_labels": dirs.axis_labels,
                "model": type(self.model).__name__,
                "n_params": int(sum(p.numel() for p in self.model.parameters())),
                "n_samples": int(H.data.n),
                "preview": bool(H.data.subsampled),
                "metrics": list(self.NAMES),
                "loss_fn": self.setup.loss_name,
                "bn": self.bn,
                "device": str(dev),
                "strategy": chosen,
                "chunk_size": int(k),
                "strategy_note": note,
                "method": self.method,
                "tol": self.tol,
                "max_iter": int(self.mi),
                "warm_start": bool(warm_start),
                "hvp_mode": H.mode,
                "torch_version": torch.__version__,
                "seed": dirs.meta.get("seed"),
                "norm": dirs.meta.get("norm"),
            }
        )
        self.setup_s = self.elapsed_s()
        if sample:
            # points spread over the whole grid (their cost varies with the position),
            # cold starts, in the chunking the map would use
            m = min(npts, k if chosen == "vmap" else _ESTIMATE_LOOP_POINTS)
            idx = np.unique(np.round(np.linspace(0, npts - 1, m)).astype(int))
            if chosen == "vmap":
                run_chunk(self.C[idx], True)
            else:
                for i in idx:
                    run_chunk(self.C[i : i + 1], False)
            self.done = int(idx.size)
            self.meta["n_hvp"] = H.n_hvp
            return
        stop = npts
        row = shape[-1]
        warm: dict[int, torch.Tensor] = {}
        values = self.values
        for start in range(0, stop, k):
            if _is_cancelled(cancel):
                self.meta["n_hvp"] = H.n_hvp
                from .evaluate import Cancelled

                raise Cancelled(landscape=self.partial())
            Cc = self.C[start : min(start + k, stop)]
            if chosen == "vmap":
                prev = [start + i - k for i in range(len(Cc))]
                V0 = None
                if warm_start and all(p in warm for p in prev):
                    V0 = torch.stack([warm[p] for p in prev])
                parts = [run_chunk(Cc, True, V0)]
                ids = [list(range(start, start + len(Cc)))]
            else:
                parts, ids = [], []
                for i in range(len(Cc)):
                    p = start + i
                    q = p - 1 if p % row else p - row
                    V0 = warm[q][None] if warm_start and q in warm else None
                    parts.append(run_chunk(Cc[i : i + 1], False, V0))
                    ids.append([p])
                    if warm_start and parts[-1][5] is not None:
                        warm[p] = parts[-1][5][0]
            if warm_start and chosen == "vmap" and parts[0][5] is not None:
                for p, v in zip(ids[0], parts[0][5], strict=True):
                    warm[p] = v
            for old_p in [p for p in warm if p < start + len(Cc) - max(k, row)]:
                del warm[old_p]
            losses, lmin, lmax, cv, rs = (
                np.concatenate(x) for x in list(zip(*parts, strict=True))[:5]
            )
            sl = slice(start, start + len(Cc))
            values[sl, 0], values[sl, 1], values[sl, 2] = losses, lmin, lmax
            values[sl, 3] = _ratio(lmin, lmax)
            self.conv[sl], self.resid[sl] = cv, rs
            self.done += len(Cc)
            if self.first_estimate_s is None:
                self.first_estimate_s = self.estimate_s()
                self.meta["first_estimate_s"] = round(float(self.first_estimate_s), 4)
            self.meta["n_hvp"] = H.n_hvp
            if on_chunk is not None:
                on_chunk(len(Cc))
        self.meta["n_hvp"] = H.n_hvp
        self.meta["hvp_mode"] = H.mode


#: grid points timed by `estimate_eigen_ratio_time` when the map runs point by point
_ESTIMATE_LOOP_POINTS = 4


@dataclass
class RatioMapEstimate:
    """Projected time of an eigen-ratio map, from its first grid points.

    Attributes
    ----------
    seconds : float
        Projected total seconds of `eigen_ratio_surface` with the same arguments:
        ``setup_s + per_point_s * n_points``.
    setup_s : float
        Set-up (data, HVP mode, strategy measurement) before the first point.
    per_point_s : float
        Mean seconds per grid point over the points measured.
    points_measured : int
        Grid points solved for the estimate (spread over the grid).
    n_points : int
        Grid points of the whole map.
    strategy : str
        ``"vmap"`` or ``"loop"``, as the map would choose.
    chunk_size : int
        Grid points per chunk.
    """

    seconds: float
    setup_s: float
    per_point_s: float
    points_measured: int
    n_points: int
    strategy: str
    chunk_size: int

    def __float__(self) -> float:
        return self.seconds


def estimate_eigen_ratio_time(
    model: nn.Module,
    data: Any,
    dirs: Directions,
    a: Any = (-1.0, 1.0, 21),
    b: Any = None,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    **kwargs: Any,
) -> RatioMapEstimate:
    """Projected time of `eigen_ratio_surface` from solving its first grid points.

    Runs the map's own set-up and one chunk of grid points spread evenly over the grid
    (one vectorized chunk, or a few points when the map runs point by point) with the
    same settings, and projects ``setup + seconds per point * points``. The sampled
    points start cold (the map warm-starts each point from its neighbour), so the
    projection errs long rather than short. The model is left unchanged.

    Parameters
    ----------
    model, data, dirs, a, b, loss_fn, device
        As in `eigen_ratio_surface`.
    **kwargs
        The keyword arguments of `eigen_ratio_surface` (``method``, ``max_iter``,
        ``tol``, ``strategy``, ``chunk_size``, ``batch_size``, ``bn``, ``hvp``,
        ``subsample``, ``center``, ``seed``, ``warm_start``); ``progress``,
        ``cancel``, ``callback``, ``unconverged`` and ``store_directions`` are accepted
        and ignored.

    Returns
    -------
    RatioMapEstimate
        ``float(estimate)`` is the projected total in seconds.

    See Also
    --------
    eigen_ratio_surface : during a run, the partial maps passed to ``callback`` carry
        the running projection in ``meta["estimate_s"]`` (and ``meta["elapsed_s"]``).
    """
    for ignored in ("progress", "cancel", "callback", "unconverged", "store_directions"):
        kwargs.pop(ignored, None)
    allowed = {
        "method": "lanczos", "max_iter": None, "tol": 1e-3, "strategy": "auto",
        "chunk_size": None, "batch_size": None, "bn": "eval", "hvp": "auto",
        "subsample": None, "center": None, "seed": 0, "warm_start": True,
    }  # fmt: skip
    unknown = sorted(set(kwargs) - set(allowed))
    if unknown:
        raise TypeError(
            f"estimate_eigen_ratio_time() got unexpected keyword argument(s) {unknown}; "
            f"allowed: {sorted(allowed)}"
        )
    opts = {**allowed, **kwargs}
    job = _RatioMap(model, data, dirs, a, b, loss_fn, device, **opts)
    job.run(sample=True)
    est = job.estimate_s()
    setup_s = float(job.setup_s or 0.0)
    per_point = (float(est) - setup_s) / job.npts if est is not None else math.inf
    return RatioMapEstimate(
        seconds=float(est) if est is not None else math.inf,
        setup_s=setup_s,
        per_point_s=per_point,
        points_measured=job.done,
        n_points=job.npts,
        strategy=job.meta.get("strategy", ""),
        chunk_size=int(job.meta.get("chunk_size", 0)),
    )


def _choose_map(
    H: _Hessian,
    C: np.ndarray,
    strategy: str,
    chunk: int | None,
    iters: int,
    row: int,
) -> tuple[str, int, str]:
    """Pick loop or vmap for the convexity map by timing HVPs at a few grid points."""
    npts = len(C)
    loop_step = chunk if chunk is not None else max(1, min(16, npts // 20 or 1))
    # first HVP: detects forward-over-reverse vs double backward
    H.matvec(_start(H.P, 1, 0, H.device))
    if strategy == "loop" or H.mode == "double_backward" or npts == 1:
        return "loop", loop_step, "" if strategy == "loop" else f"hvp mode {H.mode}"
    k = _map_chunk_size(H, iters, chunk)
    if chunk is None and row <= k < len(C):
        k = row  # one row per chunk: point p warm-starts from p - row, its grid neighbour
    if strategy == "vmap":
        return "vmap", k, ""
    kv = max(2, min(k, npts, 16 if H.device.type == "cpu" else k))
    V = _start(H.P, kv, 1, H.device)
    thetas = H.theta.expand(kv, H.P)
    sync = torch.cuda.synchronize if H.device.type == "cuda" else (lambda: None)
    t0 = time.perf_counter()
    for i in range(2):
        H.matvec(V[i : i + 1], thetas[i : i + 1])
    sync()
    t_loop = (time.perf_counter() - t0) / 2
    try:
        H.matvec(V[:2], thetas[:2], vectorize=True)
        sync()
        t0 = time.perf_counter()
        H.matvec(V, thetas, vectorize=True)
        sync()
        t_vmap = (time.perf_counter() - t0) / kv
    except Exception as exc:  # pragma: no cover - matvec already falls back on its own
        return "loop", loop_step, f"vmap unavailable: {_first_line(exc)}"
    if not H.vmap_ok:
        return "loop", loop_step, "vmap unavailable"
    note = f"measured loop {t_loop * 1e3:.2f} ms/HVP, vmap {t_vmap * 1e3:.2f} ms/HVP"
    if t_vmap < 0.9 * t_loop:
        return "vmap", k, note
    return "loop", loop_step, note


# ============================================================== public: sharpness
def _epsilon_sharpness(
    H: _Hessian, f0: float, epsilon: float, steps: int, seed: int
) -> tuple[float, float]:
    """Keskar et al.'s epsilon-sharpness by projected signed-gradient ascent in the box."""
    x = H.theta.to(torch.float64)
    bound = epsilon * (x.abs() + 1.0)
    g = torch.Generator().manual_seed(int(seed) + 17)
    y = ((torch.rand(H.P, generator=g, dtype=torch.float64) * 2 - 1).to(x.device)) * bound
    step = 2.5 / steps
    best = -math.inf
    for _ in range(steps):
        val, grad = H.value_and_grad(x + y)
        if not math.isfinite(val):
            return math.inf, math.inf
        best = max(best, val)
        y = torch.clamp(y + step * bound * torch.sign(grad), -bound, bound)
    val = H.value(x + y)
    if not math.isfinite(val):
        return math.inf, math.inf
    best = max(best, val)
    return best, 100.0 * (best - f0) / (1.0 + f0)


def sharpness(
    model: nn.Module,
    data: Any,
    epsilon: float = 1e-3,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    steps: int = 20,
    n_probes: int = 50,
    tol: float = 1e-4,
    max_iter: int | None = None,
    seed: int = 0,
    batch_size: int | None = None,
    subsample: int | None = None,
    bn: str = "eval",
    hvp: str = "auto",
) -> dict[str, Any]:
    """Scalar sharpness of a minimizer: top eigenvalue, trace and epsilon-sharpness.

    The epsilon-sharpness of Keskar et al. (2017) is
    ``100 * (max_{y in C} L(theta + y) - L(theta)) / (1 + L(theta))`` over the box
    ``|y_i| <= epsilon (|theta_i| + 1)``; the maximum is found by ``steps`` steps of
    projected signed-gradient ascent from a random point in the box (a lower bound on the
    true maximum, as Keskar's L-BFGS-B is).

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    epsilon : float
        Relative box size (Keskar et al. use 1e-3 and 5e-4).
    loss_fn, device, batch_size, subsample, bn, hvp
        As in `hessian_eigenvalues`.
    steps : int
        Gradient-ascent steps (one gradient each).
    n_probes : int
        Hutchinson probes for the trace (``0`` skips the trace).
    tol, max_iter
        Lanczos settings for the top eigenvalue.
    seed : int
        Seed of the start vector, the probes and the ascent's start point.

    Returns
    -------
    dict
        ``loss``, ``lambda_max``, ``lambda_max_converged``, ``trace``, ``trace_ci``,
        ``epsilon``, ``max_loss``, ``epsilon_sharpness`` (percent), ``n_params``, ``n_hvp``,
        ``n_grad`` (gradients used by the ascent).
    """
    if not (isinstance(epsilon, (int, float)) and not isinstance(epsilon, bool) and epsilon > 0):
        raise ValueError(f"epsilon must be a positive number, got {epsilon!r}")
    steps = _check_int("steps", steps)
    n_probes = _check_int("n_probes", n_probes, 0)
    if n_probes == 1:
        raise ValueError("n_probes must be 0 (no trace) or >= 2 (for a confidence interval)")
    tol = _check_tol(tol)
    setup = _Setup(model, data, loss_fn, device, batch_size, subsample, bn, hvp=hvp)
    with _Session(setup) as s:
        H = s.hessian()
        f0 = _check_center_loss(H)
        out = _solve(H, 1, "largest", "lanczos", max_iter, tol, seed)
        _raise_if_failed(out)
        _warn_unconverged("lanczos (lambda_max)", out, tol)
        res: dict[str, Any] = {
            "loss": f0,
            "lambda_max": float(out.largest[0, 0]),
            "lambda_max_converged": bool(out.converged[0]),
        }
        if n_probes:
            vec = H.device.type == "cuda"
            tr = _trace(H, n_probes, seed, 32 if vec else n_probes, vec)
            res["trace"], res["trace_ci"] = tr.estimate, tr.ci
        else:
            res["trace"], res["trace_ci"] = None, None
        n_hvp = H.n_hvp
        max_loss, eps_sharp = _epsilon_sharpness(H, f0, float(epsilon), steps, seed)
        res.update(
            {
                "epsilon": float(epsilon),
                "max_loss": max_loss,
                "epsilon_sharpness": eps_sharp,
                "n_params": H.P,
                "n_hvp": n_hvp,
                "n_grad": steps,
            }
        )
        return res


class SharpnessTable(list):
    """Rows of `sharpness` results (plain dicts with a ``"model"`` key); prints as a table."""

    COLUMNS = (
        ("model", "model", "{}"),
        ("loss", "loss", "{:.4g}"),
        ("lambda_max", "λ_max", "{:.4g}"),
        ("trace", "trace (95% CI)", None),
        ("epsilon_sharpness", "ε-sharpness %", "{:.4g}"),
    )

    def __str__(self) -> str:
        header = [c[1] for c in self.COLUMNS]
        body = []
        for row in self:
            cells = []
            for key, _, fmt in self.COLUMNS:
                v = row.get(key)
                if key == "trace":
                    ci = row.get("trace_ci")
                    cells.append("-" if v is None else f"{v:.4g} ± {(ci[1] - ci[0]) / 2:.2g}")
                else:
                    cells.append("-" if v is None else fmt.format(v))
            body.append(cells)
        widths = [max(len(r[j]) for r in [header] + body) for j in range(len(header))]
        lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
        lines.append("-+-".join("-" * w for w in widths))
        for r in body:
            lines.append(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
        eps = {row.get("epsilon") for row in self}
        if len(eps) == 1 and None not in eps:
            lines.append(f"(ε = {eps.pop():g}; ε-sharpness: Keskar et al. 2017, percent)")
        return "\n".join(lines)

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:  # IPython
        p.text(str(self))


def sharpness_table(
    models: Mapping[str, nn.Module] | Sequence[nn.Module],
    data: Any,
    **kwargs: Any,
) -> SharpnessTable:
    """`sharpness` of several models on the same data, as one table.

    Parameters
    ----------
    models : mapping of str to torch.nn.Module, or sequence of modules
        E.g. ``{"small batch": m1, "large batch": m2}``.
    data : tuple of (X, y), Dataset or DataLoader
    **kwargs
        Passed to `sharpness` (``epsilon``, ``loss_fn``, ``device``, ...).

    Returns
    -------
    SharpnessTable
        A list of dicts (one per model, with ``"model"``); ``print(table)`` shows a text
        table.
    """
    if isinstance(models, Mapping):
        items = list(models.items())
    elif isinstance(models, Sequence) and not isinstance(models, (str, bytes)):
        items = [(f"model {i}", m) for i, m in enumerate(models)]
    else:
        raise TypeError("models must be a mapping name -> model or a sequence of models")
    if not items:
        raise ValueError("models is empty")
    rows = SharpnessTable()
    for name, m in items:
        rows.append({"model": str(name), **sharpness(m, data, **kwargs)})
    return rows


# ============================================================== public: directions
def hessian_directions(
    model: nn.Module,
    data: Any,
    n: int = 2,
    norm: str | None = None,
    ignore: str | None = "biasbn",
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    which: str = "largest",
    tol: float = 1e-5,
    max_iter: int | None = None,
    seed: int = 0,
    batch_size: int | None = None,
    subsample: int | None = None,
    bn: str = "eval",
    hvp: str = "auto",
) -> Directions:
    """Top Hessian eigenvectors as directions: the plane of highest curvature.

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    n : int
        Number of eigenvectors (2 for a surface).
    norm : {None, "filter", "layer", "model", "weight", "none"}
        ``None``/``"none"``: unit eigenvectors (exact eigenvectors); otherwise normalized
        like random directions (`lossviz.core.directions.normalize_direction`), which
        makes plots comparable between networks but no longer exact eigenvectors.
    ignore : {"biasbn", None}
        With a normalization: zero bias/norm-layer entries, or copy the weights into them.
    loss_fn, device, tol, max_iter, seed, batch_size, subsample, bn, hvp
        As in `hessian_eigenvalues`.
    which : {"largest", "smallest"}
        Eigenvectors of the largest (default) or the most negative eigenvalues.

    Returns
    -------
    Directions
        ``meta["kind"] == "hessian"``, ``meta["eigenvalues"]``; each eigenvector's sign is
        fixed so that its largest-magnitude entry is positive.
    """
    from .directions import IGNORES, NORMS

    n = _check_int("n", n)
    check_choice("which", which, ("largest", "smallest"))
    check_choice("norm", norm, [None] + [m for m in NORMS if not m.startswith("d")])
    check_choice("ignore", ignore, IGNORES)
    tol = _check_tol(tol)
    res = hessian_eigenvalues(
        model, data, k=n, which=which, loss_fn=loss_fn, device=device, max_iter=max_iter,
        tol=tol, seed=seed, batch_size=batch_size, subsample=subsample, bn=bn, hvp=hvp,
        return_info=True,
    )  # fmt: skip
    named = OrderedDict((k_, p.detach()) for k_, p in model.named_parameters())
    like = OrderedDict((k_, p) for k_, p in named.items() if p.is_floating_point())
    sizes = [p.numel() for p in like.values()]
    classes = classify(model)
    dirs = []
    for vec in res.vectors:
        v = torch.as_tensor(vec)
        j = int(torch.argmax(v.abs()))
        if v[j] < 0:
            v = -v
        d = OrderedDict()
        for (name, p), piece in zip(like.items(), torch.split(v, sizes), strict=True):
            d[name] = piece.reshape(p.shape).to(p.dtype)
        if norm not in (None, "none"):
            theta = OrderedDict((k_, t.to("cpu")) for k_, t in like.items())
            d = normalize_direction(d, theta, classes, norm, ignore)
        dirs.append(OrderedDict((k_, t.to(named[k_].device)) for k_, t in d.items()))
    eig = [float(x) for x in res.values]
    meta = {
        "kind": "hessian",
        "which": which,
        "eigenvalues": eig,
        "converged": res.converged,
        "residual": res.residual,
        "norm": "none" if norm is None else norm,
        "ignore": ignore if norm not in (None, "none") else None,
        "seed": int(seed),
        "model": type(model).__name__,
        "n_params": int(sum(p.numel() for p in model.parameters())),
        "axis_labels": [f"Hessian eigvec {i + 1} (λ={x:.3g})" for i, x in enumerate(eig)],
    }
    return Directions(dirs, meta)
