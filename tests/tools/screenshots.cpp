// Renders the console to PNG files for review and the README: the main window with customers
// in every status, and each page of the onboarding wizard.
//   screenshots OUTPUT_FOLDER          (runs offscreen; starts its own insights-server)
//   LC_ALL=de_DE.UTF-8 screenshots ... (in German; fr_FR for French)
#include "byossection.h"
#include "compliancepage.h"
#include "countspinbox.h"
#include "customerdetailsview.h"
#include "customertablemodel.h"
#include "editservicedialog.h"
#include "importdialog.h"
#include "language.h"
#include "listeditor.h"
#include "mainwindow.h"
#include "onboardingwizard.h"
#include "operatorsdialog.h"
#include "reviewpage.h"
#include "serversettings.h"
#include "storageapi.h"
#include "support/apisession.h"
#include "support/azurite.h"
#include "tenantpage.h"
#include "validatedfield.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextStream>

#include <tuple>

using namespace insights;
using namespace insights::test;

namespace {

QTextStream out(stdout);
int failures = 0;

bool save(QWidget *w, const QString &folder, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    const bool ok = w->grab().save(path);
    out << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    failures += ok ? 0 : 1;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // Offscreen unless asked for a real screen (QT_QPA_PLATFORM=xcb, to see what fits on it).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("insights-screenshots"));
    Q_INIT_RESOURCE(insights_icons);
    // The system locale's language (LC_ALL=de_DE.UTF-8 renders the console in German).
    Language::install(app);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(folder);

    // One server whose first register-bots fails, so one customer ends in DeploymentError.
    QProcessEnvironment env = bootstrapEnvironment();
    env.insert(QStringLiteral("INSIGHTS_FAIL_STEP"), QStringLiteral("register-bots:1"));
    ServerProcess server({QStringLiteral("--deploy-step-ms"), QStringLiteral("10")}, env);
    if (!server.start()) {
        out << "server: " << server.error() << Qt::endl;
        return 1;
    }
    ApiSession api(server);
    if (!api.signIn(adminUser, adminPassword))
        return 1;
    auto deploy = [&](const QString &customerName, const QString &tenant, const QString &type) {
        const QString customer = api.createCustomer(customerName);
        const QString service =
            api.post(QStringLiteral("/api/v1/customers/") + customer + QStringLiteral("/services"),
                     ApiSession::serviceBody(tenant, type))
                .json()[QStringLiteral("id")]
                .toString();
        return api.waitForStatus(
            service, {QStringLiteral("PendingConsents"), QStringLiteral("DeploymentError")});
    };
    deploy(QStringLiteral("Northwind Traders"), QStringLiteral("Northwind"), QStringLiteral("pro"));
    const QJsonObject ready =
        deploy(QStringLiteral("Contoso Ltd"), QStringLiteral("Contoso-EU"), QStringLiteral("pro"));
    const QString path = QUrl(ready[QStringLiteral("quickStartUrl")].toString()).path();
    for (const QJsonValue &c : ready[QStringLiteral("consents")].toArray())
        api.post(path + QStringLiteral("/consents/") + c[QStringLiteral("id")].toString(), {});
    const QJsonObject pending = deploy(QStringLiteral("Fabrikam Inc"), QStringLiteral("Fabrikam"),
                                       QStringLiteral("essential"));
    deploy(QStringLiteral("Adventure Works"), QStringLiteral("AdventureWorks"),
           QStringLiteral("essential"));
    api.createCustomer(QStringLiteral("Tailspin Toys"));

    QTemporaryDir data;
    Workspace workspace;
    MainWindow window(&workspace);
    window.resize(1280, 720);
    window.show();
    QSignalSpy ready1(&workspace, &Workspace::ready);
    workspace.startRemote(server.url(), api.token(), adminUser, Role::Admin, data.path());
    ready1.wait(10000);
    QSignalSpy synced(workspace.sync(), &SyncEngine::synced);
    synced.wait(10000);
    [[maybe_unused]] const bool rows =
        QTest::qWaitFor([&] { return workspace.customers()->rowCount() == 5; }, 10000);
    const QString first = workspace.customers()->customerIdAt(0);
    window.customersView()->selectRow(workspace.customers()->rowOf(first));
    // As a person sees it once the cache has read the selected service and the details follow.
    auto *details = window.findChild<CustomerDetailsView *>();
    [[maybe_unused]] const bool shown = QTest::qWaitFor(
        [&] {
            return workspace.services()->serviceOfCustomer(first) && details &&
                   details->toPlainText().contains(QStringLiteral("Emails")) &&
                   !details->toPlainText().contains(QStringLiteral("Loading"));
        },
        10000);
    save(&window, folder, QStringLiteral("main-window"));
    window.showPage(MainWindow::ServicesPage);
    save(&window, folder, QStringLiteral("services-page"));
    window.showPage(MainWindow::UsersPage);
    [[maybe_unused]] const bool users =
        QTest::qWaitFor([&] { return workspace.client()->pendingCount() == 0; }, 5000);
    save(&window, folder, QStringLiteral("console-users-page"));
    window.showPage(MainWindow::CustomersPage);

    // The Quick Start page as the customer's administrator sees it: in Chromium when it is
    // installed (the README's picture), else as Qt renders the same HTML.
    // One consent granted, three to go: what the customer's administrator sees first.
    const QString quickStart = pending[QStringLiteral("quickStartUrl")].toString();
    const QString pendingPath = QUrl(quickStart).path();
    api.post(pendingPath + QStringLiteral("/consents/m365-login"), {});
    const QString shot = QDir(folder).absoluteFilePath(QStringLiteral("quickstart.png"));
    QProcess chromium;
    chromium.start(QStringLiteral("chromium"),
                   {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                    QStringLiteral("--disable-gpu"), QStringLiteral("--hide-scrollbars"),
                    QStringLiteral("--window-size=900,1000"),
                    QStringLiteral("--screenshot=") + shot, quickStart});
    if (chromium.waitForStarted(3000) && chromium.waitForFinished(30000) &&
        chromium.exitCode() == 0 && QFileInfo::exists(shot)) {
        out << "wrote " << shot << " (chromium)" << Qt::endl;
    } else {
        QTextBrowser page;
        page.resize(900, 1000);
        page.setHtml(QString::fromUtf8(api.get(pendingPath).body));
        page.show();
        save(&page, folder, QStringLiteral("quickstart"));
    }

    const QString newCustomer = api.createCustomer(QStringLiteral("Litware Inc"));
    OnboardingWizard wizard(workspace.client(), {{newCustomer, QStringLiteral("Litware Inc")}},
                            newCustomer);
    wizard.show();
    save(&wizard, folder, QStringLiteral("wizard-1-select-customer"));
    wizard.next();
    TenantPage *tenant = wizard.tenantPage();
    tenant->nameField()->edit()->setText(QStringLiteral("Litware-"));
    tenant->domainField()->edit()->setText(QStringLiteral("litware.onmicrosoft.com"));
    tenant->shortNameField()->edit()->setText(QStringLiteral("Litware"));
    tenant->emails()->setEntries({QStringLiteral("it-ops@litware.com")});
    tenant->upns()->setEntries(
        {QStringLiteral("admin@litware.onmicrosoft.com"), QStringLiteral("boss@fabrikam.com")});
    tenant->pro()->click();
    tenant->nameField()->setServerMessage({}); // shows the Intermediate message as if left
    tenant->includedUsers()->setFocus();
    // Let the availability answers arrive before the picture.
    [[maybe_unused]] const bool checked = QTest::qWaitFor(
        [&] {
            return wizard.findChild<QLabel *>(QStringLiteral("tenantDomainNote"))
                ->text()
                .contains(QStringLiteral("Available"));
        },
        3000);
    save(&wizard, folder, QStringLiteral("wizard-2-tenant-with-errors"));
    tenant->nameField()->edit()->setText(QStringLiteral("Litware"));
    [[maybe_unused]] const bool complete =
        QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 5000);
    save(&wizard, folder, QStringLiteral("wizard-3-tenant"));
    wizard.next();
    save(&wizard, folder, QStringLiteral("wizard-4-compliance"));
    wizard.next();
    save(&wizard, folder, QStringLiteral("wizard-5-review"));
    wizard.reviewPage()->deploy();
    [[maybe_unused]] const bool deployed =
        QTest::qWaitFor([&] { return wizard.reviewPage()->isComplete(); }, 15000);
    save(&wizard, folder, QStringLiteral("wizard-6-deployed"));
    wizard.next();
    save(&wizard, folder, QStringLiteral("wizard-7-finish"));

