"""Directions in parameter space: random (seeded), normalized, interpolation, planes.

A direction is a mapping ``{tensor_name: tensor}`` over the model's parameters (and,
for directions read from ``states`` files or made by interpolation, its floating-point
buffers). `Directions` is an ordered collection of them with metadata; its files
(`Directions.save`, `Directions.load`) are read and written by
`lossviz.core.direction_files`.

Normalization (Li et al. 2018), applied to each weight with two or more dims:

- ``"filter"``: each filter (row of ``w.reshape(w.shape[0], -1)``) of the direction is
  rescaled to the norm of the same filter of the weights;
- ``"layer"``: each tensor rescaled to the norm of the weight tensor;
- ``"model"``: all weights together rescaled to the norm of all weights;
- ``"weight"``: elementwise product ``d * theta`` (the original code's ``weight`` option);
- ``"dfilter"`` / ``"dlayer"``: like ``filter`` / ``layer`` but to the norm of the change
  ``theta_ref - theta`` (direction-of-change variants; needs ``reference``);
- ``"none"``: unchanged.

Bias and normalization-layer parameters are zeroed (``ignore="biasbn"``, the paper's
default) or set to the weights themselves (``ignore=None``, as the original code does).
"""

from __future__ import annotations

import math
import os
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from .._util import check_choice, check_positive_int
from .device import resolve_device
from .direction_files import read_directions, write_directions
from .params import BIAS, FILTER, NORM, check_model, classify, named_params, state_tensors

NORMS = ("filter", "layer", "model", "weight", "none", "dfilter", "dlayer")
#: ``"none"`` (as the command line and the widgets spell it) is the same as ``None``
IGNORES = ("biasbn", "none", None)
_EPS = 1e-10


