"""`LandscapeWidget`: compute controls + one browser-drawn `LandscapeView` (Explorer, Compare).

The widget is ipywidgets controls for the *compute* settings (seed, normalization, bias/BN
rule, axis bounds, resolution, the eigen-ratio map; cancel and a status line) above one
`lossviz.widgets.view.LandscapeView`, which draws everything and owns every display
setting. Python computes and sends data: a control change becomes a `Request` for the
`Controller`'s worker thread (`lossviz.widgets.job.LandscapeJob`), whose frames go to
``view.frame`` as float32 bytes (`lossviz.widgets.serialize.frame_payload`); progress,
errors and the eigen-ratio confirmation go to ``view.status``. Choosing a view, colour scale,
clip level, colormap, epoch or loss/accuracy never starts a computation.

Each widget output also carries a PNG of the last finished frame for viewers without
widgets (`lossviz.widgets.snapshot`), and `to_html` writes the view as an offline page.
"""

from __future__ import annotations

import base64
import contextlib
import html
import inspect
import math
import os
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from .._util import atomic_path, optional_import, options_signature
from .controller import Controller
from .job import Frame, LandscapeJob, slice_at_b0
from .serialize import frame_payload
from .snapshot import STATE_KEYS, fallback_png, standalone_html
from .state import (
    NORMS,
    VIEWS,
    ComputeState,
    WidgetOptions,
    check_display,
    next_compute_state,
    split_changes,
)
from .view import LandscapeView

widgets = optional_import("ipywidgets", "widgets")

STATIC = Path(__file__).parent / "static"
NORM_LABELS = {
    "filter": "filter (paper)",
    "layer": "layer",
    "model": "model",
    "weight": "weight (elementwise)",
    "none": "none",
}


def widget_signature(defaults: Mapping[str, Any]) -> Callable[[Callable], Callable]:
    """Decorator: `options_signature` of `WidgetOptions`, showing a widget's ``defaults``.

    Parameters
    ----------
    defaults : mapping
        The widget's values of the `WidgetOptions` fields that are None by default
        (``resolution``, ``export_name``), as `LandscapeWidget._options` applies them.

    Returns
    -------
    callable
        The decorator of the widget's ``__init__``.
    """

    def decorate(func: Callable) -> Callable:
        sig = inspect.signature(options_signature(WidgetOptions)(func))
        params = [
            p.replace(default=defaults.get(p.name, p.default)) for p in sig.parameters.values()
        ]
        func.__signature__ = sig.replace(parameters=params)
        return func

    return decorate


def format_seconds(seconds: float | None) -> str:
    """``"40 s"``, ``"25 min"``, ``"1.5 h"`` (``"?"`` for None or infinity)."""
    if seconds is None or not math.isfinite(seconds):
        return "?"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def status_for_frame(frame: Frame) -> dict[str, Any]:
    """The view's ``status`` when ``frame`` arrives (computing on after a preview)."""
    return {
        "state": "computing" if frame.preview else "idle",
        "message": ("preview " if frame.preview and "preview" not in frame.label else "")
        + frame.label
        + f" ({frame.seconds:.2f} s)",
        "progress": 0.0 if frame.preview else 1.0,
        "estimate_s": None,
    }


def confirm_message(question: Mapping[str, Any]) -> str:
    """The question shown before a long eigen-ratio map."""
    n = question.get("points")
    pts = f"{n:,} grid points" if isinstance(n, int) else "the grid"
    return (
        f"The Hessian eigen-ratio map of {pts} will take about "
        f"{format_seconds(question.get('estimate_s'))}. Compute it?"
    )


