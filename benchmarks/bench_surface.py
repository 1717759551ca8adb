"""Benchmark: lossviz.surface vs a naive per-point loop, on three workloads.

For each workload the same 2D surface is computed (interleaved, best of two rounds, after a
warm-up call that lets lossviz measure and cache its strategy) by
(a) a naive loop that writes the weights in place and runs one forward per grid point,
(b) ``lossviz.surface`` (strategy "auto"),
in the same run. Prints a table (points/s, speedup, GFLOP/s as a share of this machine's
measured matmul GFLOP/s) and a final JSON line.

lossviz keeps freed activation memory in the process (glibc allocator settings, see
``lossviz/core/_cpu.py``), and that setting stays for the process. So the naive loop is
timed twice: first before lossviz has run at all ("naive default", what a user's own loop
gets), then interleaved with lossviz under the same allocator settings ("naive"). The
``speedup`` column is against the second, stricter baseline; ``vs default`` against the
first.

Last, ``lossviz.interpolate`` (a 1D line between the small CNN and a perturbed copy, BatchNorm
buffers interpolated too) is timed per point against ``lossviz.surface`` per point on the same
model and data (``interp/surface`` in the JSON line; the target is at most 1.2).

Usage: ``python benchmarks/bench_surface.py [--quick] [--device cpu|cuda]``
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np
import torch
from torch import nn

import lossviz as lv
from lossviz.zoo import MLP, digits, spiral


class SmallCNN(nn.Module):
    """Two conv layers + linear head on 8x8 digits."""

    def __init__(self) -> None:
        super().__init__()
        self.c1 = nn.Conv2d(1, 16, 3, padding=1)
        self.b1 = nn.BatchNorm2d(16)
        self.c2 = nn.Conv2d(16, 32, 3, padding=1)
        self.head = nn.Linear(32 * 4 * 4, 10)

    def forward(self, x):
        x = x.reshape(-1, 1, 8, 8)
        x = torch.relu(self.b1(self.c1(x)))
        x = torch.relu(self.c2(x))
        x = nn.functional.max_pool2d(x, 2)
        return self.head(x.flatten(1))


def matmul_gflops(device: torch.device) -> float:
    n = 2048
    a = torch.randn(n, n, device=device)
    b = torch.randn(n, n, device=device)
    for _ in range(2):
        a @ b
    sync(device)
    reps = 1 if device.type == "cpu" else 20
    best = float("inf")
    for _ in range(7):  # best of seven: the roofline is the machine's peak, not its average
        t0 = time.perf_counter()
        for _ in range(reps):
            a @ b
        sync(device)
        best = min(best, time.perf_counter() - t0)
    return 2 * n**3 * reps / best / 1e9


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def forward_flops(model: nn.Module, x: torch.Tensor) -> float:
    """Multiply-adds x2 of Linear and Conv layers for one forward over x."""
    total = [0.0]

    def hook(m, inp, out):
        if isinstance(m, nn.Linear):
            total[0] += 2.0 * out.numel() * m.in_features
        elif isinstance(m, nn.Conv2d):
            k = m.in_channels // m.groups * m.kernel_size[0] * m.kernel_size[1]
            total[0] += 2.0 * out.numel() * k

    hs = [m.register_forward_hook(hook) for m in model.modules()]
    with torch.no_grad():
        model(x)
    for h in hs:
        h.remove()
    return total[0]


def naive_surface(model, X, y, dirs, a, b, device):
    """Write weights in place, one forward per point (the original code's approach)."""
    model = model.to(device).eval()
    X, y = X.to(device), y.to(device)
    params = [p for _, p in model.named_parameters()]
    theta = [p.detach().clone() for p in params]
    d1 = [dirs[0][n].to(device) for n, _ in model.named_parameters()]
    d2 = [dirs[1][n].to(device) for n, _ in model.named_parameters()]
    loss = np.empty((len(a), len(b)))
    acc = np.empty((len(a), len(b)))
    with torch.no_grad():
        for i, ai in enumerate(a):
            for j, bj in enumerate(b):
                for p, t, u, v in zip(params, theta, d1, d2, strict=True):
                    p.copy_(t + ai * u + bj * v)
                out = model(X)
                loss[i, j] = nn.functional.cross_entropy(out, y).item()
                acc[i, j] = (out.argmax(1) == y).float().mean().item()
        for p, t in zip(params, theta, strict=True):
            p.copy_(t)
    return loss, acc


def workloads(quick: bool):
    torch.manual_seed(0)
    Xd, yd = digits()
    Xs, ys = spiral(n_per_class=300)
    n41 = 15 if quick else 41
    n31 = 11 if quick else 31
    yield "digits MLP 64-128-128-10", MLP(64, 10, width=128, depth=2), (Xd, yd), n41
    yield "spiral MLP 16x32 no skip", MLP(2, 3, width=32, depth=16), (Xs, ys), n41
    yield "spiral MLP 16x32 skip", MLP(2, 3, width=32, depth=16, skip=2), (Xs, ys), n41
    yield "digits small CNN (BN)", SmallCNN(), (Xd, yd), n31


def interpolate_vs_surface(device: torch.device, cnn_row: dict, quick: bool) -> dict:
    """``interpolate`` per point vs ``surface`` per point on the small CNN (same data)."""
    torch.manual_seed(0)
    Xd, yd = digits()
    model = SmallCNN().eval()
    other = SmallCNN().eval()
    with torch.no_grad():
        model(torch.as_tensor(Xd[:64]))
    n = 41 if quick else 121
    lv.interpolate(model, other, (Xd, yd), a=(-0.5, 1.5, n), progress=False, device=device)
    dirs = lv.random_directions(model, n=2, seed=1)
    m = 11 if quick else 31
    lv.surface(model, (Xd, yd), dirs, a=(-1.0, 1.0, m), progress=False, device=device)
    t_line = t_grid = float("inf")
    for _ in range(2):  # interleaved, best of two
        t0 = time.perf_counter()
        line = lv.interpolate(
            model, other, (Xd, yd), a=(-0.5, 1.5, n), progress=False, device=device
        )
        sync(device)
        t_line = min(t_line, time.perf_counter() - t0)
        t0 = time.perf_counter()
        lv.surface(model, (Xd, yd), dirs, a=(-1.0, 1.0, m), progress=False, device=device)
        sync(device)
        t_grid = min(t_grid, time.perf_counter() - t0)
    per_line, per_grid = t_line / n, t_grid / (m * m)
    return {
        "points": n,
        "grid": m,
        "interpolate_ms_per_pt": 1e3 * per_line,
        "surface_ms_per_pt": 1e3 * per_grid,
        "ratio": per_line / per_grid,
        "interpolate_strategy": line.meta["strategy"],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small grids")
    ap.add_argument("--device", default="cpu")
    args = ap.parse_args()
    device = torch.device(args.device)
    peak = matmul_gflops(device)
    print(f"device {device}, threads {torch.get_num_threads()}, matmul roofline {peak:.1f} GFLOP/s")
    header = (
        f"{'workload':28s} {'grid':>6s} {'naive default':>13s} {'naive pt/s':>11s} "
        f"{'lossviz pt/s':>13s} {'speedup':>8s} {'vs default':>10s} {'strategy':>9s} "
        f"{'%roofline':>10s} {'max|diff|':>10s}"
    )
    print(header)
    print("-" * len(header))
    rows = []
    # naive loops in a process where lossviz has not run yet (glibc default allocator)
    default_rate = {}
    for name, model, (X, y), n in workloads(args.quick):
        model.eval()
        dirs = lv.random_directions(model, n=2, seed=1)
        a = np.linspace(-1, 1, n)
        naive_surface(model, X, y, dirs, a[:2], a[:2], device)  # warm-up
        t0 = time.perf_counter()
        naive_surface(model, X, y, dirs, a, a, device)
        sync(device)
        default_rate[name] = n * n / (time.perf_counter() - t0)
    for name, model, (X, y), n in workloads(args.quick):
        model.eval()
        dirs = lv.random_directions(model, n=2, seed=1)
        a = b = np.linspace(-1, 1, n)
        flops = forward_flops(model, X)
        naive_surface(model, X, y, dirs, a[:2], b[:2], device)  # warm-up
        lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, n), progress=False, device=device)
        # interleaved, best of two rounds each: this machine's timings vary run to run
        t_naive = t_lv = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            loss_n, _ = naive_surface(model, X, y, dirs, a, b, device)
            sync(device)
            t_naive = min(t_naive, time.perf_counter() - t0)
            t0 = time.perf_counter()
            land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, n), progress=False, device=device)
            sync(device)
            t_lv = min(t_lv, time.perf_counter() - t0)
        npts = n * n
        diff = float(np.nanmax(np.abs(land["loss"] - loss_n)))
        pct = 100 * flops * npts / t_lv / 1e9 / peak
        row = {
            "workload": name,
            "grid": n,
            "naive_pts_per_s": npts / t_naive,
            "lossviz_pts_per_s": npts / t_lv,
            "speedup": t_naive / t_lv,
            "naive_default_pts_per_s": default_rate[name],
            "speedup_vs_default": npts / t_lv / default_rate[name],
            "strategy": land.meta["strategy"],
            "channels_last": land.meta["channels_last"],
            "first_layer_shortcut": land.meta["first_layer_shortcut"],
            "roofline_share": pct / 100,
            "max_abs_diff": diff,
        }
        rows.append(row)
        print(
            f"{name:28s} {n:>3d}^2 {default_rate[name]:>13.1f} {npts / t_naive:>11.1f} "
            f"{npts / t_lv:>13.1f} {t_naive / t_lv:>7.2f}x {row['speedup_vs_default']:>9.2f}x "
            f"{land.meta['strategy']:>9s} {pct:>9.1f}% {diff:>10.2e}"
        )
    interp = interpolate_vs_surface(device, rows[-1], args.quick)
    print(
        f"interpolate (small CNN, {interp['points']} points): "
        f"{interp['interpolate_ms_per_pt']:.3f} ms/pt vs surface "
        f"{interp['surface_ms_per_pt']:.3f} ms/pt: {interp['ratio']:.2f}x"
    )
    print(
        json.dumps(
            {
                "benchmark": "surface",
                "interpolate_vs_surface": interp,
                "device": str(device),
                "matmul_gflops": peak,
                "min_speedup": min(r["speedup"] for r in rows),
                "min_speedup_vs_default": min(r["speedup_vs_default"] for r in rows),
                "rows": rows,
            }
        )
    )


if __name__ == "__main__":
    main()
