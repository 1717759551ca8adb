"""pyvista renderer: the ParaView look of the paper's 3D loss surfaces.

`surface` builds a `pyvista.Plotter` with the landscape warped by the loss (optionally
``log(z + 0.1)`` and clipped at ``zmax``, like the original code's VTP export), a
ParaView-like color map, contour lines on the surface, lighting and a camera looking down at
the basin. `screenshot` writes a PNG off-screen, `show` displays it in a notebook (interactive
through trame when ``pyvista[jupyter]`` is installed, a static image otherwise),
`export_html` writes a standalone vtk.js page, `export` writes ``.vts``/``.vtp`` (ParaView),
``.ply``/``.obj``/``.stl`` (3D printing, Blender), ``.png`` or ``.html`` by suffix.

Without a display (servers, CI, Binder) rendering goes through EGL: this module sets
``VTK_DEFAULT_OPENGL_WINDOW=vtkEGLRenderWindow`` before importing pyvista unless a display is
available or the variable is already set.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from .._util import Options, atomic_path, check_choice, optional_import
from ..landscape import Landscape, height_values
from . import _common as C

if sys.platform.startswith("linux") and not (
    os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
):
    os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")

pv = optional_import("pyvista", "pyvista")

__all__ = [
    "HeightOptions",
    "SurfaceOptions",
    "export",
    "export_html",
    "mesh",
    "screenshot",
    "show",
    "surface",
]

#: ParaView's default "Cool to Warm" map; "viridis" is also a good choice
DEFAULT_CMAP = "coolwarm"
EIGEN_CMAP = "cividis"
MESH_FORMATS = ("vts", "vtp", "ply", "obj", "stl", "png", "html")


@dataclass(frozen=True)
class HeightOptions(Options):
    """How `mesh` and `surface` turn a metric into the surface's height (see `mesh`).

    ``metric``, ``log`` and ``zmax`` are also their positional parameters after ``land``.

    Examples
    --------
    >>> HeightOptions(log=True, zmax=10.0).log_offset
    0.1
    """

    POSITIONAL: ClassVar[tuple[str, ...]] = ("metric", "log", "zmax")

    metric: str | None = "loss"
    log: bool = False
    zmax: float | None = None
    log_offset: float = 0.1
    warp_scale: float | None = None
    clim: Sequence[float] | None = None


@dataclass(frozen=True)
class SurfaceOptions(HeightOptions):
    """The keywords of `surface` as one object: `HeightOptions` and the view's settings."""

    cmap: str | None = None
    contours: int | Sequence[float] | None = 15
    trajectory: Any = None
    title: str | None = None
    off_screen: bool | None = None
    window_size: tuple[int, int] = (1024, 768)
    background: str = "white"
    azimuth: float = -55.0
    elevation: float = 30.0
    show_scalar_bar: bool = True
    plotter: Any = None


def _prepare(land: Landscape, o: HeightOptions) -> dict[str, Any]:
    """The heights of ``land`` and their range and scale, after validation."""
    C.check_landscape(land, "land", ndim=2)
    metric = C.pick_metric(land, o.metric)
    raw = C.values(land, metric)
    zmax = C.check_zmax(o.zmax)
    log = o.log
    if not isinstance(log, bool):
        raise TypeError(f"log must be True or False, got {log!r}")
    C.clip(raw, zmax)  # validates zmax against the data
    try:
        h = height_values(raw, log=log, zmax=zmax, log_offset=o.log_offset)
    except ValueError as exc:
        raise ValueError(f"log: {exc}") from None
    lo, hi = float(np.nanmin(h)), float(np.nanmax(h))
    if C.is_eigen_ratio(metric) and not log:
        lo, hi = min(lo, 0.0), max(hi, 1.0)
    if not hi > lo:
        lo, hi = lo - 0.5, hi + 0.5
    if o.clim is not None:
        lo, hi = _check_clim(o.clim)
    a, b = land.coords
    extent = max(a[-1] - a[0], b[-1] - b[0])
    warp_scale = o.warp_scale
    if warp_scale is None:
        warp_scale = 0.6 * extent / (hi - lo)
    elif not (isinstance(warp_scale, (int, float)) and warp_scale > 0):
        raise ValueError(f"warp_scale must be a positive number or None, got {warp_scale!r}")
    return {
        "metric": metric,
        "height": h,
        "lo": lo,
        "hi": hi,
        "scale": float(warp_scale),
        "log": log,
        "zmax": zmax,
        "log_offset": o.log_offset,
    }


