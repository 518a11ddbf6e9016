"""Fake platform servers on loopback that speak the real wire formats, so the real SDKs run against them."""
