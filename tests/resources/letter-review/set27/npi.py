"""Invented NPIs with a valid check digit (Luhn over the 80840 prefix). FICTIONAL numbers."""


def _luhn_sum(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:  # rightmost digit of the payload is doubled
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total


def check_digit(nine):
    payload = "80840" + nine
    return str((10 - _luhn_sum(payload) % 10) % 10)


def make(nine):
    assert len(nine) == 9 and nine.isdigit()
    return nine + check_digit(nine)


def valid(npi):
    return len(npi) == 10 and npi.isdigit() and make(npi[:9]) == npi


assert make("123456789") == "1234567893"  # CMS's published example
