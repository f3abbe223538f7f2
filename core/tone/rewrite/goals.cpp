#include "tone/rewrite/goals.hpp"

#include <cmath>

namespace nib::tone::rewrite {

std::string_view to_string(Goal goal) {
  switch (goal) {
    case Goal::formal:
      return "formal";
    case Goal::casual:
      return "casual";
    case Goal::polite:
      return "polite";
    case Goal::confident:
      return "confident";
    case Goal::friendly:
      return "friendly";
  }
  return "formal";
}

std::optional<Goal> parse_goal(std::string_view name) {
  for (const auto goal : kGoals) {
    if (to_string(goal) == name) return goal;
  }
  return std::nullopt;
}

namespace {

// Log-odds of the pole against the other pole: unlike the probabilities, it still moves when a
// post is already 99 % tentative and a rewrite makes it 90 %.
double log_odds(const ToneReading& reading, Dimension d) {
  constexpr double kFloor = 1e-6;
  const auto& p = reading[d].probabilities;
  return std::log(p[kPole] + kFloor) - std::log(p[kOtherPole] + kFloor);
}

}  // namespace

double objective(const ToneReading& reading, Goal goal) {
  switch (goal) {
    case Goal::formal:
      return log_odds(reading, Dimension::formality);
    case Goal::casual:
      return -log_odds(reading, Dimension::formality);
    case Goal::polite:
      return log_odds(reading, Dimension::politeness);
    case Goal::confident:
      return log_odds(reading, Dimension::confidence);
    case Goal::friendly:
      // Warm: positive and polite; stiffness counts against it a little.
      return log_odds(reading, Dimension::sentiment) + log_odds(reading, Dimension::politeness) -
             0.25 * log_odds(reading, Dimension::formality);
  }
  return 0;
}

}  // namespace nib::tone::rewrite
