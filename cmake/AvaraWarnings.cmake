# SPDX-FileCopyrightText: 2026 Avara Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the warnings and Qt defines every project target builds with.
add_library(avara_build_flags INTERFACE)
target_compile_options(avara_build_flags INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(avara_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    AVARA_VERSION_STRING="${PROJECT_VERSION}")

if(AVARA_SANITIZE)
    set(avara_sanitizers -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(avara_build_flags INTERFACE ${avara_sanitizers})
    target_link_options(avara_build_flags INTERFACE ${avara_sanitizers})
endif()
