"""Many cases at once: the caseload view, submissions and decisions, batches. Only cli.py imports this package."""
