"""Parameter vectors of a model: naming, classification, flattening, exact restore.

Every tensor of a model is classified as

- ``"filter"``: a weight with two or more dims (Linear/Conv/RNN/Embedding); its rows
  (``w.reshape(w.shape[0], -1)``) are the filters (output units or channels);
- ``"bias"``: a one-dimensional (or scalar) parameter outside normalization layers;
- ``"norm"``: a parameter of a normalization layer (BatchNorm, LayerNorm, GroupNorm, ...).
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Iterator, Mapping

import torch
from torch import nn

from .norm import NORM_TYPES

FILTER, BIAS, NORM = "filter", "bias", "norm"


def check_model(model: object, name: str = "model") -> nn.Module:
    """Validate that ``model`` is an ``nn.Module`` with floating-point parameters holding data.

    Integer buffers are fine; an integer (or boolean) *parameter* cannot move along a
    direction and is refused, and so is a model on the ``meta`` device (it has no weights).

    Parameters
    ----------
    model : object
        The object to check.
    name : str
        Argument name for the error message.

    Returns
    -------
    torch.nn.Module
    """
    if not isinstance(model, nn.Module):
        raise TypeError(f"{name} must be a torch.nn.Module, got {type(model).__name__}")
    if not any(True for _ in model.parameters()):
        raise ValueError(f"{name} has no parameters; there is no landscape to explore")
    meta = [n for n, p in model.named_parameters() if p.is_meta]
    meta += [n for n, b in model.named_buffers() if b.is_meta]
    if meta:
        raise ValueError(
            f"{name} is on the 'meta' device (no weights, e.g. {meta[0]!r}); materialize it "
            "first, e.g. model.to_empty(device='cpu') then model.load_state_dict(...)"
        )
    ints = [
        f"{n} ({str(p.dtype).replace('torch.', '')})"
        for n, p in model.named_parameters()
        if not (p.is_floating_point() or p.is_complex())
    ]
    if ints:
        raise ValueError(
            f"{name} has non-floating-point parameters {ints[:5]}; lossviz moves parameters "
            "along real directions, so they must be floating point (keep integer state in a "
            "buffer: module.register_buffer(...))"
        )
    return model


def named_params(model: nn.Module) -> OrderedDict[str, torch.Tensor]:
    """Detached parameters in ``named_parameters()`` order.

    Parameters
    ----------
    model : torch.nn.Module

    Returns
    -------
    OrderedDict of str to torch.Tensor
        Views of the parameters' data (not copies).
    """
    return OrderedDict((n, p.detach()) for n, p in model.named_parameters())


def named_buffers(model: nn.Module) -> OrderedDict[str, torch.Tensor]:
    """As `named_params`, for the buffers (``named_buffers()`` order, views, not copies)."""
    return OrderedDict((n, b.detach()) for n, b in model.named_buffers())


def classify(model: nn.Module) -> OrderedDict[str, str]:
    """Classify each parameter as ``"filter"``, ``"bias"`` or ``"norm"``.

    Parameters
    ----------
    model : torch.nn.Module

    Returns
    -------
    OrderedDict of str to str
        Parameter name -> class, in ``named_parameters()`` order.
    """
    norm_params: set[str] = set()
    for mname, mod in model.named_modules():
        if isinstance(mod, NORM_TYPES):
            for pname, _ in mod.named_parameters(recurse=False):
                norm_params.add(f"{mname}.{pname}" if mname else pname)
    out: OrderedDict[str, str] = OrderedDict()
    for name, p in model.named_parameters():
        if name in norm_params:
            out[name] = NORM
        elif p.dim() <= 1:
            out[name] = BIAS
        else:
            out[name] = FILTER
    return out


def flatten(tensors: Mapping[str, torch.Tensor]) -> torch.Tensor:
    """Concatenate tensors (in mapping order) into one flat vector.

    Parameters
    ----------
    tensors : mapping of str to torch.Tensor

    Returns
    -------
    torch.Tensor
        1-D tensor.
    """
    return torch.cat([t.reshape(-1) for t in tensors.values()])


def unflatten(
    vec: torch.Tensor, like: Mapping[str, torch.Tensor]
) -> OrderedDict[str, torch.Tensor]:
    """Split a flat vector into tensors shaped like ``like``.

    Parameters
    ----------
    vec : torch.Tensor
        1-D tensor with as many elements as all of ``like`` together.
    like : mapping of str to torch.Tensor
        Names and shapes.

    Returns
    -------
    OrderedDict of str to torch.Tensor
    """
    total = sum(t.numel() for t in like.values())
    if vec.dim() != 1 or vec.numel() != total:
        raise ValueError(f"vec must be 1-D with {total} elements, got shape {tuple(vec.shape)}")
    out: OrderedDict[str, torch.Tensor] = OrderedDict()
    offset = 0
    for name, t in like.items():
        out[name] = vec[offset : offset + t.numel()].view_as(t)
        offset += t.numel()
    return out


def state_tensors(
    source: nn.Module | Mapping[str, torch.Tensor], model: nn.Module, name: str = "model_b"
) -> OrderedDict[str, torch.Tensor]:
    """Parameters (and floating-point buffers) of ``source`` matched to ``model``'s names.

    Parameters
    ----------
    source : torch.nn.Module or mapping
        A model of the same architecture or a state dict.
    model : torch.nn.Module
        The reference model.
    name : str
        Argument name for error messages.

    Returns
    -------
    OrderedDict of str to torch.Tensor
        Parameters in ``named_parameters()`` order, then floating buffers present in both.
    """
    if isinstance(source, nn.Module):
        src = dict(source.state_dict(keep_vars=False))
    elif isinstance(source, Mapping):
        src = dict(source)
    else:
        raise TypeError(f"{name} must be an nn.Module or a state dict, got {type(source).__name__}")
    out: OrderedDict[str, torch.Tensor] = OrderedDict()
    for pname, p in model.named_parameters():
        if pname not in src:
            raise ValueError(f"{name} has no tensor {pname!r} (it does not match the model)")
        t = src[pname]
        if tuple(t.shape) != tuple(p.shape):
            raise ValueError(
                f"{name}[{pname!r}] has shape {tuple(t.shape)}, the model has {tuple(p.shape)}"
            )
        out[pname] = t.detach()
    for bname, b in model.named_buffers():
        if b.is_floating_point() and bname in src and tuple(src[bname].shape) == tuple(b.shape):
            out[bname] = src[bname].detach()
    return out


@contextlib.contextmanager
def preserved(model: nn.Module) -> Iterator[nn.Module]:
    """Restore ``model`` bit-identically on exit, even after an exception or Ctrl-C.

    Saved and restored: every parameter's data, ``requires_grad`` and ``.grad``, every
    buffer, and every submodule's ``training`` flag.

    Parameters
    ----------
    model : torch.nn.Module

    Yields
    ------
    torch.nn.Module
        The same model, free to be modified inside the block.
    """
    params = [(p, p.detach().clone(), p.requires_grad, p.grad) for p in model.parameters()]
    buffers = [
        (mod, name, buf, None if buf is None else buf.detach().clone())
        for mod in model.modules()
        for name, buf in mod._buffers.items()
    ]
    flags = [(mod, mod.training) for mod in model.modules()]
    try:
        yield model
    finally:
        with torch.no_grad():
            for p, data, rg, grad in params:
                if p.data.shape != data.shape or p.data.dtype != data.dtype:
                    p.data = data
                else:
                    p.data.copy_(data)
                p.requires_grad_(rg)
                p.grad = grad
            for mod, name, buf, saved in buffers:
                if saved is None:
                    mod._buffers[name] = None
                    continue
                if mod._buffers.get(name) is not buf:
                    mod._buffers[name] = buf
                buf.copy_(saved)
        for mod, training in flags:
            mod.training = training
