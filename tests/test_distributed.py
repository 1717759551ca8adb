"""Tiled / distributed evaluation: equality with the single-process core, resumable store.

Every result is compared bitwise against ``lv.surface(..., strategy="loop")`` run in this
process (the tiles run the same core code on the same points, so on CPU the numbers must be
identical, not merely close).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

import lossviz as lv
from lossviz.distributed import (
    TileStore,
    load_store,
    local_executor,
    surface_tiles,
    tile_layout,
)
from lossviz.zoo import MLP, spiral

GRID = {"a": (-1.0, 1.0, 7), "b": (-0.5, 1.5, 6)}


class TiedNet(nn.Module):
    """Tied weights, a non-persistent buffer and BatchNorm: the skeleton must keep all."""

    def __init__(self) -> None:
        super().__init__()
        self.inp = nn.Linear(2, 6)
        self.bn = nn.BatchNorm1d(6)
        self.mid = nn.Linear(6, 6)
        self.mid2 = nn.Linear(6, 6)
        self.mid2.weight = self.mid.weight  # tied
        self.out = nn.Linear(6, 3)
        self.register_buffer("scale", torch.tensor([1.5, 0.5, 1.0]), persistent=False)

    def forward(self, x):
        h = torch.relu(self.bn(self.inp(x)))
        h = torch.relu(self.mid2(torch.relu(self.mid(h))))
        return self.out(h) * self.scale


def make_mlp(width: int = 16) -> nn.Module:
    """A module-level factory (picklable)."""
    return MLP(2, 3, width=width, depth=2)


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """One torch thread here and in the subprocesses: several processes with multi-threaded
    kernels oversubscribe a 2-core machine and slow everything down many times."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


SUB_ENV = dict(os.environ, OMP_NUM_THREADS="1")


@pytest.fixture(scope="module")
def problem():
    torch.manual_seed(0)
    net = make_mlp()
    for p in net.parameters():  # not the factory's init: weights must travel to workers
        p.data.mul_(1.3)
    data = spiral(n_per_class=60)
    dirs = lv.random_directions(net, n=2, seed=0)
    ref = lv.surface(net, data, dirs, **GRID, strategy="loop", progress=False)
    return net, data, dirs, ref


def assert_same(land, ref):
    assert land.shape == ref.shape
    for c1, c2 in zip(land.coords, ref.coords, strict=True):
        assert np.array_equal(c1, c2)
    assert land.metrics == ref.metrics
    for m in ref.metrics:
        assert np.array_equal(land[m], ref[m], equal_nan=True), m
        assert np.isfinite(land[m]).all()


class CountingPool(cf.ThreadPoolExecutor):
    """A thread pool that counts the tiles submitted to it."""

    def __init__(self, n: int = 2) -> None:
        super().__init__(n)
        self.submitted: list[int] = []
        self.lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs):
        with self.lock:
            self.submitted.append(args[2])  # (job, payload, index, bounds)
        return super().submit(fn, *args, **kwargs)


# ---------------------------------------------------------------- layout
@pytest.mark.parametrize(
    "shape,tiles,layout",
    [((9, 8), 4, (2, 2)), ((9, 8), 6, (3, 2)), ((51, 51), 16, (4, 4)), ((9, 8), 1, (1, 1))],
)
def test_tile_layout_covers_grid_once(shape, tiles, layout):
    got, bounds = tile_layout(shape, tiles)
    assert got == layout and len(bounds) == tiles
    hits = np.zeros(shape, int)
    for (i0, i1), (j0, j1) in bounds:
        assert i1 - i0 >= 2 and j1 - j0 >= 2
        hits[i0:i1, j0:j1] += 1
    assert (hits == 1).all()


def test_tile_layout_limits_and_1d():
    _, bounds = tile_layout((11,), 5)
    assert [b[0] for b in bounds] == [(0, 3), (3, 5), (5, 7), (7, 9), (9, 11)]
    with pytest.raises(ValueError, match="at most 16 tiles"):
        tile_layout((9, 8), 17)
    with pytest.raises(ValueError, match="tiles must be a positive integer"):
        tile_layout((9, 8), 0)
    # a prime count that cannot be factored within the limits: nearest feasible layout
    layout, bounds = tile_layout((5, 40), 7)
    assert layout[0] * layout[1] == 7 or abs(layout[0] * layout[1] - 7) <= 1


