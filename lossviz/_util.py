"""Small shared helpers with no heavy imports: atomic writes, optional imports, validation.

This module sits below everything else in the package (no torch, no plotting).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


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


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, suffix: str | None = None) -> Iterator[str]:
    """Yield a temporary path next to ``path``; rename it onto ``path`` on success.

    Nothing is left behind when the body raises: the temporary file is removed and
    an existing file at ``path`` is untouched.

    Parameters
    ----------
    path : str or os.PathLike
        Final destination.
    suffix : str, optional
        Suffix of the temporary file (some writers choose the format from it).
        Defaults to the suffix of ``path``.

    Yields
    ------
    str
        The temporary path to write to.
    """
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise FileNotFoundError(f"directory {str(path.parent)!r} does not exist")
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.name}.",
        suffix=suffix if suffix is not None else path.suffix,
        dir=path.parent or ".",
    )
    os.close(fd)
    try:
        yield tmp
        # mkstemp creates 0600 files; give the result the usual permissions (or keep the
        # permissions of the file being replaced)
        if path.exists():
            mode = path.stat().st_mode & 0o777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise


def check_positive_int(
    name: str, value: Any, *, optional: bool = False, expected: str = "a positive integer"
) -> Any:
    """Raise ``ValueError`` naming ``name`` unless ``value`` is an ``int`` >= 1 (not a bool).

    Parameters
    ----------
    name : str
        The argument's name, used in the message.
    value : object
        The value given.
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
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be {expected}, got {value!r}")
    return value


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
