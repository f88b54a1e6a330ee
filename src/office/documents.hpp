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
    LoadOptions() = default;
    LoadOptions(bool hidden_, bool read_only_, bool untrusted_ = false)
        : hidden(hidden_), read_only(read_only_), untrusted(untrusted_) {}

    bool hidden = true;
    bool read_only = false;
    bool untrusted = false;      // a file from elsewhere: no macros run, no links followed
    std::string filter;          // an import filter by name; empty: the office detects it
    std::string filter_options;  // e.g. a CSV's separators and character set
    // Non-null: every question the office would ask while loading is
    // answered "abort", and a password question sets this to true.
    bool* password_asked = nullptr;
};

// A URL ("private:factory/scalc", "file:///…"). Returns null when the office
// loads nothing; throws the office's exception when it refuses.
css::uno::Reference<css::lang::XComponent> load(const Office& office, const std::string& url,
                                                const LoadOptions& options = {});

// The type LibreOffice's deep detection finds in a file's bytes
// ("calc_MS_Excel_2007_XML"); empty when it knows no such format.
std::string detect_type(const Office& office, const std::string& url);

// Closes without asking; disposes when the document refuses to close.
void close(const css::uno::Reference<css::uno::XInterface>& document);

css::uno::Reference<css::sheet::XSpreadsheet> first_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

}  // namespace perfeval::office
