"""Planning and running the points of a grid on engines: strategy, chunk size, threads.

`choose_strategy` picks the per-point loop or vmap (measured on the first real grid points
when ``strategy="auto"``, then cached in `STRATEGY_CACHE`) and the chunk size from free memory
(`available_bytes`); `Schedule` alternates the two strategies while measuring and falls back
to the loop (with a warning) when vmap cannot run the model. `evaluate_points` runs a block of
points on one engine in the caller's thread; `evaluate_threads` splits the points over worker
threads with one intra-op thread each (`count_workers` decides how many), keeping progress,
callbacks and cancel in the caller's thread through a `grid.GridRun`.
"""

from __future__ import annotations

import time
import warnings
from collections import OrderedDict
from collections.abc import Callable

import numpy as np
import torch

from .engine import BufferMutation, Engine, cache_decision
from .grid import GridRun

__all__ = [
    "STRATEGY_CACHE",
    "THREADS_MIN_OUTPUT",
    "Schedule",
    "Stopped",
    "available_bytes",
    "choose_strategy",
    "count_workers",
    "evaluate_points",
    "evaluate_threads",
    "measuring_chunk",
    "plan_chunk_size",
    "strategy_key",
    "strategy_meta",
]

# strategy decisions: key -> (strategy, chunk, holds to: the measuring chunk it was decided
# with when the grid's size limited it, else 0 (any grid; also when vmap cannot run the model))
STRATEGY_CACHE: OrderedDict[tuple, tuple[str, int, int]] = OrderedDict()


def available_bytes(device: torch.device) -> int:
    """Free memory on ``device`` in bytes (CUDA: free device memory; CPU: MemAvailable)."""
    if device.type == "cuda":
        free, _ = torch.cuda.mem_get_info(device)
        return int(free)
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:  # pragma: no cover - non-Linux
        pass
    return 4 << 30


