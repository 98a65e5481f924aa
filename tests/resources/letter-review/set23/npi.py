"""Make invented 10-digit NPIs that pass the Luhn check (prefix 80840). FICTIONAL numbers only."""
import sys


def check_digit(first9):
    digits = "80840" + first9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


if __name__ == "__main__":
    for first9 in sys.argv[1:]:
        print(first9 + check_digit(first9))
