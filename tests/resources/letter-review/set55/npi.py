"""Invented NPIs (FICTIONAL): Luhn check digit over the 80840 prefix, as the NPI standard sets it."""


def check_digit(first9: str) -> int:
    digits = [int(c) for c in "80840" + first9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:  # rightmost of the 14 digits is doubled (the check digit goes after it)
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def make(first9: str) -> str:
    return first9 + str(check_digit(first9))


def valid(npi: str) -> bool:
    return len(npi) == 10 and npi.isdigit() and make(npi[:9]) == npi


assert valid("1234567893"), "CMS's published example must pass"

if __name__ == "__main__":
    for base in ["158204731", "167390244", "181922605", "124578036", "139846217", "171035528", "149672083", "192384670",
                 "116359842", "133802617"]:
        print(make(base))
