// A checked sheet as the IDL structs of the public API (org.perfeval.SheetReport
// and Finding), in words of one language, and back: the command-line
// checker receives the structs from the office and prints them through the
// same text functions as the panel.
#pragma once

#include <vector>

#include <com/sun/star/uno/Sequence.hxx>
#include <org/perfeval/SheetReport.hpp>

#include "core/report/sheet_text.hpp"

namespace perfeval::uno {

org::perfeval::SheetReport to_idl(const SheetReport& report, Lang lang);
com::sun::star::uno::Sequence<org::perfeval::SheetReport> to_idl(const std::vector<SheetReport>& reports, Lang lang);

// The words as they came; rule titles are looked up again in `lang`.
SheetText from_idl(const org::perfeval::SheetReport& report, Lang lang);

}  // namespace perfeval::uno
