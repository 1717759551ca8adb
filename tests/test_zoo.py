"""The zoo: models (shapes, architecture, vmap-friendliness), offline datasets and the
loaders for local files in their official formats (built here as tiny fake files)."""

from __future__ import annotations

import copy
import gzip
import hashlib
import pickle
import random
import struct
import warnings

import numpy as np
import pytest
import torch
from torch import nn

import lossviz as lv
from lossviz import zoo
from lossviz.zoo import models as zm


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Tiny models run fastest on one thread (and the machine may be shared)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def _lin(layer: nn.Linear, h: torch.Tensor) -> torch.Tensor:
    return h @ layer.weight.T + layer.bias


# ---------------------------------------------------------------------- MLPs
def test_mlp_long_skip_matches_manual_forward():
    torch.manual_seed(0)
    net = zm.mlp_deep(2, 3, depth=16, width=8, shortcuts="long")
    assert net.skip_pairs == [(2, 14)]
    x = torch.randn(5, 2)
    h = x
    outs = {}
    for k, layer in enumerate(net.hidden, start=1):
        if k == 14:
            h = h + outs[2]
        h = torch.relu(_lin(layer, h))
        outs[k] = h
    torch.testing.assert_close(net(x), _lin(net.head, h))


def test_mlp_skip_every_two_matches_manual_forward():
    torch.manual_seed(1)
    net = zm.mlp_deep(2, 3, depth=5, width=6, shortcuts="every2")
    x = torch.randn(4, 2)
    L = net.hidden
    h1 = torch.relu(_lin(L[0], x))
    h3 = torch.relu(_lin(L[2], torch.relu(_lin(L[1], h1)))) + h1
    h5 = torch.relu(_lin(L[4], torch.relu(_lin(L[3], h3)))) + h3
    torch.testing.assert_close(net(x), _lin(net.head, h5))


def test_mlp_variants_and_validation():
    assert zm.mlp_1024().widths == [1024]
    assert zm.mlp_128_64_32().widths == [128, 64, 32]
    plain = zm.mlp_deep(depth=16)
    assert len(plain.hidden) == 16 and plain.skip is None and not plain.skip_pairs
    with pytest.raises(ValueError, match="shortcuts"):
        zm.mlp_deep(shortcuts="sometimes")
    with pytest.raises(ValueError, match="skip pair"):
        zm.MLP(2, 3, width=[8, 4, 8], skip_pairs=[(1, 3)])
    with pytest.raises(ValueError, match="in_features"):
        zm.MLP(0, 3)
    bn = zm.MLP(2, 3, width=8, depth=2, batch_norm=True).eval()
    assert sum(isinstance(m, nn.BatchNorm1d) for m in bn.modules()) == 2
    assert bn(torch.randn(3, 2)).shape == (3, 3)


# ---------------------------------------------------------------------- conv nets
def _count(model: nn.Module, kind: type, **attrs) -> int:
    return sum(
        isinstance(m, kind) and all(getattr(m, k) == v for k, v in attrs.items())
        for m in model.modules()
    )


@pytest.mark.parametrize("depth", [20, 56, 110])
def test_resnet_depth_counts_weight_layers(depth):
    for shortcuts in (True, False):
        net = zm.resnet(depth, shortcuts=shortcuts)
        # depth = 3x3 convs + the final linear layer (1x1 projections are not counted)
        assert _count(net, nn.Conv2d, kernel_size=(3, 3)) + _count(net, nn.Linear) == depth
        assert _count(net, nn.Conv2d, kernel_size=(1, 1)) == (2 if shortcuts else 0)


def test_resnet_shortcuts_are_the_only_difference():
    """With the second BN of every block zeroed, a block computes relu(shortcut(x)):
    the input itself with shortcuts (x >= 0 there), zero without."""
    torch.manual_seed(0)
    x = torch.randn(3, 1, 8, 8)
    outs = {}
    for shortcuts in (True, False):
        net = zm.resnet(8, shortcuts=shortcuts, width=4, in_channels=1, input_size=8).eval()
        with torch.no_grad():
            for blk in net.modules():
                if isinstance(blk, zm._BasicBlock):
                    blk.bn2.weight.zero_()
                    blk.bn2.bias.zero_()
            stem = torch.relu(net.bn1(net.conv1(x)))
            outs[shortcuts] = (net.layer1(stem), stem, net(x), net.linear.bias.clone())
    out, stem, _, _ = outs[True]
    torch.testing.assert_close(out, stem)
    _, _, logits, bias = outs[False]
    torch.testing.assert_close(logits, bias.expand_as(logits))


