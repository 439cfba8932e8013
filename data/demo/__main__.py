"""``python -m data.demo [--db PATH] [--scale S] [--seed N]``: build the demo database."""

from data.demo.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
