"""Pure, synchronous briefing engine: text in, data out. No network, no chat, no storage."""
