"""core/params.py: classification, flatten/unflatten, exact restore."""

from __future__ import annotations

import pytest
import torch
from conftest import assert_identical, snapshot
from torch import nn

from lossviz.core.params import (
    classify,
    flatten,
    named_params,
    preserved,
    state_tensors,
    unflatten,
)


class Zoo(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(11, 4)
        self.lstm = nn.LSTM(4, 5, batch_first=True)
        self.conv1 = nn.Conv1d(5, 6, 3)
        self.conv2 = nn.Conv2d(1, 3, 3)
        self.bn = nn.BatchNorm2d(3)
        self.ln = nn.LayerNorm(6)
        self.fc = nn.Linear(6, 2)
        self.scale = nn.Parameter(torch.ones(2))


def test_classify_every_layer_type():
    c = classify(Zoo())
    assert c["emb.weight"] == "filter"
    assert c["lstm.weight_ih_l0"] == "filter" and c["lstm.weight_hh_l0"] == "filter"
    assert c["lstm.bias_ih_l0"] == "bias"
    assert c["conv1.weight"] == "filter" and c["conv1.bias"] == "bias"
    assert c["conv2.weight"] == "filter"
    assert c["bn.weight"] == "norm" and c["bn.bias"] == "norm"
    assert c["ln.weight"] == "norm" and c["ln.bias"] == "norm"
    assert c["fc.weight"] == "filter" and c["fc.bias"] == "bias"
    assert c["scale"] == "bias"
    assert list(c) == [n for n, _ in Zoo().named_parameters()]


def test_flatten_unflatten_roundtrip():
    m = Zoo()
    ps = named_params(m)
    v = flatten(ps)
    assert v.numel() == sum(p.numel() for p in m.parameters())
    back = unflatten(v, ps)
    for n in ps:
        assert torch.equal(back[n], ps[n])
    with pytest.raises(ValueError, match="vec must be 1-D"):
        unflatten(v[:-1], ps)


def test_state_tensors_checks_shapes():
    a, b = nn.Linear(3, 2), nn.Linear(3, 4)
    with pytest.raises(ValueError, match="shape"):
        state_tensors(b, a)
    with pytest.raises(ValueError, match="no tensor"):
        state_tensors({"weight": a.weight}, a)
    with pytest.raises(TypeError):
        state_tensors(3, a)


def _mess_up(m: nn.Module) -> None:
    with torch.no_grad():
        for p in m.parameters():
            p.add_(1.0)
            p.requires_grad_(False)
        for b in m.buffers():
            b.add_(1)
    m.bn.running_mean = torch.zeros(3)  # replaced buffer object
    m.train(not m.training)
    m.fc.grad_marker = 1


@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_preserved_restores_bit_identically(exc):
    m = Zoo().eval()
    m.fc.weight.grad = torch.randn_like(m.fc.weight)
    snap = snapshot(m)
    with pytest.raises(exc), preserved(m):
        _mess_up(m)
        raise exc("boom")
    assert_identical(m, snap)


def test_preserved_normal_exit():
    m = Zoo()
    snap = snapshot(m)
    with preserved(m):
        _mess_up(m)
    assert_identical(m, snap)
