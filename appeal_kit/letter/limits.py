"""How much one step of a letter template may make: an operator, a filter, a call or a `~` join.

A template from a clinic's pack or a shared folder could ask for a billion characters in one step (`"x" * 10**9`,
`center(10**9)`, `"%1000000000s"|format(x)`, `lines|join(long_text)`), which fills the memory before any budget of
work done sees it. So each step is weighed before it runs, from its inputs and its size arguments (a width, a pad, a
count), and what it made is weighed after, and a step that would make more than MAX_MADE characters or items, or an
integer longer than MAX_DIGITS, is refused (jinja2's own sandbox keeps range() under 100,000 the same way). A long
letter's document XML is under a million characters, and no value in it comes near that.
"""
from __future__ import annotations

import functools
import inspect
import re
import string
from collections.abc import Callable, Iterator
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.utils import _PassArg

MAX_MADE = 1_000_000  # characters (or items) one step may make
MAX_DIGITS = 4_000  # digits of one integer (Python refuses to print more than 4,300)


def digits(number: int) -> int:
    return abs(number).bit_length() * 30103 // 100000 + 1


def weigh(value: Any, limit: int = MAX_MADE) -> int:
    """About how many characters `value` comes to when written out (two more for each item of a list or mapping),
    counted until past `limit`: a list holding one long text a million times weighs what it would print."""
    total, waiting = 0, [value]
    while waiting and total <= limit:
        item = waiting.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, int) and not isinstance(item, bool):
            total += digits(item)
        elif isinstance(item, dict):
            total += 2 * len(item)
            waiting += [*item.keys(), *item.values()]
        elif isinstance(item, (list, tuple, set, frozenset)):
            total += 2 * len(item)
            waiting += item
        else:  # a date, a number, an object the context holds: a few characters
            total += 8
    return total


def too_big(what: str, size: int) -> SecurityError:
    return SecurityError(f"{what} would make about {size:,} characters, more than a letter holds (one step of a "
                         f"template may make {MAX_MADE:,})")


def check_made(what: str, value: Any) -> Any:
    """`value` if it weighs at most MAX_MADE (and, an integer, has at most MAX_DIGITS digits), else SecurityError."""
    if isinstance(value, int) and not isinstance(value, bool) and digits(value) > MAX_DIGITS:
        raise SecurityError(f"{what} made a number of more than {MAX_DIGITS:,} digits, larger than a letter needs")
    size = weigh(value)
    if size > MAX_MADE:
        raise too_big(what, size)
    return value


