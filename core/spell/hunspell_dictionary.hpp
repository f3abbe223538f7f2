#pragma once
// One Hunspell dictionary (one dialect), loaded from .aff/.dic bytes the host passes in.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace nib::spell {

class HunspellDictionary {
 public:
  // Throws nib::Error("dictionary_invalid") when the bytes do not form a Hunspell dictionary.
  HunspellDictionary(std::string_view aff, std::string_view dic);
  ~HunspellDictionary();
  HunspellDictionary(HunspellDictionary&&) noexcept;
  HunspellDictionary& operator=(HunspellDictionary&&) noexcept;

  bool accepts(std::string_view word) const;
  // Hunspell's own suggestions: slow (tens of ms in WASM), kept for comparison and measurement.
  std::vector<std::string> hunspell_suggest(std::string_view word) const;
  // Adds a word for the life of this dictionary (the social-media supplement).
  void add(std::string_view word);

 private:
  std::unique_ptr<Hunspell> hunspell_;
};

}  // namespace nib::spell
