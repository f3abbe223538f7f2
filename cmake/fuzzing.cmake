# NIB_FUZZ builds everything (Hunspell too) with libFuzzer's coverage hooks and ASan/UBSan; the
# fuzz targets in tests/fuzz link libFuzzer's main. Needs clang (Debian's clang-14).
if(NIB_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "NIB_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=all -g)
  add_link_options(-fsanitize=address,undefined)
endif()
