"""Misconceptions of the gradient-descent, LLM-stack, overfitting, probability and regularization
prompts. Each belief's cues must fire on a sentence that states it and stay quiet on the correct
claim, including the correct claim said with a negation; matching is the grader's own
(``Matcher.states``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bench.accuracy import own_files
from bot.core.curriculum import Curriculum, TheoryPrompt
from bot.core.matcher import Matcher
from tests.misconception_support import all_cases, case_ids, fired, states

FILES = ("gradient_descent", "llm_stack", "overfitting", "probability", "regularization")


def _ours(curriculum: Curriculum) -> list[TheoryPrompt]:
    return [
        p
        for p in curriculum.prompts.values()
        if isinstance(p, TheoryPrompt) and Path(curriculum.sources[p.id]).stem in FILES
    ]


CASES: list[tuple[str, str, str, bool]] = [
    (
        "th-prob-01",
        "both-false-alarms-is-posterior",
        "Both checks false-alarm with probability 0.0001, so the flagged transaction is fraud with 99.99% probability.",
        True,
    ),
    (
        "th-prob-01",
        "both-false-alarms-is-posterior",
        "After the second check the posterior odds are about 10 to 1, so roughly 91% fraud.",
        False,
    ),
    (
        "th-prob-01",
        "both-false-alarms-is-posterior",
        "It is not 99.99%: 0.0001 is the chance a legitimate transaction trips both checks.",
        False,
    ),
    ("th-gd-01", "noise-linear-in-batch", "The gradient noise is inversely proportional to the batch size.", True),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "Doubling the batch cuts the noise in half, because noise falls linearly with batch size.",
        True,
    ),
    ("th-gd-01", "noise-linear-in-batch", "If you double the batch size, the noise is halved.", True),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        (
            "The variance is inversely proportional to the batch size, so the noise shrinks with the "
            "square root of the batch."
        ),
        False,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "Doubling the batch halves the variance, while the standard deviation drops by root two.",
        False,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "The noise does not fall linearly with the batch size; it falls with its square root.",
        False,
    ),
    (
        "th-gd-01",
        "noise-linear-in-batch",
        "The noise is not halved by doubling the batch, only the variance is.",
        False,
    ),
    (
        "th-gd-01",
        "bigger-batch-better-model",
        "Larger batches always give a better model because the gradient is exact.",
        True,
    ),
    (
        "th-gd-01",
        "bigger-batch-better-model",
        "A bigger batch generalizes better since the gradient is more accurate.",
        True,
    ),
    (
        "th-gd-01",
        "bigger-batch-better-model",
        "Smaller batches often generalize better than larger ones because their noise helps.",
        False,
    ),
    (
        "th-gd-01",
        "bigger-batch-better-model",
        "A larger batch is not always better; past some size it only wastes compute.",
        False,
    ),
    (
        "th-gd-01",
        "bigger-batch-better-model",
        "A bigger batch is not a better model, only a cheaper gradient per example on a GPU.",
        False,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "You don't need to change the learning rate when you double the batch.",
        True,
    ),
    ("th-gd-01", "lr-independent-of-batch", "The learning rate is independent of the batch size.", True),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "The learning rate doesn't depend on the batch, so keep the learning rate unchanged.",
        True,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        ("Double the learning rate with the batch so the ratio of learning rate to batch size stays the same."),
        False,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "The learning rate is not independent of the batch size; scale it linearly.",
        False,
    ),
    (
        "th-gd-01",
        "lr-independent-of-batch",
        "If you don't change the learning rate you take half the steps and undertrain.",
        False,
    ),
    ("th-gd-02", "momentum-is-bigger-lr", "Momentum is basically the same as a larger learning rate.", True),
    (
        "th-gd-02",
        "momentum-is-bigger-lr",
        "Momentum makes the steps larger in every direction, so you move faster.",
        True,
    ),
    (
        "th-gd-02",
        "momentum-is-bigger-lr",
        "Momentum is not the same as a larger learning rate: sign-flipping components cancel.",
        False,
    ),
    (
        "th-gd-02",
        "momentum-is-bigger-lr",
        "Momentum enlarges steps along the valley floor while the oscillating components cancel.",
        False,
    ),
    (
        "th-gd-02",
        "momentum-is-bigger-lr",
        "Higher momentum raises the effective learning rate, so you often lower the learning rate.",
        False,
    ),
    ("th-gd-02", "zigzag-is-noise", "The zig-zag is caused by the noise of the mini-batches.", True),
    ("th-gd-02", "zigzag-is-noise", "A bigger batch would remove the oscillation.", True),
    ("th-gd-02", "zigzag-is-noise", "The noise causes the zigzag.", True),
    (
        "th-gd-02",
        "zigzag-is-noise",
        (
            "The oscillation comes from an ill-conditioned valley with steep walls, and it happens with"
            " full batches too."
        ),
        False,
    ),
    (
        "th-gd-02",
        "zigzag-is-noise",
        "The oscillation is not caused by noise; the exact gradient zig-zags across the steep walls.",
        False,
    ),
    (
        "th-gd-02",
        "zigzag-is-noise",
        "A bigger batch won't fix the zig-zag, because the curvature stays the same.",
        False,
    ),
    ("th-gd-03", "adam-step-scales-with-gradient", "In Adam the step grows with the size of the gradient.", True),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "Adam's update is proportional to the gradient, just smoothed.",
        True,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "In Adam the step is roughly the learning rate, whatever the size of the gradient.",
        False,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "Adam's step is not proportional to the gradient, because it divides by its root mean square.",
        False,
    ),
    (
        "th-gd-03",
        "adam-step-scales-with-gradient",
        "Unlike SGD, where larger gradients give larger steps, Adam normalizes them away.",
        False,
    ),
    (
        "th-gd-03",
        "uncorrected-steps-too-small",
        "Without bias correction the first steps would be too small, because m starts at zero.",
        True,
    ),
    (
        "th-gd-03",
        "uncorrected-steps-too-small",
        "Since both averages start at zero, the updates are too small at the beginning.",
        True,
    ),
    (
        "th-gd-03",
        "uncorrected-steps-too-small",
        ("Without bias correction the first steps are too large, because v is underestimated far more than m."),
        False,
    ),
    (
        "th-gd-03",
        "uncorrected-steps-too-small",
        "The uncorrected first steps are not small at all; they are about three times too large.",
        False,
    ),
    (
        "th-gd-03",
        "uncorrected-steps-too-small",
        ("Bias correction divides by one minus beta to the power t, which matters most for the second moment."),
        False,
    ),
    (
        "th-gd-04",
        "adam-needs-no-schedule",
        "Adam makes warmup unnecessary because it adapts the learning rate itself.",
        True,
    ),
    ("th-gd-04", "adam-needs-no-schedule", "With an adaptive optimizer, a decay schedule is redundant.", True),
    (
        "th-gd-04",
        "adam-needs-no-schedule",
        "Even with Adam you need warmup, because its second-moment estimate is noisy early on.",
        False,
    ),
    (
        "th-gd-04",
        "adam-needs-no-schedule",
        "Adam does adapt per-parameter steps, but the global learning rate still needs a schedule.",
        False,
    ),
    ("th-gd-04", "adam-needs-no-schedule", "Adam does not remove the need for warmup and decay.", False),
    (
        "th-gd-04",
        "decay-prevents-overfitting",
        "We decay the learning rate to prevent overfitting late in training.",
        True,
    ),
    ("th-gd-04", "decay-prevents-overfitting", "Decay acts as a regularizer against overfitting.", True),
    (
        "th-gd-04",
        "decay-prevents-overfitting",
        "Decaying the learning rate shrinks the noise band so the weights settle into the minimum.",
        False,
    ),
    (
        "th-gd-04",
        "decay-prevents-overfitting",
        "Decaying the learning rate does not prevent overfitting; it lowers training loss too.",
        False,
    ),
    (
        "th-gd-04",
        "decay-prevents-overfitting",
        "Late decay reduces step noise, and training loss drops right after each decay.",
        False,
    ),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        "Because the problem is convex, gradient descent converges no matter what the learning rate is.",
        True,
    ),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        "A larger learning rate still converges here, it just oscillates more.",
        True,
    ),
    ("th-gd-05", "convex-converges-any-rate", "Convex problems always converge; a large step just oscillates.", True),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        (
            "Convexity means any local minimum is global, and gradient descent converges if the "
            "learning rate is below two over the curvature."
        ),
        False,
    ),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        ("A convex problem does not converge with any learning rate: above two over the curvature it diverges."),
        False,
    ),
    (
        "th-gd-05",
        "convex-converges-any-rate",
        "Gradient descent converges on a convex bowl only when the step is small enough.",
        False,
    ),
    (
        "th-gd-05",
        "large-lr-finds-worse-minimum",
        "With too large a learning rate you jump into a worse local minimum.",
        True,
    ),
    ("th-gd-05", "large-lr-finds-worse-minimum", "A larger learning rate ends in a bad local minimum.", True),
    (
        "th-gd-05",
        "large-lr-finds-worse-minimum",
        "Too large a rate overshoots the single minimum and lands farther away each step.",
        False,
    ),
    (
        "th-gd-05",
        "large-lr-finds-worse-minimum",
        "There is no bad local minimum to land in; a large rate overshoots and diverges.",
        False,
    ),
    ("th-gd-05", "large-lr-finds-worse-minimum", "On a convex problem every local minimum is global.", False),
    ("th-gd-06", "local-minima-main-problem", "Neural networks often get stuck in bad local minima.", True),
    ("th-gd-06", "local-minima-main-problem", "The main problem in training is bad local minima.", True),
    (
        "th-gd-06",
        "local-minima-main-problem",
        ("The main problem is saddle points; the local minima that exist are nearly as good as the global one."),
        False,
    ),
    (
        "th-gd-06",
        "local-minima-main-problem",
        ("Networks don't usually get stuck in bad local minima; most high-loss critical points are saddles."),
        False,
    ),
    ("th-gd-06", "local-minima-main-problem", "Bad local minima are not the main problem in high dimensions.", False),
    ("th-gd-06", "saddles-trap-forever", "SGD stays at the saddle point because the gradient is zero.", True),
    ("th-gd-06", "saddles-trap-forever", "You need a second-order method to escape a saddle.", True),
    ("th-gd-06", "saddles-trap-forever", "Gradient descent cannot escape a saddle point.", True),
    (
        "th-gd-06",
        "saddles-trap-forever",
        "SGD does not stay at saddle points; noise pushes it along the downhill direction.",
        False,
    ),
    (
        "th-gd-06",
        "saddles-trap-forever",
        ("A saddle is unstable, so mini-batch noise lets the optimizer escape it without second-order information."),
        False,
    ),
    (
        "th-gd-06",
        "saddles-trap-forever",
        "Near saddles training slows down for a while and then the loss drops.",
        False,
    ),
    ("th-gd-07", "same-epochs-same-training", "Since it's the same epochs, it's the same amount of training.", True),
    ("th-gd-07", "same-epochs-same-training", "Batch size doesn't matter as long as you train the same epochs.", True),
    (
        "th-gd-07",
        "same-epochs-same-training",
        "Same epochs with a 64 times larger batch means 64 times fewer updates.",
        False,
    ),
    (
        "th-gd-07",
        "same-epochs-same-training",
        "Same epochs is not the same training once the batch grows 64 times.",
        False,
    ),
    (
        "th-gd-07",
        "same-epochs-same-training",
        "Train for more epochs or scale the learning rate to get the updates back.",
        False,
    ),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        "Large batches inherently generalize worse, so the only fix is a smaller batch.",
        True,
    ),
    ("th-gd-07", "large-batch-gap-unfixable", "Larger batches always generalize worse.", True),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        (
            "Large batches don't inherently generalize worse; with tuned learning rate and enough "
            "updates the gap mostly closes."
        ),
        False,
    ),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        ("With LARS, warmup and a scaled learning rate, large-batch training reaches nearly the same accuracy."),
        False,
    ),
    (
        "th-gd-07",
        "large-batch-gap-unfixable",
        "Much of the gap comes from taking fewer updates, not from the batch itself.",
        False,
    ),
    ("th-tok-01", "bpe-splits-morphemes", "BPE splits words into morphemes like prefixes and suffixes.", True),
    ("th-tok-01", "bpe-splits-morphemes", "The tokenizer splits words into syllables.", True),
    (
        "th-tok-01",
        "bpe-splits-morphemes",
        "BPE merges the most frequent adjacent pair, so pieces follow frequency rather than morphology.",
        False,
    ),
    (
        "th-tok-01",
        "bpe-splits-morphemes",
        "BPE does not split words into morphemes; its pieces are whatever pairs were frequent.",
        False,
    ),
    (
        "th-tok-01",
        "bpe-splits-morphemes",
        ("Some merges happen to look like suffixes such as ization, but that is a side effect of frequency."),
        False,
    ),
    ("th-tok-01", "token-is-a-word", "A token is the same thing as a word.", True),
    ("th-tok-01", "token-is-a-word", "Each token equals one word, so cost grows with word count.", True),
    ("th-tok-01", "token-is-a-word", "A token is not the same as a word; rare words split into several tokens.", False),
    ("th-tok-01", "token-is-a-word", "Common words are a single token while rare words become several pieces.", False),
    ("th-tok-01", "token-is-a-word", "Thai needs many more tokens per word than English, so it costs more.", False),
    ("th-ctx-01", "more-context-always-helps", "More context is always better as long as it fits.", True),
    ("th-ctx-01", "more-context-always-helps", "The model uses the whole context window equally.", True),
    (
        "th-ctx-01",
        "more-context-always-helps",
        "More context is not always better: irrelevant passages distract the model.",
        False,
    ),
    (
        "th-ctx-01",
        "more-context-always-helps",
        "The model does not use all of the context equally; the middle is recalled worst.",
        False,
    ),
    (
        "th-ctx-01",
        "more-context-always-helps",
        "Models are lost in the middle of long prompts, so retrieve only the relevant chunks.",
        False,
    ),
    ("th-ctx-01", "prompt-length-only-costs-money", "Prompt length doesn't affect latency, only the bill.", True),
    ("th-ctx-01", "prompt-length-only-costs-money", "Latency depends only on output length.", True),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "Prompt length affects latency because the whole prompt is prefilled before the first token.",
        False,
    ),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "A long prompt costs more money and also raises time to first token.",
        False,
    ),
    (
        "th-ctx-01",
        "prompt-length-only-costs-money",
        "Latency does not depend only on output length: prefill grows with the prompt.",
        False,
    ),
    ("th-ctx-01", "summary-is-lossless", "A rolling summary keeps everything important, so it solves memory.", True),
    ("th-ctx-01", "summary-is-lossless", "Summarization is lossless enough for this.", True),
    (
        "th-ctx-01",
        "summary-is-lossless",
        "A rolling summary is lossy and drifts, so key facts go into structured memory.",
        False,
    ),
    (
        "th-ctx-01",
        "summary-is-lossless",
        "The summary does not keep all the details, so we also retrieve old turns.",
        False,
    ),
    ("th-ctx-01", "summary-is-lossless", "Summarise older turns, but store names and decisions separately.", False),
    (
        "th-rag-01",
        "rag-removes-hallucination",
        "RAG eliminates hallucinations because the model answers from the documents.",
        True,
    ),
    ("th-rag-01", "rag-removes-hallucination", "Retrieval solves hallucination.", True),
    ("th-rag-01", "rag-removes-hallucination", "Once grounded, the model can't hallucinate.", True),
    (
        "th-rag-01",
        "rag-removes-hallucination",
        "RAG does not eliminate hallucination; the model can still ignore or contradict the context.",
        False,
    ),
    (
        "th-rag-01",
        "rag-removes-hallucination",
        "Retrieval reduces hallucinations, so we still check faithfulness to the cited chunks.",
        False,
    ),
    (
        "th-rag-01",
        "rag-removes-hallucination",
        "Even with retrieved context the model can hallucinate, so ask it to cite sources.",
        False,
    ),
    ("th-rag-01", "dense-beats-keyword", "BM25 is obsolete now that we have embeddings.", True),
    ("th-rag-01", "dense-beats-keyword", "Dense retrieval always beats keyword search.", True),
    ("th-rag-01", "dense-beats-keyword", "BM25 is not obsolete: it catches exact terms that embeddings blur.", False),
    ("th-rag-01", "dense-beats-keyword", "Dense retrieval is not always better than BM25, so combine them.", False),
    (
        "th-rag-01",
        "dense-beats-keyword",
        "Hybrid search merges BM25 and dense rankings, then a cross-encoder reranks.",
        False,
    ),
    ("th-rag-01", "bigger-embedding-fixes-skus", "A bigger embedding model would fix the SKU problem.", True),
    ("th-rag-01", "bigger-embedding-fixes-skus", "Fine-tuning the embeddings solves it.", True),
    (
        "th-rag-01",
        "bigger-embedding-fixes-skus",
        ("A bigger embedding model won't fix it, because near-identical strings get near-identical vectors."),
        False,
    ),
    (
        "th-rag-01",
        "bigger-embedding-fixes-skus",
        ("Use exact matching or a metadata filter on the SKU field; embeddings capture meaning, not strings."),
        False,
    ),
    ("th-rag-01", "bigger-embedding-fixes-skus", "Better embeddings do not solve exact identifier lookups.", False),
    ("th-rag-02", "prompt-enforces-access", "Instructions in the prompt can enforce access.", True),
    ("th-rag-02", "prompt-enforces-access", "A system prompt rule is enough to protect permissions.", True),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "Prompt instructions cannot enforce access, so filter on ACL metadata at retrieval time.",
        False,
    ),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "Don't just instruct the model not to reveal restricted pages; filter them out before the prompt.",
        False,
    ),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "The system prompt is not enough for permissions; enforce them in the retriever.",
        False,
    ),
    (
        "th-rag-02",
        "prompt-enforces-access",
        "Don't rely on instructions in the prompt; enforce access at retrieval.",
        False,
    ),
    ("th-rag-02", "retrain-model-on-new-wiki", "We should fine-tune the model on the new wiki.", True),
    ("th-rag-02", "retrain-model-on-new-wiki", "Retrain the model on the reorganised docs.", True),
    (
        "th-rag-02",
        "retrain-model-on-new-wiki",
        "The model is fine; the index is stale because deleted pages were never removed.",
        False,
    ),
    (
        "th-rag-02",
        "retrain-model-on-new-wiki",
        "Fine-tuning won't help, the index needs an incremental sync with tombstones.",
        False,
    ),
    (
        "th-rag-02",
        "retrain-model-on-new-wiki",
        "Don't retrain the model on the wiki; fix the ingestion pipeline.",
        False,
    ),
    ("th-rag-02", "more-k-only-helps", "Just raise k, more chunks can only help.", True),
    ("th-rag-02", "more-k-only-helps", "More chunks never hurt, so increase top k.", True),
    (
        "th-rag-02",
        "more-k-only-helps",
        "A larger k adds tokens, cost and distractors, so it does not always help.",
        False,
    ),
    ("th-rag-02", "more-k-only-helps", "More chunks don't always help: measure recall at k first.", False),
    (
        "th-rag-02",
        "more-k-only-helps",
        "If the gold passage is in the top 50 but not the top 5, add a reranker instead of raising k.",
        False,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Fine-tuning is the best way to give the model our product knowledge.",
        True,
    ),
    ("th-ft-01", "fine-tune-to-add-facts", "If we fine-tune on the docs, the model knows our product.", True),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Fine-tuning is unreliable for injecting facts, so product knowledge goes into RAG.",
        False,
    ),
    (
        "th-ft-01",
        "fine-tune-to-add-facts",
        "Fine-tuning is not the right way to add facts; it is for format and tone.",
        False,
    ),
    ("th-ft-01", "fine-tune-to-add-facts", "Use RAG for facts that change and fine-tuning for behaviour.", False),
    ("th-ft-01", "lora-cannot-forget", "LoRA can't cause forgetting because the base weights are frozen.", True),
    ("th-ft-01", "lora-cannot-forget", "LoRA is immune to catastrophic forgetting.", True),
    (
        "th-ft-01",
        "lora-cannot-forget",
        "LoRA reduces forgetting but a narrow dataset can still overwrite general behaviour.",
        False,
    ),
    (
        "th-ft-01",
        "lora-cannot-forget",
        "LoRA is not immune to forgetting; lower the rank or mix in general data.",
        False,
    ),
    (
        "th-ft-01",
        "lora-cannot-forget",
        ("Even with frozen base weights, the adapter changes the outputs, so the model can forget general skills."),
        False,
    ),
    ("th-llmeval-01", "rouge-is-enough", "ROUGE is a good enough metric for summaries.", True),
    ("th-llmeval-01", "rouge-is-enough", "We can gate releases on the ROUGE score.", True),
    (
        "th-llmeval-01",
        "rouge-is-enough",
        "ROUGE correlates poorly with summary quality, so it should not gate releases.",
        False,
    ),
    ("th-llmeval-01", "rouge-is-enough", "ROUGE is not a reliable metric for faithfulness.", False),
    ("th-llmeval-01", "rouge-is-enough", "Overlap metrics like BLEU or ROUGE miss invented facts.", False),
    ("th-llmeval-01", "judge-is-objective", "An LLM judge is objective, unlike human graders.", True),
    ("th-llmeval-01", "judge-is-objective", "The LLM judge replaces human labelling.", True),
    (
        "th-llmeval-01",
        "judge-is-objective",
        "An LLM judge is not objective: it prefers longer answers and its own model family.",
        False,
    ),
    ("th-llmeval-01", "judge-is-objective", "Check the judge's agreement with human labels before using it.", False),
    (
        "th-llmeval-01",
        "judge-is-objective",
        "The judge has position and verbosity bias, so swap the order in pairwise comparisons.",
        False,
    ),
    ("th-of-01", "more-data-fixes-underfitting", "More data would fix the underfitting.", True),
    ("th-of-01", "more-data-fixes-underfitting", "Collecting more data reduces the bias in plot A.", True),
    ("th-of-01", "more-data-fixes-underfitting", "The underfitting model needs more data.", True),
    (
        "th-of-01",
        "more-data-fixes-underfitting",
        "More data will not help A, because the curves have already converged.",
        False,
    ),
    (
        "th-of-01",
        "more-data-fixes-underfitting",
        "More data reduces variance, not bias, so it helps B and not A.",
        False,
    ),
    (
        "th-of-01",
        "more-data-fixes-underfitting",
        "More data doesn't fix underfitting; add capacity or features instead.",
        False,
    ),
    ("th-of-01", "val-below-train-is-a-bug", "If validation is below training, that is always a bug.", True),
    ("th-of-01", "val-below-train-is-a-bug", "Validation error lower than training error means there's leakage.", True),
    (
        "th-of-01",
        "val-below-train-is-a-bug",
        "Validation below training is not always a bug: dropout is on only during training.",
        False,
    ),
    (
        "th-of-01",
        "val-below-train-is-a-bug",
        "Measure training error in eval mode, since augmentation handicaps the training number.",
        False,
    ),
    (
        "th-of-01",
        "val-below-train-is-a-bug",
        "A leak is one possibility, but the validation set may also just be easier.",
        False,
    ),
    ("th-of-02", "bigger-always-overfits-more", "A bigger model always overfits more.", True),
    ("th-of-02", "bigger-always-overfits-more", "More parameters always means overfitting.", True),
    (
        "th-of-02",
        "bigger-always-overfits-more",
        "A larger model does not always overfit more; past the threshold test error falls again.",
        False,
    ),
    (
        "th-of-02",
        "bigger-always-overfits-more",
        "Past the threshold, bigger models find smoother interpolating solutions.",
        False,
    ),
    (
        "th-of-02",
        "bigger-always-overfits-more",
        "More parameters give many solutions, and gradient descent picks a low-norm one.",
        False,
    ),
    ("th-of-02", "big-model-stops-fitting-noise", "The bigger model stops fitting the noise.", True),
    ("th-of-02", "big-model-stops-fitting-noise", "A large network ignores the noisy labels.", True),
    (
        "th-of-02",
        "big-model-stops-fitting-noise",
        "The bigger model still fits every noisy label, but with a smooth low-norm function.",
        False,
    ),
    ("th-of-02", "big-model-stops-fitting-noise", "It does not stop fitting the noise; it absorbs it smoothly.", False),
    (
        "th-of-02",
        "big-model-stops-fitting-noise",
        "Label noise makes the peak taller because the fit must pass through it.",
        False,
    ),
    ("th-of-03", "cv-fixes-validation-overfitting", "Switching to cross-validation fixes it.", True),
    ("th-of-03", "cv-fixes-validation-overfitting", "Cross-validation eliminates the overfitting to one split.", True),
    (
        "th-of-03",
        "cv-fixes-validation-overfitting",
        "Cross-validation doesn't fix it: we still select on the same folds.",
        False,
    ),
    (
        "th-of-03",
        "cv-fixes-validation-overfitting",
        "CV reduces the noise of each estimate, but the selection still fits the folds.",
        False,
    ),
    (
        "th-of-03",
        "cv-fixes-validation-overfitting",
        "Use nested cross-validation or a locked test set for the number you report.",
        False,
    ),
    ("th-of-03", "validation-cannot-be-overfit", "Overfitting only happens on training data.", True),
    (
        "th-of-03",
        "validation-cannot-be-overfit",
        "The validation set is immune to overfitting since we never train on it.",
        True,
    ),
    (
        "th-of-03",
        "validation-cannot-be-overfit",
        "You can overfit a validation set by choosing among hundreds of configurations on it.",
        False,
    ),
    (
        "th-of-03",
        "validation-cannot-be-overfit",
        "Overfitting is not only a training-set problem; selection on validation overfits it too.",
        False,
    ),
    ("th-of-03", "validation-cannot-be-overfit", "Repeated selection makes the validation score optimistic.", False),
    ("th-of-04", "loss-and-accuracy-move-together", "Since validation loss increases, accuracy drops as well.", True),
    ("th-of-04", "loss-and-accuracy-move-together", "Loss and accuracy always move together.", True),
    (
        "th-of-04",
        "loss-and-accuracy-move-together",
        "Validation loss can rise while accuracy stays flat, because confident mistakes cost more loss.",
        False,
    ),
    ("th-of-04", "loss-and-accuracy-move-together", "Loss and accuracy don't always agree.", False),
    ("th-of-04", "loss-and-accuracy-move-together", "The loss increases but accuracy does not drop.", False),
    ("th-of-04", "keep-the-last-epoch", "We ship the model from the final epoch.", True),
    ("th-of-04", "keep-the-last-epoch", "Use the last checkpoint once training stops.", True),
    ("th-of-04", "keep-the-last-epoch", "Restore the best checkpoint rather than the last one.", False),
    ("th-of-04", "keep-the-last-epoch", "Don't use the last epoch, restore the best validation checkpoint.", False),
    (
        "th-of-04",
        "keep-the-last-epoch",
        "Save a checkpoint whenever validation improves and reload the best at the end.",
        False,
    ),
    ("th-of-05", "augment-validation-too", "Apply the same augmentation to the validation set.", True),
    ("th-of-05", "augment-validation-too", "We augment both the training and the test data.", True),
    (
        "th-of-05",
        "augment-validation-too",
        "Augmentation is applied in training only; judge it on a clean validation set.",
        False,
    ),
    (
        "th-of-05",
        "augment-validation-too",
        "Don't augment the validation set, or you hide the harm a transformation does.",
        False,
    ),
    ("th-of-05", "augment-validation-too", "Keep validation and test data clean.", False),
    ("th-of-05", "augmentation-always-helps", "More augmentation is always better.", True),
    ("th-of-05", "augmentation-always-helps", "Augmentation is harmless, it can only reduce overfitting.", True),
    (
        "th-of-05",
        "augmentation-always-helps",
        "Augmentation does not always help: rotating a 6 turns it into a 9.",
        False,
    ),
    ("th-of-05", "augmentation-always-helps", "Too strong augmentation makes the model underfit.", False),
    ("th-of-05", "augmentation-always-helps", "Check each augmentation on clean validation data.", False),
    ("th-of-06", "training-accuracy-shows-signal", "Perfect training accuracy shows the features carry signal.", True),
    ("th-of-06", "training-accuracy-shows-signal", "High training accuracy is a good sign here.", True),
    (
        "th-of-06",
        "training-accuracy-shows-signal",
        "Training accuracy means nothing here: it can fit random labels.",
        False,
    ),
    (
        "th-of-06",
        "training-accuracy-shows-signal",
        "100% training accuracy doesn't show that the model learned anything.",
        False,
    ),
    (
        "th-of-06",
        "training-accuracy-shows-signal",
        "With more features than samples, a linear model separates any labelling.",
        False,
    ),
    ("th-of-06", "permutation-score-is-a-fluke", "70% is probably a fluke.", True),
    # review rv3: the bare cue "random fluctuation|variation" also fired on the right claim
    # ("far beyond random variation"), so the wrong sentence now says it the way a candidate would
    ("th-of-06", "permutation-score-is-a-fluke", "That is probably random fluctuation with a small dataset.", True),
    ("th-of-06", "permutation-score-is-a-fluke", "It's just random variation, rerun it.", True),
    ("th-of-06", "permutation-score-is-a-fluke", "70% is far beyond random variation, so the pipeline leaks.", False),
    (
        "th-of-06",
        "permutation-score-is-a-fluke",
        "70% with shuffled labels is not a fluke; chance should be 50%.",
        False,
    ),
    (
        "th-of-06",
        "permutation-score-is-a-fluke",
        "The pipeline leaks, probably feature selection outside the folds.",
        False,
    ),
    (
        "th-of-06",
        "permutation-score-is-a-fluke",
        "A balanced problem with shuffled labels should give about fifty percent.",
        False,
    ),
    ("th-of-07", "trust-public-score", "Choose the submissions with the best public score.", True),
    ("th-of-07", "trust-public-score", "The public leaderboard is the most reliable estimate we have.", True),
    (
        "th-of-07",
        "trust-public-score",
        "Select submissions by local CV that tracks the public leaderboard, not by public rank.",
        False,
    ),
    ("th-of-07", "trust-public-score", "The public score is not reliable, because the public split is small.", False),
    ("th-of-07", "trust-public-score", "Don't pick the best public score; trust cross-validation.", False),
    (
        "th-of-07",
        "submissions-cannot-overfit",
        "Submitting many times cannot overfit because we never see the labels.",
        True,
    ),
    ("th-of-07", "submissions-cannot-overfit", "Submissions don't leak any information about the test labels.", True),
    (
        "th-of-07",
        "submissions-cannot-overfit",
        "Each submission leaks information about the public labels, so selecting by it overfits.",
        False,
    ),
    (
        "th-of-07",
        "submissions-cannot-overfit",
        "Although you don't see the labels, repeated submissions overfit the public split.",
        False,
    ),
    (
        "th-of-07",
        "submissions-cannot-overfit",
        "Adaptive overfitting comes from choosing by public score many times.",
        False,
    ),
    ("th-prob-01", "recall-read-as-posterior", "There is a 99% chance the flagged transaction is fraud.", True),
    ("th-prob-01", "recall-read-as-posterior", "A flagged transaction is 99 percent likely to be fraud.", True),
    (
        "th-prob-01",
        "recall-read-as-posterior",
        "The model flags 99% of fraud, but only about 9% of flags are fraud.",
        False,
    ),
    (
        "th-prob-01",
        "recall-read-as-posterior",
        "It is not 99 percent likely to be fraud; it is about nine percent.",
        False,
    ),
    (
        "th-prob-01",
        "recall-read-as-posterior",
        "99% of fraudulent transactions get flagged, and 999 legitimate ones are flagged too.",
        False,
    ),
    ("th-prob-01", "base-rate-irrelevant", "The base rate doesn't matter much because the detector is accurate.", True),
    ("th-prob-01", "base-rate-irrelevant", "The prior is irrelevant when the test is 99% accurate.", True),
    (
        "th-prob-01",
        "base-rate-irrelevant",
        "The base rate matters a lot: legitimate transactions outnumber fraud a thousand to one.",
        False,
    ),
    ("th-prob-01", "base-rate-irrelevant", "The base rate is not irrelevant; it drives the posterior.", False),
    ("th-prob-01", "base-rate-irrelevant", "Because fraud is rare, false positives swamp the true ones.", False),
    (
        "th-prob-02",
        "gaussian-prior-gives-l1",
        "A Gaussian prior gives you lasso and a Laplace prior gives ridge.",
        True,
    ),
    ("th-prob-02", "gaussian-prior-gives-l1", "With a Laplace prior you get L2, and a Gaussian prior gives L1.", True),
    (
        "th-prob-02",
        "gaussian-prior-gives-l1",
        "The Gaussian is sharply peaked at zero, which is why it gives L1.",
        True,
    ),
    ("th-prob-02", "gaussian-prior-gives-l1", "A Gaussian prior gives L2, and a Laplace prior gives L1.", False),
    ("th-prob-02", "gaussian-prior-gives-l1", "A Laplace prior gives L1, while a Gaussian prior gives L2.", False),
    (
        "th-prob-02",
        "gaussian-prior-gives-l1",
        "The Laplace prior has a sharp peak at zero; the Gaussian is smooth there.",
        False,
    ),
    ("th-prob-02", "more-data-more-prior", "The more data you have, the more the prior matters.", True),
    ("th-prob-02", "more-data-more-prior", "The prior gets multiplied in again for every data point.", True),
    (
        "th-prob-02",
        "more-data-more-prior",
        "With more data the likelihood dominates and the prior matters less.",
        False,
    ),
    ("th-prob-02", "more-data-more-prior", "The prior matters most when data is scarce.", False),
    ("th-prob-02", "more-data-more-prior", "The prior is counted once, not for every data point.", False),
    ("th-prob-02", "map-gives-uncertainty", "MAP gives you uncertainty over the weights.", True),
    ("th-prob-02", "map-gives-uncertainty", "MAP is Bayesian, so it captures uncertainty.", True),
    ("th-prob-02", "map-gives-uncertainty", "MAP gives a point estimate, not uncertainty.", False),
    ("th-prob-02", "map-gives-uncertainty", "MAP ignores uncertainty; a full posterior gives it.", False),
    ("th-prob-02", "map-gives-uncertainty", "MAP returns the posterior mode and drops its spread.", False),
    ("th-prob-03", "any-correlation-breaks-nb", "Any correlation between features violates naive Bayes.", True),
    (
        "th-prob-03",
        "any-correlation-breaks-nb",
        "If features are correlated overall, that breaks the assumption.",
        True,
    ),
    (
        "th-prob-03",
        "any-correlation-breaks-nb",
        (
            "Features can be correlated overall without violating the assumption, as long as they are "
            "independent within each class."
        ),
        False,
    ),
    (
        "th-prob-03",
        "any-correlation-breaks-nb",
        "Features correlated overall do not break it; the class explains the correlation.",
        False,
    ),
    ("th-prob-03", "any-correlation-breaks-nb", "Correlation within a class is what double-counts evidence.", False),
    ("th-prob-03", "trust-nb-probabilities", "A score of 0.99 means 99 percent of those items are bad.", True),
    ("th-prob-03", "trust-nb-probabilities", "We can trust naive Bayes probabilities directly.", True),
    ("th-prob-03", "trust-nb-probabilities", "A 0.99 output does not mean 99 percent of blocked items are bad.", False),
    ("th-prob-03", "trust-nb-probabilities", "Don't trust naive Bayes probabilities; calibrate them first.", False),
    (
        "th-prob-03",
        "trust-nb-probabilities",
        "Naive Bayes probabilities are not reliable, although its ranking is decent.",
        False,
    ),
    ("th-prob-04", "overlapping-intervals-mean-no-difference", "The intervals overlap, so it's not significant.", True),
    (
        "th-prob-04",
        "overlapping-intervals-mean-no-difference",
        "Their intervals overlap, so the models are equivalent.",
        True,
    ),
    (
        "th-prob-04",
        "overlapping-intervals-mean-no-difference",
        "Even if the two intervals overlap, a paired test on the same examples can be significant.",
        False,
    ),
    (
        "th-prob-04",
        "overlapping-intervals-mean-no-difference",
        "Overlapping intervals don't make the models equivalent; use McNemar's test.",
        False,
    ),
    (
        "th-prob-04",
        "overlapping-intervals-mean-no-difference",
        "The paired difference has much lower variance because of the covariance term.",
        False,
    ),
    ("th-prob-04", "error-shrinks-with-n", "Doubling the test set halves the standard error.", True),
    ("th-prob-04", "error-shrinks-with-n", "The standard error shrinks linearly with n.", True),
    (
        "th-prob-04",
        "error-shrinks-with-n",
        "Doubling the test set cuts the error by root two; halving it needs four times the data.",
        False,
    ),
    (
        "th-prob-04",
        "error-shrinks-with-n",
        "The variance shrinks linearly with n and the standard error with the square root of n.",
        False,
    ),
    ("th-prob-04", "error-shrinks-with-n", "The standard error does not shrink linearly with n.", False),
    ("th-prob-05", "unreported-means-clean", "Unreported posts are clean, so they make good negatives.", True),
    ("th-prob-05", "unreported-means-clean", "If nobody reported a post, it's safe.", True),
    (
        "th-prob-05",
        "unreported-means-clean",
        "Unreported posts are not clean by default; low-visibility violations never get reported.",
        False,
    ),
    (
        "th-prob-05",
        "unreported-means-clean",
        "Unreported posts labelled as negatives include violations, so the negatives are contaminated.",
        False,
    ),
    ("th-prob-05", "unreported-means-clean", "Treat unreported posts as unlabelled rather than negative.", False),
    ("th-prob-05", "recall-on-reported-is-true-recall", "Recall measured on reported posts is unbiased.", True),
    ("th-prob-05", "recall-on-reported-is-true-recall", "The reported violations are a representative sample.", True),
    ("th-prob-05", "recall-on-reported-is-true-recall", "Recall on reported posts overstates true recall.", False),
    (
        "th-prob-05",
        "recall-on-reported-is-true-recall",
        "Reported violations are not a random sample of all violations.",
        False,
    ),
    (
        "th-prob-05",
        "recall-on-reported-is-true-recall",
        "Recall measured only on reported data is biased upward.",
        False,
    ),
    ("th-prob-06", "p-value-as-posterior", "There's an 87% chance the treatment is better.", True),
    ("th-prob-06", "p-value-as-posterior", "The p-value tells us the probability that the treatment works.", True),
    (
        "th-prob-06",
        "p-value-as-posterior",
        "The p-value is the probability of a lift this large if there were no real effect.",
        False,
    ),
    ("th-prob-06", "p-value-as-posterior", "A p-value is not the probability that the treatment is better.", False),
    ("th-prob-06", "p-value-as-posterior", "p is about 0.13, so the result is not significant at the 5% level.", False),
    ("th-prob-06", "clt-makes-data-normal", "By the CLT the conversions are normally distributed.", True),
    ("th-prob-06", "clt-makes-data-normal", "The data becomes normally distributed once the sample is large.", True),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        "The CLT makes the mean approximately normal, not the individual outcomes.",
        False,
    ),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        "Individual outcomes are Bernoulli, but the CLT makes the average normal.",
        False,
    ),
    (
        "th-prob-06",
        "clt-makes-data-normal",
        "The sampling distribution of the conversion rate is approximately normal.",
        False,
    ),
    # review rv3: a right calculation with the wrong conclusion must not pass as the calculation point
    ("th-prob-06", "called-significant", "z is 1.5, so the lift is significant at the 5% level.", True),
    ("th-prob-06", "called-significant", "Yes, it's significant.", True),
    ("th-prob-06", "called-significant", "The difference is not significant at the 5% level.", False),
    ("th-prob-06", "called-significant", "The lift isn't significant: the interval includes zero.", False),
    (
        "th-prob-06",
        "called-significant",
        "So the result is not statistically significant; the test is underpowered.",
        False,
    ),
    ("th-gd-04", "decay-prevents-overfitting", "The learning rate is decayed at the end to stop overfitting.", True),
    ("th-gd-04", "decay-prevents-overfitting", "Learning rate decay isn't there to prevent overfitting.", False),
    ("th-gd-04", "decay-prevents-overfitting", "Decay lowers training loss as well as validation loss.", False),
    ("th-reg-02", "l2-equals-decay-everywhere", "L2 and weight decay are the same thing whatever the optimizer.", True),
    (
        "th-reg-02",
        "l2-equals-decay-everywhere",
        "They are the same only under plain SGD, not whatever optimizer you pick.",
        False,
    ),
    ("th-reg-02", "l2-equals-decay-everywhere", "L2 and weight decay coincide for SGD; with Adam they differ.", False),
    ("th-gd-02", "zigzag-is-noise", "The zig-zag comes from mini-batch noise.", True),
    ("th-gd-02", "zigzag-is-noise", "The zig-zag comes from the geometry, not mini-batch noise.", False),
    ("th-gd-02", "zigzag-is-noise", "The zigzag doesn't come from noise.", False),
    ("th-of-06", "permutation-score-is-a-fluke", "Seventy percent on shuffled labels is just a fluke.", True),
    ("th-of-06", "permutation-score-is-a-fluke", "Seventy percent is not a fluke; the pipeline leaks.", False),
    ("th-prob-07", "softmax-is-calibrated", "Softmax outputs are real probabilities.", True),
    ("th-prob-07", "softmax-is-calibrated", "The softmax is already calibrated, so we can show it.", True),
    ("th-prob-07", "softmax-is-calibrated", "Softmax outputs aren't true probabilities; they just sum to one.", False),
    ("th-prob-07", "softmax-is-calibrated", "Softmax is not already calibrated; deep nets are overconfident.", False),
    (
        "th-prob-07",
        "softmax-is-calibrated",
        "Softmax normalizes logits, which is not the same as calibrated probabilities.",
        False,
    ),
    ("th-prob-07", "temperature-changes-accuracy", "Temperature scaling improves accuracy as well.", True),
    (
        "th-prob-07",
        "temperature-changes-accuracy",
        "Temperature changes the predicted class for borderline images.",
        True,
    ),
    (
        "th-prob-07",
        "temperature-changes-accuracy",
        "Temperature scaling doesn't change accuracy, only the confidence.",
        False,
    ),
    (
        "th-prob-07",
        "temperature-changes-accuracy",
        "Temperature scaling improves calibration without changing the argmax.",
        False,
    ),
    (
        "th-prob-07",
        "temperature-changes-accuracy",
        "Dividing all logits by T keeps their order, so predictions stay the same.",
        False,
    ),
    ("th-prob-07", "ood-gets-low-confidence", "On an unfamiliar image the model will have low confidence.", True),
    ("th-prob-07", "ood-gets-low-confidence", "Out-of-distribution inputs get low confidence.", True),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        "An unfamiliar image can still get 97% because softmax spreads mass over known classes.",
        False,
    ),
    ("th-prob-07", "ood-gets-low-confidence", "Out-of-distribution inputs do not get low confidence reliably.", False),
    (
        "th-prob-07",
        "ood-gets-low-confidence",
        "There is no unknown class, so softmax must pick one of the known ones.",
        False,
    ),
    (
        "th-reg-01",
        "l2-makes-zeros",
        "Ridge pushes small weights to exactly zero, while lasso only makes them smaller.",
        True,
    ),
    (
        "th-reg-01",
        "l2-makes-zeros",
        "That's why ridge is used for feature selection and lasso when you want to keep all the features.",
        True,
    ),
    ("th-reg-01", "l2-makes-zeros", "L2 gives sparse weights and L1 just shrinks them.", True),
    ("th-reg-01", "l2-makes-zeros", "L1 gives exact zeros, while L2 only makes weights small.", False),
    ("th-reg-01", "l2-makes-zeros", "L2 makes weights small and L1 makes some of them exactly zero.", False),
    ("th-reg-01", "l2-makes-zeros", "L2 does not give sparse weights, L1 does.", False),
    (
        "th-reg-01",
        "l1-l2-gradients-swapped",
        "The L2 penalty's gradient is constant, while L1's gradient is proportional to the weight.",
        True,
    ),
    (
        "th-reg-01",
        "l1-l2-gradients-swapped",
        "L1's pull is proportional to the weight and L2's pull is constant.",
        True,
    ),
    (
        "th-reg-01",
        "l1-l2-gradients-swapped",
        "The L2 gradient is proportional to the weight, while the L1 gradient is constant.",
        False,
    ),
    (
        "th-reg-01",
        "l1-l2-gradients-swapped",
        "L1 pushes with a constant force and L2 in proportion to the weight.",
        False,
    ),
    ("th-reg-01", "l1-l2-gradients-swapped", "L2's pull is not constant; it fades as the weight shrinks.", False),
    ("th-reg-01", "l1-ball-is-round", "The L1 constraint region is a circle and L2 is a square.", True),
    ("th-reg-01", "l1-ball-is-round", "L2 is a diamond with corners, L1 is round.", True),
    ("th-reg-01", "l1-ball-is-round", "The L1 region is a diamond and the L2 region is a circle.", False),
    ("th-reg-01", "l1-ball-is-round", "L2 is a round ball, while L1 is a diamond with corners on the axes.", False),
    ("th-reg-01", "l1-ball-is-round", "The contours touch the L1 diamond at a corner, unlike the L2 circle.", False),
    ("th-reg-02", "adamw-is-adam-plus-l2", "AdamW adds an L2 penalty to the loss.", True),
    ("th-reg-02", "adamw-is-adam-plus-l2", "AdamW is the same as L2 regularization in Adam.", True),
    ("th-reg-02", "adamw-is-adam-plus-l2", "AdamW doesn't add L2 to the loss; it decays the weights directly.", False),
    ("th-reg-02", "adamw-is-adam-plus-l2", "AdamW is not the same as an L2 penalty in Adam.", False),
    (
        "th-reg-02",
        "adamw-is-adam-plus-l2",
        "Unlike Adam with an L2 term, AdamW decouples the decay from the adaptive update.",
        False,
    ),
    ("th-reg-02", "l2-equals-decay-everywhere", "L2 and weight decay are always equivalent.", True),
    ("th-reg-02", "l2-equals-decay-everywhere", "With Adam, L2 is equivalent to weight decay.", True),
    ("th-reg-02", "l2-equals-decay-everywhere", "L2 and weight decay are equivalent only under plain SGD.", False),
    (
        "th-reg-02",
        "l2-equals-decay-everywhere",
        "In Adam, L2 is not equivalent to decay, because the penalty gets divided by the adaptive scale.",
        False,
    ),
    ("th-reg-02", "l2-equals-decay-everywhere", "L2 and decay are not always the same.", False),
    ("th-reg-03", "early-stopping-is-not-regularization", "Early stopping only saves time.", True),
    (
        "th-reg-03",
        "early-stopping-is-not-regularization",
        "There is no penalty term, so it's not regularization.",
        True,
    ),
    ("th-reg-03", "early-stopping-is-not-regularization", "Early stopping isn't real regularization.", True),
    (
        "th-reg-03",
        "early-stopping-is-not-regularization",
        "Early stopping is not only about saving time; it limits how far the weights move.",
        False,
    ),
    (
        "th-reg-03",
        "early-stopping-is-not-regularization",
        "There is no penalty term, but early stopping still regularizes.",
        False,
    ),
    (
        "th-reg-03",
        "early-stopping-is-not-regularization",
        "Early stopping is real regularization, like an L2 constraint.",
        False,
    ),
    ("th-reg-03", "retrain-with-same-rounds", "Keep the same number of rounds when retraining.", True),
    ("th-reg-03", "retrain-with-same-rounds", "Stick with 430 rounds on the full data.", True),
    ("th-reg-03", "retrain-with-same-rounds", "Use a few more than 430 rounds, scaled by the data ratio.", False),
    (
        "th-reg-03",
        "retrain-with-same-rounds",
        "Don't reuse the same number of rounds; more data supports more rounds.",
        False,
    ),
    ("th-reg-03", "retrain-with-same-rounds", "Average the best iteration across CV folds to pick the rounds.", False),
    ("th-reg-04", "dropout-at-inference", "Dropout is still applied at inference.", True),
    ("th-reg-04", "dropout-at-inference", "We keep dropout at test time as well.", True),
    ("th-reg-04", "dropout-at-inference", "Dropout is active during training, not at inference.", False),
    ("th-reg-04", "dropout-at-inference", "At inference dropout is switched off and the full network runs.", False),
    (
        "th-reg-04",
        "dropout-at-inference",
        "Training loss is measured with dropout active, validation without it.",
        False,
    ),
    ("th-reg-04", "train-above-val-is-a-bug", "Training loss above validation loss means a bug.", True),
    ("th-reg-04", "train-above-val-is-a-bug", "Training loss higher than validation loss means a bug.", True),
    ("th-reg-04", "train-above-val-is-a-bug", "Training above validation is expected with dropout, not a bug.", False),
    (
        "th-reg-04",
        "train-above-val-is-a-bug",
        "It is not a bug: the training loss comes from the thinned network.",
        False,
    ),
    ("th-reg-04", "train-above-val-is-a-bug", "Measure training loss in eval mode before looking for leakage.", False),
    ("th-reg-05", "scaling-does-not-matter", "Scaling doesn't matter for ridge.", True),
    ("th-reg-05", "scaling-does-not-matter", "The penalty is scale invariant, so standardizing is unnecessary.", True),
    (
        "th-reg-05",
        "scaling-does-not-matter",
        "Scaling matters because the penalty treats every coefficient the same.",
        False,
    ),
    ("th-reg-05", "scaling-does-not-matter", "The penalty is not scale invariant, so standardize the features.", False),
    ("th-reg-05", "scaling-does-not-matter", "Fit the scaler inside each fold.", False),
    ("th-reg-05", "best-cv-score-is-unbiased", "The best CV score is an unbiased estimate.", True),
    ("th-reg-05", "best-cv-score-is-unbiased", "We report the best cross-validation score.", True),
    ("th-reg-05", "best-cv-score-is-unbiased", "The best CV score is optimistic, so report a test-set score.", False),
    ("th-reg-05", "best-cv-score-is-unbiased", "Don't report the best CV score; it chose lambda.", False),
    ("th-reg-05", "best-cv-score-is-unbiased", "Nested cross-validation gives an unbiased estimate.", False),
    ("th-reg-06", "lasso-picks-the-important-one", "Lasso picks the most important feature of the group.", True),
    ("th-reg-06", "lasso-picks-the-important-one", "The selected feature is the most predictive one.", True),
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "Lasso picks one feature arbitrarily, and it may not be the most important.",
        False,
    ),
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "Lasso doesn't pick the most important one; a small resample can flip the choice.",
        False,
    ),
    (
        "th-reg-06",
        "lasso-picks-the-important-one",
        "Use stability selection to see which features are chosen consistently.",
        False,
    ),
    ("th-reg-06", "ridge-fails-on-correlated", "Ridge breaks down with correlated features.", True),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge can't handle correlated features, so remove duplicates before ridge.",
        True,
    ),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Ridge doesn't fail on correlated features; it spreads the weight across them.",
        False,
    ),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Lasso is unstable with correlated features, while ridge is stable.",
        False,
    ),
    (
        "th-reg-06",
        "ridge-fails-on-correlated",
        "Plain least squares is unstable with near-duplicates, and ridge fixes that.",
        False,
    ),
    ("th-reg-07", "higher-lr-more-trees", "A higher learning rate needs more trees.", True),
    ("th-reg-07", "higher-lr-more-trees", "Raising the learning rate means you need more trees.", True),
    ("th-reg-07", "higher-lr-more-trees", "A lower learning rate needs more trees.", False),
    ("th-reg-07", "higher-lr-more-trees", "Lower learning rate, more trees; higher learning rate, fewer trees.", False),
    ("th-reg-07", "higher-lr-more-trees", "A higher learning rate does not need more trees; it needs fewer.", False),
    ("th-reg-07", "subsampling-only-for-speed", "Subsampling only speeds up training.", True),
    (
        "th-reg-07",
        "subsampling-only-for-speed",
        "Subsampling increases overfitting because each tree sees less data.",
        True,
    ),
    ("th-reg-07", "subsampling-only-for-speed", "Subsampling is not only for speed; it decorrelates the trees.", False),
    ("th-reg-07", "subsampling-only-for-speed", "Row subsampling lowers the ensemble's variance, like bagging.", False),
    ("th-reg-07", "subsampling-only-for-speed", "Subsampling reduces overfitting and also speeds training up.", False),
]


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_match",
    CASES,
    ids=case_ids(CASES),
)
def test_misconception_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    hits = fired(curriculum, matcher, prompt_id, misconception_id, sentence)
    assert bool(hits) is should_match, hits


def test_every_prompt_has_misconceptions_and_every_key_point_an_explanation(curriculum: Curriculum) -> None:
    ours = _ours(curriculum)
    assert len(ours) == 34
    for p in ours:
        assert 1 <= len(p.misconceptions) <= 12, p.id
        for k in [*p.key_points, *p.follow_up.key_points]:
            assert k.explanation and len(k.explanation.split()) <= 95, (p.id, k.id)


def test_every_misconception_has_a_hit_and_two_misses(curriculum: Curriculum) -> None:
    for p in _ours(curriculum):
        for m in p.misconceptions:
            rows = [hit for pid, mid, _, hit in all_cases() if (pid, mid) == (p.id, m.id)]
            assert rows.count(True) >= 1 and rows.count(False) >= 2, (p.id, m.id)


def _labelled(prompt_ids: set[str]) -> list[dict[str, object]]:
    items = [a for f in own_files() for a in yaml.safe_load(f.read_text())["answers"]]
    return [a for a in items if a["prompt_id"] in prompt_ids]


def test_labelled_answers_state_a_misconception_only_when_wrong(curriculum: Curriculum, matcher: Matcher) -> None:
    """Answers labelled strong, partial, definition, long or off-topic must not trigger a correction;
    the ones labelled wrong must trigger at least one."""
    ours = {p.id: p for p in _ours(curriculum)}
    for a in _labelled(set(ours)):
        p = ours[str(a["prompt_id"])]
        text = str(a.get("answer") or "")
        fired = [m.id for m in p.misconceptions if any(states(matcher, text, c) for c in m.cues)]
        if a["label"] == "wrong":
            assert fired, (p.id, text[:60])
        else:
            assert not fired, (p.id, a["label"], fired)


@pytest.mark.parametrize(
    "answer, credited",
    [
        ("A 0.3-point lift with these arms is not significant at the 5% level.", True),
        ("It isn't statistically significant at the 5 percent level.", True),
        ("p is about 0.13, so the lift is not significant at 0.05.", True),
        ("The lift is significant at 5%.", False),
        ("Treatment wins, it is significant at the 5% level.", False),
    ],
)
def test_ab_test_conclusion_is_credited_only_when_right(
    curriculum: Curriculum, matcher: Matcher, answer: str, credited: bool
) -> None:
    p = curriculum.prompts["th-prob-06"]
    assert isinstance(p, TheoryPrompt)
    calculation = next(k for k in p.key_points if k.id == "calculation")
    assert (matcher.any_match(matcher.index(answer), calculation.cues) is not None) is credited
