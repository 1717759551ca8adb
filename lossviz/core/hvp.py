"""The Hessian-vector product operator and the set-up shared by every curvature function.

`HessianOperator` is the Hessian of the mean loss over the evaluation data with respect to
(a subset of) the parameters, as a flat vector: Hessian-vector products forward-over-reverse
(``jvp(grad(f))``) or reverse-over-reverse (``vjp(grad(f))``) with ``torch.func`` (timed
once, the faster kept; autograd double backward as the fallback), vmapped over rows of
vectors and grid points. Parameters go through ``functional_call`` on a private copy of the
model without the user's hooks, so the user's model is never written to or observed, and
buffers a forward changes in place start fresh at every evaluation. `HessianSetup`
validates the arguments the public functions share (model, data, loss, device, ``bn`` mode,
parameter subset, DataParallel unwrapping), `HessianOptions` is their shared keyword group,
and `HessianSession` holds the model preserved in the requested mode. The module also holds
the glue between the operator and `lossviz.core.eigensolvers` (`solve`, start vectors,
convergence warnings) and Hutchinson's trace estimator (`hutchinson`, `TraceEstimate`).
"""

from __future__ import annotations

import math
import time
import warnings
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.func import functional_call, grad_and_value, jvp, vjp

from .._util import Options, check_choice, check_int, check_positive_int
from .eigensolvers import SolveResult, lanczos, power_iteration
from .engine import private_copy
from .inputs import BN_MODES as INPUT_BN_MODES
from .inputs import (
    EvalData,
    Metric,
    as_eval_data,
    batch_len,
    resolve_device,
    resolve_metrics,
)
from .norm import set_norm_mode
from .params import check_model, preserved, state_tensors

__all__ = [
    "BN_MODES",
    "HVP_MODES",
    "METHODS",
    "WHICH",
    "HessianConvergenceWarning",
    "HessianOperator",
    "HessianOptions",
    "HessianSession",
    "HessianSetup",
    "TraceEstimate",
    "check_center_loss",
    "check_tol",
    "first_line",
    "hutchinson",
    "rademacher",
    "raise_if_failed",
    "solve",
    "start_vectors",
    "warn_unconverged",
]

WHICH = ("largest", "smallest", "both")
METHODS = ("lanczos", "power")
#: ``bn`` of the curvature functions: running or batch statistics (the Hessian holds
#: statistics fixed, so ``"recompute"`` of the grid functions does not apply)
BN_MODES = tuple(m for m in INPUT_BN_MODES if m != "recompute")
HVP_MODES = ("auto", "forward", "reverse")
_WRAPPERS = (nn.DataParallel, nn.parallel.DistributedDataParallel)
_MODE_CACHE: OrderedDict[tuple, str] = OrderedDict()


class HessianConvergenceWarning(RuntimeWarning):
    """An eigenvalue solver stopped at ``max_iter`` before reaching ``tol``."""


