"""Export and int8 quantization of a tiny random tagger: valid graphs, int8 weights, a smaller file."""
import json
import os
import tempfile
import unittest

import onnx
import torch

from nib_training.export_onnx import INPUT_NAMES, OUTPUT_NAMES, export
from nib_training.model import GrammarTagger, ModelConfig
from nib_training.quantize_int8 import MIN_ELEMENTS, quantize


class ExportTest(unittest.TestCase):
    def test_export_and_quantize(self):
        torch.manual_seed(0)
        config = ModelConfig(vocab_size=2000, suffix_buckets=64, case_classes=4, tag_count=50,
                             dim=32, layers=1, heads=2, ff_dim=64)
        with tempfile.TemporaryDirectory() as tmp:
            checkpoint, fp32, int8, fixture = (os.path.join(tmp, n) for n in
                                               ("model.pt", "fp32.onnx", "int8.onnx", "fixture.json"))
            torch.save({"config": config.to_dict(), "state": GrammarTagger(config).state_dict()}, checkpoint)
            export(checkpoint, fp32, fixture)
            quantize(fp32, int8)

            exported = onnx.load(fp32)
            onnx.checker.check_model(exported)
            self.assertEqual([i.name for i in exported.graph.input], INPUT_NAMES)
            self.assertEqual([o.name for o in exported.graph.output], OUTPUT_NAMES)
            with open(fixture) as f:
                self.assertEqual(len(json.load(f)["cases"]), 3)

            quantized = onnx.load(int8)
            onnx.checker.check_model(quantized, full_check=True)
            # Every weight matrix worth quantizing (scales are [rows, 1] or 1-D and stay float).
            matrices = [i for i in quantized.graph.initializer
                        if len(i.dims) == 2 and min(i.dims) > 1 and sizeof(i) >= MIN_ELEMENTS]
            self.assertGreaterEqual(len(matrices), 8)  # word, suffix, position tables; 4 encoder weights; tag head
            for initializer in matrices:
                self.assertEqual(initializer.data_type, onnx.TensorProto.INT8, initializer.name)
            self.assertIn("MatMulInteger", {n.op_type for n in quantized.graph.node})
            self.assertLess(os.path.getsize(int8), 0.5 * os.path.getsize(fp32))


def sizeof(initializer: onnx.TensorProto) -> int:
    size = 1
    for dim in initializer.dims:
        size *= dim
    return size


if __name__ == "__main__":
    unittest.main()
