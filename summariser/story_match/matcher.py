"""Same story or not: one scoring rule, shared by the bot's story index and the brief's
warning that its sources may not be one story.

The score blends the TF-IDF cosine of the whole texts with that of their
leads (headline and opening paragraphs, where a report states its event:
follow-ups on the same topic share background paragraphs, not leads), plus
small bonuses for each person both briefs name and each distinctive number
both texts give (capped),
so two reports of one by-election that share "Hartlepool", "McMahon" and
"3,595" clear the bar while two Iraq stories from different weeks do not.
The weights and threshold are set on the labelled pairs in
`bench/labels/story_pairs.json` (see `bench/stories.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .features import ArticleFeatures


@dataclass(frozen=True)
class MatchScore:
    cosine: float
    lead_cosine: float
    shared_people: int
    shared_numbers: int
    score: float
    same: bool


@dataclass(frozen=True)
class StoryMatcher:
    threshold: float = 0.52
    min_cosine: float = 0.12
    lead_weight: float = 0.5
    person_bonus: float = 0.04
    number_bonus: float = 0.06
    bonus_cap: int = 2

    def score(
        self, a: ArticleFeatures, b: ArticleFeatures, cosine: float | None = None
    ) -> MatchScore:
        if cosine is None:
            cosine = _dot(a.vector, b.vector)
        lead = _dot(a.lead, b.lead)
        people = len(a.people & b.people)
        nums = len(a.numbers & b.numbers)
        score = (
            (1.0 - self.lead_weight) * cosine
            + self.lead_weight * lead
            + self.person_bonus * min(people, self.bonus_cap)
            + self.number_bonus * min(nums, self.bonus_cap)
        )
        same = cosine >= self.min_cosine and score >= self.threshold
        return MatchScore(
            cosine=cosine,
            lead_cosine=lead,
            shared_people=people,
            shared_numbers=nums,
            score=score,
            same=same,
        )


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(a[t] * b[t] for t in a.keys() & b.keys())
