"""The runtime: configuration, the SQLite database, persistence, Bot API requests, logging,
the console chat and the runner. May import ``bot.i18n`` and ``knowledge``."""
