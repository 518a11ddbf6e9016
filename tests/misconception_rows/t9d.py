"""The ninth pass, group D: a second blind writer on the seventh pass's t7_D dump (the llm_training and mlops prompts:
SFT, reward models, DPO, preference data, QLoRA and LoRA serving, quantisation, distributed training, mixed
precision, rollout, monitoring, retraining, feature stores).

Two wrong and one right answer per prompt were written blind from the dump (``tests/labelled/wrong_t9_D.yaml``) and
measured once before any tuning (11/42 wrong answers flagged on the right key point, 0/21 right answers with a false
"Careful"). Then, for every wrong answer no misconception of its key point caught, either a new misconception was
added or an existing one was widened. New ones were added where no existing one stated the idea, and also where a
close one was already at five cues whose wording other passes' rows depend on; those state the narrower variant as
its own belief (raw-reward-across-versions beside absolute-reward, high-rank-matches-full beside lora-always-equal,
outliers-token-specific beside per-token-scales-fix, accumulated-gradient-noisier beside accumulation-differs,
canary-replaces-ab beside canary-proves-better, psi-jump-real-shift beside jump-means-drift, keep-last-values beside
stale-data-harmless). Existing ones were widened by a new cue where it had fewer than five, otherwise by rewriting
one of its cues into a superset of itself (the same slots with more alternatives, so everything it matched before it
still matches; listed in ``REWRITTEN``). Each added misconception has the wrong phrasing and paraphrases in other
registers that must fire, and the key point's right claim, a negated form, a "not X but Y" contrast and related true
sentences that must stay quiet; widened ones have at least one of each. One sentence that drew a false "Careful"
during tuning (``Don't read an RM score as an absolute quality number``, from right_fresh_rf4) is a must-not-fire
row. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with all their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th2b-sft-01", "sequence-level-sft-loss"): [
        "sequence level loss|objective|score",
        "close|similar*|distance generat*|generation|sampled reference|demonstration*",
        "generates|samples full|whole|entire response|answer|reply loss|score*|compar*|penali*",
    ],
    ("th2b-sft-01", "memorise-policies"): [
        "not memori*|memoris*|memoriz*|learned|learnt policies|policy|details yet",
        "until reproduc*|memori*|memoris*|memoriz*|knows real|actual|correct policy|policies|details",
        "more|extra|additional epochs until memori*|memoris*|memoriz*|reproduc*|learn*",
    ],
    ("th2b-rlhf-02", "raw-reward-across-versions"): [
        "raw reward|rewards|scores track*|tracked|compared across|over versions|models",
        "scores|rewards|reward comparable|compare|compared across|between versions|models",
    ],
    ("th2b-pref-01", "deterministic-judge-no-position-bias"): [
        "=position|order bias not|isnt|no issue|problem|concern",
        "deterministic|temperature no|not position|order bias|issue|problem",
        "=swapping|swap|swapped order|position same|identical verdict|result|answer anyway",
    ],
    ("th2b-qlora-01", "int4-matmuls"): [
        "run*|computed|compute*|done directly 4 bit",
        "4 bit integer matmul*|arithmetic|math|multipl*",
        "4bit|int4|nf4 integer matmul*|arithmetic|math|multipl*",
    ],
    ("th2b-lora-03", "high-rank-matches-full"): [
        "rank match*|matches|equals full fine_tune|fine-tun*|ft continu*|pretrain*|drift|language",
        "high|higher|bigger|large|enough rank match*|matches|equals full",
    ],
    ("th2b-quant-01", "weights-read-per-sequence"): [
        "sequence|request|sample reads|streams|loads|fetch* full|all|own weights",
        "=64 35 gb|gigabytes",
        "dequantis*|dequantiz*|dequant* 64 times",
    ],
    ("th2b-quant-02", "outliers-token-specific"): [
        "=fix|solution per token scal*|scales|scaling",
        "=fix|solution per token dynamic scal*|scales|scaling",
        "outlier*|outliers only show*|appear* handful|handfull|few tokens",
    ],
    ("th2b-dist-01", "accumulated-gradient-noisier"): [
        "combined|accumulated|summed|total gradient* noisier|noisy|noisiest",
        "noisier|noisy than 8|eight gpu|gpus|multi",
    ],
    ("th2b-dist-02", "tp-communicates-once"): [
        "communicat*|sync*|gather* once end forward",
        "tensor|tp parallel*|parallelism communicat*|sync*|gather* once|after forward",
    ],
    ("th2b-dist-02", "more-stages-smaller-bubble"): [
        "=shrink*|reduc*|cut* add*|more stages",
        "=more stages smaller|less|shrink*|reduc* bubble|idle",
    ],
    ("th2b-dist-03", "tp-across-nodes-dp-inside"): [
        "=tensor|tp parallel*|parallelism across|between nodes",
        "=data|dp parallel*|parallelism inside|within node|nodes",
        "tp|tensor only exchang*|sends|communicat*|moves activations",
    ],
    ("th2b-dist-04", "volume-only-cost"): [
        "=small all reduc* cost same|equal",
        "=small messages|collectives|chunks cost same|equal",
        "=only volume|bytes matters|counts",
    ],
    ("th2b-mp-01", "loss-scaling-shrinks-loss"): [
        "loss scaling divid*|shrink*|reduc* loss",
        "=divid*|divides|dividing loss",
        "scal*|scaling prevent*|avoid*|stop* overflow*",
    ],
    ("th2b-mp-03", "pure-bf16-cast"): ["=cast*|convert* bfloat16", "fix*|solution cast*|convert* bfloat16|bf16"],
    ("th2b-roll-01", "canary-replaces-ab"): [
        "rates|metrics|numbers give|gives|provide* effect estimate|size",
        "separate a b|ab test redundant|unnecessary|needless|superfluous",
    ],
    ("th2b-mon-01", "p-value-alerts-rare"): [
        "page*|alert* ks|chi test* p",
        "1|one 100|hundred checks|tests",
        "p 01|05 keeps|keep alert*|volume rare|few|low",
    ],
    ("th2b-mon-01", "psi-jump-real-shift"): [
        "=treat* real drift|shift",
        "psi 0 35|above|high genuin*|really|truly shifted|changed",
        "retrain recent|new aplications|applications|applicants",
    ],
    ("th2b-mon-02", "keep-last-values"): [
        "keep using|use last|cached|old good|values|features",
        "fallback|fall hurt*|worse decisions|more",
    ],
    ("th2b-retrain-01", "own-validation-split-gate"): [
        "own validation|val|test split|set beats|better|higher|exceeds",
        "beats|exceeds|tops previous|old|current|last model* training|validation|val score|metric",
    ],
}

#: existing misconceptions this pass widened (a cue added, or one cue rewritten)
WIDENED: list[tuple[str, str]] = [
    ("th2b-rlhf-02", "absolute-reward"),
    ("th2b-rlhf-02", "rm-needs-high-accuracy"),
    ("th2b-dpo-01", "dpo-same-as-ppo"),
    ("th2b-dpo-01", "dpo-beta-swapped"),
    ("th2b-dist-03", "mfu-two-n"),
    ("th2b-mp-01", "no-master-weights"),
    ("th2b-mp-02", "short-run-enough"),
    ("th2b-mp-02", "fp8-roles-swapped"),
    ("th2b-mp-03", "accumulate-in-16"),
    ("th2b-roll-01", "shadow-diff-expected"),
    ("th2b-mon-02", "error-alerts-catch-data-bugs"),
    ("th2b-fs-02", "backfill-with-current-values"),
]

#: the cues this pass added to or rewrote in the widened misconceptions
WIDENED_CUES: dict[tuple[str, str], list[str]] = {
    ("th2b-rlhf-02", "absolute-reward"): ["=reward|rm|gives|outputs|calibrated absolute quality|score|scale|measure"],
    ("th2b-rlhf-02", "rm-needs-high-accuracy"): [
        "want|need|accuracy|pairwise above|over|least 90|95",
        "70 percent broken|bad|useless|garbage|underfit*|undertrained",
    ],
    ("th2b-dpo-01", "dpo-same-as-ppo"): [
        "dpo|mathematically|exactly|give*|gives|lose*|loses equivalent|identical|nothing ppo|rlhf"
    ],
    ("th2b-dpo-01", "dpo-beta-swapped"): ["large|high|larger|higher|big beta weak*|loose*|looser|weaker"],
    ("th2b-dist-03", "mfu-two-n"): ["=2 7e9|7b 3000|3"],
    ("th2b-mp-01", "no-master-weights"): ["safe|fine|bf16 drop|skip|remove master|fp32 weights|copy"],
    ("th2b-mp-02", "short-run-enough"): [
        "trouble|problems|issues|instabilit* show*|appear*|surface* first|early steps|hundred"
    ],
    ("th2b-mp-02", "fp8-roles-swapped"): [
        "=weights|activations|forward|pass use|uses e5m2",
        "=gradients|grads|backward use|uses e4m3",
    ],
    ("th2b-mp-03", "accumulate-in-16"): ["rounding|round* errors|error cancel*|average* out"],
    ("th2b-roll-01", "shadow-diff-expected"): [
        "real|actual chargebacks|outcomes show|tell|decide whether",
        "=real|actual chargebacks|outcomes decide|tell|judge",
        "=sees|catches|finds|detects fraud old|current one misses|missed",
    ],
    ("th2b-mon-02", "error-alerts-catch-data-bugs"): [
        "data problems|issues|failures|bugs announce*|loud|obvious|noisy",
        "renamed|rename* threw|throws|raised keyerror|error|exception",
    ],
    ("th2b-fs-02", "backfill-with-current-values"): ["today|current|latest join*|joined every|all historical|past"],
}

#: cues rewritten in place: (prompt, misconception, old cue, new cue)
REWRITTEN: list[tuple[str, str, str, str]] = [
    (
        "th2b-rlhf-02",
        "absolute-reward",
        "=reward|rm|gives|outputs absolute quality|score|scale|measure",
        "=reward|rm|gives|outputs|calibrated absolute quality|score|scale|measure",
    ),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "want|need above|over 90|95",
        "want|need|accuracy|pairwise above|over|least 90|95",
    ),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        "dpo|mathematically|exactly equivalent|identical ppo|rlhf",
        "dpo|mathematically|exactly|give*|gives|lose*|loses equivalent|identical|nothing ppo|rlhf",
    ),
    (
        "th2b-mp-01",
        "no-master-weights",
        "safe|fine drop|skip|remove master weights|copy",
        "safe|fine|bf16 drop|skip|remove master|fp32 weights|copy",
    ),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "70 percent broken|bad|useless|garbage",
        "70 percent broken|bad|useless|garbage|underfit*|undertrained",
    ),
]

TOUCHED: list[tuple[str, str]] = [*ADDED, *WIDENED]

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        (
            "for each prompt the model generates a full response, and the loss is a sequence-level "
            "score of how close that generation is to the reference answer"
        ),
        True,
    ),
    ("th2b-sft-01", "sequence-level-sft-loss", "SFT uses a sequence-level loss on the whole answer.", True),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "- model generates the full reply, loss compares it to the reference",
        True,
    ),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "the loss is how similar the generated text is to the reference answr",
        True,
    ),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "SFT is plain next-token cross-entropy on the demonstrations, not a sequence-level score.",
        False,
    ),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        ("The model doesn't generate a full response during training; it is teacher-forced on the reference tokens."),
        False,
    ),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "It's token-level cross-entropy rather than a sequence-level reward like in RLHF.",
        False,
    ),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "At inference the model writes its answer token by token, and SFT taught it the format.",
        False,
    ),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "The loss is next-token cross-entropy on the response tokens, with the prompt masked out.",
        False,
    ),
    (
        "th2b-sft-01",
        "memorise-policies",
        "The invented policies just meant the model hadn't memorised our policies yet",
        True,
    ),
    (
        "th2b-sft-01",
        "memorise-policies",
        (
            "we trained two more epochs on a larger set of transcripts until it reproduced the "
            "real policy details reliably"
        ),
        True,
    ),
    ("th2b-sft-01", "memorise-policies", "the model hasn't learned the policies yet, so train longer", True),
    ("th2b-sft-01", "memorise-policies", "- run more epochs until it memorises the policies", True),
    (
        "th2b-sft-01",
        "memorise-policies",
        (
            "It invents policy details because the transcripts state specifics the model cannot "
            "know; filter those turns and use retrieval."
        ),
        False,
    ),
    (
        "th2b-sft-01",
        "memorise-policies",
        ("Fine-tuning can't make the model memorise policy details reliably, so put the policy text in the prompt."),
        False,
    ),
    (
        "th2b-sft-01",
        "memorise-policies",
        "Don't train more epochs to memorise policies; ground answers in retrieval instead.",
        False,
    ),
    (
        "th2b-sft-01",
        "memorise-policies",
        "The model has not learned to ask or decline when it lacks the policy, so teach it to.",
        False,
    ),
    (
        "th2b-sft-01",
        "memorise-policies",
        "Lower the learning rate or epochs to reduce forgetting, and mix in general data.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "absolute-reward",
        (
            "Scores are calibrated absolute quality: a 3.1 on a coding prompt is a better answer "
            "than a 2.4 on a chat prompt"
        ),
        True,
    ),
    ("th2b-rlhf-02", "absolute-reward", "the RM outputs an absolute quality score", True),
    (
        "th2b-rlhf-02",
        "raw-reward-across-versions",
        "raw reward tracked across RM versions makes a good quality dashboard",
        True,
    ),
    ("th2b-rlhf-02", "raw-reward-across-versions", "scores are comparable across RM versions", True),
    ("th2b-rlhf-02", "raw-reward-across-versions", "- raw rewards tracked over model versions", True),
    (
        "th2b-rlhf-02",
        "raw-reward-across-versions",
        "raw RM scores compared across versions tell you which is better",
        True,
    ),
    (
        "th2b-rlhf-02",
        "raw-reward-across-versions",
        "Don't track raw reward across reward-model versions; the offset is arbitrary.",
        False,
    ),
    ("th2b-rlhf-02", "raw-reward-across-versions", "Raw rewards can't be compared across versions or prompts.", False),
    (
        "th2b-rlhf-02",
        "raw-reward-across-versions",
        "Scores aren't comparable across model versions, so normalise them.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "raw-reward-across-versions",
        "Track held-out pairwise accuracy for each reward-model version, not raw scores.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "raw-reward-across-versions",
        "The reward keeps climbing during RL while answers get worse.",
        False,
    ),
    ("th2b-rlhf-02", "absolute-reward", "Scores are not calibrated across prompts, so normalise them.", False),
    ("th2b-rlhf-02", "absolute-reward", "Don't read an RM score as an absolute quality number", False),
    ("th2b-rlhf-02", "absolute-reward", "Reward scores aren't calibrated absolute quality.", False),
    ("th2b-rlhf-02", "absolute-reward", "Only differences between responses to the same prompt are meaningful.", False),
    ("th2b-rlhf-02", "absolute-reward", "Normalise rewards per prompt before using them.", False),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "held-out pairwise accuracy should be at least 90 %", True),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "accuracy needs to be above 90% before RL", True),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "pairwise acc at least 95 or its useless", True),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "Held-out pairwise accuracy of 65-75 % is normal, close to annotator agreement.",
        False,
    ),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "Expect about 70 % accuracy, not 90 %.", False),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "Accuracy is capped by annotator agreement, so report it per category and by margin.",
        False,
    ),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        (
            "Since it solves exactly the same objective in closed form, it gives up nothing "
            "relative to PPO: you get the same policy, just cheaper"
        ),
        True,
    ),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO gives up nothing vs PPO", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO loses nothing relative to PPO", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO is a cheaper version of PPO with no downside.", True),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO gives up online exploration: it learns only from fixed pairs.", False),
    ("th2b-dpo-01", "dpo-same-as-ppo", "It doesn't give up much on simple chat data, but it cannot explore.", False),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        "It is simpler and more stable but offline, so it can overfit the preference data.",
        False,
    ),
    (
        "th2b-dpo-01",
        "dpo-beta-swapped",
        (
            "- Large β means a weak constraint: the policy is free to move far from the reference "
            "and chase the preferences hard."
        ),
        True,
    ),
    ("th2b-dpo-01", "dpo-beta-swapped", "large beta = weak KL constraint", True),
    ("th2b-dpo-01", "dpo-beta-swapped", "with a higher beta the constraint is looser", True),
    (
        "th2b-dpo-01",
        "dpo-beta-swapped",
        "Small β means a weak constraint, large β a strong one that keeps the policy close.",
        False,
    ),
    ("th2b-dpo-01", "dpo-beta-swapped", "Large β is a strong KL constraint, not a weak one.", False),
    (
        "th2b-dpo-01",
        "dpo-beta-swapped",
        "A large β keeps the policy near the reference; a small β is a weak constraint.",
        False,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        (
            "Position bias isnt really an issue for a judge tho: run it at temperature 0 and its "
            "deterministic, it reads both answers together, so swapping the order gives the same "
            "verdict anyway."
        ),
        True,
    ),
    ("th2b-pref-01", "deterministic-judge-no-position-bias", "position bias is not a problem for an LLM judge", True),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "judge at temp 0 is deterministic, no position bias",
        True,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "- order bias isn't an issue with a deterministic judge",
        True,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "Swap the answer order and keep only the verdicts that stay the same.",
        False,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "LLM judges have position bias even at temperature 0, so run both orders.",
        False,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "Temperature 0 makes the judge deterministic, but it is still biased towards one position.",
        False,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "Position bias is a real issue for LLM judges: they often prefer the first answer.",
        False,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "Check the judge against a human-labelled subset and keep people on hard categories.",
        False,
    ),
    (
        "th2b-qlora-01",
        "int4-matmuls",
        (
            "Forward and backward through the base run directly as 4-bit integer matmuls, that's "
            "the whole trick; only the adapter maths is bf16."
        ),
        True,
    ),
    ("th2b-qlora-01", "int4-matmuls", "the base matmuls are computed directly in 4-bit", True),
    ("th2b-qlora-01", "int4-matmuls", "- uses 4bit integer arithmetic for the frozen weights", True),
    ("th2b-qlora-01", "int4-matmuls", "nf4 integer matmuls make it cheap", True),
    ("th2b-qlora-01", "int4-matmuls", "Each matmul dequantises the 4-bit block to bf16 and computes in bf16.", False),
    (
        "th2b-qlora-01",
        "int4-matmuls",
        "The matmuls are not computed directly in 4-bit; the weights are only stored in NF4.",
        False,
    ),
    ("th2b-qlora-01", "int4-matmuls", "Storage is 4-bit, compute is bf16, rather than integer matmuls.", False),
    (
        "th2b-qlora-01",
        "int4-matmuls",
        "Gradients flow back through the dequantised frozen weights to the adapters.",
        False,
    ),
    (
        "th2b-qlora-01",
        "int4-matmuls",
        "It's not 4-bit integer arithmetic: NF4 is a lookup table of 16 normal quantiles.",
        False,
    ),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        (
            "- With a big enough rank (64-256) it also matches full fine-tuning on large shifts "
            "like continued pretraining on a new language, since weight updates are intrinsically "
            "low rank."
        ),
        True,
    ),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        "high rank lora matches full fine-tuning even for continued pretraining",
        True,
    ),
    ("th2b-lora-03", "high-rank-matches-full", "with rank 256 it equals full FT on a new language", True),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        "Even a large rank doesn't match full fine-tuning on continued pretraining.",
        False,
    ),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        ("LoRA on all linear layers comes close to full fine-tuning for instruction and style adaptation."),
        False,
    ),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        ("Even at high rank, LoRA doesn't match full fine-tuning for continued pretraining on a new language."),
        False,
    ),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        (
            "A higher rank helps, but it still falls short of full fine-tuning on large shifts "
            "like continued pretraining."
        ),
        False,
    ),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        "LoRA matches full fine-tuning for task adaptation, not for continued pretraining.",
        False,
    ),
    (
        "th2b-quant-01",
        "weights-read-per-sequence",
        (
            "At batch 64 every sequence streams the full weights for its own token, so traffic is "
            "64 × 35 GB, and the int4 kernel also dequantises the weights 64 times per step."
        ),
        True,
    ),
    ("th2b-quant-01", "weights-read-per-sequence", "each sequence in the batch reads all the weights again", True),
    ("th2b-quant-01", "weights-read-per-sequence", "- every request loads the full weights, 64 x 35 GB per step", True),
    ("th2b-quant-01", "weights-read-per-sequence", "the kernel dequantizes 64 times, once per sequence", True),
    (
        "th2b-quant-01",
        "weights-read-per-sequence",
        "Each weight read is reused across all 64 sequences, so the matmuls become compute-bound.",
        False,
    ),
    (
        "th2b-quant-01",
        "weights-read-per-sequence",
        "At batch 1 every token reads all the weights, so decoding is bandwidth-bound.",
        False,
    ),
    (
        "th2b-quant-01",
        "weights-read-per-sequence",
        "Sequences don't read the weights separately; one read serves the whole batch.",
        False,
    ),
    (
        "th2b-quant-01",
        "weights-read-per-sequence",
        "KV-cache reads grow with the batch, and int4 weights don't shrink them.",
        False,
    ),
    (
        "th2b-quant-01",
        "weights-read-per-sequence",
        "The weights are dequantised once per step and reused for the whole batch.",
        False,
    ),
    (
        "th2b-quant-02",
        "outliers-token-specific",
        (
            "The simplest fix is per-token dynamic scales: the outliers only show up on a handfull "
            "of tokens, so each token gets its own scale and the normal tokens keep there "
            "resolution."
        ),
        True,
    ),
    ("th2b-quant-02", "outliers-token-specific", "fix: per-token scales", True),
    ("th2b-quant-02", "outliers-token-specific", "the solution is per token dynamic scaling", True),
    ("th2b-quant-02", "outliers-token-specific", "outliers only appear on a few tokens", True),
    (
        "th2b-quant-02",
        "outliers-token-specific",
        "Per-token scales cannot fix it, because the outliers sit in fixed channels across all tokens.",
        False,
    ),
    (
        "th2b-quant-02",
        "outliers-token-specific",
        "The fix is not per-token scaling but handling the outlier channels.",
        False,
    ),
    ("th2b-quant-02", "outliers-token-specific", "The outliers appear in a few channels of almost every token.", False),
    (
        "th2b-quant-02",
        "outliers-token-specific",
        "LLM.int8() keeps the outlier columns in fp16 and the rest in int8 with vector-wise scales.",
        False,
    ),
    (
        "th2b-quant-02",
        "outliers-token-specific",
        "Outlier channels show up systematically across tokens and layers.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        (
            "each micro-batch gradient only averages 32 examples, so the combined gradient is "
            "noisier than the 8-GPU gradient over 256, and I had to lower the learning rate to "
            "keep training stable"
        ),
        True,
    ),
    ("th2b-dist-01", "accumulated-gradient-noisier", "the accumulated gradient is noisier, lower the LR", True),
    ("th2b-dist-01", "accumulated-gradient-noisier", "- accumulated grads are noisy compared to 8 GPUs", True),
    ("th2b-dist-01", "accumulated-gradient-noisier", "its noisier than 8 gpus so drop the lr", True),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        "The accumulated gradient is not noisier: it is the same average over 256 examples.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        "Each micro-batch gradient is noisier, but the accumulated gradient equals the 8-GPU one.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        "Accumulate 4 micro-batches per GPU; the gradient is the same, at four times the wall-clock.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        "Keep the same learning rate, since the effective batch and gradient are unchanged.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        "With accumulation the all-reduce can happen once per update.",
        False,
    ),
    (
        "th2b-dist-02",
        "tp-communicates-once",
        (
            "It only needs to communicate once at the end of the forward pass to gather the "
            "outputs, so it runs fine across nodes over ordinary networking."
        ),
        True,
    ),
    ("th2b-dist-02", "tp-communicates-once", "tensor parallelism syncs once after the forward pass", True),
    ("th2b-dist-02", "tp-communicates-once", "TP communicates once at the end of forward", True),
    ("th2b-dist-02", "tp-communicates-once", "- comm: gather once at the end of the forward", True),
    (
        "th2b-dist-02",
        "tp-communicates-once",
        ("Tensor parallelism needs an all-reduce of activations inside every layer, so it stays within a node."),
        False,
    ),
    (
        "th2b-dist-02",
        "tp-communicates-once",
        "Data parallelism all-reduces gradients once at the end of the backward pass.",
        False,
    ),
    (
        "th2b-dist-02",
        "tp-communicates-once",
        "It does not communicate once at the end; it all-reduces in every layer, forward and backward.",
        False,
    ),
    (
        "th2b-dist-02",
        "tp-communicates-once",
        "Pipeline parallelism sends activations point to point at stage boundaries.",
        False,
    ),
    (
        "th2b-dist-02",
        "tp-communicates-once",
        "Tensor parallelism communicates in every layer, so it only scales over NVLink.",
        False,
    ),
    (
        "th2b-dist-02",
        "more-stages-smaller-bubble",
        (
            "To shrink it you add more stages: each one holds fewer layers and finishs its part "
            "sooner, so the idle time per stage goes down."
        ),
        True,
    ),
    ("th2b-dist-02", "more-stages-smaller-bubble", "more stages = smaller bubble", True),
    ("th2b-dist-02", "more-stages-smaller-bubble", "to shrink it, add more stages", True),
    ("th2b-dist-02", "more-stages-smaller-bubble", "- more stages shrink the bubble", True),
    (
        "th2b-dist-02",
        "more-stages-smaller-bubble",
        "More stages make the bubble larger; use more micro-batches instead.",
        False,
    ),
    (
        "th2b-dist-02",
        "more-stages-smaller-bubble",
        "Reduce the bubble with more micro-batches, not more stages.",
        False,
    ),
    (
        "th2b-dist-02",
        "more-stages-smaller-bubble",
        "Shrink the bubble by adding micro-batches or using interleaved virtual stages.",
        False,
    ),
    (
        "th2b-dist-02",
        "more-stages-smaller-bubble",
        "Fewer pipeline stages with more tensor or data parallelism shrink the bubble.",
        False,
    ),
    (
        "th2b-dist-02",
        "more-stages-smaller-bubble",
        "With 8 stages and 8 micro-batches the bubble is 7/15 of the time.",
        False,
    ),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        (
            "Our fix was to move tensor parallelism across the nodes and keep data parallelism "
            "inside each node, since TP only exchanges activations, which are small next to full "
            "gradients."
        ),
        True,
    ),
    ("th2b-dist-03", "tp-across-nodes-dp-inside", "put tensor parallelism across nodes and DP within a node", True),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        "- tensor parallel between nodes, data parallel inside the node",
        True,
    ),
    ("th2b-dist-03", "tp-across-nodes-dp-inside", "tp only sends activations so run it across nodes", True),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        "Keep tensor parallelism inside a node and run data parallelism across nodes.",
        False,
    ),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        "Tensor parallelism within a node, pipeline across nodes, data parallelism over replicas.",
        False,
    ),
    ("th2b-dist-03", "tp-across-nodes-dp-inside", "Tensor parallelism should never go across nodes.", False),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        "Tensor parallelism exchanges activations in every layer, so keep it on NVLink.",
        False,
    ),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        "Use hierarchical collectives and check that NCCL runs at the rated speed.",
        False,
    ),
    (
        "th2b-dist-03",
        "mfu-two-n",
        ("so a 7B model at 3,000 tokens/s per A100 does 2 × 7e9 × 3,000 = 42 TFLOP/s against a 312 peak, about 13 %"),
        True,
    ),
    ("th2b-dist-03", "mfu-two-n", "6 × 7e9 × 3,000 = 126 TFLOP/s, about 40 % of 312.", False),
    ("th2b-dist-03", "mfu-two-n", "Achieved FLOPs are about 6 × parameters × tokens per second.", False),
    (
        "th2b-dist-04",
        "volume-only-cost",
        (
            "Cost is bytes over bandwidth, total volume is all that matters: a thousand small "
            "all-reduces cost the same as one big one"
        ),
        True,
    ),
    ("th2b-dist-04", "volume-only-cost", "many small messages cost the same as one large one", True),
    ("th2b-dist-04", "volume-only-cost", "only volume matters", True),
    ("th2b-dist-04", "volume-only-cost", "- small all-reduces cost the same as one big one if the bytes match", True),
    (
        "th2b-dist-04",
        "volume-only-cost",
        "Small messages don't cost the same as one big one: each pays a latency term.",
        False,
    ),
    (
        "th2b-dist-04",
        "volume-only-cost",
        ("Each collective costs a latency term per message plus bytes over bandwidth, so bucket small messages."),
        False,
    ),
    (
        "th2b-dist-04",
        "volume-only-cost",
        "A thousand small all-reduces cost far more than one large one of the same total size.",
        False,
    ),
    (
        "th2b-dist-04",
        "volume-only-cost",
        "For large messages, bandwidth dominates; for small ones, latency does.",
        False,
    ),
    (
        "th2b-dist-04",
        "volume-only-cost",
        "An all-reduce equals a reduce-scatter plus an all-gather, at no extra traffic.",
        False,
    ),
    (
        "th2b-mp-01",
        "no-master-weights",
        "so with bf16, which has fp32's range, you can keep the weights in bf16 and drop the fp32 copy",
        True,
    ),
    ("th2b-mp-01", "no-master-weights", "with bf16 you can drop the master weights", True),
    ("th2b-mp-01", "no-master-weights", "bf16 → skip the fp32 copy", True),
    ("th2b-mp-01", "no-master-weights", "bf16 lets you drop loss scaling, not the fp32 master copy.", False),
    (
        "th2b-mp-01",
        "no-master-weights",
        "With bf16, don't drop the fp32 master weights: small updates round away.",
        False,
    ),
    ("th2b-mp-01", "no-master-weights", "Keep fp32 master weights in both fp16 and bf16 training.", False),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        (
            "- Loss scaling divides the loss by a factor S so the gradients stay below the fp16 "
            "maximum, then multiplies them back by S before the update"
        ),
        True,
    ),
    ("th2b-mp-01", "loss-scaling-shrinks-loss", "loss scaling shrinks the loss so grads dont overflow", True),
    ("th2b-mp-01", "loss-scaling-shrinks-loss", "divide the loss by S to keep fp16 gradients in range", True),
    ("th2b-mp-01", "loss-scaling-shrinks-loss", "scaling prevents overflow in fp16", True),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        "Loss scaling multiplies the loss by S, then divides the gradients by S before the update.",
        False,
    ),
    ("th2b-mp-01", "loss-scaling-shrinks-loss", "Loss scaling prevents underflow, not overflow.", False),
    ("th2b-mp-01", "loss-scaling-shrinks-loss", "Dynamic scaling skips the step and lowers S on overflow.", False),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        "Multiply the loss so small gradients don't underflow to zero in fp16.",
        False,
    ),
    ("th2b-mp-01", "loss-scaling-shrinks-loss", "bf16 has fp32's range, so it usually needs no loss scaling.", False),
    (
        "th2b-mp-02",
        "short-run-enough",
        (
            "They matched from the start, so we committed, because any numeric trouble from the "
            "scaling shows up in the first steps when gradients are largest"
        ),
        True,
    ),
    ("th2b-mp-02", "short-run-enough", "FP8 problems show up in the first steps", True),
    (
        "th2b-mp-02",
        "short-run-enough",
        "Outlier problems grow as training goes on, so they may not show up in the first steps.",
        False,
    ),
    ("th2b-mp-02", "short-run-enough", "Problems don't always appear early, so run many steps.", False),
    (
        "th2b-mp-02",
        "fp8-roles-swapped",
        (
            "The forward pass, weights and activations, uses E5M2 because activations have "
            "outliers and need the range, while gradients use E4M3 because they need precision for "
            "small updates."
        ),
        True,
    ),
    ("th2b-mp-02", "fp8-roles-swapped", "activations use E5M2", True),
    ("th2b-mp-02", "fp8-roles-swapped", "Forward pass uses E4M3; gradients use E5M2 for range.", False),
    (
        "th2b-mp-03",
        "accumulate-in-16",
        (
            "Matmul accumulation can stay in fp16 too: rounding errors in the partial sums are "
            "random and cancel out over thousands of products."
        ),
        True,
    ),
    (
        "th2b-mp-03",
        "accumulate-in-16",
        "Rounding errors don't cancel out: small terms are swamped once the running sum is large.",
        False,
    ),
    (
        "th2b-mp-03",
        "accumulate-in-16",
        "Accumulate in fp32 because summing thousands of products in fp16 loses small terms.",
        False,
    ),
    (
        "th2b-mp-03",
        "pure-bf16-cast",
        (
            "The fix is just to cast with .bfloat16() insted of .half(): bf16 has fp32's exponent "
            "range so nothing overflows"
        ),
        True,
    ),
    ("th2b-mp-03", "pure-bf16-cast", "just cast it to bfloat16", True),
    ("th2b-mp-03", "pure-bf16-cast", "fix: convert to bf16 instead of half", True),
    ("th2b-mp-03", "pure-bf16-cast", "- the solution is casting to bf16", True),
    ("th2b-mp-03", "pure-bf16-cast", "Use bf16 autocast, which needs no scaler, with fp32 master weights.", False),
    ("th2b-mp-03", "pure-bf16-cast", "Don't just cast the model to bfloat16; keep fp32 master weights.", False),
    ("th2b-mp-03", "pure-bf16-cast", "The fix is autocast with fp32 master weights and a gradient scaler.", False),
    ("th2b-mp-03", "pure-bf16-cast", "After .half(), softmax, norms and the loss run in fp16 and overflow.", False),
    ("th2b-mp-03", "pure-bf16-cast", "The solution is bf16 autocast rather than a blanket cast.", False),
    (
        "th2b-roll-01",
        "shadow-diff-expected",
        (
            "So: move to a small canary, tight guardrails, automatic rollback, and let real "
            "chargebacks show whether the extra blocks were fraud."
        ),
        True,
    ),
    (
        "th2b-roll-01",
        "shadow-diff-expected",
        "3x blocks in shadow = the new model sees fraud the old one misses.",
        True,
    ),
    ("th2b-roll-01", "shadow-diff-expected", "let actual chargebacks decide", True),
    (
        "th2b-roll-01",
        "shadow-diff-expected",
        "Don't proceed until it is explained: compare score distributions and thresholds.",
        False,
    ),
    (
        "th2b-roll-01",
        "shadow-diff-expected",
        "Review a sample of the transactions only the new model would block.",
        False,
    ),
    ("th2b-roll-01", "shadow-diff-expected", "Check feature parity for skew before any canary.", False),
    (
        "th2b-roll-01",
        "canary-replaces-ab",
        (
            "because it acts on real transactions, its fraud and block rates give you the effect "
            "estimate directly, so a separate A/B test is usually redundant."
        ),
        True,
    ),
    ("th2b-roll-01", "canary-replaces-ab", "canary metrics give the effect size", True),
    ("th2b-roll-01", "canary-replaces-ab", "- a separate AB test is unnecessary after the canary", True),
    ("th2b-roll-01", "canary-replaces-ab", "A canary is for safety, not a precise effect estimate.", False),
    (
        "th2b-roll-01",
        "canary-replaces-ab",
        "Canary metrics don't give a precise effect estimate; the A/B test does.",
        False,
    ),
    (
        "th2b-roll-01",
        "canary-replaces-ab",
        "An A/B test randomises enough traffic for long enough to estimate the effect.",
        False,
    ),
    (
        "th2b-roll-01",
        "canary-replaces-ab",
        "Use them in order: offline evaluation, shadow, canary, then an A/B test.",
        False,
    ),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        (
            "Alerts: page when a KS test on an important feature gives p < 0.01, so only 1 in 100 "
            "checks of a stable feature fires, which keeps the alert volume low."
        ),
        True,
    ),
    ("th2b-mon-01", "p-value-alerts-rare", "alert when the KS test p is below 0.05", True),
    ("th2b-mon-01", "p-value-alerts-rare", "p < 0.01 keeps alerts rare", True),
    ("th2b-mon-01", "p-value-alerts-rare", "only one in a hundred checks will fire", True),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        ("With large samples any tiny shift is significant, so alert on effect sizes like PSI above 0.2."),
        False,
    ),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        "Don't page on KS p-values; use effect sizes for important features.",
        False,
    ),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        "Alert when PSI on an important feature exceeds 0.2, accounting for seasonality.",
        False,
    ),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        "Per-feature drift (PSI or KS) weighted by importance before labels arrive.",
        False,
    ),
    (
        "th2b-mon-01",
        "psi-jump-real-shift",
        (
            "so I'd treat it as real drift: estimate the effect on scores and approval rate, then "
            "retrain on recent aplications so the model reflects the new income distribution."
        ),
        True,
    ),
    ("th2b-mon-01", "psi-jump-real-shift", "treat it as real drift", True),
    ("th2b-mon-01", "psi-jump-real-shift", "PSI 0.35 means incomes genuinely shifted", True),
    ("th2b-mon-01", "psi-jump-real-shift", "retrain on recent applications", True),
    ("th2b-mon-01", "psi-jump-real-shift", "Don't treat it as real drift until you've checked the pipeline.", False),
    (
        "th2b-mon-01",
        "psi-jump-real-shift",
        "A sudden jump in one feature is more often a pipeline change than real drift.",
        False,
    ),
    (
        "th2b-mon-01",
        "psi-jump-real-shift",
        "Check raw histograms, null rates and units, and upstream releases first.",
        False,
    ),
    ("th2b-mon-01", "psi-jump-real-shift", "Then estimate the impact on scores before deciding anything.", False),
    ("th2b-mon-02", "keep-last-values", "Serving: keep using the last good values, it did the right thing.", True),
    ("th2b-mon-02", "keep-last-values", "keep using the cached values", True),
    ("th2b-mon-02", "keep-last-values", "a fallback rule would hurt decisions more than stale inputs", True),
    (
        "th2b-mon-02",
        "keep-last-values",
        "Serving should detect stale features and fall back to a model that doesn't need them.",
        False,
    ),
    ("th2b-mon-02", "keep-last-values", "Don't keep using the last values; fall back and log it.", False),
    (
        "th2b-mon-02",
        "keep-last-values",
        ("A freshness monitor comparing the last update with the schedule would have alerted on day one."),
        False,
    ),
    ("th2b-mon-02", "error-alerts-catch-data-bugs", "In my experience most data problems announce themselves", True),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        (
            "when an upstream column got renamed, our feature job threw a KeyError and the "
            "error-rate alert fired within minutes"
        ),
        True,
    ),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        "Data failures are silent: the model keeps returning predictions without errors.",
        False,
    ),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        "A renamed column doesn't throw an error; the feature becomes null and then a default.",
        False,
    ),
    (
        "th2b-retrain-01",
        "own-validation-split-gate",
        (
            "- Between retrained and deployed: if the new model's metric on its own validation "
            "split beats the previous model's training-time validation score, the pipeline "
            "promotes it automatically and registers it."
        ),
        True,
    ),
    ("th2b-retrain-01", "own-validation-split-gate", "promote it if its own val set score is higher", True),
    ("th2b-retrain-01", "own-validation-split-gate", "it beats the old model's validation score so ship it", True),
    (
        "th2b-retrain-01",
        "own-validation-split-gate",
        (
            "Compare the new and current model on the same recent holdout and slices, not each "
            "model's own validation split."
        ),
        False,
    ),
    (
        "th2b-retrain-01",
        "own-validation-split-gate",
        "The new model must beat the current model on the same holdout and slices.",
        False,
    ),
    (
        "th2b-retrain-01",
        "own-validation-split-gate",
        "Validate the training set, check guardrails, then shadow or canary with a rollback path.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        (
            "For a new feature, compute it with a batch job over the event table as of today and "
            "join that value onto every historical training row by user id"
        ),
        True,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Recompute history from raw events with a point-in-time join onto historical rows.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Use a point-in-time join so each historical row gets the value as of its timestamp.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "a reward model at 70 % is wrong on nearly a third of pairs, which means it is underfit",
        True,
    ),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "a 70 % reward model is underfit", True),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "70% is not underfit, it is near annotator agreement", False),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "At 70 % the model isn't underfit: that is the annotator ceiling.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        ("Around 70 % is normal; more capacity won't help because the rest is label noise, not underfitting."),
        False,
    ),
]

CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), (WIDENED, 1, 1)],
    cue_cap=TOUCHED,
    right_texts={p for p, _, _, _ in CASES},
    added=[ADDED],
)
