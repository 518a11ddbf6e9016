"""Misconceptions and model explanations of the theory prompts in llm_training, llm_serving,
deep_learning_more and mlops (ids ``th2b-*``).

Each row of CASES is a sentence a candidate might say: the wrong claim must trip the misconception,
and the right claim, said plainly or with a negation, must not. Matching is the grader's own
(``Matcher.states``): the cue's words in the cue's order inside one clause, a word right after a
negation not counting unless the cue itself says "not"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.curriculum import Curriculum, Misconception, TheoryPrompt
from bot.core.matcher import Matcher

FILES = ("llm_training", "llm_serving", "deep_learning_more", "mlops")
EXPECTED = 64


def states(matcher: Matcher, text: str, cue: str) -> bool:
    """The grader's own misconception semantics (``Matcher.states``)."""
    return matcher.states(matcher.index(text), cue)


def _ours(curriculum: Curriculum) -> list[TheoryPrompt]:
    return [
        p
        for pid, p in sorted(curriculum.prompts.items())
        if isinstance(p, TheoryPrompt) and Path(curriculum.sources[pid]).stem in FILES
    ]


def _misconception(curriculum: Curriculum, prompt_id: str, misconception_id: str) -> Misconception:
    p = curriculum.prompts[prompt_id]
    assert isinstance(p, TheoryPrompt)
    return next(m for m in p.misconceptions if m.id == misconception_id)


