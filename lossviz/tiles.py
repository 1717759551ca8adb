"""The tile store and the tile layout of tiled runs: how a grid is cut, and the files.

This module owns what a tiled run (`lossviz.distributed.surface_tiles`) keeps on disk and
how its grid is cut: `tile_layout` cuts a 1D/2D grid into rectangular blocks of at least
two points per axis; `TileStore` is the store directory (``manifest.json``, one atomically
written ``tiles/tile-NNNNN.npz`` per finished tile with its bounds, the run's key and a
SHA-256 of its values, all checked on reading); `open_store` creates or validates a store
for a run and returns its verified tiles; `load_store` assembles whatever is finished into a
`Landscape`. The payload codec (``torch.save`` bytes read back with ``weights_only=True``)
is here too, because the store keeps the run's directions as a payload file.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import os
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from .atomic import atomic_path
from .core.directions import Directions
from .formats import parse_header
from .landscape import Landscape

__all__ = [
    "STORE_SCHEMA",
    "STORE_VERSION",
    "TILE_SCHEMA",
    "TileStore",
    "block_slices",
    "directions_from_payload",
    "directions_payload",
    "from_bytes",
    "load_store",
    "open_store",
    "tile_checksum",
    "tile_layout",
    "to_bytes",
    "write_bytes",
]

STORE_SCHEMA = "lossviz.tilestore"
TILE_SCHEMA = "lossviz.tile"
STORE_VERSION = 1

#: half-open index ranges of one tile, ``((i0, i1),)`` or ``((i0, i1), (j0, j1))``
Bounds = tuple[tuple[int, int], ...]


# ====================================================================== layout
def _split(n: int, parts: int) -> list[tuple[int, int]]:
    """``numpy.array_split`` bounds of ``range(n)`` into ``parts`` pieces."""
    base, extra = divmod(n, parts)
    out, start = [], 0
    for k in range(parts):
        stop = start + base + (1 if k < extra else 0)
        out.append((start, stop))
        start = stop
    return out


def tile_layout(shape: Sequence[int], tiles: int) -> tuple[tuple[int, ...], list[Bounds]]:
    """Cut a 1D or 2D grid into rectangular tiles of at least 2 points per axis.

    In 2D the grid is cut into ``ta x tb`` blocks (``numpy.array_split`` along each axis),
    with ``ta * tb`` as close to ``tiles`` as possible (exactly ``tiles`` whenever it can be
    factored so that every block keeps 2 points per axis) and blocks as square as possible.

    Parameters
    ----------
    shape : sequence of int
        ``(len(a),)`` or ``(len(a), len(b))``.
    tiles : int
        Requested number of tiles.

    Returns
    -------
    layout : tuple of int
        Tiles per axis, ``(ta,)`` or ``(ta, tb)``.
    bounds : list of tuple
        Row-major list of ``((i0, i1),)`` or ``((i0, i1), (j0, j1))`` half-open index ranges.

    Examples
    --------
    >>> tile_layout((51, 51), 4)[0]
    (2, 2)
    >>> tile_layout((10,), 3)[1]
    [((0, 4),), ((4, 7),), ((7, 10),)]
    """
    if isinstance(tiles, bool) or not isinstance(tiles, (int, np.integer)) or tiles < 1:
        raise ValueError(f"tiles must be a positive integer, got {tiles!r}")
    shape = tuple(int(s) for s in shape)
    if len(shape) not in (1, 2) or any(s < 2 for s in shape):
        raise ValueError(f"shape must be 1D or 2D with at least 2 points per axis, got {shape}")
    caps = [s // 2 for s in shape]
    limit = math.prod(caps)
    if tiles > limit:
        raise ValueError(
            f"tiles={tiles} is too many for a grid of shape {shape}: each tile needs at "
            f"least 2 points along each axis, so at most {limit} tiles are possible"
        )
    if len(shape) == 1:
        layout: tuple[int, ...] = (int(tiles),)
    else:
        best = None
        for ta in range(1, caps[0] + 1):
            for tb in range(1, caps[1] + 1):
                sa, sb = shape[0] / ta, shape[1] / tb
                score = (abs(ta * tb - tiles), max(sa / sb, sb / sa), -ta * tb)
                if best is None or score < best[0]:
                    best = (score, (ta, tb))
        assert best is not None
        layout = best[1]
    per_axis = [_split(n, t) for n, t in zip(shape, layout, strict=True)]
    if len(shape) == 1:
        bounds = [(r,) for r in per_axis[0]]
    else:
        bounds = [(ra, rb) for ra in per_axis[0] for rb in per_axis[1]]
    return layout, bounds


# ====================================================================== payload files
def to_bytes(obj: Any) -> bytes:
    """``torch.save`` of ``obj`` into bytes (tensors and plain containers only)."""
    buf = io.BytesIO()
    torch.save(obj, buf)
    return buf.getvalue()


def from_bytes(raw: bytes) -> Any:
    """Read back `to_bytes` output with ``torch.load(weights_only=True)`` on the CPU."""
    return torch.load(io.BytesIO(raw), map_location="cpu", weights_only=True)


def directions_payload(dirs: Directions) -> dict[str, Any]:
    """Directions as plain tensors + JSON metadata, exact in every dtype."""
    return {
        "names": list(dirs.names),
        "tensors": [OrderedDict((n, t.detach().cpu()) for n, t in d.items()) for d in dirs],
        "meta": json.dumps(dirs.meta),
        "evr": None
        if dirs.explained_variance_ratio is None
        else torch.as_tensor(dirs.explained_variance_ratio),
    }


def directions_from_payload(p: Mapping[str, Any]) -> Directions:
    """The `Directions` encoded by `directions_payload`."""
    evr = p.get("evr")
    return Directions(p["tensors"], json.loads(p["meta"]), None if evr is None else evr.numpy())


def write_bytes(path: Path, raw: bytes) -> None:
    """Write ``raw`` to ``path`` atomically."""
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        fh.write(raw)


# ====================================================================== the store
class TileStore:
    """A directory of finished tiles: ``manifest.json`` + ``tiles/tile-NNNNN.npz``.

    Tile files are written atomically by the parent process only (no concurrent
    writers, no HDF5 locking). Each tile file holds the metric values of its block,
    its bounds, the run's key and a SHA-256 checksum of the values; reading one checks
    all four (and the zip CRCs).

    Parameters
    ----------
    path : str or os.PathLike
        The store directory.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"TileStore({str(self.path)!r})"

    @property
    def manifest_path(self) -> Path:
        """``store/manifest.json``."""
        return self.path / "manifest.json"

    @property
    def tiles_dir(self) -> Path:
        """``store/tiles``."""
        return self.path / "tiles"

    def tile_path(self, index: int) -> Path:
        """Path of tile ``index``'s file."""
        return self.tiles_dir / f"tile-{index:05d}.npz"

    # -------------------------------------------------------------- manifest
    def read_manifest(self) -> dict[str, Any] | None:
        """The manifest, or None when the store has none yet.

        Returns
        -------
        dict or None
        """
        p = self.manifest_path
        if not p.exists():
            return None
        try:
            man = parse_header(p.read_bytes(), p, STORE_SCHEMA, STORE_VERSION, "tile-store")
        except (OSError, ValueError) as exc:
            raise ValueError(
                f"tile store {str(self.path)!r}: manifest.json is corrupt or foreign ({exc}); "
                "delete the store directory to start over"
            ) from None
        return man

    def write_manifest(self, manifest: Mapping[str, Any]) -> None:
        """Write the manifest atomically.

        Parameters
        ----------
        manifest : mapping
        """
        with atomic_path(self.manifest_path) as tmp, open(tmp, "w") as fh:
            json.dump(manifest, fh, indent=1)

    # -------------------------------------------------------------- tiles
    def finished(self) -> list[int]:
        """Indices of the tile files present (not yet verified).

        Returns
        -------
        list of int
        """
        if not self.tiles_dir.exists():
            return []
        out = []
        for p in self.tiles_dir.iterdir():
            name = p.name
            if name.startswith("tile-") and name.endswith(".npz"):
                try:
                    out.append(int(name[5:-4]))
                except ValueError:
                    continue
        return sorted(out)

    def write_tile(
        self, index: int, bounds: Bounds, values: np.ndarray, header: Mapping[str, Any]
    ) -> Path:
        """Write one tile atomically.

        Parameters
        ----------
        index : int
        bounds : tuple
            The tile's index ranges.
        values : numpy.ndarray
            ``(ni[, nj], n_metrics)`` float64.
        header : mapping
            JSON-serializable: must hold ``key``; tile meta, worker info...

        Returns
        -------
        pathlib.Path
        """
        self.tiles_dir.mkdir(parents=True, exist_ok=True)
        values = np.ascontiguousarray(values, dtype=np.float64)
        head = dict(header)
        head.update(
            schema=TILE_SCHEMA,
            index=int(index),
            bounds=[list(r) for r in bounds],
            sha256=tile_checksum(values),
        )
        path = self.tile_path(index)
        with atomic_path(path) as tmp, open(tmp, "wb") as fh:
            np.savez(
                fh,
                header=np.array(json.dumps(head)),
                bounds=np.asarray(bounds, dtype=np.int64),
                values=values,
            )
        return path

    def read_tile(
        self, index: int, key: str, bounds: Bounds, n_metrics: int
    ) -> tuple[np.ndarray, dict[str, Any]]:
        """Read and verify one tile; raise ``ValueError`` naming the file when it is bad.

        Parameters
        ----------
        index : int
        key : str
            The run's key (from the manifest).
        bounds : tuple
            The tile's expected index ranges.
        n_metrics : int

        Returns
        -------
        values : numpy.ndarray
        header : dict
        """
        path = self.tile_path(index)
        try:
            with np.load(path, allow_pickle=False) as z:
                head = parse_header(z["header"][()], path, TILE_SCHEMA, STORE_VERSION, "tile")
                got_bounds = z["bounds"]
                values = z["values"]
        except Exception as exc:  # zip CRC, truncation, missing members, bad JSON
            raise ValueError(
                f"tile store {str(self.path)!r}: tile file {path.name} is corrupt "
                f"({type(exc).__name__}: {exc}); delete that file to recompute the tile "
                "(resume=True), or delete the store to start over"
            ) from None
        shape = tuple(e - s for s, e in bounds) + (n_metrics,)
        problem = None
        if head.get("key") != key:
            problem = "it belongs to a different computation (its key differs from the manifest)"
        elif head.get("index") != index or got_bounds.tolist() != [list(r) for r in bounds]:
            problem = f"its bounds {got_bounds.tolist()} are not tile {index}'s {list(bounds)}"
        elif values.dtype != np.float64 or values.shape != shape:
            problem = f"values have shape {values.shape} {values.dtype}, expected {shape} float64"
        elif "sha256" not in head:
            problem = "it has no checksum of its values (written by an older lossviz)"
        elif head["sha256"] != tile_checksum(values):
            problem = "its values do not match the checksum in its header (altered after writing)"
        if problem:
            raise ValueError(
                f"tile store {str(self.path)!r}: tile file {path.name} is invalid: {problem}; "
                "delete that file to recompute the tile, or delete the store to start over"
            )
        return values, head

    def clean_temporaries(self) -> int:
        """Remove temporary files left by a writer that was killed; return how many.

        Returns
        -------
        int
        """
        n = 0
        for d in (self.path, self.tiles_dir):
            if d.exists():
                for p in d.iterdir():
                    if p.name.startswith(".") and p.is_file():
                        with contextlib.suppress(OSError):
                            p.unlink()
                            n += 1
        return n


