#!/usr/bin/env python
"""Django's command-line utility.

Run directly, it defaults to development mode (DJANGO_DEBUG=true) so that commands such as
`extract_cases` work on a fresh checkout; production sets DJANGO_DEBUG=false explicitly.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ.setdefault("DJANGO_DEBUG", "true")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
