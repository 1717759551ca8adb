"""`Explorer`: one model's loss landscape, recomputed as the controls move, drawn in the browser.

The compute controls, worker thread, status and offline pictures come from
`lossviz.widgets.base.LandscapeWidget`; this module adds what is particular to one model:
fixed directions (``dirs=``), a training trajectory overlaid on the landscape (with its PCA
directions as an alternative to random ones) and the descent ball's Python entry points.
"""

from __future__ import annotations

import html
from typing import Any

from .base import LandscapeWidget, widget_signature, widgets
from .descent import DescentPath, GridFunction, descend
from .job import Frame
from .state import COMPUTE, ComputeState, WidgetOptions, check_display


def trajectory_kind(trajectory: Any) -> str | None:
    """``"trajectory"`` (a `lossviz.Trajectory`), ``"path"`` (a projected path) or None.

    Raises
    ------
    TypeError
        For anything else.
    """
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


def path_bounds(path: Any, margin: float = 0.3) -> dict[str, tuple[float, float]]:
    """Axis ranges holding a projected path with a relative ``margin`` (PCA mode).

    Parameters
    ----------
    path : ProjectedPath or None
        The path in the (a, b) plane.
    margin : float
        Padding as a fraction of the path's extent per axis.

    Returns
    -------
    dict
        ``{"a": (lo, hi), "b": (lo, hi)}`` rounded to 0.01 (empty without a path).
    """
    if path is None:
        return {}
    out = {}
    for k, name in enumerate(("a", "b")):
        lo, hi = float(path.coords[:, k].min()), float(path.coords[:, k].max())
        pad = max(margin * (hi - lo), 0.1 * max(abs(lo), abs(hi)), 0.05)
        out[name] = (round(lo - pad, 2), round(hi + pad, 2))
    return out


