"""The attribution model at inference: loading a model directory, reading docs, tagging, linking.

Running a trained model is analysis, so it lives here and never imports quotegraph.train; train/
builds on it (its data, loops, export and distillation import these modules). An ONNX model runs on
onnxruntime and tokenizers alone; only a torch (transformer) model imports torch, lazily.
"""
