# cmake -P script: stages the floor add-in and zips it into its .oxt.
file(REMOVE_RECURSE "${STAGE}")
file(MAKE_DIRECTORY "${STAGE}/META-INF")
file(COPY "${SOURCE}/META-INF/manifest.xml" DESTINATION "${STAGE}/META-INF")
file(COPY "${SOURCE}/floor.components" "${DESCRIPTION}" "${RDB}" "${LIBRARY}"
     DESTINATION "${STAGE}")
file(REMOVE "${OXT}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar cf "${OXT}" --format=zip .
                WORKING_DIRECTORY "${STAGE}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "packing ${OXT} failed")
endif()
