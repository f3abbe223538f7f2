#pragma once
// A compact read-only multimap from 32-bit key hashes to word ids, the storage under every index
// of the suggester. The top 16 bits of a key pick a bucket (one offset each); every posting is a
// single 32-bit entry holding the key's remaining bits above the id. So a posting costs 4 bytes
// and there is no per-key overhead. Lost key bits and hash collisions only add candidates, which
// the edit cost then rejects.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace nib::spell::suggest_internal {

class HashPostings {
 public:
  // Sets `keys` to the keys of one id (duplicates allowed).
  using KeysOf = std::function<void(std::uint32_t id, std::vector<std::uint32_t>& keys)>;

  HashPostings() = default;
  // Asks `keys_of` twice per id (once to size the buckets, once to fill them), so building needs
  // no memory beyond the result. Ids below 2^24 keep at least 24 key bits (selective lookups).
  HashPostings(std::uint32_t id_count, const KeysOf& keys_of);

  // Appends the ids filed under `key`, ascending, at most `limit` of them.
  void append(std::uint32_t key, std::vector<std::uint32_t>& ids,
              std::size_t limit = SIZE_MAX) const;

  std::size_t posting_count() const { return entries_.size(); }
  std::size_t memory_bytes() const;

 private:
  std::uint32_t entry_of(std::uint32_t key, std::uint32_t id) const;

  unsigned id_bits_ = 1;
  std::vector<std::uint32_t> bucket_starts_;  // 2^16 + 1 offsets into entries_
  std::vector<std::uint32_t> entries_;        // (key bits << id_bits_) | id, sorted per bucket
};

// FNV-1a over the code points, then a final mix so nearby keys spread over all 32 bits.
std::uint32_t hash_letters(const char32_t* letters, std::size_t size);

}  // namespace nib::spell::suggest_internal
