"""Offline datasets: generated (spiral) or shipped with a package (sklearn digits)."""

from __future__ import annotations

import math

import numpy as np
import torch


def spiral(
    n_per_class: int = 200, classes: int = 3, noise: float = 0.2, seed: int = 0
) -> tuple[torch.Tensor, torch.Tensor]:
    """The classic ``classes``-arm spiral in 2-D (CS231n style).

    Parameters
    ----------
    n_per_class : int
        Samples per class.
    classes : int
        Number of arms / classes.
    noise : float
        Standard deviation of the angular noise.
    seed : int
        Random seed.

    Returns
    -------
    X : torch.Tensor
        ``(n_per_class * classes, 2)`` float32 inputs.
    y : torch.Tensor
        int64 labels.
    """
    if n_per_class < 1 or classes < 2:
        raise ValueError("spiral needs n_per_class >= 1 and classes >= 2")
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for c in range(classes):
        r = np.linspace(0.0, 1.0, n_per_class)
        t = np.linspace(c * 2 * math.pi / classes, (c + 2) * 2 * math.pi / classes, n_per_class)
        t = t + rng.normal(0.0, noise, n_per_class)
        xs.append(np.stack([r * np.sin(t), r * np.cos(t)], axis=1))
        ys.append(np.full(n_per_class, c))
    X = torch.tensor(np.concatenate(xs), dtype=torch.float32)
    y = torch.tensor(np.concatenate(ys), dtype=torch.int64)
    return X, y


def digits(standardize: bool = True) -> tuple[torch.Tensor, torch.Tensor]:
    """sklearn's 8x8 digits (1797 samples, 64 features, 10 classes), shipped offline.

    Parameters
    ----------
    standardize : bool
        Scale pixel values from [0, 16] to [0, 1].

    Returns
    -------
    X : torch.Tensor
        ``(1797, 64)`` float32.
    y : torch.Tensor
        int64 labels.
    """
    try:
        from sklearn.datasets import load_digits
    except ImportError as exc:  # pragma: no cover
        raise ImportError("digits() needs scikit-learn: pip install lossviz[all]") from exc
    d = load_digits()
    X = torch.tensor(d.data, dtype=torch.float32)
    if standardize:
        X = X / 16.0
    return X, torch.tensor(d.target, dtype=torch.int64)
