"""Mode connectivity: curves between two minima, trained so the loss stays low along them.

This module owns the curves: `curve_weights` (Bezier and polygonal-chain weights of the
control points), `Curve` (the control points; evaluation along the curve, points as
models, ``.npz`` files) and `connect`, which trains the bends; metrics at given states
(curve points, and the points of `lossviz.core.planes`) go through the evaluation engine
(`metrics_at_states`). The method and the curve families:

Garipov, Izmailov, Podoprikhin, Vetrov and Wilson, "Loss Surfaces, Mode Connectivity, and
Fast Ensembling of DNNs" (NeurIPS 2018): two independently trained minima ``theta_a`` and
``theta_b`` are joined by a simple curve ``phi(t)`` (``phi(0) = theta_a``, ``phi(1) =
theta_b``) whose bend points are trained to minimize the expected loss along the curve,
``E_{t ~ U(0, 1)} L(phi(t))``, with one ``t`` drawn per minibatch. The straight line between
the two minima has a loss barrier; the trained curve usually has none.

Curves (``N = bends + 1`` segments / degree, control points ``P_0 = theta_a``,
``P_1..P_{N-1}`` the bends, ``P_N = theta_b``):

- ``"bezier"``: ``phi(t) = sum_k C(N, k) t^k (1 - t)^(N - k) P_k``; one bend gives the
  quadratic Bezier ``(1 - t)^2 theta_a + 2 t (1 - t) theta + t^2 theta_b``;
- ``"polychain"``: the polygonal chain through ``P_0, ..., P_N`` with knots at ``t = k / N``.

Every curve point is a weighted sum ``sum_k w_k(t) P_k`` with ``sum_k w_k(t) = 1``. Floating
buffers (BatchNorm running statistics) are not trained: the bends hold the buffers of the
straight line at their knot ``k / N``, so along the whole curve the buffers are the linear
interpolation ``(1 - t) buf_a + t buf_b`` (exact at both ends). Those statistics do not
belong to the interior weights; ``bn_update=True`` in `Curve.evaluate` recomputes them at
each ``t`` from the data (the procedure of Garipov et al.).
"""

from __future__ import annotations

import copy
import json
import math
import os
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.func import functional_call

from .._util import atomic_path, check_choice, check_int
from ..landscape import Landscape
from .engine import Engine
from .grid import GridRun
from .inputs import EvalData, Metric, as_eval_data, axis_values, resolve_device, resolve_metrics
from .norm import has_batchnorm, recompute_bn
from .params import check_model, preserved, state_tensors

__all__ = [
    "KINDS",
    "Curve",
    "PointLike",
    "architecture",
    "connect",
    "curve_weights",
    "metrics_at_states",
]

KINDS = ("bezier", "polychain")
OPTIMIZERS = ("adam", "sgd")
_KIND_NAMES = {"bezier": "Bezier curve", "polychain": "polygonal chain"}
_SCHEMA = "lossviz.curve"
_SCHEMA_VERSION = 1

PointLike = nn.Module | Mapping[str, torch.Tensor]


# ------------------------------------------------------------------ curve weights
def curve_weights(kind: str, degree: int, t: float | np.ndarray) -> np.ndarray:
    """Weights ``w_k(t)`` of the control points ``P_0..P_N`` (``N = degree``) at ``t``.

    Parameters
    ----------
    kind : {"bezier", "polychain"}
        Bernstein polynomials of degree ``N``, or hat functions with knots at ``k / N``.
    degree : int
        ``N = bends + 1``.
    t : float or array_like
        Curve parameter(s) in ``[0, 1]``.

    Returns
    -------
    numpy.ndarray
        ``(N + 1,)`` for a scalar ``t``, ``(len(t), N + 1)`` otherwise; rows sum to 1.
    """
    check_choice("kind", kind, KINDS)
    tt = np.asarray(t, dtype=np.float64)
    scalar = tt.ndim == 0
    tt = np.atleast_1d(tt)
    if np.any(~np.isfinite(tt)) or np.any(tt < 0) or np.any(tt > 1):
        raise ValueError("t must lie in [0, 1]")
    k = np.arange(degree + 1)
    if kind == "bezier":
        binom = np.array([math.comb(degree, int(i)) for i in k], dtype=np.float64)
        w = binom * tt[:, None] ** k * (1.0 - tt[:, None]) ** (degree - k)
    else:
        w = np.clip(1.0 - np.abs(degree * tt[:, None] - k), 0.0, None)
    return w[0] if scalar else w


