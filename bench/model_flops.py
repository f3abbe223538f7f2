#!/usr/bin/python3
"""Theoretical cost (FLOPs) of one forward pass of an ONNX model: 1 sentence of N positions.

Usage: /usr/bin/python3 bench/model_flops.py [--model PATH] [--positions N]
Needs only Debian's `onnx` (1.12, which has no onnx.reference) and `numpy`. Prints one JSON object.
"""
import argparse, json, math, os
import numpy as np
import onnx
from onnx import helper, mapping, numpy_helper, shape_inference

HERE = os.path.dirname(__file__)
DEFAULT_MODEL = os.path.normpath(os.path.join(HERE, "..", "models", "grammar", "model.onnx"))
NP_TYPE = mapping.TENSOR_TYPE_TO_NP_TYPE
MATMUL = {"MatMul", "MatMulInteger", "QLinearMatMul", "Gemm"}
# Data movement and index arithmetic: no work on activations worth counting.
FREE = {"Constant", "Shape", "Gather", "Reshape", "Transpose", "Concat", "Unsqueeze", "Squeeze", "Slice",
        "Expand", "ConstantOfShape", "Range", "Identity", "Flatten"}
# Far from ~1 FLOP per element: refuse rather than silently undercount.
UNHANDLED = {"Conv", "ConvInteger", "QLinearConv", "ConvTranspose", "LSTM", "GRU", "RNN", "Einsum",
             "Attention"}


def _slice(a, x, starts, ends, axes=None, steps=None):
    index = [slice(None)] * x.ndim
    axes = range(len(starts)) if axes is None else axes
    steps = [1] * len(starts) if steps is None else steps
    for s, e, ax, st in zip(starts, ends, axes, steps):
        index[int(ax)] = slice(int(s), int(e), int(st))  # Python slicing clamps like ONNX does
    return x[tuple(index)]


def _dynamic_quantize(a, x):
    lo, hi = min(float(x.min()), 0.0), max(float(x.max()), 0.0)
    scale = np.float32((hi - lo) / 255 or 1.0)
    zero = np.uint8(np.clip(round(-lo / scale), 0, 255))
    return np.clip(np.round(x / scale) + zero, 0, 255).astype(np.uint8), scale, zero


def _layer_norm(a, x, scale, bias=None):
    axes = tuple(range(a.get("axis", -1) % x.ndim, x.ndim))
    centred = x - x.mean(axes, keepdims=True)
    y = centred / np.sqrt((centred ** 2).mean(axes, keepdims=True) + a.get("epsilon", 1e-5)) * scale
    return y if bias is None else y + bias


def _softmax(a, x):
    e = np.exp(x - x.max(a.get("axis", -1), keepdims=True))
    return e / e.sum(a.get("axis", -1), keepdims=True)


def _reduce_max(a, x, axes=None):  # axes: an attribute up to opset 17, an input from 18
    axes = a.get("axes") if axes is None else axes
    return np.max(x, axis=None if axes is None else tuple(axes), keepdims=bool(a.get("keepdims", 1)))


# A numpy executor for the graph's ops (opset 13+ forms). Only the shapes it produces are used, so float
# values need only be plausible; the integer shape arithmetic (Shape, Gather, Concat, Range…) is exact.
OPS = {
    "Slice": _slice, "DynamicQuantizeLinear": _dynamic_quantize,
    "LayerNormalization": _layer_norm, "Softmax": _softmax,
    "Constant": lambda a: numpy_helper.to_array(a["value"]) if "value" in a else np.array(*a.values()),
    "Add": lambda a, x, y: x + y, "Sub": lambda a, x, y: x - y, "Mul": lambda a, x, y: x * y,
    "Div": lambda a, x, y: (x / y).astype(np.result_type(x, y)),  # integer Div truncates in ONNX
    "Pow": lambda a, x, y: np.power(x, y), "Sqrt": lambda a, x: np.sqrt(x), "Tanh": lambda a, x: np.tanh(x),
    "Relu": lambda a, x: np.maximum(x, 0), "Equal": lambda a, x, y: np.equal(x, y),
    "Where": lambda a, c, x, y: np.where(c, x, y), "Identity": lambda a, x: x,
    "Cast": lambda a, x: x.astype(NP_TYPE[a["to"]]),
    "Shape": lambda a, x: np.array(x.shape[a.get("start", 0):a.get("end")], np.int64),
    "Unsqueeze": lambda a, x, axes: np.expand_dims(x, tuple(int(i) for i in axes)),  # axes index the output
    "Gather": lambda a, x, i: np.take(x, i, axis=a.get("axis", 0)),
    "Transpose": lambda a, x: np.transpose(x, a.get("perm")),
    "Concat": lambda a, *xs: np.concatenate(xs, a["axis"]),
    "Reshape": lambda a, x, s: x.reshape([x.shape[i] if d == 0 else d for i, d in enumerate(s)]),
    "Expand": lambda a, x, s: np.broadcast_to(x, np.broadcast_shapes(x.shape, tuple(s))),
    "ConstantOfShape": lambda a, s: np.full(s, numpy_helper.to_array(a["value"])[0] if a else 0.0),
    "Range": lambda a, start, limit, delta: np.arange(start, limit, delta, dtype=start.dtype),
    "MatMul": lambda a, x, y: np.matmul(x, y),
    "MatMulInteger": lambda a, x, y, xz=0, yz=0: np.matmul(x.astype(np.int32) - xz, y.astype(np.int32) - yz),
    "ReduceMax": _reduce_max,
    "ArgMax": lambda a, x: np.argmax(x, a.get("axis", 0), keepdims=bool(a.get("keepdims", 1))),
}


