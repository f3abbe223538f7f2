#include "spell/suggest/hash_postings.hpp"

#include <algorithm>
#include <bit>

namespace nib::spell::suggest_internal {
namespace {

constexpr unsigned kBucketBits = 16;
constexpr std::size_t kBuckets = std::size_t{1} << kBucketBits;

std::size_t bucket_of(std::uint32_t key) { return key >> (32U - kBucketBits); }

void unique_keys(std::vector<std::uint32_t>& keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

}  // namespace

HashPostings::HashPostings(std::uint32_t id_count, const KeysOf& keys_of)
    : id_bits_(std::max(1U, static_cast<unsigned>(std::bit_width(id_count)))),
      bucket_starts_(kBuckets + 1, 0) {
  std::vector<std::uint32_t> keys;
  for (std::uint32_t id = 0; id < id_count; ++id) {
    keys_of(id, keys);
    unique_keys(keys);
    for (const std::uint32_t key : keys) ++bucket_starts_[bucket_of(key) + 1];
  }
  for (std::size_t b = 0; b < kBuckets; ++b) bucket_starts_[b + 1] += bucket_starts_[b];
  entries_.resize(bucket_starts_[kBuckets]);
  std::vector<std::uint32_t> fill(bucket_starts_.begin(), bucket_starts_.end() - 1);
  for (std::uint32_t id = 0; id < id_count; ++id) {
    keys_of(id, keys);
    unique_keys(keys);
    for (const std::uint32_t key : keys) entries_[fill[bucket_of(key)]++] = entry_of(key, id);
  }
  for (std::size_t b = 0; b < kBuckets; ++b) {
    std::sort(entries_.begin() + bucket_starts_[b], entries_.begin() + bucket_starts_[b + 1]);
  }
}

std::uint32_t HashPostings::entry_of(std::uint32_t key, std::uint32_t id) const {
  return (key << id_bits_) | id;
}

void HashPostings::append(std::uint32_t key, std::vector<std::uint32_t>& ids,
                          std::size_t limit) const {
  if (entries_.empty()) return;
  const std::size_t bucket = bucket_of(key);
  const auto begin = entries_.begin() + bucket_starts_[bucket];
  const auto end = entries_.begin() + bucket_starts_[bucket + 1];
  const std::uint32_t first = entry_of(key, 0);
  const std::uint32_t id_mask = (std::uint32_t{1} << id_bits_) - 1;
  for (auto it = std::lower_bound(begin, end, first); it != end && limit > 0; ++it, --limit) {
    if ((*it & ~id_mask) != first) break;
    ids.push_back(*it & id_mask);
  }
}

std::size_t HashPostings::memory_bytes() const {
  return (bucket_starts_.capacity() + entries_.capacity()) * sizeof(std::uint32_t);
}

std::uint32_t hash_letters(const char32_t* letters, std::size_t size) {
  std::uint32_t h = 2166136261U;
  for (std::size_t i = 0; i < size; ++i) {
    h = (h ^ static_cast<std::uint32_t>(letters[i])) * 16777619U;
  }
  h ^= h >> 16U;
  h *= 0x7feb352dU;
  h ^= h >> 15U;
  h *= 0x846ca68bU;
  h ^= h >> 16U;
  return h;
}

}  // namespace nib::spell::suggest_internal
