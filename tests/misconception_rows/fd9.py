"""False alarms a second reader found on right sentences (pass fd9), one cue each, narrowed or replaced:

* dpo-same-as-ppo: ``dpo|ppo equivalent|identical|interchangeable result*|…|rlhf|ppo`` read "DPO gives an identical
  optimum to the RLHF objective in theory" as the belief; it now wants its words in a row (``=``), with "exactly"
  and "give" as a first word so "exactly equivalent to RLHF" and "give equivalent results" still fire.
* per-token-scales-fix: ``per token scal*|scales fix*|… outlier*`` fired on "Per-token scales fix it only if the
  outliers are token-specific"; now ``=``.
* failures-raise-errors: ``column rename* throw*|raise* error*|exception*`` fired on "If the column is renamed, a
  schema check raises an error"; now ``=``.
* significance-means-problem: ``ks|chi|psi|drift test* significant|p alert|real|…`` fired on "Alerting on KS test
  p-values floods you with alerts"; "p" and "alert" were dropped from it (no row of any pass needed them).
* pure-bf16-cast: ``=fix|fixes|fixed cast*|convert*|casting bfloat16|bf16`` fired on "A partial fix is casting to
  bf16", and its sibling ``=solution|answer …`` on "One partial solution is casting to bf16". "The fix is casting
  to bf16" and "A partial fix is casting to bf16" differ only in stop words and a qualifier, so both cues were
  replaced by the belief's other half (bf16 "trains the same as fp32", a cast "fixes everything"); the ninth pass's
  four must-fire rows in the fix/solution wording were dropped (see tests/misconception_rows/t9d.py).

The right sentences are must-not-fire rows; a few wrong ones show what each narrowed cue still catches. Matching
is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        "DPO gives an identical optimum to the RLHF objective in theory, but the data and optimisation differ",
        False,
    ),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        "DPO has an equivalent objective to PPO-based RLHF, yet it learns offline from fixed pairs.",
        False,
    ),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        "The DPO optimum is identical to the RLHF optimum, and in practice the models differ.",
        False,
    ),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        "In theory DPO and RLHF share an identical optimum, and in practice the models differ.",
        False,
    ),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO is identical to PPO.", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO is equivalent to RLHF.", True),
    ("th2b-quant-02", "per-token-scales-fix", "Per-token scales fix it only if the outliers are token-specific", False),
    (
        "th2b-quant-02",
        "per-token-scales-fix",
        "Per-token scales fix it only when the outliers are token-specific, and here they sit in fixed channels.",
        False,
    ),
    (
        "th2b-quant-02",
        "per-token-scales-fix",
        "Per-token scales fix token-specific outliers, but these sit in fixed channels.",
        False,
    ),
    ("th2b-quant-02", "per-token-scales-fix", "Per-token scales fix outliers only if they are token-specific.", False),
    ("th2b-quant-02", "per-token-scales-fix", "Per-token scales fix the outliers.", True),
    ("th2b-mon-02", "failures-raise-errors", "If the column is renamed, a schema check raises an error", False),
    (
        "th2b-mon-02",
        "failures-raise-errors",
        "When a column is renamed, a strict schema validator throws an exception.",
        False,
    ),
    (
        "th2b-mon-02",
        "failures-raise-errors",
        "If a column gets renamed, only an explicit schema check raises an error; otherwise it turns into nulls.",
        False,
    ),
    ("th2b-mon-02", "failures-raise-errors", "A column rename raises an exception.", True),
    ("th2b-mon-01", "significance-means-problem", "Alerting on KS test p-values floods you with alerts", False),
    (
        "th2b-mon-01",
        "significance-means-problem",
        (
            "Alerting on raw KS test p-values floods the on-call with alerts, because big samples make "
            "everything significant."
        ),
        False,
    ),
    (
        "th2b-mon-01",
        "significance-means-problem",
        "If you alert on the drift test p-value, you will alert every day.",
        False,
    ),
    (
        "th2b-mon-01",
        "significance-means-problem",
        "A KS test comes out significant on huge samples, so alerting on it floods you.",
        False,
    ),
    ("th2b-mon-01", "significance-means-problem", "KS test p-values become a problem at scale.", False),
    ("th2b-mon-01", "significance-means-problem", "The KS test is significant, so we have a real problem.", True),
    ("th2b-mp-03", "pure-bf16-cast", "A partial fix is casting to bf16 ...", False),
    (
        "th2b-mp-03",
        "pure-bf16-cast",
        "A partial fix is casting to bf16, but that still has no fp32 master weights.",
        False,
    ),
    (
        "th2b-mp-03",
        "pure-bf16-cast",
        "A quick fix is converting the model to bfloat16; the proper one is bf16 autocast with fp32 master weights.",
        False,
    ),
    (
        "th2b-mp-03",
        "pure-bf16-cast",
        "One partial solution is casting to bf16, though updates still round away.",
        False,
    ),
    ("th2b-mp-03", "pure-bf16-cast", "With bf16 autocast and fp32 master weights, the run trains like fp32.", False),
    ("th2b-mp-03", "pure-bf16-cast", "bf16 has the same range as fp32, but fewer mantissa bits.", False),
    ("th2b-mp-03", "pure-bf16-cast", "bf16 doesn't fix everything: small updates round away.", False),
    ("th2b-mp-03", "pure-bf16-cast", "Casting to bf16 fixes everything.", True),
]

#: The cues as this pass left them (pure-bf16-cast: both cues; the others: the one narrowed).
CHANGED: dict[tuple[str, str], list[str]] = {
    ("th2b-dpo-01", "dpo-same-as-ppo"): [
        "=dpo|ppo|exactly|give|gives equivalent|identical|interchangeable result*|outcome|model|rlhf|ppo"
    ],
    ("th2b-quant-02", "per-token-scales-fix"): ["=per token scal*|scales fix*|solv*|handle*|remov* outlier*"],
    ("th2b-mon-02", "failures-raise-errors"): ["=column rename* throw*|raise* error*|exception*"],
    ("th2b-mon-01", "significance-means-problem"): ["ks|chi|psi|drift test* significant real|problem|action*|act|fix"],
    ("th2b-mp-03", "pure-bf16-cast"): [
        "=bfloat16|bf16 train*|trains same|identical fp32|float32",
        "=bfloat16|bf16|cast*|casting fix*|solv* everything|all",
    ],
}

CHECKS = Checks(
    rows=[(list(CHANGED), 1, 3)],
    cue_cap=list(CHANGED),
    quiet_on_right_texts=CHANGED,
    added=[CHANGED],
)
