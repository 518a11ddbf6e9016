"""Platform adapters: each translates its platform's events into ``Inbound`` and renders ``Reply``."""
