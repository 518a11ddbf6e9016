"""The t1 pass over the bias-variance, classical ML, overfitting, regularization and diagnosis prompts.

Step B: right answers written from the questions and key points only (``tests/labelled/right_fresh_t1.yaml``)
that tripped a misconception; each tripping sentence is kept as a row that must not fire, next to wrong
sentences that must still fire after the cue was narrowed. Step C: cues widened or misconceptions added for
wrong answers of ``wrong_own.yaml`` that no cue caught, each with the wrong phrasing, paraphrases in other
registers, and right sentences with the same vocabulary that must not fire. Matching is the grader's own
(``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-bv-06", "distil-on-hard-labels"): [
        "=hard labels cleaner|preferable|safer",
        "=soft prob*|predictions|targets|outputs noise|noisy",
        "=soft prob*|predictions|targets|outputs mostly|pure|basically noise|noisy",
        "=student hard labels|argmax",
        "student train*|fit*|learn* ensemble* argmax|hard",
    ],
    ("th-lin-01", "heteroscedasticity-biases-coefficients"): [
        "heteroscedastic*|heteroskedastic* bias* coefficient*|estimate*|weights|ols",
        "variance grow*|increas*|chang*|depend* coefficient*|estimate*|weights biased",
        "=unbias* need*|requir* homoscedastic*|homoskedastic*|constant",
        "=homoscedastic*|homoskedastic* need*|required|requir* unbias*",
        "not constant coefficient*|estimate*|weights|model biased",
    ],
    ("th-reg-04", "inverted-dropout-rescale-at-inference"): [
        "inverted multiply*|multiplies weights keep|p|probability|half|0 inference|test|serving",
        "inverted still need*|requir* weights|scaling|rescal*|multiply*|multiplying",
    ],
    ("th-reg-04", "dropout-batchnorm-stack"): [
        "batchnorm|bn keep|use dropout anyway|regardless|always",
        "dropout batchnorm|bn complement*|stack*|independent|orthogonal",
        "batchnorm|bn dropout complement*|stack*|independent|orthogonal",
    ],
    ("th-reg-02", "adam-decay-strongest-on-large-gradients"): [
        "large|big|high historical|past|accumulated gradients strongest|most|stronger|hardest|heaviest"
        " decay|regulariz*|shrink*|penalty",
        "=large|big|high gradient* param*|parameters|weights|ones decay*|decayed|regulariz* most|hardest|strongest",
        "regulariz*|decay piles|concentrat* weights|parameters move*|moving most",
    ],
    ("th2a-fe-02", "train-only-encoding-enough"): [
        "enough|sufficient|fine not|no need* fold|folds|k_fold|oof|out",
        "train* only not|no k_fold|fold|folds|oof need*",
        "train* rows|data|set not need* out|oof|fold|folds|k_fold",
    ],
}

CASES: list[tuple[str, str, str, bool]] = [
    # Step B. th-of-05: "isn't automatically better ... it hurts" read as "augmentation not ... hurt"
    (
        "th-of-05",
        "augmentation-always-helps",
        "Stronger augmentation isn't automatically better regularisation: it hurts when it alters labels,"
        " produces inputs unlike test data, or is so strong the model underfits",
        False,
    ),
    ("th-of-05", "augmentation-always-helps", "Augmentation isn't free: it hurts when it changes the label.", False),
    ("th-of-05", "augmentation-always-helps", "Augmentation can't hurt.", True),
    ("th-of-05", "augmentation-always-helps", "Augmentation never hurts the model.", True),
    ("th-of-05", "augmentation-always-helps", "Data augmentation can never backfire.", True),
    # Step C. th-gbm-01 wo-011: "RF doesnt do that bc its trees are shallow" (the negation reached "trees")
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "RF doesnt do that bc its trees are shallow/pruned and each sees a feature subset, so adding more can't"
        " overfit.",
        True,
    ),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "Random forests use shallow, pruned trees, so more of them can't overfit.",
        True,
    ),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "- RF: shallow trees + feature subsets -> no overfitting with more trees",
        True,
    ),
    ("th-gbm-01", "forest-overfits-like-boosting", "A forest won't overfit because each tree is pruned.", True),
    ("th-gbm-01", "forest-overfits-like-boosting", "Forest trees are grown deep, not shallow, and averaged.", False),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "Random forests average deep trees while boosting adds shallow ones.",
        False,
    ),
    ("th-gbm-01", "forest-overfits-like-boosting", "Unlike a random forest, boosting uses shallow trees.", False),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "A forest of deep unpruned trees converges as you add trees; boosting keeps adding shallow trees that fit"
        " noise.",
        False,
    ),
    (
        "th-gbm-01",
        "forest-overfits-like-boosting",
        "Random forests resist overfitting because the trees are decorrelated, not because they are shallow.",
        False,
    ),
    # th-pca-01 wo-014: "the eigenvector directions stay the same, so standardising is optional"
    (
        "th-pca-01",
        "pca-scale-invariant",
        "Rescaling a feature just rescales its loadings, the eigenvector directions stay the same, so standardising"
        " is optional.",
        True,
    ),
    ("th-pca-01", "pca-scale-invariant", "- rescale a column -> eigenvectors stay the same", True),
    ("th-pca-01", "pca-scale-invariant", "Rescaling a column leaves the principal directions unchanged.", True),
    ("th-pca-01", "pca-scale-invariant", "units don't matter for PCA", True),
    (
        "th-pca-01",
        "pca-scale-invariant",
        "Rescaling a feature changes the directions, so the components are not the same.",
        False,
    ),
    (
        "th-pca-01",
        "pca-scale-invariant",
        "If you rescale one feature the eigenvectors change, so the components are different.",
        False,
    ),
    (
        "th-pca-01",
        "pca-scale-invariant",
        "Scale matters: the components stay dominated by dollars until you standardise.",
        False,
    ),
    (
        "th-pca-01",
        "pca-scale-invariant",
        "Scaling changes the eigenvectors; only if all features share units do the directions stay the same.",
        False,
    ),
    ("th-pca-01", "pca-scale-invariant", "Scaling doesn't matter for trees, but PCA needs it.", False),
    (
        "th-pca-01",
        "pca-scale-invariant",
        "Without standardising, the leading direction stays aligned with the largest-unit feature.",
        False,
    ),
    # th-gbm-01 wo-010: "for log loss it works like AdaBoost: misclassified examples get their weights increased"
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "For log loss it works like AdaBoost: examples the ensemble currently misclassifies get their weights"
        " increased, and the next tree is trained on the reweighted data so it focuses on the hard cases.",
        True,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "- logloss: reweight the misclassified rows, next tree focuses on them",
        True,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "In the classification case boosting upweights the examples it got wrong so the next tree concentrates on"
        " them.",
        True,
    ),
    ("th-gbm-01", "adaboost-reweighting", "For classification it behaves like AdaBoost.", True),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "Unlike AdaBoost, gradient boosting doesn't reweight misclassified examples; it fits the negative gradient.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "AdaBoost increases the weights of misclassified examples, whereas gradient boosting fits pseudo-residuals.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "For log loss the tree fits y - p, so badly misclassified rows get large residuals without any reweighting.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "For log loss gradient boosting works differently from AdaBoost: no reweighting, the tree fits y - p.",
        False,
    ),
    (
        "th-gbm-01",
        "adaboost-reweighting",
        "Boosting does not upweight the wrong examples; it fits residuals, which are largest where the model is"
        " most wrong.",
        False,
    ),
    # th-bv-06 wo-003 (added): distil on the ensemble's argmax, "soft probs are just noise"
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "distill. run the ensemble over the train set, take the argmax, train one student on those hard labels."
        " dont use the soft probs, they're just the ensemble's uncertainty = noise, hard labels are cleaner.",
        True,
    ),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "Label the training set with the ensemble's argmax and train the student on those hard labels.",
        True,
    ),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "Soft probabilities are mostly noise from ensemble disagreement, so the student should copy the argmax.",
        True,
    ),
    ("th-bv-06", "distil-on-hard-labels", "- student: fit on the ensemble argmax, not the soft probs", True),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "Train one student on the ensemble's averaged soft predictions rather than the noisy hard labels.",
        False,
    ),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "The soft targets carry more information than hard labels, which is better for the student.",
        False,
    ),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "It's not that hard labels are cleaner; the soft probabilities carry the smoother function.",
        False,
    ),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "Distil: the student learns from soft targets, not the ensemble's argmax.",
        False,
    ),
    ("th-bv-06", "distil-on-hard-labels", "Soft predictions are less noisy than hard labels.", False),
    (
        "th-bv-06",
        "distil-on-hard-labels",
        "The student trained on soft predictions beats a student trained on hard labels.",
        False,
    ),
    # th-lin-01 wo-008 (added): "they also need homoscedastic errors ... the coefficients themselves get biased"
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "they also need homoscedastic errors: if variance grows with price, the coefficients themselves get biased,"
        " so fix that first (log the target or use WLS)",
        True,
    ),
    ("th-lin-01", "heteroscedasticity-biases-coefficients", "Heteroscedasticity biases the OLS coefficients.", True),
    ("th-lin-01", "heteroscedasticity-biases-coefficients", "- unbiasedness requires homoscedastic errors", True),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "If the error variance isn't constant the estimates are biased, so you must fix that before reading the"
        " weights.",
        True,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "Homoscedasticity is required for unbiased coefficients.",
        True,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "Heteroscedasticity leaves the coefficients unbiased; it only breaks the standard errors.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "Heteroscedasticity doesn't bias the coefficients, it makes the standard errors wrong.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "If variance grows with price, the coefficients stay unbiased but the usual standard errors are wrong; use"
        " robust SEs.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "It's a mistake to think heteroscedasticity biases the coefficients.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "If the variance isn't constant, the standard errors are biased, not the coefficients.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "Unbiasedness requires exogeneity; homoscedasticity is only needed for the textbook standard errors.",
        False,
    ),
    (
        "th-lin-01",
        "heteroscedasticity-biases-coefficients",
        "With heteroscedastic errors OLS is still unbiased but no longer efficient, so WLS gives tighter estimates.",
        False,
    ),
    # th-reg-04 wo-176 (added): "with inverted dropout you then multiply the weights by the keep prob at inference"
    (
        "th-reg-04",
        "inverted-dropout-rescale-at-inference",
        "with inverted dropout you then multiply the weights by the keep prob (0.5) at inference so the scale matches.",
        True,
    ),
    (
        "th-reg-04",
        "inverted-dropout-rescale-at-inference",
        "- inverted dropout: train with 1/p scaling, then also multiply weights by p at test time",
        True,
    ),
    (
        "th-reg-04",
        "inverted-dropout-rescale-at-inference",
        "Inverted dropout still needs rescaling at inference.",
        True,
    ),
    (
        "th-reg-04",
        "inverted-dropout-rescale-at-inference",
        "Inverted dropout still needs the weights scaled by the keep probability at inference.",
        True,
    ),
    (
        "th-reg-04",
        "inverted-dropout-rescale-at-inference",
        "Inverted dropout scales kept activations up by one over the keep probability during training, so inference"
        " runs unchanged.",
        False,
    ),
    (
        "th-reg-04",
        "inverted-dropout-rescale-at-inference",
        "With classic dropout you multiply the weights by the keep probability at test time; inverted dropout moves"
        " that into training.",
        False,
    ),
    (
        "th-reg-04",
        "inverted-dropout-rescale-at-inference",
        "Inverted dropout no longer needs rescaling at inference.",
        False,
    ),
    (
        "th-reg-04",
        "inverted-dropout-rescale-at-inference",
        "Inverted dropout divides by the keep probability during training, so you don't multiply the weights at"
        " test time.",
        False,
    ),
    (
        "th-reg-04",
        "inverted-dropout-rescale-at-inference",
        "Inverted dropout scales activations by 1/p in training instead of multiplying the weights by p at test time.",
        False,
    ),
    (
        "th-reg-04",
        "inverted-dropout-rescale-at-inference",
        "Inverted dropout: no rescaling needed at inference, the network runs unchanged.",
        False,
    ),
    # th-reg-04 wo-177 (added): "if you also have batchnorm, keep dropout anyway, they stack nicely"
    (
        "th-reg-04",
        "dropout-batchnorm-stack",
        "sweep rate incl 0 over a few seeds. if you also have batchnorm, keep dropout anyway, they stack nicely, BN"
        " stabilises, dropout regularises, no interaction between them.",
        True,
    ),
    (
        "th-reg-04",
        "dropout-batchnorm-stack",
        "Dropout and batch norm complement each other, so there is no reason to drop either.",
        True,
    ),
    ("th-reg-04", "dropout-batchnorm-stack", "- BN + dropout: independent effects, always use both", True),
    (
        "th-reg-04",
        "dropout-batchnorm-stack",
        "Dropout and batch norm don't interact well: BN's running statistics are collected with dropout on.",
        False,
    ),
    (
        "th-reg-04",
        "dropout-batchnorm-stack",
        "With batch norm present dropout is often redundant, and the two can conflict through variance shift.",
        False,
    ),
    (
        "th-reg-04",
        "dropout-batchnorm-stack",
        "Keep dropout only if the sweep shows a gain; with batchnorm it often adds nothing.",
        False,
    ),
    (
        "th-reg-04",
        "dropout-batchnorm-stack",
        "Batch norm and dropout are not independent: dropout shifts the variance BN sees at test time.",
        False,
    ),
    # th-reg-02 wo-178: "the weight matrices feeding into a batchnorm should be decayed, shrinking them cuts capacity"
    (
        "th-reg-02",
        "decay-lowers-effective-lr",
        "but the big weight matrices feeding into a batchnorm/layernorm should definately be decayed, shrinking"
        " them cuts capacity just like anywhere else, thats the regularisation you want",
        True,
    ),
    (
        "th-reg-02",
        "decay-lowers-effective-lr",
        "Weights before a layer norm should be decayed like any others, since shrinking them reduces capacity.",
        True,
    ),
    (
        "th-reg-02",
        "decay-lowers-effective-lr",
        "- decay the matrices feeding BN too: smaller norm = less capacity",
        True,
    ),
    (
        "th-reg-02",
        "decay-lowers-effective-lr",
        "Decaying weights that feed a batch norm cuts capacity just like for other layers.",
        True,
    ),
    (
        "th-reg-02",
        "decay-lowers-effective-lr",
        "Norm gains shouldn't be decayed, and decaying the weight matrices reduces capacity.",
        False,
    ),
    (
        "th-reg-02",
        "decay-lowers-effective-lr",
        "Normally, decay reduces capacity, but not for weights feeding a norm layer.",
        False,
    ),
    (
        "th-reg-02",
        "decay-lowers-effective-lr",
        "Weight decay on the layers feeding batch norm doesn't reduce capacity; it raises the effective learning rate.",
        False,
    ),
    (
        "th-reg-02",
        "decay-lowers-effective-lr",
        "Exclude biases and batchnorm parameters from decay, since decaying the large matrices is what reduces"
        " capacity.",
        False,
    ),
    (
        "th-reg-02",
        "decay-lowers-effective-lr",
        "Weights feeding a norm are scale-invariant: decaying them shrinks their norm and raises the effective"
        " learning rate instead of reducing capacity.",
        False,
    ),
    # th-reg-02 wo-180 (added): "parameters with large historical gradients therefore get the strongest decay"
    (
        "th-reg-02",
        "adam-decay-strongest-on-large-gradients",
        "Parameters with large historical gradients therefore get the strongest decay, so regularisation piles onto"
        " the weights that move most.",
        True,
    ),
    (
        "th-reg-02",
        "adam-decay-strongest-on-large-gradients",
        "- adam + L2: big-gradient params get decayed the most",
        True,
    ),
    (
        "th-reg-02",
        "adam-decay-strongest-on-large-gradients",
        "Under Adam, weights with large past gradients get the strongest regularisation.",
        True,
    ),
    ("th-reg-02", "adam-decay-strongest-on-large-gradients", "large-gradient weights are regularised hardest", True),
    (
        "th-reg-02",
        "adam-decay-strongest-on-large-gradients",
        "Parameters with large historical gradients get their decay scaled down, so regularization is weakest where"
        " weights move most.",
        False,
    ),
    (
        "th-reg-02",
        "adam-decay-strongest-on-large-gradients",
        "Adam divides the L2 gradient by the RMS of past gradients, so large-gradient parameters get less decay and"
        " rarely-updated ones get more.",
        False,
    ),
    (
        "th-reg-02",
        "adam-decay-strongest-on-large-gradients",
        "Large historical gradients mean a large denominator, so the decay on those weights is the weakest.",
        False,
    ),
    (
        "th-reg-02",
        "adam-decay-strongest-on-large-gradients",
        "Weights with large gradients move most, and under Adam their decay is weakest.",
        False,
    ),
    (
        "th-reg-02",
        "adam-decay-strongest-on-large-gradients",
        "It is not that large-gradient weights get the most decay; they get the least.",
        False,
    ),
    (
        "th-reg-02",
        "adam-decay-strongest-on-large-gradients",
        "Parameters with small historical gradients get the strongest effective decay.",
        False,
    ),
    # th2a-fe-04 wo-016: "GBMs are trained with gradients, so unscaled features make optimisation ill-conditioned"
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "also GBMs like XGBoost, they're trained w/ gradients so unscaled features make optimisation ill-conditioned.",
        True,
    ),
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "XGBoost is gradient-based, so unscaled inputs slow its convergence like any GD model.",
        True,
    ),
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "- GBMs use gradients too -> scale features or training is ill-conditioned",
        True,
    ),
    ("th2a-fe-04", "trees-need-scaling", "Standardising improves trees.", True),
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "Models trained by gradient descent need scaling, otherwise optimisation is ill-conditioned; GBMs don't.",
        False,
    ),
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "XGBoost uses gradients of the loss with respect to the predictions, not the features, so unscaled features"
        " don't matter.",
        False,
    ),
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "Gradient boosting uses gradients of the loss, but feature scale never enters, so unscaled inputs are fine.",
        False,
    ),
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "Gradient-boosted trees split on order, so unscaled features cause no ill-conditioning.",
        False,
    ),
    (
        "th2a-fe-04",
        "trees-need-scaling",
        "Standardising improves conditioning for gradient descent, not for boosting.",
        False,
    ),
    # th2a-svm-03 wo-020: gamma swapped ("a small gamma makes the kernel very local, giving a wiggly boundary")
    (
        "th2a-svm-03",
        "large-gamma-smooth",
        "A large gamma means each point's influence spreads wide, so the boundary gets very smooth, almost linear,"
        " and can underfit; a small gamma makes the kernel very local, giving a wiggly boundary that memorises the"
        " training points.",
        True,
    ),
    ("th2a-svm-03", "large-gamma-smooth", "Small gamma makes the kernel local and the boundary wiggly.", True),
    ("th2a-svm-03", "large-gamma-smooth", "- low gamma -> overfits, memorises the training set", True),
    ("th2a-svm-03", "large-gamma-smooth", "Smaller gamma overfits.", True),
    (
        "th2a-svm-03",
        "large-gamma-smooth",
        "Large gamma gives narrow bumps and a wiggly boundary; small gamma gives wide bumps and a smooth, nearly"
        " linear boundary.",
        False,
    ),
    ("th2a-svm-03", "large-gamma-smooth", "Large gamma gives a wiggly boundary and small gamma a smooth one.", False),
    ("th2a-svm-03", "large-gamma-smooth", "Going from small gamma to large gamma makes the boundary wiggly.", False),
    ("th2a-svm-03", "large-gamma-smooth", "A small gamma makes the boundary smooth and nearly linear.", False),
    (
        "th2a-svm-03",
        "large-gamma-smooth",
        "With low gamma the kernel is wide; with high gamma it is local and the boundary wiggly.",
        False,
    ),
    ("th2a-svm-03", "large-gamma-smooth", "A small gamma doesn't overfit; it tends to underfit.", False),
    # th2a-fe-03 wo-022: "collisions depend on how many features are active per example"
    (
        "th2a-fe-03",
        "crosses-same-buckets",
        "It didn't hurt collisions much, because collisions depend on how many features are active per example, and"
        " each row only gains a handful of cross features.",
        True,
    ),
    (
        "th2a-fe-03",
        "crosses-same-buckets",
        "Collisions are driven by how many features fire per row, and crosses only add a few per row, so D can stay.",
        True,
    ),
    (
        "th2a-fe-03",
        "crosses-same-buckets",
        "- collision rate scales with active features per example, crosses add few -> keep D",
        True,
    ),
    (
        "th2a-fe-03",
        "crosses-same-buckets",
        "Collisions depend on the number of distinct features, not how many are active per row.",
        False,
    ),
    (
        "th2a-fe-03",
        "crosses-same-buckets",
        "The collision rate depends on how many distinct features exist across the dataset, roughly 1 - e^(-n/D),"
        " so crosses raise it sharply.",
        False,
    ),
    (
        "th2a-fe-03",
        "crosses-same-buckets",
        "Collisions depend on the total vocabulary, which crosses multiply, even though each example only has a few"
        " active features.",
        False,
    ),
    (
        "th2a-fe-03",
        "crosses-same-buckets",
        "What matters for collisions is distinct values overall, not active features per example.",
        False,
    ),
    # th2a-fe-03 wo-023: "1M features into 2^20 buckets is fine" (two buckets-as-features cues merged to make room)
    (
        "th2a-fe-03",
        "equal-buckets-no-collisions",
        "Any two features collide with probability 1/D, so with D = 2^20 ≈ 1M the chance is about 1e-6 per pair,"
        " negligible; 1M features into 2^20 buckets is fine.",
        True,
    ),
    ("th2a-fe-03", "equal-buckets-no-collisions", "2^20 buckets is plenty for a million features.", True),
    ("th2a-fe-03", "equal-buckets-no-collisions", "- 2^20 buckets for ~1M features, collisions negligible", True),
    ("th2a-fe-03", "equal-buckets-no-collisions", "As many buckets as features avoids collisions.", True),
    ("th2a-fe-03", "equal-buckets-no-collisions", "Buckets equal to the number of features prevents collisions.", True),
    (
        "th2a-fe-03",
        "equal-buckets-no-collisions",
        "1M features into 2^20 buckets collide about 60% of the time; 2^24 is fine.",
        False,
    ),
    ("th2a-fe-03", "equal-buckets-no-collisions", "2^20 buckets is not enough for a million features.", False),
    (
        "th2a-fe-03",
        "equal-buckets-no-collisions",
        "Even with as many buckets as features, most features share a bucket, so you can't avoid collisions that way.",
        False,
    ),
    (
        "th2a-fe-03",
        "equal-buckets-no-collisions",
        "With D = 2^20 and a million features, a feature shares its bucket about 60% of the time, so D = 2^24 is"
        " safer.",
        False,
    ),
    # th2a-fe-02 wo-026 (added): "fit the city means on the train split only ... no need for k-fold encoding"
    (
        "th2a-fe-02",
        "train-only-encoding-enough",
        "jump is leakage from the encoder seeing val labels. fix: fit the city means on the train split only, apply"
        " to val/test. that's enough, no need for k-fold encoding on train rows. also smooth toward the global mean"
        " so tiny cities don't get extreme values",
        True,
    ),
    (
        "th2a-fe-02",
        "train-only-encoding-enough",
        "- fit encoding on train only, apply to val -> leak fixed, no k-fold needed",
        True,
    ),
    (
        "th2a-fe-02",
        "train-only-encoding-enough",
        "Fitting the encoder on the training split only is enough; the training rows don't need out-of-fold encoding.",
        True,
    ),
    (
        "th2a-fe-02",
        "train-only-encoding-enough",
        "Fitting on training data only isn't enough: each training row's own label is still inside its encoding, so"
        " use out-of-fold encoding.",
        False,
    ),
    (
        "th2a-fe-02",
        "train-only-encoding-enough",
        "Fit the encoder on training data only for validation and test, and compute the training rows' encodings"
        " out of fold.",
        False,
    ),
    ("th2a-fe-02", "train-only-encoding-enough", "Train-only fitting is necessary but not sufficient.", False),
    (
        "th2a-fe-02",
        "train-only-encoding-enough",
        "With CatBoost's ordered statistics you don't need folds at all.",
        False,
    ),
    (
        "th2a-fe-02",
        "train-only-encoding-enough",
        "Ordered statistics are enough on their own; no need for K folds.",
        False,
    ),
    (
        "th2a-fe-02",
        "train-only-encoding-enough",
        "Validation rows don't need out-of-fold encoding, the training rows do.",
        False,
    ),
    (
        "th2a-fe-02",
        "train-only-encoding-enough",
        "Fitting on training data only fixes the validation leak, and out-of-fold encoding fixes the training rows.",
        False,
    ),
    # th2a-fe-02 wo-027: "CatBoost's ordered statistics, which is the leave-one-out encoding"
    (
        "th2a-fe-02",
        "ordered-uses-all-rows",
        "or CatBoost's ordered statistics, which is the leave-one-out encoding enc_i = (S_c − y_i)/(n_c − 1), i.e."
        " every row's mean excludes only itself, which removes the leak without folds.",
        True,
    ),
    ("th2a-fe-02", "ordered-uses-all-rows", "- catboost ordered TS = leave-one-out mean", True),
    ("th2a-fe-02", "ordered-uses-all-rows", "Ordered target statistics are just leave-one-out encoding.", True),
    (
        "th2a-fe-02",
        "ordered-uses-all-rows",
        "In-sample target statistics leave each row's own label inside its encoding.",
        False,
    ),
    (
        "th2a-fe-02",
        "ordered-uses-all-rows",
        "Ordered statistics, unlike leave-one-out, use only rows earlier in a random permutation.",
        False,
    ),
    (
        "th2a-fe-02",
        "ordered-uses-all-rows",
        "Ordered target statistics aren't leave-one-out: each row only sees the rows before it in a permutation.",
        False,
    ),
    (
        "th2a-fe-02",
        "ordered-uses-all-rows",
        "Leave-one-out encoding still leaks, while ordered statistics use only earlier rows.",
        False,
    ),
    # th-shift-02 wo-053: "treating unclicked items as negatives is fine"
    (
        "th-shift-02",
        "unclicked-means-disliked",
        "But items that never get clicks are genuinely weaker: users would click them otherwise, so treating"
        " unclicked items as negatives is fine.",
        True,
    ),
    (
        "th-shift-02",
        "unclicked-means-disliked",
        "- unclicked = negative label, fine since users saw nothing they wanted",
        True,
    ),
    (
        "th-shift-02",
        "unclicked-means-disliked",
        "Unclicked items are negatives, that's fine: users would have clicked them otherwise.",
        True,
    ),
    (
        "th-shift-02",
        "unclicked-means-disliked",
        "Treating unclicked items as negatives is wrong, since most were never shown.",
        False,
    ),
    ("th-shift-02", "unclicked-means-disliked", "Unclicked items aren't safe negatives.", False),
    (
        "th-shift-02",
        "unclicked-means-disliked",
        "Unshown items are not negatives, so it's not fine to label them zero.",
        False,
    ),
    (
        "th-shift-02",
        "unclicked-means-disliked",
        "Unclicked but shown items are weak negatives, fine to use with care, while unshown items have no label at"
        " all.",
        False,
    ),
    # th-leak-01 wo-058: "you can't really separate leakage from skew offline"
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "You can't really separate leakage from skew offline, because a leaked feature is present in both the"
        " historical training and test data, so any backtest will look just as good.",
        True,
    ),
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "- can't distinguish leakage vs skew offline, the backtest has the same leaked feature",
        True,
    ),
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "You cannot tell leakage from shift offline; you need production logs.",
        True,
    ),
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "Leakage shows up offline: an honest out-of-time backtest already reproduces the drop.",
        False,
    ),
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "You can separate leakage from skew offline with an out-of-time backtest.",
        False,
    ),
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "You can't tell skew from shift offline alone; compare logged serving features with offline ones.",
        False,
    ),
    (
        "th-leak-01",
        "leakage-only-in-prod",
        "Offline you can't distinguish skew from shift, but leakage you can reproduce.",
        False,
    ),
    # th-of-05 wo-140: "8N independent training examples ... equivalent to collecting 8x the labelled data"
    (
        "th-of-05",
        "augment-adds-capacity",
        "With 8 label-preserving transforms (flips × crops) N images become 8N independent training examples, so"
        " augmentation is equivalent to collecting 8× the labelled data, and the generalisation gap shrinks like it"
        " would with 8N real samples.",
        True,
    ),
    (
        "th-of-05",
        "augment-adds-capacity",
        "Augmentation gives you independent new examples, as good as collecting more labelled data.",
        True,
    ),
    ("th-of-05", "augment-adds-capacity", "Augmenting is equivalent to gathering more real data.", True),
    (
        "th-of-05",
        "augment-adds-capacity",
        "Augmentation is not equivalent to collecting more labelled data: the copies are highly correlated.",
        False,
    ),
    ("th-of-05", "augment-adds-capacity", "Augmented copies are correlated, not independent training examples.", False),
    (
        "th-of-05",
        "augment-adds-capacity",
        "It enlarges the effective training set with prior knowledge rather than new labels.",
        False,
    ),
    (
        "th-of-05",
        "augment-adds-capacity",
        "Augmentation is cheaper than collecting new labelled data, but worth less per example.",
        False,
    ),
    (
        "th-of-05",
        "augment-adds-capacity",
        "Eight flipped and cropped versions are not eight independent samples.",
        False,
    ),
    # th2a-hps-01 wf2-076: "lr: sample uniformly between 1e-4 and 1e-1"
    ("th2a-hps-01", "linear-learning-rate", "lr: sample uniformly between 1e-4 and 1e-1", True),
    ("th2a-hps-01", "linear-learning-rate", "- learning rate: sample uniformly in [0.0001, 0.1]", True),
    ("th2a-hps-01", "linear-learning-rate", "uniform lr between 1e-4 and 0.1", True),
    ("th2a-hps-01", "linear-learning-rate", "lr: sample log-uniformly between 1e-4 and 1e-1", False),
    ("th2a-hps-01", "linear-learning-rate", "Sample the learning rate log-uniformly, not uniformly.", False),
    ("th2a-hps-01", "linear-learning-rate", "Sample the learning rate log-uniformly.", False),
    # th2a-svm-03 wp-068: "large C means a stronger penalty"
    (
        "th2a-svm-03",
        "c-direction-swapped",
        "C is the regularisation strength like in ridge, large C means a stronger penalty so the boundary gets"
        " smoother and accepts more training errors, small C lets it bend around every point.",
        True,
    ),
    ("th2a-svm-03", "c-direction-swapped", "Large C means more regularization.", True),
    ("th2a-svm-03", "c-direction-swapped", "A higher C gives a heavier penalty on the weights.", True),
    (
        "th2a-svm-03",
        "c-direction-swapped",
        "Large C means a weaker penalty and a boundary that fits the training points.",
        False,
    ),
    ("th2a-svm-03", "c-direction-swapped", "Large C means less regularization; small C means more.", False),
    (
        "th2a-svm-03",
        "c-direction-swapped",
        "A large C forces the boundary to fit more training points, small C gives a smoother one.",
        False,
    ),
    # th-bv-04 wp-001: "k=n: you average everything ... so variance is maximal"
    (
        "th-bv-04",
        "large-k-variance",
        "k=1: the neighbourhood is a single point, so the prediction is rigid and biased. k=n: you average"
        " everything, which makes the model very sensitive to which rows you sampled, so variance is maximal.",
        True,
    ),
    ("th-bv-04", "large-k-variance", "k = n: averaging all the labels makes variance the highest.", True),
    ("th-bv-04", "large-k-variance", "- k=n: averages everything -> variance maximal", True),
    ("th-bv-04", "large-k-variance", "At k = n you average all labels: maximal bias and almost no variance.", False),
    ("th-bv-04", "large-k-variance", "Averaging everything removes variance but adds maximal bias.", False),
    (
        "th-bv-04",
        "large-k-variance",
        "At k = n every query gets the global mean, maximal bias and almost no variance.",
        False,
    ),
    # th2a-hps-04 wp-065: "the best of 200 mean CV scores undersells the model ... a conservative estimate"
    (
        "th2a-hps-04",
        "more-trials-less-bias",
        "Reporting the best of 200 mean CV scores actually undersells the model: each CV fold trains on only 80% of"
        " the data, so the scores are pessimistic, and the winner's score is a conservative estimate.",
        True,
    ),
    (
        "th2a-hps-04",
        "more-trials-less-bias",
        "The best CV score is a conservative estimate of production performance.",
        True,
    ),
    (
        "th2a-hps-04",
        "more-trials-less-bias",
        "- max CV score underestimates the true performance since folds train on 80%",
        True,
    ),
    (
        "th2a-hps-04",
        "more-trials-less-bias",
        "Each fold trains on 80% of the data, so CV scores are slightly pessimistic, but selecting the best of 200"
        " makes the winner optimistic.",
        False,
    ),
    ("th2a-hps-04", "more-trials-less-bias", "The best CV score is optimistic, not conservative.", False),
    (
        "th2a-hps-04",
        "more-trials-less-bias",
        "The best score is not a conservative estimate; it is biased upward.",
        False,
    ),
    (
        "th2a-hps-04",
        "more-trials-less-bias",
        "CV scores can be slightly pessimistic because each fold trains on less data.",
        False,
    ),
]


CHECKS = Checks(rows=[(list(ADDED), 3, 3)], cue_cap=list(ADDED), right_texts={p for p, _, _, _ in CASES}, added=[ADDED])
