"""The `lossviz` command line: compute, info, custom factories, errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
import torch

import lossviz as lv
from lossviz.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_compute_and_info_on_builtin_default(tmp_path, capsys):
    out = tmp_path / "s.h5"
    rc = main(
        [
            "compute",
            "--a",
            "-1",
            "1",
            "5",
            "--b",
            "-1",
            "1",
            "4",
            "--train-epochs",
            "2",
            "-o",
            str(out),
            "--quiet",
            "--data-args",
            '{"n_per_class": 30}',
        ]
    )
    assert rc == 0 and out.exists()
    land = lv.Landscape.load(out)
    assert land.shape == (5, 4) and land.complete
    assert main(["info", str(out)]) == 0
    text = capsys.readouterr().out
    assert "loss: min" in text and "20/20 points" in text and "norm: filter" in text


def test_compute_with_user_factory_and_weights(tmp_path):
    (tmp_path / "mymodels.py").write_text(
        textwrap.dedent("""
        import torch
        from torch import nn

        def tiny(hidden=4):
            return nn.Sequential(nn.Linear(2, hidden), nn.Tanh(), nn.Linear(hidden, 3))

        def data():
            g = torch.Generator().manual_seed(0)
            return torch.randn(40, 2, generator=g), torch.randint(0, 3, (40,), generator=g)
    """)
    )
    sys.path.insert(0, str(tmp_path))
    try:
        from mymodels import data, tiny

        model = tiny(hidden=6)
        torch.save(model.state_dict(), tmp_path / "w.pt")
        out = tmp_path / "u.npz"
        rc = main(
            [
                "compute",
                "--model",
                f"{tmp_path / 'mymodels.py'}:tiny",
                "--model-args",
                '{"hidden": 6}',
                "--weights",
                str(tmp_path / "w.pt"),
                "--data",
                "mymodels:data",
                "--dims",
                "1",
                "--a",
                "-1",
                "1",
                "7",
                "-o",
                str(out),
                "--quiet",
                "--seed",
                "5",
            ]
        )
        assert rc == 0
        land = lv.Landscape.load(out)
        ref = lv.surface(
            model, data(), lv.random_directions(model, n=1, seed=5), a=(-1, 1, 7), progress=False
        )
        assert np.allclose(land["loss"], ref["loss"], atol=1e-6)
    finally:
        sys.path.remove(str(tmp_path))


def test_cli_errors_are_clear(tmp_path, capsys):
    assert main(["compute", "--model", "zoo:nope", "-o", str(tmp_path / "x.h5")]) == 2
    assert "unknown zoo model 'nope'" in capsys.readouterr().err
    assert main(["compute", "--model", "nocolon", "-o", str(tmp_path / "x.h5")]) == 2
    assert "module:function" in capsys.readouterr().err
    assert main(["compute", "--norm", "bad", "-o", str(tmp_path / "x.h5"), "--quiet"]) == 2
    assert "norm='bad'" in capsys.readouterr().err
    assert main(["info", str(tmp_path / "missing.h5")]) == 2
    assert not (tmp_path / "x.h5").exists()


def test_console_script_runs():
    r = subprocess.run(
        [sys.executable, "-m", "lossviz.cli", "--help"], capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0 and "compute" in r.stdout


def test_readme_quick_start_is_two_commands_and_ci_runs_the_second():
    text = (ROOT / "README.md").read_text()
    block = re.search(r"## Quick start.*?```bash\n(.*?)```", text, re.S).group(1)
    lines = [ln for ln in block.strip().splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(lines) == 2
    assert "lossviz demo" in lines[0] and "pip install" in lines[0]
    assert "pytest" in lines[1] and "pip install" in lines[1]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "torch==2.13.0" in ci and "lines[1]" in ci


def test_import_lossviz_imports_no_plotting_or_jupyter():
    code = (
        "import sys, lossviz; bad = [m for m in ('plotly', 'pyvista', 'ipywidgets', 'h5py', "
        "'IPython', 'matplotlib', 'dask', 'sklearn', 'vtk') if m in sys.modules]; print(bad)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_zoo_model_is_sized_to_its_data(tmp_path, capsys):
    out = tmp_path / "cnn.npz"
    assert (
        main(
            [
                "compute",
                "--model",
                "zoo:cnn1",
                "--data",
                "digits",
                "--a",
                "-1",
                "1",
                "3",
                "-o",
                str(out),
                "--quiet",
            ]
        )
        == 0
    )
    assert lv.Landscape.load(out).meta["n_samples"] == 1797
    assert (
        main(
            [
                "compute",
                "--model",
                "zoo:mlp",
                "--data",
                "digits",
                "--model-args",
                '{"in_features": 3}',
                "--a",
                "-1",
                "1",
                "3",
                "-o",
                str(out),
                "--quiet",
            ]
        )
        == 2
    )
    assert "cannot run on the data" in capsys.readouterr().err


PROBE = """
import torch
from torch import nn

