"""The coaching core: no platform, no database driver, no scheduler, no clock of its own."""
