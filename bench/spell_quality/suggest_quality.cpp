// Measures the fast suggester against Hunspell's own suggest on misspelling/correction pairs:
// top-1 and top-3 accuracy and time per word. Both lists are judged by the same Hunspell.
//
// Usage: suggest_quality LEXICON AFF DIC PAIRS [--no-hunspell] [--misses]
//   PAIRS: "misspelling<TAB>correction" lines. Pairs whose correction Hunspell rejects, or whose
//   misspelling it accepts, are left out (and counted).
//   PAIRS "-": read words from stdin, one a line, and print both suggestion lists for each.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <hunspell.hxx>

#include "spell/suggest/candidate_generator.hpp"
#include "spell/suggest/lexicon.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Pair {
  std::string typed;
  std::string correct;
};

std::string lower_ascii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return text;
}

// Exact matches, and matches ignoring case: the pairs' corrections sometimes change case
// ("becase" -> "Because") where no speller could know to.
struct Tally {
  std::size_t top1 = 0;
  std::size_t top3 = 0;
  std::size_t top1_any_case = 0;
  std::size_t top3_any_case = 0;
  std::vector<double> micros;

  void add(const std::vector<std::string>& list, const std::string& correct, double us) {
    micros.push_back(us);
    for (std::size_t i = 0; i < std::min<std::size_t>(3, list.size()); ++i) {
      if (list[i] == correct) {
        top1 += i == 0 ? 1 : 0;
        ++top3;
        break;
      }
    }
    for (std::size_t i = 0; i < std::min<std::size_t>(3, list.size()); ++i) {
      if (lower_ascii(list[i]) == lower_ascii(correct)) {
        top1_any_case += i == 0 ? 1 : 0;
        ++top3_any_case;
        break;
      }
    }
  }

  void print(const char* name, std::size_t total) {
    std::sort(micros.begin(), micros.end());
    const auto at = [&](double q) {
      return micros.empty()
                 ? 0.0
                 : micros[static_cast<std::size_t>(q * static_cast<double>(micros.size() - 1))];
    };
    double sum = 0;
    for (const double us : micros) sum += us;
    const auto percent = [&](std::size_t n) {
      return 100.0 * static_cast<double>(n) / static_cast<double>(std::max<std::size_t>(1, total));
    };
    std::printf(
        "%-9s top1 %5.1f%% (%zu)  top3 %5.1f%% (%zu)  ignoring case: top1 %5.1f%% top3 %5.1f%%\n"
        "          per word: median %8.1f us  p95 %8.1f us  mean %8.1f us\n",
        name, percent(top1), top1, percent(top3), top3, percent(top1_any_case),
        percent(top3_any_case), at(0.5), at(0.95),
        micros.empty() ? 0.0 : sum / static_cast<double>(micros.size()));
  }
};

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

double micros_since(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::cerr << "usage: suggest_quality LEXICON AFF DIC PAIRS [--no-hunspell] [--misses]\n";
    return 2;
  }
  bool run_hunspell = true;
  bool show_misses = false;
  for (int i = 5; i < argc; ++i) {
    const std::string_view flag = argv[i];
    if (flag == "--no-hunspell") run_hunspell = false;
    if (flag == "--misses") show_misses = true;
  }
  Hunspell hunspell(argv[2], argv[3]);

  const std::string lexicon_text = read_file(argv[1]);
  auto start = Clock::now();
  std::vector<nib::spell::LexiconEntry> lexicon = nib::spell::parse_lexicon(lexicon_text);
  const double parse_ms = micros_since(start) / 1000.0;
  start = Clock::now();
  const nib::spell::CandidateGenerator generator(std::move(lexicon));
  const double build_ms = micros_since(start) / 1000.0;
  std::printf("lexicon: %zu words, parse %.1f ms, index build %.1f ms, memory %.2f MB\n",
              generator.size(), parse_ms, build_ms,
              static_cast<double>(generator.memory_bytes()) / 1e6);

  const nib::spell::WordJudge spell = [&](std::string_view word) {
    return hunspell.spell(std::string(word));
  };
  if (std::string_view(argv[4]) == "-") {
    for (std::string word; std::getline(std::cin, word);) {
      std::printf("%s:", word.c_str());
      for (const auto& candidate : generator.suggest(word, spell, 5)) {
        std::printf(" %s (%.2f)", candidate.word.c_str(), candidate.score);
      }
      std::printf(" | hunspell:");
      if (run_hunspell) {
        for (const auto& s : hunspell.suggest(word)) std::printf(" %s", s.c_str());
      }
      std::printf("\n");
    }
    return 0;
  }

  std::vector<Pair> pairs;
  std::size_t correct_rejected = 0;
  std::size_t typed_accepted = 0;
  std::istringstream lines(read_file(argv[4]));
  for (std::string line; std::getline(lines, line);) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    Pair pair{line.substr(0, tab), line.substr(tab + 1)};
    if (!hunspell.spell(pair.correct)) {
      ++correct_rejected;
    } else if (hunspell.spell(pair.typed)) {
      ++typed_accepted;
    } else {
      pairs.push_back(std::move(pair));
    }
  }
  std::printf(
      "pairs: %zu evaluated, %zu left out (correction rejected by Hunspell: %zu, "
      "misspelling accepted: %zu)\n",
      pairs.size(), correct_rejected + typed_accepted, correct_rejected, typed_accepted);

  std::size_t judge_calls = 0;
  const nib::spell::WordJudge judge = [&](std::string_view word) {
    ++judge_calls;
    return hunspell.spell(std::string(word));
  };
  Tally ours;
  Tally theirs;
  for (const Pair& pair : pairs) {
    start = Clock::now();
    const auto candidates = generator.suggest(pair.typed, judge, 3);
    const double us = micros_since(start);
    std::vector<std::string> list;
    for (const auto& candidate : candidates) list.push_back(candidate.word);
    ours.add(list, pair.correct, us);
    std::vector<std::string> hunspell_list;
    if (run_hunspell) {
      start = Clock::now();
      hunspell_list = hunspell.suggest(pair.typed);
      theirs.add(hunspell_list, pair.correct, micros_since(start));
    }
    if (show_misses && (list.empty() || list[0] != pair.correct)) {
      std::printf("MISS %s -> %s | ours:", pair.typed.c_str(), pair.correct.c_str());
      for (const auto& w : list) std::printf(" %s", w.c_str());
      std::printf(" | hunspell:");
      for (std::size_t i = 0; i < std::min<std::size_t>(3, hunspell_list.size()); ++i) {
        std::printf(" %s", hunspell_list[i].c_str());
      }
      std::printf("\n");
    }
  }
  ours.print("fast", pairs.size());
  std::printf("           judge calls per word: %.1f\n",
              static_cast<double>(judge_calls) /
                  static_cast<double>(std::max<std::size_t>(1, pairs.size())));
  if (run_hunspell) theirs.print("hunspell", pairs.size());
  return 0;
}
