"""What the widgets compute: loss/accuracy frames, eigen-ratio maps, projected paths.

`LandscapeJob` is the job an Explorer / Compare hands to its `Controller`: for a `Request`
(a `ComputeState` plus the weights' fingerprints), it emits a coarse *preview* frame on a
data subsample, then the full grid with loss and accuracy together; if the eigen-ratio map
is wanted it then estimates the map's time from its first points, asks the user before
anything projected over `EIGEN_CONFIRM_S` (the map's own projection,
``partial.meta["estimate_s"]`` of `lossviz.core.hessian.eigen_ratio_surface`'s callback, or
the time per point so far), and emits the frame again with the map added.
Frames, directions and projected paths are cached under keys that include the weights'
content (`lossviz.widgets.state.weights_key`): a model changed in place is recomputed.
No widget toolkit is imported here.
"""

from __future__ import annotations

import math
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from .._util import options_signature
from .controller import JobContext
from .state import (
    BASE_METRICS,
    EIGEN_CONFIRM_S,
    ComputeState,
    JobOptions,
    project_seconds,
    weights_key,
)

#: points of the eigen-ratio map timed before the projection is trusted
EIGEN_PROBE_POINTS = 4


@dataclass(frozen=True)
class Request:
    """One computation: the compute settings and the weights they apply to.

    Attributes
    ----------
    state : ComputeState
        The compute settings.
    weights : tuple of str
        `weights_key` of each model, in the job's model order (taken when the request was
        made, so a model changed in place makes a different request).
    confirm_s : float or None
        Ask before an eigen-ratio map projected longer than this (None: never ask).
    """

    state: ComputeState
    weights: tuple[str, ...] = ()
    confirm_s: float | None = EIGEN_CONFIRM_S

    def key(self, eigen: bool | None = None) -> tuple:
        """Cache key of the frame (``eigen`` overrides ``state.eigen``)."""
        e = self.state.eigen if eigen is None else eigen
        return (self.state.compute_key(), self.weights, bool(e))


@dataclass
class Frame:
    """One picture's worth of results, delivered by a job.

    Attributes
    ----------
    lands : dict of str to Landscape
        One landscape per model (key ``"model"`` in the Explorer).
    state : ComputeState
        The compute settings the landscapes were computed for.
    preview : bool
        True for the coarse first frame (grid and/or data subsampled).
    generation : int
        The request's generation.
    label : str
        Human-readable description (``"preview 11x11 on 256 samples"``).
    seconds : float
        Compute time.
    paths : dict of str to ProjectedPath
        Projected trajectory per model (empty without a trajectory).
    notes : list of str
        Warnings worth showing with the frame (e.g. a path far off the plane).
    weights : tuple of str
        The weights' fingerprints the frame was computed for.
    """

    lands: dict
    state: ComputeState
    preview: bool
    generation: int = 0
    label: str = ""
    seconds: float = 0.0
    paths: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)
    weights: tuple = ()

    @property
    def metrics(self) -> list[str]:
        """Metrics every landscape of the frame holds, in display order."""
        lands = list(self.lands.values())
        common = [m for m in lands[0].metrics if all(m in ld.metrics for ld in lands)]
        order = [m for m in ("loss", "accuracy", "eigen_ratio") if m in common]
        return order + [m for m in common if m not in order]


def merge_eigen(base: Any, eigen: Any) -> Any:
    """A landscape with ``base``'s metrics plus the eigen-ratio map's Hessian metrics.

    Parameters
    ----------
    base : Landscape
        Loss and accuracy on the grid.
    eigen : Landscape
        `lossviz.eigen_ratio_surface` on the same grid.

    Returns
    -------
    Landscape
        ``loss`` and ``accuracy`` from ``base``; ``eigen_ratio``, ``lambda_min``,
        ``lambda_max`` from ``eigen``; ``meta["eigen"]`` holds the map's metadata.
    """
    from ..landscape import Landscape

    if base.shape != eigen.shape or not all(
        np.array_equal(c0, c1) for c0, c1 in zip(base.coords, eigen.coords, strict=True)
    ):
        raise ValueError("the eigen-ratio map and the loss landscape have different grids")
    metrics = {m: base[m] for m in base.metrics}
    for m in ("eigen_ratio", "lambda_min", "lambda_max"):
        if m in eigen.metrics:
            metrics[m] = eigen[m]
    meta = dict(base.meta)
    meta["eigen"] = {k: v for k, v in eigen.meta.items() if k != "directions"}
    return Landscape(base.coords, metrics, meta, base.directions)