def _combine(points: Sequence[Mapping[str, torch.Tensor]], w: Sequence[float], names) -> dict:
    out = {}
    for n in names:
        acc = None
        for wk, p in zip(w, points, strict=True):
            if wk == 0.0:
                continue
            term = p[n] * wk if wk != 1.0 else p[n]
            acc = term if acc is None else acc + term
        out[n] = acc if acc is not None else torch.zeros_like(points[0][n])
    return out


# ------------------------------------------------------------------ metrics at states
def metrics_at_states(
    model: nn.Module,
    states: Callable[[int], Mapping[str, torch.Tensor]],
    edata: EvalData,
    fns: Mapping[str, Metric],
    device: torch.device,
    run: GridRun,
    bn: str = "eval",
    bn_update: bool = False,
) -> None:
    """Metrics of ``model`` at ``states(0..run.npts - 1)`` into ``run`` (a 1D `GridRun`).

    One evaluation engine (`lossviz.core.engine.Engine` without directions: a private copy
    of the model, never the user's) evaluates each state with `Engine.eval_state`, at
    `lossviz.surface`'s speed per point. ``bn_update`` recomputes the BatchNorm running
    statistics of each state from ``edata`` first (`lossviz.core.norm.recompute_bn`:
    BatchNorm layers in training mode only, cumulative average).
    """
    eng = Engine(model, edata, None, OrderedDict(fns), device, bn=bn)
    with torch.no_grad():
        eng.probe()  # clear errors for data the model cannot run on, labels out of range
        for i in range(run.npts):
            st = states(i)
            if bn_update:
                st = recompute_bn(eng.model, edata.batches, st)
            run.values[i] = eng.eval_state(st).cpu().numpy()
            run.advance(1)


def architecture(items: Sequence[Any], model: nn.Module | None, what: str) -> nn.Module:
    """``model``, or else the first module among ``items``; validated.

    Parameters
    ----------
    items : sequence
        Models or state dicts.
    model : torch.nn.Module or None
        The architecture given by the caller.
    what : str
        What ``items`` are, for the message (``"points"``, ``"models"``).

    Returns
    -------
    torch.nn.Module
    """
    if model is None:
        model = next((m for m in items if isinstance(m, nn.Module)), None)
        if model is None:
            raise TypeError(f"pass model= when {what} are state dicts")
    return check_model(model)


def _check_positive(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)):
        raise TypeError(f"{name} must be a number, got {type(value).__name__}")
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"{name} must be a positive finite number, got {value!r}")
    return float(value)