def plan_chunk_size(eng: Engine, requested: int | None) -> int:
    """Grid points per vectorized chunk: ``requested``, or what a quarter of free memory holds."""
    if requested is not None:
        return requested
    per_point = 3 * eng.act_bytes + 2 * sum(
        eng.base[n].numel() * eng.base[n].element_size() for n in eng.dnames
    )
    budget = int(available_bytes(eng.device) // 4 * eng.mem_share)
    cap = 1024 if eng.device.type == "cuda" else 64
    return int(max(1, min(cap, budget // max(per_point, 1))))


def choose_strategy(
    eng: Engine, C: np.ndarray, strategy: str, chunk: int | None
) -> tuple[str, int, str]:
    """Pick the strategy and chunk size; returns (strategy, chunk, note).

    The strategy is ``"measure"`` when "auto" has no cached choice for this model and data:
    the first chunks of the grid are then evaluated alternately by both strategies, and
    the faster one is used for the rest (see `Schedule`).
    """
    if strategy == "loop":
        return "loop", 1, ""
    if eng.bn == "recompute":
        if strategy == "vmap":
            warnings.warn(
                "lossviz: bn='recompute' recomputes the BatchNorm statistics at every point; "
                "using the exact per-point loop instead of vmap",
                RuntimeWarning,
                stacklevel=4,
            )
        return "loop", 1, "bn='recompute' runs per point"
    k = plan_chunk_size(eng, chunk)
    if strategy == "vmap":
        return "vmap", k, ""
    if len(C) < 16:  # too few points for a measurement to pay off
        return "loop", 1, "small grid"
    k = max(1, min(k, 64 if eng.device.type == "cpu" else k))
    cached = STRATEGY_CACHE.get(strategy_key(eng))
    # a choice measured on chunks a small grid kept small does not hold for larger grids
    # (vmap gains with the chunk): they measure again
    if cached is not None and (cached[2] == 0 or cached[2] >= measuring_chunk(k, len(C))):
        return cached[0], cached[1], "cached choice"
    return "measure", k, ""


def measuring_chunk(k: int, npts: int) -> int:
    """Points per vmap round while measuring: ``k``, but at most a twelfth of the grid."""
    return max(1, min(k, npts // (4 * Schedule.ROUNDS)))


def strategy_key(eng: Engine) -> tuple:
    """The cache key of the strategy decision for an engine (after its setup)."""
    return (*eng.cache_key(), eng.first is not None, eng.channels_last)


class Schedule:
    """Which strategy evaluates the next chunk of grid points.

    When measuring, the first chunks of the grid alternate between the per-point loop and
    vmap (three rounds each; a loop round runs at most `MEASURE_LOOP_POINTS` points unless
    ``chunk_size`` is given, a vmap round one chunk); every measured point is a real grid
    point, so the measurement costs nothing. The faster strategy (vmap needs a 10% margin) is then
    used for the rest of the grid and cached for the next call.
    """

    ROUNDS = 3

    def __init__(
        self, eng: Engine, strategy: str, k: int, npts: int, note: str, fixed_k: bool = False
    ):
        self.key = strategy_key(eng)
        self.strategy = strategy
        self.note = note
        # the chunk a choice made here holds up to: 0 (any grid) unless the grid's size,
        # not memory, limited the measuring chunk (see `choose_strategy`)
        self.holds_to = 0
        if strategy == "measure" and not fixed_k:
            # at least 2*ROUNDS chunks and at most half the grid spent measuring
            small = measuring_chunk(k, npts)
            self.holds_to, k = (small if small < k else 0), small
        if strategy == "measure":
            self.times: dict[str, list[float]] = {"loop": [], "vmap": []}
        self.k = k

    @property
    def measuring(self) -> bool:
        return self.strategy == "measure"

    def next(self) -> str:
        if not self.measuring:
            return self.strategy
        nl, nv = len(self.times["loop"]), len(self.times["vmap"])
        return "loop" if nl <= nv else "vmap"

    def record(self, strategy: str, npoints: int, seconds: float) -> None:
        self.times[strategy].append(seconds / max(npoints, 1))
        if min(len(t) for t in self.times.values()) >= self.ROUNDS:
            t_loop, t_vmap = min(self.times["loop"]), min(self.times["vmap"])
            self.strategy = "vmap" if t_vmap < 0.9 * t_loop else "loop"
            self.note = f"measured loop {t_loop * 1e3:.2f} ms/pt, vmap {t_vmap * 1e3:.2f} ms/pt"
            self._remember()

    def vmap_failed(self, exc: Exception, stacklevel: int) -> None:
        warnings.warn(
            f"lossviz: vectorized evaluation is not possible for this model "
            f"({type(exc).__name__}: {str(exc).splitlines()[0][:200]}); "
            "using the exact per-point loop",
            RuntimeWarning,
            stacklevel=stacklevel + 1,
        )
        self.strategy, self.note = "loop", "vmap unavailable"
        self.holds_to = 0  # whatever the grid
        self._remember()

    def _remember(self) -> None:
        cache_decision(STRATEGY_CACHE, self.key, (self.strategy, self.k, self.holds_to))


THREADS_MIN_OUTPUT = 256 << 10  # bytes of the largest layer output from which threads pay off
THREADS_MIN_POINTS = 32  # grid points per worker thread (a worker costs one engine set-up)
MEASURE_LOOP_POINTS = 8  # grid points per measuring round of the loop


class Stopped(Exception):
    """A worker was asked to stop between chunks."""


def count_workers(workers: int | str, dev: torch.device, npts: int, eng: Engine) -> int:
    """Worker threads for a grid; "auto" uses them where a forward is compute-bound."""
    if workers != "auto":
        return min(int(workers), max(1, npts))
    threads = torch.get_num_threads()
    if dev.type != "cpu" or threads < 2 or eng.largest_output < THREADS_MIN_OUTPUT:
        # dispatch-bound forwards (many small ops) gain nothing from threads that share
        # one interpreter lock; vmap batching is what speeds them up
        return 1
    return max(1, min(threads, 8, npts // THREADS_MIN_POINTS))


def evaluate_points(
    make_engine: Callable[[], Engine],
    C: np.ndarray,
    out: np.ndarray,
    strategy: str,
    chunk_size: int | None,
    stop: Callable[[], bool],
    step: Callable[[int, dict], None],
) -> None:
    """Evaluate the points ``C`` into ``out`` with one engine (the caller's thread or one worker).

    ``step(n_new_points, strategy_meta)`` is called once before the first chunk and after
    every chunk; ``stop()`` is checked before every chunk (raises `Stopped`).
    """
    eng = make_engine()
    notes = eng.setup(shortcut=strategy != "vmap")
    npts = len(C)
    chosen, k, note = choose_strategy(eng, C, strategy, chunk_size)
    plan = Schedule(eng, chosen, k, npts, note, fixed_k=chunk_size is not None)
    # points per progress/cancel step of the loop
    loop_k = k if chunk_size is not None else max(1, min(64, npts // 20 or 1))
    step(0, strategy_meta(plan, eng, loop_k, notes))
    done = 0
    while done < npts:
        if stop():
            raise Stopped
        now = plan.next()
        if plan.measuring:
            # a loop's time per point does not depend on how many points it runs: its
            # measuring rounds stay short, so a fast vmap (GPU) is not held up by them
            # (unless the caller fixed the chunk size)
            short = plan.k if chunk_size is not None else min(plan.k, MEASURE_LOOP_POINTS)
            n = plan.k if now == "vmap" else short
        else:
            n = plan.k if now == "vmap" else loop_k
        chunk = C[done : done + n]
        t0 = time.perf_counter()
        if now == "vmap":
            try:
                vals = eng.eval_vmap(chunk)
            except Exception as exc:
                # a changed buffer can show at any chunk (the chunk is then redone)
                if done != 0 and not plan.measuring and not isinstance(exc, BufferMutation):
                    raise
                plan.vmap_failed(exc, stacklevel=4)
                vals = eng.eval_loop(chunk)
        else:
            vals = eng.eval_loop(chunk)
        out[done : done + len(chunk)] = vals.cpu().numpy()
        if plan.measuring:
            plan.record(now, len(chunk), time.perf_counter() - t0)
        done += len(chunk)
        step(len(chunk), strategy_meta(plan, eng, loop_k, notes))


def evaluate_threads(
    make_engine: Callable[[], Engine],
    C: np.ndarray,
    values: np.ndarray,
    strategy: str,
    chunk_size: int | None,
    nworkers: int,
    run: GridRun,
) -> None:
    """Split the points over worker threads with one intra-op thread each.

    On a CPU, independent forwards on separate cores beat one forward whose every op is
    split over the cores (no synchronization per op; elementwise ops on small tensors do
    not scale) — and OpenMP's spin-wait is throttled once a second thread team exists, so
    a computation off the main thread (widgets) would otherwise lose a third of its speed.
    Progress, callbacks and cancel stay in the caller's thread.
    """
    import queue
    import threading

    bounds = np.linspace(0, len(C), nworkers + 1).round().astype(int)
    events: queue.Queue = queue.Queue()
    halt = threading.Event()
    saved_threads = torch.get_num_threads()

    def work(i: int) -> None:
        lo, hi = int(bounds[i]), int(bounds[i + 1])
        torch.set_num_threads(1)
        try:
            with torch.no_grad():
                evaluate_points(
                    make_engine, C[lo:hi], values[lo:hi], strategy, chunk_size, halt.is_set,
                    lambda n, info: events.put(("step", i, n, info)),
                )  # fmt: skip
            events.put(("done", i, 0, None))
        except BaseException as exc:  # handed to the caller's thread
            events.put(("error", i, 0, exc))
        finally:
            torch.set_num_threads(saved_threads)  # the setting is process-wide for new threads

    threads = [
        threading.Thread(target=work, args=(i,), name=f"lossviz-worker-{i}", daemon=True)
        for i in range(nworkers)
    ]
    for t in threads:
        t.start()
    finished = 0
    cancelled = False
    try:
        while finished < nworkers:
            if run.cancelled():
                cancelled = True
                break
            try:
                kind, i, n, payload = events.get(timeout=0.05)
            except queue.Empty:
                continue
            if kind == "error":
                raise payload
            if kind == "done":
                finished += 1
                continue
            run.advance(n, payload if i == 0 else None)
    finally:  # the workers stop between chunks
        halt.set()
        for t in threads:
            t.join()
    if cancelled:  # the partial result once every worker has stopped
        run.stop()


def strategy_meta(plan: Schedule, eng: Engine, loop_k: int, notes: list[str]) -> dict:
    """How the points were evaluated (updated as the measurement decides)."""
    return {
        "strategy": plan.strategy,
        "chunk_size": int(plan.k if plan.strategy == "vmap" else loop_k),
        "first_layer_shortcut": eng.first is not None,
        "channels_last": eng.channels_last,
        "narrow_linear": len(eng.narrow),
        "strategy_note": "; ".join(n for n in [plan.note, *notes] if n),
    }
