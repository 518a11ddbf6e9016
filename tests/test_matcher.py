"""Cue matching and grading on realistic answers: strong, definition-only, wrong, empty, off-topic,
very long."""

from __future__ import annotations

import pytest

from bot.core.curriculum import BehavioralPrompt, Curriculum, TheoryPrompt
from bot.core.grading import grade, grade_story
from bot.core.matcher import Matcher
from bot.core.swaps import swapped


@pytest.mark.parametrize(
    "answer, cue, hit",
    [
        ("The model overfits badly", "overfitting model", True),  # inflection
        ("sample-specific noise gets fitted by a flexible model", "flexible model fits noise", True),  # order
        ("lasso pushes coefficients to exactly zero", "l1 weights zero", True),  # synonyms
        ("Regularisation shrinks weights", "regularization shrink", True),  # British spelling
        ("decrease the step size when loss oscillates", "lower learning rate", True),  # phrase synonyms
        ("more data does not reduce bias", "more data reduces bias", False),  # negation
        ("more data doesn't fix bias at all", "data not fix bias", True),  # a cue that wants the negation
        ("regularizing helps", "regulari*", True),  # prefix
        ("bias " + "filler " * 30 + "variance", "bias variance", False),  # too far apart
        ("", "bias variance", False),
        ("training/serving skew from different feature code", "training serving skew", True),
        ("we monitor PSI on every input feature", "psi feature", True),
    ],
)
def test_cue_matching(matcher: Matcher, answer: str, cue: str, hit: bool) -> None:
    assert matcher.matches(matcher.index(answer), cue) is hit


def _bv(curriculum: Curriculum) -> TheoryPrompt:
    p = curriculum.prompts["th-bv-01"]
    assert isinstance(p, TheoryPrompt)
    return p


STRONG = (
    "High bias means the model family is too restricted to capture the real relationship, so it makes the same "
    "systematic errors whichever training set you give it, and more data won't fix that. High variance means "
    "the learned function is very sensitive to the particular training sample: retrain on a new sample and the "
    "predictions change, because a flexible model fits the noise in this specific sample. Increasing "
    "complexity lowers bias but raises variance, so test error is U-shaped in complexity. More data, "
    "regularization and bagging reduce variance; only richer features or a more expressive model reduce "
    "bias, and irreducible noise stays whatever you do."
)
DEFINITION = "Bias is when the model underfits and variance is when it overfits. You have to balance the two."
WRONG = (
    "Bias is how much the model changes between training runs and variance is the systematic offset. More "
    "data always reduces bias, and a bigger model lowers variance."
)
OFFTOPIC = "I really like using Kubernetes for deployments, and our CI pipeline runs on GitHub Actions with caching."


def test_strong_theory_answer_covers_the_mechanisms(curriculum: Curriculum, matcher: Matcher) -> None:
    p = _bv(curriculum)
    g = grade(matcher, p, STRONG)
    assert g.score >= 0.8
    assert {"bias-is-systematic", "variance-is-sample-sensitivity", "capacity-is-the-knob"} <= set(g.covered)


def test_definition_only_answer_gets_no_mechanism_credit(curriculum: Curriculum, matcher: Matcher) -> None:
    p = _bv(curriculum)
    g = grade(matcher, p, DEFINITION)
    mech = {k.id for k in p.key_points if k.mechanism}
    assert not (set(g.covered) & mech)
    assert g.score < 0.2
    assert g.detail["mechanism_covered"] == 0


@pytest.mark.parametrize("answer", ["", "   ", OFFTOPIC, "yes"])
def test_empty_and_offtopic_answers_score_zero(curriculum: Curriculum, matcher: Matcher, answer: str) -> None:
    p = _bv(curriculum)
    g = grade(matcher, p, answer)
    assert g.covered == [] and g.score == 0


def test_wrong_answer_scores_below_strong(curriculum: Curriculum, matcher: Matcher) -> None:
    p = _bv(curriculum)
    wrong = grade(matcher, p, WRONG)
    strong = grade(matcher, p, STRONG)
    assert wrong.score <= 0.4 < strong.score


def test_very_long_answer_is_graded_on_content_not_length(curriculum: Curriculum, matcher: Matcher) -> None:
    p = _bv(curriculum)
    padding = " ".join([OFFTOPIC] * 60)
    long_strong = padding + " " + STRONG + " " + padding
    long_def = padding + " " + DEFINITION + " " + padding
    assert grade(matcher, p, long_strong).score >= 0.8
    assert grade(matcher, p, long_def).score < 0.2


