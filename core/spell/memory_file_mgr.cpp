// Hunspell's FileMgr, reading from buffers registered with nib::spell::MemoryFile instead of the
// file system. FileMgr's class layout is Hunspell's (filemgr.hxx); its ifstream and Hunzip members
// stay unused, and each reader's position is kept beside it, keyed by the FileMgr's address.
#include <filemgr.hxx>

#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "spell/memory_files.hpp"

namespace {

struct Reader {
  std::string_view data;
  std::size_t position = 0;
};

struct Registry {
  std::mutex mutex;
  std::map<std::string, std::string_view, std::less<>> files;
  std::map<const FileMgr*, Reader> readers;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

}  // namespace

namespace nib::spell {

MemoryFile::MemoryFile(std::string name, std::string_view data) : name_(std::move(name)) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.files[name_] = data;
}

MemoryFile::~MemoryFile() {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.files.erase(name_);
}

}  // namespace nib::spell

FileMgr::FileMgr(const char* file, const char*) : hin(nullptr), linenum(0) {
  in[0] = '\0';
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  // An unknown name reads as empty: Hunspell then loads an empty dictionary, which the caller
  // detects and reports.
  std::string_view data;
  if (file != nullptr) {
    if (auto it = r.files.find(std::string_view(file)); it != r.files.end()) data = it->second;
  }
  r.readers[this] = Reader{data, 0};
}

FileMgr::~FileMgr() {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.readers.erase(this);
}

bool FileMgr::getline(std::string& dest) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  Reader& reader = r.readers[this];
  if (reader.position >= reader.data.size()) return false;
  const std::size_t newline = reader.data.find('\n', reader.position);
  const std::size_t end = newline == std::string_view::npos ? reader.data.size() : newline;
  dest.assign(reader.data.substr(reader.position, end - reader.position));
  reader.position = end == reader.data.size() ? end : end + 1;
  ++linenum;
  return true;
}

int FileMgr::getlinenum() { return linenum; }

int FileMgr::fail(const char*, const char*) { return -1; }
