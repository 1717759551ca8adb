"""Validation and value handling shared by the renderers (numpy only, no toolkit imports),
and the binding of their option groups (positional parameters kept).
"""

from __future__ import annotations

import functools
import inspect
import math
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from .._util import options_signature
from ..landscape import Landscape, ProjectedPath

#: display names of well-known metrics (colorbar and axis titles)
_DISPLAY = {
    "eigen_ratio": "|λmin/λmax|",
    "top_eigenvalue": "top Hessian eigenvalue",
    "hessian_trace": "Hessian trace",
}


def is_accuracy(metric: str) -> bool:
    """True for accuracy metrics (``"accuracy"``, ``"test_accuracy"``, ``"train_acc"``)."""
    return metric in ("accuracy", "acc") or metric.endswith(("_accuracy", "_acc"))


def is_eigen_ratio(metric: str) -> bool:
    """True for the convexity map ``|λmin/λmax|`` (``"eigen_ratio"``, ``"test_eigen_ratio"``)."""
    return metric == "eigen_ratio" or metric.endswith("_eigen_ratio")


def display_name(metric: str) -> str:
    """A readable name for a metric, e.g. ``"test_loss"`` -> ``"test loss"``."""
    for key, text in _DISPLAY.items():
        if metric == key:
            return text
        if metric.endswith("_" + key):
            return metric[: -len(key) - 1].replace("_", " ") + " " + text
    return metric.replace("_", " ")


def check_landscape(land: Any, name: str = "land", ndim: int | None = None) -> Landscape:
    """Raise TypeError/ValueError naming ``name`` unless ``land`` is a usable Landscape."""
    if not isinstance(land, Landscape):
        raise TypeError(f"{name} must be a lossviz.Landscape, got {type(land).__name__}")
    if ndim is not None and land.ndim != ndim:
        hint = (
            "use lossviz.render.plotly.line for 1D landscapes"
            if land.ndim == 1
            else "use contour/surface3d for 2D landscapes"
        )
        raise ValueError(f"{name} is a {land.ndim}D landscape but a {ndim}D one is needed; {hint}")
    if ndim == 2 and min(land.shape) < 2:
        raise ValueError(
            f"{name} has grid shape {land.shape}; a 2D plot needs >= 2 points per axis"
        )
    return land


def pick_metric(land: Landscape, metric: str | None, name: str = "land") -> str:
    """Resolve ``metric`` (None: ``"loss"`` if present, else the first metric)."""
    if metric is None:
        return "loss" if "loss" in land else land.metrics[0]
    if not isinstance(metric, str) or metric not in land:
        raise ValueError(f"metric={metric!r} is not in {name}; it has {land.metrics}")
    return metric


def values(land: Landscape, metric: str, name: str = "land") -> np.ndarray:
    """The metric's values (a copy, float64) after checking that some are finite."""
    z = np.array(land[metric], dtype=np.float64)
    z[~np.isfinite(z)] = np.nan
    if not np.isfinite(z).any():
        raise ValueError(
            f"metric {metric!r} of {name} has no finite values (all NaN): nothing to draw"
        )
    return z


def check_zmax(zmax: float | None) -> float | None:
    """Validate ``zmax`` (None or a finite number)."""
    if zmax is None:
        return None
    if isinstance(zmax, bool) or not isinstance(zmax, (int, float, np.floating, np.integer)):
        raise TypeError(f"zmax must be a number or None, got {type(zmax).__name__}")
    if not math.isfinite(float(zmax)):
        raise ValueError(f"zmax must be finite, got {zmax!r}")
    return float(zmax)


def clip(z: np.ndarray, zmax: float | None, name: str = "land") -> np.ndarray:
    """Clip values above ``zmax`` to ``zmax`` like the original VTP export (NaN stays NaN)."""
    if zmax is None:
        return z
    lo = np.nanmin(z)
    if zmax <= lo:
        raise ValueError(
            f"zmax={zmax:g} is not above the smallest value of {name} ({lo:.4g}): "
            "everything would be clipped to one flat level"
        )
    return np.where(z > zmax, zmax, z)


