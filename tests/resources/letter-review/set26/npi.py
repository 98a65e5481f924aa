"""Invented NPIs (FICTIONAL) with a valid check digit.

An NPI's tenth digit is a Luhn check digit computed over the prefix 80840 followed by the first nine digits.
`make("152840716")` returns the ten-digit string. The self-test uses CMS's published example 1234567893.
"""


def _luhn_digit(digits: str) -> int:
    total = 0
    # double every second digit from the right of the payload (the check digit will be appended on the right)
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def make(first9: str) -> str:
    assert len(first9) == 9 and first9.isdigit(), first9
    return first9 + str(_luhn_digit("80840" + first9))


def valid(npi: str) -> bool:
    return len(npi) == 10 and npi.isdigit() and make(npi[:9]) == npi


assert make("123456789") == "1234567893", make("123456789")
