"""Paraphrased misconceptions of the original theory prompts (``th-*`` in bias_variance, classical_ml,
deep_learning, diagnosis, evaluation_metrics, gradient_descent, llm_stack, overfitting, probability and
regularization).

For each misconception touched here, several ways a candidate states the wrong belief in a chat (other
verbs, passive and "by" constructions, shorthand, hedges) must trip it, and the right claim, said
plainly and with a negation or as an "X, not Y" contrast, must not. The sentences were written from
the belief and the correction alone. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

import pytest

from bot.core.curriculum import Curriculum, Misconception, TheoryPrompt
from bot.core.matcher import Matcher


def states(matcher: Matcher, text: str, cue: str) -> bool:
    """The grader's own misconception semantics (``Matcher.states``)."""
    return matcher.states(matcher.index(text), cue)


def _misconception(curriculum: Curriculum, prompt_id: str, misconception_id: str) -> Misconception:
    p = curriculum.prompts[prompt_id]
    assert isinstance(p, TheoryPrompt)
    return next(m for m in p.misconceptions if m.id == misconception_id)


CASES: list[tuple[str, str, str, bool]] = [
    (
        "th-reg-01",
        "l2-makes-zeros",
        "Ridge is the one that actually kills features: the unimportant ones end up at 0.",
        True,
    ),
    ("th-reg-01", "l2-makes-zeros", "L2 eliminates the useless weights entirely.", True),
    ("th-reg-01", "l2-makes-zeros", "For feature selection use ridge, it prunes the weak coefficients.", True),
    ("th-reg-01", "l2-makes-zeros", "ridge removes features, lasso only shrinks them", True),
    ("th-reg-01", "l2-makes-zeros", "if you want feature selection pick L2", True),
    ("th-reg-01", "l2-makes-zeros", "L1 drives weights to exactly zero; L2 only shrinks them toward zero.", False),
    ("th-reg-01", "l2-makes-zeros", "Ridge doesn't kill features, it shrinks every weight a little.", False),
    ("th-reg-01", "l2-makes-zeros", "For feature selection use lasso, not ridge.", False),
    ("th-reg-01", "l2-makes-zeros", "Ridge never removes features: its pull fades as the weight shrinks.", False),
    (
        "th-reg-02",
        "l2-equals-decay-everywhere",
        "l2 in the loss == weight decay, always, optimizer doesnt matter.",
        True,
    ),
    ("th-reg-02", "l2-equals-decay-everywhere", "L2 is equivalent to weight decay regardless of the optimizer.", True),
    (
        "th-reg-02",
        "l2-equals-decay-everywhere",
        "L2 penalty and weight decay are the same thing for any optimizer.",
        True,
    ),
    ("th-reg-02", "l2-equals-decay-everywhere", "L2 and decay are identical whatever optimizer you pick.", True),
    ("th-reg-02", "l2-equals-decay-everywhere", "L2 equals weight decay only for plain SGD, not for Adam.", False),
    ("th-reg-02", "l2-equals-decay-everywhere", "L2 isn't the same as weight decay under Adam.", False),
    (
        "th-reg-02",
        "l2-equals-decay-everywhere",
        "With Adam the optimizer matters: L2 gets divided by the adaptive scale.",
        False,
    ),
    ("th-reg-02", "l2-equals-decay-everywhere", "For SGD, L2 and weight decay coincide; for Adam they differ.", False),
    ("th-reg-03", "retrain-with-same-rounds", "Retrain on train plus validation and keep 430 rounds.", True),
    ("th-reg-03", "retrain-with-same-rounds", "I'd reuse the 430 from early stopping.", True),
    ("th-reg-03", "retrain-with-same-rounds", "Just use the same 430 trees on the full data.", True),
    ("th-reg-03", "retrain-with-same-rounds", "Don't reuse 430; scale it up to about 540 for the larger set.", False),
    (
        "th-reg-03",
        "retrain-with-same-rounds",
        "430 was right for the smaller training set, so take more rounds now.",
        False,
    ),
    ("th-reg-03", "retrain-with-same-rounds", "Not the same 430: more data supports more rounds.", False),
    ("th-reg-04", "dropout-at-inference", "At inference it keeps dropping units at random and rescales.", True),
    ("th-reg-04", "dropout-at-inference", "At test time dropout is still dropping neurons.", True),
    ("th-reg-04", "dropout-at-inference", "Dropout is left on at inference, so predictions are noisy.", True),
    ("th-reg-04", "dropout-at-inference", "dropout remains active during serving", True),
    ("th-reg-04", "dropout-at-inference", "At inference dropout is switched off and the full network runs.", False),
    ("th-reg-04", "dropout-at-inference", "Dropout is not left on at inference.", False),
    (
        "th-reg-04",
        "dropout-at-inference",
        "During training units are dropped at random; at test time nothing is dropped.",
        False,
    ),
    ("th-reg-04", "dropout-at-inference", "At serving time no units are dropped.", False),
    ("th-reg-04", "train-above-val-is-a-bug", "Val loss lower than training loss, so we have a leak.", True),
    ("th-reg-04", "train-above-val-is-a-bug", "Training loss above validation means a bug in the pipeline.", True),
    ("th-reg-04", "train-above-val-is-a-bug", "validation below train = leakage, always", True),
    ("th-reg-04", "train-above-val-is-a-bug", "train loss > val loss indicates leakage", True),
    ("th-reg-04", "train-above-val-is-a-bug", "This is always a bug or a leak.", True),
    ("th-reg-04", "train-above-val-is-a-bug", "Validation below training is expected with dropout, not a bug.", False),
    (
        "th-reg-04",
        "train-above-val-is-a-bug",
        "Val lower than train doesn't mean a leak: training runs with dropout on.",
        False,
    ),
    (
        "th-reg-04",
        "train-above-val-is-a-bug",
        "Training loss above validation loss is normal with dropout 0.5, it isn't a bug.",
        False,
    ),
    ("th-reg-04", "train-above-val-is-a-bug", "Compare training loss in eval mode before suspecting a bug.", False),
    (
        "th-reg-05",
        "scaling-does-not-matter",
        "You don't need to standardize for ridge, the coefficients absorb the units.",
        True,
    ),
    ("th-reg-05", "scaling-does-not-matter", "No need to scale features for lasso.", True),
    ("th-reg-05", "scaling-does-not-matter", "Ridge is scale invariant, so units don't matter.", True),
    ("th-reg-05", "scaling-does-not-matter", "Feature scaling doesn't matter for ridge.", True),
    ("th-reg-05", "scaling-does-not-matter", "it's not necessary to normalize before lasso", True),
    (
        "th-reg-05",
        "scaling-does-not-matter",
        "Standardize first: the penalty charges every coefficient the same.",
        False,
    ),
    (
        "th-reg-05",
        "scaling-does-not-matter",
        "Ridge is not scale invariant, so fit the scaler inside each fold.",
        False,
    ),
    (
        "th-reg-05",
        "scaling-does-not-matter",
        "Scaling matters for ridge and lasso because the penalty depends on the units.",
        False,
    ),
    ("th-reg-05", "best-cv-score-is-unbiased", "The best CV score is a fair estimate of production performance.", True),
    (
        "th-reg-05",
        "best-cv-score-is-unbiased",
        "The chosen validation score is an accurate estimate of what we'll get.",
        True,
    ),
    ("th-reg-05", "best-cv-score-is-unbiased", "Report the best CV score, it's unbiased.", True),
    ("th-reg-05", "best-cv-score-is-unbiased", "best cv error = realistic estimate", True),
    (
        "th-reg-05",
        "best-cv-score-is-unbiased",
        "The best CV score is not a fair estimate; it is biased upward by the selection.",
        False,
    ),
    (
        "th-reg-05",
        "best-cv-score-is-unbiased",
        "Report the outer folds of nested CV, not the best inner CV score.",
        False,
    ),
    (
        "th-reg-05",
        "best-cv-score-is-unbiased",
        "Selection biases the winning score upward, so use a test set the choice never saw.",
        False,
    ),
    ("th-reg-06", "lasso-picks-the-important-one", "Lasso keeps the true driver and drops the redundant copies.", True),
    ("th-reg-06", "lasso-picks-the-important-one", "The feature lasso picked is the real one.", True),
    ("th-reg-06", "lasso-picks-the-important-one", "L1 selects the better feature of the pair.", True),
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "The dropped features are unimportant, lasso zeroed them for a reason.",
        True,
    ),
    ("th-reg-06", "lasso-picks-the-important-one", "The feature lasso kept is the truly important one.", True),
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "Which one lasso keeps depends on sample quirks, not on which is truly important.",
        False,
    ),
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "Lasso picks one of the correlated group almost arbitrarily; a resample can pick another.",
        False,
    ),
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "The dropped ones aren't necessarily useless: they may matter just as much.",
        False,
    ),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge struggles with collinearity, so drop near-duplicates first.",
        True,
    ),
    ("th-reg-06", "ridge-fails-on-correlated", "Ridge breaks down on correlated features.", True),
    ("th-reg-06", "ridge-fails-on-correlated", "Remove the correlated features before ridge.", True),
    ("th-reg-06", "ridge-fails-on-correlated", "l2 blows up with multicollinearity", True),
    ("th-reg-06", "ridge-fails-on-correlated", "You have to dedupe redundant columns before fitting ridge.", True),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge is the standard fix for correlated features: it spreads the weight across the group.",
        False,
    ),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge doesn't suffer from correlated features; it just doesn't select.",
        False,
    ),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "With ridge you don't need to remove correlated features before fitting.",
        False,
    ),
    ("th-reg-07", "higher-lr-more-trees", "A higher learning rate needs more trees.", True),
    ("th-reg-07", "higher-lr-more-trees", "A high lr requires more rounds to converge.", True),
    ("th-reg-07", "higher-lr-more-trees", "A lower learning rate needs fewer trees.", True),
    ("th-reg-07", "higher-lr-more-trees", "smaller lr takes fewer iterations", True),
    ("th-reg-07", "higher-lr-more-trees", "Raising the learning rate requires more estimators.", True),
    (
        "th-reg-07",
        "higher-lr-more-trees",
        "A smaller learning rate needs more trees, and usually generalizes better.",
        False,
    ),
    ("th-reg-07", "higher-lr-more-trees", "A higher learning rate needs fewer trees to reach the same fit.", False),
    ("th-reg-07", "higher-lr-more-trees", "Lowering the learning rate doesn't need fewer trees, it needs more.", False),
    ("th-reg-07", "subsampling-only-for-speed", "Subsampling doesn't regularize, it just makes training faster.", True),
    ("th-reg-07", "subsampling-only-for-speed", "Row subsampling is a speed trick.", True),
    ("th-reg-07", "subsampling-only-for-speed", "colsample is purely a speed knob, it does not regularize", True),
    ("th-reg-07", "subsampling-only-for-speed", "Subsampling is only there for speed.", True),
    ("th-reg-07", "subsampling-only-for-speed", "Subsampling not only speeds training up, it regularizes.", False),
    (
        "th-reg-07",
        "subsampling-only-for-speed",
        "Subsampling also regularizes: the trees make less correlated errors.",
        False,
    ),
    ("th-reg-07", "subsampling-only-for-speed", "Subsampling isn't only about speed; it lowers variance.", False),
    ("th-gd-01", "noise-linear-in-batch", "To halve the noise, double the batch.", True),
    ("th-gd-01", "noise-linear-in-batch", "Halving the noise just takes doubling the batch size.", True),
    ("th-gd-01", "noise-linear-in-batch", "to get half the noise, double the batch size", True),
    ("th-gd-01", "noise-linear-in-batch", "Halving the noise takes four times the batch, not double.", False),
    ("th-gd-01", "noise-linear-in-batch", "To halve the noise you need to quadruple the batch.", False),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "Doubling the batch halves the variance; the noise drops by root two.",
        False,
    ),
    (
        "th-gd-01",
        "bigger-batch-better-model",
        "A bigger batch improves accuracy because the gradient is cleaner.",
        True,
    ),
    ("th-gd-01", "bigger-batch-better-model", "Larger batches boost model quality.", True),
    ("th-gd-01", "bigger-batch-better-model", "More accurate gradients give a better model, so go big on batch.", True),
    ("th-gd-01", "bigger-batch-better-model", "the exact gradient gets you a better solution", True),
    ("th-gd-01", "bigger-batch-better-model", "A larger batch doesn't improve accuracy; it changes throughput.", False),
    ("th-gd-01", "bigger-batch-better-model", "A more accurate gradient does not mean a better model.", False),
    (
        "th-gd-01",
        "bigger-batch-better-model",
        "Bigger batches lower the gradient noise, which can even hurt generalization.",
        False,
    ),
    ("th-gd-01", "lr-independent-of-batch", "If you double the batch, keep the learning rate as it is.", True),
    ("th-gd-01", "lr-independent-of-batch", "Increase the batch and leave the lr alone.", True),
    ("th-gd-01", "lr-independent-of-batch", "double batch, keep lr", True),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "When you double the batch, don't keep the learning rate: raise it about 2x for SGD.",
        False,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "Doubling the batch halves the number of steps, so the learning rate must go up.",
        False,
    ),
    ("th-gd-01", "lr-independent-of-batch", "The learning rate depends on the batch size.", False),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "In Adam, parameters with larger gradients take larger steps.",
        True,
    ),
    ("th-gd-03", "adam-step-scales-with-gradient", "With Adam, big gradients get big updates, same as SGD.", True),
    ("th-gd-03", "adam-step-scales-with-gradient", "adam: higher grads -> larger steps", True),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "In Adam, large gradients don't get large steps: the update is normalized.",
        False,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "Adam divides by the RMS, so large noisy gradients get smaller steps.",
        False,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "Unlike SGD, in Adam a big gradient doesn't mean a big step.",
        False,
    ),
    ("th-gd-03", "uncorrected-steps-too-small", "Without bias correction the early steps would be tiny.", True),
    (
        "th-gd-03",
        "uncorrected-steps-too-small",
        "With no correction, the first updates are too small because m starts at zero.",
        True,
    ),
    ("th-gd-03", "uncorrected-steps-too-small", "Uncorrected steps are too small at the start.", True),
    ("th-gd-03", "uncorrected-steps-too-small", "uncorrected updates would be slow early on", True),
    (
        "th-gd-03",
        "uncorrected-steps-too-small",
        "Without correction the early steps would be too large, about 3 times at step 1.",
        False,
    ),
    ("th-gd-03", "uncorrected-steps-too-small", "Uncorrected early steps come out too big, not too small.", False),
    (
        "th-gd-03",
        "uncorrected-steps-too-small",
        "v is shrunk toward zero far more than m, so the uncorrected step is larger.",
        False,
    ),
    ("th-gd-04", "adam-needs-no-schedule", "Adam doesn't need warmup or decay, it adapts.", True),
    ("th-gd-04", "adam-needs-no-schedule", "No need for a schedule with adaptive optimizers like Adam.", True),
    ("th-gd-04", "adam-needs-no-schedule", "You can skip warmup when using Adam.", True),
    ("th-gd-04", "adam-needs-no-schedule", "you can drop the schedule with an adaptive optimizer", True),
    (
        "th-gd-04",
        "adam-needs-no-schedule",
        "Adam still needs warmup and decay: the overall step is still the learning rate.",
        False,
    ),
    ("th-gd-04", "adam-needs-no-schedule", "Even with Adam, warmup is not optional for transformers.", False),
    (
        "th-gd-04",
        "adam-needs-no-schedule",
        "Adam adapts per-parameter steps but the global learning rate still needs a schedule.",
        False,
    ),
    ("th-gd-04", "decay-prevents-overfitting", "Decaying the learning rate fights overfitting at the end.", True),
    ("th-gd-04", "decay-prevents-overfitting", "LR decay acts as a regularizer.", True),
    ("th-gd-04", "decay-prevents-overfitting", "The schedule reduces overfitting late in training.", True),
    ("th-gd-04", "decay-prevents-overfitting", "annealing the lr curbs overfitting", True),
    ("th-gd-04", "decay-prevents-overfitting", "LR decay is an optimization fix rather than regularization.", False),
    (
        "th-gd-04",
        "decay-prevents-overfitting",
        "Decay doesn't reduce overfitting; it lets the weights settle lower, which lowers training loss too.",
        False,
    ),
    ("th-gd-04", "decay-prevents-overfitting", "Decaying the learning rate is not a regularizer.", False),
    ("th-gd-05", "convex-converges-any-rate", "On a convex problem it converges for any learning rate.", True),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        "Convex means GD converges with every step size, a big one only oscillates more.",
        True,
    ),
    ("th-gd-05", "convex-converges-any-rate", "A large lr simply oscillates more but gets there.", True),
    ("th-gd-05", "convex-converges-any-rate", "it converges whatever lr you pick, it's convex", True),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        "Even on a convex bowl GD does not converge for any learning rate.",
        False,
    ),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        "Above 2 over the largest curvature the iterates diverge, convex or not.",
        False,
    ),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        "A learning rate that is too large diverges even on a convex loss.",
        False,
    ),
    ("th-gd-05", "large-lr-finds-worse-minimum", "A large learning rate lands in a worse minimum.", True),
    ("th-gd-05", "large-lr-finds-worse-minimum", "Too high an lr converges to a suboptimal solution.", True),
    ("th-gd-05", "large-lr-finds-worse-minimum", "It jumps over the global minimum into a local minimum.", True),
    ("th-gd-05", "large-lr-finds-worse-minimum", "big step size -> settles in a bad minimum", True),
    (
        "th-gd-05",
        "large-lr-finds-worse-minimum",
        "A convex loss has no worse local minimum; a large learning rate overshoots and diverges.",
        False,
    ),
    (
        "th-gd-05",
        "large-lr-finds-worse-minimum",
        "A large learning rate doesn't land in a worse minimum, the loss grows without bound.",
        False,
    ),
    (
        "th-gd-05",
        "large-lr-finds-worse-minimum",
        "Each step crosses the minimum and lands farther up the other side.",
        False,
    ),
    ("th-gd-06", "local-minima-main-problem", "The main obstacle is local minima.", True),
    ("th-gd-06", "local-minima-main-problem", "The biggest problem in training deep nets is bad local minima.", True),
    ("th-gd-06", "local-minima-main-problem", "key issue: getting stuck in local minima", True),
    ("th-gd-06", "local-minima-main-problem", "The main problem is saddles and plateaus, not local minima.", False),
    (
        "th-gd-06",
        "local-minima-main-problem",
        "The main obstacle isn't local minima; high-loss critical points are saddles.",
        False,
    ),
    (
        "th-gd-06",
        "local-minima-main-problem",
        "Local minima in big networks tend to have loss close to the best.",
        False,
    ),
    ("th-gd-06", "saddles-trap-forever", "Once at a saddle, GD is stuck there.", True),
    ("th-gd-06", "saddles-trap-forever", "At a saddle point the gradient is zero so the optimizer freezes.", True),
    ("th-gd-06", "saddles-trap-forever", "at the saddle gradient descent is stuck for good", True),
    ("th-gd-06", "saddles-trap-forever", "Saddles don't trap SGD; noise pushes it off.", False),
    ("th-gd-06", "saddles-trap-forever", "SGD slows near saddles rather than staying on them.", False),
    (
        "th-gd-06",
        "saddles-trap-forever",
        "A saddle is unstable: the slightest push along its downhill direction grows.",
        False,
    ),
    ("th-gd-07", "same-epochs-same-training", "Same epochs means the same number of updates.", True),
    ("th-gd-07", "same-epochs-same-training", "Batch size doesn't matter if we train for the same epochs.", True),
    ("th-gd-07", "same-epochs-same-training", "equal epochs, so same result", True),
    ("th-gd-07", "same-epochs-same-training", "Same number of epochs gives the same model whatever the batch.", True),
    (
        "th-gd-07",
        "same-epochs-same-training",
        "Same epochs doesn't mean same updates: 64 times the batch gives 64 times fewer steps.",
        False,
    ),
    (
        "th-gd-07",
        "same-epochs-same-training",
        "Same epochs, but 64x fewer updates, so the model is under-trained.",
        False,
    ),
    ("th-gd-07", "same-epochs-same-training", "Progress is made per update, not per epoch.", False),
    ("th-gd-07", "large-batch-gap-unfixable", "We must go back to small batches, nothing else fixes it.", True),
    ("th-gd-07", "large-batch-gap-unfixable", "The only option is to revert to the small batch.", True),
    ("th-gd-07", "large-batch-gap-unfixable", "you need to return to a smaller batch", True),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        "You don't need to go back to small batches: scale the learning rate and warm up.",
        False,
    ),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        "No need to revert to a small batch; LARS or LAMB closes most of the gap.",
        False,
    ),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        "Much of the gap comes from fewer updates and an untuned learning rate.",
        False,
    ),
    ("th-of-01", "more-data-fixes-underfitting", "fix underfitting by collecting more training data", True),
    ("th-of-01", "more-data-fixes-underfitting", "Fix the bias by gathering more rows.", True),
    ("th-of-01", "more-data-fixes-underfitting", "More data will bring the training error down in A.", True),
    (
        "th-of-01",
        "more-data-fixes-underfitting",
        "address underfitting with more labels, both curves will come down",
        True,
    ),
    ("th-of-01", "more-data-fixes-underfitting", "Collecting more examples lowers the training loss.", True),
    ("th-of-01", "more-data-fixes-underfitting", "Fix underfitting with more capacity, not more data.", False),
    ("th-of-01", "more-data-fixes-underfitting", "More data won't bring the training error down in A.", False),
    (
        "th-of-01",
        "more-data-fixes-underfitting",
        "Collecting more data does not fix underfitting; the curves have already met.",
        False,
    ),
    ("th-of-01", "more-data-fixes-underfitting", "In A more rows barely move the curves; add features instead.", False),
    (
        "th-bv-05",
        "more-data-fixes-underfit",
        "if training error is high thats underfitting, and more data will bring the training error down",
        True,
    ),
    ("th-bv-05", "more-data-fixes-underfit", "fix underfitting by collecting more data", True),
    ("th-bv-05", "more-data-fixes-underfit", "More labels would reduce the training error.", True),
    ("th-bv-05", "more-data-fixes-underfit", "solve the bias by gathering more examples", True),
    (
        "th-bv-05",
        "more-data-fixes-underfit",
        "More data won't bring the training error down when the model underfits.",
        False,
    ),
    ("th-bv-05", "more-data-fixes-underfit", "Fix underfitting with a richer model, not more data.", False),
    (
        "th-bv-05",
        "more-data-fixes-underfit",
        "High training error means more rows of the same kind leave that error where it is.",
        False,
    ),
    ("th-of-01", "val-below-train-is-a-bug", "Val error lower than train error means we have a leak.", True),
    ("th-of-01", "val-below-train-is-a-bug", "validation below training, so something is broken", True),
    ("th-of-01", "val-below-train-is-a-bug", "If val is less than train there's leakage.", True),
    (
        "th-of-01",
        "val-below-train-is-a-bug",
        "Validation below training often just means dropout is on during training, not a leak.",
        False,
    ),
    (
        "th-of-01",
        "val-below-train-is-a-bug",
        "Val lower than train doesn't mean a bug: measure training error in eval mode.",
        False,
    ),
    (
        "th-of-01",
        "val-below-train-is-a-bug",
        "Validation error below training error is expected with augmentation.",
        False,
    ),
    ("th-of-02", "bigger-always-overfits-more", "Past the peak the test error should keep rising.", True),
    ("th-of-02", "bigger-always-overfits-more", "Test loss continues to climb as the model grows.", True),
    ("th-of-02", "bigger-always-overfits-more", "bigger model, test error keeps increasing", True),
    ("th-of-02", "bigger-always-overfits-more", "Past the peak the test error falls again instead of rising.", False),
    (
        "th-of-02",
        "bigger-always-overfits-more",
        "Test error does not keep rising past the interpolation threshold.",
        False,
    ),
    ("th-of-02", "bigger-always-overfits-more", "Test error rises to the peak and then comes down again.", False),
    ("th-of-02", "big-model-stops-fitting-noise", "The bigger model avoids the noisy labels.", True),
    ("th-of-02", "big-model-stops-fitting-noise", "Past the peak the model stops memorizing the noisy labels.", True),
    ("th-of-02", "big-model-stops-fitting-noise", "A large enough model ignores the mislabeled points.", True),
    ("th-of-02", "big-model-stops-fitting-noise", "it ceases to overfit the noise", True),
    (
        "th-of-02",
        "big-model-stops-fitting-noise",
        "The bigger model doesn't stop interpolating the noisy labels; it fits them smoothly.",
        False,
    ),
    ("th-of-02", "big-model-stops-fitting-noise", "It never stops fitting the noisy labels.", False),
    (
        "th-of-02",
        "big-model-stops-fitting-noise",
        "The model still fits every training label, noisy ones included.",
        False,
    ),
    (
        "th-of-03",
        "cv-fixes-validation-overfitting",
        "5-fold cross-validation prevents overfitting to the validation data.",
        True,
    ),
    ("th-of-03", "cv-fixes-validation-overfitting", "Switching to CV protects us from overfitting the split.", True),
    ("th-of-03", "cv-fixes-validation-overfitting", "k-fold CV cures the problem.", True),
    (
        "th-of-03",
        "cv-fixes-validation-overfitting",
        "CV doesn't prevent overfitting to the folds, it only lowers the noise.",
        False,
    ),
    (
        "th-of-03",
        "cv-fixes-validation-overfitting",
        "CV lowers the noise but does not stop the selection from fitting it.",
        False,
    ),
    (
        "th-of-03",
        "cv-fixes-validation-overfitting",
        "Choosing among 300 configurations on the same folds still fits their noise.",
        False,
    ),
    (
        "th-of-03",
        "validation-cannot-be-overfit",
        "The validation score stays unbiased because we never train on it.",
        True,
    ),
    (
        "th-of-03",
        "validation-cannot-be-overfit",
        "Overfitting the validation set is impossible, no gradients touch it.",
        True,
    ),
    ("th-of-03", "validation-cannot-be-overfit", "val error is honest since the model never saw it", True),
    (
        "th-of-03",
        "validation-cannot-be-overfit",
        "The validation score is no longer unbiased after hundreds of choices.",
        False,
    ),
    (
        "th-of-03",
        "validation-cannot-be-overfit",
        "Overfitting the validation set is not impossible: every choice leaks its noise.",
        False,
    ),
    ("th-of-03", "validation-cannot-be-overfit", "After many selections the validation score is biased upward.", False),
    ("th-of-04", "loss-and-accuracy-move-together", "Loss and accuracy always move together.", True),
    ("th-of-04", "loss-and-accuracy-move-together", "val loss and val accuracy go in lockstep", True),
    ("th-of-04", "loss-and-accuracy-move-together", "Loss and accuracy move in tandem.", True),
    (
        "th-of-04",
        "loss-and-accuracy-move-together",
        "Loss and accuracy don't move together: confident errors raise the loss.",
        False,
    ),
    ("th-of-04", "loss-and-accuracy-move-together", "Loss can rise while accuracy stays flat.", False),
    (
        "th-of-04",
        "loss-and-accuracy-move-together",
        "Log loss punishes confidence, so loss and accuracy can diverge.",
        False,
    ),
    ("th-of-04", "keep-the-last-epoch", "Early stopping monitors the training loss.", True),
    ("th-of-04", "keep-the-last-epoch", "Stop when the training loss plateaus and ship that model.", True),
    ("th-of-04", "keep-the-last-epoch", "early stopping watches train loss and halts", True),
    ("th-of-04", "keep-the-last-epoch", "We stop once training loss stalls.", True),
    ("th-of-04", "keep-the-last-epoch", "Early stopping watches the validation loss, not the training loss.", False),
    ("th-of-04", "keep-the-last-epoch", "Stop when validation loss plateaus and restore the best checkpoint.", False),
    ("th-of-04", "keep-the-last-epoch", "Early stopping doesn't monitor training loss.", False),
    ("th-of-05", "augment-validation-too", "Use the same augmentations on validation so it matches training.", True),
    ("th-of-05", "augment-validation-too", "Apply the same augmentation pipeline to the test set.", True),
    ("th-of-05", "augment-validation-too", "same aug for val and train", True),
    ("th-of-05", "augment-validation-too", "Don't apply the same augmentations to validation; keep it clean.", False),
    ("th-of-05", "augment-validation-too", "Use the same resizing on validation but no augmentation.", False),
    ("th-of-05", "augment-validation-too", "Validation and test data must stay unaugmented.", False),
    ("th-of-05", "augmentation-always-helps", "Augmentation never hurts.", True),
    ("th-of-05", "augmentation-always-helps", "More augmentation only reduces overfitting.", True),
    ("th-of-05", "augmentation-always-helps", "data augmentation can't harm the model", True),
    ("th-of-05", "augmentation-always-helps", "More augmentation always helps.", True),
    ("th-of-05", "augmentation-always-helps", "Augmentation can hurt: a rotated 6 becomes a 9.", False),
    ("th-of-05", "augmentation-always-helps", "Too much augmentation makes the model underfit.", False),
    (
        "th-of-05",
        "augmentation-always-helps",
        "More augmentation doesn't always help; check each transform on clean validation data.",
        False,
    ),
    ("th-of-06", "permutation-score-is-a-fluke", "70% on shuffled labels is just lucky.", True),
    ("th-of-06", "permutation-score-is-a-fluke", "The 70% is a coincidence, rerun it and move on.", True),
    ("th-of-06", "permutation-score-is-a-fluke", "retry and move on, it's noise", True),
    ("th-of-06", "permutation-score-is-a-fluke", "the 70 percent on permuted labels is a coincidence", True),
    (
        "th-of-06",
        "permutation-score-is-a-fluke",
        "70% on shuffled labels is far outside chance, so the pipeline leaks.",
        False,
    ),
    ("th-of-06", "permutation-score-is-a-fluke", "Don't just rerun and move on; look for the leak.", False),
    ("th-of-06", "permutation-score-is-a-fluke", "Shuffled-label accuracy should sit near 50%.", False),
]

