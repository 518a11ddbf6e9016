"""The ninth pass, group E: the same prompts as the seventh pass's group E (LLM serving, decoding and
hallucination; evaluation metrics; interpretability and fairness), from ``tests/labelled/dumps/t7_E_prompts.yaml``.

A second writer wrote wrong and right answers blind from the dump (``tests/labelled/wrong_t9_E.yaml``); its first
measurement, before any tuning, caught 11 of 46 wrong answers with a misconception of the right key point, with no
false "Careful" on the 23 right answers. The cues were then tuned on the 35 misses: a miss whose idea an existing
misconception already held widened that misconception with a new cue (WIDENED), where it still had room under the
five-cue cap; every other miss got a new misconception with its own belief and correction (ADDED). Existing cues
were left as they were, since earlier passes pin them. Each row set has the wrong sentence from the answer,
paraphrases in other registers, and right sentences with the same words (the right claim, a negation, a "not X but
Y" contrast, a related true statement) that must not fire. Matching is the grader's own (``Matcher.states``).

A second reader then probed every added and widened misconception with right sentences in the cues' own words;
cues that fired on one were narrowed (mostly to adjacent "=" cues or with a wrong-only anchor word) or dropped, the
right sentences became must-not rows (after the "second reader" comment in CASES), and must-fire rows the narrowed
cues no longer catch were dropped or replaced. This costs 4 of the 46 wrong answers (42/46 caught), with no false
"Careful" on the right answers."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th2b-serve-01", "decode-limited-by-attention-flops"): [
        "=decod* limited|bound|bottlenecked flops|arithmetic|compute attention",
        "=decod* limited|bound|bottlenecked attention flops|arithmetic|compute|math",
        "=decod* ends|end up limited|bound|bottlenecked flops|arithmetic|compute|attention",
    ],
    ("th2b-serve-02", "kv-one-vector-per-head"): [
        "=one|single vector|entry per kv head no|without factor",
        "=only one|single vector|entry per kv head",
        "=only store*|stores|keep*|keeps|cache*|caches one|single vector|entry",
    ],
    ("th2b-serve-03", "prompt-length-no-ttft"): [
        "parallel prompt length|size not move*|affect*|change*|matter*|impact* ttft|first",
        "=ttft|first independent|regardless prompt|length",
        "=ttft not depend*|depends prompt|length",
    ],
    ("th2b-batch-01", "reserve-max-is-cheap"): [
        "reserv* max|maximum cheap|cheaply|harmless|costless",
        "reserv* max|max_tokens|maximum admit*|admission|admited|upfront|front cost*|costs little|nothing",
    ],
    ("th2b-paged-01", "prompt-kv-changes-per-sample"): [
        "=prompt|prefix kv|keys|values chang*|changes|updat*|updated|rewritten|modified",
        "keep*|keeps updating|rewrit*|rewriting|modif*|chang* keys|kv|values every|sample|samples|beam|beams",
        "=keeps|keep rewrit*|rewriting|recomput*|modif*|modifying|changing keys|kv|values",
    ],
    ("th2b-paged-01", "cache-exceeds-gpu-memory"): [
        "=cache|kv much|far|way larger|bigger gpu|device|hbm",
        "larger|bigger|exceed* gpu|device memory|hbm thanks|via|through|using paging|pages",
        "=cold|idle|unused kv|cache pages|blocks evicted|offloaded|moved|swapped",
    ],
    ("th2b-cap-01", "fp8-needs-no-evals"): [
        "=nothing evaluate|eval|evals|test|check|measure",
        "=no need evaluat*|eval|evals|test*|benchmark*",
        "=skip*|skipped evals|eval|evaluation|evaluations|testing",
    ],
    ("th2b-dec-02", "top-p-excludes-crossing-token"): [
        "=survive*|survives|kept|remain|left same top k",
        "=drop*|exclud*|cut* token|one crosses|crossing|passes|overshoots",
    ],
    ("th2b-dec-02", "temperature-multiplies-logits"): [
        "=multipl*|multiplies|multiplying logits|logit t|temperature",
        "=0.5 halves|halve|halving",
        "=t z softmax",
    ],
    ("th2b-hall-02", "raise-top-k-always-in-context"): [
        "=answer always|guaranteed somewhere|context|retrieved",
        "top k guarantee*|guarantees|ensure*|ensures answer|context|retrieval|recall",
    ],
    ("th-met-02", "roc-balance-free-because-threshold-free"): [
        "averag*|integrat*|summar* threshold* makes|keeps immune|unaffected|insensitive",
        "averaging|integrating|summarising|summarizing makes immune|unaffected|insensitive",
        (
            "unaffected|insensitive|immune balance|imbalance|prevalence because|since "
            "threshold*|averag*|averages|integrat*"
        ),
    ],
    ("th-met-04", "accuracy-misleads-so-log-loss"): [
        "=not maximi*|maximis*|maximiz*|optimi*|train* accuracy because|since accuracy mislead*|misleading|misleads",
        "=train*|optimi*|minimi* log loss|cross because|since accuracy mislead*|misleading|misleads",
    ],
    ("th-met-05", "ndcg-discount-fixes-position-bias"): [
        (
            "=discount|normalisation|normalization|idcg correct*|corrects|fixes|removes|handles|accounts "
            "position|click bias"
        ),
        "=ndcg|dcg already correct*|corrects|fix*|handl*|handles|accounts position|click bias",
    ],
    ("th-met-05", "ap-is-precision-at-k"): [
        "=map|ap precision fixed|single|one cutoff|k|depth|fixed",
        "=map|ap p 10|k averaged|average|averages|mean",
    ],
    ("th-met-07", "random-split-removes-logging-bias"): [
        (
            "=random|randomly sampling|split|splits|splitting|sample removes|fixes|eliminates|kills "
            "selection|logging|bias"
        ),
        "random|randomly split*|splitting removes|fixes|eliminates|avoids|solves bias",
    ],
    ("th2a-int-02", "correlated-pair-unused"): [
        "=right|correct|real reading|conclusion|interpretation model not rely*|relies|use*|uses|need*",
        "=both|low|small model not rely*|relies|use*|uses|need* either|both|them",
        "=dropped|drop|removed both moved|fine|safely|safe",
    ],
    ("th2a-fair-01", "two-thresholds-enough-freedom"): [
        "thresholds|threshold enough freedom|knobs|flexibility all|everything|three|both|simultaneously",
        "=shift*|move*|adjust* thresholds|threshold together|jointly",
    ],
    ("th2a-fair-01", "equal-opportunity-is-predictive-parity"): [
        "=applicants|borrowers same|equal share|fraction|proportion|percentage repay|repays|repaid",
        "=approved borrowers|loans|applicants default|defaults same|equal|equally",
    ],
    ("th2a-fair-02", "conflict-fades-with-accuracy"): [
        (
            "conflict|tension|tradeoff away|disappears|vanishes|fades models|model|classifier|classifiers "
            "improve*|improves|better"
        ),
        "=better features real fix|solution",
        "=accurate enough auc|say",
    ],
    ("th2a-fair-05", "levelling-down-unavoidable"): [
        "=any|every method|constraint equalis*|equaliz*|equalising|equalizing tpr|recall pull*|pulls|drag*|drags",
        "=no|not real fix|remedy|solution beyond|except|other tolerat*|accept*|choos*|living|picking",
    ],
    ("th2b-serve-02", "gqa-cache-keeps-query-heads"): [
        "=still keep*|keeps|store*|stores|hold*|holds|cache*|caches k|keys v|values all|every query|64",
        "=still keep*|keeps|store*|stores|hold*|holds|cache*|caches kv all|every query|64",
        "=gqa|mqa compute trick|hack",
    ],
    ("th2b-serve-01", "batch-32-step-32x-slower"): [
        "=step|steps time grows|rises|increases|multiplies 32x|32",
        "=step|steps time grows|rises|increases roughly|approximately|nearly 32x|32",
    ],
    ("th2b-batch-01", "continuous-launches-arrivals-sooner"): [
        "=continuous|contiuous batching launch*|collects|grabs|gathers whatever arriv*|arrives|arriving",
        "=continuous|contiuous batching launch*|collects|grabs|gathers arriv*|arrives|arriving within",
        (
            "=continuous|contiuous batching collects|grabs|gathers|launch*|batches requests|arrivals "
            "arriv*|arrive|arriving within|few"
        ),
    ],
    ("th2b-cap-01", "kv-200-users-27gb"): [
        "200 users|requests|sequences 33 mb 27 gb|gigabytes",
        "everyone|everybody 27 gb|gigabytes",
    ],
    ("th2b-dec-04", "mask-cannot-cost-accuracy"): [
        "=mask*|masking|constrain*|strict|filtering not cost|hurt|lower|reduce accuracy",
        "=not cost accuracy values|answers|extraction",
    ],
    ("th2a-fair-05", "blind-model-closes-gap"): [
        "membership|zip|proxies|proxy gap|bias|disparity away|gone|disappears|vanishes",
        (
            "gap|bias|disparity mostly|largely away|gone|disappears|vanishes once|after|when "
            "drop*|remov*|dropping|removing"
        ),
        (
            "=drop*|dropping|remov*|removing attribute|proxies|zip|proxy gap|bias|disparity mostly|largely "
            "away|gone|disappears|vanishes"
        ),
    ],
}

#: misconceptions this pass widened with a cue (their other cues unchanged)
WIDENED: list[tuple[str, str]] = [
    ("th2b-serve-03", "offline-small-batches"),
    ("th2b-dec-04", "constrained-is-validate-retry"),
    ("th2b-hall-01", "verbal-confidence-best-signal"),
    ("th-met-03", "auc-implies-calibration"),
    ("th-met-07", "ab-test-cannot-mislead"),
    ("th2a-int-01", "shap-gives-recourse"),
    ("th2a-int-01", "treeshap-approximates"),
    ("th2a-int-03", "flat-pdp-experts-wrong"),
    ("th2a-int-03", "pdp-averages-within-bins"),
]

TOUCHED: list[tuple[str, str]] = [*ADDED, *WIDENED]

#: (prompt id, misconception id, sentence, should fire)
CASES: list[tuple[str, str, str, bool]] = [
    (
        "th2b-serve-01",
        "decode-limited-by-attention-flops",
        "so decode ends up limited by the FLOPs of attention.",
        True,
    ),
    (
        "th2b-serve-01",
        "decode-limited-by-attention-flops",
        "decode is bound by attention compute over the whole history",
        True,
    ),
    (
        "th2b-serve-01",
        "decode-limited-by-attention-flops",
        "decode gets bottlenecked by the attention math as context grows",
        True,
    ),
    (
        "th2b-serve-01",
        "decode-limited-by-attention-flops",
        "- decode: limited by attention flops, which grow with context",
        True,
    ),
    (
        "th2b-serve-01",
        "decode-limited-by-attention-flops",
        "Decode is limited by memory bandwidth, not by the FLOPs of attention.",
        False,
    ),
    (
        "th2b-serve-01",
        "decode-limited-by-attention-flops",
        "Decode isn't limited by attention FLOPs; it waits on reading the weights and KV cache.",
        False,
    ),
    (
        "th2b-serve-01",
        "decode-limited-by-attention-flops",
        "In decode, attention FLOPs are tiny and the step is bound by memory.",
        False,
    ),
    (
        "th2b-serve-01",
        "decode-limited-by-attention-flops",
        "Decode is bound by bytes read, and attention adds KV reads that grow with context.",
        False,
    ),
    (
        "th2b-serve-01",
        "decode-limited-by-attention-flops",
        "Prefill is limited by the FLOPs of the matmuls and attention, decode by memory.",
        False,
    ),
    (
        "th2b-serve-02",
        "kv-one-vector-per-head",
        "Per token and layer you store one key and one value vector per KV head.",
        False,
    ),
    (
        "th2b-serve-02",
        "kv-one-vector-per-head",
        "It's not one vector per KV head: keys and values are both cached.",
        False,
    ),
    ("th2b-serve-02", "kv-one-vector-per-head", "2 × 32 × 32 × 128 × 2 = 524,288 bytes, 0.5 MB per token.", False),
    (
        "th2b-serve-02",
        "kv-one-vector-per-head",
        "Each KV head stores a key vector and a value vector in every layer.",
        False,
    ),
    (
        "th2b-serve-02",
        "kv-one-vector-per-head",
        "The 70B needs 2 × 80 × 8 × 128 × 2 = 327,680 bytes, about 0.33 MB per token.",
        False,
    ),
    (
        "th2b-serve-03",
        "prompt-length-no-ttft",
        "prefill is one parallel pass, so prompt length barely moves TTFT",
        True,
    ),
    ("th2b-serve-03", "prompt-length-no-ttft", "TTFT is independent of prompt length since prefill is parallel.", True),
    ("th2b-serve-03", "prompt-length-no-ttft", "TTFT grows with prompt length and load.", False),
    ("th2b-serve-03", "prompt-length-no-ttft", "Prompt length drives TTFT; batch size drives TPOT.", False),
    ("th2b-serve-03", "prompt-length-no-ttft", "Prompt length doesn't affect TPOT much, but it drives TTFT.", False),
    ("th2b-serve-03", "prompt-length-no-ttft", "Prompt length moves TTFT a lot.", False),
    ("th2b-serve-03", "prompt-length-no-ttft", "A short prompt barely moves TTFT; a 30k one adds seconds.", False),
    (
        "th2b-serve-03",
        "offline-small-batches",
        "For the overnight job keep batches small so each request decodes fastest.",
        True,
    ),
    ("th2b-serve-03", "offline-small-batches", "offline job: keep batches tiny so each doc is quick", True),
    (
        "th2b-serve-03",
        "offline-small-batches",
        "For the overnight job use the largest batches that fit, not small ones.",
        False,
    ),
    ("th2b-serve-03", "offline-small-batches", "Offline jobs do not need small batches or low TTFT.", False),
    ("th2b-serve-03", "offline-small-batches", "For chat keep batches small; overnight, fill them.", False),
    (
        "th2b-serve-03",
        "offline-small-batches",
        "Chat uses moderate batches; the offline job uses the biggest batches.",
        False,
    ),
    (
        "th2b-serve-03",
        "offline-small-batches",
        "For the overnight summarisation job I'd optimise per-document latency too.",
        True,
    ),
    ("th2b-serve-03", "offline-small-batches", "offline job: minimise per-request latency", True),
    (
        "th2b-serve-03",
        "offline-small-batches",
        "For the overnight job I'd ignore per-request latency and optimise throughput per dollar.",
        False,
    ),
    (
        "th2b-serve-03",
        "offline-small-batches",
        "Chat optimises per-request latency; the overnight job optimises throughput.",
        False,
    ),
    (
        "th2b-batch-01",
        "reserve-max-is-cheap",
        "each request just reserves KV for its max_tokens when admited, which costs very little",
        True,
    ),
    ("th2b-batch-01", "reserve-max-is-cheap", "Reserving the maximum length up front is cheap and simple.", True),
    (
        "th2b-batch-01",
        "reserve-max-is-cheap",
        "- reserve max_tokens of KV per request: cheap, nobody needs preemption",
        True,
    ),
    (
        "th2b-batch-01",
        "reserve-max-is-cheap",
        "Reserving KV for max_tokens up front wastes most of that memory.",
        False,
    ),
    ("th2b-batch-01", "reserve-max-is-cheap", "The scheduler needs preemption when memory runs out.", False),
    (
        "th2b-batch-01",
        "reserve-max-is-cheap",
        "Allocating KV on demand costs little; reserving the maximum costs a lot.",
        False,
    ),
    (
        "th2b-batch-01",
        "reserve-max-is-cheap",
        "Reserving for the maximum length isn't cheap: most of it sits empty.",
        False,
    ),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        (
            "parallel samples and beams each need their own copy of the prompt KV, since attention keeps updating "
            "those keys and values as each sample generates."
        ),
        True,
    ),
    ("th2b-paged-01", "prompt-kv-changes-per-sample", "the prompt kv changes once each sample starts generating", True),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        "- attention keeps rewriting the keys as it goes, so no sharing",
        True,
    ),
    ("th2b-paged-01", "prompt-kv-changes-per-sample", "Samples never need their own copy of the prompt KV.", False),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        "Parallel samples share the prompt blocks and copy only the block they write to.",
        False,
    ),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        "The prompt's keys and values never change once computed.",
        False,
    ),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        "Each step appends the new token's keys and values to the cache.",
        False,
    ),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        "Beams share the prefix blocks with reference counts and copy-on-write.",
        False,
    ),
    ("th2b-paged-01", "cache-exceeds-gpu-memory", "so the cache can be much larger than GPU memory", True),
    ("th2b-paged-01", "cache-exceeds-gpu-memory", "cold KV pages are evicted to CPU RAM", True),
    ("th2b-paged-01", "cache-exceeds-gpu-memory", "- kv cache can get bigger than gpu memory thanks to paging", True),
    ("th2b-paged-01", "cache-exceeds-gpu-memory", "idle cache blocks swapped out to host memory", True),
    (
        "th2b-paged-01",
        "cache-exceeds-gpu-memory",
        "The KV cache can't be larger than GPU memory; paging just wastes less of it.",
        False,
    ),
    (
        "th2b-paged-01",
        "cache-exceeds-gpu-memory",
        "Under memory pressure a preempted sequence's blocks are swapped to CPU.",
        False,
    ),
    ("th2b-paged-01", "cache-exceeds-gpu-memory", "The KV cache is often larger than the weights.", False),
    ("th2b-paged-01", "cache-exceeds-gpu-memory", "Blocks live in GPU memory and are allocated on demand.", False),
    ("th2b-cap-01", "fp8-needs-no-evals", "so there was nothing to evaluate", True),
    ("th2b-cap-01", "fp8-needs-no-evals", "FP8 at 70B: no need to evaluate, just ship", True),
    ("th2b-cap-01", "fp8-needs-no-evals", "we skipped evals, fp8 is lossless anyway", True),
    ("th2b-cap-01", "fp8-needs-no-evals", "- fp8 is basically free, nothing to test", True),
    ("th2b-cap-01", "fp8-needs-no-evals", "Don't skip evals: check FP8 on the task before switching.", False),
    ("th2b-cap-01", "fp8-needs-no-evals", "Buy FP8 if the task evals show no meaningful quality loss.", False),
    ("th2b-cap-01", "fp8-needs-no-evals", "There is no substitute for evaluating FP8 on your own tasks.", False),
    (
        "th2b-cap-01",
        "fp8-needs-no-evals",
        "Evaluate FP8 on the eval set first, then compare its cost with more GPUs.",
        False,
    ),
    ("th2b-dec-02", "top-p-excludes-crossing-token", "so only two tokens survive, same as top-k here", True),
    ("th2b-dec-02", "top-p-excludes-crossing-token", "- exclude the token crossing p", True),
    (
        "th2b-dec-02",
        "top-p-excludes-crossing-token",
        "Top-p keeps adding tokens until the running total reaches p.",
        False,
    ),
    (
        "th2b-dec-02",
        "top-p-excludes-crossing-token",
        "The cumulative sum first passes 0.8 at 0.85, so 0.15 is kept.",
        False,
    ),
    ("th2b-dec-02", "top-p-excludes-crossing-token", "Top-p keeps three tokens here, not the same as top-k.", False),
    ("th2b-dec-02", "top-p-excludes-crossing-token", "It includes the token that crosses p.", False),
    (
        "th2b-dec-02",
        "top-p-excludes-crossing-token",
        "After 0.5 and 0.2 the sum is 0.7, still below 0.8, so 0.15 is added.",
        False,
    ),
    ("th2b-dec-02", "temperature-multiplies-logits", "Temperature scales the logits: z' = T·z, then softmax.", True),
    (
        "th2b-dec-02",
        "temperature-multiplies-logits",
        "T = 0.5 halves every logit, so the distribution gets flatter",
        True,
    ),
    ("th2b-dec-02", "temperature-multiplies-logits", "temp multiplies logits by T before softmax", True),
    ("th2b-dec-02", "temperature-multiplies-logits", "- 0.5 halves all the logits", True),
    ("th2b-dec-02", "temperature-multiplies-logits", "Temperature divides the logits by T before the softmax.", False),
    ("th2b-dec-02", "temperature-multiplies-logits", "Multiply the logits by 1/T, so T = 0.5 doubles them.", False),
    (
        "th2b-dec-02",
        "temperature-multiplies-logits",
        "T = 0.5 doubles every logit and sharpens the distribution.",
        False,
    ),
    ("th2b-dec-02", "temperature-multiplies-logits", "z' = z / T, then softmax.", False),
    (
        "th2b-dec-04",
        "constrained-is-validate-retry",
        "as soon as it goes invalid, generation backs up and resamples from that point",
        True,
    ),
    ("th2b-dec-04", "constrained-is-validate-retry", "decoder backtracks and retries when the JSON breaks", True),
    ("th2b-dec-04", "constrained-is-validate-retry", "Masking means it never has to backtrack and resample.", False),
    (
        "th2b-dec-04",
        "constrained-is-validate-retry",
        "There is no backtracking or resampling: invalid tokens are masked before sampling.",
        False,
    ),
    (
        "th2b-hall-01",
        "verbal-confidence-best-signal",
        "after preference tuning models are well calibrated in words",
        True,
    ),
    ("th2b-hall-01", "verbal-confidence-best-signal", "RLHF models are well calibrated verbally", True),
    (
        "th2b-hall-01",
        "verbal-confidence-best-signal",
        "Stated confidence isn't well calibrated in words, especially after preference tuning.",
        False,
    ),
    (
        "th2b-hall-01",
        "verbal-confidence-best-signal",
        "Models are poorly calibrated in words after preference tuning.",
        False,
    ),
    ("th2b-hall-01", "verbal-confidence-best-signal", "logprobs: too noisy to help", True),
    (
        "th2b-hall-01",
        "verbal-confidence-best-signal",
        "Token probabilities are noisy for long answers but useful for short ones.",
        False,
    ),
    (
        "th2b-hall-01",
        "verbal-confidence-best-signal",
        "Token probabilities for short answers carry useful signal.",
        False,
    ),
    ("th2b-hall-02", "raise-top-k-always-in-context", "so the answer is always somewhere in context", True),
    ("th2b-hall-02", "raise-top-k-always-in-context", "- bigger k = the answer is always retrieved", True),
    (
        "th2b-hall-02",
        "raise-top-k-always-in-context",
        "The answer isn't always in the context, so let the model say so.",
        False,
    ),
    (
        "th2b-hall-02",
        "raise-top-k-always-in-context",
        "Raising top-k is not the fix; add a relevance threshold.",
        False,
    ),
    ("th2b-hall-02", "raise-top-k-always-in-context", "The fix is to raise the relevance threshold, not top-k.", False),
    (
        "th2b-hall-02",
        "raise-top-k-always-in-context",
        "When the answer is not retrieved, the model should say the sources don't cover it.",
        False,
    ),
    (
        "th-met-02",
        "roc-balance-free-because-threshold-free",
        (
            "ROC-AUC summarises performance over every threshold, and that averaging is what makes it immune to "
            "class balance"
        ),
        True,
    ),
    (
        "th-met-02",
        "roc-balance-free-because-threshold-free",
        "roc auc averages over all thresholds which makes it insensitive to imbalance",
        True,
    ),
    ("th-met-02", "roc-balance-free-because-threshold-free", "- averaging makes ROC immune to prevalence", True),
    (
        "th-met-02",
        "roc-balance-free-because-threshold-free",
        (
            "ROC-AUC is unaffected by balance because TPR and FPR condition on the true class, not because it "
            "averages over thresholds."
        ),
        False,
    ),
    (
        "th-met-02",
        "roc-balance-free-because-threshold-free",
        "Both curves sweep every threshold; only ROC's rates are computed within a class.",
        False,
    ),
    (
        "th-met-02",
        "roc-balance-free-because-threshold-free",
        "Both are threshold-free summaries; ROC's rates are computed within a class.",
        False,
    ),
    (
        "th-met-02",
        "roc-balance-free-because-threshold-free",
        "Averaging over thresholds doesn't make ROC immune to balance; conditioning on the true class does.",
        False,
    ),
    (
        "th-met-02",
        "roc-balance-free-because-threshold-free",
        "TPR and FPR are rates within each true class, so resampling a class leaves ROC-AUC unaffected.",
        False,
    ),
    (
        "th-met-03",
        "auc-implies-calibration",
        "a model that ranks that well must have roughly right probabilities",
        True,
    ),
    ("th-met-03", "auc-implies-calibration", "A model can rank well and still have wrong probabilities.", False),
    (
        "th-met-03",
        "auc-implies-calibration",
        "Good ranking doesn't give correct probabilities; check calibration.",
        False,
    ),
    (
        "th-met-04",
        "accuracy-misleads-so-log-loss",
        "We don't maximise accuracy because accuracy misleads on imbalanced data",
        True,
    ),
    ("th-met-04", "accuracy-misleads-so-log-loss", "we dont optimize accuracy since accuracy is misleading", True),
    (
        "th-met-04",
        "accuracy-misleads-so-log-loss",
        "We don't maximise accuracy because its gradient is zero almost everywhere.",
        False,
    ),
    (
        "th-met-04",
        "accuracy-misleads-so-log-loss",
        "Accuracy is a step function, so we can't descend on it; log loss is smooth.",
        False,
    ),
    (
        "th-met-04",
        "accuracy-misleads-so-log-loss",
        "Accuracy also misleads on imbalanced data, but that is a reporting problem.",
        False,
    ),
    ("th-met-04", "accuracy-misleads-so-log-loss", "The reason is differentiability, not class imbalance.", False),
    ("th-met-04", "accuracy-misleads-so-log-loss", "We use log loss because accuracy has no useful gradient.", False),
    (
        "th-met-05",
        "ndcg-discount-fixes-position-bias",
        (
            "The log2(i + 1) discount and the normalisation by the ideal DCG already correct for position bias in "
            "the click labels"
        ),
        True,
    ),
    (
        "th-met-05",
        "ndcg-discount-fixes-position-bias",
        "NDCG already handles position bias thanks to the discount",
        True,
    ),
    ("th-met-05", "ndcg-discount-fixes-position-bias", "the log discount fixes position bias in clicks", True),
    ("th-met-05", "ndcg-discount-fixes-position-bias", "- dcg already accounts for click bias", True),
    (
        "th-met-05",
        "ndcg-discount-fixes-position-bias",
        "The discount doesn't correct for position bias in the labels.",
        False,
    ),
    (
        "th-met-05",
        "ndcg-discount-fixes-position-bias",
        "Inverse-propensity weighting corrects for position bias.",
        False,
    ),
    (
        "th-met-05",
        "ndcg-discount-fixes-position-bias",
        "NDCG's discount weights positions, but it doesn't fix biased click labels.",
        False,
    ),
    (
        "th-met-05",
        "ndcg-discount-fixes-position-bias",
        "Position bias in clicks must be corrected before computing NDCG.",
        False,
    ),
    ("th-met-05", "ap-is-precision-at-k", "AP = precision at one fixed k", True),
    ("th-met-05", "ap-is-precision-at-k", "map is p@10 averaged over queries", True),
    ("th-met-05", "ap-is-precision-at-k", "- MAP: precision at a single cutoff, averaged", True),
    ("th-met-05", "ap-is-precision-at-k", "MAP isn't precision at a fixed cutoff.", False),
    ("th-met-05", "ap-is-precision-at-k", "AP averages the precision at the rank of each relevant item.", False),
    ("th-met-05", "ap-is-precision-at-k", "Unlike P@10, MAP rewards placing every relevant item high.", False),
    ("th-met-05", "ap-is-precision-at-k", "MAP averages AP over queries with binary relevance.", False),
    ("th-met-07", "random-split-removes-logging-bias", "since random sampling removes the selection bias", True),
    ("th-met-07", "random-split-removes-logging-bias", "a random split fixes the logging bias", True),
    ("th-met-07", "random-split-removes-logging-bias", "- random sampling kills selection bias", True),
    (
        "th-met-07",
        "random-split-removes-logging-bias",
        "A random split of the logs doesn't remove the logging bias.",
        False,
    ),
    ("th-met-07", "random-split-removes-logging-bias", "Random exploration traffic removes the selection bias.", False),
    (
        "th-met-07",
        "random-split-removes-logging-bias",
        "Randomly sampling the logs does not fix selection bias.",
        False,
    ),
    (
        "th-met-07",
        "random-split-removes-logging-bias",
        "A random held-out split still carries the current ranker's bias.",
        False,
    ),
    ("th-met-07", "ab-test-cannot-mislead", "a significant two-week result is the real long-term effect", True),
    ("th-met-07", "ab-test-cannot-mislead", "significant = the true lasting impact", True),
    (
        "th-met-07",
        "ab-test-cannot-mislead",
        "A significant two-week result may not be the real long-term effect.",
        False,
    ),
    (
        "th-met-07",
        "ab-test-cannot-mislead",
        "A significant result can still differ from the long-term effect because novelty fades.",
        False,
    ),
    (
        "th2a-int-01",
        "shap-gives-recourse",
        "raise the most negative feature by enough to cancel its contribution and the decision flips",
        True,
    ),
    (
        "th2a-int-01",
        "shap-gives-recourse",
        "SHAP shows which inputs drove the score, not what the applicant could change.",
        False,
    ),
    (
        "th2a-int-01",
        "shap-gives-recourse",
        "Recourse needs counterfactuals that respect what the applicant can actually change.",
        False,
    ),
    ("th2a-int-01", "treeshap-approximates", "For a GBM, SHAP still has to sample coalitions", True),
    ("th2a-int-01", "treeshap-approximates", "for boosted trees shap must sample coalitions", True),
    ("th2a-int-01", "treeshap-approximates", "For trees, SHAP doesn't need to sample: TreeSHAP is exact.", False),
    ("th2a-int-01", "treeshap-approximates", "For a GBM use TreeSHAP; KernelSHAP would sample coalitions.", False),
    ("th2a-int-02", "correlated-pair-unused", "the right reading is that the model just doesn't rely on either", True),
    ("th2a-int-02", "correlated-pair-unused", "We dropped them both and moved on.", True),
    ("th2a-int-02", "correlated-pair-unused", "low for both -> model doesnt use either", True),
    ("th2a-int-02", "correlated-pair-unused", "- both low: the model doesn't use either", True),
    (
        "th2a-int-02",
        "correlated-pair-unused",
        "Both look unimportant even though the model relies on their shared signal.",
        False,
    ),
    (
        "th2a-int-02",
        "correlated-pair-unused",
        "Dropping both and retraining shows how much they matter together.",
        False,
    ),
    (
        "th2a-int-02",
        "correlated-pair-unused",
        "It doesn't mean the model ignores them; each covers for the other.",
        False,
    ),
    (
        "th2a-int-02",
        "correlated-pair-unused",
        "Permute them together as a group to measure the pair's importance.",
        False,
    ),
    ("th2a-int-03", "flat-pdp-experts-wrong", "nothing else to check once the PDP is flat", True),
    (
        "th2a-int-03",
        "flat-pdp-experts-wrong",
        "A flat PDP hides more to check: look at ICE curves and interactions.",
        False,
    ),
    (
        "th2a-int-03",
        "flat-pdp-experts-wrong",
        "Check ICE curves and correlated features before concluding anything.",
        False,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        "PDP: bin the feature, average the model's predictions for the rows falling in each bin",
        True,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        "A PDP doesn't bin the feature and average predictions; it sets every row to each value.",
        False,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        "ALE bins the feature and averages local differences in predictions.",
        False,
    ),
    (
        "th2a-fair-01",
        "two-thresholds-enough-freedom",
        "then shift the thresholds together until the approval rates also match",
        True,
    ),
    ("th2a-fair-01", "two-thresholds-enough-freedom", "per-group thresholds = enough knobs to hit both", True),
    ("th2a-fair-01", "two-thresholds-enough-freedom", "- adjust thresholds jointly till everything matches", True),
    (
        "th2a-fair-01",
        "two-thresholds-enough-freedom",
        "Two thresholds aren't enough freedom: equal TPR and FPR fix the approval rates.",
        False,
    ),
    (
        "th2a-fair-01",
        "two-thresholds-enough-freedom",
        "No choice of thresholds satisfies both when base rates differ.",
        False,
    ),
    (
        "th2a-fair-01",
        "two-thresholds-enough-freedom",
        "Group thresholds can equalise TPR and FPR, but then approval rates differ.",
        False,
    ),
    ("th2a-fair-01", "two-thresholds-enough-freedom", "Only a classifier with TPR = FPR meets both.", False),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity: among approved applicants the same share repays in each group",
        True,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity means approved borrowers default equally often",
        True,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity: among applicants who would repay, the same share is approved.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity means equal TPR: qualified applicants approved at the same rate.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity conditions on repaying, not on being approved.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Among applicants who repay, approval rates are equal across groups.",
        False,
    ),
    ("th2a-fair-02", "conflict-fades-with-accuracy", "In practice the conflict goes away as models improve", True),
    ("th2a-fair-02", "conflict-fades-with-accuracy", "better features are the real fix", True),
    ("th2a-fair-02", "conflict-fades-with-accuracy", "the tension disappears as the classifier gets better", True),
    (
        "th2a-fair-02",
        "conflict-fades-with-accuracy",
        "once it's accurate enough, say AUC above 0.9, you get both",
        True,
    ),
    ("th2a-fair-02", "conflict-fades-with-accuracy", "The conflict only goes away with perfect prediction.", False),
    (
        "th2a-fair-02",
        "conflict-fades-with-accuracy",
        "Better models shrink the gap but don't remove the conflict.",
        False,
    ),
    ("th2a-fair-02", "conflict-fades-with-accuracy", "No classifier short of perfect escapes the conflict.", False),
    (
        "th2a-fair-02",
        "conflict-fades-with-accuracy",
        "Choose the criterion tied to the harm; better features won't settle it.",
        False,
    ),
    (
        "th2a-fair-05",
        "levelling-down-unavoidable",
        "any method that equalises TPR has to pull the better-served group down",
        True,
    ),
    (
        "th2a-fair-05",
        "levelling-down-unavoidable",
        "there is no real fix beyond choosing how much gap to tolerate",
        True,
    ),
    (
        "th2a-fair-05",
        "levelling-down-unavoidable",
        "Constrain each group's TPR from below rather than only the gap.",
        False,
    ),
    (
        "th2a-fair-05",
        "levelling-down-unavoidable",
        "A method that raises the lower group's TPR closes the gap without levelling down.",
        False,
    ),
    (
        "th2a-fair-05",
        "levelling-down-unavoidable",
        "Not every method that equalises TPR pulls the better group down.",
        False,
    ),
    (
        "th2a-fair-05",
        "levelling-down-unavoidable",
        "Fairness constraints usually cost some accuracy or utility.",
        False,
    ),
    ("th2b-serve-02", "gqa-cache-keeps-query-heads", "the cache still keeps K and V for all 64 query heads", True),
    ("th2b-serve-02", "gqa-cache-keeps-query-heads", "GQA: the cache still holds K/V for all query heads", True),
    (
        "th2b-serve-02",
        "gqa-cache-keeps-query-heads",
        "- gqa's a compute hack, kv cache still stores every query head",
        True,
    ),
    (
        "th2b-serve-02",
        "gqa-cache-keeps-query-heads",
        "GQA caches K and V for only 8 heads, which all 64 query heads share.",
        False,
    ),
    (
        "th2b-serve-02",
        "gqa-cache-keeps-query-heads",
        "The cache still keeps K and V, just for the 8 heads that the 64 query heads share.",
        False,
    ),
    (
        "th2b-serve-02",
        "gqa-cache-keeps-query-heads",
        "The cache still stores K and V for all layers, but only for the 8 KV heads.",
        False,
    ),
    ("th2b-serve-02", "gqa-cache-keeps-query-heads", "GQA is a memory optimisation that also speeds up decode.", False),
    (
        "th2b-serve-02",
        "gqa-cache-keeps-query-heads",
        "Without GQA the cache would keep K and V for 64 heads, 8 times more.",
        False,
    ),
    ("th2b-serve-01", "batch-32-step-32x-slower", "At batch 32 the step time rises about 32x.", True),
    ("th2b-serve-01", "batch-32-step-32x-slower", "step time grows 32x, to about 330 ms", True),
    (
        "th2b-serve-01",
        "batch-32-step-32x-slower",
        "At batch 32 the step time grows only slightly while 32 tokens come out.",
        False,
    ),
    (
        "th2b-serve-01",
        "batch-32-step-32x-slower",
        "Throughput rises roughly 30-fold; per-user speed stays near 90 tokens/s.",
        False,
    ),
    ("th2b-serve-01", "batch-32-step-32x-slower", "Step time stays near 10 ms, so throughput rises about 30x.", False),
    (
        "th2b-serve-01",
        "batch-32-step-32x-slower",
        "The step time doesn't grow 32x, since the weight read is shared.",
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        "contiuous batching = launch what arrives within a few ms",
        True,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        "New requests join at the next step, within milliseconds of arriving.",
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        "It doesn't launch a new batch from arrivals; it re-forms the batch at every decode step.",
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        "Not a timeout window but iteration-level scheduling.",
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        "Waiting requests join the running batch as soon as a slot frees up.",
        False,
    ),
    ("th2b-cap-01", "kv-200-users-27gb", "KV: 200 users × 4k tokens × 0.33 MB ≈ 27 GB", True),
    ("th2b-cap-01", "kv-200-users-27gb", "kv for everyone ~27 gigabytes", True),
    (
        "th2b-cap-01",
        "kv-200-users-27gb",
        "The KV cache is not small next to the weights: about 270 GB against 140 GB.",
        False,
    ),
    ("th2b-cap-01", "kv-200-users-27gb", "KV for 200 users is about 270 GB, more than the weights.", False),
    ("th2b-cap-01", "kv-200-users-27gb", "Weights need 140 GB and the cache about 270 GB.", False),
    ("th2b-cap-01", "kv-200-users-27gb", "The cache outgrows the weights at 200 users.", False),
    ("th2b-dec-04", "mask-cannot-cost-accuracy", "so it cant cost accuracy on the values", True),
    ("th2b-dec-04", "mask-cannot-cost-accuracy", "masking can't hurt accuracy, so look elsewhere", True),
    (
        "th2b-dec-04",
        "mask-cannot-cost-accuracy",
        "It can cost accuracy when the schema forces unlikely choices.",
        False,
    ),
    ("th2b-dec-04", "mask-cannot-cost-accuracy", "The mask can hurt accuracy by removing room to reason.", False),
    (
        "th2b-dec-04",
        "mask-cannot-cost-accuracy",
        "The drop comes from the mask forcing choices the model found unlikely.",
        False,
    ),
    (
        "th2b-dec-04",
        "mask-cannot-cost-accuracy",
        "Masking can lower accuracy; compare both configs on the eval set.",
        False,
    ),
    (
        "th2a-fair-05",
        "blind-model-closes-gap",
        "after that the model cant see group membership so the gap mostly goes away",
        True,
    ),
    ("th2a-fair-05", "blind-model-closes-gap", "once zip is gone the bias largely disappears", True),
    ("th2a-fair-05", "blind-model-closes-gap", "- drop the attribute: gap mostly vanishes", True),
    ("th2a-fair-05", "blind-model-closes-gap", "model can't see group membership, so the bias is gone", True),
    ("th2a-fair-05", "blind-model-closes-gap", "The gap rarely goes away by dropping proxies.", False),
    (
        "th2a-fair-05",
        "blind-model-closes-gap",
        "The model can still see group membership through other features, so the gap stays.",
        False,
    ),
    (
        "th2a-fair-05",
        "blind-model-closes-gap",
        "Dropping proxies alone rarely works, because information is redundant.",
        False,
    ),
    ("th2a-fair-05", "blind-model-closes-gap", "Even without the attribute, the gap often stays.", False),
    # second reader (review): must-fire rows replacing ones the narrowed cues no longer catch, then right
    # sentences that fired on the tuner's cues and must not
    ("th2b-serve-02", "kv-one-vector-per-head", "we only store one vector per KV head", True),
    ("th2b-serve-02", "kv-one-vector-per-head", "Per token and layer you store only one vector per KV head.", True),
    ("th2b-serve-02", "kv-one-vector-per-head", "one vector per KV head, no factor of 2", True),
    (
        "th2b-serve-03",
        "prompt-length-no-ttft",
        "Because prefill runs in parallel, prompt length hardly changes TTFT.",
        True,
    ),
    (
        "th2b-serve-03",
        "prompt-length-no-ttft",
        "TTFT doesn't depend on prompt length, since prefill is parallel.",
        True,
    ),
    ("th2b-dec-02", "top-p-excludes-crossing-token", "p = 0.8 drops the token that crosses it, so 0.15 is out", True),
    ("th2b-dec-02", "top-p-excludes-crossing-token", "we exclude the one crossing 0.8", True),
    ("th2b-hall-02", "raise-top-k-always-in-context", "Raising top-k guarantees the answer is in context.", True),
    (
        "th-met-02",
        "roc-balance-free-because-threshold-free",
        "ROC is immune to prevalence because it averages over thresholds.",
        True,
    ),
    (
        "th-met-03",
        "auc-implies-calibration",
        "a model that ranks that well must have roughly correct probabilities",
        True,
    ),
    (
        "th-met-04",
        "accuracy-misleads-so-log-loss",
        "We train on log loss because accuracy is misleading on imbalanced data.",
        True,
    ),
    ("th-met-07", "random-split-removes-logging-bias", "a random split of the logs removes the bias", True),
    ("th2a-fair-01", "two-thresholds-enough-freedom", "two thresholds give you enough freedom to satisfy both", True),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "among approved borrowers an equal fraction repays",
        True,
    ),
    ("th2a-fair-05", "levelling-down-unavoidable", "every constraint equalising TPR pulls the top group down", True),
    ("th2b-serve-02", "gqa-cache-keeps-query-heads", "the cache still stores KV for every query head", True),
    ("th2b-serve-01", "batch-32-step-32x-slower", "step time grows roughly 32x to about 330 ms", True),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        "Continuous batching collects requests that arrive within a few milliseconds and launches them.",
        True,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        "continuous batching grabs whatever arrives within a couple of ms",
        True,
    ),
    ("th2b-cap-01", "kv-200-users-27gb", "KV for 200 concurrent users at 0.33 MB per token comes to about 27 GB", True),
    ("th2b-dec-04", "mask-cannot-cost-accuracy", "Masking cannot reduce accuracy.", True),
    ("th2a-fair-05", "blind-model-closes-gap", "once the proxies are dropped the gap largely vanishes", True),
    ("th2b-serve-01", "decode-limited-by-attention-flops", "decode -> bound by bytes, attention flops ~ tiny", False),
    (
        "th2b-serve-01",
        "batch-32-step-32x-slower",
        "Per-user throughput stays roughly at 90 tokens/s at batch 32.",
        False,
    ),
    (
        "th2b-serve-01",
        "batch-32-step-32x-slower",
        "Each user's tokens per second stays near 90, while total throughput rises 30x.",
        False,
    ),
    (
        "th2b-serve-01",
        "batch-32-step-32x-slower",
        "A naive estimate is 32 × 10 = 330 ms per step, but the weights are shared so it's more like 12 ms.",
        False,
    ),
    (
        "th2b-serve-01",
        "batch-32-step-32x-slower",
        "It would be 330 ms if each sequence read the weights itself.",
        False,
    ),
    (
        "th2b-serve-02",
        "kv-one-vector-per-head",
        "For keys we cache one vector per head, and the same again for values.",
        False,
    ),
    (
        "th2b-serve-02",
        "kv-one-vector-per-head",
        "We store one vector per KV head for K and another for V, hence the factor 2.",
        False,
    ),
    (
        "th2b-serve-02",
        "kv-one-vector-per-head",
        "Keys alone take 262,144 bytes per token, and values the same, so 524,288 bytes.",
        False,
    ),
    ("th2b-serve-02", "kv-one-vector-per-head", "K is 164 KB per token and V another 164 KB, about 0.33 MB.", False),
    (
        "th2b-serve-02",
        "kv-one-vector-per-head",
        "Forgetting the factor 2 gives 262,144 bytes, half the right answer.",
        False,
    ),
    (
        "th2b-serve-02",
        "gqa-cache-keeps-query-heads",
        "The cache still stores all layers' K and V for 8 heads, which query heads share.",
        False,
    ),
    (
        "th2b-serve-02",
        "gqa-cache-keeps-query-heads",
        "The cache still stores K and V for the 8 KV heads, which all 64 query heads share.",
        False,
    ),
    (
        "th2b-serve-02",
        "gqa-cache-keeps-query-heads",
        "The cache still stores K and V for every layer, only for 8 heads.",
        False,
    ),
    (
        "th2b-serve-02",
        "gqa-cache-keeps-query-heads",
        "GQA is a speed trick as much as a memory one: fewer KV bytes to read each step.",
        False,
    ),
    (
        "th2b-serve-03",
        "prompt-length-no-ttft",
        "For short prompts, prompt length doesn't affect TTFT much; queueing dominates.",
        False,
    ),
    (
        "th2b-serve-03",
        "prompt-length-no-ttft",
        "Batch size and prompt length don't move TTFT equally: prompt length is the bigger lever.",
        False,
    ),
    (
        "th2b-serve-03",
        "prompt-length-no-ttft",
        "TTFT doesn't depend only on prompt length; queueing matters too.",
        False,
    ),
    ("th2b-serve-03", "prompt-length-no-ttft", "Prefill runs in parallel, but prompt length still drives TTFT.", False),
    (
        "th2b-serve-03",
        "offline-small-batches",
        "For the chat job keep batches small to protect TPOT; the overnight job can fill them.",
        False,
    ),
    (
        "th2b-serve-03",
        "offline-small-batches",
        "The interactive job must keep batches small enough to meet the TPOT target.",
        False,
    ),
    (
        "th2b-serve-03",
        "offline-small-batches",
        "The chat job optimises per-request latency; the overnight one throughput.",
        False,
    ),
    ("th2b-serve-03", "offline-small-batches", "overnight job -> big batches, chat job -> keep batches small", False),
    (
        "th2b-batch-01",
        "reserve-max-is-cheap",
        "Reserving the max wastes memory, and paged allocation costs little.",
        False,
    ),
    ("th2b-batch-01", "reserve-max-is-cheap", "Reserving the maximum leaves little room for other requests.", False),
    (
        "th2b-batch-01",
        "reserve-max-is-cheap",
        "If you reserve max_tokens up front nothing needs preemption, but you fit far fewer requests.",
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        (
            "Requests that arrive are admitted within milliseconds, at the next step, together with the running "
            "sequences."
        ),
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        (
            "Unlike dynamic batching, which launches requests arriving within a few ms together, continuous "
            "batching re-forms the batch every step."
        ),
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        "A request arriving within a few milliseconds of a step ending joins the next step.",
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        "It's not about launching requests that arrive within a few ms together; it's per-step scheduling.",
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        (
            "Dynamic batching launches requests arriving within a few milliseconds together; continuous batching "
            "goes further and re-forms the batch each step."
        ),
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-launches-arrivals-sooner",
        "In dynamic batching the scheduler collects whatever requests arrive in a window.",
        False,
    ),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        "Before paging, parallel samples each needed their own copy of the prompt KV.",
        False,
    ),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        "In a contiguous layout each sample needs its own copy of the prompt's KV; paging lets them share it.",
        False,
    ),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        "The model keeps updating the KV cache with each new token it generates.",
        False,
    ),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        "The model keeps updating keys and values for new tokens only; old ones never change.",
        False,
    ),
    (
        "th2b-paged-01",
        "prompt-kv-changes-per-sample",
        "The prefix cache differs per tenant, so only shared system prompts are reused.",
        False,
    ),
    (
        "th2b-paged-01",
        "cache-exceeds-gpu-memory",
        "When the requests' combined KV would exceed GPU memory, the scheduler preempts one.",
        False,
    ),
    (
        "th2b-paged-01",
        "cache-exceeds-gpu-memory",
        "If the total KV grows bigger than GPU memory, sequences are preempted and swapped to CPU.",
        False,
    ),
    (
        "th2b-cap-01",
        "kv-200-users-27gb",
        "With 10 replicas of 20 users each, each replica holds 20 × 4k × 0.33 MB ≈ 27 GB of KV.",
        False,
    ),
    (
        "th2b-cap-01",
        "kv-200-users-27gb",
        "Per user the KV is small next to the weights, but for 200 users it's 270 GB.",
        False,
    ),
    ("th2b-cap-01", "kv-200-users-27gb", "It's easy to drop a zero and get 27 GB, but it's 270 GB.", False),
    (
        "th2b-cap-01",
        "kv-200-users-27gb",
        "One request's KV, 1.3 GB, is tiny versus the weights; 200 of them are not.",
        False,
    ),
    (
        "th2b-cap-01",
        "kv-200-users-27gb",
        "Split over 10 replicas, 200 users means 20 per replica and about 27 GB of KV each.",
        False,
    ),
    ("th2b-dec-02", "top-p-excludes-crossing-token", "top p = keep adding while cumulative sum stays under p", False),
    (
        "th2b-dec-02",
        "top-p-excludes-crossing-token",
        "Add tokens while the running total stays below p, and include the one that crosses it.",
        False,
    ),
    (
        "th2b-dec-02",
        "top-p-excludes-crossing-token",
        "After 0.5 and 0.2 the running total stays below 0.8, so 0.15 is added too.",
        False,
    ),
    (
        "th2b-dec-02",
        "top-p-excludes-crossing-token",
        "In the same way as top-k, top-p renormalises the survivors.",
        False,
    ),
    ("th2b-dec-02", "top-p-excludes-crossing-token", "Top-p = 0.7 would give the same as top-k = 2 here.", False),
    ("th2b-dec-02", "temperature-multiplies-logits", "We scale the logits by the temperature, dividing by T.", False),
    ("th2b-dec-02", "temperature-multiplies-logits", "Temperature scales the logits by 1/T.", False),
    ("th2b-dec-02", "temperature-multiplies-logits", "T = 2 halves every logit and flattens the distribution.", False),
    ("th2b-dec-02", "temperature-multiplies-logits", "Halving all logits, which is T = 2, flattens it.", False),
    (
        "th2b-dec-02",
        "temperature-multiplies-logits",
        "Given logits z and temperature T, z' = z/T, so z = [2, 1] becomes [4, 2] at T = 0.5.",
        False,
    ),
    (
        "th2b-dec-04",
        "mask-cannot-cost-accuracy",
        "Putting a reasoning field first usually does not hurt accuracy and often recovers it.",
        False,
    ),
    ("th2b-dec-04", "mask-cannot-cost-accuracy", "A reasoning field does not hurt accuracy on the values.", False),
    (
        "th2b-dec-04",
        "mask-cannot-cost-accuracy",
        "Part of the drop may come from something else, like a prompt change, so diff the configs.",
        False,
    ),
    (
        "th2b-dec-04",
        "mask-cannot-cost-accuracy",
        "Before blaming the mask, rule out that the drop comes from something else.",
        False,
    ),
    ("th2b-dec-04", "constrained-is-validate-retry", "Without masking you'd have to backtrack and resample.", False),
    (
        "th2b-dec-04",
        "constrained-is-validate-retry",
        "Retry-based libraries backtrack and regenerate when validation fails; constrained decoding masks instead.",
        False,
    ),
    (
        "th2b-hall-01",
        "verbal-confidence-best-signal",
        "Models are calibrated in words only before preference tuning, if at all.",
        False,
    ),
    (
        "th2b-hall-01",
        "verbal-confidence-best-signal",
        "Sequence probability is noisy for long answers, so use per-claim probes or sampling consistency.",
        False,
    ),
    (
        "th2b-hall-01",
        "verbal-confidence-best-signal",
        "Sequence probability is too noisy to use on long answers, so use probes.",
        False,
    ),
    (
        "th2b-hall-02",
        "raise-top-k-always-in-context",
        "The answer should always be grounded in the retrieved context.",
        False,
    ),
    (
        "th2b-hall-02",
        "raise-top-k-always-in-context",
        "Make sure every answer always cites the retrieved passage.",
        False,
    ),
    (
        "th2b-hall-02",
        "raise-top-k-always-in-context",
        "Fixes: improve retrieval with hybrid search, reranking and a larger top-k, then add abstention.",
        False,
    ),
    (
        "th2b-hall-02",
        "raise-top-k-always-in-context",
        "Part of the fix is to increase top-k a bit for recall, plus a relevance threshold.",
        False,
    ),
    (
        "th2b-hall-02",
        "raise-top-k-always-in-context",
        "The answer always comes from the context in a faithful system.",
        False,
    ),
    (
        "th-met-02",
        "roc-balance-free-because-threshold-free",
        "ROC-AUC is threshold-free and insensitive to class balance because TPR and FPR condition on the class.",
        False,
    ),
    (
        "th-met-02",
        "roc-balance-free-because-threshold-free",
        (
            "ROC-AUC is threshold-independent, and separately it's unaffected by prevalence since TPR and FPR are "
            "per-class rates."
        ),
        False,
    ),
    (
        "th-met-03",
        "auc-implies-calibration",
        "A model that ranks well can still be far from calibrated probabilities.",
        False,
    ),
    (
        "th-met-03",
        "auc-implies-calibration",
        "A model that ranks well and has correct probabilities is what we want.",
        False,
    ),
    (
        "th-met-03",
        "auc-implies-calibration",
        "Ranking well and being calibrated are separate: the first doesn't give correct probabilities.",
        False,
    ),
    (
        "th-met-03",
        "auc-implies-calibration",
        "A model that ranks well must still be recalibrated to get correct probabilities.",
        False,
    ),
    (
        "th-met-04",
        "accuracy-misleads-so-log-loss",
        "We report PR-AUC because imbalanced data makes accuracy misleading.",
        False,
    ),
    (
        "th-met-04",
        "accuracy-misleads-so-log-loss",
        "Another reason: imbalanced data makes accuracy misleading as a report.",
        False,
    ),
    (
        "th-met-04",
        "accuracy-misleads-so-log-loss",
        "For evaluation I'd report log loss or PR-AUC because accuracy misleads on imbalanced data.",
        False,
    ),
    (
        "th-met-04",
        "accuracy-misleads-so-log-loss",
        "Log loss is also better for evaluation since accuracy misleads when classes are imbalanced.",
        False,
    ),
    (
        "th-met-04",
        "accuracy-misleads-so-log-loss",
        (
            "We train on log loss because accuracy has zero gradient, and we don't report accuracy since accuracy "
            "misleads."
        ),
        False,
    ),
    (
        "th-met-05",
        "ndcg-discount-fixes-position-bias",
        "Normalising by IDCG fixes the scale across queries, and IPS fixes position bias in clicks.",
        False,
    ),
    (
        "th-met-05",
        "ndcg-discount-fixes-position-bias",
        "DCG already weights positions, so add propensity weights to handle click bias.",
        False,
    ),
    ("th-met-05", "ap-is-precision-at-k", "AP@k: precision at each relevant rank up to a single cutoff k.", False),
    (
        "th-met-05",
        "ap-is-precision-at-k",
        "AP uses precision at the rank of each relevant item, so one cutoff doesn't define it.",
        False,
    ),
    (
        "th-met-07",
        "random-split-removes-logging-bias",
        "A randomised slice held out from the ranker removes the logging bias.",
        False,
    ),
    (
        "th-met-07",
        "random-split-removes-logging-bias",
        "Randomized exploration traffic held aside fixes the bias.",
        False,
    ),
    (
        "th-met-07",
        "ab-test-cannot-mislead",
        "Significant results from underpowered tests overstate the real long-run effect.",
        False,
    ),
    (
        "th2a-int-01",
        "shap-gives-recourse",
        "SHAP doesn't say how much change is enough to cancel a contribution.",
        False,
    ),
    (
        "th2a-int-01",
        "shap-gives-recourse",
        "SHAP can't tell you what change is enough to cancel its contribution.",
        False,
    ),
    (
        "th2a-int-01",
        "shap-gives-recourse",
        "Raising income enough to cancel its SHAP contribution need not flip the decision.",
        False,
    ),
    (
        "th2a-int-01",
        "treeshap-approximates",
        "For a GBM, Kernel SHAP must sample coalitions, while TreeSHAP is exact.",
        False,
    ),
    (
        "th2a-int-01",
        "treeshap-approximates",
        "For trees, model-agnostic SHAP still samples, which is why TreeSHAP exists.",
        False,
    ),
    (
        "th2a-int-02",
        "correlated-pair-unused",
        "It doesn't mean the model doesn't use either; each covers for the other.",
        False,
    ),
    ("th2a-int-02", "correlated-pair-unused", "Low scores don't show the model doesn't need either feature.", False),
    (
        "th2a-int-02",
        "correlated-pair-unused",
        "The right reading is not that the model doesn't use either; each covers for the other.",
        False,
    ),
    (
        "th2a-int-03",
        "flat-pdp-experts-wrong",
        "If the ICE curves are flat too and no interaction shows up, there's nothing more to check in age.",
        False,
    ),
    (
        "th2a-int-03",
        "flat-pdp-experts-wrong",
        "There's nothing more to check once the ICE curves and two-way PDPs are flat too.",
        False,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        (
            "Binning the feature and averaging the model's predictions per bin gives a marginal plot, which mixes "
            "in correlated features."
        ),
        False,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        "ALE bins the feature and averages the differences in the model's predictions.",
        False,
    ),
    (
        "th2a-fair-01",
        "two-thresholds-enough-freedom",
        "Per-group thresholds give enough freedom to match one criterion, not three.",
        False,
    ),
    (
        "th2a-fair-01",
        "two-thresholds-enough-freedom",
        "Group thresholds give you enough freedom to equalise TPR, but not both TPR and approval rates.",
        False,
    ),
    (
        "th2a-fair-01",
        "two-thresholds-enough-freedom",
        "We can adjust thresholds until the TPRs match, which gives equal opportunity.",
        False,
    ),
    (
        "th2a-fair-01",
        "two-thresholds-enough-freedom",
        "Moving thresholds until approval rates match gives demographic parity but breaks equal TPR.",
        False,
    ),
    (
        "th2a-fair-01",
        "two-thresholds-enough-freedom",
        "Shift the thresholds until approval rates match if parity is the chosen criterion.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity: approved at the same share among those who repay.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity: approved rates for people who repay are the same across groups.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity: approve people who would repay at the same rate across groups.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity: approve applicants who would repay at the same rate in every group.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity: the approval rate among people who would repay is the same in every group.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-predictive-parity",
        "Equal opportunity approves the same fraction of repayers in each group.",
        False,
    ),
    (
        "th2a-fair-02",
        "conflict-fades-with-accuracy",
        "Better data is the real fix for the gap in the lower group, but it won't remove the conflict.",
        False,
    ),
    (
        "th2a-fair-05",
        "levelling-down-unavoidable",
        "Any constraint that equalises TPR can be met by lowering the top group, which is levelling down.",
        False,
    ),
    (
        "th2a-fair-05",
        "levelling-down-unavoidable",
        "Any method that equalises TPR might lower the better group's TPR; prefer a floor.",
        False,
    ),
    (
        "th2a-fair-05",
        "levelling-down-unavoidable",
        "There's no real fix other than better data for the lower group.",
        False,
    ),
    (
        "th2a-fair-05",
        "levelling-down-unavoidable",
        "A small drop in overall accuracy is simply the price of a fairness constraint.",
        False,
    ),
    ("th2a-fair-05", "blind-model-closes-gap", "Even if the model can't see group membership, the gap stays.", False),
    (
        "th2a-fair-05",
        "blind-model-closes-gap",
        "When we raised the floor with better features, the gap mostly disappeared.",
        False,
    ),
    (
        "th2a-fair-05",
        "blind-model-closes-gap",
        "After reweighting, the gap largely vanished on the validation set, but we checked per-group TPRs.",
        False,
    ),
    ("th2a-fair-05", "blind-model-closes-gap", "Removing proxies, the gap mostly stays.", False),
    # th-met-07 follow-up: the full grader gave these right sentences a false Careful through the older
    # logs-favour-novel cue "logging|logs not bias*" (rv2), narrowed to "=logging|logs|policy not bias*|biased|skew*"
    ("th-met-07", "logs-favour-novel", "A random split of the logs doesn't remove the logging bias.", False),
    ("th-met-07", "logs-favour-novel", "Randomly sampling the logs does not fix selection bias.", False),
]

CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), (WIDENED, 1, 1)],
    cue_cap=TOUCHED,
    right_texts={p for p, _, _, _ in CASES},
    added=[ADDED],
)
