"""False alarms found by fresh right answers (rf3): the sentence of a correct answer that tripped a
misconception cue, now a row that must not fire, beside wrong sentences that must still fire."""

from __future__ import annotations

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th-prob-06",
        "clt-makes-data-normal",
        (
            "CLT is what lets us treat each arm's conversion rate, a mean of Bernoulli outcomes, as approximately"
            " normal even though individual outcomes are 0/1"
        ),
        False,
    ),
    ("th-prob-06", "clt-makes-data-normal", "By the CLT the conversions are normally distributed.", True),
    ("th-prob-06", "clt-makes-data-normal", "The CLT makes the data normal when n is big.", True),
    (
        "th2a-ab-04",
        "error-stays-five",
        (
            "Either fix the sample size from a power calculation and only peek for harm, or use a proper sequential"
            " method: group-sequential boundaries with alpha spending, or always-valid p-values / confidence"
            " sequences"
        ),
        False,
    ),
    ("th2a-ab-04", "error-stays-five", "Peeking is harmless as long as we use the 5% threshold.", True),
    ("th2a-ab-04", "error-stays-five", "Peeking every day is fine if each look uses 0.05.", True),
    (
        "th-prob-05",
        "unreported-means-clean",
        ("Treating unreported posts as clean is the core mistake: absence of a report isn't evidence of no violation"),
        False,
    ),
    (
        "th-prob-05",
        "unreported-means-clean",
        "Assuming unreported posts are clean gives contaminated negatives.",
        False,
    ),
    ("th-prob-05", "unreported-means-clean", "Unreported posts are clean, so they make good negatives.", True),
    ("th-prob-05", "unreported-means-clean", "If nobody reported a post, it's safe.", True),
    ("th-prob-06", "p-value-as-posterior", "13% p-value isn't \"87% chance treatment is better", False),
    (
        "th-prob-06",
        "p-value-as-posterior",
        "The p-value doesn't tell you the probability the treatment is better.",
        False,
    ),
    ("th-prob-06", "p-value-as-posterior", "The p-value tells us the probability that the treatment works.", True),
    ("th-prob-06", "p-value-as-posterior", "p of 0.13 means there's an 87% probability the variant works", True),
]
