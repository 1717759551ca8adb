"""core/directions.py: normalization against its definition, seeds, cosines, files."""

from __future__ import annotations

import math

import h5py
import numpy as np
import pytest
import torch
from torch import nn

import lossviz as lv
from conftest import assert_identical, snapshot
from lossviz.core.directions import normalize_direction
from lossviz.core.params import classify


class Mixed(nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(3)
        self.emb = nn.Embedding(7, 4)
        self.lstm = nn.LSTM(4, 3, batch_first=True)
        self.c1 = nn.Conv1d(3, 5, 3)
        self.c2 = nn.Conv2d(1, 4, 3)
        self.bn = nn.BatchNorm2d(4)
        self.ln = nn.LayerNorm(5)
        self.fc = nn.Linear(5, 2)
        with torch.no_grad():  # non-trivial norm-layer weights
            self.bn.weight.uniform_(0.5, 2.0)
            self.ln.weight.uniform_(0.5, 2.0)


def rows(t):
    return t.reshape(t.shape[0], -1)


def test_filter_normalization_per_filter():
    m = Mixed()
    dirs = lv.random_directions(m, n=2, seed=0, norm="filter")
    cls = classify(m)
    for d in dirs:
        for name, p in m.named_parameters():
            if cls[name] == "filter":
                # each filter of d has the norm of the same filter of theta
                for i in range(p.shape[0]):
                    want = rows(p.detach())[i].norm()
                    got = rows(d[name])[i].norm()
                    assert got == pytest.approx(float(want), rel=1e-5, abs=1e-6), (name, i)
            else:
                assert torch.count_nonzero(d[name]) == 0, name  # biasbn: zeroed


def test_layer_model_weight_none_normalizations():
    m = Mixed()
    cls = classify(m)
    theta = {n: p.detach() for n, p in m.named_parameters()}
    weights = [n for n in theta if cls[n] == "filter"]
    layer = lv.random_directions(m, n=1, seed=1, norm="layer")[0]
    for n in weights:
        assert layer[n].norm() == pytest.approx(float(theta[n].norm()), rel=1e-5)
    model = lv.random_directions(m, n=1, seed=1, norm="model")[0]
    dn = math.sqrt(sum(float(model[n].double().pow(2).sum()) for n in weights))
    tn = math.sqrt(sum(float(theta[n].double().pow(2).sum()) for n in weights))
    assert dn == pytest.approx(tn, rel=1e-5)
    raw = lv.random_directions(m, n=1, seed=1, norm="none")[0]
    weight = lv.random_directions(m, n=1, seed=1, norm="weight")[0]
    for n in weights:
        assert torch.allclose(weight[n], raw[n] * theta[n].detach())
        # layer/model are rescalings of the same raw Gaussian
        assert torch.allclose(layer[n] / layer[n].norm(), raw[n] / raw[n].norm(), atol=1e-6)


def test_ignore_none_copies_weights_into_bias_and_norm():
    m = Mixed()
    d = lv.random_directions(m, n=1, seed=0, ignore=None)[0]
    for name, p in m.named_parameters():
        if classify(m)[name] != "filter":
            assert torch.equal(d[name], p.detach()), name
    # "none" (the CLI's and the widgets' spelling) is the same setting
    same = lv.random_directions(m, n=1, seed=0, ignore="none")
    assert same.meta["ignore"] is None
    assert all(torch.equal(d[n], same[0][n]) for n in d)


def test_direction_of_change_variants():
    m, m2 = Mixed(), Mixed()
    with torch.no_grad():
        for p in m2.parameters():
            p.add_(torch.randn_like(p) * 0.3)
    theta, ref = dict(m.named_parameters()), dict(m2.named_parameters())
    df = lv.random_directions(m, n=1, seed=0, norm="dfilter", reference=m2)[0]
    dl = lv.random_directions(m, n=1, seed=0, norm="dlayer", reference=m2.state_dict())[0]
    for n in ("fc.weight", "c2.weight", "emb.weight"):
        change = (ref[n] - theta[n]).detach()
        for i in range(change.shape[0]):
            assert rows(df[n])[i].norm() == pytest.approx(float(rows(change)[i].norm()), rel=1e-4)
        assert dl[n].norm() == pytest.approx(float(change.norm()), rel=1e-5)
    with pytest.raises(ValueError, match="reference"):
        lv.random_directions(m, norm="dfilter")


def test_normalize_direction_directly_matches_original_formula():
    w = torch.randn(4, 3, 2, 2)
    d = torch.randn(4, 3, 2, 2)
    out = normalize_direction({"w": d}, {"w": w}, {"w": "filter"}, "filter")["w"]
    for i in range(4):
        expect = d[i] * (w[i].norm() / (d[i].norm() + 1e-10))
        assert torch.allclose(out[i], expect, atol=1e-7)


def test_seeded_reproducible_and_independent_of_global_rng():
    m = Mixed()
    torch.manual_seed(123)
    a = lv.random_directions(m, n=2, seed=7)
    torch.manual_seed(999)
    b = lv.random_directions(m, n=2, seed=7)
    c = lv.random_directions(m, n=2, seed=8)
    for da, db, dc in zip(a, b, c, strict=True):
        for n in da:
            assert torch.equal(da[n], db[n])
        assert any(not torch.equal(da[n], dc[n]) for n in da)
    # the directions are drawn on the CPU, so a device change cannot alter them
    cpu = lv.random_directions(m, n=2, seed=7, device="cpu")
    for n in a.names:
        assert torch.equal(cpu[0][n], a[0][n])


def test_cosine_matches_numpy_and_expected_scale():
    torch.manual_seed(0)
    m = nn.Sequential(nn.Linear(100, 200), nn.ReLU(), nn.Linear(200, 10))
    dirs = lv.random_directions(m, n=3, seed=0, norm="none")
    v = np.stack([np.concatenate([t.numpy().ravel() for t in d.values()]) for d in dirs])
    v = v.astype(np.float64)
    want = (v @ v.T) / np.outer(np.linalg.norm(v, axis=1), np.linalg.norm(v, axis=1))
    assert np.allclose(dirs.cosine(), want, atol=1e-10)
    assert np.allclose(np.diag(dirs.cosine()), 1.0)
    assert dirs.meta["max_abs_cosine"] < 10 * dirs.meta["expected_abs_cosine"]


def test_model_untouched():
    m = Mixed()
    snap = snapshot(m)
    lv.random_directions(m, n=2, seed=0, norm="filter")
    assert_identical(m, snap)


@pytest.mark.parametrize("suffix", [".h5", ".npz"])
def test_save_load_roundtrip(tmp_path, suffix):
    m = Mixed()
    dirs = lv.random_directions(m, n=2, seed=4, norm="layer")
    path = dirs.save(tmp_path / f"d{suffix}")
    back = lv.Directions.load(path, m)
    assert back.meta["norm"] == "layer" and len(back) == 2
    for d, e in zip(dirs, back, strict=True):
        for n in d:
            assert torch.equal(d[n], e[n])


def test_saved_h5_uses_original_layout(tmp_path):
    m = Mixed()
    dirs = lv.random_directions(m, n=2, seed=4)
    dirs.save(tmp_path / "d.h5")
    with h5py.File(tmp_path / "d.h5") as f:
        assert set(f) == {"xdirection", "ydirection"}
        params = list(m.named_parameters())
        assert len(f["xdirection"]) == len(params)
        for i, (n, _p) in enumerate(params):
            assert f["xdirection"][str(i)].dtype == np.float32
            assert np.array_equal(f["ydirection"][str(i)][()], dirs[1][n].numpy())


def _write_original(path, groups):
    """What the original code's h5_util.write_list does for each direction."""
    with h5py.File(path, "w") as f:
        for gname, tensors in groups.items():
            g = f.create_group(gname)
            for i, t in enumerate(tensors):
                g.create_dataset(str(i), data=t.numpy())


def test_load_original_weights_and_states_files(tmp_path):
    m = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.Flatten(), nn.Linear(8, 3))
    params = [torch.randn_like(p) for p in m.parameters()]
    _write_original(tmp_path / "w.h5", {"xdirection": params, "ydirection": params})
    d = lv.Directions.load(tmp_path / "w.h5", m)
    assert len(d) == 2 and d.names == [n for n, _ in m.named_parameters()]
    assert torch.equal(d[0]["3.weight"], params[-2])
    states = [
        torch.randn(v.shape) if v.is_floating_point() else v.clone()
        for v in m.state_dict().values()
    ]
    _write_original(tmp_path / "s.h5", {"xdirection": states})
    s = lv.Directions.load(tmp_path / "s.h5", m)
    assert len(s) == 1
    assert "1.running_mean" in s.names and "1.num_batches_tracked" not in s.names
    keys = list(m.state_dict())
    assert torch.equal(s[0]["1.running_var"], states[keys.index("1.running_var")])


