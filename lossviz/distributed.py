"""Past one machine: the grid cut into tiles, evaluated by any ``concurrent.futures`` executor.

``lossviz.surface(..., executor=ex, tiles=K, store=path)`` lands here (`surface_tiles`).

How a run works
---------------
1. The ``(a, b)`` grid is cut into about ``K`` rectangular blocks (`tile_layout`); every
   block has at least two points along each axis, because each tile is evaluated by the
   core's own `lossviz.surface` on the tile's sub-grid (same code path, same points: the
   assembled result is bitwise identical to a single-process run with the same strategy).
2. Everything a worker needs that is large (the weights, the directions and, unless a data
   spec is given, the evaluation batches) is serialized once with ``torch.save`` and read
   back with ``torch.load(weights_only=True)``. A dask ``Client`` receives it once per
   worker with ``client.scatter(..., broadcast=True)``; other executors
   (``ProcessPoolExecutor``, ``mpi4py.futures.MPIPoolExecutor``) get the paths of payload
   files in the store directory. Each worker process decodes the payload once and keeps
   it in a module-level cache keyed by the run's hash; a tile task itself carries only
   small things (specs, coordinates, the tile's bounds).
3. The model is rebuilt on the worker from a factory (``"module:function"``, ``zoo:NAME``,
   ``file.py:function`` or a picklable callable) and the shipped weights; without a
   factory, an empty *skeleton* of the user's model (its modules with every parameter and
   buffer on the ``meta`` device, a few kilobytes) is shipped and filled with the weights.
4. The parent process writes each finished tile atomically to the store
   (``store/tiles/tile-00007.npz``), so there is never more than one writer; a manifest
   (``store/manifest.json``) records a hash of everything that determines the numbers
   (model spec, weights, directions, grid, tile layout, metrics, data, BatchNorm mode,
   strategy). ``resume=True`` skips the finished tiles; a store made for a different
   computation, or holding a corrupt tile file, is refused with a message saying what
   differs or which file to delete.

Workers pick their device themselves: with ``device="auto"`` and CUDA present, the worker
with local rank ``r`` uses ``cuda:{r % n_gpus}``.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import copy
import hashlib
import io
import json
import math
import multiprocessing
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from ._util import check_choice, check_positive_int, optional_import
from .atomic import atomic_path
from .core.directions import Directions
from .core.evaluate import (
    BN_MODES,
    STRATEGIES,
    Cancelled,
    EvalData,
    _is_cancelled,
    _move,
    as_eval_data,
    check_grid_directions,
    grid_axes,
    resolve_metrics,
)
from .landscape import Landscape

__all__ = [
    "TileStore",
    "compute_command",
    "load_store",
    "local_executor",
    "surface_tiles",
    "tile_layout",
]

STORE_SCHEMA = "lossviz.tilestore"
TILE_SCHEMA = "lossviz.tile"
STORE_VERSION = 1

Bounds = tuple[tuple[int, int], ...]


# ====================================================================== tiling
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


# ====================================================================== hashing / payload
def _tensor_bytes(t: torch.Tensor) -> bytes:
    t = t.detach().to("cpu").contiguous().reshape(-1)
    return t.view(torch.uint8).numpy().tobytes() if t.numel() else b""


def _hash_tree(h: Any, obj: Any, where: str) -> None:
    """Feed tensors (and tuples/lists/dicts of them) into the hash ``h``."""
    if isinstance(obj, torch.Tensor):
        h.update(f"T{obj.dtype}{tuple(obj.shape)}".encode())
        h.update(_tensor_bytes(obj))
    elif isinstance(obj, (tuple, list)):
        h.update(f"L{len(obj)}".encode())
        for k, v in enumerate(obj):
            _hash_tree(h, v, f"{where}[{k}]")
    elif isinstance(obj, Mapping):
        h.update(f"D{len(obj)}".encode())
        for k, v in obj.items():
            h.update(repr(k).encode())
            _hash_tree(h, v, f"{where}[{k!r}]")
    elif obj is None or isinstance(obj, (bool, int, float, str)):
        h.update(repr(obj).encode())
    else:
        raise TypeError(
            f"{where} holds a {type(obj).__name__}; only tensors (and tuples, lists, dicts "
            "of them) can be shipped to workers. Pass a data spec ('module:function') that "
            "builds the data on each worker instead."
        )


def _digest(obj: Any, where: str) -> str:
    h = hashlib.sha256()
    _hash_tree(h, obj, where)
    return h.hexdigest()


def _to_bytes(obj: Any) -> bytes:
    buf = io.BytesIO()
    torch.save(obj, buf)
    return buf.getvalue()


def _from_bytes(raw: bytes) -> Any:
    return torch.load(io.BytesIO(raw), map_location="cpu", weights_only=True)


def _dirs_payload(dirs: Directions) -> dict[str, Any]:
    """Directions as plain tensors + JSON metadata, exact in every dtype."""
    return {
        "names": list(dirs.names),
        "tensors": [OrderedDict((n, t.detach().cpu()) for n, t in d.items()) for d in dirs],
        "meta": json.dumps(dirs.meta),
        "evr": None
        if dirs.explained_variance_ratio is None
        else torch.as_tensor(dirs.explained_variance_ratio),
    }


def _dirs_from_payload(p: Mapping[str, Any]) -> Directions:
    evr = p.get("evr")
    return Directions(p["tensors"], json.loads(p["meta"]), None if evr is None else evr.numpy())


class _Skeleton:
    """A model's module structure with every parameter and buffer on the ``meta`` device.

    Pickles to a few kilobytes; `build` fills it with real tensors. Tied parameters stay
    tied (both the skeleton and the built model are made with ``copy.deepcopy`` and a memo
    keyed by tensor identity).
    """

    def __init__(self, model: nn.Module) -> None:
        memo: dict[int, Any] = {}
        for t in list(model.parameters()) + [b for b in model.buffers() if b is not None]:
            if isinstance(t, nn.Parameter):
                memo[id(t)] = nn.Parameter(
                    torch.empty_like(t, device="meta"), requires_grad=t.requires_grad
                )
            else:
                memo[id(t)] = torch.empty_like(t, device="meta")
        self.module = copy.deepcopy(model, memo)
        self.name = f"{type(model).__module__}.{type(model).__qualname__}"

    @staticmethod
    def state_of(model: nn.Module) -> OrderedDict[str, torch.Tensor]:
        """Every parameter and buffer (persistent or not), by first name."""
        out: OrderedDict[str, torch.Tensor] = OrderedDict()
        for n, p in model.named_parameters():
            out[n] = p.detach().cpu()
        for n, b in model.named_buffers():
            out[n] = b.detach().cpu()
        return out

    def build(self, state: Mapping[str, torch.Tensor]) -> nn.Module:
        memo: dict[int, Any] = {}
        for n, p in self.module.named_parameters():
            memo[id(p)] = nn.Parameter(state[n].clone(), requires_grad=p.requires_grad)
        for n, b in self.module.named_buffers():
            memo[id(b)] = state[n].clone()
        return copy.deepcopy(self.module, memo)

    def describe(self) -> str:
        return f"skeleton:{self.name}:{_digest_text(repr(self.module))}"


def _digest_text(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _callable_name(f: Any) -> str:
    if f is None:
        return "None"
    mod = getattr(f, "__module__", None) or type(f).__module__
    name = getattr(f, "__qualname__", None) or type(f).__qualname__
    return f"{mod}:{name}"


# ====================================================================== the job
@dataclass(frozen=True)
class _Job:
    """What a tile task needs besides the payload; small and picklable."""

    key: str
    model: Any  # str spec, callable factory, or _Skeleton
    model_kwargs: dict[str, Any]
    data_spec: str | None
    data_kwargs: dict[str, Any]
    data_hash: str
    metrics: Any
    loss_fn: Any
    device: str
    strategy: str
    chunk_size: int | None
    batch_size: int | None
    bn: str
    subsample: int | None
    coords: tuple[np.ndarray, ...]
    files: dict[str, str] | None = None


@dataclass
class _Context:
    """A worker's decoded payload (one per run per process)."""

    state: Mapping[str, torch.Tensor]
    dirs: Directions
    batches: list[Any]
    device: torch.device
    models: dict[int, nn.Module] = field(default_factory=dict)


