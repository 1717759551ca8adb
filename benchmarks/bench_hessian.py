"""Benchmark: Hessian-vector products, top eigenvalue and a convexity map (digits MLP, CPU).

Workload: ``lossviz.zoo.MLP(64, 10, width=128, depth=2)`` (26k parameters) trained a few
epochs on ``lossviz.zoo.digits()`` (1797 samples). Measured in one run:

1. ms per Hessian-vector product: forward-over-reverse ``jvp(grad(f))``, reverse-over-
   reverse ``vjp(grad(f))`` (both torch.func), autograd double backward, and a vmapped
   HVP over K grid points (ms per HVP);
2. the top eigenvalue: Lanczos vs power iteration (seconds, HVPs);
3. an N x N ``|lambda_min / lambda_max|`` map: per point (the baseline: one Lanczos per
   grid point, cold start) vs warm-started per point vs vectorized (Lanczos in lockstep
   over a chunk of grid points with one vmapped HVP per step); seconds, HVPs, and the
   largest difference of the eigenvalues from the baseline (relative to max |lambda_max|).

Prints a table and a final JSON line (ratios vs the per-point cold baseline). Wall and
process CPU seconds are both reported: on a shared machine the CPU time is the steadier.

Usage: ``python benchmarks/bench_hessian.py [--quick] [--grid 21] [--subsample N]
[--device cpu|cuda] [--threads T]``
"""

from __future__ import annotations

import argparse
import json
import time
import warnings

import numpy as np
import torch

import lossviz as lv
from lossviz.core import hessian as hz
from lossviz.core.evaluate import as_eval_data, resolve_device
from lossviz.zoo import MLP, digits
from lossviz.zoo.train import fit


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def hvp_costs(model, data, device, reps: int, kvec: int) -> dict[str, float]:
    """ms per HVP for each mode at the center, and vmapped over ``kvec`` grid points."""
    edata = as_eval_data(data, device)
    out = {}
    with lv.preserved(model):
        model.eval()
        for mode in ("forward", "reverse", "double_backward"):
            H = hz._Hessian(model, edata, torch.nn.functional.cross_entropy, device)
            H.mode = mode
            V = torch.randn(1, H.P, dtype=torch.float64)
            H.matvec(V)
            best = float("inf")
            for _ in range(2):
                sync(device)
                t0 = time.perf_counter()
                for _ in range(reps):
                    H.matvec(V)
                sync(device)
                best = min(best, (time.perf_counter() - t0) / reps)
            out[mode] = best * 1e3
            if mode != "double_backward":
                Vk = torch.randn(kvec, H.P, dtype=torch.float64)
                T = H.theta.expand(kvec, H.P) + 1e-3 * torch.randn(kvec, H.P).to(H.dtype)
                H.matvec(Vk[:2], T[:2], vectorize=True)
                sync(device)
                t0 = time.perf_counter()
                H.matvec(Vk, T, vectorize=True)
                sync(device)
                out[f"{mode}_vmap{kvec}"] = (time.perf_counter() - t0) / kvec * 1e3
    return out


CPU_SECONDS: list[float] = []


