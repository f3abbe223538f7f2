#include "spell/word_list.hpp"

namespace nib::spell {

std::vector<std::string> parse_word_list(std::string_view text) {
  std::vector<std::string> words;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    words.emplace_back(line);
  }
  return words;
}

}  // namespace nib::spell