# ============================================================== the HVP operator
class HessianOperator:
    """The Hessian of the mean loss over ``data`` w.r.t. a set of parameters (flat).

    ``theta`` is the flat vector of the selected parameters at the center; every other
    parameter and every buffer is held fixed (``fixed``), except floating buffers that
    a caller moves per point through ``extras``.
    """

    def __init__(
        self,
        model: nn.Module,
        data: EvalData,
        loss: Metric,
        device: torch.device,
        names: Sequence[str] | None = None,
        center: Mapping[str, torch.Tensor] | None = None,
        hvp: str = "auto",
        source_id: int | None = None,
    ) -> None:
        self.model = model
        self.source_id = id(model) if source_id is None else source_id
        self.requested = hvp
        self.data = data
        self.loss = loss
        self.device = device
        state: OrderedDict[str, torch.Tensor] = OrderedDict(model.named_parameters())
        state.update(model.named_buffers())
        if center is not None:
            state.update(center)
        base = OrderedDict((n, t.detach().to(device).clone()) for n, t in state.items())
        all_params = [n for n, p in model.named_parameters() if p.is_floating_point()]
        self.names = list(all_params if names is None else names)
        self.like = OrderedDict((n, base[n]) for n in self.names)
        dtype = self.like[self.names[0]].dtype
        for t in self.like.values():
            dtype = torch.promote_types(dtype, t.dtype)
        self.dtype = dtype
        self.sizes = [t.numel() for t in self.like.values()]
        self.theta = torch.cat([t.reshape(-1).to(dtype) for t in self.like.values()])
        self.P = int(self.theta.numel())
        self.fixed = OrderedDict((n, t) for n, t in base.items() if n not in self.like)
        self.weights = [batch_len(x) / data.n for x, _ in data.batches]
        self.mode: str | None = None  # "forward", "reverse" or "double_backward"
        self.vmap_ok = True
        self.n_hvp = 0
        self.mutable = self._mutated_buffers()

    def _mutated_buffers(self) -> set[str]:
        """Buffers that one forward changes in place (a counter, a running scale...).

        Every evaluation then starts from a fresh copy of them, so each HVP sees the
        model's buffers as they were (and ``torch.func`` does not meet an in-place write to
        a captured tensor).
        """
        bufs = {n for n, _ in self.model.named_buffers()} & set(self.fixed)
        if not bufs:
            return set()
        trial = dict(self.fixed)
        trial.update({n: self.fixed[n].clone() for n in bufs})
        for n, t in self.like.items():
            trial[n] = t
        x, _ = self.data.batches[0]
        try:
            with torch.no_grad():
                functional_call(self.model, trial, (x,))
        except Exception:  # reported with context by the first real evaluation
            return set()
        return {n for n in bufs if not torch.equal(trial[n], self.fixed[n])}

    # -- the loss as a function of the flat vector ---------------------------
    def _tensors(self, flat: torch.Tensor, extra: Mapping[str, torch.Tensor]) -> dict:
        out = dict(self.fixed)
        out.update(extra)
        for n in self.mutable:  # a fresh copy each evaluation: see `_mutated_buffers`
            out[n] = out[n].clone()
        for (n, t), piece in zip(self.like.items(), torch.split(flat, self.sizes), strict=True):
            piece = piece.view(t.shape)
            out[n] = piece if piece.dtype == t.dtype else piece.to(t.dtype)
        return out

    def _loss_one(self, flat: torch.Tensor, extra: Mapping, x: Any, y: torch.Tensor):
        out = functional_call(self.model, self._tensors(flat, extra), (x,))
        val = self.loss(out, y)
        if val.numel() != 1:
            raise ValueError(
                f"loss_fn must return a scalar (the mean over the batch), got shape "
                f"{tuple(val.shape)}"
            )
        return val.reshape(())

    def _hvp_jvp(self, flat, v, extra, x, y):
        def g(t):
            return grad_and_value(self._loss_one)(t, extra, x, y)

        (_, val), (hv, _) = jvp(g, (flat,), (v,))
        return hv, val

    def _hvp_db(self, flat, v, extra, x, y):
        with torch.enable_grad():
            t = flat.detach().clone().requires_grad_(True)
            val = self._loss_one(t, extra, x, y)
            (g,) = torch.autograd.grad(val, t, create_graph=True, allow_unused=True)
            if g is None or g.grad_fn is None:
                return torch.zeros_like(flat), val.detach()
            (hv,) = torch.autograd.grad(g, t, grad_outputs=v, allow_unused=True)
        return (torch.zeros_like(flat) if hv is None else hv.detach()), val.detach()

    # -- evaluation ----------------------------------------------------------
    def value(self, theta: torch.Tensor | None = None) -> float:
        """Mean loss at ``theta`` (default: the center), forward passes only."""
        flat = self.theta if theta is None else theta.to(self.device, self.dtype)
        total = 0.0
        with torch.no_grad():
            for w, (x, y) in zip(self.weights, self.data.batches, strict=True):
                total += w * float(self._loss_one(flat, {}, x, y).to(torch.float64))
        return total

    def value_and_grad(self, theta: torch.Tensor) -> tuple[float, torch.Tensor]:
        """Mean loss and its gradient (float64) at a flat ``theta``."""
        flat = theta.to(self.device, self.dtype)
        total, grad = 0.0, torch.zeros(self.P, dtype=torch.float64, device=self.device)
        for w, (x, y) in zip(self.weights, self.data.batches, strict=True):
            g, val = grad_and_value(self._loss_one)(flat, {}, x, y)
            total += w * float(val.detach().to(torch.float64))
            grad += w * g.detach().to(torch.float64)
        return total, grad

    def _hvp_rev(self, flat, v, extra, x, y):
        def g(t):
            return grad_and_value(self._loss_one)(t, extra, x, y)

        _, vjp_fn, val = vjp(g, flat, has_aux=True)
        (hv,) = vjp_fn(v)
        return hv, val

    def _hvp(self, mode: str):
        return {"forward": self._hvp_jvp, "reverse": self._hvp_rev}.get(mode, self._hvp_db)

    def _point(self, theta, v, extra) -> tuple[torch.Tensor, torch.Tensor]:
        if self.mode is None:
            self.prepare()
        f = self._hvp(self.mode)
        hv_tot = torch.zeros(self.P, dtype=torch.float64, device=self.device)
        val_tot = torch.zeros((), dtype=torch.float64, device=self.device)
        for w, (x, y) in zip(self.weights, self.data.batches, strict=True):
            hv, val = f(theta, v, extra, x, y)
            hv_tot += w * hv.detach().to(torch.float64)
            val_tot += w * val.detach().to(torch.float64)
        return hv_tot, val_tot

    def prepare(self) -> str:
        """Choose how HVPs are computed; returns the mode.

        ``"forward"`` (forward-over-reverse, ``jvp(grad(f))``) and ``"reverse"``
        (reverse-over-reverse, ``vjp(grad(f))``) are both ``torch.func`` transforms and
        vmappable; ``"auto"`` times both on the first batch and keeps the faster (cached
        per model and data). When neither runs (e.g. a custom autograd.Function without
        functorch support) autograd's double backward is used, with a warning.
        """
        if self.mode is not None:
            return self.mode
        hvp = self.requested
        x, y = self.data.batches[0]
        g = torch.Generator().manual_seed(0)
        v = torch.randn(self.P, generator=g, dtype=torch.float64).to(self.device, self.dtype)
        key = (
            self.source_id, type(self.model).__name__, self.P, self.data.n,
            len(self.data.batches), self.device.type, str(self.dtype),
        )  # fmt: skip
        cands = ["forward", "reverse"] if hvp == "auto" else [hvp]
        if hvp == "auto" and key in _MODE_CACHE:
            cands = [_MODE_CACHE[key]]
        ok: list[str] = []
        errors: list[BaseException] = []
        for m in cands:
            try:
                self._hvp(m)(self.theta, v, {}, x, y)
                ok.append(m)
            except ValueError:
                raise
            except Exception as exc:
                errors.append(exc)
        if not ok:
            try:
                self._hvp_db(self.theta, v, {}, x, y)
            except ValueError:
                raise
            except Exception as exc2:
                exc1 = errors[0]
                raise ValueError(
                    "the loss is not twice differentiable with respect to the parameters "
                    "(needed for Hessian-vector products): torch.func failed with "
                    f"{type(exc1).__name__}: {first_line(exc1)}; double backward failed "
                    f"with {type(exc2).__name__}: {first_line(exc2)}"
                ) from exc2
            warnings.warn(
                "lossviz: torch.func transforms are not available for this model "
                f"({type(errors[0]).__name__}: {first_line(errors[0])}); using autograd "
                "double backward (slower, no vectorization) for Hessian-vector products",
                RuntimeWarning,
                stacklevel=5,
            )
            self.mode = "double_backward"
            self.vmap_ok = False
            return self.mode
        if len(ok) == 1:
            self.mode = ok[0]
        else:
            sync = torch.cuda.synchronize if self.device.type == "cuda" else (lambda: None)
            best = {}
            for _ in range(2):
                for m in ok:
                    sync()
                    t0 = time.perf_counter()
                    self._hvp(m)(self.theta, v, {}, x, y)
                    sync()
                    dt = time.perf_counter() - t0
                    best[m] = min(best.get(m, math.inf), dt)
            self.mode = min(ok, key=lambda m: best[m])
        if hvp == "auto":
            _MODE_CACHE[key] = self.mode
            while len(_MODE_CACHE) > 64:
                _MODE_CACHE.popitem(last=False)
        return self.mode

    def matvec(
        self,
        V: torch.Tensor,
        thetas: torch.Tensor | None = None,
        extras: Mapping[str, torch.Tensor] | None = None,
        vectorize: bool = False,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """``H(theta_k) v_k`` for each row; returns (float64 ``(K, P)``, losses ``(K,)``).

        ``thetas`` (``(K, P)``) and ``extras`` (``{buffer: (K, ...)}``) default to the
        center. ``vectorize`` evaluates all rows in one vmapped call.
        """
        K = V.shape[0]
        self.n_hvp += K
        Vd = V.to(self.device, self.dtype)
        Td = None if thetas is None else thetas.to(self.device, self.dtype)
        extras = dict(extras or {})
        if self.mode is None:
            self.prepare()
        if vectorize and K > 1 and self.vmap_ok and self.mode != "double_backward":
            try:
                return self._matvec_vmap(Vd, Td, extras)
            except ValueError:
                raise
            except Exception as exc:
                warnings.warn(
                    "lossviz: vectorized Hessian-vector products failed for this model "
                    f"({type(exc).__name__}: {first_line(exc)}); using the per-point loop",
                    RuntimeWarning,
                    stacklevel=3,
                )
                self.vmap_ok = False
        HV = torch.empty(K, self.P, dtype=torch.float64, device=self.device)
        vals = torch.empty(K, dtype=torch.float64, device=self.device)
        for k in range(K):
            th = self.theta if Td is None else Td[k]
            ex = {n: t[k] for n, t in extras.items()}
            HV[k], vals[k] = self._point(th, Vd[k], ex)
        return HV, vals

    def _matvec_vmap(self, Vd, Td, extras):
        K = Vd.shape[0]
        in_theta = None if Td is None else 0
        th = self.theta if Td is None else Td
        f = torch.vmap(self._hvp_jvp, in_dims=(in_theta, 0, 0 if extras else None, None, None))
        HV = torch.zeros(K, self.P, dtype=torch.float64, device=self.device)
        vals = torch.zeros(K, dtype=torch.float64, device=self.device)
        for w, (x, y) in zip(self.weights, self.data.batches, strict=True):
            hv, val = f(th, Vd, extras, x, y)
            HV += w * hv.detach().to(torch.float64)
            vals += w * val.detach().to(torch.float64)
        return HV, vals

    def unflatten(self, vec: torch.Tensor) -> OrderedDict[str, torch.Tensor]:
        """Split a flat vector into ``{name: tensor}`` with the parameters' shapes/dtypes."""
        out = OrderedDict()
        for (n, t), piece in zip(self.like.items(), torch.split(vec, self.sizes), strict=True):
            out[n] = piece.reshape(t.shape).to(t.dtype)
        return out


def first_line(exc: BaseException) -> str:
    """The first line of an exception message (at most 200 characters)."""
    s = str(exc).strip().splitlines()
    return s[0][:200] if s else ""


# ============================================================== shared plumbing
def check_tol(tol: Any) -> float:
    """``tol`` as a float in (0, 1), or ValueError."""
    if isinstance(tol, bool) or not isinstance(tol, (int, float)) or not (0 < tol < 1):
        raise ValueError(f"tol must be a number in (0, 1), got {tol!r}")
    return float(tol)


@dataclass(frozen=True)
class HessianOptions(Options):
    """How the Hessian operator is evaluated: the keywords shared by the curvature functions.

    `lossviz.hessian_eigenvalues`, `lossviz.hessian_trace`, `lossviz.hessian_spectrum`,
    `lossviz.hessian_directions`, `lossviz.core.hessian.layer_eigenvalues` and
    `lossviz.sharpness` take these either one by one (``hessian_trace(..., bn="train")``) or
    as one object (``options=HessianOptions(bn="train")``); keywords given next to
    ``options`` override its fields. The values are validated here, once.

    Parameters
    ----------
    seed : int
        Seed of the random start vector (Lanczos, power iteration), of the Rademacher
        probes (trace, spectrum) and of the ascent's start point (epsilon-sharpness).
    batch_size, subsample : int, optional
        As in `lossviz.surface`.
    bn : {"eval", "train"}
        Normalization layers with running statistics (default) or batch statistics;
        Dropout and other modules stay in eval mode either way (deterministic).
    hvp : {"auto", "forward", "reverse"}
        How HVPs are computed, both with ``torch.func``: forward-over-reverse
        ``jvp(grad(f))`` or reverse-over-reverse ``vjp(grad(f))``; ``"auto"`` times both
        once per model and data and keeps the faster. Models that torch.func cannot
        transform fall back to autograd double backward (with a warning).
    params : sequence of str, optional
        Restrict the Hessian to these parameters (the block of the Hessian); others are
        held fixed. Default: all parameters. Not taken by `lossviz.hessian_directions`
        and `lossviz.sharpness`, which work on all parameters.
    """

    seed: int = 0
    batch_size: int | None = None
    subsample: int | None = None
    bn: str = "eval"
    hvp: str = "auto"
    params: Sequence[str] | None = None

    def __post_init__(self) -> None:
        check_choice("bn", self.bn, BN_MODES)
        check_choice("hvp", self.hvp, HVP_MODES)
        check_positive_int("batch_size", self.batch_size, optional=True)
        if self.subsample is not None:
            check_int("subsample", self.subsample)

    def setup(
        self, model: nn.Module, data: Any, loss_fn: Metric | None, device: Any, center: Any = None
    ) -> HessianSetup:
        """The `HessianSetup` of these options.

        Parameters
        ----------
        model, data, loss_fn, device
            As in `lossviz.hessian_eigenvalues`.
        center : optional
            As in `HessianSetup`.

        Returns
        -------
        HessianSetup
        """
        return HessianSetup(
            model, data, loss_fn, device, self.batch_size, self.subsample, self.bn,
            self.params, center, hvp=self.hvp,
        )  # fmt: skip

    def all_parameters(self, where: str) -> HessianOptions:
        """``self``, or ``TypeError`` if ``params`` is set (``where`` works on all of them).

        Parameters
        ----------
        where : str
            The calling function's name, for the message.

        Returns
        -------
        HessianOptions
        """
        if self.params is not None:
            raise TypeError(f"{where}() does not take params= (it uses all parameters)")
        return self


class HessianSetup:
    """Validated inputs shared by the public functions, entered inside ``preserved``."""

    def __init__(
        self,
        model: nn.Module,
        data: Any,
        loss_fn: Metric | None,
        device: Any,
        batch_size: int | None,
        subsample: int | None,
        bn: str,
        params: Sequence[str] | None = None,
        center: Any = None,
        hvp: str = "auto",
    ) -> None:
        check_model(model)
        check_choice("bn", bn, BN_MODES)
        check_choice("hvp", hvp, HVP_MODES)
        self.hvp = hvp
        if subsample is not None:
            check_int("subsample", subsample)
        # DataParallel / DistributedDataParallel: the Hessian is the wrapped module's
        # (torch.func cannot call through the wrapper); names keep the wrapper's prefix
        # ("module.") where they meet the caller (params, directions, center)
        self.wrapper = model
        self.prefix = ""
        while isinstance(model, _WRAPPERS):
            model = model.module
            self.prefix += "module."
        self.model = model
        self.loss = resolve_metrics(("loss",), loss_fn)["loss"]
        self.loss_name = (
            getattr(loss_fn, "__name__", type(loss_fn).__name__) if loss_fn else ("cross_entropy")
        )
        self.device = resolve_device(device)
        self.data = as_eval_data(data, self.device, batch_size=batch_size, subsample=subsample)
        self.bn = bn
        named = OrderedDict(model.named_parameters())
        if params is not None:
            if isinstance(params, str):
                params = [params]
            params = [self.unprefixed(p) for p in params]
            unknown = [p for p in params if p not in named]
            if unknown or not params:
                raise ValueError(
                    f"params must name parameters of the model; unknown: {unknown[:5]} "
                    f"(the model has {list(named)[:8]}{' ...' if len(named) > 8 else ''})"
                )
        self.params = None if params is None else list(params)
        names = self.params or list(named)
        nonfloat = [n for n in names if not named[n].is_floating_point()]
        if nonfloat:
            raise ValueError(f"parameters {nonfloat[:5]} are not floating point")
        if center is not None and self.prefix and isinstance(center, Mapping):
            center = {self.unprefixed(k): v for k, v in center.items()}
        elif isinstance(center, _WRAPPERS):
            center = center.module
        self.center = None if center is None else state_tensors(center, model, "center")
        self._bn_saved: list[tuple[nn.Module, bool]] = []
        self._copy: nn.Module | None = None

    def unprefixed(self, name: str) -> str:
        """A name of the wrapper's state as the wrapped module calls it."""
        return name[len(self.prefix) :] if self.prefix and name.startswith(self.prefix) else name

    def enter(self) -> None:
        """Put the model in the evaluation mode (call inside ``preserved(model)``).

        ``bn="train"`` puts normalization layers only in training mode (batch statistics);
        Dropout and every other module stay in eval mode, so the Hessian is deterministic.
        """
        set_norm_mode(self.wrapper, self.bn == "train")
        if self.bn == "train":
            # batch statistics without touching the running buffers
            for mod in self.model.modules():
                if isinstance(mod, nn.modules.batchnorm._BatchNorm):
                    self._bn_saved.append((mod, mod.track_running_stats))
                    mod.track_running_stats = False

    def exit(self) -> None:
        for mod, flag in self._bn_saved:
            mod.track_running_stats = flag
        self._bn_saved.clear()
        self._copy = None

    def hessian(self, names: Sequence[str] | None = None) -> HessianOperator:
        """The Hessian operator (call inside the session, after `enter`).

        It evaluates a private copy of the model in the session's mode, without the user's
        hooks (`lossviz.core.engine.private_copy`): hooks on the user's model do not run at
        every Hessian-vector product.
        """
        if self._copy is None:
            self._copy = private_copy(self.model)
        return HessianOperator(
            self._copy, self.data, self.loss, self.device, names or self.params, self.center,
            self.hvp, source_id=id(self.model),
        )  # fmt: skip


class HessianSession:
    """``with HessianSession(setup) as s`` == preserved model + evaluation mode."""

    def __init__(self, setup: HessianSetup) -> None:
        self.setup = setup
        self._cm = preserved(setup.wrapper)

    def __enter__(self) -> HessianSetup:
        self._cm.__enter__()
        try:
            self.setup.enter()
        except BaseException:
            self.setup.exit()
            self._cm.__exit__(None, None, None)
            raise
        return self.setup

    def __exit__(self, *exc: Any) -> None:
        try:
            self.setup.exit()
        finally:
            self._cm.__exit__(*exc)


def check_center_loss(H: HessianOperator) -> float:
    """The loss at the center; ValueError if it is not finite."""
    f0 = H.value()
    if not math.isfinite(f0):
        raise ValueError(
            f"the loss at the model's weights is {f0} (not finite), so its curvature is "
            "undefined; check the data for NaN/inf, the weights, and loss_fn"
        )
    return f0


def start_vectors(P: int, K: int, seed: int, device: torch.device) -> torch.Tensor:
    """``K`` copies of one seeded Gaussian start vector ``(K, P)`` float64."""
    g = torch.Generator().manual_seed(int(seed))
    v = torch.randn(P, generator=g, dtype=torch.float64)
    return v.to(device).expand(K, P).clone()


def rademacher(n: int, P: int, seed: int, device: torch.device) -> torch.Tensor:
    """``n`` seeded Rademacher vectors (entries +-1), ``(n, P)`` float64."""
    g = torch.Generator().manual_seed(int(seed))
    z = torch.randint(0, 2, (n, P), generator=g, dtype=torch.int8).to(torch.float64) * 2 - 1
    return z.to(device)


def solve(
    H: HessianOperator,
    k: int,
    which: str,
    method: str,
    max_iter: int | None,
    tol: float,
    seed: int,
    vectors: bool = False,
) -> SolveResult:
    """Extreme eigenpairs of ``H`` at the center by ``method`` from one seeded start."""

    def op(idx: np.ndarray, V: torch.Tensor) -> torch.Tensor:
        HV, _ = H.matvec(V)
        return HV

    v0 = start_vectors(H.P, 1, seed, H.device)
    if method == "lanczos":
        mi = max_iter if max_iter is not None else max(100, 4 * k + 20)
        return lanczos(op, v0, k, which, mi, tol, vectors=vectors, seed=seed)
    mi = max_iter if max_iter is not None else 1000
    return power_iteration(op, v0, k, which, mi, tol, vectors=vectors)


def raise_if_failed(out: SolveResult) -> None:
    """FloatingPointError if a solver met a non-finite Hessian-vector product."""
    if out.failed.any():
        raise FloatingPointError(
            "a Hessian-vector product was not finite (NaN/inf): the loss may not be twice "
            "differentiable at these weights (e.g. sqrt or log at 0) or it overflows; "
            "try a float64 model or check loss_fn"
        )


def warn_unconverged(what: str, out: SolveResult, tol: float, stacklevel: int = 3) -> None:
    """`HessianConvergenceWarning` if a problem of ``out`` did not reach ``tol``."""
    if not out.converged.all():
        warnings.warn(
            f"lossviz: {what} did not converge in {int(out.iterations.max())} iterations "
            f"(relative residual {float(np.nanmax(out.residual)):.2e} > tol={tol:g}); "
            "the values are estimates: raise max_iter or tol",
            HessianConvergenceWarning,
            stacklevel=stacklevel,
        )


# ============================================================== Hutchinson's trace estimator
@dataclass
class TraceEstimate:
    """Hutchinson estimate of the Hessian trace.

    Attributes
    ----------
    estimate : float
        Mean of ``z^T H z`` over the probes.
    ci : tuple of float
        95% confidence interval ``estimate -/+ 1.96 s / sqrt(n_probes)``.
    std_error : float
        ``s / sqrt(n_probes)`` (``s``: sample standard deviation).
    n_probes : int
        Rademacher probes used (= HVPs).
    samples : numpy.ndarray
        The individual ``z^T H z``.
    """

    estimate: float
    ci: tuple[float, float]
    std_error: float
    n_probes: int
    samples: np.ndarray = field(repr=False)

    def __float__(self) -> float:
        return self.estimate

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)

    def as_dict(self) -> dict[str, Any]:
        """``{"estimate", "ci", "std_error", "n_probes"}`` (JSON-friendly)."""
        return {
            "estimate": self.estimate,
            "ci": list(self.ci),
            "std_error": self.std_error,
            "n_probes": self.n_probes,
        }

    def __str__(self) -> str:
        return (
            f"trace ~ {self.estimate:.6g} (95% CI {self.ci[0]:.6g} .. {self.ci[1]:.6g}, "
            f"{self.n_probes} probes)"
        )


def hutchinson(
    H: HessianOperator, n_probes: int, seed: int, chunk: int, vectorize: bool
) -> TraceEstimate:
    """Hutchinson's ``tr(H) ~ mean z^T H z`` over ``n_probes`` Rademacher probes.

    The probes go through ``H.matvec`` ``chunk`` at a time (vmapped when ``vectorize``).
    """
    Z = rademacher(n_probes, H.P, seed, H.device)
    samples = np.empty(n_probes)
    for s in range(0, n_probes, chunk):
        z = Z[s : s + chunk]
        HZ, _ = H.matvec(z, vectorize=vectorize)
        if not torch.isfinite(HZ).all():
            raise FloatingPointError(
                "a Hessian-vector product was not finite (NaN/inf); the trace is undefined"
            )
        samples[s : s + len(z)] = (z * HZ).sum(dim=1).cpu().numpy()
    est = float(samples.mean())
    se = float(samples.std(ddof=1) / math.sqrt(n_probes))
    return TraceEstimate(est, (est - 1.96 * se, est + 1.96 * se), se, n_probes, samples)
