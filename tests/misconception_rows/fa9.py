"""False alarms found by second readers: right sentences that drew a "Careful" from five misconceptions.

Each firing cue was narrowed so the reader's right sentence (first row of each group) and two more right variants
stay quiet, with the misconception's wrong claim still caught where a cue could tell it apart:

* ``churn-levers-backwards``: "shorten|shrink window recent|consistent|fresh data" lost ``recent`` (a right answer
  says a short window "reflects recent data more" and adds churn). Any cue that reads "shorten the training window
  to recent data" also reads "shortening the training window to recent data adds churn", so that t7a row was dropped.
* ``big-nets-skip-regularization``: "=not need|bother regularization|early|decay|weight" now wants a big-network
  subject first ("you don't need weight decay to see double descent" is right). The rv2 row "I wouldn't bother with
  weight decay ... on a large network" (the big network comes last) was dropped: five cues are the cap. The
  "drop|skip|remove large|big nets" cue also fired on right sentences ("validation loss drops again for bigger
  models", "dropout still helps large networks") and now wants a skip verb and a regularizer before the network.
* ``silhouette-like-inertia``: "lowest silhouette" must be adjacent ("lowest inertia, then choose k by silhouette").
* ``kernel-computes-features``: "kernel maps data|features higher|dimension" must be adjacent and no longer takes
  "dimension" alone (the empirical kernel map; "the kernel implicitly maps the data" is the right description).
* ``covariate-is-relationship``: "covariate shift relationship changes" now wants "means" or "when" (a definition)
  before "relationship".

Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

CASES: list[tuple[str, str, str, bool]] = [
    # 1. th-bv-07 churn-levers-backwards
    (
        "th-bv-07",
        "churn-levers-backwards",
        "Shortening the window makes each model reflect recent data more, but increases churn",
        False,
    ),
    ("th-bv-07", "churn-levers-backwards", "A shorter window tracks recent data more closely and adds churn.", False),
    (
        "th-bv-07",
        "churn-levers-backwards",
        "Shrinking the window lets the model follow recent data, at the price of more churn between weekly versions.",
        False,
    ),
    ("th-bv-07", "churn-levers-backwards", "Shrink the window so it trains on fresh data only.", True),
    # 2. th-of-02 big-nets-skip-regularization
    (
        "th-of-02",
        "big-nets-skip-regularization",
        "You don't need weight decay to see double descent, but it smooths the peak",
        False,
    ),
    (
        "th-of-02",
        "big-nets-skip-regularization",
        "You don't need weight decay to see double descent, though tuned decay flattens the peak.",
        False,
    ),
    (
        "th-of-02",
        "big-nets-skip-regularization",
        "Double descent shows up without regularization; you do not need early stopping to see the second descent.",
        False,
    ),
    (
        "th-of-02",
        "big-nets-skip-regularization",
        "Validation loss drops again for bigger models past the threshold.",
        False,
    ),
    ("th-of-02", "big-nets-skip-regularization", "Dropout still helps large networks generalize.", False),
    (
        "th-of-02",
        "big-nets-skip-regularization",
        "Large networks in the double-descent regime don't need early stopping or weight decay.",
        True,
    ),
    ("th-of-02", "big-nets-skip-regularization", "Skip weight decay on huge networks.", True),
    # 3. th-km-01 silhouette-like-inertia
    (
        "th-km-01",
        "silhouette-like-inertia",
        "Run several restarts, keep the restart with the lowest inertia, then choose k by silhouette",
        False,
    ),
    (
        "th-km-01",
        "silhouette-like-inertia",
        "Keep the seed with the lowest inertia and pick k with the highest silhouette.",
        False,
    ),
    (
        "th-km-01",
        "silhouette-like-inertia",
        "Take the lowest-inertia run of ten restarts, and compare silhouette across k.",
        False,
    ),
    ("th-km-01", "silhouette-like-inertia", "choose the k with the lowest silhouette score", True),
    # 4. th2a-svm-02 kernel-computes-features
    (
        "th2a-svm-02",
        "kernel-computes-features",
        "The empirical kernel map gives one feature dimension per training point",
        False,
    ),
    (
        "th2a-svm-02",
        "kernel-computes-features",
        "The empirical kernel map has one feature per training point, so its dimension is n.",
        False,
    ),
    (
        "th2a-svm-02",
        "kernel-computes-features",
        "The RBF kernel implicitly maps the data into an infinite-dimensional space.",
        False,
    ),
    ("th2a-svm-02", "kernel-computes-features", "The kernel projects data into infinite dimensions.", True),
    # 5. th-shift-01 covariate-is-relationship
    (
        "th-shift-01",
        "covariate-is-relationship",
        "Features start to look different under covariate shift, and that is different from a relationship change",
        False,
    ),
    (
        "th-shift-01",
        "covariate-is-relationship",
        "Under covariate shift the features move; a relationship change is concept drift.",
        False,
    ),
    (
        "th-shift-01",
        "covariate-is-relationship",
        "Covariate shift changes what the inputs look like, and it differs from a change in the relationship.",
        False,
    ),
    (
        "th-shift-01",
        "covariate-is-relationship",
        "Covariate shift is when the relationship between the inputs and the label changes.",
        True,
    ),
]

#: the narrowed cues, as they now stand in the content
NARROWED: dict[tuple[str, str], list[str]] = {
    ("th-bv-07", "churn-levers-backwards"): ["shorten*|shrink* window consistent|fresh data"],
    ("th-of-02", "big-nets-skip-regularization"): [
        "large|big|bigger|huge nets|networks|models not need*|bother regulari*|early|decay|weight",
        "skip|ditch*|forgo* regulari*|decay|early large|big|bigger|huge nets|networks|models",
    ],
    ("th-km-01", "silhouette-like-inertia"): ["=lowest|smallest|minimum silhouette"],
    ("th2a-svm-02", "kernel-computes-features"): [
        "=kernel* maps|projects|transforms|lifts data|points|inputs|features higher|infinite"
    ],
    ("th-shift-01", "covariate-is-relationship"): ["covariate means|when relationship chang*"],
}

CHECKS = Checks(
    rows=[(sorted(NARROWED), 1, 3)],
    quiet_on_right_texts=NARROWED,
    added=[NARROWED],
)