def test_story_grading_signals(curriculum: Curriculum, matcher: Matcher) -> None:
    p = curriculum.prompts["bh-fail-01"]
    assert isinstance(p, BehavioralPrompt)
    from tests.test_feedback import STORY

    g = grade_story(matcher, p, STORY)
    assert g.detail["star"] == {"situation": True, "task": True, "action": True, "result": True}
    assert g.detail["measurable"] and g.detail["ownership"] >= 0.5
    assert 250 <= g.words <= 350 or g.score > 0.8
    we = grade_story(matcher, p, STORY.replace(" I ", " we ").replace("I ", "We ").replace(" my ", " our "))
    assert "ownership" in we.missed
    nonum = grade_story(matcher, p, "".join(c for c in STORY if not c.isdigit()).replace("$", ""))
    assert "measurable_result" in nonum.missed


@pytest.mark.parametrize(
    "answer, cue, stated",
    [
        # a negation of a pronoun ("without it") does not negate the words after it
        ("Without it the first steps would be too small.", "first steps too small", True),
        ("The first steps are not too small.", "first steps too small", False),
        # a negation ends with its sentence
        ("The CI includes 0, so not significant. CLT makes conversions normal.", "clt conversions normal", True),
        # superlatives are the plain state
        ("It has the highest importance, so it's a strong predictor.", "high importance strong predictor", True),
        # a claim named only to be denied is not stated
        ("A common mix-up is calling k = 1 the high-bias end; it's the opposite.", "k 1 high bias", False),
        ("k = 1 is the high-bias end, which is backwards.", "k 1 high bias", False),
        ("k = 1 is the high-bias end.", "k 1 high bias", True),
        ("The base rate barely matters here.", "base rate not matter", True),
    ],
)
def test_stated_claims(matcher: Matcher, answer: str, cue: str, stated: bool) -> None:
    assert matcher.states(matcher.index(answer), cue) is stated


@pytest.mark.parametrize(
    ("cue", "turned"),
    [
        ("decode memory bound", ("prefil",)),
        ("decode memory bound", ("comput",)),
        ("l1|lasso zero|sparse", ("l2",)),
        ("l1|lasso zero|sparse", ("dens",)),
        ("overfit* training", ("underfit*",)),
        ("false positive cost", ("fals_negat",)),
        ("bf16 exponent range", ("fp16",)),
    ],
)
def test_a_cue_naming_one_side_of_a_comparison_turns_into_the_other(cue: str, turned: tuple[str, ...]) -> None:
    m = Matcher()
    assert any(turned in c.slots for c in swapped(m, cue))


def test_a_cue_naming_both_sides_or_neither_is_not_turned() -> None:
    m = Matcher()
    assert swapped(m, "l1 l2 differ") == []
    assert swapped(m, "weights zero") == []


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("canary|shadow deploy", "we did a canary deploy first"),
        ("canary|shadow deploy", "a shadow deployment first"),
        ("cost false negative|positive", "the cost of a false positive"),
        ("cost false negative|positive", "the cost of a false negative"),
    ],
)
def test_an_alternative_beside_a_multi_word_synonym_is_kept(cue: str, text: str) -> None:
    """ "shadow deploy" is one synonym; the cue's other alternative ("canary") still counts, with the
    word after it."""
    m = Matcher()
    assert m.matches(m.index(text), cue)


def test_an_alternative_beside_a_synonym_still_needs_the_words_after_it() -> None:
    m = Matcher()
    assert not m.matches(m.index("the canary was fine"), "canary|shadow deploy")


def test_a_leading_contrast_is_its_own_clause() -> None:
    """ "Unlike trees, kNN needs scaling" does not say trees need scaling."""
    m = Matcher()
    assert not m.states(m.index("Unlike trees, kNN needs scaling."), "tree* need* scal*")
    assert m.states(m.index("Trees need scaling, unlike what people say."), "tree* need* scal*")


def test_rarely_and_seldom_negate() -> None:
    m = Matcher()
    for adverb in ("rarely", "seldom"):
        said = m.index(f"Dropping the protected attribute {adverb} makes the model fair.")
        assert not m.states(said, "drop* attribute make* fair")


def test_high_and_low_are_two_sides() -> None:
    m = Matcher()
    assert any(("small",) in c.slots for c in swapped(m, "high temperature uniform"))


