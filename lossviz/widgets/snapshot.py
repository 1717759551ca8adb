"""Offline pictures of a widget: a PNG fallback and a standalone HTML page (no kernel).

A notebook opened without widgets (GitHub, nbviewer, an untrusted notebook) shows the
``image/png`` each widget output carries: `fallback_png` draws the frame the widget last
sent with matplotlib's Agg canvas (filled contours with a colour bar, θ* marked, the
trajectory up to the current epoch; a line for 1D), in the display settings of the view.
`standalone_html` writes the widget itself as one offline page: the front-end's ES module
and CSS inlined and the frame's float32 arrays base64-encoded, drawn by the bundle's
``renderStandalone`` entry (no CDN, no server, no kernel).
"""

from __future__ import annotations

import base64
import html
import io
import json
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from ..render._common import log_ticks, nice_step
from .serialize import decode_frame
from .state import DISPLAY

#: display settings carried into a standalone page (the view's synced traits)
STATE_KEYS = (*DISPLAY, "status", "available_metrics")
_METRIC_LABEL = {"loss": "loss", "accuracy": "accuracy", "eigen_ratio": "|λmin / λmax|"}


# ---------------------------------------------------------------------- values as displayed
def display_values(z: np.ndarray, metric: str, scale: str, clip: float) -> tuple[np.ndarray, bool]:
    """Values as the view colours them: the loss clipped at ``clip`` (0: no clip).

    Parameters
    ----------
    z : numpy.ndarray
        Raw metric values (NaN allowed).
    metric : str
        ``"loss"``, ``"accuracy"`` or ``"eigen_ratio"``.
    scale : {"log", "linear"}
        Colour scale of the loss (accuracy and eigen ratio are always linear).
    clip : float
        Loss values above it are drawn at it (0: off).

    Returns
    -------
    values : numpy.ndarray
        Clipped values (float64).
    log : bool
        Whether the colour scale is logarithmic.
    """
    v = np.asarray(z, dtype=np.float64)
    if metric != "loss":
        return v, False
    if clip > 0:
        v = np.where(v > clip, clip, v)
    log = scale == "log" and bool(np.any(np.isfinite(v) & (v > 0)))
    return v, log


def shared_range(values: list[np.ndarray], log: bool, metric: str) -> tuple[float, float]:
    """One colour range over all panels (positive values only on a log scale)."""
    if metric == "eigen_ratio":
        return 0.0, 1.0
    parts = [v[np.isfinite(v) & ((v > 0) if log else True)] for v in values]
    allv = np.concatenate([p.ravel() for p in parts]) if parts else np.empty(0)
    if allv.size == 0:
        return (0.1, 1.0) if log else (0.0, 1.0)
    lo, hi = float(allv.min()), float(allv.max())
    if not hi > lo:
        hi = lo * 1.1 if (log and lo > 0) else lo + 1.0
    return lo, hi


def _colormap(name: str, view: str, metric: str) -> str:
    if metric == "eigen_ratio":
        return "cividis"
    if name in ("", "auto"):
        return "coolwarm" if view == "paraview" else "viridis"
    lookup = {"greys": "Greys"}
    return lookup.get(name, name)


# ---------------------------------------------------------------------- PNG fallback
def label_levels(lo: float, hi: float, log: bool) -> np.ndarray:
    """Round contour levels to label inside ``[lo, hi]``: 1-2-5 per decade on a log scale.

    Parameters
    ----------
    lo, hi : float
        The displayed value range (``lo > 0`` when ``log``).
    log : bool
        Log colour scale.

    Returns
    -------
    numpy.ndarray
        Increasing levels strictly inside the range.
    """
    if not (np.isfinite(lo) and np.isfinite(hi)) or hi <= lo or (log and lo <= 0):
        return np.array([])
    if log:
        exps, _ = log_ticks(math.log10(lo), math.log10(hi))
        levels = 10.0 ** np.asarray(exps, dtype=float)
    else:
        step = nice_step(hi - lo, 6)
        levels = np.arange(math.ceil(lo / step) * step, hi, step)
    return levels[(levels > lo) & (levels < hi)]


