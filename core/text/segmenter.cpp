#include "text/segmenter.hpp"

#include "text/sentences.hpp"
#include "text/tokenizer.hpp"

namespace nib::text {

Segmentation segment(std::string_view utf8) {
  Segmentation result;
  result.protected_spans = find_protected_spans(utf8);
  result.tokens = detail::tokenize(utf8, result.protected_spans);
  result.sentences = detail::split_sentences(utf8, result.tokens);
  return result;
}

}  // namespace nib::text
