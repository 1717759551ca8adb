"""Benchmark: record + PCA of a long trajectory of a 1M-parameter model.

200 snapshots of a ~1.0M-parameter MLP (one SGD step between snapshots), then
``lv.pca_directions(traj, n=2)`` and ``traj.project(dirs)``, in three configurations,
each in a fresh subprocess so that peak memory is its own:

- ``memory``:  snapshots in memory, lossviz's default solver (streamed Gram matrix);
- ``spill``:   a budget of 1/8 of the snapshots' size: spilled to disk (memmap), same solver;
- ``sklearn``: the baseline of the original code: all snapshots stacked into one float64
  matrix and scikit-learn's PCA (randomized SVD for this shape).

Reported: milliseconds per recorded snapshot (excluding the training steps), wall and CPU
seconds of PCA and projection (CPU seconds are the robust number on a busy machine); the
peak increase of anonymous memory (heap; memmapped file pages excluded) and of the whole
resident set over the state after building the model; the tracemalloc peak of numpy
allocations during PCA + projection; and that the three give the same directions (|cos|
of PC1/PC2 against the baseline).

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


def _anon_mb() -> float:
    """Current anonymous resident memory (heap, not file-backed memmap pages)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")  # pragma: no cover


class _AnonPeak:
    """Samples RssAnon every 10 ms in a thread; ``peak`` is the largest value seen."""

    def __init__(self) -> None:
        import threading

        self.peak = _anon_mb()
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        while not self._stop.wait(0.01):
            self.peak = max(self.peak, _anon_mb())

    def stop(self) -> float:
        self._stop.set()
        self._t.join()
        return max(self.peak, _anon_mb())


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
    base_anon = _anon_mb()
    sampler = _AnonPeak()
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
        t0, c0 = time.perf_counter(), time.process_time()
        solver = "randomized" if case == "sklearn" else "auto"
        dirs = lv.pca_directions(traj, n=2, solver=solver)
        t_pca, c_pca = time.perf_counter() - t0, time.process_time() - c0
        t0, c0 = time.perf_counter(), time.process_time()
        coords = traj.project(dirs)
        t_proj, c_proj = time.perf_counter() - t0, time.process_time() - c0
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        anon_peak = sampler.stop()
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
                "pca_cpu_s": c_pca,
                "project_s": t_proj,
                "project_cpu_s": c_proj,
                "anon_increase_mb": anon_peak - base_anon,
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
        f"{'case':<8} {'solver':<11} {'disk':<4} {'rec ms':>6} {'PCA s (cpu)':>12} "
        f"{'proj s (cpu)':>12} {'+heap MB':>8} {'+RSS MB':>7} {'traced':>6} "
        f"{'PC1,PC2 %':>11} {'|cos| vs ref':>13}"
    )
    print(hdr)
    print("-" * len(hdr))
    for r in results:
        print(
            f"{r['case']:<8} {r['solver']:<11} {'yes' if r['spilled'] else 'no':<4} "
            f"{r['record_ms_per_snapshot']:>6.1f} "
            f"{r['pca_s']:>5.1f} ({r['pca_cpu_s']:>4.1f}) "
            f"{r['project_s']:>5.1f} ({r['project_cpu_s']:>4.1f}) "
            f"{r['anon_increase_mb']:>8.0f} {r['rss_increase_mb']:>7.0f} "
            f"{r['traced_peak_mb']:>6.0f} "
            f"{100 * r['evr'][0]:>5.1f},{100 * r['evr'][1]:>4.1f} "
            f"{r['abs_cos_vs_ref'][0]:>6.4f},{r['abs_cos_vs_ref'][1]:>6.4f}"
        )
    print(
        "+heap: peak anonymous memory (RssAnon, sampled) over the model's; +RSS: peak RSS "
        "(incl. memmap pages) over the model's; traced: tracemalloc peak of PCA + projection"
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
            summary[f"{c}_heap_increase_ratio_vs_sklearn"] = (
                by[c]["anon_increase_mb"] / base["anon_increase_mb"]
            )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
