#pragma once
// Test helper: the real Debian dictionaries, read from disk by the test (the core itself does no
// I/O), and a small lexicon for candidate generation.
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace nib::test {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string dictionary_file(const std::string& name) {
  return read_file(std::string(NIB_HUNSPELL_DICT_DIR) + "/" + name);
}

inline const char* small_lexicon() {
  return "dream\t500\ndreams\t100\ndread\t50\nbecause\t2000\nreceive\t300\nfriend\t800\n"
         "color\t300\ncolour\t200\na\t50000\nlot\t900\nthe\t60000\nteam\t700\ngame\t900\n";
}

}  // namespace nib::test
