"""Optimizers on the *projected* 2-D function of a landscape (teaching aid, numpy only).

A `Landscape` samples ``f(a, b) = L(theta* + a d1 + b d2)`` on a grid. `GridFunction`
interpolates it bilinearly, with the exact gradient of the interpolant, and `descend`
runs gradient descent, heavy-ball momentum or Adam on that 2-D function. This runs on
the 2-D slice drawn on screen, **not** on the network: it shows why momentum rolls
through small bumps and why too large a step diverges, on the picture the class sees.

The widgets animate the ball in the browser (``js/``); this module is the reference
implementation the browser's ball is tested against. A ball descends the **loss** only:
`GridFunction.from_landscape` refuses any other metric (on accuracy "descending" would
climb out of the basin).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .._util import check_choice

METHODS = ("gd", "momentum", "adam")


class GridFunction:
    """Bilinear interpolant of values on a rectilinear grid, with a gradient.

    Parameters
    ----------
    a, b : array_like
        Strictly increasing grid coordinates (at least two each).
    z : array_like
        Values of shape ``(len(a), len(b))``; ``z[i, j]`` is the value at ``(a[i], b[j])``.
        NaN (uncomputed) points make the interpolant NaN in the cells that touch them.

    Examples
    --------
    >>> import numpy as np
    >>> a = b = np.linspace(-1, 1, 3)
    >>> f = GridFunction(a, b, np.add.outer(a, 2 * b))
    >>> float(f.value((0.5, 0.25))), f.cell_gradient((0.5, 0.25)).tolist()
    (1.0, [1.0, 2.0])
    """

    def __init__(self, a, b, z) -> None:
        self.a = np.asarray(a, dtype=np.float64)
        self.b = np.asarray(b, dtype=np.float64)
        self.z = np.asarray(z, dtype=np.float64)
        for name, c in (("a", self.a), ("b", self.b)):
            if c.ndim != 1 or c.size < 2 or not np.all(np.diff(c) > 0):
                raise ValueError(f"{name} must be a strictly increasing 1-D array of >= 2 values")
        if self.z.shape != (self.a.size, self.b.size):
            raise ValueError(
                f"z must have shape (len(a), len(b)) = {(self.a.size, self.b.size)}, "
                f"got {self.z.shape}"
            )

    @classmethod
    def from_landscape(cls, land, metric: str = "loss") -> GridFunction:
        """Interpolant of the loss of a 2D `lossviz.Landscape`.

        Parameters
        ----------
        land : lossviz.Landscape
            A 2D landscape.
        metric : {"loss"}
            The metric descended: only the loss (a ball on accuracy would climb).

        Returns
        -------
        GridFunction

        Raises
        ------
        ValueError
            For another metric, a 1D landscape, or a landscape without a loss.
        """
        if metric != "loss":
            raise ValueError(
                f"metric={metric!r} is not allowed; the descent ball descends the loss only "
                "(choose 'loss')"
            )
        if "loss" not in land.metrics:
            raise ValueError("the landscape has no 'loss' metric to descend")
        if land.ndim != 2:
            raise ValueError("descent needs a 2D landscape")
        return cls(land.coords[0], land.coords[1], land[metric])

    def contains(self, p) -> bool:
        """Whether point ``p = (a, b)`` lies inside the grid's rectangle."""
        x, y = float(p[0]), float(p[1])
        return bool(self.a[0] <= x <= self.a[-1] and self.b[0] <= y <= self.b[-1])

    def _cell(self, p):
        x, y = float(p[0]), float(p[1])
        i = int(np.clip(np.searchsorted(self.a, x, side="right") - 1, 0, self.a.size - 2))
        j = int(np.clip(np.searchsorted(self.b, y, side="right") - 1, 0, self.b.size - 2))
        hx = self.a[i + 1] - self.a[i]
        hy = self.b[j + 1] - self.b[j]
        tx = (x - self.a[i]) / hx
        ty = (y - self.b[j]) / hy
        z = self.z
        return z[i, j], z[i + 1, j], z[i, j + 1], z[i + 1, j + 1], tx, ty, hx, hy

    def value(self, p) -> float:
        """Interpolated value at ``p = (a, b)`` (extrapolated linearly outside the grid)."""
        z00, z10, z01, z11, tx, ty, _, _ = self._cell(p)
        return float(
            z00 * (1 - tx) * (1 - ty) + z10 * tx * (1 - ty) + z01 * (1 - tx) * ty + z11 * tx * ty
        )

    def gradient(self, p) -> np.ndarray:
        """Gradient ``(df/da, df/db)`` by central differences of the interpolant.

        The step is the local grid spacing, so at grid points this is the central
        difference of the grid values and in between it varies continuously (the exact
        gradient of a bilinear interpolant jumps at cell edges, which makes gradient
        descent rattle around a minimum instead of settling). For values sampled from a
        quadratic it equals the quadratic's gradient exactly.
        """
        x, y = float(p[0]), float(p[1])
        _, _, _, _, _, _, hx, hy = self._cell(p)
        ga = (self.value((x + hx, y)) - self.value((x - hx, y))) / (2 * hx)
        gb = (self.value((x, y + hy)) - self.value((x, y - hy))) / (2 * hy)
        return np.array([ga, gb], dtype=np.float64)

    def cell_gradient(self, p) -> np.ndarray:
        """Exact gradient of the bilinear interpolant inside the cell holding ``p``."""
        z00, z10, z01, z11, tx, ty, hx, hy = self._cell(p)
        ga = ((z10 - z00) * (1 - ty) + (z11 - z01) * ty) / hx
        gb = ((z01 - z00) * (1 - tx) + (z11 - z10) * tx) / hy
        return np.array([ga, gb], dtype=np.float64)


