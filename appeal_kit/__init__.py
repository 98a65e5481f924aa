"""appeal-kit: turn a health-insurance denial into a complete, stamped appeal packet."""

__version__ = "0.1.0"
