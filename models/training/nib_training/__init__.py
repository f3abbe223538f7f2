"""Nib's training recipe for the grammar model: data preparation, synthetic errors, training."""
