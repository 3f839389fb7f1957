#pragma once

// What the wizard tests share (tst_wizard.cpp, tst_wizardflows.cpp): typing into a field or a
// list, and a real insights-server with a signed-in client and a wizard filled in validly.
#include "apiclient.h"
#include "listeditor.h"
#include "onboardingwizard.h"
#include "support/apisession.h"
#include "tenantpage.h"
#include "validatedfield.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <memory>

namespace insights::test {

inline void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void addEntry(ListEditor *editor, const QString &text)
{
    type(editor->input(), text);
    QTest::keyClick(editor->input(), Qt::Key_Return);
}

// The server (deploy steps of 20 ms), the admin's session on it, and a client signed in as it.
class WizardFixture
{
protected:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiSession> m_api;
    ApiClient m_client;

    // Starts the server and signs the admin in, for m_api and m_client; empty, or why not.
    QString startServer()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{"--deploy-step-ms", "20"},
                                                   bootstrapEnvironment());
        if (!m_server->start())
            return m_server->error();
        m_api = std::make_unique<ApiSession>(*m_server);
        if (!m_api->signIn(adminUser, adminPassword))
            return QStringLiteral("the admin cannot sign in");
        m_client.setBaseUrl(m_server->url());
        m_client.setToken(m_api->token());
        return {};
    }

    // A wizard on the Tenant page with every field valid.
    std::unique_ptr<OnboardingWizard> validWizard(const QString &name, const QString &customer)
    {
        auto wizard = std::make_unique<OnboardingWizard>(
            &m_client, QList<CustomerChoice>{{customer, name + " Ltd"}}, customer);
        wizard->show();
        QApplication::setActiveWindow(wizard.get()); // focus moves only in the active window
        if (!QTest::qWaitForWindowActive(wizard.get()))
            return nullptr;
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        TenantPage *page = wizard->tenantPage();
        type(page->nameField()->edit(), name);
        type(page->domainField()->edit(), name.toLower() + ".onmicrosoft.com");
        type(page->shortNameField()->edit(), name);
        addEntry(page->emails(), "ops@" + name.toLower() + ".com");
        addEntry(page->upns(), "admin@" + name.toLower() + ".onmicrosoft.com");
        return wizard;
    }
};

} // namespace insights::test
