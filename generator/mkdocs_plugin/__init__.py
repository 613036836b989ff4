"""The MkDocs adapter: options, hooks, generated pages as MkDocs files, workers."""
