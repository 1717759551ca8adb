"""pyvista renderer: off-screen PNG, height field, exports (skips without off-screen GL)."""

from __future__ import annotations

import functools
import os
import subprocess
import sys

import numpy as np
import pytest

from lossviz.landscape import Landscape, ProjectedPath

pv = pytest.importorskip("pyvista")


@functools.lru_cache(maxsize=1)
def _offscreen_ok() -> tuple[bool, str]:
    """Can an off-screen render window be created? (in a subprocess: a GL crash stays there)"""
    code = (
        "import pyvista as pv\n"
        "pl = pv.Plotter(off_screen=True, window_size=[64, 64])\n"
        "pl.add_mesh(pv.Sphere())\n"
        "img = pl.screenshot(return_img=True)\n"
        "assert img.std() > 0\n"
    )
    env = dict(os.environ)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
    try:
        r = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
        )
    except subprocess.TimeoutExpired:
        return False, "timed out creating an off-screen render window"
    return r.returncode == 0, r.stderr[-500:]


@pytest.fixture(scope="module")
def lvv():
    ok, why = _offscreen_ok()
    if not ok:
        pytest.skip(f"off-screen rendering (EGL/OSMesa) is not available: {why}")
    import lossviz.render.pyvista as mod

    return mod


def bowl(n=31, m=25, nan_at=None, **extra):
    a = np.linspace(-1, 1, n)
    b = np.linspace(-1, 1, m)
    z = 0.1 + 2 * a[:, None] ** 2 + (b[None, :] - 0.2) ** 2 + 0.2 * np.sin(4 * a[:, None]) ** 2
    if nan_at is not None:
        z[nan_at] = np.nan
    return Landscape((a, b), {"loss": z, "accuracy": 1 - z / 5, **extra})


def _expected_points(land, height, scale):
    """Independent construction: point k = i + na * j at (a[i], b[j], scale * h[i, j])."""
    a, b = land.coords
    pts = []
    for j in range(b.size):
        for i in range(a.size):
            pts.append((a[i], b[j], scale * height[i, j]))
    return np.array(pts)


