"""Named models and datasets, for the CLI and the demo (``zoo:NAME``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from torch import nn

from .data import digits, spiral
from .models import MLP

#: name -> factory(**kwargs) -> nn.Module; factories take ``in_features``/``out_features``
MODELS: dict[str, Callable[..., nn.Module]] = {
    "mlp": lambda in_features=2, out_features=3, width=32, depth=2, skip=None, **kw: MLP(
        in_features, out_features, width=width, depth=depth, skip=skip, **kw
    ),
}

#: name -> loader(**kwargs) -> (X, y)
DATASETS: dict[str, Callable[..., Any]] = {
    "spiral": spiral,
    "digits": digits,
}


def get_model(name: str, **kwargs: Any) -> nn.Module:
    """Build a zoo model by name.

    Parameters
    ----------
    name : str
        One of `MODELS`.
    **kwargs
        Passed to the factory.

    Returns
    -------
    torch.nn.Module
    """
    if name not in MODELS:
        raise ValueError(f"unknown zoo model {name!r}; choose one of {sorted(MODELS)}")
    return MODELS[name](**kwargs)


def get_data(name: str, **kwargs: Any) -> Any:
    """Load a zoo dataset by name.

    Parameters
    ----------
    name : str
        One of `DATASETS`.
    **kwargs
        Passed to the loader.

    Returns
    -------
    tuple of (X, y)
    """
    if name not in DATASETS:
        raise ValueError(f"unknown zoo dataset {name!r}; choose one of {sorted(DATASETS)}")
    return DATASETS[name](**kwargs)
