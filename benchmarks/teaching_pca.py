"""The spiral teaching set-up: how much of the training path does the PCA plane explain?

3-class spiral; MLPs with 1/5/10 hidden layers x 5/20/100 neurons and a multinomial
logistic regression (convex) baseline; Adam, the same seed and schedule for all; weights
recorded every epoch; ``lv.pca_directions(traj, n=2)``. Prints a table and a JSON line.

Usage: ``python benchmarks/teaching_pca.py [--quick] [--epochs N]``
"""

from __future__ import annotations

import argparse
import json
import time

import torch

from lossviz.zoo.train import pca_study


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="depths 1/5, widths 5/20, 15 epochs")
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    torch.set_num_threads(2)
    depths = (1, 5) if args.quick else (1, 5, 10)
    widths = (5, 20) if args.quick else (5, 20, 100)
    epochs = args.epochs or (15 if args.quick else 60)
    t0 = time.perf_counter()
    rows = pca_study(depths=depths, widths=widths, epochs=epochs, seed=args.seed)
    seconds = time.perf_counter() - t0
    print(f"spiral (3 classes, 300 points), Adam lr 0.01, {epochs} epochs, seed {args.seed}")
    hdr = (
        f"{'model':<20} {'params':>7} {'PC1 %':>6} {'PC2 %':>6} {'PC1+2 %':>8} "
        f"{'loss':>6} {'acc':>5}"
    )
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        print(
            f"{r['model']:<20} {r['params']:>7} {100 * r['pc1']:>6.1f} {100 * r['pc2']:>6.1f} "
            f"{100 * r['pc1+pc2']:>8.1f} {r['final_loss']:>6.3f} {r['accuracy']:>5.2f}"
        )
    print(
        json.dumps(
            {"benchmark": "teaching_pca", "epochs": epochs, "seconds": seconds, "rows": rows}
        )
    )


if __name__ == "__main__":
    main()
