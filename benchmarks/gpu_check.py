"""GPU check: lossviz on CUDA against the CPU (correctness), then against a naive loop (speed).

One script, a few minutes on one GPU. Without a CUDA device (``--device cuda``, the default)
it prints one "no CUDA device" line and the JSON line ``{"benchmark": "gpu_check", "cuda":
false}`` and exits 0.

1. Correctness, every result computed on ``--device`` and on the CPU from the same inputs:

   - ``surface``: 2D loss/accuracy of the digits MLP and of a small BatchNorm CNN;
   - ``interpolate``: the 1D line between two digits MLPs;
   - Hessian top eigenvalues (``hessian_eigenvalues``, both ends, float64 model) and a
     small eigen-ratio map (``eigen_ratio_surface``, vectorized Lanczos on the GPU);
   - an Explorer frame computed without a browser: the preview grid on a data subsample,
     as the widgets compute it (``surface`` with the preview settings), serialized by
     ``lossviz.widgets.serialize.frame_payload`` when that module is importable, and
     compared after decoding its float32 bytes.

   Tolerances are relative to the values' magnitude; CNN rows allow for TF32 convolutions
   (cuDNN's default on Ampere and later: ``torch.backends.cudnn.allow_tf32``).

2. Speed on ``--device``: ``lossviz.surface`` (after a 3x3 warm-up call; the timed call
   includes lossviz's own strategy measurement) against the naive per-point loop of the
   original code (weights written in place, one forward per grid point, one ``.item()``
   per metric) on the digits
   MLP 41x41, the small CNN 41x41 and a CIFAR ResNet-20 (``lossviz.zoo.resnet(20)``) on
   2,000 random 32x32 images at 51x51. The naive loop is timed on its first rows when the
   full grid would take long (``--naive-budget`` seconds, rate extrapolated, said in the
   table); lossviz always runs the full grid. Target: >= 10x the naive loop.

Prints a table and a final JSON line; exit status 1 if a correctness check fails.

Usage: ``python benchmarks/gpu_check.py [--device cuda|cpu] [--quick] [--naive-budget S]``
(``--device cpu --quick`` runs every path with tiny sizes, for the test suite).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_surface import SmallCNN, naive_surface  # noqa: E402

import lossviz as lv  # noqa: E402
from lossviz.zoo import MLP, digits, resnet  # noqa: E402

TARGET_SPEEDUP = 10.0


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def rel_diff(x: Any, y: Any) -> float:
    """Largest ``|x - y|`` relative to the largest ``|y|`` (NaN where both are NaN is 0)."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    same_nan = np.isnan(x) & np.isnan(y)
    d = np.where(same_nan, 0.0, np.abs(x - y))
    scale = max(float(np.nanmax(np.abs(y))) if np.isfinite(y).any() else 0.0, 1e-30)
    return float(np.max(d) / scale) if d.size else 0.0


def seeded(model_fn, seed: int) -> torch.nn.Module:
    torch.manual_seed(seed)
    return model_fn().eval()


def sizes(quick: bool) -> dict[str, int]:
    if quick:
        return {"grid": 5, "line": 7, "eig_grid": 3, "preview": 5, "preview_samples": 64,
                "mlp": 7, "cnn": 5, "resnet": 3, "resnet_depth": 8, "images": 32,
                "digits": 200}  # fmt: skip
    return {"grid": 11, "line": 21, "eig_grid": 5, "preview": 11, "preview_samples": 256,
            "mlp": 41, "cnn": 41, "resnet": 51, "resnet_depth": 20, "images": 2000,
            "digits": 1797}  # fmt: skip


