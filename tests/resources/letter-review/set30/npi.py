"""Invented NPIs with a valid check digit (FICTIONAL numbers).

The NPI check digit is the Luhn digit computed over the prefix 80840 followed by the first nine digits.
Self-test: CMS's published example 123456789 -> 1234567893.
"""


def luhn_digit(digits: str) -> int:
    total = 0
    # double every second digit from the right of the payload (the check digit goes on the right)
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def make_npi(first9: str) -> str:
    assert len(first9) == 9 and first9.isdigit()
    return first9 + str(luhn_digit("80840" + first9))


def valid_npi(npi: str) -> bool:
    return len(npi) == 10 and npi.isdigit() and make_npi(npi[:9]) == npi


assert make_npi("123456789") == "1234567893", "NPI self-test failed"

if __name__ == "__main__":
    import sys
    for a in sys.argv[1:]:
        print(make_npi(a))
