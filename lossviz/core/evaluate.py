"""The public grid functions of the evaluation core: `surface` and `interpolate`.

`surface` evaluates metrics on a 1D or 2D grid ``theta* + a d1 + b d2`` around a model and
returns a `Landscape`; `interpolate` is the 1D line between two models. Both validate their
arguments with `inputs`, evaluate with `engine.Engine` copies of the model (one per worker
thread), plan and run the points with `schedule`, and keep progress, callbacks, cancel and
the partial result in a `grid.GridRun`. ``surface(executor=...)`` (or ``tiles``/``store``)
hands the grid to the tiled driver in `lossviz.distributed` through a lazy import, the one
import from the core upwards.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import torch
from torch import nn

from .._util import options_signature
from ..landscape import Landscape
from ._cpu import retained_memory
from .directions import Directions, interpolation_direction
from .engine import Engine
from .grid import Cancelled, GridRun
from .inputs import (
    GRID_AXIS,
    EvalOptions,
    Metric,
    as_eval_data,
    check_axis_range,
    check_grid_directions,
    grid_axes,
    grid_coefficients,
    resolve_device,
    resolve_metrics,
)
from .params import preserved, state_tensors
from .schedule import Stopped, count_workers, evaluate_points, evaluate_threads

# `Cancelled`, `as_eval_data` and `resolve_device` are also imported from here by older code
# (the widgets, benchmarks); they live in `grid` and `inputs`.
__all__ = ["Cancelled", "as_eval_data", "interpolate", "resolve_device", "surface"]


@options_signature(EvalOptions)
def surface(
    model: nn.Module,
    data: Any,
    dirs: Directions,
    a: Any = GRID_AXIS,
    b: Any = None,
    metrics: Sequence[str] | Mapping[str, Metric] = ("loss", "accuracy"),
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    progress: bool = True,
    *,
    options: EvalOptions | None = None,
    cancel: Any = None,
    callback: Callable[[Landscape, int, int], None] | None = None,
    store_directions: bool = True,
    executor: Any = None,
    tiles: int | None = None,
    store: Any = None,
    resume: bool = False,
    **kwargs: Any,
) -> Landscape:
    """Evaluate metrics on a 1D or 2D grid around the model: ``L(theta* + a d1 + b d2)``.

    Parameters
    ----------
    model : torch.nn.Module
        The model at the center point; it is never modified (bit-identical afterwards,
        also after an exception or a cancel). Evaluation runs on a private copy that
        carries none of the model's own forward/backward hooks (hooks registered globally
        with ``torch.nn.modules.module.register_module_forward_hook`` still run).
        Parameters must be floating point; the model must hold weights (not ``meta``).
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data; kept on the evaluation device for the whole computation.
    dirs : Directions
        One direction (1D landscape) or two (2D surface), e.g. from `random_directions`.
    a, b : tuple (min, max, num) or array_like
        Grid axes. ``b`` defaults to ``a`` with two directions; omit it with one. A
        **tuple** ``(min, max, num)`` gives ``num`` evenly spaced points; a list, numpy array
        or tensor gives the coordinates themselves (strictly increasing). A list of three
        numbers that also reads as ``(min, max, num)``, such as ``[-1, 1, 41]``, is refused
        as ambiguous: write ``(-1, 1, 41)`` or ``np.array([-1, 1, 41])``. Coordinates that
        would move a weight past the largest float of the parameters' dtype are refused.
    metrics : sequence of str or mapping
        ``"loss"`` and/or ``"accuracy"``, or a mapping name -> ``f(output, y)`` (mean).
        Each function must return a scalar tensor (the mean over the batch). With the
        built-in metrics, integer labels must be class indices in ``[0, n_outputs)``
        (``-100``, cross-entropy's ``ignore_index``, is skipped by the loss).
    loss_fn : callable, optional
        ``f(output, y) -> mean loss``; cross-entropy by default.
    device : str or torch.device
        ``"auto"`` (CUDA when available), ``"cpu"``, ``"cuda"``.
    progress : bool
        Show a tqdm progress bar (notebook-aware).
    options : EvalOptions, optional
        The evaluation keywords below (``strategy`` ... ``negative_var``) as one object;
        keywords given as well override its fields.
    strategy : {"auto", "loop", "vmap"}
        Evaluation strategy; ``"auto"`` measures both and picks the faster.
    chunk_size : int, optional
        Grid points per vectorized chunk (default: from free memory).
    batch_size : int, optional
        Samples per forward pass for ``(X, y)`` data (default 8192).
    bn : {"eval", "train", "recompute"}
        How normalization layers are evaluated; only they change mode, Dropout and every
        other module stay in eval mode. ``"eval"`` (default): BatchNorm uses the running
        statistics stored in the model, as at inference; right for the model as deployed
        and for small steps around it, but far from ``theta*`` those statistics no longer
        match the moved weights, which adds a mismatch of its own to the landscape.
        ``"train"``: every forward normalizes with the statistics of its own batch (the
        landscape the optimizer saw, batch by batch; depends on ``batch_size``).
        ``"recompute"``: at every grid point the BatchNorm running statistics are
        recomputed from ``bn_data`` (cumulative average, ``momentum=None``, as
        ``torch.optim.swa_utils.update_bn``) before the evaluation in eval mode: the
        landscape of the network as it would be deployed at that point, without stale
        statistics; costs one extra forward over ``bn_data`` per point and always runs
        the per-point loop.
    subsample : int, optional
        Evaluate on a seeded random subset of this many samples (fast preview; the
        result's ``meta["preview"]`` is True).
    center : torch.nn.Module or mapping, optional
        Center point ``theta*`` if not the model's own weights.
    cancel : threading.Event or callable, optional
        Checked between chunks; when set, raises `Cancelled` carrying the partial result.
    callback : callable, optional
        Called as ``callback(partial_landscape, done, total)`` after every chunk.
    store_directions : bool
        Keep the directions (as numpy) in the result so they are saved with it.
    executor, tiles, store, resume
        Tiled evaluation (`lossviz.distributed.surface_tiles`): the grid is cut into about
        ``tiles`` tiles evaluated by ``executor`` (a ``concurrent.futures.Executor``, an
        ``mpi4py.futures.MPIPoolExecutor``, a dask ``Client``, or None for this process),
        finished tiles are written to the directory ``store``, and ``resume=True``
        continues an interrupted run there. Giving any of them selects this path.
    workers : int or "auto"
        Threads that share the grid, each with one intra-op thread. ``"auto"``: on the
        CPU one per intra-op thread (``torch.get_num_threads()``, at most 8, each with at
        least 32 points) when the model's largest layer output is 256 KB or more, where
        independent forwards on separate cores beat one forward spread over all cores;
        otherwise, and on GPU, 1.
    bn_data : tuple of (X, y), Dataset or DataLoader, optional
        With ``bn="recompute"``: the (training) batches the statistics are recomputed from
        (a few batches are enough); default: the evaluation data.
    negative_var : {"clamp", "nan"}
        Directions that move BatchNorm running variances (interpolation, directions with
        buffers) can make one negative, e.g. where ``1 + a + b < 0``. ``"clamp"`` (default)
        clamps it to 0 and warns once with the number of such points; ``"nan"`` gives NaN
        there, as the original loss-landscape code does.

    Returns
    -------
    Landscape
        ``land.coords == (a_values, b_values)``; ``land["loss"][i, j]`` is the loss at
        ``(a_values[i], b_values[j])``. Non-finite values are NaN (with a warning).

    Examples
    --------
    >>> import torch, lossviz as lv
    >>> X, y = torch.randn(64, 2), torch.randint(0, 3, (64,))
    >>> net = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3))
    >>> dirs = lv.random_directions(net, n=2, seed=0)
    >>> land = lv.surface(net, (X, y), dirs, a=(-1, 1, 5), b=(-1, 1, 4), progress=False)
    >>> land["loss"].shape
    (5, 4)
    """
    opt = EvalOptions.of(options, kwargs, where="surface")
    if executor is not None or tiles is not None or store is not None or resume:
        opt.unsupported("executor/tiles/store", "center", "workers", "bn_data", "negative_var")
        from ..distributed import surface_tiles  # lazy: the core never imports dask/mpi

        return surface_tiles(
            model, data, dirs, a, b, metrics, loss_fn, device, progress, options=opt,
            executor=executor, tiles=tiles, store=store, resume=resume,
            cancel=cancel, callback=callback, store_directions=store_directions,
        )  # fmt: skip
    check_grid_directions(model, dirs)
    coords = grid_axes(dirs, a, b)
    check_axis_range(coords, dirs, next(p.dtype for p in model.parameters()))
    npts = math.prod(c.size for c in coords)
    fns = resolve_metrics(metrics, loss_fn)
    dev = resolve_device(device)
    edata = as_eval_data(data, dev, batch_size=opt.batch_size, subsample=opt.subsample)
    bn, bn_data = opt.bn, opt.bn_data
    bdata = None if bn_data is None else as_eval_data(bn_data, dev, batch_size=opt.batch_size)
    center_t = None if opt.center is None else state_tensors(opt.center, model, "center")
    C = grid_coefficients(coords)
    # before the grid: a direction that cannot be stored must not cost the computed result
    stored = dirs.numpy() if store_directions else None

    def make_engine() -> Engine:
        eng = Engine(model, edata, dirs, fns, dev, center_t, bn=bn, bn_data=bdata)
        eng.probe()
        return eng

    run = GridRun(
        coords, list(fns), _meta(model, dirs, edata, dev, fns, loss_fn, bn),
        progress=progress, desc="lossviz surface", cancel=cancel, callback=callback,
    )  # fmt: skip
    with run, preserved(model), torch.no_grad(), retained_memory(dev):
        first_engine = make_engine()
        negative = first_engine.negative_variances(C) if bn == "eval" else None
        nworkers = count_workers(opt.workers, dev, npts, first_engine)
        run.meta["workers"] = nworkers
        engines = iter([first_engine])

        def next_engine() -> Engine:
            eng = next(engines, None) or make_engine()
            eng.mem_share = 1.0 / nworkers
            return eng

        if nworkers == 1:
            try:
                evaluate_points(
                    next_engine, C, run.values, opt.strategy, opt.chunk_size, run.cancelled,
                    run.advance,
                )  # fmt: skip
            except Stopped:
                run.stop()
        else:
            evaluate_threads(
                next_engine, C, run.values, opt.strategy, opt.chunk_size, nworkers, run
            )
    if negative is not None and negative.any():
        _negative_variances(run, negative, opt.negative_var)
    else:
        negative = None
    nan_mask = negative if opt.negative_var == "nan" else None
    return run.finish(stored, expected_nan=nan_mask)


def _negative_variances(run: GridRun, negative: np.ndarray, mode: str) -> None:
    """Record (and with ``mode="nan"`` apply) the points with a negative BatchNorm variance."""
    count = int(negative.sum())
    run.meta["negative_variance_points"] = count
    if mode == "nan":
        run.values[negative] = np.nan
    warnings.warn(
        f"lossviz: at {count} of {run.npts} grid points a BatchNorm running variance moved "
        "along the directions is negative (e.g. where 1 + a + b < 0); "
        + (
            "those points are NaN (negative_var='nan')"
            if mode == "nan"
            else "it is clamped to 0 there (negative_var='clamp'); pass "
            "negative_var='nan' for NaN, as the original loss-landscape code gives"
        ),
        RuntimeWarning,
        stacklevel=3,
    )


def _meta(model, dirs, edata, dev, fns, loss_fn, bn) -> dict:
    return {
        "kind": "surface" if len(dirs) == 2 else "line",
        "directions": dirs.describe(),
        "axis_labels": dirs.axis_labels,
        "model": type(model).__name__,
        "n_params": int(sum(p.numel() for p in model.parameters())),
        "n_samples": int(edata.n),
        "preview": bool(edata.subsampled),
        "metrics": list(fns),
        "loss_fn": getattr(loss_fn, "__name__", type(loss_fn).__name__)
        if loss_fn
        else "cross_entropy",
        "bn": bn,
        "device": str(dev),
        "torch_version": torch.__version__,
        "seed": dirs.meta.get("seed"),
        "norm": dirs.meta.get("norm"),
    }


def interpolate(
    model_a: nn.Module,
    model_b: nn.Module | Mapping[str, torch.Tensor],
    data: Any,
    a: Any = (-0.5, 1.5, 41),
    metrics: Sequence[str] | Mapping[str, Metric] = ("loss", "accuracy"),
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    progress: bool = True,
    **kwargs: Any,
) -> Landscape:
    """1D linear interpolation ``L((1 - a) theta_a + a theta_b)`` (Goodfellow et al.).

    Floating-point buffers (BatchNorm statistics) are interpolated too, so ``a = 0`` and
    ``a = 1`` reproduce the two models exactly.

    Parameters
    ----------
    model_a : torch.nn.Module
        The point at ``a = 0`` (not modified).
    model_b : torch.nn.Module or mapping
        The point at ``a = 1``: a model of the same architecture or its state dict.
    data : tuple of (X, y), Dataset or DataLoader
    a : tuple (min, max, num) or array_like
        Interpolation coefficients, default ``(-0.5, 1.5, 41)``.
    metrics, loss_fn, device, progress
        As in `surface`.
    **kwargs
        Passed to `surface` (``strategy``, ``bn``, ``cancel``, ...).

    Returns
    -------
    Landscape
        A 1D landscape.
    """
    dirs = interpolation_direction(model_a, model_b)
    land = surface(
        model_a,
        data,
        dirs,
        a=a,
        metrics=metrics,
        loss_fn=loss_fn,
        device=device,
        progress=progress,
        **kwargs,
    )
    land.meta["kind"] = "interpolation"
    return land
