"""Thin python-telegram-bot handlers: they translate between Telegram and the pure
functions of ``knowledge/`` and ``bot/``."""