def test_load_errors(tmp_path):
    m = nn.Linear(3, 2)
    _write_original(tmp_path / "bad.h5", {"xdirection": [torch.randn(5)]})
    with pytest.raises(ValueError, match="tensors per direction"):
        lv.Directions.load(tmp_path / "bad.h5", m)
    _write_original(tmp_path / "shape.h5", {"xdirection": [torch.randn(2, 4), torch.randn(2)]})
    with pytest.raises(ValueError, match="shape"):
        lv.Directions.load(tmp_path / "shape.h5", m)
    with h5py.File(tmp_path / "other.h5", "w") as f:
        f["x"] = np.zeros(3)
    with pytest.raises(ValueError, match="xdirection"):
        lv.Directions.load(tmp_path / "other.h5", m)
    (tmp_path / "junk.bin").write_bytes(b"not a file format")
    with pytest.raises(ValueError, match="neither"):
        lv.Directions.load(tmp_path / "junk.bin", m)
    with pytest.raises(ValueError, match="suffix"):
        lv.random_directions(m, n=1).save(tmp_path / "x.txt")


def test_bad_arguments():
    m = nn.Linear(3, 2)
    with pytest.raises(ValueError, match="norm='fliter'"):
        lv.random_directions(m, norm="fliter")
    with pytest.raises(ValueError, match="ignore="):
        lv.random_directions(m, ignore="bias")
    with pytest.raises(ValueError, match="n must be"):
        lv.random_directions(m, n=0)
    with pytest.raises(TypeError, match="seed"):
        lv.random_directions(m, seed=1.5)
    with pytest.raises(TypeError, match="torch.nn.Module"):
        lv.random_directions("model")

    class Empty(nn.Module):
        def forward(self, x):
            return x

    with pytest.raises(ValueError, match="no parameters"):
        lv.random_directions(Empty())