class Directions(Sequence):
    """An ordered set of directions in a model's parameter space.

    Parameters
    ----------
    tensors : sequence of mapping of str to torch.Tensor
        One mapping per direction, all with the same names and shapes.
    meta : mapping, optional
        JSON-serializable description (``kind``, ``norm``, ``seed``, ``axis_labels``...).

    Attributes
    ----------
    meta : dict
        Description of how the directions were made.
    explained_variance_ratio : numpy.ndarray or None
        For PCA directions, the share of variance each component explains.
    """

    def __init__(
        self,
        tensors: Sequence[Mapping[str, torch.Tensor]],
        meta: Mapping[str, Any] | None = None,
        explained_variance_ratio: Any = None,
    ) -> None:
        if len(tensors) < 1:
            raise ValueError("Directions needs at least one direction")
        names = list(tensors[0].keys())
        if not names:
            raise ValueError("a direction must hold at least one tensor")
        self._dirs: list[OrderedDict[str, torch.Tensor]] = []
        for k, d in enumerate(tensors):
            if list(d.keys()) != names:
                raise ValueError(f"direction {k} has different tensor names than direction 0")
            od = OrderedDict()
            for n in names:
                t = d[n]
                if not isinstance(t, torch.Tensor):
                    t = torch.as_tensor(np.asarray(t))
                if t.shape != tensors[0][n].shape:
                    raise ValueError(
                        f"direction {k}[{n!r}] has shape {tuple(t.shape)}, "
                        f"direction 0 has {tuple(tensors[0][n].shape)}"
                    )
                od[n] = t.detach()
            self._dirs.append(od)
        self.meta: dict[str, Any] = dict(meta or {})
        self.explained_variance_ratio = (
            None
            if explained_variance_ratio is None
            else np.asarray(explained_variance_ratio, dtype=np.float64)
        )

    # -------------------------------------------------------------- sequence
    def __len__(self) -> int:
        return len(self._dirs)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return Directions(self._dirs[i], self.meta)
        return self._dirs[i]

    def __iter__(self) -> Iterator[OrderedDict[str, torch.Tensor]]:
        return iter(self._dirs)

    def __repr__(self) -> str:
        kind = self.meta.get("kind", "custom")
        norm = self.meta.get("norm")
        return (
            f"Directions(n={len(self)}, kind={kind!r}"
            + (f", norm={norm!r}" if norm is not None else "")
            + f", tensors={len(self.names)})"
        )

    @property
    def names(self) -> list[str]:
        """Tensor names, in order."""
        return list(self._dirs[0].keys())

    @property
    def axis_labels(self) -> list[str]:
        """Axis titles for plots, e.g. ``["dir 1 (filter)", ...]`` or ``["PC1 (95.3%)", ...]``."""
        labels = self.meta.get("axis_labels")
        if labels and len(labels) == len(self):
            return list(labels)
        if self.explained_variance_ratio is not None:
            return [
                f"PC{i + 1} ({100 * r:.1f}%)"
                for i, r in enumerate(self.explained_variance_ratio[: len(self)])
            ]
        norm = self.meta.get("norm")
        suffix = f" ({norm}-normalized)" if norm not in (None, "none") else ""
        return [f"direction {i + 1}{suffix}" for i in range(len(self))]

    # -------------------------------------------------------------- algebra
    def vectors(self, dtype: torch.dtype = torch.float64) -> torch.Tensor:
        """All directions flattened, as an ``(n, P)`` tensor on the CPU.

        Parameters
        ----------
        dtype : torch.dtype
            Result dtype (float64 by default for accurate dot products).

        Returns
        -------
        torch.Tensor
        """
        return torch.stack(
            [torch.cat([t.reshape(-1).to("cpu", dtype) for t in d.values()]) for d in self._dirs]
        )

    def cosine(self) -> np.ndarray:
        """Pairwise cosine similarity between the directions.

        In high dimension two independent Gaussian directions are almost orthogonal
        (expected ``|cos| ~ sqrt(2 / (pi * P))``), but this reports the actual value.

        Returns
        -------
        numpy.ndarray
            ``(n, n)`` matrix.
        """
        v = self.vectors()
        norms = v.norm(dim=1)
        g = v @ v.T
        denom = torch.outer(norms, norms)
        cos = torch.where(denom > 0, g / denom.clamp_min(1e-300), torch.zeros_like(g))
        return cos.numpy()

    def norms(self) -> np.ndarray:
        """Euclidean norm of each direction.

        Returns
        -------
        numpy.ndarray
        """
        return self.vectors().norm(dim=1).numpy()

    def to(self, device: str | torch.device, dtype: torch.dtype | None = None) -> Directions:
        """Return a copy with every tensor moved to ``device`` (and ``dtype``).

        Parameters
        ----------
        device : str or torch.device
        dtype : torch.dtype, optional

        Returns
        -------
        Directions
        """
        dirs = [
            OrderedDict(
                (
                    n,
                    t.to(device, dtype)
                    if dtype is not None and t.is_floating_point()
                    else t.to(device),
                )
                for n, t in d.items()
            )
            for d in self._dirs
        ]
        return Directions(dirs, self.meta, self.explained_variance_ratio)

    @property
    def dtype(self) -> str:
        """The tensors' dtype name (``"float32"``, ``"bfloat16"``...; ``"mixed"`` if several)."""
        kinds = {str(t.dtype).replace("torch.", "") for d in self._dirs for t in d.values()}
        return kinds.pop() if len(kinds) == 1 else "mixed"

    def numpy(self) -> list[dict[str, np.ndarray]]:
        """The directions as numpy arrays (for storing in a `Landscape`).

        Half-precision tensors (``bfloat16``, which numpy cannot hold, and ``float16``)
        become float32 (exactly: every half value is a float32 value); the original dtype
        is in `dtype` and ``describe()["dtype"]``.

        Returns
        -------
        list of dict of str to numpy.ndarray
        """
        return [{n: _to_numpy(t) for n, t in d.items()} for d in self._dirs]

    def describe(self) -> dict[str, Any]:
        """JSON-serializable summary: metadata, norms and cosines.

        Returns
        -------
        dict
        """
        out = dict(self.meta)
        out["n"] = len(self)
        out["norms"] = [float(x) for x in self.norms()]
        if len(self) > 1:
            out["cosine"] = self.cosine().tolist()
        if self.explained_variance_ratio is not None:
            out["explained_variance_ratio"] = [float(x) for x in self.explained_variance_ratio]
        out["axis_labels"] = self.axis_labels
        out["dtype"] = self.dtype
        return out

    def check_model(self, model: nn.Module, name: str = "dirs") -> None:
        """Raise ``ValueError`` unless the directions match ``model``'s tensors.

        Every parameter of the model must be present with the same shape; extra names
        must be floating-point buffers of the model.

        Parameters
        ----------
        model : torch.nn.Module
        name : str
            Argument name for the message.
        """
        params = dict(model.named_parameters())
        buffers = {n: b for n, b in model.named_buffers() if b.is_floating_point()}
        missing = [n for n in params if n not in self._dirs[0]]
        if missing:
            raise ValueError(
                f"{name} does not match the model: no direction for parameter(s) "
                f"{missing[:5]}{' ...' if len(missing) > 5 else ''}"
            )
        for n, t in self._dirs[0].items():
            ref = params.get(n, buffers.get(n))
            if ref is None:
                raise ValueError(
                    f"{name} has tensor {n!r}, which is not a parameter or floating "
                    "buffer of the model"
                )
            if tuple(ref.shape) != tuple(t.shape):
                raise ValueError(
                    f"{name}[{n!r}] has shape {tuple(t.shape)}, the model's tensor "
                    f"has shape {tuple(ref.shape)}"
                )

    # -------------------------------------------------------------- files
    def save(self, path: str | os.PathLike) -> Path:
        """Write the directions atomically to HDF5 (``.h5``) or ``.npz``.

        The HDF5 file uses the original loss-landscape layout: groups ``xdirection``
        (and ``ydirection``) with one float32 dataset per tensor named ``'0'..'N-1'`` in
        ``named_parameters()`` order, so the original scripts can read it
        (`lossviz.core.direction_files`).

        Parameters
        ----------
        path : str or os.PathLike
            ``.h5`` / ``.hdf5`` (the layout above) or ``.npz`` (the same groups, as
            ``"<group>/<index>"`` arrays).

        Returns
        -------
        pathlib.Path
            ``path``, now holding the directions.
        """
        return write_directions(
            path, self.numpy(), self.names, self.dtype, self.meta, self.explained_variance_ratio
        )

    @classmethod
    def load(cls, path: str | os.PathLike, model: nn.Module) -> Directions:
        """Read directions for ``model`` from a file.

        Reads files written by `save`, landscape files written by lossviz (which carry
        their directions), and direction files of the original loss-landscape code
        (``dir_type`` ``weights``: one dataset per parameter; ``states``: one per
        ``state_dict()`` entry, BatchNorm statistics included).

        Parameters
        ----------
        path : str or os.PathLike
        model : torch.nn.Module
            The model the directions belong to (names and shapes are checked).

        Returns
        -------
        Directions
        """
        check_model(model)
        dirs = cls(*read_directions(path, model))
        dirs.check_model(model, "directions in file")
        return dirs


