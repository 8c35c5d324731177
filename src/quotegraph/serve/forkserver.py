"""Imported by the analysis workers' forkserver (serve/workers.py) before it forks any worker.

The gazetteer, built here once, is each worker's already (copied on write): a worker starts, or starts
again after being stopped at the time cap, in about the time its spaCy model takes to load, instead of
building it again (seconds) while requests wait.
"""

from quotegraph.analyze.gazetteer import gazetteer

gazetteer()
