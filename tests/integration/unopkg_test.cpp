// The way a user installs from a shell: `unopkg add` into a new profile, then
// Calc computes =PERF.EXECRATE(2481.78;2481.78) = 1. unopkg refuses to run as
// root for a user profile, so as root it runs as nobody (uid 65534).
//
// A brand-new profile must have seen one office start before `unopkg add`:
// the very first start of a profile otherwise drops the extension (Err:525).
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "office/office.hpp"

namespace {

namespace fs = std::filesystem;
namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

const std::string kProgram = fs::path(PERFEVAL_SOFFICE).parent_path().string();

// Runs a shell command as the profile's owner: nobody when we are root.
int run_as_user(const std::string& home, const std::string& command) {
    const std::string prefix = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    return std::system((prefix + "env HOME='" + home + "' " + command + " >>'" + home + "/unopkg.log' 2>&1").c_str());
}

TEST(Unopkg, AddIntoANewProfileThenCalcComputesPerfExecrate) {
    const fs::path root = fs::path(PERFEVAL_TEST_PROFILES) / ("unopkg-" + std::to_string(getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    const fs::path oxt = root / "perfeval.oxt";
    fs::copy_file(PERFEVAL_OXT, oxt);
    if (geteuid() == 0) {
        ASSERT_EQ(std::system(("chown -R 65534:65534 '" + root.string() + "'").c_str()), 0);
    }
    const std::string profile = perfeval::office::file_url((root / "profile").string());

    // First start of the new profile, as a user's first LibreOffice start.
    ASSERT_EQ(run_as_user(root.string(), "'" + kProgram +
                                             "/soffice' --headless --norestore "
                                             "--terminate_after_init -env:UserInstallation=" +
                                             profile),
              0);
    ASSERT_EQ(run_as_user(root.string(), "'" + kProgram +
                                             "/unopkg' add --suppress-license "
                                             "-env:UserInstallation=" +
                                             profile + " '" + oxt.string() + "'"),
              0);

    perfeval::office::OfficeOptions options;
    options.soffice = PERFEVAL_SOFFICE;
    options.profile_dir = (root / "profile").string();
    options.log_file = (root / "soffice.log").string();
    auto office = perfeval::office::Office::start(options);

    css::uno::Sequence<css::beans::PropertyValue> hidden(1);
    hidden[0].Name = "Hidden";
    hidden[0].Value <<= true;
    const Reference<css::sheet::XSpreadsheetDocument> doc(
        Reference<css::frame::XComponentLoader>(office->desktop(), UNO_QUERY_THROW)
            ->loadComponentFromURL("private:factory/scalc", "_blank", 0, hidden),
        UNO_QUERY_THROW);
    const Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0), UNO_QUERY_THROW);
    const auto a1 = sheet->getCellByPosition(0, 0);
    a1->setFormula("=PERF.EXECRATE(2481.78;2481.78)");
    EXPECT_EQ(a1->getError(), 0) << "Err:525 means the extension is not installed";
    EXPECT_DOUBLE_EQ(a1->getValue(), 1.0);
    Reference<css::util::XCloseable>(doc, UNO_QUERY_THROW)->close(true);
    office.reset();
    if (!testing::Test::HasFailure()) fs::remove_all(root);
}

}  // namespace