class LandscapeWidget(widgets.VBox):
    """Compute controls, a status line and one `LandscapeView`, driven by a `Controller`.

    Subclasses (`lossviz.Explorer`, `lossviz.Compare`) call `_setup` and arrange the rows.
    """

    #: views offered
    _views: tuple[str, ...] = VIEWS
    #: compute settings `set` accepts
    _compute_names: tuple[str, ...] = ("seed", "norm", "ignore", "a", "b", "resolution", "eigen")

    #: this widget's defaults of the `WidgetOptions` fields that are None by default
    _defaults: Mapping[str, Any] = {"resolution": 41, "export_name": "lossviz-landscape"}

    def _options(self, options: WidgetOptions | None, kwargs: Mapping[str, Any]) -> WidgetOptions:
        """The widget's `WidgetOptions`: ``options`` with ``kwargs`` and `_defaults` applied."""
        opt = WidgetOptions.of(options, kwargs, where=type(self).__name__)
        unset = {k: v for k, v in self._defaults.items() if getattr(opt, k) is None}
        return replace(opt, **unset) if unset else opt

    def _setup(
        self,
        models: Mapping[str, Any],
        data: Any,
        options: WidgetOptions,
        *,
        ndim: int = 2,
        trajectory: Any = None,
        dirs: Any = None,
    ) -> None:
        """Build the job, view, controls and worker for ``models`` (rows: subclasses)."""
        from ..core.params import check_model

        for name, m in models.items():
            check_model(m, f"model {name!r}")
        state = options.compute_state(ndim)
        self.job = LandscapeJob(models, data, options=options, trajectory=trajectory, dirs=dirs)
        self.job.n_samples()  # validates the data now, not on the worker thread
        self._export_default = options.export_name
        self.export_dir = Path(options.export_dir)
        self.snapshot_timeout = options.snapshot_timeout
        self.eigen_confirm_s = options.eigen_confirm_s
        self._compute = state
        self._submitted: tuple | None = None
        self._frame: Frame | None = None
        self._full: Frame | None = None
        self._full_payload: dict | None = None
        self._lock = threading.RLock()
        self._suspend = False
        self.frames_shown = 0
        self.error_text = ""

        disp = {k: check_display(k, v, views=self._views) for k, v in options.display().items()}
        self.view = LandscapeView(**disp, layout={"width": "100%"})
        self.view.observe(self._on_view_metric, names=["metric", "requested_metric"])
        self.view.on_msg(self._on_view_msg)
        self._build_controls(state, state.slider_span(options.span))
        self.controller = Controller(
            self.job,
            on_frame=self._on_frame,
            on_progress=self._on_progress,
            on_error=self._on_error,
            on_status=self._on_status,
            on_ask=self._on_ask,
        )

    def _build_controls(self, state: ComputeState, span: float) -> None:
        style = {"description_width": "initial"}
        self.w_seed = widgets.BoundedIntText(
            value=state.seed,
            min=0,
            max=2**31 - 1,
            description="seed",
            style=style,
            layout={"width": "170px", "min_width": "170px"},
        )
        self.w_reroll = widgets.Button(
            description="re-roll", icon="random", layout={"width": "auto", "min_width": "90px"}
        )
        self.w_norm = widgets.Dropdown(
            options=[(NORM_LABELS[n], n) for n in NORMS],
            value=state.norm,
            description="normalize",
            style=style,
            layout={"width": "240px"},
        )
        self.w_ignore = widgets.Dropdown(
            options=[("zero bias/BN", "biasbn"), ("copy bias/BN", "none")],
            value=state.ignore,
            description="bias/BN",
            style=style,
            layout={"width": "210px"},
        )
        self.w_a, self.w_b = (
            widgets.FloatRangeSlider(
                value=getattr(state, n),
                min=-span,
                max=span,
                step=0.05,
                readout_format=".2f",
                description=f"{n} range",
                style=style,
                layout={"width": "340px"},
            )
            for n in ("a", "b")
        )
        self.w_res = widgets.IntSlider(
            value=state.resolution,
            min=5,
            max=max(101, state.resolution),
            step=2,
            description="resolution",
            style=style,
            layout={"width": "300px"},
        )
        self.w_eigen = widgets.Checkbox(
            value=state.eigen,
            description="also compute the Hessian eigen-ratio map |λmin/λmax| (slow)",
            indent=False,
            layout={"width": "auto"},
        )
        self.w_reroll.on_click(self._reroll)
        self._observed = {
            "seed": self.w_seed,
            "norm": self.w_norm,
            "ignore": self.w_ignore,
            "a": self.w_a,
            "b": self.w_b,
            "resolution": self.w_res,
            "eigen": self.w_eigen,
        }
        self.w_status = widgets.HTML(value="", layout={"flex": "1 1 auto"})
        self.w_cancel = widgets.Button(
            description="cancel",
            icon="stop",
            disabled=True,
            layout={"width": "auto", "min_width": "96px", "flex": "0 0 auto"},
        )
        self.w_cancel.on_click(lambda _b: self.cancel())
        self.w_export_name = widgets.Text(
            value=self._export_default, description="file", layout={"width": "240px"}
        )
        self.w_export_html = widgets.Button(
            description="HTML page", icon="code", layout={"width": "auto", "min_width": "110px"}
        )
        self.w_export_land = widgets.Button(
            description="landscape file",
            icon="save",
            layout={"width": "auto", "min_width": "130px"},
        )
        self.w_export_msg = widgets.HTML(value="")
        self.w_export_html.on_click(lambda _b: self._export_async("html"))
        self.w_export_land.on_click(lambda _b: self._export_async("landscape"))

    # -- layout pieces subclasses assemble
    def _control_rows(self) -> list:
        row = {"flex_flow": "row wrap", "align_items": "center"}
        return [
            widgets.HBox([self.w_seed, self.w_reroll, self.w_norm, self.w_ignore], layout=row),
            widgets.HBox([self.w_a, self.w_b, self.w_res], layout=row),
            widgets.HBox([self.w_eigen], layout=row),
        ]

    def _status_row(self) -> Any:
        return widgets.HBox(
            [self.w_cancel, self.w_status], layout={"align_items": "center", "width": "100%"}
        )

    def _export_row(self) -> Any:
        return widgets.HBox(
            [self.w_export_name, self.w_export_html, self.w_export_land, self.w_export_msg],
            layout={"flex_flow": "row wrap", "align_items": "center"},
        )

    def _start(self) -> None:
        for name, w in self._observed.items():
            w.observe(lambda change, name=name: self._on_widget(name, change), names="value")
        self._update_enabled()
        self._submit_if_needed()

    # ------------------------------------------------------------------ state
    @property
    def state(self) -> ComputeState:
        """The current compute settings (`lossviz.widgets.state.ComputeState`)."""
        return self._compute

    @property
    def display(self) -> dict[str, Any]:
        """The view's display settings (view, metric, scale, clip, colormap, epoch, ...)."""
        return {k: getattr(self.view, k) for k in STATE_KEYS if k not in ("status",)}

    def _metric_options(self) -> tuple[str, ...]:
        return ("loss", "accuracy", "eigen_ratio")

    def _on_widget(self, name: str, change: dict) -> None:
        if self._suspend:
            return
        value = change["new"]
        if name in ("a", "b"):
            value = tuple(float(v) for v in value)
        metric = self.view.metric
        try:
            if name == "eigen" and not value and metric == "eigen_ratio":
                with self._suspended():
                    self.view.metric = "loss"
                metric = "loss"
            new = next_compute_state(self._compute, {name: value}, metric)
            self._check_state(new)
        except (TypeError, ValueError) as exc:
            self._show_error(f"{type(exc).__name__}: {exc}")
            return
        self._compute = new
        self._after_change()

    def _on_view_metric(self, change: dict) -> None:
        """The user picked a metric in the browser: only the eigen-ratio map needs a job."""
        if self._suspend or not change["new"]:
            return
        new = next_compute_state(self._compute, {}, change["new"])
        if new != self._compute:
            self._compute = new
            self._after_change()

    def _on_view_msg(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, Mapping) and content.get("type") == "confirm":
            self.confirm(bool(content.get("ok")))

    def _after_change(self) -> None:
        with self._suspended():
            self.w_eigen.value = self._compute.eigen
        self._update_enabled()
        self._submit_if_needed()

    @contextlib.contextmanager
    def _suspended(self) -> Iterator[None]:
        """Change controls / view traits without their observers reacting."""
        old, self._suspend = self._suspend, True
        try:
            yield
        finally:
            self._suspend = old

    def set(self, **changes: Any) -> None:
        """Change settings from code, as if the controls were used.

        Compute settings (``seed``, ``norm``, ``ignore``, ``a``, ``b``, ``resolution``,
        ``eigen``, and ``directions`` in an Explorer with a trajectory) start one
        recomputation; display settings (``view``, ``metric``, ``scale``, ``clip``,
        ``colormap``, ``epoch``, ``camera``, ``presentation``, ``ball``) only change the
        view's traits. ``metric="eigen_ratio"`` also turns the eigen-ratio map on.
        Invalid names or values raise without changing anything.

        Parameters
        ----------
        **changes
            Setting name -> value.

        Raises
        ------
        TypeError
            For an unknown setting.
        ValueError
            For a value out of range, naming the setting and the allowed values.

        Examples
        --------
        >>> ex.set(norm="layer", seed=3, scale="linear")   # doctest: +SKIP
        >>> ex.wait()                                       # doctest: +SKIP
        """
        comp, disp = split_changes(changes, self._compute_names)
        metrics = self._metric_options()
        disp = {k: check_display(k, v, metrics=metrics, views=self._views) for k, v in disp.items()}
        if self._compute.ndim == 1 and disp.get("view", "1d") != "1d":
            raise ValueError(
                f"view={disp['view']!r} is not allowed for a 1D landscape (one direction); "
                "choose one of ['1d']"
            )
        if "ignore" in comp and comp["ignore"] is None:
            comp["ignore"] = "none"
        metric = disp.get("metric", self.view.metric)
        if comp.get("eigen") is False and metric == "eigen_ratio":
            if "metric" in disp:
                raise ValueError("eigen=False contradicts metric='eigen_ratio'")
            disp["metric"] = metric = "loss"
        new = next_compute_state(self._compute, comp, metric)
        self._check_state(new)
        with self._suspended():
            self._show_state(new)
            with self.view.hold_sync():
                for k, v in disp.items():
                    setattr(self.view, k, v)
        self._compute = new
        self._after_change()

    def _show_state(self, new: ComputeState) -> None:
        """Make the controls show ``new`` (observers suspended)."""
        for name, w in self._observed.items():
            v = getattr(new, name)
            if isinstance(w, widgets.FloatRangeSlider):
                w.min, w.max = min(w.min, v[0]), max(w.max, v[1])
            if isinstance(w, widgets.IntSlider):
                w.min, w.max = min(w.min, v), max(w.max, v)
            if w.value != v and not (isinstance(v, tuple) and tuple(w.value) == v):
                w.value = v

    def _check_state(self, state: ComputeState) -> None:
        """Hook: refuse states this widget cannot compute (raise ValueError)."""

    def _update_enabled(self) -> None:
        self.w_b.disabled = self._compute.ndim == 1
        self.w_eigen.disabled = self._compute.ndim == 1

    def _submit_if_needed(self) -> bool:
        req = self.job.request(self._compute, self.eigen_confirm_s)
        if req.key() == self._submitted:
            return False
        self._submitted = req.key()
        self._clear_error()
        self.controller.submit(req)
        return True

    # ------------------------------------------------------------------ scripting
    @property
    def frame(self) -> Frame | None:
        """The frame currently drawn (may be a preview)."""
        return self._frame

    def refresh(self) -> bool:
        """Recompute if the models' weights changed since the current frame.

        Every control change checks this too; call it after changing a model in place
        (e.g. a training step) to see the new landscape.

        Returns
        -------
        bool
            True when a new computation started.
        """
        return self._submit_if_needed()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the landscape of the current settings and weights is drawn.

        Starts a recomputation first if a model changed in place (`refresh`).

        Parameters
        ----------
        timeout : float, optional
            Seconds to wait at most.

        Returns
        -------
        bool
            False if the timeout expired first, or the computation waits for the user to
            confirm a long eigen-ratio map (`confirm`).
        """
        self.refresh()
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            step = 0.05 if deadline is None else min(0.05, max(deadline - time.monotonic(), 0))
            if self.controller.wait(step):
                return True
            if self.controller.asking:
                return False
            if deadline is not None and time.monotonic() >= deadline:
                return False

    def confirm(self, ok: bool = True) -> None:
        """Answer the question before a long eigen-ratio map (what the view's buttons send).

        Parameters
        ----------
        ok : bool
            True computes the map; False skips it (the view goes back to the loss).
        """
        self.controller.answer(ok)
        if not ok:
            with self._suspended():
                if self.view.metric == "eigen_ratio":
                    self.view.metric = "loss"
                self.w_eigen.value = False
            self._compute = self._compute.update(eigen=False)
            self._submitted = self.job.request(self._compute, self.eigen_confirm_s).key()

    def cancel(self) -> None:
        """Stop the running computation; the last finished frame stays on screen."""
        self.controller.cancel()

    def close(self) -> None:
        """Stop the worker thread and close all widgets."""
        self.controller.close()
        for w in [v for v in vars(self).values() if isinstance(v, widgets.Widget)]:
            if w is not self:
                w.close()
        super().close()

    # ------------------------------------------------------------------ callbacks
    def _titles(self, frame: Frame) -> dict[str, str]:
        return {name: name for name in frame.lands}

    def _on_frame(self, frame: Frame) -> None:
        shown = self._frame
        if (
            shown is not None
            and not frame.preview
            and not shown.preview
            and frame.lands.keys() == shown.lands.keys()
            and all(frame.lands[k] is shown.lands[k] for k in frame.lands)
            and frame.paths.keys() == shown.paths.keys()
            and all(frame.paths[k] is shown.paths[k] for k in frame.paths)
        ):  # the very landscapes on screen (a cache hit): nothing to send
            with self._lock:
                self._frame = self._full = frame
            self.view.status = status_for_frame(frame)
            return
        warning = "; ".join(frame.notes)
        note = f"{frame.label}; {warning}" if warning else frame.label
        payload = frame_payload(
            frame.lands,
            frame.paths or None,
            preview=frame.preview,
            note=note,
            titles=self._titles(frame),
        )
        with self._lock:
            self._frame = frame
            if not frame.preview:
                self._full = frame
                self._full_payload = payload
            with self.view.hold_sync():
                self.view.frame = payload
                self.view.status = status_for_frame(frame)
            self.frames_shown += 1
        tag = (
            '<b style="background:#ffd54f;padding:0 4px">PREVIEW</b> '
            if frame.preview
            else '<b style="color:#2e7d32">✓</b> '
        )
        warn = f' <span style="color:#8d6e63">⚠ {html.escape(warning)}</span>' if warning else ""
        self.w_status.value = f"{tag}{html.escape(frame.label)} ({frame.seconds:.2f} s){warn}"

    def _on_progress(self, done: int, total: int, label: str, eta_s: float | None) -> None:
        frac = min(max(done / total, 0.0), 1.0) if total else 0.0
        msg = f"{label or 'computing'}: {done:,} / {total:,} points"
        if eta_s is not None:
            msg += f", about {format_seconds(eta_s)} left"
        self.view.status = {
            "state": "computing",
            "message": msg,
            "progress": frac,
            "estimate_s": None if eta_s is None or not math.isfinite(eta_s) else float(eta_s),
        }

    def _on_status(self, status: str) -> None:
        self.w_cancel.disabled = status != "running"
        if status == "running":
            self.view.status = {"state": "computing", "message": "computing…", "progress": 0.0}
        elif status == "done":
            self.view.status = {**self.view.status, "state": "idle", "progress": 1.0}
        elif status == "cancelled":
            msg = "cancelled — showing the last finished frame"
            self.w_status.value = msg
            self.view.status = {"state": "idle", "message": msg, "progress": 0.0}

    def _on_ask(self, question: Mapping[str, Any]) -> None:
        msg = confirm_message(question)
        est = question.get("estimate_s")
        self.view.status = {
            "state": "confirm",
            "message": msg,
            "progress": 0.0,
            "estimate_s": float(est) if est is not None and math.isfinite(est) else None,
        }
        self.w_status.value = f"<b>⏳ {html.escape(msg)}</b> (answer in the view)"

    def _on_error(self, exc: BaseException, tb: str) -> None:
        self._show_error(f"{type(exc).__name__}: {exc}")

    def _show_error(self, message: str) -> None:
        self.error_text = message
        self.view.status = {"state": "error", "message": message, "progress": 0.0}
        self.w_status.value = f'<span style="color:#c62828">✗ {html.escape(message)}</span>'

    def _clear_error(self) -> None:
        self.error_text = ""

    def _reroll(self, _button: Any = None) -> None:
        self.w_seed.value = random.randrange(0, 100_000)

    # ------------------------------------------------------------------ offline pictures
    def fallback_png(self) -> bytes | None:
        """PNG of the last finished frame in the view's display settings (None before one)."""
        with self._lock:
            payload = self._full_payload
        if payload is None:
            return None
        return fallback_png(payload, self.display)

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        data = super()._repr_mimebundle_(**kwargs)
        # a PNG for viewers without widgets (GitHub, nbviewer, untrusted notebooks): wait
        # briefly for the first finished frame when displayed right after construction
        if self._full is None and self.snapshot_timeout > 0:
            self.controller.wait(self.snapshot_timeout)
        try:
            png = self.fallback_png()
        except Exception:  # pragma: no cover - a fallback must never break display
            png = None
        if png is not None:
            data["image/png"] = base64.b64encode(png).decode("ascii")
        return data

    def view_state(self) -> dict[str, Any]:
        """The view's traits as a plain dict (frame with bytes), as `to_html` embeds them."""
        with self._lock:
            frame = self._full_payload if self._full_payload is not None else self.view.frame
        out = {k: getattr(self.view, k) for k in STATE_KEYS}
        out["frame"] = frame
        out["status"] = {"state": "idle", "message": "", "progress": 1.0, "estimate_s": None}
        return out

    def to_html(self, path: str | os.PathLike | None = None, title: str | None = None) -> Path:
        """Write the view as a standalone offline HTML page (front-end and data inlined).

        Parameters
        ----------
        path : str or os.PathLike, optional
            Destination; default ``<export_dir>/<file>.html``.
        title : str, optional
            Page title.

        Returns
        -------
        pathlib.Path
        """
        if self._full_payload is None:
            raise RuntimeError("no finished landscape yet; call wait() first")
        path = self._export_path("html", path)
        page = standalone_html(
            self.view_state(),
            (STATIC / "widget.js").read_text(encoding="utf-8"),
            (STATIC / "widget.css").read_text(encoding="utf-8"),
            title or f"lossviz — {type(self).__name__}",
        )
        with atomic_path(path, suffix=".html") as tmp:
            Path(tmp).write_text(page, encoding="utf-8")
        return path

    export_html = to_html

    def export_png(self, path: str | os.PathLike | None = None) -> Path:
        """Write the last finished frame as PNG (the fallback picture; no browser needed).

        The view's toolbar exports the picture drawn in the browser.

        Parameters
        ----------
        path : str or os.PathLike, optional
            Destination; default ``<export_dir>/<file>.png``.

        Returns
        -------
        pathlib.Path
        """
        png = self.fallback_png()
        if png is None:
            raise RuntimeError("no finished landscape yet; call wait() first")
        path = self._export_path("png", path)
        with atomic_path(path, suffix=".png") as tmp:
            Path(tmp).write_bytes(png)
        return path

    def save(self, path: str | os.PathLike | None = None) -> list[Path]:
        """Save the current full landscape(s) (``.npz`` or ``.h5`` by suffix).

        Parameters
        ----------
        path : str or os.PathLike, optional
            Destination; default ``<export_dir>/<file>.npz``. With several models each
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
            out.append(Path(land.save(p)))
        return out

    export_landscape = save

    def _export_path(self, suffix: str, path: Any = None) -> Path:
        if path is not None:
            return Path(path)
        name = self.w_export_name.value.strip() or "lossviz"
        return self.export_dir / f"{name}.{suffix}"

    def _export_async(self, kind: str) -> None:
        self.w_export_msg.value = f"writing {kind}…"

        def run() -> None:
            try:
                res = self.to_html() if kind == "html" else self.save()
                paths = res if isinstance(res, list) else [res]
                self.w_export_msg.value = "saved " + ", ".join(
                    f"<code>{html.escape(str(p))}</code>" for p in paths
                )
            except Exception as exc:
                self.w_export_msg.value = ""
                self._show_error(f"export failed: {type(exc).__name__}: {exc}")

        threading.Thread(target=run, name="lossviz-export", daemon=True).start()

    # ------------------------------------------------------------------ static figure
    def static_figure(self) -> Any:
        """The last finished frame as a plain ``plotly.graph_objects.Figure``.

        Drawn by `lossviz.render.plotly` in the view's metric and scale (for reports;
        the widget itself draws in the browser).
        """
        from ..render import plotly as lvp

        frame = self._full
        if frame is None:
            raise RuntimeError("no finished landscape yet; call wait() first")
        metric = self.view.metric if self.view.metric in frame.metrics else frame.metrics[0]
        log = self.view.scale == "log" and metric == "loss"
        zmax = self.view.clip if metric == "loss" and self.view.clip > 0 else None
        lands = frame.lands
        first = next(iter(lands.values()))
        if len(lands) > 1:
            kind = "surface3d" if self.view.view in ("surface", "paraview") else "contour"
            return lvp.compare(lands, metric=metric, kind=kind, log=log, zmax=zmax)
        path = next(iter(frame.paths.values()), None)
        if first.ndim == 1 or self.view.view == "1d":
            return lvp.line(slice_at_b0(first), metric=metric, log=log)
        fn = lvp.surface3d if self.view.view in ("surface", "paraview") else lvp.contour
        return fn(first, metric=metric, trajectory=path, log=log, zmax=zmax)


__all__ = [
    "LandscapeWidget",
    "confirm_message",
    "format_seconds",
    "status_for_frame",
    "widget_signature",
]