def test_wide_resnet_is_resnet_times_k():
    w = zm.wide_resnet(20, k=2)
    assert w.conv1.out_channels == 32 and w.linear.in_features == 128
    assert isinstance(w, zm.ResNet)
    with pytest.raises(ValueError, match="6n"):
        zm.resnet(21)


def test_vgg9_has_seven_convs_and_two_fc():
    net = zm.vgg9()
    assert _count(net, nn.Conv2d) == 7 and _count(net, nn.Linear) == 2


@pytest.mark.parametrize(
    "name, x_shape, kwargs",
    [
        ("cnn1", (2, 64), {}),
        ("cnn3", (2, 1, 8, 8), {}),
        ("cnn3", (2, 3, 32, 32), {"in_channels": 3, "input_size": 32}),
        ("resnet20", (2, 3, 32, 32), {}),
        ("resnet110-noshort", (2, 3, 32, 32), {}),
        ("wrn56-2", (2, 3, 16, 16), {}),
        ("vgg9", (2, 3, 32, 32), {}),
        ("alexnet", (2, 3, 32, 32), {}),
        ("alexnet", (2, 64), {"in_channels": 1, "input_size": 8}),
        ("densenet", (2, 3, 32, 32), {}),
        ("densenet", (2, 1, 8, 8), {"in_channels": 1, "input_size": 8, "num_classes": 4}),
    ],
)
def test_image_models_forward_shapes(name, x_shape, kwargs):
    torch.manual_seed(0)
    net = zoo.get_model(name, **kwargs).eval()
    with torch.no_grad():
        out = net(torch.randn(x_shape))
    assert out.shape == (2, kwargs.get("num_classes", 10))
    assert torch.isfinite(out).all()


_SMALL = {
    "mlp16-longskip": lambda: (zm.mlp_deep(64, 10, depth=16, width=8, shortcuts="long"), "flat"),
    "mlp-bn": lambda: (zm.MLP(64, 10, width=8, depth=2, batch_norm=True), "flat"),
    "cnn3": lambda: (zm.cnn(3, channels=4), "flat"),
    "resnet8": lambda: (zm.resnet(8, width=4, in_channels=1, input_size=8), "img"),
    "resnet8-noshort": lambda: (zm.resnet(8, False, 4, in_channels=1, input_size=8), "img"),
    "vgg9": lambda: (zm.vgg9(in_channels=1, input_size=8, width_factor=0.0625), "img"),
    "alexnet": lambda: (zm.alexnet_small(in_channels=1, input_size=8, channels=4), "img"),
    "densenet": lambda: (zm.densenet(10, growth=4, in_channels=1, input_size=8), "img"),
}


