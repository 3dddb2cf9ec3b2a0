"""The grammar, split by rule family (see ../shared/architecture.md).

- :mod:`.lexicon`  -- the word tables (from ``timeline.lang``), the lexicon, the tokenizer;
- :mod:`.rule`     -- :class:`~.rule.Match`, what every rule returns, with its rule name;
- :mod:`.holidays` -- named days, sets, "now";
- :mod:`.clock`    -- clock times;
- :mod:`.numeric`  -- numeric and spelled-out dates and years, day ranges;
- :mod:`.spans`    -- shifts, spans, durations, open ranges.

The core rules (dates with month names, weekdays, relative days, parts of periods, ranges,
since/until) are still in :mod:`timeline.recognize`, which runs the scan; they move here a
family at a time.  Each rule's name is recorded on the mention it makes (``mention.rule``).
"""
