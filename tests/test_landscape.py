"""landscape.py: construction, files (npz, h5, original layout), atomic writes, errors."""

from __future__ import annotations

import os

import h5py
import numpy as np
import pytest

from lossviz.landscape import Landscape, ProjectedPath


def make(nx=5, ny=3):
    a, b = np.linspace(-1, 1, nx), np.linspace(-2, 0.5, ny)
    A, B = np.meshgrid(a, b, indexing="ij")
    loss = A**2 + 3 * B**2 + 0.1 * A * B
    acc = 1 / (1 + loss)
    loss[1, 2] = np.nan  # an unfinished point
    return Landscape(
        (a, b),
        {"loss": loss, "accuracy": acc, "test_accuracy": acc, "test_loss": loss + 1},
        {"norm": "filter", "seed": 3},
        directions=[{"w": np.ones((2, 2))}, {"w": np.zeros((2, 2))}],
    )


def assert_same(x: Landscape, y: Landscape, exact: bool = True):
    assert x.ndim == y.ndim and x.shape == y.shape
    for c, d in zip(x.coords, y.coords, strict=True):
        assert np.array_equal(c, d)
    assert x.metrics == y.metrics
    for m in x.metrics:
        if exact:
            assert np.array_equal(x[m], y[m], equal_nan=True)
        else:  # accuracy goes through percent in the original layout
            assert np.allclose(x[m], y[m], equal_nan=True, rtol=1e-12)


@pytest.mark.parametrize("suffix", [".npz", ".h5", ".hdf5"])
def test_roundtrip_non_square(tmp_path, suffix):
    land = make()
    back = Landscape.load(land.save(tmp_path / f"s{suffix}"))
    assert_same(land, back)
    assert back.meta["seed"] == 3 and back.meta["norm"] == "filter"
    assert "created" in back.meta and "lossviz_version" in back.meta
    assert np.array_equal(back.directions[0]["w"], np.ones((2, 2)))


def test_1d_roundtrip(tmp_path):
    a = np.linspace(-0.5, 1.5, 9)
    land = Landscape((a,), {"loss": a**2})
    for suffix in (".npz", ".h5"):
        assert_same(land, Landscape.load(land.save(tmp_path / f"l{suffix}")))
    orig = Landscape.load(land.save(tmp_path / "o.h5", format="original"))
    assert_same(land, orig, exact=False)


def original_code_surface(path, x, y, fn):
    """Reproduce what the original loss-landscape code writes (see plot_surface.py):
    losses has shape (len(x), len(y)); points enumerated with np.meshgrid(x, y) and stored
    with losses.ravel()[ind]; accuracy in percent; unfinished = -1."""
    losses = -np.ones((len(x), len(y)))
    accs = -np.ones((len(x), len(y)))
    xm, ym = np.meshgrid(x, y)
    inds = np.arange(losses.size)
    for ind, (px, py) in zip(inds, zip(xm.ravel(), ym.ravel(), strict=True), strict=True):
        if ind == 4:
            continue  # unfinished
        losses.ravel()[ind] = fn(px, py)
        accs.ravel()[ind] = 100.0 / (1 + fn(px, py))
    with h5py.File(path, "w") as f:
        f["xcoordinates"] = x
        f["ycoordinates"] = y
        f["train_loss"] = losses
        f["train_acc"] = accs
        f.attrs["dir_file"] = "dirs.h5"


def test_reads_original_layout_non_square(tmp_path):
    x, y = np.linspace(-1, 1, 5), np.linspace(-1, 1, 4)

    def fn(px, py):
        return 1.0 + px + 10 * py  # asymmetric, so a transposition would show

    original_code_surface(tmp_path / "orig.h5", x, y, fn)
    land = Landscape.load(tmp_path / "orig.h5")
    assert land.shape == (5, 4)
    for i in range(5):
        for j in range(4):
            flat = j * 5 + i  # index in meshgrid(x, y) order
            if flat == 4:
                assert np.isnan(land["loss"][i, j])
            else:
                assert land["loss"][i, j] == pytest.approx(fn(x[i], y[j]))
                assert land["accuracy"][i, j] == pytest.approx(1 / (1 + fn(x[i], y[j])))
    assert land.meta["source"] == "loss-landscape" and land.meta["dir_file"] == "dirs.h5"


