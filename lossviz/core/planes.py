"""Planes through three points of parameter space: loss surfaces with exact projections.

`plane_surface` maps the loss on the plane through three states (three snapshots of a
`lossviz.Trajectory`, or any three models / state dicts) with orthonormal in-plane axes, so
distances in the figure are true distances, and projects the other states onto it with their
distance from the plane; `connect_plane` draws the classic figure of Garipov et al. (2018):
the plane through both minima and the bend of a `lossviz.core.curves.Curve`, with the
curve and the straight line projected into it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import torch
from torch import nn

from .._util import check_int
from ..landscape import Landscape, ProjectedPath
from .curves import Curve, PointLike, architecture, metrics_at_states
from .directions import plane_directions
from .evaluate import surface
from .grid import GridRun
from .inputs import Metric, as_eval_data, resolve_device, resolve_metrics
from .params import state_tensors

__all__ = ["connect_plane", "plane_surface"]


# ------------------------------------------------------------------ planes
def _flat(state: Mapping[str, torch.Tensor], names: Sequence[str]) -> torch.Tensor:
    return torch.cat([state[n].reshape(-1).to("cpu", torch.float64) for n in names])


def _project(
    X: torch.Tensor, origin: torch.Tensor, U: torch.Tensor
) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates of rows of ``X`` in the orthonormal basis ``U`` (rows) around ``origin``,
    and each row's distance from the plane relative to its distance from ``origin``
    (as `lossviz.Trajectory.project` reports it; 0 for the origin itself)."""
    D = X - origin
    C = D @ U.T
    R = D - C @ U
    dn = D.norm(dim=1)
    rel = torch.where(dn > 0, R.norm(dim=1) / dn.clamp_min(1e-300), torch.zeros_like(dn))
    return C.numpy(), rel.numpy()


def _bounds(xy: np.ndarray, margin: float) -> tuple[tuple[float, float], tuple[float, float]]:
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    span = hi - lo
    ref = float(span.max())
    out = []
    for d in range(2):
        pad = margin * (span[d] if span[d] > 1e-3 * ref else ref)
        out.append((float(lo[d] - pad), float(hi[d] + pad)))
    return out[0], out[1]


def _grid_spec(grid: Any) -> tuple[int, int]:
    if isinstance(grid, (tuple, list)):
        if len(grid) != 2:
            raise ValueError(f"grid must be an int or (num_a, num_b), got {grid!r}")
        return check_int("grid[0]", grid[0], 2), check_int("grid[1]", grid[1], 2)
    g = check_int("grid", grid, 2)
    return g, g


def _plane_setup(
    model: nn.Module, states: Sequence[Mapping[str, torch.Tensor]], through: tuple[int, int, int]
):
    """Plane directions through ``states[through]`` and a projector for any states."""
    i, j, k = through
    dirs = plane_directions(states[i], states[j], states[k], model=model)
    pnames = [n for n, _ in model.named_parameters()]
    U = dirs.vectors()
    origin = _flat(states[i], pnames)

    def project(sts: Sequence[Mapping[str, torch.Tensor]]) -> tuple[np.ndarray, np.ndarray]:
        X = torch.stack([_flat(s, pnames) for s in sts])
        return _project(X, origin, U)

    return dirs, project


def _plane_surface(
    model: nn.Module,
    dirs: Any,
    center: Mapping[str, torch.Tensor],
    xy: np.ndarray,
    data: Any,
    grid: Any,
    margin: float,
    surface_kwargs: dict,
) -> Landscape:
    na, nb = _grid_spec(grid)
    if (
        isinstance(margin, bool)
        or not isinstance(margin, (int, float))
        or not math.isfinite(margin)
        or margin < 0
    ):
        raise ValueError(f"margin must be a finite number >= 0, got {margin!r}")
    ra, rb = _bounds(xy, float(margin))
    land = surface(
        model,
        data,
        dirs,
        a=(ra[0], ra[1], na),
        b=(rb[0], rb[1], nb),
        center=center,
        **surface_kwargs,
    )
    land.meta["kind"] = "plane"
    land.meta["equal_aspect"] = True
    land.meta["points"] = dirs.meta["points"]
    return land


