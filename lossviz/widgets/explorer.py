"""`Explorer`: drag a slider and the loss surface redraws (ipywidgets + plotly FigureWidget).

The widget only holds synced state and draws; scheduling (worker thread, preview then full
frame, cancel, last-request-wins) lives in `lossviz.widgets.controller`, figures come from
`lossviz.render.plotly` / `lossviz.render.pyvista`, and the gradient-descent "ball" from
`lossviz.widgets.descent`.
"""

from __future__ import annotations

import base64
import copy
import html
import importlib.util
import os
import random
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from .._util import atomic_path, check_choice, optional_import
from .controller import (
    METRICS,
    NORMS,
    Controller,
    Frame,
    LandscapeJob,
    ViewState,
)
from .descent import METHODS, DescentPath, GridFunction, descend

widgets = optional_import("ipywidgets", "widgets")
go = optional_import("plotly.graph_objects", "widgets")

_NORM_LABELS = {
    "filter": "filter (paper)",
    "layer": "layer",
    "model": "model",
    "weight": "weight (elementwise)",
    "none": "none",
}
_VIEW_LABELS = {
    "contour": "2D contour",
    "surface": "3D surface",
    "pyvista": "ParaView-style 3D",
    "1d": "1D slice",
}
_METRIC_LABELS = {"loss": "loss", "accuracy": "accuracy", "eigen_ratio": "|λmin/λmax|"}
_DESCENT_NOTE = "runs on the 2-D slice (interpolated grid), not on the network"
_UIREV = "lossviz"


def _has_pyvista() -> bool:
    return importlib.util.find_spec("pyvista") is not None


def _eigen_available() -> bool:
    import lossviz

    return hasattr(lossviz, "eigen_ratio_surface")


def _html_box(text: str, color: str, bg: str) -> str:
    return (
        f'<div style="border-left:4px solid {color};background:{bg};padding:4px 8px;'
        f'margin:2px 0;font-family:monospace;white-space:pre-wrap">{text}</div>'
    )


# ---------------------------------------------------------------------- figure diffing
def _pin_grid_axes(fig: Any, land: Any) -> None:
    """Set a 2D figure's axis ranges to the grid bounds of ``land``.

    The figure widget keeps UI state across frames (``uirevision``), which can otherwise
    leave autoranged axes at a previous grid's bounds.
    """
    if land.ndim != 2:
        return
    (a0, a1), (b0, b1) = ((float(c[0]), float(c[-1])) for c in land.coords)
    # no equal-aspect constraint in the widget: plotly.js writes the ranges it constrains
    # back into its own layout without telling Python, so later frames would keep them
    fig.update_xaxes(range=[a0, a1], autorange=False, constrain=None)
    fig.update_yaxes(range=[b0, b1], autorange=False, scaleanchor=False)


def _clean(d: dict, drop: tuple[str, ...] = ()) -> dict:
    # plain lists: plotly sends 2-D z as JSON anyway, and the few x/y values of a grid
    # then go the same well-trodden way (1-D numpy arrays would go as binary buffers)
    return {k: _jsonable(v) for k, v in d.items() if k not in drop}


def _jsonable(v: Any) -> Any:
    if isinstance(v, np.ndarray):
        return v.tolist()
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return type(v)(_jsonable(x) for x in v)
    return v


def apply_figure(fw: Any, fig: Any, extra_traces: list | None = None) -> bool:
    """Make FigureWidget ``fw`` show ``fig`` by sending only what changed.

    Traces are updated in place when the trace types match (so the front end receives
    just the new z/x/y arrays); otherwise all traces are replaced.

    Parameters
    ----------
    fw : plotly.graph_objects.FigureWidget
        The widget on screen.
    fig : plotly.graph_objects.Figure
        The figure to show (from a `lossviz.render.plotly` function).
    extra_traces : list, optional
        Traces appended after ``fig``'s (e.g. the descent ball).

    Returns
    -------
    bool
        True when the traces were replaced (callbacks must be re-attached).
    """
    new = list(fig.data) + list(extra_traces or [])
    same = len(fw.data) == len(new) and all(
        o.type == n.type for o, n in zip(fw.data, new, strict=True)
    )
    new_layout = fig.layout.to_plotly_json()
    new_layout.pop("template", None)
    new_layout["uirevision"] = _UIREV
    old_layout = fw.layout.to_plotly_json()
    with fw.batch_update():
        if same:
            for old_t, new_t in zip(fw.data, new, strict=True):
                nj = _clean(new_t.to_plotly_json(), ("type", "uid"))
                for k in old_t.to_plotly_json():
                    if k not in nj and k not in ("type", "uid"):
                        nj[k] = None
                old_t.update(nj, overwrite=True)
        for k in old_layout:
            if k not in new_layout and k not in ("template", "uirevision"):
                fw.layout[k] = None
            elif k.startswith(("xaxis", "yaxis")) and isinstance(old_layout[k], dict):
                # nested settings of the previous figure (e.g. an equal-aspect scaleanchor)
                # must not survive into the new one
                for sub in old_layout[k]:
                    if sub not in new_layout[k]:
                        fw.layout[k][sub] = None
        if "scene" in new_layout and "scene" in old_layout:
            new_layout["scene"].pop("camera", None)  # keep the user's 3D viewpoint
        fw.layout.update(new_layout, overwrite=False)
    if not same:
        with fw.batch_update():
            fw.data = []
            fw.add_traces([_clean(t.to_plotly_json(), ("uid",)) for t in new])
    sync_widget_state(fw)
    return not same


