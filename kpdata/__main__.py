"""``python -m kpdata`` runs the command-line interface."""

import sys

from kpdata.cli import main

sys.exit(main())