def test_writes_original_layout_that_its_code_reads(tmp_path):
    land = make()
    land.save(tmp_path / "o.h5", format="original")
    with h5py.File(tmp_path / "o.h5") as f:
        x, y = f["xcoordinates"][()], f["ycoordinates"][()]
        losses = f["train_loss"][()]
        accs = f["train_acc"][()]
        assert "test_loss" in f
    assert losses.shape == (5, 3)
    # the original code pairs losses.ravel()[ind] with meshgrid(x, y).ravel()[ind]
    xm, ym = np.meshgrid(x, y)
    for ind in range(losses.size):
        i = int(np.where(land.coords[0] == xm.ravel()[ind])[0][0])
        j = int(np.where(land.coords[1] == ym.ravel()[ind])[0][0])
        want = land["loss"][i, j]
        if np.isnan(want):
            assert losses.ravel()[ind] == -1
        else:
            assert losses.ravel()[ind] == pytest.approx(want)
            assert accs.ravel()[ind] == pytest.approx(100 * land["accuracy"][i, j])
    assert_same(Landscape.load(tmp_path / "o.h5"), land, exact=False)


def test_h5_file_is_also_original_readable(tmp_path):
    land = make()
    land.save(tmp_path / "both.h5")
    with h5py.File(tmp_path / "both.h5") as f:
        assert {"xcoordinates", "ycoordinates", "train_loss", "train_acc"} <= set(f)


