"""Scheduling for the widgets, testable without a browser or ipywidgets.

`Controller` runs jobs on one worker thread, off the kernel's main thread (torch releases
the GIL, so the kernel stays responsive). Every request gets a generation number; a new
request cancels the running one (a ``threading.Event`` handed to `lossviz.surface` as
``cancel=``) and results of older generations are dropped, so the last request always wins:
a burst of slider moves never ends on a stale frame.

`LandscapeJob` is what the Explorer and Compare widgets schedule: for one or several
models, a coarse frame on a data subsample (labelled *preview*) first, then the full grid,
with progress reports. `ViewState` holds and validates the user's choices.
"""

from __future__ import annotations

import atexit
import inspect
import threading
import time
import traceback
import warnings
import weakref
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from .._util import check_choice

#: normalization modes offered in the widgets (direction-of-change modes need a 2nd model)
NORMS = ("filter", "layer", "model", "weight", "none")
IGNORES = ("biasbn", "none")
METRICS = ("loss", "accuracy", "eigen_ratio")
SCALES = ("linear", "log")
VIEWS = ("contour", "surface", "pyvista", "1d")
DIRECTIONS = ("random", "pca")
MAX_RESOLUTION = 201


@dataclass(frozen=True)
class ViewState:
    """Everything the user can choose in an Explorer / Compare widget.

    Parameters
    ----------
    seed : int
        Seed of the random directions.
    norm : {"filter", "layer", "model", "weight", "none"}
        Direction normalization (Li et al. 2018; ``"filter"`` is the paper's).
    ignore : {"biasbn", "none"}
        ``"biasbn"`` zeroes bias / norm-layer directions; ``"none"`` copies the weights.
    a, b : tuple of float
        ``(min, max)`` of the two axes (``b`` unused in 1D).
    resolution : int
        Points per axis of the full frame.
    metric : {"loss", "accuracy", "eigen_ratio"}
        What is drawn.
    scale : {"linear", "log"}
        Colour / height scale.
    view : {"contour", "surface", "pyvista", "1d"}
        2D contour, 3D plotly surface, ParaView-style pyvista surface, or a 1D slice.
    directions : {"random", "pca"}
        Random directions, or the PCA directions of a trajectory.
    epoch : int or None
        Last trajectory point shown (None: all).
    """

    seed: int = 0
    norm: str = "filter"
    ignore: str = "biasbn"
    a: tuple[float, float] = (-1.0, 1.0)
    b: tuple[float, float] = (-1.0, 1.0)
    resolution: int = 41
    metric: str = "loss"
    scale: str = "linear"
    view: str = "contour"
    directions: str = "random"
    epoch: int | None = None

    def __post_init__(self) -> None:
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
            raise ValueError(f"seed must be a non-negative integer, got {self.seed!r}")
        check_choice("norm", self.norm, NORMS)
        check_choice("ignore", self.ignore, IGNORES)
        check_choice("metric", self.metric, METRICS)
        check_choice("scale", self.scale, SCALES)
        check_choice("view", self.view, VIEWS)
        check_choice("directions", self.directions, DIRECTIONS)
        for name in ("a", "b"):
            v = getattr(self, name)
            try:
                lo, hi = (float(x) for x in v)
            except (TypeError, ValueError):
                raise TypeError(f"{name} must be a (min, max) pair of numbers, got {v!r}") from None
            if not lo < hi:
                raise ValueError(f"{name}: min must be < max, got {v!r}")
            object.__setattr__(self, name, (lo, hi))
        r = self.resolution
        if isinstance(r, bool) or not isinstance(r, int) or not 3 <= r <= MAX_RESOLUTION:
            raise ValueError(f"resolution must be an integer in [3, {MAX_RESOLUTION}], got {r!r}")
        if self.epoch is not None and (
            isinstance(self.epoch, bool) or not isinstance(self.epoch, int) or self.epoch < 0
        ):
            raise ValueError(f"epoch must be a non-negative integer or None, got {self.epoch!r}")

    @property
    def ndim(self) -> int:
        """1 for the 1D view, else 2."""
        return 1 if self.view == "1d" else 2

    def compute_key(self) -> tuple:
        """Hashable key of what must be computed (render-only fields excluded)."""
        key = (self.seed, self.norm, self.ignore, self.a, self.resolution, self.directions)
        key += (self.ndim,) if self.ndim == 1 else (self.b, 2)
        return key + (self.metric == "eigen_ratio",)

    def update(self, **changes: Any) -> ViewState:
        """A validated copy with ``changes`` applied; unknown names raise ``TypeError``."""
        names = {f.name for f in fields(self)}
        bad = sorted(set(changes) - names)
        if bad:
            raise TypeError(f"unknown setting(s) {bad}; allowed: {sorted(names)}")
        return replace(self, **changes)