def timed(fn):
    """Run ``fn``; return (result, wall seconds); the process CPU seconds go to CPU_SECONDS."""
    c0, t0 = time.process_time(), time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", hz.HessianConvergenceWarning)
        res = fn()
    CPU_SECONDS.append(time.process_time() - c0)
    return res, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="5x5 grid on 300 samples")
    ap.add_argument("--grid", type=int, default=None, help="grid points per axis (21)")
    ap.add_argument("--subsample", type=int, default=None, help="samples for the map")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int, default=None, help="torch.set_num_threads")
    ap.add_argument("--epochs", type=int, default=None)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    device = resolve_device(args.device)
    grid = args.grid or (5 if args.quick else 21)
    sub = args.subsample if args.subsample is not None else (300 if args.quick else None)
    epochs = args.epochs or (2 if args.quick else 5)

    X, y = digits()
    torch.manual_seed(0)
    model = MLP(64, 10, width=128, depth=2)
    fit(model, (X, y), epochs=epochs, lr=0.01, batch_size=64, seed=0)
    model.eval()
    n_params = sum(p.numel() for p in model.parameters())
    print(
        f"digits MLP 64-128-128-10: {n_params} parameters, {len(X)} samples, device {device}, "
        f"{torch.get_num_threads()} threads, map {grid}x{grid} on "
        f"{sub or len(X)} samples"
    )

    rows = []
    costs = hvp_costs(model, (X, y), device, reps=2 if args.quick else 5, kvec=8)
    for k, v in costs.items():
        rows.append(("HVP", k, f"{v:.1f} ms/HVP", "", ""))

    # -- top eigenvalue ---------------------------------------------------------------
    top = {}
    for method in ("lanczos", "power"):
        res, sec = timed(
            lambda method=method: lv.hessian_eigenvalues(
                model, (X, y), method=method, device=device, tol=1e-4, return_info=True
            )
        )
        top[method] = {
            "seconds": sec,
            "cpu_seconds": CPU_SECONDS[-1],
            "n_hvp": res.n_hvp,
            "value": float(res.values[0]),
        }
        rows.append(
            ("top eigenvalue", method, f"{sec:.2f} s (cpu {CPU_SECONDS[-1]:.2f})",
             f"{res.n_hvp} HVPs",
             f"λmax={res.values[0]:.5g} conv={res.converged}")
        )  # fmt: skip

    # -- convexity map ----------------------------------------------------------------
    dirs = lv.random_directions(model, n=2, seed=0, norm="filter")
    span = (-1.0, 1.0, grid)
    configs = [
        ("per point, cold (baseline)", dict(strategy="loop", warm_start=False)),
        ("per point, warm start", dict(strategy="loop", warm_start=True)),
        ("vectorized, warm start", dict(strategy="vmap", warm_start=True)),
    ]
    if args.quick:
        configs.append(("vectorized, cold", dict(strategy="vmap", warm_start=False)))
    maps = {}
    base = None
    for name, kw in configs:
        land, sec = timed(
            lambda kw=kw: lv.eigen_ratio_surface(
                model, (X, y), dirs, a=span, b=span, device=device, progress=False,
                subsample=sub, **kw,
            )
        )  # fmt: skip
        m = land.meta
        scale = float(np.nanmax(np.abs(land["lambda_max"])))
        if base is None:
            base = land
            diff = 0.0
        else:
            diff = max(
                float(np.nanmax(np.abs(land[k] - base[k]))) / scale
                for k in ("lambda_min", "lambda_max")
            )
        maps[name] = {
            "seconds": sec,
            "cpu_seconds": CPU_SECONDS[-1],
            "n_hvp": m["n_hvp"],
            "hvp_per_point": m["n_hvp"] / grid**2,
            "chunk": m["chunk_size"],
            "unconverged": m["unconverged"],
            "max_rel_diff_vs_baseline": diff,
            "hvp_mode": m["hvp_mode"],
        }
        rows.append(
            (f"ratio map {grid}x{grid}", name, f"{sec:.1f} s (cpu {CPU_SECONDS[-1]:.1f})",
             f"{m['n_hvp']} HVPs ({m['n_hvp'] / grid**2:.1f}/pt)",
             f"chunk {m['chunk_size']}, unconv {m['unconverged']}, Δ {diff:.1e}, {m['hvp_mode']}")
        )  # fmt: skip
    auto, sec = timed(
        lambda: lv.eigen_ratio_surface(
            model, (X, y), dirs, a=span, b=span, device=device, progress=False, subsample=sub
        )
    )
    rows.append(
        (f"ratio map {grid}x{grid}", "auto", f"{sec:.1f} s", f"{auto.meta['n_hvp']} HVPs",
         f"chose {auto.meta['strategy']}: {auto.meta['strategy_note']}")
    )  # fmt: skip

    widths = [max(len(str(r[j])) for r in rows) for j in range(5)]
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
    b = maps["per point, cold (baseline)"]
    summary = {
        "benchmark": "hessian",
        "device": str(device),
        "threads": torch.get_num_threads(),
        "n_params": n_params,
        "grid": grid,
        "map_samples": sub or len(X),
        "hvp_ms": {k: round(v, 3) for k, v in costs.items()},
        "top_eigenvalue": top,
        "maps": maps,
        "auto_choice": auto.meta["strategy"],
        "speedup_vs_per_point_cold": {
            k: round(b["seconds"] / v["seconds"], 3) for k, v in maps.items()
        },
        "cpu_speedup_vs_per_point_cold": {
            k: round(b["cpu_seconds"] / v["cpu_seconds"], 3) for k, v in maps.items()
        },
        "hvp_ratio_vs_per_point_cold": {
            k: round(v["n_hvp"] / b["n_hvp"], 3) for k, v in maps.items()
        },
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