@pytest.mark.parametrize("name", sorted(_SMALL))
def test_models_are_vmap_friendly(name):
    """The vectorized path gives the per-point loop's values (no in-place ops, BN ok)."""
    torch.manual_seed(0)
    net, kind = _SMALL[name]()
    X = torch.rand(24, 64)
    if kind == "img":
        X = X.reshape(24, 1, 8, 8)
    y = torch.randint(0, 10, (24,))
    net.train()
    net(X)  # populate BatchNorm running statistics
    net.eval()
    dirs = lv.random_directions(net, n=2, seed=0)
    kw = dict(a=(-0.5, 0.5, 3), b=(-0.5, 0.5, 2), progress=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # a vmap fallback would warn
        fast = lv.surface(net, (X, y), dirs, strategy="vmap", **kw)
    slow = lv.surface(net, (X, y), dirs, strategy="loop", **kw)
    assert fast.meta["strategy"] == "vmap"
    np.testing.assert_allclose(fast["loss"], slow["loss"], rtol=1e-4, atol=1e-5)


# ---------------------------------------------------------------------- char RNN
@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
def test_char_rnn_unrolled_equals_fused_kernel(cell):
    torch.manual_seed(0)
    net = zm.CharRNN(17, hidden=12, embed=5, cell=cell, return_sequence=True)
    x = torch.randint(0, 17, (3, 9))
    unrolled = net(x)
    net.fused = True
    fused = net(x)
    assert unrolled.shape == (3, 9, 17)
    torch.testing.assert_close(unrolled, fused, rtol=1e-5, atol=1e-6)
    net.return_sequence = False
    torch.testing.assert_close(net(x), fused[:, -1])


def test_char_rnn_surface_vmap_and_fused_fallback():
    data = zoo.text_corpus(seq_len=30, step=15)
    torch.manual_seed(0)
    net = zoo.get_model("char-rnn", data=data)
    assert net.rnn.hidden_size == 120 and net.head.out_features == len(data.vocab)
    dirs = lv.random_directions(net, n=1, seed=0)
    # on the CPU: on a GPU the fused kernel (cuDNN) may use TF32, beyond rtol=1e-4
    kw = dict(a=(-0.5, 0.5, 3), progress=False, device="cpu")
    vm = lv.surface(net, data, dirs, strategy="vmap", **kw)
    fused = copy.deepcopy(net)
    fused.fused = True
    with pytest.warns(RuntimeWarning, match="vectorized evaluation"):
        lp = lv.surface(fused, data, dirs, strategy="vmap", **kw)  # the fused kernel falls back
    assert lp.meta["strategy"] == "loop"
    np.testing.assert_allclose(vm["loss"], lp["loss"], rtol=1e-4)
    # at the center: plain cross-entropy of the next character
    with torch.no_grad():
        ce = nn.functional.cross_entropy(net(data.X), data.y).item()
    assert vm["loss"][1] == pytest.approx(ce, rel=1e-5)


def test_sequence_targets_and_loss():
    data = zoo.text_corpus(seq_len=10, step=5, targets="sequence")
    assert data.y.shape == data.X.shape
    torch.testing.assert_close(data.X[:, 1:], data.y[:, :-1])
    torch.manual_seed(0)
    net = zm.CharRNN(len(data.vocab), hidden=8, embed=4, return_sequence=True)
    dirs = lv.random_directions(net, n=1, seed=1)
    land = lv.surface(
        net,
        data,
        dirs,
        a=[0.0, 0.1],
        loss_fn=zoo.sequence_cross_entropy,
        progress=False,
        strategy="loop",
    )
    with torch.no_grad():
        out = net(data.X)
        manual = np.mean(
            [nn.functional.cross_entropy(out[i], data.y[i]).item() for i in range(len(out))]
        )
        acc = (out.argmax(-1) == data.y).float().mean().item()
    assert land["loss"][0] == pytest.approx(manual, rel=1e-5)
    assert land["accuracy"][0] == pytest.approx(acc, rel=1e-6)


# ---------------------------------------------------------------------- datasets
def test_spiral_moons_digits_breast_cancer():
    s = zoo.spiral(50, classes=4, seed=3)
    X, y = s
    assert X.shape == (200, 2) and X.dtype == torch.float32 and y.dtype == torch.int64
    assert s.num_classes == 4 and torch.equal(torch.bincount(y), torch.full((4,), 50))
    torch.testing.assert_close(zoo.spiral(50, classes=4, seed=3).X, X)
    m = zoo.moons(100, seed=1)
    assert m.X.shape == (100, 2) and set(m.y.tolist()) == {0, 1}
    np.testing.assert_allclose(m.X.mean(0).numpy(), 0, atol=1e-5)
    assert not torch.equal(zoo.moons(100, seed=2).X, m.X)
    d = zoo.digits()
    assert d.X.shape == (1797, 64) and float(d.X.max()) == 1.0
    assert (d.in_channels, d.input_size, d.num_classes) == (1, 8, 10)
    b = zoo.breast_cancer()
    assert b.X.shape == (569, 30) and b.num_classes == 2
    np.testing.assert_allclose(b.X.std(0, unbiased=False).numpy(), 1, rtol=1e-3)
    assert b.classes == ["malignant", "benign"]


def test_zoodata_is_a_plain_pair_that_survives_copies():
    d = zoo.digits()
    assert isinstance(d, tuple) and len(d) == 2
    for clone in (pickle.loads(pickle.dumps(d)), copy.deepcopy(d), copy.copy(d)):
        assert isinstance(clone, zoo.ZooData) and clone.num_classes == 10
        torch.testing.assert_close(clone.X, d.X)
    assert d.model_kwargs() == {
        "in_features": 64,
        "out_features": 10,
        "num_classes": 10,
        "in_channels": 1,
        "input_size": 8,
    }
    sub = d.subset(100, seed=0)
    assert len(sub.X) == 100 and sub.num_classes == 10
    with pytest.raises(AttributeError):
        d.nonexistent  # noqa: B018
    assert "digits" in repr(d)


def test_mnist1d_generated_offline_and_cached(tmp_path, monkeypatch):
    pytest.importorskip("mnist1d")
    monkeypatch.setenv("LOSSVIZ_CACHE", str(tmp_path))
    np_state, py_state = np.random.get_state(), random.getstate()  # noqa: NPY002
    tr = zoo.mnist1d(num_samples=200, seed=7)
    assert tr.X.shape == (160, 40) and tr.test.X.shape == (40, 40)
    assert set(tr.y.tolist()) <= set(range(10)) and tr.num_classes == 10
    # the generator seeds numpy's / Python's global RNGs; lossviz restores them
    assert np.random.get_state()[1].tolist() == np_state[1].tolist()  # noqa: NPY002
    assert random.getstate() == py_state
    files = list(tmp_path.glob("mnist1d-*.npz"))
    assert len(files) == 1
    with np.load(files[0]) as f:
        np.testing.assert_array_equal(f["x"].astype(np.float32), tr.X.numpy())
    everything = zoo.mnist1d(num_samples=200, seed=7, split="all")
    torch.testing.assert_close(everything.X, torch.cat([tr.X, tr.test.X]))
    other = zoo.mnist1d(num_samples=200, seed=8, split="test")
    assert not torch.equal(other.X, tr.test.X)
    with pytest.raises(ValueError, match="unknown generator argument"):
        zoo.mnist1d(num_samples=200, bogus=1)


def test_text_corpus_default_zen_and_file(tmp_path):
    d = zoo.text_corpus()
    assert d.text.startswith("The Zen of Python") and "Zen" in d.source
    assert d.X.shape[1] == 30 and len(d.X) == len(d.text) - 30
    decode = "".join(d.vocab[i] for i in d.X[0].tolist())
    assert decode == d.text[:30] and d.vocab[int(d.y[0])] == d.text[30]
    f = tmp_path / "shakespeare.txt"
    f.write_text("To be, or not to be, that is the question.\n" * 3, encoding="utf-8")
    t = zoo.text_corpus(f, seq_len=5, step=2, lowercase=True, max_chars=50)
    assert len(t.text) == 50 and t.vocab == "".join(sorted(set(t.text)))
    assert len(t.X) == len(range(0, 45, 2))
    with pytest.raises(ValueError, match="seq_len"):
        zoo.text_corpus(f, seq_len=500)
    with pytest.raises(FileNotFoundError):
        zoo.text_corpus(tmp_path / "missing.txt")


def _fake_cifar(root, n_per_file=3, gz=False):
    root.mkdir()
    rng = np.random.default_rng(0)
    labels, images = [], []
    for name in [f"data_batch_{i}.bin" for i in range(1, 6)] + ["test_batch.bin"]:
        lab = rng.integers(0, 10, n_per_file, dtype=np.uint8)
        img = rng.integers(0, 256, (n_per_file, 3, 32, 32), dtype=np.uint8)
        raw = np.concatenate([lab[:, None], img.reshape(n_per_file, -1)], axis=1).tobytes()
        (root / name).write_bytes(gzip.compress(raw) if gz else raw)
        labels.append(lab)
        images.append(img)
    return labels, images


def test_cifar10_binary_batches(tmp_path):
    labels, images = _fake_cifar(tmp_path / "cifar-10-batches-bin")
    tr = zoo.cifar10(tmp_path, normalize=False)  # the parent directory works too
    assert tr.X.shape == (15, 3, 32, 32) and tr.input_size == 32
    np.testing.assert_array_equal(tr.y.numpy(), np.concatenate(labels[:5]))
    np.testing.assert_allclose(tr.X.numpy() * 255, np.concatenate(images[:5]), atol=1e-3)
    te = zoo.cifar10(tmp_path / "cifar-10-batches-bin", split="test")
    mean = np.array(zoo.data.CIFAR10_MEAN)[:, None, None]
    std = np.array(zoo.data.CIFAR10_STD)[:, None, None]
    np.testing.assert_allclose(te.X.numpy(), (images[5] / 255 - mean) / std, rtol=1e-5, atol=1e-6)
    assert len(zoo.cifar10(tmp_path, limit=4).X) == 4
    py = tmp_path / "py"
    py.mkdir()
    (py / "data_batch_1").write_bytes(b"x")
    with pytest.raises(FileNotFoundError, match="binary version"):
        zoo.cifar10(py)
    (tmp_path / "cifar-10-batches-bin" / "test_batch.bin").write_bytes(b"\0" * 100)
    with pytest.raises(ValueError, match="not a CIFAR-10 binary batch"):
        zoo.cifar10(tmp_path, split="test")


def _idx(arr: np.ndarray, code: int = 0x08) -> bytes:
    return (
        struct.pack(">BBBB", 0, 0, code, arr.ndim)
        + struct.pack(f">{arr.ndim}I", *arr.shape)
        + arr.astype(">u1").tobytes()
    )


def test_mnist_idx_files(tmp_path):
    rng = np.random.default_rng(0)
    img = rng.integers(0, 256, (6, 28, 28), dtype=np.uint8)
    lab = rng.integers(0, 10, 6, dtype=np.uint8)
    (tmp_path / "train-images-idx3-ubyte.gz").write_bytes(gzip.compress(_idx(img)))
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(_idx(lab))
    d = zoo.mnist(tmp_path, normalize=False)
    assert d.X.shape == (6, 1, 28, 28) and d.in_channels == 1
    np.testing.assert_allclose(d.X[:, 0].numpy() * 255, img, atol=1e-3)
    np.testing.assert_array_equal(d.y.numpy(), lab)
    assert len(zoo.mnist(tmp_path, limit=2).y) == 2
    with pytest.raises(FileNotFoundError, match="t10k"):
        zoo.mnist(tmp_path, split="test")
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(b"\x01\x02\x08\x01")
    with pytest.raises(ValueError, match="magic"):
        zoo.mnist(tmp_path)


_ARFF = """% UCI seismic-bumps (a few rows in the official layout)
@relation seismic-bumps

@attribute seismic {a,b,c,d}
@attribute seismoacoustic {a,b,c,d}
@attribute shift {W, N}
@attribute genergy real
@attribute gpuls real
@attribute gdenergy real
@attribute gdpuls real
@attribute ghazard {a,b,c,d}
@attribute nbumps real
@attribute nbumps2 real
@attribute nbumps3 real
@attribute nbumps4 real
@attribute nbumps5 real
@attribute nbumps6 real
@attribute nbumps7 real
@attribute nbumps89 real
@attribute energy real
@attribute maxenergy real
@attribute class {1,0}

@data
a,a,N,15180,48,-72,-72,a,0,0,0,0,0,0,0,0,0,0,0
a,a,N,14720,33,-70,-79,a,1,0,1,0,0,0,0,0,2000,2000,0
b,c,W,8050,30,-81,-78,b,2,1,1,0,0,0,0,0,3000,2000,1
a,d,N,28820,171,-23,40,a,1,0,1,0,0,0,0,0,4000,4000,0
"""


def test_seismic_bumps_arff_and_csv(tmp_path):
    f = tmp_path / "seismic-bumps.arff"
    f.write_text(_ARFF)
    d = zoo.seismic_bumps(f, standardize=False)
    assert d.X.shape == (4, 18) and d.num_classes == 2 and len(d.feature_names) == 18
    np.testing.assert_array_equal(d.y.numpy(), [0, 0, 1, 0])
    np.testing.assert_array_equal(d.X[:, 0].numpy(), [0, 0, 1, 0])  # seismic a/b
    np.testing.assert_array_equal(d.X[:, 1].numpy(), [0, 0, 2, 3])  # a..d ordered
    np.testing.assert_array_equal(d.X[:, 2].numpy(), [1, 1, 0, 1])  # {W, N}: W=0
    assert float(d.X[2, 3]) == 8050
    z = zoo.seismic_bumps(f)
    np.testing.assert_allclose(z.X[:, 3].std(unbiased=False).item(), 1, rtol=1e-5)
    c = tmp_path / "bumps.csv"
    c.write_text("shift,genergy,class\nW,1.5,1\nN,2.5,0\nN,3.5,0\n")
    dc = zoo.seismic_bumps(c, standardize=False)
    np.testing.assert_array_equal(dc.X.numpy(), [[1, 1.5], [0, 2.5], [0, 3.5]])
    np.testing.assert_array_equal(dc.y.numpy(), [1, 0, 0])
    with pytest.raises(ValueError, match="target"):
        zoo.seismic_bumps(c, target="label")
    bad = tmp_path / "x.arff"
    bad.write_text("hello\n")
    with pytest.raises(ValueError, match="ARFF"):
        zoo.seismic_bumps(bad)


# ---------------------------------------------------------------------- registry
def test_registry_builds_every_model_with_its_data():
    spiral, digits, text = zoo.spiral(5), zoo.digits(), zoo.text_corpus(step=50)
    for name in zoo.MODELS:
        data = text if name == "char-rnn" else spiral if name.startswith("mlp") else digits
        if name in ("resnet", "wide-resnet") or name.startswith(("resnet", "wrn")):
            kw = {"depth": 8} if name in ("resnet", "wide-resnet") else {}
        else:
            kw = {}
        net = zoo.get_model(name, data=data, **kw).eval()
        with torch.no_grad():
            out = net(data.X[:2])
        assert out.shape == (2, data.num_classes), name
    assert set(zoo.available()["models"]) == set(zoo.MODELS)
    assert all(zoo.available()["models"].values())
    assert set(zoo.available()["datasets"]) == set(zoo.DATASETS)
    with pytest.raises(ValueError, match="unknown zoo model"):
        zoo.get_model("resnet57")
    with pytest.raises(ValueError, match="unknown zoo dataset"):
        zoo.get_data("imagenet")
    with pytest.raises(TypeError, match="ZooData"):
        zoo.get_model("mlp", data=(torch.zeros(2, 2), torch.zeros(2)))
    with pytest.raises(TypeError, match="mlp16"):
        zoo.get_model("mlp16", nonsense=1)


def test_explicit_kwargs_win_over_data_and_cli_builds_zoo_models():
    from lossviz.cli import build_data, build_model

    net = zoo.get_model("mlp", data=zoo.spiral(5), out_features=7, width=4)
    assert net.head.out_features == 7
    m = build_model("zoo:mlp16-longskip")
    assert m.skip_pairs == [(2, 14)] and not m.training
    assert build_data("moons", {"n": 20}).X.shape == (20, 2)


def test_pretrained_checkpoints_reach_documented_accuracy():
    from lossviz.zoo.registry import CHECKPOINT_DIR, _manifest

    manifest = _manifest()
    assert {"spiral-mlp16", "spiral-mlp16-skip", "digits-mlp"} <= set(manifest)
    assert set(zoo.available()["pretrained"]) == set(manifest)
    for name, entry in manifest.items():
        path = CHECKPOINT_DIR / entry["file"]
        assert path.stat().st_size < 1 << 20, name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], name
        model, data = zoo.pretrained(name, with_data=True)
        assert not model.training
        with torch.no_grad():
            acc = float((model(data.X).argmax(1) == data.y).float().mean())
        assert acc == pytest.approx(entry["accuracy"], abs=2e-3), name
        assert acc > 0.9, name
    with pytest.raises(ValueError, match="unknown pretrained"):
        zoo.pretrained("imagenet-resnet50")


def test_make_checkpoints_writes_loadable_state_dicts(tmp_path, capsys):
    import json

    from lossviz.zoo import make_checkpoints

    assert make_checkpoints.main(["--out", str(tmp_path), "spiral-mlp1024"]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    entry = manifest["spiral-mlp1024"]
    state = torch.load(tmp_path / entry["file"], map_location="cpu", weights_only=True)
    net = zoo.get_model(entry["model"], data=zoo.spiral())
    net.load_state_dict(state)
    X, y = zoo.spiral()
    with torch.no_grad():
        acc = float((net(X).argmax(1) == y).float().mean())
    assert acc == pytest.approx(entry["accuracy"], abs=1e-6) and acc > 0.9
    assert "spiral-mlp1024" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        make_checkpoints.main(["--out", str(tmp_path), "nonexistent"])
