"""`Compare`: one set of controls drives several models side by side, drawn in the browser.

All panels travel in one frame (one `LandscapeView`), so the front-end draws them on one
colour scale and z range with linked 3D cameras.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from .base import LandscapeWidget, widget_signature, widgets
from .state import WidgetOptions


class Compare(LandscapeWidget):
    """Several models' landscapes side by side, driven by the same controls.

    Every model gets its own random directions from the same seed (so each is
    filter-normalized to its own weights, as in the paper's comparisons); all panels are
    drawn on one colour scale and z range, with linked 3D cameras. Typical uses: skip vs
    no skip, shallow vs deep, small vs large batch.

    Parameters
    ----------
    models : mapping of str to torch.nn.Module
        Display name -> model, e.g. ``{"no skip": m1, "skip": m2}`` (never modified).
        A list is accepted too (panels named ``"model 1"``, ...).
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data, the same for all models.
    options : WidgetOptions, optional
        The keywords below as one object (`lossviz.widgets.state.WidgetOptions`);
        keywords given as well override its fields.
    seed, norm, ignore, a, b, metric, scale, view, clip, colormap, span
        As in `lossviz.Explorer`.
    resolution : int
        Points per axis of the full frames (default 31).
    loss_fn, device, preview_points, preview_samples, export_dir, snapshot_timeout,
    surface_kwargs, eigen_kwargs, eigen_confirm_s
        As in `lossviz.Explorer`.
    export_name : str
        Default file name (without suffix) of exports (``"lossviz-compare"``).

    Examples
    --------
    >>> cmp = lv.Compare({"no skip": m1, "skip": m2}, (X, y))  # doctest: +SKIP
    >>> cmp.set(seed=4); cmp.wait(); cmp.landscapes            # doctest: +SKIP
    """

    _defaults = {"resolution": 31, "export_name": "lossviz-compare"}

    @widget_signature(_defaults)
    def __init__(
        self,
        models: Mapping[str, Any] | list,
        data: Any,
        *,
        options: WidgetOptions | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__()
        opt = self._options(options, kwargs)
        if isinstance(models, (list, tuple)):
            models = {f"model {i + 1}": m for i, m in enumerate(models)}
        if not isinstance(models, Mapping) or len(models) < 1:
            raise TypeError("models must be a non-empty dict name -> torch.nn.Module (or a list)")
        models = {str(k): v for k, v in models.items()}
        self._setup(models, data, opt)
        names = ", ".join(html.escape(n) for n in models)
        self.children = [
            widgets.HTML(
                f"<b>lossviz Compare</b> — {names}: the same seed and settings, each model "
                "with its own directions normalized to its own weights; one shared colour "
                f"scale; {self.job.n_samples():,} samples"
            ),
            *self._control_rows(),
            self._status_row(),
            self.view,
            self._export_row(),
        ]
        self.add_class("lossviz-compare")
        self._start()

    @property
    def landscapes(self) -> dict[str, Any] | None:
        """The latest full landscapes, name -> `lossviz.Landscape` (None before the first)."""
        return None if self._full is None else dict(self._full.lands)

    @property
    def landscape(self) -> Any:
        """The first model's latest full landscape (see `landscapes`), or None."""
        return None if self._full is None else next(iter(self._full.lands.values()))


__all__ = ["Compare"]
