"""Choices the plugin's options accept, shared with `testgen run` (which passes them through)."""

BROWSER_NAMES = ("chromium", "firefox", "webkit")
TRACING_MODES = ("off", "on", "retain-on-failure")
