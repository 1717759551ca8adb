"""Model and data specs: the strings that name a model or a dataset, and building them.

This module owns the spec language shared by the command line and by tile workers
(`lossviz.distributed` rebuilds models and data on each worker from the same strings):
``zoo:NAME`` (the built-in zoo), ``package.module:function`` and ``path/file.py:function``
(a user factory), with JSON keyword arguments; `build_model` also loads a state-dict file
and says in one line what does not fit. Nothing here parses command lines or prints.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Any

__all__ = ["build_data", "build_model", "load_factory"]


def load_factory(spec: str) -> Any:
    """Resolve ``"module:function"`` (or ``"path/to/file.py:function"``) to a callable.

    Parameters
    ----------
    spec : str

    Returns
    -------
    callable
    """
    if ":" not in spec:
        raise ValueError(f"factory {spec!r} must look like 'module:function' or 'file.py:function'")
    mod_name, func_name = spec.rsplit(":", 1)
    if mod_name.endswith(".py"):
        path = Path(mod_name)
        if not path.exists():
            raise FileNotFoundError(f"no such file: {mod_name!r}")
        s = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(s)
        assert s.loader is not None
        s.loader.exec_module(module)
    else:
        module = importlib.import_module(mod_name)
    try:
        fn = getattr(module, func_name)
    except AttributeError:
        raise ValueError(f"{mod_name!r} has no attribute {func_name!r}") from None
    if not callable(fn):
        raise TypeError(f"{spec!r} is not callable")
    return fn


def build_model(spec: str, kwargs: dict[str, Any] | None = None, weights: str | None = None):
    """Build a model from ``zoo:NAME`` or ``module:factory`` and load its weights.

    Parameters
    ----------
    spec : str
        ``zoo:mlp`` or ``package.module:function`` or ``file.py:function``.
    kwargs : dict, optional
        Keyword arguments for the factory.
    weights : str, optional
        A state-dict file, read with ``torch.load(weights_only=True)``.

    Returns
    -------
    torch.nn.Module
    """
    import torch

    kwargs = kwargs or {}
    if spec.startswith("zoo:"):
        from .zoo.registry import get_model

        model = get_model(spec[4:], **kwargs)
    else:
        model = load_factory(spec)(**kwargs)
    if not isinstance(model, torch.nn.Module):
        raise TypeError(f"the factory {spec!r} returned {type(model).__name__}, not an nn.Module")
    if weights:
        if not Path(weights).is_file():
            raise FileNotFoundError(f"weights file {str(weights)!r} does not exist")
        try:
            state = torch.load(weights, map_location="cpu", weights_only=True)
        except Exception as exc:
            raise ValueError(
                f"cannot read the weights file {str(weights)!r} as a state dict "
                f"(torch.load(weights_only=True)): {' '.join(str(exc).split())}"
            ) from exc
        if (
            isinstance(state, dict)
            and "state_dict" in state
            and isinstance(state["state_dict"], dict)
        ):
            state = state["state_dict"]
        if not isinstance(state, dict):
            raise ValueError(
                f"the weights file {str(weights)!r} holds a {type(state).__name__}, not a "
                "state dict"
            )
        problem = _state_dict_mismatch(model, state)
        if problem:
            raise ValueError(
                f"the weights file {str(weights)!r} does not fit the model {spec!r}: {problem}"
            )
        model.load_state_dict(state)
    model.eval()
    return model


def _state_dict_mismatch(model: Any, state: dict[str, Any]) -> str:
    """What differs between ``model.state_dict()`` and ``state``, in one line ('' if nothing)."""
    own = model.state_dict()
    missing = [k for k in own if k not in state]
    extra = [k for k in state if k not in own]
    shapes = [
        f"{k} (file {tuple(getattr(state[k], 'shape', ()))}, model {tuple(own[k].shape)})"
        for k in own
        if k in state and tuple(getattr(state[k], "shape", ())) != tuple(own[k].shape)
    ]
    parts = []
    for label, items in (
        ("missing in the file", missing),
        ("not in the model", extra),
        ("shape differs", shapes),
    ):
        if items:
            more = f" and {len(items) - 3} more" if len(items) > 3 else ""
            parts.append(f"{label}: {', '.join(items[:3])}{more}")
    return "; ".join(parts)


def build_data(spec: str, kwargs: dict[str, Any] | None = None):
    """Load data from ``zoo:NAME`` (or a bare zoo name) or ``module:function``.

    Parameters
    ----------
    spec : str
    kwargs : dict, optional

    Returns
    -------
    object
        Anything `lossviz.surface` accepts as ``data``.
    """
    kwargs = kwargs or {}
    name = spec[4:] if spec.startswith("zoo:") else spec
    if ":" not in name:
        from .zoo.registry import get_data

        return get_data(name, **kwargs)
    return load_factory(spec)(**kwargs)
