"""Merging event mentions across articles into events.

Two mentions are taken to report the same real event when they have the same predicate
class (capture/surrender, enter/arrive/cross/corridor ...), enough identifying terms in
common (a village, a topic such as the corridor, a close count of people, the groups
involved), no contradicting actor, no contradicting count, and compatible dates.  The
merged date is the intersection of the dated mentions' ranges; every mention is kept as
provenance; disagreements (300 vs 400 fighters, disjoint dates) are flagged.

No all-pairs comparison: clusters are indexed by (predicate class, term, month) and a
mention is only scored against the clusters it shares a key with, so merging a corpus
is near-linear in its number of mentions.  Mentions are processed in a canonical order
(document id, offset, predicate), so the result does not depend on the input order.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from typing import Iterable

import attrs

from .events import EventMention, predicate_class
from .lang.ar_events import AGENT_FREE_CLASSES, PUNCTUAL_CLASSES
from .values import Value

__all__ = ["Cluster", "clause_key", "merge", "counts_close", "principal_count", "score", "MergeSettings"]


@attrs.frozen
class MergeSettings:
    threshold: float = 2.0  # identity score needed to merge
    strong: float = 5.0  # identity so strong that disjoint dates are merged and flagged
    max_candidates: int = 64  # clusters scored per mention (the most-shared keys first)
    max_months: int = 12  # a range over more months is indexed as "wide"
    max_lookup_months: int = 60  # a mention looks in the months of its range, up to this many
    max_bucket: int = 64  # index buckets larger than this are too common a term to scan


def counts_close(a: tuple[int, int], b: tuple[int, int], ratio: float = 1.5) -> bool:
    """Two people counts (low, high) are close when they overlap once widened by
    ``ratio`` (300 and 400 are close, 80 and 400 are not)."""
    lo = max(a[0], b[0])
    hi = min(a[1], b[1])
    return lo <= hi * ratio


def principal_count(m: EventMention) -> tuple[int, int] | None:
    """The largest people count of a mention (its headline number), or None."""
    return max(m.counts, key=lambda c: (c[1], c[0])) if m.counts else None


def _hard(m: EventMention) -> tuple[datetime | None, datetime]:
    return m.bound_start, m.bound_end


def _overlap(a: tuple[datetime | None, datetime], b: tuple[datetime | None, datetime]) -> bool:
    a0 = a[0] or datetime.min
    b0 = b[0] or datetime.min
    return a0 < b[1] and b0 < a[1]


def _intersect(a, b):
    s = max(a[0] or datetime.min, b[0] or datetime.min)
    e = min(a[1], b[1])
    return (None if s == datetime.min else s, e) if s < e else None


@functools.lru_cache(maxsize=1024)  # score() asks again for the same mention's clause
def clause_key(text: str) -> bytes:
    """A short fixed-size key of a clause's text with its spacing normalized (a
    128-bit digest): what :class:`Cluster` keeps to recognize a clause repeated in one
    article, instead of a copy of the text."""
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=16).digest()


_EMPTY: frozenset = frozenset()  # shared empty default; a set is made on the first item


@attrs.define
class Cluster:
    """One real event: its mentions and what they share.  The sets start as one
    shared empty frozenset and become sets when something is added (most clusters
    have one or two mentions and several empty sets)."""

    members: list[EventMention] = attrs.field(factory=list)
    place_keys: set[str] = _EMPTY
    topics: set[str] = _EMPTY
    groups: set[str] = _EMPTY
    regions: set[str] = _EMPTY
    counts: list[tuple[int, int]] = attrs.field(factory=list)
    principals: set[tuple[int, int]] = _EMPTY
    primaries: set[str] = _EMPTY
    doc_ids: set[str] = attrs.field(factory=set)
    texts: set[tuple[str, bytes]] = attrs.field(factory=set)  # (document id, clause_key)
    n_undated: int = 0
    agents: set[str] = _EMPTY
    hard: tuple[datetime | None, datetime] | None = None  # intersection of hard bounds
    flags: list[str] = attrs.field(factory=list)
    pclass: str = ""

    def add(self, m: EventMention, flag: str | None = None) -> None:
        self.members.append(m)
        self.doc_ids.add(m.frame.document_id)
        self.texts.add((m.frame.document_id, clause_key(m.frame.text)))
        if m.frame.dating == "undated":
            self.n_undated += 1
        if m.place_keys:
            self.place_keys = _grown(self.place_keys, m.place_keys)
            self.primaries = _grown(self.primaries, (m.place_keys[0],))
        if m.topics:
            self.topics = _grown(self.topics, m.topics)
        if m.groups:
            self.groups = _grown(self.groups, m.groups)
        if m.regions:
            self.regions = _grown(self.regions, m.regions)
        self.counts.extend(m.counts)
        p = principal_count(m)
        if p is not None:
            self.principals = _grown(self.principals, (p,))
        if m.agent:
            self.agents = _grown(self.agents, (m.agent,))
        self.pclass = self.pclass or predicate_class(m.predicate)
        h = _hard(m)
        if self.hard is None:
            self.hard = h
        else:
            self.hard = _intersect(self.hard, h) or self.hard
        if flag:
            self.flags.append(flag)

    # -- derived --------------------------------------------------------------------------
    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(m.document_id for m in self.members))

    @property
    def dated(self) -> list[EventMention]:
        return [m for m in self.members if m.dating != "undated"]

    def when(self) -> Value:
        """Intersection of the dated mentions' ranges, bounded by every mention's
        publication day; the recency window of undated mentions only when no mention is
        dated.  Disjoint dated ranges give their hull, flagged."""
        dated = self.dated
        pool = dated if dated else self.members
        out = pool[0].when
        hull = pool[0].when
        disjoint = False
        for m in pool[1:]:
            hull = hull.hull(m.when) if (m.when.start, m.when.end) != (hull.start, hull.end) else hull
            x = out.intersect(m.when)
            if x is None:
                disjoint = True
            else:
                out = x
        if disjoint:
            return hull.with_(uncertain=True)
        if dated:
            for m in self.members:
                if m.dating == "undated" and m.bound_end < out.end and m.bound_end > out.start:
                    out = out.intersect(Value.interval(out.start, m.bound_end, out.grain)) or out
        if any(m.uncertain for m in pool) and not out.uncertain:
            out = out.with_(uncertain=True)
        return out

    def disagreements(self) -> list[str]:
        out = list(self.flags)
        exact = defaultdict(list)
        for m in self.members:
            for c in m.counts:
                if c[0] == c[1] and c[0] >= 10:
                    exact[c[0]].append(m.document_id)
        big = sorted(exact)
        if len(big) > 1:
            # only counts of the same size class (300 vs 400), not 80 wounded among 400
            tops = [n for n in big if any(counts_close((n, n), (o, o)) for o in big if o != n)]
            if tops:
                parts = [f"{n} ({', '.join(dict.fromkeys(exact[n]))})" for n in tops]
                out.append("numbers differ: " + " vs ".join(parts))
        dated = self.dated
        for i, a in enumerate(dated):
            for b in dated[i + 1 :]:
                if not a.when.overlaps(b.when):
                    out.append(
                        f"dates disagree: {a.document_id} {a.when.edtf} vs {b.document_id} {b.when.edtf}"
                    )
                    break
        return list(dict.fromkeys(out))


def _grown(s, items) -> set:
    """``s`` with ``items`` added, in place unless ``s`` is the shared empty default."""
    if s is _EMPTY:
        return set(items)
    s.update(items)
    return s


_MONTH_NAMES: dict[tuple[int, int], str] = {}  # one string per month (index keys share it)


def _months(m: EventMention, max_months: int) -> list[str]:
    s = m.when.start
    e = m.when.end - timedelta(microseconds=1)
    n = (e.year - s.year) * 12 + e.month - s.month + 1
    if n > max_months:
        return ["wide"]
    out = []
    y, mo = s.year, s.month
    for _ in range(n):
        key = _MONTH_NAMES.get((y, mo))
        if key is None:
            key = _MONTH_NAMES[(y, mo)] = f"{y:04d}-{mo:02d}"
        out.append(key)
        mo += 1
        if mo > 12:
            y, mo = y + 1, 1
    return out


def _terms(m: EventMention) -> list[str]:
    t = [f"p:{k}" for k in m.place_keys] + [f"t:{x}" for x in m.topics] + [f"g:{g}" for g in m.groups]
    t += [f"r:{r}" for r in m.regions]
    for lo, hi in m.counts:
        t.append(f"n:{len(str(lo))}")
    t.append(f"x:{m.frame.document_id}:{clause_key(m.frame.text).hex()}")  # a repeated clause
    return t


_PUNCTUAL = frozenset(PUNCTUAL_CLASSES)
_AGENT_FREE = frozenset(AGENT_FREE_CLASSES)


GENERAL_ONLY = 2.5  # without a shared place/topic/count, groups + regions must reach this


def score(c: Cluster, m: EventMention) -> float:
    """Identity score of a mention against a cluster (-inf when something contradicts).

    Shared specific places and topics count 2 each, a close people count 2 (3 when
    equal), shared groups 1 each, shared regions 0.5 each.  Without a shared specific
    item (place, topic, count) the groups and regions must reach 2.5 (two groups and a
    region).  A different actor
    (other side), or counts that are nowhere close, rule a merge out.  Recurring events
    (fighting, shelling, killing) only merge across articles when both mentions are
    dated and their ranges overlap.
    """
    f = m.frame
    if predicate_class(f.predicate) != c.pclass:
        return float("-inf")
    if (f.document_id, clause_key(f.text)) in c.texts:
        return 10.0  # the same clause repeated in one article (a repeated paragraph)
    if c.pclass not in _AGENT_FREE and f.agent and c.agents and f.agent not in c.agents:
        return float("-inf")
    if c.pclass not in _PUNCTUAL and (c.doc_ids - {f.document_id}):
        # recurring events: across articles only dated mentions whose ranges overlap
        # (the cluster's dated members all overlap its intersection, checked below)
        if f.dating == "undated" or c.n_undated or (c.hard is not None and not _overlap(c.hard, _hard(m))):
            return float("-inf")
    keys = set(f.place_keys)
    shared = c.place_keys & keys
    # the place a clause is about (the first after its verb: "سيطر على قرية الخوين
    # التابعة لمنطقة معرة النعمان") counts more than places named beside it
    primary = bool(shared) and ((f.place_keys[0] in c.place_keys) or bool(c.primaries & keys))
    count = 0.0
    mine = principal_count(m)
    if mine is not None and c.principals:
        # the headline count (400 of "400, among them 80 wounded") must be close to
        # every headline count of the cluster
        if not all(counts_close(mine, p) for p in c.principals):
            return float("-inf")
        count = 3.0 if mine in c.principals and mine[0] == mine[1] else 2.0
    return _weigh(len(shared), primary, len(c.topics.intersection(f.topics)), len(c.groups.intersection(f.groups)),
                  len(c.regions.intersection(f.regions)), count)


def _weigh(places: int, primary: bool, topics: int, groups: int, regions: int, count: float) -> float:
    """The identity score from what two sides share (the weights :func:`score` describes):
    ``places`` shared place keys (``primary`` when one is what a clause is about),
    ``topics``, ``groups`` and ``regions`` shared, ``count`` the bonus of matching counts."""
    specific = min(4.0, (2.5 if primary else 1.0) + 1.0 * (places - 1)) if places else 0.0
    specific += min(4.0, 2.0 * topics)
    specific += count
    general = min(2.0, 1.0 * groups) + min(1.0, 0.5 * regions)
    if not specific and general < GENERAL_ONLY:
        return 0.0
    return specific + general


def merge(mentions: Iterable[EventMention], settings: MergeSettings | None = None) -> list[Cluster]:
    """Group event mentions into clusters (events); see the module docstring.

    Mentions whose range spans at most ``max_months`` months are merged first (in
    canonical order); then the wider ones (an article whose publication date is still
    a long range) join the cluster they fit best or stay alone: two wide mentions are
    never merged with each other, which would say nothing and cost a comparison of
    every such pair.  A bucket of the index holding more than ``max_bucket`` clusters (a
    term as common as the name of a province in a month of news) is not scanned.
    """
    st = settings or MergeSettings()
    ms = sorted(mentions, key=lambda m: (m.document_id, m.trigger_start, m.start, m.predicate))
    clusters: list[Cluster] = []
    # (class, term, month) -> a cluster index, or a set of them when several (most keys
    # name one cluster: an int instead of a one-element set saves ~200 bytes a key)
    index: dict[tuple, int | set[int]] = {}
    strings: dict[str, str] = {}  # one copy of each term string
    narrow, wide = [], []
    for m in ms:
        months = _months(m, st.max_months)
        (wide if months == ["wide"] else narrow).append((m, months))
    for m, months in narrow + wide:
        cls = predicate_class(m.frame.predicate)
        is_wide = months == ["wide"]
        terms = _terms(m)
        hits: Counter[int] = Counter()
        look = months if not is_wide else _months(m, st.max_lookup_months)
        specific = [t for t in terms if t[0] in "ptnx"]
        # look up by the identifying terms when there are some (a merge needs one, or
        # else two groups and a region, which only a mention without any can use)
        for term in specific or terms:
            for mo in dict.fromkeys(look):
                bucket = index.get((cls, term, mo))
                if bucket is None:
                    continue
                if type(bucket) is int:
                    hits[bucket] += 1
                    continue
                if len(bucket) > st.max_bucket:
                    continue
                for ci in bucket:
                    hits[ci] += 1
        best, best_score, best_flag = None, float("-inf"), None
        ranked = hits.items() if len(hits) <= st.max_candidates else heapq.nsmallest(
            st.max_candidates, hits.items(), key=lambda kv: (-kv[1], kv[0])
        )
        for ci, _ in sorted(ranked, key=lambda kv: (-kv[1], kv[0])):
            c = clusters[ci]
            sc = score(c, m)
            if sc < st.threshold:
                continue
            compatible = c.hard is None or _overlap(c.hard, _hard(m))
            if not compatible and sc < st.strong:
                continue
            flag = None if compatible else f"dates disagree ({m.document_id} {m.when.edtf})"
            if sc > best_score or (sc == best_score and best is not None and ci < best):
                best, best_score, best_flag = ci, sc, flag
        if best is None:
            clusters.append(Cluster())
            best = len(clusters) - 1
        clusters[best].add(m, best_flag)
        if not is_wide:
            for term in terms:
                term = strings.setdefault(term, term)
                for mo in months:
                    key = (cls, term, mo)
                    cur = index.get(key)
                    if cur is None:
                        index[key] = best
                    elif type(cur) is int:
                        if cur != best:
                            index[key] = {cur, best}
                    else:
                        cur.add(best)
    return _consolidate(clusters, st)


def _cluster_months(c: Cluster, max_months: int) -> list[str]:
    return sorted({mo for m in c.members for mo in _months(m, max_months)})


def score_clusters(a: Cluster, b: Cluster) -> float:
    """Identity score of two clusters of a punctual class (see :func:`score`)."""
    if a.pclass != b.pclass or a.pclass not in _PUNCTUAL:
        return float("-inf")
    if a.pclass not in _AGENT_FREE and a.agents and b.agents and not (a.agents & b.agents):
        return float("-inf")
    shared = a.place_keys & b.place_keys
    primary = bool(shared) and (bool(a.primaries & b.place_keys) or bool(b.primaries & a.place_keys))
    count = 0.0
    if a.principals and b.principals:
        if not all(counts_close(x, y) for x in a.principals for y in b.principals):
            return float("-inf")
        count = 3.0 if a.principals & b.principals else 2.0
    return _weigh(len(shared), primary, len(a.topics & b.topics), len(a.groups & b.groups),
                  len(a.regions & b.regions), count)


def _consolidate(clusters: list[Cluster], st: MergeSettings) -> list[Cluster]:
    """Merge clusters that greedy assignment left apart but that describe one event
    (each mention went to its best cluster; two clusters may still match each other)."""
    alive = [True] * len(clusters)
    index: dict[tuple, set[int]] = defaultdict(set)
    terms_of = []
    for i, c in enumerate(clusters):
        terms = [f"p:{k}" for k in c.place_keys] + [f"t:{t}" for t in c.topics]
        terms += [f"g:{g}" for g in c.groups]
        months = _cluster_months(c, st.max_months)
        if "wide" in months:  # wide clusters are not consolidated (see merge)
            months = [mo for mo in months if mo != "wide"]
        terms_of.append((terms, months))
        for t in terms:
            for mo in months:
                index[(c.pclass, t, mo)].add(i)
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(clusters):
            if not alive[i] or a.pclass not in _PUNCTUAL:
                continue
            cand: set[int] = set()
            terms, months = terms_of[i]
            for t in terms:
                for mo in months:
                    bucket = index.get((a.pclass, t, mo), set())
                    if len(bucket) <= st.max_bucket:
                        cand |= bucket
            for j in sorted(cand):
                if j <= i or not alive[j]:
                    continue
                b = clusters[j]
                if a.hard is not None and b.hard is not None and not _overlap(a.hard, b.hard):
                    continue
                if score_clusters(a, b) >= st.threshold:
                    for m in b.members:
                        a.add(m)
                    a.flags.extend(b.flags)
                    alive[j] = False
                    changed = True
                    for t in terms_of[j][0]:
                        for mo in terms_of[j][1]:
                            index[(a.pclass, t, mo)].add(i)
                    terms_of[i] = (terms_of[i][0] + terms_of[j][0], sorted(set(terms_of[i][1] + terms_of[j][1])))
                    terms, months = terms_of[i]
    out = [c for i, c in enumerate(clusters) if alive[i]]
    for c in out:
        c.members.sort(key=lambda m: (m.document_id, m.trigger_start, m.start, m.predicate))
    return out
