// Nothing but UNO exceptions may leave a UNO method: a C++ exception crossing
// into LibreOffice ends the office. The add-in's and the Validator's methods
// run their bodies through at_boundary(); the dispatch handler and the panel
// catch at their own edges and report on their status line or result.
#pragma once

#include <exception>

#include <com/sun/star/uno/RuntimeException.hpp>

#include "convert.hpp"

namespace perfeval::uno {

template <class F>
auto at_boundary(F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const com::sun::star::uno::Exception&) {
        throw;
    } catch (const std::exception& e) {
        throw com::sun::star::uno::RuntimeException(from_utf8(std::string("PerfEval: ") + e.what()));
    }
}

}  // namespace perfeval::uno
