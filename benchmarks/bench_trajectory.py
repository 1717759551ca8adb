"""Benchmark: record + PCA of a long trajectory of a 1M-parameter model.

200 snapshots of a ~1.0M-parameter MLP (one SGD step between snapshots), then
``lv.pca_directions(traj, n=2)`` and ``traj.project(dirs)``, in three configurations,
each in a fresh subprocess so that peak memory is its own:

- ``memory``:  snapshots in memory, lossviz's default solver (streamed Gram matrix);
- ``spill``:   a budget of 1/8 of the snapshots' size: spilled to disk (memmap), same solver;
- ``sklearn``: the baseline of the original code: all snapshots stacked into one float64
  matrix and scikit-learn's PCA (randomized SVD for this shape).

Reported: seconds for recording (excluding the training steps), PCA and projection;
peak resident memory of the process (``ru_maxrss``) and its increase over the state after
building the model; the tracemalloc peak of numpy allocations during PCA + projection;
and that the three give the same directions (|cos| of PC1/PC2 against the baseline).

Usage: ``python benchmarks/bench_trajectory.py [--quick] [--snapshots N] [--params P]``
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import tempfile
import time
import tracemalloc


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_case(case: str, snapshots: int, width: int, out: mp.Queue) -> None:
    import numpy as np
    import torch
    from torch import nn

    import lossviz as lv

    torch.set_num_threads(2)
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(width, width), nn.ReLU(), nn.Linear(width, 10))
    n_params = sum(p.numel() for p in net.parameters())
    opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
    X = torch.randn(64, width)
    y = torch.randint(0, 10, (64,))
    base_rss = _current_rss_mb()
    total_mb = snapshots * n_params * 4 / 2**20
    budget = total_mb / 8 if case == "spill" else 1e6  # spill: 1/8 of the snapshots in memory
    with tempfile.TemporaryDirectory() as tmp:
        traj = lv.Trajectory(max_memory_mb=budget, spill_dir=tmp)
        t_record = 0.0
        for _ in range(snapshots):
            t0 = time.perf_counter()
            traj.record(net)
            t_record += time.perf_counter() - t0
            opt.zero_grad()
            nn.functional.cross_entropy(net(X), y).backward()
            opt.step()
        tracemalloc.start()
        t0 = time.perf_counter()
        solver = "randomized" if case == "sklearn" else "auto"
        dirs = lv.pca_directions(traj, n=2, solver=solver)
        t_pca = time.perf_counter() - t0
        t0 = time.perf_counter()
        coords = traj.project(dirs)
        t_proj = time.perf_counter() - t0
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out.put(
            {
                "case": case,
                "snapshots": snapshots,
                "n_params": int(n_params),
                "spilled": traj.spilled,
                "solver": dirs.meta["solver"],
                "record_s": t_record,
                "record_ms_per_snapshot": 1e3 * t_record / snapshots,
                "pca_s": t_pca,
                "project_s": t_proj,
                "peak_rss_mb": _rss_mb(),
                "rss_increase_mb": _rss_mb() - base_rss,
                "traced_peak_mb": traced_peak / 2**20,
                "evr": [float(x) for x in dirs.explained_variance_ratio],
                "vectors": dirs.vectors().numpy().tolist() if n_params <= 300_000 else None,
                "v_sum": [float(v) for v in np.abs(dirs.vectors().numpy()).sum(1)],
                "coords_last": coords[-1].tolist(),
            }
        )
        # keep the directions for the agreement check (written to a temp file)
        np.save(os.path.join(os.environ["LV_BENCH_DIR"], f"{case}.npy"), dirs.vectors().numpy())
        traj.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="40 snapshots of ~0.25M params")
    ap.add_argument("--snapshots", type=int, default=None)
    ap.add_argument("--width", type=int, default=None, help="hidden width (params ~ width^2)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the sklearn baseline")
    args = ap.parse_args()
    snapshots = args.snapshots or (40 if args.quick else 200)
    width = args.width or (495 if args.quick else 995)
    cases = ["memory", "spill"] + ([] if args.no_baseline else ["sklearn"])
    import numpy as np

    ctx = mp.get_context("spawn")
    results = []
    with tempfile.TemporaryDirectory() as d:
        os.environ["LV_BENCH_DIR"] = d
        for case in cases:
            q = ctx.Queue()
            p = ctx.Process(target=run_case, args=(case, snapshots, width, q))
            p.start()
            res = q.get()
            p.join()
            results.append(res)
        vecs = {c: np.load(os.path.join(d, f"{c}.npy")) for c in cases}
    ref = vecs[cases[-1]]
    for r in results:
        v = vecs[r["case"]]
        r["abs_cos_vs_ref"] = [float(abs(v[k] @ ref[k])) for k in range(2)]
        r.pop("vectors", None)
    n_params = results[0]["n_params"]
    print(f"record + PCA: {snapshots} snapshots x {n_params / 1e6:.2f}M params (float32)")
    hdr = (
        f"{'case':<8} {'solver':<12} {'disk':<5} {'record ms/snap':>14} {'PCA s':>7} "
        f"{'project s':>9} {'peak RSS MB':>11} {'+RSS MB':>8} {'traced MB':>9} "
        f"{'PC1,PC2 %':>12} {'|cos| vs ref':>13}"
    )
    print(hdr)
    print("-" * len(hdr))
    for r in results:
        print(
            f"{r['case']:<8} {r['solver']:<12} {'yes' if r['spilled'] else 'no':<5} "
            f"{r['record_ms_per_snapshot']:>14.2f} {r['pca_s']:>7.2f} {r['project_s']:>9.2f} "
            f"{r['peak_rss_mb']:>11.0f} {r['rss_increase_mb']:>8.0f} {r['traced_peak_mb']:>9.0f} "
            f"{100 * r['evr'][0]:>5.1f},{100 * r['evr'][1]:>5.1f} "
            f"{r['abs_cos_vs_ref'][0]:>6.4f},{r['abs_cos_vs_ref'][1]:>6.4f}"
        )
    by = {r["case"]: r for r in results}
    summary = {
        "benchmark": "trajectory",
        "snapshots": snapshots,
        "n_params": n_params,
        "results": results,
    }
    if "sklearn" in by:
        base = by["sklearn"]
        for c in ("memory", "spill"):
            summary[f"{c}_pca_speedup_vs_sklearn"] = base["pca_s"] / by[c]["pca_s"]
            summary[f"{c}_rss_increase_ratio_vs_sklearn"] = (
                by[c]["rss_increase_mb"] / base["rss_increase_mb"]
            )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
