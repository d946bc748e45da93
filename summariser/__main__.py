"""`python -m summariser` runs the command line (see `summariser.cli`)."""

import sys

from .cli import main

sys.exit(main())
