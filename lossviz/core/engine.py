"""The evaluation engine: metrics of a model at parameter states ``theta* + sum_k c_k d_k``.

`Engine` holds a private copy of the model on the evaluation device (no user hooks, no
gradients), the directions and the centre in one flat buffer, and the metric functions. It
evaluates one point (`Engine.eval_point`), a state given as tensors (`Engine.eval_state`:
trajectory snapshots, curve points) or many points (`Engine.eval_points`: the per-point
loop, or chunks under ``torch.vmap``). It guarantees that every point sees the model's
buffers as they were, that ``bn`` modes change normalization layers only, and it holds the
speed paths (channels-last convolution weights and transposed narrow Linear layers on the
CPU, the first-layer shortcut), each switched on by `Engine.setup` only where it is as
accurate as the plain forward against a float64 evaluation. Strategy and memory planning and
the grid loop live in `schedule`; inputs are normalised by `inputs`.
"""

from __future__ import annotations

import copy
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.func import functional_call

from .directions import Directions
from .fastpath import FirstLayer, NarrowLinear
from .inputs import EvalData, Metric, accuracy, batch_len
from .norm import batchnorm_layers, recompute_bn, set_norm_mode

__all__ = [
    "LAYOUT_CACHE",
    "SETUP_CACHE",
    "BufferMutation",
    "Engine",
    "cache_decision",
    "check_labels",
    "fused_metrics",
    "output_bytes",
    "output_stats",
    "private_copy",
    "scalar_metric",
    "to_float64",
]

LAYOUT_CACHE: OrderedDict[tuple, bool] = OrderedDict()  # channels-last faster?
SETUP_CACHE: OrderedDict[tuple, dict] = OrderedDict()  # verified speed-path decisions


def cache_decision(cache: OrderedDict, key: tuple, value: Any, size: int = 64) -> None:
    """Store a speed decision in ``cache``, keeping the ``size`` most recent.

    Parameters
    ----------
    cache : OrderedDict
    key : tuple
    value : object
    size : int
    """
    cache[key] = value
    while len(cache) > size:
        cache.popitem(last=False)


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


def scalar_metric(name: str, value: Any) -> torch.Tensor:
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


def to_float64(x: Any) -> Any:
    if isinstance(x, torch.Tensor):
        return x.double() if x.is_floating_point() else x
    if isinstance(x, (tuple, list)):
        return type(x)(to_float64(v) for v in x)
    return x


