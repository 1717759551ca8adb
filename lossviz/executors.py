"""Executors for tiled runs: the local process pool, its workers' lifetime, GPUs per worker.

This module owns how tile workers are started and stopped and which device each uses:
`local_executor` (a ``spawn`` process pool whose workers die with their parent, see
`die_with_parent`), `stop_workers` (terminate a pool without waiting for running tiles),
`executor_kind` / `executor_workers` (what kind of executor a run was given and how many
workers it has) and `worker_device` (``device="auto"``: one GPU per local rank).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import sys
import threading
import time
from typing import Any

import torch

from ._util import check_positive_int

__all__ = [
    "WATCHDOG_INTERVAL",
    "die_with_parent",
    "executor_kind",
    "executor_workers",
    "local_executor",
    "local_rank",
    "stop_workers",
    "worker_device",
]


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


def executor_kind(ex: Any) -> str:
    """``"inline"`` (None), ``"dask"`` (a dask Client) or ``"executor"``; TypeError otherwise."""
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


def executor_workers(ex: Any, kind: str) -> int:
    """How many workers an executor has (1 when it does not say)."""
    with contextlib.suppress(Exception):
        if kind == "dask":
            return max(1, len(ex.scheduler_info()["workers"]))
        if kind == "executor":
            n = getattr(ex, "_max_workers", None) or getattr(ex, "num_workers", None)
            if isinstance(n, int) and n > 0:
                return n
    return 1


def local_rank() -> int:
    """This process's rank on its machine (torchrun, Open MPI, MPICH, Slurm, dask, pools)."""
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


def worker_device(spec: str) -> torch.device:
    """The device of a tile worker: ``"auto"`` is ``cuda:{local_rank % n_gpus}`` or the CPU.

    Parameters
    ----------
    spec : str
        ``"auto"`` or an explicit device name (used as given).

    Returns
    -------
    torch.device
    """
    if spec in ("auto", None) and torch.cuda.is_available():
        return torch.device(f"cuda:{local_rank() % torch.cuda.device_count()}")
    if spec in ("auto", None):
        return torch.device("cpu")
    return torch.device(spec)