def tile_checksum(values: np.ndarray) -> str:
    """SHA-256 (hex) of a tile's ``values`` array: its shape and little-endian float64 bytes."""
    arr = np.ascontiguousarray(values, dtype="<f8")
    h = hashlib.sha256(repr(arr.shape).encode())
    h.update(arr.tobytes())
    return h.hexdigest()


def open_store(
    store: TileStore, manifest: dict[str, Any], resume: bool, bounds: list[Bounds]
) -> dict[int, tuple[np.ndarray, dict[str, Any]]]:
    """Create or validate the store of a run; return its verified finished tiles.

    Parameters
    ----------
    store : TileStore
    manifest : dict
        The run's manifest (``key``, ``components``, ``metrics``...); written to a new store.
    resume : bool
        Whether finished tiles of this run may be reused (else a store holding some is
        refused).
    bounds : list of tuple
        The run's tile bounds (`tile_layout`).

    Returns
    -------
    dict
        ``{tile index: (values, header)}``.
    """
    path = store.path
    if path.exists() and not path.is_dir():
        raise ValueError(f"store={str(path)!r} exists and is not a directory")
    old = store.read_manifest() if path.exists() else None
    if old is None and path.exists() and any(path.iterdir()):
        raise ValueError(
            f"store={str(path)!r} is a non-empty directory without a lossviz manifest; "
            "use a new or empty directory"
        )
    done: dict[int, tuple[np.ndarray, dict[str, Any]]] = {}
    if old is not None:
        if old.get("key") != manifest["key"]:
            old_c, new_c = old.get("components", {}), manifest["components"]
            diff = sorted(k for k in set(old_c) | set(new_c) if old_c.get(k) != new_c.get(k))
            details = "; ".join(
                f"{k}: store has {_short(old_c.get(k))}, this run has {_short(new_c.get(k))}"
                for k in diff
            )
            raise ValueError(
                f"tile store {str(path)!r} was made for a different computation; what "
                f"differs: {', '.join(diff) or 'key'} ({details}). Use a new store path, or "
                "delete this one to start over."
            )
        present = store.finished()
        if present and not resume:
            raise ValueError(
                f"tile store {str(path)!r} already holds {len(present)} finished tile(s) of "
                "this computation; pass resume=True (CLI: --resume) to continue it, or use a "
                "new store path"
            )
        store.clean_temporaries()
        n_metrics = len(manifest["metrics"])
        for i in present:
            if i >= len(bounds):
                raise ValueError(
                    f"tile store {str(path)!r}: tile file {store.tile_path(i).name} is invalid:"
                    f" this run has only {len(bounds)} tiles; delete the store to start over"
                )
            done[i] = store.read_tile(i, manifest["key"], bounds[i], n_metrics)
    path.mkdir(parents=True, exist_ok=True)
    if old is None:
        store.write_manifest(manifest)
    return done


