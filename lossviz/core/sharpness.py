"""Sharpness of a minimizer: top eigenvalue, Hessian trace and epsilon-sharpness, as a table.

`sharpness` gathers the scalar flatness measures compared across minimizers in the
literature: the top Hessian eigenvalue (Lanczos), the Hessian trace (Hutchinson, with a 95%
confidence interval) and the epsilon-sharpness of Keskar et al. (2017), the largest loss
increase in a box around the weights found by projected gradient ascent.
`sharpness_table` evaluates several models on the same data and prints them as one table
(`SharpnessTable`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import torch
from torch import nn

from .._util import check_int, options_signature
from .hvp import (
    HessianOperator,
    HessianOptions,
    HessianSession,
    check_center_loss,
    check_tol,
    hutchinson,
    raise_if_failed,
    solve,
    warn_unconverged,
)
from .inputs import Metric

__all__ = ["SharpnessTable", "sharpness", "sharpness_table"]


# ============================================================== public: sharpness
def _epsilon_sharpness(
    H: HessianOperator, f0: float, epsilon: float, steps: int, seed: int
) -> tuple[float, float]:
    """Keskar et al.'s epsilon-sharpness by projected signed-gradient ascent in the box."""
    x = H.theta.to(torch.float64)
    bound = epsilon * (x.abs() + 1.0)
    g = torch.Generator().manual_seed(int(seed) + 17)
    y = ((torch.rand(H.P, generator=g, dtype=torch.float64) * 2 - 1).to(x.device)) * bound
    step = 2.5 / steps
    best = -math.inf
    for _ in range(steps):
        val, grad = H.value_and_grad(x + y)
        if not math.isfinite(val):
            return math.inf, math.inf
        best = max(best, val)
        y = torch.clamp(y + step * bound * torch.sign(grad), -bound, bound)
    val = H.value(x + y)
    if not math.isfinite(val):
        return math.inf, math.inf
    best = max(best, val)
    return best, 100.0 * (best - f0) / (1.0 + f0)


