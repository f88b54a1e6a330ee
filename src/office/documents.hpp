// Opening and closing documents in a connected office, for the tools, the
// tests and the benchmarks alike.
#pragma once

#include <string>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "office.hpp"

namespace perfeval::office {

struct LoadOptions {
    bool hidden = true;
    bool read_only = false;
    bool untrusted = false;  // a file from elsewhere: no macros run, no links followed
};

// A URL ("private:factory/scalc", "file:///…"). Returns null when the office
// loads nothing; throws the office's exception when it refuses.
css::uno::Reference<css::lang::XComponent> load(const Office& office, const std::string& url,
                                                const LoadOptions& options = {});

// Closes without asking; disposes when the document refuses to close.
void close(const css::uno::Reference<css::uno::XInterface>& document);

css::uno::Reference<css::sheet::XSpreadsheet> first_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

}  // namespace perfeval::office
