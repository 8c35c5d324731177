"""A learned attribution model: brat standoff → spaCy examples, training, and the model on disk.

``data`` turns gold attributions into token-labelled docs, ``link`` groups predicted SOURCE / CUE /
CONTENT spans into attributions, ``model`` loads and runs a trained model directory, ``loop`` trains
one. docs/training.md explains the representation and the measured figures.
"""
