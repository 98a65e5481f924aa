"""Before treatment and after it: the call to the insurer, claims per date of service, the expense ledger."""
