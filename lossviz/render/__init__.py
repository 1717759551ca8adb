"""Renderers: plain functions ``Landscape -> figure``.

- `lossviz.render.plotly`: contour plots, 3D surfaces, 1D curves, trajectory overlays and
  side-by-side comparisons as ``plotly.graph_objects.Figure`` (``pip install lossviz[plotly]``).
- `lossviz.render.pyvista`: the ParaView look of the paper's 3D figures, off-screen PNG,
  vtk.js HTML, VTK/PLY/OBJ export (``pip install lossviz[pyvista]``).

Neither toolkit is imported by this package itself; import the submodule you need::

    import lossviz.render.plotly as lvp
    fig = lvp.contour(land)

Renderers never import torch.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["plotly", "pyvista"]


def __getattr__(name: str) -> Any:
    # lazy submodules: ``lossviz.render.plotly`` imports plotly only when first used
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
