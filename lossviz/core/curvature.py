"""Curvature maps: the ``|lambda_min / lambda_max|`` convexity map on a grid, and its cost.

Li et al. (2018, section 6) map the ratio of the extreme Hessian eigenvalues over a grid
of points ``theta* + a d1 + b d2``: near 0 where the landscape is locally convex, large where
it is strongly non-convex. `eigen_ratio_surface` solves every grid point with Lanczos or
power iteration on `lossviz.core.hvp.HessianOperator` products, either in lockstep over a
chunk of points with one vmapped HVP per step or point by point (measured, the faster
kept), warm-starting each point from its grid neighbour. The map is expensive (tens of
HVPs per point), so its time is projected from the first points (progress bar, the
callback's partial maps) and `estimate_eigen_ratio_time` projects it before a run.
"""

from __future__ import annotations

import inspect
import math
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

from .._util import Options, check_choice, check_int, options_signature
from ..landscape import Landscape
from .directions import Directions
from .eigensolvers import TINY, lanczos, power_iteration
from .engine import cache_decision, output_bytes
from .grid import GridRun
from .hvp import (
    METHODS,
    HessianConvergenceWarning,
    HessianOperator,
    HessianSession,
    HessianSetup,
    check_center_loss,
    check_tol,
    first_line,
    start_vectors,
)
from .inputs import (
    MAP_AXIS,
    EvalOptions,
    Metric,
    batch_len,
    check_grid_directions,
    grid_axes,
    grid_coefficients,
)
from .schedule import available_bytes

__all__ = [
    "RatioMapEstimate",
    "RatioMapOptions",
    "eigen_ratio_surface",
    "estimate_eigen_ratio_time",
    "map_options",
]


# ============================================================== public: convexity maps
def _act_bytes(H: HessianOperator) -> int:
    """Bytes of all module outputs for one forward over the largest batch."""
    x, y = max(H.data.batches, key=lambda b: batch_len(b[0]))
    return output_bytes(H.model, lambda: H._loss_one(H.theta, {}, x, y))


