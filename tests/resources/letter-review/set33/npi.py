"""Invented NPIs with a valid check digit (Luhn over the 80840 prefix). FICTIONAL numbers."""


def _luhn_sum(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total


def check_digit(nine):
    """Check digit for a 9-digit NPI stem, counted with the 80840 prefix."""
    s = _luhn_sum("80840" + nine)
    return str((10 - s % 10) % 10)


def make(nine):
    return nine + check_digit(nine)


def valid(npi):
    return len(npi) == 10 and npi.isdigit() and make(npi[:9]) == npi


assert valid("1234567893"), "CMS example must pass"
