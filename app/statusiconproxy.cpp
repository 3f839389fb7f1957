#include "statusiconproxy.h"

#include <QHash>
#include <QIcon>

namespace insights {

StatusIconProxy::StatusIconProxy(int iconRole, int column, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_iconRole(iconRole)
    , m_column(column)
{}

QVariant StatusIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == m_column) {
        static QHash<QString, QIcon> icons;
        const QString name = QIdentityProxyModel::data(index, m_iconRole).toString();
        if (name.isEmpty())
            return {};
        auto it = icons.find(name);
        if (it == icons.end())
            it = icons.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
        return it.value();
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace insights
