"""Trace builders behind `lossviz.render.plotly` (package-internal).

Turns a `Landscape` and the renderer options into plotly trace and layout dictionaries:
value preparation (clip, log colouring with true-value ticks, shared ranges), colour scales,
contour levels, hover text, trajectory traces, and the contour / 3D-surface traces that the
public figure functions in `lossviz.render.plotly` assemble. Names here have no leading
underscore because `plotly.py` (and only it) uses them; they are not public API.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..landscape import Landscape, ProjectedPath
from . import _common as C

#: default colorscales: loss-like metrics, accuracy, and the convexity map (blue = convex)
LOSS_COLORSCALE = "Viridis"
ACCURACY_COLORSCALE = "Viridis"
EIGEN_COLORSCALE = "Cividis"
PATH_COLORS = ("#e4572e", "#f3f3f3", "#ff66cc", "#29b6f6", "#ffb000", "#76ff03")


# ----------------------------------------------------------------------- preparation
def prepare(
    land: Landscape,
    metric: str | None,
    log: bool,
    zmax: float | None,
    zrange: Sequence[float] | None,
    name: str = "land",
) -> dict[str, Any]:
    """Values to draw and their color range, after validation."""
    metric = C.pick_metric(land, metric, name)
    raw = C.values(land, metric, name)
    zmax = C.check_zmax(zmax)
    shown = C.clip(raw, zmax, name)
    if not isinstance(log, bool):
        raise TypeError(f"log must be True or False, got {log!r}")
    if log:
        shown = C.check_log(shown, metric, name)
        plot = np.log10(shown)
    else:
        plot = shown
    if zrange is not None:
        if len(zrange) != 2 or not zrange[1] > zrange[0]:
            raise ValueError(f"zrange must be (low, high) with high > low, got {zrange!r}")
        lo, hi = float(zrange[0]), float(zrange[1])
        if log:
            if lo <= 0:
                raise ValueError(f"zrange={zrange!r}: log=True needs a positive low end")
            lo, hi = math.log10(lo), math.log10(hi)
    elif C.is_eigen_ratio(metric) and not log:
        lo, hi = 0.0, 1.0
    else:
        lo, hi = float(np.nanmin(plot)), float(np.nanmax(plot))
    if zmax is not None and zrange is None:
        hi = math.log10(zmax) if log else zmax
    if not hi > lo:  # a constant landscape: give the color scale some room
        pad = max(abs(lo) * 0.05, 1e-6)
        lo, hi = lo - pad, hi + pad
    return {
        "metric": metric,
        "raw": raw,
        "plot": plot,
        "lo": lo,
        "hi": hi,
        "log": log,
        "zmax": zmax,
    }


def colorscale_for(metric: str, colorscale: Any) -> Any:
    if colorscale is not None:
        return colorscale
    if C.is_eigen_ratio(metric):
        return EIGEN_COLORSCALE
    if C.is_accuracy(metric):
        return ACCURACY_COLORSCALE
    return LOSS_COLORSCALE


def metric_title(p: dict[str, Any]) -> str:
    text = C.display_name(p["metric"])
    if p["log"]:
        text += " (log)"
    if p["zmax"] is not None:
        text += f"<br>clipped at {p['zmax']:g}"
    return text


def colorbar(p: dict[str, Any], **extra: Any) -> dict[str, Any]:
    cb: dict[str, Any] = {"title": {"text": metric_title(p), "side": "top"}, "len": 0.9}
    if p["log"]:
        vals, text = C.log_ticks(p["lo"], p["hi"])
        cb.update(tickmode="array", tickvals=vals, ticktext=text)
    elif C.is_accuracy(p["metric"]):
        cb["tickformat"] = ".0%"
    cb.update(extra)
    return cb


def contour_levels(levels: Any, lo: float, hi: float, metric: str, log: bool) -> dict[str, float]:
    """Contour levels as plotly's ``start``/``end``/``size``."""
    if levels is None:
        step = 0.1 if (C.is_eigen_ratio(metric) and not log) else C.nice_step(hi - lo, 20)
        start = math.floor(lo / step + 1e-9) * step
        end = hi
    elif isinstance(levels, (int, float, np.integer, np.floating)) and not isinstance(levels, bool):
        step = float(levels)
        if not step > 0 or not math.isfinite(step):
            raise ValueError(f"levels must be a positive spacing, got {levels!r}")
        start = math.floor(lo / step + 1e-9) * step
        end = hi
    elif isinstance(levels, Sequence) and len(levels) == 3:
        start, end, step = (float(x) for x in levels)
        if log:
            if start <= 0 or end <= 0:
                raise ValueError(f"levels={levels!r}: with log=True start and end must be > 0")
            start, end = math.log10(start), math.log10(end)
        if not (step > 0 and end > start):
            raise ValueError(f"levels=(start, end, step) needs end > start and step > 0: {levels}")
    else:
        raise ValueError(
            "levels must be None (automatic), a spacing (e.g. 0.1; in decades when "
            f"log=True) or (start, end, step), got {levels!r}"
        )
    if (end - start) / step > 500:
        raise ValueError(
            f"levels={levels!r} gives {int((end - start) / step)} contour levels over "
            f"[{lo:.4g}, {hi:.4g}]; use a larger spacing"
        )
    return {"start": start, "end": end, "size": step}