def _check_clim(clim: Any) -> tuple[float, float]:
    """Validate ``clim``: two finite numbers ``lo < hi``."""
    try:
        lo, hi = (float(v) for v in clim)
    except (TypeError, ValueError):
        raise TypeError(f"clim must be a pair of numbers (lo, hi) or None, got {clim!r}") from None
    if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
        raise ValueError(f"clim must be two finite numbers with lo < hi, got {clim!r}")
    return lo, hi


@C.options_entry(HeightOptions)
def mesh(land: Landscape, o: HeightOptions) -> Any:
    """The landscape as a `pyvista.PolyData` surface warped by the metric.

    Parameters
    ----------
    land : Landscape
        A 2D landscape; its grid points are the mesh's points.
    metric : str, optional
        Height metric (default ``"loss"``; None: ``"loss"`` or the first metric).
    log : bool
        Height ``log(z + log_offset)`` (the original code used ``log(z + 0.1)``).
    zmax : float, optional
        Clip values above ``zmax`` first (like the original's ``--zmax``).
    options : HeightOptions, optional
        All the parameters but ``land`` as one object; those given as well override its fields.
    log_offset : float
        Offset inside the log (0.1 in the original code).
    warp_scale : float, optional
        Vertical exaggeration, ``z = warp_scale * height``; default: the surface is 0.6 times
        as tall as wide.
    clim : (float, float), optional
        Height range ``(lo, hi)`` in height units (``log(z + 0.1)`` with ``log=True``) that
        the default ``warp_scale`` spans; default: the landscape's own range.

    Returns
    -------
    pyvista.PolyData
        Quads over the grid (cells touching a NaN point are left out, so gaps show);
        point data: the height under the metric's name and every raw metric as
        ``"raw <name>"``; field data ``"warp_scale"``.

    Raises
    ------
    TypeError
        For an unknown keyword or a ``clim`` that is not two numbers.
    ValueError
        For a 1D landscape, negative values with ``log=True``, a bad ``zmax``, ``clim`` or
        ``warp_scale``.
    """
    return _mesh(land, _prepare(land, o))


def _mesh(land: Landscape, p: dict[str, Any]) -> Any:
    a, b = land.coords
    na, nb = land.shape
    h = p["height"]
    ok = np.isfinite(h)
    filled = np.where(ok, h, p["lo"])
    ii, jj = np.meshgrid(np.arange(na), np.arange(nb), indexing="ij")
    pts = np.stack([a[ii], b[jj], filled * p["scale"]], axis=-1).transpose(1, 0, 2).reshape(-1, 3)
    idx = np.arange(na * nb).reshape(nb, na).T
    quads = np.stack([idx[:-1, :-1], idx[1:, :-1], idx[1:, 1:], idx[:-1, 1:]], axis=-1)
    good = ok[:-1, :-1] & ok[1:, :-1] & ok[1:, 1:] & ok[:-1, 1:]
    q = quads[good]
    faces = np.hstack([np.full((len(q), 1), 4), q]).reshape(-1)
    m = pv.PolyData(pts, faces=faces)
    m.point_data[p["metric"]] = h.T.reshape(-1)
    for name in land.metrics:
        m.point_data[f"raw {name}"] = np.asarray(land[name], dtype=np.float64).T.reshape(-1)
    m.field_data["warp_scale"] = np.array([p["scale"]])
    m.set_active_scalars(p["metric"])
    return m


def _scalar_title(p: dict[str, Any]) -> str:
    text = C.display_name(p["metric"])
    if p["log"]:
        text = f"log({text} + 0.1)" if p["log_offset"] == 0.1 else f"log {text}"
    if p["zmax"] is not None:
        text += f"\n(clip {p['zmax']:g})"
    return text


