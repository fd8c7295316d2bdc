"""Blocking and linking: which pairs are compared (blocks of a date bucket, alone or crossed with an actor, a name
or a number), which are linked (score at the threshold), and the groups they make (union-find, strongest links
first, with a guard: a group's members must share at least one day, so a chain of overlapping dates cannot join
facts months apart)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import chain, combinations
from operator import itemgetter

from dateline.grouping.compare import scorer
from dateline.grouping.features import Features, buckets, own_buckets
from dateline.grouping.rules import Rules

Edge = tuple[float, str, str]  # (score, smaller claim id, larger claim id)


Member = tuple[int, bool]  # (index of the claim, whether the block is of the claim's own date level)
# A block lists each claim at most once, in ascending index order: `blocks` appends them in index order, and a
# claim's block keys are distinct (each names its level's bucket, and a tag and value for an actor, name or number).


_TAGS = {"actor": "a", "name": "n", "number": "#", "opener": "o"}  # a crossed block's key: bucket, tag, value


def block_keys(f: Features, rules: Rules) -> list[tuple[str, bool]]:
    """Every block the claim belongs to, by the blocking rules, with whether it is of the claim's own level."""
    own, coarser = keys_by_level(f, rules)
    return [(key, True) for key in own] + [(key, False) for key in coarser]


def keys_by_level(f: Features, rules: Rules, occupied: Collection[str] | None = None) -> tuple[list[str], list[str]]:
    """The keys of `block_keys`: those of the claim's own date level, and those of coarser levels. `occupied`: the
    date buckets where some claim (of all that will meet these keys) is at its own level (`occupied`); a coarser
    bucket not among them gives no keys, as its blocks could give no pair (None: every bucket gives its keys)."""
    own: list[str] = []
    coarser: list[str] = []
    extra = {
        "actor": f.actors,
        "name": f.names | f.capitals if f.capitals else f.names,
        "number": f.numbers,
        "opener": f.openers,
    }
    for level, bucket, mine in buckets(f, rules):
        if mine:
            keys = own
        elif occupied is None or bucket in occupied:
            keys = coarser
        else:
            continue  # no claim is at this bucket's level: its blocks have no member that could be compared
        for rule in rules.blocking[level]:
            if rule == "bucket":
                keys.append(bucket)
            else:
                values = extra[rule]
                if values:
                    head = f"{bucket}\x1f{_TAGS[rule]}\x1f"
                    keys.extend([head + v for v in values])
    return own, coarser


def occupied(feats: Iterable[Features], rules: Rules) -> set[str]:
    """The date buckets where some of the claims is at its own level. A pair is compared only where one of the two
    is at its own level, so a block of another bucket (every member at a finer level) gives no pair."""
    found: set[str] = set()
    for f in feats:
        if f.start is not None and f.end is not None:
            found.update(own_buckets(f.start, f.end, rules))
    return found


def blocks(feats: Sequence[Features], rules: Rules) -> dict[str, list[Member]]:
    """Block key → its members (blocks where no member is at its own date level left out: they give no pair)."""
    live = occupied(feats, rules)
    return blocks_of(keys_by_level(f, rules, live) for f in feats)


def blocks_of(levels: Iterable[tuple[list[str], list[str]]]) -> dict[str, list[Member]]:
    """Block key → its members, from each claim's keys (`keys_by_level`) in the claims' order."""
    found: dict[str, list[Member]] = defaultdict(list)
    for i, (own, coarser) in enumerate(levels):
        mine = (i, True)  # one tuple each per claim, not one per key
        for key in own:
            found[key].append(mine)
        if coarser:
            theirs = (i, False)
            for key in coarser:
                found[key].append(theirs)
    return found