_CACHE: OrderedDict[str, _Context] = OrderedDict()
_CACHE_LOCK = threading.Lock()


def _local_rank() -> int:
    for var in (
        "LOCAL_RANK",
        "OMPI_COMM_WORLD_LOCAL_RANK",
        "MPI_LOCALRANKID",
        "SLURM_LOCALID",
        "MV2_COMM_WORLD_LOCAL_RANK",
    ):
        v = os.environ.get(var)
        if v is not None and v.strip().lstrip("-").isdigit():
            return int(v)
    if "distributed" in sys.modules:
        with contextlib.suppress(Exception):
            from distributed import get_worker

            name = str(get_worker().name)  # LocalCluster: 0, 1, ...; `--nworkers`: NAME-0, ...
            tail = name.rsplit("-", 1)[-1]
            if tail.isdigit():
                return int(tail)
    ident = getattr(multiprocessing.current_process(), "_identity", ())
    if ident:
        return int(ident[0]) - 1
    return os.getpid()


def _worker_device(spec: str) -> torch.device:
    if spec in ("auto", None) and torch.cuda.is_available():
        return torch.device(f"cuda:{_local_rank() % torch.cuda.device_count()}")
    if spec in ("auto", None):
        return torch.device("cpu")
    return torch.device(spec)


def _read_payload(job: _Job, payload: Any) -> dict[str, Any]:
    if payload is not None:
        return {k: (None if v is None else _from_bytes(v)) for k, v in payload.items()}
    if not job.files:
        raise RuntimeError("lossviz: a tile task got neither a payload nor payload files")
    out: dict[str, Any] = {}
    for k, p in job.files.items():
        if not os.path.exists(p):
            raise FileNotFoundError(
                f"payload file {p!r} is not visible on worker {socket.gethostname()}; the "
                "store must be on a file system shared by all workers (or use dask)"
            )
        out[k] = _from_bytes(Path(p).read_bytes())
    out.setdefault("data", None)
    return out