def _to_numpy(t: torch.Tensor) -> np.ndarray:
    t = t.detach().cpu()
    if t.dtype in (torch.bfloat16, torch.float16):
        t = t.float()
    return t.numpy()


# ------------------------------------------------------------------ normalization
def normalize_direction(
    direction: Mapping[str, torch.Tensor],
    theta: Mapping[str, torch.Tensor],
    classes: Mapping[str, str],
    norm: str = "filter",
    ignore: str | None = "biasbn",
    reference: Mapping[str, torch.Tensor] | None = None,
) -> OrderedDict[str, torch.Tensor]:
    """Normalize one direction against the weights ``theta`` (see the module docstring).

    Parameters
    ----------
    direction : mapping of str to torch.Tensor
        The raw direction (not modified).
    theta : mapping of str to torch.Tensor
        The weights, same names and shapes.
    classes : mapping of str to str
        ``"filter"``/``"bias"``/``"norm"`` per name, from `lossviz.core.params.classify`.
    norm : {"filter", "layer", "model", "weight", "none", "dfilter", "dlayer"}
    ignore : {"biasbn", "none", None}
        ``"biasbn"`` zeroes bias and norm-layer tensors; ``None`` (or ``"none"``) copies
        ``theta`` into them.
    reference : mapping of str to torch.Tensor, optional
        Second point ``theta_ref``; required for ``dfilter``/``dlayer``.

    Returns
    -------
    OrderedDict of str to torch.Tensor
    """
    check_choice("norm", norm, NORMS)
    check_choice("ignore", ignore, IGNORES)
    ignore = None if ignore == "none" else ignore
    if norm in ("dfilter", "dlayer") and reference is None:
        raise ValueError(
            f"norm={norm!r} normalizes by the change theta_ref - theta: pass "
            "reference= (a model or state dict)"
        )
    out: OrderedDict[str, torch.Tensor] = OrderedDict()
    weight_names = [n for n in direction if classes.get(n, FILTER) == FILTER]
    for n, d in direction.items():
        w = theta[n]
        if classes.get(n, FILTER) in (BIAS, NORM):
            out[n] = torch.zeros_like(d) if ignore == "biasbn" else w.clone().to(d.dtype)
            continue
        target = (
            w
            if norm in ("filter", "layer")
            else ((reference[n].to(w) - w) if norm in ("dfilter", "dlayer") else w)
        )
        if norm in ("filter", "dfilter"):
            d2 = d.reshape(d.shape[0], -1)
            t2 = target.reshape(target.shape[0], -1).to(d.dtype)
            scale = t2.norm(dim=1, keepdim=True) / (d2.norm(dim=1, keepdim=True) + _EPS)
            out[n] = (d2 * scale).reshape(d.shape)
        elif norm in ("layer", "dlayer"):
            out[n] = d * (target.norm().to(d.dtype) / (d.norm() + _EPS))
        elif norm == "weight":
            out[n] = d * w.to(d.dtype)
        else:
            out[n] = d.clone()
    if norm == "model" and weight_names:
        dn = torch.sqrt(sum((out[n].double() ** 2).sum() for n in weight_names))
        tn = torch.sqrt(sum((theta[n].double() ** 2).sum() for n in weight_names))
        scale = (tn / (dn + _EPS)).to(next(iter(out.values())).dtype)
        for n in weight_names:
            out[n] = out[n] * scale
    return out


