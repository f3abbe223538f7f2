#pragma once
// The one error type the core raises for bad input or bad data. core/api turns it into
// {"error": {"code", "message"}}; codes are stable strings callers may match on.
#include <stdexcept>
#include <string>

namespace nib {

class Error : public std::runtime_error {
 public:
  Error(std::string code, const std::string& message)
      : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

}  // namespace nib
