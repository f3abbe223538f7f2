#include "spell/hunspell_dictionary.hpp"

#include <hunspell.hxx>

#include <atomic>
#include <cctype>

#include "errors/error.hpp"
#include "spell/memory_files.hpp"

namespace nib::spell {
namespace {

// A .dic starts with its approximate word count; anything else is not a dictionary.
bool looks_like_dic(std::string_view dic) {
  std::size_t i = 0;
  if (dic.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  const std::size_t digits_begin = i;
  while (i < dic.size() && std::isdigit(static_cast<unsigned char>(dic[i]))) ++i;
  return i > digits_begin && i < dic.size() && (dic[i] == '\n' || dic[i] == '\r' || dic[i] == ' ');
}

std::string unique_name(std::string_view suffix) {
  static std::atomic<unsigned> counter{0};
  return "nib-memory-" + std::to_string(counter++) + std::string(suffix);
}

}  // namespace

HunspellDictionary::HunspellDictionary(std::string_view aff, std::string_view dic) {
  if (aff.empty()) throw Error("dictionary_invalid", "the .aff data is empty");
  if (!looks_like_dic(dic)) {
    throw Error("dictionary_invalid", "the .dic data does not start with a word count");
  }
  const MemoryFile aff_file(unique_name(".aff"), aff);
  const MemoryFile dic_file(unique_name(".dic"), dic);
  hunspell_ = std::make_unique<Hunspell>(aff_file.name().c_str(), dic_file.name().c_str());
  if (hunspell_->get_dict_encoding() != "UTF-8") {
    throw Error("dictionary_invalid", "only UTF-8 dictionaries are supported (SET UTF-8)");
  }
}

HunspellDictionary::~HunspellDictionary() = default;
HunspellDictionary::HunspellDictionary(HunspellDictionary&&) noexcept = default;
HunspellDictionary& HunspellDictionary::operator=(HunspellDictionary&&) noexcept = default;

bool HunspellDictionary::accepts(std::string_view word) const {
  return hunspell_->spell(std::string(word));
}

std::vector<std::string> HunspellDictionary::hunspell_suggest(std::string_view word) const {
  return hunspell_->suggest(std::string(word));
}

void HunspellDictionary::add(std::string_view word) { hunspell_->add(std::string(word)); }

}  // namespace nib::spell
