"""What the user chose in an Explorer / Compare, as plain validated values (no widgets).

Two kinds of settings, kept apart because they travel differently:

- **compute settings** (`ComputeState`: seed, normalization, bias/BN rule, axis bounds,
  resolution, random or PCA directions, whether the Hessian eigen-ratio map is wanted)
  change the numbers: they become a job for the worker thread;
- **display settings** (`DISPLAY`: view, metric, colour scale, clip level, colormap, epoch,
  camera, presentation mode, descent ball) change only the picture: they are traits of the
  browser-side `LandscapeView` and never start a computation.

`split_changes` sorts a ``set(**changes)`` call into the two, `check_display` validates a
display value, and `next_compute_state` is the rule that turns a metric choice into a job
(only the eigen-ratio map needs one: loss and accuracy are always computed together).
The allowed values of the display settings are the `LandscapeView`'s own
(`lossviz.widgets.view`). `WidgetOptions` holds the keywords Explorer and Compare share
(what they show first, how they compute and export); `JobOptions` the job's part of them.
`weights_key` fingerprints a model's weights by content, so that every cache (frames,
directions, projected paths) notices a model changed in place.
"""

from __future__ import annotations

import hashlib
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np

from .._util import Options, check_choice, check_int
from .view import COLORMAPS, METRICS, SCALES, VIEWS, check_ball

#: normalization modes offered in the widgets (direction-of-change modes need a 2nd model)
NORMS = ("filter", "layer", "model", "weight", "none")
IGNORES = ("biasbn", "none")
DIRECTIONS = ("random", "pca")
#: metrics every loss frame holds (computed together, so switching between them is free)
BASE_METRICS = ("loss", "accuracy")
#: older spellings still accepted for ``view``
VIEW_ALIASES = {"pyvista": "paraview"}
MAX_RESOLUTION = 201
#: an eigen-ratio map projected to take longer than this (seconds) asks the user first
EIGEN_CONFIRM_S = 60.0
MIN_RESOLUTION = 3

#: settings that change the numbers (a job for the worker thread)
COMPUTE = ("seed", "norm", "ignore", "a", "b", "resolution", "directions", "eigen")
#: settings that change only the picture (traits of the LandscapeView)
DISPLAY = (
    "view",
    "metric",
    "scale",
    "clip",
    "colormap",
    "epoch",
    "camera",
    "presentation",
    "ball",
)
#: display settings a widget is given at construction
DISPLAY_SET = ("view", "metric", "scale", "clip", "colormap")


