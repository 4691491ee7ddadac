"""``python -m ru_newsfacts``: the command line."""

from .cli import main

raise SystemExit(main())
