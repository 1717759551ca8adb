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

This module owns the driver (`surface_tiles`) and the worker side of a tile (payload
decoding, model rebuilding, evaluation with the core's `surface`). The tile layout and the
store's files live in `lossviz.tiles`, the process pool and worker lifetime in
`lossviz.executors`; `TileStore`, `load_store`, `tile_layout` and `local_executor` are
re-exported here. The command-line glue (``--executor``...) is in `lossviz.cli`.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import copy
import hashlib
import inspect
import json
import math
import os
import shutil
import socket
import tempfile
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from ._util import optional_import
from .core.directions import Directions
from .core.evaluate import surface
from .core.grid import GridRun
from .core.inputs import (
    EvalData,
    EvalOptions,
    as_eval_data,
    check_grid_directions,
    grid_axes,
    move,
    resolve_device,
    resolve_metrics,
)
from .executors import executor_kind, executor_workers, local_executor, worker_device
from .landscape import Landscape
from .tiles import (
    STORE_SCHEMA,
    STORE_VERSION,
    Bounds,
    TileStore,
    block_slices,
    directions_from_payload,
    directions_payload,
    from_bytes,
    load_store,
    open_store,
    tile_layout,
    to_bytes,
    write_bytes,
)

__all__ = [
    "TileStore",
    "load_store",
    "local_executor",
    "surface_tiles",
    "tile_layout",
]


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
    options: EvalOptions
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


def _read_payload(job: _Job, payload: Any) -> dict[str, Any]:
    if payload is not None:
        return {k: (None if v is None else from_bytes(v)) for k, v in payload.items()}
    if not job.files:
        raise RuntimeError("lossviz: a tile task got neither a payload nor payload files")
    out: dict[str, Any] = {}
    for k, p in job.files.items():
        if not os.path.exists(p):
            raise FileNotFoundError(
                f"payload file {p!r} is not visible on worker {socket.gethostname()}; the "
                "store must be on a file system shared by all workers (or use dask)"
            )
        out[k] = from_bytes(Path(p).read_bytes())
    out.setdefault("data", None)
    return out


def _build_model(job: _Job, state: Mapping[str, torch.Tensor]) -> nn.Module:
    if isinstance(job.model, _Skeleton):
        model = job.model.build(state)
    else:
        if isinstance(job.model, str):
            from .specs import build_model

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
        device = worker_device(job.device)
        dirs = directions_from_payload(raw["directions"])
        if raw.get("data") is not None:
            batches = raw["data"]["batches"]
        else:
            from .specs import build_data

            built = build_data(job.data_spec, job.data_kwargs)
            ed = as_eval_data(
                built, torch.device("cpu"), batch_size=job.options.batch_size,
                subsample=job.options.subsample,
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
        batches = [move(b, device) for b in batches]
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
    t0 = time.perf_counter()
    ctx, fresh = _context(job, payload)
    tid = threading.get_ident()
    with _CACHE_LOCK:
        model = ctx.models.get(tid)
        if model is None:
            model = ctx.models[tid] = _build_model(job, ctx.state).to(ctx.device)
    sub = [c[s:e] for c, (s, e) in zip(job.coords, bounds, strict=True)]
    strategy = job.options.strategy
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
            chunk_size=job.options.chunk_size,
            bn=job.options.bn,
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


# ====================================================================== the driver
# `surface`'s parameters that the tiled path does not take (it evaluates on workers, one
# process's engine threads and centre/BatchNorm data are not shipped).
_NOT_TILED = ("center", "workers", "bn_data", "negative_var")


def _surface_call(
    model: Any, data: Any, dirs: Any, args: tuple, kwargs: Mapping[str, Any]
) -> dict[str, Any]:
    """Bind ``surface_tiles``' arguments to `surface`'s parameters (one definition of them).

    Returns every parameter by name with its default applied; ``"options"`` is the merged
    `EvalOptions` (the object given, overridden by evaluation keywords given one by one).
    """
    bound = inspect.signature(surface).bind(model, data, dirs, *args, **kwargs)
    given = bound.arguments
    fields = set(EvalOptions.field_names())
    opt = EvalOptions.of(
        given.get("options"), {k: v for k, v in given.items() if k in fields},
        where="surface_tiles",
    )  # fmt: skip
    opt.unsupported("surface_tiles", *_NOT_TILED)
    bound.apply_defaults()
    return {**bound.arguments, "options": opt}


def _tiles_signature() -> inspect.Signature:
    """`surface`'s signature without `_NOT_TILED`, plus surface_tiles' own keywords."""
    own = inspect.signature(surface_tiles).parameters
    params = [
        p
        for p in inspect.signature(surface).parameters.values()
        if p.name not in _NOT_TILED
    ]
    params += [p for p in own.values() if p.kind is inspect.Parameter.KEYWORD_ONLY]
    return inspect.signature(surface_tiles).replace(parameters=params)


def surface_tiles(
    model: nn.Module,
    data: Any,
    dirs: Directions,
    *args: Any,
    factory: str | Callable[..., nn.Module] | None = None,
    factory_kwargs: Mapping[str, Any] | None = None,
    data_spec: str | None = None,
    data_kwargs: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> Landscape:
    """Evaluate a 1D/2D landscape tile by tile on an executor, with a resumable tile store.

    Equivalent to `lossviz.surface` (and bitwise identical to it on CPU with the same
    strategy), but the grid is cut into tiles that workers evaluate in parallel, and
    finished tiles are written to ``store`` as they arrive.

    It takes the arguments of `lossviz.surface` (positional ones in the same order), except
    ``center``, ``workers``, ``bn_data`` and ``negative_var``, plus ``factory``,
    ``factory_kwargs``, ``data_spec`` and ``data_kwargs``.

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
    options, chunk_size, batch_size, bn, subsample, store_directions
        As in `lossviz.surface` (``options`` is an `EvalOptions`).
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
    call = _surface_call(model, data, dirs, args, kwargs)
    opt: EvalOptions = call["options"]
    a, b, metrics, loss_fn = call["a"], call["b"], call["metrics"], call["loss_fn"]
    device, progress = call["device"], call["progress"]
    cancel, callback = call["cancel"], call["callback"]
    executor, tiles, store, resume = call["executor"], call["tiles"], call["store"], call["resume"]
    strategy, chunk_size, bn = opt.strategy, opt.chunk_size, opt.bn
    batch_size, subsample = opt.batch_size, opt.subsample
    check_grid_directions(model, dirs)
    if not isinstance(resume, bool):
        raise TypeError(f"resume must be True or False, got {resume!r}")
    if resume and store is None:
        raise ValueError("resume=True needs store= (the directory of the interrupted run)")
    if device not in ("auto", None):
        resolve_device(device)  # validates the name (and CUDA availability here)
    device = "auto" if device is None else str(device)
    kind = executor_kind(executor)
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
    fns = resolve_metrics(metrics, loss_fn)
    n_workers = executor_workers(executor, kind)
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
        from .specs import build_data

        data = build_data(data_spec, dict(data_kwargs or {}))
    edata: EvalData = as_eval_data(
        data, torch.device("cpu"), batch_size=batch_size, subsample=subsample
    )
    batches = [tuple(b_) for b_ in edata.batches]
    data_hash = _digest(batches, "data")
    dpay = directions_payload(dirs)
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
        done_tiles = open_store(tstore, manifest, resume, bounds)
    reused = len(done_tiles)

    payload = {
        "weights": to_bytes(state),
        "directions": to_bytes(dpay),
        "data": None if data_spec is not None else to_bytes({"batches": batches}),
    }
    tmpdir = None
    files = None
    if tstore is not None:
        pdir = tstore.path / "payload"
        pdir.mkdir(exist_ok=True)
        write_bytes(pdir / "directions.pt", payload["directions"])
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
                    write_bytes(p, raw)
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
        options=opt,
        coords=tuple(coords),
        files=files,
    )
    if kind == "executor":
        _check_picklable(job)

    run = GridRun(coords, list(fns), {}, progress=progress, desc="lossviz tiles", cancel=cancel)
    grid = run.grid_view()
    headers: dict[int, dict[str, Any]] = {}
    for i, (v, head) in done_tiles.items():
        grid[block_slices(bounds[i])] = v
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

    def refresh_meta() -> None:
        first = headers[min(headers)]["meta"] if headers else {}
        run.meta.update({**first, **manifest["meta"], "distributed": dist_meta()})

    def check_cancel() -> None:
        if run.cancelled():
            refresh_meta()
            run.stop()  # Cancelled, carrying the partial result

    def accept(res: dict[str, Any]) -> None:
        i = res["index"]
        v = np.asarray(res["values"], dtype=np.float64)
        head = {"key": key, "meta": res["meta"], "worker": res["worker"], "seconds": res["seconds"]}
        if tstore is not None:
            tstore.write_tile(i, bounds[i], v, head)
        grid[block_slices(bounds[i])] = v
        headers[i] = head
        w = res["worker"]
        workers[(w["host"], w["pid"])] = w
        notes.update(res.get("warnings", ()))
        computed[0] += 1
        loads[0] += bool(w["fresh"])
        worker_s[0] += float(res["seconds"])
        done_points[0] += v[..., 0].size
        refresh_meta()
        run.advance(v[..., 0].size)
        if run.bar is not None:
            run.bar.set_postfix_str(f"{run.meta['distributed']['points_per_s']} pt/s")
        if callback is not None:
            callback(run.partial(), reused + computed[0], len(bounds))

    with run:
        run.advance(sum(v[..., 0].size for v, _ in done_tiles.values()))  # from the store
        try:
            if kind == "inline":
                for i in todo:
                    check_cancel()
                    try:
                        res = _evaluate_tile(job, payload, i, bounds[i])
                    except Exception as exc:
                        raise RuntimeError(_tile_error(i, bounds[i], exc, tstore)) from exc
                    accept(res)
            elif kind == "dask":
                _run_dask(executor, job, payload, todo, bounds, accept, check_cancel, tstore)
            else:
                _run_executor(executor, job, todo, bounds, accept, check_cancel, tstore)
        finally:
            _forget(key)
            if tmpdir is not None:
                shutil.rmtree(tmpdir, ignore_errors=True)

    for msg in sorted(notes):
        warnings.warn(f"lossviz (on a worker): {msg}", RuntimeWarning, stacklevel=2)
    refresh_meta()
    land = run.finish(dirs.numpy() if call["store_directions"] else None)
    devices = sorted({h["worker"]["device"] for h in headers.values() if "worker" in h})
    land.meta["device"] = ",".join(devices) if devices else land.meta.get("device")
    land.meta["preview"] = bool(edata.subsampled)
    land.meta["seconds"] = round(time.perf_counter() - t_start, 4)
    land.meta["model"] = type(model).__name__
    return land


surface_tiles.__signature__ = _tiles_signature()  # type: ignore[attr-defined]


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


def _accept_tile(f, pending: dict, bounds, accept, tstore: TileStore | None) -> None:
    """Hand finished future ``f`` (removed from ``pending``) to ``accept``; a failed tile raises."""
    i = pending.pop(f)
    try:
        res = f.result()
    except Exception as exc:
        raise RuntimeError(_tile_error(i, bounds[i], exc, tstore)) from exc
    accept(res)


def _run_executor(ex, job, todo, bounds, accept, check_cancel, tstore) -> None:
    pending = {ex.submit(_evaluate_tile, job, None, i, bounds[i]): i for i in todo}
    try:
        while pending:
            done, _ = cf.wait(list(pending), timeout=0.25, return_when=cf.FIRST_COMPLETED)
            for f in done:
                _accept_tile(f, pending, bounds, accept, tstore)
            if pending:
                check_cancel()
    finally:
        for f in pending:
            f.cancel()


def _run_dask(client, job, payload, todo, bounds, accept, check_cancel, tstore) -> None:
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
            _accept_tile(f, futs, bounds, accept, tstore)
            if futs:
                check_cancel()
    finally:
        if futs:
            client.cancel(list(futs))
        with contextlib.suppress(Exception):
            client.cancel([pfut])
