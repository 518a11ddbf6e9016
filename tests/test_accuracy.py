"""The matcher's accuracy on the hand-labelled answers (tests/labelled): a floor, so a change that
makes feedback worse fails here. The figures themselves come from `python -m bench.accuracy`."""

from __future__ import annotations

from bench.accuracy import evaluate, own_files
from bot.core.curriculum import Curriculum
from bot.core.matcher import Matcher


def test_labelled_set_is_big_and_varied() -> None:
    import yaml

    items = [a for f in own_files() for a in yaml.safe_load(f.read_text())["answers"]]
    assert len(items) >= 100
    labels = {a["label"] for a in items}
    assert {"strong", "definition", "wrong", "empty", "offtopic", "long"} <= labels


def test_key_point_f1_and_no_false_credit_for_definitions(curriculum: Curriculum, matcher: Matcher) -> None:
    res = evaluate(own_files(), curriculum, matcher)
    total = res["total"]
    assert total.f1 >= 0.88, f"F1 fell to {total.f1:.3f}"
    assert total.precision >= 0.90
    for kind, c in res["by_kind"].items():
        assert c.f1 >= 0.80, f"{kind}: F1 {c.f1:.3f}"
    # definition-only answers must not earn mechanism credit (a few judgement calls at most)
    assert res["definition_false_credit"] <= 0.05 * res["definition_mech_points"]


def test_independent_dev_split_floor(curriculum: Curriculum, matcher: Matcher) -> None:
    """Answers written without seeing the cues (the dev split only; the sealed split is never loaded
    here): the floor under the figures in bench/ACCURACY.md."""
    from bench.accuracy import LABELLED

    res = evaluate([LABELLED / "independent.yaml"], curriculum, matcher)
    rep = res["report"]
    assert rep.total.items == 135  # the dev split alone
    assert rep.total.f1 >= 0.86, f"F1 fell to {rep.total.f1:.3f}"
    pairs = sum(r.hit for r in rep.pairs.values()) / sum(r.n for r in rep.pairs.values())
    assert pairs >= 0.9, f"pairs ordered right fell to {pairs:.2f}"
    assert rep.misconception.hit >= 18 and rep.false_alarm.hit == 0
