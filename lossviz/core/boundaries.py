"""Input-space decision boundaries of recorded snapshots (2-D inputs, e.g. the spiral).

This module owns the pictures of what a classifier predicts over its input plane while it
trains: `grid_2d` lays a regular grid over 2-D inputs, and `decision_boundaries` returns the
predicted class and its probability on that grid at each selected snapshot of a run (any
object with ``len``, ``state(i)`` and ``check_model(model)``, such as `lossviz.Trajectory`).
The drawing itself is in `lossviz.render.animate`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from torch import nn

from .._util import check_int
from .engine import private_copy
from .inputs import resolve_device
from .params import check_model

__all__ = ["decision_boundaries", "grid_2d"]


def grid_2d(
    X: Any, resolution: int = 80, margin: float = 0.15
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A regular grid covering 2-D inputs, for decision-boundary pictures.

    Parameters
    ----------
    X : array_like or torch.Tensor
        ``(N, 2)`` inputs.
    resolution : int
        Points per axis.
    margin : float
        Extra room on each side, as a share of the data's range.

    Returns
    -------
    xs, ys : numpy.ndarray
        Axis values.
    points : numpy.ndarray
        ``(resolution**2, 2)`` float32 grid points, ``x`` varying fastest
        (``points.reshape(len(ys), len(xs), 2)``).
    """
    X = X.detach().cpu().numpy() if isinstance(X, torch.Tensor) else np.asarray(X)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"X must have shape (N, 2) (2-D inputs), got {X.shape}")
    resolution = check_int("resolution", resolution, minimum=2)
    lo, hi = X.min(axis=0), X.max(axis=0)
    pad = margin * np.maximum(hi - lo, 1e-9)
    xs = np.linspace(lo[0] - pad[0], hi[0] + pad[0], resolution)
    ys = np.linspace(lo[1] - pad[1], hi[1] + pad[1], resolution)
    gx, gy = np.meshgrid(xs, ys)
    return xs, ys, np.stack([gx.ravel(), gy.ravel()], axis=1).astype(np.float32)


def decision_boundaries(
    traj: Any,
    model: nn.Module,
    X_grid: Any,
    indices: Sequence[int] | None = None,
    device: str | torch.device = "auto",
) -> tuple[np.ndarray, np.ndarray]:
    """The model's predicted class on a grid of inputs at every (selected) snapshot.

    Parameters
    ----------
    traj : Trajectory
    model : torch.nn.Module
        Architecture and buffers; not modified.
    X_grid : array_like or torch.Tensor
        ``(G, d)`` inputs, e.g. ``grid_2d(X)[2]``.
    indices : sequence of int, optional
        Snapshots to use (default: all).
    device : str or torch.device

    Returns
    -------
    classes : numpy.ndarray
        ``(n_frames, G)`` int predicted class (``output > 0`` for a single logit).
    confidence : numpy.ndarray
        ``(n_frames, G)`` float probability of the predicted class.
    """
    check_model(model)
    traj.check_model(model)
    dev = resolve_device(device)
    Xg = X_grid if isinstance(X_grid, torch.Tensor) else torch.as_tensor(np.asarray(X_grid))
    Xg = Xg.to(dev, torch.float32)
    idx = list(range(len(traj))) if indices is None else [int(i) for i in indices]
    # the engine's private copy (no user hooks; the user's model is never touched)
    net = private_copy(model).to(dev).eval()
    live = dict(net.named_parameters())
    classes, conf = [], []
    with torch.no_grad():
        for i in idx:
            for n, t in traj.state(i).items():
                live[n].copy_(t.to(dev, live[n].dtype))
            out = net(Xg)
            if out.dim() == 1 or out.shape[-1] == 1:
                p1 = torch.sigmoid(out.reshape(-1).float())
                classes.append((p1 > 0.5).long().cpu().numpy())
                conf.append(torch.maximum(p1, 1 - p1).cpu().numpy())
            else:
                c, k = torch.softmax(out.float(), dim=-1).max(dim=-1)
                classes.append(k.cpu().numpy())
                conf.append(c.cpu().numpy())
    return np.stack(classes), np.stack(conf).astype(np.float64)