def test_greek_letters_and_maths_symbols_read_as_their_names() -> None:
    """ "β2 too low", "λ·w", "√d" are how a math-minded candidate types; the tokenizer keeps [a-z0-9]."""
    m = Matcher()
    assert m.normalize("β2 = 0.999") == m.normalize("beta2 = 0.999")
    assert m.matches(m.index("the pull is 2λw, it fades"), "lambda fades")
    assert m.matches(m.index("scale by 1/√d_k"), "sqrt d")


def test_kept_on_and_switched_off_are_states() -> None:
    """ "on" and "off" are stop words; "stays on" is active and "stays off" is not."""
    m = Matcher()
    assert m.states(m.index("Dropout stays on at inference."), "dropout active inference")
    assert not m.states(m.index("Dropout stays off at inference."), "dropout active inference")
    assert not m.states(m.index("Dropout stays off at inference."), "dropout stays inference")


@pytest.mark.parametrize(
    ("cue", "text", "found"),
    [
        # the second readers' queries (content/REVIEW-rv2.md 2 and 11, REVIEW-rv3.md): names that read as
        # something else
        ("zero 3 communication", "ZeRO-3's communication is 1.5x DDP's", True),
        ("he|kaiming init*", "He init keeps the forward variance at 2/fan_in", True),
        ("he|kaiming init*", "he-normal initialisation for the ReLU layers", True),
        ("he|kaiming init*", "he said to init the weights small", False),
        ("higher temperature flatter", "higher temp gives a flatter distribution", True),
    ],
)
def test_names_that_read_as_something_else(cue: str, text: str, found: bool) -> None:
    m = Matcher()
    assert bool(m.find(m.index(text), cue)) is found


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("doubling the batch halves the noise", True),
        ("doubling the batch halves the gradient variance, so the noise drops by √2", False),
        ("doubling the batch doesn't halve the noise", False),
        ("the noise halves when doubling the batch", False),
    ],
)
def test_a_cue_starting_with_equals_wants_its_words_next_to_each_other(text: str, stated: bool) -> None:
    """Stop words aside, in order: for a belief whose words also make a right sentence when spread out."""
    m = Matcher()
    ans = m.index(text)
    assert m.states(ans, "=doubl* batch halv* noise") is stated
    assert bool(m.find(ans, "=doubl* batch halv* noise")) is stated


@pytest.mark.parametrize(
    "text",
    [
        "It's not that doubling the batch halves the noise; the standard deviation falls by √2.",
        "It isn't the case that doubling the batch halves the noise.",
        "it is not that doubling the batch halves the noise",
    ],
)
def test_its_not_that_denies_the_claim_after_it(text: str) -> None:
    """ "It's not that X" names X to deny it (helper adj's finding: the pronoun-only negation let X through)."""
    m = Matcher()
    assert not m.states(m.index(text), "=doubl* batch halv* noise")


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Rather than more data reducing bias, it is richer features that do.", False),
        ("Serve one shared base rather than one GPU per customer.", False),
        ("Instead of assuming more data reduces bias, add features.", False),
        ("More data reduces bias only if the model is flexible enough.", False),
        ("More data reduces bias, rather than variance.", True),
        ("Rather than guessing, note that more data reduces bias.", True),
        ("More data reduces bias.", True),
    ],
)
def test_the_option_turned_down_or_a_condition_is_not_a_stated_claim(text: str, stated: bool) -> None:
    """The claim right after "rather than" / "instead of" is turned down, and "X only if Y" is a condition
    (helpers fxA and fxC: 476 of 487 wrong sentences fired inside "Rather than …, I'd do the opposite")."""
    m = Matcher()
    cue = "more data reduc* bias" if "bias" in text else "one gpu per customer"
    assert m.states(m.index(text), cue) is stated


@pytest.mark.parametrize(
    "text",
    [
        "Tuning alpha on RMSE is a mistake.",
        "Comparing scores across queries is meaningless.",
        "The usual misreading is that tuning alpha on RMSE works.",
        "Tuning alpha on RMSE would be wrong, since the scales differ.",
    ],
)
def test_a_claim_described_as_the_mistake_is_not_stated(text: str) -> None:
    """A candidate who names the mistake to reject it is right (helper fxB's gerund sentences)."""
    m = Matcher()
    cue = "compar* scores across queries" if "queries" in text else "tun* alpha rmse"
    assert not m.states(m.index(text), cue)


