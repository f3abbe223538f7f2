"""The tone model's recipe: labelled examples from public data, training, calibration,
evaluation and packaging of models/tone/tone.bin."""
