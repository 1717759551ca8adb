"""Shared fixtures: tiny models and data, and a bit-identity checker for models."""

from __future__ import annotations

import os

import pytest
import torch
from torch import nn

# tests/browser_notebooks: the notebooks there are opened by the browser tests, not run by nbmake:
# widgets.ipynb is executed by tests/test_browser.py in a temporary copy (nbmake would write its
# model files into this folder), offline.ipynb is a stored snapshot (made by make_offline.py) that
# must be opened without being executed; harness.py and make_offline.py are helpers, not tests.
# (Kept here: a conftest.py in that folder would shadow this one for ``from conftest import``.)
collect_ignore_glob = ["browser_notebooks/*.ipynb", "browser_notebooks/*.py"]

os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
torch.set_num_threads(max(1, min(2, torch.get_num_threads())))


def snapshot(model: nn.Module) -> dict:
    """Everything `preserved` promises to restore, as comparable copies."""
    return {
        "params": [
            (n, p.detach().clone(), p.requires_grad, None if p.grad is None else p.grad.clone())
            for n, p in model.named_parameters()
        ],
        "buffers": [(n, b.detach().clone()) for n, b in model.named_buffers()],
        "training": [m.training for m in model.modules()],
        "ids": [id(p) for p in model.parameters()],
    }


def assert_identical(model: nn.Module, snap: dict) -> None:
    """Assert the model is bit-identical to a `snapshot`."""
    now = snapshot(model)
    assert now["ids"] == snap["ids"]
    assert now["training"] == snap["training"]
    for (n, p, rg, g), (n2, p2, rg2, g2) in zip(now["params"], snap["params"], strict=True):
        assert n == n2 and rg == rg2
        assert torch.equal(p, p2), f"parameter {n} changed"
        assert (g is None) == (g2 is None) and (g is None or torch.equal(g, g2))
    for (n, b), (n2, b2) in zip(now["buffers"], snap["buffers"], strict=True):
        assert n == n2 and torch.equal(b, b2), f"buffer {n} changed"


@pytest.fixture
def spiral_data():
    from lossviz.zoo import spiral

    return spiral(n_per_class=40, seed=1)


@pytest.fixture
def small_mlp():
    torch.manual_seed(0)
    return nn.Sequential(
        nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.Tanh(), nn.Linear(16, 3)
    )
