"""Training data: explore sites, synthesise verified tasks, render English, import test histories."""
