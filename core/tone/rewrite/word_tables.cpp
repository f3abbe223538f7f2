#include "tone/rewrite/word_tables.hpp"

#include <array>

namespace nib::tone::rewrite {
namespace {

constexpr WordPair kContractions[] = {
    {"don't", "do not"},         {"doesn't", "does not"},
    {"didn't", "did not"},       {"can't", "cannot"},
    {"won't", "will not"},       {"wouldn't", "would not"},
    {"shouldn't", "should not"}, {"couldn't", "could not"},
    {"isn't", "is not"},         {"aren't", "are not"},
    {"wasn't", "was not"},       {"weren't", "were not"},
    {"haven't", "have not"},     {"hasn't", "has not"},
    {"hadn't", "had not"},       {"i'm", "i am"},
    {"i've", "i have"},          {"i'll", "i will"},
    {"i'd", "i would"},          {"you're", "you are"},
    {"you've", "you have"},      {"you'll", "you will"},
    {"we're", "we are"},         {"we've", "we have"},
    {"we'll", "we will"},        {"they're", "they are"},
    {"they've", "they have"},    {"they'll", "they will"},
    {"it's", "it is"},           {"that's", "that is"},
    {"there's", "there is"},     {"what's", "what is"},
    {"let's", "let us"},         {"he's", "he is"},
    {"she's", "she is"},         {"who's", "who is"},
    {"here's", "here is"},       {"y'all", "you all"},
    {"ain't", "is not"},
};

// Only the forms that contract anywhere they appear before another word.
constexpr WordPair kContractable[] = {
    {"do not", "don't"},
    {"does not", "doesn't"},
    {"did not", "didn't"},
    {"cannot", "can't"},
    {"will not", "won't"},
    {"would not", "wouldn't"},
    {"should not", "shouldn't"},
    {"could not", "couldn't"},
    {"is not", "isn't"},
    {"are not", "aren't"},
    {"was not", "wasn't"},
    {"were not", "weren't"},
    {"have not", "haven't"},
    {"has not", "hasn't"},
    {"i am", "i'm"},
    {"i will", "i'll"},
    {"you are", "you're"},
    {"you will", "you'll"},
    {"we are", "we're"},
    {"we will", "we'll"},
    {"they are", "they're"},
    {"they will", "they'll"},
    {"it is", "it's"},
    {"that is", "that's"},
    {"there is", "there's"},
    {"let us", "let's"},
    {"i would", "i'd"},
    {"you would", "you'd"},
    {"we would", "we'd"},
    {"they would", "they'd"},
    {"i have been", "i've been"},
    {"we have been", "we've been"},
};

constexpr WordPair kSlang[] = {
    {"gonna", "going to"},
    {"wanna", "want to"},
    {"gotta", "have to"},
    {"kinda", "somewhat"},
    {"sorta", "somewhat"},
    {"u", "you"},
    {"ur", "your"},
    {"pls", "please"},
    {"plz", "please"},
    {"thx", "thank you"},
    {"thanx", "thank you"},
    {"ty", "thank you"},
    {"tho", "though"},
    {"cuz", "because"},
    {"coz", "because"},
    {"yeah", "yes"},
    {"yea", "yes"},
    {"yep", "yes"},
    {"yup", "yes"},
    {"nope", "no"},
    {"btw", "by the way"},
    {"idk", "i do not know"},
    {"imo", "in my opinion"},
    {"imho", "in my opinion"},
    {"tbh", "to be honest"},
    {"asap", "as soon as possible"},
    {"fyi", "for your information"},
    {"gimme", "give me"},
    {"lemme", "let me"},
    {"dunno", "do not know"},
    {"np", "no problem"},
    {"nvm", "never mind"},
    {"rn", "right now"},
    {"tmrw", "tomorrow"},
    {"tmr", "tomorrow"},
    {"pic", "picture"},
    {"pics", "pictures"},
    {"convo", "conversation"},
    {"info", "information"},
    {"stuff", "things"},
    {"awesome", "excellent"},
    {"totally", "completely"},
    {"super", "very"},
    {"cool", "great"},
    {"thanks", "thank you"},
};

constexpr WordPair kFormalGreetings[] = {
    {"hey", "hello"}, {"hi", "hello"}, {"hiya", "hello"}, {"yo", "hello"}, {"guys", "everyone"},
};

constexpr WordPair kCasualGreetings[] = {
    {"hello", "hi"},
    {"dear", "hi"},
    {"greetings", "hi"},
    {"best regards", "cheers"},
    {"kind regards", "cheers"},
    {"good morning", "morning"},
};

constexpr WordPair kFormalToCasual[] = {
    {"purchase", "buy"},     {"assist", "help"},        {"assists", "helps"},
    {"assisted", "helped"},  {"assistance", "help"},    {"require", "need"},
    {"requires", "needs"},   {"regarding", "about"},    {"approximately", "about"},
    {"therefore", "so"},     {"additionally", "also"},  {"obtain", "get"},
    {"inquire", "ask"},      {"commence", "start"},     {"sufficient", "enough"},
    {"utilize", "use"},      {"individuals", "people"}, {"receive", "get"},
    {"thank you", "thanks"}, {"furthermore", "also"},   {"currently", "now"},
    {"excellent", "great"},
};

constexpr WordPair kMilder[] = {
    {"stupid", "poor"},
    {"dumb", "poor"},
    {"idiotic", "poor"},
    {"crap", "poor"},
    {"crappy", "poor"},
    {"hate", "dislike"},
    {"hated", "disliked"},
    {"sucks", "is not great"},
    {"wtf", "what"},
    {"shut up", ""},
    {"damn", ""},
    {"damned", ""},
    {"freaking", ""},
    {"fucking", ""},
    {"bloody", ""},
    {"goddamn", ""},
    {"ridiculous", "surprising"},
    {"useless", "unhelpful"},
    {"pathetic", "disappointing"},
};

constexpr WordPair kHedges[] = {
    {"i was wondering if you could", "could you"},
    {"i was just wondering if you could", "could you"},
    {"i'm not sure but", ""},
    {"i'm not sure, but", ""},
    {"not sure but", ""},
    {"i may be wrong, but", ""},
    {"i might be wrong but", ""},
    {"sorry to bother you, but", ""},
    {"sorry to bother you but", ""},
    {"but i'm not sure", ""},
    {"but i am not sure", ""},
    {"but i'm not 100% sure", ""},
    {"i'm not sure if", "i do not know if"},
    {"i think that", ""},
    {"i think", ""},
    {"i guess", ""},
    {"i feel like", ""},
    {"i suppose", ""},
    {"i would say", ""},
    {"it seems that", ""},
    {"it seems like", ""},
    {"i'll try to", "i will"},
    {"i will try to", "i will"},
    {"i hope to", "i will"},
    {"maybe", ""},
    {"perhaps", ""},
    {"probably", ""},
    {"possibly", ""},
    {"hopefully", ""},
    {"kind of", ""},
    {"sort of", ""},
    {"kinda", ""},
    {"sorta", ""},
    {"just", ""},
    {"a little bit", ""},
    {"a bit", ""},
    {"somewhat", ""},
    {"if that's ok", ""},
    {"if possible", ""},
};

constexpr std::string_view kFillers[] = {"lol",    "lmao", "lmfao", "rofl", "haha",
                                         "hahaha", "hehe", "lolol", "xd",   "omg"};

constexpr std::string_view kImperatives[] = {
    "send",  "give",   "tell",   "fix",     "call",    "check",  "make",    "stop",   "get",
    "bring", "show",   "help",   "reply",   "update",  "review", "read",    "answer", "explain",
    "move",  "finish", "email",  "share",   "add",     "remove", "change",  "take",   "put",
    "let",   "write",  "sign",   "submit",  "confirm", "delete", "respond", "wait",   "look",
    "come",  "pay",    "return", "forward", "approve", "join",   "follow",  "text",   "message",
};

constexpr std::string_view kThanks[] = {"thanks",     "thank", "thx",    "ty",
                                        "appreciate", "thanx", "cheers", "grateful"};

}  // namespace

std::span<const WordPair> contractions() { return kContractions; }
std::span<const WordPair> contractable() { return kContractable; }
std::span<const WordPair> slang_to_standard() { return kSlang; }
std::span<const WordPair> formal_greetings() { return kFormalGreetings; }
std::span<const WordPair> casual_greetings() { return kCasualGreetings; }
std::span<const WordPair> formal_to_casual() { return kFormalToCasual; }
std::span<const WordPair> milder_words() { return kMilder; }
std::span<const WordPair> hedges() { return kHedges; }
std::span<const std::string_view> fillers() { return kFillers; }
std::span<const std::string_view> imperative_verbs() { return kImperatives; }
std::span<const std::string_view> thanks_words() { return kThanks; }

}  // namespace nib::tone::rewrite
