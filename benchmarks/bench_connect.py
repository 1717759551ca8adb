"""Benchmark: training a mode-connecting curve on the spiral MLP (lv.connect).

Baseline, measured in the same run: the same number of plain training steps of one model
(forward, backward, Adam step on one minibatch). A curve step adds the combination of the
control points and the gradient through it, so its cost is reported as a ratio to that.
Also times the curve's evaluation and the plane figure's surface, and reports the barrier
heights (straight line vs trained curve).

Usage: ``python benchmarks/bench_connect.py [--steps 1000] [--threads 1]``.
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import time

import torch
from torch import nn

import lossviz as lv
from lossviz.zoo import MLP, spiral
from lossviz.zoo.train import fit


def plain_steps(model: nn.Module, X, y, steps: int, batch_size: int, seed: int = 0) -> float:
    """Seconds for ``steps`` ordinary Adam steps on ``model`` (a copy is trained)."""
    import copy

    net = copy.deepcopy(model)
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    gen = torch.Generator().manual_seed(seed)
    net.train()
    t0 = time.perf_counter()
    done = 0
    while done < steps:
        perm = torch.randperm(len(X), generator=gen)
        for i in range(0, len(X), batch_size):
            if done == steps:
                break
            idx = perm[i : i + batch_size]
            opt.zero_grad(set_to_none=True)
            nn.functional.cross_entropy(net(X[idx]), y[idx]).backward()
            opt.step()
            done += 1
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--width", type=int, default=32)
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (0: leave as is)")
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    X, y = spiral(n_per_class=200, classes=3, noise=0.2, seed=0)
    data = (X, y)
    nets = []
    for s in (0, 1):
        torch.manual_seed(s)
        m = MLP(2, 3, width=args.width, depth=args.depth)
        fit(m, data, epochs=150, lr=0.01, batch_size=64, seed=s)
        nets.append(m)
    a, b = nets
    n_params = sum(p.numel() for p in a.parameters())
    lv.connect(a, b, data, steps=20, batch_size=args.batch_size)  # warm-up
    rows = []
    base = plain_steps(a, X, y, args.steps, args.batch_size)
    rows.append(("plain training (baseline)", base, args.steps))
    curves = {}
    for label, kw in (
        ("connect bezier, 1 bend", {"kind": "bezier", "bends": 1}),
        ("connect polychain, 1 bend", {"kind": "polychain", "bends": 1}),
        ("connect bezier, 3 bends", {"kind": "bezier", "bends": 3}),
    ):
        t0 = time.perf_counter()
        curves[label] = lv.connect(a, b, data, steps=args.steps, batch_size=args.batch_size, **kw)
        rows.append((label, time.perf_counter() - t0, args.steps))
    curve = curves["connect bezier, 1 bend"]
    t0 = time.perf_counter()
    along = curve.evaluate(data, ts=(0, 1, 41))
    rows.append(("curve.evaluate, 41 points", time.perf_counter() - t0, 41))
    t0 = time.perf_counter()
    line = lv.interpolate(a, b, data, a=(0, 1, 41), progress=False)
    rows.append(("lv.interpolate, 41 points", time.perf_counter() - t0, 41))
    t0 = time.perf_counter()
    land, paths = lv.connect_plane(curve, data, grid=41, progress=False)
    rows.append(("connect_plane, 41 x 41 grid", time.perf_counter() - t0, 41 * 41))

    print(
        f"spiral MLP width={args.width} depth={args.depth} ({n_params} parameters), "
        f"{len(X)} samples, batch {args.batch_size}, torch threads {torch.get_num_threads()}"
    )
    print(f"{'task':32s} {'seconds':>9s} {'ms/unit':>9s} {'vs baseline':>12s}")
    per_base = base / args.steps
    result = {"n_params": n_params, "steps": args.steps, "threads": torch.get_num_threads()}
    for label, sec, units in rows:
        per = sec / units
        ratio = per / per_base if "connect " in label or "baseline" in label else None
        rs = f"{ratio:12.2f}" if ratio is not None else f"{'':12s}"
        print(f"{label:32s} {sec:9.3f} {1000 * per:9.3f} {rs}")
        key = label.split(",")[0].replace(" ", "_").replace(".", "_").replace("(", "")
        key = key.replace(")", "") + ("" if "," not in label else "_" + label.split(", ")[1])
        result[key.replace(" ", "_")] = round(sec, 4)
        if ratio is not None and "baseline" not in label:
            result[key.replace(" ", "_") + "_step_ratio"] = round(ratio, 3)
    barrier_line = float(line["loss"].max() - max(line["loss"][0], line["loss"][-1]))
    barrier_curve = float(along["loss"].max() - max(along["loss"][0], along["loss"][-1]))
    print(
        f"barrier (max loss above the endpoints): straight line {barrier_line:.4f}, "
        f"Bezier curve {barrier_curve:.4f}; curve residual from the plane "
        f"{float(paths[1].residuals.max()):.2e}"
    )
    result.update(
        barrier_line=round(barrier_line, 5),
        barrier_curve=round(barrier_curve, 5),
        max_plane_residual=float(paths[1].residuals.max()),
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
