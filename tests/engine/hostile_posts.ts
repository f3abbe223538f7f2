// Generated hostile posts for the engine's robustness suite: random Unicode (lone surrogates,
// combining marks, bidi controls, ZWJ emoji), markup and code, URLs inside URLs, whitespace and
// punctuation only, near-limit and over-limit sizes. Seeded, so a failure names a reproducible post.

/** mulberry32: small, fast and good enough to pick test inputs. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));

const WORDS = [
  "I", "go", "goes", "went", "to", "the", "a", "an", "school", "their", "there", "they're", "its",
  "it's", "dont", "realy", "recieve", "teh", "becuase", "definately", "lose", "loose", "he", "she",
  "have", "has", "been", "yesterday", "tomorow", "people", "informations", "advices", "much", "many",
  "Kraków", "naïve", "café", "résumé", "Zoë", "Müller", "O'Brien", "e-mail", "co-op", "don't", "I'm",
];
const EMOJI = [
  "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇮🇩", "🇭🇺", "❤️", "1️⃣", "🧑🏿‍💻", "👩‍❤️‍💋‍👨", "🫠", "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
];
const BIDI = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];
const INVISIBLE = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u034F", "\u180E"];
const SCRIPTS = [
  "مرحبا بالعالم", "שלום עולם", "Привет мир", "你好世界", "こんにちは世界", "안녕하세요", "नमस्ते दुनिया",
  "Xin chào thế giới", "Merhaba dünya", "Selamat pagi semuanya", "Jó reggelt mindenkinek",
];
const PROTECTED = [
  "@maria_k", "@user@mastodon.social", "#TBT", "#日本", "https://example.com/a?b=c&d=e#f",
  "www.example.org/path", "someone@example.com", "`code()`", "$HOME", "C:\\Users\\me", "v1.2.3",
  "10:30pm", "+1 (555) 123-4567", "r/AskReddit", "u/someone",
];
const MARKUP = [
  "<b>bold</b>", "<img src=x onerror=alert(1)>", "<script>alert('x')</script>", "**bold**", "_it_",
  "[link](http://a.b/c)", "> quoted", "```\nconst x = 1;\n```", "<!-- c -->", "&amp;&lt;&#x27;",
  "{{template}}", "${injection}", "'); DROP TABLE posts;--", "\\u0000", "%s%s%n",
];

function randomCodeUnits(rng: Rng, length: number): string {
  let out = "";
  for (let i = 0; i < length; i += 1) out += String.fromCharCode(int(rng, 0, 0xffff));
  return out;
}

function randomCodePoints(rng: Rng, length: number): string {
  let out = "";
  for (let i = 0; i < length; i += 1) {
    const plane = rng();
    const cp = plane < 0.6 ? int(rng, 0x20, 0x2fff) : plane < 0.9 ? int(rng, 0x3000, 0xffff) : int(rng, 0x10000, 0x10ffff);
    out += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return out;
}

function zalgo(rng: Rng, word: string): string {
  let out = "";
  for (const ch of word) {
    out += ch;
    for (let k = int(rng, 0, 12); k > 0; k -= 1) out += String.fromCharCode(int(rng, 0x300, 0x36f));
  }
  return out;
}

function sentence(rng: Rng, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i += 1) parts.push(pick(rng, WORDS));
  return parts.join(" ") + pick(rng, [".", "!", "?", "", "...", " 😅", ","]);
}

/** A mixture: words with hostile pieces spliced in at random places. */
function mixture(rng: Rng): string {
  const pieces: string[] = [];
  for (let i = int(rng, 1, 40); i > 0; i -= 1) {
    const roll = rng();
    if (roll < 0.35) pieces.push(pick(rng, WORDS));
    else if (roll < 0.45) pieces.push(pick(rng, EMOJI));
    else if (roll < 0.52) pieces.push(pick(rng, BIDI) + pick(rng, WORDS));
    else if (roll < 0.58) pieces.push(pick(rng, WORDS) + pick(rng, INVISIBLE) + pick(rng, WORDS));
    else if (roll < 0.65) pieces.push(pick(rng, SCRIPTS));
    else if (roll < 0.73) pieces.push(pick(rng, PROTECTED));
    else if (roll < 0.8) pieces.push(pick(rng, MARKUP));
    else if (roll < 0.85) pieces.push(zalgo(rng, pick(rng, WORDS)));
    else if (roll < 0.9) pieces.push(randomCodeUnits(rng, int(rng, 1, 4)));
    else if (roll < 0.95) pieces.push(pick(rng, [".", "!!!", "?", "\n", "\n\n", "\t", "  ", "—", "…", "'", '"']));
    else pieces.push(pick(rng, WORDS).toUpperCase());
  }
  const glue = pick(rng, [" ", " ", " ", "", "\n", "\u00A0", "\u3000"]);
  return pieces.join(glue);
}