def _build_model(job: _Job, state: Mapping[str, torch.Tensor]) -> nn.Module:
    if isinstance(job.model, _Skeleton):
        model = job.model.build(state)
    else:
        if isinstance(job.model, str):
            from .cli import build_model

            model = build_model(job.model, job.model_kwargs)
        else:
            model = job.model(**job.model_kwargs)
        if not isinstance(model, nn.Module):
            raise TypeError(
                f"the model factory {_callable_name(job.model)} returned "
                f"{type(model).__name__}, not an nn.Module"
            )
        model.load_state_dict(state)
    return model.eval()


def _context(job: _Job, payload: Any) -> tuple[_Context, bool]:
    """This process's decoded payload for ``job`` (built on first use)."""
    with _CACHE_LOCK:
        ctx = _CACHE.get(job.key)
        if ctx is not None:
            _CACHE.move_to_end(job.key)
            return ctx, False
        raw = _read_payload(job, payload)
        device = _worker_device(job.device)
        dirs = _dirs_from_payload(raw["directions"])
        if raw.get("data") is not None:
            batches = raw["data"]["batches"]
        else:
            from .cli import build_data

            built = build_data(job.data_spec, job.data_kwargs)
            ed = as_eval_data(
                built, torch.device("cpu"), batch_size=job.batch_size, subsample=job.subsample
            )
            batches = [tuple(b) for b in ed.batches]
            got = _digest(batches, "data")
            if got != job.data_hash:
                raise ValueError(
                    f"the data built on worker {socket.gethostname()} (pid {os.getpid()}) from "
                    f"{job.data_spec!r} differs from the data of the parent process (hash "
                    f"{got[:12]} vs {job.data_hash[:12]}); the data spec must be "
                    "deterministic and see the same files on every worker"
                )
        batches = [_move(b, device) for b in batches]
        ctx = _Context(raw["weights"], dirs.to(device), batches, device)
        _CACHE[job.key] = ctx
        while len(_CACHE) > 2:
            _CACHE.popitem(last=False)
        return ctx, True


def _forget(key: str) -> None:
    with _CACHE_LOCK:
        _CACHE.pop(key, None)


def _evaluate_tile(job: _Job, payload: Any, index: int, bounds: Bounds) -> dict[str, Any]:
    """Worker side: evaluate one tile with the core's `surface` on the tile's sub-grid."""
    from .core.evaluate import surface

    t0 = time.perf_counter()
    ctx, fresh = _context(job, payload)
    tid = threading.get_ident()
    with _CACHE_LOCK:
        model = ctx.models.get(tid)
        if model is None:
            model = ctx.models[tid] = _build_model(job, ctx.state).to(ctx.device)
    sub = [c[s:e] for c, (s, e) in zip(job.coords, bounds, strict=True)]
    strategy = job.strategy
    if strategy == "auto":  # fixed per device type, so every tile runs the same code
        strategy = "vmap" if ctx.device.type == "cuda" else "loop"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        land = surface(
            model,
            ctx.batches,
            ctx.dirs,
            a=sub[0],
            b=sub[1] if len(sub) == 2 else None,
            metrics=job.metrics,
            loss_fn=job.loss_fn,
            device=ctx.device,
            progress=False,
            strategy=strategy,
            chunk_size=job.chunk_size,
            bn=job.bn,
            store_directions=False,
        )
    values = np.stack([land[m] for m in land.metrics], axis=-1)
    meta = {k: v for k, v in land.meta.items() if k not in ("created", "seconds")}
    notes = sorted({str(w.message) for w in caught if "non-finite value" not in str(w.message)})
    return {
        "index": index,
        "bounds": [list(r) for r in bounds],
        "values": values,
        "meta": meta,
        "warnings": notes,
        "worker": {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "device": str(ctx.device),
            "fresh": fresh,
        },
        "seconds": time.perf_counter() - t0,
    }


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
            man = json.loads(p.read_text())
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(
                f"tile store {str(self.path)!r}: manifest.json is corrupt ({exc}); delete "
                "the store directory to start over"
            ) from None
        if not isinstance(man, dict) or man.get("schema") != STORE_SCHEMA:
            raise ValueError(
                f"tile store {str(self.path)!r}: manifest.json is not a lossviz tile-store manifest"
            )
        if man.get("version") != STORE_VERSION:
            raise ValueError(
                f"tile store {str(self.path)!r} has version {man.get('version')!r}; this "
                f"lossviz reads version {STORE_VERSION}"
            )
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
                head = json.loads(str(z["header"][()]))
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
        if not isinstance(head, dict) or head.get("schema") != TILE_SCHEMA:
            problem = "not a lossviz tile"
        elif head.get("key") != key:
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
    """SHA-256 of a tile's values (shape and little-endian float64 bytes), hex.

    Parameters
    ----------
    values : numpy.ndarray

    Returns
    -------
    str
    """
    arr = np.ascontiguousarray(values, dtype="<f8")
    h = hashlib.sha256(repr(arr.shape).encode())
    h.update(arr.tobytes())
    return h.hexdigest()