#: The cues this change added, per misconception.
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-reg-01", "l2-makes-zeros"): [
        "l2|ridge kill*|eliminat*|prune*|remov*|drop* feature*|weight*",
        "feature selection use*|pick*|choose*|want ridge|l2",
    ],
    ("th-reg-02", "l2-equals-decay-everywhere"): [
        "l2|ridge equal*|same|equivalent|identical decay always|regardless|any|every|whatever",
        "l2|ridge decay same|equal*|equivalent|identical any|every|all|regardless|whatever|always",
    ],
    ("th-reg-03", "retrain-with-same-rounds"): ["reuse|keep|same|fixed 430"],
    ("th-reg-04", "dropout-at-inference"): [
        "inference|serving|test still|keeps|continues drop*|zero*|mask*|dropout",
        "dropout left|remains|stays|kept inference|test|serving|prediction*",
    ],
    ("th-reg-04", "train-above-val-is-a-bug"): [
        "validation|val below|lower|less|smaller training|train bug|leak*|leakage|broken",
        "train*|training validation|val means|indicates|implies|signals bug|leak*|leakage",
    ],
    ("th-reg-05", "scaling-does-not-matter"): [
        "not need*|necessary|required standardiz*|scal*|normaliz*",
        "ridge|lasso|l1|l2 scale|units invariant|insensitive|agnostic",
    ],
    ("th-reg-05", "best-cv-score-is-unbiased"): [
        (
            "best|chosen|selected|winning cv|validation score|error "
            "fair|reliable|accurate|realistic|true|good estimate|estimator"
        )
    ],
    ("th-reg-06", "lasso-picks-the-important-one"): [
        ("lasso|l1 kept|keeps|picked|picks|selected|selects|chose real|true|truly|actual|right|correct|better|causal"),
        "dropped|zeroed|removed features|ones|coefficients unimportant|irrelevant|useless|noise",
    ],
    ("th-reg-06", "ridge-fails-on-correlated"): [
        ("ridge|l2 unstable|blows|explode*|break*|struggle*|suffer*|bad collinear*|correlat*|multicollinear*"),
        "drop*|remov*|dedup*|prune* correlated|collinear*|duplicat*|redundant before ridge|l2",
    ],
    ("th-reg-07", "higher-lr-more-trees"): [
        ("increase|large learning rate need*|requir*|take* more|increase trees|rounds|estimators|iterations"),
        "reduce|small learning rate need*|requir*|take* reduce trees|rounds|estimators|iterations",
    ],
    ("th-reg-07", "subsampling-only-for-speed"): [
        "subsampl*|colsample* not regulariz*|generaliz*|overfit*",
        "subsampl*|colsample* speed trick|hack|optimization|optimisation|knob",
    ],
    ("th-gd-01", "noise-linear-in-batch"): ["halv*|half noise doubl*|double* batch"],
    ("th-gd-01", "bigger-batch-better-model"): [
        "increase|large batch* improv*|boost* accuracy|quality",
        "accurate|exact|precise|cleaner gradient* better|increase model|solution|minimum|accuracy",
    ],
    ("th-gd-01", "lr-independent-of-batch"): ["double*|doubl*|increas* batch keep|leave learning rate|lr"],
    ("th-gd-03", "adam-step-scales-with-gradient"): ["adam increase|large gradient* increase|large step*|update*"],
    ("th-gd-03", "uncorrected-steps-too-small"): [
        "without|no correction step*|updat*|moves small|tiny|slow",
        "uncorrected step*|updat* small|tiny|slow",
    ],
    ("th-gd-04", "adam-needs-no-schedule"): [
        "skip*|drop*|ditch* warmup|schedule adam|adaptive",
        "not need* warmup|schedule|decay adam|adaptive",
    ],
    ("th-gd-04", "decay-prevents-overfitting"): [
        "decay*|anneal*|schedul* reduc*|combat*|fight*|curb*|limit* overfit*",
        "decay* learning rate|lr|step* regulariz*|regularizer|regularization",
        "learning rate|lr decay*|anneal*|schedul* regulariz*|regularizer",
    ],
    ("th-gd-05", "convex-converges-any-rate"): [
        "converg* any|every|whatever learning rate|lr|step*",
        "large|increase learning rate|lr|step* only|merely|simply oscillat*|bounc*",
    ],
    ("th-gd-05", "large-lr-finds-worse-minimum"): [
        (
            "large|increase learning rate|lr|step* converg*|settl*|land*|jump* "
            "worse|suboptimal|bad|poor|another minim*|solution|optimum"
        ),
        "skip*|jump*|bounce*|overshoot* local minim*|optim*",
    ],
    ("th-gd-06", "local-minima-main-problem"): [
        "main|biggest|primary|key problem|obstacle|issue|challenge local minim*"
    ],
    ("th-gd-06", "saddles-trap-forever"): ["saddle* stuck|halt*|freez*"],
    ("th-gd-07", "same-epochs-same-training"): [
        "same|equal epochs same|equal updates|steps|result*|model",
        "batch* not matter* same|equal epochs",
    ],
    ("th-gd-07", "large-batch-gap-unfixable"): ["only|must|need* back|revert*|return small|reduce batch*"],
    ("th-of-01", "more-data-fixes-underfitting"): [
        ("fix*|solv*|cure*|address* underfit*|bias collect*|gather*|more|get|label* data|rows|examples|labels"),
        "more|collect* data|examples|rows|labels bring*|reduc*|lower* training|train error|loss",
    ],
    ("th-bv-05", "more-data-fixes-underfit"): [
        ("fix*|solv*|cure*|address* underfit*|bias collect*|gather*|more|get|label* data|rows|examples|labels"),
        "more|collect* data|examples|rows|labels bring*|reduc*|lower* training|train error|loss",
    ],
    ("th-of-01", "val-below-train-is-a-bug"): [
        "validation|val below|lower|less|smaller training|train bug|leak*|leakage|broken"
    ],
    ("th-of-02", "bigger-always-overfits-more"): ["test error|loss keep*|continu*|should increase|ris*|climb*|worse"],
    ("th-of-02", "big-model-stops-fitting-noise"): [
        "model* avoid*|ignor*|skip* noise|noisy|mislabel*",
        "stop*|ceas*|quit* memoriz*|overfit*|interpolat* noise|noisy|mislabel*|labels",
    ],
    ("th-of-03", "cv-fixes-validation-overfitting"): [
        "cv prevent*|protect*|avoid*|stop*|cure* overfit*|problem|selection"
    ],
    ("th-of-03", "validation-cannot-be-overfit"): [
        "validation|val score|error unbiased|honest|trustworthy|clean",
        "overfit* validation|val impossible",
    ],
    ("th-of-04", "loss-and-accuracy-move-together"): ["loss accuracy lockstep|tandem|sync*|mirror*"],
    ("th-of-04", "keep-the-last-epoch"): [
        "stopping monitor*|watch*|track*|based training|train loss",
        "stop* training|train loss plateau*|flatten*|stall*",
    ],
    ("th-of-05", "augment-validation-too"): ["same augment*|aug|augs validation|val|test|eval"],
    ("th-of-05", "augmentation-always-helps"): [
        "augment* not|never hurt*|harm*|backfire*",
        "more|increase augment* always|only reduc*|less|help*|better",
    ],
    ("th-of-06", "permutation-score-is-a-fluke"): [
        "70 percent lucky|coincidence|unlucky",
        "rerun*|retry move|ignore|forget",
    ],
}


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_match",
    CASES,
    ids=[f"{p}:{m}:{'hit' if hit else 'miss'}{i}" for i, (p, m, _, hit) in enumerate(CASES)],
)
def test_paraphrased_misconception_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    m = _misconception(curriculum, prompt_id, misconception_id)
    fired = [c for c in m.cues if states(matcher, sentence, c)]
    assert bool(fired) is should_match, fired


