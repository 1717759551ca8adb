"""A tiny trainer for the zoo's models that records trajectories for you.

Full control of seed, optimizer, batch size, weight decay / L1, and the learning-rate
schedules the trajectory literature uses: constant, step, cosine cyclic (snapshot
ensembles, Huang et al. 2017) and triangular cyclic (fast geometric ensembling,
Garipov et al. 2018). See `lr_schedule` for the exact formulas.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
from torch import nn

from .._util import check_choice

if TYPE_CHECKING:  # pragma: no cover
    from ..core.trajectory import Trajectory

OPTIMIZERS = ("sgd", "adam", "adamw")
SCHEDULES = ("constant", "step", "cosine_cyclic", "triangular_cyclic")
RECORD_UNITS = ("epoch", "step", "cycle")


class FitHistory(list):
    """Mean training loss per epoch (a list), plus what the trainer did.

    Attributes
    ----------
    lr : numpy.ndarray
        The learning rate used at every optimizer step (read back from the optimizer).
    steps_per_epoch : int
        Optimizer steps per epoch.
    cycle_steps : list of int
        For cyclic schedules, the 1-based optimizer steps at which a cycle's snapshot
        is taken (cycle end for ``cosine_cyclic``, cycle middle for
        ``triangular_cyclic``, where the learning rate is lowest).
    """

    lr: np.ndarray
    steps_per_epoch: int
    cycle_steps: list[int]


def _positive_int(name: str, v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
        raise ValueError(f"{name} must be a positive integer, got {v!r}")
    return int(v)


def cycle_length(total_steps: int, cycles: int) -> int:
    """Optimizer steps per cycle: ``ceil(total_steps / cycles)`` (Huang et al.'s ``T/M``).

    Parameters
    ----------
    total_steps : int
    cycles : int

    Returns
    -------
    int
    """
    return max(1, math.ceil(total_steps / cycles))


def lr_schedule(
    schedule: str,
    total_steps: int,
    lr: float,
    *,
    steps_per_epoch: int = 1,
    lr_min: float | None = None,
    cycles: int | None = None,
    step_size: int | None = None,
    gamma: float = 0.1,
) -> np.ndarray:
    """Learning rate at every optimizer step ``i = 1..total_steps`` (returned 0-based).

    - ``"constant"``: ``lr``.
    - ``"step"``: ``lr * gamma ** floor(epoch / step_size)`` with ``epoch`` the 0-based
      epoch of the step; ``step_size`` in epochs (default: a third of the epochs).
    - ``"cosine_cyclic"`` (snapshot ensembles): with ``c = ceil(T / cycles)``,
      ``lr_min + (lr - lr_min) / 2 * (cos(pi * ((i - 1) mod c) / c) + 1)``; Huang et
      al.'s formula for ``lr_min = 0`` (default). It restarts at ``lr`` every cycle.
    - ``"triangular_cyclic"`` (FGE): with ``t = (((i - 1) mod c) + 1) / c``,
      ``(1 - 2t) lr + 2t lr_min`` for ``t <= 1/2`` and ``(2 - 2t) lr_min + (2t - 1) lr``
      after; ``lr_min`` defaults to ``lr / 100``.

    Parameters
    ----------
    schedule : {"constant", "step", "cosine_cyclic", "triangular_cyclic"}
    total_steps : int
        Number of optimizer steps ``T``.
    lr : float
        Base (maximum) learning rate.
    steps_per_epoch : int
        For ``"step"``.
    lr_min : float, optional
        Lowest rate of the cyclic schedules.
    cycles : int, optional
        Number of cycles ``M`` over the run (default 5 for cosine, 4 for triangular).
    step_size : int, optional
        Epochs between decays for ``"step"``.
    gamma : float
        Decay factor for ``"step"``.

    Returns
    -------
    numpy.ndarray
        ``(total_steps,)`` float64.
    """
    check_choice("schedule", schedule, SCHEDULES)
    T = _positive_int("total_steps", total_steps)
    spe = _positive_int("steps_per_epoch", steps_per_epoch)
    i = np.arange(1, T + 1, dtype=np.float64)
    if schedule == "constant":
        return np.full(T, float(lr))
    if schedule == "step":
        epochs = math.ceil(T / spe)
        k = _positive_int("step_size", step_size if step_size else max(1, epochs // 3))
        epoch = np.floor((i - 1) / spe)
        return float(lr) * float(gamma) ** np.floor(epoch / k)
    m = _positive_int(
        "cycles", cycles if cycles is not None else (5 if "cosine" in schedule else 4)
    )
    c = cycle_length(T, m)
    if schedule == "cosine_cyclic":
        lo = 0.0 if lr_min is None else float(lr_min)
        return lo + (float(lr) - lo) / 2 * (np.cos(np.pi * np.mod(i - 1, c) / c) + 1)
    lo = float(lr) / 100 if lr_min is None else float(lr_min)
    t = (np.mod(i - 1, c) + 1) / c
    return np.where(t <= 0.5, (1 - 2 * t) * lr + 2 * t * lo, (2 - 2 * t) * lo + (2 * t - 1) * lr)


def _cycle_steps(schedule: str, T: int, cycles: int | None) -> list[int]:
    if schedule not in ("cosine_cyclic", "triangular_cyclic"):
        return []
    m = cycles if cycles is not None else (5 if schedule == "cosine_cyclic" else 4)
    c = cycle_length(T, m)
    if schedule == "cosine_cyclic":
        return [min(T, k * c) for k in range(1, math.ceil(T / c) + 1)]
    return [k * c + max(1, c // 2) for k in range(math.ceil(T / c)) if k * c + c // 2 <= T]


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
    *,
    l1: float = 0.0,
    schedule: str = "constant",
    lr_min: float | None = None,
    cycles: int | None = None,
    step_size: int | None = None,
    gamma: float = 0.1,
    record: Trajectory | None = None,
    record_every: int | None = None,
    record_unit: str = "epoch",
) -> FitHistory:
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
        (Base) learning rate.
    batch_size : int
        Minibatch size (clipped to the data size).
    optimizer : {"sgd", "adam", "adamw"}
        Optimizer.
    momentum : float
        SGD momentum.
    weight_decay : float
        Weight decay (L2 for SGD/Adam, decoupled for AdamW).
    seed : int
        Seeds the minibatch order.
    loss_fn : callable, optional
        Defaults to cross-entropy.
    on_epoch : callable, optional
        Called as ``on_epoch(model, epoch)`` after every epoch (0-based), e.g.
        ``traj.callback()``.
    l1 : float
        L1 penalty ``l1 * sum(|p|)`` over all trainable parameters, added to the loss
        that is minimized (the returned history is the data loss without it).
    schedule : {"constant", "step", "cosine_cyclic", "triangular_cyclic"}
        Learning-rate schedule, applied per optimizer step (see `lr_schedule`).
    lr_min, cycles, step_size, gamma
        Schedule parameters (see `lr_schedule`).
    record : lossviz.Trajectory, optional
        Records the initial weights (step 0), then a snapshot every ``record_every``
        units, and the final weights (except for ``record_unit="cycle"``). Recording
        only reads the weights: training is identical with and without it.
    record_every : int, optional
        Defaults to the trajectory's ``every``.
    record_unit : {"epoch", "step", "cycle"}
        ``"cycle"`` (cyclic schedules): one snapshot per cycle where the learning rate
        is lowest, as snapshot ensembles / FGE collect them.

    Returns
    -------
    FitHistory
        A list of the mean training loss per epoch, with ``.lr`` (per step),
        ``.steps_per_epoch`` and ``.cycle_steps``.
    """
    check_choice("optimizer", optimizer, OPTIMIZERS)
    check_choice("schedule", schedule, SCHEDULES)
    check_choice("record_unit", record_unit, RECORD_UNITS)
    epochs = _positive_int("epochs", epochs)
    if not (isinstance(l1, (int, float)) and l1 >= 0):
        raise ValueError(f"l1 must be a non-negative number, got {l1!r}")
    if record_unit == "cycle" and schedule not in ("cosine_cyclic", "triangular_cyclic"):
        raise ValueError(
            "record_unit='cycle' needs schedule='cosine_cyclic' or 'triangular_cyclic'"
        )
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
    spe = math.ceil(len(X) / bs)
    total = epochs * spe
    lrs = lr_schedule(
        schedule,
        total,
        lr,
        steps_per_epoch=spe,
        lr_min=lr_min,
        cycles=cycles,
        step_size=step_size,
        gamma=gamma,
    )
    cyc = _cycle_steps(schedule, total, cycles)
    cyc_index = {s: k + 1 for k, s in enumerate(cyc)}
    every = 1
    if record is not None:
        from ..core.trajectory import Trajectory

        if not isinstance(record, Trajectory):
            raise TypeError(f"record must be a lossviz.Trajectory, got {type(record).__name__}")
        if record.unit is None or len(record) == 0:
            record.unit = record_unit
        elif record.unit != record_unit:
            raise ValueError(
                f"record: the trajectory counts {record.unit}s, this fit would record "
                f"{record_unit}s; use a new Trajectory"
            )
        every = (
            record.every if record_every is None else _positive_int("record_every", record_every)
        )
        record.record(model, step=0, force=True)

    def keep(step: int, loss: float | None, last: bool) -> None:
        if record is not None and (step % every == 0 or last):
            record.record(model, step=step, loss=loss, force=True)

    history = FitHistory()
    used = np.zeros(total)
    it = 0
    model.train()
    for epoch in range(epochs):
        perm = torch.randperm(len(X), generator=gen)
        tot = 0.0
        for i in range(0, len(X), bs):
            idx = perm[i : i + bs]
            for g in opt.param_groups:
                g["lr"] = float(lrs[it])
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(X[idx]), y[idx])
            objective = loss
            if l1:
                objective = loss + l1 * sum(p.abs().sum() for p in params)
            objective.backward()
            used[it] = opt.param_groups[0]["lr"]
            opt.step()
            it += 1
            lval = float(loss.detach())
            tot += lval * len(idx)
            if record_unit == "step":
                keep(it, lval, it == total)
            elif record_unit == "cycle" and it in cyc_index:
                keep(cyc_index[it], lval, False)
        history.append(tot / len(X))
        if record_unit == "epoch":
            keep(epoch + 1, history[-1], epoch + 1 == epochs)
        if on_epoch is not None:
            on_epoch(model, epoch)
    model.eval()
    history.lr = used
    history.steps_per_epoch = spe
    history.cycle_steps = cyc
    return history


