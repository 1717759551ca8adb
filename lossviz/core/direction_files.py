"""Direction files: what `Directions.save` writes and what `Directions.load` reads.

`write_directions` stores directions atomically in the original loss-landscape layout (HDF5
groups ``xdirection``, ``ydirection``, ... with one float32 dataset per tensor named
``'0'..'N-1'``) or as the same groups in an ``.npz`` file, with a JSON header (schema
``lossviz.directions``, `FORMAT_VERSION`, names, dtype, metadata). `read_directions` reads
those files, the original code's ``weights`` and ``states`` direction files (names taken
from the model by count) and lossviz landscape files, which carry their directions.
"""

from __future__ import annotations

import json
import os
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from .._util import optional_import
from ..atomic import atomic_path, file_to_read
from ..formats import file_suffix, parse_header

__all__ = ["FORMAT_VERSION", "SCHEMA", "read_directions", "write_directions"]

SCHEMA = "lossviz.directions"
#: version of the direction-file format written by `Directions.save` (checked on load)
FORMAT_VERSION = 1


def write_directions(
    path: str | os.PathLike,
    arrays: Sequence[Mapping[str, np.ndarray]],
    names: Sequence[str],
    dtype: str,
    meta: Mapping[str, Any],
    explained_variance_ratio: np.ndarray | None,
) -> Path:
    """Write directions atomically to HDF5 (``.h5``/``.hdf5``) or ``.npz``.

    Parameters
    ----------
    path : str or os.PathLike
        The file; its suffix chooses the format.
    arrays : sequence of mapping of str to numpy.ndarray
        One mapping per direction (`Directions.numpy`).
    names : sequence of str
        The tensor names, in order.
    dtype : str
        The directions' dtype name (`Directions.dtype`), kept in the header.
    meta : mapping
        The directions' metadata.
    explained_variance_ratio : numpy.ndarray or None
        Kept in the header.

    Returns
    -------
    pathlib.Path
        ``path``, now holding the directions.
    """
    path = Path(path)
    suffix = file_suffix(path, (".h5", ".hdf5", ".npz"))
    head = json.dumps(
        {
            "schema": SCHEMA,
            "version": FORMAT_VERSION,
            "dtype": dtype,
            "names": list(names),
            "n": len(arrays),
            "meta": dict(meta),
            "explained_variance_ratio": None
            if explained_variance_ratio is None
            else explained_variance_ratio.tolist(),
        }
    )
    with atomic_path(path) as tmp:
        if suffix == ".npz":
            payload = {"__lossviz__": np.array(head)}
            for k, d in enumerate(arrays):
                for i, n in enumerate(names):
                    payload[f"{_group(k)}/{i}"] = d[n].astype(np.float32)
            with open(tmp, "wb") as fh:
                np.savez_compressed(fh, **payload)
        else:
            h5py = optional_import("h5py", "all")
            with h5py.File(tmp, "w") as f:
                f.attrs["__lossviz__"] = head
                for k, d in enumerate(arrays):
                    g = f.create_group(_group(k))
                    for i, n in enumerate(names):
                        g[str(i)] = d[n].astype(np.float32)
    return path