def test_every_touched_misconception_has_paraphrases_and_two_right_sentences() -> None:
    touched = {(p, m) for p, m, _, _ in CASES}
    for key in touched:
        rows = [hit for p, m, _, hit in CASES if (p, m) == key]
        assert rows.count(True) >= 3 and rows.count(False) >= 2, key


def test_added_cues_are_in_the_content(curriculum: Curriculum) -> None:
    for (pid, mid), cues in ADDED.items():
        m = _misconception(curriculum, pid, mid)
        assert set(cues) <= set(m.cues), (pid, mid)
        assert 2 <= len(m.cues) <= 5, (pid, mid)


def test_correct_texts_do_not_trip_the_added_cues(curriculum: Curriculum, matcher: Matcher) -> None:
    """Key points, explanations, depths and corrections are right by construction."""
    for (pid, _mid), cues in ADDED.items():
        p = curriculum.prompts[pid]
        assert isinstance(p, TheoryPrompt)
        kps = [*p.key_points, *p.follow_up.key_points]
        texts = [k.text for k in kps] + [k.explanation or "" for k in kps]
        texts += [p.depths.s30, p.depths.m2, p.depths.m5] + [m.correction for m in p.misconceptions]
        for t in texts:
            assert not [c for c in cues if states(matcher, t, c)], (pid, t)
