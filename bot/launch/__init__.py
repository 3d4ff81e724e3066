"""Starting the bot: the one factory that wires every handler into an ``Application``
(``app``), the polling/webhook runner and the console chat. The top of the application: it
may import ``handlers`` and everything below; only ``bot.cli`` imports it."""
