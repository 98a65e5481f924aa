"""Invented NPIs for the FICTIONAL cases of set 25: nine digits of my choosing plus the Luhn check digit computed
over the 80840 prefix, as the NPI standard does. Checks itself against CMS's published example, 1234567893."""


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


def make(base9: str) -> str:
    assert len(base9) == 9 and base9.isdigit() and base9[0] in "12", base9
    return base9 + str(_luhn_digit("80840" + base9))


def valid(npi: str) -> bool:
    return len(npi) == 10 and npi.isdigit() and make(npi[:9]) == npi


assert make("123456789") == "1234567893", make("123456789")
