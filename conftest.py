"""Root pytest configuration: the tutorial notebooks run in their small size under pytest.

``pytest`` collects ``tests/`` and, through nbmake, ``notebooks/``. The notebooks read
``LOSSVIZ_SMALL`` (see ``lossviz.zoo.tutorial``) and run smaller grids and fewer epochs with
the same code; set ``LOSSVIZ_SMALL=0`` to execute them at full size.
"""

import os

os.environ.setdefault("LOSSVIZ_SMALL", "1")
os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")
