# Debian packages (./setup.sh package): insights-console (the desktop app) and insights-server
# (the backend, also the console's embedded one), through CPack's DEB generator, with
# dependencies from dpkg-shlibdeps, desktop integration, man pages and a systemd unit.
include(GNUInstallDirs)
set(INSIGHTS_HOMEPAGE "https://interaction-insights.example/" CACHE STRING
    "The product's web page (AppStream homepage; its screenshots/ folder holds the PNGs)")
set(INSIGHTS_MAINTAINER_MAIL "packages@interaction-insights.example" CACHE STRING
    "The packages' maintainer address")
set(app_id com.interactioninsights.Console)
set(here ${CMAKE_CURRENT_LIST_DIR})
set(out ${CMAKE_BINARY_DIR}/packaging)

install(TARGETS insights-console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT console)
install(TARGETS insights-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)

# The desktop entry, AppStream metainfo and the icon.
configure_file(${here}/${app_id}.metainfo.xml ${out}/${app_id}.metainfo.xml @ONLY)
install(FILES ${here}/${app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
    COMPONENT console)
install(FILES ${out}/${app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo
    COMPONENT console)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/insights-console.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${app_id}.svg
    COMPONENT console)

# Man pages and the Debian changelog, compressed as Debian's policy asks (gzip -9n).
set(compressed)
foreach(page insights-console insights-server)
    configure_file(${here}/${page}.1 ${out}/${page}.1 @ONLY)
    set(package ${page})
    configure_file(${here}/changelog.in ${out}/${page}/changelog @ONLY)
    configure_file(${here}/copyright.in ${out}/${page}/copyright @ONLY)
    foreach(file ${page}.1 ${page}/changelog)
        add_custom_command(OUTPUT ${out}/${file}.gz
            COMMAND gzip -9n -c ${out}/${file} > ${out}/${file}.gz
            DEPENDS ${out}/${file} VERBATIM)
        list(APPEND compressed ${out}/${file}.gz)
    endforeach()
endforeach()
add_custom_target(insights_package_files ALL DEPENDS ${compressed})
foreach(component console server)
    set(page insights-${component})
    install(FILES ${out}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT ${component})
    install(FILES ${out}/${page}/copyright ${out}/${page}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${page} COMPONENT ${component})
endforeach()

# The server's unit (Debian 12 keeps units in /lib), its command line, and the deploy guide.
install(FILES ${here}/insights-server.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${here}/insights-server.default DESTINATION /etc/default
    RENAME insights-server COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/docs/DEPLOY.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/insights-server COMPONENT server)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME insights)
set(CPACK_PACKAGE_VENDOR "The Interaction Insights team")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL console server)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Interaction Insights team <${INSIGHTS_MAINTAINER_MAIL}>")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${INSIGHTS_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME insights-console)
# Qt's plugins are loaded at run time, so dpkg-shlibdeps can't see them: the X11 platform,
# SQLite for the local cache, SVG for the icons.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS
    "insights-server (= ${PROJECT_VERSION}), qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION
    "Onboard Microsoft 365 tenants onto Interaction Recording
Service-provider staff create a customer, fill in its tenant and compliance
settings in a wizard that checks every field as it is typed, deploy the
recording service, and follow the customers' status table until each
customer has granted its consents. The console runs its own local backend
(insights-server) or signs in to a team server.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME insights-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${here}/postinst ${here}/prerm ${here}/postrm ${here}/conffiles)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "Interaction Insights backend: REST API, Quick Start pages, provisioning
The server behind insights-console: the REST API of customers, services,
consents, operators, imports and audit, the customers' Quick Start pages,
and the provisioning of each recording service. One instance runs on SQLite;
a team runs several stateless instances on PostgreSQL behind a load balancer.
The systemd unit reads its command line from /etc/default/insights-server.")

include(CPack)
