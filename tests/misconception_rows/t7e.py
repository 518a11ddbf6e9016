"""The seventh pass, group E: the LLM serving, decoding and hallucination prompts, the evaluation-metric prompts
and the interpretability and fairness prompts of ``tests/labelled/dumps/t7_E_prompts.yaml``.

Wrong and right answers were written blind from the dump (``tests/labelled/wrong_t7_E.yaml``), then the cues were
tuned on them: a right answer that drew a "Careful" (th2b-cap-01, "I would not just say FP8 is lossless": "not
just" is no negation) narrowed its cue and stays here as a row that must not fire; every wrong answer no
misconception of its key point caught widened a cue of a misconception with the same belief or added a new one.
Each row set has the wrong sentence from the answer, paraphrases in other registers, and right sentences with the
same words that must not fire. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from tests.misconception_support import Checks

#: misconceptions this pass added, with their cues
ADDED: dict[tuple[str, str], list[str]] = {
    ("th2b-serve-01", "prefill-compute-from-quadratic-attention"): [
        "=prefill compute bound|limited because|since|due attention|quadratic*",
        "quadratic*|n2|squared attention|score* saturat*|makes|why prefill|compute",
        "=prefill compute bound|limited|heavy quadratic*|n2|squared attention",
        ("=prefill compute bound|limited|heavy|intensive since|because|due|bc self|attention"),
        ("attention|attn cost|compute|flops grows|scales|is quadratic* prefill compute bound|limited"),
    ],
    ("th2b-serve-01", "weights-stay-on-chip"): [
        "weights stay|remain|kept|resident|cached l2|sram|chip|smem",
        "=weights stay|remain resident|cached",
        "=decode memory|bandwidth bound|limited because|since|due kv|cache",
        "=weights already|stay|stays|remain|kept|resident cache|cached|chip|sram|l2",
        ("=decode memory|bandwidth bound|limited because|since|due|bc reading|read kv|cache"),
    ],
    ("th2b-serve-02", "fp16-one-byte-per-param"): [
        "=7b weights|model|params fp16|16 7 gb|gigabytes",
        "=fp16 approxim* 7 gb",
        "=7 gb fp16|half",
        "=fp16 weights approxim* 7 gb",
        "7b model|weights|params 7 gb half|fp16|16",
    ],
    ("th2b-serve-03", "ttft-tpot-drivers-swapped"): [
        "=batch size drives|determines|sets|controls ttft|first",
        "=prompt length|prompts mostly|drives|affects|hits|shows tpot|itl|inter",
        "=batch size drives|determines|sets|controls time first",
        ("ttft mostly|mainly|largely|depends|driven|determined|dominated batch size tpot|itl prompt"),
        "=batch size ttft",
    ],
    ("th2b-batch-01", "continuous-is-time-window"): [
        "=continuous batching wait*|waits|collect*|gather* few|ms|milliseconds|window|timeout|up|short|small",
        "window|timeout launch*|run*|send* together|batch end|completion",
        ("collect*|gather*|group* requests arriv*|arriving window|timeout launch*|run*|send*|together"),
        "=continuous batching|batch dynamic batching",
        "=batch|batches every|each few ms|milliseconds",
    ],
    ("th2b-batch-01", "spike-from-long-decode"): [
        "=spike*|slowdown*|culprit|come*|comes 30k|long request|document|doc decod*",
        "=read*|reads 30k|long token|tokens kv|cache",
        "prefill one-time|once|one-off cost|not hurt*|problem|culprit|cause",
        "every|each|all|everyone* decode step|steps slower|slow because|since|as its kv|cache",
        "=spike|spikes attention|attending over|on long|30k",
    ],
    ("th2b-cap-01", "kv-cache-negligible"): [
        "=kv|cache negligible|insignificant",
        "kv|cache few|couple gb 200|users|all",
        "=weights decide|determine|dominate|set gpu|gpus count|number",
        "kv|cache small|negligible|tiny compared|relative",
        "cache only|just few|couple gb",
    ],
    ("th2b-cap-01", "size-decode-by-flops"): [
        "size*|sizing gpus|gpu|fleet|replicas|capacity|decode flops|tflops",
        "gpu count|number weights kv memory only|alone",
        "=decode|decoding not constraint|bottleneck|limit*|problem|issue",
    ],
    ("th2b-dec-03", "loops-from-sampling-noise"): [
        ("loops|loop*|looping|repetition come*|caused|from sampling|random* noise|randomness|sampling"),
        "=high|higher temperature causes|cause*|creates loops|looping|repetition",
        ("greedy|temperature|temp 0|zero|near|low remov*|stop*|fix*|avoid* repeat*|looping|loops|loop"),
        ("=loop*|looping|loops|repetition sampling|sampl* random*|noise|artifact*|artefact*"),
        "loop*|loops|repetition because|caused temperature|temp high|too",
    ],
    ("th2b-hall-01", "false-data-causes-hallucination"): [
        (
            "misinformation|falsehoods|false|garbage|wrong|incorrect training|corpus|data"
            " main|primary|root|biggest|chief|dominant cause*|source|reason|driver"
        ),
        ("hallucinat* come*|caused|from false|wrong|incorrect|misinformation information|data|facts|statements"),
        ("clean*|cleaning|cleaner corpus|data stop*|fix*|eliminat*|prevent*|remov*|end* hallucinat*|making|up"),
        "model reproduc*|repeat*|copies|parrot* misinformation|falsehoods|false|wrong",
        ("hallucinat* because|since internet|web|corpus|data wrong|false|misinformation|incorrect|errors|garbage"),
    ],
    ("th-met-04", "log-loss-convex-everywhere"): [
        "log loss|cross entropy convex neural|networks|nets|deep|any|every|all",
        "=convex any|every|all|even classifier*|model*|network*|nets|deep|neural",
        "guarantee*|guaranteed global optimum|minimum|optima|minima",
        "=neural|deep networks|nets convex",
    ],
    ("th-met-05", "ndcg-divides-by-k"): [
        "=normaliz*|normalis*|divid*|divides k|cutoff",
        "=average|mean gain per slot|position|rank",
        "=divid*|divides dcg k|cutoff",
        "=dcg k k",
        "=normaliz*|normalis*|divid* dcg number|count",
    ],
    ("th-met-07", "ab-test-cannot-mislead"): [
        "ab|online|experiment|test|tests not mislead*",
        "significan* test|result|ab|b|causal ground|label|truth",
        "significan* result|ab|b|test truth|label long|true",
        "significan* long term|long-term effect|effects proven|proved|guaranteed|settled",
    ],
    ("th-met-07", "more-logs-remove-bias"): [
        "bias averag*|averages|averaged out|away",
        "more|longer|months logs|data fix*|fixes|remov*|solv*|averag* bias",
        "=fix*|fixed|solution scale|more|longer logs|data|window",
    ],
    ("th2a-int-02", "impurity-fixes-correlation"): [
        "=fix*|solution|answer switch*|use|move* impurity|mdi|gini",
        "impurity|mdi|gini correlation|correlated not hide*|affect*|matter*|fool*|mask*",
        ("impurity|mdi|gini not fool*|affect*|hurt*|bothered|confused correlat*|correlation"),
    ],
    ("th2a-int-03", "pdp-averages-within-bins"): [
        "pdp|partial|dependence average*|mean predictions per|each|within bin|bucket|group",
        "bin*|group* data|rows feature|value average*|mean predictions per|each|within",
        ("mean|average f rows|observations with|where|having x|feature|value approxim*|near|close|equal"),
        "=average*|mean prediction|predictions|pred|score bin|bucket",
    ],
    ("th2a-fair-04", "unawareness-audit-unneeded"): [
        ("unawareness strongest|best|guarantee*|enough|works|fair|safe|unnecessary|redundant"),
        "strongest|best guarantee* unawareness",
        "=model not use* strongest|guarantee*",
        ("model not see*|sees|use* race|attribute|gender|protected not biased|discriminat*|unfair"),
        "=fair|unbiased construction|definition|design",
    ],
    ("th2a-fair-05", "parity-lifts-the-lower-group"): [
        "=nobody|noone made|worse worse|off",
        "=no one made|worse worse|off",
        (
            "gap closing|closed|0|zero|closes means|implies lower|worse|disadvantaged group*"
            " tpr|rate rises|rise|improv*|raised|up"
        ),
        (
            "closing|close|closed|closes gap|gaps means|implies lower|worse|disadvantaged"
            " group* rises|rise|improv*|raised|up|increas*|gains|catches"
        ),
        "cost* none|nothing|zero if|when model good|accurate|strong",
    ],
    ("th2b-serve-01", "bandwidth-not-summed"): [
        "=decode|decoding|token takes|needs|is 42 ms|milliseconds",
        "=24 tokens|tok|tps",
        "=23 tokens|tok|tps",
        "=3 35 tb s 42",
    ],
    ("th2b-cap-01", "fp16-70gb-one-gpu"): [
        "=70b fp16|16 70 gb|gigabytes",
        "=70 gb fp16|half|bf16",
        "fp16|bf16|half fits|fit one|single gpu|h100|card|a100",
        "=70b weights|model|params 70 gb|gigabytes fp16|16|half|bf16",
    ],
    ("th2a-int-03", "flat-pdp-experts-wrong"): [
        "flat pdp|partial|dependence feature|age irrelevant|useless|unimportant|ignored",
        "pdp|plot|model|trust experts|expert wrong|mistaken",
        "pdp|partial|dependence flat drop*|remove*|irrelevant|useless|unimportant|ignor*",
    ],
    ("th2a-fair-02", "lever-is-free"): [
        "=nothing|no else|other changes|breaks|moves",
        ("equalis*|equaliz*|equal fpr|fprs keep*|keeping|preserv*|maintain* calibration|ppv|fnr|calibrated"),
        "threshold* fix*|equalis*|equaliz* fpr|fprs without|no cost|side|breaking|trade",
    ],
    ("th-met-03", "calibrate-on-training-data"): [
        ("=fit|fitting|fitted|train platt|isotonic|calibrator|calibration|recalibration training|train data|set"),
        (
            "=fit|fitting|fitted platt|isotonic|calibrator|calibration"
            " scaling|regression|map|model training|train data|set"
        ),
        "=recalibrat*|calibrat* training|train data|set",
        "=platt|isotonic|calibrator scaling|regression fit|fitted training|train",
    ],
    ("th2a-int-01", "lime-is-global"): [
        "lime global*|globally",
        "lime explains|explain|describes whole|entire model",
        "lime overall|global feature importance*|importances",
    ],
    ("th2b-batch-01", "long-prompt-only-own"): [
        ("long|big|large|huge prompt*|prefill*|document*|request only affect*|delay*|slow*|hurt* own|itself|its|one"),
        "=prefill only|just delays|slows|affects own|itself|its",
    ],
    ("th2b-serve-01", "prefill-generates-output"): [
        ("prefill generat*|produc*|outputs|emits all|whole|entire|every output|response|answer|tokens"),
        ("all|whole|entire output|response|answer tokens generated|produced parallel|once|prefill"),
        "=decode processes|encodes prompt|input",
    ],
    ("th2a-fair-05", "in-processing-guarantees-fairness"): [
        (
            "debiasing|processing|inprocessing|constraint|penalty"
            " guarantee*|ensures|removes|eliminates all bias|fairness|unfairness"
        ),
        "=adversary|adversarial|debiasing removes|eliminates|erases all bias",
        "debiasing|processing|inprocessing|constraint|penalty guarantee*|guarantees fair|fairness|unbiased",
    ],
    ("th-met-03", "isotonic-needs-less-data"): [
        "=isotonic needs|requires|uses less|fewer data|samples|examples|points",
        "isotonic less|fewer data|samples|examples than platt",
        "=platt needs|requires more data|samples|examples",
    ],
    ("th2a-int-02", "permutation-retrains"): [
        "=permutation importance retrain*|refit*",
        "=permutation importance requires|needs|means retrain*|refit*|retraining",
        "=permut*|shuffl* feature|column retrain*|refit*",
        "permutation importance drop*|drops|removes|remove feature|column retrain*|refit*",
    ],
    ("th2b-hall-02", "rag-eliminates-hallucination"): [
        ("rag|retrieval|grounding|grounded eliminates|removes|prevents|solves|stops|fixes|ends hallucinat*"),
        "=grounded|rag models|systems|answers|model|system not hallucinat*",
    ],
    ("th2a-int-01", "shap-always-exact"): [
        "=shap|shapley|values exact any|every|all model*|models|black",
        "=shap|shapley always exact",
        "=shap|shapley values|value always exact",
    ],
}

#: misconceptions whose cues this pass widened or narrowed, with their cues now
WIDENED: dict[tuple[str, str], list[str]] = {
    ("th2b-serve-02", "gqa-only-saves-compute"): [
        "=gqa|mqa|grouped|attention only reduc*|save*|cut*|affect*|speed* compute|flops|speed|attention|query|increas*",
        "gqa|mqa not shrink|reduc*|change*|affect*|save* kv|cache|memory",
        "=70b needs|has larger|bigger|more kv|cache",
        "=70b kv|cache larger|bigger",
        ("gqa|mqa only group*|share*|affect* query|queries computation|compute|flops|projection*"),
    ],
    ("th2b-paged-01", "paging-is-cpu-offload"): [
        "paged|paging|pagedattention means offload*|swap*",
        "paged attention moves cache cpu",
        "pagedattention pages|moves cache out|cpu",
        "cache|kv lives|sits|resides cpu|host|ram",
        "pages|blocks moved|copied|loaded|brought onto|into gpu only|needed|active",
    ],
    ("th2b-dec-02", "temperature-direction"): [
        "above 1 sharpen*|sharper below 1 flatten*|flatter",
        "higher temperature sharpen*|sharper lower flatten*|flatter",
        "=t|temp|temperature below|under|less 1 flatten*|flatter|spread*|random*",
        "=t|temp|temperature 0 5 spreads|spread|flatten*|flatter|evens",
        (
            "=lower|low|smaller temperature|temp makes|make"
            " distribution|probabilities|output|sampling flatter|flatten*|uniform|random*"
        ),
    ],
    ("th2b-dec-02", "top-p-stops-below"): [
        "=top p 0 8 keeps|keep|leaves two|2 tokens",
        "top p only 0 5 0 2",
        "=top p two|2 tokens",
        "cumul* stay*|remain* below|under 0 8",
        "=same top k 0|2|two|k 2|two|5",
    ],
    ("th2b-dec-03", "code-fix-more-randomness"): [
        "=raise|increase|higher temperature|temp fix*|solv*",
        "=no repeat n gram constraint|blocking fix*|solv*|help*",
        "=use|add|apply no repeat n|ngram gram constraint code",
        "=cleaner|better|safer|nicer hard rule|ban",
        "swap*|replace*|switch* penalty gram|ngram block*|ban|constraint|rule",
    ],
    ("th2b-dec-04", "constraint-cannot-hurt-accuracy"): [
        ("=constrain*|strict|mask* not|never affect*|change*|hurt*|lower* accuracy|content|answers|extract*|output*"),
        ("constrain*|strict|schema|mask* only affect*|change*|touch* format|form|syntax|structure"),
        "drop|decrease must|probably noise|bug",
        "=model still picks|chooses|outputs|gives|produces same values|answers|value|answer",
        ("mask*|masking|constrain*|strict|it not change*|affect*|hurt*|alter* answers|values|content|accuracy"),
    ],
    ("th2b-hall-01", "benchmarks-reward-abstaining"): [
        ("=benchmarks|raters|rlhf|graders reward*|favo*|prefer* abstain*|abstention|hedging|uncertainty|idk"),
        "=finetune|sft new facts|knowledge reduc*|prevent*|fix* hallucinat*",
        ("=rlhf|preference|tuning|finetuning teach*|trains model|models abstain*|hedge*|admit*"),
        "rlhf|preference|tuning teach*|trains model say|saying idk|unsure|uncertain",
        "=rlhf|preference|chat|instruct|tuned model better|more calibrated",
    ],
    ("th2b-hall-02", "citations-prove-grounding"): [
        "citations prove|mean|guarantee grounded|correct|supported",
        "cited means supported|grounded",
        "citation* equals|means|implies grounded|grounding|faithful",
        (
            "cit*|citation*|sources|references verif*|guarantee*|ensur*|confirm*|prove*"
            " answer|claim*|correct*|faithful*|grounded"
        ),
        (
            "cites|cited|citing|citation doc*|passage*|source|means sentence|claim|answer"
            " generated|came|comes|taken|copied"
        ),
    ],
    ("th2b-hall-02", "faithfulness-is-recall"): [
        ("faithfulness|groundedness against|vs|using|compar*|match* reference|gold|label|truth answer*"),
        "=faithfulness|groundedness recall|retrieval",
        "faithfulness|groundedness equals|means|same retrieval|recall",
        "answer match*|matches|equals reference|gold faithful*",
        ("faithfulness|groundedness close*|closeness|similar*|similarity|overlap answer|reference|gold"),
    ],
    ("th2b-cap-01", "fp8-free-or-useless"): [
        ("fp8 lossless|free|identical|costless quantis*|quantiz*|switch*|ship*|use|take|buy|deploy|skip|turn"),
        ("=fp8 completely|totally|perfectly|fully|entirely|guaranteed lossless|free|costless|identical"),
        "=fp8 no quality loss|drop|impact|degradation",
        "fp8 only help*|speed*|accelerat* compute|prefill|matmul*",
        "=fp8 not help*|speed* decod*|memory",
    ],
    ("th-met-02", "pr-baseline-half"): [
        "pr auc random 0.5",
        "worse random|chance",
        "random|chance|baseline pr auc 0 5",
        "random|chance baseline 0 5 both|curves|either|each",
        "pr|18 worse|below coin|coinflip|flip",
    ],
    ("th-met-02", "auc-is-accuracy"): [
        ("classif*|predict*|meant|means|mean 97 percent transactions|cases|examples correct*|right"),
        ("mean* 97 percent transactions|cases|examples|predictions classif*|label* correct*|right"),
        "auc|roc same|equal*|similar accuracy",
        "auc|roc probability|chance classif*|prediction* correct*|right",
        "97 percent accuracy|accurate",
    ],
    ("th-met-03", "weights-keep-probabilities"): [
        "resampl*|weights|weighting not affect*|distort*|change* probab*",
        "resampl*|weights|weighting keep*|keeps|preserv* calibrat*|probab*",
        "overfit* pull*|push*|move* scores|probab* middle|center|centre",
        "drift not affect*|change* calibration",
        "=fix*|fixes retrain* oversampl*|resampl*|reweight*|upweight*",
    ],
    ("th-met-04", "log-loss-bounded"): [
        "log loss bounded|capped|limited",
        "penalty capped|bounded log",
        "log loss caps|limits penalty",
        (
            "penalty|cost wrong|confident|bad|incorrect|mistaken"
            " prediction*|answer*|guess*|miss* capped|bounded|limited|finite|maxes"
        ),
        "=l|loss|penalty between|from 0 1",
    ],
    ("th-met-05", "ndcg-map-swapped"): [
        "=binary relevance|labels use*|prefer*|choose* ndcg",
        "graded relevance|labels prefer*|use*|choose* map|ap",
        "=mrr every|all relevant",
        "=ndcg binary|binary",
        "=prefer*|use|choose map|ap when labels|relevance graded|grades",
    ],
    ("th2a-int-02", "training-data-fine"): [
        "=train* data|set|rows fine|ok|okay model saw|learned",
        ("=train* data|set|rows better|preferred|best held*|holdout|heldout|validation|test"),
        "=train* data|set since|because model learned",
        "=compute|calculat*|run|importance train* data|set because|since|more",
        "=held|heldout|holdout|validation|test only|just adds|add noise|sampling",
    ],
    ("th2a-int-03", "flat-pdp-irrelevant"): [
        "flat pdp|partial dependence feature irrelevant|useless|unimportant",
        "flat pdp proves irrelevant|unimportant",
        "flat partial dependence means|proves unimportant|irrelevant",
        "pdp|partial|dependence flat drop*|remove*|irrelevant|useless|unimportant",
        "flat pdp|partial|dependence model|it ignor*|unused",
    ],
    ("th2a-fair-01", "equal-opportunity-is-parity"): [
        (
            "=equal|eq opportunity mean*|requir*|is|ask*|asks|want*|demand* equal|same"
            " fpr|fprs|false-positive|precision|ppv"
        ),
        "=equal|eq opportunity equal|same fpr|fprs|false-positive|precision|ppv",
        "=equal|eq opportunity mean*|requir* every|all group*",
        "=equal|eq opportunity equal|same approval|acceptance rate*|rates across|between|every|all|both|group*",
        (
            "=equal|eq opportunity mean*|requir*|ask*|asks|want*|demand* equal|same approval|acceptance"
            " rate*|rates across|between|every|all|both|group*"
        ),
    ],
    ("th2a-fair-01", "both-achievable"): [
        "=yes satisf*|achiev*|meet*|both",
        "tune|tuning|tuned threshold* satisf*|achiev*|meet* both",
        "=good|better|accurate enough classifier|model satisf*|achiev*|meet*",
        "=equali* odds implies|guarantees|gives|entails parity|demographic",
        "=tpr fpr means|implies|guarantee*|guarantees equal|same approval rate*",
    ],
    ("th2a-fair-02", "satisfy-all-with-data"): [
        "good|better|accurate model satisf* all",
        "enough|more data satisf* all",
        "enough data satisfy all",
        (
            "good|better|accurate model|classifier satisf*|achiev*|meet*"
            " all|every|both|calibration fairness|criteria|metrics|three|equal"
        ),
        ("more data|enough|larger data|training fix*|solv*|resolv*|remov* conflict|tradeoff|trade"),
    ],
    ("th2a-fair-02", "compas-miscalibrated"): [
        "compas miscalibrat*|uncalibrated",
        "compas not calibrat*",
        "compas equal|same fpr|fprs|false-positive",
        "=compas calibration|calibrated differ*|unequal|failed|broken",
        "propublica show*|showed|found|proved score|compas|it not calibrat*",
    ],
    ("th2a-fair-04", "proxies-are-substitutes"): [
        ("early|proxy|proxies|payment* perfect|exact|safe|good substitute*|stand|replacement|equivalent"),
        "proxy|proxies same|equivalent|identical final|real outcome*|default*|label*",
        "=proxies|proxy fine|enough|sufficient use",
        "not need* validat*|check*|verif*",
        "=payment|proxy|same event|same everyone|everybody",
    ],
    ("th2a-fair-05", "dropping-proxies-fixes"): [
        "drop*|remov* proxies|zip removes|fixes|eliminates|closes bias|gap|gaps|disparit*",
        "removing zip code fixes|removes bias",
        "drop* zip code removes bias",
        ("drop*|remov*|exclud* zip|postcode|proxies|proxy|race|gender unbiased|fair|fixed|solved|debiased"),
        "without proxies|zip|race|gender model|bias fair|gone|unbiased|fixed",
    ],
    ("th-met-03", "overall-means-segments"): [
        "overall calibration implies|means|guarantees segment*",
        "fine|good overall fine|good segments|subgroups",
        (
            "if|since|once|when fine|good|calibrated whole|overall|full|entire"
            " fine|good|calibrated every|all|any segment*|subgroup*|slice*"
        ),
        "calibrat* fine|good|ok overall every|all|each segment*|subgroup*|slice*",
    ],
    ("th-met-04", "loss-accuracy-contradiction"): [
        "loss accuracy impossible|contradict*|inconsistent",
        "loss rising accuracy bug",
        "cannot both|can't both happen|true",
        "loss rises|rising|increases|up accuracy must|should fall*|drop*|decrease*",
    ],
    ("th2b-hall-01", "hallucinations-are-consistent"): [
        "=hallucinat* consistent*|stable|same|agree",
        "=hallucinat* facts|answers|details consistent*|stable|same",
        "consisten*|agreement|agree proves|guarantees|must correct*|true|truth|right",
        "=known facts|answers vary|differ between|across samples",
        ("same answer*|answers every|each|all time|sample* must|guarantee*|proves correct*|true|right"),
    ],
    ("th-met-02", "low-fpr-few-alarms"): [
        "low|small fpr mean*|means few|reduc*|little false positive",
        "=fpr divid* number|count|total positives|frauds",
        "roc account*|reflect*|captur* imbalance",
        "roc|roc_auc sensitive|affected|depends imbalance|prevalence|balance",
    ],
}

CASES: list[tuple[str, str, str, bool]] = [
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        (
            "Prefill is compute-bound because attention is quadratic in the prompt length, so"
            " the n-squared score matrix is what saturates the tensor cores."
        ),
        True,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        "- prefill: compute bound bc attention is O(n^2) in prompt length",
        True,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        "The quadratic attention over the prompt is why prefill is compute-bound.",
        True,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        "prefill = compute-bound due to quadratic attention cost",
        True,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        ("Because attention cost grows quadratically with prompt length, prefill ends up compute bound."),
        True,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        "prefill is compute-heavy since self-attention is O(n^2) over the prompt",
        True,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        (
            "Prefill is compute-bound because each weight is reused for every prompt token;"
            " attention adds a quadratic term only for long prompts."
        ),
        False,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        (
            "It is not the quadratic attention that makes prefill compute-bound, it is"
            " reusing each weight across all prompt tokens."
        ),
        False,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        "Attention compute during prefill grows with the square of the length.",
        False,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        (
            "Prefill is compute-bound: matrix-matrix work, high arithmetic intensity, and"
            " attention grows quadratically with length too."
        ),
        False,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        ("Attention is quadratic, but prefill is compute-bound because every weight is reused for all prompt tokens."),
        False,
    ),
    (
        "th2b-serve-01",
        "prefill-compute-from-quadratic-attention",
        "Attention grows quadratically with prompt length, which adds to prefill compute.",
        False,
    ),
    (
        "th2b-serve-01",
        "weights-stay-on-chip",
        (
            "decode memory-bound bc of the KV cache reads; the weights stay resident in"
            " L2/SRAM after the first step so they cost nothing"
        ),
        True,
    ),
    (
        "th2b-serve-01",
        "weights-stay-on-chip",
        ("Decode is memory-bound because of the KV cache; the weights are cached on chip after the first step."),
        True,
    ),
    (
        "th2b-serve-01",
        "weights-stay-on-chip",
        ("the weights stay in SRAM between decode steps, only the KV cache has to come from HBM"),
        True,
    ),
    ("th2b-serve-01", "weights-stay-on-chip", "Decode is memory bound due to KV cache reads, not weights.", True),
    (
        "th2b-serve-01",
        "weights-stay-on-chip",
        ("after the first token the weights are already in cache, so decode only waits on KV cache reads"),
        True,
    ),
    (
        "th2b-serve-01",
        "weights-stay-on-chip",
        "Decode is bandwidth-bound because of reading the KV cache each step.",
        True,
    ),
    (
        "th2b-serve-01",
        "weights-stay-on-chip",
        ("Decode is memory-bound because each step reads all the weights and the KV cache from HBM."),
        False,
    ),
    (
        "th2b-serve-01",
        "weights-stay-on-chip",
        ("The weights cannot stay on chip: 140 GB against tens of MB of L2, so every step streams them from HBM."),
        False,
    ),
    (
        "th2b-serve-01",
        "weights-stay-on-chip",
        ("Each decode step reads every weight from memory, about 2 FLOPs per weight, plus the KV cache."),
        False,
    ),
    ("th2b-serve-01", "weights-stay-on-chip", "KV cache reads add to the weight reads as the context grows.", False),
    (
        "th2b-serve-01",
        "weights-stay-on-chip",
        "The weights remain in HBM and are streamed every step, along with the KV cache.",
        False,
    ),
    (
        "th2b-serve-01",
        "weights-stay-on-chip",
        "Decode is bandwidth-bound because of reading all the weights each step.",
        False,
    ),
    (
        "th2b-serve-02",
        "gqa-only-saves-compute",
        (
            "For the 70B, GQA only groups the query computation; every query head still keeps"
            " its own keys and values in the cache, so count all 64 heads: about 2.6 MB per"
            " token, 10 GB per 4k request."
        ),
        True,
    ),
    (
        "th2b-serve-02",
        "gqa-only-saves-compute",
        "GQA only shares the query projections; the KV cache keeps every head.",
        True,
    ),
    ("th2b-serve-02", "gqa-only-saves-compute", "- GQA: only affects query compute, cache unchanged", True),
    (
        "th2b-serve-02",
        "gqa-only-saves-compute",
        "grouped-query attention only saves compute, memory is the same as MHA",
        True,
    ),
    ("th2b-serve-02", "gqa-only-saves-compute", "GQA only speeds up attention, the KV cache is the same size", True),
    (
        "th2b-serve-02",
        "gqa-only-saves-compute",
        "GQA groups query heads so that 8 KV heads serve all 64 of them.",
        False,
    ),
    (
        "th2b-serve-02",
        "gqa-only-saves-compute",
        ("GQA shares keys and values across groups of query heads, so the cache shrinks 8x."),
        False,
    ),
    ("th2b-serve-02", "gqa-only-saves-compute", "With 64 full KV heads it would be 8 times more.", False),
    (
        "th2b-serve-02",
        "gqa-only-saves-compute",
        "Grouped-query attention saves KV memory: only 8 KV heads are cached.",
        False,
    ),
    ("th2b-serve-02", "gqa-only-saves-compute", "GQA speeds up decode because the KV cache is 8 times smaller.", False),
    (
        "th2b-serve-02",
        "fp16-one-byte-per-param",
        "7B weights in fp16 are ~7 GB, leaves ~70 GB, so ~35 requests of 4k fit.",
        True,
    ),
    (
        "th2b-serve-02",
        "fp16-one-byte-per-param",
        "The 7B model is 7 GB of fp16 weights, so about 73 GB are left for the cache.",
        True,
    ),
    ("th2b-serve-02", "fp16-one-byte-per-param", "fp16 weights ≈ 7 GB for the 7B model", True),
    ("th2b-serve-02", "fp16-one-byte-per-param", "weights for the 7B model are about 7 GB in half precision", True),
    ("th2b-serve-02", "fp16-one-byte-per-param", "7B weights take 14 GB in fp16, or 7 GB in int8.", False),
    (
        "th2b-serve-02",
        "fp16-one-byte-per-param",
        "80 GB minus 14 GB of weights leaves about 60 GB, about 30 requests.",
        False,
    ),
    (
        "th2b-serve-02",
        "fp16-one-byte-per-param",
        "In fp16 the 7B weights are 14 GB; 8-bit quantisation would make them 7 GB.",
        False,
    ),
    ("th2b-serve-02", "fp16-one-byte-per-param", "int8 weights for 7B are 7 GB.", False),
    ("th2b-serve-02", "fp16-one-byte-per-param", "The 7B model is 14 GB in fp16, 7 GB in int8.", False),
    (
        "th2b-serve-03",
        "ttft-tpot-drivers-swapped",
        "- batch size is what drives TTFT: bigger batch -> longer first token",
        True,
    ),
    ("th2b-serve-03", "ttft-tpot-drivers-swapped", "Batch size determines TTFT while prompt length drives TPOT.", True),
    ("th2b-serve-03", "ttft-tpot-drivers-swapped", "prompt length affects TPOT, not TTFT", True),
    (
        "th2b-serve-03",
        "ttft-tpot-drivers-swapped",
        "TTFT mostly depends on the batch size, TPOT on the prompt length",
        True,
    ),
    ("th2b-serve-03", "ttft-tpot-drivers-swapped", "batch size -> TTFT; prompt length -> TPOT", True),
    ("th2b-serve-03", "ttft-tpot-drivers-swapped", "batch size determines time to first token", True),
    (
        "th2b-serve-03",
        "ttft-tpot-drivers-swapped",
        (
            "TTFT is queueing plus prefill, so it grows with prompt length and load; TPOT"
            " grows with batch size and context length."
        ),
        False,
    ),
    (
        "th2b-serve-03",
        "ttft-tpot-drivers-swapped",
        "Prompt length drives TTFT, batch size and context drive TPOT.",
        False,
    ),
    ("th2b-serve-03", "ttft-tpot-drivers-swapped", "Bigger batches raise TPOT and throughput together.", False),
    (
        "th2b-serve-03",
        "ttft-tpot-drivers-swapped",
        "Long prompts raise TTFT and, through interference, other users' TPOT.",
        False,
    ),
    ("th2b-serve-03", "ttft-tpot-drivers-swapped", "Prefill is not negligible: a long prompt raises TTFT.", False),
    ("th2b-serve-03", "ttft-tpot-drivers-swapped", "TTFT depends on prompt length, TPOT on batch size.", False),
    ("th2b-serve-03", "ttft-tpot-drivers-swapped", "Batch size raises TPOT; prompt length raises TTFT.", False),
    ("th2b-serve-03", "ttft-tpot-drivers-swapped", "Batch size determines time per output token.", False),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        (
            "continous batching fixes it by not waiting for a full batch: the server collects"
            " whatever requests arrive in a few ms window and launches them together, then"
            " runs that batch to the end."
        ),
        True,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        ("Continuous batching groups requests that arrive within a 5 ms timeout and runs them as one batch."),
        True,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        ("- continuous = collect requests for a short window, then run the batch to completion"),
        True,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        "It gathers requests arriving in a small window and launches them together.",
        True,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        ("continuous batching = dynamic batching: wait up to 10 ms to fill a batch, then run it"),
        True,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        (
            "Instead of waiting for a full batch, continuous batching fires a batch every few"
            " milliseconds with whatever is queued."
        ),
        True,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        ("continuous batching waits a few ms to collect requests and then runs them as one batch"),
        True,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        (
            "Continuous batching re-forms the batch at every decode step: finished sequences"
            " leave and waiting requests join."
        ),
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        ("Unlike dynamic batching with a time window, continuous batching changes the batch every step."),
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        ("A static batch runs until its longest sequence finishes, so new requests wait for the whole batch."),
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        ("Static batching runs the batch to completion; continuous batching swaps sequences in and out every step."),
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        ("Continuous batching is not dynamic batching: the batch changes every decode step."),
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        "The batch is re-formed at every decode step, every few milliseconds.",
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        "With continuous batching, waiting requests join at the next step.",
        False,
    ),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        "Continuous batching does not wait for a full batch or a time window.",
        False,
    ),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        (
            "- the spike is the 30k request decoding: every step it reads a 30k-token KV"
            " cache, so the shared step gets slow for everyone"
        ),
        True,
    ),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        "- the prefill is a one-time cost, it's not what hurts the others",
        True,
    ),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        "The slowdown comes from the long document decoding alongside everyone else.",
        True,
    ),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        ("Each step has to read a 30k-token KV cache for that request, which slows the whole batch."),
        True,
    ),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        "The 30k document makes every decode step slower because its KV cache is huge.",
        True,
    ),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        "the spike is attention over the long context during decode, not the prefill",
        True,
    ),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        ("The 30k-token prefill occupies whole iterations, so every decoding request waits for it."),
        False,
    ),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        "It is the prefill, not the long request's decode, that causes the spike.",
        False,
    ),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        ("Each sequence reads its own KV cache, so one long cache costs little next to a 30k-token prefill."),
        False,
    ),
    ("th2b-batch-01", "spike-from-long-decode", "Chunked prefill with a token budget per step fixes it.", False),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        "Every decode step is slower because it waits for the 30k-token prefill.",
        False,
    ),
    (
        "th2b-paged-01",
        "paging-is-cpu-offload",
        (
            "PagedAttention borrows the operating-system idea: the KV cache lives in CPU RAM"
            " and pages are moved onto the GPU only when the attention for that sequence"
            " needs them, so GPU memory holds just the active pages."
        ),
        True,
    ),
    ("th2b-paged-01", "paging-is-cpu-offload", "paged attention means offloading the cache to CPU", True),
    (
        "th2b-paged-01",
        "paging-is-cpu-offload",
        ("The KV cache is kept in host memory and blocks are loaded into the GPU when needed."),
        True,
    ),
    ("th2b-paged-01", "paging-is-cpu-offload", "pagedattention means swapping pages to cpu", True),
    (
        "th2b-paged-01",
        "paging-is-cpu-offload",
        "The cache is split into fixed-size blocks allocated on demand inside GPU memory.",
        False,
    ),
    (
        "th2b-paged-01",
        "paging-is-cpu-offload",
        ("Under memory pressure sequences are preempted by swapping blocks to CPU or recomputing them."),
        False,
    ),
    (
        "th2b-paged-01",
        "paging-is-cpu-offload",
        "Swapping blocks to CPU is only one optional way to preempt sequences.",
        False,
    ),
    (
        "th2b-paged-01",
        "paging-is-cpu-offload",
        ("Blocks live in GPU memory and a block table maps logical positions to physical blocks."),
        False,
    ),
    (
        "th2b-cap-01",
        "kv-cache-negligible",
        ("- KV cache is small next to that, a few GB for 200 users, so weights decide the GPU count"),
        True,
    ),
    ("th2b-cap-01", "kv-cache-negligible", "The KV cache is negligible compared with 140 GB of weights.", True),
    (
        "th2b-cap-01",
        "kv-cache-negligible",
        "KV for all users is a couple of GB, the weights dominate the GPU count.",
        True,
    ),
    ("th2b-cap-01", "kv-cache-negligible", "kv cache negligible, weights determine the number of GPUs", True),
    ("th2b-cap-01", "kv-cache-negligible", "KV cache is only a few GB so it does not change the GPU count", True),
    ("th2b-cap-01", "kv-cache-negligible", "the KV cache is small compared to the weights, ignore it for sizing", True),
    (
        "th2b-cap-01",
        "kv-cache-negligible",
        ("200 users x 4k tokens x 0.33 MB is about 270 GB of KV cache, more than the weights."),
        False,
    ),
    (
        "th2b-cap-01",
        "kv-cache-negligible",
        ("Weights set the minimum GPUs per replica, the KV budget and TPOT target set users per replica."),
        False,
    ),
    (
        "th2b-cap-01",
        "kv-cache-negligible",
        "The KV cache per token is small, but for 200 users it adds up to 270 GB.",
        False,
    ),
    ("th2b-cap-01", "kv-cache-negligible", "The cache budget sets the GPU count as much as the model does.", False),
    ("th2b-cap-01", "kv-cache-negligible", "KV for 200 users is 270 GB, bigger than the weights.", False),
    ("th2b-cap-01", "kv-cache-negligible", "The KV cache is not small compared with the weights here.", False),
    (
        "th2b-cap-01",
        "size-decode-by-flops",
        (
            "throughput needed = 4000 tok/s, FLOPs/token ≈ 1.4e11 -> 5.6e14 FLOP/s, one H100"
            " ≈ 1e15, so decode needs < 1 GPU of compute; GPU count = weights + KV memory"
            " only."
        ),
        True,
    ),
    ("th2b-cap-01", "size-decode-by-flops", "Decode needs less than one GPU of compute for 4000 tokens/s.", False),
    (
        "th2b-cap-01",
        "size-decode-by-flops",
        ("Size the GPUs from FLOPs: tokens per second times 2 x params over the GPU's TFLOPs."),
        True,
    ),
    (
        "th2b-cap-01",
        "size-decode-by-flops",
        "compute-wise 4000 tok/s is well under one H100, so decode is not the constraint",
        True,
    ),
    ("th2b-cap-01", "size-decode-by-flops", "size the decode fleet by FLOPs", True),
    (
        "th2b-cap-01",
        "size-decode-by-flops",
        (
            "A memory-bound step takes about (weight bytes + KV bytes read) / bandwidth,"
            " which sets the largest batch per replica."
        ),
        False,
    ),
    ("th2b-cap-01", "size-decode-by-flops", "Don't size decode by FLOPs: it is memory-bound.", False),
    ("th2b-cap-01", "size-decode-by-flops", "20 tokens/s per user means TPOT at most 50 ms.", False),
    ("th2b-cap-01", "size-decode-by-flops", "Prefill needs compute, decode needs bandwidth.", False),
    ("th2b-cap-01", "size-decode-by-flops", "Don't size the fleet by FLOPs.", False),
    ("th2b-cap-01", "size-decode-by-flops", "Size the fleet by bandwidth, not FLOPs.", False),
    ("th2b-dec-02", "temperature-direction", "temperature under 1 flattens it", True),
    ("th2b-dec-02", "temperature-direction", "T=0.5 spreads the mass more evenly over all five.", True),
    ("th2b-dec-02", "temperature-direction", "temperature below 1 flattens the distribution", True),
    ("th2b-dec-02", "temperature-direction", "lower temperature makes the distribution flatter", True),
    ("th2b-dec-02", "temperature-direction", "T < 1 sharpens the distribution, T > 1 flattens it.", False),
    ("th2b-dec-02", "temperature-direction", "Temperature below 1 sharpens; above 1 flattens.", False),
    (
        "th2b-dec-02",
        "temperature-direction",
        "T=0.5 squares and renormalises, giving about 0.77, 0.12, 0.07, 0.03 and 0.01.",
        False,
    ),
    ("th2b-dec-02", "temperature-direction", "T = 0.5 makes the top token more likely.", False),
    ("th2b-dec-02", "temperature-direction", "At T > 1 the distribution flattens and spreads mass to the tail.", False),
    ("th2b-dec-02", "temperature-direction", "lower temperature makes it sharper, higher makes it flatter", False),
    ("th2b-dec-02", "temperature-direction", "Lower temperature makes the output less random.", False),
    (
        "th2b-dec-02",
        "top-p-stops-below",
        (
            "top-p=0.8: add while cum <= 0.8: 0.5, 0.7, next would be 0.85 > 0.8 so stop ->"
            " {0.5, 0.2}, same as top-k with k = 2."
        ),
        True,
    ),
    (
        "th2b-dec-02",
        "top-p-stops-below",
        "top-p keeps tokens while the cumulative stays below 0.8, so only 0.5 and 0.2",
        True,
    ),
    ("th2b-dec-02", "top-p-stops-below", "Here top-p gives the same as top-k: 0.5 and 0.2.", True),
    (
        "th2b-dec-02",
        "top-p-stops-below",
        ("Top-p keeps 0.5, 0.2 and 0.15, since the cumulative sum first passes 0.8 at 0.85."),
        False,
    ),
    ("th2b-dec-02", "top-p-stops-below", "Top-p is not the same as top-k: it keeps three tokens here.", False),
    ("th2b-dec-02", "top-p-stops-below", "Top-p keeps the smallest set whose cumulative probability reaches p.", False),
    ("th2b-dec-02", "top-p-stops-below", "Keep adding tokens until the cumulative probability reaches 0.8.", False),
    ("th2b-dec-02", "top-p-stops-below", "Unlike top-k, top-p keeps three tokens here.", False),
    (
        "th2b-dec-03",
        "loops-from-sampling-noise",
        (
            "Loops come from sampling noise: with a high temperature the model randomly lands"
            " back on a phrase it already wrote and then continues from there."
        ),
        True,
    ),
    (
        "th2b-dec-03",
        "loops-from-sampling-noise",
        ("Switching to greedy or temperature near zero removes that randomness and stops the looping."),
        True,
    ),
    ("th2b-dec-03", "loops-from-sampling-noise", "- looping = sampling randomness, set temp 0", True),
    ("th2b-dec-03", "loops-from-sampling-noise", "High temperature causes repetition loops.", True),
    (
        "th2b-dec-03",
        "loops-from-sampling-noise",
        "repetition loops are a sampling artifact, greedy decoding avoids them",
        True,
    ),
    ("th2b-dec-03", "loops-from-sampling-noise", "set temperature to 0 and the model stops repeating itself", True),
    ("th2b-dec-03", "loops-from-sampling-noise", "the loops happen because temperature is too high", True),
    ("th2b-dec-03", "loops-from-sampling-noise", "repetition comes from randomness in sampling", True),
    (
        "th2b-dec-03",
        "loops-from-sampling-noise",
        (
            "Loops are self-reinforcing: each repetition makes the next more probable, and"
            " greedy decoding locks them in."
        ),
        False,
    ),
    (
        "th2b-dec-03",
        "loops-from-sampling-noise",
        "Greedy or low-temperature decoding makes loops more likely, not less.",
        False,
    ),
    (
        "th2b-dec-03",
        "loops-from-sampling-noise",
        "Loops are not sampling noise; copying from context reinforces them.",
        False,
    ),
    (
        "th2b-dec-03",
        "loops-from-sampling-noise",
        ("Higher temperature with top-p can break loops, but it does not fix the root cause."),
        False,
    ),
    ("th2b-dec-03", "loops-from-sampling-noise", "Low temperature removes randomness but makes loops worse.", False),
    ("th2b-dec-03", "loops-from-sampling-noise", "At temperature 0 the model often gets stuck repeating.", False),
    ("th2b-dec-03", "loops-from-sampling-noise", "Temperature 0 does not stop repeating; it locks the loop in.", False),
    (
        "th2b-dec-03",
        "loops-from-sampling-noise",
        "Loops happen because of greedy decoding, not because temperature is high.",
        False,
    ),
    ("th2b-dec-03", "loops-from-sampling-noise", "Repetition comes from copying, not sampling randomness.", False),
    (
        "th2b-dec-03",
        "code-fix-more-randomness",
        (
            "fix: swap the penalty for no_repeat_ngram_size=3, thats a cleaner hard rule that"
            " only stops true loops and wont touch normal code tokens."
        ),
        True,
    ),
    ("th2b-dec-03", "code-fix-more-randomness", "A no-repeat n-gram rule is a cleaner hard ban for code.", True),
    (
        "th2b-dec-03",
        "code-fix-more-randomness",
        "switch to no-repeat n-grams, a cleaner hard rule than the penalty",
        True,
    ),
    ("th2b-dec-03", "code-fix-more-randomness", "for code swap the repetition penalty for an n-gram block", True),
    (
        "th2b-dec-03",
        "code-fix-more-randomness",
        "Turn the penalty off or down for code, or exempt syntax and identifier tokens.",
        False,
    ),
    (
        "th2b-dec-03",
        "code-fix-more-randomness",
        "A no-repeat n-gram rule is a hard ban that can block correct text.",
        False,
    ),
    (
        "th2b-dec-03",
        "code-fix-more-randomness",
        "Don't swap the penalty for a no-repeat n-gram ban, that breaks code even more.",
        False,
    ),
    ("th2b-dec-03", "code-fix-more-randomness", "Replace the penalty with low temperature and stop sequences.", False),
    (
        "th2b-dec-03",
        "code-fix-more-randomness",
        "Turn the penalty off for code instead of adding an n-gram ban.",
        False,
    ),
    (
        "th2b-dec-04",
        "constraint-cannot-hurt-accuracy",
        (
            "Strict schema decoding only removes tokens that would break the JSON; the valid"
            " tokens keep their relative probabilities, so the model still picks the same"
            " values it would have picked anyway."
        ),
        True,
    ),
    (
        "th2b-dec-04",
        "constraint-cannot-hurt-accuracy",
        "The model still produces the same answers, just in valid JSON.",
        True,
    ),
    (
        "th2b-dec-04",
        "constraint-cannot-hurt-accuracy",
        "masking only removes invalid tokens so it cannot change the answers",
        True,
    ),
    (
        "th2b-dec-04",
        "constraint-cannot-hurt-accuracy",
        ("The mask can force choices the model considers unlikely, so content can get worse."),
        False,
    ),
    (
        "th2b-dec-04",
        "constraint-cannot-hurt-accuracy",
        "Constrained decoding guarantees form, not content: values can still be wrong.",
        False,
    ),
    ("th2b-dec-04", "constraint-cannot-hurt-accuracy", "Compare the schema variants on the eval set.", False),
    (
        "th2b-dec-04",
        "constraint-cannot-hurt-accuracy",
        ("The model no longer gives the same answers because the mask removes room to reason."),
        False,
    ),
    (
        "th2b-dec-04",
        "constraint-cannot-hurt-accuracy",
        "Masking can hurt accuracy: it forces tokens the model thought unlikely.",
        False,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        (
            "The main mechanism is the training data: the web contains a lot of"
            " misinformation and the model faithfully reproduces what it read, so if the"
            " corpus were cleaned of false statements the model would stop making things up."
        ),
        True,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        "Hallucinations come from false information in the training data.",
        True,
    ),
    ("th2b-hall-01", "false-data-causes-hallucination", "The model just parrots wrong facts it saw on the web.", True),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        "LLMs hallucinate because the internet is full of wrong information",
        True,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        "garbage in the training data is the main cause of hallucination",
        True,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        ("Next-token training rewards plausible continuations, even where the fact is not stored."),
        False,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        ("Cleaning the data would not stop hallucination: the model invents facts that appear nowhere in it."),
        False,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        ("It is not mainly misinformation in the data; the objective rewards plausible text."),
        False,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        ("Facts seen rarely in training are stored weakly and filled in from similar entities."),
        False,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        ("Models hallucinate because rare facts are stored weakly, not because of wrong data."),
        False,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        "LLMs hallucinate because next-token training rewards plausible text.",
        False,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        "Cleaning the corpus will not make hallucinations go away.",
        False,
    ),
    (
        "th2b-hall-01",
        "benchmarks-reward-abstaining",
        (
            "RLHF and preference data teach the model to say I don't know instead of"
            " guessing, so the chat model is the better calibrated one."
        ),
        True,
    ),
    (
        "th2b-hall-01",
        "benchmarks-reward-abstaining",
        "Preference tuning teaches the model to abstain rather than guess.",
        True,
    ),
    ("th2b-hall-01", "benchmarks-reward-abstaining", "the RLHF model is better calibrated than the base model", True),
    ("th2b-hall-01", "benchmarks-reward-abstaining", "RLHF teaches models to admit when they do not know", True),
    (
        "th2b-hall-01",
        "benchmarks-reward-abstaining",
        ("Preference tuning tends to hurt calibration: the base model is better calibrated."),
        False,
    ),
    (
        "th2b-hall-01",
        "benchmarks-reward-abstaining",
        ("Fine-tuning and evaluation can teach guessing: SFT on answers the model did not know."),
        False,
    ),
    (
        "th2b-hall-01",
        "benchmarks-reward-abstaining",
        "Benchmarks and preference data score a confident guess above I don't know.",
        False,
    ),
    (
        "th2b-hall-01",
        "benchmarks-reward-abstaining",
        "The model's stated confidence is weaker, especially after preference tuning.",
        False,
    ),
    (
        "th2b-hall-01",
        "benchmarks-reward-abstaining",
        ("RLHF does not teach models to admit when they do not know; it rewards confident answers."),
        False,
    ),
    (
        "th2b-hall-02",
        "citations-prove-grounding",
        ("if it cites doc X the sentence was generated from doc X, the citation is the grounding."),
        True,
    ),
    (
        "th2b-hall-02",
        "citations-prove-grounding",
        "If the model cites a passage, the claim came from that passage.",
        True,
    ),
    ("th2b-hall-02", "citations-prove-grounding", "cited source = where the sentence was taken from", True),
    ("th2b-hall-02", "citations-prove-grounding", "a citation means the claim was copied from that source", True),
    (
        "th2b-hall-02",
        "citations-prove-grounding",
        ("A citation shows which passage the model pointed to, not that the passage supports the claim."),
        False,
    ),
    (
        "th2b-hall-02",
        "citations-prove-grounding",
        "Citations attached to a sentence are not proof that the passage supports it.",
        False,
    ),
    (
        "th2b-hall-02",
        "citations-prove-grounding",
        "Check each answer sentence against its cited passage with an NLI model.",
        False,
    ),
    ("th2b-hall-02", "citations-prove-grounding", "Ask for quoted spans from the cited passage.", False),
    (
        "th2b-hall-02",
        "citations-prove-grounding",
        ("A citation shows which passage the model pointed to, not that the claim came from it."),
        False,
    ),
    (
        "th2b-hall-02",
        "faithfulness-is-recall",
        (
            "- faithfulness: compare the generated answer with the gold reference answer"
            " (exact match / ROUGE / LLM judge vs reference)"
        ),
        True,
    ),
    ("th2b-hall-02", "faithfulness-is-recall", "- if the answer matches the reference, it was faithful", True),
    ("th2b-hall-02", "faithfulness-is-recall", "Measure faithfulness by matching answers against gold answers.", True),
    ("th2b-hall-02", "faithfulness-is-recall", "faithfulness = how close the answer is to the reference answer", True),
    (
        "th2b-hall-02",
        "faithfulness-is-recall",
        ("Faithfulness is the share of answer claims supported by the context actually given."),
        False,
    ),
    (
        "th2b-hall-02",
        "faithfulness-is-recall",
        "Hold the context fixed, even with gold passages, and score support.",
        False,
    ),
    ("th2b-hall-02", "faithfulness-is-recall", "Measure retrieval separately with recall of the gold passages.", False),
    (
        "th2b-hall-02",
        "faithfulness-is-recall",
        "Correctness against a gold answer is a different metric from faithfulness.",
        False,
    ),
    (
        "th2b-hall-02",
        "faithfulness-is-recall",
        ("Faithfulness is not similarity to a gold answer; it is support by the given context."),
        False,
    ),
    ("th2b-cap-01", "fp8-free-or-useless", "FP8 is lossless, just quantise", True),
    ("th2b-cap-01", "fp8-free-or-useless", "fp8 has no quality loss on modern models", True),
    ("th2b-cap-01", "fp8-free-or-useless", "FP8 only speeds up compute, decode is memory bound so it won't help", True),
    ("th2b-cap-01", "fp8-free-or-useless", "fp8 doesn't help decode since decode is memory bound", True),
    ("th2b-cap-01", "fp8-free-or-useless", "FP8 is free, so switch to it and skip the GPUs", True),
    ("th2b-cap-01", "fp8-free-or-useless", "fp8 is completely lossless", True),
    ("th2b-cap-01", "fp8-free-or-useless", "Quantising to FP8 is costless, so ship it.", True),
    ("th2b-cap-01", "fp8-free-or-useless", "- fp8 = lossless -> quantise, no need for more GPUs", True),
    ("th2b-cap-01", "fp8-free-or-useless", "It is not a free win, so I would not just say FP8 is lossless.", False),
    (
        "th2b-cap-01",
        "fp8-free-or-useless",
        "FP8 halves weight and KV bytes, so memory-bound decode gets faster.",
        False,
    ),
    (
        "th2b-cap-01",
        "fp8-free-or-useless",
        "FP8 is not free: check task evals for quality loss before buying it.",
        False,
    ),
    ("th2b-cap-01", "fp8-free-or-useless", "Compare the cost of FP8 quality loss with the cost of extra GPUs.", False),
    ("th2b-cap-01", "fp8-free-or-useless", "People assume FP8 is lossless; check the evals.", False),
    (
        "th2b-cap-01",
        "fp8-free-or-useless",
        "FP8 is nearly lossless on most models, but run the evals before you switch.",
        False,
    ),
    (
        "th-met-02",
        "pr-baseline-half",
        ("random baseline is 0.5 for both curves, so PR-AUC 0.18 is actually worse than a coin flip at the top."),
        True,
    ),
    ("th-met-02", "pr-baseline-half", "The chance baseline is 0.5 for either curve.", True),
    ("th-met-02", "pr-baseline-half", "PR-AUC 0.18 is below a coin flip.", True),
    (
        "th-met-02",
        "pr-baseline-half",
        "A random scorer gets ROC-AUC 0.5 but PR-AUC equal to the prevalence, 0.001.",
        False,
    ),
    ("th-met-02", "pr-baseline-half", "The PR random baseline is the prevalence, not 0.5 like ROC.", False),
    ("th-met-02", "pr-baseline-half", "0.18 is far above chance.", False),
    ("th-met-02", "pr-baseline-half", "A coin flip gives ROC-AUC 0.5 and PR-AUC 0.001.", False),
    ("th-met-02", "auc-is-accuracy", "The 0.97 ROC-AUC meant the model got 97 % of transactions right.", True),
    ("th-met-02", "auc-is-accuracy", "AUC 0.97 means 97% of transactions are right", True),
    ("th-met-02", "auc-is-accuracy", "The model classifies 97 percent of cases correctly.", True),
    (
        "th-met-02",
        "auc-is-accuracy",
        ("ROC-AUC is the probability that a random fraud scores above a random legitimate transaction."),
        False,
    ),
    (
        "th-met-02",
        "auc-is-accuracy",
        "ROC-AUC is not accuracy: at 0.1% fraud even flagging nothing scores 99.9%.",
        False,
    ),
    ("th-met-02", "auc-is-accuracy", "Always saying legit gets 99.9 % of transactions right.", False),
    ("th-met-02", "auc-is-accuracy", "An AUC of 0.97 does not mean 97% of the time it is correct.", False),
    (
        "th-met-03",
        "weights-keep-probabilities",
        (
            "- fix: retrain with oversampling of the claims so the rare class"
            " isn't under-predicted, that pulls the probabilities to the right level"
        ),
        True,
    ),
    ("th-met-03", "weights-keep-probabilities", "Fix it by retraining with reweighting.", True),
    ("th-met-03", "weights-keep-probabilities", "fix: retrain with oversampling", True),
    (
        "th-met-03",
        "weights-keep-probabilities",
        ("Class weights and resampling distort the probabilities; fix with Platt or isotonic on held-out data."),
        False,
    ),
    (
        "th-met-03",
        "weights-keep-probabilities",
        ("Fix with a recalibration map fit on held-out data, not by retraining with class weights."),
        False,
    ),
    ("th-met-03", "weights-keep-probabilities", "Typical causes: resampling or class weights during training.", False),
    ("th-met-03", "weights-keep-probabilities", "To fix it, recalibrate; oversampling is what broke it.", False),
    (
        "th-met-04",
        "log-loss-convex-everywhere",
        (
            "Log loss is convex in the parameters for any classifier, neural networks"
            " included, so gradient descent is guaranteed to reach the global optimum."
        ),
        True,
    ),
    ("th-met-04", "log-loss-convex-everywhere", "- log loss convex for any model -> GD finds global min", True),
    ("th-met-04", "log-loss-convex-everywhere", "cross-entropy is convex even for deep nets", True),
    ("th-met-04", "log-loss-convex-everywhere", "Minimising log loss guarantees the global minimum.", True),
    ("th-met-04", "log-loss-convex-everywhere", "Log loss is smooth, and convex for logistic regression.", False),
    (
        "th-met-04",
        "log-loss-convex-everywhere",
        "Log loss is convex for logistic regression but not for neural networks.",
        False,
    ),
    ("th-met-04", "log-loss-convex-everywhere", "For deep networks the loss surface is non-convex.", False),
    (
        "th-met-04",
        "log-loss-convex-everywhere",
        ("Accuracy is a step function of the parameters, so its gradient is zero almost everywhere."),
        False,
    ),
    ("th-met-04", "log-loss-convex-everywhere", "There is no guarantee of a global optimum for neural nets.", False),
    (
        "th-met-04",
        "log-loss-bounded",
        (
            "per example L is between 0 and 1, so a confident mistake costs at most 1, same"
            " as a misclassification in accuracy."
        ),
        True,
    ),
    ("th-met-04", "log-loss-bounded", "The loss is between 0 and 1 per example.", True),
    ("th-met-04", "log-loss-bounded", "- per-example loss between 0 and 1", True),
    (
        "th-met-04",
        "log-loss-bounded",
        ("It charges minus the log of the probability given to the true class, which grows without bound."),
        False,
    ),
    ("th-met-04", "log-loss-bounded", "A confident mistake at p = 0.001 costs about 6.9, not at most 1.", False),
    ("th-met-04", "log-loss-bounded", "Loss of 1 per mistake is what 0-1 loss charges.", False),
    ("th-met-04", "log-loss-bounded", "Probabilities lie between 0 and 1.", False),
    (
        "th-met-05",
        "ndcg-divides-by-k",
        (
            "NDCG: graded relevance, discounted by log2(rank+1), summed, then normalised by"
            " dividing by k so it's the average gain per slot."
        ),
        True,
    ),
    ("th-met-05", "ndcg-divides-by-k", "NDCG divides the DCG by k.", True),
    ("th-met-05", "ndcg-divides-by-k", "ndcg = dcg / k, i.e. mean gain per position", True),
    ("th-met-05", "ndcg-divides-by-k", "NDCG@k = DCG@k / k", True),
    ("th-met-05", "ndcg-divides-by-k", "normalise DCG by the number of positions", True),
    ("th-met-05", "ndcg-divides-by-k", "NDCG divides DCG by the ideal DCG at k.", False),
    (
        "th-met-05",
        "ndcg-divides-by-k",
        ("Normalise by the DCG of the ideal ordering so queries are comparable; usually cut at k."),
        False,
    ),
    ("th-met-05", "ndcg-divides-by-k", "NDCG@k divides by IDCG@k, not by k.", False),
    ("th-met-05", "ndcg-divides-by-k", "DCG sums gains discounted by log of position.", False),
    ("th-met-05", "ndcg-divides-by-k", "NDCG@k = DCG@k / IDCG@k", False),
    (
        "th-met-05",
        "ndcg-divides-by-k",
        ("Divide DCG by the ideal DCG so queries with different numbers of relevant results are comparable."),
        False,
    ),
    (
        "th-met-05",
        "ndcg-map-swapped",
        (
            "- prefer MAP when labels are graded (it averages over the relevance levels),"
            " NDCG when relevance is just binary clicks"
        ),
        True,
    ),
    ("th-met-05", "ndcg-map-swapped", "Use MAP when relevance is graded.", True),
    ("th-met-05", "ndcg-map-swapped", "choose AP when labels are graded", True),
    ("th-met-05", "ndcg-map-swapped", "NDCG when relevance is graded, MAP when relevance is binary.", False),
    ("th-met-05", "ndcg-map-swapped", "Prefer MAP when labels are binary and recall matters.", False),
    ("th-met-05", "ndcg-map-swapped", "MAP uses binary relevance; NDCG handles graded labels.", False),
    ("th-met-05", "ndcg-map-swapped", "Use MAP for binary relevance and NDCG for graded.", False),
    (
        "th-met-07",
        "ab-test-cannot-mislead",
        (
            "Once the A/B is significant you're done: that's the causal ground truth, so"
            " unlike offline numbers it can't mislead you about the long-term effect."
        ),
        True,
    ),
    ("th-met-07", "ab-test-cannot-mislead", "An online test can't mislead you, it is causal.", True),
    ("th-met-07", "ab-test-cannot-mislead", "A significant A/B result is the truth about the long-term effect.", True),
    ("th-met-07", "ab-test-cannot-mislead", "if the A/B test is significant the long-term effect is proven", True),
    ("th-met-07", "ab-test-cannot-mislead", "a significant A/B test is the causal ground truth", True),
    ("th-met-07", "ab-test-cannot-mislead", "An A/B test measures the causal effect on real users.", False),
    (
        "th-met-07",
        "ab-test-cannot-mislead",
        ("Online metrics mislead too: novelty effects fade and short-term gains can diverge from long-term ones."),
        False,
    ),
    ("th-met-07", "ab-test-cannot-mislead", "A/B tests can mislead when they are underpowered.", False),
    ("th-met-07", "ab-test-cannot-mislead", "Offline metrics can mislead; online tests can mislead too.", False),
    (
        "th-met-07",
        "ab-test-cannot-mislead",
        "The A/B test is the closest thing to ground truth, but novelty effects fade.",
        False,
    ),
    (
        "th-met-07",
        "ab-test-cannot-mislead",
        "A significant two-week test says little about the long-term effect.",
        False,
    ),
    (
        "th-met-07",
        "ab-test-cannot-mislead",
        ("A significant A/B test gives a causal estimate, not the truth about the long term."),
        False,
    ),
    (
        "th-met-07",
        "more-logs-remove-bias",
        (
            "What fixed it was scale: we trained and evaluated on a few months of logs"
            " instead of a week, so enough items got exposure and the bias averaged out."
        ),
        True,
    ),
    ("th-met-07", "more-logs-remove-bias", "Collect more logs and the bias averages out.", True),
    ("th-met-07", "more-logs-remove-bias", "- fix = more logs from the current ranker, longer window", True),
    ("th-met-07", "more-logs-remove-bias", "the fix is more data from the current ranker", True),
    ("th-met-07", "more-logs-remove-bias", "More logs from the same ranker repeat the same exposure pattern.", False),
    (
        "th-met-07",
        "more-logs-remove-bias",
        ("More logs don't fix it: log propensities and keep a randomised exploration slice."),
        False,
    ),
    ("th-met-07", "more-logs-remove-bias", "Use inverse-propensity weighting and interleaving.", False),
    ("th-met-07", "more-logs-remove-bias", "Keep a record of offline and online deltas across launches.", False),
    ("th-met-07", "more-logs-remove-bias", "The fix is more randomised exploration data.", False),
    (
        "th2a-int-02",
        "training-data-fine",
        (
            "on training data, thats what the model actually learned from, held-out only adds"
            " sampling noise to the importances."
        ),
        True,
    ),
    ("th2a-int-02", "training-data-fine", "Held-out only adds noise to the importances.", True),
    ("th2a-int-02", "training-data-fine", "- validation only adds sampling noise", True),
    (
        "th2a-int-02",
        "training-data-fine",
        "On held-out data: on training data it rewards features the model has memorised.",
        False,
    ),
    ("th2a-int-02", "training-data-fine", "Held-out importances are noisier but honest.", False),
    (
        "th2a-int-02",
        "training-data-fine",
        ("Use held-out data; training data rewards noise features an overfit model relies on."),
        False,
    ),
    ("th2a-int-02", "training-data-fine", "A small held-out set adds noise, so repeat the shuffles.", False),
    (
        "th2a-int-02",
        "impurity-fixes-correlation",
        (
            "What we did was switch to the forest's impurity importance, which looks at the"
            " splits the model actually made, so correlation doesn't hide the features and"
            " both came out near the top."
        ),
        True,
    ),
    (
        "th2a-int-02",
        "impurity-fixes-correlation",
        "Use impurity importance, since correlation doesn't affect it.",
        True,
    ),
    ("th2a-int-02", "impurity-fixes-correlation", "- fix: switch to gini importance", True),
    ("th2a-int-02", "impurity-fixes-correlation", "Gini importance is not fooled by correlated features", True),
    ("th2a-int-02", "impurity-fixes-correlation", "MDI is not affected by correlation", True),
    (
        "th2a-int-02",
        "impurity-fixes-correlation",
        ("Impurity importance is computed on training data and biased toward high-cardinality features."),
        False,
    ),
    (
        "th2a-int-02",
        "impurity-fixes-correlation",
        ("Don't switch to impurity importance: correlated features split the credit there too."),
        False,
    ),
    (
        "th2a-int-02",
        "impurity-fixes-correlation",
        "Permute correlated features together as a group, or use drop-column importance.",
        False,
    ),
    (
        "th2a-int-02",
        "impurity-fixes-correlation",
        "Impurity-based importance is biased toward continuous features.",
        False,
    ),
    (
        "th2a-int-02",
        "impurity-fixes-correlation",
        "Correlated features split the credit in impurity importance too.",
        False,
    ),
    (
        "th2a-int-02",
        "impurity-fixes-correlation",
        "Impurity importance is not reliable with correlated features.",
        False,
    ),
    ("th2a-int-03", "flat-pdp-irrelevant", "- flat PDP = model ignores the feature, safe to drop it", True),
    ("th2a-int-03", "flat-pdp-irrelevant", "A flat partial dependence means the model ignores it.", True),
    ("th2a-int-03", "flat-pdp-irrelevant", "The PDP is flat -> drop the feature", True),
    ("th2a-int-03", "flat-pdp-irrelevant", "A flat PDP does not show the feature is unimportant.", False),
    (
        "th2a-int-03",
        "flat-pdp-irrelevant",
        "Opposite effects in subgroups cancel, so a flat PDP can hide a strong feature.",
        False,
    ),
    (
        "th2a-int-03",
        "flat-pdp-irrelevant",
        "A flat PDP can come from cancelling subgroups; don't drop the feature.",
        False,
    ),
    ("th2a-int-03", "flat-pdp-irrelevant", "Look at ICE curves before reading a flat PDP.", False),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        (
            "PDP(v) = mean of f(x_i) over rows i with x_i,j ≈ v, i.e. bin the data by the"
            " feature and average predictions per bin."
        ),
        True,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        ("Group the rows by the feature value and average the predictions within each group."),
        True,
    ),
    ("th2a-int-03", "pdp-averages-within-bins", "PDP: bucket the feature, mean prediction per bucket", True),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        "the PDP bins the feature and plots the average prediction in each bin",
        True,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        ("A PDP sets the feature to each value v for every row and averages the predictions."),
        False,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        "ALE bins the feature and averages the local differences within each bin.",
        False,
    ),
    ("th2a-int-03", "pdp-averages-within-bins", "ICE plots one curve per row; the PDP is their average.", False),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        ("A PDP is not the average prediction within bins of the feature; it forces the value in every row."),
        False,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        "ALE averages the local differences in predictions within each bin.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-parity",
        (
            "Equal opportunity asks for equal false-positive rates, so applicants who will"
            " default are approved equally often in each group."
        ),
        True,
    ),
    ("th2a-fair-01", "equal-opportunity-is-parity", "Equal opportunity wants the same FPR in every group.", True),
    ("th2a-fair-01", "equal-opportunity-is-parity", "Equal opportunity requires equal true-positive rates.", False),
    (
        "th2a-fair-01",
        "equal-opportunity-is-parity",
        ("Equal opportunity asks for equal TPR: qualified applicants are approved at the same rate."),
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-parity",
        "Equalised odds adds equal false-positive rates to equal opportunity.",
        False,
    ),
    (
        "th2a-fair-01",
        "both-achievable",
        "so approval rates come out equal as well: equalised odds implies parity.",
        True,
    ),
    ("th2a-fair-01", "both-achievable", "Equalized odds gives demographic parity for free.", True),
    ("th2a-fair-01", "both-achievable", "equal TPR and FPR means equal approval rates, so both hold", True),
    ("th2a-fair-01", "both-achievable", "Equalised odds does not imply parity when base rates differ.", False),
    ("th2a-fair-01", "both-achievable", "Equal TPR and FPR give equal approval rates only if TPR = FPR.", False),
    ("th2a-fair-01", "both-achievable", "Equalised odds implies neither equal precision nor parity.", False),
    (
        "th2a-fair-02",
        "satisfy-all-with-data",
        (
            "but its really a weak-model problem, with a good enough model (AUC 0.95+) the"
            " gaps shrink to nothing and you can satisfy all three."
        ),
        True,
    ),
    ("th2a-fair-02", "satisfy-all-with-data", "A good enough model can satisfy all three criteria.", True),
    (
        "th2a-fair-02",
        "satisfy-all-with-data",
        "a very accurate model can satisfy calibration and equal error rates together",
        True,
    ),
    (
        "th2a-fair-02",
        "satisfy-all-with-data",
        "Only a perfect predictor satisfies calibration and equal error rates together.",
        False,
    ),
    ("th2a-fair-02", "satisfy-all-with-data", "No realistic model satisfies all three when base rates differ.", False),
    (
        "th2a-fair-02",
        "satisfy-all-with-data",
        "A better model shrinks the errors but cannot satisfy all three criteria.",
        False,
    ),
    (
        "th2a-fair-02",
        "satisfy-all-with-data",
        ("No accurate but imperfect model can satisfy calibration and equal error rates together."),
        False,
    ),
    (
        "th2a-fair-02",
        "compas-miscalibrated",
        "ProPublica showed that the score was not calibrated for Black defendants.",
        True,
    ),
    ("th2a-fair-02", "compas-miscalibrated", "ProPublica found COMPAS was miscalibrated across races.", True),
    (
        "th2a-fair-02",
        "compas-miscalibrated",
        ("ProPublica showed the false-positive rates differed; the score was roughly calibrated."),
        False,
    ),
    (
        "th2a-fair-02",
        "compas-miscalibrated",
        "COMPAS was roughly calibrated across groups while false-positive rates differed.",
        False,
    ),
    (
        "th2a-fair-02",
        "compas-miscalibrated",
        "Northpointe showed the score was calibrated; ProPublica showed unequal FPRs.",
        False,
    ),
    (
        "th2a-fair-04",
        "unawareness-audit-unneeded",
        (
            "If we don't have the protected attribute, the model can't have used it, which is"
            " the strongest guarantee: fairness through unawareness."
        ),
        True,
    ),
    ("th2a-fair-04", "unawareness-audit-unneeded", "Fairness through unawareness is enough here.", True),
    ("th2a-fair-04", "unawareness-audit-unneeded", "The model can't use it, the strongest guarantee.", True),
    ("th2a-fair-04", "unawareness-audit-unneeded", "if the model never sees race it cannot be biased", True),
    (
        "th2a-fair-04",
        "unawareness-audit-unneeded",
        "we do not collect the attribute, so the model is fair by construction",
        True,
    ),
    ("th2a-fair-04", "unawareness-audit-unneeded", "fairness through unawareness makes the audit unnecessary", True),
    (
        "th2a-fair-04",
        "unawareness-audit-unneeded",
        "Fairness through unawareness doesn't work: other features act as proxies.",
        False,
    ),
    (
        "th2a-fair-04",
        "unawareness-audit-unneeded",
        ("Without the attribute, collect it voluntarily for auditing or infer it with BISG."),
        False,
    ),
    ("th2a-fair-04", "unawareness-audit-unneeded", "The model not using the attribute does not make it fair.", False),
    ("th2a-fair-04", "unawareness-audit-unneeded", "Other features act as proxies for the attribute.", False),
    (
        "th2a-fair-04",
        "unawareness-audit-unneeded",
        "A model that never sees race can still be biased through proxies.",
        False,
    ),
    (
        "th2a-fair-04",
        "unawareness-audit-unneeded",
        "The model is not fair by construction just because it lacks the attribute.",
        False,
    ),
    (
        "th2a-fair-04",
        "proxies-are-substitutes",
        (
            "- early proxy: missed first payment; it is the same event for everyone so it"
            " tracks default equally in every group, no need to validate it"
        ),
        True,
    ),
    ("th2a-fair-04", "proxies-are-substitutes", "No need to validate the proxy per group.", True),
    ("th2a-fair-04", "proxies-are-substitutes", "a missed payment is the same thing for everyone", True),
    (
        "th2a-fair-04",
        "proxies-are-substitutes",
        ("Validate that early proxies track the final outcome similarly across groups before relying on them."),
        False,
    ),
    (
        "th2a-fair-04",
        "proxies-are-substitutes",
        "A proxy can track default well in one group and poorly in another.",
        False,
    ),
    (
        "th2a-fair-04",
        "proxies-are-substitutes",
        "Monitor approval rates and score distributions per group from day one.",
        False,
    ),
    (
        "th2a-fair-05",
        "dropping-proxies-fixes",
        (
            "pre: drop the protected attribute plus proxies like zip code, that removes the"
            " gap at the source and is the cheapest."
        ),
        True,
    ),
    ("th2a-fair-05", "dropping-proxies-fixes", "Removing proxies closes the gap.", True),
    (
        "th2a-fair-05",
        "dropping-proxies-fixes",
        "Dropping proxies alone rarely works because information is redundant.",
        False,
    ),
    ("th2a-fair-05", "dropping-proxies-fixes", "Dropping zip code does not remove the gap.", False),
    (
        "th2a-fair-05",
        "dropping-proxies-fixes",
        "Pre-processing changes the data: reweighting or resampling groups.",
        False,
    ),
    (
        "th2a-fair-05",
        "parity-lifts-the-lower-group",
        (
            "cost: none if the model is good, gap → 0 means the lower group's TPR rises to"
            " the higher one's, so nobody is made worse off and accuracy stays the same."
        ),
        True,
    ),
    (
        "th2a-fair-05",
        "parity-lifts-the-lower-group",
        "Closing the gap means the disadvantaged group's TPR goes up.",
        True,
    ),
    ("th2a-fair-05", "parity-lifts-the-lower-group", "Nobody is worse off when the gap closes.", True),
    ("th2a-fair-05", "parity-lifts-the-lower-group", "closing the gap means the lower group improves", True),
    (
        "th2a-fair-05",
        "parity-lifts-the-lower-group",
        "The gap can close by making the better served group worse (levelling down).",
        False,
    ),
    (
        "th2a-fair-05",
        "parity-lifts-the-lower-group",
        "Closing the gap does not mean the lower group's TPR rises.",
        False,
    ),
    ("th2a-fair-05", "parity-lifts-the-lower-group", "Constrain each group's TPR from below.", False),
    ("th2a-fair-05", "parity-lifts-the-lower-group", "Constraints usually cost some accuracy or utility.", False),
    (
        "th2a-fair-05",
        "parity-lifts-the-lower-group",
        "Check that nobody loses out when the gap closes, since levelling down is common.",
        False,
    ),
    ("th2a-fair-05", "parity-lifts-the-lower-group", "Closing the gap does not mean the lower group improves.", False),
    (
        "th2b-serve-01",
        "bandwidth-not-summed",
        "140 GB / 3.35 TB/s = 42 ms per token, so about 24 tokens/s at batch 1.",
        True,
    ),
    ("th2b-serve-01", "bandwidth-not-summed", "- bound: ~42 ms/token -> ~24 tok/s", True),
    (
        "th2b-serve-01",
        "bandwidth-not-summed",
        "Each token needs all 140 GB read at 3.35 TB/s, so about 24 tokens per second.",
        True,
    ),
    (
        "th2b-serve-01",
        "bandwidth-not-summed",
        "140 GB / 13.4 TB/s is about 10 ms per token, so at most about 95 tokens/s.",
        False,
    ),
    (
        "th2b-serve-01",
        "bandwidth-not-summed",
        ("On one GPU it would be 42 GB-per-token... no: with four GPUs the bandwidths add, about 10 ms per token."),
        False,
    ),
    ("th2b-serve-01", "bandwidth-not-summed", "At batch 32 throughput rises about 30x.", False),
    ("th2b-cap-01", "fp16-70gb-one-gpu", "70B in fp16 is 70 GB, so it fits on a single 80 GB H100.", True),
    ("th2b-cap-01", "fp16-70gb-one-gpu", "- weights: 70B -> 70 GB fp16, one GPU per replica", True),
    ("th2b-cap-01", "fp16-70gb-one-gpu", "The weights are 70 GB in half precision.", True),
    (
        "th2b-cap-01",
        "fp16-70gb-one-gpu",
        "Weights: 140 GB in fp16, so a replica needs at least 2 GPUs; FP8 makes it 70 GB.",
        False,
    ),
    ("th2b-cap-01", "fp16-70gb-one-gpu", "In fp16 the model does not fit on one GPU.", False),
    ("th2b-cap-01", "fp16-70gb-one-gpu", "FP8 (70 GB) fits on one 80 GB GPU with little room for KV cache.", False),
    ("th2b-cap-01", "fp16-70gb-one-gpu", "int4 weights are 35 GB and fit on a single GPU.", False),
    (
        "th2a-int-03",
        "flat-pdp-experts-wrong",
        "The PDP is flat, so the model does not use age: the experts are wrong.",
        True,
    ),
    ("th2a-int-03", "flat-pdp-experts-wrong", "flat PDP = age is irrelevant, drop it", True),
    ("th2a-int-03", "flat-pdp-experts-wrong", "Trust the plot, the domain experts are mistaken.", True),
    (
        "th2a-int-03",
        "flat-pdp-experts-wrong",
        ("A flat PDP does not show that age is irrelevant: look at ICE curves for cancelling subgroups."),
        False,
    ),
    (
        "th2a-int-03",
        "flat-pdp-experts-wrong",
        "The experts may not be wrong; check interactions with the H-statistic.",
        False,
    ),
    (
        "th2a-int-03",
        "flat-pdp-experts-wrong",
        "Check whether correlated features such as tenure carry the effect.",
        False,
    ),
    ("th2a-int-03", "flat-pdp-experts-wrong", "A flat PDP can hide opposite effects in subgroups.", False),
    (
        "th2a-fair-02",
        "lever-is-free",
        ("Just lower the threshold for the high-prevalence group until the FPRs match; nothing else changes."),
        True,
    ),
    ("th2a-fair-02", "lever-is-free", "Equalize FPR and keep calibration by moving one threshold.", True),
    ("th2a-fair-02", "lever-is-free", "A group-specific threshold fixes the FPR gap without any cost.", True),
    (
        "th2a-fair-02",
        "lever-is-free",
        ("To equalise FPR one group's threshold or PPV must move, which breaks calibration or equal FNR."),
        False,
    ),
    ("th2a-fair-02", "lever-is-free", "You cannot equalise FPR and keep calibration when prevalences differ.", False),
    (
        "th2a-fair-02",
        "lever-is-free",
        "Moving the threshold changes PPV and FNR too, so it is a policy decision.",
        False,
    ),
    (
        "th-met-03",
        "calibrate-on-training-data",
        "Fit Platt scaling on the training set and apply it to new policies.",
        True,
    ),
    ("th-met-03", "calibrate-on-training-data", "Fit isotonic regression on the training data.", True),
    ("th-met-03", "calibrate-on-training-data", "- recalibrate on train data", True),
    ("th-met-03", "calibrate-on-training-data", "Platt scaling fit on training data", True),
    (
        "th-met-03",
        "calibrate-on-training-data",
        "Fit the calibration map on held-out data, not on the training data.",
        False,
    ),
    ("th-met-03", "calibrate-on-training-data", "Fit Platt or isotonic on a held-out calibration set.", False),
    (
        "th-met-03",
        "calibrate-on-training-data",
        ("On training data the scores are overconfident, so the map would learn the wrong correction."),
        False,
    ),
    ("th-met-03", "calibrate-on-training-data", "Recalibrate on held-out data the model was not trained on.", False),
    ("th-met-03", "calibrate-on-training-data", "Fit isotonic regression on held-out data.", False),
    (
        "th-met-03",
        "calibrate-on-training-data",
        ("Fit the calibration map on held-out data, since the training data gives overconfident scores."),
        False,
    ),
    ("th-met-03", "calibrate-on-training-data", "Platt scaling fit on held-out data.", False),
    ("th2a-int-01", "lime-is-global", "LIME gives a global explanation of the whole model.", True),
    ("th2a-int-01", "lime-is-global", "LIME explains the entire model with one linear surrogate.", True),
    ("th2a-int-01", "lime-is-global", "- LIME = global feature importance", True),
    ("th2a-int-01", "lime-is-global", "LIME is local, not global: it explains one prediction.", False),
    ("th2a-int-01", "lime-is-global", "LIME fits a local linear surrogate around one applicant.", False),
    (
        "th2a-int-01",
        "lime-is-global",
        "For a global view, average SHAP values; LIME only explains one instance.",
        False,
    ),
    (
        "th2b-batch-01",
        "long-prompt-only-own",
        "A long prompt only delays its own first token; the other users keep decoding.",
        True,
    ),
    ("th2b-batch-01", "long-prompt-only-own", "The prefill only slows its own request.", True),
    ("th2b-batch-01", "long-prompt-only-own", "a long document only slows its own request", True),
    ("th2b-batch-01", "long-prompt-only-own", "a big prompt only hurts its own latency", True),
    ("th2b-batch-01", "long-prompt-only-own", "the long prefill only affects that one request", True),
    (
        "th2b-batch-01",
        "long-prompt-only-own",
        ("A joining request's prefill shares steps with ongoing decodes, so a long prompt stalls everyone."),
        False,
    ),
    (
        "th2b-batch-01",
        "long-prompt-only-own",
        "A long prompt slows every request in the step, not only its own.",
        False,
    ),
    (
        "th2b-batch-01",
        "long-prompt-only-own",
        "Chunked prefill with a token budget per step limits the interference.",
        False,
    ),
    ("th2b-batch-01", "long-prompt-only-own", "A big prompt hurts every request in the step.", False),
    (
        "th2b-serve-01",
        "prefill-generates-output",
        ("Prefill generates the whole response in parallel, and decode then streams it out."),
        True,
    ),
    ("th2b-serve-01", "prefill-generates-output", "In prefill all the output tokens are produced at once.", True),
    ("th2b-serve-01", "prefill-generates-output", "Decode processes the prompt one token at a time.", True),
    (
        "th2b-serve-01",
        "prefill-generates-output",
        "Prefill processes the whole prompt in parallel and produces the first token.",
        False,
    ),
    ("th2b-serve-01", "prefill-generates-output", "Decode generates one token per forward pass.", False),
    ("th2b-serve-01", "prefill-generates-output", "Prefill fills the KV cache for every prompt token.", False),
    (
        "th2b-serve-01",
        "prefill-generates-output",
        ("Output tokens cannot be generated in parallel, since each depends on the one before."),
        False,
    ),
    (
        "th2a-fair-05",
        "in-processing-guarantees-fairness",
        ("Adversarial debiasing guarantees the model is fair, since the adversary removes all bias."),
        True,
    ),
    (
        "th2a-fair-05",
        "in-processing-guarantees-fairness",
        "In-processing with a fairness penalty eliminates all bias.",
        True,
    ),
    (
        "th2a-fair-05",
        "in-processing-guarantees-fairness",
        "In-processing guarantees fairness because the constraint is part of training.",
        True,
    ),
    (
        "th2a-fair-05",
        "in-processing-guarantees-fairness",
        "In-processing adds a fairness penalty with a knob trading accuracy for the gap.",
        False,
    ),
    (
        "th2a-fair-05",
        "in-processing-guarantees-fairness",
        ("Adversarial debiasing reduces, but does not eliminate, what the model can learn about the attribute."),
        False,
    ),
    (
        "th2a-fair-05",
        "in-processing-guarantees-fairness",
        "A fairness constraint during training usually costs some accuracy.",
        False,
    ),
    (
        "th-met-03",
        "isotonic-needs-less-data",
        "Fix it with isotonic regression, which needs less data than Platt scaling.",
        True,
    ),
    (
        "th-met-03",
        "isotonic-needs-less-data",
        "isotonic: fewer samples than Platt, so use it when data is scarce",
        True,
    ),
    ("th-met-03", "isotonic-needs-less-data", "Platt needs more data, isotonic is the small-data option.", True),
    (
        "th-met-03",
        "isotonic-needs-less-data",
        "Isotonic regression is monotone and needs more data than Platt scaling.",
        False,
    ),
    ("th-met-03", "isotonic-needs-less-data", "With few claims, use Platt scaling; isotonic needs more data.", False),
    ("th-met-03", "isotonic-needs-less-data", "Platt scaling fits two parameters, so it needs less data.", False),
    ("th-met-03", "isotonic-needs-less-data", "Isotonic overfits with less data.", False),
    (
        "th2a-int-02",
        "permutation-retrains",
        (
            "Permutation importance retrains the model without the feature and measures how"
            " much the held-out score drops."
        ),
        True,
    ),
    ("th2a-int-02", "permutation-retrains", "permutation importance = drop the column, refit, compare scores", True),
    (
        "th2a-int-02",
        "permutation-retrains",
        "Permutation importance requires retraining the model for each feature.",
        True,
    ),
    (
        "th2a-int-02",
        "permutation-retrains",
        ("Permutation importance needs no retraining: it shuffles one feature in held-out data."),
        False,
    ),
    (
        "th2a-int-02",
        "permutation-retrains",
        "Drop-column importance retrains the model; permutation importance does not.",
        False,
    ),
    ("th2a-int-02", "permutation-retrains", "Unlike permutation importance, drop-column importance retrains.", False),
    ("th2a-int-02", "permutation-retrains", "Measure drop-column importance by retraining.", False),
    (
        "th2b-hall-02",
        "rag-eliminates-hallucination",
        ("With retrieval the model only uses the passages, so RAG eliminates hallucination."),
        True,
    ),
    (
        "th2b-hall-02",
        "rag-eliminates-hallucination",
        "Grounded models can't hallucinate, so the bug must be in retrieval.",
        True,
    ),
    (
        "th2b-hall-02",
        "rag-eliminates-hallucination",
        "- RAG fixes hallucination, remaining errors = retrieval misses",
        True,
    ),
    ("th2b-hall-02", "rag-eliminates-hallucination", "RAG lowers hallucination but does not eliminate it.", False),
    (
        "th2b-hall-02",
        "rag-eliminates-hallucination",
        "Grounded models still hallucinate: the generator blends in its own knowledge.",
        False,
    ),
    (
        "th2b-hall-02",
        "rag-eliminates-hallucination",
        "Retrieval does not stop hallucination when the right passage is missing.",
        False,
    ),
    (
        "th2b-hall-02",
        "rag-eliminates-hallucination",
        ("Tell the model to answer only from the passages and to say when they do not cover the question."),
        False,
    ),
    ("th2a-int-01", "shap-always-exact", "SHAP is exact for any model, so it never needs sampling, unlike LIME.", True),
    ("th2a-int-01", "shap-always-exact", "Shapley values are always exact.", True),
    ("th2a-int-01", "shap-always-exact", "- SHAP: exact for every model", True),
    (
        "th2a-int-01",
        "shap-always-exact",
        "TreeSHAP is exact for trees; KernelSHAP approximates for other models.",
        False,
    ),
    ("th2a-int-01", "shap-always-exact", "Shapley values are exact only for trees, via TreeSHAP.", False),
    ("th2a-int-01", "shap-always-exact", "SHAP is not exact for any model: KernelSHAP samples.", False),
    ("th-met-03", "overall-means-segments", "If calibration is fine overall, every segment is calibrated too.", True),
    ("th-met-03", "overall-means-segments", "calibration good overall -> all segments fine", True),
    (
        "th-met-03",
        "overall-means-segments",
        "Calibration fine overall doesn't mean every segment is calibrated.",
        False,
    ),
    ("th-met-03", "overall-means-segments", "Calibration can look fine overall while every segment is off.", False),
    ("th-met-03", "overall-means-segments", "Overall calibration is fine, but check each segment separately.", False),
    ("th-met-04", "loss-accuracy-contradiction", "That cannot happen: if loss rises, accuracy must fall too.", True),
    ("th-met-04", "loss-accuracy-contradiction", "when loss increases accuracy must decrease", True),
    (
        "th-met-04",
        "loss-accuracy-contradiction",
        "Loss rises while accuracy improves: the model is overconfident.",
        False,
    ),
    ("th-met-04", "loss-accuracy-contradiction", "If loss rises, accuracy need not fall.", False),
    ("th-met-04", "loss-accuracy-contradiction", "Accuracy can keep rising while the loss goes up.", False),
    (
        "th2b-hall-01",
        "hallucinations-are-consistent",
        ("If the model gives the same answer every time you sample, the answer must be correct."),
        True,
    ),
    ("th2b-hall-01", "hallucinations-are-consistent", "same answer in all samples guarantees it is true", True),
    ("th2b-hall-01", "hallucinations-are-consistent", "The same answer every time does not prove it's correct.", False),
    (
        "th2b-hall-01",
        "hallucinations-are-consistent",
        "Getting the same answer every time means the model probably knows it.",
        False,
    ),
    (
        "th2b-hall-01",
        "hallucinations-are-consistent",
        "Facts the model knows come back the same in every sample.",
        False,
    ),
    (
        "th-met-02",
        "low-fpr-few-alarms",
        ("ROC-AUC is sensitive to class imbalance, which is why it is lower than PR-AUC here."),
        True,
    ),
    ("th-met-02", "low-fpr-few-alarms", "ROC AUC is affected by the class imbalance", True),
    ("th-met-02", "low-fpr-few-alarms", "ROC-AUC is not sensitive to class imbalance.", False),
    ("th-met-02", "low-fpr-few-alarms", "PR-AUC is sensitive to imbalance, ROC-AUC is not.", False),
    ("th-met-02", "low-fpr-few-alarms", "ROC-AUC depends on the ranking, not on prevalence.", False),
    ("th2a-fair-01", "both-achievable", "Equalised odds gives equal TPR and FPR across groups.", False),
    (
        "th2a-fair-01",
        "both-achievable",
        "Equal TPR and FPR means equal approval rates only if base rates are equal.",
        False,
    ),
    ("th2a-fair-01", "both-achievable", "Equalised odds implies parity only when base rates are equal.", False),
    ("th2a-fair-01", "both-achievable", "Equal TPR and FPR means equal approval rates.", True),
    ("th2a-fair-05", "parity-lifts-the-lower-group", "Nobody was made better off", False),
    ("th2a-fair-05", "parity-lifts-the-lower-group", "no one is made better off", False),
    (
        "th2a-fair-05",
        "parity-lifts-the-lower-group",
        "Levelling down: one group is made worse off and nobody is made better off.",
        False,
    ),
    ("th2a-fair-05", "parity-lifts-the-lower-group", "Nobody is made worse off when the gap closes.", True),
    ("th2a-fair-05", "parity-lifts-the-lower-group", "so no one is worse off", True),
    (
        "th2a-fair-02",
        "satisfy-all-with-data",
        "Only a perfect classifier satisfies calibration and equal error rates together.",
        False,
    ),
    ("th2b-cap-01", "fp16-70gb-one-gpu", "In FP8 a 70B model is 70 GB", False),
    ("th2b-cap-01", "fp16-70gb-one-gpu", "The 70B model is 70 GB in fp16, so one H100 holds it.", True),
    (
        "th2b-cap-01",
        "size-decode-by-flops",
        "Decode needs only a fraction of one GPU's FLOPs, so FLOPs are not the limit; bandwidth is.",
        False,
    ),
    (
        "th2b-cap-01",
        "size-decode-by-flops",
        "Decode needs well under one GPU of compute, so decode is not the bottleneck.",
        True,
    ),
    (
        "th2b-serve-01",
        "bandwidth-not-summed",
        "On one GPU it would be 42 ms per token, but with 4 GPUs it's about 10 ms.",
        False,
    ),
    (
        "th2b-serve-01",
        "bandwidth-not-summed",
        "With four GPUs each token still needs 140 GB read, so decode takes about 42 ms per token.",
        True,
    ),
    ("th2b-serve-01", "prefill-generates-output", "Decode reads the prompt's keys and values from the cache.", False),
    ("th2b-serve-02", "fp16-one-byte-per-param", "In int8 the 7B model takes about 7 GB of weights.", False),
    (
        "th2b-batch-01",
        "continuous-is-time-window",
        "Continuous batching is different from dynamic batching, which waits for a window.",
        False,
    ),
    ("th2b-batch-01", "continuous-is-time-window", "Continuous batching collects new requests at every step.", False),
    ("th2b-batch-01", "continuous-is-time-window", "continuous batching waits up to 10 ms for requests", True),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        "The long request's decode steps are slower because its KV cache is large, but the spike is from prefill.",
        False,
    ),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        "The spike is caused by the 30k request's prefill, which blocks every request from decoding.",
        False,
    ),
    ("th2b-batch-01", "spike-from-long-decode", "The spike is the long request's prefill, not its decoding.", False),
    (
        "th2b-batch-01",
        "spike-from-long-decode",
        "The spike comes from the long request decoding next to the others.",
        True,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        "False training data is one source, but most hallucinations are invented facts.",
        False,
    ),
    (
        "th2b-hall-01",
        "false-data-causes-hallucination",
        "False training data is the main source of hallucination.",
        True,
    ),
    (
        "th-met-04",
        "log-loss-convex-everywhere",
        "Log loss is convex in the logits for any model, but not in the weights of a neural network.",
        False,
    ),
    ("th-met-04", "log-loss-convex-everywhere", "Log loss is convex for any neural network.", True),
    ("th2a-int-01", "shap-always-exact", "SHAP is exact for every tree model via TreeSHAP.", False),
    ("th2a-int-01", "shap-always-exact", "Shapley values are exact for every model.", True),
    ("th2a-int-02", "impurity-fixes-correlation", "Using impurity importance instead would not fix it.", False),
    ("th2a-int-02", "impurity-fixes-correlation", "Switching to impurity importance would not fix it.", False),
    ("th2a-int-02", "impurity-fixes-correlation", "The fix is to use Gini importance.", True),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        "A marginal plot averages predictions within each bin of the feature, unlike a PDP.",
        False,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        "Unlike a PDP, a marginal plot averages predictions within each bin.",
        False,
    ),
    (
        "th2a-int-03",
        "pdp-averages-within-bins",
        "The PDP averages the predictions within each bin of the feature.",
        True,
    ),
    ("th2a-int-03", "flat-pdp-experts-wrong", "Maybe the experts are wrong, but first check ICE curves.", False),
    ("th2a-int-03", "flat-pdp-experts-wrong", "A flat PDP doesn't prove the experts wrong.", False),
    ("th2a-int-03", "flat-pdp-irrelevant", "A flat PDP doesn't mean the feature is safe to drop.", False),
    ("th2a-int-03", "flat-pdp-irrelevant", "A flat PDP doesn't mean the model ignores the feature.", False),
    (
        "th2a-fair-05",
        "in-processing-guarantees-fairness",
        "The constraint ensures fairness only on the criterion it constrains",
        False,
    ),
    (
        "th2a-fair-05",
        "in-processing-guarantees-fairness",
        "Adversarial debiasing removes all information about the group from the outputs.",
        False,
    ),
    (
        "th2a-fair-05",
        "in-processing-guarantees-fairness",
        "The fairness penalty guarantees fairness on new data too.",
        True,
    ),
    (
        "th2a-fair-02",
        "compas-miscalibrated",
        "ProPublica showed the score was not equally wrong for both groups.",
        False,
    ),
    ("th2a-fair-04", "proxies-are-substitutes", "Check that the proxy means the same for everyone.", False),
    (
        "th2b-paged-01",
        "paging-is-cpu-offload",
        "a preempted sequence's KV cache is stored in CPU memory until it resumes.",
        False,
    ),
    (
        "th2b-paged-01",
        "paging-is-cpu-offload",
        "When it resumes, its blocks are loaded back into the GPU when the scheduler has room.",
        False,
    ),
    ("th2b-paged-01", "paging-is-cpu-offload", "The KV cache lives in CPU RAM.", True),
    ("th2b-dec-02", "top-p-stops-below", "we keep three tokens, the same as top-k with k = 3 here.", False),
    ("th2b-dec-02", "top-p-stops-below", "Top-p keeps three tokens here, the same as top-k with k = 3.", False),
    (
        "th2b-serve-02",
        "gqa-only-saves-compute",
        "GQA only needs 8 KV heads, which reduces memory and also speeds up attention.",
        False,
    ),
    (
        "th2b-dec-04",
        "constraint-cannot-hurt-accuracy",
        "if the model was already going to produce valid JSON, the mask still gives the same answer.",
        False,
    ),
    ("th-met-02", "pr-baseline-half", "An ROC-AUC below 0.5 is worse than a coin flip", False),
    ("th-met-03", "weights-keep-probabilities", "To fix it, retrain class weights out and refit a calibrator.", False),
    (
        "th2a-fair-01",
        "equal-opportunity-is-parity",
        "Equal opportunity is equal approval among applicants who would repay.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-parity",
        "Equal opportunity means equal approval rates among qualified applicants.",
        False,
    ),
    (
        "th2a-fair-01",
        "equal-opportunity-is-parity",
        "Equal opportunity means equal approval rates across groups.",
        True,
    ),
]


CHECKS = Checks(
    rows=[(list(ADDED), 3, 3), (list(WIDENED), 1, 2)],
    cue_cap=[*ADDED, *WIDENED],
    right_texts={p for p, _, _, _ in CASES},
    added=[{**ADDED, **WIDENED}],
)