@dataclass(frozen=True)
class ComputeState:
    """The compute settings of an Explorer / Compare (validated on construction).

    Parameters
    ----------
    seed : int
        Seed of the random directions (any non-negative integer).
    norm : {"filter", "layer", "model", "weight", "none"}
        Direction normalization (Li et al. 2018; ``"filter"`` is the paper's).
    ignore : {"biasbn", "none"}
        ``"biasbn"`` zeroes bias / norm-layer directions; ``"none"`` copies the weights.
    a, b : tuple of float
        ``(min, max)`` of the two axes (``b`` unused when ``ndim == 1``).
    resolution : int
        Points per axis of the full frame, in [3, 201].
    directions : {"random", "pca"}
        Random directions, or the PCA directions of a trajectory.
    ndim : {1, 2}
        1 only with one fixed direction (``dirs=`` holding a single direction).
    eigen : bool
        Also compute the Hessian eigen-ratio map ``|lambda_min / lambda_max|``.
    """

    seed: int = 0
    norm: str = "filter"
    ignore: str = "biasbn"
    a: tuple[float, float] = (-1.0, 1.0)
    b: tuple[float, float] = (-1.0, 1.0)
    resolution: int = 41
    directions: str = "random"
    ndim: int = 2
    eigen: bool = False

    def __post_init__(self) -> None:
        seed = self.seed
        if isinstance(seed, np.integer):
            seed = int(seed)
            object.__setattr__(self, "seed", seed)
        if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
            raise ValueError(f"seed must be a non-negative integer, got {self.seed!r}")
        check_choice("norm", self.norm, NORMS)
        check_choice("ignore", self.ignore, IGNORES)
        check_choice("directions", self.directions, DIRECTIONS)
        for name in ("a", "b"):
            v = getattr(self, name)
            try:
                lo, hi = (float(x) for x in v)
            except (TypeError, ValueError):
                raise TypeError(f"{name} must be a (min, max) pair of numbers, got {v!r}") from None
            if not (math.isfinite(lo) and math.isfinite(hi)):
                raise ValueError(f"{name} must hold finite numbers, got {v!r}")
            if not lo < hi:
                raise ValueError(f"{name}: min must be < max, got {v!r}")
            object.__setattr__(self, name, (lo, hi))
        r = self.resolution
        if isinstance(r, np.integer):
            r = int(r)
            object.__setattr__(self, "resolution", r)
        if (
            isinstance(r, bool)
            or not isinstance(r, int)
            or not MIN_RESOLUTION <= r <= MAX_RESOLUTION
        ):
            raise ValueError(
                f"resolution must be an integer in [{MIN_RESOLUTION}, {MAX_RESOLUTION}], got {r!r}"
            )
        if self.ndim not in (1, 2):
            raise ValueError(f"ndim must be 1 or 2, got {self.ndim!r}")
        if not isinstance(self.eigen, bool):
            raise TypeError(f"eigen must be True or False, got {self.eigen!r}")
        if self.eigen and self.ndim != 2:
            raise ValueError("eigen=True needs a 2D landscape (two directions)")

    def slider_span(self, span: float | None = None) -> float:
        """The range sliders' limit: ``span``, or ``max(2, 2 max|a|, 2 max|b|)`` when None."""
        if span is None:
            return max(2.0, 2 * max(abs(v) for v in (*self.a, *self.b)))
        return float(span)

    def compute_key(self) -> tuple:
        """Hashable key of the loss/accuracy frame (``b`` left out in 1D, ``eigen`` always)."""
        key = (self.seed, self.norm, self.ignore, self.a, self.resolution, self.directions)
        return key + ((1,) if self.ndim == 1 else (self.b, 2))

    def directions_key(self) -> tuple:
        """Hashable key of the directions (and of the projected trajectory)."""
        return (self.seed, self.norm, self.ignore, self.directions, self.ndim)

    def update(self, **changes: Any) -> ComputeState:
        """A validated copy with ``changes`` applied; unknown names raise ``TypeError``."""
        names = {f.name for f in fields(self)}
        bad = sorted(set(changes) - names)
        if bad:
            raise TypeError(f"unknown setting(s) {bad}; allowed: {sorted(names)}")
        return replace(self, **changes)


