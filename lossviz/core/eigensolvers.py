"""Eigen-solvers on a batched symmetric operator: Lanczos, power iteration, tridiagonal tools.

Nothing here knows about models or losses: an operator ``op(idx, V) -> A_idx V`` maps a
batch of vectors ``V`` (``(K, P)`` float64, one row per independent problem, ``idx`` the
rows still active) to the products with each problem's symmetric matrix. On top of it,
`lanczos` (full reorthogonalization, both ends of the spectrum in one run, restarts on
invariant subspaces, or a fixed number of steps for quadrature) and `power_iteration`
(shifts and deflation) run ``K`` problems in lockstep, so one implementation serves one
Hessian, several probe vectors and a chunk of grid points; `tridiagonal` and
`krylov_invariant` are the small dense helpers of the Lanczos matrix. Results come back as
a `SolveResult`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

__all__ = [
    "SOLVER_SIGNATURE",
    "Operator",
    "SolveResult",
    "TINY",
    "krylov_invariant",
    "lanczos",
    "power_iteration",
    "project_out",
    "tridiagonal",
]

#: floor for norms and scales (avoids division by zero)
TINY = 1e-300

# Operator used by the solvers: op(idx, V) -> H_idx V (float64), idx = active rows.
Operator = Callable[[np.ndarray, torch.Tensor], torch.Tensor]


# ============================================================== Lanczos (batched)
@dataclass
class SolveResult:
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


def lanczos(
    op: Operator,
    v0: torch.Tensor,
    k: int,
    which: str,
    max_iter: int,
    tol: float,
    vectors: bool = False,
    seed: int = 0,
    monitor: bool = True,
) -> SolveResult:
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
    Q[:, 0] = v0 / v0.norm(dim=1, keepdim=True).clamp_min(TINY)
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
        W = project_out(Qa, W)
        b = W.norm(dim=1)
        again = b < 0.7071 * before
        if bool(again.any()):
            W2 = project_out(Qa, W)
            W = torch.where(again[:, None], W2, W)
            b = W.norm(dim=1)
        alpha[act, j] = a.cpu().numpy()
        bn = b.cpu().numpy()
        n = j + 1
        enough = n >= min(k, P)
        if monitor:
            evals, evecs = np.linalg.eigh(tridiagonal(alpha[act, :n], beta[act, : n - 1]))
            scale = np.maximum(np.abs(evals).max(axis=1), TINY)
            want = _want(which, k, n)
            res = bn[:, None] * np.abs(evecs[:, -1, want])
            rel = res.max(axis=1) / scale
            invariant = bn <= 1e-10 * scale
        else:
            rel = np.full(act.size, np.nan)  # not measured: a fixed number of steps
            invariant = krylov_invariant(alpha[act, :n], beta[act, : n - 1], bn)
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
                R = project_out(Qr, R)
            W[rs] = R
            b[rs] = R.norm(dim=1)
            bn_store[restart] = 0.0  # T decouples into blocks
        beta[act, j] = bn_store
        if n < m:
            live = torch.as_tensor(~done[act], device=dev)
            Q[ta[live], j + 1] = W[live] / b[live, None].clamp_min(TINY)
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
    return SolveResult(largest, smallest, vl, vs, conv & ~failed, resid, steps, failed, tri, quad)


def project_out(Q: torch.Tensor, W: torch.Tensor) -> torch.Tensor:
    """``W - Q^T (Q W)`` per problem: rows ``W`` ``(K, P)`` minus their projection on ``Q``.

    ``Q`` is ``(K, j, P)`` with orthonormal rows per problem (any strides: views of the
    Lanczos basis are used without copies; batched matrix products, no einsum copies).
    """
    c = torch.bmm(Q, W.unsqueeze(2))
    return W - torch.bmm(c.transpose(1, 2), Q).squeeze(1)


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


def krylov_invariant(alpha: np.ndarray, beta: np.ndarray, bn: np.ndarray) -> np.ndarray:
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
    sure = bn <= 1e-10 * np.maximum(lower, TINY)
    maybe = ~sure & (bn <= 1e-10 * np.maximum(upper, TINY))
    if maybe.any():
        ev = np.linalg.eigvalsh(tridiagonal(alpha[maybe], beta[maybe]))
        sure[maybe] = bn[maybe] <= 1e-10 * np.maximum(np.abs(ev).max(axis=-1), TINY)
    return sure


# ============================================================== power iteration
def _power_run(
    op: Operator,
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
        v = project_out(deflate, v)
    v = v / v.norm(dim=1, keepdim=True).clamp_min(TINY)
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
            W = project_out(Da, W)
        m = (va * W).sum(dim=1)
        r = (W - m[:, None] * va).norm(dim=1)
        sc = m.abs() if scale is None else scale[ta]
        rel = (r / sc.clamp_min(TINY)).cpu().numpy()
        mu[act] = m.cpu().numpy()
        resid[act] = rel
        iters[act] += 1
        nw = W.norm(dim=1, keepdim=True)
        zero = (nw[:, 0] <= TINY).cpu().numpy()
        v[ta] = torch.where(nw > TINY, W / nw.clamp_min(TINY), va)
        for r_, i in enumerate(act):
            if done[i]:
                continue
            if rel[r_] <= tol or zero[r_]:
                conv[i] = done[i] = True
    lam = mu + shift.cpu().numpy()
    lam[failed] = np.nan
    return lam, v, conv & ~failed, resid, iters


#: the arguments every solver takes: those of `lanczos` up to ``vectors`` (one definition)
SOLVER_SIGNATURE = inspect.signature(lanczos).replace(
    parameters=[
        p for n, p in inspect.signature(lanczos).parameters.items() if n not in ("seed", "monitor")
    ]
)


def power_iteration(*args: Any, **kwargs: Any) -> SolveResult:
    """Extreme eigenvalues by power iteration with shifts and deflation.

    Takes the arguments of `lanczos` but ``seed`` and ``monitor``: ``op, v0, k, which,
    max_iter, tol, vectors=False``, positional ones in the same order (they are bound to
    `SOLVER_SIGNATURE`, which ``help`` shows).

    A first run finds the eigenvalue of largest magnitude ``mu``. With ``k = 1`` it is
    the largest (``mu > 0``) or smallest (``mu < 0``) one, and the other end is the
    dominant eigenvalue of ``H - mu I``. Otherwise ``H + |mu| I`` (or ``H - |mu| I``) is
    semi-definite and deflated power iteration on it yields the top (bottom) ``k``.
    """
    bound = SOLVER_SIGNATURE.bind(*args, **kwargs)
    bound.apply_defaults()
    op, v0, k, which, max_iter, tol, vectors = bound.arguments.values()
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
    return SolveResult(
        out.get("largest", (nanv, None))[0],
        out.get("smallest", (nanv, None))[0],
        out["largest"][1] if vectors and "largest" in out else None,
        out["smallest"][1] if vectors and "smallest" in out else None,
        conv & ~failed,
        resid,
        iters,
        failed,
    )


power_iteration.__signature__ = SOLVER_SIGNATURE  # type: ignore[attr-defined]


def _sub_op(op: Operator, rows: np.ndarray) -> Operator:
    return lambda idx, V: op(rows[idx], V)
