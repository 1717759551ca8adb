"""The notebooks here are opened by the browser tests; nbmake runs only widgets.ipynb.

offline.ipynb is a stored snapshot (made by make_offline.py) that must be opened without
being executed; harness.py and make_offline.py are helpers, not tests.
"""

collect_ignore_glob = ["offline.ipynb", "*.py"]
