// The protocol handler for vnd.perfeval: URLs, so that the toolbar button,
// the Tools menu entry, the keyboard shortcut and macros (dispatch) reach the
// commands. dispatchWithNotification hands back each command's result.
#pragma once

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/weakref.hxx>

namespace perfeval::uno {

namespace css = com::sun::star;

class CommandHandler : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                                    css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    static constexpr const char* kImplementationName = "org.perfeval.CommandHandler";
    static css::uno::Sequence<rtl::OUString> supported_services();

    explicit CommandHandler(css::uno::Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {}

    // XInitialization: the frame comes first in the arguments.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch / XNotifyingDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& args) override;
    void SAL_CALL
    dispatchWithNotification(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& args,
                             const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::frame::XFrame> frame_;
};

}  // namespace perfeval::uno
