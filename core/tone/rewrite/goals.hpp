#pragma once
// What a rewrite aims for, and how the tone model's reading says it got there.
#include <optional>
#include <string_view>

#include "tone/tone_model.hpp"

namespace nib::tone::rewrite {

enum class Goal { formal, casual, polite, confident, friendly };
inline constexpr Goal kGoals[] = {Goal::formal, Goal::casual, Goal::polite, Goal::confident,
                                  Goal::friendly};

std::string_view to_string(Goal goal);
std::optional<Goal> parse_goal(std::string_view name);

// Higher is closer to the goal; a rewrite must raise it.
double objective(const ToneReading& reading, Goal goal);

}  // namespace nib::tone::rewrite
