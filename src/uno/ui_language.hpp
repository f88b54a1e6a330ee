// The language of the office's user interface, for messages.
#pragma once

#include <string>

#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/lang.hpp"

namespace perfeval::uno {

// "zh"/"en" as given, or, when empty, the office's UI locale (Tools ▸
// Options ▸ Language), falling back to the environment's locale.
Lang resolve_lang(const std::string& requested,
                  const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);

}  // namespace perfeval::uno
