# Header-only libraries come from Debian packages (nlohmann-json3-dev, doctest-dev). Emscripten must
# never see -I/usr/include (it would pick up glibc headers), so link just those folders into the build.
set(NIB_SYSTEM_INCLUDE "${CMAKE_BINARY_DIR}/system_include")
file(MAKE_DIRECTORY "${NIB_SYSTEM_INCLUDE}")
foreach(dir nlohmann doctest)
  if(NOT EXISTS "/usr/include/${dir}")
    message(FATAL_ERROR "/usr/include/${dir} is missing: run scripts/setup.sh (installs the Debian packages)")
  endif()
  file(CREATE_LINK "/usr/include/${dir}" "${NIB_SYSTEM_INCLUDE}/${dir}" SYMBOLIC)
endforeach()
