"""Ensembles of snapshots: the accuracy of averaged predictions.

`ensemble_accuracy` averages the predicted class probabilities of several states of one
architecture (snapshot ensembles, Huang et al. 2017, with a cosine cyclic learning rate;
fast geometric ensembling, Garipov et al. 2018, with a triangular one) and reports the
ensemble's accuracy and negative log-likelihood beside each member's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import torch
from torch import nn
from torch.func import functional_call

from .curves import PointLike, architecture
from .inputs import as_eval_data, resolve_device
from .params import preserved, state_tensors

__all__ = ["ensemble_accuracy"]


# ------------------------------------------------------------------ ensembles
def ensemble_accuracy(
    models: Sequence[PointLike],
    data: Any,
    model: nn.Module | None = None,
    device: str | torch.device = "auto",
    batch_size: int | None = None,
) -> dict[str, Any]:
    """Accuracy of the ensemble (averaged softmax) and of each member.

    Parameters
    ----------
    models : sequence of torch.nn.Module or mapping
        The members (e.g. snapshots of a snapshot ensemble or of FGE), models of one
        architecture or their state dicts. None of them is modified.
    data : tuple of (X, y), Dataset or DataLoader
        Evaluation data with class-index targets.
    model : torch.nn.Module, optional
        The architecture, needed when ``models`` holds only state dicts.
    device : str or torch.device
        ``"auto"``, ``"cpu"``, ``"cuda"``.
    batch_size : int, optional
        Samples per forward pass for ``(X, y)`` data.

    Returns
    -------
    dict
        ``"ensemble"``: accuracy of the averaged predicted probabilities; ``"members"``:
        list of each member's accuracy; ``"ensemble_nll"`` / ``"members_nll"``: the
        matching negative log-likelihoods; ``"n_models"``, ``"n_samples"``.
        One-logit (binary) outputs use the sigmoid.
    """
    if isinstance(models, (nn.Module, Mapping)) or not isinstance(models, Sequence):
        raise TypeError("models must be a sequence of models or state dicts")
    if len(models) < 1:
        raise ValueError("models must hold at least one model")
    model = architecture(models, model, "models")
    dev = resolve_device(device)
    edata = as_eval_data(data, dev, batch_size=batch_size)
    members: list[Any] = []
    for i, m in enumerate(models):
        if isinstance(m, nn.Module):
            members.append((m, None))
        else:
            members.append((model, state_tensors(m, model, f"models[{i}]")))
    prob_sum: list[torch.Tensor | None] = [None] * len(edata.batches)
    accs, nlls = [], []
    for net, st in members:
        with preserved(net):
            net.eval()
            if st is None:
                st = state_tensors(net, net)
            st = {n: t.to(dev) for n, t in st.items()}
            correct = 0.0
            nll = 0.0
            with torch.no_grad():
                for bi, (x, y) in enumerate(edata.batches):
                    p = _probs(functional_call(net, st, (x,)))
                    correct += float((p.argmax(-1) == y).sum())
                    nll += float(-torch.log(p.gather(-1, y.reshape(-1, 1)).clamp_min(1e-12)).sum())
                    prob_sum[bi] = p if prob_sum[bi] is None else prob_sum[bi] + p
        accs.append(correct / edata.n)
        nlls.append(nll / edata.n)
    correct = 0.0
    nll = 0.0
    for (_, y), ps in zip(edata.batches, prob_sum, strict=True):
        p = ps / len(members)
        correct += float((p.argmax(-1) == y).sum())
        nll += float(-torch.log(p.gather(-1, y.reshape(-1, 1)).clamp_min(1e-12)).sum())
    return {
        "ensemble": correct / edata.n,
        "members": accs,
        "ensemble_nll": nll / edata.n,
        "members_nll": nlls,
        "n_models": len(members),
        "n_samples": int(edata.n),
    }


def _probs(out: torch.Tensor) -> torch.Tensor:
    out = out.to(torch.float64)
    if out.dim() == 1 or out.shape[-1] == 1:
        p1 = torch.sigmoid(out.reshape(-1))
        return torch.stack([1 - p1, p1], dim=-1)
    return torch.softmax(out, dim=-1)