def _open_store(
    store: TileStore, manifest: dict[str, Any], resume: bool, bounds: list[Bounds]
) -> dict[int, tuple[np.ndarray, dict[str, Any]]]:
    """Create or validate the store; return the verified finished tiles."""
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
        values[_slices(bounds[i])] = v
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
        directions = _dirs_from_payload(_from_bytes(dpath.read_bytes())).numpy()
    mets = {m: values[..., k] for k, m in enumerate(man["metrics"])}
    return Landscape(coords, mets, meta, directions)


def _slices(bounds: Bounds) -> tuple[slice, ...]:
    return tuple(slice(s, e) for s, e in bounds)


# ====================================================================== executors
def _init_worker(threads: int | None, parent: int, pdeathsig: bool) -> None:
    if threads is not None:
        torch.set_num_threads(threads)
    die_with_parent(parent, pdeathsig)


#: seconds between two checks of the parent-process watchdog of pool workers
WATCHDOG_INTERVAL = 0.5


def die_with_parent(parent: int, pdeathsig: bool = True) -> None:
    """Make this process exit as soon as process ``parent`` is gone, however it ended.

    Two mechanisms, so that a pool worker never outlives the process that started it
    (a parent killed with SIGKILL runs no clean-up code of its own):

    - on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` (through ``ctypes``): the kernel kills
      this process when its parent dies. The kernel ties this to the parent *thread* that
      spawned the process, so it is used only when ``pdeathsig`` is true (pools created on
      the main thread, which lives as long as the process);
    - everywhere, a daemon thread that checks ``os.getppid()`` every `WATCHDOG_INTERVAL`
      seconds and calls ``os._exit(1)`` once the process has been re-parented.

    Parameters
    ----------
    parent : int
        The pid of the parent process (``os.getpid()`` in the parent).
    pdeathsig : bool
        Also ask the kernel for SIGKILL on the parent's death (Linux only).
    """
    if pdeathsig and sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1 == PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the request above
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_INTERVAL)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="lossviz-parent-watchdog", daemon=True).start()


def stop_workers(executor: cf.ProcessPoolExecutor) -> None:
    """Terminate a process pool's workers now (running tasks are lost), then shut it down.

    For signal handlers and error paths: ``shutdown(wait=True)`` would wait for the tiles
    in flight. Finished tiles already in a store stay there.

    Parameters
    ----------
    executor : concurrent.futures.ProcessPoolExecutor
    """
    terminate = getattr(executor, "terminate_workers", None)  # Python >= 3.14
    if terminate is not None:
        terminate()
        return
    procs = getattr(executor, "_processes", None) or {}
    for p in list(procs.values()):
        with contextlib.suppress(Exception):
            p.terminate()
    for p in list(procs.values()):
        with contextlib.suppress(Exception):
            p.join(5)
    executor.shutdown(wait=False, cancel_futures=True)


def local_executor(
    workers: int | None = None, threads_per_worker: int | None = None
) -> cf.ProcessPoolExecutor:
    """A process pool with the ``spawn`` start method (safe with torch and CUDA).

    Parameters
    ----------
    workers : int, optional
        Number of worker processes (default: the number of CPU cores).
    threads_per_worker : int, optional
        torch threads in each worker (default: cores // workers, at least 1, so that the
        workers together do not oversubscribe the cores; unless ``OMP_NUM_THREADS`` is
        set, which the workers then follow).

    Returns
    -------
    concurrent.futures.ProcessPoolExecutor
        Its workers exit when this process ends, even when it is killed (SIGKILL):
        see `die_with_parent`.
    """
    check_positive_int("workers", workers, optional=True)
    check_positive_int("threads_per_worker", threads_per_worker, optional=True)
    cores = os.cpu_count() or 1
    workers = workers or cores
    threads = threads_per_worker
    if threads is None and not os.environ.get("OMP_NUM_THREADS"):
        threads = max(1, cores // workers)
    on_main = threading.current_thread() is threading.main_thread()
    return cf.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(threads, os.getpid(), on_main),
    )


def _executor_kind(ex: Any) -> str:
    if ex is None:
        return "inline"
    if type(ex).__module__.split(".")[0] == "distributed" and hasattr(ex, "scatter"):
        return "dask"
    if isinstance(ex, cf.Executor):
        return "executor"
    raise TypeError(
        "executor must be a concurrent.futures.Executor (ProcessPoolExecutor, "
        "mpi4py.futures.MPIPoolExecutor, ...), a dask.distributed Client, or None; got "
        f"{type(ex).__name__}"
    )


def _n_workers(ex: Any, kind: str) -> int:
    with contextlib.suppress(Exception):
        if kind == "dask":
            return max(1, len(ex.scheduler_info()["workers"]))
        if kind == "executor":
            n = getattr(ex, "_max_workers", None) or getattr(ex, "num_workers", None)
            if isinstance(n, int) and n > 0:
                return n
    return 1


