"""``python -m timeline``: the same as the ``timeline`` command (see timeline/cli.py)."""

import sys

from .cli import main

sys.exit(main())
