"""Writes the tone model in the layout core/tone/tone_model.cpp reads (little endian):
"NIBTONE4", u32 members, u32 rows (per member), u32 width, int8 embeddings [members x rows x
width], f32 row scales [members x rows], then per dimension (formality, politeness, confidence,
sentiment): f32 weights [3 x 2 members width] (over the members' feature means side by side, then
their maxima), f32 bias [3], f32 temperature; then the valence list the features were computed
with: u32 count, and per word (sorted) u8 length, UTF-8 bytes, i8 score."""
import struct
from pathlib import Path

import numpy as np

MAGIC = b"NIBTONE4"


def write_model(path: Path, model: dict):
    q = model["int8"]
    members, rows, width = q.shape
    with open(path, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<III", members, rows, width))
        f.write(np.ascontiguousarray(q, dtype=np.int8).tobytes())
        f.write(np.ascontiguousarray(model["scales"], dtype="<f4").tobytes())
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
    if data[:8] != MAGIC:
        raise ValueError(f"{path} is not a Nib tone model of this layout")
    members, rows, width = struct.unpack_from("<III", data, 8)
    at = 20
    count = members * rows * width
    q = np.frombuffer(data, dtype=np.int8, count=count, offset=at).reshape(members, rows, width)
    at += count
    scales = np.frombuffer(data, dtype="<f4", count=members * rows, offset=at)
    scales = scales.astype(np.float64).reshape(members, rows)
    at += 4 * members * rows
    dim = members * width
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
    return {"int8": q, "scales": scales, "embeddings": q.astype(np.float64) * scales[:, :, None],
            "heads": heads, "valence": valence}
