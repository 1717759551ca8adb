"""The zoo: small models, offline datasets and pretrained checkpoints for teaching-scale
loss landscapes.

>>> from lossviz import zoo
>>> sorted(zoo.available())
['datasets', 'models', 'pretrained']
>>> data = zoo.spiral()
>>> net = zoo.get_model("mlp16-skip", data=data)
"""

from .data import (
    ZooData,
    breast_cancer,
    digits,
    mnist1d,
    moons,
    seismic_bumps,
    spiral,
    text_corpus,
)
from .images import cifar10, mnist
from .measures import basin_area, local_minima, nonconvex_share, sharpness_1d
from .models import (
    CNN,
    MLP,
    VGG,
    AlexNetSmall,
    CharRNN,
    DenseNet,
    ImageInput,
    ResNet,
    alexnet_small,
    cnn,
    densenet,
    mlp_128_64_32,
    mlp_1024,
    mlp_deep,
    resnet,
    sequence_cross_entropy,
    vgg9,
    wide_resnet,
)
from .registry import DATASETS, MODELS, available, get_data, get_model, pretrained

__all__ = [
    "CNN",
    "DATASETS",
    "MLP",
    "MODELS",
    "VGG",
    "AlexNetSmall",
    "CharRNN",
    "DenseNet",
    "ImageInput",
    "ResNet",
    "ZooData",
    "alexnet_small",
    "available",
    "basin_area",
    "breast_cancer",
    "cifar10",
    "cnn",
    "densenet",
    "digits",
    "get_data",
    "get_model",
    "local_minima",
    "mlp_1024",
    "mlp_128_64_32",
    "mlp_deep",
    "mnist",
    "mnist1d",
    "moons",
    "nonconvex_share",
    "pretrained",
    "resnet",
    "seismic_bumps",
    "sequence_cross_entropy",
    "sharpness_1d",
    "spiral",
    "text_corpus",
    "vgg9",
    "wide_resnet",
]