# ---------------------------------------------------------------- in-process paths
@pytest.mark.parametrize("tiles", [1, 4, 9])
def test_inline_tiles_equal_local_run(problem, tiles):
    net, data, dirs, ref = problem
    land = surface_tiles(net, data, dirs, **GRID, tiles=tiles, progress=False)
    assert_same(land, ref)
    d = land.meta["distributed"]
    assert d["computed_tiles"] == d["tiles"] and d["reused_tiles"] == 0
    assert land.meta["strategy"] == "loop"
    assert land.directions is not None


def test_lv_surface_delegates_to_tiles(problem, tmp_path):
    net, data, dirs, ref = problem
    with CountingPool(2) as ex:
        land = lv.surface(
            net, data, dirs, **GRID, executor=ex, tiles=4, store=tmp_path / "s", progress=False
        )
        assert sorted(ex.submitted) == [0, 1, 2, 3]
    assert_same(land, ref)
    assert land.meta["distributed"]["store"] == str(tmp_path / "s")
    land = lv.surface(net, data, dirs, **GRID, store=tmp_path / "s", resume=True, tiles=4)
    assert land.meta["distributed"]["reused_tiles"] == 4
    with pytest.raises(ValueError, match="center= is not supported"):
        lv.surface(net, data, dirs, **GRID, tiles=4, center=net)
    assert "distributed" not in lv.surface(net, data, dirs, **GRID, progress=False).meta


def test_1d_tiles_equal_local_run(problem):
    net, data, _, _ = problem
    d1 = lv.random_directions(net, n=1, seed=5)
    ref = lv.surface(net, data, d1, a=(-2, 2, 13), strategy="loop", progress=False)
    land = surface_tiles(net, data, d1, a=(-2, 2, 13), tiles=4, progress=False)
    assert_same(land, ref)


def test_thread_pool_store_and_load_store(problem, tmp_path):
    net, data, dirs, ref = problem
    store = tmp_path / "run"
    with CountingPool(2) as ex:
        land = surface_tiles(net, data, dirs, **GRID, executor=ex, tiles=6, store=store)
        assert sorted(ex.submitted) == list(range(6))
    assert_same(land, ref)
    d = land.meta["distributed"]
    assert d["payload_loads"] == 1  # one process: the payload is decoded once, not per tile
    assert TileStore(store).finished() == list(range(6))
    again = load_store(store)
    assert_same(again, ref)
    assert again.meta["distributed"]["finished_tiles"] == 6
    assert again.directions is not None and again.directions[0].keys() == dirs[0].keys()
    # `lossviz export STORE_DIR` assembles the store
    from lossviz.cli import main

    assert main(["export", str(store), "-o", str(tmp_path / "x.h5")]) == 0
    exported = lv.Landscape.load(tmp_path / "x.h5")  # the original code's layout
    assert np.array_equal(exported["loss"], ref["loss"])
    assert np.allclose(exported["accuracy"], ref["accuracy"], rtol=1e-12)


def test_resume_skips_finished_tiles(problem, tmp_path):
    """An interrupted run (Ctrl-C after 3 tiles) resumes and computes only the rest."""
    net, data, dirs, ref = problem
    store = tmp_path / "run"

    def stop_after_three(partial, done, total):
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        surface_tiles(net, data, dirs, **GRID, tiles=6, store=store, callback=stop_after_three)
    assert TileStore(store).finished() == [0, 1, 2]
    with pytest.raises(ValueError, match="already holds 3 finished tile"):
        surface_tiles(net, data, dirs, **GRID, tiles=6, store=store, progress=False)
    with CountingPool(2) as ex:
        land = surface_tiles(
            net, data, dirs, **GRID, executor=ex, tiles=6, store=store, resume=True
        )
        assert sorted(ex.submitted) == [3, 4, 5]  # finished tiles were not recomputed
    d = land.meta["distributed"]
    assert (d["computed_tiles"], d["reused_tiles"]) == (3, 3)
    assert_same(land, ref)
    # resuming a complete store computes nothing and gives the same result
    with CountingPool(2) as ex:
        land2 = surface_tiles(
            net, data, dirs, **GRID, executor=ex, tiles=6, store=store, resume=True
        )
        assert ex.submitted == []
    assert_same(land2, ref)


