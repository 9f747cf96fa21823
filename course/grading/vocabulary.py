"""The course's one vocabulary for claim types: labels, letters and the rule.

Chapters 1, 8 and 17 all ask a learner to sort claims into findings, allegations and
self-claims. They used to disagree (a newspaper report with a stated method was a
finding in 1.4 and an allegation in 8.1; letter "a" meant allegation in 8.1 and finding
in 17.1; chapter 8 had a fourth label). This module is the one home of the labels, the
letters and the rule; the graded specs of those chapters, the validators of the
capstone file, and the book (``book/snippets/claim-types.md``, included by each of the
three chapters, and the glossary) all follow it. ``tests/test_vocabulary.py`` checks
that they do.

Why this rule: the domain notes ask the course to teach contested press reporting as
allegation, not established fact, and chapter 8 says serious investigative journalism
often produces allegations. So a claim of wrongdoing stays an allegation, whatever
method its author describes, until an independent process (a court, an audit, an
official determination) has established it. A party speaking about itself comes first,
because a method never turns a party's own account into an independent one. A claim
that states no method is one that no finding has established: an allegation, not a
fourth type.
"""
from __future__ import annotations

FINDING = "finding"
ALLEGATION = "allegation"
SELF_CLAIM = "self-claim"
CLAIM_TYPES = (FINDING, ALLEGATION, SELF_CLAIM)

# The letters a matching item uses for the three types, in every chapter.
CLAIM_LETTERS = {"f": FINDING, "a": ALLEGATION, "s": SELF_CLAIM}
LETTER_FOR = {label: letter for letter, label in CLAIM_LETTERS.items()}

# The glossary entry (data/glossary/*.yaml) that defines each type.
GLOSSARY_TERMS = {FINDING: "Finding", ALLEGATION: "Allegation", SELF_CLAIM: "Self-claim"}

# Processes that can establish that someone did something wrong.
INDEPENDENT_PROCESSES = ("court ruling", "audit", "official determination")

# The rule, in the order it is applied. Each step is one plain sentence; the book's
# snippet and the item prompts print these sentences unchanged.
CLAIM_RULE_STEPS = (
    (SELF_CLAIM, "The claimant is speaking about itself: its own work, figures or conduct, denials included. "
                 "This holds whatever method the claimant describes."),
    (ALLEGATION, "Otherwise, the claim says someone did something wrong, and no independent process (a court "
                 "ruling, an audit, an official determination) has established it. This holds even when the "
                 "claimant describes how it found out, as a newspaper investigation does."),
    (FINDING, "Otherwise, the claimant reached the conclusion by a method it states: a count, a study, a test, "
              "an audit, a court ruling, an official determination."),
    (ALLEGATION, "Otherwise (no stated method), it is a claim that no finding has established."),
)

CLAIM_RULE_INTRO = ("Sort a claim by who first made it, not by who repeated it. Apply these steps in order "
                    "and stop at the first that fits:")
CLAIM_RULE_OUTRO = ("The type is not a verdict: a self-claim can be true, an allegation can be well founded, "
                    "and a finding can rest on a weak method.")


def claim_rule_markdown() -> str:
    """The rule as a numbered Markdown list, with the label each step gives."""
    steps = "\n".join(f"{n}. **{label}**: {text}" for n, (label, text) in enumerate(CLAIM_RULE_STEPS, 1))
    return f"{CLAIM_RULE_INTRO}\n\n{steps}\n\n{CLAIM_RULE_OUTRO}\n"


def claim_letters_markdown() -> str:
    """How a matching item spells the types: `"f"` (finding), `"a"` (allegation), `"s"` (self-claim)."""
    return ", ".join(f'`"{letter}"` ({label})' for letter, label in CLAIM_LETTERS.items())


def normalise_claim_type(value) -> str | None:
    """'Self claim', 'SELF_CLAIM' and ' self-claim ' all mean "self-claim"; None if not text."""
    if not isinstance(value, str):
        return None
    return "-".join(value.strip().lower().replace("_", " ").replace("-", " ").split())
