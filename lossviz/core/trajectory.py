"""Training trajectories: record parameter snapshots, keep them, project them, save them.

Random directions miss the optimizer's path: it lives in a tiny subspace of parameter
space. Record ``theta_0 .. theta_n`` while training (`Trajectory`), take the principal
components of the snapshots (`pca_directions`, in `lossviz.core.pca`), project each
snapshot onto the plane by least squares (`Trajectory.project`) and draw the path over the
surface computed around the center point in that plane (Li et al. 2018, section 7).

This module owns the recorder (`Trajectory`: from any loop, a callback or an optimizer
hook), the spill store (snapshots as float32, flattened in ``named_parameters()`` order;
past a memory budget they move to a raw file in a temporary directory read back through
``numpy.memmap``, and every computation streams them in blocks, so results do not depend
on where they are kept), the projections and their honesty figures (residuals, explained
share), the true metrics of snapshots (`snapshot_metrics`) and the trajectory files.
`pca_directions` and the decision-boundary helpers (`lossviz.core.boundaries`) are
re-exported here.
"""

from __future__ import annotations

import json
import math
import os
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from .._util import check_choice, check_int, optional_import
from ..atomic import atomic_path, file_to_read
from ..formats import file_suffix, parse_header
from ..landscape import ProjectedPath
from .boundaries import decision_boundaries, grid_2d
from .directions import Directions
from .engine import Engine
from .inputs import as_eval_data, resolve_device, resolve_metrics
from .params import check_model, classify
from .pca import flat_state, name_differences, pca_directions, project_run
from .spill import BLOCK_BYTES, SpillStore

__all__ = [
    "LOW_EXPLAINED",
    "SCHEMA",
    "SCHEMA_VERSION",
    "UNITS",
    "Trajectory",
    "decision_boundaries",
    "grid_2d",
    "pca_directions",
    "snapshot_metrics",
]

SCHEMA = "lossviz.trajectory"
SCHEMA_VERSION = 1
UNITS = ("step", "epoch", "cycle")
#: ``Trajectory.path`` warns when the plane explains less than this share of the path
LOW_EXPLAINED = 0.5


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
        self._store: SpillStore | None = None
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
        step = check_int("step", step, minimum=0)
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
            self._store = SpillStore(self.n_params, int(self.max_memory_mb * 2**20), self.spill_dir)
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
            extra, missing = name_differences(names, self.names)
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
    def _check_nonempty(self, need: int = 1) -> SpillStore:
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
        return self.unflatten(self.snapshot(i))

    def unflatten(self, vec: np.ndarray) -> OrderedDict[str, torch.Tensor]:
        """A flat vector in snapshot order as ``{name: tensor}`` (copies).

        Parameters
        ----------
        vec : numpy.ndarray
            ``(n_params,)``, e.g. a snapshot or a principal direction.

        Returns
        -------
        OrderedDict of str to torch.Tensor
        """
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

    def row_blocks(self) -> Iterator[np.ndarray]:
        """All snapshots, in consecutive blocks of rows (float32; about 32 MB as float64).

        Yields
        ------
        numpy.ndarray
            ``(rows, n_params)``; a read-only memmap view when spilled to disk.
        """
        store = self._check_nonempty()
        step = self._rows_per_block()
        for i0 in range(0, len(self), step):
            yield store.block(i0, min(len(self), i0 + step))

    def columns(self, j0: int, j1: int) -> np.ndarray:
        """Parameters ``j0:j1`` of every snapshot, ``(n_snapshots, j1 - j0)`` float32.

        Parameters
        ----------
        j0, j1 : int
            Column range in snapshot order.

        Returns
        -------
        numpy.ndarray
        """
        return self._check_nonempty().block(0, len(self), j0, j1)

    def check_model(self, model: nn.Module, label: str = "model") -> None:
        """Raise ``ValueError`` unless ``model`` has this trajectory's parameters and shapes.

        Parameters
        ----------
        model : torch.nn.Module
        label : str
            Name used in the message.
        """
        self._check_nonempty()
        flat_state(model, self, label)

    def _rows_per_block(self) -> int:
        return max(1, BLOCK_BYTES // (8 * max(self.n_params, 1)))

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
        self._check_nonempty(2)
        return project_run(self, dirs, center)

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
            Destination ending in ``.npz``, ``.h5`` or ``.hdf5``.

        Returns
        -------
        pathlib.Path
            The file written.

        Raises
        ------
        ValueError
            Another suffix, or a trajectory without snapshots.
        """
        suffix = file_suffix(path)
        path = Path(path)
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
        path = file_to_read(path, "trajectory file")
        with open(path, "rb") as fh:
            magic = fh.read(8)
        if magic.startswith(b"PK"):
            with np.load(path, allow_pickle=False) as z:
                if "__lossviz__" not in z.files:
                    raise ValueError(f"{str(path)!r} is an .npz file but not a lossviz file")
                head = parse_header(
                    z["__lossviz__"][()], path, SCHEMA, SCHEMA_VERSION, "trajectory"
                )
                _check_keys(z.files, path)
                traj = cls._from_head(head, max_memory_mb, spill_dir)
                traj._fill(z["snapshots"], z["steps"], z["losses"], path)
        elif magic == b"\x89HDF\r\n\x1a\n":
            h5py = optional_import("h5py", "all")
            with h5py.File(path, "r") as f:
                if "__lossviz__" not in f.attrs:
                    raise ValueError(f"{str(path)!r} is an HDF5 file but not a lossviz file")
                head = parse_header(
                    f.attrs["__lossviz__"], path, SCHEMA, SCHEMA_VERSION, "trajectory"
                )
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
        self._store = SpillStore(self.n_params, int(self.max_memory_mb * 2**20), self.spill_dir)
        step = self._rows_per_block()
        for i0 in range(0, snaps.shape[0], step):
            for r in np.asarray(snaps[i0 : i0 + step], dtype=np.float32):
                self._store.append(r)
        self.steps = [int(s) for s in steps]
        self._losses = [float(x) for x in losses]
        self._calls = (self.steps[-1] + 1) if self.steps else 0


def _check_every(every: Any) -> int:
    if isinstance(every, bool) or not isinstance(every, (int, np.integer)) or every < 1:
        raise ValueError(f"every must be a positive integer, got {every!r}")
    return int(every)


def _check_keys(keys: Sequence[str], path: Path) -> None:
    missing = [k for k in ("snapshots", "steps", "losses") if k not in keys]
    if missing:
        raise ValueError(f"{str(path)!r}: trajectory file is missing {missing}")


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
    check_model(model)
    traj._check_nonempty()
    traj.check_model(model)
    idx = list(range(len(traj))) if indices is None else [int(i) for i in indices]
    fns = resolve_metrics(metrics, loss_fn)
    dev = resolve_device(device)
    edata = as_eval_data(data, dev, batch_size=batch_size)
    out = np.zeros((len(idx), len(fns)))
    with torch.no_grad():
        # one engine without directions: "the metrics of the model at this state", on a
        # private copy, at surface's per-point speed
        eng = Engine(model, edata, None, fns, dev)
        eng.probe()
        for k, i in enumerate(idx):
            out[k] = eng.eval_state(traj.state(i)).cpu().numpy()
    return {m: out[:, j] for j, m in enumerate(fns)}