def test_mismatched_store_refused(problem, tmp_path):
    net, data, dirs, _ = problem
    store = tmp_path / "run"
    surface_tiles(net, data, dirs, **GRID, tiles=4, store=store, progress=False)
    other_dirs = lv.random_directions(net, n=2, seed=1)
    with pytest.raises(ValueError, match="different computation; what differs: directions "):
        surface_tiles(net, data, other_dirs, **GRID, tiles=4, store=store, resume=True)
    with pytest.raises(ValueError, match="what differs: grid "):
        surface_tiles(
            net, data, dirs, a=(-1, 1, 7), b=(-1, 1, 6), tiles=4, store=store, resume=True
        )
    with pytest.raises(ValueError, match="what differs: tiles "):
        surface_tiles(net, data, dirs, **GRID, tiles=6, store=store, resume=True)
    with pytest.raises(ValueError, match="what differs: data, n_samples "):
        surface_tiles(net, spiral(n_per_class=61), dirs, **GRID, tiles=4, store=store, resume=True)
    net2 = make_mlp()
    with pytest.raises(ValueError, match="what differs: weights "):
        surface_tiles(net2, data, dirs, **GRID, tiles=4, store=store, resume=True)
    with pytest.raises(ValueError, match="what differs: metrics "):
        surface_tiles(net, data, dirs, **GRID, metrics=("loss",), tiles=4, store=store, resume=True)


def test_corrupt_tile_refused(problem, tmp_path):
    net, data, dirs, ref = problem
    store = tmp_path / "run"
    surface_tiles(net, data, dirs, **GRID, tiles=4, store=store, progress=False)
    ts = TileStore(store)
    raw = bytearray(ts.tile_path(2).read_bytes())
    # flip bytes inside the stored float64 values: only the zip CRC can notice
    pos = raw.find(b"values.npy") + 200
    raw[pos : pos + 8] = bytes(b ^ 0xFF for b in raw[pos : pos + 8])
    ts.tile_path(2).write_bytes(bytes(raw))
    with pytest.raises(ValueError, match=r"tile file tile-00002\.npz is corrupt.*delete that file"):
        surface_tiles(net, data, dirs, **GRID, tiles=4, store=store, resume=True)
    # truncated file
    ts.tile_path(2).write_bytes(bytes(raw[:100]))
    with pytest.raises(ValueError, match="tile-00002.npz is corrupt"):
        load_store(store)
    # a valid tile file of another tile, copied over: bounds do not match
    shutil.copy(ts.tile_path(0), ts.tile_path(2))
    with pytest.raises(ValueError, match="tile-00002.npz is invalid: its bounds"):
        surface_tiles(net, data, dirs, **GRID, tiles=4, store=store, resume=True)
    # the documented recovery: delete the bad file, resume recomputes exactly that tile
    ts.tile_path(2).unlink()
    land = surface_tiles(net, data, dirs, **GRID, tiles=4, store=store, resume=True)
    assert land.meta["distributed"]["computed_tiles"] == 1
    assert_same(land, ref)
    # a corrupt manifest
    ts.manifest_path.write_text("{not json")
    with pytest.raises(ValueError, match="manifest.json is corrupt"):
        surface_tiles(net, data, dirs, **GRID, tiles=4, store=store, resume=True)


def test_store_argument_checks(problem, tmp_path):
    net, data, dirs, _ = problem
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ValueError, match="non-empty directory without a lossviz manifest"):
        surface_tiles(net, data, dirs, **GRID, tiles=4, store=tmp_path)
    with pytest.raises(ValueError, match="resume=True needs store"):
        surface_tiles(net, data, dirs, **GRID, tiles=4, resume=True)
    with pytest.raises(TypeError, match="executor must be a concurrent.futures.Executor"):
        surface_tiles(net, data, dirs, **GRID, executor="dask")
    with pytest.raises(ValueError, match="too many"):
        surface_tiles(net, data, dirs, **GRID, tiles=100)
    with pytest.raises(TypeError, match="must be picklable"):
        with cf.ProcessPoolExecutor(1) as ex:
            surface_tiles(net, data, dirs, **GRID, executor=ex, loss_fn=lambda o, t: o.sum())