@dataclass
class Frame:
    """One picture's worth of results, delivered by a job.

    Attributes
    ----------
    lands : dict of str to Landscape
        One landscape per model (key ``"model"`` in the Explorer).
    state : ViewState
        The state the landscapes were computed for.
    preview : bool
        True for the coarse first frame (grid and/or data subsampled).
    generation : int
        The request's generation.
    label : str
        Human-readable description (``"preview 11x11 on 256 samples"``).
    """

    lands: dict
    state: ViewState
    preview: bool
    generation: int = 0
    label: str = ""
    seconds: float = 0.0
    extras: dict = field(default_factory=dict)


class JobContext:
    """Handed to a running job: its cancel event and ways to report back."""

    def __init__(self, controller: Controller, generation: int, cancel: threading.Event):
        self.controller = controller
        self.generation = generation
        self.cancel = cancel
        self._last_progress = 0.0

    @property
    def stale(self) -> bool:
        """True once a newer request arrived or the job was cancelled."""
        return self.cancel.is_set() or self.generation != self.controller.generation

    def emit(self, frame: Any) -> bool:
        """Deliver a result; dropped (returns False) when the job is stale."""
        return self.controller._deliver(self.generation, "frame", frame)

    def progress(self, done: int, total: int, label: str = "", force: bool = False) -> None:
        """Report progress, at most ~20 times a second unless ``force``."""
        now = time.perf_counter()
        if force or now - self._last_progress > 0.05 or done >= total:
            self._last_progress = now
            self.controller._deliver(self.generation, "progress", (done, total, label))


_LIVE: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    # stop worker threads before the interpreter (and torch's thread pool) shuts down
    for ctl in list(_LIVE):
        ctl.close()