def slice_at_b0(land: Any) -> Any:
    """The 1D slice of a 2D landscape through the grid row nearest ``b = 0``.

    What the view's 1D view draws for a 2D frame. With ``b = 0`` on the grid this is the
    1D landscape along the first direction alone (``theta* + a d1``).

    Parameters
    ----------
    land : Landscape
        A 1D landscape (returned as is) or a 2D one.

    Returns
    -------
    Landscape
        1D, with ``meta["b"]`` the row's ``b`` value.
    """
    from ..landscape import Landscape

    if land.ndim == 1:
        return land
    a, b = land.coords
    j = int(np.argmin(np.abs(b)))
    meta = {**land.meta, "b": float(b[j])}
    return Landscape((a,), {m: land[m][:, j] for m in land.metrics}, meta)


def grid_axes(state: ComputeState, points: int) -> dict[str, tuple[float, float, int]]:
    """Grid axes of ``state`` at ``points`` per axis, as `lossviz.surface` takes them."""
    axes = {"a": (state.a[0], state.a[1], points)}
    if state.ndim == 2:
        axes["b"] = (state.b[0], state.b[1], points)
    return axes


def preview_plan(
    state: ComputeState, preview_points: int, preview_samples: int, n_samples: int
) -> tuple[int, int | None] | None:
    """Points per axis and data subsample of the preview frame, or None for no preview.

    Parameters
    ----------
    state : ComputeState
    preview_points : int
        Points per axis of a preview (0: never a preview).
    preview_samples : int
        Samples of a preview.
    n_samples : int
        Samples of the evaluation data.

    Returns
    -------
    tuple or None
        ``(points, subsample)`` (``subsample`` None: all data); None when a preview would
        not be cheaper than the full frame.
    """
    sub = preview_samples if preview_samples < n_samples else None
    pts = min(preview_points, state.resolution)
    if preview_points <= 0 or (pts >= state.resolution and sub is None):
        return None
    return pts, sub


