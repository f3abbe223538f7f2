"""Writes the tone model in the layout core/tone/tone_model.cpp reads (little endian):
"NIBTONE3", u32 buckets, u32 dim, int8 embeddings [buckets x dim], f32 row scales [buckets], then
per dimension (formality, politeness, confidence, sentiment): f32 weights [3 x 2 dim] (over the
features' mean, then their maximum), f32 bias [3], f32 temperature; then the valence list the
features were computed with: u32 count, and per word (sorted) u8 length, UTF-8 bytes, i8 score."""
import struct
from pathlib import Path

import numpy as np


def write_model(path: Path, model: dict):
    q = model["int8"]
    buckets, dim = q.shape
    with open(path, "wb") as f:
        f.write(b"NIBTONE3")
        f.write(struct.pack("<II", buckets, dim))
        f.write(np.ascontiguousarray(q, dtype=np.int8).tobytes())
        f.write(np.asarray(model["scales"], dtype="<f4").tobytes())
        for weights, bias, temperature in model["heads"]:
            f.write(np.asarray(weights, dtype="<f4").tobytes())
            f.write(np.asarray(bias, dtype="<f4").tobytes())
            f.write(struct.pack("<f", temperature))
        valence = sorted(model["valence"].items())
        f.write(struct.pack("<I", len(valence)))
        for word, score in valence:
            encoded = word.encode("utf-8")
            f.write(struct.pack("<B", len(encoded)) + encoded + struct.pack("<b", score))


def read_model(path: Path) -> dict:
    """The inverse of write_model, with the embeddings dequantized (for checks and evaluation)."""
    data = Path(path).read_bytes()
    if data[:8] != b"NIBTONE3":
        raise ValueError(f"{path} is not a Nib tone model")
    buckets, dim = struct.unpack_from("<II", data, 8)
    at = 16
    q = np.frombuffer(data, dtype=np.int8, count=buckets * dim, offset=at).reshape(buckets, dim)
    at += buckets * dim
    scales = np.frombuffer(data, dtype="<f4", count=buckets, offset=at).astype(np.float64)
    at += 4 * buckets
    heads = []
    for _ in range(4):
        w = np.frombuffer(data, dtype="<f4", count=6 * dim, offset=at).astype(np.float64)
        w = w.reshape(3, 2 * dim)
        at += 24 * dim
        b = np.frombuffer(data, dtype="<f4", count=3, offset=at).astype(np.float64)
        at += 12
        (t,) = struct.unpack_from("<f", data, at)
        at += 4
        heads.append((w, b, t))
    (count,) = struct.unpack_from("<I", data, at)
    at += 4
    valence = {}
    for _ in range(count):
        length = data[at]
        word = data[at + 1:at + 1 + length].decode("utf-8")
        (valence[word],) = struct.unpack_from("<b", data, at + 1 + length)
        at += length + 2
    if at != len(data):
        raise ValueError(f"{path} has trailing bytes")
    return {"int8": q, "scales": scales, "embeddings": q.astype(np.float64) * scales[:, None],
            "heads": heads, "valence": valence}
