"""The option-group mechanism (`lossviz._util.Options`, `options_signature`)."""

from __future__ import annotations

import inspect
from dataclasses import dataclass

import pytest

from lossviz._util import Options, options_signature


@dataclass(frozen=True)
class _Group(Options):
    size: int = 3
    mode: str = "a"


@options_signature(_Group)
def _func(x, y=2, *, options=None, **kwargs):
    return _Group.of(options, kwargs, where="_func")


def test_keywords_override_the_object_and_defaults_apply():
    assert _func(1) == _Group()
    assert _func(1, mode="b") == _Group(size=3, mode="b")
    assert _func(1, options=_Group(size=7), mode="c") == _Group(size=7, mode="c")
    assert _Group(size=7).as_kwargs() == {"size": 7, "mode": "a"}


def test_unknown_keyword_and_wrong_object_are_named():
    msg = r"_func\(\) got an unexpected keyword argument 'sise'.*size, mode"
    with pytest.raises(TypeError, match=msg):
        _func(1, sise=4)
    with pytest.raises(TypeError, match="options must be a _Group or None, got dict"):
        _func(1, options={"size": 4})


def test_published_signature_lists_the_group_fields():
    sig = inspect.signature(_func)
    assert list(sig.parameters) == ["x", "y", "options", "size", "mode"]
    assert sig.parameters["size"].default == 3
    assert sig.parameters["mode"].kind is inspect.Parameter.KEYWORD_ONLY


# ---------------------------------------------------------------- the core's option groups
def _grid_case():
    import torch

    import lossviz as lv

    torch.manual_seed(0)
    net = torch.nn.Sequential(
        torch.nn.Linear(2, 8), torch.nn.BatchNorm1d(8), torch.nn.ReLU(), torch.nn.Linear(8, 3)
    )
    net.eval()
    X, y = torch.randn(48, 2), torch.randint(0, 3, (48,))
    return lv, net, (X, y), lv.random_directions(net, n=2, seed=1)


def test_surface_options_object_equals_keywords_and_naive_loop():
    import numpy as np
    import torch

    from lossviz.core.inputs import EvalOptions

    lv, net, (X, y), dirs = _grid_case()
    grid = {"a": (-1, 1, 4), "b": (-1, 1, 3), "progress": False, "device": "cpu"}
    kw = lv.surface(net, (X, y), dirs, **grid, strategy="loop", bn="train", batch_size=16)
    opt = EvalOptions(strategy="loop", bn="train", batch_size=16)
    ob = lv.surface(net, (X, y), dirs, **grid, options=opt)
    # keywords override the object's fields
    mixed = lv.surface(net, (X, y), dirs, **grid, options=EvalOptions(bn="eval"), bn="train",
                       strategy="loop", batch_size=16)  # fmt: skip
    np.testing.assert_array_equal(kw["loss"], ob["loss"])
    np.testing.assert_array_equal(kw["loss"], mixed["loss"])
    # independent check: bn="train" normalizes each batch of 16 with its own statistics
    d1, d2 = dirs[0], dirs[1]
    i, j = 3, 0
    a, b = kw.coords[0][i], kw.coords[1][j]
    moved = {n: p + a * d1.get(n, 0) + b * d2.get(n, 0) for n, p in net.named_parameters()}
    ref = copy_with(net, moved)
    ref.train()
    with torch.no_grad():
        losses = [torch.nn.functional.cross_entropy(ref(X[k:k + 16]), y[k:k + 16])
                  for k in range(0, 48, 16)]  # fmt: skip
    assert abs(float(torch.stack(losses).mean()) - kw["loss"][i, j]) < 1e-5


def copy_with(net, params):
    import copy

    import torch

    m = copy.deepcopy(net)
    with torch.no_grad():
        for n, p in m.named_parameters():
            p.copy_(params[n])
    return m


def test_grid_functions_name_bad_keywords_and_values():
    from lossviz.core.inputs import EvalOptions

    lv, net, data, dirs = _grid_case()
    msg = r"surface\(\) got an unexpected keyword argument 'stratgy'; the EvalOptions keywords"
    with pytest.raises(TypeError, match=msg):
        lv.surface(net, data, dirs, stratgy="loop")
    with pytest.raises(ValueError, match="strategy='fast' is not allowed"):
        lv.surface(net, data, dirs, strategy="fast")
    with pytest.raises(ValueError, match="bn_data is used only with bn='recompute'"):
        EvalOptions(bn_data=data)
    with pytest.raises(ValueError, match="workers= is not supported with executor/tiles/store"):
        lv.surface(net, data, dirs, tiles=2, workers=2)
    with pytest.raises(ValueError, match="negative_var= is not supported with eigen_ratio_surface"):
        lv.eigen_ratio_surface(net, data, dirs, negative_var="nan")
    with pytest.raises(TypeError, match="unexpected keyword argument 'tol2'"):
        lv.eigen_ratio_surface(net, data, dirs, tol2=1)


def test_published_signatures_list_every_keyword():
    import lossviz as lv
    from lossviz.core.curvature import estimate_eigen_ratio_time
    from lossviz.distributed import surface_tiles

    s = inspect.signature(lv.surface).parameters
    assert {"strategy", "bn", "workers", "negative_var", "options", "executor"} <= set(s)
    assert s["a"].default == (-1.0, 1.0, 41)
    t = inspect.signature(surface_tiles).parameters
    assert {"strategy", "bn", "factory", "data_spec", "executor"} <= set(t)
    assert not {"center", "workers", "bn_data", "negative_var"} & set(t)
    m = inspect.signature(lv.eigen_ratio_surface).parameters
    assert {"method", "tol", "unconverged", "strategy", "bn", "solver", "options"} <= set(m)
    assert m["tol"].default == 1e-3 and not {"workers", "negative_var"} & set(m)
    assert inspect.signature(estimate_eigen_ratio_time).parameters == m