def test_screenshot_png_is_not_blank(lvv, tmp_path):
    from PIL import Image

    out = lvv.screenshot(bowl(), tmp_path / "s.png", window_size=(400, 300))
    img = np.asarray(Image.open(out).convert("RGB"))
    assert img.shape == (300, 400, 3)
    assert img.std() > 20
    colors = np.unique(img.reshape(-1, 3) // 16, axis=0)
    assert len(colors) > 30  # a colormapped, shaded surface, not a flat fill
    # the coolwarm map: both blue-ish and red-ish pixels
    r, g, b = (img[..., k].astype(int) for k in range(3))
    assert ((b - r) > 60).sum() > 100 and ((r - b) > 60).sum() > 100


def test_height_field_matches_landscape(lvv):
    land = bowl(nan_at=(4, 7))
    pl = lvv.surface(land, off_screen=True, window_size=(200, 150))
    try:
        m = pl.lossviz_mesh
        scale = float(m.field_data["warp_scale"][0])
        h = np.where(np.isfinite(land["loss"]), land["loss"], np.nanmin(land["loss"]))
        np.testing.assert_allclose(m.points, _expected_points(land, h, scale), atol=1e-6)
        # the rendered actor shows this very mesh
        shown = pl.actors["landscape"].mapper.dataset
        np.testing.assert_allclose(shown.points, m.points)
        # cells touching the NaN point are left out: a gap
        na, nb = land.shape
        assert m.n_cells == (na - 1) * (nb - 1) - 4
        raw = m.point_data["raw loss"]
        assert np.isnan(raw[4 + na * 7]) and np.nansum(raw) == pytest.approx(
            np.nansum(land["loss"])
        )
        # default vertical exaggeration: 0.6 times the xy extent
        zspan = np.ptp(m.points[:, 2][np.isfinite(raw)])
        assert zspan == pytest.approx(0.6 * 2.0, rel=1e-6)
    finally:
        pl.close()


def test_log_and_zmax_follow_the_original_export(lvv):
    land = bowl()
    m = lvv.mesh(land, log=True, zmax=1.5, warp_scale=1.0)
    h = np.log(np.minimum(land["loss"], 1.5) + 0.1)
    np.testing.assert_allclose(m.points, _expected_points(land, h, 1.0), atol=1e-9)
    m = lvv.mesh(land, zmax=1.0, warp_scale=2.0)
    assert m.points[:, 2].max() == pytest.approx(2.0)


def test_bad_input(lvv):
    line = Landscape((np.linspace(0, 1, 5),), {"loss": np.ones(5)})
    with pytest.raises(ValueError, match="1D landscape"):
        lvv.surface(line)
    land = bowl()
    land["loss"] = land["loss"] - 5
    with pytest.raises(ValueError, match="log"):
        lvv.mesh(land, log=True)
    land["loss"] = np.full(land.shape, np.nan)
    with pytest.raises(ValueError, match="no finite values"):
        lvv.mesh(land)
    with pytest.raises(ValueError, match="format"):
        lvv.export(bowl(), "x.xyz")
    with pytest.raises(ValueError, match="warp_scale"):
        lvv.mesh(bowl(), warp_scale=-1)


def test_eigen_ratio_colormap_range_and_trajectory(lvv):
    land = bowl()
    land["eigen_ratio"] = np.clip(land["loss"] / 6, 0, 1)
    path = ProjectedPath(np.array([[-0.8, 0.6], [-0.3, 0.3], [0.0, 0.2]]), name="SGD")
    pl = lvv.surface(land, "eigen_ratio", trajectory=path, off_screen=True, window_size=(200, 150))
    try:
        rng = pl.actors["landscape"].mapper.scalar_range
        assert tuple(rng) == (0.0, 1.0)
        assert len(pl.actors) >= 4  # surface, contours, trajectory tube, start/end spheres
    finally:
        pl.close()


def test_show_outside_notebook_returns_an_image(lvv):
    img = lvv.show(bowl(), window_size=(160, 120))
    assert isinstance(img, np.ndarray) and img.shape[:2] == (120, 160) and img.std() > 5


def test_mesh_exports_reload(lvv, tmp_path):
    land = bowl(nan_at=(3, 3))
    m = lvv.mesh(land)
    for ext in ("ply", "obj", "stl"):
        out = lvv.export(land, tmp_path / f"x.{ext}")
        back = pv.read(out)
        assert back.n_cells == 2 * m.n_cells  # quads -> triangles
        np.testing.assert_allclose(back.bounds, m.bounds, atol=1e-4)
    for ext in ("vts", "vtp"):  # written by Landscape.to_vtk: unscaled heights
        back = pv.read(lvv.export(land, tmp_path / f"x.{ext}"))
        np.testing.assert_allclose(
            back.point_data["loss"], land["loss"].T.reshape(-1), equal_nan=True
        )


def test_export_html_is_a_standalone_vtkjs_page(lvv, tmp_path):
    pytest.importorskip("trame_vtk")
    out = lvv.export(bowl(n=11, m=9), tmp_path / "x.html")
    text = out.read_text(errors="replace")
    assert out.stat().st_size > 100_000
    assert "<html" in text.lower() and "vtk" in text.lower()


def test_shared_clim_gives_one_colour_scale_and_z_range(lvv):
    """Two different landscapes with the same ``clim``: same colour range, same warp scale."""
    small, big = bowl(), bowl()
    big["loss"] = 10 * big["loss"]
    clim = (float(np.log(0.1 + 0.1)), float(np.log(10 + 0.1)))
    scales, ranges = [], []
    for land in (small, big):
        pl = lvv.surface(land, log=True, zmax=10, clim=clim, off_screen=True, window_size=(80, 60))
        try:
            scales.append(float(pl.lossviz_mesh.field_data["warp_scale"][0]))
            ranges.append(tuple(pl.actors["landscape"].mapper.scalar_range))
        finally:
            pl.close()
    assert ranges[0] == pytest.approx(clim) and ranges[1] == pytest.approx(clim)
    # default exaggeration from the shared range: 0.6 * extent (2.0) / (hi - lo)
    assert scales[0] == scales[1] == pytest.approx(0.6 * 2.0 / (clim[1] - clim[0]))
    # without clim each surface takes its own range
    own = lvv.mesh(big, log=True, zmax=10)
    h = np.log(np.minimum(big["loss"], 10) + 0.1)
    assert own.field_data["warp_scale"][0] == pytest.approx(0.6 * 2.0 / np.ptp(h))
    for bad, err in (((1.0, 1.0), ValueError), ((0.0, np.inf), ValueError), ("ab", TypeError)):
        with pytest.raises(err, match="clim"):
            lvv.mesh(small, clim=bad)


def test_mesh_and_surface_share_the_height_options(lvv):
    import inspect

    land = bowl()
    style = lvv.HeightOptions(log=True, zmax=1.5)
    a = lvv.mesh(land, options=style, warp_scale=1.0)
    b = lvv.mesh(land, "loss", True, 1.5, warp_scale=1.0)
    np.testing.assert_array_equal(a.points, b.points)
    sig = inspect.signature(lvv.surface)
    assert list(sig.parameters)[:4] == ["land", "metric", "log", "zmax"]
    assert sig.parameters["clim"].kind is inspect.Parameter.KEYWORD_ONLY
    assert sig.parameters["window_size"].default == (1024, 768)
    with pytest.raises(TypeError, match="unexpected keyword argument 'cmap'"):
        lvv.mesh(land, cmap="viridis")
    with pytest.raises(TypeError, match="options must be a SurfaceOptions"):
        lvv.surface(land, options=style)