class Controller:
    """Runs the latest request on a worker thread; the last request always wins.

    Parameters
    ----------
    job : callable
        ``job(request, ctx)`` computes and reports through ``ctx.emit`` / ``ctx.progress``;
        it should pass ``ctx.cancel`` to `lossviz.surface` so that it stops early.
    on_frame : callable, optional
        ``on_frame(frame)``, called on the worker thread for every non-stale result.
    on_progress : callable, optional
        ``on_progress(done, total, label)``.
    on_error : callable, optional
        ``on_error(exc, traceback_text)`` when the current job raised.
    on_status : callable, optional
        ``on_status(text)`` with ``"running"``, ``"done"``, ``"cancelled"``, ``"error"``.
    """

    def __init__(
        self,
        job: Callable[[Any, JobContext], None],
        on_frame: Callable[[Any], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        on_status: Callable[[str], None] | None = None,
    ) -> None:
        if not callable(job):
            raise TypeError("job must be callable job(request, ctx)")
        self._job = job
        self.on_frame = on_frame
        self.on_progress = on_progress
        self.on_error = on_error
        self.on_status = on_status
        self._cond = threading.Condition()
        self._gen = 0
        self._finished = 0
        self._pending: tuple[int, Any] | None = None
        self._cancel: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self.last_error: BaseException | None = None
        self.status = "idle"
        self.dropped = 0  # results discarded because a newer request had arrived
        _LIVE.add(self)

    @property
    def generation(self) -> int:
        """Generation of the newest request."""
        return self._gen

    @property
    def busy(self) -> bool:
        """True while a request is pending or running."""
        with self._cond:
            return self._finished < self._gen

    def submit(self, request: Any) -> int:
        """Schedule ``request``, cancelling the running one; returns its generation."""
        with self._cond:
            if self._closed:
                raise RuntimeError("this controller is closed")
            self._gen += 1
            self._pending = (self._gen, request)
            if self._cancel is not None:
                self._cancel.set()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="lossviz-widget-worker", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()
            return self._gen

    def cancel(self) -> None:
        """Stop the running request (its partial result is not shown)."""
        with self._cond:
            self._pending = None
            if self._cancel is not None:
                self._cancel.set()
            elif self._finished < self._gen:
                self._finished = self._gen
                self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the newest request has finished (or failed / been cancelled).

        Parameters
        ----------
        timeout : float, optional
            Seconds; None waits without limit.

        Returns
        -------
        bool
            False if the timeout expired first.
        """
        with self._cond:
            return self._cond.wait_for(lambda: self._finished >= self._gen, timeout)

    def close(self) -> None:
        """Cancel everything and stop the worker thread."""
        with self._cond:
            self._closed = True
            self._pending = None
            if self._cancel is not None:
                self._cancel.set()
            self._cond.notify_all()
        t = self._thread
        if t is not None and t is not threading.current_thread():
            t.join(timeout=5)

    # ------------------------------------------------------------------ worker
    def _deliver(self, gen: int, kind: str, payload: Any) -> bool:
        if gen != self._gen:
            if kind == "frame":
                self.dropped += 1
            return False
        try:
            if kind == "frame" and self.on_frame is not None:
                self.on_frame(payload)
            elif kind == "progress" and self.on_progress is not None:
                self.on_progress(*payload)
            elif kind == "status":
                self.status = payload
                if self.on_status is not None:
                    self.on_status(payload)
            elif kind == "error" and self.on_error is not None:
                self.on_error(*payload)
        except Exception as exc:  # a display callback failed: report, keep the worker
            if kind != "error" and self.on_error is not None:
                try:
                    self.on_error(exc, traceback.format_exc())
                except Exception:  # pragma: no cover - nothing left to report to
                    traceback.print_exc()
            else:  # pragma: no cover
                traceback.print_exc()
        return True

    def _run(self) -> None:
        from ..core.evaluate import Cancelled

        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending is not None or self._closed)
                if self._closed:
                    return
                gen, request = self._pending
                self._pending = None
                cancel = self._cancel = threading.Event()
            ctx = JobContext(self, gen, cancel)
            self._deliver(gen, "status", "running")
            status = "done"
            try:
                self._job(request, ctx)
                if cancel.is_set():
                    status = "cancelled"
            except Cancelled:
                status = "cancelled"
            except Exception as exc:
                status = "error"
                if gen == self._gen:
                    self.last_error = exc
                self._deliver(gen, "error", (exc, traceback.format_exc()))
            with self._cond:
                self._cancel = None
                if status != "error" and gen == self._gen:
                    self.last_error = None
            self._deliver(gen, "status", status)
            with self._cond:
                if self._pending is None and self._finished < gen:
                    self._finished = gen
                self._cond.notify_all()


# ---------------------------------------------------------------------- the job
def _accepts(fn: Callable, name: str) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):  # pragma: no cover
        return False
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


def _call_accepted(fn: Callable, *args: Any, **kwargs: Any) -> Any:
    return fn(*args, **{k: v for k, v in kwargs.items() if _accepts(fn, k)})


class LandscapeJob:
    """Computes preview and full frames for one or several models (the widgets' job).

    Parameters
    ----------
    models : mapping of str to torch.nn.Module
        The models, by display name (never modified).
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data.
    loss_fn : callable, optional
        Passed to `lossviz.surface`.
    device : str
        Passed to `lossviz.surface`.
    preview_points : int
        Points per axis of the preview frame (0 disables the preview).
    preview_samples : int
        Data samples of the preview frame.
    trajectory : lossviz.Trajectory, optional
        Enables ``directions="pca"`` (its PCA directions) and projected paths.
    dirs : lossviz.Directions, optional
        Fixed directions (for the single model) instead of random ones.
    cache_size : int
        Full frames kept, so that going back to a state is instant.
    """

    def __init__(
        self,
        models: Mapping[str, Any],
        data: Any,
        loss_fn: Callable | None = None,
        device: str = "auto",
        preview_points: int = 11,
        preview_samples: int = 256,
        trajectory: Any = None,
        dirs: Any = None,
        cache_size: int = 16,
        surface_kwargs: Mapping[str, Any] | None = None,
    ) -> None:
        if not models:
            raise ValueError("models must hold at least one model")
        self.models = dict(models)
        self.data = data
        self.loss_fn = loss_fn
        self.device = device
        self.preview_points = int(preview_points)
        self.preview_samples = int(preview_samples)
        self.trajectory = trajectory
        self.fixed_dirs = dirs
        self.surface_kwargs = dict(surface_kwargs or {})
        self._cache: OrderedDict[tuple, Frame] = OrderedDict()
        self._dirs_cache: OrderedDict[tuple, Any] = OrderedDict()
        self._path_cache: dict[tuple, Any] = {}
        self.path_notes: dict[tuple, str] = {}
        self._cache_size = int(cache_size)
        self._lock = threading.Lock()
        self._n_samples: int | None = None

    # -- directions -----------------------------------------------------------
    def directions(self, name: str, state: ViewState) -> Any:
        """The directions used for model ``name`` in ``state`` (cached)."""
        import lossviz as lv

        n = state.ndim
        key = (name, state.seed, state.norm, state.ignore, state.directions, n)
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

            dirs = _call_accepted(pca_directions, self.trajectory, n=2, center=model)[:n]
        else:
            ignore = None if state.ignore == "none" else state.ignore
            dirs = lv.random_directions(model, n=n, seed=state.seed, norm=state.norm, ignore=ignore)
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
    def _grid(self, state: ViewState, points: int) -> dict[str, Any]:
        axes = {"a": (state.a[0], state.a[1], points)}
        if state.ndim == 2:
            axes["b"] = (state.b[0], state.b[1], points)
        return axes

    def evaluate(
        self,
        name: str,
        state: ViewState,
        points: int,
        subsample: int | None,
        cancel: Any = None,
        callback: Callable | None = None,
    ):
        """One landscape of model ``name`` for ``state`` at ``points`` per axis."""
        import lossviz as lv

        dirs = self.directions(name, state)
        model = self.models[name]
        grid = self._grid(state, points)
        if state.metric == "eigen_ratio":
            fn = getattr(lv, "eigen_ratio_surface", None)
            if fn is None:
                raise ValueError("metric='eigen_ratio' needs lossviz.eigen_ratio_surface")
            if state.ndim != 2:
                raise ValueError("the eigen-ratio map is 2D; choose the contour or surface view")
            kwargs: dict[str, Any] = {}
            for k, v in (
                ("cancel", cancel),
                ("callback", callback),
                ("progress", False),
                ("subsample", subsample),
                ("loss_fn", self.loss_fn),
                ("device", self.device),
            ):
                if v is not None and _accepts(fn, k):
                    kwargs[k] = v
            return fn(model, self.data, dirs, **grid, **kwargs)
        return lv.surface(
            model,
            self.data,
            dirs,
            **grid,
            metrics=("loss", "accuracy"),
            loss_fn=self.loss_fn,
            device=self.device,
            progress=False,
            subsample=subsample,
            cancel=cancel,
            callback=callback,
            **self.surface_kwargs,
        )

    def path(self, name: str, state: ViewState) -> Any:
        """The trajectory projected onto the directions of ``state`` (or None)."""
        traj = self.trajectory
        if traj is None:
            return None
        from ..landscape import ProjectedPath

        if isinstance(traj, ProjectedPath):
            return traj
        key = (name, state.seed, state.norm, state.ignore, state.directions, state.ndim)
        with self._lock:
            if key in self._path_cache:
                return self._path_cache[key]
        dirs = self.directions(name, state)
        path = None
        if len(dirs) == 2:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                path = _call_accepted(traj.path, dirs, center=self.models[name])
            self.path_notes[key] = "; ".join(str(w.message) for w in caught)
        with self._lock:
            self._path_cache[key] = path
            while len(self._path_cache) > 8:
                self._path_cache.pop(next(iter(self._path_cache)))
        return path

    def __call__(self, state: ViewState, ctx: JobContext) -> None:
        """Compute ``state``: preview frame first (unless cached), then the full frame."""
        key = state.compute_key()
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
        if hit is not None:
            ctx.emit(replace(hit, state=state, generation=ctx.generation))
            return
        names = list(self.models)
        t0 = time.perf_counter()
        n_full = state.resolution**state.ndim
        eigen = state.metric == "eigen_ratio"
        ns = self.n_samples()
        sub = self.preview_samples if self.preview_samples < ns else None
        pts = min(self.preview_points, state.resolution)
        if eigen:
            pts = min(pts, 7)
        if self.preview_points > 0 and (pts < state.resolution or sub is not None):
            lands = {}
            for name in names:
                lands[name] = self.evaluate(name, state, pts, sub, cancel=ctx.cancel)
            grid = f"{pts}x{pts}" if state.ndim == 2 else f"{pts} points"
            label = f"preview {grid} on {sub or ns} samples"
            ctx.emit(Frame(lands, state, True, ctx.generation, label, time.perf_counter() - t0))
        total = n_full * len(names)
        ctx.progress(0, total, "computing", force=True)
        lands = {}
        for k, name in enumerate(names):
            offset = k * n_full

            def cb(_partial, done, _total, offset=offset):
                ctx.progress(offset + done, total, "computing")

            lands[name] = self.evaluate(name, state, state.resolution, None, ctx.cancel, cb)
        grid = f"{state.resolution}x{state.resolution}" if state.ndim == 2 else "1D"
        if state.ndim == 1:
            grid = f"{state.resolution} points"
        frame = Frame(
            lands, state, False, ctx.generation, f"{grid} on {ns} samples", time.perf_counter() - t0
        )
        with self._lock:
            self._cache[key] = frame
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        ctx.emit(frame)