def _map_chunk_size(H: HessianOperator, iters: int, requested: int | None) -> int:
    if requested is not None:
        return requested
    per_point = 6 * _act_bytes(H) + (iters + 6) * H.P * 8
    budget = available_bytes(H.device) // 4
    cap = 256 if H.device.type == "cuda" else 32
    return int(max(1, min(cap, budget // max(per_point, 1))))


def _ratio(lmin: np.ndarray, lmax: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(lmin >= 0, 0.0, np.abs(lmin) / np.abs(lmax))
    r[~np.isfinite(r)] = np.nan
    r[np.isnan(lmin) | np.isnan(lmax)] = np.nan
    return r


@dataclass(frozen=True)
class RatioMapOptions(Options):
    """The solver keywords of `eigen_ratio_surface` and `estimate_eigen_ratio_time`.

    Given one by one or as ``solver=RatioMapOptions(...)``; see `eigen_ratio_surface` for
    each field's meaning.

    Parameters
    ----------
    method : {"lanczos", "power"}
    max_iter : int, optional
    tol : float
    hvp : {"auto", "forward", "reverse"}
    seed : int
    warm_start : bool
    unconverged : {"keep", "nan"}
    """

    method: str = "lanczos"
    max_iter: int | None = None
    tol: float = 1e-3
    hvp: str = "auto"
    seed: int = 0
    warm_start: bool = True
    unconverged: str = "keep"

    def __post_init__(self) -> None:
        check_choice("method", self.method, METHODS)
        check_tol(self.tol)
        if self.max_iter is not None:
            check_int("max_iter", self.max_iter)
        check_choice("unconverged", self.unconverged, ("keep", "nan"))


# `EvalOptions` fields the eigen-ratio map does not take (one engine thread per map; no
# recomputed BatchNorm statistics or interpolated variances in the Hessian operator)
NOT_IN_MAPS = ("workers", "bn_data", "negative_var")


def map_options(
    solver: Any, options: Any, kwargs: Mapping[str, Any], where: str
) -> tuple[RatioMapOptions, EvalOptions]:
    """Split a map's keywords into its `RatioMapOptions` and `EvalOptions`, merged and checked.

    Parameters
    ----------
    solver, options : RatioMapOptions, EvalOptions or None
        The groups given as objects.
    kwargs : mapping
        Keywords given one by one (fields of either group).
    where : str
        The function's name, for messages.

    Returns
    -------
    tuple of (RatioMapOptions, EvalOptions)
    """
    own = set(RatioMapOptions.field_names())
    sol = RatioMapOptions.of(solver, {k: v for k, v in kwargs.items() if k in own}, where=where)
    opt = EvalOptions.of(options, {k: v for k, v in kwargs.items() if k not in own}, where=where)
    opt.unsupported(where, *NOT_IN_MAPS)
    return sol, opt


@options_signature(RatioMapOptions, EvalOptions, exclude=NOT_IN_MAPS)
def eigen_ratio_surface(
    model: nn.Module,
    data: Any,
    dirs: Directions,
    a: Any = MAP_AXIS,
    b: Any = None,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    progress: bool = True,
    *,
    solver: RatioMapOptions | None = None,
    options: EvalOptions | None = None,
    cancel: Any = None,
    callback: Callable[[Landscape, int, int], None] | None = None,
    store_directions: bool = True,
    **kwargs: Any,
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
    solver : RatioMapOptions, optional
        The solver keywords below (``method``, ``max_iter``, ``tol``, ``hvp``, ``seed``,
        ``warm_start``, ``unconverged``) as one object; keywords override its fields.
    options : EvalOptions, optional
        The evaluation keywords (``strategy``, ``chunk_size``, ``batch_size``, ``bn``,
        ``subsample``, ``center``) as one object, as in `lossviz.surface`.
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

    sol, opt = map_options(solver, options, kwargs, "eigen_ratio_surface")
    job = _RatioMap(model, data, dirs, a, b, loss_fn, device, sol, opt)
    npts = job.npts
    with GridRun(
        job.coords, _RatioMap.NAMES, {}, progress=progress, desc="lossviz eigen ratio",
        cancel=cancel, callback=callback,
    ) as run:  # fmt: skip
        run.t_start = job.t_start  # the time includes validation and set-up
        job.run(run)
    values, conv, resid, meta, mi = run.values, job.conv, job.resid, run.meta, job.mi
    unconv = np.flatnonzero(~conv)
    meta["unconverged"] = int(unconv.size)
    meta["unconverged_points"] = [
        [int(v) for v in np.unravel_index(i, job.shape)] for i in unconv[:100]
    ]
    meta["max_residual"] = float(np.nanmax(resid)) if np.isfinite(resid).any() else None
    on_purpose = np.zeros(npts, dtype=bool)
    if unconv.size:
        if sol.unconverged == "nan":
            values[unconv, 1:] = np.nan
            on_purpose[unconv] = True
        warnings.warn(
            f"lossviz: the eigenvalues did not converge at {unconv.size} of {npts} grid "
            f"points within max_iter={mi} (largest relative residual "
            f"{meta['max_residual']:.2e} > tol={job.tol:g}); their values are "
            + ("set to NaN" if sol.unconverged == "nan" else "estimates")
            + " (see meta['unconverged_points']); raise max_iter or tol",
            HessianConvergenceWarning,
            stacklevel=2,
        )
    meta.pop("elapsed_s", None)
    meta.pop("estimate_s", None)
    return run.finish(dirs.numpy() if store_directions else None, expected_nan=on_purpose)


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
        sol: RatioMapOptions,
        opt: EvalOptions,
    ) -> None:
        self.t_start = time.perf_counter()
        check_grid_directions(model, dirs)
        method, max_iter, bn = sol.method, sol.max_iter, opt.bn
        self.tol = check_tol(sol.tol)
        self.coords = grid_axes(dirs, a, b)
        self.shape = tuple(c.size for c in self.coords)
        self.npts = math.prod(self.shape)
        self.C = grid_coefficients(self.coords)
        self.setup = HessianSetup(
            model, data, loss_fn, device, opt.batch_size, opt.subsample, bn, None, opt.center,
            hvp=sol.hvp,
        )  # fmt: skip
        self.mi = max_iter if max_iter is not None else (60 if method == "lanczos" else 500)
        self.model, self.dirs, self.method = model, dirs, method
        self.strategy, self.chunk_size = opt.strategy, opt.chunk_size
        self.seed, self.warm_start, self.bn = sol.seed, bool(sol.warm_start), bn
        self.values = np.full((self.npts, len(self.NAMES)), np.nan)
        self.conv = np.ones(self.npts, dtype=bool)
        self.resid = np.full(self.npts, np.nan)
        self.meta: dict[str, Any] = {}
        self.grid: GridRun | None = None
        self.done = 0
        self.setup_s: float | None = None
        self.sample_total_s: float | None = None
        self.first_estimate_s: float | None = None

    def elapsed_s(self) -> float:
        return time.perf_counter() - self.t_start

    def estimate_s(self) -> float | None:
        """Projected total seconds of the whole map (None before the first chunk)."""
        if self.done == 0 or self.setup_s is None:
            return None
        if self.sample_total_s is not None:
            return self.sample_total_s
        per_point = max(self.elapsed_s() - self.setup_s, 0.0) / self.done
        return self.setup_s + per_point * self.npts

    def run(self, grid: GridRun | None = None, sample: bool = False) -> None:
        """Solve the grid points in order, in the model's session.

        With ``grid`` (a `GridRun`) the values, metadata, progress, callback and cancel are
        the grid's; after every chunk its metadata gets ``"elapsed_s"`` and the running
        projection ``"estimate_s"``. ``sample=True`` solves only one chunk of points
        spread over the grid (for `estimate_eigen_ratio_time`) and keeps no values.
        """
        if grid is not None:
            self.grid, self.values, self.meta = grid, grid.values, grid.meta
        with HessianSession(self.setup) as s:
            H = s.hessian()
            check_center_loss(H)
            self._run(H, sample)

    def _sample(self, run_chunk: Callable, chosen: str, k: int) -> None:
        """Time cold and warm-started points spread over the grid; set `sample_total_s`.

        ``m`` positions spread over the grid are solved cold (as the map's first chunk is)
        and then their neighbours one row on (or the next point), warm-started from them (as
        the rest of the map is), after one untimed warm-up (first-call costs the map run
        after this estimate will not pay again). The projection is the set-up plus the
        cold time of the first chunk plus the warm time of all other points.
        """
        npts, row, vec = self.npts, self.shape[-1], chosen == "vmap"
        m = min(npts, k if vec else _ESTIMATE_LOOP_POINTS)
        nb = (row if npts > row else 1) if npts > 1 and self.warm_start else 0
        pos = np.unique(np.round(np.linspace(0, npts - 1 - nb, m)).astype(int))
        run_chunk(self.C[pos[: 2 if vec else 1]], vec)
        t0 = time.perf_counter()
        if vec:
            vecs = [run_chunk(self.C[pos], True)[5]]
        else:
            vecs = [run_chunk(self.C[p : p + 1], False)[5] for p in pos]
        t1 = time.perf_counter()
        cold = (t1 - t0) / pos.size
        warm = cold
        if nb:
            if vec:
                run_chunk(self.C[pos + nb], True, vecs[0])
            else:
                for p, v in zip(pos, vecs, strict=True):
                    run_chunk(self.C[p + nb : p + nb + 1], False, v)
            warm = (time.perf_counter() - t1) / pos.size
        n_cold = min(k, npts) if vec else 1
        if not self.warm_start:
            n_cold = npts
        self.sample_total_s = float(self.setup_s or 0.0) + cold * n_cold + warm * (npts - n_cold)
        self.done = int(pos.size * (2 if nb else 1))

    def _chunk_done(self, H: HessianOperator, n: int) -> None:
        self.done += n
        est = self.estimate_s()
        info: dict[str, Any] = {
            "n_hvp": H.n_hvp,
            "elapsed_s": round(self.elapsed_s(), 4),
            "estimate_s": est,
        }
        if self.first_estimate_s is None and est is not None:
            self.first_estimate_s = est
            info["first_estimate_s"] = round(float(est), 4)
        grid = self.grid
        if grid is None:
            self.meta.update(info)
            return
        if grid.bar is not None and est is not None:
            grid.bar.set_postfix_str(f"total ≈ {_format_seconds(est)}", refresh=False)
        grid.advance(n, info)

    def _run(self, H: HessianOperator, sample: bool) -> None:
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

            v0 = start_vectors(H.P, len(Cc), seed, dev)
            if V0 is not None:
                # warm start: the neighbour's extreme eigenvectors plus an equal share
                # of the fixed random vector (keeps every direction in the Krylov space)
                r = v0 / v0.norm(dim=1, keepdim=True)
                w = V0 / V0.norm(dim=1, keepdim=True).clamp_min(TINY)
                v0 = torch.where(torch.isfinite(w).all(dim=1, keepdim=True), w + r, r)
            if self.method == "lanczos":
                out = lanczos(op, v0, 1, "both", self.mi, self.tol, vectors=warm_start, seed=seed)
            else:
                out = power_iteration(op, v0, 1, "both", self.mi, self.tol, vectors=warm_start)
            lmin, lmax = out.smallest[:, 0], out.largest[:, 0]
            bad = ~np.isfinite(losses)
            lmin[bad] = lmax[bad] = np.nan
            vecs = None
            if warm_start and out.vec_smallest is not None and out.vec_largest is not None:
                vecs = out.vec_smallest[:, 0] + out.vec_largest[:, 0]
            return losses, lmin, lmax, out.converged | out.failed | bad, out.residual, vecs

        npts, shape = self.npts, self.shape
        key = (
            id(self.model), type(self.model).__name__, H.P, H.data.n, len(H.data.batches),
            str(dev), str(H.dtype), self.strategy, self.chunk_size, self.mi, shape, self.method,
        )  # fmt: skip
        if key in _MAP_CHOICE:  # the estimate and the map after it run the same way
            chosen, k, note = _MAP_CHOICE[key]
            H.prepare()
        else:
            chosen, k, note = _choose_map(
                H, self.C, self.strategy, self.chunk_size, self.mi, shape[-1]
            )
            cache_decision(_MAP_CHOICE, key, (chosen, k, note))
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
            self._sample(run_chunk, chosen, k)
            self.meta["n_hvp"] = H.n_hvp
            return
        stop = npts
        row = shape[-1]
        warm: dict[int, torch.Tensor] = {}
        values = self.values
        for start in range(0, stop, k):
            if self.grid is not None and self.grid.cancelled():
                self.meta["n_hvp"] = H.n_hvp
                self.grid.stop()
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
            self._chunk_done(H, len(Cc))
        self.meta["n_hvp"] = H.n_hvp
        self.meta["hvp_mode"] = H.mode


#: the loop/vmap decision per model, data, device and grid (measured once)
_MAP_CHOICE: OrderedDict[tuple, tuple[str, int, str]] = OrderedDict()

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
        Projected mean seconds per grid point (cold first chunk, warm-started rest).
    points_measured : int
        Grid points solved for the estimate (spread over the grid, and their neighbours).
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
    model: nn.Module, data: Any, dirs: Directions, *args: Any, **kwargs: Any
) -> RatioMapEstimate:
    """Projected time of `eigen_ratio_surface` from solving its first grid points.

    Runs the map's own set-up, then one chunk of grid points spread evenly over the grid
    (one vectorized chunk, or a few points when the map runs point by point) from cold
    starts and the chunk of their grid neighbours warm-started from them, with the same
    settings, and projects set-up + cold time of the map's first chunk + warm time of the
    other points. The model is left unchanged.

    It takes the arguments of `eigen_ratio_surface`, positional ones in the same order
    (one definition of them: they are bound to its signature).

    Parameters
    ----------
    model, data, dirs, a, b, loss_fn, device
        As in `eigen_ratio_surface`.
    *args, **kwargs
        The other arguments of `eigen_ratio_surface` (``solver``/``options`` or their
        keywords ``method``, ``max_iter``, ``tol``, ``strategy``, ``chunk_size``,
        ``batch_size``, ``bn``, ``hvp``, ``subsample``, ``center``, ``seed``,
        ``warm_start``); ``progress``, ``cancel``, ``callback``, ``unconverged`` and
        ``store_directions`` are accepted and ignored.

    Returns
    -------
    RatioMapEstimate
        ``float(estimate)`` is the projected total in seconds.

    See Also
    --------
    eigen_ratio_surface : during a run, the partial maps passed to ``callback`` carry
        the running projection in ``meta["estimate_s"]`` (and ``meta["elapsed_s"]``).
    """
    bound = inspect.signature(eigen_ratio_surface).bind(model, data, dirs, *args, **kwargs)
    given = dict(bound.arguments)
    bound.apply_defaults()
    call = bound.arguments
    fields = set(RatioMapOptions.field_names()) | set(EvalOptions.field_names())
    sol, opt = map_options(
        call["solver"], call["options"], {k: v for k, v in given.items() if k in fields},
        "estimate_eigen_ratio_time",
    )  # fmt: skip
    a, b, loss_fn, device = call["a"], call["b"], call["loss_fn"], call["device"]
    job = _RatioMap(model, data, dirs, a, b, loss_fn, device, sol, opt)
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
    H: HessianOperator,
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
    H.matvec(start_vectors(H.P, 1, 0, H.device))
    if strategy == "loop" or H.mode == "double_backward" or npts == 1:
        return "loop", loop_step, "" if strategy == "loop" else f"hvp mode {H.mode}"
    k = _map_chunk_size(H, iters, chunk)
    if chunk is None and row <= k < len(C):
        k = row  # one row per chunk: point p warm-starts from p - row, its grid neighbour
    if strategy == "vmap":
        return "vmap", k, ""
    kv = max(2, min(k, npts, 16 if H.device.type == "cpu" else k))
    V = start_vectors(H.P, kv, 1, H.device)
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
        return "loop", loop_step, f"vmap unavailable: {first_line(exc)}"
    if not H.vmap_ok:
        return "loop", loop_step, "vmap unavailable"
    note = f"measured loop {t_loop * 1e3:.2f} ms/HVP, vmap {t_vmap * 1e3:.2f} ms/HVP"
    if t_vmap < 0.9 * t_loop:
        return "vmap", k, note
    return "loop", loop_step, note


estimate_eigen_ratio_time.__signature__ = inspect.signature(  # type: ignore[attr-defined]
    eigen_ratio_surface
).replace(return_annotation="RatioMapEstimate")
