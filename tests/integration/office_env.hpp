// The integration tests' office: one headless LibreOffice per test binary,
// on a throwaway profile with build/perfeval.oxt installed through the
// ExtensionManager, as a user installs it. Torn down by its own PID.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <org/perfeval/XValidator.hpp>

#include "office/documents.hpp"
#include "office/office.hpp"

namespace perfeval::test {

namespace css = com::sun::star;
using css::uno::Reference;

// The office the helpers below work in: the binary's own, or the one a test
// chose with use_office().
perfeval::office::Office& office();

// How the binary's office was started (GUI on the private Xvfb display or
// headless, UI language, the extension's log), for another profile: a test
// that starts offices of its own starts them the same way.
perfeval::office::OfficeOptions office_options(const std::string& profile_dir);
// Makes `other` the office of the helpers (and stops it by its process
// group if this process dies); nullptr: the binary's own again.
void use_office(perfeval::office::Office* other);
// The directory of this binary's profiles and files.
std::string test_root();

// The soffice.bin of an office's process group (the start script and
// oosplash come before it); 0 when there is none.
pid_t soffice_bin(pid_t group);
// A field of /proc/PID/status in kB (VmRSS, VmHWM), 0 when unknown.
long status_kb(pid_t pid, const std::string& field);
// Starts the process's peak (VmHWM) again from its resident size now, so a
// test measures its own peak, not an earlier test's.
void reset_peak(pid_t pid);

// A shell command's standard output and exit code (-1 when it did not
// exit, or could not start).
struct ShellRun {
    int exit_code;
    std::string out;
};
ShellRun shell(const std::string& command);

// A directory for files a test writes, removed with the profile.
std::string scratch_dir();

// What the office wrote to the extension's log so far (SAL_LOG is set to
// +WARN.perfeval+INFO.perfeval, SAL_LOG_FILE to a file of the test's).
std::string extension_log();

Reference<css::sheet::XSpreadsheetDocument> new_calc_document();
Reference<css::sheet::XSpreadsheetDocument> load_document(const std::string& path);
void store_document(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& path,
                    const std::string& filter);
void close_document(const Reference<css::sheet::XSpreadsheetDocument>& doc);

using perfeval::office::first_sheet;
Reference<css::table::XCell> cell(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& a1);
// A sheet's used area as values (getDataArray): numbers, texts (an empty
// cell is ""), and a void Any for an error value.
css::uno::Sequence<css::uno::Sequence<css::uno::Any>> used_area_data(const Reference<css::sheet::XSpreadsheet>& sheet);

// Runs a vnd.perfeval: command (e.g. "fixall") on the document's frame, as the
// toolbar or the sidebar does, and returns the command's result.
css::uno::Any dispatch_command(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& command,
                               const css::uno::Sequence<css::beans::PropertyValue>& args = {});
// A LibreOffice command (.uno:Save, .uno:Undo) dispatched on the
// document's frame, as its menu entry runs it; the dispatch's result event.
css::frame::DispatchResultEvent office_command(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                               const std::string& command);
// A command's arguments, all texts: args({{"Sheet", "表1"}, {"Cell", "H5"}}).
css::uno::Sequence<css::beans::PropertyValue> args(std::initializer_list<std::pair<const char*, std::string>> list);

// Runs vnd.perfeval:check (args as given, e.g. Show=false) and returns its
// JSON result's sheets; fails the test when the result is not that JSON.
boost::json::array check_command(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                 const css::uno::Sequence<css::beans::PropertyValue>& args = {});
// A checked sheet's summary count ("errors", "warnings", "notices").
int summary_count(const boost::json::value& sheet, const char* name);

Reference<css::sheet::XSpreadsheetDocument> load_document(const std::string& path, bool read_only, bool hidden);

// The extension's checker service in the test office.
Reference<org::perfeval::XValidator> validator();

std::string utf8(const rtl::OUString& s);
rtl::OUString ou(const std::string& s);

// Closes the document at the end of a scope, also when an assertion fails.
class DocumentGuard {
public:
    explicit DocumentGuard(Reference<css::sheet::XSpreadsheetDocument> doc) : doc_(std::move(doc)) {}
    DocumentGuard(DocumentGuard&& other) noexcept : doc_(std::move(other.doc_)) { other.doc_.clear(); }
    DocumentGuard(const DocumentGuard&) = delete;
    DocumentGuard& operator=(const DocumentGuard&) = delete;
    ~DocumentGuard() {
        if (doc_.is()) close_document(doc_);
    }
    const Reference<css::sheet::XSpreadsheetDocument>& get() const { return doc_; }

private:
    Reference<css::sheet::XSpreadsheetDocument> doc_;
};

}  // namespace perfeval::test
