"""``lossviz demo``: the quick-start notebook in JupyterLab, or a static HTML report.

The report is the headless version of the quick start: a 3-class spiral MLP trained for a
few seconds, its filter-normalized 2D landscape (contour and 3D), the 1D interpolation from
the initial to the trained weights, and the training path in PCA directions when available.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from ._util import atomic_path

QUICKSTART = "01_quickstart.ipynb"


def headless() -> bool:
    """True when the demo must not open a browser (``LOSSVIZ_HEADLESS=1`` or ``CI=true``).

    Returns
    -------
    bool
    """

    def truthy(v: str | None) -> bool:
        return (v or "").strip().lower() in ("1", "true", "yes", "on")

    return truthy(os.environ.get("LOSSVIZ_HEADLESS")) or truthy(os.environ.get("CI"))


def build_report(
    path: str | os.PathLike = "lossviz-demo.html", grid: int = 41, epochs: int = 60, seed: int = 0
) -> Path:
    """Train a small model, compute its landscape and write a self-contained HTML report.

    Parameters
    ----------
    path : str or os.PathLike
        Output HTML file (written atomically).
    grid : int
        Grid resolution per axis of the 2D surface.
    epochs : int
        Training epochs of the spiral MLP.
    seed : int
        Seed for data, initialization and directions.

    Returns
    -------
    pathlib.Path
        The written report.
    """
    import copy

    import torch

    import lossviz as lv
    from lossviz.render import plotly as lvp
    from lossviz.zoo import MLP, spiral
    from lossviz.zoo.train import fit

    t0 = time.perf_counter()
    torch.manual_seed(seed)
    X, y = spiral(n_per_class=200, seed=seed)
    model = MLP(2, 3, width=32, depth=4)
    init = copy.deepcopy(model)
    snapshots = []
    history = fit(
        model,
        (X, y),
        epochs=epochs,
        lr=0.01,
        batch_size=64,
        seed=seed,
        on_epoch=lambda m, e: snapshots.append(copy.deepcopy(m.state_dict())),
    )
    with torch.no_grad():
        acc = float((model(X).argmax(1) == y).float().mean())
    dirs = lv.random_directions(model, n=2, seed=seed, norm="filter")
    land = lv.surface(model, (X, y), dirs, a=(-1.0, 1.0, grid), progress=False)
    line = lv.interpolate(init, model, (X, y), a=(-0.25, 1.25, 61), progress=False)
    line.meta["name"] = "initial → trained"
    figs: list[tuple[str, Any, str]] = [
        (
            "2D landscape (filter-normalized random directions)",
            lvp.contour(
                land, log=True, title="Loss around the trained spiral MLP (log color scale)"
            ),
            f"Loss at θ* + a·δ + b·η on a {grid}×{grid} grid; the trained model sits at (0, 0) "
            f"with loss {history[-1]:.3f} and accuracy {100 * acc:.1f}%.",
        ),
        (
            "3D surface",
            lvp.surface3d(land, zmax=5.0, title="The same landscape in 3D (clipped at loss 5)"),
            "",
        ),
        (
            "1D interpolation",
            lvp.line(line, title="Linear interpolation from init to trained"),
            "f(a) = L((1-a)·θ_init + a·θ_trained): a = 0 is the initialization, a = 1 the trained "
            "model.",
        ),
    ]
    pca_note = _pca_section(lv, lvp, model, X, y, snapshots, grid, figs)
    seconds = time.perf_counter() - t0
    body = []
    for k, (heading, fig, caption) in enumerate(figs):
        div = fig.to_html(full_html=False, include_plotlyjs=(k == 0))
        body.append(f"<h2>{html.escape(heading)}</h2>\n<p>{html.escape(caption)}</p>\n{div}")
    meta = land.meta
    summary = (
        f"lossviz {lv.__version__} · torch {torch.__version__} · device {meta['device']} · "
        f"strategy {meta['strategy']} · {grid * grid} points in {meta['seconds']:.2f} s · "
        f"report built in {seconds:.1f} s{pca_note}"
    )
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>lossviz demo</title>"
        "<style>body{font-family:sans-serif;max-width:900px;margin:2em auto;color:#222}"
        "p{color:#444}</style></head><body><h1>lossviz demo report</h1>"
        f"<p>{html.escape(summary)}</p>" + "\n".join(body) + "</body></html>"
    )
    out = Path(path)
    with atomic_path(out) as tmp:
        Path(tmp).write_text(page, encoding="utf-8")
    return out


def _pca_section(
    lv: Any, lvp: Any, model: Any, X: Any, y: Any, snapshots: list, grid: int, figs: list
) -> str:
    """Add the PCA-trajectory figure when the trajectory module is available."""
    if not hasattr(lv, "Trajectory") or not hasattr(lv, "pca_directions"):
        return ""
    traj = lv.Trajectory()
    import copy

    snap_model = copy.deepcopy(model)
    for state in snapshots:
        snap_model.load_state_dict(state)
        traj.record(snap_model)
    dirs = lv.pca_directions(traj, n=2)
    path = traj.path(dirs)
    span = max(1e-3, float(abs(path.coords).max())) * 1.3
    land = lv.surface(model, (X, y), dirs, a=(-span, span, grid), progress=False)
    figs.append(
        (
            "Training trajectory in PCA directions",
            lvp.contour(land, trajectory=path, log=True, title="Optimizer path (PCA plane)"),
            "The path of the weights during training, projected on the top two principal "
            "components of the snapshots; axes carry the explained variance.",
        )
    )
    ratio = getattr(dirs, "explained_variance_ratio", None)
    return "" if ratio is None else f" · PCA explains {100 * float(sum(ratio[:2])):.1f}%"


def find_quickstart() -> Path | None:
    """The quick-start notebook of a source checkout, if there is one.

    Returns
    -------
    pathlib.Path or None
    """
    here = Path(__file__).resolve().parent
    for root in (here.parent, Path.cwd()):
        nb = root / "notebooks" / QUICKSTART
        if nb.exists():
            return nb
    return None


def run(html_path: str | None = None, port: int | None = None) -> int:
    """Run the demo: a static report when headless or ``html_path`` is given, else JupyterLab.

    Parameters
    ----------
    html_path : str, optional
        Write the static report here and exit.
    port : int, optional
        JupyterLab port.

    Returns
    -------
    int
        Exit status.
    """
    if html_path or headless():
        out = build_report(html_path or "lossviz-demo.html")
        print(f"lossviz demo: wrote {out.resolve()} (open it in a browser)")
        return 0
    nb = find_quickstart()
    if nb is None:
        print(
            "lossviz demo: the quick-start notebook ships with the source checkout "
            "(notebooks/); writing the static report instead",
            file=sys.stderr,
        )
        return run(html_path="lossviz-demo.html")
    jupyter = shutil.which("jupyter")
    if jupyter is None:
        print(
            "lossviz demo: JupyterLab is not installed (pip install lossviz[widgets]); "
            "writing the static report instead",
            file=sys.stderr,
        )
        return run(html_path="lossviz-demo.html")
    cmd = [jupyter, "lab", str(nb)]
    if port:
        cmd.append(f"--port={port}")
    print("lossviz demo: " + " ".join(cmd))
    return subprocess.call(cmd)