def test_atomic_write_keeps_old_file_on_failure(tmp_path, monkeypatch):
    land = make()
    path = land.save(tmp_path / "s.npz")
    before = path.read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez_compressed", boom)
    with pytest.raises(OSError, match="disk full"):
        make().save(path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["s.npz"]


def test_load_errors(tmp_path):
    with pytest.raises(FileNotFoundError):
        Landscape.load(tmp_path / "missing.npz")
    np.savez(tmp_path / "foreign.npz", x=np.zeros(3))
    with pytest.raises(ValueError, match="not a lossviz landscape"):
        Landscape.load(tmp_path / "foreign.npz")
    np.savez(tmp_path / "schema.npz", __lossviz__=np.array('{"schema": "other"}'))
    with pytest.raises(ValueError, match="schema"):
        Landscape.load(tmp_path / "schema.npz")
    with h5py.File(tmp_path / "foreign.h5", "w") as f:
        f["abc"] = np.zeros(2)
    with pytest.raises(ValueError, match="neither a lossviz landscape"):
        Landscape.load(tmp_path / "foreign.h5")
    good = make().save(tmp_path / "good.npz").read_bytes()
    (tmp_path / "corrupt.npz").write_bytes(good[: len(good) // 2])
    with pytest.raises(ValueError, match="not a readable landscape"):
        Landscape.load(tmp_path / "corrupt.npz")
    (tmp_path / "text.npz").write_text("hello")
    with pytest.raises(ValueError, match="neither"):
        Landscape.load(tmp_path / "text.npz")
    with pytest.raises(ValueError, match="suffix"):
        make().save(tmp_path / "x.csv")
    with pytest.raises(ValueError, match="format"):
        make().save(tmp_path / "x.h5", format="vtk")


def test_construction_errors():
    a = np.linspace(0, 1, 3)
    with pytest.raises(ValueError, match="shape"):
        Landscape((a, a), {"loss": np.zeros(3)})
    with pytest.raises(ValueError, match="increasing"):
        Landscape((a[::-1],), {"loss": a})
    with pytest.raises(ValueError, match="non-empty mapping"):
        Landscape((a,), {})
    with pytest.raises(TypeError, match="JSON"):
        Landscape((a,), {"loss": a}, meta={"x": object()})
    with pytest.raises(KeyError, match="no metric 'acc'"):
        Landscape((a,), {"loss": a})["acc"]
    land = Landscape((a,), {"loss": a})
    land["extra"] = a * 2
    assert land.metrics == ["loss", "extra"] and land.complete
    assert land.axis_labels == ["a"]


def test_projected_path_validation():
    p = ProjectedPath([[0, 0], [1, 1], [2, 1]], name="SGD", values=[3, 2, 1])
    assert len(p) == 3 and p.labels[0] == "step 0"
    with pytest.raises(ValueError, match="labels"):
        ProjectedPath([[0, 0]], labels=["a", "b"])
    with pytest.raises(ValueError, match="values"):
        ProjectedPath([[0, 0]], values=[1, 2])


_SLOW_WRITER = """
import sys
import numpy as np
from lossviz.landscape import Landscape

n = 1500
a = np.linspace(-1, 1, n)
rng = np.random.default_rng(0)
land = Landscape((a, a), {f"m{k}": rng.random((n, n)) for k in range(4)})
print("ready", flush=True)
while True:  # save until killed
    land.save(sys.argv[1])
"""


def _leftovers(dest):
    return sorted(p.name for p in dest.parent.iterdir() if p.name.startswith(f".{dest.name}."))


def _kill_mid_save(tmp_path, dest):
    """Start a process saving to ``dest`` over and over; SIGKILL it while a temp file exists."""
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "writer.py"
    script.write_text(_SLOW_WRITER)
    proc = subprocess.Popen(
        [sys.executable, str(script), str(dest)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.time() + 60
        while not _leftovers(dest) and time.time() < deadline:
            time.sleep(0.005)
        time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    return _leftovers(dest)


@pytest.mark.slow
def test_kill_during_save_leaves_no_temporary_file(tmp_path):
    """issue 14.11: the temp file of a killed writer is removed by the next save or load."""
    import subprocess
    import sys

    from lossviz.atomic import temporary_name

    dest = tmp_path / "big.npz"
    assert _kill_mid_save(tmp_path, dest), "the writer was not killed mid-save"
    # a temporary file of a writer that is still running must be left alone
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        theirs = temporary_name(dest).name.split("-")
        theirs[-2] = str(live.pid)
        busy = tmp_path / "-".join(theirs)
        busy.write_bytes(b"being written")
        make().save(dest)  # the next save
        assert _leftovers(dest) == [busy.name]
        assert Landscape.load(dest).shape == (5, 3)
        # killed again: the next load cleans up too
        assert len(_kill_mid_save(tmp_path, dest)) == 2
        Landscape.load(dest)
        assert _leftovers(dest) == [busy.name]
    finally:
        live.kill()
        live.wait()
    Landscape.load(dest)  # now that writer is gone too
    assert _leftovers(dest) == []


def test_header_errors_name_the_file_and_the_right_reader(tmp_path):
    """One header parser (lossviz.formats) for every lossviz file schema."""
    import json

    head = {"schema": "lossviz.trajectory", "version": 1}
    np.savez(tmp_path / "traj.npz", __lossviz__=np.array(json.dumps(head)))
    with pytest.raises(ValueError, match=r"traj\.npz.*it holds a trajectory: use lv\.Trajectory"):
        Landscape.load(tmp_path / "traj.npz")
    path = make().save(tmp_path / "new.npz")
    with np.load(path) as z:
        parts = {k: z[k] for k in z.files}
    newer = {**json.loads(str(parts["__lossviz__"][()])), "version": 99}
    parts["__lossviz__"] = np.array(json.dumps(newer))
    np.savez(path, **parts)
    with pytest.raises(ValueError, match=r"new\.npz.*newer lossviz \(format version 99"):
        Landscape.load(path)
    np.savez(tmp_path / "list.npz", __lossviz__=np.array("[1, 2]"))
    with pytest.raises(ValueError, match="not a JSON object"):
        Landscape.load(tmp_path / "list.npz")
