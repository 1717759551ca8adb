"""Binary frames for `lossviz.widgets.view.LandscapeView` (numpy only, no browser needed).

A *frame* is the data the front-end draws: grid coordinates, the metric grids of one or
several panels (Compare) and their trajectory paths, every array as float32 little-endian
``bytes`` (anywidget sends them as binary buffers; never JSON lists). 2D grids are
row-major: element ``i * ny + j`` is the value at ``(a[i], b[j])``, as ``land[metric][i, j]``.

`frame_payload` builds a frame from `lossviz.Landscape` objects; `decode_frame` is its
inverse (tests, tools).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

import numpy as np

__all__ = ["FRAME_METRICS", "decode_frame", "frame_payload", "to_f32_bytes"]

#: metrics a frame carries (others, e.g. lambda_min, stay in Python)
FRAME_METRICS = ("loss", "accuracy", "eigen_ratio")

_ids = itertools.count(1)
_EPOCH = re.compile(r"(?:epoch|step)\s*(-?\d+)", re.IGNORECASE)


def to_f32_bytes(x: Any) -> bytes:
    """Return ``x`` as contiguous float32 little-endian bytes (C order).

    Parameters
    ----------
    x : array_like
        Numbers (NaN allowed).

    Returns
    -------
    bytes

    Examples
    --------
    >>> to_f32_bytes([1.0, 2.0]) == bytes.fromhex("0000803f00000040")
    True
    """
    return np.ascontiguousarray(np.asarray(x, dtype="<f4")).tobytes()


def _from_bytes(buf: Any) -> np.ndarray:
    return np.frombuffer(bytes(buf), dtype="<f4").copy()


def _path_arrays(path: Any, ndim: int) -> dict[str, np.ndarray]:
    """Coordinates, loss values and epoch numbers of a path-like object."""
    if isinstance(path, Mapping):
        x = np.asarray(path["x"], dtype=np.float64).reshape(-1)
        y = np.asarray(path.get("y", np.zeros_like(x)), dtype=np.float64).reshape(-1)
        n = x.size
        loss = np.asarray(path.get("loss", np.full(n, np.nan)), dtype=np.float64).reshape(-1)
        epochs = np.asarray(path.get("epochs", np.arange(n)), dtype=np.float64).reshape(-1)
    else:
        coords = getattr(path, "coords", path)
        c = np.asarray(coords, dtype=np.float64)
        if c.ndim == 1:
            c = c[:, None]
        if c.ndim != 2 or c.shape[1] not in (1, 2) or c.shape[0] < 1:
            raise ValueError(
                f"paths: each path must be a ProjectedPath, an (n, 2) / (n,) array or a dict "
                f"with 'x', 'y', got shape {np.shape(coords)}"
            )
        n = c.shape[0]
        x = c[:, 0]
        y = c[:, 1] if c.shape[1] == 2 else np.zeros(n)
        values = getattr(path, "values", None)
        loss = np.full(n, np.nan) if values is None else np.asarray(values, dtype=np.float64)
        labels = getattr(path, "labels", None)
        epochs = np.arange(n, dtype=np.float64)
        if labels is not None:
            found = [_EPOCH.search(str(s)) for s in labels]
            if all(found):
                epochs = np.array([float(m.group(1)) for m in found])  # type: ignore[union-attr]
    for name, arr in (("y", y), ("loss", loss), ("epochs", epochs)):
        if arr.size != x.size:
            raise ValueError(f"paths: {name} has {arr.size} values for {x.size} points")
    if ndim == 2 and not np.all(np.isfinite(x) & np.isfinite(y)):
        raise ValueError("paths: coordinates must be finite")
    return {"x": x, "y": y, "loss": loss, "epochs": epochs}


def frame_payload(
    landscapes: Mapping[str, Any],
    paths: Mapping[str, Any] | None = None,
    preview: bool = False,
    note: str = "",
    *,
    titles: Mapping[str, str] | None = None,
    frame_id: int | None = None,
) -> dict[str, Any]:
    """Build the ``frame`` of a `LandscapeView` from landscapes and paths.

    Parameters
    ----------
    landscapes : mapping of str to lossviz.Landscape
        One entry per panel (``{"model": land}`` for Explorer, several for Compare), in
        display order. All must have the same dimension and the same grid coordinates.
    paths : mapping of str to path-like, optional
        Trajectory per panel name (missing names or ``None`` values: no path): a
        `lossviz.ProjectedPath` (epoch numbers read from labels like ``"epoch 3"``), an
        ``(n, 2)`` array, or a dict with ``"x"``, ``"y"`` and optional ``"loss"``,
        ``"epochs"``.
    preview : bool
        Whether this is a coarse preview of a grid still being computed.
    note : str
        A line shown under the figure (e.g. direction settings).
    titles : mapping of str to str, optional
        Panel titles (default: the names).
    frame_id : int, optional
        Frame id; by default a process-wide counter (increasing with every frame).

    Returns
    -------
    dict
        ``{"id", "preview", "ndim", "a", "b", "a_label", "b_label", "panels", "note"}``,
        arrays as float32 little-endian bytes; each panel ``{"name", "title", "metrics",
        "center", "path"}`` holds the metrics among `FRAME_METRICS` that its landscape has.

    Raises
    ------
    ValueError
        For no landscapes, mixed dimensions or grids, or a malformed path.
    TypeError
        If a value of ``landscapes`` is not a Landscape-like object.

    Examples
    --------
    >>> import numpy as np
    >>> from lossviz import Landscape
    >>> a, b = np.linspace(-1, 1, 3), np.linspace(-1, 1, 2)
    >>> f = frame_payload({"m": Landscape((a, b), {"loss": np.add.outer(a, b)})})
    >>> f["ndim"], len(f["panels"][0]["metrics"]["loss"])  # 3 * 2 float32 values
    (2, 24)
    """
    if not isinstance(landscapes, Mapping) or not landscapes:
        raise ValueError("landscapes must be a non-empty mapping {name: Landscape}")
    lands = list(landscapes.items())
    for name, land in lands:
        if not all(hasattr(land, k) for k in ("coords", "ndim", "metrics")):
            raise TypeError(
                f"landscapes[{name!r}] must be a lossviz.Landscape, got {type(land).__name__}"
            )
    first = lands[0][1]
    ndim = first.ndim
    coords = [np.asarray(c, dtype=np.float64) for c in first.coords]
    for name, land in lands[1:]:
        if land.ndim != ndim:
            raise ValueError(
                f"landscapes must all be {ndim}D; landscapes[{name!r}] is {land.ndim}D"
            )
        for c0, c in zip(coords, land.coords, strict=True):
            c = np.asarray(c, dtype=np.float64)
            if c.shape != c0.shape or not np.allclose(c, c0, rtol=1e-6, atol=1e-12):
                raise ValueError(
                    f"landscapes must share one grid; landscapes[{name!r}] has other coordinates"
                )
    if paths is not None and not isinstance(paths, Mapping):
        raise TypeError(f"paths must be a mapping {{name: path}} or None, got {type(paths)}")
    unknown = set(paths or {}) - set(landscapes)
    if unknown:
        raise ValueError(f"paths has names {sorted(unknown)!r} that are not in landscapes")
    titles = dict(titles or {})
    labels = list(first.axis_labels) + ["b"] * (2 - ndim)
    panels = []
    for name, land in lands:
        metrics = {}
        for m in FRAME_METRICS:
            if m in land.metrics:
                arr = np.asarray(land[m], dtype=np.float64)
                if arr.shape != tuple(c.size for c in coords):
                    raise ValueError(
                        f"landscapes[{name!r}][{m!r}] has shape {arr.shape}, expected "
                        f"{tuple(c.size for c in coords)}"
                    )
                metrics[m] = to_f32_bytes(arr.ravel(order="C"))
        center = land.meta.get("center", [0.0, 0.0]) if hasattr(land, "meta") else [0.0, 0.0]
        center = [float(v) for v in list(center)[:2]] + [0.0] * (2 - len(list(center)[:2]))
        path = (paths or {}).get(name)
        path_out = None
        if path is not None:
            p = _path_arrays(path, ndim)
            path_out = {k: to_f32_bytes(v) for k, v in p.items()}
        panels.append(
            {
                "name": str(name),
                "title": str(titles.get(name, name)),
                "metrics": metrics,
                "center": center,
                "path": path_out,
            }
        )
    frame: dict[str, Any] = {
        "id": int(next(_ids) if frame_id is None else frame_id),
        "preview": bool(preview),
        "ndim": int(ndim),
        "a": to_f32_bytes(coords[0]),
        "a_label": str(labels[0]),
        "b_label": str(labels[1]) if ndim == 2 else "",
        "panels": panels,
        "note": str(note),
    }
    if ndim == 2:
        frame["b"] = to_f32_bytes(coords[1])
    return frame


def decode_frame(frame: Mapping[str, Any]) -> dict[str, Any]:
    """Inverse of `frame_payload`: the frame with numpy arrays instead of bytes.

    Parameters
    ----------
    frame : mapping
        A frame as built by `frame_payload` (bytes, bytearray or memoryview leaves).

    Returns
    -------
    dict
        The same structure; ``a``/``b`` as 1-D float32 arrays, each metric reshaped to
        ``(len(a), len(b))`` (2D) or ``(len(a),)`` (1D), path arrays 1-D.
    """
    a = _from_bytes(frame["a"])
    shape: tuple[int, ...] = (a.size,)
    out: dict[str, Any] = {k: v for k, v in frame.items() if k not in ("a", "b", "panels")}
    out["a"] = a
    if frame["ndim"] == 2:
        b = _from_bytes(frame["b"])
        out["b"] = b
        shape = (a.size, b.size)
    panels = []
    for p in frame["panels"]:
        q = dict(p)
        q["metrics"] = {k: _from_bytes(v).reshape(shape) for k, v in p["metrics"].items()}
        if p.get("path") is not None:
            q["path"] = {k: _from_bytes(v) for k, v in p["path"].items()}
        panels.append(q)
    out["panels"] = panels
    return out
