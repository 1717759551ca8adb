"""`LandscapeView`: the one drawing widget of lossviz (an anywidget).

Python computes and sends *data* (`frame`, built by `lossviz.widgets.serialize.frame_payload`);
the browser front-end (``static/widget.js``, built from the ``js/`` folder) draws every view
(2D filled contour, three.js 3D surface, ParaView-style 3D, 1D slice) and owns every pure
display setting. The display traits are synced both ways so that Python (``Explorer.set``,
tests) can set them and sees what the user picked in the browser.

Every value a trait accepts is checked here; an invalid value raises `ViewValueError`
(both a ``ValueError`` and a ``traitlets.TraitError``) naming the trait and what is allowed.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import anywidget
import traitlets

__all__ = [
    "BALL_METHODS",
    "COLORMAPS",
    "METRICS",
    "SCALES",
    "STATUS_STATES",
    "VIEWS",
    "LandscapeView",
    "ViewValueError",
]

_STATIC = Path(__file__).parent / "static"

#: the views the front-end draws
VIEWS = ("contour", "surface", "paraview", "1d")
#: metrics the front-end knows how to colour (loss: log/linear + clip; accuracy: linear;
#: eigen_ratio: its own blue -> yellow scale on [0, 1], like the paper's figures)
METRICS = ("loss", "accuracy", "eigen_ratio")
#: colour scales of the loss
SCALES = ("log", "linear")
#: colormaps the front-end has ("auto": viridis for 2D/3D surface, coolwarm for ParaView-style)
COLORMAPS = (
    "auto",
    "viridis",
    "plasma",
    "inferno",
    "magma",
    "cividis",
    "turbo",
    "coolwarm",
    "RdBu",
    "RdYlBu",
    "Spectral",
    "greys",
)
#: optimizers of the descent ball (as in `lossviz.widgets.descent`)
BALL_METHODS = ("gd", "momentum", "adam")
#: states of the status line
STATUS_STATES = ("idle", "computing", "error", "confirm")

_BALL_DEFAULT: dict[str, Any] = {"method": "gd", "lr": 0.05, "start": None, "running": False}
_STATUS_DEFAULT: dict[str, Any] = {
    "state": "idle",
    "message": "",
    "progress": 0.0,
    "estimate_s": None,
}


class ViewValueError(traitlets.TraitError, ValueError):
    """An invalid value for a `LandscapeView` trait (a ``ValueError`` and a ``TraitError``)."""


def _choice(name: str, value: Any, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ViewValueError(f"{name}={value!r} is not allowed; choose one of {list(allowed)!r}")
    return value


def _finite(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ViewValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def _completed(name: str, value: Any, defaults: dict[str, Any]) -> dict[str, Any]:
    """``value`` (a dict with keys of ``defaults`` only) completed from ``defaults``."""
    if not isinstance(value, dict):
        raise ViewValueError(f"{name} must be a dict, got {type(value).__name__}")
    unknown = set(value) - set(defaults)
    if unknown:
        raise ViewValueError(
            f"{name} has unknown keys {sorted(unknown)!r}; allowed {sorted(defaults)!r}"
        )
    return {**defaults, **value}


def check_ball(value: Any) -> dict[str, Any]:
    """Validate and complete a ``ball`` state.

    Parameters
    ----------
    value : mapping
        Any subset of ``{"method", "lr", "start", "running"}``; missing keys get defaults
        (``"gd"``, ``0.05``, ``None``, ``False``).

    Returns
    -------
    dict
        The complete state.

    Raises
    ------
    ViewValueError
        For an unknown key, a method not in `BALL_METHODS`, a non-positive ``lr``, a
        ``start`` that is not ``None`` or two finite numbers, or a non-bool ``running``.
    """
    out = _completed("ball", value, _BALL_DEFAULT)
    _choice("ball['method']", out["method"], BALL_METHODS)
    lr = _finite("ball['lr']", out["lr"])
    if lr <= 0:
        raise ViewValueError(f"ball['lr'] must be > 0, got {lr!r}")
    out["lr"] = lr
    start = out["start"]
    if start is not None:
        if not isinstance(start, (list, tuple)) or len(start) != 2:
            raise ViewValueError(f"ball['start'] must be None or [a, b], got {start!r}")
        out["start"] = [_finite("ball['start']", s) for s in start]
    if not isinstance(out["running"], bool):
        raise ViewValueError(f"ball['running'] must be a bool, got {out['running']!r}")
    return out


def check_status(value: Any) -> dict[str, Any]:
    """Validate and complete a ``status`` state.

    Parameters
    ----------
    value : mapping
        Any subset of ``{"state", "message", "progress", "estimate_s"}``.

    Returns
    -------
    dict
        The complete status (``progress`` in [0, 1], ``estimate_s`` ``None`` or >= 0).

    Raises
    ------
    ViewValueError
        For unknown keys or values out of range.
    """
    out = _completed("status", value, _STATUS_DEFAULT)
    _choice("status['state']", out["state"], STATUS_STATES)
    if not isinstance(out["message"], str):
        raise ViewValueError(f"status['message'] must be a str, got {out['message']!r}")
    p = _finite("status['progress']", out["progress"])
    if not 0.0 <= p <= 1.0:
        raise ViewValueError(f"status['progress'] must be in [0, 1], got {p!r}")
    out["progress"] = p
    est = out["estimate_s"]
    if est is not None:
        est = _finite("status['estimate_s']", est)
        if est < 0:
            raise ViewValueError(f"status['estimate_s'] must be None or >= 0, got {est!r}")
    out["estimate_s"] = est
    return out


def _check_frame(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ViewValueError(f"frame must be a dict, got {type(value).__name__}")
    if not value:
        return value
    missing = {"id", "ndim", "a", "panels"} - set(value)
    if missing:
        raise ViewValueError(
            f"frame lacks keys {sorted(missing)!r}; build it with serialize.frame_payload"
        )
    for key in ("a", "b"):
        if key in value and not isinstance(value[key], (bytes, bytearray, memoryview)):
            raise ViewValueError(
                f"frame[{key!r}] must be float32 bytes (never a list), "
                f"got {type(value[key]).__name__}"
            )
    for p in value["panels"]:
        for name, arr in p.get("metrics", {}).items():
            if not isinstance(arr, (bytes, bytearray, memoryview)):
                raise ViewValueError(
                    f"frame panel {p.get('name')!r} metric {name!r} must be float32 bytes "
                    f"(never a list), got {type(arr).__name__}"
                )
    return value


#: the allowed values of the view's choice traits
_CHOICES = {
    "view": VIEWS,
    "metric": METRICS,
    "requested_metric": ("", *METRICS),
    "scale": SCALES,
    "colormap": COLORMAPS,
}


#: the help text of each synced trait of `LandscapeView` (also its documentation)
_HELP = {
    "frame": (
        "The data to draw (serialize.frame_payload): id, preview, ndim, a, b, a_label, "
        "b_label, panels (name, title, metrics as float32 little-endian bytes, row-major "
        "[i, j] <-> (a[i], b[j]), center, path) and note. Python -> browser."
    ),
    "view": (
        "The view drawn: 'contour' (2D filled contours), 'surface' (3D surface), 'paraview' "
        "(ParaView-style lit 3D surface with contour lines) or '1d' (line plot; for a 2D "
        "frame the slice b = 0 through theta*)."
    ),
    "metric": (
        "The metric drawn: 'loss', 'accuracy' or 'eigen_ratio'. When the user picks one not "
        "in available_metrics, Python observes this trait and computes it."
    ),
    "requested_metric": (
        "Set by the browser to the metric the user picked when the frame does not hold it yet "
        "('' otherwise); Python may observe it (or `metric`) to start the computation."
    ),
    "scale": (
        "Colour scale (and 3D height) of the loss: 'log' or 'linear'. Accuracy is always "
        "linear; eigen_ratio has its own fixed [0, 1] scale."
    ),
    "clip": (
        "Loss values above this are drawn at this level (colour and 3D height), like the "
        "paper's figures; 0 switches clipping off. Applies to the loss only."
    ),
    "colormap": (
        "Colormap name (see COLORMAPS); 'auto' = viridis for contour/surface/1d and coolwarm "
        "for the ParaView-style view."
    ),
    "epoch": (
        "Index of the current trajectory point (into the path's points, 0-based); -1 = the "
        "last. The epoch slider of the front-end sets it."
    ),
    "camera": (
        "3D camera shared by all panels (linked cameras), as the front-end reports it; {} = "
        "default view."
    ),
    "presentation": (
        "Presentation mode: large fonts (>= 18 px) and full screen where the browser allows it."
    ),
    "ball": (
        "Descent ball on the loss grid, animated in the browser: {'method': 'gd' | 'momentum' "
        "| 'adam', 'lr': float > 0, 'start': [a, b] or None (no ball), 'running': bool}."
    ),
    "status": (
        "Status line (Python -> browser): {'state': 'idle' | 'computing' | 'error' | "
        "'confirm', 'message': str, 'progress': 0..1, 'estimate_s': float or None}. In the "
        "'confirm' state the front-end shows OK/Cancel and sends {'type': 'confirm', 'ok': "
        "bool}."
    ),
    "available_metrics": (
        "Metrics the current frame holds (Python -> browser; set from the frame when not given)."
    ),
}


class LandscapeView(anywidget.AnyWidget):
    """Browser-drawn view of one or several landscapes (the front-end of Explorer/Compare).

    Python sets `frame` (data) and `status`; the user (or Python) sets the display traits
    `view`, `metric`, `scale`, `clip`, `colormap`, `epoch`, `camera`, `presentation`,
    `ball`, which the browser applies without a kernel round trip.

    Parameters
    ----------
    **kwargs
        Initial trait values (e.g. ``view="paraview"``, ``scale="linear"``).

    Examples
    --------
    The frame comes from `lossviz.widgets.serialize.frame_payload` (see its example); every
    display trait is checked when set:

    >>> w = LandscapeView(view="paraview", scale="linear")
    >>> w.view, w.metric, w.clip
    ('paraview', 'loss', 10.0)
    >>> try:
    ...     w.clip = -1
    ... except ValueError as exc:
    ...     print(exc)
    clip must be >= 0 (0 = no clipping), got -1.0
    """

    _esm = _STATIC / "widget.js"
    _css = _STATIC / "widget.css"

    frame = traitlets.Dict(help=_HELP["frame"]).tag(sync=True)
    view = traitlets.Unicode("contour", help=_HELP["view"]).tag(sync=True)
    metric = traitlets.Unicode("loss", help=_HELP["metric"]).tag(sync=True)
    requested_metric = traitlets.Unicode("", help=_HELP["requested_metric"]).tag(sync=True)
    scale = traitlets.Unicode("log", help=_HELP["scale"]).tag(sync=True)
    clip = traitlets.Float(10.0, help=_HELP["clip"]).tag(sync=True)
    colormap = traitlets.Unicode("auto", help=_HELP["colormap"]).tag(sync=True)
    epoch = traitlets.Int(-1, help=_HELP["epoch"]).tag(sync=True)
    camera = traitlets.Dict(help=_HELP["camera"]).tag(sync=True)
    presentation = traitlets.Bool(False, help=_HELP["presentation"]).tag(sync=True)
    ball = traitlets.Dict(default_value=dict(_BALL_DEFAULT), help=_HELP["ball"]).tag(sync=True)
    status = traitlets.Dict(default_value=dict(_STATUS_DEFAULT), help=_HELP["status"]).tag(
        sync=True
    )
    available_metrics = traitlets.List(traitlets.Unicode(), help=_HELP["available_metrics"]).tag(
        sync=True
    )

    @traitlets.validate("view", "metric", "requested_metric", "scale", "colormap")
    def _v_choice(self, proposal: Any) -> str:
        name = proposal["trait"].name
        return _choice(name, proposal["value"], _CHOICES[name])

    @traitlets.validate("clip")
    def _v_clip(self, proposal: Any) -> float:
        v = _finite("clip", proposal["value"])
        if v < 0:
            raise ViewValueError(f"clip must be >= 0 (0 = no clipping), got {v!r}")
        return v

    @traitlets.validate("epoch")
    def _v_epoch(self, proposal: Any) -> int:
        v = proposal["value"]
        if v < -1:
            raise ViewValueError(f"epoch must be >= -1 (-1 = last point), got {v!r}")
        return v

    @traitlets.validate("ball")
    def _v_ball(self, proposal: Any) -> dict[str, Any]:
        return check_ball(proposal["value"])

    @traitlets.validate("status")
    def _v_status(self, proposal: Any) -> dict[str, Any]:
        return check_status(proposal["value"])

    @traitlets.validate("frame")
    def _v_frame(self, proposal: Any) -> dict[str, Any]:
        return _check_frame(proposal["value"])

    @traitlets.validate("available_metrics")
    def _v_available(self, proposal: Any) -> list[str]:
        v = list(proposal["value"])
        for m in v:
            _choice("available_metrics[...]", m, METRICS)
        return v

    @traitlets.observe("frame")
    def _frame_metrics(self, change: Any) -> None:
        frame = change["new"]
        if frame and frame.get("panels"):
            names = [set(p.get("metrics", {})) for p in frame["panels"]]
            common = set.intersection(*names)
            self.available_metrics = [m for m in METRICS if m in common]