FORWARDS = []


class Probe(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 3)

    def forward(self, x):
        FORWARDS.append(len(x))
        return self.lin(x)


def model():
    return Probe()


def data():
    g = torch.Generator().manual_seed(0)
    return torch.randn(20, 2, generator=g), torch.randint(0, 3, (20,), generator=g)
"""


@pytest.mark.parametrize(
    "output,extra,message",
    [
        ("missing/x.npz", [], "does not exist"),
        ("x.txt", [], "unknown suffix '.txt'"),
        ("x", [], "unknown suffix '(none)'"),
        (".", [], "is a directory"),
        ("x.npz", ["--store", "store-is-a-file"], "is not a directory"),
        ("/sys/x.npz", [], "cannot write"),
    ],
)
def test_compute_checks_outputs_before_any_forward(tmp_path, capsys, monkeypatch, output, extra,
                                                   message):  # fmt: skip
    """issue 14.10: a bad -o/--store is refused before the first grid point."""
    if output.startswith("/sys"):  # a directory nobody may write in, not even root
        try:
            Path("/sys/lossviz-probe").touch()
        except OSError:
            pass
        else:  # pragma: no cover
            pytest.skip("/sys is writable here")
    (tmp_path / "probe_models.py").write_text(PROBE)
    (tmp_path / "store-is-a-file").write_text("x")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    import probe_models

    probe_models.FORWARDS.clear()
    # the same command with a good output does run forwards (the probe works)
    ok = ["compute", "--model", "probe_models:model", "--data", "probe_models:data", "--quiet"]
    assert main([*ok, "--a", "-1", "1", "3", "--b", "-1", "1", "3", "-o", "good.npz"]) == 0
    assert len(probe_models.FORWARDS) >= 9
    probe_models.FORWARDS.clear()
    rc = main([*ok, *extra, "-o", output])
    err = capsys.readouterr().err
    assert rc == 2 and message in err and err.count("\n") == 1, err
    assert probe_models.FORWARDS == []


def test_export_checks_output_before_reading(tmp_path, capsys):
    rc = main(["export", str(tmp_path / "missing.npz"), "-o", str(tmp_path / "no" / "x.png")])
    assert rc == 2 and "does not exist" in capsys.readouterr().err
    rc = main(["export", str(tmp_path / "missing.npz"), "-o", str(tmp_path / "x.bmp")])
    assert rc == 2 and "cannot tell the format" in capsys.readouterr().err


def _one_error_line(err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    for n in needles:
        assert n in lines[0], (n, lines[0])


def test_cli_errors_are_one_line_without_traceback(tmp_path, capsys, monkeypatch):
    """issue 14.12: state-dict mismatch, info on a directory, full disk -> one line, rc != 0."""
    import errno

    small = ["--data-args", '{"n_per_class": 10}', "--a", "-1", "1", "3", "--b", "-1", "1", "3"]
    torch.save(torch.nn.Linear(2, 3).state_dict(), tmp_path / "other.pt")
    out = str(tmp_path / "x.npz")
    rc = main(["compute", *small, "--weights", str(tmp_path / "other.pt"), "-o", out, "--quiet"])
    _one_error_line(capsys.readouterr().err, "other.pt", "does not fit", "missing in the file")
    assert rc == 2
    (tmp_path / "junk.pt").write_bytes(b"not a checkpoint")
    rc = main(["compute", *small, "--weights", str(tmp_path / "junk.pt"), "-o", out, "--quiet"])
    _one_error_line(capsys.readouterr().err, "cannot read the weights file", "junk.pt")
    assert rc == 2
    (tmp_path / "adir").mkdir()
    assert main(["info", str(tmp_path / "adir")]) == 2
    _one_error_line(capsys.readouterr().err, "adir", "is a directory")

    def full_disk(self, path, format=None):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(lv.Landscape, "save", full_disk)
    assert main(["compute", *small, "-o", out, "--quiet"]) == 1
    _one_error_line(capsys.readouterr().err, "No space left on device", "x.npz")
    with pytest.raises(OSError, match="No space left"):  # --debug: the real exception
        main(["compute", *small, "-o", out, "--quiet", "--debug"])
    with pytest.raises(OSError, match="No space left"):
        main(["--debug", "compute", *small, "-o", out, "--quiet"])


def test_info_on_a_tile_store(tmp_path, capsys):
    store = tmp_path / "store"
    small = ["--data-args", '{"n_per_class": 10}', "--a", "-1", "1", "4", "--b", "-1", "1", "4"]
    args = ["compute", *small, "--tiles", "2", "--store", str(store), "--quiet"]
    assert main([*args, "-o", str(tmp_path / "x.npz")]) == 0
    ref = lv.Landscape.load(tmp_path / "x.npz")
    capsys.readouterr()
    assert main(["info", str(store)]) == 0
    text = capsys.readouterr().out
    assert f"min {np.nanmin(ref['loss']):.6g}" in text and "16/16 points" in text


@pytest.mark.slow
def test_unreachable_scheduler_is_one_line(tmp_path):
    pytest.importorskip("distributed")
    env = dict(os.environ, DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="2s")
    out = str(tmp_path / "x.npz")
    cmd = [sys.executable, "-m", "lossviz.cli", "compute", "--data-args", '{"n_per_class": 10}',
           "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9", "-o", out]  # fmt: skip
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 1
    _one_error_line(r.stderr, "cannot reach the dask scheduler at 'tcp://127.0.0.1:9'")


def test_ignored_options_are_refused(tmp_path, capsys):
    """issue 14.13: --tiles 0 and --dims 1 --b are errors, not silently ignored."""
    out = str(tmp_path / "x.npz")
    small = ["--data-args", '{"n_per_class": 10}', "--quiet", "-o", out]
    for bad in (["--tiles", "0"], ["--tiles", "-3"], ["--workers", "0"]):
        with pytest.raises(SystemExit) as info:
            main(["compute", *small, *bad])
        assert info.value.code == 2
        assert f"{bad[0]}: must be a positive integer, got '{bad[1]}'" in capsys.readouterr().err
    assert main(["compute", *small, "--dims", "1", "--b", "-1", "1", "3"]) == 2
    assert "--b is the second axis of a 2D landscape" in capsys.readouterr().err
    assert not Path(out).exists()
    # --dims 2 without --b: a square grid over --a (it was silently 1D)
    assert main(["compute", *small, "--a", "-1", "1", "4"]) == 0
    land = lv.Landscape.load(out)
    assert land.shape == (4, 4) and np.array_equal(land.coords[1], np.linspace(-1, 1, 4))
    assert main(["compute", *small, "--a", "-1", "1", "4", "--dims", "1"]) == 0
    assert lv.Landscape.load(out).shape == (4,)
