"""Train the zoo's small pretrained models and write them to ``lossviz/zoo/checkpoints/``.

Run ``python -m lossviz.zoo.make_checkpoints`` (about a minute on a laptop CPU). Each model
is trained with a fixed seed by `lossviz.zoo.train.fit`, saved as a state dict
(``torch.save``; read back with ``torch.load(weights_only=True)``), and described in
``manifest.json`` (architecture, data, training recipe, accuracy reached, SHA-256).
`lossviz.zoo.pretrained` loads them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path
from typing import Any

import torch

from .._util import atomic_path
from .registry import CHECKPOINT_DIR, get_data, get_model
from .train import fit


def _spiral_recipe(description: str, model: str, epochs: int) -> dict[str, Any]:
    """A recipe training ``model`` on the spiral with Adam (lr 0.005, batches of 64)."""
    train = {"epochs": epochs, "lr": 0.005, "batch_size": 64, "optimizer": "adam"}
    return {"description": description, "model": model, "data": "spiral", "train": train}


#: name -> recipe. ``train`` is passed to `fit`; ``seed`` seeds the initialization.
RECIPES: dict[str, dict[str, Any]] = {
    "spiral-mlp16": _spiral_recipe(
        "16-layer MLP without skip connections, trained on the spiral", "mlp16", 150
    ),
    "spiral-mlp16-skip": _spiral_recipe(
        "16-layer MLP with a shortcut every 2 layers, trained on the spiral", "mlp16-skip", 150
    ),
    "spiral-mlp1024": _spiral_recipe(
        "shallow MLP (1 hidden layer of 1024 units), trained on the spiral", "mlp1024", 100
    ),
    "spiral-mlp128-64-32": _spiral_recipe(
        "MLP with hidden layers 128/64/32, trained on the spiral", "mlp128-64-32", 100
    ),
    "digits-mlp": {
        "description": "MLP 64-64-64-10 trained on sklearn's 8x8 digits",
        "model": "mlp",
        "model_kwargs": {"width": 64, "depth": 2},
        "data": "digits",
        "train": {"epochs": 40, "lr": 0.003, "batch_size": 64, "optimizer": "adam"},
    },
}


def _accuracy(model: torch.nn.Module, X: torch.Tensor, y: torch.Tensor) -> float:
    with torch.no_grad():
        return float((model(X).argmax(dim=1) == y).float().mean())


def build(name: str, seed: int = 0) -> tuple[torch.nn.Module, dict[str, Any]]:
    """Train one recipe; return the model and its manifest entry (without the file).

    Parameters
    ----------
    name : str
        A key of `RECIPES`.
    seed : int
        Seeds the initialization and the minibatch order.

    Returns
    -------
    (torch.nn.Module, dict)
    """
    recipe = RECIPES[name]
    data = get_data(recipe["data"], **recipe.get("data_kwargs", {}))
    torch.manual_seed(seed)
    model = get_model(recipe["model"], data=data, **recipe.get("model_kwargs", {}))
    t0 = time.perf_counter()
    history = fit(model, tuple(data), seed=seed, **recipe["train"])
    seconds = time.perf_counter() - t0
    model.eval()
    entry = {
        "description": recipe["description"],
        "model": recipe["model"],
        "model_kwargs": recipe.get("model_kwargs", {}),
        "data": recipe["data"],
        "data_kwargs": recipe.get("data_kwargs", {}),
        "train": {**recipe["train"], "seed": seed},
        "final_train_loss": round(history[-1], 6),
        "accuracy": round(_accuracy(model, *data), 6),
        "train_seconds": round(seconds, 1),
        "torch_version": torch.__version__,
    }
    test = getattr(data, "info", {}).get("test")
    if test is not None:
        entry["test_accuracy"] = round(_accuracy(model, *test), 6)
    return model, entry


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m lossviz.zoo.make_checkpoints [--out DIR] [NAME ...]``."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("names", nargs="*", help=f"recipes to build (default: all of {list(RECIPES)})")
    p.add_argument("--out", default=str(CHECKPOINT_DIR), help="output directory")
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    unknown = [n for n in args.names if n not in RECIPES]
    if unknown:
        p.error(f"unknown recipes {unknown}; choose from {list(RECIPES)}")
    torch.set_num_threads(1)  # tiny models: one thread is fastest (and deterministic)
    manifest_path = out / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
    for name in args.names or list(RECIPES):
        model, entry = build(name)
        file = f"{name}.pt"
        with atomic_path(out / file) as tmp:
            torch.save({k: v.detach().clone() for k, v in model.state_dict().items()}, tmp)
        entry["file"] = file
        entry["sha256"] = hashlib.sha256((out / file).read_bytes()).hexdigest()
        manifest[name] = entry
        size = (out / file).stat().st_size
        print(
            f"{name:22s} acc {entry['accuracy']:.3f}  {entry['train_seconds']:5.1f} s  "
            f"{size / 1024:6.1f} KiB"
        )
    with atomic_path(manifest_path) as tmp:
        Path(tmp).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
