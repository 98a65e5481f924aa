"""The letter: rendering Word templates, argument blocks, the clinic profile, and the record documents (call log,
expense ledger, superbill)."""
