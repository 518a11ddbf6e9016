"""A misconception must not fire on what another prompt of its topic states as true.

``check_right_texts`` keeps each prompt's cues off its own key points, explanations, depths and corrections.
An answer also says true things that belong to a neighbouring prompt ("early stopping picks the number of
rounds at no extra cost" in an answer on nested cross-validation), so a cue that fires on a sibling prompt's
right text would put a false "Careful" on a right answer. Matching is the grader's own (``Matcher.states``)."""

from __future__ import annotations

from collections import defaultdict

from bot.core.curriculum import Curriculum, TheoryPrompt
from bot.core.matcher import Answer, Matcher

#: Cross fires kept on purpose: (misconception, cue, sibling prompt) and why.
ALLOWED = {
    # a bare "no extra cost" in a nested-CV answer is the belief; th2a-hps-05 says it of early stopping
    ("th2a-hps-04/nested-is-cheap", "=no extra cost", "th2a-hps-05"),
}


def _right_texts(p: TheoryPrompt) -> list[str]:
    kps = [*p.key_points, *p.follow_up.key_points]
    texts = [k.text for k in kps] + [k.explanation or "" for k in kps]
    texts += [p.depths.s30, p.depths.m2, p.depths.m5] + [m.correction for m in p.misconceptions]
    return [t for t in texts if t]


def _could_state(matcher: Matcher, ans: Answer, cue: str) -> bool:
    """A cheap first look: every slot of the cue without a prefix has one of its words in the answer."""
    for slot in matcher.compile(cue).slots:
        if any(a.endswith("*") or " " in a for a in slot):
            continue
        if not any(a in ans.pos for a in slot):
            return False
    return True


def test_no_misconception_fires_on_a_sibling_prompts_right_texts(curriculum: Curriculum, matcher: Matcher) -> None:
    by_topic: dict[str, list[TheoryPrompt]] = defaultdict(list)
    for p in curriculum.prompts.values():
        if isinstance(p, TheoryPrompt):
            by_topic[p.topic].append(p)
    fired: list[str] = []
    for prompts in by_topic.values():
        indexed = {p.id: [matcher.index(t) for t in _right_texts(p)] for p in prompts}
        for p in prompts:
            for m in p.misconceptions:
                for q in prompts:
                    if q.id == p.id:
                        continue
                    cues = [c for c in m.cues if (f"{p.id}/{m.id}", c, q.id) not in ALLOWED]
                    for ans in indexed[q.id]:
                        for cue in cues:
                            if _could_state(matcher, ans, cue) and (span := matcher.find_stated(ans, cue)):
                                fired.append(f"{p.id}/{m.id} {cue!r} on {q.id}: {ans.sentence_span(span[0])!r}")
    assert not fired, "\n".join(fired)
