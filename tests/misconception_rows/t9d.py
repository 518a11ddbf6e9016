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
stale-data-harmless); a second reader checked that each pair's corrections agree. Each added misconception has the
wrong phrasing and paraphrases that must fire, and right sentences in the same words that must stay quiet.

A second reader then probed every added and widened cue with right sentences (the right claim, negated, "not X but
Y", named as a mistake, related true statements, shorthand) and narrowed or dropped every cue that fired on one:
mostly by requiring the wrong claim's own words in a row (``=``), by naming the subject the wrong claim needs
(canary metrics, not A/B metrics; tensor *and* data parallelism placed the wrong way round), or by dropping cues
tied to one answer's numbers or typos (``=64 35 gb``, ``=2 7e9|7b 3000|3``, "aplications"). Those right sentences
are must-not-fire rows below; must-fire rows that could not be kept without a false alarm were dropped. The three
cues added to shadow-diff-expected were dropped (real chargebacks deciding, or the new model catching fraud the old
one misses, are also things a right answer says), so it is no longer widened. Two older cues that fired on right
sentences were narrowed on the way: fp8-roles-swapped's ``=e4m3 gradients|grads|backward`` (seventh pass; fired on
"Weights and activations use E4M3, and gradients use E5M2") and bf16-needs-loss-scaling's ``bf16 needs|requires
loss scal*`` (fired on "bf16 removes the need for loss scaling"). One sentence that drew a false "Careful" during
tuning (``Don't read an RM score as an absolute quality number``, from right_fresh_rf4) is a must-not-fire row.
Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with all their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th2b-sft-01", "sequence-level-sft-loss"): [
        "sft|loss sequence level loss|score",
        "close|similar*|distance generat*|generation|sampled reference|demonstration*",
        (
            "generates|samples|generated|sampled full|whole|entire response|answer|reply "
            "compar*|score*|scored|match* reference|demonstration*"
        ),
    ],
    ("th2b-sft-01", "memorise-policies"): [
        ("meant|means|shows|sign not memori*|memoris*|memoriz*|learned|learnt policies|policy|details yet"),
        "until reproduc*|memori*|memoris*|memoriz*|knows real|actual|correct policy|policies|details",
    ],
    ("th2b-rlhf-02", "raw-reward-across-versions"): [
        "raw reward|rewards|scores track*|tracked across|over versions",
        "compare|compared raw rewards|scores|reward across|between rm|reward|versions",
    ],
    ("th2b-pref-01", "deterministic-judge-no-position-bias"): [
        "=judge|judges|llm no|not|without|isnt position|order bias",
        "=deterministic|0 no|not|without position|order bias",
        "swapping|swap|swapped order|position same|identical verdict|result|answer anyway",
    ],
    ("th2b-qlora-01", "int4-matmuls"): [
        "matmuls|matmul|base|weights run*|computed|compute*|done directly 4 bit",
        "4 bit integer matmul*|arithmetic|math|gemm*",
        "4bit|int4|nf4 integer matmul*|arithmetic|math|gemm*",
    ],
    ("th2b-lora-03", "high-rank-matches-full"): [
        "=match*|matches|equals full fine_tune|fine-tun*|ft even continu*|pretrain*|large|big|new",
        (
            "=match*|matches|equals full fine_tune|fine-tun*|ft large|big|new "
            "shift*|shifts|language|languages|domain|domains"
        ),
        "=match*|matches|equals full fine_tune|fine-tun*|ft continu*|pretrain*",
    ],
    ("th2b-quant-01", "weights-read-per-sequence"): [
        "every|per sequence|request|sample reads|streams|loads|fetch* full|all|own weights",
        ("sequence|request|sample reads|streams|loads|fetch* full|all|own weights separately|twice|independently"),
        "dequantis*|dequantiz*|dequant* 64 times",
    ],
    ("th2b-quant-02", "outliers-token-specific"): [
        "per token scal*|scales|scaling isolate*|isolates",
        "=simplest|easiest|best|real|right fix|solution per token",
        "outlier*|outliers only show*|appear* handful|handfull|few tokens",
    ],
    ("th2b-dist-01", "accumulated-gradient-noisier"): [
        "combined|accumulated|summed|total gradient* noisier|noisiest",
        "accumulat*|accumulation make*|makes|adds|add* noisier|noise|noisy",
    ],
    ("th2b-dist-02", "tp-communicates-once"): [
        "=communicat*|sync*|gather* once end forward",
        "tensor|tp communicat*|sync*|gather* once end|after forward",
    ],
    ("th2b-dist-02", "more-stages-smaller-bubble"): [
        "=shrink*|reduc*|cut* add*|more stages",
        "=more stages smaller|less|shrink*|reduc* bubble|idle",
    ],
    ("th2b-dist-03", "tp-across-nodes-dp-inside"): [
        "=tensor|tp parallel*|parallelism across|between nodes data|dp",
        "=data|dp parallel*|parallelism inside|within node|nodes tensor|tp",
        "tp|tensor only exchang*|sends|communicat*|moves activations run*|put*|across|small|cheap",
    ],
    ("th2b-dist-04", "volume-only-cost"): [
        "=small all reduc* cost same|equal one|single|big|large",
        "=small messages|collectives|chunks cost same|equal one|single|big|large",
        "=total volume|bytes all matters|counts",
    ],
    ("th2b-mp-01", "loss-scaling-shrinks-loss"): [
        "=loss scaling divid*|divides|shrink*|shrinks loss",
        "divid*|divides|dividing loss below|avoid*|prevent*|stop* overflow*|max|maximum|range",
    ],
    # both cues replaced in fd9: "=fix|… cast*|… bf16" and "=solution|answer cast*|… bf16" fired on right
    # sentences ("A partial fix is casting to bf16", "One partial solution is casting to bf16")
    ("th2b-mp-03", "pure-bf16-cast"): [
        "=bfloat16|bf16 train*|trains same|identical fp32|float32",
        "=bfloat16|bf16|cast*|casting fix*|solv* everything|all",
    ],
    ("th2b-roll-01", "canary-replaces-ab"): [
        "=canary rates|metrics|numbers|results give|gives|provide* effect",
        "separate a b|ab test redundant|unnecessary|needless|superfluous",
    ],
    ("th2b-mon-01", "p-value-alerts-rare"): [
        "only 1|one 100|hundred checks|tests keep*|keeps|low|rare|few",
        "p 01|05 keeps|keep alert*|volume rare|few|low",
    ],
    ("th2b-mon-01", "psi-jump-real-shift"): [
        "=treat* real drift|shift retrain*|retraining",
        "psi 0 35|above|high genuin*|really|truly shifted|changed",
    ],
    ("th2b-mon-02", "keep-last-values"): [
        "=keep using|use last|cached good values|features|data",
        "fallback|fall hurt*|worse more stale|cached|old|slightly",
    ],
    ("th2b-retrain-01", "own-validation-split-gate"): [
        "promot*|ship*|deploy*|if own validation|val split|set beats|better|higher|exceeds",
        "beats|exceeds|tops|beat previous|old|current|last model* training time",
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
    ("th2b-mon-02", "error-alerts-catch-data-bugs"),
    ("th2b-fs-02", "backfill-with-current-values"),
]

