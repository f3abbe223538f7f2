#pragma once
// Hunspell reads its .aff and .dic through its FileMgr class. The core does no I/O, so we replace
// FileMgr (memory_file_mgr.cpp) with one that reads buffers registered here under a name.
#include <string>
#include <string_view>

namespace nib::spell {

// Registers `data` under `name` for as long as the object lives; `data` must outlive it.
class MemoryFile {
 public:
  MemoryFile(std::string name, std::string_view data);
  ~MemoryFile();
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;

  const std::string& name() const { return name_; }

 private:
  std::string name_;
};

}  // namespace nib::spell
