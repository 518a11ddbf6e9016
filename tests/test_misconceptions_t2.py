"""The t2 pass over the deep-learning, gradient-descent, LLM-stack and probability prompts.

Step B: false alarms found by correct answers written from the questions and key points only
(``tests/labelled/right_fresh_t2.yaml``). Each sentence that fired is kept as a row that must not fire,
next to wrong sentences that must still fire after the cue was narrowed.

Step C: misses on the tuning set ``wrong_own``: a cue widened on an existing misconception, or a
misconception added, each with the wrong phrasing and paraphrases that must fire and right sentences
(the key point's claim, a denial, a "rather than" contrast, a related true statement) that must not.
Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

import pytest

from bot.core.curriculum import Curriculum
from bot.core.matcher import Matcher
from tests.misconception_support import (
    case_ids,
    check_added,
    check_cue_cap,
    check_right_texts,
    check_rows,
    fired,
    states,
)

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th-bn-01", "removes-covariate-shift"): [
        "helps|works|because|reason remov*|eliminat*|reduc*|fix*|kill*|solv*|cur* internal covariate",
        "=bn|batchnorm remov*|eliminat*|fix*|kill*|solv*|reduc* internal covariate",
    ],
}

#: cues this pass added to or narrowed on existing misconceptions
CHANGED: dict[tuple[str, str], list[str]] = {
    ("th-ft-01", "fine-tune-to-add-facts"): [
        "fine tune model learns product",
        "=fine tune docs model know*|learn*",
        "=fine tune docs know*|learn*",
    ],
    ("th-bn-01", "inference-uses-batch-stats"): [
        "=inference|eval|serving|test same whatever|whichever|incoming|given|current batch",
    ],
    ("th-emb-01", "cosine-proves-quality"): [
        "closer|higher than random embedding*|vectors good|ready|fine|usable",
        "=closer|close embedding*|vectors good|ready|fine|usable|solid enough",
    ],
    ("th2b-norm-01", "ln-across-batch"): [
        "=ln|layernorm feature*|channel* normaliz*|normalis*|stat*|statistics across|over",
    ],
    ("th2b-norm-01", "rmsnorm-keeps-centering"): [
        "=rmsnorm subtract*|center*|centr*|keep*|retain* mean|average|centering|centr*|center*",
        "=drop*|skip*|remov*|rid learned|gain|gamma|γ|scale|scaling|variance|rescal*|std",
    ],
}

TOUCHED: list[tuple[str, str]] = list(ADDED)

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference it does the same thing on whatever batch it is given, so with one request at "
        "a time the variance is zero and outputs blow up.",
        True,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At serving it just does the same on the incoming batch, so one request at a time gives zero variance.",
        True,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "at inference: same thing, whatever batch you pass in, just mean/var of that batch",
        True,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference BN is deterministic: the same input gives the same output whichever batch it is served in.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference LayerNorm gives the same result whatever batch it is in.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference it does the same normalisation but with running averages from training.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference it uses running averages from training, so an example's output doesn't depend on its batch.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "At inference it's the same for every request: running statistics, not the batch.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "Eval mode uses the same running statistics for every request, regardless of the current batch.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "If serving runs in train mode, each request is normalised by its own statistics and every activation shifts.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "It's not that at inference it does the same thing on whatever batch it is given; it uses "
        "the stored running statistics.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "LayerNorm behaves the same whatever the batch size, at training and at inference.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "LayerNorm does the same computation at training and inference, whatever the batch.",
        False,
    ),
    (
        "th-bn-01",
        "inference-uses-batch-stats",
        "With running statistics at inference, a request gets the same output whatever batch it lands in.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "BN helps because it removes internal covariate shift: every layer is guaranteed inputs "
        "with fixed mean and variance, so it never has to re-adapt to upstream changes.",
        True,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "It works by eliminating internal covariate shift, so each layer always sees the same input distribution.",
        True,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "- why it helps: kills internal covariate shift -> every layer gets a stable input distribution",
        True,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "batchnorm fixes internal covariate shift, the layers dont have to keep readapting to shifting inputs",
        True,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "Batch norm eliminates internal covariate shift, which is why deep nets train faster with it.",
        True,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "It was introduced to reduce internal covariate shift, but that explanation is disputed; it "
        "mainly smooths the loss landscape.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "The original internal-covariate-shift explanation is disputed; BN conditions the loss "
        "landscape so higher learning rates are stable.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "People say it helps because it removes internal covariate shift, but later work showed it "
        "mostly smooths the loss landscape.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "Rather than removing internal covariate shift, BN seems to help by making the landscape smoother.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "The paper claimed it reduces internal covariate shift; later work disputes that and points "
        "to a smoother loss landscape.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "It helps because it smooths the loss landscape, so higher learning rates are stable.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "It normalises each channel to zero mean and unit variance, then the learned scale and "
        "shift restore expressiveness.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "It is not really about internal covariate shift; BN makes the optimisation better conditioned.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "BN was designed to fix internal covariate shift, but the real benefit is a smoother loss landscape.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "The layers don't have to adapt to a batch-size change with LayerNorm.",
        False,
    ),
    (
        "th-bn-01",
        "removes-covariate-shift",
        "Each layer sees inputs with zero mean and unit variance during training, and γ and β can undo that.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "eval: compute the mean cosine similarity of co-purchased pairs vs random pairs; if "
        "co-purchased pairs are clearly closer, the embeddings are good enough to hand over",
        True,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "If related items come out closer than random pairs, the embeddings are ready for the other team.",
        True,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "- co-viewed pairs closer than random ones → embeddings good to ship",
        True,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "We checked that co-purchased items had higher similarity than random pairs, so the vectors "
        "were fine to release.",
        True,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Cosine similarity alone proves nothing; co-purchased pairs being closer than random pairs "
        "is only a sanity check.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Similar items end up close together because they get similar gradient updates.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Sanity-check nearest neighbours by hand, then measure recall@k on held-out future sessions "
        "before handing the embeddings over.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "It's not enough that co-purchased pairs are closer than random pairs; the embeddings are "
        "only good if recall@k and the downstream lift hold up.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Items with similar contexts drift closer, and the embeddings are good at retrieval only if "
        "recall@k on future sessions says so.",
        False,
    ),
    (
        "th-emb-01",
        "cosine-proves-quality",
        "Rather than trusting that related items are closer, the embeddings should be judged by "
        "recall@k on future sessions.",
        False,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "If we fine-tune on the docs, the model knows our product.",
        True,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Fine-tune it on our docs so it knows the product.",
        True,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "id finetune on the docs, thats how the model actualy learns our product facts",
        True,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Just fine-tune the model on the product docs and it will learn the product.",
        True,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "The PM's idea that fine-tuning on the docs makes the model know the product is the usual "
        "mistake: recall of fine-tuned facts is patchy, it confabulates, and it can't cite or "
        "unlearn.",
        False,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "With RAG over the docs the model knows the current product facts.",
        False,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Fine-tuning teaches the model our tone, while RAG makes it know the product.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "BN: each example normalised across its own features. LN: each feature normalised across "
        "the batch. both then γ/β.",
        True,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm: feature statistics over the whole batch, per layer.",
        True,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "layer norm features normalized across the batch, same as BN but at every layer",
        True,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises each token over its own features, independent of the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "BatchNorm normalises each feature across the batch; LayerNorm normalises each example "
        "across its own features.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "BatchNorm normalises each feature (channel) with statistics taken across the batch and spatial positions.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LN normalises each example across its features, so it doesn't depend on the batch size.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "Unlike BatchNorm, which normalises each feature over the batch, LayerNorm works per token.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "It's not that LayerNorm normalises each feature across the batch; that's BatchNorm.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises across the feature dimension rather than across the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm: per token over features; BatchNorm: per feature over the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises over each token's features instead of over the batch, so batch size "
        "and padding don't matter.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LN computes statistics per token over its features, not over the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises across features and BatchNorm across the batch, so BN depends on the other examples.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises each token across its features and BatchNorm each feature across the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises across features, BatchNorm across the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "BatchNorm normalises across the batch, while LayerNorm works per token.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm's feature normalisation happens per token, independent of the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm feature normalisation is per token, independent of the batch size.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "RMSNorm keeps the mean subtraction but drops the learned scale γ, dividing by the standard deviation only.",
        True,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "- RMSNorm: keeps centering, removes the learned gain",
        True,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "RMSNorm retains the mean-centering step and gets rid of the scale parameter, which is why it is cheaper.",
        True,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "RMSNorm skips the rescaling and only subtracts the mean.",
        True,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "rmsnorm subtracts the mean but doesnt divide by anything",
        True,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "RMSNorm drops the mean subtraction and the bias and divides by the root mean square, "
        "keeping the learned scale γ.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "RMSNorm keeps the learned scale γ but removes the mean subtraction and the bias.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "It's not that RMSNorm keeps the mean subtraction; it skips it and only rescales.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "LayerNorm keeps the mean subtraction; RMSNorm drops it and divides by the RMS.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "RMSNorm keeps only the rescaling, not the mean subtraction.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "RMSNorm drops the bias β but keeps the gain γ, so x / RMS(x) · γ.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "Rather than keeping the mean subtraction, RMSNorm divides by the root mean square.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "RMSNorm drops the mean subtraction, not the scaling, and is cheaper than LayerNorm.",
        False,
    ),
    (
        "th2b-norm-01",
        "rmsnorm-keeps-centering",
        "RMSNorm = x / RMS(x) · γ: no centering, no bias, cheaper and works as well in LLMs.",
        False,
    ),
]

#: right answers (several clauses, the same vocabulary): no added or changed cue may fire
RIGHT_ANSWERS: list[tuple[str, str]] = []


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_match",
    CASES,
    ids=case_ids(CASES),
)
def test_t2_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    hits = fired(curriculum, matcher, prompt_id, misconception_id, sentence)
    assert bool(hits) is should_match, hits


def test_every_added_misconception_has_wrong_and_right_sentences(curriculum: Curriculum) -> None:
    check_rows(curriculum, TOUCHED, CASES, wrong=3, right=3)


def test_added_and_changed_cues_are_in_the_content(curriculum: Curriculum) -> None:
    check_added(curriculum, {**ADDED, **CHANGED})


def test_added_cues_stay_within_the_cap(curriculum: Curriculum, matcher: Matcher) -> None:
    check_cue_cap(curriculum, matcher, TOUCHED)


@pytest.mark.parametrize(
    "prompt_id, text", RIGHT_ANSWERS, ids=[f"{p}:{i}" for i, (p, _) in enumerate(RIGHT_ANSWERS)] or None
)
def test_right_answers_do_not_trip_added_misconceptions(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, text: str
) -> None:
    cues = {**ADDED, **CHANGED}
    hits = [(mid, c) for (pid, mid), cs in cues.items() if pid == prompt_id for c in cs if states(matcher, text, c)]
    assert not hits, hits


def test_correct_texts_do_not_trip_touched_prompts(curriculum: Curriculum, matcher: Matcher) -> None:
    check_right_texts(curriculum, matcher, {p for p, _ in [*ADDED, *CHANGED]})
