"""The one meaning of ``device`` in lossviz: `resolve_device`.

``None`` and ``"auto"`` mean CUDA when available, else the CPU; any other value is a torch
device name or object, validated (and refused when it names CUDA on a machine without it)
with a message naming the argument. This module sits at the bottom of the core (torch only),
so every core module, `directions` included, resolves devices the same way.
"""

from __future__ import annotations

import torch

__all__ = ["resolve_device"]


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
