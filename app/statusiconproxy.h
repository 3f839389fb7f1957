#pragma once

#include <QIdentityProxyModel>

namespace insights {

// Gives the status column its icon: the model layer names the icon (it links no QtGui), this
// thin proxy turns the name into the SVG from the resources.
class StatusIconProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    StatusIconProxy(int iconRole, int column, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;

private:
    int m_iconRole;
    int m_column;
};

} // namespace insights
