"""L2: one wrapper per upstream kind, one module per API group; secure defaults, no config."""