# ---------------------------------------------------------------------- teaching study
def pca_study(
    depths: Sequence[int] = (1, 5, 10),
    widths: Sequence[int] = (5, 20, 100),
    epochs: int = 60,
    n_per_class: int = 100,
    seed: int = 0,
    logistic: bool = True,
    record_every: int = 1,
    **fit_kwargs: Any,
) -> list[dict[str, Any]]:
    """Explained variance of the trajectory's PCA plane: the spiral teaching set-up.

    Trains MLPs of every depth x width (and a multinomial logistic regression, the
    convex baseline) on the 3-class spiral, records the weights every epoch and reports
    how much of the path the first two principal directions explain.

    Parameters
    ----------
    depths, widths : sequence of int
        Hidden layers and neurons per layer.
    epochs : int
        Training epochs per model.
    n_per_class : int
        Spiral samples per class.
    seed : int
        Seeds the spiral, each model's initial weights and the minibatch order.
    logistic : bool
        Include the logistic-regression baseline.
    record_every : int
        Epochs between snapshots.
    **fit_kwargs
        Other training settings, passed to `fit` and the same for every model
        (``lr``, ``optimizer``, ``batch_size``, ...; `fit`'s defaults: Adam, learning
        rate 0.01, minibatches of 64).

    Returns
    -------
    list of dict
        One row per model: ``model``, ``depth``, ``width``, ``params``, ``pc1``, ``pc2``
        (explained-variance ratios), ``pc1+pc2``, ``final_loss``, ``accuracy``.
    """
    from ..core.trajectory import Trajectory, pca_directions
    from .data import spiral
    from .models import MLP

    X, y = spiral(n_per_class=n_per_class, seed=seed)
    cases: list[tuple[str, int, int, Callable[[], nn.Module]]] = []
    if logistic:
        cases.append(("logistic regression", 0, 0, lambda: nn.Linear(2, 3)))
    for d in depths:
        for w in widths:
            cases.append((f"MLP {d}x{w}", d, w, lambda d=d, w=w: MLP(2, 3, width=w, depth=d)))
    rows = []
    for label, d, w, make in cases:
        torch.manual_seed(seed)
        net = make()
        traj = Trajectory(name=label, every=record_every)
        hist = fit(net, (X, y), epochs=epochs, seed=seed, record=traj, **fit_kwargs)
        dirs = pca_directions(traj, n=2)
        evr = dirs.explained_variance_ratio
        with torch.no_grad():
            acc = float((net(X).argmax(1) == y).float().mean())
        rows.append(
            {
                "model": label,
                "depth": d,
                "width": w,
                "params": int(sum(p.numel() for p in net.parameters())),
                "pc1": float(evr[0]),
                "pc2": float(evr[1]),
                "pc1+pc2": float(evr[:2].sum()),
                "final_loss": float(hist[-1]),
                "accuracy": acc,
            }
        )
    return rows