def title_layout(land: Landscape, title: str | None, default: str) -> dict[str, Any]:
    text = default if title is None else title
    if land.meta.get("preview"):
        text += " · <i>preview (data subset)</i>"
    return {"text": text, "x": 0.5, "xanchor": "center"}


def default_title(land: Landscape, p: dict[str, Any]) -> str:
    model = land.meta.get("name") or land.meta.get("model")
    text = C.display_name(p["metric"])
    return f"{text} · {model}" if model else text


def hover_values(p: dict[str, Any]) -> np.ndarray:
    """(ny, nx, 1) customdata with the unclipped values, for hover text."""
    return np.ascontiguousarray(p["raw"].T)[:, :, None]


# ----------------------------------------------------------------------- trajectories
def path_text(path: ProjectedPath, surf: np.ndarray, metric: str) -> list[str]:
    name = C.display_name(metric)
    out = []
    for k, label in enumerate(path.labels):
        parts = [f"<b>{label}</b>"]
        if path.values is not None:
            parts.append(f"true {name}: {path.values[k]:.4g}")
            parts.append(f"surface {name}: {surf[k]:.4g}")
        else:
            parts.append(f"{name} (surface): {surf[k]:.4g}")
        if path.residuals is not None:
            parts.append(f"off-plane residual: {path.residuals[k]:.3g}")
        out.append("<br>".join(parts))
    return out


def path_traces(
    land: Landscape, paths: list[ProjectedPath], p: dict[str, Any], three_d: bool = False, **kw
) -> list[Any]:
    traces = []
    for k, path in enumerate(paths):
        color = PATH_COLORS[k % len(PATH_COLORS)]
        name = path.name or (f"path {k + 1}" if len(paths) > 1 else "trajectory")
        if path.explained is not None:
            name += f" ({100 * path.explained:.0f}% explained)"
        xy = path.coords
        surf_raw = C.interp_surface(land, p["raw"], xy)
        text = path_text(path, surf_raw, p["metric"])
        group = f"path{k}"
        ends = [0, len(xy) - 1] if len(xy) > 1 else [0]
        end_text = ["start", "end"][: len(ends)]
        if three_d:  # lifted a little above the surface, so that it is not hidden
            z_lift = C.interp_surface(land, p["plot"], xy) + 0.01 * (p["hi"] - p["lo"])
            kind, z_line, z_ends, font = "scatter3d", {"z": z_lift}, {"z": z_lift[ends]}, {}
            line = {"color": color, "width": 6}
            marker = {"size": 3, "color": color}
            end_marker = {"size": 7, "color": color, "symbol": ["circle", "diamond"][: len(ends)]}
        else:
            kind, z_line, z_ends = "scatter", {}, {}
            font = {"textfont": {"color": "white", "size": 13, "shadow": "0px 0px 3px black"}}
            line = {"color": color, "width": 2.5}
            marker = {"size": 6, "color": color, "line": {"color": "black", "width": 0.5}}
            end_marker = {
                "size": 14,
                "color": color,
                "symbol": ["circle", "star"][: len(ends)],
                "line": {"color": "black", "width": 1.5},
            }
        traces.append(
            dict(
                type=kind,
                x=xy[:, 0],
                y=xy[:, 1],
                **z_line,
                mode="lines+markers",
                line=line,
                marker=marker,
                name=name,
                legendgroup=group,
                hovertext=text,
                hoverinfo="text",
                **kw,
            )
        )
        traces.append(
            dict(
                type=kind,
                x=xy[ends, 0],
                y=xy[ends, 1],
                **z_ends,
                mode="markers+text",
                marker=end_marker,
                text=end_text,
                textposition="top center",
                **font,
                legendgroup=group,
                showlegend=False,
                hovertext=[text[i] for i in ends],
                hoverinfo="text",
                **kw,
            )
        )
    return traces


