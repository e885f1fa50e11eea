"""Python rules, one module each: `RULE` (id, name, severity, category, docs) and `check(ctx)`."""