def _check_finite(tensors: Mapping[str, torch.Tensor], label: str) -> None:
    """Raise ``ValueError`` naming the first tensor holding NaN or inf values."""
    for name, t in tensors.items():
        if t.is_floating_point() or t.is_complex():
            bad = int((~torch.isfinite(t.detach())).sum())
            if bad:
                raise ValueError(
                    f"{label} parameter {name!r} holds {bad} NaN/inf value(s) of {t.numel()}; "
                    "directions normalized to these weights would be NaN (fix or reload the "
                    "weights first)"
                )


def random_directions(
    model: nn.Module,
    n: int = 2,
    seed: int = 0,
    norm: str = "filter",
    ignore: str | None = "biasbn",
    reference: nn.Module | Mapping[str, torch.Tensor] | None = None,
    device: str | torch.device | None = "model",
) -> Directions:
    """Seeded random Gaussian directions, normalized to the model's weights.

    The random numbers are drawn on the CPU from ``torch.Generator().manual_seed(seed)``
    and then moved, so the same seed gives the same directions on any device.

    Parameters
    ----------
    model : torch.nn.Module
        The model at the center point ``theta*`` (not modified).
    n : int
        Number of directions (1 for a 1D plot, 2 for a surface).
    seed : int
        Random seed.
    norm : {"filter", "layer", "model", "weight", "none", "dfilter", "dlayer"}
        Normalization mode; ``"filter"`` is the paper's filter normalization.
    ignore : {"biasbn", "none", None}
        ``"biasbn"`` zeroes bias and normalization-layer parameters; ``None`` (or
        ``"none"``) sets them to the weights themselves (as the original code does without
        ``biasbn``).
    reference : torch.nn.Module or mapping, optional
        A second point, required for the direction-of-change modes ``dfilter``/``dlayer``.
    device : str, torch.device or None
        Where to put the directions: ``"model"`` (default) the model's device; otherwise
        as everywhere in lossviz (`lossviz.core.device.resolve_device`): ``"auto"`` or
        ``None`` for CUDA when available, or a device name.

    Returns
    -------
    Directions
        ``len(dirs) == n``; ``dirs[i]`` maps each name of ``named_parameters()`` to a tensor.

    Examples
    --------
    >>> import torch, lossviz as lv
    >>> net = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3))
    >>> dirs = lv.random_directions(net, n=2, seed=0)
    >>> len(dirs), dirs.names[0]
    (2, '0.weight')
    """
    check_model(model)
    check_positive_int("n", n)
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise TypeError(f"seed must be an integer, got {type(seed).__name__}")
    check_choice("norm", norm, NORMS)
    check_choice("ignore", ignore, IGNORES)
    ignore = None if ignore == "none" else ignore
    dev = next(model.parameters()).device if device == "model" else resolve_device(device)
    theta = named_params(model)
    _check_finite(theta, "model")
    classes = classify(model)
    ref = state_tensors(reference, model, "reference") if reference is not None else None
    if ref is not None and norm in ("dfilter", "dlayer"):
        _check_finite({n: ref[n] for n in theta if n in ref}, "reference")
    gen = torch.Generator().manual_seed(int(seed))
    dirs = []
    for _ in range(n):
        raw = OrderedDict()
        for name, w in theta.items():
            dtype = w.dtype if w.is_floating_point() else torch.float32
            raw[name] = torch.randn(w.shape, generator=gen, dtype=torch.float32).to(dtype)
        with torch.no_grad():
            cpu_theta = OrderedDict((k, v.to("cpu")) for k, v in theta.items())
            cpu_ref = None if ref is None else {k: v.to("cpu") for k, v in ref.items()}
            d = normalize_direction(raw, cpu_theta, classes, norm, ignore, cpu_ref)
        dirs.append(OrderedDict((k, v.to(dev)) for k, v in d.items()))
    meta = {
        "kind": "random",
        "seed": int(seed),
        "norm": norm,
        "ignore": ignore,
        "model": type(model).__name__,
        "n_params": int(sum(p.numel() for p in model.parameters())),
    }
    out = Directions(dirs, meta)
    if n > 1:
        cos = out.cosine()
        out.meta["max_abs_cosine"] = float(np.abs(cos - np.eye(n)).max())
        out.meta["expected_abs_cosine"] = math.sqrt(2.0 / (math.pi * meta["n_params"]))
    return out