def sync_widget_state(fw: Any) -> None:
    """Store the figure's current data/layout in the widget's synced state traits.

    plotly sends changes as transient messages and keeps ``_widget_data`` /
    ``_widget_layout`` at their initial values. A front end that connects later (Voila
    connects after the notebook ran; a reloaded JupyterLab page) asks the kernel for the
    widget state and would draw that stale initial figure. The traits' stored values are
    replaced without a message: the connected front ends already got the change.
    """
    fw._trait_values["_widget_data"] = copy.deepcopy(fw._data)
    fw._trait_values["_widget_layout"] = copy.deepcopy(fw._layout)


# ---------------------------------------------------------------------- renderer adapter
def _lvp() -> Any:
    import lossviz.render.plotly as lvp

    return lvp


def _call(fn: Callable, *args: Any, **kwargs: Any) -> Any:
    """Call a renderer with the keyword arguments it accepts."""
    import inspect

    params = inspect.signature(fn).parameters
    if not any(p.kind is p.VAR_KEYWORD for p in params.values()):
        kwargs = {k: v for k, v in kwargs.items() if k in params}
    return fn(*args, **kwargs)


def _truncate_path(path: Any, epoch: int | None) -> Any:
    if path is None or epoch is None or epoch >= len(path) - 1:
        return path
    from ..landscape import ProjectedPath

    k = epoch + 1
    return ProjectedPath(
        path.coords[:k],
        labels=path.labels[:k],
        name=path.name,
        values=None if path.values is None else path.values[:k],
        residuals=None if path.residuals is None else path.residuals[:k],
        explained=path.explained,
    )


def _metric_for(land: Any, metric: str) -> str:
    return metric if metric in land.metrics else land.metrics[0]


