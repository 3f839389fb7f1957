#pragma once

#include "apicall.h"
#include "domain.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace insights {

class ValidatedField;

// The Storage page of a service's edit dialog, when Bring your own storage is on: the
// customer's own containers with their SAS expiry, adding one (live format checks, then the
// server verifies it by writing, reading and deleting a probe blob: "Verifying…"), and
// removing one after a confirmation that names it.
class ByosSection : public QWidget
{
    Q_OBJECT

public:
    ByosSection(ApiClient *client, QWidget *parent = nullptr);

    // The service whose locations these are; reloads the list.
    void setService(const QString &serviceId, const QString &tenantName);
    void reload();

    ValidatedField *nameField() const { return m_name; }
    ValidatedField *urlField() const { return m_url; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }
    bool isVerifying() const { return m_verifying; }
    QList<ByosLocation> locations() const { return m_locations; }

    // Replaceable so tests answer without a modal box: true removes.
    std::function<bool(const ByosLocation &)> confirmRemove;

signals:
    void locationsChanged();
    // A location was added or removed on the server.
    void edited();
    void verifyingChanged(bool verifying);

private:
    void add();
    void removeSelected();
    void show(const QList<ByosLocation> &locations);
    void refreshButtons();
    void setVerifying(bool on);

    ApiClient *m_client;
    QString m_serviceId;
    QString m_tenant;
    QList<ByosLocation> m_locations;
    QTableWidget *m_table;
    QPushButton *m_remove;
    ValidatedField *m_name;
    ValidatedField *m_url;
    QPushButton *m_add;
    QLabel *m_status;
    bool m_verifying = false;
};

} // namespace insights