# ------------------------------------------------------------------ correctness
def correctness(device: torch.device, sz: dict[str, int]) -> list[dict[str, Any]]:
    """Each check on ``device`` and on the CPU; rows with the relative difference."""
    cpu = torch.device("cpu")
    X, y = digits()
    X, y = X[: sz["digits"]], y[: sz["digits"]]
    mlp = seeded(lambda: MLP(64, 10, width=128, depth=2), 0)
    mlp_b = seeded(lambda: MLP(64, 10, width=128, depth=2), 1)
    cnn = seeded(SmallCNN, 2)
    rows: list[dict[str, Any]] = []

    def add(name: str, diff: float, tol: float, note: str = "") -> None:
        rows.append({"check": name, "rel_diff": diff, "tol": tol, "ok": bool(diff <= tol),
                     "note": note})  # fmt: skip

    g = sz["grid"]
    for label, model, tol in (("surface digits MLP", mlp, 1e-4), ("surface small CNN", cnn, 3e-3)):
        dirs = lv.random_directions(model, n=2, seed=1)
        out = {
            dev.type: lv.surface(model, (X, y), dirs, a=(-1, 1, g), device=dev, progress=False)
            for dev in (device, cpu)
        }
        add(f"{label} {g}x{g} loss", rel_diff(out[device.type]["loss"], out["cpu"]["loss"]), tol)
        # an accuracy may move by a sample or two where logits tie within rounding
        acc = float(np.max(np.abs(out[device.type]["accuracy"] - out["cpu"]["accuracy"])))
        add(f"{label} {g}x{g} accuracy", acc, 2.5 / len(X), "absolute")

    n = sz["line"]
    lines = {
        dev.type: lv.interpolate(mlp, mlp_b, (X, y), a=(-0.5, 1.5, n), device=dev, progress=False)
        for dev in (device, cpu)
    }
    add(f"interpolate MLP {n} points", rel_diff(lines[device.type]["loss"], lines["cpu"]["loss"]),
        1e-4)  # fmt: skip

    m64 = seeded(lambda: MLP(64, 10, width=32, depth=1), 3).double()
    Xs, ys = X[:300].double(), y[:300]
    eig = {
        dev.type: lv.hessian_eigenvalues(
            m64, (Xs, ys), which="both", device=dev, tol=1e-8, max_iter=300
        )
        for dev in (device, cpu)
    }
    add("Hessian λmin, λmax (float64 MLP)", rel_diff(eig[device.type], eig["cpu"]), 1e-6)

    e = sz["eig_grid"]
    dirs64 = lv.random_directions(m64, n=2, seed=4)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", lv.HessianConvergenceWarning)
        maps = {
            dev.type: lv.eigen_ratio_surface(
                m64,
                (Xs, ys),
                dirs64,
                a=(-0.5, 0.5, e),
                device=dev,
                progress=False,
                tol=1e-6,
                max_iter=120,
            )  # fmt: skip
            for dev in (device, cpu)
        }
    d = max(rel_diff(maps[device.type][k], maps["cpu"][k]) for k in ("lambda_min", "lambda_max"))
    add(f"eigen-ratio map {e}x{e} λ (float64 MLP)", d, 1e-4,
        f"strategy {maps[device.type].meta['strategy']}")  # fmt: skip

    p, ps = sz["preview"], sz["preview_samples"]
    dirs = lv.random_directions(mlp, n=2, seed=0, norm="filter", ignore="biasbn")
    frames = {}
    for dev in (device, cpu):
        land = lv.surface(mlp, (X, y), dirs, a=(-1, 1, p), device=dev, progress=False, subsample=ps)
        frames[dev.type] = explorer_frame(land)
    how = frames["cpu"][1]
    diff = max(rel_diff(frames[device.type][0][k], frames["cpu"][0][k]) for k in frames["cpu"][0])
    add(f"Explorer preview frame {p}x{p} on {ps} samples", diff, 1e-4, how)
    return rows


def explorer_frame(land: Any) -> tuple[dict[str, np.ndarray], str]:
    """The metric arrays an Explorer frame carries for ``land`` (decoded float32 bytes)."""
    try:
        from lossviz.widgets.serialize import frame_payload
    except ImportError:  # the widget layer is optional
        return {k: np.asarray(land[k], dtype=np.float32) for k in ("loss", "accuracy")}, (
            "landscape arrays (no frame_payload)"
        )
    frame = frame_payload({"model": land}, preview=True, frame_id=0)
    mets = frame["panels"][0]["metrics"]
    return {k: np.frombuffer(v, dtype="<f4") for k, v in mets.items()}, "frame_payload bytes"


# ------------------------------------------------------------------ speed
def workloads(sz: dict[str, int]):
    X, y = digits()
    X, y = X[: sz["digits"]], y[: sz["digits"]]
    yield "digits MLP 64-128-128-10", seeded(lambda: MLP(64, 10, width=128, depth=2), 0), (
        X, y), sz["mlp"]  # fmt: skip
    yield "digits small CNN (BN)", seeded(SmallCNN, 2), (X, y), sz["cnn"]
    g = torch.Generator().manual_seed(0)
    Xi = torch.randn(sz["images"], 3, 32, 32, generator=g)
    yi = torch.randint(0, 10, (sz["images"],), generator=g)
    depth = sz["resnet_depth"]
    yield f"ResNet-{depth}, {sz['images']} random 32x32", seeded(lambda: resnet(depth), 5), (
        Xi, yi), sz["resnet"]  # fmt: skip


