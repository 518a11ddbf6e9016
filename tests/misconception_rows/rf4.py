"""False 'Careful' lines found with fresh right answers (``tests/labelled/right_fresh_rf4.yaml``).

Each row is a sentence from a correct answer that tripped a misconception cue, now narrowed; the
sentence must no longer match. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th2b-batch-01",
        "output-length-known",
        "New problems: a newcomer's prefill shares the step with ongoing decodes, so a huge prompt stalls everybody "
        "(chunked prefill fixes that), and you commit KV memory without knowing output length, so you need paged "
        "allocation and preemption",
        False,
    ),
    ("th2b-batch-01", "output-length-known", "you never need eviction if the batch is sized right", True),
    ("th2b-rlhf-02", "absolute-reward", "Don't read an RM score as an absolute quality number", False),
    (
        "th2b-rlhf-02",
        "absolute-reward",
        "Treat the reward as a relative signal rather than an absolute quality score.",
        False,
    ),
    ("th2b-rlhf-02", "absolute-reward", "The reward model outputs an absolute score of quality.", True),
    (
        "th2b-dist-04",
        "allgather-is-allreduce",
        "People mix up all-reduce and all-gather: all-reduce sums tensors and gives everyone the full sum",
        False,
    ),
    ("th2b-dist-04", "allgather-is-allreduce", "Unlike all-gather, all-reduce sums the values.", False),
    ("th2b-dist-04", "allgather-is-allreduce", "all gather adds up the tensors", True),
    (
        "th2b-dec-01",
        "greedy-finds-best-sequence",
        "Beam search is better than greedy at finding high-probability sequences, but higher probability is the "
        "wrong goal for open-ended text",
        False,
    ),
    ("th2b-dec-01", "greedy-finds-best-sequence", "Unlike greedy, beam search finds a more probable sequence.", False),
    (
        "th2b-dec-01",
        "greedy-finds-best-sequence",
        "Greedy gives the best token at each step but not the best sequence",
        False,
    ),
    ("th2b-dec-01", "greedy-finds-best-sequence", "greedy decoding yields the optimal output", True),
]
