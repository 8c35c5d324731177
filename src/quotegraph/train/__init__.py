"""Training an attribution model: brat standoff → parsed examples → a model directory on disk.

``job`` says what one run is (a ``TrainJob``) and ``loop`` runs it: it parses the articles (``data``),
then hands them to a trainer, the cnn's in ``loop`` or ``transformer_loop``'s, over the epochs of
``epochs``; ``distill``, ``checkpoint`` and ``encoders`` serve the transformer; ``onnx_export`` and
``package`` turn a trained model into what ships. The model is loaded and run by
analyze/runtime/. docs/training.md explains the representation and the measured figures.
"""