def read_directions(
    path: str | os.PathLike, model: nn.Module
) -> tuple[list[OrderedDict[str, torch.Tensor]], dict[str, Any], Any]:
    """The tensors, metadata and explained variance stored in a direction or landscape file.

    Parameters
    ----------
    path : str or os.PathLike
        A file written by `write_directions`, a lossviz landscape file, or a direction
        file of the original code (``weights`` or ``states``).
    model : torch.nn.Module
        The model the directions belong to: names, dtypes (and, for the original code's
        files, the names by count) come from it.

    Returns
    -------
    tensors : list of OrderedDict of str to torch.Tensor
        One mapping per direction (floating-point entries only).
    meta : dict
        The stored metadata (``{"kind": "file", "source": name}`` if there is none).
    explained_variance_ratio : list or None
    """
    path = file_to_read(path, "direction file")
    try:
        found = _read_groups(path)
    except ValueError:
        raise
    except Exception as exc:  # truncated zip / HDF5, missing members, unreadable
        raise ValueError(
            f"{str(path)!r} is not a readable direction file (corrupt or truncated?): "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    if found is None:  # a lossviz landscape file: it carries its directions
        return _from_landscape(path, model)
    head, groups = found
    names = head.get("names") or _names_for_count(model, len(groups[0]), path)
    if len(names) != len(groups[0]):
        raise ValueError(f"{str(path)!r}: {len(groups[0])} tensors but {len(names)} names")
    ref = {**dict(model.state_dict()), **dict(model.named_parameters())}
    tensors = []
    for g in groups:
        d = OrderedDict()
        for n, arr in zip(names, g, strict=False):
            if n not in ref:
                raise ValueError(f"{str(path)!r}: tensor {n!r} is not in the model")
            if not ref[n].is_floating_point():
                continue  # e.g. num_batches_tracked in 'states' files
            d[n] = torch.as_tensor(np.asarray(arr)).to(ref[n].dtype)
        tensors.append(d)
    meta = head.get("meta")
    if not isinstance(meta, dict) or not meta:
        meta = {"kind": "file", "source": path.name}
    return tensors, meta, head.get("explained_variance_ratio")


def _read_groups(path: Path) -> tuple[dict[str, Any], list[list[np.ndarray]]] | None:
    """Header and arrays of a direction file; None for a lossviz landscape file."""
    with open(path, "rb") as fh:
        magic = fh.read(8)
    groups: list[list[np.ndarray]] = []
    head: dict[str, Any] = {}
    if magic.startswith(b"PK"):
        with np.load(path, allow_pickle=False) as z:
            if "__lossviz__" not in z.files:
                raise ValueError(f"{str(path)!r} is an .npz file but not a lossviz file")
            head = _parse_head(z["__lossviz__"][()], path)
            if head is None:
                return None
            for k in range(head["n"]):
                row = []
                for i in range(len(head["names"])):
                    key = f"{_group(k)}/{i}"
                    if key not in z.files:
                        raise ValueError(
                            f"{str(path)!r} is incomplete: the header announces "
                            f"{head['n']} direction(s) of {len(head['names'])} tensors, "
                            f"array {key!r} is missing"
                        )
                    row.append(z[key])
                groups.append(row)
    elif magic == b"\x89HDF\r\n\x1a\n":
        h5py = optional_import("h5py", "all")
        with h5py.File(path, "r") as f:
            if "__lossviz__" in f.attrs:
                head = _parse_head(f.attrs["__lossviz__"], path)
                if head is None:
                    return None
            if "xdirection" not in f:
                raise ValueError(f"{str(path)!r} has no 'xdirection' group: not a direction file")
            k = 0
            while _group(k) in f:
                g = f[_group(k)]
                try:
                    groups.append([g[str(i)][()] for i in range(len(g))])
                except KeyError:
                    raise ValueError(
                        f"{str(path)!r}: group {_group(k)!r} must hold datasets named '0'..'N-1'"
                    ) from None
                k += 1
            if head and len(groups) != head["n"]:
                raise ValueError(
                    f"{str(path)!r} is incomplete: the header announces {head['n']} "
                    f"direction(s), the file holds {len(groups)}"
                )
    else:
        raise ValueError(f"{str(path)!r} is neither an .npz nor an HDF5 file")
    if not groups or not groups[0]:
        raise ValueError(f"{str(path)!r} holds no direction tensors")
    return head, groups


def _from_landscape(
    path: Path, model: nn.Module
) -> tuple[list[OrderedDict[str, torch.Tensor]], dict[str, Any], Any]:
    from ..landscape import Landscape

    land = Landscape.load(path)
    if not land.directions:
        raise ValueError(f"{str(path)!r} is a landscape file without stored directions")
    meta = land.meta.get("directions") or {"kind": "file"}
    evr = meta.get("explained_variance_ratio") if isinstance(meta, dict) else None
    ref = {**dict(model.state_dict()), **dict(model.named_parameters())}
    tensors = []
    for d in land.directions:
        for n in d:
            if n not in ref:
                raise ValueError(f"{str(path)!r}: tensor {n!r} is not in the model")
        tensors.append(OrderedDict((n, torch.as_tensor(a).to(ref[n].dtype)) for n, a in d.items()))
    return tensors, meta, evr


def _group(k: int) -> str:
    return {0: "xdirection", 1: "ydirection"}.get(k, f"direction{k}")


def _as_str(v: Any) -> str:
    return v.decode() if isinstance(v, bytes) else str(v)


def _parse_head(raw: Any, path: Path) -> dict[str, Any] | None:
    """The checked header of a direction file; None when it is a landscape file."""
    head = parse_header(
        _as_str(raw), path, SCHEMA, FORMAT_VERSION, "direction", also=("lossviz.landscape",)
    )
    if head.get("schema") == "lossviz.landscape":
        return None
    n, names = head.get("n"), head.get("names")
    if (
        isinstance(n, bool)
        or not isinstance(n, int)
        or n < 1
        or not isinstance(names, list)
        or not names
        or not all(isinstance(x, str) for x in names)
    ):
        raise ValueError(
            f"{str(path)!r}: corrupt lossviz header (needs 'n' >= 1 and a list of tensor "
            f"'names'; got n={n!r}, names of type {type(names).__name__})"
        )
    return head


def _names_for_count(model: nn.Module, count: int, path: Path) -> list[str]:
    params = [n for n, _ in model.named_parameters()]
    states = list(model.state_dict().keys())
    if count == len(params):
        return params
    if count == len(states):
        return states
    raise ValueError(
        f"{str(path)!r} holds {count} tensors per direction; the model has "
        f"{len(params)} parameters ('weights' files) and {len(states)} state "
        "entries ('states' files)"
    )
