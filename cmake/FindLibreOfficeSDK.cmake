# Finds the LibreOffice SDK as packaged by Debian (libreoffice-dev) and the
# office that runs the extension (libreoffice-calc).
#
# Defines:
#   LibreOfficeSDK_FOUND
#   LO_CPPUMAKER, LO_UNOIDL_WRITE        tools
#   LO_TYPES_RDB, LO_OFFAPI_RDB          type libraries of the office
#   LO_PROGRAM_DIR                       /usr/lib/libreoffice/program
#   LO_SOFFICE                           the soffice start script
#   target LibreOffice::URE              include dirs, defines and uno libraries
#   function lo_generate_headers(TARGET OUT_DIR RDB...)
include(FindPackageHandleStandardArgs)

set(_lo_root_hints /usr/lib/libreoffice /opt/libreoffice)

find_program(LO_CPPUMAKER cppumaker
  HINTS ${_lo_root_hints} PATH_SUFFIXES sdk/bin NO_DEFAULT_PATH)
find_program(LO_UNOIDL_WRITE unoidl-write
  HINTS ${_lo_root_hints} PATH_SUFFIXES sdk/bin NO_DEFAULT_PATH)
find_path(LO_INCLUDE_DIR cppuhelper/implbase1.hxx
  HINTS /usr/include/libreoffice ${_lo_root_hints}/sdk/include)
find_library(LO_CPPUHELPER_LIB uno_cppuhelpergcc3 HINTS ${_lo_root_hints} PATH_SUFFIXES sdk/lib)
find_library(LO_CPPU_LIB uno_cppu HINTS ${_lo_root_hints} PATH_SUFFIXES sdk/lib)
find_library(LO_SAL_LIB uno_sal HINTS ${_lo_root_hints} PATH_SUFFIXES sdk/lib)
find_file(LO_TYPES_RDB types.rdb HINTS ${_lo_root_hints} PATH_SUFFIXES program NO_DEFAULT_PATH)
find_file(LO_OFFAPI_RDB offapi.rdb HINTS ${_lo_root_hints} PATH_SUFFIXES program/types NO_DEFAULT_PATH)
find_program(LO_SOFFICE soffice HINTS ${_lo_root_hints} PATH_SUFFIXES program NO_DEFAULT_PATH)

set(_lo_sdk_vars LO_CPPUMAKER LO_UNOIDL_WRITE LO_INCLUDE_DIR LO_CPPUHELPER_LIB
                 LO_CPPU_LIB LO_SAL_LIB LO_TYPES_RDB LO_OFFAPI_RDB)
foreach(_v IN LISTS _lo_sdk_vars)
  if(NOT ${_v})
    message(SEND_ERROR "LibreOffice SDK: ${_v} not found. Install the Debian package "
                       "'libreoffice-dev' (run ./scripts/setup-deps.sh as root).")
  endif()
endforeach()
if(NOT LO_SOFFICE)
  message(SEND_ERROR "LibreOffice: soffice not found. Install the Debian package "
                     "'libreoffice-calc' (run ./scripts/setup-deps.sh as root).")
endif()

find_package_handle_standard_args(LibreOfficeSDK
  REQUIRED_VARS ${_lo_sdk_vars} LO_SOFFICE)

if(LibreOfficeSDK_FOUND AND NOT TARGET LibreOffice::URE)
  get_filename_component(LO_PROGRAM_DIR "${LO_TYPES_RDB}" DIRECTORY)
  add_library(LibreOffice::URE INTERFACE IMPORTED)
  set_target_properties(LibreOffice::URE PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${LO_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "UNX;GCC;LINUX;CPPU_ENV=gcc3"
    INTERFACE_LINK_LIBRARIES "${LO_CPPUHELPER_LIB};${LO_CPPU_LIB};${LO_SAL_LIB}"
    INTERFACE_LINK_OPTIONS "LINKER:-rpath-link,${LO_PROGRAM_DIR}")
endif()

# Generates the C++ headers of every type in the office's type libraries and in
# the given own .rdb files into OUT_DIR (cppumaker needs an absolute -O).
function(lo_generate_headers target out_dir)
  set(_stamp "${out_dir}/.stamp")
  add_custom_command(
    OUTPUT "${_stamp}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${out_dir}"
    COMMAND "${LO_CPPUMAKER}" -Gc "-O${out_dir}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" ${ARGN}
    COMMAND ${CMAKE_COMMAND} -E touch "${_stamp}"
    DEPENDS ${ARGN}
    COMMENT "cppumaker: C++ headers for the UNO types"
    VERBATIM)
  add_custom_target(${target}_gen DEPENDS "${_stamp}")
  add_library(${target} INTERFACE)
  add_dependencies(${target} ${target}_gen)
  target_include_directories(${target} SYSTEM INTERFACE "${out_dir}")
  target_link_libraries(${target} INTERFACE LibreOffice::URE)
endfunction()