# (prompt, misconception, sentence, should the misconception fire)
CASES: list[tuple[str, str, str, bool]] = [
    # th2b-sft-01
    (
        "th2b-sft-01",
        "sft-adds-knowledge",
        "Supervised fine-tuning teaches the model new facts about our product.",
        True,
    ),
    ("th2b-sft-01", "sft-adds-knowledge", "SFT adds knowledge, so fine-tune on the docs.", True),
    ("th2b-sft-01", "sft-adds-knowledge", "Fine-tuning mostly teaches format and style, not new facts.", False),
    ("th2b-sft-01", "sft-adds-knowledge", "SFT does not reliably teach new facts; put them in retrieval.", False),
    ("th2b-sft-01", "narrow-sft-harmless", "Fine-tuning only adds a skill, it won't hurt general abilities.", True),
    ("th2b-sft-01", "narrow-sft-harmless", "Narrow fine-tuning is harmless to other tasks.", True),
    ("th2b-sft-01", "narrow-sft-harmless", "Mix in replay data so it does not degrade general abilities.", False),
    ("th2b-sft-01", "narrow-sft-harmless", "LoRA fine-tuning only adds a small number of parameters.", False),
    ("th2b-sft-01", "narrow-sft-harmless", "Narrow fine-tuning can erode general skills through forgetting.", False),
    ("th2b-sft-01", "narrow-sft-harmless", "It is wrong to think fine-tuning leaves other skills untouched.", False),
    # th2b-sft-02
    ("th2b-sft-02", "rlhf-adds-knowledge", "RLHF is where the model learns new facts from people.", True),
    ("th2b-sft-02", "rlhf-adds-knowledge", "Human feedback teaches the model facts.", True),
    (
        "th2b-sft-02",
        "rlhf-adds-knowledge",
        "RLHF reshapes behaviour such as tone and refusals; knowledge comes from pretraining.",
        False,
    ),
    ("th2b-sft-02", "rlhf-adds-knowledge", "RLHF does not add much factual knowledge.", False),
    ("th2b-sft-02", "enough-demos-equal-rl", "With enough demonstrations, SFT learns the same as RLHF.", True),
    ("th2b-sft-02", "enough-demos-equal-rl", "SFT is equivalent to RLHF if the data is large.", True),
    (
        "th2b-sft-02",
        "enough-demos-equal-rl",
        "More demonstrations still only show good outputs, so preference training adds a signal.",
        False,
    ),
    (
        "th2b-sft-02",
        "enough-demos-equal-rl",
        "SFT is not equivalent to RLHF, because it never sees a worse answer.",
        False,
    ),
    # th2b-rlhf-01
    ("th2b-rlhf-01", "humans-rate-every-sample", "During PPO, humans rate every response the policy generates.", True),
    ("th2b-rlhf-01", "humans-rate-every-sample", "Annotators label each sample during training.", True),
    (
        "th2b-rlhf-01",
        "humans-rate-every-sample",
        "Humans label pairs offline and the reward model then scores every sample.",
        False,
    ),
    (
        "th2b-rlhf-01",
        "humans-rate-every-sample",
        "Annotators label samples from the SFT model before training the reward model.",
        False,
    ),
    (
        "th2b-rlhf-01",
        "humans-rate-every-sample",
        "Humans label comparisons offline; the reward model scores every sample.",
        False,
    ),
    (
        "th2b-rlhf-01",
        "humans-rate-every-sample",
        "People do not rate each sample during PPO, the reward model does.",
        False,
    ),
    ("th2b-rlhf-01", "higher-reward-better-model", "A higher reward always means a better model.", True),
    ("th2b-rlhf-01", "higher-reward-better-model", "Keep training until reward stops rising.", True),
    (
        "th2b-rlhf-01",
        "higher-reward-better-model",
        "Past some KL, reward keeps rising while true quality falls.",
        False,
    ),
    ("th2b-rlhf-01", "higher-reward-better-model", "A higher reward does not always mean a better model.", False),
    # th2b-rlhf-02
    ("th2b-rlhf-02", "absolute-reward", "The reward is an absolute quality score.", True),
    ("th2b-rlhf-02", "absolute-reward", "Anything above a fixed threshold is good, whatever the prompt.", True),
    ("th2b-rlhf-02", "absolute-reward", "Only differences between answers to the same prompt mean anything.", False),
    ("th2b-rlhf-02", "absolute-reward", "The reward is not an absolute score; normalise it.", False),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "A reward model at 70% accuracy is broken.", True),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "A good reward model needs to be above 95 percent.", True),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "70% accuracy can be near the annotator agreement ceiling.", False),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "70% accuracy is not bad when labellers agree 72% of the time.", False),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "A good reward model on clear pairs can reach above 90 percent, but on noisy ones 70 percent is the ceiling.",
        False,
    ),
    # th2b-dpo-01
    ("th2b-dpo-01", "dpo-no-kl", "DPO drops the KL constraint entirely.", True),
    ("th2b-dpo-01", "dpo-no-kl", "DPO is unconstrained, so the policy can move anywhere.", True),
    ("th2b-dpo-01", "dpo-no-kl", "The KL constraint is built into DPO through the reference log-ratio.", False),
    ("th2b-dpo-01", "dpo-no-kl", "DPO does not drop the KL constraint; beta and the reference keep it.", False),
    ("th2b-dpo-01", "dpo-no-kl", "DPO removes the explicit KL term from the loss and keeps it implicit.", False),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO is equivalent to PPO, so you get the same model.", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO always gives the same result as RLHF.", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO learns offline from fixed pairs, so it can differ from PPO.", False),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO is not equivalent to PPO in practice.", False),
    # th2b-dpo-02
    ("th2b-dpo-02", "falling-chosen-means-bug", "The chosen likelihood drops, so there must be a bug.", True),
    ("th2b-dpo-02", "falling-chosen-means-bug", "The labels are probably flipped.", True),
    ("th2b-dpo-02", "falling-chosen-means-bug", "Both likelihoods can fall while the margin grows.", False),
    ("th2b-dpo-02", "falling-chosen-means-bug", "A falling chosen likelihood is not proof of a bug.", False),
    ("th2b-dpo-02", "falling-chosen-means-bug", "I would first check whether the labels were swapped.", False),
    ("th2b-dpo-02", "lower-loss-better-model", "As long as the loss keeps going down the model gets better.", True),
    ("th2b-dpo-02", "lower-loss-better-model", "A lower DPO loss means a better model.", True),
    (
        "th2b-dpo-02",
        "lower-loss-better-model",
        "Judge by held-out win rate, since the loss only measures the margin.",
        False,
    ),
    ("th2b-dpo-02", "lower-loss-better-model", "A lower loss does not mean a better model.", False),
    # th2b-hack-01
    ("th2b-hack-01", "better-rm-no-hacking", "With a good enough reward model, hacking can't happen.", True),
    ("th2b-hack-01", "better-rm-no-hacking", "A better reward model eliminates reward hacking.", True),
    (
        "th2b-hack-01",
        "better-rm-no-hacking",
        "A better reward model delays over-optimisation, so keep a KL limit.",
        False,
    ),
    ("th2b-hack-01", "better-rm-no-hacking", "A better reward model does not eliminate hacking.", False),
    ("th2b-hack-01", "tests-unhackable", "Passing tests means the code is correct, so it can't be gamed.", True),
    ("th2b-hack-01", "tests-unhackable", "Unit tests are unhackable rewards.", True),
    ("th2b-hack-01", "tests-unhackable", "Weak tests can be passed without solving the task.", False),
    ("th2b-hack-01", "tests-unhackable", "Passing tests does not prove the code is correct.", False),
    # th2b-pref-01
    ("th2b-pref-01", "more-pairs-fix-noise", "Just collect more pairs and the noise averages out.", True),
    ("th2b-pref-01", "more-pairs-fix-noise", "Quantity beats quality for preference labels.", True),
    ("th2b-pref-01", "more-pairs-fix-noise", "Label quality doesn't matter much.", True),
    ("th2b-pref-01", "more-pairs-fix-noise", "Systematic biases like length survive any number of pairs.", False),
    ("th2b-pref-01", "more-pairs-fix-noise", "Length bias does not average out with more pairs.", False),
    ("th2b-pref-01", "judge-unbiased", "An LLM judge is objective, unlike tired humans.", True),
    ("th2b-pref-01", "judge-unbiased", "The judge is free of bias.", True),
    ("th2b-pref-01", "judge-unbiased", "LLM judges have position and verbosity biases of their own.", False),
    ("th2b-pref-01", "judge-unbiased", "An LLM judge is not unbiased; calibrate it against people.", False),
    # th2b-lora-01
    ("th2b-lora-01", "lora-adds-latency", "LoRA always adds latency at inference because of the extra matrices.", True),
    ("th2b-lora-01", "lora-adds-latency", "Adapters always slow down inference.", True),
    ("th2b-lora-01", "lora-adds-latency", "Merge BA into W and the model costs the same as the base.", False),
    ("th2b-lora-01", "lora-adds-latency", "LoRA does not add latency once the update is merged.", False),
    ("th2b-lora-01", "lora-compresses-model", "LoRA compresses the model weights into small matrices.", True),
    ("th2b-lora-01", "lora-compresses-model", "LoRA replaces each weight matrix with a low-rank one.", True),
    ("th2b-lora-01", "lora-compresses-model", "The base stays full-rank; only the update BA is low-rank.", False),
    ("th2b-lora-01", "lora-compresses-model", "LoRA does not compress the model, it adds a small adapter.", False),
    # th2b-lora-02
    (
        "th2b-lora-02",
        "adam-two-bytes",
        "Full fine-tuning a 7B model needs about 14 GB since weights are 2 bytes.",
        True,
    ),
    ("th2b-lora-02", "adam-two-bytes", "Adam only needs 2 bytes per parameter.", True),
    (
        "th2b-lora-02",
        "adam-two-bytes",
        "Mixed-precision Adam needs about 16 bytes per parameter, 112 GB for 7B.",
        False,
    ),
    ("th2b-lora-02", "adam-two-bytes", "Adam's states are not 2 bytes per parameter; they are 12 in fp32.", False),
    ("th2b-lora-02", "lora-cuts-activations", "LoRA reduces activation memory as much as the parameter count.", True),
    ("th2b-lora-02", "lora-cuts-activations", "LoRA cuts compute in proportion to the trainable parameters.", True),
    (
        "th2b-lora-02",
        "lora-cuts-activations",
        "Activations stay, because backprop still runs through the frozen layers.",
        False,
    ),
    ("th2b-lora-02", "lora-cuts-activations", "LoRA does not reduce activation memory.", False),
    (
        "th2b-lora-02",
        "lora-cuts-activations",
        "LoRA reduces optimizer memory and activation memory is unchanged.",
        False,
    ),
    (
        "th2b-lora-02",
        "lora-cuts-activations",
        "LoRA keeps activations the same but makes optimizer states smaller.",
        False,
    ),
    # th2b-qlora-01
    ("th2b-qlora-01", "qlora-trains-in-4bit", "QLoRA trains the whole model in 4-bit precision.", True),
    ("th2b-qlora-01", "qlora-trains-in-4bit", "The gradients are computed in 4 bit.", True),
    ("th2b-qlora-01", "qlora-trains-in-4bit", "Only the frozen base is stored in 4 bits; compute is in bf16.", False),
    ("th2b-qlora-01", "qlora-trains-in-4bit", "QLoRA doesn't train in 4 bit; the adapters are bf16.", False),
    (
        "th2b-qlora-01",
        "qlora-trains-in-4bit",
        "QLoRA training keeps the base in 4-bit and the adapters in bf16.",
        False,
    ),
    ("th2b-qlora-01", "qlora-faster", "QLoRA is faster than LoRA because the weights are smaller.", True),
    ("th2b-qlora-01", "qlora-faster", "4-bit makes for faster training.", True),
    ("th2b-qlora-01", "qlora-faster", "QLoRA saves memory but steps are slower because of dequantisation.", False),
    ("th2b-qlora-01", "qlora-faster", "QLoRA is not faster than LoRA.", False),
    # th2b-lora-03
    ("th2b-lora-03", "lora-always-equal", "LoRA always matches full fine-tuning.", True),
    ("th2b-lora-03", "lora-always-equal", "There is never a reason to do full fine-tuning anymore.", True),
    ("th2b-lora-03", "lora-always-equal", "For continued pretraining, LoRA learns less than full fine-tuning.", False),
    ("th2b-lora-03", "lora-always-equal", "LoRA doesn't always match full fine-tuning.", False),
    ("th2b-lora-03", "adapter-portable", "Just reuse the adapters on the new base without retraining.", True),
    ("th2b-lora-03", "adapter-portable", "If the shapes match, the adapter works on the new checkpoint.", True),
    (
        "th2b-lora-03",
        "adapter-portable",
        "Reusing an adapter on a new base is unreliable even if the shapes match.",
        False,
    ),
    ("th2b-lora-03", "adapter-portable", "Adapters work on any newer base model.", True),
    ("th2b-lora-03", "adapter-portable", "An adapter is a delta for specific base weights, so retrain it.", False),
    ("th2b-lora-03", "adapter-portable", "Adapters do not transfer to a new checkpoint; retrain them.", False),
    # th2b-quant-01
    ("th2b-quant-01", "int4-always-4x", "Going to int4 makes the model four times faster.", True),
    ("th2b-quant-01", "int4-always-4x", "Quantization is always faster.", True),
    (
        "th2b-quant-01",
        "int4-always-4x",
        "Int4 helps memory-bound decode at small batch, but little at large batch.",
        False,
    ),
    ("th2b-quant-01", "int4-always-4x", "Int4 is not always faster; at batch 64 it can be slower.", False),
    (
        "th2b-quant-01",
        "int4-always-4x",
        "int4 weights are four times smaller, so decode can be up to almost four times faster at batch 1.",
        False,
    ),
    ("th2b-quant-01", "quantization-removes-parameters", "Quantization removes parameters to shrink the model.", True),
    ("th2b-quant-01", "quantization-removes-parameters", "Quantization is like pruning.", True),
    (
        "th2b-quant-01",
        "quantization-removes-parameters",
        "Quantisation uses fewer bits for the same number of parameters.",
        False,
    ),
    (
        "th2b-quant-01",
        "quantization-removes-parameters",
        "Quantisation keeps every parameter but stores fewer bits each.",
        False,
    ),
    (
        "th2b-quant-01",
        "quantization-removes-parameters",
        "Quantisation does not reduce the number of parameters.",
        False,
    ),
    # th2b-quant-02
    ("th2b-quant-02", "clip-outliers", "Just clip the outliers, it is harmless.", True),
    ("th2b-quant-02", "clip-outliers", "The outliers are noise, so clip them.", True),
    ("th2b-quant-02", "clip-outliers", "The outliers are systematic channels the model relies on.", False),
    ("th2b-quant-02", "clip-outliers", "You cannot clip the outliers safely.", False),
    ("th2b-quant-02", "awq-weight-magnitude", "AWQ protects the largest weights.", True),
    ("th2b-quant-02", "awq-weight-magnitude", "The salient weights are chosen by weight magnitude.", True),
    (
        "th2b-quant-02",
        "awq-weight-magnitude",
        "AWQ ranks channels by the size of the activations they multiply.",
        False,
    ),
    (
        "th2b-quant-02",
        "awq-weight-magnitude",
        "AWQ does not protect the largest weights but those on large activations.",
        False,
    ),
    # th2b-quant-03
    ("th2b-quant-03", "gptq-retrains", "GPTQ retrains the model on calibration data.", True),
    ("th2b-quant-03", "gptq-retrains", "GPTQ uses gradient descent on a few hundred samples.", True),
    ("th2b-quant-03", "gptq-retrains", "GPTQ solves a layer-wise least-squares problem in closed form.", False),
    ("th2b-quant-03", "gptq-retrains", "GPTQ does not use gradient descent.", False),
    ("th2b-quant-03", "any-bit-width", "2-bit is about as good as 4-bit with GPTQ.", True),
    ("th2b-quant-03", "any-bit-width", "Post-training quantization works at any bit width.", True),
    ("th2b-quant-03", "any-bit-width", "Quality falls steeply below 4 bits without QAT.", False),
    ("th2b-quant-03", "any-bit-width", "2-bit is not as good as 4-bit.", False),
    # th2b-quant-04
    ("th2b-quant-04", "perplexity-is-enough", "Perplexity barely changed, so the model is fine.", True),
    ("th2b-quant-04", "perplexity-is-enough", "Perplexity is enough to validate quantization.", True),
    (
        "th2b-quant-04",
        "perplexity-is-enough",
        "Run task evals against the 16-bit baseline; perplexity hides tail losses.",
        False,
    ),
    ("th2b-quant-04", "perplexity-is-enough", "Perplexity alone is not sufficient.", False),
    ("th2b-quant-04", "weight-only-speeds-prefill", "Weight-only int4 speeds up prefill too.", True),
    ("th2b-quant-04", "weight-only-speeds-prefill", "With int4 weights, prefill gets faster too.", True),
    ("th2b-quant-04", "weight-only-speeds-prefill", "Weight-only int4 speeds decode and W8A8 speeds prefill.", False),
    (
        "th2b-quant-04",
        "weight-only-speeds-prefill",
        "Prefill is compute-bound, so weight-only int4 barely helps it.",
        False,
    ),
    ("th2b-quant-04", "weight-only-speeds-prefill", "Weight-only quantisation does not speed up prefill much.", False),
    # th2b-dist-01
    ("th2b-dist-01", "dp-splits-model", "Data parallelism splits the model's layers across GPUs.", True),
    (
        "th2b-dist-01",
        "dp-splits-model",
        "Data parallelism splits the batch across GPUs and replicates the model.",
        False,
    ),
    ("th2b-dist-01", "dp-splits-model", "With data parallel, each GPU holds part of the model.", True),
    ("th2b-dist-01", "dp-splits-model", "Data parallelism replicates the model and splits the batch.", False),
    ("th2b-dist-01", "dp-splits-model", "Data parallelism does not split the model; pipeline parallelism does.", False),
    ("th2b-dist-01", "per-gpu-traffic-grows", "Each GPU's communication grows linearly with the number of GPUs.", True),
    ("th2b-dist-01", "per-gpu-traffic-grows", "Every GPU sends its gradients to every other GPU.", True),
    (
        "th2b-dist-01",
        "per-gpu-traffic-grows",
        "Ring all-reduce sends about twice the gradient size per GPU, whatever N.",
        False,
    ),
    ("th2b-dist-01", "per-gpu-traffic-grows", "Per-GPU traffic does not grow linearly with the GPU count.", False),
    # th2b-dist-02
    ("th2b-dist-02", "tp-across-nodes", "Tensor parallelism across nodes scales fine.", True),
    ("th2b-dist-02", "tp-across-nodes", "Tensor parallelism scales well across many nodes.", True),
    (
        "th2b-dist-02",
        "tp-across-nodes",
        "Keep tensor parallelism within a node because it all-reduces every layer.",
        False,
    ),
    ("th2b-dist-02", "tp-across-nodes", "Tensor parallelism does not scale well across nodes.", False),
    ("th2b-dist-02", "no-bubble", "Pipeline parallelism keeps all GPUs busy like an assembly line.", True),
    ("th2b-dist-02", "no-bubble", "The stages are always busy.", True),
    ("th2b-dist-02", "no-bubble", "Stages idle while the pipeline fills and drains.", False),
    ("th2b-dist-02", "no-bubble", "The stages are not always busy; there is a bubble.", False),
    # th2b-zero-01
    ("th2b-zero-01", "zero-approximates", "ZeRO compresses the gradients, so results change slightly.", True),
    ("th2b-zero-01", "zero-approximates", "Sharding loses some precision.", True),
    ("th2b-zero-01", "zero-approximates", "ZeRO is exact: the update equals plain data parallelism.", False),
    ("th2b-zero-01", "zero-approximates", "ZeRO does not approximate the gradients.", False),
    ("th2b-zero-01", "zero-approximates", "ZeRO changes nothing about the results; it only shards state.", False),
    ("th2b-zero-01", "stage3-free", "ZeRO stage 3 communication is the same as data parallelism.", True),
    ("th2b-zero-01", "stage3-free", "Stage 3 costs nothing, you just save memory.", True),
    ("th2b-zero-01", "stage3-free", "ZeRO-3 frees the most memory but adds parameter gathers.", False),
    ("th2b-zero-01", "stage3-free", "Stage 3 has the same communication as DDP.", True),
    (
        "th2b-zero-01",
        "stage3-free",
        "Stages 1 and 2 have the same communication as DDP, while stage 3 adds parameter gathers.",
        False,
    ),
    ("th2b-zero-01", "stage3-free", "Stage 3 gathers parameters twice per step, about 1.5x the traffic.", False),
    ("th2b-zero-01", "stage3-free", "ZeRO-3 is not free; it adds parameter gathers.", False),
    # th2b-dist-03
    ("th2b-dist-03", "linear-scaling-expected", "Doubling the GPUs should always double throughput.", True),
    ("th2b-dist-03", "linear-scaling-expected", "Throughput always scales linearly with GPUs.", True),
    (
        "th2b-dist-03",
        "linear-scaling-expected",
        "Scaling is sublinear because communication stops being hidden.",
        False,
    ),
    ("th2b-dist-03", "linear-scaling-expected", "Doubling GPUs does not always double throughput.", False),
    ("th2b-dist-03", "network-like-nvlink", "Communication between nodes is as fast as inside a node.", True),
    ("th2b-dist-03", "network-like-nvlink", "The network has the same bandwidth as NVLink.", True),
    (
        "th2b-dist-03",
        "network-like-nvlink",
        "Inter-node links give each GPU about ten times less bandwidth than NVLink.",
        False,
    ),
    ("th2b-dist-03", "network-like-nvlink", "Across nodes it is not as fast as within a node.", False),
    # th2b-dist-04
    ("th2b-dist-04", "allgather-is-allreduce", "All-gather is the same as all-reduce.", True),
    ("th2b-dist-04", "allgather-is-allreduce", "All-gather sums the tensors from every GPU.", True),
    (
        "th2b-dist-04",
        "allgather-is-allreduce",
        "All-reduce sums the tensors; all-gather only concatenates shards.",
        False,
    ),
    ("th2b-dist-04", "allgather-is-allreduce", "All-gather does not sum anything.", False),
    ("th2b-dist-04", "bigger-messages-slower", "Many small messages are cheaper than a few big ones.", True),
    ("th2b-dist-04", "bigger-messages-slower", "Small messages are faster than large ones, so avoid bucketing.", True),
    ("th2b-dist-04", "bigger-messages-slower", "Each message pays a latency, so bucket small tensors.", False),
    (
        "th2b-dist-04",
        "bigger-messages-slower",
        "To avoid paying the latency thousands of times, bucket small tensors together.",
        False,
    ),
    ("th2b-dist-04", "bigger-messages-slower", "Many small messages are not cheaper; they are latency-bound.", False),
    # th2b-mp-01
    ("th2b-mp-01", "bf16-needs-loss-scaling", "bf16 needs loss scaling just like fp16.", True),
    ("th2b-mp-01", "bf16-needs-loss-scaling", "bf16 requires loss scaling too.", True),
    ("th2b-mp-01", "bf16-needs-loss-scaling", "bf16 also needs loss scaling.", True),
    ("th2b-mp-01", "bf16-needs-loss-scaling", "fp16 needs loss scaling, while bf16 usually does not.", False),
    ("th2b-mp-01", "bf16-needs-loss-scaling", "bf16 doesn't need loss scaling thanks to its range.", False),
    ("th2b-mp-01", "no-master-weights", "With bf16 it is safe to drop the fp32 master weights.", True),
    ("th2b-mp-01", "no-master-weights", "Master weights are not required in bf16.", True),
    (
        "th2b-mp-01",
        "no-master-weights",
        "Master weights are not needed with bf16 since it has the same range as fp32.",
        True,
    ),
    ("th2b-mp-01", "no-master-weights", "bf16 doesn't need loss scaling, and master weights are still needed.", False),
    (
        "th2b-mp-01",
        "no-master-weights",
        "They dropped the fp32 master weights, so small updates round away in bf16.",
        False,
    ),
    ("th2b-mp-01", "no-master-weights", "Master weights are unnecessary in bf16.", True),
    ("th2b-mp-01", "no-master-weights", "Keep fp32 master weights because small updates round away in bf16.", False),
    ("th2b-mp-01", "no-master-weights", "You should not drop the fp32 master weights.", False),
    # th2b-mp-02
    ("th2b-mp-02", "fp8-halves-time", "FP8 halves the training time.", True),
    ("th2b-mp-02", "fp8-halves-time", "FP8 is 2x faster overall than bf16.", True),
    ("th2b-mp-02", "fp8-halves-time", "Only the matmuls speed up, so end-to-end gains are below 2x.", False),
    ("th2b-mp-02", "fp8-halves-time", "FP8 does not halve training time.", False),
    ("th2b-mp-02", "fp8-drop-in", "FP8 is a drop-in replacement for bf16.", True),
    ("th2b-mp-02", "fp8-drop-in", "Just cast to FP8 and train the same as before.", True),
    ("th2b-mp-02", "fp8-drop-in", "Each tensor needs a scale from its amax in FP8.", False),
    ("th2b-mp-02", "fp8-drop-in", "FP8 is not a drop-in replacement; it needs scaling.", False),
    # th2b-mp-03
    ("th2b-mp-03", "all-fp16", "Mixed precision means the whole model runs in fp16.", True),
    ("th2b-mp-03", "all-fp16", "In mixed precision everything runs in half precision.", True),
    ("th2b-mp-03", "all-fp16", "Mixed precision runs matmuls in 16 bits and softmax in fp32.", False),
    ("th2b-mp-03", "all-fp16", "Not everything runs in fp16 under mixed precision.", False),
    ("th2b-mp-03", "accumulate-in-16", "Accumulating in fp16 is fine because each term is small.", True),
    ("th2b-mp-03", "accumulate-in-16", "Reductions in fp16 are safe.", True),
    ("th2b-mp-03", "accumulate-in-16", "Long sums must accumulate in fp32 or small terms vanish.", False),
    ("th2b-mp-03", "accumulate-in-16", "Accumulating in fp16 is not safe for long sums.", False),
    # th2b-serve-01
    ("th2b-serve-01", "decode-compute-bound", "Decoding is compute-bound, each token needs lots of FLOPs.", True),
    ("th2b-serve-01", "decode-compute-bound", "Prefill is memory-bound, decode is compute-bound.", True),
    ("th2b-serve-01", "decode-compute-bound", "Decode is compute bound and prefill is memory bound.", True),
    ("th2b-serve-01", "decode-compute-bound", "Prefill is compute-bound and decode is memory-bound.", False),
    ("th2b-serve-01", "decode-compute-bound", "At large batch sizes decode becomes compute bound too.", False),
    ("th2b-serve-01", "decode-compute-bound", "Prefill is compute-bound, whereas decode is memory-bound.", False),
    ("th2b-serve-01", "decode-compute-bound", "Decode is not compute-bound; it waits on memory bandwidth.", False),
    ("th2b-serve-01", "batching-multiplies-latency", "Batching 32 requests makes each step 32 times slower.", True),
    ("th2b-serve-01", "batching-multiplies-latency", "The step time grows linearly with batch size.", True),
    (
        "th2b-serve-01",
        "batching-multiplies-latency",
        "A batch of 32 takes only a little longer per step than one request.",
        False,
    ),
    ("th2b-serve-01", "batching-multiplies-latency", "Batching does not make each step 32x slower.", False),
    # th2b-serve-02
    ("th2b-serve-02", "kv-quadratic", "The KV cache grows quadratically with context length.", True),
    ("th2b-serve-02", "kv-quadratic", "KV cache memory is quadratic in sequence length.", True),
    (
        "th2b-serve-02",
        "kv-quadratic",
        "The KV cache grows linearly with tokens; prefill attention is quadratic.",
        False,
    ),
    ("th2b-serve-02", "kv-quadratic", "The KV cache does not grow quadratically.", False),
    (
        "th2b-serve-02",
        "kv-quadratic",
        "The KV cache grows linearly with context and attention compute in prefill grows quadratically.",
        False,
    ),
    (
        "th2b-serve-02",
        "kv-shared-across-batch",
        "All requests share one KV cache, so batch size does not affect memory.",
        True,
    ),
    ("th2b-serve-02", "kv-shared-across-batch", "The KV cache is shared across requests in the batch.", True),
    (
        "th2b-serve-02",
        "kv-shared-across-batch",
        "Each sequence has its own keys and values, so memory grows with batch.",
        False,
    ),
    (
        "th2b-serve-02",
        "kv-shared-across-batch",
        "The KV cache is not shared across requests, except identical prefixes.",
        False,
    ),
    # th2b-serve-03
    ("th2b-serve-03", "throughput-is-latency", "High throughput means low latency for every user.", True),
    ("th2b-serve-03", "throughput-is-latency", "Throughput is the same as latency here.", True),
    ("th2b-serve-03", "throughput-is-latency", "Bigger batches raise throughput but slow each user's tokens.", False),
    ("th2b-serve-03", "throughput-is-latency", "High throughput does not mean low latency.", False),
    ("th2b-serve-03", "average-latency-slo", "Average latency is the right SLO.", True),
    ("th2b-serve-03", "average-latency-slo", "Our SLO is on average latency.", True),
    ("th2b-serve-03", "average-latency-slo", "Set the SLO on p99 TTFT and TPOT.", False),
    ("th2b-serve-03", "average-latency-slo", "Average latency is not enough for an SLO.", False),
    # th2b-spec-01
    (
        "th2b-spec-01",
        "spec-lowers-quality",
        "Speculative decoding lowers quality because small-model tokens slip through.",
        True,
    ),
    ("th2b-spec-01", "spec-lowers-quality", "It trades quality for speed.", True),
    (
        "th2b-spec-01",
        "spec-lowers-quality",
        "It lowers quality slightly because draft tokens come from the small model.",
        True,
    ),
    (
        "th2b-spec-01",
        "spec-lowers-quality",
        "A draft model that is too small lowers the acceptance rate, not the quality.",
        False,
    ),
    ("th2b-spec-01", "spec-lowers-quality", "Rejection sampling keeps the target distribution exactly.", False),
    ("th2b-spec-01", "spec-lowers-quality", "Speculative decoding does not reduce quality.", False),
    ("th2b-spec-01", "spec-always-faster", "Speculative decoding is always faster.", True),
    ("th2b-spec-01", "spec-always-faster", "It is faster at any batch size.", True),
    ("th2b-spec-01", "spec-always-faster", "At large batch there is no spare compute, so the gain shrinks.", False),
    ("th2b-spec-01", "spec-always-faster", "Speculative decoding is not always faster.", False),
    # th2b-batch-01
    (
        "th2b-batch-01",
        "continuous-means-one-at-a-time",
        "Continuous batching sends one request at a time as they arrive.",
        True,
    ),
    ("th2b-batch-01", "continuous-means-one-at-a-time", "Continuous batching processes requests individually.", True),
    (
        "th2b-batch-01",
        "continuous-means-one-at-a-time",
        "Continuous batching updates the batch membership at every step.",
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-means-one-at-a-time",
        "Continuous batching does not process requests individually.",
        False,
    ),
    ("th2b-batch-01", "padding-is-free", "Padding wastes nothing in a static batch.", True),
    ("th2b-batch-01", "padding-is-free", "Padding is free.", True),
    (
        "th2b-batch-01",
        "padding-is-free",
        "Padded and finished slots waste compute until the longest sequence ends.",
        False,
    ),
    ("th2b-batch-01", "padding-is-free", "Padding is not free.", False),
    # th2b-paged-01
    ("th2b-paged-01", "paging-compresses", "Paged attention compresses the KV cache.", True),
    (
        "th2b-paged-01",
        "paging-compresses",
        "PagedAttention compresses the KV cache so each token takes less memory.",
        True,
    ),
    ("th2b-paged-01", "paging-is-cpu-offload", "PagedAttention pages the cache out to CPU memory like OS swap.", True),
    (
        "th2b-paged-01",
        "paging-is-cpu-offload",
        "With PagedAttention the scheduler can swap blocks to CPU when memory runs out.",
        False,
    ),
    ("th2b-paged-01", "paging-compresses", "With paging each token takes less memory.", True),
    ("th2b-paged-01", "paging-compresses", "Paging wastes less memory per sequence, so more tokens fit.", False),
    ("th2b-paged-01", "paging-compresses", "Paging removes reservation waste; bytes per token stay the same.", False),
    ("th2b-paged-01", "paging-compresses", "Paged attention does not compress anything.", False),
    ("th2b-paged-01", "paging-is-cpu-offload", "Paged attention means offloading the cache to CPU.", True),
    ("th2b-paged-01", "paging-is-cpu-offload", "Paging means swapping the KV cache like an OS.", True),
    (
        "th2b-paged-01",
        "paging-is-cpu-offload",
        "Paged attention allocates small blocks in GPU memory on demand.",
        False,
    ),
    ("th2b-paged-01", "paging-is-cpu-offload", "Paged attention is not about offloading to the CPU.", False),
    # th2b-prefix-01
    ("th2b-prefix-01", "any-repeated-text", "The cache reuses any repeated text in the prompt.", True),
    ("th2b-prefix-01", "any-repeated-text", "It caches repeated text anywhere in the prompt.", True),
    ("th2b-prefix-01", "any-repeated-text", "Only an exact prefix from the first token can be reused.", False),
    ("th2b-prefix-01", "any-repeated-text", "It does not reuse repeated text in the middle of the prompt.", False),
    (
        "th2b-prefix-01",
        "caching-changes-output",
        "Prompt caching changes the outputs since it reuses old results.",
        True,
    ),
    ("th2b-prefix-01", "caching-changes-output", "The cache returns previous answers.", True),
    (
        "th2b-prefix-01",
        "caching-changes-output",
        "It reuses identical keys and values, so outputs are the same.",
        False,
    ),
    ("th2b-prefix-01", "caching-changes-output", "Prefix caching does not change the answers.", False),
    # th2b-cap-01
    ("th2b-cap-01", "size-by-weights", "The weights fit two GPUs, so two GPUs are enough to serve everyone.", True),
    ("th2b-cap-01", "size-by-weights", "Size the deployment by the weights only.", True),
    ("th2b-cap-01", "size-by-weights", "The KV cache for 200 users needs hundreds of GB beyond the weights.", False),
    ("th2b-cap-01", "size-by-weights", "Two GPUs are not enough to serve 200 users.", False),
    ("th2b-cap-01", "plan-for-average", "Plan capacity for the average load.", True),
    ("th2b-cap-01", "plan-for-average", "Average load is enough to size it.", True),
    ("th2b-cap-01", "plan-for-average", "Plan for the peak and the p99 targets.", False),
    ("th2b-cap-01", "plan-for-average", "Don't plan capacity for the average load.", False),
    # th2b-dec-01
    ("th2b-dec-01", "beam-always-better", "Beam search always gives better text than sampling.", True),
    ("th2b-dec-01", "beam-always-better", "The more probable sequence is always better.", True),
    ("th2b-dec-01", "beam-always-better", "Beam search suits translation; open-ended text needs sampling.", False),
    ("th2b-dec-01", "beam-always-better", "Beam search is not always better than sampling.", False),
    ("th2b-dec-01", "greedy-finds-best-sequence", "Greedy decoding finds the most probable sequence.", True),
    ("th2b-dec-01", "greedy-finds-best-sequence", "Greedy gives the optimal sequence.", True),
    (
        "th2b-dec-01",
        "greedy-finds-best-sequence",
        "Greedy picks the best token per step, which can miss the best sequence.",
        False,
    ),
    ("th2b-dec-01", "greedy-finds-best-sequence", "Greedy does not find the most probable sequence.", False),
    # th2b-dec-02
    ("th2b-dec-02", "temperature-reorders", "Raising the temperature changes which token is most likely.", True),
    ("th2b-dec-02", "temperature-reorders", "Temperature changes the ranking of the tokens.", True),
    (
        "th2b-dec-02",
        "temperature-reorders",
        "Temperature sharpens or flattens the distribution but keeps the order.",
        False,
    ),
    ("th2b-dec-02", "temperature-reorders", "Temperature does not change the ranking.", False),
    ("th2b-dec-02", "top-p-fixed-count", "Top-p keeps a fixed number of tokens.", True),
    ("th2b-dec-02", "top-p-fixed-count", "Nucleus sampling uses a fixed count like top-k.", True),
    ("th2b-dec-02", "top-p-fixed-count", "Top-k keeps a fixed number, while top-p adapts to the distribution.", False),
    ("th2b-dec-02", "top-p-fixed-count", "Top-p does not keep a fixed number of tokens.", False),
    (
        "th2b-dec-02",
        "temperature-direction",
        "A temperature above 1 sharpens the distribution and below 1 flattens it.",
        True,
    ),
    (
        "th2b-dec-02",
        "temperature-direction",
        "Higher temperature sharpens the distribution, lower temperature flattens it.",
        True,
    ),
    (
        "th2b-dec-02",
        "temperature-direction",
        "A temperature below 1 sharpens the distribution and above 1 flattens it.",
        False,
    ),
    (
        "th2b-dec-02",
        "temperature-direction",
        "Higher temperature flattens the distribution and lower temperature sharpens it.",
        False,
    ),
    (
        "th2b-dec-02",
        "temperature-direction",
        "Higher temperature does not sharpen the distribution; it flattens it.",
        False,
    ),
    # th2b-dec-03
    ("th2b-dec-03", "penalty-harmless", "A repetition penalty is harmless, crank it up.", True),
    ("th2b-dec-03", "penalty-harmless", "A higher penalty is always better.", True),
    ("th2b-dec-03", "penalty-harmless", "Penalties also hit names and identifiers that must repeat.", False),
    ("th2b-dec-03", "penalty-harmless", "A repetition penalty is not harmless.", False),
    ("th2b-dec-03", "greedy-prevents-loops", "Setting temperature to zero prevents repetition.", True),
    ("th2b-dec-03", "greedy-prevents-loops", "Greedy decoding avoids loops.", True),
    ("th2b-dec-03", "greedy-prevents-loops", "Greedy decoding makes loops more likely.", False),
    ("th2b-dec-03", "greedy-prevents-loops", "Temperature zero does not prevent repetition.", False),
    # th2b-dec-04
    ("th2b-dec-04", "valid-means-correct", "Constrained decoding guarantees the output is correct.", True),
    ("th2b-dec-04", "valid-means-correct", "If it is schema valid, that means it is correct.", True),
    ("th2b-dec-04", "valid-means-correct", "Constrained decoding guarantees valid syntax, not correct values.", False),
    ("th2b-dec-04", "valid-means-correct", "A valid schema does not mean correct content.", False),
    ("th2b-dec-04", "json-mode-schema", "JSON mode guarantees my schema.", True),
    ("th2b-dec-04", "json-mode-schema", "JSON mode output always matches the schema.", True),
    ("th2b-dec-04", "json-mode-schema", "JSON mode gives valid JSON but fields can be missing.", False),
    ("th2b-dec-04", "json-mode-schema", "JSON mode does not guarantee the schema.", False),
    # th2b-hall-01
    ("th2b-hall-01", "temperature-causes-hallucination", "At temperature 0 the model is hallucination-free.", True),
    ("th2b-hall-01", "temperature-causes-hallucination", "Hallucination is caused by temperature.", True),
    ("th2b-hall-01", "temperature-causes-hallucination", "Greedy decoding eliminates hallucinations.", True),
    (
        "th2b-hall-01",
        "temperature-causes-hallucination",
        "Even at temperature zero it guesses facts it never learned.",
        False,
    ),
    ("th2b-hall-01", "temperature-causes-hallucination", "Temperature zero does not prevent hallucination.", False),
    ("th2b-hall-01", "scale-fixes-hallucination", "Bigger models stop hallucinating.", True),
    ("th2b-hall-01", "scale-fixes-hallucination", "Scale eliminates hallucination.", True),
    ("th2b-hall-01", "scale-fixes-hallucination", "Larger models know more of the long tail but still guess.", False),
    ("th2b-hall-01", "scale-fixes-hallucination", "Larger models do not stop hallucinating.", False),
    # th2b-hall-02
    ("th2b-hall-02", "citations-prove-grounding", "Citations prove the answer is grounded.", True),
    ("th2b-hall-02", "citations-prove-grounding", "If it is cited, that means it is supported.", True),
    ("th2b-hall-02", "citations-prove-grounding", "A citation shows where the model looked; verify entailment.", False),
    ("th2b-hall-02", "citations-prove-grounding", "Citations do not prove grounding.", False),
    ("th2b-hall-02", "more-chunks-less-hallucination", "More chunks always reduce hallucination.", True),
    ("th2b-hall-02", "more-chunks-less-hallucination", "Retrieving more is always better.", True),
    ("th2b-hall-02", "more-chunks-less-hallucination", "More chunks add distractors and conflicts.", False),
    (
        "th2b-hall-02",
        "more-chunks-less-hallucination",
        "More context does not always mean fewer hallucinations.",
        False,
    ),
    # th2b-hall-03
    ("th2b-hall-03", "judge-is-truth", "The LLM judge is always right.", True),
    ("th2b-hall-03", "judge-is-truth", "The judge's score is always correct.", True),
    ("th2b-hall-03", "judge-is-truth", "Check the judge against human labels before trusting it.", False),
    ("th2b-hall-03", "judge-is-truth", "An LLM judge is not always right.", False),
    ("th2b-hall-03", "precision-is-enough", "Higher precision is always better.", True),
    ("th2b-hall-03", "precision-is-enough", "Higher factual precision means a better model.", True),
    ("th2b-hall-03", "precision-is-enough", "Precision can rise because the model says less.", False),
    ("th2b-hall-03", "precision-is-enough", "Higher precision does not always mean a better model.", False),
    # th2b-hall-04
    ("th2b-hall-04", "verbal-confidence-reliable", "Just ask the model how confident it is.", True),
    ("th2b-hall-04", "verbal-confidence-reliable", "Its stated confidence is reliable.", True),
    (
        "th2b-hall-04",
        "verbal-confidence-reliable",
        "Stated confidence is poorly calibrated; use agreement across samples.",
        False,
    ),
    ("th2b-hall-04", "verbal-confidence-reliable", "Verbalised confidence is not reliable.", False),
    ("th2b-hall-04", "any-answer-better", "Any answer is more useful than none.", True),
    ("th2b-hall-04", "any-answer-better", "Abstaining is always worse.", True),
    ("th2b-hall-04", "any-answer-better", "Any answer is better than abstaining.", True),
    ("th2b-hall-04", "any-answer-better", "A confident wrong answer can cost more than no answer.", False),
    ("th2b-hall-04", "any-answer-better", "Abstaining is not always worse.", False),
    # th2b-bp-01
    ("th2b-bp-01", "backprop-numerical", "Backprop perturbs each weight to estimate its gradient.", True),
    ("th2b-bp-01", "backprop-numerical", "Backpropagation approximates gradients with finite differences.", True),
    ("th2b-bp-01", "backprop-numerical", "I verify backprop against finite differences.", False),
    (
        "th2b-bp-01",
        "backprop-numerical",
        "Backprop computes exact gradients with the chain rule; finite differences only check them.",
        False,
    ),
    ("th2b-bp-01", "backprop-numerical", "Backprop does not estimate gradients numerically.", False),
    ("th2b-bp-01", "forward-mode-as-cheap", "Forward mode would be just as cheap for training.", True),
    ("th2b-bp-01", "forward-mode-as-cheap", "Forward mode is cheaper for training.", True),
    (
        "th2b-bp-01",
        "forward-mode-as-cheap",
        "Forward mode needs a pass per parameter, reverse mode one backward pass.",
        False,
    ),
    ("th2b-bp-01", "forward-mode-as-cheap", "Forward mode is not as cheap for training.", False),
    # th2b-bp-02
    ("th2b-bp-02", "vanishing-only-rnn", "Vanishing gradients only happen in RNNs.", True),
    ("th2b-bp-02", "vanishing-only-rnn", "Only recurrent networks have vanishing gradients.", True),
    (
        "th2b-bp-02",
        "vanishing-only-rnn",
        "Deep feedforward nets vanish too, since the gradient is a product over layers.",
        False,
    ),
    ("th2b-bp-02", "vanishing-only-rnn", "Vanishing gradients are not only an RNN problem.", False),
    ("th2b-bp-02", "relu-solves-all", "ReLU completely solves vanishing gradients.", True),
    ("th2b-bp-02", "relu-solves-all", "ReLU eliminates exploding gradients.", True),
    (
        "th2b-bp-02",
        "relu-solves-all",
        "ReLU removes the activation factor, but the weights still multiply the gradient.",
        False,
    ),
    ("th2b-bp-02", "relu-solves-all", "ReLU does not fully solve vanishing gradients.", False),
    # th2b-init-01
    ("th2b-init-01", "zero-init-fine", "Zero-initialising the weights is fine.", True),
    ("th2b-init-01", "zero-init-fine", "Gradient descent will move the weights apart anyway.", True),
    (
        "th2b-init-01",
        "zero-init-fine",
        "Zero biases are fine, but weights need random values to break symmetry.",
        False,
    ),
    ("th2b-init-01", "zero-init-fine", "Zero-initialised weights are not fine; units stay identical.", False),
    ("th2b-init-01", "bigger-init-faster", "Larger initial weights learn faster.", True),
    ("th2b-init-01", "bigger-init-faster", "A large init makes training faster because signals are stronger.", True),
    ("th2b-init-01", "bigger-init-faster", "Too-large weights make activations explode or saturate.", False),
    ("th2b-init-01", "bigger-init-faster", "Bigger initial weights do not learn faster.", False),
    # th2b-clip-01
    ("th2b-clip-01", "clipping-fixes-vanishing", "Gradient clipping fixes vanishing gradients.", True),
    ("th2b-clip-01", "clipping-fixes-vanishing", "Clipping prevents vanishing gradients.", True),
    ("th2b-clip-01", "clipping-fixes-vanishing", "Clipping only shrinks gradients that are too large.", False),
    ("th2b-clip-01", "clipping-fixes-vanishing", "Clipping does not fix vanishing gradients.", False),
    (
        "th2b-clip-01",
        "clipping-fixes-vanishing",
        "Clipping fixes exploding gradients and residuals help vanishing ones.",
        False,
    ),
    ("th2b-clip-01", "value-same-as-norm", "Both kinds of clipping keep the gradient's direction.", True),
    ("th2b-clip-01", "value-same-as-norm", "Clipping by value keeps the direction and norm clipping changes it.", True),
    ("th2b-clip-01", "value-same-as-norm", "Norm clipping keeps the direction and value clipping changes it.", False),
    ("th2b-clip-01", "value-same-as-norm", "Unlike clipping by value, norm clipping keeps the direction.", False),
    ("th2b-clip-01", "value-same-as-norm", "Value and norm clipping are the same.", True),
    (
        "th2b-clip-01",
        "value-same-as-norm",
        "Norm clipping keeps the direction, whereas value clipping changes it.",
        False,
    ),
    ("th2b-clip-01", "value-same-as-norm", "Clipping by value does not preserve the direction.", False),
    # th2b-stab-01
    ("th2b-stab-01", "nan-means-lr", "A NaN always means the learning rate is too high.", True),
    ("th2b-stab-01", "nan-means-lr", "NaN always comes from the learning rate.", True),
    ("th2b-stab-01", "nan-means-lr", "Find the first non-finite op before touching the learning rate.", False),
    ("th2b-stab-01", "nan-means-lr", "A NaN does not always mean the learning rate is too high.", False),
    ("th2b-stab-01", "skip-and-continue", "Skipping the NaN steps is enough; keep training.", True),
    (
        "th2b-stab-01",
        "skip-and-continue",
        "Skip the NaN steps as a safeguard and keep training, but find the cause.",
        False,
    ),
    ("th2b-stab-01", "skip-and-continue", "The cause doesn't matter, ignore the NaNs.", True),
    ("th2b-stab-01", "skip-and-continue", "Repeated NaNs mean something is broken, so find the cause.", False),
    ("th2b-stab-01", "skip-and-continue", "Don't ignore NaNs.", False),
    # th2b-res-01
    ("th2b-res-01", "residual-adds-capacity", "Residual connections help because they add capacity.", True),
    ("th2b-res-01", "residual-adds-capacity", "Skip connections give the model more parameters.", True),
    (
        "th2b-res-01",
        "residual-adds-capacity",
        "A skip connection adds no parameters; it gives the gradient an identity path.",
        False,
    ),
    ("th2b-res-01", "residual-adds-capacity", "Residuals do not add capacity.", False),
    ("th2b-res-01", "residual-for-overfitting", "Residual connections mainly reduce overfitting.", True),
    ("th2b-res-01", "residual-for-overfitting", "Skip connections regularize the network.", True),
    (
        "th2b-res-01",
        "residual-for-overfitting",
        "They fixed higher training error in deep plain nets, an optimisation problem.",
        False,
    ),
    ("th2b-res-01", "residual-for-overfitting", "Residual connections do not mainly reduce overfitting.", False),
    # th2b-norm-01
    ("th2b-norm-01", "ln-across-batch", "Like batch norm, layer norm normalises across the batch.", True),
    ("th2b-norm-01", "ln-across-batch", "LayerNorm depends on the batch too.", True),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises across features and BatchNorm across the batch, so BN depends on the other examples.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm works per token, and BatchNorm needs running averages at inference.",
        False,
    ),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "LayerNorm normalises each token across its features and BatchNorm each feature across the batch.",
        False,
    ),
    ("th2b-norm-01", "ln-across-batch", "LayerNorm normalises across features, BatchNorm across the batch.", False),
    (
        "th2b-norm-01",
        "ln-across-batch",
        "BatchNorm normalises across the batch, while LayerNorm works per token.",
        False,
    ),
    ("th2b-norm-01", "ln-across-batch", "LayerNorm does not use batch statistics.", False),
    ("th2b-norm-01", "bn-same-train-inference", "Batch norm is the same in training and inference.", True),
    ("th2b-norm-01", "bn-same-train-inference", "BatchNorm behaves the same at test time.", True),
    ("th2b-norm-01", "bn-same-train-inference", "At inference BatchNorm switches to running averages.", False),
    (
        "th2b-norm-01",
        "bn-same-train-inference",
        "Batch norm does not behave the same in training and inference.",
        False,
    ),
    # th2b-norm-02
    ("th2b-norm-02", "pre-ln-strictly-better", "Pre-LN is strictly better than Post-LN.", True),
    ("th2b-norm-02", "pre-ln-strictly-better", "Post-LN is always worse.", True),
    (
        "th2b-norm-02",
        "pre-ln-strictly-better",
        "Pre-LN trains more easily, but Post-LN can end slightly better.",
        False,
    ),
    ("th2b-norm-02", "pre-ln-strictly-better", "Pre-LN is not better in every respect.", False),
    ("th2b-norm-02", "post-ln-no-warmup", "Post-LN doesn't need warm-up.", True),
    ("th2b-norm-02", "post-ln-no-warmup", "With Post-LN you can skip warm-up.", True),
    ("th2b-norm-02", "post-ln-no-warmup", "Post-LN needs warm-up, whereas Pre-LN tolerates little or none.", False),
    ("th2b-norm-02", "post-ln-no-warmup", "Post-LN cannot skip warm-up.", False),
    (
        "th2b-norm-02",
        "placement-swapped",
        "Pre-LN puts LayerNorm after the residual addition, so it needs a long warm-up.",
        True,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "Pre-LN puts the norm after the addition and Post-LN before the sublayer.",
        True,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "Post-LN puts LayerNorm after the residual addition and Pre-LN puts it before each sublayer.",
        False,
    ),
    (
        "th2b-norm-02",
        "placement-swapped",
        "Pre-LN normalises before each sublayer and Post-LN after the addition.",
        False,
    ),
    ("th2b-norm-02", "placement-swapped", "Pre-LN does not put LayerNorm after the residual addition.", False),
    # th2b-attn-01
    ("th2b-attn-01", "gqa-fewer-query-heads", "Grouped-query attention reduces the number of query heads.", True),
    ("th2b-attn-01", "gqa-fewer-query-heads", "GQA uses fewer query heads than multi-head attention.", True),
    ("th2b-attn-01", "gqa-fewer-query-heads", "GQA uses fewer key-value heads than query heads.", False),
    ("th2b-attn-01", "gqa-fewer-query-heads", "GQA reduces the number of query heads.", True),
    ("th2b-attn-01", "gqa-fewer-query-heads", "GQA keeps all query heads and shares fewer KV heads.", False),
    ("th2b-attn-01", "gqa-fewer-query-heads", "GQA does not reduce the query heads.", False),
    ("th2b-attn-01", "gqa-cuts-flops", "GQA cuts the attention FLOPs.", True),
    ("th2b-attn-01", "gqa-cuts-flops", "GQA saves FLOPs, that is why it is faster.", True),
    ("th2b-attn-01", "gqa-cuts-flops", "GQA saves KV memory and bandwidth, which limit decoding.", False),
    ("th2b-attn-01", "gqa-cuts-flops", "GQA does not cut attention FLOPs much.", False),
    # th2b-attn-02
    ("th2b-attn-02", "flash-approximate", "FlashAttention is an approximate attention.", True),
    ("th2b-attn-02", "flash-approximate", "FlashAttention is a sparse attention method.", True),
    ("th2b-attn-02", "flash-approximate", "FlashAttention is exact, unlike sparse or approximate methods.", False),
    ("th2b-attn-02", "flash-approximate", "FlashAttention does not approximate anything.", False),
    ("th2b-attn-02", "flash-approximate", "FlashAttention is exact and sparse attention is approximate.", False),
    ("th2b-attn-02", "flash-linear-compute", "FlashAttention makes the compute linear in sequence length.", True),
    ("th2b-attn-02", "flash-linear-compute", "FlashAttention removes the quadratic cost.", True),
    ("th2b-attn-02", "flash-linear-compute", "FlashAttention makes memory linear, but compute stays quadratic.", False),
    ("th2b-attn-02", "flash-linear-compute", "FlashAttention makes memory linear and cuts wall-clock time.", False),
    ("th2b-attn-02", "flash-linear-compute", "FlashAttention does not remove the quadratic compute.", False),
    # th2b-attn-03
    ("th2b-attn-03", "attention-always-dominates", "Attention always dominates the FLOPs.", True),
    ("th2b-attn-03", "attention-always-dominates", "The quadratic term always dominates.", True),
    ("th2b-attn-03", "attention-always-dominates", "At a few thousand tokens the MLP and projections dominate.", False),
    ("th2b-attn-03", "attention-always-dominates", "Attention does not always dominate the compute.", False),
    ("th2b-attn-03", "training-2n", "Training costs 2N FLOPs per token.", True),
    ("th2b-attn-03", "training-2n", "Training takes the same FLOPs as inference.", True),
    ("th2b-attn-03", "training-2n", "Training is about 6N per token, three times the forward pass.", False),
    ("th2b-attn-03", "training-2n", "Training does not cost the same FLOPs as inference.", False),
    # th2b-arch-01
    ("th2b-arch-01", "bert-generates", "BERT generates text like GPT.", True),
    ("th2b-arch-01", "bert-generates", "Encoder-only models generate text fluently.", True),
    ("th2b-arch-01", "bert-generates", "BERT fills in masked tokens from both sides.", False),
    ("th2b-arch-01", "bert-generates", "BERT does not generate text well.", False),
    ("th2b-arch-01", "decoders-cant-classify", "Decoders can't classify text well.", True),
    ("th2b-arch-01", "decoders-cant-classify", "Decoders are bad at classification.", True),
    (
        "th2b-arch-01",
        "decoders-cant-classify",
        "Decoders classify through prompting, though a small encoder can be cheaper.",
        False,
    ),
    ("th2b-arch-01", "decoders-cant-classify", "Decoder-only models are not only for generation.", False),
    # th2b-opt-01
    ("th2b-opt-01", "adam-always-better", "Adam is always better than SGD.", True),
    ("th2b-opt-01", "adam-always-better", "Always use Adam.", True),
    ("th2b-opt-01", "adam-always-better", "Tuned SGD matches Adam on many CNN tasks.", False),
    ("th2b-opt-01", "adam-always-better", "Adam isn't always better than SGD.", False),
    ("th2b-opt-01", "adam-no-lr-tuning", "Adam tunes the learning rate automatically.", True),
    ("th2b-opt-01", "adam-no-lr-tuning", "With Adam, learning rate tuning is unnecessary.", True),
    ("th2b-opt-01", "adam-no-lr-tuning", "The global learning rate still sets how far Adam steps.", False),
    ("th2b-opt-01", "adam-no-lr-tuning", "Adam does not set the learning rate itself.", False),
    # th2b-opt-02
    ("th2b-opt-02", "decay-everything", "Apply decay to all parameters.", True),
    ("th2b-opt-02", "decay-everything", "Use weight decay on LayerNorm gains and biases too.", True),
    ("th2b-opt-02", "decay-everything", "Exclude biases and norm gains from decay.", False),
    ("th2b-opt-02", "decay-everything", "Don't decay all parameters.", False),
    ("th2b-opt-02", "decay-independent-of-lr", "In AdamW the decay is independent of the learning rate.", True),
    ("th2b-opt-02", "decay-independent-of-lr", "The learning rate doesn't affect the decay.", True),
    (
        "th2b-opt-02",
        "decay-independent-of-lr",
        "The shrink per step is lr times lambda, so the schedule changes it.",
        False,
    ),
    ("th2b-opt-02", "decay-independent-of-lr", "The decay is not independent of the learning rate.", False),
    # th2b-opt-03
    ("th2b-opt-03", "decay-phase-minor", "The decay phase barely matters.", True),
    ("th2b-opt-03", "decay-phase-minor", "The decay phase has little effect.", True),
    ("th2b-opt-03", "decay-phase-minor", "Much of the loss gain arrives while the learning rate decays.", False),
    ("th2b-opt-03", "decay-phase-minor", "The decay phase is not unimportant.", False),
    (
        "th2b-opt-03",
        "peak-transfers-unchanged",
        "Under standard parameterisation the learning rate transfers unchanged to a larger model.",
        True,
    ),
    ("th2b-opt-03", "peak-transfers-unchanged", "With muP the same learning rate works on the larger model.", False),
    ("th2b-opt-03", "peak-transfers-unchanged", "The peak learning rate carries over unchanged.", True),
    ("th2b-opt-03", "peak-transfers-unchanged", "The best peak usually falls as the model gets wider.", False),
    (
        "th2b-opt-03",
        "peak-transfers-unchanged",
        "The small model's learning rate does not work for the larger one.",
        False,
    ),
    # th2b-opt-04
    ("th2b-opt-04", "higher-beta2-stabler", "A higher beta2 is always more stable.", True),
    ("th2b-opt-04", "higher-beta2-stabler", "Increasing beta2 stabilises training.", True),
    ("th2b-opt-04", "higher-beta2-stabler", "Lowering beta2 to 0.95 makes Adam more stable against spikes.", False),
    ("th2b-opt-04", "higher-beta2-stabler", "A higher beta2 is not always more stable.", False),
    ("th2b-opt-04", "epsilon-irrelevant", "Epsilon never matters.", True),
    ("th2b-opt-04", "epsilon-irrelevant", "Epsilon only prevents division by zero.", True),
    (
        "th2b-opt-04",
        "epsilon-irrelevant",
        "Epsilon floors the denominator and decides how tiny-gradient parameters move.",
        False,
    ),
    ("th2b-opt-04", "epsilon-irrelevant", "Epsilon is not irrelevant.", False),
    # th2b-skew-01
    ("th2b-skew-01", "skew-is-drift", "It must be drift, the data has changed.", True),
    ("th2b-skew-01", "skew-is-drift", "Drift explains the drop after launch.", True),
    (
        "th2b-skew-01",
        "skew-is-drift",
        "Right after launch there is no time for drift; look for skew in the pipelines.",
        False,
    ),
    ("th2b-skew-01", "skew-is-drift", "Skew is not the same as drift.", False),
    ("th2b-skew-01", "retrain-fixes-skew", "Retraining on fresher data will fix the skew.", True),
    ("th2b-skew-01", "retrain-fixes-skew", "Just retrain, that solves skew.", True),
    ("th2b-skew-01", "retrain-fixes-skew", "Make serving and training features identical; that removes skew.", False),
    ("th2b-skew-01", "retrain-fixes-skew", "Retraining won't fix skew.", False),
    # th2b-roll-01
    ("th2b-roll-01", "shadow-measures-impact", "Shadow mode measures the impact on fraud losses.", True),
    ("th2b-roll-01", "shadow-measures-impact", "The shadow run tells us the effect on revenue.", True),
    (
        "th2b-roll-01",
        "shadow-measures-impact",
        "Shadow mode shows predictions and latency but not the effect on outcomes.",
        False,
    ),
    ("th2b-roll-01", "shadow-measures-impact", "Shadow mode cannot measure business impact.", False),
    ("th2b-roll-01", "canary-proves-better", "The canary proves the new model is better.", True),
    ("th2b-roll-01", "canary-proves-better", "A canary is equivalent to an A/B test.", True),
    ("th2b-roll-01", "canary-proves-better", "A canary catches disasters; the A/B test measures the effect.", False),
    ("th2b-roll-01", "canary-proves-better", "A small canary does not prove the model is better.", False),
    # th2b-registry-01
    ("th2b-registry-01", "registry-is-storage", "A registry is only a storage bucket for models.", True),
    ("th2b-registry-01", "registry-is-storage", "The registry only stores the model files.", True),
    (
        "th2b-registry-01",
        "registry-is-storage",
        "A registry records lineage, evaluations and stages, not just files.",
        False,
    ),
    ("th2b-registry-01", "registry-is-storage", "A registry is not merely storage.", False),
    ("th2b-registry-01", "rerun-code-reproduces", "Rerunning the training code reproduces the model.", True),
    ("th2b-registry-01", "rerun-code-reproduces", "The code is enough to reproduce it.", True),
    (
        "th2b-registry-01",
        "rerun-code-reproduces",
        "You need the data snapshot, versions and seeds as well as the code.",
        False,
    ),
    (
        "th2b-registry-01",
        "rerun-code-reproduces",
        "Rerunning the training code won't reproduce the model without the data snapshot.",
        False,
    ),
    # th2b-mon-01
    ("th2b-mon-01", "drift-means-retrain", "Any drift means we retrain.", True),
    ("th2b-mon-01", "drift-means-retrain", "Once drift is detected, retrain automatically.", True),
    ("th2b-mon-01", "drift-means-retrain", "Drift is a trigger to investigate, not an automatic retrain.", False),
    ("th2b-mon-01", "drift-means-retrain", "Drift does not mean you must retrain.", False),
    ("th2b-mon-01", "significance-means-problem", "A significant KS test means there is a problem.", True),
    ("th2b-mon-01", "significance-means-problem", "Statistically significant drift is a real problem.", True),
    (
        "th2b-mon-01",
        "significance-means-problem",
        "On a million rows trivial shifts are significant, so use effect sizes.",
        False,
    ),
    ("th2b-mon-01", "significance-means-problem", "A significant test does not mean a real problem.", False),
    # th2b-mon-02
    ("th2b-mon-02", "no-errors-means-fine", "The service returns predictions, so the data is fine.", True),
    ("th2b-mon-02", "no-errors-means-fine", "It runs without errors, so the data must be fine.", True),
    ("th2b-mon-02", "no-errors-means-fine", "Models score broken inputs without complaint.", False),
    (
        "th2b-mon-02",
        "no-errors-means-fine",
        "Returning predictions without errors does not mean the data is fine.",
        False,
    ),
    ("th2b-mon-02", "schema-check-enough", "A schema check is enough.", True),
    ("th2b-mon-02", "schema-check-enough", "Schema validation catches everything.", True),
    ("th2b-mon-02", "schema-check-enough", "Schema checks miss unit changes and stale values.", False),
    ("th2b-mon-02", "schema-check-enough", "A schema check is not enough.", False),
    # th2b-retrain-01
    ("th2b-retrain-01", "more-retraining-better", "Retraining more often is always better.", True),
    ("th2b-retrain-01", "more-retraining-better", "Always retrain daily.", True),
    (
        "th2b-retrain-01",
        "more-retraining-better",
        "Measure how fast performance decays before picking a cadence.",
        False,
    ),
    ("th2b-retrain-01", "more-retraining-better", "More retraining is not always better.", False),
    ("th2b-retrain-01", "newer-is-better", "Newer data always gives a better model.", True),
    ("th2b-retrain-01", "newer-is-better", "Deploy automatically as soon as training finishes.", True),
    (
        "th2b-retrain-01",
        "newer-is-better",
        "A retrained model must beat the current one on the same holdout before it ships.",
        False,
    ),
    ("th2b-retrain-01", "newer-is-better", "A retrained model is not always better.", False),
    # th2b-fs-01
    ("th2b-fs-01", "latest-value-fine", "Joining the latest feature values is fine.", True),
    ("th2b-fs-01", "latest-value-fine", "Features change slowly, so it's ok.", True),
    ("th2b-fs-01", "latest-value-fine", "Join each label with the feature value as of its timestamp.", False),
    ("th2b-fs-01", "latest-value-fine", "Current feature values are not fine for historical labels.", False),
    (
        "th2b-fs-01",
        "latest-value-fine",
        "Joining latest values onto historical labels leaks, even for slowly changing features.",
        False,
    ),
    ("th2b-fs-01", "event-time-enough", "The event timestamp is enough for point-in-time joins.", True),
    ("th2b-fs-01", "event-time-enough", "Only the event time matters.", True),
    ("th2b-fs-01", "event-time-enough", "Join on when the value became available.", False),
    ("th2b-fs-01", "event-time-enough", "Event time is not enough.", False),
    # th2b-fs-02
    ("th2b-fs-02", "backfill-equals-stream", "Backfilling always reproduces exactly what streaming served.", True),
    ("th2b-fs-02", "backfill-equals-stream", "The backfill is the same as the streaming values.", True),
    ("th2b-fs-02", "backfill-equals-stream", "Late events and watermarks can make backfill and stream differ.", False),
    ("th2b-fs-02", "backfill-equals-stream", "A backfill does not always match streaming.", False),
    ("th2b-fs-02", "realtime-always-better", "Real-time features are always worth it.", True),
    ("th2b-fs-02", "realtime-always-better", "Always use real-time features.", True),
    ("th2b-fs-02", "realtime-always-better", "Build real-time features when measured gains justify the cost.", False),
    ("th2b-fs-02", "realtime-always-better", "Real-time features are not always worth it.", False),
    # th2b-mp-01: misconception added in tests/test_misconceptions_para2.py
    ("th2b-mp-01", "fp16-range-precision-swapped", "fp16 has more range than bf16.", True),
    ("th2b-mp-01", "fp16-range-precision-swapped", "bf16 has the range of fp32 but less precision than fp16.", False),
    ("th2b-mp-01", "fp16-range-precision-swapped", "fp16 does not have a wider range than bf16.", False),
]