def _short(v: Any) -> str:
    text = json.dumps(v) if not isinstance(v, str) else v
    return text if len(text) <= 60 else text[:57] + "..."


def load_store(path: str | os.PathLike) -> Landscape:
    """Assemble the finished tiles of a store into a `Landscape` (missing points are NaN).

    Works while a run is still going (it reads only complete, atomically written tiles).

    Parameters
    ----------
    path : str or os.PathLike
        The store directory.

    Returns
    -------
    Landscape
        ``meta["distributed"]`` tells how many tiles were finished; directions are
        included when the store holds them.
    """
    store = TileStore(path)
    man = store.read_manifest()
    if man is None:
        raise FileNotFoundError(f"{str(path)!r} is not a lossviz tile store (no manifest.json)")
    coords = tuple(np.asarray(c, dtype=np.float64) for c in man["coords"])
    bounds = [tuple(tuple(r) for r in b) for b in man["tiles"]]
    shape = tuple(c.size for c in coords)
    values = np.full(shape + (len(man["metrics"]),), np.nan)
    meta: dict[str, Any] = {}
    done = store.finished()
    for i in done:
        v, head = store.read_tile(i, man["key"], bounds[i], len(man["metrics"]))
        values[block_slices(bounds[i])] = v
        if not meta:
            meta = dict(head.get("meta", {}))
    meta.update(man.get("meta", {}))
    meta["distributed"] = {
        "store": str(store.path),
        "tiles": len(bounds),
        "finished_tiles": len(done),
        "key": man["key"],
    }
    directions = None
    dpath = store.path / "payload" / "directions.pt"
    if dpath.exists():
        directions = directions_from_payload(from_bytes(dpath.read_bytes())).numpy()
    mets = {m: values[..., k] for k, m in enumerate(man["metrics"])}
    return Landscape(coords, mets, meta, directions)


def block_slices(bounds: Bounds) -> tuple[slice, ...]:
    """The numpy index of a tile's block: one slice per axis."""
    return tuple(slice(s, e) for s, e in bounds)
