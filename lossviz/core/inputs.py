"""Inputs of the evaluation core: data, metrics, grid axes, device, and the shared constants.

Everything a grid computation validates and normalises before any forward runs lives here,
once: `as_eval_data` turns ``(X, y)`` tensors, Datasets and DataLoaders into batches on the
evaluation device; `resolve_metrics` builds the metric functions (cross-entropy and accuracy
built in); `axis_values`/`grid_axes`/`grid_coefficients` parse and enumerate grid axes (a tuple
is ``(min, max, num)``, a list or array holds coordinates, an ambiguous 3-number list is
refused); `resolve_device` gives the one meaning of ``device``: ``None`` and ``"auto"`` both
mean CUDA when available, else the CPU. `STRATEGIES`, `BN_MODES`, `NEGATIVE_VAR` are the
allowed values of the matching keywords for every caller (surface, tiles, widgets, CLI), and
`EvalOptions` is the one group of evaluation keywords those callers share, validated once.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

from .._util import Options, check_choice, check_positive_int
from .device import resolve_device
from .directions import Directions
from .params import check_model

__all__ = [
    "BN_MODES",
    "MAX_AXIS_POINTS",
    "MAX_GRID_POINTS",
    "NEGATIVE_VAR",
    "STRATEGIES",
    "EvalData",
    "EvalOptions",
    "GRID_AXIS",
    "MAP_AXIS",
    "Metric",
    "accuracy",
    "as_eval_data",
    "axis_values",
    "batch_len",
    "check_axis_range",
    "check_grid_directions",
    "grid_axes",
    "grid_coefficients",
    "move",
    "resolve_device",
    "resolve_metrics",
    "to_tensor",
]

STRATEGIES = ("auto", "loop", "vmap")
BN_MODES = ("eval", "train", "recompute")
NEGATIVE_VAR = ("clamp", "nan")
MAX_AXIS_POINTS = 2001
MAX_GRID_POINTS = 1_000_000
# default grid axes: `surface` and the CLI (41 points on [-1, 1]); the eigen-ratio map,
# where every point costs an eigen-solver run (21 points)
GRID_AXIS = (-1.0, 1.0, 41)
MAP_AXIS = (-1.0, 1.0, 21)

Metric = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


@dataclass(frozen=True, eq=False)
class EvalOptions(Options):
    """How each grid point is evaluated: the keywords shared by the grid functions.

    `lossviz.surface`, `lossviz.distributed.surface_tiles`, `lossviz.eigen_ratio_surface`
    and the widgets take these either one by one (``surface(..., bn="train")``) or as one
    object (``surface(..., options=EvalOptions(bn="train"))``); keywords given next to
    ``options`` override its fields. The values are validated here, once.

    Parameters
    ----------
    strategy, chunk_size, batch_size, bn, subsample, center, workers, bn_data, negative_var
        The keywords of the same names of `lossviz.surface`, which explains each of them.
    """

    strategy: str = "auto"
    chunk_size: int | None = None
    batch_size: int | None = None
    bn: str = "eval"
    subsample: int | None = None
    center: Any = None
    workers: int | str = "auto"
    bn_data: Any = None
    negative_var: str = "clamp"

    def __post_init__(self) -> None:
        check_choice("strategy", self.strategy, STRATEGIES)
        check_choice("bn", self.bn, BN_MODES)
        check_choice("negative_var", self.negative_var, NEGATIVE_VAR)
        check_positive_int("chunk_size", self.chunk_size, optional=True)
        check_positive_int("subsample", self.subsample, optional=True)
        if self.workers != "auto":
            check_positive_int("workers", self.workers, expected="'auto' or a positive integer")
        if self.bn_data is not None and self.bn != "recompute":
            raise ValueError(f"bn_data is used only with bn='recompute', got bn={self.bn!r}")

    def unsupported(self, where: str, *names: str) -> None:
        """Raise ``ValueError`` if any of the fields ``names`` differs from its default.

        Parameters
        ----------
        where : str
            What does not support them, for the message (e.g. ``"executor/tiles/store"``).
        *names : str
            Field names.
        """
        default = type(self)()
        given = [n for n in names if not _same(getattr(self, n), getattr(default, n))]
        if given:
            verb = "is" if len(given) == 1 else "are"
            raise ValueError(f"{'= and '.join(given)}= {verb} not supported with {where}")


def _same(value: Any, default: Any) -> bool:
    return value is None if default is None else value == default


def _reads_as_linspace(spec: Any) -> bool:
    """Whether a 3-item list would also be a valid ``(min, max, num)`` specification."""
    try:
        lo, hi, num = (float(v) for v in spec)
    except (TypeError, ValueError):
        return False
    return (
        all(isinstance(v, (int, float, np.integer, np.floating)) for v in spec)
        and not any(isinstance(v, bool) for v in spec)
        and math.isfinite(lo)
        and math.isfinite(hi)
        and lo < hi
        and num.is_integer()
        and 2 <= num <= MAX_AXIS_POINTS
    )


def axis_values(spec: Any, name: str) -> np.ndarray:
    """Parse a grid axis: a tuple ``(min, max, num)`` or explicit increasing coordinates.

    The rule: a **tuple** of three items is ``(min, max, num)``; a list, numpy array or
    tensor holds the coordinates themselves. A *list* of exactly three numbers that would
    also read as ``(min, max, num)`` (such as ``[-1, 1, 41]``) is refused as ambiguous: write
    ``(-1, 1, 41)`` for 41 points from -1 to 1, or ``np.array([-1, 1, 41])`` for these three
    coordinates.

    Parameters
    ----------
    spec : tuple or array_like
        ``(min, max, num)`` with ``min < max`` and ``2 <= num <= 2001``, or explicit values.
    name : str
        Argument name for error messages (``"a"`` or ``"b"``).

    Returns
    -------
    numpy.ndarray
        float64 coordinates.
    """
    if isinstance(spec, tuple) and len(spec) == 3:
        lo, hi, num = spec
        if not all(isinstance(v, (int, float, np.integer, np.floating)) for v in (lo, hi)):
            raise TypeError(f"{name}=(min, max, num) needs numbers, got {spec!r}")
        if isinstance(num, bool) or not isinstance(num, (int, np.integer)):
            raise TypeError(f"{name}: the number of points must be an integer, got {num!r}")
        if not (math.isfinite(lo) and math.isfinite(hi)):
            raise ValueError(f"{name}: bounds must be finite, got {spec!r}")
        if lo >= hi:
            raise ValueError(f"{name}: min must be < max, got min={lo!r}, max={hi!r}")
        if num < 2 or num > MAX_AXIS_POINTS:
            raise ValueError(
                f"{name}: the number of points must be in [2, {MAX_AXIS_POINTS}], got {num}"
            )
        with np.errstate(over="ignore", invalid="ignore"):
            vals = np.linspace(float(lo), float(hi), int(num))
        if not (np.all(np.isfinite(vals)) and np.all(np.isfinite(np.diff(vals)))):
            raise ValueError(
                f"{name}={spec!r}: the grid overflows float64 (max - min is not finite); "
                "use smaller bounds"
            )
        return vals
    if isinstance(spec, list) and len(spec) == 3 and _reads_as_linspace(spec):
        lo, hi, num = spec
        raise ValueError(
            f"{name}={spec!r} is ambiguous: write {name}=({lo!r}, {hi!r}, {int(num)}) (a tuple) "
            f"for {int(num)} points from {lo!r} to {hi!r}, or {name}=np.array({spec!r}) for "
            "these three coordinates"
        )
    try:
        vals = np.asarray(spec, dtype=np.float64)
    except (TypeError, ValueError, RuntimeError):
        raise TypeError(
            f"{name} must be (min, max, num) or a sequence of numbers, got {spec!r}"
        ) from None
    if vals.ndim != 1 or vals.size < 2 or vals.size > MAX_AXIS_POINTS:
        raise ValueError(
            f"{name} must be (min, max, num) or 2..{MAX_AXIS_POINTS} increasing "
            f"values, got shape {vals.shape}"
        )
    with np.errstate(over="ignore", invalid="ignore"):
        steps = np.diff(vals)
    if not np.all(np.isfinite(vals)) or not np.all(steps > 0):
        raise ValueError(f"{name} values must be finite and strictly increasing")
    return vals


def check_axis_range(coords: Sequence[np.ndarray], dirs: Directions, dtype: torch.dtype) -> None:
    """Refuse coordinates that would move the weights past the largest number of ``dtype``.

    Parameters
    ----------
    coords : sequence of numpy.ndarray
        The grid axes (``a``, then ``b``).
    dirs : Directions
        The directions the coordinates multiply.
    dtype : torch.dtype
        The parameters' floating dtype.
    """
    if not dtype.is_floating_point:
        return
    big = float(torch.finfo(dtype).max)
    for name, vals, d in zip("ab", coords, dirs, strict=False):
        scale = max((float(t.detach().abs().max()) for t in d.values() if t.numel()), default=1.0)
        top = float(np.abs(vals).max())
        if not math.isfinite(top * max(scale, 1e-30)) or top * scale >= big:
            raise ValueError(
                f"{name}: coordinates up to {top:.3g} times a direction entry of {scale:.3g} "
                f"overflow the model's {str(dtype).replace('torch.', '')} parameters "
                f"(largest {big:.3g}); use smaller bounds"
            )


@dataclass
class EvalData:
    """Evaluation data on one device, as a list of ``(x, y)`` batches."""

    batches: list[tuple[Any, torch.Tensor]]
    n: int
    subsampled: bool = False


def to_tensor(v: Any, name: str) -> torch.Tensor:
    """``v`` as a tensor (numpy arrays are wrapped without a copy); TypeError naming ``name``."""
    if isinstance(v, torch.Tensor):
        return v
    if isinstance(v, np.ndarray):
        return torch.from_numpy(v)
    raise TypeError(f"{name} must be a torch.Tensor or numpy array, got {type(v).__name__}")


def move(x: Any, device: torch.device) -> Any:
    """``x`` (a tensor, or a tuple/list of them, nested) moved to ``device``."""
    if isinstance(x, torch.Tensor):
        return x.to(device)
    if isinstance(x, (tuple, list)):
        return type(x)(move(v, device) for v in x)
    return x


def batch_len(x: Any) -> int:
    """Samples in a batch input ``x`` (the first tensor's length for tuple inputs)."""
    return len(x[0]) if isinstance(x, (tuple, list)) else len(x)


def as_eval_data(
    data: Any,
    device: torch.device,
    batch_size: int | None = None,
    subsample: int | None = None,
    seed: int = 0,
) -> EvalData:
    """Normalize ``data`` into batches on ``device``.

    Parameters
    ----------
    data : tuple of (X, y), torch.utils.data.Dataset or DataLoader
        Tensors (or numpy arrays) ``X`` and ``y`` of equal length, a map-style dataset
        yielding ``(x, y)`` pairs, or any iterable of ``(x, y)`` batches.
    device : torch.device
        Where the batches are kept for the whole computation.
    batch_size : int, optional
        Split ``(X, y)`` data into batches of at most this many samples (default: 8192).
    subsample : int, optional
        Keep only this many samples (a seeded random subset), for fast previews.
    seed : int
        Seed of the subsample.

    Returns
    -------
    EvalData
    """
    from torch.utils.data import DataLoader, Dataset

    check_positive_int("batch_size", batch_size, optional=True)
    if isinstance(data, EvalData):
        return data
    if (
        isinstance(data, (tuple, list))
        and len(data) == 2
        and not isinstance(data[0], tuple)
        and isinstance(data[0], (torch.Tensor, np.ndarray))
    ):
        X, y = to_tensor(data[0], "data[0] (X)"), to_tensor(data[1], "data[1] (y)")
        if len(X) == 0:
            raise ValueError("data is empty: X has no samples")
        if len(X) != len(y):
            raise ValueError(f"data: X has {len(X)} samples but y has {len(y)}")
        if X.device != y.device:
            raise ValueError(
                f"data: X is on {X.device} but y is on {y.device}; put them on "
                "one device (lossviz then moves them to the evaluation device)"
            )
        subsampled = False
        if subsample is not None and subsample < len(X):
            idx = torch.randperm(len(X), generator=torch.Generator().manual_seed(seed))[:subsample]
            idx = idx.sort().values.to(X.device)
            X, y = X[idx], y[idx]
            subsampled = True
        X, y = X.to(device), y.to(device)
        bs = batch_size or 8192
        batches = [(X[i : i + bs], y[i : i + bs]) for i in range(0, len(X), bs)]
        return EvalData(batches, len(X), subsampled)
    if isinstance(data, Dataset) and not isinstance(data, Iterable):
        if not hasattr(data, "__len__"):
            raise TypeError("data: a map-style Dataset must define __len__")
        data = DataLoader(data, batch_size=batch_size or 1024, shuffle=False)
    if isinstance(data, (DataLoader, Iterable)) and not isinstance(data, (str, bytes, Mapping)):
        batches = []
        n = 0
        for item in data:
            if not isinstance(item, (tuple, list)) or len(item) < 2:
                raise TypeError("data batches must be (x, y) pairs")
            x, y = move(item[0], device), move(item[1], device)
            batches.append((x, y))
            n += batch_len(x)
            if subsample is not None and n >= subsample:
                break
        if n == 0:
            raise ValueError("data is empty: the loader yielded no samples")
        return EvalData(batches, n, subsample is not None)
    raise TypeError(
        "data must be (X, y) tensors, a torch Dataset, or a DataLoader / iterable "
        f"of (x, y) batches; got {type(data).__name__}"
    )


def accuracy(output: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Classification accuracy in [0, 1] (argmax of logits; sign for one logit).

    Parameters
    ----------
    output : torch.Tensor
        Logits, ``(N, C)`` or ``(N,)``/``(N, 1)`` for binary problems.
    target : torch.Tensor
        Class indices ``(N,)`` (or 0/1 for binary).

    Returns
    -------
    torch.Tensor
        Scalar.
    """
    if output.dim() == 1 or output.shape[-1] == 1:
        pred = (output.reshape(target.shape) > 0).to(target.dtype)
    else:
        pred = output.argmax(dim=-1)
        if target.dim() == pred.dim() + 1:  # one-hot or soft targets
            target = target.argmax(dim=-1)
    return (pred == target).to(torch.float32).mean()


def resolve_metrics(
    metrics: Sequence[str] | Mapping[str, Metric] | str, loss_fn: Metric | None
) -> OrderedDict[str, Metric]:
    """Build the ordered mapping of metric functions ``(output, y) -> scalar mean``.

    Parameters
    ----------
    metrics : sequence of str, mapping, or str
        Names of built-ins (``"loss"``, ``"accuracy"``) or a mapping name -> function.
    loss_fn : callable, optional
        The loss (mean over the batch); cross-entropy by default.

    Returns
    -------
    OrderedDict of str to callable
    """
    loss = loss_fn if loss_fn is not None else nn.functional.cross_entropy
    if loss_fn is not None and not callable(loss_fn):
        raise TypeError(f"loss_fn must be callable (output, target) -> scalar, got {loss_fn!r}")
    builtins: dict[str, Metric] = {"loss": loss, "accuracy": accuracy}
    if isinstance(metrics, str):
        metrics = (metrics,)
    out: OrderedDict[str, Metric] = OrderedDict()
    if isinstance(metrics, Mapping):
        for k, f in metrics.items():
            if not callable(f):
                raise TypeError(f"metrics[{k!r}] must be callable (output, target) -> scalar")
            out[str(k)] = f
    else:
        for m in metrics:
            if m not in builtins:
                raise ValueError(
                    f"metrics: unknown metric {m!r}; built-ins are "
                    f"{sorted(builtins)}, or pass a mapping name -> function"
                )
            out[m] = builtins[m]
    if not out:
        raise ValueError("metrics must name at least one metric")
    return out


def grid_coefficients(coords: Sequence[np.ndarray]) -> np.ndarray:
    """All grid points as an ``(n_points, ndim)`` array, row-major (``[i, j]`` order).

    Parameters
    ----------
    coords : sequence of numpy.ndarray
        ``(a,)`` or ``(a, b)``.

    Returns
    -------
    numpy.ndarray
    """
    mesh = np.meshgrid(*coords, indexing="ij")
    return np.stack([m.ravel() for m in mesh], axis=1)


def grid_axes(dirs: Sequence[Any], a: Any, b: Any) -> list[np.ndarray]:
    """The grid's coordinate arrays for one or two directions, validated.

    Parameters
    ----------
    dirs : Directions
        One or two directions.
    a, b : tuple (min, max, num) or array_like
        The axes; ``b`` defaults to ``a`` with two directions and must be None with one.

    Returns
    -------
    list of numpy.ndarray
    """
    coords = [axis_values(a, "a")]
    if len(dirs) == 2:
        coords.append(axis_values(a if b is None else b, "b"))
    elif b is not None:
        raise ValueError(
            "b was given but dirs holds one direction; pass two directions for a 2D surface"
        )
    npts = math.prod(c.size for c in coords)
    if npts > MAX_GRID_POINTS:
        raise ValueError(f"the grid has {npts} points; at most {MAX_GRID_POINTS} are allowed")
    return coords


def check_grid_directions(model: nn.Module, dirs: Any) -> None:
    """Validate a model and the one or two directions of a 1D/2D grid around it.

    Parameters
    ----------
    model : torch.nn.Module
        The model at the center point.
    dirs : Directions
        Must hold 1 or 2 directions matching the model's tensors.
    """
    check_model(model)
    if not isinstance(dirs, Directions):
        raise TypeError(
            f"dirs must be lossviz.Directions (see lv.random_directions), got {type(dirs).__name__}"
        )
    if len(dirs) not in (1, 2):
        raise ValueError(f"dirs must hold 1 (1D) or 2 (2D) directions, got {len(dirs)}")
    dirs.check_model(model, "dirs")
