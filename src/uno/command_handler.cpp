#include "command_handler.hpp"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "commands.hpp"
#include "convert.hpp"
#include "log.hpp"

namespace perfeval::uno {

using css::uno::Reference;
using rtl::OUString;

namespace {

bool ours(const css::util::URL& url) {
    return url.Complete.startsWithIgnoreAsciiCase(OUString::createFromAscii(kCommandProtocol));
}

std::string command_of(const css::util::URL& url) {
    std::string c = to_utf8(url.Complete.copy(static_cast<sal_Int32>(std::string(kCommandProtocol).size())));
    if (const auto q = c.find('?'); q != std::string::npos) c.resize(q);
    return c;
}

}  // namespace

css::uno::Sequence<OUString> CommandHandler::supported_services() {
    css::uno::Sequence<OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

void CommandHandler::initialize(const css::uno::Sequence<css::uno::Any>& arguments) {
    Reference<css::frame::XFrame> frame;
    if (arguments.getLength() && (arguments[0] >>= frame)) frame_ = frame;
}

Reference<css::frame::XDispatch> CommandHandler::queryDispatch(const css::util::URL& url, const OUString&, sal_Int32) {
    return ours(url) ? Reference<css::frame::XDispatch>(this) : nullptr;
}

css::uno::Sequence<Reference<css::frame::XDispatch>> CommandHandler::queryDispatches(
    const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) {
    css::uno::Sequence<Reference<css::frame::XDispatch>> out(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        out[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return out;
}

void CommandHandler::dispatch(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& args) {
    dispatchWithNotification(url, args, nullptr);
}

void CommandHandler::dispatchWithNotification(const css::util::URL& url,
                                              const css::uno::Sequence<css::beans::PropertyValue>& args,
                                              const Reference<css::frame::XDispatchResultListener>& listener) {
    css::frame::DispatchResultEvent event;
    event.Source = static_cast<cppu::OWeakObject*>(this);
    event.State = css::frame::DispatchResultState::FAILURE;
    // No exception may cross into LibreOffice: it would end in a crash dialog.
    try {
        const CommandOutcome outcome =
            run_command(context_, Reference<css::frame::XFrame>(frame_), command_of(url), args);
        event.State = outcome.ok ? css::frame::DispatchResultState::SUCCESS : css::frame::DispatchResultState::FAILURE;
        event.Result = outcome.result;
        if (!outcome.ok && !event.Result.hasValue()) event.Result <<= from_utf8(outcome.message);
    } catch (...) {
        const std::string why = caught();
        PERFEVAL_WARN("command " << to_utf8(url.Complete) << " failed: " << why);
        event.Result <<= from_utf8(why);
    }
    if (listener.is()) listener->dispatchFinished(event);
}

OUString CommandHandler::getImplementationName() { return OUString::createFromAscii(kImplementationName); }

sal_Bool CommandHandler::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

css::uno::Sequence<OUString> CommandHandler::getSupportedServiceNames() { return supported_services(); }

}  // namespace perfeval::uno
