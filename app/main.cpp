// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyleFactory>
#include <QTranslator>

#include "app/compositionroot.h"
#include "app/quitonsignal.h"
#include "app/singleinstance.h"
#include "core/domain/consolelink.h"
#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

namespace
{
int positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        qCritical("%s",
            qPrintable(QCoreApplication::translate("main", "--%1 needs a whole number of 0 or more.")
                           .arg(option.names().constFirst())));
        std::exit(2);
    }
    return value;
}

// --help and --version only print text, so they must work without a display (package
// checks, ssh sessions): choose the offscreen platform before QApplication looks for one.
void useOffscreenPlatformForTextOnlyOptions(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        const bool printsOnly = argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-?"
            || argument == "-v" || argument == "--version";
        if (printsOnly && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    // English has plural forms too ("1 account", "2 accounts"): its translation holds only
    // those, and stays below the user's language, which Qt asks first.
    auto *englishPlurals = new QTranslator(&app);
    if (englishPlurals->load(u"avara-console_en"_s, u":/i18n"_s))
        QApplication::installTranslator(englishPlurals);
    auto *translator = new QTranslator(&app);
    if (QLocale().language() != QLocale::English && QLocale().language() != QLocale::C
        && translator->load(QLocale(), u"avara-console"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(translator);
}
} // namespace

int main(int argc, char *argv[])
{
    useOffscreenPlatformForTextOnlyOptions(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Avara Console"_s);
    QApplication::setOrganizationDomain(u"avaraconsole.org"_s);
    QApplication::setApplicationName(u"Avara Console"_s);
    QApplication::setApplicationDisplayName(u"Avara Console"_s);
    QApplication::setApplicationVersion(QStringLiteral(AVARA_VERSION_STRING));
    QGuiApplication::setDesktopFileName(u"org.avaraconsole.AvaraConsole"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/org.avaraconsole.AvaraConsole.svg"_s));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Find, inspect, deactivate and reactivate the accounts of an Avara API server.\n\n"
        "Without options the console connects with AVARA_API_KEY and AVARA_BASE_URL when they are set, "
        "else with the saved connection, else it asks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        u"sandbox"_s, QCoreApplication::translate("main", "Start the built-in sandbox server and connect to it."));
    const QCommandLineOption customers(u"customers"_s,
        QCoreApplication::translate("main", "Express customers in the sandbox (default 2000)."), u"count"_s);
    const QCommandLineOption orgs(
        u"orgs"_s, QCoreApplication::translate("main", "Organizations in the sandbox (default 500)."), u"count"_s);
    const QCommandLineOption noOrgs(
        u"no-orgs"_s, QCoreApplication::translate("main", "Run the sandbox as a server without organizations."));
    const QCommandLineOption hostile(
        u"hostile"_s, QCoreApplication::translate("main", "Seed the sandbox with hostile names and metadata."));
    const QCommandLineOption seed(
        u"seed"_s, QCoreApplication::translate("main", "Seed of the sandbox's made-up data."), u"number"_s);
    const QCommandLineOption baseUrl(u"base-url"_s,
        QCoreApplication::translate("main", "Connect to this server instead of the saved one."), u"url"_s);
    const QCommandLineOption dark(u"dark"_s,
        QCoreApplication::translate("main",
            "Use a dark palette (with the Fusion style) instead of the desktop's, where the desktop has none."));
    parser.addOptions({ sandbox, customers, orgs, noOrgs, hostile, seed, baseUrl, dark });
    parser.addPositionalArgument(u"link"_s,
        QCoreApplication::translate(
            "main", "An avara-console:// link to an account or a view; a console already running shows it."),
        u"[link]"_s);
    parser.process(app);
    // Normally the desktop's palette is followed; this is for a desktop (or Xvfb) without a dark one.
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(StatusStyle::darkPalette());
    }

    const QStringList links = parser.positionalArguments();
    if (links.size() > 1) {
        qCritical("%s", qPrintable(QCoreApplication::translate("main", "Give at most one link.")));
        return 2;
    }
    const QString link = links.value(0);
    QString linkError;
    if (!link.isEmpty() && !ConsoleLink::parse(link, &linkError)) {
        qCritical("%s", qPrintable(linkError));
        return 2;
    }

    // One console per user: a later start hands its link to the first and opens no window.
    SingleInstance instance(SingleInstance::defaultDirectory());
    if (!instance.becomeFirst()) {
        constexpr int handOverTimeoutMs = 10000;
        QString error;
        if (instance.sendToFirst(link, handOverTimeoutMs, &error)) {
            // Whoever started it from a terminal learns why no window opened, and that any
            // other options (--sandbox, --base-url) went unused.
            const QString said = link.isEmpty()
                ? QCoreApplication::translate(
                    "main", "Avara Console is already running; its window was brought forward.")
                : QCoreApplication::translate("main", "Avara Console is already running; it shows the link.");
            std::fprintf(stderr, "%s\n", qPrintable(said));
            return 0;
        }
        qCritical("%s", qPrintable(error));
        return 1;
    }

    CompositionRoot::Options options;
    options.useSandbox = parser.isSet(sandbox);
    options.sandbox.customers = positiveNumber(parser, customers, 2000);
    options.sandbox.organizations = positiveNumber(parser, orgs, 500);
    options.sandbox.organizationsEnabled = !parser.isSet(noOrgs);
    options.sandbox.hostileNames = parser.isSet(hostile);
    options.sandbox.seed = quint64(positiveNumber(parser, seed, 1));
    if (parser.isSet(baseUrl))
        options.baseUrlOverride = QUrl::fromUserInput(parser.value(baseUrl));

    // Before the window exists: a signal from here on quits as closing the window does.
    QuitOnSignal quitOnSignal;
    CompositionRoot root(options);
    QObject::connect(&root, &CompositionRoot::quitRequested, &app, [](int code) { QCoreApplication::exit(code); });
    QObject::connect(&instance, &SingleInstance::messageReceived, &root, &CompositionRoot::openLink);
    if (!root.start())
        return 1;
    if (!link.isEmpty())
        root.openLink(link);
    return app.exec();
}
