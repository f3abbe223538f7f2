// Sentence breaks for social posts: after terminal punctuation followed by whitespace (or the end),
// and at every line break, since posts use line breaks where prose would use full stops. Protected
// spans never break a sentence: the dots of a URL or a number are inside one token.
#include "text/sentences.hpp"

#include "text/abbreviations.hpp"
#include "text/char_class.hpp"
#include "text/scan.hpp"

namespace nib::text::detail {
namespace {

bool is_terminal(char32_t cp) {
  switch (cp) {
    case '.':
    case '!':
    case '?':
    case U'…':
    case U'‼':
    case U'⁇':
    case U'⁈':
    case U'⁉':
    case U'。':
    case U'｡':
    case U'！':
    case U'？':
    case U'؟':  // Arabic question mark
    case U'۔':  // Urdu full stop
    case U'।':  // Devanagari danda
    case U'॥':
    case U'።':  // Ethiopic full stop
      return true;
    default:
      return false;
  }
}

// Full-width stops end a sentence without a space after them: 日本語です。次の文。
bool is_ideographic_terminal(char32_t cp) {
  return cp == U'。' || cp == U'｡' || cp == U'！' || cp == U'？';
}

// Closing quotes and brackets (and Markdown emphasis) right after the terminal punctuation belong
// to the sentence it ends: (Really?) "Yes." *Wow!*
bool is_closer(char32_t cp) {
  switch (cp) {
    case ')':
    case ']':
    case '}':
    case '"':
    case '\'':
    case '*':
    case '_':
    case U'’':
    case U'”':
    case U'»':
    case U'›':
    case U'」':
    case U'』':
    case U'】':
    case U'》':
    case U'〉':
    case U'）':
    case U'］':
      return true;
    default:
      return false;
  }
}

class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view text, std::span<const Token> tokens)
      : text_(text), tokens_(tokens) {}

  std::vector<Sentence> run() {
    std::size_t i = 0;
    while (i < tokens_.size()) {
      if (i > first_ && line_break_between(i - 1, i)) close(i - 1);
      if (!is_punctuation_in(i, is_terminal)) {
        ++i;
        continue;
      }
      const std::size_t last = end_of_terminal_run(i);
      const bool at_boundary = last + 1 == tokens_.size() || !adjacent(last, last + 1) ||
                               is_emoji(last + 1) || is_punctuation_in(i, is_ideographic_terminal);
      if (at_boundary && !is_abbreviation_stop(i, last)) close(trailing_emoji_end(last));
      i = last + 1;
    }
    if (first_ < tokens_.size()) close(tokens_.size() - 1);
    return std::move(sentences_);
  }

 private:
  char32_t first_code_point(std::size_t token) const { return peek(text_, tokens_[token].begin); }

  bool is_punctuation_in(std::size_t token, bool (*test)(char32_t)) const {
    return tokens_[token].kind == TokenKind::punctuation && test(first_code_point(token));
  }

  bool is_emoji(std::size_t token) const {
    return tokens_[token].kind == TokenKind::protected_span &&
           tokens_[token].protected_kind == ProtectedKind::emoji;
  }

  bool adjacent(std::size_t a, std::size_t b) const { return tokens_[a].end == tokens_[b].begin; }

  // The gap between two tokens holds only skipped characters: whitespace, controls, format.
  bool line_break_between(std::size_t a, std::size_t b) const {
    for (std::size_t p = tokens_[a].end; p < tokens_[b].begin; p = next(text_, p)) {
      if (is_line_break(peek(text_, p))) return true;
    }
    return false;
  }

  // ?!, ..., !!! and then closing quotes or brackets, all touching.
  std::size_t end_of_terminal_run(std::size_t first) const {
    std::size_t last = first;
    while (last + 1 < tokens_.size() && adjacent(last, last + 1) &&
           is_punctuation_in(last + 1, is_terminal)) {
      ++last;
    }
    while (last + 1 < tokens_.size() && adjacent(last, last + 1) &&
           is_punctuation_in(last + 1, is_closer)) {
      ++last;
    }
    return last;
  }

  // A lone full stop after Mr, etc, or a dotted form (e.g., U.S., a.m.) does not end a sentence.
  bool is_abbreviation_stop(std::size_t stop, std::size_t last) const {
    if (first_code_point(stop) != '.' || stop == 0 || !adjacent(stop - 1, stop)) return false;
    if (last > stop && is_punctuation_in(stop + 1, is_terminal)) return false;
    const Token& word = tokens_[stop - 1];
    if (word.kind != TokenKind::word) return false;
    const std::string_view letters = text_.substr(word.begin, word.end - word.begin);
    if (is_abbreviation(letters)) return true;
    const bool one_letter = next(text_, word.begin) == word.end;
    return one_letter && stop >= 2 && adjacent(stop - 2, stop - 1) &&
           first_code_point(stop - 2) == '.' && tokens_[stop - 2].kind == TokenKind::punctuation;
  }

  // Emoji after the end of a sentence on the same line still belong to it: "Won! 🎉🎉 Next".
  std::size_t trailing_emoji_end(std::size_t last) const {
    while (last + 1 < tokens_.size() && is_emoji(last + 1) && !line_break_between(last, last + 1)) {
      ++last;
    }
    return last;
  }

  void close(std::size_t last) {
    sentences_.push_back({tokens_[first_].begin, tokens_[last].end, first_, last + 1 - first_});
    first_ = last + 1;
  }

  std::string_view text_;
  std::span<const Token> tokens_;
  std::vector<Sentence> sentences_;
  std::size_t first_ = 0;  // first token of the sentence being built
};

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, std::span<const Token> tokens) {
  return SentenceSplitter(text, tokens).run();
}

}  // namespace nib::text::detail
