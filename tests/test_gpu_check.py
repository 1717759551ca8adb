"""benchmarks/gpu_check.py: its CPU path runs end to end, so the GPU check cannot rot unseen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "gpu_check.py"


def run(*args: str, timeout: float = 600) -> tuple[int, str]:
    env = dict(os.environ, OMP_NUM_THREADS="1")
    p = subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    return p.returncode, p.stdout + p.stderr


def last_json(out: str) -> dict:
    return json.loads([line for line in out.splitlines() if line.startswith("{")][-1])


@pytest.mark.slow
def test_gpu_check_cpu_quick_path_runs_every_check():
    rc, out = run("--device", "cpu", "--quick", "--naive-budget", "0.5")
    assert rc == 0, out[-3000:]
    res = last_json(out)
    assert res["benchmark"] == "gpu_check" and res["cuda"] is False and res["quick"] is True
    names = " ".join(c["check"] for c in res["checks"])
    for what in ("surface digits MLP", "surface small CNN", "interpolate", "Hessian",
                 "eigen-ratio map", "Explorer preview frame"):  # fmt: skip
        assert what in names
    # CPU against CPU: identical numbers, every check passes
    assert res["all_correct"] and all(c["ok"] and c["rel_diff"] == 0.0 for c in res["checks"])
    assert len(res["speed"]) == 3
    for row in res["speed"]:
        assert row["naive_pts_per_s"] > 0 and row["lossviz_pts_per_s"] > 0
        assert row["naive_points_timed"] >= row["grid"]
        # lossviz and the naive loop compute the same surface
        assert row["rel_diff_vs_naive"] < 1e-5
    assert "ResNet-8" in res["speed"][2]["workload"]
    assert "correctness OK" in out


@pytest.mark.skipif(torch.cuda.is_available(), reason="a CUDA device is present")
def test_gpu_check_without_cuda_says_so_and_exits_0():
    rc, out = run(timeout=300)
    assert rc == 0, out[-2000:]
    assert "no CUDA device" in out
    assert last_json(out) == {"benchmark": "gpu_check", "cuda": False}