def test_a_prefix_longer_than_a_whole_word_does_not_match_it(matcher: Matcher) -> None:
    """ "under" is not "undersampl*": a word the stemmer left whole matches a longer prefix only by a suffix's
    length; a stem the stemmer cut short ("materi" of "materializes") still matches its prefix."""
    assert not matcher.states(matcher.index("the keys never change under the causal mask"), "never undersampl*")
    assert matcher.states(matcher.index("never undersample the majority class"), "never undersampl*")
    assert matcher.states(matcher.index("backprop materializes the full Jacobian"), "backprop* materializ* jacobian*")
    assert matcher.states(matcher.index("we initialise it"), "initializ*")


def test_an_alternative_of_several_words_is_those_words_in_a_row(matcher: Matcher) -> None:
    """ "0.05" and "one-hot" are two words each: inside ``a|b`` they are matched as words in a row."""
    assert matcher.states(matcher.index("we never change alpha from 0.05"), "never change alpha|0.05")
    assert matcher.states(matcher.index("SMOTE handles one-hot columns"), "smote handl* categorical|one-hot")
    assert not matcher.states(matcher.index("SMOTE handles one column"), "smote handl* categorical|one-hot")


def test_a_negation_does_not_reach_past_a_comma(matcher: Matcher) -> None:
    """ "than 'i dont know', so abstaining always …": the negation ends at the comma (helper t3's report)."""
    cue = "abstain* always worse"
    assert matcher.states(matcher.index("it beats 'i dont know', so abstaining always makes it worse"), cue)
    assert not matcher.states(matcher.index("abstaining doesnt always make it worse"), cue)


@pytest.mark.parametrize(
    "text",
    [
        "I used to think FP8 was lossless, until the evals dropped.",
        "Don't assume FP8 is lossless.",
        "Avoid the trap of believing FP8 is lossless.",
        "Some teams still say FP8 is lossless; measure it.",
        "Many candidates assume FP8 is lossless.",
    ],
)
def test_a_belief_reported_as_someone_elses_or_a_former_one_is_not_stated(text: str) -> None:
    """ "I used to think X", "don't assume X", "the trap of X", "some teams say X" name X to reject it
    (seventh-pass helper t7E: right answers that reject a belief this way drew a false "Careful")."""
    m = Matcher()
    assert not m.states(m.index(text), "fp8 lossless")
    assert m.states(m.index("FP8 is lossless, so ship it."), "fp8 lossless")


def test_a_claim_said_to_make_things_worse_is_not_stated() -> None:
    """ "Lowering the minimum budget would make it worse" rejects lowering it (seventh-pass helper fxB)."""
    m = Matcher()
    assert not m.states(m.index("Lowering the minimum budget would make it worse."), "lower* minimum budget")
    assert not m.states(m.index("Raising eta will only make things worse here."), "rais* eta")
    assert m.states(m.index("Lower the minimum budget, it makes the search faster."), "lower* minimum budget")


def test_a_claim_said_not_to_work_or_to_mean_nothing_is_not_stated() -> None:
    """Second readers of the ninth pass found "X won't work", "X means nothing", "X? No, ..." and "A ≠ B" read as
    claiming X (or A = B)."""
    m = Matcher()
    assert not m.states(m.index("Training until it memorises the real policies won't work."), "memoris* policies")
    assert not m.states(m.index("Just adding more trees doesn't work here."), "more trees")
    assert not m.states(m.index("A small gap on its own means nothing."), "small gap")
    assert m.states(m.index("Training until it memorises the real policies works well."), "memoris* policies")
    assert m.states(m.index("Adding more trees worked, the gap closed."), "more trees")
    assert not m.states(m.index("Reading AP as precision at ten is a common error."), "ap precision")
    # only right after the claim, in its clause: a verdict on the next thing leaves the claim stated
    assert m.states(m.index("Use L2 for sparsity; L1 won't work here."), "l2 sparsity")
    assert m.states(m.index("Use L2 for sparsity and L1 won't work."), "l2 sparsity")
    # asked, then denied; and "≠" denies what follows it
    assert not m.states(m.index("Decode bound by attention FLOPs? No, by bytes."), "decode bound attention flops")
    assert not m.states(
        m.index("Decode bound by attention flops in practice? Not really."), "decode bound attention flops"
    )
    assert m.states(m.index("Is decode bound by attention FLOPs? Yes."), "decode bound attention flops")
    assert not m.states(m.index("Type I ≠ false negative; it is a false positive."), "type i false negative")
    assert m.states(m.index("Type I = false negative."), "type i false negative")
