import assert from "node:assert/strict";
import { test } from "node:test";

import { engine } from "./engine_fixture.js";

const POST = "I recieved a email from my freind yesterday. She have many friend.";

test("every shipped language explains spelling and grammar suggestions with the words filled in", async () => {
  const nib = await engine();
  const languages = nib.info().explain_languages;
  assert.equal(languages.length, 15);
  assert.deepEqual(
    languages.filter((l) => l.direction === "rtl").map((l) => l.code),
    ["ar"],
  );
  const english = await nib.check(POST);
  const grammar = english.suggestions.find((s) => s.source === "model");
  assert.ok(grammar, `the model finds a grammar problem in ${POST}`);
  for (const { code } of languages) {
    const response = await nib.check(POST, { explainLanguage: code });
    assert.equal(response.explain_language, code);
    assert.equal(response.suggestions.length, english.suggestions.length, code);
    for (const s of response.suggestions) {
      assert.equal(s.explanation.language, code, `${code}: ${s.explanation.message}`);
      assert.ok(!s.explanation.message.includes("{"), `${code}: ${s.explanation.message}`);
      assert.ok(s.explanation.message.includes(s.replacements[0] ?? s.original), `${code}: ${s.explanation.message}`);
      if (code !== "en") {
        const same = english.suggestions.find((e) => e.id === s.id);
        assert.notEqual(s.explanation.message, same?.explanation.message, `${code} is translated`);
      }
    }
  }
});

test("explanations read as written for each language (spot checks)", async () => {
  const nib = await engine();
  const message = async (language: string, word: string) =>
    (await nib.check(POST, { explainLanguage: language })).suggestions.find((s) => s.original === word)?.explanation.message;
  assert.equal(await message("id", "recieved"), "“recieved” tidak ada di kamus. Mungkin maksud Anda “received”?");
  assert.equal(await message("hu", "recieved"), "„recieved” nincs benne a szótárban. Erre gondoltál: „received”?");
  assert.equal(await message("de", "freind"), "„freind“ steht nicht im Wörterbuch. Meinten Sie „friend“?");
  assert.equal(await message("ja", "freind"), "「freind」は辞書にありません。「friend」のことですか？");
  assert.equal(await message("ar", "freind"), "الكلمة «freind» غير موجودة في القاموس. هل تقصد «friend»؟");
});

test("regional and differently spelled tags reach a shipped language; others fall back to English with a warning", async () => {
  const nib = await engine();
  for (const [asked, shipped] of [["pt", "pt-BR"], ["zh_CN", "zh-CN"], ["es-MX", "es"], ["en-GB", "en"]] as const) {
    assert.equal((await nib.check(POST, { explainLanguage: asked })).explain_language, shipped, asked);
  }
  const dutch = await nib.check(POST, { explainLanguage: "nl" });
  assert.equal(dutch.explain_language, "en");
  assert.ok(dutch.warnings.some((w) => w.code === "explain_language_unsupported"));
  assert.ok(dutch.suggestions.every((s) => s.explanation.language === "en"));
});