def plane_surface(
    points: Sequence[PointLike],
    data: Any,
    through: Sequence[int] = (0, 1, 2),
    grid: int | tuple[int, int] = 41,
    margin: float = 0.2,
    labels: Sequence[str] | None = None,
    model: nn.Module | None = None,
    name: str | None = None,
    metrics: Sequence[str] | Mapping[str, Metric] = ("loss", "accuracy"),
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    progress: bool = True,
    **kwargs: Any,
) -> tuple[Landscape, ProjectedPath]:
    """The surface in the plane through three of ``points``, with all points projected.

    E.g. snapshots of a snapshot ensemble (cosine cyclic learning rate) or of fast geometric
    ensembling: the plane of three of them, orthonormal axes (true distances, see
    `lossviz.plane_directions`), centered on ``points[through[0]]``.

    Parameters
    ----------
    points : lossviz.Trajectory or sequence of torch.nn.Module or mapping
        At least three models of one architecture (or state dicts), or a recorded
        trajectory (its snapshots and labels; pass ``model=``).
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data.
    through : sequence of three int
        Indices of the points spanning the plane (first at the origin, second on the
        first axis).
    grid : int or (int, int)
        Grid points per axis.
    margin : float
        Extra space around the projected points, as a fraction of their extent.
    labels : sequence of str, optional
        One label per point (default ``"point 0"``, ... or the trajectory's labels).
    model : torch.nn.Module, optional
        The architecture, needed when all points are state dicts.
    name : str, optional
        Legend name of the points (default: the trajectory's name, or ``"points"``).
    metrics, loss_fn, device, progress
        As in `lossviz.surface`.
    **kwargs
        Passed to `lossviz.surface` (``batch_size``, ``bn``, ``subsample``, ``cancel``...).

    Returns
    -------
    landscape : Landscape
        2D, ``meta["kind"] == "plane"``, ``meta["equal_aspect"]`` True.
    path : ProjectedPath
        All points in plane coordinates, their true loss in ``values`` (when ``"loss"`` is
        among the metrics) and their distance from the plane in ``residuals`` (relative to
        their distance from the origin point; ~0 for the three plane points).
    """
    if _is_trajectory(points):
        if labels is None:
            labels = list(points.labels)
        if name is None:
            name = getattr(points, "name", None)
        points = [points.state(i) for i in range(len(points))]
    if isinstance(points, (str, bytes)) or not isinstance(points, Sequence) or len(points) < 3:
        raise ValueError(
            "points must be a lossviz.Trajectory or a sequence of at least three models "
            "or state dicts"
        )
    model = architecture(points, model, "points")
    through = tuple(through)
    if len(through) != 3:
        raise ValueError(f"through must name three point indices, got {through!r}")
    for idx in through:
        if isinstance(idx, bool) or not isinstance(idx, (int, np.integer)):
            raise TypeError(f"through must hold integers, got {through!r}")
        if not -len(points) <= idx < len(points):
            raise ValueError(f"through index {idx} is out of range for {len(points)} points")
    through = tuple(int(i) % len(points) for i in through)
    if len(set(through)) != 3:
        raise ValueError(f"through must name three different points, got {through!r}")
    if labels is None:
        labels = [f"point {i}" for i in range(len(points))]
    elif len(labels) != len(points):
        raise ValueError(f"labels has {len(labels)} entries for {len(points)} points")
    states = [state_tensors(p, model, f"points[{i}]") for i, p in enumerate(points)]
    dirs, project = _plane_setup(model, states, through)
    xy, resid = project(states)
    skw = dict(metrics=metrics, loss_fn=loss_fn, device=device, progress=progress, **kwargs)
    land = _plane_surface(model, dirs, states[through[0]], xy, data, grid, margin, skw)
    land.meta["axis_labels"] = _plane_labels(labels[through[0]], labels[through[1]])
    values = _point_losses(model, states, data, loss_fn, device, metrics, kwargs)
    path = ProjectedPath(xy, labels, name=name or "points", values=values, residuals=resid)
    return land, path


def _is_trajectory(obj: Any) -> bool:
    # duck-typed lossviz.Trajectory (snapshots as state dicts, labels like "cycle 3")
    return all(hasattr(obj, a) for a in ("state", "labels", "snapshot", "__len__"))


def _plane_labels(a: str, b: str) -> list[str]:
    return [f"distance along {a} → {b}", "distance in the plane, ⊥"]