@C.options_entry(SurfaceOptions)
def surface(land: Landscape, o: SurfaceOptions) -> Any:
    """A ParaView-style 3D view of a 2D landscape.

    Parameters
    ----------
    land, metric, log, zmax
        As in `mesh`; the metric gives the height and the colour.
    options : SurfaceOptions, optional
        All the parameters but ``land`` as one object; those given as well override its fields.
    log_offset, warp_scale
        As in `mesh`.
    clim : (float, float), optional
        Colour range and height range, as in `mesh`. Give several surfaces the same ``clim``
        (and ``zmax``) to draw them on one colour scale and z range.
    cmap : str, optional
        Matplotlib/ColorCET color map name; default ``"coolwarm"`` (ParaView's Cool to
        Warm), ``"cividis"`` (blue convex to yellow non-convex) for ``eigen_ratio``.
    contours : int or sequence of float or None
        Number of contour lines on the surface, explicit levels (in height units), or None.
    trajectory : ProjectedPath, list of ProjectedPath or (n, 2) array, optional
        Drawn as a tube on the surface with a sphere at its start.
    title : str, optional
        Text in the upper left corner (default: the metric). Preview landscapes are marked.
    off_screen : bool, optional
        Render off-screen (default: pyvista's global setting).
    window_size : (int, int)
        Pixel size.
    background : str
        Background color.
    azimuth, elevation : float
        Camera angles in degrees (around the vertical axis, above the horizontal plane).
    show_scalar_bar : bool
        Show the color bar.
    plotter : pyvista.Plotter, optional
        Draw into this plotter instead of a new one.

    Returns
    -------
    pyvista.Plotter
        The plotter; its first actor shows the warped surface (``pl.lossviz_mesh``).

    Raises
    ------
    TypeError, ValueError
        As in `mesh`.
    """
    p = _prepare(land, o)
    m = _mesh(land, p)
    cmap = o.cmap
    if cmap is None:
        cmap = EIGEN_CMAP if C.is_eigen_ratio(p["metric"]) else DEFAULT_CMAP
    pl = o.plotter
    if pl is None:
        kw: dict[str, Any] = {"window_size": list(o.window_size)}
        if o.off_screen is not None:
            kw["off_screen"] = o.off_screen
        pl = pv.Plotter(**kw)
    pl.set_background(o.background)
    fg = "black" if o.background in ("white", "w", "#ffffff") else "white"
    actor = pl.add_mesh(
        m,
        scalars=p["metric"],
        cmap=cmap,
        clim=(p["lo"], p["hi"]),
        smooth_shading=True,
        ambient=0.2,
        diffuse=0.8,
        specular=0.25,
        specular_power=20,
        show_scalar_bar=o.show_scalar_bar,
        scalar_bar_args={
            "title": _scalar_title(p) + "\n",
            "vertical": True,
            "color": fg,
            "position_x": 0.87,
            "position_y": 0.25,
            "height": 0.5,
            "width": 0.07,
            "fmt": "%.2f",
            "title_font_size": 18,
            "label_font_size": 14,
        },
        name="landscape",
    )
    # push the surface back a little so contour lines and paths on it are not z-fought
    actor.mapper.SetResolveCoincidentTopologyToPolygonOffset()
    actor.mapper.SetRelativeCoincidentTopologyPolygonOffsetParameters(2.0, 2.0)
    if o.contours is not None:
        if isinstance(o.contours, (int, np.integer)):
            iso: Any = np.linspace(p["lo"], p["hi"], int(o.contours) + 2)[1:-1]
        else:
            iso = np.asarray(o.contours, dtype=np.float64)
        if len(iso):
            lines = m.contour(isosurfaces=iso, scalars=p["metric"])
            if lines.n_points:
                # lift the lines a little so the surface does not hide them (z-fighting)
                lines.points[:, 2] += 0.004 * (p["hi"] - p["lo"]) * p["scale"]
                pl.add_mesh(lines, color=fg, line_width=1.2, opacity=0.6, name="contours")
    for k, path in enumerate(C.as_paths(o.trajectory, ndim=2)):
        C.warn_outside(land, [path])
        zs = C.interp_surface(
            land, np.where(np.isfinite(p["height"]), p["height"], p["lo"]), path.coords
        )
        keep = np.isfinite(zs)
        if keep.sum() < 1:
            continue
        xyz = np.column_stack([path.coords[keep], zs[keep] * p["scale"]])
        xyz[:, 2] += 0.01 * (p["hi"] - p["lo"]) * p["scale"]
        color = ("#ff7f0e", "#e4572e", "#ff66cc", "#29b6f6")[k % 4]
        radius = 0.006 * max(np.ptp(land.coords[0]), np.ptp(land.coords[1]))
        if len(xyz) > 1:
            pl.add_mesh(pv.lines_from_points(xyz).tube(radius=radius), color=color)
        pl.add_mesh(pv.Sphere(radius=3 * radius, center=xyz[0]), color=color)
        pl.add_mesh(pv.Sphere(radius=3 * radius, center=xyz[-1]), color="white")
    text = C.display_name(p["metric"]) if o.title is None else o.title
    if land.meta.get("preview"):
        text += " (preview: data subset)"
    if text:
        pl.add_text(text, position="upper_left", font_size=14, color=fg)
    _camera(pl, m, o.azimuth, o.elevation)
    if hasattr(pv, "set_new_attribute"):
        pv.set_new_attribute(pl, "lossviz_mesh", m)
    else:  # pragma: no cover - older pyvista
        pl.lossviz_mesh = m
    return pl


