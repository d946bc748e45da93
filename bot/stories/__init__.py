"""Stories: which briefed articles report the same event.

`StoryMatcher` decides by content (TF-IDF cosine of the texts, shared people,
shared distinctive numbers); `StoryIndex` groups a stream of articles with it.
"""

from bot.stories.features import ArticleFeatures, extract_features
from bot.stories.matcher import MatchScore, StoryIndex, StoryMatcher

__all__ = [
    "ArticleFeatures",
    "MatchScore",
    "StoryIndex",
    "StoryMatcher",
    "extract_features",
]