@dataclass
class DescentPath:
    """The points an optimizer visited on a 2-D function.

    Attributes
    ----------
    points : numpy.ndarray
        ``(n, 2)`` positions, starting with the start point.
    values : numpy.ndarray
        ``(n,)`` interpolated function values at the points.
    status : str
        ``"converged"`` (step below ``tol``), ``"max steps"``, ``"left the grid"``
        (diverged or rolled off the computed area) or ``"nan"`` (reached an uncomputed cell).
    method : str
        The optimizer.
    """

    points: np.ndarray
    values: np.ndarray
    status: str
    method: str
    params: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.points)


def descend(
    f: GridFunction,
    start,
    method: str = "gd",
    lr: float = 0.1,
    momentum: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
    steps: int = 200,
    tol: float = 1e-6,
) -> DescentPath:
    """Run an optimizer on the 2-D function ``f`` from ``start``.

    Parameters
    ----------
    f : GridFunction
        The projected 2-D function.
    start : array_like
        Start point ``(a, b)``; must lie inside the grid.
    method : {"gd", "momentum", "adam"}
        Plain gradient descent ``p -= lr g``; heavy-ball momentum
        ``v = momentum v + g; p -= lr v``; Adam (``beta1 = momentum``, ``beta2``,
        bias-corrected).
    lr : float
        Learning rate (> 0).
    momentum : float
        Momentum coefficient in [0, 1) (Adam's ``beta1``).
    beta2 : float
        Adam's second-moment decay in [0, 1).
    eps : float
        Adam's epsilon.
    steps : int
        Maximum number of steps.
    tol : float
        Stop when a step moves less than this (``"converged"``).

    Returns
    -------
    DescentPath

    Examples
    --------
    >>> import numpy as np
    >>> a = np.linspace(-2, 2, 41)
    >>> f = GridFunction(a, a, np.add.outer(a**2, a**2))
    >>> path = descend(f, (1.5, -1.0), lr=0.1, steps=500)
    >>> path.status, bool(np.abs(path.points[-1]).max() < 0.05)
    ('converged', True)
    """
    if not isinstance(f, GridFunction):
        raise TypeError(f"f must be a GridFunction, got {type(f).__name__}")
    check_choice("method", method, METHODS)
    if not (isinstance(lr, (int, float)) and np.isfinite(lr) and lr > 0):
        raise ValueError(f"lr must be a positive number, got {lr!r}")
    if not (0 <= momentum < 1):
        raise ValueError(f"momentum must be in [0, 1), got {momentum!r}")
    if not (0 <= beta2 < 1):
        raise ValueError(f"beta2 must be in [0, 1), got {beta2!r}")
    if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)) or steps < 1:
        raise ValueError(f"steps must be a positive integer, got {steps!r}")
    p = np.asarray(start, dtype=np.float64).reshape(-1)
    if p.shape != (2,) or not np.all(np.isfinite(p)):
        raise ValueError(f"start must be a finite point (a, b), got {start!r}")
    if not f.contains(p):
        raise ValueError(f"start={tuple(p)} lies outside the computed grid")
    points = [p.copy()]
    values = [f.value(p)]
    v = np.zeros(2)
    s = np.zeros(2)
    status = "max steps"
    for t in range(1, int(steps) + 1):
        g = f.gradient(p)
        if not np.all(np.isfinite(g)):
            status = "nan"
            break
        if method == "gd":
            step = lr * g
        elif method == "momentum":
            v = momentum * v + g
            step = lr * v
        else:
            v = momentum * v + (1 - momentum) * g
            s = beta2 * s + (1 - beta2) * g * g
            vh = v / (1 - momentum**t)
            sh = s / (1 - beta2**t)
            step = lr * vh / (np.sqrt(sh) + eps)
        p = p - step
        if not f.contains(p):
            status = "left the grid"
            break
        points.append(p.copy())
        values.append(f.value(p))
        if float(np.hypot(*step)) < tol:
            status = "converged"
            break
    params = {"lr": float(lr), "momentum": float(momentum), "steps": int(steps)}
    return DescentPath(np.array(points), np.array(values), status, method, params)