# ---------------------------------------------------------------------- base widget
class _LandscapeWidget(widgets.VBox):
    """Controls + status + error area + figure, driven by a `Controller`."""

    _views: tuple[str, ...] = ("contour", "surface", "1d")

    def _setup(
        self,
        models: Mapping[str, Any],
        data: Any,
        state: ViewState,
        span: float,
        loss_fn: Any,
        device: str,
        preview_points: int,
        preview_samples: int,
        trajectory: Any,
        dirs: Any,
        export_dir: str | os.PathLike,
        export_name: str,
        snapshot_timeout: float,
        surface_kwargs: Mapping[str, Any] | None,
    ) -> None:
        from ..core.evaluate import as_eval_data, resolve_device
        from ..core.params import check_model

        for name, m in models.items():
            check_model(m, f"model {name!r}")
        if not isinstance(preview_points, int) or preview_points < 0:
            raise ValueError(f"preview_points must be an integer >= 0, got {preview_points!r}")
        if not isinstance(preview_samples, int) or preview_samples < 1:
            raise ValueError(f"preview_samples must be a positive integer, got {preview_samples!r}")
        resolve_device(device)
        self.job = LandscapeJob(
            models,
            data,
            loss_fn=loss_fn,
            device=device,
            preview_points=preview_points,
            preview_samples=preview_samples,
            trajectory=trajectory,
            dirs=dirs,
            surface_kwargs=surface_kwargs,
        )
        self.job._n_samples = as_eval_data(data, resolve_device(device)).n  # validates data
        self.export_dir = Path(export_dir)
        self.snapshot_timeout = float(snapshot_timeout)
        self._state = state
        self._submitted: tuple | None = None
        self._frame: Frame | None = None
        self._full: Frame | None = None
        self._render_lock = threading.RLock()
        self._suspend = False
        self.frames_shown = 0
        self.error_text = ""

        # -- controls
        lay = {"width": "auto"}
        style = {"description_width": "initial"}
        self.w_seed = widgets.BoundedIntText(
            value=state.seed, min=0, max=2**31 - 1, description="seed", layout={"width": "140px"}
        )
        self.w_reroll = widgets.Button(description="re-roll", icon="random", layout=lay)
        self.w_norm = widgets.Dropdown(
            options=[(_NORM_LABELS[n], n) for n in NORMS],
            value=state.norm,
            description="normalize",
            style=style,
            layout={"width": "220px"},
        )
        self.w_ignore = widgets.Dropdown(
            options=[("zero bias/BN", "biasbn"), ("copy bias/BN", "none")],
            value=state.ignore,
            description="bias/BN",
            style=style,
            layout={"width": "200px"},
        )
        self.w_a = widgets.FloatRangeSlider(
            value=state.a,
            min=-span,
            max=span,
            step=0.1,
            readout_format=".1f",
            description="a range",
            style=style,
        )
        self.w_b = widgets.FloatRangeSlider(
            value=state.b,
            min=-span,
            max=span,
            step=0.1,
            readout_format=".1f",
            description="b range",
            style=style,
        )
        self.w_res = widgets.IntSlider(
            value=state.resolution, min=5, max=101, step=2, description="resolution", style=style
        )
        self.w_metric = widgets.ToggleButtons(
            options=[(_METRIC_LABELS[m], m) for m in self._metric_options()],
            value=state.metric,
            style={"button_width": "auto"},
        )
        self.w_scale = widgets.ToggleButtons(
            options=[("linear", "linear"), ("log", "log")],
            value=state.scale,
            style={"button_width": "auto"},
        )
        self.w_view = widgets.ToggleButtons(
            options=[(_VIEW_LABELS[v], v) for v in self._views],
            value=state.view,
            style={"button_width": "auto"},
        )
        self.w_reroll.on_click(self._reroll)
        self._observed = {
            "seed": self.w_seed,
            "norm": self.w_norm,
            "ignore": self.w_ignore,
            "a": self.w_a,
            "b": self.w_b,
            "resolution": self.w_res,
            "metric": self.w_metric,
            "scale": self.w_scale,
            "view": self.w_view,
        }
        # -- status, progress, errors
        self.w_status = widgets.HTML(value="")
        self.w_progress = widgets.IntProgress(
            value=0, min=0, max=1, layout={"width": "200px", "visibility": "hidden"}
        )
        self.w_cancel = widgets.Button(description="cancel", layout=lay)
        self.w_cancel.on_click(lambda _b: self.cancel())
        self.w_error = widgets.HTML(value="", layout={"display": "none"})
        self.w_error.add_class("lossviz-error")
        # -- figure
        self._unseen_renders = False
        self.figure = self._new_figure(
            layout=go.Layout(
                height=self._height(),
                margin={"l": 60, "r": 20, "t": 50, "b": 50},
                uirevision=_UIREV,
                title={"text": "computing…"},
            )
        )
        self.figure_box = widgets.Box([self.figure])
        # -- export
        self.w_export_name = widgets.Text(
            value=export_name, description="file", layout={"width": "220px"}
        )
        self.w_export_png = widgets.Button(description="PNG", icon="image", layout=lay)
        self.w_export_html = widgets.Button(description="HTML", icon="code", layout=lay)
        self.w_export_land = widgets.Button(description="landscape .npz", icon="save", layout=lay)
        self.w_export_msg = widgets.HTML(value="")
        self.w_export_png.on_click(lambda _b: self._export_async("png"))
        self.w_export_html.on_click(lambda _b: self._export_async("html"))
        self.w_export_land.on_click(lambda _b: self._export_async("npz"))

        self.controller = Controller(
            self.job,
            on_frame=self._on_frame,
            on_progress=self._on_progress,
            on_error=self._on_error,
            on_status=self._on_status,
        )

    # -- the figure widget and front ends that appear late
    def _new_figure(self, data: Any = None, layout: Any = None) -> Any:
        fw = go.FigureWidget(data=data, layout=layout)
        fw._view_count = 0  # the front end counts its views: we learn when one exists
        fw.observe(self._on_view_count, names="_view_count")
        return fw

    def _on_view_count(self, change: dict) -> None:
        """Redraw in a fresh FigureWidget if frames were sent before any view existed.

        plotly sends updates as transient messages; ones that reach the browser before
        the widget's JavaScript module has loaded are lost (seen in JupyterLab when the
        first frame is fast), leaving an empty plot. A new FigureWidget carries the whole
        current figure in its initial state.
        """
        if not (change["new"] or 0) > 0 or (change["old"] or 0) > 0:
            return
        with self._render_lock:
            if not self._unseen_renders:
                return
            self._unseen_renders = False
            old = self.figure
            data = [_clean(t.to_plotly_json(), ("uid",)) for t in old.data]
            self.figure = self._new_figure(data=data, layout=old.layout.to_plotly_json())
            self.figure_box.children = [self.figure]
            self._after_new_figure()
        old.close()

    def _after_new_figure(self) -> None:
        """Hook: re-attach figure callbacks after `_on_view_count` replaced the figure."""

    def _drawn(self) -> None:
        if not self.figure._view_count:
            self._unseen_renders = True

    # -- layout pieces subclasses assemble
    def _height(self) -> int:
        return 520

    def _metric_options(self) -> list[str]:
        opts = ["loss", "accuracy"]
        if _eigen_available():
            opts.append("eigen_ratio")
        return opts

    def _control_rows(self) -> list:
        return [
            widgets.HBox([self.w_seed, self.w_reroll, self.w_norm, self.w_ignore]),
            widgets.HBox([self.w_a, self.w_b, self.w_res]),
            widgets.HBox([self.w_metric, self.w_scale]),
            widgets.HBox([self.w_view]),
        ]

    def _status_row(self) -> Any:
        return widgets.HBox([self.w_progress, self.w_cancel, self.w_status])

    def _export_row(self) -> Any:
        return widgets.HBox(
            [
                self.w_export_name,
                self.w_export_png,
                self.w_export_html,
                self.w_export_land,
                self.w_export_msg,
            ]
        )

    def _start(self) -> None:
        for name, w in self._observed.items():
            w.observe(lambda change, name=name: self._on_widget(name, change), names="value")
        self._update_enabled()
        self._submit_if_needed()

    # ------------------------------------------------------------------ state
    @property
    def state(self) -> ViewState:
        """The current `ViewState` (what the controls show)."""
        return self._state

    def _on_widget(self, name: str, change: dict) -> None:
        if self._suspend:
            return
        value = change["new"]
        if name in ("a", "b"):
            value = tuple(float(v) for v in value)
        try:
            self._state = self._state.update(**{name: value})
        except (TypeError, ValueError) as exc:
            self._show_error(f"{type(exc).__name__}: {exc}")
            return
        self._after_change()

    def _after_change(self) -> None:
        self._update_enabled()
        if not self._submit_if_needed():
            self._rerender()

    def set(self, **changes: Any) -> None:
        """Change settings from code, as if the controls were used (one recomputation).

        Parameters
        ----------
        **changes
            Any of ``seed``, ``norm``, ``ignore``, ``a``, ``b``, ``resolution``,
            ``metric``, ``scale``, ``view`` (and ``directions``, ``epoch`` in an Explorer
            with a trajectory). Invalid names or values raise without changing anything.

        Examples
        --------
        >>> ex.set(norm="layer", seed=3)   # doctest: +SKIP
        >>> ex.wait()                      # doctest: +SKIP
        """
        new = self._state.update(**changes)
        self._check_state(new)
        self._suspend = True
        try:
            for name, w in self._observed.items():
                v = getattr(new, name)
                if isinstance(w, widgets.FloatRangeSlider):
                    w.min, w.max = min(w.min, v[0]), max(w.max, v[1])
                if w.value != v and not (isinstance(v, tuple) and tuple(w.value) == v):
                    w.value = v
        finally:
            self._suspend = False
        self._state = new
        self._after_change()

    def _check_state(self, state: ViewState) -> None:
        check_choice("view", state.view, self._views)
        check_choice("metric", state.metric, self._metric_options())

    def _update_enabled(self) -> None:
        self.w_b.disabled = self._state.view == "1d"

    def _submit_if_needed(self) -> bool:
        key = self._state.compute_key()
        if key == self._submitted:
            return False
        self._submitted = key
        self._clear_error()
        self.controller.submit(self._state)
        return True

    # ------------------------------------------------------------------ scripting
    @property
    def landscape(self) -> Any:
        """The landscape of the latest full frame (`lossviz.Landscape`), or None."""
        return None if self._full is None else next(iter(self._full.lands.values()))

    @property
    def frame(self) -> Frame | None:
        """The frame currently drawn (may be a preview)."""
        return self._frame

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the current computation has finished (for scripts and tests).

        Parameters
        ----------
        timeout : float, optional
            Seconds to wait at most.

        Returns
        -------
        bool
            False if the timeout expired first.
        """
        return self.controller.wait(timeout)

    def cancel(self) -> None:
        """Stop the running computation; the last finished frame stays on screen."""
        self.controller.cancel()

    def close(self) -> None:
        """Stop the worker thread and close all widgets."""
        self.controller.close()
        for w in self._all_widgets():
            w.close()
        super().close()

    def _all_widgets(self) -> list:
        return [v for v in vars(self).values() if isinstance(v, widgets.Widget) and v is not self]

    # ------------------------------------------------------------------ callbacks
    def _on_frame(self, frame: Frame) -> None:
        with self._render_lock:
            self._frame = frame
            if not frame.preview:
                self._full = frame
            self._render(frame)
            self._drawn()
            self.frames_shown += 1
        tag = (
            '<b style="background:#ffd54f;padding:0 4px">PREVIEW</b> '
            if frame.preview
            else '<b style="color:#2e7d32">✓</b> '
        )
        note = self._frame_note(frame)
        note = f' <span style="color:#8d6e63">⚠ {html.escape(note)}</span>' if note else ""
        self.w_status.value = f"{tag}{html.escape(frame.label)} ({frame.seconds:.2f} s){note}"

    def _frame_note(self, frame: Frame) -> str:
        return ""

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.w_progress.max = max(total, 1)
        self.w_progress.value = min(done, total)
        self.w_progress.layout.visibility = "visible" if done < total else "hidden"

    def _on_status(self, status: str) -> None:
        if status == "running":
            self.w_cancel.disabled = False
        else:
            self.w_cancel.disabled = True
            self.w_progress.layout.visibility = "hidden"
            if status == "cancelled":
                self.w_status.value = "cancelled — showing the last finished frame"

    def _on_error(self, exc: BaseException, tb: str) -> None:
        self._show_error(f"{type(exc).__name__}: {exc}", tb)

    def _show_error(self, message: str, tb: str = "") -> None:
        self.error_text = message
        body = html.escape(message)
        if tb:
            body += (
                "<details><summary>traceback</summary>"
                f'<pre style="font-size:11px">{html.escape(tb)}</pre></details>'
            )
        self.w_error.value = _html_box(body, "#c62828", "#ffebee")
        self.w_error.layout.display = ""

    def _clear_error(self) -> None:
        self.error_text = ""
        self.w_error.value = ""
        self.w_error.layout.display = "none"

    def _reroll(self, _button: Any = None) -> None:
        self.w_seed.value = random.randrange(0, 100_000)

    def _rerender(self) -> None:
        with self._render_lock:
            if self._frame is not None:
                self._render(self._frame)
                self._drawn()

    # ------------------------------------------------------------------ drawing
    def _render(self, frame: Frame) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _title(self, frame: Frame, metric: str) -> str:
        text = f"{_METRIC_LABELS.get(metric, metric)} — {frame.label}"
        if frame.preview:
            text = f"<b>PREVIEW</b> {text}"
        return text

    def static_figure(self) -> Any:
        """The current picture as a plain ``plotly.graph_objects.Figure``."""
        with self._render_lock:
            return go.Figure(self.figure)

    def snapshot_html(self) -> str:
        """A static HTML snapshot of the current picture (loads plotly.js from a CDN)."""
        return self.static_figure().to_html(include_plotlyjs="cdn", full_html=False)

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        data = super()._repr_mimebundle_(**kwargs)
        # a static snapshot for saved / exported notebooks (nbconvert, GitHub) that have
        # no live kernel: wait briefly for the first finished frame
        if self._full is None and self.snapshot_timeout > 0:
            self.controller.wait(self.snapshot_timeout)
        try:
            data["text/html"] = self.snapshot_html()
        except Exception:  # pragma: no cover - a snapshot must never break display
            pass
        return data

    # ------------------------------------------------------------------ export
    def _export_path(self, suffix: str, path: Any = None) -> Path:
        if path is not None:
            return Path(path)
        name = self.w_export_name.value.strip() or "lossviz"
        return self.export_dir / f"{name}.{suffix}"

    def export_png(self, path: str | os.PathLike | None = None, scale: float = 2.0) -> Path:
        """Write the current picture as PNG (plotly via kaleido; the pyvista image as is).

        Parameters
        ----------
        path : str or os.PathLike, optional
            Destination; default ``<export_dir>/<file>.png``.
        scale : float
            Resolution factor of the plotly export.

        Returns
        -------
        pathlib.Path
        """
        path = self._export_path("png", path)
        fig = self.static_figure()
        with atomic_path(path, suffix=".png") as tmp:
            fig.write_image(tmp, format="png", scale=scale)
        return path

    def export_html(self, path: str | os.PathLike | None = None) -> Path:
        """Write the current picture as a self-contained interactive HTML page.

        Parameters
        ----------
        path : str or os.PathLike, optional
            Destination; default ``<export_dir>/<file>.html``.

        Returns
        -------
        pathlib.Path
        """
        path = self._export_path("html", path)
        fig = self.static_figure()
        with atomic_path(path, suffix=".html") as tmp:
            fig.write_html(tmp, include_plotlyjs=True, full_html=True)
        return path

    def export_landscape(self, path: str | os.PathLike | None = None) -> list[Path]:
        """Save the current full landscape(s) (``.npz`` or ``.h5`` by suffix).

        Parameters
        ----------
        path : str or os.PathLike, optional
            Destination; default ``<export_dir>/<file>.npz``. With several models the
            model's name is appended to the file name.

        Returns
        -------
        list of pathlib.Path
        """
        frame = self._full
        if frame is None:
            raise RuntimeError("no finished landscape yet; call wait() first")
        base = self._export_path("npz", path)
        out = []
        for name, land in frame.lands.items():
            p = base
            if len(frame.lands) > 1:
                safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
                p = base.with_name(f"{base.stem}-{safe}{base.suffix}")
            out.append(land.save(p))
        return out

    def _export_async(self, kind: str) -> None:
        self.w_export_msg.value = f"writing {kind}…"

        def run() -> None:
            try:
                fn = {
                    "png": self.export_png,
                    "html": self.export_html,
                    "npz": self.export_landscape,
                }[kind]
                res = fn()
                paths = res if isinstance(res, list) else [res]
                self.w_export_msg.value = "saved " + ", ".join(
                    f"<code>{html.escape(str(p))}</code>" for p in paths
                )
            except Exception as exc:
                self.w_export_msg.value = ""
                self._show_error(f"export failed: {type(exc).__name__}: {exc}")

        threading.Thread(target=run, name="lossviz-export", daemon=True).start()


# ---------------------------------------------------------------------- Explorer
class Explorer(_LandscapeWidget):
    """Interactive loss-landscape explorer for one model (Jupyter, VS Code, Voila).

    Controls: direction seed (and re-roll), normalization, bias/BN rule, range of ``a``
    and ``b``, resolution, metric (loss, accuracy, Hessian eigen ratio when available),
    linear/log scale, view (2D contour, 3D surface, ParaView-style pyvista image, 1D
    slice), trajectory overlay with an epoch slider, a gradient-descent "ball" on the 2-D
    slice, and export (PNG, HTML, landscape file). The computation runs on a worker
    thread: a coarse *preview* frame first, then the full grid; a new change cancels the
    running computation and the last change always wins.

    Parameters
    ----------
    model : torch.nn.Module
        The model at the center point (never modified).
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data.
    seed, norm, ignore, resolution, metric, scale, view
        Initial settings (see `lossviz.widgets.controller.ViewState`); ``ignore`` is
        ``"biasbn"`` or ``None``.
    a, b : tuple of float
        Initial ``(min, max)`` of the axes; ``b`` defaults to ``a``.
    span : float, optional
        The range sliders' limits ``[-span, span]`` (default: ``max(2, 2 max|a|, 2 max|b|)``).
    trajectory : lossviz.Trajectory or lossviz.landscape.ProjectedPath, optional
        A training path to overlay. With a `Trajectory`, a "directions" control offers
        its PCA directions (the path then lies in the plane).
    dirs : lossviz.Directions, optional
        Fixed directions instead of random ones (disables seed/normalization controls).
    loss_fn : callable, optional
        ``f(output, y) -> mean loss``; cross-entropy by default.
    device : str
        ``"auto"``, ``"cpu"``, ``"cuda"``.
    preview_points : int
        Points per axis of the preview frame (0: no preview).
    preview_samples : int
        Data samples used for the preview frame.
    descent : bool
        Show the gradient-descent panel (click the contour to drop a ball).
    export_dir : str or os.PathLike
        Where the export buttons write.
    export_name : str
        Default file name (without suffix) of exports.
    snapshot_timeout : float
        Seconds the display waits for the first full frame, so that a saved or exported
        notebook embeds a static picture (0: do not wait).
    surface_kwargs : mapping, optional
        More keyword arguments for `lossviz.surface` (``bn``, ``batch_size``, ...).

    Examples
    --------
    >>> import lossviz as lv                                   # doctest: +SKIP
    >>> ex = lv.Explorer(net, (X, y), resolution=41); ex       # doctest: +SKIP
    >>> ex.set(norm="layer", seed=3); ex.wait(); ex.landscape  # doctest: +SKIP
    """

    _views = ("contour", "surface", "pyvista", "1d")

    def __init__(
        self,
        model: Any,
        data: Any,
        *,
        seed: int = 0,
        norm: str = "filter",
        ignore: str | None = "biasbn",
        a: tuple[float, float] = (-1.0, 1.0),
        b: tuple[float, float] | None = None,
        resolution: int = 41,
        metric: str = "loss",
        scale: str = "linear",
        view: str = "contour",
        span: float | None = None,
        trajectory: Any = None,
        dirs: Any = None,
        loss_fn: Any = None,
        device: str = "auto",
        preview_points: int = 11,
        preview_samples: int = 256,
        descent: bool = True,
        export_dir: str | os.PathLike = ".",
        export_name: str = "lossviz-landscape",
        snapshot_timeout: float = 3.0,
        surface_kwargs: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__()
        if not _has_pyvista():
            self._views = ("contour", "surface", "1d")
        b = a if b is None else b
        traj_kind = _trajectory_kind(trajectory)
        directions = "random"
        if dirs is not None:
            from ..core.directions import Directions

            if not isinstance(dirs, Directions):
                raise TypeError(f"dirs must be lossviz.Directions, got {type(dirs).__name__}")
            if len(dirs) < 1:
                raise ValueError("dirs must hold at least one direction")
        state = ViewState(
            seed=seed,
            norm=norm,
            ignore="none" if ignore is None else ignore,
            a=tuple(a),
            b=tuple(b),
            resolution=resolution,
            metric=metric,
            scale=scale,
            view=view,
            directions=directions,
        )
        self._check_state(state)
        if state.view != "1d" and dirs is not None and len(dirs) < 2:
            raise ValueError("dirs holds one direction: use view='1d'")
        if span is None:
            span = max(2.0, 2 * max(abs(v) for v in (*state.a, *state.b)))
        self._setup(
            {"model": model},
            data,
            state,
            float(span),
            loss_fn,
            device,
            preview_points,
            preview_samples,
            trajectory,
            dirs,
            export_dir,
            export_name,
            snapshot_timeout,
            surface_kwargs,
        )
        self._fixed_dirs = dirs is not None
        for w in (self.w_seed, self.w_reroll, self.w_norm, self.w_ignore):
            w.disabled = self._fixed_dirs
        self.path = None  # the projected trajectory of the current frame
        # -- trajectory controls
        self.w_directions = widgets.ToggleButtons(
            options=[("random directions", "random"), ("PCA of the trajectory", "pca")],
            value="random",
            style={"button_width": "auto"},
        )
        self.w_epoch = widgets.IntSlider(
            value=0, min=0, max=0, description="epoch", style={"description_width": "initial"}
        )
        traj_rows: list = []
        if traj_kind == "trajectory":
            self._observed["directions"] = self.w_directions
            traj_rows.append(self.w_directions)
        if traj_kind is not None:
            n = len(trajectory)
            self.w_epoch.max = max(n - 1, 0)
            self.w_epoch.value = max(n - 1, 0)
            self._state = self._state.update(epoch=self.w_epoch.value)
            self._observed["epoch"] = self.w_epoch
            traj_rows.append(self.w_epoch)
        # -- descent panel
        self.descent_path: DescentPath | None = None
        self._ball_start: tuple[float, float] | None = None
        self._anim_gen = 0
        self.w_method = widgets.ToggleButtons(
            options=[("gradient descent", "gd"), ("momentum", "momentum"), ("Adam", "adam")],
            value="gd",
            style={"button_width": "auto"},
        )
        self.w_lr = widgets.FloatLogSlider(
            value=0.05, base=10, min=-3, max=1, step=0.05, description="learning rate",
            style={"description_width": "initial"}, readout_format=".3g",
        )  # fmt: skip
        self.w_momentum = widgets.FloatSlider(
            value=0.9, min=0.0, max=0.99, step=0.01, description="momentum",
            style={"description_width": "initial"},
        )  # fmt: skip
        self.w_steps = widgets.IntSlider(
            value=150, min=10, max=1000, step=10, description="steps",
            style={"description_width": "initial"},
        )  # fmt: skip
        self.w_clear_ball = widgets.Button(description="remove ball", icon="times")
        self.w_descent_msg = widgets.HTML(
            value=f"<i>Click the 2D contour to drop a ball. It <b>{_DESCENT_NOTE}</b>.</i>"
        )
        for w in (self.w_method, self.w_lr, self.w_momentum, self.w_steps):
            w.observe(lambda _c: self._rerun_descent(), names="value")
        self.w_clear_ball.on_click(lambda _b: self.remove_ball())
        descent_box = widgets.VBox(
            [
                widgets.HTML("<b>Gradient descent on the 2-D slice</b>"),
                widgets.HBox([self.w_method, self.w_clear_ball]),
                widgets.HBox([self.w_lr, self.w_momentum, self.w_steps]),
                self.w_descent_msg,
            ],
            layout={"border": "1px solid #ddd", "padding": "4px", "margin": "4px 0"},
        )
        self.image = widgets.Image(format="png", layout={"display": "none", "width": "640px"})
        rows = self._control_rows() + traj_rows
        children = [
            widgets.HTML(
                f"<b>lossviz Explorer</b> — {html.escape(type(model).__name__)}, "
                f"{sum(p.numel() for p in model.parameters()):,} parameters, "
                f"{self.job.n_samples():,} samples"
            ),
            *rows,
            self._status_row(),
            self.w_error,
            self.figure_box,
            self.image,
        ]
        if descent:
            children.append(descent_box)
        children.append(self._export_row())
        self.children = children
        self.add_class("lossviz-explorer")
        self._click_attached = False
        self._start()

    # -- state --------------------------------------------------------------------
    def _check_state(self, state: ViewState) -> None:
        super()._check_state(state)
        if state.directions == "pca" and _trajectory_kind(self.job.trajectory) != "trajectory":
            raise ValueError("directions='pca' needs trajectory= a lossviz.Trajectory")
        if state.epoch is not None and self.job.trajectory is None:
            raise ValueError("epoch needs trajectory=")

    def _on_widget(self, name: str, change: dict) -> None:
        if name == "directions" and change["new"] == "pca" and not self._suspend:
            try:  # fit the axes to the training path, which lives in the PCA plane
                bounds = self._path_bounds(self._state.update(directions="pca"))
                self.set(directions="pca", **bounds)
            except Exception as exc:
                self._show_error(f"{type(exc).__name__}: {exc}")
            return
        super()._on_widget(name, change)

    def _path_bounds(self, state: ViewState) -> dict[str, tuple[float, float]]:
        """Axis ranges holding the projected path with a 30% margin (PCA mode)."""
        path = self.job.path("model", state)
        if path is None:
            return {}
        out = {}
        for k, name in enumerate(("a", "b")):
            lo, hi = float(path.coords[:, k].min()), float(path.coords[:, k].max())
            pad = max(0.3 * (hi - lo), 0.1 * max(abs(lo), abs(hi)), 0.05)
            out[name] = (round(lo - pad, 2), round(hi + pad, 2))
        return out

    def _update_enabled(self) -> None:
        super()._update_enabled()
        st = self._state
        locked = self._fixed_dirs or st.directions == "pca"
        for w in (self.w_seed, self.w_reroll, self.w_norm, self.w_ignore):
            w.disabled = locked

    def _frame_note(self, frame: Frame) -> str:
        st = frame.state
        key = ("model", st.seed, st.norm, st.ignore, st.directions, st.ndim)
        return self.job.path_notes.get(key, "")

    # -- drawing ------------------------------------------------------------------
    def _figure(self, frame: Frame) -> tuple[Any, str]:
        lvp = _lvp()
        land = frame.lands["model"]
        st = self._state
        metric = _metric_for(land, st.metric)
        log = st.scale == "log"
        view = st.view
        if land.ndim == 1:
            view = "1d"
        elif view == "1d":
            view = frame.state.view if frame.state.view != "1d" else "contour"
        self.path = self.job.path("model", frame.state) if self.job.trajectory is not None else None
        path = _truncate_path(self.path, st.epoch)
        if view == "1d":
            fig = _call(lvp.line, land, metric=metric, log=log)
        elif view == "surface":
            fig = _call(lvp.surface3d, land, metric=metric, log=log, trajectory=path)
        else:  # contour (also the plotly fallback behind the pyvista image)
            fig = _call(lvp.contour, land, metric=metric, log=log, trajectory=path)
            _pin_grid_axes(fig, land)
        fig.update_layout(title={"text": self._title(frame, metric)}, height=self._height())
        return fig, view

    def _render(self, frame: Frame) -> None:
        fig, view = self._figure(frame)
        if view == "pyvista":
            png = self._pyvista_png(frame)
            self.image.value = png
            self.image.layout.display = ""
            self.figure_box.layout.display = "none"
            return
        self.image.layout.display = "none"
        self.figure_box.layout.display = ""
        extra = self._ball_traces(frame, view)
        replaced = apply_figure(self.figure, fig, extra)
        if replaced or not self._click_attached:
            self._attach_click()

    def _pyvista_png(self, frame: Frame) -> bytes:
        import tempfile

        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
        lvpv = optional_import("lossviz.render.pyvista", "pyvista")
        land = frame.lands["model"]
        metric = _metric_for(land, self._state.metric)
        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / "view.png"
            _call(lvpv.screenshot, land, p, metric=metric, log=self._state.scale == "log")
            return p.read_bytes()

    def _pyvista_shown(self) -> bool:
        return self._state.view == "pyvista" and bool(self.image.value)

    def snapshot_html(self) -> str:
        """A static HTML snapshot of the current picture (an image in the pyvista view)."""
        if self._pyvista_shown():
            return f'<img src="{_png_data_url(bytes(self.image.value))}" alt="lossviz"/>'
        return super().snapshot_html()

    def export_png(self, path: str | os.PathLike | None = None, scale: float = 2.0) -> Path:
        """Write the current picture as PNG (plotly via kaleido; the pyvista image as is).

        Parameters
        ----------
        path : str or os.PathLike, optional
            Destination; default ``<export_dir>/<file>.png``.
        scale : float
            Resolution factor of the plotly export.

        Returns
        -------
        pathlib.Path
        """
        if not self._pyvista_shown():
            return super().export_png(path, scale)
        path = self._export_path("png", path)
        with atomic_path(path, suffix=".png") as tmp:
            Path(tmp).write_bytes(bytes(self.image.value))
        return path

    # -- descent ------------------------------------------------------------------
    def _after_new_figure(self) -> None:
        self._click_attached = False
        self._attach_click()

    def _attach_click(self) -> None:
        for tr in self.figure.data:
            if tr.type in ("contour", "heatmap"):
                tr.on_click(self._on_click)
                self._click_attached = True

    def _on_click(self, trace: Any, points: Any, _selector: Any) -> None:
        if not points.xs:
            return
        self.drop_ball(float(points.xs[0]), float(points.ys[0]))

    def drop_ball(self, a: float, b: float, animate: bool = True) -> DescentPath:
        """Drop the ball at ``(a, b)`` and run the chosen optimizer on the 2-D slice.

        The function is the bilinear interpolant of the current full landscape's metric;
        this runs on the 2-D slice, not on the network.

        Parameters
        ----------
        a, b : float
            Start point (inside the grid).
        animate : bool
            Draw the path step by step (in a thread) instead of at once.

        Returns
        -------
        DescentPath
        """
        self._ball_start = (float(a), float(b))
        return self._run_descent(animate)

    def remove_ball(self) -> None:
        """Remove the ball and its path."""
        self._ball_start = None
        self.descent_path = None
        self._anim_gen += 1
        self._rerender()

    def _rerun_descent(self) -> None:
        if self._ball_start is not None and self._full is not None:
            self._run_descent(True)

    def _run_descent(self, animate: bool) -> DescentPath:
        frame = self._full
        if frame is None or frame.lands["model"].ndim != 2:
            raise RuntimeError("the ball needs a finished 2D landscape")
        land = frame.lands["model"]
        f = GridFunction.from_landscape(land, _metric_for(land, self._state.metric))
        path = descend(
            f,
            self._ball_start,
            method=self.w_method.value,
            lr=float(self.w_lr.value),
            momentum=float(self.w_momentum.value) if self.w_method.value != "gd" else 0.0,
            steps=int(self.w_steps.value),
        )
        self.descent_path = path
        self._descent_frame = frame
        self.w_descent_msg.value = (
            f"{path.method}: {len(path) - 1} steps, {path.status}, final value "
            f"{path.values[-1]:.4g} at ({path.points[-1][0]:.3f}, {path.points[-1][1]:.3f}) — "
            f"<b>{_DESCENT_NOTE}</b>"
        )
        self._anim_gen += 1
        if animate and len(path) > 2:
            threading.Thread(
                target=self._animate, args=(self._anim_gen,), name="lossviz-ball", daemon=True
            ).start()
        else:
            self._rerender()
        return path

    def _animate(self, gen: int) -> None:
        path = self.descent_path
        if path is None:
            return
        n = len(path)
        frames = min(n, 60)
        for k in np.unique(np.linspace(2, n, frames).astype(int)):
            with self._render_lock:
                if gen != self._anim_gen:
                    return
                self._show_ball(path, int(k))
            time.sleep(1 / 30)

    def _ball_traces(self, frame: Frame, view: str) -> list:
        path = self.descent_path
        if view != "contour" or frame.lands["model"].ndim != 2:
            return []
        if path is None or frame is not getattr(self, "_descent_frame", None):
            if path is not None and not frame.preview:
                self.descent_path = None  # the landscape changed: the old path is stale
                self._ball_start = None
                self._anim_gen += 1
            path = None
        pts = path.points if path is not None else np.empty((0, 2))
        name = f"descent ({_DESCENT_NOTE})"
        return [
            go.Scatter(
                x=pts[:, 0], y=pts[:, 1], mode="lines+markers", name=name,
                line={"color": "white", "width": 2}, marker={"size": 4, "color": "white"},
                showlegend=False, hoverinfo="skip",
            ),
            go.Scatter(
                x=pts[-1:, 0], y=pts[-1:, 1], mode="markers", name="ball",
                marker={"size": 14, "color": "#ff5252", "line": {"color": "black", "width": 1.5}},
                showlegend=False, hovertemplate="ball at (%{x:.3f}, %{y:.3f})<extra></extra>",
            ),
        ]  # fmt: skip

    def _show_ball(self, path: DescentPath, k: int) -> None:
        data = self.figure.data
        if len(data) < 2 or data[-1].name != "ball":
            return
        pts = path.points[:k]
        with self.figure.batch_update():
            data[-2].x, data[-2].y = pts[:, 0].tolist(), pts[:, 1].tolist()
            data[-1].x, data[-1].y = pts[-1:, 0].tolist(), pts[-1:, 1].tolist()
        sync_widget_state(self.figure)
        self._drawn()


def _trajectory_kind(trajectory: Any) -> str | None:
    if trajectory is None:
        return None
    from ..landscape import ProjectedPath

    if isinstance(trajectory, ProjectedPath):
        return "path"
    if hasattr(trajectory, "path") and hasattr(trajectory, "__len__"):
        return "trajectory"
    raise TypeError(
        "trajectory must be a lossviz.Trajectory or lossviz.landscape.ProjectedPath, "
        f"got {type(trajectory).__name__}"
    )


def _png_data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


__all__ = ["Explorer", "apply_figure", "METRICS", "METHODS"]
