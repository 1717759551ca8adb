"""Benchmark: how fast the zoo is to use (build, load data, evaluate a char-RNN surface).

Measured in one run, with ratios against a baseline from the same run:
- construction time of every registered model (the goal: < 1 s each);
- MNIST-1D: first generation by the ``mnist1d`` package vs a cached load (``.npz``);
- CharRNN forward on the Zen-of-Python windows: unrolled (vmap-able) vs the fused
  ``nn.LSTM`` kernel, and a 1D ``lv.surface`` with ``strategy="vmap"`` vs ``"loop"``;
- a pretrained checkpoint load vs training the same model.

Prints a table and a final JSON line. Usage: ``python benchmarks/bench_zoo.py [--threads N]``
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import warnings

import torch

import lossviz as lv
from lossviz import zoo


def _t(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    rows: list[tuple[str, float, str]] = []
    result: dict[str, float] = {}

    # --- model construction
    digits, text = zoo.digits(), zoo.text_corpus()
    slowest = ("", 0.0)
    for name in zoo.MODELS:
        data = text if name == "char-rnn" else zoo.spiral(5) if name.startswith("mlp") else digits
        kw = {"depth": 56} if name in ("resnet", "wide-resnet") else {}
        s = _t(lambda name=name, data=data, kw=kw: zoo.get_model(name, data=data, **kw))
        if s > slowest[1]:
            slowest = (name, s)
    rows.append((f"slowest model construction ({slowest[0]})", slowest[1], "goal < 1 s"))
    result["max_build_s"] = slowest[1]

    # --- MNIST-1D generation vs cache
    import os

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["LOSSVIZ_CACHE"] = tmp
        zoo.data._mnist1d_arrays.cache_clear()
        gen = _t(lambda: zoo.mnist1d())
        zoo.data._mnist1d_arrays.cache_clear()
        cached = _t(lambda: zoo.mnist1d())
    rows.append(("mnist1d generate (5000, incl. import)", gen, "baseline"))
    rows.append(("mnist1d from disk cache", cached, f"{gen / cached:.0f}x faster"))
    result["mnist1d_cache_speedup"] = gen / cached

    # --- char-RNN: unrolled vs fused, surface vmap vs loop
    torch.manual_seed(0)
    net = zoo.get_model("char-rnn", data=text).eval()
    with torch.no_grad():
        unrolled = _t(lambda: net(text.X), repeat=3)
        net.fused = True
        fused = _t(lambda: net(text.X), repeat=3)
        net.fused = False
    rows.append(("CharRNN forward, fused nn.LSTM", fused, "baseline"))
    rows.append(("CharRNN forward, unrolled", unrolled, f"{fused / unrolled:.2f}x"))
    result["rnn_unrolled_vs_fused"] = fused / unrolled
    dirs = lv.random_directions(net, n=1, seed=0)
    times = {}
    for strategy in ("loop", "vmap"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            times[strategy] = _t(
                lambda s=strategy: lv.surface(
                    net, text, dirs, a=(-1, 1, 21), progress=False, strategy=s
                )
            )
    rows.append(("CharRNN 1D surface (21 pts), loop", times["loop"], "baseline"))
    ratio = times["loop"] / times["vmap"]
    rows.append(("CharRNN 1D surface (21 pts), vmap", times["vmap"], f"{ratio:.2f}x"))
    result["rnn_surface_vmap_vs_loop"] = times["loop"] / times["vmap"]

    # --- pretrained vs training
    from lossviz.zoo.make_checkpoints import build

    train = _t(lambda: build("spiral-mlp16-skip"))
    load = _t(lambda: zoo.pretrained("spiral-mlp16-skip"))
    rows.append(("train spiral-mlp16-skip", train, "baseline"))
    rows.append(("load pretrained spiral-mlp16-skip", load, f"{train / load:.0f}x faster"))
    result["pretrained_vs_train"] = train / load

    width = max(len(r[0]) for r in rows)
    print(f"{'case':{width}s}  {'seconds':>9s}  note")
    for name, sec, note in rows:
        print(f"{name:{width}s}  {sec:9.4f}  {note}")
    print(json.dumps({"bench": "zoo", "threads": args.threads, **result}))


if __name__ == "__main__":
    main()
