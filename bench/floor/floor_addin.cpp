// The benchmark's floor: a Calc add-in whose functions only divide. Everything
// PERF.EXECRATE costs above BENCHFLOOR.DIVIDE (same signature: any, any -> any)
// is our own work; BENCHFLOOR.DIVIDEVALUES has PERF.EXECRATE's own parameter
// types (rows of values), scalar and array; BENCHFLOOR.DIVIDED (double, double -> double) is the
// cheapest add-in call Calc can make. BENCHFLOOR.DIVIDEARRAY, .DIVIDEARRAYTD
// and .DIVIDEARRAYD do the same for the array form (see XFloor.idl). Not part
// of perfeval.oxt.
#include <cstdint>
#include <cstring>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/perfeval/bench/XFloor.hpp>

namespace {

namespace css = com::sun::star;
using rtl::OUString;

constexpr const char* kImplementationName = "org.perfeval.bench.FloorImpl";
constexpr const char* kServiceName = "org.perfeval.bench.Floor";

[[noreturn]] void reject(const char* why) {
    throw css::lang::IllegalArgumentException(OUString::createFromAscii(why), nullptr, -1);
}

using AnyRows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;
using DoubleRows = css::uno::Sequence<css::uno::Sequence<double>>;

// Err:502 inside an array element (Calc's NaN-coded error), as ours gives.
double err502() {
    const std::uint64_t bits = 0x7FF8000000000000ULL | 502u;
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

const AnyRows& any_rows(const css::uno::Any& a) {
    if (a.getValueType() != cppu::UnoType<AnyRows>::get()) reject("not a range");
    return *static_cast<const AnyRows*>(a.getValue());
}

// Row-by-row a / b over two arrays of the same shape: the whole of the work.
template <class In, class Out, class Div>
css::uno::Sequence<css::uno::Sequence<Out>> divide_rows(const In& a, const In& b, Div div) {
    const sal_Int32 n = a.getLength();
    if (b.getLength() != n) reject("ranges differ in shape");
    css::uno::Sequence<css::uno::Sequence<Out>> out(n);
    auto* rows = out.getArray();
    for (sal_Int32 r = 0; r < n; ++r) {
        const auto& ar = a[r];
        const auto& br = b[r];
        const sal_Int32 cols = ar.getLength();
        if (br.getLength() != cols) reject("ranges differ in shape");
        rows[r].realloc(cols);
        auto* cells = rows[r].getArray();
        for (sal_Int32 c = 0; c < cols; ++c) div(ar[c], br[c], cells[c]);
    }
    return out;
}

class Floor : public cppu::WeakImplHelper4<org::perfeval::bench::XFloor, css::sheet::XAddIn, css::lang::XServiceName,
                                           css::lang::XServiceInfo> {
public:
    static css::uno::Sequence<OUString> supported_services() {
        css::uno::Sequence<OUString> names(2);
        names[0] = "com.sun.star.sheet.AddIn";
        names[1] = OUString::createFromAscii(kServiceName);
        return names;
    }

    // XFloor: a division and nothing else.
    css::uno::Any SAL_CALL divide(const css::uno::Any& a, const css::uno::Any& b) override {
        double x = 0, y = 0;
        if (!(a >>= x) || !(b >>= y)) reject("not a number");
        if (y == 0) reject("division by zero");
        return css::uno::Any(x / y);
    }
    css::uno::Any SAL_CALL divideValues(const AnyRows& a, const AnyRows& b) override {
        if (a.getLength() == 1 && a[0].getLength() == 1 && b.getLength() == 1 && b[0].getLength() == 1)
            return divide(a[0][0], b[0][0]);
        return css::uno::Any(
            divide_rows<AnyRows, double>(a, b, [](const css::uno::Any& x, const css::uno::Any& y, double& out) {
                double p = 0, q = 0;
                out = (x >>= p) && (y >>= q) && q != 0 ? p / q : err502();
            }));
    }
    double SAL_CALL divideDouble(double a, double b) override {
        if (b == 0) reject("division by zero");
        return a / b;
    }
    css::uno::Any SAL_CALL divideArray(const css::uno::Any& a, const css::uno::Any& b) override {
        return css::uno::Any(divide_rows<AnyRows, css::uno::Any>(
            any_rows(a), any_rows(b), [](const css::uno::Any& x, const css::uno::Any& y, css::uno::Any& out) {
                double p = 0, q = 0;
                out <<= (x >>= p) && (y >>= q) && q != 0 ? p / q : err502();
            }));
    }
    css::uno::Any SAL_CALL divideArrayToDouble(const css::uno::Any& a, const css::uno::Any& b) override {
        return css::uno::Any(divide_rows<AnyRows, double>(
            any_rows(a), any_rows(b), [](const css::uno::Any& x, const css::uno::Any& y, double& out) {
                double p = 0, q = 0;
                out = (x >>= p) && (y >>= q) && q != 0 ? p / q : err502();
            }));
    }
    DoubleRows SAL_CALL divideArrayDouble(const DoubleRows& a, const DoubleRows& b) override {
        return divide_rows<DoubleRows, double>(
            a, b, [](double p, double q, double& out) { out = q != 0 ? p / q : err502(); });
    }

    // XAddIn
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& display) override {
        if (display.equalsIgnoreAsciiCase("BENCHFLOOR.DIVIDE")) return "divide";
        if (display.equalsIgnoreAsciiCase("BENCHFLOOR.DIVIDED")) return "divideDouble";
        if (display.equalsIgnoreAsciiCase("BENCHFLOOR.DIVIDEVALUES")) return "divideValues";
        if (display.equalsIgnoreAsciiCase("BENCHFLOOR.DIVIDEARRAY")) return "divideArray";
        if (display.equalsIgnoreAsciiCase("BENCHFLOOR.DIVIDEARRAYTD")) return "divideArrayToDouble";
        if (display.equalsIgnoreAsciiCase("BENCHFLOOR.DIVIDEARRAYD")) return "divideArrayDouble";
        return OUString();
    }
    OUString SAL_CALL getDisplayFunctionName(const OUString& method) override {
        if (method == "divide") return "BENCHFLOOR.DIVIDE";
        if (method == "divideDouble") return "BENCHFLOOR.DIVIDED";
        if (method == "divideValues") return "BENCHFLOOR.DIVIDEVALUES";
        if (method == "divideArray") return "BENCHFLOOR.DIVIDEARRAY";
        if (method == "divideArrayToDouble") return "BENCHFLOOR.DIVIDEARRAYTD";
        if (method == "divideArrayDouble") return "BENCHFLOOR.DIVIDEARRAYD";
        return OUString();
    }
    OUString SAL_CALL getFunctionDescription(const OUString& method) override {
        if (method == "divide") return "Benchmark floor: a / b, arguments of type any.";
        if (method == "divideDouble") return "Benchmark floor: a / b, arguments of type double.";
        if (method == "divideValues") return "Benchmark floor: a / b, arguments as rows of values.";
        if (method == "divideArray") return "Benchmark floor: a / b per row of two ranges (any).";
        if (method == "divideArrayToDouble")
            return "Benchmark floor: a / b per row of two ranges (any), a double array back.";
        if (method == "divideArrayDouble") return "Benchmark floor: a / b per row of two ranges (double).";
        return OUString();
    }
    OUString SAL_CALL getDisplayArgumentName(const OUString&, sal_Int32 argument) override {
        // Calc counts a hidden XPropertySet argument too; these have none.
        return argument == 0 ? OUString("a") : argument == 1 ? OUString("b") : OUString();
    }
    OUString SAL_CALL getArgumentDescription(const OUString&, sal_Int32 argument) override {
        return argument == 0 ? OUString("numerator") : argument == 1 ? OUString("denominator") : OUString();
    }
    OUString SAL_CALL getProgrammaticCategoryName(const OUString&) override { return "Add-In"; }
    OUString SAL_CALL getDisplayCategoryName(const OUString&) override { return "Add-In"; }

    // XLocalizable
    void SAL_CALL setLocale(const css::lang::Locale& locale) override { locale_ = locale; }
    css::lang::Locale SAL_CALL getLocale() override { return locale_; }

    // XServiceName
    OUString SAL_CALL getServiceName() override { return OUString::createFromAscii(kServiceName); }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(kImplementationName); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return supported_services(); }

private:
    css::lang::Locale locale_{"en", "US", ""};
};

css::uno::Reference<css::uno::XInterface> SAL_CALL
create_floor(const css::uno::Reference<css::uno::XComponentContext>&) {
    return static_cast<cppu::OWeakObject*>(new Floor);
}

OUString SAL_CALL floor_implementation_name() { return OUString::createFromAscii(kImplementationName); }

const cppu::ImplementationEntry kEntries[] = {
    {create_floor, floor_implementation_name, Floor::supported_services, cppu::createSingleComponentFactory, nullptr,
     0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation, void* service_manager,
                                                                    void* registry_key) {
    return cppu::component_getFactoryHelper(implementation, service_manager, registry_key, kEntries);
}
