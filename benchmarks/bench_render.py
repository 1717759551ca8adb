"""How long building a figure takes (widgets redraw on every slider move).

Times, for a 41x41 landscape: `contour`, `surface3d`, `contour` with a trajectory, `compare`
of two panels, `update` of an existing figure, `line` of a 1D landscape, and
`Landscape.to_vtk`; each against a baseline measured in the same run (a bare
``go.Figure(go.Contour(z=...))`` for plotly; pyvista's own ``StructuredGrid.save`` for VTK).
Prints a table and a final JSON line.

Run: ``python benchmarks/bench_render.py``
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import numpy as np

from lossviz.landscape import Landscape, ProjectedPath


def best_of(fn, repeat: int = 15) -> float:
    fn()  # warm-up (plotly loads its validators on first use)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return float(np.median(times))


def main() -> None:
    import plotly.graph_objects as go

    import lossviz.render.plotly as lvp

    n = 41
    a = np.linspace(-1, 1, n)
    z = 0.1 + a[:, None] ** 2 + 0.5 * a[None, :] ** 2 + 0.1 * np.sin(6 * a[:, None])
    land = Landscape((a, a), {"loss": z, "accuracy": 1 - z / 3})
    land2 = Landscape((a, a), {"loss": 2 * z})
    line_land = Landscape((a,), {"loss": z[:, 20], "accuracy": 1 - z[:, 20] / 3})
    path = ProjectedPath(np.c_[np.linspace(-0.8, 0, 30), np.linspace(0.7, 0, 30)])

    base = best_of(lambda: go.Figure(go.Contour(z=z.T, x=a, y=a)))
    rows = {
        "contour": best_of(lambda: lvp.contour(land)),
        "contour+trajectory": best_of(lambda: lvp.contour(land, trajectory=path)),
        "contour log": best_of(lambda: lvp.contour(land, log=True)),
        "surface3d": best_of(lambda: lvp.surface3d(land)),
        "line (1D)": best_of(lambda: lvp.line(line_land)),
        "compare (2 panels)": best_of(lambda: lvp.compare([land, land2]), repeat=5),
    }
    fig = lvp.contour(land, trajectory=path)
    rows["update (in place)"] = best_of(lambda: lvp.update(fig, land2))

    vtk_rows = {}
    with tempfile.TemporaryDirectory() as d:
        vtk_rows["Landscape.to_vtk .vts"] = best_of(lambda: land.to_vtk(Path(d) / "x.vts"))
        try:
            import pyvista as pv

            aa, bb = np.meshgrid(a, a, indexing="ij")
            grid = pv.StructuredGrid(aa, bb, z)
            grid.point_data["loss"] = z.T.reshape(-1)
            vbase = best_of(lambda: grid.save(Path(d) / "y.vts"))
        except ImportError:
            vbase = float("nan")

    print(f"{'figure (41x41)':28s} {'ms':>8s} {'x baseline':>11s}")
    print(f"{'baseline go.Contour':28s} {1000 * base:8.2f} {1.0:11.2f}")
    for k, v in rows.items():
        print(f"{k:28s} {1000 * v:8.2f} {v / base:11.2f}")
    print(f"{'baseline pyvista .save':28s} {1000 * vbase:8.2f} {1.0:11.2f}")
    for k, v in vtk_rows.items():
        print(f"{k:28s} {1000 * v:8.2f} {v / vbase:11.2f}")
    result = {
        "grid": [n, n],
        "baseline_contour_ms": round(1000 * base, 3),
        **{f"{k}_ms": round(1000 * v, 3) for k, v in rows.items()},
        **{f"{k}_ratio": round(v / base, 2) for k, v in rows.items()},
        "to_vtk_ms": round(1000 * vtk_rows["Landscape.to_vtk .vts"], 3),
        "to_vtk_ratio_vs_pyvista": round(vtk_rows["Landscape.to_vtk .vts"] / vbase, 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