function nestedUrl(rng: Rng): string {
  let url = "https://example.com/?q=";
  for (let depth = int(rng, 1, 6); depth > 0; depth -= 1) {
    url = `https://${pick(rng, ["a.b", "x.y.z", "t.co", "xn--n3h.com"])}/r?u=${encodeURIComponent(url)}&${pick(rng, WORDS)}=1`;
  }
  return `see ${url} ${pick(rng, ["it's grate", "thx", "realy good"])}`;
}

/** The generator's families, cycled so that each appears about equally often. */
const FAMILIES: ((rng: Rng) => string)[] = [
  (rng) => randomCodeUnits(rng, int(rng, 0, 300)),
  (rng) => randomCodePoints(rng, int(rng, 0, 300)),
  mixture,
  mixture,
  (rng) => Array.from({ length: int(rng, 1, 6) }, () => sentence(rng, int(rng, 1, 20))).join(" "),
  (rng) => Array.from({ length: int(rng, 1, 20) }, () => zalgo(rng, pick(rng, WORDS))).join(" "),
  (rng) => Array.from({ length: int(rng, 1, 30) }, () => pick(rng, EMOJI)).join(pick(rng, ["", " ", "\u200D"])),
  (rng) => Array.from({ length: int(rng, 1, 10) }, () => pick(rng, BIDI) + pick(rng, SCRIPTS) + " " + pick(rng, WORDS)).join(" "),
  nestedUrl,
  (rng) => Array.from({ length: int(rng, 1, 8) }, () => pick(rng, MARKUP) + " " + sentence(rng, int(rng, 1, 8))).join("\n"),
  (rng) => Array.from({ length: int(rng, 0, 200) }, () => pick(rng, [" ", "\t", "\n", "\r\n", "\u00A0", "\u2028", "\u3000"])).join(""),
  (rng) => Array.from({ length: int(rng, 1, 200) }, () => pick(rng, [".", ",", "!", "?", ";", ":", "-", "—", "'", '"', "(", ")", "…", "*", "#", "@"])).join(""),
  (rng) => Array.from({ length: int(rng, 1, 12) }, () => pick(rng, PROTECTED)).join(pick(rng, [" ", "", ","])),
];

/** `count` small hostile posts (up to a few thousand code units each), deterministic for a seed. */
export function hostilePosts(count: number, seed: number): string[] {
  const rng = random(seed);
  return Array.from({ length: count }, (_, i) => FAMILIES[i % FAMILIES.length]!(rng));
}

/** The huge ones: megabyte strings (over the limit), near-limit posts, a 50,000-word post. */
export function hugePosts(limit: number): { name: string; text: string }[] {
  const rng = random(99);
  const words = Array.from({ length: 50_000 }, (_, i) => (i % 14 === 13 ? pick(rng, WORDS) + "." : pick(rng, ["I", "go", "to", "a", "it", "he", "we", "so", "no", "be"])));
  return [
    { name: "1 MB of letters", text: "a".repeat(1 << 20) },
    { name: "1 MB of random code units", text: randomCodeUnits(rng, 1 << 20) },
    { name: "limit + 1", text: "b".repeat(limit + 1) },
    { name: "one word at the limit", text: "x".repeat(limit) },
    { name: "emoji up to the limit", text: "👨‍👩‍👧‍👦".repeat(Math.floor(limit / 11)) },
    { name: "combining marks up to the limit", text: "e" + "\u0301".repeat(limit - 1) },
    { name: "lone surrogates up to the limit", text: "\uD800".repeat(limit) },
    { name: "a 50,000-word post", text: words.join(" ") },
    { name: "one sentence of misspellings near the limit", text: Array.from({ length: Math.floor(limit / 9) }, () => "recieve").join(" ") },
  ];
}