def check_log(z: np.ndarray, metric: str, name: str = "land") -> np.ndarray:
    """Values ready for ``log10``: negative values raise, zeros are floored with a warning."""
    lo = np.nanmin(z)
    if lo < 0:
        raise ValueError(
            f"log=True needs non-negative values but metric {metric!r} of {name} has "
            f"minimum {lo:.4g}; use log=False"
        )
    if lo == 0:
        pos = z[z > 0]
        if pos.size == 0:
            raise ValueError(f"log=True: metric {metric!r} of {name} is zero everywhere")
        floor = float(np.nanmin(pos)) / 10.0
        warnings.warn(
            f"log=True: metric {metric!r} has zeros; they are shown at {floor:.3g}",
            RuntimeWarning,
            stacklevel=3,
        )
        z = np.where(z == 0, floor, z)
    return z


def nice_step(span: float, target: int = 20) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about ``target`` levels."""
    if not span > 0 or not math.isfinite(span):
        return 1.0
    raw = span / target
    p = 10.0 ** math.floor(math.log10(raw))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if raw <= m * p * 1.0000001:
            return m * p
    return 10.0 * p  # pragma: no cover


def log_ticks(lo: float, hi: float) -> tuple[list[float], list[str]]:
    """Tick positions (in log10 units) and labels (true values) for a log color scale."""
    vals: list[float] = []
    for e in range(math.floor(lo) - 1, math.ceil(hi) + 1):
        for m in (1, 2, 5):
            v = math.log10(m) + e
            if lo - 1e-9 <= v <= hi + 1e-9:
                vals.append(v)
    if len(vals) < 3:  # a narrow range: plain evenly spaced ticks
        vals = list(np.linspace(lo, hi, 5))
    elif len(vals) > 12:  # a wide range: only powers of ten
        vals = [v for v in vals if abs(v - round(v)) < 1e-9]
    return vals, [f"{10.0**v:.3g}" for v in vals]


def as_paths(trajectory: Any, name: str = "trajectory", ndim: int = 2) -> list[ProjectedPath]:
    """Normalize ``trajectory`` (path, list of paths, or an (n, 2) array) to a list of paths."""
    if trajectory is None:
        return []
    if isinstance(trajectory, ProjectedPath):
        items: Sequence[Any] = [trajectory]
    elif isinstance(trajectory, np.ndarray):
        items = [trajectory]
    elif isinstance(trajectory, Sequence) and not isinstance(trajectory, str):
        if len(trajectory) and all(isinstance(t, ProjectedPath) for t in trajectory):
            items = trajectory
        else:  # a nested list of coordinates
            items = [np.asarray(trajectory, dtype=np.float64)]
    else:
        raise TypeError(
            f"{name} must be a ProjectedPath, a list of them or an (n, {ndim}) array, "
            f"got {type(trajectory).__name__}"
        )
    out = []
    for k, item in enumerate(items):
        if not isinstance(item, ProjectedPath):
            try:
                item = ProjectedPath(item, name="trajectory" if len(items) == 1 else f"path {k}")
            except ValueError as exc:
                raise ValueError(f"{name}: {exc}") from None
        if item.coords.shape[1] != ndim:
            raise ValueError(
                f"{name} has {item.coords.shape[1]}-D points but the landscape is {ndim}D"
            )
        out.append(item)
    return out


def interp_surface(land: Landscape, z: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Bilinear interpolation of the grid values ``z`` (shape of ``land``) at points ``xy``.

    Points outside the grid give NaN.
    """
    a, b = land.coords
    x, y = xy[:, 0], xy[:, 1]
    out = np.full(len(xy), np.nan)
    inside = (x >= a[0]) & (x <= a[-1]) & (y >= b[0]) & (y <= b[-1])
    if not inside.any():
        return out
    xi, yi = x[inside], y[inside]
    i = np.clip(np.searchsorted(a, xi, side="right") - 1, 0, a.size - 2)
    j = np.clip(np.searchsorted(b, yi, side="right") - 1, 0, b.size - 2)
    tx = (xi - a[i]) / (a[i + 1] - a[i])
    ty = (yi - b[j]) / (b[j + 1] - b[j])
    out[inside] = (
        z[i, j] * (1 - tx) * (1 - ty)
        + z[i + 1, j] * tx * (1 - ty)
        + z[i, j + 1] * (1 - tx) * ty
        + z[i + 1, j + 1] * tx * ty
    )
    return out