def test_skeleton_keeps_ties_buffers_and_bn(tmp_path):
    torch.manual_seed(1)
    net = TiedNet()
    X, y = spiral(n_per_class=30)
    with torch.no_grad():  # training-like BatchNorm statistics
        net.train()
        net(X)
        net.eval()
    dirs = lv.random_directions(net, n=2, seed=2)
    for bn in ("eval", "train"):
        grid = {"a": (-1.0, 1.0, 4), "b": (-1.0, 1.0, 5)}
        ref = lv.surface(net, (X, y), dirs, **grid, strategy="loop", bn=bn, progress=False)
        with CountingPool(2) as ex:
            land = surface_tiles(net, (X, y), dirs, **grid, executor=ex, tiles=4, bn=bn)
        assert_same(land, ref)


def test_factory_and_data_spec(problem):
    net, data, dirs, ref = problem
    land = surface_tiles(
        net, data, dirs, **GRID, tiles=4, factory=make_mlp, data_spec="spiral",
        data_kwargs={"n_per_class": 60}, progress=False,
    )  # fmt: skip
    assert_same(land, ref)
    # the string form (as the CLI uses)
    land = surface_tiles(
        net, data, dirs, **GRID, tiles=4, factory=f"{__name__}:make_mlp", data_spec="spiral",
        data_kwargs={"n_per_class": 60}, progress=False,
    )  # fmt: skip
    assert_same(land, ref)
    # a worker whose data spec builds other data than the parent had is stopped
    with pytest.raises(RuntimeError, match="differs from the data of the parent"):
        surface_tiles(
            net, spiral(n_per_class=60, seed=9), dirs, **GRID, tiles=4, data_spec="spiral",
            data_kwargs={"n_per_class": 60}, progress=False,
        )  # fmt: skip


def test_cancel_keeps_partial_result(problem, tmp_path):
    net, data, dirs, ref = problem
    stop = threading.Event()
    with pytest.raises(lv.Cancelled) as info:
        surface_tiles(
            net, data, dirs, **GRID, tiles=6, store=tmp_path / "s", cancel=stop,
            callback=lambda p, done, total: stop.set() if done == 2 else None, progress=False,
        )  # fmt: skip
    part = info.value.landscape
    done = np.isfinite(part["loss"])
    assert done.sum() == sum(
        (i1 - i0) * (j1 - j0) for (i0, i1), (j0, j1) in tile_layout((7, 6), 6)[1][:2]
    )
    assert np.array_equal(part["loss"][done], ref["loss"][done])


