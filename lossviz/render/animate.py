"""Animated trajectories (loss-landscape-anim style) and "honest path" plots.

- `animate`: a plotly figure whose frames draw the optimizer's path step by step over
  the contours of a `Landscape` (play button + step slider); for 2-D input data the
  model's decision boundary at the same step is drawn beside it.
- `write_gif`: the same animation as a small GIF file (matplotlib frames, few of them).
- `path_report` / `honesty`: for each snapshot the true loss next to the surface's value
  at its projection, and its relative distance from the plane: the drawn path can cross
  contours of a loss the run never had when the plane explains little of it.

numpy, plotly and matplotlib only: the decision boundaries are computed by
``lossviz.core.trajectory.decision_boundaries`` (torch) and passed in as arrays.

Examples
--------
A typical session (``X, y`` 2-D data, ``model`` trained by ``lossviz.zoo.train.fit``)::

    traj = lv.Trajectory()
    fit(model, (X, y), record=traj)
    dirs = lv.pca_directions(traj)
    land = lv.surface(model, (X, y), dirs, a=(-2, 12, 41), center=dirs.center)
    path = traj.path(dirs, model, (X, y), name="Adam")
    xs, ys, grid = grid_2d(X)
    classes, _ = decision_boundaries(traj, model, grid)
    kw = dict(boundary=classes, boundary_grid=(xs, ys), data=(X, y))
    fig = animate(land, path, **kw)
    write_gif(land, path, "train.gif", **kw)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .._util import Options, atomic_path, optional_import, options_signature
from ..landscape import Landscape, ProjectedPath
from . import _common as C

__all__ = ["AnimationOptions", "animate", "frame_indices", "honesty", "path_report", "write_gif"]

_PATH_COLORS = ("#e4572e", "#f3f3f3", "#ff66cc", "#29b6f6", "#ffb000", "#76ff03")
#: the paths' colors on a white background (the near-white second path becomes gray)
_LINE_COLORS = ("#e4572e", "#555555", "#ff66cc", "#29b6f6", "#ffb000", "#76ff03")
_CLASS_COLORS = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#b279a2", "#9d755d", "#72b7b2")


# ---------------------------------------------------------------------- data
def frame_indices(n: int, max_frames: int) -> np.ndarray:
    """At most ``max_frames`` snapshot indices spread evenly over ``0..n-1`` (ends kept).

    Parameters
    ----------
    n : int
        Number of snapshots.
    max_frames : int
        Upper bound on the number of frames (>= 2).

    Returns
    -------
    numpy.ndarray
        Increasing int indices, starting at 0 and ending at ``n - 1``.
    """
    if isinstance(max_frames, bool) or not isinstance(max_frames, (int, np.integer)):
        raise TypeError(f"max_frames must be an integer, got {max_frames!r}")
    if max_frames < 2:
        raise ValueError(f"max_frames must be >= 2, got {max_frames}")
    if n < 1:
        raise ValueError("the path has no points")
    return np.unique(np.linspace(0, n - 1, min(n, int(max_frames))).round().astype(int))


def path_report(land: Landscape, path: ProjectedPath, metric: str = "loss") -> dict[str, Any]:
    """Per snapshot: label, true value, surface value at the projection, residual.

    Parameters
    ----------
    land : Landscape
        A 2D landscape in the path's plane.
    path : ProjectedPath
        From ``Trajectory.path``; ``values`` (true metric) and ``residuals`` may be None.
    metric : str
        The landscape's metric to read.

    Returns
    -------
    dict
        ``labels`` (list of str), ``true``, ``surface`` (bilinear interpolation of the
        grid at each projected point; NaN outside it), ``gap`` (surface minus true),
        ``residual`` (relative distance from the plane) as float arrays (NaN where
        unknown), and ``explained`` (float or None).
    """
    C.check_landscape(land, "land", ndim=2)
    (path,) = C.as_paths(path, "path", ndim=2)
    metric = C.pick_metric(land, metric)
    z = C.values(land, metric)
    n = len(path)
    surf = C.interp_surface(land, z, path.coords)
    true = path.values if path.values is not None else np.full(n, np.nan)
    res = path.residuals if path.residuals is not None else np.full(n, np.nan)
    return {
        "labels": list(path.labels),
        "true": np.asarray(true, dtype=np.float64),
        "surface": surf,
        "gap": surf - true,
        "residual": np.asarray(res, dtype=np.float64),
        "explained": path.explained,
    }


def _hover(path: ProjectedPath, rep: dict[str, Any], metric: str) -> list[str]:
    name = C.display_name(metric)
    out = []
    for k, label in enumerate(path.labels):
        parts = [f"<b>{path.name + ' · ' if path.name else ''}{label}</b>"]
        if np.isfinite(rep["true"][k]):
            parts.append(f"true {name}: {rep['true'][k]:.4g}")
        parts.append(f"surface {name} at projection: {rep['surface'][k]:.4g}")
        if np.isfinite(rep["residual"][k]):
            parts.append(f"off-plane distance: {100 * rep['residual'][k]:.1f}%")
        out.append("<br>".join(parts))
    return out


def _check_boundary(
    boundary: Any, boundary_grid: Any, data: Any, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, Any] | None:
    if boundary is None:
        if boundary_grid is not None or data is not None:
            raise ValueError("boundary_grid= and data= are only used with boundary=")
        return None
    if boundary_grid is None:
        raise ValueError("boundary= needs boundary_grid=(xs, ys) (from grid_2d)")
    xs, ys = (np.asarray(v, dtype=np.float64) for v in boundary_grid)
    b = np.asarray(boundary)
    if b.ndim == 2:
        if b.shape[1] != xs.size * ys.size:
            raise ValueError(
                f"boundary has {b.shape[1]} grid values per snapshot; boundary_grid has "
                f"{ys.size} x {xs.size}"
            )
        b = b.reshape(b.shape[0], ys.size, xs.size)
    if b.ndim != 3 or b.shape[1:] != (ys.size, xs.size):
        raise ValueError(
            f"boundary must have shape (n_snapshots, {ys.size * xs.size}) or "
            f"(n_snapshots, {ys.size}, {xs.size}), got {np.shape(boundary)}"
        )
    if b.shape[0] != n:
        raise ValueError(f"boundary has {b.shape[0]} snapshots but the (first) path has {n} points")
    if data is not None:
        X, y = (np.asarray(v) for v in data)
        if X.ndim != 2 or X.shape[1] != 2 or len(y) != len(X):
            raise ValueError("data must be (X, y) with X of shape (N, 2) and N labels")
        data = (X, y.astype(int))
    return xs, ys, b.astype(int), data


@dataclass(frozen=True)
class AnimationOptions(Options):
    """What `animate` and `write_gif` draw besides the paths (their shared keywords).

    Examples
    --------
    >>> AnimationOptions(log=True).metric
    'loss'
    """

    metric: str = "loss"
    boundary: Any = None
    boundary_grid: Any = None
    data: Any = None
    log: bool = False
    title: str | None = None


def _scene(
    land: Landscape, trajectory: Any, o: AnimationOptions, max_frames: int
) -> tuple[list[ProjectedPath], np.ndarray, Any]:
    """The checked paths, the snapshots shown as frames and the checked boundary panel data."""
    C.check_landscape(land, "land", ndim=2)
    paths = C.as_paths(trajectory, "trajectory", ndim=2)
    if not paths:
        raise ValueError("trajectory must hold at least one path")
    frames_at = frame_indices(max(len(p) for p in paths), max_frames)
    bnd = _check_boundary(o.boundary, o.boundary_grid, o.data, len(paths[0]))
    return paths, frames_at, bnd


# ---------------------------------------------------------------------- plotly
@options_signature(AnimationOptions)
def animate(
    land: Landscape,
    trajectory: Any,
    *,
    zmax: float | None = None,
    max_frames: int = 60,
    frame_ms: int = 150,
    width: int | None = None,
    height: int = 520,
    options: AnimationOptions | None = None,
    **kwargs: Any,
) -> Any:
    """Animate the path(s) step by step over the landscape's contours (plotly).

    Parameters
    ----------
    land : Landscape
        A 2D landscape in the paths' plane.
    trajectory : ProjectedPath or list of ProjectedPath
        From ``Trajectory.path``; several runs advance together (frame ``k`` shows
        each run up to its snapshot ``k``).
    zmax : float, optional
        As in ``lossviz.render.plotly.contour``.
    max_frames : int
        At most this many frames (snapshots are subsampled evenly; ends kept).
    frame_ms : int
        Milliseconds per frame when playing.
    width, height : int
        Figure size in pixels (default width: 1100 with a boundary panel, else 700).
    options : AnimationOptions, optional
        The keywords below as one object; those given as well override its fields.
    metric : str
        Landscape metric for the contours.
    boundary : array_like, optional
        Predicted class per grid point for every snapshot of the first path,
        ``(n_snapshots, ny * nx)`` or ``(n_snapshots, ny, nx)``, from
        ``lossviz.core.trajectory.decision_boundaries``; drawn in a second panel.
    boundary_grid : (xs, ys), optional
        The input grid of ``boundary`` (from ``grid_2d``).
    data : (X, y), optional
        2-D training inputs and labels drawn over the decision boundary.
    log : bool
        As in ``lossviz.render.plotly.contour``.
    title : str, optional
        Figure title (`write_gif`: the title prefix of every frame).

    Returns
    -------
    plotly.graph_objects.Figure
        Trace 0 is the contour; frames update the paths (and the boundary panel).
    """
    go = optional_import("plotly.graph_objects", "plotly")
    subplots = optional_import("plotly.subplots", "plotly")
    from . import plotly as lvp

    o = AnimationOptions.of(options, kwargs, where="animate")
    paths, frames_at, bnd = _scene(land, trajectory, o, max_frames)
    C.warn_outside(land, paths)
    base = lvp.contour(land, metric=o.metric, log=o.log, zmax=zmax)
    contour = base.data[0]
    metric = base.layout.meta["lossviz"]["metric"]
    reps = [path_report(land, p, metric) for p in paths]
    cols = 2 if bnd is not None else 1
    fig = subplots.make_subplots(
        rows=1,
        cols=cols,
        column_widths=[0.56, 0.44] if cols == 2 else None,
        horizontal_spacing=0.16 if cols == 2 else 0.02,
        subplot_titles=[
            f"{C.display_name(metric)} landscape",
            "decision boundary" + (f" ({paths[0].name})" if paths[0].name else ""),
        ][:cols],
    )
    right = fig.layout.xaxis.domain[1]
    contour.colorbar.update(x=right + 0.01, xanchor="left", len=0.9, thickness=14)
    fig.add_trace(contour, row=1, col=1)
    dyn: list[int] = []  # indices of traces that frames update

    def cut(k: int, i: int) -> int:
        return min(i, len(paths[k]) - 1)

    i0 = int(frames_at[0])
    for k, (p, rep) in enumerate(zip(paths, reps, strict=True)):
        color = _PATH_COLORS[k % len(_PATH_COLORS)]
        name = p.name or (f"path {k + 1}" if len(paths) > 1 else "trajectory")
        if p.explained is not None:
            name += f" ({100 * p.explained:.0f}% explained)"
        text = _hover(p, rep, metric)
        fig.add_trace(
            go.Scatter(
                x=p.coords[:, 0],
                y=p.coords[:, 1],
                mode="lines",
                line={"color": color, "width": 1.6, "dash": "dot"},
                opacity=0.7,
                hoverinfo="skip",
                showlegend=False,
            ),
            row=1,
            col=1,
        )
        j = cut(k, i0)
        fig.add_trace(
            go.Scatter(
                x=p.coords[: j + 1, 0],
                y=p.coords[: j + 1, 1],
                mode="lines+markers",
                line={"color": color, "width": 2.5},
                marker={"size": 5, "color": color},
                name=name,
                legendgroup=f"p{k}",
                hovertext=text[: j + 1],
                hoverinfo="text",
            ),
            row=1,
            col=1,
        )
        dyn.append(len(fig.data) - 1)
        fig.add_trace(
            go.Scatter(
                x=[p.coords[j, 0]],
                y=[p.coords[j, 1]],
                mode="markers",
                marker={"size": 15, "color": color, "line": {"color": "black", "width": 1.5}},
                legendgroup=f"p{k}",
                showlegend=False,
                hovertext=[text[j]],
                hoverinfo="text",
            ),
            row=1,
            col=1,
        )
        dyn.append(len(fig.data) - 1)
    if bnd is not None:
        xs, ys, b, pts = bnd
        ncls = int(max(b.max(), 0 if pts is None else pts[1].max())) + 1
        scale = _discrete_scale(ncls)
        fig.add_trace(
            go.Heatmap(
                x=xs,
                y=ys,
                z=b[cut(0, i0)],
                zmin=-0.5,
                zmax=ncls - 0.5,
                colorscale=scale,
                opacity=0.55,
                showscale=False,
                hoverinfo="skip",
            ),
            row=1,
            col=2,
        )
        dyn.append(len(fig.data) - 1)
        if pts is not None:
            X, y = pts
            fig.add_trace(
                go.Scatter(
                    x=X[:, 0],
                    y=X[:, 1],
                    mode="markers",
                    marker={
                        "size": 5,
                        "color": [_CLASS_COLORS[c % len(_CLASS_COLORS)] for c in y],
                        "line": {"color": "black", "width": 0.6},
                    },
                    showlegend=False,
                    hoverinfo="skip",
                ),
                row=1,
                col=2,
            )
        fig.update_xaxes(range=[xs[0], xs[-1]], row=1, col=2, title_text="x₁")
        fig.update_yaxes(range=[ys[0], ys[-1]], row=1, col=2, title_text="x₂")

    frames = []
    for i in frames_at:
        i = int(i)
        upd = []
        for k, (p, rep) in enumerate(zip(paths, reps, strict=True)):
            j = cut(k, i)
            text = _hover(p, rep, metric)
            upd.append(
                go.Scatter(x=p.coords[: j + 1, 0], y=p.coords[: j + 1, 1], hovertext=text[: j + 1])
            )
            upd.append(go.Scatter(x=[p.coords[j, 0]], y=[p.coords[j, 1]], hovertext=[text[j]]))
        if bnd is not None:
            upd.append(go.Heatmap(z=bnd[2][cut(0, i)]))
        frames.append(go.Frame(data=upd, traces=dyn, name=str(i)))
    fig.frames = frames

    label0 = paths[0].labels
    steps = [
        {
            "args": [[str(int(i))], _anim_args(0, True)],
            "label": label0[min(int(i), len(label0) - 1)],
            "method": "animate",
        }
        for i in frames_at
    ]
    xl, yl = land.axis_labels
    a, b = land.coords
    fig.update_xaxes(title_text=xl, range=[a[0], a[-1]], row=1, col=1)
    fig.update_yaxes(title_text=yl, range=[b[0], b[-1]], row=1, col=1)
    fig.update_layout(
        title={"text": o.title or "Training trajectory over the loss landscape", "x": 0.02},
        width=width or (1100 if cols == 2 else 700),
        height=height,
        font={"family": "Arial, Helvetica, sans-serif", "size": 13},
        margin={"l": 70, "r": 30, "t": 70, "b": 110},
        legend={
            "x": 0.01,
            "y": 0.99,
            "xanchor": "left",
            "yanchor": "top",
            "bgcolor": "rgba(255,255,255,0.75)",
            "font": {"size": 11},
        },
        updatemenus=[
            {
                "type": "buttons",
                "direction": "left",
                "x": 0.0,
                "y": -0.2,
                "xanchor": "left",
                "yanchor": "top",
                "showactive": False,
                "buttons": [
                    {
                        "label": "▶ play",
                        "method": "animate",
                        "args": [None, {**_anim_args(frame_ms, True), "fromcurrent": True}],
                    },
                    {
                        "label": "❚❚ pause",
                        "method": "animate",
                        "args": [[None], _anim_args(0, False)],
                    },
                ],
            }
        ],
        sliders=[
            {
                "active": 0,
                "steps": steps,
                "x": 0.16,
                "y": -0.16,
                "len": 0.84,
                "currentvalue": {"prefix": "snapshot: "},
                "pad": {"t": 0},
            }
        ],
        meta={"lossviz": {"kind": "animation", "metric": metric, "frames": len(frames)}},
    )
    return fig


def _anim_args(duration: int, redraw: bool) -> dict[str, Any]:
    return {
        "frame": {"duration": duration, "redraw": redraw},
        "mode": "immediate",
        "transition": {"duration": 0},
    }


def _discrete_scale(ncls: int) -> list[list[Any]]:
    scale = []
    for c in range(ncls):
        col = _CLASS_COLORS[c % len(_CLASS_COLORS)]
        scale += [[c / ncls, col], [(c + 1) / ncls, col]]
    return scale


def honesty(
    land: Landscape,
    trajectory: Any,
    metric: str = "loss",
    *,
    title: str | None = None,
    width: int = 640,
    height: int = 420,
) -> Any:
    """Small plot to put under a surface: is the drawn path honest?

    Top: each snapshot's true metric (solid) and the surface's value at its projection
    (dashed); where they differ the path crosses contours of a loss the run never had.
    Bottom: each snapshot's relative distance from the plane.

    Parameters
    ----------
    land : Landscape
    trajectory : ProjectedPath or list of ProjectedPath
    metric : str
    title : str, optional
    width, height : int

    Returns
    -------
    plotly.graph_objects.Figure
    """
    go = optional_import("plotly.graph_objects", "plotly")
    subplots = optional_import("plotly.subplots", "plotly")
    C.check_landscape(land, "land", ndim=2)
    paths = C.as_paths(trajectory, "trajectory", ndim=2)
    metric = C.pick_metric(land, metric)
    name = C.display_name(metric)
    has_res = any(p.residuals is not None for p in paths)
    has_true = any(p.values is not None for p in paths)
    rows = 2 if has_res else 1
    fig = subplots.make_subplots(
        rows=rows,
        cols=1,
        shared_xaxes=True,
        row_heights=[0.62, 0.38] if has_res else None,
        vertical_spacing=0.08,
    )
    for k, p in enumerate(paths):
        rep = path_report(land, p, metric)
        color = _LINE_COLORS[k % len(_LINE_COLORS)]
        label = p.name or (f"path {k + 1}" if len(paths) > 1 else "path")
        x = list(range(len(p)))
        common = {"x": x, "customdata": rep["labels"], "legendgroup": f"p{k}"}
        if np.isfinite(rep["true"]).any():
            fig.add_trace(
                go.Scatter(
                    y=rep["true"],
                    name=f"{label}: true {name}",
                    line={"color": color, "width": 2.5},
                    hovertemplate="%{customdata}: %{y:.4g}<extra>true</extra>",
                    **common,
                ),
                row=1,
                col=1,
            )
        fig.add_trace(
            go.Scatter(
                y=rep["surface"],
                name=f"{label}: surface at projection",
                line={"color": color, "width": 2, "dash": "dash"},
                hovertemplate="%{customdata}: %{y:.4g}<extra>surface</extra>",
                **common,
            ),
            row=1,
            col=1,
        )
        if np.isfinite(rep["residual"]).any():
            fig.add_trace(
                go.Scatter(
                    y=100 * rep["residual"],
                    name=f"{label}: off-plane distance",
                    line={"color": color, "width": 1.5},
                    mode="lines+markers",
                    marker={"size": 4},
                    showlegend=False,
                    hovertemplate="%{customdata}: %{y:.1f}%<extra>off-plane</extra>",
                    **common,
                ),
                row=2,
                col=1,
            )
    expl = [p.explained for p in paths if p.explained is not None]
    sub = f" · plane explains {', '.join(f'{100 * e:.0f}%' for e in expl)}" if expl else ""
    if not has_true:
        sub += f" · true {name} unknown (Trajectory.path(dirs, model, data) computes it)"
    fig.update_yaxes(title_text=name, row=1, col=1)
    if has_res:
        fig.update_yaxes(title_text="off-plane %", rangemode="tozero", row=2, col=1)
    fig.update_xaxes(title_text="snapshot", row=rows, col=1)
    fig.update_layout(
        title={"text": title or f"Is the path honest?{sub}", "x": 0.02, "font": {"size": 14}},
        width=width,
        height=height,
        font={"family": "Arial, Helvetica, sans-serif", "size": 12},
        margin={"l": 60, "r": 20, "t": 50, "b": 40},
        legend={"font": {"size": 11}},
    )
    return fig


# ---------------------------------------------------------------------- GIF
@options_signature(AnimationOptions)
def write_gif(
    land: Landscape,
    trajectory: Any,
    path: str | os.PathLike,
    *,
    max_frames: int = 16,
    fps: float = 4.0,
    dpi: int = 72,
    options: AnimationOptions | None = None,
    **kwargs: Any,
) -> Path:
    """Write the animation as a GIF (matplotlib frames; small and quick by default).

    Parameters
    ----------
    land, trajectory
        As in `animate`.
    path : str or os.PathLike
        Destination ``.gif`` (written atomically).
    max_frames : int
        At most this many frames.
    fps : float
        Frames per second.
    dpi : int
        Resolution (the figure is 9 x 4 inches with a boundary panel, else 5 x 4).
    options, metric, boundary, boundary_grid, data, log, title
        As in `animate`; ``title`` is the title prefix of every frame.

    Returns
    -------
    pathlib.Path
    """
    optional_import("matplotlib", "all")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.colors import ListedColormap
    from matplotlib.figure import Figure

    pil = optional_import("PIL.Image", "all")
    path = Path(path)
    if path.suffix.lower() != ".gif":
        raise ValueError(f"path must end in '.gif', got {str(path)!r}")
    if not fps > 0:
        raise ValueError(f"fps must be positive, got {fps!r}")
    o = AnimationOptions.of(options, kwargs, where="write_gif")
    paths, frames_at, bnd = _scene(land, trajectory, o, max_frames)
    metric, log = C.pick_metric(land, o.metric), o.log
    z = C.values(land, metric)
    if log:
        z = np.log10(C.check_log(z, metric))

    cols = 2 if bnd is not None else 1
    fig = Figure(figsize=(4.6 * cols, 4.0), dpi=dpi, layout="constrained")
    axes = fig.subplots(1, cols, squeeze=False)[0]
    ax = axes[0]
    a, b = land.coords
    cs = ax.contourf(a, b, z.T, levels=20, cmap="viridis")
    ax.contour(a, b, z.T, levels=cs.levels, colors="k", linewidths=0.3, alpha=0.5)
    fig.colorbar(cs, ax=ax, shrink=0.85, label=("log10 " if log else "") + C.display_name(metric))
    xl, yl = land.axis_labels
    ax.set_xlabel(xl)
    ax.set_ylabel(yl)
    lines, heads = [], []
    for k, p in enumerate(paths):
        color = _PATH_COLORS[k % len(_PATH_COLORS)]
        ax.plot(p.coords[:, 0], p.coords[:, 1], ":", color=color, lw=1.3, alpha=0.8)
        label = p.name or (f"path {k + 1}" if len(paths) > 1 else "trajectory")
        (ln,) = ax.plot([], [], "-o", color=color, lw=2, ms=2.5, label=label)
        (hd,) = ax.plot([], [], "o", color=color, ms=9, mec="k")
        lines.append(ln)
        heads.append(hd)
    if len(paths) > 1 or paths[0].name:
        ax.legend(loc="upper right", fontsize=7, framealpha=0.7)
    img = None
    if bnd is not None:
        xs, ys, bb, pts = bnd
        ncls = int(max(bb.max(), 0 if pts is None else pts[1].max())) + 1
        cmap = ListedColormap([_CLASS_COLORS[c % len(_CLASS_COLORS)] for c in range(ncls)])
        bx = axes[1]
        img = bx.imshow(
            bb[0],
            origin="lower",
            extent=(xs[0], xs[-1], ys[0], ys[-1]),
            cmap=cmap,
            vmin=-0.5,
            vmax=ncls - 0.5,
            alpha=0.55,
            aspect="auto",
            interpolation="nearest",
        )
        if pts is not None:
            X, y = pts
            bx.scatter(
                X[:, 0],
                X[:, 1],
                c=y,
                cmap=cmap,
                vmin=-0.5,
                vmax=ncls - 0.5,
                s=7,
                edgecolors="k",
                linewidths=0.3,
            )
        bx.set_title("decision boundary", fontsize=10)
        bx.set_xticks([])
        bx.set_yticks([])
    canvas = FigureCanvasAgg(fig)
    ax.set_title(" ", fontsize=10)
    canvas.draw()
    fig.set_layout_engine("none")  # lay out once; frames only move the paths
    images = []
    for i in frames_at:
        i = int(i)
        for k, p in enumerate(paths):
            j = min(i, len(p) - 1)
            lines[k].set_data(p.coords[: j + 1, 0], p.coords[: j + 1, 1])
            heads[k].set_data([p.coords[j, 0]], [p.coords[j, 1]])
        if img is not None:
            img.set_data(bnd[2][min(i, len(paths[0]) - 1)])
        lab = paths[0].labels[min(i, len(paths[0]) - 1)]
        ax.set_title(f"{o.title + ' · ' if o.title else ''}{lab}", fontsize=10)
        canvas.draw()
        rgb = np.asarray(canvas.buffer_rgba())[..., :3].copy()
        images.append(pil.fromarray(rgb).convert("P", palette=pil.ADAPTIVE))
    with atomic_path(path, suffix=".gif") as tmp:
        images[0].save(
            tmp,
            format="GIF",
            save_all=True,
            append_images=images[1:],
            duration=int(1000 / fps),
            loop=0,
            optimize=True,
        )
    return path
