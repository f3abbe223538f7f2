#pragma once
// One language's explanation messages: key -> text with {placeholders}.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace nib::explain {

class Catalogue {
 public:
  // Lines are "key<TAB>text"; blank lines and lines starting with '#' are skipped. Throws
  // nib::Error("catalogue_invalid") on a line without a tab or a key given twice.
  static Catalogue parse(std::string_view language, std::string_view text);

  const std::string& language() const { return language_; }
  // Nothing for a key the catalogue lacks.
  const std::string* find(std::string_view key) const;
  std::vector<std::string> keys() const;

 private:
  std::string language_;
  std::map<std::string, std::string, std::less<>> messages_;
};

struct Placeholder {
  std::string_view name;
  std::string_view value;
};

// The names inside braces, sorted, each once: "{word} or {best}" -> best, word.
std::vector<std::string> placeholders(std::string_view message);

// Replaces each {name} by its value in one pass (values are never expanded again); a {name} with
// no value stays as it is.
std::string fill(std::string_view message, std::initializer_list<Placeholder> values);

}  // namespace nib::explain
