"""Planes of recorded training runs: PCA directions and least-squares projections.

This module owns the geometry behind trajectory plots (Li et al. 2018, section 7):
`pca_directions` decomposes the matrix of snapshots ``[theta_i - center]`` of one or several
runs, with scikit-learn's PCA for small matrices or an exact streamed Gram-matrix solver
that never holds the matrix in memory, and returns unit-norm `Directions` with their
explained-variance ratios and their center; `project_run` gives each snapshot's
least-squares coordinates in a plane, its distance from it and the share of the run's
variance the plane explains; `resolve_center` and `flat_state` (a model or state dict as a
flat vector in a run's parameter order) say where the origin is. Runs are read through
the small `Snapshots` protocol that `lossviz.Trajectory` implements, so nothing here
depends on how snapshots are stored.
"""

from __future__ import annotations

import warnings
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

import numpy as np
import torch
from torch import nn

from .._util import check_choice, check_positive_int, optional_import
from .directions import Directions, normalize_direction
from .spill import BLOCK_BYTES

__all__ = [
    "MODES",
    "SKLEARN_MAX_ENTRIES",
    "SOLVERS",
    "Snapshots",
    "flat_state",
    "pca_directions",
    "resolve_center",
]

MODES = ("pca", "pca+random")
SOLVERS = ("auto", "full", "randomized", "gram")
#: float64 entries of the snapshot matrix up to which scikit-learn's PCA is used by
#: ``solver="auto"``; larger matrices use the streamed Gram-matrix solver (exact).
SKLEARN_MAX_ENTRIES = 8_000_000


class Snapshots(Protocol):
    """What PCA reads from a recorded run (`lossviz.Trajectory` implements it)."""

    name: str | None
    names: list[str]
    shapes: list[tuple[int, ...]]
    classes: dict[str, str]

    def __len__(self) -> int: ...

    @property
    def n_params(self) -> int: ...

    def snapshot(self, i: int) -> np.ndarray: ...

    def matrix(self) -> np.ndarray: ...

    def row_blocks(self) -> Iterator[np.ndarray]: ...

    def columns(self, j0: int, j1: int) -> np.ndarray: ...

    def unflatten(self, vec: np.ndarray) -> OrderedDict[str, torch.Tensor]: ...


# ---------------------------------------------------------------------- runs and centers
def _as_runs(traj: Any) -> list[Snapshots]:
    trajs = [traj] if _is_run(traj) else list(traj) if isinstance(traj, (list, tuple)) else None
    if not trajs or not all(_is_run(t) for t in trajs):
        raise TypeError(
            f"traj must be a lossviz.Trajectory or a sequence of them, got {type(traj).__name__}"
        )
    ref = trajs[0]
    for k, t in enumerate(trajs):
        if len(t) < 1:
            raise ValueError(
                f"trajectory {k} ({t.name!r}) has no snapshots; record some with traj.record(model)"
            )
        if t.names != ref.names or t.shapes != ref.shapes:
            raise ValueError(
                f"trajectory {k} ({t.name!r}) has other parameters than trajectory 0 "
                f"({ref.name!r}); shared directions need one architecture"
            )
    return trajs


def _is_run(x: Any) -> bool:
    return all(hasattr(x, a) for a in ("row_blocks", "columns", "unflatten", "names", "shapes"))


def flat_state(source: Any, traj: Snapshots, label: str) -> np.ndarray:
    """A model's (or state dict's) parameters in ``traj``'s order, flat float64.

    Raises ``ValueError`` naming ``label`` when a tensor is missing or has another shape
    (it doubles as the architecture check of a model against a trajectory).
    """
    if isinstance(source, nn.Module):
        tensors = OrderedDict(source.named_parameters())
    elif isinstance(source, Mapping):
        tensors = source
    else:
        raise TypeError(
            f"{label} must be a model, a state dict, a snapshot index or 'mean', "
            f"got {type(source).__name__}"
        )
    parts = []
    for n, s in zip(traj.names, traj.shapes, strict=True):
        if n not in tensors:
            raise ValueError(f"{label} has no tensor {n!r} (it does not match the trajectory)")
        t = tensors[n]
        if tuple(t.shape) != s:
            raise ValueError(f"{label}[{n!r}] has shape {tuple(t.shape)}, expected {s}")
        parts.append(t.detach().reshape(-1).to("cpu", torch.float64))
    return torch.cat(parts).numpy()


