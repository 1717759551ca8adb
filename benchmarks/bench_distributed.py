"""Benchmark: tiled evaluation on 1 vs 2 local workers, and the scheduling cost of a tile.

Workloads (2D surfaces, 51x51 by default, ``--quick`` for small grids):

- ``mlp``: ``lossviz.zoo.MLP(64, 10, width=128, depth=2)`` on the 1797 8x8 digits;
- ``resnet``: a small CIFAR-style ResNet (``lossviz.zoo.models.resnet(depth=8, width=8)``,
  shortcuts on, BatchNorm) on the digits as 1x8x8 images.

For each workload, in the same run: the single-process core (``lv.surface``,
strategy "loop", the baseline), tiles in this process (executor None), a spawn
``ProcessPoolExecutor`` with 1 and with 2 workers, and (unless ``--no-dask``) a dask
``LocalCluster`` with 2 single-threaded worker processes. Pools are started and warmed up
(torch imported, one small run) before timing; the timed run ships its payload once per
worker, which is included. Every tiled result is checked bitwise against the baseline.

Scheduling overhead per tile: many 2x2-point tiles on a tiny model and 16 samples, so a
tile's compute is negligible; reported are (wall - worker busy time) / tiles for the
executors with 1 worker (submission, pickling, result transfer, the tile write) and the
core's per-call setup inside a tile ((inline tiles - one surface call) / tiles).

Every process uses ``--threads`` torch threads (default 1): on a small shared machine,
torch's multi-threaded kernels in several processes oversubscribe the cores and distort
every number. Prints a table and a final JSON line. The machine may be shared: numbers
are noisy.

Usage: ``python benchmarks/bench_distributed.py [--quick] [--no-dask] [--tiles K] [--only mlp]``
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time

import numpy as np
import torch

import lossviz as lv
from lossviz.distributed import local_executor, surface_tiles
from lossviz.zoo import MLP, digits
from lossviz.zoo.models import resnet


def workloads(quick: bool):
    X, y = digits()
    torch.manual_seed(0)
    mlp = MLP(64, 10, width=128, depth=2)
    torch.manual_seed(0)
    res = resnet(depth=8, width=8, num_classes=10, in_channels=1, input_size=8)
    with torch.no_grad():  # realistic BatchNorm statistics
        res.train()
        res(X.reshape(-1, 1, 8, 8))
        res.eval()
    n = 11 if quick else 51
    nr = 9 if quick else 51
    return [
        ("mlp", mlp, (X, y), n),
        ("resnet", res, (X.reshape(-1, 1, 8, 8), y), nr),
    ]


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def same(a, b) -> bool:
    return all(np.array_equal(a[m], b[m], equal_nan=True) for m in b.metrics)


def warm(ex, model, data) -> None:
    """Import torch in every worker and run the tile path once (not timed)."""
    d = lv.random_directions(model, n=2, seed=123)
    surface_tiles(model, data, d, a=(-1, 1, 4), b=(-1, 1, 4), executor=ex, tiles=4, progress=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small grids")
    ap.add_argument("--no-dask", action="store_true", help="skip the dask LocalCluster")
    ap.add_argument("--tiles", type=int, default=16, help="tiles per run (default 16)")
    ap.add_argument("--only", choices=("mlp", "resnet"), help="run one workload only")
    ap.add_argument(
        "--threads", type=int, default=1, help="torch threads per process, everywhere (default 1)"
    )
    args = ap.parse_args()
    # one thread per process everywhere (this process, pool and dask workers), so that
    # "1 worker" means one core and the baseline is not slowed by oversubscription
    if args.threads != 1 and not args.no_dask:
        ap.error("--threads other than 1 needs --no-dask (dask workers use 1 thread)")
    torch.set_num_threads(args.threads)

    executors: dict[str, object] = {}
    closers = []
    for w in (1, 2):
        ex = local_executor(w, threads_per_worker=args.threads)
        executors[f"pool x{w}"] = ex
        closers.append(lambda ex=ex: ex.shutdown(wait=True, cancel_futures=True))
    if not args.no_dask:
        import distributed

        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        )  # its nanny sets OMP_NUM_THREADS=1 in the workers
        client = distributed.Client(cluster)
        executors["dask x2"] = client
        closers += [client.close, cluster.close]

    rows, summary = [], {}
    try:
        for name, model, data, n in workloads(args.quick):
            if args.only and name != args.only:
                continue
            dirs = lv.random_directions(model, n=2, seed=0)
            grid = {"a": (-1.0, 1.0, n), "b": (-1.0, 1.0, n)}
            npts = n * n
            base, t_base = timed(
                lambda model=model, data=data, dirs=dirs, grid=grid: lv.surface(
                    model, data, dirs, **grid, strategy="loop", progress=False
                )
            )
            rows.append(
                (name, f"{n}x{n}", "single process (baseline)", t_base, npts / t_base, 1.0, True)
            )
            res = {"baseline_pts_s": npts / t_base}
            runs = [("tiles in-process", None)] + list(executors.items())
            for label, ex in runs:
                if ex is not None:
                    warm(ex, model, data)
                land, t = timed(
                    lambda ex=ex, model=model, data=data, dirs=dirs, grid=grid: surface_tiles(
                        model, data, dirs, **grid, executor=ex, tiles=args.tiles, progress=False
                    )
                )
                ok = same(land, base)
                rows.append((name, f"{n}x{n}", label, t, npts / t, t_base / t, ok))
                res[f"{label}_pts_s"] = npts / t
                res[f"{label}_speedup"] = t_base / t
                res[f"{label}_bitwise_equal"] = ok
            summary[name] = res

        # ---------------------------------------------------------- overhead per tile
        torch.manual_seed(0)
        tiny = MLP(4, 3, width=8, depth=1)
        tdata = (torch.randn(16, 4), torch.randint(0, 3, (16,)))
        tdirs = lv.random_directions(tiny, n=2, seed=0)
        m = 16 if args.quick else 40
        grid = {"a": (-1.0, 1.0, m), "b": (-1.0, 1.0, m)}
        ntiles = (m // 2) ** 2
        _, t_one = timed(
            lambda: lv.surface(tiny, tdata, tdirs, **grid, strategy="loop", progress=False)
        )
        inline, t_inline = timed(
            lambda: surface_tiles(tiny, tdata, tdirs, **grid, tiles=ntiles, progress=False)
        )
        over = {
            "tiles": ntiles,
            "points_per_tile": 4,
            "core_setup_ms_per_tile": 1e3 * (t_inline - t_one) / ntiles,
        }
        with tempfile.TemporaryDirectory() as tmp:
            for label, ex in [("pool x1", executors["pool x1"])] + (
                [] if args.no_dask else [("dask x2", executors["dask x2"])]
            ):
                warm(ex, tiny, tdata)
                land, t = timed(
                    lambda ex=ex, label=label: surface_tiles(
                        tiny, tdata, tdirs, **grid, executor=ex, tiles=ntiles, progress=False,
                        store=os.path.join(tmp, label.replace(" ", "")),
                    )
                )  # fmt: skip
                d = land.meta["distributed"]
                busy = d["worker_seconds"] / max(1, d["workers"])
                over[f"{label}_ms_per_tile"] = 1e3 * t / ntiles
                over[f"{label}_sched_overhead_ms_per_tile"] = 1e3 * (t - busy) / ntiles
        summary["overhead"] = over
    finally:
        for c in closers:
            c()

    print(f"{'workload':<8} {'grid':<6} {'run':<26} {'seconds':>8} {'points/s':>10} "
          f"{'x base':>7} {'bitwise':>7}")  # fmt: skip
    for r in rows:
        print(f"{r[0]:<8} {r[1]:<6} {r[2]:<26} {r[3]:>8.2f} {r[4]:>10.1f} {r[5]:>7.2f} "
              f"{'yes' if r[6] else 'NO':>7}")  # fmt: skip
    o = summary["overhead"]
    print(f"\nper-tile overhead ({o['tiles']} tiles of 4 points, 16 samples):")
    print(
        "  core setup inside a tile (inline tiles vs one call): "
        f"{o['core_setup_ms_per_tile']:.2f} ms"
    )
    for k, v in o.items():
        if k.endswith("_sched_overhead_ms_per_tile"):
            label = k.replace("_sched_overhead_ms_per_tile", "")
            print(f"  {label}: {o[label + '_ms_per_tile']:.2f} ms wall per tile, "
                  f"{v:.2f} ms scheduling overhead per tile")  # fmt: skip
    summary["cpu_count"] = os.cpu_count()
    summary["load_avg_1min"] = os.getloadavg()[0]
    summary["quick"] = args.quick
    summary["threads_per_process"] = args.threads
    print(json.dumps({"benchmark": "distributed", **summary}, default=float))


if __name__ == "__main__":
    main()
