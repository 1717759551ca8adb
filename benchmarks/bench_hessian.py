"""Benchmark: Hessian-vector products, top eigenvalue and a convexity map (digits MLP, CPU).

Workload: ``lossviz.zoo.MLP(64, 10, width=128, depth=2)`` (26k parameters) trained a few
epochs on ``lossviz.zoo.digits()`` (1797 samples). Measured in one run:

1. ms per Hessian-vector product: forward-over-reverse ``jvp(grad(f))``, reverse-over-
   reverse ``vjp(grad(f))`` (both torch.func), autograd double backward, and a vmapped
   HVP over K grid points (ms per HVP);
2. the top eigenvalue: Lanczos vs power iteration (seconds, HVPs);
3. the spectral density by stochastic Lanczos quadrature (``n_iter`` steps, ``n_runs``
   probes, on the map's samples): ``lv.hessian_spectrum`` (one eigen-decomposition of the
   tridiagonal matrix per probe) vs the previous algorithm (a dense ``eigh`` of the growing
   tridiagonal matrix at every Lanczos step, ``eigensolvers.lanczos(monitor=True)``) vs a
   PyHessian-style reference written here (a Python list of Lanczos vectors, one
   Gram-Schmidt pass per step, one ``eigh`` at the end). All three use the same HVP, so the
   ratios measure the solver's own overhead; the largest node difference from the
   reference is reported;
4. an N x N ``|lambda_min / lambda_max|`` map: per point (the baseline: one Lanczos per
   grid point, cold start) vs warm-started per point vs vectorized (Lanczos in lockstep
   over a chunk of grid points with one vmapped HVP per step); seconds, HVPs, and the
   largest difference of the eigenvalues from the baseline (relative to max |lambda_max|).

Prints a table and a final JSON line (ratios vs the per-point cold baseline). Wall and
process CPU seconds are both reported: on a shared machine the CPU time is the steadier.

Usage: ``python benchmarks/bench_hessian.py [--quick] [--grid 21] [--subsample N]
[--device cpu|cuda] [--threads T] [--only hvp,top,slq,map]``
"""

from __future__ import annotations

import argparse
import json
import time
import warnings

import numpy as np
import torch

import lossviz as lv
from lossviz.core import eigensolvers as es
from lossviz.core import hessian as hz
from lossviz.core import hvp
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
            H = hvp.HessianOperator(model, edata, torch.nn.functional.cross_entropy, device)
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


