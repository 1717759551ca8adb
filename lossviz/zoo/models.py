"""Small models for teaching-scale loss landscapes.

Every model here is a plain ``nn.Module`` built in well under a second, with no in-place
operations on activations, so `torch.func.functional_call` and `torch.vmap` (the
vectorized path of `lossviz.surface`) can run it. BatchNorm layers are evaluated with
their running statistics (``lossviz.surface(..., bn="eval")``, the default).

The architectures follow the paper's code (github.com/tomgoldstein/loss-landscape):
CIFAR ResNets with and without shortcut connections, their wide variants, VGG-9; plus
MLPs for 2-D toy data, small CNNs, an AlexNet-style net, a small DenseNet-BC and a
character-level recurrent network.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn
from torch.nn import functional as F

from .._util import Options, check_positive_int, options_signature

__all__ = [
    "CNN",
    "MLP",
    "AlexNetSmall",
    "CharRNN",
    "DenseNet",
    "ImageInput",
    "ResNet",
    "VGG",
    "alexnet_small",
    "cnn",
    "densenet",
    "mlp_1024",
    "mlp_128_64_32",
    "mlp_deep",
    "resnet",
    "sequence_cross_entropy",
    "vgg9",
    "wide_resnet",
]


def _check_positive_ints(**values: int) -> None:
    """`check_positive_int` on each keyword argument, in order."""
    for name, v in values.items():
        check_positive_int(name, v)


def _stages_of(depth: int, offset: int, examples: str) -> int:
    """``n`` of a network depth ``6 n + offset`` with ``n >= 1``; ValueError otherwise."""
    check_positive_int("depth", depth)
    if (depth - offset) % 6 != 0 or depth < 6 + offset:
        raise ValueError(f"depth must be 6n + {offset} with n >= 1 ({examples}, ...), got {depth}")
    return (depth - offset) // 6


def _factory(cls: type, name: str, doc: str) -> Callable[..., nn.Module]:
    """A function ``name(...) -> cls(...)`` with the class's signature and the docstring ``doc``.

    The zoo's lower-case factories that take exactly the class's arguments are made here,
    so each signature is written once (on the class).
    """

    def make(*args: Any, **kwargs: Any) -> nn.Module:
        return cls(*args, **kwargs)

    make.__name__ = make.__qualname__ = name
    make.__doc__ = doc
    make.__signature__ = inspect.signature(cls).replace(return_annotation=cls.__name__)  # type: ignore[attr-defined]
    return make


def _image_batch(x: torch.Tensor, in_channels: int, input_size: int) -> torch.Tensor:
    """Accept ``(N, C, H, W)`` images or flat ``(N, C*H*W)`` rows (e.g. sklearn digits)."""
    if x.dim() == 2:
        return x.reshape(x.shape[0], in_channels, input_size, input_size)
    if x.dim() == 3 and in_channels == 1:
        return x.unsqueeze(1)
    return x


@dataclass(frozen=True)
class ImageInput(Options):
    """The images a CIFAR-style classifier is built for: classes, channels, image size.

    `ResNet`, `VGG`, `AlexNetSmall`, `DenseNet` and their factories take these one by one
    (``resnet(20, in_channels=1, input_size=8)``) or as one object
    (``resnet(20, options=ImageInput(in_channels=1, input_size=8))``); keywords given next
    to ``options`` override its fields. `lossviz.zoo.get_model` fills them in from the data.

    Parameters
    ----------
    num_classes : int
        Number of classes.
    in_channels : int
        Input channels (3 for CIFAR-10; 1 for digits / MNIST).
    input_size : int
        Image height = width; flat inputs ``(N, in_channels * input_size**2)`` (e.g.
        sklearn digits) are reshaped to images.
    """

    num_classes: int = 10
    in_channels: int = 3
    input_size: int = 32

    def __post_init__(self) -> None:
        _check_positive_ints(**self.as_kwargs())


class _ImageClassifier(nn.Module):
    """Base of the `ImageInput` classifiers: keeps the input shape, reshapes flat rows."""

    def __init__(self, image: ImageInput) -> None:
        super().__init__()
        self.in_channels, self.input_size = image.in_channels, image.input_size

    def _images(self, x: torch.Tensor) -> torch.Tensor:
        return _image_batch(x, self.in_channels, self.input_size)


# ---------------------------------------------------------------------- MLPs
class MLP(nn.Module):
    """A fully connected ReLU network with optional skip connections.

    Parameters
    ----------
    in_features : int
        Input size (inputs are flattened, so images work too).
    out_features : int
        Number of outputs (classes).
    width : int or sequence of int
        Hidden width, or one width per hidden layer.
    depth : int
        Number of hidden layers (ignored when ``width`` is a sequence).
    skip : int or None
        ``None``: no shortcuts. ``k``: a residual shortcut around every ``k`` hidden layers
        (``h <- h + f(h)``), starting after the first hidden layer; needs equal widths.
    skip_pairs : sequence of (int, int), optional
        Explicit shortcuts from the output of hidden layer ``i`` to the input of hidden
        layer ``j`` (1-based), e.g. ``[(2, 14)]`` for "one skip from layer 2 to 14".
    batch_norm : bool
        Add BatchNorm after each hidden linear layer (``Linear -> BN -> ReLU``). Then the
        loss is invariant to the scale of each hidden layer's weights, as in the paper's
        CNNs: needed to see weight decay change the non-normalized 1D plots.

    Examples
    --------
    >>> net = MLP(2, 3, width=32, depth=16, skip=2)
    >>> net(torch.zeros(5, 2)).shape
    torch.Size([5, 3])
    """

    def __init__(
        self,
        in_features: int,
        out_features: int,
        width: int | list[int] = 32,
        depth: int = 2,
        skip: int | None = None,
        skip_pairs: list[tuple[int, int]] | None = None,
        batch_norm: bool = False,
    ) -> None:
        super().__init__()
        check_positive_int("in_features", in_features)
        check_positive_int("out_features", out_features)
        widths = list(width) if isinstance(width, (list, tuple)) else [int(width)] * int(depth)
        if not widths or any(w < 1 for w in widths):
            raise ValueError(f"width/depth must give at least one positive width, got {widths}")
        if skip is not None and (skip < 1 or len(set(widths)) != 1):
            raise ValueError("skip=k needs k >= 1 and equal hidden widths")
        self.widths = widths
        self.skip = skip
        self.skip_pairs = [tuple(p) for p in (skip_pairs or [])]
        for i, j in self.skip_pairs:
            if not (1 <= i < j <= len(widths)) or widths[i - 1] != widths[j - 2]:
                raise ValueError(f"skip pair {(i, j)} is invalid for widths {widths}")
        dims = [in_features] + widths
        self.hidden = nn.ModuleList(nn.Linear(dims[k], dims[k + 1]) for k in range(len(widths)))
        self.norms = nn.ModuleList(nn.BatchNorm1d(w) for w in widths) if batch_norm else None
        self.head = nn.Linear(widths[-1], out_features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits for a batch ``x`` of shape ``(N, in_features)`` (or ``(N, ...)``)."""
        h = x.reshape(x.shape[0], -1)
        saved: dict[int, torch.Tensor] = {}
        block_in = None
        for k, layer in enumerate(self.hidden, start=1):
            for i, j in self.skip_pairs:
                if j == k:
                    h = h + saved[i]
            out = layer(h)
            if self.norms is not None:
                out = self.norms[k - 1](out)
            out = torch.relu(out)
            if self.skip is not None and k > 1:
                if block_in is None:
                    block_in = h
                if (k - 1) % self.skip == 0:
                    out = out + block_in
                    block_in = out
            h = out
            saved[k] = h
        return self.head(h)

    def extra_repr(self) -> str:
        return f"widths={self.widths}, skip={self.skip}, skip_pairs={self.skip_pairs}"


