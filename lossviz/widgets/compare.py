"""`Compare`: one set of controls drives several models side by side on one colour scale."""

from __future__ import annotations

import html
import os
from collections.abc import Mapping
from typing import Any

from .controller import Frame, ViewState
from .explorer import (
    _call,
    _LandscapeWidget,
    _lvp,
    _metric_for,
    _pin_grid_axes,
    apply_figure,
    widgets,
)


class Compare(_LandscapeWidget):
    """Several models' landscapes side by side, driven by the same controls.

    Every model gets its own random directions from the same seed (so each is
    filter-normalized to its own weights, as in the paper's comparisons); all panels share
    one colour scale and z range. Typical uses: skip vs no skip, shallow vs deep, small vs
    large batch.

    Parameters
    ----------
    models : mapping of str to torch.nn.Module
        Display name -> model, e.g. ``{"no skip": m1, "skip": m2}`` (never modified).
        A list is accepted too (panels named ``"model 1"``, ...).
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data, the same for all models.
    seed, norm, ignore, a, b, resolution, metric, scale, view, span
        As in `lossviz.Explorer`; ``view`` is ``"contour"``, ``"surface"`` or ``"1d"``.
    loss_fn, device, preview_points, preview_samples, export_dir, export_name,
    snapshot_timeout, surface_kwargs
        As in `lossviz.Explorer`.

    Examples
    --------
    >>> cmp = lv.Compare({"no skip": m1, "skip": m2}, (X, y))  # doctest: +SKIP
    >>> cmp.set(seed=4); cmp.wait(); cmp.landscapes            # doctest: +SKIP
    """

    _views = ("contour", "surface", "1d")

    def __init__(
        self,
        models: Mapping[str, Any] | list,
        data: Any,
        *,
        seed: int = 0,
        norm: str = "filter",
        ignore: str | None = "biasbn",
        a: tuple[float, float] = (-1.0, 1.0),
        b: tuple[float, float] | None = None,
        resolution: int = 31,
        metric: str = "loss",
        scale: str = "linear",
        view: str = "contour",
        span: float | None = None,
        loss_fn: Any = None,
        device: str = "auto",
        preview_points: int = 11,
        preview_samples: int = 256,
        export_dir: str | os.PathLike = ".",
        export_name: str = "lossviz-compare",
        snapshot_timeout: float = 3.0,
        surface_kwargs: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__()
        if isinstance(models, (list, tuple)):
            models = {f"model {i + 1}": m for i, m in enumerate(models)}
        if not isinstance(models, Mapping) or len(models) < 1:
            raise TypeError("models must be a non-empty dict name -> torch.nn.Module (or a list)")
        models = {str(k): v for k, v in models.items()}
        b = a if b is None else b
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
        )
        self._check_state(state)
        if span is None:
            span = max(2.0, 2 * max(abs(v) for v in (*state.a, *state.b)))
        self._setup(
            models,
            data,
            state,
            float(span),
            loss_fn,
            device,
            preview_points,
            preview_samples,
            None,
            None,
            export_dir,
            export_name,
            snapshot_timeout,
            surface_kwargs,
        )
        names = ", ".join(html.escape(n) for n in models)
        self.children = [
            widgets.HTML(
                f"<b>lossviz Compare</b> — {names}: the same seed and settings, each model "
                "with its own directions normalized to its own weights; one shared colour "
                f"scale; {self.job.n_samples():,} samples"
            ),
            *self._control_rows(),
            self._status_row(),
            self.w_error,
            self.figure_box,
            self._export_row(),
        ]
        self.add_class("lossviz-compare")
        self._start()

    def _height(self) -> int:
        return 460

    def _metric_options(self) -> list[str]:
        return ["loss", "accuracy"]

    @property
    def landscapes(self) -> dict[str, Any] | None:
        """The latest full landscapes, name -> `lossviz.Landscape` (None before the first)."""
        return None if self._full is None else dict(self._full.lands)

    def _render(self, frame: Frame) -> None:
        lvp = _lvp()
        lands = frame.lands
        first = next(iter(lands.values()))
        st = self._state
        metric = _metric_for(first, st.metric)
        kind = "surface3d" if st.view == "surface" else "contour"
        fig = _call(lvp.compare, lands, metric=metric, kind=kind, log=st.scale == "log")
        if kind == "contour":
            _pin_grid_axes(fig, first)
        fig.update_layout(title={"text": self._title(frame, metric)}, height=self._height())
        fig.layout.width = None
        apply_figure(self.figure, fig)
