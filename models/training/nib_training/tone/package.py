"""Writes the tone model in the layout core/tone/tone_model.cpp reads (little endian):
"NIBTONE1", u32 buckets, u32 dim, int8 embeddings [buckets x dim], f32 row scales [buckets], then
per dimension (formality, politeness, confidence, sentiment): f32 weights [3 x dim], f32 bias [3],
f32 temperature."""
import struct
from pathlib import Path

import numpy as np


def write_model(path: Path, model: dict):
    q = model["int8"]
    buckets, dim = q.shape
    with open(path, "wb") as f:
        f.write(b"NIBTONE1")
        f.write(struct.pack("<II", buckets, dim))
        f.write(np.ascontiguousarray(q, dtype=np.int8).tobytes())
        f.write(np.asarray(model["scales"], dtype="<f4").tobytes())
        for weights, bias, temperature in model["heads"]:
            f.write(np.asarray(weights, dtype="<f4").tobytes())
            f.write(np.asarray(bias, dtype="<f4").tobytes())
            f.write(struct.pack("<f", temperature))
