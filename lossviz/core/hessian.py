"""Hessian of the loss: extreme eigenvalues, Hessian-vector products, trace, spectral density.

The public curvature functions on one set of weights, all built on the Hessian-vector
product operator of `lossviz.core.hvp` and the solvers of `lossviz.core.eigensolvers`:
`hessian_eigenvalues` (Lanczos with full reorthogonalization, or power iteration; whole
model, a parameter subset, or per layer), `hessian_vector_product`, `hessian_trace`
(Hutchinson with a confidence interval), `hessian_spectrum` (the eigenvalue density by
stochastic Lanczos quadrature, Ghorbani et al. 2019 / PyHessian: one eigen-decomposition of
the tridiagonal matrix per probe) and `hessian_directions` (top eigenvectors as plot
directions). The convexity map (`lossviz.core.curvature`) and the sharpness measures
(`lossviz.core.sharpness`) are re-exported here, so ``lossviz.core.hessian.X`` keeps
naming every curvature function.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

from .._util import check_choice, check_int, options_signature
from .curvature import RatioMapEstimate, eigen_ratio_surface, estimate_eigen_ratio_time
from .directions import Directions, normalize_direction
from .eigensolvers import TINY, SolveResult, lanczos
from .hvp import (
    METHODS,
    WHICH,
    HessianConvergenceWarning,
    HessianOptions,
    HessianSession,
    TraceEstimate,
    check_center_loss,
    check_tol,
    hutchinson,
    rademacher,
    raise_if_failed,
    solve,
    warn_unconverged,
)
from .inputs import Metric
from .params import classify
from .sharpness import SharpnessTable, sharpness, sharpness_table

__all__ = [
    "EigenResult",
    "HessianConvergenceWarning",
    "HessianOptions",
    "HessianSpectrum",
    "RatioMapEstimate",
    "SharpnessTable",
    "TraceEstimate",
    "eigen_ratio_surface",
    "estimate_eigen_ratio_time",
    "hessian_directions",
    "hessian_eigenvalues",
    "hessian_spectrum",
    "hessian_trace",
    "hessian_vector_product",
    "layer_eigenvalues",
    "sharpness",
    "sharpness_table",
]


# ============================================================== public: eigenvalues
@dataclass
class EigenResult:
    """Extreme Hessian eigenvalues with convergence information.

    Attributes
    ----------
    values : numpy.ndarray
        As returned by `hessian_eigenvalues`.
    converged : bool
        All wanted eigenpairs reached ``tol``.
    residual : float
        Largest relative residual ``||H v - lambda v|| / max|lambda|`` of the wanted pairs
        (an upper bound on each eigenvalue's relative error).
    n_hvp : int
        Hessian-vector products computed.
    iterations : int
        Solver iterations.
    method : str
        ``"lanczos"`` or ``"power"``.
    vectors : numpy.ndarray or None
        Unit eigenvectors (rows, flat over the parameters), when requested.
    """

    values: np.ndarray
    converged: bool
    residual: float
    n_hvp: int
    iterations: int
    method: str
    vectors: np.ndarray | None = None


def _values(out: SolveResult, which: str, row: int = 0) -> np.ndarray:
    if which == "largest":
        return out.largest[row].copy()
    if which == "smallest":
        return out.smallest[row].copy()
    return np.concatenate([out.smallest[row], out.largest[row][::-1]])


@options_signature(HessianOptions)
def hessian_eigenvalues(
    model: nn.Module,
    data: Any,
    k: int = 1,
    which: str = "largest",
    method: str = "lanczos",
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    options: HessianOptions | None = None,
    max_iter: int | None = None,
    tol: float = 1e-4,
    per_layer: bool | str = False,
    return_info: bool = False,
    **kwargs: Any,
) -> Any:
    """Extreme eigenvalues of the Hessian of the loss over ``data``.

    Parameters
    ----------
    model : torch.nn.Module
        The model (never modified; bit-identical afterwards, also after an exception).
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data; the loss is the mean over all of it.
    k : int
        Number of eigenvalues at each requested end.
    which : {"largest", "smallest", "both"}
        ``"largest"``: the ``k`` algebraically largest, descending. ``"smallest"``: the
        ``k`` most negative (smallest), ascending. ``"both"``: ``2k`` values ascending,
        the ``k`` smallest then the ``k`` largest (``lmin, lmax = ...`` for ``k = 1``).
    method : {"lanczos", "power"}
        Lanczos with full reorthogonalization (default; both ends in one run) or power
        iteration with shifts and deflation.
    loss_fn : callable, optional
        ``f(output, y) -> mean loss``; cross-entropy by default.
    device : str or torch.device
        ``"auto"`` (CUDA when available), ``"cpu"``, ``"cuda"``.
    options : HessianOptions, optional
        The operator's settings as one object (fields below, under ``**kwargs``).
    max_iter : int, optional
        Iteration limit (Lanczos: Krylov dimension, default ``max(100, 4k + 20)``; power:
        iterations per run, default 1000).
    tol : float
        Stop when every wanted pair has ``||H v - lambda v|| <= tol * max|lambda|``.
    per_layer : bool or {"parameter", "module"}
        Return ``{name: values}``, one Hessian block per parameter tensor (``True`` or
        ``"parameter"``) or per module's own parameters (``"module"``); a block smaller
        than ``k`` gives all its eigenvalues.
    return_info : bool
        Return an `EigenResult` (values, convergence, residual, HVP count).
    **kwargs
        The fields of `HessianOptions` one by one (they override ``options``): ``seed``
        (of the start vector), ``batch_size``, ``subsample``, ``bn``, ``hvp``, ``params``
        (restrict the Hessian to these parameters, the others held fixed).

    Returns
    -------
    numpy.ndarray or EigenResult or dict
        The eigenvalues (float64).

    Warns
    -----
    HessianConvergenceWarning
        When ``max_iter`` is reached first; ``return_info=True`` gives the residual.

    Notes
    -----
    Lanczos from one start vector sees a repeated eigenvalue once unless the Krylov space
    closes exactly; for ``k > 1`` with nearly repeated eigenvalues prefer ``"power"``.

    Examples
    --------
    >>> import torch, lossviz as lv
    >>> X, y = torch.randn(64, 2), torch.randint(0, 3, (64,))
    >>> net = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.Tanh(), torch.nn.Linear(8, 3))
    >>> lmin, lmax = lv.hessian_eigenvalues(net, (X, y), which="both", device="cpu")
    >>> bool(lmin <= lmax)
    True
    """
    opts = HessianOptions.of(options, kwargs, where="hessian_eigenvalues")
    k = check_int("k", k)
    check_choice("which", which, WHICH)
    check_choice("method", method, METHODS)
    tol = check_tol(tol)
    if max_iter is not None:
        check_int("max_iter", max_iter)
    if per_layer not in (False, True, "parameter", "module"):
        raise ValueError(
            f"per_layer={per_layer!r} is not allowed; choose False, True, 'parameter' or 'module'"
        )
    with HessianSession(opts.setup(model, data, loss_fn, device)) as s:
        if per_layer:
            groups = _layer_groups(s.model, "module" if per_layer == "module" else "parameter")
            result: dict[str, Any] = {}
            for gname, names in groups.items():
                H = s.hessian(names)
                if gname == next(iter(groups)):
                    check_center_loss(H)
                out = solve(H, k, which, method, max_iter, tol, opts.seed)
                raise_if_failed(out)
                warn_unconverged(f"{method} for {gname!r}", out, tol)
                vals = _values(out, which)
                result[gname] = (
                    EigenResult(
                        vals,
                        bool(out.converged[0]),
                        float(out.residual[0]),
                        H.n_hvp,
                        int(out.iterations[0]),
                        method,
                    )  # fmt: skip
                    if return_info
                    else vals
                )
            return result
        H = s.hessian()
        if k > H.P:
            raise ValueError(f"k={k} exceeds the number of parameters ({H.P})")
        check_center_loss(H)
        out = solve(H, k, which, method, max_iter, tol, opts.seed, vectors=return_info)
        raise_if_failed(out)
        warn_unconverged(method, out, tol)
        vals = _values(out, which)
        if not return_info:
            return vals
        vecs = None
        if which == "largest" and out.vec_largest is not None:
            vecs = out.vec_largest[0].cpu().numpy()
        elif which == "smallest" and out.vec_smallest is not None:
            vecs = out.vec_smallest[0].cpu().numpy()
        elif out.vec_largest is not None and out.vec_smallest is not None:
            vecs = np.concatenate(
                [out.vec_smallest[0].cpu().numpy(), out.vec_largest[0].cpu().numpy()[::-1]]
            )
        return EigenResult(
            vals, bool(out.converged[0]), float(out.residual[0]), H.n_hvp,
            int(out.iterations[0]), method, vecs,
        )  # fmt: skip


def _layer_groups(model: nn.Module, by: str) -> OrderedDict[str, list[str]]:
    groups: OrderedDict[str, list[str]] = OrderedDict()
    if by == "parameter":
        for n, p in model.named_parameters():
            if p.is_floating_point():
                groups[n] = [n]
        return groups
    for mname, mod in model.named_modules():
        names = [
            f"{mname}.{pn}" if mname else pn
            for pn, p in mod.named_parameters(recurse=False)
            if p.is_floating_point()
        ]
        if names:
            groups[mname or type(mod).__name__] = names
    return groups


def layer_eigenvalues(
    model: nn.Module,
    data: Any,
    by: str = "module",
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    **kwargs: Any,
) -> dict[str, float]:
    """Top eigenvalue of each layer's Hessian block (the other parameters held fixed).

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    by : {"module", "parameter"}
        One block per module (its weight and bias together) or per parameter tensor.
    loss_fn, device
        As in `hessian_eigenvalues`.
    **kwargs
        Passed to `hessian_eigenvalues` (``method``, ``tol``, ``max_iter``, ...).

    Returns
    -------
    dict of str to float
        ``{module or parameter name: lambda_max}`` in model order.
    """
    check_choice("by", by, ("module", "parameter"))
    for bad in ("k", "which", "per_layer", "return_info"):
        if bad in kwargs:
            raise TypeError(f"layer_eigenvalues() does not take {bad}=")
    out = hessian_eigenvalues(
        model, data, k=1, which="largest", loss_fn=loss_fn, device=device, per_layer=by,
        **kwargs,
    )  # fmt: skip
    return {n: float(v[0]) for n, v in out.items()}


def hessian_vector_product(
    model: nn.Module,
    data: Any,
    vector: Mapping[str, torch.Tensor] | torch.Tensor,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    batch_size: int | None = None,
    bn: str = "eval",
    hvp: str = "auto",
) -> OrderedDict[str, torch.Tensor]:
    """The Hessian of the mean loss over ``data`` times ``vector``.

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    vector : mapping of str to torch.Tensor, or torch.Tensor
        ``{param_name: tensor}`` over all parameters, or one flat vector.
    loss_fn, device
        As in `hessian_eigenvalues`.
    batch_size, bn, hvp
        As in `HessianOptions`.

    Returns
    -------
    OrderedDict of str to torch.Tensor
        ``H v`` shaped like the parameters.
    """
    opts = HessianOptions(batch_size=batch_size, bn=bn, hvp=hvp)
    with HessianSession(opts.setup(model, data, loss_fn, device)) as s:
        H = s.hessian()
        if isinstance(vector, torch.Tensor):
            if vector.dim() != 1 or vector.numel() != H.P:
                raise ValueError(
                    f"vector must be flat with {H.P} elements, got shape {tuple(vector.shape)}"
                )
            v = vector
        elif isinstance(vector, Mapping):
            vector = {s.unprefixed(k): v for k, v in vector.items()}
            missing = [n for n in H.names if n not in vector]
            if missing:
                raise ValueError(f"vector has no tensor for parameter(s) {missing[:5]}")
            for n in H.names:
                if tuple(vector[n].shape) != tuple(H.like[n].shape):
                    raise ValueError(
                        f"vector[{n!r}] has shape {tuple(vector[n].shape)}, the parameter "
                        f"has {tuple(H.like[n].shape)}"
                    )
            v = torch.cat([vector[n].reshape(-1).to(H.device, torch.float64) for n in H.names])
        else:
            raise TypeError(f"vector must be a mapping or a tensor, got {type(vector).__name__}")
        HV, _ = H.matvec(v.reshape(1, -1).to(H.device, torch.float64))
        return OrderedDict((s.prefix + k, t) for k, t in H.unflatten(HV[0]).items())


@options_signature(HessianOptions)
def hessian_trace(
    model: nn.Module,
    data: Any,
    n_probes: int = 100,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    options: HessianOptions | None = None,
    vectorize: bool | None = None,
    **kwargs: Any,
) -> TraceEstimate:
    """Hutchinson estimate of the Hessian trace with a 95% confidence interval.

    ``tr(H) = E[z^T H z]`` for Rademacher ``z`` (entries +-1); the interval is
    ``mean -/+ 1.96 s / sqrt(n_probes)``.

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    n_probes : int
        Number of probes (>= 2), one HVP each.
    loss_fn, device, options, **kwargs
        As in `hessian_eigenvalues` (``seed``: of the probes).
    vectorize : bool, optional
        vmap the HVP over chunks of probes (default: on CUDA only, where it wins).

    Returns
    -------
    TraceEstimate
        ``.estimate``, ``.ci`` (low, high), ``.n_probes``, ``.std_error``, ``.samples``;
        also indexable like a dict (``res["estimate"]``).
    """
    opts = HessianOptions.of(options, kwargs, where="hessian_trace")
    n_probes = check_int("n_probes", n_probes, 2)
    with HessianSession(opts.setup(model, data, loss_fn, device)) as s:
        H = s.hessian()
        check_center_loss(H)
        vec = (H.device.type == "cuda") if vectorize is None else bool(vectorize)
        return hutchinson(H, n_probes, opts.seed, 32 if vec else n_probes, vec)


@dataclass
class HessianSpectrum:
    """Spectral density of the Hessian from stochastic Lanczos quadrature.

    Attributes
    ----------
    bin_centers : numpy.ndarray
        Eigenvalue axis (evenly spaced).
    density : numpy.ndarray
        Smoothed density at ``bin_centers``; integrates to 1 (``sum * bin width``).
    nodes : numpy.ndarray
        ``(n_runs, n_iter)`` Ritz values of each run (Gauss quadrature nodes).
    weights : numpy.ndarray
        ``(n_runs, n_iter)`` quadrature weights (each row sums to 1).
    sigma : float
        Width of the Gaussian kernel.
    n_hvp : int
        Hessian-vector products used.
    """

    bin_centers: np.ndarray
    density: np.ndarray
    nodes: np.ndarray
    weights: np.ndarray
    sigma: float
    n_hvp: int

    def moment(self, order: int = 1) -> float:
        """Quadrature estimate of ``tr(H^order) / P`` (order 1: mean eigenvalue)."""
        return float(np.mean(np.sum(self.weights * self.nodes**order, axis=1)))


@options_signature(HessianOptions)
def hessian_spectrum(
    model: nn.Module,
    data: Any,
    n_iter: int = 80,
    n_runs: int = 1,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    options: HessianOptions | None = None,
    n_bins: int = 200,
    sigma: float = 1e-3,
    **kwargs: Any,
) -> HessianSpectrum:
    """Hessian eigenvalue density by stochastic Lanczos quadrature (SLQ).

    Each run is ``n_iter`` Lanczos steps from a normalized Rademacher vector; the
    eigenvalues of the tridiagonal matrix are quadrature nodes weighted by the squared
    first components of its eigenvectors. The density is the average over runs of
    Gaussians of width ``sigma * (max - min)`` at the nodes, for a histogram-like plot.

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    n_iter : int
        Lanczos steps per run (capped at the number of parameters).
    n_runs : int
        Independent runs averaged (more = smoother, unbiased density).
    loss_fn, device, options, **kwargs
        As in `hessian_eigenvalues` (``seed``: of the probes).
    n_bins : int
        Points of the returned density grid.
    sigma : float
        Kernel width relative to the spectrum's extent.

    Returns
    -------
    HessianSpectrum
    """
    opts = HessianOptions.of(options, kwargs, where="hessian_spectrum")
    n_iter = check_int("n_iter", n_iter, 2)
    n_runs = check_int("n_runs", n_runs)
    n_bins = check_int("n_bins", n_bins, 2)
    if not (isinstance(sigma, (int, float)) and sigma > 0):
        raise ValueError(f"sigma must be a positive number, got {sigma!r}")
    with HessianSession(opts.setup(model, data, loss_fn, device)) as s:
        H = s.hessian()
        check_center_loss(H)
        vec = H.device.type == "cuda"

        def op(idx: np.ndarray, V: torch.Tensor) -> torch.Tensor:
            return H.matvec(V, vectorize=vec)[0]

        Z = rademacher(n_runs, H.P, opts.seed, H.device)
        # a fixed n_iter steps (fewer only if the Krylov space closes); the tridiagonal
        # matrix of each probe is eigen-decomposed once, at the end
        out = lanczos(op, Z, H.P, "both", n_iter, 1e-300, seed=opts.seed, monitor=False)
        raise_if_failed(out)
    m = int(out.iterations.max())
    nodes_a = np.full((n_runs, m), np.nan)
    weights_a = np.zeros((n_runs, m))
    for i, (ev, wt) in enumerate(out.quadrature):
        nodes_a[i, : len(ev)] = ev
        weights_a[i, : len(ev)] = wt
    lo, hi = float(np.nanmin(nodes_a)), float(np.nanmax(nodes_a))
    width = max(hi - lo, 1e-12 * max(abs(lo), abs(hi), 1.0))
    sig = float(sigma) * width
    grid = np.linspace(lo - 5 * sig - 0.01 * width, hi + 5 * sig + 0.01 * width, n_bins)
    dens = np.zeros(n_bins)
    for nd, wt in zip(nodes_a, weights_a, strict=True):
        ok = np.isfinite(nd)
        diff = grid[:, None] - nd[ok][None, :]
        dens += (wt[ok][None, :] * np.exp(-0.5 * (diff / sig) ** 2)).sum(axis=1)
    dens /= n_runs * sig * math.sqrt(2 * math.pi)
    dens /= max(float(dens.sum() * (grid[1] - grid[0])), TINY)
    return HessianSpectrum(grid, dens, nodes_a, weights_a, sig, H.n_hvp)


# ============================================================== public: directions
@options_signature(HessianOptions, exclude=("params",))
def hessian_directions(
    model: nn.Module,
    data: Any,
    n: int = 2,
    norm: str | None = None,
    ignore: str | None = "biasbn",
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    options: HessianOptions | None = None,
    which: str = "largest",
    tol: float = 1e-5,
    max_iter: int | None = None,
    **kwargs: Any,
) -> Directions:
    """Top Hessian eigenvectors as directions: the plane of highest curvature.

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    n : int
        Number of eigenvectors (2 for a surface).
    norm : {None, "filter", "layer", "model", "weight", "none"}
        ``None``/``"none"``: unit eigenvectors (exact eigenvectors); otherwise normalized
        like random directions (`lossviz.core.directions.normalize_direction`), which
        makes plots comparable between networks but no longer exact eigenvectors.
    ignore : {"biasbn", None}
        With a normalization: zero bias/norm-layer entries, or copy the weights into them.
    loss_fn, device, tol, max_iter, options, **kwargs
        As in `hessian_eigenvalues` (no ``params``: the directions span all parameters).
    which : {"largest", "smallest"}
        Eigenvectors of the largest (default) or the most negative eigenvalues.

    Returns
    -------
    Directions
        ``meta["kind"] == "hessian"``, ``meta["eigenvalues"]``; each eigenvector's sign is
        fixed so that its largest-magnitude entry is positive.
    """
    from .directions import IGNORES, NORMS

    opts = HessianOptions.of(options, kwargs, where="hessian_directions")
    opts.all_parameters("hessian_directions")
    n = check_int("n", n)
    check_choice("which", which, ("largest", "smallest"))
    check_choice("norm", norm, [None] + [m for m in NORMS if not m.startswith("d")])
    check_choice("ignore", ignore, IGNORES)
    tol = check_tol(tol)
    res = hessian_eigenvalues(
        model, data, k=n, which=which, loss_fn=loss_fn, device=device, max_iter=max_iter,
        tol=tol, return_info=True, options=opts,
    )  # fmt: skip
    named = OrderedDict((k_, p.detach()) for k_, p in model.named_parameters())
    like = OrderedDict((k_, p) for k_, p in named.items() if p.is_floating_point())
    sizes = [p.numel() for p in like.values()]
    classes = classify(model)
    dirs = []
    for vec in res.vectors:
        v = torch.as_tensor(vec)
        j = int(torch.argmax(v.abs()))
        if v[j] < 0:
            v = -v
        d = OrderedDict()
        for (name, p), piece in zip(like.items(), torch.split(v, sizes), strict=True):
            d[name] = piece.reshape(p.shape).to(p.dtype)
        if norm not in (None, "none"):
            theta = OrderedDict((k_, t.to("cpu")) for k_, t in like.items())
            d = normalize_direction(d, theta, classes, norm, ignore)
        dirs.append(OrderedDict((k_, t.to(named[k_].device)) for k_, t in d.items()))
    eig = [float(x) for x in res.values]
    meta = {
        "kind": "hessian",
        "which": which,
        "eigenvalues": eig,
        "converged": res.converged,
        "residual": res.residual,
        "norm": "none" if norm is None else norm,
        "ignore": ignore if norm not in (None, "none") else None,
        "seed": int(opts.seed),
        "model": type(model).__name__,
        "n_params": int(sum(p.numel() for p in model.parameters())),
        "axis_labels": [f"Hessian eigvec {i + 1} (λ={x:.3g})" for i, x in enumerate(eig)],
    }
    return Directions(dirs, meta)