def interpolation_direction(
    model_a: nn.Module, model_b: nn.Module | Mapping[str, torch.Tensor], buffers: bool = True
) -> Directions:
    """The direction ``theta_b - theta_a`` (one direction), for linear interpolation.

    Parameters
    ----------
    model_a : torch.nn.Module
        The start point (``a = 0``).
    model_b : torch.nn.Module or mapping
        The end point (``a = 1``): a model of the same architecture or a state dict.
    buffers : bool
        Also interpolate floating-point buffers (BatchNorm running statistics) so that
        ``a = 1`` reproduces ``model_b`` exactly.

    Returns
    -------
    Directions
    """
    check_model(model_a, "model_a")
    tb = state_tensors(model_b, model_a, "model_b")
    sa = dict(model_a.state_dict())
    params = {n for n, _ in model_a.named_parameters()}
    d = OrderedDict()
    for n, t in tb.items():
        if n in params or buffers:
            d[n] = (t.to(sa[n].device, sa[n].dtype) - sa[n]).detach()
    return Directions(
        [d],
        {"kind": "interpolation", "norm": "none", "axis_labels": ["interpolation coefficient a"]},
    )


def plane_directions(
    point_a: nn.Module | Mapping[str, torch.Tensor],
    point_b: nn.Module | Mapping[str, torch.Tensor],
    point_c: nn.Module | Mapping[str, torch.Tensor],
    model: nn.Module | None = None,
) -> Directions:
    """Orthonormal directions spanning the plane through three points (a at the origin).

    ``u = (b - a) / |b - a|`` and ``v`` is ``c - a`` with its ``u`` component removed,
    normalized. With ``lv.surface(model_a, data, dirs, ...)`` (the model at ``a``) the
    axes are true Euclidean distances in parameter space. The three points' coordinates
    in the plane are in ``dirs.meta["points"]``: ``a = (0, 0)``, ``b = (|b - a|, 0)``, ...

    Parameters
    ----------
    point_a, point_b, point_c : torch.nn.Module or mapping
        Models of one architecture or their state dicts.
    model : torch.nn.Module, optional
        Reference for names and shapes (default: ``point_a`` if it is a module).

    Returns
    -------
    Directions
        Two directions over the model's parameters, ``meta["kind"] == "plane"``.
    """
    if model is None:
        if not isinstance(point_a, nn.Module):
            raise TypeError("pass model= when point_a is a state dict")
        model = point_a
    check_model(model)
    names = [n for n, _ in model.named_parameters()]
    pts = []
    for label, p in (("point_a", point_a), ("point_b", point_b), ("point_c", point_c)):
        t = state_tensors(p, model, label)
        pts.append(torch.cat([t[n].reshape(-1).to("cpu", torch.float64) for n in names]))
    pa, pb, pc = pts
    u = pb - pa
    nu = u.norm()
    if nu == 0:
        raise ValueError("point_a and point_b are the same point; a plane needs distinct points")
    u = u / nu
    w = pc - pa
    v = w - (w @ u) * u
    nv = v.norm()
    if nv <= 1e-12 * max(float(w.norm()), 1.0):
        raise ValueError("the three points are collinear; they do not span a plane")
    v = v / nv
    like = OrderedDict((n, p.detach()) for n, p in model.named_parameters())
    dirs = []
    for vec in (u, v):
        d = OrderedDict()
        off = 0
        for n, ref in like.items():
            d[n] = vec[off : off + ref.numel()].view(ref.shape).to(ref.device, ref.dtype)
            off += ref.numel()
        dirs.append(d)
    points = {"a": [0.0, 0.0], "b": [float(nu), 0.0], "c": [float(w @ u), float(nv)]}
    return Directions(
        dirs,
        {
            "kind": "plane",
            "norm": "none",
            "points": points,
            "axis_labels": ["u (a→b)", "v (⊥ in plane of a, b, c)"],
        },
    )
