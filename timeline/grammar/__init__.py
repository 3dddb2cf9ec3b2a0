"""The grammar, split by rule family (see ../shared/architecture.md).

- :mod:`.lexicon`  -- the word tables (from ``timeline.lang``, dialect overrides merged), the
  surface -> base lexicon with clitics, the tokenizer, the phrase indexes: data only;
- :mod:`.rule`     -- :class:`~.rule.Match`, what every rule returns, with its rule name;
- :mod:`.dates`    -- dates with month names, years, Hijri and Gregorian markers;
- :mod:`.days`     -- relative days, weekdays (and their direction), parts of the day;
- :mod:`.periods`  -- relative periods, their parts, quarters, decades;
- :mod:`.holidays` -- named days, sets, "now";
- :mod:`.clock`    -- clock times;
- :mod:`.numeric`  -- numeric and spelled-out dates and years, day ranges;
- :mod:`.spans`    -- shifts, spans, durations, offsets from events, open ranges.

Each family is a mixin of methods (``RULES`` names its entry rules); :mod:`timeline.recognize`
keeps the scan (dispatch by a token's base form, gates, longest match, chunking), the
compound rules built on points (range, since, until, الموافق, a clock time after a day) and
the token helpers.  The name of the rule that made a mention is recorded on it
(``mention.rule``; ``timeline.explain`` shows it).
"""