class LandscapeJob:
    """Computes preview and full frames for one or several models (the widgets' job).

    Parameters
    ----------
    models : mapping of str to torch.nn.Module
        The models, by display name (never modified).
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data.
    options : JobOptions, optional
        How to compute (``loss_fn``, ``device``, ``preview_points``, ``preview_samples``,
        ``surface_kwargs``, ``eigen_kwargs``; see `lossviz.widgets.state.JobOptions`) as
        one object; a `WidgetOptions` is one. Keywords of the same names override it.
    trajectory : lossviz.Trajectory or lossviz.landscape.ProjectedPath, optional
        Enables ``directions="pca"`` (a Trajectory's PCA directions) and projected paths.
    dirs : lossviz.Directions, optional
        Fixed directions (for the single model) instead of random ones.
    cache_size : int
        Full frames kept, so that going back to a state is instant.
    **kwargs
        The `JobOptions` fields as keywords.
    """

    @options_signature(JobOptions)
    def __init__(
        self,
        models: Mapping[str, Any],
        data: Any,
        *,
        options: JobOptions | None = None,
        trajectory: Any = None,
        dirs: Any = None,
        cache_size: int = 16,
        **kwargs: Any,
    ) -> None:
        if not models:
            raise ValueError("models must hold at least one model")
        opt = JobOptions.of(options, kwargs, where="LandscapeJob")
        self.options = opt
        self.models = dict(models)
        self.data = data
        self.loss_fn = opt.loss_fn
        self.device = opt.device
        self.preview_points = opt.preview_points
        self.preview_samples = opt.preview_samples
        self.trajectory = trajectory
        self.fixed_dirs = dirs
        self.surface_kwargs = dict(opt.surface_kwargs or {})
        self.eigen_kwargs = dict(opt.eigen_kwargs or {})
        self._cache: OrderedDict[tuple, Frame] = OrderedDict()
        self._dirs_cache: OrderedDict[tuple, Any] = OrderedDict()
        self._path_cache: OrderedDict[tuple, tuple[Any, str]] = OrderedDict()
        self._cache_size = int(cache_size)
        self._lock = threading.Lock()
        self._n_samples: int | None = None
        #: the last eigen-ratio projection, ``(projected_seconds, points)``
        self.last_estimate: tuple[float, int] | None = None

    # -- requests -------------------------------------------------------------
    def weights(self) -> tuple[str, ...]:
        """`weights_key` of every model, in order (the weights' content right now)."""
        return tuple(weights_key(m) for m in self.models.values())

    def request(self, state: ComputeState, confirm_s: float | None = EIGEN_CONFIRM_S) -> Request:
        """A `Request` for ``state`` and the models' weights as they are now."""
        return Request(state, self.weights(), confirm_s)

    def cached(self, request: Request) -> Frame | None:
        """The finished frame of ``request`` if it is in the cache."""
        with self._lock:
            return self._cache.get(request.key())

    # -- directions -----------------------------------------------------------
    def directions(self, name: str, state: ComputeState, weights: str | None = None) -> Any:
        """The directions used for model ``name`` in ``state`` (cached per weights)."""
        from ..core.directions import random_directions

        weights = weights_key(self.models[name]) if weights is None else weights
        n = state.ndim
        key = (name, weights, *state.directions_key())
        with self._lock:
            if key in self._dirs_cache:
                return self._dirs_cache[key]
        model = self.models[name]
        if self.fixed_dirs is not None:
            dirs = self.fixed_dirs[:n]
        elif state.directions == "pca":
            if self.trajectory is None or not hasattr(self.trajectory, "path"):
                raise ValueError("directions='pca' needs a trajectory (lv.Trajectory)")
            from ..core.trajectory import pca_directions

            dirs = pca_directions(self.trajectory, n=2, center=model)[:n]
        else:
            ignore = None if state.ignore == "none" else state.ignore
            dirs = random_directions(model, n=n, seed=state.seed, norm=state.norm, ignore=ignore)
        with self._lock:
            self._dirs_cache[key] = dirs
            while len(self._dirs_cache) > 4 * len(self.models) + 4:
                self._dirs_cache.popitem(last=False)
        return dirs

    def n_samples(self) -> int:
        """Number of samples in the evaluation data."""
        if self._n_samples is None:
            from ..core.evaluate import as_eval_data, resolve_device

            self._n_samples = as_eval_data(self.data, resolve_device(self.device)).n
        return self._n_samples

    # -- evaluation -------------------------------------------------------------
    def evaluate(
        self,
        name: str,
        state: ComputeState,
        points: int,
        subsample: int | None,
        cancel: Any = None,
        callback: Callable | None = None,
        weights: str | None = None,
    ) -> Any:
        """Loss and accuracy of model ``name`` for ``state`` at ``points`` per axis."""
        from ..core.evaluate import surface

        dirs = self.directions(name, state, weights)
        return surface(
            self.models[name],
            self.data,
            dirs,
            **grid_axes(state, points),
            metrics=BASE_METRICS,
            loss_fn=self.loss_fn,
            device=self.device,
            progress=False,
            subsample=subsample,
            cancel=cancel,
            callback=callback,
            **self.surface_kwargs,
        )

    def evaluate_eigen(
        self,
        name: str,
        state: ComputeState,
        cancel: Any = None,
        callback: Callable | None = None,
        weights: str | None = None,
    ) -> Any:
        """The eigen-ratio map of model ``name`` on the full grid of ``state``."""
        from ..core.hessian import eigen_ratio_surface

        if state.ndim != 2:
            raise ValueError("the eigen-ratio map is 2D: it needs two directions")
        dirs = self.directions(name, state, weights)
        kwargs = dict(self.eigen_kwargs)
        for k in ("bn", "batch_size"):
            if k in self.surface_kwargs and k not in kwargs:
                kwargs[k] = self.surface_kwargs[k]
        return eigen_ratio_surface(
            self.models[name],
            self.data,
            dirs,
            **grid_axes(state, state.resolution),
            loss_fn=self.loss_fn,
            device=self.device,
            progress=False,
            cancel=cancel,
            callback=callback,
            **kwargs,
        )

    def path(self, name: str, state: ComputeState, weights: str | None = None) -> tuple[Any, str]:
        """The trajectory projected onto the directions of ``state`` and its warnings."""
        traj = self.trajectory
        if traj is None:
            return None, ""
        from ..landscape import ProjectedPath

        if isinstance(traj, ProjectedPath):
            return traj, ""
        weights = weights_key(self.models[name]) if weights is None else weights
        key = (name, weights, *state.directions_key())
        with self._lock:
            if key in self._path_cache:
                return self._path_cache[key]
        dirs = self.directions(name, state, weights)
        path, note = None, ""
        if len(dirs) == 2:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                path = traj.path(dirs, center=self.models[name])
            note = "; ".join(str(w.message) for w in caught)
        with self._lock:
            self._path_cache[key] = (path, note)
            while len(self._path_cache) > 8:
                self._path_cache.popitem(last=False)
        return path, note

    def _paths(self, req: Request) -> tuple[dict, list]:
        paths, notes = {}, []
        for k, name in enumerate(self.models):
            p, note = self.path(name, req.state, _at(req.weights, k))
            if p is not None:
                paths[name] = p
            if note:
                notes.append(note)
        return paths, notes

    # -- the job ----------------------------------------------------------------
    def __call__(self, req: Request, ctx: JobContext) -> None:
        """Compute ``req``: preview (unless cached), full frame, then the eigen-ratio map."""
        if isinstance(req, ComputeState):
            req = self.request(req)
        state = req.state
        with self._lock:
            hit = self._cache.get(req.key())
            base = hit if hit is not None else self._cache.get(req.key(eigen=False))
            for k in (req.key(), req.key(eigen=False)):
                if k in self._cache:
                    self._cache.move_to_end(k)
        if hit is not None:
            ctx.emit(replace(hit, generation=ctx.generation))
            return
        if base is None:
            base = self._full_frame(req, ctx)
        else:
            ctx.emit(replace(base, generation=ctx.generation))
        if state.eigen and base is not None:
            self._eigen_frame(req, base, ctx)

    def _full_frame(self, req: Request, ctx: JobContext) -> Frame:
        state = req.state
        names = list(self.models)
        t0 = time.perf_counter()
        ns = self.n_samples()
        paths, notes = self._paths(req)
        plan = preview_plan(state, self.preview_points, self.preview_samples, ns)
        if plan is not None:
            pts, sub = plan
            lands = {
                name: self.evaluate(
                    name, state, pts, sub, cancel=ctx.cancel, weights=_at(req.weights, k)
                )
                for k, name in enumerate(names)
            }
            grid = f"{pts}x{pts}" if state.ndim == 2 else f"{pts} points"
            label = f"preview {grid} on {sub or ns} samples"
            seconds = time.perf_counter() - t0
            ctx.emit(
                Frame(lands, state, True, ctx.generation, label, seconds, paths, notes, req.weights)
            )
        n_full = state.resolution**state.ndim
        total = n_full * len(names)
        ctx.progress(0, total, "computing", force=True)
        lands = {}
        for k, name in enumerate(names):

            def cb(_partial: Any, done: int, _total: int, offset: int = k * n_full) -> None:
                ctx.progress(offset + done, total, "computing")

            lands[name] = self.evaluate(
                name, state, state.resolution, None, ctx.cancel, cb, _at(req.weights, k)
            )
        r = state.resolution
        grid = f"{r}x{r}" if state.ndim == 2 else f"{r} points"
        frame = Frame(
            lands,
            replace(state, eigen=False),
            False,
            ctx.generation,
            f"{grid} on {ns} samples",
            time.perf_counter() - t0,
            paths,
            notes,
            req.weights,
        )
        self._store(req.key(eigen=False), frame)
        ctx.emit(frame)
        return frame

    def _eigen_frame(self, req: Request, base: Frame, ctx: JobContext) -> None:
        from ..core.evaluate import Cancelled

        state = req.state
        names = list(self.models)
        n_full = state.resolution**2
        total = n_full * len(names)
        t0 = time.perf_counter()
        asked = [req.confirm_s is None]
        paused = [0.0]  # seconds spent waiting for the user's answer

        def cb(partial: Any, done: int, _total: int, offset: int) -> None:
            elapsed = time.perf_counter() - t0 - paused[0]
            finished = offset + done
            projected = project_seconds(elapsed, finished, total)
            if not asked[0] and offset == 0:
                # the map's own projection (set-up apart from the time per point)
                own = getattr(partial, "meta", {}).get("estimate_s")
                if own is not None and math.isfinite(own):
                    projected = float(own) * len(names)
            if not asked[0] and finished >= min(EIGEN_PROBE_POINTS, total):
                asked[0] = True
                self.last_estimate = (projected, finished)
                if projected > req.confirm_s:
                    t_ask = time.perf_counter()
                    if not ctx.ask({"estimate_s": projected, "points": total}):
                        raise Cancelled()
                    paused[0] += time.perf_counter() - t_ask
            remaining = max(projected - elapsed, 0.0) if math.isfinite(projected) else None
            ctx.progress(finished, total, "eigen-ratio map", eta_s=remaining)

        ctx.progress(0, total, "eigen-ratio map", force=True)
        lands = {}
        for k, name in enumerate(names):
            lands[name] = merge_eigen(
                base.lands[name],
                self.evaluate_eigen(
                    name,
                    state,
                    ctx.cancel,
                    lambda p, d, t, off=k * n_full: cb(p, d, t, off),
                    _at(req.weights, k),
                ),
            )
        frame = replace(
            base,
            lands=lands,
            state=state,
            generation=ctx.generation,
            label=base.label + " + eigen-ratio map",
            seconds=base.seconds + time.perf_counter() - t0,
        )
        self._store(req.key(), frame)
        ctx.emit(frame)

    def _store(self, key: tuple, frame: Frame) -> None:
        with self._lock:
            self._cache[key] = frame
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)


def _at(weights: tuple[str, ...], k: int) -> str | None:
    return weights[k] if k < len(weights) else None
