"""The managers' digest: computing progress (``compute``), its text (``text``), the chart,
the export and the reminders. May import ``bot.field``, ``bot.runtime`` and ``knowledge``."""
