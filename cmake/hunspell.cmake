# Hunspell's own sources (Debian's hunspell 1.7.1 source package), built as a static library.
# filemgr.cxx is replaced by core/spell/memory_file_mgr.cpp so dictionaries load from memory buffers
# the host passes in; hunzip.cxx is then unused.
set(hunspell_src "${NIB_HUNSPELL_DIR}/src/hunspell")
if(NOT EXISTS "${hunspell_src}/hunspell.cxx")
  message(FATAL_ERROR "Hunspell sources not found in ${NIB_HUNSPELL_DIR}: run scripts/fetch_hunspell.sh")
endif()
add_library(hunspell STATIC
  ${hunspell_src}/affentry.cxx
  ${hunspell_src}/affixmgr.cxx
  ${hunspell_src}/csutil.cxx
  ${hunspell_src}/hashmgr.cxx
  ${hunspell_src}/hunspell.cxx
  ${hunspell_src}/phonet.cxx
  ${hunspell_src}/replist.cxx
  ${hunspell_src}/suggestmgr.cxx)
target_compile_definitions(hunspell PUBLIC HUNSPELL_STATIC)
target_include_directories(hunspell SYSTEM PUBLIC "${hunspell_src}")
target_compile_options(hunspell PRIVATE -w)
