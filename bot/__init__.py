"""childplan-bot: application wiring, configuration and command line.

The knowledge base lives in ``knowledge/``; Telegram handlers in ``handlers/``.
"""

__version__ = "0.1.0"
