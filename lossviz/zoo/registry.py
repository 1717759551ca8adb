"""Named models, datasets and pretrained checkpoints (``--model zoo:NAME --data NAME``).

>>> from lossviz import zoo
>>> data = zoo.get_data("digits")
>>> net = zoo.get_model("cnn3", data=data)  # shapes taken from the data
>>> net(data.X[:2]).shape
torch.Size([2, 10])
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import torch
from torch import nn

from . import data as _data
from . import images as _images
from . import models as _m

CHECKPOINT_DIR = Path(__file__).with_name("checkpoints")


def _mlp(
    in_features: int = 2,
    out_features: int = 3,
    width: int | list[int] = 32,
    depth: int = 2,
    skip: int | None = None,
    skip_pairs: list[tuple[int, int]] | None = None,
    batch_norm: bool = False,
) -> nn.Module:
    """MLP with configurable depth, width and skip connections (defaults: spiral)."""
    return _m.MLP(in_features, out_features, width, depth, skip, skip_pairs, batch_norm)


def _image(factory: Callable[..., nn.Module], **fixed: Any) -> Callable[..., nn.Module]:
    def build(
        in_channels: int = 3, num_classes: int = 10, input_size: int = 32, **kw: Any
    ) -> nn.Module:
        return factory(
            in_channels=in_channels, num_classes=num_classes, input_size=input_size, **fixed, **kw
        )

    build.__doc__ = factory.__doc__
    build.__wrapped_factory__ = factory  # type: ignore[attr-defined]
    return build


def _cnn(conv_layers: int) -> Callable[..., nn.Module]:
    def build(
        in_channels: int = 1,
        num_classes: int = 10,
        input_size: int = 8,
        channels: int = 16,
        batch_norm: bool = False,
    ) -> nn.Module:
        return _m.CNN(in_channels, num_classes, input_size, conv_layers, channels, batch_norm)

    build.__doc__ = f"{conv_layers}-conv-layer CNN (defaults: 8x8 digits; 3/32 for CIFAR-10)."
    return build


def _char_rnn(
    vocab_size: int = 64,
    hidden: int = 120,
    embed: int = 32,
    cell: str = "lstm",
    return_sequence: bool = False,
    fused: bool = False,
) -> nn.Module:
    """Char-level LSTM: embedding -> LSTM(120) -> linear (data: text)."""
    return _m.CharRNN(vocab_size, hidden, embed, cell, return_sequence, fused)


#: name -> factory(**kwargs) -> nn.Module
MODELS: dict[str, Callable[..., nn.Module]] = {
    "mlp": _mlp,
    "mlp16": partial(_m.mlp_deep, depth=16, shortcuts="none"),
    "mlp16-skip": partial(_m.mlp_deep, depth=16, shortcuts="every2"),
    "mlp16-longskip": partial(_m.mlp_deep, depth=16, shortcuts="long"),
    "mlp1024": _m.mlp_1024,
    "mlp128-64-32": _m.mlp_128_64_32,
    "cnn1": _cnn(1),
    "cnn3": _cnn(3),
    "resnet": _image(_m.resnet),
    "wide-resnet": _image(_m.wide_resnet),
    "vgg9": _image(_m.vgg9),
    "alexnet": _image(_m.alexnet_small),
    "densenet": _image(_m.densenet),
    "char-rnn": _char_rnn,
}
for _depth in (20, 56, 110):
    MODELS[f"resnet{_depth}"] = _image(_m.resnet, depth=_depth, shortcuts=True)
    MODELS[f"resnet{_depth}-noshort"] = _image(_m.resnet, depth=_depth, shortcuts=False)
for _k in (2, 4, 8):
    MODELS[f"wrn56-{_k}"] = _image(_m.wide_resnet, depth=56, k=_k)

_MODEL_DOCS = {
    "mlp16": "16-layer MLP (width 32), no skip connections (data: spiral)",
    "mlp16-skip": "16-layer MLP with a residual shortcut every 2 layers (data: spiral)",
    "mlp16-longskip": "16-layer MLP with one skip from layer 2 to layer 14 (data: spiral)",
    "mlp1024": "shallow MLP: 1 hidden layer of 1024 units (data: spiral)",
    "mlp128-64-32": "MLP with hidden layers of 128, 64 and 32 units (data: spiral)",
    "resnet": "CIFAR ResNet: depth=6n+2, shortcuts=True/False, width (data: cifar10)",
    "wide-resnet": "the paper's Wide-ResNet: ResNet with width factor k (data: cifar10)",
    "vgg9": "VGG-9 of the paper: 7 conv + 2 FC, BatchNorm (data: cifar10)",
    "alexnet": "small AlexNet-style net: 2 conv + 3 FC (data: cifar10)",
    "densenet": "small DenseNet-BC, depth 22, growth 12 (data: cifar10)",
}
for _depth in (20, 56, 110):
    _MODEL_DOCS[f"resnet{_depth}"] = f"ResNet-{_depth} with shortcuts (data: cifar10)"
    _MODEL_DOCS[f"resnet{_depth}-noshort"] = f"ResNet-{_depth} without shortcuts (data: cifar10)"
for _k in (2, 4, 8):
    _MODEL_DOCS[f"wrn56-{_k}"] = f"Wide-ResNet-56 with width factor {_k} (data: cifar10)"

#: name -> loader(**kwargs) -> ZooData
DATASETS: dict[str, Callable[..., Any]] = {
    "spiral": _data.spiral,
    "moons": _data.moons,
    "digits": _data.digits,
    "mnist1d": _data.mnist1d,
    "breast_cancer": _data.breast_cancer,
    "seismic_bumps": _data.seismic_bumps,
    "text": _data.text_corpus,
    "cifar10": _images.cifar10,
    "mnist": _images.mnist,
}


def _first_line(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def available() -> dict[str, dict[str, str]]:
    """What the zoo offers: ``{"models": {name: description}, "datasets": {...}, ...}``.

    Returns
    -------
    dict
        Keys ``"models"``, ``"datasets"`` and ``"pretrained"``, each name -> one line.
    """
    models = {n: _MODEL_DOCS.get(n) or _first_line(f) for n, f in MODELS.items()}
    datasets = {n: _first_line(f) for n, f in DATASETS.items()}
    pre = {
        n: f"{e.get('description', '')} (accuracy {e.get('accuracy', float('nan')):.3f})"
        for n, e in _manifest().items()
    }
    return {"models": models, "datasets": datasets, "pretrained": pre}


def _accepted(factory: Callable[..., Any]) -> set[str] | None:
    try:
        params = inspect.signature(factory).parameters
    except (TypeError, ValueError):  # pragma: no cover - builtins
        return None
    names = {n for n, p in params.items() if p.kind is not p.VAR_KEYWORD}
    if len(names) < len(params):  # **kwargs: ask the wrapped factory, if known
        inner = getattr(factory, "__wrapped_factory__", None)
        inner_names = None if inner is None else _accepted(inner)
        return None if inner_names is None else names | inner_names
    return names


def get_model(name: str, data: Any = None, **kwargs: Any) -> nn.Module:
    """Build a zoo model by name.

    Parameters
    ----------
    name : str
        One of `MODELS` (see `available`).
    data : ZooData, optional
        Data from `get_data`: its shape arguments (input features, classes, image
        channels and size, vocabulary) fill in whatever ``kwargs`` does not give.
    **kwargs
        Passed to the factory.

    Returns
    -------
    torch.nn.Module
        A freshly initialized model (seed torch first for reproducible weights).
    """
    kwargs = model_kwargs(name, data, **kwargs)
    try:
        return MODELS[name](**kwargs)
    except TypeError as exc:
        raise TypeError(f"zoo model {name!r}: {exc}") from None


def model_kwargs(name: str, data: Any = None, **kwargs: Any) -> dict[str, Any]:
    """The keyword arguments `get_model` passes to a zoo factory: ``kwargs`` completed
    with the shape arguments of ``data`` (input features, classes, channels, vocabulary).

    Parameters
    ----------
    name : str
        One of `MODELS`.
    data : ZooData, optional
        Data from `get_data`.
    **kwargs
        Explicit arguments; they win over the data's.

    Returns
    -------
    dict
    """
    if name not in MODELS:
        raise ValueError(f"unknown zoo model {name!r}; choose one of {sorted(MODELS)}")
    if data is not None:
        if not isinstance(data, _data.ZooData):
            raise TypeError(
                f"data must be a ZooData from lossviz.zoo.get_data, got {type(data).__name__}"
            )
        accepted = _accepted(MODELS[name])
        for key, value in data.model_kwargs().items():
            if key not in kwargs and (accepted is None or key in accepted):
                kwargs[key] = value
    return kwargs


def get_data(name: str, **kwargs: Any) -> Any:
    """Load a zoo dataset by name.

    Parameters
    ----------
    name : str
        One of `DATASETS` (see `available`).
    **kwargs
        Passed to the loader (e.g. ``path=`` for ``cifar10``, ``mnist``,
        ``seismic_bumps`` and ``text``).

    Returns
    -------
    ZooData
        An ``(X, y)`` tuple of tensors with a description.
    """
    if name not in DATASETS:
        raise ValueError(f"unknown zoo dataset {name!r}; choose one of {sorted(DATASETS)}")
    return DATASETS[name](**kwargs)


# ---------------------------------------------------------------------- pretrained
def _manifest() -> dict[str, dict[str, Any]]:
    path = CHECKPOINT_DIR / "manifest.json"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def pretrained(name: str, with_data: bool = False) -> nn.Module | tuple[nn.Module, Any]:
    """A small model trained on its dataset, shipped with lossviz (opens instantly).

    The checkpoints are made by ``python -m lossviz.zoo.make_checkpoints`` and read with
    ``torch.load(weights_only=True)``; `available` lists them with the accuracy each
    reaches on its training data.

    Parameters
    ----------
    name : str
        A name from ``available()["pretrained"]``.
    with_data : bool
        Also return the dataset it was trained on.

    Returns
    -------
    torch.nn.Module or (torch.nn.Module, ZooData)
        The model in eval mode (and its data).
    """
    manifest = _manifest()
    if name not in manifest:
        raise ValueError(f"unknown pretrained model {name!r}; choose one of {sorted(manifest)}")
    entry = manifest[name]
    data = get_data(entry["data"], **entry.get("data_kwargs", {}))
    model = get_model(entry["model"], data=data, **entry.get("model_kwargs", {}))
    state = torch.load(CHECKPOINT_DIR / entry["file"], map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    model.eval()
    return (model, data) if with_data else model
