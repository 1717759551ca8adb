"""core/params.py: classification, flatten/unflatten, exact restore."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from conftest import assert_identical, snapshot
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


# ---------------------------------------------------------------------- normalization layers
class NormZoo(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 8)
        self.bn = nn.BatchNorm1d(8)
        self.gn = nn.GroupNorm(2, 8)
        self.inorm = nn.InstanceNorm1d(8, affine=True, track_running_stats=True)
        self.ln = nn.LayerNorm(8)
        self.drop = nn.Dropout(0.5)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        h = self.gn(self.bn(self.fc(x)))
        h = self.inorm(torch.stack([h, 2 * h, h * h], dim=2)).mean(dim=2)
        return self.out(self.drop(torch.relu(self.ln(h))))


def test_norm_mode_switches_normalization_layers_only_and_restores():
    from lossviz.core.norm import NORM_TYPES, norm_mode, set_norm_mode

    torch.manual_seed(0)
    model = NormZoo()
    model.drop.train()  # a mixed state that must come back exactly
    model.bn.eval()
    before = [m.training for m in model.modules()]
    with norm_mode(model, True):
        for m in model.modules():
            assert m.training == isinstance(m, NORM_TYPES), type(m).__name__
        assert not model.drop.training
        x = torch.randn(16, 4)
        assert torch.equal(model(x), model(x))  # deterministic: dropout off
    assert [m.training for m in model.modules()] == before
    set_norm_mode(model, False)
    assert not any(m.training for m in model.modules())
    with pytest.raises(TypeError, match="train must be a bool"):
        set_norm_mode(model, "train")


def test_recompute_bn_matches_torch_update_bn_in_place_and_functional():
    import copy

    from torch.optim.swa_utils import update_bn

    from lossviz.core.norm import recompute_bn

    torch.manual_seed(0)
    model = NormZoo().eval()
    batches = [torch.randn(10, 4) * 3 + 1 for _ in range(3)]
    ref = copy.deepcopy(model)
    ref.drop.p = 0.0  # update_bn runs the whole model in train mode
    update_bn([(x,) for x in batches], ref)  # (x,) batches: update_bn takes input[0]
    state = {k: v.clone() for k, v in model.state_dict().items()}
    fresh = recompute_bn(model, batches, state=state)
    for key in ("bn.running_mean", "bn.running_var"):
        assert torch.allclose(fresh[key], ref.state_dict()[key], atol=1e-6), key
    for key, t in model.state_dict().items():
        assert torch.equal(state[key], t), key  # inputs untouched
    snap = snapshot(model)
    stats = recompute_bn(model, batches)  # in place
    assert sorted(stats) == ["bn.num_batches_tracked", "bn.running_mean", "bn.running_var"]
    for key, t in stats.items():
        if t.is_floating_point():
            assert torch.allclose(t, ref.state_dict()[key], atol=1e-6), key
    assert model.bn.momentum == 0.1 and not model.training  # flags and momenta restored
    assert [m.training for m in model.modules()] == snap["training"]


def test_check_model_refuses_integer_parameters_and_meta():
    from lossviz.core.params import check_model

    class IntParam(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(2, 2)
            self.k = nn.Parameter(torch.ones(3, dtype=torch.int32), requires_grad=False)
            self.register_buffer("steps", torch.zeros((), dtype=torch.long))  # fine

    with pytest.raises(ValueError, match=r"non-floating-point parameters \['k \(int32\)'\]"):
        check_model(IntParam())
    with pytest.raises(ValueError, match="'meta' device"):
        check_model(nn.Linear(2, 2, device="meta"))
    ok = nn.Linear(2, 2)
    ok.register_buffer("steps", torch.zeros((), dtype=torch.long))
    assert check_model(ok) is ok