def speed(device: torch.device, sz: dict[str, int], naive_budget: float) -> list[dict[str, Any]]:
    rows = []
    for name, model, (X, y), n in workloads(sz):
        model = model.to(device)
        X, y = X.to(device), y.to(device)
        dirs = lv.random_directions(model, n=2, seed=1)
        a = np.linspace(-1, 1, n)
        # naive loop: one warm-up row, then rows until the budget is spent (at least one)
        naive_surface(model, X, y, dirs, a[:1], a[:2], device)
        sync(device)
        t0 = time.perf_counter()
        rows_done = 0
        naive_loss = np.full((n, n), np.nan)
        while rows_done < n:
            lo, _ = naive_surface(model, X, y, dirs, a[rows_done : rows_done + 1], a, device)
            naive_loss[rows_done] = lo[0]
            rows_done += 1
            if time.perf_counter() - t0 > naive_budget:
                break
        sync(device)
        t_naive_pts = (time.perf_counter() - t0) / (rows_done * n)
        # warm-up on a small grid (CUDA context, cuDNN algorithms); the timed call below
        # includes lossviz's own strategy measurement, as a user's first call does
        lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, 3), device=device, progress=False)
        sync(device)
        t0 = time.perf_counter()
        land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, n), device=device, progress=False)
        sync(device)
        t_lv = time.perf_counter() - t0
        diff = rel_diff(land["loss"][:rows_done], naive_loss[:rows_done])
        rows.append(
            {
                "workload": name,
                "grid": n,
                "naive_pts_per_s": 1.0 / t_naive_pts,
                "naive_points_timed": rows_done * n,
                "lossviz_pts_per_s": n * n / t_lv,
                "lossviz_seconds": t_lv,
                "speedup": t_naive_pts * n * n / t_lv,
                "strategy": land.meta.get("strategy"),
                "rel_diff_vs_naive": diff,
            }
        )
        model.to("cpu")
        if device.type == "cuda":
            torch.cuda.empty_cache()
    return rows


# ------------------------------------------------------------------ main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--device", default="cuda", help="cuda (default), cuda:N or cpu")
    ap.add_argument("--quick", action="store_true", help="tiny sizes (tests)")
    ap.add_argument(
        "--naive-budget", type=float, default=None,
        help="seconds for timing the naive loop per workload (default 40; quick 2)",
    )  # fmt: skip
    args = ap.parse_args(argv)
    device = torch.device(args.device)
    if device.type == "cuda" and not torch.cuda.is_available():
        print("no CUDA device: nothing to check (run this script on a machine with a GPU)")
        print(json.dumps({"benchmark": "gpu_check", "cuda": False}))
        return 0
    if device.type not in ("cuda", "cpu"):
        raise SystemExit(f"--device must be cuda, cuda:N or cpu, got {args.device!r}")
    budget = args.naive_budget if args.naive_budget is not None else (2.0 if args.quick else 40.0)
    sz = sizes(args.quick)
    t_start = time.perf_counter()
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"
    tf32 = bool(torch.backends.cudnn.allow_tf32) if device.type == "cuda" else False
    print(
        f"lossviz {getattr(lv, '__version__', '?')}, torch {torch.__version__}, device {device} "
        f"({name}), cudnn TF32 {tf32}, {'quick' if args.quick else 'full'} sizes"
    )

    checks = correctness(device, sz)
    print(f"\n{'check':48s} {'rel diff':>10s} {'tol':>8s}  ok   note")
    for r in checks:
        print(
            f"{r['check']:48s} {r['rel_diff']:>10.2e} {r['tol']:>8.0e}  "
            f"{'yes' if r['ok'] else 'NO ':4s} {r['note']}"
        )

    rows = speed(device, sz, budget)
    print(
        f"\n{'workload':34s} {'grid':>6s} {'naive pt/s':>11s} {'(timed)':>8s} "
        f"{'lossviz pt/s':>13s} {'speedup':>8s} {'strategy':>9s} {'diff':>9s}"
    )
    for r in rows:
        print(
            f"{r['workload']:34s} {r['grid']:>4d}^2 {r['naive_pts_per_s']:>11.1f} "
            f"{r['naive_points_timed']:>8d} {r['lossviz_pts_per_s']:>13.1f} "
            f"{r['speedup']:>7.1f}x {str(r['strategy']):>9s} {r['rel_diff_vs_naive']:>9.1e}"
        )
    all_ok = all(r["ok"] for r in checks)
    min_speedup = min(r["speedup"] for r in rows)
    seconds = time.perf_counter() - t_start
    print(
        f"\ncorrectness {'OK' if all_ok else 'FAILED'}; min speedup {min_speedup:.1f}x "
        f"(target {TARGET_SPEEDUP:g}x: {'met' if min_speedup >= TARGET_SPEEDUP else 'NOT met'}); "
        f"{seconds:.0f} s"
    )
    summary = {
        "benchmark": "gpu_check",
        "cuda": device.type == "cuda",
        "device": str(device),
        "device_name": name,
        "cudnn_tf32": tf32,
        "quick": bool(args.quick),
        "torch_version": torch.__version__,
        "checks": checks,
        "all_correct": all_ok,
        "speed": rows,
        "min_speedup": min_speedup,
        "target_speedup": TARGET_SPEEDUP,
        "meets_target": bool(min_speedup >= TARGET_SPEEDUP),
        "seconds": round(seconds, 2),
    }
    print(json.dumps(summary, default=str))
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
