"""Explorer latency: from a state change to the first (preview) frame and to the final frame.

Measures, for the spiral 16-layer MLP and the digits MLP, the time from ``explorer.set(seed=k)``
to the moment the preview frame (11x11 on a data subsample) and the final 41x41 frame are
handed to the browser (``on_frame`` returns: the frame's float32 buffers are set on the
`LandscapeView`'s ``frame`` trait), on this CPU, without a browser; the time from there to
the painted frame is measured in Chromium by ``bench_widget_browser.py``. The baseline is a direct
`lossviz.surface` call for the same 41x41 grid measured in the same run, so the widget's
overhead is ``final / direct``. Targets: preview < 150 ms, final < 1.5 s.

Usage: ``python benchmarks/bench_widget.py [--repeats 5] [--resolution 41]``.
Prints a table and a final JSON line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time

import torch

import lossviz as lv
from lossviz.zoo import MLP, digits, spiral


def _cases():
    torch.manual_seed(0)
    yield "spiral MLP 16x32", MLP(2, 3, width=32, depth=16), spiral()
    torch.manual_seed(0)
    yield "digits MLP 2x128", MLP(64, 10, width=128, depth=2), digits()


def measure(name, model, data, repeats: int, resolution: int) -> dict:
    ex = lv.Explorer(model, data, resolution=resolution, snapshot_timeout=0)
    assert ex.wait(300), "first computation did not finish"
    events: list[tuple[bool, float]] = []
    done = threading.Event()
    orig = ex._on_frame

    def timed(frame):
        orig(frame)  # the frame is on the LandscapeView's `frame` trait when this returns
        events.append((frame.preview, time.perf_counter()))
        if not frame.preview:
            done.set()

    ex.controller.on_frame = timed
    previews, finals = [], []
    for k in range(1, repeats + 1):
        events.clear()
        done.clear()
        t0 = time.perf_counter()
        ex.set(seed=1000 + k)  # a new seed: new directions, nothing cached
        assert done.wait(300) and ex.wait(60)
        prev = [t for p, t in events if p]
        previews.append((prev[0] if prev else events[0][1]) - t0)
        finals.append(events[-1][1] - t0)
    ex.close()
    # baseline: lv.surface directly, same grid, same process
    direct = []
    for k in range(1, repeats + 1):
        dirs = lv.random_directions(model, 2, seed=2000 + k)
        t0 = time.perf_counter()
        lv.surface(model, data, dirs, a=(-1, 1, resolution), b=(-1, 1, resolution), progress=False)
        direct.append(time.perf_counter() - t0)
    return {
        "case": name,
        "n_samples": int(len(data[0])),
        "n_params": int(sum(p.numel() for p in model.parameters())),
        "preview_ms": 1e3 * statistics.median(previews),
        "final_s": statistics.median(finals),
        "direct_s": statistics.median(direct),
        "preview_ms_all": [round(1e3 * v, 1) for v in previews],
        "final_s_all": [round(v, 3) for v in finals],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--resolution", type=int, default=41)
    args = ap.parse_args()
    rows = [measure(*c, args.repeats, args.resolution) for c in _cases()]
    print(f"threads={torch.get_num_threads()} grid={args.resolution}x{args.resolution}")
    head = f"{'case':<20}{'samples':>8}{'params':>9}{'preview ms':>12}{'final s':>9}"
    print(head + f"{'direct s':>10}{'overhead':>10}{'targets':>12}")
    for r in rows:
        ok = "ok" if r["preview_ms"] < 150 and r["final_s"] < 1.5 else "MISSED"
        print(
            f"{r['case']:<20}{r['n_samples']:>8}{r['n_params']:>9}{r['preview_ms']:>12.1f}"
            f"{r['final_s']:>9.3f}{r['direct_s']:>10.3f}{r['final_s'] / r['direct_s']:>9.2f}x"
            f"{ok:>12}"
        )
    print(
        json.dumps(
            {
                "benchmark": "widget",
                "grid": args.resolution,
                "targets": {"preview_ms": 150, "final_s": 1.5},
                "results": rows,
            }
        )
    )


if __name__ == "__main__":
    main()