def interp_line(land: Landscape, z: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Linear interpolation of 1D values ``z`` at ``x`` (NaN outside the grid)."""
    (a,) = land.coords
    out = np.interp(x, a, z)
    out[(x < a[0]) | (x > a[-1])] = np.nan
    return out


def warn_outside(land: Landscape, paths: list[ProjectedPath]) -> None:
    """Warn when a path leaves the grid (the surface is not defined there)."""
    for p in paths:
        c = p.coords
        out = np.zeros(len(c), dtype=bool)
        for k, ax in enumerate(land.coords):
            out |= (c[:, k] < ax[0]) | (c[:, k] > ax[-1])
        if out.any():
            warnings.warn(
                f"{int(out.sum())} of {len(c)} points of path {p.name!r} lie outside the "
                "landscape's grid; enlarge the grid to see the surface under them",
                UserWarning,
                stacklevel=3,
            )


def named_landscapes(lands: Any, name: str = "lands") -> tuple[list[str], list[Landscape]]:
    """Normalize a Landscape, a list of them or a mapping ``{name: land}``."""
    if isinstance(lands, Landscape):
        lands = [lands]
    if isinstance(lands, Mapping):
        names = [str(k) for k in lands]
        items = list(lands.values())
    elif isinstance(lands, Sequence) and not isinstance(lands, str):
        items = list(lands)
        names = []
        for k, land in enumerate(items):
            meta = getattr(land, "meta", {}) or {}
            names.append(str(meta.get("name") or meta.get("label") or f"landscape {k + 1}"))
        if len(set(names)) != len(names):
            names = [f"{n} ({k + 1})" for k, n in enumerate(names)]
    else:
        raise TypeError(
            f"{name} must be a Landscape, a list of them or a dict name -> Landscape, "
            f"got {type(lands).__name__}"
        )
    if not items:
        raise ValueError(f"{name} is empty")
    for k, land in enumerate(items):
        check_landscape(land, f"{name}[{names[k]!r}]")
    return names, items


# ----------------------------------------------------------------------- option groups
def options_entry(group: Any) -> Callable[[Callable], Callable]:
    """Decorator: publish ``func(land, o)`` as a renderer taking the option group ``group``.

    The renderer is called as ``func(land, <fields in group.POSITIONAL>, *, options=None,
    <other fields>)``, the documented positional parameters kept. ``func`` receives ``o``,
    ``group.of(options, keywords)`` (`lossviz._util.Options`) with the positional arguments
    bound to their fields; too many of them, a field given twice or an unknown keyword raise
    ``TypeError``. The published signature (``help()``, shift-tab) lists every field, as
    `lossviz._util.options_signature` does.
    """
    names = tuple(group.POSITIONAL)

    def decorate(func: Callable) -> Callable:
        where = func.__name__

        @functools.wraps(func)
        def entry(land: Any, *args: Any, options: Any = None, **kwargs: Any) -> Any:
            if len(args) > len(names):
                raise TypeError(
                    f"{where}() takes from 1 to {len(names) + 1} positional arguments "
                    f"but {len(args) + 1} were given"
                )
            given = dict(zip(names, args, strict=False))  # the others keep their defaults
            twice = [n for n in given if n in kwargs]
            if twice:
                raise TypeError(f"{where}() got multiple values for argument {twice[0]!r}")
            return func(land, group.of(options, {**given, **kwargs}, where=where))

        def proto(land: Any, *, options: Any = None, **kwargs: Any) -> Any:
            """The published parameters before the group's fields are added."""

        own = inspect.signature(func)
        params = list(inspect.signature(options_signature(group)(proto)).parameters.values())
        lead = next(iter(own.parameters.values())).replace(name="land")
        pos = [p.replace(kind=p.POSITIONAL_OR_KEYWORD) for p in params if p.name in names]
        options = params[1].replace(annotation=f"{group.__name__} | None")
        rest = [p for p in params[2:] if p.name not in names]
        entry.__signature__ = own.replace(parameters=[lead, *pos, options, *rest])
        return entry

    return decorate
