// Nothing of the extension outlives the office. What runs on its own (a
// timer's thread) registers here and is halted — stopped and joined — when
// the office terminates (XTerminateListener::notifyTermination), and also by
// its owner's disposing(); whichever comes first, the other finds it halted.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace perfeval::uno {

class Haltable {
public:
    virtual void halt() noexcept = 0;

protected:
    ~Haltable() = default;
};

// Halts `h` when the office terminates, unless forgotten before; when the
// office is already terminating, halts it at once. The first call registers
// one terminate listener with the Desktop.
void halt_at_termination(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
                         Haltable* h);
// Call before `h` goes away (its destructor): afterwards nothing calls it.
void forget_at_termination(Haltable* h);

}  // namespace perfeval::uno
