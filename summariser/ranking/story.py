"""The sentences of a whole story, merged across its sources, ready to be scored.

Several outlets' reports of one event repeat each other's sentences, often word
for word (wire copy) or one a fuller version of the other. Each such sentence
becomes one `Candidate` that shows the fuller text and lists every source that
has it, so scorers see the story once and a pick can credit all its sources.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from ..document import Document, Sentence
from .standalone import Standing, dateline_length, standing
from .tokens import terms

# Bounds on the sentences ranked: the whole story, and at least this many of each source.
MAX_CANDIDATES = 600
MIN_PER_SOURCE = 40

_SINGLE_OPEN = re.compile(r"(?:^|:\s*)'(?=[A-Z])")
_SINGLE_CLOSE = re.compile(r"[,.!?…]'(?=\s|$)")

# Share of the shorter sentence's terms the longer one must also have to count as the same sentence.
SAME_SENTENCE = 0.8
# ... and the shorter must have at least this share of the longer one's terms.
MIN_SIZE_RATIO = 0.3


@dataclass
class Candidate:
    """One sentence of the story, as it would be shown in the brief."""

    text: str  # display text (the fullest version among the sources)
    sentence: Sentence  # the sentence shown
    doc: int  # its source
    position: float  # earliest place in any source: 0 = lead, then sentence index
    terms: list[str]
    standing: Standing
    sources: list[int] = field(default_factory=list)
    members: list[tuple[int, int]] = field(
        default_factory=list
    )  # (source, sentence index) it stands for

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Story:
    candidates: list[Candidate]
    headline_terms: frozenset[str]
    docs: list[Document]

    @cached_property
    def vectors(self) -> np.ndarray:
        """L2-normalised TF-IDF rows, one per candidate (idf over the story's sentences).

        Only terms in two or more sentences get a column: the others add to a
        row's length but can never make two sentences alike, and leaving them
        out keeps the matrix small on long stories.
        """
        rows = [Counter(c.terms) for c in self.candidates]
        n = len(rows)
        df: Counter = Counter()
        for counts in rows:
            df.update(counts.keys())
        idf = {t: float(np.log((n + 1) / (d + 0.5))) for t, d in df.items()}
        vocab = {t: i for i, t in enumerate(t for t, d in df.items() if d > 1)}
        matrix = np.zeros((n, max(1, len(vocab))))
        norms = np.ones(n)
        for i, counts in enumerate(rows):
            total = 0.0
            for t, c in counts.items():
                w = c * idf[t]
                total += w * w
                col = vocab.get(t)
                if col is not None:
                    matrix[i, col] = w
            norms[i] = np.sqrt(total) or 1.0
        return matrix / norms[:, None]

    @cached_property
    def similarity(self) -> np.ndarray:
        """Cosine similarity between candidates; the diagonal is zero."""
        v = self.vectors
        sim = v @ v.T
        np.fill_diagonal(sim, 0.0)
        return sim


def build_story(docs: list[Document], headline: str | None = None) -> Story:
    """Candidates of all sources, near-duplicates across sources merged.

    Only the first sentences of very long sources are considered (news puts
    the essentials first), which bounds time and memory on huge input.
    """
    per_doc = max(MIN_PER_SOURCE, MAX_CANDIDATES // max(1, len(docs)))
    candidates: list[Candidate] = []
    postings: dict[str, list[int]] = defaultdict(list)  # term → candidate ids
    for d, doc in enumerate(docs):
        inside = _quote_states(doc)
        for sent in doc.sentences[:per_doc]:
            cut = dateline_length(sent.text) if sent.start == 0 else 0
            text = sent.text[cut:]
            cand = Candidate(
                text=text,
                sentence=sent,
                doc=d,
                position=float(sent.index),
                terms=terms(text),
                standing=standing(sent.norm[cut:], inside[sent.index], lead=sent.index == 0),
                sources=[d],
                members=[(d, sent.index)],
            )
            twin = _twin(cand, candidates, postings) if d > 0 else None
            if twin is None:
                for t in set(cand.terms):
                    postings[t].append(len(candidates))
                candidates.append(cand)
            else:
                _merge(candidates[twin], cand)
    head = frozenset(terms(headline)) if headline else frozenset()
    return Story(candidates=candidates, headline_terms=head, docs=docs)


def _quote_states(doc: Document) -> list[bool]:
    """For each sentence: does it start inside a quotation opened before it?

    News style opens every paragraph of a long quote with a quote mark and
    closes only the last, so a paragraph with an odd number of quote marks
    carries the quote into the next one.
    """
    states: list[bool] = []
    carried = False
    for para in doc.paragraphs:
        in_single = carried and para.norm.startswith("'")
        quotes, counted = 0, 0  # double quotes in para.norm[:counted]
        for i, sent in enumerate(para.sentences):
            quotes += para.norm.count('"', counted, sent.start)
            counted = sent.start
            before = quotes % 2 == 1
            if i == 0 and carried and sent.norm.lstrip().startswith(('"', "'")):
                before = True
            states.append(before or in_single)
            # Single quotes double as apostrophes, so only clear openings and closings count.
            if _SINGLE_CLOSE.search(sent.norm):
                in_single = False
            elif _SINGLE_OPEN.search(sent.norm):
                in_single = True
        carried = para.norm.count('"') % 2 == 1 or in_single
    return states


def _twin(cand: Candidate, pool: list[Candidate], postings: dict[str, list[int]]) -> int | None:
    """Index of an earlier source's candidate saying the same thing, if any."""
    mine = set(cand.terms)
    if len(mine) < 3:
        return None
    shared: Counter = Counter()
    for t in mine:
        for idx in postings.get(t, ()):
            if cand.doc not in pool[idx].sources:
                shared[idx] += 1
    best, best_score = None, 0.0
    for idx, n in shared.items():
        other = len(set(pool[idx].terms))
        score = n / min(len(mine), other)
        if min(len(mine), other) < MIN_SIZE_RATIO * max(len(mine), other):
            continue
        if score >= SAME_SENTENCE and score > best_score:
            best, best_score = idx, score
    return best


def _merge(kept: Candidate, new: Candidate) -> None:
    """Fold a repeat into the candidate: fuller text wins, sources and earliest place add up."""
    kept.members.append((new.doc, new.sentence.index))
    if new.doc not in kept.sources:
        kept.sources.append(new.doc)
        kept.sources.sort()
    if new.words > kept.words and new.standing is not Standing.NEVER:
        kept.text, kept.sentence, kept.doc = new.text, new.sentence, new.doc
        kept.terms, kept.standing = new.terms, new.standing
    kept.position = min(kept.position, new.position)
