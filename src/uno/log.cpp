#include "log.hpp"

#include <exception>

#include <com/sun/star/uno/Exception.hpp>

#include "convert.hpp"

namespace perfeval::uno {

std::string caught() {
    try {
        throw;
    } catch (const com::sun::star::uno::Exception& e) {
        return to_utf8(e.Message);
    } catch (const std::exception& e) {
        return e.what();
    } catch (...) {
        return "an unknown exception";
    }
}

}  // namespace perfeval::uno
