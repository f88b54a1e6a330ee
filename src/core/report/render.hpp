// The one place where messages become text, in the reader's language: for
// the panel, the report files, the command line and Calc's error texts.
#pragma once

#include <initializer_list>
#include <string>

#include "../lang.hpp"
#include "../message.hpp"
#include "../problem.hpp"

namespace perfeval {

// The whole sentence, every {placeholder} filled. A placeholder without an
// argument stays as written, so a mistake shows instead of vanishing.
std::string render(const Message& message, Lang lang);
// The message's one line for a list (its brief form, else the sentence).
std::string render_brief(const Message& message, Lang lang);
// Shorthand for a message built in place: text(MessageId::panel_check, lang).
std::string text(MessageId id, Lang lang, std::initializer_list<MessageArg> args = {});

// Why a value could not be computed, in plain words.
MessageId message_of(Problem problem);
std::string describe(Problem problem, Lang lang);

}  // namespace perfeval
