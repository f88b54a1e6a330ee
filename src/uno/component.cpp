// The shared library's one exported entry: Calc's service manager asks it
// for the factory of each implementation named in perfeval.components.
#include <cstring>

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>

#include "command_handler.hpp"
#include "core/log.hpp"
#include "family_folders.hpp"
#include "functions_addin.hpp"
#include "log.hpp"
#include "sidebar/panel_factory.hpp"
#include "validator_service.hpp"

namespace {

namespace css = com::sun::star;

css::uno::Reference<css::uno::XInterface> SAL_CALL
create_functions(const css::uno::Reference<css::uno::XComponentContext>&) {
    return static_cast<cppu::OWeakObject*>(new perfeval::uno::FunctionsAddIn);
}

rtl::OUString SAL_CALL functions_implementation_name() {
    return rtl::OUString::createFromAscii(perfeval::uno::FunctionsAddIn::kImplementationName);
}

css::uno::Reference<css::uno::XInterface> SAL_CALL
create_validator(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new perfeval::uno::ValidatorService(context));
}

rtl::OUString SAL_CALL validator_implementation_name() {
    return rtl::OUString::createFromAscii(perfeval::uno::ValidatorService::kImplementationName);
}

css::uno::Reference<css::uno::XInterface> SAL_CALL
create_command_handler(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new perfeval::uno::CommandHandler(context));
}

rtl::OUString SAL_CALL command_handler_implementation_name() {
    return rtl::OUString::createFromAscii(perfeval::uno::CommandHandler::kImplementationName);
}

css::uno::Reference<css::uno::XInterface> SAL_CALL
create_panel_factory(const css::uno::Reference<css::uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new perfeval::uno::PanelFactory(context));
}

rtl::OUString SAL_CALL panel_factory_implementation_name() {
    return rtl::OUString::createFromAscii(perfeval::uno::PanelFactory::kImplementationName);
}

const cppu::ImplementationEntry kEntries[] = {
    {create_functions, functions_implementation_name, perfeval::uno::FunctionsAddIn::supported_services,
     cppu::createSingleComponentFactory, nullptr, 0},
    {create_validator, validator_implementation_name, perfeval::uno::ValidatorService::supported_services,
     cppu::createSingleComponentFactory, nullptr, 0},
    {create_command_handler, command_handler_implementation_name, perfeval::uno::CommandHandler::supported_services,
     cppu::createSingleComponentFactory, nullptr, 0},
    {create_panel_factory, panel_factory_implementation_name, perfeval::uno::PanelFactory::supported_services,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

// What the core gave up on goes to LibreOffice's log too.
void core_to_office_log(std::string_view where, std::string_view what) { PERFEVAL_WARN(where << ": " << what); }

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation, void* service_manager,
                                                                    void* registry_key) {
    perfeval::set_log_sink(core_to_office_log);
    perfeval::uno::load_family_folders();
    return cppu::component_getFactoryHelper(implementation, service_manager, registry_key, kEntries);
}
