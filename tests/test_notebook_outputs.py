"""The lesson notebooks' stored outputs stay viewable without a kernel and without network.

A committed notebook is read as GitHub, nbviewer or an offline JupyterLab reads it: every widget
output must carry an ``image/png`` fallback (viewers without widgets show it), the widget state it
points to must be saved in the notebook with every model it references (a trusted notebook draws
from it; a missing model shows "model not found"), the drawing widget's state must embed its ES
module and its binary frame, and no output may load anything from a CDN.
"""

from __future__ import annotations

import base64
import io
import json
import re
from pathlib import Path

import numpy as np
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
STATE_MIME = "application/vnd.jupyter.widget-state+json"
CDN = re.compile(r"https?://(cdn\.|unpkg\.com|cdnjs\.|[^\"'\s]*jsdelivr)", re.I)
MODEL_REF = re.compile(r"^IPY_MODEL_([0-9a-f]+)$")


def _refs(value):
    """Model ids a widget state references (``"IPY_MODEL_<id>"`` strings, nested anywhere)."""
    if isinstance(value, str):
        m = MODEL_REF.match(value)
        return [m.group(1)] if m else []
    if isinstance(value, dict):
        return [r for v in value.values() for r in _refs(v)]
    if isinstance(value, list):
        return [r for v in value for r in _refs(v)]
    return []


def _widget_outputs(nb):
    return [
        o
        for cell in nb["cells"]
        for o in cell.get("outputs", [])
        if WIDGET_MIME in o.get("data", {})
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_stored_outputs_are_viewable_offline(path):
    nb = json.loads(path.read_text())
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            text = json.dumps(out.get("data", {}))
            assert not CDN.search(text), f"{path.name}: an output loads from a CDN"
    outputs = _widget_outputs(nb)
    if not outputs:
        return
    state = nb["metadata"]["widgets"][STATE_MIME]["state"]
    for out in outputs:
        # the PNG fallback: decodes, has the figure's size, is not blank
        from PIL import Image

        png = Image.open(io.BytesIO(base64.b64decode(out["data"]["image/png"])))
        pixels = np.asarray(png.convert("L"), dtype=float)
        assert min(png.size) >= 200 and pixels.std() > 10, f"{path.name}: blank PNG fallback"
        # every model reachable from the output is saved
        todo = [out["data"][WIDGET_MIME]["model_id"]]
        seen: set[str] = set()
        views = []
        while todo:
            mid = todo.pop()
            if mid in seen:
                continue
            seen.add(mid)
            assert mid in state, f'{path.name}: model {mid} not saved ("model not found")'
            todo.extend(_refs(state[mid]["state"]))
            if state[mid]["model_name"] == "AnyModel":
                views.append(state[mid])
        assert views, f"{path.name}: the widget output holds no LandscapeView"
        for view in views:
            esm = view["state"]["_esm"]
            assert len(esm) > 100_000 and "export" in esm, "the ES module is not embedded"
            buffers = view.get("buffers", [])
            assert any(b["path"][0] == "frame" for b in buffers), "the frame is not saved"
            assert all(len(base64.b64decode(b["data"])) > 0 for b in buffers)