def _fingerprint(vec: np.ndarray) -> list[float]:
    return [float(np.linalg.norm(vec)), float(vec.sum())]


def resolve_center(trajs: Sequence[Snapshots], center: Any, dirs: Directions | None) -> np.ndarray:
    """The center as a float64 vector; checks it against the directions' center.

    ``center``: None or ``"final"`` (last snapshot of the first run), ``"mean"``, a snapshot
    index, a model or a state dict; with ``center=None`` the center PCA directions were
    made around (``dirs.center``) is used and checked by its fingerprint.
    """
    ref = trajs[0]
    if center is None and dirs is not None and getattr(dirs, "center", None) is not None:
        center = dirs.center
    explicit = center is not None
    if center is None or (isinstance(center, str) and center == "final"):
        vec = ref.snapshot(-1).astype(np.float64)
    elif isinstance(center, str) and center == "mean":
        vec = np.zeros(ref.n_params)
        total = 0
        for t in trajs:
            for block in t.row_blocks():
                vec += block.astype(np.float64).sum(0)
            total += len(t)
        vec /= total
    elif isinstance(center, (int, np.integer)) and not isinstance(center, bool):
        vec = ref.snapshot(int(center)).astype(np.float64)
    else:
        vec = flat_state(center, ref, "center")
    fp = None if dirs is None else dirs.meta.get("center_fingerprint")
    if fp is not None and not explicit:
        got = _fingerprint(vec)
        if not np.allclose(got, fp, rtol=1e-5, atol=1e-6 * max(1.0, abs(fp[0]))):
            raise ValueError(
                f"these directions were made around {dirs.meta.get('center')!r}, not around "
                "this trajectory's last snapshot: pass center= (e.g. dirs.center, or "
                "traj_first.state(-1)) so all paths share one origin"
            )
    return vec


