"""Stories: which briefed articles report the same event.

`StoryMatcher` (from `summariser.story_match`) decides by content (TF-IDF cosine of the texts, shared people,
shared distinctive numbers); `StoryIndex` groups a stream of articles with it.
"""

from bot.stories.index import StoryIndex
from summariser.story_match import ArticleFeatures, MatchScore, StoryMatcher, extract_features

__all__ = [
    "ArticleFeatures",
    "MatchScore",
    "StoryIndex",
    "StoryMatcher",
    "extract_features",
]
