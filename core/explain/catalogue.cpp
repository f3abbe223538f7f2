#include "explain/catalogue.hpp"

#include <algorithm>

#include "errors/error.hpp"

namespace nib::explain {

Catalogue Catalogue::parse(std::string_view language, std::string_view text) {
  Catalogue catalogue;
  catalogue.language_ = std::string(language);
  std::size_t line_number = 0;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    const auto where = std::string(language) + " line " + std::to_string(line_number);
    if (tab == std::string_view::npos || tab == 0) {
      throw Error("catalogue_invalid", where + ": expected key<TAB>message");
    }
    auto [it, added] = catalogue.messages_.emplace(line.substr(0, tab), line.substr(tab + 1));
    if (!added) throw Error("catalogue_invalid", where + ": '" + it->first + "' is given twice");
  }
  return catalogue;
}

const std::string* Catalogue::find(std::string_view key) const {
  const auto it = messages_.find(key);
  return it == messages_.end() ? nullptr : &it->second;
}

std::vector<std::string> Catalogue::keys() const {
  std::vector<std::string> keys;
  for (const auto& [key, message] : messages_) keys.push_back(key);
  return keys;
}

std::vector<std::string> placeholders(std::string_view message) {
  std::vector<std::string> names;
  for (std::size_t open = message.find('{'); open != std::string_view::npos;
       open = message.find('{', open + 1)) {
    const std::size_t close = message.find('}', open);
    if (close == std::string_view::npos) break;
    names.emplace_back(message.substr(open + 1, close - open - 1));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string fill(std::string_view message, std::initializer_list<Placeholder> values) {
  std::string out;
  out.reserve(message.size() + 32);
  std::size_t at = 0;
  while (at < message.size()) {
    const std::size_t open = message.find('{', at);
    const std::size_t close = open == std::string_view::npos ? open : message.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string_view name = message.substr(open + 1, close - open - 1);
    const auto value = std::find_if(values.begin(), values.end(),
                                    [&](const Placeholder& p) { return p.name == name; });
    out.append(message.substr(at, open - at));
    if (value == values.end()) {
      out.append(message.substr(open, close - open + 1));
    } else {
      out.append(value->value);
    }
    at = close + 1;
  }
  out.append(message.substr(std::min(at, message.size())));
  return out;
}

}  // namespace nib::explain