def mlp_deep(
    in_features: int = 2,
    out_features: int = 3,
    depth: int = 16,
    width: int = 32,
    shortcuts: str = "none",
) -> MLP:
    """The seeds' deep MLPs: ``depth`` hidden layers with none, one long, or many shortcuts.

    Parameters
    ----------
    in_features, out_features : int
        Input size and number of classes (defaults fit the 2-D spiral).
    depth : int
        Hidden layers (16 in the seeds).
    width : int
        Units per hidden layer.
    shortcuts : {"none", "long", "every2"}
        ``"none"``: a plain chain; ``"long"``: one skip from layer 2 to layer ``depth - 2``
        (layer 2 to 14 for 16 layers); ``"every2"``: a residual shortcut every 2 layers.

    Returns
    -------
    MLP
    """
    from .._util import check_choice

    check_choice("shortcuts", shortcuts, ("none", "long", "every2"))
    if shortcuts == "long":
        if depth < 5:
            raise ValueError(f"shortcuts='long' needs depth >= 5, got {depth}")
        return MLP(in_features, out_features, width, depth, skip_pairs=[(2, depth - 2)])
    return MLP(in_features, out_features, width, depth, skip=2 if shortcuts == "every2" else None)


def mlp_1024(in_features: int = 2, out_features: int = 3) -> MLP:
    """The seeds' shallow-and-wide MLP: one hidden layer of 1024 units."""
    return MLP(in_features, out_features, width=[1024])


