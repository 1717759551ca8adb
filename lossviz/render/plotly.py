"""plotly renderers: ``Landscape -> plotly.graph_objects.Figure``.

`contour` (the paper's 2D figure: filled, labelled contours), `surface3d` (3D surface),
`line` (1D curves, loss and accuracy on twin y axes), `compare` (side by side on one shared
color scale) and `update` (refresh a figure in place, for widgets).

Conventions:

- ``land[metric][i, j]`` is the value at ``(a[i], b[j])``; ``a`` is the x axis and ``b`` the
  y axis, so the first trace's ``z`` is ``land[metric].T`` (plotly's rows are y).
- ``zmax`` clips values above it to ``zmax`` (like the original code's VTP export).
- ``log=True`` colors by ``log10`` of the (clipped) values; colorbar ticks and hover text show
  the true values. Negative values with ``log=True`` raise ``ValueError``.
- NaN (not computed) points are left as gaps.
- The first trace of `contour` / `surface3d` is the landscape itself, so a widget can replace
  its ``z`` (or call `update`).

Examples
--------
>>> import numpy as np
>>> from lossviz import Landscape
>>> import lossviz.render.plotly as lvp
>>> a = np.linspace(-1, 1, 21)
>>> land = Landscape((a, a), {"loss": a[:, None] ** 2 + a[None, :] ** 2})
>>> fig = lvp.contour(land)
>>> fig.data[0].type
'contour'
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from .._util import Options, optional_import
from ..landscape import Landscape
from . import _common as C
from . import _plotly_traces as T

go = optional_import("plotly.graph_objects", "plotly")

__all__ = [
    "ContourOptions",
    "FigureOptions",
    "Surface3dOptions",
    "compare",
    "contour",
    "line",
    "surface3d",
    "update",
]

_LINE_COLORS = {"loss": "#1f5fbf", "accuracy": "#d62728"}
_DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
_FONT = {"family": "Arial, Helvetica, sans-serif", "size": 14}


@dataclass(frozen=True)
class FigureOptions(Options):
    """The keywords `contour` and `surface3d` share (see `contour`); the base of their groups.

    ``metric``, ``trajectory``, ``levels``, ``log`` and ``zmax`` are also their positional
    parameters after ``land``.
    """

    POSITIONAL: ClassVar[tuple[str, ...]] = ("metric", "trajectory", "levels", "log", "zmax")

    metric: str | None = "loss"
    trajectory: Any = None
    levels: Any = None
    log: bool = False
    zmax: float | None = None
    zrange: Sequence[float] | None = None
    colorscale: Any = None
    title: str | None = None
    width: int | None = 640
    height: int | None = 560


@dataclass(frozen=True)
class ContourOptions(FigureOptions):
    """The keywords of `contour` as one object (`FigureOptions` and ``show_labels``).

    Examples
    --------
    >>> style = ContourOptions(log=True, zmax=10.0, width=480)
    >>> style.log, style.show_labels
    (True, True)
    """

    show_labels: bool = True


@dataclass(frozen=True)
class Surface3dOptions(FigureOptions):
    """The keywords of `surface3d` as one object (`FigureOptions` and ``contours``)."""

    width: int | None = 720
    height: int | None = 600
    contours: bool = True


@C.options_entry(ContourOptions)
def contour(land: Landscape, o: ContourOptions) -> Any:
    """Filled, labelled contour plot of a 2D landscape (the paper's 2D figure).

    Parameters
    ----------
    land : Landscape
        A 2D landscape.
    metric : str, optional
        Metric to draw (default ``"loss"``; None: ``"loss"`` or the first metric).
        ``"eigen_ratio"`` uses a blue (convex) to yellow (non-convex) scale on [0, 1].
    trajectory : ProjectedPath, list of ProjectedPath or array_like, optional
        Path(s) drawn over the contours, with start/end markers and hover text (label,
        surface value, true value from ``.values``, off-plane ``.residuals``). An ``(n, 2)``
        array is wrapped in a `ProjectedPath`.
    levels : float or (start, end, step), optional
        Contour spacing (in decades when ``log=True``); default: a round step giving about
        20 levels over the color range (e.g. 0.1 for losses between 0 and 2).
    log : bool
        Color by ``log10`` of the values (ticks and hover show true values).
    zmax : float, optional
        Clip values above ``zmax`` (the top of the color scale).
    options : ContourOptions, optional
        All the parameters but ``land`` as one object; those given as well override its fields.
    zrange : (float, float), optional
        Fixed color range in metric units (e.g. to match another figure).
    colorscale : str or list, optional
        Any plotly colorscale (default Viridis; Cividis for ``eigen_ratio``).
    title : str, optional
        Figure title (default: metric and model). Preview landscapes are marked.
    width, height : int, optional
        Figure size in pixels (default 640 x 560).
    show_labels : bool
        Write level values on the contour lines (not with ``log=True``).

    Returns
    -------
    plotly.graph_objects.Figure
        ``fig.data[0]`` is the `go.Contour` trace (``z`` is ``land[metric].T``, in log10
        units when ``log=True``); trajectory traces follow.

    Raises
    ------
    ValueError
        For a 1D or all-NaN landscape, an unknown metric, negative values with
        ``log=True``, or bad ``levels``/``zmax``.
    TypeError
        For an unknown keyword.
    """
    return _landscape_figure("contour", land, o, o.show_labels)


@C.options_entry(Surface3dOptions)
def surface3d(land: Landscape, o: Surface3dOptions) -> Any:
    """3D surface plot of a 2D landscape, with contour lines on the surface.

    Parameters
    ----------
    land, metric, trajectory, levels, log, zmax
        As in `contour`. The trajectory is drawn on the surface.
    options : Surface3dOptions, optional
        All the parameters but ``land`` as one object; those given as well override its fields.
    zrange, colorscale, title
        As in `contour`.
    width, height : int, optional
        Figure size in pixels (default 720 x 600).
    contours : bool
        Draw contour lines on the surface at ``levels``.

    Returns
    -------
    plotly.graph_objects.Figure
        ``fig.data[0]`` is the `go.Surface` trace (``z`` is ``land[metric].T``).

    Raises
    ------
    ValueError, TypeError
        As in `contour`.
    """
    return _landscape_figure("surface3d", land, o, o.contours)


#: per figure kind: the margins and the legend's vertical position
_FRAMES = {
    "contour": ({"l": 70, "r": 20, "t": 60, "b": 60}, -0.15),
    "surface3d": ({"l": 0, "r": 0, "t": 50, "b": 0}, 0.02),
}


def _landscape_figure(kind: str, land: Landscape, o: FigureOptions, lines: bool) -> Any:
    """The figure of `contour` or `surface3d` (``kind``): landscape trace, paths, layout."""
    C.check_landscape(land, "land", ndim=2)
    p = T.prepare(land, o.metric, o.log, o.zmax, o.zrange)
    paths = C.as_paths(o.trajectory, ndim=2)
    C.warn_outside(land, paths)
    data = [T.landscape_trace(kind, land, p, o.levels, o.colorscale, lines)]
    data += T.path_traces(land, paths, p, three_d=kind == "surface3d")
    axes = _plane_axes(land) if kind == "contour" else {"scene": T.scene_layout(land, p)}
    margin, legend_y = _FRAMES[kind]
    layout = {
        "title": T.title_layout(land, o.title, T.default_title(land, p)),
        **axes,
        "font": _FONT,
        "width": o.width,
        "height": o.height,
        "margin": margin,
        "legend": {"orientation": "h", "y": legend_y, "x": 0.5, "xanchor": "center"},
        "meta": {"lossviz": {"kind": kind, "metric": p["metric"], "log": o.log, "zmax": o.zmax}},
    }
    return go.Figure(data=data, layout=layout)


def _plane_axes(land: Landscape) -> dict[str, Any]:
    """The x and y axes of a contour figure: equal scales unless the spans differ a lot."""
    xl, yl = land.axis_labels
    yaxis: dict[str, Any] = {"title": {"text": yl}, "scaleanchor": "x", "scaleratio": 1}
    if not T.equal_aspect(land):
        # False (not just absent): a live figure widget drops an earlier equal-aspect anchor
        yaxis = {"title": {"text": yl}, "scaleanchor": False}
    return {"xaxis": {"title": {"text": xl}, "constrain": "domain"}, "yaxis": yaxis}


# ----------------------------------------------------------------------- 1D curves
def _split_metric(metric: str) -> tuple[str, str]:
    """``"test_loss"`` -> ``("test", "loss")``; ``"accuracy"`` -> ``("", "accuracy")``."""
    kind = "accuracy" if C.is_accuracy(metric) else "loss"
    for suffix in ("_accuracy", "_acc", "_loss"):
        if metric.endswith(suffix):
            return metric[: -len(suffix)], kind
    if metric in ("loss", "accuracy", "acc"):
        return "", kind
    return metric, kind


def line(
    land: Landscape | Sequence[Landscape] | Mapping[str, Landscape],
    metric: str | Sequence[str] | None = None,
    log: bool = False,
    zmax: float | None = None,
    *,
    trajectory: Any = None,
    title: str | None = None,
    yrange: Sequence[float] | None = None,
    width: int | None = 720,
    height: int | None = 460,
) -> Any:
    """1D curves: loss (left axis) and accuracy (right axis) along a direction.

    The interpolation figure of the paper: each landscape is drawn with its own dash style
    (e.g. small batch solid, large batch dashed), loss in blue and accuracy in red; metrics
    such as ``"loss"`` and ``"test_loss"`` of one landscape are separate lines (train solid,
    test dashed).

    Parameters
    ----------
    land : Landscape, list of Landscape or dict of str to Landscape
        1D landscapes. Names come from the dict keys or ``land.meta["name"]``.
    metric : str or sequence of str, optional
        Metrics to draw; default all metrics. Accuracy metrics go to the right axis.
    log : bool
        Log scale for the loss axis (values must be positive).
    zmax : float, optional
        Clip loss values above ``zmax``.
    trajectory : ProjectedPath or array_like, optional
        1D positions (``(n,)``) marked on the first landscape's first loss curve.
    title : str, optional
        Figure title. Preview landscapes are marked.
    yrange : (float, float), optional
        Fixed range of the loss axis (e.g. shared between figures).
    width, height : int, optional
        Figure size in pixels.

    Returns
    -------
    plotly.graph_objects.Figure
        One `go.Scatter` per (landscape, metric); loss traces use ``yaxis="y"``, accuracy
        traces ``yaxis="y2"``.

    Raises
    ------
    ValueError
        For 2D or all-NaN landscapes, unknown metrics, negative losses with ``log=True``.
    """
    names, lands = C.named_landscapes(land, "land")
    for n, ld in zip(names, lands, strict=True):
        C.check_landscape(ld, f"land[{n!r}]" if len(lands) > 1 else "land", ndim=1)
    if isinstance(metric, str):
        metric = [metric]
    zmax = C.check_zmax(zmax)
    data: list[Any] = []
    variants: dict[tuple[str, str], int] = {}
    has_acc = has_loss = False
    loss_lo, loss_hi = math.inf, -math.inf
    first_loss: tuple[Landscape, np.ndarray] | None = None
    for n, ld in zip(names, lands, strict=True):
        lname = f"land[{n!r}]" if len(lands) > 1 else "land"
        mets = list(metric) if metric is not None else ld.metrics
        for m in mets:
            if m not in ld:
                raise ValueError(f"metric={m!r} is not in {lname}; it has {ld.metrics}")
            prefix, kind = _split_metric(m)
            y = C.values(ld, m, lname)
            if kind == "loss":
                y = C.clip(y, zmax, lname)
                if log:
                    y = C.check_log(y, m, lname)
                loss_lo, loss_hi = min(loss_lo, np.nanmin(y)), max(loss_hi, np.nanmax(y))
                has_loss = True
                if first_loss is None:
                    first_loss = (ld, y)
            else:
                has_acc = True
            dash = variants.setdefault((n, prefix), len(variants))
            label_parts = [x for x in (n if len(lands) > 1 else "", prefix) if x]
            label = " ".join(label_parts + [kind])
            data.append(
                dict(
                    type="scatter",
                    x=ld.coords[0],
                    y=y,
                    mode="lines",
                    name=label,
                    line={
                        "color": _LINE_COLORS[kind],
                        "dash": _DASHES[dash % len(_DASHES)],
                        "width": 2.5,
                    },
                    yaxis="y2" if (kind == "accuracy" and has_loss_axis(metric, lands)) else "y",
                    connectgaps=False,
                    hovertemplate=f"{label}<br>%{{x:.3f}}: %{{y:.4g}}<extra></extra>",
                )
            )
    paths = C.as_paths(trajectory, ndim=1)
    if paths and first_loss is not None:
        ld, y = first_loss
        C.warn_outside(ld, paths)
        for k, path in enumerate(paths):
            x = path.coords[:, 0]
            yy = C.interp_line(ld, y, x)
            data.append(
                dict(
                    type="scatter",
                    x=x,
                    y=yy,
                    mode="markers",
                    marker={"size": 9, "color": T.PATH_COLORS[k % len(T.PATH_COLORS)]},
                    name=path.name or "trajectory",
                    hovertext=path.labels,
                    hoverinfo="text+y",
                )
            )
    xl = lands[0].axis_labels[0]
    two_axes = has_loss and has_acc
    loss_title = "loss" + (" (log)" if log else "")
    layout: dict[str, Any] = {
        "title": T.title_layout(
            lands[0],
            title,
            "loss and accuracy" if two_axes else ("accuracy" if has_acc else "loss"),
        ),
        "xaxis": {"title": {"text": xl}},
        "font": _FONT,
        "width": width,
        "height": height,
        "margin": {"l": 70, "r": 70, "t": 60, "b": 60},
        "legend": {"orientation": "h", "y": -0.22, "x": 0.5, "xanchor": "center"},
        "meta": {"lossviz": {"kind": "line", "log": log, "zmax": zmax}},
    }
    if has_loss:
        ya: dict[str, Any] = {
            "title": {"text": loss_title, "font": {"color": _LINE_COLORS["loss"]}}
        }
        if log:
            ya["type"] = "log"
        if yrange is not None:
            ya["range"] = [math.log10(yrange[0]), math.log10(yrange[1])] if log else list(yrange)
        elif zmax is not None:
            ya["range"] = (
                [math.log10(loss_lo), math.log10(zmax) + 0.02] if log else [loss_lo, zmax * 1.02]
            )
        layout["yaxis"] = ya
    acc_axis = {
        "title": {"text": "accuracy", "font": {"color": _LINE_COLORS["accuracy"]}},
        "tickformat": ".0%",
        "range": [0.0, 1.02],
        "tickmode": "linear",
        "tick0": 0.0,
        "dtick": 0.2,
    }
    if two_axes:
        layout["yaxis2"] = {**acc_axis, "overlaying": "y", "side": "right", "showgrid": False}
    elif has_acc:
        layout["yaxis"] = acc_axis
    return go.Figure(data=data, layout=layout)


def has_loss_axis(metric: Any, lands: list[Landscape]) -> bool:
    """True when some drawn metric is loss-like (so accuracy goes to a second axis)."""
    if metric is not None:
        return any(not C.is_accuracy(m) for m in metric)
    return any(not C.is_accuracy(m) for ld in lands for m in ld.metrics)


# ----------------------------------------------------------------------- side by side
def compare(
    lands: Sequence[Landscape] | Mapping[str, Landscape],
    metric: str | None = "loss",
    kind: str = "contour",
    log: bool = False,
    zmax: float | None = None,
    levels: Any = None,
    *,
    trajectory: Any = None,
    cols: int | None = None,
    zrange: Sequence[float] | None = None,
    colorscale: Any = None,
    show_labels: bool = True,
    title: str | None = None,
    panel_size: int = 380,
) -> Any:
    """Several landscapes side by side on one shared color scale and z range.

    Parameters
    ----------
    lands : list of Landscape or dict of str to Landscape
        All 2D (contour / surface3d panels) or all 1D (line panels with one y range).
        Panel titles come from the dict keys or ``land.meta["name"]``.
    metric : str, optional
        The metric drawn in every panel.
    kind : {"contour", "surface3d"}
        Panel type for 2D landscapes (ignored for 1D).
    log, zmax, levels, zrange, colorscale, show_labels
        As in `contour`; the color range and the contour levels are shared.
    trajectory : list or dict, optional
        One trajectory (anything `contour` accepts, or None) per panel, in the order of
        ``lands`` or keyed by panel name.
    cols : int, optional
        Panels per row (default: all in one row up to 4).
    title : str, optional
        Figure title.
    panel_size : int
        Pixel size of one panel.

    Returns
    -------
    plotly.graph_objects.Figure
        2D: one trace per panel (in panel order, each referring to ``layout.coloraxis``),
        then trajectory traces. 1D: one `go.Scatter` per panel.

    Raises
    ------
    ValueError
        For mixed 1D/2D landscapes, all-NaN ones, an unknown ``kind`` or metric.
    """
    from plotly.subplots import make_subplots

    from .._util import check_choice

    names, items = C.named_landscapes(lands, "lands")
    check_choice("kind", kind, ("contour", "surface3d"))
    dims = {ld.ndim for ld in items}
    if len(dims) != 1:
        raise ValueError("lands mixes 1D and 2D landscapes; compare needs all of one kind")
    n = len(items)
    if cols is None:
        cols = min(n, 4)
    if not isinstance(cols, int) or cols < 1:
        raise ValueError(f"cols must be a positive integer, got {cols!r}")
    rows = math.ceil(n / cols)
    if dims == {1}:
        return _compare_lines(
            names, items, metric, log, zmax, zrange, rows, cols, title, panel_size
        )
    for nm, ld in zip(names, items, strict=True):
        C.check_landscape(ld, f"lands[{nm!r}]", ndim=2)
    trajs = _per_panel(trajectory, names)
    preps = [
        T.prepare(ld, metric, log, zmax, None, f"lands[{nm!r}]")
        for nm, ld in zip(names, items, strict=True)
    ]
    if zrange is not None:
        shared = T.prepare(items[0], preps[0]["metric"], log, zmax, zrange)
        lo, hi = shared["lo"], shared["hi"]
    else:
        lo, hi = min(p["lo"] for p in preps), max(p["hi"] for p in preps)
    for p in preps:
        p["lo"], p["hi"] = lo, hi
    p0 = preps[0]
    spec_type = "xy" if kind == "contour" else "scene"
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=names,
        specs=[[{"type": spec_type}] * cols for _ in range(rows)],
        horizontal_spacing=0.1 if kind == "contour" else 0.02,
        vertical_spacing=0.12,
    )
    traces, extra = [], []
    for k, (ld, p) in enumerate(zip(items, preps, strict=True)):
        r, c = k // cols + 1, k % cols + 1
        lines = show_labels if kind == "contour" else True
        tr = T.landscape_trace(kind, ld, p, levels, colorscale, lines, coloraxis="coloraxis")
        traces.append((tr, r, c))
        paths = C.as_paths(trajs[k], name=f"trajectory[{names[k]!r}]", ndim=2)
        C.warn_outside(ld, paths)
        for tr2 in T.path_traces(ld, paths, p, three_d=kind != "contour"):
            extra.append((tr2, r, c))
    for tr, r, c in traces + extra:
        fig.add_trace(tr, row=r, col=c)
    fig.update_layout(
        coloraxis={
            "colorscale": T.colorscale_for(p0["metric"], colorscale),
            "cmin": lo,
            "cmax": hi,
            "colorbar": T.colorbar(p0),
        },
        title=T.title_layout(
            items[0], title, title or f"{C.display_name(p0['metric'])}, shared scale"
        ),
        font=_FONT,
        width=panel_size * cols + 140,
        height=panel_size * rows + 110,
        margin={"l": 60, "r": 20, "t": 80, "b": 60},
        legend={"orientation": "h", "y": -0.12, "x": 0.5, "xanchor": "center"},
        meta={"lossviz": {"kind": "compare", "metric": p0["metric"], "log": log, "zmax": zmax}},
    )
    for k, ld in enumerate(items):
        r, c = k // cols + 1, k % cols + 1
        xl, yl = ld.axis_labels
        if kind == "contour":
            fig.update_xaxes(title_text=xl, row=r, col=c)
            row_first = items[(r - 1) * cols].axis_labels[1]
            if c == 1 or yl != row_first:  # a repeated y title would run into the next panel
                fig.update_yaxes(title_text=yl, row=r, col=c)
        else:
            sc = T.scene_layout(ld, preps[k])
            sc["camera"] = {"eye": {"x": 1.9, "y": -1.9, "z": 1.2}}
            for ax in ("xaxis", "yaxis", "zaxis"):  # small panels: smaller text
                sc[ax]["title"]["font"] = {"size": 11}
                sc[ax]["tickfont"] = {"size": 10}
                sc[ax]["nticks"] = 5
            fig.update_scenes(sc, row=r, col=c)
    return fig


def _per_panel(trajectory: Any, names: list[str]) -> list[Any]:
    if trajectory is None:
        return [None] * len(names)
    if isinstance(trajectory, Mapping):
        unknown = set(map(str, trajectory)) - set(names)
        if unknown:
            raise ValueError(f"trajectory has keys {sorted(unknown)} that are not panels {names}")
        return [trajectory.get(n) for n in names]
    if isinstance(trajectory, Sequence) and len(trajectory) == len(names):
        return list(trajectory)
    raise ValueError(
        f"trajectory must be a list with one entry per panel ({len(names)}) or a dict "
        "panel name -> path"
    )


def _compare_lines(names, items, metric, log, zmax, yrange, rows, cols, title, panel_size):
    from plotly.subplots import make_subplots

    figs = [
        line(ld, metric=metric, log=log, zmax=zmax, title=nm)
        for nm, ld in zip(names, items, strict=True)
    ]
    loss_y = [np.asarray(t.y, dtype=float) for f in figs for t in f.data if t.yaxis in ("y", None)]
    lo = min(np.nanmin(y) for y in loss_y)
    hi = max(np.nanmax(y) for y in loss_y)
    if yrange is not None:
        lo, hi = yrange
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=names, horizontal_spacing=0.08)
    for k, f in enumerate(figs):
        for tr in f.data:
            tr.update(yaxis=None, showlegend=k == 0)
            fig.add_trace(tr, row=k // cols + 1, col=k % cols + 1)
        fig.update_xaxes(title_text=items[k].axis_labels[0], row=k // cols + 1, col=k % cols + 1)
    pad = 0.03 * (hi - lo) if hi > lo else 1.0
    rng = [math.log10(lo), math.log10(hi)] if log else [lo - pad, hi + pad]
    fig.update_yaxes(range=rng, type="log" if log else None)
    fig.update_layout(
        title=T.title_layout(items[0], title, title or "shared y range"),
        font=_FONT,
        width=panel_size * cols + 120,
        height=panel_size * rows + 110,
        meta={"lossviz": {"kind": "compare-line", "log": log, "zmax": zmax}},
    )
    return fig


# ----------------------------------------------------------------------- update in place
def update(fig: Any, land: Landscape, **kwargs: Any) -> Any:
    """Redraw a `contour` / `surface3d` figure (or FigureWidget) in place for a new landscape.

    Only the first trace (the landscape) and the color range change; trajectory traces are
    kept. Use this from widgets to avoid rebuilding the figure.

    Parameters
    ----------
    fig : plotly.graph_objects.Figure or FigureWidget
        A figure made by `contour` or `surface3d`.
    land : Landscape
        The new landscape (same kind of grid).
    **kwargs
        ``metric``, ``log``, ``zmax``, ``zrange``, ``levels``, ``colorscale``, ``title``;
        default: the options the figure was built with.

    Returns
    -------
    The same figure.
    """
    meta = (fig.layout.meta or {}).get("lossviz", {}) if isinstance(fig.layout.meta, dict) else {}
    kind = meta.get("kind")
    if kind not in ("contour", "surface3d"):
        raise ValueError("fig must be a figure made by lossviz contour() or surface3d()")
    allowed = {"metric", "log", "zmax", "zrange", "levels", "colorscale", "title"}
    bad = set(kwargs) - allowed
    if bad:
        raise TypeError(
            f"update() got unexpected arguments {sorted(bad)}; allowed {sorted(allowed)}"
        )
    C.check_landscape(land, "land", ndim=2)
    opts = {k: meta.get(k) for k in ("metric", "log", "zmax")}
    opts.update({k: kwargs[k] for k in ("metric", "log", "zmax") if k in kwargs})
    p = T.prepare(land, opts["metric"], bool(opts["log"]), opts["zmax"], kwargs.get("zrange"))
    new = T.landscape_trace(kind, land, p, kwargs.get("levels"), kwargs.get("colorscale"))
    props = {k: v for k, v in new.items() if k != "type"}
    with fig.batch_update():
        fig.data[0].update(props)
        if kind == "surface3d":
            fig.layout.scene.zaxis.update(T.z_axis(p))
        fig.layout.title.update(T.title_layout(land, kwargs.get("title"), T.default_title(land, p)))
        fig.layout.meta = {"lossviz": {**meta, **opts, "metric": p["metric"]}}
    return fig
