"""Key-sentence selection. One scoring algorithm a module, combined in `select`."""

from .select import select_key_sentences

__all__ = ["select_key_sentences"]
