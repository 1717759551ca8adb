"""The result of an evaluation: a 1D or 2D grid of metric values plus metadata.

`Landscape` is plain numpy: renderers and widgets consume it without importing torch.
Files are written atomically (temporary file, then rename) and never use pickle.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ._util import check_choice, optional_import
from .atomic import atomic_path, file_to_read
from .formats import parse_header

SCHEMA = "lossviz.landscape"
SCHEMA_VERSION = 1

#: metric names of the original loss-landscape code -> lossviz names
_ORIGINAL_TO_LV = {"train_loss": "loss", "train_acc": "accuracy"}
_LV_TO_ORIGINAL = {v: k for k, v in _ORIGINAL_TO_LV.items()}


def _renamed(name: str, table: Mapping[str, str], suffix: str, new_suffix: str) -> str:
    """``table[name]``, else ``name`` with ``suffix`` replaced by ``new_suffix``."""
    if name in table:
        return table[name]
    if name.endswith(suffix):
        return name[: -len(suffix)] + new_suffix
    return name


def _original_name(metric: str) -> str:
    return _renamed(metric, _LV_TO_ORIGINAL, "_accuracy", "_acc")


def _lv_name(key: str) -> str:
    return _renamed(key, _ORIGINAL_TO_LV, "_acc", "_accuracy")


def _is_accuracy(metric: str) -> bool:
    return metric == "accuracy" or metric.endswith("_accuracy")


class Landscape:
    """Metric values on a 1D or 2D grid of direction coefficients.

    Parameters
    ----------
    coords : sequence of array_like
        One (1D landscape) or two (2D landscape) strictly increasing 1-D coordinate
        arrays, ``(a_values,)`` or ``(a_values, b_values)``.
    metrics : mapping of str to array_like
        Metric arrays. In 2D, ``metrics[name][i, j]`` is the value at
        ``(a_values[i], b_values[j])``; in 1D the shape is ``(len(a_values),)``.
        Points that were not computed are NaN.
    meta : mapping, optional
        JSON-serializable metadata: directions' description (``norm``, ``seed``, ...),
        ``axis_labels``, provenance. Provenance fields are added if missing.
    directions : sequence of mapping, optional
        The directions as numpy arrays, ``[{name: array}, ...]``, stored with the file
        so that `lossviz.Directions.load` can rebuild them.

    Examples
    --------
    >>> import numpy as np
    >>> a = np.linspace(-1, 1, 3)
    >>> land = Landscape((a,), {"loss": a**2})
    >>> land.ndim, land.shape
    (1, (3,))
    """

    def __init__(
        self,
        coords: Sequence[Any],
        metrics: Mapping[str, Any],
        meta: Mapping[str, Any] | None = None,
        directions: Sequence[Mapping[str, Any]] | None = None,
    ) -> None:
        if isinstance(coords, np.ndarray) and coords.ndim == 1:
            coords = (coords,)
        if not isinstance(coords, (tuple, list)) or len(coords) not in (1, 2):
            raise ValueError("coords must be a tuple of one or two 1-D arrays")
        self._coords = tuple(np.asarray(c, dtype=np.float64).copy() for c in coords)
        for k, c in enumerate(self._coords):
            if c.ndim != 1 or c.size < 1:
                raise ValueError(f"coords[{k}] must be a non-empty 1-D array, got shape {c.shape}")
            if c.size > 1 and not np.all(np.diff(c) > 0):
                raise ValueError(f"coords[{k}] must be strictly increasing")
        if not isinstance(metrics, Mapping) or not metrics:
            raise ValueError("metrics must be a non-empty mapping of name -> array")
        self._metrics: dict[str, np.ndarray] = {}
        for name, arr in metrics.items():
            self._set_metric(name, arr)
        self.meta: dict[str, Any] = dict(meta or {})
        self.meta.setdefault("created", _dt.datetime.now(_dt.timezone.utc).isoformat())
        self.meta.setdefault("lossviz_version", _version())
        try:
            json.dumps(self.meta)
        except TypeError as exc:
            raise TypeError(f"meta must be JSON-serializable: {exc}") from None
        self.directions = (
            [{k: np.asarray(v) for k, v in d.items()} for d in directions] if directions else None
        )

    # ------------------------------------------------------------------ access
    def _set_metric(self, name: str, arr: Any) -> None:
        if not isinstance(name, str) or not name or "/" in name:
            raise ValueError(f"metric name must be a non-empty string without '/', got {name!r}")
        arr = np.asarray(arr, dtype=np.float64)
        if arr.shape != self.shape:
            raise ValueError(
                f"metric {name!r} has shape {arr.shape}, expected {self.shape} from coords"
            )
        self._metrics[name] = arr

    @property
    def coords(self) -> tuple[np.ndarray, ...]:
        """The coordinate arrays, ``(a_values,)`` or ``(a_values, b_values)``."""
        return self._coords

    @property
    def ndim(self) -> int:
        """1 or 2."""
        return len(self._coords)

    @property
    def shape(self) -> tuple[int, ...]:
        """Grid shape, ``(len(a),)`` or ``(len(a), len(b))``."""
        return tuple(c.size for c in self._coords)

    @property
    def metrics(self) -> list[str]:
        """Names of the metrics held, in insertion order."""
        return list(self._metrics)

    @property
    def axis_labels(self) -> list[str]:
        """Axis titles for renderers (e.g. ``"PC1 (95.3%)"``), default ``"a"``/``"b"``."""
        labels = self.meta.get("axis_labels")
        if labels and len(labels) >= self.ndim:
            return [str(x) for x in labels[: self.ndim]]
        return ["a", "b"][: self.ndim]

    def __getitem__(self, name: str) -> np.ndarray:
        try:
            return self._metrics[name]
        except KeyError:
            raise KeyError(f"no metric {name!r}; this landscape has {self.metrics}") from None

    def __setitem__(self, name: str, arr: Any) -> None:
        self._set_metric(name, arr)

    def __contains__(self, name: object) -> bool:
        return name in self._metrics

    def __repr__(self) -> str:
        ranges = ", ".join(f"[{c[0]:g}, {c[-1]:g}] x {c.size}" for c in self._coords)
        return f"Landscape({self.ndim}D, {ranges}, metrics={self.metrics})"

    def copy(self) -> Landscape:
        """Return a deep copy."""
        return Landscape(
            self._coords,
            {k: v.copy() for k, v in self._metrics.items()},
            copy.deepcopy(self.meta),
            self.directions,
        )

    @property
    def complete(self) -> bool:
        """True when no point is missing (NaN) in any metric."""
        return not any(np.isnan(v).any() for v in self._metrics.values())

    # ------------------------------------------------------------------ files
    def save(self, path: str | os.PathLike, format: str | None = None) -> Path:
        """Write the landscape atomically to ``.npz`` or HDF5 (``.h5``/``.hdf5``).

        Parameters
        ----------
        path : str or os.PathLike
            Destination. The format follows the suffix unless ``format`` is given.
        format : {"npz", "h5", "original"}, optional
            ``"original"`` writes the HDF5 layout of the original loss-landscape code
            (``xcoordinates``, ``ycoordinates``, ``train_loss``, ``train_acc`` in percent,
            missing points as -1), which its plotting scripts read.

        Returns
        -------
        pathlib.Path
            The written path.
        """
        path = Path(path)
        if format is None:
            format = _format_from_suffix(path)
        check_choice("format", format, ("npz", "h5", "original"))
        with atomic_path(path) as tmp:
            if format == "npz":
                self._write_npz(tmp)
            elif format == "h5":
                self._write_h5(tmp)
            else:
                self._write_original(tmp)
        return path

    def _payload_meta(self) -> str:
        return json.dumps(
            {
                "schema": SCHEMA,
                "version": SCHEMA_VERSION,
                "metrics": self.metrics,
                "ndim": self.ndim,
                "meta": self.meta,
            }
        )

    def _write_npz(self, tmp: str) -> None:
        arrays: dict[str, np.ndarray] = {"__lossviz__": np.array(self._payload_meta())}
        for k, c in enumerate(self._coords):
            arrays[f"coord{k}"] = c
        for name, arr in self._metrics.items():
            arrays[f"metric/{name}"] = arr
        for k, d in enumerate(self.directions or []):
            for name, arr in d.items():
                arrays[f"direction{k}/{name}"] = arr
        with open(tmp, "wb") as fh:
            np.savez_compressed(fh, **arrays)

    def _write_h5(self, tmp: str) -> None:
        h5py = optional_import("h5py", "all")
        with h5py.File(tmp, "w") as f:
            f.attrs["__lossviz__"] = self._payload_meta()
            for k, c in enumerate(self._coords):
                f[f"coord{k}"] = c
            g = f.create_group("metric")
            for name, arr in self._metrics.items():
                g[name] = arr
            for k, d in enumerate(self.directions or []):
                dg = f.create_group(f"direction{k}")
                for name, arr in d.items():
                    dg[name] = arr
            # also readable by the original code's plotting scripts
            _write_original_datasets(f, self)

    def _write_original(self, tmp: str) -> None:
        h5py = optional_import("h5py", "all")
        with h5py.File(tmp, "w") as f:
            _write_original_datasets(f, self)

    def to_vtk(
        self,
        path: str | os.PathLike | None = None,
        metric: str | None = None,
        *,
        format: str | None = None,
        log: bool = False,
        zmax: float | None = None,
        log_offset: float = 0.1,
        z_scale: float = 1.0,
    ) -> Path | bytes:
        """Write the landscape as a binary VTK XML file for ParaView (no vtk needed).

        The height of each point is the chosen metric (like the original code's VTP export:
        clipped at ``zmax``, then ``log(z + log_offset)`` when ``log=True``); every metric
        is attached as point data (raw values, NaN where not computed), plus ``"height"``.

        Parameters
        ----------
        path : str or os.PathLike, optional
            Destination ``.vts`` (StructuredGrid) or ``.vtp`` (PolyData). Without a path
            the file's bytes are returned.
        metric : str, optional
            The metric used as height (default ``"loss"``, else the first metric).
        format : {"vts", "vtp"}, optional
            Overrides the suffix (default ``"vts"`` when ``path`` is None).
        log : bool
            Height ``log(z + log_offset)`` instead of ``z``.
        zmax : float, optional
            Clip values above ``zmax`` before the log.
        log_offset : float
            Offset inside the log (0.1 in the original code).
        z_scale : float
            Multiplies the height (the ``z`` coordinate).

        Returns
        -------
        pathlib.Path or bytes
            The written path, or the file's content when ``path`` is None.

        Notes
        -----
        2D: point ``(a[i], b[j], height[i, j])``, ``a`` varying fastest. Points where the
        height is NaN are placed at the lowest height and hidden: a ``vtkGhostType`` array
        marks them in ``.vts``; ``.vtp`` leaves out the cells touching them. 1D: points
        ``(a[i], 0, height[i])`` (``.vtp``: a polyline broken at NaN).
        """
        if format is None:
            format = "vts" if path is None else Path(path).suffix.lower().lstrip(".")
        check_choice("format", format, ("vts", "vtp"))
        if metric is None:
            metric = "loss" if "loss" in self else self.metrics[0]
        elif metric not in self:
            raise ValueError(f"metric={metric!r} is not in this landscape; it has {self.metrics}")
        height = height_values(self[metric], log=log, zmax=zmax, log_offset=log_offset)
        ok = np.isfinite(height)
        if not ok.any():
            raise ValueError(f"metric {metric!r} has no finite values: nothing to export")
        filled = np.where(ok, height, np.nanmin(height)) * float(z_scale)
        if self.ndim == 2:
            a, b = self._coords
            ii, jj = np.meshgrid(np.arange(a.size), np.arange(b.size), indexing="ij")
            pts = np.stack([a[ii], b[jj], filled], axis=-1)
            # VTK order: the first index (a) varies fastest
            pts = pts.transpose(1, 0, 2).reshape(-1, 3)
            flat = lambda arr: np.asarray(arr).T.reshape(-1)  # noqa: E731
        else:
            (a,) = self._coords
            pts = np.stack([a, np.zeros_like(a), filled], axis=-1)
            flat = lambda arr: np.asarray(arr).reshape(-1)  # noqa: E731
        point_data = {name: flat(arr) for name, arr in self._metrics.items()}
        point_data.setdefault("height", flat(height))
        ok_flat = flat(ok)
        if format == "vts":
            if not ok_flat.all():
                point_data["vtkGhostType"] = np.where(ok_flat, 0, 2).astype(np.uint8)
            content = _vtk_xml_structured(self.shape, pts, point_data)
        else:
            content = _vtk_xml_polydata(self.shape, pts, point_data, ok)
        if path is None:
            return content
        path = Path(path)
        with atomic_path(path) as tmp, open(tmp, "wb") as fh:
            fh.write(content)
        return path

    @classmethod
    def load(cls, path: str | os.PathLike) -> Landscape:
        """Read a landscape written by `save` or by the original loss-landscape code.

        Parameters
        ----------
        path : str or os.PathLike
            A ``.npz`` or HDF5 file.

        Returns
        -------
        Landscape

        Raises
        ------
        ValueError
            If the file is not a landscape file (foreign schema, corrupt, missing fields).
        """
        path = file_to_read(path, "landscape file")
        with open(path, "rb") as fh:
            magic = fh.read(8)
        try:
            if magic.startswith(b"PK"):
                return cls._read_npz(path)
            if magic == b"\x89HDF\r\n\x1a\n":
                return cls._read_h5(path)
        except ValueError:
            raise
        except Exception as exc:
            raise ValueError(f"{str(path)!r} is not a readable landscape file: {exc}") from exc
        raise ValueError(f"{str(path)!r} is neither an .npz nor an HDF5 file")

    @classmethod
    def _read_npz(cls, path: Path) -> Landscape:
        with np.load(path, allow_pickle=False) as z:
            if "__lossviz__" not in z.files:
                raise ValueError(f"{str(path)!r} is an .npz file but not a lossviz landscape")
            head = parse_header(z["__lossviz__"][()], path, SCHEMA, SCHEMA_VERSION, "landscape")
            coords = tuple(z[f"coord{k}"] for k in range(head["ndim"]))
            metrics = {m: z[f"metric/{m}"] for m in head["metrics"]}
            dirs: dict[int, dict[str, np.ndarray]] = {}
            for key in z.files:
                if key.startswith("direction"):
                    group, name = key.split("/", 1)
                    dirs.setdefault(int(group[len("direction") :]), {})[name] = z[key]
        directions = [dirs[k] for k in sorted(dirs)] or None
        return cls(coords, metrics, head["meta"], directions)

    @classmethod
    def _read_h5(cls, path: Path) -> Landscape:
        h5py = optional_import("h5py", "all")
        with h5py.File(path, "r") as f:
            if "__lossviz__" in f.attrs:
                head = parse_header(
                    f.attrs["__lossviz__"], path, SCHEMA, SCHEMA_VERSION, "landscape"
                )
                coords = tuple(f[f"coord{k}"][()] for k in range(head["ndim"]))
                metrics = {m: f["metric"][m][()] for m in head["metrics"]}
                directions = []
                k = 0
                while f"direction{k}" in f:
                    directions.append({n: ds[()] for n, ds in f[f"direction{k}"].items()})
                    k += 1
                return cls(coords, metrics, head["meta"], directions or None)
            if "xcoordinates" in f:
                return _read_original(f, path)
        raise ValueError(
            f"{str(path)!r} is an HDF5 file but neither a lossviz landscape nor a surface "
            "file of the original loss-landscape code (no 'xcoordinates')"
        )


def _format_from_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".npz":
        return "npz"
    if suffix in (".h5", ".hdf5"):
        return "h5"
    raise ValueError(f"path suffix {suffix!r} is not supported; use '.npz', '.h5' or '.hdf5'")


def _write_original_datasets(f: Any, land: Landscape) -> None:
    """Write the datasets of the original code's surface files into an open h5py file.

    The original code enumerates points with ``np.meshgrid(x, y)`` and writes
    ``values.ravel()[ind]`` into an array of shape ``(len(x), len(y))``: the flat buffer
    is in ``(y, x)`` order. We write the same bytes, so its scripts draw the same picture.
    """
    f["xcoordinates"] = land.coords[0]
    if land.ndim == 2:
        f["ycoordinates"] = land.coords[1]
    for name in land.metrics:
        key = _original_name(name)
        if key in f:
            continue
        arr = land[name] * (100.0 if _is_accuracy(name) else 1.0)
        arr = np.where(np.isnan(arr), -1.0, arr)
        if land.ndim == 2:
            arr = np.ascontiguousarray(arr.T).reshape(land.shape)
        f[key] = arr


def _read_original(f: Any, path: Path) -> Landscape:
    x = np.asarray(f["xcoordinates"][()], dtype=np.float64)
    y = np.asarray(f["ycoordinates"][()], dtype=np.float64) if "ycoordinates" in f else None
    coords = (x,) if y is None else (x, y)
    metrics = {}
    order = {"train_loss": 0, "train_acc": 1}
    for key in sorted(f, key=lambda k: (order.get(k, 2), k)):
        if key in ("xcoordinates", "ycoordinates"):
            continue
        ds = f[key]
        if not hasattr(ds, "shape") or ds.size != x.size * (1 if y is None else y.size):
            continue
        arr = np.asarray(ds[()], dtype=np.float64)
        if y is not None:
            arr = arr.ravel().reshape(y.size, x.size).T
        else:
            arr = arr.ravel()
        arr = np.where(arr == -1, np.nan, arr)
        name = _lv_name(key)
        if _is_accuracy(name):
            arr = arr / 100.0
        metrics[name] = arr
    if not metrics:
        raise ValueError(f"{str(path)!r}: original-layout surface file holds no metric arrays")
    meta = {
        "source": "loss-landscape",
        "file": path.name,
        "dir_file": _attr_str(f.attrs.get("dir_file")),
    }
    return Landscape(coords, metrics, meta)


def _attr_str(v: Any) -> str | None:
    if v is None:
        return None
    return v.decode() if isinstance(v, bytes) else str(v)


def height_values(
    values: Any, log: bool = False, zmax: float | None = None, log_offset: float = 0.1
) -> np.ndarray:
    """Heights for 3D views, as the original code's VTP export computes them.

    Values above ``zmax`` are clipped to ``zmax``; with ``log=True`` the result is
    ``log(z + log_offset)``. NaN stays NaN.

    Parameters
    ----------
    values : array_like
        Metric values.
    log : bool
        Take ``log(z + log_offset)``.
    zmax : float, optional
        Clip level.
    log_offset : float
        Offset inside the log (0.1 in the original code).

    Returns
    -------
    numpy.ndarray
        Float64 heights, same shape.

    Raises
    ------
    ValueError
        If ``log=True`` and some ``z + log_offset <= 0``.
    """
    z = np.array(values, dtype=np.float64)
    z[~np.isfinite(z)] = np.nan
    if zmax is not None:
        z = np.where(z > zmax, float(zmax), z)
    if log:
        if np.nanmin(z, initial=np.inf) + log_offset <= 0:
            raise ValueError(
                f"log=True needs values > -log_offset ({-log_offset:g}); the minimum is "
                f"{np.nanmin(z):.4g}: use log=False or a larger log_offset"
            )
        z = np.log(z + log_offset)
    return z


def _vtk_appended(arrays: list[tuple[str, np.ndarray, int]]) -> tuple[list[str], bytes]:
    """DataArray tags and the raw appended block (UInt64 byte-count header per array)."""
    types = {"f8": "Float64", "i8": "Int64", "u1": "UInt8"}
    from xml.sax.saxutils import quoteattr

    tags, blocks, offset = [], [], 0
    for name, arr, ncomp in arrays:
        kind = arr.dtype.str[1:]
        data = np.ascontiguousarray(arr, dtype="<" + kind if kind != "u1" else "u1").tobytes()
        name_attr = f" Name={quoteattr(name)}" if name else ""
        tags.append(
            f'<DataArray type="{types[kind]}"{name_attr} NumberOfComponents="{ncomp}" '
            f'format="appended" offset="{offset}"/>'
        )
        block = np.array([len(data)], dtype="<u8").tobytes() + data
        blocks.append(block)
        offset += len(block)
    return tags, b"".join(blocks)


def _vtk_point_data(point_data: Mapping[str, np.ndarray]) -> list[tuple[str, np.ndarray, int]]:
    out = []
    for name, arr in point_data.items():
        arr = np.asarray(arr)
        out.append((name, arr if arr.dtype == np.uint8 else arr.astype(np.float64), 1))
    return out


def _vtk_file(kind: str, body_open: str, sections: list[tuple[str, int]], tags: list[str]) -> str:
    lines = [
        '<?xml version="1.0"?>',
        f'<VTKFile type="{kind}" version="1.0" byte_order="LittleEndian" header_type="UInt64">',
        body_open,
    ]
    k = 0
    for section, count in sections:
        if section.startswith("<PointData"):
            lines.append(section)
            lines += tags[k : k + count]
            lines.append("</PointData>")
        else:
            lines.append(f"<{section}>")
            lines += tags[k : k + count]
            lines.append(f"</{section}>")
        k += count
    return "\n".join(lines)


def _vtk_xml_structured(shape: tuple[int, ...], pts: np.ndarray, point_data: Mapping) -> bytes:
    ext = " ".join(f"0 {n - 1}" for n in (tuple(shape) + (1, 1))[:3])
    arrays = _vtk_point_data(point_data) + [("", pts, 3)]
    tags, blob = _vtk_appended(arrays)
    npd = len(point_data)
    head = _vtk_file(
        "StructuredGrid",
        f'<StructuredGrid WholeExtent="{ext}">\n<Piece Extent="{ext}">',
        [('<PointData Scalars="height">', npd), ("Points", 1)],
        tags,
    )
    tail = '</Piece>\n</StructuredGrid>\n<AppendedData encoding="raw">\n_'
    return (head + "\n" + tail).encode() + blob + b"\n</AppendedData>\n</VTKFile>\n"


def _vtk_xml_polydata(
    shape: tuple[int, ...], pts: np.ndarray, point_data: Mapping, ok: np.ndarray
) -> bytes:
    if len(shape) == 2:
        na, nb = shape
        idx = np.arange(na * nb).reshape(nb, na).T  # point id of (i, j)
        quads = np.stack([idx[:-1, :-1], idx[1:, :-1], idx[1:, 1:], idx[:-1, 1:]], axis=-1)
        good = ok[:-1, :-1] & ok[1:, :-1] & ok[1:, 1:] & ok[:-1, 1:]
        conn = quads[good].reshape(-1)
        offsets = np.arange(1, int(good.sum()) + 1) * 4
        cell_kind, n_lines, n_polys = "Polys", 0, int(good.sum())
    else:  # polylines, broken where the value is NaN
        runs, cur = [], []
        for i, flag in enumerate(ok):
            if flag:
                cur.append(i)
            elif cur:
                runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        runs = [r for r in runs if len(r) > 1]
        conn = np.array([i for r in runs for i in r], dtype=np.int64)
        offsets = np.cumsum([len(r) for r in runs]).astype(np.int64)
        cell_kind, n_lines, n_polys = "Lines", len(runs), 0
    arrays = _vtk_point_data(point_data) + [
        ("", pts, 3),
        ("connectivity", np.asarray(conn, dtype=np.int64), 1),
        ("offsets", np.asarray(offsets, dtype=np.int64), 1),
    ]
    tags, blob = _vtk_appended(arrays)
    npd = len(point_data)
    head = _vtk_file(
        "PolyData",
        f'<PolyData>\n<Piece NumberOfPoints="{len(pts)}" NumberOfVerts="0" '
        f'NumberOfLines="{n_lines}" NumberOfStrips="0" NumberOfPolys="{n_polys}">',
        [('<PointData Scalars="height">', npd), ("Points", 1), (cell_kind, 2)],
        tags,
    )
    tail = '</Piece>\n</PolyData>\n<AppendedData encoding="raw">\n_'
    return (head + "\n" + tail).encode() + blob + b"\n</AppendedData>\n</VTKFile>\n"


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("lossviz")
    except Exception:  # pragma: no cover - running from a source tree
        return "0+unknown"


class ProjectedPath:
    """A path of points in a landscape's plane (numpy only), e.g. a projected trajectory.

    Renderers draw it over a `Landscape`; `lossviz.Trajectory.project` produces it.

    Parameters
    ----------
    coords : array_like
        ``(n_points, 2)`` coordinates in the landscape's (a, b) plane, or ``(n_points,)``
        for a 1D landscape.
    labels : sequence of str, optional
        Hover label per point (e.g. ``"epoch 3"``).
    name : str, optional
        Legend name (e.g. ``"SGD"``).
    values : array_like, optional
        The true metric value at each point (e.g. the loss of the actual snapshot), to be
        shown next to the surface's value at its projection.
    residuals : array_like, optional
        Relative distance of each point from the plane (0 = in the plane).
    explained : float, optional
        Share of the path's variance the plane explains, in [0, 1].
    """

    def __init__(
        self,
        coords,
        labels=None,
        name: str | None = None,
        values=None,
        residuals=None,
        explained: float | None = None,
    ) -> None:
        c = np.asarray(coords, dtype=np.float64)
        if c.ndim == 1:
            c = c[:, None]
        if c.ndim != 2 or c.shape[1] not in (1, 2) or c.shape[0] < 1:
            raise ValueError(f"coords must have shape (n, 2) or (n,), got {np.shape(coords)}")
        self.coords = c
        n = c.shape[0]
        self.labels = (
            [str(x) for x in labels] if labels is not None else [f"step {i}" for i in range(n)]
        )
        if len(self.labels) != n:
            raise ValueError(f"labels has {len(self.labels)} entries for {n} points")
        self.name = name
        self.values = None if values is None else np.asarray(values, dtype=np.float64)
        self.residuals = None if residuals is None else np.asarray(residuals, dtype=np.float64)
        for attr in ("values", "residuals"):
            v = getattr(self, attr)
            if v is not None and v.shape != (n,):
                raise ValueError(f"{attr} must have shape ({n},), got {v.shape}")
        self.explained = None if explained is None else float(explained)

    def __len__(self) -> int:
        return self.coords.shape[0]

    def __repr__(self) -> str:
        return f"ProjectedPath({self.name!r}, n={len(self)})"