def numpy_shapes(graph, feeds):
    """Runs the graph once on dummy inputs; returns every tensor's shape (up to any unsupported op)."""
    env = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    env.update(feeds)
    stopped = None
    for node in graph.node:
        if node.op_type not in OPS:
            stopped = f"numpy run stopped at {node.op_type}"
            break
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        try:
            out = OPS[node.op_type](attrs, *[env[i] if i else None for i in node.input])
        except Exception as e:
            raise SystemExit(f"numpy run failed at {node.op_type} {node.name or node.output[0]}: {e}")
        env.update(zip(node.output, out if isinstance(out, tuple) else (out,)))
    return {k: list(np.shape(v)) for k, v in env.items()}, stopped


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default=DEFAULT_MODEL)
    p.add_argument("--positions", type=int, default=64)
    args = p.parse_args()
    model = onnx.load(args.model)
    g = model.graph
    inits = {t.name for t in g.initializer}
    fixed, feeds = [], {}
    for inp in (i for i in g.input if i.name not in inits):
        for axis, d in enumerate(inp.type.tensor_type.shape.dim):
            if not d.HasField("dim_value"):  # axis 0 is the batch; every other free axis is positions
                size = 1 if axis == 0 else args.positions
                fixed.append(f"{inp.name}[{d.dim_param or axis}]={size}")
                d.dim_value = size  # replaces dim_param (a oneof)
        shape = [d.dim_value for d in inp.type.tensor_type.shape.dim]
        feeds[inp.name] = np.ones(shape, NP_TYPE[inp.type.tensor_type.elem_type])

    inferred = shape_inference.infer_shapes(model, data_prop=True).graph
    shapes = {t.name: list(t.dims) for t in g.initializer}
    for vi in list(inferred.input) + list(inferred.value_info) + list(inferred.output):
        tt = vi.type.tensor_type
        if tt.HasField("shape") and all(d.HasField("dim_value") for d in tt.shape.dim):
            shapes[vi.name] = [d.dim_value for d in tt.shape.dim]
    produced = [o for n in g.node for o in n.output if o]
    known = sum(o in shapes for o in produced)
    how = f"shapes: {known}/{len(produced)} node outputs from onnx shape inference (data_prop)"
    if known < len(produced):  # Range/Slice/Reshape chains inference cannot follow: read the real shapes
        run, stopped = numpy_shapes(g, feeds)
        for name, shape in run.items():
            if shapes.setdefault(name, shape) != shape:
                raise SystemExit(f"shape inference says {name} is {shapes[name]}, the numpy run {shape}")
        how += ", the rest from one numpy run on dummy inputs (it agrees with inference where both know)"
        how += f"; {stopped}" if stopped else ""

    by_op = dict.fromkeys(["MatMulInteger", "MatMul", "Gemm", "Softmax", "elementwise"], 0)
    skipped = []
    for n in g.node:
        label = f"{n.op_type} {n.name or n.output[0]}"
        if n.op_type in UNHANDLED:
            raise SystemExit(f"{label}: no cost rule for {n.op_type}")
        if n.op_type in MATMUL:  # 2*M*K*N: a multiply and an add per term; batched dims are in the output
            a, out = shapes.get(n.input[0]), shapes.get(n.output[0])
            if a is None or out is None:
                raise SystemExit(f"{label}: shape unknown, cannot count a matrix product")
            k = a[0] if any(x.name == "transA" and x.i for x in n.attribute) else a[-1]
            by_op[n.op_type] = by_op.get(n.op_type, 0) + 2 * math.prod(out) * k
        elif n.op_type not in FREE:
            tensors = [t for t in list(n.input) + list(n.output) if t]
            if not all(t in shapes for t in tensors):
                skipped.append(label)
                continue
            # ~1 FLOP per element of the largest tensor touched (a reduction's input, a broadcast's output)
            key = "Softmax" if n.op_type == "Softmax" else "elementwise"
            by_op[key] += max(math.prod(shapes[t]) for t in tensors)

    total = sum(by_op.values())
    notes = (
        "matrix products (MatMul, MatMulInteger, Gemm) at 2*M*K*N FLOPs, batched dims included; Softmax, "
        "LayerNormalization, reductions, DynamicQuantizeLinear, Cast and other elementwise ops at ~1 FLOP "
        "per element of their largest input/output (an approximation: Softmax and LayerNormalization really "
        "take several); Gather (embedding lookups), Reshape, Transpose, Shape and other data movement at 0. "
        f"inputs fixed: {', '.join(fixed) or 'none'}. {how}. skipped nodes: {', '.join(skipped) or 'none'}. "
        "parameters: elements of all initializers (int8 weights with their float scales, biases, norms).")
    print(json.dumps({
        "model": args.model, "positions": args.positions, "flops": total, "by_op": by_op,
        "matmul_share": round(sum(v for k, v in by_op.items() if k in MATMUL) / total, 4) if total else 0.0,
        "parameters": sum(math.prod(t.dims) for t in g.initializer), "notes": notes}, indent=2))


if __name__ == "__main__":
    main()
