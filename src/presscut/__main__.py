"""`python -m presscut`: the same command as `presscut`."""

from presscut.cli import main

if __name__ == "__main__":  # worker processes import this module too; they must not run it
    main(prog_name="presscut")