def color_spec(p: dict[str, Any], colorscale: Any, coloraxis: str | None, prefix: str) -> dict:
    """Colour settings of a trace: its own scale and colour bar, or a shared ``coloraxis``.

    ``prefix`` is ``"z"`` for contour traces (zmin/zmax/zauto) and ``"c"`` for surfaces.
    """
    if coloraxis is not None:
        return {"coloraxis": coloraxis}
    return {
        "colorscale": colorscale_for(p["metric"], colorscale),
        f"{prefix}min": p["lo"],
        f"{prefix}max": p["hi"],
        f"{prefix}auto": False,
        "colorbar": colorbar(p),
    }


# ----------------------------------------------------------------------- landscape trace
def landscape_trace(
    kind: str,
    land: Landscape,
    p: dict[str, Any],
    levels: Any,
    colorscale: Any,
    lines: bool = True,
    coloraxis: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """The trace of the landscape itself, the first trace of a `contour` / `surface3d` figure.

    ``kind`` is ``"contour"`` (filled contours; ``lines``: write the level values on them) or
    ``"surface3d"`` (lit 3D surface; ``lines``: draw contour lines on it). Both carry x, y, z,
    the true values for the hover text, the name and the colour settings (`color_spec`);
    ``kw`` are extra trace keywords.
    """
    if kind == "contour":
        trace_type, props = "contour", contour_props(p, levels, lines)
    else:
        trace_type, props = "surface", surface_props(p, levels, lines)
    a, b = land.coords
    xl, yl = land.axis_labels
    name = C.display_name(p["metric"])
    return dict(
        type=trace_type,
        x=a,
        y=b,
        z=np.ascontiguousarray(p["plot"].T),
        customdata=hover_values(p),
        hovertemplate=(
            f"{xl}: %{{x:.3f}}<br>{yl}: %{{y:.3f}}<br>{name}: %{{customdata[0]:.4g}}<extra></extra>"
        ),
        **props,
        name=name,
        **color_spec(p, colorscale, coloraxis, "z" if kind == "contour" else "c"),
        **kw,
    )


def contour_props(p: dict[str, Any], levels: Any, show_labels: bool) -> dict[str, Any]:
    """The settings of a filled, labelled ``go.Contour`` trace."""
    lv = contour_levels(levels, p["lo"], p["hi"], p["metric"], p["log"])
    contours = {
        "coloring": "fill",
        "showlines": True,
        # labels would show log10 values on a log scale; the colorbar names them instead
        "showlabels": bool(show_labels and not p["log"]),
        "labelfont": {"size": 11, "color": "white"},
        "labelformat": ".3~g",
        **lv,
    }
    return {
        "autocontour": False,
        "contours": contours,
        "line": {"width": 0.8, "color": "rgba(0,0,0,0.55)"},
        "connectgaps": False,
    }


def equal_aspect(land: Landscape) -> bool:
    """Equal axis scales unless the two spans differ a lot (then the plot would be a sliver)."""
    sa = land.coords[0][-1] - land.coords[0][0]
    sb = land.coords[1][-1] - land.coords[1][0]
    return 0.5 <= sa / sb <= 2.0


# ----------------------------------------------------------------------- 3D surface
def z_axis(p: dict[str, Any]) -> dict[str, Any]:
    ax: dict[str, Any] = {"title": {"text": metric_title(p).replace("<br>", " ")}}
    ax["range"] = [p["lo"], p["hi"]]
    if p["log"]:
        vals, text = C.log_ticks(p["lo"], p["hi"])
        ax.update(tickmode="array", tickvals=vals, ticktext=text)
    return ax


def surface_props(p: dict[str, Any], levels: Any, contours: bool) -> dict[str, Any]:
    """The settings of a lit ``go.Surface`` trace, with contour lines at ``levels``."""
    cz: dict[str, Any] = {"show": False}
    if contours:
        lv = contour_levels(levels, p["lo"], p["hi"], p["metric"], p["log"])
        cz = {"show": True, "color": "rgba(0,0,0,0.45)", "width": 1, **lv}
    return {
        "contours": {"z": cz},
        "lighting": {"ambient": 0.55, "diffuse": 0.7, "specular": 0.15, "roughness": 0.6},
        "lightposition": {"x": 1000, "y": 1000, "z": 2000},
    }


def scene_layout(land: Landscape, p: dict[str, Any]) -> dict[str, Any]:
    xl, yl = land.axis_labels
    return {
        "xaxis": {"title": {"text": xl}},
        "yaxis": {"title": {"text": yl}},
        "zaxis": z_axis(p),
        "aspectmode": "manual",
        "aspectratio": {"x": 1, "y": 1, "z": 0.7},
        "camera": {"eye": {"x": 1.5, "y": -1.5, "z": 1.0}},
    }
