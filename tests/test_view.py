"""LandscapeView (the anywidget front-end's Python side) and its binary frames, no browser."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("anywidget")

from lossviz import Landscape  # noqa: E402
from lossviz.landscape import ProjectedPath  # noqa: E402
from lossviz.widgets.serialize import decode_frame, frame_payload, to_f32_bytes  # noqa: E402
from lossviz.widgets.view import (  # noqa: E402
    COLORMAPS,
    LandscapeView,
    ViewValueError,
    check_ball,
    check_status,
)

ROOT = Path(__file__).resolve().parents[1]


def _land2d(nx=7, ny=4, seed=0, acc=True):
    rng = np.random.default_rng(seed)
    a = np.linspace(-1.0, 1.0, nx)
    b = np.linspace(-0.5, 0.7, ny)  # different spans: catches a/b mix-ups
    loss = rng.random((nx, ny)) * 5 + 0.01
    loss[1, 2] = np.nan
    metrics = {"loss": loss}
    if acc:
        metrics["accuracy"] = rng.random((nx, ny))
    return Landscape((a, b), metrics, meta={"axis_labels": ["PC1 (80%)", "PC2 (15%)"]})


def _leaves(obj, path=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from _leaves(v, (*path, i))
    else:
        yield path, obj


# ---------------------------------------------------------------- payload
def test_payload_round_trip_equals_landscape_arrays():
    land = _land2d()
    f = frame_payload({"m": land}, note="hello", frame_id=5)
    assert f["id"] == 5 and f["ndim"] == 2 and f["note"] == "hello" and f["preview"] is False
    assert (f["a_label"], f["b_label"]) == ("PC1 (80%)", "PC2 (15%)")
    d = decode_frame(f)
    np.testing.assert_array_equal(d["a"], land.coords[0].astype(np.float32))
    np.testing.assert_array_equal(d["b"], land.coords[1].astype(np.float32))
    for m in ("loss", "accuracy"):
        np.testing.assert_array_equal(d["panels"][0]["metrics"][m], land[m].astype(np.float32))
    assert np.isnan(d["panels"][0]["metrics"]["loss"][1, 2])


def test_payload_index_order_i_j_is_a_i_b_j():
    # value = 100 * a + b: element i * ny + j of the flat buffer must be at (a[i], b[j])
    a = np.array([-1.0, 0.0, 2.0])
    b = np.array([0.25, 0.5])
    land = Landscape((a, b), {"loss": 100 * a[:, None] + b[None, :]})
    f = frame_payload({"m": land})
    flat = np.frombuffer(f["panels"][0]["metrics"]["loss"], dtype="<f4")
    ax = np.frombuffer(f["a"], "<f4")
    bx = np.frombuffer(f["b"], "<f4")
    for i in range(3):
        for j in range(2):
            assert flat[i * 2 + j] == np.float32(100 * ax[i] + bx[j])


def test_payload_leaves_are_little_endian_float32_bytes_never_lists():
    t = np.linspace(0, 1, 5)
    path = ProjectedPath(np.stack([t, -t], 1), labels=[f"epoch {3 * i}" for i in range(5)],
                         values=t + 1)  # fmt: skip
    f = frame_payload({"x": _land2d(), "y": _land2d(seed=1)}, {"y": path})
    arrays = [
        (p, v) for p, v in _leaves(f) if not isinstance(v, (str, int, float, bool, type(None)))
    ]
    assert arrays, "no array leaves"
    for p, v in arrays:
        assert isinstance(v, bytes), (p, type(v))
    # explicit little-endian check against an independent encoding
    import struct

    assert f["a"] == struct.pack(f"<{7}f", *_land2d().coords[0])
    assert to_f32_bytes([1.0]) == bytes.fromhex("0000803f")
    assert f["panels"][0]["path"] is None
    d = decode_frame(f)["panels"][1]["path"]
    np.testing.assert_array_equal(d["x"], t.astype(np.float32))
    np.testing.assert_array_equal(d["y"], (-t).astype(np.float32))
    np.testing.assert_array_equal(d["epochs"], [0, 3, 6, 9, 12])
    np.testing.assert_array_equal(d["loss"], (t + 1).astype(np.float32))
    # the frame is JSON-serializable once bytes are taken out (the comm's buffer split)
    json.dumps(f, default=lambda o: None)


def test_payload_1d_and_paths_without_values():
    a = np.linspace(-1, 1, 9)
    land = Landscape((a,), {"loss": a**2})
    f = frame_payload({"m": land}, {"m": np.array([0.5, 0.0])})
    assert f["ndim"] == 1 and "b" not in f and f["b_label"] == ""
    d = decode_frame(f)
    np.testing.assert_array_equal(d["panels"][0]["metrics"]["loss"], (a**2).astype(np.float32))
    p = d["panels"][0]["path"]
    np.testing.assert_array_equal(p["x"], [0.5, 0.0])
    np.testing.assert_array_equal(p["epochs"], [0, 1])
    assert np.isnan(p["loss"]).all()


def test_payload_ids_increase_and_only_frame_metrics_sent():
    land = Landscape(
        (np.arange(3.0), np.arange(2.0)),
        {"loss": np.ones((3, 2)), "lambda_min": np.zeros((3, 2)), "eigen_ratio": np.zeros((3, 2))},
    )
    f1, f2 = frame_payload({"m": land}), frame_payload({"m": land}, preview=True)
    assert f2["id"] > f1["id"] and f2["preview"] is True
    assert set(f1["panels"][0]["metrics"]) == {"loss", "eigen_ratio"}


def test_payload_errors():
    land = _land2d()
    with pytest.raises(ValueError, match="landscapes"):
        frame_payload({})
    with pytest.raises(TypeError, match="landscapes\\['m'\\]"):
        frame_payload({"m": np.zeros((3, 3))})
    other = Landscape((np.linspace(0, 1, 7), np.linspace(0, 1, 4)), {"loss": np.ones((7, 4))})
    with pytest.raises(ValueError, match="share one grid"):
        frame_payload({"m": land, "n": other})
    with pytest.raises(ValueError, match="1D"):
        frame_payload({"m": land, "n": Landscape((np.arange(3.0),), {"loss": np.ones(3)})})
    with pytest.raises(ValueError, match="not in landscapes"):
        frame_payload({"m": land}, {"zzz": np.zeros((2, 2))})
    with pytest.raises(ValueError, match="paths"):
        frame_payload({"m": land}, {"m": np.zeros((2, 3))})


# ---------------------------------------------------------------- widget traits
def test_view_defaults_and_metrics_from_frame():
    w = LandscapeView(frame=frame_payload({"m": _land2d()}))
    assert (w.view, w.metric, w.scale, w.clip, w.colormap, w.epoch) == (
        "contour", "loss", "log", 10.0, "auto", -1,
    )  # fmt: skip
    assert w.available_metrics == ["loss", "accuracy"]
    assert w.ball == {"method": "gd", "lr": 0.05, "start": None, "running": False}
    assert w.status["state"] == "idle"
    assert "renderStandalone" in w._esm  # the bundle text, read from static/widget.js
    for name in w.traits(sync=True):
        if not name.startswith("_") and name not in (
            "comm",
            "keys",
            "layout",
            "tabbable",
            "tooltip",
        ):
            assert w.trait_metadata(name, "help"), f"trait {name} has no help"


@pytest.mark.parametrize(
    ("name", "value", "match"),
    [
        ("view", "3d", "view='3d' is not allowed"),
        ("metric", "acc", "metric='acc' is not allowed"),
        ("scale", "sqrt", "scale="),
        ("colormap", "jet", "colormap="),
        ("clip", -1.0, "clip must be >= 0"),
        ("clip", float("nan"), "clip must be a finite number"),
        ("epoch", -2, "epoch must be >= -1"),
        ("ball", {"method": "sgd"}, "ball\\['method'\\]"),
        ("ball", {"lr": 0.0}, "ball\\['lr'\\] must be > 0"),
        ("ball", {"start": [1.0]}, "ball\\['start'\\]"),
        ("ball", {"speed": 1}, "unknown keys"),
        ("status", {"state": "busy"}, "status\\['state'\\]"),
        ("status", {"progress": 1.5}, "progress"),
        ("frame", {"id": 1, "ndim": 2, "a": [0.0, 1.0], "panels": []}, "never a list"),
    ],
)
def test_validation_errors_name_the_trait(name, value, match):
    w = LandscapeView()
    before = getattr(w, name)
    with pytest.raises(ValueError, match=match):
        setattr(w, name, value)
    assert getattr(w, name) == before


def test_validation_error_is_a_traiterror_too():
    import traitlets

    assert issubclass(ViewValueError, traitlets.TraitError)
    assert "auto" in COLORMAPS and "coolwarm" in COLORMAPS


def test_ball_and_status_completed():
    assert check_ball({"start": (1, 2), "running": True}) == {
        "method": "gd", "lr": 0.05, "start": [1.0, 2.0], "running": True,
    }  # fmt: skip
    assert check_status({"state": "computing", "progress": 0.5})["estimate_s"] is None
    with pytest.raises(ValueError, match="estimate_s"):
        check_status({"estimate_s": -1})


def test_state_sync_from_front_end():
    w = LandscapeView(frame=frame_payload({"m": _land2d()}))
    seen = []
    w.observe(lambda c: seen.append((c["name"], c["new"])), names=["view", "metric", "ball"])
    w.set_state({"view": "paraview", "scale": "linear", "clip": 0.0})
    assert (w.view, w.scale, w.clip) == ("paraview", "linear", 0.0)
    msg = {
        "content": {
            "data": {
                "method": "update",
                "state": {"metric": "eigen_ratio", "requested_metric": "eigen_ratio",
                          "ball": {"method": "adam", "lr": 0.1, "start": [0.5, 0.1],
                                   "running": True},
                          "camera": {"eye": [1, 2, 3]}},
                "buffer_paths": [],
            }
        },
        "buffers": [],
    }  # fmt: skip
    w._handle_msg(msg)
    assert w.metric == "eigen_ratio" and w.requested_metric == "eigen_ratio"
    assert w.ball == {"method": "adam", "lr": 0.1, "start": [0.5, 0.1], "running": True}
    assert w.camera == {"eye": [1, 2, 3]}
    assert ("view", "paraview") in seen and ("metric", "eigen_ratio") in seen
    # state going to the browser: frame leaves are buffers, not lists
    state = w.get_state()
    from ipywidgets.widgets.widget import _remove_buffers

    _, paths, buffers = _remove_buffers(state)
    assert ["frame", "a"] in paths and ["frame", "panels", 0, "metrics", "loss"] in paths
    assert all(isinstance(b, (bytes, memoryview)) for b in buffers)


def test_custom_confirm_message_reaches_python():
    w = LandscapeView()
    got = []
    w.on_msg(lambda _w, content, _b: got.append(content))
    content = {"type": "confirm", "ok": True}
    w._handle_msg({"content": {"data": {"method": "custom", "content": content}}, "buffers": []})
    assert got == [{"type": "confirm", "ok": True}]


# ---------------------------------------------------------------- bundle
def test_bundle_is_shipped_and_exports_the_anywidget_entry_points():
    static = ROOT / "lossviz" / "widgets" / "static"
    js = (static / "widget.js").read_text()
    assert (static / "widget.css").stat().st_size > 500
    assert "renderStandalone" in js and "export" in js
    # no network at run time: the only URLs are XML namespaces
    import re

    assert set(re.findall(r"https?://[\w.-]+", js)) <= {"http://www.w3.org"}
    for hook in ("__lossviz", "__lossvizDescent", "data-control", "lossviz-view"):
        assert hook in js


def _node():
    try:
        return (
            subprocess.run(["node", "--version"], capture_output=True, check=True).returncode == 0
        )
    except (OSError, subprocess.CalledProcessError):
        return False


@pytest.mark.skipif(not _node(), reason="node not installed")
def test_js_descent_matches_python_descend(tmp_path):
    """js/src/descent.js (the browser's ball) follows lossviz.widgets.descent.descend."""
    from lossviz.widgets.descent import GridFunction, descend

    a = np.linspace(-1.5, 1.0, 31)
    b = np.linspace(-1.0, 1.2, 23)
    A, B = np.meshgrid(a, b, indexing="ij")
    z = 0.3 + (A - 0.2) ** 2 + 3 * (B + 0.1) ** 2 + 0.2 * np.sin(4 * A) * np.cos(3 * B)
    cases = [("gd", 0.05, (0.8, 0.9)), ("momentum", 0.02, (-1.2, 0.5)), ("adam", 0.05, (0.9, -0.8))]
    script = tmp_path / "run.mjs"
    src = (ROOT / "js" / "src" / "descent.js").as_uri()
    script.write_text(
        f"import {{ descend }} from {json.dumps(src)};\n"
        f"const a = {json.dumps(a.tolist())}, b = {json.dumps(b.tolist())};\n"
        f"const z = Float32Array.from({json.dumps(z.astype(np.float32).ravel().tolist())});\n"
        f"const cases = {json.dumps(cases)};\n"
        "const run = ([m, lr, s]) => descend(a, b, z, s, {method: m, lr, steps: 150});\n"
        "console.log(JSON.stringify(cases.map(run)));\n"
    )
    out = json.loads(
        subprocess.run(["node", str(script)], capture_output=True, text=True, check=True).stdout
    )
    f = GridFunction(a, b, z.astype(np.float32))
    for (method, lr, start), js in zip(cases, out, strict=True):
        py = descend(f, start, method=method, lr=lr, steps=150)
        assert js["status"] == py.status, method
        np.testing.assert_allclose(np.array(js["points"]), py.points, rtol=0, atol=1e-9)
        np.testing.assert_allclose(js["values"], py.values, rtol=1e-9)
