"""Sub-commands of ``python -m bot``: one module per command family.

Every module in this package defines click commands and registers them on the group in
``bot.cli`` with ``@cli.command()``; ``bot.cli`` imports them all, so adding a command is
adding a module here.
"""