def mlp_128_64_32(in_features: int = 2, out_features: int = 3) -> MLP:
    """The seeds' narrow-and-deeper MLP: hidden layers of 128, 64 and 32 units."""
    return MLP(in_features, out_features, width=[128, 64, 32])


# ---------------------------------------------------------------------- CNNs
class CNN(nn.Module):
    """A small ConvNet: ``conv_layers`` blocks of 3x3 conv + ReLU + 2x2 max-pool, then a linear.

    Parameters
    ----------
    in_channels : int
        Input channels (1 for digits/MNIST, 3 for CIFAR).
    num_classes : int
        Number of classes.
    input_size : int
        Height = width of the input images (8 for sklearn digits, 28 MNIST, 32 CIFAR).
        Flat inputs ``(N, in_channels * input_size**2)`` are reshaped to images.
    conv_layers : int
        Number of conv blocks (1 or 3 in the zoo; any >= 1 works). Channels double per
        block, starting at ``channels``. Pooling stops once the feature map is 1x1.
    channels : int
        Channels of the first conv layer.
    batch_norm : bool
        Add BatchNorm after each conv.

    Examples
    --------
    >>> net = CNN(in_channels=1, num_classes=10, input_size=8, conv_layers=3)
    >>> net(torch.zeros(4, 64)).shape
    torch.Size([4, 10])
    """

    def __init__(
        self,
        in_channels: int = 1,
        num_classes: int = 10,
        input_size: int = 8,
        conv_layers: int = 1,
        channels: int = 16,
        batch_norm: bool = False,
    ) -> None:
        super().__init__()
        _check_positive_ints(
            in_channels=in_channels,
            num_classes=num_classes,
            input_size=input_size,
            conv_layers=conv_layers,
            channels=channels,
        )
        self.in_channels, self.input_size = in_channels, input_size
        layers: list[nn.Module] = []
        c_in, size = in_channels, input_size
        for k in range(conv_layers):
            c_out = channels * 2**k
            layers.append(nn.Conv2d(c_in, c_out, 3, padding=1, bias=not batch_norm))
            if batch_norm:
                layers.append(nn.BatchNorm2d(c_out))
            layers.append(nn.ReLU())
            if size >= 2:
                layers.append(nn.MaxPool2d(2))
                size //= 2
            c_in = c_out
        self.features = nn.Sequential(*layers)
        self.classifier = nn.Linear(c_in * size * size, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits ``(N, num_classes)`` for images ``(N, C, H, W)`` or flat rows."""
        h = self.features(_image_batch(x, self.in_channels, self.input_size))
        return self.classifier(h.flatten(1))


def cnn(
    conv_layers: int = 1,
    in_channels: int = 1,
    num_classes: int = 10,
    input_size: int = 8,
    channels: int = 16,
) -> CNN:
    """A 1- or 3-conv-layer `CNN`; defaults fit sklearn's 8x8 digits.

    Parameters
    ----------
    conv_layers : int
        Number of conv blocks.
    in_channels, num_classes, input_size, channels : int
        See `CNN`; use ``in_channels=3, input_size=32`` for CIFAR-10.

    Returns
    -------
    CNN
    """
    return CNN(in_channels, num_classes, input_size, conv_layers, channels)


class _BasicBlock(nn.Module):
    """CIFAR ResNet block: conv-BN-ReLU-conv-BN (+ shortcut) - ReLU (as in the paper's code)."""

    def __init__(self, c_in: int, c_out: int, stride: int, shortcut: bool) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(c_in, c_out, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(c_out)
        self.conv2 = nn.Conv2d(c_out, c_out, 3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(c_out)
        self.use_shortcut = shortcut
        self.shortcut = nn.Sequential()
        if shortcut and (stride != 1 or c_in != c_out):
            self.shortcut = nn.Sequential(
                nn.Conv2d(c_in, c_out, 1, stride=stride, bias=False), nn.BatchNorm2d(c_out)
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.use_shortcut:
            out = out + self.shortcut(x)
        return F.relu(out)


class ResNet(_ImageClassifier):
    """CIFAR-style ResNet (He et al. 2016) with or without shortcut connections.

    Three stages of ``(depth - 2) / 6`` basic blocks with ``width``, ``2 width``, ``4 width``
    channels, global average pooling and a linear classifier, following the paper's
    code: 1x1 conv projections where the shape changes, BatchNorm everywhere.

    Parameters
    ----------
    depth : int
        ``6 n + 2``: 20, 56 and 110 in the paper (any such value works, e.g. 8 or 14).
    shortcuts : bool
        ``False`` gives the paper's "no-short" networks (same layers, no additions).
    width : int
        Channels of the first stage (16 in the paper; ``16 k`` for the wide variants).
    options : ImageInput, optional
        The input shape as one object.
    **kwargs
        ``num_classes`` (10), ``in_channels`` (3), ``input_size`` (32): see `ImageInput`.

    Examples
    --------
    >>> net = ResNet(20, shortcuts=False)
    >>> net(torch.zeros(2, 3, 32, 32)).shape
    torch.Size([2, 10])
    """

    @options_signature(ImageInput)
    def __init__(
        self,
        depth: int = 20,
        shortcuts: bool = True,
        width: int = 16,
        *,
        options: ImageInput | None = None,
        **kwargs: Any,
    ) -> None:
        n = _stages_of(depth, 2, "20, 56, 110")
        check_positive_int("width", width)
        image = ImageInput.of(options, kwargs, where="ResNet")
        super().__init__(image)
        self.depth, self.shortcuts = depth, bool(shortcuts)
        self.conv1 = nn.Conv2d(image.in_channels, width, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        stages = []
        c_in = width
        for s, c_out in enumerate((width, 2 * width, 4 * width)):
            blocks = []
            for b in range(n):
                stride = 2 if (s > 0 and b == 0) else 1
                blocks.append(_BasicBlock(c_in, c_out, stride, self.shortcuts))
                c_in = c_out
            stages.append(nn.Sequential(*blocks))
        self.layer1, self.layer2, self.layer3 = stages
        self.linear = nn.Linear(c_in, image.num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits ``(N, num_classes)``."""
        h = F.relu(self.bn1(self.conv1(self._images(x))))
        h = self.layer3(self.layer2(self.layer1(h)))
        return self.linear(h.mean(dim=(2, 3)))


resnet = _factory(
    ResNet,
    "resnet",
    """CIFAR ResNet-``depth`` with or without shortcuts; arguments as in `ResNet`.

    Returns
    -------
    ResNet

    Examples
    --------
    >>> sum(p.numel() for p in resnet(20).parameters())  # ~0.27 M parameters
    272474
    """,
)


@options_signature(ImageInput)
def wide_resnet(
    depth: int = 56,
    k: int = 2,
    shortcuts: bool = True,
    *,
    options: ImageInput | None = None,
    **kwargs: Any,
) -> ResNet:
    """The paper's Wide-ResNet: a CIFAR `ResNet` whose channels are multiplied by ``k``.

    ``wide_resnet(56, k)`` is the paper's "Wide-ResNet-56" with width factor ``k``
    (stages of ``16k``, ``32k``, ``64k`` channels); ``k = 1`` is ResNet-56.

    Parameters
    ----------
    depth : int
        ``6 n + 2``.
    k : int
        Width factor.
    shortcuts : bool
        With or without shortcut connections.
    options, **kwargs
        The input shape (`ImageInput`), as in `ResNet`.

    Returns
    -------
    ResNet
    """
    check_positive_int("k", k)
    return ResNet(depth, shortcuts, 16 * k, options=options, **kwargs)


class VGG(_ImageClassifier):
    """VGG network as in the paper's code: 3x3 conv-BN-ReLU blocks, max-pools, FC-BN-ReLU, linear.

    Parameters
    ----------
    config : sequence of int or "M"
        Conv channels, ``"M"`` for a 2x2 max-pool.
    width_factor : float
        Multiply all channel counts (e.g. 0.25 for a fast teaching-size VGG).
    options, **kwargs
        The input shape (`ImageInput`), as in `ResNet`.
    """

    @options_signature(ImageInput)
    def __init__(
        self,
        config: Sequence[int | str],
        *,
        width_factor: float = 1.0,
        options: ImageInput | None = None,
        **kwargs: Any,
    ) -> None:
        if not (isinstance(width_factor, (int, float)) and width_factor > 0):
            raise ValueError(f"width_factor must be a positive number, got {width_factor!r}")
        image = ImageInput.of(options, kwargs, where="VGG")
        super().__init__(image)
        layers: list[nn.Module] = []
        c_in, size = image.in_channels, image.input_size
        for item in config:
            if item == "M":
                layers.append(nn.MaxPool2d(2, ceil_mode=True))
                size = math.ceil(size / 2)
            else:
                c_out = max(1, round(int(item) * width_factor))
                layers += [nn.Conv2d(c_in, c_out, 3, padding=1), nn.BatchNorm2d(c_out), nn.ReLU()]
                c_in = c_out
        self.features = nn.Sequential(*layers)
        self.fc = nn.Sequential(
            nn.Linear(c_in * size * size, c_in), nn.BatchNorm1d(c_in), nn.ReLU()
        )
        self.classifier = nn.Linear(c_in, image.num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits ``(N, num_classes)``."""
        return self.classifier(self.fc(self.features(self._images(x)).flatten(1)))


#: the paper's VGG-9: 7 conv layers + 2 fully connected layers
VGG9_CONFIG: tuple[int | str, ...] = (64, 64, "M", 128, 128, "M", 256, 256, 256, "M")


@options_signature(ImageInput)
def vgg9(*, width_factor: float = 1.0, options: ImageInput | None = None, **kwargs: Any) -> VGG:
    """The paper's VGG-9 (7 conv + 2 FC layers, BatchNorm); arguments as in `VGG`.

    Returns
    -------
    VGG
    """
    return VGG(VGG9_CONFIG, width_factor=width_factor, options=options, **kwargs)


class AlexNetSmall(_ImageClassifier):
    """A small AlexNet-style net (the CIFAR "small AlexNet" of Zhang et al. 2017).

    Two 5x5 conv + ReLU + 3x3/2 max-pool (+ BatchNorm instead of local response
    normalization), then FC 384 - ReLU - FC 192 - ReLU - linear.

    Parameters
    ----------
    channels : int
        Channels of both conv layers (64 in the original).
    options, **kwargs
        The input shape (`ImageInput`), as in `ResNet`.
    """

    @options_signature(ImageInput)
    def __init__(
        self, *, channels: int = 64, options: ImageInput | None = None, **kwargs: Any
    ) -> None:
        image = ImageInput.of(options, kwargs, where="AlexNetSmall")
        check_positive_int("channels", channels)
        super().__init__(image)
        self.features = nn.Sequential(
            nn.Conv2d(image.in_channels, channels, 5, padding=2),
            nn.ReLU(),
            nn.MaxPool2d(3, stride=2, padding=1),
            nn.BatchNorm2d(channels),
            nn.Conv2d(channels, channels, 5, padding=2),
            nn.ReLU(),
            nn.BatchNorm2d(channels),
            nn.MaxPool2d(3, stride=2, padding=1),
        )
        size = image.input_size
        for _ in range(2):
            size = (size + 2 - 3) // 2 + 1
        self.classifier = nn.Sequential(
            nn.Linear(channels * size * size, 384),
            nn.ReLU(),
            nn.Linear(384, 192),
            nn.ReLU(),
            nn.Linear(192, image.num_classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits ``(N, num_classes)``."""
        return self.classifier(self.features(self._images(x)).flatten(1))


alexnet_small = _factory(
    AlexNetSmall, "alexnet_small", "A small AlexNet-style net; arguments as in `AlexNetSmall`."
)


class _DenseLayer(nn.Module):
    """DenseNet-BC layer: BN-ReLU-1x1 conv (4 g) - BN-ReLU-3x3 conv (g), concatenated."""

    def __init__(self, c_in: int, growth: int) -> None:
        super().__init__()
        self.bn1 = nn.BatchNorm2d(c_in)
        self.conv1 = nn.Conv2d(c_in, 4 * growth, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(4 * growth)
        self.conv2 = nn.Conv2d(4 * growth, growth, 3, padding=1, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.conv1(F.relu(self.bn1(x)))
        out = self.conv2(F.relu(self.bn2(out)))
        return torch.cat([x, out], dim=1)


class _Transition(nn.Module):
    def __init__(self, c_in: int, c_out: int) -> None:
        super().__init__()
        self.bn = nn.BatchNorm2d(c_in)
        self.conv = nn.Conv2d(c_in, c_out, 1, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.avg_pool2d(self.conv(F.relu(self.bn(x))), 2)


class DenseNet(_ImageClassifier):
    """A small DenseNet-BC (Huang et al. 2017) for CIFAR-sized inputs.

    Three dense blocks of ``(depth - 4) / 6`` bottleneck layers, growth rate ``growth``,
    transitions with compression 0.5, global average pooling and a linear classifier.

    Parameters
    ----------
    depth : int
        ``6 n + 4`` (22 gives 3 layers per block, ~0.07 M parameters; 40 and 100 are
        the usual CIFAR sizes).
    growth : int
        Growth rate ``k`` (12 in the paper's smallest model).
    options, **kwargs
        The input shape (`ImageInput`), as in `ResNet`.
    """

    @options_signature(ImageInput)
    def __init__(
        self, depth: int = 22, growth: int = 12, *, options: ImageInput | None = None, **kwargs: Any
    ) -> None:
        n = _stages_of(depth, 4, "10, 22, 40")
        check_positive_int("growth", growth)
        image = ImageInput.of(options, kwargs, where="DenseNet")
        super().__init__(image)
        c = 2 * growth
        self.conv1 = nn.Conv2d(image.in_channels, c, 3, padding=1, bias=False)
        blocks: list[nn.Module] = []
        for s in range(3):
            for _ in range(n):
                blocks.append(_DenseLayer(c, growth))
                c += growth
            if s < 2:
                blocks.append(_Transition(c, c // 2))
                c //= 2
        self.blocks = nn.Sequential(*blocks)
        self.bn = nn.BatchNorm2d(c)
        self.linear = nn.Linear(c, image.num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits ``(N, num_classes)``; inputs need ``input_size >= 4``."""
        h = self.blocks(self.conv1(self._images(x)))
        return self.linear(F.relu(self.bn(h)).mean(dim=(2, 3)))


densenet = _factory(DenseNet, "densenet", "A small DenseNet-BC; arguments as in `DenseNet`.")


# ---------------------------------------------------------------------- RNN
_GATES = {"rnn": 1, "gru": 3, "lstm": 4}


class CharRNN(nn.Module):
    """Character-level language model: embedding -> recurrent layer -> linear.

    The recurrent layer is a standard ``nn.LSTM`` / ``nn.GRU`` / ``nn.RNN`` (tanh), so
    state dicts are the usual ones. By default the forward pass unrolls the recurrence
    over time with the same parameters (``fused=False``): the result is the same as
    the fused kernel's, but `torch.vmap` can run it, so `lossviz.surface` evaluates many
    grid points at once. ``fused=True`` calls the fused kernel instead; `lossviz.surface`
    then evaluates point by point (with a warning). On one CPU thread the fused kernel is
    about 1.7x faster per forward (``benchmarks/bench_zoo.py``), so train with
    ``net.fused = True`` and switch back for vectorized surfaces on a GPU.

    Parameters
    ----------
    vocab_size : int
        Number of distinct characters.
    hidden : int
        Hidden size of the recurrent layer (120 in the seeds).
    embed : int
        Embedding size.
    cell : {"lstm", "gru", "rnn"}
        Recurrent cell.
    return_sequence : bool
        ``False`` (default): logits ``(N, vocab)`` for the character after the input
        window, which works with the default cross-entropy of `lossviz.surface` and with
        ``(X, y)`` from `lossviz.zoo.text_corpus`. ``True``: logits ``(N, T, vocab)`` for
        the next character at every position; use ``loss_fn=sequence_cross_entropy``
        with targets ``(N, T)``.
    fused : bool
        Use the fused recurrent kernel (see above).

    Examples
    --------
    >>> net = CharRNN(vocab_size=30)
    >>> net(torch.zeros(4, 30, dtype=torch.long)).shape
    torch.Size([4, 30])
    """

    def __init__(
        self,
        vocab_size: int,
        hidden: int = 120,
        embed: int = 32,
        cell: str = "lstm",
        return_sequence: bool = False,
        fused: bool = False,
    ) -> None:
        super().__init__()
        from .._util import check_choice

        check_choice("cell", cell, tuple(_GATES))
        _check_positive_ints(vocab_size=vocab_size, hidden=hidden, embed=embed)
        self.vocab_size, self.hidden, self.cell = vocab_size, hidden, cell
        self.return_sequence, self.fused = bool(return_sequence), bool(fused)
        self.embedding = nn.Embedding(vocab_size, embed)
        rnn_cls = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}[cell]
        self.rnn = rnn_cls(embed, hidden, batch_first=True)
        self.head = nn.Linear(hidden, vocab_size)

    def _unrolled(self, e: torch.Tensor) -> torch.Tensor:
        r = self.rnn
        w_ih, w_hh, b_ih, b_hh = r.weight_ih_l0, r.weight_hh_l0, r.bias_ih_l0, r.bias_hh_l0
        n, t_len, _ = e.shape
        xs = F.linear(e, w_ih, b_ih)  # (N, T, G*H): input part of all gates, all steps
        h = e.new_zeros(n, self.hidden)
        c = e.new_zeros(n, self.hidden)
        outs = []
        for t in range(t_len):
            gx = xs[:, t]
            gh = F.linear(h, w_hh, b_hh)
            if self.cell == "lstm":
                i, f, g, o = (gx + gh).chunk(4, dim=1)
                c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
                h = torch.sigmoid(o) * torch.tanh(c)
            elif self.cell == "gru":
                xr, xz, xn = gx.chunk(3, dim=1)
                hr, hz, hn = gh.chunk(3, dim=1)
                r_t = torch.sigmoid(xr + hr)
                z_t = torch.sigmoid(xz + hz)
                n_t = torch.tanh(xn + r_t * hn)
                h = (1 - z_t) * n_t + z_t * h
            else:
                h = torch.tanh(gx + gh)
            outs.append(h)
        return torch.stack(outs, dim=1) if self.return_sequence else h

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Next-character logits for int64 windows ``x`` of shape ``(N, T)``.

        Returns ``(N, vocab)`` (or ``(N, T, vocab)`` with ``return_sequence=True``).
        """
        e = self.embedding(x)
        if self.fused:
            out, _ = self.rnn(e)
            h = out if self.return_sequence else out[:, -1]
        else:
            h = self._unrolled(e)
        return self.head(h)


def sequence_cross_entropy(output: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Mean cross-entropy over all positions: ``output (N, T, V)``, ``target (N, T)``.

    The ``loss_fn`` to pass to `lossviz.surface` for ``CharRNN(return_sequence=True)``;
    2-D outputs fall back to plain cross-entropy.

    Parameters
    ----------
    output : torch.Tensor
        Logits.
    target : torch.Tensor
        Class indices.

    Returns
    -------
    torch.Tensor
        Scalar.
    """
    if output.dim() == 3:
        return F.cross_entropy(output.reshape(-1, output.shape[-1]), target.reshape(-1))
    return F.cross_entropy(output, target)
