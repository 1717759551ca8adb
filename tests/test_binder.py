"""binder/: the files install the package (CPU torch) and every linked notebook exists."""

from __future__ import annotations

import re
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]


def test_postbuild_installs_cpu_torch_and_the_package():
    post = (ROOT / "binder" / "postBuild").read_text()
    lines = [ln.strip() for ln in post.splitlines() if ln.strip() and not ln.startswith("#")]
    installs = [ln for ln in lines if "pip install" in ln]
    torch_line = next(ln for ln in installs if "torch" in ln)
    assert "whl/cpu" in torch_line
    pkg_line = next(ln for ln in installs if re.search(r"-e \"?\.\[(\w+)\]\"?", ln))
    extra = re.search(r"\.\[(\w+)\]", pkg_line).group(1)
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert extra in meta["project"]["optional-dependencies"]
    assert (ROOT / "binder" / "postBuild").stat().st_mode & 0o111, "postBuild must be executable"


def test_every_notebook_binder_points_at_exists():
    readme = (ROOT / "README.md").read_text()
    links = re.findall(r"mybinder\.org/v2/gh/[^)\s]*?urlpath=(?:lab/tree/)?([^)\s&]+)", readme)
    assert links, "the README must carry a Binder badge"
    for target in links:
        assert (ROOT / target).exists(), f"Binder link points at missing {target}"
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert notebooks, "notebooks/ is empty"
    for nb in notebooks:
        assert f"notebooks/{nb.name}" in readme, f"{nb.name} is not listed in the README"
