"""Invented NPIs for the FICTIONAL cases: nine chosen digits plus the Luhn check digit over the 80840 prefix."""


def check_digit(nine: str) -> str:
    digits = [int(c) for c in "80840" + nine]
    total = 0
    # Luhn from the rightmost digit of the payload (which will sit left of the check digit): double every other one.
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(nine: str) -> str:
    assert len(nine) == 9 and nine.isdigit() and nine[0] in "12"
    return nine + check_digit(nine)


def valid(npi10: str) -> bool:
    return len(npi10) == 10 and npi10.isdigit() and check_digit(npi10[:9]) == npi10[9]


if __name__ == "__main__":
    # A known-valid example NPI from CMS's public description of the check digit: 1234567893.
    assert valid("1234567893"), "check digit routine is wrong"
    for nine in ["173920485", "158204736", "120948375", "194736201", "186205937", "163047291", "147829306", "132659048"]:
        print(npi(nine))