#: the cues this pass added to or rewrote in the widened misconceptions
WIDENED_CUES: dict[tuple[str, str], list[str]] = {
    ("th2b-rlhf-02", "absolute-reward"): [
        (
            "=reward|rm|scores comparable|universal|calibrated across|quality|measure|absolute "
            "prompts|tasks|quality|measure"
        )
    ],
    ("th2b-rlhf-02", "rm-needs-high-accuracy"): [
        "70 percent means|so|therefore|hence|clearly|obviously underfit*|undertrained",
        "want|need|must above|over|least 90|95",
        "rm|reward need*|needs|require*|must 90|95|99",
    ],
    ("th2b-dpo-01", "dpo-same-as-ppo"): [
        "=give*|gives|lose*|loses|sacrific*|increas* nothing relative|versus|vs|compared"
    ],
    ("th2b-dpo-01", "dpo-beta-swapped"): [
        "=large|high|larger|higher|big beta means|gives|constraint|kl weak*|loose*|looser|weaker"
    ],
    ("th2b-dist-03", "mfu-two-n"): ["42 312|peak 13 percent"],
    ("th2b-mp-01", "no-master-weights"): ["=safe|fine|bf16 drop|skip|remove master|fp32 weights|copy|master"],
    ("th2b-mp-02", "short-run-enough"): [
        (
            "all|every trouble|problems|issues|instabilit*|problem|issue show*|appear*|surface* "
            "first|early steps|hundred"
        ),
        "=survives|survive* run|training|whole",
    ],
    ("th2b-mp-02", "fp8-roles-swapped"): [
        "=weights|activations|forward use|uses e5m2",
        "=gradients|grads|backward use|uses e4m3 because|since|precision",
    ],
    ("th2b-mp-03", "accumulate-in-16"): ["=random|randomly cancel*|average* out"],
    ("th2b-mon-02", "error-alerts-catch-data-bugs"): [
        "most|all data problems|issues|failures|bugs announce*|loud|obvious|noisy"
    ],
    ("th2b-fs-02", "backfill-with-current-values"): ["=today join* value|values every|all historical|past"],
}

