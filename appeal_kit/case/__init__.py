"""The case folder: case.yaml (fields, loading, validation, the round-trip editor, `init`) and the interview."""