def _camera(pl: Any, m: Any, azimuth: float, elevation: float) -> None:
    cx, cy, cz = m.center
    az, el = np.radians(azimuth), np.radians(elevation)
    d = 3.0 * m.length
    pos = (cx + d * np.cos(el) * np.cos(az), cy + d * np.cos(el) * np.sin(az), cz + d * np.sin(el))
    pl.camera_position = [pos, (cx, cy, cz), (0.0, 0.0, 1.0)]
    pl.reset_camera()
    # leave the right edge to the color bar: look a little to the right of the center
    right = np.cross(np.subtract((cx, cy, cz), pos), (0.0, 0.0, 1.0))
    right = right / (np.linalg.norm(right) or 1.0)
    shift = 0.07 * m.length * right
    pl.camera.focal_point = tuple(np.add(pl.camera.focal_point, shift))
    pl.camera.position = tuple(np.add(pl.camera.position, shift))
    pl.camera.zoom(1.05)


def screenshot(
    land: Landscape,
    path: str | os.PathLike,
    metric: str | None = "loss",
    *,
    scale: int | None = None,
    **kwargs: Any,
) -> Path:
    """Render `surface` off-screen and write a PNG.

    Parameters
    ----------
    land : Landscape
        A 2D landscape.
    path : str or os.PathLike
        Destination ``.png`` (written atomically).
    metric : str, optional
        As in `surface`.
    scale : int, optional
        Resolution multiplier (see ``pyvista.Plotter.screenshot``).
    **kwargs
        Passed to `surface` (``log``, ``zmax``, ``cmap``, ``window_size``, ...).

    Returns
    -------
    pathlib.Path
    """
    path = Path(path)
    with _offscreen(land, metric, kwargs) as pl, atomic_path(path, suffix=".png") as tmp:
        pl.screenshot(tmp, scale=scale)
    return path


@contextlib.contextmanager
def _offscreen(land: Landscape, metric: str | None, kwargs: dict[str, Any]) -> Iterator[Any]:
    """The plotter of `surface` (off-screen unless ``kwargs`` say otherwise), closed after."""
    kwargs.setdefault("off_screen", True)
    pl = surface(land, metric, **kwargs)
    try:
        yield pl
    finally:
        pl.close()


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    ip = shell.get_ipython()
    return ip is not None and type(ip).__name__ == "ZMQInteractiveShell"


