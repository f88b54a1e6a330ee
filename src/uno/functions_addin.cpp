#include "functions_addin.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "boundary.hpp"
#include "convert.hpp"
#include "core/catalog/function_catalog.hpp"
#include "core/formulas/formulas.hpp"
#include "core/report/render.hpp"
#include "core/report/sheet_text.hpp"
#include "elementwise.hpp"
#include "sheet_grid.hpp"
#include "validator_service.hpp"

namespace perfeval::uno {

using rtl::OUString;

namespace {

// A function of single values only (ranges are not spread): one result.
template <class T>
css::uno::Any single(const Expected<T>& result, Lang lang) {
    if (!result) reject(result.problem(), lang);
    if constexpr (std::is_same_v<T, std::string>)
        return css::uno::Any(from_utf8(*result));
    else
        return css::uno::Any(*result);
}

// The checker over the form inside a PERF.CHECK / PERF.FINDINGS range.
SheetReport check_range(const css::uno::Reference<css::table::XCellRange>& range, const css::uno::Any& profile,
                        Lang lang) {
    if (!range.is()) reject(Problem::empty, lang);
    std::string name;
    if (profile.hasValue()) {
        const CellValue v = to_cell_value(profile);
        const auto* s = std::get_if<std::string>(&v);
        if (!s) reject(Problem::unknown_profile, lang);
        name = *s;
    }
    const RangeContent content = read_content(range);
    if (!content.grid) reject(Problem::too_many_cells, lang);
    SheetReport report = check_sheet(*content.grid, sheet_name_of(range), profile_or_throw(name, lang));
    if (!report.has_form) reject(Problem::no_form, lang);
    return report;
}

const ArgumentInfo* argument_info(const OUString& method, sal_Int32 argument) {
    const FunctionInfo* f = find_function_by_method(to_utf8(method));
    if (!f || argument < 0 || static_cast<size_t>(argument) >= f->arguments.size()) return nullptr;
    return &f->arguments[static_cast<size_t>(argument)];
}

}  // namespace

css::uno::Sequence<OUString> FunctionsAddIn::supported_services() {
    css::uno::Sequence<OUString> names(2);
    names[0] = "com.sun.star.sheet.AddIn";
    names[1] = OUString::createFromAscii(kServiceName);
    return names;
}

css::uno::Any FunctionsAddIn::execRate(const Values& executed, const Values& budget) {
    return at_boundary([&] {
        return elementwise<2>({ArgView(executed), ArgView(budget)}, lang(),
                              [](const auto& v) { return formulas::exec_rate(v[0], v[1]); });
    });
}

css::uno::Any FunctionsAddIn::execScore(const Values& executed, const Values& budget, const css::uno::Any& weight,
                                        const css::uno::Any& profile) {
    return at_boundary([&] {
        return elementwise<4>({ArgView(executed), ArgView(budget), ArgView(weight), ArgView(profile)}, lang(),
                              [](const auto& v) { return formulas::exec_score(v[0], v[1], v[2], v[3]); });
    });
}

css::uno::Any FunctionsAddIn::indicatorScore(const Values& target, const Values& actual, const Values& weight,
                                             const css::uno::Any& direction, const css::uno::Any& profile) {
    return at_boundary([&] {
        return elementwise<5>({ArgView(target), ArgView(actual), ArgView(weight), ArgView(direction), ArgView(profile)},
                              lang(),
                              [](const auto& v) { return formulas::indicator_score(v[0], v[1], v[2], v[3], v[4]); });
    });
}

css::uno::Any FunctionsAddIn::targetValue(const Values& text) {
    return at_boundary([&] { return single(formulas::target_value(single_value(text)), lang()); });
}

css::uno::Any FunctionsAddIn::targetDirection(const Values& text) {
    return at_boundary([&] { return single(formulas::target_direction(single_value(text)), lang()); });
}

css::uno::Any FunctionsAddIn::grade(const Values& total, const css::uno::Any& profile) {
    return at_boundary([&] { return single(formulas::grade(single_value(total), to_cell_value(profile)), lang()); });
}

css::uno::Any FunctionsAddIn::sumCheck(const Values& total, const css::uno::Sequence<css::uno::Any>& parts) {
    return at_boundary([&] {
        // Every part may be a single value or a range; all count alike.
        std::vector<CellValue> values;
        for (const auto& part : parts) {
            const ArgView view(part);
            for (sal_Int32 r = 0; r < view.rows(); ++r)
                for (sal_Int32 c = 0; c < view.cols(); ++c) values.push_back(view.at(r, c));
        }
        return single(formulas::sum_check(single_value(total), values), lang());
    });
}

sal_Int32 FunctionsAddIn::check(const css::uno::Reference<css::table::XCellRange>& range,
                                const css::uno::Any& profile) {
    return at_boundary([&] { return check_range(range, profile, lang()).errors; });
}

css::uno::Sequence<css::uno::Sequence<css::uno::Any>> FunctionsAddIn::findings(
    const css::uno::Reference<css::table::XCellRange>& range, const css::uno::Any& profile) {
    return at_boundary([&] {
        const Lang l = lang();
        const SheetText report = render_sheet(check_range(range, profile, l), l);
        // Calc shows an array result; an empty array is not possible.
        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> rows(
            std::max<sal_Int32>(1, static_cast<sal_Int32>(report.findings.size())));
        if (report.findings.empty()) {
            css::uno::Sequence<css::uno::Any> row(3);
            row[0] <<= OUString();
            row[1] <<= OUString();
            row[2] <<= from_utf8(text(MessageId::no_findings, l));
            rows[0] = row;
            return rows;
        }
        for (size_t i = 0; i < report.findings.size(); ++i) {
            const FindingText& f = report.findings[i];
            css::uno::Sequence<css::uno::Any> row(3);
            row[0] <<= from_utf8(f.cell);
            row[1] <<= from_utf8(severity_id(f.severity));
            row[2] <<= from_utf8(f.message);
            rows[static_cast<sal_Int32>(i)] = row;
        }
        return rows;
    });
}

OUString FunctionsAddIn::getProgrammaticFuntionName(const OUString& display) {
    const FunctionInfo* f = find_function_by_display(to_utf8(display));
    return f ? from_utf8(f->method) : OUString();
}

OUString FunctionsAddIn::getDisplayFunctionName(const OUString& method) {
    const FunctionInfo* f = find_function_by_method(to_utf8(method));
    return f ? from_utf8(f->display) : OUString();
}

OUString FunctionsAddIn::getFunctionDescription(const OUString& method) {
    const FunctionInfo* f = find_function_by_method(to_utf8(method));
    return f ? from_utf8(f->description.in(lang())) : OUString();
}

OUString FunctionsAddIn::getDisplayArgumentName(const OUString& method, sal_Int32 argument) {
    const ArgumentInfo* a = argument_info(method, argument);
    return a ? from_utf8(a->name.in(lang())) : OUString();
}

OUString FunctionsAddIn::getArgumentDescription(const OUString& method, sal_Int32 argument) {
    const ArgumentInfo* a = argument_info(method, argument);
    return a ? from_utf8(a->description.in(lang())) : OUString();
}

OUString FunctionsAddIn::getProgrammaticCategoryName(const OUString& method) {
    const FunctionInfo* f = find_function_by_method(to_utf8(method));
    return from_utf8(f ? f->category : "Add-In");
}

OUString FunctionsAddIn::getDisplayCategoryName(const OUString& method) {
    // Calc translates its fixed category names itself.
    return getProgrammaticCategoryName(method);
}

void FunctionsAddIn::setLocale(const css::lang::Locale& locale) {
    locale_ = locale;
    lang_.store(lang_from_tag(to_utf8(locale.Language)), std::memory_order_relaxed);
}

css::lang::Locale FunctionsAddIn::getLocale() { return locale_; }

OUString FunctionsAddIn::getServiceName() { return OUString::createFromAscii(kServiceName); }

OUString FunctionsAddIn::getImplementationName() { return OUString::createFromAscii(kImplementationName); }

sal_Bool FunctionsAddIn::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<OUString> FunctionsAddIn::getSupportedServiceNames() { return supported_services(); }

}  // namespace perfeval::uno
