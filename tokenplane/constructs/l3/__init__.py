"""L3: constructs named after their intent; the only constructs that read config."""
