"""Invented NPIs with a valid check digit (Luhn over the 80840 prefix). FICTIONAL numbers."""


def check_digit(first9: str) -> int:
    digits = [int(c) for c in "80840" + first9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def make(first9: str) -> str:
    return first9 + str(check_digit(first9))


def valid(npi: str) -> bool:
    return len(npi) == 10 and npi.isdigit() and check_digit(npi[:9]) == int(npi[9])


assert valid("1234567893"), "CMS's published example must pass"
