"""The evaluation core: metrics of a model at many points ``theta* + sum_k c_k d_k``.

Two exact strategies, chosen per model, data size and device by measuring both on the first
chunks of the grid (every measured point is a real grid point), then cached:

- ``"loop"``: one forward per grid point on the engine's private copy of the model, whose
  tensors along the directions live in one flat buffer (a point is written with
  ``1 + n_directions`` vector ops). When the first parameterized layer sees the raw input
  and is linear in its weights (Linear, Conv, Embedding), its output is computed once per
  direction and combined per point: ``x W^T -> x W0^T + a x D1^T + b x D2^T``.
- ``"vmap"``: chunks of K grid points evaluated together with
  ``torch.vmap(functional_call)``, so each layer becomes a batched matmul. It wins where
  one forward is small (small data or models, previews, GPU). Models it cannot run
  (in-place buffer updates, some RNN kernels) fall back to the loop with a warning.

Every grid point sees the model's buffers as they were: a forward that updates a buffer in
place gets the saved buffers back before every point, and vmap (whose points would share
the buffer) falls back to the loop with a warning. The engine's copy of the model carries
no user hooks. ``bn`` changes normalization layers only (Dropout stays off).

On the CPU, compute-bound grids are split over worker threads with one intra-op thread each,
convolution weights may be stored channels-last, narrow Linear layers run transposed, and
glibc keeps activation memory between points (``_cpu.py``); each of these (and the
first-layer shortcut) is used only where it is as accurate as the plain forward, measured
against a float64 evaluation at two points.
"""

from __future__ import annotations

import copy
import math
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.func import functional_call

from .._util import check_choice, check_positive_int
from ..landscape import Landscape
from ._cpu import retained_memory
from .directions import Directions, interpolation_direction
from .norm import batchnorm_layers, recompute_bn, set_norm_mode
from .params import check_model, preserved

STRATEGIES = ("auto", "loop", "vmap")
BN_MODES = ("eval", "train", "recompute")
NEGATIVE_VAR = ("clamp", "nan")
MAX_AXIS_POINTS = 2001
MAX_GRID_POINTS = 1_000_000

Metric = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


class Cancelled(Exception):
    """Raised when a computation is cancelled; ``.landscape`` holds the partial result."""

    def __init__(self, message: str = "computation cancelled", landscape: Landscape | None = None):
        super().__init__(message)
        self.landscape = landscape


# ---------------------------------------------------------------------- inputs
def resolve_device(device: str | torch.device | None) -> torch.device:
    """Turn ``"auto"`` (CUDA when available, else CPU) or a name into a ``torch.device``.

    Parameters
    ----------
    device : str, torch.device or None
        ``"auto"``/``None``, ``"cpu"``, ``"cuda"``, ``"cuda:1"``, ...

    Returns
    -------
    torch.device
    """
    if device is None or device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        dev = torch.device(device)
    except (RuntimeError, TypeError):
        raise ValueError(
            f"device={device!r} is not a valid torch device; use 'auto', 'cpu' or 'cuda'"
        ) from None
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise ValueError("device='cuda' was requested but CUDA is not available; use 'auto'")
    return dev


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


def _to_tensor(v: Any, name: str) -> torch.Tensor:
    if isinstance(v, torch.Tensor):
        return v
    if isinstance(v, np.ndarray):
        return torch.from_numpy(v)
    raise TypeError(f"{name} must be a torch.Tensor or numpy array, got {type(v).__name__}")


def _move(x: Any, device: torch.device) -> Any:
    if isinstance(x, torch.Tensor):
        return x.to(device)
    if isinstance(x, (tuple, list)):
        return type(x)(_move(v, device) for v in x)
    return x


def _batch_len(x: Any) -> int:
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
        X, y = _to_tensor(data[0], "data[0] (X)"), _to_tensor(data[1], "data[1] (y)")
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
            x, y = _move(item[0], device), _move(item[1], device)
            batches.append((x, y))
            n += _batch_len(x)
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


# ---------------------------------------------------------------------- engine
_HOOK_DICTS = ("_forward_hooks", "_forward_pre_hooks", "_backward_hooks", "_backward_pre_hooks")
_HOOK_FLAGS = ("_forward_hooks_with_kwargs", "_forward_hooks_always_called",
               "_forward_pre_hooks_with_kwargs")  # fmt: skip


def _torch_hook(hook: Any) -> bool:
    """Hooks installed by torch itself (weight_norm, spectral_norm, pruning) are kept."""
    where = getattr(hook, "__module__", None) or type(hook).__module__
    return isinstance(where, str) and (where == "torch" or where.startswith("torch."))


def private_copy(model: nn.Module) -> nn.Module:
    """A deep copy of ``model`` without the user's forward/backward hooks.

    Hooks that torch installs to compute a weight (``weight_norm``, ``spectral_norm``,
    pruning) are kept; every other hook stays on the user's model only, and is neither
    called by nor copied into lossviz's evaluation copy (a hook holding activations would
    otherwise grow at every grid point, and a bound-method hook would copy its object).

    Parameters
    ----------
    model : torch.nn.Module

    Returns
    -------
    torch.nn.Module
    """
    memo: dict[int, Any] = {}
    for mod in model.modules():
        kept: set[int] = set()
        for attr in _HOOK_DICTS:
            hooks = getattr(mod, attr, None)
            if hooks:
                own = OrderedDict((k, h) for k, h in hooks.items() if _torch_hook(h))
                kept.update(own)
                memo[id(hooks)] = copy.deepcopy(own, memo)
        for attr in _HOOK_FLAGS:
            flags = getattr(mod, attr, None)
            if flags:
                memo[id(flags)] = OrderedDict((k, v) for k, v in flags.items() if k in kept)
    try:
        return copy.deepcopy(model, memo)
    except Exception as exc:  # pragma: no cover - exotic modules
        raise TypeError(f"model cannot be copied for evaluation ({exc})") from exc


class BufferMutation(RuntimeError):
    """The model's forward changed a buffer that vectorized evaluation shares between points."""


def _scalar_metric(name: str, value: Any) -> torch.Tensor:
    """A metric's value as a float64 scalar, or a clear error naming the function."""
    who = "loss_fn" if name == "loss" else f"metrics[{name!r}]"
    if not isinstance(value, torch.Tensor):
        raise TypeError(
            f"{who} must return a scalar torch.Tensor (the mean over the batch), "
            f"it returned {type(value).__name__}"
        )
    if value.numel() != 1:
        raise ValueError(
            f"{who} returned a tensor of shape {tuple(value.shape)}; it must return one "
            "number per batch (the mean over the samples, e.g. reduction='mean')"
        )
    return value.detach().to(torch.float64).reshape(())


