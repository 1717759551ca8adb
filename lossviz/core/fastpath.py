"""Speed paths of the evaluation engine that replace a layer's forward on its private copy.

`NarrowLinear` runs a Linear layer with few outputs as ``(W x^T)^T`` (a tall-skinny GEMM is
slow in CPU BLAS); `FirstLayer` is the first-layer shortcut: the output of a first layer
that is linear in its weights is computed once per direction and combined per point. Both
are installed as an instance ``forward`` on the engine's private copy of the model, never on
the user's model; the engine (`engine.Engine.setup`) switches each on only where it is as
accurate as the plain forward.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import torch
from torch import nn
from torch.func import functional_call

__all__ = ["FirstLayer", "NarrowLinear"]


class NarrowLinear:
    """``Linear.forward`` computed as ``(W x^T + b)^T`` for many 2-D input rows."""

    def __init__(self, module: nn.Linear):
        self.module = module

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        m = self.module
        if x.dim() != 2 or x.numel() < 65536:  # small inputs: the plain GEMM is as fast
            return nn.functional.linear(x, m.weight, m.bias)
        if m.bias is None:
            return torch.mm(m.weight, x.t()).t().contiguous()
        return torch.addmm(m.bias.unsqueeze(1), m.weight, x.t()).t().contiguous()


class FirstLayer:
    """The output of a first layer that is linear in its parameters, per direction.

    For ``f(x; W, b)`` linear in ``(W, b)`` jointly (Linear, Conv, Embedding):
    ``f(x; W0 + sum_k c_k D_k) = f(x; W0) + sum_k c_k f(x; D_k)``: computed once per
    batch, combined per point; the layer's own forward is bypassed.
    """

    SUPPORTED = (nn.Linear, nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.Embedding)
    # `detect` takes an `engine.Engine` (typed Any: this module sits below the engine)

    def __init__(
        self,
        module: nn.Module,
        pnames: set[str],
        base_out: list[torch.Tensor],
        dir_out: list[list[torch.Tensor]],
    ):
        self.module = module
        self.names = frozenset(pnames)
        self.base_out = base_out
        self.dir_out = dir_out
        self._row: dict[int, tuple[float, torch.Tensor]] = {}
        self._out: torch.Tensor | None = None
        self.install()

    def install(self) -> None:
        self.module.forward = self._forward  # on the engine's private copy of the model

    def _forward(self, *args: Any, **kwargs: Any) -> torch.Tensor:
        if self._out is None:
            raise RuntimeError("first-layer shortcut used outside an evaluation")
        return self._out

    def set_output(self, bi: int, c: Sequence[float]) -> None:
        # rows of a 2D grid share c[0]: cache base + c0 * P0 for the current row
        c0 = float(c[0])
        cached = self._row.get(bi)
        if cached is None or cached[0] != c0:
            row = (
                self.base_out[bi]
                if c0 == 0.0
                else torch.add(self.base_out[bi], self.dir_out[bi][0], alpha=c0)
            )
            self._row[bi] = (c0, row)
        else:
            row = cached[1]
        out = row
        for k in range(1, len(c)):
            if c[k] != 0.0:
                out = torch.add(out, self.dir_out[bi][k], alpha=float(c[k]))
        self._out = out

    def clear(self) -> None:
        self._out = None

    def remove(self) -> None:
        if "forward" in self.module.__dict__:
            del self.module.forward

    @classmethod
    def detect(cls, eng: Any) -> FirstLayer | str:
        model = eng.model
        calls: list[tuple[str, nn.Module]] = []
        hooks = []
        for mname, mod in model.named_modules():
            if any(True for _ in mod.parameters(recurse=False)):
                hooks.append(
                    mod.register_forward_pre_hook(lambda m, inp, _n=mname: calls.append((_n, m)))
                )
        eng.write([0.0] * len(eng.D))
        try:
            model(eng.data.batches[0][0])
        finally:
            for h in hooks:
                h.remove()
        if not calls:
            return "no parameterized module is called"
        mname, mod = calls[0]
        if not isinstance(mod, cls.SUPPORTED):
            return f"the first layer is {type(mod).__name__}"
        if isinstance(mod, (nn.Conv1d, nn.Conv2d, nn.Conv3d)) and mod.padding_mode != "zeros":
            return "the first conv layer's padding mode is not 'zeros'"
        if sum(1 for c in calls if c[0] == mname) != 1:
            return "the first layer is called more than once"
        fan_in = getattr(mod, "in_features", None)
        if isinstance(mod, (nn.Conv1d, nn.Conv2d, nn.Conv3d)):
            fan_in = mod.in_channels // mod.groups * math.prod(mod.kernel_size)
        if fan_in is not None and fan_in < 8 * len(eng.D):
            # combining the cached outputs costs len(D) multiply-adds per output element,
            # the layer itself fan_in: too small a layer is cheaper to run
            return f"the first layer is too small to pay off (fan-in {fan_in})"
        prefix = f"{mname}." if mname else ""
        local = [pn for pn, _ in mod.named_parameters(recurse=False)]
        pnames = {prefix + pn for pn in local}
        if not pnames <= set(eng.dnames):
            return "the first layer is not in the directions"
        base_out, dir_out = [], []
        for x, _ in eng.data.batches:
            captured: list[Any] = []
            h = mod.register_forward_pre_hook(lambda m, inp: captured.append(inp))
            try:
                model(x)
            finally:
                h.remove()
            inp = captured[0]
            pb = {pn: eng.base[prefix + pn] for pn in local}
            base_out.append(functional_call(mod, pb, inp))
            dir_out.append(
                [functional_call(mod, {pn: d[prefix + pn] for pn in local}, inp) for d in eng.D]
            )
        return cls(mod, pnames, base_out, dir_out)
