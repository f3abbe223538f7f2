"""The grammar tagger: a small transformer encoder trained from scratch.

Each input position (the start marker, then one per core token) gets one edit tag and an error
probability. Inputs are three id streams the core computes (word key, suffix bucket, case class),
so the browser needs no tokenizer of its own.
"""
from dataclasses import asdict, dataclass

import torch
from torch import nn


@dataclass
class ModelConfig:
    vocab_size: int
    suffix_buckets: int
    case_classes: int
    tag_count: int
    dim: int = 256
    layers: int = 3
    heads: int = 4
    ff_dim: int = 768
    max_positions: int = 80
    dropout: float = 0.1

    def to_dict(self) -> dict:
        return asdict(self)


class GrammarTagger(nn.Module):
    def __init__(self, config: ModelConfig):
        super().__init__()
        self.config = config
        self.word = nn.Embedding(config.vocab_size, config.dim)
        self.suffix = nn.Embedding(config.suffix_buckets, config.dim)
        self.case = nn.Embedding(config.case_classes, config.dim)
        self.position = nn.Embedding(config.max_positions, config.dim)
        self.embed_norm = nn.LayerNorm(config.dim)
        self.dropout = nn.Dropout(config.dropout)
        layer = nn.TransformerEncoderLayer(
            config.dim, config.heads, config.ff_dim, config.dropout, batch_first=True, norm_first=True
        )
        self.encoder = nn.TransformerEncoder(layer, config.layers, enable_nested_tensor=False)
        self.final_norm = nn.LayerNorm(config.dim)
        self.tags = nn.Linear(config.dim, config.tag_count)
        self.detect = nn.Linear(config.dim, 2)

    def forward(self, word_ids, suffix_ids, case_ids, mask):
        """mask: 1 for real positions, 0 for padding. Returns (tag logits, detection logits)."""
        positions = torch.arange(word_ids.shape[1], device=word_ids.device).unsqueeze(0)
        x = self.word(word_ids) + self.suffix(suffix_ids) + self.case(case_ids) + self.position(positions)
        x = self.dropout(self.embed_norm(x))
        x = self.encoder(x, src_key_padding_mask=mask == 0)
        x = self.final_norm(x)
        return self.tags(x), self.detect(x)


class InferenceTagger(nn.Module):
    """What ships: per position the best edit tag other than KEEP (tag 0) and three probabilities,
    so the core receives four numbers per token instead of a full distribution."""

    def __init__(self, tagger: GrammarTagger):
        super().__init__()
        self.tagger = tagger

    def forward(self, word_ids, suffix_ids, case_ids, mask):
        tag_logits, detect_logits = self.tagger(word_ids, suffix_ids, case_ids, mask)
        tag_probs = torch.softmax(tag_logits, dim=-1)
        keep_prob = tag_probs[:, :, 0]
        best_prob, best_index = torch.max(tag_probs[:, :, 1:], dim=-1)
        error_prob = torch.softmax(detect_logits, dim=-1)[:, :, 1]
        return best_index + 1, best_prob, keep_prob, error_prob
