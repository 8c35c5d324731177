"""Scoring predictions against gold: PolNeAR brat standoff and the gold JSON (docs/evaluation.md)."""