def test_plane_directions_contains_the_three_points():
    torch.manual_seed(0)
    ms = [nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2)) for _ in range(3)]
    dirs = lv.plane_directions(*ms)
    assert np.allclose(dirs.cosine(), np.eye(2), atol=1e-6)
    assert np.allclose(dirs.norms(), 1.0, atol=1e-6)
    vec = [torch.cat([p.detach().reshape(-1).double() for p in m.parameters()]) for m in ms]
    u, v = dirs.vectors()
    for key, x in zip("abc", vec, strict=True):
        a, b = dirs.meta["points"][key]
        assert torch.allclose(vec[0] + a * u + b * v, x, atol=1e-5)
    with pytest.raises(ValueError, match="collinear"):
        lv.plane_directions(ms[0], ms[1], ms[1])


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_half_precision_model_end_to_end(tmp_path, dtype):
    """issue 14.7: a bf16/fp16 model's grid result survives (surface, tiles, files)."""
    from lossviz.distributed import load_store, surface_tiles

    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 3)).to(dtype)
    X, y = torch.randn(32, 2).to(dtype), torch.randint(0, 3, (32,))
    dirs = lv.random_directions(net, n=2, seed=0)
    assert dirs[0]["0.weight"].dtype == dtype and dirs.dtype == str(dtype)[6:]
    arrays = dirs.numpy()
    for d, arr in zip(dirs, arrays, strict=True):
        for n, t in d.items():
            assert arr[n].dtype == np.float32
            assert np.array_equal(arr[n], t.float().numpy())  # exact: half values are f32 values
    land = lv.surface(net, (X, y), dirs, a=(-1, 1, 3), b=(-1, 1, 3), progress=False)
    assert land.meta["directions"]["dtype"] == str(dtype)[6:]
    with torch.no_grad():  # the centre is the model's own loss, computed independently
        own = torch.nn.functional.cross_entropy(net(X).float(), y).item()
    assert land["loss"][1, 1] == pytest.approx(own, rel=1e-2)
    back = lv.Landscape.load(land.save(tmp_path / "l.npz"))
    assert np.array_equal(back["loss"], land["loss"])
    for path in (dirs.save(tmp_path / "d.npz"), dirs.save(tmp_path / "d.h5"), tmp_path / "l.npz"):
        loaded = lv.Directions.load(path, net)
        for d, e in zip(dirs, loaded, strict=True):
            for n in d:
                assert e[n].dtype == dtype and torch.equal(d[n], e[n])
    tiled = surface_tiles(
        net,
        (X, y),
        dirs,
        a=(-1, 1, 4),
        b=(-1, 1, 4),
        tiles=2,
        progress=False,
        store=tmp_path / "store",
    )
    assert tiled.complete and tiled.directions[0]["0.weight"].dtype == np.float32
    stored = load_store(tmp_path / "store")
    assert np.array_equal(stored["loss"], tiled["loss"])
    assert np.array_equal(stored.directions[1]["2.weight"], dirs[1]["2.weight"].float().numpy())


