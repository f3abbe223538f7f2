"""Writes the fuzz targets' seed corpora from real posts: the hand-written hostile seeds in
tests/fuzz/seed_posts.txt and the clean posts of tests/data/clean_posts.jsonl, each framed the way
its target reads its input (a mode byte, options, then the text)."""
import hashlib
import json
import pathlib
import random
import sys

root = pathlib.Path(__file__).resolve().parents[2]
out = pathlib.Path(sys.argv[1])

posts = [line for line in (root / "tests/fuzz/seed_posts.txt").read_text("utf-8").splitlines() if line]
posts += [json.loads(line)["text"] for line in (root / "tests/data/clean_posts.jsonl").read_text("utf-8").splitlines()]
rng = random.Random(2026)


def write(target, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


for post in posts:
    text = post.encode("utf-8")
    write("segmenter", text)
    # api: a check request framed by the target (mode 1, dialect any, no options, no personal
    # words, no disabled rules) and the same post as raw request JSON (mode 0).
    write("api", bytes([1, 0, 0, 0, 1]) + text)
    write("api", bytes([0]) + json.dumps({"method": "check", "text": post}).encode("utf-8"))
    write("spell", bytes([1]) + text)
    for word in post.split()[:3]:
        write("spell", bytes([0]) + word.encode("utf-8"))
    # decoder: the text's length, the text, then bytes that play the model.
    write("decoder", len(text).to_bytes(2, "big") + text + bytes(rng.randrange(256) for _ in range(512)))
