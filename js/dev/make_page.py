# ruff: noqa: E501
"""Write a standalone test page of the LandscapeView bundle (dev tool for screenshots/timings).

python js/dev/make_page.py OUT.html [--n 41] [--panels 1] [--ndim 2] [--view contour] ...
"""

from __future__ import annotations

import argparse
import base64
import json
from pathlib import Path

import numpy as np

from lossviz import Landscape
from lossviz.widgets.serialize import frame_payload

STATIC = Path(__file__).resolve().parents[2] / "lossviz" / "widgets" / "static"


def demo_landscape(n: int, ndim: int, k: int) -> Landscape:
    a = np.linspace(-1.0, 1.0, n)
    if ndim == 1:
        loss = 0.05 + 3 * a**2 + 0.3 * np.sin(6 * a) ** 2 + (k * 20) * a**4
        return Landscape((a,), {"loss": loss, "accuracy": 1 / (1 + loss)})
    b = np.linspace(-1.0, 1.0, n)
    A, B = np.meshgrid(a, b, indexing="ij")
    loss = 0.03 + 2.0 * (A - 0.1) ** 2 + 5.0 * B**2 + 0.4 * np.sin(5 * A) ** 2 * np.cos(4 * B) ** 2
    loss = loss * (1 + k * 30 * (A**2 + B**2) ** 2)
    acc = 1.0 / (1.0 + loss)
    er = np.clip(0.5 * (A**2 + B**2) - 0.05, 0, 1)
    return Landscape((a, b), {"loss": loss, "accuracy": acc, "eigen_ratio": er},
                     meta={"axis_labels": ["direction 1 (a)", "direction 2 (b)"]})


def b64(frame):
    if isinstance(frame, dict):
        return {k: b64(v) for k, v in frame.items()}
    if isinstance(frame, list):
        return [b64(v) for v in frame]
    if isinstance(frame, bytes):
        return base64.b64encode(frame).decode()
    return frame


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=41)
    ap.add_argument("--panels", type=int, default=1)
    ap.add_argument("--ndim", type=int, default=2)
    ap.add_argument("--path", action="store_true")
    ap.add_argument("--width", type=int, default=900)
    ap.add_argument("--nan", action="store_true", help="leave a block of points uncomputed")
    ap.add_argument("--state", default="{}", help="JSON of extra trait values")
    args = ap.parse_args()
    names = ["model"] if args.panels == 1 else [f"model {i + 1}" for i in range(args.panels)]
    lands = {nm: demo_landscape(args.n, args.ndim, i) for i, nm in enumerate(names)}
    if args.nan and args.ndim == 2:
        for land in lands.values():
            for m in land.metrics:
                z = land[m].copy()
                z[: args.n // 3, args.n // 2 :] = np.nan
                land[m] = z
    paths = None
    if args.path:
        t = np.linspace(0, 1, 12)
        xy = np.stack([0.9 * (1 - t) * np.cos(5 * t), 0.8 * (1 - t) * np.sin(5 * t)], 1)
        if args.ndim == 1:
            xy = xy[:, 0]
        from lossviz.landscape import ProjectedPath
        paths = {nm: ProjectedPath(xy, labels=[f"epoch {2 * i}" for i in range(12)]) for nm in names}
    frame = frame_payload(lands, paths, note="demo landscape (analytic)")
    state = {"frame": b64(frame), **json.loads(args.state)}
    js = (STATIC / "widget.js").read_text()
    css = (STATIC / "widget.css").read_text()
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}
body {{ margin: 10px; }} #w {{ width: {args.width}px; }}</style></head><body>
<div id="w"></div>
<script type="module">
const src = {json.dumps(js)};
const url = URL.createObjectURL(new Blob([src], {{type: "text/javascript"}}));
const mod = await import(url);
window.__page = mod.renderStandalone(document.getElementById("w"), {json.dumps(state)});
window.__ready = true;
</script></body></html>"""
    Path(args.out).write_text(html)


if __name__ == "__main__":
    main()