def test_load_malformed_files_gives_clear_errors(tmp_path):
    """issue 14.12: malformed, truncated or foreign files -> ValueError naming file and problem."""
    import json
    import zipfile

    m = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    dirs = lv.random_directions(m, n=2, seed=1)
    good_npz = dirs.save(tmp_path / "good.npz")
    good_h5 = dirs.save(tmp_path / "good.h5")
    with np.load(good_npz) as z:
        head = json.loads(str(z["__lossviz__"][()]))
        members = {k: z[k] for k in z.files}
    assert head["version"] == 1 and head["schema"] == "lossviz.directions"
    assert head["dtype"] == "float32"

    def npz(name, **changes):
        arrays = {**members, **changes}
        arrays = {k: v for k, v in arrays.items() if v is not None}
        np.savez(tmp_path / name, **arrays)
        return tmp_path / name

    cases = {
        "newer.npz": (npz("newer.npz", __lossviz__=np.array(json.dumps({**head, "version": 9}))),
                      "newer lossviz (format version 9"),
        "notjson.npz": (npz("notjson.npz", __lossviz__=np.array("{oops")),
                        "corrupt lossviz header"),
        "noname.npz": (npz("noname.npz", __lossviz__=np.array(json.dumps({**head, "names": 3}))),
                       "corrupt lossviz header"),
        "missing.npz": (npz("missing.npz", **{"ydirection/2": None}),
                        "array 'ydirection/2' is missing"),
        "manyn.npz": (npz("manyn.npz", __lossviz__=np.array(json.dumps({**head, "n": 3}))),
                      "array 'direction2/0' is missing"),
        "traj.npz": (npz("traj.npz", __lossviz__=np.array('{"schema": "lossviz.trajectory"}')),
                     "not a lossviz direction file (it holds a trajectory: use lv.Trajectory"),
    }  # fmt: skip
    raw = good_npz.read_bytes()
    (tmp_path / "cut.npz").write_bytes(raw[: len(raw) // 2])
    cases["cut.npz"] = (tmp_path / "cut.npz", "corrupt or truncated")
    with zipfile.ZipFile(tmp_path / "empty.npz", "w"):
        pass
    cases["empty.npz"] = (tmp_path / "empty.npz", "not a lossviz file")
    raw = good_h5.read_bytes()
    (tmp_path / "cut.h5").write_bytes(raw[: len(raw) // 2])
    cases["cut.h5"] = (tmp_path / "cut.h5", "corrupt or truncated")
    (tmp_path / "adir").mkdir()
    cases["adir"] = (tmp_path / "adir", "is a directory")
    for name, (path, message) in cases.items():
        with pytest.raises(ValueError) as info:
            lv.Directions.load(path, m)
        text = str(info.value)
        assert message in text and name in text, (name, text)
    back = lv.Directions.load(good_npz, m)  # the good files still load
    assert torch.equal(back[1]["2.weight"], dirs[1]["2.weight"])
    assert torch.equal(lv.Directions.load(good_h5, m)[0]["0.weight"], dirs[0]["0.weight"])


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_non_finite_weight_is_named(bad):
    """issue 14.13: a NaN/inf weight gives a clear error naming it, not NaN directions."""
    m = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    with torch.no_grad():
        m[2].weight[1, 3] = bad
    for norm in ("filter", "layer", "model", "weight", "none"):
        with pytest.raises(ValueError, match=r"parameter '2\.weight' holds 1 NaN/inf value"):
            lv.random_directions(m, n=2, norm=norm)
    ok = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    with pytest.raises(ValueError, match=r"reference parameter '2\.weight'"):
        lv.random_directions(ok, n=1, norm="dfilter", reference=m)
    assert np.isfinite(lv.random_directions(ok, n=2).vectors().numpy()).all()