# ====================================================================== the driver
def _progress_bar(total: int, initial: int, enabled: bool):
    if not enabled:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover
        return None
    return tqdm(total=total, initial=initial, desc="lossviz tiles", unit="tile", leave=False)


def surface_tiles(
    model: nn.Module,
    data: Any,
    dirs: Directions,
    a: Any = (-1.0, 1.0, 41),
    b: Any = None,
    metrics: Sequence[str] | Mapping[str, Callable] = ("loss", "accuracy"),
    loss_fn: Callable | None = None,
    device: str = "auto",
    progress: bool = True,
    *,
    executor: Any = None,
    tiles: int | None = None,
    store: str | os.PathLike | None = None,
    resume: bool = False,
    factory: str | Callable[..., nn.Module] | None = None,
    factory_kwargs: Mapping[str, Any] | None = None,
    data_spec: str | None = None,
    data_kwargs: Mapping[str, Any] | None = None,
    strategy: str = "auto",
    chunk_size: int | None = None,
    batch_size: int | None = None,
    bn: str = "eval",
    subsample: int | None = None,
    cancel: Any = None,
    callback: Callable[[Landscape, int, int], None] | None = None,
    store_directions: bool = True,
) -> Landscape:
    """Evaluate a 1D/2D landscape tile by tile on an executor, with a resumable tile store.

    Equivalent to `lossviz.surface` (and bitwise identical to it on CPU with the same
    strategy), but the grid is cut into tiles that workers evaluate in parallel, and
    finished tiles are written to ``store`` as they arrive.

    Parameters
    ----------
    model, data, dirs, a, b, metrics, loss_fn, progress
        As in `lossviz.surface`. ``loss_fn`` and metric functions must be picklable
        (module-level functions) for process-based executors; dask also takes lambdas.
    device : str
        ``"auto"``: each worker uses ``cuda:{local_rank % n_gpus}`` when CUDA is present,
        else the CPU. Or an explicit device for every worker (``"cpu"``, ``"cuda:0"``).
    executor : concurrent.futures.Executor, dask.distributed.Client or None
        Where tiles run: a ``ProcessPoolExecutor`` (see `local_executor`), an
        ``mpi4py.futures.MPIPoolExecutor``, a dask ``Client`` (tiles of a worker that dies
        are recomputed on another), any other ``Executor``, or None (tiles run one after
        another in this process, still resumable).
    tiles : int, optional
        About how many tiles (see `tile_layout`); default 4 per worker.
    store : str or os.PathLike, optional
        Directory of the tile store. Without it, tiles are kept in memory only (a
        temporary directory is used when the executor needs payload files).
    resume : bool
        Continue a run whose store already holds finished tiles. Without it, a store with
        tiles is refused.
    factory : str or callable, optional
        How workers rebuild the model: ``"module:function"``, ``"file.py:function"``,
        ``"zoo:NAME"``, or a picklable callable; called with ``factory_kwargs``, then the
        model's current weights are loaded into it. Default: an empty skeleton of
        ``model`` (its module structure on the ``meta`` device), which needs the model's
        class to be importable on the workers.
    factory_kwargs : mapping, optional
        Keyword arguments of the factory.
    data_spec : str, optional
        Build the data on each worker (once) from a zoo dataset name or
        ``"module:function"`` instead of shipping ``data``'s batches; the worker checks
        that it got the same data (hash) as this process.
    data_kwargs : mapping, optional
        Keyword arguments of ``data_spec``.
    strategy : {"auto", "loop", "vmap"}
        ``"auto"`` is ``"loop"`` on CPU workers and ``"vmap"`` on CUDA workers (fixed, not
        measured per tile, so every tile runs the same code).
    chunk_size, batch_size, bn, subsample, store_directions
        As in `lossviz.surface`.
    cancel : threading.Event or callable, optional
        Checked between tiles; when set, pending tiles are cancelled and `Cancelled` is
        raised carrying the partial result (finished tiles stay in the store).
    callback : callable, optional
        ``callback(partial_landscape, done_tiles, total_tiles)`` after each tile;
        ``partial.meta["distributed"]`` holds progress figures (``points_per_s``, ...).

    Returns
    -------
    Landscape
        As `lossviz.surface`; ``meta["distributed"]`` records the executor, the tile
        layout, how many tiles were computed now and how many came from the store.

    Examples
    --------
    >>> import torch, lossviz as lv
    >>> from lossviz.distributed import surface_tiles
    >>> X, y = torch.randn(64, 2), torch.randint(0, 3, (64,))
    >>> net = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3))
    >>> dirs = lv.random_directions(net, n=2, seed=0)
    >>> land = surface_tiles(net, (X, y), dirs, a=(-1, 1, 6), b=(-1, 1, 4), tiles=4,
    ...                      progress=False)
    >>> land.meta["distributed"]["tiles"], land["loss"].shape
    (4, (6, 4))
    """
    t_start = time.perf_counter()
    check_grid_directions(model, dirs)
    check_choice("strategy", strategy, STRATEGIES)
    check_choice("bn", bn, BN_MODES)
    check_positive_int("chunk_size", chunk_size, optional=True)
    check_positive_int("subsample", subsample, optional=True)
    if not isinstance(resume, bool):
        raise TypeError(f"resume must be True or False, got {resume!r}")
    if resume and store is None:
        raise ValueError("resume=True needs store= (the directory of the interrupted run)")
    if device not in ("auto", None):
        from .core.evaluate import resolve_device

        resolve_device(device)  # validates the name (and CUDA availability here)
    device = "auto" if device is None else str(device)
    kind = _executor_kind(executor)
    if factory is not None and not (isinstance(factory, str) or callable(factory)):
        raise TypeError(
            f"factory must be 'module:function', 'zoo:NAME' or a callable, got {factory!r}"
        )
    if data_spec is not None and not isinstance(data_spec, str):
        raise TypeError(
            f"data_spec must be a string ('digits', 'module:function'), got {data_spec!r}"
        )

    coords = grid_axes(dirs, a, b)
    shape = tuple(c.size for c in coords)
    npts = math.prod(shape)
    fns = resolve_metrics(metrics, loss_fn)
    n_workers = _n_workers(executor, kind)
    if tiles is None:
        tiles = min(4 * n_workers, math.prod(s // 2 for s in shape))
    layout, bounds = tile_layout(shape, tiles)

    # ------------------------------------------------------------ payload + key
    if factory is not None:
        model_desc = factory if isinstance(factory, str) else _callable_name(factory)
        model_obj: Any = factory
        state = OrderedDict((n, t.detach().cpu()) for n, t in model.state_dict().items())
    else:
        model_obj = _Skeleton(model)
        model_desc = model_obj.describe()
        state = _Skeleton.state_of(model)
    if data_spec is not None and data is None:
        from .cli import build_data

        data = build_data(data_spec, dict(data_kwargs or {}))
    edata: EvalData = as_eval_data(
        data, torch.device("cpu"), batch_size=batch_size, subsample=subsample
    )
    batches = [tuple(b_) for b_ in edata.batches]
    data_hash = _digest(batches, "data")
    dpay = _dirs_payload(dirs)
    components = {
        "model": model_desc,
        "model_kwargs": json.dumps(dict(factory_kwargs or {}), sort_keys=True, default=str),
        "weights": _digest(state, "weights"),
        "directions": _digest([dpay["names"], dpay["tensors"]], "directions"),
        "grid": _digest([torch.from_numpy(c) for c in coords], "grid"),
        "shape": list(shape),
        "tiles": list(layout),
        "metrics": [f"{k}={_callable_name(f)}" for k, f in fns.items()],
        "data": data_hash,
        "n_samples": int(edata.n),
        "bn": bn,
        "strategy": strategy,
        "chunk_size": chunk_size,
    }
    key = hashlib.sha256(json.dumps(components, sort_keys=True).encode()).hexdigest()
    manifest = {
        "schema": STORE_SCHEMA,
        "version": STORE_VERSION,
        "key": key,
        "components": components,
        "coords": [c.tolist() for c in coords],
        "metrics": list(fns),
        "tiles": [[list(r) for r in bd] for bd in bounds],
        "layout": list(layout),
        "meta": {
            "axis_labels": dirs.axis_labels,
            "directions": dirs.describe(),
            "preview": bool(edata.subsampled),
        },
    }

    tstore = TileStore(store) if store is not None else None
    done_tiles: dict[int, tuple[np.ndarray, dict[str, Any]]] = {}
    if tstore is not None:
        done_tiles = _open_store(tstore, manifest, resume, bounds)
    reused = len(done_tiles)

    payload = {
        "weights": _to_bytes(state),
        "directions": _to_bytes(dpay),
        "data": None if data_spec is not None else _to_bytes({"batches": batches}),
    }
    tmpdir = None
    files = None
    if tstore is not None:
        pdir = tstore.path / "payload"
        pdir.mkdir(exist_ok=True)
        _write_bytes(pdir / "directions.pt", payload["directions"])
    if kind == "executor":
        if tstore is not None:
            pdir = tstore.path / "payload"
        else:
            tmpdir = tempfile.mkdtemp(prefix="lossviz-tiles-")
            pdir = Path(tmpdir)
        files = {}
        for k, raw in payload.items():
            if raw is not None:
                p = pdir / f"{k}.pt"
                if k != "directions" or tstore is None:
                    _write_bytes(p, raw)
                files[k] = str(p.resolve())

    job = _Job(
        key=key,
        model=model_obj,
        model_kwargs=dict(factory_kwargs or {}),
        data_spec=data_spec,
        data_kwargs=dict(data_kwargs or {}),
        data_hash=data_hash,
        metrics=tuple(metrics) if isinstance(metrics, (list, tuple)) else metrics,
        loss_fn=loss_fn,
        device=device,
        strategy=strategy,
        chunk_size=chunk_size,
        batch_size=batch_size,
        bn=bn,
        subsample=subsample,
        coords=tuple(coords),
        files=files,
    )
    if kind == "executor":
        _check_picklable(job)

    values = np.full(shape + (len(fns),), np.nan)
    headers: dict[int, dict[str, Any]] = {}
    for i, (v, head) in done_tiles.items():
        values[_slices(bounds[i])] = v
        headers[i] = head
    todo = [i for i in range(len(bounds)) if i not in done_tiles]
    workers: dict[tuple[str, int], dict[str, Any]] = {}
    notes: set[str] = set()
    computed = [0]
    loads = [0]
    worker_s = [0.0]
    t_run = time.perf_counter()
    done_points = [0]

    def dist_meta() -> dict[str, Any]:
        el = time.perf_counter() - t_run
        return {
            "executor": kind if kind != "executor" else type(executor).__name__,
            "tiles": len(bounds),
            "layout": list(layout),
            "computed_tiles": computed[0],
            "reused_tiles": reused,
            "done_tiles": reused + computed[0],
            "done_points": done_points[0],
            "points_per_s": round(done_points[0] / el, 2) if el > 0 else None,
            "workers": len(workers),
            "payload_loads": loads[0],
            "worker_seconds": round(worker_s[0], 4),
            "store": None if tstore is None else str(tstore.path),
            "key": key,
        }

    def partial() -> Landscape:
        first = headers[min(headers)]["meta"] if headers else {}
        meta = {**first, **manifest["meta"], "distributed": dist_meta()}
        return Landscape(tuple(coords), {m: values[..., k].copy() for k, m in enumerate(fns)}, meta)

    def accept(res: dict[str, Any]) -> None:
        i = res["index"]
        v = np.asarray(res["values"], dtype=np.float64)
        head = {"key": key, "meta": res["meta"], "worker": res["worker"], "seconds": res["seconds"]}
        if tstore is not None:
            tstore.write_tile(i, bounds[i], v, head)
        values[_slices(bounds[i])] = v
        headers[i] = head
        w = res["worker"]
        workers[(w["host"], w["pid"])] = w
        notes.update(res.get("warnings", ()))
        computed[0] += 1
        loads[0] += bool(w["fresh"])
        worker_s[0] += float(res["seconds"])
        done_points[0] += v[..., 0].size
        if bar is not None:
            bar.update(1)
            bar.set_postfix_str(f"{dist_meta()['points_per_s']} pt/s")
        if callback is not None:
            callback(partial(), reused + computed[0], len(bounds))

    bar = _progress_bar(len(bounds), reused, progress)
    try:
        if kind == "inline":
            for i in todo:
                if _is_cancelled(cancel):
                    raise Cancelled(landscape=partial())
                try:
                    res = _evaluate_tile(job, payload, i, bounds[i])
                except Exception as exc:
                    raise RuntimeError(_tile_error(i, bounds[i], exc, tstore)) from exc
                accept(res)
        elif kind == "dask":
            _run_dask(executor, job, payload, todo, bounds, accept, cancel, partial, tstore)
        else:
            _run_executor(executor, job, todo, bounds, accept, cancel, partial, tstore)
    finally:
        if bar is not None:
            bar.close()
        _forget(key)
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)

    for msg in sorted(notes):
        warnings.warn(f"lossviz (on a worker): {msg}", RuntimeWarning, stacklevel=2)
    bad = ~np.isfinite(values)
    if bad.any():
        values[bad] = np.nan
        warnings.warn(
            f"lossviz: {int(bad.any(axis=-1).sum())} of {npts} grid points gave a "
            "non-finite value (NaN/inf); they are NaN in the result",
            RuntimeWarning,
            stacklevel=2,
        )
    land = partial()
    devices = sorted({h["worker"]["device"] for h in headers.values() if "worker" in h})
    land.meta["device"] = ",".join(devices) if devices else land.meta.get("device")
    land.meta["preview"] = bool(edata.subsampled)
    land.meta["seconds"] = round(time.perf_counter() - t_start, 4)
    land.meta["model"] = type(model).__name__
    if store_directions:
        land.directions = dirs.numpy()
    return land


def _write_bytes(path: Path, raw: bytes) -> None:
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        fh.write(raw)


def _check_picklable(job: _Job) -> None:
    import pickle

    try:
        pickle.dumps(job)
    except Exception as exc:
        raise TypeError(
            "the model factory, loss_fn and metric functions must be picklable to run on "
            "process-based executors (use module-level functions, not lambdas or local "
            f"functions; dask accepts those): {type(exc).__name__}: {exc}"
        ) from None


def _tile_error(i: int, bounds: Bounds, exc: BaseException, tstore: TileStore | None) -> str:
    where = ", ".join(f"{'ab'[k]}[{s}:{e}]" for k, (s, e) in enumerate(bounds))
    kept = (
        f"; the finished tiles are kept in {str(tstore.path)!r}: fix the problem and rerun "
        "with resume=True (CLI: --resume)"
        if tstore is not None
        else ""
    )
    return f"lossviz: tile {i} ({where}) failed: {type(exc).__name__}: {exc}{kept}"


def _run_executor(ex, job, todo, bounds, accept, cancel, partial, tstore) -> None:
    pending = {ex.submit(_evaluate_tile, job, None, i, bounds[i]): i for i in todo}
    try:
        while pending:
            done, _ = cf.wait(list(pending), timeout=0.25, return_when=cf.FIRST_COMPLETED)
            for f in done:
                i = pending.pop(f)
                try:
                    res = f.result()
                except Exception as exc:
                    raise RuntimeError(_tile_error(i, bounds[i], exc, tstore)) from exc
                accept(res)
            if pending and _is_cancelled(cancel):
                raise Cancelled(landscape=partial())
    finally:
        for f in pending:
            f.cancel()


def _run_dask(client, job, payload, todo, bounds, accept, cancel, partial, tstore) -> None:
    distributed = optional_import("distributed", "dask")
    if not todo:
        return
    [pfut] = client.scatter([payload], broadcast=True, hash=False)
    futs = {}
    for i in todo:
        f = client.submit(
            _evaluate_tile,
            job,
            pfut,
            i,
            bounds[i],
            pure=False,
            key=f"lossviz-tile-{job.key[:10]}-{i}-{os.urandom(3).hex()}",
        )
        futs[f] = i
    try:
        for f in distributed.as_completed(list(futs)):
            i = futs.pop(f)
            try:
                res = f.result()
            except Exception as exc:
                raise RuntimeError(_tile_error(i, bounds[i], exc, tstore)) from exc
            accept(res)
            if futs and _is_cancelled(cancel):
                raise Cancelled(landscape=partial())
    finally:
        if futs:
            client.cancel(list(futs))
        with contextlib.suppress(Exception):
            client.cancel([pfut])


# ====================================================================== CLI
class _LineProgress:
    """Progress lines for the CLI: tiles done / total and points per second."""

    def __init__(self, stream: Any = None, every: float = 1.0) -> None:
        self.stream = stream or sys.stderr
        self.every = every
        self.last = 0.0

    def __call__(self, partial: Landscape, done: int, total: int) -> None:
        now = time.perf_counter()
        if done < total and now - self.last < self.every:
            return
        self.last = now
        d = partial.meta["distributed"]
        print(
            f"lossviz compute: tiles {done}/{total} ({100 * done / total:.0f}%), "
            f"{d['done_points']} points computed, {d['points_per_s']} points/s, "
            f"{d['workers']} worker(s)",
            file=self.stream,
            flush=True,
        )


@contextlib.contextmanager
def _cli_executor(args: Any):
    kind = args.executor
    if kind in (None, "none"):
        yield None
    elif kind == "local":
        ex = local_executor(args.workers)
        try:
            yield ex
        except BaseException:  # an error, Ctrl-C or SIGTERM: do not wait for running tiles
            stop_workers(ex)
            raise
        finally:
            ex.shutdown(wait=True, cancel_futures=True)
    elif kind == "dask":
        distributed = optional_import("distributed", "dask")
        if args.scheduler:
            try:
                client = distributed.Client(args.scheduler)
            except (OSError, TimeoutError) as exc:
                raise ConnectionError(
                    f"cannot reach the dask scheduler at {args.scheduler!r} "
                    f"({' '.join(str(exc).split()) or type(exc).__name__}); is it running, "
                    "and is the address right?"
                ) from exc
            cluster = None
        else:
            cluster = distributed.LocalCluster(
                n_workers=args.workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
            )
            client = distributed.Client(cluster)
        try:
            yield client
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    elif kind == "mpi":
        futures = optional_import("mpi4py.futures", "mpi")
        ex = futures.MPIPoolExecutor(max_workers=args.workers)
        try:
            yield ex
        finally:
            ex.shutdown(wait=True)
    else:  # pragma: no cover - argparse restricts the choices
        raise ValueError(f"--executor {kind!r} is not one of local, dask, mpi")


def compute_command(
    args: Any, model: nn.Module, data: Any, dirs: Directions, **kw: Any
) -> Landscape:
    """The tiled branch of ``lossviz compute`` (``--executor/--tiles/--store/--resume``).

    Parameters
    ----------
    args : argparse.Namespace
        The parsed ``compute`` arguments.
    model, data, dirs
        Built by the command from ``--model/--weights``, ``--data``, ``--seed``...
    **kw
        Passed to `surface_tiles` (``a``, ``b``, ``metrics``, ``device``, ``strategy``).

    Returns
    -------
    Landscape
    """
    if args.scheduler and args.executor != "dask":
        raise ValueError("--scheduler is only used with --executor dask")
    quiet = getattr(args, "quiet", False)
    with _cli_executor(args) as ex:
        land = surface_tiles(
            model,
            data,
            dirs,
            progress=False,
            executor=ex,
            tiles=args.tiles,
            store=args.store,
            resume=args.resume,
            factory=args.model,
            factory_kwargs=args.model_args,
            data_spec=args.data,
            data_kwargs=args.data_args,
            callback=None if quiet else _LineProgress(),
            **kw,
        )
    d = land.meta["distributed"]
    print(
        f"lossviz compute: {d['tiles']} tiles ({'x'.join(map(str, d['layout']))}): computed "
        f"{d['computed_tiles']}, reused {d['reused_tiles']} from the store; "
        f"{d['workers']} worker(s), {d['points_per_s']} points/s",
        file=sys.stderr,
    )
    return land
