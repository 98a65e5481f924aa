"""Invented NPIs (FICTIONAL): a Luhn check digit over the 80840 prefix, as CMS describes it."""


def check_digit(nine: str) -> str:
    digits = [int(c) for c in "80840" + nine]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make(nine: str) -> str:
    return nine + check_digit(nine)


def valid(npi: str) -> bool:
    return len(npi) == 10 and npi.isdigit() and make(npi[:9]) == npi


assert valid("1234567893"), "CMS's published example must pass"

if __name__ == "__main__":
    import sys
    for n in sys.argv[1:]:
        print(make(n))
