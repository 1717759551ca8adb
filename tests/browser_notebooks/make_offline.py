"""Write tests/browser_notebooks/offline.ipynb: an executed notebook with its widget state stored.

The notebook shows one `lossviz.Explorer` on the pretrained spiral MLP (a small grid, so the
committed file stays small). It is executed by nbclient with ``store_widget_state=True``, as
the lesson notebooks are, so that the file holds the widget's ES module, its last frame (the
float32 buffers) and the PNG fallback of the output. ``tests/test_offline_notebook.py`` opens
it in JupyterLab without running it and with the network blocked.

Run ``python tests/browser_notebooks/make_offline.py`` after a change of the front-end (the
stored ES module is the bundle of that time).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "offline.ipynb"
#: the settings the test recomputes the reference from (keep in sync with the cells below)
MODEL = "spiral-mlp128-64-32"
RESOLUTION = 13
SEED = 0

CELLS = [
    (
        "markdown",
        "# lossviz offline snapshot (browser test)\n"
        "Executed with `nbclient.NotebookClient(nb, store_widget_state=True)` by "
        "`make_offline.py`; opened by `tests/test_offline_notebook.py` without running it "
        "and without network.",
    ),
    (
        "code",
        "import lossviz as lv\n"
        "from lossviz import zoo\n"
        "\n"
        f'net, data = zoo.pretrained("{MODEL}", with_data=True)\n'
        f"ex = lv.Explorer(net, data, seed={SEED}, resolution={RESOLUTION}, "
        "snapshot_timeout=120)\n"
        "ex",
    ),
    ("code", "assert ex.wait(300)\nprint(ex.landscape)"),
]


def build(out: Path = OUT, timeout: int = 900) -> Path:
    """Execute the notebook with widget state stored and write it atomically to ``out``."""
    import nbclient
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    for kind, src in CELLS:
        make = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        nb.cells.append(make(src))
    env_small = os.environ.pop("LOSSVIZ_SMALL", None)
    try:
        client = nbclient.NotebookClient(
            nb,
            store_widget_state=True,
            timeout=timeout,
            kernel_name="python3",
            resources={"metadata": {"path": str(out.parent)}},
        )
        client.execute()
    finally:
        if env_small is not None:
            os.environ["LOSSVIZ_SMALL"] = env_small
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json")
    if not state or not state.get("state"):
        raise RuntimeError("nbclient stored no widget state")
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    if not any("image/png" in o.get("data", {}) for o in outputs):
        raise RuntimeError("the Explorer's output carries no image/png fallback")
    fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".ipynb.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            nbformat.write(nb, f)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    path = build(args.out)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
