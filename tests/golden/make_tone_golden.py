"""Writes tests/golden/tone_features.jsonl: posts with the rows the core gives their features in
the tables of two members (the rows the shipped tone model's members were trained on). Run once,
then review; the core's unit tests (tests/unit/tone/tone_golden_test.cpp) and the recipe's
(models/training/tests/test_tone.py) check that both still agree with it: a change here means the shipped tone model must be retrained.

    /usr/bin/python3 tests/golden/make_tone_golden.py   # needs build/native (nib_capi_shared)
"""
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1].parent
sys.path.insert(0, str(REPO / "models" / "training"))

from nib_training.core import Core  # noqa: E402
from nib_training.tone.train import BUCKETS  # noqa: E402

POSTS = [
    "Could you please send me the report? Thanks!",
    "omg u guys this is SOOOO cool lol 😂😂",
    "hey @maria, i'm gonna be late, can’t make it tbh #standup",
    "I think maybe we could try it, but I'm not sure...",
    "Shut up!!! Nobody asked.",
    "Dear Sir, please find attached the invoice (https://example.com/x).",
    "We will DEFINITELY win 🏆 `code` $TSLA 3pm",
    "مرحبا بالجميع",
    "You're so useless. This is awful, thanks.",
    "We acknowledge receipt of your correspondence.",
    "",
]
# A valence list of the golden file's own (the shipped one is AFINN-165's, inside tone.bin): the
# features of rated words, and of rated words in a sentence that addresses the reader.
MEMBERS = 2
VALENCE = {"please": 1, "thanks": 2, "cool": 1, "win": 4, "useless": -2, "awful": -3, "sure": 1}

if __name__ == "__main__":
    core = Core()
    answer = core.call({"method": "tone_features", "texts": POSTS, "rows": BUCKETS,
                        "members": MEMBERS, "valence": VALENCE})
    with open(REPO / "tests" / "golden" / "tone_features.jsonl", "w", encoding="utf-8") as f:
        for post, rows in zip(POSTS, answer["features"]):
            f.write(json.dumps({"text": post, "rows": BUCKETS, "members": MEMBERS,
                                "valence": VALENCE, "features": rows}, ensure_ascii=False) + "\n")
