"""Reading links safely: address checks, a bounded HTTP client, and page → Article."""

from bot.fetching.addresses import AddressPolicy, is_public_address
from bot.fetching.client import Page, SafeFetcher
from bot.fetching.failures import FailureKind, FetchFailure
from bot.fetching.reader import LinkReader, page_to_article

__all__ = [
    "AddressPolicy",
    "FailureKind",
    "FetchFailure",
    "LinkReader",
    "Page",
    "SafeFetcher",
    "is_public_address",
    "page_to_article",
]
