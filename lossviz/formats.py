"""The header of lossviz files: one parser for every file schema.

Every file lossviz writes (landscapes, directions, trajectories, tile stores and tiles)
carries a small JSON header with its ``schema`` name and format ``version``. This module
owns reading that header: `parse_header` decodes it, refuses non-JSON or non-object
headers, a schema other than the expected one (naming the right reader when the file is
another lossviz file) and a version newer than this lossviz reads, always naming the
file. Each reader then checks its own fields. `file_suffix` checks the suffix of a file
to write (``.npz`` or HDF5).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ._util import check_choice

__all__ = ["READERS", "file_suffix", "parse_header"]

#: schema name -> (what it is, the function that reads it)
READERS = {
    "lossviz.landscape": ("a landscape", "lv.Landscape.load"),
    "lossviz.directions": ("directions", "lv.Directions.load"),
    "lossviz.trajectory": ("a trajectory", "lv.Trajectory.load"),
    "lossviz.tilestore": ("a tile-store manifest", "lossviz.distributed.load_store"),
    "lossviz.tile": ("one tile of a tile store", "lossviz.distributed.load_store"),
}


def parse_header(
    raw: Any,
    path: str | os.PathLike,
    schema: str,
    version: int,
    what: str,
    also: Iterable[str] = (),
) -> dict[str, Any]:
    """Decode and check the JSON header of a lossviz file.

    Parameters
    ----------
    raw : str, bytes or numpy scalar
        The stored header text.
    path : str or os.PathLike
        The file, named in every message.
    schema : str
        The expected schema, e.g. ``"lossviz.landscape"``.
    version : int
        The newest format version this reader understands; headers without a version
        are version 1.
    what : str
        What the file should be, for messages (``"landscape"``).
    also : iterable of str
        Other schemas the caller handles itself (returned without a version check).

    Returns
    -------
    dict
        The header.

    Raises
    ------
    ValueError
        Corrupt header, another schema, or a newer version.
    """
    name = repr(str(path))
    if isinstance(raw, bytes):
        try:
            raw = raw.decode()
        except UnicodeDecodeError:
            raise ValueError(f"{name}: corrupt lossviz header (not UTF-8 text)") from None
    try:
        head = json.loads(str(raw))
    except json.JSONDecodeError:
        raise ValueError(f"{name}: corrupt lossviz header (not JSON)") from None
    if not isinstance(head, dict):
        raise ValueError(f"{name}: corrupt lossviz header (not a JSON object)")
    got = head.get("schema")
    if got in set(also):
        return head
    if got != schema:
        known = READERS.get(got) if isinstance(got, str) else None
        hint = f"it holds {known[0]}: use {known[1]}" if known else f"schema {got!r}"
        raise ValueError(f"{name} is not a lossviz {what} file ({hint})")
    v = head.get("version", 1)
    if isinstance(v, bool) or not isinstance(v, int) or v > version:
        raise ValueError(
            f"{name}: written by a newer lossviz (format version {v!r}; this lossviz "
            f"reads {what} files up to version {version}): upgrade lossviz"
        )
    return head


def file_suffix(path: str | os.PathLike, allowed: Iterable[str] = (".npz", ".h5", ".hdf5")) -> str:
    """The lower-case suffix of a lossviz file to write, checked against ``allowed``.

    Parameters
    ----------
    path : str or os.PathLike
        The destination.
    allowed : iterable of str
        The suffixes the writer handles, in the order the message lists them.

    Returns
    -------
    str
        E.g. ``".npz"``.

    Raises
    ------
    ValueError
        Naming ``path suffix`` and the allowed values.
    """
    suffix = Path(path).suffix.lower()
    check_choice("path suffix", suffix, tuple(allowed))
    return suffix
