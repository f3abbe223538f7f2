"""Int8 quantization of the exported tagger with the onnx package alone.

    python3 -m nib_training.quantize_int8 --in model.fp32.onnx --out model.int8.onnx [--mode M]

Weights become symmetric int8 with one float scale per output column (per row for embedding
tables). Modes for the weight matrices:
  dynamic  activations are quantized at run time: DynamicQuantizeLinear -> MatMulInteger -> Cast
           -> Mul(a_scale * b_scale) [-> Add bias], the pattern onnxruntime fuses into its
           DynamicQuantizeMatMul kernel (one DynamicQuantizeLinear per MatMul, as the fusion needs);
  weights  weight-only: DequantizeLinear(int8 weight) feeds the float MatMul.
In onnxruntime-web (WASM, SIMD, one thread) dynamic runs about twice as fast as float, while
weights is slower than float (it dequantizes every weight on every call): see
bench/model_latency.ts. Embedding tables are gathered as int8 and only the gathered rows are
scaled back to float.
"""
import argparse

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

# Small matrices (the 2-way detection head, the case table) stay float: no size to win.
MIN_ELEMENTS = 1024


def symmetric_int8(weight: np.ndarray, axis: int) -> tuple:
    """int8 values and float scales (max |w| / 127 along the other axis) for a 2-D matrix."""
    scale = np.abs(weight).max(axis=axis, keepdims=True) / 127.0
    scale[scale == 0] = 1.0
    values = np.clip(np.round(weight / scale), -127, 127).astype(np.int8)
    return values, scale.astype(np.float32)


class Quantizer:
    def __init__(self, model: onnx.ModelProto, mode: str):
        self.model = model
        self.mode = mode
        self.floats = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer
                       if i.data_type == TensorProto.FLOAT}
        # The exporter stores equal tensors once and aliases the copies with Identity nodes
        # (untrained copies of a layer): see through them, and quantize such a tensor once.
        self.aliases = {}
        for node in model.graph.node:
            if node.op_type == "Identity" and self.weight(node.input[0]) in self.floats:
                self.aliases[node.output[0]] = self.weight(node.input[0])
        self.added = {}

    def run(self) -> None:
        graph = self.model.graph
        nodes = []
        for node in graph.node:
            nodes.extend(self.rewrite(node))
        # Bias first (as the exporter writes it) hides the bias from onnxruntime's fusion.
        for node in nodes:
            constant = [self.weight(name) in self.floats for name in node.input]
            if node.op_type == "Add" and constant == [True, False]:
                node.input[0], node.input[1] = node.input[1], node.input[0]
        # Drop what no output needs any more (aliases of the float weights, and the weights).
        used = {o.name for o in graph.output}
        live = []
        for node in reversed(nodes):
            if any(name in used for name in node.output):
                live.append(node)
                used.update(node.input)
        nodes = live[::-1]
        kept = [i for i in graph.initializer if i.name in used]
        graph.ClearField("node")
        graph.node.extend(nodes)
        graph.ClearField("initializer")
        graph.initializer.extend(kept + [i for i in self.added.values() if i.name in used])

    def weight(self, name: str) -> str:
        """The initializer's own name for an input name."""
        return self.aliases.get(name, name)

    def big_float(self, name: str) -> bool:
        array = self.floats.get(self.weight(name))
        return array is not None and array.ndim == 2 and array.size >= MIN_ELEMENTS

    def rewrite(self, node: onnx.NodeProto) -> list:
        if node.op_type == "Gather" and self.big_float(node.input[0]):
            return self.gather(node)
        if node.op_type == "MatMul" and self.big_float(node.input[1]):
            name = self.weight(node.input[1])
            return self.matmul(node.input[0], self.floats[name], name, node.output[0])
        if node.op_type == "Gemm" and self.big_float(node.input[1]) and plain_gemm(node):
            name = self.weight(node.input[1])
            weight = self.floats[name]
            if any(a.name == "transB" and a.i for a in node.attribute):
                weight, name = weight.T, name + "_t"
            if len(node.input) < 3:
                return self.matmul(node.input[0], weight, name, node.output[0])
            product = node.output[0] + "_matmul"
            return self.matmul(node.input[0], weight, name, product) + [
                helper.make_node("Add", [product, node.input[2]], [node.output[0]])]
        return [node]

    def initializer(self, name: str, value: np.ndarray) -> str:
        if name not in self.added:  # else an aliased weight, quantized already
            self.added[name] = numpy_helper.from_array(value, name)
        return name

    def gather(self, node: onnx.NodeProto) -> list:
        table, ids, out = self.weight(node.input[0]), node.input[1], node.output[0]
        values, scale = symmetric_int8(self.floats[table], axis=1)
        q = self.initializer(table + "_int8", values)
        s = self.initializer(table + "_scale", scale)  # [rows, 1]: gathered rows broadcast over dim
        return [
            helper.make_node("Gather", [q, ids], [out + "_int8"]),
            helper.make_node("Cast", [out + "_int8"], [out + "_cast"], to=TensorProto.FLOAT),
            helper.make_node("Gather", [s, ids], [out + "_scale"]),
            helper.make_node("Mul", [out + "_cast", out + "_scale"], [out]),
        ]

    def matmul(self, x: str, weight: np.ndarray, name: str, out: str) -> list:
        values, scale = symmetric_int8(weight, axis=0)
        q = self.initializer(name + "_int8", values)
        s = self.initializer(name + "_scale", scale.reshape(-1))
        if self.mode == "weights":
            return [
                helper.make_node("DequantizeLinear", [q, s], [out + "_weight"], axis=1),
                helper.make_node("MatMul", [x, out + "_weight"], [out]),
            ]
        return [
            helper.make_node("DynamicQuantizeLinear", [x], [out + "_xq", out + "_xs", out + "_xz"]),
            helper.make_node("MatMulInteger", [out + "_xq", q, out + "_xz"], [out + "_int32"]),
            helper.make_node("Cast", [out + "_int32"], [out + "_cast"], to=TensorProto.FLOAT),
            helper.make_node("Mul", [out + "_xs", s], [out + "_scale"]),
            helper.make_node("Mul", [out + "_cast", out + "_scale"], [out]),
        ]


def plain_gemm(node: onnx.NodeProto) -> bool:
    """Y = A @ B(^T) + C: no alpha/beta scaling and A not transposed."""
    attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    return attrs.get("alpha", 1.0) == 1.0 and attrs.get("beta", 1.0) == 1.0 and not attrs.get("transA", 0)


def quantize(in_path: str, out_path: str, mode: str = "dynamic") -> None:
    model = onnx.load(in_path)
    Quantizer(model, mode).run()
    onnx.checker.check_model(model)
    onnx.save(model, out_path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--in", dest="in_path", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--mode", choices=["dynamic", "weights"], default="dynamic")
    args = parser.parse_args()
    quantize(args.in_path, args.out, args.mode)


if __name__ == "__main__":
    main()
