"""Mode connectivity and ensembles: curves between minima, planes through points, ensembles.

This module gathers the public names of three concepts (Garipov et al., NeurIPS 2018, and
snapshot ensembles, Huang et al. 2017): `lossviz.core.curves` (``curve_weights``, ``Curve``
and ``connect``, which trains the bends of a Bezier curve or polygonal chain between two
minima so the loss stays low along it), `lossviz.core.planes` (``plane_surface`` and
``connect_plane``: the loss on the plane through three points, with exact projections of
points and curves) and `lossviz.core.ensembles` (``ensemble_accuracy`` of snapshot and fast
geometric ensembles).

Typical use (figures with `lossviz.render.plotly`)::

    curve = lv.connect(model_a, model_b, (X, y), steps=2000)
    line = lv.interpolate(model_a, model_b, (X, y), a=(0, 1, 41))
    along = curve.evaluate((X, y), ts=(0, 1, 41))
    lossviz.render.plotly.line({"Bezier curve": along, "straight line": line})
    land, paths = lv.connect_plane(curve, (X, y), grid=41)   # the classic figure
    lossviz.render.plotly.contour(land, trajectory=paths, log=True)

    traj = lv.Trajectory(name="SSE")                         # snapshot ensemble
    fit(net, (X, y), optimizer="sgd", schedule="cosine_cyclic", cycles=5,
        record=traj, record_unit="cycle")
    lv.ensemble_accuracy([traj.state(i) for i in range(1, len(traj))], test, model=net)
    land, path = lv.plane_surface(traj, (X, y), model=net, through=(1, 3, 5))
"""

from __future__ import annotations

from .curves import KINDS, Curve, connect, curve_weights
from .ensembles import ensemble_accuracy
from .planes import connect_plane, plane_surface

__all__ = [
    "KINDS",
    "Curve",
    "connect",
    "connect_plane",
    "curve_weights",
    "ensemble_accuracy",
    "plane_surface",
]