def split_changes(
    changes: Mapping[str, Any], compute: Iterable[str] = COMPUTE
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Sort ``set(**changes)`` into compute settings and display settings.

    Parameters
    ----------
    changes : mapping
        Setting name -> value.
    compute : iterable of str
        The compute settings this widget offers.

    Returns
    -------
    compute_changes, display_changes : dict

    Raises
    ------
    TypeError
        For a name that is neither (naming the allowed ones).
    """
    compute = tuple(compute)
    comp = {k: v for k, v in changes.items() if k in compute}
    disp = {k: v for k, v in changes.items() if k in DISPLAY}
    bad = sorted(set(changes) - set(comp) - set(disp))
    if bad:
        raise TypeError(f"unknown setting(s) {bad}; allowed: {sorted(set(compute) | set(DISPLAY))}")
    return comp, disp


def check_display(
    name: str,
    value: Any,
    *,
    metrics: Iterable[str] = METRICS,
    views: Iterable[str] = VIEWS,
) -> Any:
    """Validate (and normalize) one display setting.

    Parameters
    ----------
    name : str
        One of `DISPLAY`.
    value : Any
        The value to check.
    metrics, views : iterable of str
        What this widget offers.

    Returns
    -------
    Any
        The value as the view's trait holds it (``"pyvista"`` becomes ``"paraview"``,
        numbers become floats / ints).

    Raises
    ------
    ValueError, TypeError
        Naming ``name`` and the allowed values.
    """
    if name == "view":
        value = VIEW_ALIASES.get(value, value)
        return check_choice("view", value, tuple(views))
    if name == "metric":
        return check_choice("metric", value, tuple(metrics))
    if name == "scale":
        return check_choice("scale", value, SCALES)
    if name == "clip":
        if isinstance(value, bool) or not isinstance(value, (int, float, np.number)):
            raise TypeError(f"clip must be a number >= 0 (0: no clip), got {value!r}")
        v = float(value)
        if not (math.isfinite(v) and v >= 0):
            raise ValueError(f"clip must be a finite number >= 0 (0: no clip), got {value!r}")
        return v
    if name == "colormap":
        return check_choice("colormap", value, COLORMAPS)
    if name == "epoch":
        if isinstance(value, np.integer):
            value = int(value)
        if value is None:
            return -1
        if isinstance(value, bool) or not isinstance(value, int) or value < -1:
            raise ValueError(f"epoch must be an integer >= 0, or -1 for the last, got {value!r}")
        return value
    if name == "presentation":
        if not isinstance(value, (bool, np.bool_)):
            raise TypeError(f"presentation must be True or False, got {value!r}")
        return bool(value)
    if name == "camera":
        if not isinstance(value, Mapping):
            raise TypeError(f"camera must be a dict (as the view reports it), got {value!r}")
        return dict(value)
    if name == "ball":
        return check_ball(value)
    raise TypeError(f"unknown display setting {name!r}; allowed: {list(DISPLAY)}")


def next_compute_state(
    state: ComputeState, changes: Mapping[str, Any], metric: str
) -> ComputeState:
    """The compute state after ``changes`` while the view shows ``metric``.

    Loss and accuracy are always computed together, so choosing between them needs no
    job. The eigen-ratio map is the one metric with its own job: it is computed while
    ``eigen`` is on (the "compute" control), and showing it (``metric="eigen_ratio"``)
    turns ``eigen`` on. It stays on, across other changes, until switched off.

    Parameters
    ----------
    state : ComputeState
        The current compute state.
    changes : mapping
        Compute settings to change (names of `ComputeState`).
    metric : str
        The metric the view shows after the change.

    Returns
    -------
    ComputeState
    """
    changes = dict(changes)
    if metric == "eigen_ratio":
        if changes.get("eigen") is False:
            raise ValueError("eigen=False while the view shows metric='eigen_ratio'")
        changes["eigen"] = True
    return state.update(**changes) if changes else state


def project_seconds(elapsed: float, done: int, total: int) -> float:
    """Projected total time of a grid job from the time its first ``done`` points took.

    Parameters
    ----------
    elapsed : float
        Seconds spent so far (set-up included, so the projection errs long).
    done, total : int
        Points finished and points in all.

    Returns
    -------
    float
        ``elapsed / done * total`` (``inf`` before the first point).
    """
    if done <= 0:
        return math.inf
    return float(elapsed) / done * total


# ---------------------------------------------------------------------- weights fingerprint
#: tensors up to this many bytes in all are hashed byte for byte (CPU)
EXACT_HASH_BYTES = 64 * 2**20


def weights_key(model: Any) -> str:
    """Fingerprint of a model's parameters and buffers, by content.

    Caches of frames, directions and projected paths include this key, so a model changed
    in place (``with torch.no_grad(): p.add_(1)``, ``p.data.copy_(...)``,
    ``load_state_dict``) is recomputed instead of showing a stale landscape.

    CPU tensors of up to `EXACT_HASH_BYTES` in all are hashed byte for byte (BLAKE2b: about
    1 ms per MB). Larger models and tensors on an accelerator are keyed on each tensor's
    storage address and version counter plus two float64 checksums computed where the
    tensor lives (a plain and a position-weighted sum), which catch any in-place change
    short of one built to cancel in both sums.

    Parameters
    ----------
    model : torch.nn.Module
        The model.

    Returns
    -------
    str
        A hex digest; equal weights give equal keys.
    """
    import torch

    tensors = [*model.named_parameters(), *model.named_buffers()]
    nbytes = sum(t.numel() * t.element_size() for _, t in tensors)
    h = hashlib.blake2b(digest_size=16)
    for name, t in tensors:
        x = t.detach()
        h.update(f"{name}|{x.dtype}|{tuple(x.shape)}|{x.device}".encode())
        if x.numel() == 0:
            continue
        if x.device.type == "cpu" and nbytes <= EXACT_HASH_BYTES:
            h.update(x.contiguous().reshape(-1).view(torch.uint8).numpy().tobytes())
            continue
        h.update(f"{x.untyped_storage().data_ptr()}|{x._version}".encode())
        with torch.no_grad():
            v = x.reshape(-1)
            if v.is_complex():
                v = torch.view_as_real(v).reshape(-1)
            v = v.to(torch.float64)
            w = torch.arange(1, v.numel() + 1, device=v.device, dtype=torch.float64) % 9973 + 1
            sums = torch.stack([v.sum(), (v * w).sum()]).cpu().numpy()
        h.update(sums.tobytes())
    return h.hexdigest()


def _check_seconds(name: str, value: Any, optional: bool = False) -> float | None:
    """``value`` as a float >= 0 (or None when ``optional``); ValueError naming ``name``."""
    if optional and value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
        extra = " or None" if optional else ""
        raise ValueError(f"{name} must be a number >= 0{extra}, got {value!r}")
    return float(value)


@dataclass(frozen=True)
class JobOptions(Options):
    """How a widget's job computes (`lossviz.widgets.job.LandscapeJob`; validated).

    Parameters
    ----------
    loss_fn, device, preview_points, preview_samples, surface_kwargs, eigen_kwargs
        The `lossviz.Explorer` arguments of the same names.
    """

    loss_fn: Any = None
    device: str = "auto"
    preview_points: int = 11
    preview_samples: int = 256
    surface_kwargs: Mapping[str, Any] | None = None
    eigen_kwargs: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        from ..core.evaluate import resolve_device

        pp = check_int("preview_points", self.preview_points, minimum=0)
        object.__setattr__(self, "preview_points", pp)
        ps = check_int("preview_samples", self.preview_samples)
        object.__setattr__(self, "preview_samples", ps)
        for name in ("surface_kwargs", "eigen_kwargs"):
            v = getattr(self, name)
            if v is not None and not isinstance(v, Mapping):
                raise TypeError(f"{name} must be a mapping of keyword arguments, got {v!r}")
        resolve_device(self.device)


@dataclass(frozen=True)
class WidgetOptions(JobOptions):
    """The keywords `lossviz.Explorer` and `lossviz.Compare` share (validated).

    How the widget computes (the `JobOptions` fields), what it shows first and how it
    exports. Either widget takes them as keywords or as one object, ``options=``.

    Parameters
    ----------
    loss_fn, device, preview_points, preview_samples, surface_kwargs, eigen_kwargs
        As in `JobOptions`.
    seed, norm, ignore, a, b, metric, scale, view, clip, colormap, span
        The `lossviz.Explorer` arguments of the same names.
    export_dir, snapshot_timeout, eigen_confirm_s
        Likewise.
    resolution : int, optional
        Points per axis of the full frames (None: the widget's default, 41 in the Explorer,
        31 in Compare).
    export_name : str, optional
        Default file name of exports (None: the widget's default).
    """

    seed: int = 0
    norm: str = "filter"
    ignore: str | None = "biasbn"
    a: tuple[float, float] = (-1.0, 1.0)
    b: tuple[float, float] | None = None
    resolution: int | None = None
    metric: str = "loss"
    scale: str = "log"
    view: str = "contour"
    clip: float = 10.0
    colormap: str = "auto"
    span: float | None = None
    export_dir: str | os.PathLike = "."
    export_name: str | None = None
    snapshot_timeout: float = 3.0
    eigen_confirm_s: float | None = EIGEN_CONFIRM_S

    def __post_init__(self) -> None:
        super().__post_init__()
        for name in DISPLAY_SET:
            object.__setattr__(self, name, check_display(name, getattr(self, name)))
        self.compute_state()  # validates seed, norm, ignore, a, b, resolution
        if self.span is not None:
            if isinstance(self.span, bool) or not isinstance(self.span, (int, float)):
                raise TypeError(f"span must be a positive number or None, got {self.span!r}")
            if not (math.isfinite(self.span) and self.span > 0):
                raise ValueError(f"span must be a positive number or None, got {self.span!r}")
        if self.export_name is not None and not isinstance(self.export_name, str):
            raise TypeError(f"export_name must be a str, got {self.export_name!r}")
        st = _check_seconds("snapshot_timeout", self.snapshot_timeout)
        object.__setattr__(self, "snapshot_timeout", st)
        ec = _check_seconds("eigen_confirm_s", self.eigen_confirm_s, optional=True)
        object.__setattr__(self, "eigen_confirm_s", ec)

    def compute_state(self, ndim: int = 2) -> ComputeState:
        """The initial compute settings.

        ``ignore=None`` means ``"none"``, ``b=None`` means ``a``, ``resolution=None`` the
        `ComputeState` default, and ``metric="eigen_ratio"`` turns ``eigen`` on.

        Parameters
        ----------
        ndim : {1, 2}
            1 for one fixed direction.

        Returns
        -------
        ComputeState
        """
        res = self.resolution
        return ComputeState(
            seed=self.seed,
            norm=self.norm,
            ignore="none" if self.ignore is None else self.ignore,
            a=tuple(self.a),
            b=tuple(self.a if self.b is None else self.b),
            resolution=ComputeState.resolution if res is None else res,
            ndim=ndim,
            eigen=self.metric == "eigen_ratio",
        )

    def display(self) -> dict[str, Any]:
        """The initial display settings (view, metric, scale, clip, colormap)."""
        return {name: getattr(self, name) for name in DISPLAY_SET}
