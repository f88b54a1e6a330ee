// The table of every user-facing sentence (messages.cpp): one row per
// MessageId, its stable key, its text and its one-line form in Chinese and
// English.
#pragma once

#include <span>
#include <string_view>

#include "../lang.hpp"
#include "../message.hpp"

namespace perfeval {

struct MessageText {
    MessageId id;
    std::string_view key;  // stable, for tests and scripts: "exec-rate.wrong"
    LocalText text;        // the whole sentence, with {placeholders}
    LocalText brief;       // one short line for lists; empty: the text itself
};

const MessageText& message_text(MessageId id);
std::span<const MessageText> all_messages();

}  // namespace perfeval
