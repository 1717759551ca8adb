"""Scalar summaries of a landscape, to quote a number next to a picture.

Used by the "findings" tests and notebooks to compare two surfaces (skip vs no skip,
narrow vs wide, small vs large batch). All take a `lossviz.Landscape` (or a plain
array) and are numpy only.

- `basin_area`: the share of the grid whose loss is below a level (e.g. chance level
  ``ln(classes)``): how wide the low-loss basin around the minimizer is.
- `local_minima`: the number of strict local minima of a 2D surface: 1 for a single
  convex-looking basin, more for a chaotic one.
- `nonconvex_share`: the share of grid points whose eigen ratio ``|lambda_min/lambda_max|``
  (from `lossviz.eigen_ratio_surface`) is above a threshold: the paper's measure of
  non-convexity.
- `sharpness_1d`: the mean rise of a 1D curve at ``a = ±radius`` over its center value.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["basin_area", "local_minima", "nonconvex_share", "sharpness_1d"]


def _values(land: Any, metric: str) -> np.ndarray:
    if hasattr(land, "metrics") and hasattr(land, "coords"):
        if metric not in land.metrics:
            raise ValueError(f"metric={metric!r} is not in the landscape; it has {land.metrics}")
        return np.asarray(land[metric], dtype=np.float64)
    return np.asarray(land, dtype=np.float64)


def basin_area(land: Any, level: float, metric: str = "loss") -> float:
    """Share of the grid whose ``metric`` is below ``level`` (NaN counts as above).

    Parameters
    ----------
    land : Landscape or array_like
        A 1D or 2D landscape, or its values.
    level : float
        E.g. ``math.log(num_classes)``, the loss of a uniform guess.
    metric : str
        Which metric of a `Landscape`.

    Returns
    -------
    float
        In [0, 1].
    """
    v = _values(land, metric)
    with np.errstate(invalid="ignore"):
        return float(np.mean(np.nan_to_num(v, nan=np.inf) < level))


def local_minima(land: Any, metric: str = "loss", below: float | None = None) -> int:
    """Number of strict local minima of a 2D surface (8-neighbourhood, interior points).

    Parameters
    ----------
    land : Landscape or array_like
        A 2D landscape or its ``(n, m)`` values.
    metric : str
        Which metric of a `Landscape`.
    below : float, optional
        Count only minima whose value is below this (ignores noise far up the walls).

    Returns
    -------
    int
    """
    v = np.nan_to_num(_values(land, metric), nan=np.inf)
    if v.ndim != 2 or min(v.shape) < 3:
        raise ValueError(f"local_minima needs a 2D grid of at least 3x3 points, got {v.shape}")
    c = v[1:-1, 1:-1]
    neighbours = [
        v[i : v.shape[0] - 2 + i, j : v.shape[1] - 2 + j]
        for i in range(3)
        for j in range(3)
        if (i, j) != (1, 1)
    ]
    is_min = c < np.min(neighbours, axis=0)
    if below is not None:
        is_min &= c < below
    return int(is_min.sum())


def nonconvex_share(land: Any, threshold: float = 0.1, metric: str = "eigen_ratio") -> float:
    """Share of grid points with ``|lambda_min / lambda_max|`` above ``threshold``.

    Parameters
    ----------
    land : Landscape or array_like
        The result of `lossviz.eigen_ratio_surface` (or its ratio values).
    threshold : float
        0.1 in the notebooks: "more than 10% negative curvature".
    metric : str
        Which metric of a `Landscape` holds the ratio.

    Returns
    -------
    float
        In [0, 1]; NaN points count as convex.
    """
    v = _values(land, metric)
    return float(np.mean(np.nan_to_num(v, nan=0.0) > threshold))


def sharpness_1d(land: Any, radius: float, metric: str = "loss") -> float:
    """Mean rise of a 1D curve at ``a = -radius`` and ``a = +radius`` above ``a = 0``.

    Values between grid points are linearly interpolated.

    Parameters
    ----------
    land : Landscape
        A 1D landscape whose axis contains 0 in its range.
    radius : float
        Distance from the center, in the units of the axis.
    metric : str
        Which metric.

    Returns
    -------
    float
        ``(L(-r) + L(r)) / 2 - L(0)``.
    """
    if not (hasattr(land, "coords") and len(land.coords) == 1):
        raise TypeError("sharpness_1d needs a 1D lossviz.Landscape")
    a = np.asarray(land.coords[0], dtype=np.float64)
    v = _values(land, metric)
    if not (a[0] <= -radius and radius <= a[-1] and radius > 0):
        raise ValueError(f"radius={radius!r} must be > 0 and inside the axis [{a[0]}, {a[-1]}]")
    left, center, right = np.interp([-radius, 0.0, radius], a, v)
    return float((left + right) / 2 - center)
