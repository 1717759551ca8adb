"""Memory-bounded row storage: float32 rows in memory, then spilled to a memmapped file.

This module owns where a trajectory's snapshots live. `SpillStore` keeps rows in memory up
to a byte budget; past it, every row moves to a raw float32 file in a fresh temporary
directory that is read back through ``numpy.memmap`` and removed when the store is closed
or garbage-collected. Readers take rows or column blocks without caring where they are.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import weakref
from typing import Any

import numpy as np

__all__ = ["BLOCK_BYTES", "SpillStore"]

#: bytes of one float64 block of rows or columns that readers of a store stream at a time
BLOCK_BYTES = 32 << 20


class SpillStore:
    """Rows of float32 numbers, in memory up to a budget, then in a file on disk.

    Parameters
    ----------
    width : int
        Numbers per row.
    budget_bytes : int
        Rows are kept in memory up to this many bytes, then all move to a file.
    spill_dir : str, optional
        Where the file's temporary directory is made (default: the system's).
    """

    def __init__(self, width: int, budget_bytes: int, spill_dir: str | None) -> None:
        self.width = int(width)
        self.budget = int(budget_bytes)
        self.spill_dir = spill_dir
        self.rows: list[np.ndarray] = []
        self.n = 0
        self.path: str | None = None
        self._fh: Any = None
        self._mm: np.ndarray | None = None
        self._finalizer: Any = None

    @property
    def spilled(self) -> bool:
        return self.path is not None

    def append(self, row: np.ndarray) -> None:
        row = np.ascontiguousarray(row, dtype=np.float32)
        if not self.spilled and (self.n + 1) * self.width * 4 > self.budget:
            self._spill()
        if self.spilled:
            self._fh.write(row.tobytes())
            self._fh.flush()
            self._mm = None
        else:
            self.rows.append(row)
        self.n += 1

    def _spill(self) -> None:
        tmpdir = tempfile.mkdtemp(prefix="lossviz-traj-", dir=self.spill_dir)
        self.path = os.path.join(tmpdir, "snapshots.f32")
        self._fh = open(self.path, "wb")  # noqa: SIM115 - closed by the finalizer
        self._finalizer = weakref.finalize(self, _cleanup, self._fh, tmpdir)
        for r in self.rows:
            self._fh.write(r.tobytes())
        self._fh.flush()
        self.rows = []

    def matrix(self) -> np.ndarray:
        """All rows as an ``(n, width)`` float32 array (a read-only memmap when spilled)."""
        if self.spilled:
            if self._mm is None or self._mm.shape[0] != self.n:
                self._mm = np.memmap(self.path, np.float32, "r", shape=(self.n, self.width))
            return self._mm
        if not self.rows:
            return np.zeros((0, self.width), np.float32)
        return np.stack(self.rows)

    def block(self, i0: int, i1: int, j0: int = 0, j1: int | None = None) -> np.ndarray:
        """Rows ``i0:i1``, columns ``j0:j1`` (float32; a copy or a memmap view)."""
        j1 = self.width if j1 is None else j1
        if self.spilled:
            return self.matrix()[i0:i1, j0:j1]
        return np.stack([r[j0:j1] for r in self.rows[i0:i1]])

    def row(self, i: int) -> np.ndarray:
        if self.spilled:
            return np.array(self.matrix()[i])
        return self.rows[i]

    def close(self) -> None:
        self._mm = None
        if self._finalizer is not None:
            self._finalizer()


def _cleanup(fh: Any, tmpdir: str) -> None:
    with contextlib.suppress(Exception):
        fh.close()
    shutil.rmtree(tmpdir, ignore_errors=True)
