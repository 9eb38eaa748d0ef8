"""`python -m presscut`: the same command as `presscut`."""

from presscut.cli import main

main(prog_name="presscut")
