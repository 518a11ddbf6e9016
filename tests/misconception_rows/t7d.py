"""The seventh pass, group D: the llm_training and mlops prompts of the t7_D dump (SFT, reward models, DPO,
preference data, LoRA and QLoRA, quantisation, distributed training, mixed precision, rollout, monitoring,
retraining, feature stores).

Two wrong and one right answer per prompt were written blind from the dump (``tests/labelled/wrong_t7_D.yaml``),
then the cues were tuned on them: for every wrong answer no misconception of its key point caught, a cue was
widened or a misconception added, each with the wrong phrasing, paraphrases in other registers, and right
sentences in the same words that must not fire. The one right answer that drew a "Careful" (backfill-equals-stream
on "backfill ... the same windows, and verify against streamed values") is kept as a must-not-fire row after the
cue was narrowed. A later pass narrowed the cues a second reader found firing on right sentences (trust the
RM, no drift, GPTQ weight error, backfill with current values, int8 ops, 42 TFLOP/s, 12.5, micro-batch size,
fp16 accumulation speed, bf16 dominates); those sentences are must-not-fire rows. The ninth pass's second reader
narrowed ``=e4m3 gradients|grads|backward`` (it fired on "Weights and activations use E4M3, and gradients use E5M2")
and reworded the row that needed it. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, and the cues it added to (or rewrote in) existing ones
ADDED: dict[tuple[str, str], list[str]] = {
    ("th2b-sft-01", "loss-on-whole-sequence"): [
        "not|dont need* chat template|template during|training|sft|data",
        "template serving|inference|deployment detail|afterthought|later",
        "generalis*|generaliz*|adapt* any|whatever|other format*|template*",
    ],
    ("th2b-rlhf-02", "rm-reliable-off-distribution"): [
        (
            "reward|score climbing|rising|increasing|rises|climbs|goes proves|shows|real|genuine|actual "
            "better|improv*|progress"
        ),
        "rising|climbing|increasing reward|score proves|shows|means better|improv*",
        "=trust rm|reward|scores keep|continue training",
    ],
    ("th2b-dpo-01", "dpo-same-as-ppo"): [
        "=same result|results|outcome|policy ppo|rlhf",
        "ends|end|land*|arriv*|converg*|always same model|policy|result|place|point",
    ],
    ("th2b-pref-01", "fixed-order-cancels"): [
        "fixed|same|consistent|constant order|position|side bias* cancel*|constant|evens|fair",
        "=no need randomi*|shuffl*|swap*",
        "=randomi*|randomising|randomizing|shuffling order unnecessary|pointless|needless",
        "always put*|puts|show*|place*|present* model|ours|new|baseline|candidate first|left|top",
    ],
    ("th2b-qlora-01", "frozen-base-no-backprop"): [
        "=frozen no|skip*|without backward|backprop*|backpropagation",
        "no|skip* backward|backprop*|backpropagation through base|frozen",
        "backward|backprop*|gradients skip*|bypass*|avoid* base|frozen|quantiz*",
        "gradients go|flow|pass adapter* branch|path",
        "frozen|base not|doesnt part|participat*|involved backprop*|backward|backpropagation",
    ],
    ("th2b-lora-03", "adapter-portable"): [
        "adapters|lora|quality|delta transfer*|carr*|port*",
    ],
    ("th2b-lora-03", "lora-always-equal"): [
        "lora always|same matches|equals|quality",
        "rank|lora|update enough|sufficient|suffices|captur* everything|anything|continued|pretrain*",
    ],
    ("th2b-quant-01", "int4-faster-arithmetic"): [
        "integer|int4 units|arithmetic|math|ops|multiply-adds|multipl* faster|quicker|cheaper",
        "faster because|since integer|int4|int8 arithmetic|math|ops|units|multipl*",
        "integer|int4 execut*|comput*|run*|multipl* faster",
    ],
    ("th2b-quant-01", "memory-numbers-wrong"): [
        "=17 5 gb|gigabytes",
    ],
    ("th2b-quant-02", "per-token-scales-fix"): [
        "fix|solution|solv* naive|int8|outlier*|outliers per token scal*|scaling|scales",
        "outlier* affect*|distort*|hurt*|spoil*|ruins own|single|one token|row",
        "scale*|scaling|scales per token solv*|handles|cures|removes",
    ],
    ("th2b-quant-02", "smoothquant-direction"): [
        "smoothquant clip*|clamp*|truncat*",
    ],
    ("th2b-quant-03", "calibration-data-irrelevant"): [
        "domain|data|text barely|hardly|doesnt|not matter*",
        "gptq cannot|not|doesnt|never overfit*",
    ],
    ("th2b-quant-03", "gptq-weight-error"): [
        "=gptq minimi*|reduc* weight error|distance|difference|mse",
        "=gptq minimi*|reduc* weight* reconstruction",
    ],
    ("th2b-dist-01", "accumulation-differs"): [
        "step|wall time|clock same|unchanged|identical|similar",
        "accumulat* no|without extra|additional time|cost|overhead|slowdown",
    ],
    ("th2b-dist-02", "bubble-ignores-microbatches"): [
        "=bubble not|doesnt depend* number|count micro|microbatch*|microbatches",
        "=bubble not|doesnt depend* micro batch count|number",
        "bubble|idle independent micro|microbatch*|microbatches",
        "=micro batch count|number not|doesnt change*|matter*|affect*",
    ],
    ("th2b-dist-03", "smaller-batch-hides-comm"): [
        "less|smaller|fewer work|compute|batch easier|better hide*|overlap*|mask*",
        "more|64 gpus help* hide|overlap*|mask*",
        "smaller|less batch|work|compute overlap*|hide* better|easier",
    ],
    ("th2b-dist-03", "mfu-two-n"): [
        "achieved|mfu 2 param*|parameters|params tokens|token|tok",
    ],
    ("th2b-dist-04", "tp-syncs-gradients-only"): [
        "=tp|tensor only syncs|sync|reduces grads|gradients",
        "tensor|tp parallelism|parallel* reduc*|syncs|sync gradients|grads dp|ddp|data",
        "=tp|tensor needs|has no per layer comm*|communication",
    ],
    ("th2b-dist-04", "rs-ag-doubles-traffic"): [
        "twice|double|2x single|one all reduc*|allreduce",
        "scatter gather twice|double|doubles|2x",
        "zero|sharding|sharded|fsdp doubles|double*|twice|2x traffic|communication|bandwidth",
    ],
    ("th2b-mp-01", "fp16-range-precision-swapped"): [
        "bf16 more|finer|higher|better precision|precise|mantissa|resolution fp16",
        "=bf16 strictly dominat*|beats|better|superior",
    ],
    ("th2b-mp-01", "precision-not-the-problem"): [
        "precision not|isnt|no problem|issue|culprit",
        "plateau|stagnation|stall* optimi*|optimization|optimisation|hyperparameter* issue|problem",
        "=optimizer states bf16 fine|ok|safe",
        "bf16 not|cannot|never lose|lost|drop* updates",
    ],
    ("th2b-mp-02", "fp8-roles-swapped"): [
        "=e5m2 forward|weights|activations",
        "=e4m3 backward|gradients|grads because|since|precision",
        "range|outliers want|need|needs weights|activations|forward",
    ],
    ("th2b-mp-03", "accumulate-in-16"): [
        "fp32 accumulat*|accumulation throw*|waste*|slow*|kill*",
    ],
    ("th2b-mp-03", "bf16-needs-scaler"): [
        "gradscaler|scaler solv*|fix*|stop*|prevent*|cure* nan*|nans",
        "loss scaling solv*|fix*|stop*|prevent*|cure* nan*|nans",
    ],
    ("th2b-roll-01", "shadow-measures-impact"): [
        "would blocked|caught|flagged charged|chargeback*|chargebacks real|actual|true|impact|losses",
    ],
    ("th2b-roll-01", "ab-test-short-fraud"): [
        "fraud|label*|labels|chargeback* known|available|visible decision|immediately|instantly|away|quickly",
    ],
    ("th2b-mon-01", "drift-means-retrain"): [
        "psi|ks|drift automatically|auto kick*|trigger*|start*|launch* retrain*",
    ],
    ("th2b-mon-01", "no-drift-means-healthy"): [
        "=inputs|features|data stable|unchanged model|performance fine|ok|healthy|good",
        "=stable|unchanged model still performing|fine|ok|healthy|good",
        "=no drift means|therefore|implies model|performance fine|ok|healthy|good",
        "=no input|feature|data drift means|therefore|implies model fine|ok|healthy|good",
    ],
    ("th2b-mon-01", "jump-means-drift"): [
        "jump|spike means|usually|indicates population|applicant*|applicants chang*|shift*",
    ],
    ("th2b-mon-02", "error-alerts-catch-data-bugs"): [
        "error rate|latency alert*|monitor*|monitoring catch*|catches|detect* most|all|them|these",
        "bad|broken inputs|data crash*|crashes|break*|fail* pipeline|service|job",
    ],
    ("th2b-mon-02", "stale-data-harmless"): [
        "stale features|data|values better|preferable",
        "=no fallback need*|needed|necessary",
    ],
    ("th2b-retrain-01", "newer-is-better"): [
        "newer|fresher|recent data always|definition|automatically|guaranteed better|good",
        "retrained|new|fresher model always|definition|automatically|guaranteed better|good",
    ],
    ("th2b-retrain-01", "more-retraining-better"): [
        "=frequent|frequently|more retrain*|retraining only|always help*|helps|better|improves",
        (
            "retrain*|refresh* daily|hourly|nightly|continuously|often|frequently "
            "safest|better|best|improves|harmless|help*|helps"
        ),
    ],
    ("th2b-fs-02", "backfill-equals-stream"): [
        "=backfill*|backfilled|backfills|counts same stream*|streaming|online|live|served",
    ],
    ("th2b-fs-02", "backfill-with-current-values"): [
        "=current|latest feature table|snapshot history|historical|past|backfill*",
        "=today*|current|latest values|features fine|ok|good|close|acceptable enough|history|historical|past|backfill*",
    ],
    ("th2b-fs-02", "disagreement-is-noise"): [
        "=consistency|normal|expected|random noise|jitter",
    ],
    ("th2b-sft-01", "sft-adds-knowledge"): [
        "sft|fine-tune teach*|teaches facts|knowledge",
    ],
    ("th2b-dist-02", "tp-across-nodes"): [
        "tensor|tp parallel*|parallelism scales|works|runs across|between|over nodes",
    ],
    ("th2b-mp-02", "fp8-halves-time"): [
        "2x|twice|double end|overall speed*|speedup|faster fp8",
    ],
}

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th2b-sft-01",
        "loss-on-whole-sequence",
        (
            'data: just concatenate the 20k pairs as "Question: ... Answer: ..." text; the chat template is a '
            "serving detail you add later, the model generalises to whatever format you use at inference"
        ),
        True,
    ),
    ("th2b-sft-01", "loss-on-whole-sequence", "The chat template is a serving detail; train on plain text.", True),
    (
        "th2b-sft-01",
        "loss-on-whole-sequence",
        "- plain Q/A text for training, template only at inference, model generalises to any format",
        True,
    ),
    ("th2b-sft-01", "loss-on-whole-sequence", "The chat template is just an inference-time detail.", True),
    ("th2b-sft-01", "loss-on-whole-sequence", "the model will generalise to whatever template you serve with", True),
    (
        "th2b-sft-01",
        "loss-on-whole-sequence",
        "You don't need the chat template during SFT, the model will pick up the format at inference.",
        True,
    ),
    ("th2b-sft-01", "loss-on-whole-sequence", "the template doesn't matter", True),
    ("th2b-sft-01", "loss-on-whole-sequence", "- no need for the chat template in the training data", True),
    (
        "th2b-sft-01",
        "loss-on-whole-sequence",
        "Render the data with the same chat template the model will see at inference.",
        False,
    ),
    (
        "th2b-sft-01",
        "loss-on-whole-sequence",
        "The chat template is not a serving detail: train with the one you serve with.",
        False,
    ),
    (
        "th2b-sft-01",
        "loss-on-whole-sequence",
        "The model does not generalise to a different template, so keep train and serving the same.",
        False,
    ),
    (
        "th2b-sft-01",
        "loss-on-whole-sequence",
        "Serving with a different template than training gives rambling, role-confused output.",
        False,
    ),
    (
        "th2b-sft-01",
        "loss-on-whole-sequence",
        "mask the prompt, loss on the response only, same chat template and role tokens as at serving",
        False,
    ),
    ("th2b-sft-01", "loss-on-whole-sequence", "You need the same chat template during SFT as at inference.", False),
    (
        "th2b-sft-01",
        "loss-on-whole-sequence",
        "Don't train without the chat template: the model meets it at serving.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "Your eyeballing is n=20 and biased; trust the RM, keep training, and spot-check win rate at the end.",
        True,
    ),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "The reward keeps climbing, so that's real progress; trust the RM.",
        True,
    ),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "reward rising = genuine improvement, your eyeballing is biased",
        True,
    ),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "If reward goes up it's an actual improvement, by construction of Bradley-Terry.",
        True,
    ),
    ("th2b-rlhf-02", "rm-reliable-off-distribution", "Just trust the RM and keep training.", True),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "A rising reward means the policy is getting better, so I'd keep training.",
        True,
    ),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "The reward keeps rising but it is not real improvement: the policy is exploiting the reward model.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "Reward climbing while answers look worse is over-optimisation, not genuine progress.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "Rising reward with worse answers means Goodhart, so check a gold evaluation before trusting any gain.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "The proxy reward increases but the gold reward peaks and then falls.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "Don't trust the reward model once the policy leaves its data.",
        False,
    ),
    ("th2b-rlhf-02", "rm-reliable-off-distribution", "Trust the gold evaluation over the reward model here.", False),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "The reward rises because the policy found a shortcut, so answers get worse.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "A rising reward means the policy found a shortcut in the reward model.",
        False,
    ),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        (
            "Because it optimises exactly the same objective as PPO, it converges to the same policy, so you give "
            "up nothing except the cost of a reward model and sampling."
        ),
        True,
    ),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO converges to the same policy as PPO, just cheaper.", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "- converges to same model as RLHF, minus the RM", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO gives the same result as PPO but cheaper, there's no real downside.", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO always gives the same model as RLHF.", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "same policy as RLHF, just no RM", True),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        (
            "In theory both target the same optimum, but DPO learns offline from fixed pairs, so the policies "
            "differ in practice."
        ),
        False,
    ),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        "DPO doesn't converge to the same policy as PPO in practice, because it never explores.",
        False,
    ),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO and PPO share the optimum only in theory.", False),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO keeps the same reference model throughout training.", False),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        "DPO doesn't give the same result as PPO once the policy moves off the data.",
        False,
    ),
    (
        "th2b-pref-01",
        "fixed-order-cancels",
        (
            "To keep position effects out we always showed the current model's answer on the left and the candidate "
            "on the right, so every labeller saw the same order and any bias was constant and cancelled out."
        ),
        True,
    ),
    ("th2b-pref-01", "fixed-order-cancels", "Use a fixed order for every pair so the position bias cancels out.", True),
    (
        "th2b-pref-01",
        "fixed-order-cancels",
        "- same order for all labellers -> position bias is constant, fair comparison",
        True,
    ),
    ("th2b-pref-01", "fixed-order-cancels", "no need to randomise the order if everyone sees the same layout", True),
    ("th2b-pref-01", "fixed-order-cancels", "Randomising the order is unnecessary.", True),
    (
        "th2b-pref-01",
        "fixed-order-cancels",
        "We always put model A first so the comparison is consistent and fair.",
        True,
    ),
    ("th2b-pref-01", "fixed-order-cancels", "always show the baseline on the left", True),
    (
        "th2b-pref-01",
        "fixed-order-cancels",
        "Randomise the order per pair so position bias cancels out instead of favouring one side.",
        False,
    ),
    (
        "th2b-pref-01",
        "fixed-order-cancels",
        "A fixed order does not cancel position bias; it adds it to one side.",
        False,
    ),
    ("th2b-pref-01", "fixed-order-cancels", "Show both orders and keep only consistent verdicts.", False),
    (
        "th2b-pref-01",
        "fixed-order-cancels",
        "Position bias: the first answer wins more often, so randomise the order and audit against length.",
        False,
    ),
    ("th2b-pref-01", "fixed-order-cancels", "Swap the order for half the pairs so the bias averages out.", False),
    ("th2b-pref-01", "fixed-order-cancels", "Don't always show the same model first; randomise.", False),
    ("th2b-pref-01", "fixed-order-cancels", "Always randomise which answer comes first.", False),
    ("th2b-pref-01", "fixed-order-cancels", "Labellers tend to prefer the answer shown first.", False),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        (
            "Since the base is frozen there's no backward pass through it: gradients only go through the adapter "
            "branch, which is why activation memory is tiny."
        ),
        True,
    ),
    ("th2b-qlora-01", "frozen-base-no-backprop", "Backprop skips the frozen base entirely.", True),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        "- frozen 4-bit base -> no backprop through the base, only the LoRA path",
        True,
    ),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        "Backpropagation bypasses the quantised base and only touches the adapters.",
        True,
    ),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        "The frozen base doesn't take part in backprop, only the adapters do.",
        True,
    ),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        (
            "The base is frozen, so its weights get no gradient, but gradients still flow back through it to the "
            "adapters."
        ),
        False,
    ),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        "Gradients flow back through the dequantised frozen weights to the adapters.",
        False,
    ),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        "Frozen means no weight gradients for the base, not that backprop skips it.",
        False,
    ),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        "Only the adapters are updated; the base weights receive no gradient.",
        False,
    ),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        "The backward pass goes through every frozen layer to reach adapters in earlier layers.",
        False,
    ),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        "The base gets no gradient, but backprop still runs through the frozen base.",
        False,
    ),
    (
        "th2b-qlora-01",
        "frozen-base-no-backprop",
        "The frozen base takes part in backprop, but its weights get no gradient.",
        False,
    ),
    (
        "th2b-lora-03",
        "adapter-portable",
        (
            "a LoRA delta encodes the customer's task, which doesn't depend on the exact checkpoint, so quality "
            "carries over"
        ),
        True,
    ),
    ("th2b-lora-03", "adapter-portable", "The adapters carry over to the new checkpoint.", True),
    (
        "th2b-lora-03",
        "adapter-portable",
        "yes, the LoRA transfers to the new base version as long as the shapes match",
        True,
    ),
    ("th2b-lora-03", "adapter-portable", "quality carries over to the newer checkpoint", True),
    (
        "th2b-lora-03",
        "adapter-portable",
        "Not reliably: the adapter is a delta fitted to the old base weights, so retrain it on the new checkpoint.",
        False,
    ),
    (
        "th2b-lora-03",
        "adapter-portable",
        "Quality does not carry over to a new checkpoint, even if the shapes match.",
        False,
    ),
    ("th2b-lora-03", "adapter-portable", "The adapter won't transfer to the new base; retrain and re-evaluate.", False),
    ("th2b-lora-03", "adapter-portable", "Version each adapter with its base model, data and config.", False),
    ("th2b-lora-03", "adapter-portable", "Adapters must be retrained when the base changes.", False),
    ("th2b-lora-03", "adapter-portable", "A LoRA adapter is tied to its base: it won't carry over.", False),
    ("th2b-lora-03", "adapter-portable", "Knowledge from pretraining carries into the adapter's behaviour.", False),
    (
        "th2b-lora-03",
        "lora-always-equal",
        (
            "The intrinsic dimension of fine-tuning updates is low, so a rank-16 ΔW captures essentially everything "
            "full FT learns: it matches full FT on instruction tuning and on continued pretraining of a new "
            "language alike."
        ),
        True,
    ),
    ("th2b-lora-03", "lora-always-equal", "Rank 8 is enough for anything, including continued pretraining.", True),
    ("th2b-lora-03", "lora-always-equal", "a low-rank update is enough for continued pretraining too", True),
    ("th2b-lora-03", "lora-always-equal", "LoRA captures everything full fine-tuning learns.", True),
    ("th2b-lora-03", "lora-always-equal", "LoRA always matches full fine-tuning.", True),
    ("th2b-lora-03", "lora-always-equal", "LoRA gives the same quality as full fine-tuning.", True),
    ("th2b-lora-03", "lora-always-equal", "LoRA is equivalent to full fine-tuning.", True),
    ("th2b-lora-03", "lora-always-equal", "There is never a reason to do full fine-tuning anymore.", True),
    ("th2b-lora-03", "lora-always-equal", "A low-rank update is not enough for continued pretraining.", False),
    (
        "th2b-lora-03",
        "lora-always-equal",
        "LoRA matches full FT for instruction tuning and falls short on continued pretraining.",
        False,
    ),
    (
        "th2b-lora-03",
        "lora-always-equal",
        "LoRA comes close to full fine-tuning for style tasks, but not for continued pretraining on a new language.",
        False,
    ),
    (
        "th2b-lora-03",
        "lora-always-equal",
        "rank 16 was enough for our style task; continued pretraining needed full FT",
        False,
    ),
    (
        "th2b-lora-03",
        "lora-always-equal",
        "A low-rank update has limited capacity: it learns less than full fine-tuning",
        False,
    ),
    ("th2b-lora-03", "lora-always-equal", "LoRA learns less and forgets less than full fine-tuning", False),
    ("th2b-lora-03", "lora-always-equal", "LoRA doesn't always match full fine-tuning.", False),
    (
        "th2b-quant-01",
        "int4-faster-arithmetic",
        (
            "Generation gets faster because the GPU's integer units execute int4 multiply-adds several times faster "
            "than fp16 ones, so each matmul simply computes faster."
        ),
        True,
    ),
    (
        "th2b-quant-01",
        "int4-faster-arithmetic",
        "int4 is faster because integer math is cheaper than floating point",
        True,
    ),
    ("th2b-quant-01", "int4-faster-arithmetic", "- speedup: int4 ops run faster than fp16 on tensor cores", True),
    ("th2b-quant-01", "int4-faster-arithmetic", "it's faster since int8 arithmetic has higher throughput", True),
    ("th2b-quant-01", "int4-faster-arithmetic", "int4 isn't faster because of integer math; it's the bandwidth", False),
    (
        "th2b-quant-01",
        "int4-faster-arithmetic",
        "W4A16 computes in fp16, so int4 arithmetic doesn't make it faster",
        False,
    ),
    (
        "th2b-quant-01",
        "int4-faster-arithmetic",
        "Decoding is faster because it reads fewer bytes, not because integer arithmetic is faster.",
        False,
    ),
    (
        "th2b-quant-01",
        "int4-faster-arithmetic",
        "At small batch, decoding reads all weights every token, so fewer bytes per weight means faster tokens.",
        False,
    ),
    ("th2b-quant-01", "int4-faster-arithmetic", "Weight-only int4 still computes in fp16 after dequantising.", False),
    (
        "th2b-quant-01",
        "memory-numbers-wrong",
        (
            "70B: fp16 = 70e9 × 2 B = 140 GB; int8 = 70 GB; int4 = another 4× down from int8 ≈ 17.5 GB, fits on a "
            "24 GB card."
        ),
        True,
    ),
    ("th2b-quant-01", "memory-numbers-wrong", "a 70B model in 4-bit is about 17.5 GB", True),
    ("th2b-quant-01", "memory-numbers-wrong", "- int4: 17.5 GB for 70B", True),
    ("th2b-quant-01", "memory-numbers-wrong", "70B in int4 is about 35 GB plus 1-2 GB of scales.", False),
    ("th2b-quant-01", "memory-numbers-wrong", "A 7B model is 14, 7 and 3.5 GB.", False),
    ("th2b-quant-01", "memory-numbers-wrong", "int4 is half of int8: 35 GB for 70B, not 17.5 GB.", False),
    (
        "th2b-quant-02",
        "per-token-scales-fix",
        (
            "- the easy fix for naive int8 is per-token scaling: each token row gets its own absmax, so an outlier "
            "only affects its own token"
        ),
        True,
    ),
    ("th2b-quant-02", "per-token-scales-fix", "The fix for int8 is per-token scaling.", True),
    ("th2b-quant-02", "per-token-scales-fix", "the solution to outliers: per-token scales", True),
    ("th2b-quant-02", "per-token-scales-fix", "With a scale per row, an outlier only distorts its own token.", True),
    ("th2b-quant-02", "per-token-scales-fix", "Using a separate scale per token solves the outlier issue.", True),
    (
        "th2b-quant-02",
        "per-token-scales-fix",
        "Per-token scales don't fix it, because the outliers sit in the same channels for every token.",
        False,
    ),
    (
        "th2b-quant-02",
        "per-token-scales-fix",
        "LLM.int8() uses vector-wise scales, per row of X and per column of W, plus fp16 outlier columns.",
        False,
    ),
    ("th2b-quant-02", "per-token-scales-fix", "An outlier distorts only its own block", False),
    (
        "th2b-quant-02",
        "per-token-scales-fix",
        "Per-token scaling is no fix: every token carries the outlier channel.",
        False,
    ),
    (
        "th2b-quant-02",
        "per-token-scales-fix",
        "The outlier affects every token, because it lives in a fixed channel.",
        False,
    ),
    (
        "th2b-quant-02",
        "per-token-scales-fix",
        "A scale per token doesn't solve it; the outlier is in every token.",
        False,
    ),
    (
        "th2b-quant-02",
        "smoothquant-direction",
        (
            "We switched to SmoothQuant, which clips the outlier activations to a percentile found on calibration "
            "data, trading a small approximation error for int8-friendly tensors."
        ),
        True,
    ),
    ("th2b-quant-02", "smoothquant-direction", "SmoothQuant clamps the activation outliers.", True),
    ("th2b-quant-02", "smoothquant-direction", "- smoothquant: truncate outliers at a calibrated threshold", True),
    (
        "th2b-quant-02",
        "smoothquant-direction",
        "SmoothQuant doesn't clip anything; it rescales channels exactly.",
        False,
    ),
    ("th2b-quant-02", "smoothquant-direction", "SmoothQuant is an exact identity, no approximation.", False),
    (
        "th2b-quant-02",
        "smoothquant-direction",
        "Unlike clipping, SmoothQuant divides each input channel by s_j and multiplies the weight row by s_j.",
        False,
    ),
    (
        "th2b-quant-02",
        "smoothquant-direction",
        "SmoothQuant never clips the outliers; it moves them into the weights.",
        False,
    ),
    (
        "th2b-quant-03",
        "calibration-data-irrelevant",
        (
            "Domain barely matters: GPTQ only uses them to estimate XXᵀ per layer, which is generic across text, so "
            "it can't overfit them."
        ),
        True,
    ),
    ("th2b-quant-03", "calibration-data-irrelevant", "The domain of the calibration text hardly matters.", True),
    ("th2b-quant-03", "calibration-data-irrelevant", "GPTQ can't overfit 128 sequences.", True),
    ("th2b-quant-03", "calibration-data-irrelevant", "- calib data: domain doesn't really matter, any text", True),
    (
        "th2b-quant-03",
        "calibration-data-irrelevant",
        "GPTQ can overfit its calibration set, so the domain matters.",
        False,
    ),
    ("th2b-quant-03", "calibration-data-irrelevant", "The domain matters: calibrate a code model on code.", False),
    (
        "th2b-quant-03",
        "calibration-data-irrelevant",
        "AWQ needs little calibration data and overfits it less than GPTQ.",
        False,
    ),
    (
        "th2b-quant-03",
        "calibration-data-irrelevant",
        "Use a few hundred sequences like the deployment traffic; GPTQ can overfit its calibration set.",
        False,
    ),
    ("th2b-quant-03", "gptq-weight-error", "GPTQ minimises the weight error per group.", True),
    ("th2b-quant-03", "gptq-weight-error", "- gptq: minimise weight reconstruction error, then round", True),
    ("th2b-quant-03", "gptq-weight-error", "GPTQ reduces the weight MSE, like a smarter round-to-nearest.", True),
    ("th2b-quant-03", "gptq-weight-error", "GPTQ minimises the layer's output error, not the weight error.", False),
    ("th2b-quant-03", "gptq-weight-error", "GPTQ minimises the error of the layer output on calibration inputs", False),
    (
        "th2b-quant-03",
        "gptq-weight-error",
        "Rather than the weight error, GPTQ minimises the output error on calibration data.",
        False,
    ),
    (
        "th2b-quant-03",
        "gptq-weight-error",
        "It quantises one column at a time and updates the remaining weights to compensate.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulation-differs",
        (
            "Step time is about the same too: total compute per step is still 256 samples, just done in 4 chunks "
            "instead of on 4x the GPUs."
        ),
        True,
    ),
    ("th2b-dist-01", "accumulation-differs", "accumulation adds no extra time", True),
    ("th2b-dist-01", "accumulation-differs", "- wall clock per step unchanged vs the 8-GPU run", True),
    ("th2b-dist-01", "accumulation-differs", "Gradient accumulation is free.", True),
    ("th2b-dist-01", "accumulation-differs", "Same gradient, but the wall-clock per step is 4 times longer.", False),
    ("th2b-dist-01", "accumulation-differs", "the step time is not the same, it's 4x", False),
    (
        "th2b-dist-01",
        "accumulation-differs",
        "Accumulating over 4 micro-batches gives the same gradient as the 256-example batch.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulation-differs",
        "Accumulation costs 4 times the wall-clock per step; the gradient is the same.",
        False,
    ),
    ("th2b-dist-02", "bubble-seven-eighths", "bubble = 1/8 = 12.5%", True),
    ("th2b-dist-02", "bubble-seven-eighths", "(8-1)/(8+8-1) = 7/15, about 47 %.", False),
    (
        "th2b-dist-02",
        "bubble-seven-eighths",
        "With 32 micro-batches it is 7/39, about 18 %; with 64, about 10 %.",
        False,
    ),
    ("th2b-dist-02", "bubble-seven-eighths", "The bubble is 7/15 of the step, about 47 percent.", False),
    ("th2b-dist-02", "bubble-ignores-microbatches", "The bubble doesn't depend on the number of micro-batches.", True),
    ("th2b-dist-02", "bubble-ignores-microbatches", "- bubble independent of micro-batches, only stages matter", True),
    ("th2b-dist-02", "bubble-ignores-microbatches", "the micro-batch count doesn't change the bubble", True),
    ("th2b-dist-02", "bubble-ignores-microbatches", "The bubble depends on the micro-batch count m.", False),
    ("th2b-dist-02", "bubble-ignores-microbatches", "More micro-batches shrink the bubble: (p-1)/(m+p-1).", False),
    (
        "th2b-dist-02",
        "bubble-ignores-microbatches",
        "The idle time per step doesn't depend on m, but its share of the step falls as m grows.",
        False,
    ),
    (
        "th2b-dist-02",
        "bubble-ignores-microbatches",
        "Fill and drain happen once per step, so more micro-batches amortise them.",
        False,
    ),
    (
        "th2b-dist-03",
        "smaller-batch-hides-comm",
        (
            "- going to 64 GPUs actually helps hide comms: each GPU has 8x less work, so the step is shorter and "
            "comm is a smaller fraction; keep the global batch fixed so there's no LR retuning"
        ),
        True,
    ),
    (
        "th2b-dist-03",
        "smaller-batch-hides-comm",
        "a smaller per-GPU batch makes the all-reduce easier to overlap",
        True,
    ),
    (
        "th2b-dist-03",
        "smaller-batch-hides-comm",
        "More GPUs help hide the communication because each has less work.",
        True,
    ),
    ("th2b-dist-03", "smaller-batch-hides-comm", "less compute per GPU makes communication easier to hide", True),
    (
        "th2b-dist-03",
        "smaller-batch-hides-comm",
        "Going to 64 GPUs, the smaller per-GPU batch lets us overlap comms better.",
        True,
    ),
    (
        "th2b-dist-03",
        "smaller-batch-hides-comm",
        "A smaller per-GPU batch leaves less compute to hide the same gradient traffic.",
        False,
    ),
    (
        "th2b-dist-03",
        "smaller-batch-hides-comm",
        "With 8x less work per GPU, there is less backward pass to overlap the all-reduce with.",
        False,
    ),
    (
        "th2b-dist-03",
        "smaller-batch-hides-comm",
        "More GPUs don't help hide communication; each GPU has less compute to hide it behind.",
        False,
    ),
    (
        "th2b-dist-03",
        "smaller-batch-hides-comm",
        "Raise the global batch so each GPU has enough compute to hide the all-reduce.",
        False,
    ),
    (
        "th2b-dist-03",
        "smaller-batch-hides-comm",
        "A smaller batch per GPU means less compute to overlap the all-reduce with, so comms show more.",
        False,
    ),
    (
        "th2b-dist-03",
        "mfu-two-n",
        (
            "MFU = achieved flops / peak. achieved ≈ 2 × params × tokens/s (2 flops per param per token, one "
            "multiply one add). e.g. 7B at 3000 tok/s per A100 → 42 TFLOP/s / 312 ≈ 13%."
        ),
        True,
    ),
    ("th2b-dist-03", "mfu-two-n", "achieved ≈ 2 × params × tokens/s", True),
    ("th2b-dist-03", "mfu-two-n", "MFU is 2 * params * tokens per second divided by peak.", True),
    (
        "th2b-dist-03",
        "mfu-two-n",
        (
            "Achieved FLOPs are about 6 × parameters × tokens per second (2 forward, 4 backward), divided by the "
            "GPUs' peak"
        ),
        False,
    ),
    (
        "th2b-dist-03",
        "mfu-two-n",
        "MFU = achieved / peak, with achieved = 6·N·tok/s: 2 for forward and 4 for backward per parameter",
        False,
    ),
    ("th2b-dist-03", "mfu-two-n", "Forward costs 2 × params × tokens, backward twice that.", False),
    (
        "th2b-dist-03",
        "mfu-two-n",
        "MFU = 6 × params × tokens/s / peak; the forward pass alone would be 2 per parameter.",
        False,
    ),
    (
        "th2b-dist-04",
        "tp-syncs-gradients-only",
        (
            "Usage: DP all-reduces grads; FSDP RS grads + AG params; TP only syncs grads at the end of backward, no "
            "per-layer comms; PP point-to-point; MoE all-to-all."
        ),
        True,
    ),
    ("th2b-dist-04", "tp-syncs-gradients-only", "tensor parallelism just all-reduces gradients like DP", True),
    ("th2b-dist-04", "tp-syncs-gradients-only", "TP needs no per-layer communication", True),
    ("th2b-dist-04", "tp-syncs-gradients-only", "Tensor parallelism syncs gradients like data parallelism.", True),
    (
        "th2b-dist-04",
        "tp-syncs-gradients-only",
        "TP all-reduces activations in every layer, PP has no per-layer comms",
        False,
    ),
    (
        "th2b-dist-04",
        "tp-syncs-gradients-only",
        "TP all-reduces activations in each layer; DP all-reduces gradients at the end of backward",
        False,
    ),
    (
        "th2b-dist-04",
        "tp-syncs-gradients-only",
        (
            "In a 3D layout, tensor parallelism all-reduces activations inside the node and data parallelism "
            "all-reduces gradients across replicas."
        ),
        False,
    ),
    (
        "th2b-dist-04",
        "tp-syncs-gradients-only",
        "Tensor parallelism does not only sync gradients: it all-reduces activations inside each layer.",
        False,
    ),
    (
        "th2b-dist-04",
        "rs-ag-doubles-traffic",
        (
            "Sharded data parallelism pays for its memory savings in bandwidth: a reduce-scatter followed by an "
            "all-gather sends twice what a single all-reduce would, which is the price of ZeRO."
        ),
        True,
    ),
    ("th2b-dist-04", "rs-ag-doubles-traffic", "ZeRO doubles the communication of DDP.", True),
    ("th2b-dist-04", "rs-ag-doubles-traffic", "reduce-scatter + all-gather = 2x the bytes of one all-reduce", True),
    ("th2b-dist-04", "rs-ag-doubles-traffic", "Sharding doubles the traffic.", True),
    ("th2b-dist-04", "rs-ag-doubles-traffic", "ZeRO costs twice the communication of plain data parallel.", True),
    (
        "th2b-dist-04",
        "rs-ag-doubles-traffic",
        "Splitting the all-reduce into reduce-scatter and all-gather sends the same bytes.",
        False,
    ),
    ("th2b-dist-04", "rs-ag-doubles-traffic", "A ring all-reduce sends about twice the gradient size per GPU.", False),
    (
        "th2b-dist-04",
        "rs-ag-doubles-traffic",
        "ZeRO-3 adds an all-gather of parameters, about 1.5x the traffic of DDP.",
        False,
    ),
    (
        "th2b-dist-04",
        "rs-ag-doubles-traffic",
        "An all-reduce equals a reduce-scatter followed by an all-gather, so it costs the same.",
        False,
    ),
    (
        "th2b-dist-04",
        "rs-ag-doubles-traffic",
        "ZeRO does not double the traffic: reduce-scatter plus all-gather is an all-reduce.",
        False,
    ),
    (
        "th2b-dist-04",
        "rs-ag-doubles-traffic",
        "ZeRO-3 costs about 1.5x the communication of data parallel, not twice.",
        False,
    ),
    (
        "th2b-mp-01",
        "fp16-range-precision-swapped",
        (
            "fp16: 1/5/10, bf16: 1/8/7 → bf16 gets fp32's range and, with the wider exponent, finer resolution too, "
            "so bf16 strictly dominates fp16."
        ),
        True,
    ),
    ("th2b-mp-01", "fp16-range-precision-swapped", "bf16 is both more precise and has more range than fp16", True),
    ("th2b-mp-01", "fp16-range-precision-swapped", "bf16 strictly beats fp16.", True),
    ("th2b-mp-01", "fp16-range-precision-swapped", "- bf16: finer resolution than fp16 plus fp32 range", True),
    ("th2b-mp-01", "fp16-range-precision-swapped", "bf16 is better than fp16 for range, but less precise", False),
    ("th2b-mp-01", "fp16-range-precision-swapped", "bf16 has fp32's range with less precision than fp16", False),
    (
        "th2b-mp-01",
        "fp16-range-precision-swapped",
        "bf16 does not dominate fp16: it trades precision for range.",
        False,
    ),
    ("th2b-mp-01", "fp16-range-precision-swapped", "fp16 has more mantissa bits, so finer precision than bf16.", False),
    (
        "th2b-mp-01",
        "precision-not-the-problem",
        "- bf16 has the same exponent range as fp32, so nothing under- or overflows; precision isn't the problem here",
        True,
    ),
    (
        "th2b-mp-01",
        "precision-not-the-problem",
        (
            "- a plateau is an optimisation issue: the LR schedule decayed too fast or the peak is too low, try a "
            "higher peak LR / longer warmup"
        ),
        True,
    ),
    ("th2b-mp-01", "precision-not-the-problem", "- optimizer states in bf16 are fine for the same reason", True),
    ("th2b-mp-01", "precision-not-the-problem", "Precision is not the issue, bf16 has the range.", True),
    ("th2b-mp-01", "precision-not-the-problem", "The plateau is a hyperparameter problem.", True),
    ("th2b-mp-01", "precision-not-the-problem", "bf16 can't lose updates, it has the same range as fp32.", True),
    ("th2b-mp-01", "precision-not-the-problem", "Range is not the issue; precision is.", False),
    ("th2b-mp-01", "precision-not-the-problem", "It's not range, it's precision: updates round away.", False),
    ("th2b-mp-01", "precision-not-the-problem", "The plateau is a precision problem, not an optimisation one.", False),
    (
        "th2b-mp-01",
        "precision-not-the-problem",
        "bf16 has fp32's range, so nothing overflows, but small updates round away.",
        False,
    ),
    ("th2b-mp-01", "precision-not-the-problem", "Optimizer states in bf16 are not fine: keep them in fp32.", False),
    ("th2b-mp-01", "precision-not-the-problem", "bf16 doesn't lose range, but it loses small updates.", False),
    ("th2b-mp-01", "precision-not-the-problem", "Pure bf16 loses small updates to rounding.", False),
    (
        "th2b-mp-02",
        "fp8-roles-swapped",
        (
            "FP8 comes in two flavours. E5M2 has 5 exponent bits so more range, thats what you want for weights and "
            "activations in the forward pass, they have big outliers."
        ),
        True,
    ),
    ("th2b-mp-02", "fp8-roles-swapped", "E5M2 for weights and activations, E4M3 for gradients.", True),
    ("th2b-mp-02", "fp8-roles-swapped", "use E4M3 for gradients because they need precision", True),
    ("th2b-mp-02", "fp8-roles-swapped", "- outliers need range, so E5M2 for activations", True),
    (
        "th2b-mp-02",
        "fp8-roles-swapped",
        (
            "E4M3 (4 exponent, 3 mantissa bits, max about 448) has more precision and is used for weights and "
            "activations; E5M2 (5 exponent, 2 mantissa bits, max about 57,344) has more range and is typically used "
            "for gradients."
        ),
        False,
    ),
    ("th2b-mp-02", "fp8-roles-swapped", "E4M3 for precision in the forward pass, E5M2 for range in gradients", False),
    ("th2b-mp-02", "fp8-roles-swapped", "E4M3 for forward, E5M2 for gradients", False),
    (
        "th2b-mp-02",
        "fp8-roles-swapped",
        "E5M2 has more range than E4M3, which is why gradients use it while weights and activations use E4M3.",
        False,
    ),
    (
        "th2b-mp-02",
        "fp8-roles-swapped",
        "E4M3 has more precision for weights and activations, E5M2 for gradients.",
        False,
    ),
    (
        "th2b-mp-02",
        "fp8-roles-swapped",
        "Gradients need range more than precision; weights and activations get E4M3.",
        False,
    ),
    (
        "th2b-mp-03",
        "accumulate-in-16",
        (
            "When I ported our trainer to AMP the rule was: matmuls and convs in fp16, that's where tensor cores "
            "shine, and they accumulate in fp16 too, which is where most of the speed-up comes from; fp32 "
            "accumulation would throw that away."
        ),
        True,
    ),
    ("th2b-mp-03", "accumulate-in-16", "fp32 accumulation slows the tensor cores down", True),
    ("th2b-mp-03", "accumulate-in-16", "accumulating in fp16 is fine", True),
    ("th2b-mp-03", "accumulate-in-16", "reductions in fp16 are safe", True),
    (
        "th2b-mp-03",
        "accumulate-in-16",
        "Tensor cores take fp16 inputs and accumulate in fp32, so the speed-up costs no accuracy.",
        False,
    ),
    ("th2b-mp-03", "accumulate-in-16", "Accumulating in fp16 loses small terms once the sum is large.", False),
    ("th2b-mp-03", "accumulate-in-16", "Accumulation in fp16 is not safe for long sums.", False),
    ("th2b-mp-03", "accumulate-in-16", "fp32 accumulation does not slow the tensor cores much.", False),
    (
        "th2b-mp-03",
        "bf16-needs-scaler",
        (
            "fix: keep the .half() model (memory is the point) but wrap the backward in a GradScaler, loss scaling "
            "solves the NaNs."
        ),
        True,
    ),
    ("th2b-mp-03", "bf16-needs-scaler", "A GradScaler fixes the NaNs.", True),
    ("th2b-mp-03", "bf16-needs-scaler", "loss scaling will stop the NaNs", True),
    ("th2b-mp-03", "bf16-needs-scaler", "A GradScaler alone doesn't fix the NaNs from a .half() model.", False),
    (
        "th2b-mp-03",
        "bf16-needs-scaler",
        "Loss scaling fixes gradient underflow in fp16, not overflow in softmax.",
        False,
    ),
    ("th2b-mp-03", "bf16-needs-scaler", "with bf16 autocast you need no scaler", False),
    (
        "th2b-mp-03",
        "bf16-needs-scaler",
        "Use autocast with fp32 master weights and a gradient scaler, or bf16 autocast, which needs no scaler.",
        False,
    ),
    (
        "th2b-roll-01",
        "shadow-measures-impact",
        (
            "- shadow: new model scores a copy of live traffic, decisions logged not acted on; zero user risk, and "
            "since you see what it would have blocked vs what later charged back you get its real fraud-loss impact"
        ),
        True,
    ),
    (
        "th2b-roll-01",
        "shadow-measures-impact",
        "Compare what it would have flagged with the later chargebacks to get the true losses saved.",
        True,
    ),
    (
        "th2b-roll-01",
        "shadow-measures-impact",
        "- shadow: check what it would have blocked against chargebacks = real impact",
        True,
    ),
    (
        "th2b-roll-01",
        "shadow-measures-impact",
        "Blocked transactions never produce chargebacks, so the model hides its own errors.",
        False,
    ),
    (
        "th2b-roll-01",
        "shadow-measures-impact",
        "Review a sample of the transactions only the new model would block.",
        False,
    ),
    (
        "th2b-roll-01",
        "shadow-measures-impact",
        (
            "Shadow can't show what would have happened to the chargebacks it would have blocked, so the real "
            "impact needs a live test."
        ),
        False,
    ),
    (
        "th2b-roll-01",
        "ab-test-short-fraud",
        (
            "A/B: randomised split, one week is plenty since the fraud flag is known at decision time; read off "
            "fraud loss with CIs."
        ),
        True,
    ),
    ("th2b-roll-01", "ab-test-short-fraud", "The fraud label is known at decision time.", True),
    ("th2b-roll-01", "ab-test-short-fraud", "chargebacks are visible immediately", True),
    ("th2b-roll-01", "ab-test-short-fraud", "Run the A/B for a week, fraud is known right away.", True),
    (
        "th2b-roll-01",
        "ab-test-short-fraud",
        "Fraud labels are not known at decision time; chargebacks arrive weeks later.",
        False,
    ),
    ("th2b-roll-01", "ab-test-short-fraud", "A week is not enough for fraud.", False),
    ("th2b-roll-01", "ab-test-short-fraud", "whether it was fraud is only known weeks later", False),
    (
        "th2b-roll-01",
        "ab-test-short-fraud",
        "A/B test: randomise and run long enough for chargebacks to mature.",
        False,
    ),
    ("th2b-roll-01", "ab-test-short-fraud", "Fraud isn't known right away: chargebacks take weeks.", False),
    (
        "th2b-mon-01",
        "drift-means-retrain",
        (
            "Because drift is the leading indicator of degradation, any feature crossing PSI 0.2 should "
            "automatically kick off a retrain."
        ),
        True,
    ),
    ("th2b-mon-01", "drift-means-retrain", "PSI alerts should automatically trigger a retrain.", True),
    ("th2b-mon-01", "drift-means-retrain", "- drift -> auto-trigger retraining", True),
    (
        "th2b-mon-01",
        "drift-means-retrain",
        "Drift alerts start an investigation rather than an automatic retrain.",
        False,
    ),
    (
        "th2b-mon-01",
        "drift-means-retrain",
        "A PSI alert should start an investigation, not automatically trigger a retrain.",
        False,
    ),
    (
        "th2b-mon-01",
        "drift-means-retrain",
        "alert on effect sizes (such as PSI above 0.2) for important features",
        False,
    ),
    (
        "th2b-mon-01",
        "no-drift-means-healthy",
        (
            "Because drift is the leading indicator of degradation, any feature crossing PSI 0.2 should "
            "automatically kick off a retrain, and if inputs are stable the model is still performing."
        ),
        True,
    ),
    ("th2b-mon-01", "no-drift-means-healthy", "No input drift means the model is fine.", True),
    ("th2b-mon-01", "no-drift-means-healthy", "- features stable -> model healthy", True),
    ("th2b-mon-01", "no-drift-means-healthy", "If the data is unchanged, performance is fine.", True),
    ("th2b-mon-01", "no-drift-means-healthy", "Performance can fall with no input drift (concept drift).", False),
    ("th2b-mon-01", "no-drift-means-healthy", "Even with stable inputs the model can degrade.", False),
    ("th2b-mon-01", "no-drift-means-healthy", "Stable inputs don't prove the model is fine.", False),
    ("th2b-mon-01", "no-drift-means-healthy", "Shifts in unimportant features may not matter for performance.", False),
    (
        "th2b-mon-01",
        "jump-means-drift",
        (
            "An isolated jump on a feature like income usually means the applicant population changed, a new "
            "marketing channel or an inflation adjustment, so we pulled the last month of applications and "
            "retrained the scorecard right away"
        ),
        True,
    ),
    ("th2b-mon-01", "jump-means-drift", "A spike in one feature means the population shifted.", True),
    ("th2b-mon-01", "jump-means-drift", "the jump indicates our applicants changed", True),
    (
        "th2b-mon-01",
        "jump-means-drift",
        "A jump like that usually means a pipeline bug, not a real population shift.",
        False,
    ),
    (
        "th2b-mon-01",
        "jump-means-drift",
        "A sudden jump usually means a pipeline change rather than a population shift.",
        False,
    ),
    (
        "th2b-mon-01",
        "jump-means-drift",
        "Check raw histograms, null rates and units before assuming the population changed.",
        False,
    ),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        "so error-rate + latency alerts catch most of them, since bad inputs crash the pipeline",
        True,
    ),
    ("th2b-mon-02", "error-alerts-catch-data-bugs", "Error-rate monitoring catches most data problems.", True),
    ("th2b-mon-02", "error-alerts-catch-data-bugs", "- broken data crashes the job, so we'd see it", True),
    ("th2b-mon-02", "error-alerts-catch-data-bugs", "error rate alerts would detect most of them", True),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        "Error-rate alerts won't catch them; broken inputs don't crash anything.",
        False,
    ),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        "Error rate and latency alerts catch outages, not data bugs.",
        False,
    ),
    ("th2b-mon-02", "error-alerts-catch-data-bugs", "bad data rarely crashes the pipeline", False),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        "The model keeps returning predictions without errors while its inputs are broken.",
        False,
    ),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        "Broken inputs do not crash the service; they produce plausible predictions.",
        False,
    ),
    (
        "th2b-mon-02",
        "stale-data-harmless",
        (
            "serving is fine to keep going on the last good values tho, a few days stale features are still way "
            "better than no prediction, so no fallback needed, the model just quietly uses yesterdays snapshot"
        ),
        True,
    ),
    ("th2b-mon-02", "stale-data-harmless", "Stale values are better than nothing.", True),
    ("th2b-mon-02", "stale-data-harmless", "no fallback needed, just serve yesterday's snapshot", True),
    ("th2b-mon-02", "stale-data-harmless", "Stale features are not better than a fallback.", False),
    (
        "th2b-mon-02",
        "stale-data-harmless",
        "Serving should not keep using the last values silently; fall back to a model that doesn't need them.",
        False,
    ),
    (
        "th2b-mon-02",
        "stale-data-harmless",
        "Detect stale features and fall back to a rule, and log that it did.",
        False,
    ),
    ("th2b-mon-02", "stale-data-harmless", "Instead of keeping the last values, fall back.", False),
    (
        "th2b-retrain-01",
        "newer-is-better",
        (
            "once the retrain finishes and validation loss looks ok just push it, a model trained on fresher data "
            "is by definition at least as good as the old one, so comparing vs the current model is kinda redundant"
        ),
        True,
    ),
    ("th2b-retrain-01", "newer-is-better", "Newer data always gives a better model.", True),
    ("th2b-retrain-01", "newer-is-better", "The retrained model is automatically better.", True),
    ("th2b-retrain-01", "newer-is-better", "a model on recent data is guaranteed to be better", True),
    (
        "th2b-retrain-01",
        "newer-is-better",
        "Fresher data is not by definition better: it can contain an outage.",
        False,
    ),
    (
        "th2b-retrain-01",
        "newer-is-better",
        "A retrained model must beat the current one on the same recent holdout.",
        False,
    ),
    (
        "th2b-retrain-01",
        "newer-is-better",
        "Newer data can contain outages or label bugs, so compare before shipping.",
        False,
    ),
    (
        "th2b-retrain-01",
        "more-retraining-better",
        (
            "I'd default to retraining as often as the pipeline allows, daily if possible; more frequent retraining "
            "only helps and compute is cheap, so there's no need to measure anything to pick the cadence."
        ),
        True,
    ),
    ("th2b-retrain-01", "more-retraining-better", "More retraining is always better.", True),
    ("th2b-retrain-01", "more-retraining-better", "Frequent retraining is always better", True),
    ("th2b-retrain-01", "more-retraining-better", "retrain daily, it only helps", True),
    (
        "th2b-retrain-01",
        "more-retraining-better",
        "More frequent retraining doesn't always help; measure the decay first.",
        False,
    ),
    ("th2b-retrain-01", "more-retraining-better", "Retraining daily helps only if performance decays fast.", False),
    (
        "th2b-retrain-01",
        "more-retraining-better",
        "If performance decays slowly, frequent retraining adds cost and churn without value.",
        False,
    ),
    ("th2b-fs-02", "backfill-equals-stream", "The backfill is the same as the streaming values.", True),
    (
        "th2b-fs-02",
        "backfill-equals-stream",
        "The backfilled counts are the same as the streaming values, no need to check.",
        True,
    ),
    ("th2b-fs-02", "backfill-equals-stream", "Backfilling always reproduces exactly what was served.", True),
    (
        "th2b-fs-02",
        "backfill-equals-stream",
        (
            "New feature: backfill from raw events with a point-in-time join and the same windows, and verify "
            "against streamed values on an overlap."
        ),
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-equals-stream",
        "Backfill it with the same window definitions, then check it against the streamed values.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-equals-stream",
        "Stream job: windowed counts (10-min sliding) → online KV store, same values logged offline.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Never join current values onto historical rows; recompute as of each event time.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Recompute it from raw event logs with the same windows and a point-in-time join.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Use the latest values at serving, and past values in training via a point-in-time join.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Backfill from raw events, not from the current feature table.",
        False,
    ),
    (
        "th2b-fs-02",
        "disagreement-is-noise",
        "3 % is normal eventual-consistency noise for an online KV store: reads sometimes land before the write.",
        True,
    ),
    ("th2b-fs-02", "disagreement-is-noise", "It's just expected noise.", True),
    ("th2b-fs-02", "disagreement-is-noise", "3% is normal noise, ignore it", True),
    ("th2b-fs-02", "disagreement-is-noise", "The disagreement is not random noise; late events explain it.", False),
    (
        "th2b-fs-02",
        "disagreement-is-noise",
        "Some differences are expected from late events, so compare examples on the overlap.",
        False,
    ),
    ("th2b-fs-02", "disagreement-is-noise", "Late events are normal, and the watermark drops them.", False),
    ("th2b-sft-01", "sft-adds-knowledge", "Fine-tuning on 20k support answers teaches it our product knowledge.", True),
    ("th2b-sft-01", "sft-adds-knowledge", "SFT teaches the model new facts.", True),
    ("th2b-sft-01", "sft-adds-knowledge", "- sft teaches the facts from our docs", True),
    ("th2b-sft-01", "sft-adds-knowledge", "SFT doesn't teach new knowledge; it teaches format.", False),
    ("th2b-sft-01", "sft-adds-knowledge", "SFT teaches format and style, not knowledge.", False),
    ("th2b-sft-01", "sft-adds-knowledge", "The knowledge comes from pretraining; SFT teaches behaviour.", False),
    (
        "th2b-sft-01",
        "sft-adds-knowledge",
        "Fine-tuning on unknown facts teaches the model to hallucinate confidently.",
        False,
    ),
    ("th2b-dist-02", "tp-across-nodes", "Tensor parallelism works fine across nodes.", True),
    ("th2b-dist-02", "tp-across-nodes", "Tensor parallelism scales well across nodes.", True),
    ("th2b-dist-02", "tp-across-nodes", "tensor parallel runs across two nodes without issue", True),
    ("th2b-dist-02", "tp-across-nodes", "tensor parallelism scales across nodes", True),
    ("th2b-dist-02", "tp-across-nodes", "Tensor parallelism doesn't scale well across nodes.", False),
    (
        "th2b-dist-02",
        "tp-across-nodes",
        "Keep tensor parallelism within a node; across nodes it waits on the network.",
        False,
    ),
    ("th2b-dist-02", "tp-across-nodes", "Pipeline parallelism works fine across nodes.", False),
    ("th2b-dist-02", "tp-across-nodes", "Tensor parallelism works within a node, not across nodes.", False),
    ("th2b-mp-02", "fp8-halves-time", "We'd get a 2x end-to-end speedup from FP8.", True),
    ("th2b-mp-02", "fp8-halves-time", "FP8 halves training time.", True),
    ("th2b-mp-02", "fp8-halves-time", "twice the overall speed with fp8", True),
    ("th2b-mp-02", "fp8-halves-time", "FP8 matmuls are 2x faster, but end-to-end gains are well below 2x.", False),
    (
        "th2b-mp-02",
        "fp8-halves-time",
        "Only the big matmuls get 2x; end-to-end speedup from FP8 is well below that.",
        False,
    ),
    (
        "th2b-mp-02",
        "fp8-halves-time",
        "FP8 does not halve training time: softmax, norms and communication stay in higher precision.",
        False,
    ),
    ("th2b-rlhf-02", "rm-reliable-off-distribution", "Stop trusting the reward model once the policy drifts", False),
    ("th2b-rlhf-02", "rm-reliable-off-distribution", "Trusting the RM scores blindly is the mistake here", False),
    ("th2b-rlhf-02", "rm-reliable-off-distribution", "trust RM scores only near its training data", False),
    (
        "th2b-rlhf-02",
        "rm-reliable-off-distribution",
        "Don't trust the RM, keep training it on fresh comparisons.",
        False,
    ),
    ("th2b-rlhf-02", "rm-reliable-off-distribution", "I'd trust the RM and continue training.", True),
    ("th2b-mon-01", "no-drift-means-healthy", "No drift doesn't mean the model is healthy", False),
    ("th2b-mon-01", "no-drift-means-healthy", "No drift does not necessarily mean the model is healthy.", False),
    ("th2b-mon-01", "no-drift-means-healthy", "Inputs stable does not imply model performance is fine", False),
    ("th2b-mon-01", "no-drift-means-healthy", "If inputs are stable, the model's performance can still drop.", False),
    ("th2b-mon-01", "no-drift-means-healthy", "Input drift means model performance may drop.", False),
    ("th2b-mon-01", "no-drift-means-healthy", "No drift, therefore the model is healthy.", True),
    (
        "th2b-quant-03",
        "gptq-weight-error",
        "RTN minimises each weight's error independently; GPTQ minimises the layer output error",
        False,
    ),
    (
        "th2b-quant-03",
        "gptq-weight-error",
        "RTN minimises each weight's error independently, GPTQ minimises the layer output error",
        False,
    ),
    ("th2b-quant-03", "gptq-weight-error", "GPTQ is not just a smarter RTN", False),
    (
        "th2b-quant-03",
        "gptq-weight-error",
        "RTN minimises the weight reconstruction error; GPTQ minimises the output error.",
        False,
    ),
    (
        "th2b-quant-03",
        "gptq-weight-error",
        "Low weight reconstruction error doesn't guarantee low output error.",
        False,
    ),
    ("th2b-fs-02", "backfill-with-current-values", "Today's values are close enough for the history.", True),
    ("th2b-fs-02", "backfill-with-current-values", "Current values are fine for the historical rows.", True),
    ("th2b-fs-02", "backfill-with-current-values", "Just take the current feature table for the backfill.", True),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Joining today's values onto past rows leaks future information.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Backfilling with current values for historical rows leaks the future.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Copying today's values onto old rows gives the model values it never saw at decision time.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Current values are fine at serving time and for history you need point-in-time values.",
        False,
    ),
    ("th2b-quant-01", "int4-faster-arithmetic", "int8 tensor core ops are faster than fp16", False),
    ("th2b-dist-03", "mfu-two-n", "6 × 7B × 1,000 tokens/s is 42 TFLOP/s achieved.", False),
    ("th2b-dist-03", "mfu-two-n", "At 7B and 1,000 tokens/s the 6N formula gives exactly 42 TFLOP/s.", False),
    ("th2b-dist-02", "bubble-seven-eighths", "100 Gb/s = 12.5 GB/s", False),
    (
        "th2b-dist-02",
        "bubble-ignores-microbatches",
        "The bubble does not depend on micro-batch size but on their number",
        False,
    ),
    ("th2b-dist-02", "bubble-ignores-microbatches", "does not depend on micro-batch size but on their number", False),
    ("th2b-mp-03", "accumulate-in-16", "Tensor cores accumulate in fp16, and that's fine.", True),
    ("th2b-mp-03", "accumulate-in-16", "accumulating in fp16 is faster on some GPUs but loses small terms", False),
    (
        "th2b-mp-01",
        "fp16-range-precision-swapped",
        "bf16 dominates fp16 for training on hardware that supports it",
        False,
    ),
    ("th2b-dist-02", "bubble-ignores-microbatches", "the bubble doesn't depend on the micro-batch count", True),
    (
        "th2b-dist-02",
        "bubble-ignores-microbatches",
        "The bubble share doesn't depend on micro-batch size, only on the number of stages and micro-batches.",
        False,
    ),
    (
        "th2b-dist-02",
        "bubble-ignores-microbatches",
        "The idle time per step doesn't depend on the micro-batch count, but its share of the step falls as m grows.",
        False,
    ),
]

#: the prompts this pass wrote answers for and tuned
PROMPTS = {p for p, _, _, _ in CASES}


CHECKS = Checks(rows=[(list(ADDED), 3, 3)], cue_cap=list(ADDED), right_texts=PROMPTS, added=[ADDED])
