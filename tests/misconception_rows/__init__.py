"""The sentence rows of the misconception tuning passes, one module a pass (its docstring says what the
pass did). Each module has ``CASES``, rows of (prompt id, misconception id, sentence, should fire), and,
where the pass checks more than its rows, ``CHECKS`` (``tests.misconception_support.Checks``).
``tests/test_misconceptions.py`` runs both for every module here, so a new pass is a new module and
nothing else."""
