"""Invented NPIs with a valid check digit (Luhn over the 80840 prefix). FICTIONAL numbers."""


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi(base9: str) -> str:
    for c in "0123456789":
        if luhn_ok("80840" + base9 + c):
            return base9 + c
    raise ValueError(base9)


def npi_ok(n: str) -> bool:
    return len(n) == 10 and n.isdigit() and luhn_ok("80840" + n)


assert npi_ok("1234567893"), "CMS example must pass"