#: cues replaced in place, as they stand after the second reader: (prompt, misconception, cue on main, cue now).
#: The second reader's replacements narrow (they were firing on right sentences); merged cues free a slot.
REWRITTEN: list[tuple[str, str, str, str]] = [
    (
        "th2b-rlhf-02",
        "absolute-reward",
        "reward|rm|scores comparable|universal across|quality|measure",
        (
            "=reward|rm|scores comparable|universal|calibrated across|quality|measure|absolute "
            "prompts|tasks|quality|measure"
        ),
    ),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "want|need above|over 90|95", "want|need|must above|over|least 90|95"),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "reward model must|needs above 90|95",
        "rm|reward need*|needs|require*|must 90|95|99",
    ),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "rm|reward need*|needs|require* 90|95|99",
        "70 percent means|so|therefore|hence|clearly|obviously underfit*|undertrained",
    ),
    (
        "th2b-dpo-01",
        "dpo-same-as-ppo",
        "dpo|mathematically|exactly equivalent|identical ppo|rlhf",
        "=give*|gives|lose*|loses|sacrific*|increas* nothing relative|versus|vs|compared",
    ),
    (
        "th2b-mp-01",
        "no-master-weights",
        "safe|fine drop|skip|remove master weights|copy",
        "=safe|fine|bf16 drop|skip|remove master|fp32 weights|copy|master",
    ),
    (
        "th2b-mp-02",
        "fp8-roles-swapped",
        "=e4m3 gradients|grads|backward",
        "=e4m3 backward|gradients|grads because|since|precision",
    ),
    ("th2b-mp-01", "bf16-needs-loss-scaling", "bf16 needs|requires loss scal*", "=bf16 needs|requires loss scal*"),
    ("th2b-mp-01", "bf16-needs-loss-scaling", "bf16 also needs loss scal*", "=bf16 also needs loss scal*"),
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
            "we trained two more epochs on a larger set of transcripts until it reproduced the real "
            "policy details reliably"
        ),
        True,
    ),
    (
        "th2b-sft-01",
        "memorise-policies",
        (
            "It invents policy details because the transcripts state specifics the model cannot know; "
            "filter those turns and use retrieval."
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
            "Scores are calibrated absolute quality: a 3.1 on a coding prompt is a better answer than a "
            "2.4 on a chat prompt"
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
    ("th2b-rlhf-02", "raw-reward-across-versions", "you can compare raw rewards between RM versions", True),
    ("th2b-rlhf-02", "raw-reward-across-versions", "- raw rewards tracked over model versions", True),
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
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "accuracy needs to be above 90% before RL", True),
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
            "Since it solves exactly the same objective in closed form, it gives up nothing relative to "
            "PPO: you get the same policy, just cheaper"
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
            "- Large β means a weak constraint: the policy is free to move far from the reference and "
            "chase the preferences hard."
        ),
        True,
    ),
    ("th2b-dpo-01", "dpo-beta-swapped", "large beta gives a weak KL constraint", True),
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
    ("th2b-pref-01", "deterministic-judge-no-position-bias", "LLM judges have no position bias", True),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "judge at temp 0 is deterministic, no position bias",
        True,
    ),
    ("th2b-pref-01", "deterministic-judge-no-position-bias", "- an LLM judge has no order bias", True),
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
            "Forward and backward through the base run directly as 4-bit integer matmuls, that's the "
            "whole trick; only the adapter maths is bf16."
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
            "- With a big enough rank (64-256) it also matches full fine-tuning on large shifts like "
            "continued pretraining on a new language, since weight updates are intrinsically low rank."
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
            "A higher rank helps, but it still falls short of full fine-tuning on large shifts like "
            "continued pretraining."
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
            "At batch 64 every sequence streams the full weights for its own token, so traffic is 64 × "
            "35 GB, and the int4 kernel also dequantises the weights 64 times per step."
        ),
        True,
    ),
    ("th2b-quant-01", "weights-read-per-sequence", "each sequence in the batch reads all the weights separately", True),
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
            "The simplest fix is per-token dynamic scales: the outliers only show up on a handfull of "
            "tokens, so each token gets its own scale and the normal tokens keep there resolution."
        ),
        True,
    ),
    ("th2b-quant-02", "outliers-token-specific", "easiest fix: per-token scales", True),
    ("th2b-quant-02", "outliers-token-specific", "the best solution is per token dynamic scaling", True),
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
            "each micro-batch gradient only averages 32 examples, so the combined gradient is noisier "
            "than the 8-GPU gradient over 256, and I had to lower the learning rate to keep training "
            "stable"
        ),
        True,
    ),
    ("th2b-dist-01", "accumulated-gradient-noisier", "the accumulated gradient is noisier, lower the LR", True),
    ("th2b-dist-01", "accumulated-gradient-noisier", "- accumulated grads are noisier than on 8 GPUs", True),
    ("th2b-dist-01", "accumulated-gradient-noisier", "accumulation makes the gradient noisier, so drop the lr", True),
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
            "It only needs to communicate once at the end of the forward pass to gather the outputs, so "
            "it runs fine across nodes over ordinary networking."
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
            "To shrink it you add more stages: each one holds fewer layers and finishs its part sooner, "
            "so the idle time per stage goes down."
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
            "Our fix was to move tensor parallelism across the nodes and keep data parallelism inside "
            "each node, since TP only exchanges activations, which are small next to full gradients."
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
    ("th2b-dist-04", "volume-only-cost", "total volume is all that matters", True),
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
    ("th2b-mp-01", "loss-scaling-shrinks-loss", "divide the loss by S to avoid overflow in fp16", True),
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
            "They matched from the start, so we committed, because any numeric trouble from the scaling "
            "shows up in the first steps when gradients are largest; if it survives those, it survives "
            "the run."
        ),
        True,
    ),
    ("th2b-mp-02", "short-run-enough", "all FP8 problems show up in the first steps", True),
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
            "The forward pass, weights and activations, uses E5M2 because activations have outliers and "
            "need the range, while gradients use E4M3 because they need precision for small updates."
        ),
        True,
    ),
    ("th2b-mp-02", "fp8-roles-swapped", "activations use E5M2", True),
    ("th2b-mp-02", "fp8-roles-swapped", "Forward pass uses E4M3; gradients use E5M2 for range.", False),
    (
        "th2b-mp-03",
        "accumulate-in-16",
        (
            "Matmul accumulation can stay in fp16 too: rounding errors in the partial sums are random "
            "and cancel out over thousands of products."
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
    # fd9 dropped the must-fire rows "The fix is just to cast with .bfloat16() insted of .half(): …", "the fix: just
    # cast it to bfloat16", "fix: convert to bf16 instead of half" and "- the solution is casting to bf16": in
    # those words a right answer says "A partial fix is casting to bf16", so no cue can tell them apart
    ("th2b-mp-03", "pure-bf16-cast", "Cast the model to bf16 and it trains the same as fp32.", True),
    ("th2b-mp-03", "pure-bf16-cast", "Casting the whole model to bfloat16 fixes everything.", True),
    ("th2b-mp-03", "pure-bf16-cast", "bf16 training is identical to fp32, so just cast.", True),
    ("th2b-mp-03", "pure-bf16-cast", "Use bf16 autocast, which needs no scaler, with fp32 master weights.", False),
    ("th2b-mp-03", "pure-bf16-cast", "Don't just cast the model to bfloat16; keep fp32 master weights.", False),
    ("th2b-mp-03", "pure-bf16-cast", "The fix is autocast with fp32 master weights and a gradient scaler.", False),
    ("th2b-mp-03", "pure-bf16-cast", "After .half(), softmax, norms and the loss run in fp16 and overflow.", False),
    ("th2b-mp-03", "pure-bf16-cast", "The solution is bf16 autocast rather than a blanket cast.", False),
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
    ("th2b-mon-01", "p-value-alerts-rare", "p < 0.01 keeps alerts rare", True),
    ("th2b-mon-01", "p-value-alerts-rare", "only one in a hundred checks fires, so alerts stay rare", True),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        "With large samples any tiny shift is significant, so alert on effect sizes like PSI above 0.2.",
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
        "PSI 0.35 is way above the 0.2 rule of thumb, so applicants incomes have genuinly shifted",
        True,
    ),
    ("th2b-mon-01", "psi-jump-real-shift", "treat it as real drift and retrain", True),
    ("th2b-mon-01", "psi-jump-real-shift", "PSI 0.35 means incomes genuinely shifted", True),
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
    ("th2b-mon-02", "keep-last-values", "just keep using the last good features", True),
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
        "A freshness monitor comparing the last update with the schedule would have alerted on day one.",
        False,
    ),
    ("th2b-mon-02", "error-alerts-catch-data-bugs", "In my experience most data problems announce themselves", True),
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
            "- Between retrained and deployed: if the new model's metric on its own validation split "
            "beats the previous model's training-time validation score, the pipeline promotes it "
            "automatically and registers it."
        ),
        True,
    ),
    ("th2b-retrain-01", "own-validation-split-gate", "promote it if its own val set score is higher", True),
    (
        "th2b-retrain-01",
        "own-validation-split-gate",
        "it beats the old model's training-time validation score so ship it",
        True,
    ),
    (
        "th2b-retrain-01",
        "own-validation-split-gate",
        (
            "Compare the new and current model on the same recent holdout and slices, not each model's "
            "own validation split."
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
            "For a new feature, compute it with a batch job over the event table as of today and join "
            "that value onto every historical training row by user id"
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
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "the model generates a whole answer and we score it against the demonstration",
        True,
    ),
    ("th2b-sft-01", "memorise-policies", "it invents them, which means it has not memorised the policies yet", True),
    (
        "th2b-rlhf-02",
        "raw-reward-across-versions",
        "raw rewards are tracked across versions as a quality dashboard",
        True,
    ),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "70 % obviously means it's underfit", True),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "pairwise accuracy must be at least 95", True),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "the reward model must be above 90 %", True),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "at temperature 0 it's deterministic, so no position bias",
        True,
    ),
    ("th2b-pref-01", "deterministic-judge-no-position-bias", "swapping the order gives the same verdict anyway", True),
    ("th2b-qlora-01", "int4-matmuls", "the base weights are multiplied directly in 4-bit integer math", True),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        "LoRA matches full fine-tuning on continued pretraining if the rank is high",
        True,
    ),
    ("th2b-lora-03", "high-rank-matches-full", "a big rank matches full FT even on big domain shifts", True),
    ("th2b-quant-02", "outliers-token-specific", "per-token dynamic scales isolate them", True),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        "run data parallelism within each node and tensor parallelism across nodes",
        True,
    ),
    ("th2b-dist-03", "mfu-two-n", "2 × 7e9 × 3,000 = 42 TFLOP/s of the 312 peak, so MFU is about 13 %", True),
    ("th2b-mp-01", "no-master-weights", "With bf16 it is safe to drop the fp32 master weights.", True),
    ("th2b-mp-01", "no-master-weights", "it's fine to drop the master weights", True),
    (
        "th2b-mp-02",
        "short-run-enough",
        "every issue shows up in the first hundred steps, so a short run is enough",
        True,
    ),
    ("th2b-mp-02", "fp8-roles-swapped", "gradients use E4M3 because they need precision", True),
    ("th2b-mp-02", "fp8-roles-swapped", "E4M3 for gradients since they need precision", True),
    ("th2b-mp-03", "accumulate-in-16", "errors are random and cancel out", True),
    ("th2b-roll-01", "canary-replaces-ab", "the canary's numbers give the effect estimate directly", True),
    ("th2b-mon-02", "error-alerts-catch-data-bugs", "most data bugs are loud", True),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "compute the value as of today and join that value onto every past row",
        True,
    ),
    ("th2b-mp-01", "bf16-needs-loss-scaling", "bf16 needs loss scaling just like fp16.", True),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "Unlike RLHF, which optimises a sequence-level objective, SFT is per token.",
        False,
    ),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "RLHF optimises a sequence-level objective from the reward model, while SFT is token-level.",
        False,
    ),
    ("th2b-sft-01", "sequence-level-sft-loss", "RLHF gives a sequence-level score; SFT gives a per-token loss.", False),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "In RLHF the policy samples a full response and the reward model scores it.",
        False,
    ),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "In RLHF the policy generates a whole response, which the reward model scores.",
        False,
    ),
    (
        "th2b-sft-01",
        "memorise-policies",
        ("The model hasn't learned the actual policies, yet SFT taught it to state specifics confidently."),
        False,
    ),
    ("th2b-sft-01", "memorise-policies", "It has not learned to decline when it lacks the policy details yet.", False),
    (
        "th2b-sft-01",
        "memorise-policies",
        "More epochs until it learns the policies would make the forgetting worse.",
        False,
    ),
    (
        "th2b-sft-01",
        "memorise-policies",
        ("Training more epochs until it learns the policies won't work: fine-tuning stores facts unreliably."),
        False,
    ),
    (
        "th2b-sft-01",
        "sequence-level-sft-loss",
        "SFT vs RLHF: SFT is token-level; RLHF has a sequence-level score from the reward model.",
        False,
    ),
    ("th2b-sft-01", "sequence-level-sft-loss", "Unlike SFT, RLHF optimises a sequence-level score.", False),
    (
        "th2b-sft-01",
        "memorise-policies",
        (
            "It invents details not because it hasn't memorised the policies yet but because the "
            "transcripts taught it to."
        ),
        False,
    ),
    (
        "th2b-rlhf-02",
        "raw-reward-across-versions",
        "Raw reward tracked over RL steps keeps rising even as the policy model's answers get worse.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "raw-reward-across-versions",
        "Reward models: compare them across versions with held-out pairwise accuracy, not raw scores.",
        False,
    ),
    ("th2b-rlhf-02", "raw-reward-across-versions", "Raw scores compared across versions mean nothing.", False),
    (
        "th2b-rlhf-02",
        "absolute-reward",
        "If you need calibrated absolute quality scores, use a gold evaluation instead.",
        False,
    ),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "On easy, clear-margin pairs, accuracy above 90 % is common.", False),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "Accuracy over 95 % on held-out chat preferences usually means leakage.",
        False,
    ),
    ("th2b-rlhf-02", "rm-needs-high-accuracy", "Pairwise accuracy above 90 % would be suspicious on chat data.", False),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "At 70 % it might be underfit or at the label ceiling; compare with annotator agreement.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "A 70 % model could be underfit, so compare it with annotator agreement.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "rm-needs-high-accuracy",
        "On math or code preferences with verifiable answers, accuracy can be above 90 %.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "absolute-reward",
        "Scores from one reward model are only comparable across responses to the same prompt.",
        False,
    ),
    (
        "th2b-rlhf-02",
        "absolute-reward",
        "Scores are comparable across responses to the same prompt, not across prompts.",
        False,
    ),
    ("th2b-rlhf-02", "absolute-reward", "Normalised scores can be compared across responses to one prompt.", False),
    ("th2b-pref-01", "deterministic-judge-no-position-bias", "Temperature 0 does not remove position bias.", False),
    ("th2b-pref-01", "deterministic-judge-no-position-bias", "Temperature 0 doesn't fix position bias.", False),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "A deterministic judge still has no protection against position bias.",
        False,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "Deterministic decoding is not a fix for order bias.",
        False,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "After swapping the order, position bias isn't a concern.",
        False,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "If you run both orders, position bias is not an issue.",
        False,
    ),
    ("th2b-pref-01", "deterministic-judge-no-position-bias", "Position bias is not an issue you can ignore.", False),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "If you run both orders, position bias is not an issue for the judge.",
        False,
    ),
    (
        "th2b-pref-01",
        "deterministic-judge-no-position-bias",
        "Position bias is not an issue only for humans; LLM judges show it too.",
        False,
    ),
    (
        "th2b-qlora-01",
        "int4-matmuls",
        "Nothing is computed directly in 4-bit; the weights are dequantised to bf16 first.",
        False,
    ),
    (
        "th2b-qlora-01",
        "int4-matmuls",
        "Plain 4-bit integer quantisation maps each weight to an integer multiplied by a scale.",
        False,
    ),
    (
        "th2b-qlora-01",
        "int4-matmuls",
        "With plain 4-bit integers, each level is an integer multiplied by the block scale.",
        False,
    ),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        ("A rank of 16 matches full fine-tuning on instruction data and falls short on continued pretraining."),
        False,
    ),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        "With a large enough rank, LoRA matches full fine-tuning for instruction and task adaptation.",
        False,
    ),
    (
        "th2b-lora-03",
        "high-rank-matches-full",
        "A high rank matches full fine-tuning on style and format tuning at a fraction of the memory.",
        False,
    ),
    ("th2b-quant-01", "weights-read-per-sequence", "With one sequence, each token reads all the weights.", False),
    (
        "th2b-quant-01",
        "weights-read-per-sequence",
        "For a single sequence, decoding reads all the weights per token.",
        False,
    ),
    (
        "th2b-quant-01",
        "weights-read-per-sequence",
        "At batch 64, the 35 GB of weights are read once per step and shared by all sequences.",
        False,
    ),
    ("th2b-quant-01", "weights-read-per-sequence", "At batch 64, 35 GB is read once per step, not 64 times.", False),
    (
        "th2b-quant-01",
        "weights-read-per-sequence",
        "int4 at batch 64: 35 GB read once, then the matmuls are compute-bound.",
        False,
    ),
    (
        "th2b-quant-02",
        "outliers-token-specific",
        "The obvious fix, per-token scales, fails because the outliers are in fixed channels.",
        False,
    ),
    ("th2b-quant-02", "outliers-token-specific", "A common fix, per-token scaling, does not help here.", False),
    (
        "th2b-quant-01",
        "weights-read-per-sequence",
        "At batch 1 each sequence reads all the weights for every token.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        "The accumulated gradient is exactly as noisy as the 8-GPU gradient.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        (
            "Each micro-batch gradient of 32 is noisier than the 8-GPU gradient of 256, but after "
            "accumulation they match."
        ),
        False,
    ),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        "A single micro-batch gradient is noisier than the 8-GPU gradient; the accumulated one is not.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        "Micro-batch gradients are noisier than 8-GPU ones, so you must accumulate before stepping.",
        False,
    ),
    (
        "th2b-dist-01",
        "accumulated-gradient-noisier",
        "Stepping after every micro-batch would give a noisier gradient than 8 GPUs.",
        False,
    ),
    (
        "th2b-dist-02",
        "tp-communicates-once",
        "Pipeline stages communicate once per micro-batch at the end of each stage's forward.",
        False,
    ),
    (
        "th2b-dist-02",
        "tp-communicates-once",
        "Tensor parallelism communicates after every matmul in the forward and backward.",
        False,
    ),
    (
        "th2b-dist-02",
        "tp-communicates-once",
        "Tensor parallelism syncs after the attention and MLP blocks in both forward and backward.",
        False,
    ),
    (
        "th2b-dist-02",
        "tp-communicates-once",
        "Tensor parallelism communicates at least once per layer, in forward and backward.",
        False,
    ),
    ("th2b-dist-03", "tp-across-nodes-dp-inside", "Avoid tensor parallelism across nodes.", False),
    ("th2b-dist-03", "tp-across-nodes-dp-inside", "Tensor parallelism across nodes is slow.", False),
    ("th2b-dist-03", "tp-across-nodes-dp-inside", "Tensor parallelism across nodes is a bad idea.", False),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        "Tensor parallelism across nodes kills throughput, so keep it inside the node.",
        False,
    ),
    ("th2b-dist-03", "tp-across-nodes-dp-inside", "Data parallelism inside a node is fast because of NVLink.", False),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        "With 8 GPUs, data parallelism within a node scaled almost linearly.",
        False,
    ),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        ("Tensor parallelism only exchanges activations, but it does so in every layer, so it needs NVLink."),
        False,
    ),
    (
        "th2b-dist-03",
        "mfu-two-n",
        "The forward pass alone is 2 × 7e9 × 3,000 = 42 TFLOP/s; backward adds twice that, so 126.",
        False,
    ),
    (
        "th2b-dist-03",
        "mfu-two-n",
        ("Forward: 2 × 7B × 3000 = 42 TFLOP/s, backward 4 × 7B × 3000 = 84, total 126 of 312, about 40 %."),
        False,
    ),
    ("th2b-dist-04", "volume-only-cost", "Each small all-reduce costs the same fixed latency as a big one.", False),
    ("th2b-dist-04", "volume-only-cost", "Small all-reduces cost the same latency each regardless of size.", False),
    (
        "th2b-dist-04",
        "volume-only-cost",
        "Small messages cost the same startup latency as large ones, so fuse them.",
        False,
    ),
    ("th2b-dist-04", "volume-only-cost", "For large messages only volume matters.", False),
    ("th2b-dist-04", "volume-only-cost", "It's wrong to think only volume matters.", False),
    (
        "th2b-dist-04",
        "volume-only-cost",
        "Only bytes count when messages are huge; small ones are latency-bound.",
        False,
    ),
    (
        "th2b-dist-03",
        "tp-across-nodes-dp-inside",
        "TP only exchanges activations, but in every layer, so keep it inside a node.",
        False,
    ),
    ("th2b-mp-01", "no-master-weights", "bf16: skip the loss scaling, keep the fp32 master weights.", False),
    ("th2b-mp-01", "no-master-weights", "With bf16 you skip loss scaling and keep fp32 master weights.", False),
    ("th2b-mp-01", "loss-scaling-shrinks-loss", "Loss scaling reduces underflow in the loss's gradients.", False),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        "Dynamic loss scaling reduces S after an overflow, and the loss is recomputed next step.",
        False,
    ),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        "Loss scaling reduces the number of gradients lost to underflow, so the loss keeps improving.",
        False,
    ),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        "Divide the loss-scaled gradients by S before the optimizer step.",
        False,
    ),
    ("th2b-mp-01", "loss-scaling-shrinks-loss", "Unscale: divide loss-scaled grads by S, then clip.", False),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        ("Loss scaling must avoid overflow too: if S is too large, gradients overflow, so the scaler halves it."),
        False,
    ),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        "Dynamic loss scaling avoids persistent overflow by lowering S when it sees inf.",
        False,
    ),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        "Dynamic scaling prevents overflow from corrupting the weights by skipping that step.",
        False,
    ),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        "With gradient accumulation you divide the loss by the number of micro-batches.",
        False,
    ),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        (
            "Loss scaling multiplies the loss by S and divides the gradients by S before the update, "
            "leaving the loss unchanged."
        ),
        False,
    ),
    (
        "th2b-mp-01",
        "loss-scaling-shrinks-loss",
        "Divide the loss by the number of micro-batches to keep the gradient scale.",
        False,
    ),
    ("th2b-mp-01", "bf16-needs-loss-scaling", "bf16 removes the need for loss scaling.", False),
    (
        "th2b-mp-01",
        "bf16-needs-loss-scaling",
        "bf16 removes the need for loss scaling; fp32 weights are still needed.",
        False,
    ),
    ("th2b-mp-02", "fp8-roles-swapped", "Weights and activations use E4M3, and gradients use E5M2.", False),
    ("th2b-mp-02", "fp8-roles-swapped", "The backward pass uses E5M2 for gradients.", False),
    ("th2b-mp-02", "fp8-roles-swapped", "The forward pass uses E4M3 and the backward pass uses E5M2.", False),
    ("th2b-mp-02", "fp8-roles-swapped", "E4M3, and gradients E5M2.", False),
    ("th2b-mp-02", "fp8-roles-swapped", "Some recipes with block scaling use E4M3 for gradients too.", False),
    ("th2b-mp-02", "fp8-roles-swapped", "With fine-grained block scaling, gradients use E4M3 as well.", False),
    (
        "th2b-mp-02",
        "short-run-enough",
        "Scaling issues show up in the first steps, but outlier growth only appears late.",
        False,
    ),
    ("th2b-mp-02", "short-run-enough", "If any problems show up in the first steps, stop the run.", False),
    ("th2b-mp-02", "fp8-roles-swapped", "E4M3, and the backward pass E5M2 because gradients need range.", False),
    (
        "th2b-mp-02",
        "fp8-roles-swapped",
        "Weights and activations use E4M3, and gradients use E5M2 because they need range.",
        False,
    ),
    ("th2b-mp-02", "fp8-roles-swapped", "Weights and activations use E4M3, and gradients need range, so E5M2.", False),
    (
        "th2b-mp-02",
        "fp8-roles-swapped",
        "Weights use E4M3, and gradient updates are accumulated in fp32 master weights.",
        False,
    ),
    ("th2b-mp-03", "accumulate-in-16", "Stochastic rounding makes rounding errors average out in expectation.", False),
    (
        "th2b-mp-03",
        "accumulate-in-16",
        "Pairwise summation keeps rounding errors small, and they partly cancel out.",
        False,
    ),
    (
        "th2b-mp-03",
        "accumulate-in-16",
        "Kahan summation tracks the rounding error so it cancels out in the next addition.",
        False,
    ),
    (
        "th2b-mp-03",
        "pure-bf16-cast",
        ("Casting to bfloat16 avoids the overflow, but the updates still round away without fp32 master weights."),
        False,
    ),
    ("th2b-mp-03", "pure-bf16-cast", "Casting to bfloat16 alone isn't enough.", False),
    (
        "th2b-roll-01",
        "shadow-diff-expected",
        "Only an A/B test with real chargebacks shows whether the new model is better.",
        False,
    ),
    (
        "th2b-roll-01",
        "shadow-diff-expected",
        (
            "Real chargebacks on the transactions only the new model would block show whether the extra "
            "blocks were fraud."
        ),
        False,
    ),
    (
        "th2b-roll-01",
        "shadow-diff-expected",
        "Real outcomes decide whether it's better, which needs an A/B test.",
        False,
    ),
    (
        "th2b-roll-01",
        "shadow-diff-expected",
        "Real chargebacks tell you which model is better, but they arrive weeks later.",
        False,
    ),
    (
        "th2b-roll-01",
        "shadow-diff-expected",
        ("Maybe it catches fraud the old one misses, or maybe its threshold shifted: review the disagreements."),
        False,
    ),
    (
        "th2b-roll-01",
        "shadow-diff-expected",
        "It may detect fraud the old one missed, or it may just be miscalibrated.",
        False,
    ),
    (
        "th2b-roll-01",
        "canary-replaces-ab",
        "The A/B test's metrics give the effect estimate with confidence intervals.",
        False,
    ),
    ("th2b-roll-01", "canary-replaces-ab", "A/B test metrics give an effect size with confidence intervals.", False),
    ("th2b-roll-01", "canary-replaces-ab", "Randomised A/B metrics give an unbiased effect estimate.", False),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        "Alerting on KS test p-values floods you with alerts on large samples.",
        False,
    ),
    ("th2b-mon-01", "p-value-alerts-rare", "Alerts on KS-test p-values are noisy with large samples.", False),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        ("With 100 features checked daily at p < 0.01, about one in 100 tests fires by chance even with no drift."),
        False,
    ),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        ("Even with no drift, 1 in 100 tests fires by chance, and with 200 features that's 2 pages a day."),
        False,
    ),
    (
        "th2b-mon-01",
        "psi-jump-real-shift",
        "If the histograms look clean, treat it as real drift and estimate the impact.",
        False,
    ),
    ("th2b-mon-01", "psi-jump-real-shift", "Only if the pipeline checks pass would I treat it as real drift.", False),
    (
        "th2b-mon-01",
        "psi-jump-real-shift",
        "If upstream is clean, treat it as a real shift and estimate the impact on scores.",
        False,
    ),
    (
        "th2b-mon-01",
        "psi-jump-real-shift",
        "If it's real drift, estimate impact and retrain on recent applications once labels mature.",
        False,
    ),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        "Only one in 100 checks fires by chance per feature, but with 200 features that adds up.",
        False,
    ),
    (
        "th2b-mon-01",
        "p-value-alerts-rare",
        "Even with no drift, one in a hundred tests fires by chance, so it doesn't keep pages low.",
        False,
    ),
    ("th2b-mon-01", "psi-jump-real-shift", "Treat it as real drift only after ruling out a pipeline change.", False),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        "Some data problems are loud, like crashes, but most are silent.",
        False,
    ),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        ("A renamed column in a strict schema throws an error at ingestion, which is why schema checks help."),
        False,
    ),
    (
        "th2b-mon-02",
        "error-alerts-catch-data-bugs",
        "If the column is renamed, a schema check raises an error at ingestion.",
        False,
    ),
    ("th2b-mon-02", "error-alerts-catch-data-bugs", "Only a few data issues are loud; most pass silently.", False),
    (
        "th2b-mon-02",
        "keep-last-values",
        "A feature store keeps using the last values until the TTL expires, then falls back.",
        False,
    ),
    ("th2b-mon-02", "keep-last-values", "Keep using cached features only within a freshness bound.", False),
    (
        "th2b-mon-02",
        "keep-last-values",
        "A fallback model makes worse decisions than the full model, but better than stale inputs.",
        False,
    ),
    (
        "th2b-retrain-01",
        "own-validation-split-gate",
        "Its own validation set score is higher, but that is not comparable.",
        False,
    ),
    (
        "th2b-retrain-01",
        "own-validation-split-gate",
        "Promote only if it beats the current model's validation score on the same recent holdout.",
        False,
    ),
    (
        "th2b-retrain-01",
        "own-validation-split-gate",
        ("It must beat the current model on the same holdout, not the old model's training-time validation score."),
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Current values joined onto all historical rows would leak the future.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "Today's values joined onto every historical row leak future information into training.",
        False,
    ),
    (
        "th2b-retrain-01",
        "own-validation-split-gate",
        "Don't promote a model just because its own validation split score is higher.",
        False,
    ),
    (
        "th2b-fs-02",
        "backfill-with-current-values",
        "A value computed as of today, joined onto every historical row, leaks the future.",
        False,
    ),
    ("th2b-dpo-01", "dpo-same-as-ppo", "DPO gives nothing like PPO's online exploration.", False),
    ("th2b-dpo-01", "dpo-beta-swapped", "Large β keeps it close and small β gives a weaker constraint.", False),
    ("th2b-dpo-01", "dpo-beta-swapped", "Large beta, weaker drift from the reference.", False),
    ("th2b-rlhf-02", "raw-reward-across-versions", "Raw scores compared across RM versions mean nothing.", False),
    (
        "th2b-rlhf-02",
        "raw-reward-across-versions",
        "Compare raw rewards only between responses to the same prompt.",
        False,
    ),
    ("th2b-dist-02", "more-stages-smaller-bubble", "With interleaving, more virtual stages reduce the bubble.", False),
    (
        "th2b-sft-01",
        "memorise-policies",
        ("Training more epochs until it memorises the policies won't work: fine-tuning stores facts unreliably."),
        False,
    ),
    ("th2b-mp-02", "fp8-roles-swapped", "Weights and activations use E4M3, and gradients use E5M2", False),
]

CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), (WIDENED, 1, 1)],
    cue_cap=TOUCHED,
    right_texts={p for p, _, _, _ in CASES},
    added=[ADDED],
)
