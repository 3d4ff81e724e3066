"""Field data: people and rights, areas, the measure catalogue, reports and reporting
periods. May import ``bot.runtime`` and ``knowledge``; never ``handlers`` or ``bot.digest``."""
