"""Normalization layers: which modules they are, their mode, and their BatchNorm statistics.

The ``bn`` modes of lossviz change normalization layers only: ``norm_mode(model, train=True)``
puts BatchNorm, InstanceNorm, GroupNorm, LayerNorm, LocalResponseNorm and RMSNorm layers in
training mode (batch statistics) and every other module (Dropout above all) in eval mode, so
an evaluation stays deterministic. ``recompute_bn`` replaces the running statistics of every
BatchNorm layer by their cumulative average over a few batches (``momentum=None``, like
``torch.optim.swa_utils.update_bn``), for ``bn="recompute"`` grids and for connecting curves.
Every helper here restores what it changes (flags, momenta) except the statistics it is asked
to compute.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import torch
from torch import nn
from torch.func import functional_call

__all__ = [
    "NORM_TYPES",
    "batchnorm_layers",
    "has_batchnorm",
    "norm_mode",
    "recompute_bn",
    "set_norm_mode",
]

NORM_TYPES: tuple[type, ...] = (
    nn.modules.batchnorm._NormBase,  # BatchNorm*, SyncBatchNorm, InstanceNorm*
    nn.LayerNorm,
    nn.GroupNorm,
    nn.LocalResponseNorm,
)
if hasattr(nn, "RMSNorm"):
    NORM_TYPES = NORM_TYPES + (nn.RMSNorm,)


def set_norm_mode(model: nn.Module, train: bool) -> None:
    """Put normalization layers in training (batch statistics) or eval mode, all else in eval.

    Unlike ``model.train(train)``, Dropout and every other module stay in eval mode, so the
    forward is deterministic in both cases.

    Parameters
    ----------
    model : torch.nn.Module
        Modified in place (its modules' ``training`` flags); see `norm_mode` for a context
        manager that restores the flags.
    train : bool
        True: normalization layers (`NORM_TYPES`) in training mode; False: all in eval.
    """
    if not isinstance(train, bool):
        raise TypeError(f"train must be a bool, got {type(train).__name__}")
    for mod in model.modules():
        mod.training = train and isinstance(mod, NORM_TYPES)


@contextlib.contextmanager
def norm_mode(model: nn.Module, train: bool) -> Iterator[nn.Module]:
    """`set_norm_mode` for the duration of a block; every module's flag is restored after.

    Parameters
    ----------
    model : torch.nn.Module
    train : bool
        Normalization layers in training mode (True) or everything in eval mode (False).

    Yields
    ------
    torch.nn.Module
        The same model.
    """
    flags = [(mod, mod.training) for mod in model.modules()]
    try:
        set_norm_mode(model, train)
        yield model
    finally:
        for mod, flag in flags:
            mod.training = flag


def batchnorm_layers(model: nn.Module) -> list[tuple[str, nn.Module]]:
    """``(name, module)`` of the BatchNorm layers that keep running statistics.

    Parameters
    ----------
    model : torch.nn.Module

    Returns
    -------
    list of (str, torch.nn.Module)
    """
    return [
        (name, m)
        for name, m in model.named_modules()
        if isinstance(m, nn.modules.batchnorm._BatchNorm) and m.track_running_stats
    ]


def has_batchnorm(model: nn.Module) -> bool:
    """Whether ``model`` has a BatchNorm layer with running statistics.

    Parameters
    ----------
    model : torch.nn.Module

    Returns
    -------
    bool
    """
    return bool(batchnorm_layers(model))


def _first_input(batch: Any) -> Any:
    return batch[0] if isinstance(batch, (tuple, list)) and len(batch) == 2 else batch


def recompute_bn(
    model: nn.Module,
    batches: Iterable[Any],
    state: Mapping[str, torch.Tensor] | None = None,
) -> dict[str, torch.Tensor]:
    """BatchNorm running statistics recomputed from ``batches`` (cumulative average).

    Each BatchNorm layer's statistics are reset, then the model runs forward over the
    batches with its BatchNorm layers in training mode, ``momentum=None`` (every batch
    weighs the same, like ``torch.optim.swa_utils.update_bn``) and every other module in eval
    mode (Dropout off; other normalization layers as in evaluation). Modes and momenta are
    restored afterwards.

    Parameters
    ----------
    model : torch.nn.Module
        The network.
    batches : iterable
        Inputs ``x`` or ``(x, y)`` pairs (only ``x`` is used), already on the model's device.
    state : mapping of str to torch.Tensor, optional
        Without it, the model's own BatchNorm buffers are recomputed in place. With it, the
        forward runs functionally on these tensors (parameters and buffers by name; they are
        not modified) and the model's buffers are untouched.

    Returns
    -------
    dict of str to torch.Tensor
        Without ``state``: the recomputed statistics by buffer name. With ``state``: a copy
        of ``state`` whose BatchNorm statistics are the recomputed ones.
    """
    bns = batchnorm_layers(model)
    fresh: dict[str, torch.Tensor] = {}
    if state is not None:
        # other buffers a train-mode forward may update (InstanceNorm) are copied first
        buffers = {n for n, _ in model.named_buffers()}
        fresh = {n: t.clone() if n in buffers else t for n, t in state.items()}
        for name, m in bns:
            prefix = f"{name}." if name else ""
            for key in ("running_mean", "running_var", "num_batches_tracked"):
                ref = state.get(prefix + key)
                own = getattr(m, key)
                like = ref if ref is not None else own
                t = torch.zeros(own.shape, dtype=like.dtype, device=like.device)
                if key == "running_var":
                    t.fill_(1.0)
                fresh[prefix + key] = t
    momenta = [(m, m.momentum) for _, m in bns]
    flags = [(mod, mod.training) for mod in model.modules()]
    try:
        for mod in model.modules():
            mod.training = False
        for _, m in bns:
            m.momentum = None
            m.training = True
            if state is None:
                m.reset_running_stats()
        with torch.no_grad():
            for batch in batches:
                x = _first_input(batch)
                if state is None:
                    model(x)
                else:
                    functional_call(model, fresh, (x,))
    finally:
        for m, mom in momenta:
            m.momentum = mom
        for mod, flag in flags:
            mod.training = flag
    if state is not None:
        return fresh
    out = {}
    for name, m in bns:
        prefix = f"{name}." if name else ""
        for key in ("running_mean", "running_var", "num_batches_tracked"):
            out[prefix + key] = getattr(m, key)
    return out