def _number(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _widest(values: Any) -> int:
    return max((_number(v) for v in values), default=0)


PRINTF_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


def printf_size(template: Any, values: Any) -> int:
    """What `template % values` (or the format filter) would make: the text, the values, every width and precision
    (a `*` takes its width from the values)."""
    if not isinstance(template, str):
        return 0
    pads = 0
    for width, precision in PRINTF_SPEC.findall(template):
        for pad in (width, precision):
            pads += _widest(values if isinstance(values, (list, tuple)) else [values]) if pad == "*" else \
                int(pad) if pad else 0
    return len(template) + weigh(values) + pads


def format_size(template: str, args: Any, kwargs: dict) -> int:
    """What `template.format(*args, **kwargs)` would make; a width given by a field ({:{width}}) is the widest
    number among the values."""
    pads = 0
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:
        return len(template)  # malformed: format() raises before it makes anything
    for _, _, spec, _ in fields:
        if spec:
            pads += sum(int(n) for n in re.findall(r"\d+", spec))
            if "{" in spec:
                pads += _widest([*args, *kwargs.values()])
    return len(template) + weigh([args, kwargs]) + pads


def _lines(text: Any) -> int:
    return str(text).count("\n") + 1


# What a filter could make that its input does not show, from its arguments by name (the input is weighed anyway).
FILTER_SIZES: dict[str, Callable[[dict], int]] = {
    "center": lambda a: _number(a.get("width", 80)),
    "indent": lambda a: _lines(a["s"]) * (len(w) if isinstance(w := a.get("width", 4), str) else _number(w)),
    "format": lambda a: printf_size(a["value"], a.get("kwargs") or a.get("args", ())),
    "replace": lambda a: _replace_size(a["s"], a["old"], a["new"], a.get("count")),
    "batch": lambda a: _number(a["linecount"]) * 2,
    "slice": lambda a: _number(a["slices"]) * 2,
    "wordwrap": lambda a: (len(str(a["s"])) // max(_number(a.get("width", 79)), 1) + 1)
    * len(a.get("wrapstring") or "\n"),
    "join": lambda a: len(str(a.get("d", ""))) * len(a["value"]) if isinstance(a["value"], (list, tuple)) else 0,
}
FILTER_INPUTS = {"s", "value", "iterable"}  # the name each filter gives what it is applied to


def _replace_size(text: Any, old: Any, new: Any, count: Any) -> int:
    text, old, new = str(text), str(old), str(new)
    found = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    return found * max(len(new) - len(old), 0)


@functools.cache  # the same guard for every environment: a letter makes several, and inspecting ~100 filters costs
def guard_filter(name: str, func: Callable) -> Callable:
    """`func`, a filter, weighed before it runs (its input, its arguments and FILTER_SIZES) and after."""
    passed = _PassArg.from_obj(func)
    signature = inspect.signature(func)  # of the plain function when jinja2 wraps it (an async variant)
    names_passed = passed is not None and next(iter(signature.parameters), "") in PASSED_NAMES
    estimate = FILTER_SIZES.get(name)
    what = f"the filter {name}"

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        given = args[1:] if passed is not None else args  # without the context jinja2 passes first
        if given and isinstance(given[0], Iterator):  # a generator is weighed as the list it makes
            given = (list(given[0]), *given[1:])
            args = (*args[:len(args) - len(given)], *given)
        size = weigh([given, kwargs])
        if estimate is not None and size <= MAX_MADE:
            try:
                bound = signature.bind(*(args if names_passed else given), **kwargs).arguments
            except TypeError:
                bound = None  # the filter itself says what is wrong with its arguments
            if bound is not None:
                size += estimate(bound)
        if size > MAX_MADE:
            raise too_big(what, size)
        return check_made(what, func(*args, **kwargs))

    return guarded


PASSED_NAMES = {"eval_ctx", "environment", "env", "context", "ctx"}


STR_METHOD_SIZES: dict[str, Callable[[str, tuple, dict], int]] = {
    "center": lambda s, a, k: _widest(a[:1]),
    "ljust": lambda s, a, k: _widest(a[:1]),
    "rjust": lambda s, a, k: _widest(a[:1]),
    "zfill": lambda s, a, k: _widest(a[:1]),
    "expandtabs": lambda s, a, k: s.count("\t") * _widest([*a[:1], *k.values()]),
    "replace": lambda s, a, k: _replace_size(s, a[0], a[1], a[2] if len(a) > 2 else k.get("count"))
    if len(a) > 1 else 0,
    "format": lambda s, a, k: format_size(s, a, k),
    "format_map": lambda s, a, k: format_size(s, (), a[0] if a and isinstance(a[0], dict) else {}),
    "join": lambda s, a, k: len(s) * len(a[0]) if a and isinstance(a[0], (list, tuple)) else 0,
}


def check_call(func: Any, args: tuple, kwargs: dict) -> tuple:
    """Refuse a call (a method of a text, a macro, a global such as lipsum) that would make more than MAX_MADE;
    return its arguments, an iterator among them made a list so it can be weighed."""
    args = tuple(list(a) if isinstance(a, Iterator) else a for a in args)
    name = getattr(func, "__name__", "")
    owner = getattr(func, "__self__", None)
    what = f"{name}()" if name else "a call"
    size = weigh([args, kwargs])
    if isinstance(owner, str) and name in STR_METHOD_SIZES and size <= MAX_MADE:
        size += len(owner) + STR_METHOD_SIZES[name](owner, args, kwargs)
    elif name == "generate_lorem_ipsum":  # lipsum(n, html, min, max): n paragraphs of up to `max` words
        paragraphs = _number(args[0] if args else kwargs.get("n", 5))
        words = _number(args[3] if len(args) > 3 else kwargs.get("max", 100))
        size += paragraphs * words * 12
    if size > MAX_MADE:
        raise too_big(what, size)
    return args


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse `left operator right` when it would make more than MAX_MADE characters or items, or an integer of
    more than MAX_DIGITS digits."""
    if operator == "**" and isinstance(right, (int, float)) and abs(right) > 100:
        raise SecurityError(f"the power {right} is larger than a letter needs")
    ints = all(isinstance(v, int) and not isinstance(v, bool) for v in (left, right))
    if ints and operator == "**" and right > 0 and abs(left) > 1 and digits(left) * right > MAX_DIGITS:
        raise SecurityError(f"a power of more than {MAX_DIGITS:,} digits is larger than a letter needs")
    if ints and operator == "*" and digits(left) + digits(right) > MAX_DIGITS:
        raise SecurityError(f"a product of more than {MAX_DIGITS:,} digits is larger than a letter needs")
    if ints and operator == "<<" and left and right > MAX_DIGITS * 3:
        raise SecurityError(f"shifting by {right} makes a number larger than a letter needs")
    size = 0
    if operator == "*":
        for sequence, times in ((left, right), (right, left)):
            if isinstance(sequence, (str, list, tuple)) and isinstance(times, int):
                size = weigh(sequence) * max(times, 0)
    elif operator == "+" and not ints:
        size = weigh([left, right])
    elif operator == "%" and isinstance(left, str):
        size = printf_size(left, right)
    if size > MAX_MADE:
        raise too_big("repeating something" if operator == "*" else f"`{operator}`", size)
