// Untrusted bytes through UTF-8 repair, segmentation and UTF-16 offsets.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../unit/text/segmentation_invariants.hpp"
#include "fuzz_support.hpp"
#include "text/segmenter.hpp"
#include "text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace nib::text;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const RepairedText repaired = repair_utf8(bytes);
  nib::fuzz::require(is_valid_utf8(repaired.text), "repair left invalid UTF-8");
  nib::fuzz::require(is_valid_utf8(bytes) == (repaired.replacements == 0), "validity disagrees");
  nib::fuzz::require(repair_utf8(repaired.text).text == repaired.text, "repair is not idempotent");

  const Segmentation seg = segment(repaired.text);
  const std::string violation = testing::first_violation(repaired.text, seg);
  nib::fuzz::require(violation.empty(), "segmentation", violation);

  const Utf16Offsets offsets(repaired.text);
  std::uint32_t previous = 0;
  for (std::size_t at = 0; at <= repaired.text.size(); ++at) {
    if (!testing::is_boundary(repaired.text, at)) continue;
    const std::uint32_t unit = offsets.at(at);
    nib::fuzz::require(at == 0 ? unit == 0 : unit > previous, "UTF-16 offsets not increasing");
    previous = unit;
  }
  nib::fuzz::require(offsets.utf16_length() == previous, "UTF-16 length");
  return 0;
}
