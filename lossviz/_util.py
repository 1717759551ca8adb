"""Small shared helpers with no heavy imports: optional imports, validation, `atomic_path`.

This module sits below everything else in the package (no torch, no plotting).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from numbers import Integral
from typing import Any

from .atomic import atomic_path

__all__ = ["atomic_path", "check_positive_int", "optional_import"]


def optional_import(module: str, extra: str) -> Any:
    """Import an optional dependency or raise an ImportError with an install hint.

    Parameters
    ----------
    module : str
        Module name, e.g. ``"h5py"``.
    extra : str
        The lossviz extra that provides it, e.g. ``"plotly"``.

    Returns
    -------
    module
        The imported module.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            f"{module!r} is required for this feature; install it with "
            f"`pip install lossviz[{extra}]` (or `pip install {module.split('.')[0]}`)."
        ) from exc


def check_positive_int(
    name: str, value: Any, *, optional: bool = False, expected: str = "a positive integer"
) -> Any:
    """Raise ``ValueError`` naming ``name`` unless ``value`` is an integer >= 1 (as `check_int`).

    Parameters
    ----------
    name : str
        The argument's name, used in the message.
    value : object
        The value given (a Python or numpy integer, not a bool).
    optional : bool
        Accept ``None`` too.
    expected : str
        What is allowed, for the message.

    Returns
    -------
    object
        ``value``, unchanged.
    """
    if optional and value is None:
        return value
    try:
        check_int(name, value, 1)
    except ValueError:
        raise ValueError(f"{name} must be {expected}, got {value!r}") from None
    return value


def check_int(name: str, value: Any, minimum: int = 1) -> int:
    """``value`` as an ``int`` >= ``minimum`` (a Python or numpy integer, not a bool).

    Parameters
    ----------
    name : str
        The argument's name, used in the message.
    value : object
        The value given.
    minimum : int
        The smallest allowed value.

    Returns
    -------
    int

    Raises
    ------
    ValueError
        Naming ``name`` and ``minimum`` otherwise.
    """
    if isinstance(value, bool) or not isinstance(value, Integral) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


def check_choice(name: str, value: Any, allowed: Iterable[Any]) -> Any:
    """Raise ``ValueError`` naming ``name`` unless ``value`` is one of ``allowed``.

    Parameters
    ----------
    name : str
        The argument's name, used in the message.
    value : object
        The value given.
    allowed : iterable
        The allowed values.

    Returns
    -------
    object
        ``value``, unchanged.
    """
    allowed = list(allowed)
    if value not in allowed:
        raise ValueError(f"{name}={value!r} is not allowed; choose one of {allowed!r}")
    return value
