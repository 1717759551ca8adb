"""Training trajectories: record parameter snapshots, PCA directions, projected paths.

Random directions miss the optimizer's path: it lives in a tiny subspace of parameter
space. Record ``theta_0 .. theta_n`` while training (`Trajectory`), take the principal
components of the snapshots (`pca_directions`), project each snapshot onto the plane by
least squares (`Trajectory.project`) and draw the path over the surface computed around
the center point in that plane (Li et al. 2018, section 7).

Snapshots are stored as float32, flattened in ``named_parameters()`` order (names and
shapes kept). Past a memory budget they spill to a raw float32 file in a temporary
directory that is read back through ``numpy.memmap``; every computation streams the
snapshots in blocks, so results do not depend on where the snapshots are kept.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import tempfile
import warnings
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from .._util import check_choice, optional_import
from ..atomic import atomic_path, clean_stale_temporaries
from ..landscape import ProjectedPath
from .directions import Directions, normalize_direction
from .params import check_model, classify, preserved

SCHEMA = "lossviz.trajectory"
SCHEMA_VERSION = 1
UNITS = ("step", "epoch", "cycle")
MODES = ("pca", "pca+random")
SOLVERS = ("auto", "full", "randomized", "gram")
#: float64 entries of the snapshot matrix up to which scikit-learn's PCA is used by
#: ``solver="auto"``; larger matrices use the streamed Gram-matrix solver (exact).
SKLEARN_MAX_ENTRIES = 8_000_000
#: bytes of one float64 block streamed through memory by projections and PCA
_BLOCK_BYTES = 32 << 20
#: ``Trajectory.path`` warns when the plane explains less than this share of the path
LOW_EXPLAINED = 0.5


# ---------------------------------------------------------------------- storage
class _Store:
    """Rows of float32 numbers, in memory up to a budget, then in a file on disk."""

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

    @property
    def nbytes_in_memory(self) -> int:
        return sum(r.nbytes for r in self.rows)

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


# ---------------------------------------------------------------------- trajectory
class Trajectory:
    """Parameter snapshots of one training run, recorded from any training loop.

    Parameters
    ----------
    model : torch.nn.Module, optional
        The model being trained. Needed only to use the trajectory as a context manager
        (``with lv.Trajectory(model, optimizer=opt) as traj: ...``).
    optimizer : torch.optim.Optimizer, optional
        With ``model``: inside the ``with`` block every ``optimizer.step()`` counts one
        step and every ``every``-th step is recorded automatically. Entering the block
        records the initial weights (step 0), leaving it the final ones (if new).
    every : int
        Keep every ``every``-th call of `record` (counting from the first, which is kept).
    unit : {"step", "epoch", "cycle"}, optional
        What a step counts; it labels the snapshots (``"epoch 3"``). Default: ``"epoch"``
        when recorded through `callback` or ``fit``, else ``"step"``.
    name : str, optional
        Label of the run (legend of its path, e.g. ``"SGD"``).
    max_memory_mb : float
        Snapshots are kept in memory up to this size, then moved to a temporary file on
        disk (removed when the trajectory is garbage-collected or `close` is called).
    spill_dir : str, optional
        Directory for that temporary file (default: the system's temporary directory).

    Examples
    --------
    >>> import torch, lossviz as lv
    >>> net = torch.nn.Linear(2, 3)
    >>> traj = lv.Trajectory(unit="epoch")
    >>> for epoch in range(4):
    ...     _ = traj.record(net, step=epoch)          # one line in any training loop
    ...     with torch.no_grad():
    ...         _ = net.weight.add_(0.1)                   # (a training step)
    >>> len(traj), traj.labels[-1]
    (4, 'epoch 3')
    """

    def __init__(
        self,
        model: nn.Module | None = None,
        optimizer: Any = None,
        *,
        every: int = 1,
        unit: str | None = None,
        name: str | None = None,
        max_memory_mb: float = 1024.0,
        spill_dir: str | os.PathLike | None = None,
    ) -> None:
        if model is not None:
            check_model(model)
        if optimizer is not None and model is None:
            raise ValueError("optimizer= needs model= (the model the optimizer trains)")
        if optimizer is not None and not hasattr(optimizer, "register_step_post_hook"):
            raise TypeError(
                f"optimizer must be a torch.optim.Optimizer, got {type(optimizer).__name__}"
            )
        self.every = _check_every(every)
        self.unit = None if unit is None else check_choice("unit", unit, UNITS)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"name must be a string, got {type(name).__name__}")
        self.name = name
        if isinstance(max_memory_mb, bool) or not isinstance(max_memory_mb, (int, float)):
            raise TypeError(f"max_memory_mb must be a number, got {max_memory_mb!r}")
        if not max_memory_mb >= 0:
            raise ValueError(f"max_memory_mb must be >= 0, got {max_memory_mb!r}")
        self.max_memory_mb = float(max_memory_mb)
        self.spill_dir = None if spill_dir is None else os.fspath(spill_dir)
        if self.spill_dir is not None and not os.path.isdir(self.spill_dir):
            raise FileNotFoundError(f"spill_dir {self.spill_dir!r} is not a directory")
        self.model = model
        self.optimizer = optimizer
        self.names: list[str] = []
        self.shapes: list[tuple[int, ...]] = []
        self.classes: dict[str, str] = {}
        self.steps: list[int] = []
        self._losses: list[float] = []
        self.meta: dict[str, Any] = {}
        self._calls = 0
        self._store: _Store | None = None
        self._hook: Any = None

    # ------------------------------------------------------------------ basics
    def __len__(self) -> int:
        return 0 if self._store is None else self._store.n

    def __repr__(self) -> str:
        where = "disk" if self.spilled else "memory"
        return (
            f"Trajectory({self.name!r}, snapshots={len(self)}, params={self.n_params}, "
            f"unit={self.unit!r}, in {where})"
        )

    @property
    def n_params(self) -> int:
        """Number of parameters per snapshot."""
        return int(sum(math.prod(s) for s in self.shapes))

    @property
    def spilled(self) -> bool:
        """True when the snapshots live in a file on disk."""
        return self._store is not None and self._store.spilled

    @property
    def labels(self) -> list[str]:
        """One label per snapshot, e.g. ``"epoch 3"``."""
        return [f"{self.unit or 'step'} {s}" for s in self.steps]

    @property
    def losses(self) -> np.ndarray:
        """Training loss passed to `record` per snapshot (NaN where none was given)."""
        return np.asarray(self._losses, dtype=np.float64)

    # ------------------------------------------------------------------ recording
    def record(
        self,
        model: nn.Module,
        step: int | None = None,
        loss: float | torch.Tensor | None = None,
        force: bool = False,
    ) -> bool:
        """Record a snapshot of ``model``'s parameters (float32 copy, on the CPU).

        Call it once before training (step 0) and after every step or epoch; every
        ``every``-th call is kept. The model is only read.

        Parameters
        ----------
        model : torch.nn.Module
            The model; its ``named_parameters()`` must match earlier snapshots.
        step : int, optional
            The step/epoch number; by default the number of earlier calls.
        loss : float or torch.Tensor, optional
            The training loss at this point, kept in `losses`.
        force : bool
            Keep this snapshot even if ``step`` is not a multiple of ``every``.

        Returns
        -------
        bool
            True when a snapshot was stored.
        """
        check_model(model)
        if step is None:
            step = self._calls
        elif isinstance(step, bool) or not isinstance(step, (int, np.integer)) or step < 0:
            raise ValueError(f"step must be a non-negative integer, got {step!r}")
        step = int(step)
        self._calls = step + 1
        if not force and step % self.every != 0:
            return False
        if self.steps and step == self.steps[-1]:
            return False
        named = [(n, p) for n, p in model.named_parameters()]
        if self._store is None:
            self.names = [n for n, _ in named]
            self.shapes = [tuple(p.shape) for _, p in named]
            self.classes = dict(classify(model))
            self.meta.setdefault("model", type(model).__name__)
            self._store = _Store(self.n_params, int(self.max_memory_mb * 2**20), self.spill_dir)
        else:
            self._check_architecture(named)
        with torch.no_grad():
            vec = torch.cat([p.detach().reshape(-1).to("cpu", torch.float32) for _, p in named])
        self._store.append(vec.numpy())
        self.steps.append(step)
        if isinstance(loss, torch.Tensor):
            loss = float(loss.detach().float().mean())
        self._losses.append(math.nan if loss is None else float(loss))
        return True

    def _check_architecture(self, named: list[tuple[str, torch.Tensor]]) -> None:
        names = [n for n, _ in named]
        if names != self.names:
            extra = [n for n in names if n not in self.names][:3]
            missing = [n for n in self.names if n not in names][:3]
            raise ValueError(
                "record(): the model's parameters differ from the trajectory's "
                f"(new {extra}, missing {missing}); a trajectory holds one architecture"
            )
        for (n, p), shape in zip(named, self.shapes, strict=True):
            if tuple(p.shape) != shape:
                raise ValueError(
                    f"record(): parameter {n!r} has shape {tuple(p.shape)}, earlier "
                    f"snapshots have {shape}; a trajectory holds one architecture"
                )

    def callback(self, every: int | None = None) -> Callable[[nn.Module, int], None]:
        """A callback ``f(model, epoch)`` recording after every ``every``-th epoch.

        For ``lossviz.zoo.train.fit(..., on_epoch=traj.callback())`` or any loop that calls
        ``f(model, epoch)`` with a 0-based epoch index; the snapshot after epoch ``e`` is
        labelled ``epoch e+1`` (record the initial weights yourself as step 0).

        Parameters
        ----------
        every : int, optional
            Defaults to the trajectory's ``every``.

        Returns
        -------
        callable
        """
        k = self.every if every is None else _check_every(every)
        if self.unit is None:
            self.unit = "epoch"

        def on_epoch(model: nn.Module, epoch: int) -> None:
            if (int(epoch) + 1) % k == 0:
                self.record(model, step=int(epoch) + 1, force=True)

        return on_epoch

    def __enter__(self) -> Trajectory:
        if self.model is None:
            return self
        if self.unit is None:
            self.unit = "step"
        self.record(self.model, step=0, force=True)
        if self.optimizer is not None:
            counter = [0]

            def hook(opt: Any, args: Any, kwargs: Any) -> None:
                counter[0] += 1
                self.record(self.model, step=counter[0])

            self._hook = self.optimizer.register_step_post_hook(hook)
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._hook is not None:
            self._hook.remove()
            self._hook = None
        if self.model is not None and exc[0] is None and self._store is not None:
            # make sure the final weights are the last snapshot
            params = self.model.parameters()
            with torch.no_grad():
                now = torch.cat([p.detach().reshape(-1).to("cpu", torch.float32) for p in params])
            now = now.numpy()
            if not np.array_equal(now, self._store.row(len(self) - 1)):
                last = max(self._calls - 1, 0)
                step = last if last != self.steps[-1] else last + 1
                self.record(self.model, step=step, force=True)

    def close(self) -> None:
        """Delete the spill file (if any); the trajectory is empty afterwards."""
        if self._store is not None:
            self._store.close()
        self._store = None
        self.steps, self._losses = [], []

    # ------------------------------------------------------------------ access
    def _check_nonempty(self, need: int = 1) -> _Store:
        if self._store is None or len(self) < need:
            raise ValueError(
                f"the trajectory {self.name or ''} has {len(self)} snapshot(s); at least "
                f"{need} are needed (record more with traj.record(model))"
            )
        return self._store

    def snapshot(self, i: int) -> np.ndarray:
        """Snapshot ``i`` as a flat float32 vector (negative ``i`` counts from the end)."""
        store = self._check_nonempty()
        n = len(self)
        if not -n <= i < n:
            raise IndexError(f"snapshot index {i} is out of range for {n} snapshots")
        return np.array(store.row(i % n))

    def state(self, i: int = -1) -> OrderedDict[str, torch.Tensor]:
        """Snapshot ``i`` as ``{name: tensor}`` (float32), e.g. for ``surface(center=...)``.

        Parameters
        ----------
        i : int
            Snapshot index; ``-1`` (default) is the last one.

        Returns
        -------
        OrderedDict of str to torch.Tensor
        """
        return self._unflatten(self.snapshot(i))

    def _unflatten(self, vec: np.ndarray) -> OrderedDict[str, torch.Tensor]:
        out: OrderedDict[str, torch.Tensor] = OrderedDict()
        off = 0
        t = torch.from_numpy(np.ascontiguousarray(vec))
        for n, s in zip(self.names, self.shapes, strict=True):
            k = math.prod(s)
            out[n] = t[off : off + k].reshape(s).clone()
            off += k
        return out

    def matrix(self) -> np.ndarray:
        """All snapshots as an ``(n_snapshots, n_params)`` float32 array (memmap if spilled)."""
        return self._check_nonempty().matrix()

    def _rows_per_block(self) -> int:
        return max(1, _BLOCK_BYTES // (8 * max(self.n_params, 1)))

    # ------------------------------------------------------------------ projection
    def project(
        self,
        dirs: Directions,
        center: Any = None,
        return_residuals: bool = False,
    ) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
        """Coordinates of every snapshot in the span of ``dirs``, by least squares.

        Solves ``min_c |theta_i - center - sum_k c_k d_k|`` through the normal equations
        ``(D D^T) c = D (theta_i - center)``, so the result is exact for orthonormal and
        for non-orthogonal (linearly independent) directions alike.

        Parameters
        ----------
        dirs : Directions
            Directions over the trajectory's parameters (e.g. from `pca_directions`).
        center : torch.nn.Module, mapping, or int, optional
            The origin of the plane: a model or state dict, or a snapshot index of this
            trajectory. Default: the center the directions were made for (PCA
            directions remember it), else this trajectory's last snapshot.
        return_residuals : bool
            Also return the relative residuals (see `residuals`).

        Returns
        -------
        numpy.ndarray
            ``(n_snapshots, len(dirs))`` coordinates; with ``return_residuals`` also
            ``(n_snapshots,)`` relative distances from the plane.
        """
        res = self._project(dirs, center)
        if return_residuals:
            return res["coords"], res["residuals"]
        return res["coords"]

    def residuals(self, dirs: Directions, center: Any = None) -> np.ndarray:
        """Relative distance of each snapshot from the plane: ``|r_i| / |theta_i - center|``.

        ``r_i`` is the least-squares residual of `project`; 0 means the snapshot lies in
        the plane, 1 that it is orthogonal to it (0 is reported at the center itself).

        Parameters
        ----------
        dirs : Directions
        center : optional
            As in `project`.

        Returns
        -------
        numpy.ndarray
        """
        return self._project(dirs, center)["residuals"]

    def explained(self, dirs: Directions, center: Any = None) -> float:
        """Share of the path's variance (about its mean) that lies in the span of ``dirs``.

        Equals the sum of the explained-variance ratios for this run's own PCA directions.

        Parameters
        ----------
        dirs : Directions
        center : optional
            As in `project` (does not change the result).

        Returns
        -------
        float
        """
        return self._project(dirs, center)["explained"]

    def _project(self, dirs: Directions, center: Any) -> dict[str, Any]:
        store = self._check_nonempty(2)
        D = _direction_matrix(dirs, self)  # (k, P) float64
        c_vec = _resolve_center([self], center, dirs)
        G = D @ D.T
        if np.linalg.cond(G) > 1e12:
            raise ValueError(
                "dirs are linearly dependent (or zero); least-squares coordinates are not "
                f"defined (cosines: {np.round(dirs.cosine(), 6).tolist()})"
            )
        n, k = len(self), len(dirs)
        coords = np.zeros((n, k))
        res_norm = np.zeros(n)
        x_norm = np.zeros(n)
        xsum = np.zeros(self.n_params)
        step = self._rows_per_block()
        Dt, ct = torch.from_numpy(D), torch.from_numpy(c_vec)
        for i0 in range(0, n, step):
            x = torch.from_numpy(_f64(store.block(i0, min(n, i0 + step)))) - ct
            c = np.linalg.solve(G, (Dt @ x.T).numpy()).T
            coords[i0 : i0 + len(x)] = c
            r = x - torch.from_numpy(np.ascontiguousarray(c)) @ Dt
            res_norm[i0 : i0 + len(x)] = torch.linalg.vector_norm(r, dim=1).numpy()
            x_norm[i0 : i0 + len(x)] = torch.linalg.vector_norm(x, dim=1).numpy()
            xsum += x.sum(dim=0).numpy()
        rel = np.divide(res_norm, x_norm, out=np.zeros(n), where=x_norm > 0)
        xbar = xsum / n
        total = float((x_norm**2).sum() - n * (xbar @ xbar))
        cc = coords - coords.mean(axis=0)
        inplane = float(np.einsum("ij,jk,ik->", cc, G, cc))
        explained = 1.0 if total <= 0 else float(np.clip(inplane / total, 0.0, 1.0))
        return {"coords": coords, "residuals": rel, "explained": explained}

    def path(
        self,
        dirs: Directions,
        model: nn.Module | None = None,
        data: Any = None,
        name: str | None = None,
        center: Any = None,
        metric: str = "loss",
        loss_fn: Callable | None = None,
        device: str | torch.device = "auto",
        warn_below: float = LOW_EXPLAINED,
    ) -> ProjectedPath:
        """The projected path for renderers, with its honesty information.

        Parameters
        ----------
        dirs : Directions
            The plane (e.g. `pca_directions`).
        model, data : optional
            Give both to evaluate the true ``metric`` of every snapshot (``path.values``)
            with lossviz's evaluator; ``model`` supplies the architecture and buffers.
        name : str, optional
            Legend name (default: the trajectory's ``name``).
        center : optional
            As in `project`.
        metric : str
            ``"loss"`` or ``"accuracy"`` (or a name from ``loss_fn``'s mapping).
        loss_fn : callable, optional
            Loss for ``metric="loss"``; cross-entropy by default.
        device : str or torch.device
            Evaluation device.
        warn_below : float
            Warn when the plane explains less than this share of the path's variance.

        Returns
        -------
        lossviz.landscape.ProjectedPath
            ``coords`` (n, k), ``labels`` ("epoch k"), ``residuals``, ``explained`` and,
            with model and data, ``values`` (the snapshots' true metric).
        """
        if (model is None) != (data is None):
            raise ValueError("pass both model= and data= to evaluate the snapshots' loss")
        res = self._project(dirs, center)
        values = None
        if model is not None:
            values = snapshot_metrics(
                self, model, data, metrics=(metric,), loss_fn=loss_fn, device=device
            )[metric]
        label = name if name is not None else self.name
        if res["explained"] < warn_below:
            warnings.warn(
                f"lossviz: the plane explains only {100 * res['explained']:.1f}% of the "
                f"variance of path {label or ''!s}; its drawing can cross contours of a loss "
                "the run never had (see path.residuals and path.values)",
                UserWarning,
                stacklevel=2,
            )
        return ProjectedPath(
            res["coords"],
            labels=self.labels,
            name=label,
            values=values,
            residuals=res["residuals"],
            explained=res["explained"],
        )

    # ------------------------------------------------------------------ files
    def save(self, path: str | os.PathLike) -> Path:
        """Write the trajectory atomically to ``.npz`` or HDF5 (``.h5``/``.hdf5``); no pickle.

        Parameters
        ----------
        path : str or os.PathLike

        Returns
        -------
        pathlib.Path
        """
        path = Path(path)
        suffix = path.suffix.lower()
        check_choice("path suffix", suffix, (".npz", ".h5", ".hdf5"))
        store = self._check_nonempty()
        head = json.dumps(
            {
                "schema": SCHEMA,
                "version": SCHEMA_VERSION,
                "name": self.name,
                "unit": self.unit,
                "every": self.every,
                "names": self.names,
                "shapes": [list(s) for s in self.shapes],
                "classes": self.classes,
                "meta": self.meta,
            }
        )
        steps = np.asarray(self.steps, dtype=np.int64)
        with atomic_path(path) as tmp:
            if suffix == ".npz":
                with open(tmp, "wb") as fh:
                    np.savez(
                        fh,
                        __lossviz__=np.array(head),
                        snapshots=store.matrix(),
                        steps=steps,
                        losses=self.losses,
                    )
            else:
                h5py = optional_import("h5py", "all")
                with h5py.File(tmp, "w") as f:
                    f.attrs["__lossviz__"] = head
                    ds = f.create_dataset("snapshots", (len(self), self.n_params), "f4")
                    step = self._rows_per_block()
                    for i0 in range(0, len(self), step):
                        ds[i0 : i0 + step] = store.block(i0, min(len(self), i0 + step))
                    f["steps"] = steps
                    f["losses"] = self.losses
        return path

    @classmethod
    def load(
        cls,
        path: str | os.PathLike,
        max_memory_mb: float = 1024.0,
        spill_dir: str | os.PathLike | None = None,
    ) -> Trajectory:
        """Read a trajectory written by `save`.

        Parameters
        ----------
        path : str or os.PathLike
        max_memory_mb, spill_dir
            As in `Trajectory`.

        Returns
        -------
        Trajectory

        Raises
        ------
        ValueError
            If the file is not a lossviz trajectory file.
        """
        path = Path(path)
        clean_stale_temporaries(path)  # leftovers of a writer that was killed
        if not path.exists():
            raise FileNotFoundError(f"no such file: {str(path)!r}")
        with open(path, "rb") as fh:
            magic = fh.read(8)
        if magic.startswith(b"PK"):
            with np.load(path, allow_pickle=False) as z:
                if "__lossviz__" not in z.files:
                    raise ValueError(f"{str(path)!r} is an .npz file but not a lossviz file")
                head = _parse_head(z["__lossviz__"][()], path)
                _check_keys(z.files, path)
                traj = cls._from_head(head, max_memory_mb, spill_dir)
                traj._fill(z["snapshots"], z["steps"], z["losses"], path)
        elif magic == b"\x89HDF\r\n\x1a\n":
            h5py = optional_import("h5py", "all")
            with h5py.File(path, "r") as f:
                if "__lossviz__" not in f.attrs:
                    raise ValueError(f"{str(path)!r} is an HDF5 file but not a lossviz file")
                head = _parse_head(f.attrs["__lossviz__"], path)
                _check_keys(list(f.keys()), path)
                traj = cls._from_head(head, max_memory_mb, spill_dir)
                traj._fill(f["snapshots"], f["steps"][()], f["losses"][()], path)
        else:
            raise ValueError(f"{str(path)!r} is neither an .npz nor an HDF5 file")
        return traj

    @classmethod
    def _from_head(cls, head: dict, max_memory_mb: float, spill_dir: Any) -> Trajectory:
        traj = cls(
            every=int(head.get("every", 1)),
            unit=head.get("unit"),
            name=head.get("name"),
            max_memory_mb=max_memory_mb,
            spill_dir=spill_dir,
        )
        traj.names = list(head["names"])
        traj.shapes = [tuple(int(x) for x in s) for s in head["shapes"]]
        traj.classes = dict(head.get("classes") or {})
        traj.meta = dict(head.get("meta") or {})
        return traj

    def _fill(self, snaps: Any, steps: np.ndarray, losses: np.ndarray, path: Path) -> None:
        steps, losses = np.asarray(steps), np.asarray(losses)
        if snaps.ndim != 2 or snaps.shape[1] != self.n_params or len(steps) != snaps.shape[0]:
            raise ValueError(
                f"{str(path)!r}: snapshots have shape {tuple(snaps.shape)}, expected "
                f"({len(steps)}, {self.n_params}) from the header"
            )
        if steps.ndim != 1 or steps.dtype.kind not in "iu" or (np.diff(steps) <= 0).any():
            raise ValueError(
                f"{str(path)!r}: 'steps' must be increasing integers, one per snapshot "
                f"(got {steps.dtype} of shape {steps.shape})"
            )
        if losses.shape != steps.shape or losses.dtype.kind != "f":
            raise ValueError(
                f"{str(path)!r}: 'losses' must hold one float per snapshot ({len(steps)}), "
                f"got {losses.dtype} of shape {losses.shape}"
            )
        self._store = _Store(self.n_params, int(self.max_memory_mb * 2**20), self.spill_dir)
        step = self._rows_per_block()
        for i0 in range(0, snaps.shape[0], step):
            for r in np.asarray(snaps[i0 : i0 + step], dtype=np.float32):
                self._store.append(r)
        self.steps = [int(s) for s in steps]
        self._losses = [float(x) for x in losses]
        self._calls = (self.steps[-1] + 1) if self.steps else 0


def _f64(block: np.ndarray) -> np.ndarray:
    """A float64, C-contiguous copy of a float32 block (torch matmuls run on it)."""
    return np.ascontiguousarray(block, dtype=np.float64)


def _check_every(every: Any) -> int:
    if isinstance(every, bool) or not isinstance(every, (int, np.integer)) or every < 1:
        raise ValueError(f"every must be a positive integer, got {every!r}")
    return int(every)


def _parse_head(raw: Any, path: Path) -> dict[str, Any]:
    if isinstance(raw, bytes):
        raw = raw.decode()
    try:
        head = json.loads(str(raw))
    except json.JSONDecodeError:
        raise ValueError(f"{str(path)!r}: corrupt lossviz header") from None
    schema = head.get("schema")
    if schema != SCHEMA:
        hint = {
            "lossviz.landscape": " (it is a landscape: use lv.Landscape.load)",
            "lossviz.directions": " (it holds directions: use lv.Directions.load)",
        }.get(schema, "")
        raise ValueError(f"{str(path)!r} is not a lossviz trajectory file{hint}")
    if head.get("version", 0) > SCHEMA_VERSION:
        raise ValueError(f"{str(path)!r}: written by a newer lossviz (version {head['version']})")
    return head


def _check_keys(keys: Sequence[str], path: Path) -> None:
    missing = [k for k in ("snapshots", "steps", "losses") if k not in keys]
    if missing:
        raise ValueError(f"{str(path)!r}: trajectory file is missing {missing}")


# ---------------------------------------------------------------------- helpers
def _as_trajectories(traj: Any) -> list[Trajectory]:
    trajs = [traj] if isinstance(traj, Trajectory) else list(traj) if _is_seq(traj) else None
    if not trajs or not all(isinstance(t, Trajectory) for t in trajs):
        raise TypeError(
            f"traj must be a lossviz.Trajectory or a sequence of them, got {type(traj).__name__}"
        )
    ref = trajs[0]
    for k, t in enumerate(trajs):
        t._check_nonempty(1)
        if t.names != ref.names or t.shapes != ref.shapes:
            raise ValueError(
                f"trajectory {k} ({t.name!r}) has other parameters than trajectory 0 "
                f"({ref.name!r}); shared directions need one architecture"
            )
    return trajs


def _is_seq(x: Any) -> bool:
    return isinstance(x, (list, tuple))


def _direction_matrix(dirs: Directions, traj: Trajectory) -> np.ndarray:
    if not isinstance(dirs, Directions):
        raise TypeError(f"dirs must be lossviz.Directions, got {type(dirs).__name__}")
    names = dirs.names
    if names != traj.names:
        extra = [n for n in names if n not in traj.names][:3]
        missing = [n for n in traj.names if n not in names][:3]
        raise ValueError(
            "dirs do not match the trajectory's parameters "
            f"(not in the trajectory: {extra}; without a direction: {missing})"
        )
    for n, s in zip(traj.names, traj.shapes, strict=True):
        if tuple(dirs[0][n].shape) != s:
            raise ValueError(
                f"dirs[{n!r}] has shape {tuple(dirs[0][n].shape)}, the trajectory's "
                f"parameter has {s}"
            )
    return dirs.vectors(torch.float64).numpy()


def _flat_state(source: Any, traj: Trajectory, label: str) -> np.ndarray:
    if isinstance(source, nn.Module):
        tensors = OrderedDict(source.named_parameters())
    elif isinstance(source, Mapping):
        tensors = source
    else:
        raise TypeError(
            f"{label} must be a model, a state dict, a snapshot index or 'mean', "
            f"got {type(source).__name__}"
        )
    parts = []
    for n, s in zip(traj.names, traj.shapes, strict=True):
        if n not in tensors:
            raise ValueError(f"{label} has no tensor {n!r} (it does not match the trajectory)")
        t = tensors[n]
        if tuple(t.shape) != s:
            raise ValueError(f"{label}[{n!r}] has shape {tuple(t.shape)}, expected {s}")
        parts.append(t.detach().reshape(-1).to("cpu", torch.float64))
    return torch.cat(parts).numpy()


def _fingerprint(vec: np.ndarray) -> list[float]:
    return [float(np.linalg.norm(vec)), float(vec.sum())]


def _resolve_center(trajs: list[Trajectory], center: Any, dirs: Directions | None) -> np.ndarray:
    """The center as a float64 vector; checks it against the directions' center."""
    ref = trajs[0]
    if center is None and dirs is not None and getattr(dirs, "center", None) is not None:
        center = dirs.center
    explicit = center is not None
    if center is None or (isinstance(center, str) and center == "final"):
        vec = ref.snapshot(-1).astype(np.float64)
    elif isinstance(center, str) and center == "mean":
        vec = np.zeros(ref.n_params)
        total = 0
        for t in trajs:
            step = t._rows_per_block()
            for i0 in range(0, len(t), step):
                vec += t._store.block(i0, min(len(t), i0 + step)).astype(np.float64).sum(0)
            total += len(t)
        vec /= total
    elif isinstance(center, (int, np.integer)) and not isinstance(center, bool):
        vec = ref.snapshot(int(center)).astype(np.float64)
    else:
        vec = _flat_state(center, ref, "center")
    fp = None if dirs is None else dirs.meta.get("center_fingerprint")
    if fp is not None and not explicit:
        got = _fingerprint(vec)
        if not np.allclose(got, fp, rtol=1e-5, atol=1e-6 * max(1.0, abs(fp[0]))):
            raise ValueError(
                f"these directions were made around {dirs.meta.get('center')!r}, not around "
                "this trajectory's last snapshot: pass center= (e.g. dirs.center, or "
                "traj_first.state(-1)) so all paths share one origin"
            )
    return vec


# ---------------------------------------------------------------------- PCA
def pca_directions(
    traj: Trajectory | Sequence[Trajectory],
    n: int = 2,
    *,
    mode: str = "pca",
    center: Any = None,
    centered: bool = True,
    solver: str = "auto",
    seed: int = 0,
    norm: str = "filter",
) -> Directions:
    """Principal directions of one or several recorded trajectories.

    The matrix ``M = [theta_i - center]`` over the snapshots of all runs is decomposed
    with scikit-learn's PCA (``centered=True``, like Li et al.'s code: the principal
    axes of the cloud of snapshots; randomized SVD when the matrix is large) or, past
    `SKLEARN_MAX_ENTRIES` entries, by an exact streamed eigen-decomposition of the
    ``n_rows x n_rows`` Gram matrix that never holds ``M`` in memory. Filter
    normalization does not apply: PCA directions have unit norm, so plot coordinates
    are Euclidean distances in parameter space.

    Parameters
    ----------
    traj : Trajectory or sequence of Trajectory
        One run, or several runs of one architecture for shared directions (joint PCA
        over all their snapshots) so SGD and Adam can be drawn on one surface.
    n : int
        Number of directions (at most the number of snapshots minus one).
    mode : {"pca", "pca+random"}
        ``"pca+random"``: the first principal direction plus one seeded random Gaussian
        direction, filter-normalized against the center's weights (``norm``) and made
        orthogonal to it (``n`` must be 2).
    center : None, "final", "mean", int, torch.nn.Module or mapping
        The origin of the plane and of the surface: by default (``"final"``) the last
        snapshot of the first run; ``"mean"`` of all snapshots; a snapshot index of the
        first run; or a model / state dict. With ``centered=True`` the directions do not
        depend on it (only the coordinates' origin does). Kept in ``dirs.center`` (a
        state dict for ``lv.surface(..., center=dirs.center)``) and ``dirs.meta``.
    centered : bool
        Subtract the mean snapshot before the decomposition (PCA, default) or not
        (plain SVD of ``M``: the plane through the center that best fits the path).
    solver : {"auto", "full", "randomized", "gram"}
        ``"full"``/``"randomized"``: scikit-learn's SVD solvers on ``M`` held in memory
        (float64); ``"gram"``: the streamed exact solver; ``"auto"``: scikit-learn's
        choice (randomized when large) up to `SKLEARN_MAX_ENTRIES`, else ``"gram"``.
    seed : int
        Seed of the randomized solver and of the random direction.
    norm : str
        Normalization of the random direction in ``"pca+random"`` mode.

    Returns
    -------
    Directions
        ``meta["kind"] == "pca"`` (or ``"pca+random"``), ``explained_variance_ratio``
        per direction, axis labels like ``"PC1 (95.3%)"``, and ``dirs.center``.

    Examples
    --------
    >>> dirs = lv.pca_directions(traj, n=2)                       # doctest: +SKIP
    >>> land = lv.surface(model, data, dirs, center=dirs.center)  # doctest: +SKIP
    >>> path = traj.path(dirs, model, data)                       # doctest: +SKIP
    """
    trajs = _as_trajectories(traj)
    check_choice("mode", mode, MODES)
    check_choice("solver", solver, SOLVERS)
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    n = int(n)
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise TypeError(f"seed must be an integer, got {type(seed).__name__}")
    if mode == "pca+random" and n != 2:
        raise ValueError(f"mode='pca+random' gives exactly 2 directions; got n={n}")
    n_pca = 1 if mode == "pca+random" else n
    rows = sum(len(t) for t in trajs)
    if rows < 2:
        raise ValueError(
            f"PCA needs at least 2 snapshots, the trajectory has {rows}; record more "
            "snapshots (traj.record(model) during training)"
        )
    if n_pca > rows - 1:
        raise ValueError(
            f"n={n_pca} principal directions need at least {n_pca + 1} snapshots; the "
            f"trajectory has {rows} (n can be at most {rows - 1})"
        )
    c_vec = _resolve_center(trajs, center, None)
    P = trajs[0].n_params
    if n_pca > P:
        raise ValueError(f"n={n_pca} is larger than the number of parameters ({P})")
    if _no_spread(trajs, c_vec, centered):
        what = "all identical" if centered else "all equal to the center"
        raise ValueError(
            f"the {rows} snapshots are {what}: the weights never moved, so there is no "
            "principal direction (was the recorded model the one the optimizer trains, "
            "and did training change it?)"
        )
    use = solver
    if use == "auto":
        use = "sklearn-auto" if rows * P <= SKLEARN_MAX_ENTRIES else "gram"
    if use == "gram":
        comps, evr = _pca_gram(trajs, c_vec, n_pca, centered)
    else:
        comps, evr = _pca_sklearn(trajs, c_vec, n_pca, centered, use, seed)
    comps = _tidy_components(comps, evr, seed)
    ref = trajs[0]
    labels = [f"PC{i + 1} ({100 * r:.1f}%)" for i, r in enumerate(evr)]
    if mode == "pca+random":
        rnd = _random_orthogonal(ref, c_vec, comps[0], seed, norm)
        share = _share_along(trajs, c_vec, rnd, centered)
        comps = np.stack([comps[0], rnd])
        evr = np.array([evr[0], share])
        labels = [labels[0], f"random ({norm}-normalized, seed {seed}; {100 * share:.1f}%)"]
    if center is None or isinstance(center, str):
        cdesc = (
            f"{center or 'final'} snapshot of {ref.name or 'run 0'}"
            if center != "mean"
            else "mean of all snapshots"
        )
    elif isinstance(center, (int, np.integer)):
        cdesc = f"snapshot {int(center)} of {ref.name or 'run 0'}"
    else:
        cdesc = "given center"
    meta = {
        "kind": mode,
        "norm": "none" if mode == "pca" else norm,
        "seed": int(seed),
        "solver": use,
        "centered": bool(centered),
        "runs": [t.name or f"run {k}" for k, t in enumerate(trajs)],
        "n_snapshots": int(rows),
        "center": cdesc,
        "center_fingerprint": _fingerprint(c_vec),
        "axis_labels": labels,
    }
    tensors = [ref._unflatten(c.astype(np.float32)) for c in comps]
    dirs = Directions(tensors, meta, evr)
    dirs.center = ref._unflatten(c_vec.astype(np.float32))  # type: ignore[attr-defined]
    return dirs


def _no_spread(trajs: list[Trajectory], c_vec: np.ndarray, centered: bool) -> bool:
    """True when every snapshot equals the first one (centered) or the center (not)."""
    ref = trajs[0].snapshot(0) if centered else c_vec
    for t in trajs:
        step = t._rows_per_block()
        for i0 in range(0, len(t), step):
            if (t._store.block(i0, min(len(t), i0 + step)) != ref).any():
                return False
    return True


def _col_blocks(P: int, rows: int) -> Iterator[tuple[int, int]]:
    cb = max(1024, _BLOCK_BYTES // (8 * max(rows, 1)))
    for j0 in range(0, P, cb):
        yield j0, min(P, j0 + cb)


def _stack_cols(trajs: list[Trajectory], j0: int, j1: int) -> np.ndarray:
    return np.concatenate(
        [t._store.block(0, len(t), j0, j1).astype(np.float64) for t in trajs], axis=0
    )


def _pca_gram(
    trajs: list[Trajectory], c_vec: np.ndarray, n: int, centered: bool
) -> tuple[np.ndarray, np.ndarray]:
    """Exact PCA from the Gram matrix ``X X^T``, streaming column blocks of ``X``."""
    rows = sum(len(t) for t in trajs)
    P = c_vec.size
    G = np.zeros((rows, rows))
    for j0, j1 in _col_blocks(P, rows):
        xb = torch.from_numpy(_stack_cols(trajs, j0, j1) - c_vec[j0:j1])
        G += (xb @ xb.T).numpy()
    if centered:
        H = np.eye(rows) - 1.0 / rows
        G = H @ G @ H
    G = (G + G.T) / 2
    lam, U = np.linalg.eigh(G)
    order = np.argsort(lam)[::-1]
    lam, U = np.clip(lam[order], 0.0, None), U[:, order]
    total = float(lam.sum())
    evr = lam[:n] / total if total > 0 else np.zeros(n)
    comps = np.zeros((n, P))
    with np.errstate(divide="ignore"):
        scale = np.where(lam[:n] > 1e-12 * max(lam[0], 1e-300), 1.0 / np.sqrt(lam[:n]), 0.0)
    Uc = U[:, :n]
    if centered:
        Uc = Uc - Uc.mean(axis=0)  # == H U; exact for components of non-zero variance
    W = torch.from_numpy(np.ascontiguousarray((Uc * scale).T))  # (n, rows)
    for j0, j1 in _col_blocks(P, rows):
        xb = torch.from_numpy(_stack_cols(trajs, j0, j1) - c_vec[j0:j1])
        comps[:, j0:j1] = (W @ xb).numpy()
    return comps, evr


def _pca_sklearn(
    trajs: list[Trajectory],
    c_vec: np.ndarray,
    n: int,
    centered: bool,
    solver: str,
    seed: int,
) -> tuple[np.ndarray, np.ndarray]:
    decomposition = optional_import("sklearn.decomposition", "all")
    X = np.concatenate([t._store.matrix().astype(np.float64) for t in trajs]) - c_vec
    svd_solver = "auto" if solver == "sklearn-auto" else solver
    if centered:
        pca = decomposition.PCA(n_components=n, svd_solver=svd_solver, random_state=seed)
        pca.fit(X)
        return pca.components_.copy(), pca.explained_variance_ratio_.copy()
    total = float((X * X).sum())
    if svd_solver == "randomized":
        svd = decomposition.TruncatedSVD(n_components=n, algorithm="randomized", random_state=seed)
        svd.fit(X)
        comps = svd.components_.copy()
    else:
        _, _, vt = np.linalg.svd(X, full_matrices=False)
        comps = vt[:n]
    var = ((X @ comps.T) ** 2).sum(axis=0)
    return comps, (var / total if total > 0 else np.zeros(n))


def _tidy_components(comps: np.ndarray, evr: np.ndarray, seed: int) -> np.ndarray:
    """Orthonormalize, complete degenerate components, fix signs (largest entry > 0)."""
    comps = np.array(comps, dtype=np.float64)
    rng = np.random.default_rng(seed)
    for k in range(len(comps)):
        v = comps[k]
        for j in range(k):
            v = v - (v @ comps[j]) * comps[j]
        nv = np.linalg.norm(v)
        if evr[k] < 1e-9 or nv < 1e-6:
            warnings.warn(
                f"lossviz: the snapshots span fewer than {k + 1} dimensions; principal "
                f"direction {k + 1} explains no variance and was chosen at random "
                "(orthogonal to the others)",
                UserWarning,
                stacklevel=3,
            )
            v = rng.standard_normal(v.size)
            for j in range(k):
                v = v - (v @ comps[j]) * comps[j]
            nv = np.linalg.norm(v)
        v = v / nv
        if v[np.argmax(np.abs(v))] < 0:
            v = -v
        comps[k] = v
    return comps


def _random_orthogonal(
    ref: Trajectory, c_vec: np.ndarray, u: np.ndarray, seed: int, norm: str
) -> np.ndarray:
    """A seeded Gaussian direction, normalized like `random_directions`, orthogonal to u."""
    theta = ref._unflatten(c_vec.astype(np.float32))
    gen = torch.Generator().manual_seed(int(seed))
    raw = OrderedDict(
        (nm, torch.randn(t.shape, generator=gen, dtype=torch.float32)) for nm, t in theta.items()
    )
    classes = ref.classes or {nm: ("filter" if t.dim() > 1 else "bias") for nm, t in theta.items()}
    d = normalize_direction(raw, theta, classes, norm=norm, ignore="biasbn")
    v = torch.cat([t.reshape(-1).to(torch.float64) for t in d.values()]).numpy()
    v = v - (v @ u) * u
    if np.linalg.norm(v) == 0:
        raise ValueError("the random direction is zero (a model with only biases?)")
    return v


def _share_along(trajs: list[Trajectory], c_vec: np.ndarray, v: np.ndarray, centered: bool):
    """Share of the snapshots' (centered) variance along the unit vector of v."""
    u = v / np.linalg.norm(v)
    proj, sq, xsum, rows = [], 0.0, np.zeros(c_vec.size), 0
    for t in trajs:
        step = t._rows_per_block()
        for i0 in range(0, len(t), step):
            x = torch.from_numpy(_f64(t._store.block(i0, min(len(t), i0 + step))) - c_vec)
            proj.append((x @ torch.from_numpy(u)).numpy())
            sq += float((x * x).sum())
            xsum += x.sum(0).numpy()
            rows += len(x)
    p = np.concatenate(proj)
    if centered:
        p = p - p.mean()
        sq -= float(xsum @ xsum) / rows
    return float((p @ p) / sq) if sq > 0 else 0.0


# ---------------------------------------------------------------------- evaluation
def snapshot_metrics(
    traj: Trajectory,
    model: nn.Module,
    data: Any,
    metrics: Sequence[str] | Mapping[str, Callable] = ("loss",),
    loss_fn: Callable | None = None,
    device: str | torch.device = "auto",
    indices: Sequence[int] | None = None,
    batch_size: int | None = None,
) -> dict[str, np.ndarray]:
    """The true metrics of recorded snapshots, with lossviz's evaluator.

    Parameters
    ----------
    traj : Trajectory
    model : torch.nn.Module
        Supplies the architecture and buffers (BatchNorm statistics); not modified.
    data : tuple of (X, y), Dataset or DataLoader
    metrics : sequence of str or mapping
        As in `lossviz.surface`.
    loss_fn : callable, optional
        As in `lossviz.surface`.
    device : str or torch.device
        ``"auto"``, ``"cpu"``, ``"cuda"``.
    indices : sequence of int, optional
        Snapshots to evaluate (default: all).
    batch_size : int, optional
        Samples per forward pass.

    Returns
    -------
    dict of str to numpy.ndarray
        One value per evaluated snapshot and metric.
    """
    from .evaluate import _Engine, as_eval_data, resolve_device, resolve_metrics

    check_model(model)
    traj._check_nonempty()
    _flat_state(model, traj, "model")  # architecture check
    idx = list(range(len(traj))) if indices is None else [int(i) for i in indices]
    fns = resolve_metrics(metrics, loss_fn)
    dev = resolve_device(device)
    edata = as_eval_data(data, dev, batch_size=batch_size)
    # the evaluator needs directions; a zero direction on the smallest tensor is free
    small = min(zip(traj.names, traj.shapes, strict=True), key=lambda ns: math.prod(ns[1]))
    zero = Directions([{small[0]: torch.zeros(small[1])}], {"kind": "zero"})
    out = np.zeros((len(idx), len(fns)))
    with torch.no_grad():
        for k, i in enumerate(idx):
            eng = _Engine(model, edata, zero, fns, dev, center=traj.state(i))
            out[k] = eng.eval_point([0.0]).cpu().numpy()
    return {m: out[:, j] for j, m in enumerate(fns)}


def grid_2d(
    X: Any, resolution: int = 80, margin: float = 0.15
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A regular grid covering 2-D inputs, for decision-boundary pictures.

    Parameters
    ----------
    X : array_like or torch.Tensor
        ``(N, 2)`` inputs.
    resolution : int
        Points per axis.
    margin : float
        Extra room on each side, as a share of the data's range.

    Returns
    -------
    xs, ys : numpy.ndarray
        Axis values.
    points : numpy.ndarray
        ``(resolution**2, 2)`` float32 grid points, ``x`` varying fastest
        (``points.reshape(len(ys), len(xs), 2)``).
    """
    X = X.detach().cpu().numpy() if isinstance(X, torch.Tensor) else np.asarray(X)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"X must have shape (N, 2) (2-D inputs), got {X.shape}")
    if isinstance(resolution, bool) or not isinstance(resolution, int) or resolution < 2:
        raise ValueError(f"resolution must be an integer >= 2, got {resolution!r}")
    lo, hi = X.min(axis=0), X.max(axis=0)
    pad = margin * np.maximum(hi - lo, 1e-9)
    xs = np.linspace(lo[0] - pad[0], hi[0] + pad[0], resolution)
    ys = np.linspace(lo[1] - pad[1], hi[1] + pad[1], resolution)
    gx, gy = np.meshgrid(xs, ys)
    return xs, ys, np.stack([gx.ravel(), gy.ravel()], axis=1).astype(np.float32)


def decision_boundaries(
    traj: Trajectory,
    model: nn.Module,
    X_grid: Any,
    indices: Sequence[int] | None = None,
    device: str | torch.device = "auto",
) -> tuple[np.ndarray, np.ndarray]:
    """The model's predicted class on a grid of inputs at every (selected) snapshot.

    Parameters
    ----------
    traj : Trajectory
    model : torch.nn.Module
        Architecture and buffers; not modified.
    X_grid : array_like or torch.Tensor
        ``(G, d)`` inputs, e.g. ``grid_2d(X)[2]``.
    indices : sequence of int, optional
        Snapshots to use (default: all).
    device : str or torch.device

    Returns
    -------
    classes : numpy.ndarray
        ``(n_frames, G)`` int predicted class (``output > 0`` for a single logit).
    confidence : numpy.ndarray
        ``(n_frames, G)`` float probability of the predicted class.
    """
    from torch.func import functional_call

    from .evaluate import resolve_device

    check_model(model)
    traj._check_nonempty()
    _flat_state(model, traj, "model")
    dev = resolve_device(device)
    Xg = X_grid if isinstance(X_grid, torch.Tensor) else torch.as_tensor(np.asarray(X_grid))
    Xg = Xg.to(dev, torch.float32)
    idx = list(range(len(traj))) if indices is None else [int(i) for i in indices]
    buffers = {n: b.detach().to(dev) for n, b in model.named_buffers()}
    classes, conf = [], []
    with preserved(model), torch.no_grad():
        model.eval()
        for i in idx:
            params = {n: t.to(dev) for n, t in traj.state(i).items()}
            out = functional_call(model, {**params, **buffers}, (Xg,))
            if out.dim() == 1 or out.shape[-1] == 1:
                p1 = torch.sigmoid(out.reshape(-1).float())
                classes.append((p1 > 0.5).long().cpu().numpy())
                conf.append(torch.maximum(p1, 1 - p1).cpu().numpy())
            else:
                c, k = torch.softmax(out.float(), dim=-1).max(dim=-1)
                classes.append(k.cpu().numpy())
                conf.append(c.cpu().numpy())
    return np.stack(classes), np.stack(conf).astype(np.float64)
