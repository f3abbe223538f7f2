# Our own targets build with strict warnings; third-party Hunspell does not (it is not ours to fix).
function(nib_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
endfunction()
