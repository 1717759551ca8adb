"""CPU runtime settings for the evaluation core: the glibc allocator.

One forward pass of a convolutional net over a whole dataset allocates tens of MB of
activations. With glibc's default settings such blocks are returned to the operating
system as soon as they are freed, so the next grid point page-faults them in again:
on a small CNN over sklearn's digits that is about 10,000 page faults per forward and
40% of the time. ``retained_memory()`` raises glibc's mmap and trim thresholds (once per
process, the same effect as ``MALLOC_MMAP_THRESHOLD_`` / ``MALLOC_TRIM_THRESHOLD_``), and
hands free memory back with ``malloc_trim(0)`` when the evaluation ends.

Set the environment variable ``LOSSVIZ_MALLOC_TUNING=0`` to leave the allocator alone.
Nothing happens on other C libraries (macOS, Windows, musl).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import sys
import threading
from collections.abc import Iterator

import torch

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_MMAP_MAX = 32 << 20  # glibc's ceiling for M_MMAP_THRESHOLD on 64-bit systems
_TRIM = 1 << 30

_lock = threading.Lock()
_state: dict[str, object] = {"libc": None, "tuned": False, "active": 0}


def _libc():
    if not sys.platform.startswith("linux"):
        return None
    if _state["libc"] is None:
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            libc.gnu_get_libc_version  # glibc only  # noqa: B018
            libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
            libc.malloc_trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            _state["libc"] = False
        else:
            _state["libc"] = libc
    return _state["libc"] or None


def tuning_enabled() -> bool:
    """Whether lossviz may tune the C allocator (``LOSSVIZ_MALLOC_TUNING`` is not 0)."""
    return os.environ.get("LOSSVIZ_MALLOC_TUNING", "1").strip().lower() not in ("0", "false", "no")


@contextlib.contextmanager
def retained_memory(device: torch.device | str = "cpu") -> Iterator[bool]:
    """Keep freed activation memory in the process while the body runs (CPU only).

    Parameters
    ----------
    device : torch.device or str
        The evaluation device; nothing is changed for other devices than the CPU.

    Yields
    ------
    bool
        Whether the allocator is tuned (glibc and tuning enabled).
    """
    cpu = torch.device(device).type == "cpu"
    libc = _libc() if cpu and tuning_enabled() else None
    if libc is None:
        yield False
        return
    with _lock:
        if not _state["tuned"]:
            ok = libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_MAX)
            ok = ok and libc.mallopt(_M_TRIM_THRESHOLD, _TRIM)
            _state["tuned"] = bool(ok)
        _state["active"] = int(_state["active"]) + 1
    try:
        yield bool(_state["tuned"])
    finally:
        with _lock:
            _state["active"] = int(_state["active"]) - 1
            last = _state["active"] == 0
        if last:
            libc.malloc_trim(0)
