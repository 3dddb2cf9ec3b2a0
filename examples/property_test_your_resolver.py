"""Property-test a date resolver with timeline.testing.

timeline.testing ships hypothesis strategies that write Arabic date expressions
together with the value they must resolve to (computed by calendar arithmetic and
hijridate, not by any parser).  Point them at any function
``resolver(text, reference, prefer) -> Value | None`` and hypothesis searches for an
expression it gets wrong, then shrinks it to a minimal counterexample.

This script checks two resolvers:

1. ``timeline.resolve`` itself, on numeric dates, month-name dates, relative days and
   "N days ago" expressions;
2. a deliberately naive resolver (reads ASCII ``d/m/yyyy`` only, the way a quick
   ``strptime`` would), which hypothesis catches on a date written with Arabic-Indic
   digits or spaces around the slashes.

Run:  python examples/property_test_your_resolver.py       (needs: pip install 'arabic-timeline[testing]')
Exits 0 when timeline.resolve passes and the naive resolver is caught.
"""

from __future__ import annotations

import sys
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline import testing as tt
from timeline.values import Value


def naive_resolver(text: str, reference=None, prefer: str = "past") -> Value | None:
    """A resolver that only knows ASCII day/month/year."""
    try:
        d = datetime.strptime(text.strip(), "%d/%m/%Y")
    except ValueError:
        return None
    return Value.day(d)


def check(resolver, strategy, name: str, max_examples: int = 150):
    """Run the property "resolver(example) matches its expected value" and return
    (passed, minimal failing example or None)."""
    failing: list[tt.Example] = []

    @settings(max_examples=max_examples, deadline=None, database=None, derandomize=True, report_multiple_bugs=False,
              suppress_health_check=[HealthCheck.too_slow])
    @given(strategy)
    def prop(ex):
        got = resolver(ex.text, reference=ex.reference, prefer=ex.prefer)
        if not tt.matches(got, ex.expected):
            failing.append(ex)  # hypothesis replays the shrunk example last
            raise AssertionError(tt.explain(got, ex))

    try:
        prop()
    except AssertionError as err:
        ex = failing[-1]
        print(f"[{name}] FAILS. Minimal counterexample found by hypothesis:")
        print(f"    text      = {ex.text!r}")
        print(f"    reference = {ex.reference!r}, prefer = {ex.prefer!r}, kind = {ex.kind}")
        print(f"    expected  = {ex.expected!r}")
        print(f"    detail    = {str(err).splitlines()[0]}")
        return False, ex
    print(f"[{name}] passes {max_examples} generated examples.")
    return True, None


def main() -> int:
    demo = st.one_of(
        tt.numeric_dates(),
        tt.absolute_dates(systems=("syriac", "egyptian"), yearless=False, weekday_lead=False),
        tt.relative_days(),
        tt.ago_expressions(units=("day",)),
    )
    ok_real, _ = check(timeline.resolve, demo, "timeline.resolve")
    ok_naive, naive_ex = check(naive_resolver, tt.numeric_dates(), "naive_resolver")
    if ok_naive:
        print("unexpected: the naive resolver was not caught")
    return 0 if ok_real and not ok_naive else 1


if __name__ == "__main__":
    sys.exit(main())