def _point_losses(model, states, data, loss_fn, device, metrics, kwargs) -> np.ndarray | None:
    """True loss at each state (eval mode unless bn="train"), or None without "loss"."""
    names = (metrics,) if isinstance(metrics, str) else tuple(metrics)
    if isinstance(metrics, Mapping) or "loss" not in names:
        return None
    dev = resolve_device(device)
    edata = as_eval_data(data, dev, batch_size=kwargs.get("batch_size"))
    fns = resolve_metrics(("loss",), loss_fn)
    bn = kwargs.get("bn", "eval")
    with GridRun((np.arange(float(len(states))),), ["loss"], {}) as run:
        metrics_at_states(
            model, lambda i: states[i], edata, fns, dev, run,
            bn="eval" if bn == "recompute" else bn, bn_update=bn == "recompute",
        )  # fmt: skip
    vals = run.values
    return vals[:, 0]


def connect_plane(
    curve: Curve,
    data: Any,
    grid: int | tuple[int, int] = 41,
    margin: float = 0.2,
    curve_points: int = 61,
    metrics: Sequence[str] | Mapping[str, Metric] = ("loss", "accuracy"),
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    progress: bool = True,
    **kwargs: Any,
) -> tuple[Landscape, list[ProjectedPath]]:
    """The classic mode-connectivity figure: the plane through ``theta_a``, ``theta_b`` and
    the bend, with the points and the curve drawn on it.

    The axes are orthonormal (`lossviz.plane_directions`), so distances are true; ``theta_a``
    is at the origin and ``theta_b`` on the first axis. A quadratic Bezier or a two-segment
    chain (one bend) lies in this plane and is projected exactly (residual ~0). With more
    bends the plane goes through ``theta_a``, ``theta_b`` and the curve's midpoint
    ``phi(0.5)``, and the residuals say how far the curve leaves it.

    Parameters
    ----------
    curve : Curve
        From `connect`.
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data.
    grid : int or (int, int)
        Grid points per axis.
    margin : float
        Extra space around the points and the curve, as a fraction of their extent.
    curve_points : int
        Number of curve points drawn (evenly spaced in ``t``).
    metrics, loss_fn, device, progress, **kwargs
        As in `plane_surface` (passed to `lossviz.surface`).

    Returns
    -------
    landscape : Landscape
        2D surface in the plane, ``meta["kind"] == "plane"``. On BatchNorm nets the running
        statistics everywhere are those of ``theta_a`` (``bn="train"``: batch statistics
        per point) and the curve's ``values`` use the interpolated statistics; for the
        loss along the curve with recomputed statistics use
        ``curve.evaluate(data, bn_update=True)``.
    paths : list of ProjectedPath
        ``[points, curve]``: the control points (``theta_a``, bend(s), ``theta_b``) and the
        curve, with their true losses (``values``) and distances from the plane
        (``residuals``, relative to the distance from ``theta_a``).
    """
    if not isinstance(curve, Curve):
        raise TypeError(
            f"curve must be a lossviz Curve (from lv.connect), got {type(curve).__name__}"
        )
    curve_points = check_int("curve_points", curve_points, 2)
    model = curve.model
    third = curve.points[1] if curve.bends == 1 else curve.point(0.5, torch.float64)
    dirs, project = _plane_setup(model, [curve.points[0], curve.points[-1], third], (0, 1, 2))
    ts = np.linspace(0.0, 1.0, curve_points)
    cstates = [curve.point(float(t)) for t in ts]
    cxy, cres = project([curve.point(float(t), torch.float64) for t in ts])
    pxy, pres = project(curve.points)
    skw = dict(metrics=metrics, loss_fn=loss_fn, device=device, progress=progress, **kwargs)
    land = _plane_surface(
        model, dirs, curve.points[0], np.concatenate([pxy, cxy]), data, grid, margin, skw
    )
    land.meta["axis_labels"] = _plane_labels("θ_a", "θ_b")
    land.meta["curve"] = curve.kind
    k = len(curve.points)
    plabels = ["θ_a"] + [f"bend {i}" if k > 3 else "bend" for i in range(1, k - 1)] + ["θ_b"]
    # true losses: the points and the curve (buffers interpolated along the curve)
    pvals = _point_losses(model, [*curve.points, *cstates], data, loss_fn, device, metrics, kwargs)
    paths = [
        ProjectedPath(
            pxy,
            plabels,
            name=", ".join([plabels[0], "bends" if k > 3 else "bend", plabels[-1]]),
            values=None if pvals is None else pvals[:k],
            residuals=pres,
        ),
        ProjectedPath(
            cxy,
            [f"t = {t:.3f}" for t in ts],
            name=curve.name,
            values=None if pvals is None else pvals[k:],
            residuals=cres,
        ),
    ]
    return land, paths