class Engine:
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
        dirs: Directions | None,
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
        dirs = [] if dirs is None else dirs
        self.dnames = list(dirs.names) if len(dirs) else []
        self.flat: torch.Tensor | None = None
        self.channels_last = False
        with torch.no_grad():
            self.base = OrderedDict((n, live[n].detach().clone()) for n in self.dnames)
            self.D = [
                OrderedDict((n, d[n].to(device, live[n].dtype)) for n in self.dnames) for d in dirs
            ]
        self.pack(channels_last=False)
        self.first: FirstLayer | None = None
        self.narrow: list[nn.Module] = []  # Linear layers run as (W x^T)^T
        self.mem_share = 1.0  # share of the memory budget (worker threads split it)
        self.fused = fused_metrics(metrics)
        # BatchNorm variances moved along a direction (interpolation past a = 0 or 1) can
        # cross zero; a variance is never negative, so clamp it (see `negative_variances`)
        self.variances = {n for n in self.dnames if n.endswith("running_var")}
        # buffers outside the directions that a forward may update in place (e.g. a
        # counter, BatchNorm statistics in train mode) are reset before every point
        self.other_buffers = [
            (n, t, t.detach().clone()) for n, t in net.named_buffers() if n not in self.base
        ]
        self.reset_buffers = False

    def pack(self, channels_last: bool) -> None:
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
        return torch.stack([scalar_metric(n, f(out, y)) for n, f in self.metrics.items()])

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
            part = self.metrics_of(out, y) * batch_len(x)
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

    def eval_points(self, C: np.ndarray, strategy: str = "loop") -> torch.Tensor:
        """Metrics at the points ``C`` (``(n_points, n_directions)``), ``(n_points, n_metrics)``.

        Parameters
        ----------
        C : numpy.ndarray
            Coefficients along the directions.
        strategy : {"loop", "vmap"}
            One forward per point, or all points in one vectorized call (a model vmap
            cannot run raises; a buffer that would be shared raises `BufferMutation`).

        Returns
        -------
        torch.Tensor
            float64 on the evaluation device.
        """
        C = np.asarray(C, dtype=np.float64).reshape(len(C), len(self.D))
        if strategy == "vmap":
            return self.eval_vmap(C)
        if strategy != "loop":
            raise ValueError(f"strategy={strategy!r} is not allowed; choose 'loop' or 'vmap'")
        return self.eval_loop(C)

    def eval_state(self, state: Mapping[str, torch.Tensor] | None = None) -> torch.Tensor:
        """Metrics of the model at a parameter state: ``state``'s tensors become the centre.

        Parameters
        ----------
        state : mapping of str to torch.Tensor, optional
            Parameters and/or buffers by name (e.g. a trajectory snapshot or a point of a
            curve); names not given keep their current values. The new values stay the
            engine's centre ``theta*`` for later calls. None: the current centre.

        Returns
        -------
        torch.Tensor
            ``(n_metrics,)`` float64 on the evaluation device.
        """
        if state:
            unknown = [n for n in state if n not in self.live]
            if unknown:
                raise ValueError(f"state has tensors the model does not have: {unknown[:5]}")
            saved = {n: s for n, _, s in self.other_buffers}
            with torch.no_grad():
                for n, t in state.items():
                    target = self.base[n] if n in self.base else self.live[n]
                    target.copy_(t.to(target.device, target.dtype))
                    if n in saved:  # the buffers every point starts from
                        saved[n].copy_(target)
            if self.first is not None:  # its cached outputs belong to the old centre
                self.first.remove()
                self.first = None
        return self.eval_point([0.0] * len(self.D))

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
                totals += vf(stacked, x, y) * batch_len(x)
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

    def probe(self) -> int:
        """One forward at the centre over the largest batch; returns the bytes of all outputs.

        Sets ``act_bytes`` (that total) and ``largest_output``. This first forward also
        shows whether it changes buffers in place (then every point starts from the saved
        buffers) and lets the class labels be checked against the model's outputs.
        """
        x, _ = max(self.data.batches, key=lambda b: batch_len(b[0]))
        self.write([0.0] * len(self.D))
        outputs: list[Any] = []

        def run() -> None:
            try:
                outputs.append(self.model(x))
            except Exception as exc:
                shape = tuple(x.shape) if isinstance(x, torch.Tensor) else type(x).__name__
                raise ValueError(
                    f"the model cannot run on the data: model(x) with x of shape {shape} "
                    f"raised {type(exc).__name__}: {str(exc).splitlines()[0][:300]}"
                ) from exc

        total, largest = output_stats(self.model, run)
        # small layer outputs make a forward dispatch-bound (Python and per-op overhead),
        # large ones compute- or memory-bound
        self.largest_output = largest
        self.reset_buffers = bool(self.changed_buffers())
        if self.reset_buffers:
            self.write([0.0] * len(self.D))
        check_labels(self, outputs[0])
        self.act_bytes = total
        return total

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
        float32 forward (plus float32 rounding of the result). The decisions are cached
        (`SETUP_CACHE`, by model, data shape, device, metrics and ``bn``), so a repeated
        call pays no verification. Returns notes on what was not used and why.
        """
        candidates = self.device.type == "cpu" or (shortcut and self.bn != "recompute")
        if not candidates:
            return []
        key = (*self.cache_key(), shortcut)
        decided = SETUP_CACHE.get(key)
        if decided is not None:  # verified for this model and data before: apply as decided
            return self._apply_setup(decided)
        rng = np.random.default_rng(12345)
        probes = [rng.uniform(-1, 1, size=len(self.D)) for _ in range(2)]
        # the plain forward's values now; the float64 ones when a speed path needs them
        check = {"probes": probes, "plain": [self.eval_point(c) for c in probes]}
        notes = []
        if self.device.type == "cpu":
            if any(isinstance(m, nn.Conv2d) for m in self.model.modules()):
                notes.append(self.try_channels_last(check))
            notes.append(self.try_narrow_linear(check))
        if shortcut and self.bn != "recompute":
            note = self.try_first_layer(check)
            if note:
                notes.append(f"no shortcut: {note}")
        notes = [n for n in notes if n]
        decision = {
            "channels_last": self.channels_last,
            "narrow": bool(self.narrow),
            "first_layer": self.first is not None,
            "notes": notes,
        }
        cache_decision(SETUP_CACHE, key, decision)
        return notes

    def _apply_setup(self, decided: dict) -> list[str]:
        """Switch on the speed paths a previous `setup` verified for this model and data."""
        if decided["channels_last"]:
            self.pack(channels_last=True)
        if decided["narrow"]:
            self.narrow = self.narrow_candidates()
            self.install_narrow()
        if decided["first_layer"]:
            fl = FirstLayer.detect(self)
            if isinstance(fl, FirstLayer):
                self.first = fl
        return list(decided["notes"])

    def narrow_candidates(self) -> list[nn.Module]:
        """Linear layers with few outputs and many inputs (e.g. a classifier head)."""
        return [
            m
            for m in self.model.modules()
            if type(m) is nn.Linear and m.out_features <= 32 and m.in_features >= 32
        ]

    def float64_reference(self, probes: list[np.ndarray]) -> list[torch.Tensor] | None:
        """The metrics at ``probes`` computed in float64 (None where the model cannot)."""
        model, dirs, center = self.spec
        try:
            data = EvalData([(to_float64(x), y) for x, y in self.data.batches], self.data.n, False)
            bn_data = None
            if self.bn_data is not self.data:
                bn_data = EvalData(
                    [(to_float64(x), y) for x, y in self.bn_data.batches], self.bn_data.n
                )
            ref = Engine(
                model, data, dirs, self.metrics, self.device, center, self.bn, bn_data,
                dtype=torch.float64,
            )  # fmt: skip
            ref.reset_buffers = True
            return [ref.eval_point(c) for c in probes]
        except Exception:  # e.g. an op without a float64 kernel
            return None

    def as_accurate(self, check: dict) -> bool:
        """Whether the current (fast) configuration is as accurate as the plain forward."""
        probes, plain = check["probes"], check["plain"]
        if "exact" not in check:
            check["exact"] = self.float64_reference(probes)
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

    def try_channels_last(self, check: dict) -> str:
        """NHWC convolution weights (oneDNN's native CPU layout), where faster and exact."""
        key = self.cache_key()
        cached = LAYOUT_CACHE.get(key)
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
            self.pack(channels_last=True)
            ok = self.as_accurate(check)
        except Exception as exc:  # e.g. a .view() on an activation in the user's forward
            ok, why = False, f"channels-last layout fails ({type(exc).__name__})"
        else:
            why = "channels-last layout less accurate than the plain forward"
        if ok and cached is None and timed() > 0.95 * t_plain:
            ok, why = False, "channels-last layout not faster"
        cache_decision(LAYOUT_CACHE, key, ok)
        if not ok:
            self.pack(channels_last=False)
            return why
        return ""

    def try_narrow_linear(self, check: dict) -> str:
        """Narrow Linear layers (e.g. a classifier head) as ``(W x^T)^T`` on the CPU.

        ``x W^T`` with few output features is a tall-skinny GEMM that CPU BLAS runs at a
        fraction of its speed; the transposed product is about twice as fast.
        """
        narrow = self.narrow_candidates()
        if not narrow:
            return ""
        self.narrow = narrow
        self.install_narrow()
        try:
            ok = self.as_accurate(check)
        except Exception:  # pragma: no cover - a forward that passes odd inputs
            ok = False
        if not ok:
            self.remove_narrow()
            self.narrow = []
            return "narrow Linear layers run as plain linear (transposed less accurate)"
        return ""

    def install_narrow(self) -> None:
        for m in self.narrow:
            m.forward = NarrowLinear(m)  # on the engine's private copy of the model

    def remove_narrow(self) -> None:
        for m in self.narrow:
            m.__dict__.pop("forward", None)

    def try_first_layer(self, check: dict) -> str:
        """The first-layer linearity shortcut; returns why it is not used, or ''."""
        fl = FirstLayer.detect(self)
        if isinstance(fl, str):
            return fl
        self.first = fl
        if not self.as_accurate(check):
            fl.remove()
            self.first = None
            return "the first-layer shortcut is less accurate than the full forward"
        return ""


def fused_metrics(metrics: Mapping[str, Metric]) -> Callable | None:
    """One pass for the default cross-entropy loss and accuracy (same values, less work)."""
    fns = list(metrics.values())
    if not fns or any(f not in (nn.functional.cross_entropy, accuracy) for f in fns):
        return None

    def fused(out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        if out.dim() != 2 or y.dim() != 1 or y.is_floating_point():
            return torch.stack([f(out, y).to(torch.float64).reshape(()) for f in fns])
        if out.dtype in (torch.float16, torch.bfloat16):
            out = out.float()  # half-precision logits: the loss in float32 at least
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


def check_labels(eng: Engine, out: Any) -> None:
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
    return output_stats(model, run)[0]


def output_stats(model: nn.Module, run: Callable[[], Any]) -> tuple[int, int]:
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
