"""Code runners: where a learner's drill code runs (``bot.core.judging.CodeRunner``)."""
