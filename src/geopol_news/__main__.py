"""``python -m geopol_news``: the command-line interface."""

import sys

from geopol_news.cli import main

sys.exit(main())
