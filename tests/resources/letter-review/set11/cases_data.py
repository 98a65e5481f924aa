"""Collects the FICTIONAL cases of set 11 from c01.py ... c08.py (each defines CASE)."""
import importlib

CASES = []
for _n in range(1, 9):
    try:
        CASES.append(importlib.import_module(f"c{_n:02d}").CASE)
    except ModuleNotFoundError:
        pass
