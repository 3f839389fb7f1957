#include "consentlistmodel.h"

#include "lifecycle.h"

namespace insights {

ConsentListModel::ConsentListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ConsentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_consents.size());
}

const ConsentState *ConsentListModel::consentAt(int row) const
{
    if (row < 0 || row >= int(m_consents.size()))
        return nullptr;
    return &m_consents.at(row);
}

QVariant ConsentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != 0)
        return {};
    const ConsentState *c = consentAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (!c->name.isEmpty())
            return c->name;
        // An older server may send ids only.
        if (const ConsentDefinition *d = Lifecycle::consent(c->id))
            return d->name;
        return c->id;
    case Qt::ToolTipRole:
        if (c->granted) {
            return c->grantedAt.isValid() ? tr("Granted on %1")
                                                .arg(c->grantedAt.toLocalTime().toString(
                                                    QStringLiteral("yyyy-MM-dd HH:mm")))
                                          : tr("Granted");
        }
        return c->required ? tr("Not granted yet") : tr("Not required for this user type");
    // An int, as QAbstractItemModelTester and the item views expect of a check state.
    case Qt::CheckStateRole:
        return int(c->granted ? Qt::Checked : Qt::Unchecked);
    case ConsentIdRole:
        return c->id;
    case GrantedRole:
        return c->granted;
    case GrantedAtRole:
        return c->grantedAt;
    case RequiredRole:
        return c->required;
    default:
        return {};
    }
}

void ConsentListModel::setService(const Service &service)
{
    bool sameRows =
        m_hasService && service.id == m_serviceId && service.consents.size() == m_consents.size();
    for (qsizetype k = 0; sameRows && k < m_consents.size(); ++k)
        sameRows = service.consents.at(k).id == m_consents.at(k).id;

    if (!sameRows) {
        beginResetModel();
        m_hasService = true;
        m_serviceId = service.id;
        m_consents = service.consents;
        endResetModel();
        return;
    }
    for (int k = 0; k < int(m_consents.size()); ++k) {
        if (service.consents.at(k) == m_consents.at(k))
            continue;
        m_consents[k] = service.consents.at(k);
        emit dataChanged(index(k), index(k));
    }
}

int ConsentListModel::missingCount() const
{
    int n = 0;
    for (const ConsentState &c : m_consents)
        n += c.required && !c.granted ? 1 : 0;
    return n;
}

} // namespace insights