# ------------------------------------------------------------------ the curve
class Curve:
    """A curve in parameter space from ``theta_a`` (``t = 0``) to ``theta_b`` (``t = 1``).

    Made by `connect`; see the module docstring for the curve families.

    Parameters
    ----------
    model : torch.nn.Module
        The architecture (used for names, shapes and forward passes; never modified).
    points : sequence of mapping of str to torch.Tensor
        Control points ``P_0..P_N`` (``N >= 1``) over the model's parameters and floating
        buffers; ``P_0`` and ``P_N`` are the endpoints.
    kind : {"bezier", "polychain"}
    meta : mapping, optional
        JSON-serializable description (training settings, timing).
    history : sequence of float, optional
        Training loss per optimization step.

    Attributes
    ----------
    points : list of OrderedDict of str to torch.Tensor
        The control points (CPU tensors, detached).
    kind : str
    bends : int
        Number of trainable bend points, ``N - 1``.
    meta : dict
    history : list of float
    """

    def __init__(
        self,
        model: nn.Module,
        points: Sequence[Mapping[str, torch.Tensor]],
        kind: str = "bezier",
        meta: Mapping[str, Any] | None = None,
        history: Sequence[float] | None = None,
    ) -> None:
        check_model(model)
        check_choice("kind", kind, KINDS)
        if len(points) < 2:
            raise ValueError("a curve needs at least two control points (its endpoints)")
        ref = state_tensors(points[0], model, "points[0]")
        self.names = list(ref)
        self.points: list[OrderedDict[str, torch.Tensor]] = []
        for k, p in enumerate(points):
            st = state_tensors(p, model, f"points[{k}]")
            if list(st) != self.names:
                raise ValueError(f"points[{k}] holds different tensors than points[0]")
            self.points.append(
                OrderedDict((n, t.detach().to("cpu").clone()) for n, t in st.items())
            )
        self.kind = kind
        self.bends = len(points) - 2
        self.meta: dict[str, Any] = dict(meta or {})
        self.history = [float(v) for v in (history or [])]
        self._model = model
        self._params = [n for n, _ in model.named_parameters()]

    @property
    def name(self) -> str:
        """Legend name of the curve family (``"Bezier curve"``, ``"polygonal chain"``)."""
        return _KIND_NAMES[self.kind]

    @property
    def model(self) -> nn.Module:
        """The architecture the curve was built from (never modified)."""
        return self._model

    @property
    def degree(self) -> int:
        """``N``: number of segments (polychain) or polynomial degree (Bezier)."""
        return len(self.points) - 1

    @property
    def endpoints(self) -> tuple[OrderedDict[str, torch.Tensor], OrderedDict[str, torch.Tensor]]:
        """``(theta_a, theta_b)`` as state mappings."""
        return self.points[0], self.points[-1]

    @property
    def bend_points(self) -> list[OrderedDict[str, torch.Tensor]]:
        """The trained control points between the endpoints."""
        return self.points[1:-1]

    def __repr__(self) -> str:
        return (
            f"Curve(kind={self.kind!r}, bends={self.bends}, "
            f"model={type(self.model).__name__}, tensors={len(self.names)})"
        )

    def weights(self, t: float | np.ndarray) -> np.ndarray:
        """Weights of the control points at ``t`` (see `curve_weights`).

        Parameters
        ----------
        t : float or array_like
            In ``[0, 1]``.

        Returns
        -------
        numpy.ndarray
        """
        return curve_weights(self.kind, self.degree, t)

    def point(self, t: float, dtype: torch.dtype | None = None) -> OrderedDict[str, torch.Tensor]:
        """The state (parameters and floating buffers) at ``phi(t)``.

        Parameters
        ----------
        t : float
            Curve parameter in ``[0, 1]``.
        dtype : torch.dtype, optional
            Compute (and return) in this dtype, e.g. ``torch.float64`` for exact geometry;
            default: the model's dtypes.

        Returns
        -------
        OrderedDict of str to torch.Tensor
            CPU tensors; ``point(0)`` and ``point(1)`` equal the endpoints exactly.
        """
        if isinstance(t, bool) or not isinstance(t, (int, float, np.floating, np.integer)):
            raise TypeError(f"t must be a number in [0, 1], got {type(t).__name__}")
        w = self.weights(float(t))
        pts = self.points
        if dtype is not None:
            pts = [{n: v.to(dtype) for n, v in p.items()} for p in pts]
        with torch.no_grad():
            return OrderedDict(_combine(pts, [float(v) for v in w], self.names))

    def to_model(self, t: float) -> nn.Module:
        """A new model (deep copy of the architecture) with the weights ``phi(t)``.

        Parameters
        ----------
        t : float
            Curve parameter in ``[0, 1]``.

        Returns
        -------
        torch.nn.Module
            Same device and training flag as the model the curve was built from.
        """
        state = self.point(t)
        with preserved(self.model):
            new = copy.deepcopy(self.model)
        with torch.no_grad():
            live = {**dict(new.named_parameters()), **dict(new.named_buffers())}
            for n, v in state.items():
                live[n].copy_(v.to(live[n].device, live[n].dtype))
        for p in new.parameters():
            p.grad = None
        return new

    def evaluate(
        self,
        data: Any,
        ts: Any = (0.0, 1.0, 41),
        metrics: Sequence[str] | Mapping[str, Metric] = ("loss", "accuracy"),
        loss_fn: Metric | None = None,
        device: str | torch.device = "auto",
        progress: bool = False,
        *,
        batch_size: int | None = None,
        bn_update: bool = False,
    ) -> Landscape:
        """Metrics along the curve: a 1D `Landscape` with coordinate ``t``.

        Parameters
        ----------
        data : tuple of (X, y), Dataset or DataLoader
            Evaluation data.
        ts : tuple (min, max, num) or array_like
            Curve parameters in ``[0, 1]``, default 41 evenly spaced.
        metrics : sequence of str or mapping
            As in `lossviz.surface`.
        loss_fn : callable, optional
            Cross-entropy by default.
        device : str or torch.device
            ``"auto"``, ``"cpu"``, ``"cuda"``.
        progress : bool
            Show a progress bar.
        batch_size : int, optional
            Samples per forward pass for ``(X, y)`` data.
        bn_update : bool
            Recompute BatchNorm running statistics at each ``t`` from ``data`` (cumulative
            average; BatchNorm layers in training mode, Dropout and all else in eval mode,
            so the result is deterministic; `lossviz.core.norm.recompute_bn`). Off: the
            linearly interpolated statistics of the endpoints are used (exact at ``t = 0``
            and ``t = 1`` only; a warning says so): on a BatchNorm net these can show a
            barrier on a curve that has none.

        Returns
        -------
        Landscape
            ``coords == (ts,)``; ``meta["kind"] == "curve"``.
        """
        tvals = axis_values(ts, "ts")
        if tvals[0] < 0 or tvals[-1] > 1:
            raise ValueError(f"ts must lie in [0, 1], got [{tvals[0]:g}, {tvals[-1]:g}]")
        fns = resolve_metrics(metrics, loss_fn)
        dev = resolve_device(device)
        edata = as_eval_data(data, dev, batch_size=batch_size)
        t0 = time.perf_counter()
        pts = [OrderedDict((n, v.to(dev)) for n, v in p.items()) for p in self.points]
        W = self.weights(tvals)
        model = self.model
        has_bn = has_batchnorm(model)
        update = bool(bn_update) and has_bn
        if has_bn and not update:
            warnings.warn(
                "lossviz: the model has BatchNorm; along the curve its running statistics are "
                "interpolated between the endpoints' and do not belong to the interior weights, "
                "which can show a barrier that is not there. Pass bn_update=True to recompute "
                "them at each t (Garipov et al.).",
                UserWarning,
                stacklevel=2,
            )

        meta = {
            "kind": "curve",
            "curve": self.kind,
            "bends": self.bends,
            "axis_labels": ["t (0 = θ_a, 1 = θ_b)"],
            "model": type(model).__name__,
            "n_samples": int(edata.n),
            "metrics": list(fns),
            "bn_update": update,
            "device": str(dev),
            "name": _KIND_NAMES[self.kind],
        }

        def state(i: int) -> Mapping[str, torch.Tensor]:
            return _combine(pts, [float(v) for v in W[i]], self.names)

        with GridRun(
            (tvals,), list(fns), meta, progress=progress, desc="lossviz curve"
        ) as run:  # fmt: skip
            run.t_start = t0
            metrics_at_states(model, state, edata, fns, dev, run, bn_update=update)
        return run.finish(stacklevel=3)

    # -------------------------------------------------------------- files
    def save(self, path: str | os.PathLike) -> Path:
        """Write the curve's control points atomically to a ``.npz`` file (no pickle).

        Parameters
        ----------
        path : str or os.PathLike
            Destination ending in ``.npz``.

        Returns
        -------
        pathlib.Path
        """
        path = Path(path)
        check_choice("path suffix", path.suffix.lower(), (".npz",))
        head = {
            "schema": _SCHEMA,
            "version": _SCHEMA_VERSION,
            "kind": self.kind,
            "names": self.names,
            "n_points": len(self.points),
            "meta": self.meta,
        }
        arrays = {"__lossviz__": np.array(json.dumps(head))}
        for k, p in enumerate(self.points):
            for i, n in enumerate(self.names):
                arrays[f"point{k}/{i}"] = p[n].numpy()
        arrays["history"] = np.asarray(self.history, dtype=np.float64)
        with atomic_path(path) as tmp, open(tmp, "wb") as fh:
            np.savez_compressed(fh, **arrays)
        return path

    @classmethod
    def load(cls, path: str | os.PathLike, model: nn.Module) -> Curve:
        """Read a curve written by `save`.

        Parameters
        ----------
        path : str or os.PathLike
            A ``.npz`` file from `Curve.save`.
        model : torch.nn.Module
            The architecture (names and shapes must match).

        Returns
        -------
        Curve
        """
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"no such file: {str(path)!r}")
        try:
            z = np.load(path, allow_pickle=False)
        except Exception as exc:
            raise ValueError(f"{str(path)!r} is not a lossviz curve file: {exc}") from None
        with z:
            if "__lossviz__" not in z.files:
                raise ValueError(f"{str(path)!r} is not a lossviz curve file")
            head = json.loads(str(z["__lossviz__"][()]))
            if head.get("schema") != _SCHEMA:
                raise ValueError(f"{str(path)!r}: schema {head.get('schema')!r} is not a curve")
            if head.get("version", 0) > _SCHEMA_VERSION:
                raise ValueError(f"{str(path)!r} was written by a newer lossviz")
            names = head["names"]
            points = [
                OrderedDict(
                    (n, torch.from_numpy(np.array(z[f"point{k}/{i}"]))) for i, n in enumerate(names)
                )
                for k in range(head["n_points"])
            ]
            history = z["history"].tolist() if "history" in z.files else []
        return cls(model, points, head["kind"], head.get("meta"), history)