class Explorer(LandscapeWidget):
    """Interactive loss-landscape explorer for one model (Jupyter, VS Code, Voila).

    Controls for the computation: direction seed (and re-roll), normalization, bias/BN
    rule, range of ``a`` and ``b``, resolution, the Hessian eigen-ratio map, random or PCA
    directions with a trajectory, cancel. Everything drawn (2D contour, 3D surface,
    ParaView-style 3D, 1D slice, trajectory with epoch slider, descent ball) is drawn in
    the browser by one `lossviz.widgets.view.LandscapeView`, which also owns the display
    settings (view, metric, colour scale, clip, colormap): changing those never recomputes.
    The computation runs on a worker thread: a coarse *preview* frame first, then the full
    grid with loss and accuracy; a new change cancels the running computation and the last
    change always wins. An eigen-ratio map projected over ``eigen_confirm_s`` asks first.

    Parameters
    ----------
    model : torch.nn.Module
        The model at the center point (never modified). Changed in place (training), it
        is recomputed at the next control change, `refresh` or `wait`.
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data.
    options : WidgetOptions, optional
        The keywords below (all but ``trajectory`` and ``dirs``) as one object
        (`lossviz.widgets.state.WidgetOptions`); keywords given as well override its fields.
    trajectory : lossviz.Trajectory or lossviz.landscape.ProjectedPath, optional
        A training path to overlay. With a `Trajectory`, a "directions" control offers
        its PCA directions (the path then lies in the plane).
    dirs : lossviz.Directions, optional
        Fixed directions instead of random ones (disables seed/normalization controls);
        one direction gives a 1D landscape.
    seed, norm, ignore, resolution
        Initial compute settings (see `lossviz.widgets.state.ComputeState`); ``ignore`` is
        ``"biasbn"`` or ``None``; ``resolution`` defaults to 41.
    a, b : tuple of float
        Initial ``(min, max)`` of the axes; ``b`` defaults to ``a``.
    metric : {"loss", "accuracy", "eigen_ratio"}
        Metric shown first (``"eigen_ratio"`` computes the map).
    scale : {"log", "linear"}
        Colour scale of the loss (default log, like the paper's figures).
    view : {"contour", "surface", "paraview", "1d"}
        View shown first (``"pyvista"`` is accepted for ``"paraview"``).
    clip : float
        Loss drawn clipped at this value (0: no clip).
    colormap : str
        Colormap name (``"auto"``: viridis, coolwarm in the ParaView-style view).
    span : float, optional
        The range sliders' limits ``[-span, span]`` (default: ``max(2, 2 max|a|, 2 max|b|)``).
    loss_fn : callable, optional
        ``f(output, y) -> mean loss``; cross-entropy by default.
    device : str
        ``"auto"``, ``"cpu"``, ``"cuda"``.
    preview_points : int
        Points per axis of the preview frame (0: no preview).
    preview_samples : int
        Data samples used for the preview frame.
    export_dir : str or os.PathLike
        Where the export buttons write.
    export_name : str
        Default file name (without suffix) of exports (``"lossviz-landscape"``).
    snapshot_timeout : float
        Seconds the display waits for the first full frame, so that the output's PNG
        fallback shows it (0: do not wait).
    surface_kwargs : mapping, optional
        More keyword arguments for `lossviz.surface` (``bn``, ``batch_size``, ...).
    eigen_kwargs : mapping, optional
        More keyword arguments for `lossviz.eigen_ratio_surface` (``max_iter``, ``tol``).
    eigen_confirm_s : float or None
        Ask before an eigen-ratio map projected to take longer (seconds; None: never).

    Examples
    --------
    >>> import lossviz as lv                                   # doctest: +SKIP
    >>> ex = lv.Explorer(net, (X, y), resolution=41); ex       # doctest: +SKIP
    >>> ex.set(norm="layer", seed=3); ex.wait(); ex.landscape  # doctest: +SKIP
    """

    _compute_names = COMPUTE
    _defaults = {"resolution": 41, "export_name": "lossviz-landscape"}

    @widget_signature(_defaults)
    def __init__(
        self,
        model: Any,
        data: Any,
        *,
        options: WidgetOptions | None = None,
        trajectory: Any = None,
        dirs: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__()
        opt = self._options(options, kwargs)
        traj_kind = trajectory_kind(trajectory)
        ndim = 2
        if dirs is not None:
            from ..core.directions import Directions

            if not isinstance(dirs, Directions):
                raise TypeError(f"dirs must be lossviz.Directions, got {type(dirs).__name__}")
            if len(dirs) < 1:
                raise ValueError("dirs must hold at least one direction")
            ndim = 1 if len(dirs) == 1 else 2
        if ndim == 1:
            if opt.view != "1d":
                raise ValueError(f"dirs holds one direction: use view='1d', got view={opt.view!r}")
            if opt.metric == "eigen_ratio":
                raise ValueError("metric='eigen_ratio' needs two directions")
        self._setup({"model": model}, data, opt, ndim=ndim, trajectory=trajectory, dirs=dirs)
        self._net_label = type(model).__name__
        self._fixed_dirs = dirs is not None
        self.w_directions = widgets.ToggleButtons(
            options=[("random directions", "random"), ("PCA of the trajectory", "pca")],
            value="random",
            style={"button_width": "auto"},
        )
        rows = self._control_rows()
        if traj_kind == "trajectory":
            self._observed["directions"] = self.w_directions
            rows.append(widgets.HBox([widgets.Label("directions:"), self.w_directions]))
        n_params = sum(p.numel() for p in model.parameters())
        self.children = [
            widgets.HTML(
                f"<b>lossviz Explorer</b> — {html.escape(self._net_label)}, "
                f"{n_params:,} parameters, {self.job.n_samples():,} samples"
            ),
            *rows,
            self._status_row(),
            self.view,
            self._export_row(),
        ]
        self.add_class("lossviz-explorer")
        self._start()

    # -- state --------------------------------------------------------------------
    def _check_state(self, state: ComputeState) -> None:
        if state.directions == "pca" and trajectory_kind(self.job.trajectory) != "trajectory":
            raise ValueError("directions='pca' needs trajectory= a lossviz.Trajectory")
        if state.ndim == 2 and self._fixed_dirs and len(self.job.fixed_dirs) < 2:
            raise ValueError("dirs holds one direction: the landscape is 1D")

    def set(self, **changes: Any) -> None:  # noqa: D102 - documented in the base class
        if changes.get("directions") == "pca" and not {"a", "b"} & set(changes):
            state = self.state.update(directions="pca")
            self._check_state(state)
            changes = {**self._pca_bounds(state), **changes}
        super().set(**changes)

    set.__doc__ = LandscapeWidget.set.__doc__

    def _on_widget(self, name: str, change: dict) -> None:
        if name == "directions" and change["new"] == "pca" and not self._suspend:
            try:  # fit the axes to the training path, which lives in the PCA plane
                self.set(directions="pca")
            except Exception as exc:
                self._show_error(f"{type(exc).__name__}: {exc}")
            return
        super()._on_widget(name, change)

    def _pca_bounds(self, state: ComputeState) -> dict[str, tuple[float, float]]:
        path, _note = self.job.path("model", state)
        return path_bounds(path)

    def _update_enabled(self) -> None:
        super()._update_enabled()
        locked = self._fixed_dirs or self.state.directions == "pca"
        for w in (self.w_seed, self.w_reroll, self.w_norm, self.w_ignore):
            w.disabled = locked

    def _titles(self, frame: Frame) -> dict[str, str]:
        return {"model": self._net_label}

    # -- scripting ------------------------------------------------------------------
    @property
    def landscape(self) -> Any:
        """The landscape of the latest full frame (`lossviz.Landscape`), or None."""
        return None if self._full is None else self._full.lands["model"]

    @property
    def path(self) -> Any:
        """The trajectory projected onto the current frame's directions (or None)."""
        frame = self._frame
        return None if frame is None else frame.paths.get("model")

    def drop_ball(
        self, a: float, b: float, method: str | None = None, lr: float | None = None
    ) -> DescentPath:
        """Drop the descent ball at ``(a, b)``: the browser animates it on the loss.

        The ball always descends the loss (never accuracy), on the bilinear interpolant of
        the finished 2D grid: a picture of the optimizer on the 2-D slice, not training.

        Parameters
        ----------
        a, b : float
            Start point (inside the grid).
        method : {"gd", "momentum", "adam"}, optional
            Optimizer (default: the view's current one).
        lr : float, optional
            Learning rate (default: the view's current one).

        Returns
        -------
        DescentPath
            The path the browser's ball follows, computed by the reference implementation
            `lossviz.widgets.descent.descend` (200 steps at most).
        """
        land = self.landscape
        if land is None or land.ndim != 2:
            raise RuntimeError("the ball needs a finished 2D landscape; call wait() first")
        ball = check_display(
            "ball",
            {
                **self.view.ball,
                "start": [float(a), float(b)],
                "running": True,
                **({"method": method} if method is not None else {}),
                **({"lr": lr} if lr is not None else {}),
            },
        )
        path = descend(
            GridFunction.from_landscape(land, "loss"),
            ball["start"],
            method=ball["method"],
            lr=ball["lr"],
            steps=200,
        )
        self.view.ball = ball
        return path

    def remove_ball(self) -> None:
        """Remove the descent ball."""
        self.view.ball = {**self.view.ball, "start": None, "running": False}


__all__ = ["Explorer", "path_bounds", "trajectory_kind"]
