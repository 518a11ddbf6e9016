"""Scheduled work: APScheduler ticks that ask the core who is due and hand replies to adapters."""
