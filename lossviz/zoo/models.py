"""Small models for teaching-scale loss landscapes."""

from __future__ import annotations

import torch
from torch import nn


class MLP(nn.Module):
    """A fully connected ReLU network with optional skip connections.

    Parameters
    ----------
    in_features : int
        Input size.
    out_features : int
        Number of outputs (classes).
    width : int or sequence of int
        Hidden width, or one width per hidden layer.
    depth : int
        Number of hidden layers (ignored when ``width`` is a sequence).
    skip : int or None
        ``None``: no shortcuts. ``k``: a residual shortcut around every ``k`` hidden layers
        (``h <- h + f(h)``); needs equal widths.
    skip_pairs : sequence of (int, int), optional
        Explicit shortcuts from the output of hidden layer ``i`` to the input of hidden
        layer ``j`` (1-based), e.g. ``[(2, 14)]`` for "one skip from layer 2 to 14".

    Examples
    --------
    >>> net = MLP(2, 3, width=32, depth=16, skip=2)
    >>> net(torch.zeros(5, 2)).shape
    torch.Size([5, 3])
    """

    def __init__(
        self,
        in_features: int,
        out_features: int,
        width: int | list[int] = 32,
        depth: int = 2,
        skip: int | None = None,
        skip_pairs: list[tuple[int, int]] | None = None,
    ) -> None:
        super().__init__()
        widths = list(width) if isinstance(width, (list, tuple)) else [int(width)] * int(depth)
        if not widths or any(w < 1 for w in widths):
            raise ValueError(f"width/depth must give at least one positive width, got {widths}")
        if skip is not None and (skip < 1 or len(set(widths)) != 1):
            raise ValueError("skip=k needs k >= 1 and equal hidden widths")
        self.widths = widths
        self.skip = skip
        self.skip_pairs = [tuple(p) for p in (skip_pairs or [])]
        for i, j in self.skip_pairs:
            if not (1 <= i < j <= len(widths)) or widths[i - 1] != widths[j - 2]:
                raise ValueError(f"skip pair {(i, j)} is invalid for widths {widths}")
        dims = [in_features] + widths
        self.hidden = nn.ModuleList(nn.Linear(dims[k], dims[k + 1]) for k in range(len(widths)))
        self.head = nn.Linear(widths[-1], out_features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits for a batch ``x`` of shape ``(N, in_features)``."""
        h = x.reshape(x.shape[0], -1)
        saved: dict[int, torch.Tensor] = {}
        block_in = None
        for k, layer in enumerate(self.hidden, start=1):
            for i, j in self.skip_pairs:
                if j == k:
                    h = h + saved[i]
            out = torch.relu(layer(h))
            if self.skip is not None and k > 1:
                if block_in is None:
                    block_in = h
                if (k - 1) % self.skip == 0:
                    out = out + block_in
                    block_in = out
            h = out
            saved[k] = h
        return self.head(h)