def test_worker_device_one_gpu_per_local_rank(monkeypatch):
    from lossviz import executors as dist

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 4)
    for var in ("OMPI_COMM_WORLD_LOCAL_RANK", "MPI_LOCALRANKID", "SLURM_LOCALID"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LOCAL_RANK", "6")
    assert dist.worker_device("auto") == torch.device("cuda:2")
    monkeypatch.delenv("LOCAL_RANK")
    monkeypatch.setenv("OMPI_COMM_WORLD_LOCAL_RANK", "3")
    assert dist.worker_device("auto") == torch.device("cuda:3")
    assert dist.worker_device("cpu") == torch.device("cpu")  # explicit device wins


# ---------------------------------------------------------------- processes
def test_process_pool_equals_local_run(problem, tmp_path):
    net, data, dirs, ref = problem
    with local_executor(2) as ex:
        land = surface_tiles(net, data, dirs, **GRID, executor=ex, tiles=4, store=tmp_path / "s")
    assert_same(land, ref)
    d = land.meta["distributed"]
    assert 1 <= d["workers"] <= 2
    assert d["payload_loads"] == d["workers"]  # once per worker process, not per tile


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_equals_local_run(problem, dask_client):
    net, data, dirs, ref = problem
    land = surface_tiles(net, data, dirs, **GRID, executor=dask_client, tiles=4, progress=False)
    assert_same(land, ref)
    d = land.meta["distributed"]
    assert d["executor"] == "dask" and d["workers"] == 2
    assert d["payload_loads"] == 2  # scattered once to each worker


@pytest.mark.slow
def test_dask_worker_killed_mid_run(problem, dask_client, tmp_path):
    """Kill the worker process that is computing a tile: the tile is redone elsewhere."""
    net, _, dirs, _ = problem
    big = spiral(n_per_class=8000)  # slower tiles, so that the kill lands mid-tile
    grid = {"a": (-1.0, 1.0, 12), "b": (-1.0, 1.0, 12)}
    ref = lv.surface(net, big, dirs, **grid, strategy="loop", progress=False)
    pids = dask_client.run(os.getpid)
    killed: dict = {}

    def kill_busy_worker(partial, done, total):
        if killed:
            return
        for addr, keys in dask_client.processing().items():
            if keys:
                os.kill(pids[addr], signal.SIGKILL)
                killed["pid"] = pids[addr]
                killed["tiles"] = [int(str(k).split("-")[-2]) for k in keys]
                return

    store = tmp_path / "s"
    land = surface_tiles(
        net, big, dirs, **grid, executor=dask_client, tiles=8, store=store,
        callback=kill_busy_worker, progress=False,
    )  # fmt: skip
    assert killed, "no worker was busy when the first tile finished"
    assert_same(land, ref)
    ts, key = TileStore(store), land.meta["distributed"]["key"]
    bounds = tile_layout((12, 12), 8)[1]
    by = [ts.read_tile(i, key, bounds[i], 2)[1]["worker"]["pid"] for i in killed["tiles"]]
    # the tiles in flight on the killed worker were recomputed by a live worker
    assert any(pid != killed["pid"] for pid in by), (killed, by)


# ---------------------------------------------------------------- the CLI
CLI_ARGS = [
    "--model", "zoo:mlp", "--model-args", '{"width": 24}', "--data", "spiral",
    "--data-args", '{"n_per_class": 5000}', "--a", "-1", "1", "12", "--b", "-1", "1", "12",
    "--seed", "4", "--metrics", "loss", "accuracy",
]  # fmt: skip


def cli_reference(n: int = 12) -> lv.Landscape:
    from lossviz.cli import build_data, build_model

    torch.manual_seed(4)
    model = build_model("zoo:mlp", {"width": 24})
    data = build_data("spiral", {"n_per_class": 5000})
    dirs = lv.random_directions(model, n=2, seed=4, norm="filter", ignore="biasbn")
    grid = {"a": (-1.0, 1.0, n), "b": (-1.0, 1.0, n)}
    return lv.surface(model, data, dirs, **grid, strategy="loop", progress=False)


def run_cli(args, **kw):
    return subprocess.run(
        [sys.executable, "-m", "lossviz.cli", "compute", *CLI_ARGS, *args],
        capture_output=True, text=True, timeout=240, env=SUB_ENV, **kw,
    )  # fmt: skip


@pytest.mark.slow
def test_cli_killed_then_resumed(tmp_path):
    """Kill the whole CLI run after some tiles are stored; --resume finishes the rest."""
    store = tmp_path / "store"
    out = tmp_path / "land.npz"
    # a larger grid and one worker: the 16 tiles take long enough to be interrupted
    grid = ["--a", "-1", "1", "24", "--b", "-1", "1", "24"]
    args = [*grid, "--executor", "local", "--workers", "1", "--tiles", "16", "--store", str(store)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "lossviz.cli", "compute", *CLI_ARGS, *args, "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, env=SUB_ENV,
    )  # fmt: skip
    ts = TileStore(store)
    deadline = time.time() + 180
    try:
        while len(ts.finished()) < 3 and proc.poll() is None and time.time() < deadline:
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its pool workers
        proc.wait()
    before = ts.finished()
    assert 3 <= len(before) < 16, f"run not interrupted mid-way ({len(before)} tiles)"
    assert not out.exists()
    r = run_cli([*args, "--resume", "-o", str(out)])
    assert r.returncode == 0, r.stderr
    m = re.search(r"computed (\d+), reused (\d+) from the store", r.stderr)
    assert m, r.stderr
    computed, reused = int(m.group(1)), int(m.group(2))
    assert reused >= len(before) and computed + reused == 16
    assert "points/s" in r.stderr and "tiles 16/16" in r.stderr
    land = lv.Landscape.load(out)
    assert_same(land, cli_reference(24))


@pytest.mark.slow
def test_cli_store_mismatch_message(tmp_path):
    store = tmp_path / "store"
    r = run_cli(["--tiles", "4", "--store", str(store), "-o", str(tmp_path / "a.npz")])
    assert r.returncode == 0, r.stderr
    man = json.loads((store / "manifest.json").read_text())
    assert man["components"]["model"] == "zoo:mlp"
    r = run_cli(
        [
            "--tiles",
            "4",
            "--store",
            str(store),
            "--resume",
            "--seed",
            "5",
            "-o",
            str(tmp_path / "b.npz"),
        ]
    )
    assert r.returncode == 2
    assert "was made for a different computation" in r.stderr and "directions" in r.stderr


def _mpi_ready() -> bool:
    if shutil.which("mpirun") is None:
        return False
    try:
        import mpi4py  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.mpi
@pytest.mark.slow
@pytest.mark.skipif(not _mpi_ready(), reason="needs mpirun (apt openmpi-bin) and mpi4py")
def test_mpi_run_equals_local(tmp_path):
    out = tmp_path / "land.npz"
    env = dict(SUB_ENV, OMPI_ALLOW_RUN_AS_ROOT="1", OMPI_ALLOW_RUN_AS_ROOT_CONFIRM="1")
    env["OMPI_MCA_rmaps_base_oversubscribe"] = "1"
    cmd = [
        "mpirun", "-n", "3", sys.executable, "-m", "mpi4py.futures", "-m", "lossviz.cli",
        "compute", *CLI_ARGS, "--executor", "mpi", "--tiles", "6",
        "--store", str(tmp_path / "store"), "-o", str(out),
    ]  # fmt: skip
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=240, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "computed 6, reused 0" in r.stderr and "2 worker(s)" in r.stderr
    assert_same(lv.Landscape.load(out), cli_reference())
    assert Path(tmp_path / "store" / "manifest.json").exists()


def _gone(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_cli_killed_leaves_no_worker_processes(tmp_path, sig):
    """issue 14.9: pool workers die with `lossviz compute` (SIGKILL or SIGTERM)."""
    import psutil

    grid = ["--a", "-1", "1", "24", "--b", "-1", "1", "24"]
    args = [*grid, "--executor", "local", "--workers", "2", "--tiles", "16"]
    out = tmp_path / "land.npz"
    proc = subprocess.Popen(
        [sys.executable, "-m", "lossviz.cli", "compute", *CLI_ARGS, *args, "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, env=SUB_ENV,
    )  # fmt: skip
    parent = psutil.Process(proc.pid)
    try:
        deadline = time.time() + 120
        workers: list[int] = []
        while time.time() < deadline and proc.poll() is None:
            kids = parent.children(recursive=True)
            # the pool workers, busy with tiles (each has loaded torch: > 100 MB resident)
            busy = [k for k in kids if k.memory_info().rss > 100e6]
            if len(busy) >= 2:
                workers = [k.pid for k in kids]
                break
            time.sleep(0.05)
        assert len(workers) >= 2 and proc.poll() is None, "the pool did not start"
        time.sleep(0.5)
        os.kill(proc.pid, sig)  # the CLI process only, not its process group
        proc.wait(30)
        deadline = time.time() + 10
        while time.time() < deadline and not all(_gone(p) for p in workers):
            time.sleep(0.1)
        alive = [p for p in workers if not _gone(p)]
        assert not alive, f"workers {alive} outlived `lossviz compute` killed by {sig!r}"
        assert not out.exists()
        if sig == signal.SIGTERM:
            assert proc.returncode == 128 + signal.SIGTERM
            assert "stopped by signal" in proc.stderr.read().decode()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_altered_tile_with_valid_header_refused(problem, tmp_path):
    """issue 14.13: a tile re-saved with other values but its own valid header is refused."""
    net, data, dirs, ref = problem
    store = tmp_path / "run"
    surface_tiles(net, data, dirs, **GRID, tiles=4, store=store, progress=False)
    ts = TileStore(store)
    with np.load(ts.tile_path(1)) as z:
        parts = {k: z[k] for k in z.files}
    head = json.loads(str(parts["header"][()]))
    assert len(head["sha256"]) == 64
    parts["values"] = parts["values"] * 1.001  # same shape and dtype, header untouched
    np.savez(ts.tile_path(1), **parts)
    for call in (lambda: load_store(store),
                 lambda: surface_tiles(net, data, dirs, **GRID, tiles=4, store=store,
                                       resume=True, progress=False)):  # fmt: skip
        with pytest.raises(ValueError, match=r"tile-00001\.npz is invalid: its values do not"):
            call()
    ts.tile_path(1).unlink()  # the documented recovery
    land = surface_tiles(net, data, dirs, **GRID, tiles=4, store=store, resume=True)
    assert land.meta["distributed"]["computed_tiles"] == 1
    assert_same(land, ref)