def pyhessian_slq(H, Z: torch.Tensor, n_iter: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """SLQ as PyHessian's ``density`` does it, on lossviz's HVP operator ``H``.

    Lanczos vectors in a Python list, one modified Gram-Schmidt pass over all of them per
    step, the tridiagonal matrix eigen-decomposed once per probe at the end.
    """
    out = []
    for z in Z:
        v = z / z.norm()
        vs, alphas, betas = [v], [], []
        w = None
        for i in range(n_iter):
            if i > 0:
                beta = float(w.norm())
                betas.append(beta)
                for u in vs:
                    w = w - (w @ u) * u
                v = w / w.norm()
                vs.append(v)
            hv = H.matvec(v[None])[0][0]
            alpha = float(hv @ v)
            alphas.append(alpha)
            w = hv - alpha * v
            if i > 0:
                w = w - betas[-1] * vs[-2]
        T = np.diag(alphas) + np.diag(betas, 1) + np.diag(betas, -1)
        ev, S = np.linalg.eigh(T)
        out.append((ev, S[0] ** 2))
    return out


def slq_costs(model, data, device, n_iter: int, n_runs: int, seed: int = 0) -> dict:
    """Seconds of SLQ: lossviz vs the per-step-eigh algorithm vs a PyHessian-style loop."""
    edata = as_eval_data(data, device)
    res: dict[str, dict] = {}
    with lv.preserved(model):
        model.eval()
        H = hvp.HessianOperator(model, edata, torch.nn.functional.cross_entropy, device)
        H.prepare()
        Z = hvp.rademacher(n_runs, H.P, seed, device)

        def op(idx, V):
            return H.matvec(V)[0]

        def old() -> list:
            # the previous algorithm: Ritz values (dense eigh of T_j) at every step j
            out = es.lanczos(op, Z, H.P, "both", n_iter, 1e-300, seed=seed, monitor=True)
            return out.quadrature

        def new() -> list:
            out = es.lanczos(op, Z, H.P, "both", n_iter, 1e-300, seed=seed, monitor=False)
            return out.quadrature

        variants = {
            "lossviz (one eigh per probe)": new,
            "previous (eigh every step)": old,
            "PyHessian-style reference": lambda: pyhessian_slq(H, Z, n_iter),
        }
        for fn in variants.values():
            fn()  # warm-up
        times: dict[str, float] = {name: float("inf") for name in variants}
        cpu: dict[str, float] = {name: float("inf") for name in variants}
        quads = {}
        for _ in range(2):  # interleaved, best of two
            for name, fn in variants.items():
                sync(device)
                c0, t0 = time.process_time(), time.perf_counter()
                quads[name] = fn()
                sync(device)
                times[name] = min(times[name], time.perf_counter() - t0)
                cpu[name] = min(cpu[name], time.process_time() - c0)
        t_hvp = float("inf")
        V = Z[:1]
        for _ in range(3):
            sync(device)
            t0 = time.perf_counter()
            for _ in range(5):
                H.matvec(V)
            sync(device)
            t_hvp = min(t_hvp, (time.perf_counter() - t0) / 5)
    ref = quads["PyHessian-style reference"]
    for name in variants:
        diff = max(
            float(np.max(np.abs(a[0] - b[0]))) for a, b in zip(quads[name], ref, strict=True)
        )
        res[name] = {
            "seconds": times[name],
            "cpu_seconds": cpu[name],
            "overhead_s": times[name] - n_iter * n_runs * t_hvp,
            "max_node_diff_vs_reference": diff,
        }
    res["hvp_ms"] = t_hvp * 1e3
    return res


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
    ap.add_argument("--slq-iter", type=int, default=80, help="SLQ Lanczos steps (80)")
    ap.add_argument("--slq-runs", type=int, default=2, help="SLQ probes (2)")
    ap.add_argument(
        "--only", default="hvp,top,slq,map", help="comma-separated sections: hvp,top,slq,map"
    )
    args = ap.parse_args()
    only = set(args.only.split(","))
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

    rows: list[tuple] = []
    summary: dict = {
        "benchmark": "hessian",
        "device": str(device),
        "threads": torch.get_num_threads(),
        "n_params": n_params,
        "grid": grid,
        "map_samples": sub or len(X),
    }
    if "hvp" in only:
        costs = hvp_costs(model, (X, y), device, reps=2 if args.quick else 5, kvec=8)
        for k, v in costs.items():
            rows.append(("HVP", k, f"{v:.1f} ms/HVP", "", ""))
        summary["hvp_ms"] = {k: round(v, 3) for k, v in costs.items()}

    # -- top eigenvalue ---------------------------------------------------------------
    if "top" in only:
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
        summary["top_eigenvalue"] = top

    # -- spectral density (SLQ) -------------------------------------------------------
    if "slq" in only:
        n_slq = sub or 300
        n_iter = min(args.slq_iter, 20) if args.quick else args.slq_iter
        slq = slq_costs(model, (X[:n_slq], y[:n_slq]), device, n_iter, args.slq_runs)
        ref_s = slq["PyHessian-style reference"]["seconds"]
        old_s = slq["previous (eigh every step)"]["seconds"]
        label = f"SLQ {n_iter} steps x {args.slq_runs} probes, {n_slq} samples"
        for name, v in slq.items():
            if name == "hvp_ms":
                continue
            rows.append(
                (label, name, f"{v['seconds']:.3f} s (cpu {v['cpu_seconds']:.3f})",
                 f"overhead {v['overhead_s']:.3f} s",
                 f"vs previous {old_s / v['seconds']:.2f}x, vs PyHessian-style "
                 f"{ref_s / v['seconds']:.2f}x, Δnode {v['max_node_diff_vs_reference']:.1e}")
            )  # fmt: skip
        new_s = slq["lossviz (one eigh per probe)"]["seconds"]
        cpu_of = {k: v["cpu_seconds"] for k, v in slq.items() if k != "hvp_ms"}
        new_c = cpu_of["lossviz (one eigh per probe)"]
        summary["slq"] = {
            "n_iter": n_iter,
            "n_runs": args.slq_runs,
            "samples": n_slq,
            "hvp_ms": round(slq.pop("hvp_ms"), 4),
            "variants": slq,
            "speedup_vs_previous": round(old_s / new_s, 3),
            "speedup_vs_pyhessian_style": round(ref_s / new_s, 3),
            "cpu_speedup_vs_previous": round(cpu_of["previous (eigh every step)"] / new_c, 3),
            "cpu_speedup_vs_pyhessian_style": round(cpu_of["PyHessian-style reference"] / new_c, 3),
        }

    # -- convexity map ----------------------------------------------------------------
    if "map" in only:
        summary.update(convexity_maps(model, (X, y), device, grid, sub, args.quick, rows))

    widths = [max(len(str(r[j])) for r in rows) for j in range(5)]
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
    print(json.dumps(summary))


def convexity_maps(model, data, device, grid: int, sub, quick: bool, rows: list) -> dict:
    """The N x N ratio map per point (cold, warm) and vectorized; appends table rows."""
    dirs = lv.random_directions(model, n=2, seed=0, norm="filter")
    span = (-1.0, 1.0, grid)
    configs = [
        ("per point, cold (baseline)", dict(strategy="loop", warm_start=False)),
        ("per point, warm start", dict(strategy="loop", warm_start=True)),
        ("vectorized, warm start", dict(strategy="vmap", warm_start=True)),
    ]
    if quick:
        configs.append(("vectorized, cold", dict(strategy="vmap", warm_start=False)))
    maps = {}
    base = None
    for name, kw in configs:
        land, sec = timed(
            lambda kw=kw: lv.eigen_ratio_surface(
                model, data, dirs, a=span, b=span, device=device, progress=False,
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
            model, data, dirs, a=span, b=span, device=device, progress=False, subsample=sub
        )
    )
    rows.append(
        (f"ratio map {grid}x{grid}", "auto", f"{sec:.1f} s", f"{auto.meta['n_hvp']} HVPs",
         f"chose {auto.meta['strategy']}: {auto.meta['strategy_note']}")
    )  # fmt: skip
    b = maps["per point, cold (baseline)"]
    return {
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


if __name__ == "__main__":
    main()