# ------------------------------------------------------------------ training
def _training_batches(edata: EvalData, batch_size: int, gen: torch.Generator):
    """Endless minibatches: random samples for tensor data, shuffled batches otherwise."""
    xs = [b[0] for b in edata.batches]
    if all(isinstance(x, torch.Tensor) for x in xs):
        X = torch.cat(xs) if len(xs) > 1 else xs[0]
        Y = torch.cat([b[1] for b in edata.batches]) if len(xs) > 1 else edata.batches[0][1]
        bs = max(1, min(batch_size, len(X)))
        while True:
            perm = torch.randperm(len(X), generator=gen).to(X.device)
            for i in range(0, len(X), bs):
                idx = perm[i : i + bs]
                yield X[idx], Y[idx]
    while True:
        for i in torch.randperm(len(edata.batches), generator=gen).tolist():
            yield edata.batches[i]


def connect(
    model_a: nn.Module,
    model_b: PointLike,
    data: Any,
    kind: str = "bezier",
    bends: int = 1,
    steps: int = 1000,
    lr: float = 1e-2,
    batch_size: int = 128,
    seed: int = 0,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    optimizer: str = "adam",
    momentum: float = 0.9,
    weight_decay: float = 0.0,
    progress: bool = False,
) -> Curve:
    """Train a low-loss curve between two minima (mode connectivity, Garipov et al. 2018).

    The bend points start on the straight line (one bend: its midpoint) and are trained to
    minimize ``E_{t ~ U(0, 1)} L(phi(t))``, with one ``t`` drawn per minibatch; the
    endpoints stay fixed. Forward passes use ``torch.func.functional_call`` with the curve's
    point, so neither model is ever modified.

    Modules run in train mode during training (BatchNorm on batch statistics, dropout on),
    as in the paper. Only parameters are trained, and of those only the ones with
    ``requires_grad`` in ``model_a`` (all, if none has it): frozen tensors and floating
    buffers follow the straight line (see the module docstring and ``bn_update`` in
    `Curve.evaluate`).

    Parameters
    ----------
    model_a : torch.nn.Module
        The start point ``theta_a`` (and the architecture).
    model_b : torch.nn.Module or mapping
        The end point ``theta_b``: a model of the same architecture or its state dict.
    data : tuple of (X, y), Dataset or DataLoader
        Training data, loaded onto the device once. Minibatches of ``batch_size`` samples
        are drawn without replacement, reshuffled every epoch (inputs that are not single
        tensors: the loader's own batches, in a shuffled order).
    kind : {"bezier", "polychain"}
        Curve family.
    bends : int
        Number of trainable bend points (1: quadratic Bezier / two-segment chain).
    steps : int
        Optimization steps (one minibatch and one ``t`` each).
    lr : float
        Learning rate.
    batch_size : int
        Minibatch size for tensor data.
    seed : int
        Seeds the ``t`` samples and the minibatch order.
    loss_fn : callable, optional
        ``f(output, y) -> mean loss``; cross-entropy by default.
    device : str or torch.device
        ``"auto"`` (CUDA when available), ``"cpu"``, ``"cuda"``.
    optimizer : {"adam", "sgd"}
        Optimizer of the bends.
    momentum : float
        SGD momentum.
    weight_decay : float
        L2 weight decay on the bends.
    progress : bool
        Show a progress bar.

    Returns
    -------
    Curve
        ``curve.point(t)``, ``curve.evaluate(data)``, ``curve.to_model(t)``; the training
        loss per step is in ``curve.history``.

    Examples
    --------
    >>> import torch, lossviz as lv
    >>> X, y = torch.randn(64, 2), torch.randint(0, 3, (64,))
    >>> a = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3))
    >>> b = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3))
    >>> curve = lv.connect(a, b, (X, y), steps=20)
    >>> curve.evaluate((X, y), ts=(0, 1, 5))["loss"].shape
    (5,)
    """
    check_model(model_a, "model_a")
    check_choice("kind", kind, KINDS)
    check_choice("optimizer", optimizer, OPTIMIZERS)
    bends = check_int("bends", bends, 1)
    steps = check_int("steps", steps, 0)
    batch_size = check_int("batch_size", batch_size, 1)
    lr = _check_positive("lr", lr)
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise TypeError(f"seed must be an integer, got {type(seed).__name__}")
    if loss_fn is not None and not callable(loss_fn):
        raise TypeError(f"loss_fn must be callable (output, target) -> scalar, got {loss_fn!r}")
    if not (isinstance(weight_decay, (int, float)) and weight_decay >= 0):
        raise ValueError(f"weight_decay must be a number >= 0, got {weight_decay!r}")
    if isinstance(model_b, nn.Module) and model_b is not model_a:
        check_model(model_b, "model_b")
    loss_fn = loss_fn or nn.functional.cross_entropy
    dev = resolve_device(device)
    pa = state_tensors(model_a, model_a, "model_a")
    pb = state_tensors(model_b, model_a, "model_b")
    # parameters frozen in model_a (requires_grad=False) follow the straight line
    params = {n for n, p in model_a.named_parameters() if p.requires_grad}
    if not params:
        params = {n for n, _ in model_a.named_parameters()}
    names = list(pa)
    N = bends + 1
    ends = [
        OrderedDict((n, pa[n].detach().to(dev).clone()) for n in names),
        OrderedDict((n, pb[n].detach().to(dev, pa[n].dtype).clone()) for n in names),
    ]
    # bends start on the straight line at t = k / N (the midpoint for one bend)
    mids = []
    for k in range(1, N):
        s = k / N
        mids.append(
            OrderedDict(
                (
                    n,
                    ((1 - s) * ends[0][n] + s * ends[1][n])
                    .detach()
                    .clone()
                    .requires_grad_(n in params and ends[0][n].is_floating_point()),
                )
                for n in names
            )
        )
    points = [ends[0], *mids, ends[1]]
    trainable = [t for m in mids for t in m.values() if t.requires_grad]
    if optimizer == "adam":
        opt: torch.optim.Optimizer = torch.optim.Adam(trainable, lr=lr, weight_decay=weight_decay)
    else:
        opt = torch.optim.SGD(trainable, lr=lr, momentum=momentum, weight_decay=weight_decay)
    edata = as_eval_data(data, dev)
    gen = torch.Generator().manual_seed(int(seed))
    batches = _training_batches(edata, batch_size, gen)
    history: list[float] = []
    from tqdm.auto import tqdm

    t0 = time.perf_counter()
    with preserved(model_a):
        model_a.train()
        for p in model_a.parameters():
            p.requires_grad_(False)
        bar = tqdm(total=steps, desc="lossviz connect", disable=not progress, leave=False)
        try:
            for _ in range(steps):
                t = float(torch.rand((), generator=gen, dtype=torch.float64))
                w = [float(v) for v in curve_weights(kind, N, t)]
                x, y = next(batches)
                st = _combine(points, w, names)
                opt.zero_grad(set_to_none=True)
                loss = loss_fn(functional_call(model_a, st, (x,)), y)
                loss.backward()
                opt.step()
                history.append(float(loss.detach()))
                bar.update(1)
        finally:
            bar.close()
    seconds = time.perf_counter() - t0
    meta = {
        "kind": kind,
        "bends": bends,
        "steps": steps,
        "lr": lr,
        "batch_size": batch_size,
        "seed": int(seed),
        "optimizer": optimizer,
        "weight_decay": float(weight_decay),
        "loss_fn": getattr(loss_fn, "__name__", type(loss_fn).__name__),
        "device": str(dev),
        "seconds": round(seconds, 4),
        "model": type(model_a).__name__,
    }
    return Curve(
        model_a,
        [OrderedDict((n, v.detach()) for n, v in p.items()) for p in points],
        kind,
        meta,
        history,
    )
