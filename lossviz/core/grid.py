"""The grid driver: bookkeeping of one computation over the points of a 1D/2D grid.

`GridRun` owns what every grid computation needs apart from computing its points: the
value array (NaN until a point is done), the progress bar, the user's ``callback`` with a
partial `Landscape` after every step, the ``cancel`` check and the `Cancelled` exception that
carries the partial result, the metadata, and the final result with non-finite values turned
into NaN (with one warning). `surface` uses it; the eigen-ratio map and the tiled path can
drive their own points through it the same way (see /work/coord/engine-api.md). It knows
nothing about models: numpy and the result type only, plus tqdm when a bar is shown.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import numpy as np

from ..landscape import Landscape

__all__ = ["Cancelled", "GridRun", "is_cancelled", "progress_bar"]


class Cancelled(Exception):
    """Raised when a computation is cancelled; ``.landscape`` holds the partial result."""

    def __init__(self, message: str = "computation cancelled", landscape: Landscape | None = None):
        super().__init__(message)
        self.landscape = landscape


def progress_bar(total: int, enabled: bool, desc: str) -> Any:
    """A notebook-aware tqdm bar over ``total`` points, or None when disabled/unavailable.

    Parameters
    ----------
    total : int
        Number of points.
    enabled : bool
        Whether to show a bar.
    desc : str
        Its label.

    Returns
    -------
    tqdm.tqdm or None
    """
    if not enabled:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover
        return None
    return tqdm(total=total, desc=desc, unit="pt", leave=False)


def is_cancelled(cancel: Any) -> bool:
    """Whether ``cancel`` (None, a ``threading.Event`` or a callable) asks to stop.

    Parameters
    ----------
    cancel : threading.Event, callable or None

    Returns
    -------
    bool
    """
    if cancel is None:
        return False
    if hasattr(cancel, "is_set"):
        return bool(cancel.is_set())
    return bool(cancel())


class GridRun:
    """Values, progress, callbacks, cancel and metadata of one grid computation.

    Parameters
    ----------
    coords : sequence of numpy.ndarray
        The grid axes, ``(a,)`` or ``(a, b)``; points are numbered row-major.
    metrics : sequence of str
        Metric names, in the order of the value columns.
    meta : dict
        Initial metadata of the result (copied).
    progress : bool
        Show a progress bar.
    desc : str
        The bar's label.
    cancel : threading.Event or callable, optional
        Checked by `cancelled`.
    callback : callable, optional
        ``callback(partial_landscape, done, total)`` after every `advance` with new points.

    Attributes
    ----------
    values : numpy.ndarray
        ``(n_points, n_metrics)`` float64, NaN where not computed yet; write results here
        (or into `grid_view`).
    meta : dict
        The result's metadata; update it freely.
    done : int
        Points reported done through `advance`.

    Notes
    -----
    Use as a context manager (closes the progress bar)::

        with GridRun(coords, ["loss"], meta, progress=True, desc="x") as run:
            for k, c in enumerate(points):
                if run.cancelled():
                    run.stop()                 # raises Cancelled(partial result)
                run.values[k] = evaluate(c)
                run.advance(1)
        land = run.finish(directions)
    """

    def __init__(
        self,
        coords: Sequence[np.ndarray],
        metrics: Sequence[str],
        meta: dict,
        *,
        progress: bool = False,
        desc: str = "lossviz",
        cancel: Any = None,
        callback: Callable[[Landscape, int, int], None] | None = None,
    ):
        self.coords = tuple(np.asarray(c) for c in coords)
        self.shape = tuple(c.size for c in self.coords)
        self.npts = int(np.prod(self.shape))
        self.metrics = list(metrics)
        self.values = np.full((self.npts, len(self.metrics)), np.nan)
        self.meta = dict(meta)
        self.done = 0
        self.cancel = cancel
        self.callback = callback
        self.t_start = time.perf_counter()
        self.bar = progress_bar(self.npts, progress, desc)

    def __enter__(self) -> GridRun:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Close the progress bar (idempotent)."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def grid_view(self) -> np.ndarray:
        """`values` as ``(*shape, n_metrics)`` (a view: tiles can write blocks into it)."""
        return self.values.reshape(*self.shape, len(self.metrics))

    def cancelled(self) -> bool:
        """Whether the user's ``cancel`` asks to stop."""
        return is_cancelled(self.cancel)

    def advance(self, n_new: int, info: dict | None = None) -> None:
        """Report ``n_new`` more points done (and metadata ``info``): bar and callback."""
        if info:
            self.meta.update(info)
        self.done += n_new
        if self.bar is not None and n_new:
            self.bar.update(n_new)
        if self.callback is not None and n_new:
            self.callback(self.partial(), self.done, self.npts)

    def partial(self) -> Landscape:
        """The result so far (NaN where not computed), as a new `Landscape`."""
        mets = {m: self.values[:, k].reshape(self.shape).copy() for k, m in enumerate(self.metrics)}
        return Landscape(self.coords, mets, dict(self.meta))

    def stop(self) -> NoReturn:
        """Raise `Cancelled` carrying the partial result."""
        raise Cancelled(landscape=self.partial())

    def finish(
        self,
        directions: Any = None,
        expected_nan: np.ndarray | None = None,
        stacklevel: int = 3,
    ) -> Landscape:
        """The final `Landscape`; non-finite values become NaN with one warning.

        Parameters
        ----------
        directions : optional
            Directions to store with the result (numpy, as `Directions.numpy` gives).
        expected_nan : numpy.ndarray, optional
            Boolean mask of points set to NaN on purpose (not counted in the warning).
        stacklevel : int
            Of the warning, counted from the caller of `finish`.

        Returns
        -------
        Landscape
        """
        values = self.values
        bad = ~np.isfinite(values)
        if expected_nan is not None:
            bad &= ~expected_nan[:, None]
        if bad.any():
            values[bad] = np.nan
            warnings.warn(
                f"lossviz: {int(bad.any(axis=1).sum())} of {self.npts} grid points gave a "
                "non-finite value (NaN/inf); they are NaN in the result",
                RuntimeWarning,
                stacklevel=stacklevel,
            )
        self.meta["seconds"] = round(time.perf_counter() - self.t_start, 4)
        mets = {m: values[:, j].reshape(self.shape) for j, m in enumerate(self.metrics)}
        return Landscape(self.coords, mets, self.meta, directions)
