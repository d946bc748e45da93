"""Whether two texts report the same story: TF-IDF against a background of political news,
shared people and distinctive numbers. Pure; the bot groups stories with it and the brief
warns with it when the sources it was given look like different stories."""

from .features import ArticleFeatures, extract_features
from .matcher import MatchScore, StoryMatcher

__all__ = ["ArticleFeatures", "MatchScore", "StoryMatcher", "extract_features"]
