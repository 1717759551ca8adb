"""Generate the gallery PNGs in docs/gallery/ from real landscapes of zoo models.

Run ``python docs/gallery/make_gallery.py`` (CPU, a few minutes on 2 cores). Every figure is
computed with `lossviz.surface` / `lossviz.interpolate` on models trained with
`lossviz.zoo.train.fit`, then drawn with `lossviz.render.plotly` or `lossviz.render.pyvista`.

- ``contour.png``: the paper's 2D contour plot (digits MLP, filter-normalized directions)
- ``surface3d.png``: plotly 3D surface of a 16-layer MLP without skip connections (spiral)
- ``line.png``: 1D interpolation from a small-batch to a large-batch minimizer (digits),
  train vs test loss and accuracy on twin axes
- ``trajectory.png``: an SGD training path projected on its two PCA directions (spiral)
- ``compare.png``: 16-layer MLP without vs with skip connections on one color scale
- ``pyvista_noskip.png``, ``pyvista_skip.png``: ParaView-style 3D views of the same two,
  log(loss + 0.1) clipped at loss 10, on one colour scale and z range
- ``widget-contour.png``, ``widget-paraview.png``: the widget front-end (`lossviz.Compare`
  of the pretrained 16-layer spiral MLPs, paper preset) in its 2D contour and ParaView-style
  views, from its standalone page in headless Chromium (needs playwright and ``chromium``)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import torch

import lossviz as lv
from lossviz.core.params import flatten, named_params, unflatten
from lossviz.landscape import Landscape, ProjectedPath
from lossviz.zoo import MLP, digits, spiral
from lossviz.zoo.models import mlp_deep
from lossviz.zoo.train import fit

OUT = Path(__file__).resolve().parent
MAX_BYTES = 300_000


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def save_plotly(fig, name: str, scale: float = 1.0) -> None:
    path = OUT / name
    fig.write_image(str(path), scale=scale)
    shrink(path)
    log(f"wrote {path.name} ({path.stat().st_size // 1000} KB)")


def shrink(path: Path) -> None:
    """Keep the PNG under MAX_BYTES (quantize to a palette if needed)."""
    if path.stat().st_size <= MAX_BYTES:
        return
    from PIL import Image

    img = Image.open(path).convert("RGB")
    img.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def accuracy(model, data) -> float:
    X, y = data
    with torch.no_grad():
        return float((model(X).argmax(1) == y).float().mean())


# ------------------------------------------------------------------------ figures
def fig_contour_and_line(lvp) -> None:
    X, y = digits()
    g = torch.Generator().manual_seed(0)
    perm = torch.randperm(len(X), generator=g)
    tr, te = perm[:1400], perm[1400:]
    train, test = (X[tr], y[tr]), (X[te], y[te])

    torch.manual_seed(0)
    small = MLP(64, 10, width=[64, 64])
    large = MLP(64, 10, width=[64, 64])
    large.load_state_dict(small.state_dict())  # same initialization
    fit(small, train, epochs=15, lr=3e-3, batch_size=16, optimizer="adam", seed=0)
    fit(large, train, epochs=60, lr=3e-3, batch_size=700, optimizer="adam", seed=0)
    log(f"digits: small batch acc {accuracy(small, test):.3f}, large {accuracy(large, test):.3f}")

    dirs = lv.random_directions(small, n=2, seed=0, norm="filter", ignore="biasbn")
    land = lv.surface(small, train, dirs, a=(-1, 1, 41), progress=False)
    land.meta["name"] = "digits MLP 64-64, batch 16"
    save_plotly(lvp.contour(land, levels=0.2, zmax=4.0), "contour.png")

    a = (-0.5, 1.5, 41)
    on_train = lv.interpolate(small, large, train, a=a, progress=False)
    on_test = lv.interpolate(small, large, test, a=a, progress=False)
    both = Landscape(
        on_train.coords,
        {
            "loss": on_train["loss"],
            "accuracy": on_train["accuracy"],
            "test_loss": on_test["loss"],
            "test_accuracy": on_test["accuracy"],
        },
        {"axis_labels": ["α  (0: batch size 16,  1: batch size 700)"]},
    )
    fig = lvp.line(both, title="digits MLP: small-batch → large-batch interpolation")
    save_plotly(fig, "line.png")


def fig_skip(lvp, lvv) -> None:
    X, y = spiral(n_per_class=100, seed=0)
    lands = {}
    for label, shortcuts in (("16 layers, no skip", "none"), ("16 layers, skip", "every2")):
        torch.manual_seed(0)
        model = mlp_deep(depth=16, width=16, shortcuts=shortcuts)
        fit(model, (X, y), epochs=120, lr=3e-3, batch_size=100, optimizer="adam", seed=0)
        log(f"spiral {label}: train acc {accuracy(model, (X, y)):.3f}")
        dirs = lv.random_directions(model, n=2, seed=1, norm="filter", ignore="biasbn")
        land = lv.surface(model, (X, y), dirs, a=(-1, 1, 41), progress=False)
        land.meta["name"] = label
        lands[label] = land
    noskip, skip = lands.values()
    save_plotly(
        lvp.surface3d(noskip, zmax=10.0, levels=0.5, width=760, height=620), "surface3d.png"
    )
    save_plotly(lvp.compare(lands, zmax=10.0, levels=0.5, panel_size=420), "compare.png")
    # one colour scale and z range for both ParaView-style pictures: loss clipped at 10,
    # log(loss + 0.1) from the lower of the two minima to log(10.1)
    clim = (min(float(np.log(v["loss"].min() + 0.1)) for v in lands.values()), float(np.log(10.1)))
    for land, name in ((noskip, "pyvista_noskip.png"), (skip, "pyvista_skip.png")):
        lvv.screenshot(
            land,
            OUT / name,
            log=True,
            zmax=10.0,
            clim=clim,
            elevation=50.0,
            window_size=(900, 700),
            title=land.meta["name"],
        )
        shrink(OUT / name)
        log(f"wrote {name} ({(OUT / name).stat().st_size // 1000} KB)")


def fig_trajectory(lvp) -> None:
    X, y = spiral(n_per_class=100, seed=2)
    torch.manual_seed(3)
    model = MLP(2, 3, width=32, depth=2)
    snaps = [flatten(named_params(model)).clone()]
    fit(
        model,
        (X, y),
        epochs=40,
        lr=0.05,
        batch_size=30,
        optimizer="sgd",
        seed=0,
        on_epoch=lambda m, e: snaps.append(flatten(named_params(m)).clone()),
    )
    log(f"trajectory model: train acc {accuracy(model, (X, y)):.3f}")
    theta = torch.stack(snaps).double()  # (n + 1, P)
    final = theta[-1]
    M = (theta[:-1] - final).numpy()  # the paper's matrix [θ_i - θ_n]
    _, s, vt = np.linalg.svd(M, full_matrices=False)
    evr = s**2 / np.sum(s**2)
    like = named_params(model)
    comps = [unflatten(torch.tensor(vt[k], dtype=torch.float32), like) for k in range(2)]
    dirs = lv.Directions(comps, {"kind": "pca", "norm": "none"}, explained_variance_ratio=evr[:2])
    # least-squares projection of every snapshot on the plane through the final point
    V = vt[:2].T
    diff = (theta - final).numpy()
    coef = np.linalg.lstsq(V, diff.T, rcond=None)[0].T
    resid = np.linalg.norm(diff - coef @ V.T, axis=1) / np.maximum(
        np.linalg.norm(diff, axis=1), 1e-12
    )
    lo, hi = coef.min(0), coef.max(0)
    pad = 0.25 * (hi - lo)
    land = lv.surface(
        model,
        (X, y),
        dirs,
        a=(lo[0] - pad[0], hi[0] + pad[0], 41),
        b=(lo[1] - pad[1], hi[1] + pad[1], 41),
        progress=False,
    )
    land.meta["name"] = "spiral MLP 2x32, SGD"
    true_loss = []
    with torch.no_grad():
        for vec in snaps:
            m = MLP(2, 3, width=32, depth=2)
            torch.nn.utils.vector_to_parameters(vec, m.parameters())
            true_loss.append(float(torch.nn.functional.cross_entropy(m(X), y)))
    path = ProjectedPath(
        coef,
        ["init"] + [f"epoch {k + 1}" for k in range(len(snaps) - 1)],
        name="SGD path",
        values=true_loss,
        residuals=resid,
        explained=float(evr[:2].sum()),
    )
    save_plotly(lvp.contour(land, trajectory=path, log=True), "trajectory.png")


def fig_widget() -> None:
    """Screenshots of the widget front-end: `lv.Compare` written by ``to_html`` (the same
    bundle that draws in Jupyter) and opened in headless Chromium (playwright,
    ``/usr/bin/chromium``, software WebGL), one picture per view."""
    import tempfile

    from playwright.sync_api import sync_playwright

    from lossviz import zoo

    models = {}
    for label, name in (
        ("16 layers, no skip", "spiral-mlp16"),
        ("16 layers, skip", "spiral-mlp16-skip"),
    ):
        models[label], data = zoo.pretrained(name, with_data=True)
    cmp = lv.Compare(models, data, resolution=41)
    if not cmp.wait(900):
        raise RuntimeError("Compare did not finish")
    tmp = Path(tempfile.mkdtemp(prefix="lossviz-gallery-"))
    pages = {}
    for view in ("contour", "paraview"):
        cmp.set(view=view)
        pages[view] = cmp.to_html(tmp / f"{view}.html")
    cmp.close()
    args = [
        "--headless=new",
        "--no-sandbox",
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--disable-gpu-compositing",
        "--disable-background-networking",
        "--no-first-run",
    ]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1100, "height": 800})
        for view, html_path in pages.items():
            page.goto(html_path.as_uri())
            page.wait_for_selector("div.lossviz-view[data-frame-id]", timeout=60_000)
            page.wait_for_timeout(1500)  # the 3D view refines its first frame after 250 ms
            out = OUT / f"widget-{view}.png"
            page.locator("#lossviz-root").screenshot(path=str(out))
            shrink(out)
            log(f"wrote {out.name} ({out.stat().st_size // 1000} KB)")
        browser.close()


def main() -> int:
    torch.set_num_threads(max(1, min(2, torch.get_num_threads())))
    import lossviz.render.plotly as lvp
    import lossviz.render.pyvista as lvv

    which = set(sys.argv[1:]) or {"contour", "skip", "trajectory", "widget"}
    if "contour" in which:
        fig_contour_and_line(lvp)
    if "trajectory" in which:
        fig_trajectory(lvp)
    if "skip" in which:
        fig_skip(lvp, lvv)
    if "widget" in which:
        fig_widget()
    return 0


if __name__ == "__main__":
    sys.exit(main())
