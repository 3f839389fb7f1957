#pragma once

#include "sqlsession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace insights::server {

// A bulk-onboarding job (api.md 1.1, "Bulk onboarding (CSV)") and one of its rows.
struct ImportRecord
{
    QString id;
    QString status; // Validating, Running, Succeeded, CompletedWithErrors, Failed
    bool dryRun = true;
    int total = 0;   // data rows of the file
    int checked = 0; // rows validated so far
    int valid = 0;
    int invalid = 0;
    int created = 0;
    int failed = 0;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ImportRowRecord
{
    int row = 0;
    QString status; // Valid, Invalid, Created, Failed
    QString customerName;
    QString customerId;
    QString serviceId;
    QJsonArray errors; // [{field, code, message, value}]
};

// Bulk-onboarding jobs and their rows, leased like operations so a killed job resumes on any
// instance.
class ImportStore
{
public:
    explicit ImportStore(SqlSession &sql)
        : m_sql(sql)
    {}

    void insert(const ImportRecord &record, const QString &csv);
    std::optional<ImportRecord> find(const QString &id);
    QString csvOf(const QString &id);
    QList<ImportRecord> recent(int limit);
    // Writes the counts and the status (and drops the file once the job is over).
    void update(const ImportRecord &record);
    void insertRows(const QString &importId, const QList<ImportRowRecord> &rows);
    void updateRow(const QString &importId, const ImportRowRecord &row);
    QList<ImportRowRecord> rows(const QString &importId, const QString &status = {},
                                int limit = -1);
    // Unfinished imports that are free, held by owner, or whose lease ran out; and the lease
    // on one of them, claimed or renewed (false: another instance holds it).
    QStringList claimable(const QString &owner, qint64 nowMs);
    bool holdLease(const QString &id, const QString &owner, qint64 nowMs, qint64 untilMs);
    // Every import lease (a SQLite file has one instance: a crashed run's leases are free).
    void releaseLeases();

private:
    SqlSession &m_sql;
};

} // namespace insights::server
