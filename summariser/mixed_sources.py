"""A plain warning when the sources of one brief look like different stories.

Several links or texts given together are briefed as one story. If one of them
is about something else (a wrong link pasted, two tabs mixed up), the brief
still goes out, but says so, so nobody publishes a merge of two stories.

Sources are scored pairwise with the bot's same-story rule (`story_match`) and
joined when they clear `WARN_BELOW`; any source left outside the first
source's group is named. `WARN_BELOW` is far under the bot's merge threshold:
the bot merges only when sure, this warns only when the texts clearly share
little. It was set on labelled pairs (`python bench/mixed_sources.py`) so that
no labelled same-story pair, the seeds included, ever warns.
"""

from __future__ import annotations

from collections.abc import Sequence

from .document import Document
from .story_match import ArticleFeatures, StoryMatcher, extract_features

# Below this same-story score two sources are taken to share little (see bench/mixed_sources.py).
WARN_BELOW = 0.20
# Texts shorter than this are notes or snippets: too little to judge, never warned about.
MIN_WORDS = 40


def mixed_sources_warning(
    docs: Sequence[Document], people: Sequence[Sequence[str]] = ()
) -> str | None:
    """The warning to show, or None when the sources look like one story (or cannot be judged).

    `people` are the names each source's extraction found, in source order.
    """
    if len(docs) < 2:
        return None
    names = list(people) + [[] for _ in range(len(docs) - len(people))]
    judged = [i for i, d in enumerate(docs) if d.words >= MIN_WORDS]
    feats = {i: source_features(docs[i], names[i]) for i in judged}
    matcher = StoryMatcher()
    group = {i for i in judged[:1]}
    frontier = list(group)
    while frontier:  # single link: a source joins through any source already in the group
        i = frontier.pop()
        for j in judged:
            if j not in group and matcher.score(feats[i], feats[j]).score >= WARN_BELOW:
                group.add(j)
                frontier.append(j)
    apart = [i for i in judged if i not in group]
    if not apart:
        return None
    return (
        "These sources may not be about the same story: "
        f"{_refs(apart)} {'shares' if len(apart) == 1 else 'share'} little with "
        f"{_refs(sorted(group), 'or')}. Brief them separately if so."
    )


def source_features(doc: Document, people: Sequence[str] = ()) -> ArticleFeatures:
    """What the same-story rule compares: the cleaned paragraphs, headline and people."""
    text = "\n".join(p.text for p in doc.paragraphs)
    return extract_features(text, doc.title, people)


def _refs(indexes: Sequence[int], joiner: str = "and") -> str:
    """'[2]', '[2] and [3]', '[1], [2] or [4]': sources numbered from 1, as the brief shows them."""
    shown = [f"[{i + 1}]" for i in indexes]
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + f" {joiner} {shown[-1]}"