@options_signature(HessianOptions, exclude=("params",))
def sharpness(
    model: nn.Module,
    data: Any,
    epsilon: float = 1e-3,
    loss_fn: Metric | None = None,
    device: str | torch.device = "auto",
    *,
    options: HessianOptions | None = None,
    steps: int = 20,
    n_probes: int = 50,
    tol: float = 1e-4,
    max_iter: int | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """Scalar sharpness of a minimizer: top eigenvalue, trace and epsilon-sharpness.

    The epsilon-sharpness of Keskar et al. (2017) is
    ``100 * (max_{y in C} L(theta + y) - L(theta)) / (1 + L(theta))`` over the box
    ``|y_i| <= epsilon (|theta_i| + 1)``; the maximum is found by ``steps`` steps of
    projected signed-gradient ascent from a random point in the box (a lower bound on the
    true maximum, as Keskar's L-BFGS-B is).

    Parameters
    ----------
    model : torch.nn.Module
    data : tuple of (X, y), Dataset or DataLoader
    epsilon : float
        Relative box size (Keskar et al. use 1e-3 and 5e-4).
    loss_fn, device
        As in `lossviz.hessian_eigenvalues`.
    options : HessianOptions, optional
        The Hessian operator's settings as one object.
    steps : int
        Gradient-ascent steps (one gradient each).
    n_probes : int
        Hutchinson probes for the trace (``0`` skips the trace).
    tol, max_iter
        Lanczos settings for the top eigenvalue.
    **kwargs
        The fields of `HessianOptions` but ``params``, one by one (they override
        ``options``): ``seed`` (of the start vector, the probes and the ascent's start
        point), ``batch_size``, ``subsample``, ``bn``, ``hvp``.

    Returns
    -------
    dict
        ``loss``, ``lambda_max``, ``lambda_max_converged``, ``trace``, ``trace_ci``,
        ``epsilon``, ``max_loss``, ``epsilon_sharpness`` (percent), ``n_params``, ``n_hvp``,
        ``n_grad`` (gradients used by the ascent).
    """
    opts = HessianOptions.of(options, kwargs, where="sharpness").all_parameters("sharpness")
    if not (isinstance(epsilon, (int, float)) and not isinstance(epsilon, bool) and epsilon > 0):
        raise ValueError(f"epsilon must be a positive number, got {epsilon!r}")
    steps = check_int("steps", steps)
    n_probes = check_int("n_probes", n_probes, 0)
    if n_probes == 1:
        raise ValueError("n_probes must be 0 (no trace) or >= 2 (for a confidence interval)")
    tol = check_tol(tol)
    seed = opts.seed
    with HessianSession(opts.setup(model, data, loss_fn, device)) as s:
        H = s.hessian()
        f0 = check_center_loss(H)
        out = solve(H, 1, "largest", "lanczos", max_iter, tol, seed)
        raise_if_failed(out)
        warn_unconverged("lanczos (lambda_max)", out, tol)
        res: dict[str, Any] = {
            "loss": f0,
            "lambda_max": float(out.largest[0, 0]),
            "lambda_max_converged": bool(out.converged[0]),
        }
        if n_probes:
            vec = H.device.type == "cuda"
            tr = hutchinson(H, n_probes, seed, 32 if vec else n_probes, vec)
            res["trace"], res["trace_ci"] = tr.estimate, tr.ci
        else:
            res["trace"], res["trace_ci"] = None, None
        n_hvp = H.n_hvp
        max_loss, eps_sharp = _epsilon_sharpness(H, f0, float(epsilon), steps, seed)
        res.update(
            {
                "epsilon": float(epsilon),
                "max_loss": max_loss,
                "epsilon_sharpness": eps_sharp,
                "n_params": H.P,
                "n_hvp": n_hvp,
                "n_grad": steps,
            }
        )
        return res


class SharpnessTable(list):
    """Rows of `sharpness` results (plain dicts with a ``"model"`` key); prints as a table."""

    COLUMNS = (
        ("model", "model", "{}"),
        ("loss", "loss", "{:.4g}"),
        ("lambda_max", "λ_max", "{:.4g}"),
        ("trace", "trace (95% CI)", None),
        ("epsilon_sharpness", "ε-sharpness %", "{:.4g}"),
    )

    def __str__(self) -> str:
        header = [c[1] for c in self.COLUMNS]
        body = []
        for row in self:
            cells = []
            for key, _, fmt in self.COLUMNS:
                v = row.get(key)
                if key == "trace":
                    ci = row.get("trace_ci")
                    cells.append("-" if v is None else f"{v:.4g} ± {(ci[1] - ci[0]) / 2:.2g}")
                else:
                    cells.append("-" if v is None else fmt.format(v))
            body.append(cells)
        widths = [max(len(r[j]) for r in [header] + body) for j in range(len(header))]
        lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
        lines.append("-+-".join("-" * w for w in widths))
        for r in body:
            lines.append(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
        eps = {row.get("epsilon") for row in self}
        if len(eps) == 1 and None not in eps:
            lines.append(f"(ε = {eps.pop():g}; ε-sharpness: Keskar et al. 2017, percent)")
        return "\n".join(lines)

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:  # IPython
        p.text(str(self))


def sharpness_table(
    models: Mapping[str, nn.Module] | Sequence[nn.Module],
    data: Any,
    **kwargs: Any,
) -> SharpnessTable:
    """`sharpness` of several models on the same data, as one table.

    Parameters
    ----------
    models : mapping of str to torch.nn.Module, or sequence of modules
        E.g. ``{"small batch": m1, "large batch": m2}``.
    data : tuple of (X, y), Dataset or DataLoader
    **kwargs
        Passed to `sharpness` (``epsilon``, ``loss_fn``, ``device``, ...).

    Returns
    -------
    SharpnessTable
        A list of dicts (one per model, with ``"model"``); ``print(table)`` shows a text
        table.
    """
    if isinstance(models, Mapping):
        items = list(models.items())
    elif isinstance(models, Sequence) and not isinstance(models, (str, bytes)):
        items = [(f"model {i}", m) for i, m in enumerate(models)]
    else:
        raise TypeError("models must be a mapping name -> model or a sequence of models")
    if not items:
        raise ValueError("models is empty")
    rows = SharpnessTable()
    for name, m in items:
        rows.append({"model": str(name), **sharpness(m, data, **kwargs)})
    return rows
