"""A tiny trainer for the zoo's models (full control of seed, optimizer and batch size)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch import nn

from .._util import check_choice

OPTIMIZERS = ("sgd", "adam", "adamw")


def fit(
    model: nn.Module,
    data: tuple[torch.Tensor, torch.Tensor],
    epochs: int = 50,
    lr: float = 0.01,
    batch_size: int = 64,
    optimizer: str = "adam",
    momentum: float = 0.9,
    weight_decay: float = 0.0,
    seed: int = 0,
    loss_fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor] | None = None,
    on_epoch: Callable[[nn.Module, int], Any] | None = None,
) -> list[float]:
    """Train ``model`` in place on ``(X, y)`` with minibatches; return the loss per epoch.

    Parameters
    ----------
    model : torch.nn.Module
        Trained in place.
    data : tuple of (X, y)
        Training tensors.
    epochs : int
        Passes over the data.
    lr : float
        Learning rate.
    batch_size : int
        Minibatch size (clipped to the data size).
    optimizer : {"sgd", "adam", "adamw"}
        Optimizer.
    momentum : float
        SGD momentum.
    weight_decay : float
        L2 weight decay.
    seed : int
        Seeds the minibatch order.
    loss_fn : callable, optional
        Defaults to cross-entropy.
    on_epoch : callable, optional
        Called as ``on_epoch(model, epoch)`` after every epoch (e.g. to record a snapshot).

    Returns
    -------
    list of float
        Mean training loss per epoch.
    """
    check_choice("optimizer", optimizer, OPTIMIZERS)
    X, y = data
    loss_fn = loss_fn or nn.functional.cross_entropy
    params = [p for p in model.parameters() if p.requires_grad]
    if optimizer == "sgd":
        opt: torch.optim.Optimizer = torch.optim.SGD(
            params, lr=lr, momentum=momentum, weight_decay=weight_decay
        )
    elif optimizer == "adam":
        opt = torch.optim.Adam(params, lr=lr, weight_decay=weight_decay)
    else:
        opt = torch.optim.AdamW(params, lr=lr, weight_decay=weight_decay)
    gen = torch.Generator().manual_seed(seed)
    bs = max(1, min(batch_size, len(X)))
    history = []
    model.train()
    for epoch in range(epochs):
        perm = torch.randperm(len(X), generator=gen)
        total = 0.0
        for i in range(0, len(X), bs):
            idx = perm[i : i + bs]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(idx)
        history.append(total / len(X))
        if on_epoch is not None:
            on_epoch(model, epoch)
    model.eval()
    return history