@pytest.mark.parametrize(
    "prompt_id, misconception_id, sentence, should_match",
    CASES,
    ids=[f"{p}:{m}:{'hit' if hit else 'miss'}{i}" for i, (p, m, _, hit) in enumerate(CASES)],
)
def test_misconception_cues(
    curriculum: Curriculum, matcher: Matcher, prompt_id: str, misconception_id: str, sentence: str, should_match: bool
) -> None:
    m = _misconception(curriculum, prompt_id, misconception_id)
    fired = [c for c in m.cues if states(matcher, sentence, c)]
    assert bool(fired) is should_match, fired


def test_every_prompt_has_misconceptions_and_every_key_point_an_explanation(curriculum: Curriculum) -> None:
    ours = _ours(curriculum)
    assert len(ours) == EXPECTED
    for p in ours:
        assert p.id.startswith("th2b-"), p.id
        assert 1 <= len(p.misconceptions) <= 3, p.id
        for k in [*p.key_points, *p.follow_up.key_points]:
            assert k.explanation and len(k.explanation.split()) <= 95, (p.id, k.id)
        for m in p.misconceptions:
            assert 2 <= len(m.cues) <= 5, (p.id, m.id)


def test_every_misconception_has_a_wrong_and_two_right_sentences(curriculum: Curriculum) -> None:
    for p in _ours(curriculum):
        for m in p.misconceptions:
            rows = [hit for pid, mid, _, hit in CASES if (pid, mid) == (p.id, m.id)]
            assert rows.count(True) >= 1 and rows.count(False) >= 2, (p.id, m.id)


def test_correct_texts_do_not_trip_the_prompts_own_misconceptions(curriculum: Curriculum, matcher: Matcher) -> None:
    """Key points, explanations, depths and corrections are right by construction, so a cue that
    fires on them would put "Careful:" on a strong answer."""
    for p in _ours(curriculum):
        kps = [*p.key_points, *p.follow_up.key_points]
        texts = [k.text for k in kps] + [k.explanation or "" for k in kps]
        texts += [p.depths.s30, p.depths.m2, p.depths.m5] + [m.correction for m in p.misconceptions]
        for m in p.misconceptions:
            for t in texts:
                hits = [c for c in m.cues if states(matcher, t, c)]
                assert not hits, f"{p.id}/{m.id}: {hits} fires on {t!r}"
