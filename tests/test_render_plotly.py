"""plotly renderers: figure structure, value handling (NaN, zmax, log), bad input."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from lossviz.landscape import Landscape, ProjectedPath

pytest.importorskip("plotly")
import lossviz.render.plotly as lvp  # noqa: E402


def bowl(n=21, m=17, scale=1.0, meta=None, **extra):
    a = np.linspace(-1, 1, n)
    b = np.linspace(-0.5, 1.5, m)
    z = scale * (0.05 + a[:, None] ** 2 + 0.5 * (b[None, :] - 0.5) ** 2)
    mets = {"loss": z, "accuracy": np.clip(1 - z / 3, 0, 1), **extra}
    return Landscape((a, b), mets, {"axis_labels": ["PC1 (95.3%)", "PC2 (3.1%)"], **(meta or {})})


def line_land(n=31, **extra):
    a = np.linspace(-0.5, 1.5, n)
    loss = 0.1 + (a - 0.2) ** 2 * (a - 1.1) ** 2 * 4
    mets = {"loss": loss, "accuracy": 1 - loss / 4, **extra}
    return Landscape((a,), mets, {"axis_labels": ["interpolation coefficient a"]})


# ------------------------------------------------------------------------- contour
def test_contour_structure_axis_and_colorbar_titles():
    land = bowl()
    fig = lvp.contour(land)
    tr = fig.data[0]
    assert tr.type == "contour"
    np.testing.assert_array_equal(tr.x, land.coords[0])
    np.testing.assert_array_equal(tr.y, land.coords[1])
    # plotly rows are y: z is the transpose of land["loss"]
    np.testing.assert_allclose(np.asarray(tr.z), land["loss"].T)
    assert fig.layout.xaxis.title.text == "PC1 (95.3%)"
    assert fig.layout.yaxis.title.text == "PC2 (3.1%)"
    assert "loss" in tr.colorbar.title.text
    assert tr.contours.coloring == "fill" and tr.contours.showlabels
    assert tr.zmin == pytest.approx(land["loss"].min())
    assert tr.zmax == pytest.approx(land["loss"].max())
    # hover shows the value of the grid point: customdata[row=j][col=i] == land[i, j]
    cd = np.asarray(tr.customdata)
    assert cd.shape == (17, 21, 1)
    assert cd[4, 7, 0] == land["loss"][7, 4]


def test_contour_default_levels_are_round_and_configurable():
    land = bowl()  # loss from 0.05 to 1.55
    lv = lvp.contour(land).data[0].contours
    assert lv.size == pytest.approx(0.1)  # ~20 levels over a range of 1.5
    assert lv.start <= land["loss"].min() and lv.start % 0.1 == pytest.approx(0, abs=1e-9)
    assert lvp.contour(land, levels=0.25).data[0].contours.size == 0.25
    c = lvp.contour(land, levels=(0.1, 1.0, 0.05)).data[0].contours
    assert (c.start, c.end, c.size) == (0.1, 1.0, 0.05)
    for bad in (-1, 0, "many", (1, 0, 0.1), (0, 1)):
        with pytest.raises(ValueError, match="levels"):
            lvp.contour(land, levels=bad)
    with pytest.raises(ValueError, match="levels"):
        lvp.contour(land, levels=1e-6)  # a million levels


def test_contour_nan_gaps():
    land = bowl()
    z = land["loss"].copy()
    z[3, 5] = np.nan
    land["loss"] = z
    tr = lvp.contour(land).data[0]
    zz = np.asarray(tr.z)
    assert np.isnan(zz[5, 3]) and np.isfinite(zz).sum() == zz.size - 1
    assert tr.connectgaps is False


def test_contour_zmax_clips_like_original_export():
    land = bowl()
    tr = lvp.contour(land, zmax=0.5).data[0]
    zz = np.asarray(tr.z)
    expected = np.minimum(land["loss"], 0.5).T
    np.testing.assert_allclose(zz, expected)
    assert tr.zmax == 0.5
    assert "clipped at 0.5" in tr.colorbar.title.text
    # hover still tells the true value
    assert np.asarray(tr.customdata).max() == pytest.approx(land["loss"].max())
    with pytest.raises(ValueError, match="zmax"):
        lvp.contour(land, zmax=0.01)  # below the minimum: one flat level
    with pytest.raises((ValueError, TypeError), match="zmax"):
        lvp.contour(land, zmax="big")


def test_contour_log_scale():
    land = bowl()
    tr = lvp.contour(land, log=True).data[0]
    np.testing.assert_allclose(np.asarray(tr.z), np.log10(land["loss"].T))
    cb = tr.colorbar
    assert cb.tickmode == "array"
    # tick labels are the true values at the tick positions
    for v, t in zip(cb.tickvals, cb.ticktext, strict=True):
        assert float(t) == pytest.approx(10**v, rel=1e-2)
    assert not tr.contours.showlabels  # labels would show log10 values
    assert "log" in cb.title.text


def test_log_with_negative_values_raises_and_zero_warns():
    land = bowl()
    land["shifted"] = land["loss"] - 0.5
    with pytest.raises(ValueError, match="log"):
        lvp.contour(land, "shifted", log=True)
    land["zeroed"] = land["loss"] - land["loss"].min()
    with pytest.warns(RuntimeWarning, match="zeros"):
        fig = lvp.contour(land, "zeroed", log=True)
    assert np.isfinite(np.asarray(fig.data[0].z)).all()


@pytest.mark.parametrize("fn", [lvp.contour, lvp.surface3d])
def test_bad_landscapes_raise_clear_errors(fn):
    with pytest.raises(ValueError, match="1D landscape"):
        fn(line_land())
    land = bowl()
    land["loss"] = np.full(land.shape, np.nan)
    with pytest.raises(ValueError, match="no finite values"):
        fn(land)
    with pytest.raises(ValueError, match="metric='nope'"):
        fn(bowl(), "nope")
    with pytest.raises(TypeError, match="land"):
        fn({"loss": np.zeros((3, 3))})
    one_row = Landscape((np.array([0.0]), np.linspace(0, 1, 5)), {"loss": np.ones((1, 5))})
    with pytest.raises(ValueError, match="2 points"):
        fn(one_row)


def test_constant_landscape_still_draws():
    land = bowl()
    land["loss"] = np.ones(land.shape)
    tr = lvp.contour(land).data[0]
    assert tr.zmax > tr.zmin


def test_preview_marked_in_title():
    assert "preview" in lvp.contour(bowl(meta={"preview": True})).layout.title.text
    assert "preview" not in lvp.contour(bowl()).layout.title.text
    fig = lvp.contour(bowl(meta={"preview": True}), title="mine")
    assert fig.layout.title.text.startswith("mine") and "preview" in fig.layout.title.text


def test_eigen_ratio_uses_blue_to_yellow_on_unit_range():
    land = bowl()
    land["eigen_ratio"] = np.clip(land["loss"] / 2, 0, 1)
    tr = lvp.contour(land, "eigen_ratio").data[0]
    cs = tr.colorscale
    assert (tr.zmin, tr.zmax) == (0.0, 1.0)
    assert tr.contours.size == pytest.approx(0.1)
    # first color blue-ish, last yellow-ish
    first, last = cs[0][1], cs[-1][1]

    def rgb(c):
        c = c.lstrip("#")
        if c.startswith("rgb"):
            return [int(x) for x in c[c.index("(") + 1 : -1].split(",")[:3]]
        return [int(c[i : i + 2], 16) for i in (0, 2, 4)]

    r0, g0, b0 = rgb(first)
    r1, g1, b1 = rgb(last)
    assert b0 > r0 and r1 > b1 and g1 > b1
    assert "λ" in tr.colorbar.title.text


# ------------------------------------------------------------------------- trajectory
def _path(n=6, **kw):
    a = np.linspace(-1, 1, 21)
    b = np.linspace(-0.5, 1.5, 17)
    idx = [(2 + 3 * k, 1 + 2 * k) for k in range(n)]  # grid nodes: exact surface values
    coords = np.array([(a[i], b[j]) for i, j in idx])
    return ProjectedPath(coords, [f"epoch {k}" for k in range(n)], **kw), idx


def test_trajectory_overlay_with_hover_and_markers():
    land = bowl()
    true = np.linspace(2.0, 0.1, 6)
    path, idx = _path(name="SGD", values=true, residuals=np.linspace(0.2, 0.0, 6))
    fig = lvp.contour(land, trajectory=path)
    types = [t.type for t in fig.data]
    assert types == ["contour", "scatter", "scatter"]
    line, ends = fig.data[1], fig.data[2]
    assert line.name == "SGD"
    np.testing.assert_allclose(line.x, path.coords[:, 0])
    assert "epoch 3" in line.hovertext[3]
    # the surface value in the hover is the landscape's value at that grid node
    i, j = idx[3]
    assert f"surface loss: {land['loss'][i, j]:.4g}" in line.hovertext[3]
    assert f"true loss: {true[3]:.4g}" in line.hovertext[3]
    assert "residual" in line.hovertext[3]
    assert list(ends.text) == ["start", "end"]
    np.testing.assert_allclose(ends.x, path.coords[[0, -1], 0])


def test_trajectory_accepts_arrays_and_lists_and_checks_dims():
    land = bowl()
    arr = np.array([[0.0, 0.0], [0.5, 0.5], [0.9, 1.0]])
    fig = lvp.contour(land, trajectory=arr)
    assert fig.data[1].type == "scatter" and len(fig.data[1].x) == 3
    p1, _ = _path(name="SGD")
    p2, _ = _path(name="Adam")
    fig = lvp.contour(land, trajectory=[p1, p2])
    assert [t.name for t in fig.data if t.showlegend is not False][1:] == ["SGD", "Adam"]
    with pytest.raises(ValueError, match="trajectory"):
        lvp.contour(land, trajectory=np.zeros((4, 3)))
    with pytest.raises(ValueError, match="trajectory"):
        lvp.contour(land, trajectory=ProjectedPath(np.linspace(0, 1, 4)))
    with pytest.raises(TypeError, match="trajectory"):
        lvp.contour(land, trajectory="path")
    with pytest.warns(UserWarning, match="outside"):
        lvp.contour(land, trajectory=np.array([[0.0, 0.0], [5.0, 5.0]]))


# ------------------------------------------------------------------------- 3D
def test_surface3d_structure():
    land = bowl()
    path, idx = _path()
    fig = lvp.surface3d(land, trajectory=path, zmax=1.0)
    tr = fig.data[0]
    assert tr.type == "surface"
    np.testing.assert_allclose(np.asarray(tr.z), np.minimum(land["loss"], 1.0).T)
    assert tr.contours.z.show
    sc = fig.layout.scene
    assert sc.xaxis.title.text == "PC1 (95.3%)" and sc.yaxis.title.text == "PC2 (3.1%)"
    assert "loss" in sc.zaxis.title.text and "loss" in tr.colorbar.title.text
    assert tuple(sc.zaxis.range) == (pytest.approx(0.05), 1.0)
    t3 = fig.data[1]
    assert t3.type == "scatter3d"
    # drawn on the surface (lifted by 1% of the range)
    surf = np.array([min(land["loss"][i, j], 1.0) for i, j in idx])
    np.testing.assert_allclose(t3.z, surf + 0.01 * (1.0 - 0.05), rtol=1e-6)


def test_surface3d_log_ticks():
    fig = lvp.surface3d(bowl(), log=True)
    np.testing.assert_allclose(np.asarray(fig.data[0].z), np.log10(bowl()["loss"].T))
    assert fig.layout.scene.zaxis.tickmode == "array"


# ------------------------------------------------------------------------- 1D
def test_line_loss_and_accuracy_on_twin_axes():
    land = line_land()
    fig = lvp.line(land)
    names = [t.name for t in fig.data]
    assert names == ["loss", "accuracy"]
    assert fig.data[0].yaxis == "y" and fig.data[1].yaxis == "y2"
    np.testing.assert_allclose(fig.data[0].y, land["loss"])
    assert fig.layout.yaxis2.overlaying == "y" and fig.layout.yaxis2.side == "right"
    assert fig.layout.xaxis.title.text == "interpolation coefficient a"
    assert fig.layout.yaxis.title.text == "loss" and fig.layout.yaxis2.title.text == "accuracy"


def test_line_train_vs_test_and_several_landscapes():
    land = line_land(test_loss=line_land()["loss"] * 1.3)
    fig = lvp.line(land, ["loss", "test_loss"])
    assert [t.name for t in fig.data] == ["loss", "test loss"]
    assert fig.data[0].line.dash != fig.data[1].line.dash
    assert fig.data[0].line.color == fig.data[1].line.color
    fig = lvp.line({"small batch": line_land(), "large batch": line_land()})
    assert len(fig.data) == 4
    dashes = {t.name: t.line.dash for t in fig.data}
    assert dashes["small batch loss"] != dashes["large batch loss"]
    assert dashes["small batch loss"] == dashes["small batch accuracy"]


def test_line_options_and_errors():
    land = line_land()
    fig = lvp.line(land, "loss", log=True, zmax=1.0)
    assert fig.layout.yaxis.type == "log"
    assert max(fig.data[0].y) == 1.0
    z = land["loss"].copy()
    z[4] = np.nan
    land["loss"] = z
    tr = lvp.line(land, "loss").data[0]
    assert np.isnan(tr.y[4]) and tr.connectgaps is False
    with pytest.raises(ValueError, match="2D landscape"):
        lvp.line(bowl())
    with pytest.raises(ValueError, match="metric='x'"):
        lvp.line(line_land(), "x")
    neg = line_land()
    neg["loss"] = neg["loss"] - 1
    with pytest.raises(ValueError, match="log"):
        lvp.line(neg, "loss", log=True)


# ------------------------------------------------------------------------- compare
def test_compare_shares_one_color_scale_and_levels():
    lands = {"no skip": bowl(scale=3.0), "skip": bowl(scale=1.0)}
    fig = lvp.compare(lands)
    cont = [t for t in fig.data if t.type == "contour"]
    assert len(cont) == 2
    assert all(t.coloraxis == "coloraxis" for t in cont)
    ca = fig.layout.coloraxis
    lo = min(ld["loss"].min() for ld in lands.values())
    hi = max(ld["loss"].max() for ld in lands.values())
    assert (ca.cmin, ca.cmax) == (pytest.approx(lo), pytest.approx(hi))
    assert "loss" in ca.colorbar.title.text
    c0, c1 = cont[0].contours, cont[1].contours
    assert (c0.start, c0.end, c0.size) == (c1.start, c1.end, c1.size)
    assert [a.text for a in fig.layout.annotations] == ["no skip", "skip"]
    assert fig.layout.xaxis.title.text == "PC1 (95.3%)"
    assert fig.layout.xaxis2.title.text == "PC1 (95.3%)"
    # the same y title once per row: a repeat would run into the panel on its left
    assert fig.layout.yaxis.title.text and not fig.layout.yaxis2.title.text
    # explicit shared range and log
    fig = lvp.compare(list(lands.values()), zrange=(0.01, 10), log=True)
    assert fig.layout.coloraxis.cmin == pytest.approx(-2)


def test_compare_surface3d_shares_z_range_and_lines_share_y():
    fig = lvp.compare([bowl(scale=3.0), bowl()], kind="surface3d")
    assert [t.type for t in fig.data] == ["surface", "surface"]
    r1, r2 = fig.layout.scene.zaxis.range, fig.layout.scene2.zaxis.range
    assert tuple(r1) == tuple(r2)
    fig = lvp.compare({"a": line_land(), "b": line_land()}, metric="loss")
    assert tuple(fig.layout.yaxis.range) == tuple(fig.layout.yaxis2.range)
    with pytest.raises(ValueError, match="mixes"):
        lvp.compare([bowl(), line_land()])
    with pytest.raises(ValueError, match="kind"):
        lvp.compare([bowl()], kind="pie")
    with pytest.raises(ValueError, match="empty"):
        lvp.compare([])


def test_compare_per_panel_trajectories():
    p, _ = _path(name="run")
    fig = lvp.compare({"x": bowl(), "y": bowl()}, trajectory={"y": p})
    assert sum(t.type == "scatter" for t in fig.data) == 2
    with pytest.raises(ValueError, match="trajectory"):
        lvp.compare({"x": bowl()}, trajectory={"zz": p})


# ------------------------------------------------------------------------- update
def test_update_replaces_the_landscape_in_place():
    p, _ = _path()
    fig = lvp.contour(bowl(), trajectory=p)
    n = len(fig.data)
    new = bowl(scale=2.0)
    out = lvp.update(fig, new)
    assert out is fig and len(fig.data) == n
    np.testing.assert_allclose(np.asarray(fig.data[0].z), new["loss"].T)
    assert fig.data[0].zmax == pytest.approx(new["loss"].max())
    lvp.update(fig, new, log=True)
    np.testing.assert_allclose(np.asarray(fig.data[0].z), np.log10(new["loss"].T))
    with pytest.raises(ValueError, match="fig"):
        lvp.update(lvp.line(line_land()), new)


def test_render_package_imports_no_toolkit_or_torch():
    code = (
        "import sys; import lossviz.render; "
        "assert 'plotly' not in sys.modules and 'pyvista' not in sys.modules; "
        "import lossviz.render.plotly; assert 'pyvista' not in sys.modules"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    # renderers never import torch (lossviz/__init__ does, so check the sources)
    import ast
    from pathlib import Path

    import lossviz.render

    for f in Path(lossviz.render.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(f.read_text())):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                assert not any(n.split(".")[0] == "torch" for n in names), f


def test_contour_and_surface3d_take_their_keywords_as_one_object():
    import inspect

    land = bowl()
    style = lvp.ContourOptions(log=True, zmax=1.0, width=300)
    fig = lvp.contour(land, options=style, height=200)
    assert (fig.layout.width, fig.layout.height) == (300, 200)
    assert fig.layout.meta["lossviz"]["log"] is True
    assert (
        fig.to_dict()
        == lvp.contour(land, "loss", None, None, True, 1.0, width=300, height=200).to_dict()
    )
    sig = inspect.signature(lvp.surface3d)
    assert list(sig.parameters)[:6] == ["land", "metric", "trajectory", "levels", "log", "zmax"]
    assert sig.parameters["width"].default == 720 and sig.parameters["contours"].default is True
    with pytest.raises(TypeError, match="multiple values for argument 'metric'"):
        lvp.contour(land, "loss", metric="accuracy")
    with pytest.raises(TypeError, match="unexpected keyword argument 'show_labels'"):
        lvp.surface3d(land, show_labels=False)
    with pytest.raises(TypeError, match="positional arguments"):
        lvp.contour(land, "loss", None, None, False, None, 1)
    with pytest.raises(TypeError, match="options must be a Surface3dOptions"):
        lvp.surface3d(land, options=style)