def edges(feats: Sequence[Features], members: Iterable[list[Member]], rules: Rules) -> Iterator[Edge]:
    """The links among the members of each block (each pair once; blocks above `max_block` are skipped). A pair is
    compared only where at least one of the two is at its own date level (two days meet in their day bucket, a
    day and its month in the month bucket; never two days in a month bucket)."""
    seen: set[int] = set()
    add = seen.add
    n = len(feats)
    threshold, same_document, same_range = rules.threshold, rules.same_document, rules.same_document_same_range
    most = rules.max_block
    score = scorer(rules)
    for block in members:
        if len(block) < 2 or len(block) > most:
            continue
        # A block lists each claim once, in ascending index order (as `blocks` makes it).
        own = [i for i, mine in block if mine]
        pairs: Iterable[tuple[int, int]] = combinations(own, 2)
        if len(own) < len(block):
            rest = [i for i, mine in block if not mine]
            pairs = chain(pairs, ((x, y) if x < y else (y, x) for x in own for y in rest))
        for i, j in pairs:
            pair = i * n + j
            if pair in seen:
                continue  # compared in an earlier block
            add(pair)
            a, b = feats[i], feats[j]
            if a.start is not None and b.start is not None and (a.start > b.end or b.start > a.end):  # type: ignore[operator]
                continue  # dates apart: never one fact (checked here, before the call, as most pairs of a block are)
            same_doc = a.doc == b.doc
            if same_doc and same_range and (a.start, a.end, a.value) != (b.start, b.end, b.value):
                continue
            found = score(a, b)
            if found is None or found < (same_document if same_doc else threshold):
                continue
            yield (round(found, 6), a.id, b.id) if a.id < b.id else (round(found, 6), b.id, a.id)


class Groups:
    """Union-find over claim ids with the date guard; groups may start from earlier ones (`--state`)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.span: dict[str, tuple[int | None, int | None]] = {}

    def add(self, cid: str, start: int | None, end: int | None, root: str | None = None) -> None:
        """Add a claim (its id and date range), alone or into the group of `root` (which must be present)."""
        if cid in self.parent:
            return
        self.parent[cid] = cid
        self.span[cid] = (start, end)
        if root is not None:
            self._join(self.find(root), cid)

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: str, y: str) -> bool:
        """Join the groups of x and y unless their members would share no day; True when joined."""
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return True
        (a0, a1), (b0, b1) = self.span[rx], self.span[ry]
        if a0 is not None and b0 is not None and a1 is not None and b1 is not None and max(a0, b0) > min(a1, b1):
            return False
        self._join(rx, ry)
        return True

    def _join(self, rx: str, ry: str) -> None:
        keep, drop = sorted((rx, ry))
        (a0, a1), (b0, b1) = self.span[keep], self.span[drop]
        both = a0 is not None and b0 is not None and a1 is not None and b1 is not None
        self.parent[drop] = keep
        self.span[keep] = (max(a0, b0), min(a1, b1)) if both else (a0 if a0 is not None else b0, a1 or b1)  # type: ignore[type-var]

    def link(self, found: Iterable[Edge]) -> None:
        """Apply links strongest first (ties by claim ids): the same links give the same groups in any input order."""
        ordered = sorted(found, key=itemgetter(1, 2))
        ordered.sort(key=itemgetter(0), reverse=True)  # stable: equal scores stay in claim id order
        for _, x, y in ordered:
            self.union(x, y)

    def members(self) -> dict[str, list[str]]:
        """Root → member claim ids."""
        out: dict[str, list[str]] = defaultdict(list)
        parent = self.parent
        for x in parent:
            root = x
            while parent[root] != root:  # `find` without the call (this runs for every claim)
                root = parent[root]
            out[root].append(x)
        return out


def cluster(feats: Sequence[Features], rules: Rules) -> dict[str, list[str]]:
    """Group the claims: root claim id → member claim ids."""
    groups = Groups()
    for f in feats:
        groups.add(f.id, f.start, f.end)
    groups.link(edges(feats, blocks(feats, rules).values(), rules))
    return groups.members()
