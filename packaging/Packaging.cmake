# SPDX-FileCopyrightText: 2026 Avara Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules for everything beside the two executables (desktop entry, AppStream metainfo,
# icons, man pages, Debian docs) and the CPack configuration, chosen by platform:
#   Linux    DEB + TGZ, built and checked by scripts/package (tested)
#   Windows  NSIS installer + ZIP, Qt deployed with windeployqt   (NOT TESTED YET)
#   macOS    DragNDrop disk image, Qt deployed with macdeployqt   (NOT TESTED YET)
# Included from the end of the root CMakeLists.txt, so every install(TARGETS) already exists.

if(NOT TARGET avara-console)
    message(STATUS "Packaging: off, it needs the console (AVARA_BUILD_UI=ON)")
    return()
endif()

include(GNUInstallDirs)

set(avara_app_id org.avaraconsole.AvaraConsole)
set(avara_package_name avara-console)
set(avara_packaging_dir ${CMAKE_CURRENT_LIST_DIR})
set(avara_generated_dir ${PROJECT_BINARY_DIR}/packaging)
# Directories made by the install keep 0755 whatever the umask of the person building.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# --- Linux desktop integration -----------------------------------------------------------------
if(UNIX AND NOT APPLE)
    install(FILES ${avara_packaging_dir}/linux/${avara_app_id}.desktop
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
    install(FILES ${avara_packaging_dir}/linux/${avara_app_id}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${avara_app_id}.svg
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps)

    # Generated at build time so the SVG stays the only icon source in git.
    set(avara_generated_files)
    find_program(AVARA_RSVG_CONVERT rsvg-convert)
    if(AVARA_RSVG_CONVERT)
        foreach(size 48 64 128 256)
            set(png ${avara_generated_dir}/icons/${size}x${size}/${avara_app_id}.png)
            add_custom_command(OUTPUT ${png}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${avara_generated_dir}/icons/${size}x${size}
                COMMAND ${AVARA_RSVG_CONVERT} --width=${size} --height=${size} --format=png
                        --output=${png} ${PROJECT_SOURCE_DIR}/resources/icons/${avara_app_id}.svg
                DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/${avara_app_id}.svg
                COMMENT "Rendering the ${size}x${size} application icon"
                VERBATIM)
            list(APPEND avara_generated_files ${png})
            install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
    else()
        message(WARNING "Packaging: rsvg-convert not found (Debian: librsvg2-bin, scripts/bootstrap installs it); "
                        "the PNG icons are left out of the install")
    endif()

    # Man pages and the changelog: gzip -9n, so the package is reproducible (no name, no timestamp).
    find_program(AVARA_GZIP gzip REQUIRED)
    set(avara_gzipped)
    foreach(page avara-console avara-sandbox)
        configure_file(${avara_packaging_dir}/man/${page}.1.in ${avara_generated_dir}/man/${page}.1 @ONLY)
        list(APPEND avara_gzipped ${avara_generated_dir}/man/${page}.1)
        install(FILES ${avara_generated_dir}/man/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
    # A native package (version without a Debian revision), so lintian wants changelog.gz.
    configure_file(${avara_packaging_dir}/debian/changelog ${avara_generated_dir}/doc/changelog COPYONLY)
    list(APPEND avara_gzipped ${avara_generated_dir}/doc/changelog)
    foreach(file IN LISTS avara_gzipped)
        add_custom_command(OUTPUT ${file}.gz
            COMMAND ${AVARA_GZIP} -9nkf ${file}
            DEPENDS ${file}
            VERBATIM)
        list(APPEND avara_generated_files ${file}.gz)
    endforeach()
    add_custom_target(avara_packaging_files ALL DEPENDS ${avara_generated_files})

    set(avara_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/${avara_package_name})
    install(FILES ${avara_packaging_dir}/debian/copyright ${avara_generated_dir}/doc/changelog.gz
        DESTINATION ${avara_docdir})
endif()

# --- CPack: common ---------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME ${avara_package_name})
set(CPACK_PACKAGE_VENDOR "Avara Console contributors")
set(CPACK_PACKAGE_CONTACT "Avara Console contributors <maintainers@avaraconsole.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop console for the accounts of an Avara API server")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Avara Console")
set(CPACK_PACKAGE_EXECUTABLES avara-console "Avara Console")
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
endif()

# `cmake --build ... --target package_source`: the tracked sources, never build trees.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME ${avara_package_name}-${PROJECT_VERSION})
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-[^/]*/" "/dist/" "\\\\.user$")

if(WIN32)
    # --- Windows: NSIS installer and a ZIP (NOT TESTED YET) ---------------------------------
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_PACKAGE_FILE_NAME ${avara_package_name}-${PROJECT_VERSION}-windows-${CMAKE_SYSTEM_PROCESSOR})
    qt_generate_deploy_app_script(TARGET avara-console FILENAME_VARIABLE avara_deploy_script)
    install(SCRIPT ${avara_deploy_script})
    # windeployqt copies Qt's own DLLs only; QtKeychain comes from outside Qt.
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CPACK_NSIS_PACKAGE_NAME "Avara Console")
    set(CPACK_NSIS_DISPLAY_NAME "Avara Console ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME ${CMAKE_INSTALL_BINDIR}/avara-console.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_CONTACT ${CPACK_PACKAGE_CONTACT})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
elseif(APPLE)
    # --- macOS: a drag-and-drop disk image with a deployed bundle (NOT TESTED YET) ----------
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_PACKAGE_FILE_NAME ${avara_package_name}-${PROJECT_VERSION}-macos)
    set(CPACK_DMG_VOLUME_NAME "Avara Console")
    set_target_properties(avara-console PROPERTIES
        MACOSX_BUNDLE_GUI_IDENTIFIER ${avara_app_id}
        MACOSX_BUNDLE_BUNDLE_NAME "Avara Console"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "2026 Avara Console contributors, GPL-3.0-or-later")
    qt_generate_deploy_app_script(TARGET avara-console FILENAME_VARIABLE avara_deploy_script)
    install(SCRIPT ${avara_deploy_script})
else()
    # --- Linux: a Debian package and a relocatable tarball (tested by scripts/package) -------
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_PACKAGE_FILE_NAME ${avara_package_name}-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR})
    set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
    # Libraries linked at build time come from dpkg-shlibdeps. The rest is loaded at run time:
    # - the xcb platform plugin ships in libqt6gui6 on bookworm (already a linked dependency);
    # - the SVG icon engine and image plugin (the window icon is an SVG) are in libqt6svg6;
    # - QtKeychain dlopens libsecret-1.so.0 to reach the Secret Service, and libqt6keychain1
    #   does not depend on it.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libsecret-1-0")
    # A Secret Service provider (or KWallet) to keep the API key in; Wayland sessions run natively
    # with qt6-wayland, else through XWayland.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland")
    # Qt's own strings (standard buttons, dialogs) in the user's language.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
Avara Console lets support staff find, inspect, deactivate and reactivate the
Express customers and organizations of an Avara API server. It loads every
account page by page into a fast table that stays responsive with 100,000
accounts, filters by name, id, metadata and status, shows one account's
details beside the list, and sends each deactivation or reactivation in order,
showing the state the server reports afterwards.

The API key is read from AVARA_API_KEY or kept in the desktop's keychain
(Secret Service or KWallet), never in a plain file.

The package also contains avara-sandbox, a local fake Avara API server with
made-up accounts and optional faults (latency, errors, rate limits, dropped
connections) for trying the console and testing API clients without touching
real accounts.]=])
endif()

include(CPack)
