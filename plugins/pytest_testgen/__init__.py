"""pytest plugin for testgen tests: a browser per session, a fresh context per test."""
