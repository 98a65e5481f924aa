"""Shared helpers for set 52's generator (FICTIONAL test data). Written for this set only."""
HEAD = "FICTIONAL - invented for a blind test set (letters set 52); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"


def npi(base9: str) -> str:
    """A 10-digit NPI with a valid check digit (Luhn over the 80840 prefix)."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and npi(n[:9]) == n


assert npi("123456789") == "1234567893"  # CMS's published example