def _to_float64(x: Any) -> Any:
    if isinstance(x, torch.Tensor):
        return x.double() if x.is_floating_point() else x
    if isinstance(x, (tuple, list)):
        return type(x)(_to_float64(v) for v in x)
    return x


class _Engine:
    """Evaluates metric values at coefficient vectors for one model/data/directions.

    The engine works on its own copy of the model (moved to the evaluation device, without
    the user's hooks), so the per-point loop can write weights in place like the classic
    implementation while the user's model is never touched, even transiently (widgets
    compute in a thread). Every grid point sees the model's buffers as they were: buffers
    that a forward updates in place are reset before every point (loop), and vectorized
    chunks that would share a changed buffer between points are refused (`BufferMutation`).
    """

    def __init__(
        self,
        model: nn.Module,
        data: EvalData,
        dirs: Directions,
        metrics: OrderedDict[str, Metric],
        device: torch.device,
        center: Mapping[str, torch.Tensor] | None = None,
        bn: str = "eval",
        bn_data: EvalData | None = None,
        dtype: torch.dtype | None = None,
    ):
        self.data = data
        self.metrics = metrics
        self.device = device
        self.source_id = id(model)
        self.spec = (model, dirs, center)  # to build the float64 reference of `setup`
        self.bn = bn
        self.bn_data = bn_data if bn_data is not None else data
        net = private_copy(model).to(device)
        if dtype is not None:
            net = net.to(dtype)
        set_norm_mode(net, bn == "train")
        if bn == "train":  # batch statistics, without updating the running ones
            for _, m in batchnorm_layers(net):
                m.track_running_stats = False
        for p in net.parameters():
            p.requires_grad_(False)
        self.model = net
        live = OrderedDict(net.named_parameters())
        live.update(net.named_buffers())
        self.live = live
        if center is not None:
            with torch.no_grad():
                for n, t in center.items():
                    live[n].copy_(t.to(device, live[n].dtype))
        self.dnames = list(dirs.names)
        self.flat: torch.Tensor | None = None
        self.channels_last = False
        with torch.no_grad():
            self.base = OrderedDict((n, live[n].detach().clone()) for n in self.dnames)
            self.D = [
                OrderedDict((n, d[n].to(device, live[n].dtype)) for n in self.dnames) for d in dirs
            ]
        self._pack(channels_last=False)
        self.first: _FirstLayer | None = None
        self.narrow: list[nn.Module] = []  # Linear layers run as (W x^T)^T
        self.mem_share = 1.0  # share of the memory budget (worker threads split it)
        self.fused = _fused_metrics(metrics)
        # BatchNorm variances moved along a direction (interpolation past a = 0 or 1) can
        # cross zero; a variance is never negative, so clamp it (see `negative_variances`)
        self.variances = {n for n in self.dnames if n.endswith("running_var")}
        # buffers outside the directions that a forward may update in place (e.g. a
        # counter, BatchNorm statistics in train mode) are reset before every point
        self.other_buffers = [
            (n, t, t.detach().clone()) for n, t in net.named_buffers() if n not in self.base
        ]
        self.reset_buffers = False

    def _pack(self, channels_last: bool) -> None:
        """Lay the tensors along the directions out in one flat buffer (when one dtype).

        A grid point is then written with ``1 + n_directions`` vector ops instead of several
        per tensor. Every tensor starts on a 64-byte boundary (oneDNN convolutions are much
        slower on unaligned weights); the padding stays zero. With ``channels_last`` the
        4-D tensors (convolution weights) are stored NHWC, which oneDNN runs faster on CPU.
        """
        live, names = self.live, self.dnames
        fmt = torch.channels_last if channels_last else torch.contiguous_format
        with torch.no_grad():
            for n, t in live.items():  # tensors outside the directions
                if n not in self.base and t.dim() == 4:
                    t.data = t.data.contiguous(memory_format=fmt)
            dtypes = {self.base[n].dtype for n in names}
            if len(dtypes) != 1:
                for n in names:
                    if live[n].dim() == 4:
                        live[n].data = live[n].data.contiguous(memory_format=fmt)
                        self.base[n] = self.base[n].contiguous(memory_format=fmt)
                        for d in self.D:
                            d[n] = d[n].contiguous(memory_format=fmt)
                self.channels_last = channels_last
                return
            dtype = dtypes.pop()
            align = max(1, 64 // torch.empty((), dtype=dtype).element_size())
            shapes = [self.base[n].shape for n in names]
            strides = [
                torch.empty(sh, device="meta", memory_format=fmt if len(sh) == 4 else None).stride()
                for sh in shapes
            ]
            sizes = [math.prod(sh) for sh in shapes]
            starts = np.concatenate([[0], np.cumsum([-(-z // align) * align for z in sizes])])

            def views(flat: torch.Tensor) -> OrderedDict[str, torch.Tensor]:
                return OrderedDict(
                    (n, flat.as_strided(sh, st, int(o)))
                    for n, sh, st, o in zip(names, shapes, strides, starts, strict=False)
                )

            def packed(tensors: Mapping[str, torch.Tensor]) -> torch.Tensor:
                out = torch.zeros(int(starts[-1]), dtype=dtype, device=self.device)
                for n, v in views(out).items():
                    v.copy_(tensors[n])
                return out

            self.flat_base = packed(self.base)
            self.flat_D = [packed(d) for d in self.D]
            self.flat = self.flat_base.clone()
            for n, view in views(self.flat).items():
                live[n].data = view
            self.base = views(self.flat_base)
            self.D = [views(fd) for fd in self.flat_D]
        self.channels_last = channels_last

    # -- buffers -------------------------------------------------------------
    def changed_buffers(self) -> list[str]:
        """Names of the buffers outside the directions that differ from their saved state."""
        return [n for n, t, saved in self.other_buffers if not torch.equal(t, saved)]

    def restore_buffers(self) -> None:
        """Put every buffer outside the directions back to the model's state."""
        for _, t, saved in self.other_buffers:
            t.copy_(saved)

    # -- per point ---------------------------------------------------------
    def write(self, c: Sequence[float], skip: frozenset[str] | set[str] = frozenset()) -> None:
        """Write ``theta* + sum_k c_k d_k`` into the engine's model, in place.

        With ``bn="recompute"`` the BatchNorm running statistics are then recomputed at
        this point from the statistics batches.
        """
        if self.reset_buffers:
            self.restore_buffers()
        if self.flat is not None:
            first = True
            for k, ck in enumerate(c):
                if ck != 0.0:
                    if first:  # flat = base + c_k d_k in one op
                        torch.add(self.flat_base, self.flat_D[k], alpha=float(ck), out=self.flat)
                        first = False
                    else:
                        self.flat.add_(self.flat_D[k], alpha=float(ck))
            if first:
                self.flat.copy_(self.flat_base)
            for n in self.variances:
                self.live[n].clamp_(min=0.0)
        else:
            for n in self.dnames:
                if n in skip:
                    continue
                t = self.live[n]
                t.copy_(self.base[n])
                for k, ck in enumerate(c):
                    if ck != 0.0:
                        t.add_(self.D[k][n], alpha=float(ck))
                if n in self.variances:
                    t.clamp_(min=0.0)
        if self.bn == "recompute":
            recompute_bn(self.model, self.bn_data.batches)

    def metrics_of(self, out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        if self.fused is not None:
            return self.fused(out, y)
        return torch.stack([_scalar_metric(n, f(out, y)) for n, f in self.metrics.items()])

    def eval_point(self, c: Sequence[float]) -> torch.Tensor:
        """Metrics (float64, in ``metrics`` order) at ``theta* + sum_k c_k d_k``."""
        first = self.first
        self.write(c, first.names if first else frozenset())
        batches = self.data.batches
        totals: torch.Tensor | None = None
        for bi, (x, y) in enumerate(batches):
            if first is not None:
                first.set_output(bi, c)
            try:
                out = self.model(x)
            finally:
                if first is not None:
                    first.clear()
            if len(batches) == 1:  # the batch mean is the result
                return self.metrics_of(out, y)
            part = self.metrics_of(out, y) * _batch_len(x)
            totals = part if totals is None else totals + part
        assert totals is not None
        return totals / self.data.n

    def eval_loop(self, C: np.ndarray) -> torch.Tensor:
        vals = torch.stack([self.eval_point(c) for c in C])
        if not self.reset_buffers and self.other_buffers and self.changed_buffers():
            # the forward changed a buffer (which the first probe did not show): the points
            # after the first saw a changed model, so evaluate them again from the saved state
            self.reset_buffers = True
            vals = torch.stack([self.eval_point(c) for c in C])
        return vals

    # -- vectorized --------------------------------------------------------
    def eval_vmap(self, C: np.ndarray) -> torch.Tensor:
        if self.reset_buffers:
            raise BufferMutation(self._mutation_message())
        if self.bn == "recompute":
            raise RuntimeError("bn='recompute' recomputes statistics per point")
        Ct = torch.as_tensor(C, device=self.device)
        stacked = {}
        for n in self.dnames:
            b = self.base[n]
            Dn = torch.stack([d[n] for d in self.D])  # (ndir, *shape)
            stacked[n] = b.unsqueeze(0) + torch.tensordot(Ct.to(b.dtype), Dn, dims=1)
            if n in self.variances:
                stacked[n].clamp_(min=0.0)
        fixed = {n: t for n, t in self.live.items() if n not in stacked}
        model = self.model
        metric_fn = self.metrics_of

        def one(p: dict[str, torch.Tensor], x: Any, y: torch.Tensor) -> torch.Tensor:
            return metric_fn(functional_call(model, {**p, **fixed}, (x,)), y)

        vf = torch.vmap(one, in_dims=(0, None, None))
        totals = torch.zeros(len(C), len(self.metrics), dtype=torch.float64, device=self.device)
        if self.first is not None:
            self.first.remove()  # the vectorized path runs the real first layer
        self.remove_narrow()  # and plain Linear layers (batched GEMMs)
        try:
            for x, y in self.data.batches:
                totals += vf(stacked, x, y) * _batch_len(x)
        finally:
            if self.first is not None:
                self.first.install()
            self.install_narrow()
        if self.other_buffers and self.changed_buffers():
            # a buffer shared by all points of the chunk changed: the points did not each
            # see the model's buffers; the caller evaluates them one by one instead
            self.reset_buffers = True
            message = self._mutation_message()
            self.restore_buffers()
            raise BufferMutation(message)
        return totals / self.data.n

    def _mutation_message(self) -> str:
        names = self.changed_buffers() or [n for n, _, _ in self.other_buffers]
        return (
            f"forward() updates the buffers {names[:5]} in place, and vectorized points "
            "would share them"
        )

    def negative_variances(self, C: np.ndarray) -> np.ndarray:
        """Which grid points move a BatchNorm running variance below zero (bool mask).

        Parameters
        ----------
        C : numpy.ndarray
            ``(n_points, n_directions)`` coefficients.

        Returns
        -------
        numpy.ndarray
            ``(n_points,)`` bool.
        """
        mask = np.zeros(len(C), dtype=bool)
        for n in sorted(self.variances):
            base = self.base[n].reshape(-1).double()
            D = torch.stack([d[n].reshape(-1) for d in self.D]).double()  # (ndir, m)
            for s in range(0, len(C), 4096):
                Ct = torch.as_tensor(C[s : s + 4096], dtype=torch.float64, device=base.device)
                mask[s : s + 4096] |= (base + Ct @ D < 0).any(dim=1).cpu().numpy()
        return mask

    # -- setup ---------------------------------------------------------------
    def cache_key(self) -> tuple:
        """Identifies model, data shape and device for the cached speed decisions."""
        x0 = self.data.batches[0][0]
        return (
            self.source_id,
            type(self.model).__name__,
            tuple(getattr(x0, "shape", ())),
            self.data.n,
            len(self.data.batches),
            self.device.type,
            len(self.D),
            tuple(self.metrics),
            self.bn,
        )

    def setup(self, shortcut: bool = True) -> list[str]:
        """Use the faster layout and the first-layer shortcut where they are as accurate.

        Each speed path is measured at two random points against a float64 evaluation of
        the model: it is used only if its error is at most 1.5 times that of the plain
        float32 forward (plus float32 rounding of the result). Returns notes on what was
        not used and why.
        """
        rng = np.random.default_rng(12345)
        probes = [rng.uniform(-1, 1, size=len(self.D)) for _ in range(2)]
        candidates = self.device.type == "cpu" or (shortcut and self.bn != "recompute")
        if not candidates:
            return []
        # the plain forward's values now; the float64 ones when a speed path needs them
        check = {"probes": probes, "plain": [self.eval_point(c) for c in probes]}
        notes = []
        if self.device.type == "cpu":
            if any(isinstance(m, nn.Conv2d) for m in self.model.modules()):
                notes.append(self._try_channels_last(check))
            notes.append(self._try_narrow_linear(check))
        if shortcut and self.bn != "recompute":
            note = self._try_first_layer(check)
            if note:
                notes.append(f"no shortcut: {note}")
        return [n for n in notes if n]

    def _float64_reference(self, probes: list[np.ndarray]) -> list[torch.Tensor] | None:
        """The metrics at ``probes`` computed in float64 (None where the model cannot)."""
        model, dirs, center = self.spec
        try:
            data = EvalData([(_to_float64(x), y) for x, y in self.data.batches], self.data.n, False)
            bn_data = None
            if self.bn_data is not self.data:
                bn_data = EvalData(
                    [(_to_float64(x), y) for x, y in self.bn_data.batches], self.bn_data.n
                )
            ref = _Engine(
                model, data, dirs, self.metrics, self.device, center, self.bn, bn_data,
                dtype=torch.float64,
            )  # fmt: skip
            ref.reset_buffers = True
            return [ref.eval_point(c) for c in probes]
        except Exception:  # e.g. an op without a float64 kernel
            return None

    def _as_accurate(self, check: dict) -> bool:
        """Whether the current (fast) configuration is as accurate as the plain forward."""
        probes, plain = check["probes"], check["plain"]
        if "exact" not in check:
            check["exact"] = self._float64_reference(probes)
        exact = check["exact"]
        for i, (c, p) in enumerate(zip(probes, plain, strict=True)):
            f = self.eval_point(c)
            if exact is None:  # no float64 reference: the same numbers up to rounding
                if not torch.allclose(f, p, rtol=2.5e-7, atol=1e-12, equal_nan=True):
                    return False
                continue
            e = exact[i]
            err_fast, err_plain = (f - e).abs(), (p - e).abs()
            ok = err_fast <= 1.5 * err_plain + 2.5e-7 * e.abs() + 1e-12
            ok |= torch.isnan(f) & torch.isnan(e)
            if not bool(ok.all()):
                return False
        return True

    def _try_channels_last(self, check: dict) -> str:
        """NHWC convolution weights (oneDNN's native CPU layout), where faster and exact."""
        key = self.cache_key()
        cached = _LAYOUT_CACHE.get(key)
        if cached is False:
            return "channels-last layout not faster (cached)"

        def timed() -> float:
            best = float("inf")
            for _ in range(2):
                t0 = time.perf_counter()
                self.eval_point(check["probes"][0])
                best = min(best, time.perf_counter() - t0)
            return best

        t_plain = timed() if cached is None else 0.0
        try:
            self._pack(channels_last=True)
            ok = self._as_accurate(check)
        except Exception as exc:  # e.g. a .view() on an activation in the user's forward
            ok, why = False, f"channels-last layout fails ({type(exc).__name__})"
        else:
            why = "channels-last layout less accurate than the plain forward"
        if ok and cached is None and timed() > 0.95 * t_plain:
            ok, why = False, "channels-last layout not faster"
        _cache_decision(_LAYOUT_CACHE, key, ok)
        if not ok:
            self._pack(channels_last=False)
            return why
        return ""

    def _try_narrow_linear(self, check: dict) -> str:
        """Narrow Linear layers (e.g. a classifier head) as ``(W x^T)^T`` on the CPU.

        ``x W^T`` with few output features is a tall-skinny GEMM that CPU BLAS runs at a
        fraction of its speed; the transposed product is about twice as fast.
        """
        narrow = [
            m
            for m in self.model.modules()
            if type(m) is nn.Linear and m.out_features <= 32 and m.in_features >= 32
        ]
        if not narrow:
            return ""
        self.narrow = narrow
        self.install_narrow()
        try:
            ok = self._as_accurate(check)
        except Exception:  # pragma: no cover - a forward that passes odd inputs
            ok = False
        if not ok:
            self.remove_narrow()
            self.narrow = []
            return "narrow Linear layers run as plain linear (transposed less accurate)"
        return ""

    def install_narrow(self) -> None:
        for m in self.narrow:
            m.forward = _NarrowLinear(m)  # on the engine's private copy of the model

    def remove_narrow(self) -> None:
        for m in self.narrow:
            m.__dict__.pop("forward", None)

    def _try_first_layer(self, check: dict) -> str:
        """The first-layer linearity shortcut; returns why it is not used, or ''."""
        fl = _FirstLayer.detect(self)
        if isinstance(fl, str):
            return fl
        self.first = fl
        if not self._as_accurate(check):
            fl.remove()
            self.first = None
            return "the first-layer shortcut is less accurate than the full forward"
        return ""


def _fused_metrics(metrics: Mapping[str, Metric]) -> Callable | None:
    """One pass for the default cross-entropy loss and accuracy (same values, less work)."""
    fns = list(metrics.values())
    if not fns or any(f not in (nn.functional.cross_entropy, accuracy) for f in fns):
        return None

    def fused(out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        if out.dim() != 2 or y.dim() != 1 or y.is_floating_point():
            return torch.stack([f(out, y).to(torch.float64).reshape(()) for f in fns])
        # one max over the classes serves both: the logsumexp shift and the prediction
        # (torch.max returns the first maximal index, as argmax does)
        top, pred = out.max(dim=1)
        vals = []
        for f in fns:
            if f is accuracy:
                vals.append(pred.eq(y).sum(dtype=torch.float64) / y.numel())
            else:
                # -log softmax_y = log sum_j exp(z_j - m) - (z_y - m), m = max_j z_j: both
                # terms computed from the shifted logits (no large m added and subtracted
                # again), their difference and the mean in float64
                shifted = out - top.unsqueeze(1)
                lse = shifted.exp().sum(dim=1).log_()
                zy = shifted.gather(1, y.unsqueeze(1)).squeeze(1)
                vals.append((lse.to(torch.float64) - zy.to(torch.float64)).mean())
        return torch.stack(vals)

    return fused


class _NarrowLinear:
    """``Linear.forward`` computed as ``(W x^T + b)^T`` for many 2-D input rows."""

    def __init__(self, module: nn.Linear):
        self.module = module

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        m = self.module
        if x.dim() != 2 or x.numel() < 65536:  # small inputs: the plain GEMM is as fast
            return nn.functional.linear(x, m.weight, m.bias)
        if m.bias is None:
            return torch.mm(m.weight, x.t()).t().contiguous()
        return torch.addmm(m.bias.unsqueeze(1), m.weight, x.t()).t().contiguous()


class _FirstLayer:
    """The output of a first layer that is linear in its parameters, per direction.

    For ``f(x; W, b)`` linear in ``(W, b)`` jointly (Linear, Conv, Embedding):
    ``f(x; W0 + sum_k c_k D_k) = f(x; W0) + sum_k c_k f(x; D_k)``: computed once per
    batch, combined per point; the layer's own forward is bypassed.
    """

    SUPPORTED = (nn.Linear, nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.Embedding)

    def __init__(
        self,
        module: nn.Module,
        pnames: set[str],
        base_out: list[torch.Tensor],
        dir_out: list[list[torch.Tensor]],
    ):
        self.module = module
        self.names = frozenset(pnames)
        self.base_out = base_out
        self.dir_out = dir_out
        self._row: dict[int, tuple[float, torch.Tensor]] = {}
        self._out: torch.Tensor | None = None
        self.install()

    def install(self) -> None:
        self.module.forward = self._forward  # on the engine's private copy of the model

    def _forward(self, *args: Any, **kwargs: Any) -> torch.Tensor:
        if self._out is None:
            raise RuntimeError("first-layer shortcut used outside an evaluation")
        return self._out

    def set_output(self, bi: int, c: Sequence[float]) -> None:
        # rows of a 2D grid share c[0]: cache base + c0 * P0 for the current row
        c0 = float(c[0])
        cached = self._row.get(bi)
        if cached is None or cached[0] != c0:
            row = (
                self.base_out[bi]
                if c0 == 0.0
                else torch.add(self.base_out[bi], self.dir_out[bi][0], alpha=c0)
            )
            self._row[bi] = (c0, row)
        else:
            row = cached[1]
        out = row
        for k in range(1, len(c)):
            if c[k] != 0.0:
                out = torch.add(out, self.dir_out[bi][k], alpha=float(c[k]))
        self._out = out

    def clear(self) -> None:
        self._out = None

    def remove(self) -> None:
        if "forward" in self.module.__dict__:
            del self.module.forward

    @classmethod
    def detect(cls, eng: _Engine) -> _FirstLayer | str:
        model = eng.model
        calls: list[tuple[str, nn.Module]] = []
        hooks = []
        for mname, mod in model.named_modules():
            if any(True for _ in mod.parameters(recurse=False)):
                hooks.append(
                    mod.register_forward_pre_hook(lambda m, inp, _n=mname: calls.append((_n, m)))
                )
        eng.write([0.0] * len(eng.D))
        try:
            model(eng.data.batches[0][0])
        finally:
            for h in hooks:
                h.remove()
        if not calls:
            return "no parameterized module is called"
        mname, mod = calls[0]
        if not isinstance(mod, cls.SUPPORTED):
            return f"the first layer is {type(mod).__name__}"
        if isinstance(mod, (nn.Conv1d, nn.Conv2d, nn.Conv3d)) and mod.padding_mode != "zeros":
            return "the first conv layer's padding mode is not 'zeros'"
        if sum(1 for c in calls if c[0] == mname) != 1:
            return "the first layer is called more than once"
        fan_in = getattr(mod, "in_features", None)
        if isinstance(mod, (nn.Conv1d, nn.Conv2d, nn.Conv3d)):
            fan_in = mod.in_channels // mod.groups * math.prod(mod.kernel_size)
        if fan_in is not None and fan_in < 8 * len(eng.D):
            # combining the cached outputs costs len(D) multiply-adds per output element,
            # the layer itself fan_in: too small a layer is cheaper to run
            return f"the first layer is too small to pay off (fan-in {fan_in})"
        prefix = f"{mname}." if mname else ""
        local = [pn for pn, _ in mod.named_parameters(recurse=False)]
        pnames = {prefix + pn for pn in local}
        if not pnames <= set(eng.dnames):
            return "the first layer is not in the directions"
        base_out, dir_out = [], []
        for x, _ in eng.data.batches:
            captured: list[Any] = []
            h = mod.register_forward_pre_hook(lambda m, inp: captured.append(inp))
            try:
                model(x)
            finally:
                h.remove()
            inp = captured[0]
            pb = {pn: eng.base[prefix + pn] for pn in local}
            base_out.append(functional_call(mod, pb, inp))
            dir_out.append(
                [functional_call(mod, {pn: d[prefix + pn] for pn in local}, inp) for d in eng.D]
            )
        return cls(mod, pnames, base_out, dir_out)


# ---------------------------------------------------------------------- strategy
_STRATEGY_CACHE: OrderedDict[tuple, tuple[str, int]] = OrderedDict()
_LAYOUT_CACHE: OrderedDict[tuple, bool] = OrderedDict()


def _cache_decision(cache: OrderedDict, key: tuple, value: Any, size: int = 64) -> None:
    """Store a speed decision, keeping the ``size`` most recent."""
    cache[key] = value
    while len(cache) > size:
        cache.popitem(last=False)


def _available_bytes(device: torch.device) -> int:
    if device.type == "cuda":
        free, _ = torch.cuda.mem_get_info(device)
        return int(free)
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:  # pragma: no cover - non-Linux
        pass
    return 4 << 30


def output_bytes(model: nn.Module, run: Callable[[], Any]) -> int:
    """Bytes of all module outputs produced while ``run()`` does one forward of ``model``.

    Parameters
    ----------
    model : torch.nn.Module
        The model whose modules are measured.
    run : callable
        Runs the forward (its exceptions propagate).

    Returns
    -------
    int
    """
    return _output_stats(model, run)[0]


def _output_stats(model: nn.Module, run: Callable[[], Any]) -> tuple[int, int]:
    """(total, largest) bytes of the tensor outputs of all module calls during ``run()``."""
    total = [0, 0]

    def hook(m, inp, out):
        if isinstance(out, torch.Tensor):
            size = out.numel() * out.element_size()
            total[0] += size
            total[1] = max(total[1], size)

    hooks = [m.register_forward_hook(hook) for m in model.modules()]
    try:
        with torch.no_grad():
            run()
    finally:
        for h in hooks:
            h.remove()
    return total[0], total[1]


def _activation_bytes(eng: _Engine) -> int:
    """Bytes of all module outputs for one forward over the largest batch.

    This first forward also shows whether it changes buffers in place (then every point
    starts from the saved buffers) and lets the class labels be checked against the
    model's number of outputs.
    """
    x, y = max(eng.data.batches, key=lambda b: _batch_len(b[0]))
    eng.write([0.0] * len(eng.D))
    outputs: list[Any] = []

    def run() -> None:
        try:
            outputs.append(eng.model(x))
        except Exception as exc:
            shape = tuple(x.shape) if isinstance(x, torch.Tensor) else type(x).__name__
            raise ValueError(
                f"the model cannot run on the data: model(x) with x of shape {shape} "
                f"raised {type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
            ) from exc

    total, largest = _output_stats(eng.model, run)
    # small layer outputs make a forward dispatch-bound (Python and per-op overhead),
    # large ones compute- or memory-bound
    eng.largest_output = largest
    eng.reset_buffers = bool(eng.changed_buffers())
    if eng.reset_buffers:
        eng.write([0.0] * len(eng.D))
    check_labels(eng, outputs[0])
    return total


def check_labels(eng: _Engine, out: Any) -> None:
    """Class labels must index the model's outputs for cross-entropy and accuracy.

    Checked only where a built-in metric reads the labels as class indices (2-D logits,
    integer labels). ``-100`` (cross-entropy's ``ignore_index``) is allowed for the loss;
    the fused metrics then give way to the plain functions.
    """
    fns = set(eng.metrics.values())
    if not fns & {nn.functional.cross_entropy, accuracy}:
        return
    if not isinstance(out, torch.Tensor) or out.dim() != 2 or out.shape[1] < 2:
        return
    ys = [y for _, y in eng.data.batches]
    if not all(isinstance(y, torch.Tensor) and y.dim() == 1 for y in ys):
        return
    if any(y.is_floating_point() or y.is_complex() or y.dtype == torch.bool for y in ys):
        return
    n_cls = int(out.shape[1])
    lo = min(int(y.min()) for y in ys)
    hi = max(int(y.max()) for y in ys)
    ignored = nn.functional.cross_entropy in fns and any(bool((y == -100).any()) for y in ys)
    if ignored:
        lo = min((int(y[y != -100].min()) for y in ys if bool((y != -100).any())), default=0)
        eng.fused = None
    if lo < 0 or hi >= n_cls:
        raise ValueError(
            f"data: the labels must be class indices in [0, {n_cls}) for a model with "
            f"{n_cls} outputs, got labels from {lo} to {hi}"
        )


def _chunk_size(eng: _Engine, requested: int | None) -> int:
    if requested is not None:
        return requested
    per_point = 3 * eng.act_bytes + 2 * sum(
        eng.base[n].numel() * eng.base[n].element_size() for n in eng.dnames
    )
    budget = int(_available_bytes(eng.device) // 4 * eng.mem_share)
    cap = 1024 if eng.device.type == "cuda" else 64
    return int(max(1, min(cap, budget // max(per_point, 1))))


def _choose(eng: _Engine, C: np.ndarray, strategy: str, chunk: int | None) -> tuple[str, int, str]:
    """Pick the strategy and chunk size; returns (strategy, chunk, note).

    The strategy is ``"measure"`` when "auto" has no cached choice for this model and data:
    the first chunks of the grid are then evaluated alternately by both strategies, and
    the faster one is used for the rest (see `_Schedule`).
    """
    if strategy == "loop":
        return "loop", 1, ""
    if eng.bn == "recompute":
        if strategy == "vmap":
            warnings.warn(
                "lossviz: bn='recompute' recomputes the BatchNorm statistics at every point; "
                "using the exact per-point loop instead of vmap",
                RuntimeWarning,
                stacklevel=4,
            )
        return "loop", 1, "bn='recompute' runs per point"
    k = _chunk_size(eng, chunk)
    if strategy == "vmap":
        return "vmap", k, ""
    if len(C) < 16:  # too few points for a measurement to pay off
        return "loop", 1, "small grid"
    cached = _STRATEGY_CACHE.get(_strategy_key(eng))
    if cached is not None:
        return cached[0], cached[1], "cached choice"
    return "measure", max(1, min(k, 64 if eng.device.type == "cpu" else k)), ""


def _strategy_key(eng: _Engine) -> tuple:
    return (*eng.cache_key(), eng.first is not None, eng.channels_last)


class _Schedule:
    """Which strategy evaluates the next chunk of grid points.

    When measuring, the first chunks of the grid alternate between the per-point loop and
    vmap (three rounds each, same chunk length); every measured point is a real grid point,
    so the measurement costs nothing. The faster strategy (vmap needs a 10% margin) is then
    used for the rest of the grid and cached for the next call.
    """

    ROUNDS = 3

    def __init__(
        self, eng: _Engine, strategy: str, k: int, npts: int, note: str, fixed_k: bool = False
    ):
        self.key = _strategy_key(eng)
        self.strategy = strategy
        self.note = note
        if strategy == "measure" and not fixed_k:
            # at least 2*ROUNDS chunks and at most half the grid spent measuring
            k = max(1, min(k, npts // (4 * self.ROUNDS)))
        if strategy == "measure":
            self.times: dict[str, list[float]] = {"loop": [], "vmap": []}
        self.k = k

    @property
    def measuring(self) -> bool:
        return self.strategy == "measure"

    def next(self) -> str:
        if not self.measuring:
            return self.strategy
        nl, nv = len(self.times["loop"]), len(self.times["vmap"])
        return "loop" if nl <= nv else "vmap"

    def record(self, strategy: str, npoints: int, seconds: float) -> None:
        self.times[strategy].append(seconds / max(npoints, 1))
        if min(len(t) for t in self.times.values()) >= self.ROUNDS:
            t_loop, t_vmap = min(self.times["loop"]), min(self.times["vmap"])
            self.strategy = "vmap" if t_vmap < 0.9 * t_loop else "loop"
            self.note = f"measured loop {t_loop * 1e3:.2f} ms/pt, vmap {t_vmap * 1e3:.2f} ms/pt"
            self._remember()

    def vmap_failed(self, exc: Exception, stacklevel: int) -> None:
        warnings.warn(
            f"lossviz: vectorized evaluation is not possible for this model "
            f"({type(exc).__name__}: {str(exc).splitlines()[0][:200]}); "
            "using the exact per-point loop",
            RuntimeWarning,
            stacklevel=stacklevel + 1,
        )
        self.strategy, self.note = "loop", "vmap unavailable"
        self._remember()

    def _remember(self) -> None:
        _cache_decision(_STRATEGY_CACHE, self.key, (self.strategy, self.k))


# ---------------------------------------------------------------------- public
def _progress_bar(total: int, enabled: bool, desc: str):
    if not enabled:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover
        return None
    return tqdm(total=total, desc=desc, unit="pt", leave=False)


def _is_cancelled(cancel: Any) -> bool:
    if cancel is None:
        return False
    if hasattr(cancel, "is_set"):
        return bool(cancel.is_set())
    return bool(cancel())


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


def surface(
    model: nn.Module,
    data: Any,
    dirs: Directions,
    a: Any = (-1.0, 1.0, 41),
    b: Any = None,
    metrics: Sequence[str] | Mapping[str, Metric] = ("loss", "accuracy"),
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    progress: bool = True,
    *,
    strategy: str = "auto",
    chunk_size: int | None = None,
    batch_size: int | None = None,
    bn: str = "eval",
    subsample: int | None = None,
    center: nn.Module | Mapping[str, torch.Tensor] | None = None,
    cancel: Any = None,
    callback: Callable[[Landscape, int, int], None] | None = None,
    store_directions: bool = True,
    executor: Any = None,
    tiles: int | None = None,
    store: Any = None,
    resume: bool = False,
    workers: int | str = "auto",
    bn_data: Any = None,
    negative_var: str = "clamp",
) -> Landscape:
    """Evaluate metrics on a 1D or 2D grid around the model: ``L(theta* + a d1 + b d2)``.

    Parameters
    ----------
    model : torch.nn.Module
        The model at the center point; it is never modified (bit-identical afterwards,
        also after an exception or a cancel).
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data; kept on the evaluation device for the whole computation.
    dirs : Directions
        One direction (1D landscape) or two (2D surface), e.g. from `random_directions`.
    a, b : tuple (min, max, num) or array_like
        Grid axes. ``b`` defaults to ``a`` with two directions; omit it with one.
    metrics : sequence of str or mapping
        ``"loss"`` and/or ``"accuracy"``, or a mapping name -> ``f(output, y)`` (mean).
    loss_fn : callable, optional
        ``f(output, y) -> mean loss``; cross-entropy by default.
    device : str or torch.device
        ``"auto"`` (CUDA when available), ``"cpu"``, ``"cuda"``.
    progress : bool
        Show a tqdm progress bar (notebook-aware).
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
        least 64 points) when the model's largest layer output is 256 KB or more, where
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
    if executor is not None or tiles is not None or store is not None or resume:
        if center is not None:
            raise ValueError("center= is not supported with executor/tiles/store")
        if bn_data is not None or negative_var != "clamp":
            raise ValueError(
                "bn_data= and negative_var= are not supported with executor/tiles/store"
            )
        from ..distributed import surface_tiles  # lazy: the core never imports dask/mpi

        return surface_tiles(
            model, data, dirs, a, b, metrics, loss_fn, device, progress,
            executor=executor, tiles=tiles, store=store, resume=resume, strategy=strategy,
            chunk_size=chunk_size, batch_size=batch_size, bn=bn, subsample=subsample,
            cancel=cancel, callback=callback, store_directions=store_directions,
        )  # fmt: skip
    check_grid_directions(model, dirs)
    check_choice("strategy", strategy, STRATEGIES)
    check_choice("bn", bn, BN_MODES)
    check_choice("negative_var", negative_var, NEGATIVE_VAR)
    check_positive_int("chunk_size", chunk_size, optional=True)
    check_positive_int("subsample", subsample, optional=True)
    if bn_data is not None and bn != "recompute":
        raise ValueError(f"bn_data is used only with bn='recompute', got bn={bn!r}")
    coords = grid_axes(dirs, a, b)
    check_axis_range(coords, dirs, next(p.dtype for p in model.parameters()))
    npts = math.prod(c.size for c in coords)
    fns = resolve_metrics(metrics, loss_fn)
    dev = resolve_device(device)
    edata = as_eval_data(data, dev, batch_size=batch_size, subsample=subsample)
    bdata = None if bn_data is None else as_eval_data(bn_data, dev, batch_size=batch_size)
    center_t = None
    if center is not None:
        from .params import state_tensors

        center_t = state_tensors(center, model, "center")

    C = grid_coefficients(coords)
    shape = tuple(c.size for c in coords)
    values = np.full((npts, len(fns)), np.nan)
    t_start = time.perf_counter()
    meta: dict[str, Any] = {}

    def partial() -> Landscape:
        mets = {m: values[:, k].reshape(shape).copy() for k, m in enumerate(fns)}
        return Landscape(tuple(coords), mets, dict(meta))

    if workers != "auto":
        check_positive_int("workers", workers, expected="'auto' or a positive integer")

    def make_engine() -> _Engine:
        eng = _Engine(model, edata, dirs, fns, dev, center_t, bn=bn, bn_data=bdata)
        eng.act_bytes = _activation_bytes(eng)
        return eng

    bar = _progress_bar(npts, progress, "lossviz surface")
    meta.update(_meta(model, dirs, edata, dev, fns, loss_fn, bn))
    with preserved(model), torch.no_grad(), retained_memory(dev):
        try:
            first_engine = make_engine()
            negative = first_engine.negative_variances(C) if bn == "eval" else None
            nworkers = _n_workers(workers, dev, npts, first_engine)
            meta["workers"] = nworkers
            engines = iter([first_engine])

            def next_engine() -> _Engine:
                eng = next(engines, None) or make_engine()
                eng.mem_share = 1.0 / nworkers
                return eng

            if nworkers == 1:
                done = [0]

                def step(n_new: int, info: dict) -> None:
                    meta.update(info)
                    done[0] += n_new
                    if bar is not None:
                        bar.update(n_new)
                    if callback is not None and n_new:
                        callback(partial(), done[0], npts)

                try:
                    _evaluate_points(
                        next_engine, C, values, strategy, chunk_size,
                        lambda: _is_cancelled(cancel), step,
                    )  # fmt: skip
                except _Stopped:
                    raise Cancelled(landscape=partial()) from None
            else:
                _evaluate_threads(
                    next_engine, C, values, strategy, chunk_size, nworkers, cancel, meta,
                    bar, callback, partial,
                )  # fmt: skip
        finally:
            if bar is not None:
                bar.close()
    bad = ~np.isfinite(values)
    if bad.any():
        values[bad] = np.nan
        warnings.warn(
            f"lossviz: {int(bad.any(axis=1).sum())} of {npts} grid points gave a "
            "non-finite value (NaN/inf); they are NaN in the result",
            RuntimeWarning,
            stacklevel=2,
        )
    if negative is not None and negative.any():
        count = int(negative.sum())
        meta["negative_variance_points"] = count
        if negative_var == "nan":
            values[negative] = np.nan
        warnings.warn(
            f"lossviz: at {count} of {npts} grid points a BatchNorm running variance moved "
            "along the directions is negative (e.g. where 1 + a + b < 0); "
            + (
                "those points are NaN (negative_var='nan')"
                if negative_var == "nan"
                else "it is clamped to 0 there (negative_var='clamp'); pass "
                "negative_var='nan' for NaN, as the original loss-landscape code gives"
            ),
            RuntimeWarning,
            stacklevel=2,
        )
    meta["seconds"] = round(time.perf_counter() - t_start, 4)
    mets = {m: values[:, j].reshape(shape) for j, m in enumerate(fns)}
    return Landscape(tuple(coords), mets, meta, dirs.numpy() if store_directions else None)


_THREADS_MIN_OUTPUT = 256 << 10  # bytes of the largest layer output from which threads pay off


class _Stopped(Exception):
    """A worker was asked to stop between chunks."""


def _n_workers(workers: int | str, dev: torch.device, npts: int, eng: _Engine) -> int:
    """Worker threads for a grid; "auto" uses them where a forward is compute-bound."""
    if workers != "auto":
        return min(int(workers), max(1, npts))
    threads = torch.get_num_threads()
    if dev.type != "cpu" or threads < 2 or eng.largest_output < _THREADS_MIN_OUTPUT:
        # dispatch-bound forwards (many small ops) gain nothing from threads that share
        # one interpreter lock; vmap batching is what speeds them up
        return 1
    return max(1, min(threads, 8, npts // 64))


def _evaluate_points(
    make_engine: Callable[[], _Engine],
    C: np.ndarray,
    out: np.ndarray,
    strategy: str,
    chunk_size: int | None,
    stop: Callable[[], bool],
    step: Callable[[int, dict], None],
) -> None:
    """Evaluate the points ``C`` into ``out`` with one engine (the caller's thread or one worker).

    ``step(n_new_points, strategy_meta)`` is called once before the first chunk and after
    every chunk; ``stop()`` is checked before every chunk (raises `_Stopped`).
    """
    eng = make_engine()
    notes = eng.setup(shortcut=strategy != "vmap")
    npts = len(C)
    chosen, k, note = _choose(eng, C, strategy, chunk_size)
    plan = _Schedule(eng, chosen, k, npts, note, fixed_k=chunk_size is not None)
    # points per progress/cancel step of the loop
    loop_k = k if chunk_size is not None else max(1, min(64, npts // 20 or 1))
    step(0, _strategy_meta(plan, eng, loop_k, notes))
    done = 0
    while done < npts:
        if stop():
            raise _Stopped
        now = plan.next()
        n = plan.k if now == "vmap" or plan.measuring else loop_k
        chunk = C[done : done + n]
        t0 = time.perf_counter()
        if now == "vmap":
            try:
                vals = eng.eval_vmap(chunk)
            except Exception as exc:
                # a changed buffer can show at any chunk (the chunk is then redone)
                if done != 0 and not plan.measuring and not isinstance(exc, BufferMutation):
                    raise
                plan.vmap_failed(exc, stacklevel=4)
                vals = eng.eval_loop(chunk)
        else:
            vals = eng.eval_loop(chunk)
        out[done : done + len(chunk)] = vals.cpu().numpy()
        if plan.measuring:
            plan.record(now, len(chunk), time.perf_counter() - t0)
        done += len(chunk)
        step(len(chunk), _strategy_meta(plan, eng, loop_k, notes))


def _evaluate_threads(
    make_engine: Callable[[], _Engine],
    C: np.ndarray,
    values: np.ndarray,
    strategy: str,
    chunk_size: int | None,
    nworkers: int,
    cancel: Any,
    meta: dict,
    bar: Any,
    callback: Callable | None,
    partial: Callable[[], Landscape],
) -> None:
    """Split the points over worker threads with one intra-op thread each.

    On a CPU, independent forwards on separate cores beat one forward whose every op is
    split over the cores (no synchronization per op; elementwise ops on small tensors do
    not scale) — and OpenMP's spin-wait is throttled once a second thread team exists, so
    a computation off the main thread (widgets) would otherwise lose a third of its speed.
    Progress, callbacks and cancel stay in the caller's thread.
    """
    import queue
    import threading

    bounds = np.linspace(0, len(C), nworkers + 1).round().astype(int)
    events: queue.Queue = queue.Queue()
    halt = threading.Event()
    saved_threads = torch.get_num_threads()

    def work(i: int) -> None:
        lo, hi = int(bounds[i]), int(bounds[i + 1])
        torch.set_num_threads(1)
        try:
            with torch.no_grad():
                _evaluate_points(
                    make_engine, C[lo:hi], values[lo:hi], strategy, chunk_size, halt.is_set,
                    lambda n, info: events.put(("step", i, n, info)),
                )  # fmt: skip
            events.put(("done", i, 0, None))
        except BaseException as exc:  # handed to the caller's thread
            events.put(("error", i, 0, exc))
        finally:
            torch.set_num_threads(saved_threads)  # the setting is process-wide for new threads

    threads = [
        threading.Thread(target=work, args=(i,), name=f"lossviz-worker-{i}", daemon=True)
        for i in range(nworkers)
    ]
    for t in threads:
        t.start()
    finished = done = 0
    cancelled = False
    try:
        while finished < nworkers:
            if _is_cancelled(cancel):
                cancelled = True
                break
            try:
                kind, i, n, payload = events.get(timeout=0.05)
            except queue.Empty:
                continue
            if kind == "error":
                raise payload
            if kind == "done":
                finished += 1
                continue
            if i == 0:
                meta.update(payload)
            done += n
            if bar is not None:
                bar.update(n)
            if callback is not None and n:
                callback(partial(), done, len(C))
    finally:  # the workers stop between chunks
        halt.set()
        for t in threads:
            t.join()
    if cancelled:  # the partial result once every worker has stopped
        raise Cancelled(landscape=partial())


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


def _strategy_meta(plan: _Schedule, eng: _Engine, loop_k: int, notes: list[str]) -> dict:
    """How the points were evaluated (updated as the measurement decides)."""
    return {
        "strategy": plan.strategy,
        "chunk_size": int(plan.k if plan.strategy == "vmap" else loop_k),
        "first_layer_shortcut": eng.first is not None,
        "channels_last": eng.channels_last,
        "narrow_linear": len(eng.narrow),
        "strategy_note": "; ".join(n for n in [plan.note, *notes] if n),
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
