#pragma once

#include "domain.h"

#include <QAbstractListModel>
#include <QList>

namespace insights {

// The consents of one service, in the order the customer grants them. Read-only: consents are
// granted by the customer in the Quick Start wizard, never ticked in the console.
class ConsentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ConsentIdRole = Qt::UserRole + 1,
        GrantedRole,   // bool
        GrantedAtRole, // QDateTime, null until granted
        RequiredRole   // bool
    };

    explicit ConsentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A new state of the same service with the same consents emits dataChanged for the rows
    // that changed, so a sync tick does not flicker the list or drop its selection; anything
    // else resets.
    void setService(const Service &service);
    QString serviceId() const { return m_serviceId; }

    // Required consents not granted yet.
    int missingCount() const;
    // Null when the row does not exist. Valid until the model next changes.
    const ConsentState *consentAt(int row) const;

private:
    bool m_hasService = false;
    QString m_serviceId;
    QList<ConsentState> m_consents;
};

} // namespace insights
