"""Misconception cues of the th2b- theory prompts tuned on the fresh set 2 (`wrong_fresh2.yaml`).

Each wrong answer of the tuning set that no cue caught was read for how the candidate put the belief,
and a cue was added (or a weak one replaced) for that general phrasing; two cues that put "Careful:" on
right answers were narrowed. The sentences below are new wordings, not copied from the set: the wrong
claim must trip the misconception, the right claim (often a denial) must not. Matching is the grader's
own (``Matcher.states``): the cue's words in the cue's order inside one clause, none negated unless the
cue itself says "not"."""

from __future__ import annotations

import pytest

from bot.core.curriculum import Curriculum, TheoryPrompt
from bot.core.matcher import Matcher
from tests.misconception_support import case_ids, fired, states
from tests.misconception_support import misconception as _misconception

#: every misconception whose cues this pass added or changed
TOUCHED: list[tuple[str, str]] = [
    ("th2b-arch-01", "bert-generates"),
    ("th2b-attn-02", "flash-approximate"),
    ("th2b-attn-02", "flash-linear-compute"),
    ("th2b-attn-03", "training-2n"),
    ("th2b-bp-01", "forward-mode-as-cheap"),
    ("th2b-bp-02", "relu-solves-all"),
    ("th2b-dec-02", "temperature-reorders"),
    ("th2b-dec-03", "greedy-prevents-loops"),
    ("th2b-dec-03", "penalty-harmless"),
    ("th2b-dec-04", "valid-means-correct"),
    ("th2b-dist-02", "no-bubble"),
    ("th2b-dist-03", "linear-scaling-expected"),
    ("th2b-dist-04", "allgather-is-allreduce"),
    ("th2b-dpo-01", "dpo-no-kl"),
    ("th2b-dpo-01", "dpo-same-as-ppo"),
    ("th2b-fs-02", "backfill-equals-stream"),
    ("th2b-hack-01", "better-rm-no-hacking"),
    ("th2b-hack-01", "tests-unhackable"),
    ("th2b-hall-01", "scale-fixes-hallucination"),
    ("th2b-hall-01", "temperature-causes-hallucination"),
    ("th2b-lora-01", "lora-adds-latency"),
    ("th2b-lora-02", "lora-cuts-activations"),
    ("th2b-lora-03", "adapter-portable"),
    ("th2b-mon-01", "significance-means-problem"),
    ("th2b-mon-02", "no-errors-means-fine"),
    ("th2b-norm-01", "ln-across-batch"),
    ("th2b-opt-01", "adam-no-lr-tuning"),
    ("th2b-opt-02", "decay-everything"),
    ("th2b-pref-01", "more-pairs-fix-noise"),
    ("th2b-prefix-01", "any-repeated-text"),
    ("th2b-qlora-01", "qlora-trains-in-4bit"),
    ("th2b-quant-01", "int4-always-4x"),
    ("th2b-quant-02", "awq-weight-magnitude"),
    ("th2b-quant-02", "clip-outliers"),
    ("th2b-res-01", "residual-for-overfitting"),
    ("th2b-rlhf-01", "humans-rate-every-sample"),
    ("th2b-rlhf-02", "absolute-reward"),
    ("th2b-rlhf-02", "rm-needs-high-accuracy"),
    ("th2b-serve-02", "kv-quadratic"),
    ("th2b-serve-02", "kv-shared-across-batch"),
    ("th2b-serve-03", "throughput-is-latency"),
    ("th2b-sft-02", "enough-demos-equal-rl"),
    ("th2b-skew-01", "retrain-fixes-skew"),
    ("th2b-skew-01", "skew-is-drift"),
    ("th2b-spec-01", "spec-always-faster"),
    ("th2b-spec-01", "spec-lowers-quality"),
    ("th2b-stab-01", "nan-means-lr"),
    ("th2b-stab-01", "skip-and-continue"),
    ("th2b-zero-01", "stage3-free"),
]

