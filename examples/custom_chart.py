"""Embed the timeline chart in a larger matplotlib figure.

Run:  python examples/custom_chart.py        -> writes custom_chart.png

timeline.plot(tl, ax=...) draws on any Axes and returns it, so the chart can sit next
to other plots.  Here: the timeline on the left, and on the right a bar chart of how
many events each article reports, in the same colours as the chart.
"""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no window: write a file
import matplotlib.pyplot as plt  # noqa: E402

import timeline  # noqa: E402
from timeline.render.plot import PALETTE  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
tl = timeline.build(timeline.Corpus.from_dir(SEEDS))

fig, (left, right) = plt.subplots(
    1, 2, figsize=(19, 11), gridspec_kw={"width_ratios": [4, 1]}, layout="constrained"
)

# The timeline, without its own legend (the right panel explains the colours), with a
# shorter label length to leave room.
ax = timeline.plot(tl, ax=left, legend=False, label_chars=40, title="Events and publication dates")
ax.set_xlabel("date (February 2018)")

# Events per article, coloured like the chart (articles get PALETTE colours in order).
ids = [d.id for d in tl.documents]
counts = [sum(any(s.document_id == i for s in e.sources) for e in tl.events) for i in ids]
colors = [PALETTE[k % len(PALETTE)] for k in range(len(ids))]
right.barh([i.split("_")[0] for i in ids], counts, color=colors)
right.invert_yaxis()
right.set_title("events reported per article")
right.set_xlabel("events")
for k, d in enumerate(tl.documents):
    right.text(0.1, k, d.published_how, va="center", color="white", fontsize=9)

fig.suptitle("Seed corpus, February 2018", fontsize=14)
fig.savefig("custom_chart.png", dpi=120)
print("wrote custom_chart.png")
