"""The example sites (`examples/sites/`) and the small HTTP server that serves them for tests and demos."""

from testgen.examples.server import RunningServer, ServerConfig, start_server
from testgen.examples.sites import Site, SitesDirMissing, find_sites_dir, list_sites

__all__ = [
    "RunningServer",
    "ServerConfig",
    "Site",
    "SitesDirMissing",
    "find_sites_dir",
    "list_sites",
    "start_server",
]