# ---------------------------------------------------------------------- PCA
def pca_directions(
    traj: Snapshots | Sequence[Snapshots],
    n: int = 2,
    *,
    mode: str = "pca",
    center: Any = None,
    centered: bool = True,
    solver: str = "auto",
    seed: int = 0,
    norm: str = "filter",
) -> Directions:
    """Principal directions of one or several recorded trajectories.

    The matrix ``M = [theta_i - center]`` over the snapshots of all runs is decomposed
    with scikit-learn's PCA (``centered=True``, like Li et al.'s code: the principal
    axes of the cloud of snapshots; randomized SVD when the matrix is large) or, past
    `SKLEARN_MAX_ENTRIES` entries, by an exact streamed eigen-decomposition of the
    ``n_rows x n_rows`` Gram matrix that never holds ``M`` in memory. Filter
    normalization does not apply: PCA directions have unit norm, so plot coordinates
    are Euclidean distances in parameter space.

    Parameters
    ----------
    traj : Snapshots or sequence of Snapshots
        One run, or several runs of one architecture for shared directions (joint PCA
        over all their snapshots) so SGD and Adam can be drawn on one surface.
    n : int
        Number of directions (at most the number of snapshots minus one).
    mode : {"pca", "pca+random"}
        ``"pca+random"``: the first principal direction plus one seeded random Gaussian
        direction, filter-normalized against the center's weights (``norm``) and made
        orthogonal to it (``n`` must be 2).
    center : None, "final", "mean", int, torch.nn.Module or mapping
        The origin of the plane and of the surface: by default (``"final"``) the last
        snapshot of the first run; ``"mean"`` of all snapshots; a snapshot index of the
        first run; or a model / state dict. With ``centered=True`` the directions do not
        depend on it (only the coordinates' origin does). Kept in ``dirs.center`` (a
        state dict for ``lv.surface(..., center=dirs.center)``) and ``dirs.meta``.
    centered : bool
        Subtract the mean snapshot before the decomposition (PCA, default) or not
        (plain SVD of ``M``: the plane through the center that best fits the path).
    solver : {"auto", "full", "randomized", "gram"}
        ``"full"``/``"randomized"``: scikit-learn's SVD solvers on ``M`` held in memory
        (float64); ``"gram"``: the streamed exact solver; ``"auto"``: scikit-learn's
        choice (randomized when large) up to `SKLEARN_MAX_ENTRIES`, else ``"gram"``.
    seed : int
        Seed of the randomized solver and of the random direction.
    norm : str
        Normalization of the random direction in ``"pca+random"`` mode.

    Returns
    -------
    Directions
        ``meta["kind"] == "pca"`` (or ``"pca+random"``), ``explained_variance_ratio``
        per direction, axis labels like ``"PC1 (95.3%)"``, and ``dirs.center``.

    Examples
    --------
    >>> dirs = lv.pca_directions(traj, n=2)                       # doctest: +SKIP
    >>> land = lv.surface(model, data, dirs, center=dirs.center)  # doctest: +SKIP
    >>> path = traj.path(dirs, model, data)                       # doctest: +SKIP
    """
    trajs = _as_runs(traj)
    check_choice("mode", mode, MODES)
    check_choice("solver", solver, SOLVERS)
    n = int(check_positive_int("n", n))
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise TypeError(f"seed must be an integer, got {type(seed).__name__}")
    if mode == "pca+random" and n != 2:
        raise ValueError(f"mode='pca+random' gives exactly 2 directions; got n={n}")
    n_pca = 1 if mode == "pca+random" else n
    rows = sum(len(t) for t in trajs)
    if rows < 2:
        raise ValueError(
            f"PCA needs at least 2 snapshots, the trajectory has {rows}; record more "
            "snapshots (traj.record(model) during training)"
        )
    if n_pca > rows - 1:
        raise ValueError(
            f"n={n_pca} principal directions need at least {n_pca + 1} snapshots; the "
            f"trajectory has {rows} (n can be at most {rows - 1})"
        )
    c_vec = resolve_center(trajs, center, None)
    P = trajs[0].n_params
    if n_pca > P:
        raise ValueError(f"n={n_pca} is larger than the number of parameters ({P})")
    if _no_spread(trajs, c_vec, centered):
        what = "all identical" if centered else "all equal to the center"
        raise ValueError(
            f"the {rows} snapshots are {what}: the weights never moved, so there is no "
            "principal direction (was the recorded model the one the optimizer trains, "
            "and did training change it?)"
        )
    use = solver
    if use == "auto":
        use = "sklearn-auto" if rows * P <= SKLEARN_MAX_ENTRIES else "gram"
    if use == "gram":
        comps, evr = _pca_gram(trajs, c_vec, n_pca, centered)
    else:
        comps, evr = _pca_sklearn(trajs, c_vec, n_pca, centered, use, seed)
    comps = _tidy_components(comps, evr, seed)
    ref = trajs[0]
    labels = [f"PC{i + 1} ({100 * r:.1f}%)" for i, r in enumerate(evr)]
    if mode == "pca+random":
        rnd = _random_orthogonal(ref, c_vec, comps[0], seed, norm)
        share = _share_along(trajs, c_vec, rnd, centered)
        comps = np.stack([comps[0], rnd])
        evr = np.array([evr[0], share])
        labels = [labels[0], f"random ({norm}-normalized, seed {seed}; {100 * share:.1f}%)"]
    if center is None or isinstance(center, str):
        cdesc = (
            f"{center or 'final'} snapshot of {ref.name or 'run 0'}"
            if center != "mean"
            else "mean of all snapshots"
        )
    elif isinstance(center, (int, np.integer)):
        cdesc = f"snapshot {int(center)} of {ref.name or 'run 0'}"
    else:
        cdesc = "given center"
    meta = {
        "kind": mode,
        "norm": "none" if mode == "pca" else norm,
        "seed": int(seed),
        "solver": use,
        "centered": bool(centered),
        "runs": [t.name or f"run {k}" for k, t in enumerate(trajs)],
        "n_snapshots": int(rows),
        "center": cdesc,
        "center_fingerprint": _fingerprint(c_vec),
        "axis_labels": labels,
    }
    tensors = [ref.unflatten(c.astype(np.float32)) for c in comps]
    dirs = Directions(tensors, meta, evr)
    dirs.center = ref.unflatten(c_vec.astype(np.float32))  # type: ignore[attr-defined]
    return dirs


