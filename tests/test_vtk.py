"""Landscape.to_vtk (numpy-only VTK XML writer) and the `lossviz export` command."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from lossviz.cli import main
from lossviz.landscape import Landscape, height_values


def surface_land(nan=True):
    a = np.linspace(-1, 1, 7)
    b = np.linspace(-2, 3, 5)
    z = 0.2 + a[:, None] ** 2 + 0.3 * b[None, :] ** 2
    if nan:
        z[2, 3] = np.nan
    return Landscape((a, b), {"loss": z, "accuracy": 1 - z / 10}, {"axis_labels": ["x", "y"]})


def expected_points(land, height):
    """Point k = i + na * j at (a[i], b[j], h[i, j]), built with a plain loop."""
    a, b = land.coords
    low = np.nanmin(height)
    out = []
    for j in range(b.size):
        for i in range(a.size):
            h = height[i, j]
            out.append((a[i], b[j], low if np.isnan(h) else h))
    return np.array(out)


def test_vts_roundtrip_points_and_values(tmp_path):
    pv = pytest.importorskip("pyvista")
    land = surface_land()
    out = land.to_vtk(tmp_path / "s.vts")
    grid = pv.read(out)
    assert isinstance(grid, pv.StructuredGrid)
    assert tuple(grid.dimensions) == (7, 5, 1)
    np.testing.assert_allclose(grid.points, expected_points(land, land["loss"]))
    for name in ("loss", "accuracy"):
        np.testing.assert_allclose(grid.point_data[name], land[name].T.reshape(-1), equal_nan=True)
    ghost = grid.point_data["vtkGhostType"]
    assert ghost[2 + 7 * 3] == 2 and ghost.sum() == 2  # the NaN point is hidden


def test_vtp_surface_leaves_out_nan_cells(tmp_path):
    pv = pytest.importorskip("pyvista")
    land = surface_land()
    poly = pv.read(land.to_vtk(tmp_path / "s.vtp"))
    assert isinstance(poly, pv.PolyData)
    np.testing.assert_allclose(poly.points, expected_points(land, land["loss"]))
    assert poly.n_cells == 6 * 4 - 4
    nan_id = 2 + 7 * 3
    for k in range(poly.n_cells):
        ids = poly.get_cell(k).point_ids
        assert len(ids) == 4 and nan_id not in ids
    full = pv.read(surface_land(nan=False).to_vtk(tmp_path / "f.vtp"))
    assert full.n_cells == 24 and "vtkGhostType" not in full.point_data


def test_log_zmax_heights_and_bytes():
    pv = pytest.importorskip("pyvista")
    land = surface_land(nan=False)
    raw = land.to_vtk(format="vts", log=True, zmax=1.0)
    assert isinstance(raw, bytes) and raw.startswith(b"<?xml")
    h = np.log(np.minimum(land["loss"], 1.0) + 0.1)
    np.testing.assert_allclose(height_values(land["loss"], True, 1.0), h)
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.vts"
        p.write_bytes(raw)
        grid = pv.read(p)
    np.testing.assert_allclose(grid.points, expected_points(land, h))
    np.testing.assert_allclose(grid.point_data["height"], h.T.reshape(-1))


def test_1d_landscapes(tmp_path):
    pv = pytest.importorskip("pyvista")
    a = np.linspace(0, 1, 6)
    y = np.array([3.0, 2.0, np.nan, 1.0, 0.5, 0.7])
    land = Landscape((a,), {"loss": y})
    grid = pv.read(land.to_vtk(tmp_path / "l.vts"))
    np.testing.assert_allclose(grid.points[:, 0], a)
    np.testing.assert_allclose(grid.point_data["loss"], y, equal_nan=True)
    poly = pv.read(land.to_vtk(tmp_path / "l.vtp"))
    assert poly.n_lines == 2  # broken at the NaN
    np.testing.assert_allclose(poly.points[[0, 1, 3, 4, 5], 2], y[[0, 1, 3, 4, 5]])


def test_to_vtk_errors(tmp_path):
    land = surface_land()
    with pytest.raises(ValueError, match="format"):
        land.to_vtk(tmp_path / "x.vtk")
    with pytest.raises(ValueError, match="metric"):
        land.to_vtk(tmp_path / "x.vts", "nope")
    land["loss"] = np.full(land.shape, np.nan)
    with pytest.raises(ValueError, match="no finite"):
        land.to_vtk(tmp_path / "x.vts")
    neg = surface_land(nan=False)
    neg["loss"] = neg["loss"] - 5
    with pytest.raises(ValueError, match="log"):
        neg.to_vtk(tmp_path / "x.vts", log=True)
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_to_vtk_needs_no_vtk():
    code = (
        "import sys, numpy as np\n"
        "import lossviz.landscape as L\n"
        "land = L.Landscape((np.arange(3.0), np.arange(4.0)), {'loss': np.ones((3, 4))})\n"
        "assert land.to_vtk(format='vtp').startswith(b'<?xml')\n"
        "assert not any(m.split('.')[0] in ('vtk', 'vtkmodules', 'pyvista') "
        "for m in sys.modules)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


# --------------------------------------------------------------------- CLI
def test_cli_export_formats(tmp_path, capsys):
    pv = pytest.importorskip("pyvista")
    pytest.importorskip("h5py")
    land = surface_land()
    src = land.save(tmp_path / "s.npz")
    assert main(["export", str(src), "-o", str(tmp_path / "s.vts")]) == 0
    grid = pv.read(tmp_path / "s.vts")
    np.testing.assert_allclose(grid.point_data["loss"], land["loss"].T.reshape(-1), equal_nan=True)
    # the original loss-landscape layout, read back through the original-format reader
    assert main(["export", str(src), "-o", str(tmp_path / "orig.h5")]) == 0
    import h5py

    with h5py.File(tmp_path / "orig.h5") as f:
        assert "__lossviz__" not in f.attrs and "xcoordinates" in f and "train_loss" in f
    back = Landscape.load(tmp_path / "orig.h5")
    np.testing.assert_allclose(back["loss"], land["loss"], equal_nan=True)
    # plotly HTML
    assert main(["export", str(src), "-o", str(tmp_path / "s.html"), "--log"]) == 0
    assert "plotly" in (tmp_path / "s.html").read_text()[:200000].lower()
    # a mesh
    assert main(["export", str(src), "-o", str(tmp_path / "s.ply")]) == 0
    assert pv.read(tmp_path / "s.ply").n_points == 35
    # errors: exit status 2 and a message
    assert main(["export", str(src), "-o", str(tmp_path / "s.xyz")]) == 2
    assert "format" in capsys.readouterr().err
    assert main(["export", str(src), "-o", str(tmp_path / "t.vts"), "--metric", "nope"]) == 2


@pytest.mark.slow
def test_cli_export_png(tmp_path):
    pytest.importorskip("kaleido")
    from PIL import Image

    src = surface_land().save(tmp_path / "s.npz")
    assert main(["export", str(src), "-o", str(tmp_path / "s.png")]) == 0
    img = np.asarray(Image.open(tmp_path / "s.png").convert("RGB"))
    assert img.std() > 20 and img.shape[1] > 500
