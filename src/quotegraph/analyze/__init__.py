"""Analysis: parse an article with spaCy and run the stages over it (pipeline.py)."""

from quotegraph.analyze import torchless

torchless.install()  # before any stage imports spaCy: thinc then leaves torch unloaded