def _no_spread(trajs: list[Snapshots], c_vec: np.ndarray, centered: bool) -> bool:
    """True when every snapshot equals the first one (centered) or the center (not)."""
    ref = trajs[0].snapshot(0) if centered else c_vec
    for t in trajs:
        for block in t.row_blocks():
            if (block != ref).any():
                return False
    return True


def _col_blocks(P: int, rows: int) -> Iterator[tuple[int, int]]:
    cb = max(1024, BLOCK_BYTES // (8 * max(rows, 1)))
    for j0 in range(0, P, cb):
        yield j0, min(P, j0 + cb)


def _stack_cols(trajs: list[Snapshots], j0: int, j1: int) -> np.ndarray:
    return np.concatenate([t.columns(j0, j1).astype(np.float64) for t in trajs], axis=0)


def _pca_gram(
    trajs: list[Snapshots], c_vec: np.ndarray, n: int, centered: bool
) -> tuple[np.ndarray, np.ndarray]:
    """Exact PCA from the Gram matrix ``X X^T``, streaming column blocks of ``X``."""
    rows = sum(len(t) for t in trajs)
    P = c_vec.size
    G = np.zeros((rows, rows))
    for j0, j1 in _col_blocks(P, rows):
        xb = torch.from_numpy(_stack_cols(trajs, j0, j1) - c_vec[j0:j1])
        G += (xb @ xb.T).numpy()
    if centered:
        H = np.eye(rows) - 1.0 / rows
        G = H @ G @ H
    G = (G + G.T) / 2
    lam, U = np.linalg.eigh(G)
    order = np.argsort(lam)[::-1]
    lam, U = np.clip(lam[order], 0.0, None), U[:, order]
    total = float(lam.sum())
    evr = lam[:n] / total if total > 0 else np.zeros(n)
    comps = np.zeros((n, P))
    with np.errstate(divide="ignore"):
        scale = np.where(lam[:n] > 1e-12 * max(lam[0], 1e-300), 1.0 / np.sqrt(lam[:n]), 0.0)
    Uc = U[:, :n]
    if centered:
        Uc = Uc - Uc.mean(axis=0)  # == H U; exact for components of non-zero variance
    W = torch.from_numpy(np.ascontiguousarray((Uc * scale).T))  # (n, rows)
    for j0, j1 in _col_blocks(P, rows):
        xb = torch.from_numpy(_stack_cols(trajs, j0, j1) - c_vec[j0:j1])
        comps[:, j0:j1] = (W @ xb).numpy()
    return comps, evr


def _pca_sklearn(
    trajs: list[Snapshots],
    c_vec: np.ndarray,
    n: int,
    centered: bool,
    solver: str,
    seed: int,
) -> tuple[np.ndarray, np.ndarray]:
    decomposition = optional_import("sklearn.decomposition", "all")
    X = np.concatenate([np.asarray(t.matrix(), dtype=np.float64) for t in trajs]) - c_vec
    svd_solver = "auto" if solver == "sklearn-auto" else solver
    if centered:
        pca = decomposition.PCA(n_components=n, svd_solver=svd_solver, random_state=seed)
        pca.fit(X)
        return pca.components_.copy(), pca.explained_variance_ratio_.copy()
    total = float((X * X).sum())
    if svd_solver == "randomized":
        svd = decomposition.TruncatedSVD(n_components=n, algorithm="randomized", random_state=seed)
        svd.fit(X)
        comps = svd.components_.copy()
    else:
        _, _, vt = np.linalg.svd(X, full_matrices=False)
        comps = vt[:n]
    var = ((X @ comps.T) ** 2).sum(axis=0)
    return comps, (var / total if total > 0 else np.zeros(n))


def _tidy_components(comps: np.ndarray, evr: np.ndarray, seed: int) -> np.ndarray:
    """Orthonormalize, complete degenerate components, fix signs (largest entry > 0)."""
    comps = np.array(comps, dtype=np.float64)
    rng = np.random.default_rng(seed)
    for k in range(len(comps)):
        v = comps[k]
        for j in range(k):
            v = v - (v @ comps[j]) * comps[j]
        nv = np.linalg.norm(v)
        if evr[k] < 1e-9 or nv < 1e-6:
            warnings.warn(
                f"lossviz: the snapshots span fewer than {k + 1} dimensions; principal "
                f"direction {k + 1} explains no variance and was chosen at random "
                "(orthogonal to the others)",
                UserWarning,
                stacklevel=3,
            )
            v = rng.standard_normal(v.size)
            for j in range(k):
                v = v - (v @ comps[j]) * comps[j]
            nv = np.linalg.norm(v)
        v = v / nv
        if v[np.argmax(np.abs(v))] < 0:
            v = -v
        comps[k] = v
    return comps


def _random_orthogonal(
    ref: Snapshots, c_vec: np.ndarray, u: np.ndarray, seed: int, norm: str
) -> np.ndarray:
    """A seeded Gaussian direction, normalized like `random_directions`, orthogonal to u."""
    theta = ref.unflatten(c_vec.astype(np.float32))
    gen = torch.Generator().manual_seed(int(seed))
    raw = OrderedDict(
        (nm, torch.randn(t.shape, generator=gen, dtype=torch.float32)) for nm, t in theta.items()
    )
    classes = ref.classes or {nm: ("filter" if t.dim() > 1 else "bias") for nm, t in theta.items()}
    d = normalize_direction(raw, theta, classes, norm=norm, ignore="biasbn")
    v = torch.cat([t.reshape(-1).to(torch.float64) for t in d.values()]).numpy()
    v = v - (v @ u) * u
    if np.linalg.norm(v) == 0:
        raise ValueError("the random direction is zero (a model with only biases?)")
    return v


def _share_along(trajs: list[Snapshots], c_vec: np.ndarray, v: np.ndarray, centered: bool):
    """Share of the snapshots' (centered) variance along the unit vector of v."""
    u = v / np.linalg.norm(v)
    proj, sq, xsum, rows = [], 0.0, np.zeros(c_vec.size), 0
    for t in trajs:
        for block in t.row_blocks():
            x = torch.from_numpy(np.asarray(block, dtype=np.float64) - c_vec)
            proj.append((x @ torch.from_numpy(u)).numpy())
            sq += float((x * x).sum())
            xsum += x.sum(0).numpy()
            rows += len(x)
    p = np.concatenate(proj)
    if centered:
        p = p - p.mean()
        sq -= float(xsum @ xsum) / rows
    return float((p @ p) / sq) if sq > 0 else 0.0


# ---------------------------------------------------------------------- projection
def project_run(run: Snapshots, dirs: Directions, center: Any) -> dict[str, Any]:
    """Least-squares coordinates of a run's snapshots in the span of ``dirs``.

    Solves ``(D D^T) c = D (theta_i - center)`` block by block, so it is exact for
    orthonormal and for non-orthogonal (linearly independent) directions alike.

    Parameters
    ----------
    run : Snapshots
        E.g. a `lossviz.Trajectory`.
    dirs : Directions
        Directions over the run's parameters.
    center : optional
        As in `resolve_center`.

    Returns
    -------
    dict
        ``coords`` ``(n, k)``, ``residuals`` (relative distances from the plane) and
        ``explained`` (share of the run's variance in the plane).
    """
    D = _direction_matrix(dirs, run)  # (k, P) float64
    c_vec = resolve_center([run], center, dirs)
    G = D @ D.T
    if np.linalg.cond(G) > 1e12:
        raise ValueError(
            "dirs are linearly dependent (or zero); least-squares coordinates are not "
            f"defined (cosines: {np.round(dirs.cosine(), 6).tolist()})"
        )
    n, k = len(run), len(dirs)
    coords = np.zeros((n, k))
    res_norm = np.zeros(n)
    x_norm = np.zeros(n)
    xsum = np.zeros(run.n_params)
    Dt, ct = torch.from_numpy(D), torch.from_numpy(c_vec)
    i0 = 0
    for block in run.row_blocks():
        x = torch.from_numpy(np.asarray(block, dtype=np.float64)) - ct
        c = np.linalg.solve(G, (Dt @ x.T).numpy()).T
        coords[i0 : i0 + len(x)] = c
        r = x - torch.from_numpy(np.ascontiguousarray(c)) @ Dt
        res_norm[i0 : i0 + len(x)] = torch.linalg.vector_norm(r, dim=1).numpy()
        x_norm[i0 : i0 + len(x)] = torch.linalg.vector_norm(x, dim=1).numpy()
        xsum += x.sum(dim=0).numpy()
        i0 += len(x)
    rel = np.divide(res_norm, x_norm, out=np.zeros(n), where=x_norm > 0)
    xbar = xsum / n
    total = float((x_norm**2).sum() - n * (xbar @ xbar))
    cc = coords - coords.mean(axis=0)
    inplane = float(np.einsum("ij,jk,ik->", cc, G, cc))
    explained = 1.0 if total <= 0 else float(np.clip(inplane / total, 0.0, 1.0))
    return {"coords": coords, "residuals": rel, "explained": explained}


def name_differences(
    names: Sequence[str], expected: Sequence[str], most: int = 3
) -> tuple[list[str], list[str]]:
    """The first ``most`` of ``names`` not in ``expected``, and of ``expected`` not in ``names``.

    Parameters
    ----------
    names, expected : sequence of str
        Parameter names, e.g. of a model and of a trajectory.
    most : int
        How many of each to return (for a readable message).

    Returns
    -------
    extra, missing : list of str
    """
    have, want = set(names), set(expected)
    return [n for n in names if n not in want][:most], [n for n in expected if n not in have][:most]


def _direction_matrix(dirs: Directions, traj: Snapshots) -> np.ndarray:
    if not isinstance(dirs, Directions):
        raise TypeError(f"dirs must be lossviz.Directions, got {type(dirs).__name__}")
    names = dirs.names
    if names != traj.names:
        extra, missing = name_differences(names, traj.names)
        raise ValueError(
            "dirs do not match the trajectory's parameters "
            f"(not in the trajectory: {extra}; without a direction: {missing})"
        )
    for n, s in zip(traj.names, traj.shapes, strict=True):
        if tuple(dirs[0][n].shape) != s:
            raise ValueError(
                f"dirs[{n!r}] has shape {tuple(dirs[0][n].shape)}, the trajectory's "
                f"parameter has {s}"
            )
    return dirs.vectors(torch.float64).numpy()
