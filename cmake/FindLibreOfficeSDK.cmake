# Finds the office that runs the extension (libreoffice-calc) and its SDK
# (libreoffice-dev) wherever they are installed; nothing is assumed:
#   1. LIBREOFFICE_ROOT, the installation root (holds program/ and sdk/), as a
#      cache variable (-DLIBREOFFICE_ROOT=...) or an environment variable;
#   2. else `soffice` on PATH with symbolic links resolved (Debian:
#      /usr/bin/soffice -> /usr/lib/libreoffice/program/soffice); its
#      directory is the program directory, the parent of that the root.
# The SDK tools are in <root>/sdk/bin, the libraries in <root>/sdk/lib, the
# headers in <root>/sdk/include or the system include path (Debian:
# /usr/include/libreoffice), the type libraries in <program>.
#
# Defines:
#   LibreOfficeSDK_FOUND
#   LO_ROOT                              the installation root
#   LO_PROGRAM_DIR                       its program/ directory
#   LO_SOFFICE                           the soffice start script
#   LO_CPPUMAKER, LO_UNOIDL_WRITE        tools
#   LO_TYPES_RDB, LO_OFFAPI_RDB          type libraries of the office
#   target LibreOffice::URE              include dirs, defines and uno libraries
#   function lo_generate_headers(TARGET OUT_DIR RDB...)
include(FindPackageHandleStandardArgs)

set(LIBREOFFICE_ROOT "" CACHE PATH
    "LibreOffice installation root (holds program/ and sdk/); empty: $ENV{LIBREOFFICE_ROOT}, else soffice on PATH")

set(_lo_sdk_vars LO_CPPUMAKER LO_UNOIDL_WRITE LO_INCLUDE_DIR LO_CPPUHELPER_LIB
                 LO_CPPU_LIB LO_SAL_LIB LO_SALHELPER_LIB LO_TYPES_RDB LO_OFFAPI_RDB)

# Computed each time, never cached (an older cache held a find_program result).
unset(LO_SOFFICE CACHE)
unset(LO_SOFFICE)
if(LIBREOFFICE_ROOT)
  set(_lo_root_given "${LIBREOFFICE_ROOT}")
elseif(DEFINED ENV{LIBREOFFICE_ROOT} AND NOT "$ENV{LIBREOFFICE_ROOT}" STREQUAL "")
  set(_lo_root_given "$ENV{LIBREOFFICE_ROOT}")
else()
  set(_lo_root_given "")
endif()

if(_lo_root_given)
  file(REAL_PATH "${_lo_root_given}" LO_ROOT)
  if(EXISTS "${LO_ROOT}/program/soffice")
    set(LO_SOFFICE "${LO_ROOT}/program/soffice")
  else()
    message(SEND_ERROR "LibreOffice: no program/soffice under LIBREOFFICE_ROOT=${_lo_root_given}.")
  endif()
else()
  find_program(LO_SOFFICE_ON_PATH soffice DOC "soffice on PATH, the office to build against")
  if(LO_SOFFICE_ON_PATH)
    file(REAL_PATH "${LO_SOFFICE_ON_PATH}" LO_SOFFICE)
    get_filename_component(LO_ROOT "${LO_SOFFICE}" DIRECTORY)
    get_filename_component(LO_ROOT "${LO_ROOT}" DIRECTORY)
  else()
    message(SEND_ERROR "LibreOffice: soffice not found on PATH. Install the Debian package "
                       "'libreoffice-calc' (run ./scripts/setup-deps.sh as root) or set LIBREOFFICE_ROOT.")
  endif()
endif()

if(LO_SOFFICE)
  get_filename_component(LO_PROGRAM_DIR "${LO_SOFFICE}" DIRECTORY)
  # A different office than at the last configure: find everything anew.
  if(NOT "${LO_ROOT}" STREQUAL "${_LO_ROOT_SEARCHED}")
    foreach(_v IN LISTS _lo_sdk_vars)
      unset(${_v} CACHE)
    endforeach()
    set(_LO_ROOT_SEARCHED "${LO_ROOT}" CACHE INTERNAL "the root the LO_* cache entries belong to")
  endif()

  find_program(LO_CPPUMAKER cppumaker PATHS "${LO_ROOT}/sdk/bin" NO_DEFAULT_PATH)
  find_program(LO_UNOIDL_WRITE unoidl-write PATHS "${LO_ROOT}/sdk/bin" NO_DEFAULT_PATH)
  # Debian's headers are in /usr/include/libreoffice: the system include path
  # with the suffix finds them, an unpacked SDK has them in sdk/include.
  # The root's own first, so that an unpacked office is not mixed with the
  # system's headers (a second find_path does nothing once the first found).
  find_path(LO_INCLUDE_DIR cppuhelper/implbase1.hxx PATHS "${LO_ROOT}/sdk/include" NO_DEFAULT_PATH)
  find_path(LO_INCLUDE_DIR cppuhelper/implbase1.hxx PATH_SUFFIXES libreoffice)
  find_library(LO_CPPUHELPER_LIB uno_cppuhelpergcc3 PATHS "${LO_ROOT}/sdk/lib" NO_DEFAULT_PATH)
  find_library(LO_CPPU_LIB uno_cppu PATHS "${LO_ROOT}/sdk/lib" NO_DEFAULT_PATH)
  find_library(LO_SAL_LIB uno_sal PATHS "${LO_ROOT}/sdk/lib" NO_DEFAULT_PATH)
  find_library(LO_SALHELPER_LIB uno_salhelpergcc3 PATHS "${LO_ROOT}/sdk/lib" NO_DEFAULT_PATH)
  find_file(LO_TYPES_RDB types.rdb PATHS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH)
  find_file(LO_OFFAPI_RDB offapi.rdb PATHS "${LO_PROGRAM_DIR}/types" NO_DEFAULT_PATH)

  foreach(_v IN LISTS _lo_sdk_vars)
    if(NOT ${_v})
      message(SEND_ERROR "LibreOffice SDK: ${_v} not found under ${LO_ROOT}. Install the Debian "
                         "package 'libreoffice-dev' (run ./scripts/setup-deps.sh as root).")
    endif()
  endforeach()
endif()

find_package_handle_standard_args(LibreOfficeSDK
  REQUIRED_VARS LO_SOFFICE ${_lo_sdk_vars})

if(LibreOfficeSDK_FOUND AND NOT TARGET LibreOffice::URE)
  add_library(LibreOffice::URE INTERFACE IMPORTED)
  set_target_properties(LibreOffice::URE PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${LO_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "UNX;GCC;LINUX;CPPU_ENV=gcc3"
    INTERFACE_LINK_LIBRARIES "${LO_CPPUHELPER_LIB};${LO_CPPU_LIB};${LO_SAL_LIB};${LO_SALHELPER_LIB}"
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