# (prompt, misconception, sentence, should the misconception fire)
CASES: list[tuple[str, str, str, bool]] = [
    ("th2b-arch-01", "bert-generates", "Honestly BERT writes fluent paragraphs if you sample from it.", True),
    ("th2b-arch-01", "bert-generates", "Encoder models generate text about as well as decoders.", True),
    (
        "th2b-arch-01",
        "bert-generates",
        "Use encoders for tagging and retrieval, decoders for generation and open-ended text.",
        False,
    ),
    ("th2b-arch-01", "bert-generates", "BERT was never trained to generate text left to right.", False),
    (
        "th2b-fs-02",
        "backfill-equals-stream",
        "Recomputing from the raw log replicates exactly what the online job served.",
        True,
    ),
    (
        "th2b-fs-02",
        "backfill-equals-stream",
        "The backfilled counts are the same as the streaming values, no need to check.",
        True,
    ),
    (
        "th2b-fs-02",
        "backfill-equals-stream",
        "Backfill with the same window definition, then compare it against the streaming output.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-equals-stream",
        "A replay will not reproduce exactly what was served, because late events were dropped online.",
        False,
    ),
    (
        "th2b-bp-01",
        "forward-mode-as-cheap",
        "Forward mode costs about the same as backprop for a net with a million weights.",
        True,
    ),
    (
        "th2b-bp-01",
        "forward-mode-as-cheap",
        "Forward mode costs one pass per input direction, so it does not scale to millions of weights.",
        False,
    ),
    (
        "th2b-bp-01",
        "forward-mode-as-cheap",
        "Reverse mode gets every parameter's gradient from a single backward pass.",
        False,
    ),
    (
        "th2b-bp-02",
        "relu-solves-all",
        "Moving to ReLU completely eliminates the vanishing problem, so nothing else is needed.",
        True,
    ),
    (
        "th2b-bp-02",
        "relu-solves-all",
        "ReLU helps, but it doesn't fully solve vanishing or exploding gradients.",
        False,
    ),
    (
        "th2b-bp-02",
        "relu-solves-all",
        "The weight matrices still scale the gradient, so init and normalisation still matter with ReLU.",
        False,
    ),
    ("th2b-stab-01", "nan-means-lr", "The learning rate was too high, it always is when a loss turns to NaN.", True),
    (
        "th2b-stab-01",
        "nan-means-lr",
        "Lowering the learning rate is one option; a NaN can also come from bad data or fp16 overflow.",
        False,
    ),
    (
        "th2b-stab-01",
        "nan-means-lr",
        "It is not always the learning rate: check the batch that produced the NaN first.",
        False,
    ),
    ("th2b-stab-01", "skip-and-continue", "Skip the updates that go non-finite, a handful won't hurt the run.", True),
    (
        "th2b-stab-01",
        "skip-and-continue",
        "Skipping bad steps hides the cause, so find the batch or layer that produced the NaN.",
        False,
    ),
    (
        "th2b-stab-01",
        "skip-and-continue",
        "A guard that skips non-finite steps is a safety net, not a diagnosis.",
        False,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "Residual connections mainly work as a regulariser for very deep nets.",
        True,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "Residuals are not a regulariser; they give the gradient an identity path.",
        False,
    ),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "The identity shortcut keeps the gradient from shrinking layer after layer.",
        False,
    ),
    (
        "th2b-attn-02",
        "flash-approximate",
        "FlashAttention only keeps the largest scores and skips the rest of the matrix.",
        True,
    ),
    ("th2b-attn-02", "flash-approximate", "FlashAttention computes every score exactly, tile by tile, in SRAM.", False),
    ("th2b-attn-02", "flash-approximate", "FlashAttention is exact attention; only the memory traffic changes.", False),
    ("th2b-attn-02", "flash-linear-compute", "Both the memory and the FLOPs become linear with tiling.", True),
    (
        "th2b-attn-02",
        "flash-linear-compute",
        "Unlike linear-attention methods whose compute becomes linear, FlashAttention keeps quadratic FLOPs.",
        False,
    ),
    ("th2b-attn-02", "flash-linear-compute", "Memory becomes linear in n while the FLOPs stay quadratic.", False),
    (
        "th2b-attn-02",
        "flash-linear-compute",
        "The compute does not become linear; FlashAttention only avoids writing the n x n matrix.",
        False,
    ),
    ("th2b-opt-02", "decay-everything", "Decay every parameter, the biases and norm gains included.", True),
    (
        "th2b-opt-02",
        "decay-everything",
        "Exclude biases and LayerNorm gains from weight decay; decay the weight matrices.",
        False,
    ),
    (
        "th2b-opt-02",
        "decay-everything",
        "Do not decay the norm gains: shrinking them toward zero fights the normalisation.",
        False,
    ),
    ("th2b-norm-01", "ln-across-batch", "LN averages across the samples of the mini-batch for each hidden unit.", True),
    ("th2b-norm-01", "ln-across-batch", "LayerNorm works over each example, independent of the batch.", False),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm averages over one example's hidden units, independent of the batch.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "BatchNorm uses statistics over the samples in the batch; LayerNorm does not.",
        False,
    ),
    ("th2b-attn-03", "training-2n", "Training needs roughly 2N per token, the backward adds nothing.", True),
    ("th2b-attn-03", "training-2n", "A forward pass is about 2N per token and training about 6N per token.", False),
    (
        "th2b-attn-03",
        "training-2n",
        "Training is not 2N per token: the backward pass costs about twice the forward.",
        False,
    ),
    (
        "th2b-opt-01",
        "adam-no-lr-tuning",
        "Adam picks its step sizes automatically, so there is no need to sweep the lr.",
        True,
    ),
    (
        "th2b-opt-01",
        "adam-no-lr-tuning",
        "Adam rescales each coordinate, but the global learning rate still needs a sweep.",
        False,
    ),
    ("th2b-opt-01", "adam-no-lr-tuning", "You still have to tune the learning rate with Adam.", False),
    (
        "th2b-serve-02",
        "kv-shared-across-batch",
        "The whole batch shares a single KV cache, so more requests cost no extra memory.",
        True,
    ),
    (
        "th2b-serve-02",
        "kv-shared-across-batch",
        "Each request in the batch keeps its own KV cache, so memory grows with batch size.",
        False,
    ),
    (
        "th2b-serve-02",
        "kv-shared-across-batch",
        "The batch does not share one cache; only identical prefixes can share blocks.",
        False,
    ),
    (
        "th2b-serve-02",
        "kv-quadratic",
        "Because every token looks at all earlier ones, the cache scales quadratically with the prompt.",
        True,
    ),
    (
        "th2b-serve-02",
        "kv-quadratic",
        "The cache grows linearly with context; attention compute is what grows quadratically.",
        False,
    ),
    ("th2b-serve-02", "kv-quadratic", "The KV cache does not grow quadratically with sequence length.", False),
    (
        "th2b-serve-03",
        "throughput-is-latency",
        "With many tokens per second on the box, users get their answers fast.",
        True,
    ),
    (
        "th2b-serve-03",
        "throughput-is-latency",
        "High tokens per second does not mean users see text fast; watch TTFT and TPOT at p99.",
        False,
    ),
    (
        "th2b-serve-03",
        "throughput-is-latency",
        "Bigger batches raise throughput while each user waits longer per token.",
        False,
    ),
    (
        "th2b-spec-01",
        "spec-lowers-quality",
        "You pay a slight quality hit because the draft model writes part of the output.",
        True,
    ),
    (
        "th2b-spec-01",
        "spec-lowers-quality",
        "With rejection sampling the output distribution is the target's, so there is no quality loss.",
        False,
    ),
    ("th2b-spec-01", "spec-lowers-quality", "Speculative decoding changes speed, not quality.", False),
    ("th2b-spec-01", "spec-always-faster", "It is a speedup at any batch size, so always switch it on.", True),
    (
        "th2b-spec-01",
        "spec-always-faster",
        "At large batch sizes decode becomes compute-bound and the speedup shrinks or reverses.",
        False,
    ),
    ("th2b-spec-01", "spec-always-faster", "It is not faster at every batch size.", False),
    (
        "th2b-prefix-01",
        "any-repeated-text",
        "The server reuses any repeated block of tokens wherever it shows up.",
        True,
    ),
    (
        "th2b-prefix-01",
        "any-repeated-text",
        "Only an identical prefix is reused; the same text after a different start is recomputed.",
        False,
    ),
    ("th2b-prefix-01", "any-repeated-text", "The cache does not reuse repeated text in the middle of a prompt.", False),
    (
        "th2b-dec-02",
        "temperature-reorders",
        "A hot temperature can push a lower ranked token to the top of the list.",
        True,
    ),
    ("th2b-dec-02", "temperature-reorders", "Temperature reshuffles the order of the candidates.", True),
    (
        "th2b-dec-02",
        "temperature-reorders",
        "Dividing logits by T keeps the order of tokens; it only spreads or sharpens probability.",
        False,
    ),
    (
        "th2b-dec-02",
        "temperature-reorders",
        "Temperature never reorders the tokens; the most likely one stays on top.",
        False,
    ),
    (
        "th2b-dec-03",
        "greedy-prevents-loops",
        "Greedy decoding won't drift into repetition since nothing random happens.",
        True,
    ),
    (
        "th2b-dec-03",
        "greedy-prevents-loops",
        "Greedy decoding is where loops are worst: the same context gives the same next token.",
        False,
    ),
    ("th2b-dec-03", "greedy-prevents-loops", "Temperature zero does not stop the model from repeating itself.", False),
    ("th2b-dec-03", "penalty-harmless", "Penalties are harmless, so turn them up to the max.", True),
    (
        "th2b-dec-03",
        "penalty-harmless",
        "A strong penalty is not harmless: it punishes names and code identifiers that must repeat.",
        False,
    ),
    (
        "th2b-dec-03",
        "penalty-harmless",
        "Keep the repetition penalty mild, around 1.1, and check outputs for broken names.",
        False,
    ),
    (
        "th2b-dec-04",
        "valid-means-correct",
        "Since the fields are accurate by construction, you can skip the validation checks.",
        True,
    ),
    (
        "th2b-dec-04",
        "valid-means-correct",
        "The output is guaranteed to be valid JSON, and whether it is correct is a separate question.",
        False,
    ),
    (
        "th2b-dec-04",
        "valid-means-correct",
        "The output is guaranteed to parse, but the values can still be wrong.",
        False,
    ),
    ("th2b-dec-04", "valid-means-correct", "Constrained decoding does not guarantee the answer is correct.", False),
    (
        "th2b-hall-01",
        "temperature-causes-hallucination",
        "Hallucination is largely a sampling problem, so decode greedily.",
        True,
    ),
    ("th2b-hall-01", "temperature-causes-hallucination", "Greedy decoding stops hallucinations.", True),
    (
        "th2b-hall-01",
        "temperature-causes-hallucination",
        "Hallucination is not mainly a sampling problem; greedy decoding still invents facts.",
        False,
    ),
    (
        "th2b-hall-01",
        "temperature-causes-hallucination",
        "At temperature zero the model still states rare facts wrongly with full confidence.",
        False,
    ),
    ("th2b-hall-01", "scale-fixes-hallucination", "Big enough models simply stop hallucinating.", True),
    ("th2b-hall-01", "scale-fixes-hallucination", "The problem goes away with scale.", True),
    (
        "th2b-hall-01",
        "scale-fixes-hallucination",
        "Larger models hallucinate less on common facts but still invent long-tail ones.",
        False,
    ),
    (
        "th2b-hall-01",
        "scale-fixes-hallucination",
        "Scale does not make hallucination go away; training still rewards a confident guess.",
        False,
    ),
    (
        "th2b-rlhf-01",
        "humans-rate-every-sample",
        "The policy generates samples and annotators rate them live during PPO.",
        True,
    ),
    (
        "th2b-rlhf-01",
        "humans-rate-every-sample",
        "The policy generates responses and the reward model scores them; humans only labelled the comparisons.",
        False,
    ),
    ("th2b-rlhf-01", "humans-rate-every-sample", "No human rates the rollouts during RL.", False),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "At 70 percent the reward model is useless.", True),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "You want the reward model above 95% on held-out pairs before using it.",
        True,
    ),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "Around 70% pairwise accuracy is normal, since annotators agree only about 70-75% of the time.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "You do not need above 90% accuracy for the reward model to be useful.",
        False,
    ),
    ("th2b-rlhf-02", "absolute-reward", "The RM gives an absolute quality score you can threshold.", True),
    (
        "th2b-rlhf-02",
        "absolute-reward",
        "Rewards are only meaningful relative to other responses to the same prompt, not as an absolute scale.",
        False,
    ),
    ("th2b-rlhf-02", "absolute-reward", "The reward is not an absolute quality measure.", False),
    ("th2b-dpo-01", "dpo-no-kl", "With DPO there is no reference model holding the policy near the start.", True),
    ("th2b-dpo-01", "dpo-no-kl", "Without the implicit KL the policy could drift anywhere, which DPO prevents.", False),
    (
        "th2b-dpo-01",
        "dpo-no-kl",
        "The log-ratio against the reference keeps the policy from moving far; beta sets how far.",
        False,
    ),
    (
        "th2b-dpo-01",
        "dpo-no-kl",
        "The DPO policy cannot move anywhere it likes, the reference model anchors it.",
        False,
    ),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO is exactly equivalent to RLHF with PPO.", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "Both methods end at the same policy, DPO is just cheaper.", True),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        "DPO shares RLHF's objective, but offline data and finite samples make the trained models differ.",
        False,
    ),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO and PPO do not end at the same model in practice.", False),
    ("th2b-hack-01", "tests-unhackable", "If the code passes the unit tests, it is correct.", True),
    (
        "th2b-hack-01",
        "tests-unhackable",
        "Code that passes the tests is not necessarily correct; the policy can special-case them.",
        False,
    ),
    (
        "th2b-hack-01",
        "tests-unhackable",
        "A policy can hard-code expected outputs or edit the tests, so test rewards get hacked too.",
        False,
    ),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "The real cause of hacking is a bad reward model, so build a better one.",
        True,
    ),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "Even a good enough reward model can't prevent it, hacking will still happen.",
        False,
    ),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "Even an accurate reward model gets exploited off its training distribution.",
        False,
    ),
    ("th2b-hack-01", "better-rm-no-hacking", "A better reward model delays hacking; it does not rule it out.", False),
    ("th2b-pref-01", "more-pairs-fix-noise", "Label quality matters less than the number of pairs.", True),
    (
        "th2b-pref-01",
        "more-pairs-fix-noise",
        "Systematic label bias does not average out, so quality matters more than volume.",
        False,
    ),
    (
        "th2b-pref-01",
        "more-pairs-fix-noise",
        "Here label quality matters more than volume, because biased labels teach the bias.",
        False,
    ),
    ("th2b-lora-01", "lora-adds-latency", "Adapters always cost latency at inference time.", True),
    ("th2b-lora-01", "lora-adds-latency", "Merge BA into W before serving and LoRA adds no latency.", False),
    ("th2b-lora-01", "lora-adds-latency", "LoRA does not always add latency: merged adapters cost nothing.", False),
    ("th2b-lora-02", "lora-cuts-activations", "Because so few weights train, activations shrink proportionally.", True),
    (
        "th2b-lora-02",
        "lora-cuts-activations",
        "Activations do not shrink in proportion to trainable parameters; the full forward still runs.",
        False,
    ),
    (
        "th2b-lora-02",
        "lora-cuts-activations",
        "LoRA saves optimizer and gradient memory, not activation memory.",
        False,
    ),
    ("th2b-qlora-01", "qlora-trains-in-4bit", "The entire model is trained in 4 bit precision.", True),
    (
        "th2b-qlora-01",
        "qlora-trains-in-4bit",
        "The entire model is stored in 4-bit while only the bf16 adapters are trained.",
        False,
    ),
    ("th2b-qlora-01", "qlora-trains-in-4bit", "QLoRA does not train the whole model in 4-bit.", False),
    ("th2b-quant-01", "int4-always-4x", "int4 gives a 4x speedup in every case.", True),
    (
        "th2b-quant-01",
        "int4-always-4x",
        "int4 weights are 4x smaller, but the speedup is less than 4x and vanishes at large batch.",
        False,
    ),
    ("th2b-quant-01", "int4-always-4x", "It is not 4x faster in every setting.", False),
    ("th2b-quant-02", "clip-outliers", "Clamp them at a threshold and quantize the rest normally.", True),
    (
        "th2b-quant-02",
        "clip-outliers",
        "Clipping the outlier channels wrecks accuracy, because they carry the signal.",
        False,
    ),
    (
        "th2b-quant-02",
        "clip-outliers",
        "Never clip at a percentile before quantizing these activations; keep them in higher precision.",
        False,
    ),
    (
        "th2b-quant-02",
        "awq-weight-magnitude",
        "AWQ picks the weights with the biggest magnitude and protects them.",
        True,
    ),
    (
        "th2b-quant-02",
        "awq-weight-magnitude",
        "AWQ finds salient channels from activation magnitude, not weight magnitude.",
        False,
    ),
    ("th2b-quant-02", "awq-weight-magnitude", "AWQ does not select weights with the largest magnitude.", False),
    ("th2b-dist-02", "no-bubble", "Once the pipeline fills, every stage stays busy the whole time.", True),
    ("th2b-dist-02", "no-bubble", "The GPUs are not busy all the time: the fill and drain leave a bubble.", False),
    (
        "th2b-dist-02",
        "no-bubble",
        "With many micro-batches the GPUs are busy most of the time, but fill and drain leave a bubble.",
        False,
    ),
    ("th2b-dist-02", "no-bubble", "The bubble fraction is about (p-1)/(m+p-1), so use many micro-batches.", False),
    ("th2b-zero-01", "stage3-free", "Traffic is unchanged at every stage of ZeRO.", True),
    (
        "th2b-zero-01",
        "stage3-free",
        "Stage 3 gathers parameters in forward and backward, about 1.5x the traffic of plain DP.",
        False,
    ),
    ("th2b-zero-01", "stage3-free", "Communication is not the same at every stage.", False),
    ("th2b-dist-03", "linear-scaling-expected", "Eight times the GPUs should give 8x, anything less is a bug.", True),
    (
        "th2b-dist-03",
        "linear-scaling-expected",
        "More GPUs rarely give linear speedup; the all-reduce and stragglers eat into it.",
        False,
    ),
    (
        "th2b-dist-03",
        "linear-scaling-expected",
        "Getting 5x from 8x the GPUs is not a bug, it's the cross-node network.",
        False,
    ),
    ("th2b-skew-01", "skew-is-drift", "The drop right after launch is because the distribution drifted.", True),
    ("th2b-skew-01", "skew-is-drift", "It is too soon after launch for the data to have drifted from training.", False),
    (
        "th2b-skew-01",
        "skew-is-drift",
        "A gap right after launch is not drift from the training data; check the serving pipeline.",
        False,
    ),
    ("th2b-skew-01", "skew-is-drift", "A drop on day one points to skew between the two code paths.", False),
    ("th2b-skew-01", "retrain-fixes-skew", "The simplest fix is retraining on newer data.", True),
    ("th2b-skew-01", "retrain-fixes-skew", "The best fix is in the pipeline, and retraining won't help.", False),
    (
        "th2b-skew-01",
        "retrain-fixes-skew",
        "The easiest fix is not retraining; make training and serving compute features the same way.",
        False,
    ),
    ("th2b-skew-01", "retrain-fixes-skew", "Retraining bakes the bug in; fix the feature code path first.", False),
    (
        "th2b-mon-01",
        "significance-means-problem",
        "Once the drift test is significant there is a genuine issue to fix.",
        True,
    ),
    (
        "th2b-mon-01",
        "significance-means-problem",
        "A significant test on a million rows does not mean there is a real problem.",
        False,
    ),
    ("th2b-mon-01", "significance-means-problem", "Alert on effect size and model impact, not on p-values.", False),
    ("th2b-mon-02", "no-errors-means-fine", "Bad data issues would surface as exceptions in the service.", True),
    (
        "th2b-mon-02",
        "no-errors-means-fine",
        "Data problems rarely surface as errors; the model keeps returning confident predictions.",
        False,
    ),
    ("th2b-mon-02", "no-errors-means-fine", "Most data issues do not show up as exceptions.", False),
    (
        "th2b-dist-04",
        "allgather-is-allreduce",
        "All-gather and all-reduce are the same primitive with different names.",
        True,
    ),
    (
        "th2b-dist-04",
        "allgather-is-allreduce",
        "An all-reduce is a reduce-scatter followed by an all-gather, which concatenates the shards.",
        False,
    ),
    (
        "th2b-dist-04",
        "allgather-is-allreduce",
        "They are not the same operation: one concatenates shards, the other sums them.",
        False,
    ),
    ("th2b-lora-03", "adapter-portable", "If the dims match we simply reuse the LoRA on the upgraded base.", True),
    (
        "th2b-lora-03",
        "adapter-portable",
        "Even when shapes match, an adapter trained on the old base is not valid on the new one; retrain it.",
        False,
    ),
    (
        "th2b-lora-03",
        "adapter-portable",
        "Matching shapes do not make the adapter work; its deltas were fitted to the old weights.",
        False,
    ),
    (
        "th2b-sft-02",
        "enough-demos-equal-rl",
        "Given enough demos, the model learns everything preference tuning would teach it via RL.",
        True,
    ),
    (
        "th2b-sft-02",
        "enough-demos-equal-rl",
        "Even with many demonstrations, SFT only imitates; RL can exceed the demonstrator using comparisons.",
        False,
    ),
    ("th2b-sft-02", "enough-demos-equal-rl", "Enough demonstrations do not teach everything RLHF does.", False),
]


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_match",
    CASES,
    ids=case_ids(CASES),
)
def test_paraphrases(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    hits = fired(curriculum, matcher, prompt_id, misconception_id, sentence)
    assert bool(hits) is should_match, hits


def test_every_touched_misconception_has_wrong_and_right_sentences(curriculum: Curriculum) -> None:
    for pid, mid in TOUCHED:
        _misconception(curriculum, pid, mid)
        rows = [hit for p, m, _, hit in CASES if (p, m) == (pid, mid)]
        assert rows.count(True) >= 1 and rows.count(False) >= 2, (pid, mid)


def test_touched_cues_keep_their_alternatives(curriculum: Curriculum, matcher: Matcher) -> None:
    for pid, mid in TOUCHED:
        m = _misconception(curriculum, pid, mid)
        assert 2 <= len(m.cues) <= 5, (pid, mid)
        for cue in m.cues:
            assert len(matcher.compile(cue).slots) >= 2, (pid, mid, cue)


def test_correct_texts_do_not_trip_touched_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    """Key points, explanations, depths and corrections are right by construction."""
    for pid in sorted({p for p, _ in TOUCHED}):
        p = curriculum.prompts[pid]
        assert isinstance(p, TheoryPrompt)
        kps = [*p.key_points, *p.follow_up.key_points]
        texts = [k.text for k in kps] + [k.explanation or "" for k in kps]
        texts += [p.depths.s30, p.depths.m2, p.depths.m5] + [m.correction for m in p.misconceptions]
        for m in p.misconceptions:
            for t in texts:
                hits = [c for c in m.cues if states(matcher, t, c)]
                assert not hits, f"{p.id}/{m.id}: {hits} fires on {t!r}"
