#pragma once

#include "domain.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace insights {

// The audit trail, one row per entry, in the order the server pages them (newest first).
// Older pages are appended at the end, so a view that scrolls down keeps its place.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        WhoColumn,
        ActionColumn,
        TargetColumn,
        ResultColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        TimestampRole = Qt::UserRole + 1 // QDateTime, as the server sent it
    };

    using NameOf = std::function<QString(const QString &id)>;

    explicit AuditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces everything (one reset).
    void setEntries(const QList<AuditEntry> &entries);
    // The next page: the entries that pass the filter are inserted after the last row.
    void appendOlder(const QList<AuditEntry> &entries);

    // Case-insensitive text in the actor, action, target or detail; empty shows everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    // Where the Target column finds the name of a customer or service id (else the id).
    void setTargetNames(NameOf targetName);

    // Null when the row does not exist. Valid until the model next changes.
    const AuditEntry *entryAt(int row) const;
    // Every loaded entry, whether the filter shows it or not.
    int loadedCount() const { return int(m_entries.size()); }

private:
    bool matches(const AuditEntry &e) const;
    void rebuildRows();
    // The name for a target id: the live tables' (m_targetName), else the one the trail
    // itself recorded, so a deleted customer still reads as its name.
    QString nameOf(const QString &target) const;
    // True when it learnt a name it did not have.
    bool learnNames(const QList<AuditEntry> &entries);

    // Every loaded entry; kept whole so that clearing the filter needs no reload.
    QList<AuditEntry> m_entries;
    QList<int> m_rows; // positions in m_entries that pass the filter, ascending
    QString m_filter;
    NameOf m_targetName;
    // Customer id -> display name, from "customer.create" and "customer.delete" entries,
    // whose detail is the name.
    QHash<QString, QString> m_trailNames;
};

} // namespace insights