    // Day two: editing the deployed service, and its customer's operators.
    EditServiceDialog edit(workspace.client(), wizard.reviewPage()->serviceId());
    QSignalSpy editLoaded(&edit, &EditServiceDialog::loaded);
    edit.show();
    editLoaded.wait(5000);
    save(&edit, folder, QStringLiteral("edit-service"));
    OperatorsDialog operators(workspace.client(), newCustomer, QStringLiteral("Litware Inc"), true);
    QSignalSpy operatorsLoaded(&operators, &OperatorsDialog::loaded);
    operators.show();
    operatorsLoaded.wait(5000);
    save(&operators, folder, QStringLiteral("operators"));

    // File → Import customers from CSV…: the dry run's report of a file with three mistakes.
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("tenants.csv"));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(ImportsApi::templateCsv() +
                    "Northwind Ltd,Northwind-EU,northwind.onmicrosoft.com,CONTOSO,"
                    "ops@northwind.com,admin@northwind.onmicrosoft.com,gold,many,westeurope,"
                    "false,false,,false,,false\r\n");
            f.close();
        }
        // Not named "import": clang-format takes that for the C++20 keyword.
        ImportDialog dialog(workspace.client(), true, &window);
        dialog.chooseFile = [&file] { return file; };
        dialog.show();
        dialog.findChild<QPushButton *>(QStringLiteral("chooseFileButton"))->click();
        if (QTest::qWaitFor(
                [&] { return dialog.job().isFinished() && dialog.table()->rowCount() > 0; }, 10000))
            save(&dialog, folder, QStringLiteral("import-report"));
    }

    // File → Server settings… on this server (no mail, no storage accounts).
    ServerSettings settings;
    bool haveSettings = false;
    workspace.client()->storage().serverSettings().then(&window,
                                                        [&](const Result<ServerSettings> &r) {
                                                            settings = r.value;
                                                            haveSettings = r.ok();
                                                        });
    if (QTest::qWaitFor([&] { return haveSettings; }, 5000)) {
        ServerSettingsDialog dialog(settings, false, &window);
        dialog.show();
        save(&dialog, folder, QStringLiteral("server-settings"));
    }

    // The Own storage tab of a BYOS service: two locations the server verified against
    // Azurite (one expiring soon), and a URL that fails the format check as it is pasted.
    Azurite azurite;
    if (!azurite.start() ||
        !azurite.createContainer(QStringLiteral("replicaacct"), QStringLiteral("litware-calls")) ||
        !azurite.createContainer(QStringLiteral("replicaacct"),
                                 QStringLiteral("litware-archive"))) {
        out << "no Azurite (" << azurite.error() << "): the Own storage tab is not shown"
            << Qt::endl;
        return failures == 0 && rows && deployed ? 0 : 1;
    }
    QJsonObject body =
        ApiSession::serviceBody(QStringLiteral("LitwareOwn"), QStringLiteral("essential"));
    QJsonObject byosTenant = body[QStringLiteral("tenant")].toObject();
    byosTenant[QStringLiteral("byos")] = true;
    body[QStringLiteral("tenant")] = byosTenant;
    const QString byosCustomer = api.createCustomer(QStringLiteral("Litware Own Storage"));
    const QString byosService =
        api.post(QStringLiteral("/api/v1/customers/") + byosCustomer + QStringLiteral("/services"),
                 body)
            .json()[QStringLiteral("id")]
            .toString();
    api.waitForStatus(byosService, {QStringLiteral("PendingConsents")});
    const QString locations =
        QStringLiteral("/api/v1/services/") + byosService + QStringLiteral("/byos-locations");
    for (const auto &[name, container, days] :
         {std::tuple{QStringLiteral("Archive"), QStringLiteral("litware-archive"), 180},
          std::tuple{QStringLiteral("Short-lived"), QStringLiteral("litware-calls"), 5}})
        api.post(locations,
                 {{QStringLiteral("name"), name},
                  {QStringLiteral("containerUrl"),
                   azurite.containerSasUrl(QStringLiteral("replicaacct"), container,
                                           QStringLiteral("racwdl"),
                                           QDateTime::currentDateTimeUtc().addDays(days))}});
    EditServiceDialog byosEdit(workspace.client(), byosService);
    QSignalSpy byosLoaded(&byosEdit, &EditServiceDialog::loaded);
    byosEdit.show();
    byosLoaded.wait(5000);
    auto *tabs = byosEdit.findChild<QTabWidget *>(QStringLiteral("editTabs"));
    tabs->setCurrentWidget(byosEdit.byosSection());
    [[maybe_unused]] const bool listed =
        QTest::qWaitFor([&] { return byosEdit.byosSection()->table()->rowCount() == 2; }, 5000);
    byosEdit.byosSection()->nameField()->setText(QStringLiteral("Overflow"));
    byosEdit.byosSection()->urlField()->setText(
        QStringLiteral("https://litwarerec.blob.core.windows.net/Calls?sv=2021-12-02"));
    save(&byosEdit, folder, QStringLiteral("edit-service-own-storage"));
    return failures == 0 && rows && deployed ? 0 : 1;
}
