"""Misconceptions and model explanations for the theory prompts in bias_variance, classical_ml,
deep_learning, diagnosis and evaluation_metrics.

Each row of CASES is a sentence a candidate might say: the wrong claim must trip the misconception,
and the right claim, said plainly or with a negation, must not. The matching helper here is a small
stand-in for the grader's: the cue's words in the cue's order inside one sentence, a word right after a
negation not counting unless the cue itself says "not"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bench.accuracy import own_files
from bot.core.curriculum import Curriculum, TheoryPrompt
from bot.core.matcher import Matcher

FILES = ("bias_variance", "classical_ml", "deep_learning", "diagnosis", "evaluation_metrics")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def matches_in_order(matcher: Matcher, text: str, cue: str) -> bool:
    compiled = matcher.compile(cue)
    if not compiled.slots:
        return False
    says_not = any("¬" in slot for slot in compiled.slots)
    for sentence in _SENTENCE.split(text):
        answer = matcher.index(sentence)
        last = -1
        for slot in compiled.slots:
            later = [p for p in matcher._slot_positions(answer, slot, says_not) if p > last]
            if not later:
                break
            last = later[0]
        else:
            return True
    return False


def _prompts(curriculum: Curriculum) -> list[TheoryPrompt]:
    return [
        p
        for pid, p in sorted(curriculum.prompts.items())
        if isinstance(p, TheoryPrompt) and Path(curriculum.sources[pid]).stem in FILES
    ]


CASES = [
    ("th-bv-01", "more-data-cures-bias", "If the model underfits, more data will fix the bias.", True),
    (
        "th-bv-01",
        "more-data-cures-bias",
        "Collecting more data reduces both bias and variance, so it is always the safe bet.",
        True,
    ),
    ("th-bv-01", "more-data-cures-bias", "More rows solve underfitting.", True),
    ("th-bv-01", "more-data-cures-bias", "More data reduces variance, not bias.", False),
    (
        "th-bv-01",
        "more-data-cures-bias",
        "More data does not reduce bias, so an underfitting model needs more capacity instead.",
        False,
    ),
    (
        "th-bv-01",
        "more-data-cures-bias",
        "An underfitting model stays just as wrong however many rows you give it.",
        False,
    ),
    ("th-bv-01", "never-both-down", "Bias and variance can't both drop at the same time.", True),
    ("th-bv-01", "never-both-down", "Lowering one always raises the other.", True),
    ("th-bv-01", "never-both-down", "It is impossible to lower both at once.", True),
    ("th-bv-01", "never-both-down", "More data together with a richer model can reduce both bias and variance.", False),
    (
        "th-bv-01",
        "never-both-down",
        "Lowering one does not always raise the other; a better feature can cut both.",
        False,
    ),
    ("th-bv-02", "gap-means-bias", "The gap between train and validation means high bias.", True),
    ("th-bv-02", "gap-means-bias", "That gap shows the model is underfitting.", True),
    ("th-bv-02", "gap-means-bias", "The model underfits, so it needs deeper trees.", True),
    ("th-bv-02", "gap-means-bias", "The gap means high variance, not high bias.", False),
    (
        "th-bv-02",
        "gap-means-bias",
        "The gap does not indicate high bias; training AUC 0.99 shows the model can fit the data.",
        False,
    ),
    ("th-bv-02", "more-trees-fix-overfit", "I'd add more trees to close the gap.", True),
    ("th-bv-02", "more-trees-fix-overfit", "Raising the learning rate should reduce the overfitting.", True),
    ("th-bv-02", "more-trees-fix-overfit", "Deeper trees would fix the gap.", True),
    ("th-bv-02", "more-trees-fix-overfit", "More trees without early stopping make the overfitting worse.", False),
    (
        "th-bv-02",
        "more-trees-fix-overfit",
        "A higher learning rate does not reduce overfitting; lower it and use early stopping.",
        False,
    ),
    ("th-bv-02", "more-trees-fix-overfit", "A lower learning rate with early stopping closes the gap.", False),
    (
        "th-bv-03",
        "complex-always-wins",
        "A gradient boosted model should always beat logistic regression, so the linear win must be a bug.",
        True,
    ),
    ("th-bv-03", "complex-always-wins", "More complex models are always better if tuned properly.", True),
    (
        "th-bv-03",
        "complex-always-wins",
        "A complex model is not always better; on small data its variance can dominate.",
        False,
    ),
    (
        "th-bv-03",
        "complex-always-wins",
        "The simpler model wins here because the boosted model's variance outweighs its bias advantage.",
        False,
    ),
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "The gradient boosted model has higher bias than the logistic regression here.",
        True,
    ),
    ("th-bv-03", "small-data-boost-less-bias", "The trees underfit on a small dataset.", True),
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "The boosted model has lower bias but higher variance than logistic regression on 2,000 rows.",
        False,
    ),
    (
        "th-bv-03",
        "small-data-boost-less-bias",
        "The trees do not have more bias than the linear model; their problem is variance.",
        False,
    ),
    ("th-bv-04", "k1-high-bias", "With k equal to 1 you get high bias.", True),
    ("th-bv-04", "k1-high-bias", "A large k overfits because it averages many points.", True),
    ("th-bv-04", "k1-high-bias", "Small k gives low bias and high variance.", False),
    ("th-bv-04", "k1-high-bias", "A large k does not overfit; it smooths toward the majority class.", False),
    ("th-bv-04", "pick-k-on-training", "I would pick k with the lowest training error.", True),
    ("th-bv-04", "pick-k-on-training", "Choose the k that minimizes training error.", True),
    ("th-bv-04", "pick-k-on-training", "Pick k by cross-validation, not by the lowest training error.", False),
    (
        "th-bv-04",
        "pick-k-on-training",
        "Training error is minimised at k equal to one, so choose k by validation error instead.",
        False,
    ),
    ("th-bv-05", "data-always-helps", "More data always helps, so spending the budget is safe.", True),
    ("th-bv-05", "data-always-helps", "More labels are always a safe bet.", True),
    (
        "th-bv-05",
        "data-always-helps",
        "More data does not always help; it only pays off when the model is variance-limited.",
        False,
    ),
    ("th-bv-05", "data-always-helps", "More data helps only while the learning curve is still falling.", False),
    ("th-bv-05", "more-data-fixes-underfit", "For an underfitting model, more data helps.", True),
    ("th-bv-05", "more-data-fixes-underfit", "More data fixes underfitting.", True),
    ("th-bv-05", "more-data-fixes-underfit", "Underfitting models need more data.", True),
    ("th-bv-05", "more-data-fixes-underfit", "When training error is high, more data will not help.", False),
    ("th-bv-05", "more-data-fixes-underfit", "More data doesn't fix underfitting; add features or capacity.", False),
    (
        "th-bv-06",
        "same-data-same-model",
        "They are trained on the same data, so it is the same model every time.",
        True,
    ),
    ("th-bv-06", "same-data-same-model", "The one-point spread is just test set noise.", True),
    (
        "th-bv-06",
        "same-data-same-model",
        "Same data does not mean the same model; the seed changes the solution.",
        False,
    ),
    ("th-bv-06", "same-data-same-model", "Even on identical data, each seed gives a different network.", False),
    ("th-bv-06", "single-seed-enough", "A single run is enough to compare configurations.", True),
    ("th-bv-06", "single-seed-enough", "A single seed is sufficient if you train long enough.", True),
    ("th-bv-06", "single-seed-enough", "A single run is not enough to compare configurations.", False),
    ("th-bv-06", "single-seed-enough", "One seed is never enough; compare means over several seeds.", False),
    ("th-bv-07", "stable-auc-stable-model", "A stable AUC means the predictions are stable too.", True),
    ("th-bv-07", "stable-auc-stable-model", "The AUC is the same, so the model is stable.", True),
    ("th-bv-07", "stable-auc-stable-model", "The same AUC does not mean the predictions are stable.", False),
    (
        "th-bv-07",
        "stable-auc-stable-model",
        "Two models can have the same AUC and still disagree on individual customers.",
        False,
    ),
    ("th-bv-07", "churn-is-drift", "The scores jump because of data drift.", True),
    ("th-bv-07", "churn-is-drift", "The churn is caused by input drift.", True),
    (
        "th-bv-07",
        "churn-is-drift",
        "Nothing about the customers changed, so the jumps are variance across retrains rather than data drift.",
        False,
    ),
    ("th-bv-07", "churn-is-drift", "The customers' data did not drift; the model changed.", False),
    ("th-lin-01", "collinearity-hurts-predictions", "Multicollinearity ruins the predictions of the model.", True),
    ("th-lin-01", "collinearity-hurts-predictions", "Because of collinearity the predictions are unreliable.", True),
    (
        "th-lin-01",
        "collinearity-hurts-predictions",
        "Collinearity makes the coefficients unstable, yet predictions on similar data stay accurate.",
        False,
    ),
    (
        "th-lin-01",
        "collinearity-hurts-predictions",
        "Multicollinearity does not hurt predictions; it hurts interpretation.",
        False,
    ),
    ("th-lin-01", "negative-sign-is-bug", "The negative coefficient means there is a bug in the pipeline.", True),
    ("th-lin-01", "negative-sign-is-bug", "The model is broken, since it gives rooms a negative coefficient.", True),
    (
        "th-lin-01",
        "negative-sign-is-bug",
        "The model is not broken; a negative coefficient is the effect of rooms at fixed square footage.",
        False,
    ),
    ("th-lin-01", "negative-sign-is-bug", "A negative sign does not indicate a bug here.", False),
    (
        "th-lin-01",
        "normality-for-unbiased",
        "Normally distributed errors are required for unbiased coefficients.",
        True,
    ),
    ("th-lin-01", "normality-for-unbiased", "The features need to be normally distributed for OLS.", True),
    (
        "th-lin-01",
        "normality-for-unbiased",
        "Normality only matters for small-sample inference, not for unbiasedness.",
        False,
    ),
    ("th-lin-01", "normality-for-unbiased", "Unbiased coefficients do not require normal errors.", False),
    ("th-logit-01", "coefficient-is-probability", "The probability increases by 0.7 for each unit.", True),
    ("th-logit-01", "coefficient-is-probability", "Users are 70% more likely to click per unit increase.", True),
    (
        "th-logit-01",
        "coefficient-is-probability",
        "The odds roughly double, so the change in probability depends on the starting point.",
        False,
    ),
    (
        "th-logit-01",
        "coefficient-is-probability",
        "It does not mean the probability increases by 0.7; it adds 0.7 to the log-odds.",
        False,
    ),
    ("th-logit-01", "separable-is-perfect", "If the data is separable, training converges quickly.", True),
    ("th-logit-01", "separable-is-perfect", "Perfectly separable data gives you a perfect classifier.", True),
    (
        "th-logit-01",
        "separable-is-perfect",
        "On separable data the weights do not converge; they grow without bound.",
        False,
    ),
    (
        "th-logit-01",
        "separable-is-perfect",
        "Separable training data makes the weights diverge unless you regularize.",
        False,
    ),
    ("th-logit-01", "mse-just-as-good", "MSE would be just as good for logistic regression.", True),
    ("th-logit-01", "mse-just-as-good", "Log loss is just a convention.", True),
    ("th-logit-01", "mse-just-as-good", "MSE is not as good here because it is non-convex with a sigmoid.", False),
    (
        "th-logit-01",
        "mse-just-as-good",
        "Log loss is the Bernoulli negative log-likelihood, and squared error on a sigmoid is not convex.",
        False,
    ),
    ("th-logit-02", "log-loss-guarantees-calibration", "Log loss guarantees calibrated probabilities.", True),
    ("th-logit-02", "log-loss-guarantees-calibration", "With logistic regression calibration is automatic.", True),
    (
        "th-logit-02",
        "log-loss-guarantees-calibration",
        "Calibration is not needed because the model is trained with log loss.",
        True,
    ),
    (
        "th-logit-02",
        "log-loss-guarantees-calibration",
        "Log loss does not guarantee calibration once you down-sample negatives or regularize.",
        False,
    ),
    (
        "th-logit-02",
        "log-loss-guarantees-calibration",
        "Calibration still needs checking, because hashing collisions and regularization bend the probabilities.",
        False,
    ),
    ("th-logit-02", "l2-gives-sparsity", "The L2 penalty keeps most weights at exactly zero.", True),
    ("th-logit-02", "l2-gives-sparsity", "Ridge gives sparse models.", True),
    ("th-logit-02", "l2-gives-sparsity", "L1 sets most weights to exactly zero; L2 only shrinks them.", False),
    ("th-logit-02", "l2-gives-sparsity", "L2 never pushes weights to exactly zero.", False),
    ("th-tree-01", "trees-need-scaling", "Trees need feature scaling, so standardize first.", True),
    ("th-tree-01", "trees-need-scaling", "I would normalize the features before training the tree.", True),
    (
        "th-tree-01",
        "trees-need-scaling",
        "Trees do not need scaling because splits only depend on the order of values.",
        False,
    ),
    ("th-tree-01", "trees-need-scaling", "Scaling is irrelevant to a decision tree.", False),
    ("th-tree-01", "tree-globally-optimal", "The algorithm finds the optimal tree for the data.", True),
    ("th-tree-01", "tree-globally-optimal", "The tree finds the globally optimal set of splits.", True),
    ("th-tree-01", "tree-globally-optimal", "The tree grows greedily and never finds the global optimum.", False),
    ("th-tree-01", "tree-globally-optimal", "Greedy splitting gives a good tree, not a globally optimal one.", False),
    ("th-rf-01", "more-trees-overfit-forest", "A random forest overfits if you use too many trees.", True),
    ("th-rf-01", "more-trees-overfit-forest", "Adding more trees to a random forest makes it overfit.", True),
    (
        "th-rf-01",
        "more-trees-overfit-forest",
        "More trees do not overfit a random forest; the error just levels off.",
        False,
    ),
    (
        "th-rf-01",
        "more-trees-overfit-forest",
        "A random forest with more trees converges rather than overfitting.",
        False,
    ),
    ("th-rf-01", "all-features-best", "Using all features at every split is better.", True),
    ("th-rf-01", "all-features-best", "Setting max features to all is best.", True),
    (
        "th-rf-01",
        "all-features-best",
        "Using all features at every split correlates the trees and is not better for the forest.",
        False,
    ),
    (
        "th-rf-01",
        "all-features-best",
        "Subsampling features decorrelates the trees and usually helps the forest.",
        False,
    ),
    ("th-rf-01", "mdi-is-reliable", "Impurity importance is reliable for ranking features.", True),
    ("th-rf-01", "mdi-is-reliable", "The built-in importance tells you which features really matter.", True),
    ("th-rf-01", "mdi-is-reliable", "Impurity importance is not reliable for high-cardinality features.", False),
    (
        "th-rf-01",
        "mdi-is-reliable",
        "Permutation importance on held-out data is more trustworthy than impurity importance.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "Gradient boosting reweights the misclassified examples for the next tree.",
        True,
    ),
    ("th-gbm-01", "adaboost-reweighting", "Each new tree fits the original labels with updated sample weights.", True),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "AdaBoost reweights misclassified examples, while gradient boosting fits pseudo-residuals.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "Each tree does not fit the original labels; it fits the negative gradient.",
        False,
    ),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "A random forest overfits with more trees, just like boosting.",
        True,
    ),
    ("th-gbm-01", "forest-overfits-like-boosting", "Both overfit as you add more trees.", True),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "A random forest does not overfit as you add trees; the average just converges.",
        False,
    ),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "Boosting overfits with more trees while the forest's error levels off.",
        False,
    ),
    ("th-gbm-01", "higher-lr-more-trees", "A higher learning rate needs more trees.", True),
    ("th-gbm-01", "higher-lr-more-trees", "The smaller learning rate overfits more.", True),
    (
        "th-gbm-01",
        "higher-lr-more-trees",
        "A lower learning rate needs more trees and usually generalizes better.",
        False,
    ),
    ("th-gbm-01", "higher-lr-more-trees", "A higher learning rate does not need more trees; it needs fewer.", False),
    ("th-gbm-02", "leafwise-is-safer", "Leaf-wise growth is safer on small data.", True),
    ("th-gbm-02", "leafwise-is-safer", "LightGBM's leaf-wise growth overfits less on small data.", True),
    ("th-gbm-02", "leafwise-is-safer", "Leaf-wise growth overfits small data unless num_leaves is capped.", False),
    ("th-gbm-02", "leafwise-is-safer", "Leaf-wise growth does not overfit less; cap num_leaves on small data.", False),
    ("th-gbm-02", "xgboost-first-order", "XGBoost only uses the gradient, like plain gradient descent.", True),
    ("th-gbm-02", "xgboost-first-order", "The Hessian is not used in XGBoost.", True),
    ("th-gbm-02", "xgboost-first-order", "XGBoost uses both the gradient and the Hessian.", False),
    ("th-gbm-02", "xgboost-first-order", "XGBoost does not ignore the Hessian; each leaf takes a Newton step.", False),
    ("th-gbm-02", "must-impute-missing", "You need to impute missing values before XGBoost.", True),
    ("th-gbm-02", "must-impute-missing", "LightGBM can't handle missing values.", True),
    (
        "th-gbm-02",
        "must-impute-missing",
        "Missing values need no imputation because each split learns a default direction.",
        False,
    ),
    (
        "th-gbm-02",
        "must-impute-missing",
        "XGBoost handles missing values natively, so there is no need to impute them.",
        False,
    ),
    ("th-km-01", "kmeans-global-optimum", "K-means converges to the global optimum.", True),
    ("th-km-01", "kmeans-global-optimum", "Reruns should always give the same clusters.", True),
    (
        "th-km-01",
        "kmeans-global-optimum",
        "K-means does not converge to the global optimum, only to a local minimum.",
        False,
    ),
    (
        "th-km-01",
        "kmeans-global-optimum",
        "K-means converges, but only to a local minimum that depends on initialization.",
        False,
    ),
    ("th-km-01", "kmeans-scale-free", "Scaling doesn't matter for k-means.", True),
    ("th-km-01", "kmeans-scale-free", "K-means is scale invariant.", True),
    ("th-km-01", "kmeans-scale-free", "K-means is not scale invariant, so standardize first.", False),
    ("th-km-01", "kmeans-scale-free", "Scaling matters a lot, because dollars dominate the distance.", False),
    ("th-km-01", "pick-k-min-inertia", "Just pick the k with the lowest inertia.", True),
    ("th-km-01", "pick-k-min-inertia", "Choose k with minimum inertia.", True),
    (
        "th-km-01",
        "pick-k-min-inertia",
        "Inertia always falls as k grows, so use silhouette or stability to choose k.",
        False,
    ),
    ("th-km-01", "pick-k-min-inertia", "You cannot pick k by the lowest inertia.", False),
    ("th-pca-01", "variance-is-signal", "The first components are the most predictive ones.", True),
    ("th-pca-01", "variance-is-signal", "Keeping 95% of the variance keeps 95% of the information.", True),
    ("th-pca-01", "variance-is-signal", "Higher variance directions are more predictive.", True),
    ("th-pca-01", "variance-is-signal", "The top components are not necessarily the most predictive.", False),
    (
        "th-pca-01",
        "variance-is-signal",
        "A low-variance direction can be the most predictive one, because PCA ignores the label.",
        False,
    ),
    ("th-pca-01", "pca-selects-features", "PCA selects the most important original features.", True),
    ("th-pca-01", "pca-selects-features", "PCA performs feature selection.", True),
    (
        "th-pca-01",
        "pca-selects-features",
        "PCA does not select original features; each component mixes all of them.",
        False,
    ),
    (
        "th-pca-01",
        "pca-selects-features",
        "Unlike feature selection, PCA builds new features as combinations of all the original ones.",
        False,
    ),
    (
        "th-pca-01",
        "fit-pca-on-everything",
        "It's fine to fit PCA on the whole dataset because it ignores labels.",
        True,
    ),
    ("th-pca-01", "fit-pca-on-everything", "Run PCA before splitting the data.", True),
    ("th-pca-01", "fit-pca-on-everything", "Fit PCA on the training data only, never on the whole dataset.", False),
    ("th-pca-01", "fit-pca-on-everything", "Split first, then fit PCA on the training folds.", False),
    ("th-cnn-01", "rotation-invariance", "CNNs are rotation invariant because of weight sharing.", True),
    ("th-cnn-01", "rotation-invariance", "Convolution makes the network invariant to rotation and scale.", True),
    ("th-cnn-01", "rotation-invariance", "CNNs are not rotation invariant; you need augmentation for that.", False),
    (
        "th-cnn-01",
        "rotation-invariance",
        "Convolution is equivariant to translation but not to rotation or scale.",
        False,
    ),
    ("th-cnn-01", "pooling-saves-parameters", "The CNN has fewer parameters because of pooling.", True),
    ("th-cnn-01", "pooling-saves-parameters", "Pooling is the main reason it needs fewer parameters.", True),
    (
        "th-cnn-01",
        "pooling-saves-parameters",
        "Weight sharing, not pooling, is why a CNN needs fewer parameters.",
        False,
    ),
    (
        "th-cnn-01",
        "pooling-saves-parameters",
        "Pooling does not reduce the parameter count; the shared filters do.",
        False,
    ),
    ("th-rnn-01", "clipping-fixes-vanishing", "Gradient clipping fixes vanishing gradients.", True),
    ("th-rnn-01", "clipping-fixes-vanishing", "Vanishing gradients are solved by clipping.", True),
    ("th-rnn-01", "clipping-fixes-vanishing", "Clipping handles exploding gradients, not vanishing ones.", False),
    ("th-rnn-01", "clipping-fixes-vanishing", "Clipping does not fix vanishing gradients; gating does.", False),
    ("th-rnn-01", "nan-from-vanishing", "The NaN is caused by vanishing gradients.", True),
    ("th-rnn-01", "nan-from-vanishing", "Vanishing gradients lead to NaN loss.", True),
    ("th-rnn-01", "nan-from-vanishing", "The NaN comes from exploding gradients, not vanishing ones.", False),
    (
        "th-rnn-01",
        "nan-from-vanishing",
        "Vanishing gradients stall learning, while a sudden NaN means an explosion.",
        False,
    ),
    ("th-tfm-01", "heads-split-tokens", "Each head looks at a different part of the sequence.", True),
    ("th-tfm-01", "heads-split-tokens", "The heads split the tokens between them.", True),
    ("th-tfm-01", "heads-split-tokens", "Each head sees all the tokens but in its own subspace.", False),
    ("th-tfm-01", "heads-split-tokens", "Heads do not split the sequence; they use different projections.", False),
    ("th-tfm-01", "attention-linear-cost", "Self-attention scales linearly with sequence length.", True),
    ("th-tfm-01", "attention-linear-cost", "Attention compute grows linearly with the number of tokens.", True),
    ("th-tfm-01", "attention-linear-cost", "Self-attention is quadratic, not linear, in sequence length.", False),
    ("th-tfm-01", "attention-linear-cost", "Attention cost does not grow linearly; it grows with n squared.", False),
    ("th-tfm-02", "rope-added-to-input", "RoPE adds a position vector to the input embeddings.", True),
    ("th-tfm-02", "rope-added-to-input", "Rotary embeddings are added to the token embeddings.", True),
    ("th-tfm-02", "rope-added-to-input", "RoPE does not add anything to the embeddings; it rotates q and k.", False),
    (
        "th-tfm-02",
        "rope-added-to-input",
        "Sinusoidal vectors are added at the input, whereas RoPE rotates queries and keys.",
        False,
    ),
    ("th-tfm-02", "sinusoids-extrapolate", "Sinusoidal encodings extrapolate to arbitrary lengths.", True),
    ("th-tfm-02", "sinusoids-extrapolate", "Sinusoidal positions work for any length.", True),
    (
        "th-tfm-02",
        "sinusoids-extrapolate",
        "Sinusoidal encodings are defined at every position but do not extrapolate well.",
        False,
    ),
    (
        "th-tfm-02",
        "sinusoids-extrapolate",
        "Models with sinusoidal encodings degrade beyond the training length.",
        False,
    ),
    ("th-tfm-02", "perplexity-is-enough", "Perplexity is enough to check that it worked.", True),
    ("th-tfm-02", "perplexity-is-enough", "If perplexity looks fine the extension worked.", True),
    ("th-tfm-02", "perplexity-is-enough", "Perplexity alone is not enough; test retrieval at many depths.", False),
    ("th-tfm-02", "perplexity-is-enough", "Good perplexity does not show the model uses distant tokens.", False),
    ("th-emb-01", "cosine-proves-quality", "High cosine similarity means the embeddings are good.", True),
    ("th-emb-01", "cosine-proves-quality", "Cosine similarity between related items is enough to evaluate them.", True),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Cosine similarity alone proves nothing; measure recall at k on held-out sessions.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "High cosine similarity does not mean the embeddings are useful downstream.",
        False,
    ),
    ("th-emb-01", "retrain-same-space", "Retraining gives the same embedding space each week.", True),
    ("th-emb-01", "retrain-same-space", "The embeddings stay compatible across versions.", True),
    ("th-emb-01", "retrain-same-space", "Retraining does not keep the same axes; the space can rotate.", False),
    (
        "th-emb-01",
        "retrain-same-space",
        "Each retrain produces a differently rotated space, so consumers must be retrained or aligned.",
        False,
    ),
    ("th-drop-01", "dropout-at-inference", "Dropout stays active at inference time.", True),
    ("th-drop-01", "dropout-at-inference", "Dropout is still applied during serving.", True),
    (
        "th-drop-01",
        "dropout-at-inference",
        "Dropout is switched off at inference, and the scaling already happened during training.",
        False,
    ),
    ("th-drop-01", "dropout-at-inference", "Dropout is not applied at inference.", False),
    ("th-drop-01", "dropout-always-helps", "Dropout always helps generalization.", True),
    ("th-drop-01", "dropout-always-helps", "More dropout is always safer.", True),
    (
        "th-drop-01",
        "dropout-always-helps",
        "Dropout does not always help; if the model is not overfitting it only adds bias.",
        False,
    ),
    ("th-drop-01", "dropout-always-helps", "Dropout helps only when the model overfits.", False),
    ("th-drop-01", "inverted-keeps-variance", "Inverted dropout preserves the variance of the activations.", True),
    ("th-drop-01", "inverted-keeps-variance", "The statistics are identical at training and inference.", True),
    ("th-drop-01", "inverted-keeps-variance", "Inverted dropout preserves the mean, not the variance.", False),
    (
        "th-drop-01",
        "inverted-keeps-variance",
        "The scaling keeps the mean but the variance differs between training and inference.",
        False,
    ),
    ("th-bn-01", "inference-uses-batch-stats", "At inference, batch norm uses the current batch statistics.", True),
    ("th-bn-01", "inference-uses-batch-stats", "At serving time it normalizes with the incoming batch.", True),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference batch norm uses the running averages, not the current batch.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "In eval mode batch norm relies on stored statistics from training.",
        False,
    ),
    ("th-bn-01", "layernorm-over-batch", "LayerNorm normalizes each feature across the batch.", True),
    ("th-bn-01", "layernorm-over-batch", "LayerNorm depends on the batch.", True),
    ("th-bn-01", "layernorm-over-batch", "LayerNorm normalizes over each token's own features.", False),
    ("th-bn-01", "layernorm-over-batch", "LayerNorm does not depend on the batch at all.", False),
    ("th-bn-01", "bn-any-batch-size", "With batch norm the batch size does not matter.", True),
    ("th-bn-01", "bn-any-batch-size", "Batch norm is robust to small batches.", True),
    (
        "th-bn-01",
        "bn-any-batch-size",
        "Batch norm breaks down with small batches because the statistics get noisy.",
        False,
    ),
    ("th-bn-01", "bn-any-batch-size", "With batch size four batch norm statistics are noisy, so freeze them.", False),
    ("th-imb-01", "roc-for-imbalance", "ROC-AUC is the best metric for imbalanced data.", True),
    ("th-imb-01", "roc-for-imbalance", "ROC is insensitive to imbalance, so it is the right metric here.", True),
    (
        "th-imb-01",
        "roc-for-imbalance",
        "ROC-AUC is misleading for imbalanced data because FPR divides by a huge number of negatives.",
        False,
    ),
    ("th-imb-01", "roc-for-imbalance", "ROC-AUC is not the right metric when positives are rare.", False),
    ("th-imb-01", "oversampling-adds-information", "SMOTE adds new information about the fraud class.", True),
    (
        "th-imb-01",
        "oversampling-adds-information",
        "Oversampling gives the model more information about the positives.",
        True,
    ),
    (
        "th-imb-01",
        "oversampling-adds-information",
        "Oversampling adds no new information; it reweights the positives you already have.",
        False,
    ),
    (
        "th-imb-01",
        "oversampling-adds-information",
        "SMOTE interpolates existing frauds rather than creating real new examples.",
        False,
    ),
    (
        "th-imb-02",
        "smote-before-split-fine",
        "Applying SMOTE before splitting is fine if the split is stratified.",
        True,
    ),
    ("th-imb-02", "smote-before-split-fine", "Resampling the whole dataset is okay.", True),
    (
        "th-imb-02",
        "smote-before-split-fine",
        "SMOTE before the split is not fine; resample only the training folds.",
        False,
    ),
    ("th-imb-02", "smote-before-split-fine", "Split first, then apply SMOTE to the training data only.", False),
    (
        "th-imb-02",
        "balanced-weight-999",
        "Balanced multiplies each positive's loss by 999 and negatives keep weight 1.",
        True,
    ),
    ("th-imb-02", "balanced-weight-999", "Positives are weighted 999 and negatives stay at 1.", True),
    (
        "th-imb-02",
        "balanced-weight-999",
        "Balanced gives positives about 500 and negatives about 0.5, a ratio of 999.",
        False,
    ),
    (
        "th-imb-02",
        "balanced-weight-999",
        "Each positive is weighted n over twice the positive count, not 999 against 1.",
        False,
    ),
    ("th-imb-02", "weights-keep-calibration", "Class weights keep the probabilities calibrated.", True),
    ("th-imb-02", "weights-keep-calibration", "Weighting doesn't distort the probabilities.", True),
    (
        "th-imb-02",
        "weights-keep-calibration",
        "Class weights do not keep calibration; they shift the implied prior.",
        False,
    ),
    ("th-imb-02", "weights-keep-calibration", "Weighting distorts the probabilities just like resampling.", False),
    ("th-leak-01", "random-split-fine", "A random split is fine as long as it is stratified.", True),
    ("th-leak-01", "random-split-fine", "A stratified split is enough here.", True),
    ("th-leak-01", "random-split-fine", "A random split is not fine here; split by time.", False),
    ("th-leak-01", "random-split-fine", "A stratified random split still lets the model train on the future.", False),
    ("th-leak-01", "dominant-feature-is-good", "A dominant feature is a good sign and I would keep it.", True),
    ("th-leak-01", "dominant-feature-is-good", "High importance just means it is a strong predictor.", True),
    ("th-leak-01", "dominant-feature-is-good", "A dominant feature is a red flag for leakage.", False),
    (
        "th-leak-01",
        "dominant-feature-is-good",
        "High importance is not a sign of a strong feature here; check when it is recorded.",
        False,
    ),
    ("th-leak-02", "scaling-is-worst", "Global standardisation is the worst leak.", True),
    ("th-leak-02", "scaling-is-worst", "Scaling inflates the score most because it uses test data.", True),
    (
        "th-leak-02",
        "scaling-is-worst",
        "Global scaling is the mildest leak; the post-discharge feature is the worst.",
        False,
    ),
    ("th-leak-02", "scaling-is-worst", "Scaling leaks only a mean and a variance, so it barely matters.", False),
    (
        "th-leak-02",
        "patient-overlap-harmless",
        "The same patient in train and test is fine because the visits differ.",
        True,
    ),
    ("th-leak-02", "patient-overlap-harmless", "Different visits are independent rows.", True),
    ("th-leak-02", "patient-overlap-harmless", "The same patient on both sides is not fine; split by patient.", False),
    (
        "th-leak-02",
        "patient-overlap-harmless",
        "Visits of one patient are strongly correlated, so group the split by patient.",
        False,
    ),
    (
        "th-shift-01",
        "covariate-is-relationship",
        "Covariate shift means the relationship between features and label changes.",
        True,
    ),
    (
        "th-shift-01",
        "covariate-is-relationship",
        "Covariate shift is when the same inputs lead to different labels.",
        True,
    ),
    (
        "th-shift-01",
        "covariate-is-relationship",
        "Covariate shift means P(x) changes while the relationship stays fixed.",
        False,
    ),
    ("th-shift-01", "covariate-is-relationship", "In covariate shift the relationship does not change.", False),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        "Concept drift can be detected by monitoring input feature distributions.",
        True,
    ),
    ("th-shift-01", "concept-drift-from-inputs", "We can catch concept drift with PSI on every feature.", True),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        "Concept drift cannot be detected from input distributions alone; it needs labels.",
        False,
    ),
    (
        "th-shift-01",
        "concept-drift-from-inputs",
        "Input monitoring finds covariate shift, while concept drift needs recent labelled data.",
        False,
    ),
    ("th-shift-01", "drift-alarm-means-retrain", "A drift alarm means we must retrain.", True),
    ("th-shift-01", "drift-alarm-means-retrain", "Always retrain when drift is detected.", True),
    ("th-shift-01", "drift-alarm-means-retrain", "A drift alarm does not necessarily mean you must retrain.", False),
    ("th-shift-01", "drift-alarm-means-retrain", "Retrain only if performance on the shifted slice drops.", False),
    ("th-shift-02", "unclicked-means-disliked", "Unclicked items are irrelevant to users.", True),
    ("th-shift-02", "unclicked-means-disliked", "Zero clicks means users don't want the item.", True),
    (
        "th-shift-02",
        "unclicked-means-disliked",
        "Unclicked items were mostly never shown, so their lack of clicks says nothing about appeal.",
        False,
    ),
    ("th-shift-02", "unclicked-means-disliked", "A missing click does not prove the item is unwanted.", False),
    ("th-shift-02", "offline-gains-mean-better", "Offline metrics improving shows the model is getting better.", True),
    ("th-shift-02", "offline-gains-mean-better", "The offline gains prove the recommender is better.", True),
    (
        "th-shift-02",
        "offline-gains-mean-better",
        "Offline metrics improving doesn't mean the model is better, because the logs come from the same policy.",
        False,
    ),
    (
        "th-shift-02",
        "offline-gains-mean-better",
        "The offline gains are self-confirming, so engagement stays flat.",
        False,
    ),
    ("th-shift-02", "ips-fixes-deterministic", "Inverse propensity weighting can recover the unshown items.", True),
    ("th-shift-02", "ips-fixes-deterministic", "Propensity weighting fixes a deterministic policy.", True),
    (
        "th-shift-02",
        "ips-fixes-deterministic",
        "Inverse propensity weighting cannot recover unshown items when the propensity is zero.",
        False,
    ),
    (
        "th-shift-02",
        "ips-fixes-deterministic",
        "With a deterministic ranker you need some randomness before weighting can help.",
        False,
    ),
    ("th-biz-01", "precision-up-means-better", "Precision went up, so the new model is better.", True),
    ("th-biz-01", "precision-up-means-better", "Higher precision means a better model.", True),
    (
        "th-biz-01",
        "precision-up-means-better",
        "Higher precision does not mean a better model when it notifies fewer users.",
        False,
    ),
    ("th-biz-01", "precision-up-means-better", "Precision rose only because the model notified fewer people.", False),
    ("th-biz-01", "compare-same-threshold", "Using the same threshold for both is fair.", True),
    ("th-biz-01", "compare-same-threshold", "We should compare them at the same threshold.", True),
    ("th-biz-01", "compare-same-threshold", "Compare them at the same send volume, not the same threshold.", False),
    ("th-biz-01", "compare-same-threshold", "A shared threshold is a different operating point on each model.", False),
    ("th-biz-02", "riskiest-best-targets", "The highest-risk customers are the best targets.", True),
    (
        "th-biz-02",
        "riskiest-best-targets",
        "Targeting the highest risk customers is the best use of the discount.",
        True,
    ),
    (
        "th-biz-02",
        "riskiest-best-targets",
        "The highest-risk customers are not the best targets; many leave anyway.",
        False,
    ),
    ("th-biz-02", "riskiest-best-targets", "Target persuadable customers rather than the highest-risk ones.", False),
    ("th-biz-02", "accurate-model-means-impact", "A good AUC means the campaign will work.", True),
    ("th-biz-02", "accurate-model-means-impact", "The model is accurate, so the campaign should work.", True),
    ("th-biz-02", "accurate-model-means-impact", "An accurate churn model doesn't mean the campaign works.", False),
    (
        "th-biz-02",
        "accurate-model-means-impact",
        "AUC ranks churn risk, which is not the effect of the discount.",
        False,
    ),
    ("th-biz-03", "auc-gain-proportional-value", "The AUC gain converts directly into dollars.", True),
    ("th-biz-03", "auc-gain-proportional-value", "That is about 2 percent more revenue.", True),
    (
        "th-biz-03",
        "auc-gain-proportional-value",
        "AUC does not convert directly into dollars; value depends on the operating point.",
        False,
    ),
    ("th-biz-03", "auc-gain-proportional-value", "Value comes from decisions at the threshold, not from AUC.", False),
    ("th-biz-03", "auc-gain-always-valuable", "Any AUC gain is always valuable.", True),
    ("th-biz-03", "auc-gain-always-valuable", "A higher AUC is always better for the business.", True),
    (
        "th-biz-03",
        "auc-gain-always-valuable",
        "A higher AUC is not always worth money if decisions at the threshold stay the same.",
        False,
    ),
    ("th-biz-03", "auc-gain-always-valuable", "An AUC gain far below the threshold is worth nothing.", False),
    ("th-met-01", "raise-threshold-catch-more", "To catch more spam I would raise the threshold.", True),
    ("th-met-01", "raise-threshold-catch-more", "A higher threshold catches more spam.", True),
    ("th-met-01", "raise-threshold-catch-more", "To catch more spam, lower the threshold.", False),
    (
        "th-met-01",
        "raise-threshold-catch-more",
        "Raising the threshold will not catch more spam; it flags fewer messages.",
        False,
    ),
    ("th-met-01", "precision-ignores-prevalence", "Precision stays unchanged because the model is the same.", True),
    ("th-met-01", "precision-ignores-prevalence", "Precision and recall both stay the same.", True),
    ("th-met-01", "precision-ignores-prevalence", "Precision stays the same as before.", True),
    (
        "th-met-01",
        "precision-ignores-prevalence",
        "Recall is unchanged, but precision rises because it depends on prevalence.",
        False,
    ),
    (
        "th-met-01",
        "precision-ignores-prevalence",
        "Precision does not stay the same when the spam share doubles.",
        False,
    ),
    ("th-met-02", "pr-auc-is-a-bug", "The PR-AUC must be a bug.", True),
    ("th-met-02", "pr-auc-is-a-bug", "The PR-AUC looks wrong, so check the code.", True),
    ("th-met-02", "pr-auc-is-a-bug", "The PR-AUC is not a bug; its baseline is the prevalence.", False),
    ("th-met-02", "pr-auc-is-a-bug", "Both numbers can be correct at the same time.", False),
    ("th-met-02", "pr-baseline-half", "PR-AUC for a random model is 0.5.", True),
    ("th-met-02", "pr-baseline-half", "So 0.18 is worse than random.", True),
    (
        "th-met-02",
        "pr-baseline-half",
        "The random baseline for PR-AUC is the prevalence, so 0.18 is far above chance.",
        False,
    ),
    ("th-met-02", "pr-baseline-half", "A PR-AUC of 0.18 is not worse than random here.", False),
    ("th-met-03", "auc-implies-calibration", "Good AUC means the probabilities are calibrated.", True),
    ("th-met-03", "auc-implies-calibration", "A high AUC ensures accurate probabilities.", True),
    ("th-met-03", "auc-implies-calibration", "Good AUC does not mean calibrated probabilities.", False),
    (
        "th-met-03",
        "auc-implies-calibration",
        "AUC only checks the ranking, so calibration has to be measured separately.",
        False,
    ),
    ("th-met-03", "recalibration-lifts-auc", "Platt scaling will also improve the AUC.", True),
    ("th-met-03", "recalibration-lifts-auc", "Recalibration improves the ranking.", True),
    ("th-met-03", "recalibration-lifts-auc", "Platt scaling keeps the order, so it does not change AUC.", False),
    ("th-met-03", "recalibration-lifts-auc", "Recalibration fixes the probabilities without improving AUC.", False),
    ("th-met-03", "overall-means-segments", "Overall calibration means every segment is calibrated.", True),
    ("th-met-03", "overall-means-segments", "If it is fine overall it is fine for the segments.", True),
    (
        "th-met-03",
        "overall-means-segments",
        "Overall calibration can hide segments that are badly miscalibrated.",
        False,
    ),
    ("th-met-03", "overall-means-segments", "Good overall calibration does not guarantee segment calibration.", False),
    ("th-met-04", "descend-on-accuracy", "You can run gradient descent on accuracy directly.", True),
    ("th-met-04", "descend-on-accuracy", "Accuracy is differentiable, so we could optimize it.", True),
    (
        "th-met-04",
        "descend-on-accuracy",
        "Accuracy is not differentiable; its gradient is zero almost everywhere.",
        False,
    ),
    ("th-met-04", "descend-on-accuracy", "You cannot optimize accuracy directly with gradient descent.", False),
    ("th-met-04", "log-loss-bounded", "Log loss is bounded, like accuracy.", True),
    ("th-met-04", "log-loss-bounded", "Log loss caps the penalty for a wrong prediction.", True),
    ("th-met-04", "log-loss-bounded", "Log loss is unbounded when a confident prediction is wrong.", False),
    ("th-met-04", "log-loss-bounded", "Log loss is not bounded; it grows without limit near zero.", False),
    ("th-met-04", "loss-accuracy-contradiction", "Loss rising while accuracy improves is impossible.", True),
    ("th-met-04", "loss-accuracy-contradiction", "Validation loss rising with better accuracy means a bug.", True),
    ("th-met-04", "loss-accuracy-contradiction", "It is possible because the model is getting overconfident.", False),
    ("th-met-04", "loss-accuracy-contradiction", "Rising loss with rising accuracy is not a contradiction.", False),
    ("th-met-05", "ranking-metric-differentiable", "NDCG is differentiable, so you can train on it directly.", True),
    ("th-met-05", "ranking-metric-differentiable", "Just run gradient descent directly on NDCG.", True),
    ("th-met-05", "ranking-metric-differentiable", "NDCG is not differentiable, so we use LambdaRank.", False),
    ("th-met-05", "ranking-metric-differentiable", "Because NDCG depends on a sort, it has no useful gradient.", False),
    ("th-met-05", "unclicked-is-irrelevant", "An unclicked result is irrelevant.", True),
    ("th-met-05", "unclicked-is-irrelevant", "Clicks are reliable relevance labels.", True),
    (
        "th-met-05",
        "unclicked-is-irrelevant",
        "An unclicked result is not necessarily irrelevant; it may never have been seen.",
        False,
    ),
    ("th-met-05", "unclicked-is-irrelevant", "Clicks are biased relevance labels because of position bias.", False),
    ("th-met-06", "rmse-is-robust", "RMSE is more robust to outliers.", True),
    ("th-met-06", "rmse-is-robust", "MSE is less sensitive to outliers than MAE.", True),
    ("th-met-06", "rmse-is-robust", "RMSE is not robust to outliers.", False),
    ("th-met-06", "rmse-is-robust", "MAE is robust to outliers while RMSE is sensitive to them.", False),
    ("th-met-06", "rmse-below-mae", "RMSE can be lower than MAE.", True),
    ("th-met-06", "rmse-below-mae", "MAE can be larger than RMSE.", True),
    ("th-met-06", "rmse-below-mae", "RMSE is never lower than MAE.", False),
    ("th-met-06", "rmse-below-mae", "RMSE is always at least as large as MAE.", False),
    ("th-met-06", "mape-symmetric", "MAPE treats over and under forecasts symmetrically.", True),
    ("th-met-06", "mape-symmetric", "MAPE penalizes both directions equally.", True),
    ("th-met-06", "mape-symmetric", "MAPE is asymmetric and favours under-forecasts.", False),
    ("th-met-06", "mape-symmetric", "MAPE is not symmetric.", False),
    ("th-met-07", "offline-win-means-online-win", "An offline win guarantees an online win.", True),
    ("th-met-07", "offline-win-means-online-win", "If it beats the current model offline it will win online.", True),
    ("th-met-07", "offline-win-means-online-win", "An offline win does not guarantee an online win.", False),
    (
        "th-met-07",
        "offline-win-means-online-win",
        "Offline metrics filter candidates, and the A/B test decides.",
        False,
    ),
    ("th-met-07", "short-test-long-effect", "A one-week test on clicks tells you the long-term effect.", True),
    ("th-met-07", "short-test-long-effect", "A week test is enough for long-term impact.", True),
    ("th-met-07", "short-test-long-effect", "A one-week click test does not show the long-term effect.", False),
    ("th-met-07", "short-test-long-effect", "Short-term clicks can diverge from long-term retention.", False),
]


@pytest.mark.parametrize("prompt_id, misconception_id, sentence, should_match", CASES)
def test_misconception_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    prompt = curriculum.prompts[prompt_id]
    assert isinstance(prompt, TheoryPrompt)
    (mc,) = [m for m in prompt.misconceptions if m.id == misconception_id]
    hits = [c for c in mc.cues if matches_in_order(matcher, sentence, c)]
    assert bool(hits) is should_match, hits


def test_every_prompt_has_misconceptions_and_every_key_point_an_explanation(curriculum: Curriculum) -> None:
    prompts = _prompts(curriculum)
    assert len(prompts) == 39
    for p in prompts:
        assert 1 <= len(p.misconceptions) <= 3, p.id
        for kp in [*p.key_points, *p.follow_up.key_points]:
            assert kp.explanation, f"{p.id}/{kp.id} has no explanation"
            assert len(kp.explanation.split()) <= 95, f"{p.id}/{kp.id}: explanation too long"
        for m in p.misconceptions:
            assert 2 <= len(m.cues) <= 5, f"{p.id}/{m.id}"


def test_every_misconception_has_a_wrong_and_two_right_sentences(curriculum: Curriculum) -> None:
    for p in _prompts(curriculum):
        for m in p.misconceptions:
            rows = [c for c in CASES if c[:2] == (p.id, m.id)]
            assert sum(c[3] for c in rows) >= 1, f"{p.id}/{m.id}: no wrong sentence"
            assert sum(not c[3] for c in rows) >= 2, f"{p.id}/{m.id}: fewer than two right sentences"


def test_correct_texts_do_not_trip_the_prompts_own_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    """The explanations, key points, depths and corrections are right by construction, so a cue that
    fires on them would put "Careful:" on a strong answer."""
    for p in _prompts(curriculum):
        kps = [*p.key_points, *p.follow_up.key_points]
        texts = [k.text for k in kps] + [k.explanation or "" for k in kps]
        texts += [p.depths.s30, p.depths.m2, p.depths.m5] + [m.correction for m in p.misconceptions]
        for m in p.misconceptions:
            for t in texts:
                hits = [c for c in m.cues if matches_in_order(matcher, t, c)]
                assert not hits, f"{p.id}/{m.id}: {hits} fires on {t!r}"


def test_strong_labelled_answers_do_not_trip_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    ids = {p.id for p in _prompts(curriculum)}
    answers = [a for f in own_files() for a in yaml.safe_load(f.read_text())["answers"]]
    strong = [a for a in answers if a["prompt_id"] in ids and a["label"] in ("strong", "long") and a.get("answer")]
    assert len(strong) >= 10
    for a in strong:
        prompt = curriculum.prompts[a["prompt_id"]]
        assert isinstance(prompt, TheoryPrompt)
        for m in prompt.misconceptions:
            hits = [c for c in m.cues if matches_in_order(matcher, a["answer"], c)]
            assert not hits, f"{prompt.id}/{m.id}: {hits} fires on a {a['label']} answer"