def _has_trame() -> bool:
    try:
        import trame  # noqa: F401
        import trame_vtk  # noqa: F401
        import trame_vuetify  # noqa: F401
    except ImportError:
        return False
    return True


def show(land: Landscape, metric: str | None = "loss", *, backend: str | None = None, **kwargs):
    """Show the 3D view: interactive in a notebook through trame, else a static image.

    Parameters
    ----------
    land : Landscape
        A 2D landscape.
    metric : str, optional
        As in `surface`.
    backend : {"trame", "static"}, optional
        Notebook backend; default ``"trame"`` when ``pyvista[jupyter]`` is importable.
    **kwargs
        Passed to `surface`.

    Returns
    -------
    object
        In a notebook: the widget / image pyvista displays. Elsewhere without a display:
        the rendered image as a ``(height, width, 3)`` uint8 array.
    """
    if backend is None:
        backend = "trame" if _has_trame() else "static"
    check_choice("backend", backend, ("trame", "static"))
    if _in_notebook():
        size = list(kwargs.pop("window_size", (1024, 768)))
        kwargs.pop("off_screen", None)
        pl = pv.Plotter(notebook=True, window_size=size)
        surface(land, metric, plotter=pl, **kwargs)
        return pl.show(jupyter_backend=backend, return_viewer=backend == "trame")
    with _offscreen(land, metric, kwargs) as pl:
        return pl.screenshot(return_img=True)


def export_html(
    land: Landscape, path: str | os.PathLike, metric: str | None = "loss", **kwargs: Any
) -> Path:
    """Write a standalone interactive HTML page (vtk.js, ~1 MB) of the 3D view.

    Parameters
    ----------
    land, path, metric, **kwargs
        As in `screenshot`; ``path`` is the ``.html`` file.

    Returns
    -------
    pathlib.Path
    """
    optional_import("trame_vtk", "pyvista")  # vtk.js export needs trame
    path = Path(path)
    with _offscreen(land, metric, kwargs) as pl, atomic_path(path, suffix=".html") as tmp:
        trame = getattr(pl, "trame", None)
        if trame is not None and hasattr(trame, "export_html"):
            trame.export_html(tmp)  # pyvista >= 0.49 (trame-pyvista)
        else:  # pragma: no cover - older pyvista
            pl.export_html(tmp)
    return path


def export(
    land: Landscape,
    path: str | os.PathLike,
    metric: str | None = "loss",
    *,
    format: str | None = None,
    log: bool = False,
    zmax: float | None = None,
    **kwargs: Any,
) -> Path:
    """Export the 3D surface by file type.

    Parameters
    ----------
    land : Landscape
        A 2D landscape (``.vts``/``.vtp`` also take 1D ones).
    path : str or os.PathLike
        Destination.
    metric : str, optional
        Height metric.
    format : {"vts", "vtp", "ply", "obj", "stl", "png", "html"}, optional
        Default: from the suffix. ``vts``/``vtp`` are written by `Landscape.to_vtk`
        (unscaled heights, as ParaView users expect); meshes use the warped surface of
        `mesh` (triangulated).
    log, zmax
        As in `surface`.
    **kwargs
        Passed to `mesh` / `surface` (``warp_scale``, ``log_offset``, ``cmap``, ...).

    Returns
    -------
    pathlib.Path
    """
    path = Path(path)
    if format is None:
        format = path.suffix.lower().lstrip(".")
    check_choice("format", format, MESH_FORMATS)
    if format in ("vts", "vtp"):
        allowed = {k: kwargs[k] for k in ("log_offset",) if k in kwargs}
        return land.to_vtk(path, metric, format=format, log=log, zmax=zmax, **allowed)
    if format == "png":
        return screenshot(land, path, metric, log=log, zmax=zmax, **kwargs)
    if format == "html":
        return export_html(land, path, metric, log=log, zmax=zmax, **kwargs)
    mkw = {k: kwargs[k] for k in ("log_offset", "warp_scale") if k in kwargs}
    m = mesh(land, metric, log, zmax, **mkw).triangulate()
    with atomic_path(path, suffix="." + format) as tmp:
        m.save(tmp)
    return path