def fallback_png(
    frame: Mapping[str, Any],
    display: Mapping[str, Any],
    *,
    title: str = "",
    width_in: float | None = None,
    dpi: int = 100,
) -> bytes:
    """Draw a frame as a PNG in the view's display settings (matplotlib Agg).

    Parameters
    ----------
    frame : mapping
        The view's ``frame`` (`lossviz.widgets.serialize.frame_payload`).
    display : mapping
        ``view``, ``metric``, ``scale``, ``clip``, ``colormap``, ``epoch`` (missing keys take
        the view's defaults).
    title : str
        Figure title (default: the metric and the frame's note).
    width_in : float, optional
        Figure width in inches (default from the number of panels; the height follows).
    dpi : int
        Resolution.

    Returns
    -------
    bytes
        A PNG file.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.colors import LogNorm, Normalize
    from matplotlib.figure import Figure
    from matplotlib.ticker import FormatStrFormatter, LogLocator, MaxNLocator

    f = decode_frame(frame)
    panels = f["panels"]
    if not panels:
        raise ValueError("frame has no panels")
    view = str(display.get("view", "contour"))
    scale = str(display.get("scale", "log"))
    clip = float(display.get("clip", 10.0))
    epoch = int(display.get("epoch", -1))
    have = [set(p["metrics"]) for p in panels]
    metric = str(display.get("metric", "loss"))
    if not all(metric in h for h in have):
        metric = next(m for m in ("loss", "accuracy", "eigen_ratio") if all(m in h for h in have))
    cmap = _colormap(str(display.get("colormap", "auto")), view, metric)
    shown = [display_values(p["metrics"][metric], metric, scale, clip) for p in panels]
    log = any(lg for _, lg in shown)
    lo, hi = shared_range([v for v, _ in shown], log, metric)
    norm = LogNorm(lo, hi) if log else Normalize(lo, hi)
    label = _METRIC_LABEL.get(metric, metric)
    if metric == "loss" and clip > 0:
        label += f" (clipped at {clip:g})"
    if log:
        label += ", log scale"

    n = len(panels)
    cols = min(n, 3)
    rows = -(-n // cols)
    line = f["ndim"] == 1 or view == "1d"
    if width_in is None:
        width_in = min(8.0 + 4.5 * (cols - 1), 16.0)
    panel_w = (width_in - 1.2) / cols
    fig = Figure(figsize=(width_in, rows * panel_w * (0.62 if line else 0.82) + 1.0), dpi=dpi)
    FigureCanvasAgg(fig)
    axes = fig.subplots(rows, cols, squeeze=False)
    a = f["a"]
    mappable = None
    for k, (p, (v, _)) in enumerate(zip(panels, shown, strict=True)):
        ax = axes[k // cols][k % cols]
        if line:
            y = v if f["ndim"] == 1 else v[:, int(np.argmin(np.abs(f["b"])))]
            ax.plot(a, y, color="#1f77b4", lw=2)
            ax.axvline(p["center"][0], color="#d62728", lw=1, ls="--")
            if log:
                ax.set_yscale("log")
                ax.yaxis.set_major_formatter(FormatStrFormatter("%.3g"))
                ax.yaxis.set_minor_formatter(FormatStrFormatter("%.3g"))
            ax.set_ylim(lo, hi) if np.isfinite([lo, hi]).all() else None
            ax.set_ylabel(label, fontsize=11)
            ax.grid(alpha=0.3)
        else:
            b = f["b"]
            levels = np.geomspace(lo, hi, 31) if log else np.linspace(lo, hi, 31)
            zt = np.ma.masked_invalid(v.T)
            if log:
                zt = np.ma.masked_less_equal(zt, 0)
            mappable = ax.contourf(a, b, zt, levels=levels, cmap=cmap, norm=norm, extend="neither")
            lines = ax.contour(
                a, b, zt, levels=label_levels(lo, hi, log), colors="white", linewidths=0.6
            )
            ax.clabel(lines, fmt="%.3g", fontsize=8)
            ax.plot(*p["center"][:2], marker="*", ms=14, color="white", mec="black", mew=1)
            path = p.get("path")
            if path is not None and path["x"].size:
                stop = path["x"].size if epoch < 0 else min(epoch + 1, path["x"].size)
                ax.plot(path["x"][:stop], path["y"][:stop], "-o", color="#ff7043", ms=3, lw=1.5)
            ax.set_ylabel(f.get("b_label") or "b", fontsize=11)
            ax.set_aspect("auto")
        ax.set_xlabel(f.get("a_label") or "a", fontsize=11)
        ax.set_title(p.get("title") or p["name"], fontsize=12)
        ax.tick_params(labelsize=10)
    for k in range(n, rows * cols):
        axes[k // cols][k % cols].set_visible(False)
    head = title or " — ".join(s for s in (label, f.get("note", "")) if s)
    if f.get("preview"):
        head = "PREVIEW " + head
    fig.suptitle(head, fontsize=13)
    if mappable is not None:
        fig.subplots_adjust(
            left=0.1, right=0.86, bottom=0.1, top=0.88 if rows == 1 else 0.92,
            wspace=0.3, hspace=0.35,
        )  # fmt: skip
        cax = fig.add_axes((0.885, 0.1, 0.02, 0.78 if rows == 1 else 0.82))
        cb = fig.colorbar(mappable, cax=cax)
        if log:
            cb.locator = LogLocator(subs=(1.0, 2.0, 5.0))
        else:
            cb.locator = MaxNLocator(8)
        cb.formatter = FormatStrFormatter("%.3g")
        cb.update_ticks()
        cb.set_label(label, fontsize=11)
        cb.ax.tick_params(labelsize=9)
    else:
        fig.subplots_adjust(top=0.84 if rows == 1 else 0.9, wspace=0.3, hspace=0.35)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()


# ---------------------------------------------------------------------- standalone page
def jsonable_state(state: Mapping[str, Any]) -> dict[str, Any]:
    """The view's state with every ``bytes`` leaf as a base64 string (JSON-ready)."""

    def conv(v: Any) -> Any:
        if isinstance(v, (bytes, bytearray, memoryview)):
            return base64.b64encode(bytes(v)).decode("ascii")
        if isinstance(v, Mapping):
            return {str(k): conv(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [conv(x) for x in v]
        if isinstance(v, (np.floating, np.integer)):
            return v.item()
        return v

    return conv(dict(state))


def standalone_html(state: Mapping[str, Any], esm: str, css: str, title: str = "lossviz") -> str:
    """A self-contained HTML page drawing the view offline (ESM, CSS and data inlined).

    Parameters
    ----------
    state : mapping
        The view's traits (``frame`` and the display settings of `STATE_KEYS`).
    esm : str
        The front-end bundle (``static/widget.js``), an ES module exporting
        ``renderStandalone(el, state)``.
    css : str
        The front-end's stylesheet.
    title : str
        Page title.

    Returns
    -------
    str
        The page. It loads nothing from the network: the module is imported from a
        ``data:`` URL and the state is parsed from an inline JSON script.
    """
    data = json.dumps(jsonable_state(state), allow_nan=False, separators=(",", ":"))
    data = data.replace("</", "<\\/")  # never close the script element early
    module_url = "data:text/javascript;base64," + base64.b64encode(esm.encode()).decode("ascii")
    css = css.replace("</style", "<\\/style")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>
body {{ margin: 16px; font-family: system-ui, sans-serif; }}
{css}
</style>
</head>
<body>
<div id="lossviz-root" class="lossviz-standalone"></div>
<script type="application/json" id="lossviz-state">{data}</script>
<script type="module">
const state = JSON.parse(document.getElementById("lossviz-state").textContent);
const mod = await import("{module_url}");
window.__lossvizStandalone = mod.renderStandalone(document.getElementById("lossviz-root"), state);
</script>
</body>
</html>
"""
