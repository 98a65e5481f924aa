"""Bundled letter templates: each NAME.docx comes with NAME.yaml describing it (see README)."""
